"""Composition: document text -> Analysis (sentences + mentions) -> events and casualties.

``analyse_document`` finds everything that costs lookups (numbers, dates, actors, places) and
stores it as plain rows; ``extract_events`` needs only those rows plus the text, so the
warehouse can rebuild an Analysis from stored rows and re-run extraction.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import islice
from operator import itemgetter

from sitrep.actors import (
    ARMED_TYPES,
    NONSTATE_ARMED_TYPES,
    STATE_FORCES,
    bare_forces,
    dated_actor,
    find_actors,
    has_dated_name,
    state_forces,
)
from sitrep.casualties import (
    CasualtyFigure,
    find_casualties,
    reconcile_fatalities,
    retold,
)
from sitrep.dates import DateMention, days_counted_on, find_dates, resolve_years
from sitrep.event_places import event_place, on_forces
from sitrep.event_types import (
    ATTACKED_PROTESTERS_RE,
    PROTESTS,
    RIOTS,
    VAC,
    came_after,
    classify_event,
    find_cues,
    merge_cues,
    victim_kind,
    victim_kinds,
)
from sitrep.places import (
    PlaceMention,
    acled_spelling,
    admin1_as_of,
    borough_location,
    capital_place,
    demonym_country,
    find_countries,
    find_places,
    loose_places,
    names_a_care_place,
    normalize_key,
    reading_in,
    stray_namesake,
)
from sitrep.quantities import Quantity, find_quantities, parse_number
from sitrep.roles import (
    ACCUSES,
    COUNTER_PROTEST_RE,
    FIRED_FROM_BEFORE_RE,
    SPEAKER_TAIL,
    Roles,
    assign_roles,
    claimant_of,
    crowd_breakers,
    front_line_sides,
    names_unnamed_attacker,
    responsible_actor,
    speaker_spans,
    victim_actor_of,
)
from sitrep.segments import (
    ARREST_TOLD_RE,
    BY_DATE_RE,
    DATE_LINE_RE,
    DAY_HEADING_RE,
    ENUMERATOR_RE,
    EVENT_CUES,
    ITEM_DATELINE_RE,
    ITEM_TITLE_RE,
    RETOLD_BY_RE,
    Event,
    SentenceFacts,
    head_names_a_day,
    live_entry,
    names_a_town,
    opens_event,
    segment,
    tells_own_act,
    undenied_cues,
)
from sitrep.text import (
    LowercaseRegex,
    Sentence,
    WordBeginnings,
    holds_any,
    lower_words,
    overlaps,
    split_sentences,
    starts_in,
    whole_first_words,
    window_after,
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
# "Imphal, Apr 24 (PTI) Fourteen people ...": India's wires put no dash after their name
_INDIAN_WIRE = r"\s*\((?:PTI|IANS|ANI|UNI)\)\s+(?=[A-Z\d])"
_HEADER_RE = re.compile(
    r"^\s*date\s+\d{4}-\d\d-\d\d\b|"
    # "[Translated from French. Morning bulletin of a radio station in Beni, 12 September]":
    # an editor's note on the first line tells who broadcast it when, not what happened
    r"^\s*\[[^\[\]\n]{4,240}\][ \t]*(?=\n)|"
    # "December 5, 2024 (SUDAN TRIBUNE) -": a dateline of the day alone, the day it was filed
    r"^\s*(?:[A-Z][a-z]+\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]+)\s+\d{4}\s*"
    r"(?:\([^()]{2,30}\))?\s*[-–—]+\s"
)
# "NAIROBI, March 3 (Reuters) -", "KHARTOUM, Sudan (AP) —": where and when the story was
# filed, not the event (its country is a last resort, its day a reference date)
_DATELINE_RE = re.compile(
    # ("EVENTS | SAN PEDRO SULA. A bus driver was killed ...": a section, then the town)
    r"^\s*(?:[A-Z][A-Z &]{1,20}\s*\|\s*)?"
    r"(?P<city>[A-Z][A-Z .'’/-]{2,40}),?(?:\s+(?P<where>[A-Z][a-z][A-Za-z .'’-]{1,40}?),?)?"
    # ("CAMP ELIAS ANGELES, Pili, Camarines Sur —": a camp, its town, then the province)
    r"(?:\s+[A-Z][a-z][A-Za-z .'’-]{1,40}?,?)?"
    r"(?P<day>\s+[A-Z][a-z]+\.?\s+\d{1,2}|\s+\d{1,2}\s+[A-Z][a-z]+)?"
    r"(?:,?\s+\d{4})?"  # ("ABU ZABAD / EN NAHUD, 21 June 2025 (Radio Dabanga) -")
    # ("BOLGATANGA, Jan. 16, GNA —": the agency after the day)
    r"(?:,\s*[A-Z]{2,8})?"
    rf"(?:(?:\s*\([^()]{{2,30}}\))?\s*\.?[-–—]+\s|{_INDIAN_WIRE}|(?<=[A-Z])\.\s+(?=[A-Z])"
    # ("QUETTA, Mar 3 (APP): Gunmen ...": the Associated Press of Pakistan closes with a colon)
    r"|\s*\([A-Z]{2,8}\):\s"
    # ("DONETSK, September 19. /TASS/. Two civilians ...", "YEREVAN, May 17. ARMENPRESS.")
    r"|(?<=\d)\.\s+(?:/[A-Z]{2,10}/|[A-Z]{3,12})\.\s+(?=[A-Z]))"
)
# "Bogotá, Feb 25 (EFE).-", "Damascus (dpa) -": a dateline in title case, told from a
# sentence's opening words by the news agency in brackets
_TITLE_DATELINE_RE = re.compile(
    # ("Bijapur (Chhattisgarh), Aug 21 (PTI)": the state in brackets after the town)
    r"^\s*(?P<city>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})(?:\s*\([A-Z][a-z]+(?: [A-Z][a-z]+)?\))?"
    r",?(?:\s+(?P<where>[A-Z][a-z]+))??"
    r"(?P<day>,?\s+[A-Z][a-z]+\.?\s+\d{1,2}|,?\s+\d{1,2}\s+[A-Z][a-z]+)?"
    rf"(?:\s*\([A-Za-z][A-Za-z .]{{1,20}}\)\s*\.?[-–—]+\s|{_INDIAN_WIRE})"
)


def _match_dateline(text: str) -> re.Match[str] | None:
    """Where and when the story was filed, in capitals or in title case."""
    return (
        _DATELINE_RE.match(text)
        or (_agency_closes(text) and _TITLE_DATELINE_RE.match(text))
        or None
    )


def _agency_closes(text: str) -> bool:
    """Whether the text holds what a dateline in title case ends in: the agency's brackets, then
    a dash ("(EFE).-") or an Indian wire's name ("(PTI)", "(IANS)"). Most notes hold neither:
    a test much quicker than the regex's tries of up to three words of a town at the text's head."""
    return "(" in text and (
        "-" in text or "–" in text or "—" in text or "I)" in text or "S)" in text
    )


# "Kinshasa, 12 September 2024 - The Coordinator ...": a statement's date line, at the head of
# a line below its title; the day it was issued, not the day of what it tells
_LINE_DATELINE_RE = re.compile(
    # ("MARIB, Yemen, Jan 9 -": the country may follow the town)
    # ("Radio Ndeke Luka - Bangui, 21 August 2024. Five civilians ...": the outlet first)
    r"^[ \t]*(?:[A-Z][A-Za-z'’.]+(?: [A-Z][A-Za-z'’.]+){0,3}[ \t]+[-–—][ \t]+)?"
    r"[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+){0,3},"
    r"(?:[ \t]+[A-Z][a-z]+(?: [A-Z][a-z]+)?,)?[ \t]+"
    r"(?:\d{1,2}[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+\d{1,2})(?:,?[ \t]+\d{4})?"
    # ("Beira, 4 May 2024 (Lusa, translated from Portuguese) -": the agency and a note on it;
    # "Mexico City, August 14, 2025.": a line of its own under a press release's title)
    r"(?:[ \t]*(?:\([^()]{2,60}\)[ \t]*)?[-–—]+[ \t]|\.?[ \t]*$|\.[ \t]+(?=[A-Z]))",
    re.MULTILINE,
)
_MAIN_CUES = EVENT_CUES | {
    "fire_at", "small_arms", "loot", "arrest", "disrupted", "agreement", "change_group",
    "displacement", "intervention", "excessive_force", "nonviolent_transfer", "hq",
}  # fmt: skip


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


# A mention row is written out as one dict display at each kind's site, {**_NO_VALUES, ...}:
# a helper taking keyword arguments builds and merges a second dict for every mention (put
# back on 2026-12-07, it cost 0.6% of the library's instructions)


def _line_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of ``pattern.finditer(text)`` for a pattern that opens with ``^`` under
    re.MULTILINE, tried only where a line begins (the regex engine would try it at every
    character of the text; most notes are a single line)."""
    found = []
    end = 0  # (matches do not overlap: a line that begins inside the last one is passed over)
    at = 0
    while True:
        if at >= end and (m := pattern.match(text, at)):
            found.append(m)
            end = m.end()
        at = text.find("\n", at) + 1
        if not at:
            return found


def _line_days(lines: list[re.Match[str]], reference: dt.date | None) -> list[tuple[int, dt.date]]:
    """(end, day) of each line of its own inside the text dated with its year (a communique's
    "Bamako, 14 March 2024")."""
    out = []
    for m in lines:
        found = find_dates(m.group(0), m.start(), reference)
        if found and found[0].precision == "day" and found[0].year_given:
            out.append((m.end(), found[0].date_start))
    return out


