"""Dagster assets: a thin shell that wires the extraction library to the warehouse.

raw documents → sentences and mentions → events and casualties → validated frames → DuckDB.
Each asset attaches row counts, its column schema and a markdown preview.
"""

import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import polars as pl
from dagster_duckdb import DuckDBResource

from sitrep import batch, checks, validation, warehouse
from sitrep.actors import actor_table
from sitrep.changes import select_changes
from sitrep.resources import SitrepSettings
from sitrep.sources import read_sources
from sitrep.tables import ACTOR_SCHEMA, REJECT_SCHEMA

PREVIEW_ROWS = 5
PREVIEW_CHARS = 60
STALE_PARTS_SECONDS = 24 * 3600


def markdown_preview(frame: pl.DataFrame, rows: int = PREVIEW_ROWS) -> str:
    """A small markdown table of the first rows, long strings cut short."""
    head = frame.head(rows)
    if head.is_empty():
        return "_no rows_"
    cells = [[_cell(value) for value in row] for row in head.iter_rows()]
    lines = ["| " + " | ".join(head.columns) + " |", "|" + "---|" * len(head.columns)]
    lines += ["| " + " | ".join(row) + " |" for row in cells]
    return "\n".join(lines)


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"


def frame_metadata(frame: pl.DataFrame | pl.LazyFrame, seconds: float | None = None) -> dict:
    """Row count, column schema and preview of a frame, for the Dagster UI.

    A lazy frame is counted and previewed without being collected whole.
    """
    lazy = frame.lazy()
    metadata = {
        "dagster/row_count": lazy.select(pl.len()).collect().item(),
        "dagster/column_schema": dg.TableSchema(
            columns=[
                dg.TableColumn(name, str(dtype)) for name, dtype in lazy.collect_schema().items()
            ]
        ),
        "preview": dg.MetadataValue.md(markdown_preview(lazy.head(PREVIEW_ROWS).collect())),
    }
    if seconds is not None:
        metadata["seconds"] = round(seconds, 3)
    return metadata


@contextmanager
def parts_folder(context: dg.AssetExecutionContext) -> Iterator[Path]:
    """A scratch folder for a step's Parquet parts, removed once its outputs are stored.

    Folders a killed run left behind are removed once they are a day old.
    """
    root = Path(context.instance.storage_directory()) / "parts"
    root.mkdir(parents=True, exist_ok=True)
    for left in root.iterdir():
        if time.time() - left.stat().st_mtime > STALE_PARTS_SECONDS:
            shutil.rmtree(left, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix=f"{context.run.run_id[:8]}-", dir=root) as folder:
        yield Path(folder)


def progress_logger(
    context: dg.AssetExecutionContext, stage: str, every: float = 5.0
) -> Callable[[int, int], None]:
    """A progress callback that logs at most every few seconds, and at the end."""
    started = time.monotonic()
    last = [started]

    def report(done: int, total: int) -> None:
        now = time.monotonic()
        if done == total or now - last[0] >= every:
            last[0] = now
            rate = done / max(now - started, 1e-9)
            context.log.info(f"{stage}: {done:,}/{total:,} documents ({rate:,.0f}/s)")

    return report


@dg.multi_asset(
    outs={
        "raw_documents": dg.AssetOut(description="New or changed documents of this batch."),
        "ingest_rejects": dg.AssetOut(description="Files and records refused at ingest."),
    },
    group_name="ingest",
)
def ingest(
    context: dg.AssetExecutionContext, settings: SitrepSettings, duckdb: DuckDBResource
) -> Iterator[dg.Output]:
    """Read the source folders; keep only documents the warehouse does not hold yet."""
    started = time.monotonic()
    read = read_sources(settings.sources, settings.max_document_bytes)
    documents = read.documents_frame()
    warehouse.check_warehouse_file(duckdb.database)  # (before the resource's slow retries)
    with duckdb.get_connection() as con:
        applied = warehouse.migrate(con)
        known = warehouse.known_documents(con)
    if applied:
        context.log.info(f"applied migrations: {', '.join(applied)}")
    changes = select_changes(documents, known)
    rejects = pl.concat([read.rejects_frame(), changes.rejects])
    for row in rejects.iter_rows(named=True):
        context.log.warning(f"rejected {row['source_path']}: {row['reason']} ({row['detail']})")
    seconds = time.monotonic() - started
    context.log.info(
        f"ingest: {documents.height:,} documents read, {changes.documents.height:,} new or "
        f"changed, {changes.unchanged:,} unchanged, {rejects.height:,} rejected"
    )
    yield dg.Output(
        changes.documents,
        output_name="raw_documents",
        metadata={
            **frame_metadata(changes.documents, seconds),
            "documents_read": documents.height,
            "unchanged": changes.unchanged,
        },
    )
    yield dg.Output(rejects, output_name="ingest_rejects", metadata=frame_metadata(rejects))


