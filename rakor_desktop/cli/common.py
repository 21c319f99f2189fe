"""Small helpers shared by the command modules."""

from __future__ import annotations

import json
import sys


def err(message: object) -> None:
    """Print to stderr; a service's message (or error) in the language of ``--lang``."""
    from rakor_desktop.messages import render

    print(render(message), file=sys.stderr)


def out_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
