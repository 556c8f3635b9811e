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


def test_a_town_of_papuas_new_provinces_is_coded_there_from_2023():
    for text, admin1 in (
        ("Rebels shot dead two traders in Sugapa on Monday, police said.", "Central Papua"),
        ("Police fired tear gas at protesters in Wamena on Monday.", "Highland Papua"),
        ("Police fired tear gas at protesters in Sorong on Monday.", "Southwest Papua"),
        ("Police fired tear gas at protesters in Jayapura on Monday.", "Papua"),
        ("Police fired tear gas at protesters in Manokwari on Monday.", "West Papua"),
    ):
        [event] = news_events(text, TUE)
        assert event["admin1"] == admin1, text
    # before the split the town was in Papua, as ACLED coded it then
    [event] = news_events(
        "Rebels shot dead two traders in Sugapa on Monday, police said.", dt.date(2021, 3, 2)
    )
    assert event["admin1"] == "Papua"


def test_a_town_of_a_new_province_narrows_down_the_old_province_a_lead_names():
    [event] = news_events(
        "Rebels shot dead two traders in Indonesia's Papua region on Monday, police said. "
        "The men were shot near the market in Sugapa, the main town of Intan Jaya.",
        TUE,
    )
    assert _where(event) == ("Indonesia", "Central Papua", "Sugapa")


def test_a_municipality_a_later_sentence_names_narrows_down_the_leads_region():
    for lead in ("Colombia's Catatumbo region", "Norte de Santander department"):
        [event] = news_events(
            f"Clashes between two armed groups left four dead in {lead} on Monday. The "
            "fighting broke out in rural areas of Teorama municipality, the mayor said.",
            TUE,
        )
        assert _where(event) == ("Colombia", "Norte de Santander", "Teorama"), lead


def test_a_place_we_do_not_know_takes_the_division_of_the_storys_places_not_the_datelines():
    [event] = news_events(
        "PORT-AU-PRINCE, Haiti (AP) - Gunmen killed five people in the central Haitian town "
        "of Tilori on Tuesday, officials said.\n\nMany residents have fled to Mirebalais in "
        "recent months.",
        TUE,
    )
    assert _where(event) == ("Haiti", "Centre", "Tilori")
    # a story whose places lie in the dateline town's division keeps it
    [event] = news_events(
        "PORT-AU-PRINCE, Haiti (AP) - Gunmen killed five people in the Tilori neighbourhood "
        "on Tuesday, officials said.\n\nMany residents have fled to Delmas in recent months.",
        TUE,
    )
    assert _where(event) == ("Haiti", "Ouest", "Tilori")
