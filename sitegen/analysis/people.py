"""People and organizations: the gazetteer (content/people.yaml) and finding names in articles.

Rules, in the order they apply to an article:
1. Capitalized word runs are cut at calendar words, sentence-start words and possessives.
2. The longest gazetteer name or alias in a run wins ("Ursula von der Leyen", "White House").
3. Titles before a name are set aside and remembered as that person's role in the article
   ("Foreign Minister Sergei Lavrov" → Sergei Lavrov, and "the foreign minister" later means him).
4. A name of two or more words that is not in the gazetteer is a person only with a cue that it is
   one: a title or role noun before it, a speech verb after it, an appositive (", a 55-year-old
   actor,"), "X of the …", or its surname used alone as a speaker elsewhere in the article.
5. A single word resolves to the person of the article whose full name ends with it (the nearest
   one before, else the first after), then to the gazetteer's surnames and aliases.
Every person is named by the fullest form the article gives; the gazetteer only merges spelling
variants (Zelensky / Zelenskiy / Zelenskyy) and adds roles.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable, Mapping, Optional, Sequence

from sitegen import regexes
from sitegen.analysis import lexicon as lx
from sitegen.analysis import subject_names as sn
from sitegen.analysis.orgs import BODY_APPOSED, ORG_CUE_BEFORE, describes_org, name_adjectives
from sitegen.analysis.text import given_name_at, mask, name_spans, quoted_spans, space_before
from sitegen.model import Article, Person, Site, SourceRef
from sitegen.slug import slugify

KINDS = ("person", "organization")
_GAZETTEER_KEYS = ("name", "aliases", "role", "kind", "gender")
_GENDERS = {"male": "m", "m": "m", "man": "m", "female": "f", "f": "f", "woman": "f"}


def load_gazetteer(data: object, path: str) -> tuple[Person, ...]:
    """`data` is the parsed YAML: a list of {name, aliases, role, kind} mappings."""
    if data is None:
        return ()
    if not isinstance(data, list):
        raise ValueError(f"{path}: must be a list of people, each with a 'name' — write '- name: Full Name'")
    people: list[Person] = []
    seen: dict[str, int] = {}
    for n, entry in enumerate(data, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            raise ValueError(f"{path}: entry {n} needs a 'name' — write '- name: Full Name'")
        unknown = [k for k in entry if k not in _GAZETTEER_KEYS]
        if unknown:
            raise ValueError(f"{path}: entry {n} ({entry['name']}) has unknown key '{unknown[0]}' — "
                             f"use {', '.join(_GAZETTEER_KEYS)}")
        aliases = entry.get("aliases") or ()
        if isinstance(aliases, str):
            aliases = (aliases,)
        if not isinstance(aliases, (list, tuple)) or not all(isinstance(a, str) for a in aliases):
            raise ValueError(f"{path}: entry {n} ({entry['name']}): 'aliases' must be a list of names")
        kind = entry.get("kind") or "person"
        if kind not in KINDS:
            raise ValueError(f"{path}: entry {n} ({entry['name']}): kind must be 'person' or 'organization', not {kind!r}")
        role = entry.get("role")
        if role is not None and not isinstance(role, str):
            raise ValueError(f"{path}: entry {n} ({entry['name']}): 'role' must be text")
        gender = entry.get("gender")
        if gender is not None and str(gender).strip().lower() not in _GENDERS:
            raise ValueError(f"{path}: entry {n} ({entry['name']}): gender must be 'male' or 'female', not {gender!r} "
                             "— or leave it out")
        slug = slugify(entry["name"])
        if slug in seen:
            raise ValueError(f"{path}: entries {seen[slug]} and {n} are both '{entry['name']}' — "
                             "merge them and list the other spelling under 'aliases'")
        seen[slug] = n
        people.append(Person(slug=slug, name=entry["name"].strip(), aliases=tuple(a.strip() for a in aliases if a.strip()),
                             role=role.strip() if role else None, kind=kind,
                             gender=_GENDERS[str(gender).strip().lower()] if gender is not None else None))
    return tuple(people)


# ---- the gazetteer as lookup tables ------------------------------------------------


@dataclass(frozen=True)
class Gazetteer:
    people: dict  # slug → Person
    names: dict  # tuple of lowercase tokens → slug (full names, aliases, organizations)
    singles: dict  # one lowercase token → slug: person surnames and one-word aliases
    roles: dict  # normalized role phrase → slug
    longest: int


_TOKEN = regexes.compile(r"(?:[A-Z]\.){2,}|[A-Z]\.(?=\s+[A-Z])|[A-Za-zÀ-ÖØ-öø-ɏ]+(?:[-'’][A-Za-zÀ-ÖØ-öø-ɏ]+)*")


def _tokens(text: str) -> tuple[str, ...]:
    out = []
    for m in _TOKEN.finditer(text):
        word, _ = _strip_possessive(m.group(0))
        out.append(word.lower())
    return tuple(out)


def _strip_possessive(word: str) -> tuple[str, bool]:
    if len(word) > 2 and word[-2:] in ("'s", "’s"):
        return word[:-2], True
    return word, False


@lru_cache(maxsize=4096)
def normalize_role(phrase: str) -> str:
    # ("The Kremlin's spokesman" is "the Kremlin spokesman": an owner's possessive is no word of the role.)
    words = [w for w in re.findall(r"[a-z0-9\-]+", re.sub(r"['’]s\b", "", phrase.lower())) if w not in lx.DETERMINERS]
    return " ".join(_ROLE_SYNONYMS.get(w, w) for w in words)


# One role, two words for it: "Rams skipper Jack Merrett" is "the Rams captain" after.
_ROLE_SYNONYMS = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "skipper": "captain"}


def gazetteer_index(people: tuple[Person, ...]) -> Gazetteer:
    """The gazetteer's lookups (_gazetteer_index), asked twice an article with the same tuple: the last one is kept by
    identity, since the lru_cache's key hashes every Person of it (tens of microseconds for a long gazetteer)."""
    last = _LAST_GAZETTEER
    if last and last[0] is people:
        return last[1]
    found = _gazetteer_index(people)
    _LAST_GAZETTEER[:] = [people, found]
    return found


_LAST_GAZETTEER: list = []  # [people, their Gazetteer]


def _gazetteer_single(word: str, gaz: Gazetteer) -> Optional[str]:
    """Whom a surname alone means by the gazetteer, the article naming no one so: not a surname that is a given name as
    often ("Graham" of Lindsey Graham), unless the gazetteer gives it alone as an alias — in an article that never names
    that person in full it is someone else's name, a talkback caller's ("Graham, a retired army warrant officer from
    Palmerston North, said")."""
    slug = gaz.singles.get(word)
    if slug is not None and word in lx.FIRST_NAMES and word not in {a.lower() for a in gaz.people[slug].aliases}:
        return None
    return slug


@lru_cache(maxsize=16)
def _gazetteer_index(people: tuple[Person, ...]) -> Gazetteer:
    names: dict[tuple[str, ...], str] = {}
    singles: dict[str, Optional[str]] = {}
    roles: dict[str, str] = {}
    for person in people:
        forms = (person.name,) + person.aliases
        for form in forms:
            tokens = _tokens(form)
            if not tokens:
                continue
            if len(tokens) > 1 or person.kind == "organization":
                names.setdefault(tokens, person.slug)
            if person.kind == "person":
                # "Zelenskiy" alone, and "Volodymyr Zelenskiy" from the name's first word and an alias.
                last = tokens[-1]
                singles[last] = person.slug if singles.get(last, person.slug) == person.slug else None
                first = _tokens(person.name)[0]
                if len(tokens) == 1 and first != last:
                    names.setdefault((first, last), person.slug)
        if person.role:
            roles.setdefault(normalize_role(person.role), person.slug)
    # A surname two gazetteer people share resolves to neither.
    clean_singles = {k: v for k, v in singles.items() if v is not None}
    return Gazetteer(people={p.slug: p for p in people}, names=names, singles=clean_singles, roles=roles,
                     longest=max((len(k) for k in names), default=1))


# ---- mentions in one article ----------------------------------------------------------


# (Not frozen, though nothing changes one: a frozen dataclass sets each field through object.__setattr__, and an article
# makes hundreds of these. unsafe_hash keeps the hash a frozen one has.)
@dataclass(unsafe_hash=True)
class Mention:
    key: str  # Person slug
    paragraph: int  # Paragraph.index
    start: int  # offsets of the name in the paragraph text
    end: int
    lead: int  # start of the whole phrase, title included ("Foreign Minister Sergei Lavrov")
    possessive: bool = False  # "Trump's envoy": Trump is not the one acting
    in_quote: bool = False
    after_preposition: bool = False  # "met with Putin": an object, not a subject


@dataclass
class ArticlePeople:
    """The people one article names, and where."""

    people: dict = field(default_factory=dict)  # slug → Person (fullest name, role as the article gives it)
    mentions: list = field(default_factory=list)  # Mention, in reading order
    unknown: set = field(default_factory=set)  # slugs not in the gazetteer
    roles: dict = field(default_factory=dict)  # normalized title → slug, from "Defense Minister Rustem Umerov"


@dataclass
class _Run:
    tokens: list  # (word, start, end)
    paragraph: int
    lead: int
    possessive: bool
    title: str = ""  # capitalized title words before the name
    portfolio: bool = False  # right after "Minister for", "Secretary of State for": the run opens on what they are for
    role_before: bool = False  # right after a role noun in lower case ("manager Dean Pryce"): no title opens it
    after_word: bool = False  # a lower-case word or a quote's `,"` right before it: inside a sentence, where no trade noun is capitalized
    set_off: bool = False  # followed by what a person's name is ("…, a crane operator", "…, 41,", "…, who"): see _segment_candidates
    surname_title: bool = False  # two words, the last a title's ("captain Ritika Sen", "Ann Dean"): see _segment_candidates


@dataclass
class _Candidate:
    words: tuple[str, ...]
    paragraph: int
    start: int
    end: int
    lead: int
    possessive: bool
    title: str
    gazetteer: Optional[str] = None  # slug when the gazetteer names it
    hyphen_part: bool = False
    stopword: bool = False  # "Key", "Major" alone: a surname only when the article names someone in full with it
    portfolio: bool = False  # after "Minister for Work and": the "and" joins a title, it is no preposition


