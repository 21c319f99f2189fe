"""Messages as codes: what the services say, in the reader's language.

Services (and the database layer) speak to people through errors and results. They
write them with :class:`M`: the Indonesian template is the message's code (the
gettext convention: the source text is the key) and the values are kept apart, so
the text can be rendered again in another language without reading it back. An
``M`` *is* a ``str`` (its Indonesian rendering), so logs, the Indonesian CLI and every
``str(exc)`` keep working unchanged; :func:`render` gives the English (or any
catalogued language) from ``resources/translations/services_<lang>.po``, a gettext
catalogue read with Babel. The window's door station, dialogs and the CLI under
``--lang en`` all go through :func:`render`; ``tests/unit/test_messages.py`` checks
that every template in the code has its translation with the same placeholders.
"""

from __future__ import annotations

import string
from functools import cache
from typing import Any

_current = "id"


def _fill(template: str, params: dict[str, Any]) -> str:
    """``template.format(**params)``, without a doubled full stop after a value that
    already ends in one: "diwakili oleh Drs. Budi, M.M." not "... M.M.." (issue 15)."""
    if not params:
        return template
    for key, value in params.items():
        if str(value).endswith("."):
            template = template.replace("{" + key + "}.", "{" + key + "}")
    return template.format(**params)


class M(str):
    """An Indonesian message that remembers its template (``code``) and parameters."""

    code: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> M:
        obj = super().__new__(cls, _fill(template, params))
        obj.code = template
        obj.params = params
        return obj

    def __reduce__(self) -> tuple[Any, ...]:  # pickling (worker processes) keeps the code
        return (_rebuild, (self.code, self.params))


def _rebuild(code: str, params: dict[str, Any]) -> M:
    return M(code, **params)


def placeholders(template: str) -> set[str]:
    """The ``{name}`` fields of a template (format specs and conversions ignored)."""
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


@cache
def catalog(lang: str) -> dict[str, str]:
    """msgid -> translation for ``lang`` (empty for Indonesian, the source language)."""
    if lang in ("", "id"):
        return {}
    from babel.messages.pofile import read_po

    from rakor_desktop.config import resource_path

    path = resource_path("translations", f"services_{lang}.po")
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        po = read_po(fh, locale=lang)
    return {
        m.id: m.string
        for m in po
        if isinstance(m.id, str) and m.id and isinstance(m.string, str) and m.string
    }


def set_language(lang: str | None) -> None:
    """The language :func:`render` uses by default (the window and ``--lang`` set it)."""
    global _current
    _current = (lang or "id").split("_")[0].lower()


def current_language() -> str:
    return _current


def render(text: object, lang: str | None = None) -> str:
    """``text`` in ``lang`` (default: the current language). An :class:`M` is looked up
    by its code and formatted with its parameters (rendered too, when they are messages);
    an exception renders its first argument; anything else is returned as ``str``."""
    if isinstance(text, BaseException):
        first = text.args[0] if text.args else ""
        text = first if isinstance(first, M) else str(text)
    if not isinstance(text, M):
        return str(text)
    lang = (lang or _current).split("_")[0].lower()
    template = catalog(lang).get(text.code, text.code)
    params = {k: render(v, lang) if isinstance(v, M) else v for k, v in text.params.items()}
    try:
        return _fill(template, params)
    except (KeyError, IndexError, ValueError):
        return str(text)  # a broken translation never hides the message


# -- the catalogue (developer tooling: `make translations`, tests/unit/test_messages.py) --


def source_templates() -> list[str]:
    """Every literal ``M("...")`` template in the package, in source order."""
    import ast
    import importlib.resources
    from pathlib import Path

    root = Path(str(importlib.resources.files("rakor_desktop")))
    found: list[str] = []
    for path in sorted(root.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "M"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and node.args[0].value not in found
            ):
                found.append(node.args[0].value)
    return found


def update_catalog(lang: str = "en") -> tuple[int, int]:
    """Add new templates to ``services_<lang>.po`` (untranslated), drop vanished ones.
    Returns (entries, untranslated)."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    from rakor_desktop.config import resource_path

    path = resource_path("translations", f"services_{lang}.po")
    old = catalog.__wrapped__(lang) if path.is_file() else {}
    new = Catalog(locale=lang, project="Rakor Desktop", domain="services")
    for template in source_templates():
        new.add(template, old.get(template, ""))
    with path.open("wb") as fh:
        write_po(fh, new, width=0, omit_header=False)
    catalog.cache_clear()
    with path.open("rb") as fh:
        entries = [m for m in read_po(fh, locale=lang) if m.id]
    return len(entries), sum(1 for m in entries if not m.string)


if __name__ == "__main__":  # python -m rakor_desktop.messages: refresh services_en.po
    total, untranslated = update_catalog("en")
    print(f"services_en.po: {total} messages, {untranslated} untranslated")
