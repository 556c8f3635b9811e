"""The SQL in sql/: every view and query, run on the seed warehouse and on a synthetic one that
has what the seed lacks (disputed claims, several documents, background history, rejects);
comments on every column; docs/warehouse.md generated from them; the README's examples."""

import datetime as dt
import re
import shutil
from pathlib import Path

import duckdb
import polars as pl
import pytest
from sitrep import cli, docs, warehouse
from sitrep.tables import (
    ACTOR_SCHEMA,
    CASUALTY_SCHEMA,
    DOCUMENT_SCHEMA,
    EVENT_SCHEMA,
    REJECT_SCHEMA,
)

PROJECT_DIR = Path(__file__).resolve().parents[1]
QUERIES = PROJECT_DIR / "sql" / "queries"
VIEWS = PROJECT_DIR / "sql" / "views"
QUERY_FILES = sorted(p.name for p in QUERIES.glob("*.sql"))
MALI_FORCES = "Military Forces of Mali (2021-)"


def rows(path, sql: str) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(sql).fetchall()


def query_rows(path, name: str) -> list[dict]:
    """A sql/queries file's result as dicts, read-only as `sitrep query` runs it."""
    with duckdb.connect(str(path), read_only=True) as con:
        return con.sql((QUERIES / name).read_text(encoding="utf-8")).pl().to_dicts()


# --- the seed warehouse: the real pipeline on seeds/articles -------------------------------


@pytest.fixture(scope="module")
def seed(seed_warehouse_path):
    return seed_warehouse_path


# --- a synthetic warehouse, loaded through warehouse.load -----------------------------------


def document(doc_id, published, outlet=None):
    text = f"Text of {doc_id}."
    return {
        "doc_id": doc_id,
        "external_id": f"{doc_id}.txt",
        "source_path": f"/feeds/{doc_id}.txt",
        "published_date": published,
        "title": f"Title {doc_id}",
        "outlet": outlet,
        "url": None,
        "text": text,
        "n_chars": len(text),
    }


def event(event_id, doc_id, day, fatalities, background=False, **fields):
    start, end = day if isinstance(day, tuple) else (day, day)
    return (
        {name: None for name in EVENT_SCHEMA}
        | {
            "event_id": event_id,
            "doc_id": doc_id,
            "seq": int(event_id[-1]),
            "is_background": background,
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "date_start": start,
            "date_end": end,
            "date_precision": "day" if start == end else "range",
            "country": "Mali",
            "admin1": "Kidal",
            "location": "Tinzaouaten",
            "fatalities": fatalities,
            "sentence": f"Sentence of {event_id}.",
            "char_start": 0,
            "char_end": 10,
        }
        | fields
    )


def figure(casualty_id, event_id, outcome, low, best, victim, actor, claimed_by, quote, **f):
    return {
        "casualty_id": casualty_id,
        "event_id": event_id,
        "doc_id": event_id.split("-")[0],
        "outcome": outcome,
        "victim": victim,
        "victim_actor": actor,
        "count_low": low,
        "count_best": best,
        "count_high": best,
        "qualifier": "exact",
        "claimed_by": claimed_by,
        "quote": quote,
        "char_start": int(casualty_id[-1]),
        "char_end": 10,
    } | f


