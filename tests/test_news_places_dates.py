"""Places and dates in news stories: facility names, villages in second-level divisions,
roads named for towns, statement date lines and days counted back."""

from __future__ import annotations

import datetime as dt

from sitrep.places import find_places

from .news import news_events

THU = dt.date(2024, 5, 16)


def _live(text: str, published: dt.date | None = THU) -> list[dict]:
    return news_events(text, published)


def _where(event: dict) -> tuple[str | None, str | None, str | None]:
    return event["country"], event["admin1"], event["location"]


def test_a_town_owning_a_facility_is_the_place_not_a_name_inside_it():
    [place] = find_places("Mortar rounds fell near Mogadishu's Aden Adde International Airport.")
    assert (place.country, place.location) == ("Somalia", "Mogadishu")


def test_a_person_named_airport_names_no_town():
    places = find_places("Two mortar rounds fell near the Aden Adde International Airport.")
    assert all(p.location != "Aden" for p in places)


def test_a_town_named_airport_still_names_its_town():
    [place] = find_places("A drone was shot down near Kabul International Airport.")
    assert place.location == "Kabul"


def test_the_village_in_a_territory_is_the_place():
    events = _live(
        "Rebels killed nine civilians on Tuesday during a raid on the village of Lolwa, in "
        "Mambasa territory, Ituri province, local officials said."
    )
    assert _where(events[0]) == ("Democratic Republic of Congo", "Ituri", "Lolwa")


def test_a_village_also_in_an_lga_borrows_its_state():
    events = _live(
        "Soldiers killed six gunmen during a gunfight at Dansadau, also in Maru LGA, on "
        "Wednesday, the army said."
    )
    assert _where(events[0]) == ("Nigeria", "Zamfara", "Dansadau")


def test_a_locality_in_a_circle_is_the_place():
    events = _live(
        "On Tuesday the army took control of the locality of Tarkint, in the Bourem circle "
        "(Gao region), after a gunfight with the militants."
    )
    assert events[0]["location"] == "Tarkint"
    assert events[0]["admin1"] == "Gao"


def test_a_road_named_for_two_towns_does_not_narrow_a_district():
    events = _live(
        "Police fired tear gas at striking workers in the industrial district of Gazipur on "
        "Wednesday. The workers had blocked the Dhaka-Mymensingh highway for hours."
    )
    assert events[0]["location"] == "Gazipur"


def test_the_coastal_province_of_a_name_is_not_its_capital():
    events = _live(
        "In the coastal province of Latakia, security forces arrested ten men during raids "
        "in the town of Jableh on Tuesday."
    )
    assert _where(events[0]) == ("Syria", "Lattakia", "Jableh")


def test_matola_lies_in_maputo_province():
    events = _live("Police arrested 40 protesters in Matola on Monday.")
    assert _where(events[0]) == ("Mozambique", "Maputo", "Matola")


def test_a_statement_date_line_is_not_the_day_of_the_attack():
    events = _live(
        "Coordinator condemns attack on civilians in Ituri\n\n"
        "Kinshasa, 16 May 2024 - The Coordinator is appalled by the killing of at least 12 "
        "civilians during an attack on the village of Lolwa, in Mambasa territory, on 14 May."
    )
    assert events[0]["date_start"] == dt.date(2024, 5, 14)


def test_the_day_of_saying_is_not_the_day_of_the_arrests():
    events = _live(
        "Police said on Thursday they had arrested eleven workers in Ashulia on Tuesday on "
        "charges of vandalising factories."
    )
    assert events[0]["date_start"] == dt.date(2024, 5, 14)
    assert _where(events[0]) == ("Bangladesh", "Dhaka", "Ashulia")


def test_a_day_earlier_counts_back_from_the_day_last_told():
    events = _live(
        "On Monday the rebels seized the town of Nyabibwe in South Kivu province, killing "
        "five soldiers. A day earlier, a drone strike hit a rebel position near Kavumu "
        "airport, killing three rebels."
    )
    assert events[0]["date_start"] == dt.date(2024, 5, 13)
    assert events[1]["date_start"] == dt.date(2024, 5, 12)
    assert events[1]["location"] == "Kavumu"


def test_a_claim_of_deaths_elsewhere_on_another_day_is_another_event():
    events = _live(
        "Militants attacked a checkpoint in the town of Hajin late Wednesday, killing four "
        "SDF fighters, the group said. On Thursday, a Turkish drone strike hit a car near "
        "the city of Qamishli in Hassakeh province, killing two SDF members, a monitor said."
    )
    assert [e["location"] for e in events] == ["Hajin", "Qamishli"]
    assert events[1]["date_start"] == THU
