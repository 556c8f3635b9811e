"""What wire copy says about one event over several sentences: tolls that rise, each side's
count of the dead and its claims, who the story names as the attacker (by blame, by weapon, by
the group the gunmen belonged to), and which days and places are the story's own, not the
event's (a statement's day, a dateline under a headline)."""

from __future__ import annotations

import datetime as dt

from .news import news_events

PUBLISHED = dt.date(2025, 3, 20)


def test_the_toll_from_a_named_strike_replaces_its_first_count():
    text = (
        "09:10 - Rescuers say an air strike on a house in Beit Hanoun late on Wednesday killed "
        "seven members of one family.\n\n"
        "12:30 - Update: rescuers now say the toll from the Beit Hanoun strike has risen to 10, "
        "after three more bodies were pulled from the rubble."
    )
    assert [e["fatalities"] for e in news_events(text, PUBLISHED)] == [10]


def test_a_toll_given_on_a_later_day_that_rises_updates_the_attack():
    text = (
        "At least 14 villagers were killed on Sunday night when rebels raided the village of "
        "Mangurujipa in Lubero territory, local leaders said.\n\n"
        "A first toll of 11 dead given on Monday morning by a local chief rose to 14 in the "
        "evening, after farmers found three more bodies near the village."
    )
    events = news_events(text, dt.date(2025, 8, 19))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2025, 8, 17), 14)]


def test_a_wound_to_the_chest_is_no_second_victim():
    text = (
        "Gunmen shot dead a farmer working in his field near Moirang on Sunday, police said. "
        "The man, a father of three, was hit in the chest and died on the way to hospital."
    )
    assert [e["fatalities"] for e in news_events(text, dt.date(2025, 6, 9))] == [1]


def test_a_strike_attributed_by_monitors_to_the_army_is_the_army_s():
    text = (
        "On Wednesday, a drone strike attributed by local monitors to the Sudanese Armed Forces "
        "hit the livestock market in Kabkabiya, killing six civilians."
    )
    (event,) = news_events(text, dt.date(2025, 6, 5))
    assert event["actor1"] == "Military Forces of Sudan"


def test_a_group_that_claims_the_assault_after_its_acronym_is_the_attacker():
    text = (
        "Militants attacked a police post in Lakki Marwat late on Tuesday, and two of the "
        "attackers were killed in the gunfight, police said. The Pakistani Taliban, or "
        "Tehreek-e-Taliban Pakistan (TTP), claimed the assault."
    )
    (event,) = news_events(text, dt.date(2025, 3, 12))
    assert event["actor1"] == "TTP: Tehreek-i-Taliban Pakistan"


def test_the_central_african_patriotic_movement_is_a_party_to_its_agreement():
    text = (
        "BANGUI, July 16 - The government and the Central African Patriotic Movement (MPC) "
        "signed an agreement in Bangui on Tuesday under which the group's fighters will disarm."
    )
    (event,) = news_events(text, dt.date(2025, 7, 16))
    assert event["sub_event_type"] == "Agreement"
    assert "MPC: Central African Patriotic Movement" in (event["actor1"], event["actor2"])


def test_a_haitian_gang_named_in_the_attack_is_its_attacker():
    text = (
        "Members of the Gran Grif gang attacked the town of Liancourt on Tuesday, killing at "
        "least nine residents, the UN said."
    )
    (event,) = news_events(text, dt.date(2025, 4, 3))
    assert event["actor1"] == "Gran Grif"


def test_a_group_s_admitted_loss_is_coded_against_the_army_s_higher_claim():
    text = (
        "Soldiers raided a rebel camp near Nkar on Tuesday. Military sources said five "
        "separatist fighters were neutralised. A separatist commander later posted a video "
        "admitting that three of his fighters had died in the raid."
    )
    assert [e["fatalities"] for e in news_events(text, dt.date(2025, 9, 11))] == [3]


def test_the_day_of_a_group_s_communique_dates_no_event_of_its_own():
    text = (
        "Troops and ELN guerrillas clashed on Sunday in the countryside of Tame, and the army "
        "said on Monday that six guerrillas had been killed.\n\n"
        "The ELN, in a communique published on Tuesday, acknowledged the loss of two fighters."
    )
    events = news_events(text, dt.date(2025, 2, 18))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2025, 2, 16), 2)]


def test_an_admitted_loss_beside_dead_soldiers_leaves_the_soldiers_counted():
    text = (
        "Four soldiers and nine militants were killed when militants attacked an army post "
        "on Sunday, the army said. The group admitted losing five fighters."
    )
    assert [e["fatalities"] for e in news_events(text, dt.date(2025, 9, 11))] == [9]


