"""Great Expectations suites over the frames we are about to load.

Suites are JSON files in `gx/expectations/`, one per table. Each expectation says in its
`meta.on_failure` what a failure means: `reject` (bad input: quarantine the failing rows and
load the rest) or `fail` (a defect in our own extraction: stop the load loudly).

GX 1.x has no polars support, so frames go through pandas into an ephemeral context. Checks
that span tables or rows (quote found at its offsets, casualty's event present, id unique in
the batch) are computed here as boolean columns the suite can test, so the suites can run a
part of the batch at a time: documents holding about PART_CHARS characters of text, with their
own events and casualties, read from the step's Parquet files. A million-document batch is
never in memory whole, nor in pandas all at once. In a run, the parts are checked in a
validator process that loads GX (seconds) while the batch is still being extracted.
"""

import atexit
import datetime as dt
import json
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl

from sitrep.chunks import Frame, rows_by_chunk
from sitrep.processes import exit_without_teardown
from sitrep.tables import REJECT_SCHEMA

if TYPE_CHECKING:  # GX is imported lazily: it takes seconds
    from great_expectations.core import ExpectationValidationResult

SAMPLE_ROWS = 5
CHUNK_ROWS = 200_000
# text checked at a time: about 100,000 short notes, or a few thousand news articles
PART_CHARS = 30_000_000
UNIQUE_SUFFIX = "_is_unique"
SUITES = ("documents", "events", "casualties")


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

    @classmethod
    def of_no_rows(cls, suite: str) -> "ValidationReport":
        """The report of a suite run on no rows (read from its file: GX is not loaded)."""
        return cls(suite=suite, n_rows=0, n_expectations=len(read_suite(suite)["expectations"]))

    def extend(self, other: "ValidationReport") -> None:
        """Add the report of the next part of the batch (its rows numbered after ours)."""
        for failure in other.failures:
            mine = next((f for f in self.failures if f.label == failure.label), None)
            if mine is None:
                mine = Failure(
                    failure.expectation, failure.column, failure.on_failure, 0, [], sample=[]
                )
                self.failures.append(mine)
            mine.unexpected_count += failure.unexpected_count
            mine.rows += [self.n_rows + row for row in failure.rows]
            mine.sample = (mine.sample + failure.sample)[:SAMPLE_ROWS]
        self.n_rows += other.n_rows

    def rejected_rows(self) -> dict[int, str]:
        """Row index → the first input expectation it failed."""
        rows: dict[int, str] = {}
        for failure in self.failures:
            if failure.on_failure == "reject":
                for row in failure.rows:
                    rows.setdefault(row, failure.label)
        return rows

    def of_kept_rows(self) -> "ValidationReport":
        """What the suite says of the rows it kept (those no input expectation rejected): its
        defects on them. The same as running it again on those rows, without the second run."""
        rejected = self.rejected_rows()
        kept = ValidationReport(self.suite, self.n_rows - len(rejected), self.n_expectations)
        for failure in self.defects:
            rows = [row for row in failure.rows if row not in rejected]
            if failure.rows and not rows:
                continue  # every row it failed was quarantined anyway
            # a sample's entries are the failure's first rows, in order
            sampled = zip(failure.rows, failure.sample, strict=False)
            sample = [s for row, s in sampled if row not in rejected]
            count = len(rows) if failure.rows else failure.unexpected_count
            kept.failures.append(
                Failure(
                    failure.expectation, failure.column, failure.on_failure, count, rows, sample
                )
            )
        return kept

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


_VALIDATOR: ProcessPoolExecutor | None = None


class ValidatorLost(RuntimeError):
    """The validator process died in the middle of a batch."""


def start_validator(workers: int) -> None:
    """Start a process that loads GX and validates the batch, for a run with new documents, as
    early as the run knows it has some.

    Importing GX takes seconds. In a process of its own it loads on the core the extraction
    leaves free (a small batch is extracted in this process alone) instead of after it. One
    validator, not one per core: two held two parts' pandas copies at once, and a million
    documents peaked at 3.6 GiB against 1.9 GiB. Nothing is started for one worker, or when
    this process has loaded GX already (a long-lived process, the tests).
    """
    global _VALIDATOR
    if workers <= 1 or _VALIDATOR is not None or _load_context.cache_info().currsize:
        return
    _VALIDATOR = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    _VALIDATOR.submit(_load_gx)  # the process starts now and loads GX before its first part


@atexit.register
def stop_validator() -> None:
    """Stop the validator process and give back its memory."""
    global _VALIDATOR
    if _VALIDATOR is not None:
        _VALIDATOR.shutdown(cancel_futures=True)
        _VALIDATOR = None


def _load_gx() -> None:
    """The validator's first task: load GX before the first part comes."""
    exit_without_teardown()
    _context()


