"""Locking the screen after inactivity or on Ctrl+L, without losing unsaved input."""