def analyse_document(text: str, published_date: dt.date | None) -> Analysis:
    """Sentences and their number/date/actor/place mentions (document offsets)."""
    sentences = split_sentences(text)
    dateline = _match_dateline(text)
    header = _HEADER_RE.match(text) or dateline
    header_end = header.end() if header else -1
    # a story the feed gives no date: its dateline's day ("BAMAKO, Nov 27") anchors "Tuesday"
    reference = published_date or _dateline_day(text, dateline)

    filed_lines = [m for m in _line_matches(_LINE_DATELINE_RE, text) if m.start() > header_end]
    days = [m for m in filed_lines if DATE_LINE_RE.fullmatch(m.group(0))]
    if len(days) > 1:
        # ("Monday, 14 October / Five bodies ... Tuesday, 15 October / Soldiers on patrol
        # ...": a timeline's days, each heading its items, not the day a report was filed)
        filed_lines = [m for m in filed_lines if m not in days]
    filed = [m.span() for m in filed_lines]
    # ("Four Maoists killed in encounter\n\nRaipur, Sep 14 (PTI) Four Maoists ...": the
    # dateline under a title is no date, place or actor either)
    below = None if header else _dateline_below_title(text)
    below_span = (below[1], below[1] + below[0].end()) if below else None
    if below_span:
        filed.append(below_span)
    # (a run-in heading, "Kherson, Korabelnyi district. In the afternoon ...", is a place)
    items = [
        m.span()
        for m in _line_matches(ITEM_DATELINE_RE, text)
        if m.start() > header_end and not m["heading"]
    ]
    line_days = _line_days(filed_lines, reference)
    dates_by_sentence: list[list[DateMention]] = []
    all_dates: list[DateMention] = []
    for sentence in sentences:
        # ("COMMUNIQUE ... Bamako, 14 March 2024 ... Yesterday, FAMa aerial vectors struck":
        # the days below a dated line are told from its day)
        at = sentence.char_start
        told_on = (
            next((day for end, day in reversed(line_days) if end <= at), None)
            if line_days
            else None
        )
        found = [
            d
            for d in find_dates(sentence.text, sentence.char_start, told_on or reference)
            if d.char_start >= header_end and not starts_in(d.char_start, filed)
        ]
        if len(found) > 1:
            found = _weekday_of_the_date_told(found, sentence.text, sentence.char_start)
        dates_by_sentence.append(found)
        all_dates.extend(found)
    resolved = iter(resolve_years(all_dates, reference))
    dates_by_sentence = [list(islice(resolved, len(found))) for found in dates_by_sentence]
    if reference is not None:
        dates_by_sentence = _counted_back(dates_by_sentence, text, reference)

    countries_by_sentence = []
    places_by_sentence = []
    bodies = []  # (sentence text without the dateline, its document offset)
    votes_by_sentence = []  # the countries that say where: not "Russian" of "Russian missiles"
    for s in sentences:  # one sentence at a time: both read its (cached) tokens
        # the dateline names where the story was filed: neither a place nor context for one
        cut = max(0, header_end - s.char_start)
        body = s.text[cut:] if cut else s.text
        # "near the Niger border": the far side of a border is not where it happened
        countries = [c for c in find_countries(body, s.char_start + cut) if not c.beyond_border]
        places = _outside_items(find_places(body, s.char_start + cut), items + filed)
        bodies.append((body, s.char_start + cut))
        countries_by_sentence.append(countries)
        places_by_sentence.append(places)
        votes_by_sentence.append(
            [c for c in countries if not on_forces(c.text, s.text, c.char_end - s.char_start)]
        )
    if sum(map(len, places_by_sentence)) > 1:  # (a single place has no earlier reading)
        places_by_sentence = _earlier_readings_kept(places_by_sentence, countries_by_sentence)
    # forces' demonyms vote only where no place is named ("Malian soldiers killed two men")
    named = any(map(_town_country, places_by_sentence)) or any(
        demonym_country(c.text) is None for countries in votes_by_sentence for c in countries
    )
    filed_from = dateline or (below[0] if below else None)
    doc_country = _document_country(
        places_by_sentence, votes_by_sentence if named else countries_by_sentence, filed_from
    )
    foreign = _foreign_guess
    filed_in = (
        _dateline_country(filed_from) if filed_from and not any(countries_by_sentence) else None
    )
    if filed_in:
        # "BAMENDA - ... in the North West Region": a story that names no country is read in
        # the country of the town it was filed from, wherever its places have readings there
        doc_country, foreign = filed_in, _read_abroad
    # the countries the story names (by name or demonym)
    named = {c.country for cs in countries_by_sentence for c in cs if c.country}
    # (most stories read every place at home: neither pass below would change one of them)
    abroad = bool(doc_country) and any(
        p.country not in (None, doc_country) for places in places_by_sentence for p in places
    )
    if abroad and foreign is _foreign_guess:
        # "the road between Koundjoare and Mandouri" in a Togolese communique: a town read in a
        # country the story never names (Ivory Coast) is its namesake in the story's country,
        # where the gazetteer has one
        # (and only where that namesake lies in a division the story names, if it names any)
        home_admin1 = {
            q.admin1
            for places in places_by_sentence
            for q in places
            if q.country == doc_country and q.admin1
        }

        def _home_namesake(p: PlaceMention, home: str) -> bool:
            if p.admin1 is None or p.location is None or p.country in (None, home):
                return False
            if p.country in named:
                return False
            there = reading_in(f"in {p.text}.", home)
            return there is not None and (not home_admin1 or there.admin1 in home_admin1)

        def foreign(p: PlaceMention, home: str) -> bool:
            return _foreign_guess(p, home) or _home_namesake(p, home)

    if abroad:
        # a small town on another continent, in a country the story never names, is read in
        # the story's country too: "taken to Dora Nginza Hospital" in a South African story
        # (only where every other place is at home: a diaspora's rally in London is abroad)
        stray = doc_country in named and all(
            p.country in (None, doc_country) or stray_namesake(p, doc_country, named)
            for places in places_by_sentence
            for p in places
            if p.location
        )

        places_by_sentence = [
            _outside_items(find_places(body, off, country_hint=doc_country), items + filed)
            if any(
                foreign(p, doc_country) or (stray and stray_namesake(p, doc_country, named))
                for p in places
            )
            else places
            for (body, off), places in zip(bodies, places_by_sentence, strict=True)
        ]
        # "evacuated to the San Vicente de Paul hospital in Saravena": a hospital's name, read
        # in another country, is neither a place of the story nor a vote for its country
        places_by_sentence = [
            [
                p
                for p in places
                if p.country in (None, doc_country) or not names_a_care_place(text, p.char_end)
            ]
            for places in places_by_sentence
        ]

    if doc_country and "capital" in text:
        places_by_sentence = [
            places + _the_capital(s, doc_country, places)
            for s, places in zip(sentences, places_by_sentence, strict=True)
        ]

    mentions: list[dict] = []
    for sentence, dates, places, countries in zip(
        sentences, dates_by_sentence, places_by_sentence, countries_by_sentence, strict=True
    ):
        idx = sentence.sent_idx
        date_spans = [(d.char_start, d.char_end) for d in dates]
        date_spans.append((0, max(header_end, 0)))
        if below_span:
            date_spans.append(below_span)
        for q in find_quantities(sentence.text, sentence.char_start):
            if overlaps(q.char_start, q.char_end, date_spans):
                continue
            mentions.append(
                {
                    **_NO_VALUES,
                    "sent_idx": idx,
                    "kind": "number",
                    "text": q.text,
                    "char_start": q.char_start,
                    "char_end": q.char_end,
                    "low": q.low,
                    "best": q.best,
                    "high": q.high,
                    "qualifier": q.qualifier,
                }
            )
        for d in dates:
            mentions.append(
                {
                    **_NO_VALUES,
                    "sent_idx": idx,
                    "kind": "date",
                    "text": d.text,
                    "char_start": d.char_start,
                    "char_end": d.char_end,
                    "date_start": d.date_start,
                    "date_end": d.date_end,
                    "date_precision": d.precision,
                }
            )
        # a named town places the sentence; a bare demonym ("Russian mercenaries") does not
        local_country = _town_country(places) or doc_country
        actors = find_actors(sentence.text, sentence.char_start, local_country)
        if local_country != doc_country and any(_inside_any(p, actors) for p in places):
            # "Islamic State in Khorasan Province": a place inside a group's name places nothing
            local_country = next(
                (
                    p.country
                    for p in places
                    if p.country and p.location and not _inside_any(p, actors)
                ),
                doc_country,
            )
            actors = find_actors(sentence.text, sentence.char_start, local_country)
        if actors:  # (who speaks, what came before: questions about the actors only)
            # "officials said", "a local official told Reuters": sources, not parties to the event
            speakers = [
                (sentence.char_start + s, sentence.char_start + e)
                for s, e in speaker_spans(sentence.text)
                if not ARREST_TOLD_RE.match(sentence.text, e)  # (who made the arrests it tells)
            ]
            own_act = bool(speakers) and tells_own_act(sentence.text)
            came = came_after(sentence.text)
            told_before = sentence.char_start + came.end() if came else -1
            accused = "accused" in sentence.text
            for a in actors:
                if overlaps(a.char_start, a.char_end, date_spans):
                    continue  # "March" is a month before it is a march
                if a.char_start < told_before:
                    continue  # "The protest came a day after militants ...": the act told before
                if starts_in(a.char_start, speakers) and not (
                    own_act and a.actor_type in _OWN_ACT_TELLERS
                ):
                    continue  # (a group that tells its own act is a party to it)
                if a.char_start < header_end or starts_in(a.char_start, items):
                    continue  # "CONAKRY, July 12 (AFP) -": the agency that filed it is no party
                if (
                    text.startswith("-", a.char_end)
                    and _HELD_AFTER_RE.match(text, a.char_end)
                    and not FIRED_FROM_BEFORE_RE.search(
                        text, max(0, a.char_start - 20), a.char_start
                    )
                ):
                    # "a market in the RSF-controlled Mayo neighbourhood": who holds it; "the
                    # army-aligned state government": whose ally it is (not "rockets fired
                    # from RSF-held areas": whose rockets they were)
                    continue
                if accused and _ACCUSED_OF_SERVING_RE.search(
                    text, max(0, a.char_start - 60), a.char_start
                ):
                    continue  # "burned a man they accused of being an informant for the ADF"
                mentions.append(
                    {
                        **_NO_VALUES,
                        "sent_idx": idx,
                        "kind": "actor",
                        "text": a.text,
                        "char_start": a.char_start,
                        "char_end": a.char_end,
                        "actor": a.actor,
                        "actor_type": a.actor_type,
                        "country": a.country,
                    }
                )
        for p in places:
            mentions.append(
                {
                    **_NO_VALUES,
                    "sent_idx": idx,
                    "kind": "place",
                    "text": p.text,
                    "char_start": p.char_start,
                    "char_end": p.char_end,
                    "country": p.country,
                    "admin1": p.admin1,
                    "location": p.location,
                }
            )
        place_spans = [(p.char_start, p.char_end) for p in places]
        for c in countries:
            if any(s <= c.char_start and c.char_end <= e for s, e in place_spans):
                continue
            mentions.append(
                {
                    **_NO_VALUES,
                    "sent_idx": idx,
                    "kind": "place",
                    "text": c.text,
                    "char_start": c.char_start,
                    "char_end": c.char_end,
                    "country": c.country,
                }
            )
    mentions.sort(key=_MENTION_ORDER)
    return Analysis([s.as_row() for s in sentences], mentions)


