"""One node per real entity across a corpus (graph/resolve.py).

The graphs are built from extractions written for the test: who is named in
which article, how often, and one relation each, so that every case of the
resolution is read on its own.
"""
from __future__ import annotations

import json

import pytest

from exports import read_json, to_json
from exports.review import to_merges_tsv
from extract import Article, ArticleExtraction, Entity, Evidence, Relation
from extract.lexicon import default_lexicon
from extract.mentions import slug
from graph.build import add_extraction, finalize, new_graph
from graph.resolve import unresolve
from vnkg.cli import main

RUSSIA = Entity("country:RU", "Russia", "COUNTRY")
FRANCE = default_lexicon().entity("country:FR")


def person(name: str) -> Entity:
    """The dictionary's person of that name, else a person the dictionary lacks."""
    known = default_lexicon().names.find(name)
    if known and known[0].text == name and known[0].value.startswith("person:"):
        entity = default_lexicon().entity(known[0].value)
        assert entity is not None
        return entity
    return Entity(f"person:{slug(name)}", name, "PERSON", in_dictionary=False)


def article(article_id: str, *named: tuple[str, int], office: tuple[str, Entity] | None = None) -> ArticleExtraction:
    """An article naming each (name, times) once, each named person accusing Russia."""
    result = ArticleExtraction(Article(article_id, "written for the test"))
    for name, times in named:
        entity = person(name)
        result.entities[entity.id] = entity
        result.aliases.setdefault(entity.id, set()).add(name)
        result.mention_counts[entity.id] = result.mention_counts.get(entity.id, 0) + times
        result.entities[RUSSIA.id] = RUSSIA
        result.relations.append(Relation(entity, "accuses", RUSSIA, Evidence(article_id, f"{name} cáo buộc Nga.")))
    if office:
        name, country = office
        result.entities[country.id] = country
        result.relations.append(Relation(person(name), "official_of", country,
                                         Evidence(article_id, f"Bộ trưởng {name}."), role="Minister"))
    return result


def raw(*articles: ArticleExtraction):
    G = new_graph()
    for extraction in articles:
        add_extraction(G, extraction)
    return G


def merges(G) -> dict[str, str]:
    """Merged node -> the node it was merged into."""
    record = G.graph.get("resolution", {})
    return {m["id"]: into for into, members in record.get("merged", {}).items() for m in members if m["id"] != into}


def candidates(G) -> dict[str, tuple[str, ...]]:
    return {c["id"]: tuple(c["others"]) for c in G.graph.get("resolution", {}).get("candidates", [])}


@pytest.mark.parametrize("variant, into, kind, others", [
    # a typo of a dictionary person
    ("Vladmir Putin", "person:vladimir_putin", "typo", [("Vladimir Putin", 1)]),
    ("Donald Trumph", "person:donald_trump", "typo", [("Donald Trump", 1)]),
    ("Fumio Kishda", "person:fumio_kishida", "typo", [("Fumio Kishida", 1)]),
    # a typo of a person the dictionary lacks, far more frequent
    ("Gary Kohn", "person:gary_cohn", "typo", [("Gary Cohn", 9)]),
    # initials, a repeated word, a place glued in front, against a person the dictionary lacks
    ("James L. Robart", "person:james_robart", "initial", [("James Robart", 1)]),
    ("Moon Moon Sang-gyun", "person:moon_sang_gyun", "repeat", [("Moon Sang-gyun", 1)]),
    ("Seattle James Robart", "person:james_robart", "prefix", [("James Robart", 1)]),
    ("PepsiCo Indra Nooyi", "person:indra_nooyi", "prefix", [("Indra Nooyi", 1)]),
    # a surname alone, where an article names the person in full too
    ("Robart", "person:james_robart", "surname", [("James Robart", 2)]),
    ("Le Maire", "person:bruno_le_maire", "surname", [("Bruno Le Maire", 1)]),
])
def test_a_variant_is_merged_and_stays_an_alias(variant, into, kind, others):
    G = finalize(raw(article("a1", *others), article("a2", (variant, 1), *others[:1])))
    variant_id = person(variant).id
    assert variant_id not in G and merges(G) == {variant_id: into}
    assert variant in G.nodes[into]["aliases"]
    assert "a2" in G.nodes[into]["articles"]
    assert G.has_edge(into, "country:RU", "accuses")
    record = next(m for m in G.graph["resolution"]["merged"][into] if m["id"] == variant_id)
    assert record["kind"] == kind


