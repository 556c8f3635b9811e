"""`make bench`: how fast Sitrep runs from ten thousand documents to a million.

Builds corpora by repeating the ACLED dev notes (../shared/eval, or SITREP_EVAL_DIR; without
them, the seed articles) with fresh ids and a distinct suffix (identical text would be
deduplicated), runs `sitrep run` on each into a fresh warehouse while sampling the process
tree's memory, and compares our extraction with a spaCy blank tokenizer + sentencizer pass
over the same text.
"""

import argparse
import collections
import json
import math
import os
import string
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import psutil
from sitrep.paths import EVAL_DIR

PROJECT_DIR = Path(__file__).resolve().parents[1]
EVAL_INPUT = EVAL_DIR / "acled_dev.input.jsonl"
RESULTS_DIR = PROJECT_DIR / "bench" / "results"
CORPUS_DIR = PROJECT_DIR / "bench" / "corpus"
DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
INCREMENT = 1_000
TIMING_REPEATS = 3


def base_texts() -> tuple[list[str], str]:
    """Texts to repeat, and where they came from."""
    if EVAL_INPUT.exists():
        with EVAL_INPUT.open(encoding="utf-8") as handle:
            return [json.loads(line)["text"] for line in handle if line.strip()], str(EVAL_INPUT)
    from sitrep.sources import read_sources

    docs = read_sources([PROJECT_DIR / "seeds" / "articles"]).documents
    return [d["text"] for d in docs], "seeds/articles"


def tag(n: int) -> str:
    """A letters-only tag, so the suffix adds no number for the extractor to find."""
    letters = string.ascii_lowercase
    out = ""
    while True:
        n, r = divmod(n, 26)
        out = letters[r] + out
        if n == 0:
            return out


def write_corpus(path: Path, texts: list[str], n: int, start: int = 0) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for i in range(start, start + n):
            text = texts[i % len(texts)]
            record = {"id": f"bench-{i}", "text": f"{text} Ref {tag(i)}.", "published_date": None}
            handle.write(json.dumps(record) + "\n")
    tmp.replace(path)


def words_in(path: Path) -> int:
    with path.open(encoding="utf-8") as handle:
        return sum(len(json.loads(line)["text"].split()) for line in handle)


class PeakMemory:
    """Peak resident memory of a process and all its children, sampled."""

    def __init__(self, pid: int, every: float = 0.1):
        self.process = psutil.Process(pid)
        self.peak = 0
        self.every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.process, *self.process.children(recursive=True)]
                total = 0
                for proc in procs:
                    try:
                        total += proc.memory_info().rss
                    except psutil.Error:
                        pass
                self.peak = max(self.peak, total)
            except psutil.Error:
                pass
            self._stop.wait(self.every)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def sitrep_run(sources: list[Path], warehouse: Path) -> dict:
    """One `sitrep run` in a subprocess: its report, wall time and peak memory."""
    report = Path(tempfile.mktemp(suffix=".json"))
    command = [str(Path(sys.executable).with_name("sitrep")), "run", "--warehouse", str(warehouse)]
    for source in sources:
        command += ["--source", str(source)]
    command += ["--report", str(report)]
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "SITREP_EPHEMERAL": "1"},
    )
    memory = PeakMemory(process.pid)
    code = process.wait()
    wall = time.perf_counter() - started
    peak = memory.stop()
    figures = json.loads(report.read_text()) if report.exists() else {}
    report.unlink(missing_ok=True)
    return {
        "exit_code": code,
        "wall_s": round(wall, 2),
        "peak_rss_mib": round(peak / 2**20),
        **figures,
    }


def fresh(path: Path) -> Path:
    for candidate in (path, path.with_name(path.name + ".wal")):
        candidate.unlink(missing_ok=True)
    return path


def _fastest(run: Callable[[], object], repeats: int = TIMING_REPEATS) -> float:
    """Seconds of the fastest of ``repeats`` runs: one pass of a few seconds on a shared
    machine varies by 10-15%, its best much less."""
    best = math.inf
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def spacy_comparison(texts: list[str]) -> dict:
    """Our normalise+extract against spaCy's blank English tokenizer and sentencizer."""
    import polars as pl
    import spacy
    from sitrep import batch
    from sitrep.sources import make_document
    from sitrep.tables import DOCUMENT_SCHEMA

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    words = sum(len(t.split()) for t in texts)
    spacy_s = _fastest(lambda: collections.deque(nlp.pipe(texts, batch_size=256), maxlen=0))

    docs = pl.DataFrame(
        [
            make_document(text=t, external_id=str(i), source_path="bench", published_date=None)
            for i, t in enumerate(texts)
        ],
        schema=DOCUMENT_SCHEMA,
    )
    figures = {"documents": len(texts), "words": words, "spacy_blank_s": round(spacy_s, 3)}

    def extraction(workers: int) -> None:
        sentences, mentions = batch.normalise_documents(docs, workers=workers)
        batch.extract_facts(docs, sentences, mentions, workers=workers)

    # spacy.blank() is loaded before its clock starts; likewise the warm passes with workers
    # are timed once they have started and loaded the dictionaries (the cold pass is kept).
    # The one-core and cold passes run once: each happens once in a process.
    cores = os.cpu_count() or 1
    passes = [(1, "", 1), (cores, "_cold", 1), (cores, "", TIMING_REPEATS)]
    for workers, label, repeats in passes:
        ours = _fastest(partial(extraction, workers), repeats)
        figures[f"sitrep_extraction_s_{workers}_workers{label}"] = round(ours, 3)
        figures[f"ratio_{workers}_workers{label}"] = round(spacy_s / ours, 2)
    figures["spacy_words_per_s"] = round(words / spacy_s)
    return figures


