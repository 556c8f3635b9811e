"""What the fiftieth blind set (stories that are mostly not news of fresh violence: verdicts,
funerals, anniversaries, investigations, statements, fact checks, corrections) read wrong:
the toll of an old attack told again, some of the dead counted as a toll of their own."""

from __future__ import annotations

import datetime as dt

from .news import news_events


def test_the_toll_of_the_history_a_paragraph_tells_is_not_the_news_events():
    text = (
        "Hundreds of displaced people at the Plaine Savo site in Djugu territory, Ituri, on "
        "Thursday 1 February commemorated the second anniversary of the night attack that "
        "devastated the camp.\n\n"
        "On the night of 1 to 2 February 2022, assailants attributed to the CODECO militia "
        "attacked the site with machetes and firearms. The toll given at the time by local "
        "sources was more than 60 dead, many of them women and children."
    )
    events = news_events(text, dt.date(2024, 2, 2))
    assert [e["fatalities"] for e in events] == [0]


def test_the_bodies_of_a_cousin_and_her_two_children_are_some_of_the_dead():
    text = (
        "A drone strike hit a wedding celebration in Addis Zemen on Tuesday, killing at least "
        "11 people, two residents said.\n\n"
        "One of them said he had helped carry the bodies of his cousin and her two children."
    )
    events = news_events(text, dt.date(2025, 3, 27))
    assert [e["fatalities"] for e in events] == [11]


def test_a_verdict_for_an_ambush_years_ago_reports_none_of_its_dead():
    text = (
        "GARISSA, Kenya, Sept 12 - A Kenyan court on Thursday sentenced three men to a combined "
        "95 years in prison for helping al Shabaab militants who ambushed a passenger bus near "
        "the border town of Elwak in March 2021, killing seven people.\n\n"
        "High Court judge Margaret Wanjala said the prosecution had proved that the men rented "
        "a house in Elwak for the gunmen.\n\n"
        "The Somalia-based al Shabaab has carried out repeated attacks in Kenya's northeastern "
        "counties of Mandera, Wajir and Garissa, often using roadside bombs."
    )
    assert [e["fatalities"] for e in news_events(text, dt.date(2024, 9, 12))] in ([], [0])


def test_a_capital_held_since_an_old_date_does_not_hide_the_strike_told_after_it():
    text = (
        "In Nyala, the capital of South Darfur, which has been held by the RSF since October "
        "2023, an army airstrike on the main livestock market on Monday killed at least 13 "
        "people, according to medics."
    )
    events = news_events(text, dt.date(2024, 12, 3))
    assert [(e["location"], e["fatalities"]) for e in events] == [("Nyala", 13)]


def test_a_statements_condemnation_is_of_the_attack_it_tells_on_its_own_day():
    text = (
        "GENEVA — The UN High Commissioner for Human Rights on Tuesday condemned last week's "
        "attack on civilians in Niger's Tillaberi region.\n\n"
        'In a statement, the High Commissioner said he was "appalled" by the killing of at '
        "least 12 villagers in the Tera department on 17 March, in an attack claimed by the "
        "Islamic State Sahel Province."
    )
    events = news_events(text, dt.date(2025, 3, 26))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2025, 3, 17), 12)]


def test_attacks_on_christmas_eve_of_last_year_are_history():
    text = (
        "Gunmen suspected to be armed herders stormed Mushu community in Bokkos at about 10pm on "
        "Monday, shooting residents and setting houses ablaze.\n\n"
        "Bokkos has been one of the worst hit areas in the long-running violence in Plateau. "
        "Coordinated attacks on more than 20 villages in Bokkos and Barkin Ladi on Christmas Eve "
        "2023 left close to 200 people dead, according to local officials."
    )
    events = news_events(text, dt.date(2024, 4, 19))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2024, 4, 15), 0)]


def test_a_funeral_of_the_dead_of_mondays_attack_reports_that_attack_on_monday():
    text = (
        "There was wailing and weeping in Mushu community of Bokkos Local Government Area of "
        "Plateau State on Thursday as 14 people killed in Monday night's attack on the village "
        "were laid to rest in a mass grave.\n\n"
        "As reported by this newspaper on Tuesday, gunmen suspected to be armed herders stormed "
        "the farming community at about 10pm on Monday, shooting residents and setting houses "
        "ablaze."
    )
    events = news_events(text, dt.date(2024, 4, 19))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2024, 4, 15), 14)]


def test_a_quoted_headline_tells_no_deaths():
    text = (
        'An article published on 14 September under the headline "Five soldiers killed in '
        'attack on army post in Arauca" contained errors in the number of victims.'
    )
    assert [e["fatalities"] for e in news_events(text, dt.date(2023, 10, 5))] in ([], [0])


def test_the_dead_of_a_strike_last_month_are_not_todays():
    text = (
        "DAMASCUS, Feb 8 (Reuters) - Israeli missile strikes on military positions south of "
        "Damascus killed two soldiers on Wednesday, the Syrian defence ministry said.\n\n"
        "A strike on a building in the capital's Mezzeh district last month killed five members "
        "of the Revolutionary Guards."
    )
    events = news_events(text, dt.date(2024, 2, 8))
    assert [e["fatalities"] for e in events] == [2]


def test_a_story_of_paragraphs_in_which_no_sentence_tells_an_act_has_no_event():
    text = (
        "Zambia votes calmly in local by-elections\n\n"
        "LUSAKA, Feb 6 - Zambians voted on Thursday in by-elections for eleven council seats, "
        "with police reporting no significant incidents.\n\n"
        "About 2,500 police officers were deployed to guard polling stations. Turnout was low "
        "because of heavy rain, the electoral commission said."
    )
    assert news_events(text, dt.date(2025, 2, 6)) == []


def test_a_one_paragraph_note_still_tells_its_event():
    text = "On 6 February 2025, about 2,500 police officers were deployed in Lusaka, Zambia."
    assert len(news_events(text, dt.date(2025, 2, 6))) == 1


def test_an_analysis_piece_reports_only_its_dated_incident():
    text = (
        "ANALYSIS: In Mali's north, the drone war widens\n\n"
        "The army's drones have become the centrepiece of its campaign, striking convoys, "
        "markets and weddings across the north and killing hundreds of civilians.\n\n"
        "The latest strike came on Sunday, when a drone hit a gold-mining site near Intahaka, "
        "killing at least eight people, a local official said."
    )
    events = news_events(text, dt.date(2025, 4, 9))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2025, 4, 6), 8)]
