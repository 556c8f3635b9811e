"""Words that look like acts but tell none, and tolls corrected on the day of speaking (read
wrong on the check sets of blind articles): an advance that "gathered pace" is no gathering,
groups "fighting for control" of a trade are no battle, and a toll first given and then
lowered is the same event's."""

from __future__ import annotations

import datetime as dt

from .news import news_events

PUBLISHED = dt.date(2025, 3, 5)


def test_an_advance_that_gathered_pace_is_no_gathering():
    text = (
        "Armed groups have fought over the land of eastern Congo for three decades, and the "
        "M23 rebels, backed by Rwanda, have been the strongest of them since 2021.\n\n"
        "This year the rebels' advance has gathered pace. On Monday, M23 rebels took control "
        "of the town of Kanyabayonga after a day of fighting, residents said."
    )
    events = news_events(text, PUBLISHED)
    assert [(e["event_type"], e["sub_event_type"]) for e in events] == [
        ("Battles", "Non-state actor overtakes territory")
    ]


def test_a_toll_lowered_on_the_day_of_speaking_is_the_same_event():
    text = (
        "Gunmen killed four miners in an attack on a gold mining camp in Peru's Pataz "
        "province, prosecutors said on Wednesday.\n\n"
        "The attack took place before dawn on Monday near the village of Vijus.\n\n"
        "Local officials had initially said six people died, but prosecutors said on Wednesday "
        "that four bodies had been recovered. Police said the gunmen were believed to belong "
        "to gangs fighting for control of the illegal mines."
    )
    events = news_events(text, PUBLISHED)
    assert [(e["date_start"], e["sub_event_type"], e["fatalities"]) for e in events] == [
        (dt.date(2025, 3, 3), "Attack", 4)
    ]
