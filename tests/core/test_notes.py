"""Page furniture as major sites print it, and article sentences that look
a little like it: each line classified on its own (no page context)."""

from __future__ import annotations

import pytest

from reader.analysis.notes import furniture
from reader.readers.block import Block


@pytest.mark.parametrize("line, kind", [
    ("Email this article", "navigation"), ("Show all comments (24)", "navigation"), ("A A A", "navigation"),
    ("Open in app", "navigation"), ("Recommended for you", "related"), ("Report an error", "publisher"),
    ("Corrections policy", "publisher"), ("Photo gallery", "media"), ("Watch live", "media"),
    ("Story continues below advertisement", "navigation"),
    ("ADVERTISEMENT", "navigation"),
    ("Continue reading the main story", "navigation"),
    ("Supported by", "navigation"),
    ("Opens new tab", "navigation"),
    ("Purchase Licensing Rights", "navigation"),
    ("Gift this article", "navigation"),
    ("5 min read", "navigation"),
    ("Listen \u00b7 5:12 min", "navigation"),
    ("Follow Jane Doe on X", "navigation"),
    ("Related coverage", "related"),
    ("Trending Now", "related"),
    ("Our Standards: The Thomson Reuters Trust Principles.", "publisher"),
    ("This article was originally published by The Conversation.", "publisher"),
    ("Sign up to Europe Weekly, our free newsletter", "publisher"),
    ("\u00a9 2026 Example Media. All rights reserved.", "legal"),
    ("Image source, Getty Images", "media"),
    ("0:00 0:02:56 0:00", "media"),
])
def test_furniture(line: str, kind: str) -> None:
    assert furniture(Block(line)) == kind


@pytest.mark.parametrize("line", [
    "The minister said the agency would follow the plan on Twitter announcements.",
    "Police said 12 people were killed in the attack on Tuesday.",
    "Supported by the army, the rebels advanced on the city.",
    "Subscribers to the state pension will receive more from April, the ministry said.",
    "The court ruled that the copyright claim had no merit and dismissed the case brought by the publisher.",
])
def test_article_sentences_are_not_furniture(line: str) -> None:
    assert furniture(Block(line)) is None


@pytest.mark.parametrize("line, kind", [
    ("16.40 GMT", "publisher"), ("10:42 am ET", "publisher"), ("Key events", "navigation"),
    ("Show key events only", "navigation"), ("Please turn on JavaScript to use this feature", "navigation"),
    ("Topics", "related"),
])
def test_live_page_furniture(line: str, kind: str) -> None:
    assert furniture(Block(line, (0,))) == kind


def test_every_publisher_phrase_passes_its_rules_trigger_words() -> None:
    # A rule's pattern runs only on blocks holding one of its trigger words:
    # each kind of phrase must fire a publisher rule through them.
    from reader.analysis import notes_match

    phrases = ["Sign up for our newsletter", "Subscribe now", "Download our app", "Support independent journalism",
               "Donate", "Contact us", "Send us a news tip", "Get the latest headlines by email",
               "Delivered straight to your inbox", "Reporting by A; editing by B", "Writing by C", "Compiled by D",
               "This story has been corrected", "E contributed to this report", "Save this to read later",
               "Add to your reading list", "Please visit our site", "Read our standards", "Trust principles",
               "It was first published by F", "Read the full story", "For more information", "Press office",
               "news@example.org", "+44 20 7946 0000", "A reader-supported publication",
               "Consider becoming a paid subscriber"]
    for phrase in phrases:
        assert notes_match.first(phrase, "any", "publisher") is not None, phrase


def test_membership_appeals_and_read_also_links() -> None:
    assert furniture(Block("Read also: Drone attack overnight on the port, 2 injured", (0,))) == "related"
    assert furniture(Block("Support us", (0,))) == "publisher"
    assert furniture(Block("We have covered the war since day one. Help us keep going \u2014 become a member today.",
                           (0,))) == "publisher"
    assert furniture(Block("Volunteers support the wounded at the station.", (0,), "p", frozenset())) is None


