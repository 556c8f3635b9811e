"""GX suites: input problems are quarantined row by row, extraction defects fail the check."""

import os

import dagster as dg
import polars as pl
import pytest
from sitrep import validation
from sitrep.checks import check_result
from sitrep.sources import make_document
from sitrep.tables import CASUALTY_SCHEMA, DOCUMENT_SCHEMA, EVENT_SCHEMA

TEXT = "Gunmen killed 4 villagers in Gao, Mali. Separately, soldiers killed 3 militants in Kidal."


def frames(text: str = TEXT):
    from sitrep import batch

    document = make_document(text=text, external_id="a", source_path="t", published_date=None)
    documents = pl.DataFrame([document], schema=DOCUMENT_SCHEMA)
    sentences, mentions = batch.normalise_documents(documents, workers=1)
    events, casualties = batch.extract_facts(documents, sentences, mentions, workers=1)
    return documents, events, casualties


def test_clean_extraction_passes_every_suite():
    documents, events, casualties = frames()
    assert casualties.height >= 2
    result = validation.quarantine(documents, events, casualties)
    assert result.rejects.is_empty()
    assert all(report.success for report in result.reports.values())
    assert result.reports["casualties"].n_expectations >= 10


def test_implausible_count_is_quarantined_and_the_rest_of_the_batch_stays():
    documents, events, casualties = frames()
    bad = casualties.with_columns(
        count_best=pl.when(pl.int_range(pl.len()) == 0)
        .then(pl.lit(5_000_000, pl.Int64))
        .otherwise(pl.col("count_best")),
        count_high=pl.lit(None, pl.Int64),
    )
    result = validation.quarantine(documents, events, bad)
    assert result.casualties.height == casualties.height - 1
    (reject,) = result.rejects.iter_rows(named=True)
    assert reject["stage"] == "validate"
    assert "count_best" in reject["detail"]
    assert result.events.height == events.height


def test_a_wars_running_total_of_hundreds_of_thousands_is_kept():
    documents, events, casualties = frames()
    total = casualties.with_columns(
        count_low=pl.when(pl.int_range(pl.len()) == 0)
        .then(pl.lit(500_000, pl.Int64))
        .otherwise(pl.col("count_low")),
        count_best=pl.when(pl.int_range(pl.len()) == 0)
        .then(pl.lit(500_000, pl.Int64))
        .otherwise(pl.col("count_best")),
        count_high=pl.lit(None, pl.Int64),
    )
    result = validation.quarantine(documents, events, total)
    assert result.rejects.is_empty()
    assert result.casualties.height == casualties.height


def test_event_dated_after_its_publication_is_quarantined():
    documents, events, casualties = frames()
    documents = documents.with_columns(published_date=pl.date(2020, 1, 1))
    events = events.with_columns(date_start=pl.date(2021, 1, 1), date_end=pl.date(2021, 1, 1))
    result = validation.quarantine(documents, events, casualties)
    assert result.events.is_empty() and result.casualties.is_empty()
    assert set(result.rejects["reason"]) == {"failed_expectation"}


def test_quote_off_its_offsets_is_a_defect_that_fails_the_blocking_check():
    documents, events, casualties = frames()
    broken = casualties.with_columns(char_start=pl.col("char_start") + 1)
    result = validation.quarantine(documents, events, broken)
    assert result.rejects.is_empty(), "a defect of ours must not be quietly quarantined"
    assert [f.column for f in result.reports["casualties"].defects] == ["quote_at_offsets"]
    check = check_result(result.reports["casualties"].of_kept_rows())
    assert isinstance(check, dg.AssetCheckResult)
    assert check.check_name == "casualties_suite"
    assert check.asset_key == dg.AssetKey("valid_casualties")
    assert not check.passed
    assert check.metadata["expectations_failed"].value == 1


def test_unknown_event_type_fails_the_events_check():
    documents, events, casualties = frames()
    skirmish = events.with_columns(event_type=pl.lit("Skirmish"))
    result = validation.quarantine(documents, skirmish, casualties)
    check = check_result(result.reports["events"].of_kept_rows())
    assert not check.passed
    assert check.check_name == "events_suite"
    assert check_result(result.reports["casualties"].of_kept_rows()).passed


