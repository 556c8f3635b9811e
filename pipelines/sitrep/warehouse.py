"""The DuckDB warehouse: schema migrations, views and the transactional load.

All SQL lives in `sql/`; this module only decides which file runs when. Loads run in one
transaction, so a run that fails or is killed leaves the warehouse as it was.
"""

import os
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import polars as pl

LOCK_MESSAGE = "Could not set lock on file"


def sql_dir() -> Path:
    """The project's `sql/` folder (overridable for installed copies)."""
    return Path(os.environ.get("SITREP_SQL_DIR", Path(__file__).resolve().parents[2] / "sql"))


def read_sql(relative: str) -> str:
    return (sql_dir() / relative).read_text(encoding="utf-8")


def sql_files(folder: str) -> list[Path]:
    return sorted((sql_dir() / folder).glob("*.sql"))


# A DuckDB database file holds these bytes after its header's 8-byte checksum.
DUCKDB_MAGIC = b"DUCK"


class NotAWarehouse(ValueError):
    """The warehouse path holds a file that is not a DuckDB database."""


def check_warehouse_file(path: str | Path) -> None:
    """Refuse at once a warehouse path that holds some other file (or an empty one).

    DuckDB refuses it too, but Dagster's DuckDB resource retries a failed connect ten times
    with growing pauses, so its error came after 102 s; the magic bytes tell at once, without
    opening or locking the file. A path with nothing there yet is a new warehouse.
    """
    path = Path(path)
    if not path.is_file():
        return
    with path.open("rb") as handle:
        header = handle.read(12)
    if header[8:12] != DUCKDB_MAGIC:
        raise NotAWarehouse(
            f"the warehouse {path} exists but is not a valid DuckDB database file: "
            "move it aside, or give another --warehouse"
        )


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse file's write lock."""


def is_lock_error(exc: BaseException) -> bool:
    text = str(exc)
    return LOCK_MESSAGE in text or "Conflicting lock" in text


@contextmanager
def connect(
    path: str | Path, read_only: bool = False, wait_seconds: float = 0.0
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A short-lived connection; retries while another process holds the lock.

    Raises WarehouseBusy with a message a user can act on instead of DuckDB's lock traceback.
    """
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `sitrep run` first")
    deadline = time.monotonic() + wait_seconds
    delay = 0.2
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if not is_lock_error(exc):
                raise
            if time.monotonic() >= deadline:
                raise WarehouseBusy(
                    f"the warehouse {path} is in use by another process (a run is writing, "
                    f"or a reader holds it open); try again when it finishes"
                ) from exc
            time.sleep(delay)
            delay = min(delay * 2, 2.0)
    try:
        yield con
    finally:
        con.close()


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """All or nothing: committed when the block ends, rolled back if anything interrupts it."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply numbered migrations once each, recorded in `schema_migrations`; return new ones."""
    con.execute(read_sql("schema_migrations.sql"))
    applied = {row[0] for row in con.execute("SELECT name FROM schema_migrations").fetchall()}
    new: list[str] = []
    for path in sql_files("migrations"):
        if path.name in applied:
            continue
        with transaction(con):
            con.execute(path.read_text(encoding="utf-8"))
            con.execute(read_sql("record_migration.sql"), [path.name])
        new.append(path.name)
    return new


_IDENTIFIER_RE = re.compile(r"[a-z_][a-z0-9_]*")
_VIEW_NAME_RE = re.compile(rf"CREATE\s+OR\s+REPLACE\s+VIEW\s+({_IDENTIFIER_RE.pattern})\s+AS", re.I)


def view_name(sql: str, path: Path) -> str:
    """The view a `sql/views/` file creates, read from its CREATE OR REPLACE VIEW statement."""
    match = _VIEW_NAME_RE.search(sql)
    if match is None:
        raise ValueError(f"{path}: expected `CREATE OR REPLACE VIEW <name> AS ...`")
    return match.group(1)


def create_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    """(Re)create every view in `sql/views/`, in file order, in one transaction.

    Views created earlier whose file has since been removed or renamed are dropped; views
    that Sitrep did not create are left alone.
    """
    files = [(path, path.read_text(encoding="utf-8")) for path in sql_files("views")]
    current = [view_name(sql, path) for path, sql in files]
    with transaction(con):
        for (name,) in con.execute(read_sql("select_managed_views.sql")).fetchall():
            if name not in current and _IDENTIFIER_RE.fullmatch(name):
                con.execute(read_sql("drop_managed_view.sql").format(view=name), [name])
        for (_, sql), name in zip(files, current, strict=True):
            con.execute(sql)
            con.execute(read_sql("record_managed_view.sql"), [name])
    return [path.stem for path, _ in files]


def known_documents(con: duckdb.DuckDBPyConnection) -> pl.DataFrame:
    """(doc_id, external_id) of every stored document, to decide what is new."""
    return con.sql(read_sql("select_known_documents.sql")).pl()


STAGED_TABLES = ("documents", "events", "casualties", "rejects", "actors")


def load(
    con: duckdb.DuckDBPyConnection,
    frames: dict[str, pl.DataFrame | pl.LazyFrame],
    before_commit: Callable[[], None] | None = None,
    staging_dir: Path | None = None,
) -> dict[str, int]:
    """Load one batch in one transaction; returns the table row counts after the load.

    `frames` holds a frame for each of STAGED_TABLES. Given `staging_dir`, each lazy frame is
    written there as Parquet and DuckDB reads the file as it inserts: DuckDB collects a
    registered LazyFrame whole (a million documents: 1.3 GiB, against 0.6 GiB from the file).
    `before_commit` is a hook for tests that need to interrupt a load half-way.
    """
    missing = set(STAGED_TABLES) - frames.keys()
    if missing:
        raise ValueError(f"load needs frames for {sorted(missing)}")
    for name in STAGED_TABLES:
        con.register(f"staged_{name}", _staged(con, name, frames[name], staging_dir))
    try:
        with transaction(con):
            for path in sql_files("load"):
                con.execute(path.read_text(encoding="utf-8"))
            if before_commit is not None:
                before_commit()
    finally:
        for name in STAGED_TABLES:
            con.unregister(f"staged_{name}")
    return table_counts(con)


def _staged(
    con: duckdb.DuckDBPyConnection,
    name: str,
    frame: pl.DataFrame | pl.LazyFrame,
    staging_dir: Path | None,
) -> pl.DataFrame | pl.LazyFrame | duckdb.DuckDBPyRelation:
    if staging_dir is None or not isinstance(frame, pl.LazyFrame):
        return frame
    path = staging_dir / f"staged_{name}.parquet"
    frame.sink_parquet(path)
    return con.read_parquet(str(path))


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    counts = con.sql(read_sql("count_rows.sql")).fetchall()
    return {name: int(n) for name, n in counts}
