"""Stage 5: paragraphs -> entities (PERSON, PLACE, ORG, DATE, GROUP).

A dependency-free, rule-based recogniser:

1. dates by pattern (month and day, month and year, weekdays, years after a
   preposition);
2. capitalised spans (with "of", "and", "al-" ... inside names), trimmed of
   sentence-initial function words, split at titles ("President"), at
   possessives and at demonyms that qualify a name ("Kazakh President");
3. each span typed by its own words (organisation and place head nouns),
   by reference data (places, peoples: reader.analysis.gazetteer) and by
   its context (a title before it, "in"/"near" before it, "said" after it);
4. forms merged into one entity: a surname after the full name, spelling
   variants (Tokayev/Toqaev: the same consonant skeleton), an abbreviation
   defined in parentheses or matching the initials, an all-caps dateline,
   a possessive;
5. every mention found again by its known forms, so title-case headlines
   get their mentions without their capitals being taken for names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from reader import rx, tables
from reader.analysis import lexicon as lx
from reader.analysis.gazetteer import gazetteer
from reader.model import Entity, Mention, Paragraph

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from reader.model import EntityType

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017e\u0400-\u042f\u0401"
_TOKEN = rf"(?:(?:al|el|ad|as|ash|an|bin|ibn)-|(?:al|el) (?=[{_UPPER}]))?[{_UPPER}][\w'\u2019.\-]*"
_JOIN = r"(?:\s+(?:of|and|for|the|de|del|des|da|do|dos|das|di|della|du|la|le|van|von|der|den|ter|ten|bin|ibn|in|on|to|&))*\s+"
_SPAN = rx.compile(rf"(?<![\w'\u2019\-]){_TOKEN}(?:{_JOIN}{_TOKEN})*")
# "Saudi-led", "Houthi-run", "Iran-backed": the name before the hyphen is a
# people, place or organisation that leads, runs or backs something.
_AFFILIATION = {"led", "backed", "run", "controlled", "held", "based", "allied", "owned", "funded", "aligned",
                "dominated", "affiliated", "linked", "sponsored", "supported", "armed", "administered"}
_NAME_PARTICLES = ("al-", "el-", "ad-", "as-", "ash-", "an-", "bin-", "ibn-")
_ACRONYM = rx.compile(r"^(?:[A-Z][A-Z0-9&]{1,7}|(?:[A-Z]\.){2,4})$")
_PAREN_ACRONYM = rx.compile(r"\s*\(([A-Z][A-Za-z0-9&.]{1,9})\)")
_MONTH = "|".join(lx.MONTHS) + "|" + "|".join(rf"{m}\." for m in lx.MONTH_ABBREVIATIONS)
_DATE = rx.compile(
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
_MONTH_ALONE_OK = rx.compile(r"(?:\b(?:in|since|until|by|from|last|next|early|late|mid|of|during|through|between|and|to|In|Since|By|From)\s+)$")
_DOCUMENT_HEADS = frozenset({"act", "bill", "code", "law", "treaty", "conventions", "protocol", "accord", "accords",
                             "charter", "constitution", "resolution", "amendment", "decree"})
_WORKS = frozenset({"plant", "plants", "factory", "factories", "mine", "mines", "refinery", "mill", "works", "site",
                    "smelter", "shipyard", "warehouse", "terminal"})
_EVENT_NOUNS = frozenset({"protest", "protests", "riots", "demonstrations", "clashes", "unrest", "uprising", "rally",
                          "rallies", "marches", "festival", "celebrations", "holiday", "anniversary", "commemorations"})
# Besides speaking (_SPEECH_AFTER): a capital that acts as its government
_ACTS_AFTER = rx.compile(r"\s+(?:did|does|has|have|had|will|would|says|denies|accused|accuses|rejected|rejects|"
                         r"responded|condemned|insists)\b")
_LIST_GOES_ON = rx.compile(r"\s*(?:,|and\b|or\b|[.;]|$)")
_LANGUAGE_BEFORE = rx.compile(r"\b(?:means?|meant|meaning|called|spelt|spelled|written|translates?|translated|word|"
                              r"words|known)\b[^.;]{0,40}\bin\s+$")
_COORDINATED = rx.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+")
_POSSESSIVE = rx.compile(r"['\u2019]s?$")
_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
            "lower", "greater", "new", "northeast", "northwest", "southeast", "southwest"}
_NAME_HEAD_AFTER = {"party", "movement", "alliance", "coalition", "bloc", "faction", "militia", "group", "ministry"}
_LOWER_ORG_AFTER = {"party", "movement", "militia", "alliance", "coalition", "faction", "group", "bloc", "ministry",
                    "affiliate", "offshoot", "franchise", "branch", "wing", "spokesman", "spokeswoman",
                    "spokesperson", "fighters", "militants", "leadership", "gang", "cartel"}
_LOWER_PLACE_AFTER = {"road", "highway", "motorway", "expressway", "street", "avenue", "camp", "river", "province", "region", "district", "city", "town", "village", "valley",
                      "county", "oblast", "state", "mountains", "desert", "refugee", "island", "islands", "peninsula",
                      "archipelago", "coast", "harbor", "harbour", "market", "prison", "complex", "airport",
                      "neighbourhood", "neighborhood", "square", "bridge", "dam", "base", "checkpoint", "crossing",
                      "districts", "provinces", "regions", "villages", "towns", "cities", "counties", "camps",
                      "department", "governorate", "prefecture", "municipality", "canton"}
# "Codelco, the state-owned company", "the miners' union, the Federacion ...":
# a noun in apposition says what kind of name it is.
_ORG_NOUNS = {"company", "firm", "group", "agency", "organisation", "organization", "party", "union", "operator",
              "movement", "bank", "association", "federation", "ministry", "broadcaster", "newspaper", "charity",
              "militia", "network", "corporation", "conglomerate", "carrier", "airline", "producer", "regulator",
              "watchdog", "insurer", "manufacturer", "utility", "institute", "university", "council", "coalition",
              "alliance", "body", "foundation", "ngo", "outlet", "channel", "club", "team", "centre", "center",
              "service", "station", "paper", "magazine", "website"}
_SAY_WORDS = {"said", "says", "say", "told", "reported", "announced", "added", "stated"}
_APPOSITIVE_ORG = rx.compile(r"^,\s+(?:a|an|the)\s+((?:[\w'-]+\s*){1,4})")
_SPEECH_AFTER = rx.compile(r"^(?:,\s*)?(?:said|says|told|added|wrote|announced|insisted|argued|denied|warned|"
                           r"stated|explained|noted|asked|replied|spoke|confirmed|disclosed|revealed)\b")
_APPOSITIVE_PERSON = rx.compile(r"^,\s+(?:\d{1,3},\s+)?(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}?(?:" +
                                "|".join(sorted(lx.PERSON_TITLES)) + r"|spokesperson|seller|resident|mother|father|"
                                r"student|doctor|nurse|farmer|teacher|worker|witness)\b")
_LEADING_PLACE_HEADS = frozenset({"wadi", "jebel", "jabal", "lake", "mount", "mt", "cape", "fort", "port", "isla",
                                  "rio", "lac", "monte", "sierra", "complexo", "favela", "barrio", "colonia"})
# Holders of an office whose possessive names the office ("the Public
# Defender's Office"), besides the titles of lx.PERSON_TITLES ("the Mayor's Office")
_OFFICE_HOLDERS = frozenset({"defender", "ombudsman", "auditor", "comptroller", "registrar", "solicitor", "controller",
                             "speaker", "coroner", "examiner", "marshal"})
_KIND_OF_ORG_AFTER = rx.compile(r"\s+(?:[a-z]+\s+)?[a-z]+(?:-[a-z]+)?\s+(?:group|agency|organi[sz]ation|movement|"
                                r"militia|network|charity|outlet|monitor|coalition|centre|center|watchdog)\b")
_APPOSITION_ENDS = rx.compile(r"\s*(?:[,.;:)!?]|$|\s+and\b)")
_PLACE_COLUMNS = frozenset({"province", "region", "state", "district", "country", "city", "county", "governorate",
                            "oblast", "prefecture", "municipality", "town", "village", "area", "location", "place",
                            "provinces", "regions", "states", "districts", "countries", "cities", "counties"})
_TABLE_NAME = rx.compile(r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}")
_MEDIA_AFTER = rx.compile(r"\s+(?:news\s+agency|news\s+service|newspaper|daily|broadcaster|news\s+channel|"
                          r"news\s+website|news\s+outlet|wire\s+service)\b")
_REFUGEE_CAMP = rx.compile(r"\s+refugee\s+(?:camps?|settlements?)\b")  # (not "the UN refugee agency")
_TOWARD = frozenset({"went", "go", "goes", "going", "gone", "fled", "flee", "fleeing", "flees", "travelled", "traveled",
                     "travelling", "traveling", "moved", "moving", "returned", "returning", "return", "sent", "headed",
                     "heading", "flown", "flew", "taken", "brought", "deported", "evacuated", "relocated", "driven",
                     "drove", "marched", "came", "come", "coming", "back", "way", "road", "route", "trip", "journey",
                     "close", "next", "near", "from", "arrived", "crossed", "transferred", "escaped", "walked",
                     "sailed", "bound", "spread", "extended", "south", "north", "east", "west", "visit", "visits",
                     "visited", "link", "flights", "trains", "buses", "border", "access"})
_NUMBER_NAMES = frozenset("""one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand
thousands dozens dozen scores millions""".split())
_SHORTENED_HEADS = frozenset({"province", "city", "region", "district", "county", "state", "oblast", "governorate",
                              "prefecture", "municipality"})
_AGE_AFTER = rx.compile(r",\s+\d{1,3}(?:,|\s+(?:said|says|told|who|from|of)\b)")
_TITLE_NEXT = rx.compile(r"\s+(?:" + "|".join(sorted(lx.PERSON_TITLES, key=lambda t: (-len(t), t))) + r")\b", re.IGNORECASE)
_KNOWN_AS_WORDS = {"known as", "also called", "also spelled", "also spelt"}


class _Span:
    """A candidate name in a paragraph; the typing rules revise it."""

    __slots__ = ("paragraph", "start", "end", "text", "type", "strong", "alias_of", "speaks")

    def __init__(self, paragraph: int, start: int, end: int, text: str, type: EntityType | None) -> None:
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.strong = True  # typed by evidence rather than by default
        self.alias_of: str | None = None  # a form this one is declared to be (acronym, "known as")
        self.speaks = False  # "..., Davis said": a speaker (a surname, more than a town of that name)

    def __repr__(self) -> str:
        return f"_Span({self.text!r}, {self.type}, p{self.paragraph}:{self.start}-{self.end})"


class _Entity:
    """One entity while forms are merged: its forms, mentions and counts."""

    __slots__ = ("type", "forms", "mentions", "counts")

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


_VOWELS_AND_MARKS = rx.compile(r"[aeiouy\u00e0-\u00ff\W_]+")
_DOUBLED = rx.compile(r"(.)\1+")
_WORD = rx.compile(r"\S+")
_WORD_BREAK = rx.compile(r"[\s-]+")
_INITIAL = rx.compile(r"[A-Z]\.")
_LOWER_HYPHEN_TAIL = rx.compile(r"^(.+?)-([a-z].*)$")
_NEXT_LOWER = rx.compile(r"^['\u2019]?s?\s*([a-z]+)")
_LOWER_TAIL = rx.compile(r"\s+[a-z]+")
_DATELINE_AFTER = rx.compile(r"\s*\)?\s*(?:--|\u2014|\u2013|,|\()")
# "state media", "state-run", "state department": the government, not a place ("Borno state").
_STATE_AS_GOVERNMENT = rx.compile(r"['\u2019]?s?\s*state[\s-]+(?:media|television|tv|news|agency|broadcaster|run|owned|"
                                  r"department|secretary|of|officials?|governments?|visit|funeral|security|prosecutors?)\b",
                                  re.IGNORECASE)
_PAIRED_PLACES = rx.compile(r"\s+and\s+[A-Z][\w'\u2019-]+\s+(?:rivers|provinces|districts|regions|villages|towns|cities|"
                            r"counties|islands|mountains|lakes|states|valleys|camps)\b")
_POSTED_ON = frozenset(f"{verb} on" for verb in ("wrote", "posted", "published", "shared", "announced", "said",
                                                  "tweeted", "commented", "reported", "stated", "streamed", "appeared"))
_ABBREVIATED_TITLES = frozenset({"gov", "sen", "rep", "gen", "lt", "col", "maj", "capt", "sgt", "cmdr", "dr", "mr", "mrs",
                                 "ms", "prof", "rev", "supt", "insp", "atty", "jr", "sr",
                                 "st", "mt", "ft"})  # and "St. Petersburg", "Mt. Kenya"
_WHICH_AFTER = rx.compile(r"\s*,?\s*which\b")
_STORMS = frozenset({"cyclone", "hurricane", "typhoon", "storm", "depression"})
_NUMBERED = rx.compile(r"\.?\s*\d")
_SHOUTED = rx.compile(r"[A-Z]{2,}[.,;:]?")


@lru_cache(maxsize=16)
def _shouting(text: str) -> bool:
    """Mostly capitals (an all-caps headline): there 'THE' and 'WHO' are words."""
    head = text[:40]
    if any(map(str.islower, head.split(None, 1)[0] if head.strip() else "")):
        return False  # the first word has small letters: the common case, decided at once
    sample = text[:400]
    return sum(map(str.isupper, sample)) > sum(map(str.islower, sample))
_CAMEL_CASE = rx.compile(r"(?!(?:Ma?c|De|Di|Du|La|Le|Van|Von)[A-Z]|O['\u2019])[A-Z][a-z]+[A-Z][a-z]+[A-Za-z]*$")
_AGENCY_CLOSE = rx.compile(r"\)\s*(?:-|--|\u2013|\u2014)")


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


def _is_title_case_paragraph(text: str) -> bool:
    tokens = [t for t in text.split() if len(t) > 3 and t[0].isalpha()]
    return len(tokens) >= 2 and sum(t[0].isupper() for t in tokens) / len(tokens) >= 0.8 and not text.endswith(".")


def _place_columns(text: str) -> tuple[int, set[int]] | None:
    """A table's header row with place columns ("Province | Deaths | Injured"):
    (the number of cells, the place columns)."""
    names = tables.header(text)
    columns = {n for n, name in enumerate(names or ()) if name.casefold() in _PLACE_COLUMNS}
    return (len(names), columns) if names and columns else None


def _table_places(index: int, text: str, table: tuple[int, set[int]]) -> list[_Span]:
    """The names in a row's place columns: places, whatever else they could be."""
    row = tables.cells(text)
    if len(row) != table[0]:
        return []
    return [_Span(index, start, start + len(name), name, "PLACE") for n, (start, name) in enumerate(row)
            if n in table[1] and _TABLE_NAME.fullmatch(name)]


