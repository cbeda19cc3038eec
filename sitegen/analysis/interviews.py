"""Interviews printed as a transcript: "Q: … / A: …" or "Devlin: …" turns.

An answer is the words of the one interviewed, though it carries no quotation marks, so the quote finder never
sees it; a question is the interviewer's when the article names them. Turns are read from their labels only:
an unlabelled paragraph between two turns may be the narrator's ("Calloway will talk about the book on 10
October."), and who answers is said only when the article tells it (a named label, or the one person it is about).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Optional, Sequence

from sitegen import regexes
from sitegen.analysis import lexicon as lx
from sitegen.analysis.people import ArticlePeople, Mention
from sitegen.model import Article, Paragraph, Person, Quote, SourceRef
from sitegen.slug import slugify

# A turn's label: "Q:", "A:", "Question:", "Answer:", or a name ("Kovalchuk:"), which only counts where the people
# finder read a person there ("Update:" and "Note:" are no one). "Q." / "A." too, at a paragraph's start.
_LABEL = regexes.compile(r"(Q|A|Question|Answer|[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2})\s?:\s+(?=\S)")
_DOTTED = regexes.compile(r"(Q|A)\.\s+(?=[A-Z\"“])")
# A second turn inside one paragraph, its question and answer copied as one ("… the goal? Kovalchuk: It is …").
_INNER_LABEL = regexes.compile(r"(?<=[?.!…\"”])\s+(?=(?:A|Answer|[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2})\s?:\s)")
# A question set in bold on a line of its own, the answer below it ("**Are sanctions working?**"); read from the
# body's markup, the paragraphs' text being plain.
# (A title in italics may sit inside: "**Is *Salt Hours* a classical record?**".)
_BOLD_QUESTION_CORE = r"(?m)^[ \t]*\*\*((?:[^*\n]|\*[^*\n]+\*)+\?)[ \t]*\*\*[ \t]*"
_BOLD_QUESTION = regexes.compile(_BOLD_QUESTION_CORE + "$")
_ITALIC_QUESTION = regexes.compile(r"(?m)^[ \t]*\*(?!\*)([^*\n]+\?)[ \t]*\*[ \t]*$")
# `**What are you reading?** "A history of lighthouses …"`: a quick-fire question in bold with its answer after it.
_BOLD_QUESTION_ANSWERED = regexes.compile(_BOLD_QUESTION_CORE + "[\"“‘'«„]")
# A paragraph wholly in bold: a prompt of the interviewer's among questions set apart.
_BOLD_ALONE = regexes.compile(r"(?m)^[ \t]*\*\*([^*\n]+)\*\*[ \t]*$")
_QUESTION_WORDS = {"q", "question"}
_ANSWER_WORDS = {"a", "answer"}
# "a few questions", "three quick questions": questions put to someone, counted.
_A_FEW_QUESTIONS = r"(?:a\s+few|some|several|a\s+handful\s+of|three|four|five)\s+(?:\w+\s+)?questions"
# "We asked Siobhán Keogh, who has taught English for 19 years, how the job has changed": whom the writer's questions
# were put to, what about. (Not "we asked the council how much it cost": a name, then how, what, why or whether.)
# (Not one who would not answer: "We asked Ciarán Doyle, the chief executive, whether the plan had been costed. He
# declined to comment.")
_ASKED_HOW = (r"(?:,[^.;:!?]{3,160},)?\s+(?:how|what|why|whether)(?![^\"“”]{0,200}?\b(?:declined|refused|did\s+not|didn['’]t|"
              r"would\s+not|wouldn['’]t|has\s+not|had\s+not|never)\s+(?:to\s+)?(?:reply|respond|answer|comment|say)\b)")
# The article says it is an interview, before its transcript or in its title.
# (Not "asked" or "questions" alone: an explainer's "Residents asked questions at the meeting. Q: Who pays?" is none.)
# "We asked her what to look for.": questions put to one the article has just named.
_ASKED_HER = r"(?:we|I)\s+(?:also\s+)?asked\s+(?-i:her|him)\s+(?:what|how|why|whether|about)\b"
_INTERVIEW_SAID = regexes.compile(r"\b(?:interview(?:ed|s)?|Q\s?&\s?A|spoke\s+(?:to|with)|speaking\s+to|sat\s+down\s+with|"
                                  r"in\s+conversation|talk(?:ed|ing)?\s+(?:to|with|about)|edited\s+for\s+(?:length|clarity)|"
                                  # ("We spoke by phone …. The conversation has been edited and condensed.")
                                  r"spoke\s+by\s+(?:phone|video|telephone)|the\s+conversation|edited\s+and\s+condensed|transcript|"
                                  # ("We spoke there over tea about …", not "We chatted with commuters"; "We asked Carey a
                                  # few questions of our own", not "residents asked the mayor some questions" nor "We asked
                                  # five commuters three questions")
                                  r"we\s+(?:spoke|talked|chatted|sat\s+down)(?!\s+(?:to|with)\b)|"
                                  + _ASKED_HER + r"|"
                                  r"(?:we|I)\s+(?:also\s+)?asked\s+(?-i:[A-ZÀ-Þ])[\w'’\-]+(?:\s+(?-i:[A-ZÀ-Þ])[\w'’\-]+)?(?:\s+"
                                  + _A_FEW_QUESTIONS + r"|"
                                  # ("we asked Siobhán Keogh, who has taught … for 19 years, how the job has changed")
                                  + _ASKED_HOW + r"))\b",
                                  re.IGNORECASE)
# A header that names whom the questions are for: "**Three questions for Élise Thibodeau**" (a paragraph of its own; not
# "The findings raise awkward questions for Mayor Lena Ortiz").
# ("**A few questions for Lorraine Castellanos**", "Five quick questions for …": counted in words, as _A_FEW_QUESTIONS.)
_QUESTIONS_HEADER = regexes.compile(r"(?:(?:A\s+few|A\s+handful\s+of|[A-Z][a-z]+|\d+)\s+(?:quick\s+|short\s+)?)?"
                                    r"(?:[Qq]uestions|QUESTIONS)\s+(?:for|to)\s+"
                                    r"(?P<name>[A-ZÀ-Þ][\w'’\-]+(?:\s[A-ZÀ-Þ][\w'’\-]+){0,2})\s*[:.]?")
# A header of its own over the questions: "**In her own words**" (not "In her own words, the charge is …" in a sentence).
_OWN_WORDS_HEADER = regexes.compile(r"[Ii]n\s+(?:her|his|their)\s+own\s+words[.:]?")
# An answer in the first person singular: someone's own words, not an explainer's "Q: Who pays? A: The council …".
_FIRST_PERSON = regexes.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|my|me|myself)\b")
_NAME = r"[A-Z][a-z'’\-]+(?:\s(?:[A-Z]\.\s)?[A-Z][\w'’\-]+){1,2}"
# Who asked: "Calloway spoke to Daniel Reyes", "she was interviewed by Maya Ortiz", "in conversation with …";
# "our reporter Daniel Reyes spoke to her".
_TO_INTERVIEWER = regexes.compile(r"\b(?:spoke|talked|was\s+speaking|was\s+talking)\s+(?:to|with)\s+(?:(?:the\s+)?[\w'’]+['’]s\s+|"
                                  r"(?:our|the)\s+(?:[a-z]+\s+){0,2})?(?P<name>%s)" % _NAME)
# ("The conversation, conducted by Tom Kealey": an interview's; not "The research, conducted by …".)
_BY_INTERVIEWER = regexes.compile(r"\b(?:interviewed\s+by|in\s+conversation\s+with|questions\s+from|asked\s+by|"
                                  r"(?:interview|conversation|Q&A)\b[^.;]{0,60}?\bconducted\s+by)\s+"
                                  r"(?:(?:our|the)\s+(?:[a-z]+\s+){0,2})?(?P<name>%s)" % _NAME)
_INTERVIEWER_FIRST = regexes.compile(r"(?P<name>%s)\s+(?:spoke\s+to|talked\s+to|interviewed|sat\s+down\s+with|met)\s+(?P<whom>\S+)" % _NAME)
_SUBJECT_PRONOUN = regexes.compile(r"(?:He|She|They)\s")


@dataclass(frozen=True)
class _Turn:
    paragraph: int  # Paragraph.index
    start: int  # where its words begin, past the label
    end: int
    asks: Optional[bool]  # True: a question, False: an answer, None: a named label (its person tells)
    slug: str = ""  # the person a named label names
    caps: bool = False  # the label is in capitals ("DUFRESNE:"): see with_interview


def with_interview(article: Article, found: ArticlePeople, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """`quotes` with a transcript's answers (and its questions, where the interviewer is named) among them, in
    reading order: each turn before the quotations inside it."""
    questions = questions_set_apart(article)
    pending: dict[str, Person] = {}
    turns = _turns(article, found, questions, pending)
    if any(t.caps for t in turns) and not _says_transcript(article, turns):
        turns = [t for t in turns if not t.caps]  # (a list of names in capitals: ratings, a cast, candidates)
    elif pending:
        for slug, person in pending.items():
            found.people.setdefault(slug, person)
            found.unknown.add(slug)
    if not _is_transcript(turns):
        return _unquoted_answers(article, found, _quoted_answers(article, found, quotes, questions), questions)
    first = turns[0].paragraph
    before = [p for p in article.paragraphs if p.index < first]
    interviewee = _interviewee(article, found, quotes, turns, before)
    named = {t.slug for t in turns if t.asks is None}
    answering = interviewee or (next(iter(named)) if len(named) == 1 else None)
    interviewer = _interviewer(found, before, answering)
    texts = {p.index: p.text for p in article.paragraphs}
    said: list[Quote] = []
    spoken_to: Optional[str] = ""  # ("": not looked for yet; None: the writer names no one)
    for turn in turns:
        if turn.asks is None:
            who, how = turn.slug, "named by the transcript's label before the words"
            label = texts[turn.paragraph][:turn.start].strip(" *:_")
            if " " not in label and sum(1 for p in found.people.values() if p.kind == "person"
                                        and p.name.split()[-1].casefold() == label.casefold()) > 1:
                # ("**Hiebert:**" where Dale and Lorna Hiebert are both named: the one the writer says they spoke to.)
                if spoken_to == "":
                    spoken_to = _spoken_to(found, before, article.title or "")
                if spoken_to and found.people[spoken_to].name.split()[-1].casefold() == label.casefold():
                    who, how = spoken_to, "named by the transcript's label (a surname two share): the one the writer spoke to"
        elif turn.asks:
            who, how = interviewer, "a question of the interview's transcript; the article names who asked"
        else:
            who, how = interviewee, "an answer of the interview's transcript, by the one it interviews"
        words = texts[turn.paragraph][turn.start:turn.end].strip()
        person = found.people.get(who) if who else None
        if person is None or not words:
            continue  # no one the article names: the quote finder's own quotations in it still stand
        whole = _whole_quotation(words, turn.paragraph, quotes)
        if whole is not None:
            # (`**A:** "Not at the G7 level, no. …"`: a turn in quotation marks is the quotation the finder has, given
            # to whoever the turn is — not listed twice.)
            quotes = tuple(replace(q, speaker=who, speaker_name=person.name, how=f"{how} → {person.name}")
                           if k == whole else q for k, q in enumerate(quotes))
            continue
        said.append(Quote(text=words, source=SourceRef(article.slug, turn.paragraph), speaker=who,
                          speaker_name=person.name, how=f"{how} → {person.name}"))
    # An answer of two paragraphs or more: the unlabelled ones after an answer's that go on with it (see _goes_on).
    position = {p.index: k for k, p in enumerate(article.paragraphs)}
    asked = [position[t.paragraph] for t in turns if t.asks]
    answerer = found.people.get(interviewee) if interviewee else None
    if asked and answerer is not None:
        named = {m.paragraph for m in found.mentions if not m.in_quote}
        stops = {position[t.paragraph] for t in turns}
        for turn in turns:
            if turn.asks is False and turn.end == len(texts[turn.paragraph]):
                for j in _goes_on(article.paragraphs, named, position[turn.paragraph], stops, max(asked)):
                    said.append(Quote(text=article.paragraphs[j].text.strip(),
                                      source=SourceRef(article.slug, article.paragraphs[j].index),
                                      speaker=answerer.slug, speaker_name=answerer.name,
                                      how=f"goes on with the transcript's answer before it, in the first person → "
                                      f"{answerer.name}"))
    if not said:
        return quotes
    # (A quotation inside an answer after its "I said", which the quote finder gave to the last person quoted before the
    # transcript, is the answerer's: "Some bloke once asked me where my husband was, and I said, "…"".)
    answered = {q.source.paragraph: q for q in said if q.speaker == interviewee and interviewee}
    quotes = tuple(replace(q, speaker=answered[q.source.paragraph].speaker,
                           speaker_name=answered[q.source.paragraph].speaker_name,
                           how=f"said by the transcript's answerer in the first person → "
                               f"{answered[q.source.paragraph].speaker_name}")
                   if q.source.paragraph in answered and _I_SAID_HOW in q.how else q for q in quotes)
    # (Each turn before the quotations inside it, which keep their order.)
    merged = sorted([(q.source.paragraph, 0, n) for n, q in enumerate(said)]
                    + [(q.source.paragraph, 1, n) for n, q in enumerate(quotes)])
    return tuple((said if turn == 0 else quotes)[n] for _, turn, n in merged)


_I_SAID_HOW = "who says 'I said …'"


def _whole_quotation(words: str, paragraph: int, quotes: tuple[Quote, ...]) -> Optional[int]:
    """The position in `quotes` of the one quotation a turn's words are, marks and all ("“Not at the G7 level, no. …”"),
    or None when the turn is more than that."""
    if words[:1] not in "\"“«„" or words.rstrip()[-1:] not in "\"”»“":
        return None
    inner = words.strip().strip("\"“”«»„").strip()
    found = [k for k, q in enumerate(quotes) if q.source.paragraph == paragraph]
    if len(found) != 1 or not inner.startswith(quotes[found[0]].text.rstrip(".,;:!?")[:60]):
        return None
    return found[0]


# A question the interviewer asks in a paragraph of its own, unquoted: the paragraph ends on its question mark.
_QUESTION_END = regexes.compile(r"\?\s*$")
_OPENS_QUOTED = regexes.compile(r"^\s*[\"“]")


# The writer's question in quotation marks, then "I ask": the paragraph is the question, the next one its answer.
_WRITER_ASKS = regexes.compile(r"\?[\"”’']*\s*,?\s*I\s+(?:ask|asked|wonder|wondered|put it to (?:him|her|them))\b")


def _quoted_answers(article: Article, found: ArticlePeople, quotes: tuple[Quote, ...],
                    bold: set[str]) -> tuple[Quote, ...]:
    """An interview printed as questions and quoted answers ("Why write about caring now?" / ""Because everyone I
    know is doing it …""): a quotation opening the paragraph under a question, said by no one the quote finder could
    tell, is the interviewee's, as are the other unattributed quotations of that paragraph. Two such pairs or more,
    in an article that says it is an interview — or one under the writer's own question (""…?" I ask."), which is
    the writer's words, not the interviewee's."""
    paragraphs = article.paragraphs
    asks = {p.index for p in paragraphs if "I " in p.text and _WRITER_ASKS.search(p.text)}
    quotes = _writers_questions(article, found, quotes, asks) if asks else quotes
    answers = {b.index for a, b in zip(paragraphs, paragraphs[1:])
               if (a.index in asks or _QUESTION_END.search(a.text) and not _OPENS_QUOTED.match(a.text))
               and len(a.text.split()) <= 60 and _OPENS_QUOTED.match(b.text)}
    writer_asked = any(b - 1 in asks for b in answers)
    if len(answers) < 2 and not writer_asked or not any(q.speaker is None and q.source.paragraph in answers for q in quotes):
        return quotes
    first = min(answers) - 1
    opening = " ".join([article.title or ""] + [p.text for p in paragraphs if p.index < first])
    # (Questions set in bold alone, "**Why Rennick?**", say it is an interview as the words would.)
    texts = {p.index: p.text.strip() for p in paragraphs}
    in_bold = sum(1 for b in answers if texts.get(b - 1) in bold) >= 2
    if not writer_asked and not in_bold and not _INTERVIEW_SAID.search(opening):
        return quotes
    spoken_to = _spoken_to(found, [p for p in paragraphs if p.index < first], article.title or "")
    quoted = None if spoken_to else _most_quoted_before(article, found, quotes, first)
    if quoted and _opens_on_another(article, found, quotes, first, quoted):
        return quotes
    # (Or, with no one quoted before the questions, the one the piece is about: "Mairéad Considine is squaring a block
    # …. We spoke over tea in her workshop." over quoted answers.)
    subject = None if spoken_to or quoted else _piece_subject(article, found, first)
    slug = spoken_to or quoted or subject
    if slug is None:
        return quotes
    who = found.people[slug]
    how = (f"an answer under the interview's question (a quotation no one else is said to speak) → {who.name}"
           + (", whom the writer says they spoke to or put the questions to" if spoken_to
              else ", the one the piece opens on and names most before its questions" if subject else ""))
    # (An answer that runs over paragraphs, its quotation left open at each paragraph's end, goes on under it.)
    for a, b in zip(paragraphs, paragraphs[1:]):
        if a.index in answers and _OPENS_QUOTED.match(b.text) and _inside_quotes(a.text, len(a.text)):
            answers.add(b.index)
    return tuple(replace(q, speaker=who.slug, speaker_name=who.name, how=how)
                 if q.speaker is None and q.source.paragraph in answers and not q.how.startswith("an unnamed") else q
                 for q in quotes)


# The first person plural too: an answer speaks for the speaker's side ("We saw this with the Minsk agreements").
# (Not "us" alone: "The council told us", "Let us know".)
_OWN_WORDS = regexes.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|me|[Mm]yself|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Oo]ur)\b")


# Someone the paragraph describes without a name, whom "him"/"her" may mean: "its lead tenor, 24 and straight out of
# the conservatoire, … We spoke to him".
_SOMEONE_DESCRIBED = regexes.compile(r"\b(?:its|their|the|a|an|his|her)\s+(?:[a-z\-]+\s+){0,2}(?:%s)\b"
                                     % lx.alternation(lx.PERSON_NOUNS | lx.ROLE_NOUNS))


def _inside_quotes(text: str, at: int) -> bool:
    """Whether position `at` of the text stands inside a quotation (straight or curly double marks)."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


