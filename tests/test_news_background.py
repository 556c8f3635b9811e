"""What frames the news in an article: a past episode named by its year, counts kept over a
period, similar events told as how things have been, the headline above the story, and the
people who speak of the deaths or condemn them."""

from __future__ import annotations

import datetime as dt

from sitrep.dates import find_dates
from sitrep.extraction import extract_document
from sitrep.quantities import find_quantities

from .news import news_events

PUBLISHED = dt.date(2023, 9, 12)
CLASH = (
    "Soldiers killed three gunmen in a clash near Piagapo town in Lanao del Sur province on "
    "Sunday, the army said."
)


def _news_deaths(text: str) -> list[int]:
    return [e["fatalities"] for e in news_events(text, PUBLISHED)]


def test_a_year_naming_a_past_episode_dates_it():
    sentence = "Its fighters took part in the 2017 siege of Marawi, which killed 1,100 people."
    years = [(d.date_start.year, d.precision) for d in find_dates(sentence)]
    assert years == [(2017, "year")]


def test_a_year_range_naming_a_past_war_dates_it():
    sentence = "They fought beside federal troops during the 2020-2022 war in Tigray."
    assert [d.date_start.year for d in find_dates(sentence)] == [2020]


def test_a_year_before_an_ordinary_noun_is_no_date():
    assert find_dates("The 2020 budget cut funds for the police.") == []


def test_deaths_in_a_past_siege_named_by_its_year_are_background():
    text = f"{CLASH} The group's fighters joined the 2017 siege of Marawi, in which 1,100 died."
    _analysis, events, casualties = extract_document(text, PUBLISHED)
    assert _news_deaths(text) == [3]
    background = [e for e in events if e["is_background"]]
    assert [e["fatalities"] for e in background] == [1100]
    assert any(c["count_best"] == 1100 for c in casualties)  # kept, with its quote


def test_a_count_with_a_thousands_separator_is_no_year():
    assert [q.coded for q in find_quantities("killed more than 2,000 people")] == [2000]
    assert find_quantities("the uprising of 2019") == []


def test_relatives_who_speak_are_not_counted_among_the_dead():
    text = (
        "On Saturday, a drone strike hit a minibus near the town of Dangila, killing 9 "
        "passengers, two relatives of the victims said."
    )
    assert _news_deaths(text) == [9]


def test_a_headline_tells_the_lead_event_again():
    text = (
        "Gunmen kill 12 villagers in northwest Nigeria\n\n"
        "Gunmen killed at least 12 villagers in Zamfara state on Sunday, police said."
    )
    assert _news_deaths(text) == [12]


def test_a_headline_without_a_day_opens_no_event_of_its_own():
    text = (
        "Aid group condemns attack on ambulance in Port-au-Prince\n\n"
        "Armed men opened fire on an ambulance in Delmas on Monday 25 November, killing a "
        "patient, the aid group said."
    )
    _analysis, events, _casualties = extract_document(text, dt.date(2024, 11, 27))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2024, 11, 25), 1)]


def test_who_condemns_an_attack_did_not_carry_it_out():
    text = (
        "Doctors Without Borders (MSF) condemns the attack on its ambulance in Port-au-Prince on "
        "Monday. Armed men opened fire on the vehicle, killing a patient."
    )
    _analysis, events, _casualties = extract_document(text, dt.date(2024, 11, 27))
    assert [e["actor1"] for e in events] == ["Unidentified Armed Group (Haiti)"]


def test_a_count_of_every_year_is_a_running_total():
    text = (
        "Armed youths attacked a cattle camp in Duk county in Jonglei state on Saturday, "
        "killing 17 people. Cattle raids kill hundreds of people every year."
    )
    assert _news_deaths(text) == [17]


def test_government_aircraft_named_by_a_rebel_speaker_are_the_attacker():
    text = (
        "The opposition SPLM-IO said government aircraft had bombed the town of Ulang in Upper "
        "Nile state on Thursday, killing five civilians."
    )
    _analysis, events, _casualties = extract_document(text, dt.date(2025, 4, 14))
    assert [e["actor1"].startswith("Military Forces of South Sudan") for e in events] == [True]


def test_a_running_total_of_this_year_is_background():
    text = (
        "Five Maoists were killed in an encounter with security forces in Narayanpur district "
        "on Monday, police said. With this, more than 200 Maoists have been killed in "
        "encounters in the state this year."
    )
    assert _news_deaths(text) == [5]


def test_a_feud_that_has_killed_hundreds_is_background():
    text = (
        "Gunmen killed four men outside a tire shop in Culiacan late on Sunday. The feud, which "
        "erupted in September after the arrest of a veteran cartel leader in the United States, "
        "has killed more than 600 people in the state."
    )
    assert _news_deaths(text) == [4]


def test_each_item_of_a_round_up_is_its_own_event():
    text = (
        "RAIPUR: Five Maoists were killed in an encounter in Narayanpur district on Monday, "
        "police said.\n\nSRINAGAR: Police arrested three men in Baramulla town on Monday, a "
        "police spokesperson said."
    )
    assert [e["location"] for e in news_events(text, dt.date(2024, 12, 10))] == [
        "Narayanpur",
        "Baramulla",
    ]