def test_a_defect_on_a_quarantined_row_does_not_fail_the_check():
    documents, events, casualties = frames()
    # the first casualty's count is implausible (quarantined) and off its quote (a defect)
    first = casualties["casualty_id"][0]
    marked = pl.col("casualty_id") == first
    broken = casualties.with_columns(
        count_best=pl.when(marked).then(pl.lit(5_000_000, pl.Int64)).otherwise("count_best"),
        count_high=pl.lit(None, pl.Int64),
        char_start=pl.when(marked).then(pl.col("char_start") + 1).otherwise("char_start"),
    )
    result = validation.quarantine(documents, events, broken)
    assert result.rejects["detail"].str.contains(first).to_list() == [True]
    kept = result.reports["casualties"].of_kept_rows()
    assert kept.success and kept.n_rows == casualties.height - 1
    # the same defect on a row that is kept fails it
    second = casualties["casualty_id"][1]
    broken = broken.with_columns(
        char_start=pl.when(pl.col("casualty_id") == second)
        .then(pl.col("char_start") + 1)
        .otherwise("char_start")
    )
    kept = validation.quarantine(documents, events, broken).reports["casualties"].of_kept_rows()
    (failure,) = kept.failures
    assert failure.column == "quote_at_offsets" and failure.rows == [1]
    assert failure.unexpected_count == 1
    assert [row["casualty_id"] for row in failure.sample] == [second]


def test_empty_frames_validate_cleanly():
    empty = validation.quarantine(
        pl.DataFrame(schema=DOCUMENT_SCHEMA),
        pl.DataFrame(schema=EVENT_SCHEMA),
        pl.DataFrame(schema=CASUALTY_SCHEMA),
    )
    assert empty.rejects.is_empty()
    for name, report in empty.reports.items():
        assert report.success and report.n_rows == 0
        assert report.n_expectations == len(validation.read_suite(name)["expectations"]) > 5


def test_suites_run_in_row_chunks_and_still_see_duplicates_across_chunks(monkeypatch):
    monkeypatch.setattr(validation, "CHUNK_ROWS", 2)
    documents, events, casualties = frames()
    # five events, the last a copy of the first: the two copies fall in different chunks
    many = pl.concat([events] * 2 + [events.head(1)])
    many = many.with_columns(event_id=pl.format("e{}", pl.int_range(pl.len())))
    many = many.with_columns(
        event_id=pl.when(pl.int_range(pl.len()) == pl.len() - 1)
        .then(pl.lit("e0"))
        .otherwise(pl.col("event_id"))
    )
    report = validation.run_suite("events", validation.events_frame(many, documents))
    (failure,) = report.failures
    assert failure.column == "event_id_is_unique" and failure.on_failure == "fail"
    assert sorted(failure.rows) == [0, many.height - 1]
    assert failure.unexpected_count == 2
    broken = many.with_columns(fatalities=pl.lit(-1, pl.Int32))
    report = validation.run_suite("events", validation.events_frame(broken, documents))
    negative = next(f for f in report.failures if f.column == "fatalities")
    assert negative.rows == list(range(many.height))  # rows of every chunk, in order


def three_document_frames():
    """Three documents, each with events and casualties, and one an implausible count."""
    from sitrep import batch

    texts = [
        TEXT,
        "Soldiers killed 5 militants near Mopti, Mali, on Monday.",
        "Gunmen killed 6 farmers in Ségou, Mali. Separately, 2 soldiers were wounded in Gao.",
    ]
    documents = pl.DataFrame(
        [
            make_document(text=t, external_id=str(i), source_path="t", published_date=None)
            for i, t in enumerate(texts)
        ],
        schema=DOCUMENT_SCHEMA,
    )
    sentences, mentions = batch.normalise_documents(documents, workers=1)
    events, casualties = batch.extract_facts(documents, sentences, mentions, workers=1)
    last = casualties["casualty_id"][-1]
    casualties = casualties.with_columns(
        count_best=pl.when(pl.col("casualty_id") == last)
        .then(pl.lit(5_000_000, pl.Int64))
        .otherwise(pl.col("count_best")),
        count_high=pl.lit(None, pl.Int64),
    )
    return documents, events, casualties


