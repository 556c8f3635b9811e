"""Segmentation: a document's sentence facts grouped into events.

A new event opens at an eventful sentence with a day of its own, or at a report of harm at
another named place; the rest join the event they speak of. History and running totals are
set apart as background events, kept with their figures but never added to the news.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import takewhile
from operator import itemgetter

from sitrep.casualties import (
    CasualtyFigure,
    reconcile_fatalities,
    victim_key,
)
from sitrep.dates import MONTH_NAMES, WEEKDAY_NAMES
from sitrep.event_types import CAME_AFTER_RE, find_cues, victim_kind
from sitrep.places import care_place_nouns, is_national_capital, names_a_care_place, one_division
from sitrep.quantities import Quantity, parse_number
from sitrep.roles import ACCORDING_BEFORE_RE
from sitrep.text import (
    BULLET_MARK,
    RUN_IN_HEADING,
    holds_any,
    lower_words,
    whole_first_words,
    window_after,
    window_before,
)

# cues strong enough to open a second event in a document
EVENT_CUES = {
    "clash", "attack", "kill", "shelling", "air_strike", "ied", "grenade", "suicide", "protest",
    "riot", "mob", "abduct", "sexual", "overtake", "regain",
}  # fmt: skip
# on a day of its own, a sentence with these opens an event too ("On Friday, air defences
# intercepted drones over Port Sudan")
_DATED_CUES = EVENT_CUES | {"disrupted"}
# under a round-up's day heading, an arrest or looting is an item of its own too
_HEADED_ITEM_CUES = _DATED_CUES | {"arrest", "loot"}
_SPEECH_RE = re.compile(
    r"\b(?:said|says|stated|announced|told|added|noted|warned|threatened|promised|vowed|"
    r"recalled|recalls|reiterated|reiterates|stressed|stresses|reminded|reminds|"
    r"plans?|planned|preparing|will|would|could|may|might|called for|urged)\b"
)  # case-sensitive: "May 15" is a date, "may" a modal
_SPEECH_WORDS = whole_first_words(_SPEECH_RE)  # (lowercase: a superset)


@dataclass
class SentenceFacts:
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
    # the second of two acts one sentence tells, on a day or at a place of its own ("...,
    # and the next day torched a clinic in Mundemba"): an event of its own
    second_act: bool = False
    # what later steps work out from this sentence alone, asked of it again and again (where
    # the event happened is asked per event and per candidate): not copied by replace()
    derived: dict = field(default_factory=dict, init=False, repr=False, compare=False)


def names_a_town(fact: SentenceFacts) -> bool:
    """Whether the sentence names a town (a place read to a location, not a country alone)."""
    for p in fact.places:  # (a loop: asked of most sentences, any() over a generator costs more)
        if p["location"]:
            return True
    return False


@dataclass
class Event:
    sentences: list[SentenceFacts]
    date: dict | None
    is_background: bool = False
    # the event a report of harm at another place was split from (the first of the group)
    split_from: Event | None = None
    unplaced: int = 0  # deaths of an overview that the places it is broken into leave over
    order: int | None = None  # where the text tells it, when a lent sentence comes first
    # the attack whose scene it shares: forces who fought the attackers there
    scene_of: Event | None = None
    # the fight whose sides it names only as "both sides" (an agreement between them)
    sides_of: Event | None = None


_ADMIN_WORD_RE = re.compile(
    r"\b(?:zone|region|province|state|county|district|woreda|division|subdivision|governorate|oblast|"
    r"department|prefecture|municipality|sub-?county|locality|cercle|commune)\b",
    re.IGNORECASE,
)


def place_head(place: dict) -> str:
    """A place mention before its qualifiers: 'Bakori village' of 'Bakori village, Azamgarh
    district (State)'."""
    return _head_of(place["text"] or "")


@lru_cache(maxsize=4096)
def _head_of(text: str) -> str:
    """(cached: asked of each place again and again while an event is placed)"""
    # ("the Hoshab area of Kech district": the area, which the district only locates)
    return _HEAD_END_RE.split(text)[0].strip()


# where a place's own name ends: at its qualifiers, after "the Hoshab area" of "the Hoshab area
# of Kech district", before "in Hiraan region" of "Mahas in Hiraan region"
_HEAD_END_RE = re.compile(
    r"[(,]|(?:(?<=\sarea)|(?<=\svillage))\s+of\s|"
    r"\s+in\s+(?=(?:[A-Z][\w'’-]*\s+){1,3}(?:region|province|state|district|county)$)"
)


def names_division(place: dict) -> bool:
    """'Bale zone', 'Rayitu woreda (Bale zone)': a whole division. Only the
    head before a qualifier counts: 'Bakori village, Azamgarh district' is a village."""
    return _head_names_division(place_head(place))


@lru_cache(maxsize=4096)
def _head_names_division(head: str) -> bool:
    """(cached: asked of each place again and again while an event is placed)"""
    return _ADMIN_WORD_RE.search(head) is not None or _SUBDIVISION_RE.search(head) is not None


_SUBDIVISION_RE = re.compile(r"\b(?:township|tehsil|upazila|sub-?district|taluka?)\b", re.I)


def names_subdivision(place: dict) -> bool:
    """'Hlaing Tharyar township': a division below the district, which ACLED codes as the
    location where no town inside it is named."""
    return _SUBDIVISION_RE.search(place_head(place)) is not None


_TOWN_HEAD_RE = re.compile(r"\s(?:town|city)$", re.IGNORECASE)


def names_town(place: dict) -> bool:
    """'Qazvin city (Qazvin)': the town, not the province that shares its name."""
    return _TOWN_HEAD_RE.search(place_head(place)) is not None


def words_before(fact: SentenceFacts, place: dict, width: int = 40) -> str:
    """The few whole words of the sentence just before a place (cue regexes read only these;
    see text.window_before)."""
    return window_before(fact.text, place["char_start"] - fact.start, width)


_OF_ONE_DONE_RE = re.compile(
    r"\b(?:of|for|against|over)\s+(?:a|an|the|two|three|their|his|her|\d+)\s+"
    r"(?:[\w-]+\s+){0,2}?\w+(?:ed|en)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# "34 bodies had been buried by Wednesday evening": a deadline before a day, no day of an act
BY_DATE_RE = re.compile(r"\bby\s+$", re.IGNORECASE)
_BY = frozenset({"by"})  # in every match of BY_DATE_RE
# "protesting against the increase in fuel prices announced by the regulator last week": the
# day of the measure protested, not of the protest
_MEASURE_DECIDED_RE = re.compile(
    r"\b(?:increases?|rises?|hikes?|law|laws|bill|decision|measures?|polic(?:y|ies)|tax(?:es)?|"
    r"ban|decree|reforms?|cuts?|plan|prices?|tariffs?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:announced|approved|passed|introduced|imposed|adopted|decided|enacted|unveiled)\s+"
    r"(?:by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)?$",
    re.IGNORECASE,
)
_DECIDED_WORDS = frozenset(  # in every match of _MEASURE_DECIDED_RE
    "announced approved passed introduced imposed adopted decided enacted unveiled".split()
)
# every match of _STATEMENT_ON_RE holds one of these words (a set test spares most sentences)
_STATEMENT_WORDS = frozenset(
    "statement communique communiqué release claim count counts toll tolls figure figures "
    "tally tallys".split()
)
_STATEMENT_ON_RE = re.compile(
    r"\b(?:statement|communiqu[eé]|press\s+release|news\s+release|claim)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:on\s+)?$"
    # "The first count, given on Tuesday, stood at nine": the day a count was given
    r"|\b(?:count|toll|figure|tally)s?,?\s+(?:[\w-]+\s+){0,2}?(?:given|released|published|issued)"
    r"\s+(?:on\s+)?$",
    re.IGNORECASE,
)


_SINCE_EVENT_ON_RE = re.compile(r"\bsince\s+the\s+(?:[\w'’.-]+\s+){1,6}?(?:on|in)\s+$")
_SINCE = frozenset({"since"})  # in every match of _SINCE_EVENT_ON_RE
_RELEASE_DATELINE_RE = re.compile(r"\(\s*[A-Z][\w'’ .-]{1,30},\s*$")
# "Juba/Geneva, 14 January 2025 – Médecins Sans Frontières condemns ...": where and when a
# press release was issued, opening its first sentence
_RELEASE_OPENING_RE = re.compile(r"[A-Z][\w'’ ./-]{1,40},\s*$")
_DASH_AFTER_RE = re.compile(r"\s*[–—-]\s")


def _event_date(fact: SentenceFacts) -> dict | None:
    """The sentence's own event date: the first dated mention at day/range/month precision.
    A deadline ("34 bodies had been buried by Wednesday evening") dates a count, no event."""
    if not fact.dates:
        return None  # (most sentences)
    usable = [
        m
        for m in fact.dates
        # (the checks of the mention itself first: they cost no regex search)
        if m["date_start"] is not None
        and m["date_precision"] in {"day", "range", "month"}
        # "troops were to withdraw within 60 days": a deadline, no day of an act
        and not m["text"].lower().startswith("within")
        and _dates_an_act(fact, m)
    ]
    # "14 people killed in Monday night's attack on the village were laid to rest on
    # Thursday": the day of the act the dead were killed in
    for m in usable[1:]:
        at = m["char_start"] - fact.start
        if _KILLED_IN_BEFORE_RE.search(fact.text, max(0, at - 40), at) and _DAYS_ACT_RE.match(
            fact.text, m["char_end"] - fact.start
        ):
            return m
    # "Police said on Friday they had arrested 11 men on Wednesday": the day of saying dates
    # the statement; a later day in the sentence dates the event
    if len(usable) > 1 and _SAID_ON_RE.search(
        fact.text, 0, max(0, usable[0]["char_start"] - fact.start)
    ):
        return usable[1]
    return usable[0] if usable else None


def _dates_an_act(fact: SentenceFacts, m: dict) -> bool:
    """Whether the words before a dated mention leave it the day of an act: no deadline ("by
    Wednesday evening"), statement's day, plan, press release's dateline or a period's start."""
    if fact.text[: m["char_start"] - fact.start] in ("", "On "):
        # ("On 8 January 2022, ...": a day at the head of its sentence, as in most notes; none
        # of the tests below finds a thing in so few words)
        return not m["text"].lower().startswith("since")
    return (
        # (each search below only in a sentence that holds a word of every match of its regex)
        not (
            holds_any(fact.text, _BY)
            and BY_DATE_RE.search(fact.text, 0, max(0, m["char_start"] - fact.start))
        )
        # "the police, in a statement on Monday, put the figure at 14": the statement's day
        and not (
            holds_any(fact.text, _STATEMENT_WORDS)
            and _STATEMENT_ON_RE.search(
                fact.text, max(0, m["char_start"] - fact.start - 60), m["char_start"] - fact.start
            )
        )
        and not (
            holds_any(fact.text, _DECIDED_WORDS)
            and _MEASURE_DECIDED_RE.search(
                fact.text, max(0, m["char_start"] - fact.start - 80), m["char_start"] - fact.start
            )
        )
        # "an officer died of his wounds in hospital the next day": the day of a death, not
        # of an act
        and not (
            holds_any(fact.text, _DIED)
            and (
                _DIED_OF_WOUNDS_ON_RE.search(
                    fact.text,
                    max(0, m["char_start"] - fact.start - 80),
                    m["char_start"] - fact.start,
                )
                # ("died on Sunday morning of injuries sustained when he was beaten late on
                # Saturday": the day named after the wounds is the act's)
                or (
                    _DIED_ON_RE.search(
                        fact.text,
                        max(0, m["char_start"] - fact.start - 20),
                        m["char_start"] - fact.start,
                    )
                    and _OF_WOUNDS_AFTER_RE.match(fact.text, m["char_end"] - fact.start)
                )
            )
        )
        # "The driver, whose body was found on Sunday, ...", "the men were already dead when
        # police arrived on Wednesday": the day a victim was found or help came, no act's
        and not (
            holds_any(fact.text, _FOUND_LATER_WORDS)
            and _FOUND_LATER_RE.search(
                fact.text, max(0, m["char_start"] - fact.start - 90), m["char_start"] - fact.start
            )
        )
        # "demanding the release of a man arrested last week": the day of what they speak of
        and not _OF_ONE_DONE_RE.search(
            fact.text, max(0, m["char_start"] - fact.start - 60), m["char_start"] - fact.start
        )
        # "Organisers say they will march on the government building on Thursday": a plan
        and not (
            holds_any(fact.text, _PLANNED_WORDS)
            and _PLANNED_RE.search(
                fact.text, max(0, m["char_start"] - fact.start - 80), m["char_start"] - fact.start
            )
        )
        # "(Dakar, 12 June 2024) - ...": a press release's dateline, the day it was issued
        and not _RELEASE_DATELINE_RE.match(fact.text[: m["char_start"] - fact.start])
        and not (
            _RELEASE_OPENING_RE.fullmatch(fact.text[: m["char_start"] - fact.start])
            and (
                _DASH_AFTER_RE.match(fact.text, m["char_end"] - fact.start)
                # ("PRESS RELEASE - Niamey, 16 January 2024" on a line of its own)
                or not fact.text[m["char_end"] - fact.start :].strip(" .")
            )
        )
        # "Nyala, held by the RSF since October 2023": when a period began, no day of an act
        and not (
            m["text"].lower().startswith("since")
            or fact.text[: m["char_start"] - fact.start].endswith("since ")
            # ("has intensified since the overthrow of Bashar al-Assad on Dec. 8")
            or (
                holds_any(fact.text, _SINCE)
                and _SINCE_EVENT_ON_RE.search(fact.text, 0, m["char_start"] - fact.start)
            )
        )
    )


_FOUND_LATER_RE = re.compile(
    r"\b(?:whose\s+(?:bod(?:y|ies)|remains|corpses?)\s+(?:was|were|had\s+been|have\s+been)\s+"
    r"(?:\w+\s+)?(?:found|recovered|discovered|retrieved)(?:\s+[\w-]+){0,4}?|"
    r"when\s+(?:the\s+)?(?:\w+\s+)?(?:police|policemen|rescuers|soldiers|troops|officers|medics|"
    r"paramedics|ambulances?|firefighters|help|relatives|villagers|residents)\s+"
    r"(?:finally\s+)?(?:arrived|came|got\s+there|reached\s+(?:the\s+)?\w+))"
    r"\s+(?:(?:early|late)\s+)?(?:on\s+|in\s+)?$",
    re.IGNORECASE,
)
# every match of _FOUND_LATER_RE holds one of these words (a set test spares most sentences)
_FOUND_LATER_WORDS = frozenset({"whose", "when"})
_KILLED_IN_BEFORE_RE = re.compile(r"\b(?:killed|died|dead|wounded|injured)\s+(?:in|during)\s+$")
_DAYS_ACT_RE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:attack|raid|strike|air\s*strike|bombing|blast|shooting|"
    r"massacre|clashes|ambush|assault)\b"
)
_DIED = frozenset({"died", "succumbed"})  # in every match of _DIED_OF_WOUNDS_ON_RE
_DIED_OF_WOUNDS_ON_RE = re.compile(
    r"\b(?:died|succumbed)\s+(?:(?:of|from|to)\s+(?:(?:his|her|their|the)\s+)?(?:\w+\s+)?"
    r"(?:injuries|wounds)(?:\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:\w+\s+)?hospital)?|"
    r"(?:in|at)\s+(?:a\s+|the\s+)?(?:\w+\s+)?hospital)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_DIED_ON_RE = re.compile(r"\b(?:died|succumbed)\s+(?:on\s+)?$", re.IGNORECASE)
_OF_WOUNDS_AFTER_RE = re.compile(
    r"\s+(?:of|from|to)\s+(?:(?:his|her|their|the)\s+)?(?:\w+\s+)?(?:injuries|wounds)\b"
)
# what someone will do: a day after it is the day of a plan, not of an act
_PLANNED_RE = re.compile(
    r"\b(?:they|he|she|it|we|organi[sz]ers|unions?|the\s+(?:party|movement|group))\s+"
    # (not "It will be recalled that on Saturday ...": a press release tells the act again)
    r"(?:will(?!\s+be\s+recalled)|would|plans?\s+to|planned\s+to|intends?\s+to|vowed\s+to|"
    r"promised\s+to)\s+(?:[\w'’-]+\s+){0,8}$",
    re.IGNORECASE,
)
# every match of _PLANNED_RE holds one of these words (a set test spares most sentences it)
_PLANNED_WORDS = frozenset("will would plan plans planned intend intends vowed promised".split())


def _old(date: dict | None, reference: dt.date | None) -> bool:
    """A sentence's own day, when it has one, lies more than two months back."""
    return date is None or (
        reference is not None
        and date["date_start"] is not None
        and (reference - date["date_start"]).days > 60
    )


# "... recaptured central Khartoum and the presidential palace in March": a month named
# alone inside a sentence (find_dates reads no bare month)
_MONTH_IN_RE = re.compile(
    rf"\bin\s+(?:(?:early|late|mid)-?\s*)?({'|'.join(MONTH_NAMES)})\b(?!\s+\d)"
)
# every match of _MONTH_IN_RE holds one of these words (most sentences without a date name no
# month: a set test spares them the search)
_MONTH_IN_WORDS = frozenset(
    lead + month.lower() for month in MONTH_NAMES for lead in ("", "early", "late", "mid")
)
# "In March, BLA militants hijacked a train": a month named alone, at a sentence's head
_MONTH_LEAD_RE = re.compile(
    r"(?:In|Back\s+in|Earlier\s+in|Since|Until|Last)\s+(?:(?:early|late|mid)-?\s*)?"
    rf"({'|'.join(MONTH_NAMES)})\b(?!\s+\d)"
)


_LAST_MONTH_LEAD_RE = re.compile(r"Last\s+(?:month|year)\b")
_LAST_WEEK_LEAD_RE = re.compile(r"Last\s+week,\s")
_RECALLED_ACT_RE = re.compile(
    r"The\s+(?:[\w-]+\s+)?(?:protests?|march(?:es)?|rall(?:y|ies)|demonstrations?|attacks?|"
    r"strikes?|clashes|massacre|bombing|raid)\s+(?:on|of)\s+(?:\d|[A-Z])"
)


_SINCE_CLAUSE_RE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){1,6}$")
# a relative clause that looks back over a period: "which has seen clashes ... since "
_SINCE_WHICH_RE = re.compile(
    r"\b(?:which|who|where)\s+(?:has|have|had)\s+(?:[\w'’-]+\s+){1,8}?since\s+$"
)


def _is_history(fact: SentenceFacts, reference: dt.date | None) -> bool:
    """A sentence about years past ('In 2015, the rebels signed ...'), or about a month before
    this one ('In March, militants hijacked a train' in an April story), is background."""
    if reference is None:
        return False
    lead = _MONTH_LEAD_RE.match(fact.text)
    if lead and MONTH_NAMES.index(lead.group(1)) + 1 != reference.month:
        return True
    if _LAST_MONTH_LEAD_RE.match(fact.text):
        return True  # "Last month, an air strike flattened a building"
    if _RECALLED_ACT_RE.match(fact.text) and any(
        m["date_start"] and (reference - m["date_start"]).days > 7 for m in fact.dates
    ):
        # "The protest on March 12, when a photographer was badly hurt ...", in an April
        # story: a past protest named by its day
        return True
    if _LAST_WEEK_LEAD_RE.match(fact.text) and not fact.casualties:
        # "Last week, on the second anniversary of the crash, a general strike brought
        # hundreds of thousands onto the streets": the week before's news, recalled
        return True
    if _LAST_WEEKS_COMPARED_RE.match(fact.text):
        return True  # "Last Thursday's protests were the most violent since ...": a look back
    if (
        not fact.casualties
        and not fact.dates
        and holds_any(fact.text, _FOR_YEARS_WORDS)
        and _FOR_YEARS_RE.search(fact.text)
    ):
        # "Sabiid ... has for years been used by al-Shabaab as a staging point for attacks":
        # what a place has been, not what happened there
        return True
    if _SINCE_THEN_RE.match(fact.text) and not fact.casualties:
        # "Since then, Islamic State fighters have expanded their presence ..., at times
        # fighting JNIM": the years after a past campaign, told as a trend
        return True
    if fact.dates and any(
        m["date_precision"] == "day"
        and m["date_start"]
        and 0 <= (reference - m["date_start"]).days <= 7
        for m in fact.dates
    ):
        # "In Nyala, which has been held by the RSF since October 2023, an army airstrike on
        # Monday killed 13": the sentence's own day is this week's
        return False
    if not fact.dates:
        month = holds_any(fact.text, _MONTH_IN_WORDS) and _MONTH_IN_RE.search(fact.text)
        if (
            month
            and MONTH_NAMES.index(month.group(1)) + 1 != reference.month
            and not _SINCE_WHICH_RE.search(fact.text, 0, month.start(1))
        ):
            return True  # "The army recaptured central Khartoum ... in March" (a July story)
    for mention in fact.dates:
        start = mention["date_start"]
        if start is None:
            continue
        if mention["text"].lower().endswith("ago") and _SINCE_CLAUSE_RE.search(
            fact.text, 0, mention["char_start"] - fact.start
        ):
            continue  # ("which has used drones since their insurgency erupted a year ago")
        if _SINCE_WHICH_RE.search(fact.text, 0, mention["char_start"] - fact.start):
            continue  # ("In Nantes, which has seen clashes at every march since January, ...")
        if mention["date_precision"] in {"year", "month"} and start.year < reference.year:
            return True
        if (reference - start).days > 60:
            return True
        if (
            (reference - start).days > 21
            and not fact.casualties
            and (_ONGOING_RE.search(fact.text) or _CAMPAIGN_BEGAN_RE.search(fact.text))
        ):
            # ("Kurdish-majority areas have been at the forefront of the nationwide protests
            # that erupted after the death of Mahsa Amini on September 16", in November; "The
            # United States began a campaign of daily air strikes against the Houthis on March
            # 15", in April: a period told from its first day, weeks back)
            return True
    # ("blockades since its October 28 grand rally in Dhaka descended into violence": every
    # day the sentence names opens a period, weeks back; its acts are the period's)
    return bool(fact.dates) and all(
        m["date_start"] is not None
        and (reference - m["date_start"]).days > 7
        and _SINCE_ITS_RE.search(fact.text, 0, m["char_start"] - fact.start)
        for m in fact.dates
    )


