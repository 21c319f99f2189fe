"""The English catalogue is complete, current, and lupdate can see every UI string.

Adding a ``tr()`` string without translating it turns this file red with the list:
run ``.venv/bin/python -m rakor_desktop.ui.i18n``, fill the English in
``resources/translations/rakor_en.ts`` (Qt Linguist or an editor) and run it again to
rebuild the ``.qm``.

pyside6-lupdate reads Python literally, so the last tests keep the sources in the forms
it understands (see ``_lupdate_problems``); the catalogue tests alone would pass while a
string lupdate cannot see stays Indonesian in the English interface.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from rakor_desktop.ui.i18n import SOURCE_LANGUAGE, qm_path, ts_path, ui_sources

# %1..%99, %L1, %n; {0}, {name}, {pct} (str.format); HTML tags.
PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n|\{[A-Za-z_0-9]*\}")
TAG = re.compile(r"</?[A-Za-z][^>]*>")

Key = tuple[str, str, str]  # context, source, disambiguation
REPO = Path(__file__).resolve().parents[2]


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed (pip install PySide6-Essentials)")
    return found


def _messages(path: Path) -> dict[Key, ET.Element]:
    root = ET.parse(path).getroot()
    out: dict[Key, ET.Element] = {}
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = message
    return out


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _show(key: Key) -> str:
    context, source, comment = key
    return f"{context or '<no context>'}: {source!r}" + (f" ({comment})" if comment else "")


@pytest.fixture(scope="module")
def committed() -> dict[Key, ET.Element]:
    return _messages(ts_path("en"))


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """lupdate over today's sources, with the flags ``ui/i18n.py`` uses."""
    out = tmp_path_factory.mktemp("lupdate") / "fresh_en.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), *map(str, ui_sources()), "-no-obsolete", "-locations", "none",
         "-source-language", SOURCE_LANGUAGE, "-target-language", "en", "-ts", str(out)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return _messages(out)


def test_every_message_has_finished_english(committed) -> None:
    problems = []
    for key, message in committed.items():
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("unfinished", "obsolete", "vanished", "missing"):
            problems.append(f"{_show(key)} is {kind}")
        elif any(not form.strip() for form in _forms(message)):
            problems.append(f"{_show(key)} has an empty translation")
        if not key[0]:
            problems.append(f"{_show(key)} has no context (a tr() lupdate misread)")
    assert not problems, "rakor_en.ts needs English for:\n" + "\n".join(problems)


def test_catalogue_matches_the_sources(committed, fresh) -> None:
    missing = [k for k in fresh if k not in committed]
    stale = [k for k in committed if k not in fresh]
    plural = [k for k in fresh if k in committed
              and (fresh[k].get("numerus") == "yes") != (committed[k].get("numerus") == "yes")]  # fmt: skip
    report = []
    if missing:
        report.append("Strings in the code but not in rakor_en.ts (run `python -m rakor_desktop.ui.i18n` "
                      "and translate them):\n  " + "\n  ".join(map(_show, missing)))  # fmt: skip
    if stale:
        report.append(
            "Entries in rakor_en.ts no longer in the code:\n  " + "\n  ".join(map(_show, stale))
        )
    if plural:
        report.append("Plural forms differ from the code:\n  " + "\n  ".join(map(_show, plural)))
    assert not report, "\n".join(report)


def test_translations_keep_placeholders_accelerators_and_tags(committed) -> None:
    problems = []
    for key, message in committed.items():
        source = key[1]
        plural = message.get("numerus") == "yes"
        for form in _forms(message):
            if not form:
                continue
            wanted = set(PLACEHOLDER.findall(source))
            got = set(PLACEHOLDER.findall(form))
            if got != wanted:
                problems.append(
                    f"{_show(key)} -> {form!r}: placeholders {sorted(got)} != {sorted(wanted)}"
                )
            if not plural and source.replace("&&", "").count("&") != form.replace("&&", "").count(
                "&"
            ):
                problems.append(f"{_show(key)} -> {form!r}: the & accelerator differs")
            if sorted(TAG.findall(source)) != sorted(TAG.findall(form)):
                problems.append(f"{_show(key)} -> {form!r}: HTML tags differ")
        if plural and len(_forms(message)) != 2:
            problems.append(f"{_show(key)}: English needs exactly two plural forms")
    assert not problems, "\n".join(problems)


