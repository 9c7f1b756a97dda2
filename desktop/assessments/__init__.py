"""Wellbeing assessments (WHO-5) recorded from a person's record."""