@pytest.mark.parametrize("left, others, reason", [
    # two spellings, neither in the dictionary nor far more frequent
    ("Marta Kowalcyzk", [("Marta Kowalczyk", 19), ("Marta Kowalcyzk", 14)], "neither"),
    # a surname two persons of the corpus have
    ("Clinton", [("Bill Clinton", 1), ("Hillary Clinton", 1), ("Clinton", 3)], "2 persons"),
    # a name two dictionary persons have
    ("George Bush", [("George W. Bush", 1), ("George H. W. Bush", 1), ("George Bush", 1)], "could be any"),
])
def test_a_doubtful_name_is_left_apart_as_a_candidate(left, others, reason):
    G = finalize(raw(article("a1", *others)))
    left_id = person(left).id
    assert left_id in G and left_id not in merges(G)
    row = next(c for c in G.graph["resolution"]["candidates"] if c["id"] == left_id)
    assert reason in row["reason"]


def test_a_surname_no_article_names_in_full_is_left_apart():
    # "Kelly" alone in a2: Raymond W. Kelly, or John F. Kelly?
    G = finalize(raw(article("a1", ("John Kelly", 3)), article("a2", ("Kelly", 5))))
    assert "person:kelly" in G and candidates(G)["person:kelly"] == ("person:john_f_kelly",)


def test_a_variant_holding_another_office_is_left_apart():
    G = finalize(raw(article("a1", ("Sergey Lavrov", 1)),
                     article("a2", ("Sergei Lavov", 1), office=("Sergei Lavov", FRANCE))))
    assert "person:sergei_lavov" in G and "offices differ" in G.graph["resolution"]["candidates"][0]["reason"]


def test_people_the_dictionary_tells_apart_are_never_merged():
    names = ["Kim Jong-un", "Kim Jong-nam", "George W. Bush", "George H. W. Bush", "Bill Clinton",
             "Hillary Clinton", "George H. Bush", "Kim Jong Nam", "Bill Hillary Clinton"]
    G = finalize(raw(article("a1", *[(n, 1) for n in names])))
    for name in ["Kim Jong-un", "George W. Bush", "George H. W. Bush", "Bill Clinton", "Hillary Clinton"]:
        assert person(name).id in G
    assert not any(into in ("person:kim_jong_un", "person:george_w_bush", "person:george_h_w_bush",
                            "person:bill_clinton", "person:hillary_clinton") for into in merges(G).values())


# --- the same graph however it is built -------------------------------------------------

FIRST = [article("a1", ("John Kelly", 2), ("Kelly", 1)),  # alone, Kelly names John F. Kelly
         article("a2", ("Vladimir Putin", 1)), article("a3", ("Vladmir Putin", 1))]
LATER = [article("a4", ("Megyn Kelly", 1)),  # now two persons have the name Kelly
         article("a5", ("Gary Cohn", 3)), article("a6", ("Gary Kohn", 1))]


def test_resolving_again_changes_nothing():
    G = finalize(raw(*FIRST, *LATER))
    assert to_json(finalize(G)) == to_json(G)
    assert to_json(finalize(G, new_graph())) == to_json(G)


def test_the_order_of_the_articles_does_not_matter():
    assert to_json(finalize(raw(*FIRST, *LATER))) == to_json(finalize(raw(*LATER, *FIRST)))


def test_adding_articles_to_a_resolved_graph_gives_the_full_build(tmp_path):
    first = finalize(raw(*FIRST))
    assert merges(first)["person:kelly"] == "person:john_f_kelly"  # merged while Kelly was one person
    path = tmp_path / "graph.json"
    path.write_text(to_json(first), encoding="utf-8")
    added = finalize(read_json(path), raw(*LATER))
    full = finalize(raw(*FIRST, *LATER))
    assert "person:kelly" in full and "person:kelly" not in merges(full)
    assert to_json(added) == to_json(full)


