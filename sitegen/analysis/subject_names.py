"""A name no cue marks as a person's, read as one from the sentence it opens and the pronouns after it.

"Marta Kowalczyk runs a bakery in Gdansk. "We will survive," she said.": news copy introduces people this way
as often as with a role or an age, and the he/she after it has no one else to mean. A name of two or three words
(particles aside; four with the pronoun) that is the subject of a finite verb (at a sentence's start, or past "But"
or an opening phrase ending in a comma) is a person's when
  - its first word is a known first name, or
  - the first pronoun after it (outside quotations, in its paragraph or the next) is he, she, his or a possessive
    her ("opened her café"), of the first name's gender when it has one, and no one else is named or described
    before that pronoun;
and "Marta Kowalczyk and her husband run …" is a person's without more.
Never when the words say a place, a body, a storm or a work ("Victoria Falls", "Costa Rica", "Amnesty
International", "Hurricane Melissa"), the article writes the name after "the" or "in" or its short name after "the"
("The Rhinos are second"), the verb does what a business does ("cut the forecast"), or an it/its/they/their or an
object him/her comes first ("Goldman Sachs cut its forecast", "Morgan Stanley hired her").
"""
from __future__ import annotations

import re
from typing import Callable, Optional, Sequence

from sitegen import regexes
from sitegen.analysis import lexicon as lx
from sitegen.analysis.text import occurrences

# Who someone is, in one word: a person noun, or a doer's ("composer", "winemaker", "novelist", "historian").
_ROLE_WORDS = lx.alternation(lx.PERSON_NOUNS) + "|" + lx.DOER
# Where a sentence's subject starts: the paragraph's start, after a sentence's end, or past a word or a phrase that
# opens a sentence ("But", "On Monday,", "In 2019, after the flood,").
_SUBJECT_START = regexes.compile(
    # (Past a wire's dateline opening the paragraph: "OTTAWA — Serhiy Hnatiuk has spent …".)
    r"(?:^(?:[A-Z][A-Z .,'’\-]{1,40}(?:\s*\([A-Za-z ]{1,20}\))?\s*[—–-]+\s*)?|[.!?][\"”’)]?\s+|;\s+)(?:(?:But|And|Yet|So|Now|Still|Meanwhile|Today|Instead|Then|Since\s+then),?\s+|"
    r"(?:%s|[A-Z][a-z]+ing)\b[^.!?;:\"“”]{0,60},\s+)?"
    # (Or past who the person is, before the name: "The composer Ben Lowry is …", "Her husband, the composer Ben Lowry,
    # is …", "In the winery, assistant winemaker Tom Achebe was …".)
    r"(?:(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Ii]ts)\s+)?(?:[a-z\-]+\s+){0,2}(?:%s)(?:,\s+the\s+(?:[a-z\-]+\s+){0,2}"
    r"(?:%s))?\s+)?$" % ("|".join(sorted(lx.OPENING_WORDS)), _ROLE_WORDS, _ROLE_WORDS))
# A finite verb after the name, maybe past an adverb: "runs", "criticised", "has fished", "still works", "took".
_NOT_VERBS = lx.CAPITALIZED_STOPWORDS | lx.PREPOSITIONS | lx.DETERMINERS | frozenset(
    "its his hers ours theirs yours plus versus thus us yes bus gas news series species".split())
_FINITE_AFTER = regexes.compile(r"\s+(?:(?:also|still|now|later|recently|never|often|once|already|previously|first|"
                                r"long|only|quickly|then|soon)\s+)?([a-z]+)\b(?:\s+([a-z]+))?")
# What follows a plural noun ("Goldman Sachs analysts said", "Tesla Motors shares fell"): another verb, not an object.
_VERB_NEXT = frozenset("said says say are were have had will would could fell rose told think thinks expect "
                       "expected warned".split())

