"""``meeting show|create``, ``invite`` and ``close``: the meeting workspace, headless.

Contract (scripts rely on it): ``meeting create`` prints the new meeting id alone on
stdout, ``meeting number ID`` the undangan's new letter number alone (exit 1 when it
already has one or the meeting is locked, 2 when it does not exist) (warnings such as "time in the past" go to stderr and do not fail); ``invite``
and ``close`` exit 0 on success, 1 with the reason on stderr, 2 when the meeting
does not exist.
"""

from __future__ import annotations

import argparse
from datetime import datetime, time

from rakor_desktop.cli.common import err, out_json
from rakor_desktop.db import Database


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("meeting", help="satu rapat")
    msub = p.add_subparsers(dest="meeting_cmd", required=True)
    q = msub.add_parser("show", help="tampilkan rapat dengan undangan dan kehadiran")
    q.add_argument("id", type=int)
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=_show)

    q = msub.add_parser(
        "number",
        help="beri undangan rapat nomor surat berikutnya (kode klasifikasi arsip + penghitung)",
    )
    q.add_argument("id", type=int)
    q.set_defaults(handler=_number)

    q = msub.add_parser(
        "create",
        help="buat rapat baru (dengan --series: rapat berikutnya dari seri itu)",
        description="Mencetak id rapat baru. Dengan --series NAMA_ATAU_ID, undangan, tempat dan "
        "templat agenda disalin dari rapat terakhir seri itu dan tindak lanjut yang masih "
        "terbuka menjadi butir agenda 'Tindak lanjut rapat sebelumnya'.",
    )
    q.add_argument("--title", default=None, help="judul (wajib tanpa --series)")
    q.add_argument(
        "--start", default=None, help='"YYYY-MM-DD HH:MM" waktu kantor (wajib tanpa --series)'
    )
    q.add_argument("--end", default=None, help='"HH:MM" (hari yang sama) atau "YYYY-MM-DD HH:MM"')
    q.add_argument("--place", default=None, help="tempat")
    q.add_argument(
        "--series", default=None, help="nama atau id seri; seri baru dibuat bila belum ada"
    )
    q.set_defaults(handler=_create)

    p = sub.add_parser("invite", help="undang orang (id atau NIP) atau kepala OPD ke rapat")
    p.add_argument("meeting", type=int)
    p.add_argument("persons", nargs="*", help="id orang atau NIP")
    p.add_argument("--opd", action="append", default=[], help="nama OPD; yang diundang kepalanya")
    p.add_argument("--all-camat", action="store_true", help="undang semua camat")
    p.add_argument("--group", default=None, help="nama kelompok undangan tersimpan")
    p.set_defaults(handler=_invite)

    p = sub.add_parser(
        "close", help="tutup rapat setelah pemeriksaan (notulis, keputusan, status absen)"
    )
    p.add_argument("meeting", type=int)
    p.add_argument(
        "--mark-absent",
        choices=["izin", "sakit", "tugas_luar", "tanpa_keterangan"],
        default=None,
        help="beri status ini kepada undangan yang belum hadir dan belum berstatus",
    )
    p.set_defaults(handler=_close)