def recognize(article: Article, people: tuple[Person, ...]) -> ArticlePeople:
    gaz = gazetteer_index(tuple(people))
    texts = {p.index: p.text for p in article.paragraphs}
    all_texts = tuple(texts.values())
    quotes = {p.index: quoted_spans(p.text) for p in article.paragraphs}
    for index, text in texts.items():
        named = name_spans(text, quotes[index]) if quotes[index] else ()
        if named:  # (a call sign in quotation marks is a name, not a quotation)
            quotes[index] = tuple(s for s in quotes[index] if s not in named)
    candidates: list[_Candidate] = []
    leading = name_adjectives(all_texts)
    for paragraph in article.paragraphs:
        candidates.extend(_candidates(paragraph.text, paragraph.index, gaz, leading))
    candidates, paired = _sharing_a_surname(candidates, texts)
    candidates.extend(_titles_as_surnames(candidates, article.paragraphs))
    # ("Few scientists know the island as intimately as Kirra Donnelly." under "… ecologist Kirra Donnelly on …": the
    # headline's role before the name says the person the story names without a cue of its own.)
    headline = article.title or ""
    headlined = {c.words for c in _candidates(headline, -1, gaz) if len(c.words) > 1 and (
        _person_cue(headline, c.lead, c.end) or _doer_right_before(headline, c.lead))}

    found = ArticlePeople()
    # "de la Cruz", "Van der Linde": a surname with its particles stands for a full name, as one word does.
    multi = [c for c in candidates if c.gazetteer is None and len(c.words) > 1 and not _surname_only(c.words)]
    singles = [c for c in candidates if c.gazetteer is None and (len(c.words) == 1 or _surname_only(c.words))]
    # Surnames used alone as speakers make the full name a person ("Tapper said" → "Jake Tapper").
    singles_by_word: dict[str, list[_Candidate]] = {}
    for c in singles:
        singles_by_word.setdefault(c.words[-1].lower(), []).append(c)

    def speaks_alone(word: str) -> bool:
        return any(_speaks_after(texts[c.paragraph], c.end) and not _after_preposition(texts[c.paragraph], c.lead)
                   for c in singles_by_word.get(word, ()))
    # A surname used alone elsewhere ("Silva took over the bakery") marks the full name as a person's.
    # (Not one after a preposition: "the Business Council of Australia" reuses no surname "Australia".)
    # Asked only for the last words of longer names, so worked out only for them (the preposition test
    # reads the words before each use of the word, and an article has dozens of one-word candidates).
    def reused(word: str) -> bool:
        # ("Key figures show …" makes no one a person; nor "The Rhinos are second" after "Leeds Rhinos": a team's or a
        # firm's short name takes "the", a surname does not.)
        # (Nor a word that opens a quotation, capitalized for that alone: the banner's "Homes not hazards" makes no
        # surname of "Northbank Homes".)
        # (Nor a team's short name before its people's role and a name: "Tide captain Liam Fell", "Vale manager Tom
        # Reed" — whose role it is, after "Millom Tide beat Hensingham Hornets".)
        return any(not c.hyphen_part and not c.stopword and not _after_preposition(texts[c.paragraph], c.lead)
                   and not texts[c.paragraph].endswith(("the ", "The "), 0, c.lead)
                   and texts[c.paragraph][c.lead - 1:c.lead] not in _OPENING_MARKS
                   and not _whose_role_before_name(texts[c.paragraph], c.end)
                   for c in singles_by_word.get(word, ()))

    def titled_alone(word: str) -> bool:
        # "Tan Wei Ling" … "Ms. Tan said": a family name written first, used alone after Mr or Ms.
        return word not in lx.FIRST_NAMES and any(_TITLE_GENDER.get(c.title.lower().rstrip(".")) for c in singles_by_word.get(word, ()))

    def family_name_first(words: tuple[str, ...]) -> bool:
        # "China's Wei Haoran" … "Wei, who rises to seventh, said": a Chinese, Korean or Vietnamese family name,
        # written first, speaking alone makes the full name a person (whom "Wei" then stands for).
        # (Or after a given name in English, as Malaysians and Singaporeans write theirs: "Chloe Tan Wei Ling" …
        # "Tan said".)
        if 3 <= len(words) <= 4 and words[0].lower() in lx.FIRST_NAMES and words[1].lower() in lx.FAMILY_NAMES_FIRST:
            words = words[1:]
        return 2 <= len(words) <= 3 and words[0].lower() in lx.FAMILY_NAMES_FIRST and words[1].lower() not in lx.FIRST_NAMES \
            and not any(w.lower() in lx.ORG_WORDS for w in words[1:]) and speaks_alone(words[0].lower())

    surnames = {m.words[-1] for m in multi}
    lower_surnames = {w.lower() for w in surnames}
    names_by_first: dict[str, set] = {}
    for m in multi:
        names_by_first.setdefault(m.words[0].lower(), set()).add(m.words)

    def first_name_speaks(words: tuple[str, ...]) -> bool:
        # "Kavya Srinivasan clinched the title" … "Kavya said she planned to celebrate": the writer goes on by the
        # given name, the only full name of the article that opens with it, and a she or he right after its verb says
        # it is someone's (not "Goldman said", "Tim said in an email" of Goldman Sachs and Tim Hortons).
        first = words[0].lower()
        return len(words) == 2 and len(names_by_first.get(first, ())) == 1 and first not in lower_surnames \
            and not any(w.lower() in lx.ORG_WORDS or w.lower() in lx.TITLE_WORDS for w in words) \
            and any(_SAID_SHE_OR_HE.match(texts[c.paragraph], c.end) for c in singles_by_word.get(first, ())
                    if not given_name_at(texts[c.paragraph], c.lead))

    pairs_speaking = {m.words for m in multi if len(m.words) == 2 and _speaks_after(texts[m.paragraph], m.end)}

    def surname_pair_speaks(words: tuple[str, ...]) -> bool:
        # "Hannah Te Rangi and Georgia Whitlock won …" … ""…," Te Rangi said": a first name, then a surname of two
        # words that speaks alone.
        return len(words) == 3 and words[1:] in pairs_speaking and words[0].lower() in lx.FIRST_NAMES

    by_paragraph: dict[int, list[_Candidate]] = {}
    for c in candidates:
        by_paragraph.setdefault(c.paragraph, []).append(c)
    # (Where each name opening a sentence stands: the sentence is about someone else from there on.)
    leads = {paragraph: [c.lead for c in named if _SENTENCE_ENDS_BEFORE.search(texts[paragraph], max(0, c.lead - 6), c.lead)]
             for paragraph, named in by_paragraph.items()}

    def someone_else(c: _Candidate, paragraph: int, a: int, b: int) -> bool:
        # Whom a he/she between offsets a and b of that paragraph may mean besides c: a person of the gazetteer, a
        # name of two words or more ("runs the shop with Piotr Nowak"), or one word the article uses as someone's
        # surname or as a speaker, not after a preposition ("Nowak said"; not "fled Aleppo", "a bakery in Gdansk").
        for other in by_paragraph.get(paragraph, ()):
            if not a <= other.lead < b or other.words == c.words or c.words[-1] in other.words:
                continue
            if any(q.start <= other.lead < q.end for q in quotes[paragraph]):
                continue  # ("Twenty-one Brix. That's lovely," he said: words of the quote, no one it names)
            if other.gazetteer is not None:
                if gaz.people[other.gazetteer].kind == "person":
                    return True
                continue
            if len(other.words) > 1 or (other.words[-1] in surnames or speaks_alone(other.words[-1].lower())) \
                    and not sn.after_preposition(texts[paragraph], other.lead):
                return True
        return False

    def subject_person(c: _Candidate) -> bool:
        # "Marta Kowalczyk runs a bakery in Gdansk. "…," she said": see subject_names.
        text = texts[c.paragraph]
        # (Name particles aside: "Pieter van der Berg"; four words only with a pronoun: "José María Fernández López".)
        size = sum(not _particle(c.words, i) for i in range(len(c.words)))
        if c.possessive or not 2 <= size <= len(c.words) <= 4 or not sn.subject_position(text, c.lead) \
                or any(q.start <= c.lead < q.end for q in quotes[c.paragraph]) \
                or sn.place_or_body(c.words, all_texts, text, c.end):
            return False
        if size < 4 and sn.kin_after(text, c.end):
            return True  # "Marta Kowalczyk and her husband run …"
        if not sn.finite_verb_after(text, sn.verb_past_apposition(text, c.lead, c.end)):
            return False
        first = c.words[0].lower()
        gender = lx.first_name_gender(first)
        after = [p for p in (c.paragraph, c.paragraph + 1) if p in texts]
        points = sn.pronoun_after([texts[p] for p in after], [quotes[p] for p in after], c.end, gender,
                                  lambda k, a, b: someone_else(c, after[k], a, b))
        return points is True or points is None and first in lx.FIRST_NAMES and size < 4

    full_names: list[tuple[int, int, str, str]] = []  # (paragraph, offset, surname, slug) for single-word lookup
    for c in candidates:
        if c.gazetteer is not None:
            person = gaz.people[c.gazetteer]
            _add(found, person, c, texts, quotes, gazetteer=True)
            if person.kind == "person":
                full_names.append((c.paragraph, c.start, c.words[-1].lower(), person.slug))
    title_genders: dict[str, str] = {}  # slug → the gender of the Mr/Ms a shared surname was read as
    titled_as: dict[tuple[str, str], str] = {}  # (title, surname) → whom the article first meant by "Mr Gilroy"
    bare_as: dict[str, str] = {}  # surname → whom the article first meant by it alone ("Tremain said")
    bare_spoke: dict[str, tuple[int, int]] = {}  # surname → where (paragraph, offset) it first spoke for them
    for c in multi:
        if len(c.words) == 2 and lx.irish_county(*c.words):
            continue  # "a listener in Co Clare": Ireland's County Clare, no one named Co
        if c.words[-1].lower() in lx.PARTY_MEMBERS and _A_BEFORE.search(texts[c.paragraph], max(0, c.lead - 4), c.lead):
            continue  # "Erin Kowalski, a Minneapolis Democrat, said": what she is, no one's name
        gaz_slug = _gazetteer_variant(c.words, gaz)
        if gaz_slug:
            _add(found, gaz.people[gaz_slug], c, texts, quotes, gazetteer=True)
            full_names.append((c.paragraph, c.start, c.words[-1].lower(), gaz_slug))
            continue
        # "María José Sanchis Ortega" … "Sanchis Ortega told a colleague": the last words of a name given in full
        # before, a surname of two words (Spanish, Portuguese, Arabic "Abdel Aziz"), stand for that person — when
        # only one person of the article ends so.
        fuller = _fuller_form_of(c.words, found)
        if fuller:
            # "Ximena del Carmen Cárdenas Ríos was born …" after "Ximena Cárdenas Ríos": her name in full, middle
            # names and all — the same person, not someone a later "she" might mean.
            _add(found, found.people[fuller], c, texts, quotes, gazetteer=False)
            full_names.append((c.paragraph, c.start, c.words[-1].lower(), fuller))
            continue
        ends = _ends_a_full_name(c.words, found)
        if ends == "" and c.title:
            # "Mr de Vries" after "Sanne de Vries" (then "she") and "Pieter de Vries": the one the title picks, as for a
            # surname of one word below.
            ends = _titled_one_of(_full_names_ending(c.words, found), c.title, full_names, texts, found, gaz,
                                  title_genders, leads) or ""
        if ends is not None:
            if ends:
                _add(found, found.people[ends], c, texts, quotes, gazetteer=False)
                full_names.append((c.paragraph, c.start, c.words[-1].lower(), ends))
            continue
        text = texts[c.paragraph]
        if not c.title and _ORG_SPEAKS_AFTER.match(text, c.end):
            continue  # "Sino-Metals Leach Zambia said in a statement that it was …": an organization
        if _THE_QUOTED_BEFORE.search(text, max(0, c.lead - 6), c.lead) and text[c.end:c.end + 1] in _CLOSING_QUOTES:
            continue  # 'linked them to the "Green Sahara", the humid period': a thing's name, quoted whole after "the"
        if text[c.end:c.end + 1] in ("'", "’") and c.words[-1][-1:] == "s" and c.words[0].lower() not in lx.FIRST_NAMES \
                and (body := _BODY_WORD_AFTER.match(text, c.end + 1)) and body.group(1).lower() in lx.ORG_WORDS:
            # "The Billing Pilots' Association", "the Irish Farmers' Union": the start of a body's name (not "Rhys
            # Williams' Bakery", someone's own).
            continue
        if not c.title and _KIND_OF_BODY_BEFORE.search(text, max(0, c.lead - 40), c.lead):
            continue  # "of the firm Qureshi Lamb", "the law firm Tate Verity": a body's name after its kind
        known = found.people.get(slugify(" ".join(c.words)))
        if known is not None and known.kind == "person" and known.name == " ".join(c.words):
            # "to ask Rhys Evans whether …" after "Rhys Evans said": the person met before, by the same full name,
            # wherever the sentence puts them (past the checks above for a body of that name).
            _add(found, known, c, texts, quotes, gazetteer=False)
            full_names.append((c.paragraph, c.start, c.words[-1].lower(), known.slug))
            continue
        if not c.title and len(c.words) >= 2 and re.search(r"\b[Tt]he\s+$", text[max(0, c.lead - 5):c.lead]) \
                and re.search(r"[a-z](?:s|men)$", c.words[-1]) and c.words[0].lower() not in lx.FIRST_NAMES \
                and c.words[-1].lower()[:-1] not in lx.PARTY_MEMBERS:
            # "beat the Langley Rivermen", "the Oshawa Ironhawks": a team, a place's and its plural name (not a party
            # that speaks as one, "the Opposition Progressive Conservatives accused …").
            continue
        if c.words[-1].lower() in _GARMENTS:
            continue  # ("a man in a Whitfield T-shirt shouted": a fan's shirt, no one's name)
        if not c.title and c.words[0].lower() not in lx.FIRST_NAMES and _THING_AFTER.match(text, c.end):
            # "the National Transport Authority's BusConnects Cork programme": a scheme's name, whose last word ("Cork")
            # the article uses alone as a place's.
            continue
        the = _THE_WORD_BEFORE.search(text, max(0, c.lead - 30), c.lead) if not c.title else None
        # (Or a given name the lexicon knows, then a speech verb: "Marsden's coach, the Australian Greg Thornton, said".)
        if the and the.group(1).lower() in lx.AFFILIATIONS and not (reused(c.words[-1].lower()) or speaks_alone(c.words[-1].lower())
                                                                     or c.words[0].lower() in lx.FIRST_NAMES
                                                                     and text[:the.start()].rstrip().endswith(",")
                                                                     and text[c.end:c.end + 1] == ","
                                                                     and _speaks_after(text, c.end)):
            # "the British Antarctic Survey": a nationality after "the" opens a body's name; "the American Coco
            # Gauff" is a person when the article goes on with her surname alone.
            continue
        # (A surname's particles in small letters count for no word: "Joost van der Berg" is a name of three.)
        if not (c.title or (c.paragraph, c.start) in paired
                or (sum(1 for w in c.words if not w.islower()) <= 3 and reused(c.words[-1].lower())
                    # (Not a country's name, its team's, after a word no given name: "making Australia bat again" makes
                    # no surname of "Cricket Australia".)
                    and not (c.words[-1].lower() in lx.COUNTRIES and c.words[0].lower() not in lx.FIRST_NAMES)
                    # (Not words quoted as a slogan or a title, "signs reading "Save Kinross"", whose last word the
                    # article uses alone as the place's: "Kinross parent council chair Amanda Fortier".)
                    and not (text[c.lead - 1:c.lead] in _OPENING_MARKS and text[c.end:c.end + 1] in _CLOSING_MARKS))
                or _person_cue(text, c.lead, c.end)
                or speaks_alone(c.words[-1].lower()) or given_name_at(text, c.lead)
                or len(c.words) <= 3 and titled_alone(c.words[0].lower()) or family_name_first(c.words)
                or subject_person(c) or _then_pronoun(text, c.words, c.end) or surname_pair_speaks(c.words)
                or first_name_speaks(c.words) or c.words in headlined):
            continue
        name = " ".join(c.words)
        # ("The National Disaster Response Force (NDRF) said": an adjective a title list holds, opening a body's name,
        # is part of it — no person called "Disaster Response Force", titled "National".)
        opened = c.title if c.title and c.title.lower() in _ADJECTIVES_OPENING_BODIES and sn.place_or_body_words(c.words) else ""
        if opened:
            name = f"{opened} {name}"
        slug = slugify(name)
        if slug in gaz.people and gaz.people[slug].name != name:
            slug = slugify(name + " person")
        role = (c.title if not opened else "") or _role_before(text, c.lead) or _appositive_role(text, c.end)
        kin = _KIN_BEFORE.search(text, max(0, c.lead - 30), c.lead)
        # "Costa Rica said", "Amnesty International said": a speaker whose name's words say it is a place or a body
        # is one (no person page, and no he/she points to it).
        # ("Southdown Water said", "Bayside Partners said": a word ending bodies' names as often as people's, after a
        # word that is no first name.)
        # ("Jewellery maker Priya Chauhan": a craft's maker in two words before a given name is a person, as
        # "carmaker Stellantis" is a body.)
        body = bool(opened) or not c.title and (sn.place_or_body_words(c.words)
                                or _kind_of_body_before(text, c.lead) and not (
                                    c.words[0].lower() in lx.FIRST_NAMES and _CRAFT_MAKER.search(text, max(0, c.lead - 30), c.lead))
                                or (len(c.words) >= 2 and sn.maybe_body_end(c.words) and not lx.given_name(c.words[0]))
                                or sn.written_as_company(name, all_texts) or sn.written_as_team(name, all_texts)
                                or len(c.words) >= 3 and not lx.given_name(c.words[0]) and _speaks_as_a_body(text, c.lead, c.end)
                                and _then_the_body(text, c.end)
                                # ("Tom Sethi, the publisher, said": a trade a person is called by as often, after a
                                # given name the lexicon knows, sets off a person.)
                                or (set_off := sn.set_off_noun(text, c.end)) is not None
                                and not (c.words[0].lower() in lx.FIRST_NAMES and set_off in _PEOPLES_TRADES_TOO))
        _add(found, Person(slug=slug, name=name, role=role or None, kind="organization" if body else "person",
                           gender=_TITLE_GENDER.get(c.title.lower().rstrip(".")) or (kin and KIN_GENDER[kin.group(1).lower()])),
             c, texts, quotes, gazetteer=False)
        if not body:
            full_names.append((c.paragraph, c.start, c.words[-1].lower(), slug))

    # 'a pilot who goes by the call sign "Moroz"': the name he goes by, as a surname is for "Moroz said" later.
    called = [c for c in singles if len(c.words) == 1 and not c.title and given_name_at(texts[c.paragraph], c.lead)]
    for c in called:
        slug = slugify(c.words[0])
        person = found.people.get(slug) or gaz.people.get(slug) or Person(slug=slug, name=c.words[0], role=None)
        if person.kind == "person":
            _add(found, person, c, texts, quotes, gazetteer=slug in gaz.people)
            full_names.append((c.paragraph, c.start, c.words[0].lower(), slug))
    full_names.sort()
    # surname → its full names' (paragraph, offset) and slugs, in reading order: each single word looks up its own.
    by_surname: dict[str, tuple[list, list]] = {}
    for p, o, last, slug in full_names:
        places, slugs = by_surname.setdefault(last, ([], []))
        places.append((p, o))
        slugs.append(slug)
    # "Rafael Domínguez Ortega" … "Domínguez, 58,": of two surnames, Spanish style, the first stands for the name alone.
    # (Also when someone else's last name: of_first_surname keeps those, for a surname said before that one is named.)
    by_first_surname: dict[str, tuple[list, list]] = {}
    of_first_surname: dict[str, tuple[list, list]] = {}
    for p, o, last, slug in full_names:
        person = found.people.get(slug) or gaz.people.get(slug)
        words = person.name.split() if person and person.kind == "person" else []
        if len(words) >= 3 and _SURNAME_PAIR.fullmatch(" ".join(words[-2:])) and words[-2].lower() not in lx.FIRST_NAMES:
            for table in (of_first_surname, by_first_surname) if words[-2].lower() not in by_surname else (of_first_surname,):
                places, slugs = table.setdefault(words[-2].lower(), ([], []))
                places.append((p, o))
                slugs.append(slug)
    # first name → the people of the article named in full with it, and where first: "Milan laughed" after
    # "Milan de Wit", "Lee said" after "Lee Dong-hyun" (family name first).
    by_first: dict[str, dict[str, tuple[int, int]]] = {}
    for p, o, last, slug in full_names:
        person = found.people.get(slug) or gaz.people.get(slug)
        words = person.name.split() if person and person.kind == "person" else []
        if len(words) > 1 and words[0].lower() not in lx.NAME_PARTICLES:
            by_first.setdefault(words[0].lower(), {}).setdefault(slug, (p, o))
    for c in singles:
        if called and c in called:
            continue
        word = c.words[-1].lower()
        # (A word that opens someone's full name, "Wei" of "Wei Haoran", is no second given name taken for a surname:
        # "Tan Wei Ling" is no Spanish pair.)
        slug = (_nearest_full_name(by_surname.get(word), c.paragraph, c.start) or _gazetteer_single(word, gaz)
                or (_nearest_full_name(by_first_surname.get(word), c.paragraph, c.start)
                    if len(c.words) == 1 and word not in by_first else None))
        if len(c.words) == 1 and not c.title and slug and len(set(by_surname.get(word, ((), ()))[1])) > 1 \
                and _came_in_as_kin(slug, found, texts, set_off=True) \
                and not _ELDER_BEFORE.search(texts[c.paragraph], max(0, c.lead - 20), c.lead) \
                and not any(other == slug and at[0] == c.paragraph and at <= (c.paragraph, c.start)
                            # (Unless the surname opens a clause of its own after the kin's in the same sentence: "his
                            # wife, Áine Madigan, calls out …, and Madigan, laughing, shouts back": the other one.)
                            and not _AND_THEN_OTHER.match(texts[c.paragraph], at[1], c.lead)
                            for at, other in zip(*by_surname[word])):
            # "Ngaire Whitcombe runs …. Her father, Bill Whitcombe, farmed it for 40 years …. "…," Whitcombe says": the
            # one the article brought in by their own name, not the kin it brought in as theirs (when one only is) —
            # unless the kin's full name stands in this very paragraph ("His wife, Ann Reed, … "…," Reed said").)
            own = {other for at, other in zip(*by_surname[word]) if at <= (c.paragraph, c.start)
                   and not _came_in_as_kin(other, found, texts)}
            slug = own.pop() if len(own) == 1 else slug
        if (len(c.words) == 1 and word not in by_first and _named_before(of_first_surname.get(word), c.paragraph, c.start)
                and not _named_before(by_surname.get(word), c.paragraph, c.start)):
            # "Rocío Jiménez Navarro said …. Jiménez told reporters …" before an "Álvaro Jiménez" further on: the one
            # the reader has met so far.
            slug = _nearest_full_name(of_first_surname[word], c.paragraph, c.start)
        elif (len(c.words) == 1 and not c.title and word not in by_first and slug in by_surname.get(word, ((), ()))[1]
              and any(at <= (c.paragraph, c.start) and other != slug for at, other in zip(*of_first_surname.get(word, ((), ())))
                      if other not in by_surname[word][1])):
            slug = None  # both met by now ("Rocío Jiménez Navarro", then "Álvaro Jiménez"): which one cannot be told
        firsts = by_first.get(word, {})
        titled = _TITLE_GENDER.get(c.title.lower().rstrip(".")) if c.title else None
        if not c.title and len(c.words) == 1:
            # "Harrower himself is philosophical" after "Dennis Harrower" and "June Harrower, his wife": the reflexive
            # says which of them, as a Mr or Ms would.
            reflexive = _REFLEXIVE_AFTER.match(texts[c.paragraph], c.end)
            titled = ("m" if reflexive.group(1) == "himself" else "f") if reflexive else None
        # ("Ms Park" after "Park Min-ji" and "Daniel Park": a family name written first is a surname too.)
        mixed = bool(titled and word in by_surname and firsts and set(firsts) - set(by_surname[word][1]))
        if titled and word in by_surname and (mixed or len(set(by_surname[word][1])) > 1):
            # "Mr Rhodes" after "Tom Rhodes" and "Alison Rhodes": the one the title's gender fits, when only one does
            # (of the surname's people and, mixed, of those whose family name is written first: or neither); "Ms
            # Rhodes" after "Mr Rhodes" is not the one already called Mr.
            chosen = _one_of_gender(set(by_surname[word][1]) | (set(firsts) if mixed else set()), titled, found, gaz,
                                    {**title_genders, **_pronoun_genders(by_surname[word], texts, leads)})
            # (Both of one gender, "Mr Gilroy" after "Séamus Gilroy" and his son "Darragh Gilroy": the one the article
            # called "Mr Gilroy" before, as writers keep the title for the father and call the son by his name.)
            bound = titled_as.get((c.title.lower(), word))
            if bound and slug != bound and not _came_in_as_kin(slug, found, texts):
                bound = None  # ("Mr Smith" after "But David Smith, who leads the opposition, …": the one named just before)
            slug = chosen if mixed else chosen or bound or slug
            if mixed:
                firsts = {slug: firsts[slug]} if slug in firsts else {}
            if slug:
                title_genders.setdefault(slug, titled)
        if titled and slug and word in by_surname and set(by_surname[word][1]) == {slug} and slug in found.people:
            # ("Mr Folan" after "Bernadette Folan, 71, has cared for her husband, Tom, …": the one person of that
            # surname is of the other gender by the pronouns after her — him, whom the article does not name in full.)
            # (Only by the pronouns where the lexicon knows no gender for the given name: "Andrea Bocelli" … "Mr
            # Bocelli" is him, "Kabir Malhotra" … "Mr Malhotra" him whatever "her" a quote holds.)
            one = found.people[slug]
            gender = one.gender or (None if lx.first_name_gender(one.name.split()[0].lower())
                                    else _own_sentence_gender(by_surname[word], slug, texts, quotes))
            if gender not in (None, titled):
                slug = None
        if titled and len(firsts) > 1:
            # "Ms. Tan" after "Tan Wei Ling's father, Tan Boon Huat": not the one the article made a man; "Mr. Tan" the
            # one it made a man, when only one is.
            genders = {key: (found.people.get(key) or gaz.people.get(key)).gender for key in firsts}
            firsts = {key: at for key, at in firsts.items() if genders[key] in (None, titled)}
            sure = {key: at for key, at in firsts.items() if genders[key] == titled}
            firsts = sure if len(sure) == 1 else firsts
        if c.title and not titled and (len(firsts) > 1 or word in by_surname and len(set(by_surname[word][1])) > 1):
            # "Professor Zhou" after "Professor Zhou Weiming" and "Dr Zhou Lan": the one the article gave that title.
            slug = _one_titled(set(firsts) | set(by_surname.get(word, ((), ()))[1]), c.title, found) or slug
            firsts = {slug: firsts[slug]} if slug in firsts else firsts
        if slug is None and len(c.words) == 1 and not c.hyphen_part and len(firsts) == 1:
            # One person of the article has this first name, named in full before: them, not a new person.
            only, first_at = next(iter(firsts.items()))
            slug = only if first_at < (c.paragraph, c.start) else None
        if len(c.words) == 1 and not c.title and word in bare_as and slug != bare_as[word] \
                and not any(c.paragraph - 1 <= at[0] <= c.paragraph and other != bare_as[word]
                            for at, other in zip(*by_surname.get(word, ((), ())))) \
                and (_go_by_first_name(set(by_surname.get(word, ((), ()))[1]) - {bare_as[word]}, found, gaz, all_texts)
                     and not _go_by_first_name({bare_as[word]}, found, gaz, all_texts)
                     or word in bare_spoke and _kin_came_in_after(word, bare_as[word], bare_spoke[word], by_surname, found, texts)
                     and _fits_the_first(texts[c.paragraph], c.end, found.people.get(bare_as[word]))):
            # "Tremain said" for Jack Tremain, then "his brother, Ollie Tremain" who is "Ollie" from there on: the
            # surname alone stays with the one it meant before, the writer calling the other by his first name.
            # (So when the others came in as someone's kin after the surname alone had spoken for the first one —
            # "Tamsett said …", then "Her father, Glenn Tamsett," — unless what the sentence says of it fits another:
            # "Tremain, the chairman, said", "Tamsett said he …" of a daughter.)
            slug = bare_as[word]
        if slug is None and len(c.words) == 1 and not c.title and not c.hyphen_part and word not in by_first \
                and not _opens_a_full_name(c.words[0], all_texts):
            # ""…," Graham said" after "Graham, a retired army warrant officer, said": the one the article named by
            # that one name before (not where someone's full name opens on it too: "Sarah Jones" and "Sarah").
            known = found.people.get(slugify(c.words[0]))
            # (Not a word that ends a longer name of the article, whatever it was taken for: "Jae-won Park" … "Park".)
            slug = known.slug if known is not None and known.kind == "person" and known.name == c.words[0] and not any(
                other.name.split()[-1] == c.words[0] for other in found.people.values() if other is not known) else None
        if slug is None:
            if word in by_surname or c.stopword or len(firsts) > 1:
                continue  # people of the article share this surname, and which one is meant cannot be told
            text = texts[c.paragraph]
            kin = (_KIN_OF_NAMED.search(text, max(0, c.lead - 60), c.lead)
                   if len(c.words) == 1 and not c.title and text[c.end:c.end + 1] == "," else None)
            if kin and kin.group(1).lower() in by_surname:
                # "Rathbone's father, Steve,": a father, son or brother of a person of the article bears their surname.
                name = c.words[0] + " " + kin.group(1)
                slug = slugify(name)
                person = found.people.get(slug) or Person(slug=slug, name=name, role=None, gender="m")
                _add(found, person, c, texts, quotes, gazetteer=False)
                continue
            named_alone = len(c.words) == 1 and not c.title and (
                # ("said a medic who gave her name only as Iryna.": the name may end the sentence.)
                # (The sentence's wording first: it rules out most names, far sooner than a speech verb after them.)
                named_as_given(text, c.lead)
                and (text[c.end:c.end + 1] in (",", ".", ";", "") or _speaks_after(text, c.end)
                     # ("a man who gave his name only as Dave was filling sandbags": the clause ends on the name.)
                     or _CLAUSE_GOES_ON.match(text, c.end))
                # '"…?" asks Paul from Leeds': a reader's first name and their town, the way a live page names them.
                or c.words[0].lower() in lx.FIRST_NAMES and _FROM_TOWN.match(text, c.end)
                and _ASKS_BEFORE.search(text, max(0, c.lead - 16), c.lead)
                # ("The first caller, Declan from Mullingar, said": set off after a person noun; after a caller or a
                # listener, any name — the lexicon may lack it, "Bohdan from Edmonton" — but not after a builder or a
                # landlord, "The builder, Persimmon from York," a firm.)
                or _FROM_TOWN.match(text, c.end) and text[:c.lead].rstrip().endswith(",")
                and (_NAMED_ALONE.search(text, max(0, c.lead - 60), c.lead) is not None
                     and c.words[0].lower() in lx.FIRST_NAMES
                     or _CALLER_ONLY_SET_OFF.search(text, max(0, c.lead - 60), c.lead) is not None)
                # (The search only where the words before end in a kin noun: most names are not after one.)
                or text[max(0, c.lead - 40):c.lead].rstrip().endswith(KIN_NOUNS)
                and _NAMED_BY_KIN.search(text[max(0, c.lead - 40):c.lead])
                # The rest read a comma right after the name (so do _AGE_AFTER and _KIND_OF_PERSON_AFTER): without one,
                # as after most names, no pattern of theirs is tried.
                or text[c.end:c.end + 1] == "," and (
                    _named_alone_after(text[max(0, c.lead - 60):c.lead], c.words[0])
                    # ("Another caller, Máire, a secondary teacher from Oranmore, said": a given name set off after a
                    # caller or a listener; not "One caller, Ukrainian," nor "Another texter, Anonymous,".)
                    or lx.given_name(c.words[0]) and _CALLER_ONLY_SET_OFF.search(text, max(0, c.lead - 60), c.lead) is not None
                    # "Serhii, 41, an infantryman …, said": one name and an age opening a sentence.
                    or _AGE_AFTER.match(text, c.end) and text[:c.lead].rstrip(" \"“”")[-1:] in ("", ".", "!", "?")
                    # "Halyna, whose son …, and who gave only her first name, said": the sentence says it is a first
                    # name. (Each of its wordings holds "name": without one further on, no match to try for.)
                    or text.find("name", c.end + 1) >= 0 and _first_name_only_after(text, c.end + 1)
                    # '"…," said Olena, a teacher from Kharkiv': one name after the speech verb, then what kind of person.
                    or _SAID_BEFORE.search(text, max(0, c.lead - 12), c.lead) and _KIND_OF_PERSON_AFTER.match(text, c.end)
                    # "Sione, from Porirua, said …", "Graham, a retired army warrant officer from Palmerston North,
                    # said …": a caller's or a reader's given name, where they are from or what they are, then their
                    # verb — opening a sentence or a clause of its own ("…, while Heather, from Levin, said").
                    or lx.given_name(c.words[0]) and _SET_OFF_THEN_SAID.match(text, c.end)
                    and _CLAUSE_OPENS_BEFORE.search(text[max(0, c.lead - 12):c.lead]) is not None)
                # "'You can't sell a view,' Ruth tells him.": a given name alone right after the words and their
                # verb — a character's, a caller's (not where the article writes someone's full name on it, "Sarah
                # Jones": either may be meant).
                or c.words[0].lower() in lx.FIRST_NAMES and _AFTER_WORDS.search(text, max(0, c.lead - 4), c.lead)
                and _speaks_after(text, c.end) and (not _opens_a_full_name(c.words[0], all_texts)
                                                    or _written_in_full(c.words[0], all_texts) is not None))
            if not named_alone and (not c.title or c.hyphen_part or c.title.lower().split()[-1] not in _HONORIFICS):
                continue
            # "Mr. Tapper said" with no full name in the article, "A reader, Priya, writes": a person all the same.
            name = " ".join(c.words)
            if named_alone and len(c.words) == 1 and word in lx.FIRST_NAMES:
                # ("Aoife and Clodagh Nyhan won …" then ""…," Clodagh said": the given name of a full name the article
                # writes, one of two sharing a surname.)
                name = _written_in_full(c.words[0], all_texts) or name
            # ("His Honour Judge Ashworth": the honour before the office is a form of address, not the style.)
            style = _HONOUR_BEFORE.sub("", c.title) if c.title else ""
            styled = bool(style and _STYLED.match(style)) and not named_alone
            if styled:
                # "Lady Justice Harcourt", "Lord Ahmad": a judge's or a peer's style stands in for a first name,
                # and "Harcourt said" after it is her, as a surname after a full name is.
                name = f"{style} {name}"
            slug = slugify(name)
            person = found.people.get(slug) or Person(slug=slug, name=name, role=None)
            _add(found, person, c, texts, quotes, gazetteer=slug in gaz.people)
            if styled:
                places, slugs = by_surname.setdefault(word, ([], []))
                at = bisect_right(places, (c.paragraph, c.start))
                places.insert(at, (c.paragraph, c.start))
                slugs.insert(at, slug)
            continue
        person = found.people.get(slug) or gaz.people.get(slug)
        if person is None:
            continue
        if c.title and len(person.name.split()) > 2 and not all(
                w.lower().strip(".") in lx.TITLE_WORDS or w.lower() in lx.NAME_PARTICLES for w in c.title.split()):
            # ("Consumer Affairs Victoria said" after "Fair Rent Victoria": words before it that are no one's title make
            # another body's name, not the short name of the one before.)
            continue
        if c.title:
            titled_as.setdefault((c.title.lower(), word), slug)
        elif len(c.words) == 1:
            bare_as.setdefault(word, slug)
            if bare_as[word] == slug and word not in bare_spoke and (_speaks_after(texts[c.paragraph], c.end)
                                                                     or _SAID_BEFORE_NAME.search(texts[c.paragraph], max(0, c.lead - 12), c.lead)):
                bare_spoke[word] = (c.paragraph, c.start)
        _add(found, person, c, texts, quotes, gazetteer=slug in gaz.people and slug not in found.unknown)
    found.mentions.sort(key=lambda m: (m.paragraph, m.start))
    return found


