"""Text primitives shared by the analysis modules: quoted spans, sentences, content words.

Everything works on a paragraph's plain text with character offsets, so a finding can
always say exactly where it came from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, NamedTuple, Optional

from sitegen import regexes
from sitegen.analysis.lexicon import TITLE_ABBREVIATIONS

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"


@dataclass(frozen=True)
class Span:
    start: int  # offset of the opening quote mark
    end: int  # offset just after the closing quote mark (or the paragraph's end when unclosed)

    def inner(self, text: str) -> str:
        """The quoted words without their quote marks."""
        body = text[self.start + 1:self.end]
        if body and body[-1] in "\"”»’'":
            body = body[:-1]
        return body.strip()


@lru_cache(maxsize=4096)
def quoted_spans(text: str) -> tuple[Span, ...]:
    """Top-level quotations: "straight", “curly”, «guillemets»; ‘single curly’ only when no double quotes exist.

    Nested quotes stay inside their outer quote. A quote opened and not closed runs to the end
    of the paragraph — the newspaper convention for a quotation that continues in the next one.
    """
    spans: list[Span] = []
    n = len(text)
    end = 0
    for m in _OPENING.finditer(text):
        i = m.start()
        if i < end:
            continue  # inside the previous quotation
        close = _find_close(text, i + 1, CLOSE_DOUBLE + '"' if text[i] in OPEN_DOUBLE else '"”')
        end = n if close < 0 else close + 1
        spans.append(Span(i, end))
    if not spans and "‘" in text:
        for m in re.finditer(r"(?<![\w’])‘([^‘’]|’(?=\w))+’(?!\w)", text):
            spans.append(Span(m.start(), m.end()))
        opening = len(text) - len(text.lstrip())
        if text[opening:opening + 1] == "‘" and not (spans and spans[0].start == opening) \
                and not _SINGLE_CURLY_CLOSE.search(text, opening + 1):
            # ‘Places like this are hanging on … (no closing mark): a quotation in single marks that goes on in the
            # next paragraph, as a double one does (British style).
            spans.insert(0, Span(opening, len(text)))
        tail = _SINGLE_CURLY_OPEN.search(text, max((span.end for span in spans), default=0)) if spans else None
        if tail and not _SINGLE_CURLY_ENDS.search(text, tail.end()):
            # (Or one opened after the paragraph's other quotations and not closed: ‘Mr Barton did …,’ she said. ‘He
            # called for help … and he waited. — going on in the next paragraph.)
            spans.append(Span(tail.start(), len(text)))
    if "'" in text:
        spans = _straight_single(text, spans)
    return tuple(spans)



_SINGLE_CURLY_CLOSE = regexes.compile(r"’(?!\w)")
# (Opening a sentence of its own with a capital, after the paragraph's closed quotations: not "from dawn ‘til dusk",
# "outside ‘Iolani Palace", "the ‘Ndrangheta", "‘em", "after ‘noon" — an apostrophe or a letter of a name.)
_SINGLE_CURLY_OPEN = regexes.compile(r"(?<=[.!?:]\s)‘(?=[A-ZÀ-Þ])|(?<=[.!?][’”]\s)‘(?=[A-ZÀ-Þ])")
# (A closing mark before a particle of another script counts too: "‘새벽동행’의 누적 이용객" closes the name.)
_SINGLE_CURLY_ENDS = regexes.compile(r"’(?![A-Za-z])")
# A name in quotation marks that the sentence gives a person (`a soldier with the call sign "Moriak"`, `who goes by the
# call sign "Moroz"`): what they are called, not words anyone said. (A thing's nickname, `the so-called "shadow
# fleet"`, is left to the quote finder, which lists it as no one's words.)
_NAMED_BY = regexes.compile(r"\b(?:call[\s\-]?signs?|callsigns?|noms?\s+de\s+guerre|(?:goes|go|went|going)\s+by)\s+"
                            r"(?:(?:the|a|an|his|her|their)\s+)?(?:(?:call[\s\-]?sign|name|nickname)\s+)?$", re.IGNORECASE)
_GIVEN_NAME = regexes.compile(r"[A-ZÀ-ÖØ-Þ][\w'’\-]*(?:\s[A-ZÀ-ÖØ-Þ][\w'’\-]*){0,2}")


def name_spans(text: str, spans) -> tuple[Span, ...]:
    """The quotation spans of `text` that are a person's call sign or nickname, not speech: named so ("who goes by
    "Grizzly""), or set inside the name ('Wing Ruan "The Train" Pretorius', 'Danny "Dynamo" Okafor')."""
    return tuple(s for s in spans if _GIVEN_NAME.fullmatch(s.inner(text))
                 and (_NAMED_BY.search(text, max(0, s.start - 40), s.start)
                      or _NAME_WORD_BEFORE.search(text, max(0, s.start - 30), s.start) and _NAME_WORD_AFTER.match(text, s.end)))


