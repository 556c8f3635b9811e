"""Which documents of a batch are new, changed, duplicated or unusable.

Only new or changed documents go on to extraction, so a daily run costs what the new articles
cost, and a document that comes back with changed content replaces its old version.
"""

import datetime as dt
from dataclasses import dataclass

import polars as pl

from sitrep.tables import REJECT_SCHEMA


@dataclass
class BatchChanges:
    """The documents to process, and the rows to quarantine, for one batch."""

    documents: pl.DataFrame
    rejects: pl.DataFrame
    unchanged: int


def _rejects(frame: pl.DataFrame, reason: str, detail: pl.Expr) -> pl.DataFrame:
    return frame.select(
        pl.col("doc_id"),
        pl.col("external_id"),
        pl.col("source_path"),
        pl.lit("ingest").alias("stage"),
        pl.lit(reason).alias("reason"),
        detail.alias("detail"),
    ).cast(REJECT_SCHEMA)


def select_changes(
    documents: pl.DataFrame, known: pl.DataFrame, today: dt.date | None = None
) -> BatchChanges:
    """Split a batch against the warehouse's (doc_id, external_id) pairs.

    - content already stored under the same id is unchanged and skipped silently;
    - content already stored (or earlier in the batch) under another id is a duplicate;
    - an id that appears twice in the batch keeps its last version;
    - a published date after today is refused (a wrong date would misplace every event).
    """
    today = today or dt.date.today()
    documents = documents.with_row_index("_order")
    future = documents.filter(pl.col("published_date") > today)
    documents = documents.filter(
        pl.col("published_date").is_null() | (pl.col("published_date") <= today)
    )

    superseded = documents.filter(pl.col("_order") != pl.col("_order").max().over("external_id"))
    documents = documents.filter(pl.col("_order") == pl.col("_order").max().over("external_id"))

    first_of_content = pl.col("_order") == pl.col("_order").min().over("doc_id")
    in_batch_dupes = documents.filter(~first_of_content).join(
        documents.filter(first_of_content).select("doc_id", kept_as=pl.col("external_id")),
        on="doc_id",
    )
    documents = documents.filter(first_of_content)

    stored = documents.join(known.select("doc_id", stored_as="external_id"), on="doc_id")
    unchanged = stored.filter(pl.col("stored_as") == pl.col("external_id"))
    stored_dupes = stored.filter(pl.col("stored_as") != pl.col("external_id"))
    documents = documents.join(known.select("doc_id"), on="doc_id", how="anti")

    rejects = pl.concat(
        [
            _rejects(
                future,
                "future_date",
                pl.format("published_date {} is after {}", "published_date", pl.lit(str(today))),
            ),
            _rejects(
                superseded,
                "superseded_in_batch",
                pl.lit("a later record in this batch has the same id"),
            ),
            _rejects(in_batch_dupes, "duplicate_content", pl.format("same text as {}", "kept_as")),
            _rejects(
                stored_dupes,
                "duplicate_content",
                pl.format("same text already stored as {}", "stored_as"),
            ),
        ]
    )
    return BatchChanges(
        documents=documents.drop("_order"), rejects=rejects, unchanged=unchanged.height
    )
