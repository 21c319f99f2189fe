"""The directory import wizard (``ImportWizard``): file, mapping, preview, apply, report."""
