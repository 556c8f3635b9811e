"""Where an event happened: the place and country of an event, from its sentences' place
mentions read against the story's country, its actors' homes and the places ACLED codes to.

A pure library over segments' sentence facts and events (no Dagster); extraction.py asks it
once per event.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from sitrep.actors import (
    ACTOR_TYPES,
    NONSTATE_ARMED_TYPES,
    names_forces,
    own_country,
)
from sitrep.places import (
    TOWN_APPOSITIVE_RE,
    PlaceMention,
    admin1_readings,
    country_name,
    demonym_country,
    division_seat,
    far_apart,
    find_countries,
    former_division,
    is_admin1_name,
    is_seeded,
    is_town,
    loose_places,
    people_country,
    people_named,
    reading_in,
    theatre_admin1,
    theatre_countries,
    unit_country,
)
from sitrep.segments import (
    CAUSE_PLACE_RE,
    CITY_OF_BEFORE_RE,
    EVENT_CUES,
    PART_OF_TOWN_RE,
    TOOK_PLACE_RE,
    Event,
    SentenceFacts,
    aftermath_place,
    names_division,
    names_second_level,
    names_subdivision,
    names_town,
    place_head,
    spoken_at,
    words_before,
)
from sitrep.text import LowercaseRegex, WordMemo, window_after, window_before


def on_forces(place: str, sentence: str, end: int) -> bool:
    """'Russian missiles', 'Ethiopian troops': a demonym on a state's forces or weapons (ending
    at ``end`` in ``sentence``) says who fought, not where; it casts no vote for the country."""
    return demonym_country(place) is not None and names_forces(sentence, end)


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
    place: dict, expected: str, facts: list[SentenceFacts], own_only: bool = False
) -> dict:
    """'Yoro' with Katiba Macina militants, 'Palma' with Cabo Delgado insurgents: when only the
    gazetteer points to a country on another continent, while local actors (not armed forces,
    which fight abroad) or a country name point home, the place is a namesake at home. A place
    its own division pins down ("Sydney (New South Wales)") is no namesake."""
    if _pinned_down(place):
        return place
    home = abroad = False
    for fact in facts:
        # with own_only, only the actors' own countries count (see _expected_countries)
        for p in () if own_only else fact.places:
            if p["country"] and not p["location"] and not demonym_country(p["text"]):
                home |= p["country"] == expected
                abroad |= p["country"] == place["country"]
            elif p["admin1"] and p["location"] and p["location"] != place["location"]:
                # "a march in Bannu ... in Khyber Pakhtunkhwa": the story's other places
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


def _in_theatre(place: dict, country: str, event: Event, facts: list[SentenceFacts]) -> dict:
    """A village in the theatre of a group or body the note names takes a division there (see
    places.theatre_admin1); the event's own sentences name the cues first."""
    if place["country"] not in (None, country) or country not in theatre_countries():
        return place
    own = {id(f) for f in event.sentences}
    others = [f for f in facts if id(f) not in own]
    named: list[str] = []  # (lists, not nested generators: this runs for every event)
    for f in [*event.sentences, *others]:
        named += [a["actor"] for a in f.actors]
        named += [p["text"] for p in f.places if p["country"] and not p["location"]]
    cues = tuple(named)
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


def _offshore_or_zone(place: dict, facts: list[SentenceFacts]) -> dict:
    """'off the coast of X': ACLED codes a maritime event to 'Coast of X'; a zone of a Brazilian
    city ('East Zone of' the city) is coded as the city's zone, 'Sao Paulo-East Zone'."""
    start = place.get("char_start")
    if start is None or not place.get("location"):
        return place
    for fact in facts:
        if fact.start <= start < fact.end:
            break
    else:
        return place
    at = start - fact.start
    before = window_before(fact.text, at, 60)
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
    if not _IDP_CAMP_RE.search(place_head(place)):
        return place
    return {**place, "location": f"{place['location']} IDP Camp"}


def _loose_place(
    event: Event, facts: list[SentenceFacts], place: dict | None, header_end: int = 0
) -> dict | None:
    """An event nothing else places: a known town named without a locative cue ("Pouytenga
    students staged a sit-in"), in the event's sentences first, then anywhere in the note
    after its dateline. A place the gazetteer lacks keeps its name and takes the town's
    country only."""
    for group in (event.sentences, facts):
        found = [m for f in group for m in _loose_places(f) if m.char_start >= header_end]
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


def _loose_places(fact: SentenceFacts) -> list[PlaceMention]:
    """loose_places of a sentence, worked out once: an unplaced event asks its own sentences,
    then every sentence of the note again, and each unplaced event of the note asks anew."""
    found = fact.derived.get("loose")
    if found is None:
        found = fact.derived["loose"] = loose_places(fact.text, fact.start)
    return found


def _event_place(event: Event, main: SentenceFacts, expected: str | None) -> dict | None:
    """The main sentence's first located place; else a located place elsewhere in the event
    that agrees with the country the event's actors and country names point to."""
    coded = _coded_place(event, main, expected)
    if coded is not None:
        return coded
    for fact in event.sentences:
        # "The attack took place near Kassaro, in the Kita area": the scene, said outright
        if fact is main or not TOOK_PLACE_RE.match(fact.text):
            continue
        told = [
            p
            for p in _located_places(fact)
            if expected in (None, p["country"]) and not aftermath_place(fact, p)
        ]
        if told:
            return _best_place(fact, told)
    located = _located_places(main)
    if located:
        near = _placed_by_next(main, located)
        if near is not None and expected in (None, near["country"]):
            return near
        agreeing = [p for p in located if expected is None or p["country"] == expected]
        divisions = [p for p in agreeing if p["admin1"]]
        hamlet = _hamlet_in_division(main, located, divisions) if divisions else None
        if hamlet is not None:
            # "near Ngoshe, in Gwoza local government area": a village of no country yet, in
            # the division told beside it
            return {**hamlet, "country": divisions[0]["country"], "admin1": divisions[0]["admin1"]}
        beside = _beside_road(main, agreeing or located)
        if beside is not None:
            return beside
        # (where every place agrees and some are resolved, _best_place would ask the three
        # questions above again of the same places)
        tried = near is None and len(agreeing) == len(located) and bool(divisions)
        best = _best_place(main, agreeing or located, tried=tried)
        if _whole_division(main, best) or _COAST_AFTER_RE.match(
            main.text, best["char_end"] - main.start
        ):
            return _town_within(event, main, best)
        return best
    for fact in event.sentences:
        if not (fact.casualties or any(c in EVENT_CUES for c in fact.cues)):
            continue
        agreeing = [
            p for p in _located_places(fact) if expected is None or p["country"] == expected
        ]
        if agreeing:
            # "planted beside the X-Y road ... passed through the village of Z": the road only
            # passes by the scene
            return _beside_road(fact, agreeing) or agreeing[0]
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