D = dt.date
SYNTHETIC = {
    "documents": [
        document("docA", D(2024, 8, 2)),
        document("docB", D(2024, 8, 3), outlet="Bamako Daily"),
        document("docC", D(2024, 9, 10), outlet="Reuters"),
        document("docD", D(2024, 9, 11)),
        document("docE", D(2024, 9, 12)),
    ],
    "events": [
        # the seed's claim: the rebels' figures for a three-day battle
        event("docA-e0", "docA", (D(2024, 7, 30), D(2024, 8, 1)), 131, claimed_by="CSP-DPA",
              actor1="CSP-DPA", actor2="Wagner Group", assoc_actor_2=MALI_FORCES),
        # history the article recalls: kept out of every analytic view
        event("docA-e1", "docA", D(2012, 1, 17), 100, background=True),
        event("docA-e2", "docA", D(2024, 7, 28), 12, location=None, claimed_by="CSP-DPA"),
        # the army's account of the same battle, in another document
        event("docB-e0", "docB", D(2024, 7, 31), 49, claimed_by=MALI_FORCES,
              actor1=MALI_FORCES, actor2="CSP-DPA"),
        event("docC-e0", "docC", D(2024, 9, 8), 30, country="Burkina Faso", admin1="Sahel",
              location="Djibo", event_type="Violence against civilians",
              sub_event_type="Attack", actor1="JNIM", actor2="Civilians (Burkina Faso)"),
        event("docC-e1", "docC", D(2024, 9, 8), 0, country="Burkina Faso", admin1="Sahel",
              location="Djibo", event_type="Strategic developments",
              sub_event_type="Looting/property destruction"),
        event("docE-e0", "docE", D(2019, 5, 1), 3, background=True),
    ],
    "casualties": [
        figure("docA-e0-c0", "docA-e0", "killed", 84, 84, "Russian mercenaries",
               "Wagner Group", "CSP-DPA", "84 Russian mercenaries"),
        figure("docA-e0-c1", "docA-e0", "killed", 47, 47, "Malian soldiers", MALI_FORCES,
               "CSP-DPA", "47 Malian soldiers"),
        figure("docA-e0-c2", "docA-e0", "wounded", 31, 31, "fighters", None, "CSP-DPA",
               "more than 30 fighters", qualifier="more_than", count_high=None),
        figure("docA-e0-c3", "docA-e0", "captured", 7, 7, "Wagnerians", "Wagner Group",
               "CSP-DPA", "Seven Wagnerians"),
        figure("docA-e1-c0", "docA-e1", "killed", 100, 100, "soldiers", MALI_FORCES, None,
               "100 soldiers"),
        figure("docA-e2-c0", "docA-e2", "killed", 12, 24, "government soldiers", None,
               "CSP-DPA", "dozens of government soldiers", qualifier="vague", count_high=None),
        figure("docB-e0-c0", "docB-e0", "killed", 9, 9, "soldiers", MALI_FORCES, MALI_FORCES,
               "nine soldiers"),
        figure("docB-e0-c1", "docB-e0", "killed", 40, 40, "rebels", "CSP-DPA", MALI_FORCES,
               "40 rebels"),
        figure("docC-e0-c0", "docC-e0", "killed", 30, 30, "civilians",
               "Civilians (Burkina Faso)", None, "killed 30 civilians"),
        figure("docC-e0-c1", "docC-e0", "killed", 60, 60, "people", "Civilians (Burkina Faso)",
               "local residents", "as many as 60 people", qualifier="up_to"),
        figure("docC-e0-c2", "docC-e0", "missing", 5, 5, "villagers", None, None,
               "five villagers"),
    ],
    "rejects": [
        {"doc_id": "docD", "external_id": "docD.txt", "source_path": "/feeds/docD.txt",
         "stage": "validate", "reason": "failed_expectation", "detail": "event failed"},
        {"doc_id": None, "external_id": None, "source_path": "/feeds/bad.txt",
         "stage": "ingest", "reason": "empty_text", "detail": None},
    ],
    "actors": [
        {"actor": "Wagner Group", "actor_type": "external_forces", "country": "Russia"},
        {"actor": MALI_FORCES, "actor_type": "state_forces", "country": "Mali"},
        {"actor": "CSP-DPA", "actor_type": "rebels", "country": "Mali"},
        {"actor": "Civilians (Burkina Faso)", "actor_type": "civilians",
         "country": "Burkina Faso"},
    ],
}  # fmt: skip
SCHEMAS = {
    "documents": DOCUMENT_SCHEMA,
    "events": EVENT_SCHEMA,
    "casualties": CASUALTY_SCHEMA,
    "rejects": REJECT_SCHEMA,
    "actors": ACTOR_SCHEMA,
}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    path = tmp_path_factory.mktemp("synthetic_sql") / "warehouse.duckdb"
    frames = {name: pl.DataFrame(SYNTHETIC[name], schema=SCHEMAS[name]) for name in SCHEMAS}
    with warehouse.connect(path) as con:
        warehouse.migrate(con)
        warehouse.load(con, frames)
        warehouse.create_views(con)
    return path


