"""Background in news prose: a past episode named by its year, counts with thousands
separators, and the people who speak of the deaths."""

from __future__ import annotations

import datetime as dt

from sitrep.dates import find_dates
from sitrep.extraction import extract_document
from sitrep.quantities import find_quantities

PUBLISHED = dt.date(2023, 9, 12)
CLASH = (
    "Soldiers killed three gunmen in a clash near Piagapo town in Lanao del Sur province on "
    "Sunday, the army said."
)


def _news_deaths(text: str) -> list[int]:
    _analysis, events, _casualties = extract_document(text, PUBLISHED)
    return [e["fatalities"] for e in events if not e["is_background"]]


def test_a_year_naming_a_past_episode_dates_it():
    sentence = "Its fighters took part in the 2017 siege of Marawi, which killed 1,100 people."
    years = [(d.date_start.year, d.precision) for d in find_dates(sentence)]
    assert years == [(2017, "year")]


def test_a_year_range_naming_a_past_war_dates_it():
    sentence = "They fought beside federal troops during the 2020-2022 war in Tigray."
    assert [d.date_start.year for d in find_dates(sentence)] == [2020]


def test_a_year_before_an_ordinary_noun_is_no_date():
    assert find_dates("The 2020 budget cut funds for the police.") == []


def test_deaths_in_a_past_siege_named_by_its_year_are_background():
    text = f"{CLASH} The group's fighters joined the 2017 siege of Marawi, in which 1,100 died."
    _analysis, events, casualties = extract_document(text, PUBLISHED)
    assert _news_deaths(text) == [3]
    background = [e for e in events if e["is_background"]]
    assert [e["fatalities"] for e in background] == [1100]
    assert any(c["count_best"] == 1100 for c in casualties)  # kept, with its quote


def test_a_count_with_a_thousands_separator_is_no_year():
    assert [q.coded for q in find_quantities("killed more than 2,000 people")] == [2000]
    assert find_quantities("the uprising of 2019") == []


def test_relatives_who_speak_are_not_counted_among_the_dead():
    text = (
        "On Saturday, a drone strike hit a minibus near the town of Dangila, killing 9 "
        "passengers, two relatives of the victims said."
    )
    assert _news_deaths(text) == [9]
