"""Graphs for the tests and the benchmark of graph.html, in the format graph.build.finalize gives.

`hostile_graph` goes through graph.build.add_extraction + finalize, so its
attributes are exactly those of a real build; its names, aliases, sentences and
article ids carry markup that must show as text and never run.
`synthetic_graph` is a large random graph of the same shape, for the benchmark;
it takes the predicate table of ../shared/ONTOLOGY.md from PREDICATES below,
not from the extractor's lexicon, so it builds fast and alone.
"""
from __future__ import annotations

import random

import networkx as nx

from extract.types import Article, ArticleExtraction, Entity, Evidence, Relation
from graph.build import add_extraction, finalize, new_graph

IMG = "<img src=x onerror=window.__pwned=1>"
SCRIPT = "<script>window.__pwned=1</script>"
CLOSE = "</script><script>window.__pwned=1</script>"
QUOTES = "\"'><svg onload=window.__pwned=1>&amp;"
HOSTILE = (IMG, SCRIPT, CLOSE, QUOTES)

RUSSIA = Entity("country:RU", "Russia", "COUNTRY")
USA = Entity("country:US", "United States", "COUNTRY")
UKRAINE = Entity("country:UA", "Ukraine", "COUNTRY")
LAVROV = Entity("person:sergey-lavrov", "Sergey Lavrov", "PERSON")
EVIL = Entity("person:" + IMG, IMG, "PERSON", in_dictionary=False)
NATO = Entity("org:NATO", "NATO", "ORGANIZATION")
STOCKHOLM = Entity("loc:stockholm", "Stockholm", "LOCATION")
EXPANSION = Entity("issue:nato-expansion", "NATO expansion", "ISSUE")

MET_SENTENCE = "Ngoại trưởng Nga Sergey Lavrov gặp Ngoại trưởng Mỹ Antony Blinken tại Stockholm."
EVIL_SENTENCE = f"Ông {IMG} chỉ trích Mỹ {SCRIPT} và {CLOSE} rồi {QUOTES}."
EVIL_ARTICLE = "bad-" + IMG
EVIL_TITLE = "Tin nóng " + IMG
EVIL_URL = "javascript:window.__pwned=1"  # never a link on the page
MET_TITLE = "Ngoại trưởng Nga và Mỹ gặp nhau tại Stockholm"
MET_URL = "https://example.org/tin/a1.html"


def _extraction(article_id: str, text: str, date: str | None, entities, aliases, relations,
                title: str = "", url: str | None = None) -> ArticleExtraction:
    ex = ArticleExtraction(Article(article_id, text, title, date, url, source=f"tests/{article_id}.txt"))
    for e in entities:
        ex.entities[e.id] = e
        ex.aliases[e.id] = set(aliases.get(e.id, ())) | {e.label}
        ex.mention_counts[e.id] = len(ex.aliases[e.id])
    ex.relations.extend(relations)
    return ex


def hostile_graph() -> nx.MultiDiGraph:
    """A small finalized graph: every kind of edge style, and markup in every text field.

    Its articles have titles (one with markup), dates (but a3), and a URL each for two
    of them: one a web address, one a `javascript:` URL that must never become a link.
    """
    G = new_graph()
    ev = lambda article, sentence, **kw: Evidence(article, sentence, **kw)  # noqa: E731
    add_extraction(G, _extraction(
        "a1", MET_SENTENCE, "2021-12-02",
        [RUSSIA, USA, LAVROV, STOCKHOLM],
        {RUSSIA.id: {"Nga", "Liên bang Nga"}, USA.id: {"Mỹ", "Hoa Kỳ"}, LAVROV.id: {"Sergey Lavrov", "ông Lavrov"}},
        [Relation(RUSSIA, "met", USA, ev("a1", MET_SENTENCE, date="2021-12-02", place="Stockholm")),
         Relation(LAVROV, "official_of", RUSSIA, ev("a1", MET_SENTENCE), role="Foreign Minister")],
        title=MET_TITLE, url=MET_URL,
    ))
    add_extraction(G, _extraction(
        EVIL_ARTICLE, EVIL_SENTENCE, "2022-01-10",
        [EVIL, USA, UKRAINE],
        {EVIL.id: {SCRIPT, CLOSE, QUOTES, "Ông Độc Hại"}, UKRAINE.id: {"Ukraine", IMG}},
        [Relation(EVIL, "criticizes", USA, ev(EVIL_ARTICLE, EVIL_SENTENCE, date="2022-01-10")),
         Relation(EVIL, "threatens", UKRAINE, ev(EVIL_ARTICLE, SCRIPT + " " + EVIL_SENTENCE))],
        title=EVIL_TITLE, url=EVIL_URL,
    ))
    planned = "Nga sẽ gặp Ukraine vào tuần tới."
    add_extraction(G, _extraction(
        "a3", planned + " NATO phản đối Nga. Nga phản đối NATO mở rộng.", None,
        [RUSSIA, UKRAINE, NATO, EXPANSION],
        {UKRAINE.id: {"Ukraine", "Kiev"}, NATO.id: {"NATO", "Khối Hiệp ước Bắc Đại Tây Dương"},
         EXPANSION.id: {"NATO mở rộng"}},
        [Relation(RUSSIA, "met", UKRAINE, ev("a3", planned, modality="planned"), modality="planned"),
         Relation(NATO, "opposes", RUSSIA, ev("a3", "NATO phản đối Nga.", date="2022-02-01")),
         Relation(RUSSIA, "opposes", EXPANSION, ev("a3", "Nga phản đối NATO mở rộng."))],
        title="NATO và Nga",
    ))
    return finalize(G)


