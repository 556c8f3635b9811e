"""Bad input in a real batch: each kind ends as a reject row, and the good documents load."""

import json

import dagster as dg
import duckdb
import pytest
from sitrep.definitions import ALL_ASSETS
from sitrep.resources import make_resources

from .conftest import load_gx_here

GOOD = "Gunmen killed three villagers in Gao, Mali, on Monday, officials said."
MAX_BYTES = 20_000


@pytest.fixture(scope="module")
def bad_batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad")
    drop = root / "drop"
    drop.mkdir()
    (drop / "good.txt").write_text(f"date 2024-05-06\n{GOOD}", encoding="utf-8")
    (drop / "empty.txt").write_bytes(b"")
    (drop / "junk.txt").write_bytes(bytes(range(256)) * 40)
    (drop / "latin1.txt").write_bytes(
        "date 2024-05-06\nDes soldats ont tué deux civils à Ségou, au Mali.".encode("latin-1")
    )
    (drop / "no_body.txt").write_text("date 2024-05-06\n", encoding="utf-8")
    (drop / "future.txt").write_text(f"date 2999-01-01\n{GOOD} Again.", encoding="utf-8")
    (drop / "zz_copy_of_good.txt").write_text(f"date 2024-05-06\n{GOOD}", encoding="utf-8")
    (drop / "huge.txt").write_text("killed " * (MAX_BYTES // 7 + 10), encoding="utf-8")
    (drop / "report.pdf").write_bytes(b"%PDF-1.4")
    (drop / "no_columns.csv").write_text("headline,body\nx,y\n", encoding="utf-8")
    (drop / "broken.parquet").write_bytes(b"PAR1 not really parquet")
    lines = [
        json.dumps({"id": "feed-ok", "text": "Two soldiers died in a blast in Kidal, Mali."}),
        '{"id": "feed-cut", "text": "Truncated',
        json.dumps({"id": "feed-empty", "text": ""}),
        json.dumps({"text": "no id here"}),
    ]
    (drop / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (root / "outside.txt").write_text("Five were killed.", encoding="utf-8")
    (drop / "link.txt").symlink_to(root / "outside.txt")

    path = root / "w.duckdb"
    load_gx_here()
    with dg.instance_for_test() as instance:
        result = dg.materialize(
            ALL_ASSETS,
            resources=make_resources([str(drop)], str(path), max_document_bytes=MAX_BYTES),
            instance=instance,
        )
    assert result.success
    with duckdb.connect(str(path), read_only=True) as con:
        rejects = con.execute("SELECT source_path, external_id, reason, detail FROM rejects")
        reject_rows = rejects.fetchall()
        external_ids = {r[0] for r in con.execute("SELECT external_id FROM documents").fetchall()}
    return {"rejects": reject_rows, "documents": external_ids}


def reasons_for(batch, name):
    return {reason for path, ext, reason, _ in batch["rejects"] if name in (path or "")} | {
        reason for path, ext, reason, _ in batch["rejects"] if ext == name
    }


def test_good_documents_of_the_same_batch_are_loaded(bad_batch):
    assert {"good.txt", "latin1.txt", "feed-ok"} <= bad_batch["documents"]


@pytest.mark.parametrize(
    "name, reason",
    [
        ("empty.txt", "empty_text"),
        ("junk.txt", "undecodable"),
        ("no_body.txt", "empty_text"),
        ("future.txt", "future_date"),
        ("zz_copy_of_good.txt", "duplicate_content"),
        ("huge.txt", "too_large"),
        ("report.pdf", "unsupported_format"),
        ("no_columns.csv", "malformed_record"),
        ("broken.parquet", "unreadable_feed"),
        ("link.txt", "outside_source_folder"),
        ("feed-cut", None),
        ("feed-empty", "empty_text"),
    ],
)
def test_each_bad_input_kind_becomes_a_reject_row(bad_batch, name, reason):
    if name == "feed-cut":
        details = [d for _, _, r, d in bad_batch["rejects"] if r == "malformed_record"]
        assert any("line 2" in d and "invalid JSON" in d for d in details)
        return
    assert reason in reasons_for(bad_batch, name)
    assert name not in bad_batch["documents"]


def test_record_without_an_id_is_rejected(bad_batch):
    assert any(r == "missing_id" for _, _, r, _ in bad_batch["rejects"])