def find_entities(paragraphs: Sequence[Paragraph]) -> tuple[Entity, ...]:
    gaz = gazetteer()
    spans: list[_Span] = []
    prose: list[int] = []
    table: tuple[int, set[int]] | None = None
    for index, paragraph in enumerate(paragraphs):
        if tables.is_row(paragraph.text):  # a table's row: a header's place columns name places below it
            header = _place_columns(paragraph.text)
            if header:
                table = header
                continue
            if table is not None:
                places = _table_places(index, paragraph.text, table)
                if places:
                    spans.extend(places)
                    continue
        else:
            table = None
        if _is_title_case_paragraph(paragraph.text) or _shouting(paragraph.text):
            spans.extend(_countries(index, paragraph.text, gaz))  # "MOZAMBIQUE: Cyclone ...": safe even here
            if _shouting(paragraph.text):
                spans.extend(_shouted_places(index, paragraph.text, gaz))  # "BLAST IN BEIRUT", "BEIRUT BLAST:"
            continue
        prose.append(index)
        dates = list(_dates(index, paragraph.text))
        spans.extend(dates)
        spans.extend(_names(index, paragraph.text, [(d.start, d.end) for d in dates], gaz))
    entities = _merge(spans, gaz)
    return _collect(entities, paragraphs, prose)


