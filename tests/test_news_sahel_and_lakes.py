"""West African, Sahel and Great Lakes news (read wrong on the seventeenth blind set): a
gunfight's breakdown of its toll, an air component's strikes, a group's name after 2022."""

from __future__ import annotations

import datetime as dt

from .news import news_events

TUE = dt.date(2023, 2, 7)


def test_a_breakdown_of_a_gunfights_toll_stays_with_the_attack_and_adds_up():
    events = news_events(
        "MAIDUGURI, Nigeria, Feb 7 (Reuters) - ISWAP fighters stormed a military base in the "
        "northeastern Nigerian town of Marte late on Sunday, setting off a gunfight that left "
        "at least 15 people dead, military and security sources said.\n\n"
        "Two army officers, who asked not to be named, said four soldiers were killed and that "
        "troops repelled the attackers, killing 11 of them.",
        TUE,
    )
    assert [(e["location"], e["fatalities"]) for e in events] == [("Marte", 15)]


def test_an_air_components_strikes_are_an_air_strike_and_isgs_is_now_is_sahel():
    [event] = news_events(
        "On 20 November 2023, the FAMa air component carried out strikes against a gathering "
        "of terrorists of the Islamic State in the Greater Sahara near Inekar, in the Menaka "
        "region. The strikes neutralised nine terrorists.",
        dt.date(2023, 11, 22),
    )
    assert (event["sub_event_type"], event["actor1"], event["actor2"], event["fatalities"]) == (
        "Air/drone strike",
        "Military Forces of Mali",
        "Islamic State (Sahel)",
        9,
    )


def test_a_quoted_communiques_dated_paragraph_is_an_event_and_a_defused_device_kills_no_one():
    events = news_events(
        "BAMAKO, Nov 22 - The General Staff issued the following communique on Wednesday.\n\n"
        '"On 20 November 2023, the FAMa air component carried out strikes near Inekar, in the '
        "Menaka region. The strikes neutralised nine terrorists.\n\n"
        '"On 21 November 2023, a FAMa unit on patrol near Boni, in the Douentza circle, '
        "detected an improvised explosive device buried on the national road. The device was "
        "neutralised by the engineering team without any damage.",
        dt.date(2023, 11, 22),
    )
    assert [(e["location"], e["sub_event_type"], e["fatalities"]) for e in events] == [
        ("Inekar", "Air/drone strike", 9),
        ("Boni", "Disrupted weapons use", 0),
    ]


def test_a_press_release_reacting_to_a_massacre_dates_it_by_the_act_and_counts_bodies_found():
    [event] = news_events(
        "PRESS RELEASE - Niamey, 16 January 2024\n\n"
        "A coalition of Nigerien civil society organisations expresses its deep shock at the "
        "massacre committed in the Ouallam department of the Tillaberi region.\n\n"
        "On Saturday 13 January 2024, dozens of armed men on motorcycles surrounded the weekly "
        "cattle market in Mangaize and opened fire on traders. Twelve men were killed on the "
        "spot. On Sunday, search teams found the bodies of three more men in the bush outside "
        "the town, bringing the number of people killed to 15.",
        dt.date(2024, 1, 16),
    )
    assert (event["date_start"], event["location"], event["fatalities"]) == (
        dt.date(2024, 1, 13),
        "Mangaize",
        15,
    )


def test_a_groups_later_claim_of_more_dead_soldiers_is_its_act_but_not_added_to_the_toll():
    [event] = news_events(
        "COTONOU, June 14 (Reuters) - Gunmen attacked a police station in the town of Karimama "
        "in northern Benin late on Wednesday, killing four police officers, the government "
        "said.\n\n"
        "The government spokesman said in a statement on Thursday evening that two of the "
        "assailants were killed when reinforcements arrived.\n\n"
        "The al Qaeda-linked group JNIM said in a claim circulated on Friday that its fighters "
        'had killed 12 "soldiers of the Beninese army" and seized weapons.',
        dt.date(2024, 6, 14),
    )
    assert (event["actor1"], event["admin1"], event["fatalities"]) == (
        "JNIM: Group for Support of Islam and Muslims",
        "Alibori",
        6,
    )