# --- files and comments ---------------------------------------------------------------------


def test_the_issue_queries_exist_and_each_starts_with_the_question_it_answers():
    assert {
        "deaths_by_actor_month.sql",
        "largest_events.sql",
        "disagreeing_claims.sql",
        "events_by_place.sql",
        "documents_without_events.sql",
    } <= set(QUERY_FILES)
    for name in QUERY_FILES:
        first = (QUERIES / name).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("-- Question: ") and first.endswith("?"), name


def test_each_view_file_creates_and_comments_one_view():
    for path in sorted(VIEWS.glob("*.sql")):
        sql = path.read_text(encoding="utf-8")
        assert sql.startswith("-- "), f"{path.name}: start with a comment saying what it holds"
        (name,) = re.findall(r"CREATE OR REPLACE VIEW (\w+)", sql)
        assert f"COMMENT ON VIEW {name} IS" in sql, path.name


def test_every_table_and_view_column_has_a_comment(synthetic):
    objects = rows(synthetic, "SELECT DISTINCT object_name, object_kind FROM data_dictionary")
    assert {name for name, kind in objects if kind == "table"} == {
        "documents",
        "events",
        "casualties",
        "actors",
        "rejects",
        "schema_migrations",
        "managed_views",
    }
    assert {name for name, kind in objects if kind == "view"} >= {
        "event_casualties",
        "casualties_by_actor_month",
        "casualty_claims",
        "figure_provenance",
        "daily_timeline",
    }
    missing = rows(
        synthetic,
        "SELECT object_name, column_name FROM data_dictionary "
        "WHERE coalesce(comment, '') = '' OR coalesce(object_comment, '') = ''",
    )
    assert missing == []


def test_comments_survive_reopening_and_reach_information_schema(synthetic):
    (comment,) = rows(
        synthetic,
        "SELECT column_comment FROM information_schema.columns "
        "WHERE table_name = 'event_casualties' AND column_name = 'killed_best'",
    )[0]
    assert comment.startswith("People killed")
    assert rows(synthetic, "SELECT name FROM schema_migrations ORDER BY name")[:2] == [
        ("001_create_tables.sql",),
        ("002_column_comments.sql",),
    ]


def test_views_can_be_recreated_on_every_run(synthetic):
    with warehouse.connect(synthetic) as con:
        first = warehouse.create_views(con)
        second = warehouse.create_views(con)
        (n,) = con.execute("SELECT count(*) FROM data_dictionary WHERE comment IS NULL").fetchone()
    assert first == second and n == 0


def test_docs_match_the_catalog():
    committed = docs.docs_path().read_text(encoding="utf-8")
    assert docs.generate() == committed, (
        "docs/warehouse.md is out of date with sql/: run `make docs` and commit the result"
    )


def test_docs_list_every_column_and_draw_the_entities():
    text = docs.generate()
    assert "```mermaid\nerDiagram" in text
    assert 'documents ||--o{ events : "doc_id"' in text
    assert 'events ||--o{ casualties : "event_id"' in text
    assert "| **event_id** (key) | VARCHAR | no | Stable id of the event" in text
    for name in ("event_casualties", "casualty_claims", "figure_provenance", "daily_timeline"):
        assert f"### {name}\n" in text


# --- views and queries on the synthetic warehouse ------------------------------------------


def test_event_casualties_total_each_outcome_and_leave_background_out(synthetic):
    got = rows(
        synthetic,
        "SELECT event_id, fatalities, killed_low, killed_best, wounded_low, wounded_best, "
        "captured_best, missing_best, n_figures, disputed FROM event_casualties ORDER BY event_id",
    )
    assert got == [
        ("docA-e0", 131, 131, 131, 31, 31, 7, 0, 4, False),
        ("docA-e2", 12, 12, 24, 0, 0, 0, 0, 1, False),
        ("docB-e0", 49, 49, 49, 0, 0, 0, 0, 2, False),
        ("docC-e0", 30, 30, 30, 0, 0, 0, 5, 3, True),
        ("docC-e1", 0, 0, 0, 0, 0, 0, 0, 0, False),
    ]


