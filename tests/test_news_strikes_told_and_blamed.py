"""Who struck and who died: forces that tell a strike as theirs while locals count civilians
dead, a group blamed by its kind ("the paramilitary RSF"), an ally named only in a compound
("army-aligned") who is no party to the act, a victim group whose name holds "for", a
count told for each side, the "one" of "one family" that counts no one, people attacked where
they had gathered, who held no protest, a toll another source gave, an attacker told twice
in other words, and marchers who dispersed of their own accord."""

from __future__ import annotations

import datetime as dt

from .news import news_events

WED = dt.date(2024, 3, 13)


def _actors(text: str) -> list[tuple[str | None, str | None]]:
    return [(e["actor1"], e["actor2"]) for e in news_events(text, WED)]


def test_forces_that_say_they_struck_fired_the_strike_that_locals_say_killed_civilians():
    actors = _actors(
        "A drone strike on Sunday killed nine civilians at a cattle market in Niono, in the "
        "Segou region of Mali, a local councillor said. The army said in a statement that it "
        'had struck "a terrorist hideout" near Niono.'
    )
    assert actors[0] == ("Military Forces of Mali", "Civilians (Mali)")


def test_a_victim_named_after_the_claim_is_not_the_force_that_tells_it():
    # ("Ukrainian officers" are the ones Russia says it hit: Ukraine's forces fired nothing)
    actors = _actors(
        "A missile struck central Sumy on Monday, killing four civilians, officials said. "
        "Russia's defence ministry said it had hit a gathering of Ukrainian officers."
    )
    assert actors[0][0] != "Police Forces of Ukraine"
    assert actors[0][0] != "Military Forces of Ukraine"


def test_a_group_blamed_by_its_kind_is_the_attacker():
    actors = _actors(
        "A drone strike on a market in Kosti killed six people on Tuesday, in an attack the "
        "state government blamed on the paramilitary Rapid Support Forces (RSF)."
    )
    assert actors[0] == ("RSF: Rapid Support Forces", "Civilians (Sudan)")


def test_an_ally_named_in_an_aligned_compound_is_no_party():
    actors = _actors(
        "A drone strike on a market in Kosti killed six people on Tuesday, in an attack the "
        "army-aligned state government blamed on the Rapid Support Forces (RSF)."
    )
    assert actors[0] == ("RSF: Rapid Support Forces", "Civilians (Sudan)")


def test_a_victim_group_whose_name_holds_for_is_counted():
    [event] = news_events(
        "The army said on Sunday that three soldiers and five Volunteers for the Defence of "
        "the Homeland (VDP) had died when gunmen attacked their post in Djibo.",
        WED,
    )
    assert event["fatalities"] == 8


def test_a_count_told_for_each_side_counts_both_sides():
    [event] = news_events(
        "Two clan militias fought over a well near Galkayo on Tuesday. Elders said three "
        "fighters from each side were killed.",
        WED,
    )
    assert event["fatalities"] == 6


def test_a_count_told_for_both_sides_is_their_sum():
    [event] = news_events(
        "Two clan militias fought over a well near Galkayo on Tuesday. Elders said six "
        "fighters from both sides were killed.",
        WED,
    )
    assert event["fatalities"] == 6


def test_one_naming_which_family_or_village_counts_no_one():
    [event] = news_events("Four members of one family were killed in Kaya on Tuesday.", WED)
    assert event["fatalities"] == 4
    [event] = news_events("Six people from one village were shot dead near Kaya on Tuesday.", WED)
    assert event["fatalities"] == 6


def test_the_death_of_one_soldier_still_counts_one():
    [event] = news_events("Gunmen caused the death of one soldier near Kaya on Tuesday.", WED)
    assert event["fatalities"] == 1


def test_people_attacked_where_they_had_gathered_are_no_protest():
    events = news_events(
        "Gunmen on motorbikes opened fire on worshippers gathered outside a mosque in Tahoua "
        "on Tuesday, killing seven, the governor said.",
        WED,
    )
    assert [e["event_type"] for e in events] == ["Violence against civilians"]


def test_protesters_fired_on_where_they_had_gathered_still_protested():
    events = news_events(
        "Police fired tear gas at protesters gathered outside parliament in Niamey on Tuesday.",
        WED,
    )
    assert [e["event_type"] for e in events] == ["Protests"]


def test_a_toll_another_source_gave_competes_and_the_lower_is_coded():
    [event] = news_events(
        "Rebels killed at least nine villagers in a raid on Mbau on Monday night, the "
        "administrator said. A local rights group gave a toll of 12 dead.",
        WED,
    )
    assert event["fatalities"] == 9


def test_a_fuller_toll_given_later_replaces_the_first_count():
    [event] = news_events(
        "Rebels killed at least nine villagers in a raid on Mbau on Monday night, the "
        "administrator said. On Tuesday evening a security source gave a fuller toll of 12 "
        "villagers killed.",
        WED,
    )
    assert event["fatalities"] == 12


def test_an_attacker_told_twice_in_other_words_died_once():
    [event] = news_events(
        "Three policemen and one militant were killed when gunmen stormed a checkpoint in "
        "Tank on Monday night, officials said. One assailant was killed in the exchange and "
        "his body was taken to hospital, police said.",
        WED,
    )
    assert event["fatalities"] == 4


def test_attackers_of_two_kinds_listed_together_are_summed():
    [event] = news_events(
        "Two gunmen and three militants were killed in a clash with police in Tank on Monday.",
        WED,
    )
    assert event["fatalities"] == 5


def test_marchers_who_dispersed_of_their_own_accord_protested_peacefully():
    events = news_events(
        "In Meru, about 300 teachers marched to the county offices on Tuesday to demand "
        "unpaid allowances before dispersing in the afternoon.",
        WED,
    )
    assert [e["sub_event_type"] for e in events] == ["Peaceful protest"]


def test_a_crowd_the_police_dispersed_met_intervention():
    for text in (
        "In Meru, police dispersed about 300 teachers who marched to the county offices on "
        "Tuesday to demand unpaid allowances.",
        "In Meru, about 300 teachers who marched to the county offices on Tuesday to demand "
        "unpaid allowances were dispersed by police.",
    ):
        events = news_events(text, WED)
        assert [e["sub_event_type"] for e in events] == ["Protest with intervention"], text