def test_place_names_are_spelled_without_diacritics():
    text = "Gunmen killed three men in Pétion-Ville, Haiti, on Sunday."
    _analysis, events, _casualties = extract_document(text, dt.date(2025, 2, 4))
    assert [e["location"] for e in events] == ["Petion-Ville"]


def test_each_title_of_a_round_up_joins_its_own_item():
    text = (
        "WORLD IN BRIEF\n\nIraq: Two soldiers killed in attack near Khanaqin\nBAGHDAD — "
        "Militants attacked an army checkpoint outside Khanaqin in Diyala province on Monday "
        "night, killing two soldiers, officials said.\n\nYemen: Drone hits Taiz\nTAIZ — A drone "
        "struck a residential area of Taiz on Tuesday, wounding five civilians."
    )
    _analysis, events, _casualties = extract_document(text, dt.date(2023, 11, 8))
    assert [(e["location"], e["date_start"]) for e in events] == [
        ("Khanaqin", dt.date(2023, 11, 6)),
        ("Taizz", dt.date(2023, 11, 7)),
    ]


def test_the_day_of_a_statement_is_not_the_day_of_the_deaths():
    text = (
        "Gunmen attacked Udei community in Guma Local Government Area of Benue State late on "
        "Sunday, killing 14 people. A community leader said 19 bodies had been recovered, but "
        "the state police command, in a statement on Monday, put the figure at 14."
    )
    _analysis, events, _casualties = extract_document(text, dt.date(2025, 5, 27))
    assert [(e["date_start"], e["fatalities"]) for e in events] == [(dt.date(2025, 5, 25), 14)]


def test_a_lead_about_how_an_insurgency_began_is_history():
    text = (
        "For seven years, the insurgency that began with attacks on police stations in "
        "Mocimboa da Praia in October 2017 stayed inside Cabo Delgado.\n\nOn Tuesday, "
        "insurgents raided Mecula, killing four civilians. The following day, soldiers clashed "
        "with the group on the outskirts of Marrupa, killing six insurgents."
    )
    assert [(e["date_start"], e["fatalities"]) for e in news_events(text, dt.date(2025, 5, 2))] == [
        (dt.date(2025, 4, 29), 4),
        (dt.date(2025, 4, 30), 6),
    ]


def test_the_day_a_source_told_a_news_agency_is_not_the_day_of_the_attack():
    text = (
        "Jihadists killed at least 15 militiamen near Solenzo, security sources told AFP on "
        "Thursday.\n\nDozens of gunmen stormed a position held by the militia on Monday "
        "evening, a local official said."
    )
    assert [e["date_start"] for e in news_events(text, dt.date(2024, 9, 26))] == [
        dt.date(2024, 9, 23)
    ]


def test_a_past_operation_named_by_its_year_is_history():
    text = (
        "Six suspected traffickers were killed on Thursday during a police operation in the "
        "Complexo da Mare in Rio de Janeiro. A 2021 operation in the Jacarezinho favela left 28 "
        "dead, the deadliest in the city's history."
    )
    assert [e["fatalities"] for e in news_events(text, dt.date(2024, 10, 4))] == [6]


def test_the_agency_in_a_dateline_under_a_headline_is_no_party():
    text = (
        "Two killed as police fire on protesters in Conakry\n\n"
        "CONAKRY, July 12 (AFP) - Two young men were shot dead in Guinea's capital on Thursday "
        "when police opened fire on demonstrators, hospital sources said."
    )
    _analysis, events, _casualties = extract_document(text, dt.date(2024, 7, 12))
    parties = {e["actor1"] for e in events} | {e["actor2"] for e in events}
    assert not any("Philippines" in (p or "") for p in parties)


def test_a_sentence_led_by_an_earlier_month_is_background():
    text = (
        "In Quetta, police fired tear gas at hundreds of protesters on Monday as they tried to "
        "march to the provincial assembly.\n\n"
        "In March, the same group hijacked a train in Bolan district in an attack in which more "
        "than 60 people were killed."
    )
    assert [e["fatalities"] for e in news_events(text, dt.date(2025, 4, 29))] == [0]


def test_raids_over_christmas_of_a_past_year_are_background():
    text = (
        "Gunmen killed nine villagers in Ruwi late on Sunday, police said. Raids on villages in "
        "Bokkos over Christmas 2023 killed nearly 200 people."
    )
    assert [e["fatalities"] for e in news_events(text, dt.date(2025, 4, 15))] == [9]


def test_strikes_that_have_since_killed_hundreds_are_a_running_total():
    text = (
        "Drone strikes across the region have since killed hundreds of people, according to "
        "rights groups.\n\n"
        "On Saturday, gunmen killed five people in Lalibela, residents said."
    )
    _analysis, events, _casualties = extract_document(text, dt.date(2025, 3, 27))
    assert [(e["is_background"], e["fatalities"]) for e in events] == [(True, 100), (False, 5)]


def test_similar_marches_that_have_taken_place_this_year_are_no_news():
    events = news_events(
        "Several hundred people marched through the centre of Coban on Monday to demand lower "
        "electricity rates. Police escorted the march. The regulator has defended the increase. "
        "Similar marches have taken place this year in Salama and Chisec, and farmers have "
        "threatened to block roads.",
        PUBLISHED,
    )
    assert [e["location"] for e in events] == ["Coban"]
