"""The article's own incident's toll: its count of each kind of harm.

The figures of the article's own event (scope "incident") in its lead and
body are read sentence by sentence. Within one sentence, people the rules
count one by one ("a man died and his wife was killed") are different
people and add up; across sentences a count is the same people told
again (the headline's "man killed", the lead's "a 23-year-old man died",
a later "the victim died"), so the toll is the largest sentence's count,
never a sum over the story. People shot whose fate the words leave open
("three men were shot") are wounded, bar those the story says died.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.analysis.figure_rules import counted_besides, one_by_one, some_died
from reader.model import Figure, Section, Toll

_BODY_KINDS = frozenset({"headline", "lead", "body"})
"""(the headline has figures only of a harm the text gives no count of)"""


def _value(figure: Figure) -> int:
    return figure.count if figure.count is not None else figure.low or 0


class _Best:
    """The largest sentence count of one category so far, and the figures it rests on."""

    def __init__(self) -> None:
        self.value = 0
        self.figures: tuple[int, ...] = ()
        self.single: Figure | None = None

    def offer(self, value: int, indices: tuple[int, ...], figure: Figure | None) -> None:
        if value > self.value:
            self.value, self.figures, self.single = value, indices, figure


def _sentence_counts(members: list[tuple[int, Figure]]) -> dict[tuple[str, bool], tuple[int, tuple[int, ...],
                                                                                     Figure | None]]:
    """For one sentence: per (category, fate open), its count and the figures it rests on."""
    out: dict[tuple[str, bool], tuple[int, tuple[int, ...], Figure | None]] = {}
    keys = {(f.category, f.fate_open) for _, f in members}
    for key in keys:
        mine = [(n, f) for n, f in members if (f.category, f.fate_open) == key]
        besides = [(n, f) for n, f in mine if f.rule in counted_besides()]
        counted = list({(f.rule, f.who, f.count): (n, f) for n, f in mine if f.rule in one_by_one()}.values())
        # (one paragraph may hold the same sentence twice: the same person, once)
        number = max(mine, key=lambda nf: _value(nf[1]))
        persons = sum(_value(f) for n, f in counted if (n, f) not in besides) or max(
            (_value(f) for _, f in besides), default=0)  # ("A boy died after shooting himself": one person)
        if persons > _value(number[1]) or number in besides:
            out[key] = (persons, tuple(n for n, _ in counted), None)
        elif besides:  # "killing four ... before shooting himself": five
            out[key] = (_value(number[1]) + max(_value(f) for _, f in besides),
                        (number[0], *(n for n, _ in besides)), None)
        else:
            out[key] = (_value(number[1]), (number[0],), number[1])
    _people_shot_and_hurt(members, out)
    return out


def _people_shot_and_hurt(members: list[tuple[int, Figure]],
                          out: dict[tuple[str, bool], tuple[int, tuple[int, ...], Figure | None]]) -> None:
    """One person wounded and another shot in one sentence ("the uncle was shot in the hand,
    while the child was shot in the chest") are two people shot."""
    single = [(n, f) for n, f in members if f.category == "wounded" and f.rule in one_by_one()
              and f.rule not in counted_besides()]
    if any(f.fate_open for _, f in single) and any(not f.fate_open for _, f in single):
        out[("wounded", True)] = (sum(_value(f) for _, f in single), tuple(n for n, _ in single), None)


def find_toll(figures: Sequence[Figure], sections: Sequence[Section]) -> tuple[Toll, ...]:
    body = {pid for s in sections if s.kind in _BODY_KINDS for pid in s.paragraphs}
    sentences: dict[tuple[str, str], list[tuple[int, Figure]]] = {}
    for n, f in enumerate(figures):
        if f.scope == "incident" and f.paragraph in body and _value(f) > 0:
            sentences.setdefault((f.paragraph, f.quote), []).append((n, f))
    best: dict[tuple[str, bool], _Best] = {}
    for members in sentences.values():
        if any(f.rule in _SOME_DIED for _, f in members) or some_died(members[0][1].quote):
            # "One of four women wounded has died": the wounded counted here include the dead
            members = [(n, _fate_open(f) if f.category == "wounded" else f) for n, f in members]
        for key, (value, indices, single) in _sentence_counts(members).items():
            best.setdefault(key, _Best()).offer(value, indices, single)
    killed = best.get(("killed", False), _Best())
    shot = best.get(("wounded", True))
    if shot is not None and shot.value > killed.value:
        wounded = best.setdefault(("wounded", False), _Best())
        wounded.offer(shot.value - killed.value, shot.figures + killed.figures, None)
    tolls = []
    for (category, fate_open), found in sorted(best.items(), key=lambda kv: _ORDER.get(kv[0][0], 9)):
        if fate_open or found.value <= 0:
            continue
        single = found.single
        if single is not None:
            count, low, high = single.count, single.low, single.high
        else:
            count = low = high = found.value
        tolls.append(Toll(category=category, count=count, low=low, high=high,  # type: ignore[arg-type]
                          figures=tuple(sorted(found.figures))))
    return tuple(tolls)


_SOME_DIED = frozenset({"one_of_them_died", "of_the_wounded_died"})
"""Rules that say some of the people the sentence counts died."""


def _fate_open(f: Figure) -> Figure:
    return replace(f, fate_open=True)


_ORDER = {"killed": 0, "wounded": 1, "missing": 2, "detained": 3, "displaced": 4, "other": 5}