# Words that make a name a place's or a body's, at its start or its end, with next to no person bearing one so
# ("Costa Rica", "Amnesty International", "Typhoon Tomas", "Niagara Falls"): a speaker so named is an organization.
PLACE_OR_BODY_OPENERS = frozenset("""san santa santo são sao saint sainte st los las le la el real notre costa hong
sri new port fort mount mont monte cape lake human royal national united great puerto buenos tel kuala addis porto ciudad villa
nueva nuevo nova novo gran grand upper lower north south east west central hurricane typhoon cyclone storm tropical
operation amnesty credit deutsche banco banca grupo atletico athletic inter sporting dynamo dinamo olympique borussia
die""".split())
PLACE_OR_BODY_ENDS = frozenset("""falls springs heights beach lake harbour harbor point creek islands mountain coast
waste recycling haulage handling dairy aviation construction
sound rapids gardens village township cove plains international global worldwide watch foundation trust society
institute labs pharma pharmaceuticals studios records foods brands health insurance securities investments ventures
solutions networks communications industries enterprises resources mining minerals chemicals logistics shipping rail
railways express telecom mobile software robotics dynamics aerospace automotive motor electric rovers united city
festival marathon olympics championship championships prize expo fair wars tales chronicles game show theatre
theater opera ballet orchestra wanderers albion juniors hotspur rangers services ferries buses coaches trains trams airlines airways holdings
technologies utilities publishing publishers review times herald gazette journal tribune chronicle observer courier
telegraph iron steel copper platinum lithium uranium zinc cobalt coal petroleum diamonds oil gas events productions promotions
entertainment consulting""".split())
# Words some people's names hold too ("Rio Ferdinand", "Samantha Power", "Tom Ridge", "Michael Bay", "Ben Hall"): they
# keep a name that only opens a sentence from being taken for a person's, and leave a speaker so named alone.
_MAYBE_PLACE_OR_BODY_OPENERS = frozenset("al abu rio sierra les lo il".split())
_MAYBE_PLACE_OR_BODY_ENDS = frozenset("""power steel ridge downs park bay hills town forest water brothers bros sons
sisters partners line cross bowl trophy medal press post mercury transit transport""".split()) | lx.SURNAME_ORG_WORDS
_GIVEN_NAME_AFFILIATIONS = frozenset("finn dane green".split())  # ("Finn Russell said": a first name)
# A country or a continent ends a body's name ("Alzheimer Europe", "Save Ukraine"), never a surname; cities may
# ("Denzel Washington", "Irving Berlin", "Jack London") and so open a name only.
_COUNTRIES = frozenset("""russia china ukraine iran india pakistan japan germany britain syria iraq taiwan korea canada
mexico brazil egypt qatar poland hungary belarus venezuela afghanistan yemen lebanon gaza europe africa asia""".split())
# Countries that are surnames too ("Jimmy Wales", "Kenny England"): a public body's last word after the word of its
# remit ("Natural England", "Transport Scotland", "Historic Environment Scotland", "Sport Wales", "Tourism Ireland").
# (And states that are given names or surnames too: "Ambulance Victoria", "Life Saving Victoria", "Tennis Queensland";
# and a sport's governing body: "Rowing Ireland", "Cricket Wales".)
_COUNTRIES_AND_SURNAMES = frozenset("england scotland wales ireland victoria queensland tasmania".split())
_REMIT_WORDS = frozenset("""natural historic sport transport visit public health education creative arts skills homes
network highways police forestry environment marine food enterprise active tourism business invest water nature
heritage ambulance saving lifesaving cricket rugby tennis netball rowing swimming athletics cycling golf hockey
basketball football sailing surfing""".split())
# What a business does that a person seldom does: "Goldman Sachs cut its forecast", "Morgan Stanley raised the target".
_BUSINESS_OBJECT = regexes.compile(r"\s+(?:[\w\-%]+\s+){0,4}?(?:forecasts?|targets?|outlook|guidance|dividends?|(?:interest\s+)?rates|"
                                   r"jobs|workforce|headcount|shares|stake|earnings|profits?|revenues?|sales|output|production|"
                                   r"ratings?|branches|stores|plants|factories|outlets|routes|fares|bonuses|salaries|capacity|"
                                   r"buyback|bid|offer|prices?)\b")

