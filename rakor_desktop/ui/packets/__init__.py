"""Per-OPD packets in the window: build in a worker, share a folder, queue the mail."""
