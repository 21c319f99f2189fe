"""The office's signing identity: a private key and its certificate, in a PKCS#12 file.

Why a file in the data directory and not the database: the database travels (bundles,
backups, server copies) and whoever holds it must not hold the signing key. The key is
protected by a passphrase asked when signing (``RAKOR_SIGN_PASSPHRASE`` for scripts,
never a command-line argument) and never logged.

Two kinds of identity, one file format:

- **self-managed**: made on first use for the office (EC P-256, ten years), issued to
  the office's name; the office exports its certificate once (``certificate export``)
  and OPDs trust it to verify documents without the database;
- **imported**: an official's PKCS#12 (.p12/.pfx) from a certification authority; its
  validity period and key are checked before it replaces the self-managed one.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from rakor_desktop.messages import M

ENV_PASSPHRASE = "RAKOR_SIGN_PASSPHRASE"
VALID_YEARS = 10
MIN_PASSPHRASE = 8


class SigningError(Exception):
    """Signing or its setup cannot go on; the message says why, in the interface language."""


@dataclass(frozen=True)
class Identity:
    key: ec.EllipticCurvePrivateKey | object  # any key type cryptography loads from PKCS#12
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()

    @property
    def subject(self) -> str:
        names = self.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        return str(names[0].value) if names else self.certificate.subject.rfc4514_string()

    def certificate_pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)


def signing_dir(folder: Path | None = None) -> Path:
    from rakor_desktop.config import data_dir

    return (folder or data_dir()) / "signing"


def identity_path(folder: Path | None = None) -> Path:
    return signing_dir(folder) / "office.p12"


def certificate_path(folder: Path | None = None) -> Path:
    """The office certificate, public: what ``verify`` trusts without the passphrase."""
    return signing_dir(folder) / "office.pem"


def trusted_certificates(folder: Path | None = None) -> list[x509.Certificate]:
    """This office's certificate and any in ``signing/trusted/*.pem`` (e.g. BSrE's CA)."""
    out: list[x509.Certificate] = []
    paths = [certificate_path(folder), *sorted((signing_dir(folder) / "trusted").glob("*.pem"))]
    for path in paths:
        try:
            out.extend(x509.load_pem_x509_certificates(path.read_bytes()))
        except (OSError, ValueError):
            continue
    return out


def _publish(identity: Identity, path: Path) -> None:
    pem = path.with_name("office.pem")
    pem.write_bytes(identity.certificate_pem())


def passphrase_from_env() -> str | None:
    value = os.environ.get(ENV_PASSPHRASE)
    return value if value else None


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def create_identity(
    path: Path, passphrase: str, *, office: str, unit: str, now: datetime
) -> Identity:
    """A new self-managed office identity, written to ``path`` (refuses to overwrite)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise SigningError(M("Kata sandi tanda tangan minimal {n} karakter.", n=MIN_PASSPHRASE))
    if path.exists():
        raise SigningError(M("Identitas tanda tangan kantor sudah ada: {path}.", path=path))
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, (unit or "Sekretariat Daerah")[:64]),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, (office or "Pemerintah Daerah")[:64]),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=365 * VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    data = pkcs12.serialize_key_and_certificates(
        b"rakor-office",
        key,
        cert,
        None,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )
    _write_private(path, data)
    identity = Identity(key, cert)
    _publish(identity, path)
    return identity


def _read_p12(data: bytes, passphrase: str, name: str) -> Identity:
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, passphrase.encode("utf-8"))
    except ValueError as exc:
        text = str(exc).lower()
        if "password" in text or "mac" in text or "decrypt" in text:
            raise SigningError(M("Kata sandi untuk {name} salah.", name=name)) from exc
        raise SigningError(M("{name} bukan berkas PKCS#12 yang dapat dibaca.", name=name)) from exc
    if key is None:  # a certificate alone (often what a CA's portal hands out first)
        raise SigningError(
            M("{name} tidak berisi kunci privat: tanda tangan tidak dapat dibuat.", name=name)
        )
    if cert is None:
        raise SigningError(M("{name} tidak berisi sertifikat.", name=name))
    return Identity(key, cert, tuple(extra or ()))


def load_identity(path: Path, passphrase: str) -> Identity:
    if not path.exists():
        raise SigningError(
            M(
                "Kantor ini belum punya identitas tanda tangan. Buat dengan "
                "'certificate create' atau impor berkas .p12 dengan 'certificate import'."
            )
        )
    return _read_p12(path.read_bytes(), passphrase, path.name)


def check_validity(identity: Identity, now: datetime) -> None:
    cert = identity.certificate
    if now < cert.not_valid_before_utc:
        raise SigningError(
            M(
                "Sertifikat {who} belum berlaku (mulai {when}).",
                who=identity.subject,
                when=cert.not_valid_before_utc.date().isoformat(),
            )
        )
    if now > cert.not_valid_after_utc:
        raise SigningError(
            M(
                "Sertifikat {who} sudah kedaluwarsa ({when}).",
                who=identity.subject,
                when=cert.not_valid_after_utc.date().isoformat(),
            )
        )


def import_identity(src: Path, passphrase: str, path: Path, *, now: datetime) -> Identity:
    """Take an official's .p12/.pfx as the office identity, after checking it."""
    try:
        data = src.read_bytes()
    except OSError as exc:
        raise SigningError(
            M("Berkas {name} tidak dapat dibaca: {why}.", name=src.name, why=exc.strerror or exc)
        ) from exc
    identity = _read_p12(data, passphrase, src.name)
    check_validity(identity, now)
    _write_private(path, data)
    _publish(identity, path)
    return identity


# -- the passphrase in the platform keyring (optional) ------------------------------------
KEYRING_SERVICE = "rakor-desktop-signing"
KEYRING_USER = "office"


def platform_keyring(backend: object | None) -> object | None:
    """The platform keyring, or None where it cannot keep secrets (fail/null backends)."""
    if backend is not None:
        return backend
    try:
        import keyring

        found = keyring.get_keyring()
    except Exception:
        return None
    kind = f"{type(found).__module__}.{type(found).__name__}"
    if kind.startswith(("keyring.backends.fail.", "keyring.backends.null.")):
        return None
    return found


def remember_passphrase(secret: str, path: Path, *, backend: object | None = None) -> bool:
    """Keep the passphrase in the platform keyring after checking it opens the identity."""
    load_identity(path, secret)  # a wrong one is refused here, never stored
    store = platform_keyring(backend)
    if store is None:
        return False
    store.set_password(KEYRING_SERVICE, KEYRING_USER, secret)  # type: ignore[attr-defined]
    return True


def remembered_passphrase(*, backend: object | None = None) -> str | None:
    store = platform_keyring(backend)
    if store is None:
        return None
    try:
        value = store.get_password(KEYRING_SERVICE, KEYRING_USER)  # type: ignore[attr-defined]
    except Exception:
        return None
    return value or None


def forget_passphrase(*, backend: object | None = None) -> None:
    store = platform_keyring(backend)
    if store is not None:
        with contextlib.suppress(Exception):  # nothing stored
            store.delete_password(KEYRING_SERVICE, KEYRING_USER)  # type: ignore[attr-defined]
