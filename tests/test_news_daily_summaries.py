"""Texts that carry many incidents at once: a regional administration's morning post with one
bulleted item per town, situation reports, round-ups (read wrong on the fifty-first blind set
of articles)."""

from __future__ import annotations

import datetime as dt

from sitrep.dates import find_dates

from .news import news_events

MORNING_POST = (
    "Head of the Kherson Regional Military Administration (Telegram post, 3 March 2025)\n\n"
    "Over the past day, the occupiers shelled 19 settlements of the region.\n\n"
    "🔸 Bilozerka. In the afternoon an enemy drone dropped explosives on a private house. "
    "A 71-year-old man was wounded.\n\n"
    "🔸 Antonivka. The village came under artillery fire. A 45-year-old woman was killed in "
    "her yard.\n\n"
    "• Kherson. Enemy FPV drones attacked a bus stop. Two men were wounded."
)


def test_each_bulleted_item_of_a_morning_post_is_an_event_at_its_town():
    events = news_events(MORNING_POST, dt.date(2025, 3, 3))
    assert [(e["location"], e["fatalities"]) for e in events] == [
        ("Bilozerka", 0),
        ("Antonivka", 1),
        ("Kherson", 0),
    ]


def test_a_morning_posts_past_day_is_the_day_before_it():
    events = news_events(MORNING_POST, dt.date(2025, 3, 3))
    assert {e["date_start"] for e in events} == {dt.date(2025, 3, 2)}


def test_the_past_day_is_the_day_before_the_report_and_today_is_its_own():
    published = dt.date(2025, 3, 3)
    [past] = find_dates("Over the past day, the enemy shelled 19 settlements.", 0, published)
    [today] = find_dates("The enemy shelled 19 settlements today.", 0, published)
    assert (past.date_start, today.date_start) == (dt.date(2025, 3, 2), published)


KHERSON_UPDATE = (
    "Kherson Regional Military Administration - morning update, 5 March 2025\n\n"
    "Over the past day, the enemy carried out 87 attacks, shelling 22 settlements of the "
    "region. As a result of Russian aggression, 1 person was killed and 6 were wounded.\n\n"
    "In detail:\n\n"
    "- Kherson, Dniprovskyi district. In the afternoon, Russian artillery hit a bus stop. "
    "Two men were wounded.\n\n"
    "- Bilozerka. In the evening a drone dropped explosives on a car. The driver was killed.\n\n"
    "We remind you that since the beginning of the month, Russian attacks have killed 9 "
    "residents of the region. Investigators are still at the site of last Friday's strike on "
    "the market, in which three people died."
)


def test_a_daily_reports_summary_and_reminder_are_not_news():
    events = news_events(KHERSON_UPDATE, dt.date(2025, 3, 5))
    assert [(e["location"], e["fatalities"]) for e in events] == [
        ("Kherson", 0),
        ("Bilozerka", 1),
    ]


def test_a_heading_that_names_a_district_places_its_item_in_the_town():
    events = news_events(KHERSON_UPDATE, dt.date(2025, 3, 5))
    assert (events[0]["country"], events[0]["admin1"]) == ("Ukraine", "Kherson")


def test_a_summary_without_an_announcer_ends_at_the_first_town_told():
    text = (
        "Kherson Regional Military Administration: the situation over the past day\n\n"
        "Over the past day, Monday 3 March, the Russian army carried out 210 attacks on the "
        "region. As a result of Russian aggression, two people were killed.\n\n"
        "In Kherson, a 60-year-old man was killed when a shell hit his yard.\n\n"
        "In Antonivka, a drone attack killed a woman near her home."
    )
    events = news_events(text, dt.date(2025, 3, 4))
    assert [(e["location"], e["fatalities"]) for e in events] == [
        ("Kherson", 1),
        ("Antonivka", 1),
    ]


def test_victims_who_sustained_wounds_are_wounded_civilians():
    text = (
        "In the afternoon, Russian artillery hit a bus stop in Kherson. A 71-year-old woman and "
        "a 44-year-old man sustained shrapnel wounds."
    )
    [event] = news_events(text, dt.date(2025, 3, 5))
    assert (event["actor2"], event["fatalities"]) == ("Civilians (Ukraine)", 0)


def test_a_closing_appeal_to_readers_does_not_move_the_last_items_place():
    text = (
        "Kherson Regional Military Administration - morning update, 5 March 2025\n\n"
        "- Komyshany. In the evening an enemy drone attacked a 35-year-old man near his home. "
        "He has shrapnel wounds to the chest.\n\n"
        "Do not ignore air raid alerts. Stay in shelters and limit movement along the Dnipro "
        "riverbank."
    )
    [event] = news_events(text, dt.date(2025, 3, 5))
    assert (event["location"], event["admin1"]) == ("Komyshany", "Kherson")