_BODY_WORD_AFTER = regexes.compile(r"\s+([A-Z][a-z]+)\b")
_THE_QUOTED_BEFORE = regexes.compile(r"\b[Tt]he\s+[\"“‘']$")
_CLOSING_QUOTES = frozenset('"”’\'')
_SURNAME_PAIR = regexes.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+ [A-ZÀ-Þ][a-zà-ÿ]+")  # (two plain capitalized words: no particle, no hyphen)
# The gender a title before a name gives its bearer ("Ms. Tan": not the father the article named Tan Boon Huat).
_TITLE_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
# "Tan Wei Ling's father, Tan Boon Huat": a kin noun set off right before a full name says whether it is a man's or a
# woman's.
KIN_GENDER = {**{w: "m" for w in "father son brother husband grandfather grandson uncle nephew".split()},
               **{w: "f" for w in "mother daughter sister wife grandmother granddaughter aunt niece".split()}}
_KIN_BEFORE = regexes.compile(r"\b(%s),?\s+$" % "|".join(sorted(KIN_GENDER)), re.IGNORECASE)
# "A reader, Priya,": one word set off after a person noun names that person.
_NAMED_ALONE = regexes.compile(r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Aa]nother)\s+(?:[a-z\-]+(?:['’]s)?\s+){0,3}("
                               + "|".join(sorted(lx.PERSON_NOUNS)) + r"),\s*$")
# A caller or a listener set off before any name they give ("The first caller, Bohdan from Edmonton,"): a lexicon's
# given names or not.
_CALLER_ONLY_SET_OFF = regexes.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+(?:[a-z\-]+\s+){0,2}?(?:caller|listener|viewer|texter),\s*$")
# Nouns for a company as often as for a person: "the state grid operator, Ukrenergo," names a company.
_FIRM_OR_PERSON = frozenset({"operator", "producer"})


_OPENING_MARKS = frozenset('"“‘«„')
# A scheme's or a product's name before what it is: "the BusConnects Cork programme", "its Harbour Line project".
_THING_AFTER = regexes.compile(r"\s+(?:programme|program|scheme|project|initiative|strategy|app|brand)\b")
_CLOSING_MARKS = frozenset('"”’»“')


def _named_alone_after(before: str, word: str) -> bool:
    """Whether the one word after `before` is a person's name because a person noun sets it off ("A reader, Priya,");
    after "operator" or "producer", only a first name is one ("the drone operator, Oleh," — not "…, Ukrenergo,")."""
    m = _NAMED_ALONE.search(before)
    return bool(m) and (m.group(1) not in _FIRM_OR_PERSON or word.lower() in lx.FIRST_NAMES)
# "Rathbone's father, Steve,": a relative who shares the surname of the one named before the possessive.
_KIN_OF_NAMED = regexes.compile(r"\b([A-Z][\w\-]+)['’]s\s+(?:late\s+)?(?:father|son|brother|grandfather|grandson),\s*$")
# "who gave only his first name, Wilson,", "identified only as Maria,": the one name the article has for them.
# ("identified only by his call sign, Tykhyi": what a soldier is called in print is a call sign.)
_GAVE_NAME = regexes.compile(r"\b(?:(?:first|given)\s+name(?:\s+only)?|name\s+(?:only\s+)?as|identified\s+(?:only\s+)?as|"
                             r"known\s+only\s+as|(?:his|her|their)\s+call\s*sign),?\s*$")


# The words _GAVE_NAME's wordings end on, before the comma and the white space: a text that ends on none of them before
# the name needs no search (most names: and both people and quotes ask of every name they pass).
_GAVE_NAME_ENDS = ("name", "only", "as", "sign")


def named_as_given(text: str, lead: int) -> bool:
    """Whether the name at `lead` is the one the sentence says a person gave or goes by ("his first name, Oskar")."""
    end = space_before(text, lead)
    if text[end - 1:end] == ",":
        end -= 1
    return text.endswith(_GAVE_NAME_ENDS, 0, end) and _GAVE_NAME.search(text, max(0, lead - 40), lead) is not None


_SAID_BEFORE = regexes.compile(r"\b(?:said|says|told|added|wrote)\s+$")
_KIND_OF_PERSON_AFTER = regexes.compile(r",\s+(?:a|an)\s+(?:[\w\-]+\s+){0,3}?(?:" + "|".join(sorted(lx.PERSON_NOUNS)) + r")\b")


def _first_name_only_after(text: str, pos: int) -> bool:
    """Whether what follows says the name before is a first name only — not when it gives that name itself ("reached
    in Murmansk, who would give only his first name, Sergei,": Sergei is his name, Murmansk a place)."""
    m = _FIRST_NAME_ONLY_AFTER.match(text, pos)
    return m is not None and not re.match(r",?\s*(?:as\s+)?[A-Z]", text[m.end():m.end() + 8])


_FIRST_NAME_ONLY_AFTER = regexes.compile(r"[^.;:!?]{0,160}?\b(?:gave|giving|gives|give)\s+(?:only\s+)?(?:his|her|their)\s+first\s+name"
                                         r"|[^.;:!?]{0,160}?\b(?:identified|named)\s+only\s+by\s+(?:his|her|their)\s+first\s+name"
                                         # "who asked that her surname not be used", "who declined to give his last name"
                                         r"|[^.;:!?]{0,160}?\b(?:his|her|their)\s+(?:surname|last\s+name|family\s+name)\s+"
                                         r"(?:not\s+(?:to\s+)?be|be\s+withheld|was\s+withheld|is\s+withheld|withheld)\b"
                                         # "who did not want his surname published"
                                         r"|[^.;:!?]{0,160}?\b(?:not|n['’]t)\s+want\s+(?:his|her|their)\s+(?:surname|last\s+name|"
                                         r"family\s+name|full\s+name)\s+(?:published|used|printed|given|disclosed|revealed)\b"
                                         r"|[^.;:!?]{0,160}?\b(?:declined|refused|did\s+not\s+want|didn['’]t\s+want|asked\s+not|preferred\s+not)\s+"
                                         r"to\s+(?:give|share|use|publish|disclose|reveal)\s+(?:his|her|their)\s+(?:surname|last\s+name|"
                                         r"family\s+name|full\s+name)\b")
# "his wife Donna", "her son Tom": one word after a kin noun with its owner is that relative's first name.
# (The kin nouns that say a gender, and those that do not.)
KIN_NOUNS = tuple(sorted(KIN_GENDER)) + ("partner", "fiancé", "fiancée", "fiance", "fiancee", "girlfriend", "boyfriend",
                                           "mum", "mom", "dad", "cousin")
_NAMED_BY_KIN = regexes.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:[a-z\-]+\s+)?(?:%s)\s+$" % "|".join(KIN_NOUNS))
# (A judge the article names only by the office and a surname, "Judge Mthembu", is known by that style too.)
# (So are a magistrate and a coroner: "Magistrate Venter", "Coroner Tautahi".)
_STYLED = regexes.compile(r"^(?:(?:Lord|Lady|Mr\.?|Mrs\.?|Ms\.?)\s+Justice|Lord|Lady|Baroness|Baron|"
                          r"(?:Employment\s+|District\s+|Circuit\s+|Deputy\s+)?Judge|Justice|Sheriff|Magistrate|Coroner)$")
_HONOUR_BEFORE = regexes.compile(r"^(?:(?:His|Her)\s+)?Honou?r\s+(?=\S)")
_HONORIFICS = {"mr", "mrs", "ms", "dr", "president", "minister", "senator", "sen", "rep", "gov", "governor", "gen",
               "general", "chancellor", "prof", "professor", "ambassador", "judge", "mayor", "premier", "king", "queen",
               "prince", "princess", "pope", "sheikh", "emir", "colonel", "col", "lt", "captain", "capt", "admiral", "adm",
               "justice", "lord", "lady", "baroness", "recorder", "rev", "revd", "cllr", "pc", "magistrate", "coroner"}


_JUDGES_TITLE = regexes.compile(r"\bjustice$")


def _add(found: ArticlePeople, person: Person, c: _Candidate, texts: dict, quotes: dict, gazetteer: bool) -> None:
    known = found.people.get(person.slug)
    if known is None:
        found.people[person.slug] = person
    elif not gazetteer:
        found.people[person.slug] = Person(person.slug, max(known.name, person.name, key=len), known.aliases,
                                           known.role or person.role, known.kind, known.gender or person.gender)
    if not gazetteer:
        found.unknown.add(person.slug)
    before = _words_before(texts[c.paragraph], c.lead, 4)  # what both the role and the preposition read
    if person.kind == "person":
        # The titles an article gives a person let "the defense minister said" point back at them.
        # (A remit's words, "Minister for the OPW Kevin Harty", name no role of his: "the OPW said" is the office's.)
        remit = c.portfolio and not any(w.lower() in lx.TITLE_WORDS for w in c.title.split()[-1:])
        text = texts[c.paragraph]
        set_off = _titled_set_off(text[max(0, c.lead - 80):c.lead - 2]) \
            if text[max(0, c.lead - 2):c.lead] == ", " and text[c.end:c.end + 1] == "," else []
        for title in (c.title if not remit else "", _title_core(c.title) if c.title and not remit else "",
                      _portfolio_title(texts[c.paragraph], c.lead), *set_off, _role_in(before),
                      _definite_role_after(texts[c.paragraph], c.end), _role_set_off_before(texts[c.paragraph], c.lead)):
            if title:
                role = normalize_role(title)
                # A title two people hold in the same article ("President") points at neither.
                found.roles[role] = person.slug if found.roles.get(role, person.slug) == person.slug else None
                if _JUDGES_TITLE.search(role):
                    # "Mrs Justice Catherine Quinlan", "Lord Justice Harland": a judge, whom "the judge" means.
                    found.roles["judge"] = person.slug if found.roles.get("judge", person.slug) == person.slug else None
    spans = quotes[c.paragraph]
    in_quote = bool(spans) and any(s.start <= c.lead < s.end for s in spans)
    after = c.hyphen_part or (_preposition_in(before, bool(c.title)) and not c.portfolio
                              and not given_name_at(texts[c.paragraph], c.lead)
                              and not _opens_clause_after_and(texts[c.paragraph], c.lead))
    if not after and c.title and found.mentions:
        # "a meeting between President Vladimir Putin and President Volodymyr Zelensky": a second object joined to
        # the first (the "and" before a title is not always a remit's: "Industry and Trade Minister").
        last = found.mentions[-1]
        after = last.after_preposition and last.paragraph == c.paragraph and texts[c.paragraph][last.end:c.lead] == " and "
    found.mentions.append(Mention(key=person.slug, paragraph=c.paragraph, start=c.start, end=c.end, lead=c.lead,
                                  possessive=c.possessive, in_quote=in_quote, after_preposition=after))


def _portfolio_title(text: str, lead: int) -> str:
    """"Minister of State for Petroleum Harish Venkatraman", "Minister for Foreign Affairs Penny Wong": the office
    before its remit (the remit opens the candidate), whom a later "the minister" means."""
    m = _PORTFOLIO_BEFORE.search(text, max(0, lead - 80), lead)
    return m.group(1) if m else ""


# Title words that are surnames as often ("Ritika Sen", "Ann Dean", "Carole King", "Tony Bishop"), not an office's alone
# ("Wayne State", "Madison Mayor": a body, a city's office).
_SURNAME_TITLES = frozenset("sen dean king bishop major marshal judge pope prince earl baron rector provost".split())


def _titles_as_surnames(candidates: list, paragraphs) -> list:
    """"Sen said" after "captain Ritika Sen", "Dean said" after "Ann Dean": a surname that is also a title's word
    ("Sen." for a senator), alone, with no name after it — the surname of the one named in full, for the single-word
    reading to resolve (a title alone makes no candidate)."""
    surnames = {c.words[-1] for c in candidates if len(c.words) > 1 and c.words[-1].lower() in _SURNAME_TITLES}
    if not surnames:
        return []
    taken = {(c.paragraph, c.start) for c in candidates}
    # (Not the title itself, after a determiner or before "of": "The King said", "the Bishop of Cork".)
    pattern = re.compile(r"(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Hh]is )(?<!\b[Hh]er )(?<!\b[Oo]ur )\b("
                         + "|".join(map(re.escape, sorted(surnames))) + r")\b(?![.\-])(?!\s+[A-Z])(?!\s+of\b)(['’]s\b)?")
    return [_Candidate(words=(m.group(1),), paragraph=p.index, start=m.start(1), end=m.end(1), lead=m.start(1),
                       possessive=bool(m.group(2)), title="")
            for p in paragraphs for m in pattern.finditer(p.text)
            if (p.index, m.start(1)) not in taken and not any(c.paragraph == p.index and c.start <= m.start(1) < c.end
                                                                for c in candidates)]


def _fuller_form_of(words: tuple[str, ...], found: "ArticlePeople") -> Optional[str]:
    """The one person found so far whose name has the same first word and the same last word as `words`, in fewer
    words: `words` is that name with middle names."""
    if len(words) < 3:
        return None
    first, last = words[0].lower(), words[-1].lower()
    slugs = {p.slug for p in found.people.values() if p.kind == "person" and 1 < len(p.name.split()) < len(words)
             and p.name.split()[0].lower() == first and p.name.split()[-1].lower() == last}
    return slugs.pop() if len(slugs) == 1 else None


def _full_names_ending(words: tuple[str, ...], found: "ArticlePeople") -> set[str]:
    """The people found so far whose longer name ends in `words`."""
    tail = tuple(w.lower() for w in words)
    return {p.slug for p in found.people.values() if p.kind == "person" and len(p.name.split()) > len(words)
            and tuple(w.lower() for w in p.name.split()[-len(words):]) == tail}


def _ends_a_full_name(words: tuple[str, ...], found: "ArticlePeople") -> Optional[str]:
    """The slug of the one person found so far whose longer name ends in `words` (or is `words` and a second
    surname); "" when two do (neither can be told); None when none does."""
    tail = tuple(w.lower() for w in words)
    slugs = _full_names_ending(words, found) | {p.slug for p in found.people.values()
                                                if p.kind == "person" and _without_second_surname(p.name, tail)}
    if not slugs:
        return None
    return slugs.pop() if len(slugs) == 1 else ""


def _without_second_surname(full: str, words: tuple[str, ...]) -> bool:
    """"Fernando Castaño" for "Fernando Castaño Ruiz": a name of two surnames, Spanish style, called by its given
    name and its first surname."""
    names = full.split()
    return (len(words) >= 2 and len(names) == len(words) + 1 and _SURNAME_PAIR.fullmatch(" ".join(names[-2:])) is not None
            and names[-2].lower() not in lx.FIRST_NAMES and tuple(w.lower() for w in names[:-1]) == words)


def _particle(words: tuple[str, ...], i: int) -> bool:
    # ("Ben Church" is a first name and a surname, not the particle "ben" of "Ben-Gvir".)
    word = words[i]
    return word.lower() in lx.NAME_PARTICLES and not (i == 0 and word[0].isupper() and word.lower() in lx.FIRST_NAMES)


def _surname_only(words: tuple[str, ...]) -> bool:
    return len(words) > 1 and all(_particle(words, i) for i in range(len(words) - 1))


def _title_core(title: str) -> str:
    """'White House Press Secretary' → 'Press Secretary': the title words without who they serve."""
    words = title.split()
    i = len(words)
    while i > 0 and words[i - 1].lower().strip(".") in lx.TITLE_WORDS:
        i -= 1
    return " ".join(words[i:]) or title


# Capitals a name may open on: Latin-1's, and Latin Extended's ("Łukasz", "Šefčovič", "Ōtepoti"), listed one by one (the
# ranges mix capitals and small letters).
_CAPS = "A-ZÀ-ÖØ-Þ" + "".join(chr(c) for c in range(0x100, 0x250) if chr(c).isupper())
# Only the tokens a run can hold (capitalized words, initials, name particles): most words are skipped unseen.
# (At each position the lookbehind, no word before, is tried first: it fails inside every word, twice as often as the
# lookahead of the letters a token can start with, and the scan takes half the time.)
_RUN_TOKEN = regexes.compile(r"(?<![\w'’\-.])(?=[" + _CAPS + "".join(sorted({w[0] for w in lx.NAME_PARTICLES})) + "])"
                             r"(?:(?:[A-Z]\.){2,}|[A-Z]\.(?=\s+[A-Z])|[" + _CAPS + r"][A-Za-zÀ-ÖØ-öø-ɏ]*"
                             r"(?:[-'’][A-Za-zÀ-ÖØ-öø-ɏ]+)*|(?:" + "|".join(sorted(lx.NAME_PARTICLES)) +
                             r")(?:-[" + _CAPS + r"][A-Za-zÀ-ÖØ-öø-ɏ]*)?\b)")  # "al-Tamimi" too


# _RUN_TOKEN without its name particles, for the paragraphs where none follows a white space (_SPACED_PARTICLE): there
# a particle joins no run (_candidates' test of the gap before a token fails), and all it would do is end the run
# before it, which the next token or the paragraph's end does as well. This pattern opens on the capital and looks back
# from there at what is before it, so the regex engine skips in C to each capital instead of trying the lookbehind at
# every character (three times faster); its alternatives are _RUN_TOKEN's first three, the capital taken first.
# (Tokens cannot overlap: inside one, every character follows a letter, a hyphen, an apostrophe or a full stop, so
# leaving particles out changes none of the other tokens.)
_LETTERS = "A-Za-zÀ-ÖØ-öø-ɏ"
_CAPITALIZED_TOKEN = regexes.compile(r"[" + _CAPS + r"](?<![\w'’\-.].)(?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?<=[A-Z])\.(?=\s+[A-Z])"
                                     r"|[%s]*(?:[-'’][%s]+)*)" % (_LETTERS, _LETTERS))
_SPACED_PARTICLE = regexes.compile(r"[ \u00a0]" + lx.alternation(lx.NAME_PARTICLES) + r"(?:-[A-ZÀ-ÖØ-Þ][%s]*)?\b" % _LETTERS)


def _next_word(text: str, at: int) -> str:
    """The word after the one ending at `at`, in small letters."""
    m = _WORD_AFTER.match(text, at)
    return m.group(1).lower() if m else ""


_WORD_AFTER = regexes.compile(r"\s+([\w'’\-]+)")


# Calendar words end a run wherever they stand; stop words only capitalized. No name particle is either,
# so a lowercase token (a particle) needs neither test.
_RUN_BREAKS = lx.CALENDAR_WORDS | lx.CAPITALIZED_STOPWORDS | lx.QUESTION_OPENERS
assert not lx.NAME_PARTICLES & lx.CALENDAR_WORDS


# A month that is also a given name, when a surname and the person's age, a "who" or who they are follow: "June
# Abernethy, 72, …", "April Dunne, who runs the shop, …", "June Harrower, his wife of 44 years, …" (not "in May Putin
# said", "by June Kyiv had …": a date's word before it).
# (A trade after "a", its ending as a doer's, "a crane operator", or a role noun: "an analyst".)
_PERSON_SET_OFF = regexes.compile(r",\s*(?:\d{1,3},|who\b|(?:an?|the)\s+(?:[a-z\-]+\s+){0,3}(?:(?:%s)\b|[a-z]{2,}(?:%s)\b))" % (
    "|".join(sorted(w for w in lx.ROLE_NOUNS if " " not in w)), lx.DOER_ENDINGS))
_AGE_AFTER = regexes.compile(r",\s*\d{1,3}\b")
# Words of a doer's shape that say rank or age, not a trade: "the senior Kremlin Spokesman said" is no one's name
# (lx.doer_noun leaves them in: "Senior Jane Doe scored 20 points" names a student).
_RANKS_IN_ER = frozenset("senior junior elder older younger major minor prior superior inferior outer inner upper lower "
                         "earlier".split())
# Titles that are surnames too ("Tom King", "Irfan Sheikh", "Sarah Judge"); not "Madison Mayor", "Wayne State".
_TITLES_ALSO_SURNAMES = frozenset("king prince judge sheikh bishop major dean pope lord marshal knight baron earl duke cardinal "
                                  "sheriff master deacon".split())
_MONTH_GIVEN_NAMES = frozenset(("April", "May", "June", "August", "Jun"))  # ("Jun": Japanese, Korean, Chinese)
_MONTH_AS_NAME = regexes.compile(r" [A-Z][a-z]+(?:-[A-Z][a-z]+)?,\s*(?:\d{1,3},|who\b|(?:his|her|their|an?)\s)")
# (Or a speech verb right after the surname, the words of what they are before the month: "singer and guitarist June
# Castellano said" — not "On Friday 6 June Starmer said", "Throughout August Starmer said".)
_MONTH_NAME_SPEAKS = regexes.compile(r" [A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:said|says|told|tells|added|adds|recalled|recalls)\b")
_WHEN_BEFORE = regexes.compile(r"\b(?:in|on|by|since|until|till|from|last|next|early|late|this|of|mid|before|after|during|through|"
                               r"between|each|every|that|and|or)\s+$", re.IGNORECASE)

# "A spokesman, He Yadong, said", "Vice Premier He Lifeng": the Chinese family name He inside a sentence, before a
# given name; the pronoun opens a sentence ("…," he said" keeps it lower-case).
_FAMILY_NAME_HE = regexes.compile(r"[a-z,] He [A-Z][a-z]+\b(?!\s+[A-Z])")


# Nouns a body is as often as a person: "the main contractor, BAM Ireland,", "its new owner, Halvorsen Capital,".
_BODY_OR_PERSON = frozenset("contractor subcontractor operator supplier developer provider owner partner sponsor client "
                            "customer tenant landlord employer member publisher distributor manufacturer buyer seller "
                            "bidder investor shareholder creditor lender insurer landowner".split())
# (Or a named owner's, "Aire Valley Buses' managing director, Graham Tierney": only with a given name, as after "his".)
# ("Another economist, Callum Reid, was more upbeat": one more of a kind, then the name.)
_NOUN_SET_OFF_BEFORE = regexes.compile(r"\b(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|"
                                       r"(?P<owner>[A-Z][\w\-]*(?:['’]s|s['’])))"
                                       r"\s+(?:[\w\-]+\s+){0,3}([a-z][\w\-]*),\s+$")
_SAID_THEN_WORDS = regexes.compile(r"[\"”’']\s*,?\s*(?:said|says|added|adds)\s+((?:[a-z][\w\-]*\s+){1,3})$")
_TRADE_WORD = regexes.compile(lx.TRADE_NOUN)  # ("guitarist", "historian")
_SHOW_PEOPLE = frozenset("host co-host presenter co-presenter anchor interviewer narrator columnist star creator".split())
_SAID_BEFORE_NAME = regexes.compile(r"\b(?:said|says|added|adds)\s+$")  # (`," said Tamsett`)
_ROLE_SET_OFF_AFTER = regexes.compile(r",\s+(?:the|a|an|its|their|his|her)\s+")
_REFLEXIVE_AFTER = regexes.compile(r"\s+(himself|herself)\b")
# "New Zealand Cricket", "New York Police Department": "New" opening a place's name, not a stop word before a name.
# (Only with a body's word after the place: "the Russian embassy in New Delhi said" names the city, no speaker.)
_NEW_PLACE_NEXT = regexes.compile(r" (?:Zealand|York|Jersey|Hampshire|Mexico|Brunswick|Orleans|Caledonia|Guinea|"
                                  r"South Wales) [A-Z]")
# A surname right after a given name that is also a stop word ("Per Aasland"; not "Jan 5", "Per The").
_SURNAME_NEXT = regexes.compile(r"[ \u00a0](?!(?:The|A|An)\b)[" + _CAPS + r"][a-zß-öø-ÿĀ-ɏ]")

_AGE_WORD = regexes.compile(r"[A-Z][a-z]+(?:-[a-z]+)?-(?:year|month|week|day)-old")
_NICKNAME_OPENERS = frozenset((' "', " “", " ‘", " '"))
# The nickname's one to three capitalized words, up to its closing mark before the name goes on.
_NICKNAME = regexes.compile(r"(?:[A-Z][\w'’\-]*\s){0,2}[A-Z][\w\-]*(?=[\"”’'] [A-Z])")


# "Kavya said she …": a given name speaking alone, with a he or she of its own right after the verb.
_SAID_SHE_OR_HE = regexes.compile(r"\s(?:said|says|told\s+\w+|added|explained|admitted)\s+(?:she|he)\b")
_ORDINAL_WORDS = frozenset(("First", "Second", "Third"))
_ORDINAL_BEFORE = regexes.compile(r"\b(?:\d(?:st|nd|rd|th)|First|Second|Third)\s$")


# Plural nouns for people named together, capitalized as a sentence's first word: "Siblings Sam and Georgie Whitlam".
_GROUP_OF_PEOPLE = frozenset("siblings brothers sisters twins cousins couple spouses parents flatmates housemates friends "
                             "colleagues teammates neighbours neighbors partners".split())
_AND_GIVEN_THEN_SURNAME = regexes.compile(r"\s+and\s+([A-Z][\w'’\-]+)\s+([A-Z][\w'’\-]+)\b(?!\s+[A-Z])")


def _sharing_a_surname(candidates: list[_Candidate], texts: dict) -> tuple[list[_Candidate], set]:
    """"Sam and Georgie Whitlam": a given name the lexicon knows, "and", then a full name: two people of that surname,
    Sam Whitlam among them (where each such given name stands: the second set); and "Siblings" opening such a
    sentence is no part of either name."""
    out = []
    paired = set()
    # (Not a given name the article gives someone else in full: "Coach Anna Berg …" then "Anna and Tom Reed, her star
    # pupil," is Anna Berg and Tom Reed.)
    firsts = {c.words[0] for c in candidates if len(c.words) >= 2}
    for c in candidates:
        if len(c.words) >= 2 and c.words[0].lower() in _GROUP_OF_PEOPLE and c.words[1].lower() in lx.FIRST_NAMES \
                and not c.title and c.lead == c.start:
            at = texts[c.paragraph].find(c.words[1], c.start)
            c = replace(c, words=c.words[1:], start=at, lead=at)
        if len(c.words) == 1 and not c.title and not c.possessive and c.words[0].lower() in lx.FIRST_NAMES \
                and c.words[0] not in firsts:
            m = _AND_GIVEN_THEN_SURNAME.match(texts[c.paragraph], c.end)
            if m and m.group(2).lower() not in lx.FIRST_NAMES and m.group(2).lower() not in lx.CAPITALIZED_STOPWORDS:
                c = replace(c, words=(c.words[0], m.group(2)))
                paired.add((c.paragraph, c.start))
        out.append(c)
    return out, paired


_GARMENTS = frozenset("t-shirt t-shirts shirt shirts jersey jerseys scarf scarves hoodie hat".split())
_WHERE_FROM_ENDS = ("-based", "-born", "-bred", "-raised", "-educated")


def _candidates(text: str, paragraph: int, gaz: Gazetteer, leading: frozenset = frozenset()) -> list[_Candidate]:
    """The name candidates of one paragraph: its runs of capitalized words separated by single spaces
    ("Foreign Minister Sergei Lavrov"), each read as titles and names (_split_run); `leading` the adjectives that
    open a name of the article (see orgs.name_adjectives)."""
    out: list[_Candidate] = []
    run: list = []  # (word, start, end)
    last_end = 0
    names = gaz.names
    rated = "Class" in text  # (most paragraphs: no rating's class to look for in each run)
    ampersand = "&" in text  # (most paragraphs: no firm's name joined by one, "Hollis & Rowe", to look for)

    def flush(possessive: bool) -> None:
        if rated:
            # "Petty Officer 2nd Class Dana Whitfield", "Airman First Class Dana Whitfield": a rating's class is
            # the title's end ("Class" alone is a surname too: "said Kerstin Class, 54").
            rank = next((k for k, (w, start, _) in enumerate(run[:-1]) if w == "Class" and (
                k and run[k - 1][0] in _ORDINAL_WORDS or k == 0 and _ORDINAL_BEFORE.search(text, max(0, start - 7), start))),
                None)
            if rank is not None:
                del run[:rank + 1]
        joined = next((k for k in range(len(run) - 1) if text[run[k][2]:run[k + 1][1]] == " & "), None) \
            if ampersand else None
        if joined is not None and not any(w.lower().strip(".") in lx.TITLE_WORDS for w, _, _ in run):
            if not any(w.lower() in lx.FIRST_NAMES for w, _, _ in run[joined + 1:]):
                return  # ("Meat & Livestock Australia", "Hollis & Rowe": a firm's name, no person's.)
            # ("Sarah & Duncan Fraser", a couple; "Local Government & Heritage Darragh O'Brien": a given name after the
            # ampersand opens someone's name, read as before.)
            del run[:joined + 1]
        # ("Hollis & Rowe Chief Executive Aoife Brannigan": the firm, a title, then the person who holds it.)
        if run[-1][0] in _GROUND_AND_ROAD_ENDS and len(run) > 1 \
                and _THE_BEFORE_ROAD.search(text, max(0, run[0][1] - 16), run[0][1]):
            # ("A spectator in the Victor Trumper Stand, who …", "a roadblock on the New England Highway": a stand of a
            # ground, a road, after "the" — no one named Stand or Highway, "Tomson Highway" the playwright.)
            return
        if len(run) > 1 and run[0][0].lower() in lx.TITLE_WORDS and text.endswith(" ", 0, run[0][1]) \
                and run[1][0].lower() not in lx.FIRST_NAMES and run[1][0].lower().strip(".") not in lx.TITLE_WORDS \
                and _BODY_NOUN_BEFORE.search(text, max(0, run[0][1] - 60), run[0][1]) \
                and (_speaks_after(text, run[-1][2]) or text.startswith(",", run[-1][2])):
            # ("the human rights group Justice Forward Ireland said": a body's name, its first word no one's title, and
            # no one called "Forward Ireland".)
            return
        where = next((k for k, word in enumerate(run[:3]) if word[0].endswith(_WHERE_FROM_ENDS) and "-" in word[0]), None)
        if where is not None and len(run) > where + 2:
            # ("Delhi-based Kabir Malhotra", "London-born Ann Lee", "Port Kembla-based Southern Cross Steel": where they
            # live, were born or are based, no name.)
            del run[:where + 1]
        if len(run) > 1:
            lead = run[0][1]
            portfolio = text.endswith(("for ", "of ", "the ", "and ", "& ", "with "), 0, lead) \
                and _PORTFOLIO_BEFORE.search(text, max(0, lead - 80), lead) is not None  # (most runs: no search)
            if text.endswith(("of ", "of the "), 0, lead) and not portfolio and _part_of_body(text, lead, run):
                return  # "the Association of Domestic Appliance Manufacturers": the rest of a body's name
            # ("Minister of State with responsibility for the Office of Public Works Kevin Tierney": a remit's body.)
            out.extend(_split_run(_Run(tokens=run, paragraph=paragraph, lead=lead, possessive=possessive,
                                       portfolio=portfolio
                                       or text.endswith(("to ", "the "), 0, lead) and _ENVOY_TO.search(text, max(0, lead - 40), lead) is not None
                                       and run[0][0].lower() in _PLACES_SENT_TO,
                                       role_before=len(run) == 2 and run[0][0].lower() in lx.TITLE_WORDS
                                       and bool(_role_before(text, lead)),
                                       # ("captain Ritika Sen's unbeaten 52", "Ann Dean said": a given name, or a role
                                       # in small letters before the two, makes the title's word a surname.)
                                       surname_title=len(run) == 2 and run[1][0].lower() in _SURNAME_TITLES
                                       and run[0][0].lower() not in lx.TITLE_WORDS and run[1][0][-1:] != "."
                                       and (run[0][0].lower() in lx.FIRST_NAMES or bool(_role_before(text, lead))),
                                       after_word=lead > 1 and (text[lead - 2].islower() or lead > 2 and text[lead - 2] in _CLOSING_QUOTES
                                                                and text[lead - 3] in ",?!"),
                                       # (A given name and a title word, not after "the" or "of": "the Kremlin
                                       # Spokesman, a former journalist,", "Bank of England Governor, an economist,".)
                                       set_off=len(run) == 2 and run[-1][0].lower() in lx.TITLE_WORDS  # (most runs: no match)
                                       and not text.endswith(("the ", "The ", "of "), 0, lead)
                                       and (_PERSON_SET_OFF.match(text, run[-1][2]) is not None
                                            # ("said Tom King, 54.", "cap seller Irfan Sheikh, said": a given name
                                            # or a trade before it, and the person's age or their words after.)
                                            or run[-1][0].lower() in _TITLES_ALSO_SURNAMES
                                            and (run[0][0].lower() in lx.FIRST_NAMES or _trade_before(text, lead))
                                            and (_AGE_AFTER.match(text, run[-1][2]) or _speaks_after(text, run[-1][2])))), gaz))
            return
        # Most runs are one capitalized word: _split_run's first case, without building a _Run for it.
        word, start, end = run[0]
        lower = word.lower()
        key = (lower,)
        if key in names:
            out.append(_Candidate(words=(word,), paragraph=paragraph, start=start, end=end, lead=start,
                                  possessive=possessive, title="", gazetteer=names[key]))
        elif "-" in word:
            out.extend(_split_run(_Run(tokens=run, paragraph=paragraph, lead=start, possessive=possessive), gaz))
        # (isupper() first: an acronym is all capitals, and most words are not.)
        elif not (lower in lx.ORG_WORDS or lower.strip(".") in lx.TITLE_WORDS or (word.isupper() and _is_acronym(word))):
            out.append(_Candidate(words=(word,), paragraph=paragraph, start=start, end=end, lead=start,
                                  possessive=possessive, title=""))
        elif lower in lx.SURNAME_ORG_WORDS:  # "Church said" after "PC Ben Church": only ever that person
            out.append(_Candidate(words=(word,), paragraph=paragraph, start=start, end=end, lead=start,
                                  possessive=possessive, title="", stopword=True))

    # (Every token is looked at here, so the loop keeps to plain comparisons: no slice, no call it can spare.)
    tokens = _RUN_TOKEN if _SPACED_PARTICLE.search(text) else _CAPITALIZED_TOKEN
    nickname_end = 0
    for m in tokens.finditer(text):
        word = m.group()
        start = m.start()
        possessive = len(word) > 2 and (word[-2:] == "'s" or word[-2:] == "’s")
        if possessive:
            word = word[:-2]
        capital = word[0].isupper()  # else a name particle ("von der"): the only lowercase tokens matched
        if start < nickname_end:
            continue  # (a word of the nickname passed over below)
        if run and capital and text[last_end:start] in _NICKNAME_OPENERS:
            nickname = _NICKNAME.match(text, start)
            if nickname:
                # 'Danny "Dynamo" Okafor', 'Gareth "The Bishop" Lloyd-Pryce': a nickname in quotation marks inside the
                # name, which goes on after it.
                last_end = nickname_end = nickname.end() + 1
                continue
        if run:
            gap = start - last_end
            # Joined by one space, or by ". " after a title's abbreviation ("Gen. Smith").
            if not ((gap == 1 and text[last_end] in " \u00a0") or
                    (gap == 2 and text[last_end] == "." and text[last_end + 1] == " "
                     and run[-1][0].lower() in lx.TITLE_ABBREVIATIONS)
                    or gap == 3 and ampersand and capital and text[last_end:start] == " & "):
                flush(False)
                run = []
        if capital and word.endswith("-old") and _AGE_WORD.fullmatch(word):
            # "Nineteen-year-old Aarav Deshmukh smashed …": the age opening the sentence, no part of the name.
            if run:
                flush(False)
                run = []
            continue
        if capital and word.lower() in _RUN_BREAKS and not (word == "He" and _FAMILY_NAME_HE.match(text, start - 2)) \
                and not (word == "New" and _NEW_PLACE_NEXT.match(text, start + 3)) \
                and not (leading and not run and (word.lower(), _next_word(text, start + len(word))) in leading) \
                and not (not run and word.lower() in lx.GIVEN_NAME_STOPWORDS and _SURNAME_NEXT.match(text, start + len(word))) \
                and not (not run and word in _MONTH_GIVEN_NAMES
                         and (_MONTH_AS_NAME.match(text, start + len(word))
                              or _MONTH_NAME_SPEAKS.match(text, start + len(word)) and _trade_before(text, start))
                         and not _WHEN_BEFORE.search(text, max(0, start - 14), start)):
            lower = word.lower()
            if lower in lx.SURNAME_STOPWORDS:
                after = start + len(word)
                if (run and run[-1][0][0].isupper() and run[-1][0].lower() not in lx.ORG_WORDS
                        and not (text[after:after + 1] == " " and text[after + 1:after + 2].isdigit())):
                    # "Rob Key", "Theresa May", "Sir John Major": a word that is also a surname ends the name it follows.
                    last_end = after
                    run.append((word, start, last_end))
                    flush(possessive)
                    run = []
                    continue
                if not run and lower in lx.SURNAME_STOPWORDS_ALONE:
                    out.append(_Candidate(words=(word,), paragraph=paragraph, start=start, end=after, lead=start,
                                          possessive=possessive, title="", stopword=True))
            if run:
                flush(False)
                run = []
            continue
        if capital or run:
            last_end = start + len(word)
            run.append((word, start, last_end))
            if possessive:  # "Trump's": nothing after it joins the run
                flush(True)
                run = []
    if run:
        flush(False)
    return out


# What stands before a party's member (lx.PARTY_MEMBERS): "a Minneapolis Democrat", "a Texas Republican".
_A_BEFORE = regexes.compile(r"\b(?:an?|one)\s+$", re.IGNORECASE)


_GROUND_AND_ROAD_ENDS = frozenset(("Stand", "Highway", "Motorway", "Freeway", "Expressway"))
# A body's noun in small letters right before a capitalized run, the phrase opening the sentence: "The human rights
# group Justice Forward Ireland said". (Not an object: "Addressing the group President Cyril Ramaphosa said".)
_BODY_NOUN_BEFORE = regexes.compile(r"(?:^|[.!?]\s+)(?:The|A|An)\s+(?:[a-z\-]+\s+){0,3}(?:group|charity|organi[sz]ation|"
                                    r"alliance|coalition|movement|network|think[- ]tank|foundation|non-profit|nonprofit|NGO)\s+$")
_THE_BEFORE_ROAD = regexes.compile(r"\b[Tt]he\s+(?:New\s+)?$")  # ("the New England Highway": "New" no part of the run)


# "Association of", "Institute of the": a body's name going on after "of".
_BODY_OF_BEFORE = regexes.compile(r"\b([A-Z][a-z]+)\s+of\s+(?:the\s+)?$")


def _part_of_body(text: str, lead: int, run: list) -> bool:
    """The run goes on the name of a body ("Association of Domestic Appliance Manufacturers", "Institute of Public
    Policy Research"): right after a body's word and "of", no first name opening it, no title in it ("Bank of England
    Governor Andrew Bailey" names the governor)."""
    before = _BODY_OF_BEFORE.search(text, max(0, lead - 40), lead)
    return before is not None and before.group(1).lower() in lx.ORG_WORDS \
        and run[0][0].lower() not in lx.FIRST_NAMES and not any(w.lower().strip(".") in lx.TITLE_WORDS for w, _, _ in run)


def _trade_before(text: str, lead: int) -> bool:
    """Whether a person's noun or a trade in lower case stands right before `lead` ("cap seller Irfan Sheikh")."""
    words = _words_before(text, lead, 1)
    return bool(words) and words[-1] not in _RANKS_IN_ER and (words[-1] in lx.PERSON_NOUNS or lx.doer_noun(words[-1]))


def _body_words(tokens: list) -> bool:
    """Whether the words say a body or a place ("Kilkenny Arts Festival" after "The Director of"): no name after a
    portfolio."""
    words = tuple(w for w, _, _ in tokens)
    return sn.place_or_body_words(words) or any(w.lower() in lx.ORG_WORDS or w.lower() in lx.ORG_HEADS for w in words)


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isupper()


def _split_run(run: _Run, gaz: Gazetteer) -> list[_Candidate]:
    tokens = run.tokens
    # Trailing particles ("von" at a run's end) are not part of a name. (The only lowercase tokens
    # of a run are particles, already in lowercase.)
    while tokens and not tokens[-1][0][0].isupper() and tokens[-1][0] in lx.NAME_PARTICLES:
        tokens = tokens[:-1]
    if len(tokens) == 1:
        # Most runs are one capitalized word; settle them without the title and name machinery.
        word, start, end = tokens[0]
        lower = word.lower()
        key = (lower,)
        if key in gaz.names:
            return [_Candidate(words=(word,), paragraph=run.paragraph, start=start, end=end, lead=start,
                               possessive=run.possessive, title="", gazetteer=gaz.names[key])]
        if "-" in word or lower in lx.ORG_WORDS or lower.strip(".") in lx.TITLE_WORDS or _is_acronym(word):
            return _name_candidates(tokens, run, gaz, end_of_run=True) if "-" in word else []
        return [_Candidate(words=(word,), paragraph=run.paragraph, start=start, end=end, lead=start,
                           possessive=run.possessive, title="")]
    out: list[_Candidate] = []
    i = 0
    pending: list = []  # tokens not in the gazetteer, waiting to be read as title + name
    last_title = ""
    lowered = [w.lower() for w, _, _ in tokens]
    while i < len(tokens):
        match = None
        for length in range(min(gaz.longest, len(tokens) - i), 0, -1):
            key = tuple(lowered[i:i + length])
            if key in gaz.names:
                match = (length, gaz.names[key])
                break
        if match is None:
            pending.append(tokens[i])
            i += 1
            continue
        length, slug = match
        title = _pending_title(pending)
        out.extend(_name_candidates(pending, run, gaz, end_of_run=False))
        pending = []
        part = tokens[i:i + length]
        possessive = run.possessive and i + length == len(tokens)
        out.append(_Candidate(words=tuple(w for w, _, _ in part), paragraph=run.paragraph, start=part[0][1],
                              end=part[-1][2], lead=(title[1] if title else part[0][1]), possessive=possessive,
                              title=title[0] if title else "", gazetteer=slug))
        last_title = title
        i += length
    out.extend(_name_candidates(pending, run, gaz, end_of_run=True))
    del last_title
    return out


_SHORT_TITLES_ALSO_NAMES = frozenset({"Sen"})


def _title_word(word: str) -> bool:
    """A title's word, or two joined by a hyphen: "Mayor-President Curtis Landry" (Baton Rouge's title)."""
    lower = word.lower().strip(".")
    return lower in lx.TITLE_WORDS or "-" in lower and all(part in lx.TITLE_WORDS for part in lower.split("-"))


def _pending_title(pending: list) -> Optional[tuple[str, int]]:
    """The title words at the end of `pending` ("Secretary General" before "Mark Rutte"), with their start."""
    j = len(pending)
    while j > 0 and _title_word(pending[j - 1][0]):
        j -= 1
    if j == len(pending):
        return None
    # Keep the words that say whose title it is ("Kremlin", "Defense") when they are capitalized too.
    return " ".join(w for w, _, _ in pending[j:]), pending[j][1]


def _name_candidates(tokens: list, run: _Run, gaz: Gazetteer, end_of_run: bool) -> list[_Candidate]:
    if not tokens:
        return []
    out = []
    # Hyphenated runs of names ("Trump-Putin summit", "Putin-Witkoff talks") name each part, as objects.
    words = []
    for w, s, e in tokens:
        parts = w.split("-")
        if len(parts) > 1 and all(p[:1].isupper() for p in parts) and tuple(_tokens(w)) not in gaz.names \
                and any(p.lower() in gaz.singles or (p.lower(),) in gaz.names for p in parts):
            offset = s
            for p in parts:
                key = (p.lower(),)
                out.append(_Candidate(words=(p,), paragraph=run.paragraph, start=offset, end=offset + len(p),
                                      lead=offset, possessive=False, title="", gazetteer=gaz.names.get(key),
                                      hyphen_part=True))
                offset += len(p) + 1
            words.append(None)  # a break
        else:
            words.append((w, s, e))
    segment: list = []
    for item in words + [None]:
        if item is not None:
            segment.append(item)
            continue
        if segment:
            out.extend(_segment_candidates(segment, run, end_of_run and item is None and words[-1] is not None))
        segment = []
    return out


_AN_INITIAL = regexes.compile(r"[A-Z]\.")


def _segment_candidates(segment: list, run: _Run, at_end: bool) -> list[_Candidate]:
    # "Judge Jason Taylor KC", "Tom Reed MP": the letters after a name are neither part of it nor a name of their own.
    while len(segment) > 1 and segment[-1][0] in lx.POST_NOMINALS:
        segment = segment[:-1]
    # The name is what follows the last title word: "Ukrainian Defense Minister | Rustem Umerov".
    titled = [k for k, (w, _, _) in enumerate(segment) if _title_word(w) and not (
        "-" in w and k == len(segment) - 1 and w.lower().strip(".") not in lx.TITLE_WORDS)  # ("Mark Prince-Bishop": a surname)
        # ("Prabir Sen Sharma", "Rahul Sen Gupta": a senator's short title, no period, right after a given name is a
        # part of a Bengali name — not "Sen. Ted Cruz".)
        and not (k > 0 and w in _SHORT_TITLES_ALSO_NAMES and lx.given_name(segment[k - 1][0]))]
    # (A person's noun the lexicon holds, or a doer's ending "-or" or "-ist": not "-ian" or "-er", which end given names
    # too, "Lillian Ann Brooks", "Samer Ahmed Hassan".)
    if not titled and len(segment) >= 3 and segment[1][0].lower() in lx.FIRST_NAMES \
            and segment[0][0].lower() not in lx.FIRST_NAMES and (segment[0][0].lower() in lx.PERSON_NOUNS
                                                                 or segment[0][0].lower() in lx.PERSON_PLURALS or (
                segment[0][0].lower().endswith(("or", "ist")) and lx.doer_noun(segment[0][0].lower()))):
        # ("Sculptor Áine Ní Bhriain, who …, said": what she does, capitalized to open the sentence; "Students Aisling
        # Moran and Cian Ó Sé": what they are, the plural before two names)
        titled = [0]
    last_title = titled[-1] if titled else -1
    if 0 <= last_title < len(segment) - 2:
        # ("Special Public Prosecutor Anjali Deshmukh": after a title, a role's noun right before a given name ends the
        # title, past the capitalized words between that no given name opens.)
        # (Or before an initial: "Special Public Prosecutor P. Srinivas Murthy".)
        # (Or before the two last words, a given name the lexicon lacks and a surname: "Additional Public Prosecutor
        # Shalini Gaikwad".)
        role = next((k for k in range(len(segment) - 2, last_title, -1) if segment[k][0].lower() in lx.ROLE_NOUNS
                     and (segment[k + 1][0].lower() in lx.FIRST_NAMES or _AN_INITIAL.fullmatch(segment[k + 1][0])
                          or k == len(segment) - 3)),
                    None)
        if role is not None and not any(segment[j][0].lower() in lx.FIRST_NAMES for j in range(last_title + 1, role)):
            last_title = role
    if titled == [0] and len(segment) == 2 and segment[0][0] in _TITLES_ALSO_NAMES:
        last_title = -1  # "Dean Kowalski, secretary of the union, said": a first name as often as an office
    if last_title >= 1 and last_title == len(segment) - 2 and last_title - 1 in titled \
            and segment[last_title][0] in _TITLES_ALSO_NAMES \
            and segment[last_title - 1][0].lower().strip(".") not in _QUALIFIES_A_TITLE:
        # "Senior Sergeant Dean Kowalczyk": after a rank of its own, the given name (not "Deputy Dean Okafor", "Acting
        # Dean Reed": the office qualified)
        last_title -= 1
    if run.surname_title and titled == [1] and len(segment) == 2:
        last_title = -1  # "captain Ritika Sen", "Ann Dean": the title's word closing the name is its surname
    if last_title == len(segment) - 1 and (len(titled) >= 2 and titled[-2] < last_title - 1 or len(titled) == 1 and (
            last_title >= 1 and run.set_off and segment[last_title - 1][0][0].isupper())):
        # "Chief Roberta Cardinal", "Mayor John Bishop": a title word closing the run after a title and a name is the
        # name's surname; so is one closing a name set off with what the person is ("said Irfan Sheikh, a crane
        # operator", "John Bishop, 54,").
        last_title = titled[-2] if len(titled) >= 2 else -1
    # A trade guessed from its ending only opens a sentence: "was Wilmer Castaño Rojas" is a name whole (a reader
    # meets "skipper" in lower case inside a sentence).
    if last_title < 0 and len(segment) >= 3 and (segment[0][0].lower() in _ROLE_OPENERS or _ROLE_COMPOUND.fullmatch(segment[0][0]) or (
            not (run.after_word and segment[0][1] == run.lead)
            and (_ROLE_SUFFIX.search(segment[0][0]) or _AGENT_SUFFIX.search(segment[0][0])
                 or segment[0][0].lower() in _POSITION_OPENERS
                 # ("Wing Kei Wong said": a given name too, a position only before a given name, "Wing Ruan Pretorius")
                 and (segment[0][0] not in _POSITIONS_ALSO_NAMES or lx.given_name(segment[1][0])))
            and segment[0][0].lower() not in _GIVEN_NAMES_IN_ER) and segment[0][0].lower() not in lx.FIRST_NAMES):
        last_title = 0  # "Mechanic Lisa Gomez", "Reservist Margus Tamm", "Skipper Jimmy Buchan": a role noun, capitalized at a sentence's start
    if run.role_before and last_title == 0 and len(segment) == 2:
        last_title = -1  # "sacked manager Dean Pryce", "chief executive Earl Barrett": a first name, as the role is before
    if 0 <= last_title < len(segment) - 2 and segment[last_title + 1][0] == "Garda":
        last_title += 1  # "Det Garda Siobhán Kearney", "Det Garda Kearney": an Irish police rank, the title's last word
    title = " ".join(w for w, _, _ in segment[:last_title + 1]) if last_title >= 0 else ""
    name = segment[last_title + 1:]
    # ("Director of Agriculture Harjit Kaur Dhillon": Sikh names' middle "Kaur" and "Singh" follow a given name.)
    keep = 3 if len(name) >= 3 and (name[-3][0].lower() in lx.FIRST_NAMES or name[-2][0] in ("Kaur", "Singh")) else 2
    while keep < len(name) and re.fullmatch(r"[A-Z]\.", name[-keep - 1][0]) and re.fullmatch(r"[A-Z]\.", name[-keep][0]):
        keep += 1  # ("Minister for Culture K. P. Raveendran": the initials before the one kept are the name's too)
    if run.portfolio and segment[0][1] == run.lead and len(name) >= 3 and not _body_words(name[-keep:]):
        # "Minister for Housing Ann Lee", "… for Trade Policy Douglas Alexander": the words of the portfolio
        # come first, the name (two words, or three opening on a first name) last — no body's ("The Director of
        # Kilkenny Arts Festival").
        title, name = " ".join([title] * bool(title) + [w for w, _, _ in name[:-keep]]), name[-keep:]
    # (Not an initial: "Health Minister P. Lakshmi Narasimha" is named so whole.)
    if title and len(name) == 3 and name[1][0].lower() in lx.FIRST_NAMES and name[0][0].lower() not in lx.FIRST_NAMES \
            and not re.fullmatch(r"(?:[A-Z]\.)+", name[0][0]):
        # "The Rev Canon Mark Oakley": a word between the title and a first name is more of the title.
        title, name = title + " " + name[0][0], name[1:]
    # Acronyms ("U.S.", "NATO") are never part of a person's name; the name is the last run without one.
    runs: list[list] = [[]]
    for k, tok in enumerate(name):
        initials = re.fullmatch(r"(?:[A-Z]\.)+", tok[0]) and k + 1 < len(name)
        if _is_acronym(tok[0]) and not initials:
            runs.append([])
        else:
            runs[-1].append(tok)
    name = runs[-1] if runs[-1] else []
    if len(runs) > 1:
        title = ""
    # "Democrat Susan Harlow": a party or nationality before a name is not part of it; nor a family
    # descriptor ("Mum-of-two Kelly Ashworth", "Father-in-law Tom Reed").
    # (Not before a body's word: "Western Isles Ferries", "Northern Rail Trust" are the bodies' whole names.)
    while len(name) > 2 and _from_before_name(name) \
            and not sn.place_or_body_words((name[-1][0],)):
        name = name[1:]
    # "Queenslander Mia Calloway", "Aucklander Tom Hill": where one is from, before a first name (read as a title: "said
    # Aucklander Brenda Liu" names her right after the verb).
    if len(name) > 2 and not title and _DEMONYM.search(name[0][0]) \
            and (name[1][0].lower() in lx.FIRST_NAMES or _CITY_DEMONYM.search(name[0][0])) \
            and name[0][0].lower() not in lx.FIRST_NAMES and name[0][0].lower() not in _GIVEN_NAMES_IN_ER:
        title, name = name[0][0], name[1:]
    # ("Det Sgt Emma Hall", "Tom Hill": a surname that is also a place's word, after a title or a first name.)
    # ("Mr Hill" alone: an honorific is only ever a person's.)
    # (Not after a word of a body's name that is a title's too: "The National Concert Hall", "the High Court".)
    surname_ok = name and name[-1][0].lower() in lx.SURNAME_ORG_WORDS and (
        len(name) >= 2 and (title and title.split()[-1].lower() not in _BODY_OPENING_TITLES or name[0][0].lower() in lx.FIRST_NAMES)
        or len(name) == 1 and title.split()[-1:] and title.split()[-1].lower().strip(".") in _PERSONAL_HONORIFICS)
    # ("Bill Hargreaves": a given name before a surname, not a bill — those are named "the Housing Bill", "Bill C-18".)
    given_bill = len(name) in (2, 3) and name[0][0] == "Bill" and all(re.fullmatch(r"[A-Z][a-z'’\-]+", w) for w, _, _ in name[1:])
    if not name or any(w.lower() in lx.ORG_WORDS and not (k == 0 and given_bill)
                       for k, (w, _, _) in enumerate(name[:-1] if surname_ok else name)) or len(name) > 5:
        return []
    if len(name) == 1 and title and name[0][0].lower() in lx.ORG_HEADS:
        return []  # "the General Staff", "the Cabinet Office": a title word then a body's head noun, no one's name
    if title and all(w.lower() in _PORTFOLIO_WORDS for w in title.split()) and not any(
            w.lower() in lx.FIRST_NAMES for w, _, _ in name) and not (run.portfolio and len(name) >= 2):
        # "Energy Transit Monitor": a portfolio's word with no title after it opens a body's name, no one's (after
        # "Minister for", the name a given name the lexicon does not hold: "Minister for Health Harish Venkatraman").
        return []
    if not name[0][0][0].isupper() and not (title and len(name) > 1 and name[0][0] in lx.NAME_PARTICLES
                                            and title.split()[-1].lower().strip(".") in lx.TITLE_WORDS):
        return []  # (but "Mr de Vries", "Dr van der Berg": a title, then a surname opening on its particle)
    title_start = segment[0][1] if title else name[0][1]
    return [_Candidate(words=tuple(w for w, _, _ in name), paragraph=run.paragraph, start=name[0][1], end=name[-1][2],
                       lead=title_start, possessive=run.possessive and at_end, title=title, portfolio=run.portfolio)]


# A region's people, before a name: "Tasmanian Ella Reid", "Texan Cody Marsh" (no given name ends so); a compass word before a people's
# word: "West Australian Kai Mercer" (each stripped as a nationality is). (Only these: "Southern Cross Tramways",
# "East Coast Railway", "Victorian Opera" are bodies' names.)
_REGION_PEOPLES = frozenset("""tasmanian victorian texan californian floridian bavarian catalan sicilian ontarian albertan
manitoban""".split())
_COMPASS_BEFORE_PEOPLE = frozenset("west east northern southern".split())


def _from_before_name(name: list) -> bool:
    """Whether the first word of a name's words (three or more) tells where one is from."""
    first, second = name[0][0].lower(), name[1][0].lower()
    return (first in lx.AFFILIATIONS or _DESCRIPTOR.search(name[0][0]) is not None
            or first in _COMPASS_BEFORE_PEOPLE and (second in lx.AFFILIATIONS or second in _REGION_PEOPLES)
            or first in _REGION_PEOPLES)


# (Only these endings: "-ian", "-er", "-ish" end given names too, "Lillian Ann Brooks", "Samer Ahmed Hassan".)
_DEMONYM = regexes.compile(r"^[A-Z][a-z]+(?:lander|oner|ite|onian|urnian|egian|udlian|unian|sider)$")
# (A city's, which no given name ends like, before any given name: "Capetonian Jess Marais", "Glaswegian Ally Dunn".)
_CITY_DEMONYM = regexes.compile(r"^[A-Z][a-z]+(?:tonian|urnian|wegian|udlian|cunian|neysider)$")
_BODY_OPENING_TITLES = frozenset("national high state former acting senior press".split())
_PERSONAL_HONORIFICS = frozenset("mr mrs ms miss mx dr sir dame lord lady prof professor".split())
# Title words that say only a field ("Energy", "Foreign", "Trade"): a title with the word of an office after them.
# ("Justice Annie Bergeron", "State Senator …": some such words are titles too, and are not listed.)
_PORTFOLIO_WORDS = frozenset("""foreign defense defence finance interior security economy trade energy health economic
affairs homeland intelligence treasury commerce agriculture education labor labour transport infrastructure culture
immigration veterans environment development digital""".split())
# A title then what it is for: "Minister for Housing", "Secretary of State for Work and Pensions".
_TITLES_ALSO_NAMES = frozenset({"Dean", "Earl"})
_QUALIFIES_A_TITLE = frozenset("deputy vice assistant associate acting interim executive former senior".split())
# "former ambassador to Russia Sudhir Rao", "Britain's envoy to Ukraine Martin Harris": where the envoy is sent, then
# the name (as a portfolio's words come before a minister's name).
# (Only a country, a capital or a body set there: "an envoy to Kim Jong Un" is sent to the person named.)
_PLACES_SENT_TO = lx.COUNTRIES | lx.GOVERNMENT_PLACES | frozenset("united nato un eu european african the".split())
_ENVOY_TO = regexes.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul|[Rr]epresentative|[Ee]missary|[Dd]elegate)\s+to\s+(?:the\s+)?$")
# ("Superintendent of Police Shalini Verma", "Director of Public Prosecutions Anil Rana": offices named for what they
# oversee.)
# ("Leader of the Opposition Kavita Malhotra", "Speaker of the House Mike Johnson", "President of Ukraine Volodymyr
# Zelensky": an office named for what it leads.)
_PORTFOLIO_BEFORE = regexes.compile(r"\b(Minister|Secretary|Commissioner|Spokes(?:person|man|woman)|Czar|Tsar|Judge|"
                                    r"Leader|Speaker|President|"
                                    r"Superintendent|Inspector(?:\s+General)?|Director(?:\s+General)?|Comptroller|Registrar|"
                                    # (A member for a seat: "TD for Clare Máire Ní Fhloinn", "MP for Hull East Karl Turner".)
                                    r"MP|TD|MLA|MSP|MEP|MPP|MHA|MHK|Senator)"  # (a title: capitalized)
                                    r"(?:\s+of\s+State)?(?:\s+with\s+(?:special\s+)?responsibility)?\s+(?:of|for)\s+(?:the\s+)?"
                                    # ("Commissioner for Persons with Disabilities Sunil Waghmare": a remit's words joined by
                                    # "with" too.)
                                    r"(?:[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*,?\s+(?:and|&|of|with)\s+)?$")
