"""Inside the story's span: is this line furniture, and if not, what block is it (paragraph, subheading, list item)?"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from sitegen import regexes
from sitegen.ingest import boilerplate as bp
from sitegen.ingest import metadata as md
from sitegen.ingest.features import (BULLET, LINK_TEXT, NO_LETTERS, NUMBERED, TIME_ONLY, LineInfo, contributor_stamp,
                                      drop_line, opens_on_time, prose, tag_level, timed_entry)
from sitegen.ingest.language import UNSPACED, foreign_script, line_language, main_script

# A price: "0,99 €", "€4.99", "$1", "9,90 zł".
_PRICE = regexes.compile(r"[$€£]\s?\d|\d(?:[.,]\d\d)?\s?(?:€|zł|kr\b|₽|₴|\$|£|EUR\b|USD\b)")


_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
REPEATS_HEADLINE = "repeats the headline"  # (a fate other steps read: see layout._drop_author_box)
# How to write to the reporter, after her bio: "Reach her at …", "Contact him at …", "Email: …".
_REACH_AT = regexes.compile(r"\b(?:reach|contact|email|e-mail|write to)\s+(?:her|him|them|me)?\s*(?:at|on|:)\s*\S+@", re.IGNORECASE)


_LIST_NUMBER = regexes.compile(r"^(?:\d{1,2}|[٠-٩]{1,2}|[۰-۹]{1,2})[.)]\s+")
_LIST_NUMBER_STARTS = frozenset("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")


# A match's result as a line of its own: "Mewa Sopot – Zefir Elbląg 2:1 (0:1)", "Rovers 2-1 United (HT 0-1)".
# (Each word a name's, capitalized: not a dek's "Justices split 6-3 on immigration case".)
_TEAM_WORD = r"(?![a-zß-ÿ])[^\W\d_][\w'’.&-]*"
RESULT_LINE = regexes.compile(rf"(?:{_TEAM_WORD}\s){{1,4}}(?:[–-]\s(?:{_TEAM_WORD}\s){{1,4}}\d{{1,2}}:\d{{1,2}}|"
                              rf"\d{{1,2}}[–:-]\d{{1,2}}\s(?:{_TEAM_WORD}\s?){{1,4}})(?:\s?\((?:HT\s)?\d{{1,2}}[:–-]\d{{1,2}}\))?")
# A fact of the match, labelled: "Bramki: …", "Tore: …", "Referee: …", "Mewa: Nowacki – …" (a side's line-up).
_MATCH_FACT = regexes.compile(r"(?:[^\W\d_][\w'’.-]*\s?){1,3}:\s\S")
MATCH_FACTS = "the match's facts under its result (scorers, line-ups, referee)"
SHORT_BEFORE_PARAGRAPH = "subheading: short line before a paragraph"


def under_a_result(infos: list[LineInfo], i: int) -> bool:
    """"Mewa Sopot – Zefir Elbląg 2:1 (0:1)" / "Bramki: Wojtasik 77, …" / "Mewa: Nowacki – Kurpiel, …": a labelled fact
    of a match report's box, under its result line (other such facts between), over the report."""
    if not _MATCH_FACT.match(infos[i].line.text):
        return False
    k = i - 1
    while k >= 0 and infos[k].reason == MATCH_FACTS:
        k -= 1
    # (The result dropped with the page's header: not a live blog's "Arsenal 2-1 Chelsea" kept as an entry's heading,
    # over "Saka: I'm delighted …".)
    # (And over the report: no paragraph of the story above it — not a round-up's results inside the story, each with
    # its scorers.)
    return k >= 0 and infos[k].fate == "dropped" and RESULT_LINE.fullmatch(infos[k].line.text) is not None \
        and not any(other.kind == "paragraph" for other in infos[:k])


def furniture(infos: list[LineInfo], i: int, doc_script: Optional[str], repeats: dict[int, int],
               title_keys: set[str], author: Optional[str]) -> Optional[str]:
    """Why a line inside the story span is not story, or None."""
    info = infos[i]
    text = info.line.text
    if info.pattern:
        return info.pattern
    if NO_LETTERS.match(text) and not TIME_ONLY.match(text):
        return "no words (stray punctuation or numbers)"
    # (Numbered too, in a "most read" list: "1. <the headline>", "١. <the headline>".)
    if text.casefold() in title_keys or text[:1] in _LIST_NUMBER_STARTS and _LIST_NUMBER.sub("", text, 1).casefold() in title_keys:
        return REPEATS_HEADLINE
    if under_a_result(infos, i):
        return MATCH_FACTS
    if foreign_script(info.script, doc_script, text):
        return f"in {info.script} script; the article is in {doc_script}"
    teaser = bp.teaser_reason(info.line.raw or text, info.sentence)
    if teaser:
        return teaser
    if author and "@" in text and _REACH_AT.search(text) and author_bio(text, author):
        # "Dana Whitcombe covers city hall for the Courier. Reach her at dwhitcombe@…": the reporter's note, set
        # among the story's last paragraphs.
        return "about the author (bio line with an address)"
    if i in repeats and not (infos[repeats[i]].line.container and not info.line.container) \
            and not _contents_entry(infos, i, repeats) and not _menu_item_as_subheading(infos, i, repeats[i]):
        # (a line of the story repeated in a sidebar's "key points" is not the repeat: the sidebar's copy is)
        j = repeats[i]
        # ("Копіювати посилання" under every live entry: a button in a language no pattern knows, not a caption.)
        if info.words <= 3 and not info.sentence and sum(1 for other in infos if other.line.text == text) >= 3:
            return "a button repeated under each entry (share, copy link)"
        if j < i:
            return f"repeats line {infos[j].line.n} (caption or alt text shown twice)"
        return f"repeated at line {infos[j].line.n} (caption or alt text shown twice)"
    if info.line.tag == "figcaption":
        return "photo caption"
    # (A heading of the page's markup over a paragraph is none: "<h3>…</h3>" under a live entry's time and its
    # writer's name. Nor over a table's first row: "<h2>How the options compare</h2>" over the comparison.)
    over_paragraph = info.line.tag in _HEADINGS and i + 1 < len(infos) and (
        infos[i + 1].sentence and infos[i + 1].words >= 8 and not infos[i + 1].pattern or infos[i + 1].line.tag == "tr")
    if not over_paragraph and caption_context(infos, i):
        return "photo caption (next to a photo credit or gallery)"
    if bp.is_related_heading(text) or bp.is_comments_start(text):
        return "section label (related stories or comments)"
    nxt = infos[i + 1] if i + 1 < len(infos) else None
    # (Right under it: with no blank line between in a copied page; the next element in HTML.)
    if nxt is not None and nxt.pattern in (bp.SIGN_UP, bp.PROMPT, bp.CLICK_PROMPT) and info.words <= 6 \
            and (info.line.tag is not None or not nxt.line.blank_before) \
            and not info.sentence and heading_shaped(info) and bp.sign_up_pitch(nxt.line.text):
        return "the title of a sign-up box (its pitch follows)"
    if tip_request_title(infos, i, len(infos)):
        return TIP_REQUEST_TITLE
    # ("The week's best writing on politics and ideas, every Friday." right over its "Sign up" button: a box's pitch.)
    # (Not a line over the box's title, "SUBSCRIBE" over its offer, "Get The Review from £1 a week": the story's.)
    if nxt is not None and nxt.words <= 3 and _SIGN_UP_BUTTON.match(nxt.line.text) and info.words <= 25 \
            and (info.line.tag is not None or not nxt.line.blank_before) and not info.line.text.endswith(":") \
            and not (i + 2 < len(infos) and bp.PRICE_A_PERIOD.search(infos[i + 2].line.text)):
        return "the pitch of a sign-up box (its button follows)"
    # ("Local stories like this one depend on you." / "Tidewater Public Radio is listener-supported. Make a gift today …"
    # right over its "Donate" button, in the same box: a donation box's pitch.)
    button = next((j for j in range(i + 1, min(len(infos), i + 3)) if bp.is_donate_button(infos[j].line.text)), None)
    # (Its box's parts may be boxes of their own, "PromoDonate-title" / "PromoDonate-text": <div>s on the same source line
    # then — not the story's <p>s on a page written on one line.)
    def same_box(other: LineInfo) -> bool:
        return other.line.group == info.line.group or other.line.n == info.line.n and info.line.tag == "div" \
            and other.line.tag in ("div", "a", "span", None)
    # (Nor a paragraph among the story's own, in their element: "… and you can donate at the food bank." over a button.)
    if button is not None and info.words <= 30 and info.line.tag is not None and same_box(infos[button]) \
            and not (info.line.tag == "p" and i and infos[i - 1].line.tag == "p" and infos[i - 1].line.group == info.line.group) \
            and all(same_box(infos[j]) and infos[j].words <= 30 for j in range(i + 1, button)) \
            and (bp.APPEAL_WORDS.search(text) or _APPEALS_TO_READER.search(text)):
        return "the pitch of a donation box (its button follows)"
    # ("Our reporting in Ukraine depends on readers like you" over "… please support the Ledger today": an appeal's title.)
    if nxt is not None and nxt.pattern in (bp.DONATION, bp.SITE_NOTE) and info.words <= 12 and not info.sentence \
            and (info.line.tag in ("h2", "h3", "h4", "h5", "h6") or heading_shaped(info)):
        return "the title of an appeal for support (its pitch follows)"
    # ("Jetzt RP+ testen – 4 Wochen für 0,99 €" between "2 of 3 free articles read" and "Already a subscriber?": the
    # paywall box's offer.)
    if info.words <= 12 and not info.sentence and _PRICE.search(text) and any(
            other.pattern == "paywall prompt" for other in infos[max(0, i - 1):i + 2]):
        return "the offer of a paywall box (a price beside its prompt)"
    if i and infos[i - 1].words == 4 and _CAROUSEL_MARK.match(infos[i - 1].line.text):
        return f"item of a list box (under the screen-reader's '{infos[i - 1].line.text}')"
    if poll_question(infos, i):
        return POLL_QUESTION
    if info.words <= 3 and bp.POLL_LABEL_ALONE.match(text) and i + 1 < len(infos) and poll_question(infos, i + 1):
        return "a reader poll's label (its question follows)"
    if i and info.words <= 80 and bp.SPONSOR_LABEL.match(infos[i - 1].line.text):
        return bp.SPONSOR + " (under the sponsor's label)"
    if author_bio(text, author) or writer_note(infos, i):
        return "about the author (bio line)"
    if reporting_note(text, author):
        return "reporting note (who reported from where)"
    if author and " and " in author and info.words <= 4 and text in _full_names(author) \
            and not (i + 1 < len(infos) and infos[i + 1].line.text.startswith(text.split()[0])) \
            and any(TIME_ONLY.match(infos[j].line.text) or opens_on_time(infos[j].line.text)
                    for j in (i - 2, i - 1, i + 1) if 0 <= j < len(infos)):
        # ("Oliver Tash" over a live page's entry, by its time, one of the page's two bylined writers: who wrote the
        # entry; not a writer's box, the name over "Tobias Rehm arbeitet …", nor an interview's speaker.)
        return "the entry's writer (one of the bylined authors)"
    return None


