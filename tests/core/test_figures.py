"""Issue 3: casualty figures on every sample, scored against gold."""

from __future__ import annotations

import pytest

from reader.analysis.figures import find_figures
from reader.model import Paragraph
from tests.conftest import analysis_of, article_of, gold_of, sample_names
from tests.scoring import combined, score_figures


def test_figures_f1_overall_at_least_0_9() -> None:
    total = combined([score_figures(analysis_of(name), gold_of(name))[0] for name in sample_names()])
    assert total.f1 >= 0.9, f"F1 {total.f1:.3f}\nmissed {total.misses}\nextra {total.extras}"


def test_no_number_of_anything_else_is_a_figure(sample: str) -> None:
    score, _ = score_figures(analysis_of(sample), gold_of(sample))
    assert score.extras == []


def test_figure_attributes(sample: str) -> None:
    score, errors = score_figures(analysis_of(sample), gold_of(sample))
    assert score.misses == [] and errors == [], "\n".join(score.misses + errors)


def test_the_users_article() -> None:
    figures = analysis_of("kazakh-party-leader")["figures"]
    assert [(f["category"], f["count"] or f["low"]) for f in figures] == [
        ("killed", 227), ("killed", 19), ("detained", 12000), ("missing", 40)]
    assert figures[0]["source"] == "Kazakh authorities" and figures[0]["disputed"] is True


def _value(get, name: str):
    """A field of a figure; "count|low": the count, or the low bound of a vague amount."""
    first, _, fallback = name.partition("|")
    value = get(first)
    return get(fallback) if value is None and fallback else value


def _fields(figures, *names: str) -> list[tuple]:
    """The named fields of each of an article's figures."""
    return [tuple(_value(lambda n, f=f: getattr(f, n), name) for name in names) for f in figures]


def _sentence_fields(*names: str):
    """found(sentence): the named fields of each figure one sentence gives."""
    from reader.analysis.figures import _in_sentence

    def found(sentence: str) -> list[tuple]:
        return [tuple(_value(f.get, name) for name in names) for f, _ in _in_sentence(sentence)]

    return found


def _figures(text: str) -> list[tuple]:
    found = find_figures([Paragraph("p1", "s1", "Headline here"), Paragraph("p2", "s2", text)])
    return [(f.category, f.count, f.low, f.high, f.qualifier) for f in found]


@pytest.mark.parametrize("text", [
    "The president said the city was attacked by 20,000 terrorists.",
    "He ruled for 30 years and beat 12 candidates in 1999.",
    "The army deployed 5,000 troops and 40 tanks to the border.",
    "Prices rose 7.5% and the bank lent $300 million to 2,000 firms.",
    "The town lies 60 kilometres from the capital; the quake struck at 6:14 a.m.",
    "Rashida Begum, 52, said the water was dirty.",
    "Two of the three candidates were women aged 40 and 45.",
])
def test_numbers_that_count_nothing_harmed(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Officials said two people died.", ("killed", 2, 2, 2, "exact")),
    ("A dozen protesters were arrested.", ("detained", 12, 12, 12, "about")),
    ("Between 30 and 50 people were wounded.", ("wounded", None, 30, 50, "about")),
    ("Hundreds of families were evacuated.", ("displaced", None, 200, None, "vague")),
    ("Police detained more than 300 people.", ("detained", 300, 300, None, "more than")),
    ("Up to 40 people are missing.", ("missing", 40, None, 40, "up to")),
    ("The death toll rose to 61.", ("killed", 61, 61, 61, "exact")),
    ("Twenty-one miners were hurt.", ("wounded", 21, 21, 21, "exact")),
])
def test_counts_in_words_ranges_and_vague_amounts(text: str, expected: tuple) -> None:
    assert _figures(text) == [expected]


def test_including_is_a_figure_of_its_own() -> None:
    got = _figures("At least 12 people were killed, including three children, the ministry said.")
    assert got == [("killed", 12, 12, None, "at least"), ("killed", 3, 3, 3, "exact")]


def test_source_and_dispute() -> None:
    found = find_figures([Paragraph("p1", "s1", "Headline"), Paragraph(
        "p2", "s2", "According to the Health Ministry, 40 people were killed. "
                    "The opposition says the real toll is 90 and accused the ministry of undercounting.")])
    assert found[0].source == "Health Ministry" and found[0].disputed is True
    assert found[1].count == 90 and found[1].disputed is False


