"""Use cases. Each function takes a Session and returns plain data; no Qt."""
