"""Signing in to the CSO's database."""
