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


def _deaths(*sentences, claimed_by=None):
    """Reconciled deaths over sentences; ``claimed_by`` maps a sentence index to its claimant."""
    figures = []
    for i, sentence in enumerate(sentences):
        figures += _figures(sentence, (claimed_by or {}).get(i))
    return reconcile_fatalities(figures)


def test_singular_victim_heads_a_list_with_a_number():
    assert _deaths("Arsonists torched the farm, killing his son and four neighbours.") == 5
    assert _deaths("Raiders hit the camp, killing a herder and two boys.") == 3


def test_a_singular_victim_continues_a_numbered_list_without_a_killing_verb():
    # no trigger word: the list continuation is looked for only after the numbered figure
    figures = _figures("The toll rose to 4 soldiers and a nurse.")
    assert [(f.victim, f.coded, f.outcome) for f in figures] == [
        ("soldiers", 4, "killed"),
        ("nurse", 1, "killed"),
    ]


def test_leaving_a_victim_dead_counts_the_victim():
    assert _deaths("Bandits raided a lorry, leaving a driver and three traders dead.") == 4
    assert _deaths("Raiders struck the hamlet, leaving a girl killed and two hurt.") == 1
    assert _deaths("The gang fled the scene, leaving a message on the wall.") == 0


def test_date_between_auxiliary_and_verb():
    from sitrep.extraction import extract_document

    for text, deaths in (
        ("Two alleged cattle thieves were on 12/03 lynched by villagers in Kisumu.", 2),
        ("Four traders were on 7 June 2021 killed by gunmen near Gao.", 4),
    ):
        _analysis, events, _casualties = extract_document(text, None)
        assert sum(e["fatalities"] or 0 for e in events if not e["is_background"]) == deaths


def test_adverb_before_a_compound_passive():
    assert _deaths("Three girls were sexually assaulted and killed by the militia.") == 3


def test_bracket_before_a_coordinated_singular_victim():
    assert _deaths("Two rangers (KWS) and a porter were killed in the ambush.") == 3


def test_toll_after_a_colon_replaces_the_first_figure():
    first = "Gunmen stormed the post, killing at least a dozen guards."
    assert _deaths(first, "Toll: 14 dead.") == 14


def test_suspected_earlier_killing_is_a_reference():
    text = "Villagers beat two men whom they suspected the pair recently killed a boy."
    assert _deaths(text) == 0


def test_party_claim_about_other_victims_is_not_added():
    assert (
        _deaths(
            "Five soldiers were killed in the ambush.",
            "The rebels claimed to have killed 20 militiamen.",
            claimed_by={1: "rebels"},
        )
        == 5
    )
    assert (  # a plain account by a party still adds
        _deaths(
            "Five soldiers were killed in the ambush.",
            "The army said it killed 20 militiamen.",
            claimed_by={1: "army"},
        )
        == 25
    )


def test_claim_clause_covers_only_what_follows_its_verb():
    sentence = "Six people were killed; many more were hurt, the police claims three people died."
    assert _deaths(sentence, claimed_by={0: "police"}) == 3


def test_equal_counts_in_one_list_are_two_groups():
    assert _deaths("In the ambush 3 Chadian soldiers & 3 Malian soldiers were killed.") == 6


def _document_deaths(text):
    from sitrep.extraction import extract_document

    _analysis, events, _casualties = extract_document(text, None)
    return sum(e["fatalities"] or 0 for e in events if not e["is_background"])


def test_also_after_a_comma_belongs_to_the_next_clause():
    """'confirmed 5 fatalities, but also claimed ...': the 'also' announces the claim, not
    new deaths, so the confirmed figure can still repeat an earlier one."""
    figures = _figures("The group confirmed 5 rebel fatalities, but also claimed 12 soldiers died.")
    assert [(f.count_low, f.is_additional) for f in figures][0] == (5, False)
    assert (
        _deaths(
            "Five rebels were killed in the raid.",
            "The group confirmed 5 rebel fatalities, but also claimed 12 soldiers died.",
            claimed_by={1: "group"},
        )
        == 5
    )


def test_victim_head_comes_before_a_place_or_vehicle():
    """'gunmen aboard motorbikes' are gunmen; 'guards from the depot building' are guards."""
    assert _killed("Four gunmen aboard motorbikes were killed by the patrol.") == 4
    assert _killed("Bandits killed a trader from the Kerio Hills near the market.") == 1
    figures = _figures("Raiders abducted 6 guards from the depot building.")
    assert [(f.outcome, f.count_low) for f in figures] == [("captured", 6)]


def test_generic_figure_from_another_source_competes_with_the_sum():
    """'A monitor says 9 people died' counts everyone: it competes with 3 soldiers + 2 rebels
    rather than adding to them."""
    figures = [
        _fig(3, victim="soldiers"),
        _fig(2, victim="rebels"),
        _fig(9, victim="people", claimed_by="a monitor"),
    ]
    assert reconcile_fatalities(figures) == 5


def test_claim_about_the_same_victims_under_its_own_date_joins_the_event():
    """A party's dated account of the same victims is a competing figure, not a new event."""
    text = (
        "On 3 March 2023, army troops clashed with al-Shabaab near Baidoa and nine al-Shabaab "
        "fighters were killed. Local elders said that the fighting began on 1 March and that "
        "12 al-Shabaab fighters were killed."
    )
    assert _document_deaths(text) == 9


def test_other_sources_are_a_second_account_of_the_same_deaths():
    """'Other sources report 3 persons killed' competes with the report's own figure."""
    text = (
        "On 2 June 2023, one suspected bandit was killed when his bomb went off early near "
        "Kaduna. Other sources report 3 persons killed."
    )
    assert _document_deaths(text) == 1


