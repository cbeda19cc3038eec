"""Dated events: the sentences of an article that say when something happened or will happen.

Absolute dates ("On May 16", "June 25, 2025", "February 2022", "early September", "in 2021")
always count; relative ones ("on Friday", "next week", "last month", "yesterday") only when the
article's own date is known, since they mean nothing without it. A date without a year takes the
year that puts it nearest the article's date; with no article date the year stays unknown
("--05-16") rather than guessed.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from typing import Iterator, Optional

from sitegen import regexes
from sitegen.analysis.lexicon import CAPITALIZED_STOPWORDS, FINITE_VERBS, MONTHS, WEEKDAYS, alternation, at_word_start
from sitegen.analysis.text import mask, quoted_spans, sentence_spans
from sitegen.model import Article, Event, SourceRef

_MONTH_NAMES = {m: i + 1 for i, m in enumerate(MONTHS)}
_MONTH_NAMES.update({m[:3]: i + 1 for i, m in enumerate(MONTHS)})
_MONTH_NAMES["sept"] = 9
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
# (From 1600: "The Rochdale Canal was completed in 1804" dates a thing as well as "in 1994" does; not a clock time,
# "1800 GMT".)
# (Before 1900 not after "by", "at" or "to", nor before a plural or a unit — a count, "fell by 1650 points", "took in 1650
# dogs", "in 1600 metres of water", or a time, "by 1800".)
_YEAR = (r"(?P<year>(?:19|20)\d{2}|(?<!by )(?<!at )(?<!to )1[6-8]\d{2}"
         r"(?!\s*(?:(?!(?:as|was|has|is|its|his|this|thus|us|across|unless|whereas)\b)[a-z]+s\b|metres|meters|feet|km|"
         r"miles|m\b|minutes|hours|hrs)))"
         r"(?!\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|hrs|hours)\b)")
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("day", regexes.compile(r"(?=[osubfMTWFSJAOND])\b(?:(?:on|since|until|by|from)\s+)?(?:" + _WEEKDAY.replace("?P<weekday>", "?:") + r",?\s+)?"
                            + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|per cent|million|billion))"
                            r"(?:,?\s+" + _YEAR + r")?")),
    # ("on 17 and 18 December", "17-18 December": a range of days is dated by its first.)
    ("day", regexes.compile(r"(?=[o\d])\b(?:on\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?"
                            r"(?:\s*(?:and|to|[\-–])\s*\d{1,2}(?:st|nd|rd|th)?(?=\s+(?:of\s+)?" + _MONTH.replace("?P<month>", "?:") + r"\b))?"
                            r"\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+" + _YEAR + r")?\b")),
    ("month", regexes.compile(r"(?=[emlt])\b(?P<part>early|mid|late|the end of|the beginning of|the start of|the middle of|"
                              r"the (?:first|second) half of)[\s\-]+"
                              + _MONTH + r"(?:,?\s+" + _YEAR + r")?\b", re.IGNORECASE)),
    ("month", regexes.compile(r"(?=[iJFMASOND])\b(?:in\s+)?" + _MONTH + r",?\s+" + _YEAR + r"\b")),
    # (Also opening a sentence: "In October, 71.2% of patients were seen within four hours.")
    # ("as early as July", "as late as March": a month, said to be early or late for what happened in it.)
    ("month", regexes.compile(r"(?=[ibusftadIBUSFTAD])\b(?:[Ii]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Tt]hrough(?:out)?|[Bb]efore|[Aa]fter|"
                              r"[Dd]uring|[Aa]s (?:early|late) as)\s+"
                              r"(?:at least\s+)?" + _MONTH + r"\b(?!\s+\d)")),
    # "scheduled for October", "planned for March": a month a plan is set for (the next of that name: _month_year).
    # ("pencilled in for June", "timetabled for March" too; not "May's government".)
    ("month", regexes.compile(r"(?=[spdbt])\b(?:scheduled|planned|slated|due|booked|set|pencil{1,2}ed\s+in|timetabled)"
                              r"\s+for\s+(?:early\s+|late\s+|mid-)?"
                              + _MONTH + r"\b(?!\s+\d|['’]s)")),
    # "At their March summit", "the June talks": a meeting named by its month.
    ("month", regexes.compile(r"(?=[tTiIhHoO])\b(?:[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Oo]ur)\s+" + _MONTH
                              + r"\s+(?:summit|meeting|talks|conference|session|round|vote|election|elections|referendum|"
                           r"visit|deadline|ceasefire|offensive|strike|strikes|poll|congress|plenary)\b")),
    # "by next April", "last March": the first of that name after (before) the article's month.
    ("month", regexes.compile(r"(?=[nNlL])\b(?P<which>[Nn]ext|[Ll]ast)\s+" + _MONTH + r"\b(?!\s+\d)")),
    # ("in the second half of 2028"; "Since 2024, the profits have gone to …": opening the sentence, the year what it
    # tells began in — not "the lowest level since 2019", "the first talks since 2021", a comparison.)
    # ("before/until the end of 2028" sets a deadline; "lower before 2020" dates nothing.)
    ("year", regexes.compile(r"(?=[idbuIDBSU])\b(?:[Ii]n|[Dd]uring|[Bb]y|(?:[Bb]efore|[Uu]ntil)(?=\s+the\s+end\s+of\s)|Since)\s+(?:early\s+|late\s+|mid-|the\s+(?:first|second)\s+half\s+of\s+|"
                             r"the\s+(?:first|second|third|fourth|last|final)\s+quarter\s+of\s+|"
                             # ("by the end of 2027", "in the winter of 2022": a part of the year, dated by the year.)
                             r"the\s+(?:end|start|beginning|middle|winter|spring|summer|autumn|fall)\s+of\s+)?" + _YEAR + r"\b(?![\-–]\d)")),
    # "would not be finished until 2028", "won't open until 2027": what is said will not happen before that year is
    # dated by it (a bare "until 2028" sets a deadline, as above).
    ("year", regexes.compile(r"(?=[nN])(?:\bnot|n['’]t|\bnever)\s+(?:[a-z]+\s+){0,3}?until\s+(?:early\s+|late\s+|mid-)?"
                             + _YEAR + r"\b(?![\-–]\d)")),
    # "A 2024 inspection report by the buildings department found …": a year gone by (see _made_in: "The 2030 target"
    # is no thing done) that says when the sentence's subject was made dates what the sentence tells. (Further on, "…,
    # though Russia remains banned due to its 2022 invasion", it dates a thing in passing, not the sentence.)
    ("year", regexes.compile(r"^[\s\"“‘(]*(?:An?|The|Its|His|Her|Their)\s+(?P<made>(?:19|20)\d{2})\s+(?=[A-Za-z])")),
    # "The summer he means is 2022, when glaciers lost …": a year followed by "when" is a time.
    ("year", regexes.compile(r"(?=[12])\b" + _YEAR + r",\s+when\b")),
    # "whose family has farmed at Glen Huon since 1923", "which has operated the quarry since 1987": a state its perfect
    # says began that year — a verb of living, working or holding something, no count between (not "has killed more
    # than 300 people since 2019", "has happened twice since 1950"), no comparison ("its worst drought since 1990") and
    # no failure ("have failed to reach a World Cup since 2002").
    # ("has been with Ukraine since 2014", "has been based in Leeds since 1998": where someone has been since then.)
    ("year", regexes.compile(r"(?=[hH])\b(?:has|have|had)\s+(?:[a-z]+ly\s+)?(?:been\s+(?:with|based|in|at|part\s+of|a\s+member)\b|lived|farmed|operated|run|worked|served|owned|held|"
                             r"managed|led|headed|taught|coached|campaigned|volunteered|sung|performed|trained|fished|kept|"
                             r"edited|chaired|represented|hosted|occupied|stayed|remained|traded|broadcast|delivered|"
                             r"measured|studied|practised|practiced|played\s+(?:for|with|at|in))\b"
                             r"(?:(?!\b(?:[a-z]+est|worst|best|first|most|least|only|since|more|times|twice)\b)[^.;:,\d\"“”]){0,60}?"
                             r"\bsince\s+" + _YEAR + r"\b(?![\-–]\d)")),
)
_MADE_IN = next(pattern for _, pattern in _PATTERNS if "?P<made>" in pattern.pattern)


def _made_in(sentence: str, published: Optional[dt.date]) -> Optional[re.Match]:
    """The year before the noun opening the sentence, when it is not after the article's (none when its date is unknown)."""
    m = _MADE_IN.match(sentence) if published is not None else None
    return m if m and int(m.group("made")) <= published.year else None


