"""Windows of text before and after a mention hold whole words: a window cut inside a word
would hand word-aware regexes a piece of it, where \\b matches at the cut."""

from __future__ import annotations

import re

from sitrep.casualties import find_casualties
from sitrep.quantities import find_quantities
from sitrep.text import window_after, window_before

TEXT = "Rebel factions unsupported by Ankara withdrew from the governorate."


def test_a_window_before_skips_the_rest_of_a_word_cut_in_the_middle():
    end = TEXT.index("Ankara")
    # 13 characters back cut "unsupported" after its "un": "supported by " would be read
    # as a word of its own
    assert window_before(TEXT, end, 13) == " by "
    assert not re.search(r"\bsupported\s+by\s+$", window_before(TEXT, end, 13))
    assert window_before(TEXT, end, 14) == " by "  # (cut after "u")


def test_a_window_after_drops_the_beginning_of_a_word_cut_in_the_middle():
    start = TEXT.index(" the governorate")
    # 13 characters on cut "governorate" after its "governor"
    assert window_after(TEXT, start, 13) == " the "
    assert not re.search(r"\bgovernor\b", window_after(TEXT, start, 13))


def test_a_cut_at_a_words_edge_drops_nothing():
    end = TEXT.index("Ankara")
    assert window_before(TEXT, end, 15) == "unsupported by "  # (cut at the word's start)
    assert window_before(TEXT, end, 16) == " unsupported by "
    start = TEXT.index(" unsupported")
    assert window_after(TEXT, start, 12) == " unsupported"  # (cut at the word's end)
    assert window_after(TEXT, start, 13) == " unsupported "


def test_a_window_reaching_past_the_texts_start_or_end_is_the_texts_start_or_end():
    assert window_before(TEXT, 5, 40) == "Rebel"
    assert window_before(TEXT, 5, 5) == "Rebel"
    assert window_before(TEXT, 0, 40) == ""
    start = TEXT.index(" governorate")
    assert window_after(TEXT, start, 40) == " governorate."
    assert window_after(TEXT, start, len(TEXT) - start) == " governorate."
    assert window_after(TEXT, len(TEXT), 40) == ""


def test_a_window_inside_a_single_word_is_empty():
    assert window_before("unsupported", 11, 5) == ""
    assert window_after("unsupported", 0, 5) == ""


def test_letters_beyond_ascii_and_digits_are_word_characters():
    text = "troops from Bénin and Kédougou killed 120 people"
    end = text.index(" and Kédougou")
    assert window_before(text, end, 3) == ""  # (cut "Bénin" after "Bé": no "nin")
    assert window_before(text, end, 5) == "Bénin"
    start = text.index(" Kédougou")
    assert window_after(text, start, 3) == " "  # (cut "Kédougou" after "Ké": no "Ké")
    start = text.index(" 120")
    assert window_after(text, start, 3) == " "  # (a cut number is a cut word: no "12")
    end = text.index(" people")
    assert window_before(text, end, 2) == ""  # (no "20")


def test_hyphens_and_apostrophes_are_not_word_characters():
    text = "pro-government militia's fighters"
    end = text.index("government")
    assert window_before(text, end, 1) == "-"  # (the hyphen ends "pro": nothing cut)
    end = text.index("s fighters")
    assert window_before(text, end, 1) == "'"
    assert window_after(text, 0, 4) == "pro-"  # (cut at the hyphen's end: a word starts)
    assert window_after(text, 0, 3) == "pro"  # (cut at the hyphen: "pro" is whole)
    start = text.index("militia")
    assert window_after(text, start, 8) == "militia'"
    assert window_after(text, start, 9) == "militia's"
    assert window_after(text, start, 10) == "militia's "


def test_an_underscore_is_a_word_character_as_for_backslash_w():
    assert window_after("a_b c", 0, 2) == ""
    assert window_before("a_b c", 3, 2) == ""


def test_a_figure_after_a_brother_is_no_other_victims():
    # the 12 characters before "3" cut "brother" after its "br": the window read "other
    # kills", and _ADDITIONAL_RE's \bother\b took the three for victims added to others
    sentence = "A gunman whose brother kills 3 men."
    (figure,) = find_casualties(sentence, 0, find_quantities(sentence))
    assert (figure.count_best, figure.is_additional) == (3, False)
    sentence = "The gunmen shot dead 3 men and another 2 women."
    assert [f.is_additional for f in find_casualties(sentence, 0, find_quantities(sentence))] == [
        True,
        True,
    ]
