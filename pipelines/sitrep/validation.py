"""Great Expectations suites over the frames we are about to load.

Suites are JSON files in `gx/expectations/`, one per table. Each expectation says in its
`meta.on_failure` what a failure means: `reject` (bad input: quarantine the failing rows and
load the rest) or `fail` (a defect in our own extraction: stop the load loudly).

GX 1.x has no polars support, so frames go through pandas into an ephemeral context. Checks
that span tables or rows (quote found at its offsets, casualty's event present, id unique in
the batch) are computed here as boolean columns the suite can test, so the suite itself can run
over the frame in row chunks: a million-row batch is never in pandas all at once.
"""

import datetime as dt
import json
import os
import threading
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl

from sitrep.tables import REJECT_SCHEMA

if TYPE_CHECKING:  # GX is imported lazily: it takes seconds
    from great_expectations.core import ExpectationValidationResult

SAMPLE_ROWS = 5
CHUNK_ROWS = 200_000
UNIQUE_SUFFIX = "_is_unique"


def suites_dir() -> Path:
    default = Path(__file__).resolve().parents[2] / "gx" / "expectations"
    return Path(os.environ.get("SITREP_GX_DIR", default))


def read_suite(name: str) -> dict:
    return json.loads((suites_dir() / f"{name}.json").read_text(encoding="utf-8"))


@dataclass
class Failure:
    expectation: str
    column: str | None
    on_failure: str
    unexpected_count: int
    rows: list[int]
    sample: list[dict] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{self.expectation}({self.column})" if self.column else self.expectation


@dataclass
class ValidationReport:
    suite: str
    n_rows: int
    n_expectations: int
    failures: list[Failure] = field(default_factory=list)

    @property
    def success(self) -> bool:
        return not self.failures

    @property
    def defects(self) -> list[Failure]:
        """Failures that point at our own code, not at the input."""
        return [f for f in self.failures if f.on_failure != "reject"]

    def rejected_rows(self) -> dict[int, str]:
        """Row index → the first input expectation it failed."""
        rows: dict[int, str] = {}
        for failure in self.failures:
            if failure.on_failure == "reject":
                for row in failure.rows:
                    rows.setdefault(row, failure.label)
        return rows

    def summary(self) -> dict:
        return {
            "suite": self.suite,
            "rows": self.n_rows,
            "expectations": self.n_expectations,
            "failed": len(self.failures),
            "failures": [
                {
                    "expectation": f.label,
                    "on_failure": f.on_failure,
                    "unexpected_count": f.unexpected_count,
                    "sample": f.sample,
                }
                for f in self.failures
            ],
        }


_CONTEXT_LOCK = threading.Lock()
_preloading: threading.Thread | None = None


def preload_in_background() -> None:
    """Start loading GX on a thread, for a run whose extraction happens in worker processes.

    Importing GX takes seconds of the validate step; while the workers extract, this process
    only waits for them, so the import can happen then instead.
    """
    global _preloading
    if _preloading is None:
        _preloading = threading.Thread(target=_context, name="gx-preload", daemon=True)
        _preloading.start()


def _context():
    """GX and its ephemeral context, loaded once (the lock makes a caller wait for a preload
    in progress instead of loading a second copy)."""
    with _CONTEXT_LOCK:
        return _load_context()


@cache
def _load_context():
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    import great_expectations as gx

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = {"globally": False}
    return gx, context


@cache
def _validation_definition(name: str):
    gx, context = _context()
    batch = (
        context.data_sources.add_pandas(f"{name}_frames")
        .add_dataframe_asset(name)
        .add_batch_definition_whole_dataframe("whole_frame")
    )
    suite = context.suites.add(gx.ExpectationSuite(**read_suite(name)))
    return context.validation_definitions.add(
        gx.ValidationDefinition(name=f"{name}_validation", data=batch, suite=suite)
    )


