"""The figures stage's vocabulary: numbers, qualifiers, harm words, the
patterns over them that reader.analysis.figures and figure_sources share,
and the small readers over them (sentences, numbers, amounts, tables)."""

from __future__ import annotations

import re

from reader import rx, tables
from reader.analysis import lexicon as lx
from reader.analysis.figure_harm import HARM_PHRASES, harm_or_toll, which
from reader.analysis.figure_numbers import NumberMatch
from reader.model import Figure, Paragraph

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from reader.model import Category, Qualifier

_VAGUE = {"dozens": (24, None), "scores": (40, None), "hundreds": (200, None), "thousands": (2000, None),
          "tens of thousands": (20000, None), "hundreds of thousands": (200000, None), "millions": (2000000, None)}
_QUALIFIERS: list[tuple[str, Qualifier]] = [
    (r"at least|no fewer than|a minimum of", "at least"),
    (r"more than|over|upwards of|in excess of|above", "more than"),
    ((r"up to|as many as|at most|no more than|fewer than|less than|could reach|may reach|might reach|could rise to|"
     r"may rise to|could climb to"), "up to"),  # (plain words only: the last word of each gates the search)
    ((r"about|around|approximately|roughly|some|nearly|almost|close to|closer to|nearer to|an estimated|estimated|"
      r"circa|"
     r"an approximate"), "about"),
]
_QUALIFIER = "|".join(f"(?P<q{n}>{p})" for n, (p, _) in enumerate(_QUALIFIERS))
# The last word of every qualifier phrase: a number after any other word has none.
_QUALIFIER_ENDS = frozenset(p.rpartition(" ")[2] for phrases, _ in _QUALIFIERS for p in phrases.split("|"))
_QUALIFIER_BEFORE = rx.compile(rf"(?:{_QUALIFIER})\s+[\"'\u201c\u2018]?$", re.IGNORECASE)
_HARM = HARM_PHRASES
# Word-set gates in front of the (much slower) harm pattern. Every harm
# phrase contains one of the trigger words (the words of its alternatives,
# bar the little ones that any sentence has), so a sentence without one
# needs no search; a sentence with one of the harm words that stand alone
# ("killed", "deaths") needs none either.
_LITTLE = frozenset({"to", "the", "their", "in", "of", "for", "a", "an", "at", "from", "on", "into", "up", "s", "ed"})
_HARM_TRIGGERS = frozenset(
    w for w in re.sub(r"\\[a-z]|\[[^\]]*\]|[^a-z]", " ", "|".join(_HARM.values())).split() if w not in _LITTLE
) | {"toll", "tolls", "death", "deaths", "detention", "detentions", "arrest", "arrests", "hospitalised",
     "hospitalized", "evacuees", "fatality", "lives", "custody", "treatment", "treated", "lost"}


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (a '|' inside a group stays)."""
    parts, depth, start = [], 0, 0
    for at, char in enumerate(pattern):
        if char == "(" and pattern[at - 1:at] != "\\":
            depth += 1
        elif char == ")" and pattern[at - 1:at] != "\\":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
    return [*parts, pattern[start:]]


_HARM_WORDS = frozenset(
    form for alternative in _alternatives("|".join([*_HARM.values(), "tolls?"]))
    if re.fullmatch(r"[a-z]+(?:s\?)?", alternative)
    for form in ((alternative[:-2], alternative[:-1]) if alternative.endswith("s?") else (alternative,))
)
_WORDS = rx.compile(r"[a-z]+")
# Words after a number that say it counts no people ("12 percent", "30 years", "5 km",
# "200 homes"): the whole word, "homes" not "homeless"; and "%", "per cent", "a.m.", "p.m.".
_UNIT_WORDS = frozenset(
    "percent year years year-old month months week weeks day days hour hours minute minutes second seconds km "
    "kilometer kilometers kilometre kilometres mile miles meter meters metre metres feet ton tons tonne tonnes kg "
    "seat seats times vote votes dollar dollars euro euros pound pounds shilling shillings ruble rubles rouble "
    "roubles yuan rupee rupees taka tenge billion trillion third thirds quarter quarters halves fifth fifths tenth "
    "tenths am pm degree degrees point points truck trucks vehicle vehicles boat boats aircraft plane planes tank "
    "tanks candidate candidates classroom classrooms school schools house houses home homes building buildings "
    "case cases round rounds shell shells rocket rockets missile missiles drone drones acre acres hectare hectares "
    "square car cars project projects job jobs deal deals bill bills plan plans proposal proposals flight flights "
    "store stores shop shops businesses companies firm firms contract contracts programme programmes program "
    "programs post posts position positions species trees animals cattle livestock sheep goats cows birds "
    "fish".split())
_UNIT_PHRASES = ("per cent", "a.m.", "p.m.")
_UNIT_WORD = rx.compile(r"\s*([A-Za-z]+)")


def _is_unit(after: str) -> bool:
    """Whether the text after a number starts with a unit, not people ("%", "years", "a.m.")."""
    if after.startswith("%"):
        return True
    word = _UNIT_WORD.match(after)
    if word is None:
        return False
    if word.group(1).lower() in _UNIT_WORDS:
        return True
    rest = after[word.start(1):word.start(1) + 10].lower()
    return any(rest.startswith(p) and not rest[len(p):len(p) + 1].isalpha() for p in _UNIT_PHRASES)


# Words that end the description of the people counted ("14 people were ...", "two men in ...")
_WHO_STOP = frozenset(
    "were was are is have has had who that which in on at during after when since over reported being said say "
    "says told badly seriously critically severely slightly lightly gravely fatally mortally overnight today "
    "yesterday tonight believed thought feared presumed understood whose went go gone goes accused from to by "
    "with as remain remained remains died and or but for across near while including among into before until "
    "because despite amid".split()) | {",", ";", ".", "(", "--", "-", "\u2013", "\u2014"}
_SAY = r"(?:said|says|say|told|reported|reports|report|announced|estimated|estimates|confirmed|stated|claimed|added|" \
       r"insisted|insist|documented|recorded|registered|counted|verified|accuses?|accused(?= [^.]{0,50}\bof\b)|" \
       r"alleged|" \
       r"puts?(?= the (?:total |overall |final |official )?(?:death )?(?:toll|number|figure))|" \
       r"gave(?= an? (?:\w+ )?(?:death )?(?:toll|figure)))"
_ATTRIBUTION = rx.compile(
    rf"(?i:according to)\s+(?P<after>[^,.;]+)|\b{_SAY}\b"
)
_CLAUSE_START = rx.compile(r".*(?:[,;:]|\bthat\b|\bwhile\b|\bwhen\b|^)\s*", re.DOTALL)
_APPOSITION_THAT = rx.compile(r",\s+(?:a|an|the)\s+[\w\s'\u2019-]{1,40}?\s+that\s*$")
_PREPOSITIONS = frozenset({"with", "after", "from", "of", "among", "including", "without", "amid", "despite", "for"})
_AUXILIARIES = frozenset({"has", "have", "had", "is", "was", "were", "are", "has also", "had also"})
_CONCESSIVE = rx.compile(r"^\s*(?:though|although|but|while|whereas|yet)\s+", re.IGNORECASE)
_PARTICIPLE_SUBJECT = rx.compile(r"(?:saying|adding|noting|explaining|stressing)\s+(?:that\s+)?(?:its|their|his|her)\s")
# "The army has rejected ...": a common noun as the sentence's subject
_COMMON_SUBJECT = rx.compile(r"The\s+[a-z]+(?:\s+[a-z]+)?(?=\s+(?:has|have|had|was|were|is|are|also|[a-z]+ed)\b)")
_SOURCE_TAIL = rx.compile(r"\s[-\u2013\u2014]\s+((?:the\s+)?[A-Za-z][\w.'&]*(?:\s+[A-Za-z][\w.'&]*){0,4})\s*$")
_CASE_NOUNS = {"detention": "detained", "detentions": "detained", "arrest": "detained", "arrests": "detained",
               "disappearance": "missing", "disappearances": "missing", "killing": "killed", "killings": "killed",
               "execution": "killed", "executions": "killed", "abduction": "other", "abductions": "other",
               "kidnapping": "other", "kidnappings": "other", "torture": "other", "rape": "other"}
_CASES_OF = rx.compile(rf"\s+cases\s+of\s+(?:[a-z-]+\s+){{0,2}}?({'|'.join(_CASE_NOUNS)})\b", re.IGNORECASE)
_RELATIVE = rx.compile(r"(?:which|who|whose|that)\b", re.IGNORECASE)
_PARTICIPLE_SAY = rx.compile(r",\s+(?:(?:while\s+)?(?:saying|adding|citing|acknowledging|admitting|conceding)|"
                             r"telling(?:\s+[\w-]+){1,4}?)\s+(?:that\s+)?(?=\S)")
_ASIDES = frozenset({"however", "meanwhile", "though", "too", "also", "instead", "separately", "nonetheless",
                     "nevertheless", "for their part", "for its part", "for his part", "for her part", "in turn",
                     "in contrast", "by contrast", "in a statement", "on the other hand", "now", "still", "today",
                     "previously", "initially", "earlier", "later"})
_APPOSITION_START = rx.compile(r"(?:a|an|the)\s+[a-z]")
_PROPER_NAME = rx.compile(r"[A-Z][\w.'\u2019-]*(?:\s+(?:(?:al|el|bin|ibn|de|da|van|von|der|of|of the)\s+)?"
                          r"[A-Z][\w.'\u2019-]*){1,4}")
_LEADING = rx.compile(r"^(?:(?:the|a|an|and|but|that|also|as|while|when|so|where|which|who)\s+)+", re.IGNORECASE)
_DISPUTE = rx.compile(
    r"\b(?:disput\w*|contest\w*|reject\w*|den(?:y|ies|ied)|fabricat\w*|undercount\w*|play(?:ing|ed)? down|"
    r"downplay\w*|inflat\w*|exaggerat\w*|much higher|far higher|significantly higher|may be higher|could be higher|"
    r"likely higher|is higher|was higher|were higher|be higher|is lower|was lower|are lower|were lower|be lower|"
    r"put (?:the|that|this) (?:number|figure|toll|count|total) (?:closer|nearer) to|real (?:figure|number|"
    r"count)s?|much lower|too (?:low|high)|(?:lower|higher) (?:death )?(?:toll|figure|count)|underestimat\w*|"
    r"understat\w*|real (?:death )?toll|actual (?:death )?toll|true (?:death )?toll|"
    r"questioned|doubt\w*|insist\w*|(?:likely|expected|feared|certain) to rise|hid(?:ing|den)? the|"
    r"conceal\w*|cover(?:ing|ed)? up|"
    # said to be false ("the report was false", "called the figures baseless"), not "false news"
    r"(?:was|were|is|are|as|it|them|figures|report|claims?)\s+(?:completely\s+|totally\s+|entirely\s+)?"
    r"(?:false|untrue|baseless|inaccurate)(?!\s+(?:news|information|reports?|claims?|statements?|rumou?rs?)))\b",
    re.IGNORECASE,
)
_DISPUTE_STEMS = ("disput", "contest", "reject", "den", "fabricat", "undercount", "play", "inflat", "exaggerat",
                  "higher", "lower", "toll", "put", "question", "doubt", "insist", "rise", "hid", "conceal", "cover",
                  "too ",
                  "underestimat", "understat", "false", "untrue", "baseless", "inaccurat")
_DISPUTE_GENERIC = rx.compile(r"\b(?:figures?|numbers?|claims?|counts?|tolls?|tally|statistics|reports?|charges?|"
                              r"accusations?|allegations?)\b|"
                              # "The company disputed that": what was just said
                              r"\b(?:disputed|disputes|rejected|rejects|denied|denies|contested|contests)\s+"
                              r"(?:that|this|it|those|these)\s*[,.;]", re.IGNORECASE)
# A sentence ends at . ! or ?, not at a decimal point ("6.5"); a footnote's
# number glued to its full stop ("unknown.16 The ...") ends it too.
_SENTENCE = rx.compile(r"(?:[^.!?]|(?<=\d)\.(?=\d))+(?:[.!?]+[\"'\u201d\u2019)\]]*(?:\d{1,3}(?=\s+[A-Z\"\u201c]))?|$)")
_ABBREV = rx.compile(r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|"
                     r"No|"
                     # US states as wires abbreviate them in datelines: "NASHVILLE, Tenn."
                     r"Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|"
                     r"Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.$")
_INCLUDING = rx.compile(r"\b(?:including|among them|of whom|of them)\s*$", re.IGNORECASE)
_AMONG_THE = rx.compile(r"(?:\bamong the |(?:^\s*|[.;:]\s*)of the |\b(?:those|the people|the ones) (?:who were )?|"
                        r"\bthe (?=(?:dead|killed|injured|wounded|missing|detained|victims) includ))"
                        r"(dead|killed|injured|wounded|missing|"
                        r"detained|arrested|held|victims)\b(?: (?:were|included|include|"
                        r"includes))?[^.]*$", re.IGNORECASE)
_HARM_NOUN_OF = rx.compile(r"\b(arrests?|detentions?|killings?|deaths?|abductions?|disappearances?|displacement|"
                          r"evacuation|injur(?:y|ies))\s+of\s*$", re.IGNORECASE)
_TOLL = rx.compile(r"\b(?:death toll|toll|number of (?:the )?dead|number of deaths)\b"
                   r"(?:(?!\b(?:because|as|after|when|while|but|since|although|and)\b)[^.]){0,40}$", re.IGNORECASE)
_RISEN_TO = rx.compile(r"\b(?:risen|rose|climbed|jumped|increased|reached|stands|stood|hit)(?:\s+(?:to|at))?\s*$",
                       re.IGNORECASE)
_TOLL_ROSE = rx.compile(r"\b(?:death toll|toll)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,140}?\b(?:risen|rose|climbed|jumped|"
                        r"increased|reached|stands|"
                        r"stood|hit)(?:\s+(?:to|at))?\s*$", re.IGNORECASE)
_LOST_BEFORE = rx.compile(r"\blost\s+(?:at least\s+|more than\s+|about\s+)?$", re.IGNORECASE)
_KIN = rx.compile(r"(?:\w+\s+)?(?:members|relatives|children|sons|daughters|brothers|sisters|grandchildren|"
                  r"family members|"
                  r"loved ones|colleagues)\b", re.IGNORECASE)
_LOST_KIN = rx.compile(r"\blost\s+(?:at least\s+|more than\s+|about\s+)?\S+\s+" + _KIN.pattern, re.IGNORECASE)
_TIME_GOES_ON = rx.compile(r"\s*(?:[a-z0-9(,;]|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|GMT|UTC|"
                           r"BST|CET|EST|EDT|CST|CDT|PST|PDT|ET|PT|IST|local)\b)")
_WHERE_ASIDE = rx.compile(r"^\s*(?:in|from|at|near|across)\s+(?:the\s+)?"
                          r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}"
                          r"(?=\s+(?:have|has|had|were|was|are|is|remain)\b)")
_INCLUDING_AND = rx.compile(r"\b(?:including|among them|of whom)\s+[^,;.]{1,40}\band\s+$", re.IGNORECASE)
_AND_BEFORE = rx.compile(r"\band\s+$")
_PLACE_AFTER = rx.compile(r"\s*(?:in|from|across)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]")
_PARTICIPLE = rx.compile(r"[a-z]+ed|taken|given|sent|held|brought|found|put|kept|left|flown|driven|shown|seen|"
                         r"still|also|now|being|in|at|on")
_SAID_PRONOUN = rx.compile(r"\s+(?:said|says|say|told \w+|added|reported)\s+(?:that\s+)?(?:it|they|he|she|we)$|"
                           r"\s+based on\b.*$")
_INTERVIEWED_BY = rx.compile(r"\b(?:interviewed|gathered|collected|documented|verified|"
                             r"compiled) by\s+(?:the\s+)?(?=[A-Z])")
_SOURCE_INTRO = rx.compile(r"^(?:(?:the|a|an)\s+)?(?:(?:latest|new|official|own|preliminary)\s+)?(?:figures|data|tally|"
                           r"count|statistics|records|numbers|estimates?|reports?|statements?|posts?|tweets?|"
                           r"bulletins?|updates?|briefings?)\s+(?:(?:compiled|gathered|collected|"
                           r"published|released|kept|provided|issued)\s+)?(?:by|from)\s+", re.IGNORECASE)
_WHO_ASIDE = rx.compile(r"^\s*who\s+[^,.;]{1,120}?(?=\s+(?:(?:were|was|are|is|remain|remained)\s+(?:\w+\s+){0,2}?"
                        r"(?:found dead|killed|dead|injured|wounded|missing|detained|arrested|hurt)|"
                        r"(?:later\s+)?(?:succumbed|died))\b)")  # ("... who were injured on Friday succumbed")
_OF_THE_THEN_DIED = rx.compile(r"\s+of the (?:wounded|injured|hurt)\s+(?:\w+\s+){0,2}?(?:died|succumbed)\b",
                               re.IGNORECASE)
_RESTATED = rx.compile(r"\b[Tt]he\s+$")
_TREATED_BEFORE = rx.compile(r"\b(?:treated|treating)\s+(?:at least\s+|more than\s+|about\s+|"
                             r"some\s+|nearly\s+|over\s+)?$", re.IGNORECASE)
_RATIO_AFTER = rx.compile(r"\s+out\s+of\s+(?:\d|ten\b|five\b|four\b|three\b|every\b)", re.IGNORECASE)
_RATIO_BEFORE = rx.compile(r"\bout\s+of\s+$", re.IGNORECASE)
_CAUSE_BEFORE = rx.compile(r"\b(?:from|of|after|in)\s+(?:the\s+)?$", re.IGNORECASE)
_TOLL_AT = rx.compile(r"\b(?:death toll|toll|casualties|tally|number of (?:the )?(?:dead|deaths|wounded|injured|"
                      r"missing|"
                      r"detained|arrested|displaced|casualties))\b[^.]{0,30}\bat\s*$",
                      re.IGNORECASE)
_LABEL_BEFORE = rx.compile(r"\b(?:death toll|toll|(dead|deaths|killed|injured|wounded|missing|detained|arrested|"
                           r"displaced|"
                           r"evacuated|casualties))\s*:\s*$", re.IGNORECASE)
_PAREN_SOURCE = rx.compile(r"\+?\s*\(([^()]{2,60})\)")
_TABLE_LABEL = rx.compile(r"(?:number of )?(?:deaths?|dead|killed|fatalities|injured|injuries|wounded|missing|detained|"
                          r"arrested|arrests|displaced|evacuated)(?:\s*\([^)]*\))?", re.IGNORECASE)
_TABLE_NUMBER = rx.compile(r"\d{1,3}(?:,\d{3})+|\d+")
# A capitalised word right before the number: the number is part of a name,
# unless the word is a little word or a qualifier ("The 12 miners", "Some 300").
_NAME_BEFORE = rx.compile(r"(?:^|[\s\"\u201c(])([A-Z][a-z]{2,}) $")
_NOT_A_NAME = lx.FUNCTION_WORDS | {w.lower() for w in (*lx.WEEKDAYS, *lx.MONTHS)} | {
    w for phrases, _ in _QUALIFIERS for phrase in phrases.split("|") for w in phrase.split()} | {
    "exactly", "barely", "perhaps", "only", "just", "another", "those", "these", "all", "total", "totalling"}
_TO_PRISON = rx.compile(r"\W*to\s+(?:[\w-]+\s+){0,3}?(?:prison|jail|imprisonment|years|life)\b", re.IGNORECASE)
_NOT_A_COUNT_BEFORE = rx.compile(
    r"(?:[$\u20ac\u00a3\u00a5\u20b9\u20a6]|\b(?:No|number|aged|age|page|Article|Section|at|Rs|INR|KSh|Tk|PKR|NGN|"
    r"magnitude|[Mm]agnitude-)\.?|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)|"
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)\s*$")
_PEOPLE_OF = rx.compile(r"\s+(?:people|of)\b")
_UNIT_HYPHEN = rx.compile(r"-(?:year|month|day|week|hour|kilomet|metre|meter|mile)")
_AGE_OR_TIME = rx.compile(r"\s*[,)]?\s*(?:\d|a\.m|p\.m)")
_AND_NOUN_VERB = rx.compile(r"\s*and\s+[a-z]+\s+(?:were|was|are|had|have|said|told|say|says|reported)\b")
_SPACES = rx.compile(r"\s+")
_TRAILING_ADVERB = rx.compile(r"\s+(?:also|later|had|has|have|would|will|then|again|now|still|previously|initially|"
                              r"earlier|separately|today)$")
_TRAILING_DAY = rx.compile(r"\s+(?:on|in|at)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$")
_DEATH_WORDS = rx.compile(r"\b(?:toll|death|dead|victims)\b", re.IGNORECASE)
_OF_THEM = rx.compile(r"\s+of (?:them|whom|those)\b", re.IGNORECASE)
_HARM_ADJECTIVE = rx.compile(r"\s+(injured|wounded|dead|missing|detained|arrested|displaced|trapped|"
                             r"jailed)\s+(?=[a-z])",
                             re.IGNORECASE)
_ONE_PERSON_AFTER = rx.compile(r"\s+((?:(?:\d+|[a-z]+)-year-old\s+|young\s+|teenage\s+|little\s+|"
                               r"pregnant\s+)?[a-z]+(?: officer| worker)?)")
_INCLUDING_ASIDE = rx.compile(r"^\s*,?\s*(?:including|among them|of whom|(?:most|many|all|some|several|"
                              r"half) of (?:them|whom)|"
                              r"mostly|mainly)[^,.;]{1,60},(?!\s*(?:who|which|that)\b)", re.IGNORECASE)
# ("38 migrants, most of them from X, drowned"; not "mothers, most of them Tamil, who have held a protest")
_AND_OTHERS = rx.compile(r"^\s*and\s+(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"\d+)\s+)?[a-z]+(?:\s+[a-z]+)?"
                         r"(?=\s+(?:were|was|are|have|had)\b)", re.IGNORECASE)
_WERE_WHO = rx.compile(r"\s+(?:were|was)\s+((?!(?:being|also|not|still|later|then|reportedly|seriously|critically|"
                       r"badly|severely|slightly|lightly|gravely|mortally)\b)[a-z]+(?<!ed)"
                       r"(?:\s+(?!and\b|in\b|on\b|at\b)[a-z]+(?<!ed))?)\s*[,.;]")
_OF_THE_HARMED = rx.compile(r"\s+of the (dead|killed|injured|wounded|missing|detained|arrested|displaced)\s+"
                            r"(?:were|was|are|is|included)\s+", re.IGNORECASE)
_YEARISH = rx.compile(r"^(?:1[89]|20)\d\d$")

def _sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE.finditer(text):
        end = match.end()
        piece = text[start:end]
        if end < len(text):
            if _ABBREV.search(piece.rstrip()):
                continue  # "U.S." or "Tenn." is not a sentence end
            if piece.endswith(("a.", "p.")) and text.startswith("m.", end):
                continue  # the "a." of "a.m."
            if piece.endswith(("a.m.", "p.m.")) and _TIME_GOES_ON.match(text, end):
                continue  # "2 a.m. Sunday", "10 a.m. local time"; but "2 a.m. The ministry said" ends one
        if piece.strip():
            spans.append((start, end))
        start = end
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _to_int(text: str) -> int | None:
    text = text.strip().lower()
    multiplier = 1
    for word, factor in (("million", 1_000_000), ("thousand", 1000), ("lakhs", 100_000), ("lakh", 100_000),
                         ("crores", 10_000_000), ("crore", 10_000_000)):  # (lakh and crore: India's 100,000 and 10m)
        if text.endswith(word) and text[0].isdigit():
            text, multiplier = text[: -len(word)].strip(), factor
            break
    if multiplier > 1 and _DECIMAL_COMMA.fullmatch(text):
        text = text.replace(",", ".")  # "2,8 million"
    text = _GROUPING.sub("", text)
    try:
        return int(float(text) * multiplier)
    except ValueError:
        pass
    try:
        from text_to_num import text2num  # number words: "twenty-one", "three hundred"

        return int(text2num(text.replace(" ", "-") if " " not in text.strip() else text, "en"))
    except (ImportError, ValueError):
        return None


_DECIMAL_COMMA = rx.compile(r"\d{1,3},\d{1,2}")
_GROUPING = rx.compile(r"[,\u00a0\u202f]|(?<=\d) (?=\d)")


def _qualifier(match: re.Match[str] | None) -> Qualifier:
    if match is not None:
        for n, (_, q) in enumerate(_QUALIFIERS):
            if match.group(f"q{n}"):
                return q
    return "exact"


def _harm_in(sentence: str) -> bool:
    words = set(_WORDS.findall(sentence.lower()))
    if not words.isdisjoint(_HARM_WORDS):
        return True
    return not words.isdisjoint(_HARM_TRIGGERS) and (harm_or_toll(sentence)
                                                      or "lost" in words and _LOST_KIN.search(sentence) is not None)


def _may_dispute(text: str) -> bool:
    """Cheap gate in front of _DISPUTE: every cue holds one of these."""
    low = text.lower()
    return any(stem in low for stem in _DISPUTE_STEMS)


def _table_columns(text: str) -> tuple[int, dict[int, Category]] | None:
    """A table's header row with harm columns ("Province | Deaths | Injured"):
    (the number of cells, the category of each harm column)."""
    names = tables.header(text)
    if names is None:
        return None
    columns = {n: _which(name) for n, name in enumerate(names) if _TABLE_LABEL.fullmatch(name)}
    return (len(names), columns) if columns else None


def _table_row(paragraph: Paragraph, table: tuple[int, dict[int, Category]]) -> list[Figure]:
    """A row under such a header: a figure for each harm column's number."""
    size, columns = table
    row = tables.cells(paragraph.text)
    if len(row) != size:
        return []
    found: list[Figure] = []
    for n, (start, cell) in enumerate(row):
        if n in columns and _TABLE_NUMBER.fullmatch(cell):
            count = int(cell.replace(",", ""))
            found.append(Figure(count=count, low=count, high=count, category=columns[n], qualifier="exact", who=None,
                                source=None, disputed=False, quote=paragraph.text, paragraph=paragraph.id,
                                start=start, end=start + len(cell), rule="table_column"))
    return found


