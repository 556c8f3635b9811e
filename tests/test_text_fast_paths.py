"""The quick paths of the text helpers give what the plain regexes give."""

from __future__ import annotations

import re

import pytest
from sitrep.text import LowercaseRegex, LowercaseWordRegex, WordRegex, word_starts

_TEXTS = [
    "",
    "  Gen. Haftar's forces KILLED 12 (twelve) at 05:30, near Sirte...",
    "_under_scores_ and\ttabs\nand new-lines; “quotes” are not ASCII",
    "Dotted İstanbul and ſ and K: non-ASCII words lowered one by one",
    "".join(map(chr, range(128))),
]


@pytest.mark.parametrize("text", _TEXTS)
def test_word_starts_are_those_of_the_regex(text):
    expected = [(m.start(), m.group(0).lower()) for m in re.finditer(r"\w+", text)]
    starts, words = word_starts(text)
    assert list(zip(starts, words, strict=True)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Relatives of the victims MOURNED the Brutal Killing of",
        "Protesters marched AGAINST the police after ",
        "they handed over ",
        "hundreds protested over the İmam's death of ",
        "",
    ],
)
def test_lowercase_regex_finds_what_the_caseless_regex_finds(text):
    pattern = r"(?:mourn\w*|against|(?<!handed\s)over|death\s+of)(?:\s+(?:the|a|\w+'s))*\s*$"
    fast = LowercaseRegex(pattern)
    plain = re.compile(pattern, re.IGNORECASE)
    for pos in range(len(text) + 1):
        found, expected = fast.search(text, pos), plain.search(text, pos)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("pattern", [r"[A-Z]\w+", r"Gen\.", r"(?-i:a)b", r"x|(?:y|[^Q])"])
def test_lowercase_regex_refuses_patterns_where_case_matters(pattern):
    with pytest.raises(ValueError):
        LowercaseRegex(pattern)


# the token pattern of sitrep.places as it was written before its quick ASCII path
_PLACE_TOKEN = re.compile(r"([^\W_][\w'’]*(?:-[\w'’]+)*)")


@pytest.mark.parametrize(
    "text",
    [
        *_TEXTS,
        "barricaded the Meru-Nanyuki and Meru- Isiolo roads (Central Imenti, Meru).",
        "the 'sanitary pass' in Aix-en-Provence, Provence-Alpes-Cote d'Azur",
        "x--y -a b- _c d_e f'g' h-'i j-_k l__ St.-Denis 2021-22 -",
        " a ",
        ".",
        "a",
    ],
)
def test_place_tokens_are_those_of_the_regex(text):
    from sitrep.places import _tokens

    pieces = _PLACE_TOKEN.split(text)
    ends = [len("".join(pieces[: k + 1])) for k in range(len(pieces))]
    toks = _tokens(text)
    assert list(toks) == pieces[1::2]
    assert toks.starts == ends[0:-1:2]
    assert toks.ends == ends[1::2]


@pytest.mark.parametrize(
    "text",
    [
        "At least TWENTY-ONE were killed, About 5 wounded and Dozens missing.",
        "between Three and five; 1,000 or 2,000 people; no one",
        "Dotted İstanbul: Twelve killed (non-ASCII, matched as the plain regex)",
        "",
    ],
)
def test_lowercase_word_regex_finds_what_the_word_regex_finds(text):
    pattern = (
        r"(?<![\w.,-])(?:(?:at\s+least|about)\s+)?"
        r"(?:\d+(?:,\d{3})*|(?:twenty|one|three|five|twelve)(?:-(?:one|five))?|dozens)(?![\w])"
    )
    fast = LowercaseWordRegex(pattern, re.IGNORECASE)
    plain = WordRegex(pattern, re.IGNORECASE)
    spans = [m.span() for m in fast.finditer(text)]
    assert spans == [m.span() for m in plain.finditer(text)]
    assert spans == [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
    with pytest.raises(ValueError):
        LowercaseWordRegex(r"\b(?:said|Gen\.)")


def test_spans_are_half_open_for_overlaps_and_starts_in():
    from sitrep.text import overlaps, starts_in

    assert overlaps(3, 6, [(0, 1), (5, 7)])
    assert not overlaps(3, 5, [(5, 7)])  # touching is not overlapping
    assert not overlaps(3, 6, [])
    assert starts_in(5, [(5, 7)])
    assert not starts_in(7, [(5, 7)])
