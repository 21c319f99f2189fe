"""Rakor Desktop: coordination meetings (Rakor) for Indonesian regency offices, offline-first."""

__version__ = "0.1.0"
APP_NAME = "Rakor Desktop"
APP_ID = "rakor-desktop"
