"""Organizations as speakers: which words name one ("India's foreign ministry", "the Bank of England",
"Gazprom"), their spokespeople, statements and reports, and when a capitalized word is an organization
rather than a person. Used by quotes.py to tell who spoke."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from sitegen import regexes
from sitegen.analysis import lexicon as lx
from sitegen.analysis.text import occurrences, space_before

# ("A letter to parents from Fellside Academy in Kendal said": whom it went to, and where its sender is, around them.)
STATEMENT_FROM = regexes.compile(r"(?:an?|the)\s+(?:[a-z]+\s+)?(?:statement|notice|letter|filing|post)\s+(?:to\s+[a-z]+\s+)?"
                             r"(?:from|by|issued\s+by)\s+"
                             r"(?:the\s+)?([A-Z][\w'’.&\-]*(?:\s+(?:of|and|for|the|&)?\s*[A-Z][\w'’.&\-]*)*)(?:\s+in\s+[A-Z][\w\-]+)?")
_SPOKES_FOR_NOUN = regexes.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:spokesperson|spokesman|spokeswoman)\s+for\s+the\s+[a-z]+$")
NOT_A_SUBJECT = frozenset("and or but who which that whom whose also not then so it there this".split())

_PHRASE_WORD = regexes.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ][\w\-'’.&]*")
_NUMBER = regexes.compile(r"(?<=[A-Za-z] )\d{1,4}(?= [A-Z])")


def _phrase_words(clause: str) -> list[re.Match]:
    """The words of a clause, and a number standing inside a name, between two of its capitalized words: "The
    Brisbane 2032 Organising Committee" (not a live entry's time, "13.05 BST", nor "In 2025 the …")."""
    words = list(_PHRASE_WORD.finditer(clause))
    numbers = [n for n in _NUMBER.finditer(clause) if any(
        w.end() == n.start() - 1 and w.group(0)[0].isupper() and w.group(0).lower() not in lx.CAPITALIZED_STOPWORDS
        for w in words)] if any(ch.isdigit() for ch in clause) else []
    return sorted(words + numbers, key=lambda m: m.start()) if numbers else words
_CONNECTORS = frozenset({"of", "for", "and", "on", "the"})
DETERMINER_KINDS = {"a": "a", "an": "a", "one": "a", "another": "a", "the": "the", "its": "its", "their": "its",
                    "his": "its", "her": "its"}
GROUP_HEADS = frozenset({"analysts", "economists", "strategists", "researchers", "lawyers", "solicitors", "attorneys"})
PHRASE_PREPOSITIONS = lx.PREPOSITIONS | {"in", "inside", "outside", "across", "throughout"}


def _joins_and(words: list, k: int) -> bool:
    """Whether the "and" at words[k - 1] joins two halves of one organization's name."""
    if k < 2 or not (words[k - 2][0].isupper() and words[k][0].isupper()):
        return False
    if "of" in (x.lower() for x in words[max(0, k - 4):k - 1]):
        return True
    # "Department for Business and Trade", "Office for Students and Skills": a capitalized head, "for", its remits.
    # (Every word after "for" a remit: not "the Office for National Statistics and Treasury", two bodies.)
    if any(words[i].lower() == "for" and i > 0 and words[i - 1][0].isupper() and words[i - 1].lower() in lx.ORG_HEADS
           and all(w.lower() in REMITS for w in words[i + 1:]) for i in range(max(1, k - 4), k - 1)):
        return True
    # "(U.S.) Food and Drug Administration": a short capitalized part with no head of its own before it.
    first = k - 2
    while first > 0 and words[first - 1][0].isupper() and words[first - 1].lower() not in DETERMINER_KINDS:
        first -= 1
    left = words[first:k - 1]
    if _headless_public_body(words[first:]):
        return True  # "Fisheries and Oceans Canada": two remits of one body
    # (A place's name may open it, where remits stand either side of the "and": "Pell Crossing Parks and Recreation
    # Department".)
    return (words[-1].lower() in lx.ORG_HEADS
            and (len(left) <= 2 or len(left) <= 4 and left[-1].lower() in REMITS and words[k].lower() in REMITS)
            and not any(w.lower() in lx.ORG_HEADS for w in left))


_CAP = r"[A-Z][\w'’\-]*"
# "The Ministry of Housing, Communities and Local Government", "the Department for Environment, Food and Rural
# Affairs": a head, "of"/"for" and what the body is for, listed with commas and a last "and".
# ("The Union Ministry of Ports, Shipping and Waterways": India's federal ministry, "Union" part of its name.)
# ("The Eastern Cape Department of Sport, Recreation, Arts and Culture": a province's or a state's department, its
# place opening the name.)
_SERIAL_NAME = regexes.compile(r"(?:^|(?<=[\s(]))(?:[Tt]he\s+)?(?P<owner>{c}['’]s\s+|(?:Union|Federal|Central)\s+|"
                               r"(?:(?!The\s){c}\s+){{1,2}}(?=(?:Department|Ministry)\s))?(({c})\s+(?:of|for)\s+(?:the\s+)?{c}(?:\s+{c}){{0,2}}"
                               r"(?:,\s+{c}(?:\s+{c}){{0,2}})*),\s+({c}(?:\s+{c}){{0,2}}\s+and\s+(?:the\s+)?{c}(?:\s+{c}){{0,2}})\s*$"
                               .format(c=_CAP))


# What a ministry or department is for, as its name lists it.
REMITS = frozenset("""of for and the housing communities community local government health welfare sport sports media
culture food rural affairs environment environmental energy industrial strategy science innovation technology business
trade education skills work pensions transport digital levelling up fisheries agriculture water climate change justice
economy economic finance employment social care families family children youth equality equalities women security net
zero heritage tourism arts infrastructure development labour labor industry enterprise regions regional planning
research universities higher training consumer consumers competition markets natural resources mines mining forestry
forests land lands interior home civil service services public works national cohesion integration migration
immigration citizenship veterans sciences marine maritime ocean oceans aviation communications rail road roads
disability wellbeing gaeltacht ports shipping waterways refugees electronics broadcasting statistics textiles steel coal
renewable micro small medium enterprises chemicals fertilisers fertilizers tribal minority defence defense grievances
telecommunications parks recreation distribution supplies cultural ageing aging aged older seniors elderly disabilities
indigenous aboriginal multicultural""".split())


# Bodies named with "general" after them; not "the army general", "the attorney general": people.
_GENERAL_BODIES = frozenset({"consulate", "inspectorate", "directorate", "secretariat", "commissariat"})


def _serial_name(chunk: str, depth: int) -> Optional[tuple[str, str]]:
    """One organization whose name lists its remits with commas: the comma does not end the subject there.
    Every listed word must be a remit (not "the Ministry of Justice, Home Office and Treasury" or "the Department
    for Education, Ofsted and Ofqual": bodies of their own, several subjects)."""
    # (Looked for only where it can be, near the end: org_phrase reads every subject of an article.)
    m = _SERIAL_NAME.search(chunk[-200:]) if depth == 0 and " and " in chunk[-100:] and "," in chunk[-200:] else None
    if not m or m.group(3).lower() not in lx.ORG_HEADS:
        return None
    listed = re.findall(r"[A-Za-z]+", m.group(2) + " " + m.group(4))[1:]
    if not all(w.lower() in REMITS for w in listed):
        return None
    # ("Norway's Ministry of Trade, Industry and Fisheries": the country's, as the article names it.)
    return (m.group("owner") or "") + m.group(2) + ", " + m.group(4).strip(), "organization"


_ON_WEEKDAY_END = regexes.compile(r"\s+on\s+(?:%s)(?:\s+(?:morning|afternoon|evening|night))?\s*$"
                                  % "|".join(day.capitalize() for day in lx.WEEKDAYS))
_ACRONYM_IN_BRACKETS = regexes.compile(r"(?<=[A-Za-z])\s*\([A-Z][A-Za-z.&\-]{1,11}\)$")
_CLOCK = regexes.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b\.?", re.IGNORECASE)
_MINUTES_AND_ZONE = regexes.compile(r"^\s*\d{2}\s+(?:%s)\s+(?=[A-Z])" % lx.TIME_ZONES)


# The posts a state or a body keeps in many places, named by where they sit: "Russia's embassy in Ottawa", "the
# Russian consulate general in Kirkenes", "the customs investigation office in Munich".
# (A court too, by the city it sits in: "the High Court in Dublin" and "in Belfast" are two. Not a ministry: "the
# Ministry of Defence in London" is the ministry, in its capital.)
_BRANCH_HEADS = frozenset("""embassy embassies consulate consulates general mission missions office offices bureau
delegation delegations representation commission branch station court courts""".split())


