"""Date expressions resolved against the publication date (or the text's own year)."""

from __future__ import annotations

import datetime as dt

import pytest
from sitrep.dates import find_dates, resolve_relative_date, resolve_years

PUB = dt.date(2024, 8, 2)  # a Friday


@pytest.mark.parametrize(
    ("expression", "start", "end", "precision"),
    [
        ("in three days", dt.date(2024, 7, 30), PUB, "range"),
        ("yesterday", dt.date(2024, 8, 1), dt.date(2024, 8, 1), "day"),
        ("last Friday", dt.date(2024, 7, 26), dt.date(2024, 7, 26), "day"),
        ("on Monday", dt.date(2024, 7, 29), dt.date(2024, 7, 29), "day"),
        ("two days ago", dt.date(2024, 7, 31), dt.date(2024, 7, 31), "day"),
        ("On August 1", dt.date(2024, 8, 1), dt.date(2024, 8, 1), "day"),
        ("on July 28, 2024", dt.date(2024, 7, 28), dt.date(2024, 7, 28), "day"),
        ("On 28 April 2020,", dt.date(2020, 4, 28), dt.date(2020, 4, 28), "day"),
        ("in May 2021", dt.date(2021, 5, 1), dt.date(2021, 5, 31), "month"),
        ("In 2015", dt.date(2015, 1, 1), dt.date(2015, 12, 31), "year"),
    ],
)
def test_resolve_relative_date(expression, start, end, precision):
    mention = resolve_relative_date(expression, PUB)
    assert (mention.date_start, mention.date_end, mention.precision) == (start, end, precision)


def test_day_month_without_year_after_publication_falls_in_previous_year():
    mention = resolve_relative_date("On December 30", dt.date(2024, 1, 3))
    assert mention.date_start == dt.date(2023, 12, 30)


def test_between_days_of_a_month_is_a_range_starting_on_the_first_day():
    mention = resolve_relative_date("Between 3 and 5 May 2021", None)
    assert (mention.date_start, mention.date_end, mention.precision) == (
        dt.date(2021, 5, 3),
        dt.date(2021, 5, 5),
        "range",
    )


def test_around_date_keeps_the_stated_day_before_its_bracketed_range():
    mentions = resolve_years(find_dates("Around 9 March 2021 (between 7 - 11 March)"), None)
    assert mentions[0].date_start == dt.date(2021, 3, 9)
    assert mentions[1].date_start == dt.date(2021, 3, 7)  # year borrowed from the text


def test_relative_words_need_a_publication_date():
    assert resolve_relative_date("yesterday", None) is None


def test_day_without_any_year_stays_unresolved_without_publication_date():
    mention = resolve_relative_date("On 23 March, residents marched", None)
    assert mention.date_start is None and mention.precision is None


def test_lowercase_may_is_not_a_month():
    assert find_dates("they may 5 times") == []


@pytest.mark.parametrize(
    "text",
    [
        "Within 5 days, on 3 May 2021 and last Monday 12 June, a week ago on 3 March.",
        "Over the past 3 days 4-6 May; in 2 weeks since 2019, two days ago 5/6/2020.",
        "During the last 10 days of March 2020, between 3 and 5 May and mid-June 2021.",
        "Yesterday 7 July, this week 2-3 August, on Friday the 9th, over 12 days 9 Sept.",
    ],
)
def test_dates_without_publication_match_a_scan_of_every_expression(text):
    # without a publication date only words opening an absolute date are tried: the same
    # dates as trying the whole regex everywhere and dropping the unresolved relative ones
    from sitrep import dates

    expected = [
        (mention.text, mention.char_start, mention.date_start, mention.date_end)
        for m in dates._DATE_RE.finditer(text)
        if (mention := dates._interpret(m, text, 0, None)) is not None
    ]
    found = [(d.text, d.char_start, d.date_start, d.date_end) for d in find_dates(text, 0, None)]
    assert found == expected and found


def test_a_crisis_named_by_its_year_is_dated_by_it():
    found = find_dates("still recovering from a 2022 economic crisis that triggered mass protests")
    assert [(d.text, d.date_start.year, d.precision) for d in found] == [("2022", 2022, "year")]


def test_the_last_group_of_a_date_match_is_its_form():
    """_interpret tells a date's form by the match's last group: each form is a named group
    around one choice of the regex, closed after the groups inside it, so the last group spans
    the whole match. A group added after a form, or a form left unnamed, would break that."""
    import json

    from sitrep import dates

    from .conftest import PROJECT_DIR

    articles = (PROJECT_DIR / "tools" / "news_articles.jsonl").read_text("utf-8").splitlines()
    matches = [
        m for line in articles for m in dates._DATE_RE.finditer(json.loads(line)["text"].lower())
    ]
    assert len({m.lastgroup for m in matches}) >= 10  # most forms, absolute and relative
    assert [m.group(0) for m in matches if m.span(m.lastgroup) != m.span()] == []


@pytest.mark.parametrize(
    "text",
    [
        "On 14 March, traders marched in the town against a curfew in force since 2016.",
        "On 2 June, the party chose the man it will field in 2027.",
    ],
)
def test_day_without_year_takes_no_year_from_a_year_told_alone(text):
    mention = resolve_years(find_dates(text), None)[0]
    assert mention.date_start is None and mention.precision is None