def test_a_toll_put_at_a_number_is_a_figure_and_its_source() -> None:
    found = find_figures([Paragraph("p1", "s1", "Headline"), Paragraph(
        "p2", "s2", "The ministry put the number of dead at 11. The death toll stood at 42 on Friday.")])
    assert [(f.category, f.count) for f in found] == [("killed", 11), ("killed", 42)]
    assert found[0].source == "ministry"
    assert _figures("The meeting began at 11 and ended at 3.") == []


def test_the_disputers_own_count_is_not_disputed() -> None:
    found = find_figures([Paragraph("p1", "s1", "Headline"), Paragraph(
        "p2", "s2", "Officials said 11 people were killed. Human Rights Watch said the figure was far too low "
                    "and that researchers had confirmed at least 20 deaths.")])
    assert [(f.count, f.disputed) for f in found] == [(11, True), (20, False)]
    assert found[1].source == "Human Rights Watch"  # the researchers report inside its statement


def test_separate_clauses_keep_their_own_sources() -> None:
    found = find_figures([Paragraph("p1", "s1", "Headline"), Paragraph(
        "p2", "s2", "Police said 5 people died; doctors said 7 people were injured.")])
    assert [(f.count, f.source) for f in found] == [(5, "Police"), (7, "doctors")]


def test_of_the_dead_names_who_they_were() -> None:
    found = find_figures([Paragraph("p1", "s1", "Headline"), Paragraph(
        "p2", "s2", "At least 37 people were killed. He said seven of the dead were children.")])
    assert [(f.category, f.count, f.who) for f in found] == [("killed", 37, "people"), ("killed", 7, "children")]


@pytest.mark.parametrize("text, expected", [
    ("Eleven people are still believed to be trapped.", ("missing", 11)),
    ("Most were taken to hospital. Of the injured, 96 remain in intensive care.", ("wounded", 96)),
    ("At least 2,300 people had spent the night in tents.", ("displaced", 2300)),
])
def test_linked_and_implied_harm(text: str, expected: tuple) -> None:
    found = find_figures([Paragraph("p1", "s1", "Headline"), Paragraph("p2", "s2", text)])
    assert [(f.category, f.count) for f in found] == [expected]


def test_every_dispute_cue_passes_its_cheap_gate() -> None:
    from reader.analysis.figures import _DISPUTE, _may_dispute

    cues = ["disputed", "contested", "rejected", "denied", "denies", "deny", "fabricated", "undercounted",
            "playing down", "downplayed", "inflated", "exaggerated", "much higher", "far higher",
            "significantly higher", "may be higher", "could be higher", "likely higher", "is higher", "be higher",
            "much lower", "too low", "too high", "underestimated", "understated", "real toll", "actual death toll",
            "true toll", "questioned", "doubts", "insisted", "likely to rise", "expected to rise", "hiding the",
            "concealed", "covered up"]
    for cue in cues:
        sentence = f"The opposition said the figure was {cue} by the ministry."
        assert _DISPUTE.search(sentence), cue
        assert _may_dispute(sentence), cue


def test_totals_of_the_harmed_behind_bars_and_documented_counts() -> None:
    found = find_figures([Paragraph("p1", "s1", "Headline"), Paragraph(
        "p2", "s2", "That brought the number of people convicted to more than 3,800. About 1,300 people remain behind "
                    "bars, among them 170 women. The centre has documented seven deaths in custody.")])
    assert [(f.category, f.count, f.qualifier) for f in found] == [
        ("other", 3800, "more than"), ("detained", 1300, "about"), ("detained", 170, "exact"), ("killed", 7, "exact")]
    assert found[3].source == "The centre" or found[3].source == "centre"


def test_sheltering_in_centres_is_displacement() -> None:
    found = find_figures([Paragraph("p1", "s1", "Headline"), Paragraph(
        "p2", "s2", "More than 118,000 people are sheltering in 96 accommodation centres.")])
    assert [(f.category, f.count, f.qualifier) for f in found] == [("displaced", 118000, "more than")]


def test_including_a_child_is_one_more_figure() -> None:
    found = find_figures([Paragraph("p1", "s1", "Headline"), Paragraph(
        "p2", "s2", "The strike killed six people, including a 7-year-old girl, and injured 31, the governor said. "
                    "The council met, including a doctor from the city.")])
    assert [(f.category, f.count, f.who) for f in found] == [
        ("killed", 6, "people"), ("killed", 1, "7-year-old girl"), ("wounded", 31, None)]