# Whose family: a surname ("the Doyle family"), or someone's ("Mr Price's family", "Olsen's family").
_FAMILY_OWNER = regexes.compile(r"(?:^|(?<=\s))((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?!(?:The|A|An|One|Another|Every|Each)\s)[A-Z][\w\-]+"
                                r"(?:\s+[A-Z][\w\-]+)?(?:['’]s)?)\s+family\s*$")
_OF_THE_FAMILY = regexes.compile(r"\b(?:of|to|for|with|from|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:the\s+)?$")


def org_phrase(chunk: str, depth: int = 0) -> Optional[tuple[str, str]]:
    """The noun phrase that ends `chunk`, when it names an organization or an unnamed speaker.

    Returns (name, kind): kind "organization" ("India's foreign ministry", "Nomura analysts",
    "Bank of England"), "anonymous" ("a senior White House official", "officials") or "anaphor"
    ("the ministry", with no owner: whichever organization was quoted before). None otherwise.
    """
    if chunk.endswith(")"):
        # "The Ministry of External Affairs (MEA)": the body's acronym in brackets after its name.
        chunk = _ACRONYM_IN_BRACKETS.sub("", chunk)
    if "day" in chunk[-24:]:
        # "The Independent Power Producer Office on Wednesday": the day it spoke, no part of its name.
        chunk = _ON_WEEKDAY_END.sub("", chunk)
    serial = _serial_name(chunk, depth)
    if serial:
        return serial
    clause = re.split(r"[,;:()\u2588—–\"“”]", chunk)[-1]
    if "m" in clause:
        clause = _CLOCK.sub(" ", clause)  # ("**3.40pm** Turkey's foreign ministry": the live entry's time, no owner's word)
    if clause[:3].strip()[:1].isdigit():
        # ("13:10 BST Ukraine's presidential office", split at its colon: the minutes and the zone, no part of the name.)
        clause = _MINUTES_AND_ZONE.sub(" ", clause)
    if re.match(r"\s*(?:who|whose|whom|which)\b", clause):
        return None  # "Peter Hollis, who chairs the Owners Association, called": the org is no subject
    words = [m.group(0) for m in _phrase_words(clause)][-10:]
    if not words:
        return None
    head = words[-1]
    lower = head.lower()
    if lower == "general" and len(words) >= 2 and words[-2].lower() in _GENERAL_BODIES:
        lower = words[-2].lower()  # "the Russian consulate general", "the inspectorate general": the head before it
    if lower == "family" and len(words) >= 2 and words[-2][:1].isupper() and words[-2].lower() not in lx.CAPITALIZED_STOPWORDS:
        # "the Doyle family described him as "…"", "Mr Price's family said": a family speaks as one, by its name.
        owner = _FAMILY_OWNER.search(clause)
        # (Not a people's family, "A British family said", nor one that others speak for: "Friends of the Walsh family",
        # "a relative of the Doyle family", "people close to the family".)
        if owner and owner.group(1).split()[0].lower() not in lx.AFFILIATIONS \
                and not _OF_THE_FAMILY.search(clause, 0, owner.start(1)):
            return owner.group(1) + " family", "organization"
    if lower not in lx.ORG_HEADS and lower not in lx.ANONYMOUS_HEADS and lower not in lx.ANAPHOR_ONLY_HEADS \
            and not head[0].isupper():
        spokes = _SPOKES_FOR_NOUN.search(clause) if lower in ORG_NOUNS_SPOKEN_FOR else None
        # "A spokesperson for the force": an unnamed speaker, for whichever organization "the force" is (see _group).
        return (spokes.group(0)[0].lower() + spokes.group(0)[1:], "anonymous") if spokes else None
    # Walk back over the phrase: owners (capitalized or possessive), lowercase modifiers, and inside a
    # proper name its connectors ("Bank of England", "Federation of Indian Export Organisations").
    k = len(words) - 1
    while k > 0:
        w = words[k - 1]
        lw = w.lower()
        if lw == "the" and k >= 3 and words[k - 2].lower() in ("of", "for", "on") and words[k - 3][0].isupper() \
                and words[k][0].isupper():
            k -= 2  # "Federal Office for the Environment", "Ministry of the Interior": one name
            continue
        if lw == "and" and _joins_and(words, k):
            # "Office of Rail and Road", "Food and Drug Administration" — not "the Treasury and Bank of England"
            k -= 1
            continue
        if lw in DETERMINER_KINDS or (w.islower() and (lw in lx.SPEECH_VERBS or lw in lx.AUXILIARIES or lw in NOT_A_SUBJECT)):
            break
        if w.islower() and words[k][0].isupper() and words[k].endswith(("'s", "’s")) and len(words) - k <= 4 \
                and words[-1].lower() in lx.ORG_HEADS:
            break  # "an attack Ukraine's foreign ministry described as …": the owner opens the body's name, the noun before
            # it is what the relative clause is about
        if lw in _CONNECTORS and lw != "the":
            if k >= 2 and words[k - 2][0].isupper() and words[k][0].isupper():
                k -= 1
                continue
            break
        if lw in PHRASE_PREPOSITIONS or (w.islower() and (lw.endswith("ed") or lw.endswith("ing"))):
            if not (k == len(words) - 1 and lw.endswith("ing") and k >= 2 and words[k - 2][0].isupper()
                    and words[k - 2].lower() not in lx.CAPITALIZED_STOPWORDS):
                break  # (but "the DeepState monitoring group": what a named group does, between its name and head)
        k -= 1
    phrase = words[k:]
    if len(phrase) >= 2 and DESCRIPTOR_WORD.fullmatch(phrase[0]):
        # "the Dubai-based group": a description, not a name (see below); "the Helsinki-based Baltic Energy Monitor":
        # the name after its description.
        phrase = phrase[1:] if phrase[1][:1].isupper() else [phrase[0].lower()] + phrase[1:]
    det = DETERMINER_KINDS.get(words[k - 1].lower()) if k > 0 else None
    before_det = words[k - 2].lower() if k > 1 and det else (words[k - 1].lower() if k > 0 and not det else "")
    if before_det in ("and", "or") and depth == 0:
        joined = k - (3 if det else 2)
        if joined >= 0 and words[joined][0].isupper() and words[joined].lower() not in lx.CAPITALIZED_STOPWORDS:
            return None  # "Donald Trump and the White House said": two subjects, whose words cannot be told apart
    if before_det in PHRASE_PREPOSITIONS and before_det not in ("and", "or"):
        # "An economist at a large bank": the phrase is an object; the subject stands before it, and
        # only an unnamed one is taken from there ("a senior trade official in New Delhi").
        # (Where that preposition is, not the last word like it: "a spokesperson for the Department for Education".)
        starts = [m.start() for m in _phrase_words(clause)][-len(words):]
        cut = starts[k - 2 if det else k - 1] - 1
        if cut <= 0 or depth > 1:  # (one level in: "a spokesperson for the U.S. Embassy in Ottawa")
            return None
        found = org_phrase(clause[:cut], depth + 1)
        if found and found[1] == "anonymous" and before_det == "for" and found[0].split()[-1] in SPOKES:
            # "a spokesperson for the U.S. Attorney's Office": the office speaks through them.
            owner = org_phrase(clause[cut + len(" for "):], depth + 1)
            if owner and owner[1] == "organization":
                return owner
        if found and (found[1] == "anonymous" or (found[1] == "organization" and before_det in ("in", "at"))
                      or found[1] == "organization" and before_det == "to" and found[0].split()[-1].lower() in _SENT_TO):
            # "The Chinese Embassy in Tokyo": where an organization sits is part of its name; "Norway's mission to
            # the UN": so is the body a mission is sent to.
            # (Only a post a state or a body keeps in many places: "St. Brendan Regional Medical Center in Lewiston" is
            # the hospital, wherever it is.)
            if found[1] == "organization" and before_det in ("in", "at") \
                    and not any(w.lower().rstrip(".") in _BRANCH_HEADS for w in found[0].split()):
                return found
            return found[0] + clause[cut:].rstrip(" ,"), found[1]
        if (found and found[1] == "anaphor" and before_det == "in" and not det and len(found[0].split()) == 2
                and found[0].split()[0].islower() and found[0].split()[-1] in _STATE_HEADS
                and " ".join(phrase).lower() in lx.GOVERNMENT_PLACES and k >= 4 and words[k - 4].lower() == "the"):
            # "The foreign ministry in Moscow": which state's office, told by the capital it sits in; a description
            # rather than a name, so shown with its "the", as unnamed speakers are with theirs.
            return "the " + found[0] + clause[cut:].rstrip(" ,"), "organization"
        described = _DESCRIBED_BODY.fullmatch(clause[:cut]) if before_det == "in" and not det and head[0].isupper() \
            and (found is None or found[1] == "anaphor") else None
        if described and described.group(1).split()[-1].lower() in lx.ORG_HEADS:
            # "The tax investigation office in Lyon said": a body told by what it does and the town it sits in, which
            # is its name for the article (no other body could be meant).
            return described.group(1) + clause[cut:].rstrip(" ,"), "organization"
        inner = _PHRASE_WORD.findall(clause[:cut])
        # ("Semyonov's lawyers at Carter Lowe said": whose lawyers they are, then the firm.)
        if (inner and inner[-1].lower() in GROUP_HEADS and before_det in ("at", "from") and head[0].isupper()
                and (len(inner) == 1 or len(inner) == 2 and inner[0].endswith(("'s", "’s")))):
            # "Analysts at Kestrel Bank wrote": the firm speaks through its analysts' note, as through a statement.
            firm = clause[cut:].strip(" ,").split(None, 1)[1]
            return (firm[4:] if firm.startswith(("the ", "The ")) else firm), "organization"
        return None
    if det == "its":
        return None
    heads = [w for w in phrase if w.lower() in lx.ORG_HEADS or w.lower() in lx.ANAPHOR_ONLY_HEADS]
    # ("The European planemaker": a company described by where it is from, not named; "the Russian foreign
    # ministry" is a name, and so is "the Russian central bank": a state has one.)
    company = lower in HEAD_FAMILIES[0] and not (len(phrase) >= 3 and phrase[-2].lower() == "central" and lower == "bank")
    owner = any((w[0].isupper() and not (w.lower() in lx.AFFILIATIONS and company))
                or w.endswith(("'s", "’s")) for w in phrase[:-1])
    # ("IT staff had warned managers", "NHS staff say": people who work there, unnamed; "the General Staff" is a body.)
    if lower in lx.ANONYMOUS_HEADS and lower not in lx.ORG_HEADS or lower == "staff" and head == "staff" and owner:
        if det == "the" and not owner:
            return None  # "the official": a role the article may have given someone (see _role)
        if det == "its":
            return None
        shown = (words[k - 1].lower() + " " if det else "") + " ".join(phrase)
        return shown, "anonymous"
    if head[0].isupper() and not (len(phrase) == 1 and det is None and k == 0):
        # A proper name (not one word capitalized only because it starts the sentence: "Analysts said"): its capitalized words from the first one, with a head noun among them.
        first = next(i for i, w in enumerate(phrase) if w[0].isupper())
        proper = phrase[first:]
        if any(not w[0].isupper() and w.lower() not in _CONNECTORS and not (i and w[0].isdigit())
               for i, w in enumerate(proper)):
            return None
        if not any(w.lower() in lx.ORG_HEADS for w in proper) and not _headless_public_body(proper) or det == "a":
            return None
        if len(proper) > 3 and proper[2] == "of" and _reads_as_a_name(proper[:2]):
            return None  # "Aarohi Patwardhan of Holy Cross Junior College said": someone of a body, not the body
        if any(w.endswith(("'s", "’s")) and not (i > 0 and w.endswith(_PLURAL_POSSESSIVE))
               and w[:-2].lower() not in lx.TITLE_WORDS  # "U.S. Attorney's Office", "Sheriff's Office"
               and not (i == 0 and k == 0 and proper[1].lower() in lx.ORG_HEADS)
               and not (i == 0 and (w[:-2].lower() in lx.GOVERNMENT_PLACES or w[:-2].lower() in lx.COUNTRIES))  # "Russia's Defence Ministry", as "India's foreign ministry"
               and not (i == 0 and proper[-1].lower() in _STATE_HEADS)  # "Azerbaijan's Defence Ministry": a state's office
               for i, w in enumerate(proper[:-1])):
            return None  # "Russia's Foreign Ministry" is two names; "International Longshoremen's Association" one
        return " ".join(proper), "organization"
    if not heads or lower not in lx.ORG_HEADS and not (lower in lx.ANAPHOR_ONLY_HEADS and det == "the" and not owner):
        return None
    if det == "a":
        return None  # "a bank said": which one cannot be told
    if not owner:
        # "the ministry", "the engine maker": an organization named before, if one fits (see fits_family).
        return (" ".join(phrase), "anaphor") if det == "the" and len(phrase) <= 2 else None
    if len(phrase) >= 3 and phrase[-2].endswith("ing") and phrase[-2].islower() and lower in _KIND_HEADS and all(
            w[0].isupper() and not w.endswith(("'s", "’s")) for w in phrase[:-2]):
        # "the DeepState monitoring group" is DeepState; but "the Port Wren planning department" is a part of the
        # town's council, named with what it does (a department, an office, a unit: no kind of body a name has).
        return " ".join(phrase[:-2]), "organization"
    # ("the opposition Isamaa party": plain words saying what the body is come before its name.)
    named = phrase[next((i for i, w in enumerate(phrase) if w[0].isupper()), 0):-1]
    if (det == "the" and named and lower in _KIND_HEADS and all(
            w[0].isupper() and not w.endswith(("'s", "’s")) and w.lower() not in _NOT_A_BODYS_NAME for w in named)):
        return " ".join(named), "organization"  # "the IG Metall union": the name, then what kind of body it is
    return " ".join(phrase), "organization"


