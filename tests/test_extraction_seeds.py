"""The seed-dictionary helpers: location override and CSV reading."""

from __future__ import annotations

import pytest
from sitrep.seeds import read_seed_csv, seeds_dir


def test_seeds_dir_honours_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("SITREP_SEEDS_DIR", str(tmp_path))
    assert seeds_dir() == tmp_path


def test_read_seed_csv_skips_comments_and_strips(monkeypatch, tmp_path):
    (tmp_path / "words.csv").write_text("# comment\nword,value\n seven , 7\n", encoding="utf-8")
    monkeypatch.setenv("SITREP_SEEDS_DIR", str(tmp_path))
    assert read_seed_csv("words.csv") == [{"word": "seven", "value": "7"}]


def test_unquoted_commas_are_reported(monkeypatch, tmp_path):
    (tmp_path / "bad.csv").write_text("cue,pattern\nx,a{0,2}\n", encoding="utf-8")
    monkeypatch.setenv("SITREP_SEEDS_DIR", str(tmp_path))
    with pytest.raises(ValueError, match="quote fields"):
        read_seed_csv("bad.csv")


def test_project_dictionaries_parse():
    for name in (
        "number_words.csv",
        "vague_quantities.csv",
        "quantity_qualifiers.csv",
        "event_verbs.csv",
        "event_labels.csv",
        "victim_kinds.csv",
        "front_lines.csv",
        "theatres.csv",
        "peoples.csv",
    ):
        assert read_seed_csv(name), name


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("places.csv", ("location", "admin1", "country")),
        ("actors.csv", ("actor",)),
        ("admin1.csv", ("country", "admin1")),
        ("actor_aliases.csv", ("alias", "actor", "country")),
    ],
)
def test_a_dictionary_holds_each_entry_once(name, key):
    """A row written twice is a row a reader must compare; the second copy's aliases are lost."""
    rows = [tuple(row[k] for k in key) for row in read_seed_csv(name)]
    assert sorted({r for r in rows if rows.count(r) > 1}) == []
