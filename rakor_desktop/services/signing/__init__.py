"""Signing: the office's PAdES signature on finalized documents, and checking it.

``identity`` keeps the office's signing key and certificate (a self-managed one made on
first use, or an official's imported PKCS#12); ``pdf`` signs and verifies PDF files
with pyHanko. Verification needs only the office certificate, not the database, so
an OPD that receives the Notulen can check it (``verify --offline``).
"""
