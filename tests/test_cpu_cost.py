"""The instruction-count tool (tools/cpu_cost.py) runs the library as the pipeline does and can
read the library as it was at an earlier commit. Valgrind itself is not needed here."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sitrep.extraction import analyse_document, extract_events

from .tools import load_tool

PROJECT = Path(__file__).resolve().parents[1]
SEEDS = PROJECT / "seeds" / "articles"


def _tool():
    return load_tool("cpu_cost")


def test_the_measured_documents_are_the_seed_articles_when_asked():
    docs = _tool().documents(SEEDS)
    assert docs and all(text.strip() for text, _day in docs)
    analysis = analyse_document(*docs[0])
    events, _casualties = extract_events(docs[0][0], docs[0][1], analysis)
    assert events  # the seed article tells events: a pass over it does the whole work


def test_each_pass_normalises_and_extracts_every_document_of_the_slice():
    tool = _tool()
    text, day = tool.documents(SEEDS)[0]
    events = len(extract_events(text, day, analyse_document(text, day))[0])
    assert tool.run_passes(str(PROJECT / "pipelines"), str(SEEDS), 0, 1, 2) == 2 * events


def test_the_library_is_read_as_it_was_at_a_revision(tmp_path):
    try:
        head = subprocess.run(
            ["git", "-C", str(PROJECT), "show", "HEAD:pipelines/sitrep/extraction.py"],
            capture_output=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    folder = _tool().pipelines_at("HEAD", tmp_path)
    assert (folder / "sitrep" / "extraction.py").read_bytes() == head


def test_the_default_notes_are_the_benchmarks_texts_written_for_the_measured_processes(tmp_path):
    from bench.run import base_texts

    texts, where = base_texts()
    path, told = _tool().write_bench_texts(tmp_path)
    assert told == where
    # read back as the measured processes read them: each with the tag `make bench` appends
    docs = _tool().documents(path)
    assert [text for text, _day in docs] == [text + " Ref kq." for text in texts]
    assert {day for _text, day in docs} == {None}
