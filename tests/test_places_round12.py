"""Places, round 12: a village put in the district named right after it, a town named as a
province's capital, a road's end town that only passes by the scene, a place 'on the road to'
another, seeded towns the gazetteer lacked or read abroad, and a town "in Ukraine's X region"."""

from __future__ import annotations

import datetime as dt

import pytest
from sitrep.places import find_places

from .news import news_events

MON = dt.date(2025, 3, 10)


def _read(sentence: str, hint: str | None = None) -> tuple[str | None, str | None, str | None]:
    place = find_places(sentence, 0, country_hint=hint)[0]
    return place.location, place.admin1, place.country


def _where(event: dict) -> tuple[str | None, str | None, str | None]:
    return event["country"], event["admin1"], event["location"]


@pytest.mark.parametrize("hint", [None, "Pakistan"])
def test_a_village_in_a_district_named_after_it_lies_there_not_across_the_border(hint):
    sentence = "Gunmen stopped a bus in the village of Jani Khel in Bannu district at dusk."
    assert _read(sentence, hint) == ("Jani Khel", "Khyber Pakhtunkhwa", "Pakistan")


def test_a_town_named_as_a_province_capital_reads_in_that_province():
    sentence = "Shops closed in Faizabad, the capital of Badakhshan province, after the raid."
    assert _read(sentence) == ("Faizabad", "Badakhshan", "Afghanistan")


def test_a_bare_district_after_a_town_does_not_move_a_town_read_in_that_country():
    # only a place introduced as a village or town borrows the district's division
    places = find_places("Police arrested two men in Lahore, in Bannu district, on Friday.")
    assert (places[0].location, places[0].admin1) == ("Lahore", "Punjab")


@pytest.mark.parametrize(
    ("sentence", "hint", "expected"),
    [
        ("Masked men robbed a shop in Duran overnight.", "Ecuador", ("Duran", "Guayas", "Ecuador")),
        ("Shelling hit the market in Kabkabiya.", None, ("Kabkabiya", "North Darfur", "Sudan")),
        ("Fighters burned houses in Chai.", "Mozambique", ("Chai", "Cabo Delgado", "Mozambique")),
        ("Fighters burned boats in Mucojo.", None, ("Mucojo", "Cabo Delgado", "Mozambique")),
        ("Resistance fighters seized Pinlebu at dawn.", None, ("Pinlebu", "Sagaing", "Myanmar")),
        (
            "Gangs torched homes in Petite-Rivière-de-l'Artibonite.",
            None,
            ("Petite-Riviere-de-l'Artibonite", "Artibonite", "Haiti"),
        ),
        ("Troops searched homes near Nkar.", None, ("Nkar", "Nord-Ouest", "Cameroon")),
        (
            "Militiamen raided a market in Mboki.",
            None,
            ("Mboki", "Haut-Mbomou", "Central African Republic"),
        ),
    ],
)
def test_seeded_towns(sentence, hint, expected):
    assert _read(sentence, hint) == expected


def test_a_district_of_mogadishu_is_coded_to_the_city():
    assert _read("A grenade hit a cafe in Mogadishu's Wadajir district.") == (
        "Mogadishu",
        "Banadir",
        "Somalia",
    )


def test_the_town_a_road_leads_to_does_not_narrow_a_municipality():
    [event] = news_events(
        "Soldiers and ELN guerrillas fought on Saturday in the countryside of Tame "
        "municipality, the army said. Troops later found a camp near the road to Fortul, "
        "where three guerrillas were killed.",
        MON,
    )
    assert _where(event) == ("Colombia", "Arauca", "Tame")


def test_a_later_sentence_describing_the_whole_department_does_not_narrow_it():
    [event] = news_events(
        "Soldiers and ELN guerrillas clashed on Saturday in the countryside of Tame "
        "municipality, killing two soldiers. Arauca is one of the departments most affected "
        "by the conflict.",
        MON,
    )
    assert _where(event) == ("Colombia", "Arauca", "Tame")


def test_the_village_a_bomb_hit_beats_the_road_it_was_planted_beside():
    [event] = news_events(
        "A bomb killed two policemen in northwest Pakistan on Sunday. The device had been "
        "planted beside the Bannu-Miranshah road and went off as the patrol passed through "
        "the village of Jani Khel in Bannu district, police said.",
        MON,
    )
    assert _where(event) == ("Pakistan", "Khyber Pakhtunkhwa", "Jani Khel")


def test_a_town_in_a_countrys_named_region_lies_there_not_in_a_namesake_abroad():
    sentence = (
        "Russian artillery fire killed two people in the town of Pokrov in Ukraine's "
        "Dnipropetrovsk region on Saturday."
    )
    assert _read(sentence) == ("Pokrov", "Dnipropetrovsk", "Ukraine")


def test_a_two_part_division_that_owns_a_district_is_no_city_of_its_first_part():
    # ("Jammu and Kashmir's Kishtwar district": not the city of Jammu)
    sentence = "Militants attacked a camp in Jammu and Kashmir's Kishtwar district."
    assert [(p.location, p.admin1) for p in find_places(sentence)] == [
        ("Kishtwar", "Jammu and Kashmir")
    ]
