"""Places in news stories: a village told inside a division a compass word qualifies, and a
town the gazetteer knows only in other divisions than the one its sentence names."""

from __future__ import annotations

import datetime as dt

from .news import news_events

TUE = dt.date(2025, 3, 4)


def _where(event: dict) -> tuple[str | None, str | None, str | None]:
    return event["country"], event["admin1"], event["location"]


def test_a_village_in_a_division_a_compass_word_qualifies_is_the_scene():
    [event] = news_events(
        "Militants killed five villagers in Buni Gari, in the northern Yobe state, on Sunday.",
        TUE,
    )
    assert _where(event) == ("Nigeria", "Yobe", "Buni Gari")


def test_a_namesake_elsewhere_yields_to_the_division_the_sentence_names():
    for text in (
        "Gunmen shot dead two shopkeepers in the town of Chilapa, in Guerrero state, on Friday.",
        "Gunmen shot dead two shopkeepers in Chilapa on Friday, Guerrero state prosecutors said.",
    ):
        [event] = news_events(text, TUE)
        assert _where(event) == ("Mexico", "Guerrero", "Chilapa"), text
    # the gazetteer's own division named beside it keeps the reading
    [event] = news_events("Gunmen shot dead two traders in Chilapa, Veracruz, on Friday.", TUE)
    assert _where(event) == ("Mexico", "Veracruz de Ignacio de la Llave", "Chilapa")


def test_a_division_people_came_from_or_a_city_near_by_moves_no_town():
    for text, where in (
        (
            "Gunmen shot dead two traders from Guerrero state in Chilapa on Friday.",
            ("Mexico", "Veracruz de Ignacio de la Llave", "Chilapa"),
        ),
        (
            "Gunmen killed two labourers from Punjab province in Turbat on Sunday.",
            ("Pakistan", "Balochistan", "Turbat"),
        ),
        (
            "Soldiers retook the town of Rufaa, south of Khartoum, on Tuesday.",
            ("Sudan", "Al Jazirah", "Rufaa"),
        ),
    ):
        [event] = news_events(text, TUE)
        assert _where(event) == where, text