# What a public body is for, named before the country or region it serves with no head noun: "Fisheries and Oceans
# Canada", "Global Affairs Canada", "Sport England", "Transport Scotland" (not "Northern Ireland": a place).
_PUBLIC_REMITS = REMITS | frozenset("global parks statistics refugees safety geoscience historic revenue customs border "
                                    "indigenous".split())


def _headless_public_body(proper: list[str]) -> bool:
    """A public body's name with no head noun: its remits and the country or region it serves ("Fisheries and Oceans
    Canada"), or a civil defence or protection service ("Thames-Coromandel Civil Defence")."""
    last = proper[-1].lower()
    if len(proper) >= 2 and proper[-2].lower() == "civil" and last in ("defence", "defense", "protection"):
        return True
    return len(proper) >= 2 and (last in lx.COUNTRIES or last in lx.GOVERNMENT_PLACES) and proper[0][0].isupper() \
        and proper[0].lower() not in ("and", "of", "for", "the") and all(w.lower() in _PUBLIC_REMITS for w in proper[:-1])


SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman"})
# Bodies named by whom they are sent to ("Russia's mission to the EU", "the EU delegation to Ukraine").
_SENT_TO = frozenset("mission delegation embassy representation".split())
# A body described in lowercase words ending on its head noun, after "the" (see org_phrase: "in" and a town follow).
_DESCRIBED_BODY = regexes.compile(r"\s*(?:[Tt]he)\s+((?:[a-z][\w\-]*\s+){1,3}[a-z][\w\-]*)\s*")
# Lowercase heads that only say what kind of body the capitalized name before them is ("the IG Metall union"); a
# state's offices ("the Biden administration", "the Tory government") are named with theirs.
_KIND_HEADS = frozenset("union group company firm carmaker chipmaker drugmaker planemaker airline lender bank "
                        "retailer insurer charity federation alliance coalition association party".split())
_NOT_A_BODYS_NAME = lx.AFFILIATIONS | lx.GOVERNMENT_PLACES | lx.ORG_HEADS | lx.TITLE_WORDS | lx.CAPITALIZED_STOPWORDS
DESCRIPTOR_WORD = regexes.compile(r"[A-Z][\w’'.\-]*-(?:based|owned|listed|backed|run|headquartered|registered|born)")
# Offices only a state has: a possessive before one is a country's ("Azerbaijan's Defence Ministry"), whatever the country.
_STATE_HEADS = frozenset("ministry government parliament army navy embassy cabinet presidency".split())
# (Its name may join words by "for", "of" or "and": "a Department for Transport spokesperson".)
SPOKES_OWNER = regexes.compile(r"(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w\-'’.&]*\s+(?:(?:for|of|and)\s+(?=[A-Z]))?){0,3}"
                               r"[A-Z][\w\-'’.&]*)\s+(?:spokesperson|spokesman|spokeswoman)$")
_ORG_HEADS = "|".join(sorted(w for w in lx.ORG_WORDS if w.isalpha()))
SPOKES_OFFICE = regexes.compile(r"(?:[Aa]n?|[Tt]he)\s+([A-Z][\w\-'’.&]*(?:\s+[\w\-'’.&]+){0,5}\s+(?i:%s)"
                            r"|(?=[A-Z])(?i:%s)\s+of\s+(?:[\w\-'’.&]+\s+){0,5}[A-Z][\w\-'’.&]*)"
                            r"\s+(?:spokesperson|spokesman|spokeswoman)$" % (_ORG_HEADS, _ORG_HEADS))
