"""Cattle raids, mob justice, party violence, border shelling and tribal fighting in Uganda,
Ghana, Southern Africa, the Caucasus and the Pacific (read wrong on the twentieth blind set
of articles)."""

from __future__ import annotations

import datetime as dt

from .news import news_events

RAID = (
    "MOROTO — Two herdsmen were shot dead and about 300 head of cattle driven off when armed "
    "Karimojong warriors raided a kraal in Rupa Sub-county, Moroto District, on Sunday night, "
    "local leaders and the army have said.\n\n"
    'The chairperson said the two victims were unarmed. "They did not even have sticks. The '
    'raiders came for the cows and killed the boys like they were nothing," he said.\n\n'
    "The army spokesperson said soldiers followed the raiders' tracks overnight and caught "
    'up with them on Monday afternoon near Nakapelimoru in Kotido District. "There was an '
    'exchange of fire in which three of the raiders were killed," he said.'
)


def test_a_cattle_raid_that_kills_herders_is_the_karimojongs_attack_the_army_only_tells():
    events = news_events(RAID, dt.date(2024, 3, 12))
    assert [(e["event_type"], e["actor1"], e["actor2"], e["fatalities"]) for e in events][0] == (
        "Violence against civilians",
        "Karimojong Ethnic Militia (Uganda)",
        "Civilians (Uganda)",
        2,
    )


def test_a_pursuit_told_with_its_day_and_place_before_a_quoted_firefight_is_its_own_battle():
    events = news_events(RAID, dt.date(2024, 3, 12))
    assert [(e["date_start"], e["location"], e["event_type"], e["fatalities"]) for e in events][
        1:
    ] == [(dt.date(2024, 3, 11), "Nakapelimoru", "Battles", 3)]


def test_a_ugandan_district_is_coded_to_its_region_from_2022_and_kept_before():
    text = (
        "KAMPALA (Reuters) - Suspected ADF rebels killed six people in a raid on a trading "
        "centre in Bundibugyo district late on Monday, police said."
    )
    assert [e["admin1"] for e in news_events(text, dt.date(2024, 6, 5))] == ["Western"]
    assert [e["admin1"] for e in news_events(text, dt.date(2019, 6, 5))] == ["Bundibugyo"]


ADF_RAID = (
    "KAMPALA, June 5 (Reuters) - Suspected Allied Democratic Forces (ADF) rebels killed at "
    "least six people in an overnight raid on a trading centre in western Uganda, police and "
    "local officials said on Wednesday.\n\n"
    "The attackers struck Ntandi in Bundibugyo district late on Monday, breaking into homes. "
    "Police initially reported four dead, but a district official said two more bodies were "
    "found in a banana plantation on Tuesday morning.\n\n"
    "An army spokesman said soldiers pursued the assailants and engaged them near Ntandi on "
    'Tuesday afternoon. "Two of the terrorists were killed," he said.'
)


def test_two_more_bodies_after_a_first_count_are_inside_the_total_the_lead_gives():
    events = news_events(ADF_RAID, dt.date(2024, 6, 5))
    assert [e["fatalities"] for e in events][:1] == [6]


def test_a_spokesman_telling_that_soldiers_engaged_the_attackers_next_day_tells_a_battle():
    events = news_events(ADF_RAID, dt.date(2024, 6, 5))
    assert [(e["date_start"], e["event_type"], e["actor1"], e["fatalities"]) for e in events][
        1:
    ] == [(dt.date(2024, 6, 4), "Battles", "Military Forces of Uganda", 2)]


def test_an_opposition_leader_forced_into_a_vehicle_by_armed_men_was_abducted():
    text = (
        "MBEYA — Tanzania's main opposition party Chadema has accused state agents of "
        "abducting one of its youth leaders in Mbeya, who was forced into a vehicle by armed "
        "men on Thursday evening and has not been seen since.\n\n"
        "The party said it would hold demonstrations in several regions if the youth leader "
        "is not produced in court within seven days."
    )
    events = news_events(text, dt.date(2025, 3, 10))
    assert [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in events] == [
        (
            "Abduction/forced disappearance",
            "Unidentified Armed Group (Tanzania)",
            "Civilians (Tanzania)",
        )
    ]


MUREHWA = (
    "HARARE — A supporter of the opposition Citizens Coalition for Change (CCC) has died from "
    "injuries sustained when suspected ZANU-PF youths attacked a group of party members "
    "returning from a meeting in Murehwa on Saturday, the party said.\n\n"
    "Seven people were injured. One of them, a 41-year-old man, died at Parirenyatwa Group of "
    "Hospitals in Harare on Monday.\n\n"
    "Rights groups have documented a rise in intimidation of opposition supporters, and "
    "memories remain vivid of the 2008 presidential run-off, when more than 200 opposition "
    "supporters were killed."
)


def test_a_ruling_partys_youths_who_beat_opposition_members_attack_civilians():
    events = news_events(MUREHWA, dt.date(2023, 6, 27))
    assert [(e["event_type"], e["actor1"], e["actor2"]) for e in events] == [
        (
            "Violence against civilians",
            "ZANU-PF: Zimbabwe African National Union-Patriotic Front",
            "Civilians (Zimbabwe)",
        )
    ]


def test_one_of_the_injured_who_died_in_a_city_hospital_days_later_adds_no_event():
    events = news_events(MUREHWA, dt.date(2023, 6, 27))
    assert [(e["date_start"], e["location"], e["fatalities"]) for e in events] == [
        (dt.date(2023, 6, 24), "Murehwa", 1)
    ]