_RELATIVE = regexes.compile(
    r"(?=[lntosubfmwpcy])\b(?P<rel>(?:(?P<which>last|next|this|on|since|until|by|from|before|for)\s+)?" + _WEEKDAY +
    r"|(?P<unit_which>last|next|this|past|coming)\s+(?P<unit>week|month|year)|yesterday|today|tomorrow"
    # ("Councillors voted by 31 to 22 last night": the day before the article's, as "yesterday" is; "arrived by
    # overnight train this morning": the article's day.)
    r"|last\s+night|this\s+(?:morning|afternoon|evening)|tonight"
    # ("expected by the end of the year": the article's year, as "this year" is.)
    r"|(?P<year_end>(?<=\bend\s)of\s+(?:the|this)\s+year)"
    # ("a full report by the end of the month": the article's month.)
    r"|(?P<month_end>(?<=\bend\s)of\s+(?:the|this)\s+month))\b",
    re.IGNORECASE)
# ("until/by/from Friday" say it themselves, right before the weekday. A bare "forecast" is mostly its own
# past tense in news copy, "Veltrix forecast revenue above estimates on Wednesday"; "forecasts" looks ahead.)
# (An intention told in the past is still ahead: "said the team planned to return in January", "aimed to open in May".)
_FUTURE = regexes.compile(r"(?=[wdecpsgfiamyvo])\b(?:will|would|deadline|expires?|due|coming|plans to|planned to|intends to|"
                          # (Still ahead, and on time: "remained "on track" for delivery in November".)
                          r"on\s+(?:track|course)[\"”’']?\s+(?:for|to)|for\s+delivery|"
                          r"intended to|aims to|aimed to|agreed to|promised to|pledged to|vowed to|set to|going to|"
                          # (A thing set for a day, told in the present: "The draw takes place in Madrid on Monday".)
                          r"(?<=\btakes\s)place|(?<=\btake\s)place|"
                          # (So is a rule that comes in on a day: "The ban takes effect at 7 p.m. Thursday".)
                          r"(?<=\btakes\s)effect|(?<=\btake\s)effect|"
                          r"must(?!\s+have\b)|yet to|"
                          r"scheduled|planned for|expected|expects|expect|forecasts|warned of|warns of|is to|are to|"
                          # (Getting ready for it: "delegations prepare for another round of talks on Wednesday".)
                          r"prepares?\s+for|preparing\s+for|"
                          # A thing still to be done, named by a noun: "in an interview to be broadcast on Sunday",
                          # "a vote to be held on Friday" (not "the first to be killed", a past one counted).
                          r"an?\s+\w+\s+to\s+be\s+\w+)\b", re.IGNORECASE)
# (Each pattern starts with a lookahead of the letters it can start with: see _ANY_RELATIVE.)
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def find_events(article: Article) -> tuple[Event, ...]:
    published = _parse_date(article.date)
    out: list[Event] = []
    names: list = []  # the weekdays the article uses in a name, worked out when a weekday with no "on" is met
    for paragraph in article.paragraphs:
        text = paragraph.text
        stamped = _just_done(text) if published is not None else None
        if stamped:
            out.append(Event(date=published.isoformat(), precision="day", text=stamped[0],
                             sources=(SourceRef(article.slug, paragraph.index),), phrase=stamped[1]))
        absolute = [m.start() for m in _ANY_DATE.finditer(text)]
        if published is not None:
            quotes = quoted_spans(text)
            # "Today our history comes back", said in a quote, is not a date the article gives.
            masked = mask(text, quotes)
            lowered = masked.lower()
            relative = _relative_starts(masked, lowered) \
                if any(word in lowered for word in _RELATIVE_WORDS) else []  # (no scan of the many paragraphs without)
        else:
            relative = []
        if not (absolute or relative):
            continue  # no date word in the whole paragraph
        quotes = quoted_spans(text)
        for a, b in sentence_spans(text, quotes):
            n_absolute = bisect_left(absolute, b) - bisect_left(absolute, a)
            n_relative = bisect_left(relative, b) - bisect_left(relative, a)
            has_absolute, has_relative = n_absolute > 0, n_relative > 0
            if not (has_absolute or has_relative):
                continue
            sentence = text[a:b].strip()
            # "MAPUTO, March 14 (Reuters) - … landfall late on Friday": a wire dateline says when the story
            # was filed, not when its event happened (the weekday does, counted back from the filing).
            dateline = _DATELINE.match(sentence) if a == 0 else None
            if dateline:
                has_absolute = bool(_ANY_DATE.search(sentence, dateline.end()))
            dated = sentence[dateline.end():] if dateline else sentence
            # The most precise date of the sentence dates its event: "agreed on Sunday to … by 2035" → Sunday.
            options = [f for f in (_absolute(dated, published) if has_absolute else None,
                                   _relative(masked[a:b].strip(), published, article, names) if has_relative else None) if f]
            # Of two as precise, the first written: "on Monday announced a rollback of the revision it had made on
            # February 9" → Monday; what a later clause dates is background.
            # But a date that only says when something was said ("The regulator said on Wednesday that it
            # would rule by June 10") gives way to the one the statement is about.
            found = min(options, key=lambda f: (_PRECISION_RANK[f[1]], _reported(dated, f[2]), _at(dated, f[2]))) \
                if options else None
            masked_dated = masked[a:b].strip()[len(sentence) - len(dated):] if published is not None else dated
            # (Two months take two date words: a sentence with one month is not looked at again.)
            both = _dated_clauses(dated, masked_dated, published) if found and (
                found[1] == "day" or n_absolute + n_relative > 1) else None
            if both:
                # "approved the bill on Monday and will vote on Dec. 18": each action on its own day.
                out.extend(Event(date=date, precision=precision, text=sentence,
                                 sources=(SourceRef(article.slug, paragraph.index),), phrase=phrase)
                           for date, precision, phrase in both)
                continue
            if found:
                date, precision, phrase = found
                out.append(Event(date=date, precision=precision, text=sentence,
                                 sources=(SourceRef(article.slug, paragraph.index),), phrase=phrase))
                saying = _saying_day(masked_dated, published, found) if has_relative else None
                if saying:
                    # "Delegations will meet next Tuesday, officials said on Wednesday": the telling is an event too.
                    out.append(Event(date=saying[0], precision="day", text=sentence,
                                     sources=(SourceRef(article.slug, paragraph.index),), phrase=saying[2]))
                far = _another_year(dated, found, published) if precision == "day" and has_absolute else None
                if far:
                    out.append(Event(date=far[0], precision=far[1], text=sentence,
                                     sources=(SourceRef(article.slug, paragraph.index),), phrase=far[2]))
                apart = _days_apart(masked_dated, date) if precision == "day" and date[:1] != "-" else None
                if apart:
                    out.append(Event(date=apart[0], precision="day", text=sentence,
                                     sources=(SourceRef(article.slug, paragraph.index),), phrase=apart[1]))
    return tuple(out)


