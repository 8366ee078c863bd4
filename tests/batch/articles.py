"""Small articles of our own for the batch tests: two outlets on one event, and others."""

from __future__ import annotations

from pathlib import Path

ARTICLES = {
    "outlet-a/storm.txt": (
        "Storm kills 12 in Mombasa as river bursts its banks\n\n"
        "MOMBASA, 4 March 2025 (Coastwire) - At least 12 people were killed in Mombasa when the "
        "Ambra river burst its banks overnight, the regional governor Ilse Marrow said on Tuesday.\n\n"
        "About 300 residents were evacuated from low-lying streets, and rescuers said 40 people were injured.\n"
    ),
    "outlet-b/storm.md": (
        "# Floods in Mombasa: death toll rises\n\n"
        "The death toll from flooding in Mombasa rose to 14 on Wednesday, March 5, 2025, "
        "according to the city's emergency service.\n\n"
        "Governor Ilse Marrow said the Ambra river had fallen overnight.\n"
    ),
    "other/quake.html": (
        "<html><head><title>Quake hits Tessaly Valley</title></head><body><article>"
        "<h1>Quake hits Tessaly Valley</h1>"
        "<p>Seven people died and 25 were hurt when a tremor shook Tessaly Valley on 9 June 2024, "
        "officials from the Civil Protection Agency said.</p>"
        "<p>Engineer Bruno Katz said older houses had collapsed, \"one after another, like cards\".</p>"
        "</article></body></html>"
    ),
    "other/budget.txt": (
        "Council approves budget\n\n"
        "The council of Lindmoor approved a budget of 45 million on Monday by 31 votes to 9, "
        "its chair Rosa Quint said.\n"
    ),
}


def write_articles(folder: Path, bad: bool = True) -> list[Path]:
    """The articles above (and, with ``bad``, an empty and a binary file) under ``folder``."""
    written = []
    for name, text in ARTICLES.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    if bad:
        (folder / "bad").mkdir(exist_ok=True)
        (folder / "bad" / "empty.txt").write_text("", encoding="utf-8")
        (folder / "bad" / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 10)
        written += [folder / "bad" / "empty.txt", folder / "bad" / "binary.txt"]
    (folder / "notes.json").write_text("{}", encoding="utf-8")  # not an article ending: not read
    return written
