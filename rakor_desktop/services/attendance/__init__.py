"""Attendance: invitations and their QR codes, the door's check-in desk."""
