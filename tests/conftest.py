"""Shared fixtures: the project's seed folder and a clean environment for Dagster and GX."""

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
# Runs started by the CLI in tests go to a throwaway Dagster instance, not the project's.
_DAGSTER_HOME = Path(tempfile.mkdtemp(prefix="sitrep-dagster-home-"))
(_DAGSTER_HOME / "dagster.yaml").write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
os.environ["DAGSTER_HOME"] = str(_DAGSTER_HOME)

PROJECT_DIR = Path(__file__).resolve().parents[1]
SEED_ARTICLES = PROJECT_DIR / "seeds" / "articles"
SEED_ARTICLE = SEED_ARTICLES / "000_1bd5ca4d51525299.txt"
EVAL_DIR = PROJECT_DIR.parent / "shared" / "eval"


@pytest.fixture
def seed_text() -> str:
    from sitrep.sources import split_article

    return split_article(SEED_ARTICLE.read_text(encoding="utf-8"))[1]
