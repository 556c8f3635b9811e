"""How an article's deaths are shared among its events: a toll told as "now known to have
died" is the lead's count, and a later count of the same dead updates that event rather
than opening another."""

from __future__ import annotations

import datetime as dt

from .news import news_events

FRI = dt.date(2024, 3, 15)


def _fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in news_events(text, FRI)]


def test_dead_now_known_to_have_died_are_the_leads_count():
    assert _fatalities(
        "Six people are now known to have died after gunmen raided a market in Kauru, "
        "Kaduna state, on Tuesday, a local official said on Friday. The attackers arrived on "
        "motorcycles. A council chairman told reporters on Wednesday that four people had "
        "been killed."
    ) == [6]
