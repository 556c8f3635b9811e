"""Protests, riots and political violence in Europe and the Americas (read wrong on the
nineteenth blind set of articles)."""

from __future__ import annotations

import datetime as dt

from .news import news_events


def test_a_dateline_that_names_its_country_outvotes_an_acronym_seeded_abroad():
    # "MSA" is also a Malian armed group; the dateline says where the story is
    text = (
        "AGEN, France, Dec 12 (AFP) - Farmers dumped tonnes of manure outside the prefecture "
        "in Agen late on Wednesday and set fire to straw bales against the front of the local "
        "farm office.\n\n"
        "Police kept their distance and no arrests were made, the prefecture said, adding "
        "that firefighters put out the blaze before it spread inside the building of the MSA, "
        "the agricultural welfare body."
    )
    events = news_events(text, dt.date(2025, 12, 12))
    assert [(e["country"], e["admin1"], e["location"]) for e in events] == [
        ("France", "Nouvelle-Aquitaine", "Agen")
    ]


def test_a_paragraph_that_sets_its_scene_before_telling_the_act_is_an_event_there():
    text = (
        "PARIS, June 6 (Reuters) - French police fired tear gas and detained 38 people in "
        "Paris on Thursday as unions brought tens of thousands of people onto the streets to "
        "demand that the government scrap the law raising the retirement age.\n\n"
        "In the western city of Nantes, the day turned more violent. Groups of hooded youths "
        "smashed the windows of two banks and threw bottles and paving stones at police, who "
        "responded with tear gas."
    )
    events = news_events(text, dt.date(2025, 6, 6))
    assert [(e["location"], e["event_type"]) for e in events] == [
        ("Paris", "Protests"),
        ("Nantes", "Riots"),
    ]


ROUNDUP = (
    "BERLIN, Feb 14 (dpa) - With nine days to go before the federal election, police in "
    "several states reported attacks on party offices and campaigners this week. An overview:"
    "\n\n"
    "BERLIN - Unknown perpetrators set fire to the entrance of the Alternative for Germany "
    "(AfD) constituency office in the Marzahn district early on Tuesday. Nobody was hurt.\n\n"
    "DRESDEN - A 52-year-old Social Democrat (SPD) campaigner was punched and kicked by four "
    "men while putting up election posters in the Striesen neighbourhood on Wednesday "
    "evening. He was treated in hospital for a broken nose.\n\n"
    "LEIPZIG - Around 4,000 people, according to police, marched through the city centre on "
    "Thursday evening to protest against the rise of the far right."
)


def test_a_roundups_lead_that_announces_its_items_opens_no_event_of_its_own():
    events = news_events(ROUNDUP, dt.date(2025, 2, 14))
    assert [e["date_start"] for e in events] == [
        dt.date(2025, 2, 11),
        dt.date(2025, 2, 12),
        dt.date(2025, 2, 13),
    ]


def test_a_roundups_item_that_names_no_known_town_is_placed_at_its_dateline():
    events = news_events(ROUNDUP, dt.date(2025, 2, 14))
    assert [(e["admin1"], e["location"]) for e in events[1:]] == [
        ("Sachsen", "Dresden"),
        ("Sachsen", "Leipzig"),
    ]


def test_a_party_man_punched_by_four_men_is_their_victim_and_the_party_office_a_target():
    events = news_events(ROUNDUP, dt.date(2025, 2, 14))
    assert [(e["event_type"], e["actor1"], e["actor2"]) for e in events[:2]] == [
        (
            "Strategic developments",
            "Unidentified Armed Group (Germany)",
            "AfD: Alternative for Germany",
        ),
        ("Violence against civilians", "Unidentified Armed Group (Germany)", "Civilians (Germany)"),
    ]


CRACKDOWN = (
    "SAN SALVADOR, March 16 - The National Civil Police (PNC) said on Sunday that 47 "
    "members of the MS-13 gang had been captured in a joint operation with the Armed "
    "Forces in Soyapango, east of the capital.\n\n"
    '"We continue the war against gangs," the police said in a statement on social media.'
    ' "During the cordon deployed on Saturday in the Montes de San Bartolo sector of '
    "Soyapango, our units captured 47 terrorists of the MS-13, among them six ringleaders"
    ' of the clique operating in the area. None of them will return to the streets."\n\n'
    "The statement said some 1,200 soldiers and 300 police officers had surrounded the "
    "neighbourhood before dawn and searched house by house, seizing two firearms, "
    "ammunition and drugs.\n\n"
    "The arrests are part of the state of exception that President Nayib Bukele's "
    "government has renewed every month since March 2022, after gangs killed 87 people in"
    " a single weekend. More than 85,000 people have been detained under the measure, "
    "which suspends some constitutional rights.\n\n"
    "Human rights groups say many of those detained have no links to gangs and that "
    "hundreds have died in custody. The government says the crackdown has made El "
    "Salvador one of the safest countries in the region."
)


