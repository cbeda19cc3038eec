"""Which paragraphs are on which topic, from the terms in content/topics/*.md."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from sitegen import regexes
from sitegen.analysis.text import paragraph_stems, stem, stem_set
from sitegen.model import Paragraph, Topic

# Word forms a term also matches: "sanction" → sanctions, sanctioned, sanctioning; "meeting" → meet, meets.
_SUFFIXES = r"(?:s|es|ed|d|ing|ings|ion|ions)?"


def _word_pattern(word: str) -> str:
    root = stem(word)
    if len(root) < 3 or not word.lower().startswith(root.rstrip("y")):
        return re.escape(word) + _SUFFIXES
    if root.endswith("y"):
        return re.escape(root[:-1]) + r"(?:y|ies|ied|ying)"
    # "sanction" → sanctions, sanctioned; "meeting" → meet, meets; "ceasefire" → ceasefires.
    return re.escape(root) + r"(?:e|es|ed|s|d|ing|ings|ion|ions|ation|ations)?"


_HYPHEN_IN_WORD = regexes.compile(r"(?<=\w)[\-‐](?=\w)")


@lru_cache(maxsize=4096)
def _term_pattern(term: str) -> re.Pattern:
    words = term.strip().split()
    parts = []
    for word in words:
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(_word_pattern(word))
    return re.compile(r"(?<!\w)" + r"[\s\-–]+".join(parts) + r"(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class _Matcher:
    """A topic's terms as lookups: one-word terms by stem, wildcards by prefix, phrases by regex."""

    stems: frozenset
    prefixes: Optional[re.Pattern]  # the wildcard terms ("negotiat*") as one pattern
    plurals: dict  # the stem of a term written as a plural noun ("talks") → the pattern of its noun forms
    phrases: dict  # a stem every phrase needs → [(all the stems it needs, its pattern)]
    # The wildcard prefixes, when all are ASCII: the regex can match only where one of them is a substring of
    # the lowercased text, and `in` tells that ten times faster. (Under IGNORECASE an ASCII character matches
    # only its own cases and, of all of Unicode, _ODD_CASES; without those, lowercasing keeps every
    # character in place, and what the regex matches lowercases to the prefix.)
    literals: tuple = ()
    # The keys of `phrases` as a frozenset: what a text's stems are intersected with, five times faster than the dict's
    # keys view, which is made a set again each time.
    phrase_keys: frozenset = frozenset()

    def search(self, text: str, stems: Optional[frozenset] = None) -> bool:
        if stems is None:
            stems = stem_set(text)
        if not self.stems.isdisjoint(stems):
            return True
        for key, pattern in self.plurals.items():  # (a few terms at most: no set built)
            if key in stems and pattern.search(text):
                return True
        if self._prefix_possible(text) and self.prefixes.search(text):
            return True
        for key in self.phrase_keys & stems:
            if any(needed <= stems and pattern.search(text) for needed, pattern in self.phrases[key]):
                return True
        return False

    def count(self, text: str, stems: frozenset) -> int:
        """How many of the terms `text` names, each once (search, counting instead of stopping at the first)."""
        found = len(self.stems & stems)
        for key, pattern in self.plurals.items():
            if key in stems and pattern.search(text):
                found += 1
        if self._prefix_possible(text):
            found += len({m.group().lower() for m in self.prefixes.finditer(text)})
        for key in self.phrase_keys & stems:
            found += sum(1 for needed, pattern in self.phrases[key] if needed <= stems and pattern.search(text))
        return found

    def _prefix_possible(self, text: str) -> bool:
        if self.prefixes is None:
            return False
        if not self.literals:
            return True
        lowered = _literal_view(text)
        if lowered is None:
            return True
        for literal in self.literals:  # (a plain loop: asked of every paragraph for every topic with wildcards)
            if literal in lowered:
                return True
        return False


_ODD_CASES = "\u0130\u0131\u017f\u212a"  # İ ı ſ K: the non-ASCII characters IGNORECASE matches to ASCII letters


