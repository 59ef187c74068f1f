"""The RDF export: the graph as Turtle, for triple stores and SPARQL.

- One IRI per entity (`<urn:vnkg:entity:person:sergey_lavrov>`), typed with a
  class of the vocabulary (`vnkg:Person`, `vnkg:Country`, ...), with its label,
  its Vietnamese names (`skos:altLabel "Nga"@vi`), its number of mentions, and
  `owl:sameAs wd:Q...` where the actor dictionary knows its Wikidata id.
- Predicates come from a small vocabulary written at the top of the file from
  `ontology.ONTOLOGY` (`vnkg:met`, `vnkg:opposes`, ...; symmetric ones are
  `owl:SymmetricProperty` and are written both ways, so SPARQL finds them from
  either side without inference).
- Each relation is also a reified statement (`rdf:Statement` with
  `rdf:subject`, `rdf:predicate`, `rdf:object`) carrying its modality, date,
  place, role and its evidence: one blank node per sentence with the article,
  the sentence (`@vi`), its date and place. Planned and possible relations are
  only statements: the plain triple `A vnkg:visited B` means it happened.

`base` changes the namespace of the IRIs minted here (entities, relations,
articles and the vocabulary). Read it with rdflib or pyoxigraph:

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("country:RU", id="country:RU", label="Russia", type="COUNTRY", wikidata="Q159")
    >>> print([line for line in to_turtle(G).splitlines() if "sameAs" in line][0])
        owl:sameAs wd:Q159 .
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import networkx as nx

from ontology import ONTOLOGY

from .atomic import atomic_write
from .rows import EntityRow, RelationRow, entity_rows, relation_rows

BASE = "urn:vnkg:"
PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "wd": "http://www.wikidata.org/entity/",
}
# (property, kind, English label) of the vocabulary besides the predicates: kind is owl's property type
PROPERTIES = (
    ("mentions", "DatatypeProperty", "number of mentions"),
    ("inDictionary", "DatatypeProperty", "in the actor dictionary"),
    ("modality", "DatatypeProperty", "modality (asserted, planned, possible)"),
    ("place", "DatatypeProperty", "place"),
    ("role", "DatatypeProperty", "role"),
    ("confidence", "DatatypeProperty", "confidence"),
    ("evidenceCount", "DatatypeProperty", "number of evidence sentences"),
    ("sentence", "DatatypeProperty", "sentence"),
    ("family", "AnnotationProperty", "family of the predicate"),
    ("quad", "AnnotationProperty", "quad class of the predicate"),
    ("evidence", "ObjectProperty", "evidence"),
    ("article", "ObjectProperty", "article"),
)
_WIKIDATA = re.compile(r"^[QP]\d+$")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_SPECIAL = re.compile(r'[\\"\n\r\t\b\f]|[\x00-\x1f\x7f]')


def literal(text: str, tag: str | None = None) -> str:
    """A Turtle string literal, escaped, with a language tag if given.

    >>> print(literal('Ông "Lavrov"\\n'), literal("Nga", "vi"))
    "Ông \\"Lavrov\\"\\n" "Nga"@vi
    """
    escaped = _SPECIAL.sub(lambda m: _ESCAPES.get(m.group(), f"\\u{ord(m.group()):04X}"), text)
    return f'"{escaped}"' + (f"@{tag}" if tag else "")


def _date(value: str) -> str:
    return f'"{value}"^^xsd:date'


def class_name(entity_type: str) -> str:
    """The vocabulary class of an entity type: "ORGANIZATION" -> "Organization"."""
    return entity_type.capitalize() if entity_type else "Entity"


class Namespace:
    """The IRIs minted under one base."""

    def __init__(self, base: str = BASE):
        self.base = base

    def _iri(self, kind: str, *parts: str) -> str:
        return f"<{self.base}{kind}:" + "/".join(quote(p, safe=":_-.~") for p in parts) + ">"

    def entity(self, entity_id: str) -> str:
        return self._iri("entity", entity_id)

    def relation(self, r: RelationRow) -> str:
        return self._iri("relation", r.subject_id, r.predicate, r.object_id)

    def article(self, article_id: str) -> str:
        return self._iri("article", article_id)


def _statement(subject: str, pairs: list[tuple[str, str]]) -> str:
    """`subject p1 o1 ; p2 o2 .` one pair a line."""
    body = " ;\n".join(f"    {p} {o}" for p, o in pairs)
    return f"{subject}\n{body} .\n"


def vocabulary() -> list[str]:
    """The classes and properties of the `vnkg:` namespace, from the ontology."""
    out = [_statement("vnkg:Entity", [("a", "owl:Class"), ("rdfs:label", literal("entity", "en"))]),
           _statement("vnkg:Article", [("a", "owl:Class"), ("rdfs:label", literal("article", "en"))])]
    for entity_type in ONTOLOGY.entity_types:
        out.append(_statement(f"vnkg:{class_name(entity_type)}", [
            ("a", "owl:Class"), ("rdfs:subClassOf", "vnkg:Entity"), ("rdfs:label", literal(entity_type.lower(), "en"))]))
    for p in ONTOLOGY.predicates.values():
        kinds = "owl:ObjectProperty, owl:SymmetricProperty" if p.symmetric else "owl:ObjectProperty"
        out.append(_statement(f"vnkg:{p.name}", [("a", kinds), ("rdfs:label", literal(p.label, "en")),
                                                  ("vnkg:family", literal(p.family)), ("vnkg:quad", literal(p.quad))]))
    for name, kind, label in PROPERTIES:
        out.append(_statement(f"vnkg:{name}", [("a", f"owl:{kind}"), ("rdfs:label", literal(label, "en"))]))
    return out


def _entity(ns: Namespace, e: EntityRow) -> str:
    pairs = [("a", f"vnkg:{class_name(e.type)}"), ("rdfs:label", literal(e.label))]
    pairs += [("skos:altLabel", literal(alias, "vi")) for alias in e.aliases]
    pairs += [("vnkg:mentions", str(e.mentions)), ("vnkg:inDictionary", "true" if e.in_dictionary else "false")]
    if e.wikidata and _WIKIDATA.match(e.wikidata):
        pairs.append(("owl:sameAs", f"wd:{e.wikidata}"))
    return _statement(ns.entity(e.id), pairs)


def _relation(ns: Namespace, r: RelationRow) -> str:
    a, b, p = ns.entity(r.subject_id), ns.entity(r.object_id), f"vnkg:{r.predicate}"
    lines = ""
    if r.modality == "asserted":
        lines += f"{a} {p} {b} .\n"
        if r.symmetric and a != b:
            lines += f"{b} {p} {a} .\n"
    pairs = [("a", "rdf:Statement"), ("rdf:subject", a), ("rdf:predicate", p), ("rdf:object", b),
             ("rdfs:label", literal(f"{r.subject} {r.label} {r.object}", "en")),
             ("vnkg:modality", literal(r.modality))]
    if r.date:
        pairs.append(("dcterms:date", _date(r.date)))
    if r.place:
        pairs.append(("vnkg:place", literal(r.place)))
    if r.role:
        pairs.append(("vnkg:role", literal(r.role, "en")))
    pairs += [("vnkg:confidence", f'"{r.confidence}"^^xsd:double'), ("vnkg:evidenceCount", str(r.evidence_count))]
    for e in r.evidence:
        inner = [("vnkg:article", ns.article(e.article)), ("vnkg:sentence", literal(e.sentence, "vi")),
                 ("vnkg:modality", literal(e.modality))]
        if e.date:
            inner.append(("dcterms:date", _date(e.date)))
        if e.place:
            inner.append(("vnkg:place", literal(e.place)))
        pairs.append(("vnkg:evidence", "[ " + " ; ".join(f"{k} {v}" for k, v in inner) + " ]"))
    return lines + _statement(ns.relation(r), pairs)


def _article(ns: Namespace, article_id: str) -> str:
    return _statement(ns.article(article_id), [("a", "vnkg:Article"), ("dcterms:identifier", literal(article_id))])


def to_turtle(G: nx.MultiDiGraph, base: str = BASE) -> str:
    """The Turtle document of `G`: prefixes, the vocabulary, then entities, articles and relations."""
    ns = Namespace(base)
    relations = relation_rows(G)
    entities = entity_rows(G, relations)
    head = [f"@prefix {name}: <{iri}> ." for name, iri in PREFIXES.items()]
    head.append(f"@prefix vnkg: <{base}ontology:> .")
    parts = ["\n".join(head) + "\n", "# The vocabulary: classes and properties of the ontology\n", *vocabulary(),
             "# Entities\n", *(_entity(ns, e) for e in entities)]
    articles = sorted({a for e in entities for a in e.articles} | {ev.article for r in relations for ev in r.evidence})
    parts += ["# Articles\n", *(_article(ns, a) for a in articles)]
    parts += ["# Relations: the triple when it happened, and the reified statement with its evidence\n",
              *(_relation(ns, r) for r in relations)]
    return "\n".join(parts)


def write_turtle(G: nx.MultiDiGraph, path: str | Path, base: str = BASE) -> Path:
    return atomic_write(path, to_turtle(G, base))
