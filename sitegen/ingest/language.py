"""Which script and language a text is written in.

An article has one main script; a line in another script (a Hebrew caption in an English
article, an English share prompt in an Arabic one) is most likely page furniture. The language
is guessed from very common words, and only reported when the evidence is clear.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import compress
from operator import not_
from typing import Optional

from sitegen import regexes

_SCRIPTS = (
    ("latin", regexes.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")),
    ("cyrillic", regexes.compile(r"[\u0400-\u04FF]")),
    ("greek", regexes.compile(r"[\u0370-\u03FF\u1F00-\u1FFF]")),
    ("hebrew", regexes.compile(r"[\u0590-\u05FF]")),
    ("arabic", regexes.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")),
    ("han", regexes.compile(r"[\u4E00-\u9FFF\u3400-\u4DBF]")),
    ("kana", regexes.compile(r"[\u3040-\u30FF]")),
    ("hangul", regexes.compile(r"[\uAC00-\uD7AF\u1100-\u11FF]")),
    ("devanagari", regexes.compile(r"[\u0900-\u097F]")),
    ("thai", regexes.compile(r"[\u0E00-\u0E7F]")),
    ("georgian", regexes.compile(r"[\u10A0-\u10FF]")),
    ("armenian", regexes.compile(r"[\u0530-\u058F]")),
)
_NON_ASCII = regexes.compile(r"[^\x00-\x7f]")
_LATIN_LETTER = regexes.compile(r"[A-Za-z]")
# Scripts without spaces between words: their "words" are counted in characters.
UNSPACED = {"han", "kana", "thai"}

_STOPWORDS = {
    "en": "the of and to in is that for on with as was are by it he said from at this be has have not but an will".split(),
    "de": "der die und das ist nicht mit den von zu sich des auf für ein eine dem im sie es auch wird als bei nach sagte".split(),
    "fr": "le la les et des est une dans que pour qui pas sur du au il elle avec ce sont aux par plus été selon de un en l d ne se".split(),
    "es": "el la los las de que y en un una es por con para del se no al como su más lo fue ha sobre según".split(),
    "pt": "o a os as de que e do da em um uma para com não no na dos das por se mais foi ao pelo segundo está".split(),
    "it": "il la di che e è un una per non con del della le gli dei sono nel alla ha anche come più".split(),
    "nl": "de het een van en in is dat op te zijn met voor niet die aan er ook als bij door werd".split(),
    "pl": "i w na z się nie do że to jest o jak po przez dla od ale już przy które został".split(),
    "tr": "ve bir bu da de için ile olarak daha çok ama gibi olan sonra kadar dedi".split(),
    "sv": ("och att det som på är för med av till den har inte ett var sig men från kommer efter säger enligt också år "
           "i en de om kan han").split(),
    "ca": ("els les i amb és per dels als pels però aquest aquesta això també seva seu perquè molt són fins havia "
           "va ha més com que el la de en un una no del al es se").split(),
    "id": ("yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke oleh karena ada sudah bisa mereka kata telah "
           "secara bahwa atau tersebut sebagai kepada setelah hingga namun masih menjadi saat lebih").split(),
    "ro": "și în că este sunt care pentru fost după potrivit acest această sau dar cu pe din lui ale mai au fi spus".split(),
    "hu": "a az és hogy nem is egy meg van volt már csak mint még ez azt kell szerint után pedig lesz amely".split(),
    "fi": "ja on ei että se oli hän mutta kun myös ovat ole tai jo mukaan sekä joka tämä kuin vuonna".split(),
    "da": ("og i at det er en til på af med for den som de ikke har var sig men fra efter også blev kan vil hvor jeg "
           "havde sagde siger nu mod meget hvad op ud").split(),
    "no": ("og i at det er en til på av med for den som de ikke har var seg men fra etter også ble kan vil hvor jeg "
           "hadde sa sier nå mot mye hva opp ut").split(),
    "cs": "a se v na je že to s z do o jako ale by pro jsou které který podle po už byl bylo také když jeho".split(),
    "sk": "a sa v na je že to s z do o ako ale by pre sú ktoré ktorý podľa po už bol bolo tiež keď jeho".split(),
    "hr": ("i je u na da se za od su s o ne iz koji to kao što ali će bi prema nakon koja koje također gdje prije "
           "poslije tko").split(),
    "sr": ("i je u na da se za od su s o ne iz koji to kao ali će bi prema posle koja koje takođe gde pre šta "
           "ko vreme").split(),
    "sl": "in je v na da se za od so z s do o ne iz ki to kot pa ali bo bi po tudi ter še že bil".split(),
    "lt": "ir kad su į iš yra buvo bet ar jo tai per apie kaip jau dar nuo taip pat po prie jų bus teigė sakė".split(),
    "lv": "un ir ka no uz par ar to kas bet arī vai jau pēc tikai savu bija tiek kā viņš teica".split(),
    "et": "ja on ei et see oli ka kui aga ta mis nagu veel ning pole kes seda oma ütles sest või".split(),
    "ru": "и в не на что с по это он как из к но за его от то все она так было также".split(),
    "uk": "і в не на що з по це він як із до але за його від та все вона так було також".split(),
}
_LETTERS = {"ca": "·", "tr": "ğışİĞŞ", "pl": "łąęśżźćńŁŚŻ", "de": "ß", "pt": "ãõ", "es": "ñ¿¡", "fr": "œèêù", "it": "ò", "sv": "å",
            "ro": "ășțȘȚ", "hu": "őűŐŰ", "cs": "ěřůĚŘŮ", "sk": "ľĺŕôĽ", "hr": "đĐ", "sr": "đĐ", "da": "æøå", "no": "æøå",
            "lt": "ėįųĖĮŲ", "lv": "ķļņģĶĻŅĢ", "et": "õÕ",
            "vi": "ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"}
_STOPSETS = {lang: frozenset(words) for lang, words in _STOPWORDS.items()}
_OWN_LETTER = regexes.compile("[%s]" % re.escape("".join(sorted(set("".join(_LETTERS.values()))))))
assert all(not ch.isascii() for ch in "".join(_LETTERS.values()))
_WORD_LANGUAGES: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _word in _words:
        _WORD_LANGUAGES[_word] = (*_WORD_LANGUAGES.get(_word, ()), _lang)
_WORDS = regexes.compile(r"[^\W\d_]+")
# Punctuation outside ASCII that copy in Latin script is full of (curly quotes, dashes, the ellipsis, a no-break space):
# no letters, so a text whose other characters are ASCII is split into its words by bytes (letter_runs).
_PUNCTUATION_OUTSIDE_ASCII = ("’", "‘", "“", "”", "—", "–", "…", "\u00a0", "«", "»", "„", "•", "·")
assert not any(_WORDS.search(ch) for ch in _PUNCTUATION_OUTSIDE_ASCII)
# Every ASCII byte but a letter made a space; the bytes of UTF-8's other characters (128 and up) kept.
_SPACE_BUT_LETTERS = bytes.maketrans(bytes(range(128)), bytes(b if 65 <= b <= 90 or 97 <= b <= 122 else 32 for b in range(128)))


def letter_runs(text: str) -> list[str]:
    """_WORDS.findall(text): the runs of letters ("[^\\W\\d_]+"). re makes a match of each of a story's five hundred
    words, two thirds of the time language() and headline.stems() took on a story. In ASCII the letters are A-Z and
    a-z: every other byte made a space splits the same words in C. Curly quotes and dashes are spaces too; a word
    holding another character outside ASCII ("é", the apostrophe "ʼ", which is a letter) is split by the pattern, when
    such words are few (text in another script is left to the pattern whole)."""
    plain = text
    if not plain.isascii():
        for mark in _PUNCTUATION_OUTSIDE_ASCII:
            if mark in plain:
                plain = plain.replace(mark, " ")
        if not plain.isascii():
            data = plain.encode("utf-8")
            if len(data) - len(plain) > len(plain) // 32:
                return _WORDS.findall(text)
            # (UTF-8 writes a character outside ASCII in bytes of 128 and up only: no ASCII byte made a space is part of one.)
            tokens = data.translate(_SPACE_BUT_LETTERS).decode("utf-8").split()
            # The few tokens outside ASCII, found in C, each replaced by its runs of letters (from the last: the indices
            # of those before it stay put).
            for k in reversed(list(compress(range(len(tokens)), map(not_, map(str.isascii, tokens))))):
                tokens[k:k + 1] = _WORDS.findall(tokens[k])
            return tokens
    return plain.encode("ascii").translate(_SPACE_BUT_LETTERS).decode("ascii").split()


# Cyrillic languages, each by the letters and the common words only it (of these) writes.
_CYRILLIC = {
    "ru": ("", "что это как также было он она они его её если уже или после который только"),
    "uk": ("їєґЇЄҐ", "що це як також було він вона вони його її якщо вже або після та який тільки"),
    "be": ("ўЎ", "гэта што як таксама было ён яна яны яго калі ўжо або пасля які толькі"),
    "bg": ("", "че това са ще като които беше каза към след още също където бяха този тази"),
    "sr": ("ђћЂЋ", "је су који када године такође према рекао шта где"),
    "mk": ("ѓќѕЃЌЅ", "во со кои според исто рече кога беше"),
}
_CYRILLIC_WORDS = {word: lang for lang, (_, words) in _CYRILLIC.items() for word in words.split()}
_SCRIPT_LANGUAGE = {"hebrew": "he", "arabic": "ar", "greek": "el", "hangul": "ko", "kana": "ja",
                    "devanagari": "hi", "thai": "th", "georgian": "ka", "armenian": "hy", "han": "zh"}


_NON_LETTER_BYTES = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))
_ASCII_LETTER = regexes.compile(r"[A-Za-z]")
# (One class first, then its repeat: a pattern opening with a class lets re skip ASCII in C instead of trying a
# match at every character, a third faster.)
_NON_ASCII_RUN = regexes.compile(r"[^\x00-\x7f][^\x00-\x7f]*")
_RANGES = (
    (0x0000, 0x024F, "latin"), (0x0370, 0x03FF, "greek"), (0x0400, 0x04FF, "cyrillic"), (0x0530, 0x058F, "armenian"),
    (0x0590, 0x05FF, "hebrew"), (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"), (0x0900, 0x097F, "devanagari"),
    (0x0E00, 0x0E7F, "thai"), (0x10A0, 0x10FF, "georgian"), (0x1100, 0x11FF, "hangul"), (0x1E00, 0x1EFF, "latin"),
    (0x1F00, 0x1FFF, "greek"), (0x3040, 0x30FF, "kana"), (0x3400, 0x4DBF, "han"), (0x4E00, 0x9FFF, "han"),
    (0xAC00, 0xD7AF, "hangul"), (0xFB50, 0xFDFF, "arabic"), (0xFE70, 0xFEFF, "arabic"),
)


def _range_script(ch: str) -> Optional[str]:
    try:
        return _SCRIPT_OF[ch]
    except KeyError:
        pass
    name = None
    if ch.isalpha():
        code = ord(ch)
        name = next((n for low, high, n in _RANGES if low <= code <= high), None)
    if len(_SCRIPT_OF) < 65536:
        _SCRIPT_OF[ch] = name
    return name


_SCRIPT_OF: dict[str, Optional[str]] = {}  # each character's script, looked up once
_CJK_QUOTED = regexes.compile(r"「[^」]*」|『[^』]*』")
_UNIT_AFTER_NUMBER = regexes.compile(r"(?<=\d)\s?[A-Za-z]{1,3}(?![A-Za-z])")


def _script_counts(text: str) -> dict[str, int]:
    # A plain dict: main_script runs on every line of a page, and a Counter costs more than the counting here.
    counts: dict[str, int] = {}
    latin = len(text.encode("ascii", "ignore").translate(None, _NON_LETTER_BYTES))
    if latin:
        counts["latin"] = latin
    script_of = _SCRIPT_OF
    runs = _NON_ASCII_RUN.findall(text)
    if not runs:
        return counts
    chars = runs[0] if len(runs) == 1 else "".join(runs)
    # A long non-Latin text repeats a few dozen letters: count them in C, then look each one up once. Counter keeps
    # the order letters first appear in, so scripts are still counted in the order they first appear.
    for ch, n in (Counter(chars).items() if len(chars) > 32 else ((ch, 1) for ch in chars)):
        name = script_of[ch] if ch in script_of else _range_script(ch)
        if name:
            counts[name] = counts.get(name, 0) + n
    return counts


def foreign_script(script: Optional[str], doc_script: Optional[str], text: str = "") -> bool:
    """Whether a line in `script` is in another script than the page's. (Japanese writes some lines in kanji alone, a
    byline "社会部 佐伯真理子", a heading "結論": of a page in kana, never foreign. They stay "han" for the headline's
    choice, which such a line, a desk or a credit, should not win.) On a page in another script than Latin, a line
    Latin only by the units after its numbers, "麦麹…2.4kg", is the page's: given its `text`, they count for nothing."""
    if script is None or script == doc_script or script == "han" and doc_script == "kana":
        return False
    if script == "latin" and doc_script and text and _UNIT_AFTER_NUMBER.search(text):
        rest = main_script(_UNIT_AFTER_NUMBER.sub("", text))
        return not (rest == doc_script or rest == "han" and doc_script == "kana")
    return True


