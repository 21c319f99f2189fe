"""What the chair reads: dashboard figures, charts, OPD trends."""
