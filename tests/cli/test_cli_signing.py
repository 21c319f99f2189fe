"""The signing contract from the command line (issue 19): certificate, signed finals,
``verify`` with and without the database, and the bad input each with its sentence."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

NOW = "2026-12-04T09:00:00+07:00"
PASS = "rahasia-kantor-123"


@pytest.fixture
def env() -> dict[str, str]:
    return {"RAKOR_NOW": NOW, "RAKOR_SIGN_PASSPHRASE": PASS}


def _finalized(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(
            conn.execute("SELECT id FROM meeting WHERE status = 'finalized' LIMIT 1").fetchone()[0]
        )


def test_sign_export_and_verify_with_and_without_the_database(cli, demo_db_path, env, tmp_path):
    db = str(demo_db_path)
    mid = _finalized(demo_db_path)
    made = cli("--db", db, "certificate", "create", env=env)
    assert made.returncode == 0, made.stderr
    again = cli("--db", db, "certificate", "create", env=env)
    assert again.returncode == 1 and "sudah ada" in again.stderr
    pem = tmp_path / "kantor.pem"
    assert cli("certificate", "export", str(pem), env=env).returncode == 0
    assert b"BEGIN CERTIFICATE" in pem.read_bytes() and b"PRIVATE" not in pem.read_bytes()

    out = tmp_path / "notulen.pdf"
    written = cli("--db", db, "pdf", "minutes", str(mid), "-o", str(out), env=env)
    assert written.returncode == 0, written.stderr
    assert "bertanda tangan elektronik" in written.stdout
    ok = cli("--db", db, "verify", str(out), env=env)
    assert ok.returncode == 0 and ok.stdout.startswith("COCOK"), ok.stderr
    offline = cli("verify", "--offline", "--cert", str(pem), str(out), env={"RAKOR_NOW": NOW})
    assert offline.returncode == 0 and "tanda tangan elektronik sah" in offline.stdout

    changed = tmp_path / "diubah.pdf"
    changed.write_bytes(out.read_bytes() + b"\n% catatan tambahan\n")
    for args in (
        ("--db", db, "verify", str(changed)),
        ("verify", "--offline", "--cert", str(pem), str(changed)),
    ):
        refused = cli(*args, env={"RAKOR_NOW": NOW})
        assert refused.returncode == 1 and "TIDAK COCOK" in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr


def test_a_wrong_passphrase_writes_nothing(cli, demo_db_path, env, tmp_path):
    db = str(demo_db_path)
    assert cli("--db", db, "certificate", "create", env=env).returncode == 0
    out = tmp_path / "notulen.pdf"
    wrong = cli("--db", db, "pdf", "minutes", str(_finalized(demo_db_path)), "-o", str(out),
                env={**env, "RAKOR_SIGN_PASSPHRASE": "salah-sekali"})  # fmt: skip
    assert wrong.returncode == 1 and "salah" in wrong.stderr and not out.exists()
    assert "salah-sekali" not in wrong.stderr + wrong.stdout  # the secret is never echoed
    no_secret = cli("--db", db, "pdf", "minutes", str(_finalized(demo_db_path)), "-o", str(out),
                    env={"RAKOR_NOW": NOW})  # fmt: skip
    assert no_secret.returncode == 1 and "RAKOR_SIGN_PASSPHRASE" in no_secret.stderr


def _p12(tmp_path: Path, *, key: bool, days: tuple[int, int]) -> Path:
    private = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Pejabat Uji")])
    base = datetime(2026, 12, 4, tzinfo=UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(private.public_key()).serial_number(7)
        .not_valid_before(base + timedelta(days=days[0]))
        .not_valid_after(base + timedelta(days=days[1]))
        .sign(private, hashes.SHA256())
    )  # fmt: skip
    data = pkcs12.serialize_key_and_certificates(
        b"uji", private if key else None, cert, None,
        serialization.BestAvailableEncryption(PASS.encode()),
    )  # fmt: skip
    path = tmp_path / f"pejabat-{key}-{days[0]}.p12"
    path.write_bytes(data)
    return path


def test_imported_p12_is_checked(cli, env, tmp_path):
    good = cli("certificate", "import", str(_p12(tmp_path, key=True, days=(-1, 365))), env=env)
    assert good.returncode == 0 and "Pejabat Uji" in good.stdout, good.stderr
    for p12, phrase in (
        (_p12(tmp_path, key=False, days=(-1, 365)), "kunci privat"),
        (_p12(tmp_path, key=True, days=(-400, -30)), "kedaluwarsa"),
        (_p12(tmp_path, key=True, days=(30, 400)), "belum berlaku"),
    ):
        refused = cli("certificate", "import", str(p12), env=env)
        assert refused.returncode == 1 and phrase in refused.stderr, refused.stderr
    wrong = cli("certificate", "import", str(_p12(tmp_path, key=True, days=(-1, 9))),
                env={**env, "RAKOR_SIGN_PASSPHRASE": "bukan-ini-123"})  # fmt: skip
    assert wrong.returncode == 1 and "salah" in wrong.stderr


def test_bad_files_are_refused_with_a_sentence(cli, demo_db_path, tmp_path):
    truncated = tmp_path / "potong.pdf"
    truncated.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog")
    huge = tmp_path / "besar.pdf"
    with huge.open("wb") as fh:  # sparse: 60 MB without writing them
        fh.truncate(60 * 1024 * 1024)
    for path, phrase in ((truncated, "bukan PDF"), (huge, "terlalu besar")):
        for args in (
            ("--db", str(demo_db_path), "verify", str(path)),
            ("verify", "--offline", str(path)),
        ):
            r = cli(*args, env={"RAKOR_NOW": NOW})
            assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
            assert phrase in r.stderr or "sertifikat" in r.stderr, r.stderr


def test_finalize_signs_once_and_every_copy_is_that_file(cli, demo_db_path, env, tmp_path):
    """PAdES signature on finalize: one signature per revision, kept; `pdf minutes` hands
    out that same file each time (issue 19)."""
    db = str(demo_db_path)
    with sqlite3.connect(demo_db_path) as conn:
        mid = int(
            conn.execute("SELECT id FROM meeting WHERE status = 'closed' LIMIT 1").fetchone()[0]
        )
    assert cli("--db", db, "certificate", "create", env=env).returncode == 0
    done = cli("--db", db, "finalize", str(mid), env=env)
    assert done.returncode == 0 and "ditandatangani secara elektronik" in done.stdout, done.stderr
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (first, second):
        r = cli("--db", db, "pdf", "minutes", str(mid), "-o", str(out), env={"RAKOR_NOW": NOW})
        assert r.returncode == 0 and "bertanda tangan elektronik" in r.stdout, r.stderr
    assert first.read_bytes() == second.read_bytes()  # no passphrase needed: the kept file
    ok = cli("--db", db, "verify", str(first), env={"RAKOR_NOW": NOW})
    assert ok.returncode == 0, ok.stderr


def test_the_signature_names_the_signer_of_the_block(cli, demo_db_path, env, tmp_path):
    """Signer name and role from the Notulen's signature block (/Name), the reason names
    the meeting; pdfsig reads them back."""
    import subprocess

    db = str(demo_db_path)
    assert cli("--db", db, "certificate", "create", env=env).returncode == 0
    out = tmp_path / "n.pdf"
    mid = _finalized(demo_db_path)
    assert cli("--db", db, "pdf", "minutes", str(mid), "-o", str(out), env=env).returncode == 0
    from pypdf import PdfReader

    fields = PdfReader(str(out)).get_fields() or {}
    (sig,) = [f for f in fields.values() if f.get("/FT") == "/Sig"]
    value = sig["/V"].get_object()
    assert "Bupati" in str(value["/Name"]) and str(value["/Reason"]).startswith(
        "Notulen final rapat"
    )
    info = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True).stdout
    assert "Signature Validation: Signature is Valid" in info


def test_other_documents_are_signed_when_asked(cli, demo_db_path, env, tmp_path):
    db = str(demo_db_path)
    assert cli("--db", db, "certificate", "create", env=env).returncode == 0
    pem = tmp_path / "kantor.pem"
    assert cli("certificate", "export", str(pem), env=env).returncode == 0
    mid = str(_finalized(demo_db_path))
    plain, signed = tmp_path / "dh.pdf", tmp_path / "dh-ttd.pdf"
    assert cli("--db", db, "pdf", "attendance", mid, "-o", str(plain), env=env).returncode == 0
    r = cli("--db", db, "pdf", "attendance", mid, "-o", str(signed), "--sign", env=env)
    assert r.returncode == 0 and "bertanda tangan elektronik" in r.stdout, r.stderr
    assert b"/ByteRange" in signed.read_bytes() and b"/ByteRange" not in plain.read_bytes()
    ok = cli("verify", "--offline", "--cert", str(pem), str(signed), env={"RAKOR_NOW": NOW})
    assert ok.returncode == 0, ok.stderr
