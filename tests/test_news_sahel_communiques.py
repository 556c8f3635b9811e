"""What the thirty-ninth blind set (the Sahel, West Africa and the Horn) read wrong: an army
communique's preamble and idioms ("intelligence gathered", "fell with arms in hand", the
Rapid Intervention Battalion of a country other than Cameroon), a village's volunteers who
fought back, bodies counted on the attackers' side, a group the residents attribute the attack
to, a trend told "since then", and a town placed by the city it lies near."""

from __future__ import annotations

import datetime as dt

from .news import news_events


def test_a_communique_lists_its_strikes_and_clashes_not_its_preamble():
    text = (
        "PRESS RELEASE OF THE GENERAL STAFF\n\n"
        "The General Staff of the Armed Forces brings to the attention of the public the "
        "results of operations conducted this week in the Centre-Nord region.\n\n"
        "On Tuesday, on the basis of intelligence gathered by our units, the air component "
        "struck a gathering point of terrorists near Dablo. Twenty-two (22) terrorists were "
        "neutralised.\n\n"
        "On Thursday, a unit of the Rapid Intervention Battalion engaged a column of "
        "terrorists near Barsalogho. "
        "Fifteen (15) assailants were neutralised. Two (2) of our men fell with arms in hand."
    )
    events = news_events(text, dt.date(2024, 2, 10))
    assert [
        (e["date_start"], e["sub_event_type"], e["actor1"], e["fatalities"]) for e in events
    ] == [
        (dt.date(2024, 2, 6), "Air/drone strike", "Military Forces of Burkina Faso", 22),
        (dt.date(2024, 2, 8), "Armed clash", "Military Forces of Burkina Faso", 17),
    ]


def test_fighters_of_a_group_who_fell_in_combat_are_dead():
    text = (
        "Soldiers clashed with militants near Djibo on Monday. Thirty militants were killed "
        "and four soldiers fell in combat, the army said."
    )
    (event,) = news_events(text, dt.date(2024, 2, 14))
    assert event["fatalities"] == 34


def test_volunteers_who_fought_back_are_the_battles_other_side():
    text = (
        "On Saturday night, armed men on motorbikes attacked the village of Sanaba, in the "
        "province of Banwa. The Volunteers for the Defence of the Homeland (VDP) posted in "
        "the village fought off the assailants after an hour-long exchange of fire.\n\n"
        'Four volunteers were killed, a local councillor said. "We buried our brothers. We '
        'found nine bodies of the attackers in the bush," he said. Villagers attribute the '
        "attack to fighters of JNIM."
    )
    (event,) = news_events(text, dt.date(2024, 4, 15))
    assert (event["event_type"], event["actor1"], event["actor2"], event["fatalities"]) == (
        "Battles",
        "JNIM: Group for Support of Islam and Muslims",
        "VDP: Volunteer for Defense of Homeland",
        13,
    )


def test_a_trend_told_since_then_is_no_part_of_the_attack():
    text = (
        "On Monday, gunmen of the Islamic State's Sahel branch rode into Inekar, a village "
        "west of Menaka city, and shot dead seven herders at a well.\n\n"
        "The group first swept through the area in early 2022. Since then, its fighters have "
        "spread across the region, at times fighting JNIM for control of pastures and trade "
        "routes."
    )
    (event,) = news_events(text, dt.date(2024, 3, 6))
    assert (event["sub_event_type"], event["location"], event["actor2"]) == (
        "Attack",
        "Inekar",
        "Civilians (Mali)",
    )


def test_a_paragraph_that_retells_an_earlier_highlight_goes_on_with_it():
    text = (
        "BURKINA FASO: Est Region - Flash Update No. 2\n\n"
        "HIGHLIGHTS\n"
        "- At least 6 civilians killed in an attack on Tanwalbougou on 2 May.\n"
        "- Four people abducted in Matiacoali commune on 4 May.\n\n"
        "SITUATION OVERVIEW\n"
        "On 2 May, armed men attacked Tanwalbougou on market day. According to local "
        "sources, at least six civilians were killed and nine others injured.\n\n"
        "On 4 May, four people were abducted by unidentified armed men on a track in "
        "Matiacoali commune. Their whereabouts remain unknown."
    )
    events = news_events(text, dt.date(2024, 5, 7))
    assert [(e["date_start"], e["sub_event_type"], e["fatalities"]) for e in events] == [
        (dt.date(2024, 5, 2), "Attack", 6),
        (dt.date(2024, 5, 4), "Abduction/forced disappearance", 0),
    ]


