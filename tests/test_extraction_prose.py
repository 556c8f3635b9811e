"""Casualty rows and reconciled deaths for hand-written wire-style paragraphs."""

from __future__ import annotations

from collections import Counter

import pytest

try:  # tests/ is a package
    from .prose_cases import CASES
except ImportError:  # tests/ on sys.path (rootdir-less runs)
    from prose_cases import CASES
from sitrep.extraction import extract_document


@pytest.mark.parametrize(
    ("paragraph", "published", "expected_rows", "expected_fatalities"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_prose_casualties(paragraph, published, expected_rows, expected_fatalities):
    _analysis, events, casualties = extract_document(paragraph, published)
    rows = Counter((c["outcome"], c["count_low"], c["qualifier"]) for c in casualties)
    assert rows == Counter(expected_rows)
    assert sum(e["fatalities"] for e in events if not e["is_background"]) == expected_fatalities
    for c in casualties:
        assert paragraph[c["char_start"] : c["char_end"]] == c["quote"]


def test_there_are_at_least_forty_cases():
    assert len(CASES) >= 40
    assert len({name for name, *_ in CASES}) == len(CASES)
