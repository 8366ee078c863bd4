"""Stage 5: paragraphs -> entities (PERSON, PLACE, ORG, DATE, GROUP).

1. Names are found and typed by a trained sequence labeller (a linear-chain
   CRF: reader.analysis.ner), sentence by sentence, with the whole article
   as context (a word capitalised inside other sentences). The project's
   vocabularies (gazetteer places and peoples, titles, organisation words)
   are features of the labeller, never verdicts. Lines in capitals (a
   headline, a dateline) are tagged as they are (the labeller knows the
   line is in capitals); a title-case headline is true-cased first (its
   words in lower case where the article uses them so).
2. Dates by pattern (month and day, month and year, weekdays, years after a
   preposition).
3. Spans cleaned: a title before a person's name ("President", "Defender")
   is not part of it; nor is "the", or a hyphen's tail ("Saudi-led").
4. Forms linked into one entity: a surname after the full name, spelling
   variants (Tokayev/Toqaev: the same consonant skeleton), an acronym and
   its expansion, a country's other names, a place's short form
   ("Shanxi" for "Shanxi Province").
5. Every known form found again, so each mention is counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from reader import tables
from reader.analysis import lexicon as lx
from reader.analysis.gazetteer import gazetteer
from reader.analysis.ner import features as fx
from reader.analysis.ner import tagger
from reader.model import Entity, Mention, Paragraph

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from reader.model import EntityType

_MONTH = "|".join(lx.MONTHS) + "|" + "|".join(rf"{m}\." for m in lx.MONTH_ABBREVIATIONS)
_DATE = re.compile(
    rf"\b(?:(?:early|mid|late)[- ])?(?:{_MONTH})(?!\w)(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+(?:1[89]|20)\d\d\b)?"
    rf"|\b\d{{1,2}}\s+(?:{_MONTH})(?:\s+(?:1[89]|20)\d\d)?\b"
    # a wire's month without its full stop, always with a day: "Oct 8"
    rf"|\b(?:{'|'.join(lx.MONTH_ABBREVIATIONS)})\s+\d{{1,2}}\b(?:,?\s+(?:1[89]|20)\d\d\b)?"
    rf"|\b(?:{'|'.join(lx.WEEKDAYS)})\b"
    rf"|\b(?:in|since|until|by|from|of|before|after|during|early|late|mid|year|In|Since|By|From|Before|After|During|Until)\s+((?:1[89]|20)\d\d)\b(?![\d,.]\d|\s*%)"
    # "the 2020 protests": a year naming an event
    rf"|\b(?:[Tt]he|a)\s+((?:1[89]|20)\d\d)(?=\s+(?:protests?|elections?|floods?|earthquakes?|uprising|war|revolution|games|"
    rf"olympics|census|crisis|pandemic|referendum|attacks?|riots?|unrest|coup|invasion|campaign|summit|massacre)\b)"
)
# What every date holds (a month, a weekday or a year): paragraphs without one are not searched.
_DATE_HINT = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day\b|\b(?:1[89]|20)\d\d\b")
_MONTH_ALONE_OK = re.compile(r"(?:\b(?:in|since|until|by|from|last|next|early|late|mid|of|during|through|between|and|"
                             r"to|In|Since|By|From)\s+)$")
_ACRONYM = re.compile(r"^(?:[A-Z][A-Z0-9&]{1,7}|(?:[A-Z]\.){2,4})$")
_PAREN_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z0-9&.]{1,9})\)")
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"})
_SHORTENED_HEADS = frozenset({"province", "city", "region", "district", "county", "state", "oblast", "governorate",
                              "prefecture", "municipality"})
_LABELS = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG", "GROUP": "GROUP"}  # MISC is none of the five
_VOWELS_AND_MARKS = re.compile(r"[aeiouy\u00e0-\u00ff\W_]+")
_DOUBLED = re.compile(r"(.)\1+")
_WORD_BREAK = re.compile(r"[\s-]+")
# "Saudi-led", "Iran-backed", "Houthi-run": the name is the part before the hyphen
_AFFILIATION_TAIL = re.compile(r"-(?:led|backed|run|controlled|held|based|allied|owned|funded|aligned|dominated|"
                               r"affiliated|linked|sponsored|supported|armed|administered|born|made)$")
# What follows a dateline's place: a comma and a country, an agency in parentheses, a dash, a date.
_DATELINE_AFTER = re.compile(r"\s*(?:,\s+[A-Z]|\(|--|\u2014|\u2013|-\s|\d{4}-\d\d-\d\d)")
_POSSESSIVE_END = re.compile(r"['\u2019]s$")
_CONFIDENT = 0.9  # a labeller decision this sure is not overridden by a link (a town named like a surname)


class _Span:
    """A typed name in a paragraph, as the labeller and the rules give it."""

    __slots__ = ("alias_of", "end", "paragraph", "start", "sure", "text", "type")

    def __init__(self, paragraph: int, start: int, end: int, text: str, type: EntityType, sure: float = 1.0) -> None:
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.sure = sure  # the labeller's probability of the span's labels (the least of them)
        self.alias_of: str | None = None  # the name this one abbreviates: "Doctors Without Borders (MSF)"

    def __repr__(self) -> str:
        return f"_Span({self.text!r}, {self.type}, p{self.paragraph}:{self.start}-{self.end})"


class _Entity:
    """One entity while forms are merged: its forms, mentions and counts."""

    __slots__ = ("counts", "forms", "mentions", "type")

    def __init__(self, type: EntityType) -> None:
        self.type = type
        self.forms: list[str] = []
        self.mentions: list[tuple[int, int, int]] = []
        self.counts: dict[str, int] = {}

    @property
    def name(self) -> str:
        """The fullest form: most words, then most used, then longest."""
        usable = [f for f in self.forms if not (f.isupper() and (
            len(f) > 5 or any(g != f and g.upper() == f for g in self.forms)))] or self.forms  # "Lima" over "LIMA"
        best = max(usable, key=lambda f: (f.count(" ") + f.count("-"), self.counts.get(f, 0), len(f)))
        if best.isupper() and len(best) > 5:
            return best.title()  # a dateline's capitals: NUR-SULTAN -> Nur-Sultan
        return best


def _fold(name: str) -> str:
    """Case-insensitive form; Turkish dotless and dotted i fold to "i"
    ("AYDIN" is "Aydın" in capitals)."""
    return name.casefold().replace("\u0131", "i").replace("i\u0307", "i")


@lru_cache(maxsize=4096)
def skeleton(name: str) -> str:
    """A spelling-insensitive key: Tokayev/Toqaev, Nazarbayev/Nazarbaev,
    Kassym/Qasym, Tazhimuratov/Tajimuratov all share one."""
    s = _fold(name).replace("'", "").replace("\u2019", "")
    for a, b in (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("w", "v"),
                 ("x", "ks"), ("c", "k")):
        s = s.replace(a, b)
    s = _VOWELS_AND_MARKS.sub("", s)
    return _DOUBLED.sub(r"\1", s)


def find_entities(paragraphs: Sequence[Paragraph]) -> tuple[Entity, ...]:
    spans: list[_Span] = []
    for index, paragraph in enumerate(paragraphs):
        if _DATE_HINT.search(paragraph.text):
            spans.extend(_dates(index, paragraph.text))
    dates: dict[int, list[tuple[int, int]]] = {}
    for span in spans:
        dates.setdefault(span.paragraph, []).append((span.start, span.end))
    names, tokens = _labelled(paragraphs)
    for span in _table_places(paragraphs):  # a table's place column says what its cells are
        dates.setdefault(span.paragraph, []).append((span.start, span.end))
        spans.append(span)
    spans.extend(s for s in names if not any(a < s.end and s.start < b for a, b in dates.get(s.paragraph, ())))
    entities = _merge(spans, gazetteer())
    _collect(entities, tokens)
    return _entities(entities, paragraphs)


# --- tables -----------------------------------------------------------------

_PLACE_COLUMNS = frozenset({"province", "region", "state", "district", "country", "city", "county", "governorate",
                            "oblast", "prefecture", "municipality", "town", "village", "area", "location", "place",
                            "provinces", "regions", "states", "districts", "countries", "cities", "counties"})
_TABLE_NAME = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}")


def _table_places(paragraphs: Sequence[Paragraph]) -> Iterable[_Span]:
    """The names in the cells of a table's place columns, under a header
    such as "Province | Deaths | Injured": places (a structure the labeller,
    reading sentences, does not see)."""
    columns: set[int] = set()
    width = 0
    for index, paragraph in enumerate(paragraphs):
        if not tables.is_row(paragraph.text):
            columns = set()
            continue
        names = tables.header(paragraph.text)
        if names:
            width = len(names)
            columns = {n for n, name in enumerate(names) if name.casefold() in _PLACE_COLUMNS}
            continue
        row = tables.cells(paragraph.text)
        if columns and len(row) == width:
            yield from (_Span(index, start, start + len(name), name, "PLACE") for n, (start, name) in enumerate(row)
                        if n in columns and _TABLE_NAME.fullmatch(name))


# --- dates ------------------------------------------------------------------

def _dates(index: int, text: str) -> Iterable[_Span]:
    for match in _DATE.finditer(text):
        group = next((g for g in (1, 2) if match.group(g)), 0)  # the year alone, where a word leads to it
        start, end = match.span(group)
        value = text[start:end]
        if value in lx.MONTHS and not (_MONTH_ALONE_OK.search(text[max(0, start - 12):start])):
            continue  # "May" alone is a verb more often than a month
        yield _Span(index, start, end, value, "DATE")


# --- names: the labeller ------------------------------------------------------

class _Sentence:
    __slots__ = ("capitals", "paragraph", "tokens", "words")

    def __init__(self, paragraph: int, tokens: list[tuple[int, int, str]], words: list[str], capitals: bool) -> None:
        self.paragraph = paragraph
        self.tokens = tokens
        self.words = words  # as tagged: a title-case line's words true-cased
        self.capitals = capitals


def _labelled(paragraphs: Sequence[Paragraph]) -> tuple[list[_Span], list[list[tuple[int, int, str]]]]:
    """The names the labeller finds, and every paragraph's tokens."""
    sentences: list[_Sentence] = []
    headings: set[int] = set()
    every: list[list[tuple[int, int, str]]] = []
    for index, paragraph in enumerate(paragraphs):
        tokens = fx.tokenize(paragraph.text)
        every.append(tokens)
        words = [t[2] for t in tokens]
        capitals = fx.shouting(words)
        heading = not capitals and fx.title_case(paragraph.text)
        for a, b in fx.sentences(words):
            if heading:
                headings.add(len(sentences))
            sentences.append(_Sentence(index, tokens[a:b], words[a:b], capitals))
    if not sentences:
        return [], every
    document, true_cased = fx.document_view([s.words for s in sentences], headings)
    feats = fx.features()
    crf = tagger()
    spans: list[_Span] = []
    for sentence, words in zip(sentences, true_cased, strict=True):
        sentence.words = words
        indices, xs = feats.sentence(words, capitals=sentence.capitals, document=document)
        if not indices:
            continue
        labels = crf.tag(xs)
        for a, b, kind in _runs(labels, indices):
            # how sure (of the first word): a link overrides only an unsure decision
            sure = crf.marginal(labels[a], a)
            spans += _cleaned(paragraphs[sentence.paragraph].text, sentence, indices[a], indices[b - 1] + 1, kind, sure)
    return spans, every