# A capitalized word right before the quotation and another right after it, the nickname between a given name and a
# surname (a quoted name between two capitalized words is no speech: a title's words end on lower case, "Why "Yes" Won").
_NAME_WORD_BEFORE = regexes.compile(r"(?<![\w'’])[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+\s$")
_NAME_WORD_AFTER = regexes.compile(r"\s[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+\b(?!\s+[A-ZÀ-ÖØ-Þ][a-z]+\s+[A-ZÀ-ÖØ-Þ])")


def given_name_at(text: str, lead: int) -> bool:
    """Whether the capitalized words at `lead` open such a quoted call sign or nickname, or the only name someone gave
    ("a woman who gave her name as Bernadette", "who identified himself only as Tom")."""
    if lead > 0 and text[lead - 1] in '"“«':
        return _NAMED_BY.search(text, max(0, lead - 41), lead - 1) is not None
    return lead > 4 and text.endswith("as ", 0, lead) and _GAVE_NAME_AS.search(text, max(0, lead - 60), lead) is not None


# The name someone gave, all the article has of them: a caller to a phone-in, a witness who would not give more.
_GAVE_NAME_AS = regexes.compile(r"\b(?:gave\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|identified\s+"
                                r"(?:himself|herself|themselves)\s+(?:only\s+)?as|(?:was|were)\s+named\s+only\s+as|"
                                r"asked\s+to\s+be\s+(?:called|identified|known)\s+(?:only\s+)?as)\s+$")

# 'Straight single quotes' are quotation marks only where an apostrophe cannot be: opening at the
# start or after a space and before a letter (not '90s), closing after a word or punctuation and
# before a space or punctuation (not don't, Kyiv's; "the drivers' union" is a possessive).
# (The quote mark looked for first: the scan passes every other character at once, not after both lookbehinds.)
_SINGLE_OPEN = regexes.compile(r"(?=')(?:(?<=^)|(?<=[\s(\[—–]))'(?=[A-Za-zÀ-ÖØ-öø-ɏ])")
_SINGLE_CLOSE = regexes.compile(r"'(?<=\S')(?![\w])")  # (the mark first, what is before it looked back at: the engine skips to each mark)


def _straight_single(text: str, spans: list) -> list:
    out = list(spans)
    pos = 0
    while True:
        m = _SINGLE_OPEN.search(text, pos)
        if m is None:
            break
        i = m.start()
        pos = i + 1
        if any(s.start <= i < s.end for s in spans):
            continue  # inside a double-quoted passage: a nested quotation stays inside it
        close = -1
        for c in _SINGLE_CLOSE.finditer(text, i + 2):
            before, after = text[c.start() - 1], text[c.end():c.end() + 2]
            if before == "s" and re.match(r"\s[a-z]", after):
                continue  # "the workers' pay"
            if after[:1] and not re.match(r"[\s.,;:!?)\]—–]", after[:1]):
                continue
            close = c.start()
            break
        if close < 0 and text[:i].rstrip().endswith(":") and not any(i < s.start for s in spans):
            # `told Pollitt: 'You targeted people … somewhere to live.` and the paragraph ends: a quotation that goes
            # on in the next one, as an unclosed double quote does (after a colon the mark is no apostrophe).
            out.append(Span(i, len(text)))
            break
        if close < 0 or any(i < s.start < close for s in spans):
            continue
        out.append(Span(i, close + 1))
        pos = close + 1
    return sorted(out, key=lambda s: s.start)