# Where a sentence's second action starts: "…, and a scan on Thursday confirmed", "… and will vote on Dec. 18", "; …",
# "… at its October 23 meeting and next meets on December 18", "…, and U.S. envoy Steve Witkoff is expected …" (a new
# subject by name after a comma), or an event set before or after the first: "… on Dec. 8 after talks collapsed on Tuesday", "…, ahead of a meeting of ministers on Wednesday",
# or a clause set off by ", which"/", who" with its own day ("is due in Moscow on Tuesday for talks on the plan, which
# the negotiator went through in Miami on Sunday": the plan's review is behind, the visit ahead).
# (Not "on Monday and Tuesday", nor "between March 3 and March 10": no verb or new subject after the "and".)
# (Every alternative opens on a comma, a semicolon or white space: the lookahead lets the scan pass every other
# character at once, not after trying each alternative there. A new alternative must open so too.)
_SECOND_ACTION = regexes.compile(r"(?=[,;\s])(?:"
                                 r"(?:,\s+|\s+)(?:and|but)\s+(?=(?:are|were|have|then|later|also|next|a|an|the|its|his|her|"
                                 r"their|[a-z]+ed|" + alternation(FINITE_VERBS) + r")\b)|;\s+"
                                 # A date opening the second action: "studied in Beijing and in 1964 joined an expedition".
                                 r"|\s+and\s+(?=in\s+(?:19|20)\d\d,?\s+[a-z])"
                                 # The same thing done once more, dated: "raised concerns in November 2023 and again in
                                 # January 2024", "flooded in 2019 and again last winter".
                                 r"|,?\s+and\s+(?:again|once\s+more)\s+(?=(?:in|on|at|last|this|early|late|during)\b)"
                                 # A new subject in a few words and its verb: "…, and licences will be allocated in February",
                                 # "…, and defence ministers are due to gather on May 6", "…, and work on the new depot is due to
                                 # start on June 1", "…, and chief executive Roger Bannerman said in January that …".
                                 r"|,\s+(?:and|but)\s+(?=[a-z]+(?:\s+[\w\-’']+){0,5}?\s+(?:will|would|are|is|were|was|has|have|had|"
                                 r"must|can|could|may|might|said|says|told|announced)\b)"
                                 # A quantified subject: "…, but both delegations said they would return next month".
                                 r"|,\s+(?:and|but)\s+(?=(?:both|all|each|neither|most|many|several|some)\s+[a-z]+\s)"
                                 # A clause of its own: "…, as the Commons held its first debate on the guarantees offered in
                                 # January"; a thing named again with what was done to it: "…, a step the Commission first
                                 # proposed in September", "…, a measure the council debated in 2019".
                                 r"|,\s+as\s+(?=(?:the|a|an|its|his|her|their|[A-Z][\w\-]*)\s)"
                                 # Two sides' fixtures set against each other: "…, while Rovers host Exeter next Saturday".
                                 # (Not a day's name: "…, while Wednesday travel to Norwich on Friday 4 December" is the
                                 # team's, and the cut would date its clause to the day.)
                                 r"|,\s+(?:while|whereas)\s+(?!(?:" + "|".join(w.capitalize() for w in MONTHS + WEEKDAYS) + r")\b)"
                                 r"(?=(?:the|a|an|its|his|her|their|[A-Z][\w\-]*)\s)"
                                 r"|,\s+(?=(?:a|an)\s+[a-z]+\s+(?:that\s+|which\s+)?(?:the|its|his|her|their|[A-Z][\w\-]*)\s)"
                                 r"|,\s+(?:and|but)\s+(?!(?:" + "|".join(w.capitalize() for w in MONTHS + WEEKDAYS) + r")\b)(?=[A-Z])"
                                 r"|,?\s+(?P<order>after|ahead of|before)\s+"
                                 r"|,\s+(?:which|who|where)\s+"
                                 # What a statement dated on its own day foresees: "issued a warning on Wednesday, forecasting
                                 # that the storm could drop four feet of snow by Friday night".
                                 r"|,\s+(?=(?:forecasting|warning|predicting|projecting|estimating)\s+that\s)"
                                 # A source dated apart from what it tells: "less cargo in October, according to figures
                                 # released on Friday"; a second fact hung on "with": "departs on 13 December, with tickets
                                 # on sale from 1 December".
                                 r"|,\s+(?:according to|with)\s+)")
_RELATIVE_OPENS = regexes.compile(r",\s+(?:which|who|where)\s+")
_CLAUSE_CLOSES = regexes.compile(r",\s+(?=(?:will|would|has|have|had|is|are|was|were|can|could|must|may|might|in|on|at)\s)")
# What a statement on a day of its own says of another: "said in a statement on Friday that officers had arrested four
# men on Thursday", "today announced that the train will first run on 13 December" — the saying and the thing said,
# each on its day. (The cut is the "that"; a "that" with no verb of saying before it is a relative pronoun.)
# (Only a place, a day or a medium between the verb and the "that": "announced on Tuesday a ban that takes effect"
# has an object, and the "that" opens its relative clause.)
# The verbs of saying whose day the timeline reads (the clause after "said that", the day of "said on Tuesday").
_SAYING = r"(?:said|says|told|announced|confirmed|stated|wrote|added|reported|declared|warned)"
_SAID_THAT = regexes.compile(r"\b" + _SAYING + r"\b"
                             r"(?:\s+(?:in\s+a\s+(?:statement|post|note|letter|release)|on\s+[A-Z]\w+|on\s+\d{1,2}\s+\w+|"
                             r"to\s+\w+|today|yesterday|earlier|also|again|late|last\s+\w+)){0,3}"
                             r"(?P<that>\s+that\s+)")


def _dated_clauses(dated: str, masked: str, published: Optional[dt.date]) -> Optional[list[tuple[str, str, str]]]:
    """Each clause's day when the sentence joins two or more actions, each dated to a different day; else None."""
    # (A relative clause set off by commas ends at its second comma, where the sentence it sits in goes on: "Rovers face
    # Ashford or Denholm, who meet on Sunday, in the final on May 16".)
    closes = [(c.start(), c.end(), None) for m in _RELATIVE_OPENS.finditer(masked)
              for c in [_CLAUSE_CLOSES.search(masked, m.end())] if c is not None]
    cuts = sorted([(m.start(), m.end(), (m.group("order") or "").lower() or None) for m in _SECOND_ACTION.finditer(masked)]
                  + [(m.start("that"), m.end("that"), None) for m in _SAID_THAT.finditer(masked)] + closes)
    if not cuts:
        return None
    bounds = [0] + [cut[0] for cut in cuts] + [len(dated)]
    starts = [0] + [cut[1] for cut in cuts]
    orders = [None] + [cut[2] for cut in cuts]
    clauses = [(start, end, order) for start, end, order in zip(starts, bounds[1:], orders)
               if _ANY_DATE.search(dated, start, end) or _ANY_RELATIVE.search(masked, start, end)]
    if len(clauses) < 2:
        return None  # (one clause with a date word: nothing to work out)
    days = []
    for start, end, order in clauses:
        clause, hidden = dated[start:end], masked[start:end]
        # (A clause may be dated to a month: "declared an epidemic on Wednesday after cases rose since the start of October".)
        # (A year too, beside a day or month of another clause: "…, a measure the council first debated in 2019"; not one
        # that only says whose a thing is: "a gap in next year's budget, which will be set in February".)
        options = [f for f in (_absolute(clause, published),
                               _relative(hidden, published) if published is not None else None)
                   if f and f[1] != "week" and not (f[1] == "year" and re.search(re.escape(f[2]) + r"['’]s\b", clause))]
        if not options:
            continue
        found = min(options, key=lambda f: (_PRECISION_RANK[f[1]], _reported(clause, f[2]), _at(clause, f[2])))
        if order and days and days[-1][1] == "day" and found[1] == "day" and _BARE_WEEKDAY.search(found[2]) \
                and not re.search(r"\d", found[2]) and not _REPORTED_ON.search(clause):
            found = (_weekday_beside(found[0], days[-1][0], ahead=order != "after"), "day", found[2])
        days.append(found)
    # (Two months as well: "A tribunal ruled against them in February 2025, and the appeal tribunal upheld that
    # decision in January" — two rulings, a year apart.)
    # ("The regulator said on Wednesday that it would rule by Dec. 18": the saying and the step, each an event, as the
    # labelled articles count them.)
    if len(days) < 2 or len({d[0] for d in days}) < len(days):
        return None
    return days


