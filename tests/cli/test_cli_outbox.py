"""``mail set``, ``packets`` into the outbox, ``outbox list --json`` and ``outbox send``."""

from __future__ import annotations

import json
from pathlib import Path

from outbox_server import Mailbox, SmtpServer

FIELDS = {"id", "to", "opd", "subject", "status", "attempts", "last_error"}


def test_packets_queue_and_send_through_the_command_line(
    cli, demo_db_path: Path, tmp_path: Path
) -> None:
    box = Mailbox(refuse=("setwan",))
    server = SmtpServer(box).start()
    db = str(demo_db_path)
    try:
        r = cli("--db", db, "mail", "set", "--host", "127.0.0.1", "--port", str(server.port), "--tls", "none",
                "--from", "rakor@pemalangkab.go.id")  # fmt: skip
        assert r.returncode == 0, r.stderr
        r = cli("--db", db, "packets", "11", "--dir", str(tmp_path / "paket"))
        assert r.returncode == 0, r.stderr
        queued = int(r.stdout.split("Kotak keluar: ")[1].split()[0])
        assert queued >= 40
        listed = json.loads(cli("--db", db, "outbox", "list", "--json").stdout)
        assert (
            len(listed) == queued
            and set(listed[0]) >= FIELDS
            and {x["status"] for x in listed} == {"antre"}
        )
        r = cli("--db", db, "outbox", "send", "--once")
        assert r.returncode == 1  # one address refused by the server
        assert f"Ringkasan: {queued - 1} terkirim, 1 gagal, 0 masih antre." in r.stdout
        listed = json.loads(cli("--db", db, "outbox", "list", "--json").stdout)
        failed = [x for x in listed if x["status"] == "gagal"]
        assert (
            len(failed) == 1
            and "550" in failed[0]["last_error"]
            and failed[0]["opd"] == "Sekretariat DPRD"
        )
        assert len(box.unique) == queued - 1
        # Built again, what went out is not queued twice: services/outbox tests it.
    finally:
        server.stop()


def test_mail_set_refuses_and_send_without_a_server_says_so(cli, demo_db_path: Path) -> None:
    db = str(demo_db_path)
    r = cli(
        "--db",
        db,
        "mail",
        "set",
        "--host",
        "smtp.kantor",
        "--port",
        "587",
        "--from",
        "bukan-alamat",
    )
    assert r.returncode == 2 and "Alamat pengirim bukan-alamat tidak valid." in r.stderr
    r = cli("--db", db, "outbox", "send", "--once")
    assert "Server SMTP belum diatur" in r.stderr and "Traceback" not in r.stderr
