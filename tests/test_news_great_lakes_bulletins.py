"""What the forty-third blind set (Central and East Africa: community radio bulletins in
translation, army communiques, civil society tolls) read wrong: an editor's note dating the
bulletin, a clash told "separately" in the army's words, a running count over months, a headline
that names two events, the day a claim was made."""

from __future__ import annotations

import datetime as dt

from sitrep.actors import find_actors
from sitrep.places import find_places

from .news import news_events


def test_an_editors_note_on_the_first_line_dates_nothing():
    text = (
        "[Translated from Swahili. Evening bulletin of a community radio in Butembo, "
        "3 May 2023]\n\n"
        "The toll of the raid attributed to ADF rebels on the village of Kalunguta, in Beni "
        "territory, has risen to nine dead, according to local civil society.\n\n"
        "The assailants entered the village late on Monday, burning houses and a church."
    )
    (event,) = news_events(text, dt.date(2023, 5, 3))
    assert (event["date_start"], event["fatalities"]) == (dt.date(2023, 5, 1), 9)


def test_a_clash_told_separately_in_the_armys_words_is_its_own_event():
    text = (
        "BUNIA, 14 June - The number of people killed in an attack by ADF rebels on the "
        "village of Ndimo, in Irumu territory, has risen to 26, local officials said on "
        "Wednesday. The attackers raided Ndimo late on Sunday.\n\n"
        "Separately, the army said its troops had clashed with a group of ADF fighters near "
        "Komanda on Tuesday morning.\n\n"
        '"Our forces intercepted the enemy. Four terrorists were neutralised. We regret the '
        'loss of one of our soldiers," the army spokesman said.'
    )
    events = news_events(text, dt.date(2023, 6, 14))
    assert [(e["event_type"], e["date_start"], e["fatalities"]) for e in events] == [
        ("Violence against civilians", dt.date(2023, 6, 11), 26),
        ("Battles", dt.date(2023, 6, 13), 5),
    ]


def test_a_count_over_the_first_months_of_the_year_is_no_part_of_the_attack():
    text = (
        "Gunmen killed four farmers in the village of Ndimo in Irumu territory on Sunday, "
        "local officials said. In the first five months of this year alone, local civil "
        "society says more than 150 civilians were killed in the territory."
    )
    (event,) = news_events(text, dt.date(2023, 6, 14))
    assert event["fatalities"] == 4


def test_a_headline_clause_after_as_naming_another_events_place_does_not_type_the_lead():
    text = (
        "Ituri: toll of Ndimo massacre climbs to 26 as army reports clash near Komanda\n\n"
        "BUNIA, 14 June - The number of people killed in an attack by ADF rebels on the "
        "village of Ndimo, in Irumu territory, has risen to 26, local officials said. The "
        "attackers raided Ndimo late on Sunday, shooting residents.\n\n"
        "Separately, the army said its troops had clashed with ADF fighters near Komanda on "
        "Tuesday. Four rebels were killed."
    )
    lead = news_events(text, dt.date(2023, 6, 14))[0]
    assert (lead["location"], lead["event_type"], lead["actor2"]) == (
        "Ndimo",
        "Violence against civilians",
        "Civilians (Democratic Republic of Congo)",
    )


def test_an_earlier_toll_put_by_two_sources_opens_no_event():
    text = (
        "The number of people killed in an attack by ADF rebels on the village of Ndimo has "
        "risen to 26, local officials said on Wednesday. On Monday, a civil society leader in "
        "Komanda had put the toll at 18, and the provincial government at 15."
    )
    events = news_events(text, dt.date(2023, 6, 14))
    assert [(e["location"], e["fatalities"]) for e in events] == [("Ndimo", 26)]


def test_the_day_a_group_claimed_a_fight_is_not_the_day_of_the_fight():
    text = (
        "The rebel coalition AFC/M23 claimed on Monday that its fighters had repelled an "
        "attack on their positions around Alimbongo, in the south of Lubero territory. The "
        "army said the rebels tried to advance towards Alimbongo at dawn on Sunday and were "
        "pushed back. Civil society said at least nine bodies had been buried."
    )
    (event,) = news_events(text, dt.date(2024, 11, 19))
    assert event["date_start"] == dt.date(2024, 11, 17)


def test_a_village_in_the_south_of_a_territory_is_placed_in_its_province():
    (village, territory) = find_places(
        "fighters attacked positions around Alimbongo, in the south of Lubero territory."
    )[:2]
    assert (village.location, village.admin1) == ("Alimbongo", territory.admin1)
    assert territory.admin1 == "Nord-Kivu"


def test_a_sector_in_the_south_of_a_city_is_coded_to_the_city():
    text = (
        "Venezuelan National Guard officers fired tear gas to break up a protest by residents of "
        "the Los "
        "Haticos por Arriba sector, in the south of Maracaibo, who had blocked an avenue on "
        "Monday night to demand the return of electricity."
    )
    (event,) = news_events(text, dt.date(2024, 3, 26))
    assert (event["location"], event["admin1"]) == ("Maracaibo", "Zulia")