def test_where_the_displaced_fled_to_is_not_where_a_commune_was_attacked():
    text = (
        "On 6 December, gunmen abducted five traders in Anzourou commune, Tillaberi "
        "department, local sources said. Some 900 people have since fled towards Tera town "
        "and Gotheye."
    )
    (event,) = news_events(text, dt.date(2024, 12, 9))
    assert event["location"] != "Tera"


def test_soldiers_seen_executing_prisoners_killed_them():
    text = (
        "Soldiers rounded up about twenty men at the market in Sofara on Tuesday and were "
        "seen executing prisoners near the river, residents said."
    )
    (event,) = news_events(text, dt.date(2024, 3, 8))
    assert event["event_type"] == "Violence against civilians"


def test_a_rally_a_day_after_the_police_broke_up_another_is_peaceful():
    text = (
        "Bamako: thousands march for the transition a day after police disperse traders\n\n"
        "Several thousand people marched on Saturday along the Boulevard de l'Independance "
        "in Bamako in support of the transitional authorities. The march, watched by a few "
        "police officers, ended without incident."
    )
    (event,) = news_events(text, dt.date(2024, 6, 9))
    assert (event["sub_event_type"], event["actor2"]) == ("Peaceful protest", None)


def test_a_village_told_inside_its_local_government_area_is_the_place():
    text = (
        "Suspected members of the Boko Haram faction known as JAS killed three farmers near "
        "Attagara, in Gwoza local government area, late on Friday, a vigilante leader said."
    )
    (event,) = news_events(text, dt.date(2024, 9, 16))
    assert (event["event_type"], event["admin1"], event["location"]) == (
        "Violence against civilians",
        "Borno",
        "Attagara",
    )


def test_the_dead_described_on_the_day_of_speaking_are_no_new_event():
    text = (
        "Gunmen abducted 22 residents of Gidan Jaja village in Zurmi Local Government Area of "
        "Zamfara State late on Monday and killed three others who tried to flee.\n\n"
        "The village head told our reporter on phone on Wednesday that the three men killed "
        "were shot when they ran towards the bush."
    )
    events = news_events(text, dt.date(2023, 8, 10))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2023, 8, 7), 3)]


def test_more_bodies_told_to_journalists_in_town_raise_no_new_event():
    text = (
        "The death toll from Thursday night's attack on Yelwata in Guma Local Government Area "
        "of Benue State has risen to 12, officials said.\n\n"
        "The council chairman told journalists in Makurdi on Sunday that five more corpses "
        'had been found in the bush. He blamed "armed herdsmen" for the killings.'
    )
    events = news_events(text, dt.date(2022, 4, 11))
    assert [(e["date_start"], e["actor1"], e["fatalities"]) for e in events] == [
        (dt.date(2022, 4, 7), "Fulani Ethnic Militia (Nigeria)", 12)
    ]


def test_youths_who_protested_and_burned_motorcycles_face_the_police_not_themselves():
    text = (
        "On Saturday, hundreds of youths took to the streets of Otukpo, Benue State, to protest "
        "the killings. "
        "The protesters blocked the highway with burning tyres and set two trucks ablaze. "
        "Policemen fired tear gas to disperse the crowd."
    )
    (event,) = news_events(text, dt.date(2022, 4, 11))
    assert (event["event_type"], event["actor1"], event["actor2"]) == (
        "Riots",
        "Rioters (Nigeria)",
        "Police Forces of Nigeria",
    )


