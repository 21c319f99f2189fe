"""Office-wide settings, the audit trail, the change probe."""