_TO_YOU = regexes.compile(r"\b[Yy]ou(?:['’](?:re|ve|d|ll))?\b")
_FIRST_SINGULAR = regexes.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|me|[Mm]yself)\b")


def _unquoted_answers(article: Article, found: ArticlePeople, quotes: tuple[Quote, ...],
                      questions: set[str]) -> tuple[Quote, ...]:
    """An interview printed as questions set apart in bold or italics, each answered by a paragraph with no quotation
    marks ("**Why raise this now?**" / "Because a ceasefire without guarantees is just a pause. We saw this …"): the
    paragraph right under each question, spoken in the first person, is the words of the one the article quotes most
    before its questions. (A statement set apart in bold among them, "**Some will say this is Europe's job.**", is the
    interviewer's prompt as a question is. Only the first paragraph under each: the narrator may take up again after.)"""
    paragraphs = article.paragraphs
    texts = [p.text.strip() for p in paragraphs]
    asked = [k for k, text in enumerate(texts) if text in questions]
    if not asked:
        return quotes
    in_bold = {m.group(1).strip() for m in _BOLD_ALONE.finditer(article.body)}
    prompts = set(asked) | {k for k, text in enumerate(texts) if asked[0] < k and text in in_bold and len(text.split()) <= 40}
    under = [k + 1 for k in sorted(prompts) if k + 1 < len(paragraphs) and k + 1 not in prompts
             and not _OPENS_QUOTED.match(texts[k + 1])]
    answers = [k for k in under if _OWN_WORDS.search(texts[k])]
    # (The writer saying right over the questions that they were put to someone, "We put three questions to her.",
    # tells an interview as the first person would: then answers that say no "I", "Fishing, probably. Badly.", count.)
    put_to = asked[0] > 0 and _QUESTIONS_PUT_TO.search(texts[asked[0] - 1]) is not None and len(under) >= 2
    # (The article must say it is an interview: an explainer answers its own questions, "We have crunched the numbers".)
    opening = " ".join([article.title or ""] + texts[:asked[0]])
    if len(answers) < 2 and not put_to or not (put_to or _INTERVIEW_SAID.search(opening)
                                or any(_QUESTIONS_HEADER.fullmatch(text) or _OWN_WORDS_HEADER.fullmatch(text)
                                       for text in texts[:asked[0]])):
        return quotes
    first = paragraphs[asked[0]].index
    spoken_to = _spoken_to(found, paragraphs[:asked[0]], article.title or "")
    persons = {slug for slug, p in found.people.items() if p.kind == "person"}
    speaking = None if spoken_to else _headline_speaker(article, found, persons)
    # (Not when the writer says they spoke to a "her" or "him" whom the article leaves two people to be: the one quoted
    # most is no likelier; the one the piece is about, below, is.)
    pronoun_only = asked[0] > 0 and any((m.groupdict().get("pronoun") or m.group("name")) in ("her", "him")
                                        for m in _WE_SPOKE_TO.finditer(texts[asked[0] - 1]))
    quoted = None if spoken_to or speaking or pronoun_only else _most_quoted_before(article, found, quotes, first)
    if quoted and _opens_on_another(article, found, quotes, first, quoted):
        return quotes
    subject = None if spoken_to or speaking else _piece_subject(article, found, first)
    if quoted and _spoke_to_another(paragraphs[:asked[0]], found.people[quoted]):
        # ("We spoke to Donnelly ahead of her book launch" after a colleague's words about her: the answers are the
        # one the writer spoke to, whom the analysis did not take for a person — not the colleague's.)
        quoted = None
    if quoted and subject and quoted != subject:
        # (A profile of one that quotes another before the questions: whose answers they are is not told — unless the
        # headline names the one it opens on and not the other: "Clodagh Mannion: 'I wanted to write about …'" over
        # her editor's and a friend's words about her.)
        if not _headline_speaks(article, found.people[subject]):
            return quotes
        quoted = None
    slug = spoken_to or speaking or quoted or subject
    if slug is None:
        return quotes
    # (An interview told so, its answers in the first person: an answer that is not, "That the stories a place tells
    # about itself are never the whole story.", is theirs too — unless it names someone or tells of a he or she, the
    # narrator's again.)
    named = {m.paragraph for m in found.mentions if not m.in_quote}
    own = set(answers)
    # (Only under a question: "**Tickets**" then "Tickets cost €25 …" is the writer's note.)
    answers = [k for k in under if k in own or k - 1 in asked and paragraphs[k].index not in named
               and not _THIRD_PERSON.search(texts[k])]
    # An answer of two paragraphs or more: a paragraph after an answer and before the next question goes on with it,
    # unless it names someone or tells of a he or she (the narrator's). After the last question only one in the first
    # person does: the narrator may close the piece ("Mannion reads from … on May 23rd.").
    # (Spoken as theirs, in the first person or to "you": "The conversation turns to money." is the narrator's. After
    # the last question, in the first person singular: "We will publish part two next week." is the paper's.)
    more = [j for k in answers for j in _goes_on(paragraphs, named, k, prompts, max(prompts))]
    answers = sorted(set(answers) | set(more))
    who = found.people[slug]
    put = "of questions the writer says were put to them"
    whom = ("whom the writer says they spoke to" if spoken_to else "whose own words the headline gives" if speaking
            else "quoted most before" if quoted else "the one the piece opens on and names most before its questions")
    said = [Quote(text=texts[k], source=SourceRef(article.slug, paragraphs[k].index), speaker=who.slug,
                  speaker_name=who.name, how=f"an answer under the interview's question set apart, "
                  f"{'in the first person' if k in own else 'among answers in the first person' if len(own) >= 2 else put}"
                  f" → {who.name}, {whom}")
            for k in answers]
    # (The questions are the interviewer's words, when the article names who asked: "The conversation, conducted by
    # Tom Kealey, has been edited".)
    asker = _interviewer(found, paragraphs[:asked[0]], who.slug)
    if asker:
        name = found.people[asker].name
        said += [Quote(text=texts[k], source=SourceRef(article.slug, paragraphs[k].index), speaker=asker,
                       speaker_name=name, how=f"a question set apart; the article names who asked → {name}")
                 for k in sorted(prompts) if k + 1 in answers]
    merged = sorted([(q.source.paragraph, 0, n) for n, q in enumerate(said)]
                    + [(q.source.paragraph, 1, n) for n, q in enumerate(quotes)])
    return tuple((said if turn == 0 else quotes)[n] for _, turn, n in merged)


