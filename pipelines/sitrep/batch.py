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
from sitrep.tables import CASUALTY_SCHEMA, EVENT_SCHEMA, MENTION_SCHEMA, SENTENCE_SCHEMA

Progress = Callable[[int, int], None]


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
