"""Instruments as data: definitions, their expressions, scoring, versions and the library."""