@lru_cache(maxsize=256)
def _literal_view(text: str) -> Optional[str]:
    """`text` lowercased for _Matcher.literals and _BACKGROUND_LOWER, or None when one of _ODD_CASES makes that unsafe.
    Asked of the same paragraph for every topic's terms, weak terms and exclusions: lowercased once (a few hundred
    texts: an article's paragraphs and sentences)."""
    if not text.isascii() and any(c in text for c in _ODD_CASES):
        return None
    return text.lower()


# A lowercase word in the plural ("talks", "shares", "fares"; not "gas", "press", "measles" nor "NATO").
_PLURAL_NOUN = regexes.compile(r"[a-z]{3,}[^s'’]s")


@lru_cache(maxsize=256)
def _matcher(terms: tuple[str, ...]) -> Optional[_Matcher]:
    if not terms:
        return None
    stems, prefixes, phrases, plurals = set(), [], {}, {}
    for term in terms:
        # (A hyphenated term is the phrase of its parts, as the text's words are read apart at a hyphen: "mental-health"
        # finds "mental-health" and "mental health", where as one word it found neither.)
        term = _HYPHEN_IN_WORD.sub(" ", term)
        words = term.strip().split()
        if len(words) == 1 and words[0].endswith("*"):
            prefixes.append(words[0][:-1].lower())
        elif len(words) == 1 and _PLURAL_NOUN.fullmatch(words[0]):
            # "talks", "fares": things, which the verb's forms ("talking about", "fared") are not.
            word = words[0].lower()
            forms = {word, word[:-1]} | ({word[:-2]} if word.endswith(("ses", "xes", "zes", "ches", "shes")) else set())
            plurals[stem(word)] = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(sorted(map(re.escape, forms))), re.IGNORECASE)
        elif len(words) == 1:
            stems.add(stem(words[0]))
        else:
            needed = frozenset(stem(w) for w in words if not w.endswith("*"))
            key = max(needed, key=len) if needed else ""
            phrases.setdefault(key, []).append((needed, _term_pattern(term)))
    wildcard = None
    if prefixes:
        # The lookahead of their first letters lets the regex engine skip to where a term can start.
        first = "" if "" in prefixes else "(?=[" + "".join(sorted({re.escape(p[0]) for p in prefixes})) + "])"
        wildcard = re.compile(first + r"(?<!\w)(?:" + "|".join(re.escape(p) for p in prefixes) + ")", re.IGNORECASE)
    literals = tuple(prefixes) if prefixes and all(p and p.isascii() for p in prefixes) else ()
    return _Matcher(frozenset(stems), wildcard, plurals, phrases, literals, frozenset(phrases))


def is_on_topic(text: str, topic: Topic, stems: Optional[frozenset] = None) -> bool:
    """Whether any term of `topic` occurs in `text` (in any of its forms) and none of its exclusions does.

    `stems`, when the caller has them, are the stems of the words of `text`.
    """
    terms = _matcher(topic.terms)
    if terms is None:
        return False
    if stems is None:
        stems = stem_set(text)
    if not _names_topic(text, stems, terms, _matcher(topic.weak_terms)):
        return False
    exclude = _matcher(topic.exclude)
    return exclude is None or not exclude.search(text, stems)


def _names_topic(text: str, stems: frozenset, terms: _Matcher, weak: Optional[_Matcher]) -> bool:
    """A term, or two weak terms: one weak term alone ("a packed public meeting at the library", "the EU's sanctions
    envoy", "a negotiating position") is another sense as often as not; two together ("the envoy's meeting with the
    delegation") are the topic as a term is. (See with_weak_terms for weak terms in an article on the topic.)"""
    if terms.search(text, stems):
        return True
    return weak is not None and weak.search(text, stems) and weak.count(text, stems) >= 2


def term_count(text: str, topic: Topic, stems: Optional[frozenset] = None) -> int:
    """How many of `topic`'s terms `text` names (each term once, in any of its forms; 0 when excluded)."""
    terms, weak = _matcher(topic.terms), _matcher(topic.weak_terms)
    if terms is None:
        return 0
    if stems is None:
        stems = stem_set(text)
    count = terms.count(text, stems) + (weak.count(text, stems) if weak is not None else 0)
    if count:
        exclude = _matcher(topic.exclude)
        if exclude is not None and exclude.search(text, stems):
            return 0
    return count


