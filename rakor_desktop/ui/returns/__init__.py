"""The OPDs' return workbooks in the window: drop them, read the verdicts, apply (issue 21)."""