_ONGOING_RE = re.compile(r"\b(?:has|have)\s+been\b")
_CAMPAIGN_BEGAN_RE = re.compile(
    r"\b(?:began|launched|started|opened)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:campaign|offensive|operation|war)\b",
    re.IGNORECASE,
)
_FOR_YEARS_RE = re.compile(
    r"\b(?:has|have|had)\s+(?:long\s+)?(?:for\s+(?:years|decades|months)\s+)?been\s+"
    r"(?:[\w-]+\s+){0,6}?for\s+(?:years|decades|months)\b"
    r"|\b(?:has|have|had)\s+for\s+(?:years|decades|months)\s+been\b",
    re.IGNORECASE,
)
_FOR_YEARS_WORDS = frozenset({"years", "decades", "months"})  # one ends each match
_SINCE_THEN_RE = re.compile(r"\s*Since\s+then\b", re.IGNORECASE)
_LAST_WEEKS_COMPARED_RE = re.compile(
    r"Last\s+\w+day['’]s\s+(?:\w+\s+){1,2}(?:were|was)\s+the\s+"
    r"(?:most|deadliest|largest|biggest|worst|bloodiest|first)\b"
)
_SINCE_ITS_RE = re.compile(r"\bsince\s+(?:its|their|his|her|the)\s+$")


def _still_to_come(fact: SentenceFacts, published_date: dt.date | None) -> bool:
    """A sentence dated only after its article ('... whose transitional period was extended
    to February 2027'): a plan or a deadline, no act (an event after its article would be
    rejected)."""
    return (
        published_date is not None
        and bool(fact.dates)
        and all((m["date_start"] or published_date) > published_date for m in fact.dates)
    )


def opens_event(fact: SentenceFacts, cues: frozenset[str] | set[str] = EVENT_CUES) -> bool:
    for c in fact.casualties:  # (a loop and early answers: asked of most sentences)
        if not c.is_subset:
            return True  # a figure of its own
    if not fact.cues:
        return False
    strong = [pos for cue, pos in fact.cues.items() if cue in cues]
    if not strong:
        return False
    if not holds_any(fact.text, _SPEECH_WORDS):
        return True
    if fact.new_paragraph and _APART_RE.match(fact.text):
        return True  # "Separately, the army said its troops had clashed with ...": news
    # ("It will be recalled that on Saturday ... bandits invaded Kanoma": a press release's way
    # to tell the act again, nobody's speech)
    recalled = _RECALLED_LEAD_RE.match(fact.text)
    speech = _SPEECH_RE.search(fact.text, recalled.end() if recalled else 0)
    return not (speech and speech.start() < min(strong))


_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")


def _the_abducted(fact: SentenceFacts) -> bool:
    """A sentence whose only act is "the abducted" or "the hostages" of an abduction told
    before, with no figure and no place of its own."""
    at = fact.cues.get("abduct")
    return (
        at is not None
        and len(fact.cues) == 1
        and not fact.casualties
        and not names_a_town(fact)
        and _THE_BEFORE_RE.search(fact.text, max(0, at - 4), at) is not None
    )


_RECALLED_LEAD_RE = re.compile(
    r"\s*(?:(?:It\s+(?:will|should|would|may|must)\s+be|It\s+is|As\s+will\s+be)\s+recalled,?"
    # ("The Command recalls that on Sunday ... attacked a police checkpoint")
    r"|The\s+(?:[\w'’-]+\s+){1,3}?recalls)\s+(?:that\s+)?"
)


_THIS_WEEK_RE = re.compile(r"(?:earlier\s+|later\s+)?this\s+(?:week|month)$", re.IGNORECASE)


