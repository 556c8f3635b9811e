"""Places in news stories: shared division names, namesake towns, towns inside divisions."""

from __future__ import annotations

import datetime as dt

from sitrep.places import find_places

from .news import news_events

SUN = dt.date(2024, 8, 12)


def _live(text: str, published: dt.date | None = SUN) -> list[dict]:
    return news_events(text, published)


def _where(event: dict) -> tuple[str | None, str | None, str | None]:
    return event["country"], event["admin1"], event["location"]


def test_a_region_several_countries_share_is_read_where_the_town_lies():
    events = _live(
        "A roadside bomb killed two soldiers on Sunday near Kumbo, in the Bui division of the "
        "North-West region, sources said."
    )
    assert _where(events[0]) == ("Cameroon", "Nord-Ouest", "Kumbo")


def test_the_kurdistan_region_of_iraq_is_not_the_iranian_province():
    events = _live(
        "In the Kurdistan region, a drone hit a pickup near the town of Penjwen in "
        "Sulaymaniyah province on Saturday, killing three fighters."
    )
    assert events[0]["country"] == "Iraq"
    assert events[0]["location"] == "Penjwen"


def test_the_iranian_province_keeps_its_own_name():
    [place] = find_places("Police detained ten teachers in Kurdistan province, Iran.")
    assert (place.country, place.admin1, place.location) == ("Iran", "Kurdistan", "Kurdistan")


def test_a_seeded_town_of_another_country_lends_no_spelling():
    # "Gaza" is seeded as an alias of Gaza City; Mozambique's Gaza province is not that city,
    # and Mali's Sana is not Yemen's Sanaa
    [place] = find_places("Insurgents attacked a village in Gaza province, Mozambique.")
    assert (place.country, place.admin1, place.location) == ("Mozambique", "Gaza", "Gaza")
    [place] = find_places("Militants attacked the village of Sana (Koro, Mopti), Mali.")
    assert (place.country, place.location) == ("Mali", "Sana")


def test_a_philippine_province_is_read_whole_before_a_day_name():
    [place] = find_places("Troops killed three gunmen in Lanao del Sur on Tuesday.")
    assert place.location == "Lanao del Sur"
    assert place.admin1 == "Bangsamoro Autonomous Region in Muslim Mindanao"


def test_a_province_in_the_lead_is_narrowed_down_by_the_town_named_next():
    events = _live(
        "Soldiers killed four militants in a clash in the southern province of Lanao del Sur "
        "on Sunday, the army said. The firefight broke out in a forested part of Piagapo town."
    )
    assert _where(events[0]) == (
        "Philippines",
        "Bangsamoro Autonomous Region in Muslim Mindanao",
        "Piagapo",
    )


def test_a_district_in_the_lead_is_narrowed_down_by_a_village_but_not_a_hospital_town():
    events = _live(
        "Gunmen ambushed a police patrol in Manipur's Kangpokpi district on Sunday, wounding "
        "three officers. The patrol came under fire near Sapormeina village, and the wounded "
        "were taken to a hospital in Imphal."
    )
    assert _where(events[0]) == ("India", "Manipur", "Sapormeina")


def test_a_namesake_town_is_read_in_the_division_the_story_names():
    events = _live(
        "A car bomb wounded five people near the town of Suarez in Colombia's Cauca province "
        "on Sunday night."
    )
    assert events[0]["admin1"] == "Cauca"


def test_a_namesake_town_takes_the_division_named_in_another_sentence():
    events = _live(
        "On Monday, soldiers arrested a rebel commander in a rural part of Argelia "
        "municipality, the army said. The governor of Cauca welcomed the arrest."
    )
    assert events[0]["location"] == "Argelia"
    assert events[0]["admin1"] == "Cauca"


def test_the_state_named_beats_the_state_of_mexico():
    events = _live(
        "MEXICO CITY (AP) - Gunmen dropped explosives from drones on soldiers near the town of "
        "Tepalcatepec in western Michoacan state on Sunday, wounding four of them."
    )
    assert events[0]["admin1"] in ("Michoacan", "Michoacan de Ocampo")


def test_a_town_in_the_prefecture_named_after_it_is_the_place():
    events = _live(
        "Rebels attacked an army post in the town of Koui, in the northwestern prefecture of "
        "Ouham-Pende, on Sunday, killing four soldiers."
    )
    assert _where(events[0]) == ("Central African Republic", "Ouham-Pende", "Koui")


def test_an_unknown_village_borrows_the_division_it_lies_in():
    [village, province] = find_places(
        "Gunmen burned houses in the village of Qarabuzlak, in the southern province of "
        "Kandahar, on Friday."
    )
    assert (village.location, village.admin1, village.country) == (
        "Qarabuzlak",
        province.admin1,
        "Afghanistan",
    )


def test_a_known_town_named_as_an_area_of_a_district_is_the_place():
    events = _live(
        "Militants attacked a police station in the Kulachi area of Dera Ismail Khan district "
        "late on Monday, killing four policemen."
    )
    assert _where(events[0]) == ("Pakistan", "Khyber Pakhtunkhwa", "Kulachi")


def test_a_commune_of_the_haitian_capital_is_the_place():
    events = _live(
        "Armed men shot dead a driver in Delmas, in the capital Port-au-Prince, on Monday.",
        dt.date(2024, 11, 27),
    )
    assert _where(events[0]) == ("Haiti", "Ouest", "Delmas")


def test_a_small_namesake_on_another_continent_is_no_place_of_the_story():
    text = (
        "The South African Police Service condemns an incident of mob justice in KwaZakhele, "
        "Gqeberha, in the Eastern Cape on Sunday, 20 August 2023, in which residents "
        "assaulted a man accused of theft. Police members dispersed the crowd and the man was "
        "taken to Dora Nginza Hospital, where he died in the early hours of this morning."
    )
    events = news_events(text, dt.date(2023, 8, 21))
    assert events
    assert {e["country"] for e in events} == {"South Africa"}
    assert all("United States" not in (e["actor1"] or "") + (e["actor2"] or "") for e in events)
