"""Wire leads (read wrong on the twelfth and thirteenth blind sets): a lead that
names no place, a district narrowed to its own province, unclaimed attacks, strikes along a
coast, campaigns tallied since a date."""

from __future__ import annotations

import datetime as dt

from sitrep.casualties import find_casualties
from sitrep.event_types import find_cues
from sitrep.extraction import extract_document
from sitrep.places import find_places
from sitrep.quantities import find_quantities

from .news import news_events

TUE = dt.date(2024, 10, 22)


def _where(event: dict) -> tuple[str | None, str | None, str | None]:
    return event["country"], event["admin1"], event["location"]


def test_a_lead_that_names_no_place_happened_in_the_town_it_was_filed_from():
    [event] = news_events(
        "QUETTA, Pakistan (Reuters) - A bomb hidden in a parked motorcycle exploded next to a "
        "police patrol on Tuesday morning, killing two police officers, officials said.",
        TUE,
    )
    assert _where(event) == ("Pakistan", "Balochistan", "Quetta")


def test_a_district_is_not_narrowed_down_to_the_province_it_lies_in():
    events = news_events(
        "QUETTA, Pakistan (Reuters) - A bomb exploded next to a police patrol on Tuesday, "
        "killing two police officers, officials said.\n\n"
        "Separately, the military said that soldiers had killed four militants in an operation "
        "in the Zhob district late on Monday.\n\n"
        "Balochistan, which borders Afghanistan and Iran, is Pakistan's largest province.",
        TUE,
    )
    assert _where(events[1]) == ("Pakistan", "Balochistan", "Zhob")


def test_an_unclaimed_attack_is_not_pinned_on_one_of_several_groups_said_to_be_active():
    text = (
        "QUETTA, Pakistan (Reuters) - A bomb exploded next to a police patrol on Tuesday, "
        "killing two police officers, officials said.\n\n"
        "No group immediately claimed responsibility. Ethnic Baloch separatists have stepped "
        "up attacks on security forces this year, and Pakistani Taliban fighters are also "
        "active in the area."
    )
    [event] = news_events(text, TUE)
    assert event["actor1"] == "Unidentified Armed Group (Pakistan)"


def test_the_balochistan_liberation_army_is_the_bla():
    [event] = news_events(
        "A suicide bomber rammed a car into a Frontier Corps convoy near Turbat, Pakistan, on "
        "Saturday, killing eight soldiers. The banned Balochistan Liberation Army claimed "
        "responsibility.",
        TUE,
    )
    assert event["actor1"] == "BLA: Baloch Liberation Army"


def test_aircraft_that_also_hit_a_site_carried_out_an_air_strike():
    assert "air_strike" in find_cues("Late Wednesday, U.S. aircraft also hit a depot in Kitaf.")


def test_a_strike_along_a_coast_is_placed_at_the_town_named_next():
    [event] = news_events(
        "SANAA, Yemen (AP) — U.S. warplanes struck Houthi targets along Yemen's Red Sea coast "
        "early Thursday, killing three people, the rebels said.\n\n"
        "The Houthi-run Al-Masirah channel said the strikes hit a site near the coastal town of "
        "al-Luhayah in Hodeida province.",
        dt.date(2024, 3, 14),
    )
    assert _where(event) == ("Yemen", "Al Hudaydah", "Al-Luhayah")


def test_a_campaign_of_attacks_tallied_since_a_month_is_no_event():
    events = news_events(
        "U.S. warplanes struck Houthi targets near al-Luhayah in Hodeida, Yemen, early on "
        "Thursday, killing three people.\n\n"
        "Hours earlier, U.S. aircraft hit a weapons depot in the Kitaf area of Saada province "
        "late on Wednesday.\n\n"
        "The Houthis have launched dozens of drone and missile attacks on ships in the Red Sea "
        "since November.",
        dt.date(2024, 3, 14),
    )
    assert len(events) == 2


def test_forces_named_before_the_verb_of_a_when_clause_did_the_shelling():
    [event] = news_events(
        "Five civilians were killed and 14 others injured on Wednesday when Syrian regime "
        "forces shelled the market in Ariha.",
        dt.date(2023, 10, 12),
    )
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Syria", "Civilians (Syria)")