# "spoke on Saturday, two days after the Geneva round ended": the round ended on a day of its own, counted back.
_APART = regexes.compile(r"(?=[aotfsenA-Z\d])\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                         r"(?P<unit>days?|weeks?)\s+(?P<order>after|before)\s+", re.IGNORECASE)
_NUMBERS = {w: i for i, w in enumerate("a two three four five six seven eight nine ten".split(), start=1)}
_NUMBERS["one"] = 1


def _days_apart(sentence: str, day: str) -> Optional[tuple[str, str]]:
    """The day of an event set a number of days or weeks after or before the sentence's own day ("was freed on
    Monday, two weeks after his arrest" → the Monday two weeks before) — when nothing after it dates it itself."""
    if " after " not in sentence and " before " not in sentence:
        return None  # (most sentences: nothing set apart from their day)
    m = _APART.search(sentence)
    if not m or _ANY_DATE.search(sentence, m.end()) or _ANY_RELATIVE.search(sentence, m.end()):
        return None
    n = m.group("n").lower()
    days = (int(n) if n.isdigit() else _NUMBERS[n]) * (7 if m.group("unit").lower().startswith("week") else 1)
    shift = dt.timedelta(days=-days if m.group("order").lower() == "after" else days)
    return (dt.date.fromisoformat(day) + shift).isoformat(), sentence[m.start():].strip()


# A live-blog entry opened by its time stamp ("14:05 GMT — Witkoff has arrived in Moscow …"): a thing just done, told
# in the present perfect, happened on the article's day. (What someone "has said" is a statement, not an event.)
_STAMP = regexes.compile(r"\d{1,2}[:.]\d{2}\s*(?:GMT|BST|CET|CEST|EET|UTC|ET|EST|EDT|PT|PST|PDT|local time)\s*[-–—]+\s*")
_JUST_DONE = regexes.compile(r"\b(?:has|have)\s+(?:just\s+|now\s+|finally\s+)?(?!(?:said|told|added|stated|warned|claimed|insisted|"
                             r"argued|noted|suggested|reported|confirmed|denied|described|called|urged|announced|been)\b)"
                             r"(?:\w+ed|begun|won|lost|left|met|gone|come|struck|hit|fallen|taken|given|made|sent|held|signed)\b")


def _just_done(text: str) -> Optional[tuple[str, str]]:
    """The first sentence of a time-stamped live-blog entry and its verb, when it tells of a thing just done."""
    stamp = _STAMP.match(text)
    if not stamp:
        return None
    spans = sentence_spans(text, quoted_spans(text))
    first = text[spans[0][0]:spans[0][1]].strip() if spans else text
    if _ANY_DATE.search(first) or _ANY_RELATIVE.search(first):
        return None  # (a day of its own dates it: "has arrived in Moscow on Monday")
    m = _JUST_DONE.search(mask(first, quoted_spans(first)))
    return (first, m.group(0)) if m else None


# A month and its year after a word that sets a step by it: "to eliminate all licences by November 2028".
# ("by next April" in November names its year too.)
_MONTH_YEAR_STEP = regexes.compile(r"(?=[bBuUiIfF])\b(?:by|until|in|from)\s+(?:" + _MONTH + r",?\s+" + _YEAR + r"\b"
                                   r"|(?P<which>next|last)\s+" + _MONTH.replace("?P<month>", "?P<month2>") + r"\b)")
# A day with no year that a step is set by or from: "to cut the cap … from 1 January" (in November, next January's).
_DAY_STEP = regexes.compile(r"(?=[bBuUfF])\b(?:by|until|from)\s+(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
                            + _MONTH + r"|" + _MONTH.replace("?P<month>", "?P<month2>") + r"\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?)\b"
                            r"(?!,?\s+(?:19|20)\d\d)")


def _another_year(sentence: str, found: tuple[str, str, str], published: Optional[dt.date]) -> Optional[tuple[str, str, str]]:
    """A step the sentence sets for a month of another year than the article's and its day's: "The court on
    Thursday upheld the plan to eliminate all licences by November 2028" is the ruling's day and the deadline's
    month, years apart, two events. (A step in the same year stays with the day: "announced on Tuesday a ban that
    takes effect on June 1" is the announcement.)"""
    if published is None:
        return None
    m = _MONTH_YEAR_STEP.search(sentence)
    if not m:
        step = _DAY_STEP.search(sentence)
        if step is None:
            return None
        # ("agreed today to cut the cap from 1 January": the step's day, when it falls in another year.)
        month = _MONTH_NAMES.get((step.group("month") or step.group("month2")).lower().rstrip("."))
        day = int(step.group("day") or step.group("day2"))
        year = _nearest_year(month, day, published) if month and 1 <= day <= 31 else None
        if year is None or year == published.year or str(year) == found[0][:4]:
            return None
        try:
            return dt.date(year, month, day).isoformat(), "day", step.group(0)
        except ValueError:
            return None
    month = _MONTH_NAMES.get((m.group("month") or m.group("month2")).lower().rstrip("."))
    year = int(m.group("year")) if m.group("year") else month and _next_or_last(month, m.group("which"), published)
    if not month or year == published.year or str(year) == found[0][:4]:
        return None
    return f"{year:04d}-{month:02d}", "month", m.group(0)


# "…, after finding that a pacer helped her, the governing body said on Tuesday": the day it was said is the day the
# article reports from, whatever order the clauses before it set their events in.
_REPORTED_ON = regexes.compile(r"\b" + _SAYING + r"\s+"
                               r"(?:\w+\s+){0,2}?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _weekday_beside(date: str, anchor: str, ahead: bool) -> str:
    """A weekday in a clause set "ahead of" or "before" the day of the clause before it falls after that day (the
    first of its name after it); one set "after" it falls before it. "He spoke on Sunday, ahead of a meeting on
    Wednesday" is the Wednesday after that Sunday, whatever the tense of the sentence says."""
    day, first = dt.date.fromisoformat(date), dt.date.fromisoformat(anchor)
    if ahead and day <= first:
        day += dt.timedelta(days=7 * ((first - day).days // 7 + 1))
    elif not ahead and day >= first:
        day -= dt.timedelta(days=7 * ((day - first).days // 7 + 1))
    return day.isoformat()


# "MAPUTO, March 14 (Reuters) -", "Feb 26 (AP) —", "LONDON (AFP) -": a place and/or date, the agency, a dash; or
# a place in capitals and the date, then the dash, with no agency ("ISTANBUL, March 17 —").
_DATELINE = regexes.compile(r"(?:[A-ZÀ-Þ][A-ZÀ-Þ.'’/\- ]+(?:,\s*[A-Z][\w. ]{0,20})?,\s*)?"
                            r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?"
                            r"\((?:[A-Z][\w&.\- ]{0,24})\)\s*[-–—]+\s*"
                            r"|[A-ZÀ-Þ][A-ZÀ-Þ.'’/\-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ.'’/\-]+){0,3},\s*"
                            r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*[-–—]+\s*")


# (Not "announced" alone, "declared" or "warned": "announced on Tuesday a ban that takes effect on June 1" dates the
# announcement only.)
_SAID_ON = regexes.compile(r"\b(?:said|says|told\s+(?:\w+\s+){0,3}?|stated|wrote|added|confirmed|announced that|"
                           r"reported)\s*$", re.IGNORECASE)


def _saying_day(sentence: str, published: dt.date, found: tuple[str, str, str]) -> Optional[tuple[str, str, str]]:
    """The day a verb of saying right before it gives ("officials said on Wednesday"), when the sentence's event is
    another day's or month's: the telling is dated too."""
    for m in _relative_matches(sentence):
        if not m.group("weekday") or m.group(0) == found[2] or not _reported(sentence, m.group(0)):
            continue
        day = _relative_one(sentence, m, published)
        return day if day and day[0] != found[0] else None
    return None


def _reported(sentence: str, phrase: str) -> bool:
    """Whether the date phrase comes right after a verb of saying ("said on Wednesday", "told reporters on Monday")."""
    at = sentence.find(phrase)
    return at > 0 and bool(_SAID_ON.search(sentence, max(0, at - 40), at))


def _at(sentence: str, phrase: str) -> int:
    at = sentence.find(phrase)
    return at if at >= 0 else len(sentence)


def _parse_date(value: Optional[str]) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


# The lookaheads name every first letter an alternative can start with: the regex engine then skips
# to those letters instead of trying each alternative at every position (three times faster).
_ANY_RELATIVE = regexes.compile(r"(?=[dwmytnae])(?:day\b|week\b|month\b|year\b|yesterday|today|tomorrow|night\b|morning\b|afternoon\b|"
                                r"evening\b)", re.IGNORECASE)
# Every word _ANY_RELATIVE finds holds one of these in its lowercase ("yesterday", "today": "day"): whatever a letter of
# them matches under IGNORECASE lowercases to it, so a text whose lowercase holds none has no relative date word.
_RELATIVE_WORDS = ("day", "week", "month", "year", "tomorrow", "night", "morning", "afternoon", "evening")
# _ANY_RELATIVE in lowercase, for the lowercase text: without IGNORECASE, whose letters have cases, the regex engine skips
# in C to the letters the words open on instead of trying the pattern at every character.
_ANY_RELATIVE_LOWER = regexes.compile(r"day\b|week\b|month\b|year\b|yesterday|today|tomorrow|night\b|morning\b|afternoon\b|evening\b")
# The non-ASCII characters IGNORECASE matches to ASCII letters (İ ı ſ K): where one is, the lowercase text cannot stand in.
_ODD_CASES = "\u0130\u0131\u017f\u212a"


def _stands_in(text: str, lowered: str) -> bool:
    """Whether `lowered` (text.lower()) can stand in for `text` under a lowercase pattern of ASCII letters that is an
    IGNORECASE pattern's: lowercasing kept every character in place (no "İ", which grows) and no other character than
    the ASCII letters' own cases can match them (no _ODD_CASES)."""
    return len(lowered) == len(text) and not any(c in text for c in _ODD_CASES)


def _relative_starts(masked: str, lowered: str) -> list[int]:
    """Where _ANY_RELATIVE matches in `masked`, read off `lowered` (masked.lower()) when that is exact (_stands_in)."""
    if _stands_in(masked, lowered):
        return [m.start() for m in _ANY_RELATIVE_LOWER.finditer(lowered)]
    return [m.start() for m in _ANY_RELATIVE.finditer(masked)]


# Where _RELATIVE can match, in lowercase text: its alternatives, with the optional word before a weekday written out
# and each grouped under the letter it opens on, with a look back for the word start (see at_word_start); so the regex
# engine skips in C to those letters, where _RELATIVE's lookahead and IGNORECASE are tried at every character.
_WEEKDAY_LOWER = "(?:" + "|".join(WEEKDAYS) + ")"
_RELATIVE_LOWER = regexes.compile("(?:" + at_word_start(
    [which + r"\s+" + _WEEKDAY_LOWER for which in "last next this on since until by from before for".split()] + list(WEEKDAYS)
    + [which + r"\s+(?:week|month|year)" for which in "last next this past coming".split()]
    + ["yesterday", "today", "tomorrow", r"last\s+night", r"this\s+(?:morning|afternoon|evening)", "tonight",
       r"of(?<=\bend\sof)\s+(?:the|this)\s+(?:year|month)"]) + r")\b")


def _relative_matches(sentence: str) -> Iterator[re.Match]:
    """_RELATIVE.finditer(sentence): each match found where _RELATIVE_LOWER finds one in the lowercase text, when that
    stands in (_stands_in), twice as fast. (A start _RELATIVE_LOWER finds and _RELATIVE does not match at would be
    passed over: the search goes on from the next character, as _RELATIVE's would.)"""
    lowered = sentence.lower()
    if not _stands_in(sentence, lowered):
        yield from _RELATIVE.finditer(sentence)
        return
    at = 0
    while (found := _RELATIVE_LOWER.search(lowered, at)) is not None:
        m = _RELATIVE.match(sentence, found.start())
        if m is None:
            at = found.start() + 1
            continue
        yield m
        at = m.end()
# Every absolute pattern needs a month name or a year: sentences with neither are not looked at.
_ANY_DATE = regexes.compile(at_word_start([r"1[6-9]\d\d\b", r"20\d\d\b", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                                      "Nov", "Dec"]))


def _absolute(sentence: str, published: Optional[dt.date]) -> Optional[tuple[str, str, str]]:
    if not _ANY_DATE.search(sentence):
        return None
    best = None
    for precision, pattern in _PATTERNS:
        # (The patterns come most precise first: once one has matched, those less precise are not searched. Of two as
        # precise, the first written: "pleaded guilty in February to … counts between March 2023 and August 2024".)
        if best and _PRECISION_RANK[best[1][1]] < _PRECISION_RANK[precision]:
            continue
        m = pattern.search(sentence) if pattern is not _MADE_IN else _made_in(sentence, published)
        if not m or best and m.start() >= best[0]:
            continue
        groups = m.groupdict()
        if groups.get("made"):
            groups["year"] = groups["made"]
        month = _MONTH_NAMES.get((groups.get("month") or "").lower().rstrip("."))
        year = int(groups["year"]) if groups.get("year") else None
        if precision == "year":
            best = (m.start(), (f"{year:04d}", "year", m.group(0).strip()))
            continue
        if precision == "day":
            day = int(groups["day"])
            if not month or not 1 <= day <= 31:
                continue
            year = year or _year_said_after(sentence, m.end(), published) or _day_year(sentence, m, month, day, published)
            try:
                if year:
                    dt.date(year, month, day)
            except ValueError:
                continue
            date = f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
            # ("on Thursday 10 December": a weekday right before a day-first date is part of it.)
            weekday = _WEEKDAY_BEFORE.search(sentence, max(0, m.start() - 16), m.start()) if m.group(0)[0].isdigit() else None
            start = weekday.start() if weekday else m.start()
            best = (start, (date, "day", sentence[start:m.end()].strip()))
            continue
        if not month:
            continue
        if groups.get("which"):
            year = _next_or_last(month, groups["which"], published)
        year = year or _year_said_after(sentence, m.end(), published) or _month_year(sentence, m, month, published)
        best = (m.start(), (f"{year:04d}-{month:02d}" if year else f"--{month:02d}", "month", m.group(0).strip()))
    if best is None:
        named = _YEAR_NAMES_IT.search(sentence)
        if named:
            return (named.group("year") or named.group("year2"), "year", named.group(0).strip())
    return best[1] if best else None


# "referring to the 1994 Budapest Memorandum", "during the 2019 drought", "a 2005 explosion at a neighbouring refinery":
# a thing named by its year further into a sentence that gives no other date happened then (the readers labelling blind
# batches date 60 of 83 such sentences so) — a name in capitals after "the", or a happening's noun. Not a car, a level
# or a plan by its year ("his 2019 Ford Ranger", "the 2022 average", "the 2030 deadline", "the 2024 accounts"), nor a
# count ("the 2000 residents").
_HAPPENINGS = ("elections?|by-elections?|referendum|drought|floods?|flooding|earthquakes?|quakes?|cyclone|hurricane|typhoon|"
               "storms?|fires?|bushfires?|wildfires?|eruption|explosion|blast|strikes?|unrest|riots?|protests?|uprising|"
               "invasion|war|conflict|coup|crisis|crash|recession|pandemic|outbreak|epidemic|attacks?|bombing|massacre|"
               "summit|talks|agreement|deal|accord|treaty|memorandum|ceasefire|truce|games|olympics|championships?|"
               "tournament|tour|census|inquiry|ruling|verdict|merger|takeover|collapse|closure|outage|spill|disaster|"
               "tragedy|sinking|heatwave|monsoon|final|triumph|victory|defeat|visit|campaign")
# (Not a body or a race by a year in its name, "the 1922 Committee", "the 2030 Agenda", "the 2000 Guineas", a car, nor a
# record or a thing in small letters after the capitals, "the 2012 Olympic record".)
_NAMED_NOT_HAPPENINGS = (r"(?:[A-Z][\w'’\-]*\s+){0,3}(?:Committee|Association|Agenda|Guineas|Group|Party|Club|Society|Foundation|"
                         r"Council|Commission|Act|Regulations?|Plan|Strategy|Framework|Fund|Trust|Movement|Generation)\b|"
                         r"(?:Ford|Toyota|Honda|Nissan|Volkswagen|VW|BMW|Mercedes|Audi|Hyundai|Kia|Mazda|Subaru|Tesla|Chevrolet|"
                         r"Chevy|Jeep|Holden|Mitsubishi|Volvo|Renault|Peugeot|Fiat|Land|Range|Porsche|Lexus|Isuzu|Dodge|Ram|GMC|"
                         r"Suzuki|Skoda|Citroen|Opel|Vauxhall|Mini|Jaguar|Harley)\b|"
                         r"[A-Z][\w'’\-]*\s+(?:record|records|average|levels?|figures|estimates?|target|deadline|goal|accounts|"
                         r"threshold|tickets|prices?|rates?|budget|model|intake|peak)\b")
_YEAR_NAMES_IT = regexes.compile(r"(?<=\S\s)(?:the\s+" + _YEAR + r"\s+(?=[A-Z][a-z])(?!" + _NAMED_NOT_HAPPENINGS + r")|"
                                 r"(?:the|its|their|his|her|our|an?)\s+" + _YEAR.replace("?P<year>", "?P<year2>")
                                 + r"\s+(?:[a-z][\w\-]*\s+){0,2}?(?:" + _HAPPENINGS + r")\b)")


def _next_or_last(month: int, which: str, published: Optional[dt.date]) -> Optional[int]:
    """'next April' in November 2026 is April 2027; 'last December' is December 2025."""
    if published is None:
        return None
    if which.lower() == "next":
        return published.year if month > published.month else published.year + 1
    return published.year if month < published.month else published.year - 1


_WEEKDAY_BEFORE = regexes.compile(r"\b(?:on\s+)?" + _WEEKDAY.replace("?P<weekday>", "?:") + r",?\s+$")
_WHICH_YEAR = regexes.compile(r"\s+(last|this|next)\s+year\b", re.IGNORECASE)


def _year_said_after(sentence: str, end: int, published: Optional[dt.date]) -> Optional[int]:
    """'on 14 July last year' → the year before the article's; 'in May next year' → the one after."""
    m = _WHICH_YEAR.match(sentence, end)
    if not m or published is None:
        return None
    return published.year + {"last": -1, "this": 0, "next": 1}[m.group(1).lower()]


_SET_FOR = frozenset("scheduled planned slated due booked set penciled pencilled timetabled".split())
# ("had been planned for June but was cancelled": a plan told as past, the nearest June.)
_WAS_BEFORE = regexes.compile(r"\b(?:was|were|been)\s+$")


def _nearest_year(month: int, day: int, published: Optional[dt.date]) -> Optional[int]:
    if published is None:
        return None
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append((abs((dt.date(year, month, min(day, 28)) - published).days), year))
        except ValueError:
            continue
    return min(candidates)[1]


def _month_year(sentence: str, m: re.Match, month: int, published: Optional[dt.date]) -> Optional[int]:
    """A month named without a year is the last one of that name up to the article's month when the sentence
    tells only of the past ("Crewe, who left the company in March" in November: this March, not next); with a
    word of the future anywhere in it ("will present a revised budget in June"), the nearest one."""
    # ("until July", "by early September" set a deadline, often still ahead of a past-tense verb: the nearest.)
    prep = m.group(0).split()[0].lower()
    if published is not None and prep in _SET_FOR and not _WAS_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
        return published.year if month >= published.month else published.year + 1  # ("is scheduled for May": ahead)
    if published is None or not (prep == "since" or prep in ("in", "during", "throughout") and (
            not _FUTURE.search(sentence) and not _MODAL.search(sentence) and _PAST.search(sentence)
            or _done_in(sentence, m.start()))):
        if published is not None and prep == "in" and _FUTURE.search(sentence) and _future_tense(sentence, m):
            # ("is expected to publish draft guidance in September", in March: this September, not the last.)
            return published.year if month >= published.month else published.year + 1
        if published is None or prep not in ("in", "during") or not _past_clause(sentence, m):
            return _nearest_year(month, 15, published)
    return published.year if month <= published.month else published.year - 1


def _past_clause(sentence: str, m: re.Match) -> bool:
    """Whether the month's own clause, set off by commas or opened by "who"/"which", tells only of the past: "Roy
    Mabbutt, who completed a takeover of the club in October, said the win would …" in May is last October, whatever
    the rest of the sentence looks ahead to."""
    opens = max([sentence.rfind(",", 0, m.start())] + [x.end() for x in _CLAUSE_OPENER.finditer(sentence, 0, m.start())])
    closes = sentence.find(",", m.end())
    clause = sentence[max(0, opens):closes if closes >= 0 else len(sentence)]
    return opens > 0 and bool(_PAST.search(clause)) and not _FUTURE.search(clause) and not _MODAL.search(clause)


def _done_in(sentence: str, start: int) -> bool:
    """Whether a past verb right before the month says the thing was done in it: "The court ruled in March that the
    state must take charge" is this March, whatever the clause after it sets ("must"); not "will be signed in March",
    not "expected in March"."""
    verb = _WORD_BEFORE.search(sentence, 0, start)
    return bool(verb and _PAST.fullmatch(verb.group(1))
                and not _AFTER_BE.search(sentence, max(0, verb.start() - 20), verb.start())
                and not re.search(r"\b(?:to|will|would|have|been|being)\s+$", sentence[max(0, verb.start() - 12):verb.start()]))


def _day_year(sentence: str, m: re.Match, month: int, day: int, published: Optional[dt.date]) -> Optional[int]:
    """A day without a year is the nearest of that name to the article's date — but the day a past verb right
    before it says something was done on ("this year's minimum, recorded on Feb. 21, was …" in November), in a
    sentence that tells only of the past, is the last one (not "sign-off by foreign ministers on Dec. 15")."""
    year = _nearest_year(month, day, published)
    set_for = _SET_FOR_BEFORE.search(sentence, max(0, m.start() - 24), m.start()) if year is not None else None
    # (Not told as past: "The concert set for April 20 went ahead", "The vote, scheduled for December 15, was cancelled",
    # "Originally scheduled for January 12, …".)
    if set_for and not _WAS_BEFORE.search(sentence, max(0, set_for.start() - 12), set_for.start()) \
            and not _PAST.search(sentence, m.end()) and "riginally" not in sentence[:set_for.start()]:
        # ("the final performance is scheduled for December 15" in May: the next December 15, as for a month.)
        return published.year if (month, day) >= (published.month, published.day) else published.year + 1
    said = _YEAR_OPENS.match(sentence) if year is not None and "year" in sentence[:20].lower() else None
    if said:
        # ("Last year, the highest figure recorded was 876, on January 7th.": the year the sentence opens on. Not
        # "who took office last year, resigned on May 4": a clause's year, not the day's.)
        return published.year + (1 if said.group(1).lower() == "next" else -1 if said.group(1).lower() == "last" else 0)
    # (The future of another clause does not date this one: "agreed to extend a moratorium that was first agreed on
    # March 4" in November is this March; the clause is read from its "that", "which" or comma.)
    opens = max([sentence.rfind(",", 0, m.start())] + [x.end() for x in _CLAUSE_OPENER.finditer(sentence, 0, m.start())])
    clause = sentence[max(0, opens):m.end()]
    if year is None or m.group(0).split()[0].lower() != "on" or _FUTURE.search(clause) or _MODAL.search(clause):
        return year
    verb = _WORD_BEFORE.search(sentence, 0, m.start())
    # (A participle after "is" is a present passive, which news uses for what is scheduled: "is published on April 2".)
    if not (verb and _PAST.fullmatch(verb.group(1))) or _AFTER_BE.search(sentence, max(0, verb.start() - 20), verb.start()):
        return year
    try:
        return year - 1 if dt.date(year, month, day) > published else year
    except ValueError:
        return year


_CLAUSE_OPENER = regexes.compile(r"\b(?:that|which|who|when)\s")
_SET_FOR_BEFORE = regexes.compile(r"\b(?:%s)\s+(?:in\s+)?(?:for|on)\s+$" % "|".join(sorted(_SET_FOR)))  # ("scheduled for ")
_YEAR_OPENS = regexes.compile(r"\s*(?:(?:And|But)\s+)?(Last|Next|This)\s+year,")
# (Past a place: "endorsed in Paris on 6 January" was done on the last 6 January, as "endorsed on 6 January" was.)
_WORD_BEFORE = regexes.compile(r"\b(\w+)\s+(?:\w+ly\s+)?(?:(?:in|at)\s+(?:[A-Z][\w\-]*\s+){1,3})?$")
_MODAL = regexes.compile(r"\b(?:might|may|could|should|must|can|shall)\b")


def _weekday_names(article: Article) -> frozenset:
    """The weekdays the article uses as part of a name ("Sheffield Wednesday", "Good Friday"): used bare
    ("Wednesday's first derby win", "Wednesday travel to Norwich") they are that name, not a day."""
    found = set()
    for p in article.paragraphs:
        for m in _BARE_WEEKDAY.finditer(p.text):
            before = _NAME_WORD_BEFORE.search(p.text, max(0, m.start() - 30), m.start())
            if before and before.group(1).lower() not in CAPITALIZED_STOPWORDS and before.group(1).lower() not in _DAY_PARTS:
                found.add(m.group(0).lower())
    return frozenset(found)


_DAY_AS_KIND_BEFORE = regexes.compile(r"\b(?i:(?P<own>its|their|his|her|our|your|a|an)|the)\s+$")
_DAY_AS_KIND_AFTER = regexes.compile(r"\s+(?!(?:before|after|of|in|on|at|to|when|that|which|and|or|night|morning|afternoon|"
                                     r"evening|lunchtime|noon|midday|midnight|following|deadline|election|vote|meeting)\b)"
                                     r"(?P<noun>[a-z]{3,})")
# After "the", only a noun that says what kind of thing the day's is a kind ("the Sunday market"); "the Friday deadline",
# "the Monday following the vote" are days.
_DAY_KINDS = frozenset("""hours opening openings market markets service services edition editions show paper papers
shift shifts club clubs school charges charge closures closure trading league lunch mass team session sessions
programme program newspaper supplement rota schedule timetable""".split())
_BARE_WEEKDAY = regexes.compile(at_word_start(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) + r"\b")
_NAME_WORD_BEFORE = regexes.compile(r"\b([A-Z][a-z]+)\s+$")
_DAY_PARTS = frozenset("late early until since through last next this each every".split())


def _relative(sentence: str, published: dt.date, article: Optional[Article] = None,
              names: Optional[list] = None) -> Optional[tuple[str, str, str]]:
    """The most precise relative date of the sentence: "cut its forecast for next year on Thursday" → Thursday.
    (A weekday the article uses in a name counts only with a word before it that makes it a day: "on", "last";
    `names` holds them once worked out.)"""
    found = []
    for m in _relative_matches(sentence):
        if article is not None and m.group("weekday") and not m.group("which"):
            if not names:
                names.append(_weekday_names(article))
            if m.group("weekday").lower() in names[0]:
                continue
        kind_before = _DAY_AS_KIND_BEFORE.search(sentence, max(0, m.start() - 8), m.start()) \
            if m.group("weekday") and not m.group("which") else None
        kind_after = _DAY_AS_KIND_AFTER.match(sentence, m.end()) if kind_before else None
        if kind_after and (kind_before.group("own") or kind_after.group("noun") in _DAY_KINDS):
            continue  # "cut its Sunday hours", "the Monday market": a day that says what kind of thing, no date
        f = _relative_one(sentence, m, published)
        if f:
            # ("The course of Sunday's marathon was short, organisers admitted on Tuesday": a day that names a thing,
            # "Sunday's race", dates the sentence only when no other day does.)
            owned = bool(m.group("weekday")) and not m.group("which") and sentence[m.end():m.end() + 2] in ("'s", "’s")
            found.append((owned,) + f)
    if not found:
        return None
    return min(found, key=lambda f: (_PRECISION_RANK[f[2]], f[0]))[1:]


def _relative_one(sentence: str, m: re.Match, published: dt.date) -> Optional[tuple[str, str, str]]:
    phrase = m.group(0)
    lower = phrase.lower()
    if m.group("weekday"):
        target = WEEKDAYS.index(m.group("weekday").lower())
        which = (m.group("which") or "").lower()
        future = which in ("next", "until", "by", "from", "before", "for") or (which != "last" and (
            _future_tense(sentence, m) or _KICK_OFF.match(sentence, m.end()) is not None
            or _STARTING.search(sentence, max(0, m.start() - 32), m.start()) is not None and _announced(sentence)))
        delta = (target - published.weekday()) % 7
        if future:
            day = published + dt.timedelta(days=delta or 7 if which == "next" else delta)
        else:
            back = (published.weekday() - target) % 7
            if which == "last" and back == 0:
                back = 7
            day = published - dt.timedelta(days=back)
        return day.isoformat(), "day", phrase
    if m.group("year_end"):
        # (In January, "At the end of the year the council approved …" is the year just gone: a thing done.)
        done = published.month == 1 and not _future_tense(sentence, m)
        return f"{published.year - done:04d}", "year", phrase
    if m.group("month_end"):
        return f"{published.year:04d}-{published.month:02d}", "month", phrase
    lower = " ".join(lower.split())
    if lower in _DAYS_FROM_PUBLISHED:
        day = published + dt.timedelta(days=_DAYS_FROM_PUBLISHED[lower])
        return day.isoformat(), "day", phrase
    unit, which = m.group("unit").lower(), m.group("unit_which").lower()
    step = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[which]
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
        return monday.isoformat(), "week", phrase
    if unit == "month":
        index = published.year * 12 + published.month - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "month", phrase
    return f"{published.year + step:04d}", "year", phrase


# The days a word for one names, from the article's ("yesterday": the day before).
_DAYS_FROM_PUBLISHED = {"yesterday": -1, "today": 0, "tomorrow": 1, "last night": -1, "this morning": 0,
                        "this afternoon": 0, "this evening": 0, "tonight": 0}


_PAST = regexes.compile(r"(?=\w)\b(?:(?!(?:expected|scheduled|planned|due)\b)\w+ed|said|told|met|went|(?:up|with)?held|spoke|was|were|had|took|made|came|gave|began|won|lost|"
                        r"beat|fell|rose|left|sent|led|ran|saw|brought|became|struck|hit|cut|kept|put|paid|sold|bought|found|built|stood)\b", re.IGNORECASE)


_RELATIVE_AFTER = regexes.compile(r"\b(?:that|which|who)\b")
# "host Chelsea on Saturday (17:30 GMT)": a time and zone in brackets after the day is a fixture's start, ahead.
_KICK_OFF = regexes.compile(r"\s*\(\s*\d{1,2}[:.]?\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|BST|CET|CEST|UTC|ET|EST|EDT|PT|PST|PDT|"
                            r"local(?:\s+time)?|[A-Z]{2,4})\s*\)")
# (Nor after "is"/"are": "which is published on Thursday" is a passive of the present.)
_AFTER_BE = regexes.compile(r"\b(?:be|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# A present tense that sets a day ahead, with no past or future word in its clause: "which is published on Thursday",
# "the package goes to ambassadors on Tuesday" (news tells what is scheduled in the present).
_PRESENT_ACTIONS = ("goes|go|opens|open|starts|start|begins|begin|meets|meet|plays|play|hosts|host|visits|visit|travels|"
                    "continues|continue|"  # ("The trial … continues Monday with testimony …")
                    "travel|faces|face|returns|return|resumes|resume|closes|close|ends|end|releases|launches|performs|arrives")
_PRESENT = regexes.compile(r"\b(?:is|are|%s)\b" % _PRESENT_ACTIONS, re.IGNORECASE)
# "are county champions after a nerve-shredding victory over Beeston at Bulwell on Saturday": the day of a thing done,
# after which the present holds (a present of being; not one of doing, "Pupils return to school after the break").
_PRESENT_ACTION = regexes.compile(r"\b(?:%s)\b" % _PRESENT_ACTIONS, re.IGNORECASE)
# A present tense of what is scheduled right before the weekday: "continues Monday", "resumes on Tuesday" (its -s form,
# in small letters: not "won the Spring Open on Sunday", "drew to a close on Sunday").
_PRESENT_ACTION_BEFORE = regexes.compile(r"\b(?:%s)\s+(?:on\s+)?$" % "|".join(
    w for w in _PRESENT_ACTIONS.split("|") if w.endswith("s")))
_AFTER_DONE = regexes.compile(r"\bafter\s+(?:a|an|the|their|his|her|its|our)\s+[^,.;:]{0,160}$")


# "a state of emergency beginning at noon Thursday", "starting Monday": what comes in on the weekday lies ahead, when
# the sentence only announces it ("declared", "approved"); not "A curfew starting Monday was lifted on Wednesday", "the
# week beginning Monday" in a report of what happened, "has already cut".
_STARTING = regexes.compile(r"\b(?:beginning|starting|effective)\s+(?:at\s+[\w.:]+(?:\s+[ap]\.?m\.?)?\s+)?$")
_ANNOUNCING = frozenset("""declared announced approved ordered imposed issued introduced set scheduled agreed voted
decided confirmed said told extended""".split())


def _announced(sentence: str) -> bool:
    """No verb in the past but the one that announced what is to come (and no perfect: "has already cut")."""
    if re.search(r"\b(?:has|have|had)\b", sentence, re.IGNORECASE):
        return False
    return all(m.group(0).lower() in _ANNOUNCING or m.group(0).lower() in ("was", "were") and _STILL_AHEAD.match(
        sentence, m.end()) for m in _PAST.finditer(sentence))


# "… said a travel ban was likely": a "was" that says what is to come.
_STILL_AHEAD = regexes.compile(r"\s+(?:likely|unlikely|possible|expected|due|set|planned|scheduled|needed|necessary|imminent)\b",
                               re.IGNORECASE)


_AND_BETWEEN = regexes.compile(r"\s(?:and|but)\s")


def _future_tense(sentence: str, m: re.Match) -> bool:
    """Whether the verb nearest the weekday speaks of the future ("will meet on Friday", "until Friday").
    Its own clause first: in "The deal, finalised late on Wednesday night, will see …" the weekday
    belongs to "finalised", set off by commas, not to the nearer "will"."""
    if _PRESENT_ACTION_BEFORE.search(sentence, max(0, m.start() - 16), m.start()):
        return True  # ("The trial … continues Monday with testimony from an accountant hired by the Crown": ahead)
    start = sentence.rfind(",", 0, m.start()) + 1
    end = sentence.find(",", m.end())
    # ("passed a bill late Tuesday that would keep …": a clause opened by that/which/who after the weekday is
    # about something else; its "would" does not date the weekday.)
    relative = _RELATIVE_AFTER.search(sentence, m.end(), end if end >= 0 else len(sentence))
    if relative:
        end = relative.start()
    clause = sentence[start:end if end >= 0 else len(sentence)]
    for text, offset in ((clause, start), (sentence, 0)):
        def nearest(pattern: re.Pattern, past_and: bool = True) -> Optional[int]:
            # (A participle after "be" is no past tense: "must still be formally adopted on Monday".)
            # (Nor, with `past_and`, a verb after the date past an "and": "had commissioned a review in January and
            # would consider …" sets January by its own verb; the "would" is the next verb phrase's.)
            distances = [min(abs(x.start() + offset - m.end()), abs(m.start() - x.end() - offset))
                         for x in pattern.finditer(text) if not (m.start() <= x.start() + offset < m.end())
                         and not (pattern is _PAST and _AFTER_BE.search(text, max(0, x.start() - 20), x.start()))
                         and not (pattern is _PAST and x.start() > 0 and x.group(0)[0].isupper())  # ("Tom Reed", a name)
                         and not (past_and and x.start() + offset >= m.end()
                                  and _AND_BETWEEN.search(sentence, m.end(), x.start() + offset))]
            return min(distances) if distances else None
        # (Past an "and", the verbs are the next verb phrase's — unless no other verb dates the day: "reopens on Friday
        # and visitors will …" looks ahead all along.)
        future, past = nearest(_FUTURE), nearest(_PAST)
        if future is None and past is None:
            future, past = nearest(_FUTURE, past_and=False), nearest(_PAST, past_and=False)
        if future is not None or past is not None:
            return future is not None and (past is None or future < past)
        if text is clause and _PRESENT.search(clause):
            # (A state now after a thing done then, "are champions after a victory … on Saturday"; not "Pupils return to
            # school after the half-term break on Monday", a thing to come.)
            return not (_AFTER_DONE.search(sentence, start, m.start()) and not _PRESENT_ACTION.search(clause))
    return False


def sort_key(event: Event) -> tuple:
    """Chronological; dates without a year after those with one, by month and day."""
    year = event.year
    rest = event.date[5:] if year is not None else event.date[2:]
    return (year is None, year or 0, rest, event.text)