# "Mechanic Lisa Gomez", "Voter Marcus Key": a role or a kind of person, capitalized at a sentence's start.
_ROLE_OPENERS = (lx.PERSON_NOUNS - {"man", "woman", "person", "people"}) | frozenset("""teenager teen schoolboy schoolgirl
youngster grandmother grandfather grandad gran mum dad widow widower carer volunteer campaigner graduate
adjudicator facilitator investigator administrator coordinator educator legislator narrator translator illustrator
lead skip garda runner-up winner pandit licensee frontman frontwoman
shortstop goalie goalkeeper halfback fullback flanker hooker quarterback linebacker wicketkeeper centre-back
restaurateur librarian musician hotelier fishmonger vintner winemaker beekeeper""".split())
# (The positions added at stop 68, only before a given name: "Wing Kei Wong", "Lock Stock Brewing" are names.)
_POSITIONS_ALSO_NAMES = frozenset({"Wing", "Guard", "Forward", "Lock", "Centre", "Center", "Tighthead", "Loosehead",
                                   "Wing-back", "Wingback"})
# Players' positions, as roles only opening a sentence ("Prop Sione Vaka crashed over"; not "said Bowler Hat Brewing").
_POSITION_OPENERS = frozenset("prop winger striker midfielder defender five-eighth playmaker seamer spinner bowler batter "
                              "pitcher catcher fly-half scrum-half flyhalf scrumhalf defenceman defenseman "
                              # ("Wing Ruan "The Train" Pretorius barged over", "Lock Tom Reed", "Centre Sam Lee")
                              "wing lock centre center forward guard tighthead loosehead wing-back wingback "
                              # (A student's year, as an American paper sets it before a name: "Sophomore Ana Ferreira".)
                              "sophomore freshman "
                              # (A rowing crew's seats: "Stroke Marcus Oyelaran", "Coxswain Lily Tran".)
                              "stroke coxswain cox".split())
