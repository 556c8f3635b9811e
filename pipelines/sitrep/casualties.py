"""Casualty figures from sentences, and ACLED-style reconciliation of the deaths in an event.

A figure is a quantity linked to an outcome verb: actively ("killed 84 mercenaries",
"killing 5 and wounding 12"), passively ("47 soldiers were killed", "Seven ... were taken
prisoner"), as a noun ("2 fatalities", "three dead") or as a toll ("the death toll rose to
40"). Singular victims ("a farmer was killed", "shot dead a man") count one. Quantities that
name a subset ("including 3 children", "one of them") never add to a total.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.quantities import Quantity

_KILLED = (
    r"killed|killing|kills|kill|murdered|murdering|executed|executing|assassinated|"
    r"assassinating|beheaded|beheading|decapitated|lynched|lynching|slaughtered|massacred|"
    r"shot\s+dead|shot\s+and\s+killed|shooting\s+dead|shooting\s+and\s+killing|"
    r"shot\s+and\s+killing|gunned\s+down|gunning\s+down|beaten\s+to\s+death|burned\s+to\s+death|"
    r"burnt\s+to\s+death|hacked\s+to\s+death|stabbed\s+to\s+death|stoned\s+to\s+death|"
    r"beating\s+to\s+death|beat\s+to\s+death|eliminated|eliminating|neutralized|neutralised|liquidated|claimed\s+the\s+lives\s+of|"
    r"left|leaving|bodies\s+of|corpses\s+of|remains\s+of"
)
_KILLED_PASSIVE = (
    r"killed|dead|died|murdered|executed|assassinated|beheaded|decapitated|lynched|"
    r"slaughtered|massacred|shot\s+dead|shot\s+and\s+killed|gunned\s+down|beaten\s+to\s+death|"
    r"burned\s+to\s+death|burnt\s+to\s+death|hacked\s+to\s+death|stabbed\s+to\s+death|"
    r"stoned\s+to\s+death|perished|lost\s+their\s+lives|lost\s+his\s+life|lost\s+her\s+life|"
    r"found\s+dead|confirmed\s+dead|eliminated|neutralized|neutralised|liquidated|"
    r"deaths?|fatalities|fatality|bodies|corpses|killed\s+in\s+action|succumbed"
)
_WOUNDED = r"wounded|wounding|injured|injuring|injures|wounds|hurt|maimed"
_WOUNDED_PASSIVE = (
    r"wounded|injured|hurt|hospitali[sz]ed|injuries|injury|maimed|shot\s+and\s+wounded|"
    r"shot\s+and\s+injured|sustained\s+(?:\w+\s+)?injuries"
)
_CAPTURED = (
    r"captured|capturing|abducted|abducting|kidnapped|kidnapping|took\s+prisoner|"
    r"taking\s+prisoner|took\s+hostage|taking\s+hostage|seized"
)
_CAPTURED_PASSIVE = (
    r"captured|taken\s+prisoners?|taken\s+captive|taken\s+hostages?|abducted|kidnapped|"
    r"held\s+hostage|held\s+captive|taken\s+away|prisoners\s+of\s+war"
)
_MISSING_PASSIVE = r"missing|unaccounted\s+for|disappeared|forcibly\s+disappeared"

_OUTCOME_OF = [
    ("killed", _KILLED_PASSIVE),
    ("wounded", _WOUNDED_PASSIVE),
    ("captured", _CAPTURED_PASSIVE),
    ("missing", _MISSING_PASSIVE),
]
_ACTIVE_OF = [("killed", _KILLED), ("wounded", _WOUNDED), ("captured", _CAPTURED)]

_AUX = (
    r"(?:(?:were|was|are|is|have|has|had|been|being|be|got|get|also|reportedly|allegedly|"
    r"all|later|subsequently|eventually|initially|confirmed|reported|believed|feared|said|"
    r"thought|to|have|having|both|either|then|each|apparently|presumably|seriously|"
    r"critically|severely|slightly|fatally|mortally|badly|gravely|reportedly)\s+)*"
)
_PASSIVE_RE = re.compile(
    rf"^\s*(?:\((?:[^()]{{0,60}})\)\s*)?(?:,\s*(?=(?:who\s+)?(?:were|was|have|has|had|all|both)\b))?"
    rf"(?:who\s+)?{_AUX}(?P<trig>"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _OUTCOME_OF)
    + r")(?![\w])",
    re.IGNORECASE,
)
_FAR_PASSIVE_RE = re.compile(
    rf"^[^,;.\d]{{0,80}}?\s(?:were|was|have\s+been|has\s+been|had\s+been)\s+{_AUX}(?P<trig>"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _OUTCOME_OF)
    + r")(?![\w])",
    re.IGNORECASE,
)
_ACTIVE_RE = re.compile(
    r"(?<![\w])(?P<trig>"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _ACTIVE_OF)
    + r")\s+(?:(?:and\s+(?:wounded|injured|killed)|at\s+least|the|a\s+total\s+of|"
    r"some|up\s+to|nearly|about|around|over|more\s+than)\s+)*$",
    re.IGNORECASE,
)
_CHAIN_RE = re.compile(r"^\s*(?:,\s*)?(?:and|as\s+well\s+as|plus|&|,)\s*(?:another\s+)?$", re.I)
_TOLL_RE = re.compile(
    r"(?:death|casualty|fatality)?\s*toll\s+(?:\w+\s+){0,3}?(?:to|at|of|reached|is|was|hit|"
    r"climbed\s+to|rose\s+to|risen\s+to|increased\s+to|now\s+stands\s+at)\s*$",
    re.IGNORECASE,
)
_TOTAL_NOUN_RE = re.compile(r"^\s*(?:fatalities|fatality|deaths)\b", re.IGNORECASE)
_SUBSET_BEFORE_RE = re.compile(
    r"(?:including|includes|included|among\s+them|among\s+whom|of\s+whom|of\s+which|"
    r"such\s+as|among\s+the\s+(?:dead|victims|killed|injured|wounded))\s*(?:at\s+least\s+)?$",
    re.IGNORECASE,
)
_SUBSET_AFTER_RE = re.compile(
    r"^\s*(?:of\s+(?:them|whom|those|these|the\s+(?:dead|victims|deceased|injured|wounded|"
    r"killed|attackers|assailants|soldiers|fighters|militants))\b|were\s+among)",
    re.IGNORECASE,
)
# Deaths mentioned as the reason for a protest or in a memorial are not the event's deaths.
_REFERENCE_BEFORE_RE = re.compile(
    r"(?:mourn\w*|memory\s+of|memorial\s+(?:for|of)|commemorat\w*|justice\s+for|"
    r"honou?r(?:ing)?\s+of|tribute\s+to|funeral\s+(?:of|for)|anniversary\s+of|"
    r"(?:killing|killings|death|deaths|murder|murders|assassination)\s+of|the\s+killing|"
    r"to\s+protest|protest(?:ing|ed)?\s+(?:against|over)?|denounc\w+|condemn\w*|"
    r"in\s+(?:response|reaction)\s+to|over\s+the|against\s+the)"
    r"(?:\s+(?:the|of|a|an|alleged|recent|brutal|police|last\s+week's|\w+'s))*\s*$",
    re.IGNORECASE,
)
# Words that end the victim phrase after a quantity.
_NP_STOP = set(
    "were was are is have has had and or in on at during when while after before near by as "
    "who which that with to for into from reportedly also allegedly all later being been be "
    "but after following amid since this these those their killed dead died wounded injured "
    "captured abducted kidnapped missing taken shot lost perished fatalities fatality deaths "
    "death casualties bodies corpses".split()
)
_NP_TOKEN_RE = re.compile(r"[\w\"'’\-/.]+|[\"“”]")
_SINGULAR_ACTIVE_RE = re.compile(
    r"(?:(?<![\w])(?P<trig>" + "|".join(f"(?P<{n}>{p})" for n, p in _ACTIVE_OF) + r")|"
    r"(?<![\w])(?P<body>(?:body|corpse|remains)\s+of)|(?P<chain>,?\s+(?:and|as\s+well\s+as)))\s+"
    r"(?P<det>a|an|another|the|his|her|its|their|one|a\s+further)\s+",
    re.IGNORECASE,
)
_SINGULAR_PASSIVE_RE = re.compile(
    r"(?P<np>(?:(?<![\w])(?:[Aa]n?|[Aa]nother|[Tt]he|[Oo]ne)\s+(?:[\w\-'’]+\s+){0,5}?[\w\-'’]+|"
    r"(?<![\w])(?:[Hh]e|[Ss]he)|(?:[A-Z][\w\-'’]+\s+){1,4}[A-Z][\w\-'’]+))\s+"
    r"(?:was|has\s+been|had\s+been|is)\s+(?:\w+ly\s+|later\s+|also\s+|then\s+)*(?P<trig>"
    + "|".join(f"(?P<{n}>{p})" for n, p in _OUTCOME_OF)
    + r")(?![\w])",
)
_PRONOUN_ACTIVE_RE = re.compile(
    r"(?<![\w])(?:(?P<trig>killed|murdered|executed|shot\s+dead|lynched|assassinated|beheaded|"
    r"killing|shooting\s+dead)\s+(?P<np>him|her)\b|"
    r"(?:stoned|beat|beaten|hacked|stabbed|burned|burnt|clubbed|lynched|shot|set)\s+(?P<np2>him|her)"
    r"\s+(?:to\s+death|dead|ablaze\s+and\s+killed))",
    re.IGNORECASE,
)
_NOT_PERSON_HEADS = set(
    "house houses home homes vehicle vehicles car cars building buildings village town city "
    "school church mosque shop shops market property equipment weapons tank tanks drone drones "
    "truck trucks position positions base camp attack attempt plan area way road bridge time "
    "day night fire rest rest-of others dog cattle cows goats livestock animals camels".split()
)


@dataclass(frozen=True)
class CasualtyFigure:
    outcome: str  # killed|wounded|captured|missing
    victim: str
    count_low: int | None
    count_best: int | None
    count_high: int | None
    qualifier: str
    coded: int  # ACLED's reading of the figure
    quote: str
    char_start: int
    char_end: int
    is_toll: bool = False  # "death toll rose to 40": replaces, never adds
    is_subset: bool = False  # "including 3 children": already inside another figure
    claimed_by: str | None = None
    victim_actor: str | None = None


def _victim_phrase(text: str, start: int) -> tuple[str, int]:
    """The noun phrase after a quantity (may be empty) and where it ends."""
    pos = start
    end = start
    words = 0
    for token in _NP_TOKEN_RE.finditer(text, start):
        gap = text[pos : token.start()]
        if gap.strip() not in {"", "-"} and gap.strip() not in {'"', "“", "”"}:
            break
        word = token.group(0).lower().strip(".")
        if word in _NP_STOP and not (word == "from" and words and _group_follows(text, token.end())):
            break
        if token.group(0).endswith(".") and token.group(0)[:-1].lower() not in {"u.s", "u.n"}:
            end = token.end() - 1
            words += 1
            break
        end = token.end()
        pos = token.end()
        words += 1
        if words >= 10:
            break
    return text[start:end].strip(), end


def _group_follows(text: str, pos: int) -> bool:
    """'mercenaries from the Wagner group' keeps its 'from' phrase."""
    return bool(re.match(r"\s+(?:the\s+)?[A-Z\"]", text[pos : pos + 40]))


def find_casualties(
    sentence: str, offset: int, quantities: list[Quantity], claimed_by: str | None = None
) -> list[CasualtyFigure]:
    """Casualty figures in one sentence; ``quantities`` carry document offsets."""
    local = [q for q in quantities if offset <= q.char_start and q.char_end <= offset + len(sentence)]
    links: list[tuple[str, bool] | None] = [None] * len(local)  # (outcome, is_toll)
    quote_ends: list[int | None] = [None] * len(local)
    np_ends: list[int] = []
    victims: list[str] = []
    for q in local:
        victim, end = _victim_phrase(sentence, q.char_end - offset)
        victims.append(victim)
        np_ends.append(end)

    # passive / noun links, right to left so "12 X and 3 Y were killed" chains leftwards
    for i in range(len(local) - 1, -1, -1):
        after = sentence[np_ends[i] :]
        m = _PASSIVE_RE.match(after)
        coordinated = None if m or not victims[i] else _coordinated_np_passive(after)
        if coordinated:
            extra, m = coordinated
            victims[i] = f"{victims[i]} {extra}"
        far = None
        if m is None and coordinated is None and victims[i]:
            far = _FAR_PASSIVE_RE.match(after)
            nxt = local[i + 1].char_start - offset if i + 1 < len(local) else len(sentence)
            if far and np_ends[i] + far.end() > nxt:
                far = None
        if far:
            links[i] = (next(n for n, _ in _OUTCOME_OF if far.group(n)), False)
            quote_ends[i] = np_ends[i] + far.end()
        elif m:
            outcome = next(n for n, _ in _OUTCOME_OF if m.group(n))
            is_total = bool(_TOTAL_NOUN_RE.match(m.group("trig")) and not victims[i])
            links[i] = (outcome, is_total)
            quote_ends[i] = _trigger_end(sentence, np_ends[i], coordinated is not None)
        elif i + 1 < len(local) and links[i + 1]:
            between = sentence[np_ends[i] : local[i + 1].char_start - offset]
            if _CHAIN_RE.match(between):
                links[i] = (links[i + 1][0], False)

    # active links and tolls, left to right so "killed 84 X and 47 Y" chains rightwards
    for i, q in enumerate(local):
        before = sentence[max(0, q.char_start - offset - 60) : q.char_start - offset]
        if _TOLL_RE.search(before):
            links[i] = ("killed", True)
            continue
        m = _ACTIVE_RE.search(before)
        if m and links[i] is None:
            trig = m.group("trig").lower()
            if trig in {"left", "leaving"}:
                continue  # "left 5 dead" is caught by the passive rule
            links[i] = (next(n for n, _ in _ACTIVE_OF if m.group(n)), False)
        elif links[i] is None and i > 0 and links[i - 1] is not None:
            between = sentence[np_ends[i - 1] : q.char_start - offset]
            if _CHAIN_RE.match(between) and not links[i - 1][1]:
                links[i] = (links[i - 1][0], False)

    figures: list[CasualtyFigure] = []
    for i, q in enumerate(local):
        if links[i] is None:
            continue
        outcome, is_toll = links[i]
        start_local = q.char_start - offset
        before = sentence[max(0, start_local - 40) : start_local]
        after = sentence[q.char_end - offset : q.char_end - offset + 40]
        is_subset = bool(
            _SUBSET_BEFORE_RE.search(before)
            or _SUBSET_AFTER_RE.match(after)
            or _REFERENCE_BEFORE_RE.search(before)
        )
        end_local = quote_ends[i] or max(np_ends[i], q.char_end - offset)
        figures.append(
            CasualtyFigure(
                outcome=outcome,
                victim=victims[i],
                count_low=q.low,
                count_best=q.best,
                count_high=q.high,
                qualifier=q.qualifier,
                coded=q.coded,
                quote=sentence[start_local:end_local],
                char_start=q.char_start,
                char_end=offset + end_local,
                is_toll=is_toll,
                is_subset=is_subset,
                claimed_by=claimed_by,
            )
        )
    figures.extend(_singular_figures(sentence, offset, local, figures, claimed_by))
    return sorted(figures, key=lambda f: f.char_start)


def _trigger_end(sentence: str, np_end: int, coordinated: bool) -> int:
    """End of the passive trigger after a victim phrase (the quote runs up to it)."""
    after = sentence[np_end:]
    if coordinated:
        m = re.match(r"^\s+(?:and|&)\s+", after)
        _, end = _victim_phrase(after, m.end())
        passive = _PASSIVE_RE.match(after[end:])
        return np_end + end + passive.end()
    return np_end + _PASSIVE_RE.match(after).end()


def _coordinated_np_passive(after: str) -> tuple[str, re.Match[str]] | None:
    """'Seven Wagnerians [and Malian soldiers] were taken prisoner': a bare second NP."""
    m = re.match(r"^\s+(?:and|&)\s+", after)
    if not m:
        return None
    victim, end = _victim_phrase(after, m.end())
    if not victim or re.search(r"\d", victim):
        return None
    passive = _PASSIVE_RE.match(after[end:])
    return (after[:end].strip(), passive) if passive else None


def _singular_figures(
    sentence: str,
    offset: int,
    quantities: list[Quantity],
    already: list[CasualtyFigure],
    claimed_by: str | None,
) -> list[CasualtyFigure]:
    """One victim named without a number: 'a farmer was killed', 'shot dead a young man'."""
    taken = [(f.char_start - offset, f.char_end - offset) for f in already]
    taken += [(q.char_start - offset, q.char_end - offset) for q in quantities]
    out: list[CasualtyFigure] = []
    candidates = []
    for m in _SINGULAR_ACTIVE_RE.finditer(sentence):
        if m.group("chain"):
            # "killing three gendarmes and a civilian": continues the figure just before
            previous = [f for f in already if f.char_end - offset <= m.start() + 1]
            if not previous or previous[-1].char_end - offset < m.start() - 1:
                continue
            outcome = previous[-1].outcome
        elif m.group("body"):
            outcome = "killed"
        else:
            if m.group("trig").lower() in {"left", "leaving", "seized"}:
                continue
            outcome = next(n for n, _ in _ACTIVE_OF if m.group(n))
        victim, np_end = _victim_phrase(sentence, m.end())
        head_words = re.findall(r"[\w'’-]+", victim.split(" of ")[0])
        if not head_words or m.group("det").lower() in {"their", "its"}:
            continue
        head = head_words[-1].lower()
        if head in _NOT_PERSON_HEADS or (head.endswith("s") and not head.endswith("ss")):
            continue
        candidates.append((outcome, m.start("det"), m.start("det") + len(sentence[m.start("det"):np_end].rstrip())))
    for m in _PRONOUN_ACTIVE_RE.finditer(sentence):
        group = "np" if m.group("np") else "np2"
        candidates.append(("killed", m.start(group), m.end(group)))
    for m in _SINGULAR_PASSIVE_RE.finditer(sentence):
        np = m.group("np")
        if re.match(r"(?i)the\s+(?:\w+\s+)*(?:attack|incident|operation|clash|raid)", np):
            continue
        head = np.split()[-1].lower()
        if head in _NOT_PERSON_HEADS:
            continue
        outcome = next(n for n, _ in _OUTCOME_OF if m.group(n))
        if m.group("trig").lower() in {"deaths", "fatalities", "bodies", "corpses", "injuries"}:
            continue
        candidates.append((outcome, m.start("np"), m.end("np")))
    for outcome, start, end in candidates:
        if any(s < end and start < e for s, e in taken):
            continue
        np_text = sentence[start:end]
        is_reference = bool(_REFERENCE_BEFORE_RE.search(sentence[max(0, start - 40) : start]))
        if re.match(r"(?i)(?:the|his|her|its)\b", np_text) and outcome != "killed":
            continue
        taken.append((start, end))
        out.append(
            CasualtyFigure(
                outcome=outcome,
                victim=re.sub(r"(?i)^(?:a|an|another|the|one)\s+", "", np_text),
                count_low=1,
                count_best=1,
                count_high=1,
                qualifier="exact",
                coded=1,
                quote=np_text,
                char_start=offset + start,
                char_end=offset + end,
                is_subset=is_reference,
                claimed_by=claimed_by,
            )
        )
    return out


def _victim_key(figure: CasualtyFigure) -> str:
    """Who the figure is about, coarsely: the actor if known, else the head noun."""
    if figure.victim_actor:
        return figure.victim_actor.lower()
    words = re.findall(r"[a-z]+", figure.victim.lower().split(" from ")[0].split(" of ")[0])
    if not words:
        return ""
    head = words[-1]
    return head[:-1] if head.endswith("s") and len(head) > 3 else head


def reconcile_fatalities(figures: list[CasualtyFigure]) -> int:
    """Deaths in one event the way ACLED codes them.

    Tolls replace everything (the last toll wins); subsets never add; distinct victim groups
    are summed; figures for the same victims from different sources take the lower value.
    """
    killed = [f for f in figures if f.outcome == "killed" and not f.is_subset]
    tolls = [f for f in killed if f.is_toll]
    if tolls:
        return tolls[-1].coded
    by_victims: dict[str, dict[str | None, list[int]]] = {}
    for figure in killed:
        by_source = by_victims.setdefault(_victim_key(figure), {})
        by_source.setdefault(figure.claimed_by, []).append(figure.coded)
    total = 0
    for key, by_source in by_victims.items():
        per_source = [sum(_dedupe(values)) for values in by_source.values()]
        total += min(per_source) if key else sum(per_source)
    return total


def _dedupe(values: list[int]) -> list[int]:
    """The same figure repeated by one source is one figure ('5 killed ... the five dead')."""
    return sorted(set(values)) if len(values) > 1 else values
