"""Follow-up progress coming back from the OPDs as workbooks (issue 21).

``form`` writes an OPD's return workbook: its open follow-ups, id columns locked, each
row signed with the office's secret. ``reading`` reads a returned file without the
database (LibreOffice quirks, macros, formulas), ``review`` decides row by row against
the database what an import would do and applies it in one transaction, ``evidence``
keeps the evidence files content-addressed in the data folder.
"""