def test_the_day_two_sides_gave_their_accounts_is_not_the_day_they_fought():
    text = (
        "JUBA - The army and the armed opposition SPLA-IO gave sharply different accounts on "
        "Monday of fighting in Liwolo payam of Kajo-Keji County, Central Equatoria State, over "
        "the weekend.\n\n"
        "Both sides said the fighting broke out on Saturday after government troops moved "
        "towards SPLA-IO positions around Liwolo."
    )
    (event,) = news_events(text, dt.date(2025, 4, 15))
    assert (event["date_start"], event["location"], event["admin1"]) == (
        dt.date(2025, 4, 12),
        "Liwolo",
        "Central Equatoria",
    )


def test_a_paragraph_on_how_tension_has_risen_since_an_earlier_month_is_background():
    text = (
        "JUBA - The army and the armed opposition SPLA-IO gave sharply different accounts on "
        "Monday of fighting in Liwolo payam of Kajo-Keji County, Central Equatoria State, over "
        "the weekend.\n\n"
        "Tension between the two parties to the 2018 peace deal has risen sharply since March, "
        "when the army's garrison in Nasir, Upper Nile State, was overrun by armed youth known "
        "as the White Army, which the government accused the SPLA-IO of backing. First Vice "
        "President Riek Machar was placed under house arrest in Juba later that month. Clashes "
        "have since been reported in parts of Upper Nile, Jonglei and Central Equatoria."
    )
    events = news_events(text, dt.date(2025, 4, 15))
    assert [e["location"] for e in events] == ["Liwolo"]


def test_a_statements_evening_update_raises_its_toll_and_its_editors_note_is_background():
    text = (
        "Massacre in Tambul\n\n"
        "The Rapid Support militia committed a new massacre on Sunday 27 October in the town "
        "of Tambul in East Gezira locality, killing 23 martyrs.\n\n"
        "UPDATE (evening): The number of martyrs has risen to 31 after the families found the "
        "bodies of eight people in the fields.\n\n"
        "[Editor's note: The attack on Tambul is the latest in a wave of RSF raids in East "
        "Gezira since the defection of an RSF commander to the army on 20 October.]"
    )
    (event,) = news_events(text, dt.date(2024, 10, 29))
    assert (event["location"], event["actor1"], event["fatalities"]) == (
        "Tambul",
        "RSF: Rapid Support Forces",
        31,
    )


def test_arrests_for_last_months_fighting_are_news_and_its_dead_are_not():
    text = (
        "In Lakes State, unknown gunmen shot dead two men travelling by motorcycle near Aduel "
        "in Rumbek East County on Monday morning. He said the killing appeared to be a revenge "
        "attack linked to a dispute between two sections of the Agar community in which a "
        "young man was killed last month.\n\n"
        "Police in Cueibet County said on Sunday they had arrested eleven young men suspected "
        "of taking part in last month's fighting between the Gak and Manuer sections, which "
        "left more than twenty people dead."
    )
    events = news_events(text, dt.date(2024, 8, 6))
    assert [(e["sub_event_type"], e["location"], e["fatalities"]) for e in events] == [
        ("Attack", "Aduel", 2),
        ("Arrests", "Cueibet", 0),
    ]


def test_two_names_before_a_word_for_groups_are_the_groups_not_places():
    places = find_places("fighting broke out between the Gedeo and Guji communities on Monday.")
    assert places == []


def test_a_ransom_call_to_the_families_of_the_abducted_is_no_new_abduction():
    text = (
        "Sixteen passengers were abducted on Friday afternoon when armed men stopped a bus "
        "near Gerba Guracha in the North Shewa zone of the Oromia region, relatives said.\n\n"
        "The families of three of the abducted said they had received telephone calls on "
        "Sunday demanding 300,000 birr for each hostage. None of the hostages had been released "
        "by Monday evening."
    )
    events = news_events(text, dt.date(2023, 12, 5))
    assert [(e["sub_event_type"], e["date_start"]) for e in events] == [
        ("Abduction/forced disappearance", dt.date(2023, 12, 1))
    ]


def test_a_police_statements_second_device_the_same_day_is_its_own_event():
    text = (
        "The National Police Service wishes to inform the public that on Wednesday, 19th July "
        "2023, a police vehicle on patrol along the Elwak-Kotulo road in Mandera South "
        "Sub-County struck an improvised explosive device. Regrettably, two police officers "
        "lost their lives in the incident. The attack is suspected to have been carried out by "
        "Al-Shabaab militants operating along the border.\n\n"
        "On the same day, at about 1500 hours, security officers acting on intelligence "
        "detected an IED planted on the road between Lafey and Mandera town. The device was "
        "safely detonated in a controlled explosion."
    )
    events = news_events(text, dt.date(2023, 7, 20))
    assert [(e["sub_event_type"], e["actor1"], e["fatalities"]) for e in events] == [
        ("Remote explosive/landmine/IED", "Al Shabaab", 2),
        ("Disrupted weapons use", "Police Forces of Kenya", 0),
    ]