def _the_capital(
    sentence: Sentence, country: str, places: list[PlaceMention]
) -> list[PlaceMention]:
    """'In the capital, around 300 people took part in a peaceful rally': the story's country's
    capital, where the sentence names no town of its own."""
    if any(p.location and p.admin1 for p in places):
        return []
    m = _IN_THE_CAPITAL_RE.search(sentence.text)
    capital = capital_place(country) if m else None
    if capital is None:
        return []
    start = sentence.char_start + m.start(1)
    return [
        PlaceMention(
            m.group(1), start, start + len(m.group(1)), capital.location, capital.admin1, country
        )
    ]


# ("in the capital Bamako", "in the capital, Tunis": the capital is named, and read as such)
_IN_THE_CAPITAL_RE = re.compile(
    r"\b(?:in|In)\s+(the\s+(?:country's\s+|nation's\s+)?capital)\b(?!\s*,?\s*[A-Z])"
)
# (it opens with its hyphen: analyse_document tries it only after one)
_HELD_AFTER_RE = re.compile(r"-(?:controlled|held|run|occupied|aligned)\b")


# who may tell an act as their own ("JNIM said it had killed", "Haitian police said they had
# killed eight gang members"): the speaker is a party to the act
_OWN_ACT_TELLERS = NONSTATE_ARMED_TYPES | {"state_forces"}


def _town_country(places: list[PlaceMention]) -> str | None:
    """The country of the first of the places read as a town (not a country's name alone)."""
    for p in places:  # (a loop: it stops at the first, without a generator to close)
        if p.country and p.location:
            return p.country
    return None


def _inside_any(place: PlaceMention, actors: list) -> bool:
    """The place is part of an actor's name."""
    return any(a.char_start <= place.char_start and place.char_end <= a.char_end for a in actors)


def _read_abroad(place: PlaceMention, home: str) -> bool:
    """A place read abroad that has a reading in the story's country too."""
    if not place.country or place.country == home:
        return False
    return reading_in(f"in {place.text}.", home) is not None


# "THE WEEK IN BRIEF\n\nMONDAY - A Russian guided bomb ...": a digest's day, no dateline
_DAY_ITEM_RE = re.compile(
    r"(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
)


def _dateline_below_title(text: str) -> tuple[re.Match[str], int] | None:
    """The dateline that opens the first paragraph under a title and a byline or two, and
    the paragraph's offset in the text."""
    if "\n\n" not in text:
        return None  # (one paragraph: no title above it)
    at = 0
    for i, paragraph in enumerate(text.split("\n\n", 3)[:3]):
        if i:
            found = _match_dateline(paragraph)
            if found and not _DAY_ITEM_RE.fullmatch(found.group("city").strip()):
                return found, at
            if len(paragraph.split()) > 12 and not _TITLE_LINE_RE.fullmatch(paragraph):
                return None  # (a body paragraph; a deck under the title may run longer)
        at += len(paragraph) + 2
    return None


# "In Tegucigalpa, a bus driver is killed on the Villa Nueva route; police blame Barrio 18": a
# deck under the title, one line with no full stop at its end
_TITLE_LINE_RE = re.compile(r"[^\n]{1,200}(?<![.!?\"'”])\s*")


def _outside_items(places: list[PlaceMention], items: list[tuple[int, int]]) -> list[PlaceMention]:
    """A round-up item's dateline ("BAGHDAD —"), or a dateline under a headline ("POPAYAN,
    Colombia, Nov 12 -"), says where it was filed, not a place."""
    return [p for p in places if not starts_in(p.char_start, items)] if items else places


def _foreign_guess(place: PlaceMention, home: str) -> bool:
    """'Rwandan troops ... in Mocimboa da Praia district': a town the gazetteer places only in
    the story's country, put abroad by a foreign army named beside it; its sentence is read
    again in the story's country."""
    if not place.location or place.admin1 or not place.country or place.country == home:
        return False
    hit = reading_in(f"in {place.text}.", home)  # a locative makes a bare name a place
    return hit is not None and hit.admin1 is not None


_PINNED_RE = re.compile(r"[,(]| of ")


def _weekday_of_the_date_told(
    found: list[DateMention], text: str, offset: int
) -> list[DateMention]:
    """'On Monday 6 May': the weekday names the day the date after it tells, not the Monday
    nearest the day of publication ('The next day, Sunday,': the day counted names the
    weekday after it; so in 'Two days later, on Sunday,' and 'Two days after the raid, on
    March 5,', where the count may be off by the night it spans, or from another day)."""
    return [
        d
        for i, d in enumerate(found)
        if not (
            d.relative
            and i + 1 < len(found)
            and (
                (not found[i + 1].relative or _COUNTED_DAY_RE.match(d.text))
                and not text[d.char_end - offset : found[i + 1].char_start - offset].strip(" ,")
                or (
                    found[i + 1].precision == "day"
                    and _COUNTED_ON_RE.search(d.text) is not None
                    and _TOLD_AFTER_COUNT_RE.fullmatch(
                        text, d.char_end - offset, found[i + 1].char_start - offset
                    )
                    is not None
                )
            )
        )
    ]


_COUNTED_DAY_RE = re.compile(
    r"(?:the\s+)?(?:next|following|previous)\s+day$|the\s+day\s+(?:after|before)$", re.I
)
# what lies between a day counted and the day it names: "Two days later, on Sunday", "Two days
# after the market raid, on March 5"
_TOLD_AFTER_COUNT_RE = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s*,\s*(?:on\s+)?", re.IGNORECASE)


def _earlier_readings_kept(
    places_by_sentence: list[list[PlaceMention]], countries_by_sentence: list[list[PlaceMention]]
) -> list[list[PlaceMention]]:
    """'attacks in Guma LGA of Benue State ... women from Guma marched': a bare name the story
    pins down with its division keeps that reading wherever it is named bare, before the pin
    as well ("Soldiers killed near Boni" over a story that places Boni with Hombori in Mopti);
    a namesake in a country the story never names is not meant (a bare reading may itself be
    the wrong one)."""
    named = {c.country for cs in countries_by_sentence for c in cs}
    pinned: dict[str, PlaceMention] = {}  # the first reading of each name that is pinned down
    for places in places_by_sentence:
        for p in places:
            key = normalize_key(p.location or "")
            if (
                key
                and p.admin1
                and key not in pinned
                # ("Ruma upazila", "Guma LGA of Benue State": the division says which Ruma;
                # so does "near Lere in the Timbuktu region", a mention of its division)
                and (
                    _PINNED_RE.search(p.text)
                    or normalize_key(p.text) != key
                    or any(
                        q is not p and q.admin1 == p.admin1 and q.country == p.country
                        for q in places
                    )
                )
            ):
                pinned[key] = p
    if not pinned:
        return places_by_sentence
    out = []
    for places in places_by_sentence:
        kept = []
        for p in places:
            key = normalize_key(p.location or "")
            first = pinned.get(key)
            if (
                first is not None
                and p.country
                and first.country != p.country
                and p.country not in named
                and _bare_name(p.text) == key
            ):
                p = replace(p, location=first.location, admin1=first.admin1, country=first.country)
            kept.append(p)
        out.append(kept)
    return out


# ("in the Lere area", "Boni town": the name alone, told as what kind of place it is)
_KIND_AFTER_RE = re.compile(r" (?:area|town|city)$")


def _bare_name(text: str) -> str:
    """A mention's key less a trailing word that only says the kind of place."""
    return _KIND_AFTER_RE.sub("", normalize_key(text))