def component_profile(texts: list[str]) -> dict:
    """Where extraction spends its time: each library component alone over the same sentences,
    on one core, against the whole normalise + extract of one document at a time.

    Components share caches in the pipeline (places and countries read the same tokens), so
    timed alone they add up to a little more than they cost together; "glue" is the rest
    (event segmentation, roles, typing, reconciling figures, building rows).
    """
    from sitrep.actors import find_actors
    from sitrep.casualties import find_casualties
    from sitrep.dates import find_dates
    from sitrep.event_types import find_cues
    from sitrep.extraction import extract_document
    from sitrep.places import find_countries, find_places
    from sitrep.quantities import find_quantities
    from sitrep.text import split_sentences

    extract_document(texts[0], None)  # dictionaries load before any clock starts
    sentences = [s.text for text in texts for s in split_sentences(text)]
    counts = [find_quantities(s) for s in sentences]
    components = {
        "split_sentences": lambda: [split_sentences(text) for text in texts],
        "dates": lambda: [find_dates(s) for s in sentences],
        "quantities": lambda: [find_quantities(s) for s in sentences],
        "countries": lambda: [find_countries(s) for s in sentences],
        "places": lambda: [find_places(s) for s in sentences],
        "actors": lambda: [find_actors(s) for s in sentences],
        "event_cues": lambda: [find_cues(s) for s in sentences],
        "casualties": lambda: [
            find_casualties(s, 0, q, None) for s, q in zip(sentences, counts, strict=True)
        ],
    }
    seconds = {}
    for name, run in components.items():
        started = time.perf_counter()
        run()
        seconds[name] = round(time.perf_counter() - started, 3)
    started = time.perf_counter()
    for text in texts:
        extract_document(text, None)
    whole = time.perf_counter() - started
    seconds["glue"] = round(max(0.0, whole - sum(seconds.values())), 3)
    return {
        "documents": len(texts),
        "sentences": len(sentences),
        "whole_s": round(whole, 3),
        "seconds": seconds,
        "share": {name: round(secs / whole, 3) for name, secs in seconds.items()},
    }


def run_benchmark(
    sizes: list[int], out: Path, corpus_dir: Path = CORPUS_DIR, compare_docs: int = 10_000
) -> dict:
    texts, origin = base_texts()
    results: dict = {"corpus_from": origin, "cpu_count": os.cpu_count(), "sizes": {}}
    for n in sizes:
        corpus = corpus_dir / f"corpus_{n}.jsonl"
        if not corpus.exists():
            write_corpus(corpus, texts, n)
        words = words_in(corpus)
        warehouse = fresh(corpus_dir / f"warehouse_{n}.duckdb")
        first = sitrep_run([corpus], warehouse)
        row = {"documents": n, "words": words, "first_run": first}
        for stage, secs in first.get("stages", {}).items():
            row.setdefault("per_stage", {})[stage] = {
                "seconds": secs,
                "docs_per_s": round(n / secs) if secs else None,
                "words_per_s": round(words / secs) if secs else None,
            }
        row["no_new_documents"] = sitrep_run([corpus], warehouse)
        extra = corpus_dir / f"increment_{n}.jsonl"
        write_corpus(extra, texts, min(INCREMENT, max(1, n // 10)), start=n)
        row["add_increment"] = sitrep_run([corpus, extra], warehouse)
        row["add_increment"]["documents_added"] = min(INCREMENT, max(1, n // 10))
        results["sizes"][str(n)] = row
        print(format_row(row), flush=True)
        write_results(out, results)  # after every size: a long run that dies keeps the rest
    # distinct texts, as in the corpora: identical text would be one document
    sample = [f"{texts[i % len(texts)]} Ref {tag(i)}." for i in range(compare_docs)]
    results["spacy_comparison"] = spacy_comparison(sample)
    print(json.dumps(results["spacy_comparison"], indent=2))
    results["component_profile"] = component_profile(sample)
    print(format_profile(results["component_profile"]))
    write_results(out, results)
    print(f"written {out}")
    return results


def write_results(out: Path, results: dict) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


def format_row(row: dict) -> str:
    first = row["first_run"]
    stages = ", ".join(
        f"{name} {v['seconds']:.1f}s ({v['docs_per_s'] or 0:,} docs/s)"
        for name, v in row.get("per_stage", {}).items()
    )
    rerun, increment = row["no_new_documents"], row["add_increment"]
    return (
        f"{row['documents']:>9,} docs: {first['wall_s']:.1f}s wall, "
        f"peak {first['peak_rss_mib']} MiB [{stages}]; re-run {rerun['wall_s']:.1f}s; "
        f"+{increment['documents_added']} docs {increment['wall_s']:.1f}s"
    )


def format_profile(profile: dict) -> str:
    parts = ", ".join(
        f"{name} {secs:.2f}s ({profile['share'][name]:.0%})"
        for name, secs in sorted(profile["seconds"].items(), key=lambda kv: -kv[1])
    )
    return f"one core, {profile['documents']:,} docs in {profile['whole_s']:.2f}s: {parts}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=list(DEFAULT_SIZES))
    parser.add_argument(
        "--out", type=Path, default=RESULTS_DIR / f"bench_{time.strftime('%Y%m%dT%H%M%S')}.json"
    )
    args = parser.parse_args(argv)
    run_benchmark(args.sizes, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