def with_weak_terms(paragraphs: Sequence[Paragraph], indices: Sequence[int], topic: Topic) -> tuple[int, ...]:
    """The on-topic paragraphs of an article that is on `topic`, with those that name only its weak terms: in a story
    about the talks, "the meeting in Alaska" is the talks' meeting."""
    weak, exclude = _matcher(topic.weak_terms), _matcher(topic.exclude)
    if weak is None:
        return tuple(indices)
    wanted = set(indices)
    return tuple(p.index for p in paragraphs if p.index in wanted or (
        weak.search(p.text, paragraph_stems(p.text))
        and (exclude is None or not exclude.search(p.text, paragraph_stems(p.text)))))


def topic_matches(paragraph_text: str, topic: Topic) -> tuple[str, ...]:
    """The terms of `topic` that occur in the paragraph; empty when off-topic or excluded."""
    stems = stem_set(paragraph_text)  # (once: each term's search would otherwise take them again)
    if not is_on_topic(paragraph_text, topic, stems):
        return ()
    return tuple(t for t in topic.all_terms if _matcher((t,)).search(paragraph_text, stems))


def topic_paragraphs(paragraphs: Sequence[Paragraph], topics: Sequence[Topic]) -> dict[str, tuple[int, ...]]:
    """Topic slug → indices of its on-topic paragraphs (topics with none are left out)."""
    stems = [paragraph_stems(p.text) for p in paragraphs]
    out = {}
    for topic in topics:
        # is_on_topic for each paragraph, with the topic's matchers looked up once rather than per paragraph,
        # and its one-word terms (what matches most often) tried here without a call.
        terms, exclude = _matcher(topic.terms), _matcher(topic.exclude)
        if terms is None:
            continue
        words, weak = terms.stems, _matcher(topic.weak_terms)
        indices = tuple(p.index for p, st in zip(paragraphs, stems)
                        if (not words.isdisjoint(st) or _names_topic(p.text, st, terms, weak))
                        and (exclude is None or not exclude.search(p.text, st)))
        if indices:
            out[topic.slug] = indices
    return out


@lru_cache(maxsize=256)
def _other_than_acronyms(terms: tuple[str, ...]) -> Optional[tuple]:
    """The matcher of a topic's terms that are not acronyms, in a 1-tuple, when some of its terms are; else None."""
    if not any(t.isupper() for t in terms):
        return None
    return (_matcher(tuple(t for t in terms if not t.isupper())),)


def named_beyond_acronyms(on_topic_texts: Sequence[str], topic: Topic, headline: bool = False) -> bool:
    """Whether the headline is on topic or some on-topic paragraph names a term that is no acronym. An institution's
    acronym ("NATO", "NHS") comes up in passing in many stories ("every shipment outside the EU and NATO"): a story
    that names nothing else of the topic is not about it."""
    others = _other_than_acronyms(topic.all_terms)
    # (A topic named by acronyms alone, "nato: [NATO]", has nothing else to name: its acronym is all it can be about.)
    if others is None or headline or others[0] is None:
        return True
    return any(others[0].search(text, paragraph_stems(text)) for text in on_topic_texts)


# The least share of an article's paragraphs that a topic its headline does not name must have (see covers).
SIDE_SHARE = 0.15
# At most this many on-topic paragraphs, none of them in a row and no more than a quarter of the article's,
# may be mentions in passing (see covers).
PASSING_MENTIONS = 3


def covers(paragraphs: Sequence[Paragraph], indices: Sequence[int], topic: Topic, headline: str = "") -> bool:
    """Whether an article is about `topic` (see coverage)."""
    return coverage(paragraphs, indices, topic, headline)[0]