def test_a_crackdowns_arrests_are_the_polices_of_the_gang_with_the_army_beside_them():
    events = news_events(CRACKDOWN, dt.date(2025, 3, 16))
    assert [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in events] == [
        ("Arrests", "Police Forces of El Salvador", "MS-13: Mara Salvatrucha")
    ]


def test_a_quoted_statement_gives_the_day_of_the_arrests_it_announced_a_day_later():
    events = news_events(CRACKDOWN, dt.date(2025, 3, 16))
    assert [(e["date_start"], e["location"]) for e in events] == [
        (dt.date(2025, 3, 15), "Soyapango")
    ]


def test_hundreds_who_have_died_in_custody_are_a_crackdowns_count_not_its_days_dead():
    events = news_events(CRACKDOWN, dt.date(2025, 3, 16))
    assert [e["fatalities"] for e in events] == [0]


def test_a_first_toll_told_with_the_acts_day_dates_the_event_a_lead_dated_by_speaking():
    text = (
        "LIMA, Peru (AP) - One protester was killed and at least 11 people were injured when "
        "police fired on villagers blocking a road in Peru's southern Cusco region, health "
        "officials said Thursday.\n\n"
        "Local officials in Chumbivilcas province had initially reported two dead after police "
        "moved early Wednesday to clear the blockade near the town of Velille. But the Health "
        "Ministry later said one man died of a gunshot wound to the chest."
    )
    events = news_events(text, dt.date(2025, 7, 17))
    assert [(e["date_start"], e["location"], e["fatalities"]) for e in events] == [
        (dt.date(2025, 7, 16), "Velille", 1)
    ]


def test_hooded_and_armed_men_who_burn_trucks_destroy_property_whatever_their_pamphlets_say():
    text = (
        "SANTIAGO - A group of about eight hooded and armed men intercepted three logging "
        "trucks on a rural road near Ercilla, in La Araucania region, in the early hours of "
        "Friday, forced the drivers out at gunpoint and set the vehicles on fire. Nobody was "
        "hurt. Pamphlets left at the scene demanded the release of Mapuche prisoners."
    )
    events = news_events(text, dt.date(2025, 6, 14))
    assert [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in events] == [
        (
            "Looting/property destruction",
            "Unidentified Armed Group (Chile)",
            "Civilians (Chile)",
        )
    ]


CANDIDATE = (
    "NOVA IGUACU - A candidate for city council in Nova Iguacu, in Rio de Janeiro's Baixada "
    "Fluminense, was shot dead late on Tuesday as he left a campaign meeting, police said.\n\n"
    'Adilson Ferreira da Silva, 47, known to voters as "Dinho", was hit by at least ten shots '
    "fired by two men on a motorcycle and died at the scene.\n\n"
    "Relatives said Silva had received threats in an area controlled by a militia.\n\n"
    "It was the second attack on a council candidate in the region in three days. On Sunday, "
    "gunmen fired at the car of a candidate in Belford Roxo as he drove home; he escaped "
    "unhurt.\n\n"
    "Militias and drug factions fight for territory across the Baixada, and candidates often "
    "need the permission of armed groups to campaign."
)


def test_a_victim_named_with_his_age_after_the_lead_is_the_one_dead_not_a_second():
    events = news_events(CANDIDATE, dt.date(2024, 9, 18))
    assert [e["fatalities"] for e in events] == [1, 0]


def test_men_on_a_motorcycle_are_the_unnamed_attackers_not_a_militia_named_as_context():
    events = news_events(CANDIDATE, dt.date(2024, 9, 18))
    assert [(e["actor1"], e["actor2"]) for e in events] == [
        ("Unidentified Armed Group (Brazil)", "Civilians (Brazil)")
    ] * 2


def test_a_sentence_that_counts_the_attack_among_others_and_a_habitual_paragraph_add_nothing():
    events = news_events(CANDIDATE, dt.date(2024, 9, 18))
    assert [(e["date_start"], e["event_type"], e["location"]) for e in events] == [
        (dt.date(2024, 9, 17), "Violence against civilians", "Nova Iguacu"),
        (dt.date(2024, 9, 15), "Violence against civilians", "Belford Roxo"),
    ]


def test_the_place_of_a_strikes_cause_is_not_where_its_riot_was():
    text = (
        "ROME, Nov 29 (Reuters) - Italian police fired tear gas and charged with batons on "
        "Friday to push back protesters who tried to break through cordons near Rome's Termini "
        "railway station during a general strike called in solidarity with Palestinians in "
        "Gaza."
    )
    events = news_events(text, dt.date(2025, 11, 29))
    assert [(e["country"], e["admin1"]) for e in events] == [("Italy", "Lazio")]