# --- dates ------------------------------------------------------------------

def _dates(index: int, text: str) -> Iterable[_Span]:
    for match in _DATE.finditer(text):
        group = next((g for g in (1, 2) if match.group(g)), 0)  # the year alone, where a word leads to it
        start, end = match.span(group)
        value = text[start:end]
        if value in lx.MONTHS and not (_MONTH_ALONE_OK.search(text[max(0, start - 12):start])):
            continue  # "May" alone is a verb more often than a month
        yield _Span(index, start, end, value, "DATE")


# --- names ------------------------------------------------------------------

def _countries(index: int, text: str, gaz) -> Iterable[_Span]:
    """Country names in a title-case line, where capitals prove nothing else."""
    tokens = [(m.start(), m.end(), _POSSESSIVE.sub("", m.group().strip(".,:;!?\"'()\u2018\u2019\u201c\u201d")))
              for m in _WORD.finditer(text)]
    i = 0
    while i < len(tokens):
        for size in (3, 2, 1):
            window = tokens[i:i + size]
            if len(window) < size:
                continue
            name = " ".join(t[2] for t in window)
            if name and (name in gaz.countries or name.isupper() and len(name) > 3 and name.title() in gaz.countries):
                start = text.find(name, window[0][0])
                if start < 0 or start > window[0][0] + 2:
                    continue  # words apart in the text ("Sierra  Leone"): not this name
                yield _Span(index, start, start + len(name), name, "PLACE")
                i += size - 1
                break
        i += 1


_SHOUTED_PLACE = rx.compile(r"(?:^|\b(?:IN|AT|NEAR|FROM|OF|OFF)\s+)([A-Z][A-Z'-]{3,}(?:\s+[A-Z][A-Z'-]{2,})?)(?=[\s:,.]|$)")


def _shouted_places(index: int, text: str, gaz) -> Iterable[_Span]:
    """Known places in an all-caps bulletin, where capitals prove nothing:
    only at the line's start or after IN, AT, NEAR, FROM, OF or OFF."""
    for match in _SHOUTED_PLACE.finditer(text):
        words = match.group(1).split()
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            if name.title() in gaz.places and name.title() not in gaz.countries:
                start = match.start(1)
                yield _Span(index, start, start + len(name), name, "PLACE")
                break


def _tokens(text: str, start: int) -> list[tuple[int, int, str]]:
    return [(start + m.start(), start + m.end(), m.group()) for m in _WORD.finditer(text)]


def _names(index: int, text: str, taken: list[tuple[int, int]], gaz) -> Iterable[_Span]:
    previous: _Span | None = None
    for match in _SPAN.finditer(text):
        tokens = _tokens(match.group(), match.start())
        for part in _split(tokens, text, gaz):
            span = _typed(index, text, part, gaz)
            if span is not None and previous is not None and previous.type == "PLACE" and (
                    span.type is None or span.type == "GROUP" and " " not in span.text
                    and _LIST_GOES_ON.match(text, span.end)) \
                    and _COORDINATED.fullmatch(text, previous.end, span.start):
                # "the towns of Mach and Kolpur"; "in Kitengela, Kikuyu and Ol Kalou" (a town named
                # like a people, between places; not "Nairobi and Kenyan officials")
                span.type, span.strong = "PLACE", previous.strong
            if span is not None and not any(a < span.end and span.start < b for a, b in taken):
                yield span
            previous = span


@lru_cache(maxsize=8192)  # asked for every word of every run, several times
def _bare(token: str) -> str:
    return token.strip(".,;:\"'\u2019\u201c\u201d").casefold()


