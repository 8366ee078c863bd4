"""Who reports a figure, and who disputes it.

``_attributions`` finds "according to X", "X said", "said X" and a
bulletin's "- HEALTH MINISTRY" in a sentence; ``_nearest`` picks the one a
figure belongs to; ``_disputes`` marks the figures a sentence reports someone
contesting ("may be much higher", "rejected", "fabricated").
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader import rx
from reader.analysis import lexicon as lx
from reader.analysis.figure_harm import categories_in
from reader.analysis.figure_vocab import (
    _APPOSITION_START,
    _APPOSITION_THAT,
    _ASIDES,
    _ATTRIBUTION,
    _AUXILIARIES,
    _CLAUSE_START,
    _COMMON_SUBJECT,
    _CONCESSIVE,
    _DEATH_WORDS,
    _DISPUTE,
    _DISPUTE_GENERIC,
    _INTERVIEWED_BY,
    _LEADING,
    _PARTICIPLE_SAY,
    _PARTICIPLE_SUBJECT,
    _PREPOSITIONS,
    _PROPER_NAME,
    _RELATIVE,
    _SAID_PRONOUN,
    _SAY,
    _SOURCE_INTRO,
    _SOURCE_TAIL,
    _TRAILING_ADVERB,
    _TRAILING_DAY,
)
from reader.analysis.notes import words as word_count
from reader.model import Figure

_PRONOUN_SAID = rx.compile(rf"\b(?:he|she|they|it)\s+(?:also\s+|later\s+)?{_SAY}\b", re.IGNORECASE)


def _last_person(text: str) -> str | None:
    """The last full name in a paragraph ("Provincial police commissioner
    Thembi Hadebe arrived ..."): whom "she told reporters" in the next one
    refers to."""
    names = [m.group() for m in _PROPER_NAME.finditer(text) if _names_a_person(m.group())]
    return names[-1] if names else None


_NOT_IN_A_PERSONS_NAME = lx.ORG_HEADS | {w.lower() for w in lx.WEEKDAYS} | {w.lower() for w in lx.MONTHS}


def _names_a_person(name: str) -> bool:
    """Not "The Ministry", "In Gaza", "Health Ministry" or "Monday": no
    little word first, no institution's head word or day name in it."""
    words = name.lower().split()
    return words[0] not in lx.FUNCTION_WORDS and _NOT_IN_A_PERSONS_NAME.isdisjoint(words)


def _named_before(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The last named source in the paragraph's earlier sentences."""
    for s_start, s_end in reversed(spans):
        named = [a[2] for a in _attributions(text[s_start:s_end]) if a[2]]
        if named:
            return named[-1]
    return None


def _attributions(sentence: str) -> list[tuple[int, int, str | None]]:
    """(start, end, who) for each "according to X" and "X said" in a sentence."""
    found: list[tuple[int, int, str | None]] = []
    for m in _ATTRIBUTION.finditer(sentence):
        if m.group("after"):
            found.append((m.start(), m.end(), _clean_source(m.group("after"))))
        else:
            found.append(_speaker(sentence, m, found))
    _dash_and_participle(sentence, found)
    return found


def _clause_head(clause: str) -> tuple[str, re.Match[str] | None, str]:
    head = _CLAUSE_START.match(clause)
    return clause, head, clause[head.end():] if head else clause


def _speaker(sentence: str, m: re.Match[str], found: list[tuple[int, int, str | None]]
             ) -> tuple[int, int, str | None]:
    """Who says it, for a speech verb ("said", "told", "reported") at ``m``."""
    clause, head, subject = _clause_head(sentence[:m.start()].rstrip(" ,"))
    if head and (subject.casefold() in _ASIDES or subject.casefold() in _AUXILIARIES
                 or subject.isdigit() and len(subject) <= 3):
        # (or an auxiliary after a relative clause: "The ministry, which runs ..., has recorded")
        # (or an age: "Mohammad Nabi, 45, said")
        # "Officials at the hospital, however, put the number at 23"
        clause, head, subject = _clause_head(clause[:head.end()].rstrip(" ,"))
    clause, subject = _second_verb(clause, head, subject)
    clause, head, subject = _named_before_apposition(sentence, m, clause, head, subject)
    words = subject.split()
    if len(words) > 16 or _NUMBER_WORDS.search(subject) or words and words[0].lower() in _PREPOSITIONS:
        subject = ""  # ("with six more deaths reported overnight": a phrase, not a speaker)
    if found and found[-1][2] and _PARTICIPLE_SUBJECT.match(subject):
        # "X put the toll at 24, saying its monitors had documented five more": X's word
        return len(clause) - len(subject), m.end(), found[-1][2]
    if not _clean_source(subject) and sentence[:m.start()].rstrip().endswith((",", "\"", "\u201d")):
        inverted = _SAID_WHO.match(sentence, m.end())  # "..., said Yasin Tadvi, chief of ..."
        if inverted:
            return m.start(), inverted.end(), _clean_source(inverted.group(1))
    return len(clause) - len(subject), m.end(), _clean_source(subject)


def _second_verb(clause: str, head: re.Match[str] | None, subject: str) -> tuple[str, str]:
    """A subject with two verbs: the name before the first one speaks."""
    leading = _PROPER_NAME.match(subject) if subject.endswith((" but", " and")) else None
    if leading and word_count(subject) > word_count(leading.group()) + 2:
        # "Governor Jane Roe called the attack cowardly and said three were arrested": her
        return clause[:len(clause) - len(subject) + leading.end()], leading.group()
    if head and subject[:1].islower() and not _RELATIVE.match(subject) and (
            subject.endswith((" but", " and")) and subject.split(" ", 1)[0].endswith("ed")):
        # "..., SP Jane Roe, confirmed the attack but put the toll at nine": a second verb of the
        # same subject; the subject is the last name before it.
        named = list(_PROPER_NAME.finditer(clause, 0, head.end()))
        if named:
            return clause[:named[-1].end()], named[-1].group()
    return clause, subject


def _named_before_apposition(sentence: str, m: re.Match[str], clause: str, head: re.Match[str] | None,
                             subject: str) -> tuple[str, re.Match[str] | None, str]:
    """The name before an apposition or a relative clause is who speaks."""
    relative = _APPOSITION_THAT.search(clause, 0, head.end()) if head and head.end() > 1 else None
    if relative and subject[:1].islower():
        # "Indepaz, a think tank that tracks ..., says": the name before
        # the apposition speaks, not the relative clause.
        prior = clause[:relative.start()]
        before_name = _CLAUSE_START.match(prior)
        name = prior[before_name.end():] if before_name else prior
        if name[:1].isupper() and len(name.split()) <= 5:
            clause, subject = prior, name
            head = before_name
    if _RELATIVE.match(subject) and head and head.end() > 1:
        # "MSF, which supports the hospital, said": the subject is before the relative clause.
        clause, head, subject = _clause_head(clause[:head.end()].rstrip(" ,"))
    if head and head.end() > 1 and _APPOSITION_START.match(subject) \
            and sentence[:m.start()].rstrip().endswith(","):
        # "Abdul Muhari, a spokesman for the agency, told reporters": the
        # name before the apposition is who speaks.
        prior = clause[:head.end()].rstrip(" ,")
        before_name = _CLAUSE_START.match(prior)
        name = prior[before_name.end():] if before_name else prior
        if _PROPER_NAME.fullmatch(name):
            clause, subject = prior, name
    return clause, head, subject


def _dash_and_participle(sentence: str, found: list[tuple[int, int, str | None]]) -> None:
    """A bulletin's source after a dash, and a named subject "telling" or "citing"."""
    tail = _SOURCE_TAIL.search(sentence) if " - " in sentence or "\u2013" in sentence or "\u2014" in sentence else None
    if tail:  # a bulletin's source after a dash: "... RISES TO 5 - HEALTH MINISTRY"
        found.append((tail.start(1), tail.end(1), _clean_source(tail.group(1))))
    participle = _PARTICIPLE_SAY.search(sentence) if "ing " in sentence else None
    if participle:
        # "Minister Jane Roe disputed the count, telling parliament that six
        # had died": the sentence's named subject says it.
        # ("The WHO gave a lower toll of 870, citing hospitals": the WHO's.)
        opening = len(sentence) - len(sentence.lstrip())
        subject = _PROPER_NAME.match(sentence, opening) or _COMMON_SUBJECT.match(sentence, opening)
        if subject and not any(a[0] <= participle.start() < a[1] for a in found):
            found.append((subject.start(), subject.end(), _clean_source(subject.group())))
            found.sort()


_REPORTED_CLAUSE = rx.compile(r"[^\d;]*\bthat\s+")  # "... and that ": no figure, no new clause before it
_SAID_WHO = rx.compile(r"\s+((?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'\u2019-]*){0,4}|"
                       r"the\s+[a-z][a-z ]{2,40}?|"
                       r"(?!(?:that|on|in|at|it|this|they|he|she|we|there|so|as)\b)[a-z]{3,}(?:\s+[a-z]{3,}){0,2}?)"
                       r"(?=\s*(?:[,.;:)]|$|\s+(?:on|in|at|who|told)\b))")
_NUMBER_WORDS = rx.compile(r"\d|\b(?:were|was|killed|died|injured)\b")


def _clean_source(text: str | None) -> str | None:
    if not text:
        return None
    text = _LEADING.sub("", text.strip())
    text = _LEADING.sub("", _SOURCE_INTRO.sub("", text))  # "figures compiled by X", "a tally by X": X
    interviewed = _INTERVIEWED_BY.search(text)
    if interviewed:  # "testimony from 86 survivors interviewed by Human Rights Watch"
        text = text[interviewed.end():]
    text = _TRAILING_ADVERB.sub("", text)
    text = _TRAILING_DAY.sub("", text)
    text = _SAID_PRONOUN.sub("", text)  # "the UN office said it (had verified)": the office
    text = text.strip(" ,.;:\"'")
    if text.endswith(")") and "(" not in text:
        text = text[:-1]
    if not text or text.lower() in ("he", "she", "they", "it", "we", "i", "who", "which", "that", "and", "but", "also",
                                    "so", "as", "while", "when", "then"):
        return None
    return text


def _nearest(attributions: list[tuple[int, int, str | None]], start: int, end: int, sentence: str = "") -> str | None:
    before = [a for a in attributions if a[1] <= start and a[2]]
    if (len(before) >= 2 and (before[-1][2] or "").islower() and not (before[-2][2] or "").islower()
            and _REPORTED_CLAUSE.fullmatch(sentence[before[-2][1]:before[-1][0]])):
        # "Human Rights Watch said ... and that researchers had confirmed 20":
        # a common noun reporting inside a named source's statement is theirs.
        return before[-2][2]
    after = [a for a in attributions if a[0] >= end and a[2]]
    if before and after and (after[0][0] - end) * 2 < start - before[-1][1]:
        # "The ministry says 54,000 were killed since ..., when gunmen killed
        # about 1,200 people, according to Israeli tallies": the nearer report
        return after[0][2]
    if before:
        return before[-1][2]
    return after[0][2] if after else None


_DISPUTE_VERB = rx.compile(r"(?:disput|reject|den|contest|question|doubt)", re.IGNORECASE)
_OWNER = rx.compile(r"\b(?:the\s+)?([\w .'-]{2,40}?)['\u2019]s?\s+(?:own\s+)?(?:figures?|numbers?|toll|count|tally|"
                    r"claims?|statistics|data)\b", re.IGNORECASE)


def _subject_before(sentence: str, at: int) -> str | None:
    """The named subject of a dispute verb: "Israel disputes ...", "The army denied ..."."""
    clause = sentence[:at].rstrip(" ,")
    head = _CLAUSE_START.match(clause)
    subject = _clean_source(clause[head.end():] if head else clause)
    return subject if subject and len(subject.split()) <= 4 and not _NUMBER_WORDS.search(subject) else None


def _disputes(figures: list[Figure], sources: list[str | None], pid: str, sentence: str, new: int,
              offset: int = 0) -> None:
    """Mark figures that this sentence reports someone contesting.

    A dispute cue ("may be much higher", "rejected", "fabricated",
    "playing down") names what it disputes by the harm words near it (the
    toll, the injuries); a generic one ("the figure", "the claim") disputes
    the figures just reported. Nobody disputes their own figure, and a
    figure given after the cue is the disputer's own count ("the figure was
    far too low and at least 20 died"), not what is disputed.
    """
    cues = list(_DISPUTE.finditer(sentence))
    if not cues or not figures:
        return
    attributions = _attributions(sentence)
    first_new = len(figures) - new
    for cue in cues:
        counter = [n for n in range(first_new, len(figures)) if figures[n].start - offset > cue.start()]
        disputer, window = _disputer_and_window(sentence, cue, attributions, figures, counter, offset)
        targets = _disputed_targets(figures, pid, sentence, window, first_new, counter)
        if targets is None:
            continue
        owner = _OWNER.search(sentence, cue.end())
        if owner:  # "Israel disputes the health ministry's figures": only that source's
            name = owner.group(1).casefold()
            owned = [n for n in targets if _own_figure(name, sources[n])]
            targets = owned or targets
        for n in targets:
            if n in counter or _own_figure(disputer, sources[n]) or n >= first_new and not disputer:
                continue
            by = figures[n].disputed_by or _disputer_name(disputer)
            figures[n] = replace(figures[n], disputed=True, disputed_by=by)


def _disputer_name(disputer: str | None) -> str | None:
    """Who disputes, as the figure records it: a name or a group ("the opposition"), not a pronoun."""
    if disputer:  # ("a figure the opposition rejects": the opposition)
        stripped = _WHAT_IS_DISPUTED.sub("", disputer)
        disputer = (_clean_source(stripped) or stripped) if stripped != disputer else disputer
    if disputer:  # ("Rights groups say the true figure is higher because ...": Rights groups)
        disputer = _DISPUTER_SAYS.sub("", disputer).strip(" ,")
    if not disputer or disputer.casefold() in _PRONOUNS or len(disputer.split()) > 8:
        return None  # (a clause, not a name)
    return disputer


_DISPUTER_SAYS = rx.compile(r"\s+(?:say|says|said|told|insist|insists|insisted|claim|claims|claimed|believe|"
                            r"believes|argue|argues|argued)\b.*$", re.DOTALL)


_WHAT_IS_DISPUTED = rx.compile(r"^(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:figures?|numbers?|tolls?|counts?|claims?|"
                               r"charges?|tally|totals?|estimates?|accusations?|allegations?)\s+(?:that\s+|which\s+)?",
                               re.IGNORECASE)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "who"})


