"""Boxes a page sets in or beside the story, whose lines are furniture however story-like they read: a sign-up or
share box's other lines, a sponsor's message, a paywall's offers, a key-points or fact box, a donation box's pitch.

Each marks the lines it finds with a pattern (the reason --explain shows); layout's judgement then drops them.
"""
from __future__ import annotations

import re

from sitegen import regexes
from sitegen.ingest import boilerplate as bp
from sitegen.ingest import metadata as md
from sitegen.ingest.blocks import poll_question
from sitegen.ingest.features import TIME_ONLY, LineInfo
from sitegen.ingest.literals import any_of, grouped_by_opening


def mark_boxes(infos: list[LineInfo]) -> None:
    _consent_box(infos)
    _box_mates(infos)
    _poll_small_print(infos)
    _player_box(infos)
    _sponsor_box(infos)
    _paywall_box(infos)
    _offer_table(infos)
    _forum_rules(infos)
    _fact_box(infos)
    _claim_card(infos)
    _live_points(infos)
    _appeal_above_button(infos)
    _sign_up_form(infos)
    _contents_list(infos)
    _photographers_credits(infos)
    _caption_under_credit(infos)
    _pull_quotes(infos)
    _transcript(infos)


TRANSCRIPT = "a video's transcript (lines timed from its start)"


def _transcript(infos: list[LineInfo]) -> None:
    """"00:02 Het is een drukte …" / "00:07 Ministers van 32 landen …": three or more lines in a row, each opening on a
    time counted from the start of a clip (the first within its first five minutes, each later than the one before),
    are the player's transcript, when most of them end like sentences. (A live blog's entries open on clock times with
    their text between them; a podcast's chapters, "In this episode:" / "04:12 Why clay cracks", are titles.)"""
    starts = [k for k, info in enumerate(infos) if info.line.text[:1].isdigit()]
    done = -1
    for i in starts:
        if i <= done:
            continue
        run = []
        j = i
        while j < len(infos):
            text = infos[j].line.text
            m = _CLIP_TIME.match(text) if text[:1].isdigit() else None
            if not m:
                break
            seconds = int(m.group(1)) * 60 + int(m.group(2))
            if run and seconds <= run[-1]:
                break
            run.append(seconds)
            j += 1
        if len(run) >= 3 and run[0] < 60 and sum(infos[k].sentence for k in range(i, j)) * 3 >= len(run) * 2 \
                and not (i > 0 and infos[i - 1].line.text.endswith(":")):
            # (its label right above, "Transcript van de video", "Transkript": a short line, no sentence)
            label = i > 0 and infos[i - 1].words <= 6 and not infos[i - 1].sentence
            for info in infos[i - label:j]:
                if info.pattern is None:
                    info.pattern = TRANSCRIPT
            done = j - 1


_CLIP_TIME = regexes.compile(r"(\d{1,2}):([0-5]\d)\s+\S")


CONSENT = "cookie/consent notice"
CONSENT_BOX_LINES = 8


_BUTTON_WORDS = set("""i we accept agree reject decline refuse deny allow manage customise customize show more options settings
preferences purposes partners vendors continue ok okay got it all cookies and or zustimmen akzeptieren ablehnen einstellungen
alle accepter refuser tout paramétrer continuer aceptar rechazar configurar todo todas aceitar rejeitar accetta rifiuta
kabul et reddet ayarlar tümünü""".split())


def _consent_box(infos: list[LineInfo]) -> None:
    """A consent dialog copied as text: its buttons and its "or subscribe" offer stand between two of its lines that
    speak of cookies ("… et ses partenaires utilisent des cookies" … "Accepter et continuer" … "Paramétrer les
    cookies"), a few short lines apart."""
    at = [i for i, info in enumerate(infos) if info.pattern == CONSENT]
    # Its buttons right under its text ("I Accept Show Purposes", "Alle akzeptieren Einstellungen"), with no cookie word.
    for i in at:
        for b in infos[i + 1:i + 3]:
            if b.pattern is None and b.words <= 6 and all(w in _BUTTON_WORDS for w in b.line.text.casefold().split()):
                b.pattern = f"{CONSENT} (its buttons)"
    for i, j in zip(at, at[1:]):
        between = infos[i + 1:j]
        if 0 < len(between) <= CONSENT_BOX_LINES and all(b.words <= 40 for b in between):
            for b in between:
                if b.pattern is None:
                    b.pattern = f"{CONSENT} (between two of its lines)"


