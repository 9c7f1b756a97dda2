"""The audit trail: who opened, changed, exported or erased what, and when."""