def _which(text: str) -> Category:
    return which(text)


def _amount(match: NumberMatch, qualifier_match: re.Match[str] | None
            ) -> tuple[int | None, int | None, int | None, Qualifier]:
    qualifier = _qualifier(qualifier_match)
    if match.group("range") or match.group("span"):
        low = _to_int(match.group("lo") or match.group("lo2"))
        high = _to_int(match.group("hi") or match.group("hi2"))
        return None, low, high, "about" if qualifier == "exact" else qualifier
    if match.group("vague"):
        low, high = _VAGUE[_SPACES.sub(" ", match.group("vague").lower())]
        return None, low, high, "vague"
    if match.group("dozen"):
        phrase = _SPACES.sub(" ", match.group("dozen").lower())
        value = {"a dozen": 12, "half a dozen": 6, "a score": 20, "a hundred": 100, "a thousand": 1000}.get(
            phrase) or 12 * (_to_int(phrase.split()[0]) or 1)
        return value, value, value if qualifier == "exact" else None, "about" if qualifier == "exact" else qualifier
    number = _to_int(match.group("num"))
    if number is None:
        return None, None, None, qualifier
    high = number if qualifier in ("exact", "up to") else None
    low = number if qualifier in ("exact", "at least", "more than") else None
    if qualifier == "about":
        low = high = None
    return number, low, high, qualifier
