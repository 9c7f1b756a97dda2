"""Sharing with the network, on the CSO's side: signing keys (:mod:`.keys`), what the
database remembers about the network (:mod:`.memory`), the one pipeline every publish and
pull goes through whatever carries it (:mod:`.pipeline`), and the operations the app and the
command line use (:mod:`.state`)."""
