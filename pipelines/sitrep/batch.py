"""Running the extraction library over a batch of documents held as polars frames.

The library works one document at a time on plain Python values; this module turns a frame of
documents into frames of sentences and mentions (normalise), and those into events and
casualties (extract), spreading large batches over worker processes. Given a folder, the
workers write their results there as Parquet parts and the caller gets lazy scans, so a batch
of a million documents is never held whole in one process.
"""

import atexit
import gc
import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial, wraps
from itertools import accumulate, pairwise
from pathlib import Path

import polars as pl

from sitrep.chunks import Frame, chunk_of_documents, rows_by_chunk
from sitrep.environment import WORKERS, whole_number
from sitrep.extraction import (
    MENTION_KEYS,
    SENTENCE_KEYS,
    Analysis,
    analyse_document,
    extract_document,
    extract_events,
)
from sitrep.processes import exit_without_teardown
from sitrep.tables import CASUALTY_SCHEMA, EVENT_SCHEMA, MENTION_SCHEMA, SENTENCE_SCHEMA

Progress = Callable[[int, int], None]


CHUNK_SIZE = 2_000
# Worker processes cost seconds to start (each loads the dictionaries); from about this much
# text they finish sooner than one process (measured: README, Performance). Counted in
# characters, not documents: a news article runs ten to twenty times longer than a short note.
PARALLEL_MIN_CHARS = 500_000
WARM_UP_TEXT = "On 3 May 2024, gunmen killed 3 soldiers in Gao, Mali, the army said."


def default_workers() -> int:
    return whole_number(WORKERS, 0) or (os.cpu_count() or 1)


def event_id(doc_id: str, seq: int) -> str:
    return f"{doc_id}-e{seq}"


def workers_for(documents: Frame, workers: int | None = None) -> int:
    """How many processes a batch is spread over: one (this process) for a small batch."""
    workers = workers or default_workers()
    if workers <= 1:
        return 1
    chars = documents.lazy().select(pl.col("text").str.len_chars().sum()).collect().item()
    return workers_for_chars(chars, workers)


def workers_for_chars(chars: int, workers: int | None = None) -> int:
    """How many processes a batch of ``chars`` characters of text is spread over."""
    workers = workers or default_workers()
    return workers if workers > 1 and chars >= PARALLEL_MIN_CHARS else 1


_POOLS: dict[int, ProcessPoolExecutor] = {}


class WorkerLost(RuntimeError):
    """A worker process died in the middle of a batch."""


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """One pool per process, shared by the normalise and extract stages.

    Workers are spawned, not forked (forking while polars' thread pool runs can deadlock), and
    load the dictionaries once when they start; reusing the pool pays that only once per run.
    """
    if workers not in _POOLS:
        _POOLS[workers] = ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("spawn"), initializer=_warm_up
        )
    return _POOLS[workers]


def start_workers(workers: int) -> None:
    """Spawn a batch's worker processes now, so that they load the dictionaries while this
    process does other work (a process is spawned at each task submitted, up to ``workers``)."""
    pool = worker_pool(workers)
    for _ in range(workers):
        pool.submit(int)


@atexit.register
def release_workers() -> None:
    """Stop the worker processes and give back their memory (the next batch starts new ones)."""
    while _POOLS:
        _POOLS.popitem()[1].shutdown()


def _run_chunks(
    work: Callable[[tuple], tuple[pl.DataFrame, pl.DataFrame]],
    chunks: list[tuple],
    sizes: list[int],
    workers: int,
    progress: Progress | None,
    parts: tuple[Path, Path] | None = None,
) -> tuple[list[Frame], list[Frame]]:
    """Apply `work` to each chunk, in worker processes when the batch is large.

    Chunks go out and come back as polars frames, so no more than one chunk per worker is
    ever held as Python objects. With `parts` (two folders), each worker writes its two
    frames there as Parquet and only the file names come back: the batch is never whole in
    memory, and the caller gets lazy scans over the parts.
    """
    total = sum(sizes)
    task: Callable = work if parts is None else partial(_write_parts, work, parts)
    jobs = chunks if parts is None else list(enumerate(chunks))
    if workers > 1:
        results: Iterable = worker_pool(workers).map(task, jobs)
    else:
        results = map(task, jobs)
    firsts: list[Frame] = []
    seconds: list[Frame] = []
    done = 0
    try:
        for size, (first, second) in zip(sizes, results, strict=True):
            firsts.append(first)
            seconds.append(second)
            done += size
            if progress is not None:
                progress(done, total)
    except BrokenProcessPool as exc:
        # a broken pool refuses all later work: the next batch of this process starts anew
        _POOLS.pop(workers).shutdown(wait=False, cancel_futures=True)
        raise WorkerLost(
            f"a worker process stopped abruptly after {done:,} of {total:,} documents (most "
            "often the system killed it for lack of memory). The warehouse is unchanged: run "
            "again, or set SITREP_WORKERS=1 to work in one process."
        ) from exc
    if parts is not None and firsts:  # an empty batch has no parts to scan
        firsts, seconds = [pl.scan_parquet(firsts)], [pl.scan_parquet(seconds)]
    return firsts, seconds