def test_who_stops_at_before() -> None:
    found = find_figures([Paragraph("p1", "s1", "Headline"), Paragraph(
        "p2", "s2", "The gunman killed four employees and wounded three others before fatally shooting himself, "
                    "police said.")])
    assert [(f.category, f.count, f.who) for f in found] == [
        ("killed", 4, "employees"), ("wounded", 3, "others"), ("killed", 1, None)]  # (and the gunman himself)


def test_a_named_disputer_and_the_owner_of_the_disputed_figures() -> None:
    found = find_figures([Paragraph("p1", "s1", "Headline"), Paragraph(
        "p2", "s2", "The health ministry says more than 54,000 people have been killed since the war began, when "
                    "gunmen killed about 1,200 people, according to Israeli tallies."), Paragraph(
        "p3", "s2", "Israel disputes the health ministry's figures.")])
    assert [(f.count, f.source, f.disputed) for f in found] == [
        (54000, "health ministry", True), (1200, "Israeli tallies", False)]
    hedged = find_figures([Paragraph("p1", "s1", "Headline"), Paragraph(
        "p2", "s2", "At least 20 people were killed and the toll may be much higher.")])
    assert [(f.count, f.disputed) for f in hedged] == [(20, False)]  # a hedge is no dispute


def test_inverted_attribution_an_aside_and_a_pronoun_speaker() -> None:
    found = find_figures([Paragraph("p1", "s1", "Headline"), Paragraph(
        "p2", "s2", "Eight people, including two children, were killed, said police on Friday."), Paragraph(
        "p3", "s2", "Rescuers pulled 14 people out alive, said Yasin Tadvi, chief of the rescue cell. He said four "
                    "more people were feared trapped.")])
    assert [(f.category, f.count, f.source) for f in found] == [
        ("killed", 8, "police"), ("killed", 2, "police"), ("missing", 4, "Yasin Tadvi")]
    other = find_figures([Paragraph("p1", "s1", "Headline"), Paragraph(
        "p2", "s2", "The ministry put the number of dead at 11 and said its soldiers had killed 17 fighters.")])
    assert other[0].source == "ministry"  # 'and said its soldiers' is no inverted attribution


@pytest.mark.parametrize("text, expected", [
    ("Of the 15 dead, nine were women.", [("killed", 15, "exact", None), ("killed", 9, "exact", "women")]),
    ("Fewer than 10 people were hurt.", [("wounded", 10, "up to", "people")]),
    ("Two soldiers and a civilian were killed.",
     [("killed", 2, "exact", "soldiers"), ("killed", 1, "exact", "civilian")]),
    ("21 people died, including four officers, and 243 others were injured.",
     [("killed", 21, "exact", "people"), ("killed", 4, "exact", "officers"), ("wounded", 243, "exact", "others")]),
])
def test_sub_counts_coordinated_subjects_and_upper_bounds(text: str, expected: list) -> None:
    found = find_figures([Paragraph("p1", "s1", "Headline"), Paragraph("p2", "s2", text)])
    assert [(f.category, f.count, f.qualifier, f.who) for f in found] == expected


def test_a_coordinated_subject_without_a_determiner() -> None:
    found = find_figures([Paragraph("p1", "s1", "Headline"), Paragraph(
        "p2", "s2", "At least 50 soldiers and civilian auxiliaries were killed, security sources said.")])
    assert [(f.category, f.count, f.source) for f in found] == [("killed", 50, "security sources")]


def test_sources_behind_asides_appositions_and_participles() -> None:
    from reader.analysis.figures import _attributions

    def speaker(sentence: str) -> str | None:
        return [a[2] for a in _attributions(sentence)][-1]

    assert speaker("Officials at the hospital, however, put the number of dead at 23.") == \
        "Officials at the hospital"
    assert speaker("Abdul Muhari, a spokesman for the agency, told reporters that 31 were missing.") == \
        "Abdul Muhari"
    assert speaker("Minister Jane Roe disputed the count, telling parliament that six people had died.") == \
        "Minister Jane Roe"


