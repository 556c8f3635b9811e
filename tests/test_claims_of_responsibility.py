"""Who did it, when the story names them only after its lead: a claim of responsibility, a
blame or an attribution that names a group and points back at the act ("the ambush", "Tuesday's
bombing", the act's place) makes that group the actor1 of the act it names, not of another event
of the story; a group that only denies a role, or that the story calls merely active in the
area, is not coded as the attacker. (Sentences of our own.)"""

from __future__ import annotations

import datetime as dt

import pytest
from sitrep.extraction import extract_document

_BANNU = (
    "PESHAWAR, May 7 (Reuters) - Gunmen ambushed a police patrol near Bannu on Tuesday, killing "
    "three officers, officials said."
)
_AFGOYE = (
    "MOGADISHU, May 7 (Reuters) - Unknown attackers stormed a police post in Afgoye on Tuesday, "
    "killing four officers, a district commissioner said."
)
_TANK = "On Monday, a roadside bomb wounded two soldiers in Tank district, the army said."


def _news(text: str) -> list[dict]:
    _analysis, events, _casualties = extract_document(text, dt.date(2024, 5, 8))
    return [e for e in events if not e["is_background"]]


@pytest.mark.parametrize(
    "claim",
    [
        # a blame of the act on a group
        "The provincial police chief blamed the attack on Al-Shabaab.",
        "Security officials have blamed Tuesday's attack on Al-Shabaab militants.",
        # the act claimed by a group, in the passive
        "The attack was claimed on Telegram by Al-Shabaab hours later.",
        # the group telling that its men did it
        "Al-Shabaab said in a radio broadcast that its fighters carried out the attack.",
        # investigators naming the group that did it
        "Investigators said a cell of Al-Shabaab, the al Qaeda affiliate, carried out the attack.",
        # a claim of the act by a pronoun
        "Al-Shabaab claimed it late on Tuesday.",
        # an accusation of the act itself
        "The regional governor accused Al-Shabaab of being behind the attack.",
    ],
)
def test_a_later_claim_or_blame_names_the_attacker_the_lead_left_unnamed(claim):
    events = _news(f"{_AFGOYE}\n\n{claim}")
    assert [e["actor1"] for e in events] == ["Al Shabaab"]


@pytest.mark.parametrize(
    "aside",
    [
        "No group has claimed the attack, but Al-Shabaab often stages such raids in the region.",
        "Al-Shabaab denied any involvement in the attack.",
    ],
)
def test_a_denial_or_a_guess_from_habit_names_no_attacker(aside):
    events = _news(f"{_AFGOYE}\n\n{aside}")
    assert [e["actor1"] for e in events] == ["Unidentified Armed Group (Somalia)"]


@pytest.mark.parametrize(
    "claim",
    [
        "Police blamed the ambush on the Pakistani Taliban (TTP).",
        "The Pakistani Taliban (TTP) claimed responsibility for the ambush.",
        "The ambush was claimed by the Pakistani Taliban (TTP) in a statement.",
        "The Pakistani Taliban (TTP) said its fighters carried out the ambush.",
        "Police blamed Tuesday's attack on the Pakistani Taliban (TTP).",
    ],
)
def test_a_claim_told_after_a_second_event_goes_to_the_act_it_names(claim):
    events = _news(f"{_BANNU}\n\n{_TANK}\n\n{claim}")
    assert [(e["location"], e["actor1"]) for e in events] == [
        ("Bannu", "TTP: Tehreek-i-Taliban Pakistan"),
        ("Tank", "Unidentified Armed Group (Pakistan)"),
    ]


def test_a_blame_that_names_the_later_act_goes_to_it():
    blame = "Police blamed the bombing on the Pakistani Taliban (TTP)."
    events = _news(f"{_BANNU}\n\n{_TANK}\n\n{blame}")
    assert [(e["location"], e["actor1"]) for e in events] == [
        ("Bannu", "Unidentified Armed Group (Pakistan)"),
        ("Tank", "TTP: Tehreek-i-Taliban Pakistan"),
    ]


def test_a_group_that_denies_a_role_is_not_the_author_of_the_act_told_before():
    events = _news(
        f"{_BANNU}\n\n{_TANK}\n\nThe Pakistani Taliban (TTP) denied any role in the ambush."
    )
    assert [e["actor1"] for e in events] == ["Unidentified Armed Group (Pakistan)"] * 2


def test_a_blamed_group_stays_the_author_though_it_denies():
    events = _news(
        f"{_AFGOYE}\n\nPolice blamed the attack on Al-Shabaab. Al-Shabaab denied any role in it."
    )
    assert [e["actor1"] for e in events] == ["Al Shabaab"]


def test_a_short_note_that_closes_on_who_claimed_the_blast():
    events = _news(
        "Army truck hit by a roadside mine near Boulkessi, three soldiers hurt. "
        "Claimed by JNIM on 3 May."
    )
    assert [(e["actor1"], e["actor2"], e["assoc_actor_1"]) for e in events] == [
        ("JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali", None)
    ]


def test_a_device_believed_planted_by_a_group_is_that_group_s_blast():
    events = _news(
        "On 4 May, a French patrol vehicle hit a mine outside Menaka. Nobody was hurt. The mine "
        "is thought to have been planted by the Islamic State Sahel Province."
    )
    assert [e["actor1"] for e in events] == ["Islamic State (Sahel)"]


