"""Documents the app writes for printing (Word files: plans, session rosters, referral slips)."""