@pytest.mark.parametrize("line, kind", [
    ("Sandeep Ashar / TNN / Updated: Aug 22, 2025, 10:47 IST", "publisher"),
    ("Download The Times of India News App for Latest City News.", "publisher"),
    ("Follow us", "navigation"), ("Trending Stories", "related"), ("Visual Stories", "related"),
    ("June 3, 2025 7:21 PM GMT+1 Updated 2 hours ago", "publisher"),
])
def test_portal_furniture(line: str, kind: str) -> None:
    assert furniture(Block(line, (0,))) == kind


@pytest.mark.parametrize("line, kind", [
    ("Share full article", "navigation"), ("Reporting from Rio de Janeiro", "publisher"),
    ("Ana Ionova is a reporter based in Rio de Janeiro.", "publisher"),
])
def test_newspaper_copy_furniture(line: str, kind: str) -> None:
    assert furniture(Block(line, (0,))) == kind


def test_a_reporters_name_in_a_story_sentence_is_no_author_note() -> None:
    assert furniture(Block("Police said a reporter was among those detained at the border on Monday.", (0,))) is None


@pytest.mark.parametrize("line, kind", [
    ("Issued on: 12/03/2025 - 10:15 Modified: 12/03/2025 - 18:40", "publisher"),
    ("2 min Reading time", "publisher"), ("Advertising", "navigation"),
])
def test_wire_site_furniture(line: str, kind: str) -> None:
    assert furniture(Block(line, (0,))) == kind


@pytest.mark.parametrize("line, kind", [
    ("Please use Chrome browser for a more accessible video player", "media"),
    ("Read more from Sky News: Talks resume in Munich", "related"),
    ("Follow Sky News on WhatsApp", "navigation"),
])
def test_broadcaster_page_furniture(line: str, kind: str) -> None:
    assert furniture(Block(line, (0,))) == kind


def test_our_voice_is_publisher_only_beside_the_publications_things() -> None:
    from reader.analysis.notes import furniture
    from reader.readers.block import Block

    def kind(text: str):
        return furniture(Block(text, (0,), "p"))

    assert kind("Support our journalism: become a member today.") == "publisher"
    assert kind("Civilians told our staff that at least 14 people were killed when shells struck a displacement "
                "site on 18 March.") is None
    assert kind("This is a summary of what was said by the agency's spokesperson at today's briefing.") == "publisher"


def test_a_pull_quote_is_a_note_and_the_line_stays_where_it_is_said() -> None:
    from tests.conftest import article_of

    text = ("Listen to this article \u00b7 9:12 min\n\nFamilies wait for news of the missing\n\n"
            "Photographs by Jane Roe\n\n"
            "COLOMBO \u2014 Relatives of the disappeared gathered again on Monday outside the court to ask what "
            "became of their children, as they have done every week for eight years.\n\n"
            "\u201cWe only want to know where they are.\u201d\n\n"
            "\u201cWe only want to know where they are,\u201d said one mother, holding a photograph of her son "
            "as rain began to fall on the small crowd outside the building.\n")
    article = article_of(text)
    notes = {n.text: n.kind for n in article.notes}
    assert notes["\u201cWe only want to know where they are.\u201d"] == "other"
    assert notes["Listen to this article \u00b7 9:12 min"] == "media"
    assert notes["Photographs by Jane Roe"] == "publisher"
    assert article.title == "Families wait for news of the missing"
    assert any(p.text.startswith("\u201cWe only want to know where they are,\u201d said") for p in article.paragraphs)


@pytest.mark.parametrize("line", ["Editor: Zhang Long", "Translated by Ana Pires", "Enditem", "-- END --", "###"])
def test_desk_credits_and_end_marks_are_notes(line: str) -> None:
    from reader.analysis.notes import furniture
    from reader.readers.block import Block

    assert furniture(Block(line, (0,), "p")) in ("publisher", "other")


def test_an_email_newsletters_footer_is_the_publishers() -> None:
    from reader.analysis.notes import furniture
    from reader.readers.block import Block

    text = ("You are receiving this email because you signed up for The Brief. Unsubscribe | Update your "
            "preferences Our mailing address is: 100 Example Street, London")
    assert furniture(Block(text, (0,), "p")) == "publisher"


