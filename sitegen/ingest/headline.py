"""The headline: which header line it is, what is glued to it, and one made from the lead when there is none."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from sitegen import regexes
from sitegen.ingest import boilerplate as bp
from sitegen.ingest import metadata as md
from sitegen.ingest import headline_features as hf
from sitegen.ingest.blocks import caption_context
from sitegen.ingest.features import (BULLET, CLIP_LABEL, DATE_KNOWN, NO_LETTERS, SUMMARY_LABEL, TIME_ONLY, LineInfo,
                                     timed_entry, times_alone)
from sitegen.ingest.language import UNSPACED, letter_runs

OUTLET_WORDS = regexes.compile(
    r"\b(?:times|post|news|daily|review|gazette|herald|journal|tribune|report|observer|guardian|chronicle|"
    r"courier|telegraph|express|mail|star|sun|press|monitor|standard|today|weekly|magazine|zeitung|allgemeine|"
    r"rundschau|presse|nachrichten|tageblatt|journal|monde|figaro|libération|diario|noticias|folha|jornal|notícias|"
    r"corriere|gazzetta|repubblica|stampa|gazeta|wiadomości|новости|вести|известия|газета|правда|новини|вісті)\b",
    re.IGNORECASE)


def outlet_like(name: str, infos: list[LineInfo]) -> bool:
    """A short first line is the site's name when it reads like one or the page names it again."""
    if name[:1].islower() or bp.boilerplate_reason(name, len(name.split())):  # Arabic, CJK: no capitals
        return False
    if OUTLET_WORDS.search(name) or re.search(r"\.(?:com|net|org|co\.uk|de|fr|ru|ua)\b", name, re.IGNORECASE):
        return True
    key = name.casefold()
    return sum(1 for info in infos[1:] if key in info.line.text.casefold()) >= 1


def runs_into_short_sentences(infos: list[LineInfo], i: int, end: int) -> bool:
    """A short sentence followed by more short sentences is the start of the story, not a dek."""
    if not infos[i].sentence:
        return False
    for j in range(i + 1, end):
        nxt = infos[j]
        if nxt.fate in ("author", "date"):
            return False  # the byline ends the header's dek; what follows it is a note or the story
        if nxt.fate is not None or nxt.pattern or nxt.words <= 30 and caption_context(infos, j, header=True):
            continue  # (the lead photo's caption, over its credit, is no sentence of the story)
        if nxt.words <= 3 and (nxt.line.text.endswith((":", "：")) or nxt.line.text.isupper()):
            continue  # (a fact-check's verdict box under the dek, "Oordeel:" / "ONWAAR", over the byline)
        return nxt.sentence and not md.date_line(nxt.line.text) and not md.byline(nxt.line.text)
    return False


def pick_headline(infos: list[LineInfo], candidates: list[int], end: int, h1: Optional[int]) -> tuple[Optional[int], str]:
    """The headline among the header's candidates: the rules' pick (_rules_headline), unless it bears a mark of the
    furniture that stands near headlines — a score or weather line, a list's item, a label of three words or fewer, a
    verdict — and the learned score (sitegen.ingest.headline_features) prefers another candidate. The rules know the
    shapes they were written for; the score weighs position, shared words and shape together on shapes they were not.
    Also why, for `sitegen ingest --explain`.
    """
    chosen, why = _rules_headline(infos, candidates, end, h1)
    if chosen is None or chosen == h1 or len(candidates) < 2 or not furniture_marked(infos[chosen].line.text):
        return chosen, why
    h = hf.header(infos, candidates, end, lambda text: stems(text, pairs=True))
    best = max(candidates, key=lambda i: (hf.score(h, i), -i))
    if best == chosen or furniture_marked(infos[best].line.text):
        return chosen, why
    parts = hf.contributions(h, best)
    top = sorted((item for item in parts.items() if item[1]), key=lambda item: -abs(item[1]))[:4]
    return best, (f"the learned score's pick (line {infos[chosen].line.n} looks like page furniture): "
                  + ", ".join(f"{name} {value:+.2f}" for name, value in top))


# Tokens of a score, a temperature, a count: numbers and symbols standing alone.
_FIGURE_TOKEN = regexes.compile(r"^(?:[\d.,:/%°]+['’′]?|[|•·°℃+\-–—]|°C,?|[\d.,]+(?:°C?|%|km|h))$")
_VERDICT = regexes.compile(r"^[A-ZÀ-ÞА-ЯЁ]{3,}[.!:]\s")


def furniture_marked(text: str) -> bool:
    """Whether a headline-shaped line bears a mark of page furniture rather than a headline: a score line or a weather
    bar ("KINGSPORT 3 ROVERS 1", "Michalovce 2 °C | Trebišov 3 °C"), an item of a list, a label of three words or
    fewer ("Wojna w Ukrainie"), a verdict opening on a word in capitals ("FALSO. …")."""
    tokens = text.split()
    if not tokens:
        return False
    figures = sum(1 for t in tokens if _FIGURE_TOKEN.match(t))
    # (Chinese and Japanese put no spaces between words: a headline there is two or three clauses of many characters,
    # set apart by spaces; a menu row copied glued into one run of characters is one.)
    label = len(tokens) <= 3 and not (len(tokens) >= 2 and len(text) > 12 and _CJK_RUN.search(text))
    return (figures >= 2 and figures * 5 >= len(tokens) or BULLET.match(text) is not None
            or label or _VERDICT.match(text) is not None)


# A forum reply's subject: "Re: <the thread's title>" (phpBB, vBulletin; German "Aw:", Polish "Odp:", Nordic "Sv:"/"Vs:").
REPLY_SUBJECT = regexes.compile(r"^(?:Re|RE|Aw|AW|Odp|ODP|Sv|SV|Vs|VS|Réf|Rif|Ynt)\s*(?:\[\d+\])?\s*:\s*")