# an accusation names the group a victim was said to serve, no party to the act
_ACCUSED_OF_SERVING_RE = re.compile(
    r"\baccused\s+of\s+(?:being\s+)?(?:an?\s+)?(?:informants?|spy|spies|collaborators?|"
    r"agents?|spying|collaborating|working)\s+(?:for|of|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_COUNTED_BACK_RE = re.compile(r"\b(?:earlier|before)$", re.IGNORECASE)
_COUNTED_ON_RE = re.compile(
    r"\b(?:following|next)\s+(?:day|morning|afternoon|evening)$|\bdays?\s+later$|\bdays\s+after\s+(?:the|that|this)\s+[a-z-]+$"
    r"|^came\s+\w+\s+days?\s+after$",
    re.IGNORECASE,
)


def _counted_back(
    dates_by_sentence: list[list[DateMention]], text: str, reference: dt.date
) -> list[list[DateMention]]:
    """'On Monday the rebels took X. A day earlier, a drone hit Y': days counted back from
    the day the story last told (not from the day of publication, as 'a day ago' is)."""
    out: list[list[DateMention]] = []
    last: dt.date | None = None
    for found in dates_by_sentence:
        kept = []
        for d in found:
            if d.relative and _COUNTED_ON_RE.search(d.text):
                # "The following day, soldiers clashed ...": a day after the day last told
                # (told in the same sentence: "ambushed a patrol on Monday and the next day
                # torched a clinic")
                base = _first_day_told(kept) or last
                if base is None or base >= reference:
                    continue
                day = base + dt.timedelta(days=days_counted_on(d.text))
                kept.append(replace(d, date_start=day, date_end=day))
                continue
            after = text[d.char_end : d.char_end + 1]
            if (
                last is not None
                and d.relative
                and d.precision == "day"
                and _COUNTED_BACK_RE.search(d.text)
                and (d.text.lower().endswith("earlier") or after in (",", ".", ";"))
            ):
                day = last - (reference - d.date_start)
                d = replace(d, date_start=day, date_end=day)
            kept.append(d)
        out.append(kept)
        days = [
            d.date_start
            for d in kept
            if d.precision == "day"
            and d.date_start
            # ("11 bodies had been recovered by Monday afternoon": a deadline, no day told)
            and not BY_DATE_RE.search(text, max(0, d.char_start - 8), d.char_start)
        ]
        last = days[0] if days else last
    return out


def _first_day_told(dates: list[DateMention]) -> dt.date | None:
    """The first day a sentence's dates told so far give, if any."""
    for d in dates:
        if d.precision == "day" and d.date_start:
            return d.date_start
    return None


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


def _document_country(
    places_by_sentence: list, countries_by_sentence: list, filed_from: re.Match[str] | None
) -> str | None:
    """The country most of the story's places and country names vote for; on a tie, the one
    the story was filed from ("ASUNCION - ... near San Estanislao ... in Paraguay": a town
    read in Colombia and the country named once)."""
    votes = [p.country for places in places_by_sentence for p in places if p.country and p.location]
    votes += [c.country for countries in countries_by_sentence for c in countries if c.country]
    best = _most_voted(votes)
    if best is not None and filed_from is not None and len(set(votes)) > 1:
        filed = _dateline_country(filed_from)
        if filed is not None and filed != best and votes.count(filed) == votes.count(best):
            return filed
    return best


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


def _dated_as_before(row: dict, before: dict) -> dict:
    """'Two people were shot dead in Kisumu ... on Tuesday. Here is a round-up of Tuesday's
    protests: NAIROBI: Hundreds of protesters tried to march ...': news that tells no day of
    its own happened on the day of the news told before it, not on the day it was published."""
    if not before["date_precision"]:
        return row
    return {**row, **{k: before[k] for k in ("date_start", "date_end", "date_precision")}}


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
    dateline = _match_dateline(text)  # most texts fail at their second letter
    published_date = published_date or _dateline_day(text, dateline)
    events = segment(facts, published_date)
    if len(events) > 1:
        _counted_in_a_later_event(events)
    event_rows: list[dict] = []
    casualty_rows: list[dict] = []
    rows_of: dict[int, dict] = {}  # id(event) -> its row
    for event in events:
        seq = len(event_rows)
        row, casualties = _event_row(seq, event, facts, doc_country, published_date, dateline)
        if event.sentences and row["sentence"] != text[row["char_start"] : row["char_end"]]:
            # (a heading read with the line below it, "Monday, 14 October\nFive bodies ...":
            # the quote is the text as written, its line break kept)
            row = {**row, "sentence": text[row["char_start"] : row["char_end"]]}
        before = next((r for r in reversed(event_rows) if not r["is_background"]), None)
        if (
            before is not None
            and event.date is None
            and not event.is_background
            # (a live page's entry that names no day is of the day the page was published,
            # when its head names none: "13:30 - Tent hit in al-Mawasi", below an entry on a
            # house struck late on Monday)
            and not (live_entry(event) and not head_names_a_day(facts))
        ):
            row = _dated_as_before(row, before)
        if before is not None and not event.is_background and _in_the_area(event, row, before):
            # "Security forces then launched a search operation in the area and killed five":
            # the place of the event told before
            row = {**row, "admin1": before["admin1"], "location": before["location"]}
        if event.scene_of is not None and id(event.scene_of) in rows_of:
            row = _at_the_scene(row, rows_of[id(event.scene_of)], event)
        if event.sides_of is not None and id(event.sides_of) in rows_of and not row["actor1"]:
            fight = rows_of[id(event.sides_of)]
            row = {**row, "actor1": fight["actor1"], "actor2": fight["actor2"]}
        if not event.is_background and (shooter := _story_shooter(row, event_rows)):
            row = {**row, "actor1": shooter}
        if (
            before is not None
            and not event.is_background
            and _same_group_blamed(row, event, before)
        ):
            # "gunmen stopped three trucks ..., a local official said, blaming the same group":
            # the group named as the author of the act told before
            row = {**row, "actor1": before["actor1"]}
        if before is not None and not event.is_background and _pursued(row, before, event):
            row = {**row, "actor2": before["actor1"]}
        rows_of[id(event)] = row
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


_STRIKES = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})


def _counted_in_a_later_event(events: list[Event]) -> None:
    """'Insurgents beheaded two farmers in Chai on Tuesday, and the armed forces said the next
    day they had killed five of the attackers' ... 'Five terrorists were neutralised', in the
    fight near Litamanda told apart: the lead's count of the fighters is the later event's,
    told ahead of it, not more dead of the lead's own act (which keeps a count of its own)."""
    news = [e for e in events if not e.is_background]
    for i, event in enumerate(news[:-1]):
        killed = [
            c
            for f in event.sentences
            for c in f.casualties
            if c.outcome == "killed" and not c.is_subset
        ]
        if len(killed) < 2:
            continue  # (an event's only count stays its own)
        later = [
            c
            for e in news[i + 1 :]
            for f in e.sentences
            for c in f.casualties
            if c.outcome == "killed" and not c.is_subset
        ]
        ahead = [
            c for c in killed if any(g.char_start > c.char_end and retold(g, c) for g in later)
        ]
        if not ahead or len(ahead) == len(killed):
            continue
        for f in event.sentences:  # (in place: the sentence is the note's, told once)
            if any(c in ahead for c in f.casualties):
                f.casualties = [
                    replace(c, is_subset=True) if c in ahead else c for c in f.casualties
                ]


# "troops engaged the fleeing terrorists": a word a country's dictionary reads as its usual
# insurgents, which "the" points back to the group of the act told before
_GENERIC_FIGHTERS = frozenset({"terrorists", "militants", "insurgents", "jihadists"})
_THE_GENERIC_RE = re.compile(
    r"\b(?:the|The)\s+(?:(?:fleeing|retreating|escaping|same)\s+)?"
    r"(?:terrorists|militants|insurgents|jihadists)\b"
)


def _pursued(row: dict, before: dict, event: Event) -> bool:
    """Forces who fought 'the raiders' of the act told before, left unnamed in the fight (or
    named only by a generic word: 'the fleeing terrorists')."""
    if not (
        row["actor2"]
        and before["actor1"]
        and not before["actor1"].startswith("Unidentified")
        and before["actor1"] != row["actor1"]
    ):
        return False
    if row["actor2"].startswith("Unidentified"):
        # ("caught up with the raiders near Shurr": the attackers of the act told before)
        return any(RETOLD_BY_RE.search(f.text) for f in event.sentences[:2])
    # (the group that attacked civilians before, not forces who fought in the act told before)
    return (
        row["event_type"] == "Battles"
        and before["event_type"] == VAC
        and any(
            a["actor"] == row["actor2"]
            and a["text"].lower() in _GENERIC_FIGHTERS
            and _THE_GENERIC_RE.search(f.text, max(0, a["char_start"] - f.start - 20))
            for f in event.sentences[:2]
            for a in f.actors
        )
    )


def _story_shooter(row: dict, before: list[dict]) -> str | None:
    """The one side a story told firing the strikes before ("Russia pounded Ukrainian cities
    ... In Odesa, drones hit a residential building"): who fired a strike that names no shooter
    of its own."""
    if row["sub_event_type"] not in _STRIKES or not (row["actor1"] or "").startswith(
        "Unidentified Armed Group"
    ):
        return None  # (a bomb planted or a suicide bomber is no one's strike from afar)
    shooters = {
        r["actor1"]
        for r in before
        if not r["is_background"]
        and r["sub_event_type"] in _STRIKES
        and r["country"] == row["country"]
        and r["actor1"]
        and not r["actor1"].startswith("Unidentified")
    }
    return shooters.pop() if len(shooters) == 1 else None


_NO_NAMED_GROUP = (
    "Unidentified", "Civilians", "Military Forces", "Police Forces", "Protesters", "Rioters",
)  # fmt: skip
# "blaming the same group", "blamed on the same militants": the author of the act before
_SAME_GROUP_BLAMED_RE = re.compile(
    r"\b(?:blam(?:e|es|ed|ing)(?:\s+it)?(?:\s+on)?|attributed\s+to|carried\s+out\s+by)\s+"
    r"the\s+same\s+(?:armed\s+)?(?:group|militants|jihadists|insurgents|rebels|gang|militia)\b"
)


def _same_group_blamed(row: dict, event: Event, before: dict) -> bool:
    """An act whose attackers the story leaves unnamed but blames on 'the same group' as the
    act it told before, when that act's author is a named group."""
    return (
        (row["actor1"] or "").startswith("Unidentified")
        and not (before["actor1"] or "Unidentified").startswith(_NO_NAMED_GROUP)
        and any(
            " same " in f.text and _SAME_GROUP_BLAMED_RE.search(f.text) for f in event.sentences
        )
    )


_IN_THE_AREA_RE = re.compile(
    # ("soldiers sent to the area clashed with the attackers": forces who came there)
    r"\b(?:in|to|into)\s+the\s+(?:same\s+|surrounding\s+)?area\b|\bAcross\s+town\b",
    re.IGNORECASE,
)


def _in_the_area(event: Event, row: dict, before: dict) -> bool:
    """The event's main sentence places it only 'in the area' of the event told before (or
    'across town')."""
    main = next(f for f in event.sentences if f.start == row["char_start"])
    return (
        not names_a_town(main)
        and before["location"] is not None
        and before["country"] == row["country"]
        and _IN_THE_AREA_RE.search(main.text) is not None
    )


def _at_the_scene(row: dict, attack: dict, event: Event) -> dict:
    """Forces who fought the attackers at the scene of their attack ("MONUSCO peacekeepers
    intervened and exchanged fire with the attackers"): the attack's place, unless the fight
    names its own, and the attackers' name where the fight leaves them unnamed."""
    main = next(f for f in event.sentences if f.start == row["char_start"])
    if not names_a_town(main) and attack["location"] is not None:
        row = {**row, **{k: attack[k] for k in ("country", "admin1", "location")}}
    if (row["actor2"] or "").startswith("Unidentified") and attack["actor1"]:
        if not attack["actor1"].startswith("Unidentified"):
            row = {**row, "actor2": attack["actor1"]}
    return row


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


