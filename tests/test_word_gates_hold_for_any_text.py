"""Every word gate admits every text its pattern matches, not only the corpus's sentences.

test_word_gates checks each gate of WORD_GATES against the sentences of the corpus: a phrase
the pattern matches but no sentence there holds (the "subprefect" of _TITLE_OR_BACKER_WORDS)
slips past it. Here Hypothesis draws matches of each pattern from the pattern itself and sets
them in a sentence: wherever the pattern finds a match, the sentence's words must hold one of
the gate's words, or the rule would skip that sentence in silence.
"""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sitrep.text import CASE_FOLD_ODDITIES, holds_any

from .test_word_gates import WORD_GATES, anywhere

# Letters and punctuation of news text: printable ASCII and a few non-ASCII letters and marks
# (a text with one takes lower_words' other path), but none of CASE_FOLD_ODDITIES, whose texts
# every gate admits (their words are unknown): drawing them would only blunt the test.
NEWS_ALPHABET = string.printable.replace("\x0b", "").replace("\x0c", "") + "éèçñüôÉ’‘“”–"
assert CASE_FOLD_ODDITIES.isdisjoint(NEWS_ALPHABET)

# (text before, text after) a match: in a sentence, at its ends, glued to the words beside it
# (a pattern that can match inside a word must still find a word of its gate there), after a
# non-ASCII word (lower_words splits such a text with a regex, an ASCII one with a table)
CONTEXTS = (
    ("And ", " here."),
    ("", ""),
    ("And x", "ed here."),
    ("À Ségou, ", ", dit-il."),
    ("À Ségou x", "é here."),
)

# gates whose pattern the library tries only on a whole sentence (``fullmatch``): a match inside
# a longer text ("And xHIGHLIGHTSed here.") is no case of theirs
WHOLE_SENTENCE_GATES = frozenset({"highlights"})


def examples_for(words: frozenset[str]) -> int:
    """How many matches to draw of a gate's pattern: more for a gate of many words, whose
    pattern offers as many alternatives to draw (Hypothesis draws a long choice unevenly: 100
    matches of a choice of 19 words held 13 of them, 200 held 16), within about 15 s for all."""
    return min(max(15 * len(words), 80), 300)


@pytest.mark.parametrize("name", WORD_GATES)
def test_every_text_a_word_gated_pattern_matches_holds_a_word_of_its_gate(name):
    pattern, words = WORD_GATES[name]
    # (the table holds a LowercaseRegex's or a WordRegex's .regex: they find its matches, or
    # fewer, as a WordRegex tries it only at words' starts; anywhere: as the corpus test does,
    # for the gated searches of windows)
    free = anywhere(pattern)
    whole_sentence = name in WHOLE_SENTENCE_GATES

    @settings(
        derandomize=True,  # the same examples at every run: CI is never flaky
        database=None,
        deadline=None,  # (a loaded machine is slow, not wrong)
        max_examples=examples_for(words),
        # (no health check is suppressed: every pattern draws its matches quickly)
    )
    @given(st.from_regex(free, fullmatch=True, alphabet=NEWS_ALPHABET))
    def gate_admits(match: str) -> None:
        for before, after in (("", ""),) if whole_sentence else CONTEXTS:
            # (and in capitals, as in a headline)
            for text in (before + match + after, (before + match + after).upper()):
                found = free.fullmatch(text) if whole_sentence else free.search(text)
                if found:
                    assert holds_any(text, words), (text, found.group(0))

    gate_admits()
