"""Alembic's entry point, run in process by kelisim.store.engine.migrate with the connection
it was given (Config.attributes["connection"]); there is no alembic.ini."""
from alembic import context

from kelisim.store.schema import include_object, metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise SystemExit("kelisim's migrations run from kelisim.store.open_store(); "
                     "there is no alembic.ini to run them from the command line")
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                  include_object=include_object, compare_type=True)
with context.begin_transaction():
    context.run_migrations()
