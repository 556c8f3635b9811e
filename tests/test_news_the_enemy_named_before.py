"""The side a country's forces fought, when the fight's sentence calls it only 'the group',
'rebels' or 'fighters': the one armed group the story named before (not when the story says
the group is unknown, nor when two groups were named)."""

from __future__ import annotations

import datetime as dt

from sitrep.actors import find_actors

from .news import news_events

WED = dt.date(2023, 11, 22)

RAID = (
    "KAMPALA (Reuters) - Gunmen killed four farmers in a raid on a village near Kasese in "
    "western Uganda on Monday, police said.\n\n"
    "Police said the gunmen were members of the Allied Democratic Forces (ADF), who had crossed "
    "from Congo.\n\n"
)


FIGHT = (
    "Soldiers pursued the group and on Tuesday engaged it near Bwera, killing three of the "
    "fighters."
)


def _battle(text: str) -> dict:
    return next(e for e in news_events(text, WED) if e["event_type"] == "Battles")


def test_the_group_the_story_named_is_the_side_the_army_fought():
    text = RAID + FIGHT
    battle = _battle(text)
    assert battle["actor1"].startswith("Military Forces of Uganda")
    assert battle["actor2"] == "ADF: Allied Democratic Forces"


def test_a_story_that_says_the_group_is_unknown_leaves_it_unnamed():
    text = (
        RAID + "Separately, troops killed three militants near Bwera on Tuesday, the army said, "
        "without naming the group they belonged to."
    )
    assert _battle(text)["actor2"] != "ADF: Allied Democratic Forces"


def test_two_groups_named_leave_the_side_open():
    text = RAID.replace("(ADF)", "(ADF) and the Mai-Mai") + FIGHT
    assert _battle(text)["actor2"] != "ADF: Allied Democratic Forces"


def test_the_taang_national_liberation_army_is_not_colombias_eln():
    text = "the Ta'ang National Liberation Army said junta troops shelled its positions"
    assert [m.actor for m in find_actors(text, country="Myanmar")][0] == (
        "PSLF/TNLA: Palaung State Liberation Front/Ta'ang National Liberation Army"
    )
