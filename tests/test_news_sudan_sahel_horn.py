"""Shelling of camps, drone strikes, cattle raids, hotel sieges and territory changing hands in
Sudan, South Sudan, the Central African Republic, Chad, Libya, Somalia, Ethiopia and
Mozambique (read wrong on the twenty-first blind set of articles)."""

from __future__ import annotations

import datetime as dt

from .news import news_events

CAMP = (
    "EL FASHER, Sudan (Reuters) - Shells fired by the Rapid Support Forces hit the Abu Shouk "
    "camp near El Fasher on Monday, killing at least 14 people, a local aid group said.\n\n"
    "By Tuesday morning the group said the number of dead had risen to 19, after five of the "
    "wounded died at a hospital in the city."
)


def test_the_number_of_dead_risen_to_a_figure_is_the_events_toll():
    events = news_events(CAMP, dt.date(2025, 6, 10))
    assert [(e["location"], e["fatalities"]) for e in events] == [("Abu Shouk", 19)]


def test_wounded_who_died_later_add_to_the_first_count():
    text = (
        "Gunmen killed 14 people in Gao, Mali, on Monday, officials said. Two of the wounded "
        "later died in hospital, a doctor said."
    )
    assert [e["fatalities"] for e in news_events(text, dt.date(2024, 5, 8))] == [16]


def test_wounded_who_died_overnight_are_inside_a_toll_that_counts_them():
    text = (
        "Gunmen killed 14 people in Gao, Mali, on Monday, officials said. On Tuesday a doctor "
        "said two of the wounded had died overnight, bringing the toll to 16."
    )
    assert [e["fatalities"] for e in news_events(text, dt.date(2024, 5, 8))] == [16]


def test_a_division_that_stormed_an_area_and_cleansed_it_of_a_militia_regains_territory():
    text = (
        "Our forces of the 5th Infantry Division today stormed the area of Kazgil south of El "
        "Obeid in North Kordofan and cleansed it completely of the remnants of the terrorist "
        "Dagalo militia."
    )
    events = news_events(text, dt.date(2025, 9, 13))
    assert [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in events] == [
        ("Government regains territory", "Military Forces of Sudan", "RSF: Rapid Support Forces")
    ]


def test_settlers_who_stormed_a_village_torching_cars_riot():
    text = (
        "Dozens of Israeli settlers stormed the village of Turmus Ayya, north of Ramallah, on "
        "Friday evening, torching cars and a house."
    )
    assert [e["event_type"] for e in news_events(text, dt.date(2024, 8, 10))] == ["Riots"]


def test_the_signing_of_a_non_aggression_pact_is_an_agreement():
    text = (
        "Bangui, 22 May 2025 - MINUSCA welcomes the signing on Tuesday in Alindao, Basse-Kotto "
        "prefecture, of a local non-aggression pact between the UPC and Anti-Balaka groups.\n\n"
        "The pact commits both parties to stop attacks on each other's communities."
    )
    events = news_events(text, dt.date(2025, 5, 22))
    assert [(e["sub_event_type"], e["location"]) for e in events] == [("Agreement", "Alindao")]


def test_an_armed_forces_name_with_its_acronym_is_no_place():
    text = (
        "The spokesperson of the South Sudan People's Defence Forces (SSPDF) told journalists "
        "on Thursday that troops killed five fighters of the White Army."
    )
    assert [e["location"] for e in news_events(text, dt.date(2025, 4, 24))] == [None]


def test_one_sides_dead_told_by_another_source_stay_inside_the_total():
    text = (
        "BOR - At least 17 people were killed when armed youth raided a cattle camp near "
        "Panyagor in Jonglei State on Monday, local officials said.\n\n"
        '"We have buried twelve of our people, and our youth found the bodies of five of the '
        'attackers in the bush," the county commissioner told Eye Radio on Wednesday.'
    )
    assert [e["fatalities"] for e in news_events(text, dt.date(2025, 1, 16))] == [17]


def test_a_dateline_with_the_year_does_not_date_the_lead():
    text = (
        "ABU ZABAD / EN NAHUD, 21 June 2025 (Radio Dabanga) - The Rapid Support Forces took "
        "control of Abu Zabad in West Kordofan on Wednesday after a battle with the army "
        "garrison, residents said."
    )
    assert [e["date_start"] for e in news_events(text, dt.date(2025, 6, 21))] == [
        dt.date(2025, 6, 18)
    ]


def test_a_dateline_of_the_day_alone_does_not_date_the_lead():
    text = (
        "December 5, 2024 (SUDAN TRIBUNE) - Fighters of the Rapid Support Forces killed 23 "
        "villagers in Tambul in eastern Al-Jazirah state on Tuesday, local activists said."
    )
    assert [e["date_start"] for e in news_events(text, dt.date(2024, 12, 5))] == [
        dt.date(2024, 12, 3)
    ]


def test_the_streets_of_a_town_the_gazetteer_lacks_are_in_the_town():
    text = (
        "N'DJAMENA, Chad (AFP) - Anger over a kidnapping spilled onto the streets of Baga Sola "
        "on Friday, when dozens of young men burned tyres and threw stones at the "
        "sub-prefecture."
    )
    assert [e["location"] for e in news_events(text, dt.date(2025, 3, 29))] == ["Baga Sola"]


def test_a_hospitals_later_count_of_men_who_died_of_wounds_is_the_events_toll_again():
    text = (
        "MALAKAL, 13 November 2024 (Radio Tamazuj) - Police opened fire on a crowd of traders "
        "protesting against new taxes in Malakal on Monday, killing two people, witnesses "
        "said. A third man died of his wounds on Tuesday night.\n\n"
        "The director of Malakal Teaching Hospital said on Wednesday that three men had died "
        "of gunshot wounds."
    )
    events = news_events(text, dt.date(2024, 11, 13))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2024, 11, 11), 3)]


def test_an_act_dated_by_a_month_named_inside_a_feature_is_background():
    text = (
        "KHARTOUM, July 24 - The army recaptured central Khartoum and the presidential palace in "
        "March, and the RSF pulled its fighters west towards Kordofan.\n\n"
        "On Tuesday night a drone hit the Al-Marakhiyat electricity substation on the edge of "
        "Omdurman, killing a guard, the state electricity company said."
    )
    events = news_events(text, dt.date(2025, 7, 24))
    assert [(e["sub_event_type"], e["location"]) for e in events] == [
        ("Air/drone strike", "Omdurman")
    ]


def test_fighters_of_an_armed_group_that_raided_hamlets_after_the_dead_are_told_attacked():
    text = (
        "BOCARANGA, 8 October 2024 (Radio Ndeke Luka) - Six civilians were killed on Sunday "
        "morning when fighters of the 3R armed group raided farming hamlets on the outskirts of "
        "Koui, in the Ouham-Pende prefecture, local authorities said."
    )
    events = news_events(text, dt.date(2024, 10, 8))
    assert [e["actor1"] for e in events] == ["3R: Return, Reclamation, Rehabilitation"]
