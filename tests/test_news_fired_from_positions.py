"""Remote fire and who fired it. Shells "fired from X positions" are X's, bombs that are fired
or lobbed are mortar bombs (shelling, not planted devices), and drones carrying explosives make
a drone strike."""

from __future__ import annotations

import datetime as dt

from .news import news_events

MON = dt.date(2025, 5, 12)


def test_shells_fired_from_a_groups_positions_are_that_groups_fire():
    [event] = news_events(
        "On Sunday, shells fired from M23 positions hit a school in Minova, in Kalehe "
        "territory, killing three pupils, a local official said.",
        MON,
    )
    assert event["actor1"] == "M23: March 23 Movement"
    assert event["actor2"] == "Civilians (Democratic Republic of Congo)"


def test_rockets_launched_from_a_forces_held_area_are_that_forces_fire():
    [event] = news_events(
        "Rockets launched from RSF-held areas struck a hospital in El Obeid on Sunday, "
        "killing four patients, medics said.",
        MON,
    )
    assert event["actor1"] == "RSF: Rapid Support Forces"


def test_fire_from_a_place_names_no_shooter():
    # (a town is no party: "from" alone does not make who is named after it the shooter)
    [event] = news_events(
        "On Sunday, shells fired from the direction of Minova hit a school in Kalehe "
        "territory, killing three pupils, a local official said.",
        MON,
    )
    assert event["actor1"] != "Civilians (Democratic Republic of Congo)"
    assert event["actor2"] == "Civilians (Democratic Republic of Congo)"


def test_bombs_fired_at_a_market_are_shelling():
    [event] = news_events(
        "On Sunday, bombs fired from the hills landed in the market of Bunagana, killing two "
        "traders, a health official said.",
        MON,
    )
    assert event["sub_event_type"] == "Shelling/artillery/missile attack"


def test_drones_carrying_explosives_dropped_on_a_police_station_are_a_drone_strike():
    [event] = news_events(
        "Drones carrying explosives were dropped on the police station in Jamundi, Valle del "
        "Cauca, on Sunday, and two patrolmen were wounded, the police said.",
        MON,
    )
    assert (event["event_type"], event["sub_event_type"]) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert event["actor2"].startswith("Police Forces of Colombia")
