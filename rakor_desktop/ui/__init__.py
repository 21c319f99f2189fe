"""Qt widgets, pages, dialogs and item models. Calls services; holds no SQL.

Entry point: :func:`rakor_desktop.ui.launch.launch`. Pages are declared in
:mod:`rakor_desktop.ui.pages` and built lazily the first time they are shown.
"""