# predicate: (label, family, quad, symmetric), as in ../shared/ONTOLOGY.md
PREDICATES = {
    "met": ("met", "consult", "verbal cooperation", True),
    "held_talks_with": ("held talks with", "consult", "verbal cooperation", True),
    "phoned": ("phoned", "consult", "verbal cooperation", True),
    "visited": ("visited", "consult", "verbal cooperation", False),
    "supports": ("supports", "cooperate", "verbal cooperation", False),
    "agrees_with": ("agrees with", "cooperate", "verbal cooperation", False),
    "praises": ("praises", "cooperate", "verbal cooperation", False),
    "proposes": ("proposes", "cooperate", "verbal cooperation", False),
    "signed_agreement_with": ("signed agreement with", "cooperate", "material cooperation", True),
    "provides_aid_to": ("provides aid to", "aid", "material cooperation", False),
    "urges": ("urges", "demand", "verbal conflict", False),
    "opposes": ("opposes", "disapprove", "verbal conflict", False),
    "rejects": ("rejects", "reject", "verbal conflict", False),
    "criticizes": ("criticizes", "disapprove", "verbal conflict", False),
    "accuses": ("accuses", "disapprove", "verbal conflict", False),
    "warns": ("warns", "threaten", "verbal conflict", False),
    "threatens": ("threatens", "threaten", "verbal conflict", False),
    "sanctions": ("sanctions", "coerce", "material conflict", False),
    "deploys_troops_near": ("deploys troops near", "force_posture", "material conflict", False),
    "attacks": ("attacks", "assault", "material conflict", False),
    "annexed": ("annexed", "assault", "material conflict", False),
    "official_of": ("official of", "structure", "structure", False),
    "member_of": ("member of", "structure", "structure", False),
}


# Names of made-up entities: one to three of these words and a number, as long as real names.
NAME_WORDS = ["North", "Republic", "Council", "Minister", "Union", "Alexander", "Nguyen", "Security", "Front",
              "Gulf", "Ocean", "Democratic", "Party", "Forces", "Maria", "Kim", "Agency", "International"]


def synthetic_graph(n_nodes: int = 3000, n_edges: int = 6000, seed: int = 1) -> nx.MultiDiGraph:
    """A random graph shaped like a news graph: a few hubs, many small entities, 1-4 sentences per edge."""
    names = sorted(PREDICATES)
    rnd = random.Random(seed)
    types = ["COUNTRY", "PERSON", "ORGANIZATION", "LOCATION", "GROUP", "ISSUE"]
    G: nx.MultiDiGraph = nx.MultiDiGraph()
    ids = [f"synthetic:{i:05d}" for i in range(n_nodes)]
    # As in the news, the entities with the most relations are the most mentioned.
    weights = [1 / (i + 1) ** 0.9 for i in range(n_nodes)]
    for i, node_id in enumerate(ids):
        mentions = max(1, round(3000 * weights[i] * rnd.uniform(0.5, 1.5)))
        words = [rnd.choice(NAME_WORDS) for _ in range(rnd.choice([1, 1, 2, 2, 3]))]
        G.add_node(node_id, id=node_id, label=" ".join(words + [str(i)]), type=rnd.choice(types),
                   aliases=sorted({f"Thực thể số {i}", f"Thuc the {i}"}), mentions=mentions,
                   articles=sorted({f"article-{rnd.randrange(1342):04d}" for _ in range(min(mentions, 30))}),
                   in_dictionary=True)
    count = 0
    while count < n_edges:
        u = rnd.choices(ids, weights)[0]
        v = rnd.choice(ids) if rnd.random() < 0.7 else rnd.choices(ids, weights)[0]
        predicate = rnd.choice(names)
        label, family, quad, symmetric = PREDICATES[predicate]
        if symmetric and v < u:
            u, v = v, u
        if u == v or G.has_edge(u, v, key=predicate):
            continue
        evidence = []
        for _ in range(rnd.choice([1, 1, 1, 2, 2, 3, 4])):
            article = f"article-{rnd.randrange(1342):04d}"
            item = {"article": article, "modality": "asserted",
                    "sentence": f"Câu thứ {count} trong bài {article}: " + "một câu tin tức khá dài " * 6}
            if rnd.random() < 0.6:
                item["date"] = f"2017-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
            evidence.append(item)
        evidence.sort(key=lambda e: (e["article"], e.get("date") or "", e["sentence"]))
        attrs = {"predicate": predicate, "label": label, "family": family, "quad": quad,
                 "symmetric": symmetric, "modality": rnd.choice(["asserted"] * 12 + ["planned", "possible"]),
                 "evidence": evidence, "articles": sorted({e["article"] for e in evidence}),
                 "confidence": round(1 - 0.5 ** len(evidence), 3)}
        dates = sorted(e["date"] for e in evidence if e.get("date"))
        if dates:
            attrs["date"] = dates[0]
        G.add_edge(u, v, key=predicate, **attrs)
        count += 1
    return G
