"""Sentence splitting keeps exact offsets and skips abbreviations."""

from __future__ import annotations

from sitrep.text import split_sentences


def test_offsets_point_into_the_original_text():
    text = "  Gen. Haftar said U.S. forces left.  The U.N. said 5 died.\n\nThen 3 were killed."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Gen. Haftar said U.S. forces left.",
        "The U.N. said 5 died.",
        "Then 3 were killed.",
    ]
    for s in sentences:
        assert text[s.char_start : s.char_end] == s.text


def test_sentence_indices_are_consecutive():
    sentences = split_sentences("One. Two! Three? Four.")
    assert [s.sent_idx for s in sentences] == [0, 1, 2, 3]
