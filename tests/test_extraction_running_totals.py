"""Running totals over a period ("the war has killed 40,000") are kept, as background, and never
added to the deaths of the event the article reports."""

from __future__ import annotations

import datetime as dt

import pytest
from sitrep.casualties import find_casualties
from sitrep.extraction import extract_document
from sitrep.quantities import find_quantities

PUBLISHED = dt.date(2024, 9, 10)
STRIKE = "On Sunday, an army drone strike on a fuel depot in Nyala killed four RSF fighters."


def _cumulative(sentence):
    """(count, is_cumulative) of every killed figure in the sentence."""
    figures = find_casualties(sentence, 0, find_quantities(sentence))
    return [(f.coded, f.is_cumulative) for f in figures if f.outcome == "killed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The war has killed more than 40,000 people.",
        "More than 40,000 people have been killed in the war, which began last year.",
        "At least 500 people have been killed in raids across the province so far this year.",
        "Violence in the region has left over 1,000 dead since January.",
        "The conflict, which has killed 12,000 people, shows no sign of ending.",
        "Some 3,000 civilians have died over the past two years.",
        "Shelling resumed, bringing the death toll from ten days of fighting to 212.",
        "Over 4,000 people died in cartel violence across the state last year.",
        "Officials say more than 150 people have been killed by Israeli fire since the truce.",
        "The fighting has killed more than 2,000 people, aid agencies say.",
        "Some 900 fighters have died in the valley, according to a United Nations tally.",
        "The insurgency in the northeast, now in its 16th year, has killed more than 40,000.",
        "Rights groups say at least 18 people have been killed since the protests began.",
    ],
)
def test_a_count_over_a_period_is_a_running_total(sentence):
    assert [flag for _count, flag in _cumulative(sentence)] == [True]


@pytest.mark.parametrize(
    "sentence",
    [
        "Shelling killed 9 people in the market on Monday, the deadliest attack since January.",
        "Gunmen killed 5 people on Tuesday in a village raided twice since March.",
        "Two soldiers were killed in the conflict zone near the border.",
        "Twelve people were killed when a bus hit a mine.",
    ],
)
def test_an_event_compared_with_a_period_is_not_a_running_total(sentence):
    assert [flag for _count, flag in _cumulative(sentence)] == [False]


def test_only_the_clause_that_counts_over_the_period_is_a_running_total():
    sentence = (
        "Gunmen killed 5 villagers near Kutum on Tuesday, bringing to 300 the number of "
        "people killed in the district since January."
    )
    assert _cumulative(sentence) == [(5, False), (300, True)]


def _events(text):
    _analysis, events, casualties = extract_document(text, PUBLISHED)
    return events, casualties


def test_a_war_toll_closing_the_article_is_not_added_to_the_event_before_it():
    events, casualties = _events(
        f"{STRIKE}\n\nThe war has killed more than 40,000 people, according to the United Nations."
    )
    news = [e for e in events if not e["is_background"]]
    assert [e["fatalities"] for e in news] == [4]
    background = [e for e in events if e["is_background"]]
    assert len(background) == 1
    toll = [c for c in casualties if c["event_seq"] == background[0]["seq"]]
    assert [(c["count_low"], c["quote"]) for c in toll] == [(40001, "more than 40,000 people")]


def test_a_running_total_has_no_day_of_its_own():
    events, _casualties = _events(f"{STRIKE} The war has killed more than 40,000 people.")
    background = next(e for e in events if e["is_background"])
    assert (background["date_start"], background["date_end"]) == (None, None)


def test_a_war_toll_in_the_opening_sentence_leaves_the_event_after_it_primary():
    events, _casualties = _events(f"The war has killed more than 40,000 people. {STRIKE}")
    primary = next(e for e in events if not e["is_background"])
    assert (primary["location"], primary["fatalities"]) == ("Nyala", 4)
    assert [e["seq"] for e in events] == [0, 1]
    assert events[0]["is_background"]


def test_the_event_keeps_its_deaths_when_a_running_total_shares_its_sentence():
    events, _casualties = _events(
        "Gunmen killed 5 villagers near Kutum on Tuesday, bringing to 300 the number of "
        "people killed in the district since January."
    )
    assert [(e["is_background"], e["fatalities"]) for e in events] == [(False, 5), (True, 300)]


def test_a_killing_years_ago_is_kept_as_dated_background():
    events, casualties = _events(
        "Rebels said on Thursday they had killed 20 soldiers near Kidal.\n\n"
        "In 2012, an uprising in the north killed more than 200 people."
    )
    assert [(e["is_background"], e["fatalities"]) for e in events] == [(False, 20), (True, 200)]
    assert (events[1]["date_start"], events[1]["date_precision"]) == (dt.date(2012, 1, 1), "year")
    assert [c["event_seq"] for c in casualties] == [0, 1]


def test_the_warehouse_keeps_a_running_total_out_of_its_news_figures(tmp_path):
    import duckdb

    from .conftest import materialize

    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "sudan.txt").write_text(
        f"date {PUBLISHED.isoformat()}\n{STRIKE}\n\nThe war has killed more than 40,000 people.",
        encoding="utf-8",
    )
    warehouse = tmp_path / "warehouse.duckdb"
    assert materialize([drop], warehouse).success
    con = duckdb.connect(str(warehouse), read_only=True)
    events = con.execute("SELECT is_background, fatalities FROM events ORDER BY seq").fetchall()
    assert events == [(False, 4), (True, 40000)]
    (news,) = con.execute("SELECT killed_low FROM event_casualties").fetchall()
    assert news == (4,)
    provenance = con.execute("SELECT quote FROM figure_provenance WHERE is_background").fetchall()
    assert provenance == [("more than 40,000 people",)]


def test_a_conflict_in_two_regions_that_has_killed_thousands_is_a_running_total():
    sentence = (
        "The armed conflict in the two English-speaking regions, now in its seventh year, has "
        "killed more than 6,000 people."
    )
    assert [flag for _count, flag in _cumulative(sentence)] == [True]


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents say more than 50 people have been killed since the latest round of violence "
        "began late last year.",
        "More than 300 suspected rustlers have been killed since then, according to the army.",
    ],
)
def test_a_count_since_a_round_of_violence_began_is_a_running_total(sentence):
    assert [flag for _count, flag in _cumulative(sentence)] == [True]
