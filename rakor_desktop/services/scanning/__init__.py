"""Reading invitation QR codes from pictures: camera frames and photos (issue 20).

The same decoder serves the kiosk's camera (``ui/camera``) and ``checkin --image``;
both feed what it reads into the one check-in path of ``services/attendance``, so a
code read from a picture gets exactly the answers a USB scanner's would.
"""
