"""How much CPU the extraction costs per document, counted in instructions, not seconds.

Wall and CPU times on a shared host vary by 20-40% from one hour to the next, so a rule that
adds 2% to the cost of every note goes unseen, and the rules of a dozen sessions added 42%
before anyone measured it (docs/performance-history.md). Valgrind's cachegrind counts the
instructions a process executes: the same code on the same notes gives the same count to within
0.1%, so two commits can be compared in minutes, on any host.

    .venv/bin/python tools/cpu_cost.py                    # this checkout
    .venv/bin/python tools/cpu_cost.py --against HEAD~3   # and an earlier commit, side by side
    .venv/bin/python tools/cpu_cost.py --cold --start 0 --count 9597   # one cold pass

It runs the library as the pipeline's workers do (every document of a chunk normalised, then
every one extracted, the cyclic collector paused), twice over the same notes, and reports the
second pass: the dictionaries and per-word memos are warm, as they are for most of a large
batch. (The caches keyed on a sentence's text also hit in that pass, which a worker's never do
on `make bench`'s corpora; read after 2,000 other notes instead, the slice cost 0.7% more on
2026-12-07. New notes of fresh vocabulary cost a third more while the memos learn it.)

A warm pass cannot see a memo that fills up: the word gates once remembered 10,000 words, and a
third of their questions over the 9,597 dev notes were worked out again, unseen here
(2026-12-07). ``--cold`` measures one pass in a fresh process instead, as a worker's first
chunk runs: the slice's notes but its first, which loads the dictionaries and is subtracted.
Over all the dev notes it takes several minutes. Needs valgrind (Debian:
`apt-get install valgrind`); it is a developer's tool, not part of `make test`.
"""

import argparse
import concurrent.futures
import datetime as dt
import gc
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]
# appended to every note as `make bench` appends its tags (identical texts are loaded once)
BENCH_SUFFIX = " Ref kq."


def documents(source: Path) -> list[tuple[str, dt.date | None]]:
    """The notes in ``source`` (a .jsonl feed or a folder of articles), with the tag `make bench`
    appends to every note of a .jsonl feed."""
    if source.suffix == ".jsonl":
        with source.open(encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle if line.strip()]
        return [
            (
                r["text"] + BENCH_SUFFIX,
                dt.date.fromisoformat(r["published_date"]) if r.get("published_date") else None,
            )
            for r in records
        ]
    from sitrep.sources import read_sources

    return [(d["text"], d["published_date"]) for d in read_sources([source]).documents]


def write_bench_texts(folder: Path) -> tuple[Path, str]:
    """The texts `make bench` repeats (the ACLED dev notes when they are at hand, else the seed
    articles) as a .jsonl feed in ``folder``, and where they came from. The measured processes
    read that file, so they import nothing but the library they measure (an older revision's,
    with --against)."""
    sys.path.insert(0, str(PROJECT_DIR))
    from bench.run import base_texts

    texts, where = base_texts()
    path = folder / "notes.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for text in texts:
            handle.write(json.dumps({"text": text, "published_date": None}) + "\n")
    return path, where


def run_passes(pipelines: str, source: str, start: int, count: int, passes: int) -> int:
    """(In the measured process.) Normalise then extract the notes, ``passes`` times; the
    number of events found."""
    sys.path.insert(0, pipelines)
    from sitrep.extraction import analyse_document, extract_events

    notes = documents(Path(source))[start : start + count]
    found = 0
    gc.disable()  # as the workers run a chunk (sitrep.batch): no cyclic collector passes
    try:
        for _ in range(passes):
            analyses = [analyse_document(text, day) for text, day in notes]
            for (text, day), analysis in zip(notes, analyses, strict=True):
                found += len(extract_events(text, day, analysis)[0])
    finally:
        gc.enable()
    return found


def instructions(pipelines: Path, source: str, start: int, count: int, passes: int) -> int:
    """Instructions one process executes running ``passes`` passes (start-up included)."""
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--child",
        str(passes),
        "--pipelines",
        str(pipelines),
        "--start",
        str(start),
        "--count",
        str(count),
    ]
    if source:
        command += ["--source", source]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"cpu_cost: valgrind failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def cost_per_document(pipelines: Path, source: str, start: int, count: int) -> float:
    """Instructions per document of a warm pass: (two passes - one pass) / documents."""
    with concurrent.futures.ThreadPoolExecutor(2) as pool:  # the two runs on two cores
        one, two = pool.map(
            lambda passes: instructions(pipelines, source, start, count, passes), (1, 2)
        )
    return (two - one) / count


def cold_cost_per_document(pipelines: Path, source: str, start: int, count: int) -> float:
    """Instructions per document of one pass in a fresh process, the first note's cost (start-up
    and the dictionaries it loads) left out: (the slice - its first note) / (documents - 1)."""
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        first, whole = pool.map(
            lambda n: instructions(pipelines, source, start, n, passes=1), (1, count)
        )
    return (whole - first) / (count - 1)


def pipelines_at(revision: str, into: Path) -> Path:
    """The library and its dictionaries as they were at a git revision, in a folder."""
    archive = subprocess.run(
        ["git", "-C", str(PROJECT_DIR), "archive", revision, "pipelines", "seeds"],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into)  # (our own repository's archive)
    return into / "pipelines"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", help="a git revision to measure beside this checkout")
    parser.add_argument("--source", default="", help="a .jsonl feed or a folder of articles")
    parser.add_argument(
        "--start", type=int, help="first note of the slice (default: #2000 of the dev notes)"
    )
    parser.add_argument("--count", type=int, default=500, help="notes in the slice")
    parser.add_argument("--pipelines", default=str(PROJECT_DIR / "pipelines"))
    parser.add_argument(
        "--cold", action="store_true", help="one pass in a fresh process, not a warm second pass"
    )
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        run_passes(args.pipelines, args.source, args.start or 0, args.count, args.child)
        return 0
    if shutil.which("valgrind") is None:
        raise SystemExit("cpu_cost: valgrind is not installed (Debian: apt-get install valgrind)")
    os.environ.setdefault("PYTHONHASHSEED", "0")  # the same set orders in every run
    with tempfile.TemporaryDirectory() as folder:
        if args.source:
            source, where = args.source, args.source
        else:
            bench_texts, where = write_bench_texts(Path(folder))
            source = str(bench_texts)
        if args.start is None:
            args.start = 0 if args.source or where == "seeds/articles" else 2000
        n = len(documents(Path(source))[args.start :][: args.count])
        if n < (2 if args.cold else 1):
            raise SystemExit(f"cpu_cost: too few documents from note {args.start} on ({n})")
        kind = "one cold pass" if args.cold else "a warm pass"
        print(f"{n} documents ({where}, from #{args.start}), {kind} of normalise + extract:")
        cost = cold_cost_per_document if args.cold else cost_per_document
        here = cost(Path(args.pipelines), source, args.start, n)
        print(f"  this checkout: {here:,.0f} instructions per document")
        if args.against:
            there = cost(
                pipelines_at(args.against, Path(folder) / "against"), source, args.start, n
            )
            print(f"  {args.against}: {there:,.0f} instructions per document")
            print(f"  change: {100 * (here - there) / there:+.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
