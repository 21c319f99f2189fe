"""Demo and sample data (not used by the product's own code paths)."""
