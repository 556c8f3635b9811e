"""Scenes and sources read wrong on the fifteenth and sixteenth blind sets: a mosque's faith
or a group's name taken for a town, a toll's day taken for the attack's, a governor's region
taken for a scene, officials somewhere taken for a party."""

from __future__ import annotations

import datetime as dt

from sitrep.places import find_places

from .news import news_events


def _news(events: list[dict]) -> list[dict]:
    return [e for e in events if not e["is_background"]]


def test_a_mosques_faith_is_no_place():
    assert find_places("A suicide bomber struck a Shiite mosque in northern Afghanistan.") == []


def test_a_run_that_holds_a_groups_acronym_is_no_place():
    places = find_places(
        "Troops encountered Communist NPA Terrorists (CNTs) in the hinterlands of Las Navas, "
        "Northern Samar."
    )
    assert [p.location for p in places] == ["Las Navas"]


def test_a_town_after_neighbouring_is_a_place():
    [place] = find_places("In neighbouring Sloviansk, a Russian drone hit a car.")
    assert (place.location, place.country) == ("Sloviansk", "Ukraine")


def test_a_lead_that_gives_only_the_tolls_day_takes_the_attacks_day_and_place():
    [event] = _news(
        news_events(
            "KABUL (AFP) - The death toll from a suicide bombing at a mosque in northern "
            "Afghanistan rose to 11 on Saturday, a Taliban government spokesman said.\n\n"
            "The bomber blew himself up during Friday prayers at the mosque in Khanabad "
            "district of Kunduz province.",
            dt.date(2024, 11, 30),
        )
    )
    assert (event["date_start"], event["location"]) == (dt.date(2024, 11, 29), "Khanabad")
    assert event["fatalities"] == 11


def test_a_toll_a_spokesman_had_on_monday_put_at_twelve_is_no_event_of_that_day():
    events = _news(
        news_events(
            "JOS, Nigeria - The death toll from an attack by gunmen on Ruwi village in Plateau "
            "state has risen to 27, the Red Cross said on Tuesday.\n\n"
            "Police spokesman Emeka Obi had on Monday put the toll at 12.",
            dt.date(2025, 4, 15),
        )
    )
    assert [e["fatalities"] for e in events] == [27]


def test_shelling_in_the_city_of_donetsk_is_apart_from_a_strike_elsewhere_in_its_region():
    events = _news(
        news_events(
            "KYIV, Ukraine (AP) - A Russian missile strike on Kramatorsk killed three people on "
            "Monday afternoon. Donetsk regional governor Vadym Filashkin said 18 were wounded.\n\n"
            "Russian-installed officials in the occupied city of Donetsk said Ukrainian shelling "
            "killed one person in the Kuibyshevskyi district on Monday.",
            dt.date(2024, 4, 16),
        )
    )
    assert [(e["location"], e["fatalities"]) for e in events] == [
        ("Kramatorsk", 3),
        ("Donetsk", 1),
    ]
    assert events[1]["actor1"] == "Military Forces of Ukraine"


def test_police_somewhere_who_say_they_arrested_suspects_made_the_arrests():
    events = _news(
        news_events(
            "GUSAU, Nigeria (Reuters) - Gunmen abducted 40 villagers in Zamfara state on "
            "Saturday, police said.\n\n"
            "Police in neighbouring Katsina state said on Sunday they had arrested seven "
            "suspected kidnappers in the town of Funtua.",
            dt.date(2024, 3, 11),
        )
    )
    assert events[-1]["actor1"] == "Police Forces of Nigeria"


def test_a_digest_that_sums_up_its_week_opens_no_event_and_a_township_is_the_location():
    events = _news(
        news_events(
            "Myanmar Conflict Weekly: 3 – 9 March 2025\n\n"
            "Fighting continued across several states and regions last week.\n\n"
            "Kachin State: The Kachin Independence Army (KIA) said its fighters overran a junta "
            "outpost in Shwegu town on Tuesday.\n\n"
            "Yangon Region: Police detained around 20 young men at tea shops in Hlaing Tharyar "
            "township on Saturday evening, residents said.",
            dt.date(2025, 3, 10),
        )
    )
    assert [(e["date_start"], e["location"], e["actor1"]) for e in events] == [
        (
            dt.date(2025, 3, 4),
            "Shwegu",
            "KIO/KIA: Kachin Independence Organization/Kachin Independence Army",
        ),
        (dt.date(2025, 3, 8), "Hlaing Tharyar", "Police Forces of Myanmar"),
    ]


