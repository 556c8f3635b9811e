"""Short wire flashes and local crime pages (read wrong on the eleventh blind set): ages beside
names, 'no one was killed', attack drones, Somalia's regions."""

from __future__ import annotations

import datetime as dt

from sitrep.casualties import find_casualties
from sitrep.quantities import find_quantities

from .news import news_events


def figures(text: str) -> list[tuple[int, str]]:
    return [(c.coded, c.victim) for c in find_casualties(text, 0, find_quantities(text, 0))]


def test_an_age_between_commas_beside_a_name_is_no_count_of_dead():
    text = "The driver, identified as Marvin Alexis Rapalo, 38, died on the way to hospital."
    assert 38 not in [n for n, _ in figures(text)]


def test_no_one_killed_counts_no_one():
    text = "The mayor wrote that firefighters worked all night and that no one had been killed."
    assert figures(text) == []


def test_russian_attack_drones_that_slammed_into_homes_are_a_russian_drone_strike():
    text = (
        "KHARKIV, Ukraine (AP) — Russian attack drones slammed into a residential neighborhood "
        "of Kharkiv late Monday, wounding 14 people, the governor said. No one was killed."
    )
    events = news_events(text, dt.date(2025, 1, 14))
    assert [(e["sub_event_type"], e["actor1"], e["fatalities"]) for e in events] == [
        ("Air/drone strike", "Military Forces of Russia", 0)
    ]


def test_a_town_in_somalias_hiraan_region_is_read_in_somalia():
    text = (
        "MOGADISHU, Aug. 7 (Xinhua) -- Somali troops repelled an assault by al-Shabab fighters "
        "on a base in the town of Mahas in the central Hiraan region on Wednesday, killing 11 of "
        "the attackers, a regional official said."
    )
    events = news_events(text, dt.date(2024, 8, 7))
    assert [(e["country"], e["admin1"]) for e in events] == [("Somalia", "Hiraan")]


def test_two_dozen_and_half_a_dozen_count_what_they_say():
    assert [(n, v) for n, v in figures("Two dozen people were killed in the raid.")] == [
        (24, "people")
    ]
    assert [n for n, _ in figures("Half a dozen soldiers were killed.")] == [6]


def test_an_army_statement_that_its_aircraft_had_struck_on_another_day_is_an_event():
    text = (
        "Gunmen looted the weekly market of Sokolo in Mali on Sunday, traders said.\n\n"
        "The army stated on Tuesday that FAMa aircraft had struck a group of fleeing gunmen "
        "near Diabaly on Monday, killing five of them."
    )
    events = news_events(text, dt.date(2025, 1, 29))
    assert [(e["date_start"], e["sub_event_type"]) for e in events] == [
        (dt.date(2025, 1, 26), "Looting/property destruction"),
        (dt.date(2025, 1, 27), "Air/drone strike"),
    ]


HOSTEL = (
    "Gunmen suspected to be bandits have abducted nine students of a college of education in "
    "Jema'a Local Government Area of Kaduna State.\n\n"
    "PUNCH Metro gathered that the assailants stormed the female hostel of the institution "
    "around 11.30pm on Sunday, shooting sporadically before whisking the victims into the bush."
)


def test_nigerias_bandits_are_an_unidentified_armed_group_as_acled_codes_them():
    events = news_events(HOSTEL, dt.date(2024, 6, 18))
    assert [e["actor1"] for e in events] == ["Unidentified Armed Group (Nigeria)"]


def test_the_day_the_assailants_struck_dates_the_undated_lead_and_a_paper_gathering_no_crowd():
    events = news_events(HOSTEL, dt.date(2024, 6, 18))
    assert [(e["sub_event_type"], e["date_start"]) for e in events] == [
        ("Abduction/forced disappearance", dt.date(2024, 6, 16))
    ]


EXPLAINER = (
    "When Israel and Hezbollah agreed to a ceasefire in late November, many in southern Lebanon "
    "hoped the bombing was over. Under the deal, Israeli troops were to withdraw from the south "
    "within 60 days.\n\n"
    "Nearly six months on, Israeli forces remain inside Lebanon and the strikes have never fully "
    "stopped. Last month, an air strike flattened a building in Beirut's southern suburbs.\n\n"
    "The latest came on Monday. An Israeli drone fired a missile at a motorcycle outside "
    "Nabatieh, killing its rider, the health ministry said."
)


def test_an_explainer_reports_only_the_latest_strike_on_its_own_day():
    events = news_events(EXPLAINER, dt.date(2025, 5, 12))
    assert [(e["date_start"], e["sub_event_type"], e["fatalities"]) for e in events] == [
        (dt.date(2025, 5, 12), "Air/drone strike", 1)
    ]


def test_huthi_rebels_are_the_houthis_forces():
    text = (
        "ADEN, Yemen (AFP) - Shelling by Huthi rebels on a village in Hays district in Yemen's "
        "Hodeida province killed three children on Monday, medics said."
    )
    events = news_events(text, dt.date(2025, 6, 10))
    assert [e["actor1"] for e in events] == ["Military Forces of Yemen Supreme Political Council"]


def test_jets_named_with_their_model_are_their_states_forces():
    text = "Iraqi F-16 jets bombed an ISIS hideout south-west of Kirkuk, killing four militants."
    events = news_events(text, dt.date(2024, 9, 23))
    assert [(e["actor1"], e["sub_event_type"]) for e in events] == [
        ("Military Forces of Iraq", "Air/drone strike")
    ]