def _rules_headline(infos: list[LineInfo], candidates: list[int], end: int,
                    h1: Optional[int]) -> tuple[Optional[int], str]:
    """The headline among the header's candidates by the rules: the first that shares words with the story. Also why.

    Lists of other stories ("Trending: …") and section names also look like headlines; only the
    real one is about what the story is about.
    """
    # (The dek its markup names is no headline: under a headline in no <h1> that fell outside the story's element, the
    # title comes from the page's head.)
    candidates = [i for i in candidates if infos[i].fate != "description"]
    if not candidates:
        return None, _BY_THE_STORY
    if h1 is not None and h1 in candidates:
        return h1, "the page's <h1>"
    # A thread's title, which its replies set again after "Re:" ("Re: Bright fireball over the Pennines …").
    replied = {info.line.text[m.end():].strip().casefold() for info in infos[end:]
               if info.line.text[:1] in "RrAaOoSsVvY" and (m := REPLY_SUBJECT.match(info.line.text))}
    titled = next((i for i in candidates if infos[i].line.text.strip().casefold() in replied), None) if replied else None
    if titled is not None:
        return titled, "the thread's title, which its replies set again after 'Re:'"
    # (And the line right over the "Thread starter …" line of a forum's thread header: the forum's name, over it in
    # the breadcrumb, may share more of the post's words.)
    starter = next((i for i in range(min(candidates), end) if infos[i].line.text[:1] in "TtKkEeAaCc"
                    and md.THREAD_STARTER.match(infos[i].line.text)), None) if candidates else None
    if starter is not None and starter - 1 in candidates:
        return starter - 1, "the thread's title, right over its 'Thread starter' line"
    if h1 is None:
        titled = document_title(infos, candidates)
        if titled is not None:
            return titled, "the copied document title (the headline, then the site's name)"
        shared = _named_by_share_bar(infos, candidates, end)
        if shared is not None:
            return shared, "the headline the share bar names (\"Share … for: <headline>\")"
    # A video or audio player above the headline ("Watch: …" / "0:00 / 2:31" / "Fullscreen" / the show's name): the
    # clip's title and caption border its controls, and shares the story's words; the headline is a line below it.
    # A bulletin board's post table above the story: its title row is the headline, not the rows of views or office.
    rows = [i for i in candidates if (board_value(infos, i) or "").strip()[3:] and not NO_LETTERS.match(board_value(infos, i))]
    if rows:
        candidates = [i for i in candidates if i in rows or board_value(infos, i) is None and " | " not in infos[i].line.text]
    clips, captions = player_lines(infos, end)
    if clips:
        # (A clip's title that says so, "Se video: …", "Watch: …", is never the headline while another line can be.)
        candidates = [i for i in candidates if i not in clips or i not in captions
                      and not CLIP_LABEL.match(infos[i].line.text)
                      and not any(k > i and k not in clips for k in candidates)] or candidates
    # Headlines stand above the byline: a line under it ("Maya Ortiz reported from Port Avery.") is a note,
    # when some candidate stands above it.
    # (A transcript's "Speaker: …" line stands above the speech's title, as the date does: it is no byline in that sense.)
    # (A byline's label on a line of its own, "Von" over "Denis Dilba", is the byline's place as well, and two names or
    # more over the date, "Harriet Lomax and Callum Achebe" / "Thu 19 Feb 2026 19.48 GMT", a byline without "By".)
    byline_at = next((i for i in range(min(candidates), end) if (md.byline(infos[i].line.text)
                      or md.is_byline_label(infos[i].line.text) and i + 1 < end and md.author_name(infos[i + 1].line.text)
                      or _authors_over_date(infos, i) and _told_above(infos, i, candidates, end)
                      or i - 1 in candidates and _name_over_dek_and_date(infos, i))
                      and not md.speaker_line(infos[i].line.text)), None)
    if byline_at is not None and any(i < byline_at for i in candidates):
        candidates = [i for i in candidates if i < byline_at]
    # A score box's field, a label and the goals of a match ("Mål: 1-0 Mikkel Vad (23.), 1-1 …"), is no headline; nor a
    # results ticker's line, two teams' names and the score between them ("Unión Tarifeña 2-1 Atlético Guadalmar").
    # (A ticker's: another result right above or under it. "Liverpool 2-0 Manchester City" alone is a match report's
    # headline.)
    candidates = [i for i in candidates if not _SCORE_FIELD.match(infos[i].line.text)
                  and not (_result_line(infos[i].line.text)
                           and any(0 <= k < len(infos) and _result_line(infos[k].line.text) for k in (i - 1, i + 1)))] \
        or candidates
    # A breadcrumb trail of a word or two an item ("Home › News") is the page's path, not its headline.
    candidates = [i for i in candidates if not (_crumb_trail(infos[i].line.text) and all(
        len(item.split()) <= 3 for item in re.split(r"[›»>＞]", infos[i].line.text)))]
    # A line numbered as the first of a sequence the page goes on with ("I. Pociąg do Kijowa" … "II. …", "1. The
    # Night Train" … "2. …") is a long read's first chapter heading, however much of the story it shares.
    candidates = [i for i in candidates if not _first_chapter(infos, i)] or candidates
    # A line the page sets again between two of the story's paragraphs ("Photo: Anna Berg / Nordpost" under each
    # picture) is a credit or a label; a headline is not printed again inside its story.
    again = _again_in_the_story(infos, candidates, end)
    candidates = [i for i in candidates if i not in again] or candidates
    # A line under a bare time in a run of times and lines ("09:51" / a story / "09:44" / a story / "09:42" / …) is an
    # entry of a "latest news" list, even the one that is a short form of the page's own headline.
    candidates = [i for i in candidates if not timed_entry(infos, i)] or candidates
    # (A live page's first entry too, "15:48" / "Hungary says no …", where the page sets several times on lines of their
    # own: the page's headline stands above its entries.)
    if times_alone(infos) >= 3:
        candidates = [i for i in candidates if not (i >= 1 and TIME_ONLY.match(infos[i - 1].line.text))] or candidates
    # The items of a sidebar's list under its label ("Recent comments", "Most read") are no headline; the line right
    # above the byline or date under them is.
    candidates = [i for i in candidates if not _under_list_label(infos, i)] or candidates
    # Nor are a summary's points under its label ("Key points:" / "The $48 million barrier closed …" / the byline): the
    # headline stands above the box, over the video player too.
    candidates = [i for i in candidates if not _under_summary_label(infos, i)] or candidates
    # "Cookies op RTV Waddenkust" over "Wij gebruiken cookies …": the consent banner's own heading.
    candidates = [i for i in candidates if not (_COOKIE_WORD.search(infos[i].line.text) and i + 1 < len(infos)
                                                and (infos[i + 1].pattern or "").startswith("cookie/consent notice"))] \
        or candidates
    # A line repeating an item of the breadcrumb trail above it is the section's name over the headline ("ホーム ＞
    # ニュース ＞ ニュースリリース ＞ 2025" then "ニュースリリース" alone). (Not its last item: a trail often ends on the
    # page's own headline.)
    trails = [k for k in range(end) if infos[k].line.text[:1] not in "“\"" and _crumb_trail(infos[k].line.text)]
    if trails:
        candidates = [i for i in candidates if not any(
            k < i and infos[i].line.text.strip().casefold() in
            {item.strip().casefold() for item in re.split(r"[›»>＞]", infos[k].line.text)[:-1]} for k in trails)] \
            or candidates
    # A kind of page's label alone is a kicker over the headline: "プレスリリース", "Press release", "Pressemitteilung".
    candidates = [i for i in candidates if not _GENRE_ALONE.fullmatch(infos[i].line.text.strip())] or candidates
    masthead = _blog_masthead(infos, candidates)
    candidates = [i for i in candidates if i not in masthead] or candidates
    if not candidates:
        return None, _BY_THE_STORY
    # Two or more names over the date ("Marek Jansen and Olha Dovzhenko" / "Dec 01, 2026") are a newsletter's authors,
    # not its headline, however many words the story shares with them.
    authors = {i for i in candidates if _authors_over_date(infos, i)}
    # (Nor a byline box's two lines, "Priya Venkataraman" over "Energy and trade reporter", right above the date.)
    authors |= {k for i in candidates if i >= 1 and md.name_over_role(infos[i - 1].line.text, infos[i].line.text)
                for k in (i - 1, i)}
    candidates = [i for i in candidates if i not in authors] or candidates
    stacked = header_stack(infos, candidates, end)
    chosen = _by_the_story(infos, candidates, end)
    # An interview's first question under the byline shares the most words with the answers; the headline stands over
    # the name and date ("Marek Zieliński" / "3 grudnia 2025 06:00"), and shares words with the story too.
    if chosen is not None and _first_of_questions(infos, chosen):
        named_at = next((j for j in range(min(candidates), chosen) if _names_over_date(infos, j)), None)
        story = _story_terms(infos, end)
        above = [i for i in candidates if named_at is not None and i < named_at and not infos[i].pattern
                 and _about(infos[i].line.text, story) > 0]
        if above:
            chosen = _by_the_story(infos, above, end)
    # The header stacked over the byline is read from its top: the lines under its headline hang from it.
    if stacked is not None and chosen in stacked[1] and chosen != stacked[0]:
        return stacked[0], (f"the top of the header stacked over the byline (line {infos[chosen].line.n}, "
                            "its kicker or a line hanging from it, shares more words with the story)")
    if chosen is not None and _overline(infos, chosen, candidates, end):
        return chosen + 1, (f"the line under line {infos[chosen].line.n}, over the dek and the byline or date "
                            "(that line is its overline)")
    return chosen, _BY_THE_STORY


_GENRE_ALONE = regexes.compile(r"(?:press release|media release|news release|pressemitteilung|pressemeldung|"
                               r"communiqué(?: de presse)?|nota de prensa|comunicado(?: de prensa)?|comunicato stampa|"
                               r"persbericht|komunikat prasowy|tiskov[áa] zpráva|пресс-релиз|прес-реліз|プレスリリース|ニュースリリース|"
                               r"報道発表(?:資料)?|新闻稿|보도자료)", re.IGNORECASE)
# (Or the consent it asks for, "Wir brauchen Ihre Zustimmung", "We value your privacy", "Votre consentement".)
_COOKIE_WORD = regexes.compile(r"cookie|çerez|kakor|evästee|sütik|kolačić|ciasteczk|クッキー|쿠키|zustimmung|einwilligung|"
                               r"datenschutz|consent|privacy|consentement|confidentialité|consenso|privacidad|"
                               r"privacidade|toestemming|samtycke|samtykke|suostumu|zgod[ayę]|prywatnoś|souhlas|"
                               r"согласи|конфиденциальн|згод|同意|동의", re.IGNORECASE)


def _told_above(infos: list[LineInfo], at: int, candidates: list[int], end: int) -> bool:
    """Whether names over the date at `at` are the story's byline: a candidate above them tells of the story (shares
    its words: not a row of sections, "Biology Plants & Animals Ecology"), and no other date stands between them and
    the story (not a teaser's byline over the page's own headline and date)."""
    if any(infos[j].fate == "date" or infos[j].words <= 8 and md.date_line(infos[j].line.text) for j in range(at + 2, end)):
        return False
    story = _story_terms(infos, end)
    return any(_about(infos[i].line.text, story) > 0 for i in candidates if i < at)


def _blog_masthead(infos: list[LineInfo], candidates: list[int]) -> set[int]:
    """A blog's masthead: the page opens on the blog's name and sets it again with its tagline right under it
    ("ゆずこのおうちごはん日和" / "読者になる" / "ゆずこのおうちごはん日和" / "共働き・2児ママの「平日20分」おうちごはん記録").
    The name and the tagline say what every post of the blog is about; the post's headline is a candidate lower down."""
    if len(candidates) < 3 or not infos:
        return set()
    name = infos[0].line.text
    again = next((i for i in candidates if i >= 2 and infos[i].line.text == name), None)
    if again is None or again + 1 not in candidates or again + 1 == candidates[-1] or infos[again + 1].words > 20:
        return set()
    return {0, again, again + 1}


_SCORE_FIELD = regexes.compile(r"^[^\W\d_]{2,20}\s?:\s.*?\b\d{1,2}\s?[-–:]\s?\d{1,2}\b.*?\b\d{1,2}\s?[-–:]\s?\d{1,2}\b")


_MORE_INFORMATION = regexes.compile(r"(?:m[aá]s|more|plus\s+d['’]|mehr|weitere|maggiori|meer|więcej|mais|další|lisää)\s*"
                                     r"(?:info|informa|informace|tietoa)", re.IGNORECASE)
_SCORE_BETWEEN = regexes.compile(r"\s(\d{1,3})\s?[-–:]\s?(\d{1,3})\s")
_NAME_PARTICLES = frozenset("de del la los las da do dos du le van von der den of the fc cf cd sc ac".split())


def _result_line(text: str) -> bool:
    """"Unión Tarifeña 2-1 Atlético Guadalmar": names on both sides of a score, no other word."""
    m = _SCORE_BETWEEN.search(text)
    if m is None:
        return False
    words = (text[:m.start()] + " " + text[m.end():]).split()
    return 2 <= len(words) <= 10 and all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in words)


def _first_of_questions(infos: list[LineInfo], i: int) -> bool:
    """A question followed by others further down, each over its answer: an interview's first."""
    if not infos[i].line.text.endswith(("?", "？")):
        return False
    return sum(1 for j in range(i + 2, min(len(infos) - 1, i + 60)) if infos[j].line.text.endswith(("?", "？"))
               and infos[j].words <= 30 and infos[j + 1].sentence and infos[j + 1].words >= 8) >= 2


def _overline(infos: list[LineInfo], i: int, candidates: list[int], end: int) -> bool:
    """"Åsby vidare 3–1 i matcher" / "Sjölunds hattrick sänkte Norrbacka – Åsby klart för semifinal" / a dek of a
    sentence / the byline or date: a headline-shaped line right over another, longer one, which the dek and then the
    byline or date follow, is that headline's overline (a score box's status, a series' name)."""
    below = i + 1
    if below not in candidates or below + 1 >= end or infos[below].sentence or infos[below].words <= infos[i].words:
        return False
    dek = infos[below + 1]
    return dek.sentence and dek.words >= 10 and not dek.pattern and any(
        infos[j].fate == "date" or infos[j].reason == DATE_KNOWN for j in range(below + 2, min(end, below + 6)))


_BY_THE_STORY = "the headline-shaped line that shares most words with the story"


def _under_list_label(infos: list[LineInfo], i: int) -> bool:
    """Within eight short lines under a related-stories or sidebar label, and no byline or date right under it."""
    for j in range(i - 1, max(-1, i - 9), -1):
        if bp.is_related_heading(infos[j].line.text):
            # (Not a consent box's last button, "Más información" under "Aceptar y cerrar" and "Configurar"; "Most
            # read" there is the sidebar's label all the same.)
            if j and (infos[j - 1].reason or "").startswith("cookie/consent notice") \
                    and _MORE_INFORMATION.match(infos[j].line.text.strip()):
                return False
            return not _metadata_follows(infos, i, set())
        if infos[j].sentence or infos[j].words > 16:
            return False
    return False


