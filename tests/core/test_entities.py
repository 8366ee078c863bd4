"""Issue 3: entities on every sample, scored against gold."""

from __future__ import annotations

from tests.conftest import analysis_of, gold_of, sample_names
from tests.scoring import combined, score_entities


def _type_of(text: str) -> dict[str, str]:
    """The entities one paragraph of text gives: name -> type."""
    return {name: kind for name, (kind, _) in _types(text).items()}


def _types(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """The entities one paragraph of text gives: name -> (type, aliases)."""
    from reader.analysis.entities import find_entities
    from reader.model import Paragraph

    return {e.name: (e.type, e.aliases) for e in find_entities([Paragraph("p1", "s2", text)])}


def test_entities_f1_per_sample(sample: str) -> None:
    # Every sample scored 1.0 when its round closed; 0.95 catches a general
    # rule that breaks one sample while fixing another.
    score = score_entities(analysis_of(sample), gold_of(sample))
    assert score.f1 >= 0.95, f"F1 {score.f1:.2f}\nmissed: {score.misses}\nextra: {score.extras}"


def test_entities_f1_overall_at_least_0_9() -> None:
    total = combined([score_entities(analysis_of(name), gold_of(name)) for name in sample_names()])
    assert total.f1 >= 0.9, f"F1 {total.f1:.3f}\nmissed {total.misses}\nextra {total.extras}"


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


def test_a_brands_inner_capital_makes_an_organisation() -> None:
    found = _type_of("The gas project operated by TotalEnergies was suspended, and Ruth McCarthy and "
                     "Ron DeSantis said nothing.")
    assert found.get("TotalEnergies") == "ORG"
    assert found.get("Ruth McCarthy") == "PERSON" and found.get("Ron DeSantis") == "PERSON"


def test_actions_adjectives_and_states_are_not_people() -> None:
    found = _type_of("Shelling of Sudan's El Fasher went on. Fighters held the last major Darfur city, and the "
                     "governor of Kaduna state fled while Major Aziz Khan stayed.")
    assert "Shelling of Sudan" not in found and found.get("Sudan") == "PLACE"
    assert found.get("Darfur") == "PLACE" and found.get("Kaduna") == "PLACE"
    assert found.get("Aziz Khan") == "PERSON"


def test_a_capitalised_first_word_before_a_place_and_an_and_in_a_named_body() -> None:
    found = _type_of("Neighbouring Syria felt it. New York did not. The Union of Chambers of Turkish Engineers and "
                     "Architects asked for an inquiry. European Union envoys met on Monday.")
    assert found.get("European Union") == "ORG" and "Union" not in found
    assert found.get("Syria") == "PLACE" and found.get("New York") == "PLACE"
    assert found.get("Union of Chambers of Turkish Engineers and Architects") == "ORG"


def test_short_acronyms_and_years_that_name_events() -> None:
    found = _type_of("The UN envoy said the 2020 protests were crushed, and 2,020 people were arrested.")
    assert found.get("UN") == "ORG" and found.get("2020") == "DATE"


def test_countries_in_a_title_case_headline_and_paired_places() -> None:
    from reader.analysis.entities import find_entities
    from reader.model import Paragraph

    paragraphs = [Paragraph("p1", "s1", "(MOZAMBIQUE): Cyclone Hits South Sudan And Saudi Arabia's Coast"),
                  Paragraph("p2", "s2", "Rain swelled the Pungwe and Buzi rivers on Monday.")]
    found = {e.name: e for e in find_entities(paragraphs)}
    assert {"Mozambique", "South Sudan", "Saudi Arabia", "Pungwe", "Buzi"} <= set(found)
    assert all(found[n].type == "PLACE" for n in ("Mozambique", "South Sudan", "Pungwe", "Buzi"))
    assert "Cyclone Hits" not in found  # the headline's other capitals prove nothing
    mention = found["Mozambique"].mentions[0]
    assert paragraphs[0].text[mention.start:mention.end] == "MOZAMBIQUE"


def test_a_platform_someone_wrote_on_is_an_organisation() -> None:
    found = _type_of("\u201cEvery day costs lives,\u201d the president wrote on Telegram, and the mayor posted on Facebook.")
    assert found.get("Telegram") == "ORG" and found.get("Facebook") == "ORG"


def test_agencies_movements_and_ties_are_not_places() -> None:
    found = _type_of("BAMAKO, March 4 (Meridian) - Gunmen killed 12 villagers in Diallassagou, where groups linked "
                     "to al Qaeda and Islamic State are active, a councillor told Meridian. Troops went to Mopti.")
    assert found.get("Meridian") == "ORG" and found.get("al Qaeda") == "ORG" and found.get("Islamic State") == "ORG"
    assert found.get("Mopti") == "PLACE" and found.get("Bamako") == "PLACE"


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
        "p1", "s1", "Medics said 12 people died. Witnesses told reporters the strike hit a school. Hamas said nothing.")])}
    assert "Medics" not in found and "Witnesses" not in found and "Hamas" in found


