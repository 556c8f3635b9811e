"""The quick paths of extraction and segments give what the plain regexes give."""

from __future__ import annotations

import pytest
from sitrep.extraction import (
    _DATELINE_RE,
    _LINE_DATELINE_RE,
    _TITLE_DATELINE_RE,
    _line_matches,
    _match_dateline,
)
from sitrep.segments import ITEM_DATELINE_RE

_TEXTS = [
    "",
    "\n",
    "NAIROBI, March 3 (Reuters) - Gunmen killed four people.",
    "Title\n\nBAGHDAD — A car bomb exploded.\nKABUL - A mine killed two.\n",
    "Report\nBamako, 14 March 2024\nGoma, 3 May - Yesterday, FAMa struck.\n- SRINAGAR: Police",
    "DONETSK: x\nMOSUL: y\r\nHOMS: z\n\n13:05 - Strike in Kharkiv.\nRennes. The scenes came.",
]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("pattern", [_LINE_DATELINE_RE, ITEM_DATELINE_RE])
def test_line_matches_are_those_of_finditer(pattern, text):
    expected = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in _line_matches(pattern, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bogotá, Feb 25 (EFE).- Two soldiers were killed.",
        "Imphal, Apr 24 (PTI) Fourteen people were injured.",
        "Bijapur (Chhattisgarh), Aug 21 (IANS) Two Maoists were killed.",
        "Damascus (dpa) — A strike hit the city.",
        "Police (in Goma) said two men were shot dead.",
        "NAIROBI, March 3 (Reuters) - Gunmen killed four people.",
        "Gunmen killed four people on Monday.",
    ],
)
def test_match_dateline_finds_what_the_plain_regexes_find(text):
    found = _match_dateline(text)
    expected = _DATELINE_RE.match(text) or _TITLE_DATELINE_RE.match(text)
    assert (found and found.span()) == (expected and expected.span())
