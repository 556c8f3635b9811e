"""ACLED event typing from cue words (seeds/event_verbs.csv) and who the targets are.

Cues are regex fragments grouped by meaning (shelling, clash, protest, ...). A text's cues,
plus whether the people harmed were armed or civilians, decide one of ACLED's six event types
and its sub-event type; a topic label opening the text ("Looting: ...") overrides both.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import itemgetter

from sitrep.seeds import read_seed_csv
from sitrep.text import (
    LowercaseRegex,
    PatternsFromWords,
    WordRegex,
    WordSetGates,
    holds_any,
    starts_in,
    whole_first_words,
    window_before,
)

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"


@cache
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    fragments: dict[str, list[str]] = defaultdict(list)
    for row in read_seed_csv("event_verbs.csv"):
        fragments[row["cue"]].append(row["pattern"])
    return {
        cue: re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)
        for cue, parts in fragments.items()
    }


@cache
def _labels() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    table = {
        r["label"].lower(): (r["event_type"], r["sub_event_type"])
        for r in read_seed_csv("event_labels.csv")
    }
    alternation = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return re.compile(rf"^\s*({alternation})\s*:", re.IGNORECASE), table


@cache
def victim_kinds() -> dict[str, str]:
    """Head noun -> 'armed' | 'civilian' (seeds/victim_kinds.csv)."""
    return {r["word"].lower(): r["kind"] for r in read_seed_csv("victim_kinds.csv")}


def victim_kind(victim: str) -> str | None:
    """'armed' or 'civilian' for a victim phrase, by its last known noun ('soldiers from the
    town': what comes after 'from' is where they were from)."""
    kinds = victim_kinds()
    for word in reversed(_LOWER_WORD_RE.findall(victim.lower().split(" from ")[0])):
        kind = kinds.get(word)
        if kind is not None:
            return kind
    return None


_LOWER_WORD_RE = re.compile(r"[a-z]+")


# Prefilter: every cue match starts a word (the patterns open with (?<![\w-])), and most cue
# patterns can only start with a few literal words ("attack", "raid", "a group of ..."): each
# is tried only at the words of a sentence that start with one of them.
@cache
def _cue_matcher() -> PatternsFromWords:
    return PatternsFromWords(_cue_patterns())


@lru_cache(maxsize=4096)
def cue_positions(text: str) -> dict[str, tuple[int, ...]]:
    """Cue name -> start of every occurrence in ``text`` (cached: sentences are re-read)."""
    found = _cue_matcher().starts(text)
    if _SEIZED_WORD_RE.search(text):
        # "seizing two rifles and a grenade launcher": weapons taken or carried, none fired
        for cue in _WEAPON_CUES.intersection(found):
            _drop(found, cue, lambda s: _SEIZED_RE.search(text, max(0, s - 60), s))
    if "attack" in found and _SPATE_WORD_RE.search(text):
        # "alarmed by continuing attacks on civilians": a pattern of attacks, no one attack
        _drop(found, "attack", lambda s: _SPATE_RE.search(text, max(0, s - 30), s))
    if "clash" in found and _GOES_ON_RE.search(text):
        # "... called for a ceasefire, but fighting has continued": the war goes on, no battle
        _drop(found, "clash", lambda s: _GOES_ON_RE.match(text, s))
    if "arrest" in found and _CHARGE_WORD_RE.search(text):
        # "arrested 11 workers on charges of vandalising factories": the charge is no act
        charges = [m.span() for m in _CHARGE_RE.finditer(text)]
        for cue in [c for c in found if c != "arrest"]:
            _drop(found, cue, lambda s: any(a <= s < b for a, b in charges))
    if "arrest" in found and "attack" in found and _RAID_RE.search(text):
        # "arrested 25 people in raids around Hebron": the raids are how the arrests were made
        _drop(
            found,
            "attack",
            lambda s: _RAID_RE.match(text, s)
            and _IN_RAIDS_BEFORE_RE.search(text, max(0, s - 30), s),
        )
    if "clash" in found and _KEPT_UP_WORD_RE.search(text):
        # "troops have sustained the tempo of offensive operations across the theatre": the
        # communique's opening summary; its operations are told one by one after it
        # (not "Russian forces continued clashes with Azov": fighting that goes on)
        _drop(
            found,
            "clash",
            lambda s: _OPERATION_RE.match(text, s) and _KEPT_UP_RE.search(text, max(0, s - 40), s),
        )
    if "clash" in found and ("disrupted" in found or "arrest" in found):
        # "troops, in development of offensive operations, located a cache of IEDs": the
        # operation is how the find or the arrest was made, no fight
        first = min(found.get("disrupted", (len(text),))[0], found.get("arrest", (len(text),))[0])
        _drop(found, "clash", lambda s: s < first and _OPERATION_RE.match(text, s))
    if "no_fighting" in found and not _TAKING_CUES.isdisjoint(found):
        # "entered the town without a fight", "took it without firing a shot": the fight
        # denied is none
        denial = _cue_patterns()["no_fighting"]
        # (only the manner of an act: "no reports of clashes" may close a note on a fight)
        spans = [
            (n, m.end())
            for n in found["no_fighting"]
            if text.startswith(("without", "Without"), n) and (m := denial.match(text, n))
        ]
        for cue in _DENIED_CUES.intersection(found):
            _drop(found, cue, lambda s: any(a < s < b for a, b in spans))
    if (
        "enter" in found
        and ("no_fighting" in found or "withdrawn" in found)
        and _FORCE_CUES.isdisjoint(found)
    ):
        # "M23 rebels entered Walikale without a fight", "... after the troops pulled out":
        # the town was taken, with no fight told (not "returned after the army had left and
        # killed three": an attack)
        entered = found["enter"]
        found["overtake"] = tuple(sorted({*found.get("overtake", ()), *entered}))
        if "protest" in found:  # ("marched into Debre Tabor": fighters, no marchers)
            _drop(found, "protest", lambda s: s in entered)
    if "ied" in found:
        _drop(found, "ied", lambda s: _mining_site(text, s) or _mine_clearance(text, s))
    if "riot" in found and _INCITE_WORD_RE.search(text):
        # "banned because it would be used to incite unrest": a charge or a fear, no riot
        _drop(found, "riot", lambda s: _INCITE_RE.search(text, max(0, s - 30), s))
    if _PREVENT_WORD_RE.search(text):
        # "Extra officers were deployed to Kom to prevent revenge attacks": acts forestalled
        if "attack" in found:
            _drop(found, "attack", lambda s: _PREVENT_RE.search(text, max(0, s - 40), s))
    if "protest" in found and "gathered" in text:
        # "opened fire on villagers gathered near the mosque": the people attacked had
        # gathered, no crowd protested
        _drop(
            found,
            "protest",
            lambda s: text.startswith("gathered", s)
            and _ATTACKED_GATHERING_RE.search(text, max(0, s - 60), s),
        )
    return found


# an attack on people the next word says had gathered (not on "protesters" or "a crowd",
# who may have gathered to protest)
_ATTACKED_GATHERING_RE = re.compile(
    r"\b(?:(?:opened\s+)?fire\s+(?:on|at|into)|fired\s+(?:on|at|into)|shot\s+at|attacked|struck|"
    r"hit|targeted|bombed|shelled|killing|killed)\s+(?:the\s+|a\s+|an\s+|dozens\s+of\s+)?"
    r"(?:[\w-]+\s+)?(?:villagers|worshipp?ers|mourners|residents|civilians|people|families|"
    r"guests|shoppers|traders|customers|farmers|herders|displaced\s+people|passengers)\s+$",
    re.IGNORECASE,
)


_INCITE_WORD_RE = re.compile(r"\b(?:incit|stir\w*\s+up|foment)", re.I)
_INCITE_RE = re.compile(
    r"\b(?:incit\w*|stir\w*\s+up|foment\w*)\s+(?:public\s+|civil\s+|further\s+)?$", re.I
)
_PREVENT_WORD_RE = re.compile(r"\b(?:prevent|avert|forestall|deter|head\s+off)\b", re.I)
_PREVENT_RE = re.compile(
    r"\b(?:prevent|avert|forestall|deter|head\s+off)\s+(?:any\s+|further\s+|possible\s+|"
    r"more\s+|new\s+|fresh\s+)?(?:revenge|reprisal|retaliatory|retaliation)?\s*$",
    re.I,
)


# "an explosive-laden drone", "drones packed with explosives": the charge a drone carries
_DRONE_CHARGE_RE = re.compile(
    r"\bexplosives?-(?:laden|packed)\s+(?:[\w-]+\s+)?(?:drones?|UAVs?|quadcopters?)\b|"
    r"\b(?:drones?|UAVs?|quadcopters?)\s+(?:packed|laden|loaded|rigged)\s+with\s+explosives|"
    # "explosive devices were dropped from drones": bombs a drone released
    r"\bdropped\s+(?:\w+\s+){0,2}?from\s+(?:[\w-]+\s+)?(?:drones?|UAVs?|quadcopters?)\b|"
    r"\bdrone-dropped\b",
    re.I,
)


_DENIED_CUES = frozenset({"clash", "attack", "kill", "small_arms"})
_FORCE_CUES = frozenset({"clash", "attack", "kill", "loot", "abduct"})
_TAKING_CUES = frozenset({"enter", "overtake", "regain"})


def _drop(found: dict[str, tuple[int, ...]], cue: str, dropped: Callable[[int], object]) -> None:
    """Leave out the occurrences of ``cue`` that ``dropped`` reads as no act (and the cue, when
    none is left)."""
    kept = tuple(s for s in found[cue] if not dropped(s))
    if kept:
        found[cue] = kept
    else:
        del found[cue]


# "seizing two rifles and a grenade launcher", "militants armed with heavy weapons": weapons
# taken or carried, none said to be fired
_WEAPON_CUES = frozenset({"shelling", "grenade", "small_arms"})
_SEIZED_WORD_RE = re.compile(
    r"\b(?:seiz|recover|confiscat|armed\s+with|found|located|discovered)", re.IGNORECASE
)
_SEIZED_RE = re.compile(
    r"\b(?:seiz(?:ed|ing)|recover(?:ed|ing)|confiscat(?:ed|ing)|armed\s+with|found|located"
    r"|discovered)\s+"
    r"(?:[\w-]+,?\s+){0,6}$",
    re.IGNORECASE,
)
_SPATE_WORD_RE = re.compile(
    r"\b(?:continuing|ongoing|repeated|frequent|renewed|increasing|rising|spate|wave|series|surge)"
    r"\b",
    re.IGNORECASE,
)
_SPATE_RE = re.compile(
    r"\b(?:continuing|ongoing|repeated|frequent|renewed|increasing|rising|spate\s+of|"
    r"wave\s+of|series\s+of|surge\s+(?:in|of))\s+$",
    re.IGNORECASE,
)
_GOES_ON_RE = re.compile(
    r"fighting\s+(?:has\s+|had\s+)?(?:continued|continues|persisted|persists|raged\s+on|goes\s+on)"
    r"\s*[.,;]",
    re.IGNORECASE,
)
_OPERATION_RE = re.compile(
    r"(?:offensive|(?:carried\s+out|conducted)\s+(?:an?\s+)?(?:[\w-]+\s+)?operations?"
    r"|(?:military|security|joint)\s+operations?)",
    re.IGNORECASE,
)
_KEPT_UP_WORD_RE = re.compile(r"\b(?:sustain|maintain|intensif|continu)", re.IGNORECASE)
_KEPT_UP_RE = re.compile(
    r"\b(?:sustained|maintained|intensified|continued)\s+(?:the\s+)?(?:tempo\s+of\s+)?"
    r"(?:(?:its|their|the)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_CHARGE_WORD_RE = re.compile(
    r"\b(?:charge[sd]?|accused|wanted|connection|linked|responsible|suspected|role|involvement)\b",
    re.IGNORECASE,
)
# the charge, to the end of its clause ("arrested two men allegedly linked to the killings",
# "arrested three suspects in connection with the recent attack on Kanoma village", "four men
# it described as members of an IS cell responsible for recent assassinations")
_CHARGE_RE = re.compile(
    r"\b(?:charges?\s+of|charged\s+with|accused\s+of|wanted\s+(?:for|over|in\s+connection\s+with)"
    r"|in\s+connection\s+with|(?:linked|connected|tied)\s+to|responsible\s+for|suspected\s+of"
    r"|(?:alleged\s+|suspected\s+)?(?:role|involvement)\s+in)"
    # ("suspected of taking part in last month's fighting ..., which left twenty dead")
    r"\b[^,;.]*(?:,\s+(?:which|that)\s[^,;.]*)?",
    re.IGNORECASE,
)
_RAID_RE = re.compile(r"\braid(?:s|ed|ing)?\b", re.IGNORECASE)
_IN_RAIDS_BEFORE_RE = re.compile(r"\b(?:in|during)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_MINE_WORD_RE = re.compile(r"mines?\b", re.IGNORECASE)
_MINING_RE = re.compile(r"\b(?:mining|miners?|gold|artisanal|quarr(?:y|ies))\b", re.IGNORECASE)
# a capitalised name ('the Karma mine'; not 'A mine', 'Anti-tank mines') or a mineral
_MINE_NAME_RE = re.compile(
    r"(?:\b(?!(?:A|An|The|One)\s|Anti)[A-Z][\w-]*|\b(?:gold|coal|copper|diamond))\s+$"
)


def _mining_site(text: str, start: int) -> bool:
    """'roads to the Karma mine', 'a gold mine', a mine beside 'mining' or 'miners': a mining
    site, not a landmine."""
    if not _MINE_WORD_RE.match(text, start):
        return False
    return bool(_MINE_NAME_RE.search(window_before(text, start, 30)) or _MINING_RE.search(text))


# "to begin clearing landmines", "mine clearance": mines taken away, none set off
_CLEARING_BEFORE_RE = re.compile(
    r"\b(?:clear(?:s|ed|ing)?|remov(?:e|es|ed|ing|al\s+of)|clearance\s+of)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_CLEARING_AFTER_RE = re.compile(r"[\s-]+(?:clearance|clearing|removal)\b", re.IGNORECASE)


def _mine_clearance(text: str, start: int) -> bool:
    """A mine word inside talk of clearing mines (an agreement, a campaign) names no blast."""
    if not _MINE_WORD_RE.match(text, start) and not text.startswith("land", start):
        return False
    end = text.find(" ", start)
    end = len(text) if end < 0 else end
    return bool(
        _CLEARING_BEFORE_RE.search(window_before(text, start, 40))
        or _CLEARING_AFTER_RE.match(text, start + len(text[start:end].rstrip(",.;")))
    )


# Blast words that say something went off, not what it was
_GENERIC_BLAST_RE = re.compile(
    r"(?:explosions?|blasts?|exploded|detonat(?:ed|ion)|bombs?)\b", re.IGNORECASE
)


def _only_generic_blasts(text: str) -> bool:
    """Every IED cue of ``text`` is a generic explosion word ('blast', 'detonation')."""
    return all(_GENERIC_BLAST_RE.match(text, s) for s in cue_positions(text).get("ied", ()))


_FIRST = itemgetter(0)


def find_cues(text: str, skip: list[tuple[int, int]] | None = None) -> dict[str, int]:
    """Cue name -> position of its first occurrence in ``text`` outside the ``skip`` spans
    (actor names such as 'Attack Group X' are not verbs)."""
    found = {}
    dated = "he 19" in text or "he 20" in text  # ("the 2020 ...", "The 2020 ...")
    came = came_after(text)
    positions = cue_positions(text)
    if not (skip or came or dated):
        # (most texts; each cue found has a start, and its first one is read)
        return dict(zip(positions, map(_FIRST, positions.values()), strict=True))
    for cue, starts in positions.items():
        for start in starts:
            if skip and starts_in(start, skip):
                continue
            if came and start < came.end():
                continue  # "The fighting came a day after shells landed ...": told before
            if (
                dated
                and _YEAR_NAMED_RE.search(text, max(0, start - 50), start)
                and not _VERB_AT_RE.match(text, start)
            ):
                continue  # "the victims of the 2020 Beirut port explosion": a past event's name
            found[cue] = start
            break
    return found


# "The fighting came a day after two shells landed in a camp": the act named first is the
# one told before; the sentence tells what happened before it
CAME_AFTER_RE = re.compile(
    r"(?:The|This|That|Those|These)\s+(?:[\w-]+\s+){1,2}?(?:came\s+"
    r"(?:(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|hours?)|hours|days|weeks|"
    r"shortly|just|only)?\s*(?:days?\s+|hours?\s+)?after|"
    # "The unrest followed a peaceful march on Monday"
    r"followed)\b"
)


def came_after(text: str) -> re.Match[str] | None:
    """'The fighting came a day after ...', 'The unrest followed ...': its opening words,
    which name the act told before."""
    return CAME_AFTER_RE.match(text) if " came " in text or " followed " in text else None


_YEAR_NAMED_RE = re.compile(r"\b[Tt]he\s+(?:19|20)\d\d\s+(?:[\w'’-]+\s+){0,3}$")
_VERB_AT_RE = re.compile(r"\w+ed\b")  # ("the 2020 port explosion killed 220": its verb)


def merge_cues(parts: list[dict[str, int]]) -> dict[str, int]:
    """Cues of several texts read one after the other (offsets only order them)."""
    merged: dict[str, int] = {}
    base = 0
    for cues in parts:
        for cue, pos in cues.items():
            merged.setdefault(cue, base + pos)
        base += 100_000
    return merged


def label_end(text: str) -> int:
    """End of a leading topic label ('Looting: ...'), 0 when there is none: the label names
    the event's topic, it is not the verb that separates the attacker from the target."""
    match = _labels()[0].match(text) if ":" in text else None  # (most texts: no label)
    return match.end() if match else 0


def label_type(text: str) -> tuple[str, str] | None:
    """Type fixed by a leading topic label such as 'Weapons seizure:'."""
    pattern, table = _labels()
    match = pattern.match(text) if ":" in text else None  # (most texts: no label)
    return table[match.group(1).lower()] if match else None


def classify_event(
    main_text: str,
    context_text: str | dict[str, int] = "",
    *,
    target_kind: str | None = None,
    killed: int = 0,
    attacker_is_state: bool = False,
    initiator: str | None = None,
    state_involved: bool = False,
    armed_nonstate: bool = False,
    harmed: int | None = None,
    home_state: bool = False,
    armed_in_event: bool = False,
) -> tuple[str, str]:
    """(event_type, sub_event_type) for an event whose main sentence is ``main_text``.

    ``context_text`` holds the event's other sentences, or their merged cues (weaker
    evidence); ``target_kind`` is
    'armed' or 'civilian' when known from the victims; ``killed`` the deaths attached;
    ``initiator`` 'state' | 'armed' | 'crowd' for who acted first; ``state_involved`` whether
    state forces take part at all (a crowd fighting police is a riot, not a mob);
    ``home_state`` whether the initiator is the event's country's own forces (only they regain
    territory: foreign forces that take a town overtake it); ``armed_in_event`` whether any
    of the event's sentences names a non-state armed group.
    """
    labelled = label_type(main_text)
    if labelled:
        return labelled
    cues = find_cues(_mask_references(main_text))
    if isinstance(context_text, dict):
        context = context_text
    else:
        context = find_cues(context_text) if context_text else {}
    facts = _Facts(
        target_kind,
        killed,
        attacker_is_state,
        initiator,
        state_involved,
        armed_nonstate,
        harmed,
        main_text,
        home_state,
        armed_in_event,
    )
    if _signed_agreement(cues, facts):
        return STRATEGIC, "Agreement"
    decided = _decide(cues, context, facts)
    if decided is None and context:
        decided = _decide(context, {}, facts)
    return decided or (STRATEGIC, "Other")


_SIGNED_RE = re.compile(
    r"\bsigned\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:agreement|deal|accord|pact|ceasefire|cease-fire|truce)"
)


def _signed_agreement(cues: dict[str, int], facts: _Facts) -> bool:
    """'... signed an agreement on Monday to begin destroying the group's weapons', nobody
    harmed: the agreement is the event, what it will do (destroy, release) is its content."""
    return (
        "agreement" in cues
        and not facts.killed
        and not facts.harmed
        and cues["agreement"] == min(cues.values())
        and _SIGNED_RE.search(facts.text) is not None
    )


@dataclass(slots=True)  # (not frozen: a frozen dataclass's __init__ costs three times more)
class _Facts:
    target_kind: str | None
    killed: int
    attacker_is_state: bool
    initiator: str | None
    state_involved: bool
    armed_nonstate: bool = False
    harmed: int | None = None  # casualty figures of any outcome; None when unknown
    text: str = ""
    home_state: bool = False  # the initiator is the event's country's own forces
    armed_in_event: bool = False  # a non-state armed group is named in the event's sentences


# (the cues of an event's other sentences are offset by 100,000 per sentence: merge_cues)
_FAR_IN_THE_STORY = 5 * 100_000


def _handed_over(cues: dict[str, int], both: dict[str, int], killed: int) -> bool:
    """A place taken with no fight: 'took control of the town without a fight', 'entered
    Walikale unopposed', 'seized the base after the soldiers had withdrawn' (no fighting told)."""
    if "regain" not in cues and "overtake" not in cues:
        return False
    return "no_fighting" in both or ("withdrawn" in both and "clash" not in both and not killed)


def _decide(cues: dict[str, int], context: dict[str, int], facts: _Facts) -> tuple[str, str] | None:
    """First matching rule wins, most specific first: protests and riots (crowds), disrupted
    weapons, remote violence (unless small arms make it a fight), territory, crowd fights,
    battles, sexual violence, abductions, attacks (armed targets make them battles), then the
    non-violent strategic developments. None when no cue is present at all."""
    target_kind, killed, attacker_is_state = (
        facts.target_kind,
        facts.killed,
        facts.attacker_is_state,
    )
    if "protest" in cues and _armed_roadblock(cues, facts):
        cues = {c: at for c, at in cues.items() if c != "protest"}
    both = {**context, **cues}
    first = min(cues.values()) if cues else 0

    def early(cue: str) -> bool:
        return cue in cues and cues[cue] - first < 200

    if _storming_only(cues, facts):
        # "workers stormed the board's headquarters to protest unpaid salaries": a crowd
        # forcing its way into offices that hurts and breaks nothing demonstrates peacefully
        if "intervention" in both or "protest_arrest" in both:
            return PROTESTS, "Protest with intervention"
        return PROTESTS, "Peaceful protest"
    if "protest" in cues and _abuse_of_one_person(cues, facts):
        # police beating or torturing one demonstrator: an attack on a civilian, not the
        # coding of a demonstration
        return VAC, "Attack"
    if (
        "protest" in cues
        and "attack" in cues
        and not attacker_is_state
        and not killed
        and ATTACKED_PROTESTERS_RE.search(facts.text)
    ):
        # "Men wielding baseball bats attacked students protesting outside a party office":
        # a mob on the demonstrators
        return RIOTS, "Mob violence"
    if "protest" in cues and not _violent_cue_before_protest(cues, facts.text):
        if (
            "riot" in both
            and ("riot" in cues or not killed or not attacker_is_state)
            # ("a peaceful march on Monday ...": the riot words of other sentences are not its)
            and ("riot" in cues or not _PEACEFUL_MARCH_RE.search(facts.text))
        ):
            return RIOTS, "Violent demonstration"
        if facts.initiator == "crowd" and _crowd_turned_violent(facts.text):
            # "students protesting ... beat a guard": the demonstrators turned violent
            return RIOTS, "Violent demonstration"
        if "excessive_force" in both or (killed and facts.state_involved):
            return PROTESTS, "Excessive force against protesters"
        if killed and _KILLED_AT_PROTEST_RE.search(facts.text):
            # "a student was killed during the protest": deaths among the protesters with no
            # state force named are still force against the protest, not a peaceful one
            return PROTESTS, "Excessive force against protesters"
        if "intervention" in both or "protest_arrest" in both:
            # "two demonstrators were arrested", "police detained ...": arrests at the protest
            return PROTESTS, "Protest with intervention"
        return PROTESTS, "Peaceful protest"
    if (
        "riot" in cues
        and ("protest" in both or "intervention" in both)
        # ("hooded and armed men intercepted three trucks and set them on fire. Pamphlets left
        # at the scene demanded ...": gunmen's arson, whatever their demands)
        and not (facts.initiator == "armed" and "crowd" not in cues and "protest" not in cues)
        and not (
            "protest" not in both
            and "crowd" not in both
            and (
                facts.initiator == "armed"
                and target_kind == "armed"
                and killed
                # "troops repelled an RSF attack ..., destroying eight vehicles": no crowd
                # was stopped, a fight was
                or cues.get("intervention", -1) == cues.get("clash")
            )
        )
    ):
        # (militants who "stormed" a camp its troops defended fought a battle, not a riot)
        if "protest" not in both:
            # a lynch mob or rioters dispersed with tear gas are still a mob unless they were
            # demonstrating (barricades, burning tyres, demands)
            return _crowd_riot(both, facts.text)
        return RIOTS, "Violent demonstration"
    if "mob" in cues:
        return RIOTS, "Mob violence"
    violent = any(c in cues for c in ("attack", "kill", "clash", "loot", "riot"))
    remote_weapon = any(c in cues for c in ("air_strike", "shelling", "ied", "suicide"))
    if (
        facts.initiator == "crowd"
        and violent
        and not remote_weapon
        and not _armed_fight(facts.text)
        and not _search(_HARMED_BY_FORCES_RE, facts.text)
    ):
        return _crowd_riot(both, facts.text)  # demonstrators turned violent, or a mob
    if "disrupted" in cues and not killed:
        return STRATEGIC, "Disrupted weapons use"
    if "suicide" in cues:
        if "combined_arms" in cues:
            return BATTLES, "Armed clash"  # suicide car bombs then an armed assault
        return EXPLOSIONS, "Suicide bomb"
    remote = [c for c in ("air_strike", "shelling", "ied", "grenade") if c in cues]
    if not remote and set(cues) == {"kill"}:
        # "Rescuers have pulled two more bodies from the rubble of the block hit this
        # morning": a toll that names no weapon is of the strike the event's other sentences
        # tell ("A Russian missile hit a residential neighbourhood")
        remote = [c for c in ("air_strike", "shelling") if c in context]
        cues = {**cues, **{c: first + 1000 + context[c] for c in remote}}
    if remote:
        kind = min(remote, key=lambda c: cues[c])
        if kind == "shelling" and "air_strike" in cues:
            kind = "air_strike"  # "fired artillery and dropped air bombs": the air raid leads
        if kind == "ied" and "grenade" in cues and _only_generic_blasts(facts.text):
            kind = "grenade"  # "the explosion of a grenade": the blast words name no device
        elif kind == "ied" and _only_generic_blasts(facts.text):
            # "loud explosions overnight. ... mortar rounds were fired": the weapon told in
            # the event's other sentences names what exploded
            told = [c for c in ("air_strike", "shelling") if c in context]
            if told and "ied" not in context:
                kind = min(told, key=lambda c: context[c])
        if kind == "ied" and "air_strike" in cues and _DRONE_CHARGE_RE.search(facts.text):
            kind = "air_strike"  # "an explosive-laden drone struck": the drone's own charge
        clash_first = "clash" in cues and cues["clash"] < cues[kind]
        if (
            ("small_arms" in both or "clash" in cues)
            and kind not in {"air_strike", "ied"}
            and not _fire_on_homes(both, facts)
        ):
            return BATTLES, "Armed clash"  # mortars *and* small arms: a fight, not a bombardment
        if "combined_arms" in both or (kind == "ied" and _search(_GUNFIGHT_RE, facts.text)):
            # a complex ambush, an IED "followed by gunfire", airstrikes with ground troops:
            # ACLED codes the whole engagement as a battle
            return BATTLES, "Armed clash"
        if not clash_first:
            return EXPLOSIONS, {
                "air_strike": "Air/drone strike",
                "shelling": "Shelling/artillery/missile attack",
                "ied": "Remote explosive/landmine/IED",
                "grenade": "Grenade",
            }[kind]
    if _handed_over(cues, both, killed):
        return STRATEGIC, "Non-violent transfer of territory"
    if (
        "loot" in cues
        and facts.harmed == 0
        and not killed
        and cues["loot"] < min(cues.get(c, 10**6) for c in ("attack", "kill", "clash"))
        # ("signed an agreement to begin destroying weapons": what the agreement will do)
        and cues.get("agreement", 10**6) > cues["loot"]
        # ("officers arrested the cartoonist and confiscated his laptop": the arrest is news)
        and not (facts.initiator == "state" and cues.get("arrest", 10**6) < cues["loot"])
        and not _harms_people(cues, facts.text)
    ):
        return STRATEGIC, "Looting/property destruction"  # pillaged, burned, nobody hurt
    if "regain" in cues and ("clash" in both or "attack" in both or attacker_is_state):
        return BATTLES, "Government regains territory"
    if "overtake" in cues and facts.home_state and "regain" not in cues:
        # "Government forces have taken control of a stronghold of the BIFF"
        return BATTLES, "Government regains territory"
    if "overtake" in cues and not ("regain" in cues and attacker_is_state):
        return BATTLES, "Non-state actor overtakes territory"
    if (
        "overtake" in context
        and "regain" not in both
        and not attacker_is_state
        and set(cues) <= {"attack", "clash", "kill", "small_arms"}
        and _ATTACKED_TOWN_RE.search(facts.text) is not None
    ):
        # "a larger group attacked Mucojo. The soldiers withdrew ... and the insurgents
        # occupied the town": the attack took the town
        return BATTLES, "Non-state actor overtakes territory"
    if "fire_at" in cues:
        if target_kind == "civilian":
            return VAC, "Attack"  # "gunmen fired at the car of a candidate"
        return BATTLES, "Armed clash"  # "fired at the rebels' positions"
    if (
        "clash" in cues
        and _search(_UNARMED_FIGHT_RE, facts.text)
        and not _GUN_RE.search(facts.text)
    ):
        # a brawl, or a fight with stones and sticks: rioting, not an armed clash
        return _crowd_riot(both, facts.text)
    if (
        facts.initiator == "state"
        and target_kind == "civilian"
        and "riot" in both
        and "crowd" in both
        and killed
        and not facts.armed_in_event
    ):
        # "troops shot dead a teenager during confrontations ... youths threw stones at the
        # vehicles": the forces met a rioting crowd, neither a battle nor a one-sided attack
        return _crowd_riot(both, facts.text)
    fight = "clash" in cues or "riot" in cues
    # party supporters fighting without guns are a crowd, even when their party is a former
    # armed group (RENAMO, CNL youths...) (asked only of a fight: most texts tell none)
    partisans = (
        fight and bool(_search(_SUPPORTERS_RE, facts.text)) and not _GUN_RE.search(facts.text)
    )
    crowd_fight = (
        fight
        and ("crowd" in cues or "riot" in cues or partisans)
        and (partisans or (not facts.armed_nonstate and facts.initiator != "armed"))
        and not (facts.initiator == "state" and "crowd" not in cues)
        and not _state_violence_without_crowd(cues, facts)
        and not _armed_fight(facts.text)
    )
    if crowd_fight:
        # residents, students, supporters fighting each other or the police: a riot, and a
        # violent demonstration only when they were demonstrating
        return _crowd_riot(both, facts.text)
    if "clash" in cues or (
        "clash" in context
        and ("attack" in cues or "kill" in cues)
        and not _search(_ON_CIVILIANS_RE, facts.text)
        # ("soldiers executed 11 men ... the army said it had 'neutralised terrorists'")
        and not (target_kind == "civilian" and _search(_EXECUTION_RE, facts.text))
        # ("raiders shot dead three herders ... Clashes over pasture have long plagued the
        # area": a fight told far from the act, in the story's background, is no part of it)
        and not (target_kind == "civilian" and context["clash"] >= _FAR_IN_THE_STORY)
    ):
        # a fight told in another sentence does not make an attack on civilians a battle
        return BATTLES, "Armed clash"
    if "sexual" in cues:
        return VAC, "Sexual violence"
    if (
        "abduct" in cues
        and not killed
        and "kill" not in cues  # "abducted and later executed": the killing is the event
        and not _WOUNDING_RE.search(facts.text)  # "hacked two men and abducted two others"
    ):
        if target_kind == "armed" and "clash" in both:
            return BATTLES, "Armed clash"
        return VAC, "Abduction/forced disappearance"
    if "attack" in cues or "kill" in cues or "clash" in cues:
        if target_kind == "armed" and not _search(_EXECUTION_RE, facts.text):
            return BATTLES, "Armed clash"
        if (
            "loot" in cues
            and not killed
            and "kill" not in cues
            and early("loot")
            and not _harms_people(cues, facts.text)
        ):
            if "attack" not in cues or cues["loot"] < cues["attack"] or facts.harmed == 0:
                # "attacked the village and burned houses", nobody hurt: the damage is the event
                return STRATEGIC, "Looting/property destruction"
        # "police raided two houses and arrested four men", nobody hurt: the raid is how the
        # arrests were made, and the men arrested are no victims of an attack
        raid_arrests = (
            "attack" in cues
            and "arrest" in cues
            and facts.initiator == "state"
            and _RAID_RE.search(facts.text, cues["attack"], cues["arrest"]) is not None
            and not _harms_people(cues, facts.text)
        )
        if (
            "arrest" in cues
            and not killed
            and "kill" not in cues
            and (target_kind is None or raid_arrests)
        ):
            tortured = _ABUSE_RE.search(facts.text)
            if not tortured and (
                "attack" not in cues or cues["arrest"] < cues["attack"] or raid_arrests
            ):
                return STRATEGIC, "Arrests"
        return VAC, "Attack"
    if killed and any(c in cues for c in ("arrest", "loot", "change_group", "abduct")):
        if facts.initiator == "crowd":
            return RIOTS, "Mob violence"
        return (BATTLES, "Armed clash") if target_kind == "armed" else (VAC, "Attack")
    if "small_arms" in cues and not any(c in cues for c in ("attack", "kill", "abduct")):
        if target_kind == "civilian":
            return VAC, "Attack"  # "fired with small arms on civilians"
        return BATTLES, "Armed clash"  # "machine-gun fire was heard"
    if "arrest" in cues:
        if facts.initiator == "armed":
            return VAC, "Abduction/forced disappearance"  # "arrests" by rebels or militias
        return STRATEGIC, "Arrests"
    if "loot" in cues:
        if facts.harmed and "attack" in context and target_kind != "armed":
            # "looted the cars. They assaulted the passengers, injuring four": people were hurt
            return VAC, "Attack"
        return STRATEGIC, "Looting/property destruction"
    if "disrupted" in cues:
        return STRATEGIC, "Disrupted weapons use"
    if "agreement" in cues:
        return STRATEGIC, "Agreement"
    if "hq" in cues:
        return STRATEGIC, "Headquarters or base established"
    if "nonviolent_transfer" in cues:
        return STRATEGIC, "Non-violent transfer of territory"
    if "change_group" in cues:
        return STRATEGIC, "Change to group/activity"
    if "displacement" in cues:
        return STRATEGIC, "Other"
    if "riot" in cues:
        return RIOTS, "Violent demonstration"
    if "protest" in both or "crowd_size" in cues:
        return PROTESTS, "Peaceful protest"
    return None


# "a larger group attacked Mucojo": an attack on a town itself
_ATTACKED_TOWN_RE = re.compile(
    r"\b(?:attacked|stormed|raided|assaulted|overran)\s+(?:the\s+(?:town|village|city)\s+of\s+)?"
    r"(?-i:[A-Z])"
)


_REFERENCE_CLAUSE_RE = WordRegex(
    r"\b(?:(?:relatives|family|families|mothers|fathers|friends|parents|widows?|kin|kinsmen)"
    r"\s+of\s+"
    r"[^,.;]{0,60}?\b(?:killed|died|murdered|dead)\b|"
    r"who\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?(?:killed|died|murdered|shot\s+dead)"
    # the clause ends where the mourners' own acts begin ("... who died in a crash staged a
    # protest")
    r"(?:(?!\b(?:staged|held|protest\w*|demonstrat\w*|marched|rallied|gathered|blocked)\b)"
    r"[^,.;]){0,40}|(?:commemorat\w*|mourn\w*|memory\s+of|anniversary\s+of)[^,.;]{0,60}|"
    # ("to mark one year since demonstrators stormed parliament": the day it recalls)
    r"mark(?:ed|ing|s)?\s+(?:one|two|three|four|five|a|\d+)\s+years?\s+since\b[^,.;]{0,60}|"
    # arrests the protest is about ("against the mass arrests", "rejecting the arrest of
    # students by police"), not arrests at the protest
    r"(?:against|reject(?:ing)?|denounc\w*|condemn\w*)\s+[^,.;]{0,60}?"
    r"\b(?:arrests?|arrested|detentions?|detained)\b[^,.;]{0,30}|"
    # damage the protest is about ("marching against the vandalism of stalls")
    r"(?:against|over|denounc\w*|condemn\w*)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:vandalism|thefts?|destruction|damages?)\b[^,.;]{0,30}|"
    r"set\s+(?:himself|herself|themselves)\s+(?:on\s+fire|ablaze)|"
    # the protest an arrest is for ("over social media posts that prosecutors said incited the
    # public to join unauthorised demonstrations"), not a protest held
    r"incit\w*\s+(?:\w+\s+){0,2}?to\s+(?:join|attend|hold|stage)\s+[^,.;]{0,40}?"
    r"\b(?:rally|rallies|protests?|march|marches|demonstrations?)\b|"
    # a protest that names who is arrested ("activists of the movement that organised the
    # rally"), not the arrest's scene
    r"\b(?:movement|group|organi[sz]ation|coalition|party|union|collective|platform)\s+"
    r"(?:that|which)\s+(?:had\s+)?(?:organi[sz]ed|called|led|staged|convened)\s+"
    r"(?:the\s+|a\s+|last\s+\w+'s\s+)?(?:\w+\s+)?"
    r"(?:rally|rallies|protests?|march|marches|demonstrations?|sit-ins?)\b)",
    re.IGNORECASE,
)
# Rifle fire that turns a blast into a fight (a vehicle's mounted machine gun or "shots"
# heard after an explosion do not)
_GUNFIGHT_RE = WordRegex(
    r"\b(?:small[- ]arms|firearms|gunfire|gun\s+fire|exchanged\s+fire|exchanges?\s+of\s+fire|"
    r"returned\s+fire|fired\s+back|firefights?|gun\s*battles?|gun\s*fights?|shoot-?outs?|"
    r"fire\s+exchanges?)\b",
    re.IGNORECASE,
)
# Fighting between communities: their armed men, not a crowd
_COMMUNAL_FIGHT_RE = WordRegex(
    r"\b(?:tribal|ethnic|clan|communal|inter-?communal|inter-?ethnic)\s+(?:clash\w*|fighting)",
    re.IGNORECASE,
)


def _armed_fight(text: str) -> bool:
    """An exchange of fire or a fight between communities: armed men fighting, not a crowd."""
    return bool(_search(_GUNFIGHT_RE, text) or _search(_COMMUNAL_FIGHT_RE, text))


# People hurt by forces, told in the passive ("youths were shot by troops"): the crowd named
# first suffered the violence, it did not riot
_HARMED_BY_FORCES_RE = WordRegex(
    r"\b(?:shot|injured|wounded|beaten|assaulted|tortured|killed|attacked)\s+"
    r"(?:and\s+\w+\s+)?by\s+(?:\w+\s+){0,4}?"
    r"(?:troops|soldiers|police(?:men)?|officers|forces|army|military|gendarmes)\b",
    re.IGNORECASE,
)
# Fights without firearms: stones, sticks, fists; brawls and scuffles
_UNARMED_FIGHT_RE = WordRegex(
    r"\b(?:stones|rocks|slingshots?|catapults?|firecrackers|sticks|clubs|bricks|fists|"
    r"bare\s+hands|crude\s+weapons|brawls?|scuffles?|scuffled|altercations?|"
    r"fight\s+broke\s+out|flagpoles|bear\s+spray|pepper\s+spray|punches|skateboards?)\b",
    re.IGNORECASE,
)
# Party supporters and politicians: when they fight it is a brawl, not an armed clash
_SUPPORTERS_RE = WordRegex(
    r"\b(?:supporters|sympathi[sz]ers|partisans|party\s+(?:members|activists|cadres)|"
    r"members\s+of\s+(?:\w+\s+){0,3}?part(?:y|ies)|lawmakers|legislators|parliamentarians|"
    r"MPs|(?:assembly|council)\s+members)\b",
    re.IGNORECASE,
)
_GUN_RE = WordRegex(
    # (not "paintball guns" nor the paintballs they fire)
    r"\b(?:(?<!paintball\s)(?<!water\s)(?<!stun\s)guns?|gunfire|gunmen|gunshots?|shots?|shot|"
    r"shooting|firearms?|rifles?|bullets?|opened\s+fire|fired(?!\s+paintballs))\b",
    re.IGNORECASE,
)
# The main clause names civilians as the ones attacked
_ON_CIVILIANS_RE = WordRegex(
    r"\b(?:attacked|shot\s+at|fired\s+(?:at|on)|opened\s+fire\s+on)\s+(?:\w+\s+)?"
    # ("gunmen burst into a bar ... and opened fire on customers")
    r"(?:civilians|customers|patrons|diners|drinkers|guests|revellers|worshippers|mourners|"
    r"passengers|commuters|shoppers|pedestrians)\b",
    re.IGNORECASE,
)
# Captives put to death are no longer combatants: an execution is violence against civilians
_EXECUTION_RE = WordRegex(r"\b(?:executed|executing|summarily\s+killed)\b", re.IGNORECASE)
_ABUSE_RE = WordRegex(r"\b(?:tortur\w*|beat|beaten|beating|assault\w*|electrocut\w*)\b", re.I)
_KILLED_AT_PROTEST_RE = WordRegex(
    r"\b(?:killed|died|shot\s+dead)\s+(?:\w+\s+){0,2}?(?:during|at|in)\s+(?:the\s+|a\s+)?"
    r"(?:protests?|demonstrations?|rally|march)\b",
    re.IGNORECASE,
)
_DURING_PROTEST_RE = WordRegex(
    r"\b(?:as|while|when|during)\s+(?:\w+\s+){0,3}(?:protest|demonstrat)"
    # "shot dead when police broke up a march by hundreds of traders"
    r"|\b(?:as|while|when|after)\s+(?:the\s+)?(?:police|officers|troops|soldiers|security\s+forces)"
    r"\s+(?:broke\s+up|dispersed|charged|fired\s+on)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
    # ("when police dispersed hundreds of protesters demonstrating against ...")
    r"(?:march|rally|sit-in|procession|(?:(?:hundreds|thousands|dozens|scores)\s+of\s+)?"
    r"(?:protesters|demonstrators|marchers))"
    # "opened fire on villagers protesting against ...": the protest was the target
    r"|\b(?:fire|fired|firing|shot|shooting)\s+(?:on|at|into)\s+(?:the\s+)?(?:\w+\s+){0,2}"
    r"(?:protest|demonstrat)",
    re.IGNORECASE,
)


# Violence a crowd commits, as a verb of the main clause: not suffered ("injured", "shot"),
# not the grievance ("protest against the attacks", "after he assaulted a miner")
_CROWD_VIOLENCE_RE = WordRegex(
    r"(?<!\bwho )(?<!\bhe )(?<!\bshe )(?<!\bwas )(?<!\bwere )(?<!\bbeen )"
    r"\b(?:attacked|beat|assaulted|raided|clashed|scuffled|fought|stormed|hacked|stabbed|"
    r"engaged\s+(?:\w+\s+){0,3}in\s+(?:running\s+battles|a\s+scuffle|clashes))\b",
    re.IGNORECASE,
)
_GRIEVANCE_RE = re.compile(
    r"\b(?:after|following|because|since|when|over|against|accus\w+|reaction|denounc\w+)\b",
    re.IGNORECASE,
)


# every match of _CROWD_VIOLENCE_RE opens with one of these whole words (a set test rules out
# most texts before its search)
_CROWD_VIOLENCE_WORDS = whole_first_words(_CROWD_VIOLENCE_RE.regex)


def _crowd_turned_violent(text: str) -> bool:
    """A violent verb of the crowd's own clause: 'students ... beat a guard', not the reason
    they marched ('... after a soldier assaulted a trader')."""
    if not holds_any(text, _CROWD_VIOLENCE_WORDS):
        return False
    return any(
        not _GRIEVANCE_RE.search(window_before(text, m.start(), 50))
        for m in _CROWD_VIOLENCE_RE.finditer(text)
    )


_PROTESTER_NOUN = (
    r"(?:demonstrator|protester|protestor|activist|petitioner|journalist|participant|marcher|"
    r"supporter|student|member|leader|man|woman|boy|girl)"
)
_ONE_PERSON_ABUSED_RE = WordRegex(
    r"\b(?:beat|beaten|beating|tortured?|torturing|assaulted|assaulting|injured|stabbed|whipped|"
    r"flogged)\s+(?:and\s+\w+\s+)?(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?" + _PROTESTER_NOUN + r"\b|"
    r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,4}?" + _PROTESTER_NOUN + r"\b[^.;]{0,120}?\b"
    r"(?:was|got|had\s+been|has\s+been)\s+(?:\w+\s+){0,2}?"
    r"(?:beaten|tortured|assaulted|injured|stabbed|whipped|flogged)\b",
    re.IGNORECASE,
)


def _abuse_of_one_person(cues: dict[str, int], facts: _Facts) -> bool:
    """Forces beating, torturing or wounding one named-by-role person (a demonstrator, an
    activist) with no crowd dispersed and nobody killed: ACLED codes an attack."""
    return (
        (facts.initiator in {"state", "armed"} or facts.state_involved)
        and facts.initiator != "crowd"
        and not facts.killed
        and "intervention" not in cues
        and "excessive_force" not in cues
        and bool(_ONE_PERSON_ABUSED_RE.search(facts.text))
    )


# A crowd's demonstrating acts: roads barricaded or blocked, tyres burned, demands made, rioting
# against a grievance
_DEMONSTRATION_ACT_RE = WordRegex(
    r"\b(?:barricad\w*|burn(?:ed|t|ing)\s+(?:\w+\s+)?(?:tyres|tires)|demand(?:ed|ing)|"
    r"(?:closed|blocked|blocking|closing)\s+(?:the\s+|a\s+)?(?:\w+\s+){0,2}?(?:roads?|highways?|streets?)|"
    r"riot(?:ed|ing)\s+[^.;]{0,60}?\bagainst)\b",
    re.IGNORECASE,
)


# Where people live or study: fire aimed there has no enemy to fight back
_RESIDENTIAL_RE = WordRegex(
    r"\b(?:residential|neighbou?rhoods?|houses|homes|schools?|hospitals?|markets?)\b",
    re.IGNORECASE,
)


def _fire_on_homes(both: dict[str, int], facts: _Facts) -> bool:
    """Heavy weapons and machine guns fired at homes or a school, with no fight told and no
    fighters hit: a bombardment, not an armed clash."""
    return (
        "clash" not in both
        and facts.target_kind != "armed"
        and bool(_RESIDENTIAL_RE.search(facts.text))
    )


_STORMED_RE = re.compile(r"stormed\b", re.IGNORECASE)
_ARMED_CROWD_RE = WordRegex(
    r"\b(?:wielding|brandishing|armed\s+with|carrying\s+(?:\w+\s+)?(?:weapons|machetes|"
    r"sticks|clubs|knives|guns|rifles))\b",
    re.IGNORECASE,
)
# Cues of harm to people or property: with any of them, storming is part of a riot
_HARM_CUES = (
    "attack",
    "kill",
    "clash",
    "loot",
    "mob",
    "abduct",
    "sexual",
    "excessive_force",
    "air_strike",
    "shelling",
    "ied",
    "grenade",
    "suicide",
    "small_arms",
    "disrupted",
)


def _storming_only(cues: dict[str, int], facts: _Facts) -> bool:
    """A protesting or gathered crowd (or one named as the initiator) whose only riot cue is
    'stormed' and that harmed nobody and nothing."""
    if "riot" not in cues or not cues.keys().isdisjoint(_HARM_CUES) or facts.killed or facts.harmed:
        return False
    if not ("protest" in cues or "crowd" in cues or facts.initiator == "crowd"):
        return False
    if _search(_ARMED_CROWD_RE, facts.text):
        return False  # "wielding clubs and whips, stormed the meeting": not peaceful
    starts = cue_positions(_mask_references(facts.text)).get("riot", ())
    return bool(starts) and all(_STORMED_RE.match(facts.text, s) for s in starts)


def _crowd_riot(both: dict[str, int], text: str) -> tuple[str, str]:
    """A rioting crowd demonstrates when it protests, barricades roads, burns tyres or makes
    demands; otherwise it is a mob."""
    if "protest" in both or _DEMONSTRATION_ACT_RE.search(text):
        return RIOTS, "Violent demonstration"
    return RIOTS, "Mob violence"


def _state_violence_without_crowd(cues: dict[str, int], facts: _Facts) -> bool:
    """Forces that kill or attack and burn or damage property, with no crowd named: the
    damage is part of their attack, not a riot."""
    return facts.state_involved and "crowd" not in cues and ("attack" in cues or "kill" in cues)


def _harms_people(cues: dict[str, int], text: str) -> bool:
    """Looters who also beat, abduct or rape people commit violence against civilians; only
    looting that hurts nobody is a strategic development."""
    return (
        "abduct" in cues
        or "sexual" in cues
        or bool(_ABUSE_RE.search(text))
        or bool(_WOUNDING_RE.search(text))
    )


# Harm done to people's bodies: robbers who also shoot or wound someone attack civilians
_WOUNDING_RE = WordRegex(
    r"\b(?:shot|shooting|injur(?:ed|ing)|wound(?:ed|ing)|stabb(?:ed|ing)|hacked|macheted)\b",
    re.IGNORECASE,
)

# A WordRegex still reads every word of the text: these are searched behind a set test of the
# text's (cached) words against the whole words that open their matches
_GATES = WordSetGates(
    _ARMED_CROWD_RE,
    _COMMUNAL_FIGHT_RE,
    _EXECUTION_RE,
    _GUNFIGHT_RE,
    _HARMED_BY_FORCES_RE,
    _ON_CIVILIANS_RE,
    _SUPPORTERS_RE,
    _UNARMED_FIGHT_RE,
)
_search = _GATES.search


# who was attacked: the demonstrators themselves
ATTACKED_PROTESTERS_RE = LowercaseRegex(
    r"\b(?:attacked|assaulted|beat|charged\s+at|chased)\s+(?:the\s+|a\s+group\s+of\s+)?"
    r"(?:(?:students|people|residents|activists|women|men)\s+(?:who\s+were\s+)?"
    r"(?:protesting|demonstrating|marching)|protesters|demonstrators|marchers)\b",
    re.IGNORECASE,
)
_PEACEFUL_MARCH_RE = re.compile(
    r"\bpeaceful\s+(?:march|protest|demonstration|rally|sit-in|vigil|procession)|"
    r"\b(?:marched|protested|demonstrated|gathered|rallied)\s+peacefully\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _mask_references(text: str) -> str:
    """Blank out deaths a protest refers to ('relatives of a man who was killed ...'), keeping
    offsets, so they do not read as the event's own violence."""
    masked, end = [], 0
    for m in _REFERENCE_CLAUSE_RE.finditer(text):
        masked += [text[end : m.start()], " " * (m.end() - m.start())]
        end = m.end()
    return "".join(masked) + text[end:]


_ROADBLOCK_RE = re.compile(r"(?:blocked|closed)\b", re.IGNORECASE)


def _armed_roadblock(cues: dict[str, int], facts: _Facts) -> bool:
    """'Gunmen blocked a highway ... and shot dead 14 passengers': armed men who block a road
    to kill or seize are setting an ambush, not demonstrating."""
    return (
        facts.initiator == "armed"
        and any(c in cues for c in ("kill", "attack", "abduct"))
        and _ROADBLOCK_RE.match(facts.text, cues["protest"]) is not None
    )


def _violent_cue_before_protest(cues: dict[str, int], text: str = "") -> bool:
    """'Gunmen killed five people ... sparking protests' is an attack, not a protest; 'shot
    dead as villagers protested' is violence at a protest."""
    if "excessive_force" in cues:
        return False
    violent = [
        cues[c] for c in ("kill", "clash", "shelling", "air_strike", "ied", "abduct") if c in cues
    ]
    if not violent or min(violent) >= cues["protest"] or "riot" in cues:
        return False
    return not _DURING_PROTEST_RE.search(text)  # the slowest test last