def _under_summary_label(infos: list[LineInfo], i: int) -> bool:
    """Within five short lines under a summary box's label ("Key points:", "In short")."""
    for j in range(i - 1, max(-1, i - 6), -1):
        if SUMMARY_LABEL.match(infos[j].line.text):
            return True
        if infos[j].words > 25:
            return False
    return False


# A share bar that names what it shares: "Share All sharing options for: <headline>", "Teilen auf Facebook: <headline>".
_SHARE_BAR_NAMING = regexes.compile(r"^(?:share|teilen|partager|compartir|condividi|compartilhar|udostępnij|delen|dela|del)\b"
                                    r"[^:]{0,50}:\s*(?P<title>.{12,})$", re.IGNORECASE)


def _named_by_share_bar(infos: list[LineInfo], candidates: list[int], end: int) -> Optional[int]:
    """The one candidate a share bar under it names word for word, whatever a dek between them shares with the story."""
    named = {m.group("title").strip() for info in infos[min(candidates, default=end):end]
             if info.words <= 40 and (m := _SHARE_BAR_NAMING.match(info.line.text))}
    hits = [i for i in candidates if infos[i].line.text in named]
    return hits[0] if len(hits) == 1 else None

def _again_in_the_story(infos: list[LineInfo], candidates: list[int], end: int) -> set[int]:
    """The candidates whose line stands again in the story, between two sentences of eight words or more. (One pass
    over the story for all candidates, not one each: a long page has thousands of lines and a header a dozen
    candidates.)"""
    texts = {infos[i].line.text for i in candidates}
    again = {infos[j].line.text for j in range(end, len(infos) - 1) if infos[j].line.text in texts
             and infos[j - 1].sentence and infos[j + 1].sentence and infos[j - 1].words >= 8 and infos[j + 1].words >= 8}
    return {i for i in candidates if infos[i].line.text in again} if again else set()


_CHAPTER = regexes.compile(r"^(?P<n>[IVX]{1,4}|\d{1,2})(?P<p>[.)])\s+\S")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _first_chapter(infos: list[LineInfo], i: int) -> bool:
    """Whether line i opens a numbered sequence ("I. …", "1. …") that a later line of the page goes on with, each
    number standing alone before its title: a chapter's heading, not the page's headline."""
    match = _CHAPTER.match(infos[i].line.text)
    if match is None:
        return False
    n = match.group("n")
    following = str(int(n) + 1) if n.isdigit() else _ROMAN[_ROMAN.index(n) + 1] if n in _ROMAN[:-1] else None
    return following is not None and any(info.line.text.startswith(following + match.group("p") + " ")
                                         for info in infos[i + 1:])


def _by_the_story(infos: list[LineInfo], candidates: list[int], end: int) -> Optional[int]:
    """The candidate about the story: deks, kickers and menus set aside, the one sharing most words with its lead,
    where pages put headlines (over the byline, the dek, the story)."""
    # A sentence, or a long line longer than the one above it, right under another candidate is the dek under its
    # headline, however many words it shares with the story.
    taken = set(candidates)
    # (A line of one to three words above it is a kicker or the local edition's name, "ACB Central Coast", not a headline.)
    # (CJK words are counted from characters, and its headlines run long: there a dek is a sentence, ending in "。", and a
    # longer line under a short one is the headline under its label row, "有料記事 ウクライナ情勢".)
    story = stems(" ".join(info.line.text for info in infos[end:end + 6] if not info.pattern))
    # (A long line under the site's menu, "Domov Svět Ekonomika …", is no dek: a menu is capitalized words only, and
    # none of them is about the story. "The Men in the Room" over its dek is a headline, however literary.)
    # (Not under a bar opening on a word in capitals and a colon, "BREAKING: …": a ticker over the headline.)
    deks = {i for i in candidates if _previous(infos, i) in taken and infos[_previous(infos, i)].words >= 4
            and not _VERDICT.match(infos[_previous(infos, i)].line.text) and (
        infos[i].line.text.endswith((".", "。")) or infos[i].words >= 15 and infos[i].script not in UNSPACED
        and infos[i].words > infos[_previous(infos, i)].words
        and not (_menu_row(infos[_previous(infos, i)].line.text)
                 and not stems(infos[_previous(infos, i)].line.text) & story))}
    # Headline, dek, byline stacked: the line right above the byline is the dek when the one above it is about the
    # story too ("Council tax to rise…" / "Typical Band D bill will go up…" / "Gareth Pugh, reporter"), and is
    # no kicker or section label ("Racing de Santander"). The two stand together: a line above an ad label or a
    # breadcrumb trail is the page's menu ("TRENDING …", "Ma ville : Nantes …"), not a headline over its dek.
    deks |= {i for i in candidates if _previous(infos, i) == i - 1 and i - 1 in taken
             and _metadata_follows(infos, i, set(), names=True) and not _names_over_date(infos, i)
             and (infos[i].script not in UNSPACED or infos[i].line.text.endswith("。"))
             and infos[_previous(infos, i)].words >= 6 and _about_the_story(infos[_previous(infos, i)].line.text, story, infos, end)
             and not _place_row(infos[_previous(infos, i)].line.text)}
    # Kicker, headline, dek, byline ("Il vertice di Bruxelles" / the headline / a summary sentence / "di …"): the
    # line with a sentence dek between it and the byline is the headline, however long, not the kicker's dek.
    deks -= {i for i in deks if i + 1 < end and infos[i + 1].sentence and infos[i + 1].words >= 8
             and infos[i + 1].fate is None and not infos[i].sentence and _metadata_follows(infos, i, set())}
    # A speaker's quotation right under a headline about the story ("Ministerin X: „…“" under "Schülerticket wird …
    # kostenlos") is the subtitle a press office sets under its headline: the story repeats the quote, so it shares
    # more words with it than the headline does.
    # (In Japanese and Chinese the speaker's words close the line, "途中出場の19歳・三浦蒼太が2得点　指揮官「若い力が…」",
    # under a headline of a clause at least, not a label row: "有料記事 ウクライナ情勢" over "プーチン氏「…」" is a headline.)
    deks |= {i for i in candidates if _quote_subtitle(infos[i]) and _previous(infos, i) in taken
             and infos[_previous(infos, i)].words >= 4 and not _quote_subtitle(infos[_previous(infos, i)])
             and not infos[_previous(infos, i)].line.text.isupper() and stems(infos[_previous(infos, i)].line.text) & story
             and (infos[i].script not in UNSPACED or _clause_headline(infos[_previous(infos, i)].line.text))}
    candidates = [i for i in candidates if i not in deks] or candidates
    # "～当社初の水素船、7月19日から…を結びます～": a Japanese release's subtitle between wave dashes, under its headline.
    candidates = [i for i in candidates if not _WAVE_DASHED.fullmatch(infos[i].line.text.strip())] or candidates
    # A topic kicker in capitals ("ELECTIONS 2026") right above a headline in ordinary case: the kicker shares the
    # story's words as much as the headline does, but a page sets its headline in one case, not two. (An all-capitals
    # headline over its dek is told apart above: that line under it is a dek.)
    kickers = {i for i in candidates if infos[i].words <= 4 and infos[i].line.text.isupper() and any(
        _previous(infos, j) == i and j not in deks and infos[j].words >= 5 and not infos[j].line.text.isupper()
        for j in candidates)}
    candidates = [i for i in candidates if i not in kickers] or candidates
    if not story:
        return candidates[0]
    # A copied page can put hundreds of menu lines ("España Última hora") before the headline, which sits a few
    # lines above the story (under it only a dek, byline, date, caption, share bar): look there first.
    # (Korean inflects by endings glued on, "침수" in "침수됐고": its syllable pairs are shared too, see _terms.)
    story_terms = _terms(" ".join(info.line.text for info in infos[end:end + 6] if not info.pattern))

    def score(i: int) -> float:
        words = _terms(infos[i].line.text)
        return len(words & story_terms) / max(1, len(words)) ** 0.5

    # The page's first line, short and named again in the story ("Clearwater Rivers Trust" over its press release),
    # is the site's name when a line nearer the story is about it too.
    top = next((j for j in range(end) if not infos[j].pattern), None)
    # (Counted in characters where words are not spaced: "横浜ベイサイド交通株式会社".)
    if len(candidates) > 1 and candidates[0] == top and not infos[top].sentence and (
            2 <= infos[top].words <= 4 or infos[top].script in UNSPACED and 4 <= len(infos[top].line.text) <= 24) \
            and outlet_like(infos[top].line.text, infos) and any(score(i) > 0 for i in candidates[1:]):
        candidates = candidates[1:]
    # (Lines known as furniture between a candidate and the story, a paywall's table of plans, keep it no farther.)
    unmarked = [0] * (end + 1)
    for k in range(end - 1, (min(candidates) if candidates else end) - 1, -1):
        unmarked[k] = unmarked[k + 1] + (not infos[k].pattern)
    near_story = {i for i in candidates if unmarked[i] <= _NEAR_STORY}
    near = [i for i in candidates if i in near_story and score(i) > 0]
    # (A menu row of town names, "Rzeszów Przemyśl Krosno …", shares the local story's places: it sets no bar.)
    top = max((score(i) for i in near if not _place_row(infos[i].line.text)), default=0) \
        or max((score(i) for i in near), default=0)
    # Right above the byline or date (a dek between them aside) is where pages put the headline; a photo caption
    # between the date and the story shares as many words with it. (CJK has no spaced words to share.)
    # So is a line with its dek right under it, even when a live page's latest entry shares more words with the story.
    with_dek = {_previous(infos, d) for d in deks}
    # Headline, dek, then the byline or date: that stack is the page's header however far a live page's "Key
    # events" list pushes the story down.
    stacked = {_previous(infos, d) for d in deks if _metadata_follows(infos, d, set(), names=True)}
    # A blog theme's order: "Posted on … by …" above the post's title, the story right under it.
    under_post_line = {i for i in near if i == end - 1 and i > 0 and infos[i - 1].fate in ("author", "date")}
    # Headline, a sentence dek, then the byline and date: the header's stack, though an opinion piece's headline
    # ("Een veiligheidsgarantie zonder Amerika …") shares no word with the story's first lines.
    over_dek = [i for i in candidates if i in near_story and infos[i].words >= 4 and not infos[i].sentence
                and i + 1 < end and infos[i + 1].sentence and infos[i + 1].words >= 8 and i + 1 not in taken
                and _metadata_follows(infos, i, set(), names=True)]
    above_byline = [i for i in candidates if i in near_story and (
        _metadata_follows(infos, i, deks) and (i in near and score(i) >= top / 2 or infos[i].script in UNSPACED)
        or i in with_dek and i in near) or i in stacked and score(i) > 0 or i in under_post_line
        or len(over_dek) == 1 and i in over_dek]
    if not above_byline:
        # Over the site's menu ("News from Penrock … since 1887" / "Home" / "News" / "Community" / …): the masthead's
        # tagline; a page whose headline is an image has none in its text.
        near = [i for i in near if not _over_menu(infos, i)]
        candidates = [i for i in candidates if not _over_menu(infos, i)]
        if not candidates:
            return None
    if not above_byline and not near and all(furniture_marked(infos[i].line.text) and not score(i) and i < end - 1
                                             and not _metadata_follows(infos, i, set(), names=True) for i in candidates):
        # Labels and buttons only ("Search this site", "Cookies on …"), none about the story, none over the byline,
        # the date or the story, as a short headline stands ("The Last Stand"): the headline did not copy.
        return None
    candidates = above_byline or near or candidates
    best, best_score = None, 0
    for i in candidates:
        if score(i) > best_score * 1.5 or best is None and score(i) > 0:
            best, best_score = i, score(i)
    best = best if best is not None else candidates[-1]
    # Headline, second headline, byline ("강릉 시간당 80㎜ 폭우…" / "기상청 “…”…산사태 위기경보 ‘경계’ 상향" / "김서윤 기자"): the
    # line right above the byline is the headline's second deck when the one right above it, no shorter, shares more
    # of the story's opening words.
    upper = _previous(infos, best)
    if upper is not None and upper in taken and best in above_byline and upper not in above_byline \
            and infos[upper].words >= max(4, infos[best].words) and not infos[upper].sentence \
            and not infos[best].sentence and score(upper) > 1.05 * score(best) > 0 \
            and not furniture_marked(infos[upper].line.text) and not _menu_row(infos[upper].line.text) \
            and not infos[upper].line.text.isupper() and "·" not in infos[upper].line.text \
            and not _LABELLED_LINE.match(infos[upper].line.text) \
            and _metadata_follows(infos, best, set(), names=True):
        # (No kicker in capitals, "LONG READ · UKRAINE", nor a line under a label, "이전 기사: …", "[속보] …": a teaser.)
        best = upper
    # The same headline with the site name glued on ("… | Harbour Herald") is the one to take: it names the site.
    key = infos[best].line.text
    # (The headline as a prefix, then the separator: no pattern compiled per page.)
    return next((i for i in taken if i != best and infos[i].line.text.startswith(key)
                 and _SITE_AFTER.match(infos[i].line.text, len(key))), best)


