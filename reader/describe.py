"""Words for the model's values, shared by every view (plain text, app)."""

from __future__ import annotations

from reader.model import Article, Entity, Figure

TYPE_NAMES = {"PERSON": "People", "PLACE": "Places", "ORG": "Organisations", "GROUP": "Groups", "DATE": "Dates"}
TYPE_SINGULAR = {"PERSON": "person", "PLACE": "place", "ORG": "organisation", "GROUP": "group", "DATE": "date"}
KIND_NAMES = {"headline": "Headline", "caption": "Caption", "lead": "Lead", "body": "Body"}
NOTE_NAMES = {"navigation": "Navigation", "media": "Media", "caption": "Repeated caption", "publisher": "Publisher",
              "legal": "Legal", "related": "Related", "other": "Other"}


def amount(figure: Figure) -> str:
    """227 / at least 14 / between 30 and 50 / dozens (24 or more)."""
    if figure.count is not None:
        text = f"{figure.count:,}"
        return text if figure.qualifier in ("exact", "vague") else f"{figure.qualifier} {text}"
    if figure.low is not None and figure.high is not None:
        return f"between {figure.low:,} and {figure.high:,}"
    if figure.low is not None:
        return f"{figure.low:,} or more (vague)"
    return "an unknown number of"


def short_amount(figure: Figure) -> str:
    """Compact, for a table column: 227, >=14 as ≥ 14, 30–50, 24+."""
    if figure.count is not None:
        mark = {"at least": "≥ ", "more than": "> ", "up to": "≤ ", "about": "~ "}.get(figure.qualifier, "")
        return f"{mark}{figure.count:,}"
    if figure.low is not None and figure.high is not None:
        return f"{figure.low:,}–{figure.high:,}"
    if figure.low is not None:
        return f"{figure.low:,}+"
    return "?"


def figure_sentence(figure: Figure) -> str:
    if figure.count == 1 and figure.qualifier == "exact":
        # "One 58-year-old man killed" (not "1 58-year-old man"), "One person wounded"
        text = f"one {figure.who or 'person'} {figure.category}"
    else:
        text = f"{amount(figure)} {figure.who or 'people'} {figure.category}"
    if figure.source:
        text += f", according to {figure.source}"
    if figure.disputed:
        text += f"; disputed by {figure.disputed_by}." if figure.disputed_by else "; disputed."
    else:
        text += "."
    return text[0].upper() + text[1:]


def entity_sentence(entity: Entity) -> str:
    parts = [entity.name]
    if entity.aliases:
        parts.append("also " + ", ".join(entity.aliases))
    n = len(entity.mentions)
    parts.append(f"{n} mention{'' if n == 1 else 's'}")
    return ", ".join(parts)


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


SCOPE_TITLES = {"incident": "About this incident", "other": "About other events the article mentions",
                "aggregate": "Totals over a period or place"}
"""How the views title each figure scope, in the order they show them."""


def toll_sentence(article: Article) -> str:
    """The incident's toll in words: "The incident's toll: 1 killed, 2 wounded." """
    if not article.toll:
        return "The incident's toll: no one reported harmed."
    parts = []
    for toll in article.toll:
        if toll.count is not None:
            parts.append(f"{toll.count:,} {toll.category}")
        elif toll.low:
            parts.append(f"at least {toll.low:,} {toll.category}")
        else:
            parts.append(f"an unknown number {toll.category}")
    return "The incident's toll: " + ", ".join(parts) + "."


def figures_by_scope(article: Article) -> list[tuple[str, list[int]]]:
    """(scope, indices of its figures), incident first, then other events, then totals."""
    return [(scope, [n for n, f in enumerate(article.figures) if f.scope == scope]) for scope in SCOPE_TITLES
            if any(f.scope == scope for f in article.figures)]


def meta_line(article: Article) -> str | None:
    """A web page's own claims, one line for under the headline: "Page says:
    Published 2026-03-02 by Jane Roe, Example News. Language en. Address
    https://..." (None when the input is no web page or the page says nothing)."""
    meta = article.meta
    if meta is None:
        return None
    parts = []
    names = [*meta.authors, *([meta.publisher] if meta.publisher and meta.publisher not in meta.authors else [])]
    by = ", ".join(names)
    if meta.published or by:
        parts.append(" ".join(filter(None, ["Published", meta.published, f"by {by}" if by else None])) + ".")
    if meta.language:
        parts.append(f"Language {meta.language}.")
    if meta.url:
        parts.append(f"Address {meta.url}")
    return "Page says: " + " ".join(parts) if parts else None
