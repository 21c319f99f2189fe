"""PAdES signatures on PDF files (pyHanko), and a verdict a person can read.

Signing appends one incremental update to the finished file: the bytes before it are
exactly the document as rendered, so ``verify`` can also compare them with the frozen
revision. Verification accepts a file only when its one signature is cryptographically
intact, covers the whole file (nothing appended after signing), and was made by a
trusted certificate (this office's, or one configured as trusted); anything else is
refused with the reason. It needs no database: the office certificate is enough.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields
from pyhanko.sign.signers import SimpleSigner
from pyhanko.sign.signers.pdf_signer import PdfSignatureMetadata, PdfSigner
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore

from rakor_desktop.messages import M
from rakor_desktop.services.signing.identity import Identity, SigningError, check_validity

log = logging.getLogger(__name__)

FIELD = "RakorFinal"
MAX_BYTES = 50 * 1024 * 1024  # a Notulen is a few hundred KB; refuse what cannot be one


def _asn1_cert(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def _asn1_key(key: Any) -> asn1_keys.PrivateKeyInfo:
    der = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return asn1_keys.PrivateKeyInfo.load(der)


class _ClockedSigner(PdfSigner):
    """The signing time comes from the app's clock (time is an input), not pyHanko's."""

    def __init__(self, *args: Any, now: datetime, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._now = now

    def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
        session = super().init_signing_session(pdf_out, existing_fields_only)
        session.system_time = self._now
        return session


def block_signer(meeting: Any) -> str:
    """The signer as the Notulen's signature block names them: name, (prefix) role."""
    chair = getattr(meeting, "chair", None)
    if chair is None:
        return ""
    role = " ".join(x for x in (getattr(chair, "prefix", "") or "", chair.role_label) if x)
    return f"{chair.person.name}, {role}".strip(", ")


def http_timestamper(url: str, timeout: int = 5) -> Any:
    """An RFC 3161 client for the office's timestamp server (PAdES B-T)."""
    from pyhanko.sign.timestamps.aiohttp_client import AIOHttpTimeStamper
    from pyhanko_certvalidator.fetchers.aiohttp_fetchers.util import LazySession

    return AIOHttpTimeStamper(url, LazySession(), https=url.startswith("https"), timeout=timeout)


