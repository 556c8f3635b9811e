"""Score the extraction library on ACLED notes without Dagster or a warehouse.

    .venv/bin/python tools/eval_extraction.py [--input ...] [--gold ...] [--limit N]
        [--errors FIELD N] [--seed S] [--half even|odd]

Runs ``extract_document`` on every note, takes the primary event (first non-background) and
sums fatalities over non-background events, then compares with the gold coding using the
comparison functions of the official ``score.py`` (loaded at run time from the evaluation
directory, never copied). Mismatch samples go to the terminal only.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
import time
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "pipelines"))

from sitrep.extraction import extract_document  # noqa: E402
from sitrep.paths import EVAL_DIR  # noqa: E402

FIELDS = ("event_type", "sub_event_type", "event_date", "country", "admin1", "location")
ACTOR_FIELDS = ("actor1", "actor2")


def load_scorer(eval_dir: Path) -> ModuleType:
    """The shared score.py, loaded from its folder (it is not a package we can import)."""
    spec = importlib.util.spec_from_file_location("acled_score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(text: str) -> dict:
    _analysis, events, _casualties = extract_document(text, None)
    live = [e for e in events if not e["is_background"]]
    fatalities = sum(int(e["fatalities"] or 0) for e in live)
    if not live:
        return {"fatalities": fatalities, "primary": None}
    p = live[0]
    primary = {
        k: p.get(k)
        for k in (
            "event_type",
            "sub_event_type",
            "country",
            "admin1",
            "location",
            "actor1",
            "actor2",
        )
    }
    primary["event_date"] = p["date_start"].isoformat() if p["date_start"] else None
    return {"fatalities": fatalities, "primary": primary}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--eval-dir", type=Path, default=EVAL_DIR)
    ap.add_argument("--input", type=Path)
    ap.add_argument("--gold", type=Path)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", nargs=2, metavar=("FIELD", "N"))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--half",
        choices=("even", "odd"),
        help="only notes whose line index (from 0) has this parity",
    )
    args = ap.parse_args()
    scorer = load_scorer(args.eval_dir)
    input_path = args.input or args.eval_dir / "acled_dev.input.jsonl"
    gold_path = args.gold or args.eval_dir / "acled_dev.gold.jsonl"
    gold = {}
    with open(gold_path, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            gold[row["id"]] = row
    with open(input_path, encoding="utf-8") as handle:
        notes = [json.loads(line) for line in handle]
    if args.half:
        notes = notes[args.half == "odd" :: 2]
    if args.limit:
        notes = notes[: args.limit]

    started = time.perf_counter()
    predictions = {note["id"]: predict(note["text"]) for note in notes}
    elapsed = time.perf_counter() - started
    words = sum(len(note["text"].split()) for note in notes)

    keys = ("fatalities", "fatalities_pos", "fatalities_zero") + FIELDS + ACTOR_FIELDS
    hits = dict.fromkeys(keys, 0)
    mismatches: dict[str, list] = {k: [] for k in keys}
    n_pos = 0
    for note in notes:
        g = gold[note["id"]]
        p = predictions[note["id"]]
        gf = int(g["fatalities"] or 0)
        n_pos += gf > 0
        ok = p["fatalities"] == gf
        hits["fatalities"] += ok
        hits["fatalities_pos" if gf > 0 else "fatalities_zero"] += ok
        if not ok:
            mismatches["fatalities"].append((note, p["fatalities"], gf))
        primary = p["primary"] or {}
        for k in FIELDS:
            good = bool(primary) and scorer.norm(primary.get(k)) == scorer.norm(g.get(k))
            hits[k] += good
            if not good:
                mismatches[k].append((note, primary.get(k), g.get(k)))
        for k in ACTOR_FIELDS:
            good = bool(primary) and scorer.actor_match(primary.get(k), g.get(k))
            hits[k] += good
            if not good:
                mismatches[k].append((note, primary.get(k), g.get(k)))

    n = len(notes)
    print(f"{'documents':40s} {n}")
    print(f"{'fatalities_exact':40s} {hits['fatalities'] / n:.4f}")
    print(
        f"{'fatalities_exact_when_gold_positive':40s} {hits['fatalities_pos'] / max(n_pos, 1):.4f}"
    )
    print(
        f"{'fatalities_exact_when_gold_zero':40s} {hits['fatalities_zero'] / max(n - n_pos, 1):.4f}"
    )
    for k in FIELDS + ACTOR_FIELDS:
        print(f"{k:40s} {hits[k] / n:.4f}")
    print(f"{'seconds':40s} {elapsed:.2f} ({words / elapsed:,.0f} words/s)")

    if args.errors:
        field_name, count = args.errors[0], int(args.errors[1])
        sample = mismatches[field_name]
        random.Random(args.seed).shuffle(sample)
        for note, predicted, expected in sample[:count]:
            print("-" * 100)
            print(note["text"][:700])
            print(f"  predicted={predicted!r}  gold={expected!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