def test_event_figures_keep_the_lower_of_competing_claims(synthetic):
    got = rows(
        synthetic,
        "SELECT victim_group, count_best, max_claimed_best, n_claimants, claimants, disputed "
        "FROM event_figures WHERE event_id = 'docC-e0' AND outcome = 'killed'",
    )
    assert got == [("Civilians (Burkina Faso)", 30, 60, 2, "local residents", True)]


def test_deaths_by_actor_month(synthetic):
    got = [tuple(r.values()) for r in query_rows(synthetic, "deaths_by_actor_month.sql")]
    assert got == [
        ("2024-07", "Wagner Group", "external_forces", 84, 84, 1, False),
        ("2024-07", MALI_FORCES, "state_forces", 56, 56, 2, False),
        ("2024-07", "CSP-DPA", "rebels", 40, 40, 1, False),
        ("2024-07", "(unresolved)", None, 12, 24, 2, False),
        ("2024-09", "Civilians (Burkina Faso)", "civilians", 30, 30, 1, True),
    ]


def test_casualties_by_actor_month_counts_every_outcome(synthetic):
    got = rows(
        synthetic,
        "SELECT month, victim_actor, killed_best, wounded_best, captured_best, missing_best "
        "FROM casualties_by_actor_month ORDER BY month, victim_actor",
    )
    assert got == [
        ("2024-07", "(unresolved)", 24, 31, 0, 0),
        ("2024-07", "CSP-DPA", 40, 0, 0, 0),
        ("2024-07", MALI_FORCES, 56, 0, 0, 0),
        ("2024-07", "Wagner Group", 84, 0, 7, 0),
        ("2024-09", "(unresolved)", 0, 0, 0, 5),
        ("2024-09", "Civilians (Burkina Faso)", 30, 0, 0, 0),
    ]


def test_largest_events_of_the_period(synthetic):
    got = [
        (r["event_id"], r["fatalities"], r["killed_best"])
        for r in query_rows(synthetic, "largest_events.sql")
    ]
    assert got == [
        ("docA-e0", 131, 131),
        ("docB-e0", 49, 49),
        ("docC-e0", 30, 30),
        ("docA-e2", 12, 24),
        ("docC-e1", 0, 0),
    ]


def test_disagreeing_claims_side_by_side_within_and_across_documents(synthetic):
    got = [
        (
            r["date_start"],
            r["place"],
            r["victim_group"],
            r["claimed_by_a"],
            r["count_best_a"],
            r["claimed_by_b"],
            r["count_best_b"],
            r["difference"],
            r["same_event"],
            r["quote_a"],
            r["quote_b"],
        )
        for r in query_rows(synthetic, "disagreeing_claims.sql")
    ]
    assert got == [
        (D(2024, 7, 30), "Tinzaouaten", MALI_FORCES, "CSP-DPA", 47, MALI_FORCES, 9, 38, False,
         "47 Malian soldiers", "nine soldiers"),
        (D(2024, 9, 8), "Djibo", "Civilians (Burkina Faso)", "(outlet)", 30, "local residents",
         60, 30, True, "killed 30 civilians", "as many as 60 people"),
    ]  # fmt: skip


def test_events_by_place(synthetic):
    got = [tuple(r.values()) for r in query_rows(synthetic, "events_by_place.sql")]
    assert got == [
        ("Mali", "Kidal", "Tinzaouaten", 2, 180, 180, 31, D(2024, 7, 30), D(2024, 8, 1),
         "Battles"),
        ("Burkina Faso", "Sahel", "Djibo", 2, 30, 30, 0, D(2024, 9, 8), D(2024, 9, 8),
         "Strategic developments; Violence against civilians"),
        ("Mali", "Kidal", None, 1, 12, 24, 0, D(2024, 7, 28), D(2024, 7, 28), "Battles"),
    ]  # fmt: skip