_STATEMENT_DAY_RE = re.compile(
    r"\b(?:statement|communiqu[eé]|press\s+release|briefing"
    # ("Islamic State claimed the attack through its Amaq outlet on Sunday": a claim's day)
    r"|claimed\s+(?:responsibility\s+for\s+)?(?:the|this|that)\s+(?:attack|bombing|blast|ambush))"
    r"\s+(?:[\w-]+\s+){0,5}?(?:late\s+|early\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)


def _statement_day(fact: SentenceFacts, date: dict | None) -> bool:
    """The sentence's day is that of a statement ('in a statement read on state television late
    on Wednesday'), not of an act."""
    return date is not None and bool(
        _STATEMENT_DAY_RE.search(fact.text[: date["char_start"] - fact.start])
    )


def _in_its_period(event: Event, date: dict | None) -> bool:
    """Whether ``date`` is a day inside the period the event is dated by ('this week')."""
    if date is None or event.date is None or not _a_period(event.date) or _a_period(date):
        return False
    end = event.date["date_end"] or event.date["date_start"]
    return event.date["date_start"] <= date["date_start"] <= end


def _day_within(event: Event, date: dict | None, fact: SentenceFacts) -> bool:
    """A day inside the period an event is dated by ('this week'), told at the event's place."""
    if not _in_its_period(event, date):
        return False
    here = {p["location"] for p in fact.places if p["location"]}
    return bool(here & {p["location"] for f in event.sentences for p in f.places})


def _part_of_the_period(event: Event, date: dict | None, fact: SentenceFacts) -> bool:
    """A paragraph set on a day inside the period an event is dated by ('this week'), at a
    known town the event does not name."""
    if not fact.new_paragraph or not _in_its_period(event, date):
        return False
    there = _event_scenes(event)
    here = [p for p in _scene_places(fact) if _placed_at(fact, p) and not names_division(p)]
    return bool(here) and not any(_same_area(p, q) for p in here for q in there)


def _a_period(date: dict, spans_count: bool = True) -> bool:
    """This week or month, or (when ``spans_count``) any span of days: not a day."""
    spans = date["date_end"] is not None and date["date_end"] != date["date_start"]
    return spans_count and spans or _THIS_WEEK_RE.match(date["text"]) is not None


# "(Updates death toll to nine from five, adds quote)": a wire editor's note on the story
_LIVE_TITLE_RE = re.compile(r"(?:LIVE|Live)(?:\s+(?:UPDATES|[Uu]pdates|BLOG|[Bb]log))?\s*[:|–—-]\s")
# "It was the second attack on a candidate in three days", "This is the third such raid this
# month": a sentence that counts the event among others
_ONE_OF_A_SERIES_RE = re.compile(
    r"(?:It|This|That)\s+(?:was|is)\s+(?:already\s+)?the\s+(?:second|third|fourth|fifth|"
    r"sixth|latest|\d+(?:st|nd|rd|th))\s+(?:such\s+)?(?:[\w-]+\s+){0,6}?"
    r"(?:in|this|since|within|over)\b"
)
# a round-up's line that announces its items: "An overview:", "Here is a summary:"
_ANNOUNCER_RE = re.compile(
    r"(?:An?\s+|Here\s+(?:is|are)\s+(?:an?\s+|the\s+)?)?(?:overview|round-?up|summary|"
    r"details|In\s+detail|incidents|key\s+incidents)(?:\s+of\s+[\w\s]{1,30})?\s*:\s*$|"
    # "Here is how the week unfolded."
    r"^Here\s+is\s+how\s+the\s+(?:week|weekend|day|month)\s+(?:unfolded|played\s+out)\s*[.:]\s*$|"
    # "Myanmar conflict roundup, Nov 4-10: a weekly summary of fighting and abuses ...": the
    # digest's own title, naming its week
    r"^[\w\s'’-]{0,40}\b(?:round-?up|digest|wrap)\b,?\s+[^:]{0,30}:\s+(?:a|our)\s+"
    r"(?:weekly|daily|monthly)\s+(?:summary|round-?up|digest|review)\b",
    re.IGNORECASE,
)
# every match of _ANNOUNCER_RE holds one of these words (a set test spares most sentences it)
_ANNOUNCER_WORDS = frozenset(
    "overview round roundup summary details detail incidents here digest wrap".split()
)


def _announces_items(text: str) -> bool:
    """A round-up's line that announces its items ("An overview:", "Here is a summary:")."""
    return holds_any(text, _ANNOUNCER_WORDS) and _ANNOUNCER_RE.match(text) is not None


# a communique's preamble to the results it lists below: "The Chief of the General Staff
# informs national and international opinion of the results of operations conducted in recent
# days in the Sahel region"
_RESULTS_PREAMBLE_RE = re.compile(
    r"\b(?:results|outcome|balance\s+sheet)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:operations|offensives?|missions)\s+(?:conducted|carried\s+out|led)\b",
    re.IGNORECASE,
)
_RESULTS_PREAMBLE_WORDS = frozenset({"results", "outcome", "balance"})  # one opens each match
# "HIGHLIGHTS\n- Seven displaced people killed in an attack on ...": the bullets sum up the
# report's sections, which tell each item again with its day and place
_HIGHLIGHTS_RE = re.compile(
    r"\s*(?:HIGHLIGHTS|Highlights|KEY\s+(?:POINTS|MESSAGES|DEVELOPMENTS)|Key\s+(?:points|messages|"
    r"developments))\s*:?\s*"
)
_HIGHLIGHTS_WORDS = frozenset({"highlights", "key"})  # in every match of _HIGHLIGHTS_RE
_BULLET_RE = re.compile(r"\s*[-•*–]\s")
# "in two attacks", "in three separate incidents": a count of acts, each told on its own
_SEVERAL_ACTS_RE = re.compile(
    r"\b(?:in|during)\s+(?:two|three|four|five|six|several|multiple|\d+)\s+(?:separate\s+|"
    r"different\s+|distinct\s+)?(?:attacks|incidents|raids|ambushes|strikes|clashes)\b"
)
# a report's section heading, a line of capitals: "SITUATION OVERVIEW", "HUMANITARIAN RESPONSE"
_SECTION_RE = re.compile(r"\s*[A-Z][A-Z&,/ -]{3,60}[A-Z]\s*:?\s*")
_RESPONSE_SECTION_RE = re.compile(
    r"\b(?:RESPONSE|HUMANITARIAN\s+(?:IMPACT|NEEDS|ACCESS|SITUATION)|FUNDING|NEEDS|GAPS|"
    r"COORDINATION)\b"
)
_EDITORS_NOTE_RE = re.compile(
    r"\((?:Updates|Adds|Recasts|Corrects|Rewrites|Refiles|Repeats|Writes\s+through|Fixes|"
    r"Clarifies|Removes|Changes)\b"
)
_EDITORS_NOTE_WORDS = frozenset(  # in every match of _EDITORS_NOTE_RE
    "updates adds recasts corrects rewrites refiles repeats writes fixes clarifies removes "
    "changes".split()
)


# "more than 100 such attacks nationwide this year", "dozens of kidnappings since January",
# "dozens of drone and missile attacks on ships since November"
_TALLIED_ACTS_RE = re.compile(
    # ("Militants have stepped up attacks in the Rajouri ... areas over the past three years")
    r"\b(?:(?:stepped\s+up|intensified|escalated|increased)\s+(?:their\s+|its\s+)?|"
    r"(?:\d[\d,]*|dozens|hundreds|scores|several|many)\s+(?:of\s+)?(?:such\s+|similar\s+)?)"
    r"(?:[a-z-]+\s+(?:(?:and|or)\s+)?){0,3}?"
    r"(?:attacks|incidents|strikes|raids|ambushes|bombings|killings|kidnappings|abductions|"
    r"assaults|(?:combat\s+)?engagements|settlements|villages|localities|"
    # "Villagers have held several protests since the killing"
    r"protests|demonstrations|rallies|marches)\b"
)
# every match of _TALLIED_ACTS_RE ends with one of these words (a set test spares most sentences)
_TALLIED_ACT_WORDS = frozenset(
    "attacks incidents strikes raids ambushes bombings killings kidnappings abductions assaults "
    "engagements settlements villages localities protests demonstrations rallies marches".split()
)
_TALLY_PERIOD_RE = re.compile(
    r"\b(?:this|last|a)\s+year\b|\bso\s+far\b|\bsince\b|\bin\s+recent\s+(?:weeks|months)\b|"
    r"\b[Oo]ver\s+the\s+(?:past|last)\b|"
    # "Russian aviation carried out 41 air strikes along the front over the day"
    r"\bover\s+the\s+day\b|\balong\s+the\s+(?:entire\s+|whole\s+)?front\b|"
    # "more than 200 drone attacks ... in the first nine months of the year"
    r"\bin\s+the\s+first\s+[a-z]+\s+months\b"
)


# "Pataz has been under a state of emergency for most of the past year": a paragraph on the
# region over a period, read after the news, adds no facts to it
_PERFECT_RE = re.compile(
    r"\b(?:has|have)\s+(?:long\s+)?(?:been|seen|suffered|witnessed|faced|set\s+up|staged|held"
    # ("al Shabaab has carried out repeated attacks in Kenya's northeastern counties")
    r"|carried\s+out"
    # ("Tension between the two parties has risen sharply since March")
    r"|risen|grown|mounted|escalated|intensified|worsened|deteriorated"
    # ("Similar marches have taken place this year in X and Y")
    r"|taken\s+place|occurred)\b"
)
_OVER_A_PERIOD_RE = re.compile(
    r"\bfor\s+(?:most\s+of\s+)?the\s+(?:past|last)\b|\bin\s+recent\s+(?:years|months|weeks)\b|"
    r"\bfor\s+(?:years|decades|months)\b|\bthis\s+year\b|"
    # ("Haft Tappeh has been the scene of repeated labour unrest")
    r"\brepeated\b|"
    # "Students at dozens of campuses have set up encampments since mid-April"
    rf"\bsince\s+(?:(?:early|mid|late)-?\s*)?(?:{'|'.join(MONTH_NAMES)})\b"
)


def _counted_so_far(fact: SentenceFacts) -> bool:
    """Deaths told in the present perfect alone ('More than 200 people have been killed in
    Lebanon'): a count up to now, after a sentence that told since when."""
    killed = [c for c in fact.casualties if c.outcome == "killed"]
    return bool(killed) and all(_SO_FAR_RE.search(c.quote) for c in killed)


_SO_FAR_RE = re.compile(r"\b(?:have|has)\s+(?:been\s+killed|died)\b", re.IGNORECASE)


def _sets_the_scene(fact: SentenceFacts) -> bool:
    """An undated sentence, no figures, on how things have been over a period (not in a
    clause on its place alone: 'In Nantes, which has seen clashes at every march since
    January, protesters threw bottles')."""
    if fact.casualties or (fact.dates and _event_date(fact) is not None):
        # ("have set up encampments since mid-April": when the period began, no day of an act)
        return False
    text = _PLACE_CLAUSE_RE.sub(r"\1,", fact.text) if ", wh" in fact.text else fact.text
    # ("Militias and drug factions fight for territory across the Baixada, and candidates
    # often need the permission of armed groups": how things usually are)
    return (
        _PERFECT_RE.search(text) is not None and _OVER_A_PERIOD_RE.search(text) is not None
    ) or _HABITUAL_RE.search(text) is not None


# "In Nantes, which has seen clashes at almost every march since January,": a place's past
_PLACE_CLAUSE_RE = re.compile(r"(\b[A-Z][\w'’-]*),\s+(?:which|where)\s+[^,;]{3,80}?,")


_HABITUAL_RE = re.compile(
    r"\b(?:often|frequently|regularly|routinely|usually|commonly|are\s+(?:frequent|common|"
    r"rife|a\s+regular\s+occurrence)|"
    # "Russia has been using heavy glide bombs ... to pound front-line towns": a way of war
    r"(?:has|have)\s+been\s+using)\b"
)


# "Ukraine's air force says Russia launched 67 attack drones and two ballistic missiles
# overnight. It says 34 drones were shot down": a count of a night's salvoes, placed nowhere
_LAUNCHED_COUNT_RE = re.compile(
    r"\blaunched\s+(?:a\s+total\s+of\s+|some\s+|more\s+than\s+|at\s+least\s+)?[\d,]+\s+"
    r"(?:[\w-]+\s+){0,2}?(?:drones|missiles|rockets|UAVs)\b"
)
_LAUNCHED = frozenset({"launched"})  # in every match of _LAUNCHED_COUNT_RE
_SHOT_DOWN_RE = re.compile(
    r"\b(?:shot\s+down|intercepted|downed|jammed|destroyed\s+in\s+the\s+air)\b"
)


def _salvo_counts(facts: list[SentenceFacts]) -> set[int]:
    """Sentences that count the drones and missiles a side launched, told with how many were
    shot down (in them or the next), harming no one and placed nowhere: a tally, no act."""
    out: set[int] = set()
    for fact, after in zip(facts, [*facts[1:], None], strict=True):
        if (
            not fact.casualties
            and not names_a_town(fact)
            and holds_any(fact.text, _LAUNCHED)
            and _LAUNCHED_COUNT_RE.search(fact.text)
            and (
                _SHOT_DOWN_RE.search(fact.text)
                or (after is not None and _SHOT_DOWN_RE.search(after.text))
            )
        ):
            out.add(id(fact))
    return out


_APPEAL_RE = re.compile(
    r"(?:Please\s|Do\s+not\s+ignore|Don['’]t\s+ignore|Stay\s+in\s+(?:shelters?|safe)|"
    r"Take\s+care\s+of\s+yourselves|We\s+(?:once\s+again\s+|again\s+)?(?:urge|ask|call\s+on)\s+"
    r"(?:all\s+)?(?:residents|citizens|the\s+public|people))"
)


def _summed_up_since_a_tally(facts: list[SentenceFacts]) -> set[int]:
    """'Over the past day, the enemy carried out 94 attacks ... As a result, 1 person was
    killed and 9 wounded. In detail:': a daily report's sum of the items it then lists, from
    its opening tally of the day's acts to the line that announces the items or the first
    item (a paragraph that opens at a town: "In Kherson, a 67-year-old man was killed")."""
    tally = next(
        (
            i
            for i, fact in enumerate(facts[:4])
            if any(d["text"].lower().endswith("the past day") for d in fact.dates)
            and _tallies_acts(fact.text)
        ),
        None,
    )
    if tally is None:
        return set()
    end = next(
        (
            k
            for k in range(tally + 1, len(facts))
            if _announces_items(facts[k].text)
            or (facts[k].new_paragraph and _opens_at_a_town(facts[k]))
        ),
        tally + 1,
    )
    return {id(f) for f in facts[tally:end]}


def _opens_at_a_town(fact: SentenceFacts) -> bool:
    """'In Bilozerka, the occupiers shelled ...', '- Beryslav. A drone dropped ...'."""
    first = min((p["char_start"] for p in fact.places if p["location"]), default=None)
    return (first is not None and first - fact.start < 12) or bool(
        (item := ITEM_DATELINE_RE.match(fact.text)) and item["heading"]
    )


def _tallies_acts(text: str) -> bool:
    """A count of acts over a period ("more than 100 such attacks this year")."""
    return bool(
        holds_any(text, _TALLIED_ACT_WORDS)
        and _TALLIED_ACTS_RE.search(text)
        and _TALLY_PERIOD_RE.search(text)
    )


def _said_on(fact: SentenceFacts, date: dict) -> bool:
    """The date is the day someone spoke ("she said on Monday", "Indepaz on Sunday reported")."""
    return (
        _SAID_ON_RE.search(fact.text[: date["char_start"] - fact.start]) is not None
        or _SAID_AFTER_RE.match(fact.text, date["char_end"] - fact.start) is not None
    )


_SAID_AFTER_RE = re.compile(
    r"\s+(?:said|reported|announced|stated|claimed|confirmed)\s"
    # ("In the early hours of Wednesday, the ECU 911 emergency service said it had received
    # dozens of calls", "Later on Wednesday, however, police confirmed that a guard had been
    # shot dead")
    r"|,\s+(?:however,\s+)?(?:[\w'’-]+\s+){1,5}?(?:said|reported|announced|stated|confirmed)"
    r"\s+(?:that\s+)?[^.;,]{0,80}?\bhad\b"
)


# the words one of which each of segment's three passes over the whole note looks for (and
# its tests of every sentence for a summary's heading, an editor's note, a communique's
# preamble: most notes hold none of their words)
_PASS_WORDS = (
    _ANNOUNCER_WORDS
    | _TALLIED_ACT_WORDS
    | _LAUNCHED
    | _HIGHLIGHTS_WORDS
    | _EDITORS_NOTE_WORDS
    | _RESULTS_PREAMBLE_WORDS
)


def _pass_words_of_all(facts: list[SentenceFacts]) -> frozenset[str]:
    """The words of _PASS_WORDS the sentences hold (all of them when those of one sentence are
    unknown: every test then runs): a set test per sentence, where most notes hold none, not a
    set of all the note's words."""
    held: set[str] = set()
    for fact in facts:
        words = lower_words(fact.text)
        if words is None:
            return _PASS_WORDS
        if not words.isdisjoint(_PASS_WORDS):
            held |= words & _PASS_WORDS
    return frozenset(held)


def segment(facts: list[SentenceFacts], published_date: dt.date | None) -> list[Event]:
    """Group sentences into events: a new event starts at an eventful sentence with its own,
    different date; undated sentences join the current event. History and running totals are
    set apart as background events when they hold figures (kept, never added to the news)."""
    events: list[Event] = []
    background: list[Event] = []
    told: list[SentenceFacts] = []  # the sentences, running totals taken out
    reference = published_date
    paragraphs = 1 + sum(1 for f in facts[1:] if f.new_paragraph)
    # (a title is a line of its own: a note of one paragraph, most notes, has none)
    headlines = _headlines(facts) if paragraphs > 1 else {}
    context_paragraph = False  # a paragraph that sets the scene over a period, no news
    labelled = False  # ... that the writer labels so ("Background:", "CONTEXT:")
    history_paragraph = False  # a paragraph that opened on history ("have traded fire since")
    setter: SentenceFacts | None = None  # "In the western city of Nantes, the day turned ..."
    entry_title: SentenceFacts | None = None  # a live page's entry title, just skipped
    titled: SentenceFacts | None = None  # ... whose first sentence was just placed
    entry_titles: dict[int, SentenceFacts] = {}  # id(event) -> the title of its entry
    run_in: SentenceFacts | None = None  # "WEDNESDAY - Nadjoundi.": a round-up item's heading
    # "police in several states reported attacks on party offices this week. An overview:"
    # ("A week of raids left at least four people dead. Here is how the week unfolded.": a
    # sum of the items below, its deaths kept apart as background)
    # (each of the three passes below looks for sentences that hold a word of a set: a test of
    # the words of the whole note first spares most notes all three)
    note_words = _pass_words_of_all(facts)
    announcing = not _ANNOUNCER_WORDS.isdisjoint(note_words)
    highlighted = not _HIGHLIGHTS_WORDS.isdisjoint(note_words)
    edited = not _EDITORS_NOTE_WORDS.isdisjoint(note_words)
    preamble = not _RESULTS_PREAMBLE_WORDS.isdisjoint(note_words)
    summaries = (
        {
            id(before)
            for before, fact in zip(facts, facts[1:], strict=False)
            if _announces_items(fact.text)
        }
        if announcing
        else set()
    )
    if not _TALLIED_ACT_WORDS.isdisjoint(note_words):
        summaries |= _summed_up_since_a_tally(facts)
    salvoes = _salvo_counts(facts) if not _LAUNCHED.isdisjoint(note_words) else set()
    # a timeline's lines of days (one such line is only the day a report was dated)
    timeline_days = (
        {id(f) for f in facts if id(f) in headlines and f.dates and DATE_LINE_RE.fullmatch(f.text)}
        if headlines
        else set()
    )
    timeline_days = timeline_days if len(timeline_days) > 1 else set()
    quote_goes_on = _inside_a_quote(facts) if len(facts) > 1 else set()
    highlights = False  # in the bullets under a report's "HIGHLIGHTS"
    undated_item: Event | None = None  # an item told apart, its day still to come
    appeal = False  # in a paragraph where the writer has turned to appeal to readers
    context_label = False  # the line above was a label: "Context", "Background"
    response_section = False  # under a report's "HUMANITARIAN RESPONSE" heading
    tally_day: tuple[int, dict] | None = None  # "Over the past day, ... 412 strikes": its day
    split_leads: dict[int, Event] = {}  # a lead told once per place -> its first place's event
    # sentences whose paragraph goes on after them
    continued = {id(f) for f, nxt in zip(facts, facts[1:], strict=False) if not nxt.new_paragraph}
    for fact in facts:
        if titled is not None and events and _TIMESTAMP_RE.match(titled.text):
            entry_titles.setdefault(id(events[-1]), titled)
        titled = None
        if highlighted and _HIGHLIGHTS_RE.fullmatch(fact.text):
            highlights = True  # a situation report's summary of the news told below it
            continue
        if (
            highlighted
            and (head := _HIGHLIGHTS_RE.match(fact.text))
            and _BULLET_RE.match(fact.text, head.end() - 1)
        ):
            # ("HIGHLIGHTS - Shelling hits Abu Shouk camp; eight killed. - One refugee killed in
            # Adre.": the bullets run on in one line, a summary all the same)
            if fact.casualties:
                background.append(Event([fact], None, is_background=True))
            continue
        if highlights and _BULLET_RE.match(fact.text):
            if not fact.dates:
                continue  # (an undated bullet: its item is told below with its day)
            if _SEVERAL_ACTS_RE.search(fact.text):
                # ("- At least 12 civilians killed in two attacks on villages in Beni and Djugu
                # territories between 10 and 11 June.": a sum of the items told below)
                if fact.casualties:
                    background.append(Event([fact], None, is_background=True))
                continue
        else:
            highlights = False
        if _SECTION_RE.fullmatch(fact.text):
            # "HUMANITARIAN IMPACT AND RESPONSE": what is done for those harmed, no news (until
            # the next section's heading; a headline in capitals is read as before)
            response_section = _RESPONSE_SECTION_RE.search(fact.text) is not None
            if response_section:
                continue
        if response_section:
            if fact.casualties:
                background.append(Event([fact], None, is_background=True))
            continue
        if id(fact) in summaries and fact.casualties:
            background.append(Event([fact], None, is_background=True))
            continue
        if id(fact) in summaries and (date := _event_date(fact)) and _tallies_acts(fact.text):
            tally_day = tally_day or (fact.idx, date)  # ("Over the past day, ... 94 attacks")
        if id(fact) in timeline_days:
            run_in = fact  # ("Tuesday, 15 October": a timeline's day, heading its items)
            continue
        if id(fact) in headlines:
            entry_title = fact  # ("13:08 - Five dead in Zaporizhzhia, says governor")
            # ("Context / The Homs academy attack killed at least 89 people": a section the
            # writer labels as background)
            context_label = _CONTEXT_LABEL_RE.fullmatch(fact.text) is not None
            continue
        if (edited and _EDITORS_NOTE_RE.match(fact.text)) or id(fact) in summaries:
            continue
        title, entry_title = entry_title, None
        titled = title
        if id(fact) in salvoes:
            continue
        if (announcing and _announces_items(fact.text)) or (
            preamble
            and not fact.casualties
            and holds_any(fact.text, _RESULTS_PREAMBLE_WORDS)
            and _RESULTS_PREAMBLE_RE.search(fact.text)
        ):
            continue
        if fact.new_paragraph and DAY_HEADING_RE.fullmatch(fact.text.strip()):
            run_in = fact  # the day and place of the item told below it
            continue
        # (a timeline's day heads its item: "Monday, 10 June - Sagaing / A junta jet bombed")
        heading_day = (
            run_in.dates[0] if run_in is not None and id(run_in) in timeline_days else None
        )
        under_heading, run_in = (None if run_in is None else _joined(run_in, fact)), None
        fact = under_heading or fact
        if fact.dates and fact.idx in quote_goes_on:
            # ('"... Seven were dead when the ambulance came, and this morning we found out my
            # nephew did not make it," she said': the days of a witness still speaking are
            # hers, not an act's)
            fact = replace(fact, dates=[])
        if events and not fact.casualties and _ONE_OF_A_SERIES_RE.match(fact.text):
            # "It was the second attack on a council candidate in the region in three days.":
            # the event told is compared with others, on no day of its own
            events[-1].sentences.append(replace(fact, dates=[]))
            continue
        if setter is not None and _set_scene_for(fact):
            # "... the day turned more violent. Groups of hooded youths smashed ...": the act
            # the paragraph's first sentence set at its place is told there
            for event in events:
                event.sentences = [f for f in event.sentences if f is not setter]
            fact = _joined(setter, fact)
        setter = fact if events and _scene_setter(fact) else None
        if fact.idx == 0 and _LIVE_TITLE_RE.match(fact.text):
            continue  # "LIVE: Israel-Hamas war, Thursday 16 November.": the blog's own title
        if fact.new_paragraph:
            labelled = (
                (bool(events) and _BACKGROUND_ENTRY_RE.match(fact.text) is not None)
                or _WRAP_UP_RE.match(fact.text) is not None
                or context_label
            )
            context_label = False
            context_paragraph = labelled or (bool(events or background) and _sets_the_scene(fact))
        if fact.new_paragraph:
            history_paragraph = appeal = False
        # ("Do not ignore air raid alerts. Stay in shelters ... along the Dnipro riverbank.",
        # "Please take care of yourselves. Zaporizhzhia is Ukraine!": an official's appeal to
        # readers closes the report, its places are no event's)
        appeal = appeal or _APPEAL_RE.match(fact.text) is not None
        if appeal and not fact.casualties:
            continue
        if context_paragraph and not fact.casualties and not fact.dates:
            continue
        if (
            fact.text.startswith("Similar ")
            and not fact.casualties
            and _event_date(fact) is None
            and _sets_the_scene(fact)
        ):
            # "Similar marches have taken place this year in X and Y": other events, told as
            # how things have been, on no day
            continue
        if history_paragraph and not fact.dates and _counted_so_far(fact):
            # "Hezbollah and Israel have traded fire almost daily since the day after the Oct. 7
            # attack. More than 200 people have been killed in Lebanon": the war's count
            background.append(Event([fact], None, is_background=True))
            continue
        if context_paragraph and labelled:
            # "CONTEXT: ... Houthi leader ... this week threatened to escalate attacks": a
            # paragraph the writer labels as context tells no news, whatever its days
            if fact.casualties:
                background.append(Event([fact], _history_date(fact), is_background=True))
            continue
        if len(fact.dates) > 1 and (past := _past_act_apart(fact, reference)) is not None:
            # "A court on Thursday sentenced three men for helping militants who ambushed a bus
            # near Elwak in March 2021, killing seven people": the old attack is history
            fact, recalled = past
            background.append(Event([recalled], _history_date(recalled), is_background=True))
            if not (fact.cues or fact.casualties):
                continue  # ("a court sentenced three men for ...": no act of its own told)
        if (
            fact.casualties
            and title is not None
            and _TIMESTAMP_RE.match(title.text)
            and _TERRITORY_WIDE_RE.search(fact.text)
        ):
            # "22:05 - Health ministry: 61 killed in 24 hours / ... the bodies of 61 people were
            # brought to hospitals across the territory": a live entry's count of a whole
            # territory's dead, no act
            background.append(Event([fact], None, is_background=True))
            continue
        if fact.casualties and any(c.is_cumulative for c in fact.casualties):
            fact, total = _running_totals_apart(fact)
            background.append(Event([total], None, is_background=True))
            if not fact.casualties:
                continue
        if (
            not events
            and not (fact.cues or fact.casualties)
            and DATE_LINE_RE.fullmatch(fact.text)
            and _live_page(facts)
        ):
            continue  # ("Tuesday 11 March 2025.": the day of a live page's head, no event)
        told.append(fact)
        date = _event_date(fact) or heading_day
        if (
            date is not None
            and date["text"].lower() == "overnight"
            and not fact.new_paragraph
            and events
            and events[-1].date is not None
        ):
            # ("... after shells hit a market on Sunday. Eleven people were dead on arrival and
            # two more died overnight": the night after the day told, not the report's last)
            date = None
        if (
            (date is None or date["text"].lower().endswith("the past day"))
            and not fact.casualties
            and _tallies_acts(fact.text)
            # ("The attack was claimed by X, an alliance that has claimed dozens of attacks":
            # the claim of the act told, its claimant's tally an aside)
            and not (events and _ACT_CLAIMED_RE.match(fact.text))
        ):
            # "more than 100 such attacks nationwide this year", "Over the past day, the
            # occupiers shelled 19 settlements": a tally, no act (its items are told below,
            # on its day)
            tally_day = tally_day or (date and (fact.idx, date))
            continue
        if events and date is None and _past_period(fact.text):
            if fact.casualties:
                # "A strike on a building in the capital's Mezzeh district last month killed
                # five members of ...": an earlier act's dead
                background.append(Event([fact], None, is_background=True))
            continue  # "several protesters were arrested in Accra last month": context
        if (_is_history(fact, reference) or _still_to_come(fact, published_date)) and (
            events or _old(date, reference)
        ):
            # (a lead too, when its own day is old: "the insurgency that began in October
            # 2017 ..."; not "killed six on Tuesday, the deadliest since March 2024")
            history_paragraph = history_paragraph or fact.new_paragraph
            if fact.casualties:  # "an uprising in 2012 that killed 200"
                background.append(Event([fact], _history_date(fact), is_background=True))
            continue
        if history_paragraph and date is None and fact.casualties:
            # "On the night of 1 to 2 February 2022, assailants attacked the site. The toll
            # given at the time was more than 60 dead": the toll of the history told
            background.append(Event([fact], None, is_background=True))
            continue
        if events and _the_abducted(fact):
            # "The families of three of the abducted said they had received calls on Sunday",
            # "None of the hostages had been released": the people taken before, no new act
            events[-1].sentences.append(replace(fact, dates=[]))
            continue
        if (
            events
            and fact.text.startswith(_QUOTE_MARKS)
            and not _quoted_dispatch(fact, date, events[-1])
        ):
            # '"We buried 14 bodies this morning," a villager said': a witness speaking of
            # the event reported, not a new one on the day of speaking; the deaths a witness
            # saw count only when the report gives no figure of its own ('"During the cordon
            # deployed on Saturday, our units captured 47 terrorists"': the act's day)
            if _day_of_the_report(events[-1], date, fact):
                events[-1].date = date
            events[-1].sentences.append(
                replace(fact, casualties=[replace(c, is_fallback=True) for c in fact.casualties])
            )
            continue
        if (
            not events
            and date is not None
            and fact.idx > 0
            and _a_period(date)
            and not fact.casualties
            and not names_a_town(fact)
        ):
            continue  # "Fighting continued across several states last week": a digest's sum
        if events and fact.second_act and _second_act_apart(fact, date, events):
            continue
        if not events:
            # (a period that tells nothing opens no event: "The fear returned this week.", a
            # digest's line under its title, "covering Aug 10-16"; a lead's span of days is
            # its event's; nor does a day of speaking: '"I ran," she said on Monday')
            if opens_event(fact) or (
                date is not None
                and not (
                    not (fact.cues or fact.casualties)
                    and (
                        _a_period(date, fact.idx > 0)
                        or _said_on(fact, date)
                        # ("Today, drivers say, it is a gamble.": a feature's day, no act;
                        # "Russian instructors were highly visible around last Sunday's
                        # referendum": a demonym places nothing)
                        or (not names_a_town(fact) and not any(c.isdigit() for c in date["text"]))
                    )
                )
            ):
                parts = _crowds_per_place(fact) if paragraphs > 1 else [fact]
                lead = Event([parts[0]], date)
                # ("Clashes at Milan Central Station, the ring road occupied in Bologna, and
                # peaceful processions in Rome, Naples and Turin": a day of protest at each;
                # the story goes on with the place named first)
                events += [Event([part], date, split_from=lead) for part in parts[1:]]
                events.append(lead)
                split_leads[id(fact)] = lead
                if reference is None and date is not None:
                    reference = date["date_end"] or date["date_start"]
            continue
        if under_heading is not None and opens_event(fact, _HEADED_ITEM_CUES):
            # "WEDNESDAY - Nadjoundi. An army vehicle on patrol struck an improvised explosive
            # device ...": a round-up's item under its heading, news of its own ("Tuesday -
            # Apatzingan. Army personnel arrested ...": an arrest too)
            events.append(Event([fact], date))
            continue
        if (
            fact.casualties
            and any(c.is_reference for c in fact.casualties)
            and all(c.is_reference or c.is_additional for c in fact.casualties)
            # ("Police in Cueibet said on Sunday they had arrested eleven young men suspected of
            # taking part in last month's fighting, which left twenty dead": the arrests are news)
            and not _arrest_told(fact)
        ):
            if _earlier_act_apart(fact, date, events[-1]):
                # "The encounter came two days after a jawan was killed by an IED near
                # Jagargunda on Sunday": an earlier act at a place of its own is news of its own
                own = [replace(c, is_reference=False, is_subset=False) for c in fact.casualties]
                events.append(Event([replace(fact, casualties=own)], date))
                continue
            # "The first toll given on Monday spoke of six dead": deaths told already, counted
            # again or corrected, are no news of their own (but may give the act's day: "had
            # initially reported two dead after police moved early Wednesday")
            if _day_of_the_report(events[-1], date, fact):
                events[-1].date = date
            events[-1].sentences.append(fact)
            continue
        if (
            events
            and not fact.new_paragraph
            and _GOES_ON_RE.search(fact.text)
            and not names_a_town(fact)
        ):
            # "The exchange of fire continued through the night and ended on Monday": the
            # same fight, told to its end
            events[-1].sentences.append(fact)
            continue
        if events and not fact.casualties and _SEARCH_GOES_ON_RE.match(fact.text):
            # "A search operation in the area was continuing on Tuesday to rule out the
            # presence of more infiltrators": the act's aftermath, on no day of its own
            events[-1].sentences.append(replace(fact, dates=[]))
            continue
        if _died_of_wounds(fact, events):
            # (the toll told already may count the death: it adds only to a report of none)
            events[-1].sentences.append(
                replace(fact, casualties=[replace(c, is_fallback=True) for c in fact.casualties])
            )
            continue
        claimed = _claimed_event(fact, events)
        if claimed is not None:
            claimed.sentences.append(fact)  # "The TTP claimed responsibility for the bombing"
            continue
        if events and TOOK_PLACE_RE.match(fact.text):
            # "The attack took place on Sunday afternoon in Tongomayel": the day and place of
            # the event the lead told
            events[-1].sentences.append(fact)
            if date is not None and not (events[-1].date and _said_on(fact, date)):
                # (not a day of speaking: "The attack targeted a post near Dapaong, the
                # spokesman told reporters on Wednesday", after the act's own day)
                events[-1].date = date
            continue
        toll_update = _toll_update(fact) or bool(_UPDATE_ON_RE.match(fact.text))
        updated = _updated_event(fact, events) if toll_update else None
        if updated is None and toll_update and title is not None and not fact.places:
            # "13:08 - Five dead in Zaporizhzhia, says governor / Fedorov has updated the toll
            # from the morning strike to five dead": the toll of the place its entry's title names
            updated = _entry_titled(title, events, entry_titles) or _updated_event(title, events)
        if updated is not None:
            updated.sentences.append(fact)  # "UPDATE: the toll from the Khan Younis strike"
            if title is not None and id(fact) in continued:
                # (the rest of the entry goes on with the event it updates)
                events.remove(updated)
                events.append(updated)
            continue
        same = (
            _entry_titled(title, events, entry_titles)
            if title is not None and fact.new_paragraph and _TIMESTAMP_RE.match(title.text)
            else None
        )
        if same is not None and (
            date is None or same.date is None or same.date["date_start"] == date["date_start"]
        ):
            # "08:17 - Missile strike on Zaporizhzhia", below "19:52 - Zaporizhzhia toll climbs
            # to seven" in a page told newest first: the same town's strike of the same day
            same.sentences.append(fact)
            if id(fact) in continued:
                events.remove(same)
                events.append(same)
            continue
        if not fact.casualties and (
            _nothing_happened(fact.text)
            or (
                fact.new_paragraph
                and _TIMESTAMP_RE.match(fact.text)
                and _UNREAL_RE.search(fact.text)
            )
        ):
            # "11:05 - ambassadors are meeting today to discuss Russia's use of a new missile",
            # "no attacks were reported in Mandera": sentences that speak of acts tell none
            events[-1].sentences.append(fact)
            continue
        if (
            fact.new_paragraph
            and (item := ITEM_DATELINE_RE.match(fact.text))
            and _tells_an_act(fact)
            # (a live blog's entry that reports speech, "10:15 - The minister says the army
            # will intensify operations until the hostages are freed", tells no act)
            and not (_TIMESTAMP_RE.match(fact.text) and _UNREAL_RE.search(fact.text))
        ):
            # "SRINAGAR: Police arrested three ...": a brief of its own in a round-up
            above = _told_in_a_later_entry(fact, date, events)
            if above is not None:
                above.sentences.append(fact)
                if id(fact) in continued:
                    # (the rest of the entry goes on with the event it updates)
                    events.remove(above)
                    events.append(above)
            elif item["heading"]:
                # ("Here is how the day went in the main cities. ... Rennes. The most violent
                # scenes came ...": a part of the day told before)
                events.append(Event([fact], date or events[-1].date))
            else:
                events.append(Event([fact], date))
            continue
        if (
            _told_apart(fact, _STRATEGIC_ACTS) or _agreement_reached(fact, date, events[-1])
        ) and not (set(fact.cues) & EVENT_CUES):
            # "Separately, the government said on Monday that 45 fighters of the UPC had handed
            # in their weapons at a ceremony in Bambari": news of its own, whatever its day
            # ("both sides had agreed to a ceasefire": the sides of the fight told before)
            sides = events[-1] if _BOTH_SIDES_RE.search(fact.text) else None
            events.append(Event([fact], date, sides_of=sides))
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
        if undated_item is events[-1] and not fact.new_paragraph and date is not None:
            # ("In a separate incident, Maoists killed a villager in Sukma district ... The man
            # was dragged out of his house near Jagargunda on Tuesday night": its day and spot)
            undated_item.sentences.append(fact)
            undated_item.date = date
            undated_item = None
            continue
        undated_item = None if fact.new_paragraph else undated_item
        if earlier is not None and not same_date:
            if _new_scene(fact, earlier) or _arrest_elsewhere(fact, earlier):
                # an act of that day at a place of its own
                events.append(Event([fact], date))
            else:
                earlier.sentences.append(fact)  # "the toll from Monday's blast rose to six"
                if fact.new_paragraph:
                    # ("HIGHLIGHTS - ... attack on Kokorou on 4 December. - Five people
                    # abducted ... SITUATION OVERVIEW On 4 December, armed men attacked
                    # Kokorou ... at least eight civilians were killed": a paragraph that
                    # opens on an earlier item's day goes on with that item)
                    events.remove(earlier)
                    events.append(earlier)
            continue
        if toll_update and _toll_of_a_place_untold(fact, current):
            # "12:20 - Gladkov has updated the toll from this morning's attack on Shebekino",
            # in a live page told newest first under an entry on Rylsk: Shebekino's event
            events.append(Event([fact], date or current.date))
            continue
        if toll_update:
            same_date = True  # "by Monday the toll rose to 40" updates the current event
        back = _returned_to(fact, date, events)
        if back is not None:
            # "In Paris, the procession ... was largely good-natured.", after the marches in
            # Marseille and Toulouse: more of the Paris event the lead told
            back.sentences.append(fact)
            events.remove(back)
            events.append(back)
            continue
        scene = (
            (
                _new_scene(fact, current)
                or _arrest_scene(fact, current)
                or _titled_scene(fact, title, current)
            )
            if same_date
            else None
        )
        parts = (
            _crowds_per_place(fact)
            if same_date and len(scene or ()) != 1 and not fact.new_paragraph and paragraphs > 1
            else []
        )
        if (
            same_date
            and not scene
            and title is not None
            and fact.new_paragraph
            and _TIMESTAMP_RE.match(title.text)
            and opens_event(fact)
            and not _names_the_events_places(fact, current)
            and not _TERRITORY_WIDE_RE.search(fact.text)
        ):
            # ("12:15 - Protesters stone UN vehicles in Goma / Hundreds of young people gathered
            # near the MONUSCO base ...", below an entry on drone strikes near Kirotshe): a live
            # page's entry that tells an act is an event of its own
            events.append(Event([fact], date))
            continue
        if len(parts) > 1:
            # "In Cordoba, teachers marched to the legislature, and in Rosario the CGT held a
            # rally": each place's clause is an event there
            for part in parts:
                _place_apart(part, part.places[:1], events)
        elif scene:
            before = events[-1]
            _place_apart(fact, scene, events)
            if (
                date is None
                and events[-1].sentences == [fact]
                and title is not None
                and _TIMESTAMP_RE.match(title.text)
            ):
                # ("13:30 - Tent hit in al-Mawasi / An Israeli strike hit a tent ... at about
                # midday": a live page's entry that names no day is of the page's day, not of
                # the entry before it)
                events[-1].date = None
            if (
                date is None
                and fact.new_paragraph
                and id(fact) in continued
                and events[-1] is not before
                and _APART_RE.match(fact.text)
            ):
                undated_item = events[-1]  # (its day still to come in its paragraph)
        elif same_date and _fought_back(fact, current):
            events.append(Event([fact], date or current.date, scene_of=current))
        elif same_date and (_crowd_after(fact, current) or _told_apart(fact)):
            # (an undated item told apart takes its day from its paragraph when it goes on to
            # give one: "In the same bulletin, Indepaz registered the murder of ... He was shot
            # dead on Sunday morning")
            events.append(Event([fact], date or current.date))
            if date is None and id(fact) in continued:
                undated_item = events[-1]
        elif (
            same_date
            or _repeats_as_claim(fact, current)
            or _recount(fact, date, current)
            or _deaths_told_again(fact, current)
            or _dates_the_lead(fact, date, current)
            or _act_after_the_setting_out(fact, date, current)
        ):
            # ("An Armenian soldier was killed, the ministry said on Monday. ... a conscript was
            # shot dead on Sunday": the same death, now with the day it happened)
            act_day = not same_date and (
                _day_of_the_report(current, date, fact)
                or _act_after_the_setting_out(fact, date, current)
            )
            current.sentences.append(fact)
            if (current.date is None and date is not None) or act_day:
                current.date = date
        elif _statement_day(fact, date) and not _deaths(fact) and not names_a_town(fact):
            # "In a statement read on state television late on Wednesday, the ministry said the
            # patrol was attacked by several hundred terrorists": the act told before, retold
            # on the day of the statement
            current.sentences.append(replace(fact, dates=[]))
        elif (
            date is not None
            and _said_on(fact, date)
            and any(c.is_reference or c.is_additional for c in fact.casualties)
            and not any(p["location"] and not spoken_at(fact, p) for p in fact.places)
        ):
            # "Local officials had initially said seven people died, but prosecutors said on
            # Tuesday that five bodies had been recovered": the toll told before, corrected on
            # the day of speaking ("told journalists on Sunday that eight more corpses had been
            # found": or raised)
            current.sentences.append(replace(fact, dates=[]))
        elif _day_within(current, date, fact):
            # "the army repelled an attack on its camp at Boni this week ... on Tuesday 12 March
            # the FAMa camp at Boni was the target": the lead's act, now with its day
            current.sentences.append(fact)
            current.date = date
        elif _part_of_the_period(current, date, fact):
            # "Police arrested dozens at two universities this week ... At the University of
            # Texas at Austin, state troopers moved onto the South Mall on Wednesday": one of
            # the places and days the lead's period sums up
            events.append(Event([fact], date, split_from=current.split_from or current))
        elif _day_of_the_report(current, date, fact):
            # "The toll ... has risen to 26, leaders said on Wednesday. The assailants struck
            # on Sunday": the day told later is the event's, the first the report's
            current.sentences.append(fact)
            current.date = date
        elif said := next((e for e in events[:-1] if _day_of_the_report(e, date, fact)), None):
            # "Troops have recaptured Marte, a spokesman said Thursday. [The attack before.]
            # ... troops retook Marte on Wednesday": the lead's act, now with its day
            said.sentences.append(fact)
            said.date = date
        elif (
            current.date is None
            and date is not None
            and (RETOLD_BY_RE.search(fact.text) or _reaction_lead(current))
        ) or _reacted_to(current, date):
            # "Gunmen have abducted nine students ... The assailants stormed the hostel on
            # Sunday": the undated lead's act, now with its day (or the act a statement's
            # lead reacts to: "expresses its deep shock at the massacre committed in ...")
            current.sentences.append(fact)
            current.date = date
        elif (
            opens_event(fact, _DATED_CUES)
            # "The latest came on Monday. An Israeli drone fired ...": the day of the next act
            or (date is not None and _THE_LATEST_RE.match(fact.text) is not None)
            or _arrest_elsewhere(fact, current)
            or _arrest_told(fact)
            or _claimed_act(fact)
            or _dated_arrest(fact)
            or _reported_act(fact, date, current)
            # ("The paramilitaries returned to the town on Sunday and looted the main market":
            # a paragraph's looting on a day of its own, after the attack of the day before)
            or (fact.new_paragraph and date is not None and "loot" in fact.cues)
        ):
            if _retold_there(fact, date, current) or _told_the_day_after(fact, date, current):
                # 'State media reported on Tuesday that security forces had attacked "terrorist
                # positions" in Kani township', after a strike on a village there: the other
                # side's account of the event, told on a day of speaking
                current.sentences.append(fact)
            else:
                events.append(Event([fact], date))
        elif current.date is None:
            current.sentences.append(fact)
            current.date = date
    for event in events if tally_day else ():
        if event.date is None and event.sentences[0].idx > tally_day[0]:
            event.date = tally_day[1]
    for title, story in headlines.values():
        # a headline sums up the event its story opens with: context, never its main sentence;
        # its figures ("three terrorists killed") repeat the story's, so count only alone
        # ("... Operacao Escudo, which has left dozens dead since late July": no running total)
        casualties = [replace(c, is_fallback=True) for c in title.casualties if not c.is_cumulative]
        title = replace(title, casualties=casualties)
        home = next(
            (e for e in events if story in e.sentences),
            # (a story told from a sentence no event holds: the event told first)
            split_leads.get(
                id(story), min(events, key=lambda e: e.sentences[0].idx) if events else None
            ),
        )
        if (
            home is not None
            and title.idx == 0
            and _live_page(facts)
            and _LIVE_WORD_RE.search(title.text)
        ):
            # ("DRC: fighting around Sake, protests in Goma - live updates": a live page's
            # title sums up its entries, none of them alone)
            home = None
        if home is not None and title.casualties and (";" in title.text or ", " in title.text):
            # ("Bandits abduct 24 in Zamfara, police kill five in Katsina": a clause each)
            title = replace(title, casualties=_told_here(title, home))
        if home is not None and " as " in title.text:
            title = _first_clause(title, home, events)
        if home is not None:
            home.sentences.append(title)
        else:
            told.insert(0, title)
    if not events and told and paragraphs == 1:
        # a note or brief tells one event even where no sentence opens it; a story of
        # paragraphs in which none does (a verdict, a profile, a fact check) tells no news;
        # its day is the first its sentences give ("Residents said on 6 March 2022 that the
        # cartel had put up checkpoints": the only day told, though a day of speaking opens no
        # event alone)
        events.append(Event(told, next(filter(None, map(_event_date, told)), None)))
    if facts and _GENRE_LABEL_RE.match(facts[0].text):
        # "Analysis: How Tren de Aragua went from a prison gang to a regional brand": what such
        # a piece tells without a day of its own describes the war, its news is dated
        background += [replace(e, is_background=True) for e in events if e.date is None]
        events = [e for e in events if e.date is not None]
    overviews = _settle_overviews(events)
    # in the order the text tells them (each event starts at its first sentence; an overview
    # before the first place it sums up, a running total after its sentence's news)
    found = [e for e in events + background + overviews if e.sentences]
    if len(found) < 2:
        return found  # (most notes: one event, in no order to work out)
    rank = {id(e): 0 for e in overviews} | {id(e): 2 for e in background}
    return sorted(
        found,
        # (the copies of one sentence, one per place, in the order it names the places)
        key=lambda e: (
            e.sentences[0].idx if e.order is None else e.order,
            rank.get(id(e), 1),
            min((p["char_start"] for p in e.sentences[0].places if p["location"]), default=0),
        ),
    )


def _second_act_apart(fact: SentenceFacts, date: dict | None, events: list[Event]) -> bool:
    """The second act of a sentence whose first act an event holds, as an event of its own
    (on the first's day when it names none), told before it: the story goes on with the act
    told first, and later sentences at the second's place or on its day join the second."""
    home = next((e for e in reversed(events) if e.sentences[-1].idx == fact.idx), None)
    if home is None:
        return False
    act = Event([fact], date or home.date, split_from=home.split_from or home)
    events.insert(events.index(home), act)
    return True


# a round-up's item opens with its own dateline, at the head of a line: "IMPHAL: Two farmers
# were injured ...", "BAGHDAD — ..." (where it was filed, no place of the event)
# "11:40 - In Gaza, ...": a live blog's entry, stamped with its time
# ("08:40 WAT - Lagos: ...": any zone's abbreviation, "GMT+3" too)
_TIMESTAMP = (
    r"\d{1,2}[:.]\d{2}(?:[ \t]*(?:[AP]M|(?-i:[A-Z]{2,4})(?:[+-]\d{1,2})?))?[ \t]*[-–—][ \t]"
)
_TIMESTAMP_RE = re.compile(_TIMESTAMP)


def live_entry(event: Event) -> bool:
    """An event a live page's timestamped entry tells ("13:30 - Tent hit in al-Mawasi")."""
    return any(_TIMESTAMP_RE.match(f.text) for f in event.sentences)


def _live_page(facts: list[SentenceFacts]) -> bool:
    """A page of timestamped entries (asked only of the few sentences that need it)."""
    return any(_TIMESTAMP_RE.match(f.text) for f in facts)


def head_names_a_day(facts: list[SentenceFacts]) -> bool:
    """A live page's head, above its first timestamped entry, names a day ("Night of Friday
    4 to Saturday 5 April")."""
    head = takewhile(lambda f: not _TIMESTAMP_RE.match(f.text), facts)
    return any(f.dates for f in head)


# what is only threatened or planned: "the army will intensify operations unless ..."
# ("ambassadors are meeting today to discuss Russia's use of a new missile": talk of an act)
_UNREAL_RE = re.compile(
    r"\b(?:will|would|could|might|unless|(?:plans?|vows?|threatens?)\s+to|"
    r"(?:meet|meeting|met|gather(?:ing|ed)?)\s+(?:[\w'’-]+\s+){0,6}?to\s+discuss)\b"
)
ITEM_DATELINE_RE = re.compile(
    # ("UPDATE (evening): The number of martyrs has risen to 31": the story's own update)
    rf"^[ \t]*(?:{BULLET_MARK})?(?:(?!(?:UPDATED?|CORRECTION)\b)"
    r"(?P<town>[A-Z][A-Z .'’-]{2,30})(?:,[ \t]*[A-Z][a-z]+\.?)?(?:[ \t]+\d{1,2})?"
    rf"(?:[ \t]*\([^()\n]{{2,30}}\))?[ \t]*(?::|[ \t][-–—])[ \t]|{_TIMESTAMP}"
    # "Rennes. The most violent scenes came ...": a run-in heading naming the item's town
    rf"|(?P<heading>{RUN_IN_HEADING})\.[ \t]+(?=[A-Z]))",
    re.MULTILINE,
)
_BRIEF_ACTS = frozenset(EVENT_CUES - {"kill"} | {"loot", "disrupted", "arrest"})


# a statement's reaction to an act it names: "MSF strongly condemns the abduction of ..."
_REACTION_RE = re.compile(
    r"\b(?:condemns|condemned|expresses|expressed|deplores|deplored|denounces|denounced)\b"
)


# "In the western city of Nantes, the day turned more violent.": a place, and no act yet
_SCENE_SETTER_RE = re.compile(r"^(?:In|At)\s+(?:the\s+)?[^,.;]{0,60},\s+[^\d]{0,80}$")


def _scene_setter(fact: SentenceFacts) -> bool:
    """A paragraph that opens at a place of its own with a sentence that tells no act ("In
    the western city of Nantes, the day turned more violent."; "soldiers followed the
    raiders' tracks and caught up with them on Monday afternoon near Nakapelimoru")."""
    return (
        fact.new_paragraph
        and not fact.cues
        and not fact.casualties
        and any(p["location"] and p["admin1"] for p in fact.places)
        and (
            bool(fact.dates)
            or _SCENE_SETTER_RE.match(fact.text) is not None
            # ("19:45 — Several thousand people have filled Republic Square in central
            # Yerevan." then "The rally is peaceful": a blog entry's scene, then its act)
            or _TIMESTAMP_RE.match(fact.text) is not None
        )
    )


def _set_scene_for(fact: SentenceFacts) -> bool:
    """The next sentence of the paragraph tells an act and names no place or day of its own."""
    return (
        not fact.new_paragraph
        and bool(fact.cues)
        # ("11:30 — In Mombasa, the situation is calm. There is no sign of protests")
        and not _nothing_happened(fact.text)
        and not _NO_SIGN_RE.search(fact.text)
        and bool(undenied_cues(fact))
        and not fact.dates
        and not any(p["location"] or p["admin1"] for p in fact.places)
    )


# a timeline's line of a day: "Monday, 14 October", "Tuesday 15 October 2024", "October 17:"
DATE_LINE_RE = re.compile(
    rf"\s*(?:(?:{'|'.join(WEEKDAY_NAMES)}),?\s+)?"
    rf"(?:\d{{1,2}}\s+(?:{'|'.join(MONTH_NAMES)})|(?:{'|'.join(MONTH_NAMES)})\s+\d{{1,2}})"
    r"(?:,?\s+\d{4})?\s*"
    # ("Monday, 10 June - Sagaing": the day and where its items happened)
    r"(?:[:.]|[-–—](?:\s*(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3})?)?\s*",
    re.IGNORECASE,
)
# a round-up item's run-in heading, a line of its own: "WEDNESDAY - Nadjoundi.", "Monday -
# Aguililla."
DAY_HEADING_RE = re.compile(
    rf"(?i:{'|'.join(WEEKDAY_NAMES)})\s*[-–—:]\s*"
    r"(?P<heading>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\.?"
)


def _joined(first: SentenceFacts, second: SentenceFacts) -> SentenceFacts:
    """Two sentences read as one (the gap between them blanked, so offsets hold)."""
    shift = second.start - first.start
    return SentenceFacts(
        idx=first.idx,
        start=first.start,
        end=second.end,
        text=first.text + " " * (second.start - first.start - len(first.text)) + second.text,
        quantities=first.quantities + second.quantities,
        dates=first.dates + second.dates,
        actors=first.actors + second.actors,
        places=first.places + second.places,
        cues={**first.cues, **{cue: pos + shift for cue, pos in second.cues.items()}},
        casualties=first.casualties + second.casualties,
        claimed_by=second.claimed_by or first.claimed_by,
        new_paragraph=True,
    )


def _reaction_lead(event: Event) -> bool:
    """The event is so far one sentence that reacts to the act it names, no deaths told."""
    if len(event.sentences) != 1:
        return False
    lead = event.sentences[0]
    reaction = _REACTION_RE.search(lead.text)
    return (
        reaction is not None
        and not lead.casualties
        and bool(lead.cues)
        and reaction.start() < min(lead.cues.values())
    )


def _reacted_to(event: Event, date: dict | None) -> bool:
    """'The UN High Commissioner on Tuesday condemned last week's attack on civilians in
    Tillaberi ... the killing of dozens of villagers in the Tera department on 17 March': the
    act a statement's lead reacts to, told with its own earlier day."""
    return (
        date is not None
        and event.date is not None
        and date["date_start"] is not None
        and event.date["date_start"] is not None
        and date["date_start"] < event.date["date_start"]
        and _reaction_lead(event)
    )


def _quoted_dispatch(fact: SentenceFacts, date: dict | None, event: Event) -> bool:
    """'"On 21 November 2023, a FAMa unit near Boni detected an improvised explosive device':
    a quoted communique's paragraph that opens with the day of an act of another day is its
    own news, not a witness speaking of the event told before."""
    return (
        fact.new_paragraph
        and date is not None
        and date["char_start"] - fact.start <= 5  # (it opens with its day)
        and event.date is not None
        and date["date_start"] != event.date["date_start"]
        and opens_event(fact, _DATED_CUES)
    )


def _tells_an_act(fact: SentenceFacts) -> bool:
    return bool(fact.casualties) or not _BRIEF_ACTS.isdisjoint(fact.cues)


# "there is no sign of protests in the town centre": the calm of a place, no act
_NO_SIGN_RE = re.compile(
    r"\bno\s+(?:sign|signs|trace|reports?)\s+of\s+(?:any\s+)?(?:protests?|unrest|violence|"
    r"fighting|demonstrations?|clashes)\b",
    re.IGNORECASE,
)
# "KENYA: A quiet week, with no attacks reported in Mandera or Wajir": no act, wherever it names
_NOTHING_HAPPENED_RE = re.compile(
    r"\bno\s+(?:significant\s+|major\s+|new\s+|further\s+)?(?:attacks?|clashes|incidents|"
    r"fighting|violence)\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?reported\b",
    re.IGNORECASE,
)


def _nothing_happened(text: str) -> bool:
    """'no attacks were reported': acts spoken of, none told (every match ends in "reported")."""
    return holds_any(text, _REPORTED) and _NOTHING_HAPPENED_RE.search(text) is not None


_REPORTED = frozenset({"reported"})


_HEADLINE_END = (".", "!", "?", ":")
_QUOTE_ENDS = ('"', "”", "’", "'")


def _ends_a_sentence(line: str) -> bool:
    """A line closed as a sentence is: by a stop, or by a quote that closes one ('... he
    said."'); not a headline's quoted word ('14 assailants "neutralised"')."""
    if line.endswith(_QUOTE_ENDS):
        return line[:-1].rstrip().endswith((*_HEADLINE_END, ","))
    return line.endswith(_HEADLINE_END)


def _headlines(facts: list[SentenceFacts]) -> dict[int, tuple[SentenceFacts, SentenceFacts]]:
    """Title lines ('MSF condemns attack on ambulance in Port-au-Prince', each item's title in a
    round-up) by id, with the first sentence of the story below each: no closing stop, a line
    of its own. A title tells its story's lead event again, undated."""
    titles = {}
    for i, (fact, story) in enumerate(zip(facts, facts[1:], strict=False)):
        if not story.new_paragraph or (
            i and not fact.new_paragraph and not _after_header(facts, i)
        ):
            continue
        title = fact.text.rstrip()
        # ("SOHR: Six regime soldiers killed in ISIS cells attack in Homs desert | Three truffle
        # hunters killed in landmine explosion in Deir Ezzor desert": a title per story)
        if not _ends_a_sentence(title) and all(len(t.split()) <= 24 for t in title.split(" | ")):
            titles[id(fact)] = (fact, story)
        elif i and ENUMERATOR_RE.fullmatch(facts[i - 1].text) and ITEM_TITLE_RE.fullmatch(title):
            titles[id(fact)] = (fact, story)  # "2. Warraq Island: dawn arrests. In the early ..."
    return titles


# a headline's label for a piece that explains rather than reports ("ANALYSIS | In Gojjam, a
# war without a front line", "Explainer: Why ...", "FACT CHECK: Viral video does not show ...")
_GENRE_LABEL_RE = re.compile(
    r"(?:analysis|explainer|fact[- ]?check|feature|opinion|commentary|profile|in depth)"
    r"\s*[:|\u2013\u2014-]\s",
    re.IGNORECASE,
)


# a numbered item's number, a sentence of its own: "2."
ENUMERATOR_RE = re.compile(r"\(?\d{1,2}[.)]")
# a numbered digest item's title, its story then told in the same paragraph (which opens
# after the title): "Warraq Island (Giza): tear gas fired at residents.", "Cairo: cartoonist
# arrested."
ITEM_TITLE_RE = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*\([^()]{1,30}\))?:\s+[^.:;!?]{1,60}\."
)