def test_compiled_catalogue_is_the_committed_source(tmp_path: Path) -> None:
    rebuilt = tmp_path / "rakor_en.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(ts_path("en")), "-qm", str(rebuilt)],
                   check=True, capture_output=True, text=True)  # fmt: skip
    assert rebuilt.read_bytes() == qm_path("en").read_bytes(), (
        "rakor_en.qm is out of date: run `python -m rakor_desktop.ui.i18n` and commit both files"
    )


# -- sources in forms lupdate reads -------------------------------------------------------
_TRANSLATE = {"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}


def _is_str(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _lupdate_problems(path: Path) -> list[str]:
    """Translation calls pyside6-lupdate misses or files under the wrong context.

    What it reads: ``self.tr("…")`` (context: the enclosing class), ``Class.tr("…", "", n)``
    (context: Class; the only form whose plural it reads from a variable count),
    ``QCoreApplication.translate("Context", "…")`` and ``QT_TRANSLATE_NOOP("Context", "…")``
    with literal strings. A variable text is fine when its values are declared with
    ``QT_TRANSLATE_NOOP`` elsewhere.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(REPO)
    problems: list[str] = []

    def report(node: ast.AST, why: str) -> None:
        problems.append(f"{rel}:{node.lineno}: {why}: {ast.unparse(node)[:90]}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) \
                and node.value.attr == "translate":  # fmt: skip
            report(node, "an alias of translate() hides the calls from lupdate")
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = (
            func.attr
            if isinstance(func, ast.Attribute)
            else func.id
            if isinstance(func, ast.Name)
            else ""
        )
        args = node.args
        if name in _TRANSLATE:
            literal_context = bool(args) and _is_str(args[0])
            # translate(CONTEXT, variable) is fine: the variable's values are declared elsewhere.
            literal_text = name != "translate" or (len(args) > 1 and _is_str(args[1]))
            if literal_text and not literal_context:
                report(node, "the context must be a string literal")
            if name == "translate" and (len(args) > 3 or any(k.arg == "n" for k in node.keywords)):
                report(node, 'plural through translate(): use ClassName.tr(text, "", n)')
        elif name == "tr" and isinstance(func, ast.Attribute):
            owner = func.value
            if isinstance(owner, ast.Name) and owner.id == "self":
                if len(args) > 2:
                    report(
                        node, 'self.tr() loses plurals in subclasses: use ClassName.tr(text, "", n)'
                    )
            elif not (isinstance(owner, ast.Name) and owner.id[:1].isupper()):
                report(node, "tr() on another object: lupdate takes its name as the context")
        elif re.fullmatch(r"_?tr(_\w+)?", name) and any(_is_str(a) for a in args):
            report(node, f"{name}() with a literal: lupdate does not see it")
    return problems


def test_lupdate_sees_every_translated_string() -> None:
    problems = [p for path in ui_sources() for p in _lupdate_problems(path)]
    assert not problems, "\n".join(problems)


def test_domain_labels_have_a_translated_twin(committed) -> None:
    """The UI shows stored statuses through ``ui/labels.py``; its Indonesian must stay the domain's."""
    from rakor_desktop.domain import enums
    from rakor_desktop.services.directory.tabular import FIELD_LABELS
    from rakor_desktop.ui import labels

    pairs = [
        (enums.MEETING_STATUS_LABELS, labels.MEETING_STATUS),
        (enums.ABSENCE_LABELS, labels.ABSENCE),
        (enums.FOLLOWUP_LABELS, labels.FOLLOWUP_STATUS),
        (FIELD_LABELS, labels.IMPORT_FIELDS),
    ]
    for domain, ui in pairs:
        assert {str(k): v for k, v in domain.items()} == {str(k): v for k, v in ui.items()}
        for text in ui.values():
            assert (labels.CONTEXT, text, "") in committed, text


def test_labels_and_plurals_in_english(qapp) -> None:
    from rakor_desktop.ui import formatting as fmt
    from rakor_desktop.ui import labels
    from rakor_desktop.ui.i18n import install_translators

    installed = install_translators(qapp, "en")
    try:
        assert labels.meeting_status("scheduled") == "Scheduled"
        assert labels.absence("tugas_luar") == "On official duty"
        assert labels.followup_status("terlambat") == "Overdue"
        assert labels.import_field("phone") == "Mobile no."
        assert labels.meeting_status("unknown") == "unknown"
        assert fmt.relative_days(1) == "Tomorrow"
        assert fmt.relative_days(3) == "in 3 days"
        assert fmt.relative_days(-1) == "Yesterday"
        assert fmt.relative_days(-4) == "4 days ago"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translators(qapp, "id")
    assert labels.meeting_status("scheduled") == "Terjadwal"


def test_attention_reasons_follow_the_interface_language(qapp, demo_db) -> None:
    """The dashboard rebuilds the service's Indonesian reasons; in English they read in English."""
    from rakor_desktop.domain.types import utcnow
    from rakor_desktop.services.insight.trends import attention_ranking
    from rakor_desktop.ui.i18n import install_translators
    from rakor_desktop.ui.insight.page import attention_reasons

    with demo_db.session() as s:
        attention = attention_ranking(s, utcnow())
    assert attention.combined
    for row in attention.combined:
        assert attention_reasons(row, attention) == list(row.reasons)
    installed = install_translators(qapp, "en")
    try:
        english = [r for row in attention.combined for r in attention_reasons(row, attention)]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translators(qapp, "id")
    assert all(
        not r.startswith(("Realisasi", "Kehadiran")) and "terlambat" not in r for r in english
    )
    assert any("overdue" in r for r in english)


def test_close_checklist_follows_the_interface_language(qapp, demo_db) -> None:
    """The closing checklist words the service's checks itself; Indonesian stays the service's."""
    from rakor_desktop.services.meetings import close as meeting_close
    from rakor_desktop.services.meetings import listing as meeting_service
    from rakor_desktop.ui.i18n import install_translators
    from rakor_desktop.ui.meetings.close_tab import CloseTab

    with demo_db.session() as s:
        checks = [
            c for m in meeting_service.list_meetings(s) for c in meeting_close.close_checks(s, m.id)
        ]
    assert {c.ok for c in checks} == {True, False}
    for c in checks:
        assert CloseTab.check_text(c) == (c.label, c.detail)
    installed = install_translators(qapp, "en")
    try:
        english = {CloseTab.check_text(c) for c in checks}
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translators(qapp, "id")
    assert ("Minute-taker assigned", "done") in english
    assert not any(c.label in name for c in checks for name, _ in english)


def test_check_in_messages_follow_the_interface_language(qapp, db) -> None:
    """The door's answers are rendered from their codes in the window's language
    (issue 16: no regular expression reads an Indonesian sentence back)."""
    from checkin_data import EARLY, build

    from rakor_desktop.services.attendance import checkin as svc
    from rakor_desktop.ui.attendance import messages
    from rakor_desktop.ui.i18n import install_translators

    rakor = build(db)

    def answers() -> list[str]:
        with db.session(write=True) as s:
            desk = svc.CheckInDesk.load(s, rakor.meeting_id)
            codes = ["", "197408251999011020", "1974082", "x" * 200, "RKR:bukan-kode"]
            out = [desk.check_in(s, c, now=EARLY, station="t").message for c in codes]
        return [messages.translate(m) for m in out]

    indonesian = answers()
    assert indonesian[0] == "Pindai QR undangan, ketik NIP, atau ketik nama."
    assert indonesian[1] == "NIP 197408251999011020 tidak ada di direktori."
    installed = install_translators(qapp, "en")
    try:
        english = answers()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translators(qapp, "id")
    assert english[1] == "NIP 197408251999011020 is not in the directory."
    assert all(e != i for e, i in zip(english, indonesian, strict=True)), english
    assert messages.translate("Pesan lain.") == "Pesan lain."
