"""Official documents (Notulen, Daftar Hadir, Undangan, Matriks Tindak Lanjut) as PDF.

Renderers take the frozen dataclasses in :mod:`rakor_desktop.documents.data` and
return PDF bytes. Nothing here imports Qt or touches the database, so the CLI, the
GUI worker threads and the tests all call the same code. This module stays empty on
purpose: importing the package must not pull in ReportLab until a document is made.
"""
