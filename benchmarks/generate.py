"""Generated articles of any size, for the benchmarks (seeded, repeatable).

Paragraphs are written from templates with varied names, places, numbers
and dates, so every stage of the analysis has real work to do.
"""

from __future__ import annotations

import random

PEOPLE = ["Amina Diallo", "Pavel Sokolov", "Leila Haddad", "Tomasz Nowak", "Grace Achieng", "Hiroshi Tanaka",
          "Daniyar Serikbayev", "Lucia Fernandes", "Omar Farouk", "Ingrid Larsen"]
PLACES = ["Almaty", "Nairobi", "Tbilisi", "Lima", "Dhaka", "Kyiv", "Khartoum", "Tashkent", "Quito", "Manila"]
ORGS = ["Interior Ministry", "Red Cross", "United Nations", "Health Ministry", "Supreme Court",
        "National Election Commission", "World Bank"]
TEMPLATES = [
    "{person}, a spokesperson for the {org}, said on {day} that {n} people were killed in {place} and at least "
    "{m} were injured during clashes that began in {month} {year}.",
    "According to the {org}, more than {n} residents were evacuated from villages near {place}, while {m} others "
    "remain missing after the floods.",
    "The budget of {n} million dollars was approved by {m} votes to {k}, officials in {place} said, after "
    "{person} urged lawmakers to act before {month}.",
    "Police detained dozens of protesters outside the {org} building in {place} on {day}, witnesses told "
    "reporters, and {person} called the arrests unlawful.",
    "Since {year}, the {org} has recorded {n} cases in {place}, a figure that {person} described as "
    "\"far lower than the truth\".",
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
