"""Shared fixtures: the project's seed folder and a clean environment for Dagster and GX."""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
# Tests' Dagster instances are thrown away: their run history need not reach the disk.
os.environ.setdefault("SITREP_DAGSTER_FSYNC", "0")
# Runs started by the CLI in tests go to a throwaway Dagster instance, not the project's,
# removed when the tests end. (A process a test starts that loads a test module inherits it.)
_HOME_PREFIX = "sitrep-dagster-home-"
if not Path(os.environ.get("DAGSTER_HOME", "")).name.startswith(_HOME_PREFIX):
    _DAGSTER_HOME = Path(tempfile.mkdtemp(prefix=_HOME_PREFIX))
    (_DAGSTER_HOME / "dagster.yaml").write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    os.environ["DAGSTER_HOME"] = str(_DAGSTER_HOME)
    atexit.register(shutil.rmtree, _DAGSTER_HOME, ignore_errors=True)

PROJECT_DIR = Path(__file__).resolve().parents[1]
SEED_ARTICLES = PROJECT_DIR / "seeds" / "articles"
SEED_ARTICLE = SEED_ARTICLES / "000_1bd5ca4d51525299.txt"


@pytest.fixture
def seed_text() -> str:
    from sitrep.sources import split_article

    return split_article(SEED_ARTICLE.read_text(encoding="utf-8"))[1]


def load_gx_here() -> None:
    """GX loaded once in the test process: the runs the tests start then validate here rather
    than each start a validator process that imports GX again (seconds per run)."""
    from sitrep import validation

    validation._context()


def materialize(sources, warehouse_path):
    """Every asset and check, in-process, on the sources into the given DuckDB file."""
    import dagster as dg
    from sitrep.definitions import ALL_ASSETS
    from sitrep.resources import make_resources

    load_gx_here()

    with dg.instance_for_test() as instance:
        return dg.materialize(
            ALL_ASSETS,
            resources=make_resources([str(s) for s in sources], str(warehouse_path)),
            instance=instance,
        )


@pytest.fixture(scope="session")
def seed_warehouse_path(tmp_path_factory) -> Path:
    """A warehouse built once per test session from seeds/articles (treat it as read-only)."""
    path = tmp_path_factory.mktemp("seed") / "warehouse.duckdb"
    result = materialize([SEED_ARTICLES], path)
    assert result.success
    assert all(check.passed for check in result.get_asset_check_evaluations())
    return path