def test_a_batch_validated_a_part_at_a_time_keeps_and_rejects_the_same_rows(monkeypatch, tmp_path):
    documents, events, casualties = three_document_frames()
    whole = validation.quarantine(documents, events, casualties)
    monkeypatch.setattr(validation, "PART_CHARS", 1)  # a part per document
    parts = validation.quarantine(
        documents.lazy(), events.lazy(), casualties.lazy(), parts_dir=tmp_path
    )
    assert len(list((tmp_path / "events").glob("*.parquet"))) == 3  # one file per part
    for name in validation.SUITES:
        assert isinstance(getattr(parts, name), pl.LazyFrame)
        assert getattr(parts, name).collect().equals(getattr(whole, name))
        assert parts.reports[name].n_rows == whole.reports[name].n_rows
    assert whole.rejects.height == 1
    assert parts.rejects.equals(whole.rejects)
    (failure,) = parts.reports["casualties"].failures
    assert failure.unexpected_count == 1 and failure.rows == [casualties.height - 1]


def test_parts_validated_in_the_validator_process_keep_and_reject_the_same_rows(
    monkeypatch, tmp_path
):
    documents, events, casualties = three_document_frames()
    whole = validation.quarantine(documents, events, casualties)
    monkeypatch.setattr(validation, "PART_CHARS", 1)  # a part per document
    validation._validation_definition.cache_clear()
    validation._load_context.cache_clear()  # GX not loaded here: the validator loads it
    validation.start_validator(2)
    try:
        parts = validation.quarantine(
            documents.lazy(), events.lazy(), casualties.lazy(), parts_dir=tmp_path
        )
        assert validation._load_context.cache_info().currsize == 0, "validated here, not there"
    finally:
        validation.stop_validator()
    for name in validation.SUITES:
        assert getattr(parts, name).collect().equals(getattr(whole, name))
        assert parts.reports[name].n_rows == whole.reports[name].n_rows
    assert parts.rejects.equals(whole.rejects)
    (failure,) = parts.reports["casualties"].failures
    assert failure.rows == [casualties.height - 1]


def _exit_abruptly(*part) -> None:
    os._exit(1)  # as when the system kills the validator for lack of memory


def test_a_validator_that_dies_is_a_clear_error_and_the_next_batch_validates_again(monkeypatch):
    documents, events, casualties = frames()
    validation._validation_definition.cache_clear()
    validation._load_context.cache_clear()
    validation.start_validator(2)
    monkeypatch.setattr(validation, "_quarantine_part", _exit_abruptly)
    with pytest.raises(validation.ValidatorLost, match="SITREP_WORKERS=1"):
        validation.quarantine(documents, events, casualties)
    assert validation._VALIDATOR is None
    monkeypatch.undo()
    result = validation.quarantine(documents, events, casualties)  # in this process now
    assert result.events.height == events.height


def test_no_validator_is_started_for_one_worker_or_when_gx_is_loaded_here():
    validation._context()
    validation.start_validator(2)
    assert validation._VALIDATOR is None
    validation._load_context.cache_clear()
    validation._validation_definition.cache_clear()
    validation.start_validator(1)
    assert validation._VALIDATOR is None


def test_ids_repeated_in_different_parts_still_fail_the_check(monkeypatch):
    documents, events, casualties = three_document_frames()
    monkeypatch.setattr(validation, "PART_CHARS", 1)  # a part per document
    first, last = events["event_id"][0], events["event_id"][-1]
    repeated = events.with_columns(
        event_id=pl.when(pl.col("event_id") == last).then(pl.lit(first)).otherwise("event_id")
    )
    assert repeated["doc_id"][0] != repeated["doc_id"][-1]  # the copies are parts apart
    result = validation.quarantine(documents.lazy(), repeated.lazy(), casualties.lazy())
    (failure,) = result.reports["events"].of_kept_rows().failures
    assert failure.column == "event_id_is_unique"
    assert failure.rows == [0, events.height - 1]