def test_a_group_that_says_it_captured_a_township_overtakes_it():
    text = (
        "A junta jet bombed a market in Depayin on Saturday, killing five civilians.\n\n"
        "Meanwhile, People's Defense Force (PDF) battalions in northern Sagaing said on Sunday "
        "that they had captured Pinlebu, a township seat, after a long siege."
    )
    events = news_events(text, dt.date(2025, 1, 27))
    assert [e["sub_event_type"] for e in events] == [
        "Air/drone strike",
        "Non-state actor overtakes territory",
    ]
    assert (events[1]["location"], events[1]["actor1"]) == (
        "Pinlebu",
        "PDF: People's Defense Force",
    )


def test_fighters_who_entered_a_town_after_troops_pulled_out_took_it():
    text = (
        "A Fano commander said on Wednesday that his fighters had entered the town of Bichena "
        "that morning after federal troops pulled out."
    )
    (event,) = news_events(text, dt.date(2025, 2, 27))
    # (no fight told: a town that changed hands when one side left, as ACLED codes it)
    assert event["sub_event_type"] == "Non-violent transfer of territory"
    assert event["actor1"] == "Fano Militia"


def test_drones_shot_down_belong_to_whoever_launched_them():
    text = (
        "Yemeni government forces shot down three drones launched by the Houthis over the city "
        "of Marib on Wednesday, a military spokesman said."
    )
    (event,) = news_events(text, dt.date(2025, 1, 9))
    assert event["sub_event_type"] == "Disrupted weapons use"
    assert (event["actor1"], event["actor2"]) == (
        "Military Forces of Yemen",
        "Military Forces of Yemen Supreme Political Council",
    )


def test_air_defences_are_the_country_s_military():
    text = "In Odesa, air defences destroyed 11 drones over the city early on Tuesday."
    (event,) = news_events(text, dt.date(2025, 5, 6))
    assert event["actor1"] == "Military Forces of Ukraine"


def test_whose_shells_hit_a_neighbourhood_fired_them():
    text = (
        "In Taiz, a child was killed on Tuesday when Houthi shells hit a residential "
        "neighbourhood in the east of the city, a local official said."
    )
    (event,) = news_events(text, dt.date(2025, 1, 9))
    assert (event["actor1"], event["actor2"]) == (
        "Military Forces of Yemen Supreme Political Council",
        "Civilians (Yemen)",
    )


def test_a_city_military_administration_that_reports_the_death_is_no_party():
    text = (
        "In Kherson, a 64-year-old man was killed when Russian artillery shelled the city on "
        "Tuesday morning, the city military administration said."
    )
    (event,) = news_events(text, dt.date(2025, 5, 6))
    assert (event["actor1"], event["actor2"]) == (
        "Military Forces of Russia",
        "Civilians (Ukraine)",
    )


def test_thai_paramilitary_rangers_are_the_military():
    text = (
        "NARATHIWAT: A paramilitary ranger was killed when a bomb hidden in a motorcycle "
        "exploded beside a checkpoint in Rueso district on Thursday evening, police said."
    )
    (event,) = news_events(text, dt.date(2025, 10, 3))
    assert event["actor2"] == "Military Forces of Thailand"


def test_a_sentence_that_only_says_this_week_opens_no_event():
    text = (
        "The fear returned this week. On Tuesday, fighters entered the village of Chai and "
        "killed three men, according to residents."
    )
    events = news_events(text, dt.date(2025, 5, 15))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2025, 5, 13), 3)]


def test_an_attack_on_a_police_post_elsewhere_the_same_day_is_its_own_event():
    text = (
        "The UN condemned the attack carried out on Tuesday by members of the Gran Grif gang "
        "against the population of Petite-Riviere-de-l'Artibonite, where at least 17 residents "
        "were killed.\n\n"
        "On the same day, members of the Viv Ansanm coalition attacked the police sub-station "
        "of Delmas 30. Two police officers were killed in the exchange of fire."
    )
    events = news_events(text, dt.date(2025, 4, 3))
    assert [(e["location"], e["fatalities"]) for e in events] == [
        ("Petite-Riviere-de-l'Artibonite", 17),
        ("Delmas", 2),
    ]


def test_deaths_counted_between_two_months_are_a_running_total():
    text = (
        "Gang members killed four people in Delmas on Tuesday. The UN recalls that between "
        "January and March more than 1,500 people were killed in gang violence."
    )
    assert [e["fatalities"] for e in news_events(text, dt.date(2025, 4, 3))] == [4]


