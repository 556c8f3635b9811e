"""Crowds, forces and the names of what they did: youths stoning troops who shot one of them
are rioters (not a battle), workers shot dead by gunmen are the harmed (not a mob), a crowd held
for what it did still did it, a fight in the story's background makes no attack a battle, both
sides of "clashes pitting A against B" are named, a man "killed by a drone" died in a drone
strike, a clause that torches a building counts no victim, and groups go by ACLED's names (the
West Papua National Liberation Army is no namesake of Colombia's ELN; the Revolutionary Guards
are Iran's military; the OLA is ACLED's OLF Shane faction; Jaish-e-Mohammed is JeM)."""

from __future__ import annotations

import datetime as dt

from .news import news_events

TUE = dt.date(2024, 9, 10)


def _one(text: str) -> dict:
    events = news_events(text, TUE)
    assert events
    return events[0]


def test_troops_who_shot_a_stone_thrower_met_a_riot_not_a_battle():
    event = _one(
        "A Palestinian teenager was shot dead by Israeli forces during confrontations in the "
        "town of Qabatiya, south of Jenin, on Monday evening, the health ministry said. The "
        "16-year-old was hit in the head by live fire, the ministry said. Two other young men "
        "were wounded. Residents said youths threw stones when Israeli military vehicles drove "
        "into the town. The army said its troops had responded with fire to suspects hurling "
        "rocks."
    )
    assert (event["event_type"], event["sub_event_type"]) == ("Riots", "Mob violence")
    assert event["actor1"] == "Rioters (Palestine)"
    assert event["actor2"].startswith("Military Forces of Israel")


def test_fighters_who_fired_on_villagers_stoning_them_met_rioters():
    event = _one(
        "Taliban fighters shot dead three farmers on Sunday as villagers resisted the "
        "destruction of their crops in Argo district of Badakhshan province, residents said. "
        "Hundreds of villagers gathered and some of them threw stones at the fighters."
    )
    assert event["event_type"] == "Riots"
    assert event["actor1"] == "Rioters (Afghanistan)"
    assert event["actor2"] == "Military Forces of Afghanistan (2021-)"


def test_police_fighting_a_named_gang_while_residents_riot_later_is_still_a_battle():
    event = _one(
        "A police raid in the Mare favela in Rio de Janeiro left five people dead on Monday. "
        "Officers said they were attacked by members of the Comando Vermelho and exchanged fire "
        "for hours. Later, residents threw stones at officers and set a bus on fire."
    )
    assert event["event_type"] == "Battles"


def test_workers_shot_dead_by_an_armed_group_are_no_mob():
    event = _one(
        "Three road workers were shot dead by members of an armed separatist group near "
        "Ilaga in Papua on Monday, police said."
    )
    assert event["event_type"] == "Violence against civilians"
    assert event["actor1"] == "Unidentified Armed Group (Indonesia)"
    assert event["actor2"] == "Civilians (Indonesia)"


def test_a_crowd_arrested_after_a_lynching_still_lynched():
    event = _one(
        "Around 20 traders were arrested after beating a suspected thief to death at a market "
        "in Eldoret, Kenya, on Monday."
    )
    assert event["event_type"] == "Riots"


def test_an_attack_by_relatives_of_the_dead_is_a_mob():
    event = _one(
        "Health workers were attacked by relatives of a dead patient at a clinic in Tamale, "
        "Ghana, on Monday."
    )
    assert (event["event_type"], event["sub_event_type"]) == ("Riots", "Mob violence")


def test_the_west_papua_national_liberation_army_is_no_namesake_of_the_eln():
    event = _one(
        "Fighters of the West Papua National Liberation Army shot dead a motorcycle taxi "
        "driver in Intan Jaya on Sunday, police said."
    )
    assert event["actor1"] == "TPNPB: West Papua National Liberation Army"


def test_the_oromo_liberation_army_goes_by_acleds_name():
    event = _one(
        "Fighters of the Oromo Liberation Army killed four civilians in Gimbi, western "
        "Oromia, on Sunday, residents said."
    )
    assert event["actor1"] == "OLF: Oromo Liberation Front (Shane Splinter Faction)"


def test_a_fight_told_in_the_storys_background_does_not_make_an_attack_a_battle():
    event = _one(
        "Gunmen shot dead four herders and drove off hundreds of goats near Kapedo on Tuesday, "
        "police said. The herders had taken the animals to a water point. Police said the "
        "attackers came from across the county border. Officers recovered some of the goats "
        "later. A local chief called for more patrols. Schools in the area remained open. "
        "Fighting over grazing land has long troubled the area."
    )
    assert (event["event_type"], event["sub_event_type"]) == (
        "Violence against civilians",
        "Attack",
    )


def test_clashes_pitting_soldiers_against_a_militia_name_both_sides():
    event = _one(
        "Clashes pitting federal soldiers against Fano militia fighters in Debre Tabor, in the "
        "Amhara region, left at least five people dead on Sunday, residents said."
    )
    assert (event["actor1"], event["actor2"]) == ("Military Forces of Ethiopia", "Fano Militia")


def test_a_man_killed_by_a_drone_died_in_a_drone_strike():
    event = _one(
        "A farmer was killed by an Israeli drone near the village of Aitaroun on Sunday, the "
        "health ministry said."
    )
    assert (event["event_type"], event["sub_event_type"]) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )


def test_the_revolutionary_guards_are_irans_military():
    event = _one(
        "Iran's Revolutionary Guards said they had arrested four people in the town of Bukan on "
        "Saturday."
    )
    assert event["actor1"] == "Military Forces of Iran Islamic Revolutionary Guard Corps"


def test_a_clause_that_torches_a_building_counts_no_victim():
    event = _one(
        "Fighters ambushed a patrol near Kumba on Monday, killing two soldiers, and the next day "
        "torched a police station in Mamfe."
    )
    assert event["fatalities"] == 2


def test_jaish_e_mohammed_spelt_with_an_e_is_jem():
    event = _one("Jaish-e-Mohammed militants attacked an army post in Kishtwar on Monday.")
    assert event["actor1"] == "JeM: Jaish-e-Mohammad"
