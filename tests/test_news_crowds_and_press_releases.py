"""What the forty-eighth blind set (demonstrations, riots, mob justice and arrests as local
and wire press tell them, with Nigerian police press releases) read wrong: the state a police
command serves, the command that opens its release, a strike that only a toll tells."""

from __future__ import annotations

import datetime as dt

from sitrep.places import find_places

from .news import news_events

RELEASE = (
    "PRESS RELEASE\n\nRIVERS STATE POLICE COMMAND\n\n"
    "The Rivers State Police Command wishes to inform the general public that on 12/10/2024 "
    "at about 1630hrs, two young men suspected to be phone snatchers were accosted by a mob at "
    "Rumuokoro Junction and set ablaze.\n\n"
    "Operatives of Rumuokoro Division dispersed the mob. Unfortunately, the two victims had "
    "died at the scene.\n\n"
    "SP [Name withheld]\nPolice Public Relations Officer"
)


def test_a_state_police_command_names_the_state_it_serves():
    for text, admin1 in (
        ("The Kano State Police Command said three suspects were arrested.", "Kano"),
        ("For: Commissioner of Police, Rivers State Command", "Rivers"),
    ):
        assert [(p.country, p.admin1) for p in find_places(text)] == [("Nigeria", admin1)], text


def test_a_police_release_is_read_in_the_state_of_its_command_at_the_town_it_names():
    events = news_events(RELEASE, dt.date(2024, 10, 13))
    assert [(e["country"], e["location"], e["fatalities"]) for e in events] == [
        ("Nigeria", "Rumuokoro", 2)
    ]


def test_the_command_that_opens_its_release_is_no_party_to_the_mob_it_tells():
    events = news_events(RELEASE, dt.date(2024, 10, 13))
    assert [(e["actor1"], e["actor2"]) for e in events] == [
        ("Rioters (Nigeria)", "Civilians (Nigeria)")
    ]


def test_a_command_whose_operatives_acted_is_a_party_to_what_it_tells():
    text = (
        "The Zamfara State Police Command wishes to inform the general public that on Monday "
        "17th June, 2024, operatives of the Command's Tactical Team raided a hideout in "
        "Dansadau and arrested three suspected bandits."
    )
    events = news_events(text, dt.date(2024, 6, 18))
    assert [e["actor1"] for e in events] == ["Police Forces of Nigeria"]


def test_marchers_stopped_at_police_barricades_did_not_riot():
    text = (
        "Police swung batons and turned a water cannon on several hundred students marching "
        "through central Kolkata on Tuesday afternoon. The procession was stopped at "
        "barricades near Esplanade. Officers said they used minimum force after some students "
        "tried to push through the barricades."
    )
    events = news_events(text, dt.date(2023, 9, 13))
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [
        ("Protest with intervention", "Protesters (India)")
    ]


def test_marchers_who_tried_to_pass_a_barricade_did_not_riot():
    text = (
        "Riot police fired tear gas on Thursday at nurses marching on the health ministry in "
        "Dhaka to demand back pay. The nurses tried to pass a barricade outside the ministry "
        "and several fainted, witnesses said."
    )
    events = news_events(text, dt.date(2023, 9, 15))
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [
        ("Protest with intervention", "Protesters (Bangladesh)")
    ]


def test_the_flags_of_the_eu_name_no_town():
    text = (
        "Several thousand people marched from the Philharmonic to parliament, waving Georgian "
        "and EU flags and carrying portraits of detained activists."
    )
    assert find_places(text) == []


def test_a_toll_told_only_to_be_denied_is_no_event():
    text = (
        "KASUR: An enraged mob stormed the City police station in Pattoki late on Tuesday and "
        "set parts of it on fire, officials said on Wednesday.\n\n"
        "Claims circulating on social media that two people had been killed in police firing "
        'were "baseless", the Kasur district police officer told reporters on Wednesday.'
    )
    events = news_events(text, dt.date(2025, 1, 15))
    assert [(e["location"], e["fatalities"]) for e in events] == [("Pattoki", 0)]


def test_a_round_ups_items_that_tell_no_day_happened_on_the_day_of_its_lead():
    text = (
        "NAIROBI, July 17 - Two people were shot dead in the western city of Kisumu and police "
        "fired tear gas at stone-throwing crowds in central Nairobi on Tuesday, as "
        "anti-government protests spread to several Kenyan towns.\n\n"
        "Here is a round-up of Tuesday's protests:\n\n"
        "NAIROBI: Hundreds of mostly young protesters tried to march towards parliament from "
        "Kenyatta Avenue. Police blocked the route and fired volleys of tear gas. Protesters lit "
        "bonfires on Moi Avenue and pelted officers with stones.\n\n"
        "MOMBASA: Several hundred people marched from Treasury Square through the central "
        "business district, chanting slogans against new taxes."
    )
    events = news_events(text, dt.date(2024, 7, 17))
    assert {(e["location"], e["date_start"]) for e in events if e["location"] != "Kisumu"} == {
        ("Nairobi", dt.date(2024, 7, 16)),
        ("Mombasa", dt.date(2024, 7, 16)),
    }


