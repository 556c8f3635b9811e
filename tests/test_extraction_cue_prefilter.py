"""The cue prefilter (word beginnings derived from seeds/event_verbs.csv) never hides a cue."""

import re

import pytest
from sitrep import event_types
from sitrep.event_types import _cue_patterns, cue_positions
from sitrep.text import ANY_DIGIT, PatternsFromWords, first_words, word_beginnings


def _full_scan(text: str) -> dict[str, tuple[int, ...]]:
    found = {}
    for cue, pattern in _cue_patterns().items():
        starts = tuple(m.start() for m in pattern.finditer(text))
        if starts:
            found[cue] = starts
    return found


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2024, gunmen KILLED 3 soldiers in Gao; AIR-STRIKES and air strikes followed.",
        "Protesters Marched; a group of residents gathered to demand the release of 2 men.",
        "A grenadeattack and 82 mm mortar rounds; IEDs exploded near the checkpoint.",
        "Shahed-136 drones struck; the army re-took the town and recaptured the base.",
        "Kıll ſhelling İED: oddly cased letters still reach the full scan.",
        "No reports of clashes; the rebels withdrew unopposed. [size=no report]",
        "A pre-attack briefing, a counter-protest and 1,000 pro-army marchers, then an attack.",
        "A group of\nresidents, a group, of residents, and a group of",
        "",
    ],
)
def test_prefilter_matches_full_scan(text):
    assert cue_positions.__wrapped__(text) == _full_scan(text)


def test_patterns_from_words_matches_full_scan():
    # first words that are beginnings of one another, a digit and a two-word opening: each
    # word is tried against exactly the patterns it may begin
    patterns = {
        "kill": re.compile(r"\bkill(?:ed|ing)?\b", re.IGNORECASE),
        "killers": re.compile(r"\bkillers?\b", re.IGNORECASE),
        "count": re.compile(r"(?<![\w,])\d+\s+(?:men|women)\b", re.IGNORECASE),
        "at_least": re.compile(r"\bat\s+least\s+\d+", re.IGNORECASE),
    }
    text = "Killers killed 3 men; at least 4 women, 1,2 men, 12 others and at home a killing."
    expected = {}
    for key, pattern in patterns.items():
        starts = tuple(m.start() for m in pattern.finditer(text))
        if starts:
            expected[key] = starts
    assert set(expected) == set(patterns)
    assert PatternsFromWords(patterns).starts(text) == expected


def test_word_beginnings_are_conservative():
    def beginnings(pattern):
        return word_beginnings(pattern, re.IGNORECASE)

    assert beginnings(r"attack(?:ed|s)?") == {"attack", "attacked", "attacks"}
    assert beginnings(r"air ?strikes?") == {
        "air strike",
        "air strikes",
        "airstrike",
        "airstrikes",
    }
    assert beginnings(r"(?:hand )?grenades?") == {
        "grenade",
        "grenades",
        "hand grenade",
        "hand grenades",
    }
    assert beginnings(r"(?:ab)+c") == {"ab"}
    assert "" in beginnings(r"\w+ killed")
    # only the crowd size ("[size=...]") begins with no word: it alone is scanned in full
    assert event_types._cue_matcher()._anywhere == ["crowd_size"]


def test_first_words_refuses_a_pattern_whose_match_may_start_inside_a_word():
    # the gates built on first words try a pattern only at words' starts, or test only words'
    # starts: "kill" in "skilled" would be missed
    assert first_words(r"(?<![\w-])(?:kill(?:ed)?|\d+)") == (ANY_DIGIT, "kill", "killed")
    for pattern in (r"kill(?:ed)?", r"(?:\bsaid|told)", r"(?<![^\w])said", r"(?a)\bsaid"):
        with pytest.raises(ValueError, match="may start inside a word"):
            first_words(pattern)
    # (PatternsFromWords scans such a pattern over the whole text)
    assert PatternsFromWords({"kill": re.compile("kill")}).starts("skilled") == {"kill": (1,)}


@pytest.mark.parametrize(
    "text",
    [
        "At least 5 and about two dozen; between 3 and 4 or 7 to 9, 1,000,000 and 5-6 people.",
        "AT  LEAST five men, Dozens of protesters, several hundred and two-thirds.",
        "Reported on 28 April 2020, ٣ people (No fatalities) in ſome ﬁve places.",
        "No number here at all.",
        "Between 3-5 May 2021, on 12/03/24 and July 28, 2024, mid-June 2020, two days ago.",
        "In 2019 and since 2015-06-01; last Friday night, yesterday, 4th-14th of June.",
        # a first word tried only before the words that can follow it ("at" then "least")
        "A total of 4, at\nleast 3, at, least 2, attacks at home, in excess of 9, an\tunknown",
        "no fewer than 6 and a few in\t2021, from  May 3 to 5, of 2020, ending at",
    ],
)
def test_count_and_date_prefilters_match_full_scan(text):
    from sitrep import dates, quantities
    from sitrep.text import finditer_from_words

    vocab = quantities._vocab()
    assert vocab.first_words is not None
    for pattern, firsts in [
        (vocab.regex, vocab.first_words),
        (dates._DATE_RE, dates._DATE_FIRST_WORDS),
        (dates._ABSOLUTE_RE, dates._ABSOLUTE_FIRST_WORDS),
    ]:
        assert [m.span() for m in finditer_from_words(pattern, text, firsts)] == [
            m.span() for m in pattern.finditer(text)
        ]


