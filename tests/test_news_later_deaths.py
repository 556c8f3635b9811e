"""Deaths told after the act (read wrong on the thirteenth and fourteenth blind sets): a victim
who dies of wounds on a later day, and 'a fourth victim' that raises a toll."""

from __future__ import annotations

import datetime as dt

from sitrep.casualties import find_casualties
from sitrep.quantities import find_quantities

from .news import news_events

WED = dt.date(2024, 3, 13)


def _deaths(sentence: str) -> list[tuple[int, str, bool]]:
    figures = find_casualties(sentence, 0, find_quantities(sentence, 0))
    return [(f.coded, f.victim, f.is_toll) for f in figures if not f.is_fallback]


def test_a_death_of_wounds_told_on_a_later_day_belongs_to_the_shelling_that_gave_them():
    events = news_events(
        "ODESA, Ukraine (Reuters) - Russian shelling of Kherson killed two people on Monday, "
        "the regional governor said.\n\n"
        "On Tuesday afternoon he said a 54-year-old woman had died of her injuries and that "
        "three other people were still in hospital.",
        WED,
    )
    assert [(e["date_start"], e["location"]) for e in events if not e["is_background"]] == [
        (dt.date(2024, 3, 11), "Kherson")
    ]


def test_a_fourth_victim_who_died_raises_the_toll_to_four():
    events = news_events(
        "Three people were killed when a shell hit a market in Kherson on Monday, officials "
        "said. A hospital said on Tuesday that a fourth victim had died overnight.",
        WED,
    )
    assert [e["fatalities"] for e in events] == [4]


def test_the_victim_of_a_death_told_in_reported_speech_starts_after_the_that():
    assert _deaths("The hospital said on Tuesday that a fourth victim had died.") == [
        (4, "fourth victim", True)
    ]


def test_an_ordinal_that_describes_the_victim_or_shares_out_a_count_is_no_toll():
    assert _deaths("A second year student was killed at the university.") == [
        (1, "second year student", False)
    ]
    assert _deaths("Two were killed in the town, while the third was killed nearby.")[-1][2] is (
        False
    )


def test_a_rebel_claim_of_more_soldiers_killed_than_the_army_reports_is_not_added():
    [event] = news_events(
        "BOGOTA, Colombia (AP) - Two Colombian soldiers and a guerrilla fighter were killed "
        "Thursday in a firefight with National Liberation Army rebels in Tibu, the army said.\n\n"
        "In a message posted on social media, the ELN's Northeastern War Front said its "
        "fighters had killed four soldiers. The army rejected that figure.",
        dt.date(2024, 10, 25),
    )
    assert event["fatalities"] == 3
    assert event["country"] == "Colombia"


def test_a_guard_described_again_in_an_appositive_is_one_death():
    [event] = news_events(
        "Juba/Geneva, 14 January 2025 – Medecins Sans Frontieres (MSF) strongly condemns the "
        "attack on the MSF-supported health facility in Ulang town, Upper Nile state, on the "
        "night of Saturday 11 January, during which a guard was shot dead.\n\n"
        "A group of armed men entered the compound shortly after midnight and opened fire. The "
        "guard, a member of the local community who had worked with MSF for four years, was "
        "killed.",
        dt.date(2025, 1, 14),
    )
    assert event["fatalities"] == 1
    assert event["date_start"] == dt.date(2025, 1, 11)  # not the release's day
    assert event["actor1"] == "Unidentified Armed Group (South Sudan)"


def test_a_nurse_and_a_patient_who_was_waiting_are_two_dead_and_the_group_that_condemns_speaks():
    [event] = news_events(
        "Saint-Marc, 3 July 2024 - The Artibonite Community Health Collective condemns in the "
        "strongest terms the attack carried out on 1 July against the community clinic in "
        "Liancourt.\n\n"
        "At around 10 a.m., armed men belonging to the Gran Grif gang entered the clinic and "
        "fired on staff and patients. A nurse and a patient who was waiting for treatment were "
        "killed.\n\n"
        "The Collective calls on the Haitian National Police to protect medical facilities.",
        dt.date(2024, 7, 3),
    )
    assert (event["actor1"], event["fatalities"]) == ("Gran Grif", 2)
    assert event["event_type"] == "Violence against civilians"