@dg.multi_asset(
    outs={
        "sentences": dg.AssetOut(description="Sentences with their character offsets."),
        "mentions": dg.AssetOut(description="Numbers, dates, actors and places per sentence."),
    },
    group_name="normalise",
)
def normalise(
    context: dg.AssetExecutionContext, settings: SitrepSettings, raw_documents: pl.LazyFrame
) -> Iterator[dg.Output]:
    """Split documents into sentences and find the mentions extraction builds on.

    The documents arrive as a scan: each worker reads only its own chunk's texts.
    """
    started = time.monotonic()
    if raw_documents.select(pl.len()).collect().item():
        validation.start_validator(settings.workers or batch.default_workers())
    with parts_folder(context) as parts:
        sentences, mentions = batch.normalise_documents(
            raw_documents,
            settings.workers or None,
            progress_logger(context, "normalise"),
            parts_dir=parts,
        )
        seconds = time.monotonic() - started
        yield dg.Output(
            sentences, output_name="sentences", metadata=frame_metadata(sentences, seconds)
        )
        yield dg.Output(
            mentions, output_name="mentions", metadata=frame_metadata(mentions, seconds)
        )


@dg.multi_asset(
    outs={
        "extracted_events": dg.AssetOut(description="Events found in the documents."),
        "extracted_casualties": dg.AssetOut(description="Casualty figures with their quotes."),
    },
    group_name="extract",
)
def extract(
    context: dg.AssetExecutionContext,
    settings: SitrepSettings,
    raw_documents: pl.LazyFrame,
    sentences: pl.LazyFrame,
    mentions: pl.LazyFrame,
) -> Iterator[dg.Output]:
    """Events and casualty figures, each traceable to its sentence and quote.

    Documents, sentences and mentions arrive as scans: each worker reads only its own chunk's
    rows.
    """
    started = time.monotonic()
    with parts_folder(context) as parts:
        events, casualties = batch.extract_facts(
            raw_documents,
            sentences,
            mentions,
            settings.workers or None,
            progress_logger(context, "extract"),
            parts_dir=parts,
        )
        batch.release_workers()  # validate and load run in this process only
        seconds = time.monotonic() - started
        yield dg.Output(
            events, output_name="extracted_events", metadata=frame_metadata(events, seconds)
        )
        yield dg.Output(
            casualties,
            output_name="extracted_casualties",
            metadata=frame_metadata(casualties, seconds),
        )