_DIVISION_OF_RE = LowercaseRegex(
    r"\b(?:province|region|state|district|county|prefecture|governorate|department)\s+of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _division_of_before(fact: SentenceFacts, place: dict) -> bool:
    """'the southern province of X': the words before the place name its division."""
    before = words_before(fact, place)
    # (a match ends in "of" or "of the", then spaces: a test of the last word first, as most
    # places follow neither)
    return before.rstrip().lower().endswith(("of", "the")) and (
        _DIVISION_OF_RE.search(before) is not None
    )


def _whole_division(fact: SentenceFacts, place: dict) -> bool:
    """'Kangpokpi district', 'the southern province of X': the place names a division."""
    return names_division(place) or _division_of_before(fact, place)


def _named_division(fact: SentenceFacts, place: dict) -> bool:
    """'the coastal province of X' names the province even where its capital shares the name;
    a parenthesis after it ('the district of X (X, Region)') is ACLED's own coding of a town."""
    return names_division(place) or ("(" not in place["text"] and _division_of_before(fact, place))


def _town_within(event: Event, main: SentenceFacts, division: dict) -> dict:
    """'an ambush in X district ... The patrol came under fire near Y village': a lead that
    names only a division is narrowed down by the town or village a later sentence of the
    event names in it (not where the wounded were taken); the town borrows the division."""
    for fact in event.sentences:
        if fact is main or fact.idx < main.idx:
            continue
        for place in _located_places(fact):
            if (
                place["country"] in (None, division["country"])
                and (
                    division["admin1"] is None
                    or place["admin1"] in (None, division["admin1"])
                    # ("Papua region ... Sugapa": a town of a province split off it since)
                    or former_division(place["country"], place["admin1"]) == division["admin1"]
                )
                and (not _whole_division(fact, place) or _seat_below(place, division))
                and place["location"] != division["location"]
                # "Balochistan, which borders Iran, is ...": the division's own province is
                # wider than the district, not a town in it
                and place["location"] != division["admin1"]
                and not _admin1_described(fact, place, division)
                and (place["admin1"] or _named_hamlet(fact, place))
                and not _FORCE_NAME_AFTER_RE.match(fact.text, place["char_end"] - fact.start)
                and not _POST_OF_RE.search(words_before(fact, place))
                and not aftermath_place(fact, place)
                and not _road_end(fact, place)
                and not _ROAD_TO_RE.search(words_before(fact, place))
                # ("shells had been fired from the direction of Toretsk": not where they fell)
                and not _FROM_RE.search(words_before(fact, place))
                # ("3,400 people newly displaced towards Tera town": where they fled to)
                and not _TOWARDS_RE.search(words_before(fact, place))
                and not _LAND_AFTER_RE.match(fact.text, place["char_end"] - fact.start)
                and not _LAND_AFTER_RE.search(place["text"])
            ):
                return {
                    **place,
                    "country": division["country"],
                    "admin1": place["admin1"] or division["admin1"],
                }
    return division


# "the Army and Jammu and Kashmir Police": a place that names a force is not where it went
_FORCE_NAME_AFTER_RE = re.compile(
    r"(?:\s+and\s+[A-Z][\w'’-]*)?\s+(?:Police|Army|Rifles|Regiment|Constabulary|Gendarmerie)\b"
)


# "the Inspector General of Police, Kashmir, said": the place a post answers for
_POST_OF_RE = re.compile(r"\b(?:Police|Army|Command|Range|Zone|Division),\s+$")


# "along Yemen's Red Sea coast": a stretch of coast, narrowed down by the town named next
_COAST_AFTER_RE = re.compile(r"\s+(?:coast|coastline|shore)\b")


# "a village in Kyauktaw township", "in Rueso district", under a lead that named only its
# state or province: ACLED codes the township's or district's seat
_LOCAL_DIVISION_RE = re.compile(
    r"\s(?:township|upazila|tehsil|subdistrict|district)$", re.IGNORECASE
)
# "fighting in the Catatumbo region ... in rural areas of Hacari municipality": a municipality
# is coded to its seat, which bears its name, under any wider division the lead gave
_MUNICIPALITY_RE = re.compile(r"\smunicipality$", re.IGNORECASE)


def _seat_below(place: dict, division: dict) -> bool:
    """A local division named inside the wider division the lead gave."""
    if _MUNICIPALITY_RE.search(place["text"]) is not None:
        return True
    return (
        division["location"] == division["admin1"]
        and _LOCAL_DIVISION_RE.search(place["text"]) is not None
    )


# "a lifeline for the Imphal valley": a stretch of land named for a town, not the town
_LAND_AFTER_RE = re.compile(
    r"\s+(?:valley|plateau|basin|hills|mountains|plains|belt|corridor|delta)\b", re.IGNORECASE
)


# "X is one of the departments hardest hit", "X, a province where": the place is a division
_DIVISION_DESCRIBED_RE = re.compile(
    r"^,?\s+(?:(?:is|was|remains|has\s+been)\s+)?(?:one\s+of\s+the|an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:departments?|provinces?|regions?|states?|governorates?|counties)\b",
    re.IGNORECASE,
)


def _admin1_described(fact: SentenceFacts, place: dict, division: dict) -> bool:
    """'Arauca is one of the departments hardest hit': a later sentence describing the whole
    admin1 the district lies in names no place within the district."""
    after = window_after(fact.text, place["char_end"] - fact.start, 60)
    return (
        place["location"] == division["admin1"] == place["admin1"]
        and _DIVISION_DESCRIBED_RE.search(after) is not None
    )


# "a camp near the road to X": X is where the road leads, not where it happened
_ROAD_TO_RE = re.compile(
    r"\b(?:road|highway|route|track|motorway)\s+(?:to|towards)\s+(?:the\s+)?$", re.IGNORECASE
)
_ROAD_AFTER_RE = re.compile(r"^\s+(?:road|highway|route|axis|expressway)\b", re.IGNORECASE)


def _road_end(fact: SentenceFacts, place: dict) -> bool:
    """'blocked the X-Y highway': a road named for the towns at its ends passes by the scene;
    it does not narrow a division down to one of those towns."""
    if "-" not in place["text"]:
        return False  # (most places: the quick test first)
    after = window_after(fact.text, place["char_end"] - fact.start, 20)
    return _ROAD_AFTER_RE.search(after) is not None


_HAMLET_HEAD_RE = re.compile(r"\s(?:village|town|hamlet)$", re.IGNORECASE)


def _named_hamlet(fact: SentenceFacts, place: dict) -> bool:
    """'Y village', 'the village of Y': a place the gazetteer lacks that the text calls one."""
    return bool(
        _HAMLET_HEAD_RE.search(place_head(place))
        or _HAMLET_CUE_RE.search(words_before(fact, place))
    )


def _scene_place(event: Event, facts: list[SentenceFacts], expected: str | None) -> dict | None:
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


def _located_places(fact: SentenceFacts) -> list[dict]:
    """The places the sentence names as where something happened (not a speaker's seat, a
    group's name, where fire came from); asked several times per event, worked out once."""
    located = fact.derived.get("located")
    if located is None:
        located = fact.derived["located"] = _sentence_located_places(fact)
    return located


def _sentence_located_places(fact: SentenceFacts) -> list[dict]:
    source = "from" in fact.text
    located = [
        p
        for p in fact.places
        if p["location"]
        and not spoken_at(fact, p)
        and not _group_name(fact, p)
        and not (source and _fired_from(fact, p))
        # ("The Benue State Police Command wishes to inform the public": whose police tell it)
        and not _FORCE_AFTER_RE.match(fact.text, p["char_end"] - fact.start)
    ]
    if len(located) > 1:
        # "Emory University in Atlanta", "the University of Texas at Austin", "Gundogdu Square
        # in Izmir": a campus or square named for a place, in the town named after it
        located = [
            p
            for p in located
            if not (
                _NAMED_SITE_RE.search(p["text"])
                and any(
                    fact.text[p["char_end"] - fact.start : q["char_start"] - fact.start]
                    in (" in ", " at ", ", ")
                    and q["admin1"]
                    for q in located
                )
            )
        ]
    if len(located) > 1 and (
        "solidarity" in fact.text
        or "support of" in fact.text
        or "against the" in fact.text
        or "condemn" in fact.text
    ):
        # (a cause's place beside the scene: not "in solidarity with the teachers in X" alone)
        return [
            p for p in located if not CAUSE_PLACE_RE.search(words_before(fact, p, 80))
        ] or located
    return located


_FORCE_AFTER_RE = re.compile(r"\s+(?:Police|Command)\b")


# a campus, square or street named for a place ("Emory University", "University of Texas",
# "Gundogdu Square", "Hastings Street"), which stands in the town named after it
_NAMED_SITE_RE = re.compile(
    r"^University\s+of\s|\s(?:University|College|Campus|Square|Street|Avenue|Boulevard|Highway)$"
)


# "the projectile, which officials said was fired by the Houthis from positions in al-Bayda":
# where a shot came from, not where it struck
_FIRED_FROM_RE = re.compile(
    r"\b(?:fired|launched|shot)\s+(?:(?!(?:at|on|towards|into|leaving)\b)[\w'’-]+\s+){0,4}?from\s+"
    r"(?:the\s+)?(?:(?:its|their)\s+)?"
    r"(?:(?:positions?|bases?|areas?|territory)\s+(?:in|inside|near)\s+(?:the\s+)?)?"
    r"(?:neighbouring\s+|nearby\s+)?$",
    re.IGNORECASE,
)


def _fired_from(fact: SentenceFacts, place: dict) -> bool:
    before = words_before(fact, place, 80)
    # ('"We ran from Sirwah," she said': where a witness fled from)
    return _FIRED_FROM_RE.search(before) is not None or (
        fact.text.startswith(_QUOTES) and _RAN_FROM_RE.search(before) is not None
    )


_QUOTES = ('"', "“", "'", "‘")
_RAN_FROM_RE = re.compile(r"\b(?:ran|fled|escaped|came)\s+(?:away\s+)?from\s+$")


def _group_name(fact: SentenceFacts, place: dict) -> bool:
    """'the Bangsamoro Islamic Freedom Fighters (BIFF)': a name the gazetteer cannot place
    that opens an armed group's name is the group, not a place."""
    return place["country"] is None and any(
        a["char_start"] == place["char_start"] and a["actor_type"] in NONSTATE_ARMED_TYPES
        for a in fact.actors
    )


def _is_coded(fact: SentenceFacts, place: dict) -> bool:
    """'(coded as X at geoprecision 2)', '(coordinates for X used)', 'location coded to X'."""
    if place["text"].lower().startswith(("coded", "coordinates")):
        return True
    if not _says_coded(fact):
        return False  # most sentences: no place of theirs is said to be coded
    at = place["char_start"] - fact.start
    before = window_before(fact.text, at, 20)
    return "coded" in before.lower() and bool(_CODED_TO_RE.search(before))  # a quick test first


def _says_coded(fact: SentenceFacts) -> bool:
    """Whether the sentence holds the word 'coded' (asked for each of its places)."""
    found = fact.derived.get("coded")
    if found is None:
        found = fact.derived["coded"] = "coded" in fact.text.lower()
    return found


def _coded_place(event: Event, main: SentenceFacts, expected: str | None) -> dict | None:
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


def _best_place(fact: SentenceFacts, located: list[dict], tried: bool = False) -> dict:
    """ACLED codes the most specific known place: one the text says it was 'coded to', else
    the first gazetteer-resolved place that is not a whole zone/province/county. ``tried``:
    the caller found no place by _placed_by_next, _beside_road or _hamlet_in_division in
    these places (some of them resolved)."""
    for place in located:
        if _is_coded(fact, place):
            return place
    near = (None if tried else _placed_by_next(fact, located)) or _placed_from_next(fact, located)
    if near is not None:
        return near
    resolved = [p for p in located if p["admin1"]] or located
    if not tried:
        beside = _beside_road(fact, located)
        if beside is not None:
            return beside
        hamlet = _hamlet_in_division(fact, located, resolved)
        if hamlet is not None:
            return hamlet
    for place in resolved:
        if " - " in place["location"]:
            return place  # "Rio de Janeiro - North Zone": ACLED's own city - district name
    specific = [
        p
        for p in resolved
        if not _named_division(fact, p) and (p["location"] != p["admin1"] or names_town(p))
    ]
    if "from" in fact.text and any(_origin(words_before(fact, p, 120)) for p in specific):
        # "forces from X fired at Y": the event is where they struck, not where they came from
        there = [p for p in specific if _AT_RE.search(words_before(fact, p))]
        specific = there or specific
    if len(specific) > 1:
        # "a minibus carrying traders to the market at Pama struck a bomb 15 kilometres from
        # Fada N'Gourma": where the travellers were going is not where it happened
        specific = [
            p for p in specific if not _DESTINATION_RE.search(words_before(fact, p, 80))
        ] or specific
    elif (
        specific
        and len(resolved) > 1
        and _DESTINATION_RE.search(words_before(fact, specific[0], 80))
    ):
        # "residents protested in X after being denied seats on buses heading to Y": the
        # destination is no scene, even where the scene's town shares its province's name
        # (and so is not "specific")
        specific = [
            p
            for p in resolved
            if p is not specific[0]
            and p["char_start"] < specific[0]["char_start"]
            and not _named_division(fact, p)
        ] or specific
    if not specific and len(resolved) > 1 and "from" in fact.text:
        # "youths from Warrap state raided a camp in Rubkona County": of divisions only, the one
        # they struck in, not the one they came from
        resolved = [
            p
            for p in resolved
            if not _origin(before := words_before(fact, p, 120))
            and not _EVACUATED_TO_RE.search(before)
        ] or resolved
    # ("Yangon Region: ... in Hlaing Tharyar township": the township, not the region)
    first = (specific or [p for p in resolved if names_subdivision(p)] or resolved)[0]
    named_town = next((p for p in specific[1:] if names_town(p)), None)
    if named_town and not names_town(first) and named_town["admin1"] == first["admin1"]:
        first = named_town  # "In Bukidnon, ... in the hinterlands of Impasugong town"
    for place in specific or resolved:
        if "(" in place["text"] and not place["location"].isupper():
            return first if _between_first(fact, first, place) else place
    return _village_qualified(fact, located, first) or first


_NEAR_RE = re.compile(r"\b(?:near|at|through)\s+(?:the\s+)?(?:village\s+of\s+|town\s+of\s+)?$")


def _beside_road(fact: SentenceFacts, located: list[dict]) -> dict | None:
    """'on the X-Y highway near Z': the road only passes by; the place named near it is the
    scene (it borrows the road's division when the gazetteer lacks it)."""
    first = next((p for p in located if p["admin1"] and _road_end(fact, p)), None)
    if first is None:
        return None
    for p in located:
        if (
            p["char_start"] > first["char_end"]
            and p["country"] in (None, first["country"])
            and _NEAR_RE.search(words_before(fact, p))
        ):
            return {**p, "country": first["country"], "admin1": p["admin1"] or first["admin1"]}
    return None


_IN_DIVISION_GAP_RE = re.compile(r"^,\s+(?:also\s+)?in\s+(?:the\s+)?$", re.IGNORECASE)
_DISTRICT_RE = re.compile(r"\sdistrict$", re.IGNORECASE)
# "X, also in Y district": the story has been in Y district already; X is one of its
# villages (a bare "X, in Y district" is often coded to the district)
_ALSO_RE = re.compile(r"\balso\b", re.IGNORECASE)
# "X village in Y LGA": a village named as one sits in the division without a comma
_IN_GAP_RE = re.compile(r"^\s+in\s+(?:the\s+)?$", re.IGNORECASE)
_VILLAGE_HEAD_RE = re.compile(r"\s(?:village|community|hamlet)$", re.IGNORECASE)


def _placed_by_next(fact: SentenceFacts, located: list[dict]) -> dict | None:
    """'the village of X, in Y territory', 'X, also in Y LGA': the first place is the scene and
    the next one only says which second-level division it lies in; the scene borrows that
    division's admin1 (the gazetteer often lacks the village). Only kinds of division that
    are never ACLED's admin1 count: 'X, in Y district' notes often code the district."""
    for place, nxt in zip(located, located[1:], strict=False):
        if not nxt["admin1"] or names_division(place) or place["location"] == place["admin1"]:
            continue
        if place["country"] not in (None, nxt["country"]) or place["admin1"] not in (
            None,
            nxt["admin1"],
        ):
            continue
        gap = fact.text[place["char_end"] - fact.start : nxt["char_start"] - fact.start]
        in_gap = _IN_DIVISION_GAP_RE.search(gap) or (
            _IN_GAP_RE.search(gap)
            and (
                _VILLAGE_HEAD_RE.search(place_head(place))
                # "troops on clearance operation at Ngoshe in Gwoza LGA": a scene the
                # gazetteer lacks, placed in its division
                or (place["admin1"] is None and _NEAR_RE.search(words_before(fact, place)))
            )
        )
        if in_gap and (
            names_second_level(nxt)
            or (_DISTRICT_RE.search(place_head(nxt)) and _ALSO_RE.search(gap))
        ):
            return {**place, "country": nxt["country"], "admin1": nxt["admin1"]}
    return None


# "the town of Abu Usher, north of Wad Madani", "X, about 30 km south of Y"
_BEARING_GAP_RE = re.compile(
    # ("Tidermene, a small town north-west of Menaka city": the apposition says what X is)
    r"^,?\s+(?P<apposition>an?\s+(?:[\w-]+\s+){0,2}?(?:town|village|hamlet|locality|"
    r"settlement|commune)\s+)?(?:(?:about|some|around|roughly|nearly)\s+)?"
    r"(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\([^()]{1,20}\)\s+)?)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _placed_from_next(fact: SentenceFacts, located: list[dict]) -> dict | None:
    """'the town of X, north of Y': Y only tells where the town lies; X is the scene (it
    borrows Y's country and division when the gazetteer lacks it)."""
    for place, nxt in zip(located, located[1:], strict=False):
        gap = fact.text[place["char_end"] - fact.start : nxt["char_start"] - fact.start]
        bearing = _BEARING_GAP_RE.match(gap)
        if not bearing or place["country"] not in (None, nxt["country"]):
            continue
        if not bearing["apposition"] and not CITY_OF_BEFORE_RE.search(words_before(fact, place)):
            continue  # ("the X area north of Y": ACLED codes the hamlet at the town it names)
        if place["admin1"] is None:
            return {**place, "country": nxt["country"], "admin1": nxt["admin1"]}
        return place
    return None


_VILLAGE_TAIL_RE = re.compile(r"\s(?:village|town)$", re.IGNORECASE)


def _village_qualified(fact: SentenceFacts, located: list[dict], chosen: dict) -> dict | None:
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


_HAMLET_CUE_RE = re.compile(
    r"\b(?:village|town|hamlet|locality|area|outskirts)\s+of\s+$|"
    # "an attack on its camp at Boni in the central Mopti region"
    r"\b(?:camp|post|outpost|garrison|barracks)\s+(?:at|in)\s+$|\bbase\s+at\s+$",
    re.IGNORECASE,
)


def _hamlet_in_division(
    fact: SentenceFacts, located: list[dict], resolved: list[dict]
) -> dict | None:
    """'the village of X in the countryside of Region', 'in Y zone, X town': when every place
    the gazetteer resolves is a whole division, a village the text introduces as one, or a
    place it names as a town, is the event's place (it then borrows the division); the
    gazetteer merely lacks it."""
    if not resolved:
        return None
    for p in resolved:  # (a loop, not any() over a generator: this runs for every event)
        if (
            p["location"] != p["admin1"]
            and not _named_division(fact, p)
            # ("in Gwoza local government area": the division its head word after it names)
            and not _DIVISION_AFTER_RE.match(fact.text, p["char_end"] - fact.start)
        ):
            return None
    return next(
        (
            p
            for p in located
            if not p["admin1"]
            and p["country"] in (None, resolved[0]["country"])
            and (
                _HAMLET_CUE_RE.search(words_before(fact, p))
                or names_town(p)
                # "in Myinmu township, in Sagaing Region": the town that names the township
                or place_head(p).lower().endswith(" township")
                or TOWN_APPOSITIVE_RE.match(fact.text, p["char_end"] - fact.start)
                # "near Ngoshe, in Gwoza local government area": a place told inside a division
                or _IN_DIVISION_AFTER_RE.match(fact.text, p["char_end"] - fact.start)
            )
        ),
        None,
    )


_DIVISION_WORDS = (
    r"(?:local\s+government\s+area|LGA|district|county|commune|department|municipality|"
    r"province|region|state|sub-?county)\b"
)
_DIVISION_AFTER_RE = re.compile(rf"\s+{_DIVISION_WORDS}")
_IN_DIVISION_AFTER_RE = re.compile(
    # ("at Liwa, in the western Lac province": a compass word may say where in the country)
    r",\s+in\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|central)[\w-]*\s+)?"
    rf"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+{_DIVISION_WORDS}"
)


_TOWARDS_RE = re.compile(r"\btowards?\s+(?:the\s+)?(?:[\w'’-]+,?\s+){0,3}?$", re.IGNORECASE)
_FROM_RE = re.compile(
    r"(?<![\d\w]m )(?<!km )(?<!kilometres )(?<!kilometers )(?<!miles )\bfrom\s+(?:the\s+)?"
    # ("155mm shells had been fired from the direction of Toretsk"; "youths from communities
    # in Logo took to the streets of Ugba")
    r"(?:direction\s+of\s+|(?:[\w-]+\s+)?(?:communities|villages|towns|areas|parts)\s+"
    r"(?:in|of|around)\s+(?:the\s+)?)?$"
)
# "abducted 30 people from X": the people were taken where they were, not brought from there
_TAKEN_FROM_RE = re.compile(r"\b(?:abduct|kidnap|snatch|seiz)\w*\b[^.;]{0,80}$", re.IGNORECASE)
# "evacuated from X to Y": the place people were evacuated to is no scene either
_EVACUATED_TO_RE = re.compile(r"\bevacuat\w*\b[^.;]{0,80}\bto\s+(?:the\s+)?$", re.IGNORECASE)


# "students from Zahle, Byblos and Tyre": the later places of a list of origins
_FROM_LIST_RE = re.compile(r"\bfrom\s+(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?(?:,\s+|\s+and\s+))+$")


def _origin(before: str) -> bool:
    """'from X' names where someone came from, unless people were taken from X."""
    return bool(_FROM_RE.search(before) or _FROM_LIST_RE.search(before)) and not (
        _TAKEN_FROM_RE.search(before)
    )


_AT_RE = re.compile(r"\b(?:at|in|near)\s+(?:the\s+)?$")
_DESTINATION_RE = LowercaseRegex(
    r"\b(?:carrying|transporting|travell?ing|heading|driving|bound|on\s+(?:its|their|his|her)\s+"
    r"way)\s+(?:[\w'’-]+\s+){0,4}?(?:to|towards|for)\s+"
    r"(?:the\s+(?:[\w-]+\s+)?(?:market|town|city|village|capital)\s+(?:at|in|of)\s+)?$",
    re.IGNORECASE,
)
_BETWEEN_RE = re.compile(r"\bbetween\s+(?:the\s+\w+\s+of\s+)?$", re.IGNORECASE)
_ROAD_RE = re.compile(r"\b(?:road|highway|route|axis)\b", re.IGNORECASE)


def _between_first(fact: SentenceFacts, first: dict, qualified: dict) -> bool:
    """'between X and Y (A, B)': the first of the pair, unless a road joins them ('the road
    between X and Y (A, B)' names its end)."""
    if first["char_end"] > qualified["char_start"]:
        return False
    gap = fact.text[first["char_end"] - fact.start : qualified["char_start"] - fact.start]
    before = fact.text[: first["char_start"] - fact.start]
    return (
        gap.strip() in ("and", "or")
        and _BETWEEN_RE.search(before) is not None
        and not _ROAD_RE.search(window_before(fact.text, first["char_start"] - fact.start, 40))
    )


def _pinned_down(place: dict) -> bool:
    """'Sydney (New South Wales)': a place its own division pins down, wherever actors point."""
    return bool(place["admin1"]) and ("(" in place["text"] or "," in place["text"])


def _pinned_namesake(place: dict, event: Event) -> dict:
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


def _in_named_division(place: dict, event: Event, facts: list[SentenceFacts]) -> dict:
    """'the town of Suarez in Cauca province': a town the gazetteer knows in several divisions
    of one country is read in the one the story names (the event's sentences first)."""
    if not place["admin1"] or not place["location"]:
        return place
    readings = admin1_readings(place["location"], place["country"])
    if len(readings) < 2:
        return _namesake_in_named_division(place, event, readings)
    for group in (event.sentences, facts):
        named = [
            p["admin1"]
            for f in group
            for p in f.places
            if p is not place
            and p["country"] == place["country"]
            and p["admin1"] in readings
            and (p["location"] == p["admin1"] or names_division(p))
        ]
        if named:
            if place["admin1"] in named or (
                # ("near Bilogai in Indonesia's Papua region": the province Central Papua was
                # split off; the event's date picks the spelling, admin1_as_of)
                former_division(place["country"], place["admin1"]) in named
            ):
                return place
            return {**place, "admin1": named[0]}
    return _namesake_in_named_division(place, event, readings)


def _namesake_in_named_division(place: dict, event: Event, readings: frozenset[str]) -> dict:
    """'the town of Chilapa, in Guerrero state': a town the gazetteer knows only in other
    divisions of the country than the one division its own sentence names is a namesake; the
    town meant lies in the named division, where the gazetteer lacks it (or knows it by a
    longer name). Curated places, divisions and places their own brackets pin down keep
    their reading."""
    if (
        not readings
        or place["admin1"] not in readings
        or place["location"] == place["admin1"]
        or _pinned_down(place)
        or names_division(place)
        or is_seeded(place["location"])
        or is_admin1_name(place["location"])
    ):
        return place
    named = None
    for fact in event.sentences:
        if not fact.start <= place["char_start"] < fact.end:
            continue
        for p in fact.places:
            if (
                p is place
                or p["country"] != place["country"]
                or not p["admin1"]
                # ("south of Khartoum": a city that shares its division's name is no division)
                or not (
                    names_division(p)
                    or (p["location"] == p["admin1"] and not is_town(p["location"]))
                )
                # ("labourers from Punjab province", "near the border with Unity")
                or _origin(before := words_before(fact, p))
                or "border" in before
            ):
                continue
            if (
                p["admin1"] in readings
                or named not in (None, p["admin1"])
                # (the province its own division was split off: "Papua region", Bilogai)
                or former_division(place["country"], place["admin1"]) == p["admin1"]
            ):
                return place  # (its own division, or two others: which one is not told)
            named = p["admin1"]
    return place if named is None else {**place, "admin1": named}


_MISSION_IN_RE = re.compile(r"\bMission in (?:the )?([^,()]+)$")


def _mission_country(actor: str | None) -> str | None:
    """'... Stabilization Mission in Mali' -> Mali: a peace mission serves where it is named."""
    m = _MISSION_IN_RE.search(actor or "")
    return country_name(m.group(1)) if m else None


# foreign military operations named in notes, and the country most of their fighting was in
_OPERATION_THEATRES = {"barkhane": "Mali", "serval": "Mali", "sangaris": "Central African Republic"}

_THEATRE_COUNTRIES = frozenset(_OPERATION_THEATRES.values())
# an actor mention's text -> the theatre of the operation its last word names, else None
# (mention texts recur from note to note: "police", "soldiers")
_THEATRE_OF = WordMemo(lambda said: _OPERATION_THEATRES.get(said.split()[-1].lower()), 20_000)

_IN_COUNTRY_RE = re.compile(r"\b(?:in|of|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)

# "six Malawian refugees", "a Dutch national": people abroad, whose nationality says where
# they come from, not where the event happens
_FOREIGNERS_RE = re.compile(
    r"(?:'s)?\s+(?:refugees?|nationals?|migrants?|immigrants?|asylum[- ]seekers?|expatriates?"
    r"|expats?|tourists?|diaspora)\b",
    re.IGNORECASE,
)


# the kinds of _place_votes' votes that are no plain vote of 3 or 1 points
_FORCES_VOTE, _PINNED_VOTE = 0, -1


def _place_votes(
    fact: SentenceFacts,
) -> tuple[str | None, list[tuple[str, int]], set[str], bool]:
    """What a sentence's places say of the country of its event, for _expected_countries: the
    country its kind of division names; each place's vote in order, (country, 3 or 1 points),
    or (country, _FORCES_VOTE) for forces named by their people, or (country, _PINNED_VOTE)
    for a place its division pins down; the countries of the foreigners it names; and whether
    it names a country (not only a people). Worked out once per sentence: a sentence may tell
    several events (a headline, a lead split by place)."""
    found = fact.derived.get("place_votes")
    if found is not None:
        return found
    unit = unit_country(fact.text)
    place_votes: list[tuple[str, int]] = []
    foreign: set[str] = set()
    named = False
    for place in fact.places:
        if place["country"] and not place["location"]:
            if _FOREIGNERS_RE.match(fact.text, place["char_end"] - fact.start):
                foreign.add(place["country"])
                continue
            if on_forces(place["text"], fact.text, place["char_end"] - fact.start):
                # "Russian missiles ... across Ukraine": who fought, not where (a vote only
                # when no country is named)
                place_votes.append((place["country"], _FORCES_VOTE))
                continue
            start = place["char_start"] - fact.start  # ("across Ukraine": said where)
            said_where = _IN_COUNTRY_RE.search(fact.text, max(0, start - 40), start)
            place_votes.append((place["country"], 3 if said_where else 1))
            named = named or demonym_country(place["text"]) is None
        elif place["country"] and _pinned_down(place):
            # "Sydney (New South Wales)": a place its division pins down names its country
            place_votes.append((place["country"], _PINNED_VOTE))
    found = fact.derived["place_votes"] = (unit, place_votes, foreign, named)
    return found


def _expected_countries(
    event: Event,
    main: SentenceFacts,
    doc_country: str | None,
    filed_in: str | None = None,
) -> tuple[str | None, str | None]:
    """Country the event happens in, by votes: 'in Mali' > actors' countries > demonyms; on a
    tie, the country of the dateline (``filed_in``). Counted twice in one pass (most events
    ask for both): as told, and by ``own`` votes, where actors vote only with a country of
    their own (see ``own_country``), not the one their sentence's place lent them, and a
    place pinned down by its division votes too.
    """
    # defaultdicts, not Counters: they count in C (this runs for every event)
    votes: defaultdict[str, int] = defaultdict(int)
    firm: defaultdict[str, int] = defaultdict(int)
    own_votes: defaultdict[str, int] = defaultdict(int)
    own_firm: defaultdict[str, int] = defaultdict(int)
    senders: set[str | None] = set()
    forces: defaultdict[str, int] = defaultdict(int)
    named = False  # a country named ("across Ukraine"), not a people ("Russian", "Malians")
    for fact in event.sentences:
        weight = 2 if fact is main else 1
        unit, place_votes, foreign, named_here = _place_votes(fact)
        if unit:
            # "in Dangur woreda": a kind of division only one country has names it
            for tally in (votes, firm, own_votes, own_firm):
                tally[unit] += 3 * weight
        for country, points in place_votes:
            if points > 0:
                votes[country] += points * weight
                own_votes[country] += points * weight
            elif points == _FORCES_VOTE:
                forces[country] += weight
            else:
                own_votes[country] += weight
        named = named or named_here
        for actor in fact.actors:
            kind = actor["actor_type"]
            theatre = _THEATRE_OF[actor["text"]]
            if theatre:
                # "Operation Barkhane": a named expedition fights in its theatre, not at home
                for tally in (votes, firm, own_votes, own_firm):
                    tally[theatre] += 3 * weight
                senders.add(actor["country"])
                continue
            # foreign forces (Wagner, a coalition) fight abroad: they do not place the event,
            # unless they are a mission named for the country it serves in
            if kind == "external_forces":
                country = mine = _mission_country(actor["actor"])
            else:
                country, mine = actor["country"], own_country(actor["actor"], actor["text"])
            if country and not (kind == "civilians" and country in foreign):
                votes[country] += weight
                if kind != "rebels":
                    firm[country] += weight
            if mine and not (kind == "civilians" and mine in foreign):
                own_votes[mine] += weight
                if kind != "rebels":
                    own_firm[mine] += weight
    # a place read at home (``own``) still hears the forces' own country
    for country, n in forces.items():
        if not named:
            votes[country] += n
        own_votes[country] += n
    if doc_country:
        votes[doc_country] += 1
        own_votes[doc_country] += 1
    beyond: set[str | None] = senders - _THEATRE_COUNTRIES
    # (its forces' nationality, "French jets", says who fought there, not where)
    for fact in event.sentences if votes or own_votes else ():
        if "border" in fact.text:
            # "ISGS fighters ambushed a convoy near the Niger border": not in Niger, whatever
            # the actors' home
            beyond.update(c.country for c in find_countries(fact.text) if c.beyond_border)
    return _elected(event, votes, firm, beyond, filed_in), _elected(
        event, own_votes, own_firm, beyond, filed_in
    )


def _elected(
    event: Event,
    votes: dict[str, int],
    firm: dict[str, int],
    beyond: set[str | None],
    filed_in: str | None,
) -> str | None:
    """The country of most votes (see _expected_countries), those ``beyond`` struck out."""
    for country in beyond:
        votes.pop(country, None)
    if not votes:
        # nothing places the event: a people that lives in one country still does
        return people_country(" ".join(f.text for f in event.sentences))
    # rebels cross borders (JNIM, Boko Haram): on a tie their seeded home yields to a local
    # militia's or a state's forces ("JNIM militants killed three Koglweogo"), and to the
    # country of the dateline ("AGEN, France" ... "the MSA, the agricultural welfare body")
    if len(votes) == 1:
        return next(iter(votes))  # (most events: one country, no tie to break)
    return max(votes, key=lambda c: (votes[c], firm[c], c == filed_in))


# "fighters swept into this farming village": the reporter writes from the town of the dateline
_THIS_TOWN_RE = re.compile(r"\bthis\s+(?:[\w-]+\s+){0,2}?(?:village|town|hamlet|settlement)\b")


_CITY_DISTRICT_RE = re.compile(r"\b(?:district|raion|microdistrict)\b", re.IGNORECASE)
_IN_THE_CITY_RE = re.compile(r"\bin\s+the\s+(?:city|town)\b(?!\s+of\b)(?!['’]s)")


def _dateline_town(place: dict | None, city: str, country: str) -> dict | None:
    """The dateline's town as the event's place, read in the event's country; a town the
    gazetteer lacks keeps its name and the division the story gave."""
    town = reading_in(f"in {city}.", country)
    if town is not None:
        return {
            "text": town.text,
            "location": town.location,
            "admin1": town.admin1,
            "country": town.country,
        }
    if place is None or place["country"] != country:
        return place
    return {**place, "location": city}


def _story_division(
    facts: list[SentenceFacts], country: str, filed: str, dateline_end: int
) -> str | None:
    """The division a place the gazetteer lacks is in: the dateline town's (``filed``), unless
    the story's known places after the dateline all lie elsewhere ("PORT-AU-PRINCE - ... the
    central town of X ... Hinche"): then theirs, when they lie in one division, else none."""
    named: set[str] = set()
    for fact in facts:
        for p in fact.places:
            if p["admin1"] and p["country"] == country and p["char_start"] >= dateline_end:
                if p["admin1"] == filed:
                    return filed
                named.add(p["admin1"])
    if not named:
        return filed
    return named.pop() if len(named) == 1 else None


def _names_country(fact: SentenceFacts) -> bool:
    """A country named as where, not a demonym ("Argentine police used pepper spray")."""
    return any(
        c["country"] and not c["location"] and country_name(c["text"]) is not None
        for c in fact.places
    )


def event_place(
    event: Event,
    main: SentenceFacts,
    facts: list[SentenceFacts],
    doc_country: str | None,
    *,
    first: bool,
    dateline_end: int,
    filed_in: str | None,
    filed_at: str | None = None,
    item_at: str | None = None,
    headed: bool = False,
) -> tuple[dict | None, str | None]:
    """Where an event happened (a place mention's location, admin1 and country) and its
    country: the main sentence's place read in the country the story and its actors point to,
    namesakes abroad brought home, then the event's other sentences, a loose mention, and last
    the country of the dateline (``filed_in``; the story's first event may also borrow the
    scene its lead sets). A round-up's item that names no known town is placed at the town
    of its own dateline (``item_at``); an item its town heads (``headed``: 'Lyon. Some 6,000
    marched through the Presqu'ile') is there unless it names a known town."""
    expected, own = _expected_countries(event, main, doc_country, filed_in=filed_in)
    place = _event_place(event, main, expected)
    if place is None and first:
        place = _scene_place(event, facts, expected)
    if place is not None and place["country"] and expected and place["country"] != expected:
        place = _namesake_at_home(place, expected, facts)
    elif place is not None and doc_country and place["country"] not in (None, doc_country):
        # "near Bagan in Lower Kurram district" in a story of Khyber Pakhtunkhwa: the event's
        # only vote for Russia is the namesake's own reading
        place = _namesake_at_home(place, doc_country, facts)
    if place is not None and place["country"] and place["country"] == expected:
        # actors given the place's own country echo it: ask the others ("Inata" in Japan with
        # JNIM militants)
        if own and own != place["country"]:
            place = _namesake_at_home(place, own, facts, own_only=True)
        if own and place["country"] != own:
            place = _reading_at_home(place, own)
    if place is not None and not _pinned_down(place):
        place = _pinned_namesake(place, event)
        place = _in_named_division(place, event, facts)
    if place is not None and not place["admin1"]:
        # "a hamlet the gazetteer lacks, ... Province X": borrow the division named alongside
        # (a village of no known country, in a story whose places are all in one: "near
        # village Minpa", under a press note's "District Sukma (Chhattisgarh)")
        home = place["country"] or expected
        admin1 = next(
            (
                p["admin1"]
                for f in event.sentences
                for p in f.places
                if p["admin1"] and home and p["country"] == home
            ),
            None,
        )
        place = {**place, "admin1": admin1, "country": place["country"] or (admin1 and home)}
    country = (place or {}).get("country") or expected
    if country is None:
        place = _loose_place(event, facts, place, dateline_end)
        country = (place or {}).get("country")
    if country is None:
        country = filed_in  # the last resort: where the story was filed
    if (
        item_at
        and country
        and (
            place is None
            or (not place["admin1"] and (headed or PART_OF_TOWN_RE.search(place["text"])))
            # ("Zaporizhzhia. At around 21:40 an enemy drone hit an industrial enterprise in the
            # Oleksandrivskyi district": a district of the town its heading names)
            or (headed and _CITY_DISTRICT_RE.search(place["text"]))
        )
    ):
        # "DRESDEN - A campaigner was punched ... in the Striesen neighbourhood"
        place = _dateline_town(place, item_at, country)
    elif (
        filed_at
        and country
        and (
            _THIS_TOWN_RE.search(main.text)
            or (place is None and first and not _names_country(main))
            # ("ODESA - ... On Monday, 70 people gathered outside the recruitment centre in the
            # city": the town the story was filed from)
            or (place is None and _IN_THE_CITY_RE.search(main.text))
        )
    ):
        # a lead that names no place tells of the town it was filed from ("QUETTA - A bomb
        # exploded next to a police patrol")
        place = _dateline_town(place, filed_at, country)
    if (
        first
        and filed_at
        and country
        and place is not None
        and place["admin1"]
        and place["location"] == place["admin1"]
    ):
        # "IOWA CITY, Iowa - ... University of Iowa police took down an encampment": a lead
        # placed only by its state or province, filed from a town inside it, is that town's
        town = _dateline_town(None, filed_at, country)
        if town is not None and (town["admin1"], town["country"]) == (
            place["admin1"],
            place["country"],
        ):
            place = town
    if place is not None and country and place["location"]:
        place = _in_theatre(place, country, event, facts)
        place = _offshore_or_zone(place, facts)
        place = _darfur_camp(place, country)
        seat = division_seat(country, place["admin1"], place["location"])
        place = place if seat == place["location"] else {**place, "location": seat}
    if (
        place is not None
        and place["location"]
        and not place["admin1"]
        and country
        and place["country"] in (None, country)
        and filed_at
    ):
        # "KATHMANDU - ... near the parliament building in New Baneshwor": a place the
        # gazetteer lacks, in the country the story was filed from, takes the dateline town's
        # division
        town = _dateline_town(None, filed_at, country)
        if town is not None and town["admin1"]:
            filed = town["admin1"]
            place = {**place, "admin1": _story_division(facts, country, filed, dateline_end)}
    return place, country
