"""Location of the user-editable CSV dictionaries in ``seeds/``."""

from __future__ import annotations

import csv
import os
from functools import cache
from pathlib import Path


def seeds_dir() -> Path:
    """Seeds directory; ``SITREP_SEEDS_DIR`` overrides the repo's ``seeds/`` (tests, deploys)."""
    override = os.environ.get("SITREP_SEEDS_DIR")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "seeds"


@cache
def _read_seed_csv_cached(path: str) -> tuple[dict[str, str], ...]:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.lstrip().startswith("#"))
        parsed = []
        for row in rows:
            if None in row:
                raise ValueError(f"{path}: too many fields in {row!r}; quote fields with commas")
            parsed.append({k.strip(): (v or "").strip() for k, v in row.items() if k})
        return tuple(parsed)


def read_seed_csv(name: str) -> list[dict[str, str]]:
    """Rows of ``seeds/<name>`` as dicts (stripped strings; ``#`` lines are comments).

    Parsed once per path; callers get fresh dict copies so they cannot corrupt the cache.
    """
    path = seeds_dir() / name
    return [dict(row) for row in _read_seed_csv_cached(str(path))]
