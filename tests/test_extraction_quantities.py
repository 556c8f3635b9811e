"""Numbers, number words, vague quantities and qualifiers, read the ACLED way."""

from __future__ import annotations

import pytest
from sitrep.quantities import find_quantities, parse_number


def _only(text):
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("84", 84),
        ("3,000", 3000),
        ("1.5 million", 1_500_000),
        ("seven", 7),
        ("forty-seven", 47),
        ("forty seven", 47),
        ("two hundred and five", 205),
        ("twelve thousand", 12_000),
    ],
)
def test_parse_number_reads_digits_and_words(words, value):
    assert parse_number(words) == value


def test_at_least_is_coded_as_the_stated_figure():
    q = _only("at least 21 people")
    assert (q.low, q.qualifier, q.coded) == (21, "at_least", 21)


def test_more_than_raises_the_lower_bound_but_codes_the_figure():
    q = _only("more than 30 fighters")
    assert (q.low, q.qualifier, q.coded) == (31, "more_than", 30)


def test_between_range_is_coded_as_its_lower_end():
    q = _only("between 16 and 25 villagers")
    assert (q.low, q.high, q.qualifier, q.coded) == (16, 25, "range", 16)


def test_hyphenated_digit_range():
    q = _only("24-25 people")
    assert (q.low, q.high, q.coded) == (24, 25, 24)


def test_about_is_approximately():
    q = _only("about thirty people")
    assert (q.best, q.qualifier, q.coded) == (30, "approximately", 30)


@pytest.mark.parametrize(
    ("phrase", "coded"),
    [
        ("dozens of soldiers", 12),
        ("tens of people", 10),
        ("hundreds of residents", 100),
        ("several civilians", 3),
        ("an unknown number of people", 3),
    ],
)
def test_vague_quantities_follow_acled_conventions(phrase, coded):
    q = _only(phrase)
    assert (q.qualifier, q.coded) == ("vague", coded)


@pytest.mark.parametrize(
    "text",
    [
        "a 20-year-old man",
        "in 2015 the rebels",
        "82mm mortars",
        "20 km north",
        "at 6 pm",
        "the 2015-2016 drought",
    ],
)
def test_ages_years_and_measures_are_not_counts(text):
    assert find_quantities(text) == []


def test_offsets_are_shifted_into_the_document():
    q = find_quantities("killed 5 people", offset=100)[0]
    assert (q.char_start, q.char_end) == (107, 108)


def test_numbers_in_a_slash_date_are_not_counts():
    assert [q.coded for q in find_quantities("Three men were on 12/03 arrested.")] == [3]


def test_no_one_is_not_a_count():
    assert find_quantities("No one was hurt, but no-one slept.") == []
    assert [q.coded for q in find_quantities("Only one was hurt.")] == [1]
