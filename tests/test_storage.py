"""Frames between steps are Parquet files; lazy inputs are scans, not copies."""

from pathlib import Path

import dagster as dg
import polars as pl
import pytest
from sitrep.storage import ParquetFramesIOManager

FRAME = pl.DataFrame({"doc_id": ["a", "b", "c"], "n": [1, 2, 3]})


@dg.asset
def frame_in_memory() -> pl.DataFrame:
    return FRAME


@dg.asset
def frame_streamed() -> pl.LazyFrame:
    return FRAME.lazy().filter(pl.col("n") > 1)


@dg.asset
def reads_both(frame_in_memory: pl.DataFrame, frame_streamed: pl.LazyFrame) -> pl.DataFrame:
    assert isinstance(frame_in_memory, pl.DataFrame)
    assert isinstance(frame_streamed, pl.LazyFrame)  # a scan of the stored file
    return frame_in_memory.join(frame_streamed.collect(), on="doc_id", suffix="_streamed")


def test_frames_round_trip_through_parquet_files(tmp_path):
    with dg.instance_for_test() as instance:
        result = dg.materialize(
            [frame_in_memory, frame_streamed, reads_both],
            resources={"io_manager": ParquetFramesIOManager(base_dir=str(tmp_path))},
            instance=instance,
        )
    assert result.success
    stored = sorted(p.name for p in (tmp_path / "frames").iterdir())
    assert stored == ["frame_in_memory.parquet", "frame_streamed.parquet", "reads_both.parquet"]
    assert pl.read_parquet(tmp_path / "frames" / "frame_streamed.parquet")["n"].to_list() == [2, 3]
    assert result.output_for_node("reads_both")["doc_id"].to_list() == ["b", "c"]


def test_loading_an_asset_never_materialized_names_it(tmp_path):
    with dg.instance_for_test() as instance:
        with pytest.raises(FileNotFoundError, match="has not been materialized yet"):
            dg.materialize(
                [frame_in_memory, frame_streamed, reads_both],
                selection=["reads_both"],
                resources={"io_manager": ParquetFramesIOManager(base_dir=str(tmp_path))},
                instance=instance,
            )


def test_a_pipeline_run_keeps_its_frames_as_parquet_and_removes_its_parts(tmp_path):
    from sitrep.definitions import ALL_ASSETS, ALL_CHECKS
    from sitrep.resources import make_resources

    from tests.conftest import SEED_ARTICLES

    resources = make_resources([str(SEED_ARTICLES)], str(tmp_path / "warehouse.duckdb"))
    resources["io_manager"] = ParquetFramesIOManager(base_dir=str(tmp_path / "storage"))
    with dg.instance_for_test() as instance:
        assert dg.materialize([*ALL_ASSETS, *ALL_CHECKS], resources=resources, instance=instance)
        parts = Path(instance.storage_directory()) / "parts"
        assert parts.is_dir()  # the steps did write parts there
        leftovers = list(parts.rglob("*"))
    frames = tmp_path / "storage" / "frames"
    assert pl.read_parquet(frames / "sentences.parquet").height > 5
    assert pl.read_parquet(frames / "extracted_casualties.parquet")["count_best"].sum() >= 131
    assert leftovers == []