def _after_header(facts: list[SentenceFacts], i: int) -> bool:
    """'SYRIA CIVIL DEFENCE - PRESS RELEASE, 21 OCTOBER 2023. Three civilians ... killed as
    regime artillery hits market in Ariha': the title after a dated header on its line."""
    header = facts[0]
    return i == 1 and bool(header.dates) and not header.cues and not header.casualties


_SAID_ON_RE = re.compile(
    r"\b(?:said|says|stated|announced|told(?:\s+\w+){0,4}?|reported|confirmed|added"
    # ("As reported by this newspaper on Tuesday, gunmen ... stormed the community on Monday")
    r"|reported\s+by\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+"
    # ("The rebel coalition AFC/M23 claimed on Monday that its fighters had repelled ...")
    r"|claimed"
    # ("The army and the SPLA-IO gave sharply different accounts on Monday of fighting")
    r"|gave\s+(?:[\w-]+\s+){0,3}?(?:accounts?|versions?))"
    # ("told our correspondent on phone on Wednesday")
    r"(?:\s+(?:on|by|over)\s+(?:the\s+)?(?:tele)?phone)?\s+(?:on\s+)?$"
)


def _day_of_the_report(event: Event, date: dict | None, fact: SentenceFacts) -> bool:
    """The event's only day is that of a statement ("leaders said on Wednesday") and the
    sentence, which names no other place and no deaths of its own, tells an earlier day."""
    if date is None or date["date_start"] is None or event.date is None:
        return False
    said = event.date
    # (a witness quoted after the statement adds no day of its own, nor does a sentence that
    # tells nothing: "The first count, given on Tuesday, stood at nine.")
    told = [
        f
        for f in event.sentences
        if not f.text.startswith(_QUOTE_MARKS)
        and (f.cues or f.casualties or f.places or _event_date(f) is not None)
    ]
    if len(told) != 1 or said["date_start"] is None:
        return False
    first = told[0]
    # ("The death toll from a suicide bombing ... rose to 11 on Saturday": a toll's day)
    if not (_said_on(first, said) or any(c.is_toll for c in first.casualties)):
        return False
    told = {p["location"] for p in first.places}
    regions = {p["admin1"] for p in first.places if p["admin1"]}
    if told - {None} and any(
        p["location"]
        and p["location"] not in told
        and not spoken_at(fact, p)
        and not _named_for_whom(fact, p)
        and not (p["admin1"] is None and PART_OF_TOWN_RE.search(p["text"]))
        # ("troops patrolling a road near Tepuche came under fire Wednesday", after "killed
        # six gunmen on the outskirts of Culiacan": a spot in the same region, no deaths)
        # (deaths "initially reported" are no new ones: "officials had initially reported two
        # dead after police moved early Wednesday to clear the blockade near Velille")
        and (_deaths(fact) or p["admin1"] not in regions | {None})
        for p in fact.places
    ):
        return False  # (a place of its own; the statement's place again is the same scene)
    # ("the group said its fighters seized the base on Monday, killing dozens": the same act,
    # now with its day and toll; deaths of another kind of act are news of their own)
    # ('An Armenian soldier was killed, the ministry said Monday. ... a conscript was shot dead
    # on Sunday': the same death, told again with its day)
    same_deaths = bool(_deaths(first)) and sum(c.coded for c in _deaths(fact)) == sum(
        c.coded for c in _deaths(first)
    )
    if _deaths(fact) and not (_acts(fact) & _acts(first)) and not same_deaths:
        return False
    return 0 < (said["date_start"] - date["date_start"]).days <= 7