# A sign-up box's button: "Sign up", "Subscribe", "Abonnieren", "Zapisz się".
_APPEALS_TO_READER = regexes.compile(r"\b(?:you|your|listener\w*|viewer\w*|gift)\b", re.IGNORECASE)
_SIGN_UP_BUTTON = regexes.compile(r"^(?:sign (?:me )?up|subscribe(?: now| for free)?|join(?: now)?|abonnieren|jetzt abonnieren|anmelden|"
                                  r"s['’]inscrire|je m['’]abonne|suscribirse|suscríbete|regístrate|iscriviti|zapisz się|inschrijven|"
                                  r"aanmelden|prenumerera|tilmeld|meld deg på|přihlásit(?: se)?|odebírat|feliratkozom|tilaa|"
                                  r"подписаться|підписатися|subscrever|subscreva|inscreva-se|inscrever-se|assinar|assine|"
                                  r"abbonati|suscribirme|abonează-te|abone ol|subskrybuj|εγγραφή|εγγραφείτε)\s*[→›>]?$", re.IGNORECASE)
# A poll's button: "Vote", "View results", "Abstimmen", "Votar", "Hlasovat".
_VOTE_BUTTON = regexes.compile(r"^(?:vote|vote now|submit(?: vote)?|view results|see results|abstimmen|ergebnis(?:se)? anzeigen|votar|"
                               r"ver resultados|voter|voir les résultats|vota|votare|głosuj|zagłosuj|hlasovat|hlasujte|rösta|stem|"
                               r"äänestä|szavazás|szavazok|oy ver|голосовать|проголосувати)$", re.IGNORECASE)


POLL_QUESTION = "a reader poll's question (its options and vote button follow)"
_ANSWER_WORDS = regexes.compile(r"\b(?:yes|no|not sure|don't know|ja|nein|weiß nicht|tak|nie|oui|non|sí|si|não|sim|ano|ne|"
                                r"да|нет|так|ні|evet|hayır|kyllä|ei|nej|nee)\b", re.IGNORECASE)


def poll_question(infos: list[LineInfo], i: int) -> bool:
    """"Do you think the barrier goes far enough?" / "Yes" / "No" / "Not sure" / "Vote": two to seven short options,
    then the poll's button."""
    if not infos[i].line.text.endswith("?") or infos[i].words > 30:
        return False
    if ":" in infos[i].line.text[:24] and bp.POLL_LABEL.match(infos[i].line.text) and i + 1 < len(infos):
        # (Its label before it and its options on one line after it, "Sonda: Czy Polska powinna …?" over "Tak Nie Nie
        # mam zdania", or a form's: not "Umfrage: Wie zufrieden …?", a survey's story under its headline.)
        nxt = infos[i + 1]
        return "form" in (nxt.reason or nxt.pattern or "") or nxt.words <= 8 and not nxt.sentence \
            and len(_ANSWER_WORDS.findall(nxt.line.text)) >= 2
    # (Or its label alone on the line over it: "Sonda" / "Czy sankcje wobec Rosji są Twoim zdaniem skuteczne?" / "Tak Nie
    # Trudno powiedzieć".)
    if i and i + 1 < len(infos) and infos[i - 1].words <= 3 and bp.POLL_LABEL_ALONE.match(infos[i - 1].line.text) \
            and infos[i + 1].words <= 8 and not infos[i + 1].sentence and len(_ANSWER_WORDS.findall(infos[i + 1].line.text)) >= 2:
        return True
    # (Or two or three buttons and nothing of a story after them: "Czy ten artykuł był pomocny?" / "Tak" / "Nie", "Was
    # this article helpful?" / "Yes" / "No" — a feedback widget.)
    buttons = 0
    for j in range(i + 1, min(len(infos), i + 4)):
        if infos[j].words <= 2 and re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)?", infos[j].line.text.strip()):
            buttons += 1
        else:
            break
    after = i + buttons + 1
    # (Two: yes and no. Not a quiz's three options, nor an interview's "Yes" / "Every day" over its next question.)
    if buttons == 2 and (after >= len(infos) or (not infos[after].sentence or infos[after].words <= 3)
                         and not infos[after].line.text.rstrip().endswith(("?", "？"))):
        return True
    for j in range(i + 1, min(len(infos), i + 9)):
        text = infos[j].line.text
        if _VOTE_BUTTON.match(text):
            return j - i >= 3
        if infos[j].words > 5 or infos[j].sentence and text.endswith("."):
            return False
    return False


def _contents_entry(infos: list[LineInfo], i: int, repeats: dict[int, int]) -> bool:
    """A section heading whose first copy stands in the table of contents above the story: its neighbours there are
    the other sections' headings, each repeated further down too (a caption shown twice has no such neighbours)."""
    j = repeats[i]
    # (A question is a heading as well: "What has been sanctioned?" under an explainer's "In this explainer".)
    if j >= i or infos[i].sentence and not infos[i].line.text.rstrip().endswith(("?", "？")) or infos[i].words > 12:
        return False
    later = [k for k in (j - 2, j - 1, j + 1, j + 2) if 0 <= k < len(infos) and repeats.get(k, -1) > j + 2]
    return len(later) >= 2


# "list 1 of 4", "Slide 2 of 6": the screen-reader's count above each item of a carousel of other stories, copied along.
_CAROUSEL_MARK = regexes.compile(r"^(?:list|item|slide|story|article) \d{1,2} of \d{1,2}$", re.IGNORECASE)


_REPORTED = regexes.compile(r"\s+(?:reported|contributed(?: reporting)?|analy[sz]ed|edited|produced|wrote)\b")


def reporting_note(text: str, author: Optional[str]) -> bool:
    """"Maya Ortiz and Daniel Kim reported from Port Avery.": the bylined names, then what they did."""
    if not author:
        return False
    names = _full_names(author)
    # (A line opening with none of the names, most, is passed over before its words are counted.)
    if not text.startswith(names) or len(text.split()) > 40:
        return False
    rest = text
    for _ in range(4):
        name = next((n for n in names if rest.startswith(n)), None)
        if name is None:
            return False
        rest = rest[len(name):]
        if _REPORTED.match(rest):
            return True
        joiner = re.match(r"(?:,\s*|\s+and\s+)", rest)
        if not joiner:
            return False
        rest = rest[joiner.end():]
    return False