def _runs(labels: Sequence[str], indices: Sequence[int]) -> Iterable[tuple[int, int, EntityType]]:
    """(first, past-last, type) of every labelled run of the five types, in
    positions of ``labels`` (a run does not go over a skipped token)."""
    start: int | None = None
    kind = ""
    for i, label in enumerate([*labels, "O"]):
        if start is not None and (label == "O" or label.startswith("B-") or label[2:] != kind
                                  or indices[i] != indices[i - 1] + 1):
            if kind in _LABELS:
                yield start, i, _LABELS[kind]  # type: ignore[misc]
            start = None
        if label != "O" and start is None:
            start, kind = i, label[2:]


def _cleaned(text: str, sentence: _Sentence, first: int, last: int, kind: EntityType, sure: float) -> list[_Span]:
    """The span as a name: without a title before a person ("President",
    "Defender"), "the", a hyphen's tail ("Saudi-led") or a possessive; an
    owner before an institution ("the Taliban's Ministry of ...") apart."""
    words = sentence.words
    first = _past_titles(words, first, last, kind)
    found: list[_Span] = []
    owner = next((i for i in range(first + 1, last - 1) if words[i] in ("'s", "\u2019s")
                  and words[i + 1].casefold() in lx.ORG_HEADS), None)
    kind_before = None if owner is None else _owner_type(words[first:owner])
    if owner is not None and kind_before is not None:  # (not "the Bibb County Sheriff's Office")
        found += _cleaned(text, sentence, first, owner, kind_before, sure)
        first = owner + 1
    start, end = sentence.tokens[first][0], sentence.tokens[last - 1][1]
    name = text[start:end]
    tail = _AFFILIATION_TAIL.search(name) or _POSSESSIVE_END.search(name)
    if tail:
        name = name[:tail.start()]
        end = start + len(name)
    if not name or not name[0].isalnum() or (last - first == 1 and _not_a_name(name)) \
            or words[last - 1].casefold() in _DOCUMENTS:
        return found
    if start == 0 and name.isupper() and _DATELINE_AFTER.match(text, end):
        kind = "PLACE"  # a dateline: "VILNIUS (Agency) -", "CEBU CITY, Philippines -", "LONDON 1996-08-30"
    span = _Span(sentence.paragraph, start, end, name, kind, sure)
    declared = _PAREN_ACRONYM.match(text, end)
    if declared and kind == "ORG" and " " in name:
        span.alias_of = declared.group(1)  # "Doctors Without Borders (MSF)"
    found.append(span)
    return found


