"""The word sets that spare most sentences a regex search hold a word of every match.

A set written beside its pattern (``holds_any(text, _PAST_PERIOD_WORDS) and
_PAST_PERIOD_RE.search(text)``) goes stale when the pattern learns a phrase without one of its
words: the rule then skips that phrase in silence. Every sentence of the coded news articles
(and of the ACLED dev notes, when ``../shared/eval`` or SITREP_EVAL_DIR is at hand) that a
gated pattern matches must pass its gate. (The gates of whole_first_words and WordSetGates are
also proven on their pattern's parse tree, for every text: the tests of it are below; and
test_word_gates_hold_for_any_text checks every gate here on matches drawn from its pattern.)
"""

from __future__ import annotations

import json
import re
from functools import cache

import pytest
from sitrep import casualties, event_types, extraction, roles, segments
from sitrep.paths import EVAL_DIR
from sitrep.text import WordSetGates, holds_any, lower_words, split_sentences, whole_first_words

from .conftest import PROJECT_DIR

ARTICLES = PROJECT_DIR / "tools" / "news_articles.jsonl"
DEV_NOTES = EVAL_DIR / "acled_dev.input.jsonl"

# (pattern, the words one of which every match holds)
WORD_GATES = {
    "unclaimed": (extraction._UNCLAIMED_RE, extraction._CLAIMED),
    "anaphor": (extraction._ANAPHOR_RE, extraction._ANAPHOR_WORDS),
    "crowd speaks": (extraction._CROWD_SPEAKS_RE, extraction._SPEAKS_WORDS),
    "speaker whose": (extraction._SPEAKER_WHOSE_RE, extraction._WHO),
    "passive target": (extraction._PASSIVE_TARGET_RE, extraction._PASSIVE_ATTACK_WORDS),
    "claimed act": (segments._CLAIMED_ACT_RE, segments._CLAIMED_ACT_WORDS),
    "announcer": (segments._ANNOUNCER_RE, segments._ANNOUNCER_WORDS),
    "past period": (segments._PAST_PERIOD_RE, segments._PAST_PERIOD_WORDS),
    "nothing happened": (segments._NOTHING_HAPPENED_RE, segments._REPORTED),
    "tallied acts": (segments._TALLIED_ACTS_RE, segments._TALLIED_ACT_WORDS),
    "launched count": (segments._LAUNCHED_COUNT_RE, segments._LAUNCHED),
    "planned": (segments._PLANNED_RE, segments._PLANNED_WORDS),
    "results preamble": (segments._RESULTS_PREAMBLE_RE, segments._RESULTS_PREAMBLE_WORDS),
    "highlights": (segments._HIGHLIGHTS_RE, segments._HIGHLIGHTS_WORDS),
    "editor's note": (segments._EDITORS_NOTE_RE, segments._EDITORS_NOTE_WORDS),
    "died of wounds": (segments._DIED_OF_WOUNDS_RE, segments._DIED_OF_WOUNDS_WORDS),
    "one of the wounded": (segments._ONE_OF_THE_WOUNDED_RE, segments._DIED_OF_WOUNDS_WORDS),
    "shot then died": (segments._SHOT_THEN_DIED_RE, segments._DIED_OF_WOUNDS_WORDS),
    "by a date": (segments.BY_DATE_RE, segments._BY),
    "statement on": (segments._STATEMENT_ON_RE, segments._STATEMENT_WORDS),
    "measure decided": (segments._MEASURE_DECIDED_RE, segments._DECIDED_WORDS),
    "died of wounds on": (segments._DIED_OF_WOUNDS_ON_RE, segments._DIED),
    "since the event": (segments._SINCE_EVENT_ON_RE, segments._SINCE),
    "month in": (segments._MONTH_IN_RE, segments._MONTH_IN_WORDS),
    "for years": (segments._FOR_YEARS_RE, segments._FOR_YEARS_WORDS),
    "weapon after": (roles._WEAPON_AFTER_RE, roles._LAUNCHED_WEAPONS),
    "according to": (roles._ACCORDING_RE, roles._ACCORDING_WORDS),
    "crowd agent": (roles._CROWD_AGENT_RE.regex, roles._GATES.words(roles._CROWD_AGENT_RE)),
    "armed crowd": (
        event_types._ARMED_CROWD_RE.regex,
        event_types._GATES.words(event_types._ARMED_CROWD_RE),
    ),
    "communal fight": (
        event_types._COMMUNAL_FIGHT_RE.regex,
        event_types._GATES.words(event_types._COMMUNAL_FIGHT_RE),
    ),
    "execution": (
        event_types._EXECUTION_RE.regex,
        event_types._GATES.words(event_types._EXECUTION_RE),
    ),
    "gunfight": (
        event_types._GUNFIGHT_RE.regex,
        event_types._GATES.words(event_types._GUNFIGHT_RE),
    ),
    "harmed by forces": (
        event_types._HARMED_BY_FORCES_RE.regex,
        event_types._GATES.words(event_types._HARMED_BY_FORCES_RE),
    ),
    "on civilians": (
        event_types._ON_CIVILIANS_RE.regex,
        event_types._GATES.words(event_types._ON_CIVILIANS_RE),
    ),
    "supporters": (
        event_types._SUPPORTERS_RE.regex,
        event_types._GATES.words(event_types._SUPPORTERS_RE),
    ),
    "unarmed fight": (
        event_types._UNARMED_FIGHT_RE.regex,
        event_types._GATES.words(event_types._UNARMED_FIGHT_RE),
    ),
    "exchange of fire": (roles._EXCHANGE_RE.regex, roles._GATES.words(roles._EXCHANGE_RE)),
    "qualifier word": (
        roles._QUALIFIER_WORD_RE.regex,
        roles._GATES.words(roles._QUALIFIER_WORD_RE),
    ),
    "crowd violence": (
        event_types._CROWD_VIOLENCE_RE.regex,
        event_types._CROWD_VIOLENCE_WORDS,
    ),
    "unnamed attacker": (
        roles._UNNAMED_ATTACKER_RE.regex,
        roles._GATES.words(roles._UNNAMED_ATTACKER_RE),
    ),
    "official of": (segments._OFFICIAL_OF_BEFORE_RE, segments._TITLE_OR_BACKER_WORDS),
    "backed by": (segments._BACKED_BY_BEFORE_RE, segments._TITLE_OR_BACKER_WORDS),
    "spoken at": (segments._SPOKEN_AT_RE, segments._SPOKEN_AT_WORDS),
}
# (pattern, substrings one of which the lowercased text of every match holds)
SUBSTRING_GATES = {
    "identified by": (roles._IDENTIFIED_BY_BEFORE_RE, roles._IDENTIFIED_WORDS),
    "reprisal for": (roles._REPRISAL_FOR_BEFORE_RE, roles._REPRISAL_WORDS),
}


