"""Stage 6: paragraphs -> casualty figures.

One figure per reported count of people harmed. A number becomes a figure
only when the clause ties it to harm: "227 people were killed", "killed at
least 14 people", "among the dead were four children", "the death toll was
close to 80", "516 detentions", or "including 19 officers" after a figure.
Numbers of anything else (years, ages, money, percentages, distances,
troops deployed, claimed attackers, durations) never are, because nothing
in their clause says anyone was harmed.

Each figure carries its qualifier, who was harmed, the source the sentence
attributes it to, and whether the article reports it contested.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reader import rx, tables
from reader.analysis.figure_harm import (
    HARM,
    category,
    count_of_harmed,
    harm_list_before,
    left_verb,
    paired_count,
    right_harm,
)
from reader.analysis.figure_numbers import ONE_PERSON_AFTER, NumberMatch, numbers
from reader.analysis.figure_rules import is_not_count, person_figures, scope_of
from reader.analysis.figure_sources import (
    _PRONOUN_SAID,
    _attributions,
    _disputes,
    _last_person,
    _named_before,
    _nearest,
)
from reader.analysis.figure_vocab import (
    _AGE_OR_TIME,
    _AMONG_THE,
    _AND_BEFORE,
    _AND_NOUN_VERB,
    _AND_OTHERS,
    _CASE_NOUNS,
    _CASES_OF,
    _CAUSE_BEFORE,
    _DISPUTE,
    _HARM_ADJECTIVE,
    _HARM_NOUN_OF,
    _HARM_TRIGGERS,
    _INCLUDING,
    _INCLUDING_AND,
    _INCLUDING_ASIDE,
    _KIN,
    _LABEL_BEFORE,
    _LOST_BEFORE,
    _NAME_BEFORE,
    _NOT_A_COUNT_BEFORE,
    _NOT_A_NAME,
    _OF_THE_HARMED,
    _OF_THE_THEN_DIED,
    _OF_THEM,
    _ONE_PERSON_AFTER,
    _PAREN_SOURCE,
    _PARTICIPLE,
    _PEOPLE_OF,
    _PLACE_AFTER,
    _QUALIFIER_BEFORE,
    _QUALIFIER_ENDS,
    _RATIO_AFTER,
    _RATIO_BEFORE,
    _RESTATED,
    _RISEN_TO,
    _TO_PRISON,
    _TOLL,
    _TOLL_AT,
    _TOLL_ROSE,
    _TREATED_BEFORE,
    _UNIT_HYPHEN,
    _WERE_WHO,
    _WHERE_ASIDE,
    _WHO_ASIDE,
    _WHO_STOP,
    _WORDS,
    _YEARISH,
    _amount,
    _harm_in,
    _is_unit,
    _may_dispute,
    _sentences,
    _table_columns,
    _table_row,
    _to_int,
    _which,
)
from reader.analysis.notes import QUOTE_OPENERS
from reader.analysis.notes import words as word_count
from reader.model import Figure, Paragraph

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from reader.model import Category


def find_figures(paragraphs: Sequence[Paragraph]) -> tuple[Figure, ...]:
    figures: list[Figure] = []
    sources: list[str | None] = []
    table: tuple[int, dict[int, Category]] | None = None
    for at, paragraph in enumerate(paragraphs):
        if paragraph.section == "s1":
            continue  # the headline restates the story's figures
        text = paragraph.text
        if tables.is_row(text):  # a table's row (see reader.tables)
            columns = _table_columns(text)
            if columns:
                table = columns
                continue
            if table is not None:
                for figure in _table_row(paragraph, table):
                    figures.append(figure)
                    sources.append(None)
                continue
        table = None
        _paragraph_figures(paragraphs, at, figures, sources)
    if figures:
        figures = _box_restated(figures, {p.id: word_count(p.text) for p in paragraphs})
    headline = [replace(p, section="s0") for p in paragraphs if p.section == "s1"]
    if not headline:
        return tuple(figures)
    if not figures:
        # A bulletin whose only counts are in its headline ("BREAKING: At least 12 killed ..."): those.
        return find_figures(headline)
    # The headline's count of a harm the story's text gives no count of
    # ("Four men wounded in shooting" above a story that names them one by one)
    told = {f.category for f in figures if f.scope == "incident"}
    restated = {(f.category, f.count) for f in figures}
    missing = [f for f in find_figures(headline) if f.category in _HEADLINE_CATEGORIES and f.category not in told
               and (f.category, f.count) not in restated]
    return (*missing, *figures)


_HEADLINE_CATEGORIES = frozenset({"killed", "wounded"})


def _paragraph_figures(paragraphs: Sequence[Paragraph], at: int, figures: list[Figure],
                       sources: list[str | None]) -> None:
    """The figures of one paragraph, appended to ``figures`` (and their sources to ``sources``)."""
    paragraph = paragraphs[at]
    text = paragraph.text
    harmed = not _HARM_TRIGGERS.isdisjoint(_WORDS.findall(text.lower()))
    personal = _person_cue(text)
    if not harmed and not personal and not (figures and _may_dispute(text) and _DISPUTE.search(text)):
        return  # no harm word, no figure; no cue, nothing to dispute
    cues = _may_dispute(text)
    spans = _sentences(text)
    carried: Category | None = None
    quoted_by: str | None = None  # who speaks the quotation the last sentence was part of
    for number, (s_start, s_end) in enumerate(spans):
        sentence = text[s_start:s_end]
        # A figure needs a harm word in its sentence (killed, toll, dead ...),
        # or "the number" pointing back to the figure just before.
        found = sorted(_in_sentence(sentence, carried), key=lambda f: f[0]["_span"][0]) if harmed and (
            _harm_in(sentence) or carried and _POINTS_BACK_WORDS.search(sentence)) else []
        carried = found[-1][0]["category"] if found else None
        if any(args["source"] is None for args, _ in found):
            found = _unnamed_sources(found, sentence, quoted_by,
                                     lambda n=number: _named_before(text, spans[:n]) or (
                                         _last_person(paragraphs[at - 1].text) if at else None))
        quoted_by = next((a for _, a in found if a), quoted_by) if sentence.lstrip().startswith(QUOTE_OPENERS) else None
        first = len(figures)
        _keep_found(found, sentence, s_start, paragraph.id, figures, sources)
        if personal:
            _add_people(sentence, s_start, paragraph.id, figures, sources, first)
        _scope(figures, first, sentence)
        if cues and figures:
            _disputes(figures, sources, paragraph.id, sentence, len(figures) - first, s_start)


def _unnamed_sources(found: list, sentence: str, quoted_by: str | None, named_before) -> list:
    """Sources for figures whose sentence names none: "he said", or a quotation that goes on."""
    if _PRONOUN_SAID.search(sentence):
        # "He said four more people were trapped": the speaker named before, in this
        # paragraph, or else the last person the paragraph before named
        named = named_before()
        for args, _ in found:
            args["source"] = args["source"] or named
        found = [(args, args["source"]) for args, _ in found]
    if quoted_by and sentence.lstrip().startswith(QUOTE_OPENERS) and any(
            args["source"] is None for args, _ in found) and not _attributions(sentence):
        # '"Four died," she said. "Seven officers were hurt."': the quotation goes on
        found = [(args, args["source"] or quoted_by) for args, _ in found]
        for args, source in found:
            args["source"] = source
    return found


def _add_people(sentence: str, s_start: int, pid: str, figures: list[Figure], sources: list[str | None],
                first: int) -> None:
    """The person rules' figures of a sentence (rules/figures.toml), in the sentence's order."""
    attributions: list[tuple[int, int, str | None]] = []

    def source(start: int, end: int) -> str | None:
        if not attributions:  # (only when a rule fires)
            attributions.extend(_attributions(sentence) or [(0, 0, None)])
        return _nearest(attributions, start, end, sentence)

    for figure in person_figures(sentence, s_start, pid, source, _to_int, figures[first:]):
        figures.append(figure)
        sources.append(figure.source)
    order = sorted(range(first, len(figures)), key=lambda n: figures[n].start)
    figures[first:], sources[first:] = [figures[n] for n in order], [sources[n] for n in order]


# Words one of which a sentence must hold for the person rules (rules/figures.toml) to be tried
_PERSON_CUES = frozenset(
    "shot shooting died dies dead killed killing wounded wounding hurt condition grazed murdered slain succumbed "
    "survive gunned himself herself life hospitalised hospitalized recovering fatally body arrested detained "
    "custody jailed abducted kidnapped hostage treated released paralyzed survived victim victims wound wounds "
    "hospital".split())
_WORD_CHARS = rx.compile(r"\w+")


def _person_cue(text: str) -> bool:
    return any(w in _PERSON_CUES or w.startswith("injur") for w in _WORD_CHARS.findall(text.lower()))


def _keep_found(found: list, sentence: str, s_start: int, pid: str, figures: list[Figure],
                sources: list[str | None]) -> None:
    """Append a sentence's figures, bar restatements and numbers that count no people."""
    restated: list[tuple[int | None, str]] = []
    for figure_args, attrib in found:
        start, end = figure_args.pop("_span")
        if figure_args.pop("_label", False) and any(
                f.count == figure_args["count"] and f.category == figure_args["category"] for f in figures):
            continue  # a fact box restating a count given before
        if _RESTATED.search(sentence, 0, start) and any(
                f.count == figure_args["count"] and f.category == figure_args["category"] for f in figures):
            restated.append((figure_args["count"], figure_args["category"]))
            continue  # "The three wounded, a woman and two men, ...": the count given before
        if any(category == figure_args["category"] and count and (figure_args["count"] or 0) < count
               for count, category in restated):
            continue  # ("... and two men, were taken to hospital": some of those three)
        if figure_args["rule"] != "including_one" and is_not_count(sentence, start, end):
            continue  # "the 600 block", "a fifteen-minute rampage", "a 9mm pistol"
        figures.append(Figure(quote=sentence.strip(), paragraph=pid, start=s_start + start,
                              end=s_start + end, **figure_args))
        sources.append(attrib)


