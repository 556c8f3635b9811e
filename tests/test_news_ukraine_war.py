"""Night-time missile and drone strikes, guided bombs, front-line shelling and the daily
summaries of the war in Ukraine (read wrong on the twenty-third blind set of articles)."""

from __future__ import annotations

import datetime as dt

from .news import news_events

NIGHT = (
    "KYIV, June 17 (AFP) - Russia pounded Ukrainian cities with missiles and drones on "
    "Tuesday, killing at least 12 people in a Kyiv apartment block, officials said.\n\n"
    "In Odesa, drones hit a residential building near the port, killing one man, regional "
    "governor Oleh Kiper said.\n\n"
    "Drones also struck Kharkiv's Kyivskyi district, injuring five people, mayor Ihor Terekhov "
    "said.\n\n"
    "Ukraine's air force said Russia had launched 310 drones and 21 missiles overnight. It said "
    "most of them were shot down or jammed."
)


def test_a_state_that_pounded_cities_is_its_military():
    events = news_events(NIGHT, dt.date(2025, 6, 17))
    assert events[0]["actor1"] == "Military Forces of Russia"


def test_strikes_later_in_the_story_were_fired_by_the_side_the_lead_named():
    events = news_events(NIGHT, dt.date(2025, 6, 17))
    assert [e["actor1"] for e in events] == ["Military Forces of Russia"] * 3


def test_a_strike_on_another_towns_district_is_an_event_of_its_own():
    events = news_events(NIGHT, dt.date(2025, 6, 17))
    assert [(e["location"], e["fatalities"]) for e in events] == [
        ("Kyiv", 12),
        ("Odesa", 1),
        ("Kharkiv", 0),
    ]


def test_a_count_of_drones_launched_and_shot_down_is_no_event():
    text = (
        "Ukraine's air force says Russia launched 67 attack drones and two ballistic missiles "
        "overnight. It says 34 drones were shot down.\n\n"
        "Four people were injured when Russian drones struck a residential area of Odesa, "
        "Governor Oleh Kiper said."
    )
    events = news_events(text, dt.date(2025, 3, 8))
    assert [e["location"] for e in events] == ["Odesa"]


def test_a_bomb_planted_later_in_the_story_keeps_no_shooter():
    text = (
        "Russian forces shelled Kherson on Sunday, killing two civilians, officials said.\n\n"
        "In Bilozerka, a roadside bomb exploded under a car, killing the driver, police said."
    )
    events = news_events(text, dt.date(2024, 10, 28))
    assert [e["actor1"] for e in events] == [
        "Military Forces of Russia",
        "Unidentified Armed Group (Ukraine)",
    ]


def test_aircraft_that_dropped_bombs_in_a_when_clause_struck():
    text = (
        "Two people were killed when Russian aircraft dropped guided glide bombs on "
        "Kostiantynivka in the Donetsk region this afternoon, the regional governor said."
    )
    events = news_events(text, dt.date(2025, 3, 8))
    assert events[0]["actor1"].startswith("Military Forces of Russia")


def test_government_shelling_is_the_countrys_military():
    text = (
        "In Syria's northwest, government shelling on the town of Sarmin in rebel-held Idlib "
        "province killed a woman and two of her children on Tuesday, rescuers said."
    )
    events = news_events(text, dt.date(2024, 5, 22))
    assert events[0]["actor1"] == "Military Forces of Syria"