def _name_after(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Two or three capitalised words end the run after a title: a name
    ("Dayton Police Chief Kamran Afzal"), even where the run holds an
    organisation's head word before the title."""
    following = tokens[i + 1:]
    ends = next((n for n, t in enumerate(following) if t[2].endswith(".") and not _INITIAL.fullmatch(t[2])), None)
    if ends is not None:
        following = following[:ends + 1]  # the name ends with its sentence ("... Aman Samir. The ...")
    rest = [_bare(t[2]) for t in following]
    return 2 <= len(rest) <= 3 and all(
        t[2][:1].isupper() for t in following) and not any(
        w in lx.ORG_HEADS or w in lx.PERSON_TITLES or w in lx.PLACE_HEADS for w in rest)


def _split(tokens: list[tuple[int, int, str]], text: str, gaz=None) -> Iterable[list[tuple[int, int, str]]]:
    """Cut a raw capitalised run into name-sized parts."""
    part: list[tuple[int, int, str]] = []
    has_org_head = any(_bare(t[2]) in lx.ORG_HEADS for t in tokens)
    lead = next((t for t in tokens if _bare(t[2]) not in lx.FUNCTION_WORDS), None)  # past "The"
    org_first = lead is not None and _bare(lead[2]) in lx.ORG_HEADS
    i = 0
    while i < len(tokens):
        start, end, word = tokens[i]
        if word in ("al", "el") and i + 1 < len(tokens) and tokens[i + 1][2][:1].isupper():
            part.append((start, end, word))  # "al Qaeda", "el Sisi"
            i += 1
            continue
        if word[0].islower() and not word.startswith(_NAME_PARTICLES):
            # A connector inside the run: keep it only where names use it.
            joined = word in ("of", "for", "de", "del", "des", "da", "do", "dos", "das", "di", "della", "du", "la", "le", "van",
                              "der", "den", "ter", "ten",
                              "von", "bin", "ibn") or (
                word == "the" and part and part[-1][2] in ("of", "for")) or (
                # "Mission in South Sudan" (but the "Ministry of Health in Gaza" is the ministry)
                word in ("in", "on") and org_first and not any(t[2] == "of" for t in part)) or (
                word == "on" and part and _bare(part[-1][2]) in lx.ORG_HEADS and i + 1 < len(tokens)
                and tokens[i + 1][2].rstrip(".,;:") not in lx.MONTHS
                and tokens[i + 1][2].rstrip(".,;:") not in lx.WEEKDAYS)
            # ("Commission on Human Rights", not "the Ministry on Monday")
            if word == "to" and part and _bare(part[-1][2]) in lx.ORG_HEADS and i + 2 < len(tokens) \
                    and all(t[2][:1].isupper() for t in tokens[i + 1:i + 3]) and not _known(tokens[i + 1][2], gaz):
                joined = True  # "Committee to Protect Journalists", not "the Ministry to Kabul"
            if joined and word == "for" and part and _known(" ".join(t[2] for t in part if t[2] != "\x00title"), gaz):
                joined = False  # "Myanmar for Bangladesh": two places, not "Fund for Peace"
            if joined and word == "of" and 2 <= len(part) <= 3 and i + 1 < len(tokens) and not any(
                    _bare(w) in lx.ORG_HEADS or _bare(w) in lx.PLACE_HEADS or w[0] == "\x00" for _, _, w in part) \
                    and (_known(tokens[i + 1][2].rstrip(".,;:"), gaz) or i + 2 < len(tokens) and _known(
                        f"{tokens[i + 1][2]} {tokens[i + 2][2].rstrip('.,;:')}", gaz)):
                joined = False  # "Jaylen Moore of Macon": a person and the town she is from
            if joined and word == "of" and len(part) == 1 and len(part[0][2]) >= 7 and part[0][2].endswith("ing") \
                    and not _known(part[0][2], gaz):
                joined = False  # "Shelling of Sudan", "Killing of ...": an action, then the name
            if word in ("and", "&"):
                # "Flood Forecasting and Warning Centre" is one name (its head
                # noun comes after the "and"); "Dadu and Jamshoro" are two.
                left = " ".join(w for _, _, w in part if w != "\x00title")
                right = tokens[i + 1][2] if i + 1 < len(tokens) else ""
                head_after = any(_bare(w) in lx.ORG_HEADS for _, _, w in tokens[i + 1:]) or (
                    # "Institute of Burn and Plastic Surgery": "Head of A and B" names one body
                    any(_bare(a[2]) in lx.ORG_HEADS and b[2] == "of" for a, b in zip(part, part[1:]))
                    and not any(_bare(w) in lx.PERSON_TITLES for _, _, w in tokens[i + 1:]))
                joined = (head_after or org_first) and not (right == "the" or _known(left, gaz)
                                             or _known(_POSSESSIVE.sub("", right), gaz))
            if joined and part:
                part.append((start, end, word))
            else:
                # Cut here; drop the connectors up to the next name word.
                while part and part[-1][2][0].islower() and not part[-1][2].startswith(_NAME_PARTICLES):
                    part.pop()
                if part:
                    yield part
                part = []
                while i + 1 < len(tokens) and tokens[i + 1][2][0].islower() and not tokens[i + 1][2].startswith(_NAME_PARTICLES):
                    i += 1
            i += 1
            continue
        # Sentence end inside the run ("Almaty. The ...").
        sentence_end = (word.endswith(".") and not _ACRONYM.match(word) and not _INITIAL.fullmatch(word)
                        and word[:-1].casefold() not in _ABBREVIATED_TITLES)  # "Ohio Gov. Mike DeWine"
        if sentence_end:
            word = word[:-1]
            end -= 1
        hyphen = _LOWER_HYPHEN_TAIL.match(word)
        if hyphen and not word.startswith(_NAME_PARTICLES) and (
                _known(hyphen.group(1), gaz) or _ACRONYM.match(hyphen.group(1))
                or hyphen.group(2).rstrip(".,;:") in _AFFILIATION):
            # "Russian-led": the name is the part before the hyphen.
            part.append((start, start + len(hyphen.group(1)), hyphen.group(1)))
            if hyphen.group(2).rstrip(".,;:") in _AFFILIATION:
                part.append((start, start, "\x00affiliated"))
            yield part
            part = []
            i += 1
            continue
        if _bare(word) in lx.PERSON_TITLES and (not has_org_head or _name_after(tokens, i)) and not (
                i + 1 < len(tokens) and _known(f"{word} {tokens[i + 1][2].rstrip('.,;:')}", gaz)):
            # (not "DR Congo": a title word that begins a known place's name)
            if part:
                yield part
            part = [(start, end, "\x00title")]
            i += 1
            continue
        part.append((start, end, word))
        # "Australia's Department of ...": a singular possessive before the
        # head noun names the owner; "Lawyers' Association" and "Assembly of
        # Kazakhstan's People" keep theirs inside the name.
        owner = (word.endswith(("'s", "\u2019s")) and not any(_bare(w) in lx.ORG_HEADS for _, _, w in part)
                 and _POSSESSIVE.sub("", _bare(word)) not in _COLLECTIVE_OWNERS  # "Republican People's Party"
                 and (_placeish(_POSSESSIVE.sub("", " ".join(w for _, _, w in part if w[0] != "\x00")), gaz)
                      # "the Taliban's Ministry of Disaster Management": an owner, then its institution
                      # (but "the Prosecutor-General's Office", "the President's Office" are one name)
                      or any(_bare(t[2]) in lx.ORG_HEADS for t in tokens[i + 1:i + 4])
                      and not any(piece in lx.PERSON_TITLES or piece in _OFFICE_HOLDERS for _, _, w in part
                                  for piece in _POSSESSIVE.sub("", _bare(w)).split("-"))))
        if _POSSESSIVE.search(word) and i + 1 < len(tokens) and _known(f"{word} {tokens[i + 1][2].rstrip('.,;:')}", gaz):
            i += 1  # "Cox's Bazar": a place's own name holds the possessive
            continue
        if (_POSSESSIVE.search(word) and (not has_org_head or owner)) or sentence_end:
            yield part
            part = []
        i += 1
    if part:
        yield part


def _placeish(name: str, gaz) -> bool:
    """A known place, or a compass word before one ("Western Australia")."""
    first, _, rest = name.partition(" ")
    return bool(gaz) and (name in gaz.places or (first.casefold() in _COMPASS and rest in gaz.places))


def _known(name: str, gaz) -> bool:
    return bool(gaz) and bool(name) and (name in gaz.places or name in gaz.countries or _is_group(name, gaz))


def _typed(index: int, text: str, part: list[tuple[int, int, str]], gaz) -> _Span | None:
    after_title = bool(part) and part[0][2] == "\x00title"
    if after_title:
        part = part[1:]
    affiliated = bool(part) and part[-1][2] == "\x00affiliated"
    if affiliated:
        part = part[:-1]
    sentence_start = bool(part) and _at_sentence_start(text, part[0][0])
    if len(part) > 2 and _bare(part[0][2]) in lx.ROLE_NOUNS and part[1][2] == "of":
        part = part[2:]  # "Rescuers of the State Emergency Service": people of an institution
        sentence_start = False
    # Function words at the start of a sentence ("The", "Despite", "Among").
    while part and (_bare(part[0][2]) in lx.FUNCTION_WORDS or _bare(part[0][2]) in lx.PERSON_TITLES) \
            and not (_SHOUTED.fullmatch(part[0][2]) and not _shouting(text)) \
            and not (len(part) >= 2 and part[0][2][:1].isupper() and _bare(part[0][2]) in lx.PERSON_TITLES
                     and _bare(part[-1][2]) in lx.ORG_HEADS):
        # ("the WHO" is an acronym, not "who"; "General Staff" and "Prince of Wales Hospital" are institutions)
        part = part[1:]
    while part and _bare(part[-1][2]) in lx.CONNECTORS:
        part = part[:-1]
    if sentence_start and len(part) >= 2 and _bare(part[0][2]) not in _COMPASS:
        rest = _POSSESSIVE.sub("", text[part[1][0]:part[-1][1]])
        whole = _POSSESSIVE.sub("", text[part[0][0]:part[-1][1]])
        first = _bare(part[0][2])
        if (rest in gaz.countries or (rest in gaz.places or _is_group(rest, gaz)) and first.endswith(("ing", "ed"))) \
                and not _known(whole, gaz) and not _is_group(part[0][2], gaz):
            part = part[1:]  # "Neighbouring Syria", "Landlocked Mali": a capitalised first word, then the place
    if not part:
        return None
    start, end = part[0][0], part[-1][1]
    raw = text[start:end]
    name = _POSSESSIVE.sub("", raw) if raw.endswith(("'s", "\u2019s", "s'")) else raw
    end = start + len(name)
    if not name or not name[0].isalpha():
        return None
    words = name.split()
    lowered = [_bare(w) for w in words]
    before = text[max(0, start - 40):start]
    after = text[end:end + 60]
    next_word = _NEXT_LOWER.match(after)
    next_lower = next_word.group(1) if next_word else ""

    # A leading demonym qualifies the name that follows: "Kazakh President".
    if len(words) > 1 and _is_group(words[0], gaz) and not any(w in lx.ORG_HEADS for w in lowered) \
            and next_lower not in _LOWER_ORG_AFTER and not (after_title or _title_before(before)):
        first_end = start + len(words[0])
        return _Span(index, start, first_end, words[0], "GROUP")

    if text[end:end + 1] and text[end:end + 1] in "$\u20ac\u00a3\u00a5":
        return None  # "US$8 million": a currency's prefix
    if start == 0 and name.isupper() and text[end:end + 1] == ":" and not lx.WIRE_MARKS_SET.isdisjoint(words):
        return None  # "URGENT ACTION:", "BREAKING NEWS:", "LIVE UPDATES:": a label over the story
    if len(words) == 1 and _LANGUAGE_BEFORE.search(before):
        return None  # 'which means "seven seven" in Kiswahili': a language
    if len(words) > 1 and lowered[-1] in _DOCUMENT_HEADS:
        return None  # "the Prohibition and Excise Act", "the Geneva Conventions": a text, none of the five
    if len(words) == 1 and name in lx.COMMON_ACRONYMS:
        return None  # "(PDF)", "HIV", "GDP": abbreviations of things, not names
    if len(words) == 1 and lowered[0] in _NUMBER_NAMES:
        return None  # "Thirteen state police officers were killed": a count, not a name
    if len(words) == 1 and lowered[0] in lx.ROLE_NOUNS:
        return None  # "Medics said", "Witnesses told reporters": people by their role
    if lowered[0] in _STORMS or (len(words) > 1 and lowered[0] == "tropical" and lowered[1] in _STORMS):
        return None  # "Tropical Cyclone Dera", "Hurricane Maria": a storm, none of the five kinds
    if lowered[-1] in ("no", "nos", "vol", "part") and _NUMBERED.match(text, end):
        return None  # "Flash Update No. 3": a document's number, not a name
    span = _Span(index, start, end, name, None)
    span.speaks = len(words) == 1 and _SPEECH_AFTER.match(after.lstrip()) is not None
    acronym = _PAREN_ACRONYM.match(text, end)
    if acronym and len(words) > 1 and (sum(c.isupper() for c in acronym.group(1)) >= 2
                                       or acronym.group(1).casefold() == _initials(name).casefold()):
        span.alias_of = acronym.group(1)  # (not "MEXICO CITY (Meridian) -": a dateline's agency)

    org_head = next((n for n in range(len(lowered) - 1, -1, -1) if _POSSESSIVE.sub("", lowered[n]) in lx.ORG_HEADS), None)
    if sentence_start and len(words) == 1 and org_head == 0 and not name.isupper():
        return None  # "Prison riot leaves ...", "Hospital staff said": a common noun opening a sentence
    # a head noun names a place only with a name before it ("Buzi River"; "Bridge collapse ..." is no place)
    place_head = (len(words) > 1 and lowered[-1] in lx.PLACE_HEADS) or (
        len(words) > 2 and lowered[0] in lx.PLACE_HEADS and lowered[1] == "of") or (
        len(words) > 1 and lowered[0] in _LEADING_PLACE_HEADS)  # "Wadi Derna", "Lake Chad", "Mount Sinjar"
    appositive = _APPOSITIVE_ORG.match(after)
    if appositive and (_SAY_WORDS & {w.casefold() for w in appositive.group(1).split()}
                       or _SPEECH_AFTER.match(after[appositive.end():].lstrip())):
        appositive = None  # "near X, the fire service said": a new clause, not an apposition
    last = _last_words(before)
    # "the miners' union, the X", "the human rights centre X", "the outlet X".
    org_before = bool(last) and (
        (len(last) >= 2 and last[-1] == "the" and last[-2].rstrip("'s\u2019") in _ORG_NOUNS)
        or (last[-1] in _ORG_NOUNS and before.rstrip()[-1:].isalpha()))
    if after_title or _title_before(before):
        span.type = "PERSON"
    elif text[start - 1:start] == "(" and _AGENCY_CLOSE.match(after) and (start > 1 or not _known(name, gaz)):
        # after a dateline, "(Meridian) -" is its agency; opening the paragraph, "(Nairobi) -" is a place
        span.type = "ORG"  # "SYLHET, Bangladesh (Meridian) -": the agency of a dateline, whatever towns share its name
    elif (len(words) >= 2 and lowered[0] in ("al", "el", "al-", "el-") and not _place_before(before)
          or len(words) == 1 and lowered[0].startswith(("al-", "el-")) and len(last) >= 2 and last[-2] in _TIED_TO) \
            and name not in gaz.places:
        span.type = "ORG"  # "al Qaeda", "Al Jazeera": an Arabic article starts institutions; people carry a given name
    elif len(words) == 2 and lowered[1] == "state" and lowered[0].endswith(("ic", "ist")):
        span.type = "ORG"  # "Islamic State": a movement, where "Kaduna State" is a place
    elif len(words) <= 2 and " ".join(last[-2:]) in _POSTED_ON:
        span.type = "ORG"  # "he wrote on Telegram", "posted on Facebook": a platform
        if name.endswith(".") and len(name) == 2:  # "she wrote on X.": the full stop ends the sentence
            span.end -= 1
            span.text = name[:-1]
    elif (appositive and _names_an_org(appositive.group(1))) or org_before:
        span.type = "ORG"
    elif place_head and org_head is None:
        span.type = "PLACE"
    elif org_head is not None and org_head < len(words) - 1 and _placeish(" ".join(words[org_head + 1:]), gaz):
        span.type = "ORG"  # "Amnesty International Kenya": an organisation's branch in a country
    elif (org_head is not None and (org_head == len(words) - 1 or lowered[org_head + 1] in ("of", "for", "on", "in")
                                    or org_head == 0)) or lowered[0] in {"tv", "radio"} or (
            next_lower in _LOWER_ORG_AFTER and len(words) <= 4) or (
            (len(words) >= 2 or last[-1:] == ("the",) and not _known(name, gaz)) and _KIND_OF_ORG_AFTER.match(after)) or (
            # "the White Helmets rescue group", "the Viasna human rights centre"
            _MEDIA_AFTER.match(after) and not _known(name, gaz)):  # "Yonhap news agency", "the Kathmandu Post daily"
        span.type = "ORG"
        if next_lower in _NAME_HEAD_AFTER and org_head is None:
            tail = _LOWER_TAIL.match(text, end)
            if tail:  # "the Nur-Otan party": the head word is part of the name
                span.end = tail.end()
                span.text = text[start:span.end]
    elif len(words) == 1 and _is_group(name, gaz) and name not in gaz.countries:
        span.type = "GROUP"  # "Indonesian island": the demonym, not a place name (but "Philippines" is)
    elif _PAIRED_PLACES.match(after):
        span.type = "PLACE"  # "the Pungwe and Buzi rivers": the plural noun names both
    elif next_lower in _LOWER_PLACE_AFTER and not (next_lower == "refugee" and not _REFUGEE_CAMP.match(after)) \
            and (next_lower != "state" or not (
            _STATE_AS_GOVERNMENT.match(after) or lowered[-1].endswith(("ian", "ese", "ish", "ern", "ic"))
            or _is_group(words[-1], gaz))):  # not "the Central Asian state", "a Gulf state", "state media"
        span.type = "PLACE"
    elif _ACRONYM.match(name):
        if name in gaz.places or name in gaz.countries or len(name) > 3 and (
                name.title() in gaz.places or name.title() in gaz.countries):
            span.type = "PLACE"
        elif name.isupper() and len(name) > 4 and start <= 3 and _DATELINE_AFTER.search(after[:3]):
            span.type = "PLACE"  # a dateline: NUR-SULTAN --, SYLHET, Bangladesh
        else:
            span.type = "ORG"
    elif name in gaz.places or name.title() in gaz.places or (
            len(words) > 1 and lowered[0] in _COMPASS and " ".join(words[1:]) in gaz.places):
        span.type = "PLACE"
        span.strong = (len(words) > 1 or not sentence_start or name in gaz.countries or name.isupper()
                       or _DATELINE_AFTER.match(after) is not None  # "Ouagadougou (AFP) -", "DJIBO, Burkina Faso"
                       or _ACTS_AFTER.match(after) is not None or _SPEECH_AFTER.match(after.lstrip()) is not None)
        # ("Kyiv did not comment", "Kyiv said": a capital speaking)
    elif _is_group(name, gaz) or (len(words) == 2 and lowered[0] in _COMPASS and _is_group(words[1], gaz)):
        span.type = "GROUP"
    elif len(words) == 1 and next_lower in _WORKS and last[-1:] in (("its",), ("their",)):
        span.type = "PLACE"  # "its Teesside plant": where a company's works are
    elif next_lower in _EVENT_NOUNS:
        span.type, span.strong = None, False  # "in Saba Saba protests": an event's name, none of the five kinds
    elif _place_before(before) and not (before.rstrip().endswith(",") and (
            len(words) >= 2 and _SPEECH_AFTER.match(after.lstrip()) or not _APPOSITION_ENDS.match(after))):
        # ("the capital, Kathmandu," is the place; "The head of the district, Jane Roe, said" a person in
        # apposition, and "the Central Asian state, Nazarbaev continued" a new clause's subject)
        span.type = "PLACE"
        span.strong = not sentence_start
    elif _APPOSITIVE_PERSON.match(after) or (_SPEECH_AFTER.match(after.lstrip()) and len(words) >= 2) or (
            _AGE_AFTER.match(after) and not name.isupper()):  # "said Padmavathi, 61, who ...": an age
        span.type = "PERSON"
    elif " ".join(_last_words(before)[-2:]) in _KNOWN_AS_WORDS or _last_words(before)[-1:] == ("nicknamed",):
        span.type = "PERSON"
        span.strong = False
    elif len(words) == 1 and _SPEECH_AFTER.match(after.lstrip()) and not name.isupper():
        span.type = "ORG"  # "The Kremlin said", "Hamas said" (a surname said so merges with its person)
    elif span.alias_of and len(words) >= 2:
        span.type = "ORG"  # "Doctors Without Borders (MSF)": people are not abbreviated
    elif len(words) >= 2 and words[0] in ("Al", "El", "Al-", "El-"):
        span.type = "ORG"  # "Al Jazeera": a capitalised Arabic article starts institutions, not people
    elif len(words) >= 2 and _WHICH_AFTER.match(after):
        span.type = "ORG"  # "the Gun Violence Archive, which ...": people are "who"
    elif len(words) >= 2 and lowered[0] not in _COMPASS and last[-1:] != ("the",) \
            and lowered[-1] not in lx.PERSON_TITLES:
        span.type = "PERSON"  # (not "the Kumbh Mela": people do not take "the"; "Public Relations Officer" is a post)
        span.strong = False
    elif len(words) == 1 and name.endswith("s") and last[-1:] == ("the",) and not sentence_start:
        span.type = "GROUP"  # "the Houthis", "the Kurds"
        span.strong = False
    elif len(words) == 1 and _CAMEL_CASE.match(name):
        span.type = "ORG"  # "TotalEnergies", "PetroChina": a brand's inner capital (not Mc-/Mac-/O' names)
    elif sentence_start:
        span.type = None  # a capitalised first word and nothing more: not evidence
    else:
        span.type = None
        span.strong = False
    if name.isupper() and len(words) == 1 and not _ACRONYM.match(name) and span.type is None \
            and _DATELINE_AFTER.match(after):
        span.type = "PLACE"  # all-caps dateline words
    if affiliated:
        # "Houthi-run", "Saudi-led", "Taliban-run": a people or faction;
        # "Iran-backed": a country.
        span.type = "PLACE" if name in gaz.countries or (span.type == "PLACE" and span.strong and _ACRONYM.match(name)) \
            else "GROUP"
        span.strong = True
    if span.type == "PLACE" and not span.strong and name in gaz.places and _TITLE_NEXT.match(text, span.end):
        span.strong = True  # "Ohio Gov. Mike DeWine": a known place whose official follows
    if _TITLE_NEXT.match(text, span.end) and not span.strong or _TITLE_NEXT.match(text, span.end) and span.type == "PERSON":
        return None  # "Interior Minister ...", "Treasury Cabinet Secretary": a qualifier of a title
    return span


# Plural nouns whose possessive sits inside names: "People's Party",
# "Workers' Union", "Women's League", "Children's Hospital".
_COLLECTIVE_OWNERS = frozenset({"people", "peoples", "women", "men", "children", "workers", "farmers", "veterans"})
_APPOSITION_HEAD_ENDS = frozenset({"with", "of", "at", "for", "from", "in", "on", "to", "by", "and", "that", "which",
                                   "who", "whose"})


def _names_an_org(apposition: str) -> bool:
    """"a watchdog group", "a think tank that ...": the apposition's own
    noun phrase (not "a lawyer with the centre") names a kind of organisation."""
    head: list[str] = []
    for word in apposition.casefold().split():
        if word in _APPOSITION_HEAD_ENDS:
            break
        head.append(word)
    return any(w in _ORG_NOUNS for w in head) or "think tank" in " ".join(head)


def _at_sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 8):start].rstrip(" \"'\u201c\u2018(")
    if not before and start > 8:
        before = text[:start].rstrip(" \"'\u201c\u2018(")[-4:]
    return not before or before.endswith((".", "!", "?", ":", "--", "\u2014", "\u2013", ";"))


