"""What goes out to each OPD after a Rakor (issue 21).

``build`` writes one folder per invited OPD and kecamatan: the Notulen (the signed
copy where one exists), the OPD's own Matriks Tindak Lanjut, its progress return
workbook (``services/returns``) and a short message for offices that forward files
through chat. ``calendar`` writes the .ics invitation of a meeting.
"""