def author_bio(text: str, author: Optional[str]) -> bool:
    if not author:
        return False
    if text[:1] in "*†(":
        # "* Hélène Marchetti est professeure …": an op-ed's note on its writer, marked as a footnote — the writer's
        # whole name after the mark ("* Jordan is hosting the summit …" is an item of a list).
        marked = re.match(r"(?:\*{1,3}|†|\(\*\))\s*", text)
        if marked:
            text = text[marked.end():]
            if not any(" " in name and text.startswith(name + " ") for name, _, _ in _names_and_given(author)):
                return False
    # (Greek and Portuguese set an article before a name: "Ο Νίκος Καραβίας είναι …", "O João Silva é …".)
    if text[:2] in ("Ο ", "Η ", "O ", "A "):
        text = text[2:]
    # Every author of a shared byline ("Maya Ortiz, Daniel Kim and Priya Raman") may have a line of bio.
    for name, given, surname in _names_and_given(author):
        # The name as written, then a verb: a prefix test and one fixed pattern, not a pattern compiled per author.
        # (Or the surname and a bio's own verb, as a wire's bio box has it under the name in capitals: "Keller covers
        # diplomacy …", "Solberg is a Meridian correspondent …" — not "Smith is expected to appeal".)
        if name and (text.startswith(name) and (_BIO_VERB.match(text, len(name))
                                                or " " in name and (_BIO_APPOSED.match(text, len(name))
                                                                    or _BIO_LEADS.match(text, len(name))))
                     or text.startswith(given) and _BIO_VERB.match(text, len(given))
                     or surname and text.startswith(surname) and _SURNAME_BIO_VERB.match(text, len(surname))
                     and len(text.split()) <= 25):
            return True
        # ("Friederike Albrecht leitet seit 2021 das Ressort Außenpolitik …. Zuvor war sie Korrespondentin in Warschau.":
        # the author's full name, and the trade a bio tells, whatever the verb between.)
        # (The name as the sentence's subject, not "Dana Okafor's investigation found …"; a trade in the singular, one
        # person's, not "other reporters confirmed it".)
        if " " in name and text.startswith(name + " ") and len(text.split()) <= 45 and any(
                not trade.group(0).endswith("s") for trade in _TRADE.finditer(text, len(name))):
            return True
    return False


# "The writer is a former ambassador to …", "Kirjoittaja on … toimittaja", "L'autrice est chercheuse …": an op-ed's note on
# its writer by no name (not "The author is …", a book review's sentence about the book's).
_WRITER_IS = regexes.compile(r"(?:The\s+writers?\s+(?:is|are|was|were)|Kirjoittaja\s+on|Kirjoittajat\s+ovat|"
                             r"L['’]aut(?:eur|rice)\s+est|Les\s+auteur(?:e)?s\s+sont|Der\s+Autor\s+ist|Die\s+Autorin\s+ist|"
                             r"Författaren\s+är|Skribenten\s+är|Forfatteren\s+er|Skribenten\s+er|Autor(?:ka)?\s+jest|"
                             r"(?:El\s+autor|La\s+autora)\s+es|L['’]autore\s+è|De\s+auteur\s+is|O\s+autor\s+é|A\s+autora\s+é)\s")


TIP_REQUEST_TITLE = "the title of a request for tips (the request follows)"


def tip_request_title(infos: list[LineInfo], i: int, end: int) -> bool:
    """"Seen a claim you want us to check?" over "Send it to us on WhatsApp …": the request's own title."""
    info = infos[i]
    return info.words <= 12 and info.line.text.endswith("?") and i + 1 < end and infos[i + 1].pattern == bp.TIP_REQUEST


def writer_note(infos: list[LineInfo], i: int) -> bool:
    """Whether line i is an op-ed's note on its writer (see _WRITER_IS) with the trade a bio tells, past the story: no
    paragraph of it in the next few lines."""
    info = infos[i]
    text = info.line.text
    return info.words <= 45 and text[:1] in "TKLDFSAEO" and bool(_WRITER_IS.match(text)) \
        and any(not trade.group(0).endswith("s") for trade in _TRADE.finditer(text)) \
        and not any(other.sentence and other.words >= 15 and not other.pattern for other in infos[i + 1:i + 6])


# A page's author is asked about with every line of its story: the names in it are read once.
@lru_cache(maxsize=64)
def _names_and_given(author: str) -> tuple[tuple[str, str, str], ...]:
    """Each name of a byline ("Maya Ortiz, Daniel Kim and Priya Raman"), with its first word and its last (none for a
    name of one word); the byline without the role it ends on too ("Dana Whitcombe Staff Writer")."""
    names = re.split(r",\s*|\s+and\s+", author)
    bare = md.without_role(author).strip(" ,")
    if bare and bare not in names:
        names.append(bare)
    return tuple((name, name.split()[0] if name.split() else name, name.split()[-1] if len(name.split()) >= 2 else "")
                 for name in names)


@lru_cache(maxsize=64)
def _full_names(author: str) -> tuple[str, ...]:
    """The names of a byline of two words or more."""
    return tuple(name for name, _, _ in _names_and_given(author) if len(name.split()) >= 2)


# ("is", "writes" in the languages of the news: Danish/Norwegian "er", Swedish "är", Finnish "on", Polish "jest", Czech
# and Croatian "je", Italian "è", Romanian "este", Greek "είναι", Lithuanian "yra", Indonesian "adalah", Bulgarian "е",
# Serbian "је".)
_BIO_VERB = regexes.compile(r",? (?:is|was|writes|covers|reports|joined|ist|est|es|é|пишет|працює|er|är|on|jest|je|è|este|"
                            r"είναι|yra|adalah|skriver|schreibt|kirjoittaa|е|је) ")
# The verbs of one who runs a desk, after the author's whole name only ("Henrike Vollmer leitet das Wirtschaftsressort
# …"): after a first name alone they are the story's ("Carolina leads the series 3-2").
_BIO_LEADS = regexes.compile(r" (?:leitet|leads|heads|edits|dirige) ")
# (Or the author's full name set off with what they were: "Margit Halvorsen, a former deputy assistant secretary general
# at NATO, is a senior fellow at …".)
_BIO_APPOSED = regexes.compile(r", (?:an?|the) [^,]{3,90}, (?:is|was|writes|covers|teaches|leads|heads|directs) ")
_TRADE = regexes.compile(r"\b" + md.ROLE_HEAD.pattern, re.IGNORECASE)  # (a whole word: not "editors" in "creditors")
_SURNAME_BIO_VERB = regexes.compile(r" (?:covers|reports|writes|is an? |was an? )")


# "“We have not moved on land,” a senior official told reporters in Kyiv on Monday.": a quotation with its reporting
# clause is the story's, even right above a photo's credit (a caption shows, it does not report what was said).
_REPORTED_QUOTE = regexes.compile(r"^[\"“„«»][^\"”“«»]{3,200}[\"”“«»],?\s+(?:[\w'’.,-]+\s+){0,6}?(?:said|says|told|added|asked|"
                                  r"sagte|sagt|erklärte|a déclaré|a dit|dijo|afirmó|disse|ha detto)\b")


_WORD = regexes.compile(r"\w+")
# A wire caption's last words: where and when the picture was taken, "… near Kearney, Nebraska, on March 12, 2025.".
_CAPTION_DATED = regexes.compile(r"\bon (?:\w+day,? )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}\.$")


_ENTRY_TIME = regexes.compile(r"^\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|h))?\s+\S")