def _context():
    """GX and its ephemeral context, loaded once per process."""
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


def run_suite(
    name: str, frame: pl.DataFrame, repeated: dict[str, pl.Series] | None = None
) -> ValidationReport:
    """Run one suite on a frame, CHUNK_ROWS at a time; failures carry the rows that failed.

    `repeated` gives the values repeated in the whole batch, for a frame that is only part of
    it (see `repeated_values`); without it, uniqueness is judged within the frame.

    An empty frame has no row to fail: GX (seconds to start) is not even loaded, so a run with
    nothing new stays quick.
    """
    if frame.height == 0:
        return ValidationReport.of_no_rows(name)
    definition = _validation_definition(name)
    n_expectations = len(definition.suite.expectations)
    report = ValidationReport(suite=name, n_rows=frame.height, n_expectations=n_expectations)
    frame = _with_uniqueness(frame, unique_columns(name), repeated)
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


def unique_columns(name: str) -> list[str]:
    """The columns whose values a suite wants unique (it tests `<column>_is_unique`)."""
    return sorted(
        {
            column[: -len(UNIQUE_SUFFIX)]
            for e in read_suite(name)["expectations"]
            if (column := e["kwargs"].get("column") or "").endswith(UNIQUE_SUFFIX)
        }
    )


def repeated_values(frame: Frame, columns: list[str]) -> dict[str, pl.Series]:
    """The values found more than once in each column of a whole batch (one column read)."""
    lazy = frame.lazy()
    present = lazy.collect_schema().names()
    return {
        c: lazy.select(c).filter(pl.col(c).is_duplicated()).unique().drop_nulls().collect()[c]
        for c in columns
        if c in present
    }


