"""Named armed groups are typed as armed (seeds/actors.csv): a gang, a faction or a local
defence force told by its name can be blamed for an attack and gives the attack its country."""

from __future__ import annotations

import datetime as dt

import pytest
from sitrep.actors import NONSTATE_ARMED_TYPES, actor_table
from sitrep.extraction import extract_document


def _events(text: str, published: dt.date) -> list[dict]:
    _analysis, events, _casualties = extract_document(text, published)
    return [e for e in events if not e["is_background"]]


@pytest.mark.parametrize(
    "actor",
    [
        "B-18: Barrio-18",
        "Gulf Clan",
        "Pyu Saw Htee",
        "Ahrar al Sharqiyah",
        "FPIC: Patriotic and Integrationist Force of Congo",
        "YDF: Yaw Defense Force",
        "MFDC: Movement of Democratic Forces of Casamance",
    ],
)
def test_named_armed_groups_are_non_state_armed(actor: str) -> None:
    types = {row["actor"]: row["actor_type"] for row in actor_table()}
    assert types[actor] in NONSTATE_ARMED_TYPES


def test_parties_and_unions_stay_other() -> None:
    types = {row["actor"]: row["actor_type"] for row in actor_table()}
    assert types["UNITA: National Union for the Total Independence of Angola"] == "other"
    assert types["CGT: General Confederation of Labour (France)"] == "other"


def test_police_blame_names_the_gang() -> None:
    text = (
        "Police blamed the Gulf Clan for the killing of two farmers in a rural area of "
        "Caucasia, Antioquia, on Sunday."
    )
    (event,) = _events(text, dt.date(2023, 5, 2))
    assert event["event_type"] == "Violence against civilians"
    assert event["actor1"] == "Gulf Clan"
    assert event["actor2"] == "Civilians (Colombia)"


@pytest.mark.parametrize(
    ("text", "actor1", "victims"),
    [
        (
            "Residents of Jugu said fighters of the FPIC killed four displaced people in an "
            "overnight raid on their camp.",
            "FPIC: Patriotic and Integrationist Force of Congo",
            "Civilians (Democratic Republic of Congo)",
        ),
        (
            "A Pyu Saw Htee gang burned down ten houses in a village of Kani township on "
            "Thursday and shot a farmer dead.",
            "Pyu Saw Htee",
            "Civilians (Myanmar)",
        ),
    ],
)
def test_armed_group_gives_its_victims_its_country(text: str, actor1: str, victims: str) -> None:
    (event,) = _events(text, dt.date(2023, 5, 2))
    assert event["actor1"] == actor1
    assert event["actor2"] == victims


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "Close to Kyauk Ka village in Kani township, Sagaing region, the Kani PDF fought "
            "junta soldiers who had come to loot rice from the villagers on Sunday. Two soldiers "
            "died.",
            "PDF: People's Defense Force",
        ),
        (
            "Near the village of Lel Gyi, the Yaw Defense Force attacked a Pyu Saw Htee camp "
            "that had been taxing farmers, on Tuesday. One militiaman was killed.",
            "YDF: Yaw Defense Force",
        ),
    ],
)
def test_villagers_read_before_an_armed_party_are_no_side_of_its_battle(
    text: str, actor1: str
) -> None:
    battles = [e for e in _events(text, dt.date(2023, 5, 2)) if e["event_type"] == "Battles"]
    assert battles
    assert battles[0]["actor1"] == actor1
