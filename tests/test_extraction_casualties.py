"""Casualty figures linked to outcome verbs, and ACLED-style reconciliation of deaths."""

from __future__ import annotations

from sitrep.casualties import CasualtyFigure, find_casualties, reconcile_fatalities
from sitrep.quantities import find_quantities


def _figures(sentence, claimed_by=None):
    return find_casualties(sentence, 0, find_quantities(sentence), claimed_by)


def _fig(count, *, outcome="killed", victim="people", claimed_by=None, **flags):
    return CasualtyFigure(
        outcome,
        victim,
        count,
        count,
        count,
        "exact",
        count,
        "x",
        0,
        1,
        claimed_by=claimed_by,
        **flags,
    )


def test_active_verb_links_every_listed_group():
    figures = _figures("Rebels killed 84 mercenaries from the Wagner group and 47 soldiers.")
    assert [(f.count_low, f.victim) for f in figures] == [
        (84, "mercenaries from the Wagner group"),
        (47, "soldiers"),
    ]


def test_passive_coordinated_subjects_share_the_verb():
    figures = _figures("Seven Wagnerians and Malian soldiers were taken prisoner.")
    assert [(f.outcome, f.count_low, f.victim) for f in figures] == [
        ("captured", 7, "Wagnerians and Malian soldiers")
    ]


def test_quote_is_the_exact_span():
    sentence = "Officials said 3 soldiers were wounded near the base."
    figure = _figures(sentence)[0]
    assert (
        sentence[figure.char_start : figure.char_end] == figure.quote == ("3 soldiers were wounded")
    )


def test_comma_separated_verbs_do_not_become_passives():
    figures = _figures("Raiders killed one herder, injured another and took goats.")
    assert [(f.outcome, f.count_low, f.quote) for f in figures] == [
        ("killed", 1, "one herder"),
        ("wounded", 1, "another"),
    ]


def test_animals_are_not_casualties():
    assert _figures("Several goats were killed in the shelling.") == []


def test_including_children_is_a_subset():
    figures = _figures("Four villagers, including two girls, were killed by soldiers.")
    assert [(f.count_low, f.is_subset) for f in figures] == [(4, False), (2, True)]
    assert reconcile_fatalities(figures) == 4


def test_reconcile_sums_distinct_victim_groups():
    assert reconcile_fatalities([_fig(2, victim="soldiers"), _fig(25, victim="militants")]) == 27


def test_reconcile_takes_lower_figure_when_report_and_claim_disagree():
    report = _fig(6, victim="soldiers")
    claim = _fig(7, victim="soldiers", claimed_by="JNIM")
    assert reconcile_fatalities([report, claim]) == 6


def test_reconcile_toll_update_replaces_earlier_figures():
    assert reconcile_fatalities([_fig(8), _fig(40, is_toll=True)]) == 40


def test_reconcile_ignores_subsets_and_wounded():
    figures = [_fig(10), _fig(3, victim="children", is_subset=True), _fig(9, outcome="wounded")]
    assert reconcile_fatalities(figures) == 10


def test_reconcile_summary_total_competes_with_detail():
    assert (
        reconcile_fatalities(
            [_fig(2, victim="men"), _fig(1, victim="person"), _fig(2, victim="", is_total=True)]
        )
        == 2
    )


def test_reconcile_body_found_counts_only_alone():
    body = _fig(1, victim="body", is_fallback=True)
    assert reconcile_fatalities([body]) == 1
    assert reconcile_fatalities([_fig(1, victim="man"), body]) == 1


def test_reconcile_nothing_is_zero():
    assert reconcile_fatalities([]) == 0


def _killed(sentence):
    return reconcile_fatalities(_figures(sentence))


def test_present_tense_headline_deaths_count():
    assert _killed("Three traders die in a market fire set by rioters.") == 3
    assert _killed("A boy dies after soldiers fire on a crowd.") == 1


def test_burned_alive_is_a_killing():
    assert _killed("A mob burnt alive a suspected cattle thief near the well.") == 1


def test_total_fatalities_summary_is_not_added_to_the_detail():
    from sitrep.extraction import extract_document

    text = "On 3 May 2021, 2 herders and 3 farmers were killed by raiders. 5 total fatalities."
    _analysis, events, _casualties = extract_document(text, None)
    assert sum(e["fatalities"] for e in events if not e["is_background"]) == 5


def test_figures_in_brackets_break_down_the_figure_before_them():
    text = "Six villagers (four men and two women) were shot dead by the raiders."
    assert _killed(text) == 6


def test_bracketed_deaths_after_wounded_still_add():
    text = "Gunmen killed two guards and wounded five others (one later died of his wounds)."
    assert _killed(text) == 3


def test_a_couple_is_two_victims():
    assert _killed("Unknown attackers shot dead a couple at their farm.") == 2
    assert _killed("An elderly couple was murdered in the village.") == 2
