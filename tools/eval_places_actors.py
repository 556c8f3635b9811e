"""Dev scorer for places.py / actors.py on the ACLED dev notes (terminal only, nothing saved).

Why: the full pipeline needs the extraction library; this isolates gazetteer and alias coverage
with a naive heuristic (first place mention, first/second actor mentions) and reuses score.py's
normalisation rules, loaded from ../shared/eval at run time.

    .venv/bin/python tools/eval_places_actors.py [--limit N] [--country C] [--errors FIELD N]
        [--seed S]

FIELD is country, admin1, location, actor1, actor2, actor1_any/actor2_any (gold actor missing
from every mention) or actor1_smart/actor2_smart.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import time
from types import ModuleType

from sitrep.actors import find_actors
from sitrep.paths import EVAL_DIR
from sitrep.places import find_countries, find_places, primary_place

FIELDS = ("country", "admin1", "location", "actor1", "actor2")
# forces often act abroad ("Russian forces" in Ukraine): their home country is a poor event hint
_FOREIGN_PRONE = ("state_forces", "external_forces")


def load_score() -> ModuleType:
    """Import score.py from the shared eval folder (never copied into the repo)."""
    spec = importlib.util.spec_from_file_location("acled_score", EVAL_DIR / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def predict(text: str) -> dict[str, str | None]:
    """Naive stand-in for the extraction helper: first place, first two distinct actors."""
    places = find_places(text)
    first = primary_place(places)
    country = first.country if first else None
    if country is None:
        country = next((p.country for p in places if p.country), None)
    if country is None:
        cs = find_countries(text)
        country = cs[0].country if cs else None
    if country is None:
        # named actors with a home country ("Katiba Macina" -> Mali) decide, then re-resolve
        home = [a.country for a in find_actors(text) if a.actor_type not in _FOREIGN_PRONE]
        country = next((c for c in home if c), None)
        if country:
            places = find_places(text, country_hint=country)
            first = primary_place(places)
    actors = find_actors(text, country=country)
    names: list[str] = []
    for a in actors:
        if a.actor not in names:
            names.append(a.actor)
    return {
        "_actors": names,
        "_smart": smart_roles(actors),
        "country": (first.country if first and first.country else country),
        "admin1": first.admin1 if first else None,
        "location": first.location if first else None,
        "actor1": names[0] if names else None,
        "actor2": names[1] if len(names) > 1 else None,
    }


def smart_roles(actors: list) -> tuple[str | None, str | None]:
    """A slightly less naive role guess: perpetrator = first non-civilian mention; protests
    only get an actor2 when forces intervene."""
    if not actors:
        return None, None
    a1 = next((a for a in actors if a.actor_type != "civilians"), actors[0])
    rest = [a for a in actors if a.actor != a1.actor and a.char_start > a1.char_start] or [
        a for a in actors if a.actor != a1.actor
    ]
    if a1.actor_type == "protesters":
        a2 = next((a for a in rest if a.actor_type == "state_forces"), None)
    else:
        a2 = next((a for a in rest if a.actor_type not in ("protesters",)), None)
    return a1.actor, a2.actor if a2 else None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", nargs=2, metavar=("FIELD", "N"))
    ap.add_argument("--country", help="only notes whose gold country is this")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    score = load_score()
    gold = {}
    for line in open(EVAL_DIR / "acled_dev.gold.jsonl", encoding="utf-8"):
        r = json.loads(line)
        gold[r["id"]] = r
    with open(EVAL_DIR / "acled_dev.input.jsonl", encoding="utf-8") as handle:
        notes = [json.loads(line) for line in handle]
    if args.country:
        notes = [n for n in notes if gold[n["id"]]["country"] == args.country]
    if args.limit:
        notes = notes[: args.limit]
    find_places("warm up in Kyiv")
    find_actors("warm up")
    t0 = time.perf_counter()
    preds = {n["id"]: predict(n["text"]) for n in notes}
    dt = time.perf_counter() - t0
    hits = dict.fromkeys(FIELDS, 0)
    errors: list[tuple[str, str | None, str | None, str]] = []
    for n in notes:
        g, p = gold[n["id"]], preds[n["id"]]
        for f in FIELDS:
            if f.startswith("actor"):
                ok = score.actor_match(p[f], g[f])
            else:
                ok = score.norm(p[f]) == score.norm(g[f])
            hits[f] += ok
            if not ok and args.errors and args.errors[0] == f:
                errors.append((n["id"], g[f], p[f], n["text"]))
    recall = {"actor1_any": 0, "actor2_any": 0, "actor1_smart": 0, "actor2_smart": 0}
    for n in notes:
        g, p = gold[n["id"]], preds[n["id"]]
        for f in ("actor1", "actor2"):
            if g[f]:
                recall[f + "_any"] += any(score.actor_match(a, g[f]) for a in p["_actors"])
            else:
                recall[f + "_any"] += 1
            smart = p["_smart"][0 if f == "actor1" else 1]
            recall[f + "_smart"] += score.actor_match(smart, g[f])
            if (
                args.errors
                and args.errors[0] == f + "_smart"
                and not score.actor_match(smart, g[f])
            ):
                errors.append((n["id"], g[f], smart, n["text"]))
            if args.errors and args.errors[0] == f + "_any" and g[f]:
                if not any(score.actor_match(a, g[f]) for a in p["_actors"]):
                    errors.append((n["id"], g[f], "; ".join(p["_actors"]), n["text"]))
    total = len(notes)
    print(f"notes {total}  time {dt:.2f}s (predict x2 places + actors)")
    for f in FIELDS:
        print(f"{f:10s} {hits[f] / total:.4f}")
    for f, v in recall.items():
        note = "gold among mentions; empty gold = hit" if f.endswith("any") else "smart_roles()"
        print(f"{f:12s} {v / total:.4f}  ({note})")
    if args.errors:
        random.Random(args.seed).shuffle(errors)
        for eid, gv, pv, text in errors[: int(args.errors[1])]:
            print(f"\n{eid}  gold={gv!r}  pred={pv!r}\n  {text[:400]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