def test_text_copied_from_a_pdf() -> None:
    """Words broken at line ends are mended; running heads with page numbers
    are notes; a one-word heading under the title opens a section."""
    from tests.conftest import article_of

    text = ("Attacks on Villages in the West\n\nSummary\n\n"
            "Between April and June, fighters attacked at least 14 vil-\nlages in the foothills, killing at least "
            "312 civil-\nians, according to testimony from 86 survivors and wit-\nnesses interviewed by Rights Watch "
            "researchers in the field.\n\n"
            "Rights Monitor | September 2025    3\n\n"
            "More than 45,000 people fled to camps near the border, the United Nations said on Friday.\n\n"
            "4    Rights Monitor | September 2025\n")
    article = article_of(text)
    assert "14 villages" in article.paragraphs[2].text and "312 civilians" in article.paragraphs[2].text
    assert [n.kind for n in article.notes] == ["other", "other"]
    assert [(s.kind, s.title) for s in article.sections][:2] == [("headline", "Headline"), ("body", "Summary")]
    assert article.figures[0].source == "Rights Watch researchers in the field"


@pytest.mark.parametrize("line", ["Photo courtesy of the Red Cross", "File photo", "Getty Images/AFP", "(Reuters)",
                                  "Credit: Jane Doe/Reuters", "Photo by Jane Doe for The Times"])
def test_picture_credits_are_media_notes(line: str) -> None:
    from reader.analysis.notes import furniture
    from reader.readers.block import Block

    assert furniture(Block(line, (0,), "p")) == "media"
    assert furniture(Block("Credit Suisse said 40 jobs would go.", (0,), "p")) is None


@pytest.mark.parametrize("line, kind", [
    ("---------- Forwarded message ---------", "other"), ("Subject: Fwd: Floods close the border road", "other"),
    ("Date: Tue, Mar 3, 2026 at 9:02 PM", "other"), ("Sent from my iPad", "other"), ("FYI - worth a read", "other"),
    ("@river_watch \u00b7 12K subscribers", "publisher"), ("\U0001F441 4.1K \u270f\ufe0f edited 21:07", "publisher"),
    ("#floods #Assam #rescue", "related"), ("Heard on All Things Considered", "publisher"),
    ("2-Minute Listen", "media"), ("Playlist", "media"), ("___", "other"),
    ("This text may not be in its final form and may be updated.", "legal"),
])
def test_mail_channel_and_radio_furniture(line: str, kind: str) -> None:
    assert furniture(Block(line, (0,), "p")) == kind


def test_a_posts_emoji_is_not_part_of_its_title() -> None:
    from tests.conftest import article_of

    article = article_of("River Watch \U0001F30A\n\n@river_watch \u00b7 12K subscribers\n\n"
                         "\u26a1\ufe0f Dam breach floods three villages\n\n"
                         "Water from a breached dam flooded three villages before dawn, and 12 people were "
                         "missing, the district officer said.\n")
    assert article.title == "Dam breach floods three villages"
    assert [n.kind for n in article.notes][:2] == ["navigation", "publisher"]


@pytest.mark.parametrize("line, kind", [
    ("From Wikipedia, the free encyclopedia", "publisher"),
    ('Retrieved from "https://example.org/wiki/2025_floods"', "publisher"),
    ('4. "Dam toll rises to 40". Example Post. 3 May 2025. Retrieved 4 May 2025.', "related"),
    ("AI 12/25 \u00b7 Index: ASA 11/2/2025 \u00b7 Nepal \u00b7 Date: 9 June 2025", "publisher"),
    ("TAKE ACTION: SEND AN APPEAL USING YOUR OWN WORDS OR THE LETTER BELOW", "publisher"),
    ("Please write to: Minister of Justice, PO Box 12, Kathmandu", "publisher"),
])
def test_encyclopedia_and_campaign_furniture(line: str, kind: str) -> None:
    assert furniture(Block(line, (0,), "p")) == kind
    assert furniture(Block('She said: "It was 4. We ran." Then the roof fell.', (0,), "p")) is None


