"""Running the extraction library over a batch of documents held as polars frames.

The library works one document at a time on plain Python values; this module turns a frame of
documents into frames of sentences and mentions (normalise), and those into events and
casualties (extract), spreading large batches over worker processes.
"""

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

import polars as pl

from sitrep.extraction import Analysis, analyse_document, extract_events

Progress = Callable[[int, int], None]

SENTENCE_SCHEMA = {
    "doc_id": pl.String,
    "sent_idx": pl.Int32,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "text": pl.String,
}
MENTION_SCHEMA = {
    "doc_id": pl.String,
    "sent_idx": pl.Int32,
    "kind": pl.String,
    "text": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "low": pl.Int64,
    "best": pl.Int64,
    "high": pl.Int64,
    "qualifier": pl.String,
    "date_start": pl.Date,
    "date_end": pl.Date,
    "date_precision": pl.String,
    "actor": pl.String,
    "actor_type": pl.String,
    "country": pl.String,
    "admin1": pl.String,
    "location": pl.String,
}
EVENT_SCHEMA = {
    "event_id": pl.String,
    "doc_id": pl.String,
    "seq": pl.Int32,
    "is_background": pl.Boolean,
    "event_type": pl.String,
    "sub_event_type": pl.String,
    "date_start": pl.Date,
    "date_end": pl.Date,
    "date_precision": pl.String,
    "country": pl.String,
    "admin1": pl.String,
    "location": pl.String,
    "actor1": pl.String,
    "assoc_actor_1": pl.String,
    "actor2": pl.String,
    "assoc_actor_2": pl.String,
    "claimed_by": pl.String,
    "fatalities": pl.Int32,
    "sentence": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
}
CASUALTY_SCHEMA = {
    "casualty_id": pl.String,
    "event_id": pl.String,
    "doc_id": pl.String,
    "outcome": pl.String,
    "victim": pl.String,
    "victim_actor": pl.String,
    "count_low": pl.Int64,
    "count_best": pl.Int64,
    "count_high": pl.Int64,
    "qualifier": pl.String,
    "claimed_by": pl.String,
    "quote": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
}

CHUNK_SIZE = 2_000
PARALLEL_THRESHOLD = 4_000


def default_workers() -> int:
    return int(os.environ.get("SITREP_WORKERS", 0)) or (os.cpu_count() or 1)


def event_id(doc_id: str, seq: int) -> str:
    return f"{doc_id}-e{seq}"


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _run_chunks(
    work: Callable[[list], tuple[list[dict], list[dict]]],
    items: list,
    workers: int,
    progress: Progress | None,
) -> tuple[list[dict], list[dict]]:
    """Apply `work` to chunks of items, in worker processes when the batch is large."""
    firsts: list[dict] = []
    seconds: list[dict] = []
    done = 0
    chunks = list(_chunks(items, CHUNK_SIZE))
    if workers <= 1 or len(items) < PARALLEL_THRESHOLD:
        results: Iterable = map(work, chunks)
        pool = None
    else:
        pool = ProcessPoolExecutor(max_workers=workers)
        results = pool.map(work, chunks)
    try:
        for chunk, (first, second) in zip(chunks, results, strict=True):
            firsts.extend(first)
            seconds.extend(second)
            done += len(chunk)
            if progress is not None:
                progress(done, len(items))
    finally:
        if pool is not None:
            pool.shutdown()
    return firsts, seconds


def _normalise_chunk(items: list[tuple[str, str, dt.date | None]]) -> tuple[list, list]:
    sentences: list[dict] = []
    mentions: list[dict] = []
    for doc_id, text, published in items:
        analysis = analyse_document(text, published)
        sentences.extend({"doc_id": doc_id, **row} for row in analysis.sentences)
        mentions.extend({"doc_id": doc_id, **row} for row in analysis.mentions)
    return sentences, mentions


def normalise_documents(
    documents: pl.DataFrame, workers: int | None = None, progress: Progress | None = None
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Sentences and mentions (numbers, dates, actors, places) of every document."""
    items = list(documents.select("doc_id", "text", "published_date").iter_rows())
    sentences, mentions = _run_chunks(
        _normalise_chunk, items, workers or default_workers(), progress
    )
    return (
        pl.DataFrame(sentences, schema=SENTENCE_SCHEMA, orient="row"),
        pl.DataFrame(mentions, schema=MENTION_SCHEMA, orient="row"),
    )


def _extract_chunk(items: list[tuple]) -> tuple[list, list]:
    events: list[dict] = []
    casualties: list[dict] = []
    for doc_id, text, published, sentence_rows, mention_rows in items:
        analysis = Analysis.from_rows(sentence_rows, mention_rows)
        doc_events, doc_casualties = extract_events(text, published, analysis)
        for event in doc_events:
            events.append({"event_id": event_id(doc_id, event["seq"]), "doc_id": doc_id, **event})
        for n, casualty in enumerate(doc_casualties):
            row = dict(casualty)
            parent = event_id(doc_id, row.pop("event_seq"))
            casualties.append(
                {"casualty_id": f"{parent}-c{n}", "event_id": parent, "doc_id": doc_id, **row}
            )
    return events, casualties


def extract_facts(
    documents: pl.DataFrame,
    sentences: pl.DataFrame,
    mentions: pl.DataFrame,
    workers: int | None = None,
    progress: Progress | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Events and casualty figures of every document, from its normalised sentences/mentions."""
    sentence_rows = sentences.rows_by_key("doc_id", named=True) if sentences.height else {}
    mention_rows = mentions.rows_by_key("doc_id", named=True) if mentions.height else {}
    items = [
        (doc_id, text, published, sentence_rows.get(doc_id, []), mention_rows.get(doc_id, []))
        for doc_id, text, published in documents.select(
            "doc_id", "text", "published_date"
        ).iter_rows()
    ]
    events, casualties = _run_chunks(_extract_chunk, items, workers or default_workers(), progress)
    return (
        pl.DataFrame(events, schema=EVENT_SCHEMA, orient="row"),
        pl.DataFrame(casualties, schema=CASUALTY_SCHEMA, orient="row"),
    )