def test_a_period_opening_the_sentence_makes_its_deaths_a_running_total():
    text = (
        "Since 5 October, the White Helmets have responded to more than 230 attacks across "
        "northwest Syria, which have killed at least 66 people."
    )
    [figure] = find_casualties(text, 0, find_quantities(text, 0))
    assert figure.is_cumulative
    text = "Gunmen killed six people on Tuesday, the deadliest attack since 5 October."
    [figure] = find_casualties(text, 0, find_quantities(text, 0))
    assert not figure.is_cumulative


def test_a_quoted_claim_counts_the_same_soldiers_as_the_report():
    text = 'The group said "more than ten" soldiers were killed.'
    [figure] = find_casualties(text, 0, find_quantities(text, 0))
    assert figure.victim == "soldiers"


def test_an_attack_in_late_last_year_is_history():
    events = news_events(
        "Six Chadian soldiers were killed when Boko Haram fighters attacked an army position on "
        "the island of Kaiga-Kindjiria in the Lake Chad region on Tuesday, the army said.\n\n"
        "On Wednesday, police in N'Djamena detained three journalists from a radio station.\n\n"
        "In late 2024 an attack on a base in the same area killed around 40 soldiers.",
        dt.date(2025, 6, 12),
    )
    assert [e["fatalities"] for e in events] == [6, 0]


def test_the_act_that_came_after_is_not_the_act_the_sentence_tells():
    cues = find_cues(
        "The fighting came a day after two shells landed in a crowded displacement camp at "
        "Mugunga on Tuesday afternoon."
    )
    assert "shelling" in cues and "clash" not in cues


def test_a_first_toll_the_story_corrects_is_no_event_of_its_own():
    events = news_events(
        "At least nine civilians were killed in an attack attributed to CODECO militiamen on "
        "the village of Lopa, in Djugu territory, Ituri, on Sunday evening, local civil society "
        "said on Tuesday.\n\n"
        "The first toll given on Monday by the village chief spoke of six dead.",
        dt.date(2024, 11, 19),
    )
    assert [(e["location"], e["fatalities"]) for e in events] == [("Lopa", 9)]


def test_a_command_that_said_it_carried_out_an_airstrike_reports_an_event_of_its_own():
    events = news_events(
        "BAIDOA, Somalia (AP) - A suicide car bomber struck a military checkpoint on the "
        "outskirts of the city on Wednesday, killing seven people, a security official said.\n\n"
        "Police initially said four people had died, but the official said three wounded "
        "soldiers died overnight.\n\n"
        "Separately, the U.S. Africa Command said it carried out an airstrike on Monday against "
        "al-Shabab fighters northeast of Jilib, in the Middle Juba region. The command said "
        "three militants were killed.",
        dt.date(2025, 3, 6),
    )
    assert [(e["location"], e["fatalities"]) for e in events] == [("Baidoa", 7), ("Jilib", 3)]
    assert events[1]["actor1"] == "Military Forces of the United States"


def test_a_second_act_after_while_in_the_lead_is_an_event_of_its_own():
    events = news_events(
        "PORT SUDAN (Reuters) - Drones launched by the Rapid Support Forces (RSF) struck the "
        "city of El Obeid on Sunday, killing six civilians, a medical source said, while an army "
        "air strike on a market in Nyala killed at least 15 people on Monday, according to local "
        "activists.\n\n"
        "The drones hit a fuel depot and a residential district in El Obeid, the capital of "
        "North Kordofan state.\n\n"
        "In Nyala, activists said army warplanes bombed the main livestock market, killing at "
        "least 15 civilians.",
        dt.date(2025, 5, 20),
    )
    assert [(e["location"], e["date_start"].day, e["fatalities"]) for e in events] == [
        ("El Obeid", 18, 6),
        ("Nyala", 19, 15),
    ]
    assert events[1]["actor1"] == "Military Forces of Sudan"


def test_the_rest_of_the_dead_after_while_open_no_event_of_their_own():
    # "while the third was killed in X" tells more of the same deaths, no act of its own
    events = news_events(
        "Security forces shot and killed three protesters on Monday. Two were killed in Jimma, "
        "according to activists, while the third was killed in West Hararghe.",
        dt.date(2020, 3, 6),
    )
    assert [(e["location"], e["fatalities"]) for e in events] == [("Jimma", 2)]


