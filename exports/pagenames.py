"""The names graph.html's search knows an entity by: the same as the command line's and `KnowledgeGraph.entity`'s.

The keys are computed here with graph.names (exact_key, loose_key, the actor
dictionary's names, a person's surname) and shipped with the page, so the page
matches what `vnkg show NAME` matches, step by step as graph.names.NameIndex
does: the graph's own names exactly (case and punctuation aside), then without
diacritics, then the dictionary's names the same two ways, then a surname alone;
at each step an id beats a label, a label an alias. The page only folds what the
reader types, with the same rules (tests/test_html_views.py checks that both agree).
"""
from __future__ import annotations

import networkx as nx

from graph.names import ALIAS, DICTIONARY, ID, LABEL, NamedEntity, dictionary_names, exact_key, loose_key, surname

GRAPH, DICTIONARY_STEP, SURNAME = 0, 1, 2  # which step of the match a name belongs to


def search_names(G: nx.MultiDiGraph, dictionary=None) -> dict[str, list[list]]:
    """{entity id: [[step, rank, exact key, loose key, name as written], ...]}, best rank first per key.

    `dictionary` as for graph.names.NameIndex (None: the shipped actor dictionary, False: none).

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("country:US", label="United States", type="COUNTRY", aliases=["Mỹ"])
    >>> G.add_node("person:x", label="Kim Jong-un", type="PERSON", aliases=[])
    >>> names = search_names(G, dictionary=False)
    >>> for row in names["country:US"]: print(row)
    [0, 0, 'country us', 'country us', 'country:US']
    [0, 1, 'united states', 'united states', 'United States']
    [0, 2, 'mỹ', 'my', 'Mỹ']
    >>> names["person:x"][-1]
    [2, 0, 'jong un', 'jong un', 'Jong-un']
    """
    entities = [NamedEntity(str(n), str(d.get("label") or n), str(d.get("type") or ""),
                            tuple(str(a) for a in d.get("aliases") or ())) for n, d in sorted(G.nodes(data=True))]
    extra = dict(dictionary_names(dictionary, [e.id for e in entities]))
    out: dict[str, list[list]] = {}
    for e in entities:
        rows: list[list] = []
        seen: set[tuple[int, str, str]] = set()
        named = [(GRAPH, ID, e.id), (GRAPH, LABEL, e.label)] + [(GRAPH, ALIAS, a) for a in e.aliases]
        named += [(DICTIONARY_STEP, DICTIONARY, d) for d in extra.get(e.id, ())]
        last = surname(e)
        if last:
            named.append((SURNAME, ID, last))
        for step, rank, name in named:
            exact, loose = exact_key(name), loose_key(name)
            if (exact or loose) and (step, exact, loose) not in seen:
                seen.add((step, exact, loose))
                rows.append([step, rank, exact, loose, name])
        out[e.id] = rows
    return out