def _past_titles(words: Sequence[str], first: int, last: int, kind: EntityType) -> int:
    """The first word of the name after "the" and, before a person, titles."""
    while first < last - 1:
        low = words[first].casefold()
        if not (low == "the" or kind == "PERSON" and (low.rstrip(".") in lx.PERSON_TITLES or low in _OFFICES)):
            break
        first += 1
    return first


def _owner_type(words: Sequence[str]) -> EntityType | None:
    """The type of an institution's owner split off its name, by the reference data."""
    gaz = gazetteer()
    name = " ".join(words)
    if name in gaz.countries or name in gaz.places:
        return "PLACE"
    if name in gaz.groups or name in lx.GROUP_WORDS or name.rstrip("s") in gaz.groups:
        return "GROUP"
    return None


# Titles the lexicon does not list that news puts before a name ("Defender
# Hassan Abbas", "Striker ...", "Coach ...").
_OFFICES = frozenset({"defender", "striker", "midfielder", "goalkeeper", "coach", "manager", "skipper", "captain",
                      "ombudsman", "speaker", "lawmaker", "candidate", "opposition", "rebel", "veteran"})


# A text's name is none of the five kinds: "the Prohibition and Excise Act", "the Geneva Conventions".
_DOCUMENTS = frozenset({"act", "bill", "code", "law", "treaty", "convention", "conventions", "protocol", "accord",
                        "accords", "charter", "constitution", "resolution", "amendment", "decree"})


