"""Encounters, suicide bombings, mob violence, party clashes and air strikes in India,
Pakistan, Afghanistan, Bangladesh, Nepal, Sri Lanka and Myanmar (read wrong on the
twenty-second blind set of articles)."""

from __future__ import annotations

import datetime as dt

from .news import news_events

MOSQUE = (
    "KABUL, Afghanistan (AP) - A suicide bomber blew himself up at the entrance of a Shiite "
    "mosque in western Kabul during evening prayers on Thursday, killing at least a dozen "
    "worshippers, a police spokesman said.\n\n"
    "By Friday morning, the Health Ministry said the toll had risen to 19 dead and 41 wounded. "
    "The bomber was also killed.\n\n"
    "The Islamic State group's regional affiliate, known as Islamic State in Khorasan "
    "Province, claimed responsibility in a statement."
)


def test_a_bomber_also_killed_after_a_toll_of_the_victims_is_one_more():
    assert [e["fatalities"] for e in news_events(MOSQUE, dt.date(2024, 11, 22))] == [20]


def test_a_place_inside_a_groups_name_does_not_give_the_group_its_country():
    events = news_events(MOSQUE, dt.date(2024, 11, 22))
    assert [e["actor1"] for e in events] == ["Islamic State (Afghanistan)"]


RAID = (
    "KABUL, Jan 8 (Reuters) - Afghanistan's Taliban administration said on Wednesday its forces "
    "had arrested nine members of Islamic State's affiliate in Jalalabad on Sunday.\n\n"
    "In Kabul, forces of the General Directorate of Intelligence raided a house in the city's "
    "Pul-e-Charkhi area late on Monday. Two Islamic State fighters were killed in an exchange "
    "of fire, and an intelligence officer died of his wounds in hospital the next day, the "
    "statement said.\n\n"
    "Separately, relatives of a radio journalist in Khost city said he had been detained by "
    "Taliban intelligence on Tuesday."
)


def test_the_day_a_wounded_man_died_does_not_date_the_fight_told_before_it():
    events = news_events(RAID, dt.date(2025, 1, 8))
    kabul = [e for e in events if e["location"] == "Kabul"]
    assert [(e["date_start"], e["fatalities"]) for e in kabul] == [(dt.date(2025, 1, 6), 3)]


def test_the_taliban_intelligence_service_is_the_state_from_august_2021():
    events = news_events(RAID, dt.date(2025, 1, 8))
    assert {e["actor1"] for e in events if e["location"] in ("Kabul", "Khost")} == {
        "Military Forces of Afghanistan (2021-)"
    }


def test_passengers_pulled_off_buses_and_seven_of_them_shot_dead_are_seven_dead():
    text = (
        "Separatist gunmen pulled passengers off buses near Mangochar in Kalat district late on "
        "Sunday and shot dead seven of them, officials said."
    )
    assert [e["fatalities"] for e in news_events(text, dt.date(2025, 1, 21))] == [7]


MANIPUR = (
    "IMPHAL, Sept 12 (PTI) Police fired tear gas shells to break up hundreds of students who "
    "were marching towards Raj Bhavan in Imphal on Wednesday, officials said.\n\n"
    "The protest came a day after suspected Kuki militants used drones to drop explosives on "
    "Kadangband village in Imphal West district late on Tuesday. Three people were injured "
    "when a bomb landed near a community hall, police said."
)


def test_tear_gas_shells_at_a_march_are_an_intervention_not_shelling():
    events = news_events(MANIPUR, dt.date(2024, 9, 12))
    assert (events[0]["sub_event_type"], events[0]["actor1"]) == (
        "Protest with intervention",
        "Protesters (India)",
    )


def test_militants_who_used_drones_to_drop_explosives_carried_out_a_drone_strike():
    events = news_events(MANIPUR, dt.date(2024, 9, 12))
    assert [(e["sub_event_type"], e["actor1"]) for e in events][1:] == [
        ("Air/drone strike", "Kuki Ethnic Militia (India)")
    ]


