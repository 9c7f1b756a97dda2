"""The Projects page: participatory projects, their participants, sessions and session plans."""
