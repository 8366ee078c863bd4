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
from reader.analysis import lexicon as lx
from reader.analysis.notes import QUOTE_OPENERS
from reader.analysis.notes import words as word_count
from reader.model import Figure, Paragraph

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from reader.model import Category, Qualifier

_WORD_NUMBER = (r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?:\s+(?:hundred|thousand|million))?"
                # "one hundred and twelve"
                r"(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?=\s+(?:people|persons|of|were|was|had|"
                r"have|civilians|children|dead|killed|injured|wounded|missing)\b))?)")
# Digits: "1,200", India's "1,20,000", "12 000" (a European writer's space,
# or a no-break space), and "2,8 million" (a decimal comma before millions).
_DIGITS = (r"(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|"
           r"\d{1,3},\d{1,2}(?=\s+million)|\d+)(?:\.\d+)?(?:\s+(?:million|thousand|lakhs?|crores?))?")
# Nouns that name one person ("a 58-year-old man", "one police officer",
# "including a two-year-old girl"): one list for every pattern that counts one.
_PERSON_NOUN = (r"(?:man|woman|boy|girl|child|baby|toddler|infant|teenager|person|civilian|resident|soldier|"
                r"police officer|policeman|policewoman|officer|firefighter|rescuer|journalist|reporter|photographer|"
                r"worker|aid worker|farmer|student|driver|passenger|migrant|prisoner|detainee|protester|guard|nurse|"
                r"doctor|paramedic|dealer|suspect|pedestrian|motorist|villager|shepherd|fisherman|pensioner|"
                r"volunteer|teacher)")
_VAGUE = {"dozens": (24, None), "scores": (40, None), "hundreds": (200, None), "thousands": (2000, None),
          "tens of thousands": (20000, None), "hundreds of thousands": (200000, None), "millions": (2000000, None)}
