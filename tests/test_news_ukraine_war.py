"""Night-time missile and drone strikes, guided bombs, front-line shelling and the daily
summaries of the war in Ukraine (read wrong on the twenty-third blind set of articles)."""

from __future__ import annotations

import datetime as dt

from .news import news_events

NIGHT = (
    "KYIV, June 17 (AFP) - Russia pounded Ukrainian cities with missiles and drones on "
    "Tuesday, killing at least 12 people in a Kyiv apartment block, officials said.\n\n"
    "In Odesa, drones hit a residential building near the port, killing one man, regional "
    "governor Oleh Kiper said.\n\n"
    "Drones also struck Kharkiv's Kyivskyi district, injuring five people, mayor Ihor Terekhov "
    "said.\n\n"
    "Ukraine's air force said Russia had launched 310 drones and 21 missiles overnight. It said "
    "most of them were shot down or jammed."
)


def test_a_state_that_pounded_cities_is_its_military():
    events = news_events(NIGHT, dt.date(2025, 6, 17))
    assert events[0]["actor1"] == "Military Forces of Russia"


def test_strikes_later_in_the_story_were_fired_by_the_side_the_lead_named():
    events = news_events(NIGHT, dt.date(2025, 6, 17))
    assert [e["actor1"] for e in events] == ["Military Forces of Russia"] * 3


def test_a_strike_on_another_towns_district_is_an_event_of_its_own():
    events = news_events(NIGHT, dt.date(2025, 6, 17))
    assert [(e["location"], e["fatalities"]) for e in events] == [
        ("Kyiv", 12),
        ("Odesa", 1),
        ("Kharkiv", 0),
    ]


def test_a_count_of_drones_launched_and_shot_down_is_no_event():
    text = (
        "Ukraine's air force says Russia launched 67 attack drones and two ballistic missiles "
        "overnight. It says 34 drones were shot down.\n\n"
        "Four people were injured when Russian drones struck a residential area of Odesa, "
        "Governor Oleh Kiper said."
    )
    events = news_events(text, dt.date(2025, 3, 8))
    assert [e["location"] for e in events] == ["Odesa"]


def test_a_bomb_planted_later_in_the_story_keeps_no_shooter():
    text = (
        "Russian forces shelled Kherson on Sunday, killing two civilians, officials said.\n\n"
        "In Bilozerka, a roadside bomb exploded under a car, killing the driver, police said."
    )
    events = news_events(text, dt.date(2024, 10, 28))
    assert [e["actor1"] for e in events] == [
        "Military Forces of Russia",
        "Unidentified Armed Group (Ukraine)",
    ]


def test_aircraft_that_dropped_bombs_in_a_when_clause_struck():
    text = (
        "Two people were killed when Russian aircraft dropped guided glide bombs on "
        "Kostiantynivka in the Donetsk region this afternoon, the regional governor said."
    )
    events = news_events(text, dt.date(2025, 3, 8))
    assert events[0]["actor1"].startswith("Military Forces of Russia")


def test_government_shelling_is_the_countrys_military():
    text = (
        "In Syria's northwest, government shelling on the town of Sarmin in rebel-held Idlib "
        "province killed a woman and two of her children on Tuesday, rescuers said."
    )
    events = news_events(text, dt.date(2024, 5, 22))
    assert events[0]["actor1"] == "Military Forces of Syria"


def test_a_reservoir_named_for_a_town_is_no_place():
    text = (
        "NIKOPOL - Russian artillery fired across the Kakhovka reservoir at Nikopol on Saturday, "
        "killing two people, the head of the regional military administration said."
    )
    events = news_events(text, dt.date(2024, 8, 11))
    assert [(e["location"], e["actor2"]) for e in events] == [("Nikopol", "Civilians (Ukraine)")]


def test_the_bank_of_a_river_named_like_a_city_is_the_river():
    text = (
        "KHERSON - Russian forces shelled villages along the right bank of the Dnipro on Sunday, "
        "killing a man in Bilozerka, regional officials said."
    )
    events = news_events(text, dt.date(2024, 10, 28))
    assert [e["location"] for e in events] == ["Bilozerka"]


def test_a_village_inside_the_region_a_paragraph_opens_with_is_the_scene():
    text = (
        "Fighting went on near Udachne in the Donetsk region on Wednesday, the General Staff "
        "said.\n\n"
        "In the Kupiansk direction in the Kharkiv region, Russian forces attacked Ukrainian "
        "positions near Zahryzove four times."
    )
    events = news_events(text, dt.date(2025, 1, 9))
    assert [e["location"] for e in events] == ["Udachne", "Zahryzove"]


def test_a_days_claimed_losses_and_strikes_along_the_front_are_no_news():
    text = (
        "Russian troops attacked Ukrainian positions near Udachne in the Donetsk region on "
        "Wednesday, the General Staff said.\n\n"
        "Russian aviation carried out 41 air strikes along the front over the day, the summary "
        "said.\n\n"
        "The General Staff also said Russian forces had lost 1,430 personnel over the past 24 "
        "hours."
    )
    events = news_events(text, dt.date(2025, 1, 9))
    assert [(e["event_type"], e["fatalities"]) for e in events] == [("Battles", 0)]


def test_a_protest_in_the_city_is_in_the_dateline_town():
    text = (
        "ODESA - A crowd attacked a minibus of a recruitment centre in Odesa on Sunday evening, "
        "smashing its windows, police said.\n\n"
        "On Monday, around 70 people gathered outside the regional recruitment centre in the "
        "city to protest against forcible detentions."
    )
    events = news_events(text, dt.date(2025, 8, 5))
    assert [(e["event_type"], e["location"]) for e in events] == [
        ("Riots", "Odesa"),
        ("Protests", "Odesa"),
    ]