# (Those in -ator named one by one: "Adjudicator Karen Li", not "Incubator Dogpatch Labs".)
_DESCRIPTOR = regexes.compile(r"\w-(?:of|in|to)-\w", re.IGNORECASE)
# "Co-author Chen Xiaoling", "Ex-soldier Mark Reed", "Co-founder Ana Ruiz": a role noun after a hyphen in lower case
# (each part of a hyphenated name is capitalized: "Smith-Baker", "Jean-Pierre").
_ROLE_COMPOUND = regexes.compile(r"[A-Z][a-z]*(?:-[a-z]+)*-(?:%s)" % "|".join(sorted(_ROLE_OPENERS)))
# Endings of nouns for what someone does ("Reservist", "Cyclist", "Musician", "Auctioneer"), which the lexicon's
# list of roles cannot all hold; a name's first word rarely ends so (and known first names are kept).
_ROLE_SUFFIX = regexes.compile(r"[a-z](?:ist|ician|eer|elier)$")  # (-elier: "Hotelier Catriona MacNeil")
# Nouns of one's trade in -er ("Skipper Jimmy Buchan", "Crofter Ann Gunn", "Trawler-owner …"): given names end so
# too, and a three-word name may open on one ("Christopher Robin Milne"), so those are kept.
_AGENT_SUFFIX = regexes.compile(r"[a-z]{2}[^aeiouy\W]er$")
_GIVEN_NAMES_IN_ER = frozenset("""alexander alister amber archer asher baxter carter chester christopher dexter dieter ember
esther fletcher foster gunther günther günter harper pieter heather homer hunter jasper jennifer jupiter lester oliver parker
peter piper porter rainer river roger sawyer skyler spencer summer tyler walter webster werner xander""".split())


