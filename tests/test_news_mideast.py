"""Wire stories from the Middle East and South Asia: a separate incident told in a paragraph of
its own (a protest after a bombing, rockets fired back across a border, an arrest days later)
is an event of its own; nationalities on 'strikes' type air strikes; settlers who riot are
'Rioters (Israel)'; armed men who block a road to kill are no protest; the open sea is no
division; 'police said' names a source. All prose here is invented."""

from __future__ import annotations

import datetime as dt

from sitrep.places import find_places

from .news import news_events

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday


def _news(text, published=PUBLISHED):
    return news_events(text, published)


def test_a_paragraph_telling_another_kind_of_act_elsewhere_is_an_event_of_its_own():
    events = _news(
        "MOSUL, Iraq (Reuters) - A roadside bomb hit a police car in Mosul on Wednesday, "
        "killing one officer, security sources said.\n\n"
        "In the southern city of Basra, several hundred graduates protested outside the oil "
        "ministry's offices on Wednesday, demanding jobs."
    )
    assert [(e["sub_event_type"], e["location"]) for e in events] == [
        ("Remote explosive/landmine/IED", "Mosul"),
        ("Peaceful protest", "Basra"),
    ]


def test_within_one_paragraph_another_act_elsewhere_stays_the_same_incident():
    events = _news(
        "A roadside bomb hit a police car in Mosul on Wednesday, killing one officer. "
        "In Basra, several hundred graduates protested outside the oil ministry's offices."
    )
    assert len(events) == 1


def test_a_town_named_with_its_province_is_the_scene_not_the_province():
    events = _news(
        "Government artillery shelled the town of Saraqib in opposition-held Idlib province on "
        "Wednesday, killing three farmers, a war monitor said.\n\n"
        "Later, Russian jets struck a camp on the outskirts of Idlib city, the monitor said."
    )
    assert [(e["sub_event_type"], e["location"]) for e in events] == [
        ("Shelling/artillery/missile attack", "Saraqib"),
        ("Air/drone strike", "Idlib"),
    ]


def test_rockets_a_group_says_it_fired_across_the_border_are_news_in_the_other_country():
    events = _news(
        "BEIRUT (AP) — An Israeli drone strike on a motorbike near Bint Jbeil killed a "
        "Hezbollah commander on Wednesday, Lebanese security officials said.\n\n"
        "Hezbollah said it had launched rockets at the northern Israeli town of Metula in "
        "retaliation. No one was hurt, the Israeli army said."
    )
    assert [(e["country"], e["location"], e["actor1"]) for e in events] == [
        ("Lebanon", "Bint Jbeil", "Military Forces of Israel"),
        ("Israel", "Metula", "Hezbollah"),
    ]
    assert events[1]["admin1"] == "HaZafon"  # GeoNames' 'Northern District', as ACLED spells it


def test_an_arrest_days_later_in_another_city_is_an_event_of_its_own():
    events = _news(
        "QUETTA, Pakistan (AP) — A bomb hidden in a motorbike exploded near a bus stop in "
        "Quetta on Wednesday, killing three people, police said.\n\n"
        "In the eastern city of Lahore, counterterrorism officers arrested two brothers on "
        "Monday over alleged links to a banned group, officials said."
    )
    assert [(e["date_start"], e["location"], e["sub_event_type"]) for e in events] == [
        (dt.date(2024, 5, 15), "Quetta", "Remote explosive/landmine/IED"),
        (dt.date(2024, 5, 13), "Lahore", "Arrests"),
    ]


def test_a_nationality_on_strikes_types_an_air_strike():
    (event,) = _news("Turkish strikes on villages near Qamishli killed two people on Tuesday.")
    assert (event["event_type"], event["sub_event_type"]) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )


def test_settlers_who_riot_are_rioters_of_their_own_country():
    (event,) = _news(
        "A crowd of Israeli settlers stormed the village of Turmus Ayya on Monday, setting "
        "fire to a barn and two cars and injuring three Palestinians."
    )
    assert (event["event_type"], event["actor1"], event["assoc_actor_1"]) == (
        "Riots",
        "Rioters (Israel)",
        "Settlers (Israel)",
    )


def test_armed_men_who_block_a_road_and_kill_are_no_protest():
    (event,) = _news(
        "Armed men blocked a road near Turbat on Tuesday and shot dead six labourers they "
        "pulled from a van, officials said."
    )
    assert (event["event_type"], event["sub_event_type"], event["fatalities"]) == (
        "Violence against civilians",
        "Attack",
        6,
    )


def test_the_open_sea_is_no_division_but_a_red_sea_state_still_is():
    assert find_places("Rebels fired a drone at a tanker in the Red Sea on Monday.") == []
    (state,) = find_places("Police dispersed a rally in the Red Sea state on Monday.")
    assert (state.admin1, state.country) == ("Red Sea", "Sudan")


def test_a_ships_flag_is_no_place():
    assert find_places("The group fired missiles at a Greek-flagged bulk carrier on Monday.") == []


def test_police_who_said_are_a_source_not_the_target():
    (event,) = _news(
        "Unidentified men dropped grenades from a drone on a market in Churachandpur on "
        "Tuesday, killing a shopkeeper, police said."
    )
    assert event["actor2"] == "Civilians (India)"