@lru_cache(maxsize=64)  # asked three or four times for each span
def _last_words(before: str) -> tuple[str, ...]:
    """The (up to three) words just before a span, lower-cased, commas off."""
    if not before or not before[-1].isspace():
        return ()
    return tuple(w.strip(",").casefold() for w in before.rsplit(None, 3)[-3:])


# Titles that are also everyday adjectives: a title only when capitalised
# ("Major Aziz", not "the last major Darfur city").
_ADJECTIVE_TITLES = frozenset({"major", "general", "chief", "senior", "principal", "private", "judge", "marshal"})


_KIN = frozenset({"son", "daughter", "wife", "husband", "brother", "sister", "mother", "father", "uncle", "aunt",
                  "cousin", "nephew", "niece", "grandson", "granddaughter", "grandmother", "grandfather", "widow"})
_KIN_OWNERS = frozenset({"his", "her", "their", "whose", "my", "our"})


def _title_before(before: str) -> bool:
    last = _last_words(before)
    if not last:
        return False
    if len(last) >= 2 and last[-1] in _KIN and last[-2] in _KIN_OWNERS:
        return True  # "her daughter Sofia": a person named by kinship
    word = last[-1].strip(".")
    if word in _ADJECTIVE_TITLES:
        raw = before.rstrip().rsplit(None, 1)[-1]
        return raw[:1].isupper()
    return word in lx.PERSON_TITLES


