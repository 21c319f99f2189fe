"""The laptop's camera as a check-in scanner at the door (issue 20).

``capture`` opens the camera (QtMultimedia), ``worker`` turns frames into codes off
the GUI thread (``services/scanning``), ``preview`` shows the small live picture with
a frame around each code, and ``kiosk`` ties them to the door station, which checks
codes in through the very path the USB scanner uses.
"""
