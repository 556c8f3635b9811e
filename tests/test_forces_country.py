"""Bare force nouns ("the police", "soldiers", "a gendarmerie post") take the country of the
story, not that of a same-named town abroad the gazetteer read beside them; forces the story
names as foreign keep their own country."""

from __future__ import annotations

import datetime as dt

import pytest
from sitrep.actors import bare_forces
from sitrep.extraction import extract_document

_DAY = dt.date(2023, 5, 10)


def _events(text: str) -> list[dict]:
    _analysis, events, _casualties = extract_document(text, _DAY)
    return [e for e in events if not e["is_background"]]


def _forces(event: dict) -> list[str]:
    return [
        a
        for a in (event["actor1"], event["actor2"])
        if a and a.startswith(("Military Forces of", "Police Forces of"))
    ]


@pytest.mark.parametrize(
    ("text", "abroad"),
    [
        # Yamba is also a town in Australia
        (
            "Overnight, suspected JNIM gunmen raided the empty police post at Yamba and "
            "burned two motorbikes.",
            "Australia",
        ),
        # Boni is also a place in Indonesia
        (
            "Militants of the Katiba Macina attacked a gendarmerie post in Boni, killing "
            "three gendarmes.",
            "Indonesia",
        ),
        (
            "Gunmen from the Katiba Macina stormed a gendarmerie post at Mandoli on Sunday "
            "and killed two gendarmes.",
            "India",
        ),
        # El Porvenir is also a town in Mexico
        (
            "Farmers in La Oroya, Junin, blocked the Central highway on Monday over fertilizer "
            "prices. Police forces moved into El Porvenir to clear the road and fired tear gas.",
            "Mexico",
        ),
    ],
)
def test_bare_forces_are_the_event_country_s(text: str, abroad: str) -> None:
    (event,) = _events(text)
    forces = _forces(event)
    assert forces, event
    country = event["country"]
    assert country and country != abroad
    assert all(country in f for f in forces), (country, forces)
    assert not any(abroad in f for f in forces)


def test_forces_of_a_named_foreign_operation_keep_their_country() -> None:
    (event,) = _events(
        "French Operation Barkhane announced on Saturday that, over five days of raids in the "
        "Serma forest, soldiers had put a dozen jihadists out of action."
    )
    assert event["country"] == "Mali"
    assert event["actor1"] == "Military Forces of France"


def test_forces_named_by_demonym_abroad_keep_their_country() -> None:
    (event,) = _events(
        "Kenyan troops repelled an al-Shabaab raid on their base in Baidoa, Somalia, on Sunday."
    )
    assert event["country"] == "Somalia"
    assert event["actor1"] == "Military Forces of Kenya"


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("soldiers", True),
        ("the police", True),
        ("Police forces", True),
        ("security forces", True),
        ("gendarmerie", True),
        ("Operation Barkhane", False),
        ("Kenyan troops", False),
        ("Peshmerga forces", False),
        ("FAMa", False),
    ],
)
def test_bare_forces(text: str, bare: bool) -> None:
    assert bare_forces(text) is bare
