"""Publication dates written out in a page, in many languages → ISO 8601 ("2025-08-07")."""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

from sitegen import regexes

# Month names and their common abbreviations, by language; genitive forms for Slavic languages.
_MONTHS_BY_LANGUAGE = {
    "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"],
    "de": ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "ca": ["gener", "febrer", "març", "abril", "maig", "juny", "juliol", "agost", "setembre", "octubre", "novembre",
           "desembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"],
    "ru_nom": ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
               "ноябрь", "декабрь"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
           "листопада", "грудня"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu",
           "prosince"],
    "sk": ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra",
           "novembra", "decembra"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie",
           "noiembrie", "decembrie"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "el": ["ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου",
           "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"],
    "tr": ["ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
           "aralık"],
    "he": ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר",
           "בנובמבר", "בדצמבר"],
    "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
           "október", "november", "december"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"],
    "id": ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
           "november", "desember"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
           "november", "december"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "desember"],
    # Croatian and Bosnian genitives ("27. studenoga 2026."); "listopada" stays Polish November (Croatian October,
    # told by the dot after its day: see _iso), the first language listed wins a name two share.
    "hr": ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada",
           "studenoga", "prosinca"],
    "sl": ["januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra", "oktobra",
           "novembra", "decembra"],
    "sr": ["januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta", "septembra", "oktobra",
           "novembra", "decembra"],
    "bg": ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември",
           "декември"],
    # Serbian in Cyrillic, the genitive a date takes ("27. новембра 2026.") and the nominative.
    "sr_cyr": ["јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа", "септембра", "октобра",
               "новембра", "децембра"],
    "sr_cyr_nom": ["јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август", "септембар", "октобар",
                   "новембар", "децембар"],
    # Baltic and Finnish: Lithuanian genitives ("2026 m. vasario 24 d."), Latvian locatives ("2026. gada 24. februārī"),
    # Estonian and Finnish ("24. veebruar 2026", "24. helmikuuta 2026").
    "lt": ["sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio", "rugsėjo", "spalio",
           "lapkričio", "gruodžio"],
    "lv": ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī", "oktobrī",
           "novembrī", "decembrī"],
    "et": ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober",
           "november", "detsember"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
           "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    # Georgian, the nominative a dateline writes ("27 ნოემბერი 2024") and the dative of "on" ("27 ნოემბერს").
    "ka": ["იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო", "სექტემბერი",
           "ოქტომბერი", "ნოემბერი", "დეკემბერი"],
    "ka_dat": ["იანვარს", "თებერვალს", "მარტს", "აპრილს", "მაისს", "ივნისს", "ივლისს", "აგვისტოს", "სექტემბერს",
               "ოქტომბერს", "ნოემბერს", "დეკემბერს"],
    # The Levant and Iraq name the months otherwise; four of the names are two words ("كانون الأول", December).
    "ar_lev": ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
               "تشرين الثاني", "كانون الأول"],
}
MONTHS: dict[str, int] = {}
for _language, _names in _MONTHS_BY_LANGUAGE.items():
    for _i, _name in enumerate(_names, 1):
        MONTHS.setdefault(_name, _i)
        # (Not for the South Slavic names: "lip", "srp", "pro" would be words, and Czech or Polish months elsewhere;
        # nor the Baltic and Finnish ones, which no page shortens.)
        if len(_name) > 4 and _name.isascii() and _language not in ("hr", "sr", "sl", "lt", "lv", "et", "fi"):
            MONTHS.setdefault(_name[:3], _i)  # "Aug", "Sept" handled below
MONTHS.update({"sept": 9, "febr": 2, "janv": 1, "févr": 2, "avr": 4, "juil": 7, "déc": 12, "okt": 10,
               "mär": 3, "dez": 12, "ene": 1, "dic": 12, "set": 9, "out": 10, "fev": 2, "abr": 4, "ago": 8,
               "mai": 5, "mei": 5, "mrt": 3, "studenog": 11})  # (Croatian "studenog", the short genitive)

