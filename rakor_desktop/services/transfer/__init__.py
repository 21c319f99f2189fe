"""Data leaving or entering a laptop: bundles, server copy, backups."""
