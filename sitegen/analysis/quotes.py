"""Direct quotations and who said them.

A quotation's speaker is looked for in this order, and the first rule that finds one wins:
1. right after the quote: `"…," Lavrov said` / `"…," said Lavrov` / `"…," he added`;
2. before it, in the same sentence: `Rubio said …"…"`, `which Trump called "great progress"`;
3. at the end of its sentence: `Trump "will know the right time," … , Rubio said.`;
4. `according to X`, or `X's statements that "…"`;
5. the quote continues one already attributed (the next sentence, or a paragraph that is all
   quotation after a quoted paragraph or after `X said:`).
A speaker is a person the article names (their fullest name), a role the gazetteer or the article
defines ("the Kremlin spokesperson"), he/she pointing back to the last person named as the
subject of a sentence (never one only mentioned as an object, after a preposition or in a quote;
skipping one of the other gender when only one of the right gender is in view), an organization
("India's foreign ministry", "the Bank of England"; "it" and "the ministry" point back to it), or an
unnamed speaker kept in words only ("a senior official": no slug).
Anything else leaves the speaker unknown: a wrong name is worse than none. Quotes of one to three
words with no speech verb are scare quotes, not speech, and are not listed.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Optional, Sequence

from sitegen import regexes
from sitegen.analysis import lexicon as lx
from sitegen.analysis import subject_names as sn
from sitegen.analysis.orgs import (
    BARE_SPOKES, CLAUSE_AND, CLUB_HEADS, CLUB_NAME, COMMON_SUBJECTS, COUNTRY_ACRONYMS, DESCRIPTOR_WORD, DETERMINER_KINDS, DOCUMENTS,
    DOCUMENT_BY, DOCUMENT_SUBJECT,
    GROUP_HEADS, HEAD_FAMILIES, ISSUED, POLICE_HEADS, ITS_DOCUMENT, NEW_CLAUSE, NOT_A_SUBJECT, NOT_ORG_WORDS,
    ORG_NOUNS_SPOKEN_FOR, ORG_OPENING, OWNED_DOCUMENT_NOUNS, OWNER_DOCUMENT, PHRASE_PREPOSITIONS, REMITS, SPOKES, SPOKES_OFFICE, SPOKES_OWNER,
    SEAT_AFTER, STATEMENT_FROM, STATEMENT_FROM_SUBJECT, called_so, describes_org, fits_family, name_is_plural, one_word_org, org_phrase,
    SEAT_OPENS, seat_name, seat_subject, stated_org)
from sitegen.analysis.interviews import answered_questions, questions_set_apart
from sitegen.analysis.people import KIN_GENDER, KIN_NOUNS, ArticlePeople, Gazetteer, Mention, named_as_given, normalize_role
from sitegen.analysis.text import (Span, ends_a_sentence, given_name_at, mask, name_spans, occurrences, quoted_spans, sentence_spans,
                                  space_before)
from sitegen.model import Article, Paragraph, Person, Quote, SourceRef
from sitegen.slug import slugify

# After a speech verb: its reported clause, whose subject is a body named again by its kind ("the union would …",
# "…, and that the chamber had written …").
_REPORTED_BODY = regexes.compile(r"\s+(?:that\s+|[^\"“”\u2588.;]{0,120}?\band\s+that\s+)?the\s+(%s)\b" % "|".join(
    sorted(w for w in lx.ORG_HEADS if w.isalpha())))
# (The comma first, its digit before as a lookbehind: the engine skips straight to each comma, ten times faster than
# trying a lookbehind at every character. The same matches.)
_THOUSANDS_COMMA = regexes.compile(r",(?<=\d,)(?=\d{3}\b)")
SCARE_QUOTE_WORDS = 3
NAME_WORDS = 6  # a name given to something ("the so-called 'coalition of the willing'") runs longer than a scare quote
GENDER_LOOKBACK = 4  # paragraphs a gendered he/she may look back for its one candidate
_VERB = lx.SPEECH_VERB_RE
# `," he laughs`, `," Whitelaw laughed`: right after the quote's comma and closing mark.
_LAUGHS_RIGHT_AFTER = regexes.compile(r"[\s,\u2588\"”]*(?:(?:he|she|[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)\s+(laughs|laughed)\b|"
                                      r"(laughs|laughed)\s+(?=(?:[a-z][\w\-]*\s+){0,3}[A-Z]))")


class _Matched:
    """A match's span of one group, standing in for a speech verb's match (`group(0)` the word, `start`/`end` its span)."""

    def __init__(self, match: re.Match):
        self._m, self._k = match, match.lastindex

    def group(self, _k: int = 0) -> str:
        return self._m.group(self._k)

    def start(self, _k: int = 0) -> int:
        return self._m.start(self._k)

    def end(self, _k: int = 0) -> int:
        return self._m.end(self._k)
# After a quotation, a dash and a noun its relative clause describes: an aside about the words, not who said them.
_DASH_ASIDE = regexes.compile(r"\s*[—–]\s+(?:an?|the)\s+[a-z]+\s+(?:that|which)\s")
# (Set off by a dash too: `called it "a ledger in need of an auditor" – a line Raghavan says she has printed out`.)
_VIEW_ASIDE = regexes.compile(r"[\u2588\"”’']*\s*(?:,|\s[—–-])?\s*(?:an?|the)\s+(?:view|claim|description|assessment|characteri[sz]ation|"
                              r"verdict|label|charge|accusation|suggestion|phrase|phrasing|word|wording|term|formulation|line|refrain|mantra|slogan|"
                              r"prediction|forecast)s?"
                              # (then the clause whose subject rejected it: not "the charge nurse, Ann Lee, said")
                              r"(?=\s+(?:that|which|the|an?|his|her|its|their|[A-Z]))")
# (Not the words themselves as what someone said, set off by a dash: `"We will not move" – the words Defence Minister Jane
# Roe said on Monday – became …` is hers; `– a line Raghavan says she has printed out`, a clause after the verb, is not.)
_DASHED = regexes.compile(r"[\u2588\"”’']*\s*[—–-]")
_CLAUSE_AFTER_VERB = regexes.compile(r"\s+(?:she|he|they|it|was|were|is|are|had|has|would|could|will)\b")
# A cabinet title a minister holds in British usage (not a press, general or permanent secretary).
_SECRETARY_OF_STATE = regexes.compile(r"(?!(?:press|general|permanent|private|executive|party|company|assistant|deputy|club|union|"
                                      r"branch|honorary|parish|council|school|social|membership)\b)[a-z]+ "
                                      r"secretary", re.IGNORECASE)
_ENTRY_TIME = regexes.compile(r"\d{1,2}[:.]\d{2}")  # a live page's entry time opening a sentence
# A name right before its speech verb: "Atlantic Grid now says", "Atlantic Grid said".
_NAME_THEN_SPEECH_VERB = regexes.compile(r"\s+(?:(?:%s)\s+)?(?:says|said|warns|warned|announced|confirmed|added|told)\b"
                                         % "|".join(sorted(lx.AUXILIARIES)))
# A sentence's subject that is a name alone, perhaps with a description set off by commas: "The Diocese of Ashcombe",
# "Gareth Lyle, headteacher at Hollins Lane,", "the council's chief executive, Deborah Lyle,".
_WHO_OPENS = regexes.compile(r",\s+who\s")
_ASKED_WHAT_BEFORE = regexes.compile(r"\b(?:questioned|questions|asked|asks|wondered|wonders|queried|queries)\s+"
                                     r"(?:how|whether|why|if)\s+$")
# ", who said Moscow was open to a truce only once what " up to a he/she: a who-clause reporting the one it is about.
_WHO_SAYS_TO = regexes.compile(r",\s+who\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|tells|argued|argues|added|insisted|"
                               r"insists|warned|warns|claimed|claims|stressed|maintained|maintains)\b[^.;:!?\u2588\"“”]*(?<!,)\s$")
# (A role may stand before the name, with whose it is: "Ashworth chairman Malcolm Reddy".)
_NAME_AS_SUBJECT = regexes.compile(r"\s*(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[^,\u2588]{1,60},\s*)?(?:The\s+)?"
                                   r"(?:(?:[A-Z][\w\-'’.&]*\s+){1,2}(?:[a-z\-]+\s+)?" + lx.alternation(
                                  [w for w in lx.ROLE_NOUNS if " " not in w]) + r"\s+(?=[A-Z]))?[A-Z][\w\-'’.&]*(?:\s+(?:(?:of|for|and|de)\s+(?:the\s+)?)?[A-Z][\w\-'’.&]*)*"
                                   r"(?:\s*,[^,\u2588]{1,120},|(?<=[a-z])\s*,(?=\s*$))?\s*(?:also\s+|later\s+|then\s+)?")
_AUX_WORDS = lx.AUXILIARIES
_INDEFINITE = frozenset(("a", "an", "one", "another"))


@dataclass(frozen=True)
class Speaker:
    slug: str
    name: str
    how: str


@dataclass
class _Quote:
    spans: tuple[Span, ...]
    text: str
    between: str = ""  # the attribution between the halves of a split quote
    between_at: int = 0


class _Paragraph:
    def __init__(self, index: int, text: str, mentions: list):
        self.index = index
        self.text = text
        self.quotes = quoted_spans(text)
        named = name_spans(text, self.quotes) if self.quotes else ()
        if named:
            # `a soldier with the call sign "Moriak" said`: the name, read as if unquoted (same length, so offsets hold).
            self.quotes = tuple(s for s in self.quotes if s not in named)
        self.masked = mask(text, self.quotes)
        for s in named:
            self.masked = self.masked[:s.start] + " " + self.masked[s.start + 1:s.end - 1] + " " + self.masked[s.end:]
        stamp = _LIVE_STAMP.match(self.masked) if self.masked[:1].isdigit() else None
        if stamp:
            # "12:15 GMT - Poland's defence ministry said …": a live entry's time, no part of the sentence's subject.
            self.masked = " " * stamp.end() + self.masked[stamp.end():]
        if "," in self.masked:
            # ("who came third with 1,104 votes, said": a number's thousands comma sets nothing off.)
            self.masked = _THOUSANDS_COMMA.sub(" ", self.masked)
        self.sentences = sentence_spans(text, self.quotes)
        self.mentions = mentions

    def sentence_at(self, pos: int) -> tuple[int, int]:
        for a, b in self.sentences:
            if a <= pos < b:
                return a, b
        return (0, len(self.text))


def pronoun_people(article: Article, people: ArticlePeople, gaz: Gazetteer,
                   pronouns: Sequence[tuple[int, int, str]]) -> tuple[Optional[str], ...]:
    """The person each he/she stands for, as a reader of the article resolves it (the rules that give a "he said"
    its speaker): `pronouns` are (paragraph index, offset of the pronoun, "m" or "f"); None where the article does not
    tell."""
    resolver = _Resolver(article, people, gaz)
    return tuple(resolver._antecedent(paragraph, offset, gender) for paragraph, offset, gender in pronouns)


def find_quotes(article: Article, people: ArticlePeople, gaz: Gazetteer) -> tuple[Quote, ...]:
    resolver = _Resolver(article, people, gaz)
    out: list[Quote] = []
    previous_para_last: Optional[Quote] = None
    previous_reported = False  # whether previous_para_last goes on only as the words its sentence reported
    bridged: Optional[Quote] = None
    bridged_at = -1
    # A Q&A interview: the person quoted before its first bold question is the one answering; an answer's own
    # quote after "I said …:" is theirs (the answers carry no quotation marks and name no one).
    interviewee: Optional[Speaker] = None
    last_person: Optional[Speaker] = None
    answering = False
    # (The paragraphs' text is plain: the bold questions are read from the body's markup.)
    questions = questions_set_apart(article)
    quick_fire = answered_questions(article)
    for k, paragraph in enumerate(article.paragraphs):
        if questions and paragraph.text.strip() in questions:
            interviewee = interviewee or last_person
            answering = False
        elif interviewee is not None:
            answering = True
        if not _may_quote(paragraph.text):
            before, previous_para_last, previous_reported = previous_para_last, None, False
            # `"…," she said.` / "She also refused to blame the goalkeeper." / a paragraph of quotation: a paragraph
            # about the last speaker, by her pronoun, between her words and more of them.
            opening = _OPENS_ON_PRONOUN.match(paragraph.text) if before is not None and before.speaker else None
            bridged = before if opening and resolver.pronoun_means(
                paragraph.index, opening.start(1), opening.group(1)) == before.speaker else None
            bridged_at = k
            if paragraph.quoted and k > 0:
                # A blockquote with no quotation marks after `Zelensky said … how the line would be monitored:`
                # is the words the paragraph before introduced (and its next paragraphs go on with them); a
                # blockquote nobody introduces is not listed.
                quote = _introduced_blockquote(resolver, article.paragraphs[k - 1], paragraph, article.slug, before)
                if quote is not None:
                    out.append(quote)
                    previous_para_last = quote
            continue  # most paragraphs quote no one: nothing to build for them
        para = resolver.paragraph(paragraph.index)
        last_in_para: Optional[Quote] = None
        last_end = 0
        last_sentence_speaker: Optional[tuple[tuple[int, int], Speaker]] = None
        written_end: Optional[int] = None  # where the last words written on a thing end
        pending: list = []  # (place in `out`, quotation) of this paragraph's quotes so far
        for q in _merge_split_quotes(para):
            words = len(q.text.split())
            if words == 0:
                continue
            before = para.masked[max(0, q.spans[0].start - 40):q.spans[0].start]
            if words <= NAME_WORDS and _NAMING_BEFORE.search(before):
                continue  # a name given to something, whoever speaks in the sentence (see _NAMING_BEFORE)
            if words <= SCARE_QUOTE_WORDS and (_DEFINED_AFTER.match(para.masked, q.spans[-1].end)
                                               or _LABEL_AFTER.match(para.masked, q.spans[-1].end)):
                # `speaks of "sisu", the Finnish idea of stubborn endurance`: a word, then what it means; `filed under the
                # "quiet novel", a label she finds insulting`: a name for a thing, then that it is one.
                continue
            if words <= NAME_WORDS and q.text[:1].isupper() and _OF_BEFORE.search(before) \
                    and _THAT_AFTER.match(para.masked, q.spans[-1].end):
                continue  # `the critic wrote of "Nine Winters" that …`: what the words after are about, by its title
            if words <= NAME_WORDS and q.text[:1].isupper() and _WORK_APPOSED_AFTER.match(para.masked, q.spans[-1].end):
                continue  # `"The Salt Year", her fifth novel,`: a work's title, then what work it is
            if _TITLED_BEFORE.search(before) or words <= NAME_WORDS and _DUBBED_OBJECT_BEFORE.search(before) or (
                    q.text[:1].isupper() and (_DOCUMENT_BEFORE.search(before) or _WORK_OF_BEFORE.search(before))
                    and _titles_a_work(q.text.strip().rstrip("?!"))):
                continue  # `under the title "A regime shift in …"`, `dubbed the scheme a "war on motorists"`: names
            if words <= NAME_WORDS and (_WORK_SET_OFF_BEFORE.search(before) and _SET_OFF_AFTER.match(para.masked, q.spans[-1].end)
                                        or _TRANSLATED_BEFORE.search(before) and para.masked[q.spans[-1].end:].startswith(")")):
                continue  # `In her memoir, "Cuando la tierra habla" ("When the Earth Speaks"), she wrote`: a title, translated
            if words <= NAME_WORDS and _THE_BEFORE.search(before) and (
                    _titles_a_work(q.text.strip()) or q.text[:1].islower() and words >= 2
                    and _BODY_MEETS_AFTER.match(para.masked, q.spans[-1].end)):
                continue  # the "Framework for a Durable Peace", the "coalition of the willing" would meet: names
            if words <= SCARE_QUOTE_WORDS and q.text[:1].islower() and _HEARD_BEFORE.search(before):
                continue  # `some people heard "mission accomplished"`: what listeners took from words, not words said
            if _WRITTEN_ON_BEFORE.search(para.masked, max(0, q.spans[0].start - 80), q.spans[0].start) \
                    or written_end is not None and _LISTED_AFTER.fullmatch(
                    para.masked, written_end, q.spans[0].start):
                # `carried banners reading "Peace instead of sanctions"`: words written on a thing, said by no one —
                # and those listed after them (`placards reading "Free them" and "Bring them home"`).
                written_end = q.spans[-1].end
                continue
            if words <= NAME_WORDS and _title_cased(q.text.strip()) and (
                    _APPEARING_ON_BEFORE.search(before) or _RENAMED_BEFORE.search(before)):
                continue  # `Speaking on "The Morning Report"`, `renamed its gallery from "Treasures of the Raj" to …`: names
            if words <= SCARE_QUOTE_WORDS and (_AGAINST_CALLING.search(para.masked, max(0, q.spans[0].start - 100),
                                                                       q.spans[0].start) or _BOOKED_FOR.search(before)):
                # `cautioned against reading the results as a "tipping point"`: a label they reject, not said; `Taylor
                # cautioned Rice for a "reckless" challenge`: a booking, the writer's word for the foul.
                continue
            if 2 <= words <= NAME_WORDS and _titles_a_work(q.text.strip()) and _NAME_HOLDER_BEFORE.search(before) \
                    and not _SHOUTS_OF.search(before):
                # `the first draft of "The Salt Road"`, `on Liffey FM's "The Morning Brief"`, `the planned "Wattle Creek
                # Energy Hub"`: a title after whose it is or what it is of — a name, not words anyone said.
                continue
            if _HANDLE.fullmatch(q.text.strip()):
                continue  # `the hashtag "#MetroLoot"`, `"@cityofdallas"`: a tag or an account, not words spoken
            if q.text.strip().casefold() in _RATINGS and _RATING_NEAR.search(para.masked, max(0, q.spans[0].start - 60),
                                                                               q.spans[-1].end + 20):
                continue  # `cut his rating on the stock to "hold" from "buy"`: an analyst's rating, named
            if (words <= SCARE_QUOTE_WORDS and _PASSIVE_NAMING.search(before)
                    and not _BY_AGENT.match(para.masked, q.spans[-1].end)):
                continue  # `when the book is described as "autofiction"`: a label no one in the story gives it
            if words <= SCARE_QUOTE_WORDS and (q.text.startswith("the ") or all(w[:1].isupper() for w in q.text.split())
                                               or _THE_BEFORE_MARK.search(para.masked, max(0, q.spans[0].start - 8), q.spans[0].start)) \
                    and _GROUP_CALLS.search(para.masked, max(0, q.spans[0].start - 160), q.spans[0].start):
                # `that locals call "the brick"`, `have taken to calling the vacation months the "summer crunch"`: a name
                # a group gives a thing (see _GROUP_CALLS)
                continue
            if words <= NAME_WORDS and (q.text[:1].islower() and _WHAT_THEY_CALL.search(before)
                                        or words >= 2 and all(w[:1].isupper() for w in q.text.split())
                                        and _NOUN_THEY_CALLED.search(before)):
                continue  # `what officials call a "shadow fleet"`, `a fund he called "Sentinel Digital Yield"`: names
            speaker, verb = resolver.attribute(para, q)
            if speaker is not None and not speaker.slug and words <= NAME_WORDS \
                    and (_TAKEN_TO_CALLING.search(para.masked, max(0, q.spans[0].start - 200), q.spans[0].start)
                         or _NAMED_AS.match(para.masked, q.spans[-1].end)):
                # (`what officials have taken to calling an "Article 5-like" commitment`, `Diplomats in Geneva have
                # taken to calling the arrangement … the "corridor format"`: a name people unnamed give a thing, not
                # their words — where someone named has, it is: "Fiona Marchbank has taken to calling the approach
                # "sanctions by press release"".)
                continue
            if speaker is None:
                speaker = resolver.group_they(para, q) or resolver.note_from(para, q.spans[0].start) or speaker
            # (Only a question: `Asked by Laura Kemp of the Herald, "Absolutely not," Baird replied` is the answer.)
            asker = resolver.asked_by(para, q.spans[0].start) if q.text.rstrip().endswith("?") else None
            if asker is not None:
                speaker, verb = asker, True
            crowd = _CROWD_BEFORE.search(before)
            if crowd:
                # `a shout of "Shame!" came from the benches`, `chants of "Resign!"`: a crowd's words, no one's named,
                # whoever the sentence names before them.
                speaker, verb = Speaker("", crowd.group(1), f"an unnamed crowd's words: '{crowd.group(1)} of'"), True
            if (_MEDIA_AFTER.match(para.masked, q.spans[-1].end) or _MEDIA_BEFORE.search(before)) and _titles_a_work(q.text):
                # `said on "The Rest Is Football" podcast`, `on TV Prime's flagship programme "The Big Debate"`: a
                # show's title, whoever speaks in the sentence.
                continue
            if speaker is None and 2 <= words <= NAME_WORDS and q.text[:1].islower() and _AGENT_BEFORE.search(before):
                continue  # `guarantees drawn up by the "coalition of the willing"`: who did it, named; nobody's words
            if speaker is None and words <= SCARE_QUOTE_WORDS and _OWNED_BEFORE.search(before):
                # `tankers of Russia's "shadow fleet"`, `the council's "Healthy Streets" strategy`: a name something
                # goes by, owned by the noun before it; nobody in the sentence is said to speak the words.
                continue
            if words <= SCARE_QUOTE_WORDS and _term_not_words(resolver, para, q, before, speaker is None):
                continue  # a term the sentence uses as a noun of its own (see _term_not_words)
            if speaker is None and (_titles_a_work(q.text) or (words <= SCARE_QUOTE_WORDS and
                                                               _NAMED_AS.match(para.masked, q.spans[-1].end))):
                # `the song "You'll Never Walk Alone"`, `the "glacier duvet", as locals call it`: names, not speech.
                continue
            if speaker is None and not verb:
                # `She expects more volatility "for weeks, not days."`: what the subject expects, hopes or fears, in
                # their own words, no verb of saying in the sentence (inside one, "X said the market had expected
                # "…"", the words are X's report).
                speaker = resolver.belief_of(para, q)
            if speaker is None and last_sentence_speaker and last_in_para is not None:
                # `"…," the ministry said, adding that households "do not need to worry"`: a participle
                # of the same sentence goes on with the speaker of the quote before it.
                sentence = para.sentence_at(q.spans[0].start)
                # (Not past a clause of someone else's: '"…," and Okonkwo-Fraser agreed, calling them "…"'.)
                another = _ANOTHER_CLAUSE_NAMED.search(para.masked, last_end, q.spans[0].start)
                if another and another.group(1) in last_sentence_speaker[1].name.split():
                    another = None  # ('"…," and Reed added, calling them "…"': the same speaker going on)
                if last_sentence_speaker[0] == sentence and _GOES_ON.match(para.masked, last_end, q.spans[0].start) \
                        and not another:
                    prev = last_sentence_speaker[1]
                    speaker = Speaker(prev.slug, prev.name, f"goes on from the quote of {prev.name} before it")
            if speaker is None and words > SCARE_QUOTE_WORDS and not verb:
                # (A quote whose own sentence has a speech verb is that verb's subject's, or nobody's.)
                sentence = para.sentence_at(q.spans[0].start)
                # Continuation: the previous sentence's quote, or a whole-paragraph quote after a quoted one.
                if last_sentence_speaker and last_sentence_speaker[0][1] <= sentence[0]:
                    prev = last_sentence_speaker[1]
                    # (Unless a sentence about someone else stands between: `"…," Howells says. Pritchard, listening
                    # from the kitchen, shakes his head. "She's exaggerating."` is his.)
                    beat = resolver.intro_subject(para, sentence[0])
                    opener = resolver.colon_opener(para, sentence[0], q.spans[0].start) if beat is None else None
                    if opener is not None:
                        # `"…," Kerkhof said. Ukraine's ambassador, Olena Dovzhenko, welcomed the remarks: "…"`: the
                        # one the sentence opens on introduces their own words, whoever spoke before.
                        speaker = opener
                    elif beat is None and (_SOMEONES_KIN_OPENS.match(para.masked, sentence[0], q.spans[0].start)
                                           or _someone_else_opens(para.masked, sentence[0], q.spans[0].start)):
                        # `"…," Mrs Moss said. Her husband was more succinct: "…"`: his, unnamed — not hers; so with
                        # `Another drinker at the bar was less impressed: "…"`.
                        pass
                    elif beat is None and _unnamed_reports_before(para, last_sentence_speaker[0][1], sentence[0]):
                        pass  # `One senior official said the case was chosen deliberately. "We picked …"`: theirs
                    elif beat is None and _someone_else_leads_in(para.masked[sentence[0]:q.spans[0].start], prev.name):
                        # `… Considine said. Across the street, Bridget Lynch of Lynch's Bar was blunter: "…"`: a name
                        # the analysis did not take for a person leads the words in — someone else's, not his.
                        pass
                    elif beat is None and (other := _OTHER_NAME_OPENS.match(para.masked, sentence[0], q.spans[0].start)) \
                            and other.group(1).split()[0].lower() in lx.FIRST_NAMES \
                            and other.group(1).split()[-1] not in prev.name.split():
                        # (`… describing it as "…". The Conservatives' Nigel Ashworth, meanwhile, wants "…"`: a sentence
                        # opening on someone else's name, which the analysis did not take for a person's.)
                        pass
                    elif beat is None and (given := _GIVEN_NAME_LEADS_IN.match(para.masked, sentence[0], q.spans[0].start)) \
                            and lx.given_name(given.group(1)) and given.group(1) not in prev.name.split() \
                            and not (len(given.group(1)) <= 4 and prev.name[:1] == given.group(1)[:1]):
                        # (Not a short form of the speaker's own name: "… said Benjamin Okafor. Ben has one rule:".)
                        # (`"…," Darren said. Priya wasn't having it: "…"`: a lead-in opening on someone else's given
                        # name alone, whom the analysis did not take for a person — theirs, not his.)
                        pass
                    else:
                        speaker = beat if beat is not None and beat.slug and beat.slug != prev.slug \
                            else Speaker(prev.slug, prev.name, f"continues the quote of {prev.name} before it")
                elif (opener := resolver.colon_opener(para, sentence[0], q.spans[0].start)) is not None \
                        and resolver.intro_subject(para, sentence[0]) is None \
                        and not _acted_on(para, sentence[0], q.spans[0].start):
                    # `Chloé Marchetti was blunter: "…"`, `The Kremlin went further: "…"` opening a paragraph: the
                    # one the lead-in opens on introduces their own words (not someone's they were given: "Carney was
                    # heckled by a man at the back:", "Holt received a text from her daughter:").
                    speaker = opener
                elif _fills_paragraph(para, q) and k + 1 < len(article.paragraphs) and (named := resolver.remarks_named_next(
                        resolver.paragraph(article.paragraphs[k + 1].index))):
                    speaker = named
                elif _fills_paragraph(para, q) and k > 0 and not _question_answered_next(q, article.paragraphs, k):
                    speaker = resolver.introduced_by(resolver.paragraph(article.paragraphs[k - 1].index),
                                                     previous_para_last, alone=_alone_in_paragraph(para))
                    if speaker and previous_reported and previous_para_last is not None \
                            and speaker.slug == previous_para_last.speaker:
                        speaker = Speaker(speaker.slug, speaker.name, speaker.how + _REPORTED_BEFORE)
                    if speaker is None and bridged is not None and bridged_at == k - 1:
                        speaker = Speaker(bridged.speaker, bridged.speaker_name or bridged.speaker,
                                          f"continues the quote of {bridged.speaker_name}, the paragraph between about them")
            if speaker is None and not verb and last_in_para is None:
                # `Milan laughed. "Tomorrow."`: a quote standing alone right after a sentence about one
                # person, with no speech verb anywhere, is that person's.
                sentence = para.sentence_at(q.spans[0].start)
                # (A live blog's time stamp before it, "11:30 - ", is no words of the sentence.)
                lead_in = _STAMP_BEFORE.match(para.masked, sentence[0], q.spans[0].start)
                if not para.masked[lead_in.end() if lead_in else sentence[0]:sentence[1]].replace("\u2588", "").strip(" .!?,"):
                    speaker = (resolver.named_next(para, sentence[1]) or resolver.intro_subject(para, sentence[0])
                               or resolver.reported_before(para, sentence[0]))
            if speaker is None and words <= SCARE_QUOTE_WORDS and not verb and k > 0 and last_in_para is None \
                    and _fills_paragraph(para, q) and previous_para_last is not None and previous_para_last.speaker \
                    and previous_para_last.source.paragraph == article.paragraphs[k - 1].index \
                    and _left_open(article.paragraphs[k - 1].text.strip()):
                # (`Adeyemi said: ¶ "I'm not trying to bring anyone down. … ¶ "Today somebody did."`: a short paragraph
                # of quotation after one the same speaker's words leave open — theirs going on, as a long one is.)
                speaker = Speaker(previous_para_last.speaker, previous_para_last.speaker_name or previous_para_last.speaker,
                                  f"continues the quote of {previous_para_last.speaker_name} in the paragraph before")
            if speaker is None and words <= SCARE_QUOTE_WORDS and not verb:
                # `"We will open again," he said. "Maybe smaller."`: a short sentence of its own goes on
                # the quote before it; quoted words inside a sentence are scare quotes.
                sentence = para.sentence_at(q.spans[0].start)
                alone = not para.masked[sentence[0]:sentence[1]].replace("\u2588", "").strip(" .!?")
                if alone and last_sentence_speaker and last_sentence_speaker[0][1] <= sentence[0]:
                    prev = last_sentence_speaker[1]
                    speaker = Speaker(prev.slug, prev.name, f"continues the quote of {prev.name} before it")
                elif last_in_para is not None and last_end > sentence[0] \
                        and _AND_THAT.search(para.masked, last_end, q.spans[0].start):
                    # `an official said revenues had fallen "measurably" and that ships now sat "weeks, not days"
                    # idle`: the reported speech of the quote before goes on, words of the same speaker (or no one's
                    # that can be told, as theirs).
                    if last_sentence_speaker and last_sentence_speaker[0] == sentence:
                        prev = last_sentence_speaker[1]
                        speaker = Speaker(prev.slug, prev.name, f"goes on from the quote of {prev.name} before it")
                elif not (alone and last_in_para is not None and last_in_para.speaker is None and last_end <= sentence[0]) \
                        and not (q.text.rstrip()[-1:] in ".!?" and (
                            para.masked[:q.spans[0].start].rstrip().endswith(":")
                            or not para.masked.replace("\u2588", "").strip(" .!?"))):
                    # (Kept: a short sentence of its own after a colon, `A Port Ellis supporter was more succinct:
                    # "Robbed."`, or a paragraph of its own, `"Sleep."` under an interview's question — someone's
                    # words, if no one's that can be told.)
                    continue
                # (Else the words of someone the article does not name go on: `"I saw one," she says. "Bold as brass."`
                # after "A dog walker pauses …": speech still, and still no one's that can be told.)
            if speaker is None and quick_fire and last_in_para is None and last_person is not None \
                    and para.masked[:q.spans[0].start].strip() in quick_fire:
                # `We put a few quick questions to her. **What are you reading?** "A history of lighthouses …"`: the
                # answers of the one the interview is with, the last person quoted.
                speaker = Speaker(last_person.slug, last_person.name,
                                  f"answers the bold question before it: {last_person.name}, the last person quoted")
            if speaker is None and answering and _I_SAY_BEFORE.search(para.masked, para.sentence_at(q.spans[0].start)[0],
                                                                   q.spans[0].start):
                speaker = Speaker(interviewee.slug, interviewee.name,
                                  f"an answer of the interview's {interviewee.name}, who says 'I said …'")
            if speaker and speaker.slug:
                _share_end_attribution(out, para, q, pending, speaker)
            # (A quotation split around its attribution, `"…," he said, "but …"`, is read as one for its speaker and
            # listed as its two passages, as a reader quoting either would give them.)
            for text in ([span.inner(para.text) for span in q.spans] if q.between else [q.text]):
                quote = Quote(text=_clean(text), source=SourceRef(article.slug, para.index),
                              speaker=speaker.slug or None if speaker else None,
                              speaker_name=speaker.name if speaker else None,
                              how=speaker.how if speaker else "no speaker named in its sentence")
                pending.append((len(out), q))
                out.append(quote)
            resolver.listed.update((para.index, span.start) for span in q.spans)
            last_in_para = quote
            last_end = q.spans[-1].end
            if speaker and speaker.slug and resolver._kind(speaker.slug) == "person":
                last_person = speaker
            if speaker:
                last_sentence_speaker = (para.sentence_at(q.spans[-1].start), speaker)
                resolver.spoke(speaker, para.index, q.spans[0].start)
            elif words > SCARE_QUOTE_WORDS:
                last_sentence_speaker = None  # a quote nobody is named for: the next one cannot continue an earlier speaker's
        # Only a quote that ends its paragraph can go on in the next one: nothing after it but a short
        # remainder, or the rest of its own sentence (`," said Rhys Whitfield, a military analyst at the Royal
        # United Services Institute in London.`).
        tail = para.masked[last_end:].strip()
        # (Or what the speaker also said, reported in the rest of that last sentence: `… she had "no illusions" about
        # Moscow's intentions, and that Kyiv's priorities had not shifted.` — the next paragraph's quotation is hers.)
        last_sentence = last_in_para is not None and not para.masked[para.sentence_at(last_end - 1)[1]:].strip()
        # (Or the long attribution after it that names its speaker: `," Salish Coast Ferries president and CEO Jennifer
        # Marchetti said in a news release.` — not one naming whom the words went to, "… wrote in a letter to Mayor Tom
        # Reed", whose reply may follow, nor before a question put to "you", someone's question to the speaker.)
        following = article.paragraphs[k + 1].text if k + 1 < len(article.paragraphs) else ""
        attributed = last_sentence and last_in_para.speaker is not None \
            and last_in_para.how.startswith("named after the quote") \
            and not re.search(r"\b(?:to|with)\s+(?:[A-Z]|the\s)", tail) \
            and not (following.rstrip(" \"”’'").endswith("?") and _PUT_TO_YOU.search(following))
        # (Or a sentence that reports someone's words and quotes a few of them, the speaker its subject, with no one
        # else named after: `Mulrooney said the title had been built on "hard nights in the rain" and paid tribute to a
        # panel that had lost four starters.` — the paragraph of quotation after it is his.)
        # (Only one more thing the subject did, "and …", with no comma nor a clause about someone else after: not ", a
        # charge the government has denied", ", and her opposite number was gracious", "whose office confirmed".)
        reported = last_sentence and last_in_para.speaker is not None \
            and last_in_para.how.startswith("named before the quote") \
            and not any(m.lead >= last_end and not m.in_quote for m in para.mentions) \
            and _TWO_CAPITALIZED.search(para.masked, last_end) is None \
            and _ONE_MORE_DOING.fullmatch(para.masked, last_end) is not None \
            and not any(w in _WHO_MIGHT_ANSWER for w in re.findall(r"[A-Za-z]+", para.masked[last_end:].lower()))
        others = len(tail) < 80 or last_sentence and (
            _VERB.search(para.masked, last_end, last_end + 40) is not None
            or _AND_THAT.search(para.masked, last_end) is not None and last_in_para.speaker is not None
            or attributed)
        ends = last_in_para is not None and (others or reported)
        previous_para_last = last_in_para if ends else None
        # (A paragraph of quotation going on from such a sentence may still run on into one whose attribution names
        # someone else: `… "fiddled" and demanded an inquiry. ¶ "These figures … ¶ "…," said Paschal Donohoe.`)
        previous_reported = ends and not others
    _run_on_paragraphs(out, article)
    _exchange_turns(out, article)
    return tuple(out)


# Words that open a place's name and no one's ("New York", "Port Talbot", "Cape Town"; not "Le", "San", "Hong", which
# open Vietnamese, Korean or Arabic names too), and places of two words a he/she cannot mean.
_PLACE_FIRST_WORDS = frozenset("new port fort mount cape lake puerto buenos tel kuala addis ciudad".split())
_TWO_WORD_PLACES = frozenset(("hong kong", "sri lanka", "costa rica", "el salvador", "saudi arabia", "abu dhabi",
                              "san francisco", "san diego", "san antonio", "san jose", "los angeles", "las vegas",
                              "santa barbara", "santa cruz", "sao paulo", "são paulo", "rio grande", "la paz",
                              "el paso", "san salvador", "san marino"))
def _another_doer(stretch: str) -> bool:
    """Whether what a verb reports names someone who may do what comes after it: a clause of its own ("…, but the union
    disagreed, calling it"), a name ("… said Tom Reed had resigned, describing"), or a person's or a body's noun as the
    reported clause's subject ("… said the pilots had rejected the offer, calling it"); not "… said queues had formed
    outside its store, describing demand as"."""
    if re.search(r"[;\u2588]|,\s*(?:but|and|while|whereas)\b|[A-Z][a-z]+", stretch):
        return True
    words = re.findall(r"[a-z][a-z\-]*", stretch)
    subject = next((w for w in words[:4] if w not in ("that", "the", "its", "their", "his", "her", "a", "an", "some",
                                                      "many", "most", "several", "two", "three")), "")
    singular = subject[:-1] if subject.endswith("s") else subject
    return subject in lx.PERSON_NOUNS or singular in lx.PERSON_NOUNS or singular in lx.ORG_HEADS \
        or subject in lx.ORG_HEADS or lx.doer_noun(singular) or subject in ("people", "they", "we", "he", "she")


# A subject listening: "Mokoena hears from …", "spoke to …", "talks with …", "interviewed …", "asked …".
_HEARS_FROM = regexes.compile(r"\b(?:hears?|heard|hearing)\s+from\b|\b(?:speaks?|spoke|speaking|talks?|talked|talking|chats?|"
                              r"chatted|sits?\s+down|sat\s+down)\s+(?:to|with)\b|\binterview(?:s|ed|ing)?\b|"
                              r"\b(?:asks?|asked|asking)\b")
_PUT_TO_YOU = regexes.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
_FIRST_PERSON = regexes.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|mine|myself)\b|^(?:Yes|No)\b")


def _exchange_turns(out: list, article: Article) -> None:
    """`"Did you check that the email had been received?" Botha asked. ¶ "I had no reason to think it hadn't," Mahlangu
    replied. ¶ "So you cannot say that my client ever read it?" ¶ "I can say that I told him to his face."`: an exchange
    set down as its turns, each a paragraph of quotation alone. Once one person's question has had another's answer,
    each unattributed turn goes on the exchange: a question the asker's after an answer, an answer the one answering's
    after a question. Anything else — two questions or two answers running, a paragraph that is not a quotation —
    ends it."""
    quotes_of: dict[int, list[int]] = {}
    for i, q in enumerate(out):
        quotes_of.setdefault(q.source.paragraph, []).append(i)
    pair = None  # (asker, answerer) once a question and its answer are seen
    last = None  # (speaker, whether a question) of the paragraph before, when it was a turn
    for paragraph in article.paragraphs:
        found = quotes_of.get(paragraph.index, [])
        text = paragraph.text.strip()
        if len(found) != 1 or text[:1] not in "\"“" or len(out[found[0]].text) < 0.6 * len(text):
            pair = last = None
            continue
        q = out[found[0]]
        question = q.text.rstrip().endswith("?")
        # (A question put to the one answering speaks to them, "So you cannot say …?"; an answer speaks for oneself,
        # "I can say …": without those words a turn may be the answerer's own question, "What else could we have
        # done?", or no one's.)
        if q.speaker is None and pair is not None and last is not None and question != last[1] \
                and (_PUT_TO_YOU if question else _FIRST_PERSON).search(q.text):
            speaker = pair[0] if question else pair[1]
            name = next(o.speaker_name for o in out if o.speaker == speaker)
            out[found[0]] = replace(q, speaker=speaker, speaker_name=name,
                                    how=f"a turn of the exchange between {pair[0]} and {pair[1]}: the "
                                        f"{'question' if question else 'answer'} of {name}")
            last = (speaker, question)
            continue
        if q.speaker is None:
            pair = last = None
            continue
        if not question and last is not None and last[1] and last[0] != q.speaker:
            pair = (last[0], q.speaker)
        elif pair is not None and q.speaker not in pair:
            pair = None
        last = (q.speaker, question)


_REPORTED_BEFORE = " (their words reported in the sentence before)"
# Someone the rest of such a sentence may bring in, whose words the next paragraph may be: "demanded an apology from the
# council", "sentenced him", "joined the crowd", "shared it with the committee".
_WHO_MIGHT_ANSWER = (lx.ORG_HEADS | lx.PERSON_NOUNS | lx.ROLE_NOUNS | frozenset(
    "him her them crowd government council company board minister it".split())) - frozenset({"people"})
_ONE_MORE_DOING = regexes.compile(r"[\u2588\"”’']*\s+and\s+(?![^,;:\u2588]*\b(?:who|whose|which|whom)\b)[^,;:\u2588]+[.!]?\s*")


def _run_on_paragraphs(out: list, article: Article) -> None:
    """`"People said we were mad. Well, here's the answer. ¶ "This battery will be running …," she said.`: a paragraph
    that is a quotation left open (no closing mark, as a quote running over paragraphs is printed) is the words of
    whoever the next paragraph's quote, going on from it, is given to."""
    texts = {p.index: p.text for p in article.paragraphs}
    for k in range(len(out) - 2, -1, -1):
        quote, after = out[k], out[k + 1]
        text = texts.get(quote.source.paragraph, "").strip()
        reported = quote.speaker is not None and quote.how.endswith(_REPORTED_BEFORE)
        if quote.speaker is not None and not reported or after.speaker is None and not reported \
                or after.speaker == quote.speaker or after.source.paragraph != quote.source.paragraph + 1 \
                or not _left_open(text) or not _OPENS_WITH_QUOTE.match(
                    texts.get(after.source.paragraph, "")):
            continue
        # (Left open after a sentence that only reported someone's words: it runs on into the next paragraph's, whoever
        # that is — no one, when that one cannot be told: `"…," a spokeswoman said`.)
        out[k] = replace(quote, speaker=after.speaker, speaker_name=after.speaker_name,
                         how=f"runs on into the next paragraph's quote of {after.speaker_name}" if after.speaker
                         else "runs on into the next paragraph's quote, whose speaker cannot be told")


def _left_open(text: str) -> bool:
    """Whether a paragraph opens a quotation and never closes it: no other double quotation mark in it, and no words
    of attribution after a stop or a single mark (`“We were told the money was there,’ one parent said.`)."""
    return text[:1] in "\"“" and not any(mark in text[1:] for mark in "\"“”") and not _OWN_ATTRIBUTION.search(text)


_OWN_ATTRIBUTION = regexes.compile(r"[,.!?…—–-]\s*[’'‘]*\s+(?:[\w’'\-]+\s+){0,4}?(?:said|says|told|asked|added|replied|"
                                   r"shouted|recalled|explained|warned)\b")


_OPENS_WITH_QUOTE = regexes.compile(r"\s*[\"“]")


_OPENS_ON_PRONOUN = regexes.compile(r"\s*(He|She)\s")
# "But I would say to her what I said to our athletes' commission on Monday:": the one answering quotes themselves.
_I_SAY_BEFORE = regexes.compile(r"\bI\s+(?:[a-z]+\s+){0,2}(?:say|said|told|tell|wrote|write)\b[^\u2588.!?]*[:,]\s*$")
_OWNED_BEFORE = regexes.compile(r"(?:\b(?:its|their)|[A-Za-z]['’]s)\s+$")
# Scare quotes: a short term the sentence itself uses as a noun, with nobody's words around it.
# `what the industry calls "hyperscale" sites`, `Engineers call that a "big bang" deployment`: a name given.
# (Not after a pronoun: `what he called "X"`, `what it called "ongoing work"` are the words of the one the pronoun is.)
_CALLED_BEFORE = regexes.compile(r"(?<!\bhe\s)(?<!\bshe\s)(?<!\bit\s)(?<!\bthey\s)(?<!\bwe\s)(?<!\bI\s)(?<!\byou\s)"
                                 r"\b(?:call|calls|called|calling)\s+(?P<object>(?:it|them|this|that|these|those)\s+)?(?:(?:the|a|an)\s+)?$",
                                 re.IGNORECASE)
# `what officials call a "shadow fleet"`: the name a group gives a thing, a noun of the sentence (not `what he calls
# "…"` or `what Hardy called a "…"`, the words of the one named).
_CALLERS = (r"(?:(?:some|many|most|western|european|ukrainian|russian|american|local|industry|security|military|senior)\s+)?"
            r"(?:officials|analysts|critics|traders|experts|diplomats|observers|economists|scientists|researchers|"
            r"campaigners|activists|insiders|people|others|locals|residents|insurers|shippers|investors|regulators|"
            r"planners|regulars|villagers|fans|neighbours|neighbors|staff|pupils|students|doctors|nurses|teachers|"
            # (Any plural of a doer, "cyclists", "commuters", "surfers"; where they are may follow, "in many areas".)
            r"[a-z]+(?:ists|ers|ors|ians))(?:\s+(?:in|at|on|across|from|around)\s+(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*)?")
_WHAT_THEY_CALL = regexes.compile(r"\bwhat\s+" + _CALLERS + r"\s+(?:now\s+|have\s+|often\s+)?"
                                  r"(?:call|calls|called|dub|dubbed)\s+(?:a|an|the)\s+$", re.IGNORECASE)
# `a dense rye that locals call "the brick"`, `Locals have long called the dip by the bridge "the bathtub"`: the name a
# group of people gives a thing (a name: "the …" or capitalized words), not anyone's words.
# (`residents have taken to calling the project the "Never-Line"`, `fans — who call themselves "the Salties"`.)
# (After "who" only a group's habit or its own name: "Tom Reed, who called it "the last straw"" is his verdict.)
# (The words between name the thing, no one's speech in them: not "Teachers called on the minister to apologise after
# Anna Pryce described staff as "…""; "called on", "called for", "called to the scene" name nothing.)
_THING_WORDS = r"(?!(?:on|for|to|in|out|off|up|at|back|by)\s)(?:(?!(?:described|said|says|told|tells|calls?|called|as)\s)[\w\-’']+\s+){0,12}?"
_GROUP_CALLS = regexes.compile(r"\b(?:" + _CALLERS + r"(?:,?\s+who)?\s+(?:have\s+|had\s+)?(?:long\s+|now\s+|often\s+|still\s+|"
                               r"affectionately\s+)?(?:taken\s+to\s+|begun\s+|started\s+)?"
                               r"(?:call|calls|called|calling|dub|dubs|dubbed|dubbing|nicknamed?)\s+" + _THING_WORDS +
                               r"|who\s+(?:have\s+|had\s+)?(?:long\s+|now\s+|often\s+|affectionately\s+)?(?:"
                               r"(?:taken\s+to|begun|started)\s+(?:call|calling|dub|dubbing)\s+(?:[\w\-’']+\s+){0,8}?"
                               r"|(?:call|calls|called|dub|dubs|dubbed)\s+themselves\s+))$", re.IGNORECASE)
_THE_BEFORE_MARK = regexes.compile(r"\bthe\s+[\"“‘'\u2588]?$")
# `a fund he called "Sentinel Digital Yield"`: a thing, then who named it; the name in capitals is its name, no speech.
_NOUN_THEY_CALLED = regexes.compile(r"\b[a-z][\w\-]*\s+(?:he|she|they|it|we)\s+(?:had\s+)?(?:called|named|dubbed|christened)\s+$")
# `called the hunt "a fashionable distraction"`, `calls the plan "ideological"`: a verdict on the object, the caller's.
_VERDICT_ON_OBJECT = regexes.compile(r"\b(?:call|calls|called|calling|termed|branded|labell?ed|deemed|declared|described|found|"
                                     r"judged|rated)\s+(?:(?:the|a|an)\s+[\w\-]+|it|this|that|them|these|those)\s+(?:(?:the|a|an)\s+)?$",
                                     re.IGNORECASE)
# `a "digital wellbeing" assembly`, `a smaller "tripwire" presence`: an article, at most one word of its own, the term.
# (The word between may be a sum: `to unblock a €140bn "reparations loan"`.)
_ARTICLE_BEFORE = regexes.compile(r"(?<![\w’'\-])(?:[Aa]n?|[Tt]he)\s+(?:(?!(?:was|were|is|are|be|been|being|had|has|have|not|so|"
                                  r"very|too|more|most|less|least|quite|rather|really|truly|all|that)\b)[€$£¥]?[\w\-]+\s+)?$")
_AS_BEFORE = regexes.compile(r"(?<![\w’'\-])as\s+$")
# A count before the term, as an article is: `four additional "water patrol" officers`, `12 "ghost" trains`.
_COUNT_BEFORE = regexes.compile(r"(?<![\w’'\-])(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|"
                                r"hundreds\s+of|several)\s+(?:[a-z\-]+\s+)?$")
# What a quoted name of a kind of offer or scheme names after it: `a new "low standing charge" tariff`, `a "help to
# buy" loan`. (Not any noun: `an "irreversible" goal` and `a "very serious" situation` are someone's words.)
_SCHEME_AFTER = regexes.compile(r"\s+(?:tariff|scheme|loan|fund|bond|account|levy|subsidy|allowance|grant|licen[cs]e|permit|visa|"
                                r"contract|package|mechanism|programme|program|product)s?\b")
# `NATO's "Eastern Sentry" operation`: a capitalized name, owned, then the common noun it names.
_COMMON_NOUN_AFTER = regexes.compile(r"\s+(?!(?:and|or|but|of|to|in|on|at|for|with|by|from|that|which|who|is|are|was|were|has|had|"
                                     r"have|will|would|could|can|may|might|should|must|did|does)\b)[a-z]{3,}\b")


def _term_not_words(resolver: "_Resolver", para: "_Paragraph", q: "_Quote", before: str, unspoken: bool) -> bool:
    """Whether a short quotation is a term the sentence uses as a noun phrase of its own rather than someone's words:
    - with no speaker found, a name given by "call" right before it (`what the authors call a "backstop"`), or a term
      after an article that no verb of saying governs as the head of a clause (`We run a "digital wellbeing" assembly`,
      `The brief recommends a smaller "tripwire" presence`; not `had warned that the building was in a "worrying"
      state`, the warning's words);
    - whoever speaks, a term after an article that the headline writes without quotation marks (`handed the cash to
      a "courier"` under "Police warn of courier fraud surge"): the story's own word for a thing; or a name owned
      and followed by what it names (`NATO's "Eastern Sentry" operation`).
    A partial quote of a named speaker is a quote: `called the talks "productive"`, `an "irreversible" goal`, he said."""
    start, end = q.spans[0].start, q.spans[-1].end
    masked = para.masked
    whole = q.text.split()[0].lower() in ("a", "an", "the")  # a noun phrase of its own, quoted whole
    article_before = None if whole else _ARTICLE_BEFORE.search(before)
    if article_before is None and not whole and unspoken and _COMMON_NOUN_AFTER.match(para.masked, end):
        article_before = _COUNT_BEFORE.search(before)  # `hire four additional "water patrol" officers`: a count does
    if unspoken:
        if whole and _WHAT_CALLED.search(before):
            return True  # (a whole noun phrase too when "what" names it: `what traders long called "the loophole"`)
        called = None if whole else _CALLED_BEFORE.search(before)
        # (With an object between, only a term with the noun it names after it: `call that a "big bang" deployment`;
        # `called it "a bad day"` is a verdict, someone's words.)
        if called and (not called.group("object") or article_before and _COMMON_NOUN_AFTER.match(masked, end)):
            return True
    if article_before and _VERDICT_ON_OBJECT.search(before):
        article_before = None  # (what an object is called, `calls the plan "ideological"`: not a term in a noun phrase)
    if unspoken:
        # (Or after "as" with no verb of saying in the clause: `applauded from balconies as "corona heroes"`; not
        # `warning that the government risked being seen as "too cosy"`, the warning's words.)
        lead = article_before or (None if whole else _AS_BEFORE.search(before))
        if lead:
            s_start, _ = para.sentence_at(start)
            clause_start = max(s_start, masked.rfind(";", s_start, start) + 1, masked.rfind(",", s_start, start) + 1)
            det_at = start - len(before) + lead.start()
            verbs = list(_VERB.finditer(masked, clause_start, det_at))
            # (A verb right before the article takes the term as its object: "recommends a", "calls for a". Before
            # "as", any verb of saying makes the words its subject's: `Russia had described relations as "below zero"`.)
            if not verbs or article_before and len(re.findall(r"\w+", masked[verbs[-1].end():det_at])) <= 1:
                return True
    words = q.text.split()
    if len(words) <= 2 and article_before and resolver.unquoted_term(q.text):
        return True
    if article_before and len(words) >= 2 and q.text[:1].islower() and _SCHEME_AFTER.match(masked, end):
        return True  # `must offer a new "low standing charge" tariff`: the name of a kind of offer, whoever speaks
    return (all(w[:1].isupper() for w in words) and bool(_OWNED_BEFORE.search(before))
            and bool(_COMMON_NOUN_AFTER.match(masked, end)))
# "He said 400 firefighters were working." names no one, but carries its person on to a "he added" after it.
_PRONOUN_OPENER = regexes.compile(r"\s*(He|She)\s+(\w+)")
_OWNERS_ONE_NAMED = regexes.compile(r"['’]s?\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*,\s+(?:(?:the|a|an)\s+)?(?:[\w\-]+\s+){0,3}")
_PRONOUN_AFTER_PARTICIPLE = regexes.compile(r"\s*[A-Z][a-z]+ing\b[^,;.!?\u2588\"“”]{0,80},\s+(he|she)\s+(\w+)")
_GOES_ON = regexes.compile(r"[^.;!?\u2588\"“”]{0,100},\s*(?:adding|saying|noting|warning|insisting|arguing|explaining|"
                           r"stressing|calling|describing)\b[^.;!?\u2588\"“”(]{0,80}$")
_OWNER_MAY_FOLLOW = regexes.compile(r"(?:^|,|\b(?:[Bb]ut|[Aa]nd|[Yy]et|[Ww]hile|[Ww]hereas|[Aa]lso|[Mm]eanwhile|[Ss]eparately|"
                                     r"[Hh]owever|[Ss]till),?)\s*(?:[Tt]he\s+)?$")
# (A name the analysis took for no one, and its verb: "Okonkwo-Fraser agreed".)
_NAME_THEN_VERB = regexes.compile(r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\s+[a-z]{3,}ed\b")
_ONE_OF_THEIRS_AFTER = regexes.compile(r"\s+(?:a|an|one|another)\s+(?:[A-Z][\w'’\-]+\s+){1,3}(?:%s)s?\b"
                                       % "|".join(sorted(lx.PERSON_NOUNS - lx.ROLE_NOUNS)))
# "The IMD issued a red alert for …": a short subject opening the sentence (past a live entry's time), then its verb.
_SUBJECT_THEN_VERB = regexes.compile(r"\s*(?:\**\d{1,2}[:.]\d{2}[^A-Za-z]{0,12})?(?:The\s+)?[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,4}"
                                     r"\s+(?:has\s+|had\s+|have\s+)?(?!(?:armed|retired|elected|appointed|based|named|unnamed|"
                                     r"skilled|qualified|registered|licensed|detailed|limited|united|red)\b)[a-z]{3,}(?:ed|sued)\s+[^;:]*$")
# (After the quotation a clause opens with, its own verb of saying too: `"…," Steyn told the court, adding that …`. Not
# in reported speech, "Police said Thabo Nkosi fled the scene, shouting …", where the participle is the one reported on.)
_SPEAKER_THEN_VERB = regexes.compile(r"\s*(?:The\s+)?[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,4}\s+(?:told|said|wrote|spoke)\s+[^;:]*$")
# (The quote a clause opens with, masked: `"…," Steyn told the court, adding that …` — its subject stands after it.)
_QUOTE_LEADS = regexes.compile(r"[\u2588\s,]*").match
_HELD_IN = frozenset({"shares", "stock", "stocks", "bonds", "units"})
_FRONTED_SURNAME = regexes.compile(r"\s*For\s+([A-Z][\w'’\-]+),\s")
_PRONOUN_NEXT = regexes.compile(r"\s*(?:He|She)\s")
_ANOTHER_CLAUSE_NAMED = regexes.compile(r"\b(?:and|but|while|whereas)\s+(?:[a-z]+\s+){0,2}(?:[A-Z][\w'’\-]+\s+)?([A-Z][\w'’\-]+)"
                                        r"\s+[a-z]+(?:ed|s)\b")
_QUOTE_MARK = regexes.compile(r'["“„«‘]')
_SINGLE_OPENING = regexes.compile(r"'(?<![\w’']')(?=[A-Za-z])")  # (the mark first: see _THOUSANDS_COMMA)


def _share_end_attribution(out: list, para, q, pending: list, speaker: "Speaker") -> None:
    """`Sanctions had "failed completely" and should be dropped "on day one of peace," he told reporters.`: the speech
    verb after the last quote of a sentence, with none before its first, attributes every quote of the sentence —
    the earlier ones nobody was found for get the same speaker."""
    start, end = para.sentence_at(q.spans[0].start)
    masked = para.masked
    if not _VERB.search(masked, q.spans[-1].end, end):
        return
    for place, earlier in pending:
        if out[place].speaker is not None or para.sentence_at(earlier.spans[0].start)[0] != start:
            continue
        if _VERB.search(masked, start, earlier.spans[0].start) or _VERB.search(masked, earlier.spans[-1].end, q.spans[0].start) \
                or any(earlier.spans[-1].end <= m.lead < q.spans[0].start and not m.in_quote for m in para.mentions):
            continue  # (a verb or a person between them: each quote has its own clause)
        out[place] = replace(out[place], speaker=speaker.slug, speaker_name=speaker.name,
                             how=f"shares the attribution at the end of its sentence ({speaker.name})")


def _may_quote(text: str) -> bool:
    """Whether a quotation can open in `text`. (Two tests: a bare character class is found by a fast scan,
    which one pattern with the apostrophe's lookbehind in it would not get.)"""
    return _QUOTE_MARK.search(text) is not None or ("'" in text and _SINGLE_OPENING.search(text) is not None)


_NAMED_AS = regexes.compile(r"\W{0,2}\s*as\s+[^.;!?\u2588]{0,50}?\b(?:call|calls|called|dub|dubs|dubbed|know|knows|known|"
                            r"nickname|nicknamed|calling)\s+(?:it|them|this|that|the\s+[a-z]+)\b")


# `a scheme dubbed "cashgate"`, `the so-called "coalition of the willing"`, `the call sign "Moroz"`: a name given right before the
# quotation, not words someone said. ("call" is not among them: `which Trump called "great progress"` is
# his words, and nothing in the sentence tells them from `what scientists call the "viral hypothesis"`.)
# (`known in Whitehall as the "coalition of the capable"`: where it is so known may stand between.)
_NAMING_BEFORE = regexes.compile(r"\b(?:dub|dubs|dubbed|dubbing|nickname[sd]?|so-called|known\s+(?:(?:in|inside|within|to|among|across|around|throughout)\s+(?:[\w’'\-]+\s+){1,3}|"
                                 r"(?:locally|internally|informally|colloquially|widely|affectionately|simply)\s+)?as|"
                                 r"referred\s+to\s+as|"
                                 # `demanded to know what he meant by "fair"`: a word asked about, not said by the asker.
                                 r"(?:meant|mean|means|meaning)\s+by|"
                                 r"call\s+signs?|callsigns?|code-?\s?named|code\s?names?|nom\s+de\s+guerre|alias|"
                                 r"pseudonyms?|goes\s+by|slogans?|mottos?|taglines?|hashtags?|catchphrases?|watchwords?|"
                                 # `a group calling itself "GreyMantis"`: the name it gives itself.
                                 r"call(?:s|ed|ing)\s+(?:itself|themselves|himself|herself)|"
                                 r"(?:the|a)\s+(?:word|term|phrase|expression)s?|"
                                 # `a severe flood warning, which means "danger to life"`: what a level or a sign stands for.
                                 r"(?:warning|alert|level|rating|status|code|category|grade|label|sign|signal)s?,?\s+"
                                 r"(?:which|that)\s+means?)"
                                 r"\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE)
# What someone was like, after their name: "was more measured", "sounded weary", "remained defiant".
_WAS_LIKE = regexes.compile(r"\s+(?:was|is|sounded|seemed|remained|appeared|looked)\s+(?:[a-z]+\s+)?[a-z]+\s*[.!]")
# A word the sentence explains right after it: `"sisu", the Finnish idea of …`, `"hygge", a Danish word for …`.
_DEFINED_AFTER = regexes.compile(r"[\"”’'\u2588]*,\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:idea|word|term|concept|notion|"
                                 r"expression|phrase|name)\s+(?:of|for)\b")
_LABEL_AFTER = regexes.compile(r"[\"”’'\u2588]*,\s+an?\s+(?:[\w\-]+\s+){0,2}?(?:label|term|tag|nickname|phrase|slogan|catchphrase)\b")
_OF_BEFORE = regexes.compile(r"\b(?:wrote|writes|written|writing|spoke|speaks|spoken|speaking|said|says)\s+of\s+$")
_THAT_AFTER = regexes.compile(r"[\"”’'\u2588]*\s+that\b")
# What work a title names, set off right after it: `"The Salt Year", her fifth novel`, `"Low Tide", the band's album`.
_WORK_APPOSED_AFTER = regexes.compile(r"[\"”’'\u2588]*,\s+(?:her|his|their|its|the|a|an)\s+(?:[\w\-’']+\s+){0,2}?(?:novel|book|film|"
                                      r"album|play|memoir|song|series|collection|debut|documentary|opera|poem|single|show)\b")
# A crowd's words: "a shout of", "chants of", "cries of", "a chorus of".
_CROWD_BEFORE = regexes.compile(r"\b((?:an?\s+)?(?:shouts?|cry|cries|chants?|chorus|roars?|calls|heckles?|boos?))\s+of\s*$",
                                re.IGNORECASE)
# Words written on a thing carried or shown: `banners reading "…"`, `a placard that read "…"`, `T-shirts bearing "…"`.
_WRITTEN_ON_BEFORE = regexes.compile(r"\b(?:banners?|placards?|signs?|posters?|t-shirts?|flags?|stickers?|graffiti|"
                                     r"billboards?|leaflets?)\s+(?:(?:(?:that|which)\s+)?(?:read|reads|said)|reading|saying|bearing|"
                                     r"with\s+the\s+words|"
                                     # (Where it hangs between: `a banner draped over a silo read "…"`.)
                                     r"(?:[a-z]+ed|hung|hanging)\s+(?:[\w’'\-]+\s+){1,5}?(?:read|reads|said))\s*[:,]?\s*$", re.IGNORECASE)
# A work's title however long (`published under the title "…"`, `a report entitled "…"`), and a name given to
# something named between the verb and the quotation (`have dubbed the scheme a "war on motorists"`).
_TITLED_BEFORE = regexes.compile(r"\b(?:(?:en)?titled|under\s+the\s+(?:title|headline)|headlined)\s*[:,]?\s*$", re.IGNORECASE)
# A document named by its title right after it: `the committee's report "Ready for What?"`, `in their report, "Night
# Flights and Noise: …"` (in title case, a question mark and all: a quotation after "report" is in a sentence's case).
_DOCUMENT_BEFORE = regexes.compile(r"\b(?:report|study|paper|review|document|strategy|inquiry|consultation|manifesto|survey|"
                                   r"audit|pamphlet|guidance|white\s+paper|green\s+paper|memoir|book|novel|biography|"
                                   r"autobiography|essay|poem|play|film|documentary|album|song|exhibition|bill|treaty|"
                                   r"operation|campaign)s?\s*[,:]?\s*$", re.IGNORECASE)
# A work's title after what was made of it: `the centre's production of "The Winter's Tale"`, `a new staging of "…"`.
_WORK_OF_BEFORE = regexes.compile(r"\b(?:production|staging|revival|adaptation|performance|screening|premiere|translation|"
                                  r"edition|recording|reading|remake|sequel)s?\s+of\s*$", re.IGNORECASE)
# A work's title set off after it by commas (in any case: `her memoir, "Cuando la tierra habla",`), and a quotation in
# brackets right after another, its translation.
_WORK_SET_OFF_BEFORE = regexes.compile(r"\b(?:memoir|book|novel|biography|autobiography|essay|poem|play|film|documentary|album|"
                                       r"song|exhibition)s?\s*,\s*$", re.IGNORECASE)
_SET_OFF_AFTER = regexes.compile(r"\s*(?:,|\(\s*\u2588)")
_TRANSLATED_BEFORE = regexes.compile(r"\u2588\s*\(\s*$")
_DUBBED_OBJECT_BEFORE = regexes.compile(r"\b(?:dub|dubs|dubbed|dubbing|nickname[sd]?)\s+(?:[\w’'\-]+\s+){1,4}?(?:(?:the|a|an)\s+)$",
                                        re.IGNORECASE)
_HANDLE = regexes.compile(r"[#@][\w.]+")
# Where someone spoke, by its title: a programme, a podcast, a paper ("Speaking on", "appearing on", "writing in").
_APPEARING_ON_BEFORE = regexes.compile(r"\b(?:[Ss]peaking|[Aa]ppearing|[Ii]nterviewed|[Ww]riting|[Tt]alking)\s+(?:on|in|to)\s+$")
# What a thing was called and is called now: `renamed … from "…" to "…"` (not "described the renamed festival as "…"").
_BOOKED_FOR = regexes.compile(r"\b(?:cautioned|booked|sent\s+off|penalised|penalized|yellow-carded|red-carded)\s+"
                              r"(?:[A-Z][\w'’\-]*\s+){1,3}for\s+(?:an?\s+|his\s+|her\s+|their\s+|the\s+)?$")
_AGAINST_CALLING = regexes.compile(r"\bagainst\s+[a-z]+ing\b[^.;:!?\u2588\"“”]{0,60}\bas\s+(?:an?\s+|the\s+)?$")
# What a title in quotation marks may follow: an owner ("Liffey FM's"), "of", "on", "in", "at", "the" and one word.
# (Or a work's kind, set off or not: "their second album, "Salt on the Window"", "the documentary "…""; or "what became".)
# ("shouts of "Shame On You"", "chants of "Lock Her Up"": words a crowd shouted, however capitalized.)
_SHOUTS_OF = regexes.compile(r"\b(?:shouts?|cries|cry|chants?|chanting|chorus(?:es)?|calls?|cheers?|screams?|roars?|yells?|"
                             r"jeers?|boos?|slogans?|refrains?|whispers?|murmurs?)\s+of\s+$", re.IGNORECASE)
_NAME_HOLDER_BEFORE = regexes.compile(r"(?:\w['’]s|\b(?:of|on|in|at|became|[Tt]he\s+[a-z][a-z\-]+)|\b(?:album|song|single|track|"
                                      r"record|EP|film|movie|documentary|book|novel|memoir|play|musical|opera|show|series|"
                                      r"programme|program|podcast|exhibition|poem|collection|painting|report)\s*,?)\s+$")
_RENAMED_BEFORE = regexes.compile(r"\b(?:renam|rebrand|retitl)\w*\b[^.;!?]{0,80}?\bfrom\s+(?:\u2588[^.;!?]{0,80}\bto\s+)?$")
_LISTED_AFTER = regexes.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?")
# A title in title case after "the" (`call the document the "Framework for a Durable Peace"`), or a lower-case name of a
# body that then meets (`the "coalition of the willing" would meet again`): what something is called, whoever speaks.
_THE_BEFORE = regexes.compile(r"(?<![\w’'\-])[Tt]he\s+$")
_BODY_MEETS_AFTER = regexes.compile(r"\s*(?:(?:would|will|is\s+to|is\s+due\s+to|plans\s+to|has|had|last)\s+)?"
                                    r"(?:meet|meets|met|convene[sd]?|gather(?:s|ed)?)\b")
_FINDING = regexes.compile(r"(?<=\s)(?:found|finds|concluded|concludes)\s+(?:that\s+)?")
# The name a story's first sentence opens on, past a dateline ("ANKARA —") and a few lower-case words saying what it is
# ("Chinese battery maker"), then a verb: "Qingtian Power has put on hold", "Greenway Stores, the UK's …, cut".
_OWNED_NOUN_AFTER = regexes.compile(r"\s+[a-z]{3,}s\b")
_PLACE_PHRASE_BEFORE = regexes.compile(r"\b(?:[Rr]esidents|[Pp]eople|[Ff]amilies|[Vv]illagers|[Ll]ocals|[Hh]omeowners|[Cc]ommunities|"
                                       r"[Tt]ownspeople|[Ii]slanders)\s+(?P<prep>of|in|across|around|near|on)\s+(?P<the>the\s+)?$")
# What a body does, opening the story's first sentence before its name: "Broadcaster …", "Retailer …".
# (Only nouns no body's name opens on: not "Utility Warehouse", "Chain Reaction Cycles", "Business Post Group".)
_TRADES_OPENING = frozenset("""distributor broadcaster retailer brewer carmaker drugmaker chipmaker planemaker
housebuilder developer publisher insurer lender operator producer supplier manufacturer exporter miner grocer
distiller""".split())
_LEAD_NAME_SUBJECT = regexes.compile(r"\s*(?:[A-ZÀ-Þ][\w\-À-ɏ]*(?:[ ,/]+(?:[A-ZÀ-Þ][\w\-À-ɏ.]*|\d{1,2}))*\s*(?:\([^)]{1,30}\)\s*)?[—–-]\s+)?"
                                     r"(?:(?:[A-Z][a-z]+\s+)?(?:[a-z][\w\-]*\s+){1,3})?"
                                     r"((?:[A-Z][\w\-&’'À-ɏ]*)(?:\s+[A-Z][\w\-&’'À-ɏ]*){0,3})"
                                     r"(?:,[^,\u2588]{1,80},)?\s+(?:has\s+|have\s+|had\s+|will\s+|is\s+|was\s+)?[a-z]+(?:ed|s)?\b"
                                     # (Not a name modifying the subject's noun: "Cook Strait ferry sailings will be …".)
                                     # (A verb's ending, "warns", "announced", reads as the verb whatever follows.)
                                     r"(?:(?<=s)|(?<=ed)|(?!\s+[a-z]+\s+(?:will|would|are|were|have|has|had|is|was|could|can|may|might)\b))")
# Someone about to answer, closing the sentence before a paragraph of quotation: "… paused before answering."
_BEFORE_ANSWERING = regexes.compile(r"\b(?:paused|hesitated|thought|smiled|laughed|sighed|waited)\b[^.!?\u2588]{0,30}\bbefore\s+"
                                    r"(?:answering|replying|responding)\b[^.!?\u2588]{0,20}[.!]\s*$")
# How someone spoke, closing the sentence before a paragraph of quotation: "… was the bluntest.", "… was more cautious."
# (Or how they put it: "… puts it more bluntly.", "… put it another way.")
_SPOKE_SO = regexes.compile(r"\b(?:(?:was|were|is|are)\s+(?:(?:the|even|more|most|less|far|much|rather|typically|characteristically)\s+)*"
                            r"(?:blunt|bluntest|blunter|outspoken|direct|candid|forthright|emphatic|defiant|scathing|"
                            r"unapologetic|frank|frankest|sharper|sharpest|cautious|explicit|clearer|clearest|upbeat|"
                            r"gloomier|dismissive|categorical|terse|unequivocal|unambiguous|succinct)|"
                            r"puts?\s+it\s+(?:(?:even|more|far|much|rather|most|less)\s+)*(?:bluntly|plainly|simply|starkly|"
                            r"succinctly|differently|sharply|another\s+way|this\s+way)|"
                            # ("…, Lindiwe Mokoena, apologised to residents." then a paragraph of quotation: her apology —
                            # the sentence's own verb: see _APOLOGY_UNDER_ANOTHER.)
                            r"apologi[sz]ed\s+to\s+"
                            r"(?:the\s+)?(?:residents|crowd|meeting|audience|families|parents|customers|passengers|fans|"
                            r"supporters|voters|members|staff|workers|patients|victims))"
                            r"\b[^.!?\u2588]{0,40}[.!]\s*$")
# ("Twomey was quick to share the credit with his backroom team and …." then a paragraph of quotation: how he took it,
# in the words after.)
_QUICK_TO = regexes.compile(r"\b(?:was|were|is|are)\s+quick\s+to\s+(?:share|give|pass\s+on|pay|credit|praise|thank|defend|"
                            r"dismiss|play\s+down|downplay|point\s+out|stress|insist|deflect|acknowledge|admit|apologi[sz]e)"
                            r"\b[^.!?\u2588]{0,200}[.!]\s*$")
# (A sentence whose apology hangs off another clause: "… sat in silence while Anna Berg apologised", "demanded that the
# chief constable apologised", "until she apologised".)
_APOLOGY_UNDER_ANOTHER = regexes.compile(r"\b(?:while|whilst|as|until|after|before|when|that|who|demanded|asked|urged|"
                                         r"called\s+on|never|not|still|yet|refused|failed)\b")
# "… read a statement on behalf of the family.", "… gave a short statement outside court.": then the statement.
_READ_A_STATEMENT = regexes.compile(r"\b(?:read|reads|read\s+out|reads\s+out|delivered|delivers|gave|gives|made|makes)\s+"
                                    r"(?:a|an|the|her|his|their)\s+(?:(?:short|brief|prepared|joint|written|emotional|"
                                    r"personal|victim\s+impact|impact)\s+)*(?P<what>statement|tribute)\b[^.!?:\u2588\"“”]{0,80}"
                                    r"[.]\s*$")
# "Hartnett's mother, Jenny Hartnett, read …": someone's kin, named after it (their family's statement is theirs too).
_KIN_APPOSED = regexes.compile(r"\s*[A-Z][\w'’\-]*['’]s?\s+(?:%s)\s*,"
                               % "|".join(KIN_NOUNS + ("widow", "widower", "parents")))
_CAPITALIZED_RUN = regexes.compile(r"(?<![\w’'\-])[A-Z][a-z][\w\-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][a-z][\w\-]*)+")
_WHICH_CLAUSE = regexes.compile(r"\s*[A-Z][^,]*,\s*which\s")
_CLAUSE_COMMA = regexes.compile(r",(?!\d{3}\b)")
_BY_DOING = regexes.compile(r"\s(?:by|while|before|after)$")
_ROSE_TO = regexes.compile(r"\b(?:rose|stood(?:\s+up)?|got\s+up|went\s+on|stepped\s+forward|took\s+the\s+floor|returned|intervened|interjected|"
                           r"paused|was\s+quick|hastened)\b[^,.;:!?\u2588]{0,40}\sto$")
# A court's ruling opening its sentence: "The court found that", "the court's administrative chamber ruled that".
_COURT_FINDING = regexes.compile(r"\s*(?:[A-Z][^,.;:!?\u2588]{0,60},\s*)?[Tt]he\s+(court|tribunal)(?:['’]s\s+[a-z\s]{1,30})?\s+"
                                 r"(?:(?:also|further)\s+)?(?:found|ruled|held|concluded)\s+that\s")
# The doer of a thing done, after its participle: `drawn up by the "…"`, `backed by the "…"`.
_AGENT_BEFORE = regexes.compile(r"\b(?:[a-z]+ed|drawn|written|made|run|led|held|built|set|taken|given|sent|won|signed|chosen)"
                                r"(?:\s+(?:up|out|together))?\s+by\s+the\s+$")
# What people heard in someone's words (`some people heard "mission accomplished"`), no one's own words.
_HEARD_BEFORE = regexes.compile(r"\b(?:heard|hear|hears)\s*$")
# What a quoted title names: `on "The Rest Is Football" podcast`, `the "Tonight" programme`.
_MEDIA_AFTER = regexes.compile(r"\s*(?:podcast|show|programme|program|series|documentary|film|movie|book|novel|album|song|"
                               r"newsletter|column|blog|broadcast|channel|segment|episode)s?\b")
_MEDIA_BEFORE = regexes.compile(r"\b(?:podcast|show|programme|program|series|documentary|film|movie|book|novel|album|song|"
                                r"newsletter|column|blog|broadcast|channel|segment|episode|play|report|study|paper)\s+[\"“‘']?$")
# A passive with nobody doing the describing: `is described as`, `was branded`. (With "by" after the quote it has one.)
_PASSIVE_NAMING = regexes.compile(r"\b(?:is|are|was|were|be|being|been|gets|got)\s+(?:often\s+|sometimes\s+|widely\s+)?"
                                  r"(?:described|labell?ed|branded|termed|called)\s+(?:as\s+)?(?:(?:the|a|an)\s+)?$", re.IGNORECASE)
_BY_AGENT = regexes.compile(r"[\s,]*by\b")


# The small words a title leaves in lower case ("The Memory of Ice", "Accelerated Mass Loss in the Western Alps").
_TITLE_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to with via vs de del la le les el "
                               "los las da do di du des van von der den und y e et".split())


def _titles_a_work(text: str) -> bool:
    """Title case with no sentence in it ("Accelerated Mass Loss in the Western Alps"): a work's title."""
    if re.search(r"[.!?]\W*$", text.strip()):
        return False
    words = re.findall(r"[A-Za-zÀ-ÖØ-öø-ɏ][\w'’\-]*", text)
    long = [w for w in words if len(w) > 3]
    if len(long) >= 2 and all(w[0].isupper() for w in long):
        return True
    # (A short title with short words: "The Memory of Ice" — every word but the small ones capitalized.)
    return sum(1 for w in words if w[0].isupper()) >= 3 and all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS
                                                                for w in words)


def _title_cased(text: str) -> bool:
    """Every word capitalized but a title's small ones ("Treasures of the Raj"), no sentence's end: a name."""
    words = re.findall(r"[A-Za-zÀ-ÖØ-öø-ɏ][\w'’\-]*", text)
    return bool(words) and not re.search(r"[.!?]\W*$", text) and words[0][0].isupper() \
        and all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)


def _clean(text: str) -> str:
    text = text.strip()
    if text.endswith((",", ";", ":")):
        text = text[:-1].rstrip()
    # A fragment ("in the coming days.") keeps no sentence-final period of the sentence around it.
    if text[:1].islower() and text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    return re.sub(r"\s+", " ", text)


def _spoken_of(words: str, lead: str) -> bool:
    """Whether the quoted words speak of the one the role before the next subject names: `"My father walked past that
    building …" Tan Wei Ling's father, Tan Boon Huat, died …` — the father is spoken of, not speaking."""
    role = re.search(r"([a-z][\w\-]*),\s*(?:(?:the|a|an)\s+)?(?:[\w\-]+\s+)?$", lead)
    return bool(role and re.search(r"\b(?:my|our|his|her|their)\s+(?:late\s+)?%ss?\b" % re.escape(role.group(1)), words, re.IGNORECASE))


def _alone_in_paragraph(para: _Paragraph) -> bool:
    """Whether the paragraph is quotations and punctuation only."""
    return not re.search(r"\w", para.masked.replace("\u2588", ""))


def _fills_paragraph(para: _Paragraph, q: _Quote) -> bool:
    covered = sum(s.end - s.start for s in q.spans)
    return para.text.lstrip()[:1] in "\"“„«'‘" and covered >= 0.8 * len(para.text.strip())


# ", as Mr Gilroy shook his head and muttered:": a clause joined on, its own subject uttering the words after the colon
# (not ", before Jane Cole could ask another question:", ", as Jane Cole nodded beside him:": no words of theirs).
# (Past what the one is, in small letters: ", as fellow volunteer Amit Prasad laughed:", ", while state emergency
# management officer Paul Okonkwo said:".)
# (Or someone unnamed: ", as a colleague beside her shouted:".)
_JOIN_VERBS = (r"(?:said|says|muttered|mutters|murmured|replied|replies|added|adds|shouted|shouts|snapped|whispered|"
               r"interjected|retorted|grumbled|countered|insisted|warned|cut in|chipped in|joked|jokes|quipped|quips|laughed|"
               r"laughs|called out|yelled|cried|interrupted|interrupts|interjects|broke in|breaks in|shot back|shoots back|"
               r"responded|responds|answered|answers|objected|objects|roared|roars|bellowed|bellows|exclaimed|exclaims|screamed|"
               r"yells)")
_JOIN_THEN_SPEAKS = regexes.compile(r",\s+(?:but|while|whereas|and|as|when|before|until)\s+(?:(?:(?!(?:he|she|they|we)\b)[a-z][\w\-'’]*"
                                    # (A role set off before the name: ", while the school's deputy principal, Gráinne Ní
                                    # Bhriain, added:".)
                                    r",?\s+){0,4}[A-Z](?:(?!\b(?:he|she|they)\b)[^:\u2588\"“”])*?\b" + _JOIN_VERBS + r"\b[^:]*|"
                                    # (Not the first speaker going on, a name the object: ", before he turned to Liu and
                                    # answered:", ", while under questioning from Liu he objected:".)
                                    # (Someone unnamed, whose own verb comes within a few words, with no one else's
                                    # between: not ", as a woman in the crowd shouted something and he repeated:".)
                                    # (Or someone's relative: ", and his uncle laughed:", ", as her husband added:".)
                                    r"(?:(?:a|an|one|another)\s+(?:[a-z][\w\-]*\s+){0,2}?" + lx.alternation(lx.PERSON_NOUNS) +
                                    r"|(?:his|her|their)\s+(?:[a-z\-]+\s+)?(?:" + "|".join(KIN_NOUNS) + r"))" +
                                    r"(?:\s+(?!(?:he|she|they|then|and|but|before|after|when|as)\b)[\w'’\-]+){0,4}?"
                                    # (Or what they did first: ", as her husband shook his head and added:".)
                                    r"(?:\s+and)?\s+" + _JOIN_VERBS + r"(?:\s+[a-z]+){0,2}?)\s*:\s*$")
# (So with a verb of how they sounded: `"…," Whitu said, but Tapsell was more upbeat: "…"` — the one named right after
# the "but" is its subject, the colon ending on the words. Not `and then singled out Palmer:`, `but Luxon's speech drew
# her scorn:`: the same speaker's words, on someone else.)
_JOIN_NAMES_ANOTHER = regexes.compile(r",\s+(?:but|whereas)\s+(?:[a-z][\w\-]*\s+){0,2}[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+"
                                      r"(?:was|were|seemed|sounded|appeared|struck|took|had|remained|offered)\b"
                                      r"[^:\u2588\"“”]*:\s*$")
_ROLE_WORDS_ONLY = regexes.compile(r"(?:[a-z][\w\-]*\s+){1,3}")  # ("fellow volunteer " before a name)
# (Nor `… a flat "with a view of a parking lot," and her roommate, Jordan Reyes, said: "…"`: an "and" opens a clause of
# its own, another speaker's.)
_AND_OPENS = regexes.compile(r"\s*(?:and|but)\s")
_SPLIT_BETWEEN = regexes.compile(r"^\s*,?\s*[^.!?\"“”]{1,80}?\b" + lx.alternation(lx.SPEECH_VERBS) +
                                 r"\b[^.!?\"“”]{0,60}[,:]\s*$", re.IGNORECASE)


def _introduced_blockquote(resolver: "_Resolver", before: Paragraph, paragraph: Paragraph, slug: str,
                          last: Optional[Quote]) -> Optional[Quote]:
    """A blockquote paragraph with no quotation marks as a quote: the words of whoever the paragraph before
    introduces with a colon, or, for its next paragraphs, of whoever its first one was given to; else None."""
    if not paragraph.text.strip():
        return None
    if before.quoted:
        # The blockquote's next paragraph: the same speaker's, when its first paragraph was someone's.
        if last is None or last.source.paragraph != before.index or not last.speaker:
            return None
        return Quote(text=_clean(paragraph.text), source=SourceRef(slug, paragraph.index), speaker=last.speaker,
                     speaker_name=last.speaker_name, how=f"continues the blockquote of {last.speaker_name}")
    if not before.text.rstrip().endswith(":"):
        return None
    speaker = resolver.introduced_by(resolver.paragraph(before.index), None)
    if speaker is None:
        return None
    resolver.spoke(speaker, paragraph.index, 0)
    return Quote(text=_clean(paragraph.text), source=SourceRef(slug, paragraph.index), speaker=speaker.slug or None,
                 speaker_name=speaker.name, how=speaker.how + ", in the blockquote after it")


def _merge_split_quotes(para: _Paragraph) -> list[_Quote]:
    """`"First half," he said, "second half."` is one quotation."""
    out: list[_Quote] = []
    for span in para.quotes:
        inner = span.inner(para.text)
        if out:
            prev = out[-1]
            between = para.text[prev.spans[-1].end:span.start]
            # (`"…," Ferrer says, while Lindqvist puts it differently: "…"`: another speaker's words.)
            # (Nor `"…," Van Rensburg replied, to which Steyn shot back: "…"`, `"…," to which Sandhu replied, "…"`,
            # `"…," prompting one man at the back of the hall to shout: "…"`: the answer to the words.)
            if prev.text.rstrip().endswith(",") and _SPLIT_BETWEEN.match(between) and not prev.between \
                    and not _while_clause("," + between, 0, len(between) + 1) and not _TO_WHICH_IN.search(between) \
                    and not _TO_WHICH.match(between) and not _PROMPTED_ANOTHER.search(between) \
                    and not _JOIN_THEN_SPEAKS.search(between) and not _JOIN_NAMES_ANOTHER.search(between) \
                    and not _AND_OPENS.match(between) and not _AND_UNNAMED_COLON.search(between):
                # (Nor `"…," he said, as a passenger leaned in the window and asked: "…"`: someone unnamed's words.)
                # (Nor `"…," he said, as Mr Gilroy shook his head and muttered: "…"`: a clause of someone else's,
                # introducing the words after it.)
                out[-1] = _Quote(spans=prev.spans + (span,), text=prev.text.rstrip().rstrip(",") + " " + inner,
                                 between=between, between_at=prev.spans[-1].end)
                continue
        out.append(_Quote(spans=(span,), text=inner))
    return out


# Capitalized bare heads that may be the nation's own body rather than one named before ("the Scottish Parliament
# voted …. Parliament said", "the US Treasury" then "the Treasury" in a British paper): not read as short names here.
_NATIONAL_HEADS = frozenset("government parliament cabinet presidency army navy military forces senate congress "
                            "treasury kremlin staff".split())
_LISTED_ON = regexes.compile(r"(?:,\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})*,\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}"
                             r"\s+and\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}")


class _Resolver:
    def __init__(self, article: Article, people: ArticlePeople, gaz: Gazetteer):
        self.texts = {p.index: p.text for p in article.paragraphs}
        self.article_text = "\n\n".join(p.text for p in article.paragraphs)
        self.initials: Optional[dict[str, set[str]]] = None  # initials → the story's capitalized runs (see _spelled_out)
        self.title = article.title or ""
        self.owned_names: dict[str, Optional[str]] = {}  # an organization's name → its fuller, owned name, or None
        self._unquoted: Optional[str] = None  # the headline with its quotations blanked, when asked
        self.org_names: dict[str, str] = {}  # slug → name of organizations seen as subjects, not (yet) speakers
        # slug of a body's short lower-case name → the full name the article gave it ("district attorney's office")
        self.named_in_full: dict[str, str] = {}
        self.mentions: dict[int, list[Mention]] = {}
        for m in people.mentions:
            self.mentions.setdefault(m.paragraph, []).append(m)
        self.built: dict[int, _Paragraph] = {}
        self.people = people
        self.gaz = gaz
        # (paragraph, offset, slug): persons named as the subject of a sentence, for he/she; "" for an
        # unnamed one. Filled a paragraph at a time, only where a pronoun needs it.
        self.subjects: list[tuple[int, int, str]] = []
        self.shared_names: Optional[set] = None  # name words two people of the article share (see _shared_name_since)
        self.listed: set[tuple[int, int]] = set()  # (paragraph, start) of every quotation listed so far: what is speech
        # Subjects only by a possessive ("Pereira's first try … was his ninth"): they count for a he/she
        # of their own paragraph, never the next one's.
        self.possessive_subjects: set[tuple[int, int]] = set()
        # Subjects that are a body's spokesperson, unnamed ("A spokeswoman for Dental Health Services Victoria said"):
        # the body's slug stands for them, their noun's gender ("f", "m" or None) for the he or she that may follow.
        self.spokes_subjects: dict[tuple[int, int], Optional[str]] = {}
        # An opening he/she no one could be told for ("" subject): its gender, which a later pronoun must share to stop.
        self.unresolved_gender: dict[tuple[int, int], str] = {}
        self.subjects_of: set[int] = set()
        # Organizations that spoke, in order (paragraph, slug): "the ministry said" and "it added" point back.
        self.orgs: list[tuple[int, str]] = []
        self.last_spoke: tuple[int, str] = (0, "")  # (paragraph, slug) of the last quote given a speaker
        self.genders: dict[str, str] = {}  # slug → "m" / "f", from the gazetteer, titles, roles, pronouns bound
        self.name_genders: dict[str, str] = {}  # slug → "m" / "f" of a common first name ("Tom Reed")
        for slug, person in people.people.items():
            g = person.gender or (_gender_of_words(person.role) if person.role else None)
            if person.kind == "person" and person.name.split():
                # A first name only vetoes a he/she (never makes someone the one man or woman a pronoun may reach).
                first = person.name.split()[0].lower()
                by_name = lx.first_name_gender(first)
                if by_name:
                    self.name_genders[slug] = by_name
            if g:
                self.genders[slug] = g
        for m in people.mentions:
            g = _gender_of_words(self.texts[m.paragraph][m.lead:m.start]) if m.lead < m.start else None
            if g is None and not (m.in_quote or m.possessive or m.after_preposition):
                # "Imboden, used to tell his students": the subject's own his/her, a few words on.
                own = _OWN_PRONOUN.match(self.texts[m.paragraph], m.end)
                g = ("m" if own.group(1) == "his" else "f") if own else None
            # ("Club chairman Pauline Hearn": papers write "chairman" of women too; her first name vetoes the noun.)
            if g and m.key not in self.genders and self.name_genders.get(m.key, g) == g:
                self.genders[m.key] = g

    def unquoted_term(self, term: str) -> bool:
        """Whether the headline writes `term` itself, outside quotation marks. (Only the headline: a word the body also
        uses, "Trump's ultimatum", may still be the one someone else is quoted using, `Zelensky called it an "ultimatum"`.)"""
        if self._unquoted is None:
            self._unquoted = mask(self.title, quoted_spans(self.title))
        term = term.strip(" .,;:!?")
        return bool(term) and re.search(r"(?<![\w\-])" + re.escape(term) + r"(?![\w\-])", self._unquoted, re.IGNORECASE) is not None

    def paragraph(self, index: int) -> _Paragraph:
        if index not in self.built:
            self.built[index] = _Paragraph(index, self.texts[index], self.mentions.get(index, []))
        return self.built[index]

    def _find_subjects(self, index: int) -> None:
        if index in self.subjects_of or index not in self.texts:
            return
        self.subjects_of.add(index)
        para = self.paragraph(index)
        for a, b in para.sentences:
            first = True
            said_at = None  # where the speech verb of this sentence's subject ends: what follows is what they said
            relative_until = None  # where a relative clause after the subject ends, at its speech verb
            # "Asked whether Trump would meet Putin, she said": the people of the question are not who answers.
            asked = _ASKED_OPENER.match(para.masked, a, b)
            opens = asked.end() if asked else a  # (past "Asked whether …,", "When Malhotra pressed him on …,")
            unnamed = _unnamed_subject(para.masked, opens, b) or _OWN_KIN_SUBJECT.match(para.masked, opens, b) \
                or _UNNAMED_AGENT.match(para.masked, opens, b) or _one_of_unnamed(para.masked, opens, b)
            if unnamed and unnamed.group(3).lower() not in lx.PERSON_NOUNS and _TOLD_ASIDE.search(para.masked, unnamed.end(), b):
                # ("A tanker with no visible name, he says, drifted for six hours": what the he tells of, set in his
                # aside — he is the one the sentence gives words to, not someone unnamed.)
                unnamed = None
            apposed = unnamed.end() + len(_APPOSITION.match(para.masked, unnamed.end()).group(0)) if unnamed else 0
            fronted = _FRONTED_SURNAME.match(para.masked, opens, b) if first and not unnamed else None
            if fronted and _PRONOUN_NEXT.match(para.masked, b) \
                    and not any(m.lead == fronted.start(1) for m in para.mentions) \
                    and any(g.group(1).lower() in lx.FIRST_NAMES for g in re.finditer(
                        r"\b([A-Z][\w'’\-]+)\s+%s\b" % re.escape(fronted.group(1)), self.article_text)):
                # ("For Iyer, leading the team is the fulfilment of a childhood ambition. He said: …", where "GM Arjun
                # Iyer" was taken for no one: the one the sentence is about, by a surname the analysis did not read as
                # a person's (a given name the lexicon knows before it elsewhere) — the he after it may be theirs, not
                # the last person named. Not "For Kerry, …": no given name before the word.)
                self.subjects.append((para.index, a, ""))
                first = False
            if first and not unnamed and _ONE_ALONE.match(para.masked, opens, b) \
                    and not any(a <= m.lead < b and not m.in_quote for m in para.mentions):
                # ("The fishermen are less philosophical. One, mending a net …, shrugged. "…," he said": one of them,
                # unnamed, the sentence's subject — not the last man named.)
                self.subjects.append((para.index, a, ""))
                first = False
            spokes = _SPOKES_SUBJECT.match(para.masked, opens, b) if unnamed and "spokes" in para.masked[opens:opens + 30] else None
            # (Only the paragraph's last sentence, in a paragraph naming no one else: not "A spokeswoman for Tusla said
            # …. The girl's mother said she had begged for help.", nor "… said that the trust's founder, Mary Walsh, had
            # been contacted." — the she after may be theirs.)
            body = self._spokes_for(para, opens) if spokes and not para.masked[b:].strip() and not any(
                self._kind(m.key) == "person" for m in para.mentions) else None
            if body is not None:
                # ("A spokeswoman for the Charity Commission said it had opened a case. ¶ "…," she said": the body she
                # speaks for, in the paragraph after too — as _spokes_subject_before reads it in her own.)
                self.subjects.append((para.index, a, body))
                noun = re.search(r"spokes(?:person|man|woman)", spokes.group(0))
                self.spokes_subjects[(para.index, a)] = _SPOKES_GENDER.get(noun.group(0)) if noun else None
                unnamed, first = None, False
            # (A present tense only after "a"/"one": "The Finnish officer, 54, heads the cell" is the one just named.)
            if unnamed and (_verb_follows(para.masked, unnamed.end(), present=unnamed.group(1).lower() in _INDEFINITE) or _IRREGULAR_PAST_AFTER.match(para.masked, unnamed.end())
                            or unnamed.group(1).lower() in _INDEFINITE and _PARTICIPLE_THEN_SPEAKS.match(para.masked, unnamed.end(), b)
                            or unnamed.group(1).lower() in _INDEFINITE and (took := _PARTICIPLE_THEN_TOOK_IT.match(
                                para.masked, unnamed.end(), b)) and not any(took.end() <= m.lead < b and not m.in_quote
                                                                            for m in para.mentions)
                            or _WHO_THEN_SAID.match(para.masked, unnamed.end(), b)
                            or unnamed.group(1).lower() in _INDEFINITE and _ASIDE_THEN_SAID.match(para.masked, unnamed.end(), b)
                            or unnamed.group(1).lower() in _INDEFINITE
                            and (past := _past_modifiers(para.masked, unnamed.end(), b)) >= 0
                            and _verb_follows(para.masked, past, present=False)
                            # (Not when a name stands among what describes them: "A member of the Conservative group,
                            # Tom Reed, said" is Tom Reed.)
                            and not any(unnamed.end() <= m.lead < past and not m.in_quote for m in para.mentions)) and not any(
                    unnamed.start(1) <= m.lead < apposed and not _whose(unnamed, m)
                    # (Nor a name in what they wear: "One fan, wearing a Stormriders jersey from 2009, said".)
                    and not _NAME_IN_WHAT_THEY_WEAR.search(para.masked, unnamed.end(), m.lead)
                    # (Nor someone's in what they did: "One spectator, who had followed Petrie's group from the first
                    # tee, summed up the mood.")
                    and not (m.possessive and _WHO_OPENS.match(para.masked, unnamed.end()))
                    or a <= m.lead < b and named_as_given(para.text, m.lead)
                    # (Nor a name set off after a who-clause about them: "One of the tenants who lived above the shop,
                    # Leilani Fuimaono, told the court".)
                    or unnamed.end() <= m.lead < b and not m.possessive and not m.in_quote
                    and _WHO_CLAUSE_THEN_NAME.fullmatch(para.masked, unnamed.end(), m.lead)
                    and para.masked[m.end:m.end + 1] == ","
                    for m in para.mentions):
                # (Not when the sentence gives the name they go by: "A ferry captain …, who would give only his first
                # name, Oskar, said": Oskar, whom a later "he" means.)
                # "The client, a retired teacher, testified that she …": a person the article does not
                # name is the subject, so a later "she" is hers, not the last name's — unless the article
                # gave that role to someone ("The prosecutor said" after "prosecutor Laure Beccuau").
                role, other_country = None, False
                owner = unnamed.group(1)[:-2] if unnamed.group(1)[-2:] in ("'s", "’s") else None
                if unnamed.group(1) in ("The", "the") or owner:
                    role = (self._role((owner + " " if owner else "") + unnamed.group(2) + unnamed.group(3), "")
                            or self._role_nearby(para, a, unnamed.group(3)))
                    # ("Estonia's foreign minister, Kaarel Tamm, …. Hungary's minister was less upbeat.", "The Hungarian
                    # minister": another country's, unnamed — whom a he or she after means.)
                    country = next((c for w in ([owner] if owner else unnamed.group(2).split())
                                    if w[:1].isupper() and (c := lx.country_of(w))), None)
                    other_country = bool(role and country and not self._holds_for(role.slug, country))
                    role = None if other_country else role
                # (A country's role no one of another country holds may be another name for the one named: "Ukraine's
                # leader" after "President Volodymyr Zelensky" — no subject the old reading did not have.)
                if not (owner and role is None and not other_country):
                    self.subjects.append((para.index, a, role.slug if role else ""))
                    if not role and unnamed.group(3).lower() in KIN_GENDER:
                        # ("Her father, who died six years ago, was "…", she says": no she.)
                        self.unresolved_gender[(para.index, a)] = KIN_GENDER[unnamed.group(3).lower()]
                    first = False
            titled = _TITLED_SUBJECT.match(para.masked, a, b) if first and not unnamed else None
            role = self._role(titled.group(1), "") if titled else None
            if role is not None and role.slug and self._kind(role.slug) == "person":
                # "The Tánaiste has been speaking at a press conference. She confirmed …": the one the article gave
                # that title, capitalized, is the sentence's subject, whom a he or she after it means.
                self.subjects.append((para.index, a, role.slug))
                first = False
            inverted = _INVERTED_UNNAMED.match(para.masked, a, b) if first else None
            # (A name after its "a" only says whose: "a Vale supporter".)
            if inverted and not any(a <= m.lead < inverted.start("det") and not m.in_quote and self._kind(m.key) == "person"
                                    for m in para.mentions):
                # "Among the 6,200 crowd was a Vale supporter who had travelled with his sons": the sentence's subject,
                # set after its verb, is someone unnamed; a "he said" after it is his.
                self.subjects.append((para.index, a, ""))
                first = False
            heard = _HEARD_FROM_UNNAMED.search(para.masked, a, b) if b < len(para.masked.rstrip()) else None
            clause = _WHO_CLAUSE.match(para.masked, heard.end()) if heard else None
            if heard and not any(heard.start() <= m.lead < b and not m.in_quote
                                 and not (clause and clause.start() <= m.lead < clause.end()) for m in para.mentions):
                # "The coroner also heard evidence from a Coastguard volunteer, who …. "…," he told the inquest": the
                # one heard, unnamed, is who the next he or she is, not the court or the coroner that heard them — in
                # the rest of the paragraph only (a later one may bring in someone the court heard next).
                self.subjects.append((para.index, heard.start("who"), ""))
            cue = _ANONYMITY.search(para.masked, a, b) if first else None
            if cue and not any(a <= m.lead < cue.start() and not m.in_quote for m in para.mentions):
                # "One former night carer, who asked not to be named because she …, said": whoever the
                # sentence is about is unnamed on purpose, so a later "she said" is theirs, not the last name's.
                self.subjects.append((para.index, a, ""))
                gender = next((_NOUN_GENDER[w] for w in re.findall(r"[a-z]+", para.masked[a:cue.start()].lower())
                               if w in _NOUN_GENDER), None)
                if gender:
                    # ("His wife, who didn't want to be named, stood beside him. "…," he said": her anonymity
                    # passes on to no he.)
                    self.unresolved_gender[(para.index, a)] = gender
                first = False
            asks = _WHEN_I_ASK.match(para.masked, a, b) if first else None
            profiled = self._profile_subject() if asks else None
            if profiled and (self.genders.get(profiled) or self.name_genders.get(profiled)) == (
                    "m" if asks.group(1).lower() == "he" else "f"):
                # "When I ask whether the sisters are based on her own family, she laughs": in a profile, whom the
                # writer asks is the one the piece is about, whoever was named last.
                self.subjects.append((para.index, asks.start(1), profiled))
                first = False
            opener = (_PRONOUN_OPENER.match(para.masked, a, b) or _PRONOUN_AFTER_PARTICIPLE.match(para.masked, a, b)) if first else None
            if opener:
                # "He thanked the hosts and praised Steve Witkoff, who he said …": the pronoun is the sentence's
                # subject; the people it names after it are its objects ("Speaking to EITB, he said his son had …
                # when Unai signed": whom he spoke of is no subject for the next he).
                if opener.group(2).lower() in lx.SPEECH_VERBS:
                    said_at = opener.end()
                spoke = opener.group(2).lower() in lx.SPEECH_VERBS or opener.group(2).lower() in _AUX_WORDS
                if spoke or _PAST_VERB.fullmatch(opener.group(2)):
                    self.subjects.sort()
                    gender = "m" if opener.group(1).lower() == "he" else "f"
                    # (Looking back reads the subjects of the paragraphs before: undone below where it adds none.)
                    saved = None if spoke else (list(self.subjects), set(self.subjects_of), dict(self.unresolved_gender),
                                                set(self.possessive_subjects), dict(self.genders))
                    slug = self._antecedent(index, a, gender)
                    # (Unresolved, still someone: a he/she of that gender after it means the same one, not the name
                    # before; one of the other gender passes it by.)
                    # (After any other past tense, only the one it resolves to: "She ran under the slogan …" keeps
                    # her the subject for the "she said" of the next paragraph.)
                    if spoke or slug and not self._other_of_gender_since(slug, gender, index, a):
                        self.subjects.append((para.index, a, slug or ""))
                    elif saved is not None:
                        self.subjects[:] = saved[0]
                        self.subjects_of.clear()
                        self.subjects_of.update(saved[1])
                        self.subjects_of.add(index)  # (this paragraph's reading goes on)
                        self.unresolved_gender.clear()
                        self.unresolved_gender.update(saved[2])
                        self.possessive_subjects.clear()
                        self.possessive_subjects.update(saved[3])
                        self.genders.clear()
                        self.genders.update(saved[4])
                    if not slug and spoke:
                        self.unresolved_gender[(para.index, a)] = gender
                first = False
            subjects_before = len(self.subjects)
            for m in para.mentions:
                if not (a <= m.lead < b) or m.in_quote or self._in_title(para, m):
                    continue
                if para.masked[m.end:m.end + 1] == ":" and not para.masked[:m.lead].strip(" *"):
                    continue  # "Stetsenko: When I met him, he told me …": an interview's answerer is its "I", never its he/she
                if (not first and len(self.subjects) == subjects_before and not m.possessive
                        and given_name_at(para.text, m.lead) and self._kind(m.key) == "person"):
                    # "Beside Moroz sits a quieter man with the call sign "Lis"": the one the sentence brings in
                    # by the name he goes by, when no one named before him in it is its subject.
                    self.subjects.append((para.index, m.start, m.key))
                    continue
                if m.possessive:
                    if first and any(_OWNERS_ONE_NAMED.fullmatch(para.masked, m.end, n.lead) and not n.possessive
                                     and para.masked[n.end:n.end + 1] == "," for n in para.mentions if n.lead > m.end):
                        continue  # "Iyer's second, the grandmaster Alejandro Ruiz Montero, said": the one named is the subject
                    # "Pereira's first try, a 70-metre interception, was his ninth": a sentence that opens
                    # on a person's thing (not on someone of theirs: "Putin's spokesman") is about them.
                    # (Or a clause of its own after "and": "Back on Salisbury Plain, the light is going and Pryce's
                    # company is packing up for the night. She is philosophical …".)
                    # (A place named in the scene is no subject: "Back on Salisbury Plain, …".)
                    if ((first and (not para.masked[a:m.lead].strip() or _SCENE_OPENER.fullmatch(para.masked, a, m.lead)
                                    and not any(a <= o.lead < m.lead for o in para.mentions))
                         or len(self.subjects) == subjects_before and _SCENE_THEN_AND.fullmatch(para.masked, a, m.lead)
                         and not any(a <= o.lead < m.lead and self._kind(o.key) == "person" for o in para.mentions))
                            and self._kind(m.key) == "person"
                            and not _PERSON_AFTER_POSSESSIVE.match(para.masked, m.end)
                            and not (_PEOPLE_OF_THEIRS.match(para.masked, m.end)
                                     # (Unless the sentence goes on about them: "Olsen's legal team says he will fight".)
                                     and not _THIRD_PERSON_WORD.search(para.masked, m.end, b))
                            and not _DREW_FROM_OPENER.match(para.masked, a, b)):
                        self.subjects.append((para.index, m.start, m.key))
                        self.possessive_subjects.add((para.index, m.start))
                        first = False
                    continue
                if asked and m.lead < asked.end():
                    continue
                if first and _RECIPIENT_BEFORE.search(para.masked, max(a, m.lead - 60), m.lead) \
                        and self._kind(m.key) == "person":
                    # "The top award went to silversmith Nuala Begley": whom a prize went to is no subject, yet a "she said"
                    # after it may be hers as well as the one named before: no one's.
                    self.subjects.append((para.index, m.start, ""))
                    gender = self.genders.get(m.key) or self.name_genders.get(m.key)
                    if gender:
                        self.unresolved_gender[(para.index, m.start)] = gender
                    first = False
                    continue
                if said_at is not None and m.lead >= said_at:
                    continue  # "Trump … said Steve Witkoff would lead …": the subject of what was said, not of the sentence
                if relative_until is not None and m.lead < relative_until:
                    continue  # "Savchuk, who took over after his predecessor, Ihor Tkach, was dismissed, said": not Tkach
                if m.after_preposition and first and self._kind(m.key) == "person" and (
                        _PASSIVE_AGENT.search(para.masked, max(a, m.lead - 40), m.lead)
                        or _WRITTEN_BY_OPENER.fullmatch(para.masked, a, m.lead)
                        or _CAME_FROM_OPENER.fullmatch(para.masked, a, m.lead)
                        or _DREW_FROM_OPENER.fullmatch(para.masked, a, m.lead)
                        or _ACCORDING_TO_ASIDE.fullmatch(para.masked, a, m.lead)):
                    # "The delegation was headed by Vladimir Medinsky.": who did it is what the sentence is about; so is
                    # the writer of what the sentence opens on ("A statement from paramedic Joanne Lees was read …"),
                    # and whom it came from ("The sharpest criticism came from Jan Vos, … . "…," he said").
                    self.subjects.append((para.index, m.start, m.key))
                    first = False
                    continue
                if m.after_preposition and CLAUSE_AND.search(para.masked, max(a, m.lead - 8), m.lead) \
                        and self._kind(m.key) == "person" and _verb_follows(para.masked, m.end):
                    # "It is a little after five, and Dr Elaine Harker is crouched in the wet grass. "…," she
                    # whispers": a clause of its own after ", and", its subject the one a later she means.
                    self.subjects.append((para.index, m.start, m.key))
                    first = False
                    continue
                if m.after_preposition and first and _BACK_TO.fullmatch(para.masked, a, m.lead) \
                        and self._kind(m.key) == "person" and _TURNED_TO_END.match(para.masked, m.end):
                    # "**10.22pm** – Back to Tully, who has just given a doorstop. "…," he said": a live page's entry
                    # turning to someone is about them, whoever the entry before named.
                    self.subjects.append((para.index, m.start, m.key))
                    first = False
                    continue
                if m.after_preposition and _HEARD_FROM_NAMED.search(para.masked, max(a, m.lead - 24), m.lead) \
                        and self._kind(m.key) == "person" and not any(
                            n.lead > m.end and a <= n.lead < b and not n.in_quote and self._kind(n.key) == "person"
                            for n in para.mentions):
                    # ("The show also heard from Oksana Petrenko-Wilson, a spokesperson for …. She said …": the one
                    # heard is whom the next she means, not the host.)
                    self.subjects.append((para.index, m.start, m.key))
                    first = False
                    continue
                if m.after_preposition:
                    if first and _FOR_TOPIC.fullmatch(para.masked, a, m.lead) \
                            and (para.masked[m.end:m.end + 1] == "," or _AND_THEIRS.match(para.masked, m.end)) \
                            and self._kind(m.key) == "person" and all(n.key == m.key for n in para.mentions if a <= n.lead < b) \
                            and (a == 0 or re.match(r"\s*(?:He|She)\s", para.masked[b:b + 6])):
                        # "For Tasha Morningstar, who is due in January, the planning has become a second job.
                        # She has booked …": the person a feature's sentence is about, fronted with "For", when
                        # the next sentence goes on with a he/she (and the sentence names no one else); opening its
                        # paragraph, the person the paragraph is about ("For Kaya, the timetable matters more. …").
                        self.subjects.append((para.index, m.start, m.key))
                    first = False
                    continue
                told = _OBJECT_OF_SPEECH.search(para.masked, a, m.lead) if first else None
                pronoun_told = told is not None and re.search(r"\b(?:[Hh]e|[Ss]he)\s+(?:\w+\s+)?$",
                                                              para.masked[a:told.start()]) is not None
                if pronoun_told and "\u2588" in para.masked[a:told.start()]:
                    # (`"…," he told Tremblay.`: the one told is no subject either — whoever the he stands for is.)
                    first = False
                    continue
                if told and not pronoun_told:
                    # (Not `"…," he told Sky News`: the one told is no subject, but "he" is, whoever it stands for.)
                    # "Judge Jason Taylor KC told Pickford: "…"": the one told is no subject; someone the
                    # article did not name as a person spoke, so a later "he added" cannot be given to him.
                    self.subjects.append((para.index, a, ""))
                    first = False
                    continue
                if first and _ASKS_ABOUT_HIM.match(para.masked, m.end, b):
                    first = False
                    continue  # "Hrytsenko asked what he would tell them.": the one asked answers next, not the asker
                refused = _NO_COMMENT.search(para.masked, m.end, b) if first else None
                # (Unless the paragraph goes on with what they said another way: "Gregory Dalton did not respond to
                # requests for comment. In written submissions to the tribunal, he blamed the mould on …".)
                if refused and not _STILL_ANSWERS.match(para.masked, refused.end()) \
                        and not _SAID_ANOTHER_WAY.match(para.masked, b):
                    first = False
                    continue  # "Lavrov, who was also there, did not comment.": whoever speaks next, not them
                # ("Lee declined to comment on the report. "We don't comment on speculation," she said": one
                # thing she would not discuss; she may still speak, and often says why. "Fedorov did not answer
                # directly. "…," he said": he answers, another way.)
                if not first and len(self.subjects) > subjects_before \
                        and _WHEN_WHERE_BEFORE.search(para.masked, max(a, m.lead - 10), m.lead):
                    continue  # "Judge Mhlongo adjourned the matter to Thursday, when Dlamini is expected to return": a clause of when
                if first or _verb_follows(para.masked, m.end):
                    if self._kind(m.key) == "person":
                        self.subjects.append((para.index, m.start, m.key))
                        if first:
                            # ("Hollins was furious, arguing that Adeyemi had pushed …": a participle after a comma
                            # is the subject's speech too; who it names is what was said.)
                            said = next((v for v in _SAID_OR_ARGUING.finditer(para.masked, m.end, b)
                                         if v.group(0).islower() and _REPORTED_AFTER.match(para.masked, v.end())), None)
                            said_at = said.end() if said else None
                            if _WHO_OPENS.match(para.masked, m.end):
                                # (The people of a relative clause set off after the subject, up to the speech verb
                                # that follows it, are no subjects of the sentence.)
                                relative_until = next((v.start() for v in _VERB.finditer(para.masked, m.end, b)
                                                       if v.group(0).islower() and para.masked[:v.start()].rstrip().endswith(",")), None)
                first = False
            for m in para.mentions:
                # "Gareth Evans rose to ask Rhys Evans whether he would rather … . He replied that …": the one asked
                # answers next.
                if a <= m.lead < b and not m.in_quote and not m.possessive and self._kind(m.key) == "person" \
                        and _ASK_BEFORE.search(para.masked, max(a, m.lead - 12), m.lead) \
                        and _QUESTION_AFTER.match(para.masked, _asked_role_end(para.masked, m.end)):
                    self.subjects.append((para.index, m.start, m.key))
            if first and self._unknown_name_subject(para.masked, a, b):
                # "Tom Reed was less surprised." with "Tom Reed" known as no one: someone the pronouns after
                # may mean, so they cannot be given to the person named before.
                self.subjects.append((para.index, a, ""))
            for m in _ROLE_CLAUSE.finditer(para.masked, a, b):
                # "Trump said Putin had told Witkoff that …, but the president added …": the subject of the
                # clause, described again by a role — the sentence's subject when they hold it, else whoever
                # the article gave it, else someone unnamed (not the last person named).
                word = m.group(1).lower()
                here = min(((o, slug) for p, o, slug in self.subjects if p == para.index and a <= o < m.start()), default=None)
                person = self.people.people.get(here[1]) if here and here[1] else None
                if person and person.role and word in person.role.lower().split():
                    slug = here[1]
                else:
                    found = self._role_nearby(para, m.start(1), word)
                    slug = found.slug if found else ""
                self.subjects.append((para.index, m.start(1), slug))
            # "A spokeswoman for the company said …": an unnamed speaker; a "she said" after it is hers.
            # (Not "Mark Fielding, a countryside officer for the council, said": his role in apposition.)
            by_choice = [m for m in _UNNAMED_BY_CHOICE.finditer(para.masked, a, b)
                         if _OPENING_ONLY.fullmatch(para.masked, a, m.start())]  # (the sentence's subject, not an object)
            # ("A resident who had objected to one of the towers watched the judgment from the public gallery. "…," she
            # said": someone unnamed opening the sentence as its subject, whatever its verb, not named right after.)
            opener = _UNNAMED_OPENS_CLAUSE.match(para.masked, a) or _UNNAMED_AFTER_SCENE.match(para.masked, a)
            if opener and _DESCRIBES_PRONOUN.match(para.masked, opener.end(), b):
                # ("A retired harbour pilot who spent 31 years guiding vessels into Dover, he now keeps a logbook": what
                # the he of the sentence is, fronted — not someone else.)
                opener = None
            if opener and not any(a <= m.lead < opener.end() + 3 for m in para.mentions if not m.in_quote):
                by_choice.append(opener)
            for m in itertools.chain(_UNNAMED_SPEAKER.finditer(para.masked, a, b), by_choice):
                if _ROLE_PREDICATE_BEFORE.search(para.masked, max(a, m.start() - 30), m.start()):
                    continue  # ("Ferreira, who works as a pharmacy assistant, said": what the one named is, no one else)
                if _PLACE_PREPOSITION_THEN.search(para.masked, max(a, m.start() - 8), m.start()) \
                        and any(a <= n.lead < m.start() and not n.in_quote for n in para.mentions):
                    # ("Jo Prentice, who chairs the group at one of the pilot surgeries, said": where the one named
                    # works, after its preposition — no one else speaking.)
                    continue
                asked = _ASKED_WHAT_BEFORE.search(para.masked, max(a, m.start() - 24), m.start())
                if asked and any(not n.in_quote and 0 <= asked.start() - n.end <= 2 and self._kind(n.key) == "person"
                                 for n in para.mentions):
                    continue  # ("Magistrate Achebe questioned how a builder … could claim …": whom the question is about)
                # ("Tom Reed, 41, a father of three, said": an age may stand between the name and the role, or in
                # brackets, "Michael Boyle (67), a retired fisherman, said". But "one nurse", "another resident" after
                # a comma is someone else: "At the hospital in Marlow Vale, one nurse".)
                if m.group(0)[:1] in "Oo" or not any(
                        not n.in_quote and _AGE_THEN_ROLE.fullmatch(para.masked, n.end, m.start())
                        for n in para.mentions if n.end <= m.start()):
                    self.subjects.append((para.index, m.start(), ""))
            # "…, his daughter said.": someone's relative the article does not name speaks; a "she said" after it is
            # hers, not the last name's. (Not "his daughter, Clare, said": named there.)
            # (Only a relative of a gender other than whose it is: "his daughter" then "she" is the daughter; after "her
            # mother said", "she" may be either, and "his partner" says no gender at all.)
            for m in _KIN_SPEAKER.finditer(para.masked, a, b):
                kin = KIN_GENDER.get(m.group(2).lower())
                owner = {"his": "m", "her": "f"}.get(m.group(1).lower())
                if kin and kin != owner and not any(m.start() <= n.lead < m.end() and not n.in_quote for n in para.mentions):
                    self.subjects.append((para.index, m.start(), ""))
                    self.unresolved_gender[(para.index, m.start())] = kin
        self.subjects.sort()

    @staticmethod
    def _unknown_name_subject(masked: str, a: int, b: int) -> bool:
        m = _NAME_SUBJECT.match(masked, a, b) or _INVERTED_SUBJECT.match(masked, a, b)
        if not m:
            return False
        words = [w.lower() for w in m.group(1).split()]
        return not any(w in lx.CAPITALIZED_STOPWORDS or w in lx.ORG_WORDS or w.strip(".") in lx.TITLE_WORDS
                       or w in lx.CALENDAR_WORDS or w in lx.AFFILIATIONS or w in lx.GOVERNMENT_PLACES for w in words)

    def _kind(self, slug: str) -> str:
        person = self.people.people.get(slug)
        return person.kind if person else "person"

    def _in_title(self, para: _Paragraph, m: Mention) -> bool:
        """An organization that opens a person's title ("NATO Secretary General Mark Rutte"): the person acts."""
        if self._kind(m.key) != "organization":
            return False
        n = next((n for n in para.mentions if n.lead >= m.end), None)
        return bool(n and n.lead < n.start and not para.masked[m.end:n.lead].strip()
                    and self._kind(n.key) == "person")

    def _speaker(self, slug: str, how: str) -> Speaker:
        person = self.people.people.get(slug) or self.gaz.people.get(slug)
        # (Only a name headed by an institution's noun needs its owner to tell which it is — "Air Force", "Defence
        # Ministry", even when read as a person's for its two capitals; "Austria's OMV" is OMV.)
        if (person is not None and slug not in self.gaz.people and person.name.split()
                and person.name.split()[-1].lower() in lx.ORG_HEADS):
            owned = self._owned_name(person.name)
            if owned:
                # "Ukraine's Air Force said …" then "the Air Force said": the one organization, by the fuller name.
                return self._org_named(owned, how)
        if person is not None and person.kind == "organization" and slug not in self.gaz.people:
            # ("operated by Andina Copper Corp" … "Andina Copper said": the body by the fullest name the article gives;
            # "an ACCC spokesperson" after "The Australian Competition and Consumer Commission": by the name spelled out.)
            full = self._full_name_of(self._spelled_out(person.name))
            if full != person.name:
                return self._org_named(full, how)
        name = person.name if person else slug
        return Speaker(slug, name, how.replace("{name}", name))

    def _owned_name(self, name: str) -> Optional[str]:
        """The fuller name the article gives an organization by its owner ("Ukraine's Air Force" for "Air Force",
        "the EU's Commission" for "Commission"), when it names one owner only, and no person."""
        if name in self.owned_names:
            return self.owned_names[name]
        owned = None
        # (Only where the name follows "'s" and a space can the regex match: most names never do.)
        if "'" not in name and "’" not in name and name[:1].isupper() and any(
                self.article_text.endswith(("'s", "’s"), 0, space_before(self.article_text, at)) and
                self.article_text[at - 1:at].isspace() for at in occurrences(self.article_text, name)):
            owners = set()
            for m in re.finditer(r"((?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*)['’]s\s+" + re.escape(name) + r"\b", self.article_text):
                words = m.group(1).split()
                while words and words[0].lower() in lx.CAPITALIZED_STOPWORDS:
                    words = words[1:]
                if words:
                    owners.add(" ".join(words))
            persons = {w for p in self.people.people.values() if p.kind == "person" for w in p.name.split()}
            if len(owners) == 1 and not set(next(iter(owners)).split()) & persons:
                owned = f"{next(iter(owners))}'s {name}"
        self.owned_names[name] = owned
        return owned

    def spoke(self, speaker: Speaker, paragraph: int, offset: int) -> None:
        self.last_spoke = (paragraph, speaker.slug)
        if not speaker.slug:
            return
        if self._kind(speaker.slug) == "organization":
            self.orgs.append((paragraph, speaker.slug))
            return
        if self._kind(speaker.slug) == "person":
            self.subjects.append((paragraph, offset, speaker.slug))
            self.subjects.sort()

    # -- the rules ------------------------------------------------------------------

    def attribute(self, para: _Paragraph, q: _Quote) -> tuple[Optional[Speaker], bool]:
        """The speaker of one quotation (or None), and whether a speech verb governs it at all."""
        start, end = q.spans[0].start, q.spans[-1].end
        s_start, _ = para.sentence_at(start)
        _, s_end = para.sentence_at(max(start, end - 1))
        masked = para.masked
        verb_seen = False
        # 0. `until he secured, in his words, "sufficient guarantees"`, `in Ann Lee's words, "…"`, `insisting, in her
        # words, that "…"`: whose words the sentence says they are, whoever it goes on to say told it.
        words_of = _IN_WORDS.search(masked, s_start, start)
        if words_of and words_of.group(1):
            slug = self._antecedent(para.index, words_of.start(), "m" if words_of.group(1).lower() == "his" else "f")
            if slug:
                return self._speaker(slug, f"'in {words_of.group(1).lower()} words' → {{name}}, the last person named as a subject"), True
        elif words_of:
            mention = self._mention_at(para, words_of.start(2) if words_of.group(2) else words_of.start(3))
            if mention and self._kind(mention.key) == "person":
                return self._speaker(mention.key, "in the words of {name}"), True
        if words_of:
            return None, True  # someone's words, though whose cannot be told: not whoever the sentence says spoke
        # `… was asked in the Dáil whether Ireland would help. His reply was that Ireland would "…"`: the reply of the
        # he or she the sentence opens on, the words its clause goes on to give.
        # (Only after a sentence that has them asked, naming no one else: not "Jones asked Reed whether cuts were coming.
        # His reply was …", where the asker is named too.)
        reply = _HIS_REPLY_WAS.match(masked, s_start) if masked.startswith(("His ", "Her "), s_start) and s_start else None
        if reply and not any(reply.end() <= m.lead < start and not m.in_quote for m in para.mentions):
            word = reply.group(1).lower()
            slug = self._antecedent(para.index, s_start, "m" if word == "his" else "f")
            b_start = _sentence_before(para, s_start)
            named = {m.key for m in para.mentions if b_start <= m.lead < s_start and not m.in_quote
                     and self._kind(m.key) == "person"}
            if slug and self._kind(slug) == "person" and named == {slug} and _PUT_A_QUESTION.search(masked, b_start, s_start):
                return self._speaker(slug, f"'{word} {reply.group(2)}' → {{name}}, the one asked in the sentence before"), True
        if _KIN_CLAUSE_THEN_COLON.search(masked, s_start, start):
            # `"Ask me again after harvest," he said, and his uncle laughed: "…"`, `"…," Lindiwe Dube said, as her
            # husband added: "…"`: the words of someone of theirs, unnamed in that clause — not the first speaker's.
            return None, True
        plural = _PLURAL_UNNAMED_SAYS.match(masked, s_start, start)
        if plural and not any(s_start <= m.lead < start and not m.in_quote for m in para.mentions) \
                and not re.search(r"\b(?:he|she|they)\b", masked[plural.end():start]):
            # (Not "Officials said she had called the delays "…"": what they report of someone's words.)
            # `Officials described trade with India as "stable and mutually beneficial," he reported`: the words of
            # people the sentence does not name, whoever reports them after.
            return None, True
        # `Fairbairn said the toilets would "work", prompting Mahmood to reply that they broke "because …"`: the one a
        # clause of the sentence before the words makes answer is whose they are.
        for m in reversed(para.mentions) if "ing " in masked[s_start:start] else ():  # (most sentences: no loop)
            if s_start <= m.lead < start and not m.in_quote and not m.possessive \
                    and _PROMPTING_BEFORE.search(masked, max(s_start, m.lead - 16), m.lead) \
                    and _TO_ANSWER.match(masked, m.end) and self._kind(m.key) == "person":
                return self._speaker(m.key, "{name}, whom the sentence makes answer"), True
        # `is, as Ms Chen put it, "…"`, `as she wrote, "…"`: an aside right before the words names whose they are.
        as_put = _AS_PUT.search(masked, s_start, start)
        if as_put and as_put.group(1):
            word = as_put.group(1).lower()
            slug = self._antecedent(para.index, as_put.start(1), "m" if word == "he" else "f")
            if slug:
                return self._speaker(slug, f"'as {word} put it' → {{name}}, the last person named as a subject"), True
        elif as_put:
            mention = self._mention_at(para, as_put.start(2))
            if mention and not mention.possessive and mention.end == as_put.end(2) and self._kind(mention.key) == "person":
                return self._speaker(mention.key, "'as {name} put it'"), True
        # `Judge Pryce said Mr Petherick's explanation that he had "simply forgotten" was "not credible"`: the words in
        # someone's own explanation or claim are theirs, not the sentence's speaker's.
        claim = _OWN_CLAIM.search(masked, s_start, start) if "that" in masked[s_start:start] else None
        if claim:
            mention = next((m for m in para.mentions if m.possessive and not m.in_quote and s_start <= m.lead
                            and claim.start() - 2 <= m.end <= claim.start()), None)
            if mention and self._kind(mention.key) == "person":
                return self._speaker(mention.key, f"{{name}}'s own {claim.group(1)}"), True
        if q.between:
            found = self._after(para, q.between_at, q.between_at + len(q.between))
            if found:
                return found, True
            # `"Indeed," he said, "…"` with no one to give the "he" to: someone else's words, so they do not go on
            # with the speaker before (a "the company said" there may still mean them).
            between = masked[q.between_at:q.between_at + len(q.between)]
            # (So with someone named by what they are, "the witness replied", whom no one was called before.)
            # (Not a body's word: "the company said" there may still mean the one before.)
            noun = _PERSON_BY_NOUN.search(between)
            # (Not "the spokeswoman added" after the article gave that role to one person: hers, as it goes on.)
            word = noun.group(0).split()[-1].lower() if noun else ""
            noun = noun if noun and not (noun.group(0)[:1] in "Tt" and (self._role(word, "") or any(
                word in (p.role or "").lower().split() for p in self.people.people.values()))) else None
            verb_seen = bool(re.search(r"\b(?:[Hh]e|[Ss]he)\b", between) or noun) and _VERB.search(between) is not None
        # 1. Right after the quote. (Not after words quoted mid-sentence with no comma or mark of their own:
        # `would "wipe out the margin" the company had promised` — what follows is no attribution.)
        dash = _DASH_BYLINE.match(masked, end)
        if dash:
            # `“…” — Vladimir Putin` (a pull quote signed with a dash): the name after the dash, alone on its line.
            mention = self._mention_at(para, dash.end())
            if mention and not mention.possessive and _SIGNATURE_REST.fullmatch(masked, mention.end):
                return self._speaker(mention.key, "signed after a dash → {name}"), True
        mid_sentence = q.text.rstrip()[-1:].isalnum() and masked[end:end + 3].lstrip()[:1] not in (",", "—", "–") \
            and not (_PRONOUN_SAID_AFTER.match(masked, end) and not masked[s_start:start].strip(" \u2588\"“”‘’'"))
        found = None if mid_sentence else self._after(para, end, s_end, direct=True)
        seen = _VERB.search(masked, end, s_end) is not None
        verb_seen |= seen
        if found and not found.slug and BARE_SPOKES.match(found.name):
            # `The U.S. State Department called on … "…," a spokesman told reporters`: its spokesman.
            verb = next((v for v in _VERB.finditer(masked, s_start, start) if v.group(0).islower()), None)  # not "State"
            org = self._org_before(para, s_start, verb.start()) if verb else None
            if org:
                name = self.org_names.get(org) or self._speaker(org, "").name
                return self._org_named(name, f"'{found.name}' of {{name}}, the subject of the sentence"), True
        if not found and not mid_sentence and _SOMEONE_SPEAKS_AFTER.match(masked, end, s_end) \
                and masked[end:end + 2].strip(" ,\u2588")[:1].islower():
            # `"…?" one man shouted from the gallery, before the chair called for order`: someone the article does not
            # name, right after the words, not whoever a later clause names.
            return None, True
        if not found and not mid_sentence:
            found = self._named_past_aside(para, s_start, start, end, s_end)
        if found:
            return found, True
        according = _ACCORDING_AFTER.match(masked, end)
        if according:
            # `Our correspondent, Lena Vogt, says the mood was "grim but not hopeless", according to one member of the
            # team`: the words are the source's the sentence names after them, not the reporter's who relays them.
            mention = self._mention_at(para, according.end())
            role = _ROLE_THEN_NAME.match(masked, according.end()) if mention is None else None
            if role and (role.group(1) in lx.PERSON_NOUNS or lx.doer_noun(role.group(1))):
                # ("according to their manager, Gary Linton": the one the role is set beside.)
                mention = self._mention_at(para, role.end())
            if mention and not mention.possessive:
                return self._speaker(mention.key, "'according to' {name}, right after the quote"), True
            stop = len(masked[:s_end].rstrip(" .!?;:\"”’'\u2588"))
            by = self._group(para, according.end(), stop, "'according to' …, right after the quote")
            if not (by and by.slug):
                # "according to Vesselwatch, a ship-tracking firm": a bare name, which what is set beside it says is a body's.
                named = _NAME_SET_BESIDE.match(masked, according.end(), stop)
                name = self._body_name(named.group(1).split()) if named and describes_org(named.group(2)) else None
                by = self._org_named(name, "'according to' {name}, right after the quote, a body as the words beside it say") \
                    if name else None
            if not (by and by.slug) and _A_DOCUMENT.match(masked, according.end(), stop):
                by = self._issuer_named_next(para)
            return (by if by and by.slug else None), True
        # 2. Before it, in the same sentence: the speech verb nearest the quote that has a subject.
        # A semicolon starts a new clause: a speech verb before it does not govern this quote.
        clause_start = max(s_start, masked.rfind(";", s_start, start) + 1)
        # So does ", while <someone>": "…, Ferrer says, while Lindqvist puts it differently: "…"", "…, while Laura
        # Bennett … warned that "…"": a clause with a subject of its own.
        clause_start = max(clause_start, _while_clause(masked, clause_start, start))
        agreed = _AND_NAME_AGREED.search(masked, clause_start, start)
        if agreed:
            # (`"…," Roux said, and Isaacs agreed that any revenue should be "ring-fenced for Kalk Bay"`: the one who
            # agreed, in a clause of their own, says the words — not the speaker before the "and".)
            mention = self._mention_at(para, agreed.start(1))
            if mention and not mention.possessive and self._kind(mention.key) == "person":
                return self._speaker(mention.key, "{name}, who agreed that …, in a clause of their own"), True
            return None, True
        # ("…," he told the tribunal, but Judge Ashdown found his evidence "…"': a verdict of someone named after the
        # "but", the clause's own subject.)
        verdict = _BUT_NAMED_VERDICT.search(masked, clause_start, start)
        if verdict and any(m.lead == verdict.start(1) and not m.in_quote and self._kind(m.key) == "person"
                           for m in para.mentions):
            clause_start = verdict.start(1)
        if masked[clause_start:start].rstrip(" \u2588\"“”").endswith(":") and _AND_UNNAMED_COLON.search(masked, clause_start, start):
            # ("Shop owner Mohammed Irfan said …, and his neighbour, who runs a flour mill, cut in: "…"": someone else,
            # unnamed, whatever verb brings the words in.)
            return None, True
        inverted = self._inverted_before(para, clause_start, start)
        if inverted:
            return inverted, True
        # ("the State would": a capitalized word inside the clause is a name, not the verb "state".)
        # (A participle after a comma too, as "saying": "Andy Firth was furious, claiming Mbeki "went down …"".)
        # (And one opening an absolute phrase after a name, no comma before it: "with Coutinho accusing the company of
        # "…" and Halloran insisting the union had "…"".)
        said = [*_SAID_OR_ARGUING.finditer(masked, clause_start, start)]
        if "ing " in masked[clause_start:start]:
            # (Or the way the subject spoke: "Anchor Ritu Malhotra opened the debate by asking whether India could
            # "…"", as "by telling" does.)
            said = sorted(said + [v for v in _PARTICIPLE.finditer(masked, clause_start, start)
                                  if _absolute_participle(masked, clause_start, v.start())
                                  or masked.endswith(" by ", 0, v.start()) and v.group(0).lower() in _BY_SPEAKING
                                  and not _ASKING_FOR.match(masked, v.end(), start)
                                  and not any(v.start() == w.start() for w in said)],
                          key=lambda v: v.start())
        verbs = [v for v in said
                 if (v.group(0)[0].islower() or not masked[clause_start:v.start()].strip(" \u2588\"“”"))
                 # ("welcomed the decision as "long overdue"", the words right after; not "welcomed the verdict as the
                 # foreman read out "not guilty"", a clause of time.)
                 and not (v.group(0).startswith("welcome") and not _AS_AN_ARTICLE.fullmatch(masked, v.end(), start))
                 and not _NOUN_AFTER_DETERMINER.search(masked, max(clause_start, v.start() - 8), v.start())
                 and not (v.group(0).endswith("s") and _PLURAL_AFTER_QUANTITY.search(masked, max(clause_start, v.start() - 8),
                                                                                     v.start()))
                 # (Nor one after a possessive: "called the councillor's comments "…"", a noun.)
                 and not (masked[max(clause_start, v.start() - 3):v.start()] in ("'s ", "’s ")
                          and (v.group(0).lower() in _NOUNS_AFTER_OWNER or _LOWER_OWNER.search(masked, clause_start, v.start())))
                 and not (v.group(0).endswith("ed") and _TEXT_NOUN_BEFORE.search(masked, max(clause_start, v.start() - 24), v.start())
                          and _WHERE_AFTER.match(masked, v.end()))
                 and not (v.group(0).endswith("s") and (_VERB_BEFORE_OBJECT.search(masked, max(clause_start, v.start() - 14),
                                                                                    v.start())
                                                        or _MODAL_VERB_BEFORE_OBJECT.search(
                                                            masked, max(clause_start, v.start() - 24), v.start())))
                 and not (v.group(0).endswith("ed") and _thing_done_then(masked, clause_start, v, start))
                 # ("said delaying until spring would add $600,000 to the bill "for no good reason"": a sum added.)
                 and not (v.group(0).lower() in _ADD_FORMS and _AMOUNT_AFTER.match(masked, v.end()))
                 # ("He said the listings announced Monday were "…"": a participle after its noun, its verb to come.)
                 and not (v.group(0).endswith("ed") and _PARTICIPLE_THEN_VERB.match(masked, v.end())
                          and _NOUN_RIGHT_BEFORE.search(masked, max(clause_start, v.start() - 30), v.start()))
                 # ("He said continued funding was "not a luxury"": a participle right after the speech verb is its
                 # object's word, no verb of its own.)
                 and not (v.group(0).endswith("ed") and _SAID_RIGHT_BEFORE.search(masked, max(clause_start, v.start() - 12),
                                                                                  v.start())
                          and not _REPORT_SET_IN.search(masked, max(clause_start, v.start() - 50), v.start()))
                 # ("Iyer said recalls were "a sign of …"": a plural noun right after the speech verb, its verb after
                 # it, is the reported clause's subject.)
                 and not (v.group(0).endswith("s") and _PARTICIPLE_THEN_VERB.match(masked, v.end())
                          and _SAID_RIGHT_BEFORE.search(masked, max(clause_start, v.start() - 12), v.start())
                          and not _REPORT_SET_IN.search(masked, max(clause_start, v.start() - 50), v.start()))
                 and not (_NOUN_FOLLOWS.match(masked, v.start()) and _NOUN_IN_OBJECT.search(masked, clause_start, v.start()))
                 and not (_NOUN_FORM.fullmatch(v.group(0))
                          and (_AFTER_PREPOSITION_AND_ARTICLE.search(masked, max(clause_start, v.start() - 60), v.start())
                               # ("Kadri Vaher struck a more cautious note: "…"": an object, then the colon.)
                               or _ARTICLE_BEFORE_NOUN.search(masked, max(clause_start, v.start() - 40), v.start())
                               and masked[v.end():v.end() + 1] in (":", ",")))
                 and not (v.group(0).lower() == "states" and (_STATES_NOUN.search(masked, max(clause_start, v.start() - 30),
                                                                                     v.start())
                                                              # ("the Upper Basin states had …": a verb follows the noun)
                                                              or _STATES_THEN_VERB.match(masked, v.end())))
                 # ("said the delays added "avoidable costs"", "said the road had claimed "too many lives"": what was
                 # added or claimed is the quote, an object, and the subject a thing: no speech.)
                 and not (v.group(0).lower() in _OBJECT_VERBS and masked[v.end():v.end() + 2] == " \u2588"
                          and v.start() > clause_start and _thing_subject_before(masked, clause_start, v.start()))]
        # ("Asked whether …, Marco Rubio was careful:": the question, up to its comma, is put to the speaker; its
        # "Asked" is not the speaker's verb.)
        asked = _ASKED_OPENER.match(masked, clause_start)
        opens = asked.end() if asked and asked.end() < start else clause_start
        # ("Ms Mahoney expects support near $US85, but Mr Nguyen was less sure:": a lead-in ending on a colon opens
        # on the clause after its "but".)
        joined = [j for j in _CLAUSE_JOINS.finditer(masked, opens, start)] \
            if masked[opens:start].rstrip().endswith(":") and ", " in masked[opens:start] else []
        # (Only on a name with words of its own after it: "…, and I was in the room:" is the clause before's, and
        # "thanked the nurses, the porters, and Tom Reed:" ends a list of those thanked.)
        # ("…," he said, as Mr Gilroy shook his head and muttered: "…"': the name's own verb may stand before the colon.)
        if joined \
                and any((m.lead == joined[-1].end() or _ROLE_WORDS_ONLY.fullmatch(masked, joined[-1].end(), m.lead))
                        and not m.in_quote and re.search(r"\w", masked[m.end:start]) for m in para.mentions):
            opens = joined[-1].end()
        # (Where the lead-in's own clause opens on that name, its subject is looked for there: not "he" of `"…," he
        # said, as Mr Gilroy … muttered:`.)
        lead_in = opens if joined and opens == joined[-1].end() else clause_start
        verbs = [v for v in verbs if v.start() >= opens]
        # (A shout that is a speech verb itself, "roared", "yelled", after the reporting one: read from the report.)
        # (Not one a clause of its own brings in: `"…," Quinn told the crowd, before goalkeeper Sean Tully … roared:`.)
        shouted_last = len(verbs) > 1 and verbs[-1].group(0).lower() in _SHOUTS \
            and not _CLAUSE_OF_ITS_OWN.search(masked, verbs[-2].end(), verbs[-1].start())
        reporting = verbs[:-1] if shouted_last else verbs
        shout = _SHOUTED.search(masked, reporting[-1].end(), start) if reporting else None
        if shout:
            verbs = reporting
            # "Prosecutor Daniel Fitzhenry said Mulvaney got out of his ute … and screamed: "…"": the reported subject
            # did the shouting; the one reporting it spoke no such words.
            reported = next((m for m in para.mentions if not (m.in_quote or m.possessive)
                             and re.fullmatch(r"\s+(?:that\s+)?", masked[verbs[-1].end():m.lead])), None)
            if reported is not None and reported.end <= shout.start() and self._kind(reported.key) == "person":
                return self._speaker(reported.key, f"{{name}}, who {shout.group(1)} the words, as reported"), True
            pronoun = _SHOUTER_PRONOUN.match(masked, verbs[-1].end()) or _SHOUTER_AFTER_WHEN.match(masked, verbs[-1].end())
            own = pronoun or _SAID_NOTHING.match(masked, verbs[-1].end())
            if own is None or _SHOUTER_OTHER.search(masked, own.end(), shout.end()):
                # ("… said the crowd screamed: "…"", "said that when she opened the door a masked man screamed:",
                # "said officers burst in and yelled:": someone else's, no one named.)
                return None, True
            # ("Anna Pryce said she woke to smoke and screamed:", "… said nothing, then stood up and yelled:": the
            # sayer's own shout — theirs, unless the he/she can't be them.)
            found = self._before(para, clause_start, verbs[-1].start(), f"named before the quote ({shout.group(1)})")
            wanted = {"he": "m", "she": "f"}.get(pronoun.group(1).lower()) if pronoun else None
            if found is None or not found.slug or wanted and self.genders.get(
                    found.slug, self.name_genders.get(found.slug, wanted)) != wanted:
                return None, True
            return found, True
        if _PROMPTED_UNNAMED.search(masked, clause_start, start):
            # "MacPhee told residents the company was "…," prompting one man at the back of the hall to shout: "…"": the
            # words of someone the sentence does not name, made to answer.
            return None, True
        short = len(q.text.split()) <= SCARE_QUOTE_WORDS
        second_clause_of = []  # nearer verbs whose clause ended before an "and that" of the one before
        for verb in reversed(verbs):
            if verb is verbs[-1] and _AND_UNNAMED_BEFORE.search(masked, verb.end(), start):
                # ("A spokesperson for the department said Ireland was "…", and one EU official who has worked with her
                # described her as "…"": someone unnamed, the subject of a clause of its own past the verb — theirs.)
                return None, True
            if verb is verbs[-1]:
                # "UCC cox Ronan Barry called the win "…", while coach Emma Dineen played it down as "…"": a clause of
                # another's past the verb, by "while" or "whereas", is theirs — their words where they cast the thing
                # as the quote, else no one's that can be told; never the first verb's subject's.
                # (Not a clause set off inside the sentence, which goes on after it: "Tom Reed said, while his wife Ann
                # Lee stood beside him, that he was "…"".)
                other = next((m for m in para.mentions if verb.end() <= m.lead < start and not (m.in_quote or m.possessive)
                              and _WHILE_ANOTHER.search(masked, verb.end(), m.lead) and "," not in masked[m.end:start]
                              and self._kind(m.key) == "person"), None)
                if other is not None:
                    if _CAST_AS.fullmatch(masked, other.end, start):
                        return self._speaker(other.key, "{name}, who casts it as the quote in a clause of their own"), True
                    return None, True
            if verb.group(0).lower() in _ADD_FORMS and _ADDED_TO.match(masked, end) \
                    and not masked[verb.end():start].strip(" \u2588\"“‘'") and _own_subject(masked, clause_start, verb.start()) \
                    and not any(clause_start <= m.lead < verb.start() and not m.in_quote and self._kind(m.key) == "person"
                                and not _VERB.search(masked, m.end, verb.start()) for m in para.mentions):
                # "the diversion would add "at least 40 minutes" to some runs": a sum, not words added (but a person
                # set off with a role adds words: "Tom Reed, the chief executive, added "…" to his statement").
                continue
            if verb is not verbs[0] and _AND_THAT.search(masked, verb.end(), start) and (any(
                    _THAT_WORD.search(masked, outer.end(), verb.start()) for outer in verbs if outer.end() <= verb.start())
                    # (Or a verb that names a thing, which takes no that-clause: "Oduya said Brazos had cut costs under a
                    # program it calls "…," and that savings were "…"".)
                    or verb.group(0).lower() in _NAMING_VERBS
                    # (Or one that asks for a thing, the outer verb's clause past it: "Walker said the school had
                    # first asked for a permanent building in 2023 and that he had "…"".)
                    or verb.group(0).lower() in _REQUEST_VERBS and _ASKED_FOR.match(masked, verb.end())):
                # "The ministry said that both delegations had confirmed their attendance and that the meeting would
                # take place "…"": a second that-clause of the verb before; the nearer verb's clause ended.
                second_clause_of.append(verb)
                continue
            body = _REPORTED_BODY.match(masked, verbs[0].end(), verb.start()) if verb is not verbs[0] else None
            if body and ("\u2588" in masked[verbs[0].end():verb.start()] or verb.start() - body.end() > 80
                         or any(body.end() <= m.lead < verb.start() for m in para.mentions)
                         or not re.search(r"\b%s\b" % body.group(1), masked[_sentence_before(para, clause_start):verbs[0].start()],
                                          re.IGNORECASE)):
                # (The body must be the subject of the nearer verb — not "said the council was "…", but Ellie Shaw
                # replied" — and one the person was just said to speak for: "secretary of the Dockers Union", "who
                # has chaired the chamber"; "Ruiz said the ministry had called it "…"" stays the ministry's words.)
                body = None
            if body and not re.search(r"[,:]\s*$", masked[:start].replace("\u2588", "")):
                # "Tazi … said the union would insist on "…"", "She said … that the chamber had written … asking for
                # "…"": words worked into what a person reports of the body they speak for are the person's.
                outer = self._before(para, clause_start, verbs[0].start(), f"named before the quote ({verbs[0].group(0)})")
                if outer and outer.slug and self._kind(outer.slug) == "person":
                    return Speaker(outer.slug, outer.name, outer.how + f", reporting what 'the {body.group(1)}' did"), True
            if short and len(re.findall(r"\w+", masked[verb.end():start])) > 15:
                # A far-off verb makes two words a quotation only as the sentence's main clause:
                # `Ushakov said … had left this proposal "completely without comment".`
                if len(verbs) - len(second_clause_of) > 1 or len(re.findall(r"\w+", masked[clause_start:verb.start()])) > 8:
                    continue
            verb_seen = True
            if verb is verbs[-1] and _KIN_SAYS.search(masked, max(lead_in, verb.start() - 60), verb.start()) \
                    and masked[verb.end():start].strip(" \u2588\"“‘'").endswith(":"):
                # `The title, she explains, comes from something her grandmother used to say: "La sal no se pudre"`:
                # the relative's saying, someone the article does not name — not the words of the one explaining.
                return None, True
            owner = next((m for m in para.mentions if m.possessive and not m.in_quote and verb.end() <= m.start < start
                          and _SPEECH_NOUN_AFTER.match(masked, m.end) and self._kind(m.key) == "person"), None)
            if owner is not None and (
                    not _VERB.search(masked, owner.end, start) and masked[owner.end:start].rstrip().endswith(":")
                    # (A that-clause names no one else, and no one in it says or tells the words; no quote before
                    # them in it: "Mr Petherick's explanation that he had "simply forgotten" … was "not credible"" is
                    # the judge's word on it, past the clause's end.)
                    or _THAT_OPENS.match(masked, _SPEECH_NOUN_AFTER.match(masked, owner.end).end())
                    and not _TOLD_WORD.search(masked, owner.end, start) and "\u2588" not in masked[owner.end:start]
                    # (Nor past the clause's end, the subject going on: "rejected Ellery's claim that the adjudicator had
                    # been biased, describing it as "without any foundation"".)
                    and not _CLAUSE_ENDS.search(masked, owner.end, start)
                    # (The verb's object, right after it: "rejected Pellow's evidence that …" — not what someone says of
                    # it, "Judge Marsh said Pellow's denial that he had bullied staff was "absurd"", the judge's word.)
                    and not masked[verb.end():owner.lead].strip() and verb.group(0).lower() not in _SAYS_OF_IT
                    and not any(owner.end < m.lead < start and not m.in_quote for m in para.mentions)):
                # "Rutte said Zelensky's message to allies was clear: "…"": the words are the message's owner's; so
                # with "The tribunal rejected Pellow's evidence that his remarks were "…"".
                return self._speaker(owner.key, f"{{name}}'s {_SPEECH_NOUN_AFTER.match(masked, owner.end).group(1)}, "
                                                f"as the sentence says"), True
            heard = _HEARD_FROM.search(masked, verb.end(), start) if masked[clause_start:start].rstrip(
                " \u2588\"“‘'").endswith(":") else None
            if heard:
                # "Sørlie recalls a line she heard from a Finnish diplomat: "…"": the words are the one they were heard
                # from — a person the article names there, else no one that can be told.
                source = self._mention_at(para, heard.end())
                return (self._speaker(source.key, "{name}, whom the words were heard from")
                        if source and not source.possessive and self._kind(source.key) == "person" else None), True
            if masked[clause_start:start].rstrip(" \u2588\"“‘'").endswith(":"):
                # "Natarajan replied that …, prompting Mr Hughes to rise again: "…"": a person named between the verb
                # and the colon is the one the words after the colon are given to, when the sentence has them rise
                # to speak; any other person there leaves whose words they are untold.
                # (Not whom the verb tells, "Judge Adeyemi told Lockwood: "…"": only a person past a new clause's comma.)
                between = next((m for m in reversed(para.mentions) if not m.in_quote and not m.possessive
                                and verb.end() <= m.lead and m.end < start
                                and ("," in masked[verb.end():m.lead] or _PROMPTING_BEFORE.search(masked, verb.end(), m.lead))
                                and self._kind(m.key) == "person"), None)
                if between is not None:
                    if _PROMPTED_TO.match(masked, between.end):
                        return self._speaker(between.key, "{name}, set to speak right before the colon"), True
                    return None, True
            if verb.group(0).lower() == "told" and _PASSIVE_BEFORE_VERB.search(masked, max(clause_start, verb.start() - 12),
                                                                               verb.start()) \
                    and _TOLD_BY_TO.fullmatch(masked, verb.end(), start):
                # ("… and was told each time by a shift supervisor to "crack on"": the one told is the sentence's
                # subject, and the words are the teller's — unless a verb before says whose account it is: "Mokoena
                # testified that she had been told … to "…"", "The office said collectors had been told to "…"".)
                continue
            found = self._before(para, lead_in, verb.start(), f"named before the quote ({verb.group(0)})")
            if found:
                return found, True
            if masked[clause_start:verb.start()].lstrip(" \u2588").startswith("The "):
                found = self._role_named_next(para, verb.start(), masked[clause_start:verb.start()])
                if found:
                    return found, True
            issued = _ISSUED_SAYING.search(masked, clause_start, verb.start()) if verb.group(0).endswith("ing") else None
            if issued:
                # "The Kremlin issued a statement saying Russia "…"": the statement's words are who issued it.
                found = self._before(para, lead_in, issued.start(), f"named before the quote ({issued.group(1)} a … "
                                                                     f"{verb.group(0)})")
                # (Only the issuer who is the subject, its name opening it: not "Critics of Mr Hollis", "Lawyers for
                # Sir Alan", "A lawyer for his killer, Tom Jones," issuing it.)
                if found and found.name and _opens_on_name(masked[lead_in:issued.start()], found.name):
                    return found, True
            # (A thing announced is no one told: "The Swiss foreign ministry said a venue would be announced "in the
            # coming days."" — the words of the one who said so.)
            told_it = _PASSIVE_BEFORE_VERB.search(masked, max(clause_start, verb.start() - 12), verb.start()) \
                and re.fullmatch(r"\s*(?:that\s*)?[\"“‘']?\s*", masked[verb.end():start]) \
                and not (verb.group(0).lower() in ("announced", "confirmed", "estimated") and verb is not verbs[0])
            absolute = _WITH_BODY_DOING.search(masked, max(clause_start, verb.start() - 80), verb.start()) \
                if verb.group(0).endswith("ing") else None
            found = org_phrase(masked[absolute.end():verb.start()]) if absolute else None
            if found and found[1] == "organization":
                # ("…, with Hungary's foreign ministry warning that new measures would "…"": a body doing the speaking
                # in an absolute phrase, as a person named there does.)
                speaker = self._group(para, absolute.end(), verb.start(), f"named before the quote (with … {verb.group(0)})")
                if speaker is not None and speaker.slug:
                    return speaker, True
            if told_it or _own_subject(masked, clause_start, verb.start()) or _AND_NAMED_BEFORE.search(
                    masked, max(clause_start, verb.start() - 60), verb.start()):
                # ("they had been told "…"": the words of whoever told them, unnamed; "nobody would be asked to leave
                # "…"" puts other words between: the passive does not govern the quote, the verb before it does.)
                # "He said visitors had asked him, '…'", "Smith said …, and John Pryce called it '…'": the nearer
                # verb's subject spoke (whoever they are), not the first verb's
                break
        # A report's findings are its author's words: "A report by the Commons Defence Committee, published in July,
        # found that the Army could hold out for "no more than six months"" (a person who found something said nothing).
        finding = _FINDING.search(masked, clause_start, start) if not verbs else None
        if finding and DOCUMENT_SUBJECT.match(masked, clause_start, finding.start()):
            found = self._document_author(para, finding.start(), "a report by {name}, which found it")
            if found:
                return found, True
        court = _COURT_FINDING.match(masked, clause_start, start) if not verbs else None
        if court:
            # "The court found that the city had shown "a real and serious link"": a ruling's words are the court's,
            # the one the article named before.
            found = self._anaphor(court.group(1).lower(), para, clause_start, far=True)
            if found and found.slug:
                return Speaker(found.slug, found.name, "a court's finding → " + found.how), True
        if finding and _JUDGE_NAMED_BEFORE.search(masked, clause_start, finding.start()):
            # "Employment Judge Rachel Amos found that the incident was "a convenient pretext"": a judgment's words are
            # the judge's.
            found = self._before(para, clause_start, finding.start(), "a judge's finding → {name}")
            if found and found.slug and self._kind(found.slug) == "person":
                return found, True
        # 3. At the end of its sentence: ", Rubio said."
        if _UNNAMED_SPEAKS_RIGHT_BEFORE.search(masked, clause_start, start):
            # ("when a heckler shouted "…", Tāwhai shot back: "…"": words someone unnamed says right before them, not
            # the one named after.)
            return None, True
        # ("When Ms Brennan interrupted to insist that "…", Mr Mulvey shot back:": words inside a clause a "when" opens,
        # whose own subject is named, are not the main clause's speaker's.)
        # (Not "As Priya Natarajan … put it in evidence: "…"", the words a colon gives her; only words a main clause
        # follows, after a comma.)
        opened = _WHEN_SOMEONE.match(masked, s_start, start) if not masked[s_start:start].rstrip().endswith(":") \
            and _MAIN_CLAUSE_AFTER.match(masked, end) else None
        if opened is not None and any(opened.start(1) <= m.lead < opened.end(1) and not m.in_quote for m in para.mentions):
            return None, True
        for verb in _VERB.finditer(masked, end, s_end):
            comma = masked.rfind(",", end, verb.start())
            if comma < 0:
                continue
            if _VIEW_ASIDE.match(masked[end:verb.start()]):
                # `called the book "beautifully made but airless", a line Brennock says she has stuck to the fridge`: an
                # aside about the words (as in _after), not who said them.
                continue
            who_said = _WHO_SAID.search(masked, s_start, start) if not masked[comma + 1:verb.start()].strip() \
                and _REPORTED_CLAUSE.match(masked, verb.end()) else None
            if who_said and _CLAUSE_CLOSED_THEN_SAID.search(masked, who_said.end(), start):
                # (Not where the who-clause closed and the subject's own verb came before the words: "A nurse …, who
                # asked not to be named, said the system had been "…", while Carys Lloyd … said" — the nurse's.)
                who_said = None
            if who_said:
                # The quote sits in the subject's relative clause ("X, who had written …"…", said that …"):
                # the subject before the quote said it.
                found = self._before(para, s_start, verb.start(), f"the subject of the sentence ({verb.group(0)})")
                if found:
                    return found, True
                continue
            if _AUX_ONLY.fullmatch(masked, comma + 1, verb.start()):
                # `"…" as part of a force, the Defence Secretary, Callum Reid, has said`: the name the commas set
                # off after its role.
                named = self._apposed_name_ending(para, end, comma)
                if named:
                    return self._speaker(named, f"named at the end of the sentence ({verb.group(0)}) → {{name}}"), True
            if _NEXT_CLAUSE.match(masked, comma + 1) or NEW_CLAUSE.match(masked, comma + 1):
                # `"in the coming days", and that Putin had described …`, `"…", although officials in Paris concede
                # …`: another clause, with its own words
                continue
            if _AND_BUT.match(masked, comma + 1) and masked[s_start:start].strip(" \u2588"):
                # `The Literary Review called it "a quietly devastating book", and the novelist Colm Baird wrote …`:
                # a clause of its own after the quote, whose subject speaks there, not here.
                continue
            if _PASSIVE_BEFORE_VERB.search(masked, max(comma, verb.start() - 12), verb.start()) \
                    or _VERB.search(masked, comma + 1, verb.start()):
                continue  # `"…", but people close to him said he was told`: a passive, inside what others said
            found = self._before(para, comma + 1, verb.start(), f"named at the end of the sentence ({verb.group(0)})")
            if found:
                return found, True
        # 4. "according to X"; "X's statements that …".
        sentence = masked[s_start:s_end]
        # ("One judge at the event told the team that Gus had "…", according to Brooks": someone unnamed said it; the
        # one named after the quote only tells of it.)
        unnamed = _SOMEONE_UNNAMED_OPENS.match(masked, s_start)
        told = unnamed is not None and lx.SPEECH_VERB_RE.search(masked, unnamed.end(), start) is not None
        # ("State news agencies quoted the Kremlin as saying the measures were "illegal and pointless"": the one quoted
        # speaks, not those quoting them; the words after "as saying", in its sentence.)
        relayed = _QUOTED_AS_SAYING.search(masked, s_start, start) if "as saying" in sentence else None
        if relayed is not None:
            mention = next((m for m in para.mentions if m.end == relayed.start(1) and not (m.in_quote or m.possessive)
                            and s_start <= m.lead and _QUOTED_BEFORE.search(masked, max(s_start, m.lead - 20), m.lead)),
                           None)
            if mention is not None:
                return self._speaker(mention.key, "quoted as saying → {name}"), True
        for m in re.finditer(r"\b(?:according to|in the words of)\s+", sentence, re.IGNORECASE):
            if told and s_start + m.start() > start:
                continue
            mention = self._mention_at(para, s_start + m.end())
            if mention:
                # ("According to Harbourline Commodities senior analyst Priya Raman, …": the one whose post there the
                # words before the name tell.)
                holder = next((n for n in para.mentions if n.lead > mention.end and not n.in_quote), None)
                post = _POST_BEFORE_NAME.fullmatch(masked, mention.end, holder.lead) if holder is not None else None
                # (Not two people: "According to Tom Reed the chief executive Ann Lee …", "According to Dr Ann Lee
                # and consultant surgeon Tom Reed": a person's name, or a word joining another, before the post.)
                if post and post.group(1) in lx.ROLE_NOUNS and holder.key != mention.key \
                        and self._kind(holder.key) == "person" and not _JOINS_ANOTHER.search(post.group(0)) \
                        and masked[mention.lead:mention.end].split()[0].lower().strip(".") not in lx.FIRST_NAMES | lx.TITLE_WORDS:
                    return self._speaker(holder.key, "'according to' {name}, whose post at the body before is named"), True
                return self._speaker(mention.key, "'according to' {name}"), True
            issued = STATEMENT_FROM.match(sentence, m.end())
            if issued and any(w.lower() in lx.ORG_WORDS for w in issued.group(1).split()):
                # "According to a statement from the Office of Management and Budget, …": who issued it.
                return self._org_named(issued.group(1), "'according to' a statement from {name}"), True
            named_document = _BODYS_DOCUMENT.match(sentence, m.end())
            if named_document and any(w.lower() in lx.ORG_HEADS for w in named_document.group(1).split()):
                # "in the words of a Saltmarsh District Council report at the time, "…"": the body whose report it is.
                return self._org_named(named_document.group(1), "'according to' a document of {name}"), True
            comma = sentence.find(",", m.end())
            by = self._group(para, s_start + m.end(), s_start + comma, "'according to' …") if comma > m.end() else None
            if by and by.slug:
                return by, True  # "According to a spokesperson for Thames Water, the leak was "contained""
            # `"…," according to an internal memo`: attributed, to no one named, so it continues no one.
            verb_seen |= len(q.text.split()) > SCARE_QUOTE_WORDS
        for m in para.mentions:
            if m.possessive and not m.in_quote and s_start <= m.start < start:
                after = masked[m.end:start]
                words = re.findall(r"[A-Za-z]+", after)
                # (Not past a participle of the sentence's subject: "rejected Ellery's claim that …, describing it as
                # "without any foundation"" is the judge's word on it.)
                if re.match(r"^\s*['’]s\b", after) and any(w.lower() in _WORDS_NOUNS for w in words[:4]) \
                        and not _PARTICIPLE_GOES_ON.search(after):
                    return self._speaker(m.key, "{name}'s words, as the sentence says"), True
        # "Her message was simple: …": his/her words, statement, message.
        m = re.search(r"\b([Hh]is|[Hh]er)\s+(\w+)\b[^.;]{0,40}:\s*$", masked[clause_start:start])
        if m and m.group(2).lower() in _WORDS_NOUNS:
            slug = self._antecedent(para.index, clause_start + m.start(), "m" if m.group(1).lower() == "his" else "f")
            if slug:
                return self._speaker(slug, f"'{m.group(1).lower()} {m.group(2)}' → {{name}}, the last person named as a subject"), True
        lead_in = masked[clause_start:start].rstrip()
        intro_nouns = _INTRO_NOUNS & {w.lower() for w in re.findall(r"[A-Za-z]+", lead_in)} if lead_in.endswith(":") else ()
        # ("a message from her son:" is the son's — past the noun only: "Near the end of the episode, Raman put the same
        # question to each guest:" is Raman's.)
        noun_at = max((m.start() for m in re.finditer(r"[A-Za-z]+", lead_in) if m.group(0).lower() in intro_nouns),
                      default=0) if intro_nouns else 0
        if (intro_nouns and not verbs
                and not re.search(r"\b(?:from|by|of)\s", lead_in[noun_at:])):
            # `He opened with a line …: "…"`, `The final line: "…"`: the quote is the words of whoever
            # the sentence is about, or of the one person the sentence before is about.
            if intro_nouns <= _ONLY_OF_THE_SENTENCE:
                # (Of the clause the colon ends: "Tom Hale voted yes, but the bill includes a caveat:" is the bill's.)
                joins = [m.end() for m in _CLAUSE_JOINED.finditer(masked, clause_start, start)]
                found = self._sentence_subject(para, joins[-1] if joins else clause_start, start,
                                               "introduces the quote (… :)")
                found = found if found and found.slug and self._kind(found.slug) == "person" else None
            else:
                found = self._sentence_subject(para, clause_start, start, "introduces the quote (… :)")
                found = found or self.intro_subject(para, s_start)
            if found:
                return found, True
        if lead_in.endswith(":"):
            # `A letter framed behind the counter, written by Stanisław to his brother …, reads: "…"`: whoever wrote
            # the words the sentence gives.
            writer = next((m for m in para.mentions if s_start <= m.lead < start and not (m.in_quote or m.possessive)
                           and _WRITTEN_BY.search(masked, max(s_start, m.lead - 24), m.lead)
                           and self._kind(m.key) == "person"), None)
            if writer is not None:
                return self._speaker(writer.key, "{name}, who wrote the words (written by …)"), True
        # (Past a body whose role the person holds: "the EU's foreign policy chief, Kaja Kallas, was blunt:".)
        subject = next((m for m in para.mentions if opens <= m.lead < start and not m.in_quote and not (
            m.possessive and self._kind(m.key) != "person")), None) if lead_in.endswith(":") and not verbs else None
        if subject is not None:
            # "One supporter wrapped in a Falcons scarf summed up the mood:": someone unnamed opens the sentence; a name
            # after them, in what they wear or where they are from, is not who speaks (set off after them, "A
            # supporter, Jane Doherty, …", it is their name).
            unnamed = _UNNAMED_SUBJECT.match(masked, opens, start) or _UNNAMED_AGENT.match(masked, opens, start)
            # (Nor between "one" and the noun: "one Stingrays fan draped in a club flag summed up the mood:" says whose
            # fan.)
            if unnamed and unnamed.group(1).lower() in _INDEFINITE and unnamed.start(1) <= subject.lead \
                    and (_NAME_IN_WHAT_THEY_WEAR.search(masked, unnamed.end(), subject.lead) or _whose(unnamed, subject)):
                subject = None
        # (Past the person's name and titles: "Secretary of State Marco Rubio was blunt:" is his, "… a message from her
        # son:" the son's.)
        if subject is not None and not (subject.possessive or subject.after_preposition) \
                and self._kind(subject.key) == "person":
            # `Its leader, Councillor Dave Okafor, put it bluntly: "…"`: a person and a few words of how they
            # spoke, then a colon: their words.
            # (Past a role set off after the name: "Ruth Halloran, a statistician at the University of Bristol, was
            # more cautious: "…"".)
            # (Or past a clause about them set off: "Delaney, whose side face a semi-final on Tuesday, grinned:".)
            apposed = _APPOSED_ROLE.match(masked, subject.end, start) or _WHO_CLAUSE_SET_OFF.match(masked, subject.end, start)
            after = apposed.end() if apposed else subject.end
            plain = not re.search(r"\b(?:from|by|of)\s", masked[after:start])
            if (plain and (len(re.findall(r"[A-Za-z]+", masked[after:start])) <= _COLON_WORDS
                           or _WHERE_SPOKEN.fullmatch(masked, subject.end, start)
                           and not any(subject.end <= m.lead < start for m in para.mentions))
                    or self._spoke_before_colon(para, subject, start)):
                return self._speaker(subject.key, "{name}, the subject of the sentence it ends (… :)"), True
        pronoun = _PRONOUN_OPENS.match(masked, opens, start) if subject is None and lead_in.endswith(":") and not verbs \
            else None
        if pronoun:
            # `She was blunt about the timing: "…"`: a he/she and a few words of how they spoke, then a colon.
            between = masked[pronoun.end():start]
            if len(re.findall(r"[A-Za-z]+", between)) <= _COLON_WORDS or _SPOKE_HOW.search(between) \
                    and len(between.split()) <= _COLON_SPOKE_WORDS and not _OTHERS_WORDS.search(between):
                word = pronoun.group(1).lower()
                slug = self._antecedent(para.index, pronoun.start(1), "m" if word == "he" else "f")
                if slug:
                    return self._speaker(slug, f"'{word}' → {{name}}, the subject of the sentence it ends (… :)"), True
        if subject is None and not verbs and lead_in.endswith(","):
            # `Mr. Mehrotra offered, "We will pay everyone in full."`: a name opening the sentence, one verb of its own
            # and a comma before the words: theirs, whatever the verb (offered, ventured, shrugged).
            named = next((m for m in para.mentions if opens <= m.lead < start and not m.in_quote), None)
            if named is not None and not (named.possessive or named.after_preposition) and not masked[opens:named.lead].strip() \
                    and _ONE_VERB_THEN_COMMA.fullmatch(masked, named.end, start) and self._kind(named.key) == "person":
                return self._speaker(named.key, "{name}, the subject of a verb of their own right before the words (…,)"), True
        if subject is None and not verbs and lead_in.endswith(("rued", "lamented", "bemoaned", "decried")):
            # `Warriors captain Mohammed Irfan Baig rued "two or three soft dismissals"`: what the subject regrets, in
            # their words, right after the verb. (Not a verb of saying further on: "rued the decision, which the league
            # described as "…"" is the league's.)
            named = next((m for m in reversed(para.mentions) if opens <= m.lead < start and not m.in_quote), None)
            if named is not None and not (named.possessive or named.after_preposition) \
                    and _SET_OFF_ROLE_THEN_RUED.fullmatch(masked, named.end, start) and self._kind(named.key) == "person" \
                    and _TEAM_AND_ROLE_BEFORE.fullmatch(masked, opens, named.lead):
                return self._speaker(named.key, "{name}, who rued the words right after the verb"), True
        more = _MORE_FROM.fullmatch(masked, opens, start) if not verbs and lead_in.endswith(":") else None
        if more:
            # `A bit more from Doyle on the steps: "…"`: a live page's further words of someone, "more from" them and a
            # colon. (One person named there, no one else: not "More from the talks between Rubio and Lavrov:".)
            named = [m for m in para.mentions if more.start("who") <= m.lead < more.end("who") and not m.in_quote]
            if len(named) == 1 and self._kind(named[0].key) == "person" and named[0].end == more.end("who") \
                    and _TITLES_ONLY.fullmatch(masked, more.start("who"), named[0].lead):
                return self._speaker(named[0].key, "{name}, whose words 'more from …:' brings in"), True
        to_self = _TO_ONESELF.fullmatch(masked, opens, start) if subject is None and not verbs else None
        if to_self:
            # `MacRae points them out without a word. Then, almost to himself: "…"`: whom the himself/herself means.
            word = to_self.group(1).lower()
            slug = self._antecedent(para.index, opens, "m" if word == "him" else "f")
            if slug:
                return self._speaker(slug, f"'to {word}self' → {{name}}, the last person named as a subject"), True
        return None, verb_seen

    def _last_sentence_before(self, para: _Paragraph, start: int) -> Optional[tuple[_Paragraph, int, int]]:
        """The sentence right before the one opening at `start`: in its paragraph (see _sentence_before), or closing the
        one before when that sentence opens its own — (paragraph, its start, its end), or None."""
        if para.masked[:start].strip():
            return para, _sentence_before(para, start), start
        if para.index - 1 not in self.texts:
            return None
        before = self.paragraph(para.index - 1)
        stop = len(before.masked.rstrip())
        return before, before.sentence_at(max(0, stop - 1))[0], stop

    def _asked_just_before(self, para: _Paragraph, clause_start: int, slug: str) -> bool:
        """Whether the sentence right before the words has `slug` asking someone: "Paul Murphy asked Micheál Martin
        whether …", "Host Claire Byrne pressed the minister on …"."""
        found = self._last_sentence_before(para, para.sentence_at(max(0, clause_start - 1))[0])
        if found is None:
            return False
        where, opens, stop = found
        return any(m.key == slug and not m.in_quote and opens <= m.lead < stop and _ASKS_AFTER.match(where.masked, m.end)
                   for m in where.mentions)

    def _spoke_before_colon(self, para: _Paragraph, subject: "Mention", start: int) -> bool:
        """`Kallas was blunt when she addressed the European Parliament last month: "…"`, `Marco Rubio put it plainly
        to reporters in Geneva: "…"`: between the person and the colon, how or where they spoke — a word of manner or
        address — and no other person, nor anyone's words quoted, read out or recalled."""
        between = para.masked[subject.end:start]
        # (Not "from" before a place: "Reader Mary Feeney has sent us this from Salthill in Galway:", where "a message
        # from her son" or "from Putin" brings in someone else's words.)
        others = [m for m in _OTHERS_WORDS.finditer(between) if not (
            m.group(0) == "from" and (place := _PLACE_AFTER.match(between, m.end()))
            and not any(m2.lead == subject.end + place.start(1) for m2 in para.mentions))]
        if len(between.split()) > _COLON_SPOKE_WORDS or not _SPOKE_HOW.search(between) or others:
            return False
        return not any(subject.end <= m.lead < start and not m.in_quote and self._kind(m.key) == "person"
                       for m in para.mentions)

    def _inverted_before(self, para: _Paragraph, clause_start: int, start: int) -> Optional[Speaker]:
        """`"We have candles," said Ann Lee, 71, who lives on the 14th floor, "but the lift is broken."`: the words after
        an inverted `said <person>` and an aside too long to make one quote of the two are that person's — when the
        sentence opens on the first quote and the aside names no one else and reports no one's words."""
        masked = para.masked
        if masked.find("\u2588", clause_start, start) < 0:
            return None  # (most quotes: no quotation before them in their sentence)
        verb = _VERB.search(masked, clause_start, start)
        if verb is None or not verb.group(0).islower() or masked[clause_start:verb.start()].strip(" ,\u2588\"“”"):
            return None
        if "\u2588" not in masked[clause_start:verb.start()]:
            return None
        mention = self._mention_at(para, verb.end())
        if mention is None or mention.possessive or self._kind(mention.key) != "person":
            return None
        aside = masked[mention.end:start]
        if not aside.rstrip(" \"“”").endswith(",") or _VERB.search(aside) or "\u2588" in aside or any(
                mention.end <= m.lead < start for m in para.mentions):
            return None
        return self._speaker(mention.key, "named before the quote, after its first part (said {name}, …,)")

    def _named_past_aside(self, para: _Paragraph, s_start: int, start: int, end: int, s_end: int) -> Optional[Speaker]:
        """`Exports were "holding up remarkably well", because buyers …, said Lena Hartmann, an analyst`: a clause set
        off by commas between the quote and an inverted `said <name>` is the speaker's own sentence going on, when
        nothing before the quote or in the clause names anyone or reports anyone's words."""
        masked = para.masked
        verb = _VERB.search(masked, end, s_end)
        if verb is None or not verb.group(0).islower() or not _ASIDE_BEFORE_VERB.fullmatch(masked, end, verb.start()):
            return None
        if (_VERB.search(masked, s_start, start) or "according" in masked[end:verb.start()]
                or any(s_start <= m.lead < verb.start() and not m.in_quote for m in para.mentions)):
            return None  # (`Exports were "holding up", as Dmitry Peskov put it, said …`: whose words cannot be told)
        mention = self._mention_at(para, verb.end())
        if mention is None or mention.possessive:
            return None
        return self._speaker(mention.key, f"named after the quote and a clause set off by commas ({verb.group(0)} {{name}})")

    def group_they(self, para: _Paragraph, q: _Quote) -> Optional[Speaker]:
        """`Analysts at Jefferies cut their target. "…," they wrote`: "they" after a quote, when the sentence right before
        opens on a group of a body's people (analysts, economists, …), speaks for that body."""
        if not _THEY_AFTER.match(para.masked, q.spans[-1].end):
            return None
        if para.sentence_at(q.spans[0].start)[0] == 0:
            return None
        before = _sentence_before(para, q.spans[0].start)
        group, name = _group_opening(para.masked, before)
        if name:
            return self._org_named(name, f"'they' → {group.group(1).lower()} at {{name}}, the sentence before")
        # `Sam Ridley, who chairs the action group, said residents had been "strung along". "…," they said`: one
        # person, opening the sentence before and quoted there, whom the article has given no he or she (a first name
        # may tell one, and the article say otherwise) — a singular they.
        opener = next((m for m in para.mentions if m.lead >= before and not m.in_quote), None)
        if opener is not None and not para.masked[before:opener.lead].strip() and not opener.possessive \
                and self._kind(opener.key) == "person" and self.last_spoke == (para.index, opener.key) \
                and opener.key not in self.genders:
            return self._speaker(opener.key, "'they' → {name}, who opens the sentence before and was quoted there")
        return None

    def asked_by(self, para: _Paragraph, start: int) -> Optional[Speaker]:
        """`Pressed by presenter Claire Dunmore – "Are European governments ready …?" – Mr Tamm said …`: the question
        set off right after "pressed by", "asked by" and the one who asked is theirs, not the answering subject's."""
        gap = _SET_OFF_BEFORE_QUOTE.search(para.masked, max(0, start - 4), start)
        if gap is None:
            return None
        for m in para.mentions:
            # (The asker's firm or outlet may follow the name: "Asked by Priya Raman of Halden Capital, "…?"".)
            if (m.end == gap.start() or _ASKER_OF.fullmatch(para.masked, m.end, gap.start())) and not m.in_quote \
                    and not m.possessive and self._kind(m.key) == "person" \
                    and _ASKED_BY.search(para.masked, max(0, m.lead - 60), m.lead):
                return self._speaker(m.key, "{name}, who put the question set off after 'asked by'")
        unnamed = _ASKED_BY_SOMEONE.search(para.masked, max(0, gap.start() - 60), gap.start())
        if unnamed is not None:
            # ("Asked by a reporter, "Will you resign?", Reed said: …": a question of someone unnamed, not the answer's.)
            return Speaker("", unnamed.group(1), f"an unnamed asker's question set off after '{unnamed.group(0).strip()}'")
        return None

    def colon_opener(self, para: _Paragraph, s_start: int, quote_at: int) -> Optional[Speaker]:
        """The one person a sentence ending on a colon before the quote opens on, named first or set off by commas
        after a role ("Ukraine's ambassador to the Netherlands, Olena Dovzhenko, welcomed the remarks:", "Her husband,
        the composer Ben Lowry, is less diplomatic:"); None when no such lead-in, or a pronoun opens it ("He thanked
        Smith:")."""
        lead_in = para.masked[s_start:quote_at].rstrip()
        if not lead_in.endswith(":") or _PRONOUN_LEADS.match(lead_in):
            return None
        named = [m for m in para.mentions if s_start <= m.lead < quote_at and not m.in_quote]
        persons = [m for m in named if not (m.possessive or m.after_preposition) and self._kind(m.key) == "person"]
        if not persons:
            return self._body_opens_colon(para, s_start, quote_at, named)
        if len(persons) != 1:
            return None
        m = persons[0]
        # (Or after what they are to someone, no commas: "Her teammate Chloé Marchetti was blunter:".)
        opens = not para.masked[s_start:m.lead].strip() or (para.masked[:m.lead].rstrip().endswith(",")
                                                             and para.masked[m.end:m.end + 1] == ",") \
            or _OWNED_ROLE_OPENS.fullmatch(para.masked, s_start, m.lead) is not None
        return self._speaker(m.key, "{name}, whom the sentence before the colon opens on") if opens else None

    def note_from(self, para: _Paragraph, quote_at: int) -> Optional[Speaker]:
        """"A quick note from our Europe correspondent, Sam Whitlock, who is outside the venue: "…"": the words after the
        colon are the note's, from the one person it is from ("note" read as a verb leaves the sentence no subject)."""
        s_start = para.sentence_at(quote_at)[0]
        if not para.masked[s_start:quote_at].rstrip().endswith(":"):
            return None
        note = _NOTE_FROM.match(para.masked, s_start, quote_at)
        named = [m for m in para.mentions if s_start <= m.lead < quote_at and not m.in_quote] if note else []
        persons = [m for m in named if not m.possessive and self._kind(m.key) == "person"]
        if len(persons) != 1 or not _ROLE_SET_OFF.fullmatch(para.masked, note.end(), persons[0].lead):
            return None
        return self._speaker(persons[0].key, "{name}, whom the note before the colon is from")

    def _body_opens_colon(self, para: _Paragraph, s_start: int, quote_at: int, named: list) -> Optional[Speaker]:
        """`"…," Reed said. A few minutes later, the Kremlin was blunter: "…"`, `Russia's foreign ministry went further:
        "…"`: a body the sentence opens on (past a short phrase of when), naming no person, introduces the words after
        its colon — not the speaker before."""
        when = _WHEN_OPENS.match(para.masked, s_start, quote_at)
        start = when.end() if when else s_start
        # (Then a verb of its speaking, or of its tone, right after it: not "Russia's foreign ministry was her next
        # target:", "The Kremlin came in for particular criticism:", "The Kremlin spokesman was blunter:".)
        bodies = [m for m in named if not (m.possessive or m.after_preposition) and self._kind(m.key) == "organization"]
        if len(bodies) == 1 and _THE_OPENS.fullmatch(para.masked, start, bodies[0].lead) \
                and _BODY_TONE_TAIL.fullmatch(para.masked, bodies[0].end, quote_at):
            return self._speaker(bodies[0].key, "{name}, the body the sentence before the colon opens on")
        owned = _OWNERS_BODY_OPENS.match(para.masked, start, quote_at) if not bodies else None
        if owned and _BODY_TONE_TAIL.fullmatch(para.masked, owned.end(1), quote_at):
            return self._org_named(owned.group(1), "{name}, the body the sentence before the colon opens on")
        seat = SEAT_OPENS.match(para.masked, start, quote_at) if not bodies else None
        if seat and _BODY_TONE_TAIL.fullmatch(para.masked, seat.end(1), quote_at):
            # ("the Kremlin was blunter:": the office its seat stands for)
            return self._org_named(seat_name(seat.group(1)), "{name}, the office the sentence before the colon opens on")
        return None

    def intro_subject(self, para: _Paragraph, s_start: int) -> Optional[Speaker]:
        """The one person the sentence before `s_start` is about, when it starts with them and quotes no one
        ("Van der Linde was less diplomatic.", "Okonkwo-Reid has wrapped up.")."""
        before = [(a, b) for a, b in para.sentences if b <= s_start]
        if not before:
            return None
        a, b = before[-1]
        text = para.masked[a:b]
        named = [m for m in para.mentions if a <= m.lead < b and not m.in_quote]
        pronoun = (_PRONOUN_ACTS.fullmatch(text) or _PRONOUN_IS.fullmatch(text) or _PRONOUN_PUT_IT.fullmatch(text)) \
            if not named else None
        if pronoun:
            # `She laughs. "Completely. …"`: a pronoun doing something wordless, then the quote: the person it means.
            slug = self._antecedent(para.index, a, "m" if pronoun.group(1) == "He" else "f")
            return self._speaker(slug, f"'{pronoun.group(1).lower()}' → {{name}}, the subject of the sentence before it") if slug else None
        if not named and "\u2588" not in text:
            # `Asked whether …, the minister didn't hesitate. "Absolutely."`: a role the article gave one person, the
            # sentence's subject, doing something wordless.
            role = _ROLE_DOES.fullmatch(text)
            if role and not _VERB.search(text, role.end(1)):
                return self._role(role.group(1), "the " + role.group(1), (para, a)) \
                    or self._role_nearby(para, a, role.group(1))
            return None
        # (A possessive before the one named is whose role they hold: "Tamihana's coach, Dan Whitaker, has worked …".)
        subjects = [m for m in named if not m.possessive]
        if "\u2588" in text or len(subjects) != 1 or self._kind(subjects[0].key) != "person" \
                or any(m.lead > subjects[0].lead for m in named if m.possessive):
            return None
        m = subjects[0]
        if _VERB.search(para.masked, m.lead, b) or m.after_preposition:
            return None
        # The sentence starts with them, or with an opening phrase ("Asked whether …, Milan laughed"), or with their role
        # set off before them ("His mother, Bernadette Ruane, spoke briefly to reporters.").
        role_first = _ROLE_SET_OFF.fullmatch(para.masked, a, m.lead) is not None and _SPEAKS_OR_GOES_ON.match(para.masked, m.end)
        # (A team or body and a role before the name only where the sentence says how they spoke: "Chiefs captain Rawiri
        # Tapsell was blunt." — not "Labour leader Keir Starmer was heckled by a pensioner.")
        if not (_LEAD_IN.fullmatch(para.masked, a, m.lead) or role_first
                or _body_role_before(para.masked, a, m.lead) and _SPOKE_SO.match(para.masked, m.end + 1, b) or
                (para.masked[a:m.lead].rstrip().endswith(",") and _verb_follows(para.masked, m.end))):
            return None
        return self._speaker(m.key, "{name}, the subject of the sentence before it")

    def named_next(self, para: _Paragraph, s_end: int, same_paragraph: bool = True) -> Optional[Speaker]:
        """Whose words a quote standing alone as a sentence is, when the next sentence says so: `"…" That was the
        verdict of Chen Jiahui, an analyst`, `"…" So says Maryam Haddad`, `"…" Those were the first words of the
        closing argument delivered on Monday by Daniel Weiss`, `"…" She says it without bitterness` (also for a
        paragraph that is all quotation, from the next paragraph's first sentence: not `same_paragraph`)."""
        masked = para.masked
        m = _WHOSE_WORDS_NEXT.match(masked, s_end)
        if m is None:
            beat = self._beat_after(para, s_end) if same_paragraph else None
            return beat or self._named_next_as_subject(para, s_end, same_paragraph)
        if m.group("pronoun"):
            word = m.group("pronoun").lower()
            slug = self._antecedent(para.index, m.start("pronoun"), "m" if word == "he" else "f")
            return self._speaker(slug, f"'{word} says it' → {{name}}, the last person named as a subject") if slug else None
        at = m.end()
        mention = self._mention_at(para, at)
        if m.group("that"):
            if mention is None or mention.possessive or self._kind(mention.key) != "person" \
                    or not _SPEAKING_AFTER.match(masked, mention.end):
                return None
            return self._speaker(mention.key, "'That was' {name}, speaking, in the next sentence")
        if mention is None:
            by = _DELIVERED_BY.match(masked, at)
            mention = self._mention_at(para, by.end()) if by else None
            described = _DESCRIBED_THEN_NAMED.match(masked, at) if mention is None else None
            if described:
                # (Set off as the role's holder, closed by a comma or the sentence's end: not "the verdict of the
                # panel, Tom Reed said", where the name opens a clause of its own.)
                mention = self._mention_at(para, described.end())
                if mention is not None and masked[mention.end:mention.end + 1] not in (",", ".", ";"):
                    mention = None
        if mention is None or mention.possessive or mention.in_quote:
            return None
        return self._speaker(mention.key, f"'{m.group(0).strip()}' … {{name}}, in the next sentence")

    def _beat_after(self, para: _Paragraph, s_end: int) -> Optional[Speaker]:
        """`"I did, didn't I?" She laughs, a low, smoky laugh.`: words opening their paragraph, then a he/she doing
        something wordless — the one the pronoun means spoke them."""
        masked = para.masked
        if masked[:para.sentence_at(max(0, s_end - 1))[0]].strip():
            return None
        skip = len(masked[s_end:s_end + 20]) - len(masked[s_end:s_end + 20].lstrip())
        if s_end + skip >= len(masked):
            return None
        a, b = para.sentence_at(s_end + skip)
        act = _PRONOUN_ACTS.fullmatch(masked, a, b)
        if act is None or any(a <= m.lead < b for m in para.mentions):
            return None
        word = act.group(1)
        slug = self._antecedent(para.index, a, "m" if word == "He" else "f")
        return self._speaker(slug, f"'{word.lower()}' → {{name}}, who does something in the next sentence") if slug else None

    def _named_next_as_subject(self, para: _Paragraph, s_end: int, same_paragraph: bool = True) -> Optional[Speaker]:
        """The next sentence's subject, when it says the words were theirs: `"…" Mayor Ann Lee said it twice`,
        `"…" That was how Lee's coach, Tom Reed, summed him up`, `"…" That was the ministry's answer, delivered by
        spokesman Yuri Belov` (the one who gave the answer, else the one whose answer it was)."""
        masked = para.masked
        b = para.sentence_at(s_end + len(masked[s_end:s_end + 20]) - len(masked[s_end:s_end + 20].lstrip()))[1]
        owned = _OWNED_ANSWER_NEXT.match(masked, s_end)
        if owned:
            owner = self._mention_at(para, owned.end(1) - len(owned.group(1)))
            by = _GIVEN_BY.search(masked, owned.end(), b)
            agent = self._mention_at(para, by.end()) if by else None
            if agent and not agent.possessive and self._kind(agent.key) == "person":
                return self._speaker(agent.key, f"'{owned.group(0).strip()}', {by.group(0).strip(' ,')} {{name}}, in the next sentence")
            if owner and owner.possessive and not by:
                return self._speaker(owner.key, "'{name}'s " + owned.group(2) + "', in the next sentence")
            return None
        how = _HOW_NEXT.match(masked, s_end)
        start = how.end() if how else s_end
        for mention in para.mentions:
            if mention.lead < start or mention.in_quote or mention.possessive and mention.lead < b:
                continue  # (the owner of a role set off before the name: "Wei's coach, …")
            if mention.lead >= b or not _SUBJECT_LEAD.fullmatch(masked, start, mention.lead):
                return None
            if how and _VERB_WORD_AFTER.match(masked, mention.end) or not how and _SAID_IT.match(masked, mention.end):
                return self._speaker(mention.key, ("'that was how' {name} put it" if how else "{name} 'said it'")
                                     + ", in the next sentence")
            if not how and same_paragraph and s_end > 0 and not masked[:para.sentence_at(s_end - 1)[0]].strip() \
                    and (_SPEAKS_NEXT.match(masked, mention.end) or _REMARKS_AFTER.match(masked, mention.end)
                         # (`"Is it a war, though?" Moloney asked her.`: a question, then who asked it.)
                         or _ASKED_NEXT.match(masked, mention.end) and para.text[:s_end].rstrip(" \"”’'").endswith("?")
                         or self._introduced_here(mention) and not _ANSWERS_AFTER.match(masked, mention.end)
                         and not _spoken_of(para.text[:s_end], masked[start:mention.lead])) \
                    and self._kind(mention.key) == "person":
                # `"Mutual agreement? Nobody asked me." Tekin told the daily Fanatik that …`, `"…" Aoife Brannigan, who
                # led the inquiry, made the remark at a briefing`: a quote opening its paragraph, alone, then a
                # sentence whose subject speaks: a reader hears that person. So too when that subject is met there
                # for the first time, whatever they do (`"…" The club's sporting director, Ana Ruiz, could hardly have
                # been blunter`, `"…" Ana Ruiz's lawyer, Tom Reed, was speaking outside the court`): the writer
                # gave the words first and their speaker right after — unless the subject answers or disagrees.
                return self._speaker(mention.key, "{name}, who speaks in the next sentence")
            return None
        return None

    def _introduced_here(self, mention: Mention) -> bool:
        """Whether the article names this person here for the first time."""
        first = next((m for m in self.people.mentions if m.key == mention.key), None)
        return first is not None and (first.paragraph, first.start) == (mention.paragraph, mention.start)

    def _after(self, para: _Paragraph, start: int, stop: int, direct: bool = False) -> Optional[Speaker]:
        """`," Lavrov said`, `," said Lavrov`, `," he added`, `," Mykhailo Kryshtal, a 55-year-old actor, said`."""
        masked = para.masked
        # ("Secretary of State Marco Rubio told": a capitalized "State" is part of a title, not the verb.)
        # (Nor a noun after its determiner that a speech verb follows: `"…," the note said` is said by a note.)
        verb = next((v for v in _VERB.finditer(masked, start, stop) if not v.group(0)[0].isupper()
                     and not (_DETERMINED.search(masked, max(start, v.start() - 8), v.start())
                              and _VERB.match(masked, v.end() + 1) and masked[v.end():v.end() + 1] == " ")), None)
        # (`"We just got older," he laughs`, `," laughed lead vocalist Kenneth Lyngdoh`: a laugh right after the words is
        # how they were said — not a laugh further on, `Kerr laughed at the claim that it was "a triumph"`.)
        # (Only a quote that opens its sentence: not `… once called the plan "a joke", Albanese laughed`, `Asked about
        # "Partygate", Mr Johnson laughed`, `Teammates call him "the Professor", he laughs`.)
        laugh = _LAUGHS_RIGHT_AFTER.match(masked, start, stop)
        if laugh is not None and not masked[para.sentence_at(max(0, start - 1))[0]:start].strip(" \u2588\"“”‘’'*—–-,"):
            verb = _Matched(laugh)
        if verb is None:
            return None
        lead = masked[start:verb.start()]
        if _TO_WHICH.match(lead):
            return None  # `Nguyen joked that Haddad "…", to which Haddad replied …`: the one answering the words
        if _DASH_ASIDE.match(lead) or _VIEW_ASIDE.match(lead) and not (
                _DASHED.match(lead) and not _CLAUSE_AFTER_VERB.match(masked, verb.end())):
            # `could deploy "…" — a backstop that officials acknowledge means …`, `the strike was "manageable," a view the
            # union's leader, Carmen Valdés, rejected`: an aside about the words, not who said them
            return None
        if _INTRODUCES_NEXT.match(masked, verb.end()):
            return None  # `… asked her: "…?" Ms Amos replied: "…"`: the verb opens the next quotation, not this one's
        if masked.startswith(" for ", verb.end()) and verb.group(0).lower().startswith("call") \
                and _THEN_CLAUSE.match(lead):
            # (`One boy shouted "Build it!" before Mayor Tom Reinholt called for order`: a call for something, in a clause
            # of its own after the words — not an aside, `"…," Ann Pike, who called for one in 2019, told reporters`.)
            return None
        # "Sen. Paul Whitman said": the period of a title or an initial does not end the attribution.
        bare = re.sub(r"\b(?:[A-Z][a-z]{0,3}|[A-Z])\.", "", lead.replace("\u2588", ""))
        # (An appositive set off before the verb counts as no words: `," Lt. Col. Oleksandr Hrytsenko, a spokesman
        # for Ukraine's eastern group of forces, told …` is as near as `," Hrytsenko told`.)
        counted = _APPOSED_BEFORE_VERB.sub(",", lead) if direct and lead.count(",") >= 2 else lead
        if direct and (len(re.findall(r"\w+", counted)) > 12 or re.search(r"[.!?;]", bare)):
            return None
        if direct and (NEW_CLAUSE.match(lead.replace("\u2588", "")) or _NEXT_CLAUSE.match(lead)
                       or _AND_SUBJECT.match(lead)):
            return None  # `"…," while Santos urged …`, `"…", and Pryce called it …`: another clause, another speaker
        if direct and (re.match(r"[\s\u2588\"”’']*,", lead) or _SUBORDINATE_OPENS.match(lead)) \
                and _SUBORDINATE_RUNS_TO_VERB.search(lead):
            # `Ms Reddin said the timing was "baffling", coming only weeks after the Government restated …`: the verb of a
            # clause of time or cause, its subject right after the conjunction, tells no one's words (not "…", a few
            # minutes after the vote, Tom Reed said`, the comma closing that clause before the speaker; nor `"…," his
            # friend since childhood Mark Ryan said`, no comma of the sentence's own after the words — unless the clause
            # opens right after them: `"within days," after American envoy Steve Witkoff confirmed`).
            return None
        if _AS_THEN_REPLY.match(lead) and _REPLY_VERB.match(masked, verb.start() - 1) \
                and _SHOUTED_BEFORE.search(masked, para.sentence_at(max(0, start - 1))[0], start):
            # (`people in the gallery shouted "Thief!" as Mthembu answered`: the time others' shout came, while
            # someone replied — not `"…", as Peskov put it`, whose words they are, nor `"I think not," as Lee countered`.)
            return None
        if not re.search(r"\w", lead.replace("\u2588", "")):
            if direct and _REPORTED_CLAUSE.match(masked, verb.end()):
                # `Siddaramaiah, who had asked for "a reasonable level", said the State government had no role`:
                # "said" reports a clause here; what follows it is no inverted speaker (see _subject_of_clause).
                return None
            # `," said Met Office chief meteorologist Neil Armitage`, `," said Kremlin spokesman Dmitry Peskov`: the body,
            # the role held there, then the person who holds it.
            titled = _BODY_ROLE_THEN_NAME.match(masked, verb.end())
            if titled and _SMALL_WORD_IN_BODY.search(titled.group(0)) \
                    and titled.group(0).split()[0].lower() in lx.FIRST_NAMES | {"the"}:
                titled = None  # ("said Anne Walsh of Cobh about lifeboat volunteer Ann Lee": a person of a place)
            first_named = self._mention_at(para, verb.end())
            if titled and (titled.group("role") in lx.PERSON_NOUNS or _plain_role_word(titled.group("role"))
                           and not (first_named and self._kind(first_named.key) == "person")):
                person = self._mention_at(para, titled.end())
                if person and not person.possessive and self._kind(person.key) == "person":
                    return self._speaker(person.key, f"named after the quote ({verb.group(0)} {titled.group(0).strip()} {{name}})")
            theirs = _ONE_OF_THEIRS_AFTER.match(masked, verb.end())
            if theirs and not re.match(r"\s*,\s*[A-Z]", masked[theirs.end():theirs.end() + 4]):
                # (`'…,' said one Tide supporter`, `," said a Chiefs fan`: someone unnamed of a team or a body, no one
                # it names.)
                return None
            # `," said Lavrov` / `," said the Kremlin spokesperson`
            mention = self._mention_at(para, verb.end())
            retired = _RETIRED_RANK.match(masked, verb.end()) if mention is None else None
            if retired:
                # (`," said Maj Gen (retd) Harjit Singh Sandhu`: a rank held once, in brackets, before the name.)
                mention = self._mention_at(para, retired.end())
            if mention and not mention.possessive:
                return self._speaker(mention.key, f"named after the quote ({verb.group(0)} {{name}})")
            # `," said climate scientist Thabo Nkosi of the University of Cape Town`: a role, then the name.
            role_words = _ROLE_WORDS_AFTER.match(masked, verb.end())
            # ("co-author", "vice-president", "ex-minister": the role is the noun after the hyphen.)
            # (Or a doer's noun no list holds: "says retired postman Keith Arbuthnot".)
            # (Or any plain noun before someone the article knows as a person: "said Wisconsin skip Dana Holloway",
            # "said fish seller Mei-Ling Chow".)
            if role_words and (role_words.group(1).lower().rpartition("-")[2] in lx.PERSON_NOUNS
                               or lx.doer_noun(role_words.group(1))
                               # (Or a title after them, the name's own: "said retired Gen. Thomas Reardon".)
                               or _titled_at(masked, role_words.end())
                               and not _FUNCTION_WORDS.intersection(role_words.group(0).split())
                               or all(_plain_role_word(w) for w in role_words.group(0).split())):
                mention = self._mention_at(para, role_words.end())
                if mention and not mention.possessive and self._kind(mention.key) == "person":
                    return self._speaker(mention.key, f"named after the quote ({verb.group(0)} {role_words.group(0).strip()} {{name}})")
            seat = SEAT_AFTER.match(masked, verb.end())
            if seat:
                return self._org_named(seat_name(seat.group(1)), f"named after the quote ({verb.group(0)} {{name}}), the office its seat stands for")
            # (The one named in apposition first: `," said the union's general secretary, Bernadette Quigley` is
            # hers, whoever else the article titles a secretary.)
            apposed = self._apposed(para, verb.end(), verb.group(0))
            role = None if apposed else self._role_after(para, verb.end())
            found = (apposed or role or self._name_given_after(para, verb.end(), verb.group(0))
                     or self._group_after(para, verb.end(), verb.group(0)))
            again = _DESCRIBED_AFTER.match(masked, verb.end()) if found is None else None
            # (`," said the teenager, who …`: the inverted `," the teenager said`, for one person described by a noun
            # or an age: not `," said the locals`, `," said the announcement`.)
            if again and not _ONE_PERSON_AGAIN.fullmatch(again.group(1)):
                again = None
            return found or again and self._described_again(
                para, again.group(0).strip(), start, f"named after the quote ({verb.group(0)})")
        if direct and lead.rstrip().endswith(",") and self._mention_at(para, verb.end()):
            # `"dead on arrival", because it ignored Congress, said Lena Hartmann`: the verb's subject comes after it,
            # so the clause before it holds none (see _named_past_aside).
            return None
        return self._before(para, start, verb.start(), f"named after the quote ({verb.group(0)})")

    def _before(self, para: _Paragraph, clause_start: int, verb_at: int, how: str) -> Optional[Speaker]:
        """Who is the subject of the speech verb at `verb_at`."""
        masked = para.masked
        chunk_end = verb_at
        then = _THEN_PARTICIPLE.search(masked, max(clause_start, verb_at - 16), verb_at) \
            if masked.startswith("ing", verb_at + len(_WORD_AT.match(masked, verb_at).group(0)) - 3) else None
        for said in _VERB.finditer(masked, clause_start, then.start()) if then else ():
            # ("Brennan said she was "cautiously hopeful", before adding: "…"": the participle after "before" or
            # "after" has the subject of the sentence's own speech verb, the first with one ("Asked whether …, Brennan
            # said") — not one of what it reports, "Lee said Hale had told her he would quit, before adding:". Else
            # the usual reading: "Ann Lee paused before saying:".)
            found = self._before(para, clause_start, said.start(), how)
            if found is not None:
                return found
        through = _THROUGH_ROLE.match(masked, verb_at)
        voice = self._mention_at(para, through.end()) if through else None
        if voice is not None and not voice.possessive and self._kind(voice.key) == "person":
            # "The Conservative group said through its leader, Cllr Martin Hosking, that …": the one who spoke for it.
            return self._speaker(voice.key, how + ", through {name}")
        unnamed = _SOMEONE_UNNAMED_OPENS.match(masked, clause_start) if masked[clause_start:verb_at].count(",") >= 2 \
            and _A_SOMEONE.match(masked, clause_start) else None
        if unnamed and _WHERE_THEN_WHO.fullmatch(masked, unnamed.end(), verb_at) \
                and not any(unnamed.end() <= m.lead < verb_at and not m.in_quote and self._kind(m.key) == "person"
                            for m in para.mentions):
            # "An official in the Tourism, Culture and Religious Endowments Department, who did not wish to be named,
            # said": someone unnamed, where they work set after them (its commas no clause of its own).
            return None
        asked = masked.startswith(("ask", "Ask"), verb_at)
        # (One asked is no speaker of the question the sentence quotes right after "asked:"; the words after a sentence
        # that only says what they were asked, "She was asked what Kyiv wants. "…"", are their answer.)
        if (not asked or _ASKED_THEN_QUOTE.match(masked, verb_at)) \
                and _ACCUSED.match(masked, verb_at) and (_PASSIVE_BEFORE.search(masked, max(0, verb_at - 30), verb_at)
                                               or _BY_AGENT.match(masked, verb_at + len(re.match(r"\w*", masked[verb_at:]).group(0)))):
            if asked:
                # "Under questioning from Ms Whitlock, Dr Taufa was asked: "…?"": the one asked puts no question; the
                # one questioning them, named at the sentence's opening, does.
                a, _ = para.sentence_at(verb_at)
                by = _QUESTIONED_BY.match(masked, a, verb_at)
                asker = next((m for m in para.mentions if by and by.end() <= m.lead < verb_at and not m.in_quote
                              and _ASKER_ROLE_WORDS.fullmatch(masked, by.end(), m.lead)), None)
                if asker is not None and not asker.possessive and self._kind(asker.key) == "person":
                    return self._speaker(asker.key, how + " → {name}, questioning the one asked")
            return None  # "Lee was accused of …", "Reed, thanked by the mayor for …": the one accused, thanked or asked is no speaker
        kin = _KIN_OF_SOMEONE_NAMED.search(masked, clause_start, verb_at)
        if kin and kin.group(1) in lx.PERSON_NOUNS and masked[kin.end():verb_at].strip() == "":
            # "the daughter of one resident, 91-year-old Doreen Hale, said": the name may be either's (the head of a
            # body, "the head of the agency, Jane Doe,", is hers).
            return None
        for m in para.mentions if "as " in masked[clause_start:verb_at] else ():
            if clause_start < m.lead < verb_at and not m.in_quote and given_name_at(para.text, m.lead) \
                    and masked[clause_start:m.lead].count(",") <= 1 and self._kind(m.key) == "person":
                # "Another caller, who identified himself only as Tom, a retired Army commandant, called …", "The first
                # caller, a woman who gave her name as Bernadette, said": the subject, by the only name they gave.
                return self._speaker(m.key, how + " → {name}, the name the subject gave")
        unnamed = _SOMEONE_UNNAMED_OPENS.match(masked, clause_start)
        if unnamed and _DOING_AFTER.match(masked, unnamed.end()) and "," not in masked[unnamed.end():verb_at]:
            # "One audience member leaving the Basement Theatre on Friday night said": someone unnamed, doing something
            # to what the sentence names next — the name is no subject.
            return None
        people = _PEOPLE_WHO_OPEN.match(masked, clause_start)
        if people and people.group(1).lower() in _PEOPLE_WORDS and "," not in masked[people.end():verb_at]:
            # "Players who faced Tom Reed last week said", "Doctors treating Ann Lee described": people the sentence
            # does not name, whose clause names someone else.
            return None
        # "Rubio also said", "he had said": skip adverbs and auxiliaries.
        while True:
            m = re.search(r"(\s+)(\w+)\s*$", masked[clause_start:chunk_end])
            if m and (m.group(2).lower() in _AUX_WORDS or m.group(2) in ("himself", "herself")) \
                    and m.group(2).islower():  # (not "Theresa May"; "Zelensky himself called it")
                chunk_end = clause_start + m.start()
                continue
            habit = re.search(r"\s+(?:(?:used|liked|loved|likes|loves)\s+to|(?:has\s+|have\s+|had\s+)?(?:taken|took)\s+to)\s*$", masked[clause_start:chunk_end])
            if habit:  # "Imboden used to tell his students", "She liked to say", "She has taken to calling": a habit of the same subject
                chunk_end = clause_start + habit.start()
                continue
            paused = _PAUSED_TO.search(masked, clause_start, chunk_end) if masked[clause_start:chunk_end].rstrip().endswith(" to") else None
            if paused:  # "He stopped briefly to tell reporters that …", "She paused to say": the same subject speaking
                chunk_end = paused.start()
                continue
            when = _WHEN_BEFORE_VERB.search(masked, clause_start, chunk_end)
            if when:  # "Yuri Lavrentyev on Friday described …": when, between the subject and its verb
                chunk_end = when.start()
                continue
            which = _WHICH_SET_OFF.search(masked, clause_start, chunk_end)
            if which and masked[clause_start:which.start()].strip(" ,\u2588"):
                # "Hartwell Care Group, which owns Willow Lodge, said": the relative clause set off names an object of
                # its own; the subject stands before it. (So does who leads it: "The judging panel, chaired by the
                # sculptor Pieter van Zyl, described the work as …".)
                chunk_end = which.start()
                continue
            role_who = _ROLE_WHO_SET_OFF.search(masked, clause_start, chunk_end) if "who" in masked[clause_start:chunk_end] else None
            if role_who and any(clause_start <= m.lead and not masked[clause_start:m.lead].strip(" ,\u2588")
                                and m.end == role_who.start() and not (m.in_quote or m.possessive)
                                and self._kind(m.key) == "person" for m in para.mentions):
                # "Oksana Hrytsenko, a former deputy minister who now runs the Kyiv Centre for Security Studies, said":
                # the body is the object of the role's clause; the person named before the role speaks.
                chunk_end = role_who.start()
                continue
            of_body = _OF_BODY_SET_OFF.search(masked, clause_start, chunk_end) if ", of " in masked[clause_start:chunk_end] else None
            # (Past a role before the name too: "Mortgage adviser Sandra Whyte, of Auckland firm Harbour Lending, said".)
            if of_body and any(m.end == of_body.start() and clause_start <= m.lead
                               and (not masked[clause_start:m.lead].strip(" ,\u2588")
                                    or _TRADE_BEFORE_NAME.fullmatch(masked, clause_start, m.lead))
                               and not (m.in_quote or m.possessive)
                               and self._kind(m.key) == "person" for m in para.mentions):
                # "Marta Linnus, of the Tallinn-based conservation group Baltic Waters Trust, called …": where the
                # person named first works, set off between the name and its verb.
                chunk_end = of_body.start()
                continue
            doing = _PARTICIPLE_SET_OFF.search(masked, clause_start, chunk_end) if "ing" in masked[clause_start:chunk_end] else None
            if doing and masked[clause_start:doing.start()].strip(" ,\u2588"):
                # "Sinéad Garvey SC, defending, said", "Tom Reed, speaking on Tuesday, said": what the subject was doing,
                # set off between it and its verb.
                chunk_end = doing.start()
                continue
            break
        chunk = masked[clause_start:chunk_end].rstrip()
        end = clause_start + len(chunk)
        if not chunk.strip(" ,\u2588"):
            return None
        if masked.startswith("ing", verb_at + len(_WORD_AT.match(masked, verb_at).group(0)) - 3):
            # "…, with Deputy Nuala Gallagher describing the situation as "…"", "Maguire calling the decision "…"": the
            # person named right before a participle of speech is its subject (an absolute phrase), whatever the
            # sentence's own subject.
            doer = next((m for m in para.mentions if m.end == end and not (m.in_quote or m.possessive)
                         and _ABSOLUTE_OPENS.search(masked, max(clause_start, m.lead - 40), m.lead)
                         and self._kind(m.key) == "person"), None)
            if doer is not None:
                return self._speaker(doer.key, how + " → {name}, the subject of the participle")
        for m in para.mentions:
            # "Clive Black of Shore Capital said", "Tom Reed of the Resolution Foundation said": the person
            # opening the clause, then where they work (not an organization named "Tom Reed of the …").
            # ("His solicitor, Hamida Qureshi of the firm Qureshi Lamb, said": a role set off before, the kind of
            # employer before its name and a comma after it too.)
            if (clause_start <= m.lead < end and not (m.in_quote or m.possessive or m.after_preposition)
                    and (not masked[clause_start:m.lead].strip(" ,\u2588") or _ROLE_SET_OFF.fullmatch(masked, clause_start, m.lead)
                         or _ROLE_UNSET_OFF.fullmatch(masked, clause_start, m.lead)
                         or _OPENING_PHRASE.fullmatch(masked, clause_start, m.lead)
                         or _CONJUNCTION_OPENS.fullmatch(masked, clause_start, m.lead)  # ("But Chief Loretta Ashkewe of …")
                         # (Or opening the clause after ", and": "… called it "…", and Rory Dempsey of the campaign
                         # group Commuters Together said …".)
                         or masked.endswith(" ", clause_start, m.lead) and CLAUSE_AND.search(masked, max(clause_start, m.lead - 8), m.lead))
                    and _OF_EMPLOYER.fullmatch(masked, m.end, end) and self._kind(m.key) == "person"):
                return self._speaker(m.key, how + " → {name}")
        if chunk.endswith(",") and "who" in chunk:
            # "Whitcomb, who founded the brewery in 2011 with her brother, Evan Whitcomb, said": the one opening the
            # clause, set off before "who", whatever the clause names (past a name set off inside it).
            opening = next((m for m in para.mentions if clause_start <= m.lead < end and not m.in_quote and not m.possessive
                            and not masked[clause_start:m.lead].strip(" ,\u2588")), None)
            # (Only over the clause alone: no quotation nor another's speech verb in it, "Sanjay Nayak, who …, said it
            # was "…", while his daughter Priya Nayak, 11, said".)
            # (Nor past another's set off after the clause ends: "Tom Reed, who runs the farm, had no insurance, his
            # lawyer, Ann Lee, said", "…, and his wife, Ann Reed, said" — review.)
            # (A short title in quotation marks inside the clause is no one's words: "Jacobs, who performed songs
            # associated with Miriam Makeba, including "Pata Pata", told the audience:".)
            if opening is not None and _WHO_OPENS.match(masked, opening.end) and self._kind(opening.key) == "person" \
                    and not re.search(r"\u2588{31,}", masked[opening.end:end]) \
                    and not _ANOTHER_SET_OFF.search(masked, opening.end, end) \
                    and not any(v.group(0).islower() for v in _VERB.finditer(masked, opening.end, end)):
                return self._speaker(opening.key, how + " → {name}")
        whose = _WHOSE_SET_OFF.search(chunk) if chunk.endswith(",") and "whose" in chunk else None
        if whose and _FINITE_VERB.search(chunk, whose.end()) and not re.search(r"\bwho(?:m|se)?\b", chunk[whose.end():]):
            # "Sarah Mills, from Wakefield, whose son Oscar, four, took part in the trial, said": a clause with a verb
            # of its own about someone of hers; the speaker is the one before it.
            opening = next((m for m in para.mentions if clause_start <= m.lead < clause_start + whose.start()
                            and not masked[clause_start:m.lead].strip() and not m.possessive and not m.in_quote), None)
            if opening is not None and self._kind(opening.key) == "person":
                return self._speaker(opening.key, how + " → {name}")
        who = _WHO_BEFORE_VERB.search(chunk, max(0, len(chunk) - 60)) if "who" in chunk[-60:] else None
        if who:
            # "held talks with Bank of England Governor Andrew Bailey, who said": the one the relative pronoun stands
            # for, subject or object of the sentence (not "the wife of Tom Reed, who", whose antecedent cannot be told).
            at = clause_start + who.start()
            named = next((m for m in para.mentions if m.end == at and not m.in_quote and not m.possessive), None)
            if named and self._kind(named.key) == "person" and not re.search(r"\b[a-z]+\s+of\s+(?:the\s+)?$", para.masked[max(0, named.lead - 30):named.lead]):
                return self._speaker(named.key, how + " → {name}, whom 'who' stands for")
            # ("Ayşe Kaplan, an urban planner at Dokuz Eylül University, who said": past the role set off after her
            # name, where a body may be named; she is the one 'who' stands for.)
            described = next((m for m in para.mentions if not (m.in_quote or m.possessive)
                              and _SET_OFF_ROLE.fullmatch(para.masked, m.end, at)), None)
            if (named is None or self._kind(named.key) != "person") and described is not None \
                    and self._kind(described.key) == "person":
                return self._speaker(described.key, how + " → {name}, whom 'who' stands for")
            return None
        which = _WHICH_BEFORE_VERB.search(chunk, max(0, len(chunk) - 60)) if "which" in chunk[-60:] else None
        if which:
            # "according to consumer group OCU, which warned": the organization right before the relative pronoun.
            found = self._org_before_which(para, clause_start + which.start())
            if found:
                return self._org_named(found, how + " → {name}, which 'which' stands for")
        owned_role = _OWNER_ROLE_END.search(chunk) if "'" in chunk[-40:] or "’" in chunk[-40:] else None
        if owned_role:
            found = self._named_later(para, verb_at, owned_role.group(1), owned_role.group(2).lower())
            if found:
                return Speaker(found.slug, found.name, how + f" → '{owned_role.group(0).strip()}' → " + found.how)
        spokes_for = _SPOKES_FOR_APPOSED.search(chunk) if chunk.endswith(",") else None
        if spokes_for and spokes_for.group(1) in ORG_NOUNS_SPOKEN_FOR:
            # "A spokesperson for the creditor group, London & Valley Water, said": the group the apposition names
            # (or the spokesperson, when it names a person: "a spokeswoman for the club, Jane Hill,").
            at = clause_start + spokes_for.start(2)
            mention = self._mention_at(para, at)
            if mention is not None:
                return self._speaker(mention.key, how + " → {name}") if mention.end == clause_start + spokes_for.end(2) \
                    and not mention.possessive else None
            name = spokes_for.group(2)
            words = [w for w in name.split() if w[0].isupper()]
            if not any(w.lower() in NOT_ORG_WORDS - lx.ORG_HEADS or w.strip(".").upper() in COUNTRY_ACRONYMS for w in words) \
                    and not (len(words) == 1 and words[0].lower() in lx.GOVERNMENT_PLACES) and words[0].lower() not in lx.FIRST_NAMES:
                return self._org_named(name, how + f" → '{chunk[spokes_for.start():spokes_for.start(2)].strip(' ,')}', {{name}}")
        aside = _PARTICIPLE_ASIDE.search(chunk) if chunk.endswith(",") and not re.match(r"\w+ing\b", masked[verb_at:]) else None
        if aside:
            # "Witkoff, leaving the Kremlin, told a reporter": whoever the participle's clause names is its object;
            # the subject stands before it — no one named when it opens on someone unnamed ("A senior official in the
            # Ministry of External Affairs, speaking on condition of anonymity, said").
            if _UNNAMED_APPOSED.match(masked, clause_start) and not any(
                    clause_start <= m.lead < clause_start + aside.start() and not m.in_quote and self._kind(m.key) == "person"
                    for m in para.mentions):
                return None
            return self._subject_ending_at(para, clause_start, clause_start + aside.start(), how)
        relative = chunk.rfind(",", 0, len(chunk) - 1) if chunk.endswith(",") else -1
        if relative > 0 and _RELATIVE.match(chunk, relative + 1, len(chunk) - 1) and any(
                m.end == clause_start + relative and not m.in_quote for m in para.mentions):
            # "Tom Acheson, who lives … in Little Harford, told": a name inside the relative clause is not the
            # subject; the name the clause is about, before its comma, is. (Not "A victim, who gave her name only
            # as Margaret,": there the clause names the one it is about.)
            return self._before(para, clause_start, clause_start + relative + 1, how)
        if relative > 0 and re.match(r"\s*who\s", chunk[relative + 1:]) and _RELATIVE.match(chunk, relative + 1, len(chunk) - 1) \
                and not re.search(r"\b(?:who|whose|whom)\b", chunk[:relative]):
            # "Rustem Umerov, secretary of Ukraine's National Security and Defence Council, who led Kyiv's delegation,
            # wrote": the clause ends a role set off after the name (a body the article does not name as a speaker);
            # the person it describes is the subject. (Not past another clause: "Tom Reed, 64, whose neighbour Ann
            # Lee, who …, told".)
            found = self._before(para, clause_start, clause_start + relative + 1, how)
            if found and found.slug and self._kind(found.slug) == "person":
                return found
        # (Not the last name of a clause a participle follows: "The IMD issued a "red alert" for Delhi and … west Uttar
        # Pradesh, warning that …" — the participle is the clause's subject's, read below.)
        # (Nor where "with" makes someone the participle's own subject: "…, with the opposition's housing spokesman,
        # Liberal senator James Hartigan, describing …".)
        past_quote = _QUOTE_LEADS(chunk).end()
        participle = chunk.endswith(",") and masked[verb_at:verb_at + 12].split(" ", 1)[0].endswith("ing") \
            and (_SUBJECT_THEN_VERB.match(masked, clause_start + past_quote, end) is not None
                 or past_quote > 0 and _SPEAKER_THEN_VERB.match(masked, clause_start + past_quote, end)) \
            and not re.search(r"\bwith\s", chunk)
        found = None if participle else self._subject_ending_at(para, clause_start, end, how)
        if chunk.endswith(","):
            # ("Pat Ryder, a Pentagon spokesman, said": the spokesman named is the speaker, not the Pentagon.)
            spokes = found is not None and found.slug and SPOKES & set(chunk[chunk.rfind(",", 0, len(chunk) - 1) + 1:-1].split())
            named = self._person_before_appositive(para, clause_start, chunk, how,
                                                   any_role=bool(found and (not found.slug or spokes)))
            if named:
                return named
        if found:
            return found
        where = _WHERE_FROM.search(chunk)
        if where:
            # "Mr. Patel from the hardware shop told me": the person before where they are from.
            found = self._subject_ending_at(para, clause_start, clause_start + where.start(), how)
            if found and self._kind(found.slug) == "person":
                return found
        # Between dashes: "Ann Lee — who has served on the council since 2010 — said".
        if chunk.endswith(("—", "–")):
            inner = chunk[:-1].rstrip()
            dash = max(inner.rfind("—"), inner.rfind("–"))
            if dash >= 0 and len(inner) - dash < 160:
                found = self._subject_ending_at(para, clause_start, clause_start + len(inner[:dash].rstrip()), how)
                if found:
                    return found
        # "Northway Logistics, which employs about 2,300 people and has invested …, said it": the body before a
        # relative clause however long, which what follows the verb shows to be one (see one_word_org).
        if chunk.endswith(",") and _WHICH_CLAUSE.match(chunk):
            org = self._org_before(para, clause_start, verb_at)
            if org:
                return self._org_named(self.org_names.get(org) or self._speaker(org, "").name, how + " → {name}")
        # An appositive between subject and verb: "Putin, at a meeting with …, said".
        if chunk.endswith(","):
            inner = chunk[:-1]
            # (Not the comma of a number: "which employs about 2,300 people and …,".)
            comma = max((m.start() for m in _CLAUSE_COMMA.finditer(inner)), default=-1)
            aged = _AGE_ENDS.search(inner, 0, comma) if comma >= 0 else None
            if aged:
                comma = aged.start()  # "Sanne Bakker, 34, an intensive care nurse, said": her age, then her role
            if comma >= 0 and len(inner) - comma < 160:
                if _UNNAMED_APPOSED.fullmatch(inner, comma + 1) and inner.split(None, 1)[0] in lx.OPENING_WORDS:
                    # "At St Aldhelm's Hospital in Marlow Vale, one nurse, …, said": where, in the opening phrase, then
                    # the subject, unnamed — no name set off by an appositive.
                    return None
                found = self._subject_ending_at(para, clause_start, clause_start + comma, how)
                if found:
                    return found
        # "Zelensky spoke … with …, and said" / "…, describing": a second verb of the sentence's subject.
        verb_word = re.match(r"\w+", masked[verb_at:])
        if re.search(r",?\s+(?:and|but)$", chunk) or (chunk.endswith(",") and verb_word and verb_word.group(0).endswith("ing")):
            # (Past a question put to the subject: "Asked by the judge whether he had anything to say, the teenager
            # stood and said" — its "he" is the teenager, no one named.)
            asked = _ASKED_OPENER.match(masked, clause_start)
            return self._sentence_subject(para, asked.end() if asked and asked.end() < end else clause_start, end, how)
        # "Whitfield opened the debate by telling MPs that …", "Tremblay rose minutes later to say that …": the way or
        # the purpose of what the subject did, who also spoke.
        if verb_word and (verb_word.group(0).endswith("ing") and _BY_DOING.search(chunk)
                          or verb_word.group(0).islower() and _ROSE_TO.search(chunk)):
            return self._sentence_subject(para, clause_start, end, how)
        return self._described_again(para, chunk, clause_start, how)

    def _only_name_before(self, para: _Paragraph, pos: int) -> bool:
        """Whether the sentence before `pos`, in this paragraph, names one person and no one else (by any two
        capitalized words)."""
        s_start = para.sentence_at(max(0, pos - 1))[0]
        if s_start == 0:
            return False
        begin = para.sentence_at(s_start - 1)[0]
        names = {m.group(0) for m in _TWO_CAPITALIZED.finditer(para.masked, begin, s_start)}
        covered = {para.text[m.lead:m.end] for m in para.mentions if begin <= m.lead < s_start and not m.in_quote}
        return len({m.key for m in para.mentions if begin <= m.lead < s_start and not m.in_quote}) == 1 \
            and all(any(n in c or c in n for c in covered) for n in names)

    def _described_again(self, para: _Paragraph, chunk: str, clause_start: int, how: str) -> Optional[Speaker]:
        """`," the flanker said` or `," said the teenager`: the person described again, when the article tells who."""
        described = _DESCRIBED_AGAIN.fullmatch(chunk.replace("\u2588", ""))
        if described and " from " in described.group(0) and not described.group(2)[:1].isdigit():
            described = None  # (a hometown only after an age: "said the farmer from Ballina" may be anyone)
        # (Its head noun decides: "the defence" is a side in court, "the Defence Secretary" one person.)
        if described and described.group(2).split()[-1].lower() not in _NOT_DESCRIPTIONS:
            words = described.group(2)
            uses, fronted = self._described_as(words, para, clause_start)
            if uses:
                # "the flanker" after "flanker Callum Hardie": the one person the article put those words in
                # front of, and nobody when it used them otherwise too.
                if len(fronted) == 1 and len(uses) == len(fronted[0][1]) and self._kind(fronted[0][0]) == "person":
                    return self._speaker(fronted[0][0], how + f" → '{described.group(0).strip()}' → {{name}}, so described before")
                return None
            if words.islower() and not described.group(1) and words.split()[-1] in HEAD_FAMILIES[0]:
                # "the operator said" with no one so described: a body's head word too, the rail operator's.
                return self._anaphor(words.split()[-1], para, clause_start)
            if words.islower() and not described.group(1) and not {w.lower() for w in words.split()} & (lx.ROLE_NOUNS | lx.PERSON_NOUNS) \
                    and not words[:1].isdigit():
                return self._subject_just_before(para, clause_start, how + f" → 'the {words}'")
            if not described.group(1) and (words[:1].isupper() and words.lower() in lx.AFFILIATIONS
                                           or words[:1].isdigit()):
                # `," the Scot added`, `," the Swede said`: sports and feature copy name the person it has just quoted
                # or written about again by their nationality (or party) — the subject of the sentence before, or,
                # opening a paragraph, the last person named as a subject. So by their age: `," the 29-year-old
                # principal dancer says` when the article described no one so.
                found = self._subject_just_before(para, clause_start, how + f" → 'the {words}'")
                if found is None and clause_start < para.sentences[0][1]:
                    slug = self._antecedent(para.index, clause_start)
                    if slug and self._kind(slug) == "person":
                        found = self._speaker(slug, how + f" → 'the {words}' → {{name}}, the last person named as a subject")
                if found is not None and found.slug and words[:1].isdigit() and not self._of_age(found.slug, words):
                    return None  # ("Tom Reed, 58, … Sam Lee, 21, … ," the 21-year-old said": the age the article gave)
                if found is not None and " from " in described.group(0) and not self._only_name_before(para, clause_start):
                    # ("Judge Tom Gray jailed Lee Hart for six years. "…," the 34-year-old from Walsall said": of the two
                    # the sentence before names, the one from Walsall may be either; so across a paragraph's break.)
                    return None
                return found
            # ("Blake was more measured. "…," the defender said": a role the article never gave anyone, right after a
            # sentence that sets up one person's words by what they were like — theirs. Not after "Hutton pressed.":
            # the one answering her is someone else.)
            if words.islower() and not described.group(1) and self._described_just_before(para, clause_start):
                return self._subject_just_before(para, clause_start, how + f" → 'the {words}'")
        return None

    def _only_words_in_passing(self, index: int) -> bool:
        """Whether the paragraph quotes someone, and only a few words at a time ("called it "relentlessly bleak"")."""
        if index not in self.texts:
            return False
        para = self.paragraph(index)
        return bool(para.quotes) and all(len(span.inner(para.text).split()) <= 3 for span in para.quotes)

    def _of_age(self, slug: str, words: str) -> bool:
        """Whether "the 29-year-old" can be this person: the article gives their age as that, or gives no one that age
        and them none ("Sam Lee, 21," / "21-year-old Sam Lee" / "Sam Lee (21)")."""
        age = words.split("-")[0]
        stated = {m.group(1) or m.group(4): m.group(2) or m.group(3) for m in _AGE_STATED.finditer(self.article_text)}
        surname = self._speaker(slug, "").name.split()[-1]
        if surname in stated:
            return stated[surname] == age
        return age not in stated.values()

    def _named_later(self, para: _Paragraph, pos: int, owner: str, role: str) -> Optional[Speaker]:
        """"…, with Kyiv's chief negotiator calling the demands "a non-starter"." then, in the next paragraphs,
        "Rustem Umerov, …, who led Kyiv's delegation, told reporters": the one person the article names next with
        that owner's role (or, for a negotiator, delegation) set off after the name; nobody when none or several are,
        or when someone was so described before."""
        kin = _ROLE_KIN.get(role, (role,))
        described = re.compile(r"\b%s['’]s\s+(?:[a-z\-]+\s+){0,2}(?:%s)\b" % (re.escape(owner), "|".join(kin)))
        found = set()
        for index in sorted(i for i in self.texts if i <= para.index + 2):
            later = self.paragraph(index)
            for m in later.mentions:
                if (index, m.start) < (para.index, pos):
                    if m.in_quote or m.possessive:
                        continue
                elif m.in_quote or m.possessive or m.after_preposition or self._kind(m.key) != "person" \
                        or later.masked[m.end:m.end + 1] != ",":
                    continue
                _, s_end = later.sentence_at(m.start)
                aside = later.masked[m.end:min(s_end, m.end + 200)]
                aside = aside[:_VERB.search(aside).start()] if _VERB.search(aside) else aside
                if described.search(aside):
                    if (index, m.start) < (para.index, pos):
                        return None  # named before with that role: a role the usual rules read
                    found.add(m.key)
        if len(found) != 1:
            return None
        return self._speaker(found.pop(), "{name}, so described in the next paragraphs")

    def _person_before_appositive(self, para: _Paragraph, clause_start: int, chunk: str, how: str,
                                  any_role: bool) -> Optional[Speaker]:
        """The person named before an appositive, who spoke rather than the role it gives them ("Capt. Andrii
        Kovalenko, a spokesperson for the brigade, said": `any_role`, the words found were that unnamed role)
        or whoever or whatever the role is for ("Helen Carrick, the Labour MP for Stockport East, said"), also
        past a relative clause after it ("…, the Labour MP for Stockport East, who organised …, said")."""
        end_at, role_seen = len(chunk) - 1, False
        for _ in range(1 if any_role else 2):
            comma = chunk.rfind(",", 0, end_at)
            if comma < 0:
                return None
            role_end = end_at
            if not any_role and _LIST_TAIL.fullmatch(chunk, comma + 1, end_at):
                role_end = comma  # (the role's list, not the role: read on to the comma before it)
                comma = chunk.rfind(",", 0, comma)
                if comma < 0:
                    return None
            if any_role or _ROLE_FOR.match(chunk, comma + 1, role_end) or _ROLE_WHO.match(chunk, comma + 1, role_end):
                role_seen = True
            elif not _RELATIVE.match(chunk, comma + 1, end_at):
                return None
            if role_seen:
                named = self._subject_ending_at(para, clause_start, clause_start + comma, how)
                if named and named.slug and self._kind(named.slug) == "person":
                    return named
            end_at = comma
        return None

    def _described_as(self, words: str, para: _Paragraph, pos: int) -> tuple[list, list]:
        """Where the article used these words before `pos` (paragraph, offset), and the people it put them
        in front of: [(slug, [(paragraph, offset) of those uses])]."""
        pattern = re.compile(r"\b%s\b" % re.escape(words), re.IGNORECASE)
        before = re.compile(r"\b%s,?\s*$" % re.escape(words), re.IGNORECASE)  # ("the Defence Secretary, John Healey")
        uses, fronted = [], {}
        for index, text, stop in self._texts_up_to(para, pos):
            found = [(index, m.start()) for m in pattern.finditer(text, 0, stop)]
            if not found:
                continue  # (most paragraphs: their mentions are not looked at)
            uses += found
            p = para if index == para.index else self.paragraph(index)
            for m in p.mentions:
                if m.start < stop and not m.in_quote and before.search(p.masked, max(0, m.lead - 40), m.lead):
                    fronted.setdefault(m.key, []).append((index, m.lead))
                elif m.start < stop and not (m.in_quote or m.possessive or m.after_preposition):
                    # ("Nabil Bakkali, two years older and Sierra's first-choice goalkeeper,": set off after the name.)
                    after = next((at for i, at in found if i == index and 0 < at - m.end <= 80), None)
                    if after is not None and _APPOSED_TO.fullmatch(p.masked, m.end, after):
                        fronted.setdefault(m.key, []).append((index, after))
        return uses, list(fronted.items())

    def _described_just_before(self, para: _Paragraph, pos: int) -> bool:
        """Whether the sentence before the one at `pos` opens on one person and says what they were like ("Blake was
        more measured.", "Hennessy sounded weary."), quoting no one."""
        s_start = para.sentence_at(pos)[0]
        if self.intro_subject(para, s_start) is None:
            return False
        a, b = next((a, b) for a, b in reversed(para.sentences) if b <= s_start)
        named = next(m for m in para.mentions if a <= m.lead < b and not m.in_quote)
        return _WAS_LIKE.match(para.masked, named.end) is not None

    def _who_said_before(self, para: _Paragraph, s_start: int, gender: str) -> Optional[str]:
        """The person the sentence right before (in this paragraph) names last, with ", who said …" after the name, as
        the one its subject hears from, speaks to or interviews: the one reported speaking there, whom a he or she then
        means (of that gender, or of none the article tells)."""
        before = [(a, b) for a, b in para.sentences if b <= s_start]
        if not before or "\u2588" in para.masked[before[-1][0]:s_start]:
            return None
        a, b = before[-1]
        named = [m for m in para.mentions if a <= m.lead < b and not (m.in_quote or m.possessive)
                 and self._kind(m.key) == "person"]
        last = named[-1] if named else None
        if last is None or not _WHO_SAID.match(para.masked, last.end) \
                or not _HEARS_FROM.search(para.masked, a, last.lead):
            return None  # (only the one the subject listens to: "Reed met Lee, who said …. "…," he said" is Reed's)
        return last.key if self.genders.get(last.key, self.name_genders.get(last.key, gender)) == gender else None

    def _subject_just_before(self, para: _Paragraph, pos: int, how: str) -> Optional[Speaker]:
        """`Hardie was more pointed. "…," the flanker said`: the one person who is the subject of the
        sentence right before, in this paragraph, with no one else named since. (Sports and local copy
        describe a person again by a noun the lexicon may not have: "the flanker", "the 28-year-old".)"""
        k = next((i for i, (a, b) in enumerate(para.sentences) if a <= pos < b), None)
        if not k:
            return None
        a, _ = para.sentences[k - 1]
        self._find_subjects(para.index)
        subjects = {slug for p, o, slug in self.subjects if p == para.index and a <= o < pos and slug}
        named = {m.key for m in para.mentions if a <= m.start < pos and not m.in_quote}
        if len(subjects) != 1 or named != subjects:
            return None
        slug = subjects.pop()
        if self._kind(slug) != "person":
            return None
        return self._speaker(slug, how + " → {name}, the subject of the sentence before")

    def _apposed_name_ending(self, para: _Paragraph, start: int, comma: int) -> Optional[str]:
        """The person named between the comma before `comma` and it, when a role in lower or title case opens the
        stretch before that comma after "the" (", the Defence Secretary, Callum Reid,"); None otherwise."""
        before = para.masked.rfind(",", start, comma)
        if before < 0:
            return None
        mention = next((m for m in para.mentions if not m.in_quote and not m.possessive and m.end == comma
                        and not para.masked[before + 1:m.lead].strip()), None)
        if mention is None or self._kind(mention.key) != "person":
            return None
        role = _ROLE_BEFORE_APPOSITION.search(para.masked, start, before)
        return mention.key if role and role.end() == before else None

    def _subject_ending_at(self, para: _Paragraph, clause_start: int, end: int, how: str) -> Optional[Speaker]:
        masked = para.masked
        text = masked[clause_start:end]
        comma = text.find(",")
        if comma > 0 and text.rstrip().endswith(",") and text.count(",") == 2 and _PERSON_SET_OFF.match(text, comma + 1):
            # ("Yuri Malakhov, the deputy foreign minister leading Russia's delegation, has told …": a person, then the
            # post they hold set off — not the body that post is at.)
            person = next((m for m in para.mentions if m.end == clause_start + comma and not m.in_quote and not m.possessive
                           and not re.search(r"[a-z]", masked[clause_start:m.lead])), None)
            if person is not None and self._kind(person.key) == "person":
                return self._speaker(person.key, how + " → {name}")
        if DOCUMENT_SUBJECT.match(text):
            # "A report published last month by the International Energy Agency said": its author.
            return self._document_author(para, end, "a report by {name}")
        # "Cllr Martin Dyson (Conservative) said", "Sen. Ted Cruz (R-Texas) said": a party or place in brackets.
        bracketed = _BRACKETED_END.sub("", text.rstrip(" ,"))
        stripped = _POST_NOMINAL_END.sub("", bracketed)  # (and "Judge Jason Taylor KC")
        if stripped != bracketed and _DESCRIBED_BY_ARTICLE.search(stripped):
            stripped = bracketed  # "a Moderate MP": a description (its party, then the role), no name's letters
        body = _AND_THE_BODY_END.search(stripped)
        if body and body.group(2) in lx.ORG_HEADS:
            # "The Skerrymore Heritage Trust bought the tower, and the trust says": a clause of its own after ", and",
            # its subject the body, read as if it opened the sentence.
            return self._subject_ending_at(para, clause_start + body.start(1), clause_start + len(stripped), how)
        team = _AND_TEAM.search(stripped)
        if team:
            # "El Amrani and her colleagues write": the paper's lead author, named, for the team.
            found = self._subject_ending_at(para, clause_start, clause_start + team.start(), how)
            return found if found and found.slug and self._kind(found.slug) == "person" else None
        end = clause_start + len(stripped)
        for m in para.mentions:
            if m.end == end and not m.in_quote:
                if _SET_OFF_OF_BEFORE.search(masked, max(clause_start, m.lead - 80), m.lead):
                    # "Annelie Botha, of Botha & Naidoo Restructuring, described …": where the one before works, set
                    # off — not who spoke (the caller finds that one, when the analysis took the name for a person's).
                    return None
                if stripped != bracketed and (self._kind(m.key) != "person" or _ONE_OF.search(masked, clause_start, m.lead)):
                    return None  # "one Fianna Fáil TD said": a member of the party, not the party (nor a person so named)
                # ("Kyiv has one aim, and Foreign Minister Andrii Sybiha has argued": an "and" after a comma
                # opens a clause of its own, whose subject the name is.)
                if m.after_preposition and not m.possessive and self._kind(m.key) == "person" \
                        and _TITLE_OF_BODY.fullmatch(masked, clause_start, m.lead) \
                        and masked[clause_start:m.lead].split()[0].lower() in lx.TITLE_WORDS:
                    # "Minister of State at the Department of Transport Pádraig Foley said": a title naming the body it
                    # is of, then the one who holds it.
                    return self._speaker(m.key, how + " → {name}")
                if m.possessive or m.after_preposition and not CLAUSE_AND.search(masked, max(0, m.lead - 8), m.lead):
                    whole = org_phrase(text) if m.after_preposition and not m.possessive else None
                    if whole and whole[1] == "organization" and whole[0].endswith(para.text[m.start:m.end]) \
                            and len(whole[0]) > m.end - m.start:
                        # "The Council of the European Union said": the body whose name ends on the one the article
                        # knows, not that one.
                        return self._group(para, clause_start, end, how)
                    if not m.possessive and _SPOKES_FOR_END.fullmatch(masked, clause_start, m.lead) \
                            and self._kind(m.key) == "organization":
                        # "A spokesperson for the European Commission said", the body known to the article: its words.
                        return self._speaker(m.key, how + " → a spokesperson for {name}")
                    return None  # "Trump's envoy said", "the president of the UAE, said": not the speaker
                if m.start > clause_start and " of " in text \
                        and para.text[m.start:m.end].split()[0].lower() not in lx.FIRST_NAMES:
                    # "The Office of the Director of Public Prosecutions said": the body whose name ends on the one the
                    # article knows (after a title's "of", read as a person's title), not that one.
                    whole = org_phrase(text)
                    if whole and whole[1] == "organization" and whole[0].endswith(para.text[m.start:m.end]) \
                            and len(whole[0]) > m.end - m.start:
                        return self._group(para, clause_start, end, how)
                return self._speaker(m.key, how + " → {name}")
        pronoun = re.search(r"\b(he|she|He|She)$", stripped)
        if pronoun:
            word = pronoun.group(1).lower()
            spokes = self._spokes_subject_before(para, clause_start, "m" if word == "he" else "f")
            if spokes:
                return spokes
            asked = self._the_one_asked(para, clause_start + pronoun.start(), end, "m" if word == "he" else "f")
            if asked:
                return self._speaker(asked, f"'{word} replied' → {{name}}, the one asked in the sentence before")
            asked = self._asked_as_pronoun_before(para, clause_start + pronoun.start(), "m" if word == "he" else "f")
            if asked:
                return self._speaker(asked, f"'{word}' → {{name}}, whom the paragraph before asks as '{word == 'he' and 'him' or 'her'}'")
            asked = self._writer_addressed(para, clause_start + pronoun.start(), "m" if word == "he" else "f")
            if asked:
                return self._speaker(asked, f"'{word}' → {{name}}, whom the writer put the question to just before")
            # (A role the article gave one person, the subject of the sentence right before, is nearer than anyone
            # named as a subject further back.)
            slug = self._role_subject_before(para, clause_start + pronoun.start(), "m" if word == "he" else "f")
            if slug:
                return self._speaker(slug, f"'{word}' → {{name}}, titled so as the subject of the sentence before")
            if _unnamed_reports_before(para, 0, para.sentence_at(clause_start + pronoun.start())[0],
                                       "m" if word == "he" else "f"):
                return None  # (`The girl's father said … "…," he said`: he is the father, unnamed)
            s_start = para.sentence_at(clause_start + pronoun.start())[0]
            said_so = self._who_said_before(para, s_start, "m" if word == "he" else "f")
            if said_so:
                # ("Mokoena hears from Ukraine's ambassador, Oleh Marchenko, who said African countries could help. "…,"
                # he told the podcast": the one the sentence before reports saying it, over its subject.)
                return self._speaker(said_so, f"'{word}' → {{name}}, who said so in the sentence before")
            own = _unnamed_subject(para.masked, s_start, clause_start + pronoun.start())
            # (Not where the sentence acts on someone named before, whom the he or she then means: "A neighbour found
            # her on the kitchen floor, she said: "…"".)
            if own and own.group(1).lower() in _INDEFINITE and "\u2588" not in para.masked[s_start:clause_start + pronoun.start()] \
                    and not re.search(r"\b(?:her|him|his)\b", para.masked[own.end():clause_start + pronoun.start()]):
                # (`A Ukrainian official Lowe spoke to was blunter, he said: "…"`: someone unnamed is the sentence's
                # subject, and the words are theirs, whoever "he" is that reports them.)
                return None
            slug = self._antecedent(para.index, clause_start + pronoun.start(), "m" if word == "he" else "f")
            kin = _OWNED_KIN_OPENS.search(masked, para.sentence_at(max(0, para.sentence_at(clause_start)[0] - 1))[0],
                                          clause_start) if slug and clause_start > 0 else None
            if kin and KIN_GENDER.get(kin.group(1).lower()) == ("m" if word == "he" else "f") \
                    and not any(kin.end() <= m.lead < clause_start and not m.in_quote for m in para.mentions):
                # ("Tipoki's grandmother, who followed every hole, had the last word. "…," she said.": someone's unnamed
                # kin, the subject just before, is the she.)
                return None
            replies = slug is not None and _REPLIED.match(masked, end) is not None and any(
                span.end <= clause_start and para.text[span.start:span.end].rstrip(" \"”’'").endswith("?")
                for span in para.quotes)
            if replies and self.last_spoke == (para.index, slug):
                # (`Caller Anne Kerr said the plan was wrong. "Why?" the host asked. "…," she replied.`: the one who
                # asked the question just before does not answer it.)
                return None
            if slug is not None and _REPLIED.match(masked, end) and self._asked_just_before(para, clause_start, slug):
                # (Nor one the sentence before tells asked: `Paul Murphy asked Micheál Martin whether the freeze would
                # be extended. "We have no plans to," he answered.` — the one asked answers, whom "he" does not tell.)
                return None
            before = self.paragraph(para.index - 1) if replies and para.index - 1 in self.texts else None
            if before is not None and _UNNAMED_PEOPLE.search(before.masked) \
                    and not re.search(r"(?:^|[.!?]\s+)(?:He|She)\s", before.masked) \
                    and not any(m.key == slug and not m.in_quote for m in (*before.mentions, *para.mentions)):
                # (`"Do you accept that …?" Swanepoel asked. "I accept it is not the same," she replied.` after "the
                # mother conceded …": the one answering is the one asked, someone the paragraph before brings in
                # unnamed — not a she named further back, whom no "She …" carried on there.)
                return None
            if slug:
                if self._kind(slug) == "organization":  # (see spokes_subjects)
                    return self._speaker(slug, f"'{word}' → {{name}}, whose spokesperson was the last subject")
                return self._speaker(slug, f"'{word}' → {{name}}, the last person named as a subject")
            return None
        pronoun_it = re.search(r"\b(?:it|It)$", stripped)
        if pronoun_it and sn.PREPOSITION_END.search(stripped, 0, pronoun_it.start()):
            pronoun_it = None  # ("One woman near the end of it said:": the queue's end, no body speaking)
        if pronoun_it and _IT_READS.match(masked, end):
            # "X has posted a short message on social media. It reads in full: "…"": a text speaks, not a body; its
            # words are whoever posted it, the subject of the sentence before — no one, when that does not say.
            # (A body that issued it, "The airline later issued a statement. It reads:", is found as "it" is below.)
            posted, poster = self._poster_before(para, end, how)
            if poster is not None or not posted:
                return poster
            # ("The French presidency has released a short statement. It reads:": the body the sentence opens on.)
            poster = self._body_opening_sentence_before(para, end - 1)
            if poster is not None:
                return poster
        delegation = self._delegation_of_clause(para, clause_start + pronoun_it.start()) if pronoun_it else None
        if delegation:
            return delegation
        if pronoun_it:
            # "The report said …. It called …": "it" is the document the sentence before was about.
            s_start, _ = para.sentence_at(end - 1)
            before = [a for a, b in para.sentences if b <= s_start]
            sentence_before = para.masked[before[-1]:s_start].strip() if before else ""
            doc = re.match(r"(?:The|This|That|Its|An?)\s+(?:[a-z\-]+\s+){0,2}?(%s)\b" % "|".join(sorted(DOCUMENTS)),
                           sentence_before)
            if doc:
                return self._document_author(para, s_start, "'it' → the " + doc.group(1) + " → {name}")
            # "…," it added: the organization that spoke last, in this paragraph or the one before — unless, for one
            # quoted in the paragraph before, this paragraph names another speaking just before: "Russia's defence
            # ministry confirmed the swap. It thanked the Emirati side for its "…"" is the ministry's.
            quoted = self.orgs[-1][1] if self.orgs and self.orgs[-1][0] >= para.index - 1 else None
            if quoted and self.orgs[-1][0] == para.index:
                return self._speaker(quoted, "'it' → {name}, the organization quoted just before")
            # "The European Commission said on Monday it would investigate. "…," it said": the organization that
            # is the subject of the speech verb just before, quoted or not.
            org = self._org_subject_before(para, clause_start + pronoun_it.start()) if pronoun_it else None
            own = self._body_opening_sentence_before(para, clause_start + pronoun_it.start(), own=True) \
                if _goes_on_as_it(para.masked[para.sentence_at(clause_start + pronoun_it.start())[0]:
                                              clause_start + pronoun_it.end()]) else None
            if own and own.slug:
                # ("The Russian embassy in London did not respond …, but in a statement last month it described the
                # measures as "…"": the body its own sentence opens on, nearer than one that spoke before.)
                return own
            if para.sentence_at(clause_start + pronoun_it.start())[0] > 0:
                # "The Russian embassy did not respond. It has described …": the body the sentence right before in
                # this paragraph opens on, nearer than the one quoted in the paragraph before. (Not one it only names:
                # "Google said it would appeal. The fine, set by the European Commission, … It called …" is Google's.)
                nearer = self._body_opening_sentence_before(para, clause_start + pronoun_it.start())
                if nearer and nearer.slug:
                    return nearer
                # ("The Kremlin struck a harder tone. In a statement …, it said": a body by its name, so too.)
                named = self._named_body_opening_before(para, clause_start + pronoun_it.start())
                if named:
                    # (By a short name of the body that spoke before, "The Commission" after "the European Commission":
                    # that body.)
                    known = next((slug for slug in (quoted, org) if slug and slug.endswith("-" + slugify(named))), None)
                    if known:
                        return self._speaker(known, "'it' → {name}, the body the sentence before opens on")
                    fuller = {m.group(1) for m in re.finditer(r"\b((?:(?!The\b)[A-Z][\w'’\-]+\s+){1,3}%s)\b" % re.escape(named),
                                                             self.article_text)}
                    return self._org_named(fuller.pop() if len(fuller) == 1 else named,
                                           "'it' → {name}, the body the sentence before opens on")
            if quoted and not org:
                return self._speaker(quoted, "'it' → {name}, the organization quoted just before")
            if org:
                return self._org_named(self.org_names.get(org) or self._speaker(org, "").name,
                                       "'it' → {name}, the organization that spoke just before")
            # "Tesco said profits rose. It added …": "it" shows the bare name that spoke just before to be an organization.
            name = self._bare_name_subject(para, clause_start + pronoun_it.start()) if org is None else None
            if name and not re.search(r"\b(?:he|she|He|She)\b", para.masked[:clause_start]):
                return self._org_named(name, "'it' → {name}, the name that spoke just before")
            return self._org_of_sentence_before(para, clause_start + pronoun_it.start()) \
                or self._body_subject_of_own_sentence(para, clause_start + pronoun_it.start())
        seat = seat_subject(stripped)
        if seat:
            return self._org_named(seat, how + " → {name}, the office its seat stands for")
        issued = STATEMENT_FROM_SUBJECT.fullmatch(stripped.strip(" ,\u2588"))
        if issued:
            # "A statement from the Football Association said": who issued it (a person the article names, or an
            # organization's name).
            at = clause_start + len(text) - len(text.lstrip(" ,\u2588")) + issued.start(1)
            mention = self._mention_at(para, at)
            if mention and not mention.possessive:
                return self._speaker(mention.key, "a statement from {name}")
            # (A statement is always someone's: a name no list knows, "Castleford Town", is its issuer too, unless it
            # names a place or a country.)
            words = issued.group(1).split()
            if any(w.lower() in lx.ORG_WORDS or w.lower() in lx.ORG_HEADS for w in words) or not any(
                    w.lower() in lx.GOVERNMENT_PLACES or w.lower() in lx.COUNTRIES for w in words):
                return self._org_named(issued.group(1), "a statement from {name}")
            return None
        owned = OWNER_DOCUMENT.search(stripped)
        # (The subject, not the object of the clause's verb: "The Russian embassy in Canberra has responded to
        # Australia's announcement, calling the new listings "…"" is the embassy's.)
        # (After "the", a connective or a comma it still is: "But the Treasury's statement said", "…, but the BBC's
        # statement called it".)
        if owned and not _OWNER_MAY_FOLLOW.search(stripped[:owned.start()]):
            owned = None
        if owned:
            # "Thames Water's statement said": the organization whose statement it is. (A person's: step 4.)
            name = owned.group(1)
            words = name.split()
            known = self.people.people.get(slugify(name)) or self.gaz.people.get(self.gaz.names.get(tuple(w.lower() for w in words), ""))
            if known is not None:
                return self._speaker(known.slug, "{name}'s " + owned.group(2)) if known.kind == "organization" else None
            if not any(w.lower() in NOT_ORG_WORDS - lx.ORG_HEADS or w.lower() in lx.GOVERNMENT_PLACES
                       or w.strip(".").upper() in COUNTRY_ACRONYMS for w in words) and words[0].lower() not in lx.FIRST_NAMES \
                    and not any(m.start <= clause_start + owned.start(1) < m.end or clause_start + owned.start(1) <= m.start < clause_start + owned.end(1)
                                for m in para.mentions):
                return self._org_named(name, "{name}'s " + owned.group(2))
            return None
        theirs = _THE_BODYS_DOCUMENT.match(stripped)
        if theirs and theirs.group(1) in ORG_NOUNS_SPOKEN_FOR:
            # "The federation's annual report, published in October, warned": the body "the federation" stands for.
            return self._anaphor(theirs.group(1), para, clause_start)
        own = ITS_DOCUMENT.fullmatch(text)
        if own:
            # "Its report, published on Thursday, said": whose report the article said, else the organization
            # the sentence before opened on ("The Care Quality Commission (CQC) inspected …").
            kind = own.group(1).lower()
            return (self._document_author(para, clause_start, f"'its {kind}' → {{name}}")
                    or self._org_opening_before(para, clause_start, f"'its {kind}' → {{name}}, the subject of the sentence before"))
        role = re.search(r"\b(the|The)\s+((?:[A-Za-z][\w\-'’.]*\s+){0,4}[A-Za-z][\w\-'’.]*)$", stripped)
        # (Past a live blog's time stamp: "**9.45pm** One official travelling with the Prime Minister told".)
        unnamed = _UNNAMED_APPOSED.match(stripped, _POSTED_AT.match(stripped).end()) if role else None
        relative = [m for m in _RELATIVE_WORD.finditer(stripped, unnamed.end(), role.start())] if unnamed else []
        if unnamed and (re.search(r"\b(?:in|at|from|of|with|to)\s+$", stripped[:role.start()])
                        or relative and relative[-1].group(0) not in ("what", "as")
                        and stripped[relative[-1].end():role.start()].strip()):
            # "A senior official in the Ministry of External Affairs": someone unnamed there, not its minister; nor
            # the object of a clause about them, "An executive at one of the three airlines that serve the airport"
            # (not the subject of one: "A former fund manager who … was jailed, in what the judge called").
            return None
        pointed = re.fullmatch(r"\s*(?:That|This|These|Those)\s+(\w+)", stripped)
        if pointed and pointed.group(1).lower() in _ISSUED_DOCUMENTS:
            # "That assessment, published in February, said" after "an assessment by the security service".
            return self._document_author(para, clause_start, f"'{pointed.group(0).strip()}' → {{name}}")
        # (In lower case: "The Harbour Review said" is a publication's name, not a review.)
        if role and role.group(2).split()[-1] in _ISSUED_DOCUMENTS and len(role.group(2).split()) <= 2:
            # "The report said": the words are its author's, when the article said whose report it is.
            return self._document_author(para, clause_start + role.start(), "'the " + role.group(2) + "' → {name}")
        if role and role.group(2).lower() == "letter":
            # `"…," the letter said` after "a letter sent to MPs by the ambassador, Ana Ruiz": its writer.
            found = self._document_author(para, clause_start + role.start(), "'the letter' → {name}")
            if found:
                return found
        if role and role.group(2).lower() in ISSUED:
            # `"…," the statement said` after `The Ministry of Defence said …`: the organization that is the subject of
            # the speech verb right before (not past anyone else who spoke: "The family … said in a statement").
            org = self._nearest_speaker_org(para, clause_start + role.start())
            if org:
                return self._org_named(self.org_names.get(org) or self._speaker(org, "").name,
                                       f"'the {role.group(2)}' → {{name}}, the organization that spoke just before")
            return self._issuer(role.group(2).lower(), para, clause_start + role.start()) or (
                # "… according to a statement from the US State Department. "…," the statement said": whom it is from.
                self._document_author(para, clause_start + role.start(), f"'the {role.group(2)}' → {{name}}")
                if role.group(2).lower() in ("statement", "letter") else None)
        apposition = _APPOSITION_OBJECT.search(stripped, 0, role.start()) if role else None
        if apposition:
            # "Katrin Vollmer, a foreign-policy adviser to the German chancellor, said": the role closes what the name
            # set off before it is (whose adviser), and the name is the subject; the chancellor never spoke.
            named = next((m for m in para.mentions if m.end == clause_start + apposition.end(1) and not m.in_quote), None)
            if named is not None and not named.possessive and self._kind(named.key) == "person":
                return self._speaker(named.key, how + " → {name} (the role closes what the name is set off as)")
            words = apposition.group(1).split()
            if len(words) >= 2 and not any(w.lower() in lx.CAPITALIZED_STOPWORDS or w.lower() in lx.CALENDAR_WORDS
                                           for w in words):
                return None  # (a name no person of the article bears: not the role's holder either)
        apposed_to = _NAME_BEFORE_ROLE.search(stripped, 0, role.start()) if role else None
        # (Not the object of an opening phrase: "In a post on Facebook, the Russian Foreign Ministry called".)
        if apposed_to and apposed_to.group(1).split()[0].lower() not in NOT_ORG_WORDS \
                and not _PREPOSITION_ENDS.search(stripped, 0, apposed_to.start(1)):
            # "Jensen Huang, the chief executive, added": the name set before the role is who spoke — not whoever
            # the article titled so before (and no one when that name is no person's the article knows).
            named = next((m for m in para.mentions if m.end == clause_start + apposed_to.end(1) and not m.in_quote), None)
            if named is None or named.possessive or self._kind(named.key) != "person":
                return None  # (the caller then reads the name alone: "Nvidia, the chipmaker, said" is Nvidia)
            return self._speaker(named.key, how + " → {name}")
        if role:
            found = self._role(role.group(2), f"the {role.group(2)}", (para, clause_start + role.start()))
            if found:
                return found
            found = (self._role_nearby(para, clause_start + role.start(), role.group(2))
                     or self._known_role_nearby(para, clause_start + role.start(), role.group(2)))
            if found:
                return found
            # ("A spokesperson for Vanshika Developers said the company would appeal. "…," the spokesperson said.": the
            # one the sentence before brought in, not the body quoted in the paragraph before.)
            quoted = max((span.start for span in para.quotes if span.end <= clause_start), default=None)
            found = self._spokes_opening(para, para.sentence_at(quoted - 1)[0], quoted,
                                         _SPOKES_GENDER.get(role.group(2).lower())) \
                if quoted and role.group(2).lower().startswith("spokes") else None
            if found:
                return found
            found = self._spokes_of_last_org("the " + role.group(2), para.index, same_paragraph=False)
            if found:
                return found
            found = self._role_named_next(para, clause_start + role.start(), role.group(2))
            if found:
                return found
        return self._group(para, clause_start, end, how) or self._one_word_org(para, clause_start, end, how)

    def _org_opening_before(self, para: _Paragraph, pos: int, how: str) -> Optional[Speaker]:
        """The organization the sentence before `pos` opens on as its subject (in this paragraph, or the last
        sentence of the one before): "The Care Quality Commission (CQC) inspected …", "NHS England has …"."""
        before = [(a, b) for a, b in para.sentences if b <= pos]
        if before:
            text = para.masked[before[-1][0]:before[-1][1]]
        elif para.index - 1 in self.texts:
            prev = self.paragraph(para.index - 1)
            text = prev.masked[prev.sentences[-1][0]:prev.sentences[-1][1]] if prev.sentences else ""
        else:
            return None
        text = _ENTRY_TIME_OPENS.sub("", text, 1)
        seat = SEAT_OPENS.match(text)
        if seat:
            return self._org_named(seat_name(seat.group(1)), how)  # ("The Kremlin has responded. Its spokesman said")
        m = ORG_OPENING.match(text)
        if not m:
            # ("The trust described the numbers as …": the body "the trust" stands for.)
            anaphor = _THE_BODY_OPENING.match(text)
            found = self._anaphor(anaphor.group(1), para, pos) if anaphor and anaphor.group(1) in lx.ORG_HEADS else None
            return self._speaker(found.slug, f"{how} ({found.how})") \
                if found and found.slug and self._kind(found.slug) == "organization" else None
        name = m.group(1)
        phrase = org_phrase(name)
        known = self.people.people.get(slugify(name)) or self.gaz.people.get(self.gaz.names.get(
            tuple(w.lower() for w in name.split()), ""))
        if (phrase and phrase[1] == "organization" and phrase[0] == name) or (known and known.kind == "organization"):
            return self._org_named(name, how)
        return None

    def _document_author(self, para: _Paragraph, pos: int, how: str) -> Optional[Speaker]:
        """Whose report "the report" is: "a report by the Rail Accident Investigation Branch",
        "the IEA's report", in this paragraph before `pos` or in the one before. None if not said."""
        texts = [para.masked[:pos]]
        if para.index - 1 in self.texts:
            texts.insert(0, self.paragraph(para.index - 1).masked)
        for text in reversed(texts):
            found = None
            for m in DOCUMENT_BY.finditer(text):
                found = m
            if found is None:
                owned = None
                for owned in _OWNERS_DOCUMENT.finditer(text):
                    pass
                if owned is not None:
                    # "The Met Office's red warning for the storm …. The warning says": its owner wrote it.
                    at = owned.start("name")
                    where = para if text is texts[-1] else self.paragraph(para.index - 1)
                    named = next((m for m in where.mentions if m.lead <= at < m.end), None)
                    if named is not None:
                        return self._speaker(named.key, how)
                    words = owned.group("name").split()
                    if words[0].lower() not in lx.FIRST_NAMES and words[0].lower() not in lx.CALENDAR_WORDS \
                            and words[0].lower() not in lx.CAPITALIZED_STOPWORDS and not any(
                            w.lower() in lx.GOVERNMENT_PLACES or w.upper() in COUNTRY_ACRONYMS for w in words):
                        return self._org_named(owned.group("name"), how)
                    return None
                if text is texts[-1] and _ITS_DOCUMENT.search(text):
                    # "The Met Office has extended its amber wind warning …. The warning says": the body whose it is,
                    # the subject of the sentence that names it.
                    return self._org_opening_before(para, pos, how)
                continue
            person = self._person_after(para if text is texts[-1] else self.paragraph(para.index - 1), found.end())
            if person:
                return self._speaker(person.key, how)
            if _UNSPECIFIED_BODY.match(text, found.end()):
                return None  # ("a briefing note from one European delegation": which one is not told)
            # ("by the consultancy Meridian Advisory": what the author is may stand before its name.)
            descriptor = re.match(r"(?:the\s+)?(%s)\s+(?=[A-Z])" % DESCRIPTOR_WORD.pattern, text[found.end():]) \
                or _KIND_BEFORE_NAME.match(text, found.end())
            start = found.end() + (descriptor.end() - descriptor.start() if descriptor else 0)  # ("the Oslo-based Arctic Institute": its name)
            run = re.match(r"(?:the\s+)?(?:(?:consultancy|firm|accountancy|accountants|auditors?|think\s+tank|charity|"
                           r"campaign\s+group|group|watchdog|regulator|agency|company)\s+)?((?:[A-Z][\w\-'’.&]*|of|and|for|on)(?:\s+(?:[A-Z][\w\-'’.&]*|&|of|and|for|on|(?:(?<=of )|(?<=for )|(?<=on ))the|to(?=\s+[A-Z])))*)",
                           text[start:])
            name = run.group(1).rstrip() if run else ""
            # (A name holds its small words whole: "Egyptian Center for the Right to Medicine".)
            while name.split() and name.split()[-1] in ("of", "and", "for", "on", "the"):
                name = name.rsplit(" ", 1)[0]
            kind = _LOWER_HEAD_AFTER.match(text, start + run.start(1) + len(name)) if name else None
            if kind:
                name += kind.group(0)  # "a report by the Port Wren planning department": the town's department wrote it
            if not name:
                return None
            phrase = org_phrase("the " + name)
            if phrase and phrase[1] == "organization":
                return self._org_named(phrase[0], how)
            # Whoever a report is by is its author: a name of several capitalized words or an acronym
            # is taken as an organization's unless the article made it a person's.
            words = name.split()
            known = self.people.people.get(slugify(name))
            # (One word too where a body issues the document, "a note from Barclays", and the word is no first name, place
            # or common noun.)
            one = len(words) == 1 and found.group(1) in _ISSUED_BY_BODIES and words[0].lower() not in lx.FIRST_NAMES \
                and words[0].lower() not in lx.GOVERNMENT_PLACES and words[0].lower() not in NOT_ORG_WORDS
            if (len([w for w in words if w[0].isupper()]) >= 2 or name.isupper() or one) \
                    and (known is None or known.kind == "organization"):
                return self._org_named(name, how)
            return None
        return None

    def _person_after(self, para: _Paragraph, pos: int) -> Optional[Mention]:
        """The person named right at `pos`, or after the role set off before their name ("the finance director, Ana
        Ruiz", "Ukraine's ambassador in London, Valerii Zaluzhnyi")."""
        for m in para.mentions:
            if m.lead < pos or m.lead > pos + 80 or m.in_quote:
                continue
            between = para.masked[pos:m.lead]
            if (not between.strip() or _ROLE_BEFORE_NAME.fullmatch(between)) and not m.possessive \
                    and self._kind(m.key) == "person":
                return m
            return None
        return None

    def _org_slug(self, name: str) -> str:
        """An organization's slug, its name kept for when it turns out to be a speaker."""
        name = self._spelled_out(name)
        tokens = tuple(w.lower() for w in re.findall(r"[A-Za-z][\w\-'’.]*", name))
        slug = self.gaz.names.get(tokens) or slugify(name)
        self.org_names.setdefault(slug, name)
        return slug

    def _without_zone(self, name: str) -> str:
        """("**11.02am AEST** Ukraine's foreign ministry has thanked …": a live entry's time zone is no part of the name.)"""
        zone = _ZONE_OPENING.match(name)
        if zone and re.search(r"\d[.:]\d\d\s*(?:[ap]\.?m\.?)?\s*%s\b" % zone.group(1), self.article_text, re.IGNORECASE):
            return name[zone.end():]  # (only where the article stamps its entries with that zone: not "GMT Properties")
        return name

    def _org_named(self, name: str, how: str) -> Speaker:
        name = self._without_zone(name)
        # ("Istanbul-based Egeli Petrol": where the body is based tells it apart in the sentence; its name is the rest.)
        # ("Port Kembla-based Southern Cross Steel": a place of two words.)
        described = re.match(r"(?:[A-Z][\w’'.]*\s+)?(?:%s)\s+(?=[A-Z])" % DESCRIPTOR_WORD.pattern, name)
        if described:
            name = name[described.end():]
        # ("Operator Greenline Coaches says", "Carmaker Stellantis said": the kind of business, capitalized for opening
        # the sentence, is no part of the name.)
        kind = _KIND_OPENING.match(name)
        if kind and kind.group(1).lower() in _KINDS_NO_NAME_OPENS:
            name = name[kind.end():]
        name = self.named_in_full.get(slugify(name)) or self._full_name_of(self._spelled_out(name))
        tokens = tuple(w.lower() for w in re.findall(r"[A-Za-z][\w\-'’.]*", name))
        slug = self.gaz.names.get(tokens) or slugify(name)
        if slug not in self.people.people and slug not in self.gaz.people:
            self.people.people[slug] = Person(slug=slug, name=name, kind="organization")
            self.people.unknown.add(slug)
        return self._speaker(slug, how)

    def _texts_up_to(self, para: _Paragraph, pos: int):
        """(index, text, where to stop reading it) of every paragraph up to `pos` in `para`: what a reader has
        read when they reach that point."""
        for index, text in self.texts.items():
            if index <= para.index:
                yield index, text, (pos if index == para.index else len(text))

    def _names_ending_in(self, words: str, para: _Paragraph, pos: int) -> set[str]:
        """Every proper name written before `pos` whose last words are `words` capitalized, with more capitalized
        words before them ("Fresno County District Attorney's Office" for "district attorney's office")."""
        tail = r"\s+".join(re.escape(w[:1].upper()) + re.escape(w[1:]) for w in words.split())
        # ("Canal & River Trust": an ampersand between two of its words.)
        pattern = re.compile(r"([A-Z][\w'’.&\-]*\s+(?:(?:[A-Z][\w'’.&\-]*|&)\s+){0,3}%s)\b" % tail)
        return {" ".join(found) for found, *_ in self._names_found(pattern, para, pos) if len(found) > len(words.split())}

    def _names_found(self, pattern: re.Pattern, para: _Paragraph, pos: int):
        """(its words, the match, its text, where reading stops) for each name `pattern` finds before `pos`, without
        the capitalized "The" opening it ("The UK Health Security Agency")."""
        for _, text, stop in self._texts_up_to(para, pos):
            for m in pattern.finditer(text, 0, stop):
                words = m.group(1).split()
                # (Nor a month or a day opening the sentence: "In March the Skerrymore Heritage Trust bought …".)
                while words and (words[0].lower() in lx.CAPITALIZED_STOPWORDS or words[0].lower() in lx.CALENDAR_WORDS):
                    words = words[1:]
                if len(words) > 2 and words[0].lower() in lx.PERSON_NOUNS and words[1] in ("of", "at", "from"):
                    words = words[2:]  # ("Members of Ashcombe Borough Council's cabinet voted": the council's name)
                if "of" in words[1:-1]:
                    # (Nor a person of the article before the body they are of: "Faisal Rahman of Northfield Police" is
                    # the police's name after "of" — not "City of London Police", whose "City" is no one's name.)
                    at = words.index("of", 1)
                    if any(" ".join(words[:at]).endswith(p.name) for p in self.people.people.values() if p.kind == "person"):
                        words = words[at + 1:]
                yield words, m, text, stop

    def _names_with_head(self, head: str, para: _Paragraph, pos: int) -> set[str]:
        """Every proper name ending in `head` ("UK Health Security Agency" for "agency") written before `pos`."""
        # ("Canal & River Trust": an ampersand joins two of its words.)
        pattern = re.compile(r"\b((?:[A-Z][\w'’.&\-]*\s+(?:(?:of|and|for|the|on|&)\s+)?){1,6}%s)\b" % re.escape(head.capitalize()))
        names = set()
        for words, m, text, stop in self._names_found(pattern, para, pos):
            if "and" in words[1:-2]:
                # ("applied to Arts Council England and Hull City Council": two bodies, each with a head of its own —
                # the one ending in the head is the name; not "Department for Business and Trade".)
                k = len(words) - 1 - words[::-1].index("and")
                # (Not where the part after "and" opens on a body's word: "University and College Union", "Bank and
                # Trust Company".)
                if any(w.lower() in lx.ORG_HEADS for w in words[:k]) and len(words) - k - 1 >= 2 \
                        and "of" not in words[:k] and "for" not in words[:k] and len(words[:k]) >= 2 \
                        and words[k + 1].lower() not in lx.ORG_WORDS and words[k + 1].lower() not in lx.ORG_HEADS:
                    left = [w.lower() for w in words[:k]]
                    if head in left:  # (both by that head, "the council": either)
                        names.add(" ".join(words[:left.index(head) + 1]))
                    words = words[k + 1:]
            if len(words) >= 2:
                of = _OF_NAME_AFTER.match(text, m.end(), stop)
                # (All of "Samsun Chamber of Shipping", "… Headquarters for the Treatment of Prisoners of War", not
                # the full stop after it.)
                names.add(" ".join(words) + (of.group(0).rstrip(".") if of else ""))
        return names

    def _org_before_which(self, para: _Paragraph, at: int) -> Optional[str]:
        """The organization whose name ends right before `at` (the comma before "which"): a name org_phrase reads
        as one, or one set after a noun saying what kind of body it is ("consumer group OCU", "the union Unite")."""
        if any(m.end == at and not m.in_quote and self._kind(m.key) == "person" for m in para.mentions):
            return None
        before = para.masked[max(0, at - 120):at]
        phrase = org_phrase(before)
        if phrase and phrase[1] == "organization":
            return phrase[0]
        # (The object of a clause: "… are mediated by the Geneva-based Centre for Negotiated Settlements, which said".)
        tail = _NAME_ENDING.search(before)
        phrase = org_phrase("the " + tail.group(1)) if tail and _PREPOSITION_BEFORE.search(before, 0, tail.start()) else None
        if phrase and phrase[1] == "organization":
            return phrase[0]
        kind = _KIND_THEN_NAME.search(before)
        if kind and kind.group(1).lower().rstrip("s") in _BODY_NOUNS and not any(
                w.lower() in NOT_ORG_WORDS for w in kind.group(2).split()):
            known = self.people.people.get(slugify(kind.group(2))) or self.gaz.people.get(slugify(kind.group(2)))
            if known is None or known.kind == "organization":
                return kind.group(2)
        words = tail.group(1).split() if tail and _PREPOSITION_BEFORE.search(before, 0, tail.start()) else []
        if len(words) >= 2 and words[0].lower() not in lx.FIRST_NAMES and not any(
                w.lower() in NOT_ORG_WORDS or lx.country_of(w) or w.lower() in lx.GOVERNMENT_PLACES for w in words) \
                and not any(m.lead < at <= m.end + 1 and not m.in_quote for m in para.mentions) \
                and _WHICH_SAID_IN_STATEMENT.match(para.masked, at):
            # ("The collection is published by Tamarind House, which said in a statement that …": a name of two words
            # or more no given name opens, the object of a preposition, that puts out a statement — a body's.)
            return tail.group(1)
        return None

    def _names_opening_on(self, head: str, para: _Paragraph, pos: int) -> set[str]:
        """Every proper name opening on `head` and what it is of or for ("Bank of England", "Department for
        Education", "Ministry of Housing, Communities and Local Government") written before `pos`."""
        # (A connector may take "the" after it: "Court of Justice of the European Union" is one name.)
        pattern = re.compile(r"(?<![\w\-])%s\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’.&\-]*(?:\s+(?:(?:of|and|for|the|on)\s+)?"
                             r"(?:(?<=of )the\s+|(?<=for )the\s+|(?<=on )the\s+)?[A-Z][\w'’.&\-]*)*" % re.escape(head))
        names = set()
        for _, text, stop in self._texts_up_to(para, pos):
            for m in pattern.finditer(text, 0, stop):
                before = re.search(r"([A-Za-z][\w'’.&\-]*)\s+$", text[max(0, m.start() - 30):m.start()])
                if before and before.group(1)[0].isupper() and before.group(1).lower() not in lx.CAPITALIZED_STOPWORDS:
                    continue  # ("the Supreme Court of Canada": the head ends a longer name, it does not open one)
                # (A name that lists its remits goes on past its commas: see org_phrase.)
                listed = _LISTED_ON.match(text, m.end(), stop)
                whole = org_phrase(m.group(0) + listed.group(0)) if listed else None
                name = whole[0] if whole and whole[0].startswith(m.group(0)) else m.group(0)
                # (A full stop after a word of three letters or more ends the sentence, not an abbreviation: "the
                # Department of Rural and Community Development. The current contract …".)
                name = re.split(r"(?<=[a-z]{3})\.\s", name, maxsplit=1)[0]
                names.add(_trimmed_name(name[:-1] if re.search(r"[a-z]{3}\.$", name) else name))
        return names

    def _described_org(self, head: str, para: _Paragraph, pos: int) -> Optional[str]:
        """"Brightwater Care, one of England's largest care home operators" … "the company told the regulator":
        the one name the article set off with a description whose head word is of the same family as `head`."""
        family = next((f for f in HEAD_FAMILIES if head in f), None)
        if family is None:
            if head not in ORG_NOUNS_SPOKEN_FOR:
                return None
            family = frozenset({head})  # "the club": what the article called a club
        names = set()
        for _, text, stop in self._texts_up_to(para, pos):
            described = [(m.group(1), m.group(2)) for m in _DESCRIBED_NAME.finditer(text, 0, stop)]
            # ("Mr Lowther's cycling club, Highworth Wheelers, paid tribute": the noun before the name.)
            described += [(m.group(2), m.group(1)) for m in _NAME_AFTER_NOUN.finditer(text, 0, stop)]
            # ("under a timetable drawn up by the state-owned operator Western Isles Marine Services": with no comma;
            # not "the company Ben Lowry founded", a person's name.)
            described += [(m.group(2), m.group(1)) for m in _THE_NOUN_NAME.finditer(text, 0, stop)
                          if m.group(2).split()[0].lower() not in lx.FIRST_NAMES]
            for name, noun in described:
                noun = noun.lower()
                noun = noun[:-1] if noun.endswith("s") and noun[:-1] in family else noun
                if noun in family:
                    words = name.split()
                    while words and words[0].lower() in lx.CAPITALIZED_STOPWORDS:
                        words = words[1:]
                    if len(words) > 2 and words[0].lower() in _HELD_IN and words[1] in ("of", "in"):
                        words = words[2:]  # ("Shares of Sierra Ridge Mining, a Nevada-based producer, rose 6%")
                    known = self.people.people.get(slugify(" ".join(words)))
                    # (Nor a person described by what they led: "Foreign Minister Sergei Lavrov, who led the Russian
                    # delegation,".)
                    person = bool(words) and (words[0].lower() in lx.TITLE_WORDS or any(
                        p.kind == "person" and " ".join(words).endswith(p.name) for p in self.people.people.values()))
                    if words and (known is None or known.kind == "organization") and not person:
                        names.add(" ".join(words))
        return names.pop() if len(names) == 1 else None

    def _full_name_of(self, name: str) -> str:
        """"Castlebridge" → "Castlebridge United", "Orbis" → "Orbis Holdings plc", "Andina Copper" → "Andina Copper Corp":
        a body called by the first words of its name after the article gave it in full with words that only say what
        kind of body it is (a club's, a company's, its trade), and only one such full name."""
        if not name[:1].isupper() or name.lower() in lx.GOVERNMENT_PLACES or name.lower() in lx.COUNTRIES \
                or name.lower() in _SERVICE_PLACES:
            return name  # ("Queensland said" is the state's, whatever "Queensland Health" said before)
        text = self.article_text
        uses = [(at, bool(_BODY_SUFFIX_AFTER.match(text, at + len(name)))) for at in occurrences(text, name)]
        if not any(suffixed for _, suffixed in uses):
            return name  # (no use of the name is followed by a suffix: the regex, compiled for this name, cannot match)
        # (A trade word may name a sister company, "Adani" then "its listed unit Adani Power": only a full name given
        # before the body is first called by its first word alone is that body's.)
        first_bare = next((at for at, suffixed in uses if not suffixed), len(text))
        # (A trade that ends people's names too only where the short name speaks as a body does: "Ardan said it expected
        # …", "AeroServ said in a statement" — not "Byrne, the union's shop steward, said" after "Byrne Cargo Services".)
        trades = f"{_TRADE_SUFFIXES}|{_SPEAKING_TRADES}" if re.search(
            r"\b%s\s+(?:said|says|announced|confirmed)\s+(?:in\s+a\s+statement\b|(?:that\s+)?it\b)" % re.escape(name), text) \
            else _TRADE_SUFFIXES
        own_word = r"\s+[A-Z][a-z][\w&\-]*\s+(?:%s)\b" % trades
        full = {m.group(0) for m in re.finditer(r"\b%s(?:(?:\s+(?:%s|%s)\b\.?)+|%s|%s)" % (
                    re.escape(name), _BODY_SUFFIXES, trades, _OWN_WORDS_THEN_FORM, own_word), text)
                if m.start() < first_bare or _KIND_SUFFIX_AFTER.match(text, m.start() + len(name))}
        return full.pop() if len(full) == 1 else name

    def _spelled_out(self, name: str) -> str:
        """"PTD" → "Petroleum Tanker Drivers" when the article wrote "Petroleum Tanker Drivers (PTD)":
        an acronym is the name the article gave in full in front of it, once."""
        if not (2 <= len(name) <= 8 and name[0].isupper() and name.isalpha()):
            return name
        if f"({name})" not in self.article_text:
            if not (name.isupper() and len(name) >= 3):
                return name
            # ("the International Committee of the Red Cross" … "The ICRC said": a name whose initials the acronym
            # is, given in full somewhere in the story — one such name only. The story's runs of capitalized words
            # by their initials are listed once an article.)
            if self.initials is None:
                self.initials = {}
                for m in _CAPITALIZED_RUN.finditer(self.article_text):
                    words = m.group(0).split()
                    while len(words) > 2 and words[0].lower() in lx.CAPITALIZED_STOPWORDS:
                        words = words[1:]  # ("The Australian Competition and Consumer Commission" is the ACCC's)
                    # (And each name the run holds up to a small word: "the Black Mountain Consortium on Friday" is a
                    # BMC too, beside "The Baltic Maritime Council": two names of those initials, neither said.)
                    ends = [k for k in range(1, len(words)) if words[k][0].islower() and words[k - 1][0].isupper()]
                    # (A place in capitals before it is part of the name, not of the acronym: "The NSW Environment
                    # Protection Authority" … "An EPA spokeswoman".)
                    place = _PLACE_IN_CAPITALS.search(self.article_text, max(0, m.start() - 6), m.start())
                    place = place.group(1) + " " if place and place.group(1).lower() in _SERVICE_PLACES else ""
                    for run in {" ".join(words[:k]) for k in ends} | {" ".join(words)}:
                        self.initials.setdefault("".join(w[0] for w in run.split() if w[0].isupper()), set()).add(
                            place + run)
            full = self.initials.get(name, ())
            if len(full) == 2:
                # ("The NSW Environment Protection Authority" and "the Environment Protection Authority" later: one body.)
                longer, shorter = sorted(full, key=len, reverse=True)
                full = {longer} if longer.endswith(" " + shorter) else full
            return next(iter(full)) if len(full) == 1 else name
        # ("Union of Shop, Distributive and Allied Workers (Usdaw)": a short form written as a word.)
        full = {m.group(1) for m in re.finditer(r"((?:[A-Z][\w'’\-&.]*,?\s+(?:(?:of|and|for|the|de|du|des)\s+)?){1,7})\(%s\)"
                                                % re.escape(name), self.article_text)}
        runs = set()
        for run in full:
            words = run.split()
            # (Not across a sentence's end: "… near Charlestown. ¶ Transport Infrastructure Ireland (TII) said" — a
            # word's own full stop, as sentence_spans reads it, not an abbreviation's: "U.S.", "Govt.", "Corp.".)
            words = words[max((k + 1 for k, w in enumerate(words[:-1]) if w.endswith(".") and ends_a_sentence(w)),
                              default=0):]
            while words and words[0].lower() in lx.CAPITALIZED_STOPWORDS:
                words = words[1:]  # "The World Food Programme (WFP)"
            if len(words) >= 2 and "".join(w[0] for w in words if w[0].isupper()).upper().startswith(name[0]) and (
                    name.isupper() or any(w.lower().strip(",") in lx.ORG_WORDS for w in words)
                    # ("Transport for Greater Manchester (TfGM)": a short form of every word's first letter, small ones too.)
                    or "".join(w[0] for w in words).lower() == name.lower() and len(name) >= 3):
                runs.add(" ".join(words).rstrip(","))  # (not "Lisa Lane (Labour)": a word short form names an organization)
        return runs.pop() if len(runs) == 1 else name

    def _apposed(self, para: _Paragraph, pos: int, verb: str) -> Optional[Speaker]:
        """`," said its chief executive, Andrew Haines`, `," said a nurse, Ewa Nowak`: the person named in apposition to a
        role."""
        # (A title in capitals too, "said the Speaker, Lindsay Hoyle", in a few words.)
        # ("said Estonia's defence minister, Kadri Lepp": a country's or a body's role, as "its" role; a name of
        # several words and a plural's apostrophe too, "said Aire Valley Buses' managing director, Graham Tierney".)
        m = re.match(r"\s+(?:its|their|the|his|her|a|an|one|another|(?:[A-Z][\w\-&]*\s+){0,4}[A-Z][\w\-]*(?:['’]s|s['’]))\s+(?:[a-z][^,.;:!?\u2588\"“”]{0,60}|"
                     r"[A-Z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}),\s*", para.masked[pos:pos + 100])
        if not m:
            # (`?" asked counsel assisting the coroner, Sarah Ngata.`: a person's noun with no article, what they do
            # after it, then the name.)
            m = _BARE_ROLE_SET_OFF.match(para.masked[pos:pos + 100])
            if not m or m.group(1) not in lx.PERSON_NOUNS:
                return None
        if _FOR_SOMEONE.search(m.group(0)):
            # ("said a spokesman for the player's agent, Jorge Mendes": the name is whom "for" points to; not a remit,
            # "the city's commissioner for housing, Maren Tollefsen".)
            return None
        named = self._mention_at(para, pos + m.end())
        if named and self._kind(named.key) == "person" and not named.possessive:
            return self._speaker(named.key, f"named after the quote ({verb} …, {{name}})")
        return None

    def _name_given_after(self, para: _Paragraph, pos: int, verb: str) -> Optional[Speaker]:
        """`," said a medic who gave her name only as Iryna`, `," said a company commander …, who asked to be identified
        only by his call sign, Tykhyi,`: the unnamed speaker's relative clause gives the name they go by."""
        m = _NAME_GIVEN_AFTER.match(para.masked, pos)
        named = self._mention_at(para, m.end()) if m else None
        if named is None or named.possessive or self._kind(named.key) != "person" or any(
                pos <= n.lead < m.end() and not n.in_quote for n in para.mentions):
            return None
        return self._speaker(named.key, f"named after the quote ({verb} …, who gave the name {{name}})")

    def _one_word_org(self, para: _Paragraph, clause_start: int, end: int, how: str) -> Optional[Speaker]:
        """`Nvidia said`, `Spain's weather agency AEMET said`: one capitalized word no person has, kept
        only with evidence that it is an organization (see one_word_org); `Port of Tallinn said in a statement`: a
        longer name, whose statement is that evidence (see stated_org)."""
        if para.masked[end:end + 2].lstrip(" ").startswith(",") and any(
                clause_start <= m.start < end and not m.in_quote for m in para.mentions):
            return None  # "Ursula Pachl, deputy director of … BEUC, said": the word ends an apposition
        name = one_word_org(para.masked, clause_start, end, self.article_text) or stated_org(para.masked, clause_start, end, self.article_text)
        if name is None:
            # ("Halvorsen Therapeutics is recalling …" then "In a letter …, Halvorsen wrote": the first word of a body's
            # name the article gave whole, with what kind of body or trade it is, standing alone as a subject — when
            # no one of the article is so named.)
            bare = _BARE_WORD_SUBJECT.search(para.masked, clause_start, end)
            if bare is None or any(m.lead <= bare.start(1) < m.end for m in para.mentions):
                return None
            full = self._full_name_of(bare.group(1))
            if full == bare.group(1) or any(p.kind == "person" and bare.group(1) in p.name.split()
                                            for p in self.people.people.values()):
                return None
            return self._org_named(full, how + " → {name}, the body named in full before")
        at = para.masked.rfind(name, clause_start, end)
        if at > 0 and _OBJECT_IN_ASIDE.search(para.masked, clause_start, at):
            return None  # "Jones, speaking to the BBC, said": the object of an aside, not who spoke
        name = self._spelled_out(name)
        if " " not in name and not any(p.kind == "person" and name in p.name.split() for p in self.people.people.values()):
            # ("Lakeshore Dairy Cooperative, which sells cheddar, …" then "Lakeshore said in a statement": the body named
            # in full before, as for a word with no evidence of its own above.)
            name = self._full_name_of(name)
        slug = slugify(name)
        known = self.people.people.get(slug) or self.gaz.people.get(slug)
        if known is not None:
            return self._speaker(slug, how + " → {name}") if known.kind == "organization" else None
        return self._org_named(name, how + " → {name}, an organization")

    def _group(self, para: _Paragraph, clause_start: int, end: int, how: str) -> Optional[Speaker]:
        """An organization or an unnamed speaker as the subject: "India's foreign ministry", "a senior official"."""
        if _THE_SPOKES.fullmatch(para.masked, clause_start, end):
            org = self._spokes_subject_before(para, clause_start) or self._spokes_of_paragraph_before(para, clause_start)
            if org:
                return org  # "A spokesperson for the Department for … said …. "…," the spokesperson said."
        if _ITS_SPOKES.fullmatch(para.masked, clause_start, end):
            # "The Kremlin has responded. Its spokesman said …": the body the sentence before opens on, through its
            # spokesperson.
            return self._org_opening_before(para, clause_start, how + " → 'its spokesperson' → {name}")
        group = _THE_BODYS_GROUP.fullmatch(para.masked, clause_start, end)
        if group:
            # "Analysts at Barclays estimated …. "…," the bank's analysts wrote": the bank before, through its analysts.
            found = self._anaphor(group.group(1).lower(), para, clause_start)
            return found if found and found.slug and self._kind(found.slug) == "organization" else None
        phrase = org_phrase(para.masked[clause_start:end])
        if phrase is None:
            return None
        name, kind = phrase
        name = self._without_zone(name) if kind == "organization" else name
        chunk = para.masked[clause_start:end].rstrip(" ,")
        number = re.search(r"\s(\d{1,5})$", chunk)
        if number and kind == "organization" and chunk[:number.start()].endswith(name):
            name += " " + number.group(1)  # "School District 57", "Local 1199": the number is part of the name
        if kind == "anonymous":
            owner = SPOKES_OWNER.match(name)
            if owner and re.search(r"\s(?:for|of|and)\s", owner.group(1)) \
                    and owner.group(1).split()[0].lower() in lx.TITLE_WORDS | _NOBLE_TITLES \
                    and owner.group(1).split()[0].lower() not in _PUBLIC_SERVICES:
                # ("a Prince of Wales spokesman", "a Mayor of London spokesman": a person's office — not "a Transport for
                # NSW spokeswoman", a service's, though its word is a portfolio's too.)
                owner = None
            org = self._owner_org(owner.group(1)) if owner else None
            if not org and owner and re.search(r"\s(?:for|of)\s", owner.group(1)) \
                    and (org_phrase(owner.group(1)) or ("", ""))[1] == "organization":
                org = self._org_named(owner.group(1), "").slug  # ("a Department for Transport spokesperson")
            if not org:
                # "A U.S. State Department spokesperson", "a Department of Health and Social Care spokesperson",
                # "a Swiss foreign ministry spokesperson": a name ending in an organization word is the office
                # they speak for, a country's name in it or not (unlike "a U.S. spokesperson").
                owner = SPOKES_OFFICE.match(name)
                org = self._org_named(owner.group(1), "").slug if owner else None
            national = _NATIONAL_GOVERNMENT_SPOKES.fullmatch(name) if not org else None
            if national and (national.group(1).lower() in lx.AFFILIATIONS
                             # ("The Delhi government has ordered …. A Delhi government spokesperson said": a place's
                             # government the article named as a body.)
                             or re.search(r"\b[Tt]he\s+%s\s+government\b" % re.escape(national.group(1)),
                                          self.article_text) is not None):
                # "A Hungarian government spokesman said": that country's government.
                org = self._org_named(national.group(1) + " " + national.group(2), "").slug  # ("Scottish Government")
            if org:
                return self._speaker(org, f"'{name}' → {{name}}")
            # (Where the phrase stands, past a clause of the sentence before it: "The Professional Darts Corporation
            # said it was …, and a spokesperson called it "…"".)
            joined = _AND_THEN.search(para.masked, clause_start, end) if "and" in chunk else None
            first_verb = _VERB.search(para.masked, clause_start, joined.start()) if joined else None
            if joined and (first_verb is None or re.search(r"[A-Z]", para.masked[first_verb.end():joined.start()])):
                joined = None  # (not past another body its clause names: "Ofcom said it had … about the BBC, and a spokesperson …")
            org = self._spokes_of_last_org(name, para.index, same_paragraph=True,
                                           pos=joined.end() if joined and para.masked[joined.end():end].rstrip(" ,") == name else clause_start)
            if org:
                return org
            for_name = _SPOKES_FOR_NAME.search(name)
            if for_name and re.search(r"\bfor\s+the\s+[A-Z]", name) and (len(for_name.group(1).split()) == 1 or any(
                    w.lower() in lx.TITLE_WORDS or w.lower() in lx.ROLE_NOUNS or w.lower() in _NOBLE_TITLES
                    for w in for_name.group(1).split())):
                # ("a spokeswoman for the Smiths": a family; "for the First Minister", "for the Prince of Wales": a
                # person, by their title; "for the Northern Courier": a paper.)
                for_name = None
            sited = _SITED_IN.search(for_name.group(1)) if for_name else None
            if sited and sited.group(1).lower() not in _SITED_BODIES:
                for_name = None  # ("a spokeswoman for Tesco in Ireland": the company, where she speaks for it)
            if for_name:
                # "a spokesperson for Thames Water": the organization they speak for, when that name is no person's
                # of the article, no place and no first name.
                at = para.masked.rfind(for_name.group(1), clause_start, end)
                # (A place inside a longer name is part of it, "Transport for Wales"; a place alone is no body's name.)
                words = [w for w in for_name.group(1).split() if w[0].isupper()]
                if at >= 0 and not any(m.lead <= at < m.end or at <= m.lead < at + len(for_name.group(1)) for m in para.mentions) \
                        and not all(w.lower() in lx.GOVERNMENT_PLACES or w.lower() in lx.AFFILIATIONS or w.strip(".").upper()
                                    in COUNTRY_ACRONYMS for w in words) \
                        and words[0].lower() not in lx.FIRST_NAMES:
                    return self._org_named(for_name.group(1), f"'{name}' → {{name}}")
            of_org = _SPOKES_OF_NOUN.fullmatch(name)
            head = (of_org.group("head") or of_org.group("owner")).lower() if of_org else ""
            if head in ORG_NOUNS_SPOKEN_FOR:
                # "A spokesman for the service said", "a club spokesman said": the organization "the service",
                # "the club" would be (named as a speaker just before, or the one named or described so).
                found = self._anaphor(head, para, clause_start, far=False)
                kind = of_org.group("kind") if of_org else None
                if found and kind and (f"{kind} {head}" not in found.name.lower() or found.name.lower().count(head) > 1):
                    found = None  # ("the regional council" is not the district council named before, nor "the other trust")
                if found:
                    return Speaker(found.slug, found.name, f"'{name}' → " + found.how)
            owner = SPOKES_OWNER.match(name)
            if owner and owner.group(1).lower() in _DEPARTMENT_ALONE:
                # ("A Treasury spokesman", no Treasury named or quoted before: the department, though its word is a
                # title's too, "Treasury Secretary".)
                return self._org_named(owner.group(1), f"'{name}' → {{name}}")
            return Speaker("", name, f"an unnamed speaker: '{name}'")
        if kind == "anaphor":
            return self._anaphor(name.split()[-1].lower(), para, clause_start)
        if _OWNERS_DESCRIPTION.fullmatch(name) and _name_set_off_before(para.masked[clause_start:end], name):
            # "Comisiones Obreras, Spain's largest trade union, said": an owner's words for what the name before them
            # is — the name is who spoke (the caller reads it alone), as with "Nvidia, the chipmaker, said".
            return None
        full = self._in_full(name, para, clause_start)
        if full is not None:
            return self._org_named(full, how + f" → '{name}', named in full before as {{name}}")
        seat = _PLACE_AFTER_BODY.search(name)
        if seat and self._named_without_place(name[:seat.start()], name[seat.start():]):
            # "Carraig Hospice in Mallow, which opened in 2009, said" when the article names "Carraig Hospice" alone
            # too: where it is, not part of its name (but "the High Court in Belfast" and "… in Dublin" are two courts).
            name = name[:seat.start()]
        if " " in name and (name.islower() or name.istitle()) and name.split()[-1].lower() in lx.ORG_HEADS:
            # "the district attorney's office said" after "the Fresno County District Attorney's Office": the body the
            # article named in full, capitalized, with those words last — when it named one so ("The Weather Service
            # said" after "The South African Weather Service had issued …" too; not where the words before it only
            # say where it is based, "Sydney-based Pacific Beverage Holdings").
            fuller = {f for f in self._names_ending_in(name.lower(), para, clause_start)
                      if not (DESCRIPTOR_WORD.fullmatch(f.split()[0]) and f.split(None, 1)[1].lower() == name.lower())}
            if name.istitle():
                # (Capitalized, only a body quoted before: "the Foreign Ministry said" after "The Japanese Foreign
                # Ministry lodged a protest" may be China's.)
                quoted = {self._speaker(slug, "").name for _, slug in self.orgs}
                fuller &= quoted
            if len(fuller) == 1:
                self.named_in_full[slugify(name)] = full = fuller.pop()
                return self._org_named(full, how + f" → '{name}', named in full before as {{name}}")
        at = para.masked.rfind(name, clause_start, end)
        person = next((m for m in para.mentions if at >= 0 and at <= m.lead < at + 16 and not m.in_quote
                       and self._kind(m.key) == "person" and _OF_BODY_AFTER.match(para.masked, m.end)), None)
        if person is not None:
            # "Dr. Farah Siddiqui of the Centre for Eurasian Studies in New Delhi argued": the person, of the body.
            return self._speaker(person.key, how + " → {name}, of the body named after them")
        tokens = tuple(w.lower() for w in re.findall(r"[A-Za-z][\w\-'’.]*", name))
        slug = self.gaz.names.get(tokens) or self.gaz.roles.get(normalize_role(name))
        if slug is None:
            slug = slugify(name)
            known = self.people.people.get(slug) or self.gaz.people.get(slug)
            if known is not None and known.kind != "organization":
                return None
            if slug not in self.people.people:
                self.people.people[slug] = Person(slug=slug, name=name, kind="organization")
                self.people.unknown.add(slug)
        return self._speaker(slug, how + " → {name}, an organization")

    def _owned_body_here(self, head: str, para: _Paragraph, clause_start: int, quoted: set) -> Optional[Speaker]:
        """"Ukraine's embassy in Ottawa welcomed it …. Russia's embassy was less welcoming. "…," the embassy said": the
        one country's body of that head word this paragraph names before the words, in small letters, when it is not
        the one quoted before."""
        if head not in _OWNED_BODY_HEADS:
            return None
        # (Opening its sentence, the subject: not "It also criticised Russia's embassy, which …", "Protesters gathered
        # outside Russia's embassy".)
        here = {m.group(1) for m in _OWNED_BODY.finditer(para.masked, 0, clause_start) if m.group(2).lower() == head
                and re.split(r"['’\s]", m.group(1))[0].lower() in _COUNTRIES_AND_PEOPLES
                and any(a <= m.start() and (not para.masked[a:m.start()].strip()
                                            or (when := _WHEN_OPENS.match(para.masked, a)) is not None and when.end() == m.start())
                        for a, _ in para.sentences)}
        if len(here) != 1 or any(slugify(next(iter(here))).startswith(q) or q.startswith(slugify(next(iter(here))))
                                 for q in quoted):
            return None
        return self._org_named(here.pop(), f"'the {head}' → {{name}}, so named just before")

    def _anaphor(self, head: str, para: _Paragraph, clause_start: int, far: bool = True) -> Optional[Speaker]:
        """"the ministry said": the organization already quoted, or named just before, whose name that head word fits.
        (Not `far`: no organization quoted further back that the word would only fit by its kind, as "a company
        spokesperson" may speak for a company the article never quoted.)"""
        # (Opening its sentence, no name set off beside it: not "Vodafone, a mobile operator, said", "One operator,
        # Yarra Trams, said".)
        # (So past the body they work for: "One Bellmere Transit operator, who spoke on condition of anonymity, said".)
        if head in lx.PERSON_NOUNS and re.search(r"(?:^|[.!?\u2588\"”]\s+)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z\-]+\s+|(?:[A-Z][\w'’\-]*\s+){1,3})?%s\b"
                                                 r"(?!,\s+[A-Z])" % re.escape(head), para.masked[:clause_start]):
            # ("One lift operator, who spoke on condition of anonymity, said …. "…," the operator said": the person just
            # brought in, unnamed — not the resort company "the operator" would mean elsewhere.)
            return Speaker("", f"the {head}", f"an unnamed speaker: 'the {head}', brought in unnamed just before")
        slugs = {slug for _, slug in self.orgs if head in self._speaker(slug, "").name.lower().split()}
        if slugs:
            # "Ukraine's foreign ministry said in a statement …. "…," the ministry said" after Russia's defence ministry
            # was quoted: the one whose name fits, speaking just before, is nearer than any quoted further back.
            nearer = self._org_subject_before(para, clause_start)
            name_of = (self.org_names.get(nearer) or self._speaker(nearer, "").name) if nearer else ""
            if nearer and nearer not in slugs and head in name_of.lower().split() \
                    and not self._another_subject_between(para, clause_start, name_of):
                return self._org_named(name_of, f"'the {head}' → {{name}}, named just before")
        if len(slugs) == 1:
            # ("**6:30 PM IST** — India's Ministry of External Affairs (MEA) has reacted …. In a brief statement, the
            # ministry said:" after Ukraine's foreign ministry was quoted: the body the sentence right before opens on.)
            opening = self._named_body_opening_before(para, clause_start)
            if opening and head in opening.lower().split() and slugify(opening) not in slugs:
                return self._org_named(opening, f"'the {head}' → {{name}}, the body the sentence before opens on")
            return self._owned_body_here(head, para, clause_start, slugs) \
                or self._speaker(slugs.pop(), f"'the {head}' → {{name}}, quoted before")
        if slugs:
            return None
        if head not in HEAD_FAMILIES[0] and head != "party":
            # "Relief organisation Ubuntu Aid said it had delivered 600 blankets. "…," the organisation said": the body
            # that spoke just before (reporting, not quoted), when the article says it is one of that kind.
            nearer = self._org_subject_before(para, clause_start)
            name_of = (self.org_names.get(nearer) or self._speaker(nearer, "").name) if nearer else ""
            # (Only one body of that kind named here or just before: "Northgate Royal Infirmary said …. St Luke's
            # Infirmary said …. A spokesman for the infirmary said" may mean either.)
            # (Nor past a body named here by that very word: "Britain's Ministry of Defence says …" ¶ "The Department of
            # Foreign Affairs and Trade has issued a statement. "…," the department said" is the department's.)
            if nearer and len(self._names_ending_in(head, para, clause_start)) <= 1 \
                    and fits_family(head, name_of, self.article_text) \
                    and not self._another_subject_between(para, clause_start, name_of) \
                    and not _another_named_by(head, name_of, para.masked[:clause_start]):
                return self._org_named(name_of, f"'the {head}' → {{name}}, the subject just before")

        if head == "party":
            # "For the Liberal Democrats, … Calum Miller urged …. The party later said": the one party named just
            # before (this paragraph, else the one before), by a name such as "the Conservatives" or "Labour".
            party = self._party_named(para, clause_start)
            return self._org_named(party, "'the party' → {name}, the one party named just before") if party else None
        if head in HEAD_FAMILIES[0]:
            # "Avanti West Coast urged passengers not to travel. "…," the operator said": the body whose doing the
            # sentence right before tells, whatever its verb — nearer than one that spoke before it.
            name = self._name_opening_before(para, clause_start)
            # (Not while another body of that kind has spoken here or just before, or opens a sentence before it:
            # "Vodafone reported a loss. Ofcom said it would investigate. "…," the company said" may mean either.)
            # (Its own full name is no other body: "SkyLink said …" after "SkyLink Ground Services".)
            own = {slugify(name), slugify(self._full_name_of(name))} if name else set()
            if name and fits_family(head, name, self.article_text) and not any((para.index, o) in self.orgs for o in own):
                if self._other_name_opens(para, clause_start, name) or any(
                        at >= para.index - 1 and slug not in own
                        and fits_family(head, self._speaker(slug, "").name, self.article_text) for at, slug in self.orgs):
                    return None
                return self._org_named(name, f"'the {head}' → {{name}}, the subject of the sentence just before")
        if head in HEAD_FAMILIES[0]:
            # "Unilever said sales rose. The company said …": a bare name opening the sentence of the speech verb
            # just before, which "the company" shows to be one (a name never written as a person's or a place).
            name = self._bare_name_subject(para, clause_start)
            others = {slug for _, slug in self.orgs if fits_family(head, self._speaker(slug, "").name, self.article_text)} - {slugify(name or "")}
            if name and not others and fits_family(head, name, self.article_text) \
                    and not self._other_name_opens(para, clause_start, name):
                # (Only while no other company has spoken: "Ofcom said …. The company said" after Vodafone spoke
                # may well mean Vodafone.)
                return self._org_named(name, f"'the {head}' → {{name}}, named just before")
        # "Nvidia said …" then "the company said": the organization named as the subject of a
        # speech verb just before (this paragraph or the one before), if the head word fits it — but after
        # "Nvidia shares fell 3%. The chipmaker said …" not the Microsoft of the paragraph before, nor any other
        # organization quoted further back.
        org = self._org_subject_before(para, clause_start)
        own_name = self.org_names.get(org) or self._speaker(org, "").name if org else ""
        blocked = bool(org) and self._another_subject_between(para, clause_start, own_name)
        org = None if blocked else org
        own = self.org_names.get(org) or self._speaker(org, "").name if org else ""
        if org and any(n not in own for n in self._names_with_head(head, para, clause_start)):
            org = None  # "Northgate Royal Infirmary said …. St Luke's Infirmary said …. A spokesman for the infirmary": which one
        if org and _another_named_by(head, own, para.masked[:clause_start]):
            org = None  # (a body named here by that very word: see _another_named_by)
        if org and fits_family(head, own_name, self.article_text) and not (
                head in HEAD_FAMILIES[0] and self._other_name_opens(para, clause_start, own_name)):
            return self._org_named(self.org_names.get(org) or self._speaker(org, "").name,
                                   f"'the {head}' → {{name}}, named just before")
        # Further back: the one organization quoted so far that the head word fits.
        fitting = {slug for _, slug in self.orgs if fits_family(head, self._speaker(slug, "").name, self.article_text)} if far and not blocked else set()
        if head in lx.BUSINESS_KINDS and head not in _ANY_BUSINESS:
            # ("Halden Resources said …" then, further on, "Qantas said fares would rise. The airline told investors that
            # demand was "…"": a trade's word means a body quoted further back only when its name or the article says it
            # is of that trade — a name with no such word fits "the company", not "the airline".)
            fitting = {slug for slug in fitting if _of_trade(head, self._speaker(slug, "").name, self.article_text)}
        if len(fitting) == 1 and not org and _another_named_by(head, self._speaker(next(iter(fitting)), "").name,
                                                              para.masked[:clause_start]):
            fitting = set()  # (a body named here by that very word, over one quoted further back: see _another_named_by)
        if len(fitting) == 1 and not org:
            # (Not past another name speaking just before: "Atlantic Grid now says … "…," the company said" after
            # Caledonian Rail was quoted may mean either.)
            if any(not (m.in_quote or m.possessive or m.after_preposition) and m.end <= clause_start and m.key not in fitting
                   and _NAME_THEN_SPEECH_VERB.match(para.masked, m.end) for m in para.mentions):
                return None
            only = fitting.pop()
            here = self._owned_body_here(head, para, clause_start, {only})
            if here:
                return here
            described = self._described_org(head, para, clause_start)
            if described and described in para.text[:clause_start] and slugify(described) != only:
                # ("sold in June to a developer, Coastline Living, …. The company said": the body this paragraph
                # just described as one, over a paper quoted paragraphs before.)
                return self._org_named(described, f"'the {head}' → {{name}}, described as such just before")
            if head not in self._speaker(only, "").name.lower().split():
                # "according to Ukraine's Energy Ministry. "…," the ministry said" after Switzerland's Federal
                # Department of Foreign Affairs was quoted: the body this paragraph names by that very word.
                here = {n for n in self._names_with_head(head, para, clause_start) if n in para.text[:clause_start]}
                if len(here) == 1:
                    return self._org_named(here.pop(), f"'the {head}' → {{name}}, so named just before")
            return self._speaker(only, f"'the {head}' → {{name}}, the one such organization quoted before")
        if not fitting and not org:
            # "figures from the UK Health Security Agency (UKHSA)" … "The agency said": the one
            # organization the article named before with that head word, quoted or not.
            # ("the Court of Appeal ruled …" … "the court said": a name opening on the head word counts too.)
            named = self._names_with_head(head, para, clause_start) | self._names_opening_on(head.capitalize(), para, clause_start)
            if head in POLICE_HEADS:
                # ("Detective Constable Faisal Rahman of Northfield Police said …. The force said": a force is named
                # "… Police" as often as "… Constabulary".)
                named |= {n for other in POLICE_HEADS - {head} for n in self._names_with_head(other, para, clause_start)}
            if head in CLUB_HEADS:
                # ("Dunmore Rovers have sacked their manager. …, the club said": a club's name says what it is.)
                named |= {m.group(1).removeprefix("The ") for _, text, stop in self._texts_up_to(para, clause_start)
                          for m in CLUB_NAME.finditer(text, 0, stop)
                          if not _PLACE_PREPOSITION_BEFORE.search(text, max(0, m.start() - 6), m.start())}
            if not named and head in _OWNED_BODY_HEADS:
                # ("Ukraine's foreign ministry welcomed the decision. "…," the ministry said": a country's body named
                # in small letters, as papers write them, is the one that word means.)
                # (Whose: a country or a people, "Ukraine's", "the Indian" — not "Tom Reed's return to government",
                # "Tuesday's cabinet".)
                named = {m.group(1) for _, text, stop in self._texts_up_to(para, clause_start)
                         for m in _OWNED_BODY.finditer(text, 0, stop) if m.group(2).lower() == head
                         and re.split(r"['’\s]", m.group(1))[0].lower() in _COUNTRIES_AND_PEOPLES}
            if len(named) == 1:
                return self._org_named(named.pop(), f"'the {head}' → {{name}}, the one such organization named before")
        if not fitting:
            # "Hebridean Ferries, which operates the route, has chartered …. "…," the company said": the one name of a
            # body's shape that opens a sentence of this paragraph before it (over the story's first subject, and over
            # a body described as a company further back: "The Beef Council, an industry group, said …" / "Chinook
            # Power, the utility serving the area, said …. Crews were "…," the company said").
            # ("Chinook Power, the utility serving the area, said …. Crews were "…," the company said": a body a
            # sentence of this paragraph opens on, speaking there, over one described as a company further back —
            # "The Beef Council, an industry group, said …". Not one that only acts: "Alaska Airlines grounded its
            # fleet. "…," the company said" after "Boeing, the planemaker," is Boeing's.)
            starts = {a + len(para.masked[a:b]) - len(para.masked[a:b].lstrip()) for a, b in para.sentences
                      if a < clause_start}
            speaking = {para.text[m.start:m.end] for m in para.mentions if m.lead in starts and m.lead < clause_start
                        and not (m.in_quote or m.possessive) and self._kind(m.key) == "organization"
                        and _BODY_SPEAKS_NEXT.match(para.masked, m.end)} if head in HEAD_FAMILIES[0] else set()
            if len(speaking) == 1:
                return self._org_named(speaking.pop(), f"'the {head}' → {{name}}, the body speaking in a sentence "
                                                       "just before")
            # (Also past an organization that spoke but is of another kind: "the consultancy Meridian Advisory".)
            described = self._described_org(head, para, clause_start)
            if described:
                return self._org_named(described, f"'the {head}' → {{name}}, the one organization described as such before")
            if head in HEAD_FAMILIES[0]:
                # "Hebridean Ferries, which operates the route, has chartered …. "…," the company said": the one name of
                # a body's shape that opens a sentence of this paragraph before it (over the story's first subject).
                opening = {m.group(1) for m in (_BODY_NAME_OPENS.match(para.masked, a, b)
                                                for a, b in para.sentences if a < clause_start) if m}
                if len(opening) == 1:
                    return self._org_named(opening.pop(), f"'the {head}' → {{name}}, the body a sentence just before "
                                                          "opens on")
            if head in HEAD_FAMILIES[0] and not self.orgs:
                lead = self._lead_subject(head)
                if lead:
                    return self._org_named(lead, f"'the {head}' → {{name}}, the subject of the story's first sentence")
                # ("Shares of Konkan Refineries Ltd fell … after the company said …": the one name the article gave
                # with a company's legal form before, when no body has spoken yet.)
                if head in ("company", "firm", "group"):
                    incorporated = {" ".join(found) for found, *_ in self._names_found(_INCORPORATED_NAME, para, clause_start)}
                    only = incorporated.pop() if len(incorporated) == 1 else None
                    if only and self._story_is_about(only, head, para, clause_start):
                        return self._org_named(only, f"'the {head}' → {{name}}, the one company the article named with "
                                                     "its legal form, in its first sentence")
        return None

    def _story_is_about(self, name: str, head: str, para: _Paragraph, pos: int) -> bool:
        """Whether the story's first sentence names the company (its news: "Shares of Konkan Refineries Ltd fell …") and
        nothing before `pos` names another business that "the company" could be: a name with a trade or a kind of
        body ("Marlow Shipping"), or a business in lower case ("the carmaker", "her own company")."""
        first = self.paragraph(min(self.texts))
        a, b = first.sentences[0] if first.sentences else (0, len(first.masked))
        if name not in first.text[a:b]:
            return False
        for _, text, stop in self._texts_up_to(para, pos):
            if _OTHER_BUSINESS.search(text, 0, stop) or any(
                    m.group(0).strip() != name and not name.startswith(m.group(0).split()[0])
                    for m in _TRADE_NAMED.finditer(text, 0, stop)):
                return False
        return True

    def _lead_subject(self, head: str) -> Optional[str]:
        """"Chinese battery maker Qingtian Power has put on hold …" … "The company said": the name the story's first
        sentence opens on (past a dateline and a few words saying what it is), when it is no person's, place's or common
        word's and "the company" can be it. (The caller asks only while no organization has been quoted.)"""
        if not self.texts:
            return None
        first = self.paragraph(min(self.texts))
        a, b = first.sentences[0] if first.sentences else (0, len(first.masked))
        m = _LEAD_NAME_SUBJECT.match(first.masked, a, b)
        place = _PLACE_PHRASE_BEFORE.search(first.masked, a, m.start(1)) if m else None
        # (Without "the", only a place set off by a comma: "Islanders on Inishcorran, off the Donegal coast, face …" —
        # not "Homeowners on Persimmon estates say …", a company's name before what it builds.)
        # (Nor one "of", "in", "on" … a place, its verb right after it: "Residents of Gabriola Island face …", "Islanders
        # on Inis Mór have said …" — not a body's
        # name before what it owns or serves, "Residents of Clarion Housing flats", "People in Southern Water areas".)
        if not m or place and (place.group("the") or first.masked.startswith(",", m.end(1))
                               or place.group("prep") in ("of", "in", "on", "at", "from")
                               and not _OWNED_NOUN_AFTER.match(first.masked, m.end(1))):
            return None  # (Nor a place's name after its preposition: "Residents of the Whitsundays are …", "Islanders on Inishcorran".)
        name = m.group(1)
        words = name.split()
        if len(words) >= 3 and words[0].lower() in _TRADES_OPENING:
            # ("Distributor Southern Cross Pictures will release …": what the body does, capitalized as the sentence's
            # first word, then its name.)
            words = words[1:]
            name = " ".join(words)
        # (No person's or place's: "Kenya's Daniel Rono", "Portugal"; no common word written in lower case elsewhere in
        # the story: "People".)
        if any(w.lower() in lx.GOVERNMENT_PLACES or w.lower() in lx.AFFILIATIONS or w.lower() in lx.FIRST_NAMES
               or w.endswith(("'s", "’s")) for w in words) or words[-1].lower() in lx.COUNTRIES \
                or words[0].lower() in lx.CAPITALIZED_STOPWORDS \
                or len(words) == 1 and not re.search(r"[a-z,]\s+%s\b" % re.escape(name), self.article_text):
            return None  # (A name of one word must be written with its capital inside a sentence somewhere too.)
        if any(x.lead <= first.masked.find(name, a) < x.end and self._kind(x.key) == "person" for x in first.mentions):
            return None
        return name if fits_family(head, name, self.article_text) else None

    def _party_named(self, para: _Paragraph, pos: int) -> Optional[str]:
        for p, stop in self._here_and_before(para, pos):
            # ("The Conservatives": a word before the name is part of it only when it too says what members are.)
            names = {m.group(1) if m.group(1).split()[0].lower() in _PARTY_WORDS else m.group(1).split()[-1]
                     for m in _PARTY_NAME.finditer(p.masked, 0, stop)
                     if m.group(2) is None or m.group(2).lower() in _PARTY_WORDS}
            if names:
                return names.pop() if len(names) == 1 else None
        return None

    def _spokes_subject_before(self, para: _Paragraph, pos: int, gender: Optional[str] = None) -> Optional[Speaker]:
        """`A spokesman for the Charity Commission said it had opened a case. "…," he said.`: the he/she (or "the
        spokesperson") of the next sentence is that spokesperson, who speaks for the body; not when someone else is
        named in between."""
        if para.sentence_at(pos)[0] == 0:
            return None  # (no sentence before in this paragraph)
        b_start = _sentence_before(para, pos)
        m = _SPOKES_SUBJECT.match(para.masked, b_start)
        noun = re.search(r"spokes(?:person|man|woman)", m.group(0)) if m else None
        if not m or gender and _SPOKES_GENDER.get(noun.group(0), gender) != gender:
            return None
        return self._spokes_opening(para, b_start, pos)

    def _spokes_of_paragraph_before(self, para: _Paragraph, pos: int) -> Optional[Speaker]:
        """`A Scottish Government spokesperson said ministers had …. ¶ "…," the spokesperson said.`: "the spokesperson"
        in the paragraph's first sentence is the unnamed spokesperson the paragraph before closed on (see
        _find_subjects), who speaks for that body."""
        if para.sentence_at(pos)[0] != 0 or para.index <= 1:
            return None
        self._find_subjects(para.index - 1)
        last = next((s for s in reversed(self.subjects) if s[0] == para.index - 1), None)
        if last is None or (last[0], last[1]) not in self.spokes_subjects or not last[2]:
            return None
        return self._speaker(last[2], "the spokesperson the paragraph before closes on, for {name}")

    def _spokes_opening(self, para: _Paragraph, b_start: int, pos: int, gender: Optional[str] = None) -> Optional[Speaker]:
        """The body of "A spokesperson for Vanshika Developers said …" opening the sentence at `b_start`, when no
        person is named between it and `pos` (and the spokesman or spokeswoman is the one `gender` asks for)."""
        m = _SPOKES_SUBJECT.match(para.masked, b_start)
        noun = re.search(r"spokes(?:person|man|woman)", m.group(0)) if m else None
        if not m or gender and _SPOKES_GENDER.get(noun.group(0), gender) != gender \
                or any(m.end() <= x.lead < pos and not x.in_quote and self._kind(x.key) == "person" for x in para.mentions):
            return None
        found = self._group(para, b_start, m.end(1), "the spokesperson of the sentence before")
        if found and not found.slug and " for " in m.group(0):
            # ("A spokesperson for Vanshika Developers": the body the article names after "for", as it knows it.)
            body = next((x for x in para.mentions if b_start + m.group(0).index(" for ") < x.lead < m.end(1)
                         and x.end == m.end(1) and not x.in_quote and not x.possessive), None)
            found = self._speaker(body.key, "the spokesperson of the sentence before, for {name}") if body else None
        return found if found and found.slug and self._kind(found.slug) == "organization" else None

    def _through_group(self, slug: str, paragraph: int) -> bool:
        """Whether the organization spoke in that paragraph through a group of its people ("Analysts at UBS said")."""
        name = self._speaker(slug, "").name
        return re.search(r"\b(?:%s)\s+(?:at|from)\s+(?:the\s+)?%s\b" % ("|".join(sorted(GROUP_HEADS)), re.escape(name)),
                         self.texts.get(paragraph, ""), re.IGNORECASE) is not None

    def _spokes_of_last_org(self, name: str, paragraph: int, same_paragraph: bool, pos: Optional[int] = None) -> Optional[Speaker]:
        """`Brightwater said in a statement …. "…," a spokesperson said`, `A CQC spokesperson said …. "…," the
        spokesperson added`: a bare spokesperson right after an organization's quote speaks for it — "a" in
        the same paragraph, "the" there or in the next one — when no one else was quoted in between."""
        if not BARE_SPOKES.fullmatch(name.lower()):
            return None
        at, slug = self.last_spoke
        if slug and self._through_group(slug, at):
            return None  # "Analysts at UBS said …": a group of people has no spokesperson
        here = self.paragraph(paragraph) if slug and at == paragraph - 1 and same_paragraph and pos is not None else None
        sentence = here.sentence_at(pos) if here is not None else (1, 0)
        if sentence[0] == 0 and self._kind(slug) == "organization" and not any(
                not m.in_quote and self._kind(m.key) == "person" for m in self.paragraph(at).mentions) \
                and not _OTHER_NAME_IN.search(here.masked, pos, sentence[1]):
            # ("The Scottish Government … said it was "disappointed". ¶ A spokesperson said: "…"": a new paragraph
            # opening on a bare spokesperson, right after a paragraph where that body spoke and no person is named — not
            # where its sentence names another, "A spokesperson said Reed "strongly denies" the claims".)
            return self._speaker(slug, f"'{name}' → {{name}}, the organization quoted in the paragraph before")
        if not slug or self._kind(slug) != "organization" or not (at == paragraph or at == paragraph - 1 and not same_paragraph):
            if same_paragraph and pos is not None:
                # "NHS England said it would send reminders. A spokesperson said …": the organization that is
                # the subject of the speech verb before, in this paragraph, when that verb's subject is one.
                para = self.paragraph(paragraph)
                for verb in reversed(list(_VERB.finditer(para.masked, 0, pos))):
                    if not verb.group(0).islower():
                        continue
                    s_start, _ = para.sentence_at(verb.start())
                    org = self._org_before(para, s_start, verb.start())
                    if org is None:
                        continue
                    if org:
                        name_of = self.org_names.get(org) or self._speaker(org, "").name
                        return self._org_named(name_of, f"'{name}' → {{name}}, the organization that spoke just before")
                    break
                # "The Environment Agency had 46 flood warnings in force. "…," a spokesperson said.": the body that is
                # the subject of the sentence right before, whatever its verb, with no one named since.
                b_start = _sentence_before(para, pos) if para.sentence_at(pos)[0] > 0 else None
                subject = _BODY_SUBJECT.match(para.masked, b_start) if b_start is not None and name.startswith("a") else None
                if subject and not any(b_start + subject.end() <= m.lead < pos and not m.in_quote for m in para.mentions):
                    found = self._group(para, b_start, b_start + subject.end(1), "")
                    if found and found.slug and self._kind(found.slug) == "organization":
                        return self._speaker(found.slug, f"'{name}' → {{name}}, the subject of the sentence before")
            return None
        return self._speaker(slug, f"'{name}' → {{name}}, the organization quoted just before")

    def _owner_org(self, owner: str) -> Optional[str]:
        """"a Commission spokesperson", "a Moderna spokeswoman": the organization they speak for — the one
        the article names in full with that ending ("European Commission"), else the word itself if it
        is an organization's name; never a person's, a country's or a nationality."""
        words = owner.split()
        # (A place beside another word may be the body's own name: "a Transport Scotland spokesperson", "a Police
        # Scotland spokesman"; a place or a nationality alone is no body's: "a U.S. spokesperson", "a Swiss one".)
        if all(w.lower() in lx.GOVERNMENT_PLACES or w.lower() in lx.AFFILIATIONS or w.lower() in lx.COUNTRIES
               or w.strip(".").upper() in COUNTRY_ACRONYMS or re.fullmatch(r"(?:[A-Z]\.)+", w) for w in words):
            return None
        if len(words) == 1 and owner.isupper():
            # ("an ACCC spokesperson" after "The Australian Competition and Consumer Commission": the name spelled out.)
            full = self._spelled_out(owner)
            if full != owner:
                return self._org_named(full, "").slug
        fuller = set()
        for m in re.finditer(r"((?:[A-Z][\w\-'’.&]*\s+){1,3}" + re.escape(owner) + r")\b", self.article_text):
            run = m.group(1).split()
            while run and run[0].lower() in lx.CAPITALIZED_STOPWORDS:
                run = run[1:]  # "The European Commission" → "European Commission"
            if len(run) > len(words):
                fuller.add(" ".join(run))
        names = [n for n in fuller if (org_phrase(n) or ("", ""))[1] == "organization"
                 or self.gaz.names.get(tuple(w.lower() for w in n.split())) in self.gaz.people]
        if len(names) == 1:
            return self._org_named(names[0], "").slug
        if names:
            return None
        tokens = tuple(w.lower() for w in words)
        slug = self.gaz.names.get(tokens) or slugify(owner)
        known = self.people.people.get(slug) or self.gaz.people.get(slug)
        if known is not None:
            return slug if known.kind == "organization" else None
        if len(words) > 1 and (words[-1].lower() in lx.ORG_WORDS or any(
                w.lower() in lx.COUNTRIES or w.lower() in lx.GOVERNMENT_PLACES for w in words)):
            # "a Downing Street spokesperson": a place that stands for an office; "a Transport Scotland spokesperson":
            # a body named with its country's name (the place alone was no one's, above).
            return self._org_named(owner, "").slug
        if len(words) > 1 and words[0].lower() not in lx.FIRST_NAMES and not any(
                w.lower() in NOT_ORG_WORDS for w in words[:-1]) and words[-1].lower() not in lx.CAPITALIZED_STOPWORDS \
                and words[-1].lower() not in lx.PERSON_NOUNS and not any(
                p.kind == "person" and set(words) & set(p.name.split()) for p in self.people.people.values()):
            # "A Network Rail spokesperson", "an Eastbury Rovers spokesperson": a name of two or three words, no
            # person's of the article and opening on no first name ("a Keir Starmer spokesperson"), is the employer's
            # (its last word a body's head too: "a Metro Transit spokesperson").
            return self._org_named(owner, "").slug
        if len(words) > 1 and words[0].lower() not in lx.FIRST_NAMES and re.search(
                r"\b%s,\s+which\s" % re.escape(owner), self.article_text):
            # "Environment Canterbury, which runs the region's buses, welcomed the decision. "…," an Environment
            # Canterbury spokesperson said": a name the article says "which" of is a body's, whatever its words.
            return self._org_named(owner, "").slug
        if len(words) == 2 and words[1].lower() in _PUBLIC_SERVICES and words[0].lower() in _SERVICE_PLACES \
                or len(words) == 3 and words[0].lower() in _PUBLIC_SERVICES and words[1] == "for" \
                and (words[2].lower() in _SERVICE_PLACES or words[2].lower() in lx.GOVERNMENT_PLACES):
            # ("Transport for NSW", "Transport for London": the service named after the place it runs.)
            # "A NSW Health spokesperson", "a Queensland Health spokeswoman": a state's or a region's service, named
            # by its place and what it runs (words the test above takes for a portfolio's: "the Health Secretary").
            return self._org_named(owner, "").slug
        if len(words) == 1 and owner.lower() not in NOT_ORG_WORDS and owner.lower() not in self.gaz.singles and not any(
                owner in p.name.split() for p in self.people.people.values() if p.kind == "person"):
            # "A Meta spokesperson", "A CQC spokesperson" (the Care Quality Commission when the article spelled it
            # out): one word that is no one's name in the article is the employer they speak for.
            return self._org_named(owner, "").slug
        return None

    def _another_subject_between(self, para: _Paragraph, pos: int, name: str) -> bool:
        """Whether a sentence of this paragraph before `pos` opens on a name other than `name` (the organization
        found further back), which "the company" may as well mean."""
        if name in para.masked[:pos]:
            return False
        initials = _initials(name)  # ("The FAA said" of the one spelled out)
        for at, b, word in _sentence_openers(para, pos):
            if b > pos:
                break
            # (Not the first word of its own name: "Corrib said …" of Corrib Payroll Services.)
            if word.lower() not in lx.CAPITALIZED_STOPWORDS and word.lower() not in NOT_ORG_WORDS and word != initials \
                    and word != name.split()[0]:
                return True
            # (Or a body's name opening on a people's adjective: "The Ukrainian Canadian Civic Alliance welcomed …".)
            run = _HEADED_RUN.match(para.masked, at)
            if run and run.group(1).lower() in lx.ORG_HEADS and run.group(0).strip() != name \
                    and _VERB_AFTER_RUN.match(para.masked, run.end()):
                return True
        return False

    def _other_name_opens(self, para: _Paragraph, pos: int, name: str) -> bool:
        """Whether a sentence of this paragraph before `pos` opens on a capitalized name that is not `name`, nor a
        person, nor an organization quoted already: "Vodafone reported a loss. Ofcom said …. "…," the company said"
        may mean either."""
        own = set(name.split())
        initials = _initials(name)  # ("The ECB said" of the one spelled out)
        quoted = {w for _, slug in self.orgs for w in self._speaker(slug, "").name.split()}
        for at, _, word in _sentence_openers(para, pos):
            if word in own or word in quoted or word == initials or _TRADE_OPENS.match(para.masked, at):
                continue  # (nor what kind of body it is, before its name: "Car maker Holden Motors closed …")
            lower = word.lower()
            if lower in lx.CAPITALIZED_STOPWORDS or lower in NOT_ORG_WORDS or lower in lx.FIRST_NAMES \
                    or name_is_plural(word) or re.search(r"\b%s\b" % re.escape(lower), self.article_text):
                continue  # (a common word opening a sentence: "Shares in Unilever rose", "Sales fell")
            if any(m.lead <= at < m.end and not m.in_quote for m in para.mentions):
                continue  # a person the article names
            return True
        return False

    def _here_and_before(self, para: _Paragraph, pos: int) -> list[tuple[_Paragraph, int]]:
        """(paragraph, how far to read it): this paragraph up to `pos`, then the whole paragraph before, if any —
        where a pronoun, a role or "the company" looks back for whom it means."""
        places = [(para, pos)]
        if para.index - 1 in self.texts:
            prev = self.paragraph(para.index - 1)
            places.append((prev, len(prev.text)))
        return places

    def _bare_name_subject(self, para: _Paragraph, pos: int) -> Optional[str]:
        """The capitalized name that alone opens the sentence of the last speech verb before `pos` (this paragraph,
        else the last one of the paragraph before) and is its subject: "Unilever said …"; None for a person the
        article names, a place, a plural, a first name or anything else before the verb."""
        for p, stop in self._here_and_before(para, pos):
            verbs = [v for v in _VERB.finditer(p.masked, 0, stop) if v.group(0).islower()]
            if not verbs:
                continue
            verb = verbs[-1]
            s_start, _ = p.sentence_at(verb.start())
            if (len(verbs) > 1 and verb.group(0).endswith("ing") and p.masked[verb.start() - 2:verb.start()] == ", "
                    and verbs[-2].start() >= s_start):
                verb = verbs[-2]  # "…, the company said on Monday, blaming weak demand": the participle shares its subject
            elif (len(verbs) > 1 and verbs[-2].start() >= s_start
                  and _IT_THEN_VERB.fullmatch(p.masked, verbs[-2].end(), verb.start())):
                verb = verbs[-2]  # "E.ON Next said it would write off …": "it" is the subject of the verb before
            words = p.masked[s_start:verb.start()].split()
            while words and words[-1].lower() in _AUX_WORDS and words[-1].islower():
                words.pop()
            if words and _ENTRY_TIME.fullmatch(words[0]):
                words = words[1:]  # "18:10 Atlantic Grid now says …": a live page's entry opens on its time
            reported = _NAME_THEN_THE_COMPANY.fullmatch(" ".join(words)) if len(words) > 3 else None
            if reported and reported.group(2) in HEAD_FAMILIES[0]:
                # "GlobalFoundries will cut 800 jobs, the company said": the name opening what "the company" said.
                words = reported.group(1).split()
            described = _NAME_DESCRIBED.fullmatch(" ".join(words)) if len(words) > 3 else None
            described = described if described and describes_org(described.group(2)) else None
            if described:
                # "E.ON Next, one of the largest suppliers, said": the name before what it says it is (and a word
                # such as "Next" inside that name is part of it, not a sentence's opener).
                words = described.group(1).split()
            # (A mention there is a person's, unless the article knows it as an organization: "Great Western Railway".)
            if any(m.lead < verb.start() and m.end > s_start and not m.in_quote
                   and self._kind(m.key) != "organization" for m in p.mentions):
                return None
            return self._body_name(words, bool(described))
        return None

    def _body_name(self, words: list[str], described: bool = False) -> Optional[str]:
        """The words as a body's bare name, or None for no name ("Management"), a place, a first name opening a person's
        name, or a person the article knows. `described`: the article said what the body is, so small words inside it
        are part of its name ("E.ON Next")."""
        # (Four words where the last says what body it is: "Ukrainian Canadian Civic Alliance".)
        if not (1 <= len(words) <= 3 or len(words) == 4 and (words[-1].lower() in lx.ORG_HEADS
                                                             or words[-1].lower() in lx.ORG_WORDS)):
            return None
        # (A country's or a region's adjective inside a longer name is part of it, "Great Western Railway", "British
        # Airways", unless it ends it: "British officials".)
        inside = lx.AFFILIATIONS if len(words) > 1 else frozenset()
        if not all(_NAME_WORD.fullmatch(w) for w in words) or any(
                w.lower() in (NOT_ORG_WORDS - lx.CAPITALIZED_STOPWORDS if described and k else NOT_ORG_WORDS)
                and not (w.lower() in inside and k < len(words) - 1)
                or w.lower() in lx.GOVERNMENT_PLACES or w.upper() in COUNTRY_ACRONYMS
                for k, w in enumerate(words[:3])) or words[0].lower() in lx.FIRST_NAMES or (len(words) == 1 and (
                    name_is_plural(words[0]) or words[0].lower() in COMMON_SUBJECTS)):
            return None  # ("Management said …": no name)
        name = " ".join(words)
        known = self.people.people.get(slugify(name)) or self.gaz.people.get(slugify(name))
        return name if known is None or known.kind == "organization" else None

    def _name_opening_before(self, para: _Paragraph, pos: int) -> Optional[str]:
        """"LNER has advised passengers not to travel. "…," the operator said": the bare name that opens the sentence
        right before `pos` in its paragraph (past a live page's entry time) as the subject of its verb, when it is a
        body's (see _body_name) and no person is named in that sentence before the verb."""
        if para.sentence_at(pos)[0] == 0:
            return None
        b_start = _sentence_before(para, pos)
        _, name = _group_opening(para.masked, b_start)
        if name:
            # "Analysts at Seaview Analytics estimate …. "…," the firm said": the body whose people the sentence opens on.
            return self._body_name(name.split())
        m = _NAME_OPENS_ON_VERB.match(para.masked, b_start)
        if m is None or any(b_start <= x.lead < m.end(1) and self._kind(x.key) == "person" for x in para.mentions):
            return None
        if _NAME_AS_OBJECT.search(para.masked, m.end(), para.sentence_at(b_start)[1]):
            return None  # "Ofcom fined Vodafone £5m. "…," the company said": which company is not told
        words = m.group(1).split()
        if len(words) == 1 and not words[0].isupper() and _STATE_AFTER.match(para.masked, m.end(1)) \
                and re.search(r"(?<![\w\-])%s(?![\w\-])" % re.escape(words[0].lower()), self.article_text):
            # "Mobile was the weak spot.", the article writing "mobile" elsewhere: a word capitalized only for opening
            # its sentence, no body's name. (Only before what it was: "Southern cancelled 200 trains" is the operator.)
            return None
        return self._body_name(words)

    def _issuer(self, noun: str, para: _Paragraph, pos: int) -> Optional[Speaker]:
        """`Lyle said in a letter to parents that …. "…," the letter said`: whoever the last speech verb before `pos`
        (this paragraph, else the one before) gave as speaking in that very document, a person as well as a body —
        None when the last speech verb says nothing of one."""
        shown = re.compile(r"\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+){0,3}?%s\b" % re.escape(noun))
        opened = re.compile(r"\s*In\s+(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+){0,3}?%s\b[^,.;:!?\u2588]*," % re.escape(noun))
        for p, stop in self._here_and_before(para, pos):
            verbs = [v for v in _VERB.finditer(p.masked, 0, stop) if v.group(0).islower()
                     and not _DETERMINED.search(p.masked, max(0, v.start() - 8), v.start())]
            if verbs:
                # ("In a victim impact statement read to the court, Deborah Lyle said …": the sentence opens on it.)
                issuing = [v for v in verbs if shown.match(p.masked, v.end())
                           or opened.match(p.masked, p.sentence_at(v.start())[0], v.start())]
                if not issuing:
                    return None
                s_start, _ = p.sentence_at(issuing[-1].start())
                # (Speech verbs after it only in what that sentence reports: "… would be asked to stay home".)
                if any(p.sentence_at(v.start())[0] != s_start for v in verbs if v.start() > issuing[-1].start()):
                    return None
                # (Only a name opening the sentence, as "Gareth Lyle, headteacher at Hollins Lane,": not "The family of
                # one of the victims, a man in Western Australia", whose last name is a place.)
                at = issuing[-1].start()
                lead = opened.match(p.masked, s_start, at)
                if lead:
                    # ("In a written statement, Sedykh's lawyer, Graham Pettigrew, called it … and said …": the
                    # sentence's first verb after its opening has the subject before it.)
                    at = next(v.start() for v in issuing if p.sentence_at(v.start())[0] == s_start)
                s_start = s_start + len(lead.group(0).rsplit(",", 1)[0]) + 1 if lead else s_start
                comma = p.masked.rfind(", ", s_start, at)  # ("Ministers adopted it, the Council of the EU said in …")
                starts = [s_start] + ([comma + 1] if comma >= 0 else [])
                if not any(_NAME_AS_SUBJECT.fullmatch(p.masked, start, at) for start in starts):
                    # ("In a written statement, Sedykh's Toronto lawyer, Graham Pettigrew, called …": the name set off
                    # after the subject's role.)
                    apposed = next((m for m in p.mentions if s_start < m.lead < at and not (m.in_quote or m.possessive)
                                    and _ROLE_THEN_COMMA.fullmatch(p.masked, s_start, m.lead)
                                    and re.fullmatch(r",\s*", p.masked[m.end:at])), None)
                    if apposed is not None and self._kind(apposed.key) == "person":
                        return self._speaker(apposed.key, f"'the {noun}': who spoke in it just before ({{name}}, set off "
                                                          f"after a role)")
                    # ("In a statement, the company said …. "…," the statement said": the body "the company" stands for.)
                    body = next((m for m in (_THE_BODY_SUBJECT.fullmatch(p.masked, start, at) for start in starts) if m), None)
                    found = self._anaphor(body.group(1), p, at) if body and body.group(1) in ORG_NOUNS_SPOKEN_FOR else None
                    return self._speaker(found.slug, f"'the {noun}': the body that spoke in it just before ({found.how})") \
                        if found and found.slug else None
                return self._before(p, s_start, at, f"'the {noun}': who spoke in it just before")
        return None

    def _nearest_speaker_org(self, para: _Paragraph, pos: int) -> Optional[str]:
        """The organization (slug) that is the subject of the last speech verb before `pos` in this paragraph, or of
        the last one of the paragraph before when this one has none; None when that subject is anyone else."""
        for p, stop in self._here_and_before(para, pos):
            # (Not a speech word after a determiner or an owner: "the union's claim would cost": a noun.)
            verbs = [v for v in _VERB.finditer(p.masked, 0, stop) if v.group(0).islower()
                     and not _DETERMINED.search(p.masked, max(0, v.start() - 8), v.start())]
            if verbs:
                s_start, _ = p.sentence_at(verbs[-1].start())
                org = self._org_before(p, s_start, verbs[-1].start())
                if org is None:
                    # ("In a statement, the co-op said …" then `"…," the statement said`: the body "the co-op" is.)
                    phrase = org_phrase(p.masked[s_start:verbs[-1].start()].rstrip())
                    found = self._anaphor(phrase[0], p, s_start) if phrase and phrase[1] == "anaphor" else None
                    org = found.slug if found and found.slug and self._kind(found.slug) == "organization" else None
                return org or None
        return None

    def _delegation_of_clause(self, para: _Paragraph, pos: int) -> Optional[Speaker]:
        """"…, ended after four hours when the Russian delegation walked out over what it called "…"": a country's
        delegation, named by its people's word, the subject of the clause the "it" at `pos` is in — nearer than any body
        quoted before."""
        s_start = para.sentence_at(pos)[0]
        sent = [m for m in _NATIONAL_DELEGATION_CLAUSE.finditer(para.masked, s_start, pos)
                if m.group(1).split()[0].lower() in _COUNTRIES_AND_PEOPLES]
        # (Nothing between but its own verb's words: not "after the Ukrainian delegation presented the plan and the
        # Russian side rejected what it called …", another clause's subject between.)
        if not sent or re.search(r"[,;:\u2588]|\b(?:and|but|while|after|before|when|as|because|until|whereas)\b",
                                 para.masked[sent[-1].end():pos]):
            return None
        return self._org_named(sent[-1].group(1), "'it' → the {name}, the subject of its clause")

    def _body_subject_of_own_sentence(self, para: _Paragraph, pos: int) -> Optional[Speaker]:
        """"In February, the agriculture ministry granted growers an exemption, a decision it called "…"": an "it"
        in a later clause of the sentence stands for the body that is its subject (no person named before it)."""
        s_start = para.sentence_at(pos)[0]
        verb = _FINITE_VERB.search(para.masked, s_start, pos)
        if verb is None or any(s_start <= m.lead < pos and not m.in_quote and self._kind(m.key) == "person"
                               for m in para.mentions):
            return None
        opening = _OPENING_PHRASE.match(para.masked, s_start, verb.start())
        subject_at = opening.end() if opening else s_start
        if "," in para.masked[subject_at:verb.start()]:
            return None
        org = self._org_before(para, subject_at, verb.start())
        if not org:
            # ("the agriculture ministry": a ministry named by its remit, which the article gives no fuller name.)
            remit = _REMIT_MINISTRY.fullmatch(para.masked, subject_at, verb.start())
            return self._org_named(remit.group(1), "'it' → {name}, the subject of its sentence") if remit else None
        name = self.org_names.get(org) or self._speaker(org, "").name
        # ("The Commission declined to comment on what it called …" after "The European Commission is drafting …":
        # the name the article gave the body in full.)
        fuller = {p.name for p in self.people.people.values() if p.kind == "organization" and p.name.endswith(" " + name)}
        return self._org_named(fuller.pop() if len(fuller) == 1 else name, "'it' → {name}, the subject of its sentence")

    def _in_full(self, name: str, para: _Paragraph, pos: int) -> Optional[str]:
        """"Commission" after "The European Commission said": the one body the article named in full with that head
        before `pos`, of which the name is the short form (as a surname is of the person named in full); else None."""
        if " " in name or name.lower() not in lx.ORG_HEADS or name.isupper():
            return None
        fuller = self._names_with_head(name.lower(), para, pos) | self._names_opening_on(name, para, pos)
        if name.lower() in _NATIONAL_HEADS:
            # (A nation's own body only when named in full in the same paragraph: "The US Treasury on January 15
            # added …. "…," the Treasury said".)
            fuller = {n for n in fuller if n in para.text[:pos]}
        return fuller.pop() if len(fuller) == 1 and slugify(next(iter(fuller))) != slugify(name) else None

    def _org_of_sentence_before(self, para: _Paragraph, pos: int) -> Optional[Speaker]:
        """"Acme cut its forecast on Monday. It said …", "…, according to Ukraine's Coordination Headquarters. It said
        …": with no organization speaking before, "it" is the one organization the sentence right before names, ahead
        of any person; or the body that sentence opens on as "the group", "the company" (the one the article named)."""
        s_start, _ = para.sentence_at(pos)
        if s_start > 0:
            prev, end = para, s_start
        elif para.index - 1 in self.texts:
            prev = self.paragraph(para.index - 1)
            end = len(prev.text)
        else:
            return None
        begin = prev.sentence_at(max(0, end - 1))[0]
        named = [m for m in prev.mentions if begin <= m.lead < end and not m.in_quote]
        orgs = {m.key for m in named if self._kind(m.key) == "organization"}
        if len(orgs) == 1:
            first_org = min(m.lead for m in named if m.key in orgs)
            if not any(m.lead < first_org and self._kind(m.key) == "person" for m in named):
                return self._speaker(orgs.pop(), "'it' → {name}, the one organization the sentence before names")
        # (A body no list knows, named in full: "The National Institute for Health and Care Excellence (NICE) is
        # reviewing …", "…, according to Ukraine's Coordination Headquarters for the Treatment of Prisoners of War.")
        # (A name's words may hold a full stop, "U.K."; one followed by a space ends the sentence, and the name.)
        names = (b.group(1).split(". ")[0] for b in _BODY_NAME.finditer(prev.masked, begin, end))
        bodies = {re.sub(r"^The\s+", "", name).rstrip(".") for name in names
                  if any(w.lower() in lx.ORG_HEADS for w in name.split())}
        if not orgs and len(bodies) == 1 and not any(self._kind(m.key) == "person" for m in named):
            body = bodies.pop()
            return self._org_named(self._in_full(body, para, pos) or body,
                                   "'it' → {name}, the one body the sentence before names")
        if not orgs:
            opening = self._body_opening_sentence_before(para, pos)
            if opening is not None:
                return opening
        if not orgs:
            opening = re.match(r"\s*The\s+([a-z]+)\s", prev.masked[begin:end])
            if opening and opening.group(1) in ORG_NOUNS_SPOKEN_FOR:
                found = self._anaphor(opening.group(1), prev, begin)
                if found and found.slug:
                    return Speaker(found.slug, found.name, "'it' → the " + opening.group(1) + " → " + found.how)
        return None

    def _named_without_place(self, name: str, place: str) -> bool:
        """Whether the article names the body somewhere with no "in"/"at" and a place right after the name, and
        never in another place (two embassies, two courts, two offices are two bodies); a body a state sets in a place
        (an embassy, a court) is told apart by it whatever the article does."""
        if name.split()[-1].lower() in _SEATED_HEADS:
            return False
        text = self.article_text
        alone = False
        for at in occurrences(text, name):
            seat = _IN_A_PLACE.match(text, at + len(name))
            if seat is None:
                alone = True
            elif not text.startswith(place, at + len(name)):
                return False
        return alone

    def _poster_before(self, para: _Paragraph, pos: int, how: str) -> tuple[bool, Optional[Speaker]]:
        """Whether the sentence right before (in this paragraph) tells of a text posted, issued or written, and who
        did it when that is one person, the subject before its verb ("Ukraine's deputy foreign minister, Taras Boiko,
        has posted a short message"); (True, None) when no person is its subject (a body may be)."""
        s_start, _ = para.sentence_at(pos - 1)
        if s_start == 0:
            return False, None
        begin = para.sentence_at(s_start - 1)[0]
        posted = _POSTED_TEXT.search(para.masked, begin, s_start)
        if posted is None:
            return False, None
        self._find_subjects(para.index)
        subjects = {slug for p, o, slug in self.subjects if p == para.index and begin <= o < posted.start()}
        persons = {slug for slug in subjects if slug and self._kind(slug) == "person"}
        if len(persons) == 1 and len(subjects) == 1:
            return True, self._speaker(persons.pop(), how + " → {name}, who posted the text it reads")
        return (False, None) if persons else (True, None)

    def _named_body_opening_before(self, para: _Paragraph, pos: int) -> Optional[str]:
        """The name of the body the sentence right before `pos` in its paragraph opens on as its subject (past a live
        entry's time): "India's Ministry of External Affairs (MEA) has reacted …"; None otherwise."""
        s_start, _ = para.sentence_at(pos)
        if s_start == 0:
            return None
        begin = para.sentence_at(s_start - 1)[0]
        subject = _NAMED_BODY_OPENS.match(para.masked, begin, s_start)
        found = org_phrase(subject.group(1)) if subject else None
        if found is None or found[1] != "organization" or any(
                begin <= m.lead < subject.end(1) and not m.in_quote and self._kind(m.key) == "person" for m in para.mentions):
            return None
        return found[0]

    def _body_opening_sentence_before(self, para: _Paragraph, pos: int, own: bool = False) -> Optional[Speaker]:
        """"The Russian embassy in Dublin did not respond to a request for comment. It has described …", "Ukraine's
        foreign ministry was more guarded. …, it said:": the body the sentence right before (in this paragraph) opens on
        as its subject, named by what it is (past its owner), whatever its verb; None otherwise. With `own`, the body
        the sentence of `pos` itself opens on, before it: "The Russian embassy in London did not respond …, but in a
        statement last month it described …"."""
        s_start, _ = para.sentence_at(pos)
        if own:
            begin, s_start = s_start, pos
        elif s_start == 0:
            return None
        else:
            begin = para.sentence_at(s_start - 1)[0]
        # (Past a live entry's time: "**6.34pm** Ukraine's foreign ministry has released a statement. It says …".)
        opens = _LEAD_IN.match(para.masked, begin).end()
        named = [m for m in para.mentions if begin <= m.lead < s_start and not m.in_quote]
        subject = _OPENING_BODY.match(para.masked, opens, s_start)
        if subject is None or any(self._kind(m.key) == "organization" and not m.possessive for m in named) \
                or not all(m.possessive and m.end <= subject.end() for m in named):
            return None
        found = org_phrase(subject.group(1))
        if found and found[1] == "organization" and found[0][:1].isupper():
            return self._org_named(found[0], "'it' → {name}, the body " + ("its own sentence" if own else "the sentence before")
                                   + " opens on")
        # ("The Élysée Palace has released a statement …. It says …": the office its seat stands for.)
        # (Only where that sentence puts out a text: not "The Vatican was bathed in sunshine …. It says much about …".)
        seat = seat_subject(re.sub(r"\s+(?:has|have|had|is|was|were|are)$", "", subject.group(1))) \
            if _POSTED_TEXT.search(para.masked, begin, s_start) else None
        return self._org_named(seat, "'it' → {name}, the office whose seat the sentence before opens on") if seat else None

    def _org_subject_before(self, para: _Paragraph, pos: int) -> Optional[str]:
        """The last organization (slug) that is the subject of a speech verb before `pos` in this
        paragraph or anywhere in the one before; None when the nearest such subject is not one."""
        for p, stop in self._here_and_before(para, pos):
            spoken = [(o, s) for o, s in self.orgs if o == p.index]
            # (Or a body a sentence gives as its source: "…, according to Corran Ferries, which operates the route.")
            sources = [m for m in p.mentions if m.end <= stop and not (m.in_quote or m.possessive)
                       and _ACCORDING_TO_END.search(p.masked, max(0, m.lead - 14), m.lead)]
            for verb in reversed(list(_VERB.finditer(p.masked, 0, stop))):
                if p.masked[verb.start() - 1:verb.start()] not in (" ", "\n"):
                    continue
                s_start, _ = p.sentence_at(verb.start())
                found = self._org_before(p, s_start, verb.start())
                if found is not None:
                    return found or None
                subject = p.masked[s_start:verb.start()].split()
                if len(subject) == 1 and name_is_plural(subject[0]):
                    return None  # "Analysts said …": people spoke last, so "the company" after them cannot be told
            if sources and not any(p.masked[v.start() - 1:v.start()] in (" ", "\n") for v in _VERB.finditer(p.masked, 0, stop)):
                # (Only in a paragraph where no one speaks: "Eskom said … . About two million homes were affected,
                # according to Statistics South Africa. "…," it said" is Eskom's.)
                return sources[-1].key if self._kind(sources[-1].key) == "organization" else None
            if spoken:
                return spoken[-1][1]
        return None

    def _org_before(self, para: _Paragraph, s_start: int, verb_at: int) -> Optional[str]:
        """"" when a person or pronoun is the verb's subject, the organization's slug when one is, else None."""
        chunk = para.masked[s_start:verb_at].rstrip()
        while True:
            m = re.search(r"(\s+)(\w+)$", chunk)
            if m and m.group(2).lower() in _AUX_WORDS and m.group(2).islower():
                chunk = chunk[:m.start()]
                continue
            break
        end = s_start + len(chunk.rstrip(" ,"))
        named = next((m for m in para.mentions if m.end == end and not m.in_quote), None)
        body = named is not None and self._kind(named.key) == "organization" and not named.possessive
        if body and not named.after_preposition and (not para.masked[s_start:named.lead].strip()
                                                     or _KIND_OPENS_SENTENCE.fullmatch(para.masked, s_start, named.lead)
                                                     and describes_org(para.masked[s_start:named.lead].lower())):
            # ("Andina Copper said": a body, though its name looks like a person's, is the subject; so with what kind
            # of body it is before it, "Relief organisation Ubuntu Aid said".)
            return named.key
        if named is not None and not body or re.search(r"\b(?:[Hh]e|[Ss]he)$", chunk):
            return ""
        if any(s_start <= m.lead < end and not m.in_quote and self._kind(m.key) == "person"
               and _OF_EMPLOYER.fullmatch(para.masked, m.end, end) for m in para.mentions):
            return ""  # "Detective Constable Sam Whitlock of Leicestershire Police said": a person, then where they work
        phrase = org_phrase(chunk)
        relative = re.match(r"\s*([^,]+),\s*(?:which|who|whose)\b[^;]*,$", chunk)
        if phrase is None and relative:
            # "CFM International, which builds the engine, said": the subject before the relative clause.
            phrase = org_phrase(relative.group(1))
            if phrase is None:
                name = one_word_org(para.masked, s_start, s_start + relative.end(1), self.article_text, verb_at)
                return self._org_slug(name) if name else None
        if phrase is None and chunk.endswith(","):
            inner = chunk[:-1]  # "The employers' group, the United States Maritime Alliance, said"
            comma = inner.rfind(",")
            phrase = org_phrase(inner[comma + 1:]) if comma >= 0 else None
            name = _name_set_off(inner[:comma + 1]) if phrase and phrase[1] == "organization" \
                and phrase[0][:1].islower() else None
            if name:
                # "Visit Duluth, the city's tourism bureau, said": what the body is, set off after its name, which spoke.
                return self._org_slug(name)
            kind = inner[comma + 1:].split() if comma >= 0 else []
            if (phrase is None or phrase[1] == "anaphor") and len(kind) >= 3 and kind[0] in ("the", "a", "an") \
                    and all(w.islower() for w in kind[1:]) and org_phrase(" the " + " ".join(kind[-2:])) is not None:
                # ("Shared Health, the provincial health authority, said": a body's kind in small letters, its last two
                # words what org_phrase knows a body by, set off after the name that spoke.)
                name = _name_set_off(inner[:comma + 1])
                if name:
                    return self._org_slug(name)
        if phrase and phrase[1] == "organization":
            return self._org_slug(phrase[0])
        name = one_word_org(para.masked, s_start, end, self.article_text) or stated_org(para.masked, s_start, end, self.article_text)
        return self._org_slug(name) if name else None

    def _role_nearby(self, para: _Paragraph, pos: int, phrase: str) -> Optional[Speaker]:
        """`the spokesperson added` after `White House spokesperson Karine Jean-Pierre said` or `A
        spokesperson for the regulator, Clare Dunn, said`, in this paragraph or the one before: the one
        person given that role there."""
        word = phrase.lower()
        if word not in lx.ROLE_NOUNS or " " in word:
            return None
        slugs = {slug for key, slug in self.people.roles.items() if key.split()[-1] == word}
        if word == "minister":
            # "Justice Secretary Kenneth Moir" … "the minister said": a secretary of state is a minister.
            slugs |= {slug for key, slug in self.people.roles.items() if _SECRETARY_OF_STATE.fullmatch(key)}
        # (Only someone named before: the "Shadow Environment Secretary" a later paragraph brings in is no one's "the
        # minister" here.)
        slugs = {slug for slug in slugs if slug is None or any(
            m.key == slug and (m.paragraph, m.start) < (para.index, pos) for m in self.people.mentions)}
        for p, stop in self._here_and_before(para, pos):
            for m in re.finditer(r"\b%s\b([^.;:\u2588]{0,60}?),\s*" % re.escape(word), p.masked[:stop], re.IGNORECASE):
                if not _describes_the_role(m.group(1)):
                    continue
                named = self._mention_at(p, m.end())
                if named and self._kind(named.key) == "person":
                    slugs.add(named.key)
            for m in p.mentions:
                if m.start < stop and not m.in_quote and re.search(r"\b%s\s*$" % re.escape(word), p.masked[max(0, m.lead - 30):m.lead], re.IGNORECASE):
                    slugs.add(m.key)  # "White House spokesperson Karine Jean-Pierre"

        # (None: two people of the article hold the role, so "the president" is neither.)
        if len(slugs) == 1 and None not in slugs and not self._unnamed_one_since(para, pos, word, next(iter(slugs))):
            return self._speaker(slugs.pop(), f"'the {word}' → {{name}}, so described just before")
        return None

    def _issuer_named_next(self, para: _Paragraph) -> Optional[Speaker]:
        """`… with some "lying in soiled sheets", according to an inspection report published on Wednesday.` then `The
        Care Standards Inspectorate rated …`: a lede that quotes a document of no one named, and the organization the
        next paragraph opens on as its subject — the body whose document it is (a report's news story)."""
        if para.index != min(self.texts) or para.index + 1 not in self.texts \
                or any(not m.in_quote for m in para.mentions):
            return None
        following = self.paragraph(para.index + 1)
        opening = ORG_OPENING.match(following.masked)
        phrase = org_phrase(opening.group(1)) if opening else None
        if phrase and phrase[1] == "organization" and phrase[0] == opening.group(1):
            return self._org_named(phrase[0], "'according to' a document → {name}, the body the next paragraph opens on")
        return None

    def _role_named_next(self, para: _Paragraph, pos: int, phrase: str) -> Optional[Speaker]:
        """`Troops could be deployed "within weeks", the Defence Secretary has said` then `Alasdair Crane told …`: a
        lede that gives a role and names no one, and the next paragraph's first sentence whose subject is a person's
        name, speaking (past an opening phrase: "Speaking to presenter Hannah Okafor …, Margit Solberg said") — the one
        who holds it (a wire story's or a broadcaster's first two paragraphs)."""
        if para.index != min(self.texts) or para.index + 1 not in self.texts \
                or not any(w in lx.ROLE_NOUNS for w in re.findall(r"[a-z]+", phrase.lower())):
            return None
        if any(m.start < pos and not m.in_quote and self._kind(m.key) == "person" for m in para.mentions):
            return None
        following = self.paragraph(para.index + 1)
        first_end = following.sentences[0][1] if following.sentences else len(following.masked)
        for m in following.mentions:
            if m.lead >= first_end:
                break
            if m.possessive or m.in_quote or m.after_preposition or self._kind(m.key) != "person" \
                    or not (m.lead == 0 or following.masked[:m.lead].rstrip().endswith(",")):
                continue
            if _NAME_THEN_SPEECH_VERB.match(following.masked, m.end):
                return self._speaker(m.key, f"'{phrase.strip()}' → {{name}}, named as the next paragraph opens")
            break
        return None

    def _known_role_nearby(self, para: _Paragraph, pos: int, phrase: str) -> Optional[Speaker]:
        """`Keir Starmer, speaking after …, said …. "…," the prime minister said`: the one person named in this
        paragraph or the one before whose known role ends with those words ("British Prime Minister") — not when
        the words are said of anyone there ("Italy's prime minister"), nor when two such people were named."""
        words = phrase.lower().split()
        if not words or words[-1] not in lx.ROLE_NOUNS:
            return None
        found = set()
        said_of = re.compile(r"\b%s\b" % r"\s+".join(map(re.escape, words)), re.IGNORECASE)
        for p, stop in self._here_and_before(para, pos):
            if said_of.search(p.masked, 0, stop):
                return None
            for m in p.mentions:
                if m.start >= stop or m.in_quote or self._kind(m.key) != "person":
                    continue
                person = self.people.people.get(m.key) or self.gaz.people.get(m.key)
                if person and person.role and person.role.lower().split()[-len(words):] == words:
                    found.add(m.key)
        if len(found) != 1:
            return None
        return self._speaker(found.pop(), f"'the {phrase}' → {{name}}, named just before with that role")

    def _role(self, phrase: str, shown: str, at: Optional[tuple[_Paragraph, int]] = None) -> Optional[Speaker]:
        """The person the article gave this role (`at`: the paragraph and offset the role is read at)."""
        words = normalize_role(phrase).split()
        for k in range(len(words)):
            if k and words[k - 1] in ("of", "for") and words[0] in lx.ORG_WORDS and words[0] not in lx.ROLE_NOUNS \
                    and words[-1] not in lx.ROLE_NOUNS:
                # ("the Ministry of External Affairs": a body, not the one titled "… for External Affairs"; but "the
                # Bank of England governor" is the governor.)
                break
            key = " ".join(words[k:])
            if len(words) - k == 1 and key not in self.people.roles:
                break  # one bare word ("the official") names nobody unless the article gave it a person
            slug = self.people.roles.get(key)
            if slug:
                if at is not None and self._unnamed_one_since(at[0], at[1], words[-1], slug):
                    return None
                return self._speaker(slug, f"'{shown}' → {{name}}, so titled earlier in the article")
            if key in self.gaz.roles and k == 0:
                return self._speaker(self.gaz.roles[key], f"'{shown}' → {{name}} (role in people.yaml)")
        return None

    def _holds_for(self, slug: str, country: str) -> bool:
        """Whether the titles the article gave this person name that country or none: "Prime Minister Keir Starmer" may
        be "Britain's prime minister", "Estonia's foreign minister, Kaarel Tamm" is no "Hungarian minister"."""
        words = [w for key, holder in self.people.roles.items() if holder == slug for w in key.split()]
        for m in self.people.mentions:
            if m.key == slug and not m.in_quote:
                # (What titles them only: the clause the name ends, or the one set off right before or after it — not
                # "After talks with Ukraine's president, Prime Minister Keir Starmer", "…, who met Poland's president".)
                para = self.paragraph(m.paragraph)
                before = re.split(r",\s*", para.masked[max(para.sentence_at(m.lead)[0], m.lead - 60):m.lead])
                after = _APPOSED_AFTER_NAME.match(para.masked, m.end)
                titled = para.masked[m.lead:m.start] if m.lead < m.start else ""  # ("Prime Minister Keir Starmer")
                words += _CAPITALIZED.findall(titled or (before[-2] if len(before) > 1 and not before[-1].strip() else before[-1]))
                words += _CAPITALIZED.findall(after.group(0)) if after else []
        countries = {lx.country_of(w) for w in words}
        countries.discard(None)
        return not countries or country in countries

    def _unnamed_one_since(self, para: _Paragraph, pos: int, word: str, slug: str) -> bool:
        """Whether an unnamed holder of the role ("One Labour councillor, speaking on condition of
        anonymity, said") came in, in this paragraph or the one before, after the person the article
        titled so ("Councillor Dave Okafor"): a later "the councillor" is then the unnamed one."""
        places = self._here_and_before(para, pos)[::-1]  # in reading order
        last = None  # what came last: "unnamed" or "named"
        indefinite = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w\-’']+\s+){0,3}?%ss?\b" % re.escape(word))
        for p, stop in places:
            marks = [(m.start(), "unnamed") for m in indefinite.finditer(p.masked, 0, stop)]
            marks += [(m.start, "named") for m in p.mentions if m.key == slug and m.start < stop and not m.in_quote]
            if marks:
                last = max(marks)[1]
        return last == "unnamed"

    def _group_after(self, para: _Paragraph, pos: int, verb: str) -> Optional[Speaker]:
        """`," said the Bank of England in its report`: the longest start of the clause that names a group."""
        clause = re.match(r"[^,.;:!?\u2588\"“”]{1,120}", para.masked[pos:])
        if not clause:
            return None
        listed = _LISTED_ON.match(para.masked, pos + clause.end())
        if listed:
            # `," said the Department for Science, Innovation and Technology`: a name that lists its remits.
            found = org_phrase(para.masked[pos:listed.end()])
            if found and found[1] == "organization" and "," in found[0]:
                return self._group(para, pos, listed.end(), f"named after the quote ({verb} …)")
        words = list(re.finditer(r"\S+", clause.group(0)))[:9]
        for n in range(len(words), 0, -1):
            end = pos + words[n - 1].end()
            found = org_phrase(para.masked[pos:end])
            if found is None:
                continue
            # "said the bank's chief economist, Huw Pill": the name in apposition is the speaker.
            comma = re.match(r"\s*,\s*", para.masked[end:end + 4])
            named = self._mention_at(para, end + comma.end()) if comma and found[1] == "anonymous" else None
            if named and self._kind(named.key) == "person" and not named.possessive:
                return self._speaker(named.key, f"named after the quote ({verb} {found[0]}, {{name}})")
            return self._group(para, pos, end, f"named after the quote ({verb} …)")
        return None

    def _role_after(self, para: _Paragraph, pos: int) -> Optional[Speaker]:
        m = re.match(r"\s+the\s+((?:[A-Za-z][\w\-'’.]*\s*){1,5})", para.masked[pos:pos + 80])
        if not m:
            return None
        words = m.group(1).split()
        for k in range(len(words), 0, -1):
            found = self._role(" ".join(words[:k]), "the " + " ".join(words[:k]), (para, pos))
            if found:
                return found
        return None

    def _sentence_subject(self, para: _Paragraph, start: int, end: int, how: str) -> Optional[Speaker]:
        """The subject of the sentence: its first person named outside a prepositional phrase, or its he/she. (From
        `start` when it is past the sentence's start: the callers skip an opening "Asked why she …," put to the subject.)"""
        s_start = max(para.sentence_at(start)[0], start)
        # ("Delgado said …; Haddad declined to give a target, saying "…"": a semicolon opens a clause with a subject
        # of its own.)
        s_start = max(s_start, para.masked.rfind(";", s_start, start) + 1)
        # (So does ", but" before a name: "Van Wyk had argued that "…", but Mahlangu rejected that submission, writing
        # that "…"" — the judge's words.)
        # (And ", and" before a name and its own verb: "Desrosiers said they were "…," and Okonkwo-Fraser agreed,
        # calling them "…"".)
        # (And ", before" a name and its own verb: "…," Lehane told the crowd, before goalkeeper Rory Sheehan grabbed
        # the microphone and roared: "…"" — the goalkeeper's.)
        for join in reversed(list(_CLAUSE_JOINED_OR_BEFORE.finditer(para.masked, s_start, end))):
            # (Past what the person is to someone: "…, while her neighbour Paul Tran said he supported live music but
            # described the 3am proposal as "…"" — his words, not the sentence's first subject's.)
            if join.group(1) == "before" and "," in para.masked[join.end():end]:
                continue  # (an aside closed before the words: "Grant stormed out, before Ann Lee arrived, calling it …")
            role = _ROLE_OPENS_CLAUSE.match(para.masked, join.end()) or (
                _TRADE_OPENS_CLAUSE.match(para.masked, join.end()) if join.group(1) == "before" else None)
            at = role.end() if role and role.group(1) in lx.PERSON_NOUNS else join.end()
            # (Only one who speaks there: not "…, while her coach Erik Berg watched from the stands, describing …".)
            if any(m.lead == at and not (m.in_quote or m.possessive)
                   and (at == join.end() or join.group(1) == "before" or _SAYS_NEXT.match(para.masked, m.end) is not None)
                   and (join.group(1) not in ("and", "before")
                        or self._kind(m.key) == "person" and _verb_follows(para.masked, m.end, present=True))
                   for m in para.mentions) or join.group(1) == "and" and _NAME_THEN_VERB.match(para.masked, join.end()) \
                    and not any(m.lead <= join.end() < m.end for m in para.mentions):
                s_start = join.end()
                break
        spokes = _SPOKES_FOR_END.match(para.masked, s_start)
        verb = _FINITE_VERB.search(para.masked, spokes.end(), end) if spokes else None
        if verb and not _another_doer(para.masked[verb.end():end]):
            # ("A spokeswoman for Collins Street Bullion, a Melbourne dealer, said queues had formed …, describing demand
            # as "…"": the body she speaks for, as when she is the subject of "said" itself.)
            comma = para.masked.find(",", spokes.end(), verb.start())
            # (Named in apposition, the spokesperson is who speaks: "A spokesperson for the Ukrainian delegation,
            # Oksana Hrytsenko, declined to discuss details but said Kyiv would "…"".)
            named = next((m for m in para.mentions if comma >= 0 and m.lead > comma and not para.masked[comma + 1:m.lead].strip()
                          and para.masked[m.end:m.end + 1] == "," and not m.in_quote and not m.possessive), None)
            if named is not None and self._kind(named.key) == "person":
                return self._speaker(named.key, how + " → {name}, the spokesperson named beside the body")
            found = self._group(para, s_start, comma if comma >= 0 else verb.start(), how)
            if found is not None and found.slug and self._kind(found.slug) == "organization":
                return found
        pronoun = re.search(r"\b([Hh]e|[Ss]he)\b", para.masked[s_start:end])
        pronoun_at = s_start + pronoun.start() if pronoun else end
        mentions = [m for m in para.mentions if s_start <= m.lead < min(end, pronoun_at)]
        if mentions and not (mentions[0].in_quote or mentions[0].possessive or mentions[0].after_preposition):
            verb = _FINITE_VERB.search(para.masked, s_start, mentions[0].lead)
            opening = _OPENING_PHRASE.match(para.masked, s_start, verb.start()) if verb else None
            subject_at = opening.end() if opening else s_start
            # (Not a body before a role and a person's name: "Tide captain Liam Fell dedicated the win …, calling it".)
            # (Past what kind of body it is, set off: "The Digital Infrastructure Council, an industry body, said South
            # Africa had become …, and called the approval "…"".)
            kind_set_off = _KIND_SET_OFF.search(para.masked, subject_at, verb.start()) if verb else None
            subject_end = kind_set_off.start() if kind_set_off and kind_set_off.end() == verb.start() else \
                verb.start() if verb else 0
            org = self._org_before(para, subject_at, subject_end) \
                if verb and "," not in para.masked[subject_at:subject_end] and not any(
                    subject_at <= x.lead < verb.start() and not x.possessive and self._kind(x.key) == "person"
                    for x in mentions) else None
            if org:
                # "The Russian Foreign Ministry said … that the EU was engaged in "…" and warned that …": a body
                # opening the sentence as its subject, before the verb; those named after it are in what it said.
                return self._org_named(self.org_names.get(org) or self._speaker(org, "").name,
                                       how + " → {name}, the subject of the sentence")
        # (Past a live entry's time: "**7.15pm AEST** A European official …".)
        unnamed = _SOMEONE_UNNAMED_OPENS.match(para.masked, _LEAD_IN.match(para.masked, s_start).end()) if mentions else None
        # (Past a body named in an opening phrase: "At a Senate Banking Committee hearing on April 28, Senator Ruth
        # Calloway … put the problem bluntly:" is hers.)
        opened = _OPENING_PHRASE.match(para.masked, s_start, end) if mentions and mentions[0].after_preposition else None
        for k, m in enumerate(mentions):
            if opened and m.lead < opened.end() and m.after_preposition:
                continue
            if unnamed and unnamed.end() <= m.lead and _FINITE_VERB.search(para.masked, unnamed.end(), m.lead):
                # "A European official in the room has given this readout to our Europe correspondent, Liam Dorsey:":
                # someone unnamed opens the sentence as its subject; those named after are whom it was given to.
                return None
            if k == 0 and _SUBJECT_THEN_VERB.match(para.masked, s_start, m.lead) \
                    and not para.masked[:m.lead].rstrip().endswith(","):  # ("France's armed forces minister, Élodie …")
                # ("The IMD issued a "red alert" for Delhi and … west Uttar Pradesh, warning that "…"": a subject the
                # analysis took for no one, and its verb, before the first name — an object, not the sentence's subject.)
                return None
            if not m.in_quote and not self._in_title(para, m):
                # "Kremlin spokesman Dmitry Peskov said … but would respond to "…"": a body named before a role and
                # a person's name says whose the role is; the person is the subject.
                after = mentions[k + 1] if k + 1 < len(mentions) else None
                # (So a team's short name taken for a person's: "Tide captain Liam Fell dedicated the win …".)
                between = _ROLE_BETWEEN.fullmatch(para.masked, m.end, after.lead) if after is not None else None
                if between and self._kind(after.key) == "person" and (
                        self._kind(m.key) == "organization" or between.group(0).split()[0] in lx.ROLE_NOUNS):
                    m = after
                if m.possessive or m.after_preposition:
                    return None
                if _MODIFIES_UNNAMED.match(para.masked, m.end) and _DETERMINER_BEFORE.search(para.masked, s_start, m.lead):
                    return None  # "a senior EU diplomat told Reuters, adding …": the diplomat, whom the article does not name
                if _UNNAMED_CLAUSE_SUBJECT.search(para.masked, m.end, end):
                    return None  # "Roberts remembers a meeting at which a man stood up and dismissed it as "…"": his
                return self._speaker(m.key, how + " → {name}, the subject of the sentence")
        role = _ROLE_SUBJECT.match(para.masked, s_start, min(end, pronoun_at))
        if role:
            # "In his reply, the prime minister thanked her … and said": a role as the subject, past an opening
            # phrase; the person the article gave that role (else nobody: a he/she after it is the role's).
            words = role.group(1)
            found = (self._role(words, f"the {words}", (para, s_start)) or self._role_nearby(para, s_start, words)
                     or self._known_role_nearby(para, s_start, words))
            return Speaker(found.slug, found.name, how + " → " + found.how) if found else None
        verb = _FINITE_VERB.search(para.masked, s_start, min(end, pronoun_at))
        # (Past an opening phrase: "In Kyiv, Ukraine's Foreign Ministry welcomed the package, saying …".)
        opening = _OPENING_PHRASE.match(para.masked, s_start, verb.start()) if verb else None
        subject_at = opening.end() if opening else s_start
        if verb and not mentions and "," not in para.masked[subject_at:verb.start()]:
            # "Bavaria's economy ministry welcomed the takeover, saying …": a body named as the sentence's subject.
            # (Set off with commas, "Comisiones Obreras, Spain's largest union, said", it is read before this.)
            org = self._org_before(para, subject_at, verb.start())
            if org:
                return self._org_named(self.org_names.get(org) or self._speaker(org, "").name,
                                       how + " → {name}, the subject of the sentence")
            # ("Downing Street went further, describing the guarantee as "…"": a seat of government as the subject of
            # a verb of answering, the participle its own — not "Downing Street attracted protesters, chanting", a place.)
            seat = seat_subject(para.masked[subject_at:verb.start()]) \
                if _SEAT_ANSWERS.match(para.masked, verb.start()) and not _ANOTHER_CLAUSE.search(para.masked, verb.end(), end) \
                else None
            if seat:
                return self._org_named(seat, how + " → {name}, the office its seat stands for, the subject of the sentence")
        if verb and not mentions and _IT_OR_THE_BODY.fullmatch(para.masked, subject_at, verb.start()):
            # "It repeated that position on Thursday, calling …", "The ministry repeated it, calling …": the body the
            # pronoun or the head word stands for, as when it is the subject of a speech verb.
            found = self._subject_ending_at(para, subject_at, verb.start(), how)
            if found and found.slug and (self._kind(found.slug) == "organization"
                                         or _IT_READS.match(para.masked, verb.start() - 1)):  # (who posted what it reads)
                return found
        if pronoun:
            slug = self._antecedent(para.index, pronoun_at, "m" if pronoun.group(1).lower() == "he" else "f")
            if slug:
                return self._speaker(slug, how + f" → '{pronoun.group(1).lower()}' → {{name}}, the subject of the sentence")
        return None

    def _mention_at(self, para: _Paragraph, pos: int) -> Optional[Mention]:
        """The person or body named right at pos — past capitalized title words the mention itself left out ("said
        Senior Judge Miriam Albayrak": the mention may start at "Judge")."""
        rest = para.masked[pos:pos + 80]
        skip = len(rest) - len(rest.lstrip())
        at = pos + skip
        for m in para.mentions:
            if m.in_quote:
                continue
            if m.lead == at:
                return m
            if at < m.lead <= at + 40:
                between = para.masked[at:m.lead].split()
                if between and all(w[:1].isupper() and w.lower().strip(".") in lx.TITLE_WORDS for w in between):
                    return m
        return None

    def _all_quotation(self, index: int) -> bool:
        """Whether a paragraph is quotation and nothing else (no words of the writer's outside the quote marks)."""
        return index in self.texts and not _NOT_QUOTE_TEXT.sub("", self.paragraph(index).masked)

    def _spokes_for(self, para: _Paragraph, start: int) -> Optional[str]:
        """The body an unnamed spokesperson opening the sentence at `start` speaks for ("A spokeswoman for the Charity
        Commission said", "A CQC spokesperson said"); None otherwise."""
        m = _SPOKES_SUBJECT.match(para.masked, start)
        found = self._group(para, start, m.end(1), "a spokesperson for {name}") if m else None
        return found.slug if found and found.slug and self._kind(found.slug) == "organization" else None

    def _antecedent(self, paragraph: int, offset: int, gender: Optional[str] = None) -> Optional[str]:
        """The last person named as a subject before this point, in this paragraph or the one before.

        With gender evidence (the gazetteer, Mr/Ms, a role noun, a pronoun bound before) a he/she
        that cannot be the nearest subject goes to the one person of its gender named in the last
        few paragraphs — and to nobody when two of that gender compete."""
        if self._unnamed_met_before(paragraph, offset):
            return None
        speaking = self._who_says_owner(paragraph, offset, gender) if gender else None
        if speaking:
            return speaking
        # (Past paragraphs of quotation only, a quote running over several: `Energy Minister Dana Kourakis … said … ¶
        # "People said we were mad. … ¶ "This battery …," she said` is hers.)
        reach = paragraph - 1
        if self.paragraph(paragraph).masked.lstrip()[:1] == "\u2588":  # (the pronoun's paragraph going on with the quote)
            while reach > 1 and _left_open(self.texts.get(reach, "").strip()) and self._all_quotation(reach):
                reach -= 1
        # (Past a paragraph that names no one and opens on the pronoun's own possessive: `Professor Lowe said she
        # dislikes the phrase …. ¶ Her group aims to build a chip by 2029. ¶ "…," she said` is Lowe's, the "her" going
        # on from her.)
        # (So past one that tells of them by the pronoun's own possessive further in, naming no one: `… Lawson said. ¶
        # It was his first win since Margaret River in April 2024. ¶ "…," he said`.)
        opens_on = _POSSESSIVE_OPENS.get(gender or "")
        between = self.texts.get(reach, "")
        if opens_on and reach == paragraph - 1 and reach > 1 \
                and (opens_on.match(between) or _POSSESSIVE_IN[gender].search(between) and not _OTHER_PRONOUN[gender].search(between)) \
                and not self.paragraph(reach).mentions and not lx.SPEECH_VERB_RE.search(between):
            reach -= 1  # (not past one whose "his …" speaks: "His former business partner said he had lost everything.")
        for k in range(reach, paragraph + 1):
            self._find_subjects(k)
        best, best_at = None, (paragraph, offset)
        for p, o, slug in self.subjects:
            if (p, o) >= (paragraph, offset):
                break
            if not slug and gender and self.unresolved_gender.get((p, o), gender) != gender:
                continue
            if p == paragraph or reach <= p <= paragraph - 1 and (p, o) not in self.possessive_subjects:
                best, best_at = slug, (p, o)
        if best and gender and best_at in self.spokes_subjects:
            # (Its spokeswoman's she: the body's words — not a he after "a spokeswoman".)
            return best if self.spokes_subjects[best_at] in (None, gender) else None
        if best and gender and self._kind(best) == "organization":
            best = None  # ("Southdown Water said …. One angler said …. "…," he said": a he or she is never a body)
        if best and gender and best_at[0] == paragraph - 1 and best_at[1] > 0 \
                and not self.paragraph(paragraph).masked[:offset].strip():
            profiled = self._passing_voice_in_profile(best, gender)
            if profiled:
                best, best_at = profiled, self._last_mention_before(profiled, paragraph, offset)
        elif not best and gender and best_at[0] == paragraph - 1 and best_at != (paragraph, offset) \
                and ("?" in self.paragraph(paragraph).masked[:offset] or self._only_words_in_passing(paragraph - 1)) \
                and not any(m.paragraph == paragraph and m.start < offset for m in self.people.mentions):
            # (`At a reading on Thursday, one woman was overheard: "…" ¶ Does she worry …? "…," she says`: someone
            # unnamed in passing, in the paragraph before, and the writer's question about a she in the next, naming no
            # one before it — or a few words of theirs only, `one critic called it "relentlessly bleak". ¶ She laughs`:
            # in a profile, the one the piece is about. Not `Her mother … says she always knew. ¶ "…," she says`.)
            profiled = self._profile_subject_of(gender)
            if profiled:
                best, best_at = profiled, self._last_mention_before(profiled, paragraph, offset)
        # (The nearest subject's first name vetoes too: "… Sarah Quinn asked. "…," he replied" is the one man named —
        # unless someone unnamed of that gender was the subject before them in their paragraph: "The triage nurse, who
        # cannot be named, told the inquest she had re-assessed Mr Donnelly …. ¶ "…," she said" is no Leanne Donnelly's.)
        if gender and best and (self.genders.get(best) or self.name_genders.get(best, gender)) != gender and any(
                not slug and p == best_at[0] and o < best_at[1] and self.unresolved_gender.get((p, o), gender) == gender
                for p, o, slug in self.subjects):
            best = ""
        elif gender and (best is None or (self.genders.get(best) or self.name_genders.get(best, gender)) != gender):
            best = self._only_one_of(gender, paragraph, offset) or self._profiled_of(gender, paragraph, offset)
            if best:
                best_at = self._last_mention_before(best, paragraph, offset)
        if best and (self._unknown_name_since(best_at, (paragraph, offset)) or self._shared_name_since(best_at, (paragraph, offset))
                     or any(KIN_GENDER.get(kin.group(1), gender) == gender and _REACTS_AFTER.match(para.masked, kin.end())
                            for para, a, b in self._stretches(best_at, (paragraph, offset)) if para.index == paragraph
                            for kin in _UNNAMED_KIN_OPENS.finditer(para.masked, a, b))):
            # ("Starmer's predecessor, Rishi Sunak, criticised it. "…," he said": a name the article gives no one; "…
            # Rawinia. ¶ Her companion nodded. "…," he said": someone unnamed, reacting in the pronoun's own paragraph —
            # not "Her grandmother was a seamstress", of whom she speaks.)
            return None
        reporter = self._reporter_of(best_at, best) if best else None
        if reporter is not None and gender and (self.genders.get(reporter) or self.name_genders.get(reporter) or gender) != gender \
                and _SPOKEN_TO_OPENS.match(self.paragraph(best_at[0]).masked, self.paragraph(best_at[0]).sentence_at(best_at[1])[0]):
            # ("Speaking to host Kate Abernethy, Tane said …. "…," he said": the one spoken to, of the other gender, is
            # no one who reported; not "Novak said … that Piotr Wrona would fly …. …, he said", hers or his.)
            reporter = None
        if reporter is not None:
            if not (self._named_after_in_sentence(paragraph, offset, best)
                    and not self._named_after_in_sentence(paragraph, offset, reporter)):
                return None  # "Reed said … and that Foreign Minister Ann Lee would travel. …, he said": Reed's or Lee's?
            # "Adeyemi told the court that Pell had set up …. He said Pell had "…"": the one reported on is named again
            # after the pronoun, so the pronoun is the one who reported.
            best = reporter
        if best and self._named_after_in_sentence(paragraph, offset, best):
            return None  # "Haller called Jens Kowalczyk. He said … that Haller had not mentioned it": not Haller
        if best and gender and best not in self.genders and self.name_genders.get(best, gender) != gender:
            return None  # "Tom Reed said …" then "she said": not his words, whoever's they are
        elif best and gender and best not in self.genders:
            self.genders[best] = gender  # "she said" bound to her: evidence for later pronouns
        return best or None

    def _named_after_in_sentence(self, paragraph: int, offset: int, slug: str) -> bool:
        """Whether the pronoun's own clause names that person after it, outside quotations: then it is someone else.
        (Its next hundred characters at most: a quotation closing on '".' can hide the end of the sentence.)"""
        para = self.paragraph(paragraph)
        _, end = para.sentence_at(offset)
        end = min(end, offset + 100)
        clause = _NEXT_CLAUSE_OPENS.search(para.masked, offset, end)  # '"…," he said, before Haller flew home'
        end = clause.start() if clause else end
        return any(m.key == slug and offset < m.lead < end and not m.in_quote for m in para.mentions)

    def _reporter_of(self, at: tuple[int, int], slug: str) -> Optional[str]:
        """Who reports the clause whose subject is at `at`, when someone else named before it in its sentence does
        ("Tom Reed said …, and that Foreign Minister Ann Lee would travel": Reed): a he/she after it may be either."""
        para = self.paragraph(at[0])
        start, _ = para.sentence_at(at[1])
        # (Not one named after a preposition: "Nigel Sandford KC, for Mr Farrant, told jurors that …" is Sandford's.)
        reporter = next((m for m in para.mentions if start <= m.lead < at[1] and m.key != slug and not m.in_quote
                         and not m.possessive and not m.after_preposition and self._kind(m.key) == "person"), None)
        return reporter.key if reporter is not None and _REPORTS_THAT.search(para.masked, reporter.end, at[1]) else None

    def _who_says_owner(self, paragraph: int, offset: int, gender: str) -> Optional[str]:
        """The person a who-clause with a speech verb is about, for a he/she in what the clause reports: "led by
        Arkady Voronin, who said Moscow was open to a truce only once what he called "…" had been dealt with"."""
        para = self.paragraph(paragraph)
        s_start, _ = para.sentence_at(offset)
        if ", who " not in para.masked[s_start:offset]:
            return None  # (most pronouns)
        for m in reversed(para.mentions):
            if not (s_start <= m.lead and m.end < offset) or m.in_quote:
                continue
            clause = _WHO_SAYS_TO.fullmatch(para.masked, m.end, offset)
            if clause is None or m.possessive or self._kind(m.key) != "person" \
                    or (self.genders.get(m.key) or self.name_genders.get(m.key) or gender) != gender:
                return None  # (the nearest name before it decides: no one past another)
            # (No one of that gender named before it in the sentence: "Reed praised Lee, who said he had always backed …"
            # may mean Reed.)
            if not (self.genders.get(m.key) or self.name_genders.get(m.key)) and any(
                    s_start <= o.lead < m.lead and not o.in_quote and not o.possessive and o.key != m.key
                    and self._kind(o.key) == "person" and (self.genders.get(o.key) or self.name_genders.get(o.key)) == gender
                    for o in para.mentions):
                return None
            return m.key
        return None

    def _unnamed_met_before(self, paragraph: int, offset: int) -> bool:
        """Whether the pronoun's own sentence names, before it, a person by a role alone and no one by name: "When I
        met the British chief of the defence staff, he told me": he is that chief, whoever the article named before.
        (Not "Asked whether the president would come, he said": the question's person, not the one answering.)"""
        para = self.paragraph(paragraph)
        start, _ = para.sentence_at(offset)
        if _ASKED_OPENER.match(para.masked, start) or any(start <= m.start < offset and not m.in_quote
                                                           for m in para.mentions):
            return False
        if _OWN_KIN.search(para.masked, start, offset):
            return True  # "My nephew serves near the river, and when he called me he said": the speaker's own relative
        # (Only when the clause that names the role has a subject of its own, the writer or the reader: "After
        # meeting the prime minister in Rome, he said" is the one who met, named before.)
        met = _ROLE_MET.search(para.masked, start, offset)
        return met is not None and _FIRST_OR_SECOND_PERSON.search(para.masked, start, met.start()) is not None

    def _stretches(self, start: tuple[int, int], end: tuple[int, int]):
        """(paragraph, from, to) of the text between two (paragraph, offset) points, paragraph by paragraph."""
        for p in range(start[0], end[0] + 1):
            if p in self.texts:
                para = self.paragraph(p)
                yield para, start[1] if p == start[0] else 0, end[1] if p == end[0] else len(para.text)

    def _unknown_name_since(self, start: tuple[int, int], end: tuple[int, int]) -> bool:
        """Whether a first name and surname that is no person of the article's, no organization and no place is
        written between the two points, outside quotations and prepositional phrases: someone a he/she may mean."""
        for para, a, b in self._stretches(start, end):
            for m in _PERSON_LIKE.finditer(para.masked, a, b):
                if any(w.lower() in NOT_ORG_WORDS or w.lower() in lx.ORG_WORDS or w.lower() in lx.GOVERNMENT_PLACES
                       for w in m.groups()) or lx.irish_county(m.group(1), m.group(2)) \
                        or m.group(1).lower() in _PLACE_FIRST_WORDS or m.group(2).lower() in sn.PLACE_OR_BODY_ENDS \
                        or f"{m.group(1)} {m.group(2)}".lower() in _TWO_WORD_PLACES:
                    continue  # (and "Ennis, Co Clare": an Irish county; "Hong Kong", "Niagara Falls": places)
                if _WORK_SET_OFF_BEFORE.search(para.masked, max(0, m.start() - 30), m.start()):
                    continue  # "her fourth album, Salt Hours, which is released …": a work's title, no one's name
                if any(x.lead <= m.start() < x.end or m.start() <= x.lead < m.end() for x in para.mentions):
                    continue
                bracket = para.masked.rfind("(", max(0, m.start() - 40), m.start())
                if bracket >= 0 and ")" not in para.masked[bracket:m.start()] \
                        and any(not para.masked[x.end:bracket].strip() for x in para.mentions if x.end <= bracket):
                    continue  # "Cllr Martin Oduya (Lab, Millbrook East)": the party and ward of the one just named
                if not _SUBJECT_SLOT.search(para.masked, max(0, m.start() - 8), m.start()) or (
                        m.start() - 8 > 0 and _PREPOSITION_BEFORE.search(para.masked, max(0, m.start() - 12), m.start())):
                    continue  # ("Howe confirmed that Sven Botman was fit", "Brightwater's Ashford Grange home": no subject)
                if _NAME_GOES_ON.search(para.masked, max(0, m.start() - 60), m.start()):
                    continue  # "the Association of International Marathons and Distance Races": the end of a body's name
                return True
        return False

    def _shared_name_since(self, start: tuple[int, int], end: tuple[int, int]) -> bool:
        """Whether a subject named by a name two people of the article share ("Berg said …" after Anders and Tomas
        Berg) stands between the two points: the nearer subject a he/she means, though which of them cannot be told."""
        if self.shared_names is None:
            words = [w.lower() for p in self.people.people.values() if p.kind == "person" and len(p.name.split()) > 1
                     for w in {p.name.split()[0], p.name.split()[-1]}]
            self.shared_names = {w for w in words if words.count(w) > 1}
        if not self.shared_names:
            return False
        for para, a, b in self._stretches(start, end):
            for m in _TITLED_WORD.finditer(para.masked, a, b):
                if m.group(1).lower() in self.shared_names and _SUBJECT_SLOT.search(para.masked, max(0, m.start() - 8), m.start()) \
                        and not any(x.start <= m.start(1) < x.end for x in para.mentions):
                    return True
        return False

    def _profile_subject(self) -> Optional[str]:
        """The person a profile is about: named as the subject of its first sentence, and by name in three paragraphs
        or more."""
        opening = min(self.texts, default=0)
        first = next((m for m in self.people.mentions if m.paragraph == opening), None)
        if first is None or first.possessive or first.after_preposition or self._kind(first.key) != "person" \
                or self.paragraph(first.paragraph).masked[:first.lead].strip():
            return None
        paragraphs = {m.paragraph for m in self.people.mentions if m.key == first.key}
        # (Or named in the headline: "Morwenna Tallis on her last record" is about her, however seldom the piece
        # names her again, calling her "she".)
        person = self.people.people.get(first.key) or self.gaz.people.get(first.key)
        surname = (person.name if person else first.key).split()[-1]
        return first.key if len(paragraphs) >= 3 or re.search(r"\b%s\b" % re.escape(surname), self.title) else None

    def _profile_subject_of(self, gender: str) -> Optional[str]:
        """The one a profile is about — a piece giving words in the present tense ("she says"; news says "said": "… and
        Keir Starmer said "…". ¶ He said …" is Starmer) — when a he/she of that gender was bound to them."""
        if not self._present_tense_piece:
            return None
        profiled = self._profile_subject()
        return profiled if profiled is not None and self.genders.get(profiled) == gender else None

    def _profiled_of(self, gender: str, paragraph: int, offset: int) -> Optional[str]:
        """`She is less guarded on the subject of money.` paragraphs after her name: in a profile, a he/she no one near
        can be is the one the piece is about — when every other person of the last few paragraphs is of the other
        gender."""
        profiled = self._profile_subject_of(gender)
        if profiled is None:
            return None
        window = {m.key for m in self.people.mentions if paragraph - GENDER_LOOKBACK <= m.paragraph
                  and (m.paragraph, m.start) < (paragraph, offset) and m.key != profiled and self._kind(m.key) == "person"}
        if any((self.genders.get(slug) or self.name_genders.get(slug)) in (None, gender) for slug in window):
            return None
        return profiled if self._last_mention_before(profiled, paragraph, offset) else None

    def _passing_voice_in_profile(self, slug: str, gender: str) -> Optional[str]:
        """`… and the novelist Morag Fenwick, in a cover quote, said it was "…". ¶ She writes longhand …`: in a profile, a
        he/she opening a paragraph after someone named once, inside the paragraph before, is the one the piece is about."""
        profiled = self._profile_subject_of(gender)
        if profiled is None or profiled == slug or self._kind(slug) != "person":
            return None
        return profiled if len({m.paragraph for m in self.people.mentions if m.key == slug}) == 1 else None

    def _other_of_gender_since(self, slug: str, gender: str, paragraph: int, offset: int) -> bool:
        """Whether another person who may be of this gender is named between the last mention of `slug` and the
        point ("Coach Ian Foster dropped Sam Cane. ¶ He learned of it by text." may mean either)."""
        since = self._last_mention_before(slug, paragraph, offset)
        if since is None:
            return True
        if any(m.key != slug and since <= (m.paragraph, m.end) and (m.paragraph, m.start) < (paragraph, offset)
               and self._kind(m.key) == "person"
               and (self.genders.get(m.key) or self.name_genders.get(m.key) or gender) == gender
               for m in self.people.mentions):
            return True
        # (Or a name the people finder left, of no body it knows: "dropped Sam Cane for the final".)
        for para, a, b in self._stretches(since, (paragraph, offset)):
            for n in _TWO_CAPITALIZED.finditer(para.masked, a, b):
                first = n.group(0).split()[0].lower()
                other = lx.FEMALE_FIRST_NAMES if gender == "m" else lx.MALE_FIRST_NAMES
                same = lx.MALE_FIRST_NAMES if gender == "m" else lx.FEMALE_FIRST_NAMES
                if not any(m.lead <= n.start() < m.end or n.start() <= m.lead < n.end() for m in para.mentions) \
                        and first not in lx.CAPITALIZED_STOPWORDS and (first in same or first not in other):
                    return True  # (not one of the other gender's given names: "after unseating Ray Castellan. ¶ She …")
        return False

    def _last_mention_before(self, slug: str, paragraph: int, offset: int) -> Optional[tuple[int, int]]:
        """(paragraph, end) of the last mention of `slug` before the point, or None."""
        return max(((m.paragraph, m.end) for m in self.people.mentions
                    if m.key == slug and (m.paragraph, m.start) < (paragraph, offset)), default=None)

    @cached_property
    def _present_tense_piece(self) -> bool:
        """Whether the article gives words in the present tense ("she says"), as features and profiles do, more
        often than in the past ("she said"), as news does."""
        said = sum(len(_PAST_SPEECH.findall(self.paragraph(i).masked)) for i in self.texts)
        says = sum(len(_PRESENT_SPEECH.findall(self.paragraph(i).masked)) for i in self.texts)
        return says > said

    def _role_subject_before(self, para: _Paragraph, pronoun_at: int, gender: str) -> Optional[str]:
        """`As she left …, the defence secretary was asked whether …. "…," she said`: the person the article titled so
        ("The defence secretary, Harriet Colville, …"), when a role the article gave one person is the subject of the
        sentence right before, no one named in the paragraph before the pronoun, and the person known to be of its
        gender."""
        start, _ = para.sentence_at(pronoun_at)
        before = next(((a, b) for a, b in reversed(para.sentences) if b <= start), None)
        if before is None:
            return None
        m = _ROLE_AS_SUBJECT.search(para.masked, before[0], before[1])
        if not m or any(n.lead < pronoun_at and not n.in_quote and self._kind(n.key) == "person" for n in para.mentions):
            return None  # (someone named in the paragraph before the pronoun is nearer: "Jane Carr said …")
        slug = self.people.roles.get(normalize_role(m.group(1)))
        if not slug or self._kind(slug) != "person" or (self.genders.get(slug) or self.name_genders.get(slug)) != gender:
            return None  # (her gender known, from her first name, a title or a pronoun bound before)
        return slug

    def _the_one_asked(self, para: _Paragraph, pronoun_at: int, verb_at: int, gender: str) -> Optional[str]:
        """`Hebden asked whether Lansdowne had "…". "…," she replied`: who replies is the one the sentence before asked,
        or asked about — when it asked one person of that gender (or of none the article gives), not its asker."""
        if not _REPLY_VERB.match(para.masked, verb_at):
            return None
        start = para.sentence_at(pronoun_at)[0]
        if para.masked[:start].strip():
            return self._asked_in_sentence_before(para, start, gender)
        # (Opening its paragraph: the one the paragraph before asked last — "Paul Murphy asked Micheál Martin whether
        # …." ¶ `"…," he answered` — or questioned, or addressed by name.)
        before = self.paragraph(para.index - 1) if para.index - 1 in self.texts else None
        return (before and self._asked_in_sentence_before(before, len(before.masked), gender)) \
            or self._questioned_before(para.index, gender) or self._addressed_before(para.index, gender)

    def _addressed_before(self, paragraph: int, gender: str) -> Optional[str]:
        """`"Mrs Molefe, you signed this page, did you not? …," Van der Walt said.` ¶ `"…," she replied`: the reply
        opening the next paragraph is the one the question addresses by name (of the reply's gender, or of none told)."""
        if paragraph - 1 not in self.texts:
            return None
        before = self.paragraph(paragraph - 1)
        m = _ADDRESSED.match(before.text)
        if m is None or "?" not in before.text:
            return None
        named = next((n.key for n in before.mentions if n.lead <= m.start("name") < n.end and not n.possessive), None)
        if named is None or self._kind(named) != "person" \
                or (self.genders.get(named) or self.name_genders.get(named) or gender) != gender:
            return None
        return named

    def _asked_as_pronoun_before(self, para: _Paragraph, pronoun_at: int, gender: str) -> Optional[str]:
        """`Lindqvist asked him what that contribution might look like.` ¶ `"Realistically, …," he said`: a paragraph that
        only puts a question to a him or her, and the next opening on that one's words, are theirs: whom the him or her
        stands for (see _antecedent), not the asker."""
        if para.masked[:para.sentence_at(pronoun_at)[0]].strip() or para.index - 1 not in self.texts:
            return None
        before = self.paragraph(para.index - 1)
        m = _ASKS_HIM_OR_HER.fullmatch(before.masked)
        if m is None or {"him": "m", "her": "f"}[m.group("pronoun") or m.group("pronoun_to")] != gender:
            return None
        asker = next((n.key for n in before.mentions if n.lead == m.start() and not n.in_quote), None)
        # (Whom the him or her stands for, named before the asker's sentence: the asker is its subject — when no one
        # else of that gender was a subject there: "Opposition leader Paul Hale has called the talks …" between the
        # guest and the host's question leaves "him" untold.)
        slug = self._antecedent(before.index, m.start(), gender)
        if not slug or slug == asker or self._kind(slug) != "person":
            return None
        rivals = {other for p, _, other in self.subjects if before.index - 2 <= p <= before.index and other
                  and other not in (slug, asker) and self._kind(other) == "person"
                  and (self.genders.get(other) or self.name_genders.get(other) or gender) == gender}
        return None if rivals else slug

    def _questioned_before(self, paragraph: int, gender: str) -> Optional[str]:
        """`Under cross-examination by Jaco Steyn, Mokoena conceded …` ¶ `"…?" Steyn asked.` ¶ `"…," she replied`: a
        paragraph that is one asker's question, and the reply opening the next, are the one questioned's — the one
        person named as a subject in the paragraph before the question, of the reply's gender (or of none told), not
        the asker."""
        if paragraph - 1 not in self.texts:
            return None
        before = self.paragraph(paragraph - 1)
        asking = _QUESTION_THEN_ASKER.fullmatch(before.text)
        asker = next((m.key for m in before.mentions if asking and m.start == asking.start("name")), None)
        if asker is None:
            return None
        self._find_subjects(paragraph - 2)
        # (One person only, besides the asker, the subject there: not "Dube said …. Former commander Themba Nkosi has
        # since retired." before "Who had the key?" Naidoo asked.)
        earlier = {slug for p, _, slug in self.subjects if paragraph - 2 <= p < paragraph - 1} - {asker}
        last = earlier.pop() if len(earlier) == 1 else None
        if last and self._kind(last) == "person" \
                and (self.genders.get(last) or self.name_genders.get(last) or gender) == gender:
            return last
        return None

    def _writer_addressed(self, para: _Paragraph, pronoun_at: int, gender: str) -> Optional[str]:
        """`I put this to Nkechi Adeyemi-Ross, who tracks tanker movements. "…," she said`: the one person the writer
        asked, spoke to or put the point to in the sentence right before answers (of that gender, or of none told)."""
        start = para.sentence_at(pronoun_at)[0]
        before = next(((a, b) for a, b in reversed(para.sentences) if b <= start), None)
        if before is None:
            return None
        named = [m for m in para.mentions if before[0] <= m.lead < before[1] and not (m.in_quote or m.possessive)
                 and self._kind(m.key) == "person"]
        addressed = {m.key for m in named if _WRITER_ADDRESSES.fullmatch(para.masked, before[0], m.lead)}
        if len(addressed) != 1:
            return None
        slug = addressed.pop()
        fits = lambda key: (self.genders.get(key) or self.name_genders.get(key) or gender) == gender  # noqa: E731
        if not fits(slug) or any(m.key != slug and fits(m.key) for m in named):
            return None  # (another of that gender named there may be the one who answers)
        return slug

    def _asked_in_sentence_before(self, para: _Paragraph, start: int, gender: Optional[str] = None) -> Optional[str]:
        """The one person (of that gender, when given) the sentence before `start` asks or asks about, else None."""
        before = next(((a, b) for a, b in reversed(para.sentences) if b <= start), None)
        if before is None:
            return None
        asked = {m.key for m in para.mentions if before[0] <= m.lead < before[1] and not (m.in_quote or m.possessive)
                 and (_ASKED_BEFORE.search(para.masked, max(before[0], m.lead - 24), m.lead)
                      or _NAMED_THEN_ASKED.match(para.masked, m.end)) and self._kind(m.key) == "person"
                 and (gender is None or (self.genders.get(m.key) or self.name_genders.get(m.key) or gender) == gender)}
        return asked.pop() if len(asked) == 1 else None

    def _only_one_of(self, gender: str, paragraph: int, offset: int) -> Optional[str]:
        window = [m for m in self.people.mentions
                  if paragraph - GENDER_LOOKBACK <= m.paragraph and (m.paragraph, m.start) < (paragraph, offset)]
        candidates = {m.key for m in window if self._kind(m.key) == "person"}
        # (A first name of the other gender vetoes: "Daniel Carlen had spent …" is no "she".)
        unknown = [slug for slug in candidates if slug not in self.genders and self.name_genders.get(slug, gender) == gender
                   and self._latest(window, slug) > paragraph - 2]
        if unknown:
            # (The one of them whose first name says the gender, when every other person in view is of the other by
            # theirs or by a pronoun: "Marta Lindqvist was furious that Paul Dunne added six minutes. "…," she said".)
            # (With no one unnamed met since, "Outside the office of Dorota Kwiatek, a crowd gathered"; the others
            # those named in this paragraph or the one before.)
            named = [slug for slug in unknown if self.name_genders.get(slug) == gender]
            others = [slug for slug in candidates if named and slug != named[0] and self._latest(window, slug) > paragraph - 2]
            if len(named) == 1 and all((self.genders.get(slug) or self.name_genders.get(slug)) not in (None, gender)
                                                  for slug in others) \
                    and not self._someone_unnamed_since(named[0], window, (paragraph, offset)) \
                    and not any(m.key == named[0] and _DECLINED.search(self.texts[m.paragraph], m.end, m.end + 80)
                                for m in window):
                # (Not one who "did not comment": "Sergei Lavrov, who was also in the city, did not comment.")
                return named[0]
            # Someone of unknown gender was named just before: they may be the one — and are, when no one else of the
            # last paragraphs can be and the article gave them as its source ("… according to Marta Kowalczyk, a senior
            # fellow …. "…," she said"; not "Outside the office of Dorota Kwiatek, a crowd gathered").
            return unknown[0] if len(candidates) == 1 and any(
                m.key == unknown[0] and _ACCORDING_TO_END.search(self.texts[m.paragraph], max(0, m.lead - 16), m.lead)
                for m in window) else None
        # (And one a pronoun of the window was bound to, named further back: a profile's subject, "as she put it" two
        # paragraphs before, is the "she" after a paragraph about her editor.)
        bound = {slug for p, o, slug in self.subjects if slug and paragraph - GENDER_LOOKBACK <= p
                 and (p, o) < (paragraph, offset) and self._kind(slug) == "person"}
        same = {slug for slug in candidates | bound if self.genders.get(slug) == gender}
        if len(same) > 1:
            # "Vasseur's mentor … She still quotes him": the one of that gender named in this paragraph,
            # when none was named in the paragraph before.
            here = {m.key for m in window if m.key in same and m.paragraph == paragraph}
            if not any(m.key in same and m.paragraph == paragraph - 1 for m in window):
                same = here
        return same.pop() if len(same) == 1 else None

    def _someone_unnamed_since(self, slug: str, window: list, end: tuple[int, int]) -> bool:
        """Whether, after the last mention of that person, the text brings in people it does not name ("a crowd
        gathered", "one resident"), whom a he or she after them may mean."""
        last = max((m.paragraph, m.end) for m in window if m.key == slug)
        # (Not the person's own description set off after the name: "Olena Hrytsenko, 34, a teacher whose …".)
        apposed = _DESCRIBED_AFTER_NAME.match(self.paragraph(last[0]).masked, last[1])
        last = (last[0], apposed.end()) if apposed else last
        return any(_UNNAMED_PEOPLE.search(para.masked, a, b) for para, a, b in self._stretches(last, end))

    @staticmethod
    def _latest(window: list, slug: str) -> int:
        return max(m.paragraph for m in window if m.key == slug)

    def pronoun_means(self, paragraph: int, offset: int, word: str) -> Optional[str]:
        """Whom a "He" or "She" at that point stands for (see _antecedent)."""
        return self._antecedent(paragraph, offset, "m" if word.lower() == "he" else "f")

    def introduced_by(self, prev: _Paragraph, prev_quote: Optional[Quote], alone: bool = False) -> Optional[Speaker]:
        """The speaker of a paragraph that is all quotation, from the paragraph before it."""
        text = prev.masked.rstrip()
        if text.endswith(":"):
            s_start, s_end = prev.sentence_at(len(text) - 1)
            asked = _ASKED_OPENER.match(prev.masked, s_start)
            if asked and asked.end() < s_end:
                # ("Asked why she had turned down offers …, Okonkwo paused before answering:": the question is put to
                # the subject after it, who answers.)
                s_start = asked.end()
            verb = None
            for verb in _VERB.finditer(prev.masked, s_start, s_end):
                pass
            if verb is not None:
                found = self._before(prev, s_start, verb.start(), f"introduces the quote ({verb.group(0)}:)")
                if found:
                    return found
            # "Her conclusion is not a comfortable one for ministers:": his or her words, the one "her" means.
            words = _HIS_WORDS_OPEN.match(prev.masked, s_start, s_end)
            named = {m.key for m in prev.mentions if m.lead < s_start and not m.in_quote}
            spans = [(m.lead, m.end) for m in prev.mentions if m.lead < s_start]
            # (No other name of two capitalized words either, one the analysis did not take for a person's: "wrote
            # to Mary Lowe".)
            # (Nor a place or a body after its preposition: "who lectures at University College Cork".)
            # (Nor where someone's post is at it, whatever its words: "chief economist at Anvika Securities", "a
            # senior fellow at the Institute for European Defence Studies".)
            others = [n for n in _TWO_CAPITALIZED.finditer(prev.masked, 0, s_start)
                      if not any(n.start() < b and a < n.end() for a, b in spans)
                      and not (_AT_PLACE_BEFORE.search(prev.masked, max(0, n.start() - 6), n.start())
                               and any(w.lower() in lx.ORG_WORDS or w.lower() in lx.ORG_HEADS for w in n.group(0).split()))
                      and not _post_at(prev.masked, n.start())]
            before = prev.masked[prev.sentence_at(max(0, s_start - 1))[0]:s_start]
            # ("Her statement reads:" only after the one named put a statement out — not after they read one out for
            # someone else, "Prosecutor Jane Ryan read a statement from the victim's mother", nor "Ms O'Brien's daughter
            # wrote to the court".)
            own_statement = words is None or words.group(2).lower() != "statement" or (
                _PUT_OUT.search(before) is not None and _READ_FOR_ANOTHER.search(before) is None
                and _KIN_OR_FAMILY.search(before) is None)
            if words and words.group(2).lower() in _CONCLUSION_NOUNS and len(named) <= 1 and not others and own_statement \
                    and not _ASKED_A_PRONOUN.search(prev.masked, prev.sentence_at(max(0, s_start - 1))[0], s_start):
                # (A conclusion, a reply: of the one person the paragraph names — not where it names two, "Anne Kerr
                # wrote to Mary Lowe last week. Her reply:", nor after "asked him", "His reply:" being the one asked's.)
                slug = self._antecedent(prev.index, s_start, "m" if words.group(1).lower() == "his" else "f")
                slug = slug if slug and (not named or slug in named) else None
                if slug:
                    return self._speaker(slug, f"'{words.group(1).lower()} {words.group(2)}' → {{name}}, the last person "
                                               "named as a subject")
            # "…, the family's solicitor, Naomi Fenwick, read a statement on behalf of Mr Ashworth's partner, Leah
            # Morgan:": the words are the one's on whose behalf they are read.
            behalf = _ON_BEHALF_OF.search(prev.masked, s_start, s_end)
            if behalf:
                for_whom = [m for m in prev.mentions if behalf.end() <= m.lead < s_end and not (m.in_quote or m.possessive)]
                if for_whom and self._kind(for_whom[-1].key) == "person" \
                        and prev.masked[for_whom[-1].end:s_end].strip(" :,.") == "":
                    return self._speaker(for_whom[-1].key, "{name}, on whose behalf the statement after the colon is read")
                return None  # (on behalf of someone the analysis names no one for, "the family": not the reader's words)
            first = next((m for m in prev.mentions if s_start <= m.lead < s_end and not m.in_quote), None)
            if first is not None and _READ_FROM.match(prev.masked, first.end):
                return None  # ("Geraghty read out a text from a listener:" over the text: the listener's words)
            posted, poster = self._poster_before(prev, s_end, "introduces the quote (… :)") \
                if _HERE_IT_IS.match(prev.masked, s_start, s_end) else (False, None)
            if posted:
                # "Verbytskyi has just given a statement to reporters. Here it is in full:", "The minister has just
                # finished her statement to MPs. Here's the key passage:": as after "It reads:", the words are whoever
                # the sentence before tells gave the text.
                return poster if poster is not None else self._body_opening_sentence_before(prev, s_end - 1)
            # "She remembers the first winter clearly:" — whoever the sentence is about speaks next.
            found = self._sentence_subject(prev, s_start, s_end, "introduces the quote (… :)")
            if found:
                return found
            if _THE_REPLY.match(prev.masked, s_start, s_end):
                # "Keating asked Mr Furlong directly whether the date could be relied on. The reply was carefully
                # worded:": the one the sentence before asked answers.
                asked = self._asked_in_sentence_before(prev, s_start)
                if asked:
                    return self._speaker(asked, "the reply of {name}, asked in the sentence before")
            if _SOMEONE_UNNAMED_OPENS.match(prev.masked, s_start) and not first \
                    and not _ASKS_THE_ONE.search(prev.masked, s_start, s_end):
                # ("Our correspondent, Anjali Rao, says the mood is "cautious". One European official, who did not
                # want to be named, put it to her this way:": someone unnamed introduces the words, no one's to tell —
                # not the quote's before it going on. Not "One journalist asked him about the penalty:" over the reply
                # of the one asked.)
                return None
        if prev_quote is not None and prev_quote.speaker:
            return Speaker(prev_quote.speaker, prev_quote.speaker_name or prev_quote.speaker,
                           f"continues the quote of {prev_quote.speaker_name} in the paragraph before")
        s_start, s_end = prev.sentence_at(max(0, len(text) - 1))
        # ("Asked how a club of Kingsbridge's size had managed it, Okonkwo was blunt.": the one asked.)
        asked = _ASKED_OPENER.match(prev.masked, s_start)
        subject_from = asked.end() if asked and asked.end() < s_end else s_start
        spoke_so = _SPOKE_SO.search(prev.masked, subject_from, s_end)
        quick = _QUICK_TO.search(prev.masked, subject_from, s_end) if spoke_so is None else None
        if quick and not _VERB.search(prev.masked, subject_from, s_end):
            # (Its subject before "was quick to": not "Pat Rowe was quick to praise captain Tom Hale." ¶ "…", the one
            # praised, where the analysis took no person for the subject.)
            found = self._sentence_subject(prev, subject_from, quick.start(), "introduced by how they spoke")
            if found and found.slug and self._kind(found.slug) == "person":
                return found
        if spoke_so and spoke_so.group(0).startswith("apolog") \
                and _APOLOGY_UNDER_ANOTHER.search(prev.masked, subject_from, spoke_so.start()):
            spoke_so = None
        if spoke_so and not _VERB.search(prev.masked, subject_from, s_end):
            # "Estonia's defence minister, Hanno Pevkur, was the bluntest." then a paragraph of quotation: his words.
            found = self._sentence_subject(prev, subject_from, s_end, "introduced by how they spoke")
            if found and found.slug and self._kind(found.slug) == "person":
                return found
        statement = _READ_A_STATEMENT.search(prev.masked, subject_from, s_end)
        if statement and not _VERB.search(prev.masked, subject_from, s_end):
            # "Hartnett's mother, Jenny Hartnett, read a statement on behalf of the family." then the statement.
            behalf = re.search(r"\bon\s+behalf\s+of\b", statement.group(0))
            if re.match(r"\s*(?:from|by|of)\b", prev.masked[statement.end("what"):]) \
                    or behalf and not _KIN_APPOSED.match(prev.masked, subject_from, s_end):
                return None  # "read a statement from the victim's mother", "DS Byrne read a statement on behalf of the family"
            self._find_subjects(prev.index)
            subjects = {slug for p, o, slug in self.subjects if p == prev.index and s_start <= o < s_end}
            if len(subjects) == 1 and next(iter(subjects)) and self._kind(next(iter(subjects))) == "person":
                return self._speaker(subjects.pop(), "the statement they read → {name}")
        if _BEFORE_ANSWERING.search(prev.masked, s_start, s_end):
            # "Asked whether a ceasefire was within reach, Hrytsenko paused before answering." then the answer.
            asked = _ASKED_OPENER.match(prev.masked, s_start)
            found = self._sentence_subject(prev, asked.end() if asked else s_start, s_end, "the answer it announces")
            if found and found.slug and self._kind(found.slug) == "person":
                return found
        was_asked = _WAS_ASKED.match(prev.masked, s_start, s_end) if prev_quote is None else None
        if was_asked:
            # "… has spoken to reporters on her way in. She was asked what Kyiv wants to hear today." then the answer:
            # the one asked.
            if was_asked.group(1):
                slug = self._antecedent(prev.index, s_start + 1, "m" if was_asked.group(1).lower() == "he" else "f")
            else:
                named = next((m for m in prev.mentions if m.lead == was_asked.start(2) and not m.possessive), None)
                slug = named.key if named is not None else None
            if slug and self._kind(slug) == "person":
                return self._speaker(slug, "{name}, asked in the paragraph before")
        reacts = _PRONOUN_REACTS.fullmatch(prev.masked, subject_from, s_end) if prev_quote is None else None
        if reacts and not asked and len({m.key for m in prev.mentions if not m.in_quote and self._kind(m.key) == "person"}) > 1:
            reacts = None  # ("Judge Lin asked Tom Reed … . He shrugged. ¶ "…"": whose words follow cannot be told)
        if reacts:
            # "Asked whether playing a woman in her seventies is daunting, she laughs." then a paragraph of quotation:
            # the one who reacted without words goes on to answer.
            slug = self._antecedent(prev.index, reacts.start(1), "m" if reacts.group(1).lower() == "he" else "f")
            if slug and self._kind(slug) == "person":
                return self._speaker(slug, f"'{reacts.group(1).lower()} {reacts.group(2)}' → {{name}}, the paragraph before")
        if prev_quote is None and alone:
            # (Only a paragraph that is nothing but the quotation: `"…" — Vladimir Putin` names its own speaker.)
            return self.reported_before(prev, len(prev.text.rstrip()))
        return None

    @staticmethod
    def _owns_words_or_person(text: str, end: int) -> bool:
        """Whether what the owner named before `end` has, "Lee's statement", "Lee's former partner", is words or a
        person."""
        owned = _OWNED_NOUN.match(text, end)
        return owned is None or any(w in _WORDS_OR_PEOPLE for w in owned.groups() if w)

    def belief_of(self, para: _Paragraph, q: "Quote") -> Optional[Speaker]:
        """The subject of "expects", "hopes", "fears" or "wants" right before the quotation, in its sentence: a person
        or body the article names (a he/she resolved to one), the one whose words they are."""
        start = q.spans[0].start
        s_start = para.sentence_at(start)[0]
        belief = _BELIEF_BEFORE.search(para.masked, max(s_start, start - 100), start)
        if belief is None or _VERB.search(para.masked, s_start, start) or not belief.group(1).islower():
            return None
        found = self._before(para, s_start, belief.start(), f"named before the quote ({belief.group(1)})")
        return found if found is not None and found.slug else None

    def remarks_named_next(self, para: _Paragraph) -> Optional[Speaker]:
        """`"…"` then a paragraph opening `Xu, 52, a former Geely executive, made the remarks through an interpreter`:
        the person the next paragraph says gave the words — a reader takes them as that person's, not as going on
        with whoever spoke before."""
        named = self.named_next(para, 0, same_paragraph=False)
        if named:
            return named  # `"…"` then `That was the verdict of Ragnhild Aas, whose family firm …`
        first = next((m for m in para.mentions if not m.in_quote), None)
        if first is None or first.possessive or self._kind(first.key) != "person" or para.masked[:first.lead].strip():
            return None
        if not _REMARKS_AFTER.match(para.masked, first.end):
            return None
        return self._speaker(first.key, "{name} 'made the remarks', in the next paragraph")

    def reported_before(self, para: _Paragraph, s_start: int) -> Optional[Speaker]:
        """`Tom Reed told reporters the plan was dead. "We are done here."`: a quote standing alone right after
        a sentence that reports, without quoting, what someone said goes on with them — the subject of that
        sentence's first speech verb, named or he/she. (Not when that sentence quotes anyone itself.)"""
        before = [(a, b) for a, b in para.sentences if b <= s_start]
        if not before:
            return None
        a, b = before[-1]
        # (Words quoted as a name, "a lane that residents call "the tunnel"", are no quotation of the sentence.)
        if "\u2588" in para.masked[a:b] and any((para.index, span.start) in self.listed
                                               for span in para.quotes if a <= span.start < b):
            return None
        # ("whose daughter was admitted last week, said": a passive is no verb of speaking.)
        # (Nor is the verb that names it, "call", one of speaking.)
        verbs = [v for v in _VERB.finditer(para.masked, a, b) if v.group(0).islower()
                 and not _PASSIVE_BEFORE_VERB.search(para.masked, max(a, v.start() - 12), v.start())
                 and para.masked[v.end():b].lstrip()[:1] != "\u2588"]
        if not verbs:
            return None
        verb = verbs[0]
        # (Someone named only as the owner of a thing is no one who might speak: "… so that Pillay's company appeared
        # to …"; but of words or of a person, "Lee's statement", "Lee's former partner", they may be.)
        if len(verbs) > 1 or any(m.lead > verb.start() and not m.in_quote and m.key and not (
                m.possessive and not self._owns_words_or_person(para.masked, m.end)) for m in para.mentions if m.lead < b):
            return None  # "Reed said Lee had told him she would quit. "…"": whose words follow cannot be told
        found = self._before(para, a, verb.start(), f"reported just before ({verb.group(0)})")
        if found is None or not found.slug:
            return None
        return Speaker(found.slug, found.name, found.how + ", then quoted")


# Words after a name that say only what kind of body it is: "Castlebridge United", "Lanxing Holdings Ltd".
_BODY_SUFFIXES = "United|Rovers|Athletic|Wanderers|Albion|FC|CF|AFC|SC|" + lx.COMPANY_SUFFIXES
# A company's trade after its name: "Tamrin Pharmaceuticals", "Norvik Shipping", "Aster Airlines".
_TRADE_SUFFIXES = "Pharmaceuticals|Pharma|Energy|Airlines|Airways|Motors|Industries|Technologies|Systems|Shipping|" \
                  "Logistics|Foods|Steel|Mining|Telecom|Insurance|Chemicals|Semiconductors|Petroleum|Oil|Gas|Power|" \
                  "Therapeutics|Biotech|Biosciences|Semiconductor|Railways|Railway|Railroad|Refineries|Refining|Property|Properties|" \
                  "Developments|Construction|Homes|Hotels|Breweries|Aerospace|Robotics|Software|Networks|Electronics|" \
                  "Pharmacy|Pharmacies|Healthcare|Waste|Recycling|Haulage|Handling|Dairy|Farms|Timber|Broadband|Aviation|Ferries|" \
                  "Buses|Coaches|" \
                  "(?:Micro|Bio|Nano|Agri|Geo|Cyber|Neuro|Opto|Medi)(?:systems|technologies|tech|sciences|therapeutics)"
_TRADE_NAMED = regexes.compile(r"[A-Z][\w&\-'’]*(?:\s+[A-Z][\w&\-'’]*)?\s+(?:%s)\b" % _TRADE_SUFFIXES)  # ("Marlow Shipping")
# ("Copperline Dining Ltd": a word or two of the name's own may stand before a company's legal form.)
_OWN_WORDS_THEN_FORM = r"(?:\s+[A-Z][a-z][\w&\-]*){1,2}\s+(?:%s)\b\.?" % lx.COMPANY_SUFFIXES
# Trades that end people's names or places' as often ("Byrne Cargo Services", "Galway Fisheries", "Walsh Family
# Medical"): the short name is the body's only where it speaks as one (see _full_name_of).
_SPEAKING_TRADES = "Services|Seafoods|Fisheries|Trading|Dairies|Partners|Surgical|Medical|Diagnostics|Textiles"
# ("Ardan Payroll Services" … "Ardan said": a word of the name's own may stand before its trade, too.)
_OWN_WORD_THEN_TRADE = r"\s+[A-Z][a-z][\w&\-]*\s+(?:%s|%s)\b" % (_TRADE_SUFFIXES, _SPEAKING_TRADES)
_BODY_SUFFIX_AFTER = regexes.compile(r"\s+(?:%s|%s|%s)\b|%s|%s" % (_BODY_SUFFIXES, _TRADE_SUFFIXES, _SPEAKING_TRADES,
                                                                    _OWN_WORDS_THEN_FORM, _OWN_WORD_THEN_TRADE))  # (what _full_name_of's regex needs after the name)
_KIND_SUFFIX_AFTER = regexes.compile(r"\s+(?:%s)\b" % _BODY_SUFFIXES)  # (a club's or a company's kind, not a trade)
# After "said": a reported clause ("said the State government had no role", "said that"), not an inverted subject.
# (Its words stay in the sentence: `says Marsh. Not everyone is so sure.` reports no clause; "U.S." and "J." are words.)
_REPORTED_CLAUSE = regexes.compile(r"\s+(?:that\b|(?:(?:the|a|an|its|his|her|their)\s+)?(?:(?!(?:in|on|at|to|for|from|with|by|during|after|before|that|who|which|when|while|as)\s)"
                                   r"(?:(?:[A-Z]\.)+|(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|St|Jr|Sr|Rev|Mt)\.|"
                                   r"[A-Za-z](?:[\w\-'’]|\.(?=\w))*)\s+){0,5}?(?:had|has|have|was|were|is|are|would|will|could|should|might|must|can|cannot|did|does)\b)")
# "She laughs.", "He shrugged.", "She pauses for a moment.": a short sentence of a pronoun and a wordless act.
# `He is not dismissive of the search, however. "If …"`: a few words on how they stand, then their words.
_PRONOUN_IS = regexes.compile(r"\s*(He|She)\s+(?:is|was)\s+(?:[a-z]+\s+){0,5}[a-z]+(?:,\s+(?:however|though|too))?[.!]\s*")
_NOT_QUOTE_TEXT = regexes.compile(r"[\u2588\s\"“”‘’'.,!?:;…—–\-]+")
# "He put it more bluntly in an interview.": how he put what the quote then gives.
_PRONOUN_PUT_IT = regexes.compile(r"\s*(He|She)\s+puts?\s+it\s+(?:(?:even|more|far|much|rather|most|less)\s+)*(?:bluntly|plainly|"
                                  r"simply|starkly|succinctly|differently|sharply|another\s+way|this\s+way)\b[^.!?\u2588]{0,40}"
                                  r"[.!]\s*")
# ("She laughs when this comes up.": a clause of when or as it happens may follow.)
# ("She pauses, then smiles.", "She laughs, a low, smoky laugh.": a second act, or what the act was like.)
# ("She went further when we spoke a second time.": a past no -ed ends.)
# (Not "He sat in silence as the charges were read.", "She spoke to a nurse.": words put to them may follow.)
_PRONOUN_ACTS = regexes.compile(r"\s*(He|She)\s+(?:(?!(?:is|was|has|had|does|did|will|would|can|could)\b)[a-z]+(?:s|ed)|"
                                r"went(?=\s+(?:quiet|silent|pale|(?:even\s+)?further)\b)|(?:grew|became|fell)(?=\s+(?:quiet|"
                                r"silent|emotional|animated|tearful|angry|heated|serious)\b)|took(?=\s+(?:a\s+)?(?:long\s+|"
                                r"deep\s+)?(?:breath|moment|pause|second|beat)\b)|sat(?=\s+(?:back|up|forward)\b)|"
                                r"stood(?=\s+up\b)|wept)\b(?:\s+[a-z]+){0,3}"
                                r"(?:,?\s+(?:when|as|at)\s+(?:[a-z]+\s+){0,4}[a-z]+|,\s+then\s+[a-z]+(?:s|ed)\b(?:\s+[a-z]+){0,2}"
                                r"|,\s+an?\s+(?:[a-z]+,?\s+){0,3}[a-z]+)?[.!]\s*")
# "She laughs.", "he shrugged and smiled.": a he/she reacting without words, the sentence's whole (past an "Asked …,").
_PRONOUN_REACTS = regexes.compile(r"\s*(He|She|he|she)\s+((?:laugh|smil|shrugg?|sigh|grinn?|nodd?|paus|hesitat|winc|chuckl|frown|"
                                  r"smirk|groan|blush)(?:s|es|ed|e|ged|ned|ded)?)\b[^.!?:\u2588]{0,40}[.!]\s*")
# A live entry's time opening it, in bold or set off by a dash: "**10.22pm** – ", "10:40 – ".
# (Or the bare time the bold one reads as in the plain text, a capital after it: "3.00pm Back to Mr Dowling".)
_ENTRY_TIME_PREFIX = r"\s*(?:\*\*[^*]{0,40}\*\*\s*(?:[-–—:]\s*)?|\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[-–—:]\s*|(?=[A-Z])))?"
# A live entry turning to someone: "**10.22pm** – Back to Tully", "10:40 – Over to the prime minister, Ann Lee".
# ("Back to Mr Dowling, who …": past a courtesy title.)
_BACK_TO = regexes.compile(_ENTRY_TIME_PREFIX + r"(?:And\s+)?(?:[Bb]ack|[Oo]ver|[Nn]ow\s+back|[Rr]eturning)\s+to\s+(?:the\s+[a-z]+(?:\s+[a-z]+)?,?\s+)?"
                           r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?")
# A live entry's note from someone, before its colon: "A quick note from our Europe correspondent, Sam Whitlock, …:".
_NOTE_FROM = regexes.compile(_ENTRY_TIME_PREFIX + r"(?:A|An|One\s+more|Another)\s+(?:(?:quick|short|brief|last|final|further)\s+)?"
                             r"(?:note|update|message|word|line|dispatch)\s+from\s+")
# (The name then a who-clause or the sentence's end: not "Back to Tully and his speech, which …".)
_TURNED_TO_END = regexes.compile(r"\s*(?:,\s*(?:who|whose)\b|[.:;!]|$)")
_FOR_TOPIC = regexes.compile(r"\s*(?:\*\*[^*]{0,40}\*\*\s*|[A-ZÀ-Þ][A-ZÀ-Þ.'’ ]+\s+[-–—]+\s+)?For\s+")  # (after a dateline: "SAMSUN - For …")
# "Brightwater Care, one of England's largest care home operators,", "Lumera, a Palo Alto startup,": a name and
# what it is, in apposition.
_DESCRIBED_NAME = regexes.compile(r"((?:[A-Z][\w&'’\-]*\s+(?:(?:of|for|and|the|de|del|di|du|des|van|von)\s+)?){0,4}[A-Z][\w&'’\-]*),"
                                  r"\s+(?:one\s+of\s+)?(?:a|an|the)?\s*"
                                  r"(?:[\w'’\-]+\s+){0,5}?([a-z]+)(?=[,.;])")
# "the cycling club, Highworth Wheelers,": a lowercase noun, then the name it is set off by commas.
_NAME_AFTER_NOUN = regexes.compile(r"\b([a-z]+),\s+((?:[A-Z][\w&'’\-]*\s+){0,4}[A-Z][\w&'’\-]*),")
_KIND_OPENING = regexes.compile(r"([A-Z][a-z]+)\s+(?=[A-Z])")
# (Not the kinds some names open on: "Bank Leumi", "Group Lotus".)
_KINDS_NO_NAME_OPENS = lx.BUSINESS_KINDS - frozenset("company firm group corporation business bank airlines depository".split())
_THE_NOUN_NAME = regexes.compile(r"\b[Tt]he\s+(?:[\w\-]+\s+){0,2}?([a-z]+)\s+((?:[A-Z][\w&'’\-]*\s+){0,4}[A-Z][\w&'’\-]*)\b")
_NAME_THEN_THE_COMPANY = regexes.compile(r"(?:[A-ZÀ-Þ][A-ZÀ-Þ.'’/\- ]+(?:,\s*[A-Z][\w. ]{0,20})?(?:\s*\([^)]{1,24}\))?\s*[-–—]+\s*)?"
                                         r"([A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,2})\s+[a-z][^\u2588\"“”;:]*,\s+the\s+([a-z]+)")
# `said it would write`: "it", with an auxiliary or two, after a speech verb, as the subject of the next verb.
_IT_THEN_VERB = regexes.compile(r"\s+(?:that\s+)?it(?:\s+(?:%s))*\s+" % "|".join(sorted(lx.AUXILIARIES)))
# ", while Lindqvist …", ", whereas he …": a clause opening on a subject of its own.
# (Its subject: a name, "the Northern Review", a pronoun, or someone unnamed: "…, though one reviewer found …".)
# (Or a name after what it is: "…, while the passenger group Flyers' Rights Forum India demanded …".)
# (After a quotation's own comma too: `said her crew had "gone out too hard," while Larkin added …`; and a role in lower
# case before the name: "while coach Marisa van Wyk was blunter:".)
# (And ", as Rourke's agent, Dana Ortiz, chimed in beside him: "…"": one more speaker's clause.)
# (A capital with an accent too: "while Áine Collins, who runs a café on the square, said".)
_OWNERS_KIN = r"(?:his|her|their)\s+(?:%s)\b" % "|".join(KIN_NOUNS)  # "her husband", "his sister"
_WHILE_CLAUSE = regexes.compile(r"(?:,|(?<=\u2588))\s+(?:while|whereas|though|although|as)\s+(?=[A-ZÀ-ÖØ-Þ]|(?:he|she|they)\b|the\s+[A-Z]|"
                                # (Or someone's relative: "…," she said, as her husband shook his head and added: "…".)
                                + _OWNERS_KIN + r"|"
                                r"(?:(?!(?:in|on|at|for|to|with|from|by|after|before|during|the|a|an|his|her|their|its)\b|[a-z]+ing\b)[a-z]+\s+){1,2}[A-Z][a-z]|"
                                r"the\s+(?:[a-z\-]+\s+){0,2}(?:group|union|association|council|campaign|charity|body|"
                                r"organi[sz]ation|federation|alliance|coalition|network|forum|party|committee|company|firm)"
                                r"\s+[A-Z]|"
                                # ("…, while his Estonian counterpart, Kadri Vaher, struck a more cautious note:")
                                # ("…, while his neighbour, cap seller Irfan Sheikh, said:": a role of one's own after the comma too)
                                r"(?:one|an?|another)\s+[a-z]+\s+[a-z]+|(?:his|her|their)\s+(?:[A-Z]?[a-z]+\s+){0,3}[a-z]+,\s+"
                                r"(?:[a-z]+\s+){0,2}[A-Z])")
# A party named by what its members are ("the Liberal Democrats", "the Conservatives", "Tories"), or "Labour".
_PARTY_NAME = regexes.compile(r"(?<![\w\-])((?:[A-Z][a-z]+\s+)?(?:([A-Z][a-z]+)s|Tories|Labour|Labor))\b")
_PARTY_WORDS = frozenset("conservative democrat democratic republican liberal labour labor green tory socialist communist "
                         "nationalist progressive centrist social".split())
# A name's word, with a dot inside it ("E.ON") but not after it ("Corp.").
_NAME_WORD = regexes.compile(r"[A-Z][\w&\-]*(?:\.[A-Z][\w&\-]*)*")
# A person described by whose they are, a person, then a name set off: "the daughter of one resident, Doreen Hale,".
_KIN_OF_SOMEONE_NAMED = regexes.compile(r"\b(?:[Tt]he|[Aa]n?)\s+[a-z\-]+\s+of\s+(?:a|an|one|the|another)\s+(?:[a-z\-]+\s+)?([a-z]+),"
                                        r"[^,\u2588]{3,60},\s*$")
# Whom words were heard from, between a speech verb and its colon: "a line she heard from", "was told by".
_HEARD_FROM = regexes.compile(r"\b(?:heard|learned|learnt|got|borrowed|picked\s+up|was\s+told|were\s+told)\s+(?:\w+\s+){0,2}?(?:from|by)\s+")
# A verb that a colon follows, a few words on at most, before the next quotation: `Ms Amos replied: "…"`.
_INTRODUCES_NEXT = regexes.compile(r"[^\u2588.!?;,]{0,30}?:\s*[\"“‘'\u2588]")
# "…," they wrote' — the pronoun right after the quotation, then its verb.
_THEY_AFTER = regexes.compile(r"[\"”’'\u2588]*\s*,?\s*they\s+(?:said|say|wrote|write|added|told|argued|noted|warned|cautioned)\b")
# A sentence opening on a group of a body's people: "Analysts at Jefferies cut …", "Economists from ING expect …".
_GROUP_AT_OPENS = regexes.compile(r"\s*(%s)\s+(?:at|from)\s+((?:[A-Z][\w&'’\-.]*)(?:\s+[A-Z][\w&'’\-.]*){0,2})"
                                  % "|".join(sorted(w.capitalize() for w in GROUP_HEADS)))


_WHOSE_SET_OFF = regexes.compile(r",\s+whose\s")
_WRITTEN_BY = regexes.compile(r"\b(?:written|signed|penned|scrawled|sent)\s+by\s+$")
_WHO_CLAUSE_SET_OFF = regexes.compile(r",\s*(?:who|whose)\s[^,;:.\u2588\"“”‘’]{1,100},")
# "A Hungarian government spokesman": a nationality, then "government" (no office the lexicon lists).
_NATIONAL_GOVERNMENT_SPOKES = regexes.compile(r"(?:[Aa]n?|[Tt]he)\s+([A-Z][a-z]+)\s+([Gg]overnment)\s+(?:spokesperson|spokesman|spokeswoman)")


def _group_opening(masked: str, at: int) -> tuple[Optional[re.Match], Optional[str]]:
    """The sentence at `at` opening on a group of a body's people ("Analysts at Jefferies cut …"), and that body's
    name — whatever its shape, the name after "analysts at" is a body's, unless it is a place."""
    group = _GROUP_AT_OPENS.match(masked, at)
    if group is None or any(w.lower() in lx.GOVERNMENT_PLACES or w.lower() in lx.COUNTRIES for w in group.group(2).split()):
        return group, None
    return group, group.group(2)


# A body's document by the body's kind: "The federation's annual report", "the regulator's own review".
_THE_BODYS_DOCUMENT = regexes.compile(r"\s*[Tt]he\s+([a-z]+)['’]s\s+(?:[a-z\-]+\s+){0,2}?(?:%s)\b" % OWNED_DOCUMENT_NOUNS)
# "E.ON Next, one of the largest suppliers,": a name, then what it is set off by commas.
_NAME_THEN_WHAT = r"(%s(?:\s+%s){0,2}),\s+((?:one\s+of|a|an|the)\s" % (_NAME_WORD.pattern, _NAME_WORD.pattern)
_NAME_DESCRIBED = regexes.compile(_NAME_THEN_WHAT + r"[^,\u2588]{1,60}),")
# (Or to the end of its clause: "according to Vesselwatch, a ship-tracking firm".)
_NAME_SET_BESIDE = regexes.compile(_NAME_THEN_WHAT + r"[^,.;\u2588]{1,60})")
_AGE_ENDS = regexes.compile(r",\s*(?:aged\s+)?\d{1,3}$")
# "the agriculture ministry", "the health department": a state's office by its remit.
_NATIONAL_DELEGATION_CLAUSE = regexes.compile(r"(?:(?<![\w,;]\s)(?<![\w,;])|\b(?:when|after|as|because|before|while|until|and|but)\s+)[Tt]he\s+"
                                               r"([A-Z][\w\-]+\s+(?:delegation|negotiating\s+team))\s+[a-z]+")
_REMIT_MINISTRY = regexes.compile(r"\s*[Tt]he\s+((?:%s)\s+(?:ministry|department))\s*" % "|".join(
    sorted(w for w in REMITS if w not in ("of", "for", "and", "the"))))
# A company's name with its legal form: "Konkan Refineries Ltd", "Orbis Holdings plc", "Veridian Inc."
_INCORPORATED_NAME = regexes.compile(r"((?:[A-Z][\w&\-'’]*\s+){1,4}(?:Ltd|Limited|plc|PLC|Inc|Corp|Corporation|LLC|GmbH)\b\.?)")
# Another business before "the company": one in lower case ("the carmaker", "her own company"), or named with its trade.
_OTHER_BUSINESS = regexes.compile(r"\b(?:(?:the|a|an|her|his|their|its|own|new|another)\s+(?:own\s+|new\s+)?(?:%s)|"
                                  r"(?:own|new|a|another)\s+company)\b" % "|".join(
                                 sorted(w for w in lx.BUSINESS_KINDS if w not in ("company", "firm", "group"))))
_BARE_WORD_SUBJECT = regexes.compile(r"(?:^\s*|,\s+)([A-Z][a-z][\w\-]+)\s*$")  # ("…, Halvorsen" ending a clause's subject)
_THE_BODY_SUBJECT = regexes.compile(r"\s*[Tt]he\s+([a-z]+)\s*")  # (all of a clause's subject: "the company")
# A sentence opening on "the" and a body's head word, then its verb: "The trust described …".
_THE_BODY_OPENING = regexes.compile(r"\s*The\s+([a-z]+)\s+(?:has\s+|had\s+)?[a-z]+(?:ed|s)\b")
# A sentence's subject that stands for a body: "It", "The ministry".
_IT_OR_THE_BODY = regexes.compile(r"\s*(?:[Ii]t|[Tt]he\s+(?:%s))\s*" % "|".join(sorted(w for w in lx.ORG_HEADS if w.isalpha())))
# A proper name ending a text, past "the" and a "-based" before it: "the Geneva-based Centre for Negotiated Settlements".
_NAME_ENDING = regexes.compile(r"(?:\b[Tt]he\s+)?(?:[\w\-]+-based\s+)?((?:[A-Z][\w\-'’&.]*\s+(?:(?:of|for|and|on|the)\s+)*){0,6}"
                               r"[A-Z][\w\-'’&.]*)$")
_KIND_SET_OFF = regexes.compile(r",\s+(?:an?|the)\s+(?:[a-z][\w\-]*\s+){0,3}(?:body|group|association|organisation|"
                                r"organization|union|federation|council|lobby|charity|company|firm|agency|regulator|"
                                r"watchdog|network|alliance|coalition|think\s+tank|trust|foundation|institute)\s*,\s*$")
_PAUSED_TO = regexes.compile(r"\s+(?:stopped|paused|rose|stood\s+up|got\s+up|stepped\s+(?:forward|up|in|out)|turned|came\s+out|"
                             r"went\s+on|took\s+(?:the\s+)?(?:time|a\s+moment|a\s+minute)|returned|emerged|"
                             r"leaned\s+in|broke\s+off)(?:\s+[a-z]+ly)?\s+to\s*$")


_HEARD_FROM_NAMED = regexes.compile(r"\b(?:show|programme|program|podcast|court|tribunal|inquest|hearing|committee|jury|panel|"
                                    r"meeting|debate|audience|inquiry)\s+(?:also\s+|then\s+|later\s+|next\s+)?(?:heard|hears)\s+"
                                    r"(?:(?:evidence|testimony)\s+)?from\s+(?:[a-z][\w\-]*\s+){0,3}$")
_AS_AN_ARTICLE = regexes.compile(r"[\s\u2588\"“‘']*(?:(?:a|an|the)(?:\s+[\w\-]+)?)?[\s\u2588\"“‘']*")
_CLAUSE_CLOSED_THEN_SAID = regexes.compile(r",\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells|added|insisted|argued|warned)\b")
_THEN_PARTICIPLE = regexes.compile(r",?\s*\b(?:before|after|then)\s+$")
_CLAUSE_OF_ITS_OWN = regexes.compile(r",\s+(?:before|as|while|whereas|when|until|after|but)\s")
_RETIRED_RANK = regexes.compile(r"\s+(?:[A-Z][a-z]{0,5}\.?\s+){1,3}\((?:[Rr]etd|[Rr]et|[Rr]etired)\.?\)")
_WHICH_SAID_IN_STATEMENT = regexes.compile(r",\s*which\s+(?:also\s+)?(?:said|says)\s+in\s+a\s+(?:[a-z]+\s+)?statement\b")
_WHICH_BEFORE_VERB = regexes.compile(r",\s*which(?:\s+(?:also|later|then|had|has|have|previously|earlier))*\s*$")
# "consumer group OCU", "the rail union RMT": what kind of body, then its name.
_KIND_THEN_NAME = regexes.compile(r"(?<![\w\-])([a-z]+)\s+((?:[A-Z][\w&'’\-]*\s+){0,3}[A-Z][\w&'’\-]*)$")
_BODY_NOUNS = frozenset(w.rstrip("s") for family in HEAD_FAMILIES for w in family) | frozenset(
    "charity watchdog regulator lobby campaign consultancy think-tank".split())
# A body's name in capitals, "of", "for", "and", "the" inside it: "Coordination Headquarters for the Treatment of
# Prisoners of War", "National Institute for Health and Care Excellence".
_BODY_NAME = regexes.compile(r"(?<![\w'’])((?:[A-Z][\w&'’.\-]*)(?:\s+(?:(?:of|for|and|on|the)\s+){0,2}[A-Z][\w&'’.\-]*)+)")
_ASKED_BY = regexes.compile(lx.ASKED_BY + r"(?:the\s+|her\s+|his\s+)?(?:[a-z\-]+\s+){0,2}$")
_ASKER_OF = regexes.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w'’&\-]*(?:\s+[A-Z][\w'’&\-]*){0,4}")
_ASKED_BY_SOMEONE = regexes.compile(lx.ASKED_BY + r"((?:an?|one|another)\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+)$")
_SET_OFF_BEFORE_QUOTE = regexes.compile(r"\s*[–—,:]\s*[\"“]?$")
# A pronoun opening a colon's lead-in: "He thanked Smith:" (see colon_opener).
# "a Saltmarsh District Council report", "the Nordhavn Institute's study": a body's name, then one of its documents.
_BODYS_DOCUMENT = regexes.compile(r"(?:an?|the)\s+((?:[A-Z][\w&\-]*\s+){1,6}?[A-Z][\w&\-]*)(?:['’]s)?\s+(?:new\s+|latest\s+)?"
                            r"(?:report|statement|study|review|survey|assessment|analysis|memo|letter|briefing)\b")
_PROMPTING = r"(?:prompting|leading|provoking|forcing|drawing|inviting)"
_PROMPTING_BEFORE = regexes.compile(r"\b" + _PROMPTING + r"\s+$")
_TO_ANSWER = regexes.compile(r"\s+to\s+(?:reply|respond|retort|counter|answer|protest|point\s+out|remark|quip|insist|object|complain|"
                             r"say|add|warn|argue|suggest|note|ask|accuse|dismiss|call\s+out|cry\s+out|shout|yell|interject|heckle)\b")
_PRONOUN_LEADS = regexes.compile(r"\s*(?:He|She|They|I|We|It)\b")
# "at which a man", "where one resident", "when a reporter": a clause opening on someone unnamed as its subject.
# "a senior diplomat", "one nurse", "another resident": someone the article does not name (read in the patterns below).
# (Not a time: "A year ago the minister said", "One day his teacher said" — the noun after is someone's own, named.)
_TIME_NOUN = r"(?:day|days|night|week|weeks|month|months|year|years|decade|time|moment|minute|hour|morning|evening|" \
             r"afternoon|while|fortnight|summer|winter|spring|autumn|season)(?![\w\-])"
_SOMEONE_UNNAMED = r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?!" + _TIME_NOUN + r")(?:[\w\-’']+\s+){0,3}?(?:" \
    + lx.alternation(lx.PERSON_NOUNS) + "|" + lx.TRADE_NOUN + ")" \
    + r"(?![’']?\s+(?:association|group|committee|union|council|forum|network|society|federation|alliance|collective|" \
      r"lobby|campaign|organi[sz]ation)\b)"  # (a body of such people: "a residents' association", "a parents' group")
_SOMEONE_SPEAKS_AFTER = regexes.compile(r"[\s,\u2588]*" + _SOMEONE_UNNAMED + r"\s+(?:[a-z]+ly\s+)?" + lx.SPEECH_VERB_RE.pattern)
# "a deckhand unloading sacks from the Kiwa Star, who did not want to be named, was less worried": someone the article
# leaves unnamed on purpose, whatever the verb; the he/she after is theirs.
_UNNAMED_BY_CHOICE = regexes.compile(r"(?=[AaOo])\b" + _SOMEONE_UNNAMED + r"\b[^.;“”\"\u2588]{0,80}?,\s*who\s+(?:did\s+not|didn[’']t|"
                                     r"asked\s+not|declined|would\s+not|wouldn[’']t|preferred\s+not|requested\s+not|"
                                     r"spoke\s+on\s+condition|could\s+not|cannot)\b")
_UNNAMED_OPENS_CLAUSE = regexes.compile(r"\s*(?:\**\d{1,2}[:.]\d{2}[^*]{0,12}\**\s*)?(?:A|An|One|Another)\s+(?:[a-z][\w\-]*\s+){0,2}"
                                        r"(?:" + lx.alternation(lx.PERSON_NOUNS) + "|" + lx.TRADE_NOUN + r")\s+(?:who|whose|from|in|at|on|with)\b")
# After a scene set first, with its who-clause: "At a recent rehearsal, a woman who had wandered in … stood at the back".
# (Not "In his spare time, a coach with the local under-12s, he rarely rests": what the one he means is.)
_TOLD_ASIDE = regexes.compile(r",\s+(?:he|she)\s+(?:says|said|adds|added|recalls|recalled|explains|explained),")
_DESCRIBES_PRONOUN = regexes.compile(r"[^.;:!?\u2588\"“”]{1,160}?,\s+(?:he|she)\s+(?:[a-z]+ly\s+|now\s+|still\s+)?[a-z]+")
_UNNAMED_AFTER_SCENE = regexes.compile(r"\s*(?:At|In|On|During|After|Outside|Inside)\s[^,;:.\u2588\"“”]{1,50},\s*(?:a|an|one|another)\s+"
                                       r"(?:[a-z][\w\-]*\s+){0,2}" + lx.alternation(lx.PERSON_NOUNS) + r"\s+who\b")
# A live entry's time zone before a name: "**11.02am AEST** Ukraine's foreign ministry has thanked …".
_ZONE_OPENING = regexes.compile(r"(%s)\s+(?=[A-Z])" % lx.TIME_ZONES)
# "For Dlamini and her sons, the worry is more basic": the one named, with their own, the sentence is about.
_AND_THEIRS = regexes.compile(r"\s+and\s+(?:his|her|their)\s+[a-z]+(?:\s+[a-z]+)?,")
_OPENING_ONLY = regexes.compile(r"\s*(?:\**\d{1,2}[:.]\d{2}[^*]{0,12}\**\s*)?(?:[A-Z][^,;:.\u2588]{0,60},\s*)?")
_UNNAMED_CLAUSE_SUBJECT = regexes.compile(r"\b(?:which|whom|where|when|that)\s+" + _SOMEONE_UNNAMED + r"\b")
# ", while coach ": a clause of another's opening, up to their name (after a role in small letters).
_WHILE_ANOTHER = regexes.compile(r",\s*(?:while|whereas|whilst)\s+(?:[a-z][\w\-]*\s+){0,3}$")
# " played it down as "", " dismissed the plan as "": what they cast the thing as, the quote.
_CAST_AS = regexes.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+\s+(?:it|them|this|that|(?:the|his|her|their)\s+[a-z]+)\s+"
                           r"(?:(?:down|off|up|away|aside)\s+)?as\s+[\"“‘'\u2588]*")
# ", and his uncle laughed:", ", as her husband added:": a clause of someone's relative's, up to the colon before a quote.
# (Or someone unnamed: ", as a man beside her added:"; not one who speaks for the body that spoke, "Northway Buses said
# …, but a spokesperson added: "…"".)
_KIN_CLAUSE_THEN_COLON = regexes.compile(r"(?:,\s*(?:and|as|while|but|before|when|then)|;)\s+(?:(?:his|her|their)\s+(?:[a-z\-]+\s+)?"
                                         r"(?:%s)|(?:a|an|one|another)\s+(?!spokes|representative|official)(?:[a-z][\w\-]*\s+){0,2}?%s)\s+"
                                         r"(?:[a-z]+\s+){0,3}?%s(?:\s+[a-z]+){0,2}\s*:[\s\"“‘'\u2588]*$"
                                         % ("|".join(KIN_NOUNS), lx.alternation(lx.PERSON_NOUNS), _JOIN_VERBS))
_RELATIVE_WORD = regexes.compile(r"\b(?:that|who|which|whose|where|what|as)\b")
# ", one nurse", ", a resident", ", another official": an unnamed person set off by commas (see _before).
_POSTED_AT = regexes.compile(r"\s*(?:\*\*)?(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?(?:\*\*)?\s*[:\-–—|]?\s*)?")
_UNNAMED_APPOSED = regexes.compile(r"\s*" + _SOMEONE_UNNAMED + r"\s*")
# "Sedykh's Toronto lawyer, ", "The club's new manager, ": a role (an owner's, or after "the"), then the comma before the name.
_ROLE_THEN_COMMA = regexes.compile(r"\s*(?:[A-Z][\w\-]*['’]s|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:[\w\-]+\s+){0,3}[a-z][\w\-]*,\s*")
_WORD_AT = regexes.compile(r"\w*")
# What stands before the doer of an absolute phrase: "with", "and", a comma, or the clause's start.
# (After "with", what the doer is, in small letters: "with spokesman Arkady Semyonov describing them as".)
# "with Hungary's foreign ministry warning": the words between "with" and the participle, no comma among them.
_WITH_BODY_DOING = regexes.compile(r"\bwith\s+(?=[^,;:\u2588]*$)")
_ABSOLUTE_OPENS = regexes.compile(r"(?:^|\bwith\s+(?:(?!(?:of|for|from|by|to|in|at|on|and)\b)[a-z][\w\-]*\s+){0,3}|\band\s+|,\s*|"
                                  r"\u2588\s*)(?:[A-Z][a-z]+\.?\s+)?$")
# "She was asked what Kyiv wants to hear today.", "Reed was then asked whether …": the one asked, who answers next.
# (Not a caption's or a post's, "by posting a video captioned "…"", nor a request's object, which "asking … for" takes.)
_BY_SPEAKING = frozenset("asking warning insisting arguing noting declaring urging stressing reminding".split())
_ASKING_FOR = regexes.compile(r"(?:\s+[\w'’]+){0,3}?\s+for\s")
# A clause of time or cause running on to the verb, no comma between: ", coming weeks after the Government ".
_SUBORDINATE_RUNS_TO_VERB = regexes.compile(r"\b(?:after|before|since|until|once|because|when)\s+[^,;:\u2588\"“”]*$")
_BARE_ROLE_SET_OFF = regexes.compile(r"\s+(?:senior\s+|chief\s+|lead\s+|junior\s+)?([a-z]+)(?:\s+[a-z][^,.;:!?\u2588\"“”]{0,50})?,\s*")
_PLACE_PREPOSITION_THEN = regexes.compile(r"\b(?:at|near)\s+$")
_AND_NAME_AGREED = regexes.compile(r",\s+and\s+([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+(?:also\s+)?(?:agreed|agrees)\s+"
                                  r"(?:that\s+)?[^\u2588;:]{0,120}$")
_PERSON_SET_OFF = regexes.compile(r"\s*(?:the|a|an|his|her|their|its)\s+(?:[\w\-]+\s+){0,3}?(?:%s)\b(?!['’])"
                                  % lx.alternation(lx.ROLE_NOUNS | {"minister", "secretary", "envoy", "ambassador", "aide"}))
_UNSPECIFIED_BODY = regexes.compile(r"(?:one|another|some|several)\s+(?:of\s+the\s+)?[A-Z]")
_PUT_OUT = regexes.compile(r"\b(?:announced|issued|released|published|put out|posted|has announced|has issued)\b")
_READ_FOR_ANOTHER = regexes.compile(r"\b(?:read|reads|on behalf of|from (?:the|his|her|a|an)|written by|wrote)\b")
_SUBORDINATE_OPENS = regexes.compile(r"[\s\u2588\"”’',]*(?:after|before|since|until|once|because|when)\s")
_KIN_OR_FAMILY = regexes.compile(r"\b(?:family|relatives|parents|friends|lawyers?|solicitors?|daughter|son|wife|husband|"
                            r"mother|father|sister|brother|partner)\b")
_SHOUTED_BEFORE = regexes.compile(r"\b(?:shouted|shouting|chanted|chanting|yelled|yelling|cried\s+out|screamed|heckled|jeered|"
                                  r"called\s+out|booed|sang|roared)\b")
_AS_THEN_REPLY = regexes.compile(r"[\s\u2588\"”’']*as\s+(?:[A-Z][\w'’\-]*\.?\s+){1,4}$")  # (read with _REPLY_VERB)
_THEN_CLAUSE = regexes.compile(r"[\s\u2588\"”’']*(?:before|after|until|as|when|while|and|then)\s")
_WAS_ASKED = regexes.compile(r"\s*(?:([Hh]e|[Ss]he)|(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}))\s+was\s+(?:then\s+|also\s+|later\s+)?"
                             r"asked\s+(?:what|whether|if|how|why|when|where|who|about)\b[^\u2588]*$")
_PARTICIPLE_SET_OFF = regexes.compile(r",\s*[a-z]{3,}ing\b[^,;:\u2588\"“”]{0,60},\s*$")
_WHICH_SET_OFF = regexes.compile(r",\s*(?:which\s|(?:chaired|led|headed|run|founded|owned|hosted|moderated|presented|"
                                 r"coached|managed|directed|convened)\s+by\s)[^,;:\u2588\"“”]{1,80},\s*$")
# ", a former deputy defence minister who now runs the Kyiv Centre for Security Studies,": a role with a clause of its
# own, set off after a name.
# (The clause may set off what the body is: "… who now chairs the Vistula Security Forum, a Warsaw think tank,".)
_ROLE_WHO_SET_OFF = regexes.compile(r",\s*(?:an?|the)\s+[^,;:\u2588\"“”]{1,80}?\bwho\s+[^,;:\u2588\"“”]{1,100}"
                                    r"(?:,\s*(?:an?|the)\s+[^,;:\u2588\"“”]{1,60})?,\s*$")
# ", an urban planner at Dokuz Eylül University" / ", the head of the port authority": one role set off after a name.
# (", 78, a retired engineer from Dundee": the age may stand first.)
_SET_OFF_ROLE = regexes.compile(r"(?:,\s*\d{1,3})?,\s*(?:an?|the)\s+[^,;:.\u2588\"“”]{2,100}")
# A thing as the subject right before a verb: "the delays", "the road had", "higher prices".
_THING_SUBJECT_BEFORE = regexes.compile(r"\b(?:the|these|those|such|its|their|higher|lower|rising|new)\s+(?:[a-z\-]+\s+)?"
                                        r"(?!(?:had|has|have)\b)([a-z\-]{3,})\s+(?:had\s+|has\s+|have\s+)?$")
_OBJECT_VERBS = frozenset("added adds add claimed claims claim".split())


# (Things that add costs or claim lives; not "the accused claimed", "the couple claimed", "the families added".)
_THING_NOUNS = frozenset("delay delays cost costs change changes rule rules measure measures charge charges fee fees "
                         "closure closures cut cuts price prices rise rises increase increases tariff tariffs levy levies "
                         "tax taxes road roads junction bend crossing stretch route crash crashes accident accidents fire "
                         "fires flood floods storm storms drought virus disease outbreak war conflict fighting strike "
                         "strikes shortage shortages backlog backlogs works repairs detour detours diversion diversions".split())


def _thing_subject_before(masked: str, start: int, end: int) -> bool:
    found = _THING_SUBJECT_BEFORE.search(masked, start, end)
    return found is not None and found.group(1) in _THING_NOUNS
_AND_THAT = regexes.compile(r",?\s+and\s+that[\s,]")  # (", and that, after years of delays, he …")
_ASKED_FOR = regexes.compile(r"\s+for\s")
_REQUEST_VERBS = frozenset("asked asks requested requests applied applies pressed presses lobbied lobbies appealed appeals".split())
_NAMING_VERBS = frozenset("call calls called dub dubs dubbed term terms termed label labels labelled labeled brand brands "
                          "branded nickname nicknames nicknamed".split())
_THAT_WORD = regexes.compile(r"\sthat\s")
_WHAT_CALLED = regexes.compile(r"\bwhat\s+(?:[\w’'\-]+\s+){1,4}(?:call|calls|called|dubbed|termed|term|terms)\s*$")
_WHO_BEFORE_VERB = regexes.compile(r",\s*who(?:\s+(?:also|later|then|had|has|have|was|is|previously|earlier))*\s*$")
# "dismissed the Lib Dem call as "…"": a speech verb's word inside the object of another is a noun ("call").
_NOUN_IN_OBJECT = regexes.compile(lx.SPEECH_VERB_RE.pattern + r"\s+(?:the|a|an|its|their|his|her)\s+"
                                  r"(?:(?!(?:that|who|which|and|but|or|as|to|for|of|in|on|%s)\b)[\w\-'’]+\s+){1,3}$"
                                  % "|".join(sorted(lx.AUXILIARIES)), re.IGNORECASE)  # ("said the minister had asked": a verb)
# What lies between a name and the words of an appositive that describe them: ", two years older and Sierra's first-choice ".
_APPOSED_TO = regexes.compile(r",(?:(?!\b(?:who|whom|whose|which|that)\b)[^,.;:!?\u2588\"“”])*")
_AND_TEAM = regexes.compile(r"\s+and\s+(?:his|her|their)\s+(?:colleagues|co-?authors|team|collaborators|fellow\s+researchers)$")
# The sentence after a quote standing alone that says whose words they were (see _Resolver.named_next).
_WHOSE_WORDS_NEXT = regexes.compile(r"\s*(?:(?:That|This|Those|These)\s+(?:was|is|were|are)\s+(?:the\s+)?(?:[a-z\-]+\s+){0,2}"
                                    r"(?:verdict|view|assessment|words?|message|warning|reaction|answer|reply|response|conclusion|"
                                    r"judg(?:e)?ment|advice|argument)\s+of\s+|So\s+(?:says|said)\s+"
                                    r"|(?:The|Those|These)\s+(?:words|line|lines|verdict|remark|remarks|comment|comments|"
                                    r"answer|reply|retort|warning|message|assessment|quip|jibe)\b[^.;:!?\u2588\"“”]{0,160}?\b"
                                    r"(?:came|come)\s+from\s+"
                                    r"|(?P<pronoun>He|She)\s+(?:says|said)\s+(?:it|this|that|so)\b"
                                    # `"…" That was Liudmyla Savchuk, 58, describing how she met her son`
                                    r"|(?P<that>(?:That|This)\s+(?:was|is)\s+)(?=[A-Z]))")
# What a speaker named after "That was" is doing: speaking (not "That was Tom Reed's car").
_SPEAKING_AFTER = regexes.compile(r"[^.;:!?\u2588]{0,80}?\b(?:describing|recalling|speaking|explaining|talking|telling|"
                                  r"remembering|reflecting|summing\s+up|answering|replying)\b")
# `… the response of a European Commission spokeswoman, Marta Ferreira Lobo,`: a role set off before the name.
_DESCRIBED_THEN_NAMED = regexes.compile(r"(?:an?|the)\s+[^,.;:\u2588\"“”]{2,80},\s*")
# `"…" That was the Kremlin's answer this morning, delivered by spokesman Dmitry Peskov`: whose answer, and who gave it.
_OWNED_ANSWER_NEXT = regexes.compile(r"\s*(?:That|This)\s+(?:was|is)\s+(?:the\s+)?((?:[\w\-]+\s+){0,3}?[\w\-]+)['’]s\s+"
                                     r"(?:[a-z\-]+\s+){0,2}?(answer|reply|response|verdict|message|warning|line|reaction|view|position)\b")
_GIVEN_BY = regexes.compile(r",?\s+(?:delivered|given|read\s+out|issued|relayed|made)\s+by\s+(?:(?:the|its|his|her)\s+)?(?:[a-z][\w\-]*\s+){0,2}")
# `"…" That was how Wei's coach, the Spaniard Carlos Moyano, summed up …`: the subject after "how".
_HOW_NEXT = regexes.compile(r"\s*(?:That|This)\s+(?:was|is)\s+how\s+")
# `Tekin told the sports daily Fanatik`, `Sunita Rao, who lets a boathouse near the harbour, said she would apply`: the
# subject speaks right after the words quoted alone — a reader hears them in that voice. (Blind batches 25, 31 and 32
# labelled it so each time; stop 17 had held "… Dana Whitlock said it was too early to tell" to be a report of its own.)
_ASKED_NEXT = regexes.compile(r"\s+(?:asked|asks|wondered|pressed)(?:\s+(?:him|her|them))?\s*[.,]")
_SPEAKS_NEXT = regexes.compile(r"(?:\s*,[^,.;:!?\"“”\u2588]{1,160},)?\s+(?:also\s+|later\s+)?(?:said|says|told|tells|added|adds|wrote|"
                         r"writes|insisted|explained|argued|warned|announced|confirmed|stated)\b")
# "… Mr Hughes to rise again: "…"": the person named is set to speak the words after the colon.
# "…, prompting one man at the back of the hall to shout:", "…, prompting Mr Hughes to rise again:": the clause that makes
# someone answer the words, up to the colon before theirs.
_MADE_TO_SPEAK = r"[^.;:!?\u2588\"“”]{0,80}?\bto\s+[a-z]+(?:\s+[a-z]+){0,3}\s*:\s*$"
_PROMPTED_UNNAMED = regexes.compile(r"\b" + _PROMPTING + r"\s+(?:a|an|one|another|someone|somebody)\s" + _MADE_TO_SPEAK)
_PROMPTED_ANOTHER = regexes.compile(r"\b(?:prompting|provoking)\s(?=\S)" + _MADE_TO_SPEAK)
_PROMPTED_TO = regexes.compile(r"\s+to\s+[a-z]+(?:\s+[a-z]+){0,3}\s*:")
# ", 52, a former executive, made the remarks", " said it through an interpreter": what the words just quoted were.
_REMARKS_AFTER = regexes.compile(r"(?:\s*,[^.;:!?\u2588\"“”]{1,160}?,)?\s+(?:later\s+|also\s+|first\s+)?(?:made|gave|delivered|"
                                 r"said|wrote|spoke)\s+(?:the|those|these|his|her|it|them)(?:\s+(?:remarks?|comments?|words))?"
                                 r"(?=\s+(?:through|in|at|on|to|during|after|before|from|via|while|when|as)\b|\s*[.,;])")
# A subject who answers the words before, or disagrees with them, did not say them ("…" Ana Ruiz, the mayor, replied
# that …): no speaker for the quote before.
_ANSWERS_AFTER = regexes.compile(r"(?:\s*,[^.;:!?\u2588\"“”]{1,200}?,)?\s+(?:\w+ly\s+|also\s+|quickly\s+)?(?:replied|replies|"
                                 r"responded|responds|answered|answers|disagreed|disagrees|objected|objects|countered|counters|"
                                 r"retorted|rejected|rejects|dismissed|dismisses|disputed|disputes|scoffed|laughed|"
                                 r"(?:was|is|were|are)\s+(?:not|less|unconvinced|unmoved|unimpressed|sceptical|skeptical)|"
                                 # (Or has something done to them: `"…" Tom Reed was sentenced to six years`, `was arrested`.)
                                 r"(?:was|is|were|are|has\s+been|had\s+been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ght|ung)\b(?!\s+(?:to\s+)?(?:say|speak|tell|add)|\s+as\s+saying))\b")
# What may stand before the next sentence's subject: nothing, or whose role it is set off before the name
# ("Wei's coach, the Spaniard").
_SUBJECT_LEAD = regexes.compile(r"\s*(?:(?:the\s+)?(?:[\w\-]+\s+){0,3}?[\w\-]+['’]s\s+(?:[a-z\-]+\s+){0,2}?[a-z\-]+,\s+"
                                r"(?:(?:the|a|an)\s+)?(?:[\w\-]+\s+)?)?")
# ("summed up", "described", "put", "wrote", "said", "gave": a verb in the past, not "but", "out", "have" or "need".)
# (An aside may run long and hold an abbreviation's stops, "a former U.S. Treasury official who …"; the verb may be in
# the present: "That is how Ana Ruiz, …, sums up four years".)
_VERB_WORD_AFTER = regexes.compile(r"(?:\s*,(?:[^,.;:!?\"“”]|(?<=\b[A-Z])\.){1,200},)?,?\s+(?:also\s+)?"
                                   r"(?:[a-z]+[^e\W]ed|put|puts|wrote|writes|said|says|gave|gives|sums|describes|explains)\b")
# `Aroha Tipene, the union's chief negotiator, said it twice`: the words before were the subject's (not "said it was
# …", a clause of its own).
_SAID_IT = regexes.compile(r"(?:\s*,[^,.;:!?\"“”]{1,100},)?\s+(?:later\s+|also\s+|first\s+)?(?:said|says|repeated|repeats|wrote|"
                           r"writes|told|tells|shouted|shouts)\s+(?:it|them|those\s+words|these\s+words)\b(?!\s+(?:was|is|were|are|"
                           r"would|will|had|has|could|should|might|must|did|does|can|may)\b)")
# "of the closing argument delivered on Monday by": what was said, and who delivered it.
_DELIVERED_BY = regexes.compile(r"the\s+(?:[a-z\-]+\s+){1,3}(?:delivered|given|made|written|sent|issued|posted)\s+"
                                r"(?:[^.;:!?\u2588\"“”]{0,40}?\s)?by\s+")
# A speech word that may be a noun is one after a preposition, an article and plain words: "told the contractor in a
# recorded phone call that …" (not "by the International Energy Agency said").
# Nouns of things said ("his call for …", "her claims that …"), for _NOUN_FORM and _NOUN_FOLLOWS.
_SAYING_NOUNS = r"(?:(?:call|claim|comment|remark|warning|promise|pledge|note|post|tweet|vow|joke|label|term|e-?mail|message|text)s?|repl(?:y|ies))"
_NOUN_FORM = regexes.compile(_SAYING_NOUNS, re.IGNORECASE)
# "presented to member states "in the coming days"", "the Baltic states": the plural of "state", not the verb.
_STATES_NOUN = regexes.compile(r"\b(?:member|united|nation|the|these|those|other|some|many|several|all|both|of|to|in|for|"
                               r"with|partner|allied|frontline|neighbou?ring|baltic|gulf|arab|eu|nato|nuclear|island|"
                               r"sovereign|western|eastern|northern|southern|central)\s+$", re.IGNORECASE)
_STATES_THEN_VERB = regexes.compile(r"\s+(?:have|had|are|were|would|will|could|should|must|can|may|might|did|do)\b")
_AFTER_PREPOSITION_AND_ARTICLE = regexes.compile(r"\b(?:in|on|during|after|before|via|by|from|at|over|with)\s+(?:an?|the|his|her|its|"
                                                 r"their)\s+(?:[a-z][\w\-]*\s+){0,3}$")
_ARTICLE_BEFORE_NOUN = regexes.compile(r"\b(?:an?|the)\s+(?:[a-z][\w\-]*\s+){0,2}$")
# A speech word that is a noun when what follows is no clause: "the Lib Dem call as …", "his comments were …".
_NOUN_FOLLOWS = regexes.compile(_SAYING_NOUNS + r"\s*(?:,|\s(?:as|for|was|were|is|are|had|has|of|on|about)\b)", re.IGNORECASE)
_SPOKES_FOR_APPOSED = regexes.compile(r"(?:^|\s)(?:[Aa]n?|[Tt]he)\s+(?:spokesperson|spokesman|spokeswoman)\s+for\s+the\s+"
                                      r"(?:[a-z\-]+\s+){0,2}?([a-z]+),\s+((?:[A-Z][\w&'’.\-]*|&|of|and|for|the)(?:\s+(?:[A-Z][\w&'’.\-]*|&|of|and|for|the)){0,5}),$")
_SPOKES_FOR_END = regexes.compile(r"\s*(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?(?:spokesperson|spokesman|spokeswoman)\s+for\s+(?:the\s+)?")
# ("a spokesperson for the charity Hearing Loss Action": the kind of body before its name.)
# (The kind may have a word before it: "for the environmental charity Clean Counties".)
# (Or no "the" before the kind: "a spokesman for bookmaker BetHound".)
_SPOKES_FOR_NAME = regexes.compile(r"(?:spokesperson|spokesman|spokeswoman)\s+for\s+(?:the\s+)?(?:(?:[a-z\-]+\s+)?(?:charity|campaign(?:\s+group)?|"
                                   r"pressure\s+group|lobby\s+group|trade\s+body|union|company|firm|group|association|"
                                   r"developer|operator|retailer|airline|insurer|regulator|watchdog|think\s+tank|consultancy|"
                                   r"broker|bank|club|network|agency|foundation|trust|bookmaker|supermarket|chain|carrier|"
                                   r"manufacturer|maker|publisher|broadcaster)\s+)?"
                                   r"((?:[A-Z][\w&'’\-.]*\s+(?:(?:of|for|and|&|the)\s+)?){0,4}[A-Z][\w&'’\-.]*"
                                   r"(?:\s+in\s+[A-Z][\w\-]+)?)$")  # ("… for the U.S. Embassy in Ottawa": where it sits)
_NOBLE_TITLES = frozenset("duke duchess prince princess king queen earl countess lord lady baron baroness".split())
_SITED_IN = regexes.compile(r"(\w+)\s+in\s+[A-Z][\w\-]+$")
_SITED_BODIES = frozenset("embassy consulate mission office bureau delegation commission".split())
# ("a spokesperson for the district council": a word of what kind before the head noun, which the body's name must hold
# right before its head.)
_SPOKES_OF_NOUN = regexes.compile(r"(?:an?|the)\s+(?:(?:spokesperson|spokesman|spokeswoman)\s+for\s+the\s+(?:[\w’'\-]+-[a-z]+\s+|(?P<kind>[a-z]+)\s+)?(?P<head>[a-z]+)|"
                                  r"(?P<owner>[a-z]+|[A-Z][a-z]+)\s+(?:spokesperson|spokesman|spokeswoman))")  # (and "a Treasury spokesperson")
# "X, who had written to the board asking for …": the relative clause itself reports X's words (not "who was accused of").
_WHO_SAID = regexes.compile(r",\s*who\s+(?:(?:had|has|have|also|earlier|previously|once|recently)\s+)*" + lx.alternation(lx.SPEECH_VERBS) + r"\b")
# ("was blamed for", "was thanked for", "was asked": the one blamed, thanked or asked said nothing.)
_ACCUSED = regexes.compile(r"accus|blam|dismiss|hail|brand|reject|denounc|condemn|thank|asked\b", re.IGNORECASE)
# The writer's sentence that puts a question or a point to someone: "I put this to …", "We spoke to the farmer …".
_WRITER_ADDRESSES = regexes.compile(r"\s*(?:(?:When|After)\s+)?(?:I|We)\s+(?:then\s+|also\s+|later\s+|first\s+)?(?:asked|put\s+(?:this|that|it|these|"
                                    r"the\s+(?:question|point|claim|claims|criticism|charge|figures?|allegations?))(?:\s+\w+){0,2}?\s+to|"
                                    r"spoke\s+(?:to|with)|talked\s+(?:to|with)|interviewed|reached|contacted|rang|called|"
                                    r"caught\s+up\s+with)\s+(?:[a-z][\w\-]*\s+){0,4}")
_PUBLIC_SERVICES = frozenset({"health", "education", "transport", "water", "housing", "ambulance"})
# Where such a service is named after: a state, province or nation whose government runs it ("NSW Health", "Queensland
# Health", "Ontario Health", "Welsh Ambulance") — not a party or a level of government ("SNP Health", "Federal Health").
_SERVICE_PLACES = frozenset("""nsw qld queensland victoria vic tasmania act sa wa nt ontario quebec alberta manitoba
saskatchewan yukon scotland scottish wales welsh irish kerala karnataka maharashtra punjab gujarat delhi gauteng""".split())
# ("Warriors captain Mohammed Irfan Baig rued": a team's name and a role before the name, nothing that acts.)
_TEAM_AND_ROLE_BEFORE = regexes.compile(r"\s*(?:(?:The|the)\s+)?(?:[A-Z][\w'’\-]*\s+)?(?:[a-z][\w\-]*\s+){0,3}")
_SET_OFF_ROLE_THEN_RUED = regexes.compile(r"(?:,[^,;:\u2588]{1,80},)?\s+(?:[a-z]+ly\s+)?(?:rued|lamented|bemoaned|decried)\s*")
# "Mehrotra offered, ", "She shrugged, ": one verb in the past, an adverb before it maybe, then the comma.
_ONE_VERB_THEN_COMMA = regexes.compile(r"\s+(?:[a-z]+ly\s+)?(?!(?:was|were|had|has)\b)[a-z]{3,}ed\s*,\s*")
# Words any business answers to; the other kinds of business (an airline, a miner) are what a name or the article says.
_ANY_BUSINESS = frozenset({"company", "firm", "group", "business", "corporation"})


def _of_trade(head: str, name: str, article: str) -> bool:
    """Whether the body called `name` is a `head` ("airline") by its name ("Aster Airlines") or by what the article
    calls it ("Qantas, the national airline,", "the airline Qantas")."""
    words = re.findall(r"[a-z]+", name.lower())
    return head in words or head + "s" in words or called_so(head, name, article) \
        or re.search(r"\b(?:the|a|an)\s+(?:[\w\-']+\s+){0,2}%s\s+%s\b" % (head, re.escape(name)), article, re.IGNORECASE) is not None


# ("Dr Taufa was asked: "…?"": the one a passive sentence asks.)
_NAMED_THEN_ASKED = regexes.compile(r"\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:\w+ly\s+)?asked\b")
_TAKEN_TO_CALLING = regexes.compile(r"\b(?:have|has|had)\s+(?:\w+ly\s+)?taken\s+to\s+calling\b(?:[^.;!?\u2588]|\.(?=\w|\s+[a-z]))*$")
_MAIN_CLAUSE_AFTER = regexes.compile(r"[^.;!?\u2588]{0,80}?,\s+(?:[A-Z]|he\b|she\b|they\b)")
_WHEN_SOMEONE = regexes.compile(r"\s*(?:When|As|After|Before|While)\s+((?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’\-]+|[A-Z][\w'’\-]+"
                                 r"(?:\s+[A-Z][\w'’\-]+)?)\s+[a-z][^,\u2588]*$")
_ON_BEHALF_OF = regexes.compile(r"\bon behalf of\s+")
_ASKED_THEN_QUOTE = regexes.compile(r"asked\s*[:,]?\s*\u2588")
_ASKER_ROLE_WORDS = regexes.compile(r"(?:(?:the|a|an|his|her|their)\s+)?(?:[a-z][\w\-]*\s+){0,4}")
_QUESTIONED_BY = regexes.compile(r"\s*(?:Under|During|In)\s+(?:(?:further|close|cross-)?(?:questioning|examination)|cross-examination)"
                                 r"\s+(?:from|by)\s+")
_PASSIVE_BEFORE = regexes.compile(r"\b(?:was|were|been|being|is|are|be|the|an?|stands?|stood)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_DASH_BYLINE = regexes.compile(r"[\s.,]*[—–]\s*")
# After the signing name: nothing, or its role (", Ukrainian president"), never a clause (", however, disagreed").
_SIGNATURE_REST = regexes.compile(r"(?:,\s*(?:(?!\w+(?:ed|ing)\b)[\w\-'’.]+\s*){1,8})?[\s.]*")
_APPOSITION = regexes.compile(r"(?:\s*,[^,]{1,80},)?")
# "a medic who gave her name only as", "a commander …, who asked to be identified only by his call sign,": the name
# that follows is the one an unnamed speaker's own relative clause gives them (one clause: no second "who").
# ("… said a 34-year-old drone operator who asked to be identified only as Andriy": an age may open the description.)
_NAME_GIVEN_AFTER = regexes.compile(r"\s+(?:an?|one|another)\s+[a-z0-9](?:(?!\bwho\b)[^.;:!?\u2588\"“”]){0,80}\bwho\s+"
                                    r"(?:(?:asked|wished|wanted|agreed|chose)\s+to\s+be\s+|would\s+(?:only\s+)?|only\s+)?"
                                    r"(?:gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+name(?:\s+only)?(?:\s+as)?|name\s+(?:only\s+)?as)|"
                                    r"identified\s+(?:only\s+)?(?:as|by\s+(?:his|her|their)\s+(?:first\s+name|call\s*sign)))[,\s]+")
# "in his words,", "in Ann Lee's words,", "in the words of one diplomat,", right before the quote.
_IN_WORDS = regexes.compile(r"\b[Ii]n\s+(?:(his|her|His|Her)\s+(?:own\s+)?words|(?:the\s+)?(?:own\s+)?words\s+of\s+([^,;.\u2588]{1,60}?)|"
                            r"((?:[\w\-'’.]+\s+){0,3}[\w\-.]+['’]s)\s+(?:own\s+)?words),?\s*(?:that\s+)?\u2588*$")
# "the finance director, ", "Ukraine's ambassador in London, ": a role set off before the name it belongs to.
_ROLE_BEFORE_NAME = regexes.compile(r"(?:the\s+|[A-Z][\w\-]*['’]s\s+)(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*"
                                    r"(?:\s+(?:in|at|of|for)\s+[A-Z][\w\-]*)?,\s+")
# "Mr Petherick's explanation that he had "…"": the words a person's own explanation, claim or denial puts in their
# own mouth, right after its he or she (not a verdict on it: "Smith's explanation that he forgot was "not credible"").
_OWN_CLAIM = regexes.compile(r"['’]s?\s+(explanation|claim|insistence|assertion|account|excuse|argument|admission|denial)\s+"
                             r"that\s+(?:he|she|they)\s+(?:(?:had|has|have|was|were|is|are|would|could|did|had\s+been)\s+)?"
                             r"(?:[a-z]+\s+)?$")
_AS_PUT = regexes.compile(r"(?:^\s*|[,(—–]\s*|(?<=[.!?]\s))[Aa]s\s+(?:(he|she|He|She)|((?:[A-Z][\w\-'’.]*\s+){0,3}[A-Z][\w\-'’]*))\s+(?:once\s+|later\s+|has\s+|had\s+)?"
                          r"(?:put\s+it|puts\s+it|said|says|wrote|writes|noted|notes|remarked)(?:\s+\w+ly)?(?:\s+(?:in|on|at|to)\s+[^,\u2588]{1,40})?"
                          r"\s*[,:]?\s*\u2588*$")
# ", and that …", ", but whether …": a second reported clause of the sentence, with a subject of its own.
_ONE_OF = regexes.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+$")
# "… Chamber of Shipping", "… Bank of Ireland": what the name ending on a head word goes on to say it is of.
# " spokesman ", "'s chief negotiator ": the lower-case role between a body's name and its holder's.
_ROLE_BETWEEN = regexes.compile(r"(?:['’]s)?\s+(?:[a-z][a-z\-]*\s+){1,3}")
def _trimmed_name(name: str) -> str:
    """A name as the text gives it, less what only follows it: a plural possessive's apostrophe ("the Institute of Bridge
    Engineers’ gold medal") and a sentence's full stop after a word of five letters or more ("… the Institute of Bridge
    Engineers."), not an abbreviation's ("Acme Corp.", "Acme Co.")."""
    name = name.rstrip("’'")
    # (Nor the day after it: "the Department of Foreign Affairs on Monday morning".)
    on_day = re.search(r"\s+on\s+(\S+)$", name)
    if on_day and on_day.group(1).lower() in lx.CALENDAR_WORDS:
        name = name[:on_day.start()]
    last = name.rsplit(" ", 1)[-1]
    return name[:-1] if last.endswith(".") and len(last) >= 6 and last[:-1].isalpha() else name


# The fields a department's name may list: "Department of Sport, Arts, Culture and Recreation", "Ministry of Housing,
# Communities and Local Government" (not "Department of Health, Saps and Metrorail", a list of bodies).
_REMITS = ("Sport|Sports|Arts|Culture|Recreation|Heritage|Tourism|Housing|Communities|Local|Health|Education|Skills|"
           "Employment|Labour|Labor|Science|Innovation|Technology|Industry|Trade|Enterprise|Energy|Environment|Climate|"
           "Water|Agriculture|Food|Fisheries|Forestry|Rural|Marine|Transport|Infrastructure|Planning|Works|Justice|Equality|"
           "Children|Youth|Families|Women|Social|Welfare|Finance|Economy|Development|Digital|Media|Communications|Mines|"
           "Minerals|Resources|Land|Lands|Security|Defence|Defense|Immigration|Integration|Regional|Affairs")
_OF_NAME_AFTER = regexes.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’.&\-]*(?:(?:,\s+(?:%s))+,?\s+and\s+(?=[A-Z]))?"
                                 r"(?:(?<=and )[A-Z][\w'’.&\-]*)?(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w'’.&\-]*)*" % _REMITS)
# "planning department", "housing office": what part of a body the capitalized name before them is.
_LOWER_HEAD_AFTER = regexes.compile(r"(?:\s+[a-z][a-z\-]+)?\s+(%s)\b" % lx.alternation(lx.ORG_HEADS))
# "Spain's largest trade union", "Ukraine's state gas company": an owner, then plain words saying what a body is.
_OWNERS_DESCRIPTION = regexes.compile(r"[A-Z][\w'’.\-]*['’]s\s+(?:[a-z][\w\-]*\s+){1,4}[a-z]+")
# A name opening the clause and set off by a comma: "Comisiones Obreras, ", "The Carlyle Group, ".
_OPENING_NAME = regexes.compile(r"\s*((?:[A-Z][\w&'’.\-]*\s+){0,4}[A-Z][\w&'’.\-]*),\s*")


def _name_set_off_before(chunk: str, phrase: str) -> bool:
    """Whether the clause `chunk`, ending on `phrase`, opens on a name set off by a comma right before it."""
    at = chunk.rfind(phrase)
    return at > 0 and _name_set_off(chunk[:at]) is not None


def _name_set_off(opening: str) -> Optional[str]:
    """The name (without "The") that `opening` is, set off by its comma ("Comisiones Obreras, ", "The Carlyle Group,"):
    not a place phrase ("In Madrid, ") nor a government's seat ("Madrid, ")."""
    m = _OPENING_NAME.fullmatch(opening)
    if not m:
        return None
    words = m.group(1).split()
    if words[0].lower() == "the":
        words = words[1:]
    if not words or words[0].lower() in lx.CAPITALIZED_STOPWORDS or len(words) == 1 and words[0].lower() in lx.GOVERNMENT_PLACES:
        return None
    return " ".join(words)


# ("A spokesperson for the department said Ireland was "…", and one EU official who has worked with her described her as
# "…"": someone unnamed, the subject of a clause of its own after the first verb's.)
_AND_UNNAMED_BEFORE = regexes.compile(r"[,\u2588]\s*(?:and|but|while|whereas)\s+(?:one|a|an|another)\s+(?:[\w\-]+\s+){0,3}?"
                                      r"(?:%s)\b" % lx.alternation(lx.PERSON_NOUNS))
_AND_NAMED_BEFORE = regexes.compile(r"[,\u2588]\s*(?:and|but)\s+(?:[A-Z][\w’'.-]*\s+){1,3}$")
_AND_SUBJECT = regexes.compile(r"[\s,]*(?:and|but)\s+(?!(?:then|so|later|also|again|finally)\b)\S")
# What someone's words are called: "Solberg's reply was brief:", "Her message was simple:".
_TWO_CAPITALIZED = regexes.compile(r"\b[A-Z][a-z’'\-]+\s+[A-Z][a-z’'\-]+")
_ASKS_THE_ONE = regexes.compile(r"\b(?:asked|asks|pressed|presses|challenged|quizzed)\s+(?:him|her|them)\b")
_ASKED_A_PRONOUN = regexes.compile(r"\b(?:asked|asks|pressed|presses|put\s+it\s+to|challenged)\s+(?:him|her)\b")
_CONCLUSION_NOUNS = frozenset("conclusion verdict view assessment message advice warning reply answer response statement".split())
# What an owner has, a word or two after the possessive: "Pillay's company", "Lee's former partner".
_OWNED_NOUN = regexes.compile(r"(?:['’]s?)?\s+([a-z\-]+)\b(?:\s+([a-z]+)\b)?")
_WORDS_OR_PEOPLE = lx.SPEECH_NOUNS | lx.PERSON_NOUNS | frozenset(KIN_GENDER) | frozenset(
    "evidence testimony account version letter email text partner lawyer solicitor barrister".split())
_SPOKEN_TO_OPENS = regexes.compile(r"\W*(?:Speaking|Talking|Writing|Interviewed|Asked|Questioned)\b")
_FOR_SOMEONE = regexes.compile(r"\b(?:for|to)\s+(?:the|a|an|his|her|their|its|[A-Z][\w\-]*['’]s)\s")
# A live entry's time opening its first sentence: "**12.30** The Kremlin has responded."
_ENTRY_TIME_TEXT = r"\**\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\**\s*[-–—:]?\s*"
_ENTRY_TIME_OPENS = regexes.compile(r"^\s*" + _ENTRY_TIME_TEXT)
_ITS_SPOKES = regexes.compile(r"\s*(?:%s)?[Ii]ts\s+(?:chief\s+|senior\s+|official\s+)?spokes(?:man|woman|person)\s*" % _ENTRY_TIME_TEXT)
_ADD_FORMS = frozenset({"add", "adds", "added", "adding"})
_ADDED_TO = regexes.compile(r"[\"”’']?\s+to\s")
# (A sum of money or time: not a count of things, "add a further 40 vessels from Russia's "shadow fleet"", whose words
# are read as before.)
_AMOUNT_AFTER = regexes.compile(r"\s+(?:(?:another|an\s+extra|a\s+further|up\s+to|about|around|roughly|some|nearly|almost|more\s+than)\s+)?"
                                r"(?:[$£€¥₹]\s?\d|\d[\d,.]*\s*(?:million|billion|bn|m\b|per\s*cent|%|minutes|hours|days|weeks|months|"
                                r"years|euros?|dollars?|pounds?|rand|rupees?))")
# Departments of state called by one word that is a title's word too ("Treasury Secretary"): "a Treasury spokesperson".
_DEPARTMENT_ALONE = frozenset({"treasury", "exchequer"})
_AT_PLACE_BEFORE = regexes.compile(r"\b(?:at|in|from|of)\s+$")
# The start of a name of capitalized words and small joining words ("Institute for European Defence Studies").
_NAME_SO_FAR = regexes.compile(r"(?:[A-Z][\w’'\-&]*\s+(?:(?:for|of|and|on|&)\s+)?)*$")
_POST_AT_BEFORE = regexes.compile(r"\b([a-z][a-z\-]+)\s+at\s+(?:the\s+)?$")  # (not "a student of Tamsin Oduya")


def _post_at(text: str, start: int) -> bool:
    """Whether the name starting at (or running through) `start` is where someone's post is: "fellow at the Institute
    for European Defence Studies", "economist at Anvika Securities" — a body, not a second person."""
    begin = _NAME_SO_FAR.search(text, max(0, start - 80), start).start()
    post = _POST_AT_BEFORE.search(text, max(0, begin - 40), begin)
    # ("fellow" is a post only here: elsewhere it is "fellow volunteer Amit Prasad".)
    return post is not None and (post.group(1) in lx.PERSON_NOUNS or lx.doer_noun(post.group(1)) or post.group(1) == "fellow")
_HIS_WORDS_OPEN = regexes.compile(r"\s*([Hh]is|[Hh]er)\s+(\w+)\b")
_WORDS_NOUNS = lx.SPEECH_NOUNS | {"answer", "reply", "response", "verdict", "advice", "view"}
# Nothing, or an auxiliary, between an apposition's closing comma and the speech verb: ", Callum Reid, has said".
_AUX_ONLY = regexes.compile(r"\s*(?:(?:has|had|have|was|is|also|later)\s+)*")
# ", the Defence Secretary" / ", the country's defence secretary": a role after "the", closing on the comma before a
# name set off by commas.
_ROLE_BEFORE_APPOSITION = regexes.compile(r",\s+(?i:the)\s+(?:[\w\-]+['’]s\s+)?(?:[A-Za-z\-]+\s+){0,3}(?i:%s)$"
                                          % lx.alternation(lx.ROLE_NOUNS | lx.TITLE_WORDS))
_NEXT_CLAUSE = regexes.compile(r"[\s,]*(?:and|but|or)\s+(?:that|whether|how|why|if)\b")
_AND_BUT = regexes.compile(r"\s*(?:and|but)\s")
# (A clause of cause, concession or circumstance: not "as Peskov put it", "in the words of …", whose words they are.)
_ASIDE_BEFORE_VERB = regexes.compile(r"\s*,?\s*(?:because|since|although|though|despite|given|amid|even|partly|largely|mainly|"
                                     r"thanks|helped|with|after|before|while|once|if|unless|until|at\s+least|for\s+now)\b"
                                     r"[^,;:.!?\u2588\"“”—–()]{1,120},\s*")
_APPOSED_BEFORE_VERB = regexes.compile(r",[^,;\u2588]{1,120},\s*$")
# Why a speaker is left unnamed: "who asked not to be named", "on condition of anonymity", "declined to be identified".
# ("… and who would rather not give her name, watches …", "who declined to give his full name".)
# A person's noun that tells their gender, beside the kin words: "a woman who asked not to be named".
_NOUN_GENDER = {**KIN_GENDER, "man": "m", "boy": "m", "gentleman": "m", "woman": "f", "girl": "f", "lady": "f"}
_ANONYMITY = regexes.compile(r"(?=[ntaidrgc])\b(?:not\s+to\s+be\s+(?:named|identified)|(?:declined|refused)\s+to\s+be\s+(?:named|identified)|"
                             r"(?:not|did\s*n['’]t|does\s*n['’]t)\s+(?:want|wish)(?:ed)?\s+to\s+be\s+(?:named|identified)|"
                             r"anonymity|anonymously|to\s+remain\s+anonymous|identified\s+only\s+(?:as|by)|"
                             # ("The triage nurse on duty that day, who cannot be named for legal reasons, told …".)
                             r"(?:cannot|can\s*not|could\s+not|can['’]t)\s+be\s+(?:named|identified)|"
                             r"give\s+(?:her|his|their)\s+(?:full\s+|last\s+|real\s+)?(?:name|surname))\b")
_THROUGH_ROLE = regexes.compile(r"\w+\s+(?:[a-z]+\s+){0,2}?through\s+(?:its|their|his|her|a|the)\s+(?:[a-z\-]+\s+){0,3}?[a-z\-]+,?\s+")
_DESCRIBED_BY_ARTICLE = regexes.compile(r"(?:^|[\s,])(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}[\w\-]+$")
_BRACKETED_END = regexes.compile(r"\s*\([^()\u2588]{1,40}\)$")
_POST_NOMINAL_END = regexes.compile(r"(?:,?\s+(?:%s))+$" % "|".join(sorted(lx.POST_NOMINALS)))
# (Where they come from may follow: `," said the 29-year-old from Leicester`.)
_FROM_PLACE = r"(?:\s+from\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)?"
# `," the flanker said`, `," the 28-year-old added`: a person described again by a noun or an age.
# ("The Defence Secretary": a title, capitalized, after "the, John Healey," set it before a name.)
# ("her son" after "survived by a son, Tomás Reyes": a kin or role noun set before a name earlier.)
_DESCRIBED_AGAIN = regexes.compile(r"\W*\b(?:[Tt]he|([Hh]is|[Hh]er|[Tt]heir))\s+(\d{1,3}-year-old\s+[a-z][a-z\-]+\s+[a-z][a-z\-]+|"
                                   r"(?:\d{1,3}-year-old|[a-z][a-z\-]+|[A-Z][a-z\-]+)(?:\s+(?:[a-z][a-z\-]+|[A-Z][a-z\-]+))?)"
                                   + _FROM_PLACE + r"\s*")
# `," said the teenager, who …`: the words after an inverted verb, to the end of its clause.
_DESCRIBED_AFTER = regexes.compile(r"\s+((?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\d{1,3}-year-old|[^\W\d_][\w\-]*)(?:\s+[^\W\d_][\w\-]*)?)"
                                   + _FROM_PLACE + r"\s*(?=[,.;!?]|$)")
# After an inverted verb, a body's name, its role and the person: "Met Office chief meteorologist ", "Kremlin spokesman ".
# ("Environment and Climate Change Canada meteorologist Jordan Pelletier": a body's name may join its words with "and";
# not "of", which a person's place takes: "said Tom Reed of Springfield after police officer Ann Lee …".)
# (The body's name may hold small words: "said Shire of Yilgarn president Bev Talbot" — a place's body, not a person's
# name and where they are from: see _SMALL_WORD_IN_BODY.)
_SMALL_WORD_IN_BODY = regexes.compile(r"\s(?:of|for)\s")
_BODY_ROLE_THEN_NAME = regexes.compile(r"\s+(?:the\s+)?(?:(?!(?:Her|His|Their|Its|Our|The|A|An)\s)[A-Z][\w.&'’\-]*\s+"
                                       r"(?:(?:and|&|of|for)\s+(?=[A-Z]))?){1,5}"
                                       r"(?:(?!(?:after|before|as|while|when|with|and|or|but|than|until)\s)[a-z][\w\-]*\s+){0,2}"
                                       r"(?P<role>[a-z][\w\-]*)"
                                       # (The role's remit: "Commerce Commission general manager of fair trading Rachel
                                       # Te Awa".)
                                       r"(?:\s+(?:of|for)\s+(?:(?!(?:the|a|an|his|her|their|its)\s)[a-z][\w\-]*\s+){1,3}?)?"
                                       r"\s*(?<=\s)(?=[A-Z])")  # (no "…. Her teammate")
# One person described again after an inverted verb: an age, or a noun in the singular ("the teenager", "the
# 19-year-old"; not "the locals"; a document or notice, "the announcement", is none: see _NOT_DESCRIPTIONS).
_ONE_PERSON_AGAIN = regexes.compile(r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\d{1,3}-year-old|[a-z][a-z\-]*[^s\W])")
# A judge or coroner named right before the finding: "Judge Rachel Amos found", "the coroner, Dr Anne Hall, found".
# (Or a tribunal's: "adjudication officer Declan Moriarty found that the hotel had "failed entirely" …".)
_JUDGE_NAMED_BEFORE = regexes.compile(r"\b(?:[Jj]udge|[Cc]oroner|[Mm]agistrate|[Rr]ecorder|[Jj]ustice|[Ss]heriff|[Aa]djudicator|"
                                      r"[Aa]djudication\s+[Oo]fficer|[Aa]rbitrator|[Oo]mbudsman|[Ii]nspector)\b,?\s+(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?"
                                      r"(?:[A-Z][\w'’\-]+\s+){1,3},?\s*$")
# Nouns after "the" that name a group or a document, never one person described again. (A role noun the
# lexicon knows, "the prosecutor", may be someone else than the subject before: only "so described before".)
_NOT_DESCRIPTIONS = (lx.ORG_HEADS | lx.ANONYMOUS_HEADS | DOCUMENTS | ISSUED | frozenset("""notice message sign post note
leaflet poster banner website article headline caption email e-mail text press court jury panel judge prosecution
defence defense police government club team side company firm board council
committee party campaign group family couple pair crowd audience fans residents officials source sources
spokesperson spokesman spokeswoman""".split()))
# "said climate scientist …": lowercase words ending in a person noun, right after a speech verb.
def _plain_role_word(word: str) -> bool:
    """A lowercase word that may be part of a role before a name ("skip", "fish seller"): no small word of grammar, no
    adverb, no verb's form."""
    w = word.lower()
    return w.isalpha() and w.islower() and w not in lx.PREPOSITIONS and w not in lx.DETERMINERS \
        and w not in NOT_A_SUBJECT and w not in lx.SPEECH_VERBS and w not in lx.AUXILIARIES \
        and w not in _NO_ROLE_WORDS and not w.endswith(("ly", "ed", "ing")) and len(w) >= 3


# Words of time, place and clause between "said" and a name, never a role's: `," said Tom Reed after Ann Byrne …`.
_NO_ROLE_WORDS = frozenset("after before when whenever until till since while whilst whereas because unless though although "
                           "even today tonight tomorrow yesterday outside inside later earlier then still again now here "
                           "there once where what who whom whose how why its their his her residents guests staff people "
                           "officials".split())


# (Not "said an aide to Gen. Mark Milley", "lawyers for Mrs Ann Kerr", "a letter sent to Dr Ruth Pahl": someone of theirs.)
_FUNCTION_WORDS = frozenset("to for of a an the by with from at on in and or".split())


def _titled_at(text: str, at: int) -> bool:
    """Whether a title's word opens the text at `at` ("Gen. Thomas Reardon", "Dr Ruth Pahl")."""
    word = re.match(r"[A-Z][a-z]*\.?", text[at:at + 20])
    return word is not None and word.group(0).rstrip(".").lower() in lx.TITLE_WORDS


_ROLE_WORDS_AFTER = regexes.compile(r"\s+(?:[a-z][\w\-]*(?:['’]s)?\s+){0,3}?([a-z][\w\-]*)\s+(?=[A-ZÀ-ÖØ-Þ])")  # ("brewer's assistant")
# "'s spokesman", "'s former chief of staff": a person of theirs, who would be the subject instead.
_THIRD_PERSON_WORD = regexes.compile(r"\b(?:he|she|him|his|her|He|She|His|Her)\b")
# ("Olsen's family released a statement": people of theirs, not them.)
_PEOPLE_OF_THEIRS = regexes.compile(r"['’]s\s+(?:(?:immediate|extended|grieving|heartbroken)\s+)?(?:family|relatives|parents|"
                                    r"children|loved\s+ones|friends|supporters|legal\s+team)\b")
_PERSON_AFTER_POSSESSIVE = regexes.compile(r"['’]s\s+(?:[\w\-]+\s+){0,2}?(?:" + "|".join(sorted(lx.PERSON_NOUNS)) + r")s?\b")
# A live blog's time stamp before a sentence ("**8.45pm**", "8.45pm AEST").
# (Set off by commas too: "Dr Orla Keaveney, of the consultancy Brennan Keaveney Heritage, said".)
# ("Danielle Ruiz of the Oakland firm Ruiz & Partners, called": a place before the kind of employer too.)
_OF_EMPLOYER = regexes.compile(r",?\s+(?:of|at|from)\s+(?:the\s+(?:[A-Za-z][\w\-]*\s+){0,2}?)?[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z][\w&'’.\-]*|of|and|for|the|&))*?"
                               r"(?:\s+[A-Z][\w&'’.\-]*)?(?:\s+think[\s\-]tank|\s+(?:%s))?"  # ("of the Resolution Foundation think tank")
                               # ("of the Finns Party, no relation, said"; not ", said Mayor Tracy Brabin had called it": a
                               # verb of speech and its own subject after the comma.)
                               r"(?:,\s+(?!(?:and|or|but)\b)(?![^,;:\u2588]{0,60}\b(?:said|says|told|tells|added|adds|wrote|"
                               r"writes)\s+(?:that\s+)?(?-i:[A-Z]))[^,;:\u2588]{1,60})?"
                               r",?" % "|".join(sorted(w for w in lx.ORG_HEADS if w.isalpha())))
_ROLE_SET_OFF = regexes.compile(r"[\s\u2588]*(?:[A-Za-z][\w'’\-]*\s+){0,3}[a-z][\w\-]*,\s*")  # ("His solicitor, ")
# A role right before the name, unset off: "Retail analyst Meera Chandrasekaran of Lakeshore Research said".
# ("Lead archaeologist Dr Orla Keaveney": a doer's noun no list holds, as the ending tells it.)
_ROLE_UNSET_OFF = regexes.compile(r"[\s\u2588]*(?:[A-Z][a-z\-]+\s+)?(?:[a-z\-]+\s+){0,2}(?:%s|%s)\s+" % (lx.alternation(lx.ROLE_NOUNS), lx.DOER))
_OBJECT_IN_ASIDE = regexes.compile(r",[^,]{0,60}\b(?:to|with|in|on|at|for|from|by|about|into)\s+(?:the\s+)?$")
# An appositive giving a role and whom or where it is for: "the Labour MP for Stockport East",
# "a spokesperson for the ministry", "the head of Acme Corp".
# ("Ireland's minister for climate": an owner's role as much as "the minister for climate".)
# (Or a role without its article: "Marta Hnatyshyn, director of the Winnipeg-based advocacy group Ukraine Forward,",
# "Ewan McAllister, chair of the charity Patient Voice Scotland," — a role's noun, then whom it is for.)
_ROLE_FOR = regexes.compile(r"\s*(?:(?:the|a|an|[A-Z][\w\-]*['’]s)\s+(?:[^\s,]+\s+){0,4}?|(?:[a-z][\w\-]*\s+)?(?:%s)\s+)"
                            r"(?:for|of|from|at|in)\s+[^,]+$" % lx.alternation(lx.ROLE_NOUNS))
# ", energy and the environment": the end of a list inside a role ("minister for climate, energy and the environment").
_LIST_TAIL = regexes.compile(r"\s*(?:[a-z][\w\-]*\s+){0,3}?(?:and|or)\s+(?:the\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}\s*$")
_RELATIVE = regexes.compile(r"\s*(?:who|whose)\s+[^,]+$")
# ", a retired harbour engineer who chaired the No campaign,": a kind of person and what they did; whatever the
# clause names is not the subject.
_ROLE_WHO = regexes.compile(r"\s*(?:the|a|an|[A-Z][\w\-]*['’]s)\s+(?:[a-z][\w\-]*\s+){0,3}?(?:%s)\s+(?:who|whose)\s+[^,]+$"
                            % "|".join(sorted(lx.PERSON_NOUNS)))
# A person right after these verbs is the one spoken to, not the speaker.
_OBJECT_OF_SPEECH = regexes.compile(r"\b(?:told|tells|asked|asks|urged|urges|warned|warns|thanked|thanks|assured|assures)\s+$")
# "Relief organisation ", "The charity ", "Energy company ": a few words of what kind of body opens the sentence.
_KIND_OPENS_SENTENCE = regexes.compile(r"\s*(?:[Tt]he\s+)?(?:[A-Za-z][a-z\-]*\s+){0,2}[a-z][a-z\-]*\s+")
# An age the article gives someone: "Sam Lee, 21,", "Sam Lee (21)", "21-year-old Sam Lee" (surname, age; a name of two
# words or more after the age, not "the 27-year-old Argentine").
_AGE_STATED = regexes.compile(r"([A-Z][\w'’\-]+)(?:,\s*|\s*\()(\d{1,3})(?:,|\))|(\d{1,3})-year-old\s+(?:[A-Z][\w'’\-]+\s+)+?([A-Z][\w'’\-]+)\b(?!\s+[A-Z])")
_WHERE_FROM = regexes.compile(r"\s+(?:from|of|at)\s+(?:the|a|an|his|her|their)\s+[a-z][a-z\s\-]{0,30}$")
_STAMP_BEFORE = regexes.compile(r"\s*\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}\s+)?[-–—:]\s")
_SHOUT_VERBS = "screamed|shouted|yelled|roared|bellowed|hissed|snarled|shrieked"
_SHOUTS = frozenset(_SHOUT_VERBS.split("|"))  # (a shout a speech verb may be, read from the report before it: _SHOUTED's)
# Who the sayer reports shouted: someone unnamed ("said the crowd screamed:"), a he/she ("said that when he saw the
# flames he yelled:"), or no new subject at all ("said nothing …, then stood up and yelled:").
_SHOUTER_PRONOUN = regexes.compile(r"\s+(?:that\s+)?(he|she)\b")
# ("said that when he saw the flames he yelled:": the he of the main clause, after the one of the clause before it.)
_SHOUTER_AFTER_WHEN = regexes.compile(r"\s+(?:that\s+)?(?:when|as|after|once|while|before|because)\b[^,:;\u2588]{0,80}?"
                                      r"(?:,\s*|\s)(he|she)(?=\s+(?:[a-z]+\s+){0,3}?(?:and\s+)?(?:" + _SHOUT_VERBS + r")\b)")
# ("said nothing for an hour, then stood up and yelled:": the sayer's own acts, no one else's.)
_SAID_NOTHING = regexes.compile(r"\s+(?:nothing|little|goodbye|a word|no more|a prayer)\b")
# Someone else as the subject of the shout: a noun phrase or they/someone right before the verb.
_SHOUTER_OTHER = regexes.compile(r"\b(?:they|someone|somebody|everyone|everybody|nobody|(?:a|an|the|some|several|two|three|"
                                 r"other|his|her|their)\s+(?:[a-z\-]+\s+){0,2}?[a-z\-]+)\s+(?:[a-z]+ly\s+)?"
                                 r"(?:" + _SHOUT_VERBS + r")\b")
# "expects the price to hold "as long as …"": a verb of belief, whose object runs to the quotation (no clause between).
_BELIEF_BEFORE = regexes.compile(r"\b(expects|expected|believes|believed|hopes|hoped|fears|feared|wants|wanted)\b"
                                 r"[^.;:!?\u2588]{0,80}$")
# "Ukraine's foreign ministry", "the Indian oil ministry", "Ukraine's embassy in London": a country's body, named in
# small letters.
_OWNED_BODY_HEADS = frozenset({"ministry", "department", "embassy", "government", "military", "army", "navy", "cabinet",
                               "presidency", "regulator", "mission"})
_COUNTRIES_AND_PEOPLES = lx.COUNTRIES | lx.GOVERNMENT_PLACES | (lx.AFFILIATIONS - {
    "democrat", "democratic", "republican", "labour", "labor", "tory", "conservative", "liberal", "socialist", "green",
    "independent", "centrist", "progressive", "communist", "nationalist", "veteran", "rookie", "south", "north", "western",
    "eastern"})
_OWNED_BODY = regexes.compile(r"(?:(?<=\bthe\s)|(?<=\bThe\s)|\b(?=[A-Z][\w\-]*['’]s\s))((?:[A-Z][\w\-]*['’]s|[A-Z][a-z]+)\s+"
                              r"(?:[a-z][\w\-]*\s+){0,2}(" + "|".join(sorted(_OWNED_BODY_HEADS)) + r")(?:\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)\b")
_SHOUTED = regexes.compile(r"\b(" + _SHOUT_VERBS + r")\s*:\s*$")
_TO_WHICH_IN = regexes.compile(r",\s*(?:to|at)\s+which\s+(?:[A-Z][\w'’\-.]*\s+){1,3}(?:\w+\s+)?(?:replied|responded|retorted|"
                               r"answered|shot\s+back|fired\s+back|hit\s+back|countered|snapped|quipped|said|added|"
                               r"interjected|asked)\b")
_WHEN_WHERE_BEFORE = regexes.compile(r",\s+(?:when|where)\s+$")
# ("the councillor's comments", "Lee's remarks": a speech noun after its owner; not "Sainsbury's says".)
_NOUNS_AFTER_OWNER = frozenset("comments remarks claims statements words reports notes calls".split())
_LOWER_OWNER = regexes.compile(r"\b[a-z][\w\-]*['’]s\s+$")
_STATE_AFTER = regexes.compile(r"\s+(?:was|is|were|are|remained|remains|proved|has\s+been|had\s+been)\b")
_ANOTHER_SET_OFF = regexes.compile(r",\s+(?:and\s+)?(?:his|her|their|its)\s+")
_TO_WHICH = regexes.compile(r"[\W\u2588]*,?\s*(?:to|at)\s+which\b")
# (And one who answers, named after "prompting": `…, prompting Pillai to shoot back: "…"`.)
_CLAUSE_JOINS = regexes.compile(r"(?:,\s+(?:but|while|whereas|and|as|when|before|until|prompting|leading|forcing|provoking|to\s+which|at\s+which)|;)\s+(?=[A-Z])")
# "The minister didn't hesitate.", "Asked about the criticism, the coach shrugged.": a role as the subject, an opening
# phrase set off before it at most.
_ROLE_DOES = regexes.compile(r"\s*(?:[A-Z][^,;:.!?\u2588]{0,100},\s*)?[Tt]he\s+((?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)\s+"
                             r"(?!(?:is|was|has|had|says|said|tells|told|adds|added)\b)(?:did(?:n't|n’t| not)|does(?:n't|n’t| not)|"
                             r"[a-z]+ed|[a-z]+s)\b[^;:\u2588]*[.!]\s*")
# ", spoke briefly to reporters", ", has worked with him": the verb after a name set off by its role (no clause of its own:
# not ", who", not ", a …").
# (Speaking, or what they do now or have done all along: "… , spoke briefly to reporters", ", has worked with him since";
# not ", died in 2019" or ", watched from the stands": the words after are someone else's as often.)
_SPEAKS_OR_GOES_ON = regexes.compile(r",\s+(?:[a-z]+ly\s+)?(?:spoke|speaks|talked|talks|told|tells|addressed|explained|explains|"
                                     r"reflected|reflects|recalled|recalls|has|have|is|says|said)\b")
# "Chiefs captain Rawiri Tapsell was blunt.": the team or body, then the role, before the name.
_BODY_ROLE_BEFORE = regexes.compile(r"\s*(?:[A-Z][\w'’\-]*\s+){1,3}(?:[a-z\-]+\s+)?([a-z\-]+)\s+")


def _body_role_before(masked: str, a: int, lead: int) -> bool:
    found = _BODY_ROLE_BEFORE.fullmatch(masked, a, lead)
    return found is not None and (found.group(1) in lx.ROLE_NOUNS or found.group(1) in lx.PERSON_NOUNS)


_LEAD_IN = regexes.compile(r"\s*(?:\*\*[^*]{0,40}\*\*\s*|\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}\s+)?)?")
_INTRO_NOUNS = lx.SPEECH_NOUNS | frozenset("line lines answer reply response verdict advice view message plea appeal "
                                           "argument point joke question caveat rejoinder".split())
# ("welcomed the news with a caveat:" is its subject's words; "the bill includes a caveat:" no one's: of these, only a
# person the sentence is about speaks, never the one of the sentence before.)
_ONLY_OF_THE_SENTENCE = frozenset({"caveat", "rejoinder"})
# (A clause joined on, with a subject of its own: "…, but the bill includes a caveat:", "…, but Mahlangu rejected …".)
# (Or right after a quotation, whose comma is inside it: '"the point of the piece," and Okonkwo-Fraser agreed'.)
_JOINERS = r"but|and|while|whereas|though|although|yet"
_CLAUSE_JOINED = regexes.compile(r"(?:[,;]|(?<=\u2588))\s+(%s)\s+" % _JOINERS)
_SAYS_NEXT = regexes.compile(r"\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells|agreed|agrees|added|insisted|argued|disagreed|"
                             r"described|called|replied|warned|countered)\b")
_ROLE_OPENS_CLAUSE = regexes.compile(r"(?:her|his|their|the)\s+(?:[a-z][\w\-]*\s+)?([a-z][\w\-]*)\s+(?=[A-Z])")
_CLAUSE_JOINED_OR_BEFORE = regexes.compile(r"(?:[,;]|(?<=\u2588))\s+(%s|before)\s+" % _JOINERS)
_TRADE_OPENS_CLAUSE = regexes.compile(r"([a-z][\w\-]*)\s+(?=[A-Z])")  # ("before goalkeeper Rory Sheehan")
# A sentence opening on two or three capitalized words and a verb: a name, if it is no one the article knows.
# ("But Hungary's Viktor Orban disagreed.": a connective and an owner may come first.)
_NAME_SUBJECT = regexes.compile(r"\s*(?:(?:But|And|Yet|Meanwhile|However|Still),?\s+)?(?:[A-Z][a-z]+['’]s\s+)?"
                                r"([A-Z][a-z]+(?:\s+[A-Z][a-z’'\-]+){1,2})(?:,[^,.;:!?\"“”]{1,60},)?\s+(?:was|is|has|had|were|did|does|would|will|"
                                r"could|[a-z]+ed|spoke|said|told|went|came|took|gave|left|made|wrote|sat|stood|ran|got|felt|saw|knew|"
                                r"thought|began|won|lost|kept|shook|stepped)\b")  # (irregular past tenses too: "Ann Lee spoke first.")
_INVERTED_SUBJECT = regexes.compile(r"\s*(?:So|Neither|Nor)\s+(?:was|were|did|is|are|does|had|has)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z’'\-]+){0,2})\b")
# "In a note to clients, ", "On Monday, ": a phrase set off by a comma before the sentence's subject.
# ("In Killybegs, where the case has been closely followed, …": the place's own clause with it.)
_OPENING_PREPOSITION = r"(?:In|At|On|After|During|Later|Earlier)\b[^,.;\u2588]{0,50},\s*(?:(?:where|when)\b[^,.;\u2588]{0,80},\s*)?"
_OPENING_PHRASE = regexes.compile(r"\s*" + _OPENING_PREPOSITION)
# (Or the town they are from: "Declan from Mullingar, a retired Army sergeant, said".)
_AGE_THEN_ROLE = regexes.compile(r"(?:\s*\(\d{1,3}\)|\s+from\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)?\s*,"
                                 r"(?:\s*(?:aged\s+)?\d{1,3}\s*,)?\s*")
_PARTICIPLE_THEN_VERB = regexes.compile(r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                                        r"yesterday|today|last\s+(?:week|month|year)|this\s+(?:week|month|year)|earlier))?"
                                        r"\s+(?:was|were|are|had|have)\b")
# (A noun in small letters, not a name nor a pronoun: "which Nwosu acknowledged was "…"" is her verb.)
_NOUN_RIGHT_BEFORE = regexes.compile(r"\b(?!(?:he|she|they|we|it|who|which|that|i|you)\b)[a-z][a-z\-]*\s+$")
_ONE_ALONE = regexes.compile(r"\s*One,\s+(?!(?:he|she|they|I|we)\s)")  # "One, mending a net, shrugged": one of those just named
_AND_UNNAMED_COLON = regexes.compile(r",\s+(?:and\s+(?:his|her|their|a|an|one|another)\s+(?:[a-z\-]+\s+){0,2}?(?:%(nouns)s)\b"
                                     # (Unnamed: not "as his colleague Mohammed Irfan added:".)
                                     r"(?!,?\s+[A-ZÀ-Þ])[^\u2588\"“”:]{0,120}?|"
                                     # (Or after "as" or "while", what they did with no comma before it: "…, as a
                                     # passenger leaned in the window and asked:" — not "Ruth Byrne, as a mother
                                     # herself, said:", an aside on the one named.)
                                     # (Nor one whose he or she then speaks: ", as a woman in the crowd shouted
                                     # something and she repeated:".)
                                     r"(?:as|while)\s+(?:his|her|their|a|an|one|another)\s+(?:[a-z\-]+\s+){0,2}?(?:%(nouns)s)\b"
                                     r"(?!,?\s+[A-ZÀ-Þ])(?:(?!\b(?:he|she|they)\b)[^\u2588\"“”:,]){0,120}?)"
                                     # (Their own verb of speaking or cutting in before the colon: not "…, and his wife
                                     # now works two shifts: "I feel useless …"", the first one's words about her.)
                                     r"\b(?:[a-z]+ed(?:\s+(?:in|up|out))?|said|says|cut\s+in|put\s+in|"
                                     r"broke\s+in|spoke\s+up|told\s+(?:me|us|him|her|them|reporters))\s*:[\s\u2588\"“”]*$"
                                     % {"nouns": lx.alternation(lx.PERSON_NOUNS | set(KIN_NOUNS))})
# Someone unnamed and their speech verb right before a quote: "when a heckler shouted ".
_UNNAMED_SPEAKS_RIGHT_BEFORE = regexes.compile(r"\b(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\s+(?:[a-z\-]+\s+){0,2}?(?:%s)\s+"
                                               r"(?:shouted|yelled|called\s+out|cried|heckled|asked|said|added|replied|"
                                               r"interjected|chanted|screamed|muttered|whispered)\s*[,:]?[\s\u2588\"“”]*$"
                                               % lx.alternation(lx.PERSON_NOUNS))
_CONJUNCTION_OPENS = regexes.compile(r"\s*(?:But|And|Yet|Meanwhile|However|Still),?\s+")
# ("said such claims were "simply wrong"": a speech word after a determiner is a noun, no verb with a subject.)
_NOUN_AFTER_DETERMINER = regexes.compile(r"\b(?:such|these|those|the|its|their|his|her|our|any|many)\s+$")
# (A plural after a word of quantity is a noun too — "all calls in the final five minutes would be reviewed "…"" — but
# not a verb after it: "the ministers all said".)
def _another_named_by(head: str, name: str, before: str) -> bool:
    """Whether `before` (the paragraph up to the quote) names a body by the head word itself, capitalized, that `name` (a
    body of its family, named further back) does not have: "Britain's Ministry of Defence says …" ¶ "The Department of
    Foreign Affairs and Trade has issued a statement. "…," the department said" is the department's."""
    if head in name.lower().split():
        return False
    word = head.capitalize()
    for m in re.finditer(r"\b%s\b" % re.escape(word), before):
        # (A proper name — "Department of …", "Department for …", "the Justice Department" — not the word opening a
        # sentence before a noun, "Department figures show", "Airline bosses"; and one that speaks or puts out a
        # statement, not "The Department for Work and Pensions has not commented".)
        proper = re.match(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]", before[m.end():]) \
            or re.search(r"(?<!\bThe )(?<!\bthe )\b(?!The\b|A\b|An\b)[A-Z][\w'’\-]*\s+$", before[:m.start()])
        if proper and _PUTS_OUT_WORDS.match(before, m.end()):
            return True
    return False


_PUTS_OUT_WORDS = regexes.compile(r"[^.;!?]{0,120}?\b(?:said|says|issued|released|announced|responded|confirmed|published|"
                                  r"posted|told|added|stated)\b")


_PLURAL_AFTER_QUANTITY = regexes.compile(r"\b(?:all|some|both|most|no|few)\s+$")
# "staff would be offered posts and that "…"", "would get posts": a plural noun, the object of the verb before it,
# not a speech verb ("posts", "reports", "notes"); a subject's verb follows a noun or a name, not a participle.
_VERB_BEFORE_OBJECT = regexes.compile(r"\b(?:[a-z]+ed|given|taken|get|gets|got|getting|give|gives|gave|hold|holds|held|keep|"
                                      r"kept|lose|lost|fill|fills|cut|new|more|fewer|several|two|three|four|five|\d+)\s+$")
# ("could submit claims through the bank": a verb's object after a modal's verb; not "Its head of pay says …".)
_MODAL_VERB_BEFORE_OBJECT = regexes.compile(r"\b(?:could|can|will|would|may|must|should|to)\s+(?:submit|lodge|file|make|"
                                            r"process|settle|pay|reject|investigate)\s+$")
# "said in a statement posted on Telegram that …": a participle saying where a text went, after its noun (no verb of
# a subject of its own).
# "Paterson says changes to the scheme announced in February have "slowed everything down"": a participle after a
# thing's noun, then when (a reduced relative clause) — no verb of the quote's, when a speech verb stands before it.
_THING_BEFORE = regexes.compile(r"\b(?:the|a|an|its|their|his|her|to|of)\s+(?:[\w\-]+\s+){0,5}([a-z]{3,})\s+$")
_WHEN_AFTER = regexes.compile(r"\s+(?:in|on|last|earlier|this|by)\s+(?:[A-Z][a-z]+|\d|the\s|last\s|week|month|year)")


def _thing_done_then(masked: str, clause_start: int, verb, quote_at: int) -> bool:
    thing = _THING_BEFORE.search(masked, max(clause_start, verb.start() - 60), verb.start())
    if not thing or not _WHEN_AFTER.match(masked, verb.end()):
        return False
    # (The clause's own verb after it, before the quote: "… announced in February have "…"". Not "the report concluded
    # in March that …", "the crowd chanted on Saturday "…"": a verb of its own subject.)
    if not _FINITE_AFTER.search(masked, verb.end(), quote_at) or _THAT.search(masked, verb.end(), quote_at):
        return False
    noun = thing.group(1)
    if noun in lx.ORG_HEADS or noun.rstrip("s") in lx.PERSON_NOUNS or noun in lx.PERSON_NOUNS or noun in _AUX_WORDS:
        return False  # ("the ministry announced on Monday": the body's own verb)
    return any(v.end() <= thing.start() and v.group(0)[0].islower() for v in _VERB.finditer(masked, clause_start, thing.start()))


_FINITE_AFTER = regexes.compile(r"\b(?:have|has|had|is|are|was|were|will|would|could|may|might)\b")
_THAT = regexes.compile(r"\bthat\b")


_TEXT_NOUN_BEFORE = regexes.compile(r"\b(?:a|an|its|his|her|their)\s+(?:[a-z]+\s+)?(?:statement|message|post|video|letter|note|"
                                    r"release|notice|update)\s+$")
_WHERE_AFTER = regexes.compile(r"\s+(?:on|in|to|via|online|at|by)\b")  # ("posted on Telegram", "published online")
_DETERMINED = regexes.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that)|['’]s)\s+$")
_ROLE_SUBJECT = regexes.compile(r"\s*(?:" + _OPENING_PREPOSITION + r")?[Tt]he\s+"
                                r"((?:[a-z][\w\-]*\s+){0,2}(?:%s))\s+(?:also\s+|later\s+|then\s+)?[a-z]+(?:ed|s)\b"
                                % lx.alternation(lx.ROLE_NOUNS))
# ("Dementyev repeated on Thursday that …": "repeated" speaks with a that-clause after it, not in "repeated complaints".)
_PARTICIPLES = lx.alternation(lx.SPEECH_PARTICIPLES)
_SAID_OR_ARGUING = regexes.compile(_VERB.pattern + "|(?<=, )" + _PARTICIPLES + r"\b"
                                   # (Only a time or a place between: not "repeated the mistake that had cost".)
                                   r"|\brepeat(?:ed|s)\b(?=(?:\s+(?:on|in|at|during|last|this|again|publicly|yesterday|today|"
                                   r"earlier|later|week|month|night|morning|evening|[A-Z][a-z]+|\d{1,2}),?)*\s+that\s)")
_PARTICIPLE = regexes.compile(r"\b(?:" + _PARTICIPLES + r")\b")
# ", with Coutinho accusing …": an absolute phrase opening on "with" after a comma, then its name (not "met with
# Halloran urging him", the object of "met"); its second name after "and" ("… and Halloran insisting").
_WITH_NAME_OPENS = regexes.compile(r",\s+with\s+(?:[A-Z][\w'’\-]+\s+){1,3}$")
_AND_NAME_OPENS = regexes.compile(r"\band\s+(?:[A-Z][\w'’\-]+\s+){1,3}$")
_WITH_NAME_DOING = regexes.compile(r",\s+with\s+(?:[A-Z][\w'’\-]+\s+){1,3}[a-z]+ing\b")


def _absolute_participle(masked: str, clause_start: int, at: int) -> bool:
    """Whether the participle at `at` opens on the name before it, in an absolute phrase (see _WITH_NAME_OPENS)."""
    if _WITH_NAME_OPENS.search(masked, max(clause_start, at - 60), at):
        return True
    return _AND_NAME_OPENS.search(masked, max(clause_start, at - 60), at) is not None \
        and _WITH_NAME_DOING.search(masked, max(clause_start, at - 240), at) is not None
# Between "was told" and the words: when, by whom, then "to" ("each time by a shift supervisor to ""). ("Told that "…""
# is the unnamed teller's words: see told_it.)
_TOLD_BY_TO = regexes.compile(r"(?:\s+(?:each|every|several|many|more|than|once|twice|again|time|times|\w+ly))*"
                              r"(?:\s+by\s+[^\"“‘\u2588.;:!?]{1,80}?)?\s+to\s*[\"“‘']?\s*")
_PASSIVE_BEFORE_VERB = regexes.compile(r"\b(?:was|were|is|are|been|being|be)\s+$")
# What a body issues, that its words may be quoted from: a report, and a warning or a forecast.
_PLACE_AFTER_BODY = regexes.compile(r"\s+(?:in|at)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?$")
_IN_A_PLACE = regexes.compile(r"\s+(?:in|at)\s+[A-Z]")
_SEATED_HEADS = frozenset("""embassy embassies consulate consulates mission missions delegation office offices bureau
representation legation court courts tribunal branch""".split())
# (Not one who speaks for someone, "A spokesperson representing Thames Water said", "a lawyer acting for Acme": theirs.)
_NOT_DOING = r"(?!(?:during|according|including|regarding|concerning|following|representing|speaking|acting|working|writing)\b)"
_PEOPLE_WHO_OPEN = regexes.compile(r"\s*(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Tt]wo|[Tt]hree|[Aa]|[Aa]n)\s+)?([A-Za-z]+)\s+"
                                  r"(?:(?:who|that)\s+(?:had\s+|have\s+|has\s+)?[a-z]+\b|" + _NOT_DOING + r"[a-z]{3,}ing\b)")
_PEOPLE_WORDS = (lx.PERSON_PLURALS | lx.PERSON_NOUNS | frozenset({"police"})) - {"spokesperson", "spokesman", "spokeswoman"}
_DOING_AFTER = regexes.compile(r"\s+" + _NOT_DOING + r"[a-z]{3,}ing\b")
_HIS_REPLY_WAS = regexes.compile(r"(His|Her)\s+(reply|answer|response|retort|message|verdict|explanation)\s+"
                                 r"(?:was|is|came\s+back|had\s+been)\b(?:\s+that\b|:)?")
_PUT_A_QUESTION = regexes.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:asked|pressed|questioned|challenged)\b")
_UNNAMED_DETERMINER = regexes.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")
_AND_THEN = regexes.compile(r",\s+and\s+(?=\S[^,]*$)")
_GIVEN_NAME_LEADS_IN = regexes.compile(r"\s*([A-Z][a-z]+)\s+[a-z][^.!?\u2588]{0,80}:\s*$")
# "quoted the Kremlin as saying", "quoted Mr Peskov as saying that": the name between them is the one quoted.
_QUOTED_AS_SAYING = regexes.compile(r"(\s+as\s+saying\b)[^.;!?]*$")
_QUOTED_BEFORE = regexes.compile(r"\bquot(?:ed|es|ing)\s+(?:the\s+)?$")
_SAID_RIGHT_BEFORE = regexes.compile(r"\b(?:said|says)\s+(?:that\s+)?$")
# (Not in a clause someone's report is set into: "a neighbour who she said claimed the land", "a report which he said
# warned of …": the verb after it is the clause's own.)
_REPORT_SET_IN = regexes.compile(r"\b(?:who|whom|which|that|what)\s+(?:he|she|they|it|[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)\s+"
                                 r"(?:said|says)\s+$")
# ", of the campaign group Leeds Cycle Alliance,": a body someone belongs to, set off after their name.
_TRADE_BEFORE_NAME = regexes.compile(r"[\s\u2588]*[A-Z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,2}\s+")  # ("Mortgage adviser ")
_OF_BODY_SET_OFF = regexes.compile(r",\s+of\s+[^,;:\u2588\"“”]{2,120},\s*$")
_SET_OFF_OF_BEFORE = regexes.compile(r"[A-Za-z’'\-]+,\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.\-]*\s+(?:&\s+|and\s+)?){0,4}$")
# "It reads in full:", "It read:": a text's words, not a body speaking.
_IT_READS = regexes.compile(r"\s+(?:reads|read)\b(?:\s+(?:in\s+(?:full|part)|as\s+follows))?\s*[:,]?\s*(?:$|[\u2588\"“])")
# "Here it is in full:", "Here is the statement, in part:": the text the sentence before tells of, set out below.
# "Here it is in full:", "Here is the statement, in part:", "Here's the key passage:": the text the sentence before tells
# of, set out below.
# ("The key line:", "Its main passage:": the part of it set out below.)
# (Only the text itself or a part of it: not "Here's how his brother replied:", "Here is the council's response:",
# someone else's words.)
_TEXT_PART = (r"(?:(?:key|main|relevant|crucial|central|full|opening|closing)\s+)?(?:line|lines|passage|paragraph|part|"
              r"section|sentence|statement|text|letter|message|post|readout|transcript|extract)")
# A sentence opening on someone's kin: "Tipoki's grandmother, …, had the last word."
_OWNED_KIN_OPENS = regexes.compile(r"(?:^|(?<=[.!?\u2588]\s))[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?['’]s\s+(?:[a-z\-]+\s+)?(%s)\b"
                                   % "|".join(sorted(KIN_GENDER)))
_OTHER_NAME_IN = regexes.compile(r"(?<![.!?\u2588]\s)\b[A-Z][\w'’\-]+")  # (a capital past the sentence's first word)
# Someone's asking, right after their name: "Paul Murphy asked Micheál Martin whether …", "Byrne, the host, then pressed
# the minister on …".
_ASKS_AFTER = regexes.compile(r"(?:,[^,.;:!?\u2588]{1,60},)?\s+(?:also\s+|then\s+|later\s+|again\s+)?"
                              r"(?:asked|pressed|questioned|quizzed|challenged)\s+(?!(?:him|her|them)self\b)")
# One clause of the sentence's own subject, then ", but"/", and"/"; " and the "it" that goes on with it, past a few
# words of when or where at most ("…, but in a statement last month it described").
_CLAUSE_JOINER = regexes.compile(r"[,;]\s+(?:but|and|though|although|yet)\b")
_THEN_IT = regexes.compile(r"\s+(?:(?:in|on|at|last|earlier|later|then|since|after|before|when)\b[^,.;:!?\u2588\"“”]{0,50}?,?\s+)?it")


def _goes_on_as_it(sentence: str) -> bool:
    """Whether a sentence ending on "it" goes on, with "it", from the one clause before it — no other subject between
    ("…, but the embassy has posted a rebuttal, and it calls …"), no passive's agent in that clause ("was criticised by
    the agency last year, and in that report it said")."""
    joiners = list(_CLAUSE_JOINER.finditer(sentence))
    return len(joiners) == 1 and _THEN_IT.fullmatch(sentence, joiners[0].end()) is not None \
        and not re.search(r"\bby\b", sentence[:joiners[0].start()])
_REPLIED = regexes.compile(r"\s*(?:replied|replies|answered|answers|responded|responds|retorted|retorts|shot\s+back)\b")
_HERE_IT_IS = regexes.compile(r"\s*(?:Here(?:\s+it\s+is|(?:\s+is|['’]s)\s+(?:the|its|his|her|their)\s+" + _TEXT_PART + r")|"
                              r"(?:The|Its|Their|His|Her)\s+(?:key|main|relevant|crucial|central)\s+(?:line|lines|passage|"
                              r"paragraph|part|section|sentence))(?:,?\s+in\s+(?:full|part))?\s*[:,]?\s*$")
_POSTED_TEXT = regexes.compile(r"\b(?:posted|issued|released|published|put\s+out|shared|sent|wrote|signed|tweeted|"
                               # (Not one handed a text, "was given a letter by her landlord": its reader.)
                               r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)given|gave|delivered|finished|made)\s+"
                               r"(?:a|an|the|his|her|their|its)\s+(?:[\w\-]+\s+){0,3}?(?:message|statement|post|letter|"
                               r"note|tweet|video|declaration|communiqu[ée]|update|text|reply|response)\b")
_ISSUED_DOCUMENTS = DOCUMENTS | {"warning", "forecast", "guidance", "advisory", "bulletin", "paper"}
# "The Met Office's red warning", "the IEA's latest report": a document and whose it is.
_OWNERS_DOCUMENT = regexes.compile(r"(?:\b[Tt]he\s+)?\b(?P<name>(?!The\b)(?:(?:[A-Z]\.){2,}|[A-Z][\w&\-]*)"
                                   r"(?:\s+(?:of\s+|for\s+)?(?!The\b)(?:(?:[A-Z]\.){2,}|[A-Z][\w&\-]*)){0,4})['’]s\s+"
                                   r"(?:[a-z\-]+\s+){0,2}(?:%s)\b" % "|".join(sorted(_ISSUED_DOCUMENTS)))
_ITS_DOCUMENT = regexes.compile(r"\bits\s+(?:[a-z\-]+\s+){0,3}(?:%s)\b[^.!?]*[.!?]\s*$" % "|".join(sorted(_ISSUED_DOCUMENTS)))
_DESCRIBED_AFTER_NAME = regexes.compile(r"(?:,\s*\d{1,3})?,\s*(?:an?|the)\s+(?:[a-z\-]+\s+){0,3}?[a-z\-]+"
                                        r"(?=\s*,|\s+(?:who|whose|from|at|of|in|with)\b)")
# People a text brings in without naming them: "a crowd gathered", "one resident", "several officials".
_UNNAMED_PEOPLE = regexes.compile(r"\b(?:[Aa]n?|[Oo]ne|[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Aa]nother)\s+(?:[a-z\-]+\s+)?(?:%s)\b" % "|".join(
    sorted(lx.ANONYMOUS_HEADS | set("""crowd group protesters demonstrators neighbour neighbours neighbor neighbors fan fans
    worker workers passenger passengers shopper shoppers woman women man men parent parents mother mothers father
    fathers local locals onlookers volunteer volunteers customer customers nurse nurses teacher teachers student
    students""".split()))))
# Someone's unnamed kin or companion opening a sentence, "Her companion nodded." (not "His wife, Mary, said"): whom a he
# or she after it may mean.
# (Its gender, where kin has one: "Tom Reed watched. His wife nodded. "…," he said" is his. Only one reacting as one who
# then speaks: "Her companion nodded.", not "Her partner was away.", "Her grandmother was a seamstress.")
_REACTS_AFTER = regexes.compile(r"\s+(?:nodded|shrugged|laughed|smiled|sighed|agreed|interjected|chimed in|cut in|nods|"
                                r"shrugs|laughs|smiles|sighs|agrees)\b")
_UNNAMED_KIN_OPENS = regexes.compile(r"(?:^|(?<=[.!?\u2588\"”]\s))(?:Her|His|Their)\s+(%s|companion|friend|partner|"
                                     r"neighbour|neighbor|colleague)\b(?!,)" % "|".join(sorted(KIN_GENDER)))
_DECLINED = regexes.compile(r"\b(?:did not|didn't|declined to|refused to|would not|could not be reached to)\s+comment\b|"
                            r"\bcould not be reached\b|\bwas not available\b")
_PLACE_AFTER = regexes.compile(r"\s+([A-Z][a-z]+)\b(?!['’])")
# "A bit more from Doyle on the steps:", "**7.09pm** More from the minister:": someone's further words on a live page.
_MORE_FROM = regexes.compile(r"\s*(?:\**\d{1,2}[:.]\d{2}[^*A-Za-z]{0,3}(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\**\s*)?"
                             r"(?:(?:A\s+(?:bit|little)|Some|And|Here(?:['’]s|\s+is)(?:\s+(?:a\s+(?:bit|little)|some))?)\s+)?"
                             r"(?:[Mm]ore)\s+from\s+(?P<who>[^:;,\u2588]{2,60}?)"
                             # (Where they said it, in a few words of no one else: not "in Brussels, where Kallas was
                             # blunt:", "in a moment, but first, Kallas:", "on the question everyone is asking:".)
                             r"(?:\s+(?:on|at|in|outside)\s+(?!(?:a\s+moment|the\s+question)\b)(?:[\w'’\-]+\s+){0,4}?[\w'’\-]+)?"
                             r"\s*:\s*")
_TITLES_ONLY = regexes.compile(r"(?:the\s+)?(?:[A-Z][\w'’.\-]*\s+){0,4}")
# A few words of how, to oneself, then a colon: "Then, almost to himself:".
_TO_ONESELF = regexes.compile(r"\s*(?:[A-Za-z]+,?\s+){0,3}to\s+(him|her)self\s*:\s*")
_COLON_WORDS = 4  # "put it bluntly", "was blunt", "summed it up": how someone spoke, not what they did
# Words given in the past tense, as news gives them, and in the present, as features do (see _present_tense_piece).
_PAST_SPEECH = regexes.compile(r"\b(?:said|told|added)\b")
_PRESENT_SPEECH = regexes.compile(r"\b(?:says|tells|adds)\b")
# (With no article too: "Petra Sommer, district secretary of the IG Metall union, was more measured:".)
_APPOSED_ROLE = regexes.compile(r"(?:,\s*\d{1,3})?,\s*(?:(?:an?|the)\s+|(?=[a-z]))[^,;:\u2588\"“”]{2,100},")
# (Past a clause of when that opens the sentence: "As the hall empties, she stacks the chairs and sums it up:".)
_PRONOUN_OPENS = regexes.compile(r"\s*(?:(?:As|When|While|After|Before|Later|Then)\s[^,;:\u2588]{1,60},\s*)?(He|She|he|she)\b")
# Longer: a word of how or to whom someone spoke, whatever stands around it ("was blunt when she addressed the
# chamber", "put it plainly to reporters in Geneva"); not words that bring in someone else's ("quoted", "read out").
_COLON_SPOKE_WORDS = 18
_SPOKE_HOW = regexes.compile(r"\b(?:blunt(?:ly)?|plain(?:ly)?|clear(?:ly)?|direct(?:ly)?|frank(?:ly)?|candid(?:ly)?|brief(?:ly)?|"
                             r"emphatic(?:ally)?|adamant|defiant(?:ly)?|succinct(?:ly)?|unequivocal(?:ly)?|categorical(?:ly)?|"
                             r"put\s+it|puts\s+it|summed\s+(?:it\s+)?up|sums\s+(?:it\s+)?up|addressed|addressing|told|telling|speaking|"
                             # (a reader's words sent in to a live page: "Reader Mary Feeney has sent us this from Galway:")
                             r"spoke|wrote|writing|sent\s+(?:us|in|me)\s+(?:this|these)|"
                             # ("has one rule for visitors", "had a simple message for the council": words of theirs
                             # the colon brings in)
                             r"(?:has|had|have|offers|offered|gives|gave)\s+(?:a|an|one|some|this|her|his|their)\s+(?:[a-z]+\s+){0,2}"
                             r"(?:rule|message|advice|warning|plea|request|answer|reply|verdict|prediction|mantra|motto)s?\b|"
                             # ("struck a more cautious note", "sounded a warning", "took a harder line")
                             r"(?:struck|strikes|sounded|sounds|took|takes)\s+an?\s+(?:[a-z]+\s+){0,2}(?:note|tone|line|warning)|"
                             # ("was more measured but just as wary", "is less diplomatic", "was far less sanguine")
                             r"(?:was|is|were|are|more|less|as)\s+(?:[a-z]+\s+)?(?:measured|wary|cautious|guarded|diplomatic|"
                             r"sceptical|skeptical|optimistic|upbeat|gloomy|gloomier|scathing|dismissive|convinced|sanguine|"
                             r"circumspect|forthcoming|restrained|conciliatory|combative|defensive))\b")
_OTHERS_WORDS = regexes.compile(r"\b(?:quot\w*|cit(?:ed|ing)|read\s+out|reading\s+out|recalled|recalling|remembered|"
                                r"from|by|of\s+(?:a|an|the|his|her)\s+\w*\s*(?:letter|message|note|statement))\b")
# `Kallas, at the closing press conference:`, `Zelensky, in his nightly video address:`: where someone spoke, set off
# after their name with no verb, then a colon (a live blog's or a round-up's way to give words).
_WHERE_SPOKEN = regexes.compile(r",\s*(?:at|in|on|during|after|before|speaking\s+(?:at|in|on|to))\s+(?:(?:a|an|the|his|her|their|its)\s+)?"
                                r"(?!(?:\w+\s+){0,8}?(?:is|was|were|are|has|had|have|said|says|told)\b)(?:[\w’'\-]+\s+){0,8}[\w’'\-]+\s*:\s*")
# "Back on Salisbury Plain, the light is going and ": a scene set in a clause of its own, then another's subject.
_SCENE_THEN_AND = regexes.compile(r"\s*(?:(?:Back|Meanwhile|%s)\b[^,;:\"“”]{0,40},\s*)?(?:the|a|an)\s+[a-z]+\s+(?:is|was|has)\s+"
                                  r"[a-z]+(?:\s+[a-z]+)?,?\s+and\s+" % "|".join(sorted(lx.OPENING_WORDS)))
# "Back on the quay, Buchan's crew are stowing …": a few words setting the scene, then the sentence opens as it would
# without them (its he/she later is still about the possessive's person).
_SCENE_OPENER = regexes.compile(r"\s*(?:Meanwhile|%s)\b[^,;:\"“”A-Z]{0,40},\s*" % "|".join(sorted(lx.OPENING_WORDS)))
# "Asked whether/if/about …," opening a sentence (after a live blog's time): the question, up to its comma.
# (Also "Asked by the committee chair, Lachlan Moore, whether …,": the asker and his name set off, then the question.)
_ASKED_OPENER = regexes.compile(r"\s*(?:\**\d{1,2}[:.h]\d{2}\**\s*[—–-]?\s*)?(?:"
                                # ("When Malhotra pressed him on whether …, the minister laughed": the asker is no
                                # subject either.)
                                r"When\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\s+(?:pressed|asked|questioned|challenged|"
                                r"quizzed|pushed)\s+(?:him|her)\b[^,;:\u2588]{0,160},|"
                                r"(?:When\s+|After\s+being\s+)?[Aa]sked\s+"
                                r"(?:by\s+[^,;:]{1,60},\s*[^,;:]{1,60},\s*(?=(?:whether|if|about|how|why|what|when|where|who)\b)|"
                                r"(?:whether|if|about|how|why|what|when|where|who|by)\b)[^,;:]{0,160},"
                                # (With a clause on the question's own words: "Asked about the deciding leg, in which
                                # Visscher had been left waiting on 40, he said:" — Visscher is no one answering.)
                                r"(?:\s*(?:in\s+which|during\s+which|at\s+which|where|when|which|who|whose)\b[^,;:]{1,120},)?)")
# "The reply was carefully worded:", "His answer came quickly:", "The response:": an answer announced.
_THE_REPLY = regexes.compile(r"\s*(?:The|His|Her|Their)\s+(?:reply|answer|response)\b[^.!?:\u2588]{0,60}:\s*$")
# A sentence opening on someone's writing: "A statement from paramedic", "The letter by".
_WRITTEN_BY_OPENER = regexes.compile(r"\s*(?:An?|The)\s+(?:[a-z\-]+\s+)?(?:statement|letter|note|message|post|submission)\s+"
                                     r"(?:from|by)\s+(?:(?:the|a|an)\s+)?(?:[a-z\-]+\s+){0,3}")
# Who the sentence's words came from: "The sharpest criticism came from", "Support came from the former minister".
# "The difficulty, according to Dr Helen Marchbank, …, is that …": whose view the sentence gives, set off after its
# opening words.
_ACCORDING_TO_ASIDE = regexes.compile(r"\s*(?:[A-Z][a-z]+\s+){1,3}?(?:[a-z\-]+\s+){0,3}?(?:[a-z\-]+),\s+according\s+to\s+")
_CAME_FROM_OPENER = regexes.compile(r"\s*(?:(?:[A-Z][a-z\-]*|[a-z\-]+)\s+){0,3}?(?i:criticism|support|warning|response|reaction|praise|"
                                    r"call|objection|rebuke|attack|challenge|question|plea|words|comments?|remarks?|defen[cs]e|"
                                    r"backing|opposition|pushback|condemnation|appeal|demand|reply|answer|protest|complaint)"
                                    r"\s+(?:[a-z\-]+\s+){0,3}(?:came|comes)\s+from\s+"
                                    r"(?:(?:the|a|an)\s+)?(?:[a-z][\w\-]*\s+){0,3}")
# "Lennie's comments drew a sharp response from Fyfe": whom the sentence's words came from, the answer's (not the one
# whose comments they answered).
_DREW_FROM_OPENER = regexes.compile(r"\s*(?:[A-Z][\w\-]*['’]s\s+)?(?:[a-z\-]+\s+){0,3}?(?:comments?|remarks?|words|claims?|"
                                    r"statement|proposal|plan|speech|announcement|decision|offer)\s+(?:[a-z\-]+\s+){0,2}?"
                                    r"(?:drew|prompted|provoked|brought)\s+(?:a|an)\s+(?:[a-z\-]+\s+){0,2}(?:response|reply|"
                                    r"rebuke|retort|rebuttal)\s+from\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w\-]*\s+){0,3}")
# "… went to silversmith Nuala Begley", "… was awarded to the Ventry jeweller": who received something.
_RECIPIENT_BEFORE = regexes.compile(r"\b(?:went|goes|has\s+gone|was\s+(?:awarded|given|presented))\s+to\s+(?:(?:the|a|an)\s+)?"
                                    r"(?:[a-z][\w\-]*\s+){0,3}$")
# A passive's agent: "was headed by", "were led by", "is chaired by".
_PASSIVE_AGENT = regexes.compile(r"(?:\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+|again\s+|also\s+)?|,\s+)"
                                 r"(?:\w+ed|led|held|run|won|made|written|chosen|given|read)(?:\s+(?:out|up))?\s+by\s+"
                                 # (", delivered by spokesman Dmitry Peskov": a reduced passive, and the agent's role before the name)
                                 r"(?:(?:the|its|his|her|their)\s+)?(?:[a-z][\w\-]*\s+){0,2}$")
# After a speech verb, a reported clause: "said (that) Steve Witkoff would lead", "told reporters the call had".
_REPORTED_AFTER = regexes.compile(r"\s+(?:that\s+)?(?:[a-z]+\s+){0,2}?[A-Z]")
_NO_COMMENT = regexes.compile(r"\b(?:did\s+not|didn['’]t|declined\s+to|refused\s+to|could\s+not\s+be\s+reached\s+for|was\s+not\s+"
                              r"available\s+(?:for|to)|did\s+not\s+immediately)\s+(?:comment|respond|reply|speak|answer)")
# A comma and a conjunction that opens a clause of its own: "…, before Haller flew home".
_NEXT_CLAUSE_OPENS = regexes.compile(r",\s+(?:before|after|when|as|while|until|because|once|since)\b")
# The writer puts a question, then a he/she reacts: "When I ask whether …, she laughs" (see _profile_subject).
_WHEN_I_ASK = regexes.compile(r"\s*(?:When|Whenever|As|After|If)\s+(?:I|we)\s+(?:ask|asked|press|pressed|put|mention|mentioned|"
                              r"suggest|suggested|raise|raised|bring\s+up|brought\s+up)\b[^.;:!?\u2588]{0,160}?,\s*(he|she)\b")
# The one a question is put to: "to ask Rhys Evans whether …", "asked the minister if …".
_ASK_BEFORE = regexes.compile(r"\b(?:ask|asks|asked|asking)\s+$")
# The one a question was put to, or about: "asked whether Lansdowne had", "pressed Ms Ruiz on", "challenged Okafor".
_ASKED_BEFORE = regexes.compile(r"\b(?:ask|asks|asked|asking|press|pressed|pressing|challenged|challenging|questioned|questioning)"
                                r"\s+(?:(?:whether|if)\s+)?$")
# A he/she's verb that answers the words before: the one asked replies.
_REPLY_VERB = regexes.compile(r"\s*(?:replied|replies|answered|answers|responded|responds|retorted|retorts|countered|counters|"
                              r"shot\s+back|hit\s+back)\b")
# A quotation opening on whom it addresses: `"Mrs Molefe, you signed this page, did you not?`.
_ADDRESSED = regexes.compile(r"\s*[\"“](?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor)\.?\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?),\s")
# A paragraph that only puts a question to a him or her: "Lindqvist asked him what that contribution might look like."
_ASKS_HIM_OR_HER = regexes.compile(r"\s*(?:[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}|[Tt]he\s+[a-z]+)\s+(?:then\s+|also\s+|later\s+)?"
                                   r"(?:(?:asked|pressed)\s+(?P<pronoun>him|her)\s+(?:what|whether|if|how|why|when|where|who|about|on)|"
                                   r"put\s+it\s+to\s+(?P<pronoun_to>him|her)\s+that)\b"
                                   r"[^\"“”.!?]*[.?]\s*")
# A paragraph that is a question and its asker: `"So you cannot tell this court …?" Steyn asked.`
_QUESTION_THEN_ASKER = regexes.compile(r"\s*[\"“][^\"“”]+\?[\"”]\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})\s+asked\.\s*")
_QUESTION_AFTER = regexes.compile(r"\s+(?:whether|if|what|how|why|when|where)\b")


def _asked_role_end(masked: str, end: int) -> int:
    """Past the role set off after the name of the one asked: "We asked Dr Tom Ferreira, a sanctions specialist at the
    Australian National University, whether …"."""
    apposed = _APPOSED_ROLE.match(masked, end)
    return apposed.end() if apposed else end
# An interviewer's question about the one interviewed, in reported speech: "asked what he would tell the negotiators".
_ASKS_ABOUT_HIM = regexes.compile(r"\s+asked\s+(?:\w+\s+)?(?:what|whether|if|how|why|when|where)\s+(?:[^.;!?\u2588]{0,60}?\s)?"
                                  r"(?:he|she)\s")
# "declined to comment on the report", "did not answer directly": one thing refused, or answered another way.
_STILL_ANSWERS = regexes.compile(r"\s+(?:on|about|directly)\b")
_SAID_ANOTHER_WAY = regexes.compile(r"\s*(?:In|Through)\s+(?:a|an|his|her|their|written|later|an\s+earlier|the)\s+"
                                    r"(?:[a-z]+\s+){0,2}(?:statement|submissions?|letter|filings?|e-?mail|affidavit|"
                                    r"evidence|lawyer|solicitor|spokesperson|spokesman|spokeswoman|post)\b[^.;:\u2588]{0,60},\s*"
                                    r"(?:he|she)\s")
_ROLE_CLAUSE = regexes.compile(r"[,;\u2588]\s+(?:and|but)\s+the\s+(" + lx.alternation(lx.ROLE_NOUNS) + r")\s+(?:also\s+|then\s+|later\s+)?"
                               + lx.alternation(lx.SPEECH_VERBS) + r"\b")
# A sentence's subject of capitalized words, "The Environment Agency", "Thames Water", before its verb.
# "The Russian embassy in Dublin did not respond": a body named by a capitalized adjective and what it is, then a verb.
# (The fewest words before the verb: "Ukraine's foreign ministry has welcomed" is the ministry's, not "… ministry has".)
_OPENING_BODY = regexes.compile(r"\s*((?:The\s+(?:[A-ZÀ-Þ][\w'’\-]*\s+){1,3}|(?:[A-Z][\w'’\-]*\s+){0,2}[A-Z][\w\-]*['’]s\s+"
                                r"(?:[a-z\-]+\s+){0,2}?)[a-z]+(?:\s+(?:in|of)\s+[A-Z][\w'’\-]*(?:\s[A-Z][\w'’\-]*)?)?)"
                                r"(?=\s+(?:did|does|do|has|had|have|was|is|were|are|would|will|could|[a-z]+ed)\b)")
# A body's capitalized name opening its sentence as the subject of a verb, past a live entry's time and its dash
# ("**6:30 PM IST** — India's Ministry of External Affairs (MEA) has reacted"), its acronym in brackets after it.
_NAMED_BODY_OPENS = regexes.compile(r"\s*(?:\**\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?\**\s*[—–-]?\s*)?"
                                    r"((?:[A-Z][\w\-]*['’]s\s+)?[A-Z][\w\-'’.&]*(?:\s+(?:(?:of|for|and|the|&)\s+)?[A-Z][\w\-'’.&]*){0,5})"
                                    r"(?:\s+\([A-Z]{2,6}\))?\s+(?:has|had|have|was|is|were|are|did|does|[a-z]+ed|struck|took|gave|"
                                    r"made|held|kept|put|set|hit|stood|sent|spoke|wrote|drew|threw)\b")
_BODY_SUBJECT = regexes.compile(r"\s*((?:The\s+)?[A-Z][\w\-'’.&]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w\-'’.&]*){0,5})\s+(?=[a-z])")
# "the Oslo shipbroker Halvorsen & Berg": where the author is from and what it is, before its name.
_KIND_BEFORE_NAME = regexes.compile(r"(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:(?!(?:of|for|and|on|the|in|at|to)\s)[a-z][a-z\-]+\s+){1,2}"
                                    r"(?=[A-Z])")  # (not "the Centre for Eastern …", whose small word is inside the name)
_ISSUED_BY_BODIES = frozenset({"note", "statement", "report", "study", "analysis", "survey", "review", "assessment", "audit"})
_LIVE_STAMP = regexes.compile(r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:[A-Z]{2,4}\s*)?[-–—|]\s+")
# A time said between a subject and its verb: "Lavrentyev on Friday described", "The ministry yesterday said".
_WHEN_BEFORE_VERB = regexes.compile(r"(?<=[A-Za-z),])(?:\s+" + lx.WHEN_BEFORE_VERB + r"|,\s*" + lx.WHEN_BEFORE_VERB + r",)\s*$")
# "A spokesman for the Charity Commission said …", "A Network Rail spokeswoman told …": a sentence whose subject is a
# body's spokesperson (the empty group at the end marks where that subject ends).
_SPOKES_SUBJECT = regexes.compile(r"\s*(?:An?\s+(?:spokesperson|spokesman|spokeswoman)\s+for\s+[^,;\u2588]{2,80}?"
                                  # ("A Transport for NSW spokeswoman": a body's name of small connecting words too.)
                                  r"|An?\s+(?:[A-Z][\w\-'’.&]*\s+(?:(?:for|of|and)\s+(?=[A-Z]))?){1,4}"
                                  r"(?:spokesperson|spokesman|spokeswoman))"
                                  r"(?=\s+(?:%s)\b)()" % lx.alternation(
                                 # (Whatever they did, they are the sentence's subject: "A spokesperson for the
                                 # Commission rejected the suggestion. "…," she said.")
                                 {v for v in lx.SPEECH_VERBS if v.endswith("ed")} | {
                                     "said", "says", "told", "wrote", "denied", "declined", "refused", "defended",
                                     "would", "could", "did"}))
_SPOKES_GENDER = {"spokesman": "m", "spokeswoman": "f"}
_THE_BODYS_GROUP = regexes.compile(r"[\s,\u2588\"”’']*[Tt]he\s+([a-z]+)['’]s\s+(?:%s)\s*" % "|".join(sorted(GROUP_HEADS)))
_THE_SPOKES = regexes.compile(r"[\s,\u2588\"”’']*[Tt]he\s+(?:spokesperson|spokesman|spokeswoman)\s*")
# A document of no one named: "an inspection report published on Wednesday", "a new study", "the audit".
_A_DOCUMENT = regexes.compile(r"(?:an?|the|a\s+new)\s+(?:[a-z\-]+\s+){0,2}?(?:%s)\b" % "|".join(sorted(DOCUMENTS)))
# ", and the trust says": a clause of its own, its subject a body by its head word (see _subject_ending_at).
_AND_THE_BODY_END = regexes.compile(r",\s*(?:and|but)\s+(the\s+([a-z]+))$")
# An analyst's rating of a stock, named in quotation marks ("cut to "hold" from "buy"", "kept its "overweight" rating").
_RATINGS = frozenset({"buy", "sell", "hold", "overweight", "underweight", "equal-weight", "equalweight", "neutral",
                      "outperform", "underperform", "market perform", "sector perform", "accumulate", "reduce",
                      "strong buy", "strong sell"})
_RATING_NEAR = regexes.compile(r"\b(?:ratings?|rated|downgrad\w*|upgrad\w*|recommendation)\b", re.IGNORECASE)
# `"…", according to …` right after the closing mark: the words' source, whatever verb came before them.
_ACCORDING_TO_END = regexes.compile(r"\baccording to\s+$", re.IGNORECASE)
# A role, then the name set beside it: "their manager, Gary Linton", "the club's chief executive, Ann Lee".
_ROLE_THEN_NAME = regexes.compile(r"(?:the|their|his|her|its|our)\s+(?:[\w\-’']+\s+){0,3}?([a-z][\w\-]*),\s+")
_ACCORDING_AFTER = regexes.compile(r"[\"”’'\u2588]*\s*,\s*according to\s+", re.IGNORECASE)
_PARTICIPLE_ASIDE = regexes.compile(r",\s*(?!(?:including|during|according|excluding|notwithstanding|concerning|regarding)\b)"
                                    r"[a-z]{2,}ing\b[^,;\u2588]{0,80}(?:,[^,;\u2588]{1,40})?,$")  # (", speaking beside its chairman, Xu Li,")
# ("The Russian minister was less upbeat.": a nationality or an organization's name may stand before the role.)
# (After a short scene-setting opener too: "Further downstream, a dog walker stops to watch us.")
# (Not a determiner's: "Another traveller, a woman returning from a hen party, was less forgiving" opens on its subject;
# but "One evening, a fisherman …", "Another time, a passenger …" set a time.)
_TIME_WORDS = r"(?:day|morning|afternoon|evening|night|time|hour|week|weekend|month|year|minute|moment|season)"
# ("At a crossing in Lajpat Nagar, a delivery rider …": a place's phrase, opened by a preposition, may name the place; no
# one named after its preposition is the sentence's subject. Only before "a", "one", "another": "At a rally in Leeds, the
# prime minister said" is the one the article named so.)
_SCENE_SET = r"(?:(?!(?:Another|One|An?|The|Her|His|Their)\s+(?!" + _TIME_WORDS + r"\b))[A-Z][a-z]+(?:\s+[a-z]+){0,3},\s+(?=(?:the|an?|one|another)\s)|" \
             r"(?:At|In|On|Outside|Inside|Near|Behind|Beside|Across|Along|Under)\s[^,;:\u2588\"“”]{1,50}?,\s+(?=(?:an?|one|another)\s))?"
# ("Hungary's minister was less upbeat.": a country's, a person by role — see _unnamed_subject.)
_UNNAMED_SUBJECT = regexes.compile(r"\s*(?:\*\*[^*]{0,40}\*\*\s*(?:[—–-]\s*)?)?" + _SCENE_SET +
                                   r"(The|the|An?|an?|One|one|Another|another|Her|His|Their|My|Our|[A-Z][a-z]+['’]s)\s+"
                                   # (Or a body's name of four words before the noun: "A National Disaster Response Force
                                   # commander in Kendrapara said".)
                                   r"((?:[A-Za-z][\w\-]*\s+){0,3}?|(?:[A-Z][\w\-]*\s+){4})(" + "|".join(sorted(lx.PERSON_NOUNS | lx.SUBJECT_ONLY_PERSON_NOUNS)) +
                                   # ("One long-time local, watching from the cliff top, reckoned …": a noun no list holds
                                   # whole, an adjective as often, "a local man": a noun only with no word of its after it.)
                                   r"|local(?!\s+[a-z])|regular(?!\s+[a-z])|" + lx.TRADE_NOUN + r")\b(?![’'\-])")
def _unnamed_subject(masked: str, start: int, end: int) -> Optional[re.Match]:
    """_UNNAMED_SUBJECT, a trade no list holds only after "a"/"one"/"another": "The librarian said" after "Jane Hobbs
    has run the branch since 1998" is the one just named."""
    m = _UNNAMED_SUBJECT.match(masked, start, end)
    if m and m.group(1).lower() not in _INDEFINITE and _TRADE.fullmatch(m.group(3)) and m.group(3) not in lx.PERSON_NOUNS:
        return None
    if m and m.group(1)[-2:] in ("'s", "’s") and (lx.country_of(m.group(1)[:-2]) is None or masked[m.end():m.end() + 1] == ","):
        return None  # (a person's or a firm's, "Tamm's aide", is theirs to name; "Hungary's minister, Péter Szabó," is named)
    return m


_CAPITALIZED = regexes.compile(r"(?<![\w\-])[A-Z][a-z]+")
_APPOSED_AFTER_NAME = regexes.compile(r",(?!\s*(?:who|which|whose|where|when|as|after|before|while)\b)\s*[^,.;:\u2588]{1,60}")  # ("Kaarel Tamm, Estonia's foreign minister,")


# "One of the protesters said", "One of a group of Mr Furlong's supporters who travelled … said": one of many people the
# article does not name (whose they are may be a name), the subject — as "One protester said".
_ONE_OF_UNNAMED = regexes.compile(r"\s*(One)\s+of\s+((?:(?:the|his|her|their|its|our|my|those|these|a\s+(?:group|handful|"
                                  r"couple|number|crowd|few|dozen)\s+of|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?['’]s)\s+)+"
                                  r"(?:[a-z][\w\-]*\s+){0,2}?)(" + lx.alternation(
                                      lx.PERSON_PLURALS | {"people", "children"}) + r")\b(?![’'\-])")
# "The Tánaiste has been speaking", "The Foreign Minister said": a title, capitalized, opening the sentence, its verb next.
_TITLED_SUBJECT = regexes.compile(r"\s*(?:\**\d{1,2}[:.]\d{2}\**\s*[—–-]?\s*)?The\s+((?:[A-Z][\w\-]*\s+){0,2}?[A-Z][\w\-]*)"
                                  r"(?=\s+(?:has|had|is|was|will|would|said|says|told|added|[a-z]+ed)\b)")


def _one_of_unnamed(masked: str, start: int, end: int) -> Optional[re.Match]:
    """_ONE_OF_UNNAMED, unless the one whose they are is the sentence's he or she after it: "One of his supporters
    shouted as he walked out of the courtroom" goes on about him."""
    m = _ONE_OF_UNNAMED.match(masked, start, end)
    owner = re.match(r"(his|her)\b", m.group(2)) if m else None
    if owner and re.search(r"\bhe\b" if owner.group(1) == "his" else r"\bshe\b", masked[m.end():end]):
        return None
    return m


# A sentence that sets its subject, someone unnamed, after the verb: "Among the crowd was a Vale supporter who …",
# "There was a nurse on the ward who …", "Outside the court stood a man with a placard".
_INVERTED_UNNAMED = regexes.compile(r"\s*(?:Among|Amid|In|At|On|Outside|Inside|Behind|Beside|Near|Alongside|There)\b[^.;:\u2588]{0,80}?"
                                    r"\s(?:was|were|stood|sat|waited)\s+(?P<det>a|an|one|another)\s+(?:[\w\-’']+\s+){0,3}?"
                                    + lx.alternation(lx.PERSON_NOUNS) + r"\b")
# "The inquest heard from a firefighter who", "The court heard evidence from one witness": the one who spoke, unnamed (a
# name after them, "a neighbour, Jane Doe," is theirs: see the caller). Only a court's or a hearing's hearing: "Sørlie
# recalls a line she heard from a Finnish diplomat:" is hers to tell.
_HEARD_FROM_UNNAMED = regexes.compile(r"\b(?:court|inquest|coroner|jury|tribunal|committee|hearing|inquiry|panel|commission|"
                                      r"magistrates?|judge|sheriff|councillors|MPs|senators|board)\s+(?:also\s+|then\s+|later\s+)?"
                                      r"heard\s+(?:(?:evidence|testimony|submissions)\s+)?from\s+(?P<who>(?:a|an|one|another)\s+"
                                      # ("one of the friends who was with Jayden that day": one of several, unnamed.)
                                      r"(?:of\s+(?:the|his|her|their)\s+)?"
                                      r"(?:[\w\-’']+\s+){0,3}?(?:" + "|".join(sorted(lx.PERSON_NOUNS)) + r"|[a-z][a-z\-]*(?:%s))s?\b)"
                                      % lx.DOER_ENDINGS)
# (" who was with Jayden that day": who the one heard is; a name in it is someone else — not one set off after it,
# "one of the nurses who cared for Jayden, Mary Byrne", the one heard.)
_WHO_CLAUSE = regexes.compile(r",?\s+who(?:se)?\s[^,.;:\u2588\"“”]*")
# "One angler who has fished the Itchen …", "A shopkeeper said": someone unnamed by a noun of what they do, which no
# list holds whole — its ending tells it, after "one", "another", "a" (never "the": "the operator" may be a body's).
# (Or a word of another language glossed: "A karigar, or artisan, working in a cramped upstairs workshop said".)
# (A person's noun only, not a thing's in -er or -ent: "A matka, or clay pitcher,", "A flat, or apartment,". Up to the comma
# after it, which may set their name off: "A karigar, or artisan, Mohammed Aslam, said".)
_GLOSSED_AS = r",\s+or\s+(?:an?\s+)?(?:[a-z\-]+\s+)?(?:%s|artisan|[a-z]*(?:man|woman|person|ist|ian|smith|wright|monger|seller|" \
              r"maker|keeper|worker|trader|vendor|dealer|grower|farmer|healer|carrier|driver|rider|picker|puller|weaver|" \
              r"washer|sweeper|cleaner|porter))(?:,(?=\s+[a-z])|(?=,\s+[A-Z]))" % "|".join(sorted(lx.PERSON_NOUNS))
_UNNAMED_AGENT = regexes.compile(r"\s*" + _SCENE_SET + r"(One|one|Another|another|An?|an?)\s+((?:[a-z][\w\-]*\s+){0,2}?)"
                                 r"([a-z][a-z\-]*(?:%s|ant|ent)|[a-z][a-z\-]{2,}(?=%s))\b(?![’'\-])(?:%s)?"
                                 % (lx.DOER_ENDINGS, _GLOSSED_AS, _GLOSSED_AS))
# (" who has fished the Itchen for 40 years said": a relative clause about the subject before its speech verb.)
_WHO_THEN_SAID = regexes.compile(r"\s+who\s[^.;:\u2588]{1,100}?\s(?:said|says|told|tells|added|adds|insisted|warned|explained)\b")
# ("One bookseller in Merthyr said", "a delivery rider sheltering under a flyover said": where someone unnamed is, or
# what they were doing, between the noun and the verb — after "one" or "a" only: "The prime minister in Leeds said" is
# the one the article named so.)
_ASIDE_THEN_SAID = regexes.compile(r",?\s+(?:(?:in|at|from|near|outside|on|with|by)\s[^.,;:\u2588\"“”]{1,50}?|"
                                   r"[a-z]{3,}ing\s[^.,;:\u2588\"“”]{1,50}?)\s(?:said|says|told|tells|added|adds|insisted|warned|explained)\b")
# "My grandfather served on the isthmus. He used to say …": the speaker's own unnamed relative (an interview's answer,
# a column), whom a later he/she means. (Not "Her grandmother was a seamstress … she said": her, the one named.)
# "Her husband was more succinct:", "Their son put it differently:": someone's relative, unnamed, opening the sentence
# of the words that follow.
# "his daughter", "their eldest son": whose relative (group 1), and which (group 2).
_SOMEONES_KIN = r"([Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z\-]+\s+)?(%s)" % "|".join(sorted(KIN_NOUNS))
# What someone is to someone, opening a sentence right before their name: "Her teammate ", "The club's captain ".
_OWNED_ROLE_OPENS = regexes.compile(r"\s*(?:Her|His|Their|Our|My|The\s+[a-z][\w\-]*['’]s|[A-Z][\w\-]*['’]s)\s+(?:[a-z][\w\-]*\s+){1,3}")
# Someone else, unnamed, opening the sentence that introduces the words with a colon: "Another drinker at the bar was
# less impressed:", "One neighbour put it more bluntly:".
# (Or someone of theirs, set off: "His passenger, a software professional who did not want to be named, disagreed:".)
_SOMEONE_ELSE_OPENS = regexes.compile(r"\s*(?:Another|One|A|An|His|Her|Their)\s+(?P<words>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})\b"
                                      r"(?P<rest>[^.;:\u2588A-Z]*):\s*$")
_TRADE = regexes.compile(lx.TRADE_NOUN)
_MORE_PEOPLE = frozenset("drinker regular onlooker local mourner neighbor".split())  # (nouns of people PERSON_NOUNS lacks)
_PRONOUN_WORD = regexes.compile(r"\b(?:he|she|his|her|him|they|their)\b")
_WHO_CLAUSE_THEN_NAME = regexes.compile(r"\s+who\s[^,.;:\u2588]{1,80},\s*")
# (A pronoun in what sets them off is theirs: "Another commuter, who declined to give his name, backed the drivers:".)
_WHO_ASIDE = regexes.compile(r",\s*who\b[^,]*,")
_BESIDE_THEM = regexes.compile(r"\b(?:beside|behind|next\s+to|near|alongside|with)\s+(?:him|her|them)\b")


# (The opening phrase may have a clause of its own: "At the council's service centre, which has gone back to paper forms,
# one ratepayer said …".)
_SOMEONE_UNNAMED_OPENS = regexes.compile(r"\s*(?:[A-Z][^,;:\u2588]{0,40},\s*(?:(?:which|where|who)\s[^,;:\u2588]{0,60},\s*)?|"
                                         r"(?:One|A|An|Another|That|Last|Next)\s+" + _TIME_NOUN
                                         + r"\s+(?:(?:ago|later|earlier|before|after)\s+)?)?" + _SOMEONE_UNNAMED + r"\b")
_COMPANION_GESTURES = regexes.compile(r"\s*(?:His|Her|Their)\s+(?:[a-z\-]+\s+)?(?:comrade|colleague|friend|neighbou?r|teammate|"
                                      r"companion|flatmate|roommate|classmate|workmate|crewmate|fellow\s+[a-z]+)\s+"
                                      r"(?:just\s+|only\s+)?(?:shrugged|nodded|laughed|smiled|sighed|grinned|frowned|winced|"
                                      r"snorted|scoffed|chuckled|shook\s+(?:his|her|their)\s+head|looked\s+up)\b")
# "Outside court, the girl's father said …", "Her mother said …": someone's relative, unnamed, as the subject.
_KIN_UNNAMED_OPENS = regexes.compile(r"\s*(?:[A-Z][^,;:\u2588]{0,40},\s*)?(?:[Tt]he\s+[a-z][\w\-]*['’]s|[Hh]is|[Hh]er|[Tt]heir)\s+"
                                     r"(?:[a-z\-]+\s+)?(?P<kin>%s)\b" % "|".join(sorted(KIN_NOUNS)))


# ("Tom Reed was asked the obvious question:": a question put to him, not his.)
_ASKED_PASSIVE = regexes.compile(r"\b(?:was|were|is|are|been|being|get|got)\s+(?:\w+\s+)?asked\b")
# ("told him he would", "told her she would": the one spoken to; not "said her condition was stable", her own.)
_TOLD_THE_SPEAKER = regexes.compile(r"\s+(?:him\b|her\s+(?:that|she|he|to|it|they|not|there)\b)")
_TELLS = frozenset("told tells asked asks warned warns reminded reminds assured assures urged urges promised promises".split())


def _question_answered_next(q: "Quote", paragraphs: Sequence, k: int) -> bool:
    """`"Are you ready to go back on the road?"` as a paragraph of its own, and the next paragraph opening on a quotation
    (`"Not even slightly," she says`): an interviewer's question and its answer, not the answerer going on. (Not where
    the paragraph before introduces it, ending on a colon: `Tom Reed put the question plainly:` asks it himself.)"""
    return q.text.rstrip().endswith("?") and k + 1 < len(paragraphs) \
        and paragraphs[k + 1].text.lstrip()[:1] in ('"', "“", "‘", "'", "«") \
        and not (paragraphs[k - 1].text.rstrip().endswith(":") and not _ASKED_PASSIVE.search(paragraphs[k - 1].text))


def _unnamed_reports_before(para: "_Paragraph", after: int, s_start: int, gender: Optional[str] = None) -> bool:
    """`"…," the department said. One senior official, who was not authorized to speak publicly, said the case had been
    chosen deliberately. "We picked the cleanest case first."`: the sentence right before the quote, past the last
    quote's, reports unquoted what someone unnamed said — the words that follow are theirs, not the speaker's before."""
    before = [(a, b) for a, b in para.sentences if after <= a and b <= s_start]
    if not before:
        return False
    a, b = before[-1]
    opens = _SOMEONE_UNNAMED_OPENS.match(para.masked, a, b) or _KIN_UNNAMED_OPENS.match(para.masked, a, b)
    if opens is not None and gender and opens.lastgroup == "kin" and KIN_GENDER.get(opens.group("kin")) not in (None, gender):
        return False  # ("the girl's mother said …. "…," he said": not her)
    if opens is None:
        # ("Serhiy, a drone operator, said …. His comrade shrugged and reached for his cigarettes. "…," he said.": a
        # companion of theirs, unnamed, opening the sentence right before with a gesture — the words are that one's.)
        return _COMPANION_GESTURES.match(para.masked, a, b) is not None \
            and not any(a <= m.lead < b and not m.in_quote for m in para.mentions)
    verb = next((v for v in _VERB.finditer(para.masked, opens.end(), b) if v.group(0).islower()), None)
    # (Words of theirs quoted after the verb are theirs too: "One Bus Éireann driver, who did not want to be named, said
    # the depot was "bursting at the seams"." — not a quote before it, someone else's.)
    if verb is None or "\u2588" in para.masked[a:verb.start()]:
        return False
    if verb.group(0).lower() in _TELLS and _TOLD_THE_SPEAKER.match(para.masked, verb.end()):
        # ("A teacher once told him he would never pass English.", "Her father told her she would run it": spoken to
        # or about the one quoted before — the words after are that one's answer.)
        return False
    # (No one named as the subject: "the children's mother, Leanne Carter, 31, said", "Ciucu, a member of …, said" — a
    # body's name inside the description is none: "One Bus Éireann driver".)
    noun = max((d.start() for d in _UNNAMED_DETERMINER.finditer(para.masked, a, opens.end())), default=opens.end())
    return not any(a <= m.lead < verb.start() and not noun <= m.lead < opens.end() and not m.in_quote
                   for m in para.mentions)


def _someone_else_leads_in(lead: str, previous: Optional[str]) -> bool:
    """Whether a colon's lead-in names, in capitals, someone other than the speaker before ("Bridget Lynch of Lynch's Bar
    was blunter:")."""
    if not lead.rstrip().endswith(":"):
        return False
    names = _TWO_CAPITALS.findall(lead)
    return any(previous is None or name.split()[-1] not in previous for name in names)


# A sentence opening on a name of two capitalized words (past a party's or a body's possessive): its subject.
_OTHER_NAME_OPENS = regexes.compile(r"\s*(?:The\s+)?(?:[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?['’]s?\s+)?([A-Z][a-z]+ [A-Z][a-z’'\-]+)"
                                    r"(?:,\s*(?:meanwhile|however|too|though)\s*,)?\s+(?!(?:was|is|has|does|says)\b)[a-z]+s\b")
_TWO_CAPITALS = regexes.compile(r"(?<![\w\u2588])[A-Z][a-z]+ [A-Z][a-z’'\-]+\b")


def _someone_else_opens(masked: str, start: int, end: int) -> bool:
    """"Another drinker at the bar was less impressed:": an unnamed person (a person's noun after the article), no
    pronoun of someone named before in the lead-in ("A week later he was even more defiant:" is his)."""
    m = _SOMEONE_ELSE_OPENS.match(masked, start, end)
    # (Up to three words to the noun: "A first-year engineering student standing beside him put it more simply:". A
    # pronoun after where they stand is whom they stand by, not who speaks: "A teacher by training, she was blunter:" is
    # the one named before.)
    # (A role's noun after a hyphen counts: "Her co-director was more measured:".)
    return m is not None and any(w in lx.PERSON_NOUNS or w in _MORE_PEOPLE or _TRADE.fullmatch(w)
                                 or "-" in w and w.rpartition("-")[2] in lx.PERSON_NOUNS
                                 for w in m.group("words").split()) \
        and not _PRONOUN_WORD.search(_BESIDE_THEM.sub(" ", _WHO_ASIDE.sub(",", m.group("words") + m.group("rest"))))


# A short phrase of when, opening a sentence: "A few minutes later, ", "On Monday, ", "Later, ".
_WHEN_OPENS = regexes.compile(r"\s*(?:[A-Z][\w'’\-]*(?:\s+[\w'’\-]+){0,4}),\s+(?=(?:[Tt]he\s+)?[A-Z])")
_THE_OPENS = regexes.compile(r"\s*(?:[Tt]he\s+)?")
_BODY_TONE_TAIL = regexes.compile(r"\s+(?:(?:was|were)\s+(?:(?:even|far|much|rather|a\s+lot|somewhat)\s+)?(?:blunter|more\s+[a-z]+|"
                                  r"less\s+[a-z]+|unimpressed|unmoved|scathing|dismissive|defiant|blunt|direct|cautious|"
                                  r"emphatic|curt)|went\s+further|hit\s+back|responded|replied|retorted|countered|added|said|"
                                  r"says|warned|insisted|struck\s+a\s+[a-z]+\s+(?:tone|note)|put\s+it\s+[a-z]+)"
                                  r"(?:\s+(?!(?:her|his|their|him|them)\b)[\w'’\-]+){0,4}\s*:\s*")
# "Russia's foreign ministry went further:": a country's or a body's office, in small letters, opening the sentence.
_OWNERS_BODY_OPENS = regexes.compile(r"\s*([A-Z][\w\-]*['’]s\s+(?:[a-z]+\s+){0,2}(?:ministry|embassy|government|office|"
                                     r"department|presidency|mission))\b")
_SOMEONES_KIN_OPENS = regexes.compile(r"\s*" + _SOMEONES_KIN + r"\b[^.;:\u2588]*:\s*$")
_OWN_KIN_SUBJECT = regexes.compile(r"\s*(My|Our)\s+((?:[a-z\-]+\s+)?)(grandfather|grandmother|grandson|granddaughter|uncle|aunt|"
                                   r"cousin|nephew|niece|father|mother|brother|sister|son|daughter|husband|wife)\b")
# (The relative opens a clause and speaks in it, the verb right after: not "beside his brother, told reporters",
# "with her partner and their son, said".)
# "her grandmother used to ", "his father would often ": someone's relative, unnamed, right before a speech verb.
_KIN_SAYS = regexes.compile(_SOMEONES_KIN + r"\s+(?:(?:used\s+to|would|always|often|once)\s+)+$")  # (a habit: a saying)
_KIN_SPEAKER = regexes.compile(r"(?:^|(?<=[,;:]\s)|(?<=[.!?]\s))" + _SOMEONES_KIN + r"\s+(?:[a-z]+ly\s+)?"
                               + lx.alternation(lx.SPEECH_VERBS) + r"\b")
# ("One nurse, who asked not to be named because staff had been told not to …, said": past the clause set off.)
# What someone is, before a role: "who works as a pharmacy assistant", "who was a nurse", "who became a teacher".
# ("after qualifying as an agricultural scientist", "before retiring as a nurse"; not "joined a nurse who said", "training
# a recruit who said", "As talks began an official": someone else.)
_ROLE_PREDICATE_BEFORE = regexes.compile(r"\b(?:works|worked|working|serves|served|serving|trained|qualified|"
                                         r"retired|is|was|has\s+been|had\s+been|became|becomes|(?:qualifying|retiring|"
                                         r"becoming)\s+as)\s+(?:as\s+)?$")
_UNNAMED_SPEAKER = regexes.compile(  # (the lookahead and the trie of nouns: see lexicon.alternation)
    r"(?=[AaOo])\b" + _SOMEONE_UNNAMED +
    # (No he/she between, the subject of the verb instead: "In one, sent to a sales manager on 14 February, he wrote:".)
    r"\b(?:,\s*who\s[^,.;“”\"]{1,120},)?(?:(?!\b(?:he|she|they)\s)[^.;“”\"]){0,80}?\b" + lx.alternation(lx.SPEECH_VERBS) + r"\b")


# (The word before must be a verb's, not "to her"/"with his"; "her" must own a noun after it: "told her" is an object,
# and so is "succeeded her as director".)
# (No pronoun of its own between, and a noun after the his/her: in "Henk Prins, admits he wanted her to wait" the her is
# someone else, the object.)
_OWN_PRONOUN = regexes.compile(r"(?:\s*,[^,.;]{1,80},|,)?\s+(?:(?!(?:he|she|they|it|we|i|you)\b)[a-z]+\s+){0,2}"
                               r"(?!(?:the|a|an|and|or|with|to|for|of|at|from|by|on|he|she|they|it|we|i|you|"
                               r"told|asked|tells|asks|gave|gives|thanked|called)\b)[a-z]+\s+(his|her)\b"
                               r"(?=\s+(?!(?:to|that|and|or|a|an|the|in|on|at|for|with|from|by|of|as|when|after|before|"
                               r"because|since|until|while|if|but)\b)[a-z])")


_SPEECH_NOUN_AFTER = regexes.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?(%s)\b" % "|".join(sorted(lx.SPEECH_NOUNS | {
    "answer", "reply", "response", "plea", "appeal", "demand", "evidence", "testimony", "argument", "assertion",
    "insistence", "contention", "explanation", "denial"})))
_THAT_OPENS = regexes.compile(r"\s+that\b")
# A sentence opening on people unnamed, in the plural, and their verb of speaking: "Officials described …", "Russian
# diplomats called …".
_PLURAL_UNNAMED_SAYS = regexes.compile(r"\s*(?:[A-Z][a-z]+\s+)?(?:[Oo]fficials|[Dd]iplomats|[Ss]ources|[Cc]ritics|[Ww]itnesses|"
                                       r"[Pp]rotesters|[Rr]esidents|[Ll]ocals|[Ii]nsiders|[Aa]ides)\s+(?:[a-z]+\s+){0,2}?"
                                       r"(?:described|called|said|told|insisted|claimed|warned|dismissed)\b")
_PERSON_BY_NOUN = regexes.compile(r"\b(?:[Tt]he|[Aa]n?)\s+" + lx.alternation(lx.PERSON_NOUNS) + r"\b")
_PARTICIPLE_GOES_ON = regexes.compile(r",\s+(?:describing|calling|dismissing|branding|labelling|labeling|deeming|terming)\b")
_CLAUSE_ENDS = regexes.compile(r"[,;]\s+(?:[a-z]+ing|and|but|before|after|while|which)\b")
# What someone had done to them or was given, right after their name, before a colon: the words after it are another's.
# "Her group aims …", "His players trained …": a paragraph opening on a he's or a she's possessive (see _antecedent).
_POSSESSIVE_OPENS = {"f": regexes.compile(r"Her\s+[a-z]"), "m": regexes.compile(r"His\s+[a-z]")}
_POSSESSIVE_IN = {"f": regexes.compile(r"\b[Hh]er\s+(?:first|second|third|last|own|best|[a-z]+est)\b"),
                  "m": regexes.compile(r"\b[Hh]is\s+(?:first|second|third|last|own|best|[a-z]+est)\b")}
_OTHER_PRONOUN = {"f": regexes.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Tt]hey|[Tt]heir)\b"),
                  "m": regexes.compile(r"\b(?:[Ss]he|[Hh]er|[Tt]hey|[Tt]heir)\b")}
_PLACE_IN_CAPITALS = regexes.compile(r"(?<![\w.])([A-Z]{2,3})\s$")
_JOINS_ANOTHER = regexes.compile(r"\b(?:and|or|the|a|an|her|his|their|its|fellow|via|with|to|of|for)\b")
# " senior analyst ": a post, in small letters, between a body's name and its holder's.
_POST_BEFORE_NAME = regexes.compile(r"\s+(?:[a-z][\w\-]*\s+){0,3}?([a-z][\w\-]*)\s+")
# ("Geraghty then read out a text message from a listener in Tuam:": the listener's words, not the host's — not one of
# their own, "Byrne read out an email from her to the county manager".)
# (What was read out, and whose it is: "a text message from a listener", not "from her".)
_MESSAGE_FROM = (r"\s+(?:out\s+)?(?:a|an|one|another|the)\s+(?:[\w\-]+\s+){0,2}(?:text|message|email|e-mail|letter|tweet|post|"
                 r"note|comment|voicemail|card|submission)s?\s+(?:from|sent\s+by|written\s+by|by)\s"
                 r"(?!(?:her|him|his|their|them|my|our|its)\b)")
_READ_FROM_WORDS = r"(?:read|reads|quoted|quotes|shared|shares|passed\s+on)" + _MESSAGE_FROM
_ADVERB_BEFORE = r"\s*(?:[a-z]+ly\s+|then\s+|also\s+|later\s+)?"
_ACTED_ON = regexes.compile(_ADVERB_BEFORE + r"(?:(?:was|were|is|are|got|gets)\s+(?:[a-z]+\s+)?[a-z]+(?:ed|en|wn|ght)\s+by|"
                            r"received|receives|heard|hears|(?:was|were)\s+(?:sent|shown|handed|given|told|asked)\b|"
                            + _READ_FROM_WORDS + ")")
_READ_FROM = regexes.compile(_ADVERB_BEFORE + _READ_FROM_WORDS)
_BY_READING_FROM = regexes.compile(r"\b(?:by|after|before|while|then)\s+(?:reading|quoting|sharing)" + _MESSAGE_FROM)


_CLAUSE_TURN = regexes.compile(r",\s+(?:but|and|while|whereas|yet|so)\s+(?:the|a|an|its|this|that|[A-Z])")


def _acted_on(para: "_Paragraph", start: int, end: int) -> bool:
    """"Carney was heckled by a man at the back of the hall:", "Jenna Holt received a text from her daughter:": the one
    the lead-in opens on had words put to them (not "Khumalo ended the judgment with a line that was shared by …")."""
    first = next((m for m in para.mentions if start <= m.lead < end and not m.in_quote), None)
    # (Nor a clause of another subject joined on before the colon: "Tom Hale voted yes, but the bill includes a caveat:".)
    return first is not None and (_ACTED_ON.match(para.masked, first.end) is not None
                                  or _CLAUSE_TURN.search(para.masked, first.end, end) is not None
                                  # ("Tremblay closed the show by reading a text message from a listener in Halifax:":
                                  # the words of the one who wrote them.)
                                  or _BY_READING_FROM.search(para.masked, first.end, end) is not None)
_SAYS_OF_IT = frozenset("said says told tells added adds stated states noted notes argued argues insisted insists found "
                        "finds ruled rules concluded concludes".split())
_TOLD_WORD = regexes.compile(r"\b(?:said|says|told|tells|called|calls|described|describes|wrote|writes)\b")
_PERSON_LIKE = regexes.compile(r"(?<![\w.’'\-])([A-Z][a-z]+)\s+([A-Z][a-z]+(?:[’'\-][A-Z]?[a-z]+)?)\b(?![’']s)(?!\s+[A-Z])")
# "with Kyiv's chief negotiator": an owner's role, whose holder the article may name only later.
_OWNER_ROLE_END = regexes.compile(r"(?:^|(?<=\s))([A-Z][\w\-]+)['’]s\s+(?:(?:chief|lead|top|senior|deputy|new|former)\s+)?"
                                  r"(negotiator|envoy|spokesperson|spokesman|spokeswoman|ambassador|commander)\s*$")
_ROLE_KIN = {"negotiator": ("negotiator", "delegation", r"negotiating\s+team")}
# "the defence secretary was asked", "…, the minister told reporters": a role with "the" as a clause's subject (opening
# the sentence or after a clause set off before it), a verb of its own after it.
_ROLE_AS_SUBJECT = regexes.compile(r"(?:^|(?<=[.!?]\s)|(?<=,\s))\s*[Tt]he\s+((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)\s+"
                                   r"(?:was|is|has|had|said|says|told|added|replied|answered|insisted|declined|refused)\b")
# A name set off by what the person is, whose last words are "to the" or "for the" a role ("Katrin Vollmer, a
# foreign-policy adviser to the", "Jo Hale, chief of staff to the"): the role after them is no subject.
_APPOSITION_OBJECT = regexes.compile(r"(?:^|(?<=[\s\u2588]))([A-Z][a-z][\w'’\-]*(?:\s+[A-Z][\w'’\-]+){0,3}),\s+(?:(?:a|an|the)\s+)?"
                                     r"(?:[\w\-'’]+\s+){0,4}(?:to|for|of|at|with)\s+$")
_PREPOSITION_ENDS = regexes.compile(r"(?:^|\s)(?:on|in|at|via|from|to|with)\s+$")
_NAME_BEFORE_ROLE = regexes.compile(r"(?:^|(?<=[\s\u2588]))([A-Z][a-z][\w'’\-]*(?:\s+[A-Z][\w'’\-]+){0,3}),\s*$")
_TITLED_WORD = regexes.compile(r"(?<![\w.’'\-])(?:(?:Mr|Ms|Mrs|Dr|Prof|Professor)\.?\s+)?([A-Z][\w’'\-]+)\b(?![’']s)(?!\s+[A-Z])")
# A body's name running on past "of" and "and": "… of International Marathons and ", "… for Trade and ".
_NAME_GOES_ON = regexes.compile(r"\b(?:of|for)\s+(?:[A-Z][\w'’\-]*\s+){1,4}and\s+$")
_SUBJECT_SLOT = regexes.compile(r"(?:^\s*|[.!?]\s+|,\s+|\b(?:and|but)\s+)$")
def _describes_the_role(between: str) -> bool:
    """Whether the words between a role noun and the comma before a name still describe that role ("A spokesperson
    for the regulator, Clare Dunn"): nothing, or a phrase opening on a preposition with no other role or verb in it.
    "An EU diplomat has told our correspondent, Lotte Vermeulen" names the correspondent, not the diplomat."""
    words = re.findall(r"[\w'’\-]+", between.lower())
    if not words:
        return True
    return (words[0] in _ROLE_PREPOSITIONS and not any(w in lx.ROLE_NOUNS for w in words)
            and not any(w in _AUX_WORDS or _VERB.fullmatch(w) for w in words))


_ROLE_PREPOSITIONS = frozenset({"for", "of", "at", "to", "in", "from", "with", "on"})


_PREPOSITION_BEFORE = regexes.compile(r"\b(?:in|at|of|from|to|for|with|by|on|near|the|a|an|via|into|across)\s+$", re.IGNORECASE)
# A name that only says whose an unnamed speaker is: "a senior [EU] diplomat", "two [Kremlin] officials".
_MODIFIES_UNNAMED = regexes.compile(r"\s+(?:[a-z][\w\-]*\s+){0,2}?(?:%s)\b" % "|".join(sorted(lx.ANONYMOUS_HEADS | lx.PERSON_NOUNS)))
# A person named by a role alone, in a clause before a he/she ("the British chief of the defence staff", "a senior
# general in London"), the noun ending its phrase: not "the other member states", nor one who owns something ("the
# minister's remarks").
_ROLE_MET = regexes.compile(r"\b(?:[Tt]he|[Aa]n?|[Aa]nother)\s+(?:[A-Za-z][\w\-’']*\s+){0,3}?" + lx.alternation(lx.PERSON_NOUNS)
                            + r"(?=\s*(?:[,;:)]|(?:of|in|at|for|from|on|to|and|who|when|after|before)\b))")
# (Up to the subject, inside the reported clause: ", but the mayor added" opens a clause of the sentence's own.)
_REPORTS_THAT = regexes.compile(r"\b" + lx.alternation(lx.SPEECH_VERBS) + r"\b(?:(?!,\s*but\b)[^.;\u2588])*\bthat\s"
                                r"(?:(?!,\s*but\b)[^.;\u2588])*$")
_FIRST_OR_SECOND_PERSON = regexes.compile(r"\b(?:I|[Ww]e|[Yy]ou)\b")
# A sentence's first verb in the past or the present (the end of its subject): "welcomed", "has", "says".
_FINITE_VERB = regexes.compile(r"(?<=\s)(?:[a-z]+ed|[a-z]+[^s\W]s|have|were|are|%s)\b" % lx.alternation(lx.FINITE_VERBS))
_PLACE_PREPOSITION_BEFORE = regexes.compile(r"\b(?:in|at|from|to|near)\s+$")
# A relative or neighbour of the one speaking, not named there, as the subject of a verb ("my nephew serves", "our
# neighbour called"; not "my son Tom", not "speaking to our partners").
_OWN_KIN = regexes.compile(r"(?<!\bto )(?<!\bwith )(?<!\bat )(?<!\bfor )(?<!\bof )\b(?:[Mm]y|[Oo]ur)\s+(?:[a-z\-]+\s+)?"
                           r"(?:nephew|niece|son|daughter|brother|sister|husband|wife|father|mother|grandfather|grandmother|"
                           r"grandson|granddaughter|uncle|aunt|cousin|neighbou?r|mum|mom|dad)s?\s+"
                           r"(?:[a-z]+ed|[a-z]+[^s\W]s|%s)\b" % lx.alternation(lx.FINITE_VERBS))
_DETERMINER_BEFORE = regexes.compile(r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Aa]nother)\s+(?:[a-z][\w\-]*\s+){0,2}$")
_VERB_AFTER_RUN = regexes.compile(r"\s*(?:(?:has|have|had|will|would|is|was|now)\s+)?(?:[a-z]+ed|%s)\b" % lx.alternation(lx.FINITE_VERBS))
def _initials(name: str) -> str:
    """The capitals of a name's words: "Federal Aviation Administration" → "FAA"."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


_HEADED_RUN = regexes.compile(r"(?:[A-Z][\w'’\-]*\s+){1,3}([A-Z][\w'’\-]*)")
_OPENER = regexes.compile(r"\s*(?:The\s+)?([A-Z][\w&\-]*(?:\.[A-Z][\w&\-]*)*)")  # (the whole of "E.ON")


# A title of capitalized words and the small words of a body's name: "Minister of State at the Department of ".
_TITLE_OF_BODY = regexes.compile(r"\s*[A-Z][\w'’\-]*\s+(?:(?:of|at|for|and|the|in)\s+|[A-Z][\w'’\-]*\s+)*")
# ", but Judge Ashdown found his evidence " right before a quote: a clause of its own, its subject named.
_BUT_NAMED_VERDICT = regexes.compile(r",\s+but\s+((?:[A-Z][\w\-'’]+\s+){1,3})(?:found|called|described|deemed|branded|"
                                     r"labell?ed|termed|judged)\s+[^,;:\"“”\u2588]{0,60}?$")


def _while_clause(text: str, start: int, end: int) -> int:
    """Where the last ", while <someone> …" clause of text[start:end] opens, when it reports someone's words itself
    (a speech verb, or a colon at its end): "…, while Lindqvist puts it differently:"; 0 when there is none. (Not
    "said, while he was in Kyiv, that …": an aside of the speaker's own sentence.)"""
    matches = list(_WHILE_CLAUSE.finditer(text, start, end))
    if not matches:
        return 0
    last = matches[-1]
    if last.group(0).rstrip().endswith("as"):
        # (", as" opens a clause of its own only with its own speaker and verb of speech: ", as Rourke's agent, Dana
        # Ortiz, chimed in beside him:"; not ", as Tom Reed wept:", nor "Anna Berg, as Tom Reed's lawyer, told".)
        # (Nor a comparison, ", as Tomasz Wrona did, calling it …": the clause ends on its own auxiliary.)
        if _AS_DID.match(text, last.end(), end):
            return 0
        verb = _VERB.search(text, last.end(), end) or _LAUGHED.search(text, last.end(), end)
        # (Or a name of one word right before its verb and the colon that brings in the words: "Doreen said, as Bill
        # added: "…"" — not an aside, "Reeves insisted, as Labour promised in its manifesto, that …".)
        given = _GIVEN_ALONE.fullmatch(text, last.end(), verb.start()) \
            if verb and text[verb.end():end].strip(" \u2588\"“”").startswith(":") else None
        return last.end() if verb and (_OWN_NAME.search(text, last.end(), verb.start())
                                       or _KIN_OPENS.match(text, last.end())
                                       or given and given.group(1).lower() not in lx.CAPITALIZED_STOPWORDS) else 0
    if _VERB.search(text, last.end(), end) or _CALLED_IT.search(text, last.end(), end) \
            or _DEMANDED.search(text, last.end(), end) or text[last.end():end].rstrip(" \u2588\"“”").endswith(":"):
        return last.end()
    return 0


# ("… as fellow volunteer Amit Prasad laughed: "…"": a laugh or a joke that says the words after it; not "as Tom Reed
# wept:".)
_LAUGHED = regexes.compile(r"\b(?:laughed|joked|quipped)\s*:")
_AS_DID = regexes.compile(r"[^,;:]{0,60}?\b(?:did|does|do|had|has|have|was|were|is|are|would|will)\b\s*(?:,|$)")
# A name of its own, not someone's ("Dana Ortiz", not "Tom Reed's").
_KIN_OPENS = regexes.compile(_OWNERS_KIN)
_GIVEN_ALONE = regexes.compile(r"\s*([A-Z][a-z]+)\s+")
_OWN_NAME = regexes.compile(r"\b[A-Z][\w\-]+\s+[A-Z][\w\-]+\b(?![’']s)(?=\s*,?\s*(?:[a-z]|$))")


# ("…, while the passenger group … demanded that stranded travellers be compensated "in full"": a demand is words.)
_DEMANDED = regexes.compile(r"\bdemand(?:ed|s)\b")
# Words that give what someone calls a thing ("while the Northern Review described its final chapter as "…""): the
# clause's own subject's words, as a speech verb's.
_CALLED_IT = regexes.compile(r"\b(?:described|describes|called|calls|branded|brands|dubbed|dubs|labelled|labeled|labels|termed|terms|"
                             r"found|finds)\b")


# A sentence opening on a name (past a live page's entry time, "15:50 – ") that is the subject of the verb after it:
# "LNER has advised", "Avanti West Coast cancelled".
# (After "The" too, four words: "The Ukrainian Canadian Civic Alliance welcomed the announcement".)
# (Past what kind of body it is, in small letters after the sentence's capital: "Rural supplier Kōwhai Rural Supplies
# donated …".)
_TRADE_BEFORE_A_NAME = r"[A-Z][a-z]+\s+[a-z][a-z\-]*(?:er|or|ist|maker)\s+(?=[A-Z][\w&'’\-]*\s+[A-Z])"
_TRADE_OPENS = regexes.compile(_TRADE_BEFORE_A_NAME)
_NAME_OPENS_ON_VERB = regexes.compile(r"\s*(?:\**\d{1,2}[:.]\d{2}\**\s*[—–-]?\s*)?(?:The\s+(?=(?:[A-Z][\w&'’\-]*\s+){1,3}[A-Z])|"
                                      + _TRADE_BEFORE_A_NAME + r")?"
                                      # (No storm, hurricane or operation: "Storm Darragh, which hit the coast …,
                                      # flooded the warehouse.")
                                      r"(?!(?:Storm|Hurricane|Cyclone|Typhoon|Tropical|Operation|Exercise|Project)\s)"
                                      r"((?:[A-Z][\w&'’\-]*\s+){0,3}[A-Z][\w&'’\-]*)"
                                      # (Past a which-clause set off: "Halcyon Semiconductor, which broke ground on a
                                      # plant in 2025, welcomed the decision.")
                                      r"(?:,\s+which\s+[^,;:.\u2588\"“”]{1,120},)?"
                                      r"\s+(?:(?:has|have|had|will|would|is|was|has\s+now|now)\s+)?(?:[a-z]+ed|%s)\b"
                                      % lx.alternation(lx.FINITE_VERBS))
# A name in a sentence that is no place (not after "in", "north of", …): another body the sentence names.
# (A day or a month is no body: "Unilever cut 3,000 jobs on Monday.")
_NAME_AS_OBJECT = regexes.compile(r"(?<!\bin)(?<!\bat)(?<!\bof)(?<!\bto)(?<!\bfrom)(?<!\bnear)(?<!\bacross)(?<!\bvia)"
                                  r"(?<!\bbetween)(?<!\band)\s(?!(?:On|In|At|The|%s)\b)[A-Z][a-z]"
                                  % "|".join(sorted(w.capitalize() for w in lx.MONTHS + lx.WEEKDAYS)))
# A sentence opening on a name whose last word ends bodies' names ("Hebridean Ferries", "Harbour Press"), then its
# verb or a clause set off about it.
# A body's speech verb after its name, past what it is set off: ", the utility serving much of the area, said".
_BODY_SPEAKS_NEXT = regexes.compile(r"(?:,[^,;:\u2588]{1,80},)?\s+(?:also\s+|later\s+)?(?:said|says|told|added|warned|announced|"
                               r"confirmed|stated)\b")
_BODY_NAME_OPENS = regexes.compile(r"\s*(?:The\s+)?((?:[A-Z][\w&'’\-]*\s+){1,3}(?:%s))(?=\s+[a-z]|,\s+(?:which|a|an|the)\s)"
                                   % "|".join(sorted(w.capitalize() for w in sn.PLACE_OR_BODY_ENDS)))


def _sentence_openers(para: _Paragraph, pos: int):
    """(start, end, word) of each sentence of the paragraph that starts before `pos` and opens on a capitalized word
    (past a "The"): where "the company" looks for other names it may mean."""
    for a, b in para.sentences:
        if a >= pos:
            break
        first = _OPENER.match(para.masked, a, b)
        if first:
            yield first.start(1), b, first.group(1)


# "Her son shook his head.": a past tense without -ed after an unnamed subject (a name's own verbs are read by
# _verb_follows alone, where a word like "left" or "set" after a name is too often no verb).
_IRREGULAR_PASTS = (r"shook|took|came|went|sat|stood|grew|fell|ran|gave|made|held|kept|felt|saw|knew|thought|began|wrote|"
                    r"spoke|rose|drew|threw|wore|won|lost|met|paid|sent|spent|brought|caught|fought|sought|fled|sang|drove|"
                    r"rode|broke|chose|woke|stole|smiled|laughed|sighed|nodded|wept")
_PAST_VERB = regexes.compile(r"[a-z]{2,}ed|" + _IRREGULAR_PASTS)
_IRREGULAR_PAST_AFTER = regexes.compile(r"\s+(?:" + _IRREGULAR_PASTS + r")\b")
# `"Everyone knows which ships these are" he said.`: a quotation opening its sentence, its comma left out, then a he or
# she and a speech verb — an attribution all the same.
# (Only where the sentence ends there: `"Purple Rain" he says is the album he plays most` names a record, no words.)
_PRONOUN_SAID_AFTER = regexes.compile(r"\s+(?:he|she)\s+(?:said|says|added|adds|replied|replies|explained|insisted|warned|"
                                      r"argued)(?:\s+[a-z]+ly)?\s*[.!]")
_OF_BODY_AFTER = regexes.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?[A-Z]")


# "wrapped in a Falcons scarf", "in a Comets shirt", "with a Labour rosette": the name inside a thing someone unnamed
# wears, carries or stands by (not "A spokesperson for the league", "One campaigner, Labour councillor Jane Doherty,").
_NAME_IN_WHAT_THEY_WEAR = regexes.compile(r"\b(?:in|with|wearing|under|on|behind|beside|near|outside|inside|holding|"
                                          r"carrying|waving)\s+(?:a|an|the|his|her|their)\s+(?:[a-z][\w\-]*\s+)?$")


# What may stand between someone unnamed and their verb: whose group they are of ("A member of the Russian delegation"),
# a clause set off by commas (", speaking to reporters as he left the villa,"), a clause of what befell them ("a tea seller
# whose stall was blown over"). The verb after them makes them the sentence's subject.
_OF_GROUP = regexes.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){0,4}[A-Za-z][\w'’\-]*")
_WHOSE_BEFELL = regexes.compile(r"\s+whose\s+[a-z]+(?:\s+[a-z]+){0,2}\s+(?:was|were|had\s+been|has\s+been)\s+[a-z]+(?:ed|en|wn|ut|ck)"
                                r"(?:\s+(?:over|up|down|away|out|off))?")


def _past_modifiers(masked: str, pos: int, end: int) -> int:
    """Where the verb of someone unnamed may stand, past what describes them (see _OF_GROUP); -1 when nothing does."""
    start = pos
    for pattern in (_OF_GROUP, _APPOSITION, _WHOSE_BEFELL):
        m = pattern.match(masked, pos, end)
        if m:
            pos = m.end()
    return pos if pos > start else -1


def _whose(unnamed: re.Match, mention) -> bool:
    """"a Comets supporter", "one Vale fan": a name between an "a" and the noun only says whose they are."""
    return unnamed.group(1).lower() in _INDEFINITE and unnamed.end(1) < mention.lead and mention.end <= unnamed.start(3)

# "One rancher loading mineral tubs into his pickup put it more simply", "a Comets supporter in a blue wig summed up
# the mood": someone unnamed, what they were doing or wearing, then a verb of their speaking (not "A man wearing a
# balaclava smashed the cabinets", a deed in a scene someone else tells).
# (Or then what they were in the middle of, a progressive, which makes them the scene's one: "One supporter watching
# training from the grass bank was already counting down the days.")
# (What someone unnamed was doing or wearing, up to their verb.)
# (Set off by commas too, and with what they wear after: "One longtime resident, leaning on the rail of the afternoon
# sailing, put it more bluntly", "One woman walking her dog through Wolseley, a scarf pulled up over her nose, put it";
# not their name, "One woman in the crowd, Mary Walsh, said".)
_DOING = r",?\s+(?:[a-z]{2,}ing|in|with|from)(?:\s+(?!(?:and|or|but)\b)[\w'’\-]+){1,14}?(?:,(?!\s*[A-Z])[^,.;:\u2588\"“”]{1,60})?,?\s+"  # ("… from Castlebar summed up")
_PARTICIPLE_THEN_SPEAKS = regexes.compile(_DOING + r"(?:put\s+it|summed\s+(?:it\s+)?up|(?:was|were)\s+(?:already\s+|still\s+|busy\s+)?"
                                          r"[a-z]{2,}ing|" + "|".join(sorted(lx.SPEECH_VERBS)) + r")\b")
# (Or how they took it: "One resident walking his dog past the site was less impressed." — the sentence naming no one
# after it: not "One fan … was less charitable about the miss, though Reed himself was philosophical".)
_PARTICIPLE_THEN_TOOK_IT = regexes.compile(_DOING + r"(?:(?:was|were)\s+(?:(?:far|much|rather|even|a\s+lot)\s+)?(?:less|more)\s+"
                                           r"(?:impressed|convinced|enthusiastic|charitable|forgiving|sceptical|skeptical|"
                                           r"optimistic|blunt|direct|cautious|positive|upbeat|"
                                           # ("One of Mr Ashgrove's supporters in the gallery … was less restrained": any
                                           # adjective of a manner, by its ending.)
                                           r"[a-z]{3,}(?:ed|ive|ful|ous|ic|al|ent|ant|ing))(?=[\s,.;:])|(?:was|were)\s+(?:unimpressed|"
                                           r"unconvinced|blunter)|had\s+no\s+(?:complaints|regrets|doubts)|"
                                           # ("… had no complaints about the refereeing.", "… was in no doubt.")
                                           r"(?:was|were)\s+in\s+no\s+doubt|"
                                           # ("One fan in a homemade hawk mask was close to tears.")
                                           r"(?:was|were)\s+(?:close\s+to|near|in|fighting\s+back|holding\s+back)\s+tears|"
                                           # ("One Cork supporter in his seventies wept openly.": how they took it, no
                                           # deed a witness tells.)
                                           r"wept|cried|sobbed|beamed|grinned|laughed|smiled|shrugged|sighed|nodded)\b")

def _sentence_before(para: _Paragraph, pos: int) -> int:
    """Where the sentence before the one at `pos` starts (the paragraph's start when there is none)."""
    starts = [a for a, _ in para.sentences if a < para.sentence_at(pos)[0]]
    return starts[-1] if starts else 0


def _verb_follows(masked: str, pos: int, present: bool = True) -> bool:
    """Whether a verb follows the subject ending at pos: a speech verb, an auxiliary, a past in -ed, and with `present`
    a feature's present tense ("A dog walker pauses on the footbridge", "Cameron shrugs": a lower-case word in -s right
    after the subject, not -ss, -us, -is: "across", "thus", "this")."""
    # (Past a participle's phrase about them too: "a woman filling up a battered Lada has been listening".)
    m = re.match(r"(?:\s*,[^,]{1,80},|\s+[a-z]+ing(?:\s+[\w’'\-]+){0,5}?(?=\s+(?:has|had|is|was|were|have)\s))?\s+(\w+)",
                 masked[pos:pos + 120])
    if not m:
        return False
    word = m.group(1)
    return word.lower() in lx.SPEECH_VERBS or word.lower() in _AUX_WORDS or word.endswith("ed") \
        or present and word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is"))


@lru_cache(maxsize=4096)
def _gender_of_words(text: str) -> Optional[str]:
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    f, m = bool(words & lx.FEMININE), bool(words & lx.MASCULINE)
    return "f" if f and not m else "m" if m and not f else None


# Where someone unnamed works, then who they are: " in the Tourism, Culture and Religious Endowments Department, who did
# not wish to be named, ".
_A_SOMEONE = regexes.compile(r"\s*(?:An?|One|Another)\s")  # (not "John Murphy, a manager in …": a name opens it)
_WHERE_THEN_WHO = regexes.compile(r"\s+(?:in|at|from|with|inside)\s+(?:the\s+)?[A-Z][^\u2588;:.]{0,120}?,\s*who\s[^\u2588;:.]{1,80},\s*")
# How an office answers, before its participle of speech: "went further, describing", "hit back, calling".
# (With no clause of someone else's between the verb and the participle: "after backbenchers wrote …, calling".)
_ANOTHER_CLAUSE = regexes.compile(r"\b(?:after|as|while|when|who|which|that|because|before|until)\b")
_SEAT_ANSWERS = regexes.compile(r"(?:(?:has|have|had)\s+)?(?:went\s+further|gone\s+further|responded|reacted|hit\s+back|struck\s+back|weighed\s+in|welcomed|rejected|"
                                r"dismissed|condemned|defended|praised|criticised|criticized|summoned|confirmed|denied|"
                                r"played\s+down|distanced|moved|intervened|stepped\s+in|issued|released|put\s+out|published)\b")


def _opens_on_name(subject: str, name: str) -> bool:
    """Whether the subject of a clause (past an opening phrase set off by a comma) opens on a word of the name, past
    "the" and a title: "the Department of Foreign Affairs and Trade", "Mr Hollis" for Mark Hollis."""
    # (Past a live entry's time, "**3.15am** The Russian embassy"; the name set off by commas closing the subject, "The
    # opposition's defence spokesman in Canberra, Greg Tolland,".)
    set_off = subject.rstrip().endswith(",")
    subject = subject.rstrip(" ,")[_ENTRY_TIME_AT.match(subject).end():]
    # ("A lawyer for his killer, Tom Jones,": the name set off is the killer's, not the lawyer's; so "Relatives of the dead
    # teenager, Harry Dunn,", "A spokesperson for the Prime Minister, Keir Starmer,".)
    if set_off and _SET_OFF_AFTER_WHOSE.search(subject):
        return False
    words = subject.rsplit(",", 1)[-1].split()
    while words and (words[0].lower() in ("the", "a", "an") or words[0].rstrip(".").lower() in _TITLES_OPENING):
        words = words[1:]
    return bool(words) and re.sub(r"['’]s$", "", words[0]) in re.sub(r"['’]s\b", "", name).split()


_SET_OFF_AFTER_WHOSE = regexes.compile(r"\b(?:for|of|to|by)\s[^,]*,\s*[^,]+$")
_ENTRY_TIME_AT = regexes.compile(_LEAD_IN.pattern + r"(?:[-–—:]\s*)?")  # ("8.20pm ", "11.15pm AEST – ")
_TITLES_OPENING = frozenset("mr mrs ms miss dr sir dame lord lady prof professor".split())
# "… has issued a short statement saying": a statement put out, whose participle is its issuer's speech.
_ISSUED_SAYING = regexes.compile(r"\s(?:has\s+|have\s+|had\s+)?(issued|released|put\s+out|posted|published|sent\s+out)\s+(?:a|an)\s+"
                                 r"(?:[a-z]+\s+){0,2}?(?:statement|press\s+release|release|letter|note|message)\s*,?\s*$")


def _own_subject(masked: str, clause_start: int, verb_at: int) -> bool:
    """Whether a plain noun stands right before this speech verb: "visitors had asked" has its own subject."""
    words = re.findall(r"[A-Za-z’']+", masked[clause_start:verb_at])
    skipped = set()
    # ("nobody would be asked to leave": "be" is no auxiliary the lexicon lists, but the passive all the same.)
    while words and (words[-1].lower() in _AUX_WORDS or words[-1].lower() in ("be", "been", "being")):
        skipped.add(words.pop().lower())
    if not words or skipped & {"was", "were", "is", "are", "been", "be", "being"}:
        return False  # "it was noted that …": a passive names no one else
    last = words[-1]
    return (last.islower() and last not in NOT_A_SUBJECT and not last.endswith("ly") and last not in PHRASE_PREPOSITIONS
            and last not in DETERMINER_KINDS and last not in lx.DETERMINERS)
