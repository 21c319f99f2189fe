"""A signed final Notulen holds against a forger (issue 19).

Every edit a person with a PDF tool would try on the signed final is refused, by
``verify`` with the database and by ``verify --offline`` with only the office
certificate; the untouched file is accepted by both, and by poppler's ``pdfsig``
with the certificate trusted. Unsigned finals now pass only byte for byte: the text
fallback that let a white box over three lines through is gone.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Callable

import pytest
from document_db import DAY, build_meeting
from meeting_data import wib
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject
from reportlab.lib.colors import white
from reportlab.pdfgen import canvas

from rakor_desktop.services.minutes import finalize as fin
from rakor_desktop.services.minutes.assemble import prepare_document
from rakor_desktop.services.minutes.verify import verify_offline, verify_pdf
from rakor_desktop.services.signing.identity import (
    create_identity,
    identity_path,
    trusted_certificates,
)
from rakor_desktop.services.signing.pdf import check_signature, sign_pdf

NOW = wib(DAY, 16)
PASS = "rahasia-kantor-123"


@pytest.fixture
def signed_final(db, tmp_path):
    with db.session(write=True) as s:
        built = build_meeting(s)
    with db.session(write=True) as s:
        fin.finalize_meeting(s, built.meeting_id, now=wib(DAY, 15))
    with db.session() as s:
        doc = prepare_document(s, built.meeting_id, "minutes")
    pdf = doc.render()
    identity = create_identity(
        identity_path(),
        PASS,
        office="PEMERINTAH KABUPATEN CONTOH",
        unit="SEKRETARIAT DAERAH",
        now=NOW,
    )
    return pdf, sign_pdf(pdf, identity, reason="Notulen final", location="Contoh", now=NOW)


def _overlay(draw: Callable[[canvas.Canvas], None]) -> PdfReader:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842))
    draw(c)
    c.save()
    return PdfReader(io.BytesIO(buf.getvalue()))


def _incremental(signed: bytes, change: Callable[[PdfWriter], None]) -> bytes:
    """A change appended after the signature, the way a PDF editor saves it."""
    writer = PdfWriter(io.BytesIO(signed), incremental=True)
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _resaved(signed: bytes, change: Callable[[PdfWriter], None]) -> bytes:
    """A change saved as a whole new file by another library."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(signed)))
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _white_box(w: PdfWriter) -> None:
    def box(c: canvas.Canvas) -> None:
        c.setFillColor(white)
        c.rect(60, 380, 480, 46, stroke=0, fill=1)  # three lines gone

    w.pages[0].merge_page(_overlay(box).pages[0])


