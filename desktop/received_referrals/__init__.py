"""Referrals other CSOs made to this one, recorded by the code on their slip (issue 21)."""
