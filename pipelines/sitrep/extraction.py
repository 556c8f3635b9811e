"""Composition: document text -> Analysis (sentences + mentions) -> events and casualties.

``analyse_document`` finds everything that costs lookups (numbers, dates, actors, places) and
stores it as plain rows; ``extract_events`` needs only those rows plus the text, so the
warehouse can rebuild an Analysis from stored rows and re-run extraction.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import cache
from operator import itemgetter

from sitrep.actors import (
    ACTOR_TYPES,
    ARMED_TYPES,
    dated_actor,
    find_actors,
    has_dated_name,
    names_forces,
    own_country,
)
from sitrep.casualties import (
    CasualtyFigure,
    find_casualties,
    reconcile_fatalities,
    victim_key,
)
from sitrep.dates import DateMention, find_dates, resolve_years
from sitrep.event_types import (
    PROTESTS,
    RIOTS,
    VAC,
    classify_event,
    find_cues,
    merge_cues,
    victim_kinds,
)
from sitrep.places import (
    admin1_as_of,
    borough_location,
    capital_place,
    country_name,
    demonym_country,
    division_seat,
    far_apart,
    find_countries,
    find_places,
    loose_places,
    people_country,
    people_named,
    reading_in,
    theatre_admin1,
    unit_country,
)
from sitrep.quantities import Quantity, find_quantities, parse_number
from sitrep.roles import (
    COUNTER_PROTEST_RE,
    Roles,
    assign_roles,
    claimant_of,
    front_line_sides,
    responsible_actor,
    speaker_spans,
    victim_actor_of,
)
from sitrep.seeds import read_seed_csv
from sitrep.text import (
    has_word_starting,
    lower_words,
    split_sentences,
    whole_first_words,
)

SENTENCE_KEYS = ("sent_idx", "char_start", "char_end", "text")
MENTION_KEYS = (
    "sent_idx", "kind", "text", "char_start", "char_end", "low", "best", "high", "qualifier",
    "date_start", "date_end", "date_precision", "actor", "actor_type", "country", "admin1",
    "location",
)  # fmt: skip
EVENT_KEYS = (
    "seq", "is_background", "event_type", "sub_event_type", "date_start", "date_end",
    "date_precision", "country", "admin1", "location", "actor1", "assoc_actor_1", "actor2",
    "assoc_actor_2", "claimed_by", "fatalities", "sentence", "char_start", "char_end",
)  # fmt: skip
_SENTENCE_ORDER = itemgetter("sent_idx")  # sort key of sentence rows
_MENTION_ORDER = itemgetter("sent_idx", "char_start", "kind")  # sort key of mention rows
CASUALTY_KEYS = (
    "event_seq", "outcome", "victim", "victim_actor", "count_low", "count_best", "count_high",
    "qualifier", "claimed_by", "quote", "char_start", "char_end",
)  # fmt: skip

# ACLED codes deaths in these as a separate, violent event, so they carry no fatalities.
NON_LETHAL_SUB_EVENTS = frozenset(
    {
        "Peaceful protest",
        "Protest with intervention",
        "Abduction/forced disappearance",
        "Arrests",
        "Looting/property destruction",
        "Agreement",
        "Change to group/activity",
        "Non-violent transfer of territory",
        "Headquarters or base established",
    }
)
_HEADER_RE = re.compile(r"^\s*date\s+\d{4}-\d\d-\d\d\b")
# "NAIROBI, March 3 (Reuters) -", "KHARTOUM, Sudan (AP) —": where and when the story was
# filed, not the event (its country is a last resort, its day a reference date)
_DATELINE_RE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z .'’/-]{2,40}),?(?:\s+(?P<where>[A-Z][a-z][A-Za-z .'’-]{1,40}?),?)?"
    r"(?P<day>\s+[A-Z][a-z]+\.?\s+\d{1,2}|\s+\d{1,2}\s+[A-Z][a-z]+)?"
    r"(?:\s*\([^()]{2,30}\))?\s*[-–—]+\s"
)
# cues strong enough to open a second event in a document
_EVENT_CUES = {
    "clash", "attack", "kill", "shelling", "air_strike", "ied", "grenade", "suicide", "protest",
    "riot", "mob", "abduct", "sexual", "overtake", "regain",
}  # fmt: skip
_MAIN_CUES = _EVENT_CUES | {
    "fire_at", "small_arms", "loot", "arrest", "disrupted", "agreement", "change_group",
    "displacement", "intervention", "excessive_force", "nonviolent_transfer", "hq",
}  # fmt: skip
# on a day of its own, a sentence with these opens an event too ("On Friday, air defences
# intercepted drones over Port Sudan")
_DATED_CUES = _EVENT_CUES | {"disrupted"}
_SPEECH_RE = re.compile(
    r"\b(?:said|says|stated|announced|told|added|noted|warned|threatened|promised|vowed|"
    r"plans?|planned|preparing|will|would|could|may|might|called for|urged)\b"
)  # case-sensitive: "May 15" is a date, "may" a modal
_SPEECH_WORDS = whole_first_words(_SPEECH_RE)  # (lowercase: a superset)


def _holds_any(text: str, words: frozenset[str]) -> bool:
    """Whether ``text`` holds one of ``words`` (from whole_first_words; True when its words
    are unknown): a set test, much quicker than a search of the text for them."""
    held = lower_words(text)
    return held is None or not words.isdisjoint(held)


@dataclass
class Analysis:
    sentences: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)

    @classmethod
    def from_rows(cls, sentences: list[dict], mentions: list[dict]) -> Analysis:
        """Rebuild from stored rows (any extra columns are ignored; order is restored)."""
        return cls.in_order(
            [{k: row[k] for k in SENTENCE_KEYS} for row in sentences],
            [{k: row.get(k) for k in MENTION_KEYS} for row in mentions],
        )

    @classmethod
    def in_order(cls, sentences: list[dict], mentions: list[dict]) -> Analysis:
        """From rows that hold SENTENCE_KEYS and MENTION_KEYS and nothing else, in any order:
        the lists are sorted in place, and the rows are kept, not copied."""
        sentences.sort(key=_SENTENCE_ORDER)
        mentions.sort(key=_MENTION_ORDER)
        return cls(sentences, mentions)


_NO_VALUES = dict.fromkeys(MENTION_KEYS)


def _mention(sent_idx: int, kind: str, text: str, start: int, end: int, **values) -> dict:
    return {
        **_NO_VALUES,
        "sent_idx": sent_idx,
        "kind": kind,
        "text": text,
        "char_start": start,
        "char_end": end,
        **values,
    }


def analyse_document(text: str, published_date: dt.date | None) -> Analysis:
    """Sentences and their number/date/actor/place mentions (document offsets)."""
    sentences = split_sentences(text)
    dateline = _DATELINE_RE.match(text)
    header = _HEADER_RE.match(text) or dateline
    header_end = header.end() if header else -1
    # a story the feed gives no date: its dateline's day ("BAMAKO, Nov 27") anchors "Tuesday"
    reference = published_date or _dateline_day(text, dateline)

    dates_by_sentence: list[list[DateMention]] = []
    all_dates: list[DateMention] = []
    for sentence in sentences:
        found = [
            d
            for d in find_dates(sentence.text, sentence.char_start, reference)
            if d.char_start >= header_end
        ]
        dates_by_sentence.append(found)
        all_dates.extend(found)
    resolved = iter(resolve_years(all_dates, reference))
    dates_by_sentence = [[next(resolved) for _ in found] for found in dates_by_sentence]

    countries_by_sentence = []
    places_by_sentence = []
    votes_by_sentence = []  # the countries that say where: not "Russian" of "Russian missiles"
    for s in sentences:  # one sentence at a time: both read its (cached) tokens
        # the dateline names where the story was filed: neither a place nor context for one
        cut = max(0, header_end - s.char_start)
        body = s.text[cut:] if cut else s.text
        # "near the Niger border": the far side of a border is not where it happened
        countries = [c for c in find_countries(body, s.char_start + cut) if not c.beyond_border]
        places = find_places(body, s.char_start + cut)
        countries_by_sentence.append(countries)
        places_by_sentence.append(places)
        votes_by_sentence.append(
            [c for c in countries if not _on_forces(c.text, s.text, c.char_end - s.char_start)]
        )
    # forces' demonyms vote only where no place is named ("Malian soldiers killed two men")
    named = any(p.country and p.location for places in places_by_sentence for p in places) or any(
        demonym_country(c.text) is None for countries in votes_by_sentence for c in countries
    )
    doc_country = _document_country(
        places_by_sentence, votes_by_sentence if named else countries_by_sentence
    )

    mentions: list[dict] = []
    for sentence, dates, places, countries in zip(
        sentences, dates_by_sentence, places_by_sentence, countries_by_sentence, strict=True
    ):
        idx = sentence.sent_idx
        date_spans = [(d.char_start, d.char_end) for d in dates]
        date_spans.append((0, max(header_end, 0)))
        for q in find_quantities(sentence.text, sentence.char_start):
            if any(s < q.char_end and q.char_start < e for s, e in date_spans):
                continue
            mentions.append(
                _mention(
                    idx,
                    "number",
                    q.text,
                    q.char_start,
                    q.char_end,
                    low=q.low,
                    best=q.best,
                    high=q.high,
                    qualifier=q.qualifier,
                )
            )
        for d in dates:
            mentions.append(
                _mention(
                    idx,
                    "date",
                    d.text,
                    d.char_start,
                    d.char_end,
                    date_start=d.date_start,
                    date_end=d.date_end,
                    date_precision=d.precision,
                )
            )
        # a named town places the sentence; a bare demonym ("Russian mercenaries") does not
        local_country = next((p.country for p in places if p.country and p.location), doc_country)
        # "officials said", "a local official told Reuters": sources, not parties to the event
        speakers = [
            (sentence.char_start + s, sentence.char_start + e)
            for s, e in speaker_spans(sentence.text)
            if not _ARREST_TOLD_RE.match(sentence.text, e)  # (who made the arrests it tells)
        ]
        for a in find_actors(sentence.text, sentence.char_start, local_country):
            if any(s < a.char_end and a.char_start < e for s, e in date_spans):
                continue  # "March" is a month before it is a march
            if any(s <= a.char_start < e for s, e in speakers):
                continue
            mentions.append(
                _mention(
                    idx,
                    "actor",
                    a.text,
                    a.char_start,
                    a.char_end,
                    actor=a.actor,
                    actor_type=a.actor_type,
                    country=a.country,
                )
            )
        for p in places:
            mentions.append(
                _mention(
                    idx,
                    "place",
                    p.text,
                    p.char_start,
                    p.char_end,
                    country=p.country,
                    admin1=p.admin1,
                    location=p.location,
                )
            )
        place_spans = [(p.char_start, p.char_end) for p in places]
        for c in countries:
            if any(s <= c.char_start and c.char_end <= e for s, e in place_spans):
                continue
            mentions.append(
                _mention(idx, "place", c.text, c.char_start, c.char_end, country=c.country)
            )
    mentions.sort(key=_MENTION_ORDER)
    return Analysis([s.as_row() for s in sentences], mentions)


def _dateline_day(text: str, dateline: re.Match[str] | None) -> dt.date | None:
    """The day a dateline gives ("BAMAKO, Nov 27 (Reuters) -"), in the year the story's own
    dates give (a day without a year is no date)."""
    if dateline is None or not dateline.group("day"):
        return None
    days = find_dates(dateline.group("day"))
    if not days:
        return None
    dated = [d for d in find_dates(text[dateline.end() :]) if d.year_given]
    return resolve_years([days[0], *dated], None)[0].date_start


def _dateline_country(dateline: re.Match[str] | None) -> str | None:
    """The country of the place a story was filed from ("KHARTOUM, Sudan", "BAMAKO"): the
    event's country only when nothing in the story names one."""
    if dateline is None:
        return None
    city = dateline.group("city").strip().title()
    found = find_countries(dateline.group("where") or "")
    named = found[0].country if found else None
    # "TRIPOLI, Lebanon": the town in the country named; "GOMA, Congo": the town names it
    at_home = reading_in(city, named) if named else None
    if at_home is not None:
        return at_home.country
    town = loose_places(city)
    return town[0].country if town else named


