"""Shared fixtures: the project's seed folder and a clean environment for Dagster and GX."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

PROJECT_DIR = Path(__file__).resolve().parents[1]
SEED_ARTICLES = PROJECT_DIR / "seeds" / "articles"
SEED_ARTICLE = SEED_ARTICLES / "000_1bd5ca4d51525299.txt"
EVAL_DIR = PROJECT_DIR.parent / "shared" / "eval"


@pytest.fixture
def seed_text() -> str:
    from sitrep.sources import split_article

    return split_article(SEED_ARTICLE.read_text(encoding="utf-8"))[1]
