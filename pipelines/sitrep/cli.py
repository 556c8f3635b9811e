"""The `sitrep` command: run the pipeline, query the warehouse, open the Dagster UI."""

import argparse
import atexit
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.environment import MAX_DOCUMENT_BYTES, MINIMUM, check_settings, parse_whole_number
from sitrep.paths import DEFAULT_WAREHOUSE, PROJECT_DIR

if TYPE_CHECKING:  # dagster is imported lazily: `sitrep query` does not need it
    from dagster import DagsterEvent, DagsterInstance

QUERY_WAIT_SECONDS = 15.0
MAX_PRINTED_ROWS = 200


def dagster_home() -> Path:
    """Project-local DAGSTER_HOME with telemetry off (the env var alone is not enough)."""
    home = Path(os.environ.get("DAGSTER_HOME", PROJECT_DIR / ".dagster"))
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    return home


def quiet_telemetry() -> None:
    os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")


STAGES = {
    "ingest": "ingest",
    "normalise": "normalise",
    "extract": "extract",
    "validate": "validate",
    "load_warehouse": "load",
}


def stage_seconds(instance: "DagsterInstance", run_id: str) -> dict[str, float]:
    """Wall time per pipeline stage, from the step start/end events of the run."""
    started: dict[str, float] = {}
    seconds: dict[str, float] = {}
    for entry in instance.all_logs(run_id):
        event = entry.dagster_event
        if event is None or not entry.step_key:
            continue
        if event.event_type_value == "STEP_START":
            started[entry.step_key] = entry.timestamp
        elif event.event_type_value in ("STEP_SUCCESS", "STEP_FAILURE"):
            if entry.step_key in started:
                stage = STAGES.get(entry.step_key, entry.step_key)
                elapsed = entry.timestamp - started[entry.step_key]
                seconds[stage] = seconds.get(stage, 0.0) + elapsed
    return seconds