def _on_forces(place: str, sentence: str, end: int) -> bool:
    """'Russian missiles', 'Ethiopian troops': a demonym on a state's forces or weapons (ending
    at ``end`` in ``sentence``) says who fought, not where; it casts no vote for the country."""
    return demonym_country(place) is not None and names_forces(sentence, end)


def _document_country(places_by_sentence: list, countries_by_sentence: list) -> str | None:
    return _most_voted(
        [p.country for places in places_by_sentence for p in places if p.country and p.location]
        + [c.country for countries in countries_by_sentence for c in countries if c.country]
    )


def _most_voted(votes: list[str]) -> str | None:
    """The most frequent vote, the first cast on a tie (as Counter.most_common(1) has it; a
    note casts a few votes, which list.count counts quicker than a Counter)."""
    return max(dict.fromkeys(votes), key=votes.count, default=None)


def _coded(row: dict) -> int:
    """ACLED's reading of a stored number mention (see quantities._bounds)."""
    qualifier = row["qualifier"]
    if qualifier in {"vague", "range", "at_least"}:
        return row["low"]
    if qualifier == "more_than":
        return row["low"] - 1
    return row["best"]


def _quantity(row: dict) -> Quantity:
    return Quantity(
        row["text"],
        row["char_start"],
        row["char_end"],
        row["low"],
        row["best"],
        row["high"],
        row["qualifier"],
        _coded(row),
    )


@dataclass
class _SentenceFacts:
    idx: int
    start: int
    end: int
    text: str
    quantities: list[Quantity]
    dates: list[dict]
    actors: list[dict]
    places: list[dict]
    cues: dict[str, int]
    casualties: list[CasualtyFigure]
    claimed_by: str | None
    new_paragraph: bool = False  # (a wire story gives a separate incident its own paragraph)


@dataclass
class _Event:
    sentences: list[_SentenceFacts]
    date: dict | None
    is_background: bool = False
    # the event a report of harm at another place was split from (the first of the group)
    split_from: _Event | None = None
    unplaced: int = 0  # deaths of an overview that the places it is broken into leave over
    order: int | None = None  # where the text tells it, when a lent sentence comes first


def extract_events(
    text: str, published_date: dt.date | None, analysis: Analysis
) -> tuple[list[dict], list[dict]]:
    """Events (ACLED-typed, dated, placed, with actors and fatalities) and casualty rows."""
    facts = _sentence_facts(analysis, text)
    _anaphoric_killings(facts)
    _enumerated_parts(facts)
    if not facts:
        return [], []
    doc_country = _majority_country(facts) or _actors_country(facts)
    dateline = _DATELINE_RE.match(text)  # most texts fail at their second letter
    published_date = published_date or _dateline_day(text, dateline)
    events = _segment(facts, published_date)
    event_rows: list[dict] = []
    casualty_rows: list[dict] = []
    for event in events:
        seq = len(event_rows)
        row, casualties = _event_row(seq, event, facts, doc_country, published_date, dateline)
        event_rows.append(row)
        fallback = _subset_fallback(casualties)
        for figure in casualties:
            if figure.is_subset and figure is not fallback:
                continue  # part of another row, or a death referred to, not reported
            casualty_rows.append(
                {
                    "event_seq": seq,
                    "outcome": figure.outcome,
                    "victim": figure.victim,
                    "victim_actor": figure.victim_actor,
                    "count_low": figure.count_low,
                    "count_best": figure.count_best,
                    "count_high": figure.count_high,
                    "qualifier": figure.qualifier,
                    "claimed_by": figure.claimed_by,
                    "quote": text[figure.char_start : figure.char_end],
                    "char_start": figure.char_start,
                    "char_end": figure.char_end,
                }
            )
    return event_rows, casualty_rows


def _subset_fallback(casualties: list[CasualtyFigure]) -> CasualtyFigure | None:
    """The part-figure reconcile_fatalities counts when no whole figure was reported."""
    killed = [c for c in casualties if c.outcome == "killed"]
    if any(not c.is_subset for c in killed):
        return None
    return next((c for c in killed if not c.is_reference), None)


def extract_document(
    text: str, published_date: dt.date | None
) -> tuple[Analysis, list[dict], list[dict]]:
    """Both steps at once (tests, tools, ad-hoc use)."""
    analysis = analyse_document(text, published_date)
    events, casualties = extract_events(text, published_date, analysis)
    return analysis, events, casualties


def _sentence_facts(analysis: Analysis, text: str) -> list[_SentenceFacts]:
    by_sentence: dict[int, dict[str, list[dict]]] = {}  # sent_idx -> kind -> mentions
    for mention in analysis.mentions:
        kinds = by_sentence.setdefault(mention["sent_idx"], {})
        kinds.setdefault(mention["kind"], []).append(mention)
    facts: list[_SentenceFacts] = []
    for row in analysis.sentences:
        mentions = by_sentence.get(row["sent_idx"], {})
        quantities = [_quantity(m) for m in mentions.get("number", ())]
        actors = mentions.get("actor", [])
        dates = mentions.get("date", [])
        claimed_by = claimant_of(row["text"], row["char_start"], actors)
        if claimed_by is None and _holds_any(row["text"], _OTHER_SOURCE_WORDS):
            other = _OTHER_SOURCE_RE.search(row["text"])
            claimed_by = other.group(0).lower() if other else None
        same_paragraph = facts and "\n" not in text[facts[-1].end : row["char_start"]]
        if claimed_by is None and same_paragraph and not dates:
            claimed_by = facts[-1].claimed_by  # a claim runs on to the end of its paragraph
        casualties = [
            _with_victim_actor(f, actors)
            for f in find_casualties(row["text"], row["char_start"], quantities, claimed_by)
        ]
        if casualties:  # "killing 12 people, two residents and an official said": who speaks
            speakers = speaker_spans(row["text"])
            casualties = [
                c
                for c in casualties
                if not any(s <= c.char_start - row["char_start"] < e for s, e in speakers)
            ]
        facts.append(
            _SentenceFacts(
                idx=row["sent_idx"],
                start=row["char_start"],
                end=row["char_end"],
                text=row["text"],
                quantities=quantities,
                dates=dates,
                actors=actors,
                places=mentions.get("place", []),
                cues=find_cues(row["text"]),
                casualties=casualties,
                claimed_by=claimed_by,
                new_paragraph=bool(facts) and not same_paragraph,
            )
        )
    return facts


# "Other sources report 2 dead": a second account of the event, not more deaths
_OTHER_SOURCE_RE = re.compile(
    r"\b(?:other|some|additional|another|further|separate|conflicting|unconfirmed|"
    r"uncorroborated)\s+(?:sources?|reports?|accounts?|media(?:\s+outlets)?)\b",
    re.IGNORECASE,
)
_OTHER_SOURCE_WORDS = whole_first_words(_OTHER_SOURCE_RE)
_ANAPHORIC_KILL_RE = re.compile(
    r"\b(?:(?:those|the\s+(?:\w+\s+)?(?:arrested|abducted|detained|captured|kidnapped|hostages|"
    r"victims|individuals|men|people|detainees))\s+(?:\w+\s+){0,8}?(?:were|had\s+been)\s+"
    r"(?:\w+\s+){0,6}?(?:executed|killed|murdered|shot\s+dead)|"
    r"(?:executed|killed|murdered|beheaded|shot\s+dead)\s+(?:all\s+of\s+)?them\b|"
    r"shot\s+them\s+(?:all\s+)?dead|"
    r"(?:were|was)\s+(?:\w+ly\s+)?(?:executed|killed|murdered)\s+(?:later|afterwards|nearby|soon))",
    re.IGNORECASE,
)