def _poll_small_print(infos: list[LineInfo]) -> None:
    """"Nicht repräsentativ. Anmeldung erforderlich." right under a reader poll's options and button: the poll's small
    print — a short line, with nothing between it and the question but the form's words (in HTML, in the poll's box;
    in copied text, no blank line before it)."""
    spaced = sum(1 for info in infos if info.line.blank_before) >= 3  # (a copied page that sets its blocks apart)
    sizes: dict[int, int] = {}
    for info in infos:
        sizes[info.line.group] = sizes.get(info.line.group, 0) + 1
    for j, question in enumerate(infos):
        if not question.line.text.endswith("?") or not poll_question(infos, j):
            continue
        for i in range(j + 1, min(len(infos), j + 5)):
            info = infos[i]
            if info.words <= 8 and not info.sentence or "form" in (info.pattern or ""):
                continue
            # (In HTML, in the poll's own small box; in copied text, no blank line before it on a page that has them
            # between its blocks — not the story's next sentence: "Should the city ban e-scooters?" / "Yes" / "No" /
            # "Vote" / "The ban would start in March." copied with no blank lines at all.)
            if info.line.tag is not None:
                alike = bool(info.line.group) and info.line.group == question.line.group and sizes[info.line.group] <= 6
            else:
                alike = spaced and not info.line.blank_before
            if info.words <= 10 and not info.pattern and alike:
                info.pattern = f"a reader poll's small print (its question on line {question.line.n})"
                for k in range(j + 1, i):  # (and its options between, "Tak Nie Nie wiem", whatever else took them)
                    infos[k].pattern = infos[k].pattern or f"a reader poll's options (its question on line {question.line.n})"
            break


def _box_mates(infos: list[LineInfo]) -> None:
    """In HTML, short lines sharing a small box with a newsletter or share prompt belong to that box."""
    groups: dict[int, list[LineInfo]] = {}
    for info in infos:
        if info.line.group:
            groups.setdefault(info.line.group, []).append(info)
    for members in groups.values():
        prompts = [m for m in members if m.pattern in (bp.PROMPT, bp.CLICK_PROMPT, "paywall prompt",
                                                       "membership/donation appeal", bp.SIGN_UP)]
        if prompts and len(members) <= 4:
            for m in members:
                if m.pattern is None and m.words <= 20:
                    m.pattern = f"in the same box as a prompt ({prompts[0].pattern})"


# A player's label over a clip set in the story: "LISTEN", "Play", "Watch now", "Écouter", "Anhören".
_PLAYER_LABEL = regexes.compile(r"(?:listen(?: now| live)?|play|watch(?: now)?|hören|anhören|écouter|escuchar|ascolta|"
                                r"luister|lyssna|lyt|kuuntele|słuchaj|слушать|слухати|ouvir|▶|"
                                r"(?:play|watch) (?:the )?(?:video|audio|clip)|(?:video|audio) (?:afspelen|abspielen|"
                                r"starten|lire|reproducir|riproduci|odtwórz|spela upp))", re.IGNORECASE)


def _player_box(infos: list[LineInfo]) -> None:
    """An audio or video player set in the story ("LISTEN" / "Farmers combine through the night" / "2:38" /
    "The Morning Edition – Saskatchewan"): its label, the clip's title, its length and the programme under it are no part
    of the story. Its length says it is a player's."""
    for i, info in enumerate(infos):
        if not _PLAYER_LABEL.fullmatch(info.line.text.strip()):
            continue
        # (In copied text, the length right under the label: "Video afspelen" / "02:34".)
        reach = 5 if info.line.tag is not None else 2
        length = next((k for k in range(i + 1, min(len(infos), i + reach)) if _CLIP_LENGTH.fullmatch(infos[k].line.text)), None)
        if length is None or any(infos[k].sentence or infos[k].words > 12 for k in range(i + 1, length)):
            continue
        box = list(range(i, length + 1))
        after = infos[length + 1] if length + 1 < len(infos) else None
        if after is not None and after.line.tag in ("div", "span") and after.line.n == infos[length].line.n \
                and after.words <= 8 and not after.sentence:
            box.append(length + 1)  # (the programme the clip is from, in the same box)
        for k in box:
            infos[k].pattern = infos[k].pattern or "inside an audio or video player (its label, the clip's title and length)"