_QUALIFIERS: list[tuple[str, Qualifier]] = [
    (r"at least|no fewer than|a minimum of", "at least"),
    (r"more than|over|upwards of|in excess of|above", "more than"),
    (r"up to|as many as|at most|no more than|fewer than|less than|could reach|may reach|might reach|could rise to|"
     r"may rise to|could climb to", "up to"),  # (plain words only: the last word of each gates the search)
    (r"about|around|approximately|roughly|some|nearly|almost|close to|closer to|nearer to|an estimated|estimated|circa|"
     r"an approximate", "about"),
]
_QUALIFIER = "|".join(f"(?P<q{n}>{p})" for n, (p, _) in enumerate(_QUALIFIERS))
# The number itself; its qualifier ("at least", "more than") is read from
# the words just before it. The look-behind rejects, at once, every
# position inside a word or a number ("someone", "1.5"): without it the
# engine tries the whole alternation there, four times slower.
_NUMBER = rx.compile(
    rf"(?<![\w.,])(?:(?P<range>between\s+(?P<lo>{_DIGITS}|{_WORD_NUMBER})\s+and\s+(?P<hi>{_DIGITS}|{_WORD_NUMBER}))"
    rf"|(?P<span>(?P<lo2>{_DIGITS})\s*(?:-|\u2013|to)\s*(?P<hi2>{_DIGITS}))"
    rf"|(?P<vague>(?:tens|hundreds)\s+of\s+thousands|dozens|scores|hundreds|thousands|millions)"
    rf"|(?P<dozen>a\s+dozen|half\s+a\s+dozen|a\s+score|a\s+hundred|a\s+thousand|"
    rf"(?:two|three|four|five|six|seven|eight|nine|ten)\s+dozen)"
    # "including a 7-year-old girl": one person, counted among the figure before
    rf"|(?:(?<=including )|(?<=among them )|(?<=among them, ))(?P<one>an?)(?=\s+(?:(?:\d+|[a-z]+)-year-old\s+|"
    rf"young\s+|teenage\s+|little\s+|pregnant\s+)?{_PERSON_NOUN}\b)"
    rf"|(?P<num>{_DIGITS}|{_WORD_NUMBER}))\b[\"'\u201d\u2019]?",
    re.IGNORECASE,
)
# The last word of every qualifier phrase: a number after any other word has none.
_QUALIFIER_ENDS = frozenset(p.rpartition(" ")[2] for phrases, _ in _QUALIFIERS for p in phrases.split("|"))
_QUALIFIER_BEFORE = rx.compile(rf"(?:{_QUALIFIER})\s+[\"'\u201c\u2018]?$", re.IGNORECASE)
_HARM = {
    "killed": r"killed|killing|kills|dead|died|dying|deaths?|slain|murdered|executed|perished|lost their lives|"
              r"fatalities|fatally|massacred|shot dead|bodies|drowned|drowning|electrocuted|beheaded|lynched|"
              r"suffocated|burned to death|crushed to death|martyred|succumbed to (?:their|his|her) (?:injuries|wounds)|"
              r"succumbed|eliminated|liquidated|neutrali[sz]ed",
    "wounded": r"wounded|wounding|injured|injuring|injuries|hurt|maimed|hospitali[sz]ed|needed (?:medical )?treatment|"
               r"treated for|treated in hospital|treated at|taken to hospitals?|burns|wounds|"
               r"undergoing treatment|receiving treatment|being treated|admitted to (?:the |a )?hospitals?",
    "detained": r"detained|detaining|detentions?|arrested|arresting|arrests?|jailed|imprisoned|taken into custody|"
                r"in custody|rounded up|held(?! hostage)|behind bars|jails|jailing",
    "missing": r"missing|unaccounted for|disappeared|vanished|trapped|feared trapped|(?:still )?under (?:the )?rubble",
    "displaced": r"displaced|evacuated|evacuees|fled|homeless|forced from their homes|driven from their homes|"
                 r"made homeless|uprooted|to (?:leave|flee|abandon) their homes|to (?:evacuate|flee)|from their homes|"
                 r"(?:moved|taken|relocated|sent) to (?:[a-z]+ )?(?:camps?|shelters?|centres?|centers?)|"
                 r"spent (?:the|a|at least one|one|several|two|three) nights? (?:in tents|in shelters|outdoors|in the open|in (?:their )?cars)|"
                 r"sleeping (?:in tents|outdoors|rough|in the open|in (?:their )?cars)|"
                 r"(?:sheltering|taking shelter|taken shelter|living|staying) (?:in|at) (?:\d+ )?(?:evacuation |accommodation |temporary |"
                 r"displacement |relief )?(?:centres|centers|shelters|camps|sites|schools)",
    "other": r"abducted|abducting|kidnapped|kidnapping|tortured|raped|sentenced|convicted|deported|deporting|expelled|expelling|beaten|ill-treated|"
             r"taken hostage|held hostage",
}
_HARM_RX = {cat: rx.compile(rf"\b(?:{p})\b", re.IGNORECASE) for cat, p in _HARM.items()}
_ANY_HARM = rx.compile(rf"\b(?:{'|'.join(_HARM.values())})\b", re.IGNORECASE)
_LINK = r"(?:\s+(?:were|was|are|is|have|has|had|been|being|be|reportedly|also|later|still|all|now|remain|remained|" \
        r"remains|left|reported|confirmed|feared|believed|presumed|thought|understood|to|found|who|people|in|the|country|" \
        r"seriously|critically|badly|severely|slightly|lightly|gravely|mortally|allegedly|initially|subsequently|" \
        r"said|told|us|they|that|say|says|reportedly|among|estimated|went|gone|" \
        r"were))*"
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
_HARM_OR_TOLL = rx.compile(rf"\b(?:{'|'.join(_HARM.values())}|tolls?)\b", re.IGNORECASE)
_RIGHT_HARM = rx.compile(rf"^{_LINK}\s+(?:{'|'.join(_HARM.values())})\b", re.IGNORECASE)
_UNIT = rx.compile(
    r"^(?:%|\s*(?:percent|per cent|years?|year-old|months?|weeks?|days?|hours?|minutes?|seconds?|km|kilomet(?:er|re)s?|"
    r"miles?|met(?:er|re)s?|feet|tons?|tonnes?|kg|seats?|times|votes?|dollars?|euros?|pounds?|shillings?|rubles?|"
    r"roubles?|yuan|rupees?|taka|tenge|billion|trillion|thirds?|quarters?|halves|fifths?|tenths?|a\.m\.|p\.m\.|am\b|pm\b|degrees?|points?|trucks?|vehicles?|"
    r"boats?|aircraft|planes?|tanks?|candidates?|classrooms?|schools?|houses?|homes?|buildings?|cases?|rounds?|"
    r"shells?|rockets?|missiles?|drones?|acres?|hectares?|square|cars?|(?:projects?|jobs?|deals?|bills?|plans?|"
    r"proposals?|flights?|stores?|shops?|businesses|companies|firms?|contracts?|programmes?|programs?|posts?|"
    r"positions?|species|trees|animals|cattle|livestock|sheep|goats|cows|birds|fish)\b)(?![a-z]))", re.IGNORECASE)
# (the whole word: "homes", not "homeless")
_WHO_STOP = rx.compile(r"^(?:were|was|are|is|have|has|had|who|that|which|in|on|at|during|after|when|since|over|"
                       r"reported|being|said|say|says|told|badly|seriously|critically|severely|slightly|lightly|"
                       r"gravely|fatally|mortally|overnight|today|yesterday|tonight|believed|thought|feared|"
                       r"presumed|understood|whose|went|go|gone|goes|accused|"
                       r"from|to|by|with|as|remain|remained|remains|died|and|or|but|,|;|\.|for|across|near|while|"
                       r"including|among|into|before|until|because|despite|amid|\(|--|-|\u2013|\u2014)$", re.IGNORECASE)