def test_a_sources_account_of_the_clashes_the_lead_told_is_the_same_riot():
    text = (
        "Belgrade - Forty-one police officers were injured and 67 people were detained during "
        "clashes that broke out around the Partizan stadium in Belgrade before and after "
        "Saturday evening's derby, the interior ministry said on Sunday.\n\n"
        "According to the ministry's statement, groups of masked supporters attacked police "
        "cordons in Humska Street about an hour before kick-off, throwing flares and stones."
    )
    events = news_events(text, dt.date(2024, 4, 28))
    assert [e["location"] for e in events] == ["Belgrade"]


def test_groups_of_young_people_fighting_security_units_are_a_crowd():
    text = (
        "Clashes broke out on Saturday night in the town of Sbeitla, in the governorate of "
        "Kasserine, between groups of young people and security units."
    )
    events = news_events(text, dt.date(2024, 2, 25))
    assert [(e["event_type"], e["actor1"]) for e in events] == [("Riots", "Rioters (Tunisia)")]


def test_clashes_between_two_communities_are_a_riot():
    text = (
        "NUH, March 4 - Clashes between members of two communities in Firozpur Jhirka town in "
        "Haryana's Nuh district late on Sunday left at least 14 people injured, officials said."
    )
    events = news_events(text, dt.date(2024, 3, 4))
    assert [(e["event_type"], e["actor1"]) for e in events] == [("Riots", "Rioters (India)")]


def test_arrests_over_calls_to_join_demonstrations_are_arrests_not_a_protest():
    text = (
        "ISTANBUL - Turkish police detained 18 people, including three journalists and several "
        "university students, in dawn raids across Istanbul on Tuesday over social media posts "
        "that prosecutors said incited the public to join unauthorised demonstrations."
    )
    events = news_events(text, dt.date(2025, 5, 14))
    assert [(e["sub_event_type"], e["actor1"]) for e in events] == [
        ("Arrests", "Police Forces of Turkey")
    ]


def test_a_paragraph_on_a_places_repeated_unrest_adds_no_riot_to_the_news():
    text = (
        "In Kermanshah, retired employees of the Telecommunication Company of Iran rallied in "
        "front of the company's provincial office on Sunday, protesting unpaid benefits.\n\n"
        "Haft Tappeh, one of Iran's oldest sugar producers, has been the scene of repeated labour "
        "unrest. In 2018 and 2019, protests at the company led to the arrest of several workers."
    )
    events = news_events(text, dt.date(2023, 12, 11))
    assert [(e["sub_event_type"], e["actor2"]) for e in events] == [("Peaceful protest", None)]


def test_what_a_service_said_the_morning_after_is_the_nights_event():
    text = (
        "GUAYAQUIL, Oct 30 - Groups of looters ransacked supermarkets and small shops in "
        "several neighbourhoods of Guayaquil overnight on Tuesday, police said on Wednesday.\n\n"
        "In the early hours of Wednesday, the ECU 911 emergency service said it had received "
        "dozens of calls about robberies and that there were no reports of deaths."
    )
    events = news_events(text, dt.date(2024, 10, 30))
    assert [(e["location"], e["date_start"]) for e in events] == [
        ("Guayaquil", dt.date(2024, 10, 29))
    ]


def test_a_man_brought_in_dead_is_the_hospitals_count_not_the_partys_claim():
    text = (
        "LAHORE: Police baton-charged and fired tear gas at PTI workers who tried to assemble at "
        "Liberty Chowk on Saturday evening. Workers responded by pelting police with stones.\n\n"
        "The PTI's central information secretary claimed that two workers had been \"martyred "
        'by police brutality". A Punjab police spokesperson rejected the claims. However, the '
        "medical superintendent of Services Hospital said that a 31-year-old man from Shahdara "
        "had been brought in dead with a head wound on Saturday night."
    )
    events = news_events(text, dt.date(2024, 8, 25))
    assert [e["fatalities"] for e in events] == [1]


def test_a_rally_in_the_capital_is_in_the_countrys_capital():
    text = (
        "Clashes broke out on Saturday night in the town of Sbeitla, in the governorate of "
        "Kasserine, between groups of young people and security units.\n\n"
        "In the capital, around 300 people took part in a peaceful rally on Saturday morning on "
        "Habib Bourguiba Avenue to demand the release of opposition figures."
    )
    events = news_events(text, dt.date(2024, 2, 25))
    assert [(e["location"], e["event_type"]) for e in events] == [
        ("Sbeitla", "Riots"),
        ("Tunis", "Protests"),
    ]