# A clip's length: "2:38", "1:04:10".
_CLIP_LENGTH = regexes.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def _sponsor_box(infos: list[LineInfo]) -> None:
    """"This week's issue is supported by X." and the sponsor's message set right under it, with no blank line
    between them in copied text (in one source line in HTML). In a dump with no blank line anywhere, whose lack of one
    says nothing, the line after a sponsor line that names its sponsor is the story, not the message, where it does not
    name the sponsor again and goes on with someone of the story ("Support for TPR comes from Harbor Mutual …" / "Now, with help
    from his granddaughter, he is …"; but "SUPPORT COMES FROM" / "Harbor Hardware — keeping Port Ellery afloat since
    1952." and "… comes from Riverside Credit Union." / "Auto loans from 3.9% APR." are the message)."""
    spaced = any(info.line.blank_before for info in infos[1:] if info.line.tag is None)
    for info, nxt in zip(infos, infos[1:]):
        sponsor = _SPONSOR_NAME.search(info.line.text)
        if info.pattern != bp.SPONSOR or nxt.pattern or nxt.words > 40 or _REPORTS_SPEECH.search(nxt.line.text) and not (
                sponsor and sponsor.group(1) in nxt.line.text):
            continue  # (an ad reports no one's words: "… Biggs said the work is paying off" is the story going on)
        if nxt.line.tag is None and not spaced and sponsor and sponsor.group(1) not in nxt.line.text \
                and _STORY_GOES_ON.search(nxt.line.text):
            continue  # (a dump with no blank lines: past a line that named its sponsor, someone of the story going on)
        if nxt.line.tag is None and not nxt.line.blank_before or nxt.line.tag is not None and nxt.line.n == info.line.n:
            nxt.pattern = "the sponsor's message (set with its sponsor line)"


# Someone of the story going on — a he, she or they, or words in their marks — as no advertiser's copy reads ("Auto
# loans from 3.9% APR. Apply online …", "Smiles for the whole family.").
_STORY_GOES_ON = regexes.compile(r"\b(?:he|she|they|his|her|their|him|them)\b|[\"“”]")
_REPORTS_SPEECH = regexes.compile(r"\b[A-Z][a-z]+\s+(?:said|told)\b")
_SPONSOR_NAME = regexes.compile(r"\b(?:from|by)\s+([A-Z][\w'’&-]+)")  # ("… comes from Hallerman Feed & Seed")


def _paywall_box(infos: list[LineInfo]) -> None:
    """Under a paywall prompt, the box's offers ("Then $75 per month…", "See all plans") are furniture too."""
    for i, info in enumerate(infos):
        if info.pattern != "paywall prompt":
            continue
        skipped = 0
        for other in infos[i + 1:i + 16]:
            if other.pattern or other.fate:
                continue
            if other.words <= 30 and bp.subscription_offer(other.line.text):
                other.pattern = "subscription offer under a paywall prompt"
            elif other.words > 12 or other.words > 6 and skipped:
                break  # the headline or the story again
            elif other.words > 6:
                skipped += 1  # (the box's pitch, "Get access to all of the Review's journalism", over its offer)


_OFFER_TABLE = "a paywall's table of plans (offers on lines {}–{})"


def _offer_table(infos: list[LineInfo]) -> None:
    """A paywall's plans copied wherever the page sets them (over the free part, too): three or more offers, two of them
    a price a period ("$45 per month", "Essential digital access to … journalism on any device", "See all plans"), with
    only short lines between them (a plan's name, "Select", "Terms & Conditions apply"); its last buttons ("Find out
    why") go with it."""
    i = 0
    while i < len(infos):
        if infos[i].pattern or infos[i].words > 30 or not bp.subscription_offer(infos[i].line.text):
            i += 1
            continue
        offers, last, gap = 1, i, 0
        prices = bool(bp.PRICE_A_PERIOD.search(infos[i].line.text))
        for j in range(i + 1, min(len(infos), i + 60)):
            other = infos[j]
            if other.words <= 30 and not other.pattern and bp.subscription_offer(other.line.text):
                offers, last, gap = offers + 1, j, 0
                prices += bool(bp.PRICE_A_PERIOD.search(other.line.text))
            elif other.words <= 12 and gap < 3:
                gap += 1
            else:
                break
        if offers >= 3 and prices >= 2:  # (plans have prices: "trial" and "access" are words of stories too)
            end = last
            while end + 1 < len(infos) and end - last < 2 and infos[end + 1].words <= 3 and not infos[end + 1].sentence:
                end += 1
            for info in infos[i:end + 1]:
                info.pattern = info.pattern or _OFFER_TABLE.format(infos[i].line.n, infos[last].line.n)
            i = end
        i += 1