def test_a_cameroonian_subdivision_places_the_school_and_a_quoted_general_counts_with_his_men():
    events = news_events(
        "BAMENDA - Separatist fighters on Sunday set ablaze a government secondary school in "
        "Bambui, Tubah Subdivision, education officials said.\n\n"
        "The military said on Monday that troops had killed a self-proclaimed separatist "
        '"general" and three of his fighters during a raid on their camp near Batibo.\n\n'
        "The conflict began in 2016. The International Crisis Group estimates that more than "
        "6,000 people have been killed.",
        dt.date(2024, 3, 12),
    )
    assert [(e["country"], e["admin1"], e["location"], e["fatalities"]) for e in events] == [
        ("Cameroon", "Nord-Ouest", "Bambui", 0),
        ("Cameroon", "Nord-Ouest", "Batibo", 4),
    ]
    assert events[0]["actor1"] == "Ambazonian Separatists (Cameroon)"


def test_a_sub_prefects_recount_on_the_next_day_corrects_the_toll_of_the_raid():
    events = news_events(
        "MAROUA, Cameroon - Suspected Boko Haram fighters killed six civilians in a raid on the "
        "village of Tourou in Cameroon's Far North region late on Sunday, local authorities "
        "said.\n\n"
        "A member of the local vigilance committee initially told reporters that eight people "
        "had died. But the sub-prefect of Mokolo said on Monday that six bodies had been "
        "recovered, and that two men who had been reported dead were being treated for gunshot "
        "wounds at the district hospital in Mokolo.",
        dt.date(2024, 7, 9),
    )
    assert [(e["location"], e["fatalities"]) for e in events] == [("Tourou", 6)]


def test_peacekeepers_who_came_and_fought_the_attackers_are_a_battle_at_the_attacks_scene():
    events = news_events(
        "Bunia, 5 December 2023 - MONUSCO strongly condemns the attack carried out on Sunday 3 "
        "December by CODECO militiamen on the Lodjo displacement site, in Djugu territory, "
        "Ituri province.\n\n"
        "The assailants entered the site at around 7 p.m., killing 14 civilians. Two other "
        "victims succumbed to their injuries on Monday at the Bunia General Referral Hospital, "
        "bringing the number of dead to 16.\n\n"
        "MONUSCO peacekeepers deployed from their nearby base intervened and exchanged fire with "
        "the attackers, who withdrew towards the surrounding hills. One assailant was killed in "
        "the exchange. The Mission evacuated 12 wounded people to Bunia.",
        dt.date(2023, 12, 5),
    )
    assert [
        (e["sub_event_type"], e["location"], e["actor1"][:7], e["actor2"][:7], e["fatalities"])
        for e in events
    ] == [
        ("Attack", "Lodjo", "CODECO:", "Civilia", 16),
        ("Armed clash", "Lodjo", "MONUSCO", "CODECO:", 1),
    ]


def test_civilians_are_the_events_countrys_when_a_namesake_town_abroad_was_read_first():
    [event] = news_events(
        "On April 20, a motorbike was struck by an IED presumably planted by Katiba Macina "
        "(JNIM) militants between Touara and Tene (coded as Touara at geoprecision 2), one "
        "person was killed and another wounded.",
        dt.date(2020, 4, 22),
    )
    assert (event["country"], event["actor2"]) == ("Mali", "Civilians (Mali)")


def test_shells_fired_from_hills_held_by_a_group_are_the_groups_not_the_speakers():
    [event] = news_events(
        "Two shells landed in a crowded displacement camp at Mugunga, on the western edge of "
        "Goma, on Tuesday afternoon. Three people were killed. The U.N. peacekeeping mission "
        "MONUSCO said the shells were fired from hills held by M23.",
        dt.date(2024, 2, 8),
    )
    assert event["actor1"] == "M23: March 23 Movement"


def test_bodies_recovered_by_a_day_count_the_dead_again_and_the_next_day_follows_the_attack():
    events = news_events(
        "BENI - At least 11 civilians were killed on Sunday night in an attack attributed to "
        "ADF rebels in the village of Mayimoya, in Beni territory, North Kivu, local "
        "authorities said.\n\n"
        "The territorial administrator said 11 bodies had been recovered by Monday afternoon. "
        "Civil society put the toll at 17.\n\n"
        "The next day, in Oicha, a crowd of young people stoned and then burned a man they "
        "accused of being an informant for the ADF. The man died at the scene.",
        dt.date(2024, 5, 21),
    )
    assert [(e["date_start"], e["location"], e["actor2"], e["fatalities"]) for e in events] == [
        (dt.date(2024, 5, 19), "Mayimoya", "Civilians (Democratic Republic of Congo)", 11),
        (dt.date(2024, 5, 20), "Oicha", "Civilians (Democratic Republic of Congo)", 1),
    ]