def test_the_area_of_a_district_is_the_scene_and_a_count_of_recent_years_is_background():
    [event] = _news(
        news_events(
            "TURBAT: Armed men abducted five labourers working on a mobile phone tower in the "
            "Hoshab area of Kech district late on Sunday night, Levies officials said on Monday."
            "\n\nThe labourers had been working there for three weeks, a contractor told Dawn "
            "on the phone from Quetta.\n\n"
            "In recent years, dozens of workers from Punjab and Sindh have been killed in attacks "
            "claimed by Baloch separatist groups.",
            dt.date(2024, 6, 10),
        )
    )
    assert (event["country"], event["admin1"], event["location"]) == (
        "Pakistan",
        "Balochistan",
        "Hoshab",
    )
    assert event["fatalities"] == 0


def test_the_day_a_measure_was_announced_is_not_the_day_of_the_protest_against_it():
    [event] = _news(
        news_events(
            "Several hundred protesters gathered in Nairobi, waving placards against the latest "
            "increase in fuel prices announced by the energy regulator last week.",
            dt.date(2025, 3, 18),
        )
    )
    assert event["date_start"] in (None, dt.date(2025, 3, 18))


def test_where_the_attack_targeted_a_post_places_the_lead_that_named_no_town():
    events = _news(
        news_events(
            "PESHAWAR, Pakistan (Reuters) - Militants stormed a police checkpoint in northwestern "
            "Pakistan late on Tuesday, killing three policemen, officials said on Thursday.\n\n"
            "The attack targeted a post on the outskirts of Serai Naurang in Lakki Marwat "
            "district of Khyber Pakhtunkhwa province. One of the attackers was also killed.",
            dt.date(2024, 3, 14),
        )
    )
    assert [(e["location"], e["fatalities"]) for e in events] == [("Serai Naurang", 4)]


def test_the_act_an_encounter_came_two_days_after_elsewhere_is_an_event_of_its_own():
    events = _news(
        news_events(
            "RAIPUR: Five suspected Maoists were killed in an encounter with security forces "
            "near Gangaloor in Bijapur district on Tuesday, police said.\n\n"
            "The encounter came two days after a DRG jawan was killed and another injured when "
            "they stepped on a pressure IED planted by Maoists near Jagargunda in neighbouring "
            "Sukma district on Sunday, while on an area domination patrol.",
            dt.date(2024, 9, 5),
        )
    )
    assert [(e["date_start"], e["fatalities"]) for e in events] == [
        (dt.date(2024, 9, 3), 5),
        (dt.date(2024, 9, 1), 1),
    ]
    assert events[1]["sub_event_type"] == "Remote explosive/landmine/IED"


def test_the_day_of_a_press_release_is_not_a_second_clash():
    events = _news(
        news_events(
            "Three members of the armed group Kuki-Chin National Front (KNF) were killed in a "
            "gunfight with army personnel in Bandarban's Ruma upazila on Sunday, according to "
            "the ISPR.\n\n"
            "An army patrol came under fire from KNF members in a hilly area near Ruma, the ISPR "
            "said in a press release on Monday. The army retaliated.",
            dt.date(2024, 5, 13),
        )
    )
    assert [(e["date_start"], e["actor2"]) for e in events] == [
        (dt.date(2024, 5, 12), "KNF: Kuki-Chin National Front")
    ]


def test_a_live_blogs_later_entry_on_the_same_protest_is_the_same_event():
    events = _news(
        news_events(
            "LIVE: Fuel price protests across Kenya\n\n"
            "09:15 — Several hundred protesters have gathered near Archives in Nairobi's "
            "central business district, waving placards against the latest increase in fuel "
            "prices.\n\n"
            "10:40 — Police have fired tear gas at protesters on Moi Avenue in Nairobi as the "
            "crowd tried to march towards Parliament.\n\n"
            "12:05 — In Nakuru, hundreds of traders marched peacefully to the county offices.",
            dt.date(2025, 3, 18),
        )
    )
    assert [(e["location"], e["sub_event_type"]) for e in events] == [
        ("Nairobi", "Protest with intervention"),
        ("Nakuru", "Peaceful protest"),
    ]


def test_a_seeded_city_that_owns_the_scene_is_its_place():
    places = find_places("killed in the Mare favela complex in Rio de Janeiro's north zone.")
    assert "Rio de Janeiro" in [p.location for p in places]


def test_a_soldier_killed_by_a_neighbours_sniper_told_twice_is_one_border_clash():
    [event] = _news(
        news_events(
            "YEREVAN, Aug 21 (AFP) - An Armenian soldier was killed by Azerbaijani fire on the "
            "border, Armenia's defence ministry said Monday.\n\n"
            "The ministry said a conscript was shot dead by an Azerbaijani sniper on Sunday "
            "afternoon while on duty at a position near the village of Sotk, in the eastern "
            "Gegharkunik province.",
            dt.date(2023, 8, 21),
        )
    )
    assert (event["date_start"], event["admin1"], event["location"]) == (
        dt.date(2023, 8, 20),
        "Gegharkunik",
        "Sotk",
    )
    assert (event["actor1"], event["fatalities"]) == ("Military Forces of Azerbaijan", 1)


