"""Messages as codes (issue 16): services say things with ``M(template, **values)``; the
window and the CLI render them in Indonesian or English from the gettext catalogue
``resources/translations/services_en.po``. Nothing reads a sentence back."""

from __future__ import annotations

import ast
import pickle
from pathlib import Path

from rakor_desktop import messages
from rakor_desktop.messages import M, catalog, placeholders, render, source_templates

PACKAGE = Path(__file__).resolve().parents[2] / "rakor_desktop"
PROGRAMMER_ERRORS = {"AssertionError", "TypeError", "RuntimeError", "SystemExit",
                     "NotImplementedError", "KeyError"}  # fmt: skip


def test_every_service_message_is_a_code_not_a_sentence() -> None:
    """A ``raise SomeError("...")`` with plain text in services/ or db/ could not be
    rendered in English; it must be ``raise SomeError(M("...", ...))``."""
    offenders = []
    for layer in ("services", "db"):
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                    continue
                func = node.exc.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if name in PROGRAMMER_ERRORS or not node.exc.args:
                    continue
                arg = node.exc.args[0]
                if isinstance(arg, ast.JoinedStr) or (
                    isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                ):
                    offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert not offenders, "wrap the message in M(...):\n" + "\n".join(offenders)


def test_every_template_has_its_english_with_the_same_placeholders() -> None:
    english = catalog("en")
    templates = source_templates()
    assert len(templates) > 150
    missing = [t for t in templates if not english.get(t)]
    assert not missing, "run python -m rakor_desktop.messages, then translate:\n" + "\n".join(
        missing
    )
    wrong = [t for t in templates if placeholders(english[t]) != placeholders(t)]
    assert not wrong, wrong


def test_a_message_is_its_indonesian_text_and_renders_in_english() -> None:
    msg = M("Berkas {name} tidak ditemukan.", name="rapat.xlsx")
    assert msg == "Berkas rapat.xlsx tidak ditemukan." and isinstance(msg, str)
    assert render(msg, "id") == msg
    assert render(msg, "en") == "File rapat.xlsx not found."
    error = ValueError(msg)
    assert str(error) == "Berkas rapat.xlsx tidak ditemukan."  # logs, Indonesian CLI
    assert render(error, "en") == "File rapat.xlsx not found."
    assert pickle.loads(pickle.dumps(msg)).code == msg.code  # survives a worker process
    nested = M("{exc} (tindak lanjut {id})", exc=M("Tindak lanjut tidak ditemukan."), id=7)
    assert render(nested, "en") == "Follow-up not found. (follow-up 7)"
    assert render("teks biasa", "en") == "teks biasa"  # not a message: shown as it is


def test_the_language_follows_the_switch() -> None:
    msg = M("Rapat {meeting_id} tidak ditemukan.", meeting_id=12)
    try:
        messages.set_language("en")
        assert render(msg) == "Meeting 12 not found."
    finally:
        messages.set_language("id")
    assert render(msg) == "Rapat 12 tidak ditemukan."


def test_a_value_ending_in_a_full_stop_gets_no_second_one() -> None:
    """Issue 15: "sudah diwakili oleh Drs. Budi Santoso, M.M.." at the door."""
    from rakor_desktop.messages import M, render

    msg = M(
        "{invitee_name} sudah diwakili oleh {value}.",
        invitee_name="Ir. Sri",
        value="Drs. Budi, M.M.",
    )
    assert str(msg) == "Ir. Sri sudah diwakili oleh Drs. Budi, M.M."
    assert render(msg, "id") == "Ir. Sri sudah diwakili oleh Drs. Budi, M.M."
    assert str(M("Hadir: {name}.", name="Agus")) == "Hadir: Agus."