def _scope(figures: list[Figure], first: int, sentence: str) -> None:
    """The scope of a sentence's new figures (another event, a count over a period)."""
    if len(figures) == first:
        return
    scope, _ = scope_of(sentence)
    if scope != "incident":
        for n in range(first, len(figures)):
            f = figures[n]
            figures[n] = replace(f, scope=scope)


# A count of the same people as the sentence before: "Local leaders put the
# number closer to 3,000", "Rights groups estimate the figure at over 300".
_POINTS_BACK = rx.compile(r"\b(?:put|puts|putting|place[sd]?|placing|estimated?|estimates|estimating)\s+(?:the|"
                          r"that|this)\s+"
                          r"(?:number|figure|count|total)\s+(?:(?:at|closer\s+to|nearer\s+to|near|as\s+high\s+as|"
                          r"as\s+low\s+as)\s+)?(?:[a-z]+\s+){0,3}$", re.IGNORECASE)  # (the qualifier is read off)
_POINTS_BACK_WORDS = rx.compile(r"\b(?:the|that|this)\s+(?:number|figure|count|total)\s+(?:at|closer|nearer|near|as)\b",
                                re.IGNORECASE)
def _box_restated(figures: list[Figure], sizes: dict[str, int]) -> list[Figure]:
    """A count in a short box line ("Casualties 213 dead, 4,100+ injured")
    that the story's prose gives again just below, with its source: the
    prose's figure only."""
    def number(f: Figure) -> int:
        return int(f.paragraph[1:])

    return [f for n, f in enumerate(figures) if not (
        sizes.get(f.paragraph, 99) <= 8 and any(
            g.category == f.category and (g.count or g.low) == (f.count or f.low)
            and 0 < number(g) - number(f) <= 3 for g in figures[n + 1:n + 8]))]