def test_two_dozen_and_adverbs_before_the_harm_word() -> None:
    from reader.analysis.figures import _in_sentence

    found = [(f["count"], f["category"]) for f, _ in _in_sentence(
        "Four died and 12 were badly hurt, while two dozen remain missing and 19 were seriously injured.")]
    assert found == [(4, "killed"), (12, "wounded"), (24, "missing"), (19, "wounded")]


def test_a_dispute_names_what_its_own_clause_names() -> None:
    """'received 35 wounded people, many with burns, and said the number of
    dead was likely to rise': the deaths are in doubt, not the injuries."""
    from tests.conftest import article_of

    text = ("Strike kills dozens at detention centre\n\n"
            "An air strike killed at least 68 people and wounded 47 others, the interior ministry said on Monday.\n\n"
            "A charity said its staff had received 35 wounded people, many with severe burns, and that the number "
            "of dead was likely to rise.\n")
    figures = article_of(text).figures
    assert [(f.count, f.category, f.disputed) for f in figures] == [
        (68, "killed", True), (47, "wounded", False), (35, "wounded", False)]


def test_a_toll_risen_far_from_its_noun_a_lower_toll_and_lost_relatives() -> None:
    from tests.conftest import article_of

    text = ("QUAKE TOLL CLIMBS PAST 1,000 IN THE\nWEST OF THE COUNTRY\n\n"
            "HERAT, Oct 8 (Agency) - The death toll from two powerful earthquakes that struck the west of the "
            "country on Saturday has risen to 1,052, a ministry spokesman said on Sunday.\n\n"
            "The World Health Organization gave a lower toll of 870 dead, citing figures from hospitals, and said it "
            "was working to verify the count.\n\n"
            "Mohammad Nabi, 45, said he had lost 14 members of his family.\n")
    article = article_of(text)
    assert article.title == "QUAKE TOLL CLIMBS PAST 1,000 IN THE WEST OF THE COUNTRY"
    assert [(f.count, f.category, f.source, f.disputed) for f in article.figures] == [
        (1052, "killed", "ministry spokesman", True), (870, "killed", "World Health Organization", False),
        (14, "killed", "Mohammad Nabi", False)]
    assert {e.name for e in article.entities if e.type == "DATE"} >= {"Oct 8", "Saturday", "Sunday"}


def test_a_release_headline_under_its_issuer_and_a_restated_count() -> None:
    from tests.conftest import article_of

    text = ("FOR IMMEDIATE RELEASE\n\nCity Police Department\n\nOffice of Public Affairs\n\n"
            "Media Contact: Sgt. Jane Roe, 555-0142\n\n"
            "Two Dead, Three Wounded in Early Morning Shooting; Suspect in Custody\n\n"
            "SPRINGFIELD, Ill. (Sunday) \u2013 Two men were killed and three other people were wounded shortly "
            "before 2 a.m. Sunday.\n\n"
            "The three wounded, a woman and two men, were taken to hospital at 3 a.m. The club was closed.\n")
    article = article_of(text)
    assert article.title.startswith("Two Dead, Three Wounded")
    assert {n.text: n.kind for n in article.notes}["FOR IMMEDIATE RELEASE"] == "publisher"
    assert [(f.count, f.category) for f in article.figures] == [(2, "killed"), (3, "wounded")]
    assert article.figures[0].quote.startswith("SPRINGFIELD, Ill. (Sunday)")


def test_the_dead_included_it_said_and_gave_a_toll() -> None:
    from tests.conftest import article_of

    text = ("Clashes leave dozens dead\n\n"
            "At least 37 people have been killed in two days of clashes, a war monitor said on Friday.\n\n"
            "The monitor said the dead included 18 fighters and eight civilians. It said 14 people had been "
            "abducted.\n\n"
            "The interior ministry gave a toll of 30 dead. An activist said the real figure was higher.\n")
    figures = article_of(text).figures
    assert [(f.count, f.category, f.source) for f in figures] == [
        (37, "killed", "war monitor"), (18, "killed", "monitor"), (8, "killed", "monitor"), (14, "other", "monitor"),
        (30, "killed", "interior ministry")]
    assert figures[-1].disputed