def test_the_renamo_military_junta_is_a_rebel_group():
    events = _news(
        "On 2 May, gunmen ambushed a truck on the EN1 near Gorongosa, killing the driver. Police "
        "think the ambush was carried out by the Renamo Military Junta."
    )
    assert [e["actor1"] for e in events] == ["RMJ: Renamo Military Junta"]


def test_a_claim_whose_claimant_is_described_by_its_tally_still_names_the_attacker():
    events = _news(
        "BAGHDAD, May 7 (AFP) - A drone hit the Harir airbase in northern Iraq on Tuesday night, "
        "a Kurdish security official said.\n\nThe attack was claimed by the Islamic Resistance in "
        "Iraq, an alliance of armed factions that has claimed scores of attacks on US bases since "
        "October."
    )
    assert [e["actor1"] for e in events] == ["Islamic Resistance in Iraq"]


def test_an_act_blamed_on_the_same_group_takes_the_group_named_for_the_act_before():
    events = _news(
        "OUAGADOUGOU, May 7 (AFP) - Jihadists attacked an army post in Arbinda on Monday, killing "
        "eleven soldiers, security sources said.\n\nJNIM claimed responsibility for the attack "
        "on Tuesday.\n\nThe next day, Wednesday, gunmen set fire to two lorries near Gorgadji, "
        "a local official said, blaming the same group."
    )
    assert [e["actor1"] for e in events] == ["JNIM: Group for Support of Islam and Muslims"] * 2


def test_the_rebels_are_the_group_that_claimed_the_act_before():
    events = _news(
        "JAYAPURA, May 8 (AP) - Separatist gunmen shot dead a teacher in Beoga on Monday, police "
        "said.\n\nThe West Papua National Liberation Army, which fights for the Free Papua "
        "Movement, claimed responsibility.\n\nOn Tuesday, the rebels burned a clinic in Ilaga."
    )
    assert [e["actor1"] for e in events] == ["TPNPB: West Papua National Liberation Army"] * 2


def test_a_group_telling_days_later_that_it_planted_the_mine_is_the_blast_s_author():
    events = _news(
        "BAMAKO, May 8 - Two soldiers were killed on Monday when their truck hit a mine on the "
        "road out of Hombori, the army said.\n\nOn Wednesday, JNIM said in a statement that its "
        "fighters had planted the mine and destroyed an enemy truck."
    )
    assert [(e["location"], e["actor1"]) for e in events] == [
        ("Hombori", "JNIM: Group for Support of Islam and Muslims")
    ]


def test_ipob_blamed_for_an_arson_is_its_author():
    events = _news(
        "ONITSHA, May 8 - Men enforcing the sit-at-home order burned four buses at a motor park "
        "in Nnewi on Monday, witnesses said.\n\nThe state police command blamed IPOB for the "
        "burning."
    )
    assert [e["actor1"] for e in events] == ["IPOB: Indigenous Peoples of Biafra"]


def test_a_group_that_says_in_a_statement_its_fighters_set_off_mines_fought_the_ambush():
    events = _news(
        "Resistance fighters ambushed a junta column on the road from Salin to Sidoktaya in "
        "Magway region on Tuesday, local sources said.\n\nThe Salin People's Defense Force said "
        "in a statement that its fighters detonated two mines under army lorries before opening "
        "fire, killing at least eight soldiers."
    )
    assert [e["actor1"] for e in events] == ["PDF: People's Defense Force"]


def test_islamist_militants_are_the_group_that_tells_the_attack_as_its_own():
    events = _news(
        "BAMAKO, May 8 (Reuters) - Islamist militants stormed a gendarmerie post in Niono on "
        "Tuesday, killing six gendarmes, two security sources said.\n\nJNIM, al Qaeda's branch in "
        "the Sahel, said on its channels that it had killed 20 gendarmes."
    )
    assert [e["actor1"] for e in events] == ["JNIM: Group for Support of Islam and Muslims"]


def test_a_group_that_claimed_to_have_killed_soldiers_made_the_attack():
    events = _news(
        "PEMBA, May 8 (Lusa) - A group of gunmen attacked an army position at Mucojo, in "
        "Macomia district, before dawn on Tuesday, residents said.\n\nIslamic State claimed on "
        "its Amaq outlet to have killed 15 soldiers, a figure no local source confirmed."
    )
    assert [e["actor1"] for e in events] == ["Islamic State (Mozambique)"]


def test_attackers_said_to_be_members_of_a_terrorist_group_in_quotes_are_that_group():
    text = (
        "Gunmen killed five traders in a raid on a market near Dapaong on Sunday night. "
        'A minister said the attackers were "members of the terrorist group JNIM" who had '
        "crossed from Burkina Faso."
    )
    assert _news(text)[0]["actor1"] == "JNIM: Group for Support of Islam and Muslims"


def test_islamic_states_sahel_province_is_islamic_state_sahel():
    text = (
        "Fighters attacked an army post near Ayorou on Sunday, killing nine soldiers. Islamic "
        "State's Sahel Province claimed the attack on Monday."
    )
    assert _news(text)[0]["actor1"] == "Islamic State (Sahel)"


def test_a_group_that_says_in_a_statement_on_a_day_that_its_men_did_it_is_the_attacker():
    text = (
        "Gunmen ambushed a police patrol in Gandara town on Monday, killing two officers.\n\n"
        "A regional command of the New People's Army said in a statement on Tuesday that its "
        "guerrillas had staged the ambush."
    )
    assert _news(text)[0]["actor1"] == "NPA: New People's Army"
