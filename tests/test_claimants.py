"""Who a figure comes from, as the casualty rows keep it: the speaker of "X said", without the
closing mark of the quote before it or the auxiliary of "have said"."""

from __future__ import annotations

import datetime as dt

from sitrep.extraction import extract_document


def _claimants(text: str) -> list[str | None]:
    _analysis, _events, casualties = extract_document(text, dt.date(2024, 3, 13))
    return [c["claimed_by"] for c in casualties]


def test_the_speaker_after_a_quote_is_named_without_its_closing_mark():
    claimants = _claimants(
        'Gunmen raided a farm near Kotido on Monday, a resident said. "They came at night and '
        'the others were shot when they ran," he said. Four more people were wounded.'
    )
    assert claimants[-1] == "he"


def test_speakers_who_have_said_are_named_without_the_auxiliary():
    claimants = _claimants(
        "Two herders were shot dead near Kotido on Monday, local leaders and the army have said."
    )
    assert claimants == ["local leaders and the army"]