# The writer's own doings or notes between answers: "I visited the ward on a Tuesday in March", "I pressed on the
# numbers.", "(We have shortened this answer for space.)".
_NARRATOR = regexes.compile(r"^[(\[]|^The\s+(?:conversation|interview|talk)\s|\b(?:I|We)\s+(?:\w+ly\s+)?"
                            r"(?:visited|pressed|asked|met|left|arrived|returned|followed|watched|noticed|emailed|wrote|"
                            r"put|interviewed|spoke|caught\s+up|sat\s+down|have\s+(?:shortened|edited|condensed|cut))\b")


def _goes_on(paragraphs: Sequence[Paragraph], named: set[int], k: int, stops: set[int], last_asked: int) -> list[int]:
    """The positions of the paragraphs after an answer's (at position `k`) that go on with it, up to the next question
    (a position in `stops`): none opening on a quotation, naming someone or telling of a he or she (the narrator's),
    each spoken as theirs, in the first person or to "you" ("The conversation turns to money." is the narrator's).
    After the last question (`last_asked`), only in the first person singular: the narrator may close the piece
    ("Mannion reads from … on May 23rd."), or the paper ("We will publish part two next week.")."""
    out = []
    for j in range(k + 1, len(paragraphs)):
        text = paragraphs[j].text.strip()
        if j in stops or _OPENS_QUOTED.match(text) or paragraphs[j].index in named or _THIRD_PERSON.search(text) \
                or _NARRATOR.search(text) \
                or not (_OWN_WORDS.search(text) or _TO_YOU.search(text) if j < last_asked else _FIRST_SINGULAR.search(text)):
            break
        out.append(j)
    return out


