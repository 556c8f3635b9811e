"""Wire-story framing: datelines, nationality adjectives on weapons, and speakers."""

from __future__ import annotations

import datetime as dt

from sitrep.extraction import extract_document

from .news import news_events

WED = dt.date(2024, 11, 27)


def _first(text: str, published: dt.date | None = WED) -> dict:
    return news_events(text, published)[0]


def test_dateline_with_country_is_not_the_event_place():
    event = _first(
        "GOMA, Congo (Reuters) - Rebels overran an army post in Rutshuru territory on Monday, "
        "killing four soldiers, a local official said."
    )
    assert event["location"] != "Goma"
    assert event["country"] == "Democratic Republic of Congo"


def test_dateline_town_is_only_a_last_resort():
    # a lead that names no place happened in the town it was filed from; the dateline is no
    # place mention of its own (a lead that names a place keeps it: see the test above)
    text = (
        "MOGADISHU, Somalia (AP) — Gunmen shot dead a tax collector outside his home on "
        "Tuesday, a police spokesman said."
    )
    event = _first(text)
    assert (event["country"], event["location"]) == ("Somalia", "Mogadishu")
    analysis, _events, _casualties = extract_document(text, WED)
    assert not [m for m in analysis.mentions if m["kind"] == "place" and m["char_start"] < 20]


def test_dateline_day_is_the_reference_date_when_the_feed_gives_none():
    event = _first(
        "BAMAKO, Nov 27 (Reuters) - Gunmen killed six herders near Douentza on Tuesday, the "
        "deadliest attack in the area since March 2024, a local official said.",
        None,
    )
    assert event["date_start"] == dt.date(2024, 11, 26)


def test_nationality_of_missiles_names_the_attacker_not_the_country():
    event = _first(
        "Russian missiles slammed into power stations across Ukraine before dawn, killing "
        "three workers and wounding 11 others, officials said on Wednesday."
    )
    assert event["country"] == "Ukraine"
    assert event["actor1"] == "Military Forces of Russia"
    assert event["actor2"] == "Civilians (Ukraine)"


def test_nationality_of_a_strike_names_the_attacker():
    event = _first(
        "An Israeli strike on a school sheltering displaced families in Khan Younis killed "
        "14 people on Tuesday, the civil defence agency said."
    )
    assert event["country"] == "Palestine"
    assert event["actor1"] == "Military Forces of Israel"


def test_speakers_are_sources_not_victims_or_actors():
    text = (
        "Myanmar military jets bombed a monastery in Sagaing region on Monday, killing at least "
        "eight villagers, residents and a local official told Reuters."
    )
    analysis, events, casualties = extract_document(text, WED)
    actors = {m["text"] for m in analysis.mentions if m["kind"] == "actor"}
    assert not actors & {"residents", "official", "local official"}
    event = events[0]
    assert event["actor1"] == "Military Forces of Myanmar"
    assert event["assoc_actor_1"] is None
    assert not (event["claimed_by"] or "").startswith("Civilians")
    assert all(not (c["claimed_by"] or "").startswith("Civilians") for c in casualties)


def test_a_speaker_with_a_modifier_is_no_party_either():
    event = _first(
        "Gunmen killed three traders at a market in Gao on Tuesday, a military official said."
    )
    assert event["actor2"] == "Civilians (Mali)"
    assert event["assoc_actor_2"] is None


def test_jets_that_struck_a_house_have_no_civilian_associate():
    event = _first(
        "Israeli jets struck a house in Beit Lahia overnight, killing seven people, medics said."
    )
    assert event["actor1"] == "Military Forces of Israel"
    assert event["assoc_actor_1"] is None
    assert event["actor2"] == "Civilians (Palestine)"


def test_a_refugee_camp_named_for_its_town_places_the_event():
    event = _first(
        "Israeli jets struck a school in the Nuseirat refugee camp overnight, killing five "
        "people, medics said."
    )
    assert event["location"] == "Nuseirat"


def test_dotted_nationality_names_the_forces():
    event = _first(
        "U.S. forces carried out an airstrike near Jilib on Tuesday, killing 12 Al Shabaab "
        "militants, the command said."
    )
    assert event["actor1"] == "Military Forces of the United States"


def test_people_counted_among_the_speakers_are_not_victims():
    event = _first(
        "Bandits stormed a market town on Saturday, killing at least nine traders, two "
        "residents and a local official said."
    )
    assert event["fatalities"] == 9