def test_a_recapture_the_lead_dates_by_its_statement_takes_the_day_told_later():
    events = news_events(
        "MAIDUGURI, Nigeria, April 4 (Xinhua) -- Nigerian troops have recaptured the town of "
        "Marte in Borno, two days after it was overrun by ISWAP militants, a military "
        "spokesman said Thursday.\n\n"
        "The militants attacked a military base in Marte late Monday, killing five soldiers, a "
        "security source said.\n\n"
        "In a statement issued in Maiduguri, the army's spokesman said troops retook Marte on "
        "Wednesday after a fierce battle, killing 11 insurgents.",
        dt.date(2024, 4, 4),
    )
    assert [(e["location"], e["date_start"].day, e["fatalities"]) for e in events] == [
        ("Marte", 3, 11),
        ("Marte", 1, 5),
    ]


def test_activists_who_say_what_fighters_did_are_no_rioting_crowd():
    [event] = news_events(
        "Activists in Sudan's Gezira state say fighters of the Rapid Support Forces (RSF) "
        "stormed the town of Tamboul on Saturday, killing dozens of residents and looting "
        "homes and the market.",
        dt.date(2024, 12, 16),
    )
    assert (event["event_type"], event["actor1"]) == (
        "Violence against civilians",
        "RSF: Rapid Support Forces",
    )


def test_a_quoted_number_is_a_count_a_quoted_vague_word_a_party_s_word():
    text = 'The group said its fighters killed "11" soldiers and "dozens" of militiamen.'
    assert [f.coded for f in find_casualties(text, 0, find_quantities(text, 0))] == [11]


def test_an_update_on_a_place_in_a_live_blog_updates_the_event_there():
    events = news_events(
        "09:05 - Fighters of the Rapid Support Forces (RSF) stormed the town of Tamboul in "
        "Gezira state, Sudan, on Saturday, killing dozens of residents.\n\n"
        "10:40 - The army says it has recaptured the town of Abu Usher, north of Wad Madani, "
        "from the RSF in an operation on Sunday.\n\n"
        "12:15 - Update on Tamboul: a medical source has told us that 31 bodies were received "
        "after Saturday's attack.",
        dt.date(2024, 12, 16),
    )
    assert [(e["location"], e["fatalities"]) for e in events] == [
        ("Tamboul", 31),
        ("Abu Usher", 0),
    ]


def test_a_peacekeepers_patrol_that_came_under_fire_is_an_event_of_its_own():
    events = news_events(
        "BANGUI (AFP) - Rebels from the 3R group attacked an army post in the town of Koui on "
        "Sunday, leaving two soldiers and six assailants dead, the army said Tuesday.\n\n"
        "Separately, the UN mission MINUSCA said on Monday that one of its patrols had come "
        "under fire from unidentified armed men near Bossangoa on Friday.",
        dt.date(2023, 10, 17),
    )
    assert [(e["location"], e["date_start"].day) for e in events] == [
        ("Koui", 15),
        ("Bossangoa", 13),
    ]


def test_a_patrol_ambushed_near_a_locality_by_terrorist_groups_is_their_target():
    [event] = news_events(
        "On Tuesday 17 December 2024, a unit of the Defence and Security Forces on a security "
        "patrol was ambushed near the locality of Kokorou, department of Tera, Tillaberi region, "
        "by armed terrorist groups aboard several motorcycles. On our side we deplore seven "
        "soldiers killed.",
        dt.date(2024, 12, 21),
    )
    assert (event["location"], event["actor2"]) == ("Kokorou", "Military Forces of Niger")
    assert event["actor1"] == "Unidentified Armed Group (Niger)"


def test_a_hamlet_whose_only_reading_is_a_far_namesake_stays_in_the_story_s_country():
    events = news_events(
        "PESHAWAR: Thousands of people took part in a peace march in Bannu on Sunday, in the "
        "southern districts of Khyber Pakhtunkhwa.\n\n"
        "Separately, six passengers were killed on Saturday when unidentified gunmen opened "
        "fire on a convoy of passenger vehicles near Bagan in Lower Kurram district, police "
        "said.",
        dt.date(2024, 9, 9),
    )
    assert (events[1]["country"], events[1]["location"]) == ("Pakistan", "Bagan")
    assert events[1]["actor1"] == "Unidentified Armed Group (Pakistan)"


def test_rebels_named_with_their_acronym_before_the_verb_ambushed_the_patrol():
    [event] = news_events(
        "In Bukidnon, meanwhile, one soldier was killed when New People's Army (NPA) rebels "
        "ambushed an Army patrol in the hinterlands of Impasugong town on Saturday.",
        dt.date(2023, 6, 20),
    )
    assert (event["actor1"], event["actor2"]) == (
        "NPA: New People's Army",
        "Military Forces of the Philippines",
    )
    assert event["location"] != "Bukidnon"  # the town named as one, not the province


