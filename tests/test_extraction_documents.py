"""Whole-document behaviour: datelines, several events, history, roles and defaults."""

from __future__ import annotations

import datetime as dt

import pytest
from sitrep.extraction import extract_document


def _events(text, published=None):
    _analysis, events, casualties = extract_document(text, published)
    return events, casualties


def _first_day(text, published=None):
    return _events(text, published)[0][0]["date_start"]


def test_dateline_is_not_the_event_date_or_place():
    text = (
        "NAIROBI, March 3 (Reuters) - Gunmen killed 12 people in an attack on a village in "
        "Marsabit county on Saturday, police said."
    )
    events, _ = _events(text, dt.date(2024, 3, 3))
    assert events[0]["date_start"] == dt.date(2024, 3, 2)
    assert events[0]["location"] != "Nairobi"
    assert events[0]["fatalities"] == 12


def test_history_sentence_adds_no_event():
    text = (
        "Gunmen killed 12 people in a village on Saturday, police said. In 2019, a similar "
        "attack killed 5 people in the same area."
    )
    events, _ = _events(text, dt.date(2024, 3, 3))
    assert sum(e["fatalities"] for e in events if not e["is_background"]) == 12


def test_toll_update_goes_to_the_event_it_names():
    text = (
        "A roadside bomb killed four soldiers near Gao on Monday, the army said. On Wednesday, "
        "militants ambushed a convoy near Menaka, killing two civilians. The death toll from "
        "Monday's blast later rose to six."
    )
    events, _ = _events(text, dt.date(2024, 6, 7))
    by_date = {e["date_start"]: e["fatalities"] for e in events}
    assert by_date == {dt.date(2024, 6, 3): 6, dt.date(2024, 6, 5): 2}


def test_acled_style_note_uses_its_own_date_and_unnamed_attacker():
    text = "On 28 April 2020, unknown gunmen shot dead two farmers in Kaya, Sanmatenga."
    events, _ = _events(text)
    event = events[0]
    assert event["date_start"] == dt.date(2020, 4, 28)
    assert (event["event_type"], event["sub_event_type"]) == (
        "Violence against civilians",
        "Attack",
    )
    assert event["actor1"].startswith("Unidentified Armed Group")
    assert event["actor2"].startswith("Civilians")
    assert event["fatalities"] == 2


def test_protesters_are_actor1_of_a_protest():
    text = "Thousands of teachers marched through Accra on Tuesday to demand better pay."
    events, _ = _events(text, dt.date(2024, 5, 9))
    assert events[0]["event_type"] == "Protests"
    assert events[0]["actor1"].startswith("Protesters")


def test_day_without_year_borrows_the_year_written_elsewhere():
    text = "On 3 May, rebels attacked a base. The army said on 4 May 2021 that 5 rebels died."
    events, _ = _events(text)
    assert events[0]["date_start"] == dt.date(2021, 5, 3)


def test_empty_text_gives_nothing():
    assert _events("") == ([], [])