def _not_a_name(word: str) -> bool:
    """A word the labeller took for a name that is none: an abbreviation of a
    thing ("HIV", "PDF"), a wire's mark ("UPDATE"), a role ("Witnesses")."""
    low = word.casefold()
    if word.isupper() and len(word) > 1:
        return word in lx.COMMON_ACRONYMS  # "US" is no "us"
    return low in lx.ROLE_NOUNS or low in lx.FUNCTION_WORDS


# --- merging ----------------------------------------------------------------

def _initials(name: str) -> str:
    return "".join(w[0] for w in _WORD_BREAK.split(name) if w and w[0].isupper())


class _Linker:
    """The indexes that link a new span to an entity already found."""

    def __init__(self, gaz) -> None:
        self.gaz = gaz
        self.entities: list[_Entity] = []
        self.by_form: dict[tuple[str, str], _Entity] = {}  # (type, folded form): a name can be two things
        self.any_type: dict[str, _Entity] = {}  # folded form: the entity it first named
        self.by_skeleton: dict[tuple[str, str], _Entity] = {}
        self.surnames: dict[str, _Entity] = {}
        self.declared: dict[str, _Entity] = {}
        self.by_country: dict[int, _Entity] = {}  # "US", "USA", "United States": one country
        self.short_forms: dict[tuple[str, str], _Entity] = {}  # "Shanxi" for "Shanxi Province"
        self.initials: dict[str, _Entity] = {}  # an organisation's name's initials: "CPJ"

    def attach(self, entity: _Entity, span: _Span) -> None:
        if span.text not in entity.forms:
            entity.forms.append(span.text)
        entity.counts[span.text] = entity.counts.get(span.text, 0) + 1
        entity.mentions.append((span.paragraph, span.start, span.end))
        self.by_form.setdefault((entity.type, _fold(span.text)), entity)
        self.any_type.setdefault(_fold(span.text), entity)
        if span.alias_of:
            self.declared[span.alias_of] = entity
            self.by_form.setdefault((entity.type, _fold(span.alias_of)), entity)
        if entity.type == "PLACE":
            self._place_forms(entity, span.text)
        elif entity.type == "ORG" and " " in span.text:
            self._org_forms(entity, span.text)
            self.initials.setdefault(_initials(span.text), entity)
        key = skeleton(span.text)
        if len(key) >= 4:
            self.by_skeleton.setdefault((entity.type, key), entity)
        if entity.type == "PERSON" and " " in span.text and span.text.count(" ") <= 3:
            last = span.text.split()[-1]
            self.surnames.setdefault(_fold(last), entity)
            self.surnames.setdefault(skeleton(last), entity)

    def _place_forms(self, entity: _Entity, text: str) -> None:
        country = self.gaz.country_ids.get(text)
        if country is not None:
            self.by_country.setdefault(country, entity)
        head, _, last = text.rpartition(" ")
        if head and last.casefold() in _SHORTENED_HEADS:
            self.short_forms.setdefault(("PLACE", head), entity)  # "Shanxi" for "Shanxi Province"
        first, _, rest = text.partition(" ")
        if rest.startswith(("de ", "do ", "da ", "del ", "di ")):
            self.short_forms.setdefault(("PLACE", first), entity)  # "Rio" for "Rio de Janeiro"
        if first.casefold() in _COMPASS and rest:
            self.short_forms.setdefault(("PLACE", rest), entity)  # (only as a fallback: see find)

    def _org_forms(self, entity: _Entity, text: str) -> None:
        last = text.rsplit(" ", 1)[1]
        if last.casefold() in lx.ORG_HEADS and last[:1].isupper():
            self.short_forms.setdefault(("ORG", last), entity)  # "the Observer" for "Mekong Observer"
        first, rest = text.split(" ", 1)
        if " " in rest and (first in self.gaz.groups or first in self.gaz.countries):
            self.short_forms.setdefault(("ORG", rest), entity)  # "the Red Cross" for "Italian Red Cross"

    def find(self, span: _Span) -> _Entity | None:
        folded = _fold(span.text)
        found = self.by_form.get((span.type, folded)) or self.declared.get(span.text)
        unsure = span.sure < _CONFIDENT
        if found is None and (unsure or span.text.isupper() and " " in span.text):
            found = self.any_type.get(folded)  # the same words typed otherwise before ("KEMAL YILDIRIM")
            if found is not None and not unsure and found.type != "PERSON":
                found = None  # (capitals tell the labeller less, but only a person's full name is that sure)
        if found is None and (span.type == "PLACE" or unsure):
            country = self.gaz.country_ids.get(span.text)
            found = None if country is None else self.by_country.get(country)
        if found is None:
            found = self.short_forms.get((span.type, span.text))
            if found is not None and span.type == "PLACE" and found.forms[0].split()[0].casefold() in _COMPASS:
                found = None  # ("Darfur" is not "North Darfur")
        return found or self._by_spelling(span, folded, unsure)

    def _by_spelling(self, span: _Span, folded: str, unsure: bool) -> _Entity | None:
        """A surname after the full name (but a town the labeller is sure of
        stays a town), a spelling variant, an acronym of a name's initials."""
        key = skeleton(span.text)
        if " " not in span.text and span.text not in self.gaz.countries and (
                span.type in ("PERSON", "ORG") or unsure):
            found = self.surnames.get(folded) or (self.surnames.get(key) if len(key) >= 4 else None)
            if found:
                return found
        if len(key) >= 4 and (span.type, key) in self.by_skeleton:
            return self.by_skeleton[(span.type, key)]  # Tokayev/Toqaev
        if span.type == "ORG" and _ACRONYM.match(span.text):
            return self.initials.get(span.text.replace(".", ""))
        return None