def _with_uniqueness(
    frame: pl.DataFrame, columns: list[str], repeated: dict[str, pl.Series] | None
) -> pl.DataFrame:
    """`<column>_is_unique` for each column a suite tests: unique over the whole batch."""

    def unique(c: str) -> pl.Expr:
        if repeated is None:
            return pl.col(c).is_unique()
        return ~pl.col(c).is_in(repeated[c].implode())

    return frame.with_columns(
        (unique(c) | pl.col(c).is_null()).alias(c + UNIQUE_SUFFIX)
        for c in columns
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


def _text_length() -> pl.Expr:
    return pl.col("text").str.len_chars().fill_null(0)


def _in_parts(documents: Frame, chars: int | None = None) -> bool:
    """Whether a batch holds more text than one part."""
    total = documents.lazy().select(_text_length().sum()).collect().item()
    return total > (chars or PART_CHARS)


def _part_of_documents(documents: Frame, chars: int) -> pl.DataFrame:
    """Each document's part (`doc_id`, `chunk`): runs of documents, in frame order, whose
    text starts within the same `chars` characters of the batch. A part holds at most `chars`
    characters and one document more; a document longer than that ends its part."""
    starts = _text_length().cum_sum() - _text_length()
    part = (starts // chars).rank("dense").cast(pl.Int64) - 1
    return documents.lazy().select("doc_id", chunk=part).collect()


def batch_parts(
    documents: Frame, *rows: Frame, chars: int | None = None
) -> Iterator[tuple[pl.DataFrame, ...]]:
    """The batch a part at a time (about `chars` characters of text), each part's documents
    with their own rows of `rows` (events, casualties), collected only when its turn comes.

    Rows whose document is not in the batch are still yielded, so the suites see them (and
    fail them): with the rest in a batch of one part, else last, in a part with no document.
    """
    chars = chars or PART_CHARS
    if not _in_parts(documents, chars):  # one part: no row needs matching to its document
        yield documents.lazy().collect(), *(frame.lazy().collect() for frame in rows)
        return
    part_of = _part_of_documents(documents, chars)
    n_parts = part_of["chunk"].max() + 1
    parts = rows_by_chunk(documents, part_of, n_parts) + [documents.lazy().clear()]
    slices = [rows_by_chunk(frame, part_of, n_parts, keep_orphans=True) for frame in rows]
    for k, part in enumerate(parts):
        part_rows = [frame_slices[k].lazy().collect() for frame_slices in slices]
        if k == n_parts and not any(frame.height for frame in part_rows):
            return  # no rows of a document outside the batch
        yield part.lazy().collect(), *part_rows


@dataclass
class Quarantine:
    """Frames that passed the input expectations, the rows that did not, and the reports."""

    documents: Frame
    events: Frame
    casualties: Frame
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


def _removed(before: pl.DataFrame, after: pl.DataFrame, key: str) -> pl.DataFrame:
    """The keys of the rows a split removed (none to look for when it kept every row)."""
    if after.height == before.height:
        return before.select(key).clear()
    return before.select(key).join(after.select(key), on=key, how="anti")


def _without_rows_of(frame: pl.DataFrame, removed: pl.DataFrame, key: str) -> pl.DataFrame:
    return frame.join(removed, on=key, how="anti") if removed.height else frame


def _quarantine_part(
    documents: pl.DataFrame,
    events: pl.DataFrame,
    casualties: pl.DataFrame,
    today: dt.date | None,
    repeated: dict[str, dict[str, pl.Series] | None],
) -> Quarantine:
    """Quarantine one part of the batch: a rejected document takes its events and casualties
    with it; a rejected event takes its casualties. Rows whose document or event was never in
    the batch stay, for their suite to fail as a defect."""
    reports: dict[str, ValidationReport] = {}
    rejects: list[pl.DataFrame] = [pl.DataFrame(schema=REJECT_SCHEMA)]

    frame = documents_frame(documents, today)
    reports["documents"] = run_suite("documents", frame, repeated["documents"])
    kept = _split(reports["documents"], documents, "doc", rejects)
    events = _without_rows_of(events, _removed(documents, kept, "doc_id"), "doc_id")
    documents = kept

    frame = events_frame(events, documents)
    reports["events"] = run_suite("events", frame, repeated["events"])
    kept = _split(reports["events"], events, "event", rejects)
    casualties = _without_rows_of(casualties, _removed(events, kept, "event_id"), "event_id")
    events = kept

    frame = casualties_frame(casualties, events, documents)
    reports["casualties"] = run_suite("casualties", frame, repeated["casualties"])
    casualties = _split(reports["casualties"], casualties, "casualty", rejects)
    return Quarantine(documents, events, casualties, pl.concat(rejects), reports)


def _quarantined_parts(
    parts: Iterable[tuple[pl.DataFrame, ...]],
    today: dt.date | None,
    repeated: dict[str, dict[str, pl.Series] | None],
) -> Iterator[tuple[int, Quarantine]]:
    """Each part's documents counted and quarantined, in order: in the validator process
    when it runs (while it checks one part, this process reads the next), else here."""
    if _VALIDATOR is None:
        for part in parts:
            yield part[0].height, _quarantine_part(*part, today, repeated)
        return
    pending: deque[tuple[int, Future]] = deque()
    try:
        for part in parts:
            pending.append(
                (part[0].height, _VALIDATOR.submit(_quarantine_part, *part, today, repeated))
            )
            if len(pending) > 1:
                n, future = pending.popleft()
                yield n, future.result()
        while pending:
            n, future = pending.popleft()
            yield n, future.result()
    except BrokenProcessPool as exc:
        stop_validator()
        raise ValidatorLost(
            "the validator process stopped abruptly (most often the system killed it for lack "
            "of memory). The warehouse is unchanged: run again, or set SITREP_WORKERS=1 to "
            "work in one process."
        ) from exc


def quarantine(
    documents: Frame,
    events: Frame,
    casualties: Frame,
    today: dt.date | None = None,
    parts_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Quarantine:
    """Run the suites table by table; rows failing an input expectation move to rejects.

    A rejected document takes its events and casualties with it; a rejected event takes its
    casualties. Defects (`fail` expectations) are left in the reports for the asset checks.

    A batch of more than PART_CHARS characters of text is validated a part at a time
    (`batch_parts`); with `parts_dir`, each part's passing rows are written there as Parquet
    and the frames returned are lazy scans of them.
    """
    tables = {"documents": documents, "events": events, "casualties": casualties}
    total = documents.lazy().select(pl.len()).collect().item()
    in_parts = _in_parts(documents)
    repeated = {
        name: repeated_values(tables[name], unique_columns(name)) if in_parts else None
        for name in SUITES
    }
    reports = {name: ValidationReport.of_no_rows(name) for name in SUITES}
    passed: dict[str, list] = {name: [] for name in SUITES}
    rejects: list[pl.DataFrame] = []
    done = 0
    quarantined = _quarantined_parts(batch_parts(documents, events, casualties), today, repeated)
    for k, (n_documents, result) in enumerate(quarantined):
        rejects.append(result.rejects)
        for name in SUITES:
            reports[name].extend(result.reports[name])
            frame = getattr(result, name)
            if in_parts and parts_dir is not None:
                path = parts_dir / name / f"part-{k:06d}.parquet"
                path.parent.mkdir(parents=True, exist_ok=True)
                frame.write_parquet(path)
                frame = path
            passed[name].append(frame)
        done += n_documents
        if progress is not None:
            progress(done, total)
    kept = {
        name: pl.scan_parquet(frames) if in_parts and parts_dir is not None else pl.concat(frames)
        for name, frames in passed.items()
    }
    return Quarantine(**kept, rejects=pl.concat(rejects), reports=reports)
