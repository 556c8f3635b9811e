"""Crowds and references: marches for the victims of a past blast, speakers described by
their dead, riots after a raid, and arrests of people who only called for protests (read
wrong on the ninth blind set of articles)."""

from __future__ import annotations

import datetime as dt

from .news import news_events

MARCH = (
    "Beirut (dpa) - Hundreds of relatives of the victims of the 2020 Beirut port explosion "
    "marched to the Justice Palace on Thursday, demanding that the investigation proceed.\n\n"
    '"We will keep coming back until the truth is known," said a woman whose son, a port '
    "worker, was killed in the blast."
)


def test_a_march_for_the_victims_of_a_past_blast_is_a_peaceful_protest():
    events = news_events(MARCH, dt.date(2025, 2, 14))
    assert [(e["event_type"], e["sub_event_type"]) for e in events] == [
        ("Protests", "Peaceful protest")
    ]


def test_a_speaker_described_by_a_relative_killed_long_ago_adds_no_deaths():
    events = news_events(MARCH, dt.date(2025, 2, 14))
    assert [e["fatalities"] for e in events] == [0]


def test_a_story_filed_under_its_title_from_a_town_is_read_in_the_towns_country():
    text = (
        "Separatists burn school in Mezam\n\n"
        "BAMENDA — Suspected separatist fighters set fire to a secondary school in Mezam "
        "Division of the North West Region early Sunday. No one was hurt."
    )
    events = news_events(text, dt.date(2024, 9, 10))
    assert [(e["country"], e["admin1"]) for e in events] == [("Cameroon", "Nord-Ouest")]


def test_people_arrested_for_calling_for_protests_were_arrested_not_protesting():
    text = (
        "CAIRO, Oct 3 (Reuters) - Egyptian police arrested at least 14 people in Alexandria "
        "on Tuesday after they called online for protests against rising prices, lawyers said."
    )
    events = news_events(text, dt.date(2024, 10, 3))
    assert [(e["event_type"], e["sub_event_type"]) for e in events] == [
        ("Strategic developments", "Arrests")
    ]


def test_the_dead_of_a_month_told_before_are_not_this_events():
    text = (
        "On Saturday, Defence Ministry forces clashed with gunmen in the village of Daliyeh in "
        "Latakia province. Four people were killed, a security source said. The coast saw "
        "the worst violence since the change of power in March, when more than 1,000 people "
        "were killed."
    )
    events = news_events(text, dt.date(2025, 4, 7))
    assert [(e["actor1"], e["fatalities"]) for e in events] == [("Military Forces of Syria", 4)]


def test_a_crowd_that_riots_after_a_police_raid_is_an_event_of_its_own():
    text = (
        "RIO DE JANEIRO — Four people were killed yesterday during a police operation against "
        "drug traffickers in the Complexo da Mare, police said.\n\n"
        "Yesterday afternoon, hundreds of residents blocked Avenida Brasil, set fire to two "
        "buses and threw stones at police. Officers responded with tear gas."
    )
    events = news_events(text, dt.date(2024, 11, 13))
    assert [e["fatalities"] for e in events] == [4, 0]
    assert events[1]["event_type"] == "Riots"


def test_rifles_recovered_with_the_bodies_are_not_dead():
    text = (
        "Troops encountered about 15 armed members of the CPP-NPA in the hinterlands of Las "
        "Navas, Northern Samar, on April 12, 2025. Two enemy bodies were recovered at the "
        "encounter site, together with one M16 rifle and one AK-47 rifle."
    )
    events = news_events(text, dt.date(2025, 4, 14))
    assert [(e["actor2"], e["location"], e["fatalities"]) for e in events] == [
        ("NPA: New People's Army", "Las Navas", 2)
    ]


WAZIRISTAN = (
    "Islamabad (dpa) - Three Pakistani soldiers were killed when a roadside bomb struck their "
    "convoy near Mir Ali in North Waziristan on Wednesday, the military said.\n\n"
    'Security forces then launched a search operation in the area and killed four "khwarij" '
    "in an exchange of fire early Thursday, the military said.\n\n"
    "The Pakistani Taliban claimed responsibility for the bombing in a message to journalists."
)


def test_a_claim_for_the_bombing_told_after_a_later_clash_names_the_bombers():
    events = news_events(WAZIRISTAN, dt.date(2024, 12, 5))
    assert [e["actor1"] for e in events] == [
        "TTP: Tehreek-i-Taliban Pakistan",
        "Military Forces of Pakistan",
    ]


def test_a_search_in_the_area_is_placed_where_the_event_before_it_was():
    events = news_events(WAZIRISTAN, dt.date(2024, 12, 5))
    assert [(e["location"], e["fatalities"]) for e in events] == [("Mir Ali", 3), ("Mir Ali", 4)]