def _updated_event(fact: SentenceFacts, events: list[Event]) -> Event | None:
    """The latest event at the place a toll update names ('the toll from the strike on the
    Khan Younis tent has risen to 11', told after news from elsewhere)."""
    named = {p["location"] for p in fact.places if p["location"]}
    update = _UPDATE_ON_RE.match(fact.text)
    if update:
        named.add(update.group("name"))
    if not named:
        return None
    return next(
        (
            e
            for e in reversed(events)
            if any(
                # ("a student shot in the Nairobi CBD had died": a part of the event's town)
                p["location"] in named or any(n.startswith(f"{p['location']} ") for n in named)
                for f in e.sentences
                for p in f.places
                if p["location"]
            )
        ),
        None,
    )


def _entry_titled(
    title: SentenceFacts, events: list[Event], entry_titles: dict[int, SentenceFacts]
) -> Event | None:
    """The latest event whose live-page entry was titled with a place this title names."""
    named = {p["location"] for p in title.places if p["location"]}
    return next(
        (
            e
            for e in reversed(events)
            if id(e) in entry_titles
            and named & {p["location"] for p in entry_titles[id(e)].places if p["location"]}
        ),
        None,
    )


def _toll_of_a_place_untold(fact: SentenceFacts, event: Event) -> bool:
    """A paragraph's toll update that names, as where the attack was, only towns the event
    before it never named (no earlier event named them either: see _updated_event)."""
    if not fact.new_paragraph:
        return False
    here = [p for p in _scene_places(fact) if p["admin1"] and not names_division(p)]
    there = {p["location"] for f in event.sentences for p in f.places if p["location"]}
    return bool(here) and bool(there) and not any(p["location"] in there for p in here)


def _told_in_a_later_entry(
    fact: SentenceFacts, date: dict | None, events: list[Event]
) -> Event | None:
    """A live blog told newest first: '17:05 - the toll from this morning's shelling in El
    Obeid has risen to 11' above '12:50 - seven civilians were killed when shells struck El
    Obeid this morning'. The entry of the same day, place and act as one above it reports the
    same event; so does one told in time order ('09:15 - protesters gathered in Nairobi',
    '10:40 - police fired tear gas at protesters in Nairobi'), an entry without a day of its
    own being of the blog's day."""
    if not _TIMESTAMP_RE.match(fact.text):
        return None
    named = {p["location"] for p in fact.places if p["location"]}
    acts = _acts(fact)
    for event in events:
        if date is not None and (
            (event.date is None and not _TODAY_RE.match(date["text"]))
            or (event.date is not None and not _same_night(event.date, date))
        ):
            # (an entry of no day of its own is of the blog's day: "this morning" is too)
            continue
        if not _TIMESTAMP_RE.match(event.sentences[0].text):
            continue
        # (entries of the event, not one that calls for a gathering: "15:05 — the cleric has
        # called on supporters to gather in Yerevan this evening")
        told = [
            f
            for f in event.sentences
            if (f.new_paragraph and not _CALL_TO_GATHER_RE.search(f.text))
            or f is event.sentences[0]
        ]
        told_acts = set().union(*(_acts(f) for f in told))
        if told_acts & _REMOTE_ACTS:
            # ("07:40 – ... loud explosions overnight. Police sources say mortar rounds were
            # fired": the blasts the entry heard are its shelling)
            told_acts |= set().union(*(_acts(f) for f in event.sentences)) & _REMOTE_ACTS
        if named & {p["location"] for f in told for p in f.places} and (
            acts & told_acts
            or _UPDATE_ENTRY_RE.match(fact.text)
            # ("12:30 — 12 people were detained at Kirants", after the blockade there)
            or ("protest_arrest" in fact.cues and "protest" in told_acts)
            # ("12:05 — ... gunshots in Kondele. Witnesses say a man has been shot dead", after
            # the riot there: a death at the riot)
            or (_deaths(fact) and acts <= _SHOOTING_ACTS and not told_acts.isdisjoint(_CROWD_ACTS))
        ):
            return event
    return None


_REMOTE_ACTS = frozenset({"air_strike", "shelling", "ied", "grenade"})


def _told_here(title: SentenceFacts, event: Event) -> list[CasualtyFigure]:
    """A headline's figures, less those of a clause (after ";" or ",") that names another place
    ('Cartel drones wound guardsmen; six killed in Guanajuato bar attack', over a story led by
    the drones in Michoacan): that clause heads another event."""
    named = {
        name for f in event.sentences for p in f.places for name in (p["location"], p["admin1"])
    }
    kept = []
    for c in title.casualties:
        at = c.char_start - title.start
        start = max(title.text.rfind(";", 0, at), title.text.rfind(", ", 0, at)) + 1
        ends = [e for e in (title.text.find(";", at), title.text.find(", ", at)) if e >= 0]
        end = min(ends, default=len(title.text))
        places = [
            p
            for p in title.places
            if start <= p["char_start"] - title.start < end and p["location"]
        ]
        if not places or any(p["location"] in named for p in places):
            kept.append(c)
    return kept


_AS_CLAUSE_RE = re.compile(r"\s+as\s+(?=\S)")


def _first_clause(title: SentenceFacts, home: Event, events: list[Event]) -> SentenceFacts:
    """A headline's clause after "as" that names another event's place ('toll of Ndimo massacre
    climbs to 26 as army reports clash near Luna') heads that event: the story's lead keeps the
    clause before it."""
    m = _AS_CLAUSE_RE.search(title.text)
    if m is None:  # (" as " across a line break only)
        return title
    cut = title.start + m.start()
    later = {p["location"] for p in title.places if p["char_start"] >= cut and p["location"]}
    here = {p["location"] for f in home.sentences for p in f.places}
    elsewhere = {
        p["location"] for e in events if e is not home for f in e.sentences for p in f.places
    }
    if not later or later & here or not later & elsewhere:
        return title
    return replace(
        title,
        text=title.text[: m.start()],
        end=cut,
        quantities=[q for q in title.quantities if q.char_start < cut],
        dates=[d for d in title.dates if d["char_start"] < cut],
        actors=[a for a in title.actors if a["char_start"] < cut],
        places=[p for p in title.places if p["char_start"] < cut],
        cues={cue: at for cue, at in title.cues.items() if at < m.start()},
        casualties=[c for c in title.casualties if c.char_start < cut],
    )


def _same_night(day: dict, told: dict) -> bool:
    """The same day, or the night before it ('the people wounded in Dnipro overnight', told in
    an evening entry about a strike after 2 am)."""
    if day["date_start"] == told["date_start"]:
        return True
    if day["date_start"] is None or told["date_start"] is None:
        return False
    one_day_after = day["date_start"] - told["date_start"] == dt.timedelta(days=1)
    return one_day_after and _NIGHT_RE.search(told["text"]) is not None


_NIGHT_RE = re.compile(r"\b(?:overnight|last\s+night)$", re.IGNORECASE)
_SHOOTING_ACTS = frozenset({"attack", "small_arms", "fire_at"})
_TODAY_RE = re.compile(
    r"(?:today|tonight|overnight|last\s+night|this\s+(?:morning|afternoon|evening))$", re.I
)
# "the cleric has called on supporters to gather in Yerevan this evening": a call, no scene
_CALL_TO_GATHER_RE = re.compile(
    r"\b(?:called|calls|calling|urged|urges)\s+(?:on\s+)?(?:[\w'’-]+\s+){0,3}?to\s+"
    r"(?:gather|march|rally|join|protest|come)\b"
)
# "16:45 WAT - Kano update: ...": an entry that says it updates the place's story
_UPDATE_ENTRY_RE = re.compile(
    # ("17:45 — Update from Kisumu: ...")
    rf"{_TIMESTAMP}[^:\n]{{0,40}}\bupdate(?:\s+(?:from|on)\s+[^:\n]{{1,30}})?\s*:",
    re.IGNORECASE,
)
# "17:20 WAT - Background: The protests were called ...": context, no news
_CONTEXT_LABEL_RE = re.compile(
    r"\s*(?:Background|Context|BACKGROUND|CONTEXT|The\s+background|What\s+came\s+before)\s*"
)
_BACKGROUND_ENTRY_RE = re.compile(
    rf"(?:{_TIMESTAMP})?(?:Some\s+|More\s+|A\s+(?:bit\s+|little\s+)?of\s+)?"
    r"(?:Background|Context|Analysis|Explainer|Recap|Catch\s+up"
    # ("[Editor's note: The attack on Tambul is the latest in a wave of RSF raids ...]")
    r"|\[\s*Editor['’]?s\s+note)\s*:"
    # ("We remind you that since the beginning of August, Russian attacks have killed 19")
    r"|(?:We|Let\s+me|Let\s+us)\s+(?:would\s+like\s+to\s+)?remind\s+you\b",
    re.IGNORECASE,
)

# "5:05pm — That wraps up our live coverage for today. In summary: one picketer killed ...":
# a blog's closing entry sums up the entries below it (newest first) or above it
_WRAP_UP_RE = re.compile(
    rf"(?:{_TIMESTAMP})?(?:(?:That|This|That's|This\s+is)\s+(?:wraps\s+up|all\s+from|the\s+end\s+of)"
    r"\s+(?:our|this|the|today's)\b|(?:In\s+summary|To\s+sum\s+up|Summary)\s*:)",
    re.IGNORECASE,
)


# "The exchange of fire continued intermittently through the night": an act going on
_SEARCH_GOES_ON_RE = re.compile(
    r"(?:A|The)\s+(?:[\w-]+\s+)?(?:search|combing|cordon)(?:[\s-]+and[\s-]+\w+)?\s+"
    r"operations?\b[^.;]{0,80}?\b(?:(?:was|were|is|are)\s+(?:still\s+)?(?:continuing|"
    r"under\s?way|ongoing|in\s+progress)|continued|continues)\b"
)
_GOES_ON_RE = re.compile(
    r"^(?:The|This|That)\s+(?:[\w-]+\s+){0,3}?(?:continued|went\s+on|lasted|raged|persisted)\b"
)


# "On Tuesday he said a 61-year-old man had died of his injuries", "a third soldier succumbed
# to his wounds": a death from harm told already, on whatever day it came
# "14 wounded people from Sake had been admitted overnight, one of whom died on Thursday"
_ONE_OF_THE_WOUNDED_RE = re.compile(
    r"\b(?:wounded|injured)\b[^.;]{0,80}?,\s+(?:one|two|three|four|five)\s+of\s+whom\s+"
    r"(?:later\s+|has\s+|had\s+)?(?:died|succumbed)\b"
)
_DIED_OF_WOUNDS_RE = re.compile(
    r"\b(?:died|dies|succumbed)\s+(?:[\w-]+\s+){0,2}?(?:of|from|to)\s+(?:(?:his|her|their|the)\s+)?"
    r"(?:\w+\s+)?(?:injuries|wounds)\b|"
    # "a girl among the wounded had died in hospital overnight"
    r"\bamong\s+the\s+(?:wounded|injured)\s+(?:had\s+|has\s+|later\s+)*(?:died|succumbed)\b|"
    # "Seven people were injured. One of them, a 41-year-old man, died at ... hospital on
    # Monday": one of the wounded told just before
    r"^One\s+of\s+them(?:,[^,]{1,40},)?\s+(?:later\s+)?(?:died|succumbed)\b|"
    # "Their bodies were found the next day with their hands tied": the dead told before
    r"^(?:Their|His|Her|The)\s+bod(?:y|ies)\s+(?:was|were|had\s+been)\s+"
    r"(?:later\s+)?(?:found|recovered|discovered)\b|"
    # "a resident said 20 people were buried on Tuesday": the dead told before, buried
    r"\b(?:were|was|had\s+been|have\s+been)\s+(?:buried|laid\s+to\s+rest)\b|"
    # "Maria Elena Torres, 58, died Sunday at a hospital in Denver"
    r"\b(?:later\s+)?died\s+(?:(?:on\s+)?\w+day\s+|overnight\s+|later\s+)?(?:at|in)\s+"
    r"(?:a|the)\s+(?:[\w'’-]+\s+){0,2}?hospital\b",
    re.IGNORECASE,
)


def _earlier_act_apart(fact: SentenceFacts, date: dict | None, event: Event) -> bool:
    """'The encounter came two days after ...': the act it came after, on its own earlier day
    and at a place the event does not name."""
    if date is None or event.date is None or not CAME_AFTER_RE.match(fact.text):
        return False
    if not date["date_start"] or not event.date["date_start"]:
        return False
    named = {p["location"] for f in event.sentences for p in f.places}
    return date["date_start"] < event.date["date_start"] and any(
        p["location"] not in named for p in _scene_places(fact)
    )


def _died_of_wounds(fact: SentenceFacts, events: list[Event]) -> bool:
    """A sentence whose only news is someone dying of wounds an earlier act gave (the last
    event told: not one at a place the sentence names)."""
    cues = set(fact.cues)
    if "protest" in cues and holds_any(fact.text, _DIED_OF_WOUNDS_WORDS):
        # ("a third protester, who had been taken to a hospital in Urmia, had died of his
        # injuries": the victim's noun is no act; one shot in a town an event told is that
        # event's, not the last one's)
        named = {p["location"] for e in events for f in e.sentences for p in f.places}
        if not any(
            # ("the Nairobi CBD": a part of the town)
            p["location"]
            and any(p["location"].startswith(f"{n} ") for n in named if n)
            or p["location"] in named
            for p in fact.places
        ):
            cues.discard("protest")
    if not (cues <= {"kill", "attack"} and holds_any(fact.text, _DIED_OF_WOUNDS_WORDS)):
        return False  # (most sentences: a set test on words already split)
    if cues <= {"kill"} and _DIED_OF_WOUNDS_RE.search(fact.text) is not None:
        return True
    if _ONE_OF_THE_WOUNDED_RE.search(fact.text):
        return True  # (the wounded, read as an attack's word, are the same act's)
    # ("A fourth, aged 22, who was shot in the abdomen, died at Thabet Thabet hospital early
    # on Wednesday": the shot told as what he died of)
    return _SHOT_THEN_DIED_RE.search(fact.text) is not None


# every match of _DIED_OF_WOUNDS_RE, _ONE_OF_THE_WOUNDED_RE or _SHOT_THEN_DIED_RE holds one
_DIED_OF_WOUNDS_WORDS = frozenset(
    "died succumbed injuries wounds body bodies buried laid hospital".split()
)


_SHOT_THEN_DIED_RE = re.compile(
    r"\bwho\s+(?:was|had\s+been)\s+(?:shot|wounded|injured|hit)\b[^.;]{0,80}?\s"
    r"(?:later\s+)?(?:died|succumbed)\b"
)