def _show(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.meetings.listing import meeting_detail
    from rakor_desktop.services.office.settings import office_zone

    with db.session() as s:
        zone = office_zone(s)
        detail = meeting_detail(s, args.id)
    if detail is None:
        err(f"Rapat {args.id} tidak ditemukan.")
        return 2
    data = detail.as_json(zone)
    if args.json:
        out_json(data)
    else:
        print(f"{data['title']}\n{data['starts_at']}  {data['place']}  [{data['status']}]")
        print(f"Hadir {data['attended']} dari {data['invited']} undangan")
        for i in data["invitees"]:
            mark = "v" if i["attended"] else " "
            print(f"  [{mark}] {i['name']} - {i['organization']}")
    return 0


def _number(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.meetings.close import MeetingLocked, MeetingNotFound
    from rakor_desktop.services.office.numbering import NumberingError, number_invitation

    try:
        with db.session(write=True) as s:
            number = number_invitation(s, args.id)
    except MeetingNotFound as exc:
        err(exc)
        return 2
    except (NumberingError, MeetingLocked) as exc:
        err(exc)
        return 1
    print(number)
    return 0


def _parse_start(text: str, zone: str) -> datetime:
    from rakor_desktop.domain.timefmt import office_datetime

    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H.%M", "%Y-%m-%dT%H:%M"):
        try:
            local = datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
        return office_datetime(local.date(), local.time(), zone)
    raise ValueError(
        f'Waktu "{text}" tidak dikenali; tulis "YYYY-MM-DD HH:MM", misalnya "2025-08-25 09:00".'
    )


def _parse_end(text: str, start: datetime, zone: str) -> datetime:
    from rakor_desktop.domain.timefmt import office_datetime, to_office

    text = text.strip()
    if len(text) <= 5:
        for fmt in ("%H:%M", "%H.%M"):
            try:
                t = datetime.strptime(text, fmt).time()
            except ValueError:
                continue
            local = to_office(start, zone)
            assert local is not None
            return office_datetime(local.date(), time(t.hour, t.minute), zone)
        raise ValueError(f'Jam selesai "{text}" tidak dikenali; tulis "HH:MM", misalnya "12:00".')
    return _parse_start(text, zone)


def _create(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.meetings import editor as meeting_editor
    from rakor_desktop.services.office.settings import office_zone

    try:
        with db.session(write=True) as s:
            zone = office_zone(s)
            start = _parse_start(args.start, zone) if args.start else None
            end = _parse_end(args.end, start, zone) if args.end and start else None
            if args.end and start is None:
                raise ValueError("--end memerlukan --start.")
            if args.series:
                series = meeting_editor.find_series(s, args.series)
                if series is None:
                    if args.series.strip().isdigit():
                        err(f"Seri rapat {args.series} tidak ditemukan.")
                        return 2
                    series = meeting_editor.create_series(s, args.series, place=args.place or "")
                    err(f"Seri baru dibuat: {series.name}")
                if start is not None:
                    for w in meeting_editor.validate(
                        s, title=args.title or series.name, starts_at=start, ends_at=end
                    ).warnings:
                        err(f"Peringatan: {w}")
                assert series.id is not None  # a stored series
                m = meeting_editor.next_of_series(
                    s, series.id, starts_at=start, ends_at=end, title=args.title, place=args.place
                )
            else:
                if not args.title or start is None:
                    raise ValueError("--title dan --start wajib diisi (atau pakai --series).")
                v = meeting_editor.validate(s, title=args.title, starts_at=start, ends_at=end)
                for w in v.warnings:
                    err(f"Peringatan: {w}")
                m = meeting_editor.create_meeting(
                    s,
                    meeting_editor.MeetingInput(
                        title=args.title, starts_at=start, ends_at=end, place=args.place or ""
                    ),
                )
            new_id = m.id
    except ValueError as exc:
        err(exc)
        return 1
    print(new_id)
    return 0


def _invite(args: argparse.Namespace, db: Database) -> int:
    from sqlmodel import select

    from rakor_desktop.domain.models import InviteeGroup, Meeting
    from rakor_desktop.services.attendance import invitees
    from rakor_desktop.services.directory.people import find_organization

    if not (args.persons or args.opd or args.all_camat or args.group):
        err("Sebutkan orang (id/NIP), --opd NAMA, --all-camat atau --group NAMA.")
        return 1
    try:
        with db.session(write=True) as s:
            if s.get(Meeting, args.meeting) is None:
                err(f"Rapat {args.meeting} tidak ditemukan.")
                return 2
            person_ids: list[int] = []
            unknown: list[str] = []
            for text in args.persons:
                p = invitees.resolve_person(s, text)
                if p is None or p.id is None:
                    unknown.append(text)
                else:
                    person_ids.append(p.id)
            org_ids: list[int] = []
            for name in args.opd:
                org = find_organization(s, name)
                if org is None or org.id is None:
                    unknown.append(f"OPD {name}")
                else:
                    org_ids.append(org.id)
            if unknown:
                err("Tidak ditemukan: " + ", ".join(unknown) + ". Tidak ada yang diundang.")
                return 1
            res = invitees.add_persons(s, args.meeting, person_ids)
            more = [invitees.add_opd_heads(s, args.meeting, org_ids)]
            if args.all_camat:
                more.append(invitees.add_all_camat(s, args.meeting))
            if args.group:
                group = s.exec(select(InviteeGroup).where(InviteeGroup.name == args.group)).first()
                if group is None or group.id is None:
                    raise ValueError(f'Kelompok undangan "{args.group}" tidak ditemukan.')
                more.append(invitees.add_group(s, args.meeting, group.id))
            for r in more:
                res.added.extend(r.added)
                res.already.extend(r.already)
                res.orgs_without_head.extend(r.orgs_without_head)
                res.unknown.extend(r.unknown)
    except ValueError as exc:
        err(exc)
        return 1
    print(res.message())
    return 1 if res.orgs_without_head and not res.added else 0


def _close(args: argparse.Namespace, db: Database) -> int:
    from rakor_desktop.services.meetings import close as meeting_close

    try:
        with db.session(write=True) as s:
            if args.mark_absent:
                n = meeting_close.mark_remaining_absent(s, args.meeting, args.mark_absent)
                if n:
                    err(f"{n} undangan diberi status {args.mark_absent}.")
            m = meeting_close.close_meeting(s, args.meeting)
            title = m.title
    except meeting_close.MeetingNotFound as exc:
        err(exc)
        return 2
    except meeting_close.CloseRefused as exc:
        err("Rapat belum dapat ditutup:")
        for c in exc.failing:
            err(f"  - {c.label}: {c.detail}")
        return 1
    except ValueError as exc:
        err(exc)
        return 1
    print(f"Rapat ditutup: {title}")
    return 0