def test_the_biff_is_a_group_not_a_place():
    [event] = news_events(
        "Three members of the Bangsamoro Islamic Freedom Fighters (BIFF) were killed in a clash "
        "with government troops in Datu Saudi Ampatuan on Monday, an Army official said.",
        dt.date(2023, 6, 20),
    )
    assert event["location"] == "Datu Saudi Ampatuan"
    assert "BIFF: Bangsamoro Islamic Freedom Fighters" in (event["actor1"], event["actor2"])


def test_a_gunfight_that_went_on_to_the_next_day_is_one_event_and_its_dead_told_once():
    events = news_events(
        "SRINAGAR: Two militants and a soldier were killed in a gunfight with security forces "
        "in south Kashmir's Kulgam district, officials said on Tuesday.\n\n"
        "The encounter broke out on Sunday evening after a joint team of the Army and Jammu and "
        "Kashmir Police cordoned off the Damhal Hanjipora area. The exchange of fire continued "
        "intermittently through the night and ended on Monday afternoon, when the bodies of the "
        "two militants were recovered.\n\n"
        '"Both were local terrorists," the Inspector General of Police, Kashmir, said.',
        dt.date(2024, 11, 26),
    )
    assert [(e["location"], e["date_start"].day, e["fatalities"]) for e in events] == [
        ("Kulgam", 24, 3)
    ]


def test_bodies_found_count_only_when_the_report_gives_no_count_of_its_own():
    [event] = news_events(
        "RAIPUR: Ten Maoists and two jawans were killed in an encounter near Farsegarh in "
        "Chhattisgarh's Bijapur district, police said on Saturday.\n\n"
        "The gunfight broke out on Thursday morning. Six bodies of Maoists were recovered on "
        "Thursday evening, and four more were found during a search on Friday, the Inspector "
        "General of Police said.",
        dt.date(2025, 2, 15),
    )
    assert event["fatalities"] == 12


def test_a_toll_that_rose_from_a_first_count_updates_the_event_of_the_day_before():
    events = news_events(
        "On Thursday evening, a suicide bomber struck a Shia mosque in the Nahrin district of "
        "northern Baghlan province, Afghanistan, during prayers. Local officials initially said "
        "four people had been killed, but the provincial police spokesman said on Friday that "
        "the toll had risen to seven, with 15 wounded.",
        dt.date(2023, 11, 19),
    )
    assert [(e["date_start"].day, e["fatalities"]) for e in events] == [(16, 7)]


def test_a_count_of_both_sides_dead_that_another_source_breaks_down_is_told_once():
    [event] = news_events(
        "The Saba news agency reported that five fighters were killed on Monday night when "
        "Houthi forces attacked army positions in Raghwan district of Marib province, Yemen. "
        "Three government soldiers and two Houthi militants were killed in the fighting, a "
        "military source told the agency.",
        dt.date(2024, 6, 5),
    )
    assert event["fatalities"] == 5
    assert event["actor1"] == "Military Forces of Yemen Supreme Political Council"


def test_how_many_is_no_count_and_who_holds_a_town_no_part_of_its_name():
    text = "It did not say how many soldiers had been killed."
    assert find_casualties(text, 0, find_quantities(text, 0)) == []
    events = news_events(
        "On Sunday, a regime fighter jet bombed the morning market in AA-controlled Kyauktaw "
        "town, Rakhine State, Myanmar, killing nine civilians, residents said.",
        dt.date(2024, 8, 26),
    )
    assert events[0]["location"] == "Kyauktaw"


def test_a_group_that_claims_more_than_40_dead_against_two_admitted_is_coded_two():
    events = news_events(
        "A Fano spokesman said on Monday that its fighters had overrun army positions around "
        'Debre Tabor in Ethiopia\'s Amhara region on Saturday and killed "more than 40" '
        "soldiers. The Government Communication Service said two soldiers had been killed.",
        dt.date(2024, 2, 6),
    )
    assert [(e["actor1"], e["fatalities"]) for e in events] == [("Fano Militia", 2)]