def _sentence_facts(analysis: Analysis, text: str) -> list[SentenceFacts]:
    by_sentence: dict[int, dict[str, list[dict]]] = {}  # sent_idx -> kind -> mentions
    for mention in analysis.mentions:
        kinds = by_sentence.setdefault(mention["sent_idx"], {})
        kinds.setdefault(mention["kind"], []).append(mention)
    facts: list[SentenceFacts] = []
    for row in analysis.sentences:
        mentions = by_sentence.get(row["sent_idx"], {})
        quantities = [_quantity(m) for m in mentions.get("number", ())]
        actors = mentions.get("actor", [])
        dates = mentions.get("date", [])
        claimed_by = claimant_of(row["text"], row["char_start"], actors)
        if claimed_by is None and holds_any(row["text"], _OTHER_SOURCE_WORDS):
            other = _OTHER_SOURCE_RE.search(row["text"])
            claimed_by = other.group(0).lower() if other else None
        same_paragraph = facts and "\n" not in text[facts[-1].end : row["char_start"]]
        if same_paragraph and ENUMERATOR_RE.fullmatch(facts[-1].text):
            same_paragraph = False  # "2. On Sunday evening, ...": a numbered item's paragraph
        elif (
            same_paragraph
            and len(facts) > 1
            and ENUMERATOR_RE.fullmatch(facts[-2].text)
            and ITEM_TITLE_RE.fullmatch(facts[-1].text)
        ):
            same_paragraph = False  # "2. Warraq Island: dawn arrests. In the early hours ..."
        if claimed_by is None and same_paragraph and not dates:
            claimed_by = facts[-1].claimed_by  # a claim runs on to the end of its paragraph
        casualties = find_casualties(row["text"], row["char_start"], quantities, claimed_by)
        for figure in casualties:
            _set_victim_actor(figure, actors)
        if ";" in row["text"] and casualties:
            casualties = _claimed_per_clause(row["text"], row["char_start"], actors, casualties)
        cues = find_cues(row["text"])
        if "itle" in row["text"] or "eadline" in row["text"]:
            # 'An article published under the headline "Five soldiers killed in attack on army
            # post in Arauca" contained errors': a story's title quoted, no act told
            titles = [m.span(1) for m in _QUOTED_TITLE_RE.finditer(row["text"])]
            if titles:
                cues = find_cues(row["text"], titles)
                casualties = [
                    c
                    for c in casualties
                    if not any(s <= c.char_start - row["char_start"] < e for s, e in titles)
                ]
        if "crowd" in cues:
            speaking = holds_any(row["text"], _SPEAKS_WORDS) and _CROWD_SPEAKS_RE.match(
                row["text"], cues["crowd"]
            )
            if speaking:  # "Activists in Gezira say fighters stormed the town": a source
                cues = find_cues(row["text"], [speaking.span()])
        if casualties:  # "killing 12 people, two residents and an official said": who speaks
            speakers = speaker_spans(row["text"])
            # '"...," said a woman whose brother was killed in the blast': who the speaker is
            described = holds_any(row["text"], _WHO) and _SPEAKER_WHOSE_RE.search(row["text"])
            if described:
                speakers.append((described.start(), len(row["text"])))
            casualties = [
                c
                for c in casualties
                if not any(s <= c.char_start - row["char_start"] < e for s, e in speakers)
            ]
        facts += _two_acts(
            SentenceFacts(
                idx=row["sent_idx"],
                start=row["char_start"],
                end=row["char_end"],
                text=row["text"],
                quantities=quantities,
                dates=dates,
                actors=actors,
                places=mentions.get("place", []),
                cues=cues,
                casualties=casualties,
                claimed_by=claimed_by,
                new_paragraph=bool(facts) and not same_paragraph,
            )
        )
    return facts


def _claimed_per_clause(
    text: str, start: int, actors: list[dict], casualties: list[CasualtyFigure]
) -> list[CasualtyFigure]:
    """'The PDF said 12 soldiers were killed; a local news outlet quoting villagers said four
    soldiers died': the figures of a clause after a semicolon are its own speaker's."""
    cuts = [m.end() for m in re.finditer(";", text)]
    out = []
    for c in casualties:
        at = c.char_start - start
        begin = max((k for k in cuts if k <= at), default=0)
        if not begin:
            out.append(c)
            continue
        end = next((k for k in cuts if k > at), len(text))
        inside = [a for a in actors if begin <= a["char_start"] - start < end]
        who = claimant_of(text[begin:end], start + begin, inside)
        out.append(replace(c, claimed_by=who) if who else c)
    return out


# 'under the headline "Five soldiers killed in attack on army post in Arauca"': a quoted title
_QUOTED_TITLE_RE = re.compile(
    r"\b(?:headline|headlined|titled|entitled)\s+[\"“]([^\"”]{3,200})[\"”]", re.IGNORECASE
)
# "Activists in Sudan's Gezira state say ...": the people who speak, not a crowd that acts
# ("Residents of a village in northeastern Burkina Faso accused soldiers ... of killing")
_CROWD_SPEAKS_RE = re.compile(rf"[\w-]+{SPEAKER_TAIL}(?:say|says|said|told|{ACCUSES})\b")
# every match of _CROWD_SPEAKS_RE ends with one of these words (a set test spares most sentences)
_SPEAKS_WORDS = frozenset("say says said told accused accuse accuses".split())


# "Drones struck El Obeid on Sunday, killing six, while an army air strike on a market in
# Nyala killed 15 on Monday": a second act, told in the same sentence
_WHILE_RE = re.compile(r",\s+while\s+(?=(?:an?|the|two|three|\d+)\s|in\s+[A-Z][\w'’-]+,)")


def _two_acts(fact: SentenceFacts) -> list[SentenceFacts]:
    """A sentence that tells two acts on either side of ', while', each with its own harm
    and the second at a place of its own, as two facts (ACLED codes one event per place and
    day)."""
    m = _WHILE_RE.search(fact.text) if ", while " in fact.text else None
    if m is None:
        # (two acts need two days, or a day and two towns: most sentences tell neither)
        if " and " in fact.text and fact.dates and (len(fact.dates) > 1 or len(fact.places) > 1):
            return _acts_joined_by_and(fact)
        return [fact]
    cut = fact.start + m.start()
    tail_start = fact.start + m.end()
    head_places = {p["location"] for p in fact.places if p["char_start"] < cut}
    tail_places = {
        p["location"] for p in fact.places if p["char_start"] >= tail_start and p["location"]
    }
    head_harm = any(c.char_start < cut for c in fact.casualties)
    tail_harm = any(c.char_start >= tail_start for c in fact.casualties)
    # ("In Abuja, police fired tear gas at marchers, while in Lagos, groups marched
    # peacefully": a place of its own opens the second act, harm or none)
    placed = fact.text.startswith("in ", m.end())
    if not (head_places and tail_places - head_places and ((head_harm and tail_harm) or placed)):
        return [fact]

    head = _clause(fact, fact.start, cut)
    tail = _clause(fact, tail_start, fact.end)
    if not (tail.dates or set(tail.cues) - {"kill"}):
        return [fact]  # "..., while the third was killed in Chiro": more of the same deaths
    return [head, replace(tail, new_paragraph=False)]


def _clause(fact: SentenceFacts, start: int, end: int) -> SentenceFacts:
    """The part of the sentence from ``start`` to ``end`` (offsets in the document), with the
    mentions, cues and figures told inside it."""

    def inside(mentions: list[dict]) -> list[dict]:
        return [x for x in mentions if start <= x["char_start"] < end]

    text = fact.text[start - fact.start : end - fact.start]
    actors = inside(fact.actors)
    return replace(
        fact,
        start=start,
        end=end,
        text=text,
        quantities=[q for q in fact.quantities if start <= q.char_start < end],
        dates=inside(fact.dates),
        actors=actors,
        places=inside(fact.places),
        cues=find_cues(text),
        casualties=[c for c in fact.casualties if start <= c.char_start < end],
        claimed_by=claimant_of(text, start, actors) or fact.claimed_by,
    )


# "..., killing two soldiers, and the next day torched a health centre in Mundemba", "...,
# and troops shot dead three civilians in nearby Woldia a day later": a second act told after
# ", and", on a day or at a place of its own
# (without the comma, "on Monday and clashed with youths on Tuesday": see _acts_joined_by_and)
_AND_RE = re.compile(r"(,)?\s+and\s+(?:then\s+)?")
# a clause that opens on its verb, its subject the first clause's ("the next day torched")
_SUBJECTLESS_RE = re.compile(
    r"(?:(?:the\s+(?:next|following)\s+day|a\s+day\s+later|\w+\s+days\s+later|later|then|"
    r"on\s+[A-Z]\w+)\s+)?(?:[a-z]+ed|shot|struck|fought|took|set|burnt|overran|hit|stole)\b"
)
# the acts a clause must tell to be one of the two (a count of dead alone is the first act's)
_CLAUSE_ACT_CUES = frozenset(EVENT_CUES | {"loot", "arrest"})


def _acts_joined_by_and(fact: SentenceFacts) -> list[SentenceFacts]:
    """A sentence that tells an act, then after ', and' a clause of its own (its act named
    within a few words: no list of names, purpose, participle or count) that tells a second
    act on another day, or another kind of act at another town, as two facts (ACLED codes one
    event per place and day). A second clause without a subject of its own ('and the next day
    torched ...') keeps the first one's doers; it must tell a day of its own (the same doers
    go on from town to town on one day in one event), and it alone may follow a bare 'and'
    ('fired tear gas on Monday and clashed with youths on Tuesday'). (The tests on the
    sentence's own mentions come first: the cues of each clause are read only after them.)"""
    last = max(x["char_start"] for x in (*fact.dates, *fact.places)) - fact.start
    for m in _AND_RE.finditer(fact.text, 0, last):
        tail_text = fact.text[m.end() :]
        if _NO_CLAUSE_RE.match(tail_text):
            continue
        comma = m.group(1) is not None
        subjectless = _SUBJECTLESS_RE.match(tail_text) is not None
        if not (comma or subjectless):
            continue  # (only a verb of the same doers follows a bare 'and' as a second act)
        if not any(c in _CLAUSE_ACT_CUES and at < m.start() for c, at in fact.cues.items()):
            continue  # (the first clause tells no act)
        cut, tail_start = fact.start + m.start(), fact.start + m.end()
        head_days, tail_days = _days(fact, fact.start, cut), _days(fact, tail_start, fact.end)
        other_day = bool(head_days and tail_days and not tail_days & head_days)
        if not comma and not (other_day and min(tail_days) > max(head_days)):
            continue  # ("... to protest the death of a man shot on Wednesday": an act before)
        if not other_day:
            if subjectless or not head_days:
                continue  # (a lead that sums up a day of violence undated: its items follow)
            head_towns = _towns(fact, fact.start, cut)
            if not head_towns or not _towns(fact, tail_start, fact.end) - head_towns:
                continue
        head, tail = _clause(fact, fact.start, cut), _clause(fact, tail_start, fact.end)
        acts = [at for cue, at in tail.cues.items() if cue in _CLAUSE_ACT_CUES]
        if not acts or min(acts) > 40 or any(c in tail_text[: min(acts)] for c in ",()"):
            continue
        if _CLAUSE_ACT_CUES.isdisjoint(head.cues) or (
            not other_day and set(tail.cues) & _CLAUSE_ACT_CUES <= set(head.cues)
        ):
            continue
        if subjectless:
            # ("and the next day torched ...": the first clause's doers did it)
            act = min(head.cues.values())
            doers = [a for a in head.actors if a["char_start"] - head.start < act]
            tail = replace(tail, actors=doers + tail.actors)
        return [head, replace(tail, new_paragraph=False, second_act=True)]
    return [fact]