def test_an_encyclopedia_pages_title_is_restated_by_its_first_paragraph() -> None:
    from tests.conftest import article_of

    article = article_of("2025 Sindh floods\n\nFrom Wikipedia, the free encyclopedia\n\n2025 Sindh floods\n"
                         "Deaths\t120\n\nThe 2025 Sindh floods were caused by monsoon rains that began in July 2025 "
                         "and went on for six weeks across the lower Indus valley, destroying crops, roads and "
                         "thousands of homes in dozens of districts.\n\nAftermath\nThe provincial government "
                         "said 120 people had died in the floods, most of them in the districts along the river, "
                         "and opened relief camps.\n")
    assert article.title == "2025 Sindh floods"
    assert [n.kind for n in article.notes][:2] == ["publisher", "other"]
    assert [s.title for s in article.sections if s.kind == "body"][-1] == "Aftermath"
    assert [(f.count, f.source) for f in article.figures] == [(120, "provincial government")]


def test_a_reports_footnotes_are_notes_and_a_numbered_list_is_not() -> None:
    from tests.conftest import article_of

    body = ("Report on the valley\n\nThe team counted 40 burned houses and 12 people killed in two villages "
            "between May and July, according to witnesses interviewed in the camps.3\n\n")
    notes = article_of(body + "3 Interviews in Camp A, July 2025.\n\n4 Satellite images, 2 August 2025.\n").notes
    assert [n.kind for n in notes] == ["other", "other"]
    listed = article_of(body + "1. Open the roads.\n\n2. Pay the families.\n")
    assert listed.notes == () and listed.figures[0].count == 12


def test_an_interviews_furniture_and_a_quoted_headline() -> None:
    from tests.conftest import article_of

    article = article_of("INTERVIEW\n\n\"We count the dead one by one\": a doctor on the siege\n\n"
                         "Interview by Jane Roe\n\nAmira Saleh runs the last hospital in the city and spoke to us "
                         "by phone about the siege, the shelling and the patients she can no longer treat.\n\n"
                         "Q: How many patients do you see?\n\nA: Hundreds a day, and we have no fuel left for "
                         "the generators that keep the operating theatres running at night.\n\n"
                         "This interview is part of our series on sieges. Read the others here.\n")
    assert article.title.startswith("\"We count the dead")
    kinds = {n.text.split()[0]: n.kind for n in article.notes}
    assert kinds["Interview"] == "publisher" and kinds["This"] == "publisher"
    assert [s.title for s in article.sections if s.kind == "body"] == [None]  # no question is a heading
    assert furniture(Block("By Jane Roe \u00b7 30 September 2026 \u00b7 4 min read", (0,), "p")) == "publisher"


def test_a_forum_copy_and_its_comments() -> None:
    from tests.conftest import article_of

    article = article_of("r/news\n\nPosted by u/someone 2 hours ago\n\nFerry capsizes off Zanzibar, 12 dead\n\n"
                         "Reposting since the site is paywalled:\n\n"
                         "A ferry capsized off Zanzibar on Monday and 12 passengers drowned, the port authority "
                         "said, while divers searched the wreck for survivors through the night.\n\n"
                         "Officials said the ferry was carrying twice as many people as it was licensed for, and "
                         "that its captain had been arrested at the harbour on Tuesday.\n\n"
                         "2.1k upvotes \u00b7 98 comments\n\nShare Save Report\n\nSort by: best\n\n"
                         "level 1 \u00b7 sea_dog \u00b7 1h\n\nThis happened in 2011 too, when 200 died.\n")
    kinds = [n.kind for n in article.notes]
    assert kinds[-5:] == ["other", "navigation", "navigation", "other", "other"]
    assert [f.count for f in article.figures] == [12]
    assert furniture(Block("ALSO READ | Floods close schools", (0,), "p")) == "related"
    assert furniture(Block("From the Newsline world desk", (0,), "p")) == "publisher"


@pytest.mark.parametrize("line", [
    "Correction, Nov. 24, 2026: An earlier version of this article misstated the number of people killed.",
    "LIVE TV TICKER - ARCHIVE 25/11/2026", "Correction appended"])
def test_corrections_and_dated_labels_are_the_publishers(line: str) -> None:
    assert furniture(Block(line, (0,), "p")) == "publisher"


def test_a_wire_desks_initials_are_the_publishers() -> None:
    assert furniture(Block("bur-jm/ad", (0,), "p")) == "publisher"
    assert furniture(Block("Rescuers searched the well-known market.", (0,), "p")) is None