def test_saint_abbreviations_and_a_one_letter_platform() -> None:
    found = _type_of("In St. Petersburg alone, 212 people were held. \u201cWe will come back,\u201d she wrote on X.")
    assert found.get("St. Petersburg") == "PLACE" and found.get("X") == "ORG"


def test_storms_document_numbers_regions_roads_and_headings() -> None:
    from reader.analysis.entities import find_entities
    from reader.model import Paragraph

    found = {e.name: e.type for e in find_entities([Paragraph(
        "p1", "s1", "Tropical Cyclone Dera hit the coast, up from 41 reported in Flash Update No. 2. The bridge on "
                    "the N6 road fell. Amira Fouad, Middle East researcher at the group, said so."), Paragraph(
        "p2", "s2", "HIGHLIGHTS")])}
    assert "Tropical Cyclone Dera" not in found and "Flash Update No" not in found and "Highlights" not in found
    assert found.get("N6") == "PLACE" and found.get("Middle East") == "PLACE"


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


def test_people_beside_ages_ranks_and_apostrophes() -> None:
    found = _type_of("\"We could not breathe,\" said Padmavathi, 61, who travelled with Superintendent of Police "
                     "K. Srinivasa Rao. The head of Luwu district, Indah Putri, said the slope above Buntu Batu "
                     "gave way. Amnesty International Kenya's director spoke at the Kumbh Mela.")
    assert found.get("Padmavathi") == "PERSON" and found.get("K. Srinivasa Rao") == "PERSON"
    assert found.get("Indah Putri") == "PERSON" and found.get("Buntu Batu") == "PLACE"
    assert found.get("Amnesty International Kenya") == "ORG" and found.get("Kumbh Mela") != "PERSON"


def test_a_datelines_capitals_give_way_to_the_usual_spelling() -> None:
    from reader.analysis.entities import find_entities
    from reader.model import Paragraph

    names = {e.name for e in find_entities([Paragraph("p1", "s2", "LIMA, Peru (AP) - A bus crashed on Friday."),
                                            Paragraph("p2", "s3", "Two were flown to Lima.")])}
    assert "Lima" in names and "LIMA" not in names


def test_residents_and_outskirts_of_a_place() -> None:
    found = _type_of("Residents of Khan Younis said tanks had pushed in. Shelling hit the outskirts of Kramatorsk.")
    assert found.get("Khan Younis") == "PLACE" and found.get("Kramatorsk") == "PLACE"


def test_posts_ranks_and_a_village_that_shares_a_persons_name() -> None:
    found = _types("Gunmen stormed Kware village on Sunday. A leader, Alhaji Sani Kware, said so. The Police Public "
                   "Relations Officer in the state, SP Yazid Abubakar, confirmed the attack. After years ruling the "
                   "Central Asian state, Nazarbaev stepped down.")
    assert found.get("Kware") == ("PLACE", ()) and found["Alhaji Sani Kware"] == ("PERSON", ())
    assert found.get("Yazid Abubakar", ("",))[0] == "PERSON" and "Public Relations Officer" not in found
    assert found.get("Nazarbaev", ("",))[0] != "PLACE"


def test_a_publications_name_and_its_short_form() -> None:
    found = _types("The Mekong Observer reported the blast. Police told the Observer that two were hurt.")
    assert found.get("Mekong Observer") == ("ORG", ("Observer",))


def test_particles_missions_with_to_and_a_journeys_to() -> None:
    found = _type_of("Ursula von der Leyen met the Committee to Protect Journalists (CPJ). He handed the letter to "
                     "Ali Hassan. Thousands fled to Gedaref. According to M\u00e9decins Sans Fronti\u00e8res, the "
                     "clinic was looted.")
    assert found.get("Ursula von der Leyen") == "PERSON"
    assert found.get("Committee to Protect Journalists") == "ORG"
    assert found.get("Ali Hassan") == "PERSON" and found.get("Gedaref") == "PLACE"
    assert found.get("M\u00e9decins Sans Fronti\u00e8res") == "ORG"


def test_an_owners_institution_and_a_posts_office() -> None:
    found = _type_of("The Prosecutor-General's Office said 21 died. A spokesman for the Taliban's Ministry of "
                     "Disaster Management said so.")
    assert found.get("Prosecutor-General's Office") == "ORG" and "Office" not in found
    assert found.get("Ministry of Disaster Management") == "ORG"


def test_a_datelines_agency_is_no_abbreviation_and_a_count_is_no_name() -> None:
    found = _types("MEXICO CITY (Meridian) \u2014 Thirteen state police officers were killed near Mexico City.")
    assert found.get("Meridian") == ("ORG", ())
    assert found.get("Mexico City", ("",))[0] == "PLACE" and "Thirteen" not in found


def test_a_news_agency_by_what_it_is_called() -> None:
    found = _type_of("South Korea's Yonhap news agency said the minister met officials in Busan.")
    assert found.get("Yonhap") == "ORG" and found.get("Busan") == "PLACE"