_SITE_AFTER = regexes.compile(r"\s*[|–—:-]\s*\S")
# A line opening on a label: "[속보] …", "【速報】…", "이전 기사: …", "Previously: …".
_LABELLED_LINE = regexes.compile(r"^\s*(?:[\[【［(（]|[^\s:：]{1,12}(?:\s[^\s:：]{1,12})?\s?[:：]\s)")


def header_stack(infos: list[LineInfo], candidates: list[int], end: int) -> Optional[tuple[int, set[int]]]:
    """The headline of a header stacked over its byline or date — the top line of the stack, its kicker aside — and
    the stack's lines (the byline too, when it is a candidate).

    A reader takes the first large line over the byline for the headline and what stands between it and the byline
    (a dek, a second dek, summary points, the "Interviewed by …" credit) for what hangs under it, however many of
    the story's words those lines share. A kicker over the stack is short against the line under it (six words or
    fewer, two thirds of its length: "Fact checks of the war" over a headline of twenty words); a caption, a tagline
    or a bar of links over it is about the story far less than the headline. None when no two candidates stand
    stacked right over the byline.
    The rules read the stack this way only where they would take one of its lines: a headline they find elsewhere,
    over a photo and its caption, stands.
    """
    taken = set(candidates)
    meta_at = next((j for j in range(candidates[0], end) if infos[j].fate in ("author", "date")
                    or _names_over_date(infos, j)), None)
    if meta_at is None:
        return None
    # The stack's last line: right over the byline, a photo credit or a caption aside.
    last = next((i for i in range(meta_at - 1, max(candidates[0], meta_at - 3) - 1, -1) if i in taken), None)
    if last is None or any(k in taken or infos[k].words > 8 for k in range(last + 1, meta_at)):
        return None
    stack = [last]
    # (Line on line: a bar of links set off by a button or a blank line is no part of it.)
    # (A breadcrumb trail, "Home › World", opens the article's header: what stands above it is the page's.)
    while stack[0] - 1 in taken and not infos[stack[0]].line.blank_before and len(stack) < 5 \
            and not _crumb_trail(infos[stack[0] - 1].line.text):
        stack.insert(0, stack[0] - 1)
    members = set(stack) | ({meta_at} & taken)
    story = _story_terms(infos, end)
    about = {i: _about(infos[i].line.text, story) for i in stack}

    # Not the top: a kicker, page furniture (a menu row, a score line), a sentence over a line that is none (a
    # caption, a cookie notice: a headline ends in a full stop only where its dek does too), the headline cut short
    # over itself whole, or a line about the story a third as much as another of the stack (a photo caption, a tagline,
    # a "Trending" bar, another story's link: the headline is the line about the story).
    while len(stack) >= 2 and (infos[stack[0]].words <= 6 and infos[stack[0]].words * 3 <= infos[stack[1]].words * 2
                               or furniture_marked(infos[stack[0]].line.text) or _menu_row(infos[stack[0]].line.text)
                               or infos[stack[0]].sentence and not infos[stack[1]].sentence
                               or any(infos[k].line.text.startswith(infos[stack[0]].line.text) for k in stack[1:])
                               or about[stack[0]] * 3 < max(about[k] for k in stack)
                               and not _over_its_dek(infos, stack)):
        stack.pop(0)
    # (Names alone over the date are the byline, though no "By" marks them: one line over them is stack enough.)
    # (The stack is about the story: a headline in a language that inflects its words may share none whole.)
    return (stack[0], members) if (len(stack) >= 2 or meta_at in taken) and any(about[k] for k in stack) else None


def _over_its_dek(infos: list[LineInfo], stack: list[int]) -> bool:
    """A headline of eight words or more over the one line left under it, longer than itself and the byline's
    neighbour: its dek, which may share more of a short story's words (a paywall shows two paragraphs) than the
    headline does."""
    top, under = infos[stack[0]], infos[stack[1]]
    # (The byline under them may stand in the stack too: "Συνέντευξη: Νίκος Φραγκιαδάκης" under the dek.)
    rest = [k for k in stack[2:] if infos[k].fate != "author" and not (
        infos[k].words <= 4 and md.author_name(infos[k].line.text.rpartition(":")[2].strip()))]
    return not rest and top.words >= 8 and under.words > top.words and not top.sentence


def _about_the_story(text: str, story: frozenset[str], infos: list[LineInfo], end: int) -> bool:
    """The line shares a word with the story's first lines (in Korean, a pair of syllables: "해양로봇" and "해양로봇연구소"
    share "해양", though no whole word)."""
    if stems(text) & story:
        return True
    # (Two pairs at least, on a line no menu row nor a label's teaser, "이전 기사: …": a section menu's "해양" is one.)
    return bool(_HANGUL_RUN.search(text)) and len(_terms(text) & _story_terms(infos, end)) >= 2 \
        and not _menu_row(text) and not CLIP_LABEL.match(text)


def _terms(text: str) -> frozenset[str]:
    """The words a line shares with the story (stems, and character pairs where words run together or inflect by
    endings glued on: Chinese, Japanese, Korean "안전보장이고" against "안전보장")."""
    if text.isascii():
        return stems(text, pairs=True)  # (no Hangul run)
    return stems(text, pairs=True) | {run[k:k + 2] for run in _HANGUL_RUN.findall(text) for k in range(len(run) - 1)}


_HANGUL_RUN = regexes.compile(r"[\uac00-\ud7a3]{2,}")


# "Home › World › Europe", "الرئيسية › محليات", "北辰新聞 ＞ 国際": short items joined by arrows.
def _crumb_trail(text: str) -> bool:
    # (Not a quotation: German sets one »so«, French « ainsi », and its » is no arrow.)
    return "«" not in text and "‹" not in text and _CRUMB_TRAIL.match(text) is not None


_CRUMB_TRAIL = regexes.compile(r"^[^›»>＞]{1,30}(?:\s*[›»>＞]\s*[^›»>＞]{1,30})+$")

# "0:00 / 2:31", "00:00/04:12": a player's position over the clip's length.
_PLAYER_PROGRESS = regexes.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s?/\s?\d{1,2}:\d{2}(?::\d{2})?$")


def player_progress(text: str) -> bool:
    """"0:00 / 2:31": a media player's position over the clip's length."""
    return _PLAYER_PROGRESS.match(text) is not None


def player_lines(infos: list[LineInfo], end: int) -> tuple[set[int], set[int]]:
    """The lines that title or caption a media player: the first line on either side of its controls (its position
    line and the short button labels around it: "Play Video", "Mute", "Ecran complet", "Ad · the clip starts in 5 s").

    Also, apart, the captions under a player that stands under the headline: a clip's own title over its player says
    so in its first word ("Watch: …", "Video: …") or is a button's few words ("Listen to the report"); a long line
    over the player with no such label is the page's headline, its lead picture a clip, and the line under the
    controls is the clip's caption ("Watch the report by …"), though the byline follows it.
    """
    found: set[int] = set()
    captions: set[int] = set()
    for j in range(end):
        if not _PLAYER_PROGRESS.match(infos[j].line.text):
            continue
        sides = {}
        for step in (-1, 1):
            k = j + step
            while 0 <= k < end and k - j in range(-6, 7) and _player_control(infos[k]):
                k += step
            sides[step] = k if 0 <= k < end and not infos[k].sentence and infos[k].words <= 20 else None
        above, under = sides[-1], sides[1]
        # (A long line on either side, the byline under the lower: the headline is the one about the story, the other
        # the clip's, "The last bus leaves at night" over "Every rural route to keep a daily journey".)
        headline_over = above is not None and infos[above].words >= 5 and not CLIP_LABEL.match(infos[above].line.text)
        if headline_over and under is not None:
            story = _story_terms(infos, end)
            headline_over = _about(infos[above].line.text, story) >= _about(infos[under].line.text, story)
        if above is not None and not headline_over:
            found.add(above)
        if under is not None and headline_over:
            captions.add(under)
        # (Under the controls, a line the byline or date follows is the headline under a player, not its caption.)
        elif under is not None and not _metadata_follows(infos, under, set(), names=True):
            found.add(under)
    return found | captions, captions