def coverage(paragraphs: Sequence[Paragraph], indices: Sequence[int], topic: Topic,
             headline: str = "") -> tuple[bool, str]:
    """Whether an article is about `topic`, given the indices of its on-topic paragraphs and its headline when
    that is on topic: at least `min_paragraphs` of them (the headline counting as one), at least SIDE_SHARE of the
    paragraphs under a headline that does not name it — and, for a topic that asks for two or more, more than a few
    words in passing in a long article. A front-line report that
    mentions "the talks" in one paragraph and "negotiators" five paragraphs on is not about the talks; a
    story about them gives them paragraphs in a row (the headline and the first paragraph too), or names
    them fully somewhere (two of the topic's terms, or one of its phrases: "peace deal", "price cap").
    Of scattered mentions, one that names only a kind of thing ("to guarantee a ceasefire", "at a city council
    meeting": see _names_its_own) does not count, nor, under a headline elsewhere, one in a clause of background
    (see _only_in_background): with too few left, only a paragraph naming two of the terms still tells of the topic.
    Returns the verdict and why, as `sitegen explain topics` shows it."""
    count = len(indices) + bool(headline)
    needed = max(1, topic.min_paragraphs)
    if count < needed:
        return False, f"{count} of the {needed} paragraphs needed"
    if count > 2 * PASSING_MENTIONS:
        return True, f"{count} paragraphs"  # (seven or more tell of it, whatever clauses they name it in)
    if not headline and len(indices) < SIDE_SHARE * len(paragraphs) \
            and not (topic.min_paragraphs < 2 and paragraphs and paragraphs[0].index in indices):
        # Two paragraphs of sixteen, under a headline elsewhere: a side of the story (the fares in a report on grounded
        # planes, the trade war in one on a drought), not what it is about. Over the 908 labelled articles this took
        # topic precision from 0.932 to 0.956, recall from 0.983 to 0.980 (benchmarks/analysis_quality.py): 38 decoys
        # gone, four topics the labels want lost. A topic that asks for one paragraph too (stop 51), unless the first
        # paragraph names it ("… died on Tuesday aged 81" files an obituary): of the 68 such topics filed from one or
        # two paragraphs under a headline elsewhere over 1,676 labelled articles, 62 were not what the labels file the
        # story under; over all of them topic F1 0.928 → 0.935 (58 decoys gone, five lost).
        return False, (f"a side of the story: {len(indices)} of its {len(paragraphs)} paragraphs, under a headline "
                       f"that does not name it (at least {SIDE_SHARE:.0%} needed)")
    if topic.min_paragraphs < 2:
        return True, f"{count} paragraph(s), {needed} needed"
    # A paragraph that names the topic only as a condition of something else ("troops to a mission in Ukraine if a
    # ceasefire is reached", "a force that would deploy only after a ceasefire") tells of that other thing: a story
    # about security guarantees sets them after a ceasefire without being about the talks.
    wanted = set(indices)
    kept = [p.index for p in paragraphs if p.index in wanted and not _only_as_condition(p.text, topic)]
    if len(kept) < len(indices):
        indices = kept
        count = len(indices) + bool(headline)
        if count < needed:
            return False, f"{count} of the {needed} paragraphs needed, past those naming it only as a condition"
        if not headline and len(indices) < SIDE_SHARE * len(paragraphs):
            return False, (f"a side of the story: {len(indices)} of its {len(paragraphs)} paragraphs past those naming "
                           f"it only as a condition, under a headline that does not name it")
    if not headline:
        # Under a headline elsewhere, a paragraph that names the topic only in a clause telling what else is going
        # on ("The report comes as US envoy Steve Witkoff prepares to travel") is a mention in passing: it neither
        # lifts the story past the few mentions allowed nor makes a run, nor is it the story's own.
        wanted = set(indices)
        indices = [p.index for p in paragraphs if p.index in wanted and not _only_in_background(p.text, topic)]
        count = len(indices)
    if count > PASSING_MENTIONS:
        return True, f"{count} paragraphs"
    order = {p.index: k for k, p in enumerate(paragraphs)}
    at = ([-1] if headline else []) + sorted(order[i] for i in indices)
    if any(b - a == 1 for a, b in zip(at, at[1:])):
        return True, "paragraphs in a row tell of it"
    wanted = set(indices)
    own = [text for text in [p.text for p in paragraphs if p.index in wanted] + [headline] * bool(headline)
           if _names_its_own(text, topic)]
    if len(own) < topic.min_paragraphs:
        if any(_named_term_count(text, topic) >= 2 for text in own):
            return True, "a paragraph names two of its terms"
        return False, "mentions in passing (a kind of thing, or background to something else)"
    if len(own) * 4 >= len(paragraphs) + bool(headline):
        return True, "a good part of a short story"  # (two paragraphs of seven, however they name it)
    if len(topic.all_terms) == 1:
        return True, f"{count} paragraphs"  # (a topic of one word, "gambl*", has no second term to name)
    if any(_own_term_count(text, topic) >= 2 or any(" " in term for term in topic_matches(text, topic)) for text in own):
        return True, "named fully (two of its terms, or one of its phrases)"
    return False, "mentions in passing, scattered"