def run_suite(name: str, frame: pl.DataFrame) -> ValidationReport:
    """Run one suite on a frame, CHUNK_ROWS at a time; failures carry the rows that failed.

    An empty frame has no row to fail: GX (seconds to start) is not even loaded, so a run with
    nothing new stays quick.
    """
    if frame.height == 0:
        n_expectations = len(read_suite(name)["expectations"])
        return ValidationReport(suite=name, n_rows=0, n_expectations=n_expectations)
    definition = _validation_definition(name)
    n_expectations = len(definition.suite.expectations)
    report = ValidationReport(suite=name, n_rows=frame.height, n_expectations=n_expectations)
    frame = _with_uniqueness(frame, definition.suite.expectations)
    failures: dict[str, Failure] = {}
    for offset in range(0, frame.height, CHUNK_ROWS):
        part = frame.slice(offset, CHUNK_ROWS)
        result = definition.run(
            batch_parameters={"dataframe": part.to_pandas()},
            result_format={"result_format": "COMPLETE", "unexpected_index_column_names": []},
        )
        for outcome in result.results:
            if not outcome.success:
                _add_failure(failures, outcome, offset, frame)
    report.failures = list(failures.values())
    return report


def _with_uniqueness(frame: pl.DataFrame, expectations: list) -> pl.DataFrame:
    """`<column>_is_unique` for each such column a suite tests: unique over the whole frame."""
    columns = {
        e.column[: -len(UNIQUE_SUFFIX)]
        for e in expectations
        if (getattr(e, "column", None) or "").endswith(UNIQUE_SUFFIX)
    }
    return frame.with_columns(
        (pl.col(c).is_unique() | pl.col(c).is_null()).alias(c + UNIQUE_SUFFIX)
        for c in sorted(columns)
        if c in frame.columns
    )


def _add_failure(
    failures: dict[str, Failure],
    outcome: "ExpectationValidationResult",
    offset: int,
    frame: pl.DataFrame,
) -> None:
    config = outcome.expectation_config
    kwargs = config.kwargs
    column = kwargs.get("column") or (
        f"{kwargs['column_A']},{kwargs['column_B']}" if "column_A" in kwargs else None
    )
    rows = [offset + int(i) for i in (outcome.result.get("unexpected_index_list") or [])]
    count = int(outcome.result.get("unexpected_count") or len(rows) or 1)
    failure = Failure(
        expectation=config.type,
        column=column,
        on_failure=(config.meta or {}).get("on_failure", "fail"),
        unexpected_count=0,
        rows=[],
    )
    failure = failures.setdefault(failure.label, failure)
    failure.unexpected_count += count
    failure.rows += rows
    if len(failure.sample) < SAMPLE_ROWS:
        failure.sample = _sample(frame, failure.rows, column)


def _sample(frame: pl.DataFrame, rows: list[int], column: str | None) -> list[dict]:
    """A few failing rows: their id and the columns the expectation looked at, as text."""
    columns = [frame.columns[0]] + [
        c for c in (column or "").split(",") if c in frame.columns and c != frame.columns[0]
    ]
    picked = frame[rows[:SAMPLE_ROWS]].select(columns)
    return [{k: str(v) for k, v in row.items()} for row in picked.iter_rows(named=True)]


def documents_frame(documents: pl.DataFrame, today: dt.date | None = None) -> pl.DataFrame:
    """Documents plus the derived columns their suite tests."""
    today = today or dt.date.today()
    return documents.with_columns(
        published_date_not_in_future=pl.col("published_date").is_null()
        | (pl.col("published_date") <= today)
    )


