"""Minutes: the data a Notulen is assembled from, and finalizing it."""
