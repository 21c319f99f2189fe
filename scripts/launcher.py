"""PyInstaller entry script for the frozen app (``build.spec``).

A script outside the package, so PyInstaller does not put ``rakor_desktop/`` itself
on the analysis path (its subpackages ``db``, ``ui``, ``cli`` ... would then shadow
top-level modules of the same name).
"""

import multiprocessing
import sys

from rakor_desktop.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