# "We spoke to Quilty in the rehearsal room": the writer (or the outlet) spoke to the one interviewed.
# ("The Lakes Courier put several questions to Professor Hamilton": so did the outlet that put the questions.)
# (Not one who "did not reply", nor questions put by someone else: "MPs put questions to Latu".)
_WE_SPOKE_TO = regexes.compile(r"\b(?:(?:We|I)\s+(?:spoke|talked|caught\s+up|sat\s+down)\s+(?:to|with)|(?:We|I)\s+met(?=\s+(?:her|him)\s+(?:at|in|over|on)\s)|"
                               # ("Economist Farah Siddiqui … has been watching the talks closely. We asked her what to look
                               # for.": the one the paragraph names before it.)
                               r"(?:We|I)\s+(?:also\s+)?asked(?=\s+(?:her|him)\s+(?:what|how|why|whether|about)\b)|"
                               # ("We asked Dr Nikhil Varma, a GP partner …, to explain the change.")
                               r"(?:We|I)\s+(?:also\s+)?asked(?=\s+[A-Z][^.?!]{0,160}?\bto\s+(?:explain|talk|tell|describe|answer|"
                               r"walk|outline|set\s+out|take)\b)|"
                               r"(?:(?:We|I)\s+|The\s+(?:[A-Z][\w'’\-]+\s+){1,3})(?:also\s+)?(?:put|sent|emailed|posed)\s+"
                               r"(?:[a-z]+\s+){0,2}questions\s+to)\s+"
                               # ("We spoke with Dr. Solberg about …": past a title.)
                               r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.?\s+)?"
                               r"(?P<name>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2}|her\b|him\b)(?![^.]{0,80}\b(?:did not|didn't|declined|has not|"
                               r"had not|never)\s+(?:to\s+)?(?:reply|respond|answer|comment|be\s+interviewed|speak|talk))"
                               # (Not two people: "We spoke with Dr. Renata Solberg and Dr. Tom Kessler".)
                               r"(?!\s+and\s+(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z])")

# ("We asked cyber security researcher Anand Iyer, founder of …, what the attack tells us.": past what they are, in small
# letters, then a question word; "Our Europe correspondent, Fergal Quinn, has been speaking to Dr Anneke Vos, a …, about
# …. Here's a short extract.": the paper's own reporter speaking to them, right over the questions.)
_OURS_SPOKE_TO = regexes.compile(r"\b(?:(?:We|I)\s+(?:also\s+)?asked\s+(?:(?!(?:and|her|him|them|both|his|their)\b)[a-z][\w\-]*\s+){1,4}|"
                                 r"(?:[Oo]ur|[Tt]his\s+(?:paper|newspaper|programme|station)['’]s)\s+[^.?!]{0,80}?"
                                 r"\b(?:has|have|had)\s+been\s+(?:speaking|talking)\s+(?:to|with)\s+)"
                                 r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.?\s+)?"
                                 r"(?P<name>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2})"
                                 r"(?=(?:,[^.?!]{0,160}?)?,?\s+(?:what|how|why|whether|about)\b)")
# Or the one interviewed as the subject: "Desrochers spoke to *The Coastal Post* after the medal ceremony", "Kerr sat
# down with us" (the paper named in italics or with its "The", or "us").
# (Or by a he or she opening its sentence: "… head coach Tania Rangihuna, who took over in October. She spoke to us the
# morning after the win.")
# (The sentence ending there, no one's words about it after a comma: not "He spoke to me once about the dream, Rangihuna
# recalls".)
_SPOKE_TO_US = regexes.compile(r"(?:(?<=[.!?]\s)|^)(?P<pronoun>He|She)\s+(?:spoke|talked|sat\s+down)\s+(?:to|with)\s+"
                               r"(?:us\b|me\b|this\s+(?:paper|newspaper|site|programme|program|station)\b)(?=[^,;:.!?]*[.!?])|"
                               # ("Sithole, 38, spoke to us …": her age set off after the name.)
                               # (Or their age and what they are: "Faleolo, 29, a former science teacher at a Porirua
                               # school, spoke to us between shows".)
                               r"(?<![\w'’])(?!(?:He|She)\s)(?P<name>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2})"
                               # (Or what they did, set off: "Palesa Mokhethi, 34, who was born in Mokhotlong and
                               # studied film in Johannesburg, spoke to the Mercury".)
                               r"(?:,\s*\d{1,3},|(?:,\s*\d{1,3})?,\s+(?:a|an|the)\s+[^,;.!?\"“”]{1,80},"
                               r"|(?:,\s*\d{1,3})?,\s+who\s+[^,;.!?\"“”]{1,120},)?\s+"
                               r"(?:spoke|talked|sat\s+down)\s+"
                               r"(?:to|with)\s+(?:us\b|me\b|this\s+(?:paper|newspaper|site|programme|program|station)\b|"
                               r"\*[^*\n]{2,60}\*|_[^_\n]{2,60}_|The\s+[A-Z]|(?P<paper>the\s+[A-Z][\w'’\-]+(?=\s+[a-z]|[.,;])))")


# Right before the questions only (see _spoken_to), the writer's own interview: "In an interview with this newspaper,
# Ukraine's deputy foreign minister, Oksana Teren, set them out." (not "In an interview with the BBC, Reed said …", another
# outlet's); "She spoke with The Northern Ledger's technology reporter.", the paper's own reporter (not "She spoke with
# The Western People's farming correspondent" paragraphs before someone else's questions).
# ("In a brief conversation with this newspaper after the ceremony, Ms Raghavan spoke about the book": a chat, and
# when, before the comma.)
_INTERVIEW_WITH_US = regexes.compile(r"\b[Ii]n\s+an?\s+(?:[a-z\-]+\s+)?(?:interview|conversation|chat)\s+with\s+(?:us|me|"
                                     r"this\s+(?:paper|newspaper|site|programme|program|station))"
                                     r"(?:\s+(?:after|before|during|at|on|in)\s+[^,.;:!?\"“]{1,50})?\s*,\s+(?:[^,.;:!?\"“]{1,80},\s+)?(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.?\s+)?"
                                     r"(?P<name>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2}),?\s+(?=[a-z])|"
                                     r"(?:(?<=[.!?]\s)|^)(?P<pronoun>He|She)\s+(?:spoke|talked)\s+(?:to|with)\s+"
                                     r"(?:(?:The\s+(?:[A-Z][\w\-]*\s+){0,4}[A-Z][\w\-]*|this\s+(?:paper|newspaper|site))['’]s|our)"
                                     r"\s+(?:[a-z]+\s+){0,2}(?:reporter|correspondent|editor|writer|journalist)s?\b(?=[^,;:.!?]*[.!?])")


# The outlet, by its masthead, opening the sentence right before the transcript: "The Hill Country Business Journal spoke
# with Okonkwo-Reyes after the announcement." (Not "When The Herald spoke with Luxon in March, he …", an interview gone
# by, nor one further up: "Our correspondent spoke to Fatima Idris" before someone else's Q&A.)
# (The masthead's last word may be hyphenated to another: "The Herald-Courier spoke to Walker after the announcement.")
_MASTHEAD_SPOKE_TO = regexes.compile(r"(?:^|(?<=[.!?]\s)|(?<=,\s))The\s+(?:[A-Z][\w'’\-]+\s+){0,4}(?:[A-Z][\w'’]+-)?(?:Journal|Times|Post|News|Herald|"
                                     r"Gazette|Tribune|Courier|Chronicle|Telegraph|Review|Magazine|Radio|Press|Standard|"
                                     r"Observer|Guardian|Examiner|Sentinel|Dispatch|Record|Bulletin|Mercury|Advertiser|"
                                     # ("The Ledger spoke with Mehra shortly after the vote.")
                                     r"Ledger|Echo|Star|Mail|Express|Independent|Register|Enquirer|Inquirer|Globe|Argus|"
                                     r"Monitor|Citizen|Statesman|Beacon|Clarion|Courant|Daily)\s+"
                                     r"(?:spoke|talked)\s+(?:to|with)\s+"
                                     # (Past their employer and post: "spoke to Red Ochre managing director Gemma Lockyer".)
                                     r"(?:(?:[A-Z][\w'’\-]+\s+){0,3}[a-z][\w'’\-]*\s+(?:[a-z][\w'’\-]*\s+){0,2})?"
                                     r"(?P<name>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2})"
                                     # (Or her age set off after the name: "spoke with Vega, 47, about burnout".)
                                     r"(?=\s+(?:(?:shortly|soon|just|briefly|moments|hours|minutes|days)\s+(?:after|before)|"
                                     r"after|about|on|this|last|by|ahead|before|at|in)\b|\.|,\s*\d{1,3},)")

