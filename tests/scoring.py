"""Score an analysis (the --json dict) against a hand-written gold file.

Gold files (tests/gold/*.json) hold, for one sample:
- blocks: [label, snippet] in reading order; label "article" or note kinds
  joined by "|" when more than one kind is acceptable;
- sections: [kind, title-or-null];
- entities: [type, [acceptable names], [aliases]]; optional_entities: names
  that count neither for nor against;
- figures: dicts with category and count (or low/high) and, where the gold
  cares, qualifier, source (a substring), who (a substring), disputed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


@dataclass
class BlockScore:
    total: int
    side_right: int  # article vs note right
    kind_right: int  # the exact label right
    wrong: list[str]

    @property
    def side(self) -> float:
        return self.side_right / self.total if self.total else 1.0


def score_blocks(analysis: dict, gold: dict) -> BlockScore:
    paragraphs = [_norm(p["text"]) for p in analysis["paragraphs"]]
    notes = [(n["kind"], _norm(n["text"])) for n in analysis["notes"]]
    p_at = n_at = 0
    side = kind = 0
    wrong: list[str] = []
    for label, snippet in gold["blocks"]:
        want = _norm(snippet)
        labels = label.split("|")
        p_hit = next((i for i in range(p_at, len(paragraphs)) if want in paragraphs[i]), None)
        n_hit = next((i for i in range(n_at, len(notes)) if want in notes[i][1]), None)
        if labels == ["article"]:
            if p_hit is not None:
                side += 1
                kind += 1
                p_at = p_hit + (0 if len(want) < len(paragraphs[p_hit]) * 0.9 else 1)
                continue
            got = f"note:{notes[n_hit][0]}" if n_hit is not None else "missing"
            if n_hit is not None:
                n_at = n_hit + 1
        else:
            if n_hit is not None:
                side += 1
                got_kind = notes[n_hit][0]
                n_at = n_hit + 1
                if got_kind in labels:
                    kind += 1
                    continue
                wrong.append(f"{label} got note:{got_kind}: {snippet[:60]}")
                continue
            got = "article" if p_hit is not None else "missing"
            if p_hit is not None:
                p_at = p_hit + 1
        wrong.append(f"{label} got {got}: {snippet[:60]}")
    return BlockScore(len(gold["blocks"]), side, kind, wrong)


def score_sections(analysis: dict, gold: dict) -> list[str]:
    got = [(s["kind"], s["title"] if s["kind"] == "body" else None) for s in analysis["sections"]]
    want = [(k, t) for k, t in gold["sections"]]
    return [] if got == want else [f"sections: got {got}, want {want}"]


@dataclass
class F1:
    tp: int
    fp: int
    fn: int
    misses: list[str]
    extras: list[str]

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def combined(scores: list[F1]) -> F1:
    """Micro-averaged: the counts of every sample added up."""
    return F1(sum(s.tp for s in scores), sum(s.fp for s in scores), sum(s.fn for s in scores),
              [m for s in scores for m in s.misses], [e for s in scores for e in s.extras])


def _forms(name: str) -> set[str]:
    base = _norm(name)
    forms = {base, re.sub(r"^the ", "", base), re.sub(r"'s$", "", base)}
    return forms


def score_entities(analysis: dict, gold: dict) -> F1:
    predicted = [(e["type"], {f for n in [e["name"], *e["aliases"]] for f in _forms(n)}, e["name"])
                 for e in analysis["entities"]]
    optional = {f for n in gold.get("optional_entities", []) for f in _forms(n)}
    used: set[int] = set()
    tp = fn = 0
    misses: list[str] = []
    for etype, names, _aliases in gold["entities"]:
        wanted = {f for n in names for f in _forms(n)}
        hit = next((i for i, (t, forms, _) in enumerate(predicted)
                    if i not in used and t == etype and forms & wanted), None)
        if hit is None:
            fn += 1
            misses.append(f"{etype} {names[0]}")
        else:
            used.add(hit)
            tp += 1
    gold_any = {f for _, names, aliases in gold["entities"] for n in [*names, *aliases] for f in _forms(n)}
    extras = [f"{t} {name}" for i, (t, forms, name) in enumerate(predicted)
              if i not in used and not forms & optional and not forms & gold_any]
    # A predicted entity that names a gold entity under the wrong type, or
    # splits one gold entity in two, is an error too.
    wrong_type = [f"{t} {name} (wrong type or split)" for i, (t, forms, name) in enumerate(predicted)
                  if i not in used and not forms & optional and forms & gold_any]
    extras += wrong_type
    return F1(tp, len(extras), fn, misses, extras)


def _figure_key_matches(got: dict, want: dict) -> bool:
    if got["category"] != want["category"]:
        return False
    if want.get("count") is not None:
        return got["count"] == want["count"]
    return got["count"] is None and got["low"] == want.get("low") and (
        "high" not in want or got["high"] == want["high"])


def score_figures(analysis: dict, gold: dict) -> tuple[F1, list[str]]:
    """F1 on (category, number); then the attributes the gold states."""
    got = list(analysis["figures"])
    used: set[int] = set()
    tp = fn = 0
    misses: list[str] = []
    attribute_errors: list[str] = []
    for want in gold["figures"]:
        hit = next((i for i, g in enumerate(got) if i not in used and _figure_key_matches(g, want)), None)
        if hit is None:
            fn += 1
            misses.append(str(want))
            continue
        used.add(hit)
        tp += 1
        g = got[hit]
        label = f"{want['category']} {want.get('count') or want.get('low')}"
        if "qualifier" in want and g["qualifier"] != want["qualifier"]:
            attribute_errors.append(f"{label}: qualifier {g['qualifier']!r}, want {want['qualifier']!r}")
        if "source" in want and want["source"].casefold() not in (g["source"] or "").casefold():
            attribute_errors.append(f"{label}: source {g['source']!r}, want {want['source']!r}")
        if "who" in want and want["who"].casefold() not in (g["who"] or "").casefold():
            attribute_errors.append(f"{label}: who {g['who']!r}, want {want['who']!r}")
        if "disputed" in want and g["disputed"] != want["disputed"]:
            attribute_errors.append(f"{label}: disputed {g['disputed']}, want {want['disputed']}")
    optional = gold.get("optional_figures", [])
    extras = [f"{g['category']} {g['count'] or g['low']}: {g['quote'][:60]}" for i, g in enumerate(got)
              if i not in used and not any(_figure_key_matches(g, o) for o in optional)]
    return F1(tp, len(extras), fn, misses, extras), attribute_errors
