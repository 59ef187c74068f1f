"""One node per real entity across a corpus: the resolution step of `finalize`.

Within an article the extractor merges names; across articles the press's
slips leave second nodes for people the graph already has: "Donad Trump",
"Vladmir Putin", "James B. Comey", "Moon Moon Jae-in", "Seattle James Robart",
"Robart". `plan` decides, over the raw graph of a whole corpus, which node the
dictionary lacks names another node:

- a variant of another node's name (one edit apart and sharing a word; middle
  initials or a generational suffix; a repeated word; place or nationality
  words glued in front, see extract/name_repair.py) is merged into it when
  the other is in the dictionary or far more frequent (or is the plain form
  of the variant), has the same type, and their offices do not tell them apart;
- a surname alone ("Robart", "Le Maire") is merged into the one person of the
  graph whose name ends with it (or, for a family-first name, "Moon Jae-in",
  starts with it) when that person is named in full in as many articles at least.

A dictionary node is never merged away, and a name that could be two people
(two nodes, or two people of the dictionary: "George Bush") is left for
review. Every decision not taken is a `Candidate` with its reason.

Resolution is reversible, so that `vnkg add` gives the graph a full build
gives: the finalized graph keeps in `G.graph["resolution"]` the nodes each
merged node was made of and the raw ends of the relations it absorbed
(`graph.build.Merge` applies the plan and writes that record); `unresolve`
restores the raw graph, a record at a time for a graph read as a stream, and
`finalize` resolves the raw graph of all articles afresh. Resolution is therefore idempotent and does not depend
on the order of the articles, on `--workers` or on `--dask`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import networkx as nx

from extract.lexicon import Lexicon
from extract.mentions import FAMILY_FIRST_COUNTRIES, looks_vietnamese
from extract.name_repair import (
    NameParts,
    NameTable,
    collapse_repeats,
    dictionary_persons,
    name_key,
    one_edit_apart,
)

RATIO = 3  # an unknown node absorbs a variant of its name it has 3 times the mentions of
MIN_TYPO_KEY = 8  # names shorter than this are too short to call one edit a slip
VARIANT_TYPES = ("PERSON", "ORGANIZATION")
KIND_ORDER = ("spelling", "initial", "repeat", "prefix", "typo")


@dataclass(frozen=True)
class Merge:
    """`node` is merged into `into`: a `kind` of variant, and why the evidence agrees."""

    node: str
    into: str
    kind: str
    reason: str


@dataclass(frozen=True)
class Candidate:
    """`node` may name one of `others` but was left apart, for the `reason` given."""

    node: str
    others: tuple[str, ...]
    kind: str
    reason: str


@dataclass
class Plan:
    """What `plan` decided for a raw graph."""

    merges: dict[str, Merge]  # node -> its merge (into a node that stays)
    candidates: list[Candidate]


# --- deciding -----------------------------------------------------------------


class _Names:
    """The names of a raw graph's nodes, by type, for variant look-ups."""

    def __init__(self, G: nx.MultiDiGraph, lexicon: Lexicon):
        self.G = G
        self.lexicon = lexicon
        self.tables: dict[str, NameTable] = {t: NameTable() for t in VARIANT_TYPES}
        self.by_word: dict[str, dict[str, dict[str, set[str]]]] = {t: {} for t in VARIANT_TYPES}  # type -> word -> form -> owners
        self.not_persons: set[str] = {  # names of organisations, places...: glued in front of a name
            name_key(a) for actor in lexicon.actors.values() if actor.entity.type != "PERSON" for a in actor.aliases}
        for node, data in sorted(G.nodes(data=True)):
            if data["type"] not in ("PERSON", "ISSUE"):
                self.not_persons.update(name_key(form) for form in {data["label"], *data["aliases"]})
            if data["type"] not in VARIANT_TYPES:
                continue
            # The label and the dictionary's aliases; not the forms seen, which hold the surname
            # alone an article used after the full name ("Al Thani", "Robart").
            actor = lexicon.actor(node) if data["in_dictionary"] else None
            for form in {data["label"], *(actor.aliases if actor else ())}:
                self.tables[data["type"]].add(form, node)
                for word in name_key(form).split():
                    self.by_word[data["type"]].setdefault(word, {}).setdefault(form, set()).add(node)
        self.dictionary = dictionary_persons(lexicon)

    def variants(self, node: str) -> dict[str, tuple[str, str]]:
        """The nodes (and dictionary persons) `node`'s name is a variant of: id -> (kind, form matched)."""
        data = self.G.nodes[node]
        label, type_ = data["label"], data["type"]
        found: dict[str, tuple[str, str]] = {}

        def add(owners, kind: str, form: str) -> None:
            for owner in owners:
                if owner != node and (owner not in found or KIND_ORDER.index(kind) < KIND_ORDER.index(found[owner][0])):
                    found[owner] = (kind, form)

        person = type_ == "PERSON"
        tables = [self.tables[type_]] + ([self.dictionary.table] if person else [])
        collapsed = collapse_repeats(label)
        for table in tables:
            exact = table.owners(label)
            add(self._slips(label, type_, exact), "spelling", label)
            add(table.variant_owners(collapsed) - exact, "repeat" if collapsed != label else "initial", collapsed)
            words = label.split()
            for i in range(1, len(words) - 1 if person else 1):
                if self.glued(" ".join(words[:i])):
                    tail = collapse_repeats(" ".join(words[i:]))
                    add(table.variant_owners(tail), "prefix", tail)
        add(self._slips(label, type_, self._typos(label, type_)), "typo", label)
        return found

    def _slips(self, label: str, type_: str, owners: set[str]) -> set[str]:
        """Of the names equal but for case and marks, or one edit apart, those a slip can explain.

        Vietnamese names differ by one mark ("Thanh", "Thành"): a person's is never
        a slip, and an organisation's only against the dictionary's spelling.
        """
        if not _vietnamese(label, self.lexicon):
            return owners
        if type_ == "PERSON":
            return set()
        return {o for o in owners if o in self.G and self.G.nodes[o]["in_dictionary"]}

    def glued(self, words: str) -> bool:
        """Whether words in front of a name are not part of it: a place, a nationality, a title,
        the name of an organisation or place the graph or the dictionary knows, a brand
        ("PepsiCo", "K-Sports")."""
        return words in self.dictionary.glued or name_key(words) in self.not_persons or bool(_BRAND.match(words))

    def _typos(self, label: str, type_: str) -> set[str]:
        key, parts = name_key(label), NameParts.of(label)
        if len(key) < MIN_TYPO_KEY or len(key.split()) < 2:
            return set()
        owners: set[str] = set()
        forms = {form: nodes for word in key.split() if len(word) >= 2
                 for form, nodes in self.by_word[type_].get(word, {}).items()}
        for form, nodes in forms.items():
            other = NameParts.of(form)
            if one_edit_apart(key, name_key(form)) and (other.initials, other.suffix) == (parts.initials, parts.suffix):
                owners |= nodes
        return owners


