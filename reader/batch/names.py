"""Entity names across many articles, aliases merged: which articles mention a name.

Each article's entities come with their aliases ("Tokayev" with "Toqaev");
a name and its aliases are one entity, and an alias shared between articles
joins their entities (union-find), so a filter by any spelling finds every
article that mentions the entity under any of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


class NameIndex:
    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self._articles: defaultdict[str, set[str]] = defaultdict(set)

    def _root(self, name: str) -> str:
        parent = self._parent.setdefault(name, name)
        while parent != name:
            grand = self._parent[parent]
            self._parent[name] = grand  # path halving
            name, parent = parent, grand
        return name

    def add(self, article: str, entities: Iterable[Iterable[str]]) -> None:
        """One article's entities, each a name and its aliases."""
        for names in entities:
            keys = [n.casefold() for n in names if n.strip()]
            for key in keys:
                self._articles[key].add(article)
            for key in keys[1:]:
                a, b = self._root(keys[0]), self._root(key)
                if a != b:
                    self._parent[b] = a

    def articles(self, query: str) -> set[str]:
        """The articles that mention an entity one of whose names contains ``query`` (any case)."""
        needle = query.casefold().strip()
        if not needle:
            return set()
        roots = {self._root(name) for name in self._articles if needle in name}
        found: set[str] = set()
        for name, articles in self._articles.items():
            if self._root(name) in roots:
                found |= articles
        return found
