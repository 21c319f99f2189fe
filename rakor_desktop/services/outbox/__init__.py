"""E-mail that waits on this laptop until a server answers (issue 21).

``settings`` is the SMTP server (declared preferences; the password in the keyring),
``queue`` puts messages in the outbox (a packet per OPD, an invitation with its .ics)
and lists them, ``send`` delivers what is due with retries and backoff, one message
at a time, recording each outcome in its own transaction.
"""