_BRAND = re.compile(r"^[A-Z][a-z]+[A-Z]\w*$|^[A-Z]+-[A-Z]\w*$")  # "PepsiCo", "K-Sports"
_FAMILY_FIRST = re.compile(r"^[A-Z][a-z]+-[a-z]+$")  # "Jae-in", "Jong-un": not "al-Assad", "Kara-Murza"


def _vietnamese(name: str, lexicon: Lexicon) -> bool:
    """Vietnamese names differ by one mark ("Thanh", "Thành"): never a slip to repair."""
    family = lexicon.name_shapes.get("family_names", frozenset())
    words = name.split()
    return any(looks_vietnamese(w) for w in words) or (bool(words) and words[0].lower() in family)


def _offices(G: nx.MultiDiGraph, node: str, lexicon: Lexicon) -> set[str]:
    """What the node is an official of (edges, dictionary roles), with the countries of those."""
    held = {v for _, v, key in G.out_edges(node, keys=True) if key == "official_of"}
    actor = lexicon.actor(node)
    if actor is not None:
        held |= {r.of for r in actor.roles} | ({actor.country} if actor.country else set())
    for owner in list(held):
        owner_actor = lexicon.actor(owner)
        if owner_actor is not None and (owner_actor.country or owner_actor.metonym_for):
            held.add(owner_actor.country or owner_actor.metonym_for)
    return held