def _with_text(frame: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    return frame.join(
        documents.select("doc_id", "published_date", document_text="text").with_columns(
            document_present=pl.lit(True)
        ),
        on="doc_id",
        how="left",
    ).with_columns(pl.col("document_present").fill_null(False))


def _at_offsets(column: str) -> pl.Expr:
    """The text between char_start and char_end equals `column` (offsets are 0-based)."""
    return (
        pl.col("document_text").str.slice(
            pl.col("char_start"), pl.col("char_end") - pl.col("char_start")
        )
        == pl.col(column)
    ).fill_null(False)


def events_frame(events: pl.DataFrame, documents: pl.DataFrame) -> pl.DataFrame:
    """Events plus their document's published date and the offset check."""
    return (
        _with_text(events, documents)
        .with_columns(sentence_at_offsets=_at_offsets("sentence"))
        .drop("document_text")
    )


def casualties_frame(
    casualties: pl.DataFrame, events: pl.DataFrame, documents: pl.DataFrame
) -> pl.DataFrame:
    """Casualties plus whether their event exists and their quote sits at their offsets."""
    return (
        _with_text(casualties, documents)
        .drop("document_present", "published_date")
        .join(
            events.select("event_id").with_columns(event_present=pl.lit(True)),
            on="event_id",
            how="left",
        )
        .with_columns(
            pl.col("event_present").fill_null(False), quote_at_offsets=_at_offsets("quote")
        )
        .drop("document_text")
    )


@dataclass
class Quarantine:
    """Frames that passed the input expectations, the rows that did not, and the reports."""

    documents: pl.DataFrame
    events: pl.DataFrame
    casualties: pl.DataFrame
    rejects: pl.DataFrame
    reports: dict[str, ValidationReport]


def _reject_rows(frame: pl.DataFrame, rows: dict[int, str], what: str) -> pl.DataFrame:
    picked = frame.with_row_index("_row").filter(pl.col("_row").is_in(list(rows)))
    labels = pl.DataFrame(
        {"_row": list(rows), "expectation": list(rows.values())},
        schema={"_row": pl.UInt32, "expectation": pl.String},
    )
    detail = pl.format("{} {} failed {}", pl.lit(what), pl.col(f"{what}_id"), "expectation")
    if what == "doc":
        detail = pl.format("document failed {}", "expectation")
    return picked.join(labels, on="_row").select(
        "doc_id",
        external_id=pl.col("external_id") if "external_id" in frame.columns else pl.lit(None),
        source_path=pl.col("source_path") if "source_path" in frame.columns else pl.lit(None),
        stage=pl.lit("validate"),
        reason=pl.lit("failed_expectation"),
        detail=detail,
    )


def _split(
    report: ValidationReport, frame: pl.DataFrame, what: str, rejects: list[pl.DataFrame]
) -> pl.DataFrame:
    """The rows of `frame` that passed the report's input expectations; the rest to rejects."""
    bad = report.rejected_rows()
    if not bad:
        return frame
    rejects.append(_reject_rows(frame, bad, what).cast(REJECT_SCHEMA))
    return frame.with_row_index("_row").filter(~pl.col("_row").is_in(list(bad))).drop("_row")


def quarantine(
    documents: pl.DataFrame,
    events: pl.DataFrame,
    casualties: pl.DataFrame,
    today: dt.date | None = None,
) -> Quarantine:
    """Run the suites table by table; rows failing an input expectation move to rejects.

    A rejected document takes its events and casualties with it; a rejected event takes its
    casualties. Defects (`fail` expectations) are left in the reports for the asset checks.
    """
    reports: dict[str, ValidationReport] = {}
    rejects: list[pl.DataFrame] = [pl.DataFrame(schema=REJECT_SCHEMA)]

    reports["documents"] = run_suite("documents", documents_frame(documents, today))
    documents = _split(reports["documents"], documents, "doc", rejects)
    events = events.join(documents.select("doc_id"), on="doc_id", how="semi")

    reports["events"] = run_suite("events", events_frame(events, documents))
    events = _split(reports["events"], events, "event", rejects)
    casualties = casualties.join(events.select("event_id"), on="event_id", how="semi")

    reports["casualties"] = run_suite("casualties", casualties_frame(casualties, events, documents))
    casualties = _split(reports["casualties"], casualties, "casualty", rejects)
    return Quarantine(documents, events, casualties, pl.concat(rejects), reports)