def _title_case(sentence: str) -> bool:
    """A headline in title case ("Quake Toll Hits 300"): its capitals name nothing."""
    long_words = [w for w in sentence.split() if len(w) > 3 and w[0].isalpha()]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


def _in_sentence(sentence: str, carried: Category | None = None):
    """The figures of one sentence; ``carried`` is the category of the
    previous sentence's last figure, for "the number" that points back."""
    attributions = _attributions(sentence)
    previous: Category | None = None
    for match in numbers(sentence):
        where = _number_span(sentence, match)
        if where is None:
            continue
        start, end, qualifier = where
        # Context is read from a window around the number: enough for every
        # cue, and it keeps the cost per number constant in long sentences.
        before = sentence[max(0, start - 90):start]
        after = sentence[end:end + 180]
        if match.group("one"):
            if previous is not None:
                yield _including_one(previous, after, _nearest(attributions, start, end, sentence), start, end)
            continue
        if _not_a_count(match, sentence, before, after, carried):
            continue
        plus = after.startswith("+") and not match.group("vague")
        if plus:
            after = after[1:]  # "4,100+ injured": at least that many
        label = _LABEL_BEFORE.search(before[-24:]) if ":" in before[-24:] else None
        if label:  # a fact box: "Death toll: 46 (health ministry); Injured: 22+ (hospital officials)"
            item = _label_figure(match, label, plus, after, _nearest(attributions, start, end, sentence), start, end)
            previous = item[0]["category"]
            yield item
            continue
        harm = _harm_of(sentence, start, before, after, previous, carried)
        if harm is None:
            continue
        category, who, rule = harm
        previous = category
        count, low, high, qualified = _amount(match, qualifier)
        if count is None and low is None or count == 0 or low == 0 and not high:
            continue  # (nothing, or "000" left of a number this pattern could not read)
        if plus and qualified == "exact":
            qualified, high = "at least", None
        source = _nearest(attributions, start, end, sentence)
        yield ({"count": count, "low": low, "high": high, "category": category, "qualifier": qualified,
                "who": who, "source": source, "disputed": False, "_span": (start, end), "rule": rule}, source)


