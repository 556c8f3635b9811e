"""Actor recognition with ACLED-style canonical names.

Why: events need ``actor1``/``actor2`` in ACLED's vocabulary ("Military Forces of Mali",
"Protesters (Kenya)", "JNIM: Group for Support of Islam and Muslims"). Names, aliases and
country-specific readings live in ``seeds/actors.csv`` and ``seeds/actor_aliases.csv`` so users
can extend them; here we compile them once into a phrase dictionary looked up by word n-grams
(acronyms case-sensitive, the rest case-insensitive; leftmost-longest wins) plus a demonym +
force-noun pattern ("Malian soldiers"). Roles (actor1 vs actor2) are decided by the caller; we
only report mentions with offsets.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import compress
from operator import add
from re import Match

from sitrep.places import country_name, find_countries, normalize_key
from sitrep.seeds import read_seed_csv
from sitrep.text import WordMemo, WordRegex, lower_words, word_starts

__all__ = [
    "ACTOR_TYPES",
    "ARMED_TYPES",
    "ActorMention",
    "actor_table",
    "bare_forces",
    "dated_actor",
    "find_actors",
    "has_dated_name",
    "is_actor_key",
    "own_country",
    "state_forces",
]

ACTOR_TYPES = (
    "state_forces",
    "rebels",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external_forces",
    "other",
)


# (not frozen, yet hashed by its fields as a frozen one is: a frozen dataclass's __init__ sets
# each field through object.__setattr__, three times the cost, and a sentence may hold several)
@dataclass(slots=True, unsafe_hash=True)
class ActorMention:
    """An actor named in text; offsets are absolute (text index + caller offset)."""

    text: str
    char_start: int
    char_end: int
    actor: str
    actor_type: str
    country: str | None


# ACLED writes "Military Forces of the United States", "... of the Democratic Republic of Congo".
_THE = frozenset(
    {
        "United States",
        "United Kingdom",
        "Democratic Republic of Congo",
        "Republic of Congo",
        "Central African Republic",
        "Philippines",
        "Netherlands",
        "United Arab Emirates",
        "Czech Republic",
        "Dominican Republic",
        "Gambia",
        "Bahamas",
        "Comoros",
        "Maldives",
        "Solomon Islands",
    }
)


@lru_cache(maxsize=4096)  # (asked for the same few countries again and again)
def state_forces(country: str, branch: str = "military") -> str:
    """ACLED state-force name: 'Military Forces of Mali', 'Police Forces of Kenya'."""
    name = country_name(country) or country
    kind = "Police" if branch.lower().startswith(("police", "gendarm")) else "Military"
    the = "the " if name in _THE else ""
    return f"{kind} Forces of {the}{name}"


# ---------------------------------------------------------------------------------------------
# trie regex


def _trie_regex(words: list[str]) -> str:
    """Regex alternation shaped as a trie: fast, and greedy so the longest alias wins."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch != ""]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return build(trie)