def _merge(spans: list[_Span], gaz) -> list[_Entity]:
    linker = _Linker(gaz)
    # Multi-word spans first: they give the fullest forms.
    order = sorted(range(len(spans)), key=lambda i: (" " not in spans[i].text, i))
    for i in order:
        span = spans[i]
        entity = linker.find(span)
        if entity is None:
            entity = _Entity(span.type)
            linker.entities.append(entity)
        linker.attach(entity, span)
    for entity in linker.entities:
        entity.mentions.sort()
    return [e for e in linker.entities if e.mentions]


@lru_cache(maxsize=4096)
def _words(form: str) -> tuple[str, ...]:
    return tuple(t[2] for t in fx.tokenize(form))


def _collect(entities: list[_Entity], tokens: list[list[tuple[int, int, str]]]) -> None:
    """Every other occurrence of a known form (not a date), in every
    paragraph, becomes a mention of its entity (whole tokens only)."""
    starts: dict[str, list[tuple[tuple[str, ...], _Entity]]] = {}
    for entity in entities:
        if entity.type != "DATE":
            for form in entity.forms:
                words = _words(form)
                if words:
                    starts.setdefault(words[0], []).append((words, entity))
    if not starts:
        return
    for forms in starts.values():
        forms.sort(key=lambda f: -len(f[0]))  # the longest form first
    taken: dict[int, list[tuple[int, int]]] = {}
    for entity in entities:
        for index, start, end in entity.mentions:
            taken.setdefault(index, []).append((start, end))
    for index, paragraph in enumerate(tokens):
        i = 0
        while i < len(paragraph):
            options = starts.get(paragraph[i][2])
            found = None if options is None else next(
                ((len(words), entity) for words, entity in options
                 if tuple(t[2] for t in paragraph[i:i + len(words)]) == words), None)
            if found is None:
                i += 1
                continue
            start, end = paragraph[i][0], paragraph[i + found[0] - 1][1]
            if not any(a < end and start < b for a, b in taken.get(index, ())):
                found[1].mentions.append((index, start, end))
            i += found[0]


def _entities(entities: list[_Entity], paragraphs: Sequence[Paragraph]) -> tuple[Entity, ...]:
    result: list[Entity] = []
    places = gazetteer().places
    for entity in entities:
        mentions = tuple(Mention(paragraph=paragraphs[index].id, start=start, end=end)
                         for index, start, end in sorted(set(entity.mentions)))
        name = entity.name
        if entity.type == "PLACE" and name.isupper() and len(name) > 3 and name.title() in places:
            name = name.title()  # a dateline's capitals alone: "KYIV" is shown as "Kyiv"
        aliases = tuple(f for f in entity.forms if f != name) if name in entity.forms else tuple(entity.forms)
        result.append(Entity(name=name, type=entity.type, aliases=aliases, mentions=mentions))
    type_order = {t: n for n, t in enumerate(("PERSON", "PLACE", "ORG", "GROUP", "DATE"))}
    result.sort(key=lambda e: (type_order[e.type], -len(e.mentions), e.name))
    return tuple(result)