def plan(G: nx.MultiDiGraph, lexicon: Lexicon) -> Plan:
    """Which nodes of a raw graph to merge into which, and the candidates left apart.

    It reads the nodes (label, type, in_dictionary, aliases, articles, mentions)
    and the official_of edges: `graph.build.Merge` hands it no other edge.
    """
    names = _Names(G, lexicon)
    merges: dict[str, Merge] = {}
    candidates: list[Candidate] = []
    decided: dict[str, str | None] = {}

    def root(node: str) -> str:
        target = decide(node)
        return node if target is None else root(target)

    def decide(node: str) -> str | None:
        """The node `node` is merged into (not yet followed to its root), or None."""
        if node in decided:
            return decided[node]
        decided[node] = None  # a guard: the order on strength below leaves no cycle
        data = G.nodes[node] if node in G else None
        if data is None or data["in_dictionary"] or data["type"] not in VARIANT_TYPES or len(data["label"].split()) < 2:
            return None
        stronger: dict[str, str] = {}
        weaker: dict[str, str] = {}
        for other, (kind, _form) in sorted(names.variants(node).items()):
            (stronger if _absorbs(G, other, node, kind) else weaker)[other] = kind
        roots = sorted({root(other) if other in G else other for other in stronger})
        if len(roots) > 1:
            candidates.append(Candidate(node, tuple(roots), _kind(stronger), "could be any of these"))
            return None
        if not roots:
            peers = [o for o, k in weaker.items() if k in ("typo", "spelling") and _peer_first(G, node, o)]
            if peers:
                candidates.append(Candidate(node, tuple(peers), weaker[peers[0]],
                                            f"neither is in the dictionary or {RATIO} times as frequent"))
            return None
        into, kind = roots[0], _kind(stronger)
        if into not in G:
            candidates.append(Candidate(node, (into,), kind, "the dictionary's person is not in this graph"))
            return None
        mine, theirs = _offices(G, node, lexicon), _offices(G, into, lexicon)
        if mine and theirs and not mine & theirs:
            candidates.append(Candidate(node, (into,), kind, f"offices differ: {', '.join(sorted(mine))}"))
            return None
        decided[node] = next(o for o in stronger if root(o) == into)
        merges[node] = Merge(node, into, kind, _reason(G, node, into, kind))
        return decided[node]

    for node in sorted(G.nodes):
        decide(node)
    _plan_surnames(G, lexicon, {n: Merge(n, root(n), m.kind, m.reason) for n, m in merges.items()}, merges, candidates)
    for merge in list(merges.values()):  # a chain (A into B into C) lands on C
        merges[merge.node] = Merge(merge.node, _root(merges, merge.node), merge.kind, merge.reason)
    candidates.sort(key=lambda c: c.node)
    return Plan(merges, candidates)


def _root(merges: dict[str, Merge], node: str) -> str:
    seen = {node}
    while node in merges and merges[node].into not in seen:
        node = merges[node].into
        seen.add(node)
    return node


def _kind(kinds: dict[str, str]) -> str:
    return min(kinds.values(), key=KIND_ORDER.index) if kinds else ""


def _absorbs(G: nx.MultiDiGraph, other: str, node: str, kind: str) -> bool:
    """Whether `other` is the stronger name: in the dictionary, the plain form of a decorated
    name, or far more frequent."""
    if other not in G or G.nodes[other]["in_dictionary"]:
        return True
    if kind in ("initial", "repeat", "prefix"):
        return len(G.nodes[other]["label"].split()) < len(G.nodes[node]["label"].split())
    return G.nodes[other]["mentions"] >= RATIO * max(1, G.nodes[node]["mentions"])