def _anaphoric_killings(facts: list[_SentenceFacts]) -> None:
    """'seized six herders ... and later killed them': the captives were killed."""
    captured: CasualtyFigure | None = None
    for fact in facts:
        taken = [c for c in fact.casualties if c.outcome == "captured" and not c.is_subset]
        antecedent = taken[-1] if taken else captured
        match = _ANAPHORIC_KILL_RE.search(fact.text) if antecedent is not None else None
        if match:
            start = fact.start + match.start()
            if start >= antecedent.char_end and not any(
                c.outcome == "killed" and c.char_start >= antecedent.char_end
                for c in fact.casualties
            ):
                fact.casualties.append(
                    CasualtyFigure(
                        **{
                            **antecedent.__dict__,
                            "outcome": "killed",
                            "quote": match.group(0),
                            "char_start": start,
                            "char_end": fact.start + match.end(),
                        }
                    )
                )
        captured = taken[-1] if taken else captured


_ENUMERATION_RE = re.compile(
    r"^\s*(?:One|The\s+first)\b.*?\b(?:the\s+(?:second|other|latter)|another)\b", re.DOTALL
)


def _enumerated_parts(facts: list[_SentenceFacts]) -> None:
    """'Two students died. One died in a clinic, the second at home.': a sentence that goes
    through earlier victims one by one repeats them, so its figures are parts."""
    seen_group = False
    for fact in facts:
        if seen_group and _ENUMERATION_RE.match(fact.text):
            fact.casualties = [
                CasualtyFigure(**{**c.__dict__, "is_subset": True})
                if c.outcome == "killed" and c.coded == 1
                else c
                for c in fact.casualties
            ]
        seen_group |= any(
            c.outcome == "killed" and not c.is_subset and c.coded >= 2 for c in fact.casualties
        )


def _with_victim_actor(figure: CasualtyFigure, actors: list[dict]) -> CasualtyFigure:
    actor = victim_actor_of(figure, actors)
    if actor is None:
        return figure
    return CasualtyFigure(**{**figure.__dict__, "victim_actor": actor})


def _majority_country(facts: list[_SentenceFacts]) -> str | None:
    votes: list[str] = []  # counted at once, not per sentence
    forces: set[int] = set()  # "Russian missiles": votes only where no place is named
    named = False
    for fact in facts:
        votes += [p["country"] for p in fact.places if p["country"] and p["location"]]
        named = named or len(votes) > 0
        for p in fact.places:
            if p["country"] and not p["location"]:
                if _on_forces(p["text"], fact.text, p["char_end"] - fact.start):
                    forces.add(len(votes))
                else:
                    named = named or demonym_country(p["text"]) is None
                votes.append(p["country"])
    if forces and named:
        votes = [v for i, v in enumerate(votes) if i not in forces]
    return _most_voted(votes)


def _actors_country(facts: list[_SentenceFacts]) -> str | None:
    """A note that names no place: its actors' home ("a UPND supporter ... He was injured"
    is Zambian even where the injury's sentence names no one). Foreign forces and rebels
    (JNIM, Boko Haram) fight beyond their seeded home."""
    return _most_voted(
        [
            a["country"]
            for fact in facts
            for a in fact.actors
            if a["country"] and a["actor_type"] not in ("external_forces", "rebels")
        ]
    )


_BY_DATE_RE = re.compile(r"\bby\s+$", re.IGNORECASE)


def _event_date(fact: _SentenceFacts) -> dict | None:
    """The sentence's own event date: the first dated mention at day/range/month precision.
    A deadline ("34 bodies had been buried by Wednesday evening") dates a count, no event."""
    for mention in fact.dates:
        if _BY_DATE_RE.search(fact.text, 0, max(0, mention["char_start"] - fact.start)):
            continue
        if mention["date_start"] is not None and mention["date_precision"] in {
            "day",
            "range",
            "month",
        }:
            return mention
    return None


def _is_history(fact: _SentenceFacts, reference: dt.date | None) -> bool:
    """A sentence about years past ('In 2015, the rebels signed ...') is background."""
    if reference is None:
        return False
    for mention in fact.dates:
        start = mention["date_start"]
        if start is None:
            continue
        if mention["date_precision"] in {"year", "month"} and start.year < reference.year:
            return True
        if (reference - start).days > 60:
            return True
    return False


def _opens_event(fact: _SentenceFacts, cues: frozenset[str] | set[str] = _EVENT_CUES) -> bool:
    killed = [c for c in fact.casualties if not c.is_subset]
    if killed:
        return True
    strong = [pos for cue, pos in fact.cues.items() if cue in cues]
    if not strong:
        return False
    speech = _SPEECH_RE.search(fact.text) if _holds_any(fact.text, _SPEECH_WORDS) else None
    return not (speech and speech.start() < min(strong))


def _segment(facts: list[_SentenceFacts], published_date: dt.date | None) -> list[_Event]:
    """Group sentences into events: a new event starts at an eventful sentence with its own,
    different date; undated sentences join the current event. History and running totals are
    set apart as background events when they hold figures (kept, never added to the news)."""
    events: list[_Event] = []
    background: list[_Event] = []
    told: list[_SentenceFacts] = []  # the sentences, running totals taken out
    reference = published_date
    for fact in facts:
        if any(c.is_cumulative for c in fact.casualties):
            fact, total = _running_totals_apart(fact)
            background.append(_Event([total], None, is_background=True))
            if not fact.casualties:
                continue
        told.append(fact)
        date = _event_date(fact)
        if events and _is_history(fact, reference):
            if fact.casualties:  # "an uprising in 2012 that killed 200"
                background.append(_Event([fact], _history_date(fact), is_background=True))
            continue
        if events and fact.text.startswith(_QUOTE_MARKS):
            # '"We buried 14 bodies this morning," a villager said': a witness speaking of
            # the event reported, not a new one on the day of speaking; the deaths a witness
            # saw count only when the report gives no figure of its own
            events[-1].sentences.append(
                replace(fact, casualties=[replace(c, is_fallback=True) for c in fact.casualties])
            )
            continue
        if not events:
            if _opens_event(fact) or date is not None:
                events.append(_Event([fact], date))
                if reference is None and date is not None:
                    reference = date["date_end"] or date["date_start"]
            continue
        current = events[-1]
        same_date = date is None or (
            current.date is not None and current.date["date_start"] == date["date_start"]
        )
        earlier = next(
            (
                e
                for e in events[:-1]
                if date is not None
                and e.date is not None
                and e.date["date_start"] == date["date_start"]
            ),
            None,
        )
        if earlier is not None and not same_date:
            earlier.sentences.append(fact)  # "the toll from Monday's blast rose to six"
            continue
        if fact.casualties and all(c.is_toll for c in fact.casualties):
            same_date = True  # "by Monday the toll rose to 40" updates the current event
        scene = _new_scene(fact, current) if same_date else None
        if scene:
            _place_apart(fact, scene, events)
        elif same_date or _repeats_as_claim(fact, current):
            current.sentences.append(fact)
            if current.date is None and date is not None:
                current.date = date
        elif _day_of_the_report(current, date, fact):
            # "The toll ... has risen to 26, leaders said on Wednesday. The assailants struck
            # on Sunday": the day told later is the event's, the first the report's
            current.sentences.append(fact)
            current.date = date
        elif (
            _opens_event(fact, _DATED_CUES)
            or _arrest_elsewhere(fact, current)
            or _arrest_told(fact)
        ):
            events.append(_Event([fact], date))
        elif current.date is None:
            current.sentences.append(fact)
            current.date = date
    if not events and told:
        events.append(_Event(told, None))
    overviews = _settle_overviews(events)
    # in the order the text tells them (each event starts at its first sentence; an overview
    # before the first place it sums up, a running total after its sentence's news)
    rank = {id(e): 0 for e in overviews} | {id(e): 2 for e in background}
    return sorted(
        (e for e in events + background + overviews if e.sentences),
        key=lambda e: (e.sentences[0].idx if e.order is None else e.order, rank.get(id(e), 1)),
    )


_SAID_ON_RE = re.compile(
    r"\b(?:said|says|stated|announced|told\s+(?:\w+\s+){0,2}?|reported|confirmed|added)"
    r"\s+(?:on\s+)?$"
)


def _day_of_the_report(event: _Event, date: dict | None, fact: _SentenceFacts) -> bool:
    """The event's only day is that of a statement ("leaders said on Wednesday") and the
    sentence, which names no place and no deaths of its own, tells an earlier day."""
    if date is None or date["date_start"] is None or event.date is None:
        return False
    said = event.date
    if len(event.sentences) != 1 or said["date_start"] is None:
        return False
    first = event.sentences[0]
    if not _SAID_ON_RE.search(first.text[: said["char_start"] - first.start]):
        return False
    if fact.casualties or any(p["location"] for p in fact.places):
        return False
    return 0 < (said["date_start"] - date["date_start"]).days <= 7


