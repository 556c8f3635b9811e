"""Leads that give the toll first and the day, place and author later ('The attack took place
on Sunday in Tongomayel', 'JNIM, an al-Qaeda affiliate, claimed responsibility for the attack
on Tuesday'), and the news agency that is no army (read wrong on the tenth blind set)."""

from __future__ import annotations

import datetime as dt

from sitrep.actors import find_actors

from .news import news_events

TONGOMAYEL = (
    "OUAGADOUGOU (AFP) - At least 21 auxiliaries of the Volunteers for the Defence of the "
    "Homeland (VDP) and four soldiers were killed in a jihadist attack on a military detachment "
    "in northern Burkina Faso, security sources told AFP on Wednesday.\n\n"
    "The attack took place on Sunday afternoon in Tongomayel, a town in Soum province in the "
    "Sahel region.\n\n"
    "The Group for Support of Islam and Muslims (JNIM), an al-Qaeda affiliate, claimed "
    "responsibility for the attack on Tuesday in a message on its channels."
)


def test_the_day_and_place_told_after_the_toll_are_the_events():
    events = news_events(TONGOMAYEL, dt.date(2024, 10, 16))
    assert [(e["date_start"], e["location"]) for e in events] == [
        (dt.date(2024, 10, 13), "Tongomayel")
    ]


def test_a_claim_on_a_later_day_names_the_author_and_opens_no_event():
    events = news_events(TONGOMAYEL, dt.date(2024, 10, 16))
    assert [e["actor1"] for e in events] == ["JNIM: Group for Support of Islam and Muslims"]


def test_a_group_named_in_full_with_its_acronym_still_shares_the_verb_of_the_list():
    events = news_events(TONGOMAYEL, dt.date(2024, 10, 16))
    assert [e["fatalities"] for e in events] == [25]


def test_the_news_agency_afp_is_no_army_outside_the_philippines():
    text = "A civil society leader in Ituri told AFP that the fighting lasted hours."
    assert find_actors(text, 0, "Democratic Republic of Congo") == []
    text = "AFP soldiers clashed with NPA rebels in Samar."
    actors = [a.actor for a in find_actors(text, 0, "Philippines")]
    assert actors[0] == "Military Forces of the Philippines"
