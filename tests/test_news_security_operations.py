"""Security-force operations as army and police statements tell them (read wrong on the
thirty-fifth blind set of articles): an arrest for an earlier killing is an arrest, a cache of
bombs found is weapons use disrupted, and a communique's opening summary is no battle."""

from __future__ import annotations

import datetime as dt

from .news import news_events

PUBLISHED = dt.date(2024, 9, 6)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(e["event_type"], e["sub_event_type"]) for e in news_events(text, PUBLISHED)]


def test_men_captured_over_a_killing_are_an_arrest_not_an_attack():
    text = (
        "On Tuesday afternoon, police captured three men in the town of Yarumal who are "
        "allegedly linked to the killings. A rifle allegedly used in the attack was seized."
    )
    assert kinds(text) == [("Strategic developments", "Arrests")]


def test_suspects_arrested_in_connection_with_an_attack_are_an_arrest():
    text = (
        "Soldiers on Wednesday arrested four suspects in connection with the recent attack on "
        "a market in Gao, Mali, the army said."
    )
    assert kinds(text) == [("Strategic developments", "Arrests")]


def test_a_cache_of_bombs_located_during_operations_is_disrupted_weapons_use():
    text = (
        "On 2 September 2024, troops, in development of offensive operations, located a cache "
        "containing twelve (12) improvised explosive devices near Tibu, Norte de Santander, "
        "Colombia. The material was destroyed in a controlled manner."
    )
    assert kinds(text) == [("Strategic developments", "Disrupted weapons use")]


def test_bombs_found_at_a_camp_are_no_bombing():
    text = (
        "On Monday, soldiers located a camp near Jerez, Zacatecas, Mexico, where they found 30 "
        "improvised explosive devices and two drones."
    )
    assert kinds(text) == [("Strategic developments", "Disrupted weapons use")]


def test_a_communique_opening_summary_is_no_battle_of_its_own():
    text = (
        "Troops of Joint Task Force (North East) Operation HADIN KAI have sustained the tempo of "
        "offensive operations across "
        "the theatre, recording successes within the period under review.\n\n"
        "On 4 September 2024, troops on clearance operation at Bita in Gwoza LGA of Borno State "
        "made contact with terrorists and neutralised three (3) of them."
    )
    events = news_events(text, PUBLISHED)
    assert [(e["date_start"], e["event_type"]) for e in events] == [
        (dt.date(2024, 9, 4), "Battles")
    ]


def test_fighting_that_continued_is_still_a_battle():
    text = "On Sunday, Russian forces continued clashes with Ukrainian units near Mariupol."
    assert kinds(text) == [("Battles", "Armed clash")]


def test_a_village_the_gazetteer_lacks_at_a_scene_in_its_lga_is_the_place():
    text = (
        "On 4 September 2024, troops on clearance operation at Ngoshe in Gwoza LGA made contact "
        "with terrorists and neutralised four (4) of them."
    )
    (event,) = news_events(text, PUBLISHED)
    assert (event["location"], event["admin1"], event["country"]) == (
        "Ngoshe",
        "Borno",
        "Nigeria",
    )


def test_hundreds_dead_since_a_year_are_a_running_total_not_the_days_event():
    text = (
        "On Monday, gunmen killed two farmers near Jerez, Zacatecas, Mexico.\n\n"
        "Zacatecas has been disputed by rival cartels since at least 2020, a confrontation that "
        "has left hundreds dead."
    )
    events = news_events(text, PUBLISHED)
    assert [(e["sub_event_type"], e["fatalities"]) for e in events] == [("Attack", 2)]


def test_control_taken_in_quotes_is_territory_overtaken():
    text = (
        'JNIM said on Tuesday that its fighters had "taken control" of the army detachment at '
        "Mansila, Burkina Faso, following an assault on Monday. Local sources said five "
        "soldiers were killed."
    )
    assert kinds(text) == [("Battles", "Non-state actor overtakes territory")]


def test_the_town_a_source_speaks_from_opens_no_event():
    text = (
        "Soldiers killed a separatist commander and two of his fighters in a raid on their camp "
        "near Kumbo, Cameroon, on Monday. A source at the army's regional command in Bamenda "
        "told reporters that three fighters were killed."
    )
    events = news_events(text, PUBLISHED)
    assert [(e["location"], e["fatalities"]) for e in events] == [("Kumbo", 3)]


def test_officials_in_a_city_speak_of_their_own_city():
    text = "Officials in Donetsk, Ukraine, said shelling killed one person in the city on Monday."
    (event,) = news_events(text, PUBLISHED)
    assert event["location"] == "Donetsk"


def test_the_day_a_first_count_was_given_does_not_date_the_attack():
    text = (
        "Beni, 13 June 2024 - The toll from the attack on the village of Mamove, in Beni "
        "territory, has risen to twelve dead, local officials said on Thursday. The first "
        "count, given on Tuesday, stood at seven.\n\n"
        "According to a local chief, the assailants entered the village on Monday evening, "
        "armed with guns and machetes."
    )
    events = news_events(text, dt.date(2024, 6, 13))
    assert [e["date_start"] for e in events] == [dt.date(2024, 6, 10)]


def test_the_group_an_attack_is_attributed_to_is_its_author_not_its_target():
    text = (
        "The toll from the attack attributed to ADF rebels on the village of Mamove, in Beni "
        "territory, has risen to twelve dead, local officials said on Thursday."
    )
    (event,) = news_events(text, dt.date(2024, 6, 13))
    assert (event["sub_event_type"], event["actor1"]) == (
        "Attack",
        "ADF: Allied Democratic Forces",
    )


def test_an_attack_a_press_release_recalls_is_an_event_of_its_own():
    text = (
        "The State Police Command wishes to inform the public that on Monday 17th June, 2024, "
        "operatives arrested two suspects in connection with the attack on Kauru, Kaduna "
        "State.\n\n"
        "It will be recalled that on Saturday 15th June, 2024, armed bandits invaded Kauru, "
        "shooting sporadically. Five persons were confirmed dead."
    )
    events = news_events(text, dt.date(2024, 6, 18))
    assert [(e["date_start"], e["sub_event_type"], e["fatalities"]) for e in events] == [
        (dt.date(2024, 6, 17), "Arrests", 0),
        (dt.date(2024, 6, 15), "Attack", 5),
    ]


def test_a_headline_ending_in_a_quoted_word_is_still_the_storys_headline():
    text = (
        'Tillaberi: six soldiers killed in ambush near Tera, 14 assailants "neutralised"\n\n'
        "Niamey, 22 March 2024 - An army unit fell into an ambush on Wednesday 20 March near the "
        "village of Dolbel, in the Tera department of Niger, the ministry said. Six soldiers "
        "were killed."
    )
    events = news_events(text, dt.date(2024, 3, 22))
    assert [e["date_start"] for e in events] == [dt.date(2024, 3, 20)]
