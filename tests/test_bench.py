"""A ten-document smoke run of the benchmark code (timings are printed, never asserted)."""

import json
import os
import subprocess
import sys

from bench.run import run_benchmark, tag

from .conftest import PROJECT_DIR


def test_letter_tags_are_distinct_and_contain_no_digits():
    tags = [tag(i) for i in range(2000)]
    assert len(set(tags)) == 2000
    assert not any(ch.isdigit() for t in tags for ch in t)


def test_benchmark_smoke_run_on_ten_documents_writes_its_figures(tmp_path):
    out = tmp_path / "bench.json"
    results = run_benchmark([10], out, corpus_dir=tmp_path, compare_docs=10)
    row = results["sizes"]["10"]
    assert row["first_run"]["exit_code"] == 0
    assert row["first_run"]["counts"]["documents"] == 10
    assert row["add_increment"]["counts"]["documents"] == 11
    assert set(row["per_stage"]) >= {"ingest", "normalise", "extract", "validate", "load"}
    assert results["spacy_comparison"]["documents"] == 10
    profile = results["component_profile"]
    assert set(profile["seconds"]) >= {"places", "actors", "casualties", "glue"}
    assert profile["sentences"] >= 10
    assert json.loads(out.read_text())["sizes"]["10"]["documents"] == 10


def test_the_benchmark_repeats_the_notes_sitrep_eval_dir_points_to(tmp_path):
    """A checkout with no ../shared beside it (a git worktree) is pointed at the dev notes."""
    notes = ["Gunmen killed 3 soldiers in Gao.", "A protest was held in Bamako."]
    with (tmp_path / "acled_dev.input.jsonl").open("w", encoding="utf-8") as handle:
        for n, text in enumerate(notes):
            handle.write(json.dumps({"id": str(n), "text": text, "published_date": None}) + "\n")
    shown = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json; from bench.run import base_texts; print(json.dumps(base_texts()))",
        ],
        cwd=PROJECT_DIR,
        env={**os.environ, "SITREP_EVAL_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        check=True,
    )
    texts, source = json.loads(shown.stdout)
    assert texts == notes
    assert source == str(tmp_path / "acled_dev.input.jsonl")
