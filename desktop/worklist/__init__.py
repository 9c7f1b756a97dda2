"""The Worklist page ("My day") and the wording of its items (which the CLI shares: the
wording module imports no Qt)."""