def main_script(text: str) -> Optional[str]:
    if text.isascii():  # most lines of most pages: Latin if there is a letter at all
        return "latin" if _ASCII_LETTER.search(text) else None
    counts = _script_counts(text)
    if not counts:
        return None
    # "本研究成果は、…英国科学誌「Journal of Microbial Electrochemistry」に…掲載されました。": a Japanese or Chinese sentence
    # naming something in Latin letters inside its quotation brackets; the name counts for no script.
    if "latin" in counts and ("「" in text or "『" in text) and ("kana" in counts or "han" in counts):
        counts = _script_counts(_CJK_QUOTED.sub("", text)) or counts
    # Japanese mixes kanji and kana; both count as Japanese text.
    if counts.get("kana") and counts.get("han"):
        counts["kana"] += counts.pop("han")
    # The first script counted wins a tie (as Counter.most_common does).
    return max(counts, key=counts.__getitem__)


def language(text: str, script: Optional[str]) -> Optional[str]:
    """An ISO 639-1 code when the text clearly is in that language, else None."""
    if script == "arabic" and _persian(text):
        return "fa"
    if script in _SCRIPT_LANGUAGE:
        return _SCRIPT_LANGUAGE[script]
    words = _lower_words(text)
    if len(words) < 20:
        return None
    if script == "cyrillic":
        return _cyrillic(text, words)
    if script != "latin":
        return None
    scores = _common_word_scores(words, ("ru", "uk"))
    # Letters only one language uses count too (Turkish and Polish have few short common words). (All of them are
    # outside ASCII: a text in ASCII holds none, and one scan finds those a text holds.)
    found = Counter(_OWN_LETTER.findall(text)) if not text.isascii() else None
    if found:  # (most texts outside ASCII hold only accents every language writes, or quotes: none of these letters)
        for lang, letters in _LETTERS.items():
            hits = sum(found[ch] for ch in letters)
            if hits:
                scores[lang] += hits // 2
    if not scores:
        return None
    (best, top), *rest = scores.most_common(2) + [(None, 0)]
    second = rest[0][1]
    # Confident: common words make up a real share of the text and clearly favour one language.
    if top >= max(5, len(words) * 0.12) and (top >= second * 1.5 or _told_apart(words, best, rest[0][0])):
        return best
    return None


