"""Instruments as data: definitions, scoring, the XLSForm import (issue 19)."""
