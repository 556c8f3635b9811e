"""What the thirty-seventh blind set and the check sets before it read wrong: words that look
like acts but tell none ("gathered pace", "the ability to kill"), tolls corrected or told again
(on the day of speaking, by state media, in a quote of the statement, before another party's
claim), a police press note ("21.08.2023", the "security forces" of a note that names a police
unit), towns seized as sub-townships, and places named again by their district."""

from __future__ import annotations

import datetime as dt

from .news import news_events

PUBLISHED = dt.date(2025, 3, 5)


def test_an_advance_that_gathered_pace_is_no_gathering():
    text = (
        "Armed groups have fought over the land of eastern Congo for three decades, and the "
        "M23 rebels, backed by Rwanda, have been the strongest of them since 2021.\n\n"
        "This year the rebels' advance has gathered pace. On Monday, M23 rebels took control "
        "of the town of Kanyabayonga after a day of fighting, residents said."
    )
    events = news_events(text, PUBLISHED)
    assert [(e["event_type"], e["sub_event_type"]) for e in events] == [
        ("Battles", "Non-state actor overtakes territory")
    ]


def test_a_toll_lowered_on_the_day_of_speaking_is_the_same_event():
    text = (
        "Gunmen killed four miners in an attack on a gold mining camp in Peru's Pataz "
        "province, prosecutors said on Wednesday.\n\n"
        "The attack took place before dawn on Monday near the village of Vijus.\n\n"
        "Local officials had initially said six people died, but prosecutors said on Wednesday "
        "that four bodies had been recovered. Police said the gunmen were believed to belong "
        "to gangs fighting for control of the illegal mines."
    )
    events = news_events(text, PUBLISHED)
    assert [(e["date_start"], e["sub_event_type"], e["fatalities"]) for e in events] == [
        (dt.date(2025, 3, 3), "Attack", 4)
    ]


PRESS_NOTE = (
    "Press Note - Office of the Superintendent of Police, District Bijapur (Chhattisgarh)\n\n"
    "Subject: Encounter between security forces and Maoists near Gangaloor, two Maoists "
    "killed\n\n"
    "On the basis of specific intelligence, a joint team of District Reserve Guard (DRG) "
    "Bijapur and the CRPF was dispatched on an anti-Naxal operation near Gangaloor on "
    "11.02.2025.\n\n"
    "On 12.02.2025 at around 06:00 hours, when the team reached the forest near Gangaloor, "
    "Maoists opened fire on the security forces. The security forces retaliated. During the "
    "search of the site, the bodies of two Maoists were recovered."
)


def test_a_day_written_with_dots_is_read():
    events = news_events(PRESS_NOTE, dt.date(2025, 2, 13))
    assert [e["date_start"] for e in events] == [dt.date(2025, 2, 12)]


def test_forces_setting_out_the_day_before_are_the_clash_of_the_next_day():
    events = news_events(PRESS_NOTE, dt.date(2025, 2, 13))
    assert [(e["event_type"], e["fatalities"]) for e in events] == [("Battles", 2)]


def test_security_forces_are_the_police_unit_the_note_names():
    (event,) = news_events(PRESS_NOTE, dt.date(2025, 2, 13))
    assert event["actor2"].startswith("Police Forces of India")
    assert event["actor1"].startswith("CPI (Maoist)")


def test_soldiers_stay_the_army_beside_a_police_unit():
    text = (
        "On 12.02.2025, soldiers and a team of the CRPF were deployed near Gangaloor in "
        "Bijapur, Chhattisgarh. Maoists opened fire on the soldiers, and two Maoists were "
        "killed in the exchange of fire."
    )
    (event,) = news_events(text, dt.date(2025, 2, 13))
    assert "Military Forces of India" in (event["actor1"], event["actor2"])


def test_bangladesh_cities_under_their_new_names_take_acleds_spelling():
    text = (
        "Police fired tear gas at rioters who burned two buses in Chattogram on Monday during "
        "a general strike, Bangladesh police said."
    )
    (event,) = news_events(text, dt.date(2025, 3, 5))
    assert (event["location"], event["admin1"]) == ("Chittagong", "Chittagong")


