"""The CSO's local, encrypted store.

The UI talks only to the facade functions in this package (``db.setup``, ``db.beneficiaries``,
...): they take and return plain dataclasses from ``db.types`` and raise the typed errors from
``db.errors``. ORM models stay inside ``db``.
"""
