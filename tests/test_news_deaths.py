"""Deaths per news event, ACLED-style: who died, which counts compete, which are parts."""

from __future__ import annotations

import datetime as dt

from sitrep.casualties import find_casualties, reconcile_fatalities
from sitrep.quantities import find_quantities

from .news import news_events

FRI = dt.date(2025, 6, 13)


def _live(text: str, published: dt.date | None = FRI) -> list[dict]:
    return news_events(text, published)


def test_attackers_neutralised_in_quotes_count_as_killed():
    events = _live(
        "Militants raided a gendarmerie post in Dori on Wednesday, killing at least seven "
        'gendarmes, a security source said. The army said it had "neutralised" 12 attackers.'
    )
    assert events[0]["fatalities"] == 19


def test_officers_who_speak_are_no_victims():
    events = _live(
        "Gunmen ambushed a patrol near Zurmi on Tuesday, killing four soldiers, three police "
        "officers said on Thursday."
    )
    assert events[0]["fatalities"] == 4


def test_dead_found_among_the_victims_are_part_of_the_count():
    first = "An air strike hit a clinic in Kalay, killing nine people, a rescue team said."
    second = '"We found the bodies of three nurses among them," a volunteer said.'
    figures = find_casualties(first, 0, find_quantities(first), "rescue team")
    found = find_casualties(second, 0, find_quantities(second), "volunteer")
    assert [f.is_subset for f in found] == [True]
    assert reconcile_fatalities(figures + found) == 9


def test_another_source_putting_the_toll_higher_competes():
    events = _live(
        "Shells fell on a market in Mellit on Thursday, killing 11 people, a local medical "
        "group said. Rebel media put the death toll at 20."
    )
    assert events[0]["fatalities"] == 11


def test_a_count_made_by_a_later_day_is_no_new_event():
    events = _live(
        "Bandits killed 16 villagers in an attack on Tsafe on Tuesday, the state police said. "
        "Villagers said 25 bodies had been buried by Thursday morning."
    )
    assert len(events) == 1
    assert events[0]["fatalities"] == 16


def test_people_displaced_after_a_death_toll_are_not_killed():
    sentence = "Attacks have killed 50 civilians, and 1,600 people are displaced in the province."
    figures = find_casualties(sentence, 0, find_quantities(sentence))
    assert [(f.outcome, f.coded) for f in figures] == [("killed", 50)]


def test_a_vague_toll_gives_way_to_a_stated_count_under_another_name():
    text = (
        "Jihadists killed dozens of soldiers in an attack on a military detachment near "
        "Diapaga on Tuesday, security sources said. At least 30 of the unit's men died, "
        "among them volunteers, a security source said."
    )
    assert [e["fatalities"] for e in news_events(text, dt.date(2024, 8, 22))] == [30]


def test_a_toll_of_one_sides_dead_leaves_the_other_sides_to_add():
    text = (
        "On Saturday, a military post at Kpinkankandi in Kpendjal prefecture, Togo, was attacked "
        "by armed terrorists. The provisional toll is four (4) soldiers killed on our side. "
        "Eight (8) assailants were neutralised."
    )
    assert [e["fatalities"] for e in _live(text, dt.date(2024, 7, 22))] == [12]


def test_a_toll_of_everyone_killed_replaces_the_counts_before_it():
    text = (
        "Gunmen attacked a village in Zamfara state on Sunday, killing four farmers and two "
        "traders. By Monday the death toll had risen to 11 people."
    )
    assert [e["fatalities"] for e in _live(text, dt.date(2024, 7, 22))] == [11]
