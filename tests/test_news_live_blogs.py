"""Live blogs: entries stamped with their time, each news of its own, and updates to a toll
told entries later."""

from __future__ import annotations

import datetime as dt

from sitrep.places import find_places

from .news import news_events

LIVE = (
    "LIVE: Middle East updates - Thursday 19 June\n\n"
    "09:12 - An Israeli drone struck a motorbike near Aitaroun in south Lebanon this morning, "
    "killing its rider, the state news agency reports.\n\n"
    "11:40 - Rescuers say seven people were killed when an Israeli airstrike hit a tent in "
    "western Khan Younis before dawn today.\n\n"
    "13:25 - Syrian state media say Israeli artillery shelled the outskirts of Kodana in "
    "Quneitra province this morning. No casualties were reported.\n\n"
    "15:05 - UPDATE: rescuers now say the toll from the strike on the Khan Younis tent has "
    "risen to 9 after two wounded children died in hospital."
)


def test_each_time_stamped_entry_that_tells_an_act_is_its_own_event():
    events = news_events(LIVE, dt.date(2025, 6, 19))
    assert [e["country"] for e in events] == ["Lebanon", "Palestine", "Syria"]


def test_a_later_toll_update_goes_to_the_entry_about_its_place():
    events = news_events(LIVE, dt.date(2025, 6, 19))
    assert [e["fatalities"] for e in events] == [1, 9, 0]


def test_a_direction_before_a_town_still_lets_the_town_be_found():
    places = find_places("The strike hit a tent in western Khan Younis before dawn.", 0)
    assert [(p.location, p.admin1) for p in places] == [("Khan Yunis", "Gaza Strip")]


def test_an_entry_that_only_threatens_an_act_is_no_event():
    text = (
        "08:52 - Rescuers say an Israeli air strike on a house in Beit Lahia late on Wednesday "
        "killed nine members of one family.\n\n"
        "10:15 - Israel's defence minister says the military will intensify operations in Gaza "
        "unless the remaining hostages are released."
    )
    events = news_events(text, dt.date(2025, 3, 20))
    assert [(e["location"], e["fatalities"]) for e in events] == [("Beit Lahia", 9)]
