from reader.batch.names import NameIndex


def test_an_alias_finds_the_articles_of_every_spelling() -> None:
    index = NameIndex()
    index.add("a.txt", [["Qasym Toqaev", "Toqaev"], ["Almaty"]])
    index.add("b.txt", [["Kassym Tokayev", "Tokayev", "Toqaev"]])
    index.add("c.txt", [["Tokayev"]])
    index.add("d.txt", [["Astana"]])
    assert index.articles("toqaev") == {"a.txt", "b.txt", "c.txt"}
    assert index.articles("Kassym") == {"a.txt", "b.txt", "c.txt"}
    assert index.articles("ALMATY") == {"a.txt"}
    assert index.articles("nowhere") == set() and index.articles("  ") == set()
