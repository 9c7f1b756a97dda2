"""Referrals to partner services, with the person's consent, and printable referral slips."""