def _new_scene(fact: _SentenceFacts, event: _Event) -> list[dict]:
    """The places of a sentence that reports its own harm somewhere the event, which reports
    harm too, is not ('In Dnipro, a missile killed four ... Three died in the Kharkiv
    region'): ACLED codes one event per place and day. Empty when the sentence zooms in or out
    of the event's place, names it again, a part of a town, another country, or only where
    victims were taken; an event that names no place is split only when both report deaths
    (an overview that the places break down). A sentence that tells another kind of act
    (a protest after a bombing) needs no harm."""
    if not fact.places:
        return []
    other = _other_act(fact, event)
    harmed = _harmed(fact) and any(_harmed(f) for f in event.sentences)
    further = not (harmed or other) and _further_act(fact, event)
    if not (harmed or other or further):
        return []
    here = [
        p
        for p in _scene_places(fact)
        if _LOCATIVE_RE.search(_words_before(fact, p)) and not _part_of_town(fact, p)
    ]
    there = _event_scenes(event)
    # (the countries of named places: 'British warplanes' names no place of the event)
    countries = {p["country"] for f in event.sentences for p in f.places if p["admin1"]}
    # (rockets fired back across the border are news in the other country)
    here = [p for p in here if other or not countries or p["country"] in countries]
    if not here:
        return []
    if there:
        if all(not q["admin1"] for q in there):
            return []  # places the gazetteer lacks may lie anywhere, around the new one too
        if any(_same_area(p, q) for p in here for q in there):
            # (towns inside an event told by divisions: the parts of an overview)
            return here if _zooms_in(here, there) else []
        return here
    if further:
        return []  # (an event placed nowhere: the act may be its own, now placed)
    if (_deaths(fact) and any(_deaths(f) for f in event.sentences)) or other:
        return here
    return []


def _event_scenes(event: _Event) -> list[dict]:
    """The event's places; its towns alone when it names any ('Ariha in Idlib province' is
    at Ariha: a later 'Idlib city' is elsewhere, not a zoom into the province)."""
    there = [p for f in event.sentences for p in _scene_places(f, resolved=False)]
    towns = [p for p in there if p["admin1"] and not _wide(p) and not _names_division(p)]
    return towns or there


def _arrest_elsewhere(fact: _SentenceFacts, event: _Event) -> bool:
    """'In the western city of Herat, officers arrested a lecturer on Sunday', after a bombing
    in Kabul on Wednesday: a paragraph's arrest on a day and at a place of its own is news."""
    if not fact.new_paragraph or "arrest" not in fact.cues or not fact.places:
        return False
    here = [p for p in _scene_places(fact) if _LOCATIVE_RE.search(_words_before(fact, p))]
    there = [p for p in _event_scenes(event) if p["admin1"]]
    return bool(here and there) and not any(_same_area(p, q) for p in here for q in there)


def _zooms_in(here: list[dict], there: list[dict]) -> bool:
    """'Across Sagaing and Magway regions ... In Monywa ...': towns alone, inside an event
    that names divisions alone (a place the sentence tells apart from the overview)."""
    return all(_wide(q) for q in there) and not any(_wide(p) for p in here)


def _further_act(fact: _SentenceFacts, event: _Event) -> bool:
    """'Further north, the rebels also fought ...' in a paragraph of its own, 'In Peshawar,
    protesters threw stones' after protests in Lahore: an act told after an event's act is
    news of its own wherever it is told apart (its place decides). Within a paragraph only a
    crowd after a crowd is (a note's one paragraph tells one incident's course)."""
    acts = _acts(fact)
    if not acts or not (fact.new_paragraph or acts & _CROWD_ACTS) or not _opens_event(fact):
        return False
    told = set().union(*(_acts(f) for f in event.sentences))
    return bool(told) and (fact.new_paragraph or not told.isdisjoint(_CROWD_ACTS))


_CROWD_ACTS = frozenset({"protest", "riot", "mob"})


# "Police said on Sunday they had arrested 40 people": speakers who tell their own arrests
_ARREST_TOLD_RE = re.compile(
    r"\s*(?:said|say|says|announced)\s+(?:(?:late\s+|early\s+)?on\s+\w+\s+)?(?:that\s+)?"
    r"(?:it|they|officers)\s+had\s+(?:\w+\s+)?(?:arrested|detained)\b"
)


def _arrest_told(fact: _SentenceFacts) -> bool:
    """'Police said on Sunday they had arrested 40 people in Dakar', a paragraph after riots
    there on Saturday: arrests announced on a day of their own are news of their own."""
    if not fact.new_paragraph or "arrest" not in fact.cues:
        return False
    return any(_ARREST_TOLD_RE.match(m.group(0)) for m in _SAID_RE.finditer(fact.text))


_SAID_RE = re.compile(r"\b(?:said|say|says|announced)\b.{0,60}")


def _acts(fact: _SentenceFacts) -> set[str]:
    """The kinds of act a sentence tells (deaths are an outcome, not an act)."""
    return {cue for cue in fact.cues if cue in _EVENT_CUES and cue != "kill"}


def _other_act(fact: _SentenceFacts, event: _Event) -> bool:
    """'In the southern city of Nasiriyah, hundreds protested' after a bombing: a paragraph
    that opens with an act of another kind than any the event tells is news of its own (its
    place decides whether it is elsewhere), harmed or not."""
    if not fact.new_paragraph:
        return False  # (within a paragraph, another act is the same incident's course)
    acts = _acts(fact)
    if not acts or not (_opens_event(fact) or _CLAIMED_ACT_RE.search(fact.text)):
        return False
    told = set().union(*(_acts(f) for f in event.sentences))
    return bool(told) and told.isdisjoint(acts)


# "Hezbollah said it had fired rockets at ...": a group's claim of its own act, not speech
_CLAIMED_ACT_RE = re.compile(r"\b(?:said|says|claimed)\s+(?:it|they)\s+had\s+\w+ed\b")


# "killed in the town of X", "near X", "In the central city of X": where it happened
_LOCATIVE_RE = re.compile(
    r"\b(?:in|at|near|outside|around|inside|outskirts)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?$",
    re.IGNORECASE,
)
_TOWN_PART_RE = re.compile(
    r"^\s*(?:neighbou?rhoods?|quarters?|suburbs?|micro-?districts?|estates?|compounds?)\b",
    re.IGNORECASE,
)


def _part_of_town(fact: _SentenceFacts, place: dict) -> bool:
    """'the Aruana neighbourhood': a part of the town the event is in, read as a namesake."""
    after = fact.text[place["char_end"] - fact.start : place["char_end"] - fact.start + 20]
    return (
        _TOWN_PART_RE.search(after) is not None
        or _TOWN_PART_RE.search(" " + _head(place).rsplit(" ", 1)[-1]) is not None
    )


def _harmed(fact: _SentenceFacts) -> bool:
    """Whether the sentence reports its own dead or wounded (not a part of another figure)."""
    return any(c.outcome in ("killed", "wounded") and not c.is_subset for c in fact.casualties)


def _place_apart(fact: _SentenceFacts, scene: list[dict], events: list[_Event]) -> None:
    """The sentence joins the event of its group at the same place, else opens one there (on
    the current event's date); the event it joins becomes the current one. A sentence that
    names several places apart ('two died in Jimma and a third in Shashemene') in a paragraph
    of its own is placed apart once per place, each with the figures told of it (a note's
    single paragraph, copied to each place's event, is left at its first place)."""
    if len(scene) > 1 and fact.new_paragraph:
        for part, place in _per_place(fact, scene):
            _place_apart(part, [place], events)
        return
    current = events[-1]
    root = current.split_from or current
    home = next(
        (
            e
            for e in events
            if (e is root or e.split_from is root)
            and any(
                _same_area(p, q) and not (e is root and _zooms_in([p], [q]))
                for q in _event_scenes(e)
                for p in scene
            )
        ),
        None,
    )
    if home is None:
        events.append(_Event([fact], _event_date(fact) or current.date, split_from=root))
        return
    home.sentences.append(fact)
    events.remove(home)
    events.append(home)  # (events are put back in text order at the end)


def _per_place(fact: _SentenceFacts, scene: list[dict]) -> list[tuple[_SentenceFacts, dict]]:
    """The sentence once per place of ``scene`` (places of one area once), each copy naming
    its place alone and holding the figures told before it (after the one before it); the
    last copy keeps the sentence's tail. 'and a third in X', 'and six in X' count there."""
    places: list[dict] = []
    for place in sorted(scene, key=itemgetter("char_start")):
        if not any(_same_area(place, q) for q in places):
            places.append(place)
    others = [p for p in fact.places if not p["location"]]
    out: list[tuple[_SentenceFacts, dict]] = []
    low = fact.start
    for i, place in enumerate(places):
        high = place["char_end"] if i + 1 < len(places) else fact.end + 1
        told = [c for c in fact.casualties if low <= c.char_start < high]
        if not told and i:
            told = _elided_deaths(fact, low, place, out[-1][0].casualties)
        out.append((replace(fact, places=[place, *others], casualties=told), place))
        low = place["char_end"]
    return out