# "We put three questions to her.": the sentence right over the questions says whom they were put to, and ends there
# (not "We spoke to her neighbours", "We spoke to Ladbrokes about the odds").
_QUESTIONS_PUT_TO = regexes.compile(r"\b(?:We|I)\s+(?:also\s+)?(?:put|posed|sent|emailed)\s+(?:[a-z]+\s+){0,2}questions\s+to\s+"
                                    r"(?:her|him|(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][\w'’\-]+"
                                    r"(?:\s[A-Z][\w'’\-]+){0,2})\s*[.:]\s*$")
# "We asked Carey a few questions of our own": whom the questions are put to.
_QUESTIONS_PUT = regexes.compile(r"\b(?:[Ww]e|I)\s+(?:also\s+)?asked\s+(?P<name>[A-ZÀ-Þ][\w'’\-]+(?:\s[A-ZÀ-Þ][\w'’\-]+){0,2})(?:\s+"
                                 + _A_FEW_QUESTIONS + "|" + _ASKED_HOW + r")\b")


# "She spoke to Arjun Menon about why …. Edited excerpts:": the one interviewed, the he or she, talking to the writer,
# named there first (see _new_name), right before the questions.
_SPOKE_TO_WRITER = regexes.compile(r"(?:(?<=[.!?]\s)|^)(?P<pronoun>He|She)\s+(?:spoke|talked)\s+(?:to|with)\s+"
                                   r"(?P<asker>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){1,2})"
                                   # (Or where, in a few words closing the sentence: "She spoke to Ciarán Doyle in
                                   # Leinster House." — not a meeting long past, "at a cabinet meeting before resigning
                                   # in 2011", "at 3am, her family said".)
                                   r"(?=\s+(?:about|on)\b|[.,]|\s+(?:in|at)\s+(?![^.!?]*\b(?:before|after|when|while)\b)"
                                   r"[^\d,.!?;:]{0,40}\.(?:\s|$))")


def _new_name(before: list, paragraph: Paragraph, m: re.Match) -> bool:
    """Whether the one named at m's `asker` is named nowhere before it, and not in a quotation: a writer, not someone the
    story is about."""
    name = m.group("asker")
    return name not in paragraph.text[:m.start("asker")] and not _inside_quotes(paragraph.text, m.start()) \
        and not any(name in p.text or name.split()[-1] in p.text for p in before if p is not paragraph)


# (Or its reporter by name alone: "Ms. Hrytsenko spoke with The Ledger's Rachel Tam on Thursday.")
_OUTLETS_REPORTER = regexes.compile(r"The\s+(?:[A-Z][\w\-]*\s+){0,4}[A-Z][\w\-]*['’]s\s+(?:(?:[a-z]+\s+){0,3}"
                                    r"(?:reporter|correspondent|editor|writer|journalist)\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\b")


def _spoke_to_another(before: list, person) -> bool:
    """The writer says they spoke to someone by a name that is not `person`'s ("We spoke to Donnelly")."""
    own = {w.casefold() for w in person.name.split()}
    return any(m.group("name")[:1].isupper() and not {w.casefold() for w in m.group("name").split()} & own
               for paragraph in before for m in _WE_SPOKE_TO.finditer(paragraph.text))


_SENTENCE_AFTER = regexes.compile(r"[.!?]\s+\S")


def _spoken_to(found: ArticlePeople, before: list, title: str = "") -> Optional[str]:
    """The person the writer says they spoke to before the questions ("We spoke to Quilty …"), named in full or by
    the surname of one person of the article; None when no one, or more than one, is. (`title`: the headline, which
    tells whom of two a "We spoke to her" means.)"""
    persons = [p for p in found.people.values() if p.kind == "person"]

    # (A surname two people share means the one named before the questions: "We spoke to Deshpande" after Aniket
    # Deshpande's discovery, his father Suresh Deshpande named only after the transcript.)
    last = before[-1].index if before else -1
    named_before = {m.key for m in found.mentions if m.paragraph <= last}

    # (Both named before, the surname tells no one: "Dale Hiebert" in the first paragraph and his wife Lorna's words
    # after, or a father in the first paragraph and the son who took over in the next — which of them answers is not
    # told by where they stand; tried and dropped, stop 50.)

    def who(name: str) -> set[str]:
        name = name.casefold()
        by_surname = {p.slug for p in persons if p.name.split()[-1].casefold() == name.split()[-1]}
        return {p.slug for p in persons if p.name.casefold() == name} or (
            by_surname & named_before if len(by_surname) > 1 else by_surname)
    named: set[str] = set()
    for paragraph in before:
        header = _QUESTIONS_HEADER.fullmatch(paragraph.text.strip())
        masthead = _MASTHEAD_SPOKE_TO.search(paragraph.text) if paragraph is before[-1] else None
        for m in [*_QUESTIONS_PUT.finditer(paragraph.text), *([header] if header else []), *([masthead] if masthead else [])]:
            matches = who(m.group("name"))
            if len(matches) == 1:
                named |= matches
        # (In the paragraph right before the questions, or closing the introduction that opens the piece: "… She spoke
        # to Ciarán Doyle in Leinster House." over a paragraph of background and another's words.)
        right_before, opening = paragraph is before[-1], paragraph is before[0]
        writer = [m for m in _SPOKE_TO_WRITER.finditer(paragraph.text) if _new_name(before, paragraph, m)
                  and (right_before or not _SENTENCE_AFTER.search(paragraph.text, m.end()))] \
            if right_before or opening else []
        for m in [*_WE_SPOKE_TO.finditer(paragraph.text), *_SPOKE_TO_US.finditer(paragraph.text), *writer,
                  *(_INTERVIEW_WITH_US.finditer(paragraph.text) if right_before else ())]:
            pronoun = {"her": "f", "him": "m", "She": "f", "He": "m"}.get(m.groupdict().get("pronoun") or m.group("name"))
            if pronoun and m.groupdict().get("pronoun") and _inside_quotes(paragraph.text, m.start()):
                continue  # (`"It was his dream. He spoke to me about it for years," she said`: someone's words)
            if pronoun:
                # ("Whitcombe … will make her professional debut this winter. We spoke to her this week.": the one
                # person the paragraph names before it — of the pronoun's gender, where the name tells one.)
                matches = {n.key for n in found.mentions if n.paragraph == paragraph.index and n.start < m.start()
                           and n.key in found.people and found.people[n.key].kind == "person"
                           and _gender_of(found.people[n.key]) in (None, pronoun)}
                if not matches and not _SOMEONE_DESCRIBED.search(paragraph.text, 0, m.start()):
                    # ("Her first book … is published on April 9. We spoke to her on Tuesday.": no one named in the
                    # paragraph, the one person of her gender named before it.)
                    # (Or the one the piece opens on, whose first name tells no gender: "Meenakshi Raghavan's fourth
                    # novel …" over her publisher Kavya Menon's words, then "We spoke to her at her home".)
                    # (Only named in more paragraphs before than the others: not a founder quoted in the first
                    # paragraph over the chief executive the next two are about.)
                    # (A gender the name does not tell, the paragraphs about them alone may: "Wing Commander Kavya
                    # Raghunathan spent 19 days …. A test pilot from Palakkad, she was selected …". So for "She spoke to
                    # us at her home", as for "We spoke to her".)
                    told = _told_genders(found, [p for p in before if p.index < paragraph.index])
                    matches = {n.key for n in found.mentions if n.paragraph < paragraph.index and not n.in_quote
                               and n.key in found.people and found.people[n.key].kind == "person"
                               and (_gender_of(found.people[n.key]) or told.get(n.key)) == pronoun}
                    opener = {_opened_on(found, before)} - {None}
                    # (With no one else of her gender named, nothing is told, as before: "Hana Whitfield, 17, won …. The
                    # previous winner, Tom Ruane, …. We spoke to her" may be anyone's "her".)
                    # (And only the last one named before it: not the restaurateur the piece opens on when a food
                    # writer is named after him, right before "She spoke to us".)
                    last_named = next((n.key for n in reversed(found.mentions) if n.paragraph < paragraph.index
                                       and not n.in_quote and n.key in found.people
                                       and found.people[n.key].kind == "person"), None)
                    if opener and matches and last_named in opener and (_gender_of(found.people[next(iter(opener))])
                                                                        or told.get(next(iter(opener)))) in (None, pronoun):
                        spread = {key: len({n.paragraph for n in found.mentions if n.key == key and not n.in_quote
                                            and n.paragraph < paragraph.index}) for key in opener | matches}
                        if all(spread[next(iter(opener))] > spread[key] for key in matches - opener):
                            matches = opener
                if len(matches) > 1 and title:
                    # ("… 45 years at the bench with Maggie Dunstan" over her apprentice's words, then "We spoke to
                    # her": the one of them the headline names.)
                    # (Only the one the piece opens on: not "Life after Maggie Dunstan" over the apprentice it opens on.)
                    in_title = {key for key in matches if _in_headline(title, found.people[key].name)} & {_opened_on(found, before)}
                    matches = in_title if len(in_title) == 1 else matches
                if len(matches) == 1:
                    named |= matches
                elif matches:
                    return None
                continue
            matches = who(m.group("name"))
            # (Unless the paragraph says the conversation is the one printed: "Bell, 38, spoke to the Ledger before
            # the show. The conversation has been edited for length.")
            # (Or the paragraph right over the questions ends on it: "Keaveney spoke to the Sentinel the morning after
            # the ceremony." then "**You were shortlisted twice before. …?**".)
            if m.groupdict().get("paper") and matches != {_opened_on(found, before)} \
                    and not (paragraph is before[-1] and (_EDITED_NOTE.search(paragraph.text, m.end())
                                                          or not _SENTENCE_AFTER.search(paragraph.text, m.end()))):
                # ("Okafor spoke to the Ledger by phone": "the" in small letters before a masthead may open any body's
                # name, "Sahni spoke to the Press Trust of India", so only for the one the piece opens on.)
                continue
            # (One person only in the sentence past the verb: "We spoke to Nguyen-Rees first, then to Quilty" tells
            # no one.)
            rest = re.split(r"(?<=[.!?])\s", paragraph.text[m.end():], maxsplit=1)[0]
            # (Not the paper's own reporter named after it: "Okafor spoke with The Bayside Ledger's science reporter
            # Caleb Ward.")
            staff = m.re is _SPOKE_TO_US and _OUTLETS_REPORTER.match(paragraph.text, paragraph.text.rfind("The", 0, m.end()))
            others = set() if staff else set().union(*(who(w) for w in re.findall(r"[A-Z][\w'’\-]+", rest))) - matches
            if len(matches) == 1 and not others:
                named |= matches
            else:
                return None
    if not named and before:
        # (Only where nothing else names whom: a side question put to someone else right over the questions, "We also
        # asked local TD Paul Murphy about her case.", leaves "We spoke to her" the one.)
        # (Slugs apart from `persons`, which who() reads.)
        asked = [m for m in _OURS_SPOKE_TO.finditer(before[-1].text) if not _inside_quotes(before[-1].text, m.start())]
        slugs = {slug for m in asked for slug in who(m.group("name"))}
        if len(asked) == 1 and len(slugs) == 1:
            return slugs.pop()
        # (Nor anything else: "We put the families' concerns to Dr Thandeka Mahlangu, …. The interview has been edited
        # for length." right over the questions — others' concerns, put to the one who answers them; not "We put her
        # complaints to the council", hers put to the other side.)
        whom = [m for m in _OTHERS_CONCERNS_PUT_TO.finditer(before[-1].text) if not _inside_quotes(before[-1].text, m.start())]
        # (Or one set off by a who-clause that quotes a few words, right over the questions, who spoke to the writer's
        # own paper: "Kahlon, who dedicated the win to "the whole of Doaba", spoke to this newspaper." — not to another
        # outlet, nor further up.)
        whom += list(_QUOTING_WHO_SPOKE_TO_US.finditer(before[-1].text))
        slugs = {slug for m in whom for slug in who(m.group("name"))}
        return slugs.pop() if len(whom) == 1 and len(slugs) == 1 else None
    return named.pop() if len(named) == 1 else None