def _common_word_scores(words: list[str], exclude: tuple[str, ...] = ()) -> Counter:
    """How many of the words are common words of each language. Each distinct common word is looked up once, in the
    order words first appear, so languages enter the Counter in the same order as word by word and most_common breaks
    ties alike: a story repeats its words, and the loop is Python. (filter() passes over the other words in C, before
    they are counted: half of a story's words.)"""
    scores = Counter()
    for word, n in Counter(filter(_WORD_LANGUAGES.__contains__, words)).items():
        for lang in _WORD_LANGUAGES[word]:
            if lang not in exclude:
                scores[lang] += n
    return scores


def _lower_words(text: str) -> list[str]:
    """[w.lower() for w in _WORDS.findall(text)], with one lower() of the whole text: the same words, since lowering
    changes no character's class and is one character for one, but for "İ" (two) and "Σ" (final "ς" by what follows
    it) — checked for every code point in tests/test_ingest_speed_equivalence.py."""
    if "\u0130" in text or "\u03a3" in text:
        return [w.lower() for w in _WORDS.findall(text)]
    return letter_runs(text.lower())


def _cyrillic(text: str, words: list[str]) -> Optional[str]:
    """Russian, Ukrainian, Belarusian, Bulgarian, Serbian or Macedonian, when its own letters and words clearly win."""
    scores = Counter()
    for lang, (letters, _) in _CYRILLIC.items():
        hits = sum(text.count(ch) for ch in letters)
        if hits:
            scores[lang] += hits
    for word in words:
        lang = _CYRILLIC_WORDS.get(word)
        if lang:
            scores[lang] += 1
    # Letters two of them write ("ы", "э", "ё" Russian and Belarusian; "і" Ukrainian and Belarusian; "ј", "љ", "њ",
    # "џ" Serbian and Macedonian) count for the one with more signs of its own (on a tie, the first: the commoner).
    for letters, (one, other) in (("ыэёЫЭЁ", ("ru", "be")), ("іІ", ("uk", "be")), ("јљњџЈЉЊЏ", ("sr", "mk"))):
        hits = sum(text.count(ch) for ch in letters)
        if hits:
            scores[other if scores[other] > scores[one] else one] += hits
    (best, top), *rest = scores.most_common(2) + [(None, 0)]
    return best if top >= 3 and top > rest[0][1] * 2 else None


