"""What the room sees on the projector, read through the meeting services (issue 20)."""