BARE_SPOKES = regexes.compile(r"(?:an?|the)\s+(?:spokesperson|spokesman|spokeswoman)$")
NEW_CLAUSE = regexes.compile(r"[\s,—–]*(?:while|whereas|although|though)\b", re.IGNORECASE)  # (read with .match)
# ", a network of seismometers", ", the country's largest union,", ", the agency responsible for …,": an appositive
# whose head noun is a body's says the name is one (its head: the last word before "of", a relative pronoun or the
# appositive's end). (Not past a preposition: ", an analyst at the bank," is a person's, whose head noun comes before
# "at".)
_APPOSED_BODY_ENDS = (r"(?=\s+(?:of|that|which|with|in|at|for|from|on|based|responsible|founded|established|owned|run|"
                      # (Or what it was made by: "Coastal Fresh, a family-owned business founded in East London in 1978,".)
                      r"headquartered)\b|\s*[,.;—–])")
BODY_APPOSED = regexes.compile(
    r"\s*[,—–]\s*(?:a|an|the)\s+(?:(?:(?!(?:who|that|which|whose|at|in|for|from|with|on|by)\b)[\w\-’']+\s+){0,4}?(?:%s)\b"
    # (A business, a chain, a brand: no person is one — the apposition's own noun, not one past its "of": "Mary
    # Brannagh, a stalwart of the family business,".)
    r"|(?:(?!(?:who|that|which|whose|at|in|for|from|with|on|by|of|to)\b)[\w\-’']+\s+){0,4}?(?:business|chain|brand|franchise)\b)"
    % "|".join(sorted(lx.ORG_WORDS | lx.ORG_HEADS)) + _APPOSED_BODY_ENDS)
# ", and Rosneft has said", "; but Kyiv …": an "and"/"but" after a comma or opening a clause has a subject of its own (not
# the "and" of "talks with Reuters and Rosneft").
CLAUSE_AND = regexes.compile(r"(?:^|[,;])\s*(?:and|but)\s+$")

# Head words that may point back to an organization named without one ("Nvidia", "AEMET"), and the
# families of heads that may stand for one another ("the regulator" for the Office of Rail and Road).
POLICE_HEADS = frozenset("police force constabulary".split())
HEAD_FAMILIES = (
    lx.BUSINESS_KINDS,
    frozenset("regulator watchdog agency authority office commission board bureau branch administration "
              "service organization organisation".split()),
    frozenset("ministry department government office treasury utilities utility".split()),  # (a city's water utility)
    frozenset("utility utilities hydro".split()),  # ("Manitoba Hydro said …. "…," the utility said": no government)
    frozenset("union association alliance federation coalition organisation organization group".split()),
    POLICE_HEADS,  # ("a spokesperson for the force" after "North Yorkshire Police said")
)


# A sports club's name says what it is by its last or first word ("… Rovers", "… FC", "Real …"): "the club" points back
# to it.
CLUB_HEADS = frozenset("club team side".split())
# (Not "City", "Town", "County": "Mexico City", "Leicester City Council" are places and their councils.)
_CLUB_LAST = "FC AFC CF SC Rovers United Athletic Wanderers Albion Rangers Hotspur Celtic Thistle Harriers"
_CLUB_FIRST = "Real Sporting Dynamo Dinamo Olympique Borussia Rapid Racing Atlético"
CLUB_NAME = regexes.compile(r"(?<![\w’'])((?:[A-Z][\w’'.\-]*\s+){1,3}(?:%s)|(?:FC|AFC|%s)(?:\s+[A-Z][\w’'.\-]*){1,3})(?![\w’'])"
                            % ("|".join(_CLUB_LAST.split()), "|".join(_CLUB_FIRST.split())))


def fits_family(head: str, name: str, article: str) -> bool:
    """Whether "the <head>" can be the organization called `name`."""
    # ("Blackwater Co-op" is a "co-op" as well as its two words.)
    tokens = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", name.lower())
    words = set(tokens) | {part for token in tokens for part in token.split("-")}
    if head in lx.ANAPHOR_ONLY_HEADS:
        # ("Saffron Reel Studios" … "the studio said": the word or its plural ending the name — not "Network Rail".)
        return bool(tokens) and tokens[-1] in (head, head + "s")
    if head in words or head + "s" in words:
        return True  # ("Saffron Reel Studios" … "the studio said": the plural its name ends on)
    if head in CLUB_HEADS and CLUB_NAME.fullmatch(name) and name.split()[-1].lower() not in lx.ORG_HEADS:
        return True  # "Dunmore Athletic have sacked their manager. "…," the club said"
    heads = words & lx.ORG_HEADS
    if head == "charity" and heads & {"society", "trust", "foundation", "fund"}:
        return True  # "The Royal Society for the Protection of Birds said … "…," the charity said"
    if heads:
        return any(head in family and heads & family for family in HEAD_FAMILIES)
    # ("The FAA said …. "…," the agency said" after the article spelled out the Federal Aviation Administration: the
    # initials are what their words are.)
    spelled = _spelled_out(name, article)
    if spelled:
        return fits_family(head, spelled, article)
    # A name with no head word ("Nvidia", "AEMET") is a company's, unless the article says what it is:
    # "Spain's weather agency AEMET", "NICE, the spending watchdog", "the consultancy Meridian Advisory".
    said = re.escape(name)
    if head in HEAD_FAMILIES[0]:
        # ("the energy regulator Ofgem": the last of a few plain words before the name says what it is.)
        called = re.search(r"\b(?:the|a|an)\s+(?:[a-z\-]+\s+){0,2}?([a-z]+)\s+%s\b" % said, article)
        return not called or called.group(1) == head or any(
            head in family and called.group(1).rstrip("s") in {w.rstrip("s") for w in family} for family in HEAD_FAMILIES) \
            or called.group(1).rstrip("s") not in _ORG_NOUNS
    return called_so(head, name, article)


def called_so(head: str, name: str, article: str) -> bool:
    """Whether the article sets the body's name beside the head word: "His union, the NAHT", "Qantas, the national
    airline," (what kind of body it says the name is)."""
    said = re.escape(name)
    return bool(re.search(r"\b%s,?\s+(?:the\s+)?%s\b" % (head, said), article, re.IGNORECASE)  # ("His union, the NAHT")
                or re.search(r"\b%s,\s+(?:the|a|an|its)\s+(?:[\w\-]+\s+){0,3}%s\b" % (said, head), article, re.IGNORECASE))


def _spelled_out(name: str, article: str) -> Optional[str]:
    """The words an organization's initials stand for, where the article writes them out: "FAA" → "Federal Aviation
    Administration" ("of", "for", "and", "the" between them not counted)."""
    if not 2 <= len(name) <= 6 or not name.isupper() or not name.isalpha():
        return None
    words = r"\s+(?:(?:of|for|and|the|on)\s+)*".join(f"{c}[a-z]+" for c in name)
    found = re.search(r"\b%s\b" % words, article)
    return found.group(0) if found else None


_NAMES_OF_PLACES_OPEN = frozenset("saint st san santa sainte holy our new old north south east west great little upper "
                                  "lower fort port mount".split())


def _reads_as_a_name(words) -> bool:
    """Two capitalized words that could be a person's given name and surname: no word of a body's name, a title, a
    nationality, a place of government or an acronym among them ("Royal Society", "Holy See", "United States" are not)."""
    if words[0].lower().rstrip(".") in _NAMES_OF_PLACES_OPEN:
        return False  # ("Saint Mary of the Angels Church", "New Haven of …")
    return all(w[:1].isupper() and not w.isupper() and w.lower() not in lx.ORG_WORDS and w.lower() not in lx.ORG_HEADS
               and w.lower().strip(".") not in lx.TITLE_WORDS and w.lower() not in lx.AFFILIATIONS
               and w.lower() not in lx.GOVERNMENT_PLACES and w.lower() not in lx.CAPITALIZED_STOPWORDS
               and w.lower() not in lx.COUNTRIES for w in words)


STATEMENT_FROM_SUBJECT = regexes.compile("(?:[Aa]n?|[Tt]he)" + STATEMENT_FROM.pattern[len("(?:an?|the)"):])
ISSUED = frozenset({"statement", "release", "press release", "letter", "filing", "announcement", "note"})
# "Thames Water's statement", "The European Commission's own impact assessment": an owner's document.
# (It opens on a capital: the lookahead lets the scan pass every other character at once.)
# What a body issues in its own name: "Thames Water's statement", "the federation's annual report".
OWNED_DOCUMENT_NOUNS = "statement|report|study|letter|filing|announcement|guidance|assessment|review|analysis|memo"
OWNER_DOCUMENT = regexes.compile(r"(?=[A-Z])(?:^|(?<=\s))(?:The\s+)?((?:[A-Z][\w&\-.]*\s+){0,4}[A-Z][\w&\-.]*)['’]s\s+(?:[a-z]+\s+){0,2}?"
                             r"(" + OWNED_DOCUMENT_NOUNS + r")$")
