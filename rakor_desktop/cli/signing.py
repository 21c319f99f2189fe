"""``certificate``: the office's signing identity, headless (issue 19).

Contract:
- ``certificate create`` makes the office's self-managed signing key and certificate
  (passphrase from ``RAKOR_SIGN_PASSPHRASE`` or asked twice on a terminal; never an
  argument); exit 0, 1 when one exists or the passphrase is refused.
- ``certificate import FILE.p12`` takes an official's PKCS#12 (.p12/.pfx) as the office
  identity after checking its key and validity; exit 0 or 1 with the reason.
- ``certificate export FILE.pem`` writes the office certificate (public) for OPDs to
  verify documents with ``verify --offline --cert FILE.pem``; exit 0 or 1.
- ``certificate show [--json]`` prints subject, validity and SHA-256 fingerprint.
- ``certificate remember`` / ``forget``: keep the passphrase in the platform keyring
  (checked first: a wrong one is never stored), so signing asks nothing; exit 1 where no
  keyring can keep secrets.
- ``certificate tsa [URL]`` sets (or, without URL, clears) the timestamp server: signatures
  are then PAdES B-T, falling back to B-B with a note when the server does not answer.
- ``tte export MEETING -o FILE.pdf`` writes the frozen final unchanged, for signing by
  a certified signer (BSrE / SRIKANDI); exit 0, 2 no such meeting, 1 not finalized.
- ``tte attach MEETING SIGNED.pdf`` keeps the returned signed file as the official copy
  when its signature is valid, by a trusted CA (``signing/trusted/*.pem``), over exactly
  our final; exit 0, 2 no such meeting, 1 refused with the reason.
- ``numbering show`` / ``numbering set [--pattern P] [--kode-undangan K] [--kode-notulen K]
  [--unit U]``: the office's letter-number pattern and kode klasifikasi (audited); a
  pattern without ``{nomor}`` or with unknown fields is refused (exit 1).
- ``archive export MEETING DIR`` writes the final documents (the Notulen as handed out:
  TTE copy, else office-signed, else frozen) and ``arsip.json``/``arsip.csv`` (title,
  number, kode klasifikasi, date, unit, sha256, signer) for SRIKANDI; exit 0, 2 no such
  meeting, 1 not finalized or not written.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from rakor_desktop.cli.common import err
from rakor_desktop.db import Database

NEED_PASSPHRASE = "Kata sandi diperlukan: ketik saat diminta, atau atur RAKOR_SIGN_PASSPHRASE."


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("certificate", help="identitas tanda tangan elektronik kantor")
    cs = p.add_subparsers(dest="certificate_command", required=True)
    q = cs.add_parser("create", help="buat kunci dan sertifikat kantor (sekali)")
    q.set_defaults(handler=_create)
    q = cs.add_parser("import", help="pakai berkas .p12/.pfx pejabat penanda tangan")
    q.add_argument("file", type=Path)
    q.set_defaults(handler=_no_db, prepare=_import)
    q = cs.add_parser("export", help="tulis sertifikat kantor (publik) ke berkas .pem")
    q.add_argument("file", type=Path)
    q.set_defaults(handler=_no_db, prepare=_export)
    q = cs.add_parser("remember", help="simpan kata sandi tanda tangan di keyring sistem")
    q.set_defaults(handler=_no_db, prepare=_remember)
    q = cs.add_parser("forget", help="hapus kata sandi tanda tangan dari keyring sistem")
    q.set_defaults(handler=_no_db, prepare=_forget)
    q = cs.add_parser("tsa", help="server cap waktu (RFC 3161) untuk PAdES B-T; kosong = tanpa")
    q.add_argument("url", nargs="?", default="", help="mis. http://tsa.contoh.go.id/tsr")
    q.set_defaults(handler=_tsa)
    q = cs.add_parser("show", help="tampilkan sertifikat kantor")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=_no_db, prepare=_show)

    p = sub.add_parser("tte", help="notulen final untuk TTE (BSrE/SRIKANDI) dan salinannya")
    ts = p.add_subparsers(dest="tte_command", required=True)
    q = ts.add_parser("export", help="tulis notulen final apa adanya untuk ditandatangani")
    q.add_argument("meeting", type=int)
    q.add_argument("-o", "--output", required=True, type=Path)
    q.set_defaults(handler=_tte_export)
    q = ts.add_parser("attach", help="lampirkan PDF yang sudah ditandatangani TTE")
    q.add_argument("meeting", type=int)
    q.add_argument("file", type=Path)
    q.set_defaults(handler=_tte_attach)

    p = sub.add_parser("numbering", help="pola nomor surat dan kode klasifikasi arsip kantor")
    ns = p.add_subparsers(dest="numbering_command", required=True)
    q = ns.add_parser("show", help="tampilkan pola dan kode")
    q.set_defaults(handler=_numbering_show)
    q = ns.add_parser("set", help="ubah pola dan kode (yang tidak disebut tetap)")
    q.add_argument("--pattern", help="mis. {kode}/{nomor}/{unit}/{tahun}")
    q.add_argument("--kode-undangan", dest="code_invitation")
    q.add_argument("--kode-notulen", dest="code_minutes")
    q.add_argument("--unit", dest="unit_code")
    q.set_defaults(handler=_numbering_set)

    p = sub.add_parser("archive", help="arsip dokumen rapat final untuk SRIKANDI")
    asub = p.add_subparsers(dest="archive_command", required=True)
    q = asub.add_parser("export", help="tulis PDF final dan metadata (JSON, CSV) ke folder")
    q.add_argument("meeting", type=int)
    q.add_argument("folder", type=Path)
    q.set_defaults(handler=_archive_export)


def _no_db(_args: argparse.Namespace, _db: Database) -> int:  # prepare() answered
    return 0


def passphrase(prompt: str, *, twice: bool = False) -> str | None:
    """From RAKOR_SIGN_PASSPHRASE, else asked on a terminal; None when neither exists."""
    from rakor_desktop.services.signing.identity import passphrase_from_env

    value = passphrase_from_env()
    if value is not None:
        return value
    if not twice:
        from rakor_desktop.services.signing.identity import remembered_passphrase

        kept = remembered_passphrase()
        if kept is not None:
            return kept
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(prompt)
    if twice and getpass.getpass("Ulangi kata sandi: ") != first:
        err("Kedua kata sandi tidak sama.")
        return None
    return first


def _create(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.domain.clock import utcnow
    from rakor_desktop.services.office.settings import get_office
    from rakor_desktop.services.signing.identity import (
        SigningError,
        create_identity,
        identity_path,
    )

    secret = passphrase("Kata sandi tanda tangan kantor: ", twice=True)
    if secret is None:
        err(NEED_PASSPHRASE)
        return 1
    with db.session() as s:
        office = get_office(s)
        regency, unit = office.regency_name.strip(), office.unit_name.strip()
    try:
        identity = create_identity(identity_path(), secret, office=regency, unit=unit, now=utcnow())
    except SigningError as exc:
        err(exc)
        return 1
    print(f"Identitas tanda tangan kantor dibuat: {identity.subject}")
    print("Bagikan sertifikatnya ke OPD: rakor-desktop certificate export kantor.pem")
    return 0


def _import(args: argparse.Namespace, _target: str) -> int:
    from rakor_desktop.domain.clock import utcnow
    from rakor_desktop.services.signing.identity import (
        SigningError,
        identity_path,
        import_identity,
    )

    secret = passphrase(f"Kata sandi {args.file.name}: ")
    if secret is None:
        err(NEED_PASSPHRASE)
        return 1
    try:
        identity = import_identity(args.file, secret, identity_path(), now=utcnow())
    except SigningError as exc:
        err(exc)
        return 1
    print(f"Identitas tanda tangan kantor: {identity.subject} (dari {args.file.name})")
    return 0


def _office_certificate() -> Path | None:
    """The office certificate's file, or None after saying there is none yet."""
    from rakor_desktop.services.signing.identity import certificate_path

    path = certificate_path()
    if path.exists():
        return path
    err("Kantor ini belum punya sertifikat. Buat dengan 'certificate create'.")
    return None