def caption_context(infos: list[LineInfo], i: int, header: bool = False) -> bool:
    info = infos[i]
    if info.words > 40:
        return False
    if header:
        nxt = infos[i + 1] if i + 1 < len(infos) else None
        # (a gallery's link, "Galeria zdjęć (12)", may stand between the credit and the story)
        k = i + 2
        while k < len(infos) and k <= i + 3 and infos[k].pattern == "gallery/comment counter":
            k += 1
        after = infos[k] if k < len(infos) else None
        return nxt is not None and nxt.pattern == bp.PHOTO_CREDIT and (
            not info.sentence or after is not None and after.sentence and after.words >= 8)
    nxt = infos[i + 1] if i + 1 < len(infos) else None
    # The image's alt text over its caption, both opening alike ("Скриншот допису в Telegram" / "Скриншот допису.
    # Джерело: Telegram").
    if nxt is not None and nxt.pattern == "photo caption with its credit" and not info.sentence and info.words <= 12 \
            and _WORD.findall(info.line.text)[:2] == _WORD.findall(nxt.line.text)[:2]:
        return True
    # A credit sits either after its caption (then the story goes on after the credit) or before it
    # (then a caption-like line follows the credit): only in the first case is the line before a caption.
    if nxt is not None and nxt.pattern == bp.NAME_CREDIT and info.words <= 25 and not nxt.line.blank_before \
            and (info.line.blank_before or i > 0 and infos[i - 1].pattern and not infos[i - 1].sentence
                 and (_CAPTION_DATED.search(info.line.text) or infos[i - 1].words <= 3)) and nxt.line.tag is None:
        # ("Workers prepare the cottage …" / "Lena Morcombe / Northshore Public Radio", set apart together by blank
        # lines: the caption over its credit; a credit that is only a name and an outlet tells no more than that. Or,
        # with no blank lines, a wire caption dated as wire captions are: "… near Kearney, Nebraska, on March 12, 2025.",
        # or one right under the share row's last button, "Email", where the picture stands.)
        return True
    if nxt is not None and nxt.pattern == bp.PHOTO_CREDIT and (info.words <= 25 or not info.sentence) \
            and not _REPORTED_QUOTE.match(info.line.text):
        after = infos[i + 2] if i + 2 < len(infos) else None
        if not info.sentence or after is not None and after.sentence and after.words >= 8:
            return True
        # (Past a live page's own buttons under the credit, "Neue Einträge werden automatisch geladen" / "Liveblog
        # aktualisieren", to its first entry's time: the story goes on after the credit all the same — where the line
        # over the caption is furniture too, not the story's last paragraph before a box.)
        k = i + 2
        while k < len(infos) and k <= i + 4 and not infos[k].sentence and infos[k].words <= 6 \
                and not _ENTRY_TIME.match(infos[k].line.text):
            k += 1
        if k > i + 2 and k < len(infos) and i > 0 and not infos[i - 1].sentence and infos[i - 1].words <= 6 \
                and not _ENTRY_TIME.match(infos[i - 1].line.text) and not TIME_ONLY.match(infos[i - 1].line.text) \
                and _ENTRY_TIME.match(infos[k].line.text):
            return True
    # After a gallery counter or a caption in another script, the next unpunctuated lines are the caption. (A repeated
    # "Read more" under each item of a digest is a link's label, no caption: the item heading after it stays.)
    j = i - 1
    while j >= 0 and infos[j].fate == "dropped" and infos[j].reason.startswith(("repeat", "in ")) \
            and not bp.is_related_heading(infos[j].line.text):
        j -= 1
    # (Not after a badge of a word or two that the page sets again, "Abo" on a teaser as in the menu: no caption's.)
    if j >= 0 and j < i - 1 and any(infos[k].words >= 3 or not infos[k].reason.startswith("repeat") for k in range(j + 1, i)) \
            or j >= 0 and infos[j].pattern == "gallery/comment counter":
        return not info.sentence
    return False


def _links_only_under(infos: list[LineInfo], i: int, last: int) -> bool:
    """Whether every line of the box right under heading i is mostly link text, two at least (not a timeline with one
    item in plain text among its links)."""
    group = infos[i + 1].line.group
    under = [infos[j] for j in range(i + 1, last + 1)]
    box = []
    for other in under:
        if other.line.group != group or other.line.tag in _HEADINGS:
            break
        box.append(other)
    return len(box) >= 2 and all(other.pattern == LINK_TEXT for other in box)


def _menu_item_as_subheading(infos: list[LineInfo], i: int, j: int) -> bool:
    """"Council tax" as a subheading over a paragraph, a council's menu above the headline holding it too: a menu's
    item shares the words, it is no caption shown twice."""
    # (Between two of the story's paragraphs, and written nowhere else: "Hide Ad" under each ad slot is no subheading.)
    # (Or a live entry's headline under its time, the page's key events above the feed listing it:
    # "12.20 BST" / "What's in the package?" / "Here's what we know …:".)
    # (Or a fact-check's verdict heading, "Werdykt", over its closing paragraph: the claim card above the story labels
    # its verdict with the same word.)
    card = (infos[j].reason or "").startswith("a fact-check's claim card")
    return j < i and (((infos[j].reason or "").startswith("before the headline") or card)
                      and infos[i - 1].kind in ("paragraph", "list_item")
                      or TIME_ONLY.match(infos[i - 1].line.text) is not None) and not infos[i].sentence \
        and (1 if card else 2) <= infos[i].words <= 8 and i + 1 < len(infos) and infos[i + 1].sentence and infos[i + 1].words >= 8 \
        and not infos[i + 1].pattern \
        and sum(1 for other in infos if other.line.text == infos[i].line.text) == 2


def block_kind(infos: list[LineInfo], i: int, last: int, doc_script: Optional[str]) -> tuple[str, Optional[str], str]:
    info = infos[i]
    text = info.line.text
    tag = info.line.tag
    if tag in ("h2", "h3", "h4", "h5", "h6") or tag == "h1":
        # ("Ключові моменти" over links to the live page's entries, "In this article" over a contents box: the links
        # go as a menu does, and so does the heading that names them.)
        if i + 2 <= last and _links_only_under(infos, i, last):
            return "dropped", None, "the heading of a list of links (the page's contents, its key moments)"
        info.level = tag_level(tag)
        return "heading", "heading", f"subheading (<{tag}>)"
    if tag != "li" and info.sentence and DIALOGUE_DASH.match(text):
        return "paragraph", "paragraph", "paragraph: a spoken line opened by a dash"
    if tag != "li" and NUMBERED.match(text) and numbered_question(infos, i, last):
        return "heading", "heading", "subheading: a numbered question before its answer (an explainer's)"
    if tag != "li" and text[:2] in ("– ", "— ") and info.words <= 12 and i and infos[i - 1].kind \
            and infos[i - 1].line.text.rstrip().endswith(("”", '"', "»", "“")):
        # "– Mayor Catherine Boudreau" under a quotation set apart: who said it, not a list of one item.
        return "paragraph", "paragraph", "a quotation's attribution under it, opening on a dash"
    if BULLET.match(text) or tag == "li":
        return "list_item", "list_item", "list item"
    if tag == "blockquote":
        return "quote", "quote", "quotation (<blockquote>)"
    # (Questions one to a line under a colon are a list's items, "…, müssen sie drei Fragen beantworten, bevor …:" /
    # "Wer stellt Truppen …?" / "Was geschieht, wenn …?" / "Wer bezahlt …?", not subheadings of their own.)
    if info.sentence and tag is None and text.endswith(("?", "？")) and _questions_listed(infos, i, last):
        return "list_item", "list_item", SENTENCE_ITEMS
    if question_heading(infos, i, last) or interviewers_line(infos, i, last):
        return "heading", "heading", "subheading: a short question before a paragraph"
    if tag == "p" and i and i + 1 <= last and infos[i - 1].kind == "heading" and infos[i - 1].line.tag in _HEADINGS \
            and infos[i + 1].line.tag in _HEADINGS and not info.pattern and info.line.link_density < 0.3:
        # "<h2>実施期間</h2>" / "<p>2025年4月14日（月曜日）から…まで</p>" / "<h2>対象路線</h2>": a section of one short
        # line between two subheadings is that section's text.
        return "paragraph", "paragraph", "the text of a section of one line (between two subheadings)"
    if text.endswith(":") and box_follows(infos, i):
        return "dropped", None, "label of a box that was dropped"
    if info.sentence and closes_list(infos, i):
        return "list_item", "list_item", "list item: the last of a list whose items end in ',' or ';'"
    if info.sentence and tag is None and _sentence_items(infos, i, last):
        return "list_item", "list_item", SENTENCE_ITEMS
    if info.sentence and (info.words >= 3 or text.endswith(":")):
        return "paragraph", "paragraph", "sentence in the story"
    # ("The main packages at a glance" over "Package | Adopted | Main measures" under a list: the table's own label. A
    # saved page's <caption> (its line tagged "table") is the table's furniture, as its labels have it.)
    if tag not in ("caption", "table") and not info.sentence and i + 1 <= last and infos[i + 1].line.text.count(" | ") >= 2 and heading_shaped(info) \
            and " | " not in info.line.text and "(" not in info.line.text and info.words >= 3 \
            and info.line.link_density < 0.3:
        # (Not a caption giving the table's units, "Deutsche Exporte in ausgewählte Länder (… in Mio. Euro)", nor a
        # word or two over a league's standings, "Table", "Tabelle".)
        return "heading", "heading", "subheading: the label over a table"
    # ("14:30 Тарас Гнатюк" under the last item of an entry's list: the next entry's time and contributor, no item.)
    if list_context(infos, i) and not contributor_stamp(infos, i):
        return "list_item", "list_item", "list item after a line ending in ':'"

    if info.words >= 16 and info.line.tag != "td" and re.search(r"[,;]|[.!?]\s", text) and prose(text):
        return "paragraph", "paragraph", "long line inside the story"
    # ("09:15 Anna Weber": an entry's time and its contributor, as other entries of the live page have them.)
    if contributor_stamp(infos, i):
        return "dropped", None, "a live entry's time and its contributor"
    if heading_shaped(info, marks_apart=True) and info.line.link_density < 0.3 \
            and followed_by_paragraph(infos, i, last, doc_script):
        return "heading", "heading", SHORT_BEFORE_PARAGRAPH
    if info.words <= 14 and info.line.link_density < 0.3 and _next_in_heading_series(infos, i) \
            and followed_by_paragraph(infos, i, last, doc_script):
        return "heading", "heading", "subheading: the next of a series of subheadings before a paragraph"
    # (A live entry's headline opens on its time, "19:48 Talks end without a deal", as other entries of the page do.)
    if not info.sentence and info.words <= 25 and info.line.link_density < 0.3 and timed_entry(infos, i) \
            and followed_by_paragraph(infos, i + contributor_under(infos, i), last, doc_script):
        return "heading", "heading", "subheading: a live entry's time and headline"
    # (A live blog times every entry: a lone time is a video's duration, "01:26", or when the post went up.)
    if TIME_ONLY.match(text) and _may_be_heading(info) and any(
            j != i and TIME_ONLY.match(other.line.text) for j, other in enumerate(infos)):
        return "heading", "heading", "timestamp of a live-blog entry"
    return "dropped", None, "short line without sentence punctuation (caption, label or link)"


