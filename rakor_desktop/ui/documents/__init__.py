"""Documents in the window: preview with QtPdf, print, save, and PDF verification.

``preview.open_document_preview(ctx, meeting_id, kind, parent)`` is what other pages
call ("Cetak notulen / daftar hadir / undangan / matriks"); ``verify.VerifyDialog``
answers whether a PDF is the finalized Notulen. Nothing here touches SQL: the
worker calls :mod:`rakor_desktop.services.minutes.assemble` and ``finalize``.
"""

from rakor_desktop.ui.qtguard import guard_singletons

# The preview emits and starts timers per thumbnail batch: the same PySide6 6.12 +
# CPython 3.11 refcount drain on None/True/False that ui/qtguard explains applies here.
guard_singletons()
