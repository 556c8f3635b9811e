"""Where the project's own files live, and the default source and warehouse.

Kept apart from `resources` so that the command line (which every worker process spawned from
it imports again) does not load Dagster just to know a path.
"""

import os
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]
DEFAULT_SOURCES = [str(PROJECT_DIR / "seeds" / "articles")]
DEFAULT_WAREHOUSE = str(PROJECT_DIR / "data" / "warehouse.duckdb")
# The human-coded ACLED notes that tests, `make bench`, `make eval` and the tools measure
# extraction against; read where they lie, never copied here. SITREP_EVAL_DIR points elsewhere
# (a git worktree has no ../shared beside it, and would otherwise fall back to the seeds).
EVAL_DIR = Path(os.environ.get("SITREP_EVAL_DIR") or PROJECT_DIR.parent / "shared" / "eval")