def _own_figure(disputer: str | None, source: str | None) -> bool:
    """Nobody disputes their own figure."""
    return bool(disputer and source and (disputer.casefold() in source.casefold()
                                          or source.casefold() in disputer.casefold()))


def _disputer_and_window(sentence: str, cue: re.Match[str], attributions: list[tuple[int, int, str | None]],
                         figures: list[Figure], counter: list[int], offset: int) -> tuple[str | None, str]:
    """Who disputes, and the words around the cue that name what is disputed."""
    # "..., a charge the government denies": the subject of the cue's own
    # clause; else the last source named before it.
    disputer = (_subject_before(sentence, cue.start()) if _DISPUTE_VERB.match(cue.group()) else None) or next(
        (a[2] for a in reversed(attributions) if a[0] < cue.start() and a[2]), None) or next(
        (a[2] for a in attributions if a[2]), None)
    reach = min((figures[n].start - offset for n in counter), default=len(sentence))
    before = sentence[:cue.start()]
    clause = before[max(before.rfind(","), before.rfind(";")) + 1:]
    own = _OWNER.search(clause) if cue.group().startswith(("is ", "was ", "are ", "were ")) else None
    if own:  # "..., though the government's own count is lower": the government disputes it
        disputer = _clean_source(_CONCESSIVE.sub("", own.group(1))) or disputer
    if len(clause.split()) < 3:
        clause = before  # ("..., far higher": the cue's own words are too few to name anything)
    return disputer, " ".join(clause.split()[-8:] + [cue.group()] + sentence[cue.end():reach].split()[:8])


def _disputed_targets(figures: list[Figure], pid: str, sentence: str, window: str, first_new: int,
                      counter: list[int]) -> list[int] | None:
    """The figures a cue disputes: those of the harm it names, or the ones just reported."""
    cats = categories_in(window)
    if _DEATH_WORDS.search(window):
        cats.add("killed")
    if cats:
        return [n for n, f in enumerate(figures) if f.category in cats]
    if not _DISPUTE_GENERIC.search(sentence):
        return None
    here = [n for n in range(first_new, len(figures)) if n not in counter]
    if here:
        return here
    last = next((f for f in reversed(figures[:first_new])), None)
    if last is None or int(pid[1:]) - int(last.paragraph[1:]) > 1:
        return None
    return [n for n, f in enumerate(figures[:first_new]) if f.quote == last.quote]
