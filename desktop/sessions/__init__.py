"""Sessions and group activities: logging them with attendance, and printing rosters."""
