"""Mine cue candidates: the words that stand between two actor mentions, ranked.

    .venv/bin/python bench/mine_cues.py [--workers 2] [--top 300] [--audit] [--phrase "rút khỏi" ...]
    .venv/bin/python bench/mine_cues.py --limit 500 --top 50          (a quick look)

Reads ../shared/corpus at run time (world-2017, baomoi-2017, news-2013; the
first is a subset of the second, read once) and never the held-out articles:
the ids of every held-out set of tests/gold/ (heldout-*.json and
heldout-*-ids.txt) and of each `--exclude-ids FILE`, every article of the
2013 clusters those ids belong to (cluster-mates report the same event), every
sentence that also stands in one of them, and all of news-2025.

For each sentence with two actor mentions (the project's own `MentionFinder`,
two passes as in `extract.Extractor`), the words between two neighbouring actor
mentions are segmented and tagged with underthesea's `pos_tag`. Every run of
one to three words that starts with a content word (not a preposition,
conjunction, adverb, pronoun or punctuation), has no capitalised word and does
not overlap a cue already in `predicates.yaml` is a candidate. Candidates are
counted once per distinct sentence:

    count  sentences where the phrase stands between two actor mentions
    first  of those, where it opens the gap (after adverbs and modality words),
           i.e. right after the first actor, where a "before -> after" cue stands

Printed: the ranked table (by `first`, then `count`) with two short contexts
each, actors in [brackets]. `--audit` adds every cue of `predicates.yaml`: how
often it stands between two actors and how often it occurs at all (whole-word,
in any sentence read). `--phrase` prints the same for phrases of your own.
Nothing is written; the run time is printed last.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from multiprocessing import Pool
from pathlib import Path
from typing import Iterable, Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extract import Article, default_lexicon, sentences  # noqa: E402
from extract.mentions import ACTOR_TYPES, ArticleContext, MentionFinder  # noqa: E402
from extract.phrases import PhraseIndex, fold  # noqa: E402
from extract.types import Mention  # noqa: E402
from ingest.dates import article_date, iso_date  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
SOURCES = ("world-2017.jsonl", "baomoi-2017.jsonl.gz", "news-2013.jsonl")
HELDOUT_CORPUS = "news-2025.jsonl"  # held out whole
GOLD = ROOT / "tests" / "gold"
HELDOUT_PATTERNS = ("heldout-*.json", "heldout-*-ids.txt")

MAX_GAP_WORDS = 10  # words between the two actors; a cue's object stands within 6
MAX_PHRASE_WORDS = 3
# underthesea tags a candidate may not start with: prepositions, conjunctions,
# adverbs, pronouns, determiners, particles, punctuation, proper nouns.
NOT_FIRST = {"E", "C", "CC", "R", "P", "L", "T", "CH", "Np", "I"}
NOT_LAST = {"C", "CC", "CH", "L", "P"}
SKIP_AT_START = {"R", "CH"}  # "đã", "cũng", ",": the gap still opens with the verb after them


@dataclass(frozen=True)
class Gap:
    """The words between two neighbouring actor mentions of one sentence."""

    sentence_key: str  # a hash of the folded sentence: syndicated copies count once
    words: tuple[tuple[str, str], ...]  # (word, underthesea tag)
    context: str  # a few words around the gap, the actors in [brackets]


@dataclass
class ArticleReading:
    """What one worker reads from one article."""

    gaps: list[Gap] = field(default_factory=list)
    sentence_cues: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (key, cues/phrases found)


# -- reading the corpus -------------------------------------------------------
def _ids_in(path: Path) -> set[str]:
    if path.suffix == ".json":
        return set(json.loads(path.read_text(encoding="utf-8"))["articles"])
    return set(path.read_text(encoding="utf-8").split())


def heldout_ids(extra: Iterable[Path]) -> set[str]:
    files = [*(f for pattern in HELDOUT_PATTERNS for f in sorted(GOLD.glob(pattern))), *extra]
    missing = [str(p) for p in files if not p.exists()]
    if missing:
        raise SystemExit(f"mine_cues: held-out id file not found: {missing[0]}")
    if not files:
        raise SystemExit(f"mine_cues: no held-out set in {GOLD}: refusing to read articles that may be held out")
    return set().union(*(_ids_in(p) for p in files))


def records(path: Path) -> Iterator[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def sentence_key(text: str) -> str:
    return hashlib.blake2b(" ".join(fold(text).split()).encode(), digest_size=8).hexdigest()


def article_of(record: dict) -> Article:
    return Article(record["id"], record.get("text", ""), record.get("title", ""), iso_date(record.get("date")))


def corpus_articles(heldout: set[str], limit: int | None) -> tuple[list[Article], set[str]]:
    """The articles to mine, and the keys of every held-out sentence (to skip them)."""
    held_articles = list(map(article_of, records(CORPUS / HELDOUT_CORPUS)))
    chosen: list[Article] = []
    seen: set[str] = set()
    for name in SOURCES:
        rows = list(records(CORPUS / name))
        held_clusters = {r["cluster"] for r in rows if r["id"] in heldout and "cluster" in r}
        taken = 0
        for r in rows:
            if r["id"] in heldout or r.get("cluster", object()) in held_clusters:
                held_articles.append(article_of(r))
            elif r["id"] not in seen and (limit is None or taken < limit):
                seen.add(r["id"])
                chosen.append(article_of(r))
                taken += 1
    lex = default_lexicon()
    held_sentences = {sentence_key(s) for a in held_articles for s in sentences(a, lex)}
    return chosen, held_sentences


# -- one article ----------------------------------------------------------------
def _actor_mentions(mentions: list[Mention]) -> list[Mention]:
    spans: dict[tuple[int, int], Mention] = {}
    for m in mentions:
        if m.actor.type in ACTOR_TYPES:
            spans.setdefault((m.start, m.end), m)
    ordered = sorted(spans.values(), key=lambda m: (m.start, -m.end))
    kept: list[Mention] = []
    for m in ordered:
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return kept


@lru_cache(maxsize=65536)
def tagged(gap: str) -> tuple[tuple[str, str], ...]:
    from underthesea import pos_tag

    return tuple((word, tag) for word, tag in pos_tag(gap))


def _context(text: str, a: Mention, b: Mention, around: int = 4) -> str:
    def short(m: Mention) -> str:
        words = m.text.split()
        return "[" + (m.text if len(words) <= 4 else " ".join(["…", *words[-3:]])) + "]"

    before = text[: a.start].split()[-around:]
    after = text[b.end :].split()[:around]
    return " ".join([*before, short(a), *text[a.end : b.start].split(), short(b), *after])


def read_article(article: Article, probes: PhraseIndex[str], held: frozenset[str] | set[str]) -> ArticleReading:
    """The gaps between actor mentions of one article, and the cues each sentence holds."""
    lex = default_lexicon()
    published = article.date or article_date(article.text)
    context = ArticleContext(year=int(published[:4]) if published else None)
    finder = MentionFinder(lex, context)
    texts = sentences(article, lex)
    for text in texts:  # first pass learns the article's names, as the extractor does
        finder.sentence_mentions(text)
    context.start_reading()
    reading = ArticleReading()
    for text in texts:
        mentions = finder.sentence_mentions(text)
        key = sentence_key(text)
        if key in held:
            continue
        found = tuple(m.value for m in probes.find(text))
        if found:
            reading.sentence_cues.append((key, found))
        actors = _actor_mentions(mentions)
        for a, b in zip(actors, actors[1:]):
            gap = " ".join(text[a.end : b.start].split())
            if gap and len(gap.split()) <= MAX_GAP_WORDS:
                reading.gaps.append(Gap(key, tagged(gap), _context(text, a, b)))
    return reading


# -- workers ---------------------------------------------------------------------
_PROBES: PhraseIndex[str] = PhraseIndex()
_HELD: set[str] = set()


def _init(phrases: list[str], held: set[str]) -> None:
    global _PROBES, _HELD
    _PROBES = probe_index(phrases)
    _HELD = held


def _work(article: Article) -> ArticleReading:
    return read_article(article, _PROBES, _HELD)


def probe_index(phrases: list[str]) -> PhraseIndex[str]:
    """The cues of the lexicon and the phrases asked about, each under its own text."""
    lex = default_lexicon()
    cues = [fold(c) for spec in lex.predicates.values() for c in spec.cues]
    return PhraseIndex((p, p) for p in dict.fromkeys([*cues, *(fold(p) for p in phrases)]))


# -- counting ----------------------------------------------------------------------
@dataclass
class Tally:
    count: Counter = field(default_factory=Counter)
    first: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # where it opens the gap
    other_examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    cue_between: Counter = field(default_factory=Counter)
    cue_anywhere: Counter = field(default_factory=Counter)


def known_words() -> frozenset[str]:
    """The words markers.yaml already gives a job (speech verbs, clause breaks, modality...)."""
    lex = default_lexicon()
    return frozenset(fold(w) for words in lex.marker_words.values() for w in words)


def candidates(words: tuple[tuple[str, str], ...], covered: PhraseIndex[str],
               known: frozenset[str] = frozenset()) -> tuple[set[str], set[str]]:
    """The candidate phrases of one gap, and those that open it.

    >>> found, opens = candidates((("đã", "R"), ("rút", "V"), ("khỏi", "E"), ("và", "C"), ("gặp", "V")),
    ...                           PhraseIndex([("gặp", "met")]))
    >>> sorted(found), sorted(opens)
    (['rút', 'rút khỏi'], ['rút', 'rút khỏi'])
    """
    tokens = [w for w, _ in words]
    joined, starts = "", []
    for w in tokens:
        starts.append(len(joined) + (1 if joined else 0))
        joined = f"{joined} {w}" if joined else w
    cue_spans = [(m.start, m.end) for m in covered.find(joined)]
    opening = next((i for i, (_, tag) in enumerate(words) if tag not in SKIP_AT_START), len(words))
    found, opens = set(), set()
    for i in range(len(words)):
        for j in range(i + 1, min(i + MAX_PHRASE_WORDS, len(words)) + 1):
            part = words[i:j]
            if part[0][1] in NOT_FIRST or part[-1][1] in NOT_LAST or any(t == "CH" for _, t in part):
                continue
            if any(w[:1].isupper() or any(c.isdigit() for c in w) for w, _ in part):
                break
            start, end = starts[i], starts[j - 1] + len(tokens[j - 1])
            if any(s < end and start < e for s, e in cue_spans):
                continue
            phrase = fold(" ".join(tokens[i:j]))
            if phrase in known:
                continue
            found.add(phrase)
            if i == opening:
                opens.add(phrase)
    return found, opens


def tally(readings: Iterable[ArticleReading], covered: PhraseIndex[str], probes: PhraseIndex[str]) -> Tally:
    result = Tally()
    known = known_words()
    gaps_seen: set[tuple[str, str]] = set()
    cue_sentences: set[str] = set()
    for reading in readings:
        for key, held in reading.sentence_cues:
            if key not in cue_sentences:
                cue_sentences.add(key)
                result.cue_anywhere.update(set(held))
        for gap in reading.gaps:
            joined = " ".join(w for w, _ in gap.words)
            if (gap.sentence_key, joined) in gaps_seen:
                continue
            gaps_seen.add((gap.sentence_key, joined))
            result.cue_between.update({m.value for m in probes.find(joined)})
            found, opens = candidates(gap.words, covered, known)
            result.count.update(found)
            result.first.update(opens)
            for phrase in found:
                examples = result.examples if phrase in opens else result.other_examples
                if len(examples[phrase]) < 2:
                    examples[phrase].append(gap.context)
    return result


# -- printing ------------------------------------------------------------------------
def print_table(t: Tally, top: int, min_count: int) -> None:
    ranked = sorted((p for p, n in t.count.items() if n >= min_count), key=lambda p: (-t.first[p], -t.count[p], p))
    print(f"{'rank':>4}  {'phrase':<28} {'count':>6} {'first':>6}")
    for rank, phrase in enumerate(ranked[:top], 1):
        print(f"{rank:>4}  {phrase:<28} {t.count[phrase]:>6} {t.first[phrase]:>6}")
        for example in (t.examples[phrase] + t.other_examples[phrase])[:2]:
            print(f"{'':>6}| {example}")
    print(f"({len(ranked)} phrases seen at least {min_count}x; {min(top, len(ranked))} printed)")


def print_audit(t: Tally) -> None:
    lex = default_lexicon()
    print(f"\n{'predicate':<22} {'cue':<44} {'between':>7} {'anywhere':>8}")
    for name, spec in lex.predicates.items():
        for cue in spec.cues:
            key = fold(cue)
            mark = "  <- matches nothing" if not t.cue_anywhere[key] else ""
            print(f"{name:<22} {cue:<44} {t.cue_between[key]:>7} {t.cue_anywhere[key]:>8}{mark}")


def print_phrases(t: Tally, phrases: list[str]) -> None:
    print(f"\n{'phrase':<36} {'between':>7} {'anywhere':>8}")
    for phrase in phrases:
        key = fold(phrase)
        print(f"{phrase:<36} {t.cue_between[key]:>7} {t.cue_anywhere[key]:>8}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--limit", type=int, help="at most this many articles of each corpus file")
    ap.add_argument("--top", type=int, default=300, help="rows of the ranked table")
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--audit", action="store_true", help="also count every cue of predicates.yaml")
    ap.add_argument("--phrase", action="append", default=[], help="also count this phrase (repeatable)")
    ap.add_argument("--exclude-ids", type=Path, action="append", default=[], help="more held-out ids, one a line")
    args = ap.parse_args(argv)
    started = time.perf_counter()
    missing = [n for n in (*SOURCES, HELDOUT_CORPUS) if not (CORPUS / n).exists()]
    if missing:
        raise SystemExit(f"mine_cues: corpus file not found: {CORPUS / missing[0]}")
    articles, held = corpus_articles(heldout_ids(args.exclude_ids), args.limit)
    covered = default_lexicon().cues
    probes = probe_index(args.phrase)
    if args.workers > 1:
        with Pool(args.workers, initializer=_init, initargs=(args.phrase, held)) as pool:
            readings = list(pool.imap(_work, articles, chunksize=32))
    else:
        readings = [read_article(a, probes, held) for a in articles]
    result = tally(readings, covered, probes)
    print_table(result, args.top, args.min_count)
    if args.audit:
        print_audit(result)
    if args.phrase:
        print_phrases(result, args.phrase)
    gaps = sum(len(r.gaps) for r in readings)
    print(f"\n{len(articles)} articles, {gaps} gaps between actor mentions, "
          f"{len(held)} held-out sentences left out, {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
