"""Importing a CSO's existing Excel list of people: the import wizard."""
