"""Dagster's run history in SQLite, optionally written without a disk sync per event.

Dagster's SQLite storage opens a connection for each write and syncs the disk for every event,
some 300 per run. On a quiet disk that costs little (0.2 s of a 3 s run with nothing new on our
development machine), but while other jobs used the same disk it cost 4 to 5 s of an 8 s run.
With SITREP_DAGSTER_FSYNC=0, SQLite hands each write to the operating system and goes on: a
crash of Sitrep or Dagster still loses nothing, but an operating-system crash or power cut may
lose or damage the run history (never the warehouse: DuckDB writes that itself). The default
keeps Dagster's syncs.
"""

import os
import sqlite3

from sqlalchemy import event
from sqlalchemy.engine import Engine

FSYNC_VARIABLE = "SITREP_DAGSTER_FSYNC"


def _skip_disk_sync(dbapi_connection: object, _record: object) -> None:
    if isinstance(dbapi_connection, sqlite3.Connection) and os.environ.get(FSYNC_VARIABLE) == "0":
        dbapi_connection.execute("PRAGMA synchronous=OFF")


def allow_skipping_disk_sync() -> None:
    """Let SITREP_DAGSTER_FSYNC=0 turn off disk syncs on the SQLite connections opened through
    SQLAlchemy in this process (Dagster's are the only ones Sitrep opens)."""
    if not event.contains(Engine, "connect", _skip_disk_sync):
        event.listen(Engine, "connect", _skip_disk_sync)
