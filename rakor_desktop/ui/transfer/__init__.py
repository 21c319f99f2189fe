"""Server basis data: the office's PostgreSQL connection (Pengaturan) and its use at start-up."""