# "Its report, published on Thursday,": an organization's document, the subject of the sentence (also by its title:
# "Its Financial Stability Review, published on 25 November,").
ITS_DOCUMENT = regexes.compile(r"\s*(?:Its|Their)\s+(?:[a-z\-]+\s+|(?:[A-Z][\w\-]*\s+){1,3}(?=[A-Z]))?"
                           r"((?i:report|study|review|assessment|survey|analysis|audit|"
                           r"statement|findings|forecast|guidance|letter|filing|note|announcement))"
                           r"(?:\s*,[^,;\u2588]{1,60},|\s*,\s*\u2588[\u2588\s]{0,80},)?\s*")  # (or its title: "Its report, ‘…’,")
# A sentence opening on an organization's name and its verb: "The Care Quality Commission (CQC) inspected".
ORG_OPENING = regexes.compile(r"\s*(?:The\s+)?([A-Z][\w&'’.\-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w&'’.\-]*)*)"
                          r"(?:\s*\([A-Z]{2,8}\))?\s+(?:has\s+|had\s+|have\s+)?(?:[a-z]+(?:ed|s)|held|made|took|gave|kept|set|"
                          r"cut|sent|found|met|left|put|rose|fell|won|lost|paid|sold|bought|spent|led|began|saw|chose|said)\b")
DOCUMENTS = frozenset("report study review assessment survey analysis audit inquiry investigation "
                      # (Papers a body or an official writes: "planning documents prepared by the ministry".)
                      "document documents memo memorandum dossier".split())
# (Or guidance, which needs no article: "Current guidance from the National Institute for Health and Care Excellence
# describes …".)
DOCUMENT_SUBJECT = regexes.compile(r"\s*(?:(?:[Aa]n?|[Tt]he|[Aa]nother|[Ii]ts|[Tt]heir)\s+(?:[\w\-]+\s+){0,2}?(?:report|study|review|"
                               r"assessment|survey|analysis|audit|note|guidance|guidelines)|(?:[Cc]urrent|[Nn]ew|[Ll]atest|"
                               r"[Oo]fficial|[Nn]ational)\s+(?:guidance|guidelines))\b"
                               r"(?:,\s*(?:published|commissioned|written|compiled|carried\s+out)\s+)?"
                               r"[^,;\u2588]{0,60}\b(?:by|from)\b")  # ("The report, published by X, said", "A note … from X warned")
DOCUMENT_BY = regexes.compile(r"\b(report|study|review|assessment|survey|analysis|audit|documents?|memo|memorandum|dossier|letter|paper|"
                              r"statement|note|guidance|guidelines)\b"
                              # (Not who saw it: "a joint paper seen by POLITICO", "a report obtained by Reuters".)
                              r"(?:[^.;!?\u2588]{0,40}?(?<!seen )(?<!obtained )(?<!reviewed )(?<!viewed )\bby|\s+from|"
                              r"\s+to\s+(?:its\s+)?(?:clients|investors|members|staff)\s+from)\s+")  # ("a memo from the finance director, …")
_PLURAL_POSSESSIVE = ("men's", "men’s", "ren's", "ren’s", "s'", "s’")
COMMON_SUBJECTS = frozenset("""management everyone everybody nobody somebody someone anyone leadership family opposition
prosecution defence defense security intelligence authorities""".split())


def name_is_plural(word: str) -> bool:
    # (A capital inside the word makes it a name, never a plural noun capitalized by the sentence start: "GlobalFoundries".)
    return word.endswith("s") and not word.endswith("ss") and not any(c.isupper() for c in word[1:])


COUNTRY_ACRONYMS = frozenset("US USA UK UAE EU UN DRC PRC ROK DPRK".split())
# ("said in a capacity statement", "in a joint statement": a statement of some kind.)
# ("Sanral said in a written response to questions that …": a body answers in writing as it issues a statement.)
_ORG_CUE_AFTER = regexes.compile(r"^[^.!?;\"“”\u2588]{0,60}?\b(?:it|its|in a (?:[a-z\-]+\s+)?statement|in a filing|"
                                 r"in a written (?:response|reply|answer)|"
                                 r"in a regulatory filing|in a release|in a press release)\b")
_STATEMENT_AFTER = regexes.compile(r"\s+(?:said|says)\s+in\s+a\s+(?:written\s+|brief\s+)?(?:statement|filing|release)\b")
# ("In its letter to us, UK Sport said": a letter, a filing or a submission is issued as a statement is.)
# ("In a statement to the stock exchange, Brackley & Vane said": whom the statement went to, a few words.)
ORG_CUE_BEFORE = regexes.compile(r"\b[Ii]n\s+(?:a|its|their)\s+(?:[a-z]+\s+)?(?:statement|letter|filing|submission)"
                                  r"(?:\s+to\s+(?:us|me|(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,2}))?\s*,\s*(?:the\s+)?$")
NOT_ORG_WORDS = (lx.CAPITALIZED_STOPWORDS | lx.PERSON_NOUNS | lx.ANONYMOUS_HEADS | lx.ORG_HEADS | lx.TITLE_WORDS
                  | lx.AFFILIATIONS | lx.CALENDAR_WORDS | lx.ROLE_NOUNS)


# The small words inside a Romance or Germanic body's name: "Universidad del Tajo", "Banco de la Nación", "Cour des comptes".
# (And a firm's ampersand: "Brackley & Vane".)
_PARTICLE = r"(?:(?:de\s+la|de|del|della|di|da|do|dos|das|du|des|der|van|von|en|i|y|&)\s+)?"


# Words for a part of a place before its name: "for northern Telangana", "across rural Kerala".
_PART_OF_A_PLACE = frozenset("""northern southern eastern western central north south east west northeastern
northwestern southeastern southwestern rural coastal neighbouring neighboring greater upstate downtown inner outer
upper lower""".split())


_OPENING_TO_NAME = regexes.compile(r"\s*(?:In|At|On|After|From|Speaking|Responding|Writing|Asked)\b[^,;:\u2588]{1,60},\s*$")