def numbered_question(infos: list[LineInfo], i: int, last: int) -> bool:
    """"2. Why do guarantees matter?" over its answer's paragraphs, the next question further down: an explainer's
    subheading. Numbered questions one under another are a list."""
    if not infos[i].line.text.endswith(("?", "؟")) or i and BULLET.match(infos[i - 1].line.text):
        return False
    nxt = next((infos[j] for j in range(i + 1, last + 1) if infos[j].fate != "dropped" and not infos[j].pattern), None)
    return nxt is not None and not BULLET.match(nxt.line.text) and question_heading(infos, i, last)


def _prose_line(info: LineInfo) -> bool:
    """A line of a text dump, or a saved page's paragraph."""
    return info.line.tag in (None, "p")


def question_heading(infos: list[LineInfo], i: int, last: int) -> bool:
    info = infos[i]
    text = NUMBERED.sub("", info.line.text)  # (a numbered question, see numbered_question)
    # (Spanish opens a question with "¿"; Arabic and Persian close it with "؟" and write no capitals.)
    opening = text.lstrip("¿¡")[:1]
    # (Greek asks with ";": see features.SENTENCE_END.)
    # (Or a prompt trailing off in an interview whose other questions are set as subheadings: "Pourtant, la croissance
    # russe reste positive…" between two answers.)
    # (In the middle of the interview, questions before and after it, and after an answer: not an answer's own opening
    # trailing off under its question, "Oui et non…", nor a story's "But it gets worse…".)
    trailing = not _asks(text) and text.endswith(("…", "...")) and 4 <= info.words <= 12 and _prose_line(info) \
        and i and infos[i - 1].kind == "paragraph" and asked_before(infos, i) and _asked_after(infos, i, last)
    if not (_asks(text) or text.endswith(";") and info.sentence or trailing) or info.words > 24 \
            or text[:1] in "\"“„«'‘" \
            or not (opening.isupper() or opening.isalpha() and opening.lower() == opening.upper()):
        return False
    # (An interviewer's question may run longer, "Peki güvenlik garantileri? Ukrayna … ne kabul edebilir?", once the
    # page has set another question as a subheading.)
    interview = asked_before(infos, i) or _asked_again(infos, i, last)
    # (Up to 24 words once the page is an interview: "Les négociateurs … se retrouvent à nouveau cette semaine.
    # Qu'est-ce qui a changé depuis le dernier round ?", the question with the fact it asks about.)
    # (Not a transcript's turn, "Daniel Okafor: …?": its label says who asks, and its questions are its lines.)
    if info.words > 9 and not interview or info.words > 16 and (not _two_sentences(text) or _TURN_LABEL.match(text)):
        return False
    prev = infos[i - 1] if i else None
    if prev is not None and prev.kind == "heading":
        return False
    for j in range(i + 1, min(last + 1, i + 3)):
        nxt = infos[j]
        if nxt.fate == "dropped" or nxt.pattern:
            continue
        # A short answer will do under an interview's question, a question in capitals ("WHAT HAPPENS NEXT?") or one
        # whose answer opens a list ("Co miałoby się zmienić?" / "… plan zakłada m.in.:").
        return nxt.sentence and (nxt.words >= 15 or nxt.words >= 5 and (interview or text.isupper())
                                 or nxt.words >= 3 and nxt.line.text.endswith(":"))
    return False


def _two_sentences(text: str) -> bool:
    """A statement, then the question: "… cette semaine. Qu'est-ce qui a changé … ?"."""
    return bool(_STATEMENT_THEN_QUESTION.search(text))


_TURN_LABEL = regexes.compile(r"^[A-ZÀ-Þ][\w'’.-]*(?:\s[A-ZÀ-Þ][\w'’.-]*){0,2}\s?:\s")
_STATEMENT_THEN_QUESTION = regexes.compile(r"\w[.!]\s+\S[^.!?]*[?؟]$")


def interviewers_line(infos: list[LineInfo], i: int, last: int) -> bool:
    """"―왜 그렇게 중요한가.", "――日本は何ができるでしょうか。": Korean and Japanese interviews open each of the
    interviewer's lines with a bar ("―"), over the longer answer, a question or not. Two or more such lines, each over
    an answer, make the page an interview and those lines its questions."""
    if not _INTERVIEWER_BAR.match(infos[i].line.text) or not _over_answer(infos, i, last):
        return False
    return any(j != i and _INTERVIEWER_BAR.match(infos[j].line.text) and _over_answer(infos, j, last)
               for j in range(last + 1))


# The horizontal bar (U+2015), once or twice, opening an interviewer's line (not the en or em dash of spoken lines).
_INTERVIEWER_BAR = regexes.compile(r"^―{1,2}\s?\S")


def _over_answer(infos: list[LineInfo], i: int, last: int) -> bool:
    info = infos[i]
    nxt = infos[i + 1] if i + 1 <= last else None
    return len(info.line.text) <= 120 and nxt is not None and not _INTERVIEWER_BAR.match(nxt.line.text) \
        and len(nxt.line.text) > len(info.line.text)


def closes_list(infos: list[LineInfo], i: int) -> bool:
    """"… tampados;" / "… carros;" / "informar vazamentos pelo telefone 195.": a list punctuated as a sentence ends with
    its full stop on the last item (in a dump with blank lines, one copied right under the item before it; in a dump
    with none, only one going on in lower case: "The council will vote on Monday." after an item is a paragraph)."""
    info = infos[i]
    prev = infos[i - 1] if i else None
    if prev is not None and prev.kind == "list_item" and prev.line.text.endswith("；") and info.line.text.endswith("。") \
            and info.line.tag is None and len(info.line.text) <= max(2 * len(prev.line.text), 40):
        return True  # (a Chinese or Japanese list's items end in "；", its last in "。")
    return prev is not None and prev.kind == "list_item" and prev.line.text.endswith((",", ";", "،", "؛")) \
        and info.line.tag is None and info.words <= 30 and info.line.text.endswith(".") \
        and (info.line.text[:1].islower() or not info.line.blank_before and prev.line.blank_before
             # (a script without capitals cannot show it goes on: its list's items end in "؛" or "،" as the last's ".")
             or info.line.text[:1].isalpha() and info.line.text[:1].lower() == info.line.text[:1].upper()
             and prev.line.text.endswith(("،", "؛"))
             # (or one no longer than the items, after two or more that end in ';': "… platformoms;" / "Rusijos
             # diplomatų … apribojimai." opens on a name)
             or _semicolon_items(infos, i) >= 2 and info.words <= max(infos[k].words for k in range(i - 2, i))
             and not BULLET.match(prev.line.text))  # (items that wear bullets end where a line wears none)


def _semicolon_items(infos: list[LineInfo], i: int) -> int:
    """How many list items ending in ';' stand right above line i."""
    n = 0
    while i - n - 1 >= 0 and infos[i - n - 1].kind == "list_item" and infos[i - n - 1].line.text.endswith(";"):
        n += 1
    return n


def _asked_again(infos: list[LineInfo], i: int, last: int) -> bool:
    """Two more questions of the same kind further down, each over its answer: the page is an interview, its first
    question, however long, a heading like the rest."""
    asked = 0
    for j in range(i + 1, min(last, len(infos) - 1)):
        text = infos[j].line.text
        if _asks(text) and infos[j].words <= 16 and infos[j + 1].sentence and infos[j + 1].words >= 5:
            asked += 1
            if asked == 2:
                return True
    return False


def _asked_after(infos: list[LineInfo], i: int, last: int) -> bool:
    """A question further down over its answer, as _asked_again counts them."""
    return any(_asks(infos[j].line.text) and infos[j].words <= 16 and infos[j + 1].sentence and infos[j + 1].words >= 5
               for j in range(i + 1, min(last, len(infos) - 1)))


def asked_before(infos: list[LineInfo], i: int) -> bool:
    """A question set as a subheading above this line: the page is an interview, its questions headings."""
    return any(infos[j].kind == "heading" and _asks(infos[j].line.text) for j in range(i - 1, -1, -1))


def _asks(text: str) -> bool:
    """Whether a line ends on a question mark: "?", Arabic "؟", Greek ";" (as the Greek question mark, U+037E, is
    typed; only in Greek text)."""
    return text.endswith(("?", "؟", "\u037e")) or text.endswith(";") and _GREEK.search(text) is not None


_GREEK = regexes.compile(r"[\u0370-\u03ff]")