def _about(text: str, story: set[str]) -> float:
    """How much a line is about the story: the words it shares with the story's first lines, against its length."""
    words = _terms(text)
    return len(words & story) / max(1, len(words)) ** 0.5


def _story_terms(infos: list[LineInfo], end: int) -> frozenset[str]:
    return _terms(" ".join(info.line.text for info in infos[end:end + 6] if not info.pattern))


# "Reklama · Materiał rozpocznie się za 5 s", "Ad · Video will play in 5 s": a player's countdown before the clip.
_COUNTDOWN = regexes.compile(r"\b\d{1,2}\s?s\.?$")




def _player_control(info: LineInfo) -> bool:
    return info.words <= 2 and not info.sentence and ":" not in info.line.text or bool(
        _PLAYER_PROGRESS.match(info.line.text)) or info.words <= 10 and bool(
        _COUNTDOWN.search(info.line.text) or bp.AVAILABLE_UNTIL.match(info.line.text))


def _over_menu(infos: list[LineInfo], i: int) -> bool:
    """Four or more menu items (a word or two, no sentence, most of them no button a pattern knows) right under the
    line. (A share bar's buttons under a headline are known: "Facebook", "Email".)"""
    items = infos[i + 1:i + 5]
    return len(items) == 4 and all(info.words <= 2 and not info.sentence and info.fate not in ("author", "date")
                                   and not any(c.isdigit() for c in info.line.text) for info in items) \
        and sum(1 for info in items if not info.pattern) >= 3


_NEAR_STORY = 15
# "Ministerin Weidenfeld: „Der Schulweg …“", "Mayor Ruiz: 'We will not close a single branch'": a name (a title before
# it), a colon, and the words quoted.
_QUOTE_SUBTITLE = regexes.compile(r"^(?:[A-ZÀ-ÞĀ-ſА-ЯЁ][\w.'’-]*\s+){0,3}[A-ZÀ-ÞĀ-ſА-ЯЁ][\w'’-]+\s?:\s*[\"“„«‘'‚‹»]")
_QUOTE_CLOSES_LINE = regexes.compile(r"[^「」『』]「[^「」]{4,}」$|[^「」『』]『[^『』]{4,}』$")


def _quote_subtitle(info: LineInfo) -> bool:
    """A speaker and their quotation: "Ministerin X: „…“", or in a script with no spaces the quotation closing the
    line, "指揮官「若い力がチームを押し上げた」"."""
    text = info.line.text
    return _QUOTE_SUBTITLE.match(text) is not None or info.script in UNSPACED and _QUOTE_CLOSES_LINE.search(text) is not None


def _clause_headline(text: str) -> bool:
    """A headline of a clause or more in a script with no spaces: 14 characters or more, no label or bracket opening
    it, no space between short runs (a menu or label row)."""
    return len(text) >= 14 and not _LABELLED_LINE.match(text) and all(len(run) >= 6 for run in text.split())


def _menu_row(text: str) -> bool:
    """"Domov Svět Ekonomika Věda Kultura Sport": five or more words, every one capitalized, no punctuation."""
    words = text.split()
    return len(words) >= 5 and all(w[0].isupper() and w.isalpha() for w in words)


# Small words an English headline in Title Case keeps ("Council Passes Budget To Keep Library Open"): a menu row of
# places or sections ("Rzeszów Przemyśl Krosno Sanok Więcej") has none.
_TITLE_CASE_SMALL = frozenset("a an the to of in on at for and or with by from as is are was will after over into its "
                              "his her their new".split())


def _place_row(text: str) -> bool:
    """A menu row of town or section names, though the local story names some of its places."""
    return _menu_row(text) and not any(w.lower() in _TITLE_CASE_SMALL for w in text.split())


def document_title(infos: list[LineInfo], candidates: list[int]) -> Optional[int]:
    """The copied document title heading the dump, "Headline - Site name": the headline, wherever the story starts.

    A tab's title is the page's headline with the site's name after it; the page body may show only the dek. The
    name must be the site's (named again in the dump: a copyright line, "told The Daily Clarion"), or the text before
    it must come back in another line (a share bar's "Share <headline> on Facebook"), so a first line that merely
    has a dash in it ("Markets rally - and why it may not last") is not cut in two.
    """
    first = next((j for j, info in enumerate(infos) if not info.pattern), None)
    if first is None or not candidates or candidates[0] != first:
        return None
    text = infos[first].line.text
    head, site = md.split_site_name(text, set())
    if not site or not text.startswith(head) or len(head.split()) < 4 or md.byline(head):
        return None
    site_key, head_key = site.casefold(), head.casefold()
    named_again = any(site_key in info.line.text.casefold() or head_key in info.line.text.casefold()
                      for info in infos[first + 1:])
    return first if named_again else None


# A kicker glued to the headline by copying ("BahnverkehrDeutsche Bahn will…"): a long lower-case run, then a capital
# with no space. Brand names in headlines glue shorter runs ("OpenAI", "PlayStation", "ThyssenKrupp", "ArcelorMittal").
# (Or in capitals: "ARCHITECTUREThe quiet return …": no word runs four capitals straight into a capitalized word; an
# acronym glued to a word is a brand's name, "ARDMediathek", "USAToday".)
_GLUED_KICKER = regexes.compile(r"^(?:(?:\S+ ){0,3}[^\W\d_]*[a-zß-ÿа-яё]{7}|[A-ZÀ-ÖØ-ÞА-ЯЁ]{4,}(?:[ &/-][A-ZÀ-ÖØ-ÞА-ЯЁ]{2,})*)"
                                r"(?=[A-ZÀ-ÞА-ЯЁ][a-zß-ÿа-яё])")


# Breadcrumbs copied as one glued word before the headline ("HomeWorldEurope Envoys head to Moscow …"): three or
# more capitalized items with no space between them, or two opening on a home link. (Brands glue two: "PlayStation".)
_GLUED_CRUMBS = regexes.compile(r"^(?:(?:[A-ZÀ-Þ][a-zß-ÿ]+){3,}|(?:Home|News|Start|Startseite|Accueil|Inicio|Início|Главная|Головна)"
                                r"(?:[A-ZÀ-ÞА-Я][a-zß-ÿа-яіїє]+){1,})\s+(?=\S)")


# "UPDATE 2-EU agrees …", "REFILE-…", "EXCLUSIVE-…": a wire's slug for the version of the story, glued to its headline.
_WIRE_SLUG = regexes.compile(r"^(?:UPDATE|REFILE|WRAPUP|CORRECTED|RPT|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|FOCUS|EXPLAINER|"
                             r"TIMELINE|URGENT)(?:\s\d{1,2})?-(?=[^\W\d_])")


def unglue_kicker(title: str) -> str:
    slug = _WIRE_SLUG.match(title)
    if slug and len(title[slug.end():].split()) >= 4:
        title = title[slug.end():]
    crumbs = _GLUED_CRUMBS.match(title)
    if crumbs and len(title[crumbs.end():].split()) >= 4:
        title = title[crumbs.end():]
    match = _GLUED_KICKER.match(title)
    rest = title[match.end():] if match else ""
    return without_domain_tag(rest if len(rest.split()) >= 4 else title)


def spaced_kicker(title: str, infos: list[LineInfo], title_at: int) -> str:
    """The headline without a kicker copied in front of it with a space ("Heizungsgesetz Förderung für …").

    The page gives the kicker away: it stands alone as a topic line and opens another teaser the same way
    ("Heizungsgesetz Was für Eigentümer jetzt gilt"). The rest must open with a capital, as a headline does.
    """
    words = title.split()
    # (In a headline with every longer word capitalized, "Tirta Nusantara Resmikan Instalasi …", a capital after the
    # first words says nothing: there they are the subject, as in the company's other releases listed on the page.)
    longer = [w for w in words[1:] if len(w) >= 4 and w[:1].isalpha()]
    if len(longer) >= 4 and all(w[:1].isupper() for w in longer):
        return title
    for k in (1, 2):
        if len(words) - k < 4 or not words[k][:1].isupper():
            continue
        kicker = " ".join(words[:k])
        alone = opens = False
        for j, info in enumerate(infos):
            text = info.line.text
            if j == title_at or not text.startswith(kicker):
                continue
            alone = alone or text == kicker
            opens = opens or text[len(kicker):len(kicker) + 2][:1] == " " and text[len(kicker) + 1:][:1].isupper()
        joined = f" {kicker} {words[k].rstrip(':;,.!?')}"  # "HTC Touch": written together in the story, one name
        if alone and opens and not any(j != title_at and joined in " " + info.line.text for j, info in enumerate(infos)):
            return " ".join(words[k:])
    return title


# A link aggregator's title line: "… Summary of the report inside. Local news (self.westbrook)", "Show HN: … (github.com)":
# the site of the link, and a flair between a full stop and it, are not the title.
_DOMAIN_TAG = regexes.compile(r"^(?P<title>.+?)(?:(?<=[.!?])\s+[^.!?()]{1,30}?)?\s+\((?:self\.[\w-]+|(?:[\w-]+\.)+[a-z]{2,})\)$")


def without_domain_tag(title: str) -> str:
    match = _DOMAIN_TAG.match(title)
    return match.group("title") if match and len(match.group("title").split()) >= 3 else title


def _metadata_follows(infos: list[LineInfo], i: int, skip: set[int], names: bool = False) -> bool:
    """A byline or date comes next. `names`: names alone on a line over a date line count as the byline too."""
    for j in range(i + 1, min(len(infos), i + 4)):
        # A dek written as a sentence may stand between the headline and the byline.
        if j in skip or infos[j].pattern or j == i + 1 and infos[j].sentence and infos[j].words >= 8:
            continue
        # (A second date, "dropped" because the top bar's today was read first, is the header's date all the same.)
        return infos[j].fate in ("author", "date") or infos[j].reason == DATE_KNOWN or names and _names_over_date(infos, j)
    return False



