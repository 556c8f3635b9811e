"""Every coded news article of tools/news_articles.jsonl goes through the whole pipeline, and
the warehouse's blocking checks pass on what it extracts (a qualifier or type our rules
invent outside the suites' sets would stop the load)."""

import json
from pathlib import Path

import duckdb

from .conftest import materialize

ARTICLES = Path(__file__).resolve().parents[1] / "tools" / "news_articles.jsonl"


def test_the_coded_news_articles_load_with_every_check_passing(tmp_path):
    feed = tmp_path / "news.jsonl"
    with ARTICLES.open(encoding="utf-8") as source, feed.open("w", encoding="utf-8") as out:
        for line in source:
            article = json.loads(line)
            keep = {k: article[k] for k in ("id", "text", "published_date")}
            out.write(json.dumps(keep) + "\n")
    warehouse = tmp_path / "warehouse.duckdb"
    result = materialize([feed], warehouse)
    assert result.success
    assert all(check.passed for check in result.get_asset_check_evaluations())
    con = duckdb.connect(str(warehouse), read_only=True)
    (rejects,) = con.execute("SELECT count(*) FROM rejects").fetchone()
    (documents,) = con.execute("SELECT count(*) FROM documents").fetchone()
    assert (documents, rejects) == (sum(1 for _ in ARTICLES.open(encoding="utf-8")), 0)
