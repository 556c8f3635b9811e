"""Deciding what is new: duplicates once, changed content replaces, future dates refused."""

import datetime as dt

import polars as pl
from sitrep.changes import select_changes
from sitrep.sources import make_document
from sitrep.tables import DOCUMENT_SCHEMA

TODAY = dt.date(2024, 8, 10)


def documents(*specs: tuple[str, str, dt.date | None]) -> pl.DataFrame:
    rows = [
        make_document(text=text, external_id=ext, source_path="feed", published_date=date)
        for ext, text, date in specs
    ]
    return pl.DataFrame(rows, schema=DOCUMENT_SCHEMA, orient="row")


def known(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.select("doc_id", "external_id")


def test_identical_content_under_two_names_is_loaded_once():
    batch = documents(("a", "Two killed.", None), ("b", "Two killed.", None))
    changes = select_changes(batch, known(batch.clear()), TODAY)
    assert changes.documents["external_id"].to_list() == ["a"]
    assert changes.rejects["reason"].to_list() == ["duplicate_content"]


def test_documents_already_stored_are_skipped():
    batch = documents(("a", "Two killed.", None))
    changes = select_changes(batch, known(batch), TODAY)
    assert changes.documents.is_empty()
    assert changes.rejects.is_empty()
    assert changes.unchanged == 1


def test_changed_content_under_a_known_id_is_processed_again():
    stored = documents(("a", "Two killed.", None))
    batch = documents(("a", "Three killed.", None))
    changes = select_changes(batch, known(stored), TODAY)
    assert changes.documents["text"].to_list() == ["Three killed."]


def test_published_date_in_the_future_is_rejected():
    batch = documents(("a", "Two killed.", dt.date(2030, 1, 1)), ("b", "One died.", TODAY))
    changes = select_changes(batch, known(batch.clear()), TODAY)
    assert changes.documents["external_id"].to_list() == ["b"]
    assert changes.rejects["reason"].to_list() == ["future_date"]


def test_the_last_version_of_an_id_in_one_batch_wins():
    batch = documents(("a", "Two killed.", None), ("a", "Four killed.", None))
    changes = select_changes(batch, known(batch.clear()), TODAY)
    assert changes.documents["text"].to_list() == ["Four killed."]
    assert changes.rejects["reason"].to_list() == ["superseded_in_batch"]