def test_the_ability_to_kill_is_no_killing():
    text = (
        "Six years after Baghdad declared victory, Islamic State is reduced to small cells in "
        "the valleys south of Kirkuk.\n\n"
        "But the cells retain the ability to kill. On Saturday, a roadside bomb struck an army "
        "patrol outside Daquq, killing two soldiers, the Security Media Cell said."
    )
    events = news_events(text, dt.date(2024, 2, 13))
    assert [(e["date_start"], e["sub_event_type"], e["fatalities"]) for e in events] == [
        (dt.date(2024, 2, 10), "Remote explosive/landmine/IED", 2)
    ]


def test_an_arrest_on_a_ring_road_is_placed_in_its_city_by_the_ctd():
    text = (
        "PESHAWAR: The Counter-Terrorism Department (CTD) said it had arrested four suspected "
        "members of the TTP in an operation on Ring Road in Peshawar on Tuesday."
    )
    (event,) = news_events(text, dt.date(2024, 9, 26))
    assert (event["sub_event_type"], event["location"]) == ("Arrests", "Peshawar")
    assert event["actor1"] == "Police Forces of Pakistan"


def test_state_media_telling_the_strike_their_way_is_no_new_event():
    text = (
        "A military junta air strike on Kyunhla town in Sagaing Region on Monday afternoon "
        "killed 11 civilians, residents said.\n\n"
        "The junta did not comment on the strike, but military-controlled media on Tuesday "
        'reported that security forces had "carried out operations against terrorists" in '
        "Kyunhla Township."
    )
    events = news_events(text, dt.date(2024, 5, 8))
    assert [(e["sub_event_type"], e["fatalities"]) for e in events] == [("Air/drone strike", 11)]


def test_a_town_seized_and_named_as_a_sub_township_is_territory_taken():
    text = (
        "The Arakan Army (AA) said on Tuesday that it had seized Kyeintali, a sub-township in "
        "southern Rakhine State's Gwa Township, after more than two weeks of fighting."
    )
    (event,) = news_events(text, dt.date(2025, 2, 12))
    assert event["sub_event_type"] == "Non-state actor overtakes territory"


def test_the_other_sides_account_of_a_fight_in_its_district_is_the_same_event():
    text = (
        "MARIB, Yemen (AFP) - Five Yemeni government soldiers were killed on Wednesday when "
        "Houthi rebels stormed army positions northwest of Marib city, military sources said.\n\n"
        "The assault began before dawn with an infantry push on hilltop positions in Sirwah "
        "district, a commander told AFP. Fighting continued for several hours.\n\n"
        "The Houthi-run Saba news agency gave a different account, saying the group's fighters "
        'had "foiled an infiltration attempt" in Sirwah.'
    )
    events = news_events(text, dt.date(2023, 6, 15))
    assert [(e["sub_event_type"], e["fatalities"]) for e in events] == [("Armed clash", 5)]


def test_a_report_of_both_sides_dead_is_not_disputed_by_a_claim_told_after_it():
    text = (
        "QUETTA, Dec 10 - Four soldiers and six militants were killed when insurgents attacked a "
        "Frontier Corps post in the Tump area of Balochistan's Kech district on Monday night, the "
        "military's media wing said, while the separatist Baloch Liberation Army (BLA) claimed "
        "far higher losses among troops.\n\n"
        "The BLA said in a statement that its fighters had killed 18 soldiers."
    )
    (event,) = news_events(text, dt.date(2024, 12, 10))
    assert event["fatalities"] == 10


def test_the_attackers_dead_quoted_again_from_the_statement_count_once():
    text = (
        "The army said on Tuesday it had repelled an attack on its detachment in Arbinda, "
        "Burkina Faso, killing 34 assailants, while JNIM claimed to have inflicted heavy losses "
        "on soldiers.\n\n"
        'The army put its own losses at two soldiers killed and said "34 terrorists" had been '
        "neutralised."
    )
    (event,) = news_events(text, dt.date(2023, 6, 27))
    assert event["fatalities"] == 36