@pytest.mark.parametrize("part_chars", [100, 10_000])  # in parts, and in one part
def test_events_of_no_document_in_the_batch_are_still_checked(monkeypatch, part_chars):
    documents, events, casualties = three_document_frames()
    monkeypatch.setattr(validation, "PART_CHARS", part_chars)
    orphan = events.head(1).with_columns(doc_id=pl.lit("not-in-this-batch"), event_id=pl.lit("x"))
    result = validation.quarantine(
        documents.lazy(), pl.concat([events, orphan]).lazy(), casualties.lazy()
    )
    report = result.reports["events"].of_kept_rows()
    assert report.n_rows == events.height + 1
    assert "document_present" in [f.column for f in report.failures]


def test_parts_hold_about_the_same_amount_of_text_and_a_long_article_ends_its_part():
    towns = ("Gao", "Ségou", "Mopti", "Kayes")
    texts = ["A long report. " * 40, "Two soldiers died."]
    texts += [f"Gunmen killed a farmer in {town}." for town in towns]
    documents = pl.DataFrame(
        [
            make_document(text=t, external_id=str(i), source_path="t", published_date=None)
            for i, t in enumerate(texts)
        ],
        schema=DOCUMENT_SCHEMA,
    )
    parts = list(validation.batch_parts(documents.lazy(), chars=100))
    # text starts at 0 | 600, 618, 648, 680 | 712: a part per 100 characters begun
    assert [part[0]["external_id"].to_list() for part in parts] == [
        ["0"],
        ["1", "2", "3", "4"],
        ["5"],
    ]
    (whole,) = validation.batch_parts(documents.lazy(), chars=10_000)
    assert whole[0].height == len(texts)


@pytest.fixture
def suites_without_battles(monkeypatch, tmp_path):
    """The shipped suites, but an events suite that takes no battle for an event type."""
    import json
    import shutil

    folder = tmp_path / "suites"
    shutil.copytree(validation.suites_dir(), folder)
    path = folder / "events.json"
    suite = json.loads(path.read_text(encoding="utf-8"))
    for expectation in suite["expectations"]:
        if expectation["kwargs"].get("column") == "event_type":
            expectation["kwargs"]["value_set"].remove("Battles")
    path.write_text(json.dumps(suite), encoding="utf-8")
    monkeypatch.setenv("SITREP_GX_DIR", str(folder))
    validation._validation_definition.cache_clear()
    validation._load_context.cache_clear()  # a fresh context: the suite names are taken
    yield
    validation._validation_definition.cache_clear()
    validation._load_context.cache_clear()


def test_a_failing_check_fails_the_run_and_the_warehouse_is_not_loaded(
    suites_without_battles, tmp_path
):
    import duckdb
    from sitrep.definitions import ALL_ASSETS
    from sitrep.resources import make_resources

    source = tmp_path / "battle.txt"
    source.write_text(
        "Soldiers clashed with militants near Mopti, Mali, on Monday, killing 5.", encoding="utf-8"
    )
    warehouse = tmp_path / "w.duckdb"
    with dg.instance_for_test() as instance:
        result = dg.materialize(
            ALL_ASSETS,
            resources=make_resources([str(source)], str(warehouse)),
            instance=instance,
            raise_on_error=False,
        )
    assert not result.success
    checks = {c.check_name: c.passed for c in result.get_asset_check_evaluations()}
    assert checks == {"documents_suite": True, "events_suite": False, "casualties_suite": True}
    failed = [event.step_key for event in result.all_events if event.is_step_failure]
    assert failed == ["validate"]
    assert "load_warehouse" not in {e.step_key for e in result.all_events if e.is_step_start}
    with duckdb.connect(str(warehouse)) as con:
        tables = {
            row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()
        }
        loaded = (
            con.execute("SELECT count(*) FROM events").fetchone()[0] if "events" in tables else 0
        )
    assert loaded == 0
