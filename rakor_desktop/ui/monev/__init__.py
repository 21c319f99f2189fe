"""The Monev page: indicators against their RPJMD targets (services/monev)."""
