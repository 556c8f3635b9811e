"""Places in news stories, round 4: title-case datelines, a town in apposition after 'city',
a seeded town in an unplaced district, people taken 'from' a town."""

from __future__ import annotations

import datetime as dt

from sitrep.places import find_places

from .news import news_events

TUE = dt.date(2025, 2, 25)


def _where(event: dict) -> tuple[str | None, str | None, str | None]:
    return event["country"], event["admin1"], event["location"]


def test_a_title_case_dateline_with_an_agency_is_not_the_scene():
    [event] = news_events(
        "Bogotá, Feb 25 (EFE).- Four people died on Sunday in fighting between guerrillas and "
        "dissidents in a rural area of Tibú, Norte de Santander, officials said.",
        TUE,
    )
    assert _where(event) == ("Colombia", "Norte de Santander", "Tibu")


def test_a_town_in_apposition_after_city_is_named():
    [place] = find_places("A mob in the country's third city, Cap-Haïtien, burned a car.")
    assert (place.location, place.admin1) == ("Cap-Haïtien", "Nord")


def test_a_seeded_town_keeps_its_reading_in_an_unplaced_district():
    [place] = find_places("A bomb hit a convoy in the Mir Ali area of North Waziristan.")
    assert (place.location, place.admin1, place.country) == (
        "Mir Ali",
        "Khyber Pakhtunkhwa",
        "Pakistan",
    )


def test_people_abducted_from_a_town_were_taken_there():
    [event] = news_events(
        "Gunmen on Saturday abducted about 20 people, mostly farmers, from Yankara town in "
        "Faskari LGA of Katsina State.",
        TUE,
    )
    assert _where(event) == ("Nigeria", "Katsina", "Yankara")


def test_new_seeded_towns_have_their_divisions():
    for text, where in (
        ("Soldiers clashed with youth near Alabek.", ("Alabek", "Warrap", "South Sudan")),
        ("Insurgents raided Mecula on Tuesday.", ("Mecula", "Niassa", "Mozambique")),
    ):
        [place] = find_places(text)
        assert (place.location, place.admin1, place.country) == where
