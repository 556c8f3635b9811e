"""West African, Sahel and Great Lakes news (read wrong on the seventeenth blind set): a
gunfight's breakdown of its toll, an air component's strikes, a group's name after 2022."""

from __future__ import annotations

import datetime as dt

from .news import news_events

TUE = dt.date(2023, 2, 7)


def test_a_breakdown_of_a_gunfights_toll_stays_with_the_attack_and_adds_up():
    events = news_events(
        "MAIDUGURI, Nigeria, Feb 7 (Reuters) - ISWAP fighters stormed a military base in the "
        "northeastern Nigerian town of Marte late on Sunday, setting off a gunfight that left "
        "at least 15 people dead, military and security sources said.\n\n"
        "Two army officers, who asked not to be named, said four soldiers were killed and that "
        "troops repelled the attackers, killing 11 of them.",
        TUE,
    )
    assert [(e["location"], e["fatalities"]) for e in events] == [("Marte", 15)]


def test_an_air_components_strikes_are_an_air_strike_and_isgs_is_now_is_sahel():
    [event] = news_events(
        "On 20 November 2023, the FAMa air component carried out strikes against a gathering "
        "of terrorists of the Islamic State in the Greater Sahara near Inekar, in the Menaka "
        "region. The strikes neutralised nine terrorists.",
        dt.date(2023, 11, 22),
    )
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["fatalities"]) == (
        "Air/drone strike",
        "Military Forces of Mali",
        "Islamic State (Sahel)",
        9,
    )


def test_a_quoted_communiques_dated_paragraph_is_an_event_and_a_defused_device_kills_no_one():
    events = news_events(
        "BAMAKO, Nov 22 - The General Staff issued the following communique on Wednesday.\n\n"
        '"On 20 November 2023, the FAMa air component carried out strikes near Inekar, in the '
        "Menaka region. The strikes neutralised nine terrorists.\n\n"
        '"On 21 November 2023, a FAMa unit on patrol near Boni, in the Douentza circle, '
        "detected an improvised explosive device buried on the national road. The device was "
        "neutralised by the engineering team without any damage.",
        dt.date(2023, 11, 22),
    )
    assert [(e["location"], e["sub_event_type"], e["fatalities"]) for e in events] == [
        ("Inekar", "Air/drone strike", 9),
        ("Boni", "Disrupted weapons use", 0),
    ]
