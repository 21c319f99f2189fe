"""Monev: indicators with RPJMD targets, realisations, capaian, validity flags.

``catalogue`` keeps the indicators and their targets, ``rpjmd_import`` reads the matrix a
Bappeda keeps, ``values`` records realisations (typed, or the free text of an OPD report),
``validity`` says which values need verification and why, and ``evaluation`` puts it all
together into the rows the Monev page, the CLI and the matriks documents show.
"""