def test_toll_split_across_events_gives_this_events_share():
    text = (
        "On 2 May 2021, gunmen killed 9 villagers in two hamlets near Djibo. "
        "Fatalities are spread over two events."
    )
    events, casualties = _events(text)
    assert [c["count_low"] for c in casualties] == [9]
    assert events[0]["fatalities"] == 5  # 9 / 2, rounded half up


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On 3 March 2021, Katiba Macina militants ambushed a convoy near Dala.",
            # admin1: Katiba Macina's theatre (seeds/theatres.csv)
            {"country": "Mali", "admin1": "Mopti", "location": "Dala"},
            id="a namesake abroad (Dala, Angola) gives way to where local fighters point",
        ),
        pytest.param(
            "On 3 March 2021, gunmen ambushed a convoy near Dala.",
            {"country": "Angola"},
            id="with nothing pointing elsewhere the gazetteer's reading stands",
        ),
        pytest.param(
            "On 3 March 2021, Russian warplanes struck positions near Idlib.",
            {"country": "Syria"},
            id="foreign air forces do not move the place they strike",
        ),
        pytest.param(
            "Katiba Macina fighters burned granaries and killed a herder in Dera on Monday.",
            {"country": "Mali", "location": "Dera"},
            id="generic actors echoing a namesake's country are no evidence for it",
        ),
        pytest.param(
            "Hundreds marched in Perth (Western Australia) on Sunday to show support for "
            "Palestine.",
            {"country": "Australia", "admin1": "Western Australia"},
            id="a place pinned down by its division keeps its country",
        ),
        pytest.param(
            "Militants ambushed Burkinabe troops near Mangodara (Comoe) on Friday, wounding "
            "three soldiers.",
            {"country": "Burkina Faso", "admin1": "Cascades"},
            id="a division shared by neighbours is read where the actors point",
        ),
        pytest.param(
            "Militants looted shops in Ansongo on Monday (coded as Gao at geoprecision 2).",
            {"location": "Gao"},
            id="the place a note says it was coded to wins",
        ),
        pytest.param(
            "On 4 May 2022, gunmen shot a trader in Encruzilhada, a quarter of Recife - North "
            "Zone (Pernambuco).",
            {"country": "Brazil", "admin1": "Pernambuco", "location": "Recife - North Zone"},
            id="ACLED's city - district name outranks a quarter named before it",
        ),
        pytest.param(
            "Members of the Lango Farmers Cooperative (LFC) marched in Lira on Friday.",
            {"country": "Uganda", "admin1": "Lira", "location": "Lira"},
            id="an organisation's acronym in brackets does not make it a place",
        ),
        pytest.param(
            "Two trucks of a MINUSMA supply convoy hit a mine 8km south of Zorbatti.",
            {"country": "Mali", "location": "Zorbatti"},
            id="a peace mission named for a country places an unknown village there",
        ),
        pytest.param(
            "On Monday the OSCE SMM recorded 12 explosions near Zolonivka.",
            {"country": "Ukraine", "location": "Zolonivka"},
            id="the OSCE monitoring mission places unknown villages in Ukraine",
        ),
        pytest.param(
            "On 6 May 2020, Asayish forces arrested two men in Tal Tamr (Al-Hasakeh).",
            {"country": "Syria", "admin1": "Al-Hasakeh"},
            id="a respelled division keeps its former spelling before the change",
        ),
        pytest.param(
            "On 6 May 2022, Asayish forces arrested two men in Tal Tamr (Al-Hasakeh).",
            {"country": "Syria", "admin1": "Al Hasakeh"},
            id="a respelled division takes its current spelling after the change",
        ),
        pytest.param(
            "On 6 May 2022, soldiers raided a house in Jenin (Jenin, West Bank) at dawn.",
            {"country": "Palestine", "admin1": "West Bank", "location": "Jenin"},
            id="a country alias that is also one of its divisions gives the admin1",
        ),
        pytest.param(
            "On 4 May 2020, dozens of families were evicted from Eldoret. Police fired "
            "teargas at tenants who refused to leave.",
            {"country": "Kenya", "admin1": "Uasin Gishu", "location": "Eldoret"},
            id="the sentence that sets the scene places an event whose cue names no place",
        ),
        pytest.param(
            "On 2 June 2022, a soldier was killed in a blast somewhere in North Sinai. The "
            "exact spot is unknown; it was coded as Al Arish (North Sinai).",
            {"country": "Egypt", "admin1": "North Sinai", "location": "Al Arish"},
            id="the place a note says it was coded to wins from another sentence",
        ),
        pytest.param(
            "Militants torched a school between Djibo and Arbinda (coded as Markoye at "
            "geoprecision 2).",
            {"country": "Burkina Faso", "admin1": "Sahel", "location": "Markoye"},
            id="a coded-to village the gazetteer lacks still wins, in the event's country",
        ),
        pytest.param(
            "On 3 June 2022, in towns of the Punilla valley (coded to Rio Ceballos, "
            "Cordoba), teachers protested.",
            {"country": "Argentina", "admin1": "Cordoba", "location": "Rio Ceballos"},
            id="a coded-to place inside an area is read in the area's country",
        ),
        pytest.param(
            "Bandits raided a farm in Kulan (Garissa, coordinates for Dadaab used), wounding "
            "a herder.",
            {"country": "Kenya", "admin1": "Garissa", "location": "Dadaab"},
            id="the place whose coordinates a note says it used wins",
        ),
        pytest.param(
            "On 3 March 2021, nurses across Mali went on strike over unpaid wages.",
            {"country": "Mali", "admin1": "Bamako", "location": "Bamako"},
            id="a national-level event that names no place is coded to the capital",
        ),
        pytest.param(
            "On 3 March 2021, gunmen ambushed an army patrol somewhere in Mali, killing two "
            "soldiers.",
            {"country": "Mali", "admin1": None, "location": None},
            id="a fight that names no place gets no capital: that would be a guess",
        ),
        pytest.param(
            "On 3 March 2021, bandits looted cattle and burned granaries somewhere in Niger.",
            {"country": "Niger", "admin1": None, "location": None},
            id="looting that names no place gets no capital either",
        ),
        pytest.param(
            "On 3 May 2020, JNIM militants attacked the hamlet of Zokmaga, killing two Koglweogo.",
            {"country": "Burkina Faso"},
            id="on a tie a border-crossing rebel group yields to a local militia",
        ),
        pytest.param(
            "Armed gangs have been terrorising Lichinga for weeks, looting shops at night.",
            {"country": "Mozambique", "admin1": "Niassa", "location": "Lichinga"},
            id="an event nothing else places takes a known town named without a cue",
        ),
        pytest.param(
            "Pouytenga traders closed their shops. They staged a sit-in at Zokmaga market.",
            {"country": "Burkina Faso", "location": "Zokmaga"},
            id="an unknown place takes the country of a town named without a cue",
        ),
    ],
)
def test_where_the_event_happened(text: str, expected: dict):
    _, [event], _ = extract_document(text, None)
    assert {key: event[key] for key in expected} == expected