def box_follows(infos: list[LineInfo], i: int) -> bool:
    """"Note from the author:" whose content is all furniture."""
    nxt = infos[i + 1] if i + 1 < len(infos) else None
    if nxt is None or nxt.pattern is None or infos[i].words > 8:
        return False
    # (Not where the list it announces comes after the box: "Eksperci wskazują trzy główne metody:" / a newsletter's
    # sign-up box / "<ol><li>flota cieni – …</li>…": the box sits between, the label is the list's.)
    j = next((j for j in range(i + 1, min(len(infos), i + 12)) if infos[j].pattern is None), None)
    return not (j is not None and infos[j].line.tag == "li" and infos[j].line.group != nxt.line.group
                and infos[i].sentence and infos[i].words >= 3)


def kept_kind(info: LineInfo) -> str:
    tag = info.line.tag or ""
    if tag.startswith("h") and tag[1:].isdigit():
        return "heading"
    if tag != "li" and info.sentence and DIALOGUE_DASH.match(info.line.text):
        return "paragraph"  # "– Vi förstår det, säger hon.": a quote as Nordic, Slavic and French papers print it
    if BULLET.match(info.line.text) or tag == "li":
        return "list_item"
    if not info.sentence and heading_shaped(info):
        return "heading"
    return "paragraph"


# A spoken line opened by a dash (not a list's hyphen): kept as a paragraph, dash and all.
DIALOGUE_DASH = regexes.compile(r"^[–—]\s+\S")


_COUNTER = regexes.compile(r"[^\W\d_][\w'’-]{2,20}\s?[:：]\s*\d[\d\s.,]*")


def heading_shaped(info: LineInfo, marks_apart: bool = False) -> bool:
    """Whether a line is shaped as a subheading: short, capitalized as titles are. With marks_apart, a mark standing
    alone is no word (French sets a space before its colon: "Le vrai angle mort : les pays tiers"); not where a
    related list's link titles, "Sanctions : l'Union européenne prépare …", would pass for one."""
    text = info.line.text
    if info.words > 14 or text.endswith((",", ";", "-", "–")) or NO_LETTERS.match(text):
        return False
    if _COUNTER.fullmatch(text):
        return False  # "Komentarų: 12", "Views: 2 184": a label and its count
    if info.script in UNSPACED or info.script in ("hebrew", "arabic"):
        return info.words <= 10
    if text[0].isalpha() and not text[0].isupper() and not text[0].islower():
        # Another script without capitals (Korean, Georgian, Devanagari): a phrase of a few words and no marks at all
        # ("플라스틱에 밀렸던 그릇"); a caption's credit, a teaser's quotes, an item's comma or a one-word tag are none.
        return 3 <= info.words <= 8 and not re.search(r"[^\w\s]", text)
    # (German quotes open with "»": »Wir bleiben«.)
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "\"“„«»'‘"):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text)]
    capitalised = sum(1 for w in words if w[0].isupper())
    small = sum(1 for w in words if len(w) <= 3 and w.islower())
    # ("Fix 1: Find the warm spot in your house", "Step 3: Let it rest": a numbered part's label, then its title in
    # sentence case; not a figure's caption, "Figure 2: The plant at night".)
    numbered = _NUMBERED_PART.match(text)
    lone = len(_LONE_MARK.findall(text)) if marks_apart else 0
    if lone and " : " in text and bp.is_related_heading(text.split(" : ", 1)[0].strip()):
        lone = 0  # ("Sur le même thème : les urgences saturées": a related link's label, then its title)
    return info.words - lone <= 7 or capitalised >= (len(words) - small) * 0.7 \
        or numbered is not None and numbered.group(1).lower() in _PART_LABELS


_LONE_MARK = regexes.compile(r"(?<!\S)[:;!?«»](?!\S)")  # (French spacing; not a dash: "Related – Police name …")
_NUMBERED_PART = regexes.compile(r"([A-Z][a-z]{1,11}) \d{1,2}[:.] +[A-Z]")
# The parts a piece is set out in (not a caption's "Figure 2:", "Slide 3:", "Screenshot 1:").
_PART_LABELS = frozenset("""step fix tip part day week month chapter option reason lesson rule idea method stage phase round
question mistake way problem myth scenario point change hack trick level act item task challenge priority principle move
sign factor goal""".split())


def contributor_under(infos: list[LineInfo], i: int) -> int:
    """1 when the line under a live entry's headline is its contributor's name alone ("Karin Holm"), else 0."""
    nxt = infos[i + 1] if i + 1 < len(infos) else None
    return int(nxt is not None and nxt.words <= 4 and not nxt.sentence and md.author_name(nxt.line.text) is not None)


def followed_by_paragraph(infos: list[LineInfo], i: int, last: int, doc_script: Optional[str]) -> bool:
    for j in range(i + 1, min(last + 1, i + 4)):
        nxt = infos[j]
        if nxt.fate == "dropped" or nxt.pattern:
            continue
        # (Or the sentence that announces a list of wordy items: "לפי הודעת העירייה:", "According to the council:"; not
        # a tag box's "More on this topic:" over one-word tags.)
        announced = nxt.words >= 3 and nxt.line.text.endswith(":") and j + 1 <= last and infos[j + 1].words >= 4
        # (Or a short sentence over a table's rows or a list: "主な措置は次の通りだ。" — "the main measures are as follows.")
        announced = announced or j + 1 <= last and nxt.sentence and (
            infos[j + 1].line.text.count(" | ") >= 2 or BULLET.match(infos[j + 1].line.text) is not None)
        return nxt.sentence and (nxt.words >= 6 or announced) \
            or BULLET.match(nxt.line.text) is not None or interviewers_line(infos, j, last)
    return False


def sentence_through_list(infos: list[LineInfo], i: int, last: int) -> Optional[str]:
    """"Ministerin mukaan … edellyttäisi" / "YK:n tai Etyjin mandaattia," / "molempien osapuolten hyväksyntää," /
    "eduskunnan kuulemista.": one sentence set out as a list — its opening on a line of its own with no stop, each item
    ending in a comma or semicolon and the last in a full stop, the items going on in lower case. "paragraph" for
    the opening, "list_item" for an item, None for a line of no such run."""
    for start in range(i, max(-1, i - 9), -1):
        end = _list_sentence_end(infos, start, last)
        if end is not None and start <= i <= end:
            return "paragraph" if i == start else "list_item"
        if start < i and (infos[start].line.text.endswith((".", "!", "?")) or infos[start].words > 25):
            return None  # (a finished sentence before: no run reaches back past it)
    return None


def _list_sentence_end(infos: list[LineInfo], start: int, last: int) -> Optional[int]:
    """The last item's index when a sentence set out as a list opens at start, else None."""
    opening = infos[start]
    text = opening.line.text
    if not 3 <= opening.words <= 25 or text[-1:] in ".!?:;,…)\"”»" or not text[:1].isupper() or opening.line.tag:
        return None
    lower = 0
    for k in range(start + 1, min(last + 1, start + 12)):
        item = infos[k].line.text
        if infos[k].words > 15 or infos[k].line.tag or BULLET.match(item):
            return None
        lower += item[:1].islower()
        if item.endswith("."):
            items = k - start
            return k if items >= 2 and lower >= items - 1 else None
        if not item.endswith((",", ";")):
            return None
    return None


def list_context(infos: list[LineInfo], i: int) -> bool:
    """Short items under a line that ends in ':' ("The package includes:")."""
    if i and infos[i - 1].kind == "list_item" and closes_list(infos, i - 1):
        return False  # the list's full stop came on the item before
    if i and infos[i - 1].kind == "list_item" and infos[i - 1].line.text[:1] in "・･":
        return False  # the items before wore Japanese bullets, this line wears none: the list ended (a caption, a heading)
    if i and infos[i - 1].reason == SENTENCE_ITEMS and not (infos[i].sentence and _one_sentence(infos[i])):
        return False  # (a list of sentences ends where a line is none, "Newest entries first" / "13:41", or is longer)
    if i and i + 1 < len(infos) and infos[i - 1].kind == "list_item" and infos[i].words <= 5 and not infos[i].sentence \
            and infos[i].line.text[:1].isupper() and not NUMBERED.match(infos[i - 1].line.text) and (
                NUMBERED.match(infos[i + 1].line.text) or infos[i - 1].line.text[:1].isdigit()
                and infos[i + 1].sentence and infos[i + 1].words >= 6):
        # "Mod de preparare" over "1. Amestecați …", "Sfaturile bunicii" over a sentence, under the quantities of a
        # recipe's ingredients: the next section's heading.
        return False
    if i and infos[i].line.tag is None and infos[i].line.blank_before and infos[i - 1].kind == "list_item" \
            and not infos[i - 1].line.blank_before and infos[i].line.text[:1].isupper() and i + 1 < len(infos) \
            and infos[i + 1].line.blank_before and infos[i + 1].sentence and infos[i + 1].words >= 8:
        # A text dump's list came as lines packed together; a line after a blank one, a paragraph under it, is the next
        # section's heading (not "Poland" opening a second packed group of the list's items).
        return False
    if i + 1 < len(infos) and infos[i + 1].sentence and _next_in_heading_series(infos, i):
        # "Mistake three: chasing perfection …" under the items of a list that "Mistake two: …" opened: the series of
        # subheadings goes on, the list has ended.
        return False
    j = i - 1
    # (an ad label between "They include:" and the items stands in no list: "They include:" / "Advertisement" / …)
    while j >= 0 and (infos[j].kind == "list_item" or infos[j].pattern == "advertising label"):
        j -= 1
    if j < 0 or not infos[j].line.text.endswith((":", "：", "。", ".")) \
            or not _ANNOUNCES_LIST.search(infos[j].line.text) or infos[j].pattern:
        return False  # (a furniture label's items, "Suggested Topics:" / "Transport", are furniture too)
    return infos[i].words <= 25