def _titled_one_of(slugs: set[str], title: str, full_names: list, texts: dict, found: ArticlePeople, gaz: Gazetteer,
                   title_genders: dict, leads: Mapping[int, list]) -> Optional[str]:
    """Of people sharing a name of several words ("de Vries"), the one "Mr", "Ms" or another title picks."""
    gender = _TITLE_GENDER.get(title.lower().rstrip("."))
    if gender is None:
        return _one_titled(slugs, title, found)
    named = sorted((p, o, slug) for p, o, _, slug in full_names if slug in slugs)
    told = _pronoun_genders(([(p, o) for p, o, _ in named], [slug for _, _, slug in named]), texts, leads)
    slug = _one_of_gender(slugs, gender, found, gaz, {**title_genders, **told})
    if slug:
        title_genders.setdefault(slug, gender)
    return slug


def _one_titled(slugs: set[str], title: str, found: ArticlePeople) -> Optional[str]:
    """Of people sharing a name, the only one the article gave this title ("Professor", "Dr", "Judge")."""
    core = title.split()[-1].lower().rstrip(".")
    fits = {slug for slug in slugs if slug in found.people and found.people[slug].role
            and found.people[slug].role.split()[-1].lower().rstrip(".") == core}
    return fits.pop() if len(fits) == 1 else None


def _gazetteer_variant(words: tuple[str, ...], gaz: Gazetteer) -> Optional[str]:
    """'Donald J. Trump' or 'Volodymyr Zelenskyy' → the gazetteer person with that first and last name."""
    slug = gaz.singles.get(words[-1].lower())
    if slug is None:
        return None
    first = _tokens(gaz.people[slug].name)[0]
    return slug if words[0].lower() == first else None


def _one_of_gender(slugs: set[str], gender: str, found: ArticlePeople, gaz: Gazetteer,
                   told: Optional[dict] = None) -> Optional[str]:
    """Of people sharing a surname, the one a title's gender picks: the only one known to have it, else the only one
    not known to have the other (a common first name tells: "Tom", "Alison"; so does the article's own he or she
    right after the full name: `told`)."""
    def gender_of(slug: str) -> Optional[str]:
        person = found.people.get(slug) or gaz.people.get(slug)
        first = person.name.split()[0].lower()
        return person.gender or lx.first_name_gender(first) \
            or (told or {}).get(slug)
    genders = {slug: gender_of(slug) for slug in slugs}
    sure = [slug for slug, g in genders.items() if g == gender]
    if len(sure) == 1:
        return sure[0]
    open_ = [slug for slug, g in genders.items() if g in (None, gender)]
    return open_[0] if len(open_) == 1 else None


# "June Harrower, his wife of 44 years,": who the name is to someone else, set off after it.
_KIN_APPOSED = regexes.compile(r"[^,.;]{1,40},\s+(?:his|her|their)\s+(?:late\s+|former\s+|elder\s+|younger\s+)?(%s)\b"
                               % "|".join(sorted(KIN_GENDER)))
_GENDERED = regexes.compile(r"\b(?:(he|him|his|himself)|(she|her|hers|herself))\b", re.IGNORECASE)


_SENTENCE_ENDS_BEFORE = regexes.compile(r"[.!?][\"”’']?\s+$")


def _pronoun_genders(named: tuple[list, list], texts: dict, leads: Mapping[int, list]) -> dict[str, str]:
    """Slug → "m"/"f" for people of one surname whose full name the article follows, in the same paragraph and before
    the next of them or a sentence opening on anyone else's name (`leads`: paragraph → where each such name opens),
    with he/his or she/her: "Cllr Tamsin Pascoe, who proposed the motion, said …, she said" (not "Anneke de Vries was
    hit …. Coombes drove on and was arrested at his home"; but "Alex Pascoe, a Kinsale fisherman, said he …")."""
    places, slugs = named
    out: dict[str, str] = {}
    for k, ((paragraph, offset), slug) in enumerate(zip(places, slugs)):
        if slug in out:
            continue
        end = min((o for o in leads.get(paragraph, ()) if o > offset + 1), default=None)
        kin = _KIN_APPOSED.match(texts.get(paragraph, ""), offset)
        if kin:
            out[slug] = KIN_GENDER[kin.group(1)]  # (the his of "June Harrower, his wife" is not hers)
            continue
        m = _GENDERED.search(texts.get(paragraph, ""), offset, end if end is not None else len(texts.get(paragraph, "")))
        if m:
            out[slug] = "m" if m.group(1) else "f"
    return out


def _own_sentence_gender(named: tuple[list, list], slug: str, texts: dict, quotes: dict) -> Optional[str]:
    """"f"/"m" by the first her/his before a relative's noun after the person's first full name in its own sentence,
    outside its quotations ("Bernadette Folan, 71, has cared for her husband"); None when there is none. (Not any he:
    "Rosa Whitfield told the hearing he had been a careful cyclist" is of the one she speaks of.)"""
    (paragraph, offset) = next(at for at, other in zip(*named) if other == slug)
    text = texts.get(paragraph, "")
    stop = next((m.start() for m in _SENTENCE_END.finditer(text, offset)), len(text))
    for m in _OWN_PRONOUN.finditer(text, offset, stop):
        if not any(q.start <= m.start() < q.end for q in quotes.get(paragraph, ())):
            return "f" if m.group(0).lower() == "her" else "m"
    return None


_SENTENCE_END = regexes.compile(r"[.!?](?=\s+[A-Z\"“]|\s*$)")
_OWN_PRONOUN = regexes.compile(r"\b(?:[Hh]er|[Hh]is)(?=\s+(?:late\s+|former\s+|elderly\s+|young\s+)?(?:%s)\b)"
                               % "|".join(KIN_NOUNS))


def _named_before(named: Optional[tuple[list, list]], paragraph: int, offset: int) -> bool:
    return bool(named) and named[0][0] <= (paragraph, offset)


def _kind_of_body_before(text: str, lead: int) -> bool:
    """"Relief organisation Ubuntu Aid", "the consultancy Brennan Heritage": the word right before the name, in lower
    case, says it is a body (not a noun a person may be called by too: "developer", "operator")."""
    # (The noun opens its phrase, after "the", "a" or a word in capitals: not "told police Tom Reed"; and it is no noun
    # of a trade, "developer", "publisher", which a person is as often.)
    before = re.search(r"(?:^|[.!?]\s+|\b(?:[Tt]he|[Aa]n?|[A-Z][\w\-]+)\s+)([a-z]+)\s+$", text[max(0, lead - 40):lead])
    return before is not None and before.group(1) not in lx.PERSON_NOUNS and not lx.doer_noun(before.group(1)) \
        and before.group(1) not in _TRADES_OF_PEOPLE_TOO and describes_org(before.group(1))


# Kinds of business a person is called by as often: "Property developer Tom Reed", "Independent publisher Margaret Lowe".
_TRADES_OF_PEOPLE_TOO = frozenset("developer publisher producer builder contractor promoter designer dealer broker "
                                  "trader".split())


_PEOPLES_TRADES_TOO = _TRADES_OF_PEOPLE_TOO | _BODY_OR_PERSON  # (nouns a person is set off by as often as a body)


def _kin_came_in_after(word: str, first: str, spoke_at: tuple[int, int], by_surname: dict, found, texts: dict) -> bool:
    """Whether every other bearer of the surname came in as someone's kin ("Her father, Glenn Tamsett,"), after the
    surname alone had spoken for the first one."""
    places, slugs = by_surname.get(word, ((), ()))
    others = set(slugs) - {first}
    return bool(others) and all(_came_in_as_kin(other, found, texts)
                                and spoke_at < min(at for at, o in zip(places, slugs) if o == other) for other in others)


def _fits_the_first(text: str, end: int, person) -> bool:
    """Whether what the sentence says right after a surname alone may be of the person it first meant: no role set off
    after it ("Tremain, the chairman,"), no he or she of the other gender in the rest of the sentence."""
    if person is None or _ROLE_SET_OFF_AFTER.match(text, end):
        return False
    gender = person.gender or lx.first_name_gender(person.name.split()[0])
    rest = text[end:end + 200].split(". ")[0]
    pronouns = {"m" if m.group(1) else "f" for m in _GENDERED.finditer(rest)}
    return not pronouns or gender is not None and pronouns <= {gender}


# ("the elder Mokoena said": of two of a family, the one the words say, as the writer tells them apart.)
_ELDER_BEFORE = regexes.compile(r"\b(?:elder|older|younger|senior|junior)\s+$", re.IGNORECASE)


def _came_in_as_kin(slug: Optional[str], found, texts: dict, set_off: bool = False) -> bool:
    """Whether this person's full name first comes right after a noun of kin: "Mr Gilroy's son Darragh Gilroy" (with
    `set_off`, only set off by commas after it: "Her father, Bill Whitcombe," — not "Her sister Venus Williams was less
    fortunate", who is what the sentence is about)."""
    person = found.people.get(slug) if slug else None
    if person is None:
        return False
    for text in texts.values():
        at = text.find(person.name)
        if at >= 0:
            after = text[at + len(person.name):at + len(person.name) + 1]
            if _KIN_BEFORE.search(text, max(0, at - 30), at) is not None:
                return not set_off or text[max(0, at - 2):at] == ", " and after == ","
            # (Or set off with their own role after the kin noun, closing the sentence as its object: "including his
            # granddaughter, the bassist Lerato Mokoena." — not "Her daughter, the retired nurse Janet Hill, said",
            # the sentence's subject.)
            role = _KIN_ROLE_SET_OFF.search(text, max(0, at - 40), at)
            return role is not None and after in (".", ";") \
                and _KIN_BEFORE.search(text, max(0, role.start() - 30), role.start() + 2) is not None
    return False


# A kin noun's apposition with the person's role before their name: "his granddaughter, the bassist ".
_KIN_ROLE_SET_OFF = regexes.compile(r",\s+(?:the|a|an)\s+[a-z\-]+(?:\s+[a-z\-]+)?\s+$")


def _go_by_first_name(slugs: set[str], found, gaz, texts: tuple[str, ...]) -> bool:
    """Whether each of these people sharing a surname is called by their first name alone somewhere ("Ollie said")."""
    for slug in slugs:
        person = found.people.get(slug) or gaz.people.get(slug)
        words = person.name.split() if person is not None else []
        if len(words) < 2:
            return False
        alone = re.compile(r"(?<![\w\-])%s(?![\w\-])(?!\s+%s)" % (re.escape(words[0]), re.escape(words[-1])))
        # (Outside quotations: the narrator's way of calling them, not a speaker's "Jack played the shot of his life".)
        if not any(alone.search(mask(text, quoted_spans(text))) for text in texts):
            return False
    return bool(slugs)


def _nearest_full_name(named: Optional[tuple[list, list]], paragraph: int, offset: int) -> Optional[str]:
    """The person whose full name with this surname comes last at or before (paragraph, offset), else first after."""
    if not named:
        return None
    places, slugs = named
    k = bisect_right(places, (paragraph, offset))
    if len(set(slugs)) > 1:
        # Two people of the article share it ("Marcus and Elena de la Cruz"): only one named in full just
        # before (this paragraph or the one before) is meant; further on, which one cannot be told — unless only one
        # of them has been named yet ("Ines Carvalho's novel …" / "Carvalho says …", her father named later).
        if k and len(set(slugs[:k])) == 1:
            return slugs[k - 1]
        if not k or places[k - 1][0] < paragraph - 1:
            return None
        # (Both named in full in this very paragraph, "Dennis Kiprotich, … no relation of Faith Kiprotich": the nearer
        # name need not be the one meant; neither, rather than the wrong one.)
        here = {slug for place, slug in zip(places[:k], slugs[:k]) if place[0] == paragraph}
        return slugs[k - 1] if len(here) < 2 else None
    return slugs[k - 1] if k else slugs[0]


# (", for the Foreign Secretary,", ", on behalf of the families,": whom a lawyer or a spokesperson speaks for.)
# (What the speaker was doing, set off: ", defending,", ", smiling,", ", speaking on Tuesday,".)
_APPOSITIVE = r"(?:\s*,\s*(?:a|an|the|who|whose|\d{1,3}|(?-i:[a-z]{3,}ing)|for|on behalf of)\b[^,.;“”\"]{0,80},)?"
_AUX = r"(?:\s+(?:" + "|".join(sorted(lx.AUXILIARIES)) + r")){0,2}"
# A sentence adverb set off after the name: "Nigel Ashworth, meanwhile, said", "Tom Reed, for his part, told".
_ASIDE = (r"(?:\s*,\s*(?:meanwhile|however|though|too|in turn|by contrast|for (?:his|her|their|its) part|in response|"
          r"in reply|in a statement|in an interview|(?-i:" + lx.WHEN_BEFORE_VERB + r"))\s*,)?")
# (Past where they are from: "Ritu Sharma from Jaipur, who was travelling with her parents, said".)
_SPEAKS_AFTER = regexes.compile(r"(?:\s+(?:%s)\b)*" % "|".join(sorted(lx.POST_NOMINALS))
                                + r"(?:\s+from\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)?" + _APPOSITIVE + _ASIDE
                                + r"(?:\s+(?-i:" + lx.WHEN_BEFORE_VERB + r"))?"  # ("Pavel Sorokin last week called")
                                + r",?" + _AUX + r"\s+" + lx.alternation(lx.SPEECH_VERBS) + r"\b", re.IGNORECASE)


# "Fundy Bay Seafoods, the largest grower in the bay, said it had cut 40 jobs. "…," the company said": a name that no
# given name opens, which the paragraph goes on to call the company (or the charity, the firm) speaking, with no other
# capitalized name between — a body's, whatever its words.
_THEN_THE_BODY = regexes.compile(r"[^\u2588]{0,400}?(?<![\w'’])(?:[Tt]he|(?:[Aa]n?|[Tt]he)\s+(?:spokesperson|spokesman|spokeswoman)"
                                 r"\s+for\s+the)\s+(?:%s|charity|organisation|organization)\s+(?:said|says|added|told|"
                                 r"stated|described)\b" % "|".join(sorted(lx.BUSINESS_KINDS)))


# ... and which spoke as a body does, just before: "In a statement, Arogya Rapid Response said", "Fundy Bay Seafoods,
# the largest grower in the bay, said it had cut 40 jobs at its plant" (not "Bogdan Nowak said he was fired", "Siddharth
# Rao, an analyst at Jefferies, said").
_SAID_AS_A_BODY = regexes.compile(r"(?:,\s+(?:the|a|an)\s+(?P<set_off>[^,.;\u2588]{1,80}),)?\s+(?:said|says|announced|confirmed)"
                                  r"\s+(?:in\s+a\s+statement\b|(?:that\s+)?it\s+[^.;\u2588]{0,100}\bits\b|"
                                  # ("Southern Reach Seafoods said it would comply with the order": what it will do, as a
                                  # body says — the caller asks for "the company said" after it too.)
                                  r"(?:that\s+)?it\s+(?:would|will|had|has|planned|plans|expected|expects|intended|intends)\s+"
                                  r"(?:to\s+)?(?:comply|appeal|review|cut|close|cooperate|co-operate|reopen|resume|restore|"
                                  r"continue|work|pay|refund|investigate|consider|respond|contact|reduce|suspend)\b)")


def _speaks_as_a_body(text: str, lead: int, end: int) -> bool:
    # (A name of three words or more that no given name opens: the caller asks. Not one that a he or she follows, "In a
    # statement, Farai Moyo Chikowore said she would appeal", nor one set off as someone's post or trade, "the plant
    # manager", "a former employee", "the firm's founder".)
    if _HE_OR_SHE_AFTER.match(text, end):
        return False
    if ORG_CUE_BEFORE.search(text, max(0, lead - 100), lead):
        return True
    said = _SAID_AS_A_BODY.match(text, end)
    set_off = said.group("set_off") if said else None
    # (A business ranked among its trade is one all the same: "the largest grower in the Bay of Fundy".)
    return said is not None and not (set_off and not _RANKED.match(set_off) and any(
        w in lx.PERSON_NOUNS or w in lx.ROLE_NOUNS for w in re.findall(r"[a-z\-]+", set_off)))


_RANKED = regexes.compile(r"(?:largest|biggest|leading|main|oldest|second-largest|third-largest|second-biggest)\b")


_HE_OR_SHE_AFTER = regexes.compile(r"(?:,[^,.;\u2588]{1,80},)?\s+(?:said|says|told|announced|confirmed)\s+(?:that\s+)?(?:he|she)\b")


def _then_the_body(text: str, end: int) -> bool:
    found = _THEN_THE_BODY.match(text, end)
    # (A place after its preposition is no other speaker: "at its plant in Blacks Harbour".)
    return found is not None and _ANOTHER_NAME.search(found.group(0)) is None


_ANOTHER_NAME = regexes.compile(r"(?<![.!?\u2588\"“]\s)(?<!^)" + "".join(r"(?<!\b%s\s)" % p for p in ("in", "at", "of", "on", "to", "near", "from", "for", "the"))
                                + r"\b[A-Z][a-z]+\s+[A-Z][a-z]+")


_ORG_SPEAKS_AFTER = regexes.compile(r"\s+(?:said|says)\s+in\s+a\s+statement\s+(?:that\s+)?(?:it|its)\b")


_CLAUSE_GOES_ON = regexes.compile(r"\s+(?:was|is|were|had|has|stood|sat|kept)\s")
_FROM_TOWN = regexes.compile(r"\s+(?:from|in)\s+[A-Z][a-z]+\b")
# (Or what they do, in a who-clause: "Linda, who farms near Brandon, Man., said" — past a province's abbreviation.)
_SET_OFF_THEN_SAID = regexes.compile(r",\s+(?:from\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?|(?:a|an)\s+[a-z][^,;.\"“”]{2,80}|"
                                     r"who\s+[a-z][^;\"“”]{2,80}?(?:,\s+[A-Z][a-z]{1,4}\.)?),\s+"
                                     # (Or answered someone: "Mairéad, a teacher from Ennis, disagreed.")
                                     r"(?:said|says|told|asked|added|argued|warned|insisted|replied|disagreed|agreed|"
                                     r"countered|objected)\b")
def _written_in_full(given: str, texts: tuple[str, ...]) -> Optional[str]:
    """The surname two people of the article share, written once after both given names, this one second ("Aoife and
    Clodagh Nyhan" for "Clodagh") — not any full name opening on the given name ("Maria Zakharova" is no "Maria, 40,
    who fled Mariupol")."""
    found = {m.group(2) for text in texts if given in text
             for m in re.finditer(r"(?<![\w'’])([A-Z][a-z]+) and %s ([A-Z][\w\-]+)(?![\w'’])" % re.escape(given), text)
             if m.group(1).lower() in lx.FIRST_NAMES and m.group(2).lower() not in lx.CAPITALIZED_STOPWORDS
             and m.group(2).lower() not in lx.ORG_WORDS and m.group(2).lower() not in lx.TITLE_WORDS}
    return f"{given} {found.pop()}" if len(found) == 1 else None