@cache
def sentences() -> tuple[str, ...]:
    texts = [json.loads(line)["text"] for line in ARTICLES.read_text("utf-8").splitlines()]
    if DEV_NOTES.exists():
        texts += [json.loads(line)["text"] for line in DEV_NOTES.read_text("utf-8").splitlines()]
    return tuple(s.text for text in texts for s in split_sentences(text))


def anywhere(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern without the ``$`` that closes it or one of its alternatives: the gated
    searches run in windows that end anywhere in a sentence, so every match of the free pattern
    must pass the gate too."""
    return re.compile(re.sub(r"(?<!\\)\$(?=[|)]|\Z)", "", pattern.pattern), pattern.flags)


@pytest.mark.parametrize("name", WORD_GATES)
def test_every_match_of_a_word_gated_pattern_holds_a_word_of_its_gate(name):
    pattern, words = WORD_GATES[name]
    free = anywhere(pattern)
    matched = [s for s in sentences() if free.search(s)]
    assert matched, f"{name}: no sentence to check it on"
    assert [s for s in matched if not holds_any(s, words)] == []


@pytest.mark.parametrize("name", SUBSTRING_GATES)
def test_every_match_of_a_substring_gated_pattern_holds_a_substring_of_its_gate(name):
    pattern, pieces = SUBSTRING_GATES[name]
    free = anywhere(pattern)
    found = [m.group(0).lower() for s in sentences() for m in [free.search(s)] if m]
    assert found, f"{name}: no sentence to check it on"
    assert [f for f in found if not any(p in f for p in pieces)] == []


@pytest.mark.parametrize(
    ("pattern", "flags", "words"),
    [
        (r"\b(?:said|plans?|called for)\b", 0, {"said", "plan", "plans", "called"}),
        (r"\b(?:other|some)\s+sources?", re.IGNORECASE, {"other", "some"}),
        # a look-behind that rules out a word character before the match opens a word too
        (
            r"(?<![\w-])(?:Gun\s*fights?|shoot-?outs?)\b",
            re.I,
            {"gun", "gunfight", "gunfights", "shoot", "shootout", "shootouts"},
        ),
        (r"\bsmall[- ]arms\b|\bkill(?:ed|ing)?\b", 0, {"small", "kill", "killed", "killing"}),
    ],
)
def test_whole_first_words_are_the_first_word_of_every_path_through_the_pattern(
    pattern, flags, words
):
    assert whole_first_words(re.compile(pattern, flags)) == words


@pytest.mark.parametrize(
    ("pattern", "flags", "why"),
    [
        # the set test of lower_words would miss "announced", "killed", "claims"
        (r"\b(?:said|announc\w*)\b", 0, "its first word may go on after 'announc'"),
        (r"\bkill", 0, "a match may end inside a word, after 'kill'"),
        (r"\b(?:said\b|claim)", 0, "a match may end inside a word, after 'claim'"),
        (r"\bkill(?:ed|ing)?", 0, "a match may end inside a word, after 'kill"),
        # (a search that stops at a window's end matches "$" there, inside a word)
        (r"\bsaid$", 0, "a match may end inside a word, after 'said'"),
        # a match inside "skilled" or "retold" opens none of the text's words
        (r"kill(?:ed)?\b", 0, "a match may start inside a word, at 'k'"),
        (r"(?:\bsaid|told)\b", 0, "a match may start inside a word, at 't'"),
        (r"(?<![^\w])said\b", 0, "a match may start inside a word, at 's'"),
        # ASCII's \b sees a word start in "békill", whose one word lower_words holds
        (r"\bkill\b", re.ASCII, "re.ASCII"),
        (r"\b\d+\s+killed\b", 0, "a match may open with something other than a literal word"),
    ],
)
def test_whole_first_words_refuses_a_pattern_a_set_test_of_words_could_miss(pattern, flags, why):
    with pytest.raises(ValueError, match=re.escape(f"{pattern!r}: {why}")):
        whole_first_words(re.compile(pattern, flags))


def test_a_word_set_gate_refuses_a_pattern_whose_first_words_are_not_whole():
    with pytest.raises(ValueError, match="may end inside a word"):
        WordSetGates(re.compile(r"\b(?:shot|kill)"))


def test_an_official_s_post_spelt_as_one_word_passes_its_gate():
    # ("the subprefect of Mokolo": the corpus holds the word, never before a place)
    for before in ("the subprefect of ", "the sub-prefect of ", "the prefect for the "):
        assert segments._OFFICIAL_OF_BEFORE_RE.search(before)
        assert holds_any(before, segments._TITLE_OR_BACKER_WORDS)


# find_casualties reads 40 characters either side of every count
_COUNT_RE = re.compile(r"\d+|\b(?:one|two|three|four|five|seven|ten|dozens|several)\b", re.I)


@cache
def count_windows() -> tuple[tuple[str, str], ...]:
    """(the 40 characters before, the 40 after) every count of every sentence."""
    return tuple(
        (s[max(0, m.start() - 40) : m.start()], s[m.end() : m.end() + 40])
        for s in sentences()
        for m in _COUNT_RE.finditer(s)
    )


def test_a_cause_or_mourning_before_a_count_is_found_after_the_window_s_last_comma_or_stop():
    pattern = casualties._REFERENCE_BEFORE_RE
    befores = [before for before, _ in count_windows()]
    assert [b for b in befores if pattern.search(b)], "no window to check it on"
    assert [b for b in befores if casualties._reference_before(b) != bool(pattern.search(b))] == []


def test_a_time_before_the_event_is_found_up_to_the_first_comma_or_stop_by_its_words():
    pattern = casualties._EARLIER_AFTER_RE
    afters = [after for _, after in count_windows()]
    assert [a for a in afters if pattern.match(a)], "no window to check it on"
    assert [a for a in afters if casualties._told_earlier(a) != bool(pattern.match(a))] == []


def test_every_named_victim_s_passive_is_found_by_its_verb_or_the_killing_of():
    matched = [s for s in sentences() if casualties._NAMED_PASSIVE_RE.search(s)]
    assert matched, "no sentence to check it on"
    assert [s for s in matched if not casualties._named_passive_possible(s, lower_words(s))] == []


def test_every_single_victim_s_passive_holds_its_verb_after_a_space():
    matched = [s for s in sentences() if casualties._SINGULAR_PASSIVE_RE.search(s)]
    assert matched, "no sentence to check it on"
    assert [s for s in matched if not casualties._SINGULAR_PASSIVE_VERB_RE.search(s)] == []
