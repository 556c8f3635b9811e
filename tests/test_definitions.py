"""The code location loads, and its schedule and sensor ask for runs when they should."""

import json

import dagster as dg
from sitrep.automation import daily_schedule, new_source_files
from sitrep.definitions import defs
from sitrep.resources import SitrepSettings


def test_definitions_load_with_every_asset_check_job_schedule_and_sensor():
    repository = defs.get_repository_def()
    keys = {key.to_user_string() for key in repository.asset_graph.get_all_asset_keys()}
    assert {"raw_documents", "sentences", "extracted_events", "valid_casualties"} <= keys
    assert {"warehouse/documents", "warehouse/events", "warehouse/casualties"} <= keys
    checks = {key.name for key in repository.asset_graph.asset_check_keys}
    assert checks == {"documents_suite", "events_suite", "casualties_suite"}
    assert defs.resolve_job_def("sitrep_job") is not None
    assert defs.resolve_schedule_def("daily_sitrep").cron_schedule == "0 6 * * *"
    assert defs.resolve_sensor_def("new_source_files") is not None


def test_daily_schedule_requests_a_run_of_the_job():
    context = dg.build_schedule_context()
    request = daily_schedule.evaluate_tick(context).run_requests[0]
    assert isinstance(request, dg.RunRequest)
    assert daily_schedule.job_name == "sitrep_job"


def sense(folder, cursor=None):
    context = dg.build_sensor_context(
        cursor=cursor, resources={"settings": SitrepSettings(sources=[str(folder)])}
    )
    result = new_source_files.evaluate_tick(context)
    return result, result.cursor


def test_sensor_starts_a_run_for_new_files_and_not_again_for_the_same_files(tmp_path):
    (tmp_path / "a.txt").write_text("Two killed.", encoding="utf-8")
    first, cursor = sense(tmp_path)
    assert len(first.run_requests) == 1
    assert str(tmp_path / "a.txt") in json.loads(cursor)

    again, cursor = sense(tmp_path, cursor)
    assert again.run_requests == [] and again.skip_message

    (tmp_path / "b.jsonl").write_text('{"id": "x", "text": "One died."}', encoding="utf-8")
    third, _ = sense(tmp_path, cursor)
    assert len(third.run_requests) == 1
    assert third.run_requests[0].run_key != first.run_requests[0].run_key


def sqlite_synchronous(path) -> int:
    import sqlalchemy

    engine = sqlalchemy.create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        return connection.exec_driver_sql("PRAGMA synchronous").scalar()


def test_run_history_skips_disk_syncs_only_when_asked(tmp_path, monkeypatch):
    # loading the code location (as above) set this up; SQLite's default is 2 (FULL)
    monkeypatch.delenv("SITREP_DAGSTER_FSYNC", raising=False)
    assert sqlite_synchronous(tmp_path / "history.db") == 2
    monkeypatch.setenv("SITREP_DAGSTER_FSYNC", "0")
    assert sqlite_synchronous(tmp_path / "other.db") == 0
