"""Team sync: one CSO on several laptops, kept in step through a team folder of encrypted,
signed files. :mod:`db.team.crypto` (keys, sealed files), :mod:`db.team.folder` (the folder
and its roster of devices) and :mod:`db.team.invite` (invitations and pairing codes) are the
pure parts: no database, no Qt."""
