"""An attack named after the group that made it ("a gang attack", "a jihadist raid") was made
by that group, also in a lead about its death toll, where the group is named after the words
of the toll: "The death toll from a gang attack on X has risen to 19"."""

from __future__ import annotations

import datetime as dt

from .news import news_events

THU = dt.date(2025, 4, 17)


def test_the_toll_of_a_gang_attack_is_of_the_gangs_victims():
    [event] = news_events(
        "The death toll from a gang attack on the town of Mirebalais has risen to 19, the mayor "
        "said on Thursday.",
        THU,
    )
    assert event["event_type"] == "Violence against civilians"
    assert event["actor1"].startswith("Unidentified Gang")
    assert event["actor2"] == "Civilians (Haiti)"


def test_the_toll_of_a_jihadist_raid_on_an_army_base_is_a_battle_the_jihadists_began():
    [event] = news_events(
        "The death toll from a jihadist raid on an army base in Djibo has risen to 23, security "
        "sources said on Thursday.",
        THU,
    )
    assert event["event_type"] == "Battles"
    assert event["actor1"] != "Unidentified Armed Group (Burkina Faso)"
    assert event["actor2"].startswith("Military Forces of Burkina Faso")


def test_an_attack_that_was_repulsed_leaves_the_group_no_initiator_by_its_name():
    # ("repulsed an attempted al Shabaab attack": the defenders acted; the name alone makes
    # the group no initiator)
    [event] = news_events(
        "Kenyan police repulsed an attempted al Shabaab attack on their camp near Mandera "
        "on Wednesday, officials said.",
        THU,
    )
    assert event["actor2"] == "Al Shabaab"