def test_an_apposition_is_read_by_its_own_noun() -> None:
    found = _types("\"It was a show trial,\" said Tomas Varga, a lawyer with the centre. "
                   "Eurostat, a think tank that studies prices, disagreed. "
                   "The Memorial human rights centre said so too.")
    assert found["Tomas Varga"][0] == "PERSON"  # (not the "centre" he works with)
    assert found["Eurostat"][0] == "ORG" and found["Memorial"][0] == "ORG"


def test_names_in_other_languages_and_collective_possessives() -> None:
    found = _types("The Fiscalía General de la Nación opened a case in the department of Nariño, and the "
                   "Democratic Workers' Party called a strike in the Cordoba department.")
    assert found["Fiscalía General de la Nación"][0] == "ORG"
    assert found["Nariño"][0] == "PLACE" and found["Cordoba"][0] == "PLACE"
    assert found["Democratic Workers' Party"][0] == "ORG"


def test_a_transcripts_labels_and_dotless_i() -> None:
    found = _types("ANCHOR: Good evening. KEMAL YILDIRIM, BYLINE: Crews dug all night. "
                   "Kemal Yıldırım spoke to families. For the desk, I'm Kemal Yıldırım.")
    assert found["Kemal Yıldırım"][0] == "PERSON"
    assert "KEMAL YILDIRIM" in found["Kemal Yıldırım"][1]
    assert not {"BYLINE", "ANCHOR", "I'm Kemal Yıldırım"} & set(found)


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


def test_a_name_beside_a_place_and_a_country_that_looks_like_a_people() -> None:
    found = _types("MANILA, Philippines \u2014 Gunmen raided the villages of Dapo and Kulang, and police "
                   "reached Tamsi and Buol later. Rescuers of the Coast Guard Service helped.")
    assert found["Philippines"][0] == "PLACE"
    assert all(found[name][0] == "PLACE" for name in ("Dapo", "Kulang"))
    assert found.get("Coast Guard Service", ("",))[0] == "ORG"


def test_languages_events_and_labels_are_none_of_the_five() -> None:
    found = _types("URGENT ACTION: Police fired on the Maji Maji protests in Dodoma. The word means "
                   "\"water\" in Kiswahili. Marchers came from Arusha, Moshi and Mbulu, and Kenyan officials watched.")
    assert not {"URGENT ACTION", "Maji Maji", "Kiswahili"} & set(found)
    assert found["Mbulu"][0] == "PLACE" and found["Kenyan"][0] == "GROUP"


def test_an_institution_named_with_a_rank_and_a_capital_that_speaks() -> None:
    found = _types("Kabul did not respond. Pakistan's General Staff said traders in the Anarkali Bazaar were safe.")
    assert found["General Staff"][0] == "ORG" and "Staff" not in found
    assert found["Kabul"][0] == "PLACE" and found["Anarkali Bazaar"][0] == "PLACE"


def test_companies_short_forms_and_places_of_works() -> None:
    found = _types("Castleford Motors will close its Wakefield plant, analysts at Ferris Securities said. "
                   "Police entered the Complexo do Lins in Rio de Janeiro. The Public Defender's Office of "
                   "Rio de Janeiro and residents of Rio protested. Aid reached towns like Mopti.")
    assert found["Castleford Motors"][0] == "ORG" and found["Ferris Securities"][0] == "ORG"
    assert found["Wakefield"][0] == "PLACE" and found["Complexo do Lins"][0] == "PLACE"
    assert found["Public Defender's Office of Rio de Janeiro"][0] == "ORG"
    assert "Rio" in found["Rio de Janeiro"][1] and found["Mopti"][0] == "PLACE"


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


def test_people_of_a_town_a_speaking_surname_streets_and_a_short_form() -> None:
    found = _types("Sheriff Ann Davis said deputies went to Maple Drive. The victims were Jaylen Moore of Macon and "
                   "Ana Brooks of Warner Robins, Davis said. The Bibb County Coroner's Office and the Italian Red "
                   "Cross helped, and the Red Cross sent a team.")
    assert found["Jaylen Moore"][0] == "PERSON" and found["Macon"][0] == "PLACE"
    assert found["Ana Brooks"][0] == "PERSON" and found["Warner Robins"][0] == "PLACE"
    assert "Davis" in found["Ann Davis"][1] and "Davis" not in found
    assert found["Maple Drive"][0] == "PLACE" and found["Bibb County Coroner's Office"][0] == "ORG"
    assert "Red Cross" in found["Italian Red Cross"][1]


def test_a_resident_of_a_town_and_a_resident_who_speaks() -> None:
    found = _types("The driver, a resident of Wariyapola, was held. A resident, Chan Tai-man, 72, said SSP Nihal "
                   "Thalduwa had come.")
    assert found["Wariyapola"][0] == "PLACE" and found["Chan Tai-man"][0] == "PERSON"
    assert found["Nihal Thalduwa"][0] == "PERSON"
