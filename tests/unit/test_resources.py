"""Resources are package data found through importlib.resources, never next to ``__file__``.

Installed from a wheel, ``Path(__file__).parents[2] / "resources"`` points into
site-packages' parent, where nothing is: every PDF failed for want of its font.
"""

from __future__ import annotations

import importlib.resources
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "rakor_desktop"


def test_no_module_computes_a_path_from_its_own_file() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0]
            if re.search(r"(?<!`)\b__file__\b(?!`)", code) or "_MEIPASS" in code:
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{n}: {line.strip()}")
    assert not offenders, "use rakor_desktop.config.resource_path():\n" + "\n".join(offenders)


def test_every_resource_folder_is_package_data() -> None:
    from rakor_desktop.config import resource_path, resources_dir

    root = importlib.resources.files("rakor_desktop.resources")
    assert resources_dir() == Path(str(root))
    for folder, pattern in (("fonts", "*.ttf"), ("icons", "*.svg"), ("translations", "*.qm")):
        assert list(resource_path(folder).glob(pattern)), folder