def run(
    sources: list[str],
    warehouse: str,
    max_document_bytes: int | None = None,
    report: str | None = None,
) -> int:
    """Materialize every asset in-process on the sources; print a summary; 0 if all passed."""
    quiet_telemetry()
    try:
        check_settings()
    except ValueError as exc:
        print(f"sitrep: {exc}", file=sys.stderr)
        return 2
    try:  # (before anything starts: a warehouse that cannot be written is the first error)
        Path(warehouse).parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(
            f"sitrep: cannot make the warehouse's folder {exc.filename}: {exc.strerror}",
            file=sys.stderr,
        )
        return 2
    os.environ["DAGSTER_HOME"] = str(dagster_home())
    start_processes_early(sources, warehouse)
    import dagster as dg

    from sitrep.definitions import ALL_ASSETS
    from sitrep.resources import make_resources

    started = time.monotonic()
    print(f"sitrep: {', '.join(sources)} → {warehouse}", file=sys.stderr)
    with (
        dg.DagsterInstance.ephemeral()  # (run history in memory, frames in a temporary folder)
        if os.environ.get("SITREP_EPHEMERAL")
        else (dg.DagsterInstance.get()) as instance
    ):
        result = dg.materialize(
            ALL_ASSETS,
            resources=make_resources(sources, warehouse, max_document_bytes),
            instance=instance,
            raise_on_error=False,
            run_config={"loggers": {"console": {"config": {"log_level": "INFO"}}}},
        )
        stages = stage_seconds(instance, result.run_id)
    checks = result.get_asset_check_evaluations()
    seconds = time.monotonic() - started
    counts = print_summary(warehouse, checks, stages, seconds)
    if report:
        Path(report).write_text(
            json.dumps(
                {
                    "success": result.success,
                    "seconds": round(seconds, 3),
                    "stages": {k: round(v, 3) for k, v in stages.items()},
                    "counts": counts,
                    "checks": {c.check_name: c.passed for c in checks},
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    if not result.success:
        failures = [event for event in result.all_events if event.is_step_failure]
        for event in failures:
            reason = failure_reason(event)
            print(f"sitrep: run failed in {event.step_key}: {reason}", file=sys.stderr)
        if not failures:
            print("sitrep: run failed in a check", file=sys.stderr)
        return 1
    return 0


def start_processes_early(sources: list[str], warehouse: str) -> bool:
    """Start the worker processes and the validator of a first load of a large batch (a
    backfill into a new warehouse) before Dagster, and say whether it did.

    While this process imports Dagster and reads the sources on one core, they load the
    dictionaries and GX on the other: about a second less on 10,000 notes. Not for a warehouse
    that exists, whose run may well find nothing new. The size of the source files stands in
    for the characters of new text the normalise stage will count.
    """
    if Path(warehouse).exists():
        return False
    from sitrep import batch, validation
    from sitrep.sources import source_bytes

    workers = batch.workers_for_chars(source_bytes(sources, batch.PARALLEL_MIN_CHARS))
    if workers <= 1:
        return False
    batch.start_workers(workers)
    validation.start_validator(workers)
    return True


def failure_reason(event: "DagsterEvent") -> str:
    """The error that failed a step, without Dagster's wrapping ("ValueError: ...")."""
    error = event.step_failure_data.error
    if error is None:
        return "unknown error"
    while error.cls_name and error.cls_name.startswith("Dagster") and error.cause is not None:
        error = error.cause
    if error.cls_name in ("DagsterExecutionInterruptedError", "KeyboardInterrupt"):
        return "interrupted (a load is one transaction: the warehouse has all of a batch or none)"
    return error.message.strip()


def print_summary(
    warehouse: str, checks: list, stages: dict[str, float], seconds: float
) -> dict[str, int]:
    """Print table counts, stage times and check results; return the counts."""
    import duckdb

    from sitrep import warehouse as wh

    try:
        with wh.connect(warehouse, read_only=True, wait_seconds=QUERY_WAIT_SECONDS) as con:
            counts = wh.table_counts(con)
    except (FileNotFoundError, wh.WarehouseBusy, duckdb.Error) as exc:
        # (a file that is no DuckDB database: the run failed on it, and says so below)
        print(f"sitrep: {exc}", file=sys.stderr)
        counts = {}
    print(f"\nSitrep run finished in {seconds:.1f}s — warehouse {warehouse}")
    for name in ("documents", "events", "casualties", "rejects", "actors"):
        if name in counts:
            print(f"  {name:<11} {counts[name]:>10,}")
    if stages:
        print("  stages      " + ", ".join(f"{name} {secs:.1f}s" for name, secs in stages.items()))
    for check in checks:
        status = "passed" if check.passed else "FAILED"
        print(f"  check       {check.check_name:<17} {status}")
        if not check.passed:
            failures = check.metadata.get("failures")
            print(f"              {check.description or ''} {failures.value if failures else ''}")
    return counts


def query(sql_or_file: str, warehouse: str, wait_seconds: float = QUERY_WAIT_SECONDS) -> int:
    """Run SQL (or a .sql file) read-only and print the result as a table."""
    import duckdb
    import polars as pl

    from sitrep import warehouse as wh

    path = Path(sql_or_file)
    sql = path.read_text(encoding="utf-8") if sql_or_file.endswith(".sql") else sql_or_file
    try:
        with wh.connect(warehouse, read_only=True, wait_seconds=wait_seconds) as con:
            relation = con.sql(sql)
            frame = relation.pl() if relation is not None else None
    except (FileNotFoundError, wh.WarehouseBusy) as exc:
        print(f"sitrep: {exc}", file=sys.stderr)
        return 2
    except duckdb.Error as exc:
        print(f"sitrep: query failed: {exc}", file=sys.stderr)
        return 1
    if frame is None:
        return 0
    with pl.Config(
        tbl_rows=MAX_PRINTED_ROWS,
        tbl_cols=-1,
        fmt_str_lengths=80,
        tbl_hide_dataframe_shape=True,
        tbl_hide_column_data_types=True,
        tbl_width_chars=200,
    ):
        print(frame)
    if frame.height > MAX_PRINTED_ROWS:
        print(f"({frame.height:,} rows, first {MAX_PRINTED_ROWS} shown)")
    return 0


def ui(port: int = 3000) -> int:
    """`dagster dev` on workspace.yaml, on loopback, in its own process group."""
    quiet_telemetry()
    env = {**os.environ, "DAGSTER_HOME": str(dagster_home())}
    command = [
        str(Path(sys.executable).with_name("dagster")),
        "dev",
        "-w",
        str(PROJECT_DIR / "workspace.yaml"),
        "-h",
        "127.0.0.1",
        "-p",
        str(port),
    ]
    process = subprocess.Popen(command, cwd=PROJECT_DIR, env=env, start_new_session=True)
    try:
        return process.wait()
    except KeyboardInterrupt:
        os.killpg(process.pid, signal.SIGINT)
        return process.wait()


def _document_bytes(value: str) -> int:
    """--max-document-bytes, held to the same least value as SITREP_MAX_DOCUMENT_BYTES."""
    try:
        return parse_whole_number(value, MINIMUM[MAX_DOCUMENT_BYTES])
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sitrep", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    run_parser = commands.add_parser("run", help="run the pipeline on articles and feeds")
    run_parser.add_argument(
        "--source",
        action="append",
        help="file or folder to read (repeatable; default seeds/articles)",
    )
    run_parser.add_argument("--warehouse", default=None, help="DuckDB file to load")
    run_parser.add_argument(
        "--max-document-bytes", type=_document_bytes, default=None, help="refuse larger documents"
    )
    run_parser.add_argument("--report", default=None, help="write run figures as JSON here")

    query_parser = commands.add_parser("query", help="run SQL read-only on the warehouse")
    query_parser.add_argument("sql", help="a SQL statement or a .sql file")
    query_parser.add_argument("--warehouse", default=None)

    ui_parser = commands.add_parser("ui", help="open the Dagster web UI (dagster dev)")
    ui_parser.add_argument("--port", type=int, default=3000)

    args = parser.parse_args(argv)
    default_warehouse = os.environ.get("SITREP_WAREHOUSE", DEFAULT_WAREHOUSE)
    if args.command == "run":
        sources = args.source or [str(PROJECT_DIR / "seeds" / "articles")]
        return run(
            sources, args.warehouse or default_warehouse, args.max_document_bytes, args.report
        )
    if args.command == "query":
        return query(args.sql, args.warehouse or default_warehouse)
    return ui(args.port)


_exit_code: int | None = None  # what `main` returned, once it has


def command() -> None:
    """The `sitrep` console command: `main`, then an exit without the interpreter's teardown.

    Once `main` has returned, the warehouse is written, the summary printed, and the exit
    functions (the worker pool's shutdown, the removal of temporary folders) run as usual; what
    is skipped is freeing Dagster's, GX's, DuckDB's and polars' modules object by object, which
    kept the prompt waiting 0.6 s after every command (2 s on a busy host). An exception or an
    interrupt leaves the usual exit to report it. Tests call `main`, which exits nothing.
    """
    global _exit_code
    atexit.register(_exit_now)  # registered before the commands' own: runs after all of them
    _exit_code = main()
    sys.exit(_exit_code)


def _exit_now() -> None:
    if _exit_code is not None:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_code)


if __name__ == "__main__":
    command()
