"""Wire stories from Africa, Latin America and Europe (invented prose): the lead's attacker
reaches every place it is broken down into, a country closing a clause names no forces, an
aircraft that 'had struck' is an air strike, and a disrupted attack on a day of its own is an
event of its own."""

from __future__ import annotations

import datetime as dt

from .news import news_events

PUBLISHED = dt.date(2025, 3, 5)


def _news(text: str) -> list[dict]:
    return news_events(text, PUBLISHED)


def test_lead_attacker_reaches_every_place():
    events = _news(
        "ODESA, Ukraine (Reuters) - Russian drones and missiles hit towns across southern "
        "Ukraine overnight, killing at least nine people, officials said on Wednesday.\n\n"
        "In the city of Mykolaiv, a missile struck a school, killing five people. Four people "
        "died in the Kherson region, where a drone hit a bus stop."
    )
    assert [e["admin1"] for e in events] == ["Mykolaiv", "Kherson"]
    assert [e["actor1"] for e in events] == ["Military Forces of Russia"] * 2


def test_country_closing_a_clause_names_no_forces():
    (event,) = _news(
        "In eastern Ukraine, Russian shelling killed two farmers in the town of Kramatorsk "
        "on Monday, local officials said."
    )
    assert event["actor1"] == "Military Forces of Russia"


def test_aircraft_that_had_struck_is_an_air_strike():
    (event,) = _news(
        "The army said its aircraft had struck a rebel camp near the town of Dori on Monday, "
        "killing 25 fighters."
    )
    assert (event["event_type"], event["sub_event_type"]) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )


def test_disrupted_attack_on_its_own_day_is_its_own_event():
    events = _news(
        "KHARTOUM, Sudan (AP) — Gunmen killed eight farmers in the town of Sennar on Monday, "
        "residents said.\n\n"
        "On Sunday, air defences intercepted four drones over the city of Kassala, the army "
        "said. Nobody was hurt."
    )
    assert [e["sub_event_type"] for e in events] == ["Attack", "Disrupted weapons use"]
    assert events[1]["location"] == "Kassala"
