"""Train the entity labeller (reader/analysis/ner/model.crfsuite).

    nice .venv/bin/python training/ner.py            # train, write, report
    nice .venv/bin/python training/ner.py --report   # report on the shipped model

Reads ../shared/data/conll2003/eng.train (beside the checkout) and the gold
entities of the project's own samples (samples/ + tests/gold/), except the
held-back samples (every fourth by name, see HELD_BACK), trains a
linear-chain CRF (python-crfsuite) with fixed settings and writes the model
as package data. Then prints per-type precision/recall/F1 (exact spans) on
eng.testa and on the held-back samples. Nothing of the training text goes
into the package: only the learned weights.

Labels: PER, LOC, ORG from CoNLL; CoNLL's MISC becomes GROUP where its words
are a people, nationality, religion or party (the gazetteer's groups and
lexicon.GROUP_WORDS: "Kazakh", "Muslims", "Democrats"), and stays MISC
otherwise (learned so that it is not confused with the rest; ignored at run
time). The samples' gold names are labelled wherever they occur in the text.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.analysis import lexicon as lx  # noqa: E402
from reader.analysis.gazetteer import gazetteer  # noqa: E402
from reader.analysis.ner import features as fx  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "conll2003"
MODEL = ROOT / "reader" / "analysis" / "ner" / "model.crfsuite"
SETTINGS = {"c1": 0.1, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}
SAMPLE_WEIGHT = 5  # the samples' sentences count five times beside CoNLL's 14,000
_GOLD_TYPES = {"PERSON": "PER", "PLACE": "LOC", "ORG": "ORG", "GROUP": "GROUP"}


def sample_names() -> list[str]:
    return sorted(p.stem for p in (ROOT / "tests" / "gold").glob("*.json"))


# Held back from training, for testing: every fourth sample by name, from
# the fourth, as the samples stood when the labeller was first trained (a
# sample added later trains the model unless it is added here).
HELD_BACK = (
    "amp-page-flood",
    "bbc-style-landslide",
    "cms-wildfire-page",
    "copy-syria-clashes",
    "drupal-landmine",
    "explainer-qa-floods",
    "footnoted-report-excerpt",
    "frontmatter-detentions",
    "heatwave-excess-deaths",
    "html-table-casualties",
    "interview-qa-aid",
    "keypoints-bushfire-abc",
    "markdown-kursk-drones",
    "mexico-ambush",
    "nigeria-style-bandits",
    "paste-train-derailment",
    "press-freedom-tally",
    "reuters-crackdown",
    "scrape-bhiwandi-collapse",
    "single-newline-protest",
    "substack-detainees",
    "timeline-siege",
    "urgent-action-detained",
    "web-scrape-mine-collapse",
    "wordpress-detentions-count",
)


# --- CoNLL -------------------------------------------------------------------

def read_conll(path: Path) -> list[list[tuple[list[str], list[str]]]]:
    """Documents, each a list of (words, BIO tags) sentences."""
    documents: list[list[tuple[list[str], list[str]]]] = []
    words: list[str] = []
    tags: list[str] = []

    def close() -> None:
        if words:
            if not documents:
                documents.append([])
            documents[-1].append((list(words), bio(words, tags)))
            words.clear()
            tags.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            close()
            continue
        parts = line.split()
        if parts[0] == "-DOCSTART-":
            close()
            documents.append([])
            continue
        words.append(parts[0])
        tags.append(parts[-1])
    close()
    return [d for d in documents if d]


def _is_group(word: str, gaz) -> bool:
    forms = {word, word.rstrip("s"), word.removesuffix("es")}
    return any(f in gaz.groups or f in lx.GROUP_WORDS for f in forms)


def bio(words: list[str], iob1: list[str]) -> list[str]:
    """IOB1 to BIO, and MISC split into GROUP (a people or party) and MISC."""
    gaz = gazetteer()
    out: list[str] = []
    previous = "O"
    spans: list[list[int]] = []
    for i, tag in enumerate(iob1):
        if tag == "O":
            out.append("O")
        else:
            kind = tag[2:]
            begin = tag.startswith("B-") or previous[2:] != kind
            out.append(("B-" if begin else "I-") + kind)
            if begin:
                spans.append([i])
            else:
                spans[-1].append(i)
        previous = tag
    for span in spans:
        if out[span[0]][2:] == "MISC" and all(_is_group(words[i], gaz) for i in span):
            for k, i in enumerate(span):
                out[i] = ("B-" if k == 0 else "I-") + "GROUP"
    return out


def segments(feats: fx.Features, words: list[str], tags: list[str], doc: fx.DocumentWords):
    """The tokens the entity stage tags (fx.candidates), with the whole sentence as context."""
    indices, xs = feats.sentence(words, capitals=fx.shouting(words), document=doc)
    if indices:
        yield xs, [tags[i] for i in indices]


def conll_sequences(path: Path):
    feats = fx.Features()
    for document in read_conll(path):
        headings = {n for n, (w, _) in enumerate(document) if not fx.shouting(w) and fx.title_case(" ".join(w))}
        doc, words_list = fx.document_view([w for w, _ in document], headings)
        for words, (_, tags) in zip(words_list, document, strict=True):
            for x, y in segments(feats, words, tags, doc):
                yield x, y, words


# --- samples -----------------------------------------------------------------

def sample_documents(names: list[str]) -> list[tuple[str, list[list[str]], list[list[str]], set[int]]]:
    """Each sample's sentences as (name, [words], [tags]) from its gold names."""
    from reader.analysis import analyze

    out = []
    for name in names:
        source = next((ROOT / "samples").glob(f"{name}.*"))
        gold = json.loads((ROOT / "tests" / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        article = analyze(source, entities=False, figures=False)
        forms: dict[str, str] = {}
        for etype, names_, aliases in gold["entities"]:
            if etype in _GOLD_TYPES:
                for form in [*names_, *aliases]:
                    forms.setdefault(form, _GOLD_TYPES[etype])
        optional = set(gold.get("optional_entities", []))
        all_words: list[list[str]] = []
        all_tags: list[list[str]] = []
        titled: list[int] = []
        for paragraph in article.paragraphs:
            tokens = fx.tokenize(paragraph.text)
            tags = label_tokens(paragraph.text, tokens, forms)
            skip = {i for i, (s, e, _) in enumerate(tokens) if _inside_any(paragraph.text, s, e, optional)}
            for a, b in fx.sentences([t[2] for t in tokens]):
                if any(i in skip for i in range(a, b)):
                    continue  # a sentence with a name the gold leaves open: not evidence either way
                words = [t[2] for t in tokens[a:b]]
                if not fx.shouting(words) and fx.title_case(paragraph.text):
                    titled.append(len(all_words))
                all_words.append(words)
                all_tags.append(tags[a:b])
        out.append((name, all_words, all_tags, set(titled)))
    return out


def _occurrences(text: str, form: str):
    for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
        yield match.start(), match.end()


def _inside_any(text: str, start: int, end: int, forms: set[str]) -> bool:
    return any(a <= start and end <= b for form in forms for a, b in _occurrences(text, form))


def label_tokens(text: str, tokens, forms: dict[str, str]) -> list[str]:
    """BIO tags from the places where the gold's names occur (longest first)."""
    taken = [False] * len(text)
    spans: list[tuple[int, int, str]] = []
    for form in sorted(forms, key=len, reverse=True):
        for a, b in _occurrences(text, form):
            if not any(taken[a:b]):
                taken[a:b] = [True] * (b - a)
                spans.append((a, b, forms[form]))
    tags = ["O"] * len(tokens)
    for a, b, kind in spans:
        first = True
        for i, (s, e, _) in enumerate(tokens):
            if s >= a and e <= b:
                tags[i] = ("B-" if first else "I-") + kind
                first = False
    return tags


def sample_sequences(names: list[str]):
    feats = fx.Features()
    for _name, words_list, tags_list, headings in sample_documents(names):
        doc, words_list = fx.document_view(words_list, headings)
        for words, tags in zip(words_list, tags_list, strict=True):
            for x, y in segments(feats, words, tags, doc):
                yield x, y, words


# --- scoring -----------------------------------------------------------------

def spans_of(tags: list[str]) -> set[tuple[int, int, str]]:
    out: set[tuple[int, int, str]] = set()
    start: int | None = None
    kind = ""
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and (tag == "O" or tag.startswith("B-") or tag[2:] != kind):
            out.add((start, i, kind))
            start = None
        if tag != "O" and start is None:
            start, kind = i, tag[2:]
    return out


def report(title: str, pairs) -> dict[str, float]:
    counts: dict[str, Counter] = {}
    for gold, got in pairs:
        g, p = spans_of(gold), spans_of(got)
        for kind in {k for *_, k in g | p}:
            c = counts.setdefault(kind, Counter())
            gk = {s for s in g if s[2] == kind}
            pk = {s for s in p if s[2] == kind}
            c["tp"] += len(gk & pk)
            c["fp"] += len(pk - gk)
            c["fn"] += len(gk - pk)
    print(f"\n{title}\n{'type':8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    scores = {}
    main: Counter[str] = Counter()
    for kind in ("PER", "LOC", "ORG", "GROUP", "MISC"):
        c = counts.get(kind, Counter())
        if kind in ("PER", "LOC", "ORG"):
            main.update(c)
        scores[kind] = score_line(kind, c)
    scores["PER/LOC/ORG"] = score_line("PER/LOC/ORG", main)
    return scores


def score_line(kind: str, c: Counter, width: int = 8) -> float:
    """Print one row of precision, recall, F1 and gold count from tp/fp/fn counts; return the F1
    (benchmarks/entities_conll.py prints its rows with this too)."""
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{kind:{width}} {p:6.3f} {r:6.3f} {f:6.3f} {c['tp'] + c['fn']:6d}")
    return f


def evaluate(model: Path) -> None:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    start = time.perf_counter()
    pairs = [(tags, tagger.tag(x)) for x, tags, _ in conll_sequences(DATA / "eng.testa")]
    print(f"(eng.testa: {sum(len(t) for t, _ in pairs)} tokens in {time.perf_counter() - start:.1f} s)")
    report("eng.testa (exact spans)", pairs)
    report(f"held-back samples ({len(HELD_BACK)}: {', '.join(HELD_BACK)}), tokens the stage tags",
           [(tags, tagger.tag(x)) for x, tags, _ in sample_sequences(list(HELD_BACK))])
    gold_scores(model)


def gold_scores(model: Path) -> None:
    """The held-back samples' entity F1 as their gold tests score it (the
    whole analysis, this model; tests/scoring.py)."""
    from reader.analysis import ner
    from reader.export import to_dict
    from tests.scoring import combined, score_entities

    ner.MODEL = str(model)
    ner.tagger.cache_clear()
    from reader.analysis import analyze

    scores = []
    for name in HELD_BACK:
        gold = json.loads((ROOT / "tests" / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        scores.append(score_entities(to_dict(analyze(next((ROOT / "samples").glob(f"{name}.*")))), gold))
    total = combined(scores)
    print(f"\nheld-back samples, entity F1 as the gold tests score it: P {total.precision:.3f} "
          f"R {total.recall:.3f} F1 {total.f1:.3f}")


def train(model: Path, sample_weight: int) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    start = time.perf_counter()
    n = 0
    for x, y, _ in conll_sequences(DATA / "eng.train"):
        trainer.append(x, y)
        n += 1
    training = [s for s in sample_names() if s not in HELD_BACK]
    for x, y, _ in sample_sequences(training):
        for _ in range(sample_weight):
            trainer.append(x, y)
        n += 1
    print(f"{n} sentences ({len(training)} samples) featurised in {time.perf_counter() - start:.1f} s")
    trainer.set_params(SETTINGS)
    start = time.perf_counter()
    tmp = model.with_suffix(".tmp")
    trainer.train(str(tmp))
    tmp.replace(model)
    print(f"trained in {time.perf_counter() - start:.1f} s with {SETTINGS}, samples x{sample_weight}; "
          f"model {model.stat().st_size / 1e6:.1f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--report", action="store_true", help="only score the model already written")
    parser.add_argument("--model", type=Path, default=MODEL, help="where the model goes (default: the package's)")
    parser.add_argument("--sample-weight", type=int, default=SAMPLE_WEIGHT, help="times each sample sentence counts")
    args = parser.parse_args()
    if not (DATA / "eng.train").exists():
        print(f"training data not found: {DATA} (../shared beside the checkout)", file=sys.stderr)
        return 1
    if not args.report:
        train(args.model, args.sample_weight)
    evaluate(args.model)
    return 0


if __name__ == "__main__":
    sys.exit(main())