def sign_pdf(
    data: bytes,
    identity: Identity,
    *,
    reason: str,
    location: str,
    now: datetime,
    timestamper: Any = None,
    stamp_margin_cm: float | None = None,
    signer_name: str = "",
) -> bytes:
    """``data`` with the office's approval signature over the whole file: PAdES B-B, or
    B-T with ``timestamper`` (a timestamp authority's token over the signature)."""
    check_validity(identity, now)
    certs = [_asn1_cert(identity.certificate), *(_asn1_cert(c) for c in identity.chain)]
    signer = SimpleSigner(
        signing_cert=certs[0],
        signing_key=_asn1_key(identity.key),
        cert_registry=SimpleCertificateStore.from_certs(certs),
    )
    meta = PdfSignatureMetadata(
        field_name=FIELD,
        reason=reason[:200],
        location=location[:100],
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        name=signer_name[:120] or None,  # who signs, as the signature block names them
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    extra: dict[str, Any] = {}
    box = None
    image: Any = None
    if stamp_margin_cm is not None:
        from rakor_desktop.services.signing.stamp import stamp_box

        box = stamp_box(stamp_margin_cm)
    if box is not None:  # visible, in the bottom margin of the last page
        from pyhanko.pdf_utils.images import PdfImage
        from pyhanko.pdf_utils.layout import (
            AxisAlignment,
            InnerScaling,
            Margins,
            SimpleBoxLayoutRule,
        )
        from pyhanko.sign.fields import SigFieldSpec
        from pyhanko.stamp import StaticStampStyle

        from rakor_desktop.services.signing.stamp import stamp_image

        try:
            image = stamp_image(identity.subject, now, box)
        except (ImportError, OSError):  # no FreeType or font: a valid, invisible signature
            log.warning("signature stamp not drawn; signing without a visible stamp")
            image = None
    if box is not None and image is not None:
        fill = SimpleBoxLayoutRule(
            x_align=AxisAlignment.ALIGN_MIN,
            y_align=AxisAlignment.ALIGN_MIN,
            margins=Margins(0, 0, 0, 0),
            inner_content_scaling=InnerScaling.STRETCH_TO_FIT,
        )
        extra["stamp_style"] = StaticStampStyle(
            border_width=0, background=PdfImage(image), background_layout=fill
        )
        extra["new_field_spec"] = SigFieldSpec(FIELD, on_page=-1, box=box)
    out = _ClockedSigner(meta, signer, now=now, timestamper=timestamper, **extra).sign_pdf(writer)
    return bytes(out.getbuffer())


@dataclass(frozen=True)
class SignatureCheck:
    """``status``: ok, unsigned, several, broken, appended, untrusted, unreadable, too_big."""

    ok: bool
    status: str
    message: str
    signer: str | None = None
    signed_at: datetime | None = None
    signed_prefix: bytes = b""  # the document as it was before the signature was added
    timestamped: bool = False  # B-T: a timestamp authority's token is embedded


def read_limited(path: Path) -> bytes:
    """A PDF's bytes, refusing before reading one too large to be a Notulen."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise SigningError(M("Berkas terlalu besar untuk sebuah notulen."))
        return path.read_bytes()
    except OSError as exc:
        raise SigningError(
            M("Berkas {name} tidak dapat dibaca: {why}.", name=path.name, why=exc.strerror or exc)
        ) from exc


def has_signature(data: bytes) -> bool:
    """Cheap test before the full check: a signature dictionary is in the file."""
    return b"/ByteRange" in data and b"/Sig" in data


def load_certificates(pem: bytes) -> list[x509.Certificate]:
    try:
        certs = x509.load_pem_x509_certificates(pem)
    except ValueError:
        try:
            certs = [x509.load_der_x509_certificate(pem)]
        except ValueError as exc:
            raise SigningError(M("Berkas sertifikat tidak dapat dibaca.")) from exc
    return certs


def check_signature(
    data: bytes, trusted: list[x509.Certificate], *, now: datetime
) -> SignatureCheck:
    """The verdict on the file's signature; see the module doc for what passes."""
    if len(data) > MAX_BYTES:
        return SignatureCheck(
            False, "too_big", "Berkas terlalu besar untuk sebuah notulen; tidak diperiksa."
        )
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except Exception:
        return SignatureCheck(
            False, "unreadable", "Berkas ini bukan PDF yang dapat dibaca; tidak dapat diverifikasi."
        )
    if not signatures:
        return SignatureCheck(False, "unsigned", "PDF ini tidak bertanda tangan elektronik.")
    if len(signatures) > 1:
        return SignatureCheck(
            False,
            "several",
            f"PDF ini memuat {len(signatures)} tanda tangan; notulen final dari Rakor Desktop "
            "hanya memuat satu. Berkas ini telah diubah atau ditandatangani ulang.",
        )
    embedded = signatures[0]
    roots = [_asn1_cert(c) for c in trusted]
    context = ValidationContext(trust_roots=roots, moment=now, allow_fetching=False)
    try:
        status = validate_pdf_signature(embedded, context, skip_diff=True)
    except Exception as exc:
        return SignatureCheck(
            False,
            "broken",
            f"Tanda tangan di PDF ini rusak dan tidak dapat diperiksa ({type(exc).__name__}).",
        )
    signer = None
    try:
        signer = embedded.signer_cert.subject.native.get("common_name")
    except Exception:
        signer = None
    signed_at = getattr(status, "signer_reported_dt", None)
    if not status.intact or not status.valid:
        return SignatureCheck(
            False,
            "broken",
            "TIDAK COCOK: tanda tangan elektronik tidak sah untuk isi berkas ini; berkas telah "
            "diubah setelah ditandatangani.",
            signer,
            signed_at,
        )
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        return SignatureCheck(
            False,
            "appended",
            "TIDAK COCOK: ada perubahan yang ditambahkan setelah berkas ditandatangani "
            "(pembaruan bertahap di akhir berkas).",
            signer,
            signed_at,
        )
    if not status.trusted:
        return SignatureCheck(
            False,
            "untrusted",
            f'TIDAK COCOK: berkas ditandatangani oleh "{signer or "?"}", bukan oleh sertifikat '
            "kantor yang dipercaya.",
            signer,
            signed_at,
        )
    start = embedded.signed_revision  # noqa: F841 - revision index, for the record
    byte_range = embedded.sig_object["/ByteRange"]
    first_gap = int(byte_range[1])
    prefix = _previous_revision(data, first_gap)
    stamped = getattr(status, "timestamp_validity", None) is not None
    return SignatureCheck(True, "ok", "Tanda tangan sah.", signer, signed_at, prefix, stamped)


def _previous_revision(data: bytes, signature_offset: int) -> bytes:
    """The file as it was before the signing update: up to the last %%EOF before it."""
    end = data.rfind(b"%%EOF", 0, signature_offset)
    if end < 0:
        return b""
    end += len(b"%%EOF")
    while end < len(data) and data[end : end + 1] in (b"\r", b"\n"):
        end += 1
    return data[:end]
