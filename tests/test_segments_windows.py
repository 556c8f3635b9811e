"""The windows of words that segments' cue regexes read before a place hold whole words."""

from __future__ import annotations

from sitrep.segments import SentenceFacts, words_before


def _fact(text: str, start: int = 100) -> SentenceFacts:
    return SentenceFacts(0, start, start + len(text), text, [], [], [], [], {}, [], None)


def _place(fact: SentenceFacts, name: str) -> dict:
    return {"char_start": fact.start + fact.text.index(name), "text": name}


def test_the_words_before_a_place_never_start_inside_a_word():
    fact = _fact("Rebel factions unsupported by Ankara withdrew.")
    # 13 characters back from "Ankara" cut "unsupported" after its "un": a window reading
    # "supported by " would let a backer's regex take Ankara for a government, not a place
    assert words_before(fact, _place(fact, "Ankara"), width=13) == " by "
    assert words_before(fact, _place(fact, "Ankara"), width=14) == " by "
    assert words_before(fact, _place(fact, "Ankara"), width=15) == "unsupported by "
    assert words_before(fact, _place(fact, "Rebel")) == ""