# "12:15 - Update on Tamboul: a medical source has told us that 31 bodies were received":
# news of an event told before, at the place it names
_UPDATE_ON_RE = re.compile(
    r"(?:\d{1,2}[:.]\d{2}\s*[-–—]\s*)?(?:UPDATE|Update)\s+on\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)


def _toll_update(fact: SentenceFacts) -> bool:
    """'By Monday the toll rose to 40', 'a toll of 18 given on Monday rose to 21 after three
    more bodies were found': a sentence of tolls (and the bodies that raised them)."""
    tolls = [c for c in fact.casualties if c.is_toll]
    # ("... has risen to 11 after two wounded children died": the deaths that raised it; so
    # are those before it in "where two men died on Sunday, raising the toll to eight")
    if not tolls:
        return False  # (most sentences)
    raised = _RAISING_TOLL_RE.search(fact.text) is not None
    return all(
        c.is_toll
        or c.is_additional
        or c.is_reference
        or c.char_start > tolls[0].char_end
        # ("Two of the seven people wounded in the shooting died overnight, raising the toll
        # to six": the wounded who died)
        or (raised and c.outcome in ("killed", "wounded"))
        for c in fact.casualties
    )


_RAISING_TOLL_RE = re.compile(
    r",\s+(?:raising|bringing|pushing|taking)\s+(?:the\s+)?(?:death\s+)?"
    r"(?:toll|total|number\s+of\s+dead)\b"
)


def _new_scene(fact: SentenceFacts, event: Event) -> list[dict]:
    """The places of a sentence that reports its own harm somewhere the event, which reports
    harm too, is not ('In Dnipro, a missile killed four ... Three died in the Kharkiv
    region'): ACLED codes one event per place and day. Empty when the sentence zooms in or out
    of the event's place, names it again, a part of a town, another country, or only where
    victims were taken; an event that names no place is split only when both report deaths
    (an overview that the places break down). A sentence that tells another kind of act
    (a protest after a bombing) needs no harm."""
    if not fact.places:
        return []
    if "the scene" in fact.text and _AT_THE_SCENE_RE.search(fact.text):
        return []  # "Daniel Ruiz was killed at the scene in Lincoln Park": the event's scene
    other = _other_act(fact, event)
    harmed = _harmed(fact) and any(_harmed(f) for f in event.sentences)
    further = not (harmed or other) and _further_act(fact, event)
    if not (harmed or other or further):
        return []
    here = [
        p
        for p in _scene_places(fact)
        if (_placed_at(fact, p) and not _part_of_town(fact, p)) or _in_a_towns_part(fact, p)
    ]
    there = _event_scenes(event)
    if {p["location"] for p in fact.places} & {q["location"] for q in there}:
        # ("attacked the town of Tamboul in eastern Al Jazirah State", after Tamboul was told:
        # the division only says where the event's own town lies)
        here = [p for p in here if not names_division(p)]
    # ("in Sirwah", after "hilltop positions in Sirwah district" told the fight there: the
    # place named again, though the event's scenes keep only its towns)
    if not other and any(_names_division_of(p, event) for p in here):
        return []
    # (the countries of named places: 'British warplanes' names no place of the event)
    countries = {p["country"] for f in event.sentences for p in f.places if p["admin1"]}
    # (rockets fired back across the border are news in the other country; so is a paragraph
    # of deaths there: "Hours later, Israeli warplanes struck a house in Aitaroun, killing
    # three people", after Hezbollah's rockets on Kiryat Shmona)
    abroad = fact.new_paragraph and _deaths(fact)
    here = [
        p
        for p in here
        if other or not countries or p["country"] in countries or (abroad and p["admin1"])
    ]
    if not here:
        return []
    # ("attacked a VDP position at Toeni, also in Sourou province": the town, not the
    # province it shares with the event before)
    if any(not _wide(q) for q in there):
        here = [
            p for p in here if not (names_division(p) and _ALSO_IN_RE.search(words_before(fact, p)))
        ] or here
    if there:
        if all(not q["admin1"] for q in there):
            if further and fact.new_paragraph and all(p["admin1"] for p in here):
                # "In Dresden, around 400 people took part in a solidarity rally", after a riot
                # told at Connewitzer Kreuz: another crowd in a known town of its own
                return here
            return []  # places the gazetteer lacks may lie anywhere, around the new one too
        if further and not _harmed(fact) and _lead_act_placed(fact, event, here):
            # ("Gunmen ambushed a patrol in the province of Northern Samar ... The soldiers
            # were checking reports in Las Navas town when they came under fire"): the lead's
            # act again, told where it happened, no act of its own
            return []
        # ("the occupied city of Donetsk": the city, not the region it shares its name with)
        told = Event([fact], None)
        if any(_same_area(p, q, town=_called_town(told, p)) for p in here for q in there):
            # (towns inside an event told by divisions: the parts of an overview)
            if _zooms_in(here, there):
                return here
            lead = min(here, key=itemgetter("char_start"))
            if further and fact.new_paragraph and not any(_same_area(lead, q) for q in there):
                # "Earlier on Monday, thousands blocked the interchange in Belgrade ... one
                # minute for each victim of the collapse at Novi Sad": the scene named first
                return [lead]
            return []
        return here
    if further:
        return []  # (an event placed nowhere: the act may be its own, now placed)
    if (_deaths(fact) and any(_deaths(f) for f in event.sentences)) or other:
        return here
    return []


_ALSO_IN_RE = re.compile(r"\balso\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$")
_AT_THE_SCENE_RE = re.compile(r"\b(?:at|on|from)\s+the\s+scene\b", re.IGNORECASE)


_DIVISION_OF_BEFORE_RE = re.compile(
    r"\b(?:province|region|state|district|county|prefecture|governorate|department)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _lead_act_placed(fact: SentenceFacts, event: Event, here: list[dict]) -> bool:
    """Whether a sentence that tells again an act of the kind the event told (no crowd), with
    no harm of its own, names only towns inside the one division the event's lead named as
    such ('in the central province of Northern Samar'): where the lead's act happened."""
    if not _acts(fact).isdisjoint(_CROWD_ACTS):
        return False
    lead = event.sentences[0]
    divisions = [
        p
        for p in _scene_places(lead)
        if names_division(p) or _DIVISION_OF_BEFORE_RE.search(words_before(lead, p))
    ]
    return (
        len(divisions) == 1
        and len(_scene_places(lead)) == 1
        and all(
            not names_division(p)
            and one_division(p["country"], p["admin1"], divisions[0]["admin1"])
            for p in here
        )
    )


def _names_division_of(place: dict, event: Event) -> bool:
    """Whether the event's sentences name the division the place is called after ('Sirwah
    district' for 'Sirwah')."""
    return any(
        p["location"] == place["location"] and names_division(p)
        for f in event.sentences
        for p in f.places
    )


def _event_scenes(event: Event) -> list[dict]:
    """The event's places; its towns alone when it names any ('Ariha in Idlib province' is
    at Ariha: a later 'Idlib city' is elsewhere, not a zoom into the province)."""
    there = [p for f in event.sentences for p in _scene_places(f, resolved=False)]
    towns = [p for p in there if p["admin1"] and not _wide(p) and not names_division(p)]
    return towns or there


def _arrest_elsewhere(fact: SentenceFacts, event: Event) -> bool:
    """'In the western city of Herat, officers arrested a lecturer on Sunday', after a bombing
    in Kabul on Wednesday: a paragraph's arrest on a day and at a place of its own is news."""
    return bool(_arrest_scene(fact, event))


def _dated_arrest(fact: SentenceFacts) -> bool:
    """'On 22 April, police arrested a financier of the group in Cotabato City': a paragraph's
    arrest on a day of its own, at a named place, is news even where the event before it is
    placed too loosely to compare."""
    return (
        fact.new_paragraph
        and "arrest" in fact.cues
        and _event_date(fact) is not None
        and names_a_town(fact)
    )


# a count across a whole country or territory ("bodies of 61 people were brought to hospitals
# across the territory over the past 24 hours"), no act at a place
_TERRITORY_WIDE_RE = re.compile(
    r"\b(?:across|throughout)\s+the\s+(?:territory|country|strip|enclave|region)\b|\bnationwide\b",
    re.IGNORECASE,
)


# a live page's title calls itself so: "DRC: fighting around Sake - live updates"
_LIVE_WORD_RE = re.compile(r"\b(?:live|LIVE|Live)\b")


def _names_the_events_places(fact: SentenceFacts, event: Event) -> bool:
    """The sentence names a place of the event's (or one of its area)."""
    there = _event_scenes(event)
    return any(_same_area(p, q) for p in _scene_places(fact) for q in there)


def _titled_scene(fact: SentenceFacts, title: SentenceFacts | None, event: Event) -> list[dict]:
    """The places of an act told under a round-up's entry title, away from the event's places
    ("ZAMFARA: 11 killed in Bukkuyum / Armed bandits attacked Bukkuyum town on Saturday", after
    Saturday's arrests in Abuja): an item of its own, whatever the day."""
    if title is None or not fact.new_paragraph or not opens_event(fact):
        return []
    here = _scene_places(fact)
    there = [p for p in _event_scenes(event) if p["admin1"]]
    if not there or any(_same_area(p, q) for p in here for q in there):
        return []
    return here


def _arrest_scene(fact: SentenceFacts, event: Event) -> list[dict]:
    """The places of a paragraph's arrest made away from the event's places (or none)."""
    if not fact.new_paragraph or "arrest" not in fact.cues or not fact.places:
        return []
    if _past_period(fact.text):
        return []  # "several protesters were arrested in Accra last month": context
    here = [p for p in _scene_places(fact) if _placed_at(fact, p)]
    there = [p for p in _event_scenes(event) if p["admin1"]]
    if not there or any(_same_area(p, q) for p in here for q in there):
        return []
    return here


# a past period with no day of its own
_PAST_PERIOD_RE = re.compile(
    r"\b(?:last|the\s+previous|earlier\s+this)\s+(?:month|year)\b|\bin\s+recent\s+"
    r"(?:weeks|months|years)\b",
    re.IGNORECASE,
)
_PAST_PERIOD_WORDS = frozenset({"month", "year", "recent"})  # every match holds one


def _past_period(text: str) -> bool:
    """The text names a past period ("last month", "in recent weeks")."""
    return holds_any(text, _PAST_PERIOD_WORDS) and _PAST_PERIOD_RE.search(text) is not None


def _zooms_in(here: list[dict], there: list[dict]) -> bool:
    """'Across Sagaing and Magway regions ... In Monywa ...': towns alone, inside an event
    that names divisions alone (a place the sentence tells apart from the overview); not the
    town a division is named for ("Ruma upazila" ... "near Ruma")."""
    return (
        all(_wide(q) for q in there)
        and not any(_wide(p) for p in here)
        and not any(p["location"] == q["location"] for p in here for q in there)
    )


def _further_act(fact: SentenceFacts, event: Event) -> bool:
    """'Further north, the rebels also fought ...' in a paragraph of its own, 'In Peshawar,
    protesters threw stones' after protests in Lahore: an act told after an event's act is
    news of its own wherever it is told apart (its place decides). Within a paragraph only a
    crowd after a crowd is (a note's one paragraph tells one incident's course)."""
    acts = _acts(fact)
    if not acts or not (fact.new_paragraph or acts & _CROWD_ACTS) or not opens_event(fact):
        return False
    told = set().union(*(_acts(f) for f in event.sentences))
    return bool(told) and (fact.new_paragraph or not told.isdisjoint(_CROWD_ACTS))


_THE_LATEST_RE = re.compile(
    r"The\s+(?:latest|most\s+recent)(?:\s+(?:attack|strike|incident|raid))?\s+"
    r"(?:came|happened|occurred|was)\b"
)
# the attackers of the event told before, named again
RETOLD_BY_RE = re.compile(
    # ("engaged the fleeing attackers near Kangiwa": the same men, on the run)
    r"\b(?:the|The)\s+(?:(?:fleeing|retreating|escaping|same)\s+)?(?:assailants|attackers|gunmen|"
    r"kidnappers|abductors|raiders|bandits|rustlers)\b"
)
_CROWD_ACTS = frozenset({"protest", "riot", "mob"})


# "Police said on Sunday they had arrested 40 people": speakers who tell their own arrests
ARREST_TOLD_RE = re.compile(
    # ("Police in neighbouring Katsina state said they had arrested")
    r"(?:\s+(?:in|of|from|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
    r"\s*(?:said|say|says|announced)\s+(?:(?:late\s+|early\s+)?on\s+\w+\s+)?(?:that\s+)?"
    r"(?:it|they|officers)\s+had\s+(?:\w+\s+)?(?:arrested|detained)\b"
)


def _arrest_told(fact: SentenceFacts) -> bool:
    """'Police said on Sunday they had arrested 40 people in Dakar', a paragraph after riots
    there on Saturday: arrests announced on a day of their own are news of their own."""
    if not fact.new_paragraph or "arrest" not in fact.cues:
        return False
    return any(ARREST_TOLD_RE.match(m.group(0)) for m in _SAID_RE.finditer(fact.text))


_SAID_RE = re.compile(r"\b(?:said|say|says|announced)\b.{0,60}")


# acts told at a place of their own: "troops blew up houses in X" after a strike in Y, "air
# defences shot down drones over X"
_SCENE_ACTS = frozenset(EVENT_CUES - {"kill"} | {"loot", "disrupted"})


def _crowd_after(fact: SentenceFacts, event: Event) -> bool:
    """'Five were killed in a police raid ... Yesterday afternoon, hundreds of residents
    blocked the avenue and set buses on fire': a crowd's act in a paragraph of its own, after
    an event no crowd took part in, is an event of its own, wherever it happened."""
    acts = [at for cue, at in fact.cues.items() if cue in _CROWD_ACTS]
    crowd = fact.cues.get("crowd")
    if not fact.new_paragraph or fact.casualties or not acts or crowd is None:
        return False
    if crowd > min(acts):  # (the crowd acts: "fighters stormed the village, residents fled")
        return False
    if _FIRED_ON_RE.search(fact.text, max(0, crowd - 20), crowd):
        return False  # ("gunmen opened fire on residents ... and set fire to granaries")
    speech = _SPEECH_RE.search(fact.text, 0, min(acts))  # ("residents said the gunmen ...")
    if speech is not None or ACCORDING_BEFORE_RE.search(fact.text, 0, crowd):
        return False  # ("According to residents who fled, the assailants ...")
    if _ACCORDING_OPENING_RE.match(fact.text):
        # ("According to the ministry's statement, groups of masked supporters attacked police
        # cordons": the source's account of the clashes the lead told)
        return False
    return not any(set(f.cues) & _CROWD_ACTS for f in event.sentences)


# the crowd word is whom the act was aimed at, no crowd that acts
_FIRED_ON_RE = re.compile(r"\b(?:fire|fired|shot|shooting)\s+(?:on|at)\s+$")
_ACCORDING_OPENING_RE = re.compile(r"According\s+to\s+[^,.;]{1,60},\s")


# "The TTP claimed responsibility for the bombing": the act it names, by its cue
_CLAIMED_FOR_RE = re.compile(
    # ("JNIM claimed the attack on Boni in a message on Wednesday")
    r"\bclaimed\s+(?P<resp>(?:responsibility|credit)\s+for\s+)?(?:the|both|[A-Z]\w+'s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<act>bombing|blast|explosion|ambush|attack|raid|kidnapping|abduction)"
)
_CLAIMED_BARE_RE = re.compile(r"\bclaimed\s+responsibility\b(?!\s+for\b)")
_ACT_CUES = {
    "bombing": {"ied", "suicide", "grenade"},
    "blast": {"ied", "suicide", "grenade"},
    "explosion": {"ied", "suicide", "grenade"},
    "ambush": {"attack", "clash"},
    "attack": {"attack"},
    "raid": {"attack"},
    "kidnapping": {"abduct"},
    "abduction": {"abduct"},
}


# "Police blamed the ambush on the TTP", "Residents attribute the abduction to JNIM", "The
# bombing was claimed by X", "X said its fighters carried out the raid": the act it names
_BLAMED_FOR_RE = re.compile(
    r"\b(?:blam(?:e|es|ed|ing)|attribut(?:e|es|ed|ing))\s+(?:the|both|[A-Z]\w+day's)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<blamed>bombing|blast|explosion|ambush|attack|raid|kidnapping|"
    r"abduction)s?\s+(?:on|to)\s"
    r"|\b(?P<claimed>bombing|blast|explosion|ambush|attack|raid|kidnapping|abduction)s?\s+"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:later\s+)?claimed\s+(?:[\w'’-]+\s+){0,3}?by\s"
    r"|\b(?:it|its\s+(?:fighters|men|members|militants))\s+(?:had\s+)?(?:carried\s+out|staged)"
    r"\s+(?:the|both|[A-Z]\w+day's)\s+(?:[\w-]+\s+){0,2}?(?P<own>bombing|blast|explosion|"
    r"ambush|attack|raid|kidnapping|abduction)s?\b"
    # "JNIM said its fighters had planted the device": the blast it set off
    r"|\bits\s+(?:fighters|men|members|militants)\s+(?:had\s+)?(?:planted|laid)\s+the\s+"
    r"(?:[\w-]+\s+)?(?P<device>device|bomb|mine|IED|explosives?)\b"
)
# "The attack was claimed by ...", "This bombing was later claimed": a sentence on the act told
_ACT_CLAIMED_RE = re.compile(
    r"(?:The|This|That)\s+(?:[\w-]+\s+)?(?:attack|ambush|bombing|blast|raid|explosion|"
    r"kidnapping|abduction)s?\s+(?:was|were|has\s+been)\s+(?:later\s+|also\s+)?claimed\b"
)
_BLAMED_FOR_WORDS = ("blam", "ttribut", "claimed by", "carried out", "staged", "planted", "laid")
# the words that tell an act of each kind ("the ambush": the event whose story says "ambushed")
_ACT_WORDS = {
    "bombing": ("bomb", "explo", "blast", "ied"),
    "blast": ("blast", "explo", "bomb", "ied"),
    "explosion": ("explo", "blast", "bomb", "ied"),
    "ambush": ("ambush",),
    "attack": ("attack",),
    "raid": ("raid",),
    "kidnapping": ("kidnap", "abduct"),
    "abduction": ("abduct", "kidnap"),
}
_ACT_DAY_RE = re.compile(rf"\b({'|'.join(WEEKDAY_NAMES)})'s\s")


def _claimed_event(fact: SentenceFacts, events: list[Event]) -> Event | None:
    """'The TTP claimed responsibility for the bombing', 'Police blamed the ambush on the TTP'
    (on whatever day, after whatever later news): the claim belongs to the event it names: at
    the place it names, on the day it names ("Tuesday's attack"), told with its word, else
    the latest whose act it names."""
    if not events:
        return None
    claimed = "claimed" in fact.text
    if not claimed and not fact.new_paragraph:
        return None  # (most sentences: neither a claim nor a paragraph's first)
    found = _CLAIMED_FOR_RE.search(fact.text) if claimed else None
    if (
        found is None
        and claimed
        and fact.new_paragraph
        and _CLAIMED_BARE_RE.search(fact.text)
        and not names_a_town(fact)  # (not "..., as well as for X")
    ):
        # "A resistance group claimed responsibility on Telegram on Sunday": for the act told
        return events[-1]
    if found is not None:
        if not fact.new_paragraph and not found.group("resp"):
            return None  # ("... The IS group claimed the attack.": the paragraph's own act)
        act = found.group("act")
    else:
        if not fact.new_paragraph or not any(map(fact.text.__contains__, _BLAMED_FOR_WORDS)):
            return None  # (a blame in the paragraph of the act: the paragraph's own act)
        blamed = _BLAMED_FOR_RE.search(fact.text)
        if blamed is None:
            return None
        act = (
            blamed.group("blamed")
            or blamed.group("claimed")
            or blamed.group("own")
            or ("explosion" if blamed.group("device") else None)
        )
    cues = _ACT_CUES[act]
    told = [e for e in events if any(cues & set(f.cues) for f in e.sentences)]
    if len(told) < 2:
        return told[-1] if told else None
    # (the one at the place the claim names: "claimed the attack on Boni")
    named = {p["location"] for p in fact.places if p["location"]}
    there = [e for e in told if named & {p["location"] for f in e.sentences for p in f.places}]
    if there:
        return there[-1]
    day = _ACT_DAY_RE.search(fact.text)  # "blamed Tuesday's ambush on": the act of that day
    if day is not None:
        on_day = [
            e
            for e in told
            if e.date is not None
            and e.date["date_start"] is not None
            and WEEKDAY_NAMES[e.date["date_start"].weekday()] == day.group(1)
        ]
        if on_day:
            return on_day[-1]
    words = _ACT_WORDS[act]
    worded = [e for e in told if any(w in f.text.lower() for f in e.sentences for w in words)]
    return (worded or told)[-1]


TOOK_PLACE_RE = re.compile(
    r"(?:The|This|That)\s+(?:attack|assault|ambush|raid|strike|bombing|killing|massacre|"
    r"incident|clash(?:es)?|fighting)\s+"
    # ("The assault on the camp at Boulkessi ... began at dawn on Saturday")
    r"(?:(?:on|at|in|against)\s+[^.;]{1,80}?\s+)?"
    # ("The attack targeted a post on the outskirts of Serai Naurang")
    # ("The attack in Tepalcatepec, in the Tierra Caliente region, lasted around 20 minutes")
    r"(?:took\s+place|happened|occurred|was\s+carried\s+out|began|started|targeted|lasted)\b"
    # ("The patrol, travelling in three pickup trucks, came under fire ... near El Aguaje")
    r"|(?:The|This|That)\s+(?:patrol|convoy|column)\b[^.;]{0,80}?\s(?:came\s+under|was\s+"
    r"(?:attacked|ambushed|hit|targeted))\b"
)


# "Separately, ...", "Across town, ...": the writer says the news that follows is another
_APART_RE = re.compile(
    r"(?:(?:Separately|Elsewhere|Across\s+town|In\s+a\s+separate\s+(?:incident|attack|development)"
    r"|In\s+separate\s+(?:incidents|attacks|operations)"
    r"|In\s+another\s+(?:incident|attack)|(?:On\s+)?[Tt]he\s+same\s+day(?=,)"
    # ("In the same bulletin, Indepaz registered the murder of a social leader in Balboa")
    r"|In\s+the\s+same\s+(?:bulletin|report|statement|update|communiqu[eé]))\b"
    # "Also on Tuesday, government artillery shelled ... Ariha": another act of the same day
    rf"|Also\s+on\s+(?:{'|'.join(WEEKDAY_NAMES)}),)"
)


def _told_apart(fact: SentenceFacts, acts: frozenset[str] | None = None) -> bool:
    """A paragraph that the writer opens as separate news and that tells an act (of one of
    ``acts`` when given)."""
    return (
        fact.new_paragraph
        and _APART_RE.match(fact.text) is not None
        and (
            bool(set(fact.cues) & acts)
            if acts is not None
            else opens_event(fact) or bool(set(fact.cues) & _CROWD_ACTS)
        )
    )


_BOTH_SIDES_RE = re.compile(r"\b(?:both|the\s+two|the\s+warring)\s+(?:sides|parties|factions)\b")
# "both sides had agreed to a ceasefire", "signed a peace deal"
_AGREED_RE = re.compile(
    r"\b(?:agreed\s+(?:on|to)|signed|reached|struck)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:ceasefire|cease-fire|truce|agreement|deal|accord)\b"
)


def _agreement_reached(fact: SentenceFacts, date: dict | None, event: Event) -> bool:
    """'On Thursday afternoon, elders announced that both sides had agreed to a ceasefire': a
    paragraph that tells an agreement reached on a day after the fighting is news of its own."""
    return (
        fact.new_paragraph
        and date is not None
        and event.date is not None
        and date["date_start"] != event.date["date_start"]
        and "agreement" in fact.cues
        and not fact.casualties
        and _AGREED_RE.search(fact.text) is not None
    )


# the non-violent developments a paragraph told apart may be about
_STRATEGIC_ACTS = frozenset({"change_group", "agreement", "hq", "nonviolent_transfer", "loot"})


def _fought_back(fact: SentenceFacts, event: Event) -> bool:
    """'Gang members killed nearly 40 people ... Police said about 15 gang members were killed
    when officers launched a counteroffensive': forces fighting the attackers after an attack
    on civilians, told in a paragraph of its own, are an event of their own (another pair of
    sides), at the same place and on the same day."""
    if not fact.new_paragraph or "clash" not in fact.cues:
        return False
    if any("clash" in f.cues for f in event.sentences):
        return False
    theirs = {k for f in event.sentences for k in _victim_kinds(f)}
    # ("MONUSCO peacekeepers intervened and exchanged fire with the attackers. One assailant
    # was killed in the exchange": forces who came to the scene; the fight's dead may follow)
    ours = _victim_kinds(fact)
    came = (
        not fact.casualties
        and "intervention" in fact.cues
        # (not "Residents had repelled earlier incursions with the help of the police")
        and not _HAD_DONE_RE.search(window_after(fact.text, 0, fact.cues["clash"] + 20))
    )
    # (a toll that names no victims, "bringing the number of dead to 16", is theirs too)
    return (ours == {"armed"} or came) and theirs - {"unknown"} == {"civilian"}


_HAD_DONE_RE = re.compile(r"\bhad\s+(?:\w+ly\s+)?\w+ed\b")


def _victim_kinds(fact: SentenceFacts) -> set[str]:
    """'armed', 'civilian' or 'unknown' for each of the sentence's dead."""
    return {
        victim_kind(figure.victim) or "unknown"
        for figure in fact.casualties
        if figure.outcome == "killed" and not figure.is_subset
    }


def _acts(fact: SentenceFacts) -> set[str]:
    """The kinds of act a sentence tells (deaths are an outcome, not an act)."""
    return {cue for cue in fact.cues if cue in _SCENE_ACTS}


def _other_act(fact: SentenceFacts, event: Event) -> bool:
    """'In the southern city of Nasiriyah, hundreds protested' after a bombing: a paragraph
    that opens with an act of another kind than any the event tells is news of its own (its
    place decides whether it is elsewhere), harmed or not."""
    if not (fact.new_paragraph or _after_a_bridge(fact, event)):
        return False  # (within a paragraph, another act is the same incident's course)
    acts = _acts(fact)
    if not acts or not (opens_event(fact, _SCENE_ACTS) or tells_own_act(fact.text)):
        return False
    told = set().union(*(_acts(f) for f in event.sentences))
    return bool(told) and told.isdisjoint(acts)


def _after_a_bridge(fact: SentenceFacts, event: Event) -> bool:
    """'The swap came on a day of heavy fighting in the east. In Kupiansk, Russian shelling
    killed a man': a paragraph's opening that names no place, day or victim only leads in to
    the sentence after it, which opens the paragraph's news."""
    bridge = event.sentences[-1]
    return (
        bridge.idx == fact.idx - 1
        and bridge.new_paragraph
        and not (bridge.places or bridge.dates or bridge.casualties or bridge.quantities)
    )


# "Hezbollah said it had fired rockets at ...", "police said a tactical team working with
# vigilantes had on Monday tracked ...": a party's claim of its own act, not speech
_CLAIMED_ACT_RE = re.compile(
    # ("said on its propaganda channels that", "said in a statement that")
    # ("said in a statement on Tuesday that its guerrillas had staged the ambush")
    r"\b(?:said|says|claimed|stated|announced)\s+(?:(?:on|in)\s+(?:[\w'’-]+\s+){1,3}?){0,2}"
    r"(?:that\s+)?"
    r"(?:(?:it|they)\s+|(?:its|their|his)\s+(?:[\w-]+\s+){1,2}?|"
    r"(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,3}?(?:teams?|units?|patrols?|squads?|troops|soldiers|"
    r"forces|personnel|aircraft|jets|planes|drones)"
    r"\s+(?:[\w-]+\s+){0,4}?)had\s+(?:on\s+\w+\s+)?[\"“]?"
    r"(?:\w+ed|\w+en|overrun|shot|hit|struck|fought|won|come\s+under)\b"
    # "the Kalay People's Defence Force said its fighters ambushed a military column"
    r"|\b(?:said|says|claimed|stated|announced)\s+(?:(?:on|in)\s+(?:[\w'’-]+\s+){1,3}?)?"
    r"(?:that\s+)?(?:(?:its|their)\s+"
    r"(?:[\w-]+\s+)?(?:fighters|forces|troops|members|men|units?)|troops|soldiers)\s+[\"“]?"
    r"(?:ambushed|attacked|killed|captured|neutrali[sz]ed|"
    # ("the army's Third Division said troops clashed with members of the Carlos Patino front")
    r"seized|overran|stormed|raided|shot\s+down|destroyed|repelled|clashed|detonated|"
    r"blew\s+up|set\s+off)\b"
    # "Islamic State claimed on its channels to have killed 20 soldiers"
    r"|\bclaimed\s+(?:(?:on|in|through|via)\s+(?:[\w'’-]+\s+){1,3}?)?to\s+have\s+"
    r"(?:killed|destroyed|captured|seized|attacked|ambushed|overrun|taken)\b"
    # "the U.S. Africa Command said it carried out an airstrike on Monday"
    r"|\b(?:said|says|announced|stated)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+"
    r"(?:had\s+)?(?:carried\s+out|conducted|launched)\s+(?:an?\s+|two\s+|several\s+)?"
    r"(?:[\w-]+\s+)?(?:air\s*strikes?|airstrikes?|strikes?|raids?)\b"
)
_CLAIMED_ACT_WORDS = whole_first_words(_CLAIMED_ACT_RE)  # (lowercase: a superset)


def _claimed_act(fact: SentenceFacts) -> bool:
    """'The army said it had repelled an RSF attack on Babanusa on Wednesday': a party telling
    its own act on a day of its own reports an event, though it opens with speech."""
    return bool(_acts(fact)) and tells_own_act(fact.text)


# "officials said Israeli settlers raided the village of Turmus Ayya on Sunday night"
_REPORTED_ACT_RE = re.compile(
    r"\b(?:said|says|say|reported|told\s+\w+)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,5}?"
    r"(?:raided|attacked|stormed|killed|shot|shelled|bombed|abducted|kidnapped|torched|"
    # ("The army said air force drones on Wednesday struck a group of fighters")
    r"ambushed|burned|burnt|clashed|fought|engaged|pursued|repelled|struck|hit|targeted)\s"
)


def _told_the_day_after(fact: SentenceFacts, date: dict | None, event: Event) -> bool:
    """'In the early hours of Wednesday, the ECU 911 emergency service said it had received
    dozens of calls about robberies', after looting overnight on Tuesday: the event's course,
    told on a later day of speaking at no place of its own."""
    if date is None or event.date is None or date["date_start"] <= event.date["date_start"]:
        return False
    return not names_a_town(fact) and _said_on(fact, date)


def _retold_there(fact: SentenceFacts, date: dict | None, event: Event) -> bool:
    """A sentence dated only by its day of speaking ('reported on Tuesday that ...'), with
    no deaths of its own, at places the event's sentences named already."""
    if date is None or fact.casualties or not fact.places or "arrest" in fact.cues:
        return False  # ("Police said on Saturday they had arrested 25 people in Kano": news)
    # ("military-controlled media on Tuesday reported that security forces had ...")
    if not _said_on(fact, date):
        return False
    return all(_named_in(event, p) for p in fact.places)


def _named_in(event: Event, place: dict) -> bool:
    """Whether the event's sentences name the place already (by its name in their text)."""
    return bool(place["location"]) and place["location"] in " ".join(
        f.text for f in event.sentences
    )


def _reported_act(fact: SentenceFacts, date: dict | None, event: Event) -> bool:
    """A source telling of another party's act, on a day of its own at a place of its own
    (not one the event's sentences named: 'State media reported that security forces had
    attacked "terrorist positions" in Kani township', after a strike on a village there)."""
    return (
        date is not None
        and (
            any(p["location"] and not _named_in(event, p) for p in fact.places)
            # ("An army spokesman said soldiers engaged them near Ntandi on Tuesday", after
            # Monday's raid on Ntandi: a day of its own)
            or (
                event.date is not None
                and event.date["date_start"] is not None
                and date["date_start"] is not None
                and date["date_start"] > event.date["date_start"]
                and not _said_on(fact, date)
            )
        )
        and _REPORTED_ACT_RE.search(fact.text) is not None
    )


def tells_own_act(sentence: str) -> bool:
    """'The Arakan Army said it had captured the base', 'a Fano spokesman said its fighters
    had overrun army positions': the party that speaks tells what it did."""
    return holds_any(sentence, _CLAIMED_ACT_WORDS) and _CLAIMED_ACT_RE.search(sentence) is not None


# "killed in the town of X", "near X", "In the central city of X": where it happened
_LOCATIVE_RE = re.compile(
    r"\b(?:in|at|near|over|outside|around|inside|outskirts|edges?\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?$|"
    # "attacked the police sub-station of Delmas": the post that was hit names its place
    r"\b(?:station|sub-?station|post|outpost|base|camp|checkpoint|barracks|market)\s+of\s+$|"
    # "Demonstrators also took to the streets of Khash"
    r"\bstreets\s+of\s+$|"
    # "Drones also struck Kharkiv's Kyivskyi district": the place a strike hit
    r"\b(?:struck|hit|pounded|shelled|bombed|bombarded)\s+$",
    re.IGNORECASE,
)
# a part of a town the gazetteer lacks, named with its kind: "the Striesen neighbourhood",
# "the Montes de San Bartolo sector", "Complexo da Mare"
PART_OF_TOWN_RE = re.compile(
    r"\b(?:neighbou?rhood|quarter|township|suburb|estate|slum|sector|Complexo|favela)\b",
    re.IGNORECASE,
)
_TOWN_PART_RE = re.compile(
    r"^\s*(?:neighbou?rhoods?|quarters?|suburbs?|micro-?districts?|estates?|compounds?)\b",
    re.IGNORECASE,
)


# "the shelling of the city's Dniprovskyi district": a part of the town told before
_TOWNS_OWN_RE = re.compile(r"\bthe\s+(?:city|town|village|capital)['’]s\s+$", re.IGNORECASE)


def _placed_at(fact: SentenceFacts, place: dict) -> bool:
    """The sentence sets its act at the place: 'in X', 'near X', and each name on a list
    after one ('Marches in Marseille, Lyon and Toulouse')."""
    if _LOCATIVE_RE.search(words_before(fact, place)):
        return True
    return _LISTED_AFTER_RE.search(words_before(fact, place, 160)) is not None


# a locative, then names of a list before the place: "in Marseille, Lyon and "
_LISTED_AFTER_RE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s+|,?\s+(?:and|or)\s+))+$"
)


