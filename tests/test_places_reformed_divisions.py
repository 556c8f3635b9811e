"""Towns of a country whose gazetteer file predates a reform of its divisions take the division
of today (seeds/geonames_admin1_codes.csv): DR Congo's 26 provinces, not the 11 before 2015."""

from __future__ import annotations

import datetime as dt

import pytest
from sitrep.places import find_places

from .news import news_events


@pytest.mark.parametrize(
    ("town", "province"),
    [
        ("Kisangani", "Tshopo"),  # Orientale's capital, in the file as "Eastern Province"
        ("Isiro", "Haut-Uele"),
        ("Buta", "Bas-Uele"),
        ("Kikwit", "Kwilu"),  # Bandundu's
        ("Kolwezi", "Lualaba"),  # Katanga's
        ("Kananga", "Kasai-Central"),  # Kasai-Occidental's
        ("Gemena", "Sud-Ubangi"),  # Equateur's
        ("Kalemie", "Tanganyika"),
    ],
)
def test_a_dr_congo_town_is_in_its_province_since_2015(town, province):
    found = [p for p in find_places(f"Gunmen attacked {town}, Democratic Republic of Congo.")]
    assert (found[0].location, found[0].admin1) == (town, province)


def test_a_village_only_the_larger_gazetteer_knows_takes_its_current_province():
    # (Mangbwalu is in cities500 alone: its province came from the cities1000 towns' names)
    found = find_places("Gunmen attacked Mangbwalu, Democratic Republic of Congo.")
    assert found[0].admin1 == "Ituri"


def test_a_town_in_a_named_territory_is_one_scene_with_it():
    text = (
        "ADF rebels killed two farmers near Oicha in Beni territory on Sunday, officials said."
        "\n\nThe attackers, armed with machetes, burst into a camp near Fataki in Djugu "
        "territory late Monday and set fire to dozens of shelters, an army spokesman told AFP on "
        "Tuesday, giving a toll of 11 dead."
    )
    events = news_events(text, dt.date(2024, 9, 17))
    assert [(e["location"], e["admin1"], e["fatalities"]) for e in events] == [
        ("Oicha", "Nord-Kivu", 2),
        ("Fataki", "Ituri", 11),
    ]
