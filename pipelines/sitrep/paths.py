"""Where the project's own files live, and the default source and warehouse.

Kept apart from `resources` so that the command line (which every worker process spawned from
it imports again) does not load Dagster just to know a path.
"""

from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]
DEFAULT_SOURCES = [str(PROJECT_DIR / "seeds" / "articles")]
DEFAULT_WAREHOUSE = str(PROJECT_DIR / "data" / "warehouse.duckdb")
