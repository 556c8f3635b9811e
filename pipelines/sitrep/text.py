"""Sentence splitting that keeps character offsets into the original document."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import add
from re import _constants as sre_constants
from re import _parser as sre_parser
from typing import Any


@dataclass(unsafe_hash=True)  # (not frozen: see actors.ActorMention)
class Sentence:
    sent_idx: int
    char_start: int
    char_end: int
    text: str

    def as_row(self) -> dict:
        return {
            "sent_idx": self.sent_idx,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "text": self.text,
        }


class LowercaseRegex:
    """A case-insensitive regex whose letters are all lowercase, searched in an ASCII text as
    a case-sensitive regex in the text lowercased: there the engine skips each alternative of a
    long choice of words at its first letter, several times quicker than comparing letters
    without regard to case. The matches' offsets are those in the text (lowercasing keeps an
    ASCII text's length) but their text is lowercase: for tests, offsets and groups read
    without regard to case."""

    def __init__(self, pattern: str, flags: int = 0):
        self.regex = re.compile(pattern, flags | re.IGNORECASE)
        if _case_matters(sre_parser.parse(pattern, flags)):
            raise ValueError(f"{pattern[:60]!r} holds a capital or switches case-insensitivity")
        self._lowercase = re.compile(pattern, flags & ~re.IGNORECASE)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if text.isascii():
            return self._lowercase.search(text.lower(), pos, endpos)
        return self.regex.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if text.isascii():
            return self._lowercase.match(text.lower(), pos, endpos)
        return self.regex.match(text, pos, endpos)


def _case_matters(items: Any) -> bool:
    """Whether a parsed pattern holds a capital letter or a group that switches
    case-insensitivity (where a lowercased text and case-insensitive matching differ)."""
    for op, arg in items:
        if op in (sre_constants.LITERAL, sre_constants.NOT_LITERAL):
            if chr(arg).lower() != chr(arg):
                return True
        elif op is sre_constants.IN:
            for kind, value in arg:
                low, high = value if kind is sre_constants.RANGE else (value, value)
                if kind in (sre_constants.LITERAL, sre_constants.RANGE) and any(
                    chr(c).lower() != chr(c) for c in range(low, high + 1)
                ):
                    return True
        elif op is sre_constants.SUBPATTERN and (arg[1] or arg[2]):
            return True  # ("(?-i:...)": a part where case matters)
        else:  # (groups, choices, repeats and look-arounds hold parsed parts of their own)
            parts = arg if isinstance(arg, (tuple, list)) else (arg,)
            for part in parts:
                if isinstance(part, list):
                    if any(_case_matters(branch) for branch in part):
                        return True
                elif isinstance(part, sre_parser.SubPattern) and _case_matters(part):
                    return True
    return False


# A period after these is not a sentence end ("Gen. Haftar", "U.S. forces", "approx. 30").
_ABBREVIATIONS = (
    "mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pte adm brig cmdr rev sen rep gov pres "
    "st mt ft no nos vol approx est etc vs jan feb mar apr jun jul aug sep sept oct nov dec "
    "inc ltd co corp dept univ al e.g i.e u.s u.k u.n a.m p.m"
).split()
# ("[a-z]": any letter, as the regex ignores case)
_ABBREV_RE = LowercaseRegex(
    r"(?:\b(?:" + "|".join(re.escape(a) for a in _ABBREVIATIONS) + r")|\b[a-z]|\.[a-z])$"
)
# Candidate boundary: terminal punctuation (plus closing quotes/brackets), whitespace, then a
# sentence-like start; or a line break. (Opening with the set of the first characters lets the
# regex engine skip quickly from one of them to the next.)
_BOUNDARY_RE = re.compile(
    r"""[.!?\n](?:(?<=\n)|(?<=[.!?])[.!?]*["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9]))"""
)


# "... at around 10 a.m. Two of the wounded died": a clock's "a.m." ends the sentence when a
# capitalised word follows that goes on with no time ("10 a.m. Monday", "8 p.m. GMT")
_NEW_SENTENCE_AFTER_CLOCK_RE = re.compile(
    r"\s+(?![A-Z]{2,}\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|Local\b|Eastern\b"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[\"“]?[A-Z][a-z]"
)


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with [char_start, char_end) offsets; whitespace is trimmed from each side."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY_RE.finditer(text):
        if match.group(0) != "\n":
            before = text[max(start, match.start() - 8) : match.start()]
            if (
                _ABBREV_RE.search(before)
                and not before.endswith(("..",))
                and not (
                    before.endswith(("a.m", "p.m"))
                    and _NEW_SENTENCE_AFTER_CLOCK_RE.match(text, match.end())
                )
            ):
                # "Gen." / "U.S." / "J." are abbreviations unless at the very end
                if not re.search(r"\b(?:[A-Z]{2,}|\d+)$", before) or before.endswith("U.S"):
                    continue
        if match.group(0) == "." and _run_in_heading(text, start, match.start()):
            continue  # "Rennes. The most violent scenes came ...": the paragraph's place
        _append(text, start, match.end(), sentences)
        start = match.end()
    _append(text, start, len(text), sentences)
    return sentences


def _run_in_heading(text: str, start: int, end: int) -> bool:
    """A paragraph that opens with a name of one to three capitalised words and a full stop,
    the story going on in the same line ('Paris. Shortly after 7 a.m., ...'): a round-up's
    heading, which heads the sentence after it."""
    while start < end and text[start].isspace():
        start += 1
    if not start or text[start - 1] != "\n":
        return False  # (a heading opens a paragraph after the story's first)
    # ("🔸 Orikhiv. In the afternoon the enemy shelled the town": a bulleted item's heading)
    if bullet := _BULLET_MARK_RE.match(text, start, end):
        start = bullet.end()
    return _RUN_IN_HEADING_RE.fullmatch(text, start, end) is not None and text.startswith(
        " ", end + 1
    )


# a list item's mark before its heading: a bullet, a dash, an emoji ("•", "-", "🔸", "📍")
BULLET_MARK = r"[•▪►▶◾■●*\-–—·\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?[ \t]+"
_BULLET_MARK_RE = re.compile(BULLET_MARK)


# a run-in heading's name (a title such as "Maj." or "Lt." opens a sentence, not a heading)
# (the look-ahead "[\w.]{1,6}\." first: a word of up to six letters and a stop, which every
# abbreviation and its stop is; it spares most texts the try of each abbreviation in turn)
RUN_IN_HEADING = (
    r"(?!(?=[\w.]{1,6}\.)(?i:" + "|".join(re.escape(a) for a in _ABBREVIATIONS) + r")\.)"
    r"[A-Z][a-z][\w'’]*(?:[ -][A-Z][\w'’]*){0,2}"
    # ("Kherson, Korabelnyi district. In the afternoon, Russian artillery hit ...")
    r"(?:,[ ][A-Z][\w'’-]*[ ](?:district|raion|neighbourhood|microdistrict|hromada))?"
)
_RUN_IN_HEADING_RE = re.compile(RUN_IN_HEADING)


def _append(text: str, start: int, end: int, sentences: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))


# Prefilters. Running a long regex over every sentence is the main cost of extraction; most
# patterns can only match where the sentence has a word starting with one of a few literal
# beginnings, and a set of its lowercase words answers that cheaply.

# Characters re.IGNORECASE matches to an ASCII letter that str.lower() does not turn into it
# ("ı" matches "i"); sentences holding one skip the prefilters.
CASE_FOLD_ODDITIES = frozenset("\u0130\u0131\u017f")
_ZERO_WIDTH = (sre_constants.ASSERT, sre_constants.ASSERT_NOT, sre_constants.AT)
_STOP = (sre_constants.ANY, None)  # ends a word beginning (see _beginnings)
_MAX_BEGINNINGS = 2000


ANY_DIGIT = "#"  # a first_words() beginning: any decimal digit


def word_beginnings(pattern: str, flags: int = 0) -> set[str]:
    """Lowercase beginnings (ASCII letters and digits, words split by single spaces) one of
    which opens every match of ``pattern``; a result holding "" means none is known.

    Conservative: the scan stops at the first element that is not a literal letter, digit or
    space, a choice between them (groups, alternations, character sets, optional parts) or a
    zero-width assertion, so every match starts with one of the beginnings.
    """
    return _beginnings(list(sre_parser.parse(pattern, flags)), max_words=3)


def first_words(pattern: str, flags: int = 0) -> tuple[str, ...]:
    """Beginnings of the first word of every match of ``pattern`` (see word_beginnings), where
    ANY_DIGIT stands for a word opening with any decimal digit (``\\d``, ``[0-3]``).

    Each begins a word of the text: the gates built on them try the pattern only at the start
    of a word, or test only words' starts, so a pattern whose match may start inside a word
    (no leading ``\\b`` or look-behind ruling out ``\\w``, see _whole_words) is refused.
    """
    parsed = sre_parser.parse(pattern, flags)
    if parsed.state.flags & re.ASCII or not _opens_at_word_start(list(parsed)):
        raise ValueError(f"a match of {pattern[:60]!r} may start inside a word")
    firsts = {b.split(" ")[0] for b in _beginnings(list(parsed), digit_mark=True, max_words=1)}
    if "" in firsts:
        raise ValueError(f"no literal word begins every match of {pattern[:60]!r}")
    return tuple(sorted(firsts))


def _opens_at_word_start(items: list, opened: bool = False) -> bool:
    """Whether every path through the parsed ``items`` consumes its first character just after
    a proven word start (``\\b`` or a look-behind ruling out ``\\w``: see _starts_a_word)."""
    for k, (op, arg) in enumerate(items):
        if _starts_a_word(op, arg):
            opened = True
        elif op not in _ZERO_WIDTH:
            choices = _choices(op, arg)
            if choices is None:
                return opened  # (the first character consumed)
            rest = list(items[k + 1 :])
            return all(_opens_at_word_start(choice + rest, opened) for choice in choices)
    return opened


def whole_first_words(pattern: re.Pattern[str]) -> frozenset[str]:
    """The first words of every match of ``pattern``, each a whole word, for a set test
    against ``lower_words`` (cheaper than WordBeginnings' test of beginnings).

    Proven on the pattern's parse tree, not trusted to the sentences at hand: refuses (raises
    ValueError saying why) a pattern with a match that may start inside a word ("kill" in
    "skilled") or whose first word may go on past its literal letters (``announc\\w*``, or
    ``\\bkill`` at the pattern's end, would make the set test miss "announced", "killed").
    The proof holds for a search of the very text whose words are tested, from any ``pos``
    (``\\b`` and look-behinds still see the text before it); not for one cut short by an
    ``endpos`` or a slice, where ``\\b`` matches at the cut, inside a word.
    """
    parsed = sre_parser.parse(pattern.pattern, pattern.flags)
    try:
        if parsed.state.flags & re.ASCII:
            raise ValueError(_ASCII_BOUNDARY)
        return frozenset(_whole_words(list(parsed), "", False))
    except ValueError as error:
        raise ValueError(f"{pattern.pattern[:60]!r}: {error}") from None


_ASCII_BOUNDARY = "re.ASCII: its \\b and \\w split words where lower_words does not"


def _whole_words(items: list, word: str, opened: bool) -> set[str]:
    """The first words of the matches of the parsed ``items`` along every path through them
    (each choice, each optional part taken or not), given the letters of the first word so far
    and whether a word start was proven before them; ValueError if a path proves none.

    What proves a word start, just before the first letter: ``\\b`` (before a letter, the
    character before it is not a word character) or a negative look-behind of one set that
    holds ``\\w`` (``(?<!\\w)``, ``(?<![\\w-])``). What closes the word, just after its
    letters: ``\\b`` (after a letter, the next character is not a word character), a space or
    ASCII punctuation, or a set of such (``\\s``, ``\\W``, ``[- ]``). The end of the pattern
    does not: the match may end inside a word of the text. Other look-arounds only rule
    matches out and are passed over; anything else (``\\w``, ``.``, a range, a repeated word)
    makes the path, and the pattern, unproven.
    """
    for k, (op, arg) in enumerate(items):
        if not word and _starts_a_word(op, arg):
            opened = True
            continue
        if word and _ends_a_word(op, arg):
            return {word}
        if op in _ZERO_WIDTH:
            continue
        if op is sre_constants.LITERAL and chr(arg).isascii() and chr(arg).isalnum():
            if not opened:
                raise ValueError(f"a match may start inside a word, at {chr(arg)!r}")
            word += chr(arg).lower()
            continue
        choices = _choices(op, arg)
        if choices is None and word:
            raise ValueError(f"its first word may go on after {word!r}")
        if choices is None:
            raise ValueError("a match may open with something other than a literal word")
        rest = list(items[k + 1 :])
        found: set[str] = set()
        for choice in choices:
            found |= _whole_words(choice + rest, word, opened)
        return found
    if word:
        raise ValueError(f"a match may end inside a word, after {word!r}")
    raise ValueError("a match may open with no literal word")


def _choices(op: object, arg: Any) -> list[list] | None:
    """The ways through a parsed choice (an alternation, a group, a set of literal characters,
    an optional or repeated part), each to be followed by the rest of the pattern; None for
    anything else. (After a repetition that may recur, _STOP: what follows is not known.)"""
    if op is sre_constants.IN and all(o is sre_constants.LITERAL for o, _ in arg):
        return [[item] for item in arg]
    if op is sre_constants.BRANCH:
        return [list(branch) for branch in arg[1]]
    if op is sre_constants.SUBPATTERN and not (arg[1] | arg[2]) & re.ASCII:
        return [list(arg[3])]
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        low, high, body = arg[0], arg[1], list(arg[2])
        choices = [body] if high == 1 else [[*body, _STOP]]
        return [*choices, []] if low == 0 else choices
    return None


def _starts_a_word(op: object, arg: Any) -> bool:
    """``\\b``, or a negative look-behind of a set holding every word character."""
    if op is sre_constants.AT:
        return arg is sre_constants.AT_BOUNDARY
    if op is not sre_constants.ASSERT_NOT or arg[0] != -1 or len(arg[1]) != 1:
        return False
    ((kind, items),) = arg[1]
    word = (sre_constants.CATEGORY, sre_constants.CATEGORY_WORD)
    return kind is sre_constants.IN and word in items and (sre_constants.NEGATE, None) not in items


def _ends_a_word(op: object, arg: Any) -> bool:
    """``\\b``, a space or ASCII punctuation, or a set of only such characters, ``\\s``
    and ``\\W``: after a word's letters, where the text's word ends."""
    if op is sre_constants.AT:
        return arg is sre_constants.AT_BOUNDARY
    if op is sre_constants.LITERAL:
        return _ascii_non_word(arg)
    non_word = (sre_constants.CATEGORY_SPACE, sre_constants.CATEGORY_NOT_WORD)
    return op is sre_constants.IN and all(
        (kind is sre_constants.LITERAL and _ascii_non_word(value))
        or (kind is sre_constants.CATEGORY and value in non_word)
        for kind, value in arg
    )


def _ascii_non_word(code: int) -> bool:
    char = chr(code)
    return char.isascii() and not (char.isalnum() or char == "_")


# Words and the gaps between them. Patterns tried only at word starts keep their own leading
# look-behind, which still rejects a start it does not allow ("1,000" holds no count at "000").
_WORD_SPLIT_RE = re.compile(r"(\w+)")


# An ASCII text's bytes with every character that is not a word character (``\w``: letters,
# digits, "_") made a space and the capitals lowercase: the same words at the same offsets.
_ASCII_WORDS_LOWER = bytes(
    c if chr(c).isalnum() or chr(c) == "_" else ord(" ") for c in range(128)
).lower() + bytes(128)


@lru_cache(maxsize=256)
def _ascii_pieces(text: str) -> list[str]:
    """An ASCII text's words lowercased, with "" between two gap characters: the text split
    at every character that is not a word character (cached apart from the words' starts,
    which the sets of lower_words do not need)."""
    # (a byte table and str.split are several times quicker than a regex's split)
    return text.encode("ascii").translate(_ASCII_WORDS_LOWER).decode("ascii").split(" ")


@lru_cache(maxsize=256)
def _words(text: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Start and lowercase form of every run of word characters of ``text`` (cached: dates,
    counts and event cues all scan the same sentence)."""
    if text.isascii():
        pieces = _ascii_pieces(text)
        # each piece starts where the pieces before it end, plus one gap character after each
        starts = map(add, accumulate(map(len, pieces), initial=0), count())
        return tuple(compress(starts, pieces)), tuple(filter(None, pieces))
    # (lowering may lengthen a non-ASCII text: capital dotted I becomes two characters)
    pieces = _WORD_SPLIT_RE.split(text)  # gap, word, gap, ..., word, gap
    ends = tuple(accumulate(map(len, pieces)))  # (loops in C: no Python step per word)
    return ends[0:-1:2], tuple(map(str.lower, pieces[1::2]))


def word_starts(text: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """The start of every word of ``text``, and its lowercase form (cached)."""
    return _words(text)


def finditer_from_words(
    pattern: re.Pattern[str], text: str, firsts: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)``, trying the pattern only at the words that
    start with one of ``firsts`` (from ``first_words(pattern)``) and may begin a match.

    Every match must begin a word (the pattern opens with a look-behind such as ``(?<![\\w-])``).
    Worth it for long patterns that are slow to try at every character.
    """
    gate = _word_gate(pattern.pattern, pattern.flags, firsts)  # (hashing a Pattern is slow)
    return _finditer_gated(pattern, text, gate)


def _finditer_gated(pattern: re.Pattern[str], text: str, gate: WordMemo) -> Iterator[re.Match[str]]:
    """finditer_from_words with the pattern's word gate (see _word_gate) at hand."""
    if not (text.isascii() or CASE_FOLD_ODDITIES.isdisjoint(text)):
        return pattern.finditer(text)
    return _matches_from_words(pattern, text, gate)


def _matches_from_words(
    pattern: re.Pattern[str], text: str, gate: WordMemo, searched: str | None = None
) -> Iterator[re.Match[str]]:
    """(``searched``: the text the pattern is matched in, if not ``text`` itself: the text
    lowercased, of the same length, for a LowercaseWordRegex)"""
    starts, lowered = _words(text)
    if searched is None:
        searched = text
    end = 0
    for i in compress(range(len(lowered)), map(gate.__getitem__, lowered)):
        start = starts[i]
        if start < end:
            continue  # inside the previous match
        need = gate[lowered[i]]
        if need is not True and (i + 1 == len(lowered) or not lowered[i + 1].startswith(need)):
            continue  # the next word cannot go on a match from this word
        match = pattern.match(searched, start)  # look-behinds still see text[:start]
        if match:
            end = match.end()
            yield match


# How many words a word gate remembers: the dev notes ask a gate about up to 20,500 distinct
# words. Remembering only the first 10,000 left a third of the questions (119,000 of 348,000
# over the 9,597 notes) to be worked out again, 1.2% of a pass's instructions, and more in a
# worker's longer run; remembering them all cost about 1 MB.
GATE_WORDS_REMEMBERED = 100_000


@lru_cache(maxsize=256)
def _word_gate(pattern: str, flags: int, firsts: tuple[str, ...]) -> WordMemo:
    """Lowercase word -> whether ``pattern`` may match from it: False; True; or the beginnings,
    one of which the next word must start with.

    From the pattern's beginnings of two words: where its first word is followed by whitespace
    ("at least", "in 2020") a word must be that whole word, and the next word must start like
    the second ("at" is tried before "least", not before "attack" or "at home").
    """
    beginnings = _beginnings(list(sre_parser.parse(pattern, flags)), digit_mark=True, max_words=2)
    open_firsts = tuple(b for b in beginnings if " " not in b)  # may go on as a longer word
    seconds: dict[str, set[str]] = {}  # whole first word -> beginnings of the next one
    for beginning in beginnings:
        if " " in beginning:
            first, second = beginning.split(" ", 1)
            seconds.setdefault(first, set()).add(second)

    digit_first, digit_open = ANY_DIGIT in firsts, ANY_DIGIT in open_firsts  # (asked once)

    def gate(word: str) -> bool | tuple[str, ...]:
        if not _starts(word, firsts, digit_first):
            return False
        if _starts(word, open_firsts, digit_open):
            return True
        nexts = seconds.get(word)
        if not nexts:
            return False
        return True if "" in nexts else tuple(sorted(nexts))

    return WordMemo(gate, GATE_WORDS_REMEMBERED)


class WordRegex:
    """A regex every match of which begins a word with a literal beginning (it opens with
    ``\\b`` or a look-behind, then words such as ``(?:shot|killed)``). search() and finditer()
    try it only at the words of a text that start with one of its ``first_words``: much
    cheaper than scanning every character of a sentence."""

    def __init__(self, pattern: str, flags: int = 0):
        self.regex = re.compile(pattern, flags)
        self.firsts = first_words(pattern, flags)
        # (looked up once: the cache of gates hashes the pattern's text and first words)
        self._gate = _word_gate(pattern, flags, self.firsts)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return _finditer_gated(self.regex, text, self._gate)

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


class LowercaseWordRegex(WordRegex):
    """A case-insensitive WordRegex whose letters are all lowercase, matched in an ASCII text
    lowercased as a case-sensitive regex (see LowercaseRegex: several times quicker for a long
    choice of words). The matches' offsets are those in the text, their groups' text
    lowercase: read the text itself at their offsets where its case matters."""

    def __init__(self, pattern: str, flags: int = 0):
        super().__init__(pattern, flags)
        if _case_matters(sre_parser.parse(pattern, flags)):
            raise ValueError(f"{pattern[:60]!r} holds a capital or switches case-insensitivity")
        self._lowercase = re.compile(pattern, flags & ~re.IGNORECASE)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if text.isascii():
            return _matches_from_words(self._lowercase, text, self._gate, text.lower())
        return super().finditer(text)


@lru_cache(maxsize=256)
def lower_words(text: str) -> frozenset[str] | None:
    """Lowercase runs of word characters in ``text``; None when case folding is not safe
    (cached: event cues and casualties both ask about the same sentence)."""
    if text.isascii():
        return frozenset(filter(None, _ascii_pieces(text)))
    if not CASE_FOLD_ODDITIES.isdisjoint(text):
        return None
    return frozenset(_words(text)[1])


def holds_any(text: str, words: frozenset[str]) -> bool:
    """Whether ``text`` holds one of ``words`` (from whole_first_words; True when its words
    are unknown): a set test, much quicker than a search of the text for them."""
    held = lower_words(text)
    return held is None or not words.isdisjoint(held)


class WordSetGates:
    """Searches over a whole sentence skipped when its words hold none of the words that open
    every match of the pattern: most sentences hold none, and its (cached) words tell that at
    once, where the search would try the pattern at every position.

    Each pattern's first words are proven whole words by ``whole_first_words``, which raises
    ValueError (at import) for a pattern where a set test of words could miss a match. Keyed by
    id: hashing a compiled pattern hashes its whole code, at every look-up.
    """

    def __init__(self, *patterns: re.Pattern[str] | LowercaseRegex | WordRegex):
        self._words = {id(p): whole_first_words(getattr(p, "regex", p)) for p in patterns}

    def words(self, pattern: re.Pattern[str] | LowercaseRegex | WordRegex) -> frozenset[str]:
        """The words one of which every match of ``pattern`` opens with."""
        return self._words[id(pattern)]

    def search(
        self, pattern: re.Pattern[str] | LowercaseRegex | WordRegex, text: str
    ) -> re.Match[str] | None:
        """``pattern.search(text)``, skipped when the text's words rule a match out (a pattern
        without a gate is searched as it is)."""
        needed = self._words.get(id(pattern))
        if needed is not None and not holds_any(text, needed):
            return None
        return pattern.search(text)


class WordBeginnings:
    """A set test of a text's words against word beginnings (from first_words or written by
    hand; ANY_DIGIT among them stands for any decimal digit), for patterns whose first words
    are not whole (``assassinat\\w+``). Its memo of answers per word is looked up once: the
    memos are cached by their beginnings, and hashing a long tuple at every sentence is slow."""

    def __init__(self, beginnings: tuple[str, ...]):
        self.beginnings = beginnings
        self._starts = _starts_with(beginnings, any_digit=True).__getitem__

    def in_words(self, words: frozenset[str] | None) -> bool:
        """Whether a word of ``lower_words(...)`` starts with one of the beginnings (always
        True when the words are unknown)."""
        # map() keeps the loop in C: this runs for every sentence and pattern
        return words is None or any(map(self._starts, words))


class WordMemo(dict):
    """``compute(key)`` for each key asked, remembered for the first ``size`` keys (the
    frequent words come early): for answers about a word, which recur from sentence to
    sentence."""

    def __init__(self, compute: Callable[[str], Any], size: int):
        super().__init__()
        self.compute = compute
        self.size = size

    def __missing__(self, key: str) -> Any:
        value = self.compute(key)
        if len(self) < self.size:
            self[key] = value
        return value


@lru_cache(maxsize=256)
def _starts_with(beginnings: tuple[str, ...], any_digit: bool = False) -> WordMemo:
    """Lowercase word -> whether it starts with one of ``beginnings`` (with ``any_digit``, an
    ANY_DIGIT among them stands for any decimal digit). Words recur from sentence to sentence,
    while str.startswith over a long tuple of beginnings is slow: the prefilters remember their
    answer per word."""
    digits = any_digit and ANY_DIGIT in beginnings
    return WordMemo(lambda word: _starts(word, beginnings, digits), GATE_WORDS_REMEMBERED)


def _starts(word: str, beginnings: tuple[str, ...], digits: bool) -> bool:
    return (digits and word[:1].isdecimal()) or word.startswith(beginnings)


class PatternsFromWords:
    """Several patterns, each tried only at the words that can begin its matches (as
    finditer_from_words does for one), in a single walk over a text's words. A pattern
    without literal first words is run over the whole text."""

    def __init__(self, patterns: dict[Hashable, re.Pattern[str]]):
        self.patterns = patterns
        self._order = {key: n for n, key in enumerate(patterns)}.__getitem__
        firsts: dict[Hashable, tuple[str, ...]] = {}
        for key, pattern in patterns.items():
            try:
                firsts[key] = first_words(pattern.pattern, pattern.flags)
            except ValueError:
                pass  # no literal word begins every match: run over the whole text
        self._anywhere = [key for key in patterns if key not in firsts]
        gates = {
            key: _word_gate(patterns[key].pattern, patterns[key].flags, found)
            for key, found in firsts.items()
        }
        # first word -> keys of the patterns it may open. A word is looked up by its prefixes,
        # one per length of first word: most words begin no pattern, and only the gates of
        # those it may begin are asked (str.startswith over the hundreds of first words of
        # all patterns, then over each pattern's, made every new word slow)
        by_first: dict[str, list[Hashable]] = {}
        for key, found in firsts.items():
            for word in found:
                by_first.setdefault(word, []).append(key)
        lengths = tuple(sorted({len(word) for word in by_first}))
        digit_keys = tuple(by_first.get(ANY_DIGIT, ()))

        def keys_from(word: str) -> tuple[tuple[Hashable, bool | tuple[str, ...]], ...]:
            candidates = set(digit_keys) if word[:1].isdecimal() else set()
            for n in lengths:
                if n > len(word):
                    break
                candidates.update(by_first.get(word[:n], ()))
            # (only the candidates' gates, not all of them: most words have no candidate)
            return tuple(
                (k, gates[k][word]) for k in sorted(candidates, key=self._order) if gates[k][word]
            )

        # lowercase word -> (key, what it asks of the next word) of the patterns that may match
        # from it (see _word_gate)
        self._keys_from = WordMemo(keys_from, GATE_WORDS_REMEMBERED).__getitem__

    def starts(self, text: str) -> dict[Hashable, tuple[int, ...]]:
        """Key -> start of every match of its pattern in ``text`` (those of
        ``pattern.finditer``), for the keys with a match, in the order of ``patterns``."""
        found: dict[Hashable, list[int]] = {}
        if text.isascii() or CASE_FOLD_ODDITIES.isdisjoint(text):
            ends: dict[Hashable, int] = {}  # key -> end of its last match
            starts, lowered = _words(text)
            for i in compress(range(len(lowered)), map(self._keys_from, lowered)):
                start = starts[i]
                for key, need in self._keys_from(lowered[i]):
                    if start < ends.get(key, 0):
                        continue  # inside the previous match
                    if need is not True and (
                        i + 1 == len(lowered) or not lowered[i + 1].startswith(need)
                    ):
                        continue  # (see finditer_from_words)
                    match = self.patterns[key].match(text, start)
                    if match:
                        ends[key] = match.end()
                        found.setdefault(key, []).append(start)
            scanned = self._anywhere
        else:
            scanned = list(self.patterns)  # (see finditer_from_words)
        for key in scanned:
            hits = [m.start() for m in self.patterns[key].finditer(text)]
            if hits:
                found[key] = hits
        return {key: tuple(found[key]) for key in sorted(found, key=self._order)}


# A trigger: (key, whole words a sentence must also hold, beginnings of one more word, any of
# which will do). The beginning "a group of residents" needs a word starting "a", the words
# "group" and "of", and a word starting "residents" (words after a space start words too).
_Trigger = tuple[Hashable, frozenset[str], tuple[str, ...]]


class WordTriggers:
    """Which of several patterns may match a sentence, judged from its words alone.

    Built from each pattern's ``word_beginnings``; a pattern without known beginnings is
    always possible.
    """

    def __init__(self, beginnings: dict[Hashable, set[str]]):
        by_first: dict[str, list[_Trigger]] = {}
        self.always = frozenset(key for key, found in beginnings.items() if "" in found)
        for key, found in beginnings.items():
            if key in self.always:
                continue
            for beginning in sorted(found):
                first, *later = beginning.split(" ")
                last = later.pop() if later else ""
                trigger = (key, frozenset(later), (last,) if last else ())
                by_first.setdefault(first, []).append(trigger)
        self._by_first = by_first
        self._lengths = tuple(sorted({len(first) for first in by_first}))
        # the first beginnings' openings, as long as the shortest of them: most words start
        # none, and one set test rules those out before a look-up per length (_triggers_of)
        self._shortest = min(map(len, by_first), default=0)
        self._openings = frozenset(first[: self._shortest] for first in by_first)
        # lowercase word -> its triggers (see _triggers_of)
        self._starting = WordMemo(self._triggers_of, 200_000).__getitem__

    def possible(self, words: frozenset[str] | None) -> set[Hashable] | None:
        """Keys whose pattern may match a sentence of ``lower_words``; None: all of them."""
        if words is None:
            return None
        possible = set(self.always)
        # (filter and map keep the loop over the many words without a trigger in C)
        for triggers in filter(None, map(self._starting, words)):
            for key, needed, lasts in triggers:
                if key in possible or not needed <= words:
                    continue
                # (lasts vary too much to memoise as WordBeginnings does)
                if not lasts or any(map(str.startswith, words, repeat(lasts))):
                    possible.add(key)
        return possible

    def _triggers_of(self, word: str) -> tuple[_Trigger, ...]:
        """Triggers whose first beginning starts ``word``, merged per key and needed words."""
        if word[: self._shortest] not in self._openings:
            return ()
        merged: dict[tuple[Hashable, frozenset[str]], set[str]] = {}
        for n in self._lengths:
            if n > len(word):
                break
            for key, needed, lasts in self._by_first.get(word[:n], ()):
                if not lasts or merged.get((key, needed)) == set():
                    merged[(key, needed)] = set()  # needs no further word beginning
                else:
                    merged.setdefault((key, needed), set()).update(lasts)
        return tuple((k, needed, tuple(sorted(ls))) for (k, needed), ls in merged.items())


def _beginnings(
    items: list, prefix: str = "", digit_mark: bool = False, max_words: int = 1
) -> set[str]:
    """See word_beginnings; stops after ``max_words`` words, and gives up on choices that
    multiply into too many beginnings (the number of beginnings grows with each word)."""
    for k, (op, arg) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        if digit_mark and not prefix and _is_digit_class(op, arg):
            return {ANY_DIGIT}
        if _is_space(op, arg) or (
            op is sre_constants.MAX_REPEAT
            and arg[0] >= 1
            and len(arg[2]) == 1
            and _is_space(*arg[2][0])
        ):
            if not prefix or prefix.endswith(" ") or prefix.count(" ") + 1 >= max_words:
                return {prefix}
            prefix += " "  # words after whitespace start words too
            continue
        if op is sre_constants.LITERAL:
            char = chr(arg).lower()
            if not (char.isascii() and char.isalnum()):
                return {prefix}
            prefix += char
            continue
        # (one repetition can be followed by the rest; several end the known beginning)
        choices = _choices(op, arg)
        if choices is None:
            return {prefix}
        rest = list(items[k + 1 :])
        found: set[str] = set()
        for choice in choices:
            found |= _beginnings(choice + rest, prefix, digit_mark, max_words)
        return found if len(found) <= _MAX_BEGINNINGS else {prefix}
    return {prefix}


def _is_space(op: object, arg: object) -> bool:
    """A single space or ``\\s``."""
    if op is sre_constants.LITERAL:
        return arg == ord(" ")
    return op is sre_constants.IN and arg == [
        (sre_constants.CATEGORY, sre_constants.CATEGORY_SPACE)
    ]


def _is_digit_class(op: object, arg: object) -> bool:
    """A set of decimal digits only: ``\\d``, ``[0-3]``."""
    if op is not sre_constants.IN:
        return False
    for kind, value in arg:
        if kind is sre_constants.CATEGORY and value is sre_constants.CATEGORY_DIGIT:
            continue
        if kind is sre_constants.RANGE and ord("0") <= value[0] <= value[1] <= ord("9"):
            continue
        if kind is sre_constants.LITERAL and chr(value).isdecimal():
            continue
        return False
    return True


# (plain loops: asked for every mention, they cost a fraction of any() over a generator, which
# pays for the exception that closes it when it stops early)
def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the stretch from start to end overlaps one of the (start, end) spans."""
    for s, e in spans:
        if s < end and start < e:
            return True
    return False


def starts_in(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the offset lies in one of the (start, end) spans."""
    for s, e in spans:
        if s <= at < e:
            return True
    return False


# Windows of whole words. Rules read a few characters before or after a mention with regexes
# that rely on word boundaries ("\bsupported\s+by\s+$", "\bgovernor\b"); a window cut inside a
# word hands them a piece of it, where \b matches at the cut: cut after the "un" of
# "unsupported by", a window reads "supported by"; cut inside "governorate", "governor".
def window_before(text: str, end: int, width: int) -> str:
    """The text's last ``width`` characters before ``end``, less the rest of a word the cut
    splits: the window starts at a word's start (or the text's), never inside a word."""
    start = end - width
    if start <= 0:
        return text[:end]
    cut_word = _REST_OF_CUT_WORD_RE.match(text, start, end)
    return text[cut_word.end() if cut_word else start : end]


def window_after(text: str, start: int, width: int) -> str:
    """The text's first ``width`` characters from ``start``, less the beginning of a word the
    cut splits: the window ends at a word's end (or the text's), never inside a word."""
    end = start + width
    if _WORD_GOES_ON_RE.match(text, end) is None:
        return text[start:end]
    up_to_cut_word = _UP_TO_LAST_NON_WORD_RE.match(text, start, end)
    return text[start : up_to_cut_word.end()] if up_to_cut_word else ""


# (one match at the cut each: a look-behind sees the character before ``pos``)
_REST_OF_CUT_WORD_RE = re.compile(r"(?<=\w)\w+")  # a word's rest, when the cut is inside it
_WORD_GOES_ON_RE = re.compile(r"(?<=\w)\w")  # a word goes on past the cut
_UP_TO_LAST_NON_WORD_RE = re.compile(r".*\W", re.DOTALL)  # (backtracks over the cut word only)