def _peer_first(G: nx.MultiDiGraph, node: str, other: str) -> bool:
    """Of two spellings neither of which absorbs the other, the less frequent lists the pair."""
    if other not in G or G.nodes[other]["in_dictionary"]:
        return False
    return (G.nodes[node]["mentions"], other) < (G.nodes[other]["mentions"], node)


def _reason(G: nx.MultiDiGraph, node: str, into: str, kind: str) -> str:
    target = G.nodes[into]
    why = "in the dictionary" if target["in_dictionary"] else f"{target['mentions']} mentions against {G.nodes[node]['mentions']}"
    return f"{kind} of {target['label']!r} ({why})"


# --- surnames -----------------------------------------------------------------------


def _plan_surnames(G: nx.MultiDiGraph, lexicon: Lexicon, variants: dict[str, Merge], merges: dict[str, Merge],
                   candidates: list[Candidate]) -> None:
    """A surname alone (one or two words) names the one person whose full name ends with it,
    when the person is named in full in as many articles at least, the offices held under the
    surname are among the person's (when both hold any), and, for a one-word surname, an article that names it alone
    names the person in full too.

    `variants` are the merges of variants made so far, followed to the node they land on;
    the surnames' merges are added to `merges`.
    """
    groups: dict[str, list[str]] = {}
    for node in sorted(G.nodes):
        groups.setdefault(variants[node].into if node in variants else node, []).append(node)
    persons = [n for n in groups if G.nodes[n]["type"] == "PERSON"]
    by_short: dict[tuple[str, ...], set[str]] = {}
    for person in persons:
        for short in _short_forms(G.nodes[person]["label"], person, lexicon):
            by_short.setdefault(short, set()).add(person)

    def union(node: str, of) -> set[str]:
        return set().union(*(of(member) for member in groups[node]))

    for node in persons:
        data = G.nodes[node]
        label = data["label"]
        if data["in_dictionary"] or not 1 <= len(label.split()) <= 2:
            continue
        owners = tuple(sorted(by_short.get(tuple(name_key(label).split()), set()) - {node}))
        if not owners:
            continue
        reason = f"{len(owners)} persons have this name" if len(owners) > 1 else ""
        if not reason:
            named, alone = union(owners[0], lambda m: G.nodes[m]["articles"]), union(node, lambda m: G.nodes[m]["articles"])
            mine = union(node, lambda m: _offices(G, m, lexicon))
            theirs = union(owners[0], lambda m: _offices(G, m, lexicon))
            if not named & alone and len(label.split()) == 1:  # "Kelly": Raymond W. Kelly, or John F. Kelly?
                reason = "no article that names it alone names the person in full"
            elif len(named) < len(alone):
                reason = f"named alone in {len(alone)} articles, in full in {len(named)}"
            elif mine and theirs and not mine <= theirs:  # "Vua Bỉ Philippe" is not Édouard Philippe
                reason = f"offices differ: {', '.join(sorted(mine - theirs))}"
        if reason:
            candidates.append(Candidate(node, owners, "surname", reason))
        else:
            merges[node] = Merge(node, owners[0], "surname", f"the one person named {label!r} "
                                 f"({len(named)} articles in full, {len(named & alone)} with it alone)")


def _short_forms(label: str, node: str, lexicon: Lexicon) -> list[tuple[str, ...]]:
    """How a full name is shortened: its last one or two words, or its first for a family-first name."""
    words = tuple(name_key(label).split())
    raw = label.split()
    if len(raw) < 2:
        return []
    shorts = [tuple(name_key(raw[-1]).split())]  # not "K-Sports" of "K-Sports Jeong Hyun-sik"
    if len(raw) >= 3:
        shorts.append(tuple(name_key(" ".join(raw[-2:])).split()))
    if _family_first(raw, node, lexicon) and not _BRAND.match(raw[0]):
        shorts.append(tuple(name_key(raw[0]).split()))
    return [s for s in shorts if s and s != words]


