"""The `sitrep` command: run, query, and clear messages instead of tracebacks."""

import json
import os
import subprocess
import sys

import duckdb
import pytest
from sitrep import batch, validation
from sitrep.cli import main, start_processes_early

from .conftest import SEED_ARTICLES


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli")
    path = root / "w.duckdb"
    report = root / "report.json"
    code = main(
        ["run", "--source", str(SEED_ARTICLES), "--warehouse", str(path), "--report", str(report)]
    )
    assert code == 0
    return path, json.loads(report.read_text())


def test_run_reports_counts_stages_and_checks(warehouse):
    _, report = warehouse
    assert report["success"] is True
    assert report["counts"]["documents"] == 1
    assert report["counts"]["casualties"] >= 5
    assert {"ingest", "normalise", "extract", "validate", "load"} <= set(report["stages"])
    assert report["checks"] == {
        "documents_suite": True,
        "events_suite": True,
        "casualties_suite": True,
    }


def test_query_prints_the_result_as_a_table(warehouse, capsys):
    path, _ = warehouse
    sql = "SELECT victim_actor, count_best FROM casualties WHERE count_best = 84"
    assert main(["query", sql, "--warehouse", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Wagner Group" in out and "84" in out


def test_query_reads_a_sql_file(warehouse, tmp_path, capsys):
    path, _ = warehouse
    query = tmp_path / "q.sql"
    query.write_text("-- documents\nSELECT external_id FROM documents;", encoding="utf-8")
    assert main(["query", str(query), "--warehouse", str(path)]) == 0
    assert "000_1bd5ca4d51525299.txt" in capsys.readouterr().out


def test_query_on_a_missing_warehouse_says_so(tmp_path, capsys):
    assert main(["query", "SELECT 1", "--warehouse", str(tmp_path / "none.duckdb")]) == 2
    assert "run `sitrep run` first" in capsys.readouterr().err


def test_bad_sql_is_an_error_message_not_a_traceback(warehouse, capsys):
    path, _ = warehouse
    assert main(["query", "SELECT nope FROM events", "--warehouse", str(path)]) == 1
    assert "query failed" in capsys.readouterr().err


def test_run_on_a_missing_source_still_succeeds_and_records_a_reject(tmp_path, capsys):
    path = tmp_path / "w.duckdb"
    assert main(["run", "--source", str(tmp_path / "nowhere"), "--warehouse", str(path)]) == 0
    capsys.readouterr()
    assert main(["query", "SELECT reason FROM rejects", "--warehouse", str(path)]) == 0
    assert "missing_source" in capsys.readouterr().out


def _fail_on_a_document(chunk: tuple) -> tuple:
    raise ValueError("cannot read document 7")


def test_a_failed_run_names_the_stage_and_the_error(tmp_path, capsys, monkeypatch):
    from sitrep import batch

    monkeypatch.setattr(batch, "_normalise_chunk", _fail_on_a_document)
    path = tmp_path / "w.duckdb"
    assert main(["run", "--source", str(SEED_ARTICLES), "--warehouse", str(path)]) == 1
    err = capsys.readouterr().err
    assert "sitrep: run failed in normalise: ValueError: cannot read document 7" in err


def _interrupt(chunk: tuple) -> tuple:
    raise KeyboardInterrupt  # Ctrl-C while a step runs


def test_an_interrupted_run_says_so_and_that_the_warehouse_has_all_or_none_of_the_batch(
    tmp_path, capsys, monkeypatch
):
    from sitrep import batch

    monkeypatch.setattr(batch, "_normalise_chunk", _interrupt)
    path = tmp_path / "w.duckdb"
    assert main(["run", "--source", str(SEED_ARTICLES), "--warehouse", str(path)]) == 1
    err = capsys.readouterr().err
    assert "run failed in normalise: interrupted (a load is one transaction" in err


def test_a_large_backfill_into_a_new_warehouse_starts_its_workers_before_dagster(
    tmp_path, monkeypatch
):
    monkeypatch.setenv("SITREP_WORKERS", "2")
    monkeypatch.setattr(batch, "PARALLEL_MIN_CHARS", 1_000)
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "text": "Gunmen killed 3 people. " * 60}) + "\n")
    batch.release_workers()
    try:
        assert start_processes_early([str(feed)], str(tmp_path / "new.duckdb"))
        assert 2 in batch._POOLS
    finally:
        batch.release_workers()
        validation.stop_validator()


def test_a_small_batch_or_an_existing_warehouse_starts_nothing_early(tmp_path, monkeypatch):
    monkeypatch.setenv("SITREP_WORKERS", "2")
    monkeypatch.setattr(batch, "PARALLEL_MIN_CHARS", 1_000)
    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    small.write_text(json.dumps({"id": "a", "text": "Gunmen killed 3 people."}) + "\n")
    large.write_text(json.dumps({"id": "b", "text": "Gunmen killed 3 people. " * 60}) + "\n")
    existing = tmp_path / "existing.duckdb"
    existing.touch()
    batch.release_workers()
    assert not start_processes_early([str(small)], str(tmp_path / "new.duckdb"))
    assert not start_processes_early([str(large)], str(existing))
    assert not batch._POOLS


def test_a_warehouse_that_cannot_be_made_is_a_clear_error_before_anything_runs(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code = main(["run", "--source", str(SEED_ARTICLES), "--warehouse", str(blocker / "w.duckdb")])
    assert code == 2
    err = capsys.readouterr().err
    assert "cannot make the warehouse's folder" in err and str(blocker) in err
    assert not batch._POOLS


def test_a_warehouse_file_that_is_not_duckdb_fails_the_run_with_the_reason(tmp_path, capsys):
    path = tmp_path / "w.duckdb"
    path.write_text("not a database")
    assert main(["run", "--source", str(SEED_ARTICLES), "--warehouse", str(path)]) == 1
    err = capsys.readouterr().err
    assert "run failed in ingest" in err and "not a valid DuckDB database file" in err


def test_a_document_size_limit_below_one_byte_is_refused_by_the_command(capsys):
    with pytest.raises(SystemExit) as refused:
        main(["run", "--max-document-bytes", "0"])
    assert refused.value.code == 2
    assert "must be at least 1, not 0" in capsys.readouterr().err


def _command(*args: str) -> subprocess.CompletedProcess:
    """The console command `sitrep` (sitrep.cli.command) in its own process."""
    program = "import sys; from sitrep.cli import command; sys.argv[0] = 'sitrep'; command()"
    return subprocess.run(
        [sys.executable, "-c", program, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "SITREP_WORKERS": "1"},
        check=False,
    )


def test_the_command_ends_with_its_runs_warehouse_closed_and_its_exit_code(warehouse, tmp_path):
    path = tmp_path / "w.duckdb"
    done = _command("run", "--source", str(SEED_ARTICLES), "--warehouse", str(path))
    assert done.returncode == 0, done.stderr
    assert "casualties_suite  passed" in done.stdout
    # the exit skips the interpreter's teardown, not the closing of the warehouse
    assert not path.with_name("w.duckdb.wal").exists()
    with duckdb.connect(str(path), read_only=True) as con:
        counts = con.execute(
            "select (select count(*) from events), (select count(*) from casualties)"
        ).fetchone()
    assert counts == (warehouse[1]["counts"]["events"], warehouse[1]["counts"]["casualties"])
    query = ["query", "select 1", "--warehouse", str(tmp_path / "none.duckdb")]
    missing = _command(*query)
    assert missing.returncode == main(query) != 0
    assert "run `sitrep run` first" in missing.stderr