# (Arab sites pair the two names of a month: "11 مارس/آذار 2025", the Egyptian name and the Levantine one.)
_MONTH = r"(?P<month>(?:كانون|تشرين)\s(?:الأول|الثاني)|[^\W\d_]{2,12})\.?(?:\s?/\s?(?:(?:كانون|تشرين)\s(?:الأول|الثاني)|[\u0621-\u064a]{2,8}))?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.|º)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# Copying can glue the time to the year ("Nov 24 202610:18 AM EST"), or the next date or label ("November 30,
# 2026December 1, 2026", "12 March 2026Updated"): a year ends there too.
_YEAR_END = r"(?:\b|(?=[0-2]?\d:[0-5]\d)|(?=[^\W\d_]))"
_PATTERNS = [
    # (A label copied glued to it, "송고2026-11-26", leaves it a date: four digits, two, two, between dashes.)
    regexes.compile(rf"(?<!\d){_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),  # 2025-08-07 (also inside ISO timestamps)
    regexes.compile(rf"(?<![\w.]){_MONTH}\s+{_DAY},?\s+{_YEAR}{_YEAR_END}"),  # August 7, 2025 / Aug. 7 2025
    regexes.compile(rf"(?<![\w.]){_DAY}\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+|del\s+)?{_YEAR}{_YEAR_END}"),  # 7 August 2025, 7 de agosto de 2025
    regexes.compile(rf"(?<![\d.]){_DAY}\s*{_MONTH}\s*{_YEAR}"),  # 7 באוגוסט 2025 (no word boundary in Hebrew/Arabic)
    regexes.compile(rf"(?<![\d.])(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?{_YEAR}\b"),  # 07.08.2025, Czech "7. 8. 2025"
    regexes.compile(rf"\b{_YEAR}/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)\b"),  # 2025/08/07
    # (Korean the same with its own words and spaces between: "2024년 7월 23일".)
    regexes.compile(rf"\b{_YEAR}(?:年|년\s?)(?P<m>[01]?\d)(?:月|월\s?)(?P<d>[0-3]?\d)(?:日|일)"),
    # Korean (and Hungarian) year first with dots: "2026. 11. 30.", "2026.11.30."; a newsroom list drops the last dot
    # ("2026.11.30"), two digits each then, as no version number or amount is written that way with a year first.
    regexes.compile(rf"(?<![\d.]){_YEAR}\.\s?(?P<m>[01]?\d)\.\s?(?P<d>[0-3]?\d)\.(?!\d)"),
    regexes.compile(rf"(?<![\d.,]){_YEAR}\.(?P<m>[01]\d)\.(?P<d>[0-3]\d)(?![\d.,]\d|\d)"),
    # Hungarian writes the year first and the month in words: "2026. november 27.", "2026. nov. 27., 14:32".
    regexes.compile(rf"(?<![\d.]){_YEAR}\.\s+{_MONTH}\s+(?P<day>[0-3]?\d)\.?(?!\d)"),
    # Lithuanian "2026 m. vasario 24 d." and Latvian "2026. gada 24. februārī": the year first, its word after it.
    regexes.compile(rf"(?<![\d.]){_YEAR}\s?m\.\s+{_MONTH}\s+(?P<day>[0-3]?\d)\s?d\."),
    regexes.compile(rf"(?<![\d.]){_YEAR}\.\s?gada\s+{_DAY}\s+{_MONTH}"),
]
_ANY_YEAR = regexes.compile(r"(?:19|20)\d\d")
# "27/11/2026", and with dashes as Dutch and Indian sites write it ("27-11-2026"): the same separator twice.
_DMY_SLASH = regexes.compile(rf"(?<![\d/-])(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep){_YEAR}\b")
# "01-12-26, 06:00": a two-digit year is only a date with the time beside it (else a score, a range, a phone number).
# (Spanish regional papers set middle dots between: "14·04·25 | 07:15".)
_SHORT_YEAR_HINT = regexes.compile(r"\d[-./·]\d\d?[-./·]\d\d")
_SHORT_YEAR = regexes.compile(r"(?<![\d/.·-])(?P<a>[0-3]?\d)([-./·])(?P<b>[0-3]?\d)\2(?P<yy>\d\d)(?![\d/.·-])"
                              r"(?=(?:,?\s+|\s*[|·•]\s*)(?:om\s+|à\s+|alle\s+|um\s+|at\s+)?[0-2]?\d[:.h][0-5]\d\b)")


# Arabic-Indic and Persian digits ("١٢ أغسطس ٢٠٢٥", "۱۴۰۳"), which pages in Arabic script write dates in, as ASCII.
_ARABIC_DIGITS = {**{0x0660 + k: 0x30 + k for k in range(10)}, **{0x06F0 + k: 0x30 + k for k in range(10)}}


# A line that is an era's date alone: "報道発表資料　令和7年3月14日", "令和7年3月14日（金曜日）掲載".
_JA_ERA_LINE = regexes.compile(r"\s*(?:(?P<label>[^\d\s：:]{1,8})\s*[：:]?\s*)?(?P<era>令和|平成)\s?(?P<y>元|\d{1,2})\s?年\s?"
                               r"(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?日\s*(?:[（(][^）)]{1,4}[）)])?\s*(?:掲載|発表|公開|更新)?\s*")
_JA_POSTED = regexes.compile(r"(?:掲載|発表|公開|更新)\s*$")
# Labels of a date that is not the page's: a deadline, an event's day, a period.
_JA_NOT_PUBLISHED = regexes.compile(r"期限|締切|締め切り|日時|開催|期間|会期|発生|受付|募集|予定")


def find_date(text: str, day_first: "bool | str" = False) -> Optional[tuple[str, int, int]]:
    """The first full date (day, month and year) in `text`: (ISO date, start, end) or None.

    "03/02/2025" is only read when unambiguous, or as day/month when `day_first` (the page is not
    in English: the rest of the world writes the day first; FULL_YEAR_ONLY for an English page spelled the British way).
    """
    if not text.isascii():
        text = text.translate(_ARABIC_DIGITS)  # (one character for one: the positions found stay the text's)
        era = _JA_ERA_LINE.fullmatch(text) if ("令和" in text or "平成" in text) else None
        # (Heisei's only under a label or with "掲載": a bare "平成7年1月17日" over a headline is the day an anniversary
        # remembers.)
        if era and not _JA_NOT_PUBLISHED.search(era.group("label") or "") and (
                era.group("era") == "令和" or era.group("label") or _JA_POSTED.search(text)):
            # "報道発表資料　令和7年3月14日": a line that is a Japanese era's date alone, maybe under a short label (Reiwa 1 is
            # 2019, Heisei 1 is 1989) — as an official notice dates itself; not a deadline's or an event's.
            year = (2018 if era.group("era") == "令和" else 1988) + (1 if era.group("y") == "元" else int(era.group("y")))
            iso = _valid(year, int(era.group("m")), int(era.group("d")))
            if iso:
                return iso, era.start("era"), era.end("d") + 1
    if not _ANY_YEAR.search(text):
        match = _SHORT_YEAR.search(text) if _SHORT_YEAR_HINT.search(text) else None
        iso = _day_month(int(match.group("a")), int(match.group("b")), 2000 + int(match.group("yy")), day_first is True) \
            if match else None
        return (iso, match.start(), match.end()) if iso else None  # every other shape has a four-digit year
    found = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            iso = _iso(match)
            if iso:
                found.append((match.start(), match.end(), iso))
                break
    match = _DMY_SLASH.search(text)
    if match:
        iso = _day_month(int(match.group("a")), int(match.group("b")), int(match.group("year")), bool(day_first))
        if iso:
            found.append((match.start(), match.end(), iso))
    if not found:
        return None
    start, end, iso = min(found)
    return iso, start, end


# What an English page spelled the British way reads day first: "04/11/2025" only, a full year after a slash or a dash
# (a two-digit year's order, "12.01.26, 14:32", stays the site's own: Ynetnews writes month first).
FULL_YEAR_ONLY = "full-year"
# Spellings only British usage has (and the pound), against their American forms: an English page that spells the
# British way writes "04/11/2025" day first, as Britain, Ireland, Australia, India and most of the Commonwealth do.
# (In small letters only: a name, "the Barbican Centre", "the Ministry of Defence", is spelled so in American copy too.)
_BRITISH = regexes.compile(r"\b(?:colour|favour|honour|neighbour|behaviour|centre|metres?|litres?|theatre|programme|"
                           r"organis(?:e|ed|es|ing|ation)|recognis(?:e|ed|es)|realis(?:e|ed|es)|apologis(?:e|ed)|travelled|"
                           r"cancelled|defence|whilst)\b|£\d")
_AMERICAN = regexes.compile(r"\b(?:color|favor|honor|neighbor|behavior|center|meters?|liters?|theater|"
                            r"organiz(?:e|ed|es|ing|ation)|recogniz(?:e|ed|es)|realiz(?:e|ed|es)|apologiz(?:e|ed)|traveled|"
                            r"canceled|defense)\b|\$\d|\((?:AP|AFP)\)|\b(?:EST|EDT|CST|CDT|PST|PDT)\b")
_QUOTED = regexes.compile(r"[\"“][^\"“”]{0,200}[\"”]")


def british_spelling(text: str) -> bool:
    """Whether an English text spells the British way, two different words at least outside quotation marks, and
    never the American way (nor dates its lines in a US time zone, nor carries an AP dateline)."""
    text = _QUOTED.sub(" ", text)
    return len({m.group(0) for m in _BRITISH.finditer(text)}) >= 2 and not _AMERICAN.search(text)


def _day_month(a: int, b: int, year: int, day_first: bool) -> Optional[str]:
    """"a/b/year": only when unambiguous (one of the numbers cannot be a month), or day first when the page says so."""
    if a == b or day_first and a <= 12 and b <= 12:
        return _valid(year, b, a)
    if a > 12 >= b:
        return _valid(year, b, a)
    if b > 12 >= a:
        return _valid(year, a, b)
    return None


def _iso(match: re.Match) -> Optional[str]:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("month"):
        name = " ".join(groups["month"].lower().rstrip(".").split())
        month = MONTHS.get(name)
        if month is None:
            return None
        if name == "listopada" and groups.get("day") and match.string[match.start("day"):match.start("month")].strip().endswith("."):
            month = 10  # "13. listopada 2025.": Croatian writes the day's dot (October); Polish "13 listopada" does not

    else:
        month = int(groups["m"])
    day = int(groups["day"] if groups.get("day") else groups["d"])
    return _valid(year, month, day)


def _valid(year: int, month: int, day: int) -> Optional[str]:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def date_in_url(url: str) -> Optional[str]:
    """The day a site's address files the story under (".../news/2026/08/21/pier-reopens/"), when it is a real day."""
    match = _URL_DAY.search(url)
    return _valid(int(match.group(1)), int(match.group(2)), int(match.group(3))) if match else None


_URL_DAY = regexes.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/")


def iso_from_machine(value: str) -> Optional[str]:
    """A date from a machine-readable attribute (datetime=, content=, JSON-LD): ISO or RFC 822 forms."""
    value = value.strip()
    match = re.match(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", value)
    if match:
        return _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = re.match(r"((?:19|20)\d\d)(\d\d)(\d\d)(?:T|$)", value)
    if match:
        return _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    found = find_date(value)
    return found[0] if found else None