# "two died in Jimma and a third in Shashemene", "eight in Bokkos and six in Mangu"
_ELIDED_RE = re.compile(
    r"^,?\s+and\s+(?:(?P<one>a(?:nother)?\s+(?:second|third|fourth|fifth|sixth)|another|one)|"
    r"(?P<n>\d+|[a-z]+))\s+(?:more\s+|others?\s+)?(?:in|at|near)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)


def _elided_deaths(
    fact: _SentenceFacts, low: int, place: dict, before: list[CasualtyFigure]
) -> list[CasualtyFigure]:
    """The figure a sentence leaves its verb out of, after a death figure for the place before
    ('and a third in Shashemene'): one more of the same victims."""
    killed = [c for c in before if c.outcome == "killed" and not c.is_subset]
    if not killed:
        return []
    between = fact.text[low - fact.start : place["char_start"] - fact.start]
    m = _ELIDED_RE.match(between)
    if m is None:
        return []
    n = 1 if m.group("one") else parse_number(m.group("n"))
    if not n:
        return []
    start, end = low + m.start(), low + m.end()
    figure = replace(
        killed[-1], count_low=n, count_best=n, count_high=n, coded=n, qualifier="exact",
        quote=fact.text[m.start() + low - fact.start : end - fact.start].strip(),
        char_start=start, char_end=end, is_additional=True, is_toll=False, is_total=False,
    )  # fmt: skip
    return [figure]


def _deaths(fact: _SentenceFacts) -> list[CasualtyFigure]:
    return [c for c in fact.casualties if c.outcome == "killed" and not c.is_subset]


def _scene_places(fact: _SentenceFacts, resolved: bool = True) -> list[dict]:
    """Named places where the sentence's events happen: towns and divisions (resolved by the
    gazetteer unless ``resolved`` is False), not the hospital a victim was taken to."""
    return [
        p
        for p in fact.places
        if p["location"] and (p["admin1"] or not resolved) and not _aftermath_place(fact, p)
    ]


def _aftermath_place(fact: _SentenceFacts, place: dict) -> bool:
    """'died in hospital in X', 'were taken to X': where victims went, not the scene."""
    before = _words_before(fact, place, 80)
    return _holds_any(before, _AFTERMATH_WORDS) and _aftermath_re().search(before) is not None


_AFTERMATH_VERBS = (
    r"\b(?:taken|rushed|brought|evacuated|transferred|airlifted|flown|admitted|treated|died|"
    r"succumbed|buried|hospitalised|hospitalized|recovering)\b"
)
_AFTERMATH_WORDS = whole_first_words(re.compile(_AFTERMATH_VERBS))


@cache
def _aftermath_re() -> re.Pattern[str]:
    """A verb of taking or treating, then 'to' or a care place of seeds/aftermath_places.csv
    and its 'in', just before the place."""
    nouns = "|".join(
        r"\s+".join(map(re.escape, row["word"].split()))
        for row in read_seed_csv("aftermath_places.csv")
    )
    return re.compile(
        _AFTERMATH_VERBS + r"(?:\s+[\w'’-]+){0,6}?\s+(?:(?:in|at|to)\s+(?:an?\s+|the\s+)?"
        rf"(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})s?\s+(?:in|at|of)|to)\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


def _same_area(place: dict, other: dict) -> bool:
    """The same town, or a town and the division around it ('Gao' and 'the Gao region')."""
    if place["country"] != other["country"]:
        return False
    if place["location"] == other["location"]:
        return True
    return place["admin1"] == other["admin1"] and (_wide(place) or _wide(other))


def _wide(place: dict) -> bool:
    """A whole division, or a capital that shares its division's name (read as either)."""
    if _names_division(place):
        return True
    return place["location"] == place["admin1"] and not _names_town(place)


def _settle_overviews(events: list[_Event]) -> list[_Event]:
    """'Strikes across Ukraine killed at least seven ... four in Dnipro ... three in the
    Kharkiv region': an overview that names no place, broken down by place, sums up events
    of their own. Its deaths become a background event (kept with their quote, never counted
    again, and never put on one place's event); its sentence stays, without them, as context
    for the first place. Deaths the places leave over stay a news event of their own, placed
    nowhere. A single part is no breakdown: it names the place the lead left out, as before.
    Returns the background events."""
    overviews: list[_Event] = []
    for root in events:
        parts = sorted(
            (e for e in events if e.split_from is root), key=lambda e: e.sentences[0].idx
        )
        placed = [p for f in root.sentences for p in _scene_places(f, resolved=False)]
        if placed:  # an overview by divisions breaks down into towns inside them
            parts = [e for e in parts if _inside(e, placed)]
        if not parts:
            continue
        if len(parts) == 1:
            if not _other_act(parts[0].sentences[0], root):  # (another act is news of its own)
                root.sentences = sorted(root.sentences + parts[0].sentences, key=lambda f: f.idx)
                parts[0].sentences = []
            continue
        overview = _deaths_of(root)
        counts = [_deaths_of(e) for e in parts]
        if not overview and not placed:
            continue
        if overview:
            overviews.append(
                _Event(
                    [_deaths_only(f) for f in root.sentences if _deaths(f)],
                    root.date,
                    is_background=True,
                )
            )
        if sum(counts) < overview:
            root.sentences = [_without_deaths(f) for f in root.sentences]
            root.unplaced = overview - sum(counts)
            continue
        first = next((e for e, n in zip(parts, counts, strict=True) if n), parts[0])
        for part in parts:  # the lead's attacker reaches every place, its wounded only one
            lead = _without_deaths if part is first else _actors_only
            part.sentences += [lead(f) for f in root.sentences]
            own = part.sentences[0]
            if not _acts(own):  # ('Six died in Pakokku': the lead tells who did what)
                part.order = own.idx
                part.sentences[:0] = [_as_lead(f) for f in root.sentences if _acts(f)]
        root.sentences = []  # (events without sentences are dropped)
    return overviews


def _inside(part: _Event, placed: list[dict]) -> bool:
    """Whether a part of an event placed by divisions alone lies in one of them."""
    scenes = _event_scenes(part)
    return (
        bool(scenes)
        and _zooms_in(scenes, placed)
        and all(any(_same_area(p, q) for q in placed) for p in scenes)
    )


def _deaths_of(event: _Event) -> int:
    return reconcile_fatalities([c for f in event.sentences for c in f.casualties])


def _deaths_only(fact: _SentenceFacts) -> _SentenceFacts:
    """The sentence as an overview's background: its death figures alone."""
    killed = [c for c in fact.casualties if c.outcome == "killed"]
    return replace(fact, casualties=killed, cues={}, dates=[])


def _actors_only(fact: _SentenceFacts) -> _SentenceFacts:
    """The sentence as context for another place: its actors, not its figures, cues or day."""
    return replace(fact, casualties=[], cues={}, dates=[])


def _as_lead(fact: _SentenceFacts) -> _SentenceFacts:
    """An overview's sentence as the main one of a place it breaks down into: its actors and
    cues, without its figures, day or places (the place's own sentence tells those)."""
    return replace(
        fact, casualties=[], dates=[], places=[p for p in fact.places if not p["location"]]
    )


def _without_deaths(fact: _SentenceFacts) -> _SentenceFacts:
    return replace(fact, casualties=[c for c in fact.casualties if c.outcome != "killed"])


def _history_date(fact: _SentenceFacts) -> dict | None:
    """The past date that makes a sentence history ("in 2012"), at whatever precision."""
    return next((m for m in fact.dates if m["date_start"] is not None), None)


_QUOTE_MARKS = ('"', "“", "«")


def _running_totals_apart(fact: _SentenceFacts) -> tuple[_SentenceFacts, _SentenceFacts]:
    """'Shelling killed 5 on Tuesday, bringing to 300 the dead since January': the sentence
    without its running totals, and the running totals alone (with the sentence's places)."""
    kept = [c for c in fact.casualties if not c.is_cumulative]
    total = replace(
        fact, casualties=[c for c in fact.casualties if c.is_cumulative], cues={}, dates=[]
    )
    return replace(fact, casualties=kept), total


# "The RSF denied targeting civilians and said it had fought militias": a party's denial
# tells its own account, no fight of the event's
_DENIAL_RE = re.compile(r"\b(?:denied|denies|deny|denying|rejected)\b")


def _undenied_cues(fact: _SentenceFacts) -> dict[str, int]:
    """A context sentence's cues, without the fighting a denial puts forward."""
    if "clash" in fact.cues and _DENIAL_RE.search(fact.text):
        return {c: at for c, at in fact.cues.items() if c != "clash"}
    return fact.cues


def _repeats_as_claim(fact: _SentenceFacts, event: _Event) -> bool:
    """'Five rebels died. The army said the clash was on 3 June and put the rebel dead at 8':
    a party's account of the same victims, under its own date, is a competing figure for the
    current event, not a new event."""
    killed = [c for c in fact.casualties if c.outcome == "killed" and not c.is_subset]
    if fact.claimed_by is None or not killed:
        return False
    earlier = {
        victim_key(c)
        for f in event.sentences
        for c in f.casualties
        if c.outcome == "killed" and not c.is_subset and c.claimed_by != fact.claimed_by
    }
    return all(victim_key(c) and victim_key(c) in earlier for c in killed)


def _event_row(
    seq: int,
    event: _Event,
    facts: list[_SentenceFacts],
    doc_country: str | None,
    published_date: dt.date | None,
    dateline: re.Match[str] | None = None,
) -> tuple[dict, list[CasualtyFigure]]:
    event = _actors_as_of(event, (event.date or {}).get("date_start") or published_date)
    main = event.sentences[0]
    for fact in event.sentences:  # the first sentence that has an event cue or a casualty
        if fact.casualties or any(c in _MAIN_CUES for c in fact.cues):
            main = fact
            break
    if event.sentences[0].dates and main is not event.sentences[0]:
        main = event.sentences[0] if _opens_event(event.sentences[0]) else main
    casualties = [c for fact in event.sentences for c in fact.casualties]
    killed = reconcile_fatalities(casualties) + event.unplaced
    context = merge_cues([_undenied_cues(f) for f in event.sentences if f is not main])
    expected = _expected_country(event, main, doc_country)
    place = _event_place(event, main, expected)
    if place is None and seq == 0:
        place = _scene_place(event, facts, expected)
    if place is not None and place["country"] and expected and place["country"] != expected:
        place = _namesake_at_home(place, expected, facts)
    if place is not None and place["country"] and place["country"] == expected:
        # actors given the place's own country echo it: ask the others ("Inata" in Japan with
        # JNIM militants)
        own = _expected_country(event, main, doc_country, own=True)
        if own and own != place["country"]:
            place = _namesake_at_home(place, own, facts, own_only=True)
        if own and place["country"] != own:
            place = _reading_at_home(place, own)
    if place is not None and not _pinned_down(place):
        place = _pinned_namesake(place, event)
    if place is not None and not place["admin1"]:
        # "a hamlet the gazetteer lacks, ... Province X": borrow the division named alongside
        admin1 = next(
            (
                p["admin1"]
                for f in event.sentences
                for p in f.places
                if p["admin1"] and p["country"] == place["country"]
            ),
            None,
        )
        place = {**place, "admin1": admin1}
    country = (place or {}).get("country") or expected
    if country is None:
        place = _loose_place(event, facts, place, dateline.end() if dateline else 0)
        country = (place or {}).get("country")
    if country is None:
        country = _dateline_country(dateline)  # the last resort: where the story was filed
    if place is not None and country and place["location"]:
        place = _in_theatre(place, country, event, facts)
        place = _offshore_or_zone(place, facts)
        place = _darfur_camp(place, country)
        seat = division_seat(country, place["admin1"], place["location"])
        place = place if seat == place["location"] else {**place, "location": seat}
    roles = assign_roles(
        main.text, main.start, main.actors, casualties, country, main.cues, main.places
    )
    target_kind = _target_kind(casualties, roles, main.text)
    event_type, sub_event_type = classify_event(
        main.text,
        context,
        target_kind=target_kind,
        killed=killed,
        attacker_is_state=roles.actor1_is_state,
        initiator=roles.initiator,
        state_involved=roles.state_involved
        or any(a["actor_type"] == "state_forces" for f in event.sentences for a in f.actors),
        armed_nonstate=roles.armed_nonstate,
        harmed=sum(1 for c in casualties if not c.is_subset),
    )
    if (
        place is None
        and country
        and event_type in _NATIONAL_LEVEL_TYPES
        and sub_event_type not in _PHYSICAL_SUB_EVENTS
    ):
        # a decision or protest the note places nowhere: ACLED codes national-level events to
        # the capital (a fight or attack with no place keeps none: the capital would be a guess)
        capital = capital_place(country)
        if capital is not None:
            place = {"location": capital.location, "admin1": capital.admin1, "country": country}
    context_actors = [a for f in event.sentences if f is not main for a in f.actors]
    responsible = next(
        (r for f in event.sentences if (r := responsible_actor(f.text, f.start, f.actors))), None
    )
    roles = roles.finalise(
        event_type,
        sub_event_type,
        country,
        context_actors,
        front_line_sides(
            (place or {}).get("location"),
            country,
            (event.date or {}).get("date_start") or published_date,
        ),
        responsible,
        dispersed="intervention" in context and not killed,
        # victims of no known kind ("a forester", "a Palestinian") were not fighters either
        civilians_hit=(target_kind == "civilian" and _anyone_harmed(casualties))
        or (target_kind is None and any(c.victim.strip() for c in casualties)),
        counter_protest=event_type == "Protests"
        and any(COUNTER_PROTEST_RE.search(f.text) for f in event.sentences),
    )
    if sub_event_type in NON_LETHAL_SUB_EVENTS:
        killed = 0
    killed = _share_of_split_toll(killed, event)
    date = event.date
    date_start = date["date_start"] if date else None
    date_end = date["date_end"] if date else None
    precision = date["date_precision"] if date else None
    if date is None and published_date is not None and not event.is_background:
        date_start = date_end = published_date
    row = {
        "seq": seq,
        "is_background": event.is_background,
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "date_start": date_start,
        "date_end": date_end,
        "date_precision": precision,
        "country": country,
        "admin1": admin1_as_of(
            country, (place or {}).get("admin1"), date_start.year if date_start else None
        ),
        "location": borough_location(
            country,
            (place or {}).get("admin1"),
            (place or {}).get("location"),
            date_start.year if date_start else None,
        ),
        "actor1": roles.actor1,
        "assoc_actor_1": roles.assoc_actor_1,
        "actor2": roles.actor2,
        "assoc_actor_2": roles.assoc_actor_2,
        "claimed_by": next((c.claimed_by for c in casualties if c.claimed_by), main.claimed_by),
        "fatalities": killed,
        "sentence": main.text,
        "char_start": main.start,
        "char_end": main.end,
    }
    return row, casualties


def _actors_as_of(event: _Event, on: dt.date | None) -> _Event:
    """The event's actors under the names they had on its date ('Taliban' in 2024 are the
    state's forces: their detentions are arrests, not abductions)."""
    if on is None or not any(has_dated_name(a["actor"]) for f in event.sentences for a in f.actors):
        return event  # (most events: no actor's name depends on the date)
    facts = []
    for fact in event.sentences:
        actors = []
        for a in fact.actors:
            end = a["char_end"] - fact.start
            then = dated_actor(a["actor"], on, fact.text[end : end + 20])
            if then is not None:
                a = {**a, "actor": then[0], "actor_type": then[1], "country": then[2]}
            actors.append(a)
        facts.append(fact if actors == fact.actors else replace(fact, actors=actors))
    return (
        event
        if all(f is g for f, g in zip(facts, event.sentences, strict=True))
        else replace(event, sentences=facts)
    )


_SPLIT_RE = re.compile(
    # "divided equally across three events": an adverb may sit before the preposition
    r"\b(?:spread|split|divided|distributed)\s+(?:\w+ly\s+)?(?:over|across|between|among)\s+"
    r"(?:the\s+)?(?P<n>\w+)\s+(?:\w+\s+)?(?:events|locations|days|villages|places|cities|towns|woredas|"
    r"areas|incidents|attacks|districts)\b",
    re.IGNORECASE,
)
_SPLIT_WORDS = whole_first_words(_SPLIT_RE)


def _share_of_split_toll(killed: int, event: _Event) -> int:
    """'Fatalities spread across two events': this event reports its share of the total,
    rounded half up (the way such totals are divided among the coded events)."""
    for fact in event.sentences:
        m = _holds_any(fact.text, _SPLIT_WORDS) and _SPLIT_RE.search(fact.text)
        if m:
            parts = parse_number(m.group("n"))
            if parts and parts > 1:
                return int(killed / parts + 0.5)
    return killed


# actors who fight where they live (armed forces and foreign forces operate abroad)
_LOCAL_ACTOR_TYPES = frozenset(ACTOR_TYPES) - {"state_forces", "external_forces", "other"}


def _reading_at_home(place: dict, expected: str) -> dict:
    """'Koflande (Mangodara, Comoe)' with Burkinabe soldiers: a place that the gazetteer also
    knows in the country the actors point to takes that reading."""
    hit = reading_in(place["text"], expected)
    if hit is None:
        return place
    return {**place, "country": hit.country, "admin1": hit.admin1, "location": hit.location}


def _namesake_at_home(
    place: dict, expected: str, facts: list[_SentenceFacts], own_only: bool = False
) -> dict:
    """'Yoro' with Katiba Macina militants, 'Palma' with Cabo Delgado insurgents: when only the
    gazetteer points to a country on another continent, while local actors (not armed forces,
    which fight abroad) or a country name point home, the place is a namesake at home. A place
    its own division pins down ("Sydney (New South Wales)") is no namesake."""
    if _pinned_down(place):
        return place
    home = abroad = False
    for fact in facts:
        # with own_only, only the actors' own countries count (see _expected_country)
        for p in () if own_only else fact.places:
            if p["country"] and not p["location"] and not demonym_country(p["text"]):
                home |= p["country"] == expected
                abroad |= p["country"] == place["country"]
        for actor in fact.actors:
            if actor["actor_type"] not in _LOCAL_ACTOR_TYPES:
                continue
            # an actor the place's own reading lent its country ("Civilians (Honduras)" in
            # "the Yoro area") is no evidence that the place lies there
            mine = own_country(actor["actor"], actor["text"])
            own = mine if own_only else actor["country"]
            home |= own == expected
            abroad |= mine == place["country"]
    if home and not abroad and far_apart(place["country"], expected):
        return {**place, "country": expected, "admin1": None}
    return place


def _in_theatre(place: dict, country: str, event: _Event, facts: list[_SentenceFacts]) -> dict:
    """A village in the theatre of a group or body the note names takes a division there (see
    places.theatre_admin1); the event's own sentences name the cues first."""
    own = {id(f) for f in event.sentences}
    others = [f for f in facts if id(f) not in own]
    cues = tuple(
        cue
        for f in [*event.sentences, *others]
        for cue in (
            *(a["actor"] for a in f.actors),
            *(p["text"] for p in f.places if p["country"] and not p["location"]),
        )
    )
    if place["country"] not in (None, country):
        return place
    # a people of one country lives in part of it ("Dogon" villages lie in Mopti)
    people = people_named(" ".join(f.text for f in event.sentences))
    cues = (*cues, people) if people else cues
    admin1 = theatre_admin1(cues, country, place["location"], place["admin1"], _pinned_down(place))
    return place if admin1 == place["admin1"] else {**place, "admin1": admin1}


# "off the coast of X", or "the Coast of X (X, Region)" whose qualifier is the place read
_COAST_RE = re.compile(
    r"\b[Cc]oast\s+of\s+(?:the\s+)?(?:(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*\(\s*)?$"
)
_CITY_ZONE_RE = re.compile(r"\b(North|South|East|West|Central)\s+Zone\s+of\s+(?:the\s+)?$")


def _offshore_or_zone(place: dict, facts: list[_SentenceFacts]) -> dict:
    """'off the coast of X': ACLED codes a maritime event to 'Coast of X'; a zone of a Brazilian
    city ('East Zone of' the city) is coded as the city's zone, 'Sao Paulo-East Zone'."""
    start = place.get("char_start")
    if start is None or not place.get("location"):
        return place
    fact = next((f for f in facts if f.start <= start < f.end), None)
    if fact is None:
        return place
    before = fact.text[: start - fact.start][-60:]
    location = place["location"]
    coast = _COAST_RE.search(before) if "oast" in before else None  # a cheap test first
    if coast and not location.lower().startswith("coast of"):
        return {**place, "location": f"Coast of {coast.group('name') or location}"}
    zone = _CITY_ZONE_RE.search(before) if "Zone" in before else None
    if zone and place["admin1"]:
        return {**place, "location": f"{location}-{zone.group(1)} Zone"}
    return place


_IDP_CAMP_RE = re.compile(r"\s+IDP\s+camp$", re.IGNORECASE)


def _darfur_camp(place: dict, country: str) -> dict:
    """'Zamzam IDP camp': Sudan's big displacement camps are places of their own, coded as
    'Zamzam IDP Camp' rather than the village they grew beside."""
    if country != "Sudan" or "IDP" in place["location"]:
        return place
    if not _IDP_CAMP_RE.search(_head(place)):
        return place
    return {**place, "location": f"{place['location']} IDP Camp"}


_NATIONAL_LEVEL_TYPES = frozenset({"Strategic developments", "Protests"})
# strategic developments that happen somewhere: a shot-down drone or a looted shop is not in
# the capital because the text names no place
_PHYSICAL_SUB_EVENTS = frozenset({"Disrupted weapons use", "Looting/property destruction"})


def _loose_place(
    event: _Event, facts: list[_SentenceFacts], place: dict | None, header_end: int = 0
) -> dict | None:
    """An event nothing else places: a known town named without a locative cue ("Pouytenga
    students staged a sit-in"), in the event's sentences first, then anywhere in the note
    after its dateline. A place the gazetteer lacks keeps its name and takes the town's
    country only."""
    for group in (event.sentences, facts):
        found = [
            m for f in group for m in loose_places(f.text, f.start) if m.char_start >= header_end
        ]
        if not found:
            continue
        votes = Counter(m.country for m in found)
        best = next(m for m in found if votes[m.country] == max(votes.values()))
        if place is not None:
            return {**place, "country": best.country}
        return {
            "text": best.text,
            "char_start": best.char_start,
            "char_end": best.char_end,
            "location": best.location,
            "admin1": best.admin1,
            "country": best.country,
        }
    return place


def _event_place(event: _Event, main: _SentenceFacts, expected: str | None) -> dict | None:
    """The main sentence's first located place; else a located place elsewhere in the event
    that agrees with the country the event's actors and country names point to."""
    coded = _coded_place(event, main, expected)
    if coded is not None:
        return coded
    located = _located_places(main)
    if located:
        agreeing = [p for p in located if expected is None or p["country"] == expected]
        return _best_place(main, agreeing or located)
    for fact in event.sentences:
        if not (fact.casualties or any(c in _EVENT_CUES for c in fact.cues)):
            continue
        for place in _located_places(fact):
            if expected is None or place["country"] == expected:
                return place
    # "... were evicted from X. The police used teargas ...": the event's cue sentence names no
    # place, the sentence that sets the scene does (a place the gazetteer resolves: a long
    # story's asides name regions and landmarks)
    for fact in event.sentences:
        agreeing = [
            p
            for p in _located_places(fact)
            if p["admin1"] and (expected is None or p["country"] == expected)
        ]
        if agreeing:
            return _best_place(fact, agreeing)
    return None


def _scene_place(event: _Event, facts: list[_SentenceFacts], expected: str | None) -> dict | None:
    """'Gunmen fired at a bus in Tali, Central Equatoria. One passenger was killed.': a lead
    sentence that opens no event of its own (no dated, eventful cue) still sets the scene of
    the first event; its resolved place is the event's."""
    first = event.sentences[0].idx
    for fact in facts:
        if fact.idx >= first:
            break
        for place in _located_places(fact):
            if place["admin1"] and (expected is None or place["country"] == expected):
                return place
    return None


_CODED_TO_RE = re.compile(r"\bcoded\s+(?:to|as|at)\s+(?:the\s+)?$", re.IGNORECASE)
_ADMIN_WORD_RE = re.compile(
    r"\b(?:zone|region|province|state|county|district|woreda|division|governorate|oblast|"
    r"department|prefecture|municipality|sub-?county|locality|cercle|commune)\b",
    re.IGNORECASE,
)


def _head(place: dict) -> str:
    """A place mention before its qualifiers: 'Bakori village' of 'Bakori village, Azamgarh
    district (State)'."""
    return re.split(r"[(,]", place["text"] or "")[0].strip()


def _names_division(place: dict) -> bool:
    """'Bale zone', 'Rayitu woreda (Bale zone)': a whole division. Only the
    head before a qualifier counts: 'Bakori village, Azamgarh district' is a village."""
    head = _head(place)
    return _ADMIN_WORD_RE.search(head) is not None or _SUBDIVISION_RE.search(head) is not None


_SUBDIVISION_RE = re.compile(r"\b(?:township|tehsil|upazila|sub-?district|taluka?)\b", re.I)


def _located_places(fact: _SentenceFacts) -> list[dict]:
    return [p for p in fact.places if p["location"]]


def _is_coded(fact: _SentenceFacts, place: dict) -> bool:
    """'(coded as X at geoprecision 2)', '(coordinates for X used)', 'location coded to X'."""
    if place["text"].lower().startswith(("coded", "coordinates")):
        return True
    before = fact.text[: place["char_start"] - fact.start][-20:]
    return "coded" in before.lower() and bool(_CODED_TO_RE.search(before))  # a quick test first


def _coded_place(event: _Event, main: _SentenceFacts, expected: str | None) -> dict | None:
    """The place the note says the event was coded to, in any of its sentences. It wins even
    when the gazetteer lacks it (it then takes the country of the area it qualifies, else the
    expected one), and takes its reading in that country when the gazetteer also has one."""
    for fact in [main, *(f for f in event.sentences if f is not main)]:
        for place in _located_places(fact):
            if not _is_coded(fact, place) or place["location"].lower().startswith("coded"):
                continue
            # "the X area (coded to Y, Z)": the area's country reads the qualifier
            home = next(
                (
                    p["country"]
                    for p in fact.places
                    if p is not place
                    and p["country"]
                    and p["char_start"] <= place["char_start"]
                    and place["char_end"] <= p["char_end"]
                ),
                expected,
            )
            if home and not place["country"]:
                return {**place, "country": home, "admin1": None}
            if home and place["country"] != home:
                hit = reading_in(place["text"], home)
                if hit is not None:
                    return {**place, "country": home, "admin1": hit.admin1}
            return place
    return None


def _best_place(fact: _SentenceFacts, located: list[dict]) -> dict:
    """ACLED codes the most specific known place: one the text says it was 'coded to', else
    the first gazetteer-resolved place that is not a whole zone/province/county."""
    for place in located:
        if _is_coded(fact, place):
            return place
    resolved = [p for p in located if p["admin1"]] or located
    hamlet = _hamlet_in_division(fact, located, resolved)
    if hamlet is not None:
        return hamlet
    for place in resolved:
        if " - " in place["location"]:
            return place  # "Rio de Janeiro - North Zone": ACLED's own city - district name
    specific = [
        p
        for p in resolved
        if not _names_division(p) and (p["location"] != p["admin1"] or _names_town(p))
    ]
    if "from" in fact.text and any(_FROM_RE.search(_words_before(fact, p)) for p in specific):
        # "forces from X fired at Y": the event is where they struck, not where they came from
        there = [p for p in specific if _AT_RE.search(_words_before(fact, p))]
        specific = there or specific
    first = (specific or resolved)[0]
    for place in specific or resolved:
        if "(" in place["text"] and not place["location"].isupper():
            return first if _between_first(fact, first, place) else place
    return _village_qualified(fact, located, first) or first


_TOWN_HEAD_RE = re.compile(r"\s(?:town|city)$", re.IGNORECASE)
_VILLAGE_TAIL_RE = re.compile(r"\s(?:village|town)$", re.IGNORECASE)


def _names_town(place: dict) -> bool:
    """'Qazvin city (Qazvin)': the town, not the province that shares its name."""
    return _TOWN_HEAD_RE.search(_head(place)) is not None


def _village_qualified(fact: _SentenceFacts, located: list[dict], chosen: dict) -> dict | None:
    """'in X village under Y police station limits (District, State)': the parenthesis only
    qualifies the village the gazetteer lacks; the village is the place, in the division."""
    at = chosen["char_start"] - fact.start
    if at < 1 or fact.text[at - 1] != "(":
        return None
    return next(
        (
            {**p, "admin1": chosen["admin1"], "country": chosen["country"]}
            for p in located
            if not p["admin1"]
            and p["char_end"] <= chosen["char_start"]
            and p["country"] in (None, chosen["country"])
            and _VILLAGE_TAIL_RE.search(p["text"])
        ),
        None,
    )


_HAMLET_CUE_RE = re.compile(r"\b(?:village|town|hamlet|locality|area)\s+of\s+$", re.IGNORECASE)


def _hamlet_in_division(
    fact: _SentenceFacts, located: list[dict], resolved: list[dict]
) -> dict | None:
    """'the village of X in the countryside of Region', 'in Y zone, X town': when every place
    the gazetteer resolves is a whole division, a village the text introduces as one, or a
    place it names as a town, is the event's place (it then borrows the division); the
    gazetteer merely lacks it."""
    if not resolved or any(
        not _names_division(p) and p["location"] != p["admin1"] for p in resolved
    ):
        return None
    return next(
        (
            p
            for p in located
            if not p["admin1"]
            and p["country"] in (None, resolved[0]["country"])
            and (_HAMLET_CUE_RE.search(_words_before(fact, p)) or _names_town(p))
        ),
        None,
    )


def _words_before(fact: _SentenceFacts, place: dict, width: int = 40) -> str:
    """The few words of the sentence just before a place (cue regexes read only these)."""
    end = place["char_start"] - fact.start
    return fact.text[max(0, end - width) : end]


_FROM_RE = re.compile(
    r"(?<![\d\w]m )(?<!km )(?<!kilometres )(?<!kilometers )(?<!miles )\bfrom\s+(?:the\s+)?$"
)
_AT_RE = re.compile(r"\b(?:at|in|near)\s+(?:the\s+)?$")
_BETWEEN_RE = re.compile(r"\bbetween\s+(?:the\s+\w+\s+of\s+)?$", re.IGNORECASE)
_ROAD_RE = re.compile(r"\b(?:road|highway|route|axis)\b", re.IGNORECASE)


def _between_first(fact: _SentenceFacts, first: dict, qualified: dict) -> bool:
    """'between X and Y (A, B)': the first of the pair, unless a road joins them ('the road
    between X and Y (A, B)' names its end)."""
    if first["char_end"] > qualified["char_start"]:
        return False
    gap = fact.text[first["char_end"] - fact.start : qualified["char_start"] - fact.start]
    before = fact.text[: first["char_start"] - fact.start]
    return (
        gap.strip() in ("and", "or")
        and _BETWEEN_RE.search(before) is not None
        and not _ROAD_RE.search(before[-40:])
    )


_QUALIFIED_RE = re.compile(r"[(,]")


def _pinned_down(place: dict) -> bool:
    """'Sydney (New South Wales)': a place its own division pins down, wherever actors point."""
    return bool(place["admin1"]) and _QUALIFIED_RE.search(place["text"]) is not None


def _pinned_namesake(place: dict, event: _Event) -> dict:
    """'residents of X village were evacuated from X, Region': the same name in the same
    country, pinned down by a qualifier elsewhere in the event, is read in that division."""
    name = (place["location"] or "").lower()
    for fact in event.sentences:
        for p in fact.places:
            if (
                p is not place
                and (p["location"] or "").lower() == name
                and p["country"] == place["country"]
                and _pinned_down(p)
                and p["admin1"] != place["admin1"]
            ):
                return {**place, "admin1": p["admin1"]}
    return place


_MISSION_IN_RE = re.compile(r"\bMission in (?:the )?([^,()]+)$")


def _mission_country(actor: str | None) -> str | None:
    """'... Stabilization Mission in Mali' -> Mali: a peace mission serves where it is named."""
    m = _MISSION_IN_RE.search(actor or "")
    return country_name(m.group(1)) if m else None


# foreign military operations named in notes, and the country most of their fighting was in
_OPERATION_THEATRES = {"barkhane": "Mali", "serval": "Mali", "sangaris": "Central African Republic"}

_IN_COUNTRY_RE = re.compile(r"\b(?:in|of|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)

# "six Malawian refugees", "a Dutch national": people abroad, whose nationality says where
# they come from, not where the event happens
_FOREIGNERS_RE = re.compile(
    r"(?:'s)?\s+(?:refugees?|nationals?|migrants?|immigrants?|asylum[- ]seekers?|expatriates?"
    r"|expats?|tourists?|diaspora)\b",
    re.IGNORECASE,
)


def _expected_country(
    event: _Event, main: _SentenceFacts, doc_country: str | None, own: bool = False
) -> str | None:
    """Country the event happens in, by votes: 'in Mali' > actors' countries > demonyms.

    With ``own``, actors vote only with a country of their own (see ``own_country``), not the
    one their sentence's place lent them, and a place pinned down by its division votes too.
    """
    # defaultdicts, not Counters: they count in C (this runs for every event, twice)
    votes: defaultdict[str, int] = defaultdict(int)
    firm: defaultdict[str, int] = defaultdict(int)
    senders: set[str | None] = set()
    forces: defaultdict[str, int] = defaultdict(int)
    named = False  # a country named ("across Ukraine"), not a people ("Russian", "Malians")
    for fact in event.sentences:
        weight = 2 if fact is main else 1
        unit = unit_country(fact.text)
        if unit:
            # "in Dangur woreda": a kind of division only one country has names it
            votes[unit] += 3 * weight
            firm[unit] += 3 * weight
        foreign: set[str] = set()
        for place in fact.places:
            if place["country"] and not place["location"]:
                if _FOREIGNERS_RE.match(fact.text, place["char_end"] - fact.start):
                    foreign.add(place["country"])
                    continue
                if _on_forces(place["text"], fact.text, place["char_end"] - fact.start):
                    # "Russian missiles ... across Ukraine": who fought, not where (a vote only
                    # when no country is named)
                    forces[place["country"]] += weight
                    continue
                before = fact.text[: place["char_start"] - fact.start]
                votes[place["country"]] += (3 if _IN_COUNTRY_RE.search(before) else 1) * weight
                named = named or demonym_country(place["text"]) is None
            elif own and place["country"] and _pinned_down(place):
                # "Sydney (New South Wales)": a place its division pins down names its country
                votes[place["country"]] += weight
        for actor in fact.actors:
            # foreign forces (Wagner, a coalition) fight abroad: they do not place the event,
            # unless they are a mission named for the country it serves in
            if actor["actor_type"] == "external_forces":
                country = _mission_country(actor["actor"])
            else:
                country = own_country(actor["actor"], actor["text"]) if own else actor["country"]
            theatre = _OPERATION_THEATRES.get(actor["text"].split()[-1].lower())
            if theatre:
                # "Operation Barkhane": a named expedition fights in its theatre, not at home
                votes[theatre] += 3 * weight
                firm[theatre] += 3 * weight
                senders.add(actor["country"])
                continue
            if country and not (actor["actor_type"] == "civilians" and country in foreign):
                votes[country] += weight
                if actor["actor_type"] != "rebels":
                    firm[country] += weight
    if forces and (own or not named):
        # a place read at home (``own``) still hears the forces' own country
        for country, n in forces.items():
            votes[country] += n
    if doc_country:
        votes[doc_country] += 1
    for sender in senders - set(_OPERATION_THEATRES.values()):
        # its forces' nationality ("French jets") says who fought there, not where
        votes.pop(sender, None)
    for fact in event.sentences if votes else ():
        if "border" in fact.text:
            # "ISGS fighters ambushed a convoy near the Niger border": not in Niger, whatever
            # the actors' home
            for c in find_countries(fact.text):
                if c.country and c.beyond_border:
                    votes.pop(c.country, None)
    if not votes:
        # nothing places the event: a people that lives in one country still does
        return people_country(" ".join(f.text for f in event.sentences))
    # rebels cross borders (JNIM, Boko Haram): on a tie their seeded home yields to a local
    # militia's or a state's forces ("JNIM militants killed three Koglweogo")
    return max(votes, key=lambda c: (votes[c], firm[c])) if votes else None


_OFF_DUTY_RE = re.compile(
    r"\b(?:off[- ]duty|retired|assassinat\w+|at\s+(?:his|her|their)\s+(?:home|house|residence))\b",
    re.IGNORECASE,
)
_OFF_DUTY_WORDS = ("assassinat", "duty", "home", "house", "residence", "retired")  # one per match


# An ethnic or religious community (ACLED's "X Ethnic Group"), not its militia: its members
# attacked are civilians
_COMMUNITY_RE = re.compile(r"\b(?:Ethnic|Religious|Clan)\s+Group\b")

# "a RENAMO activist", "the movement's supporters": its unarmed people, not its fighters
_MEMBER_AFTER_RE = re.compile(
    r"(?:'s)?\s+(?:activists?|supporters?|sympathi[sz]ers?|candidates?|politicians?|partisans?)\b"
)


def _members_named(mention: str, text: str) -> bool:
    """The target mention is followed by a word for its unarmed people ('X activists')."""
    at = text.find(mention) if mention else -1
    return at >= 0 and bool(_MEMBER_AFTER_RE.match(text, at + len(mention)))


_PLACE_TARGET_RE = re.compile(
    r"(?:villages?|towns?|hamlets?|localit(?:y|ies)|settlements?|cities|city|neighbou?rhoods?)",
    re.IGNORECASE,
)


def _anyone_harmed(casualties: list[CasualtyFigure]) -> bool:
    """Someone was killed or wounded: 'shelled the village, no one was hurt' harmed no one."""
    return any((c.coded or 0) > 0 for c in casualties)


def _target_kind(casualties: list[CasualtyFigure], roles: Roles, text: str) -> str | None:
    """'armed' when forces or fighters were hit, 'civilian' when unarmed people were.

    Victim phrases vote once each, the first target actor twice; a tie goes to 'armed'
    (soldiers killed in an attack on a village make it a battle in ACLED's coding).
    """
    kinds = victim_kinds()
    votes: Counter[str] = Counter()
    for figure in casualties:
        words = re.findall(r"[a-z]+", figure.victim.lower().split(" from ")[0])
        for word in reversed(words):
            if word in kinds:
                votes[kinds[word]] += 1
                break
    if roles.actor2_type and roles.actor2_type != "other":
        # an actor of unknown kind (a company, a party, an unlisted force) says nothing; a
        # place attacked ('the village of ...') says where, not who was hit: it weighs less
        weight = 1 if _PLACE_TARGET_RE.fullmatch(roles.side2[0].get("text") or "") else 2
        mention = roles.side2[0].get("text") or ""
        armed = (
            roles.actor2_type in ARMED_TYPES
            and not _COMMUNITY_RE.search(roles.side2[0].get("actor") or "")
            and not _members_named(mention, text)
        )
        votes["armed" if armed else "civilian"] += weight
    if has_word_starting(lower_words(text), _OFF_DUTY_WORDS) and _OFF_DUTY_RE.search(text):
        # off-duty or retired personnel, killings at home: not a battle; outweighs both the
        # victim's rank and the forces named as target
        votes["civilian"] += 4
    if not votes:
        # no victim figure and no target actor: the subject of a passive attack verb ("an
        # army base was attacked", "a police officer was ambushed") says who was hit
        match = _PASSIVE_TARGET_RE.search(text)
        return kinds.get(match.group(1).lower()) if match else None
    return "armed" if votes["armed"] >= votes["civilian"] else "civilian"


_PASSIVE_TARGET_RE = re.compile(
    r"\b([A-Za-z]+)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:attacked|ambushed|targeted|shot\s+at|fired\s+(?:at|upon|on)|raided)\b"
)


__all__ = [
    "Analysis",
    "analyse_document",
    "extract_document",
    "extract_events",
    "PROTESTS",
    "RIOTS",
    "VAC",
]