def _own_term_count(text: str, topic: Topic) -> int:
    """How many of the topic's terms a paragraph names as its own somewhere (see _names_its_own): "EU leaders meeting
    at a summit in Brussels" names one, the meeting; "a summit" is a kind of thing, as in any story in passing."""
    stems = paragraph_stems(text)
    if term_count(text, topic, stems) < 2:
        return 0  # (most paragraphs: too few terms whatever they stand under)
    return sum(1 for term in topic.all_terms if _matcher((term,)).search(text, stems)
               and (not term[:1].islower()  # ("A CQC spokesperson": a term with a capital is a name wherever it stands)
                    or any(not _INDEFINITE_BEFORE.search(text, max(0, m.start() - 40), m.start()) and not _in_a_name(text, m)
                           for m in _term_pattern(term).finditer(text))))


# "a ceasefire", "a real ceasefire", "any talks", "a city council meeting": an indefinite article up to two words before.
# (Not "a number of territories", "a series of talks": an amount of things, each named as they are.)
_INDEFINITE_BEFORE = regexes.compile(r"(?<![\w'’])(?:a|an|any)\s+(?:(?!of\s)[\w\-]+\s+){0,2}$", re.IGNORECASE)


def _names_its_own(text: str, topic: Topic) -> bool:
    """Whether a paragraph names something of the topic's own: one of its phrases ("peace deal", "reassurance force"),
    or one of its words somewhere not under "a", "an" or "any" ("the talks", "negotiations", "NATO countries"). Under
    them a word names a kind of thing — "guarantee a ceasefire", "until Russia agrees to a real ceasefire", "at a city
    council meeting" — as a story about something else does in passing; nor does a lower-case term capitalized in a
    name or a title ("the Department for Energy Security and Net Zero": see _in_a_name)."""
    phrases, words, named_phrases, named_words = _own_patterns(topic.all_terms)
    if named_phrases is not None and named_phrases.search(text):
        return True
    if phrases is not None and any(not _in_a_name(text, m) for m in phrases.finditer(text)):
        return True
    return any(not _INDEFINITE_BEFORE.search(text, max(0, m.start() - 40), m.start()) and (named or not _in_a_name(text, m))
               for pattern, named in ((words, False), (named_words, True)) if pattern is not None
               for m in pattern.finditer(text))


# Where a capital is a sentence's (or a quotation's) first letter, not a name's.
_SENTENCE_START = regexes.compile(r"(?:^|[.!?:;\"“‘(]\s*)$")


def _in_a_name(text: str, m: re.Match) -> bool:
    """Whether a match of a term the topic writes in lower case stands, capitalized mid-sentence, in a name or a title:
    "The Department for Energy Security and Net Zero said", `its paper, "A Machine-Learning Search for …"`. An
    institution or a work named in passing, not the story's own word for the topic. (The patterns only hold the
    topic's lower-case terms: see _own_patterns.)"""
    found = m.group()
    return (found[:1].isupper() and all(w[:1].isupper() for w in re.split(r"[\s\-–]+", found))
            and not _SENTENCE_START.search(text, max(0, m.start() - 3), m.start()))


# "ended without a ceasefire", "with no ceasefire in sight": what the paragraph says is missing.
_ABSENT_BEFORE = regexes.compile(r"(?<![\w'’])(?:without|no)\s+(?:(?:a|an|any)\s+)?(?:[\w\-]+\s+)?$", re.IGNORECASE)