_OWNER_TOWN_RE = re.compile(r"(?<![\w-])(?P<town>[A-Z][\w'’-]+)['’]s\s+$")


def _in_a_towns_part(fact: SentenceFacts, place: dict) -> bool:
    """'Drones also struck Kharkiv's Kyivskyi district': a part of the town the sentence names
    (and the place reads as), where the act is."""
    owner = _OWNER_TOWN_RE.search(words_before(fact, place))
    if owner is None or owner["town"] != place["location"]:
        return False
    end = place["char_start"] - fact.start - len(owner.group(0))
    return _LOCATIVE_RE.search(window_before(fact.text, end, 40)) is not None


def _part_of_town(fact: SentenceFacts, place: dict) -> bool:
    """'the Aruana neighbourhood', 'the city's Dniprovskyi district': a part of the town the
    event is in, read as a namesake."""
    after = window_after(fact.text, place["char_end"] - fact.start, 20)
    return (
        _TOWN_PART_RE.search(after) is not None
        or _TOWN_PART_RE.search(" " + place_head(place).rsplit(" ", 1)[-1]) is not None
        or _TOWNS_OWN_RE.search(words_before(fact, place, 20)) is not None
    )


def _harmed(fact: SentenceFacts) -> bool:
    """Whether the sentence reports its own dead or wounded (not a part of another figure)."""
    return any(c.outcome in ("killed", "wounded") and not c.is_subset for c in fact.casualties)


def _place_apart(fact: SentenceFacts, scene: list[dict], events: list[Event]) -> None:
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
    if len(scene) == 1 and fact.new_paragraph:
        # (the event's own places named again in a clause are not this one's: "... one minute
        # for each victim of the collapse at Novi Sad")
        there = _event_scenes(current)
        fact = replace(
            fact,
            places=[
                p
                for p in fact.places
                if p is scene[0] or not p["location"] or not any(_same_area(p, q) for q in there)
            ],
        )
    told = Event([fact], None)
    home = next(
        (
            e
            for e in events
            if (e is root or e.split_from is root)
            and any(
                _same_area(p, q, town=_called_town(told, p))
                and not (e is root and _zooms_in([p], [q]))
                for q in _event_scenes(e)
                for p in scene
            )
        ),
        None,
    )
    if home is None and _event_date(fact) is None:
        # "The drones hit a fuel depot in El Obeid", told after the news from Nyala: an undated
        # detail of an earlier event at that place
        home = next(
            (
                e
                for e in events[:-1]
                # (not an overview the places break down, nor one of its parts)
                if e.split_from is None
                and not any(x.split_from is e for x in events)
                and any(
                    _same_area(p, q, town=_called_town(told, p))
                    for q in _event_scenes(e)
                    for p in scene
                )
            ),
            None,
        )
    if home is None:
        events.append(Event([fact], _event_date(fact) or current.date, split_from=root))
        return
    home.sentences.append(fact)
    events.remove(home)
    events.append(home)  # (events are put back in text order at the end)


def _per_place(fact: SentenceFacts, scene: list[dict]) -> list[tuple[SentenceFacts, dict]]:
    """The sentence once per place of ``scene`` (places of one area once), each copy naming
    its place alone and holding the figures told before it (after the one before it); the
    last copy keeps the sentence's tail. 'and a third in X', 'and six in X' count there."""
    places: list[dict] = []
    for place in sorted(scene, key=itemgetter("char_start")):
        same = next(
            (i for i, q in enumerate(places) if _same_area(place, q) or _one_territory(place, q)),
            None,
        )
        if same is None:
            places.append(place)
        elif (_wide(places[same]) or names_second_level(places[same])) and not _wide(place):
            # "In the Kharkiv region, Russian forces attacked positions near Zahryzove": the
            # village inside the region named first
            places[same] = place
    others = [p for p in fact.places if not p["location"]]
    out: list[tuple[SentenceFacts, dict]] = []
    low = fact.start
    for i, place in enumerate(places):
        high = place["char_end"] if i + 1 < len(places) else fact.end + 1
        told = [c for c in fact.casualties if low <= c.char_start < high]
        if not told and i:
            told = _elided_deaths(fact, low, place, out[-1][0].casualties)
        out.append((replace(fact, places=[place, *others], casualties=told), place))
        low = place["char_end"]
    return out


def _returned_to(fact: SentenceFacts, date: dict | None, events: list[Event]) -> Event | None:
    """The earlier event of the story a paragraph that tells no act of its own goes back to:
    it is set at that event's town alone ('The scenes in Nantes were the most serious of the
    day.'), on its day or none."""
    if not fact.new_paragraph or len(events) < 2 or _acts(fact):
        return None
    places = [p for p in _scene_places(fact) if _placed_at(fact, p)]
    if len(places) != 1 or any(
        q["location"] == places[0]["location"] for q in _event_scenes(events[-1])
    ):
        return None
    return next(
        (
            e
            for e in reversed(events[:-1])
            if not e.is_background
            and (date is None or (e.date and e.date["date_start"] == date["date_start"]))
            and any(q["location"] == places[0]["location"] for q in _event_scenes(e))
        ),
        None,
    )


def _crowds_per_place(fact: SentenceFacts) -> list[SentenceFacts]:
    """A sentence of a story (its lead, or one inside a paragraph) that tells crowds at several
    places ('Marches in Philadelphia, Chicago and Atlanta passed off peacefully', 'clashes in
    Milan, peaceful processions in Rome and Naples'), once per place: ACLED codes a protest at
    each. Each copy holds the clause that tells its place (places listed together share
    theirs) and names its place alone."""
    if not (_acts(fact) & _CROWD_ACTS):
        return [fact]
    places: list[dict] = []
    for place in sorted(_scene_places(fact), key=itemgetter("char_start")):
        # (a town that shares its province's name is the town here: "In Cordoba, teachers
        # marched ...")
        if _placed_at(fact, place) and not names_division(place):
            if not any(_same_area(place, q) or _one_territory(place, q) for q in places):
                places.append(place)
    places = [p for p in places if not CAUSE_PLACE_RE.search(words_before(fact, p, 60))]
    if len(places) < 2:
        return [fact]
    groups: list[list[dict]] = [[places[0]]]
    for place in places[1:]:
        gap = fact.text[groups[-1][-1]["char_end"] - fact.start : place["char_start"] - fact.start]
        if _LIST_GAP_RE.fullmatch(gap):
            groups[-1].append(place)
        else:
            groups.append([place])
    cuts = [fact.start]
    for group, after in zip(groups, groups[1:], strict=False):
        end, nxt = group[-1]["char_end"], after[0]["char_start"]
        gap = fact.text[end - fact.start : nxt - fact.start]
        breaks = list(_CLAUSE_BREAK_RE.finditer(gap))
        cuts.append(end + breaks[-1].start() if breaks else end)
    cuts.append(fact.end)
    others = [p for p in fact.places if not p["location"]]
    # (every clause is part of the sentence's day of crowds: 'Clashes outside the port of
    # Genoa' are the protesters', whom the next paragraph describes)
    crowds = {cue: len(fact.text) for cue in fact.cues if cue in _CROWD_ACTS or cue == "crowd"}
    # the sentence's closing clause tells every place's occasion: "Police detained dozens in
    # Lahore and fired tear gas in Karachi on Saturday, as the party held countrywide protests"
    # (each place's text then runs on to the sentence's end, so that it stays a quote)
    last = groups[-1][-1]["char_end"] - fact.start
    shared = _SHARED_TAIL_RE.search(fact.text, last) is not None
    out: list[SentenceFacts] = []
    for group, low, high in zip(groups, cuts, cuts[1:], strict=False):
        told = [c for c in fact.casualties if low <= c.char_start < high]
        cues = find_cues(fact.text[low - fact.start : high - fact.start])
        if out and not told and not cues.keys() & _CLAUSE_ACTS:
            # (", timed to coincide with the military parade in Washington": no act there)
            continue
        # (not a clause that tells deaths: its own words type them)
        end = fact.end if shared and not told else high
        text = fact.text[low - fact.start : end - fact.start]
        if end != high:
            cues = find_cues(text)
        for n, place in enumerate(group):
            out.append(
                replace(
                    fact,
                    start=low,
                    end=end,
                    text=text,
                    quantities=[q for q in fact.quantities if low <= q.char_start < high],
                    dates=[d for d in fact.dates if low <= d["char_start"] < high],
                    actors=[a for a in fact.actors if low <= a["char_start"] < high],
                    places=[place, *others],
                    cues=crowds | cues,
                    # (deaths told of a list of places are counted once, at the first)
                    casualties=told if n == 0 else [],
                )
            )
    return out