def one_word_org(masked: str, clause_start: int, end: int, article: str, verb_at: Optional[int] = None) -> Optional[str]:
    """The name of an organization written as capitalized words without a head noun ("Gazprom",
    "CFM International", "Sino-Metals Leach Zambia") that ends masked[clause_start:end] and is the
    subject of the speech verb after it, when no person has that name.

    Such words may be a place ("Beijing said"), an unknown person or a plural noun that starts a
    sentence ("Traders said"), so they need evidence: an acronym ("OMV", "AEMET"); "it"/"its"/"in a
    statement" after the verb; or, for one word, standing right after the quote (`," Airbus said`),
    never written as a place ("in Airbus"). A fuller name the article gives ("Eli Lilly's …" before
    "Lilly said") is used instead, as with people."""
    text = masked[clause_start:end].rstrip(" ,")
    # (A capital with an accent too: "Digital Rights Éire".)
    m = re.search(r"(?:^|(?<=[\s(]))((?:[A-ZÀ-ÖØ-Þ][\w&\-]*\s+%s){0,3}[A-ZÀ-ÖØ-Þ][\w&\-]*\w)$" % _PARTICLE, text)
    if not m:
        return None
    words = m.group(1).split()
    at = m.start()
    # "the British Antarctic Survey": a nationality after "the" opens the body's name (not "British officials").
    whole = False
    while words and words[0].lower() in NOT_ORG_WORDS:
        whole = len(words) >= 3 and words[0].lower() in lx.AFFILIATIONS and re.search(r"\b[Tt]he\s+$", text[:at]) is not None
        if whole:
            break
        at = text.index(words[1], at + len(words[0])) if len(words) > 1 else len(text)
        words = words[1:]
    if not words or any(w.lower() in NOT_ORG_WORDS or w.endswith(("'s", "’s")) for w in words[whole:]):
        return None
    if len(words) == 1 and words[0].lower() in lx.GOVERNMENT_PLACES:
        return None  # "Beijing said": a government, which the article does not name
    if len(words) == 1 and words[0].lower() in COMMON_SUBJECTS:
        return None  # "Management said it", "Everyone said it": no one organization
    before = re.findall(r"[A-Za-z’'\u2588]+", text[:at])
    after_quote = not before and clause_start > 0 and masked[clause_start - 1] == "\u2588"
    if before:
        prev = before[-1]
        # (Past an opening phrase set off by a comma, a name in it is no part of this one: "In a statement to the BBC,
        # Pantrymart said".)
        # (Only for a name the article shows to be a body's, or an acronym: "In a statement to the BBC, Jenkins said"
        # may be a person the article never introduced.)
        # ("In its statement to the ASX, Harbourline said": "its" says the name is a body's.)
        opening = _OPENING_TO_NAME.match(text[:at])
        opened = opening and len(words) == 1 and (
            words[0].isupper() or re.search(r"\b(?:its|their)\b", opening.group(0)) or words[0] in orgs_named_in(article))
        if prev[0].isupper() and prev.lower() != "the" and not opened or "\u2588" in prev \
                or prev.lower() in PHRASE_PREPOSITIONS and not CLAUSE_AND.search(text, 0, at):
            return None  # part of a longer name, an object ("with Nvidia"), or right after a quote
        if prev.lower() in _PART_OF_A_PLACE and len(before) >= 2 and before[-2].lower() in PHRASE_PREPOSITIONS:
            return None  # "issued an orange alert for northern Telangana, saying": a place, the object of a preposition
        if prev.lower() in ("and", "but") and len(words) > 1 and not any(w.lower() in lx.ORG_WORDS for w in words):
            return None  # ", and Tomas Pryce called it …": two words with no body's word may be a person with no cue
        joined = before[-3:-1] if prev.lower() == "the" else before[-2:]
        if len(joined) == 2 and joined[1].lower() in ("and", "or") and joined[0][0].isupper() \
                and joined[0].lower() not in lx.CAPITALIZED_STOPWORDS:
            return None  # "Donald Trump and the White House said it …": one of two subjects
    sentence_start = not before and (clause_start == 0 or re.search(r"[.!?]\s*$|\n\s*$", masked[max(0, clause_start - 3):clause_start])
                                     or not masked[:clause_start].strip())
    if (len(words) == 1 and sentence_start and name_is_plural(words[0])
            and not re.search(r"\b[a-z][\w’']*,?\s+" + re.escape(words[0]) + r"\b", article)
            and not _STATEMENT_AFTER.match(masked, end)):  # ("Barclays said in a statement": critics issue none)
        return None  # "Critics said it was …": a plural noun capitalized only by the sentence start
    name = " ".join(words)
    acronym = len(words) == 1 and name.isupper() and len(name) >= 2
    if acronym and name in COUNTRY_ACRONYMS:
        return None
    # (A brand's capital inside its one word, "QuickBite", "PayPal", says a body as an acronym does — not a name's
    # prefix, "McKenzie", "DeShawn", "LaToya", "DiCaprio".)
    acronym = acronym or len(words) == 1 and _CAMEL_BRAND.fullmatch(name) is not None
    verb_at = end if verb_at is None else verb_at  # past an apposition: "X, which builds …, said it"
    cue = _ORG_CUE_AFTER.match(masked[verb_at:verb_at + 120].split("\n")[0][_verb_len(masked, verb_at):])
    # "In a statement, the Bolivian Episcopal Conference called …", "The charity Cycling UK said": a statement
    # issued, or what kind of organization it is, said just before the name.
    # ("The state grid operator, Ukrenergo, said": a few plain words may tell the kind of organization.)
    cue = cue or ORG_CUE_BEFORE.search(text, 0, at) or (
        len(before) >= 2 and before[-1].lower() in ORG_NOUNS_SPOKEN_FOR and before[-1].islower()
        and any(before[-k].lower() in ("the", "a") and all(w.islower() for w in before[1 - k:-1])
                for k in range(2, min(len(before), 5) + 1)))
    cue = cue or len(words) == 1 and name in orgs_named_in(article)
    # ("Unifor, which represents workers at six of the stores, called …": a body, as "which" says; a person is "who".)
    cue = cue or _WHICH_AFTER.match(masked, end) is not None
    # (A given name alone after the quote is a person's the article gives no more of: a talkback caller, "Graham said".)
    if not (acronym or cue or (after_quote and len(words) == 1 and not _SURNAME_ENDING.search(name)
                               and name.lower() not in lx.FIRST_NAMES
                               and not re.search(r"\b(?:in|near|outside|across)\s+" + re.escape(name) + r"\b", article))):
        return None
    # (Not for an acronym the article spells out, "Nationwide Mail Services (NMS)", nor from inside a quotation: the
    # crowd's "Phansi NMS, phansi!" names no body "Phansi NMS".)
    if len(words) == 1 and _capitalized_word_before(article, name) and f"({name})" not in article:
        fuller = re.search(r"(?<![.!?]\s)(?<!^)(?<![\"“‘«])\b((?:[A-Z][a-z]+\s+){1,2})" + re.escape(name) + r"\b", article)
        if fuller and not any(w.lower() in NOT_ORG_WORDS for w in fuller.group(1).split()):
            return fuller.group(1) + name
    if len(words) == 1:
        introduced = _introduced_in_full(name, article)
        if introduced:
            return introduced
    return name


_WHICH_AFTER = regexes.compile(r",\s*which\s")
# (A surname's or a given name's prefix is no brand's: "DelVecchio", "VanderMeer", "DesRosiers", "TerBeek", "MaryAnn".)
_CAMEL_BRAND = regexes.compile(r"(?!(?:Mc|Mac|De|Da|Di|Du|La|Le|Lo|Van|Von|Fitz|St|Del|Della|Des|Dos|Das|Ter|Ten|Vander|"
                               r"Vanden|Ver|Mary|Ann|Anne|Jo|Lou|Lee|El|Al|Abu|Ben|Bin|Ibn|San|Santa|Saint)[A-Z])"
                               r"[A-Z][a-z]{2,}[A-Z][a-z]+(?:[A-Z][a-z]+)?")


def _capitalized_word_before(article: str, name: str) -> bool:
    """Whether some use of `name` follows a capitalized word ([A-Z][a-z]+) and white space, as one_word_org's fuller
    name needs: a test that spares compiling that regex for a name never written so."""
    for at in occurrences(article, name):
        end = space_before(article, at)
        start = end
        while start > 0 and "a" <= article[start - 1] <= "z":
            start -= 1
        if end < at and start < end and start > 0 and "A" <= article[start - 1] <= "Z":
            return True
    return False


# "said in a statement on Monday", "said on Friday in an emailed statement", past an apposition ("X, which represents
# operators, said in a statement"): the subject issues statements, filings and notices as a body does.
_STATED_AFTER = regexes.compile(r"(?:\s*\([^()\u2588]{1,20}\))?(?:\s*,[^,;.\u2588]{1,120},)?\s*(?:said|says|announced|added|warned|confirmed|wrote)\s+"
                                r"(?:on\s+[A-Z][a-z]+\s+)?in\s+(?:a|an|its)\s+(?:[a-z\-]+\s+){0,2}?"
                                r"(?:statement|filing|release|notice)\b")
# A name of capitalized words and the small words inside one ("Port of Tallinn", "Law and Justice"), maybe an owning
# country before it ("Germany's DB Netz") and its acronym in brackets after it ("(PiS)").
# (Or what it would say, and no more: "Lyndhurst & Crane would say only that the work had gone to "…"".)
_INVERTED_VERB = regexes.compile(r"\s*(?:said|says|added|told|wrote|warned|confirmed|would\s+say\s+only)\b")
_PERSONAL_TITLES = frozenset(("mister", "miss", "madam", "doctor"))  # (the titles lx.TITLE_WORDS does not spell out)
_SENTENCE_OPENS = regexes.compile(r"(?:^|[.!?;]\s+|\d{1,2}[:.]\d{2}\s*[—–-]?\s*)\s*$")
# ("On Wednesday the Reserve Bank's Monetary Policy Committee said": a day before the name still opens the sentence.)
_DAY_OPENS = regexes.compile(r"\s*(?:(?:Late|Early|Earlier|Later)\s+on\s+|On\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                             r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s*(?:the\s+)?")
_WHICH_AFTER_NAME = regexes.compile(r"\s*,\s*which\s")
_COLON_INTRO = regexes.compile(r"\s*(?:said|says|added|wrote|warned)\s*:\s*\u2588")
_STATED_NAME = regexes.compile(r"(?:^|(?<=[\s(]))(?:([A-Z][a-z]+)['’]s\s+)?([A-Z][\w&\-.’']*(?:\s+(?:(?:of|for|and|the|&)\s+|%s)?"
                               r"[A-Z][\w&\-.’']*){0,5})(?:\s+\([A-Z][\w&\-.]{1,10}\))?\s*$" % _PARTICLE)
_ROLE_ENDS = lx.PERSON_NOUNS | lx.ANONYMOUS_HEADS | lx.ROLE_NOUNS | lx.CALENDAR_WORDS | COMMON_SUBJECTS


def _ends_a_longer_name(name: str, article: str) -> bool:
    """Whether the article writes `name` after another capitalized word somewhere ("Luis Pereira Gomes" for "Pereira
    Gomes"): then it is the end of a person's name, a surname, not a body's whole name."""
    for at in occurrences(article, name):
        before = re.search(r"([A-Z][a-zà-ÿ]+)\s+$", article[max(0, at - 30):at])
        if before and before.group(1).lower() not in lx.CAPITALIZED_STOPWORDS:
            return True
    return False