def test_wounded_who_died_after_the_last_toll_told_make_up_the_leads_toll():
    text = (
        "NAIROBI, Nov 14 - The death toll from a Sudanese army air strike on a livestock market "
        "in Nyala has risen to 15, medical sources said on Thursday.\n\n"
        "The strike on Tuesday morning hit the crowded market. On Wednesday, medics at Nyala "
        "Teaching Hospital said the toll had reached 13, and two more of the wounded died on "
        "Thursday, a doctor at the hospital said."
    )
    (event,) = news_events(text, dt.date(2024, 11, 14))
    assert event["fatalities"] == 15


def test_also_on_the_same_day_opens_another_act():
    text = (
        "IDLIB, Syria, Aug 21 (Reuters) - A Syrian government drone struck a pick-up truck "
        "outside the village of Kansafra in Idlib province on Tuesday, killing three people, "
        "rescuers said. A third victim died of his wounds in a hospital in Idlib city.\n\n"
        "Also on Tuesday, government artillery shelled residential neighbourhoods of the town "
        "of Ariha, wounding four civilians, the White Helmets said."
    )
    events = news_events(text, dt.date(2024, 8, 21))
    assert [(e["location"], e["sub_event_type"]) for e in events] == [
        ("Kansafra", "Air/drone strike"),
        ("Ariha", "Shelling/artillery/missile attack"),
    ]


def test_houses_blown_up_separately_are_property_destruction_of_their_own():
    text = (
        "Beirut - An Israeli drone struck a car in the southern border town of Aitaroun on "
        "Monday afternoon, killing its driver, Lebanon's Health Ministry said.\n\n"
        "Separately, the NNA said Israeli troops stationed near Kfar Kila carried out a series "
        "of detonations in the town on Monday morning, blowing up at least four houses."
    )
    events = news_events(text, dt.date(2025, 4, 15))
    assert [(e["location"], e["sub_event_type"]) for e in events] == [
        ("Aitaroun", "Air/drone strike"),
        ("Kfar Kila", "Looting/property destruction"),
    ]


def test_a_movement_told_from_its_first_day_weeks_back_is_background():
    text = (
        "Two protesters were killed when security forces opened fire on mourners in the Kurdish "
        "town of Divandarreh, in Iran's Kurdistan province, on Wednesday, a rights group said."
        "\n\nKurdish areas in western Iran have been at the forefront of the nationwide protests "
        "that erupted after the death in custody of Mahsa Amini on September 16."
    )
    events = news_events(text, dt.date(2022, 11, 3))
    assert [e["date_start"] for e in events] == [dt.date(2022, 11, 2)]


def test_elements_seeking_to_stoke_unrest_are_no_riot():
    text = (
        "Two protesters were killed when security forces opened fire on mourners marching in "
        "the town of Divandarreh, in Iran's Kurdistan province, on Wednesday, a rights group "
        "said. The governor confirmed two deaths but said they had been shot by "
        '"counter-revolutionary elements" seeking to stoke unrest.'
    )
    (event,) = news_events(text, dt.date(2022, 11, 3))
    assert event["sub_event_type"] == "Excessive force against protesters"


def test_a_claim_made_the_next_day_is_no_attack_of_that_day():
    text = (
        "On Saturday, a roadside bomb struck an army patrol outside Daquq, south of Kirkuk city, "
        "killing a lieutenant and a private, the Security Media Cell said. Islamic State claimed "
        "the attack through its Amaq outlet on Sunday, saying its fighters had detonated an "
        "explosive device on an army vehicle."
    )
    events = news_events(text, dt.date(2024, 2, 13))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2024, 2, 10), 2)]


