"""The Tindak Lanjut page: every follow-up across meetings, filters, bulk status, history."""