def test_unresolve_gives_back_the_nodes_and_relations_as_read():
    G = raw(*FIRST)
    back = unresolve(finalize(G))
    assert sorted(back.nodes) == sorted(G.nodes)
    assert back.nodes["person:vladmir_putin"]["articles"] == ["a3"]
    for node, article_id in (("person:vladmir_putin", "a3"), ("person:vladimir_putin", "a2")):
        evidence = back.edges[node, "country:RU", "accuses"]["evidence"]
        assert [e["article"] for e in evidence] == [article_id]


# --- the command line -----------------------------------------------------------------------

CORPUS = [
    ("c01", "Ông James Robart chỉ trích Mỹ. Ông James Robart cáo buộc Nga."),
    ("c02", "Ông Arizona James Robart chỉ trích Nhà Trắng."),  # a place glued in front, which only the resolver knows
    ("c03", "Thẩm phán Robart chỉ trích Nhà Trắng. Ông James Robart cáo buộc Nga."),
    ("c04", "Tổng thống Nga Vladimir Putin cáo buộc Mỹ."),
    ("c05", "Tổng thống Nga Vladmir Putin chỉ trích Ukraine."),
    ("c06", "Ông Kelly chỉ trích Iran. Ông John Kelly cáo buộc Nga."),
    ("c07", "Bà Megyn Kelly chỉ trích Nga."),
    ("c08", "Bà Marta Kowalczyk chỉ trích Mỹ."),
    ("c09", "Bà Marta Kowalcyzk cáo buộc Nga."),
    ("c10", "Ông Clinton chỉ trích Nga. Bà Hillary Clinton cáo buộc Nga. Ông Bill Clinton chỉ trích Iran."),
]


def write_corpus(path, rows) -> None:
    path.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in rows),
                    encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("resolve")
    write_corpus(folder / "first.jsonl", CORPUS[:6])  # Kelly is one person until c07
    write_corpus(folder / "later.jsonl", CORPUS[6:])
    outs = {}
    # Every build reads the same two files: the graph names each article's file (and line).
    for name, commands in {
        "plain": [["build", "first.jsonl", "later.jsonl", "--out", "plain"]],
        "workers": [["build", "first.jsonl", "later.jsonl", "--out", "workers", "--workers", "2"]],
        "added": [["build", "first.jsonl", "--out", "added"], ["add", "added", "later.jsonl"]],
    }.items():
        for command in commands:
            assert main([str(folder / a) if a.endswith(".jsonl") or a == name else a for a in command]) == 0
        outs[name] = folder / name
    return outs


def test_the_build_resolves_the_corpus(built):
    G = read_json(built["plain"] / "graph.json")
    assert {"person:arizona_james_robart", "person:robart", "person:vladmir_putin"}.isdisjoint(G.nodes)
    assert {"Arizona James Robart", "Robart"} <= set(G.nodes["person:james_robart"]["aliases"])
    assert {"person:kelly", "person:clinton", "person:marta_kowalczyk", "person:marta_kowalcyzk"} <= set(G.nodes)


@pytest.mark.parametrize("name", ["workers", "added"])
@pytest.mark.parametrize("output", ["graph.json", "entity_merges.tsv", "unknown_entities.tsv"])
def test_workers_and_add_give_the_plain_build(built, name, output):
    assert (built[name] / output).read_text(encoding="utf-8") == (built["plain"] / output).read_text(encoding="utf-8")


def test_the_review_file_lists_merges_and_candidates(built):
    rows = [line.split("\t") for line in (built["plain"] / "entity_merges.tsv").read_text(encoding="utf-8").splitlines()]
    assert rows[0][:3] == ["decision", "kind", "id"]
    decided = {(r[0], r[2]): r for r in rows[1:]}
    assert decided["merged", "person:vladmir_putin"][6] == "person:vladimir_putin"
    assert decided["merged", "person:arizona_james_robart"][1] == "prefix"
    assert decided["candidate", "person:clinton"][6] == "person:bill_clinton | person:hillary_clinton"
    assert decided["candidate", "person:kelly"][8] == "2 persons have this name"
    spellings = {("candidate", "person:marta_kowalczyk"), ("candidate", "person:marta_kowalcyzk")}
    assert len(spellings & set(decided)) == 1  # the pair is listed once
    assert to_merges_tsv(read_json(built["plain"] / "graph.json")) == \
        (built["plain"] / "entity_merges.tsv").read_text(encoding="utf-8")
