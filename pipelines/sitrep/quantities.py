"""Numbers in news prose: digits, number words, vague quantities and their qualifiers.

ACLED codes the most conservative reading of a figure, so every quantity keeps its bounds
(low/best/high) and a ``coded`` value: "at least 21" -> 21, "between 16 and 25" -> 16,
"dozens" -> 12. The vocabularies live in ``seeds/*.csv`` so analysts can extend them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitrep.seeds import read_seed_csv
from sitrep.text import LowercaseRegex, LowercaseWordRegex, WordRegex, window_before


@dataclass(unsafe_hash=True)  # (not frozen: see actors.ActorMention)
class Quantity:
    text: str
    char_start: int
    char_end: int
    low: int | None
    best: int | None
    high: int | None
    qualifier: str  # exact|at_least|more_than|approximately|up_to|range|vague
    coded: int  # the figure ACLED would code

    @property
    def is_vague(self) -> bool:
        return self.qualifier == "vague"


@dataclass(frozen=True)
class _Vocab:
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    vague: dict[str, tuple[int, int, int | None, int]]
    qualifiers: dict[str, str]
    regex: re.Pattern[str]
    # every count starts a word beginning with one of these (None: unknown, scan everything)
    first_words: tuple[str, ...] | None
    # the regex tried only where a count can start (None: first_words unknown)
    at_words: WordRegex | None


def _alternation(phrases: list[str]) -> str:
    """Regex alternation of lowercase phrases, longest first so 'dozens of' wins over 'dozens'.

    Phrases are grouped by their first character ('a(?:bout|round|...)'), which keeps that
    order among the phrases that can match at a position but spares the regex engine trying
    every phrase at every word.
    """
    ordered = sorted(set(phrases), key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for phrase in ordered:
        groups.setdefault(phrase[0], []).append(_escape(phrase[1:]))
    return "|".join(f"{_escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


def _escape(phrase: str) -> str:
    """A literal phrase whose spaces match any run of whitespace."""
    return re.escape(phrase).replace(r"\ ", r"\s+")


@cache
def _vocab() -> _Vocab:
    units, tens, scales = {}, {}, {}
    for row in read_seed_csv("number_words.csv"):
        target = {"unit": units, "tens": tens, "scale": scales}[row["kind"]]
        target[row["word"].lower()] = int(row["value"])
    vague = {}
    for row in read_seed_csv("vague_quantities.csv"):
        high = int(row["high"]) if row["high"] else None
        vague[row["phrase"].lower()] = (int(row["low"]), int(row["best"]), high, int(row["coded"]))
    qualifiers = {
        r["phrase"].lower(): r["qualifier"] for r in read_seed_csv("quantity_qualifiers.csv")
    }

    unit_words = [w for w in units if w != "no"]
    word = _alternation(unit_words + list(tens) + list(scales))
    word_number = rf"(?:{word})(?:(?:\s*-\s*|\s+(?:and\s+)?)(?:{word}))*"
    digits = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
    digit_number = rf"(?:{digits})(?:\s+(?:{_alternation(list(scales))}))?"
    number = rf"(?:{digit_number}|{word_number})"
    qualifier = _alternation(list(qualifiers))
    pattern = rf"""
        (?<![\w.,-])
        (?:(?P<qual>{qualifier})\s+)?
        (?:
            between\s+(?P<r1a>{number})\s+(?:and|to)\s+(?P<r1b>{number})
          | (?P<r2a>{digits})\s*(?:-|–)\s*(?P<r2b>{digits})(?![\w-])
          | (?P<r3a>{number})\s+(?:to|or)\s+(?P<r3b>{number})(?![\w-])
          | (?P<num>{number})
          | (?P<vague>{_alternation(list(vague))})
        )
        (?![\w])
    """
    try:
        # (its groups' text lowercase: find_quantities reads a count's text in the text)
        at_words = LowercaseWordRegex(pattern, re.IGNORECASE | re.VERBOSE)
        regex, firsts = at_words.regex, at_words.firsts
    except ValueError:  # a seeded phrase that does not open with a letter or digit
        at_words, firsts = None, None
        regex = re.compile(pattern, re.IGNORECASE | re.VERBOSE)
    return _Vocab(units, tens, scales, vague, qualifiers, regex, firsts, at_words)


_DIGIT_NUMBER_RE = re.compile(r"(\d+(?:\.\d+)?)(?:\s+([a-z]+))?")
_NUMBER_PARTS_RE = re.compile(r"[\s-]+")
_SPACES_RE = re.compile(r"\s+")


def parse_number(text: str) -> int | None:
    """Value of '3,000', '1.5 million', 'forty-seven', 'two hundred and five'; None if not one."""
    if text.isdecimal() and len(text) < 16:
        return int(text)  # "12", most numbers: the same value as the float's below, found at once
    vocab = _vocab()
    cleaned = text.strip().lower().replace(",", "")
    digit_match = _DIGIT_NUMBER_RE.fullmatch(cleaned)
    if digit_match:
        value = float(digit_match.group(1))
        if digit_match.group(2):
            scale = vocab.scales.get(digit_match.group(2))
            if scale is None:
                return None
            value *= scale
        return int(round(value))
    total, current, seen = 0, 0, False
    for token in _NUMBER_PARTS_RE.split(cleaned):
        if token == "and" or not token:
            continue
        if token in vocab.units:
            current += vocab.units[token]
        elif token in vocab.tens:
            current += vocab.tens[token]
        elif token in vocab.scales:
            scale = vocab.scales[token]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


# Numbers that are ages, years, measures, times or ordinals, not counts of people or things.
# (matched after every number: a LowercaseRegex, its letters lowercase, "gmt" for "GMT"; in
# the 12 characters after it as they are, not cut back to whole words: most alternatives are
# a word's beginning, "kilomet", that a window of whole words would drop with the cut word)
_NOT_A_COUNT_AFTER = LowercaseRegex(
    r"""\s*(?:-|\s)?\s*(?:year|yr|month|week|day|hour|minute|km|kilomet|mile|meter|metre|mm\b|cm\b|
    m\b|kg|ton|%|per\s*cent|percent|am\b|pm\b|a\.m|p\.m|h\b|st\b|nd\b|rd\b|th\b|gmt|hrs?\b|o'clock|
    caliber|calibre|degree)""",
    re.IGNORECASE | re.VERBOSE,
)
_YEAR_CONTEXT_BEFORE = LowercaseRegex(
    r"(?:\b(?:in|since|until|till|by|of|from|year|early|late|mid|end|during|before|after|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)"
    r"|[,/])\s*$",
    re.IGNORECASE,
)


_NO_ONE_RE = re.compile(r"\bno[\s-]$", re.IGNORECASE)


def _is_year(value: int, raw: str, text: str, start: int) -> bool:
    """A four-digit number from 1900 to 2100 read as a year ("2,000", with its thousands
    separator, is a count)."""
    if not (raw.isdigit() and len(raw) == 4 and 1900 <= value <= 2100):
        return False
    return bool(_YEAR_CONTEXT_BEFORE.search(window_before(text, start, 12))) or value >= 1990


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """All counts in ``text`` (offsets shifted by ``offset``), skipping years, ages and measures."""
    vocab = _vocab()
    found: list[Quantity] = []
    if vocab.at_words is None:
        matches = vocab.regex.finditer(text)
    else:  # the long regex is only tried where a count can start
        matches = vocab.at_words.finditer(text)
    for match in matches:
        # (the groups asked of every match, in one call)
        qual_phrase, vague_phrase, raw = match.group("qual", "vague", "num")
        start, end = match.span()
        qualifier = "exact"
        if qual_phrase:
            qual_phrase = _SPACES_RE.sub(" ", qual_phrase.lower())
            qualifier = vocab.qualifiers.get(qual_phrase, "exact")
        if vague_phrase:
            phrase = _SPACES_RE.sub(" ", vague_phrase.lower())
            low, best, high, coded = vocab.vague[phrase]
            if phrase in {"some", "many", "few", "several", "multiple", "numerous"} and qual_phrase:
                continue
            qualifier = "vague"
        elif raw:
            value = parse_number(raw)
            # (the year first: a third of the numbers, and quick to rule out)
            if value is None or _is_year(value, raw, text, match.start("num")):
                continue
            after = text[end : end + 12]
            if _NOT_A_COUNT_AFTER.match(after):
                continue
            if raw[0].isdigit() and "/" in (after[:1], text[start - 1 : start]):
                continue  # "on 12/03": a date, not a count
            if raw.lower() == "one" and _NO_ONE_RE.search(text, 0, match.start("num")):
                continue  # "no one was killed": nobody, not one
            low, best, high, coded = _bounds(value, qualifier)
        else:
            first = match.group("r1a") or match.group("r2a") or match.group("r3a")
            second = match.group("r1b") or match.group("r2b") or match.group("r3b")
            a, b = parse_number(first), parse_number(second)
            if a is None or b is None or _NOT_A_COUNT_AFTER.match(text[end : end + 12]):
                continue
            if not a < b or _is_year(a, first, text, start):
                # "24-25" is a range; "2015-2016" a pair of years; "5 or 3" no range at all
                continue
            qualifier = "range"
            low, best, high, coded = a, a, b, a
        found.append(
            Quantity(
                text[start:end], offset + start, offset + end, low, best, high, qualifier, coded
            )
        )
    return _digits_repeated(found, text, offset) if "(" in text else found


_REPEAT_GAP_RE = re.compile(r"\s*\(\s*$")


def _digits_repeated(found: list[Quantity], text: str, offset: int) -> list[Quantity]:
    """'seven (07) terrorists', a communiqué's habit: the digits in brackets repeat the figure
    before them, and the figure runs on to the closing bracket."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        close = q.char_end - offset
        if (
            prev is not None
            and prev.coded == q.coded
            and _REPEAT_GAP_RE.fullmatch(text, prev.char_end - offset, q.char_start - offset)
            and text.startswith(")", close)
        ):
            out[-1] = Quantity(
                text[prev.char_start - offset : close + 1],
                prev.char_start,
                offset + close + 1,
                prev.low,
                prev.best,
                prev.high,
                prev.qualifier,
                prev.coded,
            )
            continue
        out.append(q)
    return out


def _bounds(value: int, qualifier: str) -> tuple[int | None, int | None, int | None, int]:
    """(low, best, high, coded) for a stated figure under its qualifier."""
    if qualifier == "at_least":
        return value, value, None, value
    if qualifier == "more_than":
        return value + 1, value + 1, None, value
    if qualifier == "up_to":
        # "up to 15" states a ceiling, not a floor: the honest low bound is 0
        return 0, value, value, value
    return value, value, value, value