def test_documents_without_events(synthetic):
    got = [
        (r["external_id"], r["n_background_events"], r["reject_reasons"])
        for r in query_rows(synthetic, "documents_without_events.sql")
    ]
    assert got == [("docD.txt", 0, "failed_expectation"), ("docE.txt", 1, None)]


def test_provenance_of_every_figure_flags_background(synthetic):
    got = rows(
        synthetic,
        "SELECT casualty_id, quote, external_id, outlet, sentence, is_background "
        "FROM figure_provenance WHERE casualty_id IN ('docB-e0-c0', 'docA-e1-c0') "
        "ORDER BY casualty_id",
    )
    assert got == [
        ("docA-e1-c0", "100 soldiers", "docA.txt", None, "Sentence of docA-e1.", True),
        ("docB-e0-c0", "nine soldiers", "docB.txt", "Bamako Daily", "Sentence of docB-e0.", False),
    ]
    news = query_rows(synthetic, "figure_provenance.sql")
    assert len(news) == 10 and "100 soldiers" not in {r["quote"] for r in news}


def test_daily_timeline_per_country(synthetic):
    got = rows(
        synthetic,
        "SELECT country, day, n_events, n_multi_day_events, fatalities, killed_best, "
        "missing_best, event_types FROM daily_timeline ORDER BY country, day",
    )
    assert got == [
        ("Burkina Faso", D(2024, 9, 8), 2, 0, 30, 30, 5,
         "Strategic developments; Violence against civilians"),
        ("Mali", D(2024, 7, 28), 1, 0, 12, 24, 0, "Battles"),
        ("Mali", D(2024, 7, 30), 1, 1, 131, 131, 0, "Battles"),
        ("Mali", D(2024, 7, 31), 1, 0, 49, 49, 0, "Battles"),
    ]  # fmt: skip


@pytest.mark.parametrize("name", QUERY_FILES)
def test_sitrep_query_runs_each_file_read_only(synthetic, name, capsys):
    assert cli.query(str(QUERIES / name), str(synthetic)) == 0
    assert "┌" in capsys.readouterr().out


# --- the seed warehouse ----------------------------------------------------------------------


def test_seed_deaths_by_actor_month(seed):
    got = query_rows(seed, "deaths_by_actor_month.sql")
    july = [r for r in got if r["month"] == "2024-07"]
    assert len(got) == len(july)
    by_actor = {r["victim_actor"]: r for r in july}
    assert (by_actor["Wagner Group"]["killed_low"], by_actor["Wagner Group"]["killed_best"]) == (
        84,
        84,
    )
    (mali,) = [r for name, r in by_actor.items() if name.startswith("Military Forces of Mali")]
    # 47 Malian soldiers in the claim, and "dozens of government soldiers" (low 12, best 24)
    assert (mali["killed_low"], mali["killed_best"], mali["n_events"]) == (59, 71, 2)
    assert sum(r["killed_low"] for r in july) == 84 + 47 + 12  # and 'dozens' counts 12 at least


def test_seed_event_casualties(seed):
    got = rows(
        seed,
        "SELECT country, event_type, fatalities, killed_low, killed_best, wounded_low, "
        "wounded_best, captured_low, captured_best, missing_best, n_figures "
        "FROM event_casualties WHERE fatalities = 131",
    )
    assert got == [("Mali", "Battles", 131, 131, 131, 31, 31, 7, 7, 0, 4)]
    dozens = rows(
        seed,
        "SELECT fatalities, killed_low FROM event_casualties WHERE date_start = '2024-07-28'",
    )
    assert dozens == [(12, 12)]


def test_seed_largest_events(seed):
    got = [
        (r["date_start"], r["fatalities"], r["wounded_best"], r["captured_best"])
        for r in query_rows(seed, "largest_events.sql")
    ]
    assert got[0][1:] == (131, 31, 7) and dt.date(2024, 7, 30) <= got[0][0]
    assert got[1:] == [(D(2024, 7, 28), 12, 0, 0)]


def test_seed_has_one_claimant_so_no_disagreeing_claims(seed):
    assert query_rows(seed, "disagreeing_claims.sql") == []
    assert rows(seed, "SELECT count(*) FROM casualty_claims") == [(0,)]