_SAY = r"(?:said|says|say|told|reported|reports|report|announced|estimated|estimates|confirmed|stated|claimed|added|" \
       r"insisted|insist|documented|recorded|registered|counted|verified|accuses?|accused(?= [^.]{0,50}\bof\b)|alleged|" \
       r"puts?(?= the (?:total |overall |final |official )?(?:death )?(?:toll|number|figure))|gave(?= an? (?:\w+ )?(?:death )?(?:toll|figure)))"
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
    r"put (?:the|that|this) (?:number|figure|toll|count|total) (?:closer|nearer) to|real (?:figure|number|count)s?|much lower|too (?:low|high)|(?:lower|higher) (?:death )?(?:toll|figure|count)|underestimat\w*|understat\w*|real (?:death )?toll|actual (?:death )?toll|true (?:death )?toll|"
    r"questioned|doubt\w*|insist\w*|(?:likely|expected|feared|certain) to rise|hid(?:ing|den)? the|"
    r"conceal\w*|cover(?:ing|ed)? up|"
    # said to be false ("the report was false", "called the figures baseless"), not "false news"
    r"(?:was|were|is|are|as|it|them|figures|report|claims?)\s+(?:completely\s+|totally\s+|entirely\s+)?"
    r"(?:false|untrue|baseless|inaccurate)(?!\s+(?:news|information|reports?|claims?|statements?|rumou?rs?)))\b",
    re.IGNORECASE,
)
_DISPUTE_STEMS = ("disput", "contest", "reject", "den", "fabricat", "undercount", "play", "inflat", "exaggerat",
                  "higher", "lower", "toll", "put", "question", "doubt", "insist", "rise", "hid", "conceal", "cover", "too ",
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
                        r"detained|arrested|held|victims)\b(?: (?:were|included|include|includes))?[^.]*$", re.IGNORECASE)
_HARM_NOUN_OF = rx.compile(r"\b(arrests?|detentions?|killings?|deaths?|abductions?|disappearances?|displacement|"
                          r"evacuation|injur(?:y|ies))\s+of\s*$", re.IGNORECASE)
_TOLL = rx.compile(r"\b(?:death toll|toll|number of (?:the )?dead|number of deaths)\b"
                   r"(?:(?!\b(?:because|as|after|when|while|but|since|although|and)\b)[^.]){0,40}$", re.IGNORECASE)
_RISEN_TO = rx.compile(r"\b(?:risen|rose|climbed|jumped|increased|reached|stands|stood|hit)(?:\s+(?:to|at))?\s*$",
                       re.IGNORECASE)
_TOLL_ROSE = rx.compile(r"\b(?:death toll|toll)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,140}?\b(?:risen|rose|climbed|jumped|increased|reached|stands|"
                        r"stood|hit)(?:\s+(?:to|at))?\s*$", re.IGNORECASE)
_LOST_BEFORE = rx.compile(r"\blost\s+(?:at least\s+|more than\s+|about\s+)?$", re.IGNORECASE)
_KIN = rx.compile(r"(?:\w+\s+)?(?:members|relatives|children|sons|daughters|brothers|sisters|grandchildren|family members|"
                  r"loved ones|colleagues)\b", re.IGNORECASE)
_LOST_KIN = rx.compile(r"\blost\s+(?:at least\s+|more than\s+|about\s+)?\S+\s+" + _KIN.pattern, re.IGNORECASE)
_TIME_GOES_ON = rx.compile(r"\s*(?:[a-z0-9(,;]|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|GMT|UTC|"
                           r"BST|CET|EST|EDT|CST|CDT|PST|PDT|ET|PT|IST|local)\b)")
_WHERE_ASIDE = rx.compile(r"^\s*(?:in|from|at|near|across)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}"
                          r"(?=\s+(?:have|has|had|were|was|are|is|remain)\b)")
_INCLUDING_AND = rx.compile(r"\b(?:including|among them|of whom)\s+[^,;.]{1,40}\band\s+$", re.IGNORECASE)
_AND_BEFORE = rx.compile(r"\band\s+$")
_PAIRED_COUNT = rx.compile(rf"\s+(?:and|or)\s+(?:about\s+|some\s+)?\d[\d,.]*\s+(?:[\w-]+\s+){{0,2}}?"
                           rf"((?:{'|'.join(_HARM.values())}))\b", re.IGNORECASE)
_HARM_LIST_BEFORE = rx.compile(rf"\b(?:{'|'.join(_HARM.values())})\s+(?:[\w'-]+\s+){{1,6}}and\s+$", re.IGNORECASE)
_PLACE_AFTER = rx.compile(r"\s*(?:in|from|across)\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z]")
_PARTICIPLE = rx.compile(r"[a-z]+ed|taken|given|sent|held|brought|found|put|kept|left|flown|driven|shown|seen|"
                         r"still|also|now|being|in|at|on")
_SAID_PRONOUN = rx.compile(r"\s+(?:said|says|say|told \w+|added|reported)\s+(?:that\s+)?(?:it|they|he|she|we)$|"
                           r"\s+based on\b.*$")
