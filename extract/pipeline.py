"""One article in, its entities and relations out.

    normalise -> drop boilerplate -> split sentences -> find mentions (twice:
    the first pass learns the article's own names) -> segment the sentences
    that can hold a relation into a spaCy Doc -> read relations -> evidence.
"""
from __future__ import annotations

import re

from ingest.article import normalized
from ingest.dates import article_date
from ontology import ONTOLOGY

from .dates import event_date
from .lexicon import Lexicon, default_lexicon
from .mention_words import MentionWords
from .mentions import ArticleContext, MentionFinder
from .nlp import make_doc
from .offices import is_party
from .organizations import actors_inside
from .relations import RelationReader
from .sentence import Discourse, RawRelation, Sentence
from .types import Article, ArticleExtraction, Entity, Evidence, Mention, Relation

VENUE_TYPES = ("LOCATION",)


ISSUE_MENTIONS_KEPT = 3  # an issue the article names this often is what it is about, stance or not
HOME_MENTIONS = 3  # a country named this often, and twice as often as any other, is the one the article is about
MAX_SENTENCE = 600  # characters; longer runs (lists, lost punctuation) are cut


def _bounded(sentence: str) -> list[str]:
    """Cut a run-on sentence at commas or spaces so no piece exceeds MAX_SENTENCE.

    >>> [len(p) <= MAX_SENTENCE for p in _bounded("Nga, " * 400)]
    [True, True, True, True]
    """
    pieces = []
    while len(sentence) > MAX_SENTENCE:
        cut = sentence.rfind(", ", 0, MAX_SENTENCE)
        if cut < MAX_SENTENCE // 2:
            cut = sentence.rfind(" ", 0, MAX_SENTENCE)
        if cut <= 0:
            cut = MAX_SENTENCE
        pieces.append(sentence[: cut + 1].strip())
        sentence = sentence[cut + 1 :].strip()
    if sentence:
        pieces.append(sentence)
    return pieces


_CLOSING_MARKS = "\"”’'»)"
_INITIAL_AT_END = re.compile(r"(?:^|[\s.])[^\W\d_]\.$")  # "X.V.", "ông A."
_LATIN_WORD_AT_END = re.compile(r"(?:^|[^\w.])[A-Za-z0-9]+\.$")  # "Mail.", "Vov."
_LATIN_WORD_AT_START = re.compile(r"[A-Za-z0-9]+\b")


def _cut_inside_a_name(before: str, after: str) -> bool:
    """Whether a stop with no space after it is inside a name or address, not between two sentences:
    after an initial ("X.V.Mi-khai-lốp"), or between two words in Latin letters ("Mail.Ru", "Vov.vn");
    "Nga.Tổng thống" is two sentences with the space lost."""
    return bool(_INITIAL_AT_END.search(before)) or bool(
        _LATIN_WORD_AT_END.search(before) and _LATIN_WORD_AT_START.match(after))


def line_sentences(line: str) -> list[str]:
    """underthesea's sentences of one line, mended where it cuts with no space after the stop: inside a name
    ("Mail.Ru", "X.V.Mi-khai-lốp") the pieces join; a closing quote goes back to the sentence it closes,
    and the words after it join too when they go on with the sentence ("“Quá tệ!”, ông nói").

    >>> line_sentences("“Mỹ phải trả tiền.” Ông Trump nói. Công ty Mail.Ru Group phủ nhận.")
    ['“Mỹ phải trả tiền.”', 'Ông Trump nói.', 'Công ty Mail.Ru Group phủ nhận.']
    """
    from underthesea import sent_tokenize  # loads in a second: only when extracting

    mended: list[str] = []
    end = 0  # where the last piece ended in the line
    for piece in sent_tokenize(line):
        start = line.find(piece, end)
        closing = len(piece) - len(piece.lstrip(_CLOSING_MARKS))
        if not mended or start != end:
            mended.append(piece)
        elif _cut_inside_a_name(mended[-1], piece):
            mended[-1] += piece
        elif closing:
            rest = piece[closing:].strip()
            mended[-1] += piece[:closing]
            if rest[:1] in (",", "-", "–") or rest[:1].islower():
                mended[-1] += piece[closing:]  # "“Quá tệ!”, ông nói": the sentence goes on
            elif rest:
                mended.append(rest)
        else:
            mended.append(piece)
        if start >= 0:
            end = start + len(piece)
    return mended