def _number_span(sentence: str, match: NumberMatch) -> tuple[int, int, re.Match[str] | None] | None:
    """Where a number stands, with the qualifier before it ("at least"); None inside a word or a number."""
    start, end = match.span()
    if start and (sentence[start - 1].isalnum() or sentence[start - 1] in ".,"):
        return None  # inside a word ("someone") or a number ("1.5")
    if start and sentence[start - 1] in "\"'\u201c\u2018":
        start -= 1
    last = sentence[max(0, start - 16):start].rstrip(" \"'\u201c\u2018").rpartition(" ")[2].lower()
    qualifier = _QUALIFIER_BEFORE.search(sentence, max(0, start - 30), start) if last in _QUALIFIER_ENDS else None
    if qualifier:
        start = qualifier.start()
    return start, end, qualifier


def _including_one(category: Category, after: str, source: str | None, start: int, end: int) -> tuple[dict, str | None]:
    """"including a 7-year-old girl" after a figure: one person of its category."""
    one = _ONE_PERSON_AFTER.match(after)
    return ({"count": 1, "low": 1, "high": 1, "category": category, "qualifier": "exact",
             "who": one.group(1) if one else None, "source": source, "disputed": False, "_span": (start, end),
             "rule": "including_one"}, source)


def _not_a_count(match: NumberMatch, sentence: str, before: str, after: str, carried: Category | None) -> bool:
    """A number in a name, a sum, a date, a year, a unit, a share, an age or a time."""
    designation = _NAME_BEFORE.search(before[-24:])
    if designation and designation.group(1).lower() not in _NOT_A_NAME \
            and not HARM.fullmatch(designation.group(1)) and not _title_case(sentence):
        return True  # "Rescue 1122 teams", "Flight 17", "Camp 4": a number in a name, not a count
    if _NOT_A_COUNT_BEFORE.search(before[-16:]) and not _TOLL_AT.search(before) and not (
            carried and _POINTS_BACK.search(before[-60:])):
        return True  # '$12', 'No. 5', 'aged 40', 'March 3', 'at 5' (but 'the death toll stood at 42')
    num = match.group("num")
    if num and _YEARISH.match(num) and not _PEOPLE_OF.match(after):
        return True
    if num and num.lower() == "one" and not _one_person(after):
        return True
    if (_is_unit(after) or _UNIT_HYPHEN.match(after)) and not _CASES_OF.match(after):
        return True
    if _RATIO_AFTER.match(after) or _RATIO_BEFORE.search(before[-10:]):
        return True  # "nine out of 10 of those killed": a share, not a count
    return bool(_AGE_OR_TIME.match(after)) and not match.group("vague")  # "52," after a name; "2 a.m."