def _export(args: argparse.Namespace, _target: str) -> int:
    source = _office_certificate()
    if source is None:
        return 1
    try:
        args.file.write_bytes(source.read_bytes())
    except OSError as exc:
        err(f"Sertifikat tidak dapat ditulis ke {args.file}: {exc.strerror or exc}")
        return 1
    print(f"Sertifikat kantor tersimpan: {args.file}")
    return 0


def _show(args: argparse.Namespace, _target: str) -> int:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    path = _office_certificate()
    if path is None:
        return 1
    cert = x509.load_pem_x509_certificate(path.read_bytes())
    info = {
        "subject": cert.subject.rfc4514_string(),
        "not_before": cert.not_valid_before_utc.isoformat(),
        "not_after": cert.not_valid_after_utc.isoformat(),
        "sha256": cert.fingerprint(hashes.SHA256()).hex(),
    }
    if args.json:
        print(json.dumps(info))
    else:
        for key, value in info.items():
            print(f"{key}: {value}")
    return 0


def _tte_export(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.documents.layout import write_output
    from rakor_desktop.services.meetings.close import MeetingNotFound
    from rakor_desktop.services.signing import tte
    from rakor_desktop.services.signing.identity import SigningError

    try:
        with db.session() as s:
            data, number = tte.final_for_tte(s, args.meeting)
    except MeetingNotFound as exc:
        err(exc)
        return 2
    except SigningError as exc:
        err(exc)
        return 1
    try:
        write_output(data, args.output)
    except OSError as exc:
        err(f"PDF tidak dapat ditulis ke {args.output}: {exc.strerror or exc}")
        return 1
    print(
        f"Notulen final revisi {number} untuk TTE: {args.output} (jangan diubah sebelum ditandatangani)"
    )
    return 0


def _tte_attach(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.domain.clock import utcnow
    from rakor_desktop.services.meetings.close import MeetingNotFound
    from rakor_desktop.services.signing import tte
    from rakor_desktop.services.signing.identity import SigningError
    from rakor_desktop.services.signing.pdf import read_limited

    try:
        data = read_limited(args.file)
        with db.session(write=True) as s:
            copy = tte.attach(s, args.meeting, data, now=utcnow())
    except MeetingNotFound as exc:
        err(exc)
        return 2
    except SigningError as exc:
        err(exc)
        return 1
    print(
        f"Salinan resmi bertanda tangan TTE ({copy.signer}) untuk revisi {copy.revision} disimpan."
    )
    return 0


class _Refused(Exception):
    pass


def _archive_export(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.cli.documents import _final_minutes
    from rakor_desktop.domain.clock import utcnow
    from rakor_desktop.services.meetings.close import MeetingNotFound
    from rakor_desktop.services.minutes.archive import ArchiveError, export_archive
    from rakor_desktop.services.signing.identity import trusted_certificates
    from rakor_desktop.services.signing.pdf import check_signature, has_signature

    def minutes(doc):
        final = _final_minutes(db, args.meeting, doc, archive=True)
        if isinstance(final, int):
            raise _Refused
        pdf = final[0]
        if not has_signature(pdf):
            return pdf, ""
        check = check_signature(pdf, trusted_certificates(), now=utcnow())
        return pdf, (check.signer or "") if check.ok else ""

    try:
        with db.session() as s:
            records = export_archive(s, args.meeting, args.folder, minutes)
    except MeetingNotFound as exc:
        err(exc)
        return 2
    except ArchiveError as exc:
        err(exc)
        return 1
    except _Refused:
        return 1  # the reason is already on stderr
    except OSError as exc:
        err(f"Arsip tidak dapat ditulis ke {args.folder}: {exc.strerror or exc}")
        return 1
    for r in records:
        print(f"{r.jenis}: {args.folder / r.file}")
    print(f"Metadata: {args.folder / 'arsip.json'}, {args.folder / 'arsip.csv'}")
    return 0


NUMBERING_KEYS = {
    "pattern": "number_pattern",
    "code_invitation": "archive_code_invitation",
    "code_minutes": "archive_code_minutes",
    "unit_code": "unit_code",
}


def _numbering_show(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.office import preferences as prefs
    from rakor_desktop.services.office.settings import get_office

    with db.session() as s:
        office = get_office(s)
        for key in NUMBERING_KEYS.values():
            print(f"{prefs.PREFERENCES[key].label}: {prefs.value(office, key)}")
    return 0


def _numbering_set(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.office.numbering import NumberingError, check_pattern
    from rakor_desktop.services.office.preferences import PreferenceError, set_values
    from rakor_desktop.services.office.settings import get_office

    changes = {key: getattr(args, arg) for arg, key in NUMBERING_KEYS.items() if getattr(args, arg)}
    if not changes:
        err(
            "Tidak ada yang diubah: sebutkan --pattern, --kode-undangan, --kode-notulen atau --unit."
        )
        return 1
    try:
        if "number_pattern" in changes:
            check_pattern(changes["number_pattern"])
        with db.session(write=True) as s:
            set_values(s, get_office(s), "office.numbering", **changes)
    except (NumberingError, PreferenceError) as exc:
        err(exc)
        return 1
    return _numbering_show(args, db)


def _tsa(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.office.preferences import set_values
    from rakor_desktop.services.office.settings import get_office

    url = args.url.strip()
    if url and not url.startswith(("http://", "https://")):
        err("Alamat server cap waktu harus diawali http:// atau https://.")
        return 1
    with db.session(write=True) as s:
        set_values(s, get_office(s), "office.timestamp", timestamp_url=url or None)
    print(f"Server cap waktu: {url}" if url else "Tanpa server cap waktu (PAdES B-B).")
    return 0


def _remember(args: argparse.Namespace, _target: str) -> int:
    from rakor_desktop.services.signing.identity import (
        SigningError,
        identity_path,
        remember_passphrase,
    )

    secret = passphrase("Kata sandi tanda tangan kantor: ")
    if secret is None:
        err(NEED_PASSPHRASE)
        return 1
    try:
        kept = remember_passphrase(secret, identity_path())
    except SigningError as exc:
        err(exc)
        return 1
    if not kept:
        err(
            "Keyring sistem tidak tersedia di sini; kata sandi akan ditanyakan saat menandatangani."
        )
        return 1
    print("Kata sandi tanda tangan disimpan di keyring sistem.")
    return 0


def _forget(args: argparse.Namespace, _target: str) -> int:
    from rakor_desktop.services.signing.identity import forget_passphrase

    forget_passphrase()
    print("Kata sandi tanda tangan dihapus dari keyring sistem.")
    return 0