_INTERVIEWED_BY = rx.compile(r"\b(?:interviewed|gathered|collected|documented|verified|compiled) by\s+(?:the\s+)?(?=[A-Z])")
_SOURCE_INTRO = rx.compile(r"^(?:(?:the|a|an)\s+)?(?:(?:latest|new|official|own|preliminary)\s+)?(?:figures|data|tally|"
                           r"count|statistics|records|numbers|estimates?|reports?|statements?|posts?|tweets?|bulletins?|updates?|briefings?)\s+(?:(?:compiled|gathered|collected|"
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
_TOLL_AT = rx.compile(r"\b(?:death toll|toll|casualties|tally|number of (?:the )?(?:dead|deaths|wounded|injured|missing|"
                      r"detained|arrested|displaced|casualties))\b[^.]{0,30}\bat\s*$",
                      re.IGNORECASE)
_COUNT_OF_HARMED = rx.compile(
    rf"\b(?:(?:number|total|tally|count) of|total(?: number of)?) (?:[a-z]+ ){{0,3}}?({'|'.join(_HARM.values())})\b[^.]{{0,60}}"
    r"\b(?:to|at|reached|of|is|was|stood at|stands at)\s*$", re.IGNORECASE)
_COUNT_OF_HARMED_FAR = rx.compile(
    rf"\b(?:number|total|tally|count) of (?:[a-z]+ ){{0,3}}?({'|'.join(_HARM.values())})\b[^.;]{{0,150}}?"
    r"\b(?:risen|rose|climbed|jumped|increased|reached|stands|stood|hit)(?:\s+(?:to|at))?\s*$", re.IGNORECASE)
_LABEL_BEFORE = rx.compile(r"\b(?:death toll|toll|(dead|deaths|killed|injured|wounded|missing|detained|arrested|displaced|"
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
_LEFT_VERB = rx.compile(rf"\b(?:{'|'.join(_HARM.values())})\s*$", re.IGNORECASE)
_NOT_A_COUNT_BEFORE = rx.compile(
    r"(?:[$\u20ac\u00a3\u00a5\u20b9\u20a6]|\b(?:No|number|aged|age|page|Article|Section|at|Rs|INR|KSh|Tk|PKR|NGN|"
    r"magnitude|[Mm]agnitude-)\.?|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)|"
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)\s*$")
_PEOPLE_OF = rx.compile(r"\s+(?:people|of)\b")
_ONE_PERSON = rx.compile(rf"\s+{_PERSON_NOUN}\b")
_UNIT_HYPHEN = rx.compile(r"-(?:year|month|day|week|hour|kilomet|metre|meter|mile)")
_AGE_OR_TIME = rx.compile(r"\s*[,)]?\s*(?:\d|a\.m|p\.m)")
_AND_NOUN_VERB = rx.compile(r"\s*and\s+[a-z]+\s+(?:were|was|are|had|have|said|told|say|says|reported)\b")
_SPACES = rx.compile(r"\s+")
_TRAILING_ADVERB = rx.compile(r"\s+(?:also|later|had|has|have|would|will|then|again|now|still|previously|initially|"
                              r"earlier|separately|today)$")
_TRAILING_DAY = rx.compile(r"\s+(?:on|in|at)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$")
_DEATH_WORDS = rx.compile(r"\b(?:toll|death|dead|victims)\b", re.IGNORECASE)
_OF_THEM = rx.compile(r"\s+of (?:them|whom|those)\b", re.IGNORECASE)
_HARM_ADJECTIVE = rx.compile(r"\s+(injured|wounded|dead|missing|detained|arrested|displaced|trapped|jailed)\s+(?=[a-z])",
                             re.IGNORECASE)
_ONE_PERSON_AFTER = rx.compile(r"\s+((?:(?:\d+|[a-z]+)-year-old\s+|young\s+|teenage\s+|little\s+|pregnant\s+)?[a-z]+(?: officer| worker)?)")
_INCLUDING_ASIDE = rx.compile(r"^\s*,?\s*(?:including|among them|of whom|(?:most|many|all|some|several|half) of (?:them|whom)|"
                              r"mostly|mainly)[^,.;]{1,60},(?!\s*(?:who|which|that)\b)", re.IGNORECASE)
# ("38 migrants, most of them from X, drowned"; not "mothers, most of them Tamil, who have held a protest")
_AND_OTHERS = rx.compile(r"^\s*and\s+(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?[a-z]+(?:\s+[a-z]+)?"
                         r"(?=\s+(?:were|was|are|have|had)\b)", re.IGNORECASE)
_WERE_WHO = rx.compile(r"\s+(?:were|was)\s+((?!(?:being|also|not|still|later|then|reportedly|seriously|critically|badly|severely|slightly|lightly|gravely|mortally)\b)[a-z]+(?<!ed)"
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
    return not words.isdisjoint(_HARM_TRIGGERS) and (_HARM_OR_TOLL.search(sentence) is not None
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
                                start=start, end=start + len(cell)))
    return found


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
        harmed = not _HARM_TRIGGERS.isdisjoint(_WORDS.findall(text.lower()))
        if not harmed and not (figures and _may_dispute(text) and _DISPUTE.search(text)):
            continue  # no harm word, no figure; no cue, nothing to dispute
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
            if any(args["source"] is None for args, _ in found) and _PRONOUN_SAID.search(sentence):
                # "He said four more people were trapped": the speaker named before, in this
                # paragraph, or else the last person the paragraph before named
                named = _named_before(text, spans[:number]) or (_last_person(paragraphs[at - 1].text) if at else None)
                for args, _ in found:
                    args["source"] = args["source"] or named
                found = [(args, args["source"]) for args, _ in found]
            opens_quote = sentence.lstrip().startswith(QUOTE_OPENERS)
            if quoted_by and opens_quote and any(args["source"] is None for args, _ in found) \
                    and not _attributions(sentence):
                # '"Four died," she said. "Seven officers were hurt."': the quotation goes on
                found = [(args, args["source"] or quoted_by) for args, _ in found]
                for args, source in found:
                    args["source"] = source
            quoted_by = next((a for _, a in found if a), quoted_by) if opens_quote else None
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
                figures.append(Figure(quote=sentence.strip(), paragraph=paragraph.id, start=s_start + start,
                                      end=s_start + end, **figure_args))
                sources.append(attrib)
            if cues and figures:
                _disputes(figures, sources, paragraph.id, sentence, len(found), s_start)
    if figures:
        figures = _box_restated(figures, {p.id: word_count(p.text) for p in paragraphs})
    if not figures and any(p.section == "s1" for p in paragraphs):
        # A bulletin whose only counts are in its headline ("BREAKING: At least 12 killed ..."): those.
        return find_figures([replace(p, section="s0") for p in paragraphs if p.section == "s1"])
    return tuple(figures)


# A count of the same people as the sentence before: "Local leaders put the
# number closer to 3,000", "Rights groups estimate the figure at over 300".
_POINTS_BACK = rx.compile(r"\b(?:put|puts|putting|place[sd]?|placing|estimated?|estimates|estimating)\s+(?:the|that|this)\s+"
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


def _title_case(sentence: str) -> bool:
    """A headline in title case ("Quake Toll Hits 300"): its capitals name nothing."""
    long_words = [w for w in sentence.split() if len(w) > 3 and w[0].isalpha()]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


def _in_sentence(sentence: str, carried: Category | None = None):
    """The figures of one sentence; ``carried`` is the category of the
    previous sentence's last figure, for "the number" that points back."""
    attributions = _attributions(sentence)
    previous_category: Category | None = None
    for match in _NUMBER.finditer(sentence):
        start, end = match.span()
        if start and (sentence[start - 1].isalnum() or sentence[start - 1] in ".,"):
            continue  # inside a word ("someone") or a number ("1.5")
        if start and sentence[start - 1] in "\"'\u201c\u2018":
            start -= 1
        last = sentence[max(0, start - 16):start].rstrip(" \"'\u201c\u2018").rpartition(" ")[2].lower()
        qualifier = _QUALIFIER_BEFORE.search(sentence, max(0, start - 30), start) if last in _QUALIFIER_ENDS else None
        if qualifier:
            start = qualifier.start()
        # Context is read from a window around the number: enough for every
        # cue, and it keeps the cost per number constant in long sentences.
        before = sentence[max(0, start - 90):start]
        after = sentence[end:end + 180]
        if match.group("one"):
            if previous_category is None:
                continue
            one = _ONE_PERSON_AFTER.match(after)
            yield ({"count": 1, "low": 1, "high": 1, "category": previous_category, "qualifier": "exact",
                    "who": one.group(1) if one else None, "source": _nearest(attributions, start, end, sentence),
                    "disputed": False, "_span": (start, end)}, _nearest(attributions, start, end, sentence))
            continue
        designation = _NAME_BEFORE.search(before[-24:])
        if designation and designation.group(1).lower() not in _NOT_A_NAME \
                and not _ANY_HARM.fullmatch(designation.group(1)) and not _title_case(sentence):
            continue  # "Rescue 1122 teams", "Flight 17", "Camp 4": a number in a name, not a count
        if _NOT_A_COUNT_BEFORE.search(before[-16:]) and not _TOLL_AT.search(before) and not (
                carried and _POINTS_BACK.search(before[-60:])):
            continue  # '$12', 'No. 5', 'aged 40', 'March 3', 'at 5' (but 'the death toll stood at 42')
        num = match.group("num")
        if num and _YEARISH.match(num) and not _PEOPLE_OF.match(after):
            continue
        if num and num.lower() == "one" and not _ONE_PERSON.match(after):
            continue
        cases = _CASES_OF.match(after)  # "118 cases of arbitrary detention"
        if (_UNIT.match(after) or _UNIT_HYPHEN.match(after)) and not cases:
            continue
        if _RATIO_AFTER.match(after) or _RATIO_BEFORE.search(before[-10:]):
            continue  # "nine out of 10 of those killed": a share, not a count
        if _AGE_OR_TIME.match(after) and not match.group("vague"):
            continue  # "52," after a name is an age; "2 a.m." a time
        plus = after.startswith("+") and not match.group("vague")
        if plus:
            after = after[1:]  # "4,100+ injured": at least that many
        adjective = _HARM_ADJECTIVE.match(after)
        of_the = _OF_THE_HARMED.match(after)
        label = _LABEL_BEFORE.search(before[-24:]) if ":" in before[-24:] else None
        if label:  # a fact box: "Death toll: 46 (health ministry); Injured: 22+ (hospital officials)"
            count, low, high, qualifier = _amount(match, None)
            if plus:
                qualifier, high = "at least", None
            named = _PAREN_SOURCE.match(after)
            source = named.group(1) if named else _nearest(attributions, start, end, sentence)
            previous_category = _which(label.group(1)) if label.group(1) else "killed"
            yield ({"count": count, "low": low, "high": high, "category": previous_category, "qualifier": qualifier,
                    "who": None, "source": source, "disputed": False, "_span": (start, end), "_label": True}, source)
            continue
        later_died = _OF_THE_THEN_DIED.match(after) if not of_the else None
        if later_died:  # "three of the wounded later succumbed to their injuries": deaths
            of_the, who, who_end = None, None, later_died.end()
        if cases:
            who, who_end = None, cases.end()
            category = _CASE_NOUNS[cases.group(1).lower()]
        elif later_died:
            category = "killed"
        elif of_the:  # "seven of the dead were children" (not "two of the injured were flown to ...")
            who, who_end = _who(after[of_the.end():])
            if who and _PARTICIPLE.fullmatch(who.split()[0]):
                who = None
            category = _which(of_the.group(1))
        elif previous_category and _WERE_WHO.match(after) and not _ANY_HARM.search(_WERE_WHO.match(after).group(1)):
            # "Of the 15 dead, nine were women." (not "... and 20 were hurt": a harm of their own)
            who, who_end = _WERE_WHO.match(after).group(1), 0
            category = previous_category
        elif previous_category and _OF_THEM.match(after):  # "22 were injured, eight of them seriously"
            who, who_end = None, 0
            category: Category | None = previous_category
        elif adjective:  # "14 injured miners", "two dead soldiers"
            who, who_end = _who(after[adjective.end():])
            category = _which(adjective.group(1))
        else:
            who, who_end = _who(after)
            if who and _UNIT.match(" " + who):
                continue
            category = _category(before, after[who_end:], who, previous_category,
                                 joined=not after[:who_end].rstrip().endswith(","))
            if category is None and carried and _POINTS_BACK.search(before[-60:]):
                category = carried  # "... had fled. Local leaders put the number closer to 3,000."
            if category is None and _RISEN_TO.search(before[-30:]):
                longer = sentence[max(0, start - 200):start]
                counted = _COUNT_OF_HARMED_FAR.search(longer)
                if _TOLL_ROSE.search(longer):
                    category = "killed"  # "The death toll from the quakes that struck ... has risen to 1,052"
                elif counted:  # "The number of people confirmed dead in a fire at ... rose to 46"
                    category = _which(counted.group(1))
        if category is None:
            continue
        previous_category = category
        count, low, high, qualifier = _amount(match, qualifier)
        if count is None and low is None or count == 0 or low == 0 and not high:
            continue  # (nothing, or "000" left of a number this pattern could not read)
        if plus and qualifier == "exact":
            qualifier, high = "at least", None
        source = _nearest(attributions, start, end, sentence)
        yield ({"count": count, "low": low, "high": high, "category": category, "qualifier": qualifier,
                "who": who, "source": source, "disputed": False, "_span": (start, end)}, source)
    if " was " in sentence or " has been " in sentence or " had been " in sentence or " died" in sentence:
        yield from _one_harmed(sentence, attributions)


# One person harmed, named by a noun and not by a number: "a 58-year-old man
# was killed", "A police officer was also trampled and later died".
_ONE_HARMED = rx.compile(
    rf"(?<![\w-])[Aa]n?\s+(?P<who>(?:[a-z0-9][a-z0-9-]*\s+){{0,2}}{_PERSON_NOUN})"
    r"\s+(?:(?:was|has been|had been)\s+(?:(?:also|later|reportedly|critically|seriously|badly|slightly|fatally|"
    r"then|allegedly)\s+)*"
    r"(?P<harm>killed|shot dead|stabbed to death|crushed to death|beaten to death|burned to death|found dead|"
    r"pronounced dead|declared dead|wounded|injured|hurt|detained|arrested|abducted|kidnapped|taken hostage|"
    r"(?:[a-z]+ and (?:later )?died))|(?:later\s+|also\s+)?(?P<died>died))\b"
    # "the body of a young man was recovered"
    rf"|(?<![\w-])[Tt]he body of (?:a|an) (?P<body>(?:[a-z0-9][a-z0-9-]*\s+){{0,2}}{_PERSON_NOUN})"
    r"\s+(?:was|has been|had been)\s+(?:recovered|found|pulled|retrieved)\b")


def _one_harmed(sentence: str, attributions):
    for match in _ONE_HARMED.finditer(sentence):
        harm = match.group("harm") or ""
        died = match.group("died") or match.group("body") or harm.endswith("died") or "dead" in harm
        category = "killed" if died else _which(harm)
        start, end = match.span()
        source = _nearest(attributions, start, end, sentence)
        yield ({"count": 1, "low": 1, "high": 1, "category": category, "qualifier": "exact",
                "who": match.group("who") or match.group("body"), "source": source, "disputed": False,
                "_span": (start, end)}, source)


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
        if (_WHO_STOP.match(word) or _WHO_STOP.match(raw) or _ANY_HARM.match(after, m.start())
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
        for cat, pattern in _HARM_RX.items():
            if pattern.fullmatch(who.split()[-1]):  # "516 detentions", "12 deaths"
                return cat  # type: ignore[return-value]
    # "8 people, including two children, were killed"; "two soldiers and a civilian were killed"
    rest = _INCLUDING_ASIDE.sub("", rest, count=1)
    rest = _WHERE_ASIDE.sub("", rest, count=1)  # "30,000 people in Derna have been displaced"
    rest = _WHO_ASIDE.sub("", rest, count=1)  # "three workers who had been filling potholes were found dead"
    right = _RIGHT_HARM.match(_AND_OTHERS.sub("", rest, count=1) if joined else rest)  # (", and 243 others": a new clause)
    if right:
        return _which(right.group())
    paired = _PAIRED_COUNT.match(rest) if who is None and rest.startswith((" and ", " or ")) else None
    if paired:  # "about 3,800 and 4,100 heat-related deaths": both counts of deaths
        return _which(paired.group(1))
    among = _AMONG_THE.search(before)
    if among:
        return _which(among.group(1))
    if _TOLL.search(before) and not _CAUSE_BEFORE.search(before):
        return "killed"  # (not "the death toll from two earthquakes": what caused it)
    counted = _COUNT_OF_HARMED.search(before)
    if counted:  # "bringing the number of people convicted ... to more than 3,800"
        return _which(counted.group(1))
    noun = _HARM_NOUN_OF.search(before[-32:])
    if noun:  # "the arrest of more than 300 people"
        return _which(noun.group(1).replace("injur", "injured").replace("abduction", "abducted")
                      .replace("disappearance", "disappeared"))
    left = _LEFT_VERB.search(before[-40:])
    if left:
        category = _which(left.group())
        if category == "other" and _TO_PRISON.match(rest):
            return "detained"  # "sentenced 14 activists to prison terms": jailed
        return category
    if who and _LOST_BEFORE.search(before[-24:]) and _KIN.match(who):
        return "killed"  # "he had lost 14 members of his family", "lost three children"
    if _TREATED_BEFORE.search(before[-30:]):
        return "wounded"  # "doctors said they had treated 19 people for gunshot wounds"
    if previous and (_INCLUDING.search(before[-24:]) or _INCLUDING_AND.search(before[-60:])):
        return previous  # "including six women and three children"
    if previous and who and _AND_BEFORE.search(before[-8:]) and _HARM_LIST_BEFORE.search(before[-80:]):
        return previous  # "killing four security personnel and two civilians"
    if previous and who is None and _AND_BEFORE.search(before[-8:]) and _PLACE_AFTER.match(rest):
        return previous  # "killing 1,651 people in Turkey and 968 in neighbouring Syria"
    return None


def _which(text: str) -> Category:
    for cat, pattern in _HARM_RX.items():
        if pattern.search(text):
            return cat  # type: ignore[return-value]
    return "other"


def _amount(match: re.Match[str], qualifier_match: re.Match[str] | None
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
            phrase) or 12 * _to_int(phrase.split()[0])
        return value, value, value if qualifier == "exact" else None, "about" if qualifier == "exact" else qualifier
    value = _to_int(match.group("num"))
    if value is None:
        return None, None, None, qualifier
    high = value if qualifier in ("exact", "up to") else None
    low = value if qualifier in ("exact", "at least", "more than") else None
    if qualifier == "about":
        low = high = None
    return value, low, high, qualifier


def _attributions(sentence: str) -> list[tuple[int, int, str | None]]:
    """(start, end, who) for each "according to X" and "X said" in a sentence."""
    found: list[tuple[int, int, str | None]] = []
    for m in _ATTRIBUTION.finditer(sentence):
        if m.group("after"):
            found.append((m.start(), m.end(), _clean_source(m.group("after"))))
            continue
        clause = sentence[:m.start()].rstrip(" ,")
        head = _CLAUSE_START.match(clause)
        subject = clause[head.end():] if head else clause
        if head and (subject.casefold() in _ASIDES or subject.casefold() in _AUXILIARIES
                     or subject.isdigit() and len(subject) <= 3):
            # (or an auxiliary after a relative clause: "The ministry, which runs ..., has recorded")
            # (or an age: "Mohammad Nabi, 45, said")
            # "Officials at the hospital, however, put the number at 23"
            clause = clause[:head.end()].rstrip(" ,")
            head = _CLAUSE_START.match(clause)
            subject = clause[head.end():] if head else clause
        leading = _PROPER_NAME.match(subject) if subject.endswith((" but", " and")) else None
        if leading and word_count(subject) > word_count(leading.group()) + 2:
            # "Governor Jane Roe called the attack cowardly and said three were arrested": her
            clause, subject = clause[:len(clause) - len(subject) + leading.end()], leading.group()
        elif head and subject[:1].islower() and not _RELATIVE.match(subject) and (
                subject.endswith((" but", " and")) and subject.split(" ", 1)[0].endswith("ed")):
            # "..., SP Jane Roe, confirmed the attack but put the toll at nine": a second verb of the
            # same subject; the subject is the last name before it.
            named = list(_PROPER_NAME.finditer(clause, 0, head.end()))
            if named:
                clause, subject = clause[:named[-1].end()], named[-1].group()
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
            clause = clause[:head.end()].rstrip(" ,")
            head = _CLAUSE_START.match(clause)
            subject = clause[head.end():] if head else clause
        if head and head.end() > 1 and _APPOSITION_START.match(subject) \
                and sentence[:m.start()].rstrip().endswith(","):
            # "Abdul Muhari, a spokesman for the agency, told reporters": the
            # name before the apposition is who speaks.
            prior = clause[:head.end()].rstrip(" ,")
            before_name = _CLAUSE_START.match(prior)
            name = prior[before_name.end():] if before_name else prior
            if _PROPER_NAME.fullmatch(name):
                clause, subject = prior, name
        words = subject.split()
        if len(words) > 16 or _NUMBER_WORDS.search(subject) or words and words[0].lower() in _PREPOSITIONS:
            subject = ""  # ("with six more deaths reported overnight": a phrase, not a speaker)
        if found and found[-1][2] and _PARTICIPLE_SUBJECT.match(subject):
            # "X put the toll at 24, saying its monitors had documented five more": X's word
            found.append((len(clause) - len(subject), m.end(), found[-1][2]))
            continue
        if not _clean_source(subject) and sentence[:m.start()].rstrip().endswith((",", "\"", "\u201d")):
            inverted = _SAID_WHO.match(sentence, m.end())  # "..., said Yasin Tadvi, chief of ..."
            if inverted:
                found.append((m.start(), inverted.end(), _clean_source(inverted.group(1))))
                continue
        found.append((len(clause) - len(subject), m.end(), _clean_source(subject)))
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
    return found


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
    if (len(before) >= 2 and before[-1][2].islower() and not before[-2][2].islower()
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
        # "..., a charge the government denies": the subject of the cue's own
        # clause; else the last source named before it.
        disputer = (_subject_before(sentence, cue.start()) if _DISPUTE_VERB.match(cue.group()) else None) or next(
            (a[2] for a in reversed(attributions) if a[0] < cue.start() and a[2]), None) or next(
            (a[2] for a in attributions if a[2]), None)
        counter = [n for n in range(first_new, len(figures)) if figures[n].start - offset > cue.start()]
        reach = min((figures[n].start - offset for n in counter), default=len(sentence))
        before = sentence[:cue.start()]
        clause = before[max(before.rfind(","), before.rfind(";")) + 1:]
        own = _OWNER.search(clause) if cue.group().startswith(("is ", "was ", "are ", "were ")) else None
        if own:  # "..., though the government's own count is lower": the government disputes it
            disputer = _clean_source(_CONCESSIVE.sub("", own.group(1))) or disputer
        if len(clause.split()) < 3:
            clause = before  # ("..., far higher": the cue's own words are too few to name anything)
        window = " ".join(clause.split()[-8:] + [cue.group()] + sentence[cue.end():reach].split()[:8])
        cats = {cat for cat, pattern in _HARM_RX.items() if pattern.search(window)}
        if _DEATH_WORDS.search(window):
            cats.add("killed")
        if cats:
            targets = [n for n, f in enumerate(figures) if f.category in cats]
        elif _DISPUTE_GENERIC.search(sentence):
            here = [n for n in range(first_new, len(figures)) if n not in counter]
            if here:
                targets = here
            else:
                last = next((f for f in reversed(figures[:first_new])), None)
                if last is None or int(pid[1:]) - int(last.paragraph[1:]) > 1:
                    continue
                targets = [n for n, f in enumerate(figures[:first_new]) if f.quote == last.quote]
        else:
            continue
        owner = _OWNER.search(sentence, cue.end())
        if owner:  # "Israel disputes the health ministry's figures": only that source's
            name = owner.group(1).casefold()
            owned = [n for n in targets if sources[n] and (name in sources[n].casefold() or sources[n].casefold() in name)]
            targets = owned or targets
        for n in targets:
            if n in counter:
                continue
            src = sources[n]
            if disputer and src and (disputer.casefold() in src.casefold() or src.casefold() in disputer.casefold()):
                continue
            if n >= first_new and not disputer:
                continue
            figures[n] = replace(figures[n], disputed=True)