def test_a_place_before_and_a_second_died_is_no_victim():
    text = (
        "KHARTOUM, June 1 - Two protesters were killed in Khartoum on Tuesday when troops fired "
        "tear gas and live rounds at people marching against military rule, a doctors' group "
        "said. The committee said one protester was shot in the chest near the Bashdar "
        "roundabout and a second died after being hit in the head by a tear gas canister."
    )
    (event,) = news_events(text, dt.date(2022, 6, 1))
    assert event["fatalities"] == 2


def test_armed_youth_from_the_greater_pibor_administrative_area_are_the_murle_militia():
    text = (
        "BOR, 11 April - At least sixteen people have been killed after armed youth from the "
        "Greater Pibor Administrative Area attacked a cattle camp near Poktap in Jonglei "
        "State's Duk County on Sunday, the county commissioner said."
    )
    (event,) = news_events(text, dt.date(2023, 4, 11))
    assert event["actor1"] == "Murle Ethnic Militia (South Sudan)"


def test_a_village_in_a_named_sub_prefecture_takes_its_prefecture():
    (village, seat) = find_places(
        "an attack on the village of Bohong, in the Bocaranga sub-prefecture, on Friday."
    )
    assert (village.location, village.admin1) == ("Bohong", seat.admin1)
    assert seat.admin1 == "Ouham-Pende"


def test_the_armed_group_before_a_name_in_capitals_is_that_group():
    actors = find_actors(
        "Six civilians were killed in an attack by elements of the armed group 3R on Friday.",
        0,
        "Central African Republic",
    )
    assert [a.actor for a in actors if a.actor_type != "civilians"] == [
        "3R: Return, Reclamation, Rehabilitation"
    ]


def test_undated_highlights_open_no_events_of_their_own():
    text = (
        "DEMOCRATIC REPUBLIC OF THE CONGO: Ituri - Flash Update No. 7 (as of 10 March 2023)\n\n"
        "HIGHLIGHTS\n"
        "- Seven displaced people killed in an attack on a displacement site in Djugu "
        "territory.\n"
        "- Humanitarian access on the Bunia-Djugu road remains restricted.\n\n"
        "SITUATION OVERVIEW\n\n"
        "On the night of 5 to 6 March, armed men identified by local sources as CODECO "
        "elements attacked the Drodro displacement site in Djugu territory. Seven displaced "
        "people, including three children, were killed."
    )
    events = news_events(text, dt.date(2023, 3, 10))
    assert [(e["location"], e["date_start"], e["fatalities"]) for e in events] == [
        ("Drodro", dt.date(2023, 3, 5), 7)
    ]


def test_deaths_in_a_camp_the_day_before_a_market_shelling_are_their_own_event():
    text = (
        "PORT SUDAN, July 3 (Reuters) - Shelling by the paramilitary Rapid Support Forces on a "
        "crowded area near the main market in El Fasher killed at least 12 people on Tuesday, "
        "a local volunteer group said.\n\n"
        "On Monday, three displaced people were killed when shells landed in the Abu Shouk "
        "camp on the northern edge of the city, the camp's general coordinator said."
    )
    events = news_events(text, dt.date(2024, 7, 3))
    assert [(e["location"], e["date_start"], e["fatalities"]) for e in events] == [
        ("El Fasher", dt.date(2024, 7, 2), 12),
        ("Abu Shouk", dt.date(2024, 7, 1), 3),
    ]


def test_one_of_the_wounded_dying_the_next_day_in_another_town_is_no_new_attack():
    text = (
        "Late on Wednesday, several shells landed in the central market of Sake, killing "
        "three civilians, the local chief said.\n\n"
        "A doctor at a hospital in Goma said 14 wounded people from Sake had been admitted "
        "overnight, one of whom died early on Thursday."
    )
    events = news_events(text, dt.date(2024, 2, 8))
    assert [e["location"] for e in events] == ["Sake"]


def test_a_day_named_beside_a_demonym_alone_opens_no_event():
    text = (
        "Russian instructors were highly visible around last Sunday's constitutional "
        "referendum, which removed presidential term limits. Flights carrying personnel have "
        "continued to land at Bangui's M'Poko airport.\n\n"
        "Residents said Russian paramilitaries raided the gold site of Ndassima, north of "
        "Bambari, on Thursday last week and shot six miners dead."
    )
    events = news_events(text, dt.date(2023, 8, 2))
    assert [e["fatalities"] for e in events] == [6]