def _days(fact: SentenceFacts, start: int, end: int) -> set[dt.date]:
    """The days the part of the sentence from ``start`` to ``end`` dates an act to (not a day
    of speaking: 'the centre said on Thursday')."""
    return {
        d["date_start"]
        for d in fact.dates
        if start <= d["char_start"] < end
        and d["date_precision"] == "day"
        and not _SAID_BEFORE_RE.search(
            fact.text, max(start, d["char_start"] - 30) - fact.start, d["char_start"] - fact.start
        )
    }


def _towns(fact: SentenceFacts, start: int, end: int) -> set[str]:
    """The towns the part of the sentence from ``start`` to ``end`` sets an act in ('in nearby
    Woldia', 'on the western edge of Goma')."""
    return {
        p["location"]
        for p in fact.places
        if start <= p["char_start"] < end
        and p["location"]
        and _PLACED_BEFORE_RE.search(
            fact.text, max(start, p["char_start"] - 40) - fact.start, p["char_start"] - fact.start
        )
    }


# a clause after ", and" that tells no act of its own: a participle ("and killing"), a
# purpose ("and to show solidarity"), more of a list ("as well as"), the speaker ("and said
# they were detained"), more harm of the same act ("and wounded 12", "and eight wounded")
_NO_CLAUSE_RE = re.compile(
    r"(?:\w+ing|to|as|that|others?|said|says|told|added|wounded|injured|accused|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens|scores)"
    r"\s+(?:\w+\s+)?(?:wounded|injured|dead|killed|others|more))\b"
)
# a town the clause sets its act in ("in nearby Woldia", "on the western edge of Goma")
_PLACED_BEFORE_RE = re.compile(r"\b(?:in|at|near|of|outside|inside|into)\s+(?:[\w'’-]+\s+){0,2}$")
_SAID_BEFORE_RE = re.compile(r"\b(?:said|says|told\s+\w+|announced|reported)\s+(?:on\s+)?$")


_SPEAKER_WHOSE_RE = re.compile(
    r"\b(?:said|says|told\s+\w+|added)\s+(?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?(?:who|whose)\b"
)
_WHO = frozenset({"who", "whose"})  # every match of _SPEAKER_WHOSE_RE ends with one
# "1.", "(2)": a communique's item number, split from its item's first sentence
# "Other sources report 2 dead": a second account of the event, not more deaths
_OTHER_SOURCE_RE = LowercaseRegex(
    r"\b(?:other|some|additional|another|further|separate|conflicting|unconfirmed|"
    r"uncorroborated)\s+(?:sources?|reports?|accounts?|media(?:\s+outlets)?)\b",
    re.IGNORECASE,
)
_OTHER_SOURCE_WORDS = whole_first_words(_OTHER_SOURCE_RE.regex)
_ANAPHORIC_KILL_RE = re.compile(
    r"\b(?:(?:those|the\s+(?:\w+\s+)?(?:arrested|abducted|detained|captured|kidnapped|hostages|"
    r"victims|individuals|men|people|detainees))\s+(?:\w+\s+){0,8}?(?:were|had\s+been)\s+"
    r"(?:\w+\s+){0,6}?(?:executed|killed|murdered|shot\s+dead)|"
    r"(?:executed|killed|murdered|beheaded|shot\s+dead)\s+(?:all\s+of\s+)?them\b|"
    r"shot\s+them\s+(?:all\s+)?dead|"
    r"(?:were|was)\s+(?:\w+ly\s+)?(?:executed|killed|murdered)\s+(?:later|afterwards|nearby|soon))",
    re.IGNORECASE,
)


def _anaphoric_killings(facts: list[SentenceFacts]) -> None:
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
                    replace(
                        antecedent,
                        outcome="killed",
                        quote=match.group(0),
                        char_start=start,
                        char_end=fact.start + match.end(),
                    )
                )
        captured = taken[-1] if taken else captured


_ENUMERATION_RE = re.compile(
    r"^\s*(?:One|The\s+first)\b.*?\b(?:the\s+(?:second|other|latter)|another)\b", re.DOTALL
)


def _enumerated_parts(facts: list[SentenceFacts]) -> None:
    """'Two students died. One died in a clinic, the second at home.': a sentence that goes
    through earlier victims one by one repeats them, so its figures are parts."""
    seen_group = False
    for fact in facts:
        if seen_group and _ENUMERATION_RE.match(fact.text):
            fact.casualties = [
                replace(c, is_subset=True) if c.outcome == "killed" and c.coded == 1 else c
                for c in fact.casualties
            ]
        if not seen_group:
            seen_group = any(
                c.outcome == "killed" and not c.is_subset and c.coded >= 2 for c in fact.casualties
            )


def _set_victim_actor(figure: CasualtyFigure, actors: list[dict]) -> None:
    """The actor named inside a figure's victim phrase, set on a figure find_casualties has
    just made (it is no one else's yet: set in place, not copied with dataclasses.replace)."""
    actor = victim_actor_of(figure, actors)
    if actor is not None:
        figure.victim_actor = actor


def _majority_country(facts: list[SentenceFacts]) -> str | None:
    votes: list[str] = []  # counted at once, not per sentence
    forces: set[int] = set()  # "Russian missiles": votes only where no place is named
    named = False
    for fact in facts:
        votes += [p["country"] for p in fact.places if p["country"] and p["location"]]
        named = named or len(votes) > 0
        for p in fact.places:
            if p["country"] and not p["location"]:
                if on_forces(p["text"], fact.text, p["char_end"] - fact.start):
                    forces.add(len(votes))
                else:
                    named = named or demonym_country(p["text"]) is None
                votes.append(p["country"])
    if forces and named:
        votes = [v for i, v in enumerate(votes) if i not in forces]
    return _most_voted(votes)


def _actors_country(facts: list[SentenceFacts]) -> str | None:
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


def _item_town(first: SentenceFacts) -> tuple[str | None, bool]:
    """The town of the dateline ("DRESDEN - A campaigner was punched ...") or run-in heading
    ("Rennes. The most violent scenes came ...", "Tuesday - Apatzingan. Army personnel
    arrested ...") that opens a round-up's item (its paragraph's first line), and whether a
    heading named it."""
    if not first.new_paragraph or first.idx == 0:
        return None, False
    if item := ITEM_DATELINE_RE.match(first.text):
        # ("Kherson, Korabelnyi district. In the afternoon ...": the town, not its district)
        town = item["town"] or (item["heading"] or "").split(",")[0]
        return (town.strip().title() if town else None), bool(item["heading"])
    if day := DAY_HEADING_RE.match(first.text):
        return day["heading"].strip().title(), True
    return None, False