def _opens_a_full_name(given: str, texts: tuple[str, ...]) -> bool:
    """Whether the article writes a full name opening on this given name ("Sarah Jones founded …")."""
    return given in _words_before_a_capital(texts)


@lru_cache(maxsize=64)
def _words_before_a_capital(texts: tuple[str, ...]) -> frozenset:
    """Each capitalized word the article writes right before another ("Sarah" of "Sarah Jones"): read once an article,
    not once a name asked about."""
    return frozenset(m.group(1) for text in texts for m in _WORD_THEN_CAPITAL.finditer(text))


_WORD_THEN_CAPITAL = regexes.compile(r"(?<![\w'’])([A-Z][\w'’\-]*) (?=[A-Z][a-z])")


_AFTER_WORDS = regexes.compile(r"[,?!]['’\"”]\s+$")
_CLAUSE_OPENS_BEFORE = regexes.compile(r"(?:^|[.!?]\s+|\b(?:while|and|but|whereas)\s+)$")
_ASKS_BEFORE = regexes.compile(r"\b(?:asks|asked|writes|wrote|says|emails|emailed|wonders|wondered)\s+$")


def _speaks_after(text: str, end: int) -> bool:
    return bool(_SPEAKS_AFTER.match(text, end))


# (Also after an owner: ", Google's vice president for regulatory affairs,".)
_DEFINITE_ROLE = regexes.compile(r",\s*(?:the\s+(?:[\w\-]+['’]s\s+)?|[A-Z][\w\-]*['’]s\s+)((?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)"
                                 r"(?=\s+(?:at|of|for|in|with|from|on|who)\b|\s*[,.;])")
_APPOSITIVE_HEAD = regexes.compile(r"(?:[a-z\-]+\s+){0,2}([a-z\-]+)(?:\s+(?:of|at|for|in|to|with|on)\s|$)")
# (Past an owner's name, "Google's vice president", or the place or body a role is of: "Hunter district secretary".)
_APPOSITIVE_ROLE = regexes.compile(r"\s*,\s*((?:[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3}['’]s\s+|[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,2}\s+(?=[a-z]))?"
                                   # (Or up to a quoted name inside it: ", host of CKRN's "The Morning Line,"".)
                                   r"[a-z][^,.;“”\"]{2,100})(?:,|(?=[“\"][A-Z]))")


# "Ask John Pascoe about beavers and he will walk you …": the name's own clause goes on with a he/she as the subject
# (or the next sentence does: see _PRONOUN_NEXT).
_OPENS_PARAGRAPH = regexes.compile(r"(?:[A-Z][A-Z .,'’\-]{2,40}\s*[—–-]\s*)?")
_VERB_AFTER_NAME = regexes.compile(r"\s+(?:has|had|is|was|[a-z]{3,}(?:ed|s))\b")
_PRONOUN_OPENS_NEXT = regexes.compile(r"[^.!?\"“”]{0,300}[.!?]\s+(?:He|She)\s+[a-z]")
_QUOTE_NEXT_PRONOUN_SAID = regexes.compile(r"[^.!?\"“”]{0,300}[.!?]\s+[\"“][^\"“”]{1,600}?[,?!]?[\"”]\s+(he|she)\s+"
                                           + lx.alternation(lx.SPEECH_VERBS) + r"\b")
_AGED_OPENS_BEFORE = regexes.compile(r"(?:^|[.!?][\"”’]?\s+)[A-Z][a-z]+(?:-[a-z]+)?-year-old\s+$")
_AND_PRONOUN = regexes.compile(r"[^.!?;\"“”]{0,80}?\band\s+(he|she)\s+(?!and\b)[a-z]")


def _then_pronoun(text: str, words: tuple[str, ...], end: int) -> bool:
    """A known first name and a surname, then "and he"/"and she" (of the first name's gender) in the same sentence, or
    a he/she as the next sentence's subject."""
    first = words[0].lower()
    if not 2 <= len(words) <= 3:
        return False
    if first not in lx.FIRST_NAMES:
        # ("CLEVELAND — Marisol Vega has worked nights in the unit for 19 years. She was there …": a given name the
        # lexicon lacks, the name opening the story's sentence as its subject, and the next sentence's subject a he
        # or she.)
        # (Opening its paragraph, past a dateline, no word of a body's or a place's in it: not "Rolls Royce reported …"
        # after the chief executive is named.)
        lead = max(0, end - sum(len(w) + 1 for w in words) + 1)
        if sn.place_or_body_words(words) or sn.maybe_body_end(words):
            return False
        if _OPENS_PARAGRAPH.fullmatch(text, 0, lead) is not None \
                and _VERB_AFTER_NAME.match(text, end) is not None and _PRONOUN_OPENS_NEXT.match(text, end) is not None:
            return True
        # ("Nine-year-old Lachie Fraser was less sentimental. "…," he said.", "a blessing led by kaumātua Hemi Tahana.
        # "…," he said.": the name the subject opening its sentence after the person's age, or ending it after a title
        # or a person's noun in small letters, and the next sentence someone's words a he or she said — not a team's
        # name, "Leeds Rhinos thrashed Wigan. "…," he said.", whose coach speaks, nor a firm's after its kind, "the
        # consultancy Tidewater Analytics. "…," she said.")
        return _QUOTE_NEXT_PRONOUN_SAID.match(text, end) is not None and (
            _VERB_AFTER_NAME.match(text, end) is not None and _AGED_OPENS_BEFORE.search(text, max(0, lead - 30), lead)
            or text.startswith(".", end) and (own := _SMALL_WORD_BEFORE.search(text, max(0, lead - 30), lead)) is not None
            and (own.group(1) in lx.TITLE_WORDS and own.group(1) not in _NOT_TITLES_IN_SMALL
                 or own.group(1) in lx.PERSON_NOUNS))
    found = _AND_PRONOUN.match(text, end) or _PRONOUN_NEXT.match(text, end)
    if found is None:
        return False
    pronoun = (found.group(1) or found.group(2)).lower()
    return first in (lx.MALE_FIRST_NAMES if pronoun == "he" else lx.FEMALE_FIRST_NAMES)


# Words of titles that in small letters are no one's title: "the state Tom runs", "more press Ann wanted".
_NOT_TITLES_IN_SMALL = frozenset("state press trade energy health economy security national finance interior foreign defense "
                                 "defence justice culture transport education labor labour treasury commerce agriculture "
                                 "development digital environment immigration infrastructure intelligence homeland economic "
                                 "affairs veterans high general special deputy vice crown head chair member speaker leader "
                                 "officer king queen prince lord lady father ch cr gen sir "
                                 # (Firms hold these: "handled by administrator Grant Thornton", "auditor Ernst Young".)
                                 "administrator auditor trustee assessor registrar".split())
_SMALL_WORD_BEFORE = regexes.compile(r"(?<![\w\-])([^\W\dA-Z_][^\W_]*) $")  # (any script's word, not capitalized in Latin)
_AS_SOMEONE_AFTER = regexes.compile(r",\s+as\s+(?:the|a|an|his|her|their)\s+(?:[a-z][\w\-]*\s+){0,2}?([a-z]+)\b(?=\s+(?:who|whose|of|in|at|with|from)\b|\s*,)")
_WORDS_THEN_COLON_QUOTE = regexes.compile(r"\s+[a-z]+(?:ed|s):\s*[\"“‘']")  # (the verb right after: not "Rose Hill residents were furious:")
_ASKED_BY_BEFORE = regexes.compile(lx.ASKED_BY + "$")


def _person_cue(text: str, lead: int, end: int) -> bool:
    if _role_before(text, lead):
        return True
    if text[max(0, lead - 2):lead] == ", " and text[end:end + 1] == "," and _titled_set_off(text[max(0, lead - 80):lead - 2]):
        return True  # ("The Tánaiste and Minister for Foreign Affairs, Aoife Brennan, spoke": a title's holder set off)
    # `'…,' said principal cornet Kelly Bramhall`: the speaker of an inverted attribution, their role in plain words
    # before a known given name.
    # ("the Grade 1 teacher, Thandeka Mbele,": a person's noun set off before the name.)
    # (Each with a given name the lexicon knows: "The eventual winner, Shining Star," is a horse.)
    # (A person's noun the lexicon holds, "the Grade 1 teacher, Thandeka Mbele,", names one whatever the given name; a
    # doer's noun only with a given name it knows.)
    given = text[lead:end].split()[0].lower() in lx.FIRST_NAMES
    set_off = _NOUN_SET_OFF_BEFORE.search(text, max(0, lead - 60), lead)
    noun = set_off.group(2).lower() if set_off else ""
    # (After an owner's word, "his colleague, Goldman Sachs,", only with a given name as well: a firm is someone's too.)
    # (After a named owner, only a post's noun: "Aire Valley Buses' managing director, Graham Tierney", not "Myer's main
    # rival, David Jones", a store.)
    if set_off and (not set_off.group("owner") or noun in lx.ROLE_NOUNS) \
            and (noun in lx.PERSON_NOUNS and (given or set_off.group(0)[0] in "TtAa" and not set_off.group("owner"))
                 or given and lx.doer_noun(noun)) \
            and noun not in _TRADES_OF_BODIES and noun not in _BODY_OR_PERSON:
        return True
    # (Or, whatever the given name, after a person's noun or trade: '"…," said guitarist Rida Kharkongor'; not after a
    # maker's, '"…," said carmaker Tata Motors'.)
    said = _SAID_THEN_WORDS.search(text, max(0, lead - 60), lead) if given or text[lead - 2:lead - 1].isalpha() else None
    # (Only a trade no body has, -ist or -ian, where the given name is unknown: "said contractor Balfour Beatty", "said
    # retailer Dunnes Stores" are firms.)
    if said and not any(w in lx.PREPOSITIONS or w in ("in", "near", "outside", "inside") for w in said.group(1).split()) \
            and (given or _TRADE_WORD.fullmatch(said.group(1).split()[-1]) and not sn.place_or_body_words(text[lead:end].split())
                 and not sn.maybe_body_end(text[lead:end].split())):
        return True
    # (A doer's noun before the name says a person as well, though it is no role the name takes on: "the composer Ben
    # Lowry".)
    words = _words_before(text, lead, 3)
    if _doer_after_determiner(words) or _PARTNER_SET_OFF.search(text, max(0, lead - 40), lead):
        return True
    # ("Swiss facilitator Anna Brunner opened the session": a person's noun right before a given name the lexicon knows;
    # "Karumba fisherman Ross Kettle" whatever the given name, where the noun is a person's the lexicon holds that no
    # firm is called by — not a trade in -er, -or, -ist, -ant, -ent, "estate agent Savills Ireland", "fire safety
    # specialist Tyco Fire" — and the name has no word of a place's or a body's.)
    if words and words[-1].islower() and words[-1] not in _TRADES_OF_BODIES and text[lead - 1:lead] == " " \
            and (given and (words[-1] in lx.PERSON_NOUNS or lx.doer_noun(words[-1]))
                 or words[-1] in lx.PERSON_NOUNS and not words[-1].endswith(("er", "or", "ist", "ian", "ant", "ent"))
                 and words[-1] not in _BODY_OR_PERSON and not sn.place_or_body_words(text[lead:end].split())
                 and not sn.maybe_body_end(text[lead:end].split())):
        return True
    # "Its organiser, local publican Tadhg Moynihan, was …": a person's noun (and a word before it) opening the clause
    # right after a comma, then the name.
    if 1 <= len(words) <= 2 and all(w.islower() for w in words) and (words[-1] in lx.PERSON_NOUNS or lx.doer_noun(words[-1])) \
            and words[-1] not in _TRADES_OF_BODIES and _COMMA_THEN_WORDS.search(text, max(0, lead - 60), lead) \
            and not _WHICH_AFTER.match(text, end):
        return True
    titled = _SMALL_WORD_BEFORE.search(text, max(0, lead - 30), lead) if given else None
    if titled and titled.group(1) in lx.TITLE_WORDS and titled.group(1) not in _NOT_TITLES_IN_SMALL:
        return True  # ("a blessing led by kaumātua Hemi Tahana": a title in small letters, then a given name)
    playing = _AS_SOMEONE_AFTER.match(text, end)
    if playing and (playing.group(1) in lx.PERSON_NOUNS or playing.group(1) in KIN_GENDER):
        return True  # ("Keenan Petersen, as the grandson who wants to sell, gives …": who someone plays, or is)
    if given and _WORDS_THEN_COLON_QUOTE.match(text, end) and (lead == 0 or _SENTENCE_ENDS_BEFORE.search(text, max(0, lead - 4), lead)):
        # ("Janet Boudreau agreed: "…"", "Ann Lee explains: "…"": a given name opening the sentence whose words
        # come next — not one in a clause of time, "Anna Berg said, as Tom Reed wept: "…"".)
        return True
    if given and _ASKED_BY_BEFORE.search(text, max(0, lead - 30), lead):
        return True  # ("Asked by Priya Raman of Halden Capital, "…?"": someone who asks, a given name the lexicon knows)
    # "…the president of the United Arab Emirates, said": the verb belongs to someone before the preposition.
    if _speaks_after(text, end) and not _after_preposition(text, lead):
        return True
    if text.startswith(" as saying", end) and text.endswith("quoted ", 0, lead):
        return True  # ("The state agency Belta quoted Andrei Sivak as saying …": the one quoted speaks)
    after = text[end:end + 40]
    # (Not a name "the" stands right before: "a deckhand unloading sacks from the Kiwa Star, who did not want to be
    # named," — the boat's name; a person's name takes no article.)
    # (Nor a scene's place before the clause it sets: "On a grey morning on Salisbury Plain, the light is going".)
    if re.match(r"\s*[,—–]\s*(?:a|an|the|who|whose|from)\s", after) and not BODY_APPOSED.match(text, end) \
            and not text.endswith(("the ", "The "), 0, lead) and not _CLAUSE_AFTER_COMMA.match(after) \
            or re.match(r"\s*(?:\(\d{1,3}\)|,\s*(?:now\s+|aged\s+)?\d{1,3},)", after):
        return True
    if after.startswith(", one of ") and text[lead:end].split()[0].lower() in lx.FIRST_NAMES \
            and _ONE_OF_PEOPLE.match(text, end + len(", one of ")):
        # ("Erik Lindqvist, one of the practice's founders, said": a given name, then one of some people — not "Hugo
        # Boss, one of Germany's best-known fashion houses,".)
        return True
    # ", deputy director of the consumer group BEUC,": an appositive that gives a person's role.
    appositive = _APPOSITIVE_ROLE.match(text, end)
    if appositive and text[appositive.end() - 1:appositive.end()] != "," and not (
            given or appositive.group(1).split()[0].lower() in _SHOW_PEOPLE):
        # (Up to a quoted name only after a given name or a role only people hold: "Dana Whitfield, host of CKRN's "The
        # Morning Line,"" — not "Bad Wolf, producer of "His Dark Materials,"".)
        appositive = None
    if appositive:
        words = appositive.group(1).split()[:4]
        # "Javier Molina, its delegate at the plant,", "…, the union's man in Zaragoza,": what someone is to an owner
        # is any kind of person ("delegate", "colleague", "rival"), as a body's is a body ("its parent company").
        nouns = lx.PERSON_NOUNS if _OWNER_WORD.fullmatch(words[0]) else lx.ROLE_NOUNS
        if any(w.lower() in nouns for w in words) and not any(w.lower() in lx.ORG_HEADS for w in words):
            return True
        # (Or a role headed by a person noun past a body's word: "district secretary of the IG Metall union", "branch
        # manager at …".)
        head = _APPOSITIVE_HEAD.match(re.sub(r"^(?:[A-Z][\w&.\-]*\s+)+(?=[a-z])", "", appositive.group(1)))
        if head and head.group(1).lower() in nouns:
            return True
        # (Or a trade a person is called by as often as a body, after a given name the lexicon knows: "Arjun Sethi,
        # publisher at Kestrel House,".)
        if head and head.group(1).lower() in _TRADES_OF_PEOPLE_TOO and given:
            return True
    if _OF_THE_PARTY.match(after) and not text.endswith(("The ", "the "), 0, lead) or _OF_EMPLOYER_SPEAKS.match(text, end):
        return True  # ("Clive Black of Shore Capital said": where a speaker works, named after them)
    if given and _FROM_PLACE_SPEAKS.match(text, end):
        return True  # ("Tom Reed from Leeds said": where they are from; a given name, not "Reports from Kyiv said")
    # "Eileen Marsh (Liberal Democrat)", "Ted Cruz (R-Texas)": a party in brackets after a name is a politician's.
    party = _PARTY_IN_BRACKETS.match(after)
    if party and (party.group(1) or party.group(2).lower() in lx.AFFILIATIONS):
        return True
    # "said its chief executive, Andrew Haines": a role set off by a comma just before the name; its owner
    # may be named ("Germany's defence minister, Boris Pistorius,").
    role = re.search(r"(?:\b(?:its|their|his|her|our|the|The|Its|Their|His|Her|Our|a|an|A|An|one|another)|(?<![\w\-])([A-Z][\w\-.]*['’]s))\s+"
                     r"(?:[A-Za-z\-]+(?:['’]s)?\s+){0,3}?([A-Za-zÀ-ÖØ-öø-ɏ\-]+)"
                     # (What the role is of or for: "its director of enforcement,", "the minister for health,",
                     # "Ukraine's ambassador to the Netherlands,", "the correspondent in Kyiv,".)
                     # ("her producer on the last three records,": what the role was on, a few words.)
                     r"(?:\s+(?:of|for|to|in|at)\s+(?:the\s+)?[A-Za-z\-]+(?:\s+[A-Za-z\-]+)?"
                     r"|\s+on\s+the\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+)?,\s*$",
                     text[max(0, lead - 80):lead])  # ("the town's mayor,", "the Castlebridge manager,")
    if role and (role.group(2) in lx.ROLE_NOUNS and not (role.group(1) and role.group(2) in _FIRM_ROLES)
                 or role.group(1) and role.group(2) in _HOLDER_AFTER_OWNER
                 # ("Her German counterpart, Katrin Weiss,": what someone is to a person the article named, any person,
                 # by a given name: not "his colleague, Goldman Sachs".)
                 or _PERSONAL_OWNER.search(text, max(0, lead - 60), lead) and role.group(2) in lx.PERSON_NOUNS
                 and role.group(2) not in _FIRM_ROLES and text[lead:end].split()[0].lower() in lx.FIRST_NAMES
                 or role.group(2)[0].isupper() and role.group(2).lower() in lx.TITLE_WORDS
                 and role.group(2).lower() not in lx.AFFILIATIONS
                 # ("Agata's great-grandfather, Stanisław Kowalczyk,": someone's kin set off before a name is a person.)
                 or role.group(2).lower().rpartition("-")[2] in KIN_GENDER):
        return True  # (", the Tánaiste, Declan Furlong,": a capitalized title set off the same way; "by a son, Tomás Reyes,")
    opens = text[:lead].rstrip()[-1:] in ("", ".", "!", "?", "—", "–")
    if _SHE_AFTER.match(text, end) and opens:
        return True  # "Kayla Brandt was 38 weeks pregnant when she started …": a sentence about her opens on her name
    if opens and _PRONOUN_NEXT.match(text, end) and text[lead:end].split()[0].lower() in lx.FIRST_NAMES:
        return True  # "Claire Dunmore took over as chief executive in September. She spoke to …": the next one is about her
    if re.search(r"(?<![\w\-])\d{1,3}-year-old\s+$", text[max(0, lead - 20):lead]) and not re.search(
            r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y)\s+\d{1,3}-year-old\s+$", text[max(0, lead - 30):lead]):
        # "67-year-old Valentyna Hrytsenko": a person's age set before their name, with no article (which a thing's
        # age takes: "a 25-year-old Toyota Corolla", "the 150-year-old Siemens").
        return True
    words = text[lead:end].split()
    if (len(words) >= 2 and words[0].lower() in lx.FIRST_NAMES and _OWNER_BEFORE.search(text, max(0, lead - 40), lead)
            and not sn.place_or_body_words(tuple(words))):
        return True  # "Kenya's Daniel Kiprop", "Britain's Emma Raducanu": a first name after a country's or a side's possessive
    if re.search(r"\bthe late\s+(?:[a-z\-]+\s+){0,2}$", text[max(0, lead - 50):lead]):
        return True  # "the late glaciologist Werner Imboden"
    before = text[max(0, lead - 30):lead].lower()
    # ('"Will my job be here?" asked Kevin Osei, a crane operator': a verb of asking or answering right after the words
    # is an inverted attribution, its subject the one named after it — not "asked Kevin Osei to …" inside a sentence.)
    return bool(re.search(r"(?:\bsaid|\btold|\baccording to|\bsays|\badded)\s+$", before)
                or _ASKED_AFTER_WORDS.search(before))


_ASKED_AFTER_WORDS = regexes.compile(r"[\"”’']\s*,?\s*(?:asked|asks|replied|replies|answered|answers|shouted|wondered)\s+$")


# What one is one of, up to its comma: people ("the practice's founders", "its three directors").
_ONE_OF_PEOPLE = regexes.compile(r"[^,.;:]{0,60}?\b(?:%s)s?\s*[,.]" % lx.alternation(lx.PERSON_NOUNS))


