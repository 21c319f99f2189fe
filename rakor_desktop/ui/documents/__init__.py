"""Documents in the window: preview with QtPdf, print, save, and PDF verification.

``preview.open_document_preview(ctx, meeting_id, kind, parent)`` is what other pages
call ("Cetak notulen / daftar hadir / undangan / matriks"); ``verify.VerifyDialog``
answers whether a PDF is the finalized Notulen. Nothing here touches SQL: the
worker calls :mod:`rakor_desktop.services.document_data` and ``finalize``.
"""