_PRONOUN = regexes.compile(r"\b(he|she|his|her|him|it|its|they|their|them)\b", re.IGNORECASE)
PREPOSITION_END = regexes.compile(r"\b(?:%s)\s+$" % "|".join(sorted(lx.PREPOSITIONS - {"and", "or", "than", "like"} | {"in", "inside", "outside"})))
# A singular person noun after a determiner, as a subject a he/she may mean ("A neighbour said", "the mayor"), but not
# what the name's bearer is ("has been a teacher", "works as a nurse").
_DESCRIBED = regexes.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z\-]+\s+){0,2}?([a-z]+)\b")
# "her café", "her two sons": a noun (or a number) after "her" makes it a possessive.
_POSSESSED = regexes.compile(r"\s+(?!(?:%s|[a-z]+ly)\b)(?:[a-zà-ÿ][\w\-]*|\d)" % "|".join(
    sorted(lx.PREPOSITIONS | lx.DETERMINERS | lx.CAPITALIZED_STOPWORDS | {"in", "out", "up", "down", "off", "back"})))
_COPULA_END = regexes.compile(r"\b(?:is|was|been|be|became|becomes|as|remains|remained)\s+$")
_NAMED_AFTER = regexes.compile(r"\b(?:the|in|at|near|outside|inside|across|around|into|throughout)\s+$", re.IGNORECASE)


def subject_position(text: str, lead: int) -> bool:
    """Whether a name at `lead` opens its sentence (or its sentence past an opening word or phrase)."""
    return _SUBJECT_START.search(text, max(0, lead - 80), lead) is not None


# "Her husband, the composer Ben Lowry, is …": a name set off after who the subject is, its verb past the comma.
_APPOSED_AFTER_ROLE = regexes.compile(r",\s+the\s+(?:[a-z\-]+\s+){0,2}(?:%s)\s+$" % _ROLE_WORDS)


def verb_past_apposition(text: str, lead: int, end: int) -> int:
    """Where the verb of a name's sentence is looked for: past the comma closing the name when the name is set off
    after a role ("Her husband, the composer Ben Lowry, is …"), else right after the name."""
    if text.startswith(",", end) and _APPOSED_AFTER_ROLE.search(text, max(0, lead - 60), lead):
        return end + 1
    return end


# "Marta Kowalczyk and her husband run …": a subject shared with one's kin is a person's.
_KIN_AFTER = regexes.compile(r"\s+and\s+(?:his|her)\s+(?:[a-z\-]+\s+)?(?:husband|wife|partner|son|sons|daughter|daughters|"
                             r"children|brother|brothers|sister|sisters|mother|father|parents|family|fianc[ée]e?)\b")


def kin_after(text: str, end: int) -> bool:
    return _KIN_AFTER.match(text, end) is not None


def finite_verb_after(text: str, end: int) -> bool:
    m = _FINITE_AFTER.match(text, end)
    if not m:
        return False
    verb, following = m.group(1), m.group(2)
    if verb in _NOT_VERBS or verb in lx.PERSON_NOUNS or verb in lx.ORG_HEADS or verb in lx.ANONYMOUS_HEADS:
        return False
    if verb in lx.FINITE_VERBS or verb.endswith("ed"):
        return True
    # "runs", "says", "fishes"; not "analysts said", "shares fell" (a noun, then the verb).
    return verb.endswith("s") and not verb.endswith("ss") and following not in _VERB_NEXT \
        and not (following or "").endswith("ed")


def maybe_body_end(words: Sequence[str]) -> bool:
    """Whether a name ends on a word that ends bodies' names and some people's ("Water", "Partners", "Steel")."""
    return words[-1].lower() in _MAYBE_PLACE_OR_BODY_ENDS


