"""``pdf``, ``docx``, ``finalize`` and ``verify``: the official documents, headless.

Contract (scripts and other stations rely on it):

- ``pdf {minutes,attendance,invitation,followups} MEETING -o OUT.pdf [--blank]``
  writes the PDF atomically and prints one line (path, pages); exit 0, 2 when the
  meeting does not exist, 1 with the reason on stderr otherwise. A finalized
  meeting's Notulen is its latest frozen revision, with the verification code.
  ``pdf all`` writes the four documents as one archive PDF with bookmarks.
- ``finalize MEETING [--reason R]`` freezes the Notulen of a closed meeting as a
  revision and prints its verification code; on a finalized meeting, ``--reason``
  issues the next revision (amendment). Exit 0, 2 not found, 1 refused.
- ``verify FILE.pdf [--json]`` exit 0 when the file matches a finalized revision
  (prints which meeting and revision), 1 when it does not, was modified or
  carries no code (the reason in Indonesian on stderr). A signed file passes only
  with an intact signature by a trusted certificate over the whole file and the
  frozen revision as its signed content; an unsigned one only byte for byte.
- ``verify --offline [--cert OFFICE.pem ...] FILE.pdf [--json]``: no database; the
  signature against the given certificates (default: this office's). Same exits.
- ``pdf monev MEETING -o F.pdf``: the Matriks Monev Capaian Kinerja (landscape) at the
  meeting's date and for its cluster.
- ``--sign`` signs the daftar hadir, undangan or matriks too (verifiable offline).
- A finalized meeting's ``pdf minutes`` is signed with the office identity when one
  exists (passphrase from ``RAKOR_SIGN_PASSPHRASE`` or asked on a terminal; exit 1
  when it is needed and not given); without one it is written unsigned, with a hint.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rakor_desktop.cli.common import err
from rakor_desktop.db import Database

KINDS = ("minutes", "attendance", "invitation", "followups", "monev", "all")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "pdf",
        help="buat PDF notulen, daftar hadir, undangan atau matriks tindak lanjut",
        description="Tulis satu dokumen rapat sebagai PDF. Keluar 0 bila berhasil, 2 bila "
        "rapat tidak ditemukan, 1 untuk kegagalan lain.",
    )
    p.add_argument(
        "kind", choices=KINDS, help="jenis dokumen; all: keempatnya dalam satu PDF arsip"
    )
    p.add_argument("meeting", type=int, help="nomor rapat")
    p.add_argument("-o", "--output", required=True, type=Path, help="berkas PDF tujuan")
    p.add_argument(
        "--blank",
        action="store_true",
        help="daftar hadir kosong berisi undangan (tanda tangan pena)",
    )
    p.add_argument(
        "--sign",
        action="store_true",
        help="tandatangani juga daftar hadir, undangan atau matriks (notulen final selalu)",
    )
    p.set_defaults(handler=_pdf)

    p = sub.add_parser(
        "docx",
        help="ekspor notulen sebagai dokumen Word (.docx) untuk disunting",
        description="Tulis notulen rapat sebagai .docx. Keluar 0, 2 bila rapat tidak "
        "ditemukan, 1 untuk kegagalan lain.",
    )
    p.add_argument("meeting", type=int, help="nomor rapat")
    p.add_argument("-o", "--output", required=True, type=Path, help="berkas .docx tujuan")
    p.set_defaults(handler=_docx)

    p = sub.add_parser(
        "finalize",
        help="finalkan notulen rapat yang sudah ditutup (revisi + kode verifikasi)",
        description="Bekukan notulen rapat yang sudah ditutup sebagai revisi dengan kode "
        "verifikasi. Pada rapat yang sudah final, --reason membuat revisi berikutnya "
        "(amandemen).",
    )
    p.add_argument("meeting", type=int, help="nomor rapat")
    p.add_argument("--reason", default="", help="alasan (wajib untuk revisi ke-2 dan seterusnya)")
    p.set_defaults(handler=_finalize)

    p = sub.add_parser(
        "verify",
        help="periksa apakah PDF notulen sama dengan revisi final di basis data",
        description="Keluar 0 bila PDF cocok dengan notulen final, 1 bila tidak cocok, telah "
        "diubah atau tidak memuat kode verifikasi.",
    )
    p.add_argument("file", type=Path, help="berkas PDF")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.add_argument(
        "--offline",
        action="store_true",
        help="tanpa basis data: periksa tanda tangan elektronik dengan sertifikat kantor",
    )
    p.add_argument(
        "--cert",
        type=Path,
        action="append",
        default=[],
        help="sertifikat kantor pengirim (.pem) untuk --offline; boleh lebih dari satu",
    )
    p.set_defaults(handler=_verify, prepare=_verify_offline)


def _page_count(pdf: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _not_written(what: str, path: Path, exc: OSError) -> int:
    """The reason a file could not be written (the OS's words, not a traceback); exit 1."""
    err(f"{what} tidak dapat ditulis ke {path}: {exc.strerror or exc}")
    return 1


def _pdf(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.meetings.close import MeetingNotFound
    from rakor_desktop.services.minutes.assemble import DocumentError, prepare_document

    if args.kind == "all":
        return _bundle(args, db)
    if args.kind == "monev":
        from rakor_desktop.cli.monev import pdf_monev

        return pdf_monev(args, db)
    try:
        with db.session() as s:
            doc = prepare_document(s, args.meeting, args.kind, blank=args.blank)
    except MeetingNotFound as exc:
        err(exc)
        return 2
    except DocumentError as exc:
        err(exc)
        return 1
    signed = ""
    try:
        if doc.kind == "minutes" and doc.revision:
            from rakor_desktop.documents.layout import write_output

            final = _final_minutes(db, args.meeting, doc)
            if isinstance(final, int):
                return final
            pdf, signed = final
            write_output(pdf, args.output)
        elif getattr(args, "sign", False):  # daftar hadir, undangan, matriks: when asked
            from rakor_desktop.documents.layout import write_output

            pdf = doc.render()
            signing = _sign_final(pdf, doc, db)
            if isinstance(signing, int):
                return signing
            if signing is not None:
                pdf, signed = signing, ", bertanda tangan elektronik"
            write_output(pdf, args.output)
        else:
            pdf = doc.render(args.output)
    except OSError as exc:
        return _not_written("PDF", args.output, exc)
    revision = f", revisi final {doc.revision}" if doc.revision else ""
    print(f"{doc.label}: {args.output} ({_page_count(pdf)} halaman{revision}{signed})")
    return 0


def _final_minutes(
    db: Database, meeting_id: int, doc, *, archive: bool = False
) -> tuple[bytes, str] | int:
    """The final Notulen to hand out: the certified signer's attached copy, else the office
    signature over the frozen render (as PDF/A-2b for the archive), else unsigned."""
    official = _tte_copy(db, meeting_id, office=not archive)  # the archive wants PDF/A
    if official is not None:
        return official
    pdf = doc.render()
    if archive:
        from rakor_desktop.documents.pdfa import to_pdfa

        pdf = to_pdfa(pdf)
    signing = _sign_final(pdf, doc, db)
    if isinstance(signing, int):
        return signing
    return (signing, ", bertanda tangan elektronik") if signing is not None else (pdf, "")


def _tte_copy(db: Database, meeting_id: int, *, office: bool = True) -> tuple[bytes, str] | None:
    """The kept signed final (a certified signer's, else the office's) and its label."""
    from rakor_desktop.services.signing.tte import official_copy

    with db.session() as s:
        copy = official_copy(s, meeting_id, office=office)
    if copy is None:
        return None
    tte = copy.path.parent.parent.name == "tte"
    return (
        copy.path.read_bytes(),
        ", bertanda tangan TTE" if tte else ", bertanda tangan elektronik",
    )


def _sign_final(pdf: bytes, doc, db: Database) -> bytes | int | None:
    """The signed final; None without an office identity (hint on stderr); 1 on refusal.

    With a timestamp server set (``timestamp_url``) the signature is PAdES B-T; when the
    server does not answer, B-B with a note: a timestamp is never required."""
    from rakor_desktop.cli.signing import passphrase
    from rakor_desktop.domain.clock import utcnow
    from rakor_desktop.services.signing.identity import SigningError, identity_path, load_identity
    from rakor_desktop.services.signing.pdf import sign_pdf

    path = identity_path()
    if not path.exists():
        err(
            "Catatan: notulen final ditulis tanpa tanda tangan elektronik; kantor belum "
            "punya identitas tanda tangan ('certificate create')."
        )
        return None
    secret = passphrase("Kata sandi tanda tangan kantor: ")
    if secret is None:
        err(
            "Notulen final perlu ditandatangani: ketik kata sandi saat diminta, atau "
            "atur RAKOR_SIGN_PASSPHRASE."
        )
        return 1
    try:
        identity = load_identity(path, secret)
    except SigningError as exc:
        err(exc)
        return 1
    from rakor_desktop.services.office import preferences as prefs
    from rakor_desktop.services.office.settings import get_office
    from rakor_desktop.services.signing.pdf import block_signer, http_timestamper

    with db.session() as s:
        url = str(prefs.value(get_office(s), "timestamp_url")).strip()

    def sign(timestamper: object = None) -> bytes:
        return sign_pdf(
            pdf,
            identity,
            reason=(
                f"Notulen final rapat {doc.meeting.title}"
                if doc.kind == "minutes"
                else f"{doc.label} rapat {doc.meeting.title}"
            )[:200],
            location=(doc.office.city or doc.office.regency_name or "")[:100],
            now=utcnow(),
            timestamper=timestamper,
            stamp_margin_cm=doc.office.margin_bottom_cm,  # the visible mark, in the margin
            signer_name=block_signer(doc.meeting),
        )

    try:
        if url:
            try:
                return sign(http_timestamper(url))
            except SigningError:
                raise
            except Exception as exc:
                err(
                    f"Catatan: server cap waktu {url} tidak menjawab ({type(exc).__name__}); "
                    "ditandatangani tanpa cap waktu (PAdES B-B)."
                )
        return sign()
    except SigningError as exc:
        err(exc)
        return 1


def _bundle(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.meetings.close import MeetingNotFound
    from rakor_desktop.services.minutes.assemble import prepare_bundle, render_bundle

    if args.blank:
        err("Pilihan kosong (--blank) hanya untuk daftar hadir (attendance).")
        return 1
    try:
        with db.session() as s:
            docs = prepare_bundle(s, args.meeting)
    except MeetingNotFound as exc:
        err(exc)
        return 2
    try:
        pdf = render_bundle(docs, args.output)
    except OSError as exc:
        return _not_written("PDF", args.output, exc)
    print(f"Arsip dokumen rapat: {args.output} ({_page_count(pdf)} halaman)")
    return 0


def _docx(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.meetings.close import MeetingNotFound
    from rakor_desktop.services.minutes.assemble import prepare_document

    try:
        with db.session() as s:
            doc = prepare_document(s, args.meeting, "minutes")
    except MeetingNotFound as exc:
        err(exc)
        return 2
    try:
        from rakor_desktop.documents.docx_export import minutes_docx
    except ImportError:
        err("Ekspor Word memerlukan paket python-docx; pasang dengan: pip install python-docx")
        return 1
    try:
        minutes_docx(doc.meeting, doc.office, args.output)
    except OSError as exc:
        return _not_written("Dokumen", args.output, exc)
    print(f"Notulen (Word): {args.output}")
    return 0


def _finalize(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.domain.enums import MeetingStatus
    from rakor_desktop.services.meetings.close import MeetingNotFound, get_meeting
    from rakor_desktop.services.minutes import finalize

    try:
        with db.session(write=True) as s:
            m = get_meeting(s, args.meeting)
            if m.status == MeetingStatus.FINALIZED and args.reason.strip():
                result = finalize.amend_and_finalize(s, args.meeting, args.reason)
            else:
                result = finalize.finalize_meeting(s, args.meeting, reason=args.reason)
    except MeetingNotFound as exc:
        err(exc)
        return 2
    except ValueError as exc:  # FinalizeRefused and the amendment's own refusals
        err(exc)
        return 1
    print(f"Notulen rapat {result.meeting_id} difinalkan: revisi {result.revision}, "
          f"kode verifikasi {result.code}")  # fmt: skip
    _sign_at_finalize(db, result.meeting_id)
    return 0


def _sign_at_finalize(db: Database, meeting_id: int) -> None:
    """With an office identity, the final is signed once now and kept (every copy handed
    out later is that file). Without the passphrase the finalization still stands; the
    signature is then made when the final is written (``pdf minutes``)."""
    from rakor_desktop.services.minutes.assemble import prepare_document
    from rakor_desktop.services.signing.identity import identity_path
    from rakor_desktop.services.signing.tte import keep_office_signed

    if not identity_path().exists():
        return
    with db.session() as s:
        doc = prepare_document(s, meeting_id, "minutes")
    signed = _sign_final(doc.render(), doc, db)
    if not isinstance(signed, bytes):
        return
    with db.session(write=True) as s:
        keep_office_signed(s, meeting_id, signed)
    print("Notulen final ditandatangani secara elektronik atas nama kantor.")


def _verify_offline(args: argparse.Namespace, _target: str) -> int | None:
    if not args.offline:
        return None  # the database check, below
    from rakor_desktop.domain.clock import utcnow
    from rakor_desktop.services.minutes.verify import verify_offline
    from rakor_desktop.services.signing.identity import SigningError, trusted_certificates
    from rakor_desktop.services.signing.pdf import load_certificates

    trusted = []
    try:
        for path in args.cert:
            trusted.extend(load_certificates(path.read_bytes()))
    except OSError as exc:
        err(f"Sertifikat tidak dapat dibaca: {exc.strerror or exc}")
        return 1
    except SigningError as exc:
        err(exc)
        return 1
    result = verify_offline(args.file, trusted or trusted_certificates(), now=utcnow())
    return _report(args, result)


def _report(args: argparse.Namespace, result) -> int:
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
    if result.ok:
        if not args.json:
            print(result.message)
        return 0
    err(result.message)
    return 1


def _verify(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.minutes.finalize import verify_pdf

    with db.session() as s:
        result = verify_pdf(s, args.file)
    return _report(args, result)