@dg.multi_asset(
    outs={
        "valid_documents": dg.AssetOut(description="Documents that passed their suite."),
        "valid_events": dg.AssetOut(description="Events that passed their suite."),
        "valid_casualties": dg.AssetOut(description="Casualties that passed their suite."),
        "validation_rejects": dg.AssetOut(description="Rows quarantined by an expectation."),
    },
    check_specs=checks.SUITE_CHECKS,
    group_name="validate",
)
def validate(
    context: dg.AssetExecutionContext,
    raw_documents: pl.LazyFrame,
    extracted_events: pl.LazyFrame,
    extracted_casualties: pl.LazyFrame,
) -> Iterator[dg.Output]:
    """Run the Great Expectations suites; rows failing an input expectation are quarantined,
    and each suite's verdict on the rows kept is its blocking check.

    The frames arrive as scans and are validated a part at a time; the rows that pass are
    written part by part and stored from there, so no table is ever whole in memory.
    """
    started = time.monotonic()
    with parts_folder(context) as parts:
        try:
            result = validation.quarantine(
                raw_documents,
                extracted_events,
                extracted_casualties,
                parts_dir=parts,
                progress=progress_logger(context, "validate"),
            )
        finally:
            validation.stop_validator()  # load runs in this process only
        seconds = time.monotonic() - started
        for row in result.rejects.iter_rows(named=True):
            context.log.warning(
                f"quarantined {row['external_id'] or row['doc_id']}: {row['detail']}"
            )
        for name in validation.SUITES:
            frame = getattr(result, name)
            yield dg.Output(
                frame,
                output_name=f"valid_{name}",
                metadata={
                    **frame_metadata(frame, seconds),
                    "validation": dg.MetadataValue.json(result.reports[name].summary()),
                },
            )
    yield dg.Output(
        result.rejects, output_name="validation_rejects", metadata=frame_metadata(result.rejects)
    )
    for name in validation.SUITES:
        yield checks.check_result(result.reports[name].of_kept_rows())


WAREHOUSE_TABLES = {
    "documents": "Documents, one row per stored version of an article or feed record.",
    "events": "Events: ACLED-typed, dated, placed, with actors and reconciled fatalities.",
    "casualties": "Casualty figures: outcome, victim, low/best/high, qualifier, claim, quote.",
    "rejects": "Input that was refused or quarantined, with the reason.",
    "actors": "The actor dictionary: canonical names, types and countries.",
}


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            ["warehouse", name],
            description=description,
            group_name="warehouse",
            kinds={"duckdb"},
            deps=[
                "valid_documents",
                "valid_events",
                "valid_casualties",
                "ingest_rejects",
                "validation_rejects",
            ],
        )
        for name, description in WAREHOUSE_TABLES.items()
    ],
    ins={
        "valid_documents": dg.AssetIn(),
        "valid_events": dg.AssetIn(),
        "valid_casualties": dg.AssetIn(),
        "ingest_rejects": dg.AssetIn(),
        "validation_rejects": dg.AssetIn(),
    },
)
def load_warehouse(
    context: dg.AssetExecutionContext,
    duckdb: DuckDBResource,
    valid_documents: pl.LazyFrame,
    valid_events: pl.LazyFrame,
    valid_casualties: pl.LazyFrame,
    ingest_rejects: pl.LazyFrame,
    validation_rejects: pl.LazyFrame,
) -> Iterator[dg.MaterializeResult]:
    """Load the batch into DuckDB in one transaction, then refresh the views.

    The frames arrive as scans of their Parquet files; DuckDB reads them as it inserts.
    """
    started = time.monotonic()
    frames = {
        "documents": valid_documents.select(
            "doc_id",
            "external_id",
            "source_path",
            "published_date",
            "title",
            "outlet",
            "url",
            "text",
            "n_chars",
        ),
        "events": valid_events,
        "casualties": valid_casualties,
        "rejects": pl.concat(
            [ingest_rejects.cast(REJECT_SCHEMA), validation_rejects.cast(REJECT_SCHEMA)]
        ),
        "actors": pl.DataFrame(actor_table(), schema=ACTOR_SCHEMA, orient="row").lazy(),
    }
    with parts_folder(context) as staging, duckdb.get_connection() as con:
        counts = warehouse.load(con, frames, staging_dir=staging)
        views = warehouse.create_views(con)
    seconds = time.monotonic() - started
    context.log.info(
        "warehouse: "
        + ", ".join(f"{name} {n:,}" for name, n in counts.items())
        + f"; {seconds:.1f}s"
    )
    for name in WAREHOUSE_TABLES:
        batch_metadata = frame_metadata(frames[name])
        yield dg.MaterializeResult(
            asset_key=["warehouse", name],
            metadata={
                **batch_metadata,
                "dagster/row_count": counts[name],
                "rows_in_batch": batch_metadata["dagster/row_count"],
                "views": ", ".join(views),
            },
        )