def _place_before(before: str) -> bool:
    """in X, near the X, the town of X, the capital, X, towns like X."""
    last = list(_last_words(before))
    if len(last) >= 2 and last[-1] in ("like", "including") and last[-2] in lx.PLACE_NOUNS_BEFORE:
        return True  # "towns like Sevare", "cities including Goma"
    if len(last) >= 2 and last[-2:] == ["resident", "of"]:
        return True  # "a resident of Wariyapola" (but "a resident, Chan Tai-man, said" is a person)
    while last and last[-1] in ("the", "of"):
        last.pop()
    if len(last) >= 2 and last[-1] == "to" and last[-2] in _TIED_TO:
        return False  # "linked to X", "loyal to X": a movement or a person, not a destination
    if last and last[-1] == "to" and (len(last) < 2 or last[-2] not in _TOWARD):
        return False  # "handed it to Ali Hassan", "spoke to X": only a journey's "to" leads to a place
    return bool(last) and (last[-1] in lx.PLACE_PREPOSITIONS or last[-1] in lx.PLACE_NOUNS_BEFORE)


_TIED_TO = frozenset({"linked", "loyal", "close", "allied", "tied", "connected", "affiliated", "belonging", "sympathetic",
                      "opposed", "answerable", "reporting", "married", "related", "similar", "thanks", "according"})


