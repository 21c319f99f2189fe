"""Tables, enums and pure rules. No Qt, no database sessions."""
