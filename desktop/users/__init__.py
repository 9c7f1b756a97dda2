"""Staff accounts: the admin's page, and every user's own password."""
