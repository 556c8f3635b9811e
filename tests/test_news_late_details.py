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


MINGALA = (
    "Basse-Kotto: four civilians killed in attack near Mingala\n\n"
    "Radio Ndeke Luka - Bangui, 21 August 2024. Four civilians were killed on Monday in an "
    "attack by armed men on the outskirts of Mingala, in the Basse-Kotto prefecture, local "
    "authorities said.\n\n"
    "According to residents who fled to the centre of Mingala, the assailants, whom they "
    "identified as fighters of the Union for Peace in the Central African Republic (UPC), "
    "opened fire on people in their fields and set fire to about a dozen houses."
)


def test_a_radio_stations_dateline_line_dates_nothing():
    events = news_events(MINGALA, dt.date(2024, 8, 21))
    assert [e["date_start"] for e in events] == [dt.date(2024, 8, 19)]


def test_a_town_the_gazetteer_lacks_takes_the_prefecture_named_after_it():
    events = news_events(MINGALA, dt.date(2024, 8, 21))
    assert [(e["location"], e["admin1"]) for e in events] == [("Mingala", "Basse-Kotto")]


def test_attackers_residents_identify_as_a_groups_fighters_are_that_group():
    events = news_events(MINGALA, dt.date(2024, 8, 21))
    assert [e["actor1"] for e in events] == ["UPC: Union for Peace in the Central African Republic"]


def test_bombs_dropped_from_drones_are_a_drone_strike():
    text = (
        "Two people were killed on Monday when explosive devices were dropped from drones on a "
        "community in San Miguel Totolapan, Guerrero, residents said."
    )
    events = news_events(text, dt.date(2024, 10, 30))
    assert [e["sub_event_type"] for e in events] == ["Air/drone strike"]


def test_a_ceasefire_signed_to_halt_fighting_is_an_agreement():
    text = (
        "DAMASCUS (Reuters) - Syria's government and the Kurdish-led Syrian Democratic Forces "
        "signed a ceasefire on Thursday to halt fighting around the town of Deir Hafer, east "
        "of Aleppo, officials said."
    )
    events = news_events(text, dt.date(2025, 9, 18))
    assert [(e["event_type"], e["sub_event_type"]) for e in events] == [
        ("Strategic developments", "Agreement")
    ]


def test_the_strikes_that_came_as_talks_were_prepared_are_no_labour_strike():
    text = (
        "A Russian missile killed five people in Kramatorsk on Tuesday, the governor said.\n\n"
        "The strikes came as officials prepared for another round of talks in London."
    )
    events = news_events(text, dt.date(2025, 4, 23))
    assert [e["location"] for e in events] == ["Kramatorsk"]


def test_a_rally_across_town_is_a_second_protest_in_the_same_city():
    text = (
        "LOME, April 21 (Reuters) - Several hundred opposition supporters marched through "
        "Togo's capital Lome on Saturday to protest against a new constitution.\n\n"
        "Across town, several thousand supporters of the ruling party held a rally at a "
        "stadium in support of the reform."
    )
    events = news_events(text, dt.date(2024, 4, 21))
    assert [(e["event_type"], e["location"]) for e in events] == [
        ("Protests", "Lome"),
        ("Protests", "Lome"),
    ]


COMMUNIQUE = (
    "DEFENCE HEADQUARTERS - PRESS RELEASE: TROOPS NEUTRALISE TERRORISTS\n\n"
    "On 2 November 2024, troops deployed at Dikwa repelled an attack by ISWAP terrorists. In "
    "the ensuing firefight, troops neutralised seven terrorists. Regrettably, two gallant "
    "soldiers paid the supreme price.\n\n"
    "On 3 November 2024, the Air Component conducted air interdiction on a Boko Haram enclave "
    "near Bama. No fewer than 12 terrorists were neutralised.\n\n"
    "On 6 November 2024, troops discovered an improvised explosive device planted along the "
    "road near Gajiram and safely detonated it.\n\n"
    "Cumulatively, within the week, troops in the theatre neutralised 41 terrorists."
)


def test_soldiers_who_paid_the_supreme_price_are_dead():
    events = news_events(COMMUNIQUE, dt.date(2024, 11, 8))
    assert events[0]["fatalities"] == 9


def test_an_air_interdiction_is_an_air_strike_by_the_air_component():
    events = news_events(COMMUNIQUE, dt.date(2024, 11, 8))
    assert (events[1]["sub_event_type"], events[1]["actor1"]) == (
        "Air/drone strike",
        "Military Forces of Nigeria",
    )


def test_a_device_safely_detonated_is_disrupted_and_a_weeks_sum_is_no_event():
    events = news_events(COMMUNIQUE, dt.date(2024, 11, 8))
    assert [(e["sub_event_type"], e["fatalities"]) for e in events[2:]] == [
        ("Disrupted weapons use", 0)
    ]
