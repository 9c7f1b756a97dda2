"""Team sync: a CSO's own laptops share every record, end-to-end encrypted, through a team
folder. See docs/team-sync.md for the design and the threat model."""