def _is_acronym(alias: str) -> bool:
    """Acronyms ('IS', 'FAMa', 'SAF') must match case-sensitively to avoid 'is', 'saf'."""
    letters = [c for c in alias if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return bool(letters) and (alias.upper() == alias or (upper >= 2 and len(alias) <= 6))


# Lowercase aliases that are also capitalised words ("On 17 March" is not a march).
_LOWERCASE_ONLY = frozenset({"march", "rally", "strike", "strikes"})


def _is_name(alias: str) -> bool:
    """A proper name ("Al-Shabaab", "IO forces"), not a description in common words with a
    capitalised adjective ("Islamist militants", "Russian instructors")."""
    words = alias.split()
    return words[-1][:1].isupper() or any(_is_acronym(w) for w in words)


def _alias_key(alias: str) -> str:
    return re.sub(r"\s+", " ", alias.strip().casefold().replace("’", "'"))


@dataclass(slots=True)
class _Index:
    actors: dict[str, tuple[str, str]]  # canonical -> (type, country)
    by_alias: dict[str, dict[str, str]]  # alias key -> {country or "": actor template}
    # normalised word sequence -> [(exact-case alias or "", {country or "": actor template})]
    phrases: dict[str, list[tuple[str, dict[str, str]]]]
    firsts: frozenset[str]
    # the first word of every phrase of two words or more -> the second words that follow it
    seconds: dict[str, frozenset[str]]
    prefixes: frozenset[str]  # every proper word prefix of a phrase: stop extending otherwise
    max_words: int
    # (tried only at the words that may begin a match: slow to try at every character)
    dem: WordRegex
    dem_country: dict[str, str]
    of_country: re.Pattern[str]  # "military forces of Armenia", "the police of Kenya"
    named: dict[str, str]  # country name or alias (casefolded) -> country
    # "Murle youths", "Oromo and Amhara ethnic militias": an ethnic militia of the dictionary
    ethnic: WordRegex | None
    ethnic_name: re.Pattern[str] | None
    ethnic_actor: dict[str, dict[str, str]]  # name (casefolded) -> {country or "": actor}
    # the last word of every force or weapon noun: no demonym pattern runs without one
    force_last_words: frozenset[str]
    forces_after: re.Pattern[str]  # "(Russian) missiles", "(Russian) and Ukrainian forces"
    state_acting: re.Pattern[str]  # "Russia pounded Ukrainian cities": the state's forces


_FORCE_NOUNS = {
    "soldiers": "military",
    "soldier": "military",
    "troops": "military",
    "forces": "military",
    "force": "military",
    "army": "military",
    "military": "military",
    "servicemen": "military",
    "serviceman": "military",
    "military forces": "military",
    "armed forces": "military",
    "security forces": "military",
    "defense forces": "military",
    "defence forces": "military",
    "navy": "military",
    "marines": "military",
    "border guards": "military",
    "border guard": "military",
    "artillery": "military",
    "shelling": "military",
    "airstrike": "military",
    "airstrikes": "military",
    "air strike": "military",
    "air strikes": "military",
    "aircraft": "military",
    "warplanes": "military",
    "jets": "military",
    "helicopters": "military",
    "helicopter": "military",
    "drone": "military",
    "drones": "military",
    "aviation": "military",
    # ("Ukrainian air defence shot down a Russian drone": who intercepted it)
    "air defence": "military",
    "air defense": "military",
    "air defences": "military",
    "air defenses": "military",
    "air defence forces": "military",
    "air defense forces": "military",
    "air defence units": "military",
    "air defense units": "military",
    "attacks": "military",
    "military aircraft": "military",
    "units": "military",
    "paratroopers": "military",
    "special forces": "military",
    "patrol": "military",
    "patrols": "military",
    "national guard": "military",
    "coast guard": "military",
    "government forces": "military",
    "government troops": "military",
    "police": "police",
    "policemen": "police",
    "policeman": "police",
    "police officers": "police",
    "police officer": "police",
    "police forces": "police",
    "gendarmes": "police",
    "gendarmerie": "police",
    "riot police": "police",
    "border police": "police",
    "national police": "police",
    "security services": "police",
    "intelligence services": "police",
    "special services": "police",
}


# "Russia pounded Ukrainian cities with missiles", "Israel struck Gaza": a state named as the
# one who attacked is its armed forces
_STATE_ATTACK_VERBS = (
    "pounded shelled struck bombed bombarded launched attacked fired targeted hit".split()
)
_STATE_ATTACK_WORDS = frozenset(_STATE_ATTACK_VERBS)
# ("drones launched from Russia hit Sumy": the country is where, not who)
_PLACE_BEFORE_RE = re.compile(
    r"\b(?:in|of|to|at|on|by|from|into|near|with|against|inside|across|and|for)\s+$", re.IGNORECASE
)


_ETHNIC_ACTOR = re.compile(r"^(.+?) Ethnic Militia \(([^()]+)\)$")
# regions or states more often than communities in that position ("Tigray militia")
_NOT_ETHNIC = frozenset({"Tigray"})


# force nouns that name people, not weapons ("shelling of Ukraine" names no actor)
_CREW_NOUNS = {
    noun: branch
    for noun, branch in _FORCE_NOUNS.items()
    if not re.search(
        r"artillery|shelling|strike|aircraft|warplane|jets|helicopter|drone|patrol", noun
    )
}


# The last word of every noun that ends a "forces of" or ethnic militia mention: find_actors
# skips those patterns in a sentence holding none of them.
_CREW_LAST_WORDS = frozenset(noun.split()[-1] for noun in _CREW_NOUNS)
_ETHNIC_NOUNS = (
    "militia militias militiamen youth youths tribesmen raiders fighters gunmen clansmen "
    "communities bandits warriors morans groups clans people"
).split()
# "clashes between the police and Oromo people": a community named as one side of a fight
_FIGHT_CUE = re.compile(
    r"\b(?:clash|fight|fought|battle|exchange[sd]? (?:of )?fire)", re.IGNORECASE
)
_ETHNIC_LAST_WORDS = frozenset(_ETHNIC_NOUNS)


# actor_aliases.csv's country for a note whose country is unknown
_NO_COUNTRY = "?"


@cache
def _index() -> _Index:
    """Compile seeds once: canonical table, alias phrases, and the demonym + force regex."""
    actors: dict[str, tuple[str, str]] = {}
    for row in read_seed_csv("actors.csv"):
        actors.setdefault(row["actor"], (row.get("actor_type") or "other", row.get("country", "")))
    by_alias: dict[str, dict[str, str]] = {}
    cs_words: set[str] = set()  # keys that must match case-sensitively
    fallbacks: dict[str, tuple[str, str]] = {}
    for row in read_seed_csv("actor_aliases.csv"):
        alias, actor, country = row["alias"], row["actor"], row.get("country", "")
        if not alias or not actor:
            continue
        acronym = _is_acronym(alias) or alias in _LOWERCASE_ONLY
        key = alias if acronym else _alias_key(alias)
        if acronym:
            cs_words.add(key)
        if country == _NO_COUNTRY:
            # a reading for notes of no known country only ("FIR": Mozambique's police unit
            # in a bare note, a First Information Report in any other country's)
            by_alias.setdefault(key, {}).setdefault("\0", actor)
            continue
        by_alias.setdefault(key, {}).setdefault(country, actor)
        if country and "{country}" not in actor and (acronym or alias[:1].isupper()):
            # a proper name seeded for one country still names that actor elsewhere; a
            # description ("Islamist militants") names it only in that country, or when
            # the country is unknown ("\0": find_actors' key for no country)
            fallbacks.setdefault(key, ("" if acronym or _is_name(alias) else "\0", actor))
    for key, (where, actor) in fallbacks.items():
        by_alias[key].setdefault(where, actor)
    countries = {row["country"] for row in read_seed_csv("countries.csv")}
    for actor in actors:
        base = re.sub(r"\s*\([^)]*\)$", "", actor)
        paren = actor[len(base) :].strip(" ()")
        key = _alias_key(base)
        if len(key) > 3 and key not in by_alias and not _is_acronym(base):
            # "Communist Party" of "Communist Party (Sudan)" names Sudan's party in Sudan (or in
            # a note of no known country) only: Peru's and Venezuela's parties bear it too
            where = paren if paren in countries else ""
            by_alias[key] = {where: actor, "\0": actor} if where else {"": actor}
    phrases: dict[str, list[tuple[str, dict[str, str]]]] = {}
    for key, options in by_alias.items():
        exact = key in cs_words
        words = [normalize_key(m.group()) for m in _WORD.finditer(key)]
        if not words:
            continue
        phrases.setdefault(" ".join(words), []).append((_compact(key) if exact else "", options))
    firsts = frozenset(k.split()[0] for k in phrases)
    following: dict[str, set[str]] = {}
    for k in phrases:
        if " " in k:
            first, second = k.split()[:2]
            following.setdefault(first, set()).add(second)
    seconds = {first: frozenset(words) for first, words in following.items()}
    prefixes = frozenset(" ".join(k.split()[:n]) for k in phrases for n in range(1, len(k.split())))
    max_words = max(len(k.split()) for k in phrases)

    dem_country: dict[str, str] = {}
    words: list[str] = []
    named: dict[str, str] = {}  # country name or alias -> country
    for row in read_seed_csv("countries.csv"):
        name = row["country"]
        forms = [row["country"], *row.get("demonyms", "").split("|")]
        for f in forms:
            f = f.strip()
            if f:
                dem_country.setdefault(f.casefold(), name)
                words.append(f)
        for f in [name, *row.get("aliases", "").split("|")]:
            if f.strip()[:1].isupper():
                named.setdefault(f.strip().casefold(), name)
    # "Russian missiles", "an Israeli strike": weapons a demonym names name its state's forces
    force_nouns = {
        **{row["noun"].lower(): "military" for row in read_seed_csv("weapon_nouns.csv")},
        **_FORCE_NOUNS,
    }
    nouns = _trie_regex(sorted(force_nouns, key=len, reverse=True)).replace(r"\ ", r"\s+")
    dems = _trie_regex(sorted(set(words)))
    mods = (
        r"(?:(?:national|regular|government|armed|security|special|military|army|riot|anti-riot|"
        r"border|federal|state|air|naval|ground|land|air\s+defen[cs]e|ballistic|cruise|guided|"
        # ("Iraqi F-16 jets", "Russian Su-25 jets": the aircraft's model)
        r"hypersonic|(?-i:[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]?))\s+)?"
    )
    # "Russian and Ukrainian forces": every demonym of a coordination names its state's forces
    # ("the Nigerian Army", "the Sudanese Air Force": a force's name in capitals)
    cased_mods = "(?i:" + mods + ")"
    dem = WordRegex(
        r"(?<![\w-])(?P<dem>" + dems + r")(?:['’]s)?"
        r"(?:(?P<coord>\s*(?:,|and|or|&|/)\s*)(?=(?:"
        + dems
        + r")(?:['’]s)?\s+"
        + cased_mods
        + r"(?P<noun2>(?i:"
        + nouns
        + r"))(?![\w-]))"
        r"|\s+" + cased_mods + r"(?P<noun>(?i:" + nouns + r"))(?![\w-]))"
    )
    # "(the) military forces of Armenia": ACLED's own wording of a state's forces
    crew = _trie_regex(sorted(_CREW_NOUNS, key=len, reverse=True)).replace(r"\ ", r"\s+")
    names = _trie_regex(sorted(named)).replace(r"\ ", r"\s+")  # country names and aliases
    of_country = re.compile(
        r"(?<![\w-])(?:the\s+)?" + mods + r"(?P<noun>" + crew + r")\s+of\s+(?:the\s+)?"
        r"(?P<name>" + names + r")"
        r"(?![\w-])(?!\s+(?-i:[A-Z]))",  # "forces of Libya Dawn" name a group, not Libya
        re.IGNORECASE,
    )
    ethnic_actor: dict[str, dict[str, str]] = {}
    for actor in list(actors) + [t for opts in by_alias.values() for t in opts.values()]:
        m = _ETHNIC_ACTOR.match(actor)
        if m and m.group(1) not in _NOT_ETHNIC:
            home = "" if m.group(2) == "{country}" else m.group(2)
            ethnic_actor.setdefault(m.group(1).casefold(), {}).setdefault(home, actor)
    ethnic = ethnic_name = None
    if ethnic_actor:
        name = (
            r"(?-i:"
            + _trie_regex(
                sorted(
                    {n.title() for n in ethnic_actor}
                    | {m.group(1) for a in actors if (m := _ETHNIC_ACTOR.match(a))}
                    # ("Mamprusi youths" of ACLED's "Mamprusis Ethnic Militia": a plural name)
                    | {n.title()[:-1] for n in ethnic_actor if n.endswith("is")}
                )
            ).replace(r"\ ", r"\s+")
            + r")s?"
        )
        ethnic = WordRegex(
            r"(?<![\w-])(?P<names>" + name + r"(?:(?:\s*,\s*|\s+and\s+|\s*/\s*)" + name + r")*)"
            r"(?:[\s-]+(?:ethnic|armed|pastoral|pastoralists?|clan|tribal|community|communal))*"
            r"\s+(?:" + "|".join(_ETHNIC_NOUNS) + r")(?![\w-])",
            re.IGNORECASE,
        )
        ethnic_name = re.compile(name, re.IGNORECASE)
    return _Index(
        actors,
        by_alias,
        phrases,
        firsts,
        seconds,
        prefixes,
        max_words,
        dem,
        dem_country,
        of_country,
        named,
        ethnic,
        ethnic_name,
        ethnic_actor,
        frozenset(noun.split()[-1] for noun in force_nouns),
        # "Russian (and Ukrainian) forces": every demonym of a coordination names forces
        re.compile(
            r"(?:['’]s)?(?:\s*(?:,|and|or|&|/)\s*(?:"
            + dems
            + r")(?:['’]s)?)?\s+"
            + mods
            + r"(?:"
            + nouns
            + r")(?![\w-])"
        ),
        re.compile(
            r"(?<![\w-])(?=[A-Z])(?P<name>(?i:"
            + names
            + r"))\s+(?:(?:has|had|have|again|also|then|later)\s+)*"
            r"(?:" + "|".join(_STATE_ATTACK_VERBS) + r")\b"
        ),
    )


def names_forces(text: str, end: int) -> bool:
    """Whether a demonym ending at ``end`` names a state's forces or weapons ("Russian|
    missiles", "Sudanese| army drones"): who fought, not where."""
    return _index().forces_after.match(text, end) is not None


# the names of a state's own forces begin so ("Military Forces of Mali", "Police Forces of
# Kenya (2013-)")
STATE_FORCES = ("Military Forces of", "Police Forces of")


@lru_cache(maxsize=16384)
def _fill(template: str, country: str | None) -> str:
    if "{country}" not in template:
        return template
    if country:
        if template.startswith(STATE_FORCES):
            branch = "police" if template.startswith("Police") else "military"
            rest = template.replace("{country}", "", 1).split("Forces of", 1)[1].strip()
            base = state_forces(country, branch)
            return f"{base} {rest}".strip()
        return template.replace("{country}", country)
    out = template.replace(" ({country})", "").replace(" of {country}", "").replace("{country}", "")
    return out.strip()


# generic actors named for the country of their event: the kinds a text names no country of
_PLACED_KINDS = ("Civilians", "Protesters", "Rioters", "Unidentified", "Military Forces", "Police")


@cache
def _bare_generics() -> dict[str, str]:
    """A generic actor's name read with no country ("Unidentified Armed Group") -> its
    template ("Unidentified Armed Group ({country})")."""
    templates = {row["actor"] for row in read_seed_csv("actor_aliases.csv")}
    return {
        _fill(t, None): t
        for t in sorted(templates)
        if "{country}" in t and _fill(t, None).startswith(_PLACED_KINDS)
    }


@lru_cache(maxsize=16384)  # (the same few actors and countries, for every event)
def placed_actor(actor: str, country: str) -> str:
    """'GAO, Mali - Gunmen killed ...': the gunmen, read before the story's country was
    known, are an armed group of the event's country."""
    template = _bare_generics().get(actor)
    if template is None and actor.startswith(_UNIDENTIFIED_PREFIX) and actor.endswith(")"):
        # "gunmen" read beside a far namesake ("Bagan" in Russia) of a Pakistani hamlet: an
        # unidentified group is one of the country the event happened in
        return f"{_UNIDENTIFIED_PREFIX}{country})"
    return actor if template is None else _fill(template, country)


_UNIDENTIFIED_PREFIX = "Unidentified Armed Group ("


@lru_cache(maxsize=16384)
def _actor_type(actor: str) -> str:
    idx = _index()
    known = idx.actors.get(actor)
    if known:
        return known[0]
    head = actor.split(" (")[0].casefold()
    if head.startswith(("military forces", "police forces")):
        return "state_forces"
    if head.startswith("protesters"):
        return "protesters"
    if head.startswith("rioters"):
        return "rioters"
    if head.startswith("civilians"):
        return "civilians"
    if "communal militia" in head or "ethnic militia" in head:
        return "identity_militia"
    if head.startswith(("unidentified", "bandits")) or "militia" in head or "gang" in head:
        return "political_militia"
    if head.startswith(("islamic state", "jnim")):
        return "rebels"
    if head.startswith(("wagner", "operation", "nato")):
        return "external_forces"
    return "other"


@lru_cache(maxsize=16384)
def _actor_country(actor: str, country: str | None) -> str | None:
    idx = _index()
    known = idx.actors.get(actor)
    if known and known[1]:
        return known[1]
    m = re.search(r"Forces of (?:the )?(.+)$", actor)
    if m:  # the longest leading run of words that names a country: "Burkina Faso Air Force"
        words = m.group(1).split()
        for n in range(len(words), 0, -1):
            named = country_name(" ".join(words[:n]))
            if named:
                return named
    m = re.search(r"\(([^()]+)\)$", actor)
    if m and country_name(m.group(1)):
        return country_name(m.group(1))
    return country


@cache
def _bare_force_openers() -> frozenset[str]:
    """The first words of the force nouns seeded for any country ("soldiers", "the police",
    "security forces"): ``find_actors`` gives them the country of the sentence they are in."""
    return frozenset(
        row["alias"].split()[0].casefold()
        for row in read_seed_csv("actor_aliases.csv")
        if row["actor"] in _GENERIC_FORCES and row["alias"].strip()
    )


@lru_cache(maxsize=4096)
def bare_forces(text: str) -> bool:
    """A force noun that names no state, unit or operation of its own ("the soldiers",
    "Police forces"; not "Operation Barkhane", "Peshmerga forces" or "Kenyan troops"): a
    seeded generic noun, no capital after its first letter."""
    first, _, rest = text.partition(" ")
    if rest != rest.lower() or first[1:] != first[1:].lower():
        return False
    return first.casefold() in _bare_force_openers()


@lru_cache(maxsize=16384)
def own_country(actor: str, text: str) -> str | None:
    """The country an actor mention names by itself: a seeded home ("Katiba Macina" -> Mali)
    or a state's forces named by demonym ("Burkinabe army"). None when find_actors only filled
    in the sentence's country ("a civilian" -> "Civilians (India)"): that echo of a place is no
    evidence of where the place is; nor is a community's origin ("the Ukrainian community")."""
    known = _index().actors.get(actor)
    if known and known[1]:
        return known[1]
    if _actor_type(actor) != "state_forces":
        return None
    found = find_countries(text)
    return found[0].country if found else None


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# what may separate the words of one alias: "CSP-DPA", "Boko Haram/ISWAP", "Macina (JNIM)"
_GAP = re.compile(r"[\s\-/()\[\]&'’]{1,3}")
_NONALNUM = re.compile(r"[\W_]+")


def _compact(alias: str) -> str:
    return _NONALNUM.sub("", alias)


def _phrase_matches(text: str, idx: _Index) -> list[tuple[int, int, dict[str, str]]]:
    """Every alias occurrence (overlaps included) via word n-grams: dict lookups, no regex.

    A possessive last word also matches its plain form ("women's groups" -> "women"), but
    inside a phrase the apostrophe form is kept ("Tigray People's Democratic Movement").
    """
    plain = text.isascii() and "'" not in text and "_" not in text
    bare: list[str | None] | None = None
    firsts, phrases, prefixes = idx.firsts, idx.phrases, idx.prefixes
    if plain:
        # the words are plain ASCII letters and digits, those of word_starts (cached: the
        # sentence's word sets were built from them), and lower() is their key (much cheaper
        # than normalize_key)
        begins, low = word_starts(text)
        n_words = len(low)
        # an alias is one word or opens with two words that begin a longer one: most words
        # that open some alias ("the", "a") open none here ("the village"). Plain text only:
        # elsewhere a word's key may hold a space ("l'Oudalan" -> "l oudalan")
        seconds = idx.seconds
        opening = [
            i
            for i in compress(range(n_words), map(firsts.__contains__, low))
            if low[i] in phrases or (i + 1 < n_words and low[i + 1] in seconds.get(low[i], ()))
        ]
        if not opening:
            return []  # (a third of the sentences)
        ends: Sequence[int] = list(map(add, begins, map(len, low)))  # (map: loops in C)
    else:
        found_words = list(_WORD.finditer(text))
        # (map over the match methods: loops in C)
        begins, ends = list(map(Match.start, found_words)), list(map(Match.end, found_words))
        words = list(map(Match.group, found_words))
        low = list(map(_WORD_KEYS.__getitem__, words))
        n_words = len(low)
        if "'s" in text or "’s" in text:  # (a plain text holds no apostrophe)
            bare = list(map(_POSSESSIVES.__getitem__, words))
        opening = [
            i
            for i, w in enumerate(low)
            if w in firsts or (bare is not None and bare[i] is not None)
        ]
    out: list[tuple[int, int, dict[str, str]]] = []
    for i in opening:
        if i and low[i - 1] == "anti" and text[ends[i - 1] : begins[i]] == "-":
            continue  # "anti-Houthi" names no Houthi actor
        key = ""
        for n in range(i, min(n_words, i + idx.max_words)):
            head = key + " " if key else ""
            key = head + low[n]
            found = phrases.get(key)
            cut = 0  # an acronym's possessive "'s" ("the ELN's fighters"), left out of it
            if found is None and bare is not None and bare[n] is not None:
                found = phrases.get(head + bare[n])
                cut = 2
            goes_on = key in prefixes
            if found is None and not goes_on:
                break  # no alias is or goes on from these words
            if (
                n > i
                # (one space, the usual gap, is told without the pattern)
                and not (begins[n] - ends[n - 1] == 1 and text[ends[n - 1]] == " ")
                and not _GAP.fullmatch(text, ends[n - 1], begins[n])
            ):
                break
            if found is not None:
                s, e = begins[i], ends[n]
                if text[e : e + 1] == ")" and text.count("(", s, e) > text.count(")", s, e):
                    e += 1  # "Katiba Macina (JNIM)"
                for exact, options in found:
                    if exact and not _same_acronym(text[s : e - cut], exact):
                        continue  # acronyms match case-sensitively: "IS" but not "is"
                    out.append((s, e - cut if exact else e, options))
            if not goes_on:
                break
    return out


def _same_acronym(said: str, exact: str) -> bool:
    """Whether the words ``said`` spell the acronym ``exact`` (a _compact key) letter for
    letter; the words as written mostly are the key, or a single word that is not it."""
    if said == exact:
        return True
    return not said.isalnum() and _compact(said) == exact  # (an alphanumeric word is its key)


def _word_key(word: str) -> str:
    """Dictionary key of one word of _WORD."""
    return word.lower() if word.isascii() and word.isalnum() else normalize_key(word)


# (words recur from sentence to sentence, and normalize_key is slow)
_WORD_KEYS = WordMemo(_word_key, 20_000)


def _possessive(word: str) -> str | None:
    """Key of a word without its possessive "'s" ("women's" -> "women"), else None."""
    if len(word) > 3 and word[-2:] in ("'s", "’s"):
        bare = normalize_key(word[:-2])
        return None if bare == "people" else bare
    return None


_POSSESSIVES = WordMemo(_possessive, 20_000)


# "Turkey's Defence Ministry said its warplanes": the forces of the state that speaks
_OWN_FORCES_BEFORE_RE = re.compile(
    r"\b(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+"
    r"(?:National\s+)?Defen[cs]e|military|army|armed\s+forces)\s+said\s+(?:on\s+\w+\s+)?"
    r"(?:that\s+)?its\s+$"
)
_REPORTED_RE = re.compile(r"\b(?:said|says|claimed|claims|accused|alleged|reported|told)\b")


def find_actors(text: str, offset: int = 0, country: str | None = None) -> list[ActorMention]:
    """Actor mentions, leftmost-longest, mapped to canonical ACLED-style names."""
    idx = _index()
    country = country_name(country) if country else None
    cands: list[tuple[int, int, str]] = []  # (start, end, actor)
    words = lower_words(text)
    # whether the sentence holds none of some words: a set test (a bound method: cheaper to
    # call than a function of ours), never true of a sentence whose words are unknown
    holds_none_of = words.isdisjoint if words is not None else _holds_unknown

    demonyms = idx.dem.finditer(text) if not holds_none_of(idx.force_last_words) else ()
    for m in demonyms:
        c = idx.dem_country.get(m.group("dem").casefold())
        if c is None:
            continue
        if m.group("coord") is not None and "," in m.group("coord") and c == m.group("dem"):
            continue  # "In southern Ukraine, Russian shelling": a clause ends at the country
        if m.group("coord") is not None:
            noun = re.sub(r"\s+", " ", m.group("noun2").casefold())
            span_end = m.end("dem")
            key = _alias_key(m.group("dem") + " " + noun)
        else:
            noun = re.sub(r"\s+", " ", m.group("noun").casefold())
            span_end = m.end()
            key = _alias_key(m.group(0))
        branch = _FORCE_NOUNS.get(noun, "military")
        # "Russian forces" style aliases may carry a more specific seeded name
        seeded = idx.by_alias.get(key)
        if seeded:
            actor = seeded.get(country or "", seeded.get("", next(iter(seeded.values()))))
            actor = _fill(actor, country)
        else:
            actor = state_forces(c, branch)
        cands.append((m.start(), span_end, actor))
    if not holds_none_of(_STATE_ATTACK_WORDS):
        for m in idx.state_acting.finditer(text):
            c = idx.named.get(re.sub(r"\s+", " ", m.group("name")).casefold())
            where = _PLACE_BEFORE_RE.search(text, max(0, m.start() - 9), m.start())
            if c is not None and where is None:
                cands.append((m.start(), m.end("name"), state_forces(c)))
    if " of " in text and not holds_none_of(_CREW_LAST_WORDS) and _crew_of(text, words):
        for m in idx.of_country.finditer(text):
            c = idx.named.get(re.sub(r"\s+", " ", m.group("name")).casefold())
            if c is not None:
                noun = re.sub(r"\s+", " ", m.group("noun").casefold())
                cands.append(
                    (m.start(), m.end(), state_forces(c, _CREW_NOUNS.get(noun, "military")))
                )
    generic: set[tuple[int, int]] = set()  # "airstrikes", "troops": the country's forces
    from_word = words is None or "from" in words  # (_home_country's pattern needs it)
    for s, e, options in _phrase_matches(text, idx):
        home = _home_country(text, e, idx) if from_word else None
        # "Islamist militants originating from Mozambique": the reading of their home country
        template = (home and options.get(home)) or options.get(country or "\0") or options.get("")
        if template is None:
            continue  # only country-specific readings, none for this country
        if template.startswith(_GENERIC_FORCES):
            generic.add((s, e))
            if "its " in text:
                # "Turkey's Defence Ministry said its warplanes had neutralised nine militants"
                owner = _OWN_FORCES_BEFORE_RE.search(text, max(0, s - 90), s)
                if owner is not None and country_name(owner["state"]):
                    cands.append((s, e, _fill(template, country_name(owner["state"]))))
                    continue
        cands.append((s, e, _fill(template, country)))
    if idx.ethnic is not None and not holds_none_of(_ETHNIC_LAST_WORDS):
        # seeded aliases ("Dogon militia") keep their own reading
        cands += [
            c
            for c in _ethnic_mentions(text, idx, country)
            if not any(s <= c[0] < e for s, e, _ in cands)
        ]
    ignored = [(s, e) for s, e, a in cands if a in _IGNORE]
    if ignored:
        # a longer reading that holds the phrase whole stands ("Russian missile strikes")
        cands = [
            c
            for c in cands
            if not any(c[0] < e and s < c[1] and not c[0] < s <= e <= c[1] for s, e in ignored)
        ]
    if len(cands) > 1:
        cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[ActorMention] = []
    last_end = -1
    parens = "(" in text  # (what _CODED_AS needs)
    for s, e, actor in cands:
        if s < last_end:
            continue
        if generic and (s, e) in generic:
            if out and not text[out[-1].char_end - offset : s].strip(" -"):
                last_end = e  # nor is a word inside it an actor ("coalition air strikes")
                continue  # "Saudi-led coalition airstrikes", "MINUSMA troops": the named actor's
            if (
                "air" in text[s:e].lower()
                and any(o.actor_type in ARMED_TYPES for o in out)
                # "the SPLM-IO said government aircraft bombed": the speaker flies none
                and not _REPORTED_RE.search(text, out[-1].char_end - offset, s)
            ):
                last_end = e  # the "strikes" of "air strikes" are no labour strike
                continue  # "French forces conducted airstrikes": the strikes were theirs
        gap = text[out[-1].char_end - offset : s] if out else ""  # (from the mention before)
        # (each test below first asks the type of the mention before, as the helpers do)
        if (
            out
            and out[-1].actor_type in NONSTATE_ARMED_TYPES
            and _named_then_described(out[-1], actor, gap, text[s:e])
        ):
            last_end = e  # "CODECO militiamen": the group's own fighters, no second actor
            if _actor_type(actor) == "civilians":
                # ("ZANU-PF youths attacked": the mention spans the words, up to the verb)
                out[-1] = replace(
                    out[-1], text=text[out[-1].char_start - offset : e], char_end=e + offset
                )
            continue
        last_end = e
        if out and out[-1].actor_type == "state_forces":
            if _soldiers_of_group(out[-1], actor, gap):
                out.pop()  # "Four soldiers of the Southern Transitional Council": the group's
            elif _officers_of_force(out[-1], actor, gap):
                # "Officers of the Bolivarian National Guard": the guard's, no police (the
                # mention spans the officers: "killed by officers of the FDS" names its killer)
                s = out.pop().char_start - offset
        if (
            out
            and out[-1].actor_type in NONSTATE_ARMED_TYPES
            and _described(out[-1], actor, text[out[-1].char_end - offset : s], text[s:e])
        ):
            out.pop()  # "the Islamist group Hayat Tahrir al-Sham": the name, not its descriptor
        if parens and out and _CODED_AS.match(text, out[-1].char_end - offset, s):
            # "two gunmen (coded as a communal militia)": the coder's reading wins
            prev = out.pop()
            s, actor = prev.char_start - offset, actor
        out.append(
            ActorMention(
                text[s:e],
                s + offset,
                e + offset,
                actor,
                _actor_type(actor),
                _actor_country(actor, country),
            )
        )
    return out


def _holds_unknown(words: frozenset[str]) -> bool:
    """holds_none_of of a sentence whose words are unknown: it may hold any of them."""
    return False


# a force noun's last word and the "of" after it: every "forces of <country>" holds the pair
_CREW_OF_PAIRS = frozenset((word, "of") for word in _CREW_LAST_WORDS)


def _crew_of(text: str, words: frozenset[str] | None) -> bool:
    """Whether the text may hold "<force noun> of <country>": a force noun's last word right
    before "of" (a test of the sentence's word pairs; the pattern is slow to try at every
    character). Always True when the sentence's words are unknown."""
    if words is None:
        return True
    low = word_starts(text)[1]
    return not _CREW_OF_PAIRS.isdisjoint(zip(low, low[1:], strict=False))


def _ethnic_mentions(text: str, idx: _Index, country: str | None) -> list[tuple[int, int, str]]:
    """'Murle youths', 'between Gabra and Borana pastoralist militias': each community named
    before a militia noun is its ethnic militia, read for the note's country when seeded."""
    out: list[tuple[int, int, str]] = []
    for m in idx.ethnic.finditer(text):
        if m.group().lower().endswith("people") and not _FIGHT_CUE.search(text):
            continue  # "Oromo people were killed": the victims, not a militia
        names = list(idx.ethnic_name.finditer(m.group("names")))
        for i, name in enumerate(names):
            key = name.group().casefold()
            homes = (
                idx.ethnic_actor.get(key)
                or idx.ethnic_actor.get(key[:-1])
                or idx.ethnic_actor.get(key + "s")
                or {}
            )
            actor = (homes.get(country) or homes.get("")) if country else None
            if actor is None:  # no country to fill in: the seeded home, if any
                actor = next((a for home, a in homes.items() if home), homes.get(""))
            if actor is None:
                continue
            start = m.start() + name.start()
            end = m.end() if i == len(names) - 1 else m.start() + name.end()
            out.append((start, end, _fill(actor, country)))
    return out


_FROM_COUNTRY = re.compile(
    r",?\s+(?:(?:originating|coming|who\s+(?:came|crossed\s+over))\s+)?from\s+(?:neighbou?ring\s+)?"
    r"((?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3})",
    re.IGNORECASE,
)


def _home_country(text: str, end: int, idx: _Index) -> str | None:
    """The country named in "... (originating) from <Country>" right after an alias."""
    m = _FROM_COUNTRY.match(text, end)
    if m is None:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        found = idx.named.get(" ".join(words[:n]).casefold())
        if found:
            return found
    return None


_IGNORE = frozenset({"-", "none"})
_GENERIC_FORCES = ("Military Forces of {country}", "Police Forces of {country}")
# actor types that fight (roles and extraction read them too)
ARMED_TYPES = frozenset(
    {"state_forces", "rebels", "political_militia", "identity_militia", "external_forces"}
)
# a parenthesised re-reading of the previous mention
_CODED_AS = re.compile(
    r"[^()]{0,40}\(\s*(?:coded|presumed|assumed|believed|suspected|likely|probably|possibly)"
    r"(?:\s+(?:as|to\s+be|to|be))?(?:\s+(?:the|an?))?\s*$",
    re.IGNORECASE,
)


NONSTATE_ARMED_TYPES = frozenset({"rebels", "political_militia", "identity_militia"})
# what joins a descriptor to the name it introduces: "gunmen from the ELN", "the group X",
# "terrorists of the so-called Islamic State"
_DESCRIPTOR_GAP = re.compile(
    r"\s*(?:(?:from|of|belonging\s+to)\s+)?(?:the\s+)?(?:so-called\s+|outlawed\s+|banned\s+)?"
    r"(?:(?:[a-z][\w-]*\s+)?(?:group|movement|faction|organi[sz]ation)\s+)?"
)


@cache
def _descriptor_heads() -> frozenset[str]:
    """Generic readings seeded for any country ("Islamist Militia", "Unidentified Armed
    Group"): words that describe a group rather than name it."""
    heads = set()
    for options in _index().by_alias.values():
        for template in options.values():
            if "({country})" in template:
                heads.add(template.split(" (")[0])
    return frozenset(heads)


def _described(prev: ActorMention, actor: str, gap: str, name: str) -> bool:
    """A generic non-state mention in common words ("gunmen", "the Islamist group") right
    before a capitalised named non-state group introduces it."""
    if (
        prev.actor_type not in NONSTATE_ARMED_TYPES
        or _actor_type(actor) not in NONSTATE_ARMED_TYPES
    ):
        return False
    if not (name[:1].isupper() or name[:1].isdigit()) or prev.text.isupper():
        return False  # (a name in capitals: "the armed group 3R" too)
    if any(w[:1].isupper() for w in prev.text.split()[1:]):
        return False  # "Islamic State", "ISGS": a name itself
    heads = _descriptor_heads()
    # ("terrorists of the so-called JNIM": a description read as either of two groups)
    either = " and/or " in prev.actor and not prev.text[:1].isupper()
    if (prev.actor.split(" (")[0] not in heads and not either) or _generic_reading(actor, heads):
        return False
    return _DESCRIPTOR_GAP.fullmatch(gap) is not None


_SOLDIERS = frozenset({"soldier", "soldiers", "troops", "forces", "fighters", "members"})


def _soldiers_of_group(prev: ActorMention, actor: str, gap: str) -> bool:
    """Soldiers read as a state's forces, told as a named non-state group's ("soldiers of the
    Southern Transitional Council"): the group's own men."""
    return (
        prev.actor_type == "state_forces"
        and prev.text.lower() in _SOLDIERS
        and _actor_type(actor) in NONSTATE_ARMED_TYPES
        and _OF_THE_GAP_RE.fullmatch(gap) is not None
    )


def _officers_of_force(prev: ActorMention, actor: str, gap: str) -> bool:
    """Officers or soldiers read as a state's forces, told as another force's ("Officers of the
    Bolivarian National Guard", "agents of the Judicial Police"): that force's own."""
    return (
        prev.actor_type == "state_forces"
        and prev.text.lower() in _FORCE_MEMBERS
        and _actor_type(actor) == "state_forces"
        and actor != prev.actor
        and _OF_THE_GAP_RE.fullmatch(gap) is not None
    )


_FORCE_MEMBERS = _SOLDIERS | {"officer", "officers", "agent", "agents", "personnel", "elements"}
_OF_THE_GAP_RE = re.compile(r"\s+of\s+(?:the\s+)?")


def _named_then_described(prev: ActorMention, actor: str, gap: str, said: str = "") -> bool:
    """A named non-state group right before a generic reading ("CODECO militiamen"), or
    before the words for its own young men ("ZANU-PF youths")."""
    if gap.strip() or prev.actor_type not in NONSTATE_ARMED_TYPES:
        return False
    if _actor_type(actor) == "civilians" and said.lower() in _GROUPS_OWN:
        return True  # "ZANU-PF youths attacked": the group's own youths
    if _actor_type(actor) not in NONSTATE_ARMED_TYPES:
        return False
    heads = _descriptor_heads()
    return actor.split(" (")[0] in heads and prev.actor.split(" (")[0] not in heads


_GROUPS_OWN = frozenset({"youths", "youth", "cadres", "militants", "loyalists"})


def _generic_reading(actor: str, heads: frozenset[str]) -> bool:
    """A descriptor filled with a country ("Islamic State (Niger)"), not a named branch
    ("Islamic State (Sahel)")."""
    head, _, rest = actor.partition(" (")
    if head not in heads:
        return False
    return not rest or rest.rstrip(")").casefold() in _index().named


@cache
def _periods() -> dict[str, list[tuple[dt.date, str]]]:
    """actor -> [(since, name then)], latest first (seeds/actor_periods.csv)."""
    out: dict[str, list[tuple[dt.date, str]]] = {}
    for row in read_seed_csv("actor_periods.csv"):
        out.setdefault(row["actor"], []).append(
            (dt.date.fromisoformat(row["since"]), row["actor_then"])
        )
    return {a: sorted(p, reverse=True) for a, p in out.items()}


def has_dated_name(actor: str) -> bool:
    """Whether seeds/actor_periods.csv renames the actor at some date (a set test)."""
    return actor in _periods()


_POLICE_AFTER = re.compile(r"\s+(?:police|policem[ae]n)\b", re.IGNORECASE)


def dated_actor(actor: str, on: dt.date, after: str = "") -> tuple[str, str, str | None] | None:
    """(name, type, country) of an actor on date ``on`` when seeds/actor_periods.csv renames it
    (the Taliban are Afghanistan's state forces from August 2021), else None. ``after``: the
    text right after the mention ('police' picks the police branch)."""
    for since, then in _periods().get(actor, ()):
        if on >= since:
            name = then.replace("{branch}", "Police" if _POLICE_AFTER.match(after) else "Military")
            return name, _actor_type(name), _actor_country(name, None)
    return None


def actor_table() -> list[dict]:
    """Rows {actor, actor_type, country} of every seeded canonical actor (warehouse `actors`)."""
    idx = _index()
    return [{"actor": a, "actor_type": t, "country": c or None} for a, (t, c) in idx.actors.items()]


def is_actor_key(key: str) -> bool:
    """True when a normalised capitalised run is a known actor alias (places skip those)."""
    return key in _actor_keys()


def is_person_title(acronym: str) -> bool:
    """True when an acronym as written names a kind of person wherever it is used ('MP': a
    member of parliament, seeded for every country), so it is no place's abbreviation."""
    options = _index().by_alias.get(acronym)
    return bool(options) and all("{country}" in actor for actor in options.values())


@cache
def _actor_keys() -> frozenset[str]:
    idx = _index()
    keys = set()
    for alias in idx.by_alias:
        k = normalize_key(alias)
        if len(k) > 2:
            keys.add(k)
    return frozenset(keys)