def test_numbers_that_count_other_things_and_a_second_country_count() -> None:
    found = _sentence_fields("count", "low", "category")

    assert found("A magnitude 7.8 earthquake destroyed the 2,300-year-old town, killing at least 1,651 people in "
                 "Turkey and 968 in neighbouring Syria, officials said.") == [(1651, 1651, "killed"),
                                                                             (968, 968, "killed")]
    assert found("The group warned that the toll would rise because hundreds of families were still under the "
                 "rubble.") == [(None, 200, "missing")]
    assert found("The G7 promised $1.2 billion, and two C-17 planes carrying 150 specialists would land.") == []


def test_of_the_harmed_names_who_only_with_a_noun() -> None:
    from reader.analysis.figures import _in_sentence

    found = [(f["count"], f["category"], f["who"]) for f, _ in _in_sentence(
        "Four were killed and 23 injured. Two of the injured were flown to Lima; seven of the dead were children.")]
    assert (2, "wounded", None) in found and (7, "killed", "children") in found


def test_the_source_behind_a_tally() -> None:
    from reader.analysis.figures import _in_sentence

    assert [f["source"] for f, _ in _in_sentence(
        "At least 45 people were killed, according to figures compiled by the Armed Conflict Location and Event "
        "Data Project.")] == ["Armed Conflict Location and Event Data Project"]
    assert [f["source"] for f, _ in _in_sentence("At least 9 died, according to a tally by local media.")] == [
        "local media"]


def test_a_fact_box_line_and_a_count_risen_far_from_its_noun() -> None:
    from tests.conftest import article_of

    text = ("UPDATE 2-Fire kills dozens in market\n\n"
            "DHAKA, Feb 29 (Agency) - The number of people confirmed dead in a fire at a seven-storey building in "
            "the capital rose to 46 on Friday, the health minister said.\n\n"
            "Death toll: 46 (health ministry); Injured: 22+ (hospital officials); Missing: unknown.\n")
    article = article_of(text)
    assert article.title == "Fire kills dozens in market"
    assert [(f.count, f.category, f.qualifier, f.source) for f in article.figures] == [
        (46, "killed", "exact", "health minister"), (22, "wounded", "at least", "hospital officials")]


def test_a_table_of_casualties_by_province() -> None:
    from tests.conftest import article_of

    text = ("# Floods kill more than 200\n\nRains have killed at least 212 people, officials said.\n\n"
            "| Province | Deaths | Injured | Houses damaged |\n| --- | --- | --- | --- |\n"
            "| Punjab | 118 | 212 | 1,340 |\n| Khyber Pakhtunkhwa | 61 | 97 | 2,015 |\n")
    article = article_of(text, "t.md")
    assert [(f.count, f.category) for f in article.figures] == [
        (212, "killed"), (118, "killed"), (212, "wounded"), (61, "killed"), (97, "wounded")]
    assert article.figures[1].quote == "Punjab | 118 | 212 | 1,340"
    assert {e.name: e.type for e in article.entities}.get("Khyber Pakhtunkhwa") == "PLACE"


def test_treated_for_wounds() -> None:
    from reader.analysis.figures import _harm_in, _in_sentence

    sentence = "Doctors at the hospital said they had treated 19 people for gunshot wounds."
    assert _harm_in(sentence)
    assert [(f["count"], f["category"], f["source"]) for f, _ in _in_sentence(sentence)] == [
        (19, "wounded", "Doctors at the hospital")]


def test_things_killed_or_lost_are_not_people() -> None:
    from reader.analysis.figures import _in_sentence

    assert list(_in_sentence("The decision killed 3 projects and 2,000 jobs were lost, the company said.")) == []


def test_shares_totals_and_times_of_day() -> None:
    found = _sentence_fields("count", "category", "who")

    assert found("Nine out of 10 of those killed were civilians, the UN said.") == []
    assert found("Strikes killed 42 Palestinians overnight, health officials said, bringing the total killed "
                 "since October to 43,000.") == [(42, "killed", "Palestinians"), (43000, "killed", None)]


def test_a_statement_from_x_and_the_number_of_wounded_at() -> None:
    found = _sentence_fields("count", "category", "source")

    assert found("Twenty people died, according to a statement from the Red Cross.") == [(20, "killed", "Red Cross")]
    assert found("Hospital sources put the number of wounded at 57.") == [(57, "wounded", "Hospital sources")]


def test_a_bulletin_counts_its_headline() -> None:
    from tests.conftest import article_of

    article = article_of("BREAKING: At least 12 killed in suicide bombing at market - state radio\n\nMore follows.\n")
    assert article.title == "At least 12 killed in suicide bombing at market - state radio"
    assert [(f.count, f.category, f.qualifier) for f in article.figures] == [(12, "killed", "at least")]
    assert [n.kind for n in article.notes] == ["publisher"]
    assert not any(e.name.casefold() == "breaking" for e in article.entities)