def _named_term_count(text: str, topic: Topic) -> int:
    """How many of the topic's terms a paragraph names, each once, leaving out a term it names only as missing
    ("discussed the talks in Geneva, which ended without a ceasefire" names one, the talks)."""
    return sum(1 for term in topic_matches(text, topic)
               if any(not _ABSENT_BEFORE.search(text, max(0, m.start() - 30), m.start())
                      for m in _term_pattern(term).finditer(text)))


# A clause of background, after a comma or "comes as": "…, as the EU keeps up pressure while US-led peace talks drag
# on", "The report comes as US envoy Steve Witkoff prepares to travel", "a package it hopes to present before EU
# leaders meet". (Not "after": "shares fell after the payments company reported" gives the story's cause.)
# ("even as" needs no comma: "tightening sanctions on Moscow's oil trade even as U.S.-brokered peace talks continue".)
_BACKGROUND = regexes.compile(r"(?=[,;—–cwabe])(?:(?:[,;—–]\s*|\b(?:comes?|came)\s+)(?:as|even as)\s|\b(?:while|whilst|amid|amidst|before)\s"
                              r"|\beven\s+as\s)", re.IGNORECASE)
# Why a source is not named is background too: "speaking on condition of anonymity because the talks are confidential",
# "who was not authorised to discuss the negotiations". (Looked for only in paragraphs with one of its words: see
# _only_in_background.)
_ANONYMITY = regexes.compile(r"\bon\s+condition\s+of\s+anonymity\b|\b(?:not|un)\s*(?:authori[sz]ed|allowed|permitted)\s+to\s+"
                             r"(?:speak|talk|discuss|comment)\b", re.IGNORECASE)
_CLAUSE_END = regexes.compile(r"[,;:.!?—–]\s")
# _BACKGROUND for the lowercase text (_literal_view), each alternative opening on its mark or its word's first letter
# (with a look back for the word's start, as at_word_start writes it), so that the regex engine skips in C to where one
# can match instead of trying _BACKGROUND's lookahead at every character. (Flat: an alternative that opens on a group
# would keep the engine from skipping.)
_BACKGROUND_LOWER = regexes.compile(r",\s*(?:as|even as)\s|;\s*(?:as|even as)\s|—\s*(?:as|even as)\s|–\s*(?:as|even as)\s"
                                    r"|c(?<!\wc)(?:omes?|ame)\s+(?:as|even as)\s|w(?<!\ww)hil(?:e|st)\s|a(?<!\wa)mid(?:st)?\s"
                                    r"|b(?<!\wb)efore\s|e(?<!\we)ven\s+as\s")


# "if a ceasefire is reached", "after any ceasefire", "post-ceasefire", "once talks conclude": a condition or a time set
# by the topic's thing for something else. ("after" and "until" only before "a", "an", "any": "after the match" tells
# what happened.)
# ("if the talks fail", "if that deterrent failed": the story's own thing, named as such, in a condition of its own.)
_AS_CONDITION = regexes.compile(r"(?<![\w'’])(?:(?:if|once|unless|after|until)\s+(?:a|an|any)\s+|post-)"
                                r"(?:(?!(?:the|that|this|these|those|its|their|our|his|her|my|your)\s)[\w\-]+\s+)?$",
                                re.IGNORECASE)


def _only_as_condition(text: str, topic: Topic) -> bool:
    """Whether every mention of the topic's terms in the text stands right after "if", "after", "once", "unless",
    "until" or "post-" (see _AS_CONDITION)."""
    if _AS_CONDITION_WORDS.search(text) is None:
        return False  # (most paragraphs)
    found = False
    for term in topic.terms:
        for m in _term_pattern(term).finditer(text):
            if not _AS_CONDITION.search(text, max(0, m.start() - 30), m.start()):
                return False
            found = True
    return found


_AS_CONDITION_WORDS = regexes.compile(r"\b(?:if|after|once|unless|until|pending|post)\b", re.IGNORECASE)


