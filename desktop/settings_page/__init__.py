"""Settings: the CSO's auto-lock and backups (admins), and each user's own account."""