def test_an_attack_the_police_command_recalls_is_an_event_of_its_own():
    text = (
        "ANAMBRA STATE POLICE COMMAND - PRESS RELEASE\n\n"
        "The Command wishes to inform the public that on 20/07/2023, police operatives, in "
        "conjunction with the military, raided a camp of the proscribed Indigenous People of "
        "Biafra (IPOB) in a forest at Ihiala. Four of the hoodlums were neutralised.\n\n"
        "The Command recalls that on Monday 17/07/2023, IPOB/ESN gunmen attacked a police "
        "checkpoint at Uli. One police officer paid the supreme price."
    )
    events = news_events(text, dt.date(2023, 7, 21))
    assert [(e["date_start"], e["actor1"], e["actor2"], e["fatalities"]) for e in events] == [
        (
            dt.date(2023, 7, 20),
            "Police Forces of Nigeria",
            "IPOB: Indigenous Peoples of Biafra",
            4,
        ),
        (
            dt.date(2023, 7, 17),
            "IPOB: Indigenous Peoples of Biafra",
            "Police Forces of Nigeria",
            1,
        ),
    ]


def test_armed_men_identified_by_residents_as_rebels_are_those_rebels():
    text = (
        "On Sunday, armed men identified by residents as elements of the 3R rebel group "
        "attacked a hamlet near Niem, in the Nana-Mambere prefecture, killing four civilians."
    )
    (event,) = news_events(text, dt.date(2023, 2, 14))
    assert (event["event_type"], event["actor1"]) == (
        "Violence against civilians",
        "3R: Return, Reclamation, Rehabilitation",
    )


def test_the_dead_of_another_act_told_to_time_this_one_are_not_its_dead():
    text = (
        "MOGADISHU, May 3 - Mortar shells fired by al Shabaab militants hit a market in the "
        "Somali capital's Hodan district late on Tuesday, killing three civilians, police "
        "said, hours before a roadside bomb killed a soldier on the city's outskirts."
    )
    events = news_events(text, dt.date(2023, 5, 3))
    assert events[0]["fatalities"] == 3


def test_al_qaedas_affiliate_in_somalia_is_al_shabaab():
    text = (
        "A roadside bomb hit a police patrol in Mogadishu's Hodan district on Wednesday, "
        "killing two officers. The al Qaeda-linked group often carries out such attacks in "
        "the Somali capital."
    )
    (event,) = news_events(text, dt.date(2023, 7, 13))
    assert event["actor1"] == "Al Shabaab"


def test_clan_militiamen_who_attacked_positions_held_by_another_clan_lead_the_battle():
    text = (
        "Fighting broke out on Monday in Galgaduud region when Habar Gidir clan militiamen "
        "attacked positions held by Marehan clan militia near a water point outside "
        "Dhusamareb, elders said. Four fighters were killed."
    )
    (event,) = news_events(text, dt.date(2024, 3, 19))
    assert (event["actor1"], event["actor2"]) == (
        "Habar Gidir Clan Militia (Somalia)",
        "Marehan Clan Militia (Somalia)",
    )


def test_the_overview_naming_the_division_of_a_highlighted_town_goes_on_with_it():
    text = (
        "SUDAN: Flash Update No. 1\n\n"
        "KEY HIGHLIGHTS\n"
        "- At least 15 civilians reportedly killed in an RSF attack on Tamboul town on 3 "
        "March.\n"
        "- Dozens of men reportedly detained by RSF elements in Rufaa on 4 March.\n\n"
        "SITUATION OVERVIEW\n"
        "On 3 March, RSF fighters reportedly attacked the town of Tamboul in eastern Al "
        "Jazirah State. According to local sources, at least 15 civilians were killed."
    )
    events = news_events(text, dt.date(2024, 3, 6))
    assert [e["date_start"] for e in events] == [dt.date(2024, 3, 3), dt.date(2024, 3, 4)]


def test_what_a_town_has_been_for_years_is_no_event():
    text = (
        "MOGADISHU - Somali troops on Wednesday recaptured the town of Bariire in Lower "
        "Shabelle region from al Shabaab after a dawn assault, the army said.\n\n"
        "Bariire, around 50 km west of Mogadishu in Afgooye district, has for years been used "
        "by al Shabaab as a base for attacks on the capital."
    )
    events = news_events(text, dt.date(2023, 10, 19))
    assert [e["sub_event_type"] for e in events] == ["Government regains territory"]
