"""A news article that reports harm at several places on one day holds one event per place
(as ACLED codes them), and an overview figure that those places break down is never counted
twice."""

from __future__ import annotations

import datetime as dt

from sitrep.casualties import find_casualties
from sitrep.extraction import extract_document
from sitrep.quantities import find_quantities

PUBLISHED = dt.date(2024, 6, 11)


def _news(text):
    """(location, fatalities) of each news event, and every casualty row."""
    _analysis, events, casualties = extract_document(text, PUBLISHED)
    news = [(e["location"], e["fatalities"]) for e in events if not e["is_background"]]
    return news, casualties


def test_deaths_reported_in_another_town_open_an_event_there():
    news, _casualties = _news(
        "Paramilitary fighters shelled El Fasher on Friday, killing 18 civilians, medics said. "
        "In Omdurman, army drone strikes on a fighters' camp killed at least nine people, "
        "activists said."
    )
    assert news == [("El Fasher", 18), ("Omdurman", 9)]


def test_an_overview_broken_down_by_place_is_kept_but_not_counted_again():
    news, casualties = _news(
        "Military jets bombed villages in northwestern Myanmar on Monday, killing at least nine "
        "people, a resistance spokesman said.\n\n"
        "In Monywa, a bomb hit a crowded market and killed five traders. Four people died in "
        "Pakokku when a jet struck a monastery, residents said."
    )
    assert news == [("Monywa", 5), ("Pakokku", 4)]
    # the overview's figure is kept on a background event of its own, not on Monywa's
    assert [(c["event_seq"], c["quote"]) for c in casualties if c["outcome"] == "killed"] == [
        (0, "at least nine people"),
        (1, "five traders"),
        (2, "Four people died"),
    ]


def test_an_overview_its_places_leave_short_keeps_only_the_rest():
    news, casualties = _news(
        "Attacks by armed groups killed at least 20 people across Mali's central region on "
        "Saturday, officials said.\n\n"
        "In Bandiagara, militants killed eight villagers at a market. Five soldiers were killed "
        "in an ambush near Djenne, the army said."
    )
    assert news == [(None, 7), ("Bandiagara", 8), ("Djenne", 5)]
    assert len([c for c in casualties if c["outcome"] == "killed"]) == 3


def test_zooming_in_or_out_and_where_victims_were_taken_open_no_event():
    news, _casualties = _news(
        "Jihadists attacked an army post in Gao on Monday, killing four soldiers. Two civilians "
        "were also killed in the Gao region during the assault, residents said. Eleven wounded "
        "soldiers were flown to hospital in Bamako. In Menaka, gunmen on motorbikes killed "
        "three herders near a well."
    )
    assert news == [("Gao", 6), ("Menaka", 3)]


def test_more_deaths_at_a_town_already_reported_join_its_event():
    news, _casualties = _news(
        "Drones struck El Obeid on Tuesday, killing five civilians. In Kadugli, shelling killed "
        "three children, a local doctor said. Two more people were killed in El Obeid when a "
        "second drone hit a bakery. Rescue teams were still searching the rubble."
    )
    assert news == [("El Obeid", 7), ("Kadugli", 3)]


def test_suspected_as_an_adjective_does_not_make_the_deaths_a_reference():
    sentence = "Suspected jihadists killed at least 25 people in two attacks on Sunday."
    figures = find_casualties(sentence, 0, find_quantities(sentence))
    assert [(f.coded, f.is_subset) for f in figures] == [(25, False)]


def test_a_witness_quoted_on_the_day_of_speaking_opens_no_event():
    news, _casualties = _news(
        "An air strike hit a school in Shwebo on Sunday, killing 11 pupils, teachers said.\n\n"
        '"We laid nine bodies in the ground this morning," said a teacher who asked not to be '
        "named."
    )
    assert news == [("Shwebo", 11)]
