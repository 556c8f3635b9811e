"""Places in news stories, round 3: villages inside LGAs, names a story already placed, roads
passing by a village, towns put abroad by a foreign army, suburbs named after their city."""

from __future__ import annotations

import datetime as dt

from sitrep.places import find_places

from .news import news_events

TUE = dt.date(2024, 5, 21)


def _live(text: str, published: dt.date | None = TUE) -> list[dict]:
    return news_events(text, published)


def _where(event: dict) -> tuple[str | None, str | None, str | None]:
    return event["country"], event["admin1"], event["location"]


def test_a_local_government_area_is_named_without_its_type_words():
    [place] = find_places("Gunmen struck in Guma Local Government Area of Benue State.")
    assert (place.location, place.admin1) == ("Guma", "Benue")


def test_a_community_in_an_lga_is_the_village_attacked():
    [event] = _live(
        "Armed men on Sunday attacked Udei community in Guma Local Government Area of Benue "
        "State, killing nine farmers."
    )
    assert _where(event) == ("Nigeria", "Benue", "Udei")


def test_an_ethnic_community_is_no_place():
    places = find_places("Herders attacked the Tiv community in Guma LGA on Sunday.")
    assert [p.location for p in places] == ["Guma"]


def test_a_name_the_story_placed_keeps_its_reading_and_from_is_an_origin():
    events = _live(
        "Gunmen killed nine people in Guma Local Government Area of Benue State on Sunday. "
        "On Monday, hundreds of women from Guma marched to the Government House in Makurdi "
        "to protest against the killings."
    )
    assert _where(events[-1]) == ("Nigeria", "Benue", "Makurdi")


def test_a_village_near_a_highway_is_the_scene():
    [event] = _live(
        "In Kaduna State, bandits on Saturday abducted twelve travellers on the Kaduna-Abuja "
        "highway near Katari."
    )
    assert _where(event) == ("Nigeria", "Kaduna", "Katari")


def test_a_village_also_in_the_district_named_before_is_the_scene():
    events = _live(
        "Insurgents burned houses in the village of Ocua, in Chiure district, on Saturday. "
        "They killed two farmers in Mazeze, also in Chiure district, on Monday."
    )
    assert _where(events[-1]) == ("Mozambique", "Cabo Delgado", "Mazeze")


def test_a_foreign_army_does_not_move_a_town_abroad():
    events = _live(
        "Insurgents burned houses in Chiure district of Cabo Delgado province on Saturday, "
        "residents of Pemba said. "
        "On Monday, Rwandan troops killed five insurgents near Mocimboa da Praia, the Rwanda "
        "Defence Force said."
    )
    assert _where(events[-1]) == ("Mozambique", "Cabo Delgado", "Mocimboa da Praia")


def test_a_suburb_named_after_its_city_is_the_suburb():
    [event] = _live(
        "A mob in the Port-au-Prince suburb of Petion-Ville beat two men to death on Monday."
    )
    assert _where(event) == ("Haiti", "Ouest", "Petion-Ville")


def test_towns_the_gazetteer_lacks_are_seeded_with_acled_divisions():
    cases = {
        "An Israeli drone struck a car in Aitaroun on Monday, killing two men.": (
            "Lebanon",
            "Al Nabatieh",
            "Aitaroun",
        ),
        "An air strike hit a market in the town of Hsipaw on Monday, killing four people.": (
            "Myanmar",
            "Shan-North",
            "Hsipaw",
        ),
        "Police arrested a suspected bomb maker in Cotabato City on Monday.": (
            "Philippines",
            "Bangsamoro Autonomous Region in Muslim Mindanao",
            "Cotabato City",
        ),
        "Gangs killed five people in an attack on the town of Liancourt on Monday.": (
            "Haiti",
            "Artibonite",
            "Liancourt",
        ),
    }
    for text, expected in cases.items():
        [event] = _live(text)
        assert _where(event) == expected, text


def test_acled_spells_the_divisions_its_own_way():
    [place] = find_places("Fighting broke out in the Lower Shabelle region.")
    assert place.admin1 == "Lower Shabelle"
    [event] = _live("An Israeli strike near Izraa in Daraa province killed two soldiers on Monday.")
    assert event["admin1"] == "Dara"


def _mentions(text: str, kind: str) -> list[dict]:
    from sitrep.extraction import analyse_document

    return [m for m in analyse_document(text, TUE).mentions if m["kind"] == kind]


def test_a_headline_name_takes_the_reading_the_story_pins_down_below_it():
    # (Boni alone is read in Indonesia's South Sulawesi; the body pins it in Mopti, Mali)
    text = (
        "Two soldiers wounded by a roadside bomb near Boni\n\n"
        "Two Malian soldiers were wounded on Monday when a bomb went off under their truck on "
        "the road from Boni to Hombori, the army said."
    )
    boni = [p for p in _mentions(text, "place") if p["location"] == "Boni"]
    assert [(p["country"], p["admin1"]) for p in boni] == [("Mali", "Mopti")] * 2
    assert {a["actor"] for a in _mentions(text, "actor")} == {"Military Forces of Mali"}


def test_the_area_of_a_town_the_story_placed_is_that_town():
    # (Lere alone is read in Nigeria's Kaduna; the story places it in Timbuktu, Mali)
    text = (
        "Residents of Lere, in the Timbuktu region, said a drone strike killed six herders. "
        "The army said it had hit a rebel camp in the Lere area."
    )
    lere = [p for p in _mentions(text, "place") if p["location"] == "Lere"]
    assert [(p["country"], p["admin1"]) for p in lere] == [("Mali", "Tombouctou")] * 2
    assert "Military Forces of Mali" in {a["actor"] for a in _mentions(text, "actor")}