def _one_person(after: str) -> bool:
    """Whether "one" is followed by a noun that names a person ("one police officer")."""
    person = ONE_PERSON_AFTER.match(after)
    return person is not None and person.group("mod") is None and person.group().islower()


def _label_figure(match: NumberMatch, label: re.Match[str], plus: bool, after: str, nearest: str | None,
                  start: int, end: int) -> tuple[dict, str | None]:
    count, low, high, qualifier = _amount(match, None)
    if plus:
        qualifier, high = "at least", None
    named = _PAREN_SOURCE.match(after)
    source = named.group(1) if named else nearest
    category = _which(label.group(1)) if label.group(1) else "killed"
    return ({"count": count, "low": low, "high": high, "category": category, "qualifier": qualifier,
             "who": None, "source": source, "disputed": False, "_span": (start, end), "_label": True,
             "rule": "fact_box_label"}, source)


def _harm_of(sentence: str, start: int, before: str, after: str, previous: Category | None,
             carried: Category | None) -> tuple[Category, str | None, str] | None:
    """(category, who, rule) of the number at ``start``, or None when nothing ties it to harm."""
    cases = _CASES_OF.match(after)  # "118 cases of arbitrary detention"
    if cases:
        return _CASE_NOUNS[cases.group(1).lower()], None, "cases_of"  # type: ignore[return-value]
    of_the = _OF_THE_HARMED.match(after)
    if not of_the and _OF_THE_THEN_DIED.match(after):
        return "killed", None, "of_the_wounded_died"  # "three of the wounded later succumbed to their injuries"
    if of_the:  # "seven of the dead were children" (not "two of the injured were flown to ...")
        who, _ = _who(after[of_the.end():])
        if who and _PARTICIPLE.fullmatch(who.split()[0]):
            who = None
        return _which(of_the.group(1)), who, "of_the_harmed"
    were_who = _WERE_WHO.match(after) if previous else None
    if previous and were_who and not HARM.search(were_who.group(1)):
        # "Of the 15 dead, nine were women." (not "... and 20 were hurt": a harm of their own)
        return previous, were_who.group(1), "of_those_counted"
    if previous and _OF_THEM.match(after):  # "22 were injured, eight of them seriously"
        return previous, None, "of_them"
    adjective = _HARM_ADJECTIVE.match(after)
    if adjective:  # "14 injured miners", "two dead soldiers"
        return _which(adjective.group(1)), _who(after[adjective.end():])[0], "harm_adjective"
    return _harm_after_count(sentence, start, before, after, previous, carried)


def _harm_after_count(sentence: str, start: int, before: str, after: str, previous: Category | None,
                      carried: Category | None) -> tuple[Category, str | None, str] | None:
    """The common case: who is counted, then the harm the clause around them names."""
    who, who_end = _who(after)
    if who and _is_unit(" " + who):
        return None
    category = _category(before, after[who_end:], who, previous, joined=not after[:who_end].rstrip().endswith(","))
    if category is not None:
        return category, who, "count_then_harm"
    if carried and _POINTS_BACK.search(before[-60:]):
        return carried, who, "points_back"  # "... had fled. Local leaders put the number closer to 3,000."
    if _RISEN_TO.search(before[-30:]):
        longer = sentence[max(0, start - 200):start]
        if _TOLL_ROSE.search(longer):
            return "killed", who, "toll_risen"  # "The death toll from the quakes that struck ... has risen to 1,052"
        counted = count_of_harmed(longer, far=True)
        if counted:  # "The number of people confirmed dead in a fire at ... rose to 46"
            return _which(counted), who, "count_risen"
    return None


_WORD = rx.compile(r"\S+")
_FOOTNOTE_MARK = rx.compile(r"(?<=[^\W\d_])\.(?:\d{1,3}|\[\d{1,3}\])$")