def test_an_armed_group_that_says_it_captured_a_base_overtook_it():
    [event] = news_events(
        "The Arakan Army (AA) said on Sunday that it had captured the military regime's Light "
        "Infantry Battalion 34 base near Kyeintali in Rakhine State on Saturday.",
        dt.date(2024, 8, 26),
    )
    assert (event["sub_event_type"], event["actor1"], event["actor2"]) == (
        "Non-state actor overtakes territory",
        "ULA/AA: United League of Arakan/Arakan Army",
        "Military Forces of Myanmar",
    )


def test_a_refinery_hit_by_drones_in_the_latest_strike_is_a_drone_strike_in_ryazan():
    [event] = news_events(
        "A fire broke out at an oil refinery in the Russian city of Ryazan early on Wednesday "
        "after it was hit by Ukrainian drones, the regional governor said, the latest strike in "
        "a long-range campaign. One worker was injured.",
        dt.date(2025, 1, 30),
    )
    assert (event["sub_event_type"], event["admin1"], event["actor1"]) == (
        "Air/drone strike",
        "Ryazan",
        "Military Forces of Ukraine",
    )


def test_the_group_that_says_it_killed_the_soldiers_attacked_the_camp_named_later():
    events = news_events(
        "BAMAKO (AFP) - Jihadists attacked a military camp in central Mali at the weekend, with "
        "the army saying four soldiers were killed.\n\n"
        "The assault on the camp at Boulkessi, close to the border with Burkina Faso, began at "
        "dawn on Saturday and lasted several hours, according to a local elected official.\n\n"
        "The Group for Support of Islam and Muslims (JNIM) said on its propaganda channels that "
        "it had killed 30 soldiers.",
        dt.date(2024, 5, 6),
    )
    assert [(e["location"], e["date_start"].day) for e in events] == [("Boulikessi", 4)]
    assert events[0]["actor1"] == "JNIM: Group for Support of Islam and Muslims"


def test_the_southern_gaza_city_of_khan_younis_is_khan_younis():
    [event] = news_events(
        "DEIR AL-BALAH, Gaza Strip (AP) - An Israeli airstrike flattened a house in the "
        "southern Gaza city of Khan Younis early Monday, killing 12 people.",
        dt.date(2024, 8, 20),
    )
    assert _where(event) == ("Palestine", "Gaza Strip", "Khan Yunis")


def test_a_strike_this_week_in_a_city_held_since_last_year_is_news_of_this_week():
    events = news_events(
        "At least 11 people were killed when the Rapid Support Forces (RSF) shelled the Abu "
        "Shouk camp north of El Fasher, Sudan, on Sunday, the resistance committees said.\n\n"
        "In Nyala, the capital of South Darfur, which has been held by the RSF since October "
        "2023, an army airstrike on the main livestock market on Monday killed at least 13 "
        "people, according to medics.",
        dt.date(2024, 12, 3),
    )
    assert [(e["location"], e["date_start"].day, e["fatalities"]) for e in events][1] == (
        "Nyala",
        2,
        13,
    )


def test_officials_telling_of_a_settler_raid_on_another_day_report_an_event_of_its_own():
    events = news_events(
        "An Israeli airstrike flattened a house in Khan Younis, Gaza, early Monday, killing 12 "
        "people, according to hospital officials.\n\n"
        "In the occupied West Bank, Palestinian officials said Israeli settlers raided the "
        "village of Turmus Ayya on Sunday night, setting fire to three cars and a house.\n\n"
        "Gaza's Health Ministry says more than 40,000 Palestinians have been killed since.",
        dt.date(2024, 8, 20),
    )
    assert [(e["location"], e["fatalities"]) for e in events] == [
        ("Khan Yunis", 12),
        ("Turmus Ayya", 0),
    ]


def test_a_curated_town_and_its_qualifier_read_in_the_same_country():
    [place] = find_places("An airstrike hit a house in Khan Younis, Gaza, early Monday.")
    assert (place.country, place.location) == ("Palestine", "Khan Yunis")
    [place] = find_places("Insurgents attacked a village near Xai-Xai, Gaza.")
    assert place.country == "Mozambique"


def test_an_earlier_police_count_and_a_command_s_airstrike_are_read_as_such():
    events = news_events(
        "MOGADISHU, June 8 (Xinhua) -- The death toll from Thursday night's suicide car bomb "
        "attack on a restaurant in the Somali capital has risen to nine, police said Saturday. "
        "Police had said on Friday that five people were killed.\n\n"
        "Meanwhile, the U.S. Africa Command said in a statement that it conducted an airstrike "
        "on Wednesday against al-Shabaab fighters near Jilib, killing three militants.",
        dt.date(2024, 6, 8),
    )
    assert [e["fatalities"] for e in events] == [9, 3]
    assert events[1]["actor1"] == "Military Forces of the United States"


