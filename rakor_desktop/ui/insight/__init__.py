"""Beranda with charts (QtCharts). Imported lazily by the page registry only."""