# An adjective that opens a firm's name ("Big Sky Wireless", "Old Harbour Freight"): a word that otherwise breaks a run
# or is taken off a name's front (lx.CAPITALIZED_STOPWORDS), seen capitalized in the middle of a sentence with two
# capitalized words after it.
_NAME_ADJECTIVE = regexes.compile(r"(?<=[a-z,;] )(Big|Small|Old|Top)\s+([A-Z][\w'’\-]*)\s+([A-Z][\w'’\-]*)")


def name_adjectives(texts) -> frozenset:
    """(adjective, next word) pairs, in small letters, that the article writes as a name's first words mid-sentence
    ("on Big Sky Wireless's network"): the same words opening a sentence ("Big Sky Wireless said …") are that name
    too, not an adjective before "Sky Wireless"."""
    # (Not a nickname or a school before a person's name: "Big Sam Allardyce", "the Old Etonian Rupert Vance".)
    return frozenset((m.group(1).lower(), m.group(2).lower()) for text in texts if any(
        w in text for w in ("Big ", "Small ", "Old ", "Top ")) for m in _NAME_ADJECTIVE.finditer(text)
        if m.group(2).lower() not in lx.FIRST_NAMES and m.group(3).lower() not in lx.FIRST_NAMES)


@lru_cache(maxsize=8)
def _article_name_adjectives(article: str) -> frozenset:
    """name_adjectives of one article's text, read once for the many clauses stated_org is asked about."""
    return name_adjectives((article,))


def stated_org(masked: str, clause_start: int, end: int, article: str = "") -> Optional[str]:
    """The name of a body with no head noun ("Health Norway", "Nordic Energy Partners", "Port of Tallinn") that is the
    whole subject of "said in a statement" (or a filing, a release, a notice). The statement is the evidence that
    words one_word_org would not take ("health", "energy", "new" inside a name) name one body: a person's name opens on
    a first name the lexicon knows, a role ends on its title ("the Energy Secretary"), and neither is taken."""
    # (Or the name is the whole subject of an inverted attribution right after a quotation, `"…," Network Rail said`, or
    # of a colon that opens one, `Network Rail said: "…"`: who stands there spoke, so the name is the speaker's.)
    # (Or "Hebridean Marine Services, which operates the route, said": "which" is said of a thing, not of a person; so is
    # "the agency" of "Transport Scotland, the agency responsible for …, said".)
    # (Or it opens its sentence right before the verb: "Transport for Wales said all services had been suspended".)
    # (These shapes are weaker evidence than a statement: the name must stand alone, and not open on a title.)
    stated = _STATED_AFTER.match(masked, end, end + 200)
    inverted = not stated and (
        _INVERTED_VERB.match(masked, end) and (masked.endswith("\u2588", 0, clause_start)
                                               or _SENTENCE_OPENS.search(masked, max(0, clause_start - 12), clause_start))
        or _COLON_INTRO.match(masked, end) or _WHICH_AFTER_NAME.match(masked, end) or BODY_APPOSED.match(masked, end))
    if not (stated or inverted):
        return None
    text = masked[clause_start:end].rstrip(" ,")
    day = _DAY_OPENS.match(text) if inverted else None
    m = _STATED_NAME.search(text, day.end() if day else 0)
    # (After an opening phrase that names the statement, the evidence all the same: "In a statement after the sale,
    # Fairleigh & Crane said:".)
    opener = m is not None and _IN_A_STATEMENT.fullmatch(text, 0, m.start()) is not None
    if not m or inverted and not opener and (text[day.end() if day else 0:m.start()].strip() or m.group(1)):
        return None
    owner, name = m.group(1), m.group(2)
    if owner and owner.lower() not in lx.GOVERNMENT_PLACES:
        return None  # "Tesco's Retail Arm": an owner that is no country, so no name of a body on its own
    words = name.split()
    # ("But Port of Tallinn said", "The Hague Group said" keeps "Hague Group"; "New" opens names: "New Zealand Post".)
    while words and words[0].lower() in lx.CAPITALIZED_STOPWORDS and words[0] != "New" and not words[0].isupper() \
            and not (len(words) > 2 and (words[0].lower(), words[1].lower()) in _article_name_adjectives(article)):
        words = words[1:]
    if not words or words[0].lower() in lx.FIRST_NAMES or words[-1][0].islower():
        return None
    first = words[0].strip(".").lower()
    if inverted and (len(words) < 2 or "and" in words or first in lx.TITLE_WORDS and first not in REMITS
                     or first in _PERSONAL_TITLES or article and _ends_a_longer_name(" ".join(words), article)):
        # (One word alone is one_word_org's to judge, `"…," Medvedev wrote` names a person not introduced; a title
        # before it makes a person of the name, `"…," Ms. Lim said`; a role at its end is no name, below.)
        return None
    if any(w in ("and", "&") for w in words[2:]):
        return None  # "Vantor Energy and Grid North": two subjects (one name joins single words: "Law and Order")
    if any(w.lower() in lx.CALENDAR_WORDS and not w.isupper() for w in words):
        return None  # "On Monday Network Rail said": a day opens the clause, no body's name
    last = words[-1].strip(".").lower()
    if not words[-1].isupper() and (last in _ROLE_ENDS or last in lx.TITLE_WORDS and last not in REMITS
                                    or all(w.lower() in lx.TITLE_WORDS for w in words)):
        return None  # "the Energy Secretary", "the Information Commissioner", "the Lord Chief Justice": a role
    if len(words) == 1 and (last in lx.GOVERNMENT_PLACES or words[0] in COUNTRY_ACRONYMS):
        return None
    before = re.findall(r"[A-Za-z’'\u2588]+", text[:m.start()])
    if before and (before[-1].lower() in PHRASE_PREPOSITIONS or before[-1].lower() in ("and", "or") or "\u2588" in before[-1]):
        return None  # an object ("with Port of Tallinn"), one of two subjects, or right after a quote
    if before and any(w[0].isupper() and w.lower() not in lx.CAPITALIZED_STOPWORDS and not w.endswith(("'", "’"))
                      for w in before[-1:]):
        return None  # the end of a longer phrase the name pattern did not take whole
    return " ".join(words)


_IN_A_STATEMENT = regexes.compile(r"\s*(?:In|Through)\s+(?:a|an|its|their)\s+(?:[a-z\-]+\s+)?(?:statement|release|filing|"
                                  r"notice|email|e-mail|post)\b[^,;:\u2588]{0,40},\s*")


# `," Medvedev wrote`: a word with a surname's ending standing alone after a quote is a person the article did not
# introduce, not an organization (with "it"/"in a statement" after it, it still may be one).
_SURNAME_ENDING = regexes.compile(r"(?:ov|ova|ev|eva|enko|sky|skyi|skiy|ski|ska|vich|vych|wicz|chuk|yuk|dze|shvili|yan|oglu|"
                                  r"escu|sson)$")


_WORD_AFTER = regexes.compile(r"\s[A-Z]")  # (how the rest of a fuller name opens after its first word)


def _introduced_in_full(name: str, article: str) -> Optional[str]:
    """"Brightwater Care, one of England's largest …" then "Brightwater said", "the main contractor, BAM
    Ireland" then "BAM said": the fuller name the article introduced the organization by, set off as an
    apposition at its first use."""
    if not any(_WORD_AFTER.match(article, at + len(name)) for at in occurrences(article, name)):
        return None  # (no use of the name runs on into a capitalized word: spares compiling the regex for this name)
    first = re.search(r"(?<![\w\-])%s\b" % re.escape(name), article)
    if not first:
        return None
    before = article[max(0, first.start() - 40):first.start()]
    # ("Priya Raman, operations director at Tarnline Buses, told …": the firm someone works for, named in full there.)
    employer = _EMPLOYER_BEFORE.search(before) is not None
    rest = re.match(r"((?:\s[A-Z][\w&\-]*){1,2})(?=,\s*(?:a|an|the|one|which|whose)\b|[.,;]?\s*$|\.\s%s)"
                    % (r"|(?![\w&\-])(?!\s+[A-Z])" if employer else ""), article[first.end():first.end() + 80])
    if not rest or any(w.lower() in NOT_ORG_WORDS or w.endswith(("'s", "’s")) for w in rest.group(1).split()):
        return None
    if employer:
        return name + rest.group(1)
    after = re.match(r",\s*([^.;:]{0,80})", article[first.end() + rest.end():])
    described = after and {w.rstrip("s") for w in re.findall(r"[a-z]+", after.group(1))} & _ORG_NOUNS
    apposed = re.search(r"\b([a-z]+),\s*$", before)  # "the main contractor, BAM Ireland"
    if re.search(r"\b(?:the|a|an|its|their)\s+$", before, re.IGNORECASE) or not (
            described or apposed and apposed.group(1).rstrip("s") in _ORG_NOUNS):
        return None  # ("Sales of Apple Watch, a smartwatch, rose": a product, not the company's full name)
    return name + rest.group(1)


