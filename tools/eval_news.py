"""Score the extraction library on wire-style news articles we wrote and coded ourselves.

    .venv/bin/python tools/eval_news.py [--articles tools/news_articles.jsonl] [--show]

The ACLED notes of ``make eval`` are one event each, in ACLED's own style; users feed news
articles. Each line of the articles file holds an invented article (real places and groups,
events made up) and the news events a coder would draw from it, in order:
``{"id", "published_date", "text", "events": [{"event_type": ..., "fatalities": ...}, ...]}``.
Only the fields an expected event lists are scored; background (history, running totals) is
left out on both sides. Prints the share of articles with the right number of events and the
right total of deaths, and per field the share of expected events the extraction matched
(actors loosely, as spellings vary, and strictly: ``actor1_strict``, ``actor2_strict``).
Expected and predicted events are paired so that the most fields match (a coder may list a
story's events by date while the text tells the later one first); ties keep the text order.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from difflib import SequenceMatcher
from itertools import permutations
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "pipelines"))

from sitrep.extraction import extract_document  # noqa: E402

DEFAULT_ARTICLES = REPO / "tools" / "news_articles.jsonl"
FIELDS = (
    "event_type",
    "sub_event_type",
    "date_start",
    "country",
    "admin1",
    "location",
    "actor1",
    "actor2",
    "fatalities",
)


def load_articles(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def news_events(article: dict) -> list[dict]:
    """The article's predicted news events, with dates as ISO strings."""
    published = article.get("published_date")
    published = dt.date.fromisoformat(published) if published else None
    _analysis, events, _casualties = extract_document(article["text"], published)
    return [
        {**e, "date_start": e["date_start"].isoformat() if e["date_start"] else None}
        for e in events
        if not e["is_background"]
    ]


def same(field: str, predicted: object, expected: object) -> bool:
    """Actors match loosely (a coder's spelling of a group varies), and an actor coded "" is
    the warehouse's NULL (a peaceful protest's actor2); the rest exactly."""
    if field in ("actor1", "actor2"):
        if predicted and expected:
            a, b = str(predicted).lower(), str(expected).lower()
            return a == b or SequenceMatcher(None, a, b).ratio() >= 0.6
        return not predicted and not expected
    return predicted == expected


def same_actor_strictly(predicted: object, expected: object) -> bool:
    """The same actor once the ways of writing one are set aside (a government's years,
    "Military Forces of Russia (2000-)"; an acronym, "QSD:" or "SDF: Syrian Democratic
    Forces"; a unit of a state's forces, "Military Forces of Russia Air Force"; a country
    named on one side only), and nothing else: the loose match of `same` also passes
    Ukraine's army for Russia's, police for army, protesters for rioters."""
    if not predicted or not expected:
        return not predicted and not expected
    a, b = _actor_key(str(predicted)), _actor_key(str(expected))
    if a == b:
        return True
    if a.startswith(_STATE_FORCES) and b.startswith(_STATE_FORCES):
        return a.startswith(b + " ") or b.startswith(a + " ")  # a unit of the same forces
    return _NAMED_COUNTRY_RE.sub("", a) == _NAMED_COUNTRY_RE.sub("", b) and ("(" in a) != ("(" in b)


def _actor_key(name: str) -> str:
    return " ".join(_ACRONYM_RE.sub("", _ACTOR_YEARS_RE.sub("", name)).lower().split())


_ACTOR_YEARS_RE = re.compile(r"\(\d{4}-(?:\d{4})?\)")
_ACRONYM_RE = re.compile(r"^[^:()]{1,25}:\s*")
_STATE_FORCES = ("military forces of ", "police forces of ")
_NAMED_COUNTRY_RE = re.compile(r"\s*\([^()]+\)$")


def _agreement(got: dict, want: dict) -> int:
    return sum(same(f, got.get(f), want[f]) for f in FIELDS if f in want)


def paired(predicted: list[dict], expected: list[dict]) -> list[dict]:
    """For each expected event, the predicted event it is scored against ({} if none): the
    pairing with the most matching fields, the text order first among equals. Articles with
    more than seven events keep the text order (the search grows factorially)."""
    slots = predicted + [{}] * max(len(expected) - len(predicted), 0)
    if len(slots) > 7:
        return slots[: len(expected)]
    best, best_score = slots[: len(expected)], -1
    for order in permutations(range(len(slots)), len(expected)):
        total = sum(_agreement(slots[i], want) for i, want in zip(order, expected, strict=True))
        if total > best_score:
            best, best_score = [slots[i] for i in order], total
    return best


def score(articles: list[dict]) -> tuple[dict[str, float], list[str]]:
    """Shares of matches, and one line per miss (for --show)."""
    counted = {"articles": len(articles), "event_count": 0, "total_fatalities": 0}
    hits = dict.fromkeys(FIELDS, 0)
    asked = dict.fromkeys(FIELDS, 0)
    strict = dict.fromkeys(("actor1", "actor2"), 0)
    misses: list[str] = []
    for article in articles:
        predicted = news_events(article)
        expected = article["events"]
        counted["event_count"] += len(predicted) == len(expected)
        total = sum(e["fatalities"] or 0 for e in predicted)
        wanted = sum(e.get("fatalities") or 0 for e in expected)
        counted["total_fatalities"] += total == wanted
        if len(predicted) != len(expected):
            misses.append(f"{article['id']}: {len(predicted)} events, expected {len(expected)}")
        for i, (want, got) in enumerate(zip(expected, paired(predicted, expected), strict=True)):
            for field in FIELDS:
                if field not in want:
                    continue
                asked[field] += 1
                if field in ("actor1", "actor2"):
                    strict[field] += same_actor_strictly(got.get(field), want[field])
                if same(field, got.get(field), want[field]):
                    hits[field] += 1
                else:
                    misses.append(
                        f"{article['id']} event {i} {field}: {got.get(field)!r}, "
                        f"expected {want[field]!r}"
                    )
    n = max(len(articles), 1)
    shares = {
        "articles": len(articles),
        "event_count": counted["event_count"] / n,
        "total_fatalities": counted["total_fatalities"] / n,
    }
    shares |= {f: hits[f] / asked[f] for f in FIELDS if asked[f]}
    shares |= {f"{f}_strict": strict[f] / asked[f] for f in strict if asked[f]}
    return shares, misses


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    ap.add_argument("--show", action="store_true", help="print every miss")
    args = ap.parse_args()
    shares, misses = score(load_articles(args.articles))
    for key, value in shares.items():
        print(f"{key:40s} {value if key == 'articles' else f'{value:.4f}'}")
    if args.show:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
