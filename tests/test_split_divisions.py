"""Divisions ACLED splits where GeoNames keeps one whole (seeds/admin1_splits.csv): Myanmar's
Shan State is Shan-North, Shan-South and Shan-East, Bago Region is Bago-East and Bago-West. A
town takes the part its coordinates lie in, a division named with a compass word that part."""

from __future__ import annotations

import datetime as dt

import pytest
from sitrep.places import find_places

from .news import news_events


def _admin1(sentence: str) -> list[tuple[str | None, str | None]]:
    return [(p.location, p.admin1) for p in find_places(sentence)]


@pytest.mark.parametrize(
    ("town", "part"),
    [
        ("Lashio", "Shan-North"),
        ("Kyaukme", "Shan-North"),
        ("Taunggyi", "Shan-South"),
        ("Tachileik", "Shan-East"),
        ("Pyay", "Bago-West"),
        ("Taungoo", "Bago-East"),
    ],
)
def test_a_town_of_a_split_division_takes_the_part_it_lies_in(town, part):
    assert _admin1(f"Junta aircraft bombed {town} on Monday.") == [(town, part)]


@pytest.mark.parametrize(
    ("where", "part"),
    [
        ("northern Shan State", "Shan-North"),
        ("southern Shan", "Shan-South"),
        ("eastern Bago Region", "Bago-East"),
        ("western Bago", "Bago-West"),
    ],
)
def test_a_compass_word_names_the_part_of_a_split_division(where, part):
    [(_location, admin1)] = _admin1(f"Fighting spread across {where} this week.")
    assert admin1 == part


def test_a_split_division_named_without_a_side_is_left_whole():
    # (no part is named: "northern Bago" is no part either, Bago is split east and west)
    assert _admin1("Fighting spread across Shan State this week.") == [("Shan", "Shan")]
    assert _admin1("Fighting spread across northern Bago this week.") == [("Bago", "Bago")]


def test_an_event_in_a_town_of_northern_shan_is_coded_to_shan_north():
    [event] = [
        e
        for e in news_events(
            "Myanmar military jets bombed a market in Kutkai town on Sunday, killing four "
            "civilians, a local rescue group said.",
            dt.date(2024, 3, 5),
        )
    ]
    assert (event["admin1"], event["location"]) == ("Shan-North", "Kutkai")
