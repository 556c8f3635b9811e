"""Encounters, suicide bombings, mob violence, party clashes and air strikes in India,
Pakistan, Afghanistan, Bangladesh, Nepal, Sri Lanka and Myanmar (read wrong on the
twenty-second blind set of articles)."""

from __future__ import annotations

import datetime as dt

from .news import news_events

MOSQUE = (
    "KABUL, Afghanistan (AP) - A suicide bomber blew himself up at the entrance of a Shiite "
    "mosque in western Kabul during evening prayers on Thursday, killing at least a dozen "
    "worshippers, a police spokesman said.\n\n"
    "By Friday morning, the Health Ministry said the toll had risen to 19 dead and 41 wounded. "
    "The bomber was also killed.\n\n"
    "The Islamic State group's regional affiliate, known as Islamic State in Khorasan "
    "Province, claimed responsibility in a statement."
)


def test_a_bomber_also_killed_after_a_toll_of_the_victims_is_one_more():
    assert [e["fatalities"] for e in news_events(MOSQUE, dt.date(2024, 11, 22))] == [20]


def test_a_place_inside_a_groups_name_does_not_give_the_group_its_country():
    events = news_events(MOSQUE, dt.date(2024, 11, 22))
    assert [e["actor1"] for e in events] == ["Islamic State (Afghanistan)"]