_QUOTING_WHO_SPOKE_TO_US = regexes.compile(
    r"(?<![\w'’])(?P<name>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2}),\s+who\s+(?:[^,;.!?\"“”]|\"[^\"]{1,60}\"|“[^”]{1,60}”){1,120}"
    r",\s+(?:spoke|talked|sat\s+down)\s+(?:to|with)\s+(?:us|me|this\s+(?:paper|newspaper|site|programme|program|station))\b"
    r"(?![^.]*\btoo\b)")
_OTHERS_CONCERNS_PUT_TO = regexes.compile(
    r"\b(?:We|I)\s+(?:also\s+)?(?:put|took|sent|emailed|posed)\s+(?:the\s+|these\s+|those\s+)?"
    r"(?!(?:her|his|their|its|our|my|your)\b)(?:[\w\-]+['’]s?\s+)?(?:[a-z]+\s+)?"
    r"(?:concerns|criticisms?|complaints|claims|allegations|worries|questions)\s+to\s+"
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss)\.?\s+)?(?P<name>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2})")


_EDITED_NOTE = regexes.compile(r"\b(?:has|have)\s+been\s+(?:lightly\s+)?(?:edited|condensed)\b")


def _in_headline(title: str, name: str) -> bool:
    """Whether the headline names the person, in full or by the surname."""
    return any(re.search(r"(?<![\w\-])" + re.escape(form) + r"(?![\w\-])", title) for form in {name, name.split()[-1]})


# (Subjects only: "Dr S. Venkatraman … called her …" is about someone else.)
_SHE = regexes.compile(r"\b(?:[Ss]he|hers|herself)\b")
_HE = regexes.compile(r"\b[Hh]e\b")
_HIS = regexes.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_HERS = regexes.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_QUOTED = regexes.compile(r"[\"“][^\"“”]*[\"”]")


def _told_genders(found: ArticlePeople, before: list) -> dict[str, str]:
    """slug → "f" or "m" for a person whose gender the paragraphs about them alone tell by "she" or "he" (outside
    quotation marks): a paragraph naming only them, or no one after them; one that says both tells nothing."""
    votes: dict[str, set] = {}
    last = None
    for paragraph in before:
        named = [n for n in found.mentions if n.paragraph == paragraph.index and not n.in_quote
                 and n.key in found.people and found.people[n.key].kind == "person"]
        if named:
            last = named[-1].key
        about = {n.key for n in named} if named else ({last} if last else set())
        # (Named, as its first sentence's subject: "Her apprentice is Sam Carter. … she put an advert …" is another's she.)
        if len(about) != 1 or named and paragraph.text[:named[0].lead].strip(" *“\"'"):
            continue
        text = _QUOTED.sub(" ", paragraph.text)
        # (A paragraph with a pronoun of the other gender too tells nothing: "Ellis grew up above his mother's cafe. She
        # taught him to cook".)
        # (By "she" or "he" only: "her" is as often someone else's object, "called her …", and "his" someone else's
        # thing, "a rupee missing from his books" in a paragraph about the novelist.)
        hers, his = bool(_HERS.search(text)), bool(_HIS.search(text))
        if hers != his and (_SHE if hers else _HE).search(text):
            votes.setdefault(next(iter(about)), set()).add("f" if hers else "m")
    return {slug: genders.pop() for slug, genders in votes.items() if len(genders) == 1}


def _opened_on(found: ArticlePeople, before: list) -> Optional[str]:
    """The person the article's first paragraph names first, None when none."""
    first = before[0].index if before else None
    return next((m.key for m in found.mentions if m.paragraph == first and not m.in_quote
                 and found.people[m.key].kind == "person"), None)


_THIRD_PERSON = regexes.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Tt]hey|[Tt]heir)\b")


# An interview's headline: the one interviewed, a colon, their own words in the first person ("Clodagh Mannion: 'I wanted
# to write about a town that forgets on purpose'"; not "Ada Lovelace: 'She saw further than anyone'", said of her).
_NAME_THEN_OWN_WORDS = regexes.compile(r"^(?P<name>[^:]{3,60}):\s*['‘\"“](?=[^'’\"”]*\b(?:I|I['’](?:m|ve|d|ll)|my|me|we|our)\b)")


def _headline_speaks(article: Article, person: Person) -> bool:
    """Whether the headline gives the person's own words after their name (see _NAME_THEN_OWN_WORDS)."""
    m = _NAME_THEN_OWN_WORDS.match(article.title or "")
    return m is not None and person.name.split()[-1].casefold() in m.group("name").casefold().split()