def test_losses_admitted_in_own_ranks_are_added():
    """'acknowledged two dead in its ranks': the party's own fighters, a group of their own."""
    first = "On 4 April 2023, militants overran an army post near Menaka; 12 soldiers were killed."
    assert _document_deaths(f"{first} The group acknowledged two dead in its ranks.") == 14
    claimed = f"{first} JNIM, claiming the attack, acknowledged one dead in its ranks."
    assert _document_deaths(claimed) == 13


def test_long_singular_subject_before_its_passive_verb():
    """A victim described at length is still one victim."""
    text = "A herder accused of theft and chased from the market of the town was beaten to death."
    assert _killed(text) == 1


def test_enumerating_earlier_victims_one_by_one_repeats_them():
    """'Two died. One at the scene, the other in hospital': the same two, not a third."""
    text = (
        "On 5 May 2023, two herders died after raiders attacked their camp near Marsabit. "
        "One died at the scene, the other in hospital the next day."
    )
    assert _document_deaths(text) == 2


def test_suspected_to_have_killed_is_a_reference():
    """'suspected to have killed a trader': an earlier killing the suspects are blamed for."""
    assert _killed("Youths beat two porters suspected to have killed a trader.") == 0
    assert _killed("Guards caught a thief suspected of having murdered a farmer.") == 0


def test_a_body_found_counts_one_when_nothing_else_does():
    assert _killed("A body was discovered in a ditch outside Kisumu.") == 1
    assert _killed("A mutilated body has been found near the river.") == 1


def test_a_part_of_a_group_is_no_member_of_a_list():
    """'two raiders, one of them killed': the two are the attackers, one died."""
    text = "The camp was raided at dawn by two armed herders, one of the raiders killed by guards."
    assert _killed(text) == 1


def test_a_number_with_its_own_verb_is_no_member_of_a_list():
    """'five traders, three fled and one was shot dead': only the one died."""
    text = "Bandits stopped five traders on the road; three fled and one was shot dead."
    assert _killed(text) == 1


def test_a_killing_that_set_off_a_protest_is_not_its_toll():
    text = "Drivers demonstrated in the town after a policeman shot and killed a moto rider."
    assert _killed(text) == 0
    assert (
        _killed("Traders held a protest at the market following soldiers killing two porters.") == 0
    )
    plain = "Drivers blocked the road after a policeman shot and killed a moto rider."
    assert _killed(plain) == 1


def test_partitive_determiner_keeps_what_the_figure_counts():
    """'several of their goats were killed': animals, not people."""
    text = "Raiders fired on two herders, who fled, while several of their goats were killed."
    assert _killed(text) == 0


def test_a_stated_number_replaces_a_vague_one():
    """'a fight with several fatalities ... the bodies of 17 soldiers' -> 17."""
    text = (
        "On 3 June 2023, rebels and soldiers fought near Gode, leaving several fatalities. "
        "Herders said they saw the bodies of 17 soldiers by the road."
    )
    assert _document_deaths(text) == 17


def test_a_suicide_attacker_is_one_of_the_dead():
    """'killing himself and three guards' -> 4: ACLED counts the attacker too."""
    text = "A bomber rammed the gate of the base near Tillia, killing himself and three guards."
    assert _killed(text) == 4
    assert _killed("A woman blew herself up at the market gate.") == 1


def test_a_toll_named_with_the_attack_it_counts_is_a_toll():
    sentence = (
        "The death toll from Monday's truck bombing outside the port gates in the capital has "
        "climbed to 41, the health ministry said."
    )
    figures = [f for f in _figures(sentence) if f.outcome == "killed"]
    assert [(f.coded, f.is_toll) for f in figures] == [(41, True)]


def test_a_vague_figure_gives_way_to_a_stated_count_of_the_same_victims():
    vague = CasualtyFigure(
        "killed", "soldiers", 12, 24, None, "vague", 12, "dozens of soldiers", 0, 1
    )
    stated = _fig(40, victim="soldiers", claimed_by="a security source")
    assert reconcile_fatalities([vague, stated]) == 40


def test_victims_doing_something_with_animals_are_still_people():
    figures = _figures("A mine blast killed four boys tending cattle outside the village.")
    assert [(f.outcome, f.coded) for f in figures] == [("killed", 4)]


def test_a_side_that_lost_soldiers_lost_them_to_death():
    sentence = "The army said it had killed 9 insurgents and lost three soldiers near the dam."
    assert [(f.coded, f.victim) for f in _figures(sentence)] == [
        (9, "insurgents"),
        (3, "soldiers"),
    ]


def test_losing_things_or_seats_is_no_casualty():
    assert _figures("The convoy lost two trucks and the ruling party lost 20 seats.") == []


def test_a_toll_named_with_a_long_account_of_its_attack_is_still_a_toll():
    sentence = (
        "The death toll from a night raid by bandits on the farming village of Kurmin Dangana "
        "in the south of the country's Kaduna state has risen to 31, officials said."
    )
    figures = [f for f in _figures(sentence) if f.outcome == "killed"]
    assert [(f.coded, f.is_toll) for f in figures] == [(31, True)]


def test_two_more_of_the_wounded_who_died_count_two_more():
    (figure,) = _figures("Two more of the wounded died on Tuesday.")
    assert (figure.outcome, figure.coded, figure.is_additional) == ("killed", 2, True)


def test_an_aside_naming_the_dead_keeps_the_count_before_it():
    (figure,) = _figures(
        "Two of the wounded, a 65-year-old woman and a nine-year-old boy, died in a clinic."
    )
    assert (figure.outcome, figure.coded) == ("killed", 2)