def test_a_blog_entry_on_a_wounded_who_died_overnight_raises_the_strikes_toll():
    text = (
        "LIVE: Russia-Ukraine war, Tuesday 22 April\n\n"
        "07:05 - Russia attacked Dnipro with Shahed drones shortly after 2 am, the governor says. "
        "Two people were killed and 14 injured.\n\n"
        "11:40 - Russian artillery shelled Bilopillia in Sumy region this morning, killing a man, "
        "the regional administration says.\n\n"
        "18:50 - One of the people wounded in Dnipro overnight, a 33-year-old woman, has died in "
        "hospital, the governor says, raising the toll from this morning's strike to three."
    )
    events = news_events(text, dt.date(2025, 4, 22))
    assert [(e["location"], e["fatalities"]) for e in events] == [
        ("Dnipro", 3),
        ("Bilopillia", 1),
    ]


def test_a_group_that_claimed_responsibility_claims_the_act_told_before():
    text = (
        "An explosion tore through a car carrying Russian servicemen in Melitopol late on "
        "Saturday, killing one, Russian-installed officials said.\n\n"
        "A Ukrainian resistance group claimed responsibility on Telegram on Sunday, saying "
        '"several occupiers" had been killed.'
    )
    events = news_events(text, dt.date(2025, 9, 15))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2025, 9, 13), 1)]


def test_a_massive_strike_with_precision_weapons_is_no_labour_strike():
    text = (
        "Drones struck Kharkiv's Kyivskyi district on Tuesday, setting a petrol station on fire "
        "and injuring five people, the mayor said. The Kremlin said its forces had carried out a "
        '"massive strike with precision weapons" on military-industrial facilities.'
    )
    events = news_events(text, dt.date(2025, 6, 17))
    assert [e["sub_event_type"] for e in events] == ["Air/drone strike"]


def test_a_street_named_like_a_town_elsewhere_is_no_place():
    text = (
        "KYIV - Several hundred relatives of prisoners of war rallied in the capital on Saturday. "
        "The rally, which blocked part of Khreshchatyk street for about two hours, ended "
        "peacefully."
    )
    events = news_events(text, dt.date(2025, 6, 1))
    assert [(e["admin1"], e["location"]) for e in events] == [("Kyiv City", "Kyiv")]


def test_sides_that_swapped_prisoners_of_war_reached_an_agreement():
    text = (
        "KYIV, Nov 21 - Ukraine and Russia swapped 150 prisoners of war each on Thursday in an "
        "exchange mediated by the United Arab Emirates, officials on both sides said."
    )
    events = news_events(text, dt.date(2024, 11, 21))
    assert [e["sub_event_type"] for e in events] == ["Agreement"]


def test_a_tass_dateline_is_where_the_story_was_filed_and_no_event():
    text = (
        "DONETSK, September 19. /TASS/. Two civilians were killed when Ukrainian forces shelled "
        "Horlivka on Wednesday, the head of the city said on his Telegram channel."
    )
    events = news_events(text, dt.date(2024, 9, 19))
    assert [(e["location"], e["date_start"], e["fatalities"]) for e in events] == [
        ("Horlivka", dt.date(2024, 9, 18), 2)
    ]


def test_the_town_shells_were_fired_from_is_not_where_they_fell():
    text = (
        "Two civilians were killed when Ukrainian forces shelled the Mykytivskyi district of "
        "Horlivka on Wednesday, the head of the city said. He said 155mm shells had been fired "
        "from the direction of Toretsk, damaging four residential buildings."
    )
    events = news_events(text, dt.date(2024, 9, 19))
    assert [e["location"] for e in events] != ["Toretsk"]
    assert len(events) == 1


def test_russian_attacks_on_a_city_are_the_russian_militarys():
    text = (
        "KHARKIV - Russian attacks on Kharkiv killed four people on Saturday, officials said, as "
        "Moscow keeps up its bombardment of Ukraine's second-largest city."
    )
    events = news_events(text, dt.date(2024, 6, 2))
    assert [e["actor1"] for e in events] == ["Military Forces of Russia"]


def test_a_town_that_came_under_attack_is_the_scene_not_the_governors_region():
    text = (
        "Kupiansk itself came under attack again on Monday morning, when a guided aerial bomb hit "
        "a five-storey apartment block, killing a woman, Kharkiv regional governor Oleh "
        "Syniehubov said."
    )
    events = news_events(text, dt.date(2025, 2, 24))
    assert [(e["location"], e["fatalities"]) for e in events] == [("Kupiansk", 1)]


def test_a_leads_toll_that_two_sources_break_down_by_district_stands():
    text = (
        "KHARKIV - Russian attacks on Kharkiv killed four people on Saturday, officials said.\n\n"
        "In the afternoon, a guided aerial bomb hit a warehouse in the Industrialnyi district, "
        "killing three people and injuring 12, regional governor Oleh Syniehubov said.\n\n"
        "At about 9:30 pm, a Shahed drone struck a private house in the Saltivskyi district, "
        "killing an 80-year-old man, mayor Ihor Terekhov said."
    )
    events = news_events(text, dt.date(2024, 6, 2))
    assert [(e["location"], e["fatalities"]) for e in events] == [("Kharkiv", 4)]