def _headline_speaker(article: Article, found: ArticlePeople, persons: set[str]) -> Optional[str]:
    """The one of `persons` whose own words the headline gives (see _headline_speaks); None when no one, or more than
    one, is. An interview's answers are theirs, whoever else the piece quotes before its questions ("Orla Geraghty:
    'I wanted to write about …'" over her editor's words about her)."""
    speaking = [slug for slug in persons if _headline_speaks(article, found.people[slug])]
    if len(speaking) != 1:
        return None
    # (The one the piece opens on, the first person its first paragraph names: not "Declan Moran: 'I knew she had a
    # great book in her'" over a profile of the novelist he edits, her answers.)
    opening = article.paragraphs[0].index if article.paragraphs else None
    opener = next((m.key for m in found.mentions if m.paragraph == opening and not m.in_quote and m.key in persons), None)
    return speaking[0] if opener == speaking[0] else None


def _gender_of(person: Person) -> Optional[str]:
    """"m" or "f" where the person's record or first name tells it; None otherwise."""
    return getattr(person, "gender", None) or lx.first_name_gender(person.name.split()[0])


def _piece_subject(article: Article, found: ArticlePeople, first: int) -> Optional[str]:
    """The one a profile is about, where the writer names no one they spoke to and quotes no one before the
    questions ("Maggie Holloway's studio … smells of ink" … "We talked about rage, deadlines and …"): the person the
    article's first paragraph names first, named in more paragraphs before the questions than anyone else."""
    persons = {slug for slug, p in found.people.items() if p.kind == "person"}
    before = [m for m in found.mentions if m.key in persons and m.paragraph < first]
    opening = article.paragraphs[0].index
    opener = next((m.key for m in before if m.paragraph == opening), None)
    if opener is None:
        return None
    counts = Counter(key for key, _ in {(m.key, m.paragraph) for m in before}).most_common(2)
    if counts[0][0] != opener or len(counts) == 2 and counts[1][1] >= counts[0][1]:
        return None
    # (Nor when someone else is named after the last mention of them, right before the questions: "Shackleton's ship sank
    # in 1915 …. Marine archaeologist Mensun Bound led the search …" is Bound's interview.)
    last = max(m.paragraph for m in before if m.key == opener)
    if any(m.paragraph > last or m.paragraph == last and m.key != opener and m.start > max(
            n.start for n in before if n.key == opener and n.paragraph == last) for m in before if m.key != opener):
        return None
    # (And the paragraph right before the questions is about them still, by name or by a he/she: "We talked about rage,
    # deadlines and why she has never once drawn her own family.")
    intro = max((p for p in article.paragraphs if p.index < first), key=lambda p: p.index)
    gender = _gender_of(found.people[opener])
    pronouns = {"m": r"\b(?:he|him|his)\b", "f": r"\b(?:she|her|hers)\b"}.get(gender, r"\b(?:he|him|his|she|her|hers)\b")
    if intro.index != last and not re.search(pronouns, intro.text, re.IGNORECASE):
        return None
    return opener


def _most_quoted_before(article: Article, found: ArticlePeople, quotes: tuple[Quote, ...], first: int) -> Optional[str]:
    """The person the article quotes most before paragraph `first` (its questions): the one interviewed."""
    persons = {slug for slug, p in found.people.items() if p.kind == "person"}
    quoted = Counter(q.speaker for q in quotes if q.speaker in persons and q.source.paragraph < first).most_common(2)
    if not quoted:
        return None
    if len(quoted) == 2 and quoted[0][1] == quoted[1][1]:
        # (As often quoted as another: the one the piece opens on, its first sentence's subject — "Marguerite Osei is
        # apologising for the state of her kitchen", over her editor quoted just before the questions.)
        opening, opener = _opening_mention(article, found)
        if opener is None or opening.text[:opener.lead].strip() or opener.key not in dict(quoted):
            return None
        return opener.key
    return quoted[0][0]


def _opening_mention(article: Article, found: ArticlePeople) -> tuple[Paragraph, Optional[Mention]]:
    """The article's first paragraph and the first name it mentions outside quotation marks: whom the piece opens on,
    where that name leads the paragraph."""
    opening = article.paragraphs[0]
    return opening, next((m for m in found.mentions if m.paragraph == opening.index and not m.in_quote), None)


_OPENS_ON_NAME = regexes.compile(r"\s*(?:[A-Z][A-Z .,'’\-]{1,40}\s*[—–-]+\s*)?$")  # (past a dateline: "OTTAWA — ")


def _opens_on_another(article: Article, found: ArticlePeople, quotes: tuple[Quote, ...], first: int, quoted: str) -> bool:
    """Whether the piece opens on a person other than `quoted`, its first sentence's subject, whom it does not quote
    before paragraph `first` (the questions): "OTTAWA — Oksana Hrytsenko has spent the past week …" over a minister's
    words. Whose answers they are is then not told: the one quoted most before is no likelier than the one it opens on."""
    opening, opener = _opening_mention(article, found)
    if opener is None or opener.key == quoted or found.people[opener.key].kind != "person":
        return False
    said = {q.speaker for q in quotes if q.source.paragraph < first}
    return opener.key not in said and _OPENS_ON_NAME.match(opening.text[:opener.lead]) is not None


def _writers_questions(article: Article, found: ArticlePeople, quotes: tuple[Quote, ...], asks: set[int]) -> tuple[Quote, ...]:
    """A quotation closed by "?" and followed by "I ask": the writer's question — the interviewer's, when the article
    names who interviewed ("… was interviewed by Rosa Millbank"), else no one the article names."""
    texts = {p.index: p.text for p in article.paragraphs}
    credit = _BY_INTERVIEWER.search(article.body)
    slug = slugify(credit.group("name")) if credit else ""
    if slug and slug not in found.people:
        found.people[slug] = Person(slug=slug, name=credit.group("name"), kind="person")  # (named by the credit alone)
        found.unknown.add(slug)
    writer = found.people[slug] if slug and found.people[slug].kind == "person" else None
    out = []
    for q in quotes:
        at = texts.get(q.source.paragraph, "").find(q.text) if q.source.paragraph in asks else -1
        if at >= 0 and _WRITER_ASKS.match(texts[q.source.paragraph], at + len(q.text) - 1):
            q = replace(q, speaker=writer.slug if writer else None, speaker_name=writer.name if writer else None,
                        how=f"the writer's own question ('I ask') → {writer.name}, who interviewed" if writer
                        else "the writer's own question ('I ask'): the writer, whom the article does not name")
        out.append(q)
    return tuple(out)


def questions_set_apart(article: Article) -> set[str]:
    """The text of each paragraph that is a question in bold alone (or in italics: "*Is it a grief record?*")."""
    if "?*" not in article.body:
        return set()
    return {m.group(1).replace("*", "").strip()
            for pattern in (_BOLD_QUESTION, _ITALIC_QUESTION) for m in pattern.finditer(article.body)}


def answered_questions(article: Article) -> set[str]:
    """The text of each bold question that opens a paragraph, its answer in quotation marks after it."""
    if "?**" not in article.body:
        return set()
    return {m.group(1).replace("*", "").strip() for m in _BOLD_QUESTION_ANSWERED.finditer(article.body)}


def _says_transcript(article: Article, turns: list[_Turn]) -> bool:
    """Whether labels in capitals are a transcript's: one of the turns asks a question, or the article says it is an
    interview or a transcript before them (not a match's ratings, "HARRY KANE: Scored the opener. 8/10")."""
    texts = {p.index: p.text for p in article.paragraphs}
    if any(t.caps and texts[t.paragraph][t.start:t.end].rstrip().endswith("?") for t in turns):
        return True
    first = min(t.paragraph for t in turns)
    opening = " ".join([article.title or ""] + [p.text for p in article.paragraphs if p.index < first])
    return _INTERVIEW_SAID.search(opening) is not None


def _turns(article: Article, found: ArticlePeople, questions: set[str], pending: dict) -> list[_Turn]:
    named = {(m.paragraph, m.lead): m.key for m in found.mentions
             if found.people.get(m.key) is not None and found.people[m.key].kind == "person"}
    out: list[_Turn] = []
    for p in article.paragraphs:
        if p.text.strip() in questions:
            out.append(_Turn(p.index, 0, len(p.text), True))
            continue
        # (Only a paragraph that opens on a turn holds a second one: most paragraphs are looked at once, at their start.)
        starts = [0] + [m.end() for m in _INNER_LABEL.finditer(p.text)] if _LABEL.match(p.text) else [0]
        opened: list[tuple[int, int, Optional[bool], str, bool]] = []  # (at, start, asks, slug, in capitals)
        for at in starts:
            label = (_LABEL.match(p.text, at) or (_DOTTED.match(p.text, at) if at == 0 else None))
            word = label.group(1).lower() if label else ""
            if word in _QUESTION_WORDS and at == 0:
                opened.append((at, label.end(), True, "", False))
            elif label and word in _ANSWER_WORDS:
                opened.append((at, label.end(), False, "", False))
            elif label and named.get((p.index, at)) and word not in _QUESTION_WORDS:
                opened.append((at, label.end(), None, named[(p.index, at)], False))
            elif at == 0 and (p.text[:1].isupper() or p.text[:1] == "("):
                # (A label in capitals, which the people finder reads as no one's name.)
                caps = _CAPS_LABEL.match(p.text)
                slug = _caps_label_person(caps.group(1), found, pending) if caps else None
                if slug:
                    opened.append((at, caps.end(), None, slug, True))
        for k, (at, start, asks, slug, caps) in enumerate(opened):
            end = opened[k + 1][0] if k + 1 < len(opened) else len(p.text)
            out.append(_Turn(p.index, start, end, asks, slug, caps))
    return out