def _names_over_date(infos: list[LineInfo], j: int) -> bool:
    """"Jana Dvořáková, Petr Malý" over "29. listopadu 2026 | 8:41": a byline without "By", before it is read. The
    reporter's role may stand between ("Sanne de Vries" / "redacteur Buitenland" / the date)."""
    info = infos[j]
    if j + 2 < len(infos) and infos[j + 2].fate == "date" and md.role_line(infos[j + 1].line.text):
        j += 1
    return (j + 1 < len(infos) and infos[j + 1].fate == "date" and not info.sentence and 2 <= info.words <= 8
            and md.author_name(info.line.text) is not None and not md.role_line(info.line.text))


def given_name(word: str) -> bool:
    """Whether the word is a given name the analysis lexicon knows, with its accents or without them (imported only when
    asked: most pages never ask)."""
    from sitegen.analysis.lexicon import given_name as known_given_name
    return known_given_name(word)


def _name_over_dek_and_date(infos: list[LineInfo], i: int) -> bool:
    """"Security guarantees … pay for them" / "Marguerite Okonkwo-Lind" / "Promises made after a ceasefire will be
    tested …" / "Sat 8 Mar 2025 07.00 GMT": a name alone between the headline and the dek, the date under the dek (an
    opinion page's header): the byline, under which the dek hangs — no second headline."""
    info = infos[i]
    # (A person's name: each word capitalized — not a masthead's "Diário da Ribeira" over its motto and the day's date
    # — under a headline-long line.)
    if info.sentence or not 2 <= info.words <= 3 or i + 2 >= len(infos) or infos[i - 1].words < 6 \
            or not all(w[:1].isupper() for w in info.line.text.split()) or not given_name(info.line.text.split()[0]):
        return False
    dek, under = infos[i + 1], infos[i + 2]
    if dek.words < 8 or not (under.fate == "date" or under.words <= 8 and md.date_line(under.line.text)):
        return False
    # (Not with a byline of its own under the date, "Ana Ruiz" / "Political correspondent": the name over the dek is
    # then whom the story is about.)
    if any(md.byline(infos[j].line.text) or md.name_over_role(infos[j].line.text, infos[j + 1].line.text)
           for j in range(i + 3, min(i + 7, len(infos) - 1))):
        return False
    return md.author_name(info.line.text) == info.line.text.strip() and not md.role_line(info.line.text)


def _authors_over_date(infos: list[LineInfo], i: int) -> bool:
    """Names joined ("A B and C D", "A B, C D"), each of two or three words, right above a date line."""
    info = infos[i]
    if info.sentence or not 4 <= info.words <= 10 or i + 1 >= len(infos):
        return False
    nxt = infos[i + 1]
    if not (nxt.fate == "date" or nxt.words <= 8 and md.date_line(nxt.line.text)):
        return False
    name = md.author_name(info.line.text)
    parts = md.author_list(name) if name else []
    return len(parts) >= 2 and all(2 <= len(part.split()) <= 3 for part in parts)


def _previous(infos: list[LineInfo], i: int) -> Optional[int]:
    return next((j for j in range(i - 1, -1, -1) if not infos[j].pattern and infos[j].fate != "dropped"), None)


STOP_STEMS = {"about", "after", "again", "their", "there", "these", "which", "while", "would", "could", "should",
               "where", "other", "being", "since", "under", "until", "with", "from", "that", "this", "have", "will",
               "were", "they", "what", "when", "your", "into", "more", "than", "also", "über", "nach", "dans",
               "pour", "sobre", "para", "como", "para", "entre"}


# Pure, and asked again and again of the same text: the story's first lines by the rules, the header stack and the
# learned score each (a few thousand characters a page), a candidate's line by each test that weighs it.
@lru_cache(maxsize=512)
def stems(text: str, pairs: bool = False) -> frozenset[str]:
    if pairs:
        # The stems alone are asked of the same text too (cached apart: read once), and ASCII holds no CJK run.
        # Chinese and Japanese write no spaces: a run of characters is a whole clause, never shared whole. Pairs of
        # characters are what a headline and its story share ("冬眠", "東北"); pairs of kana only are grammar ("して").
        found = stems(text)
        if text.isascii():
            return found
        return found.union(run[k:k + 2] for run in _CJK_RUN.findall(text) for k in range(len(run) - 1)
                           if not _KANA_PAIR.match(run, k))
    # (Arabic glues its article and a conjunction or preposition to the word, "والضمانات" for "ضمانات": the word after
    # them is what a headline and its story share. Its marks, "ً", are no letters: they would split a word.)
    if not text.isascii() and _ARABIC.search(text):
        text = _ARABIC_MARKS.sub("", text)
        return frozenset({_ARABIC_ARTICLE.sub("", w)[:5] for w in re.findall(r"[^\W\d_]{4,}", text.lower())
                          if w not in STOP_STEMS} - {""})
    # (The runs of four letters or more: re.findall(r"[^\W\d_]{4,}", …), what every run of letters this long is; each
    # word once, and the stop words taken out in C: a story's first lines say many words twice.)
    return frozenset({w[:5] for w in set(letter_runs(text.lower())).difference(STOP_STEMS) if len(w) >= 4})


_ARABIC = regexes.compile(r"[\u0600-\u06ff]")
_ARABIC_MARKS = regexes.compile(r"[\u064b-\u065f\u0670]")
_ARABIC_ARTICLE = regexes.compile(r"^(?:[وفبكل]?ال|لل)(?=\w{3})")


_CJK_RUN = regexes.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{2,}")
_KANA_PAIR = regexes.compile(r"[\u3040-\u309f]{2}")


_RELEASE_LABEL = regexes.compile(r"^(?:for immediate release|(?:press|media|news) release|embargoed\b.*)\W*$", re.IGNORECASE)


_TEXT_ROLE = frozenset("text texte tekst testo texto teksti words текст κείμενο".split())
_PHOTO_ROLE = frozenset("foto fotos photo photos bild bilder kuva kuvat zdjęcia zdjęcie фото φωτογραφία φωτογραφίες "
                        "photography pictures".split())


_PLAYER_LENGTH = regexes.compile(r"^(?:listen|play|watch|hören|écouter|escuchar|ascolta|słuchaj)\b.*\b\d{1,2}:\d{2}\b", re.IGNORECASE)