def sentences(article: Article, lexicon: Lexicon) -> list[str]:
    """The article's sentences: the title first, then the body without boilerplate."""
    rules = lexicon.boilerplate
    found = []
    article = normalized(article)  # already, when it comes from the reader
    title = article.title.replace("\n", " ").strip()
    if title:
        found.append(title)
    for line in rules.article_lines(article.text):
        for sentence in line_sentences(line):
            sentence = rules.strip_caption(sentence.strip())
            if sentence:
                found.extend(_bounded(sentence))
    if len(found) > 1 and rules.is_dropped(found[-1]):
        found.pop()  # "... bạn bè quốc tế. Anh Kiên": a byline glued to the last line
    return found


_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")


def _with_own_country(raw: RawRelation, context: ArticleContext) -> bool:
    """Whether an act pairs a person with the country (or body) the article made them an official of. No one
    meets their own side, and a country acting on its own leader is its people or a body the sentence does
    not name ("Các nhà lập pháp Mỹ yêu cầu Tổng thống Trump ...", "cử tri Mỹ ủng hộ ông Trump"), as a leader
    acting on the country is its people or a part of it ("ông Shoigu kêu gọi người dân Nga ...")."""
    if ONTOLOGY.predicates[raw.predicate].family == "structure":
        return False
    return any(context.person_country.get(a.id) == b for a, b in ((raw.subject, raw.object), (raw.object, raw.subject)))


def _issue_acting(raw: RawRelation) -> bool:
    """Whether an issue acts, or meets, talks or phones: "cuộc gặp, trong đó có cuộc xung đột ở Syria và
    Ukraine" names the topics of a meeting, not its parties."""
    symmetric = ONTOLOGY.predicates[raw.predicate].symmetric
    return raw.subject.type == "ISSUE" or symmetric and raw.object.type == "ISSUE"


