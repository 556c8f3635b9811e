"""Where frames rest between steps: one Parquet file per asset and run, not a pickle.

Dagster's default IO manager pickles each frame (a full copy in memory on the way out and on
the way in). Parquet is written from the frame's own buffers, a LazyFrame is streamed to disk
without being collected, and a step that declares a `pl.LazyFrame` input gets a scan it can
read a slice at a time. That keeps a million-document batch within a few GiB.

Files are kept per run (`frames/<run_id>/<asset>.parquet`): a scheduled run and a sensor run
that overlap never read each other's frames. A step whose upstream asset was not materialized
in its own run reads the upstream's latest materialization. Only the newest few runs' folders
are kept, plus any folder still holding an asset's latest materialization.
"""

import shutil
from pathlib import Path

import dagster as dg
import polars as pl

# Small row groups let a reader slice a few thousand rows without decoding a whole file.
ROW_GROUP_SIZE = 20_000
KEEP_RUNS = 3


class ParquetFrames(dg.IOManager):
    def __init__(self, base_dir: Path, instance: dg.DagsterInstance | None = None):
        self.base_dir = base_dir
        self.instance = instance

    def _path(self, run_id: str, asset_key: dg.AssetKey) -> Path:
        return self.base_dir.joinpath(run_id, *asset_key.path).with_suffix(".parquet")

    def handle_output(self, context: dg.OutputContext, obj: pl.DataFrame | pl.LazyFrame) -> None:
        if obj is None:
            return
        if not (self.base_dir / context.run_id).exists():
            self._prune(keep=context.run_id)
        path = self._path(context.run_id, context.asset_key)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".parquet.partial")
        if isinstance(obj, pl.LazyFrame):
            obj.sink_parquet(partial, row_group_size=ROW_GROUP_SIZE)
        elif isinstance(obj, pl.DataFrame):
            obj.write_parquet(partial, row_group_size=ROW_GROUP_SIZE)
        else:
            raise TypeError(f"{context.asset_key.to_user_string()}: expected a polars frame")
        partial.replace(path)  # a reader never sees a half-written file

    def load_input(self, context: dg.InputContext) -> pl.DataFrame | pl.LazyFrame:
        path = self._path(context.upstream_output.run_id, context.asset_key)
        if not path.exists():  # not materialized in this run: its latest materialization
            path = self._latest_path(context.asset_key) or path
        if not path.exists():
            raise FileNotFoundError(
                f"{context.asset_key.to_user_string()} has not been materialized yet "
                f"(no {path}); materialize its upstream assets first"
            )
        if context.dagster_type.typing_type is pl.LazyFrame:
            return pl.scan_parquet(path)
        return pl.read_parquet(path)

    def _latest_path(self, asset_key: dg.AssetKey) -> Path | None:
        if self.instance is None:
            return None
        event = self.instance.get_latest_materialization_event(asset_key)
        return None if event is None else self._path(event.run_id, asset_key)

    def _prune(self, keep: str) -> None:
        """Remove the folders of older runs, unless one holds an asset's latest frame."""
        if not self.base_dir.exists():
            return
        runs = sorted(
            (p for p in self.base_dir.iterdir() if p.is_dir() and p.name != keep),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
        for folder in runs[KEEP_RUNS - 1 :]:
            if not any(self._is_latest(folder, file) for file in folder.rglob("*.parquet")):
                shutil.rmtree(folder, ignore_errors=True)

    def _is_latest(self, folder: Path, file: Path) -> bool:
        key = dg.AssetKey(list(file.relative_to(folder).with_suffix("").parts))
        latest = self._latest_path(key)
        return latest is not None and latest == file


class ParquetFramesIOManager(dg.ConfigurableIOManagerFactory):
    """Frames as Parquet under `base_dir`, by default the Dagster instance's storage folder."""

    base_dir: str | None = None

    def create_io_manager(self, context: dg.InitResourceContext) -> ParquetFrames:
        base = self.base_dir or context.instance.storage_directory()
        return ParquetFrames(Path(base) / "frames", context.instance)