_OPENING = regexes.compile(r'["“„«]')
_CLOSERS = {closers: regexes.compile("[" + re.escape(closers) + "]") for closers in (CLOSE_DOUBLE + '"', '"”')}


def _find_close(text: str, start: int, closers: str) -> int:
    m = _CLOSERS[closers].search(text, start)
    return m.start() if m else -1


@lru_cache(maxsize=4096)
def mask(text: str, spans) -> str:
    """`text` with the inside of every span blanked out (same length, so offsets still hold)."""
    if not spans:
        return text
    parts = []
    last = 0
    for span in spans:
        parts.append(text[last:span.start])
        parts.append(_blank(text[span.start:span.end]))
        last = span.end
    parts.append(text[last:])
    return "".join(parts)


def _blank(passage: str) -> str:
    """Every character of `passage` but white space as \u2588. (A printable text has no white space but the plain space:
    its words are blanked whole, three times faster than a substitution for each character.)"""
    if passage.isprintable():
        return " ".join(["\u2588" * len(word) for word in passage.split(" ")])
    return _NOT_SPACE.sub("\u2588", passage)


_NOT_SPACE = regexes.compile(r"\S")
_LAST_WORD = regexes.compile(r"([\w.'’]+)\.$")
_INITIALS = regexes.compile(r"(?:[a-z]\.)*[a-z]")

# Abbreviations after which a period does not end a sentence.
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "st",
                  "jr", "sr", "no", "vs", "etc", "inc", "ltd", "corp", "co", "adm", "maj", "rev", "mt", "ft", "approx",
                  # (a body's name abbreviated: "Govt. Medical College", "Smith Bros. Engineering")
                  "govt", "dept", "bros", "assn", "intl", "natl", "univ",
                  # ranks and offices abbreviated before a name ("Lt. Cmdr. Mart Saar", "Det. Insp. Ann Lee")
                  "cmdr", "cdr", "cpl", "pvt", "brig", "cllr", "det", "insp", "supt", "atty",
                  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e"} \
    | TITLE_ABBREVIATIONS  # (and every title the lexicon abbreviates: "Coun. Doug Sarkis", "Gda. Áine Ní Bhriain")
# The next sentence may start with a (masked) quotation: \u2588 is what mask() leaves of it.
_BOUNDARY = regexes.compile(r"[.!?…]+[\"”’'»)]*\s+(?=[\"“‘'«(\u2588]?[A-Z0-9À-Ý\u2588])")


def ends_a_sentence(word: str) -> bool:
    """Whether the full stop closing `word` ("Charlestown.") ends its sentence: "U.S.", "A.R.", "Mr.", "Govt." —
    initials and abbreviations — do not."""
    token = word[:-1].lower()
    return not (token in _ABBREVIATIONS or _INITIALS.fullmatch(token))