FLASH_UPDATE = (
    "NIGER: Tillaberi Region - Flash Update No. 4 (as of 12 March 2024)\n\n"
    "KEY POINTS\n"
    "- At least 9 civilians killed in two attacks in Tera department on 8 and 9 March.\n\n"
    "SITUATION OVERVIEW\n\n"
    "On 8 March, armed men attacked the village of Kokorou, killing five civilians.\n\n"
    "On 9 March, gunmen killed four traders on the road near Tera.\n\n"
    "HUMANITARIAN IMPACT AND RESPONSE\n\n"
    "Partners have deployed mobile clinics to Tera, where most of the 1,200 people displaced "
    "after the Kokorou attack have found shelter."
)


def test_a_key_point_that_counts_two_attacks_adds_no_deaths_of_its_own():
    events = news_events(FLASH_UPDATE, dt.date(2024, 3, 12))
    assert sum(e["fatalities"] for e in events) == 9


def test_a_reports_response_section_is_no_part_of_its_last_event():
    events = news_events(FLASH_UPDATE, dt.date(2024, 3, 12))
    assert (events[-1]["date_start"], events[-1]["fatalities"]) == (dt.date(2024, 3, 9), 4)
    assert events[-1]["char_end"] < FLASH_UPDATE.index("HUMANITARIAN")


def test_a_report_title_after_a_dash_is_no_district():
    from sitrep.places import find_places

    title = "DR CONGO: Ituri and North Kivu - Flash Update No. 3 (14 June 2023)"
    assert [p.location for p in find_places(title)] == ["Ituri", "North Kivu"]


def test_a_long_report_title_with_its_date_is_no_event():
    text = (
        "DEMOCRATIC REPUBLIC OF THE CONGO: Ituri and North Kivu provinces - Flash Update No. 3 "
        "on the security situation (14 June 2023)\n\n"
        "On 11 June, CODECO militiamen attacked the locality of Lopa in Djugu territory, "
        "killing three civilians."
    )
    events = news_events(text, dt.date(2023, 6, 14))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2023, 6, 11), 3)]


def test_an_act_under_a_round_ups_entry_title_is_its_own_event_on_a_shared_day():
    text = (
        "Nigeria this week: arrests in Abuja, village attack in Zamfara\n\n"
        "ABUJA: Kidnap suspects held\n"
        "On Saturday, the police said they had arrested 27 suspected kidnappers in Abuja.\n\n"
        "ZAMFARA: 11 killed in Bukkuyum\n"
        "Armed bandits attacked Bukkuyum town on Saturday evening, killing 11 residents, local "
        "officials said."
    )
    events = news_events(text, dt.date(2024, 8, 5))
    assert [(e["location"], e["sub_event_type"], e["fatalities"]) for e in events] == [
        ("Abuja", "Arrests", 0),
        ("Bukkuyum", "Attack", 11),
    ]


def test_a_paragraph_under_a_context_label_is_background():
    text = (
        "Syria daily round-up\n\n"
        "Idlib - Sarmin\n"
        "Government artillery shelled Sarmin on Sunday morning, killing three civilians.\n\n"
        "Context\n"
        "The Homs academy attack on Thursday killed at least 89 people, according to the "
        "health ministry."
    )
    events = news_events(text, dt.date(2023, 10, 9))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2023, 10, 8), 3)]


STRIKES_OVER_DAYS = (
    "PORT SUDAN, Oct 3 - Doctors reported a string of deadly strikes on residential areas of "
    "the capital over the past four days.\n\n"
    "Doctors Without Borders said a hospital in southern Khartoum received 62 wounded people "
    "on Sunday after shells hit a market in the Mayo neighbourhood. Eleven people were dead on "
    "arrival and two more died overnight, MSF said.\n\n"
    "On Monday, RSF shells struck Souq Sabreen, a busy market in Omdurman, killing six people, "
    "according to a doctor at Al Nao hospital."
)


def test_those_who_died_overnight_died_after_the_day_told():
    events = news_events(STRIKES_OVER_DAYS, dt.date(2024, 10, 3))
    assert (events[0]["date_start"], events[0]["fatalities"]) == (dt.date(2024, 9, 29), 13)


def test_a_paragraph_opening_on_the_day_of_its_own_deaths_is_no_competing_count():
    events = news_events(STRIKES_OVER_DAYS, dt.date(2024, 10, 3))
    assert [(e["date_start"], e["fatalities"]) for e in events][1:] == [(dt.date(2024, 9, 30), 6)]


def test_the_enemy_of_a_ukrainian_administrations_post_is_russias_army():
    text = (
        "Head of the Zaporizhzhia Regional Military Administration (Telegram post)\n\n"
        "Over the past day, the occupiers carried out 412 strikes on 12 settlements of the "
        "Zaporizhzhia region.\n\n"
        "🔸 Orikhiv. In the afternoon the enemy shelled the town with artillery. A 67-year-old "
        "woman was wounded in the yard of her house."
    )
    [event] = news_events(text, dt.date(2025, 2, 11))
    assert (event["country"], event["actor1"]) == ("Ukraine", "Military Forces of Russia")