class Extractor:
    """Extracts articles against one lexicon; reuse it across articles."""

    def __init__(self, lexicon: Lexicon | None = None):
        self.lex = lexicon or default_lexicon()
        self.reader = RelationReader(self.lex)
        self.private_roles = frozenset(self.lex.marker_words.get("private_roles", []))
        self.state_role_ends = tuple(self.lex.marker_words.get("state_role_ends", []))
        self.place_prepositions = MentionWords.of(self.lex).place_prepositions  # names.yaml: "từ", "đến", "tới" ...

    def __call__(self, article: Article) -> ArticleExtraction:
        return self.extract(article)

    def extract(self, article: Article) -> ArticleExtraction:
        published = article.date or article_date(article.text)
        result = ArticleExtraction(article=article)
        written: dict[str, str] = {}  # each sentence as read -> as written, for the evidence
        texts = []
        for sentence in sentences(article, self.lex):
            text = _DECIMAL_COMMA.sub(".", sentence)  # "4,5 tỷ USD": a decimal comma parts no clause
            written.setdefault(text, sentence)
            texts.append(text)
        context = ArticleContext(year=int(published[:4]) if published else None)
        finder = MentionFinder(self.lex, context)
        for text in texts:  # first pass: learn the names the article introduces
            finder.sentence_mentions(text)
        context.start_reading()
        discourse = Discourse()
        venues_of: dict[str, list[Mention]] = {}  # sentence -> its venues
        first_named: dict[str, str] = {}  # person id -> the first sentence naming them, as written
        untitled: dict[str, tuple[str, str]] = {}  # person id -> a state's title named with no owner, and its sentence
        for index, text in enumerate(texts):
            discourse.sentence = index
            mentions = finder.sentence_mentions(text)
            if not mentions and self.reader.grammar.markers.starts_with(text, 0, "both_sides") is None:
                continue  # "Hai bên nhất trí ...": the sides of the last meeting, though it names no one
            venues = [m for m in mentions if self.reader.grammar.is_venue(Sentence(text, mentions), m)]
            self._record_entities(result, text, mentions, venues)
            for m in mentions:
                if m.entity.type == "PERSON" and m.kind != "pronoun":
                    first_named.setdefault(m.entity.id, written[text])
                if m.kind == "title" and m.role and m.role_of is None and m.role.endswith(self.state_role_ends):
                    untitled.setdefault(m.entity.id, (m.role, written[text]))
            date = event_date(written[text], published) or published
            places = [m for m in venues if m.entity.type in VENUE_TYPES]
            venues_of[text] = places
            doc = None
            # The segmentation only decides whether a one-syllable cue is a word ("tố" in "yếu tố"):
            # a quarter of the sentences with cues have one, and only they are segmented.
            if any(" " not in cue.text for cue in self.reader.cues(text, mentions)):
                doc = make_doc(text, keep=[(m.start, m.end) for m in mentions])
            for raw in self.reader.read(text, mentions, doc, discourse):
                if _with_own_country(raw, context) or _issue_acting(raw):
                    continue  # "Lavrov hy vọng tiến hành một cuộc gặp Nga-Tây Ban Nha": his side, not a partner
                modality = raw.modality
                # An office or a membership is stated as of the article, wherever its sentence's event was.
                standing = ONTOLOGY.predicates[raw.predicate].family == "structure"
                clause = raw.clause and self.reader.grammar.past_asides(text, raw.clause)
                when, where = (published, None) if standing else (date, _place_in(places, clause))
                evidence = Evidence(article.id, written[text], when, where.label if where else None, modality)
                for entity in (raw.subject, raw.object):
                    result.entities.setdefault(entity.id, entity)
                result.relations.append(
                    Relation(raw.subject, raw.predicate, raw.object, evidence, modality, raw.role, when, where)
                )
        self._resolve_unnamed_events(result, discourse, venues_of, article, published, written)
        self._known_offices(result, article, published, first_named)
        self._offices_at_home(result, article, published, untitled, context.country_counts)
        self._drop_idle_nodes(result)
        return result

    def _known_offices(self, result: ArticleExtraction, article: Article, published: str | None,
                       first_named: dict[str, str]) -> None:
        """A person of the dictionary that the article names without stating any office of theirs,
        holding in the article's year an office of a country or body the article names, holds it
        here too ("ông Putin" in a 2017 article on Russia: President of Russia), or, for an office of a body the
        article does not name, of the body's country it names (Peskov of the Kremlin: of Russia). The evidence is the
        first sentence naming the person; the office and its dates are the dictionary's (in an
        undated article, an office still held)."""
        stated = {r.subject.id for r in result.relations if r.predicate == "official_of"}
        year = int(published[:4]) if published else None
        for person_id, sentence in first_named.items():
            person = result.entities.get(person_id)
            if person is None or not person.in_dictionary or person_id in stated:
                continue
            held = [(role, owner) for role, owner in self.lex.offices_held(person_id, year) if role not in self.private_roles]
            office = next(((role, owner) for role, owner in held if owner.id in result.entities), None) \
                or next(((role, country) for role, owner in held if (country := self._country_named(owner, result))), None)
            if office is None:
                continue
            role, owner = office
            evidence = Evidence(article.id, sentence, published, None, "asserted")
            result.relations.append(Relation(person, "official_of", owner, evidence, "asserted", role, published, None))

    def _offices_at_home(self, result: ArticleExtraction, article: Article, published: str | None,
                         untitled: dict[str, tuple[str, str]], country_counts: dict[str, int]) -> None:
        """A person the article gives a state's title with no owner and no other office ("Thượng nghị sĩ Dick
        Durbin", "Bộ trưởng Khoa học Ofir Akunis") holds it for the country the article is about: the one it
        names at least HOME_MENTIONS times and more than twice as often as any other (markers.yaml state_role_ends)."""
        ranked = sorted(country_counts.items(), key=lambda c: -c[1])
        if not ranked or ranked[0][1] < HOME_MENTIONS or len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]:
            return
        home = result.entities.get(ranked[0][0])
        if home is None:
            return
        stated = {r.subject.id for r in result.relations if r.predicate == "official_of"}
        for person_id, (role, sentence) in untitled.items():
            person = result.entities.get(person_id)
            if person is None or person_id in stated:
                continue
            evidence = Evidence(article.id, sentence, published, None, "asserted")
            result.relations.append(Relation(person, "official_of", home, evidence, "asserted", role, published, None))

    def _country_named(self, body: Entity, result: ArticleExtraction) -> Entity | None:
        """The country a body of the state belongs to, when the article names it though not the body:
        Peskov of the Kremlin in an article on Russia holds his office for Russia (a party's leader does not)."""
        country = self.lex.home_country(body.id) if body.type == "ORGANIZATION" and not is_party(body, self.lex) else None
        return result.entities.get(country.id) if country is not None else None

    def _resolve_unnamed_events(self, result: ArticleExtraction, discourse: Discourse,
                                venues_of: dict[str, list[Mention]], article: Article, published: str | None,
                                written: dict[str, str]) -> None:
        """ "Cuộc gặp tại Paris diễn ra ...": an event named without its parties but with a
        place is the one meeting of the article at that place (event coreference by venue)."""
        for event in discourse.unnamed_events:
            place = _place_in(venues_of.get(event.sentence, []), event.clause)
            if place is None:
                continue
            pairs = {frozenset((r.subject.id, r.object.id)): (r.subject, r.object) for r in result.relations
                     if r.place is not None and r.place.id == place.id
                     and ONTOLOGY.predicates[r.predicate].family == "consult" and r.predicate != "visited"}
            if len(pairs) != 1:
                continue
            subject, obj = next(iter(pairs.values()))
            sentence = written.get(event.sentence, event.sentence)
            date = event_date(sentence, published) or published
            evidence = Evidence(article.id, sentence, date, place.label, event.modality)
            result.relations.append(Relation(subject, event.predicate, obj, evidence, event.modality, None, date, place))

    def _drop_idle_nodes(self, result: ArticleExtraction) -> None:
        """Nodes named only in passing go: an issue no actor takes a stance on unless the article keeps
        coming back to it (named ISSUE_MENTIONS_KEPT times), and a continent or an ocean no relation
        names ("các nước châu Á": the countries are the nodes, not Asia)."""
        in_relations = {e.id for r in result.relations for e in (r.subject, r.object)}
        for entity_id, entity in list(result.entities.items()):
            if entity_id in in_relations:
                continue
            actor = self.lex.actor(entity_id)
            idle_issue = entity.type == "ISSUE" and result.mention_counts.get(entity_id, 0) < ISSUE_MENTIONS_KEPT
            if idle_issue or (actor is not None and actor.broad):
                del result.entities[entity_id]
                result.aliases.pop(entity_id, None)
                result.mention_counts.pop(entity_id, None)

    def _record_entities(self, result: ArticleExtraction, text: str, mentions: list[Mention],
                         venues: list[Mention]) -> None:
        for m in mentions:
            entity = m.entity
            if m.acts_for is not None and m.entity.type == "LOCATION" and m not in venues \
                    and self.place_prepositions.ending_at(text, len(text[: m.start].rstrip())) is None:
                entity = m.acts_for  # "Matxcơva cáo buộc": the country, not the city ("bay từ Tehran": the city)
            named_inside = actors_inside(self.lex, m.text, m.entity) if m.entity.type == "ISSUE" else []
            for e in dict.fromkeys([entity, m.role_of, *named_inside]):  # "xung đột Israel - Iran": both
                if e is None:
                    continue
                result.entities.setdefault(e.id, e)
                result.mention_counts[e.id] = result.mention_counts.get(e.id, 0) + 1
            if m.name:
                result.aliases.setdefault(entity.id, set()).add(m.name)
            if m.owner_name and m.role_of is not None:
                result.aliases.setdefault(m.role_of.id, set()).add(m.owner_name)


def _place_in(venues: list[Mention], clause: tuple[int, int] | None) -> Entity | None:
    """The first venue inside the clause a relation was read from (anywhere, when it has none)."""
    for m in venues:
        if clause is None or clause[0] <= m.start < clause[1]:
            return m.entity
    return None


def extract_article(article: Article, lexicon: Lexicon | None = None) -> ArticleExtraction:
    """Entities and relations of one article.

    >>> from extract.types import Article
    >>> result = extract_article(Article("t1", "Ngoại trưởng Nga Sergey Lavrov cáo buộc Mỹ."))
    >>> sorted((r.subject.label, r.predicate, r.object.label) for r in result.relations)
    [('Sergey Lavrov', 'accuses', 'United States'), ('Sergey Lavrov', 'official_of', 'Russia')]
    """
    return Extractor(lexicon).extract(article)