def test_a_press_release_dateline_dates_no_event():
    [event] = news_events(
        "(Dakar, 12 June 2024) - Soldiers summarily executed at least 14 civilians in the "
        "village of Solle, Loroum province, Burkina Faso, on 29 May 2024, the Observatory said.",
        dt.date(2024, 6, 12),
    )
    assert event["date_start"] == dt.date(2024, 5, 29)


def test_a_period_of_this_year_ends_by_the_day_it_is_told():
    # (a date_end after publication fails the events suite and would quarantine the story)
    _analysis, events, _casualties = extract_document(
        "Gang members killed 11 residents of Solino, Haiti, on Thursday 17 October 2024.\n\n"
        "According to United Nations figures, more than 3,600 people were killed in gang "
        "violence in Haiti in the first half of 2024 alone.",
        dt.date(2024, 10, 22),
    )
    assert max(e["date_end"] for e in events if e["date_end"]) <= dt.date(2024, 10, 22)


def test_a_soldier_who_lost_his_life_is_one_dead():
    text = "In the fighting, Professional Soldier Jhon Fredy Rincon Parra lost his life."
    assert [(f.coded, f.outcome) for f in find_casualties(text, 0, find_quantities(text, 0))] == [
        (1, "killed")
    ]


def test_a_defence_force_that_says_its_fighters_ambushed_a_column_is_the_attacker():
    [event] = news_events(
        "The Kalay People's Defence Force said its fighters ambushed a military column on the "
        "road near Kalay, Sagaing Region, Myanmar, last Thursday, killing five soldiers.",
        dt.date(2024, 9, 25),
    )
    assert event["actor1"] == "PDF: People's Defense Force"


def test_a_suicide_bomber_who_blew_herself_up_is_one_death_told_twice():
    [event] = news_events(
        "On Sunday, a female suicide bomber blew herself up at the entrance of a market in the "
        "town of Mora, Cameroon, killing two civilians, according to security sources. The "
        "bomber also died and eight people were wounded, the sources said.",
        dt.date(2023, 9, 11),
    )
    assert event["fatalities"] == 3


def test_a_name_the_text_calls_a_town_is_the_place_in_the_region_named_after_it():
    [event] = news_events(
        "Four civilians were killed when suspected Boko Haram militants raided Kolofata, a town "
        "in Cameroon's Far North region, on Saturday night, local authorities said Monday.",
        dt.date(2023, 9, 11),
    )
    assert _where(event) == ("Cameroon", "Extreme-Nord", "Kolofata")


def test_a_toll_put_at_eight_before_four_more_bodies_were_found_is_no_event_of_its_own():
    events = news_events(
        "The death toll from Friday night's bandit attack on Maidabino village in Danmusa Local "
        "Government Area of Katsina State has risen to 12, the police said on Monday.\n\n"
        "The spokesman of the Katsina State Police Command had put the toll at eight on "
        "Saturday, but said on Monday that four more bodies were recovered from the bush.",
        dt.date(2025, 1, 28),
    )
    assert [(e["location"], e["fatalities"]) for e in events] == [("Maidabino", 12)]


def test_where_the_attack_took_place_and_whose_fighters_opened_fire_name_scene_and_author():
    [event] = news_events(
        "BAMAKO (AFP) - Jihadists ambushed a fuel convoy under army escort on the road between "
        "Kayes and Bamako on Sunday, killing four soldiers, security sources told AFP.\n\n"
        "The attack took place near Kassaro, in the Kita area of western Mali, where fighters "
        "of the Al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) opened fire "
        "on the convoy.",
        dt.date(2025, 9, 23),
    )
    assert event["location"] != "Kayes"  # a road's end is no scene
    assert event["actor1"] == "JNIM: Group for Support of Islam and Muslims"


def test_a_dateline_of_a_camp_its_town_and_province_is_no_scene():
    # "CAMP X, Town, Province —": where the press release was filed, not the clash
    [event] = news_events(
        "CAMP CAPINPIN, Tanay, Rizal — Soldiers killed three rebels in a clash in the village "
        "of Malinao in Daraga, Albay, on Monday, the army said on Tuesday.",
        TUE,
    )
    assert event["location"] != "Tanay"
    assert event["admin1"] == "Bicol Region"