def _in_headline(text: str, headline: str) -> bool:
    """A line of two capitalized words or more that the headline holds whole: the place or team it names."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) \
        and f" {text.strip().casefold()} " in f" {headline.casefold()} "


_KANJI_NAME = regexes.compile(r"[\u4e00-\u9fff々]{2,5}")
_KANJI_NOT_NAMES = regexes.compile(r"[都道府県市区町村党省庁社院会部局課署所団隊軍](?:[、・]|$)|通信|新聞|放送|選挙|情勢|保障|政治|経済|国際|社会|"
                                   r"外交|防衛|安全")
_KANJI_NAMES = regexes.compile(r"[\u4e00-\u9fff々]{3,5}(?:[、・][\u4e00-\u9fff々]{3,5}){1,2}")


_WAVE_DASHED = regexes.compile(r"[～〜~―ー－].{4,80}[～〜~―ー－]")
_AGENCY_WORD = regexes.compile(r"\b(?:Images|Photos?|Pictures|Press|Agency|AFP|AP|Reuters|EPA|Getty|Alamy|Shutterstock|"
                               r"Bloomberg|PA|Xinhua|Anadolu|Efe|EFE|Ansa|ANSA|DPA|dpa)\b")
_TOWN_LINE = regexes.compile(r"[A-ZÀ-Þ][\w'’\-]+(?:\s[A-ZÀ-Þ][\w'’\-]+)?")
_AT_GROUND = regexes.compile(r"at\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,4}$")


def name_line(infos: list[LineInfo], i: int, title_at: int, end: int) -> Optional[str]:
    """"Jane Doe" alone under the headline, beside a date or right above the story: a byline without "By". The name,
    or None."""
    info = infos[i]
    if _RELEASE_LABEL.match(info.line.text):
        return None  # "FOR IMMEDIATE RELEASE" over the date: a press release's label, no one's name
    if _PLAYER_LENGTH.search(info.line.text):
        return None  # "Listen · 7:42": a player's button and the clip's length, no one's name
    following = infos[i + 1] if i + 1 < len(infos) else None
    # "Elin Sandqvist" / "Text" / "Jonas Berg" / "Foto": each name over what they did for the piece — the writer's is
    # the byline, the photographer's no byline at all.
    role = following.line.text.strip().casefold() if following is not None and following.words <= 2 else ""
    if role in _PHOTO_ROLE:
        return None
    if role in _TEXT_ROLE and 2 <= info.words <= 4 and not info.sentence:
        name = md.author_name(info.line.text)
        if name:
            return name
    over_date = following is not None and (following.fate == "date" or md.date_line(following.line.text) is not None
                                           or (md.date_label(following.line.text) or (None,))[0] is not None)
    # "聞き手・佐藤真理子", "文＝山田花子": a Japanese credit, a short label and the name in kanji, over the date.
    labelled = _LABEL_AND_KANJI_NAME.match(info.line.text)
    if labelled and over_date:
        return labelled.group("name")
    # "Της Κατερίνας Αναστασίου" over the date: a Greek byline, the name in the genitive after the article ("[the piece]
    # of …"), kept as the page writes it. (Above the headline, over an author's box, it is no byline of this place.)
    genitive = _GREEK_GENITIVE.match(info.line.text) if over_date else None
    if genitive:
        return md.author_name(genitive.group("name"))
    # "Rizky Pratama - Kabar Jakarta Raya" over the date: the name, then the outlet the page is (its masthead, maybe
    # written without the spaces: "KabarJakartaRaya"), or its newsroom ("Declan Moorcroft · Harbourline News" on
    # Harbourline Radio's page).
    parts = re.split(r"\s[-–—·•|]\s", info.line.text, maxsplit=1) if over_date else ()
    separator = len(parts) == 2 and not re.search(r"\s[-–—]\s", info.line.text)
    if len(parts) == 2 and (_mastheads(parts[1], infos) or _newsroom_of_masthead(parts[1], infos)):
        name = md.author_name(parts[0]) if 2 <= len(parts[0].split()) <= 4 else None
        if name and separator and not given_name(name.split()[0]):
            name = None  # (after "·" or "|", only a name a given name opens: not "Nova Scotia · Harbourline News")
        if name:
            return name
    # (Each name with where it was filed from runs longer: "A in Brussels, B in London and C in Madrid".)
    filed = info.words <= 20 and info.line.text.count(" in ") >= 2
    name = None if info.sentence or info.words > 9 and not filed or md.role_line(info.line.text) \
        and not md.name_then_rank(info.line.text) else (
        md.names_joined_by_a_word(info.line.text) or md.author_name(info.line.text))
    if name and _GEORGIAN.search(name) and not _GEORGIAN_SURNAME.search(name):
        # (Georgian has no capitals to tell a name by: a section's label, "საგარეო პოლიტიკა", is shaped as one; a
        # Georgian surname ends as most do, "-ძე", "-შვილი", "-ია".)
        name = None
    # "Gareth Linnane" / "at Ferrisfield Park" / the date: the ground it was reported from on a line of its own. (Or
    # the town, a word or two, under a name opening on a given name: "María José Lasheras" / "Zaragoza" / the date.)
    # (Not a photographer's name over the agency: "James Murray" / "Getty Images".)
    ground = infos[i + 2] if following is not None and i + 2 < len(infos) and following.words <= 6 and (
        _AT_GROUND.match(following.line.text) or following.words <= 2 and _TOWN_LINE.fullmatch(following.line.text)
        and not _AGENCY_WORD.search(following.line.text)
        and name and given_name(name.split()[0])) else None
    if ground is not None and (ground.fate == "date" or md.date_line(ground.line.text) is not None
                               or ground.words <= 8 and md.date_line(ground.line.text, True) is not None) \
            and name and 2 <= info.words <= 4 and not _NOT_A_PERSON.search(name) and not OUTLET_WORDS.search(name):
        return name
    # "Emre Kaya / Güneykent", "Gareth Lyle at the Quay Stadium" right over the date: the name and where it was filed
    # from (or the ground the match was reported from).
    at_place = _NAME_THEN_PLACE.match(info.line.text) if following is not None and (
        following.fate == "date" or md.date_line(following.line.text) is not None) else None
    # (Not a kicker's "Peace Talks in Geneva": no event's, team's or body's word in the name.)
    if at_place and not info.sentence:
        # (Nor a photo's credit, "Hannah McKay / AFP": an agency is no place.)
        if _NOT_A_PERSON.search(at_place.group("name")) or OUTLET_WORDS.search(at_place.group("name")) \
                or _AGENCY_AFTER_SLASH.search(info.line.text):
            return None
        return md.author_name(at_place.group("name"))
    if name is None and md.spaced_japanese_name(info.line.text):
        # Spaced kanji are also a row of section tags ("政治 社会"); a name stands right above the date, as a
        # byline does, where tags follow it.
        return info.line.text.strip() if over_date else None
    # "山本彩、佐々木健太" over the date, under the headline: two or three writers' names in kanji, each of three to five
    # (a section's tags, "国際、政治", are words of two; "安全保障、国際情勢", "共同通信、時事通信", "東京都、大阪府" are tags,
    # agencies and places, their words a topic's, a medium's or a place's or body's ending).
    if name is None and over_date and title_at is not None and i > title_at and _KANJI_NAMES.fullmatch(info.line.text.strip()) \
            and not _KANJI_NOT_NAMES.search(info.line.text):
        return " and ".join(re.split(r"[、・]", info.line.text.strip()))
    # "田村恵理" over the date, unspaced: a name if the page signs with it again — alone under the story, or crediting a
    # photo ("…、田村恵理撮影") — not a label, "有料記事" (subscribers only), shaped the same.
    kanji = info.line.text.strip()
    if name is None and over_date and _KANJI_NAME.fullmatch(kanji) and any(
            other is not info and (other.line.text.strip() == kanji or kanji + "撮影" in other.line.text
                                   or kanji + "記者" in other.line.text) for other in infos):
        return kanji
    # Two names joined ("Helen Osei (now) and Mark Dunne (earlier)") take more words than one; so does a name with
    # the outlet after a comma ("Sofia Lindqvist, The Dominion Wire").
    if name and _place_list(info.line.text):
        return None  # where the piece was filed from, under the name: a person's name has two words or more
    if not name or not (2 <= info.words <= 4 or " and " in name and len(name.split()) <= (12 if filed else 7)
                        or "," in info.line.text and info.words <= 7 and len(name.split()) >= 2):
        return None
    if title_at is not None and _in_headline(info.line.text, infos[title_at].line.text):
        return None  # ("Puerto Alcaraz" under "El Puerto Alcaraz remonta …": the town or team the headline names)
    # The reporter's role on the next line ("Paul Adamson" / "Diplomatic correspondent"), or the address readers
    # write to ("Erik Sandberg" / "erik.sandberg@…").
    if i + 1 < len(infos) and len(name.split()) >= 2 and (
            md.role_line(infos[i + 1].line.text) or md.address_of(name, infos[i + 1].line.text)):
        return name
    near = [infos[j] for j in (i - 1, i + 1) if 0 <= j < len(infos)]
    # "Selin Aydın - İstanbul": the name and where it was filed from, under the date and share bar (or over the date:
    # "Emre Kaya / Güneykent").
    if _NAME_AND_PLACE.match(info.line.text) and any(md.date_line(infos[j].line.text) for j in range(max(0, i - 4), i)):
        return name
    # (Or under the name, over the date, the places the piece was filed from: "Kijów, Bruksela, Warszawa".)
    # (Or the photo's credit: "Johan Eklöf" / "Foto: Lina Berggren" / the date; or the site's domain, "dienosaidas.lt".)
    if i + 2 < len(infos) and (_place_list(infos[i + 1].line.text) or infos[i + 1].pattern == bp.PHOTO_CREDIT
                               or title_at is not None and _in_headline(infos[i + 1].line.text, infos[title_at].line.text)
                               or md.is_domain(infos[i + 1].line.text.strip())) and (
            infos[i + 2].fate == "date" or md.date_line(infos[i + 2].line.text)):
        near.append(infos[i + 2])
    beside = any(n.fate == "date" or md.date_line(n.line.text) for n in near) or i == title_at + 1 and any(
        n.fate == "date" for n in infos[i + 1:i + 3]) or i + 1 == end and not stems(info.line.text) & stems(
        infos[title_at].line.text)
    return name if beside else None


def _place_list(text: str) -> bool:
    """"Kijów, Bruksela, Warszawa", "Brussels": places of one word each set apart by commas, as under a byline."""
    parts = [part.strip() for part in text.split(",")]
    return len(parts) <= 4 and all(len(part.split()) == 1 and part[:1].isupper() and part[1:].islower()
                                   for part in parts)


def _newsroom_of_masthead(outlet: str, infos: list[LineInfo]) -> bool:
    """Whether `outlet` is the page's newsroom: two or three words, the masthead's first one, then an outlet's word
    ("Harbourline News" under "Harbourline Radio")."""
    words = outlet.split()
    return 2 <= len(words) <= 3 and OUTLET_WORDS.search(words[-1]) is not None and len(words[0]) >= 4 and any(
        info.line.text.split()[:1] == words[:1] for info in infos[:5])


def _mastheads(outlet: str, infos: list[LineInfo]) -> bool:
    """Whether `outlet` is the name heading the page (its first lines), spaces and case aside."""
    key = re.sub(r"\W", "", outlet).casefold()
    return len(key) >= 4 and any(re.sub(r"\W", "", info.line.text).casefold() == key for info in infos[:5])


_GREEK_GENITIVE = regexes.compile(r"^(?:Του|Της|Των)\s+(?P<name>[Α-ΩΆΈΉΊΌΎΏ]\S+(?:\s+[Α-ΩΆΈΉΊΌΎΏ]\S+){1,2})$")
_LABEL_AND_KANJI_NAME = regexes.compile(r"^[\u3040-\u30ff\u4e00-\u9fff]{1,4}\s?[・＝=]\s?(?P<name>[\u4e00-\u9fff]{2,5})$")
# (A name's words: "Cost Of Living in Britain" is a section's, with its "Of" written in capitals.)
_NAME_THEN_PLACE = regexes.compile(r"^(?P<name>[A-ZÀ-Þİ][\w'’-]+(?: (?!(?:Of|The|And|For|To|On|In|At|With)\b)[A-ZÀ-Þİ][\w'’-]+){1,2})"
                                   r"(?: / | (?:at|in) (?:the )?)[A-ZÀ-Þİ][\w'’-]+(?: [A-ZÀ-Þİ][\w'’-]+){0,2}$")
_NOT_A_PERSON = regexes.compile(r"(?i:\b(?:talks|summit|news|live|league|cup|council|ministry|team|club|city|united|rovers|"
                                r"party|union|government|court|police|hall|office|agency|university|service|group|media|"
                                # (Not words that are also surnames: Fleet, Guard, Peace, Market, World.)
                                r"navy|army|forces|war|living|markets|prices|economy|elections|crisis|"
                                r"sanctions|weather|sports|business|politics|opinion|health|science)\b)")
_AGENCY_AFTER_SLASH = regexes.compile(r"/\s*(?:AFP|AP|EPA|DPA|ANP|ANSA|PAP|ČTK|CTK|TASS|RIA|EFE|APA|NTB|BTA|MTI|IANS|PTI|"
                                      r"Reuters|Getty(?: Images)?|Shutterstock|Alamy|Anadolu|Xinhua|Sputnik|Tass|Ukrinform|"
                                      r"Pool|Handout)$")
_GEORGIAN = regexes.compile(r"[\u10D0-\u10FF]")
_GEORGIAN_SURNAME = regexes.compile(r"(?:ძე|შვილი|ია|უა|ავა|ნი|ური|ლი|ტი|ვა)$")
_NAME_AND_PLACE = regexes.compile(r"^[A-ZÀ-Þİ][\w'’-]+(?: [A-ZÀ-Þİ][\w'’-]+){1,2} [-–—|] [A-ZÀ-Þİ][\w'’-]+$")


def dateline(text: str) -> bool:
    # "KYIV, Ukraine (AP) — " or "WASHINGTON —": the wire lead, never a dek. Nor is a city and the agency on a line of
    # their own, as a site running the wire's item sets them ("واشنطن - وكالة أنباء …", "Brasília - Agência …").
    return bool(re.match(r"^[A-ZÀ-ÞА-Я][A-ZÀ-ÞА-Я .'-]{2,}(?:,\s*[\w .]+)?(?:\s*\([\w .]+\))?\s*[—–-]", text)) \
        or len(text) <= 80 and bool(_AGENCY_LINE.match(text))


_AGENCY_LINE = regexes.compile(r"^[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2}\s[—–-]\s(?:\w+\s){0,3}(?:وكالة|agency|agencia|agence|"
                               r"agentur|agenzia|agência|ajansı|агентство|агенція)\b[^.!?]*$", re.IGNORECASE)


# A speech's venue line, set with its date above the title: "Delivered at the Port Summit, Hall 2", "Given to the
# Chamber of Commerce", "Gehalten anlässlich …", "Prononcé lors de …", "Pronunciado en …". (Only the participle: "Address
# to the Teachers' Conference", "Rede anlässlich …" are speeches' titles.)
_VENUE = regexes.compile(r"(?:delivered|given|held) (?:at|to|before|on the occasion of)\s|(?:gehalten|vorgetragen) (?:bei|auf|vor|"
                         r"anlässlich|im|in)\s|prononcé (?:à|au|lors|devant)\s|pronunciado (?:en|ante|durante)\s|"
                         r"pronunciato (?:a|al|alla|in|durante|davanti)\s|uitgesproken (?:bij|tijdens|op)\s|"
                         r"hållet (?:vid|på|inför)\s|holdt (?:ved|på|under)\s", re.IGNORECASE)


# A personal site's tagline under its owner's name: "Insect ecologist · Associate Professor, Department of
# Biosciences, Nordvik University", "Chercheuse, Laboratoire d'océanographie, Université de Brest". Its parts name an
# academic rank and an institution, one after another: the owner's affiliation, never the post's headline.
_AFFILIATION_PART = regexes.compile(
    r"(?i:^(?:(?:associate|assistant|full|adjunct|emeritus|visiting|senior|junior) )?(?:professor|lecturer|reader|"
    r"researcher|research fellow|postdoc(?:toral)?(?: researcher| fellow)?|phd (?:student|candidate)|doctoral (?:student|"
    r"candidate)|professorin|professeure?|profesora?|professoressa|ricercatrice|ricercatore|chercheuse|chercheur|"
    r"investigador(?:a)?|forsker|forskare|tutkija|wissenschaftler(?:in)?|doktorand(?:in)?)\b|"
    r"^(?:department|dept\.?|school|faculty|institute|centre|center|laboratory|lab|division) (?:of|for)\b|"
    r"\b(?:university|universit[éàäy]|universidad|universität|universitet(?:et)?|yliopisto|hochschule|college|"
    r"institut(?:e|o|et)?|laboratoire|instituut)\b)")
_AFFILIATION_SPLIT = regexes.compile(r"\s*[·•|,]\s*")


def affiliation_line(text: str) -> bool:
    if "," not in text and "·" not in text and "|" not in text and "•" not in text:
        return False
    parts = [part for part in _AFFILIATION_SPLIT.split(text) if part]
    return len(parts) >= 3 and sum(bool(_AFFILIATION_PART.search(part)) for part in parts) >= 2


def headline_like(info: LineInfo, doc_script: Optional[str]) -> bool:
    text = info.line.text
    if info.line.tag == "h1" or info.line.container is None and info.line.tag in ("h2", "h3") and info.words >= 3:
        return True
    if info.script != doc_script and doc_script is not None:
        return False
    words = info.words
    if _ATTACHMENT.search(text):
        return False
    if info.script in UNSPACED:
        return 4 <= len(text) <= 80
    if words < 3 or words > 35 or NO_LETTERS.match(text) or _OPENS_WITH_DATE.match(text) or _TOOLBAR.match(text) \
            or _AGO.match(text) or _GLUED_BANNER.match(text) or _BREAKING_BAR.match(text) or _VENUE.match(text) \
            or affiliation_line(text) or _CITATION.match(text):
        return False
    return not (text.endswith(".") and words > 20) and not BULLET.match(text)


# "Halvorsen I., Ruud T. (2026) Light traps and the weather. Insect Conservation …": an entry of a publication list
# (authors as surname and initials, then the year in brackets), not a headline.
_CITATION = regexes.compile(r"^[^\W\d_][\w'’-]+,?\s(?:[A-Z]\.\s?){1,3}[^()]{0,80}?\(\d{4}[a-z]?\)")
# "[보도자료] 계획.hwpx (124KB)", "Programme.pdf (1.2 MB)": a file offered for download, named with its type and size.
_ATTACHMENT = regexes.compile(r"\.(?:pdf|hwpx?|docx?|xlsx?|pptx?|odt|rtf|zip)\b[^\w]{0,3}(?:\(?\d[\d.,]*\s?[KMG]i?B\b)?",
                              re.IGNORECASE)


def attachment(text: str) -> bool:
    return bool(_ATTACHMENT.search(text))


def board_value(infos: list[LineInfo], i: int) -> Optional[str]:
    """A bulletin board's post table ("제목 | title", "작성자 | office | 작성일 | date", "Betreff | …"): the rows name
    their field in a word, then its value; the title row's value is the headline."""
    parts = infos[i].line.text.split(" | ")
    return parts[1] if len(parts) == 2 and board_row(infos, i) else None