# A board's rules over every thread (phpBB's "Forum rules" box): its heading in the board's language.
_FORUM_RULES = regexes.compile(r"^(?:(?:forum|board) rules|forenregeln|règles du forum|reglas del foro|regras do fórum|"
                               r"regole del forum|zasady forum|правила форума|правила форуму|forumregler|foorumin säännöt)$",
                               re.IGNORECASE)


def _forum_rules(infos: list[LineInfo]) -> None:
    """"Forum rules" / "Please post your equipment …": the board's rules, set over the thread's first post, and the
    sentences right under their heading (two at most, before the thread's own lines)."""
    for i, info in enumerate(infos):
        if info.words > 3 or info.pattern or not _FORUM_RULES.match(info.line.text):
            continue
        info.pattern = "a forum's rules box"
        for other in infos[i + 1:i + 3]:
            if other.pattern or not other.sentence or other.words > 60:
                break
            other.pattern = f"a forum's rules box (its heading on line {info.line.n})"


# A box set beside the story: its key points ("In short:") or facts ("Fakta: Fjärrvärme"), a label then short lines.
_BOX_LABEL = regexes.compile(r"^(?:in short|key points|key facts|the facts|fast facts|quick facts|at a glance|fact ?box|facts?|"
                             r"fakta|faktaruta|fakten|fakta singkat|fatti|datos clave|en bref|en resumen|l'essentiel|"
                             r"das wichtigste(?: in kürze)?|"
                             r"kurz gesagt|w skrócie|najważniejsze|in breve|em resumo|коротко|факты|факти|ringkasan|"
                             r"poin penting|synopsis|story highlights|highlights|key takeaways|tl;?dr|"
                             # A live page's points of the day: "Claves del día", "Le point du jour", "Il punto".
                             r"claves(?: del día)?|lo más importante|le point(?: du jour)?|il punto|ключевое|головне за день)"
                             r"(?:\s*[:：]\s*[^.!?:]{1,40})?\s*[:：]?$", re.IGNORECASE)
_BOX_LABEL = grouped_by_opening(_BOX_LABEL)  # (its labels grouped by first letter: the same matches, fewer tries)
_BOX = "a key-points or fact box beside the story (label on line {})"
# (A label that is a paragraph's words as often, "En resumen" ("in summary"): a box only above the story.)
_IN_SUMMARY = regexes.compile(r"en resumen\b", re.IGNORECASE)
# (Nor past a live page's first entry, its time opening its heading: "21:40 Gespräche sollen am Freitag weitergehen".)
_TIMED_ENTRY = regexes.compile(r"\d{1,2}[:.]\d\d\s+\S")
_FACT_PAIR = regexes.compile(r"[^:：.?!]{2,30}[:：]\s*\S")


def _fact_box(infos: list[LineInfo]) -> None:
    """In copied text, the lines under a key-points or fact-box label: short points with no blank line between them,
    or short sentences each set apart, up to the first long paragraph (the story)."""
    for i, label in enumerate(infos):
        if label.line.tag is not None or label.pattern or label.words > 8 or not _BOX_LABEL.match(label.line.text):
            continue
        if _IN_SUMMARY.match(label.line.text) and _story_before(infos, i):
            continue  # (the story's closing lines, not a box above it)
        tight = i + 1 < len(infos) and not infos[i + 1].line.blank_before
        items, at_question = [], False
        for j in range(i + 1, min(len(infos), i + 11)):
            info = infos[j]
            # (a timestamp under "Key points" is a live page's first entry: not a box)
            if tight and items and info.line.blank_before or info.words > 25 or info.line.tag is not None \
                    or info.pattern or TIME_ONLY.match(info.line.text) or _TIMED_ENTRY.match(info.line.text):
                break
            # (A box of facts each under its label, "Introduced: December 2022", ends at the first line that is none:
            # "What could derail it?", the story's next subheading.)
            if len(items) >= 2 and all(_FACT_PAIR.match(item.line.text) for item in items) \
                    and not _FACT_PAIR.match(info.line.text):
                break
            # (Nor past a question set alone, the story's next subheading: "At a glance" / three facts / "What is frozen
            # and what is banned?" / "The main categories of measures are:" / the list.)
            # (Not a box of sentences, whose own "What's next?" follows them: "In short:" / two points / "What's next?".)
            if len(items) >= 2 and info.words <= 12 and info.line.text.rstrip().endswith(("?", "？")) \
                    and not any(item.line.text.rstrip().endswith(("?", "？")) or item.sentence for item in items):
                at_question = True
                break
            items.append(info)
            if len(items) >= 3 and info.words <= 6 and ":" in info.line.text[:30] \
                    and _VERDICT_LABEL.match(info.line.text.split(":", 1)[0].strip() + ":"):
                break  # ("Ocena: FAŁSZ", "Verdict: False": a fact-check's box closes on its verdict; the story follows)
        pairs = len(items) >= 2 and all(_FACT_PAIR.match(item.line.text) for item in items)
        # (Or three short facts or more, cut off by the question under them: "Hundreds of shadow-fleet tankers
        # sanctioned".)
        facts = at_question and len(items) >= 3 and all(item.words <= 10 for item in items)
        if len(items) >= 2 and (pairs or facts or any(info.sentence for info in items)):
            for info in (label, *items):
                info.pattern = info.pattern or _BOX.format(label.line.n)