def test_a_citys_district_named_with_the_citys_possessive_is_the_city():
    [place] = find_places("Russian shelling killed a woman in Kherson's Dniprovskyi district.")
    assert (place.location, place.admin1) == ("Kherson", "Kherson")


def test_a_live_blog_entry_about_a_meeting_to_discuss_a_strike_is_no_event():
    events = _news(
        news_events(
            "08:12 — Russian shelling killed a 71-year-old woman in Kherson this morning, the "
            "regional governor said.\n\n"
            "11:05 — NATO and Ukrainian ambassadors are meeting in Brussels today at Kyiv's "
            "request to discuss Russia's use of a new ballistic missile against Dnipro last "
            "week.",
            dt.date(2024, 11, 26),
        )
    )
    assert [e["location"] for e in events] == ["Kherson"]


def test_a_weekly_roundup_reads_a_town_seized_a_clash_and_a_quiet_country_right():
    events = _news(
        news_events(
            "HORN OF AFRICA SECURITY WEEKLY | 2 – 8 June 2025\n\n"
            "SOMALIA: Al-Shabaab fighters seized the town of Mahas in Hiraan region on Saturday "
            "after a brief exchange of fire with government troops, who then withdrew towards "
            "Beledweyne.\n\n"
            "SOUTH SUDAN: Government troops and SPLM/A-IO fighters clashed near Nasir town in "
            "Upper Nile state on Thursday.\n\n"
            "KENYA: A quiet week in the north-eastern counties, with no attacks reported in "
            "Mandera, Wajir or Garissa.",
            dt.date(2025, 6, 9),
        )
    )
    assert [(e["location"], e["sub_event_type"], e["actor1"]) for e in events] == [
        ("Mahas", "Non-state actor overtakes territory", "Al Shabaab"),
        ("Nasir", "Armed clash", "Military Forces of South Sudan"),
    ]
    assert events[1]["actor2"] == (
        "SPLM-In Opposition: Sudan People's Liberation Movement-In Opposition"
    )


def test_the_other_sides_account_told_on_a_day_of_speaking_is_no_second_event():
    events = _news(
        news_events(
            "At least 14 civilians were killed when a military jet bombed Let Pan Hla village in "
            "Kani township, Sagaing region, on Monday, residents said.\n\n"
            'State media reported on Tuesday that security forces had attacked "terrorist '
            'positions" in Kani township but gave no details.',
            dt.date(2024, 5, 8),
        )
    )
    assert [(e["location"], e["fatalities"]) for e in events] == [("Let Pan Hla", 14)]


def test_guided_bombs_and_drones_dropped_on_homes_are_air_strikes():
    for text in (
        "Russian guided bombs slammed into a residential district of Kharkiv on Sunday, killing "
        "at least six people, officials said.",
        "Residents of El Aguaje, in the municipality of Aguililla, Michoacan, said drones were "
        "dropped on homes in the community on Tuesday, wounding two people.",
    ):
        [event] = _news(news_events(text, dt.date(2025, 2, 10)))
        assert event["sub_event_type"] == "Air/drone strike", text


def test_troops_and_fighters_of_a_group_who_clashed_are_the_two_sides():
    [event] = _news(
        news_events(
            "Government troops and fighters of the SPLM/A-IO clashed near Nasir town in Upper "
            "Nile state on Thursday.",
            dt.date(2025, 6, 9),
        )
    )
    assert (event["actor1"], event["actor2"]) == (
        "Military Forces of South Sudan",
        "SPLM-In Opposition: Sudan People's Liberation Movement-In Opposition",
    )


def test_an_unclaimed_blast_is_not_pinned_on_a_foreign_state_named_in_the_background():
    events = _news(
        news_events(
            "PESHAWAR, Pakistan (Reuters) - Militants stormed a police checkpoint in Lakki Marwat "
            "late on Tuesday, killing three policemen, officials said on Thursday.\n\n"
            "On Wednesday, a roadside bomb hit a military vehicle in neighbouring Bannu district, "
            "wounding two soldiers, a security official said. No group claimed that blast.\n\n"
            "Attacks on security forces have surged in the province bordering Afghanistan since "
            "the TTP ended a ceasefire with the government in November 2022. Islamabad says the "
            "group's leaders shelter on Afghan soil, a charge the Taliban administration in "
            "Kabul denies.",
            dt.date(2024, 3, 14),
        )
    )
    assert events[-1]["actor1"] == "Unidentified Armed Group (Pakistan)"