_EMPLOYER_BEFORE = regexes.compile(r"\b(?:%s)\s+(?:at|of|for|with)\s+$" % "|".join(sorted(
    w for w in lx.ROLE_NOUNS if w.isalpha() and w not in ("mother", "father", "wife", "husband", "son", "daughter",
                                                          "brother", "sister", "king", "queen", "prince"))))


# What an organization is called when the article says what it is: "one of England's largest care home operators".
_ORG_NOUNS = frozenset(w.rstrip("s") for family in HEAD_FAMILIES for w in family) | frozenset(
    "contractor operator provider chain startup developer supplier builder consultancy consortium body".split())


def describes_org(words: str) -> bool:
    """Whether a description ("one of the largest suppliers") says that what it describes is an organization."""
    return bool({w.rstrip("s") for w in re.findall(r"[a-z]+", words)} & _ORG_NOUNS)


# What a spokesperson may speak for, said as a noun ("a club spokesman", "a spokeswoman for the trust"). (Not "a
# government spokesman": the government's, not that of the ministry quoted before.)
ORG_NOUNS_SPOKEN_FOR = ((lx.ORG_HEADS | _ORG_NOUNS | frozenset({"club", "charity", "force", "constabulary"}))
                         - GROUP_HEADS - {"staff", "government", "military"})


@lru_cache(maxsize=64)
def orgs_named_in(article: str) -> frozenset[str]:
    """One-word names the article says elsewhere are a body's: set in apposition to a kind of body ("Ukraine's national
    grid operator, Ukrenergo,", "Naftogaz, the state energy company,") or saying something "in a statement". A later
    bare "Ukrenergo said" is then the body's, as a surname alone is the person named in full before."""
    found = set()
    for m in _KIND_THEN_NAME.finditer(article):
        found.add(m.group(1))
    for m in _NAME_THEN_KIND.finditer(article):
        if m.group(2).lower() in ORG_NOUNS_SPOKEN_FOR:
            found.add(m.group(1))
    for m in _NAME_STATES.finditer(article):
        found.add(m.group(1))
    for m in _KIND_OPENS_THEN_NAME.finditer(article):
        found.add(m.group(1))
    return frozenset(w for w in found if w.lower() not in NOT_ORG_WORDS and w.lower() not in lx.FIRST_NAMES
                     and w.lower() not in lx.GOVERNMENT_PLACES)


_KIND_THEN_NAME = regexes.compile(r"\b(?:[Tt]he|[Ii]ts|[A-Z][a-z]+['’]s)\s+(?:[a-z\-]+\s+){0,3}(?:%s),?\s+([A-Z][\w\-]{2,})(?=\s*[,(])"
                                  % "|".join(sorted(ORG_NOUNS_SPOKEN_FOR)))
_NAME_THEN_KIND = regexes.compile(r"(?<![\w\-.])([A-Z][\w\-]{2,}),\s+(?:the|a|an|its)\s+(?:[a-z\-]+\s+){0,3}?([a-z]+)(?=\s*[,.;]|\s+(?:which|that|of|in|for)\b)")
# ("Supermarket chain Pantrymart misled …": the kind of body opening the sentence before its one-word name.)
# (Its subject: a verb after the name — not "Asked about rival club Everton, he smiled".)
_KIND_OPENS_THEN_NAME = regexes.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[A-Z][a-z\-]+\s+(?:[a-z\-]+\s+){0,2}(?:%s)\s+"
                                        r"([A-Z][\w\-]{2,})(?=\s+(?:has|have|had|is|was|will|said|says|[a-z]+ed)\b)"
                                        % "|".join(sorted(ORG_NOUNS_SPOKEN_FOR)))
_NAME_STATES = regexes.compile(r"(?<![\w\-.])([A-Z][\w\-]{2,})\s+(?:said|says|announced|confirmed)\s+(?:on\s+[A-Z][a-z]+\s+)?in\s+a\s+(?:[a-z]+\s+)?statement\b")


# A speech verb up to two words on (compiled once: the trie of speech verbs is a long pattern to hash at each call).
_VERB_AHEAD = regexes.compile(r"\s*(?:\w+\s+){0,2}?" + lx.SPEECH_VERB_RE.pattern[len(r"(?<![\w\-])"):], re.IGNORECASE)


def _verb_len(masked: str, end: int) -> int:
    m = _VERB_AHEAD.match(masked[end:end + 60])
    return m.end() if m else 0


# Seats of government written for the office in them ("Downing Street said", "a No 10 spokesperson", "the Elysee
# said"): the office speaks, under the name its seat is best known by. A building or street the lexicon does not
# list stays a place, as "Beijing said" stays no one.
_SEATS = {"Downing Street": "Downing Street", "No 10": "Downing Street", "No. 10": "Downing Street",
          "Number 10": "Downing Street", "Number Ten": "Downing Street", "White House": "White House",
          "Elysee": "Elysee", "Élysée": "Élysée", "Elysée": "Elysée", "Elysee Palace": "Elysee", "Élysée Palace": "Élysée",
          "Kremlin": "Kremlin", "Pentagon": "Pentagon", "Quai d'Orsay": "Quai d'Orsay", "Bankova": "Bankova",
          "Blue House": "Blue House", "Vatican": "Vatican", "Palazzo Chigi": "Palazzo Chigi", "Moncloa": "Moncloa"}
_SEAT = r"(?:%s)" % "|".join(re.escape(s).replace(r"\ ", r"\s+").replace("'", "['’]") for s in sorted(_SEATS, key=len, reverse=True))
# The whole subject: the seat, or one of its spokespeople (not "a Downing Street source", who stays unnamed; "the
# Kremlin spokesperson" is a role, which the gazetteer may give a name).
_SEAT_SUBJECT = regexes.compile(r"(?:(?:[Tt]he\s+)?(%s)|[Aa]n?\s+(?:senior\s+)?(%s)\s+(?:spokesperson|spokesman|spokeswoman))"
                                % (_SEAT, _SEAT))
_JOINED_SEAT = regexes.compile(r"\s(?:and|but|while|whereas)\s+((?:the\s+|[Aa]n?\s+)?%s(?:\s+\w+)?)$" % _SEAT)
_FINITE = regexes.compile(r"\b(?:[a-z]{3,}ed|is|was|were|are|has|had|have|said|says|will|would)\b")  # (not "Trump and the White House")
# (And a live page's entry time before it: "**08.12** The Élysée said …".)
_CLAUSE_OPENER = regexes.compile(r"[\s,\u2588]*(?:\**\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\**\s*[-–—:]?\s*)?"
                                 r"(?:(?:But|And|Yet|Meanwhile|However|Separately)\s*,?\s*)?")
# `," said Downing Street.`, `," said the White House in a statement`: the seat, with no noun of its own after it.
SEAT_AFTER = regexes.compile(r"\s+(?:the\s+)?(%s)(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|on|at|late|earlier|last|this|after|before|"
                             r"when|while|as|adding|noting)\b)" % _SEAT)

# "the Kremlin was blunter:": the seat opening a sentence (what follows it the caller reads).
SEAT_OPENS = regexes.compile(r"\s*(?:[Tt]he\s+)?(%s)\b" % _SEAT)


def seat_name(words: str) -> str:
    """The office a seat of government's name (as the article writes it) stands for."""
    return _SEATS.get(re.sub(r"\s+", " ", words).replace("’", "'"), words)


def seat_subject(clause: str) -> Optional[str]:
    """The office when a clause's whole subject is a seat of government or its spokesperson: "Downing Street",
    "the White House", "a No 10 spokesperson" (after an opening phrase set off by a comma: "On Monday, …")."""
    subject = clause[clause.rfind(",") + 1:] if "," in clause.rstrip(" ,") else clause
    opener = _CLAUSE_OPENER.match(subject)
    m = _SEAT_SUBJECT.fullmatch(subject.rstrip(" ,"), opener.end())
    if not m:
        # "as Moscow dismissed the plan and Downing Street said": the subject of a clause of its own.
        joined = _JOINED_SEAT.search(subject.rstrip(" ,"))
        m = _SEAT_SUBJECT.fullmatch(joined.group(1)) if joined and _FINITE.search(subject, 0, joined.start()) else None
    if not m:
        return None
    return seat_name(m.group(1) or m.group(2))