def _persian(text: str) -> bool:
    """Persian writes its own "ی" and "ک" (and adds "پ چ ژ گ") where Arabic writes "ي" and "ك" (and "ة")."""
    persian = sum(text.count(ch) for ch in "یکپچژگ")
    return persian >= 10 and persian > 3 * sum(text.count(ch) for ch in "يكة")


def _told_apart(words: list[str], best: str, second: Optional[str]) -> bool:
    """Near languages share most common words (Danish and Norwegian "ikke", "også"; Czech and Slovak "že", "jako"…):
    the words only one of the two uses decide, when they clearly favour it."""
    if second is None:
        return True
    if {best, second} == {"hr", "sr"}:
        croatian, serbian = _yat(words)
        return (croatian if best == "hr" else serbian) >= 2 * max(1, serbian if best == "hr" else croatian)
    if best not in _STOPSETS or second not in _STOPSETS:
        return True  # (a language told by its letters alone, Vietnamese: no common words to weigh against the other's)
    own, other = _STOPSETS[best] - _STOPSETS[second], _STOPSETS[second] - _STOPSETS[best]
    mine = sum(1 for word in words if word in own)
    theirs = sum(1 for word in words if word in other)
    return mine >= 3 and mine >= theirs * 3 or mine >= 2 and theirs == 0


# Croatian writes the old "yat" vowel as "ije"/"je" (vrijeme, mjesto, gdje), Serbian (ekavian) as "e" (vreme, mesto,
# gde): the commonest words that show it tell the two apart where their common words cannot.
_IJEKAVIAN = regexes.compile(r"(?:[^n]ije\w|[dmvstcbp]je)")
_EKAVIAN = regexes.compile(r"(?:mest|mešt|sedn|predsedn|lekar|mesec|pesm|reč|(?:pre|posle|gde|ovde|dve|uvek|deo|deca|dece|dete)$)")


def _yat(words: list[str]) -> tuple[int, int]:
    return sum(1 for word in words if _IJEKAVIAN.search(word)), sum(1 for word in words if _EKAVIAN.match(word))


def line_language(text: str) -> Optional[str]:
    """The language of a short Latin-script line, from its common words; None when unclear."""
    scores = _common_word_scores(_lower_words(text))
    if not scores:
        return None
    (best, top), *rest = scores.most_common(2) + [(None, 0)]
    return best if top >= 2 and top > rest[0][1] else None