def test_a_coded_as_phrase_read_as_a_name_is_no_coded_place():
    text = (
        "On 2 May 2022, Syrian regime troops moved into the Homs desert. Coded as Tadmor city, "
        "Homs for the desert."
    )
    _, [event], _ = extract_document(text, None)
    assert not (event["location"] or "").lower().startswith("coded")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Armed youths from Warrap state raided a cattle camp in Rubkona County of Unity, "
            "killing six herders.",
            ("Unity", "Rubkona"),
        ),
        (
            "Armed youths from Lakes state attacked traders in Terekeka County, killing two.",
            ("Central Equatoria", "Terekeka"),
        ),
    ],
)
def test_among_divisions_the_one_attackers_came_from_is_not_the_scene(text, place):
    _analysis, events, _casualties = extract_document(text, dt.date(2023, 3, 12))
    assert (events[0]["admin1"], events[0]["location"]) == place


def test_a_place_people_were_evacuated_to_is_not_the_scene():
    _analysis, events, _casualties = extract_document(
        "On 3 May 2022, 60 civilians were evacuated from the villages of the Mykolaiv region "
        "to the Odesa region.",
        dt.date(2022, 5, 4),
    )
    assert events[0]["admin1"] == "Mykolaiv"


def test_a_place_a_crowd_condemns_violence_in_is_not_where_it_gathered():
    _analysis, events, _casualties = extract_document(
        "On 2 May 2022, hundreds of Ukrainians rallied outside the Town Hall (Tallinn - "
        "Kesklinn) to condemn atrocities committed in Irpin, Ukraine.",
        dt.date(2022, 5, 3),
    )
    assert (events[0]["country"], events[0]["location"]) == ("Estonia", "Tallinn - Kesklinn")


