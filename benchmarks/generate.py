"""Generated articles of any size, for the benchmarks (seeded, repeatable).

Paragraphs are written from templates with varied names, places, numbers
and dates, so every stage of the analysis has real work to do.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

PEOPLE = ["Amina Diallo", "Pavel Sokolov", "Leila Haddad", "Tomasz Nowak", "Grace Achieng", "Hiroshi Tanaka",
          "Daniyar Serikbayev", "Lucia Fernandes", "Omar Farouk", "Ingrid Larsen"]
PLACES = ["Almaty", "Nairobi", "Tbilisi", "Lima", "Dhaka", "Kyiv", "Khartoum", "Tashkent", "Quito", "Manila"]
ORGS = ["Interior Ministry", "Red Cross", "United Nations", "Health Ministry", "Supreme Court",
        "National Election Commission", "World Bank"]
TEMPLATES = [
    ("{person}, a spokesperson for the {org}, said on {day} that {n} people were killed in {place} and at least "
    "{m} were injured during clashes that began in {month} {year}."),
    ("According to the {org}, more than {n} residents were evacuated from villages near {place}, while {m} others "
    "remain missing after the floods."),
    ("The budget of {n} million dollars was approved by {m} votes to {k}, officials in {place} said, after "
    "{person} urged lawmakers to act before {month}."),
    ("Police detained dozens of protesters outside the {org} building in {place} on {day}, witnesses told "
    "reporters, and {person} called the arrests unlawful."),
    ("Since {year}, the {org} has recorded {n} cases in {place}, a figure that {person} described as "
    "\"far lower than the truth\"."),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def article(size: int, seed: int = 7) -> str:
    """Plain text of about ``size`` characters: a headline, then paragraphs."""
    rng = random.Random(seed)
    parts = ["Generated Report On Events Across Several Regions", ""]
    total = sum(len(p) + 1 for p in parts)
    while total < size:
        text = rng.choice(TEMPLATES).format(
            person=rng.choice(PEOPLE), place=rng.choice(PLACES), org=rng.choice(ORGS), day=rng.choice(DAYS),
            month=rng.choice(MONTHS), year=rng.randint(1990, 2025), n=rng.randint(2, 5000),
            m=rng.randint(2, 900), k=rng.randint(1, 90))
        parts.append(text)
        parts.append("")
        total += len(text) + 2
    return "\n".join(parts)


# -- many articles of a news story's shape, for the batch benchmark ------------------------------
#
#     python benchmarks/generate.py N FOLDER [--seed S]
#
# Each article is a headline, a dateline lead with a casualty figure and its
# source, three to eight body paragraphs (quotes, a second figure, numbers that
# are not casualties), sometimes a byline, a "Read more" link line and a
# copyright footer; a tenth are Markdown and a tenth HTML. Invented names and
# places only. The same N and seed give the same files.

TOWNS = ["Port Verel", "Lindmoor", "Orlen", "Tessaly", "Brakka", "Saint Amond", "Kerrow", "Vasht", "Molenbeek Ridge",
         "Ashfall", "Corran", "Dunmere", "Esk Valley", "Farrow", "Gellin", "Harth"]
REGIONS = ["Northern Province", "Coastal Region", "Highland District", "Eastern Territory", "Lake County"]
EVENTS = [("flood", "floods", "swept away", "kill"), ("storm", "a storm", "hit", "kills"),
          ("quake", "an earthquake", "shook", "kills"), ("blast", "an explosion", "tore through", "kills"),
          ("fire", "a fire", "gutted", "kills"), ("landslide", "a landslide", "buried", "kills"),
          ("clashes", "clashes", "erupted in", "kill")]
OFFICIALS = ["governor", "police spokesperson", "health minister", "mayor", "fire chief", "rescue coordinator"]
SURNAMES = ["Marrow", "Quint", "Katz", "Okafor", "Lindqvist", "Barros", "Haidari", "Novak", "Serrano", "Abenov"]
GIVEN = ["Ilse", "Rosa", "Bruno", "Chidi", "Maja", "Tiago", "Farid", "Eva", "Lucas", "Aigerim"]
AGENCIES = ["Civil Protection Agency", "Red Crescent", "Interior Ministry", "Health Ministry", "Fire Service"]
BODY = [
    "{person}, the {office}, said {n} people had been taken to hospital in {town}, {m} of them in a serious condition.",
    "\"We heard a noise like thunder and then the water was everywhere,\" said {person2}, who lives near the river.",
    "The {agency} said about {m} families had left their homes and were staying in schools and sports halls.",
    "Officials in {region} said repairs to {k} bridges and {n} kilometres of road would cost {money} million.",
    ("Residents of {town} said help had been slow to arrive, and {person2} accused the authorities of "
    "playing down the damage."),
    "Last year {k} people were killed in a similar disaster in {town2}, according to the {agency}.",
    "Schools across {region} will stay closed until {weekday}, the education office said.",
    "The {agency} put the number of missing at {k}, while local volunteers said it could be higher.",
]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]


def _fill(rng: random.Random, template: str, town: str) -> str:
    return template.format(
        person=f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}", person2=f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}",
        office=rng.choice(OFFICIALS), town=town, town2=rng.choice(TOWNS), region=rng.choice(REGIONS),
        agency=rng.choice(AGENCIES), n=rng.randint(2, 400), m=rng.randint(2, 90), k=rng.randint(2, 30),
        money=rng.randint(2, 900), weekday=rng.choice(DAYS))


def story(rng: random.Random) -> tuple[str, list[str], list[str]]:
    """A headline, its paragraphs and its furniture lines."""
    town, (word, event, verb, kills) = rng.choice(TOWNS), rng.choice(EVENTS)
    dead = rng.randint(2, 300)
    day, month, year = rng.randint(1, 28), rng.choice(MONTH_NAMES), rng.randint(2019, 2026)
    headline = f"{event[0].upper()}{event[1:]} {kills} {dead} in {town}" if rng.random() < 0.7 else \
        f"Death toll from {town} {word} rises to {dead}"
    lead = (f"{town.upper()}, {day} {month} {year} (Newswire) - At least {dead} people were killed when {event} "
            f"{verb} {town} in the {rng.choice(REGIONS)}, the {rng.choice(AGENCIES)} said on {rng.choice(DAYS)}.")
    body = [_fill(rng, rng.choice(BODY), town) for _ in range(rng.randint(3, 8))]
    furniture = []
    if rng.random() < 0.5:
        furniture.append(f"By {rng.choice(GIVEN)} {rng.choice(SURNAMES)}")
    if rng.random() < 0.4:
        furniture.append(f"Read more: {rng.choice(TOWNS)} residents rebuild a year on")
    if rng.random() < 0.5:
        furniture.append(f"(c) {year} Newswire. All rights reserved.")
    return headline, [lead, *body], furniture


def article_file(rng: random.Random) -> tuple[str, str]:
    """(suffix, text) of one generated article."""
    headline, paragraphs, furniture = story(rng)
    byline = [f for f in furniture if f.startswith("By ")]
    rest = [f for f in furniture if not f.startswith("By ")]
    shape = rng.random()
    if shape < 0.1:
        return ".md", "\n\n".join([f"# {headline}", *(f"*{b}*" for b in byline), *paragraphs,
                                   *(f"[{r}](https://example.org/{n})" for n, r in enumerate(rest))]) + "\n"
    if shape < 0.2:
        def esc(text: str) -> str:
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

        return ".html", ("<html><head><title>" + esc(headline) + "</title></head><body><nav><a href='/'>Home</a> "
                         "<a href='/world'>World</a></nav><article><h1>" + esc(headline) + "</h1>"
                         + "".join(f"<p class='byline'>{esc(b)}</p>" for b in byline)
                         + "".join(f"<p>{esc(p)}</p>" for p in paragraphs) + "</article><footer>"
                         + "".join(f"<p>{esc(r)}</p>" for r in rest) + "</footer></body></html>\n")
    return ".txt", "\n\n".join([headline, *byline, *paragraphs, *rest]) + "\n"


def write_many(folder: Path, count: int, seed: int = 19) -> list[Path]:
    """``count`` articles in ``folder`` (in subfolders of 1,000), the same for the same seed."""
    rng = random.Random(seed)
    written = []
    for n in range(count):
        suffix, text = article_file(rng)
        path = folder / f"{n // 1000:03d}" / f"article-{n:06d}{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description="Write N generated articles into FOLDER.")
    parser.add_argument("count", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    paths = write_many(args.folder, args.count, args.seed)
    print(f"{len(paths)} articles in {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
