"""The projector view of a meeting (issue 20): ``window.py`` and its ``scenes.py``."""