def _story_before(infos: list[LineInfo], i: int) -> bool:
    """Whether the story has begun before line i: two lines of over 25 words nothing marked (one may be the dek, which
    is only told later)."""
    return sum(1 for info in infos[:i] if info.words > 25 and info.fate is None and info.pattern is None) >= 2


# A fact-check's claim card: "What was claimed" / the claim / (where it was shared) / "Our verdict" / the rating.
_CLAIM_LABEL = regexes.compile(r"^(?:the claim|claims?|what was claimed|what(?: i|')s being claimed|what they said|"
                               r"påstand(?:en)?|påstående|påståendet|väite|behauptung|die behauptung|affirmation|"
                               r"l'affirmation|ce qui est affirmé|afirmación|la afirmación|affermazione|l'affermazione|"
                               r"twierdzenie|teza|tvrzení|tvrdnja|trditev|твърдение|твердження|утверждение|iddia|klaim|"
                               r"tuyên bố|nhận định|bewering|de bewering|alegação|a alegação|väide)\s*[:：]?$", re.IGNORECASE)
_VERDICT_LABEL = regexes.compile(r"^(?:(?:our |the )?(?:verdict|rating|conclusion|ruling)|(?:vår |vores )?(?:konklusjon|"
                                 r"konklusion|vurdering|bedömning|slutsats)|johtopäätös|arvio|(?:unser )?(?:urteil|fazit)|"
                                 r"bewertung|notre verdict|(?:nuestro )?veredicto|calificación|(?:il nostro )?verdetto|"
                                 r"(?:nasz )?werdykt|ocena|hodnocení|presuda|ocjena|zaključak|присъда|заключение|вердикт|"
                                 r"оценка|висновок|karar|sonuç|kesimpulan|kết luận|đánh giá|oordeel|conclusie|veredito|"
                                 r"conclusão|järeldus|hinnang)\s*[:：]?$", re.IGNORECASE)
_CARD = "a fact-check's claim card above the story (label on line {})"


def _claim_card(infos: list[LineInfo]) -> None:
    """A fact-check page sets the claim it checks and its verdict in a card above the story: a claim label, the claim
    (and where it was shared), a verdict label and the verdict (a rating, or a sentence or two). The claim reads like
    the story and its label like a headline right above it; only the two labels a few lines apart tell the card."""
    for i, label in enumerate(infos):
        if label.pattern or label.words > 4 or not _CLAIM_LABEL.match(label.line.text):
            continue
        verdict = next((j for j in range(i + 2, min(len(infos), i + 5))
                        if infos[j].words <= 4 and _VERDICT_LABEL.match(infos[j].line.text)), None)
        if verdict is None or verdict + 1 >= len(infos):
            continue
        for info in infos[i:verdict + 2]:
            info.pattern = info.pattern or _CARD.format(label.line.n)


_DIGITS = frozenset("0123456789")


def _live_points(infos: list[LineInfo]) -> None:
    """A live page's points of the moment, in any language: above its first timed entry, a label (a few words, no
    sentence) over two to eight short sentences, the entry's time right under the last; more timed entries follow."""
    # (A time opens with a digit: most lines are passed over before the pattern.)
    times = [i for i, info in enumerate(infos) if info.line.text[:1] in _DIGITS and TIME_ONLY.match(info.line.text)]
    if len(times) < 3:
        return
    first = times[0]
    items = []
    for j in range(first - 1, max(-1, first - 10), -1):
        info = infos[j]
        if info.pattern or info.line.tag is not None or not info.sentence or info.words > 25:
            break
        items.append(info)
    label = infos[first - 1 - len(items)] if first - 1 - len(items) >= 0 else None
    if not 2 <= len(items) <= 8 or label is None or label.pattern or label.sentence or not 2 <= label.words <= 6 \
            or label.line.text.endswith((".", "!", "?")):
        return
    for info in (label, *items):
        info.pattern = _BOX.format(label.line.n)


