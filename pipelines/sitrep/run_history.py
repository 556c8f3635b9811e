"""Dagster's run history in SQLite, written without a disk sync per event.

Dagster's SQLite storage opens a connection for each write and commits every event with a full
sync: some 300 syncs for a run of one article, which took 5 of the 8 seconds of a run with
nothing new on our development machine's virtual disk. With `synchronous=OFF`, SQLite hands
each write to the operating system and goes on. A crash of Sitrep or Dagster still loses
nothing; an operating-system crash or power cut may lose or damage the run history, never the
warehouse (DuckDB writes that itself). Set SITREP_DAGSTER_FSYNC=1 to keep SQLite's default.
"""

import os
import sqlite3

from sqlalchemy import event
from sqlalchemy.engine import Engine

FSYNC_VARIABLE = "SITREP_DAGSTER_FSYNC"


def _skip_disk_sync(dbapi_connection: object, _record: object) -> None:
    if isinstance(dbapi_connection, sqlite3.Connection) and os.environ.get(FSYNC_VARIABLE, "0") in (
        "",
        "0",
    ):
        dbapi_connection.execute("PRAGMA synchronous=OFF")


def write_without_disk_sync() -> None:
    """Make every SQLite connection opened through SQLAlchemy in this process skip disk syncs
    (Dagster's is the only one Sitrep opens)."""
    if not event.contains(Engine, "connect", _skip_disk_sync):
        event.listen(Engine, "connect", _skip_disk_sync)
