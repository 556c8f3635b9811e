"""A group's possessive ("the ELN's Northeastern War Front", read wrong on the fifteenth blind
set): the group is named, and its acronym is no place."""

from __future__ import annotations

import datetime as dt

from sitrep.actors import find_actors
from sitrep.places import find_places

from .news import news_events


def test_an_acronym_with_a_possessive_names_its_group():
    mentions = find_actors("The ELN's Northeastern War Front said its fighters attacked.")
    assert [(m.text, m.actor) for m in mentions][:1] == [("ELN", "ELN: National Liberation Army")]


def test_a_groups_possessive_acronym_is_not_a_namesake_place():
    assert find_places("The ELN's Northeastern War Front said its fighters attacked.") == []


def test_who_calls_for_safe_passage_in_a_live_blog_entry_is_no_party_to_the_shelling():
    events = news_events(
        "17:05 — The death toll from this morning's shelling in El Obeid has risen to 11, "
        "medics say.\n\n"
        "14:30 — The UN's humanitarian coordinator has called for safe passage for civilians "
        "in North Kordofan.\n\n"
        "12:50 — At least seven civilians were killed when shells struck El Obeid this morning. "
        "Witnesses say the shells were fired from Rapid Support Forces positions.",
        dt.date(2025, 5, 15),
    )
    assert events[0]["actor1"] != "UN: United Nations"


def test_troops_of_a_named_group_are_the_groups_fighters_not_the_states_army():
    [event] = news_events(
        "On Friday, the combined troops of the Karenni Nationalities Defense Force attacked a "
        "military camp near Loikaw, Kayah state.",
        dt.date(2024, 3, 2),
    )
    assert (event["actor1"], event["actor2"]) == (
        "KNDF: Karenni Nationalities Defense Force",
        "Military Forces of Myanmar",
    )