def place_or_body_words(words: Sequence[str]) -> bool:
    """Whether a name's words say it is a place's, a body's, a storm's or a work's ("Costa Rica", "Amnesty
    International", "Hurricane Melissa", "Swan Lake", "Moscow Exchange")."""
    lowered = [w.lower() for w in words]
    return lowered[0] in PLACE_OR_BODY_OPENERS or lowered[-1] in PLACE_OR_BODY_ENDS \
        or lowered[0] in lx.AFFILIATIONS and lowered[0] not in _GIVEN_NAME_AFFILIATIONS \
        or lowered[0] in lx.GOVERNMENT_PLACES or lowered[-1] in _COUNTRIES or any(w in lx.ORG_HEADS for w in lowered) \
        or len(lowered) >= 2 and lowered[-1] in _COUNTRIES_AND_SURNAMES and (lowered[0] in _REMIT_WORDS or lowered[-2] in _REMIT_WORDS)


_COMPANY_SUFFIX = regexes.compile(r"\s+(?:%s)\b" % lx.COMPANY_SUFFIXES)


def written_as_company(name: str, texts: Sequence[str]) -> bool:
    """Whether the article writes the name with a company's suffix somewhere: "Andina Copper said" where it wrote
    "operated by Andina Copper Corp" — unless the name opens on a given name ("Tom Reed" of "Tom Reed Holdings": its
    founder, then, as often as the firm)."""
    if name.split(" ", 1)[0].lower() in lx.FIRST_NAMES:
        return False
    return any(_COMPANY_SUFFIX.match(text, at + len(name)) for text in texts for at in occurrences(text, name))


def written_as_team(name: str, texts: Sequence[str]) -> bool:
    """Whether the article writes the name after "the" and in the plural, and its last word alone after "the" as a
    subject: "gave the Brandon Ironhawks a 1-0 win" … "The Ironhawks said" — a team's or a band's name, though it opens
    on a given name (not "the Sean Combs sentencing", a person's name set before a noun)."""
    last = name.rsplit(" ", 1)[-1]
    if not (name.endswith("s") and not name.endswith(("ss", "'s", "’s")) and " " in name):
        return False
    if not any(text[max(0, at - 4):at].lower() == "the " for text in texts for at in occurrences(text, name)):
        return False  # (most names: no pattern compiled for them)
    short = re.compile(r"\b[Tt]he %s(?=\s+(?:said|say|says|have|has|had|were|are|won|lost|beat|will|would|play|host)\b)"
                       % re.escape(last))
    return any(short.search(text) for text in texts)


# A name set off by what kind of body it is: ", the state’s building regulator,", ", a London-based maritime intelligence
# firm,", ", one of England's largest care home operators,".
# (The kind heads the phrase: not "Tom Reed, the head of the bank,", a person of a body.)
_SET_OFF_AS_BODY = regexes.compile(r",\s+(?:one\s+of\s+)?(?:the|a|an|its)\s+(?:(?!(?:of|for|at|in|with|to|from|by|on|and|who|which|that|whose|leading|heading|representing|running|chairing|advising|overseeing)\s)"
                                   r"[\w’'\-]+\s+){0,5}?(%s)s?\s*[,.;]" % "|".join(
    sorted(lx.ORG_HEADS | lx.BUSINESS_KINDS)))


def set_off_as_body(text: str, end: int) -> bool:
    """Whether the name ending at `end` is set off by what kind of body it is ("Building Standards Queensland, the
    state’s building regulator, said"): a body's name, however much it reads as a person's."""
    return set_off_noun(text, end) is not None


def set_off_noun(text: str, end: int) -> Optional[str]:
    """The kind of body a name ending at `end` is set off by ("regulator"), None when none."""
    m = _SET_OFF_AS_BODY.match(text, end) if text[end:end + 1] == "," else None
    return m.group(1).lower() if m else None


