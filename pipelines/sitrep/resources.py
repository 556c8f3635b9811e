"""Dagster resources: where the articles come from and where the warehouse lives."""

import os
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from sitrep.environment import MAX_DOCUMENT_BYTES, WORKERS, whole_number
from sitrep.paths import DEFAULT_SOURCES, DEFAULT_WAREHOUSE
from sitrep.sources import DEFAULT_MAX_DOCUMENT_BYTES
from sitrep.storage import ParquetFramesIOManager


class SitrepSettings(dg.ConfigurableResource):
    """Run settings: source files or folders, document size limit, worker processes."""

    sources: list[str] = DEFAULT_SOURCES
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES
    workers: int = 0  # 0: one per core


def settings_from_env() -> SitrepSettings:
    """Settings from SITREP_SOURCES (os.pathsep-separated) and SITREP_MAX_DOCUMENT_BYTES."""
    sources = os.environ.get("SITREP_SOURCES")
    return SitrepSettings(
        sources=sources.split(os.pathsep) if sources else DEFAULT_SOURCES,
        max_document_bytes=whole_number(MAX_DOCUMENT_BYTES, DEFAULT_MAX_DOCUMENT_BYTES),
        workers=whole_number(WORKERS, 0),
    )


def make_resources(
    sources: list[str] | None = None,
    warehouse: str | None = None,
    max_document_bytes: int | None = None,
) -> dict:
    """The resources of a run; arguments override the environment's settings."""
    defaults = settings_from_env()
    settings = SitrepSettings(
        sources=[str(s) for s in sources] if sources else defaults.sources,
        max_document_bytes=max_document_bytes or defaults.max_document_bytes,
        workers=defaults.workers,
    )
    database = warehouse or os.environ.get("SITREP_WAREHOUSE", DEFAULT_WAREHOUSE)
    Path(database).parent.mkdir(parents=True, exist_ok=True)
    return {
        "settings": settings,
        "duckdb": DuckDBResource(database=str(database)),
        "io_manager": ParquetFramesIOManager(),
    }