SENTENCE_ITEMS = "list item: one of three or more short sentences under a line ending in ':'"

# "Mistake one: …", "Step 2: …", "Tip #3 – …": a word and the place in a series, then the subheading's words.
_SERIES_HEADING = regexes.compile(r"^(\w+)\s+#?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                  r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[IVX]{1,4})\s*[:：.–—-]\s",
                                  re.IGNORECASE)


def _next_in_heading_series(infos: list[LineInfo], i: int) -> bool:
    """Whether line i opens as a subheading above it does, the same word then another place in the series
    ("Mistake two: …" a heading, "Mistake three: …" this line)."""
    m = _SERIES_HEADING.match(infos[i].line.text)
    if m is None or not m.group(1)[:1].isupper() or infos[i].sentence:
        return False
    word, place = m.group(1).casefold(), m.group(2).casefold()
    before = _SERIES_HEADING.match(infos[i - 1].line.text) if i else None
    if before is not None and before.group(1).casefold() == word:
        return False  # ("Day two - hiking boots" / "Day three - …": a list's items that open alike, the last of them too)
    for k in range(i - 1, -1, -1):
        if infos[k].kind == "heading":
            other = _SERIES_HEADING.match(infos[k].line.text)
            if other is not None and other.group(1).casefold() == word and other.group(2).casefold() != place:
                return True
    return False


def _questions_listed(infos: list[LineInfo], i: int, last: int) -> bool:
    """Line i among three or more questions, one to a line, right under a line ending on a colon (a list of questions;
    not the story's next question after a list of statements, an interview's or an explainer's)."""
    def question(k: int) -> bool:
        return 0 <= k <= last and _one_sentence(infos[k]) and infos[k].line.text.endswith(("?", "？"))
    start, end = i, i
    while question(start - 1):
        start -= 1
    while question(end + 1):
        end += 1
    return end - start >= 2 and start > 0 and infos[start - 1].line.text.endswith((":", "：")) \
        and _sentence_items(infos, i, last)


def _one_sentence(info: LineInfo) -> bool:
    return info.sentence and info.line.tag is None and 3 <= info.words <= 25 and not _INNER_STOP.search(info.line.text) \
        and not info.pattern and not info.line.text.endswith(":")


_INNER_STOP = regexes.compile(r"[.!?][\"”’»]*\s+\S")
# A colon that introduces someone's words, not a list: "Tom Ashworth said:", "She told the BBC:".
_SPEECH_COLON = regexes.compile(r"\b(?:said|says|told|tells|wrote|writes|added|adds|asked|asks|explained|explains|warned|"
                                r"warns|put it|recalled|recalls)\b[^:]*:$")


_MOST_SENTENCE_ITEMS = 6


def _sentence_items(infos: list[LineInfo], i: int, last: int) -> bool:
    """"The team's key findings were:" over three or more short sentences of one line each, the next line a longer
    paragraph or a heading: a list whose bullets copying lost (a text dump has no other trace of them)."""
    if not _one_sentence(infos[i]):
        return False
    start = i
    while start > 0 and _one_sentence(infos[start - 1]):
        start -= 1
    head = infos[start - 1] if start else None
    if head is None or not head.line.text.endswith((":", "：")) or head.pattern or _SPEECH_COLON.search(head.line.text) \
            or head.kind not in ("paragraph", None):
        return False
    end = start
    # (An item runs about as long as the others: a line twice the longest so far is the story going on after them.)
    while end + 1 <= last and _one_sentence(infos[end + 1]) \
            and infos[end + 1].words <= max(20, 2 * max(infos[k].words for k in range(start, end + 1))):
        end += 1
    if end == last and end - start >= 3 and infos[end].words > 2 * max(infos[k].words for k in range(start, end)):
        end -= 1  # (the story's closing sentence after its list, "Atas putusan itu, …", no item of it)
    if i > end:
        return False
    after = infos[end + 1] if end + 1 <= last else None
    # (A list is short, and one running to the story's end shorter still: wire copy is written in one-sentence
    # paragraphs, and a colon over them, "The Kremlin's readout of the call was brief:", makes no list of the rest.)
    # (Longer when no item reports anyone's words: a council's ten conditions; wire copy's paragraphs say who said them.)
    most = 5 if after is None else _MOST_SENTENCE_ITEMS if any(
        bp.REPORTS_SPEECH.search(infos[k].line.text) for k in range(start, end + 1)) else 10
    if not 3 <= end - start + 1 <= most:
        return False
    longest = max(infos[k].words for k in range(start, end + 1))
    # (The run ends on something else: the story's end, a heading-shaped line, or a paragraph longer than any item.)
    return after is None or not after.sentence or after.words > longest or _INNER_STOP.search(after.line.text) is not None


# A line that announces a list: it ends in a colon, or in Japanese and Korean says "the following" before its full
# stop ("以下の補強ポイントを挙げている。", "다음과 같다.").
_ANNOUNCES_LIST = regexes.compile(r"[:：]$|(?:以下|次の|下記).{0,30}。$|다음과 같(?:다|습니다)\.$")


def teaser_pairs_end(infos: list[LineInfo], start: int, last: int, longest: int = 45) -> int:
    """Under a "More news" label: headline, summary, headline, summary… — where that run ends (start if no run).
    A card may show its date first ("25 February 2025" / headline / summary). (A long quotation is no card's summary:
    "„Abschreckung entsteht nicht durch Unterschriften …“, sagt der Militärhistoriker …" is the story's.)"""
    j, pairs = start, 0
    while True:
        k = j + 1 if j <= last and infos[j].words <= 6 and md.date_line(infos[j].line.text) else j
        if not (k + 1 <= last and (not infos[k].sentence or _title_case(infos[k].line.text)) and infos[k].words <= 16
                and infos[k + 1].sentence and infos[k + 1].words <= longest
                and not (infos[k + 1].words > 30 and infos[k + 1].line.text[:1] in "\"“„«‘»")
                # (Nor a shorter one with whose words they are: "„Jeder gelistete Tanker …“, sagt die Expertin …".)
                and not _QUOTE_THEN_SAID.match(infos[k + 1].line.text)
                # (A card's summary introduces no list: "Was jetzt zu tun ist" / "Europa sollte drei Dinge tun, und
                # zwar rasch:" is the story's subheading and the sentence over its list.)
                and not infos[k + 1].line.text.rstrip().endswith((":", "："))):
            break
        if longest < 45 and (infos[k].pattern or infos[k + 1].pattern):
            break  # (short cards: a newsletter box's label and prompt are no card)
        pairs += 1
        j = k + 2
    return j if pairs >= 2 else start


_QUOTE_THEN_SAID = regexes.compile(r"^[\"“„«‘»].{10,}?[\"”“»’«],?\s*(?:—\s*)?(?:sagt|sagte|sagen|erklärt|betont|said|says|"
                                   r"told|dit|a déclaré|explique|afirma|dice|dijo|ha detto|mówi|powiedział|zegt|"
                                   r"zei|säger|sanoo|каже|сказал|заявил)\b", re.IGNORECASE)


def _title_case(text: str) -> bool:
    """"Public School Enrollment Keeps Falling. Here Is Where the Children Went.": a headline, full stops or not."""
    words = re.findall(r"[^\W\d_]{4,}", text)
    return len(words) >= 3 and sum(1 for w in words if w[0].isupper()) >= len(words) * 0.8


def other_language(text: str, story_language: Optional[str]) -> bool:
    """A Latin-script line clearly in another language than the story ("Postagem recentes" under English)."""
    if story_language is None or main_script(text) != "latin":
        return False  # common-word lists only tell Latin-script languages apart reliably
    lang = line_language(text)
    return lang is not None and lang != story_language


def story_language(infos: list[LineInfo]) -> Optional[str]:
    body = " ".join(i.line.text for i in infos if i.kind == "paragraph")
    return line_language(body) if body else None


# A live entry's flag between its time and its headline.
_ENTRY_LABEL = regexes.compile(r"(?i:breaking(?: news)?|key (?:event|update)|update|updated|pinned|important|eilmeldung|wichtig|"
                               r"urgent|dernière minute|última hora|urgente|ultim'ora|ultima ora|pilne|терміново|срочно|"
                               r"важливо|важно|breaking nyt|breaking nytt|viktig|tärkeä)\s*[:!]?")


