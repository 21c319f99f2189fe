"""The fictional-but-plausible Kabupaten Pemalang behind the demo database.

Kept apart from ``demo.py`` so the regency (OPD names, coordination lines, name pools,
meeting phrases) can be read and corrected by someone who knows a Pemkab, without
wading through the code that turns it into rows. Organisation names follow the usual
Central Java nomenclature; people are invented (except the Bupati and Wakil Bupati
named in the news reports in ``/work/shared/seeds``), so every NIP here is synthetic.
"""

from __future__ import annotations

from rakor_desktop.demo.data.meetings import *  # noqa: F403
from rakor_desktop.demo.data.people import *  # noqa: F403
from rakor_desktop.demo.data.regency import *  # noqa: F403
