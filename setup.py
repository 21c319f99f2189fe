"""The package list, which pyproject.toml cannot express: the repository keeps its
fonts, icons and translations in the top-level ``resources/`` folder, and they are
installed as the package ``rakor_desktop.resources`` so that ``importlib.resources``
finds them in the checkout (editable install), the wheel and the PyInstaller folder.
Everything else about the project is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["rakor_desktop", "rakor_desktop.*"]), "rakor_desktop.resources"],
    package_dir={"rakor_desktop.resources": "resources"},
)