def _appeal_above_button(infos: list[LineInfo]) -> None:
    """In copied text, a donation box: its button ("Поддержать нас"), and above it the pitch and its heading, which
    speak of readers, advertising, donations or independence ("Мы работаем без рекламы и зависим только от читателей.")."""
    for i, button in enumerate(infos):
        if button.words > 8 or button.line.tag is not None or not bp.opens_with_donate_button(button.line.text):
            continue
        # ("Поддержать «Вёрстку» Другие способы": the button, with the next one glued on by copying, is the box too)
        button.pattern = button.pattern or bp.DONATION
        pitched = False
        for k, above in enumerate(infos[i - 1:max(-1, i - 4):-1]):
            # (a long pitch right under "Before you go …": the appeal a live page sets between its entries)
            headed = k == 0 and i >= 2 and bool(bp.APPEAL_HEADING.match(infos[i - 2].line.text))
            # (or under the box's own heading, a few words on readers or money: "«Новая повестка» работает благодаря
            # читателям" over why the outlet cannot take advertising)
            j = i - 2 - k
            headed = headed or j >= 0 and not infos[j].pattern and infos[j].words <= 10 and not infos[j].sentence \
                and not above.line.blank_before and bool(bp.APPEAL_WORDS.search(infos[j].line.text))
            if above.pattern == bp.DONATION and not button.line.blank_before:
                continue  # (the pitch's own ask, "If you can, support us now", known already: the box goes on above it)
            if above.pattern or above.words > 40 and not headed or not bp.APPEAL_WORDS.search(above.line.text):
                break
            above.pattern = f"a donation box's pitch (its button on line {button.line.n})"
            pitched = True
        # Under the button, copied with it (no blank line between, on a page that sets its paragraphs apart): the
        # box's other button and its small print ("Безопасно. Анонимно. Можно из России."), when a pitch is above it.
        if not pitched or not any(info.line.blank_before for info in infos[:i]):
            continue
        for below in infos[i + 1:i + 4]:
            if below.line.blank_before or below.line.tag is not None or below.words > 8:
                break
            if below.pattern or below.line.text.endswith("."):
                below.pattern = below.pattern or f"a donation box's small print (its button on line {button.line.n})"


# A sign-up form's e-mail field, copied as its placeholder or label: "Email address", "Type your email...", "Adresa de
# e-mail", "Ihre E-Mail-Adresse", "Sähköpostiosoite". (A bare "Email" is also a share button: not read as a field.)
_EMAIL_FIELD = regexes.compile(
    r"^(?:(?:your|type your|enter your|ihre|deine|votre|ton|tu|su|la tua|il tuo|din|dit|uw|je|twój|váš|vaše)\s+)?"
    r"(?:(?P<noun>adresa|adresse|adres|indirizzo|dirección|direccion|endereço|адрес)\s+(?:de\s+|d'|di\s+|do\s+|del\s+)?)?"
    r"(?:e-?mail|e-post|sähköposti|correo(?:\s+electrónico)?|почты)"
    r"(?:[\s-]?(?P<tail>address|adresse|adres|adresa|osoite|osoitteesi|cím|címe|adressen?))?\s*(?P<end>\*|\.{3}|…)?$",
    re.IGNORECASE)
_EMAIL_KEY = regexes.compile(r"(?i:mail|post|correo|почты)")  # (one scan: most lines are passed over by it)
_SIGN_UP = "a sign-up form (its e-mail field on line {})"
# The words of a privacy policy, which a form's small print names: "privacy", Danish "privatlivspolitik", German
# "Datenschutz", French "confidentialité", Spanish and Portuguese "privacidad(e)", Polish "prywatności", …
_PRIVACY = regexes.compile(r"privacy|privatliv|integritet|personvern|datenschutz|confidentialité|privacidad|riservatezza|"
                           r"prywatnoś|tietosuoj|adatvédelm|osobních údajů|конфиденциальност|конфіденційн|gizlilik",
                           re.IGNORECASE)