def test_mortars_fired_at_combat_positions_are_the_firing_sides_shelling_not_a_clash():
    text = (
        "YEREVAN, May 17. ARMENPRESS. A contract serviceman of the Armenian Armed Forces was "
        "killed on Tuesday evening when Azerbaijani forces fired mortars at Armenian combat "
        "positions near Sotk in Gegharkunik province, the Ministry of Defence of Armenia said."
    )
    events = news_events(text, dt.date(2023, 5, 17))
    assert [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in events] == [
        (
            "Shelling/artillery/missile attack",
            "Military Forces of Azerbaijan",
            "Military Forces of Armenia",
        )
    ]


BLOG = (
    "LIVE: Tavush border demarcation protests — Tuesday 30 April\n\n"
    "09:40 — Residents of the village of Kirants in Tavush province have again blocked the "
    "interstate road to Georgia where it passes the village.\n\n"
    "11:15 — Police have begun clearing the road.\n\n"
    "12:30 — The Interior Ministry says 12 people were detained at Kirants for failing to "
    "comply with lawful police demands.\n\n"
    "15:05 — The cleric leading the movement has called on supporters to gather in Yerevan "
    "this evening.\n\n"
    "19:45 — Several thousand people have filled Republic Square in central Yerevan. The rally "
    "is peaceful and police are keeping their distance. Organisers say they will march on the "
    "government building on Thursday."
)


def test_a_blogs_blockade_cleared_with_arrests_is_one_protest_met_by_the_police():
    events = news_events(BLOG, dt.date(2024, 4, 30))
    assert [(e["location"], e["sub_event_type"], e["actor2"]) for e in events][:1] == [
        ("Kirants", "Protest with intervention", "Police Forces of Armenia")
    ]


def test_an_evening_entry_at_a_square_then_its_rally_is_a_protest_there_on_the_blogs_day():
    events = news_events(BLOG, dt.date(2024, 4, 30))
    assert [(e["location"], e["sub_event_type"], e["date_start"]) for e in events][1:] == [
        ("Yerevan", "Peaceful protest", dt.date(2024, 4, 30))
    ]


def test_a_ghana_news_agency_dateline_is_no_libyan_force_and_gives_no_event_day():
    text = (
        "BOLGATANGA, Jan. 16, GNA — Three passengers were killed on Sunday evening when "
        "unidentified gunmen opened fire on a commercial minibus near Binduri on the "
        "Bawku–Bolgatanga highway, the Upper East Regional Police Command has said.\n\n"
        "Residents told the GNA that sporadic gunfire had been heard in parts of Bawku."
    )
    events = news_events(text, dt.date(2024, 1, 16))
    assert [(e["date_start"], e["location"], e["actor1"]) for e in events] == [
        (dt.date(2024, 1, 14), "Binduri", "Unidentified Armed Group (Ghana)")
    ]


def test_arrests_at_protests_last_month_in_the_capital_are_context_not_an_event():
    text = (
        "DUNKWA-ON-OFFIN — A 27-year-old man was shot dead on Tuesday when soldiers fired on "
        "illegal miners at a mining site on the outskirts of Dunkwa-on-Offin.\n\n"
        "Illegal mining has polluted major rivers. Organised labour has threatened a "
        "nationwide strike, and several protesters were arrested in Accra last month during "
        "demonstrations against the practice."
    )
    events = news_events(text, dt.date(2024, 10, 3))
    assert [e["location"] for e in events] == ["Dunkwa-on-Offin"]


def test_the_peaceful_march_the_unrest_followed_is_a_peaceful_protest_of_its_own_day():
    text = (
        "PARYS — Police fired rubber bullets on Tuesday to disperse residents of Tumahole "
        "township in Parys who barricaded roads with burning tyres, in protest over water "
        "outages.\n\n"
        "The unrest followed a peaceful march on Monday in which several hundred residents "
        "walked to the municipal offices in Parys to hand over a memorandum.\n\n"
        "The municipality blamed the outages on a broken pump and on vandalism."
    )
    events = news_events(text, dt.date(2024, 8, 21))
    assert [(e["date_start"], e["event_type"], e["sub_event_type"]) for e in events] == [
        (dt.date(2024, 8, 20), "Riots", "Violent demonstration"),
        (dt.date(2024, 8, 19), "Protests", "Peaceful protest"),
    ]


def test_four_dead_at_the_scene_and_a_woman_who_died_later_are_the_leads_five():
    text = (
        "MTHATHA — Five people were killed when gunmen opened fire at a taxi rank in Mthatha "
        "on Thursday morning.\n\n"
        "An Eastern Cape police spokesperson said two men armed with rifles fired at drivers "
        "and passengers. Four people, including two taxi drivers and a queue marshal, died at "
        "the scene. A woman taken to Nelson Mandela Academic Hospital with gunshot wounds "
        "died later on Thursday afternoon."
    )
    events = news_events(text, dt.date(2024, 5, 17))
    assert [e["fatalities"] for e in events] == [5]


def test_a_countrys_own_forces_taking_a_rebel_stronghold_regain_territory():
    text = (
        "COTABATO CITY, March 7 (PNA) – Government forces have taken control of a stronghold "
        "of the Bangsamoro Islamic Freedom Fighters (BIFF) in Maguindanao del Sur, the Army's "
        "6th Infantry Division said Thursday."
    )
    events = news_events(text, dt.date(2024, 3, 7))
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [
        ("Government regains territory", "Military Forces of the Philippines")
    ]


def test_a_forward_operating_base_set_up_at_a_town_is_a_base_established_there():
    text = (
        "PORT MORESBY - Defence Force personnel established a forward operating base at "
        "Wapenamanda in Enga Province on Monday to support police operations."
    )
    events = news_events(text, dt.date(2024, 9, 10))
    assert [(e["sub_event_type"], e["admin1"], e["location"]) for e in events] == [
        ("Headquarters or base established", "Enga", "Wapenamanda")
    ]