def live_entry_headlines(infos: list[LineInfo], first: int, last: int) -> None:
    """A live page's entry: its time ("19:20 GMT"), then its headline, then its text. The headline heads the entry; the
    time is the entry's metadata. In copied text the headline sits right under the time, with no blank line between
    ("EU: 21st package stays in force" is no teaser there); in HTML it is the heading after the time. A dump copied
    with no blank line anywhere cannot set the text apart so: there the short line between the time and the text is it."""
    blank_lines: Optional[bool] = None  # worked out on the first time over a line and a paragraph (most pages have none)
    headed = False
    # A time said in words ("Posted at 21:31") is dropped as a date label, not kept as a heading; and on a page whose
    # newest entries are short, the first of them stand above its first long paragraph, in the header: their
    # headlines were taken for kickers. Three such times at least make the page a live one.
    posted = {i for i in range(last - 1) if _posted_at(infos[i])}
    start = min(first, min(posted)) if len(posted) >= 3 else first
    # (So may the newest entry's time and headline, a pinned summary right above the first long paragraph, when the
    # story's entries have times too.)
    if sum(1 for info in infos[first:last] if info.kind == "heading" and TIME_ONLY.match(info.line.text)) >= 2:
        posted |= {i for i in range(max(0, first - 3), first) if TIME_ONLY.match(infos[i].line.text)}
        start = min([start] + [i for i in posted if i < first])
    for i in range(start, last - 1):
        time = infos[i]
        if not (time.kind == "heading" and TIME_ONLY.match(time.line.text) or i in posted):
            continue
        # (How long ago, or the day, may stand under the time: "09:47" / "hace 12 minutos" / the headline.)
        # (Or the entry's flag, "16:48" / "Breaking" / the headline; or both. Or its writer's name alone, over the
        # headline rather than under it: "18.06 GMT" / "Rachel Moorcroft" / the headline.)
        at = i + 1
        while at < i + 3 and at + 2 <= last and (entry_age(infos[at]) or _ENTRY_LABEL.fullmatch(infos[at].line.text)
                                                 or _writer_over_headline(infos, at)):
            at += 1
        head = infos[at]
        if _writer_alone(infos, at, first, last):
            continue  # "11.02 GMT" / "Daniel Fenwick" / the text: an entry with no headline, signed as the others are
        # (The entry's photo may stand between its headline and its text: "Image source, …" / "Image caption, …".)
        under = at + 1
        while under < min(last, at + 3) and infos[under].pattern == bp.PHOTO_CREDIT:
            under += 1
        text = infos[under]
        # (The entry's writer may stand between its headline and its text: "Ian Ferris" / "Security correspondent".)
        contributor = text.kind != "paragraph" and under == at + 1 and at + 3 <= last and _contributor(infos, at + 1)
        # (Or the name alone, with no role under it: "Kremlin says …" / "Callum Achebe" / the text.)
        signed = not contributor and text.kind != "paragraph" and under == at + 1 and at + 2 <= last \
            and infos[at + 2].kind == "paragraph" and _name_alone(infos[at + 1])
        if contributor:
            text = infos[at + 3]
        elif signed:
            text = infos[at + 2]
        if text.kind != "paragraph":
            continue
        teaser = (head.pattern or head.reason or "").startswith("link to another story")
        if head.pattern and not teaser:
            continue
        if head.line.tag in ("h2", "h3", "h4", "h5", "h6"):
            if head.kind != "heading" and not teaser:
                continue
        elif head.line.tag is not None or head.line.blank_before and not _spaced_throughout(infos, first, last) \
                or not 2 <= head.words <= 15 or head.line.text.endswith(".") \
                or not head.line.text.lstrip("‘“\"'«„")[:1].isupper():
            continue  # (a dump with a blank line before every line, as one with none, cannot set the headline apart)
        elif not text.line.blank_before and not (time.line.blank_before and at > i + 1):
            # (Where the time, its age and the headline open an entry set off by a blank line, the text may follow
            # the headline without one.)
            if blank_lines is None:
                blank_lines = any(info.line.blank_before for info in infos[1:])  # (the first line counts as after one)
            if blank_lines:
                continue
        if at == i + 1 and head.line.tag is not None and head.line.group == time.line.group \
                and time.line.text[:1].isdigit():
            # (A saved page sets the time beside the headline in the entry's header, "<time>18:42</time> <h3>…": one
            # heading, "18:42 Summit adjourns", as the page shows it. A dump's time on its own line stays apart.)
            head.line.text = f"{time.line.text} {head.line.text}"
            drop_line(time, "the time of a live entry, set before its headline")
        else:
            drop_line(time, "the time of a live entry (its headline follows)")
        if contributor or signed:
            drop_line(infos[at + 1], "the live entry's writer, under its headline")
        if contributor:
            drop_line(infos[at + 2], "the live entry's writer's role")
        head.fate, head.kind, head.reason = "heading", "heading", "the headline of a live entry, under its time"
        head.level = time.level or 2
        headed = True
    # An entry with no headline on a page whose entries have them: its time is metadata too, not a heading.
    if headed:
        for info in infos[first:last + 1]:
            if info.kind == "heading" and TIME_ONLY.match(info.line.text):
                drop_line(info, "the time of a live entry (the page's entries have headlines; this one has none)")


def _writer_alone(infos: list[LineInfo], j: int, first: int, last: int) -> bool:
    """A name alone that signs more of the page's entries than this one."""
    name = infos[j].line.text
    return 2 <= infos[j].words <= 4 and md.author_name(name) == name \
        and sum(info.line.text == name for info in infos[first:last + 1]) >= 2


def _writer_over_headline(infos: list[LineInfo], j: int) -> bool:
    """A name alone between a live entry's time and a short line that is no paragraph (its headline)."""
    name, head = infos[j].line.text, infos[j + 1]
    # (Or signed so: "Posted by Aoife Brennan".)
    return 2 <= infos[j].words <= 6 and head.kind != "paragraph" and not head.sentence \
        and (md.author_name(name) == name or md.byline(name) is not None)


def _posted_at(info: LineInfo) -> bool:
    return info.fate == "dropped" and info.pattern is None and info.line.text[:1] in "PpUu" \
        and info.line.text.lower().startswith(("posted at", "updated at", "published at")) \
        and bool(TIME_ONLY.match(info.line.text))


def _name_alone(info: LineInfo) -> bool:
    return 2 <= info.words <= 4 and not info.sentence and md.author_name(info.line.text) == info.line.text


def _contributor(infos: list[LineInfo], j: int) -> bool:
    """A name alone on its line, then a short line of the writer's role ("Security correspondent", "Reporting from
    Brussels"), then the text: who wrote a live entry."""
    name, role = infos[j].line.text, infos[j + 1]
    return 2 <= infos[j].words <= 4 and md.author_name(name) == name and not role.sentence and role.words <= 5 \
        and role.line.tag is None and infos[j + 2].kind == "paragraph"


def _spaced_throughout(infos: list[LineInfo], first: int, last: int) -> bool:
    # (A list's items may come copied with no blank line between them on a page that spaces everything else.)
    return all(info.line.blank_before or info.kind == "list_item" for info in infos[first:last + 1])


def entry_age(info: LineInfo) -> bool:
    """"hace 12 minutos", "2 hours ago", "27 nov": how long ago a live entry went up, or its day, under its time."""
    return info.fate == "dropped" and info.words <= 3 and (
        info.pattern == "relative timestamp" or any(c.isdigit() for c in info.line.text) and not info.sentence)


_FIRST_NUMBERED = regexes.compile(r"^1[.)]\s")


def drop_orphan_headings(infos: list[LineInfo], first: int, last: int) -> None:
    """A subheading with no story under it (before another heading or the end) was a label, not a heading."""
    pending: Optional[LineInfo] = None
    for info in infos[first:last + 1]:
        if info.kind == "heading" and info.line.tag is None:
            # (A section's heading over its first question, "What Japan can do" / "――What can Japan do?", heads
            # the section: an interview's questions are headings of their own.)
            # (Nor does "The four models" over "1. NATO membership": a section's heading over its numbered parts.)
            if pending is not None and not _INTERVIEWER_BAR.match(info.line.text) \
                    and not (_FIRST_NUMBERED.match(info.line.text) and not NUMBERED.match(pending.line.text)):
                drop_line(pending, "short line with no paragraph under it (label)")
            pending = info
        elif info.kind is not None:
            pending = None
    if pending is not None:
        drop_line(pending, "short line with no paragraph under it (label)")


def _may_be_heading(info: LineInfo) -> bool:
    """A text dump cannot say; HTML can: a time in a <time>/<span> beside the entry's <h2> is not its heading."""
    tag = info.line.tag
    return tag in (None, "h2", "h3", "h4", "h5", "h6", "p", "div", "li", "dt", "td")