def test_every_place_of_a_list_of_origins_is_where_people_came_from():
    _analysis, events, _casualties = extract_document(
        "On 5 June 2021, students from Beirut, Byblos and Aarsal held a sit-in at the "
        "university campus in Tripoli City.",
        dt.date(2021, 6, 6),
    )
    assert (events[0]["admin1"], events[0]["location"]) == ("North", "Tripoli")


def test_a_highway_named_for_a_place_stands_in_the_town_named_after_it():
    _analysis, events, _casualties = extract_document(
        "On 14 March 2022, cyclists blocked the junction of Oxford Street and Grandview "
        "Highway in Burnaby (British Columbia).",
        dt.date(2022, 3, 15),
    )
    assert (events[0]["country"], events[0]["location"]) == ("Canada", "Burnaby")


def test_a_note_dated_only_by_its_report_takes_that_day():
    # a note that opens no event of its own tells one all the same, on the only day it gives
    text = (
        "Residents said on 6 March 2022 that the cartel had put up checkpoints at the edge of "
        "Apatzingan, stopping cars."
    )
    assert _first_day(text) == dt.date(2022, 3, 6)


@pytest.mark.parametrize(
    ("second", "day"),
    [
        # the count runs from the night told first, the weekday names the day itself
        ("Two days later, on Sunday, a bomb hit an army truck near Kaya.", dt.date(2024, 4, 14)),
        (
            "Three days after the night raid, on 15 April, a bomb hit an army truck near Kaya.",
            dt.date(2024, 4, 15),
        ),
    ],
)
def test_a_counted_day_that_names_its_day_is_the_day_it_names(second, day):
    text = (
        "Gunmen attacked the village of Dablo late on Friday night, killing seven people, "
        f"residents said. The army said on Saturday it had sent reinforcements.\n\n{second}"
    )
    events, _ = _events(text, dt.date(2024, 4, 17))
    assert [e["date_start"] for e in events if not e["is_background"]] == [
        dt.date(2024, 4, 12),
        day,
    ]


def test_the_day_a_spokesman_retells_the_attack_is_not_its_day():
    text = (
        "LOME, May 10 (Reuters) - Four Togolese soldiers were killed in an attack on an army post "
        "in the far north on Tuesday, a government spokesman said.\n\n"
        "The attack targeted a post near Dapaong, close to the border with Burkina Faso, the "
        "spokesman told reporters on Wednesday. Two attackers were killed in the fighting."
    )
    assert _first_day(text, dt.date(2023, 5, 10)) == dt.date(2023, 5, 9)


def test_a_death_from_wounds_is_dated_by_the_day_the_wounds_were_given():
    text = (
        "A local councillor died on Tuesday evening of wounds he received when gunmen shot him "
        "outside his shop in Kaduna late on Monday, police said."
    )
    assert _first_day(text, dt.date(2024, 6, 13)) == dt.date(2024, 6, 10)


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        # an agency that closes with a colon (the Associated Press of Pakistan)
        (
            "QUETTA, Mar 4 (APP): Gunmen shot dead two labourers at a construction site near "
            "Turbat on Sunday night, police said.",
            dt.date(2024, 3, 3),
            "Turbat",
        ),
        # an agency whose bracket holds a note on the text, below a title
        (
            "Clashes in Cabo Delgado\n\nBeira, 4 Mar 2024 (Lusa, translated from Portuguese) - "
            "Insurgents raided the village of Mbau, in Mocimboa da Praia district, on Saturday, "
            "killing three fishermen.",
            dt.date(2024, 3, 2),
            "Mbau",
        ),
    ],
)
def test_a_datelines_day_and_town_are_neither_the_events(text, day, place):
    events, _ = _events(text, dt.date(2024, 3, 4))
    assert (events[0]["date_start"], events[0]["location"]) == (day, place)