def test_hundreds_in_words() -> None:
    found = _sentence_fields("count", "category", "qualifier")

    assert found("One hundred and twelve people were arrested.") == [(112, "detained", "exact")]
    assert found("A hundred people were injured.") == [(100, "wounded", "about")]


def test_a_relative_clause_between_the_people_and_their_harm() -> None:
    from reader.analysis.figures import _in_sentence

    assert [(f["count"], f["category"], f["who"]) for f, _ in _in_sentence(
        "Three construction workers who had been filling potholes on the bridge were found dead on Wednesday, "
        "police said.")] == [(3, "killed", "construction workers")]


def test_indian_numbering() -> None:
    found = _sentence_fields("count", "category")

    assert found("Over 1.5 lakh people were evacuated to relief camps, officials said.") == [(150000, "displaced")]
    assert found("About 1,20,000 people were evacuated.") == [(120000, "displaced")]
    assert found("The state announced Rs 2 lakh for the families of the 14 people killed.") == [(14, "killed")]


def test_a_report_called_false_is_disputed() -> None:
    from tests.conftest import article_of

    article = article_of("Strikes kill dozens in city\n\nAt least 45 people were killed in overnight strikes, the "
                         "health ministry said.\n\nThe army said the ministry's report was false and that only "
                         "militants had been targeted.\n")
    assert [(f.count, f.disputed) for f in article.figures] == [(45, True)]


def test_false_news_is_no_dispute() -> None:
    from tests.conftest import article_of

    article = article_of("Arrests\n\nPolice said 12 people were arrested for spreading false news about the vote.\n")
    assert [(f.count, f.disputed) for f in article.figures] == [(12, False)]


def test_martyred_succumbed_hostages_and_the_homeless() -> None:
    found = _sentence_fields("count", "category")

    assert found("At least 15 Palestinians were martyred in the strike, the ministry said.") == [(15, "killed")]
    assert found("Three of the wounded later succumbed to their injuries.") == [(3, "killed")]
    assert found("Thirty people were taken hostage.") == [(30, "other")]
    assert found("The floods left 12 people dead and 30 homeless.") == [(12, "killed"), (30, "displaced")]


def test_casualties_stand_at() -> None:
    from reader.analysis.figures import _in_sentence

    assert [(f["count"], f["category"]) for f, _ in _in_sentence("Casualties stand at 14 dead and 23 wounded.")] == [
        (14, "killed"), (23, "wounded")]


def test_a_source_that_said_it_had_verified() -> None:
    from reader.analysis.figures import _in_sentence

    assert [f["source"] for f, _ in _in_sentence(
        "The UN human rights office said it had verified the deaths of 1,201 civilians.")] == ["UN human rights office"]
    assert [f["source"] for f, _ in _in_sentence(
        "An AFP tally based on official sources puts the toll at 1,450.")] == ["AFP tally"]


def test_a_number_that_points_back_and_a_count_said_to_be_lower() -> None:
    article = article_of("Floods\n\nThe agency said more than 800 families had fled their homes. Village chiefs put "
                         "the number closer to 2,500. Another 40 were injured, the agency said.\n\nA monitoring "
                         "group says 64 people were killed, though the army's own count is lower.\n")
    got = _fields(article.figures, "count", "category", "source", "disputed")
    assert (2500, "displaced", "Village chiefs", False) in got
    assert (800, "displaced", "agency", True) in got
    assert (64, "killed", "monitoring group", True) in got


def test_sentenced_to_prison_is_detention_and_a_dispute_of_that() -> None:
    article = article_of("Verdict\n\nA court sentenced 9 students to prison terms of six years. "
                         "Unions said at least 12 workers were still missing. The ministry disputed that, "
                         "saying everyone was found. Rescuers, a volunteer crew that drove from Tunis, now say "
                         "three people were hurt.\n")
    got = _fields(article.figures, "count", "category", "source", "disputed")
    assert got == [(9, "detained", None, False), (12, "missing", "Unions", True), (3, "wounded", "Rescuers", False)]