def _picture_over_number(w: PdfWriter) -> None:
    def paint(c: canvas.Canvas) -> None:
        c.setFillColor(white)
        c.rect(300, 500, 40, 14, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(302, 503, "59")

    w.pages[0].merge_page(_overlay(paint).pages[0])


def _text_in_white(w: PdfWriter) -> None:
    page = w.pages[0]
    contents = page.get_contents()
    assert contents is not None
    data = contents.get_data().replace(b"0 0 0 rg", b"1 1 1 rg")
    contents.set_data(data)
    page.replace_contents(contents)


def _page_added(w: PdfWriter) -> None:
    w.add_blank_page(595, 842)


def _metadata(w: PdfWriter) -> None:
    w.add_metadata({NameObject("/Title"): TextStringObject("Notulen (revisi tidak resmi)")})


FORGERIES = {
    "white box, appended": lambda b: _incremental(b, _white_box),
    "white box, re-saved": lambda b: _resaved(b, _white_box),
    "picture over a number": lambda b: _incremental(b, _picture_over_number),
    "text recoloured white": lambda b: _incremental(b, _text_in_white),
    "page added": lambda b: _incremental(b, _page_added),
    "metadata changed": lambda b: _incremental(b, _metadata),
    "re-saved by another library": lambda b: _resaved(b, lambda _w: None),
    "one byte flipped": lambda b: b[:4000] + bytes([b[4000] ^ 1]) + b[4001:],
}


def test_the_untouched_signed_final_verifies_with_and_without_the_database(db, signed_final):
    _pdf, signed = signed_final
    with db.session() as s:
        online = verify_pdf(s, signed, now=NOW)
    assert online.ok and online.signed and online.signer == "SEKRETARIAT DAERAH", online.message
    offline = verify_offline(signed, trusted_certificates(), now=NOW)
    assert offline.ok and offline.code == online.code, offline.message


@pytest.mark.parametrize("kind", list(FORGERIES))
def test_every_forgery_is_refused(db, signed_final, kind: str) -> None:
    _pdf, signed = signed_final
    forged = FORGERIES[kind](signed)
    assert forged != signed
    with db.session() as s:
        online = verify_pdf(s, forged, now=NOW)
    offline = verify_offline(forged, trusted_certificates(), now=NOW)
    assert not online.ok and online.message.startswith(("TIDAK COCOK", "PDF ini")), online
    assert not offline.ok, offline
    assert "dibuat ulang" not in online.message  # the old excuse is gone


def test_another_signer_and_an_unsigned_copy_fail_offline(db, signed_final, tmp_path) -> None:
    pdf, _signed = signed_final
    stranger = create_identity(
        tmp_path / "lain.p12", PASS, office="KANTOR LAIN", unit="BUKAN KITA", now=NOW
    )
    foreign = sign_pdf(pdf, stranger, reason="x", location="y", now=NOW)
    refused = verify_offline(foreign, trusted_certificates(), now=NOW)
    assert not refused.ok and refused.status == "untrusted" and "BUKAN KITA" in refused.message
    with db.session() as s:
        assert verify_pdf(s, foreign, now=NOW).status == "untrusted"
    unsigned = verify_offline(pdf, trusted_certificates(), now=NOW)
    assert not unsigned.ok and unsigned.status == "unsigned"


def test_an_unsigned_final_passes_only_byte_for_byte(db, signed_final) -> None:
    pdf, _signed = signed_final
    with db.session() as s:
        assert verify_pdf(s, pdf, now=NOW).ok
        boxed = _resaved(pdf, _white_box)  # the same words, three lines hidden
        verdict = verify_pdf(s, boxed, now=NOW)
    assert not verdict.ok and verdict.status in ("content", "metadata"), verdict.message


def test_pdfsig_accepts_it_with_the_certificate_trusted(signed_final, tmp_path) -> None:
    """Poppler's pdfsig, an independent implementation (NSS), agrees."""
    _pdf, signed = signed_final
    assert shutil.which("pdfsig") and shutil.which("certutil"), "make sysdeps installs them"
    nss = tmp_path / "nss"
    nss.mkdir()
    pem = tmp_path / "kantor.pem"
    pem.write_bytes(identity_path().with_name("office.pem").read_bytes())
    subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True)
    subprocess.run(
        ["certutil", "-A", "-d", f"sql:{nss}", "-n", "kantor", "-t", "CT,C,C", "-i", str(pem)],
        check=True,
    )
    target = tmp_path / "notulen.pdf"
    target.write_bytes(signed)
    out = subprocess.run(
        ["pdfsig", "-nssdir", f"sql:{nss}", str(target)], capture_output=True, text=True
    ).stdout
    assert "Signature is Valid" in out and "Certificate is Trusted" in out, out


