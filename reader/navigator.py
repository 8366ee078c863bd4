"""One navigator over an article: where the reader is, and where each move goes.

Pure Python over ``reader.model`` (no Textual, no rich), so the app and
plain mode move through an article by the same rules:

- the reading position is a paragraph (``Navigator.paragraph``); the app
  sets it from the paragraph at the top of its article pane, plain mode
  from the paragraph it last read;
- sections: next, previous (to the start of this section first, as a
  reader's "previous" does), go to a section by number;
- paragraphs: next, previous, go to a paragraph by number;
- mentions: every entity's mentions in reading order, or one chosen
  entity's, with "mention 2 of 5" counted over what is stepped through;
- figures: each casualty figure and the span of its quote;
- search: case-folded matches over the paragraphs, stepped forward and back.

A move returns where it went (a ``Stop``: paragraph index and character
span) or ``None`` when there is nowhere to go; it never raises for the end
of an article, so every view can say so in its own words.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.model import Article, Entity, Figure


@dataclass(frozen=True, slots=True)
class Stop:
    """A place in the article: a paragraph (0-based index) and a span in it."""

    paragraph: int
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class MentionStop:
    """One mention of an entity (its index in ``article.entities``)."""

    paragraph: int
    start: int
    end: int
    entity: int


class Navigator:
    """Cursors over one article: section, paragraph, mention, figure, search."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.paragraph = 0
        self.mentions = sorted(
            (MentionStop(paragraph=article.paragraph_index(m.paragraph), start=m.start, end=m.end, entity=i)
             for i, entity in enumerate(article.entities) for m in entity.mentions),
            key=lambda m: (m.paragraph, m.start, m.end, m.entity))
        self.mention: MentionStop | None = None
        self.entity: int | None = None  # the chosen entity, or None for all
        self.figure_at = -1
        self.query = ""
        self.matches: list[Stop] = []
        self.match_at = -1
        self._first_match = -1  # after a new search: the match the first step goes to

    # -- paragraphs and sections ------------------------------------------------

    @property
    def paragraph_count(self) -> int:
        return len(self.article.paragraphs)

    def at(self, paragraph: int) -> None:
        """The view moved on its own (scrolling): the reading position follows."""
        self.paragraph = max(0, min(paragraph, self.paragraph_count - 1))

    def goto_paragraph(self, index: int) -> Stop | None:
        """Paragraph ``index`` (0-based), or None beyond either end."""
        if not 0 <= index < self.paragraph_count:
            return None
        self.paragraph = index
        return Stop(paragraph=index)

    def next_paragraph(self) -> Stop | None:
        return self.goto_paragraph(self.paragraph + 1)

    def previous_paragraph(self) -> Stop | None:
        return self.goto_paragraph(self.paragraph - 1)

    def section_index(self, paragraph: int | None = None) -> int:
        """The 0-based section of a paragraph (of the reading position by default)."""
        if not self.article.paragraphs:
            return 0
        index = max(0, min(self.paragraph if paragraph is None else paragraph, self.paragraph_count - 1))
        return int(self.article.paragraphs[index].section[1:]) - 1

    def section_start(self, section: int) -> int:
        """The paragraph index a section starts at."""
        return self.article.paragraph_index(self.article.sections[section].paragraphs[0])

    def goto_section(self, section: int) -> Stop | None:
        if not 0 <= section < len(self.article.sections) or not self.article.sections[section].paragraphs:
            return None
        return self.goto_paragraph(self.section_start(section))

    def next_section(self) -> Stop | None:
        return self.goto_section(self.section_index() + 1)

    def previous_section(self, at_start: bool | None = None) -> Stop | None:
        """To the start of this section, or to the previous section when the
        reader is at this one's start already (``at_start``; by default when
        the reading position is the section's first paragraph)."""
        current = self.section_index()
        if at_start is None:
            at_start = self.paragraph <= self.section_start(current)
        return self.goto_section(current - 1 if at_start else current)

    # -- mentions -----------------------------------------------------------------

    def choose_entity(self, entity: int | None) -> list[MentionStop]:
        """Step through one entity's mentions only (None: every entity's);
        returns that entity's mentions."""
        self.entity = entity
        if self.mention is not None and entity is not None and self.mention.entity != entity:
            self.mention = None
        return self.mention_stops() if entity is not None else []

    def mention_stops(self) -> list[MentionStop]:
        if self.entity is None:
            return self.mentions
        return [m for m in self.mentions if m.entity == self.entity]

    def step_mention(self, direction: int = 1) -> MentionStop | None:
        """The next (or previous) mention: after the current one, or from the
        reading position when none is current. Wraps around."""
        stops = self.mention_stops()
        if not stops:
            return None
        if self.mention in stops:
            at = stops.index(self.mention) + direction
        else:
            after = next((i for i, m in enumerate(stops) if m.paragraph >= self.paragraph), len(stops))
            at = after if direction > 0 else after - 1
        self.mention = stops[at % len(stops)]
        self.paragraph = self.mention.paragraph
        return self.mention

    def mention_place(self) -> tuple[int, int]:
        """(n, total): the current mention is the n-th of total stepped through."""
        stops = self.mention_stops()
        if self.mention is None or self.mention not in stops:
            return (0, len(stops))
        return (stops.index(self.mention) + 1, len(stops))

    def entity_place(self) -> tuple[int, int]:
        """(n, total): the current mention is its entity's n-th of total mentions."""
        if self.mention is None:
            return (0, 0)
        own = [m for m in self.mentions if m.entity == self.mention.entity]
        return (own.index(self.mention) + 1, len(own))

    def mention_entity(self) -> Entity | None:
        return self.article.entities[self.mention.entity] if self.mention is not None else None

    # -- figures ---------------------------------------------------------------------

    def figure_stop(self, n: int) -> Stop:
        """Where figure ``n`` stands: its quote in its paragraph."""
        figure = self.article.figures[n]
        index = self.article.paragraph_index(figure.paragraph)
        start = self.article.paragraphs[index].text.find(figure.quote)
        if start < 0:
            return Stop(paragraph=index, start=figure.start, end=figure.end)
        return Stop(paragraph=index, start=start, end=start + len(figure.quote))

    def select_figure(self, n: int) -> Stop | None:
        if not 0 <= n < len(self.article.figures):
            return None
        self.figure_at = n
        stop = self.figure_stop(n)
        self.paragraph = stop.paragraph
        return stop

    def step_figure(self, direction: int = 1) -> Stop | None:
        count = len(self.article.figures)
        if not count:
            return None
        if self.figure_at < 0:
            return self.select_figure(0 if direction > 0 else count - 1)
        return self.select_figure((self.figure_at + direction) % count)

    @property
    def figure(self) -> Figure | None:
        return self.article.figures[self.figure_at] if 0 <= self.figure_at < len(self.article.figures) else None

    # -- search -----------------------------------------------------------------------

    def search(self, query: str) -> int:
        """Find ``query`` (case-folded) in every paragraph; the next step goes
        to the first match at or after the reading position. Returns the
        number of matches (0 ends the search)."""
        self.query = query
        self.matches = []
        self.match_at = -1
        needle = query.casefold()
        if needle:
            for index, paragraph in enumerate(self.article.paragraphs):
                folded = paragraph.text.casefold()
                at = folded.find(needle)
                while at >= 0:
                    self.matches.append(Stop(paragraph=index, start=at, end=at + len(needle)))
                    at = folded.find(needle, at + len(needle))
        if not self.matches:
            self.query = ""
        self._first_match = next((i for i, m in enumerate(self.matches) if m.paragraph >= self.paragraph), 0)
        return len(self.matches)

    def step_match(self, direction: int = 1, *, new_paragraph: bool = False) -> Stop | None:
        """The next (previous) match, wrapping around; ``new_paragraph`` skips
        the other matches in the current match's paragraph."""
        count = len(self.matches)
        if not count:
            return None
        if self.match_at < 0:
            at = self._first_match if direction > 0 else self._first_match - 1
        else:
            at = self.match_at + direction
            while (new_paragraph and at % count != self.match_at
                   and self.matches[at % count].paragraph == self.matches[self.match_at].paragraph):
                at += direction
        self.match_at = at % count
        stop = self.matches[self.match_at]
        self.paragraph = stop.paragraph
        return stop

    def match_paragraphs(self) -> int:
        """How many paragraphs hold a match."""
        return len({m.paragraph for m in self.matches})

    def clear_search(self) -> None:
        self.query = ""
        self.matches = []
        self.match_at = -1