def test_militants_who_opened_fire_after_the_dead_are_told_are_the_attackers():
    text = (
        "Two soldiers were killed on Wednesday when suspected Al Shabaab militants opened fire "
        "on a base in Afgoye, officials said."
    )
    events = news_events(text, dt.date(2023, 9, 14))
    assert [(e["actor1"], e["actor2"]) for e in events] == [
        ("Al Shabaab", "Military Forces of Somalia")
    ]


def test_villagers_who_have_held_several_protests_since_a_killing_tell_no_protest():
    text = (
        "Sabir, a truck driver, was beaten to death on the outskirts of Hodal, in Haryana's "
        "Palwal district, on June 7, police said.\n\n"
        "Villagers in Nuh have held several protests since the killing, demanding compensation "
        "and a fast-track trial."
    )
    assert [e["event_type"] for e in news_events(text, dt.date(2024, 6, 20))] == [
        "Violence against civilians"
    ]


def test_a_place_the_gazetteer_lacks_named_with_a_towns_possessive_is_the_scene():
    text = (
        "At least 25 people were injured when activists of the Awami League and the BNP clashed "
        "with sticks and crude bombs in Narayanganj's Siddhirganj yesterday.\n\n"
        "Meanwhile, a local BNP leader was hacked to death in Munshiganj's Sirajdikhan upazila "
        "on Saturday night."
    )
    events = news_events(text, dt.date(2023, 11, 20))
    assert [(e["admin1"], e["location"]) for e in events] == [
        ("Dhaka", "Siddhirganj"),
        ("Dhaka", "Sirajdikhan"),
    ]


def test_a_square_named_with_a_citys_possessive_is_in_the_city():
    text = (
        "Hundreds of people gathered in Tripoli's Martyrs' Square on Friday evening to protest "
        "against power cuts."
    )
    assert [e["location"] for e in news_events(text, dt.date(2024, 8, 18))] == ["Tripoli"]


def test_bodies_found_the_next_day_and_a_township_belong_to_the_killing_told_before():
    text = (
        "Geneva, 23 August 2024. We have also received credible reports that on 18 August, "
        "soldiers detained and killed five men during a ground operation in a village in "
        "Myinmu township, also in Sagaing Region. Their bodies were found the next day with "
        "their hands tied."
    )
    events = news_events(text, dt.date(2024, 8, 23))
    assert [(e["date_start"], e["location"], e["fatalities"]) for e in events] == [
        (dt.date(2024, 8, 18), "Myinmu", 5)
    ]


def test_militants_who_have_stepped_up_attacks_over_years_tell_no_event():
    text = (
        "JAMMU, July 18: A soldier was killed when militants ambushed an Army vehicle near "
        "Thanamandi in Rajouri district on Tuesday evening, the Army said.\n\n"
        "Militants have stepped up attacks in the Rajouri, Poonch, Doda and Kathua areas of the "
        "Jammu region over the past three years."
    )
    assert [e["location"] for e in news_events(text, dt.date(2024, 7, 18))] == ["Thanamandi"]


ROUNDUP = (
    "Myanmar conflict roundup, Nov 4-10: a weekly summary of fighting and abuses reported by "
    "our correspondents.\n\n"
    "SAGAING - On Monday, a local People's Defence Force (PDF) unit said it had ambushed a "
    "junta column on the road between Kani and Yinmabin, near Kani town. The group said eight "
    "soldiers and two of its own fighters were killed."
)


def test_a_digests_title_naming_its_week_tells_no_event():
    assert len(news_events(ROUNDUP, dt.date(2024, 11, 10))) == 1


def test_soldiers_and_two_of_a_groups_own_fighters_killed_are_both_counted():
    assert [e["fatalities"] for e in news_events(ROUNDUP, dt.date(2024, 11, 10))] == [10]


def test_a_place_the_gazetteer_lacks_takes_the_datelines_division():
    text = (
        "KATHMANDU, May 30 - Police fired tear gas at pro-monarchy demonstrators who tried to "
        "break into a restricted zone near the parliament building in New Baneshwor on "
        "Thursday, leaving at least 30 people injured."
    )
    events = news_events(text, dt.date(2025, 5, 30))
    assert [(e["admin1"], e["location"]) for e in events] == [("Bagmati", "New Baneshwor")]
