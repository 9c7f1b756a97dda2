"""Alembic environment: always runs on a connection handed in by ``db.migrate``."""

from alembic import context

from db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Saphan migrations run through db.migrate.upgrade(), on an open database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
