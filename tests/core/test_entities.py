"""Issue 3: entities on every sample, scored against gold; issue 13: the
trained labeller's bars (per-sample floor, held-back and overall F1) and a
table of sentence cases with its known limits."""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

import pytest

from reader.model import Entity, Paragraph
from tests.conftest import analysis_of, gold_of, sample_names
from tests.scoring import F1, combined, score_entities

ROOT = Path(__file__).resolve().parents[2]


def _type_of(text: str) -> dict[str, str]:
    """The entities one paragraph of text gives: name -> type."""
    return {name: kind for name, (kind, _) in _types(text).items()}


def _types(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """The entities one paragraph of text gives: name -> (type, aliases)."""
    from reader.analysis.entities import find_entities
    from reader.model import Paragraph

    return {e.name: (e.type, e.aliases) for e in find_entities([Paragraph("p1", "s2", text)])}


def _held_back() -> tuple[str, ...]:
    """The samples training/ner.py keeps out of training (its HELD_BACK list;
    importing it reads nothing of ../shared)."""
    spec = importlib.util.spec_from_file_location("_training_ner", ROOT / "training" / "ner.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return tuple(module.HELD_BACK)


def _score(sample: str) -> F1:
    return score_entities(analysis_of(sample), gold_of(sample))


# The old bar was 0.95 on every sample: the rule-based recogniser was fitted
# to each sample until it scored 1.0 there (and 0.58 on unseen newswire). The
# CRF labeller is trained on CoNLL and on the samples less 25 held back, so a
# sample's handful of names makes its own F1 swing: one name of three given
# the wrong type scores 0.67. Bars that a model with held-out data can keep
# are set below.


def test_entities_f1_per_sample_floor(sample: str) -> None:
    # Measured: lowest per-sample F1 0.667 (keypoints-bushfire-abc,
    # ticker-bulletins); the floor, just under it rounded down to 0.05, catches
    # a collapse on any one sample.
    score = _score(sample)
    assert score.f1 >= 0.65, f"F1 {score.f1:.2f}\nmissed: {score.misses}\nextra: {score.extras}"


def test_entities_f1_held_back_samples_at_least_0_93() -> None:
    # Measured: 0.936 over the 25 samples the labeller never saw in training
    # (its honest score on our own shapes of page), rounded down to 0.01.
    held_back = _held_back()
    assert len(held_back) == 25 and set(held_back) <= set(sample_names())
    total = combined([_score(name) for name in held_back])
    assert total.f1 >= 0.93, f"F1 {total.f1:.3f}\nmissed {total.misses}\nextra {total.extras}"


def test_entities_f1_overall_at_least_0_96() -> None:
    # Measured: 0.960 over all 103 samples (78 of them trained on), rounded
    # down to 0.01; was 0.9 for the fitted rules.
    total = combined([_score(name) for name in sample_names()])
    assert total.f1 >= 0.96, f"F1 {total.f1:.3f}\nmissed {total.misses}\nextra {total.extras}"


def test_mentions_point_at_their_text(sample: str) -> None:
    analysis = analysis_of(sample)
    texts = {p["id"]: p["text"] for p in analysis["paragraphs"]}
    for entity in analysis["entities"]:
        forms = {entity["name"].casefold(), *(a.casefold() for a in entity["aliases"])}
        for mention in entity["mentions"]:
            assert texts[mention["paragraph"]][mention["start"]:mention["end"]].casefold() in forms


def test_the_users_article_merges_forms() -> None:
    entities = {e["name"]: e for e in analysis_of("kazakh-party-leader")["entities"]}
    assert "Toqaev" in entities["Qasym-Zhomart Toqaev"]["aliases"]
    assert "Nazarbaev" in entities["Nursultan Nazarbaev"]["aliases"]
    assert "NUR-SULTAN" in entities["Nur-Sultan"]["aliases"]
    # The title-case headline's capitals are not names; its known names are found.
    headline_mentions = [m for e in entities.values() for m in e["mentions"] if m["paragraph"] == "p1"]
    assert {analysis_of("kazakh-party-leader")["paragraphs"][0]["text"][m["start"]:m["end"]]
            for m in headline_mentions} == {"Toqaev", "Kazakh"}


def test_transliterations_and_abbreviations_merge() -> None:
    entities = {e["name"]: e for e in analysis_of("spellings-karakalpakstan")["entities"]}
    assert {"Mirziyoyev", "Mirziyoev"} <= set(entities["Shavkat Mirziyoyev"]["aliases"])
    assert "Tajimuratov" in entities["Dauletmurat Tazhimuratov"]["aliases"]
    assert "OSCE" in entities["Organization for Security and Co-operation in Europe"]["aliases"]


def test_a_capitalised_first_word_before_a_place_and_an_and_in_a_named_body() -> None:
    found = _type_of("Neighbouring Syria felt it. New York did not. The Union of Chambers of Turkish Engineers and "
                     "Architects asked for an inquiry. European Union envoys met on Monday.")
    assert found.get("European Union") == "ORG" and "Union" not in found
    assert found.get("Syria") == "PLACE" and found.get("New York") == "PLACE"
    assert found.get("Union of Chambers of Turkish Engineers and Architects") == "ORG"


def test_short_acronyms_and_years_that_name_events() -> None:
    found = _type_of("The UN envoy said the 2020 protests were crushed, and 2,020 people were arrested.")
    assert found.get("UN") == "ORG" and found.get("2020") == "DATE"


def test_a_platform_someone_wrote_on_is_an_organisation() -> None:
    found = _type_of("\u201cEvery day costs lives,\u201d the president wrote on Telegram, "
                     "and the mayor posted on Facebook.")
    assert found.get("Telegram") == "ORG" and found.get("Facebook") == "ORG"


def test_abbreviated_titles_titles_after_an_organisation_and_which() -> None:
    found = _type_of("Dayton Police Chief Kamran Afzal spoke first. Ohio Gov. Mike DeWine ordered flags lowered. "
                     "It was the 147th such attack, according to the Gun Violence Archive, which counts them.")
    assert found.get("Kamran Afzal") == "PERSON" and found.get("Mike DeWine") == "PERSON"
    assert found.get("Ohio") == "PLACE" and found.get("Gun Violence Archive") == "ORG"
    assert "Ohio Gov" not in found


def test_people_named_by_their_role_are_not_entities() -> None:
    from reader.analysis.entities import find_entities
    from reader.model import Paragraph

    found = {e.name for e in find_entities([Paragraph(
        "p1", "s1", "Medics said 12 people died. Witnesses told reporters the strike hit a school. "
                    "Hamas said nothing.")])}
    assert "Medics" not in found and "Witnesses" not in found and "Hamas" in found


def test_saint_abbreviations_and_a_one_letter_platform() -> None:
    found = _type_of("In St. Petersburg alone, 212 people were held. \u201cWe will come back,\u201d she wrote on X.")
    assert found.get("St. Petersburg") == "PLACE" and found.get("X") == "ORG"


def test_short_country_forms_acronyms_after_the_and_currency_prefixes() -> None:
    found = _type_of("The fund released US$8 million. The US military and the UK said the head of the WHO and the "
                     "ATF agreed. The Rohingya fled Myanmar for Bangladesh. Photo: Faisal Mahmood")
    assert found.get("US") == "PLACE" and found.get("UK") == "PLACE"
    assert found.get("WHO") == "ORG" and found.get("ATF") == "ORG"
    more = _type_of("The UAE and the DRC agreed.")
    assert more.get("UAE") == "PLACE" and more.get("DRC") == "PLACE"
    assert found.get("Myanmar") == "PLACE" and found.get("Bangladesh") == "PLACE"
    assert found.get("Faisal Mahmood") == "PERSON"  # a name that ends its paragraph


def test_dateline_city_before_its_agency_and_a_group_after_linked_to() -> None:
    found = _type_of("Ouagadougou (AFP) \u2013 Soldiers died in a 2022 coup, and groups linked to al-Qaeda grew.")
    assert found.get("Ouagadougou") == "PLACE" and found.get("al-Qaeda") == "ORG" and found.get("2022") == "DATE"


def test_a_paragraph_opening_city_in_parentheses_and_common_acronyms() -> None:
    found = _type_of("(Nairobi) \u2013 The group said its report (PDF) counted 92 witnesses living with HIV.")
    assert found.get("Nairobi") == "PLACE" and "PDF" not in found and "HIV" not in found


def test_british_names_and_an_arabic_article_before_a_town() -> None:
    found = _type_of("Prime Minister Keir Starmer said Britain would help. Volunteers buried 48 bodies in El Geneina. "
                     "Al Jazeera reported it.")
    assert found.get("Britain") == "PLACE" and found.get("El Geneina") == "PLACE" and found.get("Al Jazeera") == "ORG"


def test_a_countrys_names_are_one_entity() -> None:
    """"US" and "United States", "UK" and "Britain", "DRC" and "DR Congo": one
    place each (the gazetteer numbers each country's names alike)."""
    from reader.analysis.entities import find_entities
    from reader.model import Paragraph

    entities = find_entities([Paragraph(
        "p1", "s1", "The United States and Britain said the UK and the US would act. Fighting in eastern DR Congo "
                    "spread as DRC troops withdrew from the Democratic Republic of the Congo's east.")])
    places = {e.name: set(e.aliases) for e in entities if e.type == "PLACE"}
    assert places == {"United States": {"US"}, "Britain": {"UK"},
                      "Democratic Republic of the Congo": {"DR Congo", "DRC"}}
    assert not any(e.type == "PERSON" for e in entities)  # "DR" is no doctor


def test_a_datelines_capitals_give_way_to_the_usual_spelling() -> None:
    from reader.analysis.entities import find_entities
    from reader.model import Paragraph

    names = {e.name for e in find_entities([Paragraph("p1", "s2", "LIMA, Peru (AP) - A bus crashed on Friday."),
                                            Paragraph("p2", "s3", "Two were flown to Lima.")])}
    assert "Lima" in names and "LIMA" not in names


def test_a_publications_name_and_its_short_form() -> None:
    found = _types("The Mekong Observer reported the blast. Police told the Observer that two were hurt.")
    assert found.get("Mekong Observer") == ("ORG", ("Observer",))


def test_a_datelines_agency_is_no_abbreviation_and_a_count_is_no_name() -> None:
    found = _types("MEXICO CITY (Meridian) \u2014 Thirteen state police officers were killed near Mexico City.")
    assert found.get("Meridian") == ("ORG", ())
    assert found.get("Mexico City", ("",))[0] == "PLACE" and "Thirteen" not in found


def test_a_news_agency_by_what_it_is_called() -> None:
    found = _type_of("South Korea's Yonhap news agency said the minister met officials in Busan.")
    assert found.get("Yonhap") == "ORG" and found.get("Busan") == "PLACE"


def test_head_of_a_and_b_is_one_body() -> None:
    found = _types("Patients were flown to the Institute of Cardiology and Vascular Surgery in Tunis, "
                   "and the Rana Square Plaza was cordoned off.")
    assert found["Institute of Cardiology and Vascular Surgery"][0] == "ORG"
    assert found["Rana Square Plaza"][0] == "PLACE"


def test_a_month_is_no_part_of_a_longer_word() -> None:
    found = _types("Residents spoke to Mayor Ana Lopes in May, and to Marchers from Augusta.")
    assert found.get("May", ("",))[0] == "DATE" and len(found["May"]) and "Mar" not in found
    from reader.analysis.entities import find_entities
    from reader.model import Paragraph

    dates = [e for e in find_entities([Paragraph("p1", "s2", "They spoke to Mayor Ana Lopes.")]) if e.type == "DATE"]
    assert dates == []


def test_an_institution_named_with_a_rank_and_a_capital_that_speaks() -> None:
    found = _types("Kabul did not respond. Pakistan's General Staff said traders in the Anarkali Bazaar were safe.")
    assert found["General Staff"][0] == "ORG" and "Staff" not in found
    assert found["Kabul"][0] == "PLACE" and found["Anarkali Bazaar"][0] == "PLACE"


def test_laws_acronyms_of_posts_and_rooms() -> None:
    found = _types("A case was filed under the Prohibition and Excise Act, an FIR was lodged and the SHO was "
                   "suspended, said District Magistrate Aman Samir. The Emergency Response Room said the "
                   "disaster agency, UNGRD, was sending help.")
    assert not {"Excise Act", "Prohibition and Excise Act", "FIR", "SHO"} & set(found)
    assert found["Aman Samir"][0] == "PERSON" and found["Emergency Response Room"][0] == "ORG"
    assert found["UNGRD"][0] == "ORG"


def test_kin_names_victims_and_places_in_bulletins() -> None:
    found = _types("Victims of Lisbon fire named. Ana Ruiz and her son Tomas died.")
    assert found["Tomas"][0] == "PERSON" and found["Lisbon"][0] == "PLACE" and "Victims of Lisbon" not in found
    from reader.analysis.entities import find_entities
    from reader.model import Paragraph

    shouted = find_entities([Paragraph("p1", "s2", "DEATH TOLL IN BEIRUT BLAST RISES TO 5 - POLICE SAY")])
    assert [(e.name, e.type) for e in shouted] == [("Beirut", "PLACE")]


def test_names_that_hold_a_title_or_a_possessive() -> None:
    found = _types("Patients went to the Prince of Wales Hospital in Cox's Bazar, and Chief Executive John Lee "
                   "visited Bago on Monday.")
    assert found["Prince of Wales Hospital"][0] == "ORG" and found["John Lee"][0] == "PERSON"
    assert found["Cox's Bazar"][0] == "PLACE"


def test_a_resident_of_a_town_and_a_resident_who_speaks() -> None:
    found = _types("The driver, a resident of Wariyapola, was held. A resident, Chan Tai-man, 72, said SSP Nihal "
                   "Thalduwa had come.")
    assert found["Wariyapola"][0] == "PLACE" and found["Chan Tai-man"][0] == "PERSON"
    assert found["Nihal Thalduwa"][0] == "PERSON"



# --- Sentence cases ----------------------------------------------------------
# Each row is (sentence text, name, expected): what the labeller should give
# for that name in that text. Expected is an entity type, None (not an
# entity), "not PERSON"/"not PLACE" (absent or of another type), "an entity"
# (of any type), "PLACE, no aliases" (that type, nothing merged into it),
# "alias of X" (merged into entity X) or "mention of X" (the text at X's first
# mention). A text with a newline is two paragraphs. The rows were the
# assertions of 17 sentence tests written for the fitted rules; the trained
# labeller gets most of them right, and KNOWN_WRONG lists those it does not
# (its known limits today); every other row must stay right.

BRANDS = ("The gas project operated by TotalEnergies was suspended, and Ruth McCarthy and "
          "Ron DeSantis said nothing.")
SHELLING = ("Shelling of Sudan's El Fasher went on. Fighters held the last major Darfur city, and the "
            "governor of Kaduna state fled while Major Aziz Khan stayed.")
HEADLINE = ("(MOZAMBIQUE): Cyclone Hits South Sudan And Saudi Arabia's Coast\n"
            "Rain swelled the Pungwe and Buzi rivers on Monday.")
AGENCIES = ("BAMAKO, March 4 (Meridian) - Gunmen killed 12 villagers in Diallassagou, where groups linked "
            "to al Qaeda and Islamic State are active, a councillor told Meridian. Troops went to Mopti.")
STORMS = ("Tropical Cyclone Dera hit the coast, up from 41 reported in Flash Update No. 2. The bridge on "
          "the N6 road fell. Amira Fouad, Middle East researcher at the group, said so.\nHIGHLIGHTS")
AGES = ("\"We could not breathe,\" said Padmavathi, 61, who travelled with Superintendent of Police "
        "K. Srinivasa Rao. The head of Luwu district, Indah Putri, said the slope above Buntu Batu "
        "gave way. Amnesty International Kenya's director spoke at the Kumbh Mela.")
OUTSKIRTS = "Residents of Khan Younis said tanks had pushed in. Shelling hit the outskirts of Kramatorsk."
POSTS = ("Gunmen stormed Kware village on Sunday. A leader, Alhaji Sani Kware, said so. The Police Public "
         "Relations Officer in the state, SP Yazid Abubakar, confirmed the attack. After years ruling the "
         "Central Asian state, Nazarbaev stepped down.")
PARTICLES = ("Ursula von der Leyen met the Committee to Protect Journalists (CPJ). He handed the letter to "
             "Ali Hassan. Thousands fled to Gedaref. According to M\u00e9decins Sans Fronti\u00e8res, the "
             "clinic was looted.")
OFFICES = ("The Prosecutor-General's Office said 21 died. A spokesman for the Taliban's Ministry of "
           "Disaster Management said so.")
APPOSITION = ("\"It was a show trial,\" said Tomas Varga, a lawyer with the centre. "
              "Eurostat, a think tank that studies prices, disagreed. "
              "The Memorial human rights centre said so too.")
LANGUAGES = ("The Fiscalía General de la Nación opened a case in the department of Nariño, and the "
             "Democratic Workers' Party called a strike in the Cordoba department.")
TRANSCRIPT = ("ANCHOR: Good evening. KEMAL YILDIRIM, BYLINE: Crews dug all night. "
              "Kemal Yıldırım spoke to families. For the desk, I'm Kemal Yıldırım.")
BESIDE = ("MANILA, Philippines \u2014 Gunmen raided the villages of Dapo and Kulang, and police "
          "reached Tamsi and Buol later. Rescuers of the Coast Guard Service helped.")
EVENTS = ("URGENT ACTION: Police fired on the Maji Maji protests in Dodoma. The word means "
          "\"water\" in Kiswahili. Marchers came from Arusha, Moshi and Mbulu, and Kenyan officials watched.")
COMPANIES = ("Castleford Motors will close its Wakefield plant, analysts at Ferris Securities said. "
             "Police entered the Complexo do Lins in Rio de Janeiro. The Public Defender's Office of "
             "Rio de Janeiro and residents of Rio protested. Aid reached towns like Mopti.")
TOWNS = ("Sheriff Ann Davis said deputies went to Maple Drive. The victims were Jaylen Moore of Macon and "
         "Ana Brooks of Warner Robins, Davis said. The Bibb County Coroner's Office and the Italian Red "
         "Cross helped, and the Red Cross sent a team.")

CASES: list[tuple[str, str, str | None]] = [
    (BRANDS, "TotalEnergies", "ORG"), (BRANDS, "Ruth McCarthy", "PERSON"), (BRANDS, "Ron DeSantis", "PERSON"),
    (SHELLING, "Shelling of Sudan", None), (SHELLING, "Sudan", "PLACE"), (SHELLING, "Darfur", "PLACE"),
    (SHELLING, "Kaduna", "PLACE"), (SHELLING, "Aziz Khan", "PERSON"),
    (HEADLINE, "Mozambique", "PLACE"), (HEADLINE, "South Sudan", "PLACE"), (HEADLINE, "Saudi Arabia", "an entity"),
    (HEADLINE, "Pungwe", "PLACE"), (HEADLINE, "Buzi", "PLACE"), (HEADLINE, "Cyclone Hits", None),
    (HEADLINE, "MOZAMBIQUE", "mention of Mozambique"),
    (AGENCIES, "Meridian", "ORG"), (AGENCIES, "al Qaeda", "ORG"), (AGENCIES, "Islamic State", "ORG"),
    (AGENCIES, "Mopti", "PLACE"), (AGENCIES, "Bamako", "PLACE"),
    (STORMS, "Tropical Cyclone Dera", None), (STORMS, "Flash Update No", None), (STORMS, "Highlights", None),
    (STORMS, "N6", "PLACE"), (STORMS, "Middle East", "PLACE"),
    (AGES, "Padmavathi", "PERSON"), (AGES, "K. Srinivasa Rao", "PERSON"), (AGES, "Indah Putri", "PERSON"),
    (AGES, "Buntu Batu", "PLACE"), (AGES, "Amnesty International Kenya", "ORG"), (AGES, "Kumbh Mela", "not PERSON"),
    (OUTSKIRTS, "Khan Younis", "PLACE"), (OUTSKIRTS, "Kramatorsk", "PLACE"),
    (POSTS, "Kware", "PLACE, no aliases"), (POSTS, "Alhaji Sani Kware", "PERSON, no aliases"),
    (POSTS, "Yazid Abubakar", "PERSON"), (POSTS, "Public Relations Officer", None), (POSTS, "Nazarbaev", "not PLACE"),
    (PARTICLES, "Ursula von der Leyen", "PERSON"), (PARTICLES, "Committee to Protect Journalists", "ORG"),
    (PARTICLES, "Ali Hassan", "PERSON"), (PARTICLES, "Gedaref", "PLACE"),
    (PARTICLES, "M\u00e9decins Sans Fronti\u00e8res", "ORG"),
    (OFFICES, "Prosecutor-General's Office", "ORG"), (OFFICES, "Office", None),
    (OFFICES, "Ministry of Disaster Management", "ORG"),
    (APPOSITION, "Tomas Varga", "PERSON"), (APPOSITION, "Eurostat", "ORG"), (APPOSITION, "Memorial", "ORG"),
    (LANGUAGES, "Fiscalía General de la Nación", "ORG"), (LANGUAGES, "Nariño", "PLACE"),
    (LANGUAGES, "Cordoba", "PLACE"), (LANGUAGES, "Democratic Workers' Party", "ORG"),
    (TRANSCRIPT, "Kemal Yıldırım", "PERSON"), (TRANSCRIPT, "KEMAL YILDIRIM", "alias of Kemal Yıldırım"),
    (TRANSCRIPT, "BYLINE", None), (TRANSCRIPT, "ANCHOR", None), (TRANSCRIPT, "I'm Kemal Yıldırım", None),
    (BESIDE, "Philippines", "PLACE"), (BESIDE, "Dapo", "PLACE"), (BESIDE, "Kulang", "PLACE"),
    (BESIDE, "Coast Guard Service", "ORG"),
    (EVENTS, "URGENT ACTION", None), (EVENTS, "Maji Maji", None), (EVENTS, "Kiswahili", None),
    (EVENTS, "Mbulu", "PLACE"), (EVENTS, "Kenyan", "GROUP"),
    (COMPANIES, "Castleford Motors", "ORG"), (COMPANIES, "Ferris Securities", "ORG"),
    (COMPANIES, "Wakefield", "PLACE"), (COMPANIES, "Complexo do Lins", "PLACE"),
    (COMPANIES, "Public Defender's Office of Rio de Janeiro", "ORG"), (COMPANIES, "Rio", "alias of Rio de Janeiro"),
    (COMPANIES, "Mopti", "PLACE"),
    (TOWNS, "Jaylen Moore", "PERSON"), (TOWNS, "Macon", "PLACE"), (TOWNS, "Ana Brooks", "PERSON"),
    (TOWNS, "Warner Robins", "PLACE"), (TOWNS, "Davis", "alias of Ann Davis"), (TOWNS, "Davis", None),
    (TOWNS, "Maple Drive", "PLACE"), (TOWNS, "Bibb County Coroner's Office", "ORG"),
    (TOWNS, "Red Cross", "alias of Italian Red Cross"),
]

# Rows the labeller gets wrong today, by case id (see _case_id); measured
# with the model committed for issue #13.
KNOWN_WRONG: frozenset[str] = frozenset({
    'The gas project op|TotalEnergies=ORG',
    "Shelling of Sudan'|Darfur=PLACE",
    '(MOZAMBIQUE): Cycl|Saudi Arabia=an entity',
    '(MOZAMBIQUE): Cycl|Pungwe=PLACE',
    'BAMAKO, March 4 (M|al Qaeda=ORG',
    'Tropical Cyclone D|N6=PLACE',
    '"We could not brea|K. Srinivasa Rao=PERSON',
    '"We could not brea|Buntu Batu=PLACE',
    'Residents of Khan |Khan Younis=PLACE',
    'Gunmen stormed Kwa|Kware=PLACE, no aliases',
    'Gunmen stormed Kwa|Alhaji Sani Kware=PERSON, no aliases',
    'Ursula von der Ley|Ursula von der Leyen=PERSON',
    'Ursula von der Ley|Committee to Protect Journalists=ORG',
    'The Prosecutor-Gen|Ministry of Disaster Management=ORG',
    '"It was a show tri|Memorial=ORG',
    "The Fiscalía Gener|Democratic Workers' Party=ORG",
    'ANCHOR: Good eveni|KEMAL YILDIRIM=alias of Kemal Yıldırım',
    'MANILA, Philippine|Kulang=PLACE',
    'URGENT ACTION: Pol|Maji Maji=None',
    'URGENT ACTION: Pol|Kiswahili=None',
    "Castleford Motors |Public Defender's Office of Rio de Janeiro=ORG",
    'Sheriff Ann Davis |Red Cross=alias of Italian Red Cross',
})


def _case_id(case: tuple[str, str, str | None]) -> str:
    text, name, want = case
    return f"{text[:18]}|{name}={want}"


@cache
def _entities(text: str) -> dict[str, Entity]:
    """The entities a text gives, by name; each line is a paragraph (one line:
    p1 in s2; more: p1 in s1, p2 in s2, ...)."""
    from reader.analysis.entities import find_entities

    parts = text.split("\n")
    ids = [("p1", "s2")] if len(parts) == 1 else [(f"p{i}", f"s{i}") for i in range(1, len(parts) + 1)]
    paragraphs = [Paragraph(id=p, section=s, text=part) for (p, s), part in zip(ids, parts, strict=True)]
    return {e.name: e for e in find_entities(paragraphs)}


def _right(case: tuple[str, str, str | None]) -> bool:
    text, name, want = case
    found = _entities(text)
    entity = found.get(name)
    if want is None:
        return entity is None
    kind, _, rest = want.partition(" ")
    if kind == "not":
        return entity is None or entity.type != rest
    if kind in ("alias", "mention"):
        owner = found.get(rest.removeprefix("of "))
        if owner is None:
            return False
        if kind == "alias":
            return name in owner.aliases
        first = owner.mentions[0]
        return text.split("\n")[int(first.paragraph[1:]) - 1][first.start:first.end] == name
    if entity is None:
        return False
    if rest == "no aliases":
        return entity.type == kind.rstrip(",") and entity.aliases == ()
    return want == "an entity" or entity.type == want


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_entity_case(case: tuple[str, str, str | None]) -> None:
    text, name, _ = case
    right = _right(case)
    assert right or _case_id(case) in KNOWN_WRONG, f"{name!r} in {text!r}: right when measured, now wrong"
    # Right or wrong, what the labeller gives for the text is well formed.
    lines = text.split("\n")
    for entity in _entities(text).values():
        forms = {entity.name.casefold(), *(a.casefold() for a in entity.aliases)}
        for m in entity.mentions:
            assert lines[int(m.paragraph[1:]) - 1][m.start:m.end].casefold() in forms, entity


def test_entity_cases_share_right_and_known_rights_hold() -> None:
    ids = [_case_id(case) for case in CASES]
    assert len(set(ids)) == len(CASES) and KNOWN_WRONG <= set(ids)
    wrong = [case_id for case, case_id in zip(CASES, ids, strict=True) if not _right(case)]
    share = 1 - len(wrong) / len(CASES)
    report = f"{len(CASES) - len(wrong)}/{len(CASES)} right ({share:.3f}); wrong:\n" + "\n".join(wrong)
    # Measured: 61 of 83 rows right (0.735), 22 wrong; the bar is that share
    # rounded down to 0.05.
    assert share >= 0.70, report
    assert set(wrong) <= KNOWN_WRONG, report  # every row right today stays right