def place_or_body(words: Sequence[str], texts: Sequence[str], text: str, end: int) -> bool:
    """Whether the name's words, what its verb does (`text` from `end`), or how the article writes it elsewhere, say
    a name opening a sentence is a place's or a body's."""
    lowered = [w.lower() for w in words]
    if place_or_body_words(words) or lowered[0] in _MAYBE_PLACE_OR_BODY_OPENERS \
            or lowered[-1] in _MAYBE_PLACE_OR_BODY_ENDS or any(w in lx.GOVERNMENT_PLACES for w in lowered):
        return True
    verb = _FINITE_AFTER.match(text, end)
    if verb and _BUSINESS_OBJECT.match(text, verb.end(1)):  # (even "John Lewis cut 1,500 jobs": the retailer)
        return True
    if set_off_as_body(text, end):
        return True
    name = " ".join(words)
    alone = re.compile(r"\b(?:in|at|near|outside|across|around|throughout)\s+%s\b(?!\s+[A-Z])" % re.escape(words[0]))
    # "The Rhinos are second", "the Rhinos' fifth win" after "Leeds Rhinos": a team's or a firm's last word alone after
    # "the", then a verb, a preposition, a stop or a possessive (not "the Kowalczyk bakery", "the Williams sisters").
    the_last = re.compile(r"\b[Tt]he\s+%s(?:[’']s?\s|(?=\s*[,.;:!?)]|\s+(?:are|were|is|was|have|has|had|will|would|can|"
                          r"could|and|or|in|at|on|to|for|of|with|by|from|[a-z]+ed)\b))" % re.escape(words[-1]))
    if written_as_company(name, texts):
        return True
    for text in texts:
        if words[0] in text and alone.search(text):
            return True  # "Aleppo Textiles" in an article about trade "in Aleppo": a body named after its place
        if words[-1] in text and the_last.search(text):
            return True
        at = text.find(name)
        while at >= 0:
            if _NAMED_AFTER.search(text, max(0, at - 12), at) or text.startswith(("-based", "’s own", "'s own"), at + len(name)):
                return True  # "in Santa Aurelia", "the Goldman Sachs report"
            at = text.find(name, at + 1)
    return False


def pronoun_after(texts: Sequence[str], quotes: Sequence[Sequence], start: int, first_gender: Optional[str],
                  named_between: Callable[[int, int, int], bool]) -> Optional[bool]:
    """Reading on from `start` in texts[0] (then texts[1]), outside quotations: True when a he/she/his/"with her" of
    the name's gender comes before anything else it could mean; False when an it/its/they, an object him/her, a
    pronoun of the other gender or another person named or described comes first; None when nothing does.
    `named_between(k, a, b)`: whether texts[k] names someone else between offsets a and b."""
    for k, text in enumerate(texts):
        a = start if k == 0 else 0
        spans = sorted((s.start, s.end) for s in quotes[k])
        for m in _PRONOUN.finditer(text, a):
            if any(s <= m.start() < e for s, e in spans):
                continue
            if named_between(k, a, m.start()) or _described_between(text, spans, a, m.start()):
                return False
            word = m.group(1).lower()
            if word == "it" and PREPOSITION_END.search(text, max(0, m.start() - 12), m.start()):
                continue  # "X is late, and apologetic about it": a situation, nothing the name could be
            if word in ("it", "its", "they", "their", "them", "him"):
                return False
            if word == "her" and not _POSSESSED.match(text, m.end()):
                return False  # "hired her", "gave her a bonus": someone the name acts on; "opened her café": hers
            gender = "f" if word in ("she", "her") else "m"
            return first_gender in (None, gender)
        if named_between(k, a, len(text)) or _described_between(text, spans, a, len(text)):
            return False
    return None


def after_preposition(text: str, lead: int) -> bool:
    """Whether a preposition ("in", "with", "near") stands right before `lead`: a place's or an object's name."""
    return PREPOSITION_END.search(text, max(0, lead - 12), lead) is not None


def _described_between(text: str, spans: list, a: int, b: int) -> bool:
    for m in _DESCRIBED.finditer(text, a, b):
        noun = m.group(1)
        if noun in lx.PERSON_NOUNS and noun not in ("people", "residents", "officials", "sources", "members") \
                and not any(s <= m.start() < e for s, e in spans) \
                and not _COPULA_END.search(text, max(0, m.start() - 12), m.start()):
            return True
    return False