def test_lists_asides_and_a_charge_denied() -> None:
    found = _sentence_fields("count|low", "category", "who")

    assert found("Gunmen raided a market, killing five traders and three porters, police said.") == [
        (5, "killed", "traders"), (3, "killed", "porters")]
    assert found("Eleven miners and two drivers were among the dead.")[0][:2] == (11, "killed")
    assert found("At least 40 passengers, most of them from Chad, drowned on Monday.") == [
        (40, "killed", "passengers")]
    assert found("Some 9,000 people were moved to evacuation centres.") == [(9000, "displaced", "people")]
    article = article_of("Border\n\nMonitors accuse the border police of expelling hundreds of refugees, "
                         "a charge the ministry denies.\n")
    assert [(f.category, f.low, f.source, f.disputed) for f in article.figures] == [
        ("other", 200, "Monitors", True)]


def test_a_box_line_restated_by_the_prose_and_plus_signs() -> None:
    article = article_of("Quake\n\nCasualties 90 dead, 1,200+ injured\n\nAt least 90 people were killed and "
                         "1,200 injured, the health ministry said. Some 5,000 people are staying at 40 evacuation "
                         "centres.\n\nThe Red Cross put the toll at 95, saying its volunteers had found five more "
                         "bodies. Hundreds of people are estimated to be held in police cells.\n")
    got = _fields(article.figures, "count|low", "category", "qualifier", "source")
    assert got == [(90, "killed", "at least", "health ministry"), (1200, "wounded", "exact", "health ministry"),
                   (5000, "displaced", "about", None), (95, "killed", "exact", "Red Cross"),
                   (5, "killed", "exact", "Red Cross"), (200, "detained", "vague", None)]
    plus = article_of("Quake\n\nThe agency counted 1,200+ injured people.\n").figures
    assert [(f.count, f.qualifier) for f in plus] == [(1200, "at least")]


def test_footnote_marks_cases_of_harm_and_claimed_kills() -> None:
    article = article_of("Report\n\nThe mission recorded 52 cases of arbitrary detention and the killing of 30 "
                         "villagers.4 The army has rejected these figures, while acknowledging that 6 civilians "
                         "died.5 Another 11 went missing.\n\nThe ministry said its forces had eliminated up to "
                         "45 fighters and destroyed 3 tanks.\n")
    got = _fields(article.figures, "count", "category", "who", "source")
    assert got == [(52, "detained", None, "mission"), (30, "killed", "villagers", "mission"),
                   (6, "killed", "civilians", "army"), (11, "missing", None, None),
                   (45, "killed", "fighters", "ministry")]


def test_paired_counts_sources_behind_relative_clauses_and_one_officer() -> None:
    from reader.analysis.figures import _attributions

    found = _sentence_fields("count", "category", "who", "source")

    assert [c[:2] for c in found("Ghana and Togo recorded about 380 and 410 flood deaths respectively.")] == [
        (380, "killed"), (410, "killed")]
    assert found("One police officer was shot dead, the governor said.") == [
        (1, "killed", "police officer", "governor")]
    assert _attributions("In Chad, the civil protection agency said 14 people had died.")[0][2] == \
        "civil protection agency"
    assert _attributions("The ministry, which keeps its own register, has recorded 270 deaths.")[0][2] == "ministry"
    assert found("Last month two of our drivers were abducted.") == [(2, "other", "drivers", None)]


def test_a_business_story_kills_nobody() -> None:
    article = article_of("Merger\n\nThe steelmaker killed its merger, wounded by tariffs; 1,200 workers will be laid "
                         "off and two furnaces frozen. \"We are missing our targets,\" the chief said, and shares "
                         "were hit hard, losing 38%.\n")
    assert article.figures == ()


def test_treatment_allegations_totals_and_phrases_that_speak_for_nobody() -> None:
    found = _sentence_fields("count", "category", "who", "source")

    assert found("At least 19 others are undergoing treatment, the magistrate said.") == [
        (19, "wounded", "others", "magistrate")]
    assert found("The toll rose to 27, with six more deaths reported overnight, officials said.") == [
        (27, "killed", None, "officials"), (6, "killed", "more", "officials")]
    alleged = found("Jane Roe alleged that the toll was hidden and claimed that more than 40 had died.")
    assert alleged[0][3] == "Jane Roe"
    assert found("Local officials put the total number of dead at more than 600.")[0][3] == "Local officials"
    assert found("Police arrested 61 men accused of smuggling.") == [(61, "detained", "men", None)]


