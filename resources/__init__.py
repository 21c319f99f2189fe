"""Fonts, icons and compiled translations, installed as the package ``rakor_desktop.resources``.

Found through :func:`importlib.resources.files` (``rakor_desktop.config.resource_path``)
in the checkout, an installed wheel and the PyInstaller build alike.
"""