def _sign_up_form(infos: list[LineInfo]) -> None:
    """A newsletter box copied as text: its heading and pitch, the e-mail field's label and the button under it
    ("Abonnez-vous à la lettre du lundi" / "Chaque lundi, l'essentiel…" / "Votre adresse e-mail" / "Je m'abonne").
    Its heading reads like a headline and its pitch like the lead, wherever the page sets the box."""
    for i, field_info in enumerate(infos):
        if field_info.words > 5 or field_info.line.tag is not None or not _EMAIL_KEY.search(field_info.line.text):
            continue
        match = _EMAIL_FIELD.match(field_info.line.text)
        if not match or not (match.group("noun") or match.group("tail") or match.group("end") and match.group("end") != "*"
                             or field_info.words > 1):
            continue
        mark = _SIGN_UP.format(field_info.line.n)
        field_info.pattern = field_info.pattern or mark
        if i + 1 < len(infos) and infos[i + 1].words <= 3 and not infos[i + 1].sentence and infos[i + 1].pattern is None:
            infos[i + 1].pattern = mark  # its button
        # Under the field and its button, the form's small print: "By signing up you accept our privacy policy."
        for below in infos[i + 1:i + 4]:
            if below.pattern is None and below.words <= 30 and _PRIVACY.search(below.line.text):
                below.pattern = mark
        # Up to the box's heading: its pitch may stand between (other fields too: "First name").
        for above in infos[i - 1:max(-1, i - 4):-1]:
            if above.pattern or above.fate or above.words > 40:
                break
            above.pattern = mark
            if above.line.blank_before or above.words <= 10 and not above.sentence:
                break


CONTENTS = "table of contents (its entries head the sections below)"
_TIME_FIRST = regexes.compile(r"^\d{1,2}[:.]\d\d\s*(?i:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?\s+(?=\S)")


def _contents_list(infos: list[LineInfo]) -> None:
    """An explainer's contents list ("In this article" over its questions): three or more short lines in a row, each
    set again further down, in the same order and apart from one another, where it heads its section. A block shown
    twice (a menu in the header and the footer) comes back in a row, and a caption shown twice is a single line."""
    later: dict[str, int] = {}
    nxt: list[int] = [-1] * len(infos)
    for i in range(len(infos) - 1, -1, -1):
        info = infos[i]
        if info.words > 15 or info.pattern or len(info.line.text) < 3:
            continue
        key = info.line.text
        if key[:1].isdigit():
            # (A live page's key events: "16.31 CET Zelenskyy: 'we need signatures'", each entry's headline after its time.)
            key = _TIME_FIRST.sub("", key, count=1)
        nxt[i] = later.get(key, -1)
        later[key] = i
    i = 0
    while i < len(infos):
        k = i
        while k + 1 < len(infos) and nxt[k + 1] > nxt[k] + 1 and nxt[k] >= 0:
            k += 1
        # (Set again where each heads its section, prose under most of them: not a header's tags and headline set
        # again as a footer's "Suggested Topics" and "Most Read" list.)
        if k - i >= 2 and nxt[i] > k and 2 * sum(_heads_prose(infos, nxt[x]) for x in range(i, k + 1)) > k - i + 1:
            for info in infos[i:k + 1]:
                info.pattern = CONTENTS
        i = k + 1


def _heads_prose(infos: list[LineInfo], at: int) -> bool:
    """Whether a sentence or a list's item follows within two lines (past an "Updated 1 hour ago")."""
    return any(info.sentence or info.line.tag == "li" or info.line.text[:2] in ("- ", "• ", "* ", "– ")
               for info in infos[at + 1:at + 3])


PHOTO_CREDIT = bp.PHOTO_CREDIT
# The header's credit for the pictures: "Photographs by Rafael Quint", "Fotos: Rui Campos", "… · Photography by Jo Hart".
_PHOTOGRAPHER = regexes.compile(r"(?:^|[|·•]\s*)(?:photographs?|photography|photos?|pictures?|images?|fotos?|fotografias?|"
                                r"fotografie|photographies?|ảnh)\s*(?:by|de|von|di|par|por|:)\s*(?P<name>[^|·•,:]{3,40}?)\s*(?=[|·•]|$)",
                                re.IGNORECASE)
_PHOTOGRAPHER_KEYS = ("photo", "pictur", "imag", "foto", "ảnh")
_PHOTOGRAPHER_KEY = any_of(_PHOTOGRAPHER_KEYS)


