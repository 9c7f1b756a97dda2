"""What the network shares: the service directory and aggregate bundles (no Qt, no person data)."""