def _who(after: str) -> tuple[str | None, int]:
    """The people counted: "people", "law enforcement officers", "men and boys"."""
    words: list[str] = []
    consumed = 0
    for m in _WORD.finditer(after):
        raw = _FOOTNOTE_MARK.sub(".", m.group())  # "children.14": the sentence's end and its footnote
        word = raw.strip(",.;:\"'\u201c\u201d()")
        if not words and word.lower() in ("of", "our", "their", "his", "her", "its", "my", "your", "them", "whom"):
            consumed = m.end()  # "two of our drivers": the drivers
            continue
        if (word.lower() in _WHO_STOP or raw.lower() in _WHO_STOP or HARM.match(after, m.start())
                or len(words) >= 4):
            if word.lower() == "and" and words and _AND_NOUN_VERB.match(after, consumed):
                words.append("and")
                consumed = m.end()
                continue
            break
        if not word or word[0].isdigit():
            break
        words.append(word)
        consumed = m.end()
        if raw.endswith((",", ".", ";", ":")):
            break
    while words and words[-1].lower() in ("the", "a", "an", "those", "these", "their"):
        words.pop()  # "eleven of the injured": the harmed are named by the harm word
    who = " ".join(words) or None
    return who, consumed


def _category(before: str, rest: str, who: str | None, previous: Category | None,
              joined: bool = True) -> Category | None:
    if who:
        whole = HARM.fullmatch(who.split()[-1])
        if whole:  # "516 detentions", "12 deaths"
            return category(whole)
    # "8 people, including two children, were killed"; "two soldiers and a civilian were killed"
    rest = _INCLUDING_ASIDE.sub("", rest, count=1)
    rest = _WHERE_ASIDE.sub("", rest, count=1)  # "30,000 people in Derna have been displaced"
    rest = _WHO_ASIDE.sub("", rest, count=1)  # "three workers who had been filling potholes were found dead"
    # (", and 243 others": a new clause)
    right = right_harm(_AND_OTHERS.sub("", rest, count=1) if joined else rest)
    if right:
        return _which(right)
    paired = paired_count(rest) if who is None and rest.startswith((" and ", " or ")) else None
    if paired:  # "about 3,800 and 4,100 heat-related deaths": both counts of deaths
        return _which(paired)
    return _category_before(before, rest, who, previous)


def _category_before(before: str, rest: str, who: str | None, previous: Category | None) -> Category | None:
    """The harm named before the count: "the death toll rose to", "the arrest of", "killing"."""
    among = _AMONG_THE.search(before)
    if among:
        return _which(among.group(1))
    if _TOLL.search(before) and not _CAUSE_BEFORE.search(before):
        return "killed"  # (not "the death toll from two earthquakes": what caused it)
    counted = count_of_harmed(before)
    if counted:  # "bringing the number of people convicted ... to more than 3,800"
        return _which(counted)
    noun = _HARM_NOUN_OF.search(before[-32:])
    if noun:  # "the arrest of more than 300 people"
        return _which(noun.group(1).replace("injur", "injured").replace("abduction", "abducted")
                      .replace("disappearance", "disappeared"))
    left = left_verb(before[-40:])
    if left:
        category = _which(left)
        if category == "other" and _TO_PRISON.match(rest):
            return "detained"  # "sentenced 14 activists to prison terms": jailed
        return category
    if who and _LOST_BEFORE.search(before[-24:]) and _KIN.match(who):
        return "killed"  # "he had lost 14 members of his family", "lost three children"
    if _TREATED_BEFORE.search(before[-30:]):
        return "wounded"  # "doctors said they had treated 19 people for gunshot wounds"
    if previous and (_INCLUDING.search(before[-24:]) or _INCLUDING_AND.search(before[-60:])):
        return previous  # "including six women and three children"
    if previous and who and _AND_BEFORE.search(before[-8:]) and harm_list_before(before[-80:]):
        return previous  # "killing four security personnel and two civilians"
    if previous and who is None and _AND_BEFORE.search(before[-8:]) and _PLACE_AFTER.match(rest):
        return previous  # "killing 1,651 people in Turkey and 968 in neighbouring Syria"
    return None