# ", and " right before a surname, with no sentence's end since the kin's full name and the kin's own words quoted
# between: a clause of someone else's, answering them ("calls out that "…", and Madigan shouts back"). (Not "His
# daughter, Ann Reed, studied agronomy, and Reed says …": her, going on.)
_AND_THEN_OTHER = regexes.compile(r"[^.!?]*[\"“”„«»][^.!?]*,\s+and\s+$")


# "Starmer's predecessor, Rishi Sunak,": who held or will hold someone's office is a person.
_HOLDER_AFTER_OWNER = frozenset("predecessor successor".split())
_PERSONAL_OWNER = regexes.compile(r"(?<![\w\-])(?:his|her|His|Her)\s+(?:[A-Za-z\-]+\s+){0,3}[A-Za-z\-]+,\s*$")
_OWNER_BEFORE = regexes.compile(r"(?<![\w\-])[A-Z][\w\-.]*['’]s\s+$")
_OWNER_WORD = regexes.compile(r"its|their|his|her|our|[A-Z][\w&.\-]*['’]s")
# Roles a company holds as often as a person, after an owner's name: "Britain's largest landlord, Grainger Homes,".
_FIRM_ROLES = frozenset("producer owner landlord leader player manager investor host operator builder supplier".split())
_KIND_OF_BODY_BEFORE = regexes.compile(r"\b[Tt]he\s+(?:[a-z\-]+\s+)?(?:%s)\s+$" % "|".join(sorted(lx.ORG_HEADS)))
_CRAFT_MAKER = regexes.compile(r"[A-Za-z]\s+maker\s+$")
_THE_WORD_BEFORE = regexes.compile(r"\b[Tt]he\s+([A-Z][\w\-]*)\s+$")
# ("Tom Ashworth of Hollis & Rowe, who kept a "buy" rating, said": a firm's name with an ampersand, a clause on him;
# "Rachel Kinnear, of campaign group Patients First, said": set off, its kind before it, or its kind and where it is,
# "Marta Linnus, of the Tallinn-based conservation group Baltic Waters Trust, called …".)
# ("Sandra Whyte, of Auckland firm Harbour Lending, said": where the firm is, before its kind.)
_OF_EMPLOYER_SPEAKS = regexes.compile(r"(?:\s+(?:of|at)\s+(?:the\s+(?:[a-z][\w\-]*\s+){1,2}?)?|,\s+of\s+(?:the\s+)?(?:[A-Z][a-z\-]+\s+(?=[a-z]))?"
                                      r"(?:(?:[a-z][\w\-]*|[A-Z]\w*-[a-z][\w\-]*)\s+){0,3})[A-Z][\w&'’.\-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.\-]*){0,3}"
                                      r"(?:,\s+(?:who\s[^,;.]{1,120}|(?:the|a|an)\s[^,;.\"“”]{1,60}),)?,?\s+"
                                      + lx.alternation(lx.SPEECH_VERBS) + r"\b")  # (or "…, the pre-race favourite, said")
_FROM_PLACE_SPEAKS = regexes.compile(r"\s+from\s+(?:the\s+)?[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,2},?\s+"
                                     + lx.alternation(lx.SPEECH_VERBS) + r"\b")
# "Tom Reed of the Resolution Foundation", "Pieter de Vries of the right-wing PVV": a name, then the body it belongs to
# (a party described by its leaning as a reader knows one).
_OF_THE_PARTY = regexes.compile(r"\s+of\s+the\s+(?:(?:[a-z]+-[a-z]+|ruling|governing|opposition|populist|nationalist|centrist|"
                                r"separatist|junior|senior|main)\s+){0,2}[A-Z]|"
                                # ("Sunita Mohite of the ruling alliance said": a side of the house, in small letters.)
                                r"\s+of\s+the\s+(?:ruling|governing|opposition)\s+(?:alliance|coalition|party|bloc|front|benches)\b")
# The next sentence's subject a he/she, past an opening phrase too: "Claire Dunmore took over in September. She spoke
# to …", "… is led by Oksana Hrytsenko. Arriving at the palace, she told reporters …".
_PRONOUN_NEXT = regexes.compile(r"[^.!?]{0,300}[.!?][\"”’]?\s+(?:[A-Z][^.!?;,\"“”]{0,50},\s+(he|she)|(He|She))\s+[a-z]")
_SHE_AFTER = regexes.compile(r"\s+(?:was|is|had|has)\s+[^.!?;:\"“”]{0,60}?\b(?:when|as|after|before|because|while|until)\s+(?:she|he)\b")
_PARTY_IN_BRACKETS = regexes.compile(r"\s*\((?:([RDI]-[A-Z][\w.]*)|([A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2})\)")
_CLAUSE_BREAK = regexes.compile(r"[,.;:!?()\"“”«»—–]")
_PLAIN_WORD = regexes.compile(r"[A-Za-z0-9][A-Za-z0-9\-']*")  # ("the 41st Brigade": the ordinal is a word)


@lru_cache(maxsize=4096)
def _words_before(text: str, pos: int, n: int) -> tuple[str, ...]:
    """The last `n` words before `pos` in its clause (both the role and the preposition checks ask)."""
    chunk = text[max(0, pos - 80):pos]
    # Only the words of this clause: stop at the last punctuation mark.
    chunk = _CLAUSE_BREAK.split(chunk)[-1]
    return tuple(_PLAIN_WORD.findall(chunk)[-n:])


def _role_before(text: str, lead: int) -> str:
    """'Pro-Kremlin war blogger' before 'Yuri Podolyaka' → that phrase, when its last word is a role noun."""
    return _role_in(_words_before(text, lead, 4))


# "Her partner, Dylan Rowe,": someone's partner set off before the name (only after "his", "her", "their": "a senior
# partner" at a firm is any kind of noun).
_PARTNER_SET_OFF = regexes.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:[a-z\-]+\s+)?(?:partner|fianc[ée]e?|"
                                   r"girlfriend|boyfriend),\s*$")


_COMMA_THEN_WORDS = regexes.compile(r",\s+(?:[a-z\-]+\s+)?[a-z\-]+\s+$")
# Trades a company is called by as often as a person ("the highest bidder, retailer John Lewis, which said …", "said
# miner Anglo American"): no person's cue on their own.
_TRADES_OF_BODIES = lx.BUSINESS_KINDS | frozenset("miner builder broker trader dealer grocer wholesaler vendor shipbroker".split())
_WHICH_AFTER = regexes.compile(r"\S*\s*,\s*which\b")


def _titled_set_off(before: str) -> list[str]:
    """The titles in capitals of a clause opening on "The" right before the comma that sets a name off ("The Tánaiste
    and Minister for Foreign Affairs" → Tánaiste, Minister), which a later "the Tánaiste" points back at."""
    clause = re.sub(r"^\**\d{1,2}[.:]\d{2}\**\s*[—–-]?\s*", "", re.split(r"[.;:!?,]\s", before)[-1])  # (a live entry's time)
    clause = re.sub(r"^and\s+", "", clause)  # ("…, and the Minister for Finance, Paschal Donohoe,": a second holder)
    words = clause.split()[1:]
    # (Titles only, no verb of a clause: not "The Prime Minister met the Foreign Secretary, David Lammy,".)
    if not clause.startswith(("The ", "the ")) or any(w[0].islower() and w not in ("and", "of", "for", "the", "&")
                                                       for w in words):
        return []
    return [w for w in words if w[0].isupper() and w.lower() in lx.TITLE_WORDS]


def _doer_right_before(text: str, lead: int) -> bool:
    """"ecologist Kirra Donnelly", "historian Ann Lee": a person's noun in small letters right before the name (not a
    trade a company is called by: "retailer John Lewis")."""
    words = _words_before(text, lead, 1)
    # (A person's noun, or a learned one's in -ist, -ian, not a doer's in -er, -or: "brewer Lion Nathan", "producer Penfolds
    # Grange" are firms.)
    return bool(words) and words[-1].islower() and words[-1] not in _TRADES_OF_BODIES \
        and (words[-1] in lx.PERSON_NOUNS and not words[-1].endswith(("er", "or"))
             or words[-1].endswith(("ist", "ian")) and len(words[-1]) > 5)


def _doer_after_determiner(words: tuple[str, ...]) -> bool:
    """'the composer' before 'Ben Lowry', 'her fellow novelist' before 'Ann Lee': a determiner, maybe a word, and a
    doer's noun right before the name."""
    if len(words) >= 2 and words[-2] in ("his", "her", "their", "His", "Her", "Their") and words[-1] in lx.PERSON_NOUNS:
        return True  # ("Her teammate Chloé Marchetti", "his colleague Ann Lee": what someone is to a person)
    if len(words) >= 2 and words[-2] == "fellow" and (words[-1] in lx.PERSON_NOUNS or lx.doer_noun(words[-1])):
        return True  # ("as fellow volunteer Amit Prasad laughed")
    if len(words) >= 2 and words[-1] in lx.PERSON_NOUNS and words[-1] not in _TRADES_OF_BODIES and (
            # ("said surfer Jai Tomlinson": a speech verb before the noun; "Third-place woman Grace Tennant": a
            # compound word saying what sort of one.)
            words[-2].lower() in lx.SPEECH_VERBS or "-" in words[-2].strip("-")):
        return True
    if len(words) < 2 or not lx.doer_noun(words[-1]):
        return False
    # ("by Auckland composer Hēmi Rāwiri": a place's or a nation's word may stand before the noun, after a small word.)
    return (words[-2].lower() in lx.DETERMINERS
            or len(words) > 2 and (words[-2].islower() or words[-2][0].isupper() and words[-3] in lx.PREPOSITIONS)
            and words[-3].lower() in lx.DETERMINERS | lx.PREPOSITIONS)


def _role_in(words: tuple[str, ...]) -> str:
    """_role_before from the words before the name."""
    # ("co-author", "vice-chair", "ex-minister": the role is the noun after the hyphen.)
    if words and words[-1].lower().rpartition("-")[2] not in lx.ROLE_NOUNS:
        # "director of rugby Phil Sutcliffe", "head of communications Ann Lee": a role noun and what it is of.
        for k in (2, 3):
            if (len(words) > k and words[-k] == "of" and words[-k - 1] in lx.ROLE_NOUNS
                    and all(w.islower() and w not in lx.DETERMINERS for w in words[-k + 1:])):
                # (Not "the president of the United Arab Emirates": "of the" names a place or a body.)
                return " ".join(words[-k - 1:])
        return ""
    if not words or words[-1][0].isupper():
        return ""
    phrase = [words[-1]]
    for w in reversed(words[:-1]):
        if w.lower() in lx.DETERMINERS or w.lower() in lx.PREPOSITIONS or w.lower() in lx.SPEECH_VERBS \
                or w.lower() in lx.AUXILIARIES or w in _CLAUSE_WORDS:
            break
        phrase.insert(0, w)
    return " ".join(phrase)


# Words that open a clause or a time, never part of a role: "the try was overturned after Rams skipper Jack Merrett".
_CLAUSE_WORDS = frozenset("after before since until during following when while as if because but that who which".split())


def _role_set_off_before(text: str, lead: int) -> str:
    """"The Kremlin's spokesman, Yuri Lavrentyev,": a role set off by a comma just before the name, which a later "the
    Kremlin spokesman" points back at (before the gazetteer's holder of that role)."""
    comma = space_before(text, lead) - 1
    if comma < 0 or text[comma] != ",":
        return ""  # (the pattern ends in ",\s*$": most names have no comma right before them, and no search is needed)
    m = _ROLE_SET_OFF_BEFORE.search(text, max(0, lead - 60), lead)
    if m and m.group(0).startswith(m.group(1)) and lx.country_of(re.split(r"['’]", m.group(1))[0]) is None:
        return ""  # (no determiner: only a country's — "Tesco's chief executive, Ken Murphy," is no role to point back at)
    return m.group(1) if m and m.group(1).split()[-1].lower() in lx.ROLE_NOUNS else ""


# (Or a country's, opening its clause: "Ukraine's foreign minister, Oksana Derevianko," is "Ukraine's foreign minister"
# after — see lexicon.country_of.)
_ROLE_SET_OFF_BEFORE = regexes.compile(r"(?:(?<![\w\-])(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+|(?:^|(?<=[.,;:]\s)|(?<=\u2014\s))"
                                       r"(?=[A-Z][a-z]+['’]s\s))((?:[A-Z][\w\-.]*['’]s\s+)?"
                                       r"(?:[A-Za-z\-]+\s+){0,2}[a-z\-]+),\s*$")


def _definite_role_after(text: str, end: int) -> str:
    """", the mission's chief scientist at …", ", the union's lawyer,": the one role a name is set off with, which a
    later "the chief scientist said" points back to (as a title before the name does)."""
    if text[end:end + 1] != ",":
        return ""
    m = _DEFINITE_ROLE.match(text, end)
    return m.group(1) if m and m.group(1).split()[-1] in lx.ROLE_NOUNS else ""


def _appositive_role(text: str, end: int) -> str:
    m = re.match(r"\s*,\s*(?:a|an|the)\s+([^,.;“”\"]{3,60}),", text[end:end + 80])
    return m.group(1).strip() if m else ""


_ADJECTIVES_OPENING_BODIES = frozenset("national federal state central royal international supreme high general public".split())
_ROLE_THEN_NAME = regexes.compile(r"\s+([a-z][a-z\-]*)\s+(?:[a-z][a-z\-]*\s+)?[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+")


def _whose_role_before_name(text: str, end: int) -> bool:
    """Whether a team's role in small letters and a full name follow the word ending at `end`: "Tide captain Liam
    Fell" — the word says whose team it is (not "Badenoch aide Tom Reed", a person's aide)."""
    m = _ROLE_THEN_NAME.match(text, end)
    return m is not None and m.group(1) in _TEAM_ROLES


_TEAM_ROLES = frozenset("""captain skipper co-captain vice-captain coach manager striker goalkeeper keeper winger forward
defender midfielder fullback full-back fly-half scrum-half hooker prop centre flanker lock batsman batter bowler
opener wicketkeeper quarterback pitcher jockey rider""".split())


# ", the light is going": a clause of its own after a name set off by a comma, no apposition (see _person_cue).
_CLAUSE_AFTER_COMMA = regexes.compile(r"\s*,\s*(?:a|an|the)\s+[a-z]+\s+(?:is|was|are|were|has|had|have|will)\s")


def _after_preposition(text: str, lead: int) -> bool:
    return not _opens_clause_after_and(text, lead) and _preposition_in(_words_before(text, lead, 4))


def _opens_clause_after_and(text: str, lead: int) -> bool:
    """"The team led, and Gary Lomax admitted …", "…, and chief executive Roger Bannerman said": after a comma, "and"
    opens a clause the name (after its role in lower case) is the subject of — no object of a preposition."""
    m = _CLAUSE_AND_BEFORE.search(text, max(0, lead - 50), lead)
    if m is not None and text[m.start()] in "—–" and not _ASIDE_OPENED.search(text, max(0, m.start() - 200), m.start()):
        return False  # (a dash closing an aside opened before it, only: not "… met Tom Reed — and Reed, she said, …")
    return m is not None and all(w in lx.ROLE_NOUNS or w in lx.DETERMINERS for w in m.group(1).split())


# (Or after a dash that closes an aside: "— "I'd be frustrated too," she said — and Raman said …".)
_ASIDE_OPENED = regexes.compile(r"[—–][^.!?—–]*$")
_CLAUSE_AND_BEFORE = regexes.compile(r"[,—–]\s*and\s+((?:[a-z][a-z\-]*\s+){0,3})$")


def _role_noun(word: str) -> bool:
    """A role's noun, listed or a doer's by its ending ("comedian", "broadcaster", "novelist")."""
    return word in lx.ROLE_NOUNS or lx.doer_noun(word)


def _preposition_in(words: tuple[str, ...], titled: bool = False) -> bool:
    """Whether the words before a name end in a preposition ("met with", "talks with the Russian")."""
    if titled:
        # "Bank of Japan Governor Ryo Shimizu": an organization's name before a title; its "of" is no preposition
        # (but "talks with Bank of Japan Governor …" has one before it); nor the "and" of a title's two remits
        # ("Industry and Trade Minister Ryad Mezzour").
        k = len(words)
        while k >= 2 and words[k - 1] in ("of", "for", "and") and words[k - 2][0].isupper():
            k -= 2
            while k > 0 and words[k - 1][0].isupper():
                k -= 1
        words = words[:k]
    for i in range(len(words) - 1, -1, -1):
        lw = words[i].lower()
        if lw in ("of", "for") and i > 0 and words[i - 1][0].isupper() and words[i - 1].lower() in lx.TITLE_WORDS:
            return False  # "Secretary of State Marco Rubio", "Minister for International Affairs …": a title
        if lw == "for" and i > 0 and words[i - 1].lower() in _REMIT_HOLDERS and all(w.islower() for w in words[i + 1:]):
            return False  # "Cabinet member for transport Nadia Kerr": her title's remit, in lower case
        # (Only with a title's words before the noun, or none: not "held talks with the head of security Ann Lee",
        # "met head of security Ann Lee", where a verb or an object's preposition stands before.)
        if lw == "of" and i > 0 and words[i - 1] in lx.ROLE_NOUNS and i + 1 < len(words) \
                and all(w.islower() and (w in lx.TITLE_WORDS or w in _ROLE_MODIFIERS) for w in words[:i - 1]) \
                and all(
                w.islower() and w not in lx.DETERMINERS or w.strip(".").lower() in lx.TITLE_WORDS and w[:1].isupper()
                for w in words[i + 1:]):
            continue  # "medical officer of health Dr. Priya Raman": a role and what it is of, in lower case

        if lw == "that":
            return False  # "and that Putin had described …": a clause opens on the name, as its subject
        if lw == "and" and i > 0 and words[i - 1][:1].islower() and (
                words[i - 1] in lx.ROLE_NOUNS or "-" in words[i - 1] or words[i - 1].strip(".") in lx.TITLE_WORDS):
            continue  # "co-founder and CEO Maya Castellanos", "founder and chief executive …": one person's two roles
        if lw == "and" and 0 < i < len(words) - 1 and words[i + 1].islower() and _role_noun(words[i + 1]) \
                and _role_noun(words[i - 1].lower()) and (words[i - 1].islower() or words[i - 1].lower() not in lx.FIRST_NAMES):
            # (Capitalized, no one's first name: "Peter and director Jane Smith" are two people.)
            continue  # ("Comedian and broadcaster Lachlan Ferris", the first capitalized opening its sentence: the same)
        if lw in lx.PREPOSITIONS:
            return True
        if lw == "in" and (i == len(words) - 1 or i > 0 and words[i - 1].lower() in lx.PERSON_NOUNS and all(
                w[:1].isupper() and w.endswith(("'s", "’s")) for w in words[i + 1:])) \
                and not (i > 0 and words[i - 1].lower().endswith(("ing", "ed"))):
            # "One mother in Tolaga Bay said": where she lives, right before the name (not "Weighing in"); or past
            # the place it is in, after people, "Residents in Wellington's Mt Cook say" (not "When the results came in
            # Labour's Ann Lee said").
            return True
        # (Titles too, "by assistant coroner Dr Claire Ashworth"; numbers, "for the 41st Mechanized Brigade"; whose they
        # are, "from Australia's Karri Resources".)
        if words[i][:1].isupper() and words[i].endswith(("'s", "’s")) \
                or lw in lx.DETERMINERS or lw in lx.ROLE_NOUNS or lw.endswith(("ian", "ese", "ish")) or "-" in lw \
                or lw.strip(".") in lx.TITLE_WORDS or _ORDINAL.fullmatch(lw):
            continue
        return False
    return False


# Who holds a remit written after "for" in lower case, before the name: "member for transport", "minister for europe".
_ROLE_MODIFIERS = frozenset("medical clinical managing regional general".split())  # ("medical officer of health")
_REMIT_HOLDERS = frozenset("member minister secretary commissioner councillor councilor spokesperson".split())
_ORDINAL = regexes.compile(r"\d+(?:st|nd|rd|th)?")


# ---- across a site -------------------------------------------------------------------


def suggest_people(site: Site) -> list[tuple[str, tuple[SourceRef, ...]]]:
    """Names that look like people but are not in content/people.yaml, with where they occur.

    `sitegen check` lists them so an editor can add them (and their spellings) to the gazetteer.
    """
    found: dict[str, list[SourceRef]] = {}
    names: dict[str, str] = {}
    for article in site.articles:
        people = recognize(article, site.people)
        for mention in people.mentions:
            if mention.key in people.unknown and people.people[mention.key].kind == "person":
                names.setdefault(mention.key, people.people[mention.key].name)
                refs = found.setdefault(mention.key, [])
                ref = SourceRef(article.slug, mention.paragraph)
                if ref not in refs:
                    refs.append(ref)
    return sorted(((names[k], tuple(v)) for k, v in found.items()), key=lambda item: (-len(item[1]), item[0]))


def merge_people(found: Iterable[Sequence[Person]], merged: Optional[dict[str, Person]] = None) -> dict[str, Person]:
    """One Person per slug across articles: the longest name wins, the first role found is kept. `merged`:
    what earlier articles gave, merged into (for a caller that reads articles one at a time)."""
    merged = {} if merged is None else merged
    for group in found:
        for person in group:
            known = merged.get(person.slug)
            if known is None:
                merged[person.slug] = person
            elif (len(person.name) > len(known.name)) or (not known.role and person.role):
                merged[person.slug] = Person(person.slug, max(known.name, person.name, key=len),
                                             known.aliases or person.aliases, known.role or person.role,
                                             known.kind, known.gender or person.gender)
    return merged