def _family_first(words: list[str], node: str, lexicon: Lexicon) -> bool:
    """ "Moon Jae-in", "Kim Jong-un", "Xi Jinping": the family name comes first."""
    actor = lexicon.actor(node)
    return any(_FAMILY_FIRST.match(w) for w in words[1:]) or (
        actor is not None and any(r.of in FAMILY_FIRST_COUNTRIES for r in actor.roles))


# --- applying and undoing ------------------------------------------------------------


def node_record(G: nx.MultiDiGraph, node: str, merge: Merge | None) -> dict:
    data = G.nodes[node]
    record = {
        "id": node, "label": data["label"], "type": data["type"], "in_dictionary": bool(data["in_dictionary"]),
        "aliases": sorted(data["aliases"]), "articles": sorted(data["articles"]), "mentions": data["mentions"],
    }
    if data.get("wikidata"):
        record["wikidata"] = data["wikidata"]
    if merge is not None:
        record["kind"], record["reason"] = merge.kind, merge.reason
    return record


def candidate_record(G: nx.MultiDiGraph, c: Candidate) -> dict:
    data = G.nodes[c.node]
    return {"id": c.node, "label": data["label"], "mentions": data["mentions"], "articles": len(data["articles"]),
            "kind": c.kind, "others": list(c.others), "reason": c.reason}


def unresolve(H: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph as it was before resolution (`H` itself when it was never resolved).

    Nodes merged into another come back with their own label, aliases,
    articles and mentions; relations come back between the ends they were read
    between, each with its own evidence and roles.
    """
    record = H.graph.get("resolution")
    if not record:
        return H
    R: nx.MultiDiGraph = nx.MultiDiGraph()
    for node, data in H.nodes(data=True):
        for member, member_data in unresolved_nodes(record, node, data):
            R.add_node(member, **member_data)
    pieces = edge_pieces(record)
    for u, v, key, data in H.edges(keys=True, data=True):
        for a, b, piece_data in unresolved_edge(pieces, u, v, key, data):
            R.add_edge(a, b, key=key, **piece_data)
    for a, b, key, data in loops(record):
        R.add_edge(a, b, key=key, **data)
    return R


# One record at a time, for a graph read as a stream (vnkg add on a large graph.json): `record` is
# the graph's `resolution` (None when it has none), `pieces` what `edge_pieces` makes of it.


def unresolved_nodes(record: dict | None, node: str, data: dict) -> list[tuple[str, dict]]:
    """The nodes `node` was made of: itself, or the members merged into it."""
    members = (record or {}).get("merged", {}).get(node)
    if not members:
        return [(node, data)]
    return [(m["id"], {k: v for k, v in m.items() if k not in ("kind", "reason")}) for m in members]


def edge_pieces(record: dict | None) -> dict[tuple[str, str, str], list[dict]]:
    return {tuple(e["edge"]): e["pieces"] for e in (record or {}).get("edges", [])}  # type: ignore[misc]


def unresolved_edge(pieces: dict[tuple[str, str, str], list[dict]], u: str, v: str, key: str,
                    data: dict) -> list[tuple[str, str, dict]]:
    """The relations edge (u, v, key) was made of: (source, target, attributes) each."""
    if (u, v, key) not in pieces:
        return [(u, v, data)]
    items = {(e["article"], e["sentence"]): e for e in data["evidence"]}
    return [(*piece["ends"], {"evidence": [items[tuple(k)] for k in piece["evidence"]], "roles": piece["roles"]})
            for piece in pieces[(u, v, key)]]


def loops(record: dict | None) -> list[tuple[str, str, str, dict]]:
    """The relations between two names of one node, set aside by resolution."""
    return [(*loop["ends"], loop["predicate"], {"evidence": loop["evidence"], "roles": loop["roles"]})
            for loop in (record or {}).get("loops", [])]
