"""The admin's custom fields on people and sessions: Settings, and the forms."""
