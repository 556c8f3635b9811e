"""The warehouse: migrations once, loads in one transaction, re-runs never double rows."""

import subprocess
import sys
import textwrap

import duckdb
import polars as pl
import pytest
from sitrep import warehouse
from sitrep.sources import make_document
from sitrep.tables import CASUALTY_SCHEMA, DOCUMENT_SCHEMA, EVENT_SCHEMA, REJECT_SCHEMA

from .conftest import PROJECT_DIR


def batch(text: str = "Two soldiers were killed.", external_id: str = "a") -> dict:
    document = make_document(
        text=text, external_id=external_id, source_path="feed.jsonl", published_date=None
    )
    doc_id = document["doc_id"]
    event = {name: None for name in EVENT_SCHEMA} | {
        "event_id": f"{doc_id}-e0",
        "doc_id": doc_id,
        "seq": 0,
        "is_background": False,
        "fatalities": 2,
        "sentence": text,
        "char_start": 0,
        "char_end": len(text),
    }
    casualty = {name: None for name in CASUALTY_SCHEMA} | {
        "casualty_id": f"{doc_id}-e0-c0",
        "event_id": f"{doc_id}-e0",
        "doc_id": doc_id,
        "outcome": "killed",
        "count_low": 2,
        "count_best": 2,
        "qualifier": "exact",
        "quote": text,
        "char_start": 0,
        "char_end": len(text),
    }
    reject = {"source_path": "bad.txt", "stage": "ingest", "reason": "empty_text"}
    return {
        "documents": pl.DataFrame([document], schema=DOCUMENT_SCHEMA),
        "events": pl.DataFrame([event], schema=EVENT_SCHEMA),
        "casualties": pl.DataFrame([casualty], schema=CASUALTY_SCHEMA),
        "rejects": pl.DataFrame([reject], schema=REJECT_SCHEMA),
        "actors": pl.DataFrame(
            [{"actor": "Wagner Group", "actor_type": "external_forces", "country": "Russia"}]
        ),
    }


@pytest.fixture
def con(tmp_path):
    with warehouse.connect(tmp_path / "w.duckdb") as connection:
        warehouse.migrate(connection)
        yield connection


def test_migrations_apply_once(tmp_path):
    with warehouse.connect(tmp_path / "w.duckdb") as con:
        first = warehouse.migrate(con)
        second = warehouse.migrate(con)
    assert first and first[0].startswith("001_")
    assert second == []


def test_loading_the_same_batch_twice_leaves_identical_counts(con):
    first = warehouse.load(con, batch())
    second = warehouse.load(con, batch())
    assert (
        first
        == second
        == {
            "documents": 1,
            "events": 1,
            "casualties": 1,
            "actors": 1,
            "rejects": 1,
        }
    )


def test_changed_document_replaces_its_old_facts(con):
    warehouse.load(con, batch("Two soldiers were killed."))
    warehouse.load(con, batch("Three soldiers were killed."))
    texts = con.sql("SELECT text FROM documents").fetchall()
    assert texts == [("Three soldiers were killed.",)]
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 1


def test_lazy_frames_staged_as_parquet_load_the_same_rows_as_frames(con, tmp_path):
    warehouse.load(con, batch("Two soldiers were killed."))
    staging = tmp_path / "staging"
    staging.mkdir()
    lazy = {name: frame.lazy() for name, frame in batch("Three soldiers were killed.").items()}
    counts = warehouse.load(con, lazy, staging_dir=staging)
    assert counts == {"documents": 1, "events": 1, "casualties": 1, "actors": 1, "rejects": 1}
    assert con.sql("SELECT text FROM documents").fetchall() == [("Three soldiers were killed.",)]
    assert sorted(p.name for p in staging.iterdir()) == sorted(
        f"staged_{name}.parquet" for name in warehouse.STAGED_TABLES
    )
    assert con.sql("FROM duckdb_views() WHERE view_name LIKE 'staged_%'").fetchall() == []


def test_a_failed_load_leaves_the_warehouse_as_it_was(con):
    warehouse.load(con, batch())

    def fail() -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        warehouse.load(con, batch("Nine killed.", external_id="b"), before_commit=fail)
    assert warehouse.table_counts(con)["documents"] == 1


def test_a_load_killed_mid_transaction_leaves_the_warehouse_unchanged_and_openable(tmp_path):
    path = tmp_path / "w.duckdb"
    with warehouse.connect(path) as con:
        warehouse.migrate(con)
        warehouse.load(con, batch())
        before = warehouse.table_counts(con)
    script = textwrap.dedent(
        f"""
        import os, signal
        from sitrep import warehouse
        from tests.test_warehouse import batch
        with warehouse.connect({str(path)!r}) as con:
            warehouse.load(con, batch("Nine killed.", external_id="b"),
                           before_commit=lambda: os.kill(os.getpid(), signal.SIGKILL))
        """
    )
    killed = subprocess.run([sys.executable, "-c", script], cwd=str(PROJECT_DIR), check=False)
    assert killed.returncode == -9
    with duckdb.connect(str(path), read_only=True) as con:
        after = warehouse.table_counts(con)
    assert after == before


def test_reader_gets_a_clear_message_while_a_writer_holds_the_file(tmp_path):
    path = tmp_path / "w.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('ok', flush=True); "
            "time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        with pytest.raises(warehouse.WarehouseBusy, match="in use by another process"):
            with warehouse.connect(path, read_only=True, wait_seconds=0.5):
                pass
    finally:
        holder.kill()
        holder.wait()


def test_a_warehouse_path_holding_another_file_is_refused_at_once(tmp_path):
    real = tmp_path / "real.duckdb"
    duckdb.connect(str(real)).close()
    warehouse.check_warehouse_file(real)  # a DuckDB database
    warehouse.check_warehouse_file(tmp_path / "new.duckdb")  # nothing there yet: a new one
    for name, content in (("notes.duckdb", "not a database"), ("empty.duckdb", "")):
        other = tmp_path / name
        other.write_text(content)
        with pytest.raises(warehouse.NotAWarehouse, match="not a valid DuckDB database file"):
            warehouse.check_warehouse_file(other)
