"""Which deaths a sentence reports: background killings, unstated outcomes, late deaths."""

from __future__ import annotations

from sitrep.casualties import CasualtyFigure, find_casualties, reconcile_fatalities
from sitrep.extraction import extract_document
from sitrep.quantities import find_quantities


def _figures(sentence, claimed_by=None):
    return find_casualties(sentence, 0, find_quantities(sentence), claimed_by)


def _killed(sentence):
    """(count, is_reference) of every killed figure in the sentence."""
    return [(f.coded, f.is_reference) for f in _figures(sentence) if f.outcome == "killed"]


def _fatalities(text):
    _analysis, events, _rows = extract_document(text, None)
    return sum(e["fatalities"] or 0 for e in events if not e["is_background"])


def test_noun_after_a_dangling_determiner_is_no_verb_of_the_quantity():
    assert _killed("About two hundred residents marched over the deaths on Friday.") == []


def test_killing_weeks_before_inside_the_victim_phrase_is_background():
    sentence = (
        "The crowd wanted the policeman who shot dead a vendor two weeks before to be sacked."
    )
    assert _killed(sentence) == [(1, True)]


def test_deaths_in_what_a_protest_opposes_are_background():
    sentence = (
        "Hundreds of students marched through the town, protesting against the shelling of "
        "their school, during which 4 pupils died."
    )
    assert _killed(sentence) == [(4, True)]


def test_protest_demanding_arrest_of_a_killer_reports_no_death():
    sentence = "Youths rallied in the square demanding the arrest of the guard who killed a porter."
    assert _killed(sentence) == [(1, True)]


def test_killing_both_counts_the_pair():
    assert _killed("The truck ploughed into two cyclists, killing both.") == [(2, False)]


def test_deaths_coded_separately_are_left_to_the_other_event():
    assert _killed("Artillery later shelled the ridge, killing 9 fighters (coded separately).") == [
        (9, True)
    ]


def test_a_ceiling_from_another_source_competes_with_the_report():
    stated = CasualtyFigure("killed", "people", 15, 15, 15, "exact", 15, "x", 0, 1)
    other = CasualtyFigure(
        "killed", "civilian", 0, 22, 22, "up_to", 22, "x", 2, 3, claimed_by="other media"
    )
    assert reconcile_fatalities([stated, other]) == 15


def test_killed_injured_or_captured_states_no_death():
    figures = _figures("During the sweep 3 rebels were killed, injured or captured, the army said.")
    assert [(f.outcome, f.coded) for f in figures] == [("wounded", 3)]


def test_abducted_then_killed_in_the_same_clause_is_a_death():
    figures = _figures("A trader was abducted by three men and stabbed to death behind the market.")
    assert [(f.outcome, f.coded) for f in figures] == [("killed", 1)]


def test_second_noun_of_a_pair_may_come_without_article():
    assert _killed("A herder and cook were killed when the convoy was ambushed.") == [
        (1, False),
        (1, False),
    ]


def test_grief_and_a_carried_body_are_background():
    assert _killed("Pupils grew aggrieved by the killing of one of their classmates.") == [
        (1, True)
    ]
    assert _killed("Riders rode to the station carrying the body of a colleague.") == [(1, True)]


def test_killing_that_set_off_a_mob_is_background():
    assert _killed("A mob torched the clinic after a nurse there had killed a boy.") == [(1, True)]


def test_aside_between_commas_keeps_the_passive_verb():
    figures = _figures("At least one ranger, former head of the unit, was killed.")
    assert [(f.outcome, f.coded, f.victim) for f in figures] == [("killed", 1, "ranger")]


def test_subject_killed_at_the_end_of_its_clause():
    sentence = "A nurse stepped in to shield the patient, but was shot dead by the guards."
    assert _killed(sentence) == [(1, False)]


def test_other_media_ceiling_does_not_add_to_the_stated_toll():
    text = (
        "Gunmen raided a hamlet near the river on 3 May, killing 15 people. "
        "Other media outlets gave as many as 22 civilian fatalities."
    )
    assert _fatalities(text) == 15


def test_toll_of_the_attack_a_reprisal_followed_is_background():
    sentence = (
        "Troops made arrests in the hills following the bombing of a militia truck, "
        "which killed 3 of its crew."
    )
    assert _killed(sentence) == [(3, True)]


def test_group_opening_a_list_of_single_victims_shares_the_verb():
    figures = _figures("Two village guards, the headman and a boy were killed.")
    assert [(f.outcome, f.coded) for f in figures] == [("killed", 2), ("killed", 1), ("killed", 1)]


def test_list_goes_on_after_a_bracketed_aside():
    sentence = (
        "At least 4 people (including 1 cameraman who was filming) as well as 2 wardens "
        "were killed."
    )
    assert [(f.coded, f.is_subset) for f in _figures(sentence) if f.outcome == "killed"] == [
        (4, False),
        (2, False),
    ]


def test_plural_head_without_s_is_no_single_victim():
    assert _killed("Witnesses said the raiders then beheaded the people.") == []
    assert _killed("Troops later shot dead the gunmen.") == []


def test_toll_divided_equally_across_events_gives_this_events_share():
    text = (
        "Border guards traded artillery fire on 2 May, and 6 soldiers were killed. "
        "Fatalities divided equally across three events."
    )
    assert _fatalities(text) == 2


def test_hedged_killing_that_set_off_a_protest_is_background():
    sentence = (
        "Angry traders blocked the market road on Monday after the suspected killing of a herdsman."
    )
    assert _killed(sentence) == [(1, True)]


def test_beating_causing_his_death_counts_one_victim():
    text = (
        "Youths armed with sticks assaulted a porter near the bus depot, causing his death "
        "later that evening."
    )
    assert _fatalities(text) == 1


def test_victim_named_only_as_her_counts_when_nothing_else_does():
    text = "Gunmen seized a schoolteacher on the farm track and shot her dead in a nearby thicket."
    assert _fatalities(text) == 1


def test_pair_with_a_participle_phrase_still_shares_the_verb():
    text = (
        "A ranger and a porter working for the park authority and walking back to camp were "
        "killed when their track was mined."
    )
    assert _fatalities(text) == 2


def test_couple_named_without_an_article_is_two_victims():
    assert _fatalities("Raiders stormed the homestead and killed elderly couple at dawn.") == 2


def test_passive_verb_does_not_lend_its_outcome_to_the_next_object():
    figures = _figures("A herder was killed and injured another one near the well.")
    assert [(f.outcome, f.coded) for f in figures] == [("killed", 1), ("wounded", 1)]


def test_dying_of_her_injuries_counts_one_victim():
    text = (
        "Troops fired into the crowd at the depot, with a bystander being struck by a stray "
        "bullet and dying of her injuries the next morning."
    )
    assert _fatalities(text) == 1


def test_victim_before_a_relative_clause_with_its_own_subject_counts_one():
    assert _killed("Residents caught a cattle rustler whom the crowd lynched at dusk.") == [
        (1, False)
    ]


def test_handing_over_a_victim_is_no_cause_of_a_protest():
    assert _killed("The youths made the guards hand over a thief whom the mob lynched.") == [
        (1, False)
    ]
