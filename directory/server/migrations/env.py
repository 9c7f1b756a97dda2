"""Alembic environment of the coordination server's database (not the CSO database's).

Runs on a connection handed in by :meth:`directory.server.storage.Storage.upgrade`, or on the
URL in the config (``alembic -x`` is not needed: ``saphan-server init`` is the way in).
"""

from alembic import context
from sqlalchemy import create_engine

from directory.server.storage import metadata

connection = context.config.attributes.get("connection")
if connection is not None:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
