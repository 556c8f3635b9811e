"""The batch runner: chunks in order or not, in one process or several, give the same facts."""

import os
from itertools import pairwise

import polars as pl
import pytest
from sitrep import batch
from sitrep.sources import make_document
from sitrep.tables import DOCUMENT_SCHEMA

TEXTS = [
    "Gunmen killed 4 villagers in Gao, Mali, on Monday.",
    "Police arrested 12 protesters in Nairobi, Kenya.",
    "A roadside bomb wounded 3 soldiers near Kidal.",
    "Hundreds marched peacefully in Accra.",
    "No figures here.",
]


def documents(texts: list[str] = TEXTS) -> pl.DataFrame:
    rows = [
        make_document(text=t, external_id=str(i), source_path="t", published_date=None)
        for i, t in enumerate(texts)
    ]
    return pl.DataFrame(rows, schema=DOCUMENT_SCHEMA)


def facts(monkeypatch, chunk_size: int, shuffle: bool = False, workers: int = 1):
    monkeypatch.setattr(batch, "CHUNK_SIZE", chunk_size)
    monkeypatch.setattr(batch, "PARALLEL_MIN_CHARS", 1)
    docs = documents()
    sentences, mentions = batch.normalise_documents(docs, workers=workers)
    if shuffle:
        sentences = sentences.sample(fraction=1.0, shuffle=True, seed=1)
        mentions = mentions.sample(fraction=1.0, shuffle=True, seed=1)
    events, casualties = batch.extract_facts(docs, sentences, mentions, workers=workers)
    return events.sort("event_id"), casualties.sort("casualty_id")


def test_chunking_and_row_order_do_not_change_the_facts(monkeypatch):
    whole = facts(monkeypatch, chunk_size=100)
    for chunk_size, shuffle in ((2, False), (1, True), (3, True)):
        events, casualties = facts(monkeypatch, chunk_size, shuffle)
        assert events.equals(whole[0]), (chunk_size, shuffle)
        assert casualties.equals(whole[1]), (chunk_size, shuffle)
    assert whole[1].height >= 2


def test_worker_processes_give_the_same_facts_as_one_process(monkeypatch):
    single = facts(monkeypatch, chunk_size=2)
    pooled = facts(monkeypatch, chunk_size=2, workers=2)
    assert pooled[0].equals(single[0]) and pooled[1].equals(single[1])


def test_parquet_parts_give_the_same_facts_as_frames_in_memory(monkeypatch, tmp_path):
    monkeypatch.setattr(batch, "CHUNK_SIZE", 2)
    docs = documents()
    in_memory = batch.normalise_documents(docs, workers=1)
    lazy = batch.normalise_documents(docs, workers=1, parts_dir=tmp_path)
    assert all(isinstance(frame, pl.LazyFrame) for frame in lazy)
    assert len(list((tmp_path / "sentences").glob("part-*.parquet"))) == 3  # 5 docs, chunks of 2
    for memory, parts in zip(in_memory, lazy, strict=True):
        assert parts.collect().equals(memory)

    expected = batch.extract_facts(docs, *in_memory, workers=1)
    # sentences and mentions read back as scans, sliced per chunk by the workers
    streamed = batch.extract_facts(docs, *lazy, workers=1, parts_dir=tmp_path / "facts")
    for memory, parts in zip(expected, streamed, strict=True):
        assert isinstance(parts, pl.LazyFrame)
        assert parts.collect().equals(memory)
    assert expected[1].height >= 2