# A broadcast transcript's label, its speaker in capitals: "NADIA CHOWDHURY (HOST):", "(CLIP) GREGORY ASHDOWN:",
# "DUFRESNE:" (the role, or the kind of sound, in brackets).
_CAPS_LABEL = regexes.compile(r"(?:\((?:CLIP|SOUNDBITE|VIDEO|AUDIO|ARCHIVE)[^)]{0,30}\)\s*)?"
                              r"([A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’\-.]+(?:\s[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’\-.]+){0,3})"
                              r"(?:\s*\([^()]{1,30}\))?\s?:\s+(?=\S)")


# Words that close a label in capitals and make it a column's or a segment's, no one's name: "TOM BROWN ANALYSIS:".
_GENRE_WORDS = frozenset("analysis opinion comment review verdict profile column explainer view".split())


def _caps_label_person(label: str, found: ArticlePeople, pending: dict) -> Optional[str]:
    """The person a label in capitals names: the one the article names so in full, or by that surname alone (one
    person only); a full name of two or three words the article gives nowhere else is the label's, as written there
    ("GREGORY ASHDOWN" → Gregory Ashdown: kept in `pending` until the labels prove a transcript). None for a word or
    two that are no one's ("NOTE", "UPDATE", "BBC NEWS")."""
    words = [w.capitalize() if "-" not in w else "-".join(x.capitalize() for x in w.split("-")) for w in label.split()]
    if words[-1].lower() in _GENRE_WORDS:
        return None
    name = " ".join(words)
    persons = [p for p in list(found.people.values()) + list(pending.values()) if p.kind == "person"]
    exact = [p.slug for p in persons if p.name.casefold() == name.casefold()]
    if exact:
        return exact[0]
    if len(words) == 1:
        ending = {p.slug for p in persons if p.name.split()[-1].casefold() == name.casefold()}
        return ending.pop() if len(ending) == 1 else None
    if len(words) > 3 or words[0].lower() not in lx.FIRST_NAMES and not any(
            p.name.split()[-1].casefold() == words[-1].casefold() for p in persons):
        return None  # ("BREAKING NEWS", "LIVE UPDATES": capitals, no one's name)
    slug = slugify(name)
    known = found.people.get(slug)
    if known is None:
        pending.setdefault(slug, Person(slug=slug, name=name, kind="person"))
        return slug
    return slug if known.kind == "person" else None


def _is_transcript(turns: list[_Turn]) -> bool:
    """Two turns or more, one asking and one answering: a single "Note: …" or "A: …" is no dialogue."""
    if len(turns) < 2:
        return False
    asks = any(t.asks for t in turns)
    answers = any(t.asks is False for t in turns)
    names = {t.slug for t in turns if t.asks is None}
    return asks and (answers or bool(names)) or len(names) >= 2


# (Past an age set off, and to the outlet by its name: "Raghunathan, 34, spoke to the Ledger the morning after the
# screening. Edited excerpts:".)
_SPOKE_ABOUT = regexes.compile(r"(?:,\s*(?:aged\s+)?\d{1,3},|(?P<closing>,))?\s+(?:spoke|talked|speaks|talks)\s+"
                               r"(?:(?:to|with)\s+(?:us|this\s+(?:newspaper|paper|magazine|reporter|writer|website))\s+)?"
                               r"(?:(?:about|of|on)\b|(?:to|with)\s+(?:the\s+)?[A-Z][\w'’&\-]*(?:\s+[A-Z][\w'’&\-]*){0,2}"
                               r"(?:\s+[a-z][\w\-]*){0,6}\.\s+(?:(?:Edited|Lightly\s+edited)\s+)?(?:excerpts|extracts)\b)")

# What they are, set off before their name: "The museum's chief curator, Dr ".
_WHAT_THEY_ARE_SET_OFF = regexes.compile(r"(?:The|A|An|His|Her|Its|Their)\s[^,.;:\"“”]{1,80},\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?")


def _interviewee(article: Article, found: ArticlePeople, quotes: tuple[Quote, ...], turns: list[_Turn],
                 before: list) -> Optional[str]:
    """Who answers an "A:": where the article says it is an interview, the person its opening quotes most, else the
    one it names most. None when it cannot be told."""
    if not any(t.asks is False for t in turns):
        return None
    opening = " ".join([article.title or ""] + [p.text for p in before])
    texts = {p.index: p.text for p in article.paragraphs}
    if not _INTERVIEW_SAID.search(opening) and not any(
            _FIRST_PERSON.search(texts[t.paragraph], t.start, t.end) for t in turns if t.asks is False):
        return None  # a "Q: … A: …" list of the article's own (an explainer's questions) answers for no one
    first = turns[0].paragraph
    # (A person a label names asks the questions here: the "A:" turns are someone else's.)
    persons = {slug for slug, p in found.people.items() if p.kind == "person"} - {t.slug for t in turns}
    spoken_to = _spoken_to(found, before, article.title or "")
    if spoken_to in persons:
        return spoken_to
    # ("Raghunathan spoke about the discovery, dark skies and growing up with power cuts. Edited excerpts:": the one the
    # paragraph right above the transcript opens on, speaking.)
    last = before[-1] if before else None
    # (Or on what they are, set off before the name: "The museum's chief curator, Dr Farhan Qureshi, spoke to this
    # newspaper about the restoration.")
    opener = next((m for m in found.mentions if last is not None and m.paragraph == last.index
                   and (m.lead == 0 or _WHAT_THEY_ARE_SET_OFF.fullmatch(last.text, 0, m.lead))
                   and not m.possessive and not m.in_quote and m.key in persons), None)
    # (Not with someone else named in the sentence: "Dube talked about the strike with Nkosi" is the interviewer.)
    sentence_end = last.text.find(". ", opener.end) if opener is not None else -1
    spoke = _SPOKE_ABOUT.match(last.text, opener.end) if opener is not None else None
    # (A name set off after what they are closes with its comma, "…, Dr Farhan Qureshi, spoke"; one opening the
    # paragraph has none.)
    if spoke and (opener.lead == 0) != bool(spoke.group("closing")) and not any(
            m.paragraph == last.index and m.key != opener.key and opener.end < m.lead
            and (sentence_end < 0 or m.lead < sentence_end) for m in found.mentions):
        return opener.key
    speaking = _headline_speaker(article, found, persons)
    if speaking:
        return speaking
    quoted = Counter(q.speaker for q in quotes if q.speaker in persons and q.source.paragraph < first)
    if quoted:
        ranked = quoted.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            return ranked[0][0]
        return None
    named = Counter(m.key for m in found.mentions if m.key in persons and m.paragraph < first and not m.in_quote)
    ranked = named.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _interviewer(found: ArticlePeople, before: list, answering: Optional[str]) -> Optional[str]:
    """The person who asked, when the paragraphs before the transcript name them beside the one answering; added
    to the article's people (an interviewer is rarely named twice, so the people finder has no evidence for them)."""
    if answering is None:
        return None
    who = found.people[answering]
    own = {w.lower() for w in who.name.split()}
    for p in before:
        for pattern in (_TO_INTERVIEWER, _BY_INTERVIEWER, _INTERVIEWER_FIRST):
            for m in pattern.finditer(p.text):
                name = m.group("name")
                words = name.split()
                if own & {w.lower() for w in words} or words[0].lower() not in lx.FIRST_NAMES:
                    continue
                if pattern is _INTERVIEWER_FIRST:
                    whom = m.group("whom").strip(".,;").lower()
                    if whom not in own and whom not in ("her", "him", "them"):
                        continue
                elif pattern is _TO_INTERVIEWER:
                    subject = p.text[:m.start()]
                    sentence = re.split(r"(?<=[.!?])\s+", subject)[-1]
                    if not (own & {w.lower().strip("'’s,") for w in sentence.split()}
                            or _SUBJECT_PRONOUN.match(sentence)):
                        continue  # someone else spoke to them
                slug = slugify(name)
                if slug not in found.people:
                    found.people[slug] = Person(slug=slug, name=name, kind="person")
                    found.unknown.add(slug)
                return slug
    return None
