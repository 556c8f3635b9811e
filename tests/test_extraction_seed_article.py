"""The seed article (Tuareg rebels' claim, published 2024-08-02) gives the agreed facts."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from sitrep.extraction import (
    CASUALTY_KEYS,
    EVENT_KEYS,
    MENTION_KEYS,
    Analysis,
    analyse_document,
    extract_document,
    extract_events,
)

ARTICLE = Path(__file__).resolve().parents[1] / "seeds" / "articles" / "000_1bd5ca4d51525299.txt"


def _load() -> tuple[str, dt.date]:
    raw = ARTICLE.read_text(encoding="utf-8")
    header = re.match(r"\s*date\s+(\d{4}-\d\d-\d\d)\s*", raw)
    return raw[header.end() :], dt.date.fromisoformat(header.group(1))


@pytest.fixture(scope="module")
def extracted():
    text, published = _load()
    analysis, events, casualties = extract_document(text, published)
    return text, analysis, events, casualties


def _claim_event(events):
    return next(e for e in events if e["fatalities"] == 131)


def test_contract_keys(extracted):
    _text, analysis, events, casualties = extracted
    assert all(tuple(m) == MENTION_KEYS for m in analysis.mentions)
    assert all(set(e) == set(EVENT_KEYS) for e in events)
    assert all(set(c) == set(CASUALTY_KEYS) for c in casualties)
    assert [e["seq"] for e in events] == list(range(len(events)))


def test_quotes_are_exact_substrings(extracted):
    text, analysis, events, casualties = extracted
    for m in analysis.mentions:
        assert text[m["char_start"] : m["char_end"]] == m["text"]
    for c in casualties:
        assert text[c["char_start"] : c["char_end"]] == c["quote"]
    for e in events:
        assert text[e["char_start"] : e["char_end"]] == e["sentence"]


def test_claim_event_is_a_battle_in_mali_between_rebels_and_state_forces(extracted):
    event = _claim_event(extracted[2])
    assert (event["event_type"], event["sub_event_type"]) == ("Battles", "Armed clash")
    assert event["country"] == "Mali"
    assert "CSP" in event["actor1"]
    assert event["actor2"].startswith("Military Forces of Mali")
    assert "Wagner Group" in (event["assoc_actor_2"] or "")
    assert "CSP" in event["claimed_by"]
    assert not event["is_background"]


def test_claim_event_dates_span_the_three_days_before_publication(extracted):
    event = _claim_event(extracted[2])
    window = (dt.date(2024, 7, 30), dt.date(2024, 8, 2))
    assert window[0] <= event["date_start"] <= event["date_end"] <= window[1]
    assert event["date_precision"] == "range"


def test_claim_event_casualties(extracted):
    events, casualties = extracted[2], extracted[3]
    seq = _claim_event(events)["seq"]
    rows = {
        (c["outcome"], c["count_low"], c["qualifier"]) for c in casualties if c["event_seq"] == seq
    }
    assert ("killed", 84, "exact") in rows
    assert ("killed", 47, "exact") in rows
    assert ("wounded", 31, "more_than") in rows
    assert ("captured", 7, "exact") in rows
    wagner = next(c for c in casualties if c["count_low"] == 84)
    assert wagner["victim"] == "Russian mercenaries from the Wagner terrorist group"


def test_july_28_battle_is_a_second_event_with_dozens_coded_as_twelve(extracted):
    events, casualties = extracted[2], extracted[3]
    event = next(e for e in events if e["date_start"] == dt.date(2024, 7, 28))
    assert event["fatalities"] == 12
    killed = [c for c in casualties if c["event_seq"] == event["seq"] and c["outcome"] == "killed"]
    assert [(c["qualifier"], c["count_low"]) for c in killed] == [("vague", 12)]


def test_background_and_spokesman_statement_add_no_casualties(extracted):
    text, _analysis, events, casualties = extracted
    assert sum(e["fatalities"] for e in events if not e["is_background"]) == 131 + 12
    spokesman = text.index("On August 1")
    assert all(c["char_start"] < spokesman for c in casualties)
    history = text.index("It should be noted")
    assert not [c for c in casualties if history <= c["char_start"] < text.index("As a reminder")]


def test_extract_events_from_rebuilt_rows_matches(extracted):
    text, analysis, events, casualties = extracted
    _, published = _load()
    rebuilt = Analysis.from_rows(
        [dict(row, doc_id=1) for row in reversed(analysis.sentences)],
        [dict(row, doc_id=1) for row in reversed(analysis.mentions)],
    )
    assert extract_events(text, published, rebuilt) == (events, casualties)


def test_analysis_is_deterministic():
    text, published = _load()
    assert analyse_document(text, published) == analyse_document(text, published)