def test_documents_given_as_a_scan_are_read_by_the_workers_with_the_same_facts(
    monkeypatch, tmp_path
):
    monkeypatch.setattr(batch, "CHUNK_SIZE", 2)
    monkeypatch.setattr(batch, "PARALLEL_MIN_CHARS", 1)
    docs = documents()
    expected = batch.extract_facts(docs, *batch.normalise_documents(docs, workers=1), workers=1)
    docs.write_parquet(tmp_path / "documents.parquet")
    scan = pl.scan_parquet(tmp_path / "documents.parquet")
    normalised = batch.normalise_documents(scan, workers=2, parts_dir=tmp_path / "normalised")
    streamed = batch.extract_facts(scan, *normalised, workers=2, parts_dir=tmp_path / "facts")
    for memory, parts, key in zip(expected, streamed, ("event_id", "casualty_id"), strict=True):
        assert parts.collect().sort(key).equals(memory.sort(key))
    assert expected[1].height >= 2

    pl.concat([docs, docs.head(1)]).write_parquet(tmp_path / "twice.parquet")
    with pytest.raises(ValueError, match=docs["doc_id"][0]):
        batch.normalise_documents(pl.scan_parquet(tmp_path / "twice.parquet"), workers=2)


def test_an_empty_batch_written_to_parts_gives_empty_frames(tmp_path):
    empty = documents().clear()
    sentences, mentions = batch.normalise_documents(empty, workers=1, parts_dir=tmp_path)
    events, casualties = batch.extract_facts(
        empty, sentences, mentions, workers=1, parts_dir=tmp_path
    )
    assert [f.lazy().collect().height for f in (sentences, mentions, events, casualties)] == [0] * 4
    assert events.lazy().collect_schema().names()[0] == "event_id"


def test_parallel_batches_give_every_worker_several_chunks():
    assert batch.chunk_size(1_000_000, 2) == batch.CHUNK_SIZE
    assert batch.chunk_size(10_000, 2) == 1_250  # 8 chunks: both workers busy to the end
    assert batch.chunk_size(10_000, 1) == batch.CHUNK_SIZE  # one process: no need to split


def test_the_last_chunks_of_a_parallel_batch_are_smaller_so_the_workers_finish_together():
    starts = batch.chunk_starts(100_000, 2)
    sizes = [end - start for start, end in pairwise([*starts, 100_000])]
    assert sizes[0] == batch.CHUNK_SIZE and sum(sizes) == 100_000
    assert sizes[-4:] == [1_000, 1_000, 500, 500]
    assert batch.chunk_starts(10_000, 1) == list(range(0, 10_000, batch.CHUNK_SIZE))
    assert batch.chunk_starts(0, 2) == []


def test_a_batch_goes_to_workers_by_the_length_of_its_text_not_its_number_of_documents(
    monkeypatch,
):
    monkeypatch.setattr(batch, "PARALLEL_MIN_CHARS", 1_000)
    many_notes = documents([f"{text} Note {n}." for n in range(4) for text in TEXTS])
    two_articles = documents([" ".join(TEXTS * 6), " ".join(TEXTS * 6) + " Later."])
    assert many_notes.height > two_articles.height
    assert batch.workers_for(many_notes, 2) == 1  # under 1,000 characters in all
    assert batch.workers_for(two_articles, 2) == 2
    assert batch.workers_for(two_articles, 1) == 1
    assert batch.workers_for(documents([]), 2) == 1


def test_a_document_listed_twice_is_refused_with_its_id():
    docs = documents()
    twice = pl.concat([docs, docs.head(1)])
    with pytest.raises(ValueError, match=docs["doc_id"][0]):
        batch.normalise_documents(twice, workers=1)
    sentences, mentions = batch.normalise_documents(docs, workers=1)
    with pytest.raises(ValueError, match="more than once"):
        batch.extract_facts(twice, sentences, mentions, workers=1)


def _exit_abruptly(chunk: tuple) -> tuple:
    os._exit(1)  # as when the system kills a worker for lack of memory


def test_a_worker_that_dies_is_a_clear_error_and_the_next_batch_gets_new_workers(monkeypatch):
    monkeypatch.setattr(batch, "PARALLEL_MIN_CHARS", 1)
    monkeypatch.setattr(batch, "_normalise_chunk", _exit_abruptly)
    with pytest.raises(batch.WorkerLost, match="SITREP_WORKERS=1"):
        batch.normalise_documents(documents(), workers=2)
    monkeypatch.undo()
    single = facts(monkeypatch, chunk_size=2)
    pooled = facts(monkeypatch, chunk_size=2, workers=2)
    assert pooled[0].equals(single[0]) and pooled[1].equals(single[1])
