"""Where frames rest between steps: one Parquet file per asset, not a pickle.

Dagster's default IO manager pickles each frame (a full copy in memory on the way out and on
the way in). Parquet is written from the frame's own buffers, a LazyFrame is streamed to disk
without being collected, and a step that declares a `pl.LazyFrame` input gets a scan it can
read a slice at a time. That keeps a million-document batch within a few GiB.
"""

from pathlib import Path

import dagster as dg
import polars as pl

# Small row groups let a reader slice a few thousand rows without decoding a whole file.
ROW_GROUP_SIZE = 20_000


class ParquetFrames(dg.IOManager):
    def __init__(self, base_dir: Path):
        self.base_dir = base_dir

    def _path(self, context: dg.InputContext | dg.OutputContext) -> Path:
        return self.base_dir.joinpath(*context.get_asset_identifier()).with_suffix(".parquet")

    def handle_output(self, context: dg.OutputContext, obj: pl.DataFrame | pl.LazyFrame) -> None:
        if obj is None:
            return
        path = self._path(context)
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
        path = self._path(context)
        if not path.exists():
            raise FileNotFoundError(
                f"{context.asset_key.to_user_string()} has not been materialized yet "
                f"(no {path}); materialize its upstream assets first"
            )
        if context.dagster_type.typing_type is pl.LazyFrame:
            return pl.scan_parquet(path)
        return pl.read_parquet(path)


class ParquetFramesIOManager(dg.ConfigurableIOManagerFactory):
    """Frames as Parquet under `base_dir`, by default the Dagster instance's storage folder."""

    base_dir: str | None = None

    def create_io_manager(self, context: dg.InitResourceContext) -> ParquetFrames:
        base = self.base_dir or context.instance.storage_directory()
        return ParquetFrames(Path(base) / "frames")
