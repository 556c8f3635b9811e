"""Who a count is of. Police ranks name the police ("a patrolman", "two constables"), so the
officers a story counts first and then names one by one by rank are counted once; and a clause
that opens after "including ..." ("killing 12 militants including a commander, and lost two
soldiers") is no part of the count the "including" breaks down."""

from __future__ import annotations

import datetime as dt

from .news import news_events


def test_officers_counted_then_named_by_rank_are_counted_once():
    [event] = news_events(
        "Three police officers were killed when gunmen attacked a checkpoint outside Tumaco, in "
        "Narino, late on Tuesday, police said.\n\nThe attackers fired from a moving pickup, a "
        "police commander told reporters. A patrolman, a sergeant and a sub-lieutenant died "
        "before help arrived.",
        dt.date(2025, 3, 12),
    )
    assert event["fatalities"] == 3
    assert event["actor2"].startswith("Police Forces of Colombia")


def test_a_constable_killed_by_a_mob_is_of_the_police():
    [event] = news_events(
        "A constable was beaten to death by a mob in Sheikhupura, Punjab, on Monday after "
        "he tried to stop the lynching of a man accused of theft, police said.",
        dt.date(2025, 3, 12),
    )
    assert event["actor2"].startswith("Police Forces of Pakistan")


def test_a_side_that_lost_soldiers_after_an_including_clause_counts_them():
    # ("including a commander" is part of the 12; ", and lost two soldiers" opens a clause)
    [event] = news_events(
        "The army said troops repelled an attack on their base in Diffa on Monday, killing 12 "
        "militants including a commander, and lost two soldiers.",
        dt.date(2025, 3, 12),
    )
    assert event["fatalities"] == 14


def test_a_list_after_including_stays_part_of_the_count():
    [event] = news_events(
        "Gunmen killed nine people in Diffa on Monday, including two children, three women, "
        "and a man, officials said.",
        dt.date(2025, 3, 12),
    )
    assert event["fatalities"] == 9
