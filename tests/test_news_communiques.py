"""Army and police communiques: numbered items, each its own news, in their own wording."""

from __future__ import annotations

import datetime as dt

from .news import news_events

COMMUNIQUE = (
    "Security Media Cell - Statement\n\n"
    "1. On Sunday, aircraft of the Iraqi Air Force struck hideouts of Daesh terrorist gangs in "
    "the Hamrin mountains of Salah al-Din, resulting in the killing of four terrorists.\n\n"
    "2. On Sunday evening, an explosive device planted by Daesh remnants exploded against an "
    "army vehicle near Tarmiyah, resulting in the martyrdom of three soldiers and the injury of "
    "an officer.\n\n"
    "3. On Monday, police arrested two Daesh terrorists in the district of Hawija."
)


def test_each_numbered_item_of_a_communique_is_its_own_event():
    events = news_events(COMMUNIQUE, dt.date(2025, 4, 22))
    assert [(e["sub_event_type"], e["date_start"]) for e in events] == [
        ("Air/drone strike", dt.date(2025, 4, 20)),
        ("Remote explosive/landmine/IED", dt.date(2025, 4, 20)),
        ("Arrests", dt.date(2025, 4, 21)),
    ]
    assert events[2]["admin1"] == "Kirkuk"


def test_the_martyrdom_of_soldiers_is_their_death_and_an_injury_is_none():
    events = news_events(COMMUNIQUE, dt.date(2025, 4, 22))
    assert [e["fatalities"] for e in events] == [4, 3, 0]


def test_a_press_release_s_date_line_of_its_own_opens_no_event():
    text = (
        "PRESS RELEASE No. 231 - Secretariat of National Defense\n\n"
        "Mexico City, August 14, 2025.\n\n"
        "The Secretariat informs that on August 12, soldiers near the community of Acahuato, "
        "Michoacan, were attacked by armed civilians, and four aggressors lost their lives."
    )
    events = news_events(text, dt.date(2025, 8, 14))
    assert [(e["date_start"], e["location"]) for e in events] == [
        (dt.date(2025, 8, 12), "Acahuato")
    ]


def test_armed_civilians_who_attacked_soldiers_are_an_unidentified_armed_group():
    text = (
        "On August 12, soldiers near the community of Acahuato were attacked by armed civilians, "
        "and four aggressors lost their lives, the Defense Secretariat said."
    )
    (event,) = news_events(text, dt.date(2025, 8, 14))
    assert event["actor1"] == "Unidentified Armed Group (Mexico)"