def test_seed_events_by_place(seed):
    got = query_rows(seed, "events_by_place.sql")
    assert sum(r["n_events"] for r in got) == 2
    assert got[0]["country"] == "Mali"
    # both seed events are in Mali with no named town (a fight gets no capital): 131 + 12
    # coded, 131 + 24 best
    assert (got[0]["fatalities"], got[0]["killed_best"], got[0]["wounded_best"]) == (143, 155, 31)


def test_seed_document_produced_events(seed):
    assert query_rows(seed, "documents_without_events.sql") == []


def test_seed_provenance_quotes_sit_at_their_offsets(seed):
    got = query_rows(seed, "figure_provenance.sql")
    assert [(r["outcome"], r["count_best"], r["quote"]) for r in got[:4]] == [
        ("killed", 84, "84 Russian mercenaries from the Wagner terrorist group"),
        ("killed", 47, "47 Malian soldiers"),
        ("wounded", 31, 'more than 30 fighters of the "enemy forces" were wounded'),
        ("captured", 7, "Seven Wagnerians and Malian soldiers were taken prisoner"),
    ]
    assert {r["external_id"] for r in got} == {"000_1bd5ca4d51525299.txt"}
    misplaced = rows(
        seed,
        "SELECT p.quote FROM figure_provenance p JOIN documents d USING (doc_id) "
        "WHERE substr(d.text, p.quote_start + 1, p.quote_end - p.quote_start) <> p.quote "
        "OR substr(d.text, p.sentence_start + 1, p.sentence_end - p.sentence_start) "
        "<> p.sentence",
    )
    assert misplaced == []


def test_seed_daily_timeline(seed):
    got = rows(
        seed,
        "SELECT country, fatalities, killed_best, wounded_best, captured_best "
        "FROM daily_timeline WHERE fatalities = 131",
    )
    assert got == [("Mali", 131, 131, 31, 7)]


@pytest.mark.parametrize("name", QUERY_FILES)
def test_sitrep_query_runs_each_file_on_the_seed(seed, name, capsys):
    assert cli.query(str(QUERIES / name), str(seed)) == 0
    assert "┌" in capsys.readouterr().out


def readme_examples() -> list[tuple[str, str]]:
    text = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")
    section = text.split("## Querying the warehouse", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sql\n(.*?)```\n+```text\n(.*?)```", section, re.S)


def test_readme_shows_three_examples():
    assert len(readme_examples()) >= 3


@pytest.mark.parametrize("index", range(3))
def test_readme_example_prints_what_the_readme_shows(seed, index, capsys):
    sql, shown = readme_examples()[index]
    assert cli.query(sql, str(seed)) == 0
    printed = capsys.readouterr().out
    assert printed == shown, (
        f"README example {index + 1} no longer prints what the README shows; update it with "
        f"the output of `sitrep query` on the seed warehouse:\n{printed}"
    )


def test_a_view_whose_file_is_gone_is_dropped_and_views_of_users_are_kept(
    synthetic, tmp_path, monkeypatch
):
    path = tmp_path / "warehouse.duckdb"
    path.write_bytes(synthetic.read_bytes())
    views = tmp_path / "sql" / "views"
    shutil.copytree(VIEWS.parent, tmp_path / "sql")
    with warehouse.connect(path) as con:
        con.execute("CREATE VIEW my_own_view AS SELECT 1 AS one")
    (views / "06_daily_timeline.sql").unlink()
    monkeypatch.setenv("SITREP_SQL_DIR", str(tmp_path / "sql"))
    with warehouse.connect(path) as con:
        created = warehouse.create_views(con)
        names = {row[0] for row in con.execute("SELECT view_name FROM duckdb_views()").fetchall()}
        managed = {row[0] for row in con.execute("SELECT name FROM managed_views").fetchall()}
    assert "06_daily_timeline" not in created
    assert "daily_timeline" not in names and "daily_timeline" not in managed
    assert {"my_own_view", "event_casualties"} <= names
    assert "my_own_view" not in managed and "event_casualties" in managed
