"""The TTE round trip with a certification authority made in the test (standing in for
BSrE; no network): the frozen final goes out unchanged, comes back signed by an official
whose certificate the CA issued, and becomes the copy `pdf minutes` hands out and
`verify` accepts, online and offline. What is not ours is refused (issue 19)."""

from __future__ import annotations

import io
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields
from pyhanko.sign.signers import PdfSignatureMetadata, SimpleSigner, sign_pdf
from pyhanko_certvalidator.registry import SimpleCertificateStore

from rakor_desktop.services.signing.identity import signing_dir

NOW = "2026-12-04T09:00:00+07:00"
BASE = datetime(2026, 12, 4, tzinfo=UTC)


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "PSrE Uji")])  # fmt: skip


def _usage(*, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not ca, content_commitment=not ca, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
        encipher_only=False, decipher_only=False,
    )  # fmt: skip


@pytest.fixture
def psre():
    """A CA and an official's certificate it issued, as a PSrE would."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder().subject_name(_name("CA Uji")).issuer_name(_name("CA Uji"))
        .public_key(ca_key.public_key()).serial_number(1)
        .not_valid_before(BASE - timedelta(days=30)).not_valid_after(BASE + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(ca=True), critical=True)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder().subject_name(_name("Drs. Pejabat Penanda Tangan"))
        .issuer_name(ca.subject).public_key(key.public_key()).serial_number(2)
        .not_valid_before(BASE - timedelta(days=1)).not_valid_after(BASE + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(ca=False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    return ca, key, cert


def _bsre_sign(pdf: bytes, key, cert, ca) -> bytes:
    der = lambda c: asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))  # noqa: E731
    signer = SimpleSigner(
        signing_cert=der(cert),
        signing_key=asn1_keys.PrivateKeyInfo.load(key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption())),
        cert_registry=SimpleCertificateStore.from_certs([der(cert), der(ca)]),
    )  # fmt: skip
    meta = PdfSignatureMetadata(field_name="TTE", subfilter=fields.SigSeedSubFilter.PADES)
    return sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)), meta, signer=signer).getvalue()


def _finalized(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(
            conn.execute("SELECT id FROM meeting WHERE status='finalized' LIMIT 1").fetchone()[0]
        )


def test_the_tte_round_trip(cli, demo_db_path, psre, tmp_path):
    ca, key, cert = psre
    db, env = str(demo_db_path), {"RAKOR_NOW": NOW}
    mid = _finalized(demo_db_path)
    out = tmp_path / "untuk-tte.pdf"
    sent = cli("--db", db, "tte", "export", str(mid), "-o", str(out), env=env)
    assert sent.returncode == 0, sent.stderr
    signed = tmp_path / "bertanda-tangan.pdf"
    signed.write_bytes(_bsre_sign(out.read_bytes(), key, cert, ca))

    untrusted = cli("--db", db, "tte", "attach", str(mid), str(signed), env=env)
    assert untrusted.returncode == 1 and "bukan oleh sertifikat" in untrusted.stderr

    trusted = signing_dir() / "trusted"  # the office trusts the PSrE's CA
    trusted.mkdir(parents=True)
    (trusted / "psre-uji.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    attached = cli("--db", db, "tte", "attach", str(mid), str(signed), env=env)
    assert attached.returncode == 0 and "Drs. Pejabat Penanda Tangan" in attached.stdout, (
        attached.stderr
    )

    handed = tmp_path / "notulen.pdf"
    printed = cli("--db", db, "pdf", "minutes", str(mid), "-o", str(handed), env=env)
    assert printed.returncode == 0 and "bertanda tangan TTE" in printed.stdout
    assert handed.read_bytes() == signed.read_bytes()
    ok = cli("--db", db, "verify", str(handed), env=env)
    assert ok.returncode == 0 and "Drs. Pejabat Penanda Tangan" in ok.stdout, ok.stderr
    ca_pem = tmp_path / "ca.pem"
    ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    offline = cli("verify", "--offline", "--cert", str(ca_pem), str(handed), env=env)
    assert offline.returncode == 0, offline.stderr


def test_a_signed_file_that_is_not_our_final_is_refused(cli, demo_db_path, psre, tmp_path):
    ca, key, cert = psre
    db, env = str(demo_db_path), {"RAKOR_NOW": NOW}
    mid = _finalized(demo_db_path)
    trusted = signing_dir() / "trusted"
    trusted.mkdir(parents=True)
    (trusted / "psre-uji.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    draft = tmp_path / "draf.pdf"
    assert cli("--db", db, "pdf", "attendance", str(mid), "-o", str(draft), env=env).returncode == 0
    other = tmp_path / "lain.pdf"
    other.write_bytes(_bsre_sign(draft.read_bytes(), key, cert, ca))
    refused = cli("--db", db, "tte", "attach", str(mid), str(other), env=env)
    assert refused.returncode == 1 and "bukan notulen final" in refused.stderr, refused.stderr
    plain = cli("--db", db, "tte", "attach", str(mid), str(draft), env=env)
    assert plain.returncode == 1 and "tidak bertanda tangan" in plain.stderr


def test_the_tte_round_trip_from_the_window(qtbot, demo_db, psre, tmp_path) -> None:
    """The same round trip through the "Cetak" menu's two entries (issue 19)."""
    from meeting_data import Clock, make_ctx

    from rakor_desktop.ui.documents.tte import attach_from_tte, send_to_tte

    ca, key, cert = psre
    with demo_db.session() as s:
        from sqlmodel import select

        from rakor_desktop.domain.models import Meeting

        mid = s.exec(select(Meeting.id).where(Meeting.status == "finalized")).first()
    ctx = make_ctx(demo_db, tmp_path, Clock(BASE + timedelta(hours=3)))  # the certificate's day
    said: list[tuple[bool, str]] = []
    out = tmp_path / "untuk-tte.pdf"
    sent = send_to_tte(ctx, mid, None, choose=lambda *a: (str(out), ""),
                       notify=lambda ok, text: said.append((ok, text)))  # fmt: skip
    assert sent == out and said[-1][0] and "apa adanya" in said[-1][1]
    signed = tmp_path / "kembali.pdf"
    signed.write_bytes(_bsre_sign(out.read_bytes(), key, cert, ca))
    assert not attach_from_tte(ctx, mid, None, choose=lambda *a: (str(signed), ""),
                               notify=lambda ok, text: said.append((ok, text)))  # fmt: skip
    assert not said[-1][0] and "bukan oleh sertifikat" in said[-1][1]
    trusted = signing_dir() / "trusted"
    trusted.mkdir(parents=True)
    (trusted / "psre-uji.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    assert attach_from_tte(ctx, mid, None, choose=lambda *a: (str(signed), ""),
                           notify=lambda ok, text: said.append((ok, text)))  # fmt: skip
    assert said[-1][0] and "Drs. Pejabat Penanda Tangan" in said[-1][1]