CAMPUSES = (
    "SEATTLE (AP) - Police in riot gear cleared a pro-Palestinian encampment at the "
    "University of Washington early Thursday, arresting 33 people.\n\n"
    "The raid came a day after violence at another campus encampment. At the University of "
    "Arizona in Tucson, about 40 counter-protesters, some of them masked, tore down tents and "
    "hit students with sticks late Wednesday, leaving five people with minor injuries.\n\n"
    "Students at dozens of campuses have set up encampments since mid-April, demanding that "
    "their universities divest. More than 2,500 people have been arrested nationwide."
)


def test_police_who_clear_a_protest_encampment_with_arrests_intervene_in_a_protest():
    events = news_events(CAMPUSES, dt.date(2024, 5, 10))
    assert [(e["sub_event_type"], e["actor2"]) for e in events][:1] == [
        ("Protest with intervention", "Police Forces of the United States")
    ]


def test_counter_protesters_who_hit_students_with_sticks_are_a_mob_and_the_campaign_no_event():
    events = news_events(CAMPUSES, dt.date(2024, 5, 10))
    assert [(e["date_start"], e["location"], e["sub_event_type"]) for e in events][1:] == [
        (dt.date(2024, 5, 8), "Tucson", "Mob violence")
    ]


SERBIA = (
    "BELGRADE, May 13 (Reuters) - Men wielding baseball bats attacked students protesting "
    "outside a ruling party office in the northern city of Novi Sad late on Monday, injuring "
    "three, witnesses said.\n\n"
    "Earlier on Monday, thousands of students and residents blocked the Autokomanda "
    "interchange in Belgrade for 16 minutes of silence, one minute for each victim of the "
    "canopy collapse at Novi Sad railway station, before dispersing without incident."
)


def test_men_who_attack_demonstrators_are_a_mob_on_protesters():
    events = news_events(SERBIA, dt.date(2025, 5, 13))
    assert [(e["sub_event_type"], e["actor1"], e["actor2"]) for e in events][:1] == [
        ("Mob violence", "Rioters (Serbia)", "Protesters (Serbia)")
    ]


def test_a_blockade_in_another_city_that_day_is_its_own_protest_whatever_town_it_mourns():
    events = news_events(SERBIA, dt.date(2025, 5, 13))
    assert [(e["location"], e["sub_event_type"]) for e in events][1:] == [
        ("Belgrade", "Peaceful protest")
    ]


def test_rival_groups_fighting_with_flagpoles_and_paintball_guns_riot_in_portland_oregon():
    text = (
        "PORTLAND - Members of the Proud Boys and antifascist counter-protesters fought with "
        "flagpoles, bear spray and paintball guns in downtown Portland on Sunday afternoon "
        "before police declared a riot and cleared the area."
    )
    events = news_events(text, dt.date(2025, 10, 13))
    assert [(e["event_type"], e["admin1"], e["actor1"]) for e in events] == [
        ("Riots", "Oregon", "Rioters (United States)")
    ]


def test_a_victim_who_died_in_a_city_hospital_and_one_killed_at_the_scene_are_the_rallys_dead():
    text = (
        "GREELEY, Colo. (AP) - A second person has died after a gunman opened fire on a rally "
        "against immigration raids in Greeley on Saturday, police said Monday.\n\n"
        "Maria Elena Torres, 58, died Sunday at a hospital in Denver, Greeley police said. "
        "Daniel Ruiz, 34, a local youth soccer coach, was killed at the scene in Lincoln Park, "
        "where about 400 people had gathered to protest."
    )
    events = news_events(text, dt.date(2025, 9, 22))
    assert [(e["date_start"], e["admin1"], e["location"], e["fatalities"]) for e in events] == [
        (dt.date(2025, 9, 20), "Colorado", "Greeley", 2)
    ]


def test_a_march_on_the_anniversary_of_a_killing_years_ago_adds_no_death():
    text = (
        "ATHENS, Greece (AP) - Hooded youths hurled petrol bombs and stones at riot police in "
        "central Athens late Saturday after a march marking the anniversary of the 2008 police "
        "killing of a teenager, authorities said."
    )
    events = news_events(text, dt.date(2025, 12, 7))
    assert [(e["event_type"], e["fatalities"]) for e in events] == [("Riots", 0)]


def test_initial_reports_of_two_dead_are_superseded_by_the_one_death_confirmed():
    text = (
        "On Friday 10 January, in Valencia, Carabobo state, unidentified men on motorcycles "
        "opened fire on a group of residents banging pots and pans in the street, killing Jose "
        "Gregorio Mendez, 24, and wounding two others. Initial reports on social media spoke of "
        "two dead; the OVCS has confirmed one death."
    )
    events = news_events(text, dt.date(2025, 1, 11))
    assert [e["fatalities"] for e in events] == [1]
