"""The news events of a text, as the news tests read them: the extraction library's events
without the background (history and running totals, kept but never news)."""

from __future__ import annotations

import datetime as dt

from sitrep.extraction import extract_document


def news_events(text: str, published: dt.date | None) -> list[dict]:
    _analysis, events, _casualties = extract_document(text, published)
    return [e for e in events if not e["is_background"]]
