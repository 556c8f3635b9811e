"""Armed groups a story names as its press does, coded with ACLED's own actor names: FARC
dissidents (ACLED's "FARC Dissident: ..." faction, not a name of our own), the Philippines'
"communist rebels" (the New People's Army), Sindh's separatist SRA, Syria's "Kurdish-led
forces" (the SDF) and security guards (ACLED's Private Security Forces)."""

from __future__ import annotations

import datetime as dt

from .news import news_events

FARC_DISSIDENTS = "FARC Dissident: Revolutionary Armed Forces of Colombia Dissident Faction"


def _actors(text: str) -> tuple[str | None, str | None]:
    [event] = news_events(text, dt.date(2025, 6, 12))
    return event["actor1"], event["actor2"]


def test_farc_dissidents_take_acleds_name_for_the_dissident_faction():
    actor1, _ = _actors(
        "FARC dissidents attacked a police post in Suarez, Cauca, on Wednesday, killing two "
        "officers, the police said."
    )
    assert actor1 == FARC_DISSIDENTS


def test_dissidents_of_the_former_farc_are_the_dissident_faction():
    _, actor2 = _actors(
        "Colombian troops clashed with dissidents of the former FARC guerrilla near Tibu, in "
        "Norte de Santander, on Wednesday, killing three of them, the army said."
    )
    assert actor2 == FARC_DISSIDENTS


def test_communist_rebels_in_the_philippines_are_the_new_peoples_army():
    _, actor2 = _actors(
        "Philippine Army soldiers killed three communist rebels in a firefight in the hills of "
        "Las Navas, Northern Samar, on Wednesday, the military said."
    )
    assert actor2 == "NPA: New People's Army"


def test_the_sindhudesh_revolutionary_army_is_a_known_group():
    _, actor2 = _actors(
        "Police in Sindh said on Wednesday they had arrested two members of the banned "
        "Sindhudesh Revolutionary Army in Hyderabad and seized a bomb."
    )
    assert actor2 == "SRA: Sindhudesh Revolutionary Army"


def test_kurdish_led_forces_in_syria_are_the_sdf():
    actor1, _ = _actors(
        "Kurdish-led forces shelled the village of Tal Tamr in Hasakah province on Wednesday, "
        "killing two civilians, activists said."
    )
    assert actor1 == "QSD: Syrian Democratic Forces"


def test_security_guards_are_acleds_private_security_forces():
    _, actor2 = _actors(
        "Gunmen robbed a fuel station in Garissa town on Wednesday, killing a security guard, "
        "police said."
    )
    assert actor2 == "Private Security Forces (Kenya)"
