"""Frames between steps are Parquet files per run; lazy inputs are scans, not copies."""

import os
import time
from pathlib import Path

import dagster as dg
import polars as pl
import pytest
from sitrep import storage
from sitrep.storage import ParquetFramesIOManager

FRAME = pl.DataFrame({"doc_id": ["a", "b", "c"], "n": [1, 2, 3]})


@dg.asset
def frame_in_memory(context: dg.AssetExecutionContext) -> pl.DataFrame:
    shift = int(context.run.tags.get("shift", 0))
    return FRAME.with_columns(pl.col("n") + shift)


@dg.asset
def frame_streamed(frame_in_memory: pl.DataFrame) -> pl.LazyFrame:
    return frame_in_memory.lazy().filter(pl.col("doc_id") != "a")


@dg.asset
def reads_both(frame_in_memory: pl.DataFrame, frame_streamed: pl.LazyFrame) -> pl.DataFrame:
    assert isinstance(frame_in_memory, pl.DataFrame)
    assert isinstance(frame_streamed, pl.LazyFrame)  # a scan of the stored file
    return frame_in_memory.join(frame_streamed.collect(), on="doc_id", suffix="_streamed")


ASSETS = [frame_in_memory, frame_streamed, reads_both]


def run(instance, base: Path, selection=None, shift: int = 0) -> dg.ExecuteInProcessResult:
    return dg.materialize(
        ASSETS,
        selection=selection,
        resources={"io_manager": ParquetFramesIOManager(base_dir=str(base))},
        instance=instance,
        tags={"shift": str(shift)},
    )


def test_frames_round_trip_through_parquet_files_of_their_run(tmp_path):
    with dg.instance_for_test() as instance:
        result = run(instance, tmp_path)
    assert result.success
    folder = tmp_path / "frames" / result.run_id
    stored = sorted(p.name for p in folder.iterdir())
    assert stored == ["frame_in_memory.parquet", "frame_streamed.parquet", "reads_both.parquet"]
    assert pl.read_parquet(folder / "frame_streamed.parquet")["n"].to_list() == [2, 3]
    assert result.output_for_node("reads_both")["doc_id"].to_list() == ["b", "c"]


def test_runs_keep_their_own_frames_and_a_partial_run_reads_the_latest(tmp_path):
    with dg.instance_for_test() as instance:
        first = run(instance, tmp_path, shift=0)
        second = run(instance, tmp_path, shift=10)
        # only the last asset: its inputs come from the latest materializations (second run)
        partial = run(instance, tmp_path, selection=["reads_both"])
    frames = tmp_path / "frames"
    assert pl.read_parquet(frames / first.run_id / "frame_in_memory.parquet")["n"][0] == 1
    assert pl.read_parquet(frames / second.run_id / "frame_in_memory.parquet")["n"][0] == 11
    assert partial.output_for_node("reads_both")["n"].to_list() == [12, 13]


def test_old_runs_are_pruned_unless_they_hold_a_latest_frame(tmp_path, monkeypatch):
    monkeypatch.setattr(storage, "KEEP_RUNS", 2)
    with dg.instance_for_test() as instance:
        first = run(instance, tmp_path)
        second = run(instance, tmp_path, selection=["reads_both"])
        third = run(instance, tmp_path, selection=["reads_both"])
        fourth = run(instance, tmp_path, selection=["reads_both"])
    kept = {p.name for p in (tmp_path / "frames").iterdir()}
    # the first run holds the only frames of frame_in_memory and frame_streamed: kept
    assert kept == {first.run_id, third.run_id, fourth.run_id}
    assert second.run_id not in kept


def test_loading_an_asset_never_materialized_names_it(tmp_path):
    with dg.instance_for_test() as instance:
        with pytest.raises(FileNotFoundError, match="has not been materialized yet"):
            run(instance, tmp_path, selection=["reads_both"])


def test_a_pipeline_run_keeps_its_frames_as_parquet_and_removes_its_parts(tmp_path):
    from sitrep.definitions import ALL_ASSETS
    from sitrep.resources import make_resources

    from tests.conftest import SEED_ARTICLES

    resources = make_resources([str(SEED_ARTICLES)], str(tmp_path / "warehouse.duckdb"))
    resources["io_manager"] = ParquetFramesIOManager(base_dir=str(tmp_path / "storage"))
    with dg.instance_for_test() as instance:
        parts = Path(instance.storage_directory()) / "parts"
        killed = parts / "left-by-a-killed-run"
        (killed / "sentences").mkdir(parents=True)
        os.utime(killed, (time.time() - 2 * 86_400,) * 2)
        result = dg.materialize(ALL_ASSETS, resources=resources, instance=instance)
        leftovers = list(parts.rglob("*"))
    frames = tmp_path / "storage" / "frames" / result.run_id
    assert pl.read_parquet(frames / "sentences.parquet").height > 5
    assert pl.read_parquet(frames / "extracted_casualties.parquet")["count_best"].sum() >= 131
    assert leftovers == []