def _only_in_background(text: str, topic: Topic) -> bool:
    """Whether every term of the topic in the (on-topic) paragraph stands in a clause of background, opened earlier in
    its part of the sentence (up to the next comma, dash or full stop) by "as", "while", "amid" or "before"."""
    cuts = _background_clauses(text)
    if not cuts:
        return False  # (most paragraphs)
    terms = _matcher(topic.terms)  # (a weak term in the rest puts nothing on the topic: see is_on_topic)
    if not terms.search(" ".join(text[a:b] for a, b in cuts)):
        return False  # (no term in them: a short look, where most paragraphs end)
    # The rest of the paragraph, without its clauses of background, on topic or not.
    rest = " ".join(text[a:b] for a, b in zip([0] + [e for _, e in cuts], [s for s, _ in cuts] + [len(text)]))
    return not terms.search(rest)


@lru_cache(maxsize=256)
def _background_clauses(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each clause of background in a paragraph (see _only_in_background), found once for all the
    topics that ask about the paragraph (a few hundred: an article's paragraphs)."""
    cuts, at = [], 0
    lowered = _literal_view(text)
    openers = list(_BACKGROUND_LOWER.finditer(lowered) if lowered is not None else _BACKGROUND.finditer(text))
    if "anonymity" in text or "authori" in text or "allowed to" in text or "permitted to" in text:
        openers = sorted(openers + list(_ANONYMITY.finditer(text)), key=lambda m: m.start())
    for m in openers:
        if m.start() < at:
            continue  # (inside the clause before)
        end = _CLAUSE_END.search(text, m.end())
        at = end.start() if end else len(text)
        cuts.append((m.start(), at))
    return tuple(cuts)


_NO_WORD_BEFORE = r"(?<!\w)"  # how every _term_pattern opens


def _union(terms) -> str:
    r"""The patterns of `terms` as one alternation, matching what "|".join of them matches, grouped by the letter each
    opens on: "(?=[cpt])(?<!\w)(?:(?=p)(?:peace…|pact…)|(?=t)(?:talk…))". Flat, the regex engine enters every
    alternative at every word's start (IGNORECASE spares it no literal test), several times slower. (Exact: at a
    position only the group of its letter can match, and inside it the alternatives keep their order. A term that
    opens on anything but an ASCII letter or digit leaves the alternation flat.)"""
    sources = [_term_pattern(t).pattern for t in terms]
    bodies = [s[len(_NO_WORD_BEFORE):] for s in sources if s.startswith(_NO_WORD_BEFORE)]
    if len(bodies) < len(sources) or not all(b[:1].isascii() and b[:1].isalnum() for b in bodies):
        return "|".join(sources)
    groups: dict[str, list[str]] = {}
    for body in bodies:
        groups.setdefault(body[0].lower(), []).append(body)
    return ("(?=[" + "".join(sorted(groups)) + "])" + _NO_WORD_BEFORE
            + "(?:" + "|".join("(?=%s)(?:%s)" % (first, "|".join(group)) for first, group in groups.items()) + ")")


@lru_cache(maxsize=256)
def _own_patterns(terms: tuple[str, ...]) -> tuple[Optional[re.Pattern], ...]:
    """A topic's phrases, and its one-word terms, each as one pattern, those it writes in lower case and those it
    writes with a capital apart (for _names_its_own, which a paragraph already on topic reaches: where a term is
    matters there, not which)."""
    def one(group):
        return re.compile(_union(group), re.IGNORECASE) if group else None
    # (A term the topic writes with a capital, "NATO", "Article 5", is a name wherever it stands: its own pattern, so
    # that _in_a_name, for lower-case terms, never leaves it out.)
    lower = [t for t in terms if t.strip()[:1].islower()]
    named = [t for t in terms if not t.strip()[:1].islower()]
    return (one([t for t in lower if " " in t.strip()]), one([t for t in lower if " " not in t.strip()]),
            one([t for t in named if " " in t.strip()]), one([t for t in named if " " not in t.strip()]))


def _headline_names(title: str, topic: Topic) -> bool:
    # (A headline naming it only as a condition, "… troops to Ukraine reassurance mission if ceasefire holds", tells
    # of something else.)
    return bool(title) and is_on_topic(title, topic, paragraph_stems(title)) and not _only_as_condition(title, topic)


def verdict(paragraphs: Sequence[Paragraph], indices: Sequence[int], topic: Topic, title: str = "") -> tuple[bool, str]:
    """Whether an article is about `topic` taken alone, and why, given the indices of its on-topic paragraphs and its
    headline: it covers the topic (see coverage) in more than acronyms (see named_beyond_acronyms). verdicts weighs
    the article's topics against each other after."""
    headline = title if _headline_names(title, topic) else ""
    about, why = coverage(paragraphs, indices, topic, headline)
    if not about:
        return False, why
    wanted = set(indices)
    if not named_beyond_acronyms([p.text for p in paragraphs if p.index in wanted], topic, bool(headline)):
        return False, "only an acronym of it, in passing"
    return True, why


# How much of a story a topic must hold to be what it is about (see stake): its share of the paragraphs, plus
# STAKE_RATIO of its paragraphs against the leading topic's, plus STAKE_HEADLINE when the headline names it.
STAKE_NEEDED = 0.45
STAKE_RATIO = 0.375
STAKE_HEADLINE = 0.19


def stake(count: int, paragraphs: int, leading: int, headline: bool) -> float:
    """How much of a story a topic holds: `count` of its `paragraphs` on the topic, against `leading`, the most any
    of the article's topics has, and whether its headline names it. The three weights are a logistic regression's
    over the labelled articles (benchmarks/analysis_quality.py), rounded: fitted on the 4,208 labelled then that came
    before blind batch 359, they came out the same on all 4,496 (8.0, 2.9 and 1.7 against a threshold of 4.1, here
    divided by 8), and over the 24 later batches they took topic F1 from 0.899 to 0.925."""
    return (count / paragraphs if paragraphs else 0.0) + STAKE_RATIO * (count / leading if leading else 0.0) \
        + STAKE_HEADLINE * headline


def verdicts(paragraphs: Sequence[Paragraph], topics: Sequence[Topic], title: str = "",
             on_topic: Optional[dict[str, tuple[int, ...]]] = None) -> dict[str, tuple[bool, str]]:
    """Each topic's verdict (see verdict), then the article's own weighing of them: a story is about what it mostly
    tells of. A topic it covers is one it is about only with STAKE_NEEDED of it (see stake): the insurance claims in
    four paragraphs of a flood report that gives the rescue ten are a side of it. This weighing took the place of a
    rule of thumb (a topic with less than half the leading topic's paragraphs, named by neither the headline nor the
    first paragraph, was a side): over the labelled articles (4,640 with stop 66's) topic precision 0.867 → 0.911,
    recall 0.969 → 0.947, F1 0.915 → 0.928; on the 24 blind batches after the fit's (359–382) 0.899 → 0.925, on the
    twelve written after it 0.926 → 0.918."""
    if on_topic is None:
        on_topic = topic_paragraphs(paragraphs, topics)
    out = {t.slug: verdict(paragraphs, on_topic.get(t.slug, ()), t, title) for t in topics}
    leading = max((len(on_topic.get(t.slug, ())) for t in topics), default=0)
    for t in topics:
        if not out[t.slug][0]:
            continue
        count = len(on_topic.get(t.slug, ()))
        named = _headline_names(title, t)
        weight = stake(count, len(paragraphs), leading, named)
        if weight < STAKE_NEEDED:
            out[t.slug] = (False, f"a side of a story about something else: it holds {weight:.2f} of it, "
                                  f"{STAKE_NEEDED} needed ({count} of its {len(paragraphs)} paragraphs; {leading} of its "
                                  f"leading topic; {'named' if named else 'not named'} in its headline)")
    return out


def assign_topics(paragraphs: Sequence[Paragraph], topics: Sequence[Topic], title: str = "",
                  on_topic: Optional[dict[str, tuple[int, ...]]] = None) -> tuple[str, ...]:
    """Slugs of the topics the article is about (see verdicts); `on_topic` is topic_paragraphs' answer when the
    caller has it."""
    judged = verdicts(paragraphs, topics, title, on_topic)
    return tuple(t.slug for t in topics if judged[t.slug][0])
