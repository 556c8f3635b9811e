"""Reading articles and feeds: documents out, or a reject with a reason; never a crash."""

import datetime as dt
import json

import polars as pl
from sitrep.sources import content_id, decode_text, read_sources, source_bytes, split_article

from .conftest import SEED_ARTICLES


def test_seed_article_header_gives_published_date_and_body():
    result = read_sources([SEED_ARTICLES])
    assert not result.rejects
    (document,) = result.documents_frame().to_dicts()
    assert document["published_date"] == dt.date(2024, 8, 2)
    assert document["text"].startswith("Tuareg rebels in Mali said")
    assert document["external_id"] == "000_1bd5ca4d51525299.txt"
    assert document["doc_id"] == content_id(document["text"])


def test_header_lines_set_title_outlet_and_url():
    header, body = split_article(
        "title: Clashes in Gao\noutlet: Wire\nurl: https://x.test/a\ndate: 2024-01-02\n\nBody."
    )
    assert header == {
        "title": "Clashes in Gao",
        "outlet": "Wire",
        "url": "https://x.test/a",
        "published_date": "2024-01-02",
    }
    assert body == "Body."


def test_jsonl_csv_and_parquet_feeds_read_the_same_columns(tmp_path):
    rows = [
        {"id": "a1", "text": "Ten people were killed.", "published_date": "2024-05-01"},
        {"id": "a2", "text": "Two soldiers died.", "published_date": None, "title": "T"},
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    pl.DataFrame(rows).write_csv(tmp_path / "feed.csv")
    pl.DataFrame(rows).write_parquet(tmp_path / "feed.parquet")
    for name in ("feed.jsonl", "feed.csv", "feed.parquet"):
        result = read_sources([tmp_path / name])
        assert not result.rejects, name
        documents = result.documents_frame().to_dicts()
        assert [d["external_id"] for d in documents] == ["a1", "a2"], name
        assert documents[0]["published_date"] == dt.date(2024, 5, 1)
        assert documents[1]["published_date"] is None
        assert documents[1]["title"] == "T"


def test_truncated_jsonl_line_is_rejected_and_the_rest_is_read(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "ok", "text": "Five killed."}\n{"id": "bad", "text": "cut', "utf-8")
    result = read_sources([feed])
    assert result.documents_frame()["external_id"].to_list() == ["ok"]
    (rejected,) = result.rejects
    assert rejected["reason"] == "malformed_record"
    assert "line 2" in rejected["detail"]


def test_latin1_text_is_decoded_not_mangled():
    text, encoding = decode_text("Attaque à Ségou".encode("latin-1"))
    assert text == "Attaque à Ségou"
    assert encoding == "cp1252"


def test_binary_file_is_rejected(tmp_path):
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 10)
    result = read_sources([tmp_path])
    assert not result.documents
    assert result.rejects[0]["reason"] == "undecodable"


def test_empty_article_is_rejected(tmp_path):
    (tmp_path / "empty.txt").write_text("date 2024-01-01\n\n  \n", encoding="utf-8")
    result = read_sources([tmp_path])
    assert [r["reason"] for r in result.rejects] == ["empty_text"]


def test_document_over_the_size_limit_is_rejected(tmp_path):
    (tmp_path / "big.txt").write_text("killed " * 1000, encoding="utf-8")
    result = read_sources([tmp_path], max_bytes=1000)
    assert [r["reason"] for r in result.rejects] == ["too_large"]


def test_symlink_leaving_the_source_folder_is_refused(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("Three were killed.", encoding="utf-8")
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "link.txt").symlink_to(outside)
    result = read_sources([folder])
    assert not result.documents
    assert [r["reason"] for r in result.rejects] == ["outside_source_folder"]


def test_unparseable_published_date_is_rejected(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "x", "text": "Two killed.", "published_date": "yesterday"}', "utf-8")
    result = read_sources([feed])
    assert [r["reason"] for r in result.rejects] == ["bad_date"]


def test_feed_records_with_problems_are_rejected_one_by_one(tmp_path):
    feed = tmp_path / "feed.csv"
    pl.DataFrame(
        {
            "id": ["ok", None, "empty", "big", "baddate"],
            "text": ["Five killed.", "No id.", "  ", "x" * 50, "One died."],
            "published_date": [None, None, None, None, "last week"],
        }
    ).write_csv(feed)
    result = read_sources([feed], max_bytes=40)
    assert result.documents_frame()["external_id"].to_list() == ["ok"]
    assert sorted((r["reason"], r["external_id"]) for r in result.rejects) == [
        ("bad_date", "baddate"),
        ("empty_text", "empty"),
        ("missing_id", None),
        ("too_large", "big"),
    ]


def test_latin1_csv_feed_is_decoded(tmp_path):
    feed = tmp_path / "feed.csv"
    feed.write_bytes("id,text\na,Attaque à Ségou\n".encode("latin-1"))
    result = read_sources([feed])
    assert result.documents_frame()["text"].to_list() == ["Attaque à Ségou"]


def test_declared_encoding_is_used_and_a_wrong_declaration_is_refused():
    text, encoding = decode_text("encoding: koi8-r\nБой".encode("koi8-r"))
    assert (text, encoding) == ("Бой", "koi8-r")
    refused, reason = decode_text(b"encoding: utf-8\n\xff\xfe bad")
    assert refused is None and "not valid utf-8" in reason
    unknown, reason = decode_text(b"encoding: klingon\ntext")
    assert unknown is None and "unknown declared encoding" in reason


def test_source_bytes_counts_readable_files_and_stops_once_it_has_enough(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("x" * 10)
    (tmp_path / "photo.png").write_bytes(b"\x89PNG" * 100)  # refused: not counted
    assert source_bytes([tmp_path], enough=1_000) == 30
    assert source_bytes([tmp_path], enough=15) == 20
    assert source_bytes([tmp_path / "missing"], enough=15) == 0