@lru_cache(maxsize=4096)
def sentence_spans(text: str, quotes=()) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence; never splits inside a quotation."""
    masked = mask(text, quotes)
    cuts = [0]
    for m in _BOUNDARY.finditer(masked):
        at = m.start()
        if masked[at] == ".":
            # The word before the period (within 40 characters) is enough. It starts after the last
            # space, so the search starts there: not at each of the 40 positions before it.
            lo = max(0, at - 40)
            space = masked.rfind(" ", lo, at)
            word = _LAST_WORD.search(masked, space + 1 if space >= 0 else lo, at + 1)
            if word and not ends_a_sentence(word.group(1) + "."):
                continue
        cuts.append(m.end())
    # A quotation that ends a sentence ("… very soon.” White House …) ends it too — unless what follows
    # is its attribution ("…?" Rubio said in an interview).
    for span in quotes:
        if span.end < len(text) and span.end - 2 > span.start and text[span.end - 2] in ".!?…":
            follow = text[span.end:span.end + 90]
            if re.match(r"\s+[\"“‘«(]?[A-Z]", follow) and not _ATTRIBUTION_AFTER.match(follow):
                cuts.append(span.end + len(follow) - len(follow.lstrip()))
    cuts = sorted(set(cuts))
    cuts.append(len(text))
    spans = []
    for a, b in zip(cuts, cuts[1:]):
        seg = text[a:b].rstrip()
        if seg:  # (not all whitespace: rstrip left its last other character)
            spans.append((a, a + len(seg)))
    return tuple(spans)


_ATTRIBUTION_AFTER = regexes.compile(
    r"\s+(?:(?:[A-Z][\w.’'\-]*\s+){1,4}|(?:he|she|they|He|She|They)\s+)(?:also\s+)?"
    r"(?:said|says|told|added|asked|wrote|posted|insisted|argued|warned|explained|replied|responded|stressed|claimed)"
    # (Not `…." Castlebridge said in a statement that …`: a sentence reporting words of its own.)
    r"(?!\s+(?:in|on)\s+(?:a|an|the|its|his|her|their)\s+(?:[a-z\-]+\s+){1,2}?that\b)"
    r"(?=[.,;:]|\s+(?:in|on|at|during|to|after|before|when|while|from|with|last|this|earlier|later|recently|"
    r"reporters|journalists)\b|\s*$)")


def occurrences(text: str, literal: str) -> Iterator[int]:
    """Every offset where `literal` occurs in `text`, overlapping ones too. A regex built around a name (the name
    after "'s" and a space, say) can only match at one of them: looking at the few characters around each first
    spares compiling that regex for a name that is not written so (most are not, and each new name's regex costs
    a compile)."""
    at = text.find(literal)
    while at >= 0:
        yield at
        at = text.find(literal, at + 1)


def space_before(text: str, at: int) -> int:
    """Where the white space right before offset `at` starts (`at` when there is none). (str.isspace is what a
    regex's white space class matches too.)"""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def sentences(text: str) -> tuple[str, ...]:
    return tuple(text[a:b] for a, b in sentence_spans(text, quoted_spans(text)))


WORD = regexes.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ0-9]+(?:['’][A-Za-z]+)?")

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off
on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves said says say told tells according
s t don will would could may might must shall one new also us its it's there's that's mr ms mrs
""".split())


_NOT_CONTENT = STOPWORDS | frozenset(w.replace("'", "’") for w in STOPWORDS)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude, deterministic English stem: "sanctions", "sanctioned" → "sanction"; "agrees", "agreed" → "agre"."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "es" and not w[:-2].endswith(("s", "x", "z", "ch", "sh")):
                suffix = "s"  # "agrees" → "agree", but "taxes" → "tax"
            if suffix == "ed" and w.endswith("eed"):
                suffix = "d"  # "agreed" → "agree"
            if suffix == "s" and w.endswith("ss"):
                break  # "press", "business"
            w = w[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
            break
    # "agree"/"agreed", "impose"/"imposing": the silent e goes, so every form meets on one stem.
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


class _Stems(dict):
    """word → stem(word), filled as words are met: a hit is one dict lookup in C, several times cheaper
    than a call through lru_cache, and every word of every paragraph is looked up."""

    def __missing__(self, word: str) -> str:
        if len(self) > 200_000:  # a bound on memory; the vocabulary of news fits many times over
            self.clear()
        found = self[word] = stem(word)
        return found


_STEMS = _Stems()


def word_stems(text: str) -> tuple[list[str], list[str]]:
    """The words of `text`, lowercased, and their stems (findall and a cached stem: no per-word Python work)."""
    words = WORD.findall(text.lower())
    return words, list(map(_STEMS.__getitem__, words))


def stem_set(text: str) -> frozenset:
    """The set of the stems of `text`'s words (word_stems(text)[1] as a set, without the lists)."""
    lowered = text.lower()
    words = _plain_words(lowered)
    return frozenset(map(_STEMS.__getitem__, WORD.findall(lowered) if words is None else words))


# What copy in Latin script holds outside ASCII besides letters: curly double quotes, dashes, the ellipsis, a no-break
# space, guillemets, bullets. None is in WORD's letter class (À-ɏ starts at U+00C0) nor its apostrophe ("'" and "’").
_MARKS_OUTSIDE_ASCII = ("“", "”", "—", "–", "…", "\u00a0", "«", "»", "„", "‘", "•", "·")
assert not any(WORD.search(f"a{mark}b").group() != "a" for mark in _MARKS_OUTSIDE_ASCII)
# Every ASCII byte but a lowercase letter or a digit made a space.
_SPACE_BUT_WORD = bytes.maketrans(bytes(range(128)), bytes(b if 97 <= b <= 122 or 48 <= b <= 57 else 32 for b in range(128)))


def _plain_words(lowered: str) -> Optional[list[str]]:
    """WORD.findall(lowered) for a lowercased text without an apostrophe that is ASCII but for the marks above (half
    the paragraphs topics are assigned on), split in C: there WORD's class is [a-z0-9] and its apostrophe tail never
    matches, so its matches are the runs of [a-z0-9], which a split of the text with every other character made a
    space gives in the same order. None for any other text (tests/test_ingest_speed_equivalence.py holds them equal)."""
    if "'" in lowered or "’" in lowered:
        return None
    if not lowered.isascii():
        for mark in _MARKS_OUTSIDE_ASCII:
            if mark in lowered:
                lowered = lowered.replace(mark, " ")
        if not lowered.isascii():
            return None
    return lowered.encode("ascii").translate(_SPACE_BUT_WORD).decode("ascii").split()


def content_words(text: str) -> tuple[str, ...]:
    """Stems of the words that carry meaning (no stop words, no 1-letter tokens), in order."""
    words, stems = word_stems(text)
    return _content(words, stems)


def _content(words, stems) -> tuple[str, ...]:
    return tuple(s for w, s in zip(words, stems) if w not in _NOT_CONTENT and len(w) > 1)


class Sentence(NamedTuple):
    """One sentence of a paragraph, tokenized once for every pass that reads words (topics, key
    sentences, event words): its offsets (sentence_spans), its words in lowercase and their stems,
    exactly as word_stems gives them for the sentence's text. (A named tuple: there are tens of
    thousands of them, and a tuple is made several times faster than a frozen dataclass.)"""

    start: int
    end: int
    words: tuple[str, ...]
    stems: tuple[str, ...]


@lru_cache(maxsize=4096)
def paragraph_sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of a paragraph's text with their words.

    A paragraph's words are its sentences' words in order: sentences are cut only after white
    space, and only white space lies outside them (so paragraph_stems is word_stems(text)'s stems)."""
    out = []
    # The paragraph lowercased once: its slices are the sentences' lowercase text when lowercasing kept every character
    # in place (no "İ", which grows, nor a "Σ", whose lowercase depends on the letters around it).
    lowered = text.lower()
    if len(lowered) != len(text) or "Σ" in text:
        lowered = None
    for a, b in sentence_spans(text, quoted_spans(text)):
        words = WORD.findall(lowered, a, b) if lowered is not None else WORD.findall(text[a:b].lower())
        out.append(_new_tuple(Sentence, (a, b, tuple(words), tuple(map(_STEMS.__getitem__, words)))))
    return tuple(out)


_new_tuple = tuple.__new__  # (Sentence(...) without its constructor's Python frame: the same named tuple)


@lru_cache(maxsize=4096)
def paragraph_stems(text: str) -> frozenset:
    """stem_set(text), kept: the topic passes ask for a paragraph's set again and again — for every topic, its weak
    terms, the headline. (Not from paragraph_sentences: ingest assigns topics without them, and splitting sentences
    cost it four times what the words alone do.)"""
    return stem_set(text)


def sentence_content_words(paragraph_text: str, sentence: str) -> tuple[str, ...]:
    """content_words(sentence) for a sentence of the paragraph (as text[start:end].strip()): its
    words are already in paragraph_sentences."""
    for s in paragraph_sentences(paragraph_text):
        if s.end - s.start >= len(sentence) and paragraph_text[s.start:s.end].strip() == sentence:
            return _content(s.words, s.stems)
    return content_words(sentence)