def board_row(infos: list[LineInfo], i: int) -> bool:
    """A field's name in a word, then its value (or two such pairs), beside another such row."""
    return _field_row(infos[i].line.text) and any(_field_row(infos[j].line.text) for j in (i - 1, i + 1)
                                                  if 0 <= j < len(infos))


def _field_row(text: str) -> bool:
    if " | " not in text:
        return False
    parts = text.split(" | ")
    return len(parts) in (2, 4) and all(" " not in label and len(label) <= 12 for label in parts[::2])


# "LIVERussia-Ukraine war live: …": a banner's label glued to another story's title, a ticker, not this page's headline.
_GLUED_BANNER = regexes.compile(r"^(?:LIVE|BREAKING|WATCH|VIDEO|LISTEN|UPDATE|UPDATED|EXCLUSIVE|DEVELOPING)(?=[A-ZÀ-Þ][a-zß-ÿ])")
# "Eilmeldung Genf: Selenskyj kündigt …", "Breaking News Fire closes …": the breaking-news bar's label and another story's
# line, copied with a space between them (a headline that is itself the alert writes "BREAKING: …").
_BREAKING_BAR = regexes.compile(r"^(?:eilmeldung|breaking(?: news)?|dernière minute|alerte info|última hora|ultim'ora|son dakika|"
                                r"срочно|терміново|pilne|urgente)\s+(?=[^\W\d_])", re.IGNORECASE)
# "Tuesday, November 4, 2025Today's Paper", "Poniedziałek, 3 listopada 2025 …": a page's date bar, not a headline.
_OPENS_WITH_DATE = regexes.compile(r"[^\W\d_]+,\s+(?:\d{1,2}\.?\s+[^\W\d_]+|[^\W\d_]+\.?\s+\d{1,2}),?\s+\d{4}")


# "MENU Paraná Agora Curitiba", "SUCHE Der Tagesblick": the header's buttons (set in capitals) copied onto one line
# with the site's name and edition; a headline that opens with the word writes it as a word ("Menu prices rise …").
_TOOLBAR = regexes.compile(r"^(?:MENU|MENÜ|MENÚ|SEARCH|BUSCA|BUSCAR|SUCHE|RECHERCHE|CERCA|ZOEKEN|SZUKAJ|МЕНЮ|ПОИСК|ПОШУК)\s+\S")


# "1h ago Nato ministers arrive …", "vor 2 Std. Kreml: …": an entry of a live page's "key events" list, with its age.
_AGO = regexes.compile(r"^(?:\d{1,2}\s*(?:h|hr|hrs|hours?|m|min|mins|minutes?|d|days?)\s+ago|vor \d{1,2}\s*(?:Std\.?|Min\.?|"
                       r"Stunden?|Minuten?)|il y a \d{1,2}\s*(?:h|min)|hace \d{1,2}\s*(?:h|min)|há \d{1,2}\s*(?:h|min))\s", re.I)


def completes(infos: list[LineInfo], i: int, end: int) -> Optional[int]:
    """A later header line that holds this line's headline whole (this one being breadcrumbs + a cut-off title)."""
    text = infos[i].line.text.rstrip(".… ")
    words = text.split()
    for j in range(i + 1, min(end, i + 6)):
        other = infos[j].line.text
        if other == infos[i].line.text or len(other.split()) < 3:
            continue
        # The other line's opening words appear inside this one, after some leading words.
        head = " ".join(other.split()[:4])
        at = text.find(head)
        if at > 0 and other.startswith(text[at:].rstrip(".… ")[: max(len(head), 1)]):
            return j
        if infos[i].line.text.endswith(("...", "…")) and other.startswith(text[-30:].split(" ", 1)[-1]) and words:
            return j
    return None


ABBREVIATION = regexes.compile(r"(?:\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof|Jr|Sr|No|vs|etc|Inc|Co|"
                           r"Corp|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|z|bzw|ca|Nr|Hr|Fr|г|ст|т|им)\.)$")


def first_sentence(text: str) -> str:
    for match in re.finditer(r"[.!?。！？](?=[\"”’»)]*\s+[\"“„«(]?[A-ZÀ-ÞА-ЯЁІЇЄ0-9\u0590-\u06FF])", text):
        before = text[: match.end()]
        if ABBREVIATION.search(before):
            continue
        return before.strip()
    return text.strip()


# "That" after a comma in the languages that put one before it (Ukrainian, Russian, German, Polish, Czech, Swedish,
# Dutch, Romance "que"/"che"): the reported clause follows.
_THAT = regexes.compile(r"^(?:що|что|dass|że|iż|že|att|dat|que|che)$", re.IGNORECASE)


_SPAN = regexes.compile(r"^(?:minutes|hours|days|weeks|months|years|decades)$", re.IGNORECASE)


def infer_title(lead: str, max_words: int = 14) -> str:
    """A headline made from the lead: its first sentence, cut at a clause boundary when long."""
    sentence = first_sentence(lead).rstrip(".。")
    words = sentence.split()
    if len(words) <= max_words:
        return sentence
    # Cut before a subordinate clause ("… sanctions if there is no progress") when it leaves enough words.
    clause = re.compile(r"^(?:if|as|after|while|when|because|since|amid|but|which|who|despite|unless|,|;|—|–)$")
    for k in range(max_words, 5, -1):
        if words[k - 1].endswith(",") and _THAT.match(words[k]):
            continue  # "… заявив, що Україна готова …": the comma opens what was said; cut there, "… said" says nothing
        if _SPAN.match(words[k - 1]) and words[k].lower() in ("after", "since", "before"):
            continue  # "… on Saturday, eleven months after the flood": "months after" is one phrase, no clause
        if clause.match(words[k].lower()) or words[k - 1].endswith((",", ";")):
            return " ".join(words[:k]).rstrip(",;")
    return " ".join(words[:max_words]).rstrip(",;") + "…"
