"""The people directory: people, search, import and export of staff lists."""