def _write_parts(
    work: Callable[[tuple], tuple[pl.DataFrame, pl.DataFrame]],
    parts: tuple[Path, Path],
    job: tuple[int, tuple],
) -> tuple[Path, Path]:
    index, chunk = job
    paths = []
    for folder, frame in zip(parts, work(chunk), strict=True):
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"part-{index:06d}.parquet"
        frame.write_parquet(path)
        paths.append(path)
    return paths[0], paths[1]


def _warm_up() -> None:
    """Load the dictionaries when a worker starts, not inside its first chunk."""
    exit_without_teardown()
    extract_document(WARM_UP_TEXT, None)


def _concat(frames: list[Frame], schema: dict) -> Frame:
    if not frames:
        return pl.DataFrame(schema=schema)
    return frames[0] if len(frames) == 1 else pl.concat(frames, rechunk=True)


def _part_folders(parts_dir: Path | None, first: str, second: str) -> tuple[Path, Path] | None:
    return None if parts_dir is None else (parts_dir / first, parts_dir / second)


def chunk_size(n_documents: int, workers: int) -> int:
    """At most CHUNK_SIZE documents, and at least four chunks per worker for a parallel batch.

    Smaller chunks near the end of a batch keep every core busy until it is done.
    """
    if workers <= 1:
        return CHUNK_SIZE
    return max(1, min(CHUNK_SIZE, -(-n_documents // (4 * workers))))


def chunk_starts(n_documents: int, workers: int) -> list[int]:
    """Where each chunk of a batch starts: chunks of chunk_size(), and in a parallel batch the
    last ones smaller (a half, then a quarter of it, one of each per worker).

    The workers then finish each stage within a small chunk of each other: with whole chunks
    to the end, one waited up to a chunk's time (a second at 2,000 notes) for the other.
    """
    size = chunk_size(n_documents, workers)
    taper = [max(1, size // 2)] * workers + [max(1, size // 4)] * workers
    body = n_documents - sum(taper)
    if workers <= 1 or body < size:
        return list(range(0, n_documents, size))
    sizes = [size] * (body // size) + ([body % size] if body % size else []) + taper
    return [0, *accumulate(sizes[:-1])]


def _require_unique_ids(documents: Frame) -> None:
    """Rows are matched to their document by doc_id: a repeated id would mix two documents."""
    ids = documents.lazy().select("doc_id")
    repeated = ids.filter(pl.col("doc_id").is_duplicated()).unique(maintain_order=True)
    repeated = repeated.collect()["doc_id"]
    if repeated.len():
        shown = ", ".join(repeated.head(3).to_list())
        raise ValueError(
            f"{repeated.len()} doc_id(s) appear more than once in the batch (e.g. {shown}); "
            "drop repeated documents first (the pipeline loads identical texts once)"
        )


def _document_chunks(documents: Frame, n: int, starts: list[int]) -> tuple[list[Frame], list[int]]:
    """Slices of the `n` documents from each of `starts` to the next, and how many each holds.

    A slice of a lazy scan is read by the worker that gets it: the documents' texts are never
    all in this process.
    """
    sizes = [end - start for start, end in pairwise([*starts, n])]
    return [documents.slice(s, size) for s, size in zip(starts, sizes, strict=True)], sizes


def _height(documents: Frame) -> int:
    return documents.lazy().select(pl.len()).collect().item()


def _without_cycle_collection(work: Callable[[tuple], tuple]) -> Callable[[tuple], tuple]:
    """Run a chunk's work with Python's cyclic garbage collector paused.

    Extraction makes and drops millions of small dicts, lists and tuples: reference counting
    frees them at once and they form no cycles, so the collector's passes (one every few
    hundred new objects, and now and then one over every object, the loaded dictionaries
    included) find nothing, yet cost 3-4% of the run. It resumes when the chunk is done.
    """

    @wraps(work)
    def paused(chunk: tuple) -> tuple:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return work(chunk)
        finally:
            if enabled:
                gc.enable()

    return paused


@_without_cycle_collection
def _normalise_chunk(chunk: tuple[Frame]) -> tuple[pl.DataFrame, pl.DataFrame]:
    documents = chunk[0].lazy().collect()
    sentences: list[dict] = []
    mentions: list[dict] = []
    sentence_docs: list[str] = []  # the doc_id of each sentence row
    mention_docs: list[str] = []
    for doc_id, text, published in documents.select("doc_id", "text", "published_date").iter_rows():
        analysis = analyse_document(text, published)
        sentences += analysis.sentences
        mentions += analysis.mentions
        sentence_docs += [doc_id] * len(analysis.sentences)
        mention_docs += [doc_id] * len(analysis.mentions)
    return (
        _frame_of_rows(sentences, sentence_docs, SENTENCE_SCHEMA),
        _frame_of_rows(mentions, mention_docs, MENTION_SCHEMA),
    )


def _frame_of_rows(rows: list[dict], doc_ids: list[str], schema: dict) -> pl.DataFrame:
    """The rows of an Analysis, with the doc_id of each added as a column (not copied into
    every row)."""
    columns = {name: dtype for name, dtype in schema.items() if name != "doc_id"}
    return (
        pl.DataFrame(rows, schema=columns, orient="row")
        .with_columns(pl.Series("doc_id", doc_ids, dtype=schema["doc_id"]))
        .select(list(schema))
    )


def normalise_documents(
    documents: Frame,
    workers: int | None = None,
    progress: Progress | None = None,
    parts_dir: Path | None = None,
) -> tuple[Frame, Frame]:
    """Sentences and mentions (numbers, dates, actors, places) of every document.

    With `parts_dir`, they are written there chunk by chunk and returned as lazy scans.
    """
    _require_unique_ids(documents)
    workers = workers_for(documents, workers)
    n = _height(documents)
    chunks, sizes = _document_chunks(documents, n, chunk_starts(n, workers))
    sentences, mentions = _run_chunks(
        _normalise_chunk,
        [(chunk,) for chunk in chunks],
        sizes,
        workers,
        progress,
        _part_folders(parts_dir, "sentences", "mentions"),
    )
    return _concat(sentences, SENTENCE_SCHEMA), _concat(mentions, MENTION_SCHEMA)


@_without_cycle_collection
def _extract_chunk(chunk: tuple[Frame, Frame, Frame]) -> tuple[pl.DataFrame, pl.DataFrame]:
    documents, sentences, mentions = (part.lazy().collect() for part in chunk)
    sentence_rows = _rows_by_document(sentences, SENTENCE_KEYS)
    mention_rows = _rows_by_document(mentions, MENTION_KEYS)
    events: list[dict] = []
    casualties: list[dict] = []
    for doc_id, text, published in documents.select("doc_id", "text", "published_date").iter_rows():
        analysis = Analysis.in_order(sentence_rows.get(doc_id, []), mention_rows.get(doc_id, []))
        doc_events, doc_casualties = extract_events(text, published, analysis)
        for event in doc_events:
            events.append({"event_id": event_id(doc_id, event["seq"]), "doc_id": doc_id, **event})
        for n, casualty in enumerate(doc_casualties):
            row = dict(casualty)
            parent = event_id(doc_id, row.pop("event_seq"))
            casualties.append(
                {"casualty_id": f"{parent}-c{n}", "event_id": parent, "doc_id": doc_id, **row}
            )
    return (
        pl.DataFrame(events, schema=EVENT_SCHEMA, orient="row"),
        pl.DataFrame(casualties, schema=CASUALTY_SCHEMA, orient="row"),
    )


def _rows_by_document(frame: pl.DataFrame, keys: tuple[str, ...]) -> dict[str, list[dict]]:
    """doc_id -> its rows, as dicts of ``keys`` only, in frame order.

    Read column by column: one dict per row, which Analysis.in_order keeps as it is.
    """
    rows: dict[str, list[dict]] = {}
    values = zip(*(frame.get_column(key).to_list() for key in keys), strict=True)
    for doc_id, row in zip(frame.get_column("doc_id").to_list(), values, strict=True):
        rows.setdefault(doc_id, []).append(dict(zip(keys, row, strict=True)))
    return rows


def extract_facts(
    documents: Frame,
    sentences: Frame,
    mentions: Frame,
    workers: int | None = None,
    progress: Progress | None = None,
    parts_dir: Path | None = None,
) -> tuple[Frame, Frame]:
    """Events and casualty figures of every document, from its normalised sentences/mentions.

    Sentences and mentions may be lazy scans: each worker then reads only its chunk's rows.
    With `parts_dir`, events and casualties are written there and returned as lazy scans.
    """
    _require_unique_ids(documents)
    workers = workers_for(documents, workers)
    n = _height(documents)
    starts = chunk_starts(n, workers)
    chunks, sizes = _document_chunks(documents, n, starts)
    chunk_of = chunk_of_documents(documents, starts)
    work = list(
        zip(
            chunks,
            rows_by_chunk(sentences, chunk_of, len(chunks)),
            rows_by_chunk(mentions, chunk_of, len(chunks)),
            strict=True,
        )
    )
    events, casualties = _run_chunks(
        _extract_chunk,
        work,
        sizes,
        workers,
        progress,
        _part_folders(parts_dir, "events", "casualties"),
    )
    return _concat(events, EVENT_SCHEMA), _concat(casualties, CASUALTY_SCHEMA)