# a place the crowd speaks for, no scene: "in solidarity with Palestinians in Gaza", "in
# support of Gaza", "against the war in Ukraine", "to condemn atrocities committed in Irpin"
# (event_places reads it too)
CAUSE_PLACE_RE = re.compile(
    r"\b(?:solidarity|support|sympathy)\s+(?:with|for|of)\s+(?:(?:[\w'’-]+\s+){0,4}?(?:in|of)\s+)?"
    r"(?:the\s+)?$|\b(?:war|conflict|genocide|occupation|offensive|siege|bombing|bombardment|"
    r"killings?|violence|atrocities|crimes|massacres?)\s+(?:committed\s+)?"
    r"(?:in|on|of|against)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# what a clause must tell to be an event of its own place ("police fired tear gas in Abuja")
_CLAUSE_ACTS = _SCENE_ACTS | {"intervention", "arrest", "protest_arrest"}
# a closing clause on the occasion of all the acts before it
_SHARED_TAIL_RE = re.compile(r",\s+(?:as|amid|during)\s")
# what separates the names of a list: ", ", " and ", ", or "
_LIST_GAP_RE = re.compile(r",\s+|,?\s+(?:and|or)\s+")
# where the clause about one place ends and the next begins
_CLAUSE_BREAK_RE = re.compile(r"[,;:]\s+|\s+(?:and|but|while|whereas)\s+|\s+[-–—]\s+")


def names_second_level(place: dict) -> bool:
    """'Djugu territory', 'Bankass cercle': a second-level division, which ACLED names as the
    location where no town inside it is told (so it is no whole division), yet the towns it
    holds are its own."""
    return _SECOND_LEVEL_KIND_RE.search(place_head(place)) is not None


# kinds of second-level division that are never ACLED's admin1
_SECOND_LEVEL_KIND_RE = re.compile(
    r"\s(?:territory|circle|cercle|lga|local government area)(?:\s+of\s+[\w\s'’-]+)?$",
    re.IGNORECASE,
)


def _one_territory(place: dict, other: dict) -> bool:
    """'near Fataki in Djugu territory': a town and the division it lies in, one scene."""
    return (
        place["country"] == other["country"]
        and place["admin1"] == other["admin1"]
        and (names_second_level(place) or names_second_level(other))
    )


# "two died in Jimma and a third in Shashemene", "eight in Bokkos and six in Mangu"
_ELIDED_RE = re.compile(
    r"^,?\s+and\s+(?:(?P<one>a(?:nother)?\s+(?:second|third|fourth|fifth|sixth)|another|one)|"
    r"(?P<n>\d+|[a-z]+))\s+(?:more\s+|others?\s+)?(?:in|at|near)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)


def _elided_deaths(
    fact: SentenceFacts, low: int, place: dict, before: list[CasualtyFigure]
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


def _deaths(fact: SentenceFacts) -> list[CasualtyFigure]:
    return [c for c in fact.casualties if c.outcome == "killed" and not c.is_subset]


def _scene_places(fact: SentenceFacts, resolved: bool = True) -> list[dict]:
    """Named places where the sentence's events happen: towns and divisions (resolved by the
    gazetteer unless ``resolved`` is False), not the hospital a victim was taken to."""
    return [
        p
        for p in fact.places
        if p["location"]
        and (p["admin1"] or not resolved)
        and not aftermath_place(fact, p)
        and not _OFFICIAL_AFTER_RE.match(fact.text, p["char_end"] - fact.start)
        and not (holds_any(fact.text, _TITLE_OR_BACKER_WORDS) and _named_for_whom(fact, p))
        and not _where_the_speaker_sits(fact, p)
    ]


# "A source at the 5th Military Region in Bamenda told this paper that four fighters were
# killed": where the speaker sits, no scene (not "officials in Donetsk said shelling killed one
# person": they speak of their own city)
_SPEAKER_AT_BEFORE_RE = re.compile(
    r"\b(?:source|sources|official|officials|spokesman|spokesperson|officer|doctor|doctors)\s+"
    r"(?:at|with)\s+(?:the\s+)?[^,.;:]{1,50}?\s+in\s+$",
    re.IGNORECASE,
)
_SPEAKS_AFTER_RE = re.compile(r"\s+(?:told|said|says)\b")


def _where_the_speaker_sits(fact: SentenceFacts, place: dict) -> bool:
    return bool(
        _SPEAKS_AFTER_RE.match(fact.text, place["char_end"] - fact.start)
        and _SPEAKER_AT_BEFORE_RE.search(words_before(fact, place, 80))
    )


def _named_for_whom(fact: SentenceFacts, place: dict) -> bool:
    """'the sub-prefect of Mokolo', 'factions supported by Ankara': a place that names a post
    or a government, no scene."""
    before = words_before(fact, place)
    return bool(_OFFICIAL_OF_BEFORE_RE.search(before) or _BACKED_BY_BEFORE_RE.search(before))


# "Donetsk regional governor Vadym Filashkin reported three deaths": an official's title
_OFFICIAL_AFTER_RE = re.compile(
    r"\s+(?:(?:regional|provincial|state|district|city|county|military)\s+)?"
    r"(?:governor|mayor|police\s+chief|administrator)\b",
    re.IGNORECASE,
)


# "an umbrella of factions supported by Ankara": a capital that stands for its government
_BACKED_BY_BEFORE_RE = re.compile(
    r"\b(?:backed|supported|funded|armed|sponsored)\s+by\s+(?:the\s+)?$|\ballied\s+(?:to|with)\s+$",
    re.IGNORECASE,
)
# "the sub-prefect of Mokolo said": an official's post, no scene
_OFFICIAL_OF_BEFORE_RE = re.compile(
    r"\b(?:sub-?prefect|prefect|governor|mayor|administrator|commissioner|chief)\s+"
    r"(?:of|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# every sentence where a place names an official's post or a backer holds one of these words
# (from the patterns themselves: a copy of their words lacked "subprefect")
_TITLE_OR_BACKER_WORDS = whole_first_words(_OFFICIAL_OF_BEFORE_RE) | whole_first_words(
    _BACKED_BY_BEFORE_RE
)


# "In a statement issued in Maiduguri, the army said troops retook Marte": where a party
# spoke, not where it acted
_SPOKEN_AT_RE = re.compile(
    r"\b(?:(?:statement|communiqu[ée]|press\s+release|(?:news|press)\s+conference|briefing)"
    r"\s+(?:issued\s+|released\s+|held\s+|given\s+)?|"
    r"told\s+(?:reporters|journalists|the\s+press|a\s+(?:news|press)\s+conference)\s+|"
    r"speaking\s+)"
    r"(?:in|at|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# every match of _SPOKEN_AT_RE holds one of these words (a set test spares most sentences it)
_SPOKEN_AT_WORDS = frozenset(
    "statement communique communiqué release conference briefing reporters journalists press "
    "speaking".split()
)


def spoken_at(fact: SentenceFacts, place: dict) -> bool:
    """'a statement issued in X', 'told reporters in X', 'a security source in X told this
    paper': where someone spoke."""
    if (
        holds_any(fact.text, _SPOKEN_AT_WORDS)
        and _SPOKEN_AT_RE.search(words_before(fact, place)) is not None
    ):
        return True
    end = place["char_end"] - fact.start
    if _SAYS_AFTER_RE.match(fact.text, end) is not None:  # (a match at one spot is cheap)
        return _SOURCE_IN_RE.search(words_before(fact, place)) is not None or _government_says(
            fact, place
        )
    return _STANCE_AFTER_RE.match(fact.text, end) is not None and _government_says(fact, place)


def _government_says(fact: SentenceFacts, place: dict) -> bool:
    """'Baku said one of its soldiers was wounded', 'Yerevan rejected that account': a capital
    that speaks as the subject of its sentence or clause is its government, not a scene."""
    before = words_before(fact, place).rstrip()
    return (not before or before.endswith((",", " but", " while", " and"))) and (
        is_national_capital(place["country"], place["location"])
    )


# "A security source in Bamenda, however, told this paper that one soldier died": the
# source's town, named between the source and its speech verb
_SOURCE_IN_RE = re.compile(
    r"\b(?:source|sources|official|officials|spokesman|spokesperson|commander|correspondent)"
    r"\s+(?:based\s+)?in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SAYS_AFTER_RE = re.compile(
    r"(?:,\s*(?:however|meanwhile|though),)?\s+(?:told|said|says|added|confirmed)\b"
)
_STANCE_AFTER_RE = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:denied|denies|rejected|rejects|accused|accuses|claimed|claims|"
    r"blamed|blames|dismissed|insisted|insists|responded|announced|warned)\b"
)


def aftermath_place(fact: SentenceFacts, place: dict) -> bool:
    """'died in hospital in X', 'were taken to X', 'died at the X General Hospital': where
    victims went, not the scene."""
    if not holds_any(fact.text, _AFTERMATH_WORDS):
        return False  # (most sentences: a set test on words already split, for every place)
    before = words_before(fact, place, 80)
    if not holds_any(before, _AFTERMATH_WORDS):
        return False
    if _aftermath_re().search(before) is not None:
        return True
    # ("a sixth victim died early on Sunday at the Monte Sinai General Hospital": the
    # hospital's own name)
    end = place["char_end"] - fact.start
    return bool(_AT_THE_END_RE.search(before)) and names_a_care_place(fact.text, end)


_AT_THE_END_RE = re.compile(r"\b(?:at|to|in)\s+(?:the\s+)?$", re.IGNORECASE)


_AFTERMATH_VERBS = (
    r"\b(?:taken|rushed|brought|evacuated|transferred|shifted|referred|airlifted|flown|admitted|"
    r"treated|died|"
    r"succumbed|buried|hospitalised|hospitalized|recovering)\b"
)
_AFTERMATH_WORDS = whole_first_words(re.compile(_AFTERMATH_VERBS))


@cache
def _aftermath_re() -> re.Pattern[str]:
    """A verb of taking or treating, then 'to' or a care place of seeds/aftermath_places.csv
    and its 'in', just before the place."""
    nouns = care_place_nouns()
    return re.compile(
        _AFTERMATH_VERBS + r"(?:\s+[\w'’-]+){0,6}?\s+(?:(?:in|at|to)\s+(?:an?\s+|the\s+)?"
        # ("taken to the Getulio Vargas State Hospital, in Penha": a named hospital's town)
        # ("evacuated to the San Vicente de Paul hospital in Saravena")
        rf"(?:[\w'’-]+\s+){{0,5}}?(?:{nouns})s?,?\s+(?:in|at|of)|to)\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


def _same_area(place: dict, other: dict, town: bool = False) -> bool:
    """The same town, or a town and the division around it ('Gao' and 'the Gao region');
    ``town``: the text calls ``place`` a town or city."""
    if place["location"] and place["location"] == other["location"]:
        # ("detained at Kirants", after "the village of Kirants in Tavush province": the
        # gazetteer's reading of one mention only)
        return place["country"] == other["country"] or None in (
            place["country"],
            other["country"],
        )
    if place["country"] != other["country"]:
        return False
    if place["location"] == other["location"]:
        return True
    return one_division(place["country"], place["admin1"], other["admin1"]) and (
        (_wide(place) and not town) or _wide(other)
    )


# "the occupied city of Donetsk", "the town of Abu Usher": the text calls the place a town
CITY_OF_BEFORE_RE = re.compile(r"\b(?:city|town)\s+of\s+$", re.IGNORECASE)


def _wide(place: dict) -> bool:
    """A whole division, or a capital that shares its division's name (read as either)."""
    if names_division(place):
        return True
    return place["location"] == place["admin1"] and not names_town(place)


def _settle_overviews(events: list[Event]) -> list[Event]:
    """'Strikes across Ukraine killed at least seven ... four in Dnipro ... three in the
    Kharkiv region': an overview that names no place, broken down by place, sums up events
    of their own. Its deaths become a background event (kept with their quote, never counted
    again, and never put on one place's event); its sentence stays, without them, as context
    for the first place. Deaths the places leave over stay a news event of their own, placed
    nowhere. A single part is no breakdown: it names the place the lead left out, as before.
    Returns the background events."""
    overviews: list[Event] = []
    if len(events) < 2:
        return overviews  # (most notes: one event, split into no parts)
    for root in events:
        parts = sorted(
            (e for e in events if e.split_from is root), key=lambda e: e.sentences[0].idx
        )
        if not parts:
            continue
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
                Event(
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


def _inside(part: Event, placed: list[dict]) -> bool:
    """Whether a part of an event placed by divisions alone lies in one of them."""
    scenes = _event_scenes(part)
    return (
        bool(scenes)
        and _zooms_in(scenes, placed)
        and all(any(_same_area(p, q, town=_called_town(part, p)) for q in placed) for p in scenes)
    )


def _called_town(event: Event, place: dict) -> bool:
    """Whether the event's text calls the place a city or town ('the city of Donetsk')."""
    return any(
        place in f.places and CITY_OF_BEFORE_RE.search(words_before(f, place)) is not None
        for f in event.sentences
    )


def _deaths_of(event: Event) -> int:
    return reconcile_fatalities([c for f in event.sentences for c in f.casualties])


def _deaths_only(fact: SentenceFacts) -> SentenceFacts:
    """The sentence as an overview's background: its death figures alone."""
    killed = [c for c in fact.casualties if c.outcome == "killed"]
    return replace(fact, casualties=killed, cues={}, dates=[])


def _actors_only(fact: SentenceFacts) -> SentenceFacts:
    """The sentence as context for another place: its actors, not its figures, cues or day."""
    return replace(fact, casualties=[], cues={}, dates=[])


def _as_lead(fact: SentenceFacts) -> SentenceFacts:
    """An overview's sentence as the main one of a place it breaks down into: its actors and
    cues, without its figures, day or places (the place's own sentence tells those)."""
    return replace(
        fact, casualties=[], dates=[], places=[p for p in fact.places if not p["location"]]
    )


def _without_deaths(fact: SentenceFacts) -> SentenceFacts:
    return replace(fact, casualties=[c for c in fact.casualties if c.outcome != "killed"])


def _history_date(fact: SentenceFacts) -> dict | None:
    """The past date that makes a sentence history ("in 2012"), at whatever precision."""
    return next((m for m in fact.dates if m["date_start"] is not None), None)


_QUOTE_MARKS = ('"', "“", "«")


def _holds_a_quote_mark(text: str) -> bool:
    """(str's own search for each mark is much quicker than a regex's test of every character)"""
    return '"' in text or "“" in text or "”" in text or "«" in text or "»" in text


def _inside_a_quote(facts: list[SentenceFacts]) -> set[int]:
    """The sentences (by index) that go on with a quote an earlier sentence of their paragraph
    opened ('"They came at four. People ran; those caught were shot," said a resident')."""
    inside: set[int] = set()
    open_quote = False
    for fact in facts:
        if fact.new_paragraph:
            open_quote = False
        elif open_quote and not fact.text.startswith(_QUOTE_MARKS):
            inside.add(fact.idx)
        if not _holds_a_quote_mark(fact.text):
            continue  # (most sentences: no mark to walk through)
        for mark in fact.text:
            if mark == '"':
                open_quote = not open_quote
            elif mark in "“«":
                open_quote = True
            elif mark in "”»":
                open_quote = False
    return inside


def _past_act_apart(
    fact: SentenceFacts, reference: dt.date | None
) -> tuple[SentenceFacts, SentenceFacts] | None:
    """A sentence dated by its news ('on Thursday') that tells, in a clause of its own, an act
    of a day long past ('... who ambushed a bus near Elwak in March 2021, killing seven'): the
    sentence without that clause's acts and dead, and the clause's dead on their own day.
    None when the sentence recalls no such act."""
    if reference is None or not any(not _old(d, reference) for d in fact.dates):
        return None
    for d in fact.dates:
        if not _old(d, reference) or d["date_start"] is None:
            continue
        at = d["char_start"] - fact.start
        opener = None
        for m in _PAST_CLAUSE_RE.finditer(fact.text, max(0, at - 160), at):
            opener = m
        if opener is None:
            continue
        end = _CLAUSE_END_RE.search(fact.text, d["char_end"] - fact.start)
        stop = end.start() if end else len(fact.text)
        span = (fact.start + opener.start(), fact.start + stop)
        within = [c for c in fact.casualties if span[0] <= c.char_start < span[1]]
        cues = {c: at for c, at in fact.cues.items() if not opener.start() <= at < stop}
        if cues == fact.cues and not within:
            continue
        kept = [c for c in fact.casualties if c not in within]
        recalled = replace(fact, casualties=within, cues={}, dates=[d])
        return replace(fact, casualties=kept, cues=cues), recalled
    return None


# the opening of a clause that may recall an earlier act ("for helping militants who ambushed
# a bus ...", "the attack that devastated the camp in 2022")
_PAST_CLAUSE_RE = re.compile(r"\b(?:who|which|that|for)\s")
# (the clause goes on in its participles: "in March 2021, killing seven people")
_CLAUSE_END_RE = re.compile(r"[;.]|,(?!\s+(?:killing|leaving|wounding|injuring)\b)")


def _running_totals_apart(fact: SentenceFacts) -> tuple[SentenceFacts, SentenceFacts]:
    """'Shelling killed 5 on Tuesday, bringing to 300 the dead since January': the sentence
    without its running totals, and the running totals alone (with the sentence's places)."""
    kept = [c for c in fact.casualties if not c.is_cumulative]
    total = replace(
        fact, casualties=[c for c in fact.casualties if c.is_cumulative], cues={}, dates=[]
    )
    return replace(fact, casualties=kept), total


# "The RSF denied targeting civilians and said it had fought militias": a party's denial
# tells its own account, no fight of the event's
_DENIAL_RE = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected)\b"
    # ('carried out "an offensive operation against terrorist groups" and "no civilian was
    # targeted"': the army's own account of a killing it is accused of)
    r"|\bno\s+civilians?\s+(?:was|were|had\s+been)\s+(?:targeted|killed|harmed|hurt)\b"
)


def undenied_cues(fact: SentenceFacts) -> dict[str, int]:
    """A context sentence's cues, without the fighting a denial puts forward, nor the acts it
    dates the event by ('thousands rally ... a day after police disperse students')."""
    cues = fact.cues
    if "clash" in cues and _DENIAL_RE.search(fact.text):
        cues = {c: at for c, at in cues.items() if c != "clash"}
    if cues and "after" in fact.text and (earlier := _DAYS_AFTER_RE.search(fact.text)):
        cues = {c: at for c, at in cues.items() if at < earlier.start()}
    return cues


_DAYS_AFTER_RE = re.compile(
    r"\b(?:a|one|two|three|four|five|several|a\s+few)\s+(?:days?|weeks?)\s+after\b",
    re.IGNORECASE,
)


def _recount(fact: SentenceFacts, date: dict | None, event: Event) -> bool:
    """'But the sub-prefect said on Monday that six bodies had been recovered': deaths alone,
    told on a day of speaking with no scene of their own, count the event's dead again."""
    return (
        date is not None
        and _said_on(fact, date)
        and bool(_deaths(fact))
        and set(fact.cues) <= {"kill"}
        and not _scene_places(fact)
        and any(_deaths(f) for f in event.sentences)
    )


def _deaths_told_again(fact: SentenceFacts, event: Event) -> bool:
    """'Five people died at the scene; a sixth victim died early on Sunday at the Monte Sinai
    General Hospital', after 'Six people were killed': the event's dead counted again, one by
    one, on the day the last of them died, at no scene of its own."""
    if set(fact.cues) - {"kill"} or not _deaths(fact):
        return False
    told = _deaths_of(event)
    if not told or reconcile_fatalities(_deaths(fact)) != told:
        return False
    return not [p for p in _scene_places(fact) if not aftermath_place(fact, p)]


def _dates_the_lead(fact: SentenceFacts, date: dict | None, event: Event) -> bool:
    """'A police officer was killed in Bolivia's Potosi region ... The officer died on
    Thursday when an explosive charge was thrown at police ... between Llallagua and Uncia':
    the deaths (or, with none, the kind of act) of an undated event told again with their
    day, at a place inside its own."""
    if date is None or event.date is not None:
        return False
    told, again = _deaths_of(event), reconcile_fatalities(_deaths(fact))
    if told != again:
        return False
    if not told and not _acts(fact) & set().union(*(_acts(f) for f in event.sentences)):
        return False  # ("... cleared a blockade in Cochabamba. On Friday, police moved on the
        # blockade at Parotani": no deaths, the same kind of act)
    here, there = _scene_places(fact), _event_scenes(event)
    return (
        not here
        or not there
        or _zooms_in(here, there)
        or any(_same_area(p, q) for p in here for q in there)
    )


def _act_after_the_setting_out(fact: SentenceFacts, date: dict | None, event: Event) -> bool:
    """'A joint team was dispatched on an anti-Naxal operation on 20.08.2023. On 21.08.2023
    ... Maoists opened indiscriminate fire': an event that so far tells no act, only forces
    setting out, is the act told a day or two later at its place."""
    if date is None or event.date is None or date["date_start"] is None:
        return False
    if event.date["date_start"] is None or any(f.cues or f.casualties for f in event.sentences):
        return False
    if not 0 < (date["date_start"] - event.date["date_start"]).days <= 2:
        return False
    here, there = _scene_places(fact), _event_scenes(event)
    return not here or any(_same_area(p, q) for p in here for q in there)


def _dated_by_a_report(event: Event) -> bool:
    """The event's day is the day someone spoke of it ("officials said on Tuesday")."""
    day = event.date
    if day is None or day.get("char_start") is None:
        return False
    told = next((f for f in event.sentences if f.start <= day["char_start"] < f.end), None)
    return told is not None and _said_on(told, day)


def _repeats_as_claim(fact: SentenceFacts, event: Event) -> bool:
    """'Five rebels died. The army said the clash was on 3 June and put the rebel dead at 8':
    a party's account of the same victims, under its own date, is a competing figure for the
    current event, not a new event."""
    killed = [c for c in fact.casualties if c.outcome == "killed" and not c.is_subset]
    if fact.claimed_by is None or not killed:
        return False
    # "a drone strike near X in Y province killed two SDF members": deaths of the same side
    # under another day in another division are another event, not a competing count
    theirs = {p["admin1"] for f in event.sentences for p in f.places if p["admin1"]}
    ours = {p["admin1"] for p in fact.places if p["admin1"] and p["location"]}
    if theirs and ours and not ours & theirs:
        return False
    # ("On Monday, three displaced people were killed when shells landed in the Abu Shouk
    # camp", a paragraph after a market shelled in El Fasher on Tuesday: deaths at a place and
    # on a day of their own, unless the event's only day is that of the report)
    if fact.new_paragraph and _new_scene(fact, event) and not _dated_by_a_report(event):
        return False
    # ("On Monday, RSF shells struck Souq Sabreen, a busy market in Omdurman, killing six
    # people, according to a doctor", after Sunday's shelling of Mayo: a paragraph that opens
    # on the day of its own act)
    day = fact.dates[0] if fact.dates else None
    if (
        fact.new_paragraph
        and day is not None
        and day["char_start"] - fact.start < 4
        and not _said_on(fact, day)
        and (event.date is None or event.date["date_start"] != day["date_start"])
    ):
        return False
    earlier = {
        victim_key(c)
        for f in event.sentences
        for c in f.casualties
        if c.outcome == "killed" and not c.is_subset and c.claimed_by != fact.claimed_by
    }
    return all(victim_key(c) and victim_key(c) in earlier for c in killed)
