def find_entities(paragraphs):
    return ()