def _is_group(word: str, gaz) -> bool:
    for form in (word, word[:-1] if word.endswith("s") else None, word[:-2] if word.endswith("es") else None):
        if form and (form in gaz.groups or form in lx.GROUP_WORDS):
            return True
    return False


# --- merging ----------------------------------------------------------------

def _initials(name: str) -> str:
    return "".join(w[0] for w in _WORD_BREAK.split(name) if w and w[0].isupper())


def _merge(spans: list[_Span], gaz) -> list[_Entity]:
    entities: list[_Entity] = []
    by_form: dict[str, _Entity] = {}
    by_skeleton: dict[tuple[str, str], _Entity] = {}
    surnames: dict[str, _Entity] = {}
    declared: dict[str, _Entity] = {}
    by_country: dict[int, _Entity] = {}  # "US", "USA", "United States": one country
    short_places: dict[str, _Entity] = {}
    short_orgs: dict[str, _Entity] = {}

    def attach(entity: _Entity, span: _Span) -> None:
        if span.text not in entity.forms:
            entity.forms.append(span.text)
        entity.counts[span.text] = entity.counts.get(span.text, 0) + 1
        entity.mentions.append((span.paragraph, span.start, span.end))
        by_form.setdefault(_fold(span.text), entity)
        if entity.type == "PLACE":
            country = gaz.country_ids.get(span.text)
            if country is not None:
                by_country.setdefault(country, entity)
            head, _, last = span.text.rpartition(" ")
            if head and last.casefold() in _SHORTENED_HEADS:
                short_places.setdefault(head, entity)  # "Shanxi" for "Shanxi Province"
            first, _, rest = span.text.partition(" ")
            if rest.startswith(("de ", "do ", "da ", "del ", "di ")):
                short_places.setdefault(first, entity)  # "Rio" for "Rio de Janeiro"
        elif entity.type == "ORG" and " " in span.text:
            last = span.text.rsplit(" ", 1)[1]
            if last.casefold() in lx.ORG_HEADS and last[:1].isupper():
                short_orgs.setdefault(last, entity)  # "the Observer" for "Mekong Observer"
            first, rest = span.text.split(" ", 1)
            if " " in rest and (_is_group(first, gaz) or first in gaz.countries):
                short_orgs.setdefault(rest, entity)  # "the Red Cross" for "Italian Red Cross"
        key = skeleton(span.text)
        if len(key) >= 4:
            by_skeleton.setdefault((entity.type, key), entity)
        if entity.type == "PERSON" and " " in span.text and span.text.count(" ") <= 3:
            last = span.text.split()[-1]
            surnames.setdefault(_fold(last), entity)
            surnames.setdefault(skeleton(last), entity)

    def find(span: _Span) -> _Entity | None:
        folded = _fold(span.text)
        if folded in by_form:
            return by_form[folded]
        if span.type in (None, "PLACE"):
            country = gaz.country_ids.get(span.text)
            if country is not None and country in by_country:
                return by_country[country]
            if span.text in short_places:
                return short_places[span.text]
        if span.type in (None, "ORG") and span.text in short_orgs:
            return short_orgs[span.text]
        if " " not in span.text and (span.type not in ("DATE", "PLACE", "GROUP") or span.type == "PLACE" and span.speaks) \
                and span.text not in gaz.countries:
            key = skeleton(span.text)  # (a country is nobody's surname: "Kenya" after "... Kenya")
            found = surnames.get(folded) or (surnames.get(key) if len(key) >= 4 else None)
            if found:
                return found
        if span.text in declared:
            return declared[span.text]
        if span.type in (None, "GROUP") and folded.endswith("s") and folded[:-1] in by_form \
                and by_form[folded[:-1]].type == "GROUP":
            return by_form[folded[:-1]]  # "the Houthis" after "Houthi-run"
        key = skeleton(span.text)
        if len(key) >= 4:
            for etype in ((span.type,) if span.type else ("PERSON", "PLACE", "ORG", "GROUP")):
                if (etype, key) in by_skeleton:
                    return by_skeleton[(etype, key)]
        if _ACRONYM.match(span.text) and span.type in (None, "ORG"):
            letters = span.text.replace(".", "")
            for entity in entities:
                if entity.type == "ORG" and _initials(entity.name) == letters:
                    return entity
        return None

    # Names the article itself implies: "North Darfur" makes "Darfur" a
    # place; a place "Karakalpakstan" makes "Karakalpak(s)" a people.
    implied: dict[str, EntityType] = {}
    for span in spans:
        if span.type == "PLACE":
            first, _, rest = span.text.partition(" ")
            if rest and first.casefold() in _COMPASS:
                implied[rest] = "PLACE"
            last = span.text.split()[-1]
            if last.endswith("stan") and len(last) > 7:
                implied[last[:-4]] = implied[last[:-4] + "s"] = "GROUP"
    for span in spans:
        if span.text in implied and (span.type is None or not span.strong):
            span.type, span.strong = implied[span.text], True

    # Multi-word, strongly typed spans first: they give the fullest forms.
    order = sorted(range(len(spans)), key=lambda i: (spans[i].type is None, " " not in spans[i].text, not spans[i].strong, i))
    for i in order:
        span = spans[i]
        entity = find(span)
        if entity is None:
            if span.type is None or (not span.strong and " " not in span.text):
                continue
            entity = _Entity(span.type)
            entities.append(entity)
        attach(entity, span)
        if span.alias_of:
            declared[span.alias_of] = entity
            by_form.setdefault(_fold(span.alias_of), entity)
    # Unresolved "known as" single words become aliases of the person before.
    for entity in entities:
        entity.mentions.sort()
    return [e for e in entities if e.mentions]


