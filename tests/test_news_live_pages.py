"""Live pages and timelines: timestamped entries told newest first, tolls updated in later
entries, territory-wide totals (read wrong on the fifty-third blind set of articles)."""

from __future__ import annotations

import datetime as dt

from sitrep.places import find_places

from .news import news_events

GAZA_LIVE = (
    "Gaza live: strikes hit north and south\n\n"
    "Updates are listed newest first. All times GMT.\n\n"
    "13:30 - Tent hit in al-Mawasi\n"
    "An Israeli strike hit a tent sheltering displaced people in al-Mawasi, west of Khan "
    "Younis, at about midday, killing four people, according to Nasser Medical Complex.\n\n"
    "10:48 - Drone strike in Deir al-Balah\n"
    "Two men were killed when an Israeli drone fired on a group of people in central Deir "
    "al-Balah, Al-Aqsa Martyrs Hospital said.\n\n"
    "07:05 - Overnight strike on Jabalia home\n"
    "Civil defence says a house in Jabalia was struck late on Monday. Seven bodies have been "
    "recovered so far."
)


def test_each_entry_of_a_live_page_is_an_event_at_its_town():
    events = news_events(GAZA_LIVE, dt.date(2025, 5, 20))
    assert [(e["location"], e["fatalities"]) for e in events] == [
        ("Al Mawasi", 4),
        ("Deir al Balah", 2),
        ("Jabalia", 7),
    ]


def test_a_live_entry_that_names_no_day_is_of_the_pages_day():
    events = news_events(GAZA_LIVE, dt.date(2025, 5, 20))
    assert [e["date_start"] for e in events] == [
        dt.date(2025, 5, 20),
        dt.date(2025, 5, 20),
        dt.date(2025, 5, 19),
    ]


def test_the_gaza_strips_towns_are_read_with_their_acled_names():
    places = [
        find_places(f"An air strike hit {town} on Tuesday.")[0]
        for town in ("al-Mawasi", "Deir al-Balah", "al-Maghazi camp")
    ]
    assert [(p.location, p.admin1) for p in places] == [
        ("Al Mawasi", "Gaza Strip"),
        ("Deir al Balah", "Gaza Strip"),
        ("Maghazi", "Gaza Strip"),
    ]


TIMELINE = (
    "Culiacan, six weeks of war: the week's timeline\n\n"
    "Monday, 14 October\n"
    "Five bodies with signs of torture were found dumped beside the highway at the entrance "
    "to Eldorado, south of Culiacan.\n\n"
    "Tuesday, 15 October\n"
    "Soldiers on patrol in Culiacan were fired upon by gunmen. In the confrontation that "
    "followed, four gunmen were killed, the Defence Ministry said.\n\n"
    "Saturday, 19 October\n"
    "Hundreds of people dressed in white marched through Culiacan to demand peace."
)


def test_each_day_of_a_timeline_heads_its_own_event():
    events = news_events(TIMELINE, dt.date(2024, 10, 20))
    assert [(e["date_start"], e["event_type"]) for e in events] == [
        (dt.date(2024, 10, 14), "Violence against civilians"),
        (dt.date(2024, 10, 15), "Battles"),
        (dt.date(2024, 10, 19), "Protests"),
    ]


def test_a_single_date_line_under_a_title_is_the_reports_date_not_a_heading():
    text = (
        "PRESS RELEASE\n"
        "23 April 2024\n\n"
        "Three militants were killed when troops encountered armed men near Datu Hoffer at "
        "about 6:15 a.m. on Monday, April 22."
    )
    [event] = news_events(text, dt.date(2024, 4, 23))
    assert event["date_start"] == dt.date(2024, 4, 22)


GOMA_LIVE = (
    "DRC: fighting around Sake, protests in Goma - live updates\n\n"
    "Thursday 8 February.\n\n"
    "18:05 - Army says drones hit M23 positions\n"
    "Army drones struck M23 positions on the hills above Kirotshe this afternoon, destroying "
    "rebel positions.\n\n"
    "12:15 - Protesters stone UN vehicles in Goma\n"
    "Hundreds of young people gathered near the MONUSCO base in Goma. Some threw stones at "
    "passing UN vehicles and set tyres alight.\n\n"
    "09:55 - Heavy fighting around Sake\n"
    "Fighting resumed at dawn between the M23 and the army on the hills north of Sake. At "
    "least a dozen fighters had been killed since morning.\n\n"
    "07:30 - Health figures\n"
    "The health ministry says the bodies of 40 people were brought to hospitals across the "
    "country over the past week."
)


def test_each_entry_of_a_live_page_that_tells_an_act_is_its_own_event_and_a_total_none():
    events = news_events(GOMA_LIVE, dt.date(2024, 2, 8))
    assert [e["event_type"] for e in events] == [
        "Explosions/Remote violence",
        "Riots",
        "Battles",
    ]


def test_the_day_atop_a_live_page_opens_no_event_of_its_own():
    text = (
        "Russia-Ukraine war live: death toll from Zaporizhzhia missile strike rises to seven\n\n"
        "Tuesday 11 March 2025. Live updates, newest first.\n\n"
        "19:52 - Zaporizhzhia toll climbs to seven\n"
        "Rescuers have pulled two more bodies from the rubble of the apartment block hit this "
        "morning in Zaporizhzhia, bringing the number of dead to seven, the governor said.\n\n"
        "16:24 - Drone hits minibus in Nikopol\n"
        "A Russian drone struck a minibus in Nikopol. Two passengers were wounded."
    )
    events = news_events(text, dt.date(2025, 3, 11))
    assert [(e["location"], e["fatalities"]) for e in events] == [
        ("Zaporizhia", 7),
        ("Nikopol", 0),
    ]


def test_a_timelines_day_and_region_heads_its_item():
    text = (
        "Myanmar conflict tracker: 10-15 June\n\n"
        "Monday, 10 June - Sagaing\n"
        "A junta jet bombed a village in Kanbalu township, killing eight people.\n\n"
        "Wednesday, 12 June - Sagaing\n"
        "A People's Defence Force unit ambushed a military convoy near Myinmu. The PDF said 12 "
        "soldiers were killed; a local news outlet quoting villagers said four soldiers died."
    )
    events = news_events(text, dt.date(2024, 6, 16))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [
        (dt.date(2024, 6, 10), 8),
        (dt.date(2024, 6, 12), 4),
    ]


def test_an_item_read_with_its_day_line_quotes_the_text_as_written():
    events = news_events(TIMELINE, dt.date(2024, 10, 20))
    assert all(TIMELINE[e["char_start"] : e["char_end"]] == e["sentence"] for e in events)
    assert "\n" in events[0]["sentence"]


def test_an_army_saying_its_troops_clashed_elsewhere_that_day_tells_an_act_of_its_own():
    text = (
        "Early on Tuesday, drones carrying explosives were dropped on the police station in "
        "Suarez, Cauca, the police said. Two patrolmen were wounded.\n\n"
        "In Toribio, Cauca, the army said troops clashed with members of the Dagoberto Ramos "
        "column on Tuesday morning."
    )
    events = news_events(text, dt.date(2024, 8, 14))
    assert [(e["location"], e["event_type"]) for e in events] == [
        ("Suarez", "Explosions/Remote violence"),
        ("Toribio", "Battles"),
    ]