def _event_row(
    seq: int,
    event: Event,
    facts: list[SentenceFacts],
    doc_country: str | None,
    published_date: dt.date | None,
    dateline: re.Match[str] | None = None,
) -> tuple[dict, list[CasualtyFigure]]:
    event = _actors_as_of(event, (event.date or {}).get("date_start") or published_date)
    main = event.sentences[0]
    for fact in event.sentences:  # the first sentence that has an event cue or a casualty
        if fact.casualties or not _MAIN_CUES.isdisjoint(fact.cues):
            main = fact
            break
    if event.sentences[0].dates and main is not event.sentences[0]:
        main = event.sentences[0] if opens_event(event.sentences[0]) else main
    casualties = [c for fact in event.sentences for c in fact.casualties]
    killed = reconcile_fatalities(casualties) + event.unplaced
    context = merge_cues([undenied_cues(f) for f in event.sentences if f is not main])
    town, headed = _item_town(event.sentences[0])
    place, country = event_place(
        event,
        main,
        facts,
        doc_country,
        first=seq == 0,
        dateline_end=dateline.end() if dateline else 0,
        filed_in=_dateline_country(dateline),
        filed_at=dateline.group("city").strip().title() if dateline else None,
        item_at=town,
        # (a heading names where the paragraph's events happened, not where it was filed)
        headed=headed,
    )
    if country is not None:
        at_home = _forces_at_home(event, country, facts)
        if at_home is not event:
            main = next(
                g for f, g in zip(event.sentences, at_home.sentences, strict=True) if f is main
            )
            event = at_home
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
        home_state=roles.actor1_is_state and roles.side1[0]["country"] == country,
        armed_in_event=any(
            a["actor_type"] in NONSTATE_ARMED_TYPES for f in event.sentences for a in f.actors
        ),
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
    suspects = {a["actor"] for a in context_actors if a["actor_type"] in NONSTATE_ARMED_TYPES}
    if any(holds_any(f.text, _CLAIMED) and _UNCLAIMED_RE.search(f.text) for f in event.sentences):
        # "No group claimed responsibility. Baloch separatists ..., and Pakistani Taliban
        # fighters are also active": which of the groups named did it is left open; nor is an
        # unclaimed blast a foreign state's ("a charge the Taliban administration in Kabul
        # denies", in a background paragraph)
        context_actors = [
            a
            for a in context_actors
            if not (len(suspects) > 1 and a["actor"] in suspects)
            and not (a["actor_type"] == "state_forces" and _foreign_forces(a["actor"], country))
        ]
    denied = {
        a["actor"]
        for f in event.sentences
        if f is not main and holds_any(f.text, _DENIED_WORDS)
        for a in f.actors
        if _DENIED_AFTER_RE.match(f.text, a["char_end"] - f.start)
    }
    if denied:
        # "The TTP denied any role in the attack": a group that denies it did not do it (unless
        # another sentence blames or claims it: the responsible group below)
        context_actors = [a for a in context_actors if a["actor"] not in denied]
    responsible = next(
        (r for f in event.sentences if (r := responsible_actor(f.text, f.start, f.actors))), None
    )
    if (
        not roles.side1
        and not roles.unnamed_attacker
        and responsible is None
        and any(names_unnamed_attacker(f.text, f.actors) for f in event.sentences if f is not main)
    ):
        # "A candidate was shot dead ... He was hit by shots fired by two men on a motorcycle":
        # the attackers are the unnamed men, not a group the story names only as context
        roles.unnamed_attacker = True
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
        context_breakers=(
            [
                n
                for f in event.sentences
                if f is not main and ("intervention" in f.cues or "excessive_force" in f.cues)
                for n in crowd_breakers(f.text, f.start, f.actors, f.cues)
            ]
            if event_type == "Protests"
            else None
        ),
        # victims of no known kind ("a forester", "a Palestinian") were not fighters either
        civilians_hit=(target_kind == "civilian" and _anyone_harmed(casualties))
        or (target_kind is None and any(c.victim.strip() for c in casualties)),
        counter_protest=(
            event_type == "Protests"
            and any(
                # (a word starting "counter" first: most protests have none)
                _COUNTER.in_words(lower_words(f.text)) and COUNTER_PROTEST_RE.search(f.text)
                for f in event.sentences
            )
        )
        # ("men attacked students protesting": the mob's target is the demonstrators)
        or (
            sub_event_type == "Mob violence"
            and ATTACKED_PROTESTERS_RE.search(main.text) is not None
        ),
    )
    named = (
        _group_named_before(roles.actor1, main, facts)
        or _group_named_next(roles.actor1, main, event)
        or _group_telling_its_act(roles.actor1, event)
        or _identified_as(roles.actor1, event)
        or _forces_telling_their_strike(roles, event, sub_event_type, country)
    )
    if named is not None:
        roles = replace(roles, actor1=named)
    if event_type == "Battles":
        # "Israeli forces killed three Palestinian gunmen ... The armed wing of Hamas said its
        # fighters had engaged the occupation forces": the side that fought back, named
        fought_back = _group_telling_its_act(roles.actor2, event)
        if fought_back is not None and fought_back != roles.actor1:
            roles = replace(roles, actor2=fought_back)
    if event_type == "Battles":
        enemy = _enemy_named_before(roles, country, main, event, facts)
        if enemy is not None:
            roles = replace(roles, actor2=enemy)
    defenders = (
        _defenders(roles.actor1, roles.actor2, main, event) if event_type == "Battles" else None
    )
    if defenders is not None:
        roles = replace(roles, actor2=defenders)
    home1 = _civilians_at_home(roles.actor1, country, event)
    home2 = _civilians_at_home(roles.actor2, country, event)
    if home1 != roles.actor1 or home2 != roles.actor2:
        roles = replace(roles, actor1=home1, actor2=home2)
    if sub_event_type == "Non-state actor overtakes territory" and _home_forces(
        roles.actor1, country
    ):
        sub_event_type = "Government regains territory"  # "FAMa units took control of Tarkint"
    if sub_event_type in NON_LETHAL_SUB_EVENTS:
        killed = 0
    killed = _share_of_split_toll(killed, event)
    date = event.date
    date_start = date["date_start"] if date else None
    date_end = date["date_end"] if date else None
    if date_end and published_date and date_end > published_date:
        # "in the first half of 2024", told in October: a period ends by the day it is told
        date_end = max(published_date, date_start) if date_start else published_date
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
        "location": acled_spelling(
            borough_location(
                country,
                (place or {}).get("admin1"),
                (place or {}).get("location"),
                date_start.year if date_start else None,
            )
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


_CIVILIANS_RE = re.compile(r"Civilians \((?P<country>[^()]+)\)")


def _civilians_at_home(actor: str | None, country: str | None, event: Event) -> str | None:
    """Civilians read in a namesake town's country ("between Touara and Tene", Tene also a
    town in Indonesia) are the event's country's, unless the story names theirs."""
    if actor is None or not actor.startswith("Civilians ("):
        return actor  # (most actors: not civilians; the pattern below is not tried)
    found = _CIVILIANS_RE.fullmatch(actor)
    if found is None or country is None or found["country"] in (country, "International"):
        return actor
    named = {p["country"] for f in event.sentences for p in f.places if not p["location"]}
    return actor if found["country"] in named else f"Civilians ({country})"


# "No group immediately claimed responsibility", "no one has claimed the attack"
_UNCLAIMED_RE = re.compile(
    r"\b(?:[Nn]o\s+(?:one|group)|[Nn]obody)\s+(?:has\s+|had\s+)?(?:yet\s+|immediately\s+)?"
    r"claimed\s+(?:responsibility|(?:the|that|this)\s+(?:attack|blast|bombing|explosion|ambush|"
    r"killings?))"
)
_CLAIMED = frozenset({"claimed"})  # in every match of _UNCLAIMED_RE
# "The TTP, which ..., denied any role in the attack": the group named just before the denial
_DENIED_AFTER_RE = re.compile(
    r"(?:\s*\([^()]{1,45}\))?(?:,\s*[^,;.()]{1,60},)?\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:\w+ly\s+)?(?:denied|denies|deny|rejected|rejects)\s+(?:any\s+|all\s+|its\s+)?"
    # (a denial of the act, not of a claim: "the junta rejected the claim" names no attacker)
    r"(?:involvement|role|responsibility|part|links?|having|carrying|staging|being\s+behind|"
    r"(?:that\s+)?(?:it|its\s+\w+)\s+(?:had|was|were|carried))\b"
)
_DENIED_WORDS = frozenset({"denied", "denies", "deny", "rejected", "rejects"})


# "the rebels took Nyabibwe" after "M23 rebels are moving south": the group named before
_ANAPHOR_RE = re.compile(
    r"\b[Tt]he\s+(?:rebels|insurgents|militants|jihadists|militia|militiamen|group)\b"
)
_ANAPHOR_WORDS = frozenset("rebels insurgents militants jihadists militia militiamen group".split())


def _group_named_before(
    actor1: str | None, main: SentenceFacts, facts: list[SentenceFacts]
) -> str | None:
    """The one armed group the story named before an event whose attacker it calls 'the
    rebels' (an unnamed attacker otherwise: two groups named leave it open, unless the story
    told one of them claiming or blamed for an earlier act: "the armed wing of the Free Papua
    Movement claimed the killing ... On Wednesday, the rebels burned a school")."""
    if not (actor1 or "").startswith("Unidentified Armed Group") or not (
        holds_any(main.text, _ANAPHOR_WORDS) and _ANAPHOR_RE.search(main.text)
    ):
        return None
    named = {
        a["actor"]
        for f in facts
        if f.idx <= main.idx
        for a in f.actors
        if a["actor_type"] == "rebels" and not a["actor"].startswith("Unidentified")
    }
    if len(named) > 1:
        named &= {
            r["actor"]
            for f in facts
            if f.idx < main.idx and (r := responsible_actor(f.text, f.start, f.actors))
        }
    return named.pop() if len(named) == 1 else None


# the words a story calls a group it named before by: "engaged the group", "clashed with rebels"
_ENEMY_RE = re.compile(
    r"\b(?:rebels|insurgents|militants|jihadists|militiamen|group|fighters|separatists|"
    r"attackers|assailants)\b"
)
_ENEMY_WORDS = frozenset(
    "rebels insurgents militants jihadists militiamen group fighters separatists attackers "
    "assailants".split()
)


def _enemy_named_before(
    roles: Roles,
    country: str | None,
    main: SentenceFacts,
    event: Event,
    facts: list[SentenceFacts],
) -> str | None:
    """'The attackers were fighters of the ADF ... soldiers tracked the group and engaged it
    near Bwera': the one armed group the story named before is the side the country's forces
    fought, where the fight's sentence calls it only 'the group', 'rebels' or 'fighters' (and
    the story does not say the group is unknown)."""
    actor2 = roles.actor2
    if not (actor2 is None or actor2.startswith("Unidentified Armed Group")):
        return None
    if not _home_forces(roles.actor1, country):
        return None
    if not (holds_any(main.text, _ENEMY_WORDS) and _ENEMY_RE.search(main.text)):
        return None
    if any(_GROUP_UNTOLD_RE.search(f.text) for f in event.sentences):
        return None  # "It did not identify the group to which they belonged."
    named = {
        a["actor"]
        for f in facts
        # (a group the fight's own sentence names was read there: "presumed JNIM militants")
        if f.idx < main.idx
        for a in f.actors
        if a["actor_type"] == "rebels" and not a["actor"].startswith("Unidentified")
    }
    if len(named) != 1:
        return None
    enemy = named.pop()
    on = (event.date or {}).get("date_start")
    then = dated_actor(enemy, on, "") if on is not None and has_dated_name(enemy) else None
    return then[0] if then is not None else enemy


_GROUP_UNTOLD_RE = re.compile(
    r"\b(?:did|does|would|could)\s+not\s+(?:identify|name|say)\b|\bwithout\s+(?:naming|"
    r"identifying)\b|\bunidentified\b",
    re.IGNORECASE,
)


# "Gunmen from the Viv Ansanm gang coalition swept into ...": who the attackers were
_MEMBERS_OF_RE = re.compile(
    r"(?:The\s+)?(?:gunmen|fighters|militants|members|attackers|assailants|gang\s+members)\s+"
    r"(?:from|of|belonging\s+to|loyal\s+to)\s+(?:the\s+)?",
    re.IGNORECASE,
)


_WHERE_MEMBERS_OF_RE = re.compile(
    r"\b(?:where|when|as)\s+(?:gunmen|fighters|militants|members|attackers|assailants)\s+"
    r"(?:from|of|belonging\s+to|loyal\s+to)\s+(?:the\s+)?(?:[\w'’-]+-linked\s+|[\w'’-]+-affiliated\s+)?",
    re.IGNORECASE,
)


_MILITIA_TYPES = frozenset({"political_militia", "identity_militia"})


def _defenders(
    actor1: str | None, actor2: str | None, main: SentenceFacts, event: Event
) -> str | None:
    """'armed individuals attacked the village ... the VDP based in the village engaged the
    assailants': the battle was fought by the militia told fighting back (volunteers, hunters,
    vigilantes), not by the village's people."""
    if not (actor2 or "").startswith("Civilians"):
        return None
    for fact in event.sentences:
        if fact is main or "clash" not in fact.cues:
            continue
        fought_at = fact.start + fact.cues["clash"]
        for actor in fact.actors:
            if (
                actor["char_end"] <= fought_at
                and actor["actor_type"] in _MILITIA_TYPES
                and actor["actor"] != actor1
                and not actor["actor"].startswith("Unidentified")
            ):
                return actor["actor"]
    return None


def _group_named_next(actor1: str | None, main: SentenceFacts, event: Event) -> str | None:
    """The group the sentence after an event's lead names its unnamed attackers members of
    ('Jihadists ambushed a convoy ... The attack took place near Kassaro, where fighters of
    the JNIM opened fire')."""
    if not (actor1 or "").startswith(("Unidentified Armed Group", "Unidentified Gang")) and (
        " and/or " not in (actor1 or "")
    ):
        return None
    after = [f for f in event.sentences if f.idx == main.idx + 1]
    if not after:
        return None
    fact = after[0]
    opening = _MEMBERS_OF_RE.match(fact.text) or _WHERE_MEMBERS_OF_RE.search(fact.text)
    if opening is None:
        return None
    start = fact.start + opening.end()
    return next(
        (
            a["actor"]
            for a in fact.actors
            if a["char_start"] == start and not a["actor"].startswith("Unidentified")
        ),
        None,
    )


def _group_telling_its_act(actor1: str | None, event: Event) -> str | None:
    """'Jihadists attacked a camp ... JNIM said it had killed 30 soldiers': the one group that
    tells the act as its own is the attacker the lead left unnamed, named only as one of
    several, or named only by its creed ("Islamist militants": ACLED's Islamist Militia is a
    group no one has named)."""
    if not (actor1 or "").startswith(("Unidentified Armed Group", "Islamist Militia")) and (
        " and/or " not in (actor1 or "")
    ):
        return None
    return _the_one_teller(
        event,
        lambda a: a["actor_type"] in NONSTATE_ARMED_TYPES
        and " and/or " not in a["actor"]
        and not a["actor"].startswith("Unidentified"),
    )


def _the_one_teller(
    event: Event, keep: Callable[[dict], bool], act: re.Pattern[str] | None = None
) -> str | None:
    """The one actor ``keep`` accepts among those of the event's sentences that tell an act
    as the speaker's own ('X said it had ...'); None when there are none or several. With
    ``act``, only a speaker named before what that pattern finds ("Russia said it had hit a
    gathering of Ukrainian officers": Russia, not the officers)."""
    tellers = set()
    for f in event.sentences:
        if not tells_own_act(f.text):
            continue
        told = act.search(f.text) if act is not None else None
        if act is not None and told is None:
            continue
        for a in f.actors:
            if keep(a) and (told is None or a["char_end"] - f.start <= told.start()):
                tellers.add(a["actor"])
    return tellers.pop() if len(tellers) == 1 else None


def _forces_telling_their_strike(
    roles: Roles, event: Event, sub_event_type: str | None, country: str | None
) -> str | None:
    """'A drone strike hit a gathering of JNIM fighters ... The army said it had struck "a
    terrorist meeting"': the country's forces that tell a strike on rebels as theirs fired it
    (not those that tell of drones they shot down in a war between states). So do those that
    say they struck where locals count civilians dead: the strike is theirs, whoever it hit."""
    if sub_event_type not in _STRIKES or not (roles.actor1 or "").startswith("Unidentified Armed"):
        return None

    def home(a: dict) -> bool:
        return a["actor_type"] == "state_forces" and _home_forces(a["actor"], country)

    if any(
        a["actor"] == roles.actor2 and a["actor_type"] in NONSTATE_ARMED_TYPES
        for f in event.sentences
        for a in f.actors
    ):
        return _the_one_teller(event, home)
    if (roles.actor2 or "").startswith("Civilians"):
        return _the_one_teller(event, home, _STRUCK_TOLD_RE)
    return None


# "the army said it had struck a terrorist gathering", "said its jets had hit a rebel camp"
_STRUCK_TOLD_RE = re.compile(
    r"\bhad\s+(?:on\s+\w+\s+)?[\"“]?(?:struck|hit|targeted|bombed|carried\s+out\s+(?:an?\s+)?"
    r"(?:air|drone)?\s*strikes?)\b"
)


# "a group of about 15 gunmen, whom he identified as Borana raiders"
_IDENTIFIED_AS_RE = re.compile(
    r"\b(?:(?:whom|who|which)\s+(?:\w+\s+){0,2}?)?(?:identified|described)\s+"
    # ("armed men identified by residents as elements of the 3R rebel group")
    r"(?:by\s+(?:[\w-]+\s+){1,3}?)?as\s+(?:being\s+)?(?:suspected\s+)?"
    r"(?:(?:elements|members|fighters|militants)\s+of\s+(?:the\s+)?)?$"
)


# "The attackers, a group of Samburu morans armed with rifles, ...": who they were
_ATTACKERS_WHO_RE = re.compile(
    r"\b(?:attackers|raiders|assailants|gunmen),\s+(?:an?\s+)?(?:(?:group|band|gang)\s+of\s+)?"
    r"(?:(?:about|some|around)\s+\w+\s+)?$",
    re.IGNORECASE,
)


def _identified_as(actor1: str | None, event: Event) -> str | None:
    """The group an unnamed attacker is identified as later in the event's account."""
    if not (actor1 or "").startswith(("Unidentified Armed Group", "Unidentified Communal")):
        return None
    for fact in event.sentences:
        if "identified " in fact.text or "described as" in fact.text:
            told = _IDENTIFIED_AS_RE
        elif "ers, " in fact.text or "ants, " in fact.text or "men, " in fact.text:
            told = _ATTACKERS_WHO_RE
        else:
            continue
        for a in fact.actors:
            start = a["char_start"] - fact.start
            if (
                a["actor_type"] in ARMED_TYPES
                and not a["actor"].startswith("Unidentified")
                and told.search(fact.text, max(0, start - 50), start)
            ):
                return a["actor"]
    return None


def _foreign_forces(actor: str, country: str | None) -> bool:
    """Another state's military or police forces than those of the event's country."""
    return (
        country is not None and actor.startswith(STATE_FORCES) and not _home_forces(actor, country)
    )


def _home_forces(actor: str | None, country: str | None) -> bool:
    """The state forces of the event's own country (a foreign army taking a town overtakes
    territory; the country's own retakes it)."""
    return bool(actor and country) and actor.startswith(
        (f"Military Forces of {country}", f"Police Forces of {country}")
    )


def _forces_at_home(event: Event, country: str, facts: list[SentenceFacts]) -> Event:
    """Bare force nouns ("the police", "soldiers") took the country of their sentence's town;
    where that town was a namesake abroad ("Yamba" read in Australia, in a Burkinabe story) in
    a country the story never names, by name or demonym, they are the forces of the country
    the event is placed in. Forces the story names as foreign keep theirs ("French Operation
    Barkhane said its soldiers ...", "Kenyan troops")."""
    if not any(
        a["actor_type"] == "state_forces" and a["country"] not in (None, country)
        for f in event.sentences
        for a in f.actors
    ):
        return event  # (most events: their forces are the event's country's, or none)
    named = {p["country"] for f in facts for p in f.places if not p["location"]}

    def at_home(a: dict, _fact: SentenceFacts) -> dict:
        was = a["country"]
        if a["actor_type"] != "state_forces" or was in (None, country) or was in named:
            return a
        if bare_forces(a["text"]):
            for branch in ("military", "police"):
                if a["actor"] == state_forces(was, branch):
                    return {**a, "actor": state_forces(country, branch), "country": country}
        return a

    return _actors_mapped(event, at_home)


def _actors_as_of(event: Event, on: dt.date | None) -> Event:
    """The event's actors under the names they had on its date ('Taliban' in 2024 are the
    state's forces: their detentions are arrests, not abductions)."""
    if on is None or not any(has_dated_name(a["actor"]) for f in event.sentences for a in f.actors):
        return event  # (most events: no actor's name depends on the date)

    def then_named(a: dict, fact: SentenceFacts) -> dict:
        end = a["char_end"] - fact.start
        then = dated_actor(a["actor"], on, window_after(fact.text, end, 20))
        if then is None:
            return a
        return {**a, "actor": then[0], "actor_type": then[1], "country": then[2]}

    return _actors_mapped(event, then_named)


def _actors_mapped(event: Event, rename: Callable[[dict, SentenceFacts], dict]) -> Event:
    """The event with each of its sentences' actors renamed (the event itself, where none
    changed)."""
    facts = []
    for fact in event.sentences:
        actors = [rename(a, fact) for a in fact.actors]
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
_COUNTER = WordBeginnings(("counter",))  # the beginning of every match of COUNTER_PROTEST_RE


def _share_of_split_toll(killed: int, event: Event) -> int:
    """'Fatalities spread across two events': this event reports its share of the total,
    rounded half up (the way such totals are divided among the coded events)."""
    for fact in event.sentences:
        m = holds_any(fact.text, _SPLIT_WORDS) and _SPLIT_RE.search(fact.text)
        if m:
            parts = parse_number(m.group("n"))
            if parts and parts > 1:
                return int(killed / parts + 0.5)
    return killed


_NATIONAL_LEVEL_TYPES = frozenset({"Strategic developments", "Protests"})
# strategic developments that happen somewhere: a shot-down drone or a looted shop is not in
# the capital because the text names no place
_PHYSICAL_SUB_EVENTS = frozenset({"Disrupted weapons use", "Looting/property destruction"})

_OFF_DUTY_RE = re.compile(
    r"\b(?:off[- ]duty|retired|assassinat\w+|at\s+(?:his|her|their)\s+(?:home|house|residence))\b",
    re.IGNORECASE,
)
# one of these begins a word of every match
_OFF_DUTY_WORDS = WordBeginnings(("assassinat", "duty", "home", "house", "residence", "retired"))


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
    votes = {"armed": 0, "civilian": 0}  # (a dict: a Counter costs more to build and read)
    for figure in casualties:
        kind = victim_kind(figure.victim)
        if kind is not None:
            votes[kind] += 1
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
    if _OFF_DUTY_WORDS.in_words(lower_words(text)) and _OFF_DUTY_RE.search(text):
        # off-duty or retired personnel, killings at home: not a battle; outweighs both the
        # victim's rank and the forces named as target
        votes["civilian"] += 4
    if not any(votes.values()):
        # no victim figure and no target actor: the subject of a passive attack verb ("an
        # army base was attacked", "a police officer was ambushed") says who was hit
        match = holds_any(text, _PASSIVE_ATTACK_WORDS) and _PASSIVE_TARGET_RE.search(text)
        return kinds.get(match.group(1).lower()) if match else None
    return "armed" if votes["armed"] >= votes["civilian"] else "civilian"


_PASSIVE_TARGET_RE = re.compile(
    r"\b([A-Za-z]+)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:attacked|ambushed|targeted|shot\s+at|fired\s+(?:at|upon|on)|raided)\b"
)
# every match of _PASSIVE_TARGET_RE holds one of these words (a set test spares most sentences)
_PASSIVE_ATTACK_WORDS = frozenset("attacked ambushed targeted shot fired raided".split())


__all__ = [
    "Analysis",
    "analyse_document",
    "extract_document",
    "extract_events",
    "PROTESTS",
    "RIOTS",
    "VAC",
]