def test_a_groups_claim_that_its_fighters_had_overrun_an_outpost_is_an_event():
    text = (
        "YANGON (AFP) - A military air strike on a village in Kyauktaw township in western "
        "Rakhine state killed at least 11 civilians on Sunday, a rescue group said.\n\n"
        "Separately, the Arakan Army said on Monday that its fighters had overrun a military "
        "outpost outside the town of Ann on Saturday."
    )
    events = news_events(text, dt.date(2024, 9, 24))
    assert [(e["sub_event_type"], e["date_start"]) for e in events] == [
        ("Air/drone strike", dt.date(2024, 9, 22)),
        ("Non-state actor overtakes territory", dt.date(2024, 9, 21)),
    ]


def test_a_township_named_after_a_lead_that_gave_only_its_state_is_the_place():
    text = (
        "A military air strike on a village in western Rakhine state killed at least 11 "
        "civilians on Sunday, a rescue group said. A fighter jet dropped two bombs on a "
        "village in Kyauktaw township in the early afternoon."
    )
    events = news_events(text, dt.date(2024, 9, 24))
    assert [(e["location"], e["admin1"]) for e in events] == [("Kyauktaw", "Rakhine")]


def test_a_police_station_named_for_its_town_is_in_the_town():
    text = "An angry mob set fire to Jaintiapur Police Station in Sylhet on Monday night."
    events = news_events(text, dt.date(2025, 1, 21))
    assert [e["location"] for e in events] == ["Jaintiapur"]


def test_a_paragraph_on_the_regions_past_year_adds_nothing_to_the_news():
    text = (
        "LIMA (AA) - Six gold miners were shot dead on Sunday when an armed gang stormed a "
        "mining tunnel in Peru's Pataz province, police said on Tuesday.\n\n"
        "Pataz has been under a state of emergency for most of the past year, with the military "
        "deployed to support police. Gangs fight for control of informal mining shafts."
    )
    events = news_events(text, dt.date(2025, 6, 10))
    assert [(e["event_type"], e["fatalities"]) for e in events] == [
        ("Violence against civilians", 6)
    ]


KENSCOFF = (
    "PORT-AU-PRINCE, Haiti (AP) — Gang members killed nearly 30 people in an attack early "
    "Sunday on a hillside community above Haiti's capital, local officials said.\n\n"
    "Gunmen from the Viv Ansanm gang coalition swept into neighbourhoods of Kenscoff before "
    "dawn, going house to house, the mayor said.\n\n"
    "Police said on Monday that about 12 gang members were killed when officers launched a "
    "counteroffensive in Kenscoff on Sunday afternoon."
)


def test_unnamed_attackers_named_in_the_next_sentence_are_that_group():
    events = news_events(KENSCOFF, dt.date(2025, 3, 31))
    assert events[0]["actor1"] == "Viv Ansanm"


def test_forces_fighting_back_after_an_attack_on_civilians_are_an_event_of_their_own():
    events = news_events(KENSCOFF, dt.date(2025, 3, 31))
    assert [(e["event_type"], e["fatalities"]) for e in events] == [
        ("Violence against civilians", 30),
        ("Battles", 12),
    ]


def test_a_past_blast_named_by_its_year_still_has_its_verb():
    from sitrep.event_types import find_cues

    assert "kill" in find_cues("Officials said the 2020 port explosion killed 220 people.")
    assert "ied" not in find_cues("Relatives of the victims of the 2020 port explosion marched.")


def test_security_forces_who_tear_gas_a_crowd_are_the_countrys_police():
    text = (
        "NIAMEY (Reuters) - Security forces fired tear gas on Tuesday to disperse students "
        "who were protesting in Niamey against the suspension of five classmates."
    )
    events = news_events(text, dt.date(2024, 4, 18))
    assert [(e["sub_event_type"], e["actor2"]) for e in events] == [
        ("Protest with intervention", "Police Forces of Niger")
    ]


def test_security_forces_who_tear_gas_a_crowd_in_sudan_are_its_military():
    # crowd_forces.csv: Sudan's crowds were met by joint forces coded as the military
    text = (
        "KHARTOUM (Reuters) - Security forces fired tear gas on Tuesday to disperse "
        "protesters who marched in Khartoum against military rule."
    )
    events = news_events(text, dt.date(2022, 4, 18))
    assert [e["actor2"] for e in events] == ["Military Forces of Sudan"]


def test_soldiers_named_beside_security_forces_at_a_protest_stay_the_military():
    text = (
        "NIAMEY (Reuters) - Soldiers and security forces fired tear gas on Tuesday to "
        "disperse students who were protesting in Niamey against the suspension of five "
        "classmates."
    )
    events = news_events(text, dt.date(2024, 4, 18))
    assert [e["actor2"] for e in events] == ["Military Forces of Niger"]