def _collect(entities: list[_Entity], paragraphs: Sequence[Paragraph], prose: list[int]) -> tuple[Entity, ...]:
    """Find every mention of every known form, in every paragraph."""
    forms: dict[str, _Entity] = {}
    for entity in entities:
        for form in entity.forms:
            forms.setdefault(form, entity)
    # Title-case lines (headline, subheadings) were not read for names: find
    # the known forms there. Only forms that occur in them go into the
    # pattern, which is compiled afresh (this article's own names are not
    # kept in the pattern cache) and so costs by its size.
    prose_set = set(prose)
    others = [index for index in range(len(paragraphs)) if index not in prose_set]
    titles = "\n".join(paragraphs[index].text for index in others)
    present = [form for form in forms if form in titles]
    if present:
        alternation = "|".join(re.escape(f) for f in sorted(present, key=len, reverse=True))
        finder = re.compile(rf"(?<![\w\-])(?:{alternation})(?![\w\-])")
        for index in others:
            for match in finder.finditer(paragraphs[index].text):
                forms[match.group()].mentions.append((index, match.start(), match.end()))
    result: list[Entity] = []
    for entity in entities:
        seen: set[tuple[int, int, int]] = set()
        mentions: list[Mention] = []
        for index, start, end in sorted(entity.mentions):
            if (index, start, end) in seen:
                continue
            seen.add((index, start, end))
            mentions.append(Mention(paragraphs[index].id, start, end))
        name = entity.name
        if entity.type == "PLACE" and name.isupper() and len(name) > 3 and name.title() in gazetteer().places:
            name = name.title()  # a dateline's capitals alone: "KYIV" is shown as "Kyiv"
        aliases = tuple(f for f in entity.forms if f != name)
        if name not in entity.forms:
            aliases = tuple(entity.forms)
        result.append(Entity(name, entity.type, aliases, tuple(mentions)))
    type_order = {t: n for n, t in enumerate(("PERSON", "PLACE", "ORG", "GROUP", "DATE"))}
    result.sort(key=lambda e: (type_order[e.type], -len(e.mentions), e.name))
    return tuple(result)
