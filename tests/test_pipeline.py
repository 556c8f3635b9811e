"""The whole pipeline, in-process with dagster.materialize, on the seed article."""

import datetime as dt

import duckdb
import pytest

from .conftest import SEED_ARTICLES, materialize


@pytest.fixture(scope="module")
def seed_warehouse(seed_warehouse_path):
    con = duckdb.connect(str(seed_warehouse_path), read_only=True)
    yield con
    con.close()


def rows(con, sql):
    cursor = con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def claim_event(con):
    (event,) = rows(
        con,
        "SELECT * FROM events WHERE NOT is_background AND fatalities = 131",
    )
    return event


def test_seed_claim_is_one_battle_in_mali_between_the_rebels_and_wagner_and_fama(seed_warehouse):
    event = claim_event(seed_warehouse)
    assert (event["event_type"], event["sub_event_type"]) == ("Battles", "Armed clash")
    assert event["country"] == "Mali"
    assert "CSP" in event["actor1"]
    other_side = {event["actor2"], event["assoc_actor_2"]}
    assert "Wagner Group" in other_side
    assert any(a and a.startswith("Military Forces of Mali") for a in other_side)
    assert "CSP" in (event["claimed_by"] or "")
    assert dt.date(2024, 7, 30) <= event["date_start"] <= event["date_end"] <= dt.date(2024, 8, 2)


def test_seed_claim_has_its_four_casualty_figures(seed_warehouse):
    event = claim_event(seed_warehouse)
    figures = rows(
        seed_warehouse,
        f"SELECT outcome, count_low, count_best, qualifier, victim_actor FROM casualties "
        f"WHERE event_id = '{event['event_id']}' ORDER BY outcome, count_best",
    )
    summary = [(f["outcome"], f["count_low"], f["qualifier"]) for f in figures]
    assert summary == [
        ("captured", 7, "exact"),
        ("killed", 47, "exact"),
        ("killed", 84, "exact"),
        ("wounded", 31, "more_than"),
    ]
    killed = {f["count_best"]: f["victim_actor"] for f in figures if f["outcome"] == "killed"}
    assert killed[84] == "Wagner Group"
    assert killed[47].startswith("Military Forces of Mali")


def test_seed_july_28_battle_near_algeria_counts_dozens_as_twelve(seed_warehouse):
    (event,) = rows(
        seed_warehouse,
        "SELECT * FROM events WHERE date_start = DATE '2024-07-28' AND NOT is_background",
    )
    assert event["fatalities"] == 12
    assert event["country"] == "Mali"
    assert "Wagner Group" in {event["actor2"], event["assoc_actor_2"]}
    assert any(a and a.startswith("Military Forces of Mali") for a in (event["actor2"],))
    (figure,) = rows(
        seed_warehouse,
        f"SELECT * FROM casualties WHERE event_id = '{event['event_id']}'",
    )
    assert (figure["outcome"], figure["qualifier"], figure["count_low"]) == ("killed", "vague", 12)


def test_seed_background_history_produces_no_casualty_event(seed_warehouse):
    found = rows(
        seed_warehouse,
        "SELECT e.sentence FROM events e JOIN casualties c USING (event_id) "
        "WHERE NOT e.is_background AND (e.sentence LIKE '%2012%' OR e.sentence LIKE '%2015%' "
        "OR e.sentence LIKE '%2022%')",
    )
    assert found == []


def test_every_quote_sits_at_its_offsets_in_the_document(seed_warehouse):
    mismatched = rows(
        seed_warehouse,
        "SELECT c.quote FROM casualties c JOIN documents d USING (doc_id) "
        "WHERE substr(d.text, c.char_start + 1, c.char_end - c.char_start) <> c.quote",
    )
    assert mismatched == []
    assert rows(seed_warehouse, "SELECT count(*) AS n FROM casualties")[0]["n"] >= 5


def test_running_twice_leaves_identical_tables(tmp_path):
    path = tmp_path / "w.duckdb"
    counts = []
    for _ in range(3):
        assert materialize([SEED_ARTICLES], path).success
        with duckdb.connect(str(path), read_only=True) as con:
            counts.append(
                con.execute(
                    "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events), "
                    "(SELECT count(*) FROM casualties), (SELECT count(*) FROM rejects)"
                ).fetchone()
            )
    assert counts[0] == counts[1] == counts[2]
    assert counts[0][0] == 1


def test_changed_article_replaces_its_old_version_and_facts(tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    article = folder / "gao.txt"
    article.write_text("date 2024-05-06\nGunmen killed 4 villagers in Gao, Mali.", "utf-8")
    path = tmp_path / "w.duckdb"
    assert materialize([folder], path).success
    article.write_text("date 2024-05-06\nGunmen killed 9 villagers in Gao, Mali.", "utf-8")
    assert materialize([folder], path).success
    with duckdb.connect(str(path), read_only=True) as con:
        documents = con.execute("SELECT external_id, text FROM documents").fetchall()
        figures = con.execute("SELECT count_best FROM casualties").fetchall()
    assert documents == [("gao.txt", "Gunmen killed 9 villagers in Gao, Mali.")]
    assert figures == [(9,)]