def test_a_second_signature_is_refused(db, signed_final, tmp_path) -> None:
    """A signed final countersigned by someone else (a second signature field)."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields
    from pyhanko.sign.signers import PdfSignatureMetadata, SimpleSigner
    from pyhanko.sign.signers import sign_pdf as hanko_sign
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    _pdf, signed = signed_final
    other = create_identity(tmp_path / "lain.p12", PASS, office="LAIN", unit="LAIN", now=NOW)
    cert = asn1_x509.Certificate.load(other.certificate.public_bytes(serialization.Encoding.DER))
    key = asn1_keys.PrivateKeyInfo.load(other.key.private_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))  # fmt: skip
    signer = SimpleSigner(signing_cert=cert, signing_key=key,
                          cert_registry=SimpleCertificateStore.from_certs([cert]))  # fmt: skip
    twice = hanko_sign(IncrementalPdfFileWriter(io.BytesIO(signed)),
                       PdfSignatureMetadata(field_name="Kedua", subfilter=fields.SigSeedSubFilter.PADES),
                       signer=signer).getvalue()  # fmt: skip
    with db.session() as s:
        online = verify_pdf(s, twice, now=NOW)
    offline = verify_offline(twice, trusted_certificates(), now=NOW)
    assert online.status == offline.status == "several"
    assert "2 tanda tangan" in online.message


def test_a_timestamp_authority_makes_it_b_t(signed_final, tmp_path) -> None:
    """With a timestamp server, the signature carries its token (PAdES B-T); a TSA made
    in the test stands in for the office's (no network)."""
    from datetime import timedelta

    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    from rakor_desktop.services.signing.identity import load_identity
    from rakor_desktop.services.signing.pdf import check_signature

    pdf, plain = signed_final
    tsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)  # the test TSA is RSA
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "TSA Uji")])
    tsa = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(tsa_key.public_key()).serial_number(9)
        .not_valid_before(NOW - timedelta(days=1)).not_valid_after(NOW + timedelta(days=30))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(tsa_key, hashes.SHA256())
    )  # fmt: skip
    stamper = DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(tsa.public_bytes(serialization.Encoding.DER)),
        tsa_key=asn1_keys.PrivateKeyInfo.load(tsa_key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption())),
        fixed_dt=NOW,
    )  # fmt: skip
    identity = load_identity(identity_path(), PASS)
    stamped = sign_pdf(pdf, identity, reason="x", location="y", now=NOW, timestamper=stamper)
    check = check_signature(stamped, trusted_certificates(), now=NOW)
    assert check.ok and check.timestamped
    assert not check_signature(plain, trusted_certificates(), now=NOW).timestamped


def test_an_unreachable_timestamp_server_falls_back_to_b_b(cli, demo_db_path, tmp_path) -> None:
    import sqlite3

    db = str(demo_db_path)
    env = {"RAKOR_NOW": "2026-12-04T09:00:00+07:00", "RAKOR_SIGN_PASSPHRASE": PASS}
    with sqlite3.connect(demo_db_path) as conn:
        mid = str(conn.execute("SELECT id FROM meeting WHERE status='finalized'").fetchone()[0])
    assert cli("--db", db, "certificate", "create", env=env).returncode == 0
    assert cli("--db", db, "certificate", "tsa", "http://127.0.0.1:9/tsr", env=env).returncode == 0
    out = tmp_path / "n.pdf"
    r = cli("--db", db, "pdf", "minutes", mid, "-o", str(out), env=env)
    assert r.returncode == 0 and "tanpa cap waktu" in r.stderr and "Traceback" not in r.stderr
    assert cli("--db", db, "verify", str(out), env=env).returncode == 0


def test_the_visible_stamp_sits_in_the_margin_and_covers_no_text(signed_final, tmp_path) -> None:
    """The office's mark on the last page: between the text area and the footer, so no
    word of the Notulen is under it (pdftotext -bbox of the page, word by word)."""
    import re
    import subprocess

    from rakor_desktop.services.signing.identity import load_identity
    from rakor_desktop.services.signing.stamp import stamp_box

    pdf, _plain = signed_final
    identity = load_identity(identity_path(), PASS)
    signed = sign_pdf(pdf, identity, reason="x", location="y", now=NOW, stamp_margin_cm=2.5)
    box = stamp_box(2.5)
    assert box is not None
    reader = PdfReader(io.BytesIO(signed))
    last = reader.pages[-1]
    widgets = [
        a.get_object() for a in last.get("/Annots", []) if a.get_object().get("/FT") == "/Sig"
    ]
    assert len(widgets) == 1 and [round(float(v)) for v in widgets[0]["/Rect"]] == list(box)
    assert "/AP" in widgets[0]  # an appearance: visible when printed
    source = tmp_path / "final.pdf"
    source.write_bytes(pdf)
    pages = len(reader.pages)
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(pages), "-l", str(pages), str(source), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    height = float(last.mediabox.height)
    x1, y1, x2, y2 = box
    top, bottom = height - y2, height - y1  # pdftotext measures from the top
    words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', html)
    assert words
    for wx1, wy1, wx2, wy2 in ((float(a), float(b), float(c), float(d)) for a, b, c, d in words):
        overlaps = wx1 < x2 and wx2 > x1 and wy1 < bottom and wy2 > top
        assert not overlaps, (wx1, wy1, wx2, wy2, box)
    assert stamp_box(1.5) is None  # a narrow margin: invisible rather than over the text
    check = check_signature(signed, trusted_certificates(), now=NOW)
    assert check.ok and check.signed_prefix == pdf