def test_the_day_of_a_dateline_naming_its_country_under_a_headline_dates_no_event():
    text = (
        "Government forces down drones over Marib\n\n"
        "MARIB, Yemen, Jan 9 - Yemeni government forces shot down three drones over the city "
        "of Marib on Wednesday, a military spokesman said."
    )
    (event,) = news_events(text, dt.date(2025, 1, 9))
    assert event["date_start"] == dt.date(2025, 1, 8)


def test_the_cartel_the_gunmen_belonged_to_a_cell_of_is_the_attacker():
    text = (
        "Gunmen opened fire on an army patrol outside Navolato on Sunday, and the troops killed "
        "three of them. The ministry said the gunmen belonged to a cell of the Sinaloa Cartel."
    )
    (event,) = news_events(text, dt.date(2025, 1, 20))
    assert event["actor1"] == "Sinaloa Cartel"


def test_a_group_s_claim_after_the_army_s_count_is_scoped_past_the_dateline():
    text = (
        "BAMAKO, Feb 20 - Mali's armed forces said on Thursday that five soldiers were killed "
        "when jihadists ambushed a convoy near Diema, while the group that claimed the attack "
        "said it had killed 40 troops. Troops killed 11 assailants, the army said."
    )
    assert [e["fatalities"] for e in news_events(text, dt.date(2025, 2, 20))] == [16]


def test_peacekeepers_evacuating_the_wounded_and_an_official_recalling_attacks_add_no_event():
    text = (
        "MONUSCO condemns the attack perpetrated on Sunday by CODECO militiamen against the "
        "village of Lopa, in Djugu territory, where nine civilians were killed.\n\n"
        "MONUSCO peacekeepers deployed to the area on Monday to secure the village and "
        "facilitate the evacuation of the wounded to Bunia General Hospital.\n\n"
        "The head of the MONUSCO office in Bunia recalled that attacks against civilians may "
        "constitute war crimes."
    )
    events = news_events(text, dt.date(2025, 9, 3))
    assert [(e["location"], e["fatalities"]) for e in events] == [("Lopa", 9)]


def test_an_explosive_laden_drone_makes_a_drone_strike_not_an_ied():
    text = (
        "An explosive-laden drone struck a police station in the town of Suarez in Cauca on "
        "Tuesday, killing one officer, police said."
    )
    (event,) = news_events(text, dt.date(2025, 11, 12))
    assert event["sub_event_type"] == "Air/drone strike"


def test_the_town_of_a_dateline_under_a_headline_is_not_the_event_s_place():
    text = (
        "Drone attack on police station kills officer\n\n"
        "POPAYAN, Colombia, Nov 12 - A drone struck a police station in Suarez on Tuesday, "
        "killing one officer, police said."
    )
    (event,) = news_events(text, dt.date(2025, 11, 12))
    assert event["location"] == "Suarez"


def test_the_attack_s_own_day_told_later_at_the_same_place_replaces_the_statement_s_day():
    text = (
        "Mali's armed forces said on Thursday that five soldiers were killed when jihadists "
        "ambushed a supply convoy near Diema in the Kayes region.\n\n"
        "The general staff said the convoy came under fire on Tuesday about 15 km east of Diema."
    )
    (event,) = news_events(text, dt.date(2025, 2, 20))
    assert (event["date_start"], event["location"]) == (dt.date(2025, 2, 18), "Diema")


def test_an_earlier_attack_s_dead_told_a_day_after_are_not_this_attack_s():
    text = (
        "A roadside bomb killed four Somali soldiers near the town of Afgooye on Tuesday, a "
        "military officer said, a day after a similar device killed two police officers across "
        "the border in Kenya."
    )
    (event,) = news_events(text, dt.date(2025, 7, 9))
    assert event["fatalities"] == 4


def test_an_act_the_army_told_a_day_before_is_still_counted():
    text = (
        "The attack came a day after the army said its troops had killed three ELN fighters in "
        "a firefight in a rural area of Argelia municipality."
    )
    (event,) = news_events(text, dt.date(2025, 11, 12))
    assert event["fatalities"] == 3


def test_a_un_office_named_with_its_acronym_that_reports_an_attack_is_no_party():
    text = (
        "The United Nations humanitarian office (OCHA) said gunmen killed at least 14 "
        "civilians in an attack on a site for displaced people near Djibo on Thursday."
    )
    (event,) = news_events(text, dt.date(2025, 5, 6))
    assert event["actor1"] == "Unidentified Armed Group (Burkina Faso)"