def _photographers_credits(infos: list[LineInfo]) -> None:
    """The photographer the header credits, named again on a line of its own under a picture ("Rui Campos", "Rafael
    Quint for Longitude"): that line is the picture's credit."""
    names = set()
    for info in infos[:60]:
        # (the substring test first: a line's sentence shape is worked out only when asked)
        if info.words <= 20 and _PHOTOGRAPHER_KEY.search(info.line.text.casefold()) and not info.sentence:
            names.update(m.group("name").casefold() for m in _PHOTOGRAPHER.finditer(info.line.text)
                         if len(m.group("name").split()) >= 2)
    if not names:
        return
    for info in infos:
        text = info.line.text.casefold()
        if info.pattern is None and info.words <= 8 and any(
                text == name or text.startswith(name) and re.match(r"\s*(?:for|/|[-–—]|,)\s*\w", text[len(name):])
                for name in names):
            info.pattern = PHOTO_CREDIT


def _caption_under_credit(infos: list[LineInfo]) -> None:
    """A credit right under a long paragraph is set above its picture's caption: the short line under the credit is
    the caption, however sentence-like ("Dã quỳ hai bên đường vào hồ Tuyền Lâm, sáng 21/11."). A credit that carries its
    own caption ("Foto: The delegation arrives in Florida. Source: …") has none under it."""
    for i in range(1, len(infos) - 2):
        credit, above, below = infos[i], infos[i - 1], infos[i + 1]
        if credit.pattern != PHOTO_CREDIT or credit.words >= 10 or _OWN_CAPTION.search(credit.line.text) \
                or above.pattern or above.words < 25 or not above.sentence \
                or below.pattern or not 4 <= below.words <= 20 or below.line.text[:1] in "\"“„«'‘" \
                or infos[i + 2].pattern == PHOTO_CREDIT:
            continue
        below.pattern = f"photo caption (under its credit on line {credit.line.n})"


# A sentence's end inside the credit ("Kuva: Kammiomittaus koealalla lokakuussa 2026. Kuva: T. Harjunpää"): its own
# caption (not an initial's full stop, "T. Harjunpää").
_OWN_CAPTION = regexes.compile(r"[^\W_]{2,}\.\s+\S")
_QUOTE_MARKS = "\"“”„«»‘’'‹›"
_WORD = regexes.compile(r"\w+")


def _grams(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    return {tuple(words[k:k + 3]) for k in range(len(words) - 2)}


def _pull_quotes(infos: list[LineInfo]) -> None:
    """A magazine's pull quote: a sentence or two in quotation marks on a line of its own, said again inside a longer
    paragraph nearby (before or after it), maybe with the speaker set between its parts ("… ten times," one diplomat
    said, "The Americans …")."""
    for i, info in enumerate(infos):
        text = info.line.text
        # (A saved page's <blockquote> needs no quotation marks: the theme draws them, "td_pull_quote", "kg-blockquote-alt".)
        # (Not a quoted document a line introduces, "In a post on Tuesday evening, she wrote:": the paragraph after it
        # quotes it again.)
        if (text[:1] not in _QUOTE_MARKS or text[-1:] not in _QUOTE_MARKS) and (
                info.line.tag != "blockquote" or i and infos[i - 1].line.text.rstrip().endswith(":")) \
                or info.pattern is not None or not 6 <= info.words <= 40:
            continue
        grams = _grams(text)
        # (A subheading in quotation marks heads the section that quotes it, "<h3>‘A place to be warm and talk’</h3>" over
        # the paragraphs that say it: a pull quote set as one says again what was said above it.)
        heading = info.line.tag in ("h2", "h3", "h4")
        for other in infos[max(0, i - 8):i if heading else i + 9]:
            if other is not info and other.words > info.words + 3 and len(grams & _grams(other.line.text)) >= 0.8 * len(grams):
                info.pattern = f"pull quote (said again on line {other.line.n})"
                cited = citation_under(infos, i)
                if cited is not None and cited.pattern is None:
                    cited.pattern = "the pull quote's citation"
                break


_CITATION = regexes.compile(r"^[—–―-]\s*\S")


def citation_under(infos: list[LineInfo], i: int):
    """The line under a pull quote that names whom it quotes ("— Senior European defense official"), in its box; None."""
    cited = infos[i + 1] if i + 1 < len(infos) else None
    if cited is None or cited.line.group != infos[i].line.group or cited.words > 8:
        return None
    if _CITATION.match(cited.line.text):
        return cited
    # (Or the name, a comma and the role, no dash: "Joris Haverkamp, promovendus mariene biologie".)
    name, comma, role = cited.line.text.partition(", ")
    return cited if comma and not cited.sentence and md.author_name(name) == name and 2 <= len(name.split()) <= 4 \
        and role[:1].islower() else None