def test_singular_prefilter_words_cover_matches():
    from sitrep import casualties as c
    from sitrep.text import WordBeginnings, lower_words

    texts = [
        "Gunmen shot dead a farmer and killed his son; the body of a man was found.",
        "A soldier and his wife were killed. She was abducted. They beat him to death.",
        "Militants ASSASSINATED Ahmed Ag Bakna; his body was later recovered.",
    ]
    pairs = [
        (c._SINGULAR_ACTIVE_RE, c._CHAIN_WORDS + c._SINGULAR_ACTIVE_WORDS),
        (c._SINGULAR_PAIR_RE, c._OUTCOME_WORDS),
        (c._NAMED_VICTIM_RE, c._NAMED_VICTIM_WORDS),
        (c._TO_DEATH_RE, c._TO_DEATH_WORDS),
        (c._BODY_FOUND_RE, c._BODY_FOUND_WORDS),
        (c._PRONOUN_ACTIVE_RE, c._PRONOUN_WORDS),
        (c._SINGULAR_PASSIVE_RE, c._OUTCOME_WORDS),
    ]
    for text in texts:
        words = lower_words(text)
        for pattern, beginnings in pairs:
            if pattern.search(text):
                assert WordBeginnings(beginnings).in_words(words), (pattern.pattern[:40], text)


def test_single_victims_need_a_harm_word():
    from sitrep import casualties as c
    from sitrep.text import lower_words

    texts = [
        "Gunmen shot dead a farmer and killed his son; the body of a man was found.",
        "A soldier and his wife were killed. She was abducted. They beat him to death.",
        "Militants ASSASSINATED Ahmed Ag Bakna; his body was later recovered.",
        "The bomber blew himself up. A vendor was hit, dying of her injuries.",
        "They set him ablaze and killed him; a mob beat a thief, causing his death.",
        "Gunmen killed elderly couple. A suspect whom the mob lynched. Rebels killing both.",
        "A teacher intervened but was shot dead. Two men were taken away by police.",
        "Militants assassinated Ahmed Ag Bakna. Youths stabbed a trader to death.",
    ]
    patterns = [
        c._SINGULAR_ACTIVE_RE, c._SINGULAR_PAIR_RE, c._NAMED_VICTIM_RE, c._TO_DEATH_RE,
        c._BODY_FOUND_RE, c._BOTH_KILLED_RE, c._DIED_OF_INJURIES_RE, c._RELATIVE_OBJECT_RE,
        c._BARE_COUPLE_RE, c._SUBJECT_LATER_KILLED_RE, c._SELF_KILLED_RE,
        c._PRONOUN_ACTIVE_RE, c._CAUSED_DEATH_RE, c._SINGULAR_PASSIVE_RE,
    ]  # fmt: skip
    for text in texts:
        for sentence in text.split(". "):
            matched = [p.pattern[:40] for p in patterns if p.search(sentence)]
            harm = c._HARM_BEGINNINGS.in_words(lower_words(sentence))
            assert harm or not matched, (matched, sentence)
    for pattern in patterns:  # each pattern is put to the test
        assert any(pattern.search(s) for text in texts for s in text.split(". ")), pattern.pattern


def test_word_beginnings_stay_bounded():
    # ten options in each of six words: beginnings stop at three words, and give up when
    # the choices multiply past a bound (a pathological seed must not stall the workers)
    options = "(?:" + "|".join("abcdefghij") + ")"
    found = word_beginnings(r"\s+".join([options] * 6), re.IGNORECASE)
    assert len(found) <= 2000
    assert all(b.count(" ") <= 2 for b in found)


def test_list_continuations_as_one_scan_finds_them():
    from sitrep import casualties as c

    def scan(text):
        verbs = list(c._SINGULAR_ACTIVE.finditer(text))  # (as _singular_figures finds them)
        return [m.group() for m in verbs], [m.group() for m in c._list_continuations(text, verbs)]

    assert scan("gunmen killed a farmer, and a herder as well as his son") == (
        ["killed a "],
        [", and a ", " as well as his "],
    )
    # a continuation starting inside a verb's match is skipped, the search goes on after it
    assert scan("killed the and the and a man") == (["killed the "], [" and a "])
