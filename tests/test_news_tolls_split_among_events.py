"""How an article's deaths are shared among its events: a toll told as "now known to have
died" is the lead's count, and a later count of the same dead updates that event rather
than opening another."""

from __future__ import annotations

import datetime as dt

from .news import news_events

FRI = dt.date(2024, 3, 15)


def _fatalities(text: str) -> list[int]:
    return [e["fatalities"] for e in news_events(text, FRI)]


def test_dead_now_known_to_have_died_are_the_leads_count():
    assert _fatalities(
        "Six people are now known to have died after gunmen raided a market in Kauru, "
        "Kaduna state, on Tuesday, a local official said on Friday. The attackers arrived on "
        "motorcycles. A council chairman told reporters on Wednesday that four people had "
        "been killed."
    ) == [6]


def test_a_ministrys_sum_across_its_zones_is_no_count_of_the_strike_told_beside_it():
    assert _fatalities(
        "A Turkish drone hit a pickup truck near Sidakan in Iraq's Erbil province on Thursday, "
        "killing three PKK fighters, local officials said. The defence ministry's briefing on "
        "Friday said its forces had neutralised 14 militants across their operation zones."
    ) == [3]


def test_both_men_inside_who_were_killed_are_two_dead():
    assert _fatalities(
        "An Israeli drone struck a car on the road outside Bint Jbeil on Thursday, and both "
        "men inside were killed, Lebanon's state news agency said."
    ) == [2]


def test_both_dead_named_in_a_later_sentence_are_the_strikes_two():
    assert _fatalities(
        "A drone struck a car near Zakho in Iraq's Kurdistan region on Thursday. The "
        "region's security service later identified both dead as members of the PKK."
    ) == [2]


def test_both_who_died_after_a_shooting_told_without_deaths_are_its_two_dead():
    assert _fatalities(
        "Gunmen shot two traders at a checkpoint outside Kauru on Thursday, police said. "
        "Both men died in hospital later that day."
    ) == [2]


def test_dead_a_pronoun_refers_back_to_are_not_counted_again():
    # ("they had been killed" is the two told in the lead, named again by their side)
    assert _fatalities(
        "Two men were killed by an Israeli drone strike on a house in Aita al-Shaab on "
        "Thursday, a security source said. Hezbollah later named the two fighters in a "
        "statement but did not say where they had been killed."
    ) == [2]


def test_victims_told_with_what_they_were_doing_are_the_same_men_named_again():
    assert _fatalities(
        "Two men riding a motorbike were killed by an Israeli drone near Aita al-Shaab on "
        "Thursday, the state news agency said. The strike hit the motorbike on a bend, the "
        "agency said. Hezbollah later confirmed that two men had been killed."
    ) == [2]


def test_a_headlines_deaths_in_a_clause_about_another_place_are_not_the_leads():
    assert _fatalities(
        "Gunmen kidnap 15 in Kebbi village, troops kill six in Niger State\n\n"
        "BIRNIN KEBBI - Gunmen kidnapped 15 people, most of them women, from Danko village in "
        "Kebbi State on Wednesday night, residents said.\n\n"
        "In neighbouring Niger State, soldiers ambushed a gang near Mariga on Thursday and "
        "killed six of its members after a gunfight, the army said."
    ) == [0, 6]


def test_a_toll_brought_up_for_the_act_it_names_is_that_acts_count():
    assert _fatalities(
        "Security forces fired on mourners in Piranshahr on the evening of Monday 4 March, "
        "killing two men, a rights group said.\n\n"
        "A local source said that a third man had been buried at night under guard. This brings "
        "the number of people killed in Monday's shooting in Piranshahr to three."
    ) == [3]


def test_a_risen_toll_told_with_the_wounded_after_it_updates_the_act_it_counts():
    assert _fatalities(
        "On 11 March, mortar rounds struck a displacement site on the edge of Kadugli, South "
        "Kordofan. Local sources first reported four people killed.\n\n"
        "On 12 March, health workers at the site said the death toll had risen to seven, "
        "including two children, and that at least 15 people were injured."
    ) == [7]


def test_a_protester_who_died_of_his_injuries_later_is_one_of_the_acts_dead():
    assert _fatalities(
        "Police opened fire on protesters in Bukavu on Monday 4 March, killing two of them, "
        "a rights group said.\n\n"
        "On Thursday the group said a third protester, who had been flown to a hospital in "
        "Goma, had died of his injuries."
    ) == [3]


def test_one_death_a_source_and_the_report_each_tell_is_one():
    assert _fatalities(
        "Police fired live rounds to break up a march against fuel prices in Moundou on "
        "Thursday, killing one demonstrator, witnesses said.\n\n"
        "Marchers had blocked the main road since dawn. A 20-year-old apprentice hit in the "
        "neck was dead on arrival at the regional hospital, said the Association for Human "
        "Rights in Logone."
    ) == [1]


def test_fighters_a_lead_counts_ahead_of_the_fight_told_apart_are_that_fights_dead():
    assert _fatalities(
        "Jihadists shot dead three herders near Tillia on Monday, residents said, and the army "
        "said the next day it had killed six of the attackers.\n\n"
        "A herder's brother said the gunmen came on motorbikes and drove off the cattle.\n\n"
        "In a statement on Wednesday, the army said its units had tracked the group and "
        'engaged it on Tuesday near Tassara, east of Tillia. "Six terrorists were '
        'neutralised," the statement said.'
    ) == [3, 6]