def test_european_number_formats_and_bulletin_tails() -> None:
    found = _sentence_fields("count", "category", "source")

    assert found("More than 12 000 people have fled, the agency said.") == [(12000, "displaced", "agency")]
    assert found("The number of displaced people rose to 2,8 million.")[0][:2] == (2800000, "displaced")
    assert found("Some 4\u202f500 people were evacuated.")[0][0] == 4500
    assert found("DEATH TOLL IN PORT BLAST RISES TO 7 - HEALTH MINISTRY") == [(7, "killed", "HEALTH MINISTRY")]
    assert found("Gunmen killed 9 guests and were abducting 12 others.")[1][:2] == (12, "other")
    assert found("Of 000 people none were hurt.") == []


def test_a_speaker_named_in_the_paragraph_before_and_a_quotation_that_goes_on() -> None:
    article = article_of("Six killed in market clash in the north\n\nRegional governor Ada Obi visited the "
                         "market on Monday evening and met the families.\n\n\"Six people died and 20 were hurt,\" "
                         "she told reporters. \"Three of our guards were wounded too.\"\n\n"
                         "The dead were counted by figures compiled by the Red Cross, "
                         "which said 40 families had moved to other camps.\n")
    got = _fields(article.figures, "count", "category", "source")
    assert got[:3] == [(6, "killed", "Ada Obi"), (20, "wounded", "Ada Obi"), (3, "wounded", "Ada Obi")]
    assert got[3][:2] == (40, "displaced")
    assert [n.kind for n in article.notes] == []  # "compiled by" inside a sentence is the story's
    from reader.analysis.figures import _in_sentence

    # a harm after "were" is its own category, not the last one's "who"
    assert [(f["count"], f["category"]) for f, _ in _in_sentence("Two died and 20 were hurt.")] == [
        (2, "killed"), (20, "wounded")]


def _article_fields(*names: str):
    """A function from one sentence to the named fields of its figures, read by the whole stage."""
    def found(sentence: str) -> list[tuple]:
        return _fields(find_figures([Paragraph("p1", "s1", "Headline here"), Paragraph("p2", "s2", sentence)]),
                       *names)
    return found


def test_one_person_harmed_named_by_a_noun() -> None:
    found = _article_fields("count", "category", "who")

    assert found("A 58-year-old man was killed when a shell hit his house.") == [(1, "killed", "58-year-old man")]
    assert found("A police officer was also trampled and later died.") == [(1, "killed", "police officer")]
    assert sorted(found("A suspected drug dealer was shot dead and two others were arrested.")) == [
        (1, "killed", "suspected drug dealer"), (2, "detained", "others")]
    ordered = article_of("Raid\n\nA suspected drug dealer was shot dead and two others were arrested, police "
                         "said.\n").figures
    assert [f.count for f in ordered] == [1, 2]  # in the sentence's order
    assert found("Three people were hurt, among them a 16-year-old boy.")[1] == (1, "wounded", "16-year-old boy")
    assert found("A man was seen leaving the building.") == []
    assert found("Almost two thirds of them died in the city.") == []
    assert found("Ninety-five journalists were being held hostage.")[0][:2] == (95, "other")


def test_one_person_who_died_or_whose_body_was_found() -> None:
    found = _article_fields("count", "category", "who")

    assert found("A 19-year-old man was pronounced dead at the scene.") == [(1, "killed", "19-year-old man")]
    assert found("A 17-year-old girl died later at the hospital.") == [(1, "killed", "17-year-old girl")]
    assert found("The body of a young man was recovered from the boat.") == [(1, "killed", "young man")]
    assert found("A man died down the road in 1990, the book says.")[0][:2] == (1, "killed")


def test_magnitudes_decimal_points_in_a_toll_and_a_long_relative_clause() -> None:
    found = _sentence_fields("count", "category", "qualifier")

    assert found("The death toll from a magnitude 6.0 earthquake that struck on Sunday has risen to more than "
                 "800, officials said.") == [(800, "killed", "more than")]
    assert found("Two bus passengers who were injured in a collision between a private bus and a lorry on the "
                 "coast road on Friday succumbed to their injuries, police said.") == [(2, "killed", "exact")]
    assert found("Twenty-six others were admitted to the hospital.") == [(26, "wounded", "exact")]