def test_fighters_handing_in_their_weapons_told_apart_are_a_change_to_the_group():
    events = news_events(
        "BANGUI - Two people were killed when an unidentified man threw a grenade into a "
        "crowded bar in Bangui's PK5 neighbourhood late on Saturday, police said.\n\n"
        "Separately, the government said on Monday that 45 fighters of the Union for Peace in "
        "the Central African Republic (UPC) had handed in their weapons at a ceremony in "
        "Bambari.",
        dt.date(2023, 8, 15),
    )
    assert [(e["sub_event_type"], e["location"]) for e in events] == [
        ("Grenade", "Bangui"),
        ("Change to group/activity", "Bambari"),
    ]


def test_a_weekly_roundups_weekday_and_date_is_that_date_and_an_attack_that_took_a_town():
    events = news_events(
        "CABO DELGADO WEEKLY: 6-12 May 2024\n\n"
        "On Monday 6 May, insurgents beheaded three fishermen on the beach near Quiterajo, in "
        "Macomia district.\n\n"
        "On Wednesday 8 May, a larger group attacked Mucojo, also in Macomia district. A small "
        "detachment of Mozambican soldiers withdrew after a brief exchange of fire in which two "
        "soldiers were killed, and the insurgents occupied the town.",
        dt.date(2024, 5, 13),
    )
    assert [(e["date_start"], e["location"], e["sub_event_type"]) for e in events] == [
        (dt.date(2024, 5, 6), "Quiterajo", "Attack"),
        (dt.date(2024, 5, 8), "Mucojo", "Non-state actor overtakes territory"),
    ]


def test_a_live_blogs_entries_by_city_with_a_time_zone_and_an_update_of_the_toll():
    events = news_events(
        "LIVE: #EndBadGovernance protests across Nigeria - Thursday, August 1\n\n"
        "08:40 WAT - Lagos: Several hundred protesters have gathered at the Ojota park, singing "
        "and waving placards.\n\n"
        "13:30 WAT - Kano: The situation has turned violent. Groups of young men have looted "
        "shops and set fire to part of a government office building. Police fired tear gas "
        "and shots to disperse them. A police source says two people were killed.\n\n"
        "16:45 WAT - Kano update: A doctor tells us three bodies with gunshot wounds were "
        "brought in from the protest area, raising the death toll in Kano to three.\n\n"
        "17:20 WAT - Background: The protests were called on social media over the soaring "
        "cost of living.",
        dt.date(2024, 8, 1),
    )
    assert [(e["location"], e["event_type"], e["fatalities"]) for e in events] == [
        ("Lagos", "Protests", 0),
        ("Kano", "Riots", 3),
    ]


def test_a_police_count_first_put_at_12_is_superseded_by_the_bodies_recovered():
    [event] = news_events(
        "JOS - Gunmen killed at least 27 people in an attack late on Sunday on Hurti, a farming "
        "village in the Bokkos Local Government Area of Plateau State, local officials said.\n\n"
        "Police had initially put the number of dead at 12 on Monday morning, as residents "
        "were still searching the surrounding farmland. By Monday evening, the chairman of the "
        "local government council said 27 bodies had been recovered.",
        dt.date(2025, 5, 20),
    )
    assert (event["location"], event["fatalities"]) == ("Hurti", 27)


def test_a_features_today_opens_no_event_and_a_buses_destination_is_not_the_scene():
    [event] = news_events(
        "FADA N'GOURMA, Burkina Faso - The red-earth road south from Fada N'Gourma towards Pama "
        "used to carry cattle trucks to the border with Togo. Today, drivers say, it is a "
        "gamble.\n\n"
        "Last Thursday, a minibus carrying traders to the market at Pama struck a roadside bomb "
        "about 15 kilometres from Fada N'Gourma, killing seven passengers. Two more passengers "
        "died of their wounds over the weekend, bringing the toll to nine.",
        dt.date(2025, 9, 15),
    )
    assert (event["date_start"], event["location"], event["fatalities"]) == (
        dt.date(2025, 9, 11),
        "Fada N'Gourma",
        9,
    )


def test_a_quoted_final_toll_of_soldiers_and_militiamen_adds_both_sides_of_the_breakdown():
    [event] = news_events(
        "OUAGADOUGOU, Sept 8 (AFP) - At least 27 soldiers and civilian auxiliaries were killed "
        "when jihadists ambushed an army unit escorting a supply convoy in northern Burkina "
        "Faso on Wednesday, security sources said, sharply raising an earlier toll of 15.\n\n"
        '"The final toll is 17 soldiers and 10 VDP killed," a security source told AFP.',
        dt.date(2023, 9, 8),
    )
    assert event["fatalities"] == 27
