"""Extraction never edits a mention once it is made.

The mention classes are plain dataclasses, not frozen ones (a frozen ``__init__`` sets each
field through ``object.__setattr__``, about three times the cost), and the places module keeps
some of them in caches that later sentences and documents share. A mention edited in place
would change what every later reader of that cache sees, in silence. The one edit allowed is
the victim's actor, set on a casualty figure ``find_casualties`` has just made.
"""

from __future__ import annotations

import json

import pytest
from sitrep import extraction
from sitrep.actors import ActorMention
from sitrep.casualties import CasualtyFigure
from sitrep.dates import DateMention
from sitrep.places import PlaceMention
from sitrep.quantities import Quantity
from sitrep.text import Sentence

from .conftest import PROJECT_DIR

ARTICLES = PROJECT_DIR / "tools" / "news_articles.jsonl"
MENTION_CLASSES = (ActorMention, CasualtyFigure, DateMention, PlaceMention, Quantity, Sentence)
# (class, field): the edits extraction may make
ALLOWED_EDITS = {(CasualtyFigure, "victim_actor")}


def _holds(obj: object, name: str) -> bool:
    """Whether the field already has a value on this object (a default on the class does not
    count: ``__init__`` has not set it yet)."""
    if hasattr(obj, "__dict__"):
        return name in vars(obj)
    return hasattr(obj, name)  # (a slot not yet set raises AttributeError)


@pytest.fixture
def edits(monkeypatch) -> list[str]:
    """Every field set a second time on a mention while the test runs, as "Class.field"."""
    found: list[str] = []
    for cls in MENTION_CLASSES:

        def watched(self, name, value, cls=cls):
            if (cls, name) not in ALLOWED_EDITS and _holds(self, name):
                found.append(f"{cls.__name__}.{name}")
            object.__setattr__(self, name, value)

        monkeypatch.setattr(cls, "__setattr__", watched)
    return found


def test_the_watch_sees_a_mention_edited_in_place(edits):
    place = PlaceMention("Gao", 0, 3, "Gao", "Gao", "Mali")
    place.country = "Niger"
    figure = CasualtyFigure("killed", "soldiers", 3, 3, 3, "", 3, "3 soldiers", 0, 10)
    figure.victim_actor = "Military Forces of Mali"
    assert edits == ["PlaceMention.country"]


def test_extracting_the_coded_articles_edits_no_mention(edits):
    articles = [json.loads(line) for line in ARTICLES.read_text("utf-8").splitlines()]
    # twice over: the second pass reads the mentions the first one left in the caches
    for _ in range(2):
        for article in articles[:400]:
            extraction.extract_document(article["text"], None)
    assert sorted(set(edits)) == []
