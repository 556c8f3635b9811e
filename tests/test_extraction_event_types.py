"""ACLED event and sub-event typing from cue words and who was harmed."""

from __future__ import annotations

import pytest
from sitrep.event_types import classify_event


@pytest.mark.parametrize(
    ("text", "kwargs", "expected"),
    [
        ("Rebels and soldiers clashed near the town.", {}, ("Battles", "Armed clash")),
        (
            "Gunmen killed five villagers in their homes.",
            {"target_kind": "civilian", "killed": 5},
            ("Violence against civilians", "Attack"),
        ),
        (
            "Militants ambushed an army patrol, killing four soldiers.",
            {"target_kind": "armed", "killed": 4},
            ("Battles", "Armed clash"),
        ),
        (
            "Russian forces shelled the town with artillery.",
            {},
            ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ),
        (
            "A drone strike hit a vehicle on the highway.",
            {},
            ("Explosions/Remote violence", "Air/drone strike"),
        ),
        (
            "A roadside bomb exploded under a police truck.",
            {},
            ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ),
        ("An attacker threw a grenade into a bar.", {}, ("Explosions/Remote violence", "Grenade")),
        (
            "A suicide bomber blew himself up at a checkpoint.",
            {},
            ("Explosions/Remote violence", "Suicide bomb"),
        ),
        (
            "Gunmen kidnapped 14 students from a school.",
            {"target_kind": "civilian"},
            ("Violence against civilians", "Abduction/forced disappearance"),
        ),
        (
            "Soldiers raped two women in the village.",
            {},
            ("Violence against civilians", "Sexual violence"),
        ),
        (
            "Teachers held a peaceful march to demand unpaid salaries.",
            {},
            ("Protests", "Peaceful protest"),
        ),
        (
            "Police fired tear gas to disperse protesters outside the ministry.",
            {},
            ("Protests", "Protest with intervention"),
        ),
        (
            "Police shot dead two protesters during the demonstration.",
            {"killed": 2, "attacker_is_state": True},
            ("Protests", "Excessive force against protesters"),
        ),
        (
            "Protesters threw stones at police and burned tyres on the highway.",
            {},
            ("Riots", "Violent demonstration"),
        ),
        ("A mob lynched a suspected thief in the market.", {}, ("Riots", "Mob violence")),
        (
            "Police arrested the opposition leader at his home.",
            {},
            ("Strategic developments", "Arrests"),
        ),
        (
            "Looting: armed men looted shops in the town.",
            {},
            ("Strategic developments", "Looting/property destruction"),
        ),
        (
            "Security forces seized a cache of weapons and defused an IED.",
            {},
            ("Strategic developments", "Disrupted weapons use"),
        ),
        (
            "The two sides signed a ceasefire agreement in the capital.",
            {},
            ("Strategic developments", "Agreement"),
        ),
        (
            "Militants recaptured nothing; the army regained control of the town after fighting.",
            {"attacker_is_state": True},
            ("Battles", "Government regains territory"),
        ),
    ],
)
def test_classify_event(text, kwargs, expected):
    assert classify_event(text, **kwargs) == expected


def test_month_march_is_not_a_protest():
    assert classify_event("On 3 March 2022, soldiers clashed with rebels.")[0] == "Battles"


def test_air_strike_is_not_a_labour_strike():
    assert classify_event("An air strike hit the market.")[1] == "Air/drone strike"


def test_deaths_at_state_hands_turn_a_protest_into_excessive_force():
    text = "Students protested outside the university."
    assert classify_event(text, killed=1, state_involved=True)[1] == (
        "Excessive force against protesters"
    )
    assert classify_event(text, killed=1)[1] == "Peaceful protest"