def test_each_item_under_a_day_and_place_heading_is_an_event():
    text = (
        "SAVANES: THE WEEK IN REVIEW\n\n"
        "Here is our summary of the main security incidents of the week.\n\n"
        "MONDAY - Dapaong. Armed men on motorbikes opened fire near the market of a village "
        "outside Dapaong on Monday evening, killing three civilians.\n\n"
        "WEDNESDAY - Nadjoundi. An army vehicle on patrol struck an improvised explosive device "
        "a few kilometres from Nadjoundi. Two soldiers were killed.\n\n"
        "FRIDAY - Mandouri. Soldiers neutralised eleven terrorists during a clash in the bush "
        "near Mandouri, the general staff said."
    )
    events = news_events(text, dt.date(2024, 5, 18))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [
        (dt.date(2024, 5, 13), 3),
        (dt.date(2024, 5, 15), 2),
        (dt.date(2024, 5, 17), 11),
    ]


def test_a_man_who_was_shot_and_died_in_hospital_the_next_day_is_the_raids_dead():
    text = (
        "TULKARM, West Bank, July 3 (Reuters) - Four Palestinians were killed during an Israeli "
        "military raid on the Nur Shams refugee camp on Tuesday, the Palestinian Health Ministry "
        "said on Wednesday. A fourth, aged 22, who was shot in the abdomen, died at Thabet "
        "Thabet hospital early on Wednesday, it said."
    )
    events = news_events(text, dt.date(2024, 7, 3))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2024, 7, 2), 4)]


def test_a_village_the_gazetteer_lacks_takes_the_state_its_story_names():
    text = (
        "Press Note - Office of the Superintendent of Police, District Sukma (Chhattisgarh)\n\n"
        "On 21.08.2023, when the team reached the forest south of Gorrapalliguda, Maoists "
        "opened fire on the security forces. The bodies of three Maoists were recovered."
    )
    (event,) = news_events(text, dt.date(2023, 8, 22))
    assert (event["location"], event["admin1"]) == ("Gorrapalliguda", "Chhattisgarh")


def test_a_title_of_two_stories_split_by_a_bar_is_a_headline():
    text = (
        "SOHR: Six regime soldiers killed in ISIS cells attack in Homs desert | Three truffle "
        "hunters killed in landmine explosion in Deir Ezzor desert\n\n"
        "SOHR activists have documented the death of six members of regime forces in an attack "
        "launched by ISIS cells on Tuesday evening against a military position near Al-Sukhnah "
        "in the eastern Homs desert.\n\n"
        "In Deir Ezzor, three truffle hunters were killed on Monday when a landmine exploded "
        "under their motorcycle in the desert near Al-Mayadin city."
    )
    events = news_events(text, dt.date(2024, 3, 6))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [
        (dt.date(2024, 3, 5), 6),
        (dt.date(2024, 3, 4), 3),
    ]


def test_indian_hemp_and_the_rapid_intervention_battalion_name_no_india():
    text = (
        "The military has killed a separatist commander and three of his fighters in a dawn "
        "raid on their camp near Kumbo in Bui Division, North West Region, military sources "
        "said. The operation was carried out on Monday by elements of the Rapid Intervention "
        "Battalion (BIR) backed by regular troops. Two homemade guns and a quantity of Indian "
        "hemp were recovered."
    )
    (event,) = news_events(text, dt.date(2024, 11, 12))
    assert event["country"] == "Cameroon"
    assert "India" not in f"{event['actor1']} {event['actor2']}"


def test_an_arrest_under_a_day_heading_is_an_item_at_the_headings_town():
    text = (
        "TIERRA CALIENTE: SECURITY NOTES\n\n"
        "The incidents reported by the authorities this week.\n\n"
        "Monday - Tepalcatepec. Gunmen shot dead two farm workers on a lime orchard outside "
        "the town, the municipal police said.\n\n"
        "Wednesday - Buenavista. Soldiers detained a man said to be a local boss of Los "
        "Viagras at a ranch on the edge of the town. A rifle and two grenades were seized."
    )
    events = news_events(text, dt.date(2024, 6, 8))
    assert [(e["date_start"], e["sub_event_type"], e["location"]) for e in events] == [
        (dt.date(2024, 6, 3), "Attack", "Tepalcatepec"),
        (dt.date(2024, 6, 5), "Arrests", "Buenavista"),
    ]
