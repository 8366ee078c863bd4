def find_figures(paragraphs):
    return ()
