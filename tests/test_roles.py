"""Who attacked whom: actor1 and actor2 of the primary event, read from invented prose."""

from __future__ import annotations

import pytest
from sitrep.extraction import extract_document


def _primary(text: str) -> dict:
    _analysis, events, _casualties = extract_document(text, None)
    return next(e for e in events if not e["is_background"])


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        pytest.param(
            "Looting: On 2 March 2023, Islamist Militia fighters looted grain stores in Mocimboa.",
            "Islamist Militia (Mozambique)",
            "Civilians (Mozambique)",
            id="a topic label is not the verb that splits attacker from target",
        ),
        pytest.param(
            "Movement of forces: On 8 May 2023, Russian forces conducted a patrol near Qamishli.",
            "Military Forces of Russia",
            None,
            id="a topic label leaves the patrolling force as actor1",
        ),
        pytest.param(
            "On 3 May 2023, near Loikaw, gunfire was traded between the Myanmar military and a "
            "PDF.",
            "Military Forces of Myanmar",
            "PDF: People's Defense Force",
            id="the side named first after 'between' is actor1",
        ),
        pytest.param(
            "On 1 April 2023, gunmen suspected to be members of the New Patriotic Party attacked "
            "a district chief at his house in Techiman, Ghana.",
            "NPP: New Patriotic Party",
            "Civilians (Ghana)",
            id="gunmen suspected to be party members are coded as the party",
        ),
        pytest.param(
            "On 9 May 2023, shells fired by alleged LNA forces hit a Tripoli market and killed two "
            "civilians.",
            "Military Forces of Libya Haftar Faction",
            "Civilians (Libya)",
            id="shells fired by alleged forces name those forces as attacker",
        ),
    ],
)
def test_who_attacked_whom(text: str, actor1: str, actor2: str | None):
    event = _primary(text)
    assert (event["actor1"], event["actor2"]) == (actor1, actor2)


def test_attackers_allegedly_belonging_to_a_group_are_that_group():
    text = (
        "On 9 April 2023, a fishing camp outside Nangade was raided by gunmen allegedly "
        "belonging to ASWJ, and four fishermen were killed."
    )
    assert _primary(text)["actor1"] == "Islamist Militia (Mozambique)"


@pytest.mark.parametrize(
    ("text", "event_type", "actor2"),
    [
        pytest.param(
            "On 5 May 2023, gunmen shot dead two villagers believed to be Fulani herdsmen near "
            "Djibo, Burkina Faso.",
            "Violence against civilians",
            "Civilians (Burkina Faso)",
            id="victims believed to be of a group are not coded as that group",
        ),
        pytest.param(
            "On 3 June 2023, JNIM militants attacked an outpost of volunteer fighters near Koura "
            "(Titao, Loroum); two volunteer fighters were killed.",
            "Battles",
            "VDP: Volunteer for Defense of Homeland",
            id="volunteer fighters in Burkina Faso are the VDP",
        ),
    ],
)
def test_what_was_hit(text: str, event_type: str, actor2: str):
    event = _primary(text)
    assert (event["event_type"], event["actor2"], event["assoc_actor_2"]) == (
        event_type,
        actor2,
        None,
    )
