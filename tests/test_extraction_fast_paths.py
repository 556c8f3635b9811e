"""The quick paths of extraction and segments give what the plain regexes give."""

from __future__ import annotations

import pytest
from sitrep.extraction import _LINE_DATELINE_RE, _line_matches
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
