"""The CSO's own dashboard: people reached against targets, trends and breakdowns."""
