"""Title, byline, publisher and dateline shapes found in the lines of a page.

These recognise the *form* a piece of metadata takes on news sites in general ("By X",
"Author:", a site name after " | " in a headline, "Get the X app"), never one outlet's strings.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from sitegen import regexes
from sitegen.ingest.boilerplate import CJK_AGENCIES, CONTACT_LABEL
from sitegen.ingest.dates import MONTHS, find_date
from sitegen.ingest.literals import alternatives, any_of, grouped_by_opening, literals

# Byline openers in the languages of the news we ingest.
_BYLINE = regexes.compile(
    # "Author of the article: Name" (a chain's template), Indonesian "Penulis Name" / "Oleh Name" (before "author").
    r"^(?:author of (?:the|this) (?:article|story|post)|autor(?:ka)? (?:artykułu|tekstu)|autor del artículo|"
    r"auteur de l'article|автор статьи|автор статті|penulis|oleh|ditulis oleh|"
    r"by|written by|words by|reported by|(?:live )?reporting by|story by|(?:match )?report by|analysis by|posted by|published by|"
    r"author|authors|"
    r"von|text|texte|words(?=\s*:\s*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2}\s*$)|par|por|(?:article )?rédigée? par|escrito por|scritto da|écrit par|geschrieben von|verfasst von|texto|redacción|reportagem|di|a cura di|door|av|af|przez|autor|autorka|autorzy|autorki|"
    r"автор|авторы|автор текста|текст|від|от|מאת|כתב|בקלם|بقلم|كتب|كتبت|المؤلف|إعداد(?=\s*[:：])|yazan|"
    # Hungarian "Szerző:"/"Írta:", Finnish "Kirjoittanut"/"Kirjoittaja:"/"Teksti:", Estonian "Autor:" above; a speech's
    # transcript names its speaker as the author ("Speaker: The Hon. …").
    r"szerző|szerzők|írta|kirjoittanut|kirjoittaja|kirjoittajat|teksti|speaker|speech by|remarks by|delivered by|"
    # More languages' labels: Ukrainian "Автори:", Greek "Γράφει"/"Γράφει ο" (the article before a name)/"Επιμέλεια:", Turkish "Yazar:"/"Muhabir:", Polish and
    # Dutch "Tekst:", Italian "Autori:", Lithuanian "Autorius:", Latvian "Autors:", Vietnamese "Tác giả:", Croatian and
    # Serbian "Piše:", Vietnamese "Đăng bởi" (posted by), Scandinavian "Skrevet av", Indonesian "Diposting oleh", a podcast's "Hosted by".
    r"автори|автори статті|аутор|аутори|аутор текста|пише|пишу|γράφει(?: ο| η)?|γράφουν(?: οι)?|συντάκτης|επιμέλεια|yazar|yazarlar|muhabir|tekst|autori|autore|autrice|"
    r"autores|autoras|autorius|autorė|autors|hazırlayan ve sunan|hazırlayan|tác giả|đăng bởi|viết bởi|piše|pišu|skrevet av|skrevet af|skriven av|diposting oleh|"
    r"scris de|scrisă de|napisał|napisała|napsal|napsala|geschreven door|skrivet av|oprac\.|opracowanie|"
    r"hosted by|presented by|ავტორი|ავტორები|"  # (Georgian "ავტორი:", author)
    # A correspondent sent to the scene: "dal nostro inviato Stefano Rinaldi", "de notre envoyé spécial …", "from our
    # correspondent …".
    r"dal nostro inviato|dalla nostra inviata|dal nostro corrispondente|dalla nostra corrispondente|"
    r"de notre envoyée? spéciale?|de notre correspondante?|de nuestro enviado especial|de nuestra enviada especial|"
    r"from our (?:own )?correspondent|"
    # Who asked the questions, signed at an interview's end: "Rozmawiała …", "Propos recueillis par …", "Ptal se …".
    r"rozmawiał|rozmawiała|rozmawiali|propos recueillis par|interviewed by|interview by|das gespräch führte|"
    r"ptal se|ptala se|pýtal sa|pýtala sa|розмовляв|розмовляла|беседовал|беседовала|"
    r"razgovarao|razgovarala|razgovarali|разговарао|разговарала|разговарали|pogovarjal|pogovarjala|kalbėjosi|kalbino|"
    # "Συνέντευξη στη Δέσποινα Μαυρίδου" (Greek: an interview given to …), "Entrevista por …", "Intervista a cura di …".
    # (Bulgarian "Интервю на …" over the headline's interview, "Разговаря: …": who asked.)
    r"συνέντευξη (?:στη|στην|στον|στο)|entrevista por|intervista a cura di|интервю на|разговаря|"
    # Who runs a live page: "Стрічку веде …", "Ленту ведёт …", "Live blog by …".
    r"стрічку веде|стрічку вела|трансляцію веде|ленту ведет|ленту ведёт|трансляцию ведет|трансляцию ведёт|"
    # (The verb first: "Веде трансляцію: …". Not "Ведуча: …", a broadcast's presenter, who speaks in its transcript.)
    r"(?:веде|вела|ведуть|ведет|ведёт|ведут) (?:трансляцію|стрічку|трансляцию|ленту)(?=\s*[:：])|"
    # (Or the verb alone and a colon, "Ведуть: Оксана Литвиненко, Тарас Гнатюк": who run it.)
    r"(?:веде|вела|ведуть|вели|ведет|ведёт|ведут|вёл)(?=\s*[:：])|"
    r"live blog by|liveblog by|"
    # Who runs a live page or a newsletter's issue, "Edited by …" (under a writer's byline, only that writer's editor).
    r"edited by|"
    # Who works on it, said of the page: "Над стрічкою працюють …", "Над текстом работали …", "Над матеріалом працювала …".
    r"над (?:стрічкою|текстом|матеріалом|трансляцією|лентой|материалом|трансляцией) (?:працю\w+|работа\w+)|"
    # A digest's compilers: "Compiled by …", "Selecție și comentarii: …", "Zusammengestellt von …".
    r"compiled by|curated by|selected by|selection and commentary(?: by)?|selecție și comentarii|selecție de|"
    r"zusammengestellt von|ausgewählt von|sélection(?: et commentaires)?(?: par)?|selección(?: y comentarios)?(?: de| por)?|"
    r"selezione(?: e commenti)?(?: a cura)? di|wybór(?: i komentarze)?|výběr(?: a komentáře)?|"
    # An interview's credit, its label and a colon ("Röportaj: Elif Demir", "Interview: Jan Novák"): who asked.
    r"(?:röportaj|söyleşi|interview|entrevista|intervista|wywiad|rozhovor|interjú|haastattelu|intervju|interviu|"
    r"інтерв['’]ю|интервью)(?=\s*[:：])|"
    # A reporter's label and a colon ("Reporter: Dimas Aryo Wibisono", Indonesian "Wartawan:"/"Jurnalis:").
    r"(?:reporter|reporters|reporterin|wartawan|jurnalis)(?=\s*[:：]))"
    r"\s*[:：\-–—]?\s+(?P<name>.+)$", re.IGNORECASE)
# "Eine Reportage von …", "Un reportage de …", "An analysis by …": the piece's genre before the usual "by" (tried only
# on lines opening with one of _GENRE_OPENERS).
_GENRE_BYLINE = regexes.compile(
    r"^(?:(?:eine?|un|une|una|uma|an?)\s+)?(?:reportage|analyse|analysis|kommentar|commentary|essay|kolumne|gastbeitrag|"
    r"reportaje|reportagem|crónica|cronaca|chronique|analisi|análisis|análise|enquête|recherche|investigation|"
    r"tribune|column|opinion)\s+(?:von|de|di|by|da|door|av|par|por)\s*[:：\-–—]?\s+"
    # (A name, not what the piece is of: "CRÓNICA DE JOGO" is a match report, "Analysis of the data" no byline.)
    r"(?P<name>(?!(?:jogo|partido|partita|match|juego|la |le |el |the |los |las |les |o |a |um |uma )).+)$", re.IGNORECASE)
_GENRE_OPENERS = frozenset("""ein eine un une una uma a an reportage analyse analysis kommentar commentary essay kolumne
gastbeitrag reportaje reportagem crónica cronaca chronique analisi análisis análise enquête recherche investigation tribune
column opinion""".split())
# ("Text:" only with its colon: "Text" alone is a player's switch beside "Audio".)
_BYLINE_LABEL = regexes.compile(r"^(?:(?:by|author|authors|autor|autorzy|autoři|autori|autorka|auteur|auteurs|автор|автори|авторы|"
                                r"written by|von|par|por|door|av|af|przez|skrevet af|skrivet av|מאת|بقلم|"
                                # (An interview's: "Розмовляв" (talked with them), "Rozmawiał", "Interview by".)
                                r"розмовля(?:в|ла|ли)|беседова(?:л|ла|ли)|rozmawia(?:ł|ła|li)|interview(?:ed)? by|"
                                r"propos recueillis par|gespräch führte)\s*[:：]?|"
                                r"(?:text|texte|tekst|texto|testo)\s*[:：])$",
                                re.IGNORECASE)
DATE_LABEL = regexes.compile(
    r"^(?:date|published|first published|publication date|posted|updated|last updated|edited|modified|asked|datum|veröffentlicht|aktualisiert|"
    r"publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|опубликовано|"
    r"обновлено|дата|опубліковано|оновлено|תאריך|פורסם|نشر|تاريخ النشر|yayınlanma|diperbarui|diterbitkan|diposting|"
    r"cập nhật|opdateret|oppdatert|uppdaterad|zaktualizowano|aktualizováno|ažurirano|обновено|ажурирано|güncellendi|"
    r"güncelleme|päivitetty|atnaujinta|frissítve|actualizat)"
    r"(?:\s+(?:on|at|le|el|em|am|il|op|pada))?\s*[:：]?\s*(?P<rest>.*)$", re.IGNORECASE)
# Lists of labels, matched at the start of most short lines: their alternatives grouped by first letter (same matches).
_BYLINE, _BYLINE_LABEL, DATE_LABEL = (grouped_by_opening(p) for p in (_BYLINE, _BYLINE_LABEL, DATE_LABEL))
# Latin Extended-A alternates capitals and small letters ("Ą ą … Ń ń … Ż ż"): a range such as "Ą-Ż" holds both, and
# would read the "ń" of "Zielińska" or the "ı" of "Yıldız" as a capital starting a glued word; "À-Þ" alone leaves out
# the capitals that open "Łukasz", "Šárka", "Şahin".
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
_LOWER = "a-zß-öø-ÿ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.islower())
# A name: 1–5 words, each capitalised (or in a caseless script: Hebrew, Arabic, Indic, Georgian), joined by "and"/","/"&".
# (Cyrillic capitals past А-Я: Serbian and Macedonian "Ђурић", "Јовановић", "Љубица", "Ќиро"; Belarusian "Ў".)
_CYRILLIC_UPPER = "ЁІЇЄҐЂЃЅЈЉЊЋЌЎЏ"
_CYRILLIC_LOWER = "ёіїєґђѓѕјљњћќўџ"
_NAME_WORD = rf"(?:[{_UPPER}А-Я{_CYRILLIC_UPPER}Α-Ω][\w'’.\-]*|[\u0590-\u05FF\u0600-\u06FF]+(?:[-'\x22׳״][\u0590-\u05FF\u0600-\u06FF]+)*|[\u0900-\u0DFF]+|[\u10D0-\u10FF]+|(?:de|da|van|von|der|di|du|la|le|bin|al|ibn|dos|del)(?=\s))"
_NAME = regexes.compile(rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}$")
# (An upper-case byline writes them upper case too: "BY LENA MARCHETTI AND TOBIAS WREN".)
_JOINERS = regexes.compile(r"\s*(?:,|&|\band\b|\bund\b|\bog\b|\boch\b|\bja\b|\bve\b|\bés\b|\bși\b|\bet\b|\by\b|\be\b|\bи\b|\bі\b|\bta\b|\bו|\bAND\b|\bUND\b|\bET\b|\bИ\b)\s*")
_AFFILIATION_CUT = regexes.compile(r"\s*(?:\||;|·|•|—|–|\s-\s|\(|,\s*(?=(?:[A-Z][a-z]+\s){0,3}(?:News|Press|Reuters|AP|AFP|Times|Post|"
                                   r"Correspondent|Reporter|Editor|Staff|Writer|in\s))|\bon\s+(?=\w+\s+\d)|\bupdated\b|\bpublished\b|\bposted\b|\bveröffentlicht\b|\bpublié\b|\bpublicado\b|"
                                   # ("By Dana Whitcombe dwhitcombe@ashbrookgazette.com": the reporter's address after the name)
                                   r"\s(?=[\w.+\-]+@[\w\-]+\.\w)|"
                                   # ("By Aisling Byrne Broadcast Thu 15 May 2025": a programme's date, a date after it)
                                   r"(?<!\bby)\s(?:broadcast|aired)(?=\s+(?:on\s+)?(?:[a-z]{3,9},?\s+)?\d)|"
                                   r"\b(?:actualizado|aktualisiert|mis à jour|aggiornato|atualizado|aktualizacja|güncelleme|güncellendi)\b|"
                                   r"\d{1,2}:\d\d|\s(?=\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b))", re.IGNORECASE)
# "Tom Balmforth in Kyiv": where the reporter filed from is not part of the name.
# ("… at the Quay Stadium"; Romanian ", la Brașov" after a comma, not the particle of "Jean de la Fontaine".)
_PLACE_CUT = regexes.compile(r"(?:\s+(?:in|from|at(?:\s+the)?|aus|à|en|em|în|din|dans|в|у|з)|,\s*la)\s+(?=[A-ZÀ-ÞА-ЯЁІЇЄ])")
# Where one of two reporters filed from, between their names: "… in Vilnius and Daniel Osei …".
_PLACE_BEFORE_JOIN = regexes.compile(r"\s+(?:in|from|aus|à|en|em|în|din|dans|в|у|з)\s+[A-ZÀ-ÞА-ЯЁІЇЄ][\w'’-]*(?:\s+[A-ZÀ-ÞА-ЯЁІЇЄ][\w'’-]*)?"
                                     r"(?=\s+(?:and|und|et|y|e|i|og|och|en|и|і|та)\s+[A-ZÀ-ÞА-ЯЁІЇЄ])")
_WIRE_CREDIT = regexes.compile(r"^\(?(?:reporting|additional reporting|writing) by (?P<name>[^;)]+)", re.IGNORECASE)

# Separators between a headline and the site's name in a <title> or a saved page's first line.
TITLE_SEPARATORS = regexes.compile(r"\s+(?:\||–|—|-|::|·|•|»|/)\s+")
_DOMAIN = regexes.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co|uk|de|fr|es|it|ru|ua|il|news|info|io|eu|pt|br|pl|nl|be|at|ch|cz|sk|hu|ro|se|no|dk|fi|gr|tr|jp|kr|in|au|ca|ie|mx|ar|tv|"
                          r"lt|lv|ee|hr|si|bg|rs|ba|mk|by|kz|ge|is|lu|id|vn|tw|hk|cn|sg|nz|za|cl|pe|gov|edu)$",
                          re.IGNORECASE)
# The small words inside an outlet's name: "Diario del Sur", "Centre for Policy Studies", "Salt & Pepper" (not a company's
# "GmbH & Co.").
_PARTICLE = r"(?:de|del|della|di|da|do|dos|das|du|des|la|le|of|for|the|y|van|von|der|od|ze|z|na|w|v|&(?!\s+Co\b))"
# A number inside a name, a capitalised word after it: "Studio 24 Media", "Kanal 9 Nord".
_NAME_NUMBER = r"\d{1,3}(?=\s+[A-ZΑ-ΩΆΈΉΊΌΎΏ])"
# Boilerplate that names the outlet: "Get the X app" (or newsletter), "Follow X on …", "© 2025 X", "X is supported by its readers".
_PUBLISHER_SHAPES = [
    regexes.compile(r"\b(?:get|download|install)\s+the\s+(?P<name>[A-Z][\w.&'’ -]{1,40}?)\s+app\b", re.IGNORECASE),
    # (A newsletter's own name past the outlet's is no part of it: "Get the Meridian Wire Daily Briefing newsletter"; one
    # named only by its kind names no outlet: "Get the Morning Briefing newsletter".)
    regexes.compile(r"\b(?:get|download|install)\s+the\s+(?!(?-i:(?:Daily|Weekly|Morning|Evening|Afternoon|Breaking)\s+"
                    r"(?:Briefing|Roundup|Update))\s)(?P<name>[A-Z][\w.&'’ -]{1,40}?)"
                    r"(?:\s+(?-i:(?:Daily|Weekly|Morning|Evening|Afternoon|Breaking)\s+(?:Briefing|Roundup|Update)))?"
                    r"\s+newsletter\b", re.IGNORECASE),
    # "GadgetBeat is part of Halcyon Media Group": the outlet, before its parent company.
    regexes.compile(r"^(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}),? (?:is (?:part|a member|a division|a subsidiary) of|"
                    r"är en del av|er en del af|er en del av|ist (?:ein )?teil (?:von|der|des)|fait partie d[eu]|forma parte de|"
                    r"fa parte d[ei]|maakt deel uit van|jest częścią|on osa) (?:the )?[A-Z]"),
    # A domain as the name, lower case too: "© tagesfunk.de 2026 – Ein Angebot des …".
    regexes.compile(r"(?:©|\(c\))\s*(?:\d{4}\s*)?(?P<name>[a-z][\w-]+\.(?:de|com|net|org|fr|es|it|nl|at|ch|pl|pt|eu))(?=[\s,]|$)"),
    # (Not a pronoun: "follow her on X @danawhitcombe" names no outlet.)
    regexes.compile(r"\bfollow\s+(?P<name>(?!(?:us|me|him|her|them|you|my|our|his|their)\b)[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+on\s+(?:facebook|twitter|x|instagram|telegram|"
                    r"linkedin|youtube|tiktok|whatsapp|google news)", re.IGNORECASE),
    # Turkish: "Ekonomi Postası'nı Google News üzerinden takip edin" (follow NAME, the name with its object ending).
    regexes.compile(r"^(?P<name>[A-ZÇĞİÖŞÜ][\w.&-]*(?:\s+[A-ZÇĞİÖŞÜ][\w.&-]*){0,3})['’][ny]?[ıiuü]\s+"
                    r"(?i:google news|x|facebook|instagram|youtube|whatsapp|telegram)(?:['’][dt][ae]n?)?\s+(?:üzerinden\s+)?"
                    r"takip\s+edin"),
    # "© 2025 Diario del Sur", "Copyright © L'Écho de la Vallée": names keep their lower-case particles.
    # (Greek names too: "© 2026 Η ΕΦΗΜΕΡΙΣ – Όλα τα δικαιώματα …".)
    # ("© Copyright by Wydawnictwo Krajowe", "Copyright © 2026 by Acme Media": "by" before the owner.)
    # "© 2025 AB „Kuršių terminalai“": a company's legal form, then its name in quotes, which may hold small letters.
    regexes.compile(r"(?:©|\(c\)|(?i:copyright))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:SIA|UAB|AB|AS|OÜ|PT|ООО|ТОВ|АО|ООД|ЕООД|АД)"
                    r"\.?\s+[«\"„“](?P<name>[^«»\"„“”]{2,60})[»\"“”]"),
    regexes.compile(r"(?:©|\(c\)|(?i:copyright))(?:\s*(?:©|(?i:copyright)))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:by\s+)?"
                    r"(?:(?:SIA|UAB|PT|ООО|ТОВ)\.?\s+)?[«\"„“]?"  # "© 2026 SIA «Baltic Media»": the company's legal form, quotes
                    # (Not the "All" of "All rights reserved" after the owner's name.)
                    rf"(?P<name>[A-ZΑ-ΩΆΈΉΊΌΎΏ][\w.&'’-]*(?:\s+(?![Aa]ll\s+[Rr]ights\b)(?:{_PARTICLE}\s+){{0,2}}(?:[A-ZΑ-ΩΆΈΉΊΌΎΏ][\w.&'’-]*|{_NAME_NUMBER}))"
                    r"{0,3})"),
    # In a script with no capitals: "כל הזכויות שמורות © Name 2026" (Hebrew, Arabic: up to two words), "© 名前新聞社"
    # (Chinese, Japanese: a newspaper's company, "…新聞社", publishes it as "…新聞").
    regexes.compile(r"(?:©|\(c\)|(?i:copyright))(?:\s*©)?\s*(?:\d{4}\s*)?(?P<name>[\u0590-\u05ff\u0600-\u06ff][\u0590-\u05ff\u0600-\u06ff'’\"״-]*"
                    # (A year in Arabic-Indic digits after the name is none of it: "© المرفأ ٢٠٢٥".)
                    r"(?:\s+(?![\u0660-\u0669\u06f0-\u06f9]+(?:\s|$))[\u0590-\u05ff\u0600-\u06ff][\u0590-\u05ff\u0600-\u06ff'’\"״-]*)?|[\u3040-\u30ff\u4e00-\u9fff]{2,}?(?=社?(?![\u3040-\u30ff\u4e00-\u9fff])))"),
    # The name before the sign: "Portal Vale do Sul © 2025 - Todos os direitos reservados"; its publishing company may
    # stand between them, set apart as the footer sets its parts ("Revista Ribera · Edicions Ribera SL · © 2026").
    regexes.compile(rf"^(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:{_PARTICLE}\s+){{0,2}}[A-Z][\w.&'’-]*){{0,3}})"
                    r"\s*(?:[·•|]\s*[^©·•|]{2,60}?\s*[·•|]\s*)?(?:©|\(c\))\s*\d{4}"),
    # A company holding its brand in quotes: "© 2026 ТОВ «Телерадіокомпанія «Обрій»", "© ООО «Издательство «Заря»".
    regexes.compile(r"(?:©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:(?:ООО|ТОВ|АО|ПАО|ПрАТ|ТОО)\s+)?[«\"„“]"
                    r"[^«»\"„“”]{3,40}?\s[«\"„“](?P<name>[^«»\"„“”]{2,30})[»\"”]"),
    # Cyrillic names capitalise their first word only: "© Городские новости, 2025" (after a company's legal form, and
    # not the company's kind before its brand in quotes, read above).
    regexes.compile(r"(?:©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:(?:ООО|ТОВ|АО|ПАО|ПрАТ|ТОО)\s+)?[«\"„“]?(?![^«»\"„“”\s]+\s[«\"„“])(?P<name>"
                    rf"[А-Я{_CYRILLIC_UPPER}][а-яА-Я{_CYRILLIC_LOWER}{_CYRILLIC_UPPER}'’-]*"
                    rf"(?:\s+[а-яА-Я{_CYRILLIC_LOWER}{_CYRILLIC_UPPER}][а-яА-Я{_CYRILLIC_LOWER}{_CYRILLIC_UPPER}'’-]*){{0,2}})"),
    # Korean names have no capitals: "<저작권자(c) 한빛뉴스, 무단 전재-재배포 금지>". (A Japanese copyright line names the
    # company, "…新聞社", rather than the outlet's brand.)
    # (With the broadcaster's letters after it: "Copyright © 한빛방송 HBN.")
    regexes.compile(r"(?:©|\(c\))\s*(?:\d{4}\s*)?(?P<name>[\uac00-\ud7a3]{2,12}(?:\s[A-Z]{2,5}(?![\w&]))?)(?=[\s,.]|$)"),
    regexes.compile(r"^(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}) is (?:supported|funded) by (?:its|our) (?:audience|readers|members|listeners|subscribers|community)"),
    regexes.compile(r"\bsubscribe to (?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})(?:\s|$|[.!])"),
    # A newsletter's footer: "You are receiving this because you subscribed to Rail Freight Weekly.", "Du får detta
    # nyhetsbrev eftersom du prenumererar på Skogsbruk Idag.", "… fordi du abonnerer på …", "… omdat je geabonneerd bent
    # op …", "… parce que vous êtes abonné à …", "… porque te suscribiste a …".
    regexes.compile(r"(?i:\b(?:subscribed|signed up|prenumererar|abonnerer|abonnerar|geabonneerd bent|abonné(?:e)?|"
                    r"suscribiste|suscrito)\s+(?:to|for|på|op|à|a|al)\s+)(?:the\s+)?"
                    r"(?P<name>[A-ZÀ-Þ][\w.&'’-]*(?:\s+(?:(?:&|de|del|du|des|la|le|of|the|van|von|der)\s+){0,2}"
                    r"[A-ZÀ-Þ][\w.&'’-]*){0,3})(?:\s*[!.]|\s*$)"),
    # A newsletter's sign-off under each post: "Thanks for reading The Island Ledger! Subscribe for free…".
    regexes.compile(r"\b(?i:thanks for reading) (?P<name>[A-Z][\w.&'’-]*(?:\s+(?:&\s+)?[A-Z][\w.&'’-]*){0,3})(?:\s*[!.]|$)"),
    # A blog platform's post line: "Published in Harbour Makers · 5 min read · Mar 3, 2026" names the publication;
    # so does the line alone, as copying sets the post line's parts on lines of their own.
    regexes.compile(r"(?:^|·\s)(?i:published in|publicado en|publié dans|veröffentlicht in|pubblicato in) "
                    r"(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:&\s+)?[A-Z][\w.&'’-]*){0,3})\s*(?:[·|•]|$)"),  # ("Ledger & Hull")
    regexes.compile(r"\bprivacy policy of (?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"),
    # The logo's link text: "The Clarion - Back to home", "Der Tagesblick – Zur Startseite".
    regexes.compile(r"^(?P<name>[A-ZÀ-Þ][\w.&'’-]*(?:\s+[A-ZÀ-Þ][\w.&'’-]*){0,3})\s+[-–—|]\s+(?i:back to home(?:page)?|"
                    r"(?:zurück )?zur startseite|retour à l'accueil)$"),
]
# A consent notice names the site as it brands itself, where the copyright line names the company: "Le Courrier du
# Soir et ses partenaires utilisent des cookies", "RTPE y sus socios utilizamos cookies", "東洋新報デジタルは、…Cookie等を".
# (Read only on lines that speak of cookies.)
_CONSENT_SHAPES = [
    regexes.compile(r"^(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:(?:de|del|della|di|da|do|du|des|la|le|of|the|y|van|von|der)\s+){0,2}"
                    r"[A-Z][\w.&'’-]*){0,3})\s+(?:and (?:its|our)|y sus|et ses|und (?:seine|ihre)|e i suoi|e os seus|ve iş)"
                    r"(?:\s+\d+)?\s+(?:partners|socios|partenaires|partner|parceiros|ortakları)\s+(?:use|utilizamos|utilizan|usan|"
                    r"usamos|utilisent|nutzen|verwenden|setzen|utilizzano|usano|usam|utilizam|kullanır)\b"),
    # (Not "当サイトでは、…Cookieを使用しています": "this site" is no name.)
    regexes.compile(r"^(?!(?:当|本|この|弊)(?:ウェブ)?(?:サイト|ホームページ)|弊社|当社)(?P<name>[^\s、。は]{2,15}?)(?:では|は)、[^。]{0,40}"
                    r"(?:Cookie|cookie|クッキー)"),
]
_LEGAL_FORM = regexes.compile(r"\s+(?:ltd|ltda|limited|gmbh|inc|llc|plc|s\.?l|s\.?a|b\.?v|n\.?v|ag|s\.?p\.?a|s\.?r\.?l|sarl|sas|"
                              r"eireli|company|corporation|ab|asa|a/s|aps|oyj?|"
                              # Central and Eastern Europe's: Hungarian, Czech/Slovak, ex-Yugoslav, Polish, Baltic, Romanian.
                              r"kft|zrt|nyrt|bt|s\.?r\.?o|a\.?s|d\.?o\.?o|sp(?:\.? z o\.?o)?|sia|uab|oü|as)\.?$",
                              re.IGNORECASE)
def is_company(text: str) -> bool:
    """A name ending in a legal form ("Calder Foods Inc.", "Halcyon Media GmbH")."""
    return bool(_LEGAL_FORM.search(text.strip()))


# (And an association's form before the brand it publishes: Romanian "Asociația VeriFapt", Polish "Stowarzyszenie …",
# Croatian "Udruga …", Dutch "Stichting Feitenwacht".)
_LEGAL_PREFIX = regexes.compile(r"^(?:(?:PT|CV|Tbk|ООО|АО|ПАО|ТОВ|ПрАТ)\.?\s+(?=\S)|株式会社|有限会社|"
                                r"(?:Asociația|Asociatia|Fundația|Fundatia|Stowarzyszenie|Udruga|Stichting|Vereniging)\s+(?=[A-ZĂÂÎȘȚ]))")
_NOT_PUBLISHERS = {"us", "the", "our", "we", "wir", "nous", "tüm", "facebook", "twitter", "instagram", "google", "apple", "all", "x", "telegram",
                   "this", "all rights reserved", "riproduzione riservata", "tous droits réservés", "todos los derechos",
                   "todos os direitos", "alle rechte vorbehalten", "alle rechten voorbehouden", "reproduction interdite", "the app", "photo", "photos", "foto", "image", "picture", "credit",
                   "copyright", "crown",  # "© Crown copyright": the state's copyright, not the department that publishes
                   "ab", "uab", "sia", "oü"}  # a legal form alone, its company's name in quotes after it


_SPEAKER = regexes.compile(r"^(?:speaker|speech by|remarks by|delivered by)\b", re.IGNORECASE)


def speaker_line(text: str) -> bool:
    """"Speaker: The Hon. …": a transcript's speaker, set with the date and place above the speech's title."""
    return bool(_SPEAKER.match(text))


_SITE_BEFORE = regexes.compile(r"^[^\d|–—:-]{2,40}?\s[-–—|]\s")


# A Korean paper's credit before the reporter's name: "글=", "글·사진=", "사진·글=" (text, text and photos), and the
# label "기자명" (reporter's name) of a news CMS's byline box ("기자명 박서윤 기자").
_KOREAN_CREDIT = regexes.compile(r"^(?:(?:글|글\s?[·/ㆍ]\s?사진|사진\s?[·/ㆍ]\s?글|글\s?[·/ㆍ]\s?그림)\s*=|기자명\s*[:=]?)\s*(?=\S)")


# "ByJenny Coultas…": "By" run into a name; the seam where the name runs into the role ("CoultasCourt"), after three
# lowercase letters at least (not inside "McDonald", "MacLeod").
_GLUED_BY = regexes.compile(r"By(?=[A-ZÀ-Þ][a-zà-ÿ])")
_NAME_ROLE_SEAM = regexes.compile(r"(?<=[a-zà-ÿ]{3})(?=[A-ZÀ-Þ])")


_DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday easter christmas new next last this".split())


def byline_with_dates(text: str) -> bool:
    """Whether the line opens on a byline's word and a capitalized name, and holds a date: "Von Anna Keller und Tobias
    Rehm Donnerstag, 26. Juni 2025 Zuletzt aktualisiert: …", the byline's box run together with its dates."""
    label = _BYLINE.match(text)
    if label is None or find_date(text) is None:
        return False
    # (A name, two capitalized words and no comma between them and the date's words: not "By Easter Sunday, April 20".)
    name = re.match(r"[A-ZÀ-ÖØ-Þ][\w'’\-]+\s+[A-ZÀ-ÖØ-Þ][\w'’\-]+\b", label.group("name"))
    # (Names and dates, no sentence: a few words in lower case at most, "und", "aktualisiert".)
    lower = [w for w in re.findall(r"[^\W\d_]+", label.group("name")) if w.islower()]
    return name is not None and len(lower) <= 3 \
        and not any(w.lower() in MONTHS or w.lower() in _DAY_WORDS for w in name.group(0).split())


# Pure; asked about the same line from the header, the story span and the footer (half the calls repeat one).
@lru_cache(maxsize=1024)
def byline(text: str) -> Optional[str]:
    """The author named by a byline line ("By Jane Doe", "Written By Jane Doe | Reuters"), or None."""
    if len(text) > 120:
        return None
    if text[:1] in "—–―-":
        text = text.lstrip("—–―- ")  # "— Written by Carla Mendes, Courier staff": the sign-off under a story
    if text[:2] == "By" and _GLUED_BY.match(text):
        # "ByJenny CoultasCourt Reporter": a byline, the name and the role copied without the spaces between them.
        rest = text[2:]
        seam = _NAME_ROLE_SEAM.search(rest)
        return author_name(rest[:seam.start()] if seam else rest)
    if "»" in text:
        post = _FORUM_POST_BY.match(text)
        if post:
            return post.group("name")  # a forum member's name as the board shows it, a user name as well
    if ("部" in text or "局" in text) and (desk := _JA_DESK_BYLINE.match(text)):
        # "社会部 佐伯真理子": the desk ("social affairs department"), then the reporter
        return desk.group("name") or desk.group("spaced") or desk.group("bracketed")
    if ("部" in text or "班" in text or "局" in text) and (desk := _JA_NAME_THEN_DESK.match(text)):
        return desk.group("name")  # "山本健太（報道部）", "佐伯美咲 / ファクトチェック班": the reporter, then the desk
    if text[:1] in "글사기" and _KOREAN_CREDIT.match(text):
        return byline(_KOREAN_CREDIT.sub("", text, 1))  # "글·사진=정윤서 기자": text (and photos) by the reporter
    if text[:1] in "記文" and (japanese := _JA_SPACED_NAME_CREDIT.match(text)):
        return japanese.group("name")  # "記者：佐伯 遼": one Japanese name, family and given apart (a Chinese one is 2–3)
    if text[:1] in "记記作撰采文" and (credit := _ZH_BYLINE.match(text)):
        # "记者：林晓岚 编辑：周默": the reporter (not the editor beside); "作者：记者 陈晓雯 周立": two, joined as any
        # byline's names are.
        # (A space parts two reporters only after a reporter's word, "记者": "文：佐伯 真理子" is one Japanese name.)
        reporters = credit.group("role") or credit.group("label") not in ("文", "作者")
        parts = _ZH_NAME_PARTS if reporters else _ZH_NAME_PARTS_UNSPACED
        return joined_names([name for name in parts.split(credit.group("name")) if name])
    match = _BYLINE.match(text) or _WIRE_CREDIT.match(text) or (
        text.split(" ", 1)[0].lower() in _GENRE_OPENERS and _GENRE_BYLINE.match(text) or None)
    if not match and ":" in text:
        # "Shurfa News - Written by: Ahmad Khatib": the site's name, then the byline.
        site = _SITE_BEFORE.match(text)
        match = _BYLINE.match(text[site.end():]) if site else None
    if match and match.re is _BYLINE:
        # ("Oleh Rania Puspitasari dan Bagus Wicaksono", "Door Sanne de Vries en Joost Brinkman": two names joined by the
        # page's own "and", before the first name alone, which a longer one cut at the "and" would leave.)
        name = names_joined_by_a_word(match.group("name")) or author_name(match.group("name"))
        if name and " " not in name and ":" not in text and _DESK_WORDS.match(text):
            return text  # "Redacción Internacional": the desk and its section, no label before a person's name
        if name is None and text[:3].lower() == "by " and (forum := _SUBMITTED.match(text)):
            return forum.group("poster")  # "By dobson_dave, November 3, 2025 in …": a forum's handle, no name
        if name or ":" not in text[:30]:
            return name
    if ":" in text[:30]:
        # Two labels joined ("Autorka/Autor: …", "Tekst og foto: …", "Text und Bild: …"): either one is the byline's.
        label, _, name = text.partition(":")
        parts = _LABEL_JOIN.split(label.strip()) if 2 <= len(label.split("/")) + len(label.split()) <= 5 else []
        match = next((m for m in (_BYLINE.match(f"{part}: {name.strip()}") for part in parts if part) if m), match)
    if not match:
        agency = _NAME_AGENCY.match(text) if "|" in text else None
        if agency:
            name = author_name(agency.group("name"))
            return name if name and len(name.split()) >= 2 and not _SECTION_WORDS.search(name) else None
        if "|" in text and len(text) <= 70:
            # "Marta Zielińska | Reporterka", "Tom Hale | Senior correspondent": the name, then the reporter's role.
            head, _, role = text.partition("|")
            name = author_name(head) if 2 <= len(head.split()) <= 4 and "|" not in role and role_line(role.strip()) \
                else None
            if name and 2 <= len(name.split()) <= 4:
                return name
        forum = _SUBMITTED.match(text)
        if forum:
            return forum.group("name") or forum.group("starter") or forum.group("user") or forum.group("poster")
        mailed = _NAME_EMAIL.match(text) if "@" in text else None
        if mailed:
            return _mailed_name(mailed)
        handle = _NAME_HANDLE.match(text) if "@" in text else None
        if handle and not re.search(r"(?i)\b(?:follow|us|share)\b", handle.group("name")):
            return author_name(handle.group("name"))
        return _role_byline(text)
    return author_name(match.group("name"))


# The joint between two labels of a byline: a slash, or a short word ("og", "und", "and", "et", "i").
_LABEL_JOIN = regexes.compile(r"\s*/\s*|\s+[^\W\d_]{1,3}\s+")


# "न्यूज डेस्क, दैनिक प्रहरी, लखनऊ Published by: अंकित शुक्ला Updated Sat, 28 Nov 2026 …": the label inside the line,
# after the desk and place, with the date after the name.
_BYLINE_INSIDE = regexes.compile(r"(?:^|\s)(?:published|posted|written|reported) by:?\s+(?P<name>[^|·•:\d]+?)"
                                 r"(?=\s+(?:updated|published|on)\b|\s*[|·•]|\s+\d)", re.IGNORECASE)


def trailing_byline(text: str) -> Optional[tuple[str, str]]:
    """"<the dek's sentences> By Anna Berg and Tom Reed": a standfirst with the byline run on after its last full stop
    (the two copied as one line). (The dek, the author) or None."""
    stops = [m.start() for m in _SENTENCE_STOP.finditer(text)]
    for k in range(len(stops) - 1, -1, -1):
        stop = stops[k]
        if len(text[stop + 2:].split()) > 10:
            break
        name = byline(text[stop + 2:])
        if name:
            return (text[:stop + 1], name) if len(text[:stop].split()) >= 6 else None
        if k + 1 < len(stops) or not _INITIAL_END.search(text, 0, stop + 1):
            break  # (only past an initial's full stop, "… at all. By J. Smith", is the byline further back)
    return None


_SENTENCE_STOP = regexes.compile(r"[.!?] ")
_INITIAL_END = regexes.compile(r"\b[A-Z]\.$")


def byline_inside(text: str) -> Optional[str]:
    match = _BYLINE_INSIDE.search(text) if " by" in text.lower() else None
    return author_name(match.group("name")) if match else None


# "Muhammet Yıldız | BHA", "Jane Doe | Reuters": the reporter, then the agency (its initials or a wire's name).
# So is an agency named in words that say it is one ("Jane Doe | Coastline Press", "Ali Kaya | Bursa - Marmara Haber
# Ajansı": the city the story was filed from may stand before it).
_NAME_AGENCY = regexes.compile(r"^(?P<name>[^|\d]{4,40}?)\s*\|\s*(?:[A-ZÀ-Þİ][\w'’.-]*\s*[-–—,]\s*)?(?:[A-ZÀ-Þ]{2,6}|"
                               r"(?i:(?:the )?(?:associated press|reuters|agence france-presse|bloomberg|pa media|press association))|"
                               r"(?:[A-ZÀ-Þİ][\w'’.-]*\s+){1,3}(?:Press|Agency|Wire|Ajansı|Agencia|Agentur|Agenzia|"
                               r"Agência))$")


# "World News | BBC", "Live Updates | CNN": a section of the site, named like a person (two capitalised words).
_SECTION_WORDS = regexes.compile(r"\b(?:news|live|updates?|stories|world|sports?|business|politics|breaking|top|latest|video|"
                                 r"opinion|home|nachrichten|haberler|gündem|actualités|noticias|новости|новини)\b", re.IGNORECASE)


# "Oskar Holmberg oskar.holmberg@umt.se": a reporter's name with the address readers can write to.
_NAME_EMAIL = regexes.compile(r"^(?P<name>[^\W\d_][^@|,:;\d]{2,50}?)\s*[,|·•–—-]?\s*(?:e-?mail\s*:?\s*)?(?P<address>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$",
                              re.IGNORECASE)


def address_of(name: str, text: str) -> bool:
    """Whether the line is an e-mail address alone that holds one of the name's words (the reporter's own)."""
    address = text.strip()
    if " " in address or not _ADDRESS.fullmatch(address):
        return False
    local = address.split("@")[0].lower()
    return any(len(word) >= 3 and word.lower() in local for word in name.split())


_ADDRESS = regexes.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A Japanese name as bylines set it, the family and given names parted by a space ("森田 沙織", "山本　健太"): a name in
# kanji has no capitals to tell it by, and unspaced kanji could be any word.
_JA_SPACED_NAME = regexes.compile(r"^[\u4E00-\u9FFF々]{1,3}[ 　][\u4E00-\u9FFF\u3040-\u30FF々]{1,3}$")


# A Chinese byline: "记者：林晓岚", "文/王伟", "作者 张三", then perhaps the editor's or photographer's credit beside it
# ("… 编辑：周默"). (Names of two to four characters, "·" inside a foreign one; several parted by spaces or "、".)
_ZH_NAME = r"(?:[\u4E00-\u9FFF]{2,4}|[\u4E00-\u9FFF]{1,6}(?:·[\u4E00-\u9FFF]{1,6})+)"
# (The label's colon or slash is asked for: "记者 今天 获悉" is words of a sentence. An intern or a correspondent named
# among the reporters is one of them, "记者 林晓岚 实习生 王强"; "报道" after the names says they report; a source or an
# editor credited beside them is none of them.)
_ZH_BYLINE = regexes.compile(rf"^(?P<label>记者|記者|作者|撰文|采写|文)\s*(?:[：:／/]|・(?!写真))\s*(?P<role>(?:本报)?(?:记者|記者|实习生|通讯员)\s*)?"
                             rf"(?P<name>{_ZH_NAME}(?:(?:[ 、，,]|\s*(?:实习生|通讯员)\s*)(?!报道|来源|來源|编辑|編輯|摄){_ZH_NAME})*)(?:\s*报道)?"
                             r"(?:\s+(?:编辑|編輯|责任编辑|責任編輯|编审|校对|摄影|攝影|来源|來源)\s*[：:／/]?\s*\S.*)?$")
_JA_SPACED_NAME_CREDIT = regexes.compile(r"^(?:記者|文)\s*[：:]\s*(?P<name>[\u4E00-\u9FFF]{1,3}[ \u3000][\u4E00-\u9FFF]|"
                                         r"[\u4E00-\u9FFF][ \u3000][\u4E00-\u9FFF]{1,3})$")
_ZH_NAME_PARTS = regexes.compile(r"\s*(?:实习生|通讯员)\s*|[ 、，,]")
_ZH_NAME_PARTS_UNSPACED = regexes.compile(r"\s*(?:实习生|通讯员)\s*|[、，,]")


# A Japanese byline: the desk (a department, "…部"), then the reporter's name, "記者" after it or not.
# (A bureau, "札幌支局", as well; not a section of a body under its department: "海洋情報部 海洋気候課".)
# (A newsroom's desk may part family and given name with a space, or be named in katakana: "スポーツ部 小野寺 悠"; not a
# school club's, "サッカー部 県大会 初優勝", a headline.)
# (The desk in lenticular brackets too, a name of kanji alone after it: "【富山支局】山岸麻衣" — not a headline after a
# desk's tag, "【経済部】円安進む".)
_JA_DESK_BYLINE = regexes.compile(r"^(?:【(?:[\u4E00-\u9FFF]{1,6}|スポーツ|ニュース|デジタル|ビジネス)(?:部|支局|総局)】[ 　・]*"
                                  r"(?P<bracketed>[\u4E00-\u9FFF々]{2,5})$|"
                                  r"(?:[\u4E00-\u9FFF]{1,6}|スポーツ|ニュース|デジタル|ビジネス)(?:部|支局|総局)[ 　・]+(?P<name>[\u4E00-\u9FFF々][\u4E00-\u9FFF\u3040-\u30FF々]{1,6}?)"
                                  r"|(?:スポーツ|ニュース|デジタル|ビジネス|社会|政治|経済|国際|運動|写真|編集|報道|文化|生活|科学|地域報道)部"
                                  r"[ 　・]+(?P<spaced>[\u4E00-\u9FFF々]{1,3}[ 　][\u4E00-\u9FFF\u3040-\u30FF々]{1,3}))"
                                  r"(?<![課部局室係所会省庁社院科班])(?:[ 　]*記者)?$")


# The reporter's name, then the desk, in brackets or after a slash: "山本健太（報道部）", "佐伯美咲 / ファクトチェック班"
# (a desk's word closing it: a department, a bureau, a team).
# (A newsroom's desk, and a full name of three to five characters: not "写真（編集部）", "撮影／写真部", nor a staff list's
# "田中一郎（営業部）".)
_JA_NEWS_DESK = r"(?:報道|編集|社会|政治|経済|国際|運動|文化|生活|科学|地域報道|地域|スポーツ|デジタル|ニュース|取材|ファクトチェック)(?:部|班|局)|[\u4E00-\u9FFF]{1,4}(?:支局|総局)"
_JA_NAME_THEN_DESK = regexes.compile(r"^(?P<name>[\u4E00-\u9FFF々][\u4E00-\u9FFF\u3040-\u309F々]{2,4})[ 　]*"
                                     r"(?:[（(](?:" + _JA_NEWS_DESK + r")[）)]|[／/][ 　]*(?:" + _JA_NEWS_DESK + r"))$")


def spaced_japanese_name(text: str) -> Optional[str]:
    return text.strip() if _JA_SPACED_NAME.match(text.strip()) else None


def _mailed_name(mailed: re.Match) -> Optional[str]:
    """The person whose address it is ("Oskar Holmberg oskar.holmberg@…", "Daniel Brennan dbrennan@…"), not a desk
    ("Press Office press@…"): the address holds one of the name's words."""
    name = author_name(mailed.group("name"))
    if not name or len(name.split()) < 2 or _ORGANISATION.search(name):
        return None
    local = mailed.group("address").split("@")[0].lower()
    return name if any(len(word) >= 3 and word.lower() in local for word in name.split()) else None


# "Daniel Okafor@DOKAFOR_MD Share": a name with the reporter's handle glued on (and a share button after it).
_NAME_HANDLE = regexes.compile(r"^(?P<name>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+){1,3})\s*@\w{2,30}(?:\s+\w+)?$")


# A forum post's line: "submitted 6 hours ago by harbour_walker", "posted on 3 May 2025 by u/jdoe": the poster's
# handle, as written (lower case, underscores), is the author.
# A forum thread's "Thread starter" label, in the board's language too (XenForo's "Konuyu başlatan", "Ersteller", …).
_STARTER_LABEL = (r"(?:thread|topic)\s+starter|konuyu\s+başlatan|ersteller|autor\s+wątku|auteur\s+de\s+la\s+discussion|"
                  r"autor\s+del\s+tema|autore\s+discussione|criador\s+do\s+tópico|topicstarter|trådstartare|autor\s+vlákna")
_SUBMITTED = regexes.compile(r"^(?:submitted|posted)\s+(?:\S+\s+){1,5}?by\s+(?:u/)?(?P<name>[\w.-]{3,40})$|"
                             # A forum thread's header (XenForo, vBulletin): "Thread starter orion_tom", under the thread's title.
                             # (Its start date may share the line: "Thread starter orion_drifter Start date Oct 12, 2025".)
                             r"^(?:" + _STARTER_LABEL + r"):?\s+(?P<starter>[\w.-]{3,40})(?:\s+(?:start\s+date|başlangıç\s+tarihi|erstellt\s+am)\b.*)?$|"
                             # A link aggregator's line under the title: "412 points by baltic_ais 3 hours ago | hide | …".
                             r"^\d+\s+points?\s+by\s+(?P<user>[\w.-]{2,40})\s+\d+\s+\w+\s+ago\b|"
                             # An Invision forum's topic header: "By dobson_dave, November 3, 2025 in Observing Reports".
                             r"^by\s+(?P<poster>[\w.-]{3,40}),\s+[^,]{3,20}\d(?:,\s+\d{4})?\s+in\s+\S.*$", re.IGNORECASE)


THREAD_STARTER = regexes.compile(r"(?i:" + _STARTER_LABEL + r")\b")


# A reporter's title after the name ("Tomasz WiśniewskiDziennikarz Gazety …", "Ana Ruiz, periodista"), Korean
# "김민지 기자" (glued too: "김민지기자"): a byline without "By".
_KO_BYLINE = regexes.compile(r"^(?P<name>[\uac00-\ud7a3]{2,4}?) ?(?:기자|특파원)(?=\s|$|[=·,]|기자)")


# A Japanese paper's byline: where the reporter filed from, "＝", the name ("ワシントン＝望月洋嗣", "【北京＝山田太郎】");
# two reporters are joined by "、" and the last one's name is taken with the first's.
_JA_BYLINE = regexes.compile(r"^[【（(]?[\u30A0-\u30FF\u4E00-\u9FFF・]{1,12}[＝=](?P<name>[\u4E00-\u9FFF\u3040-\u30FF々]{2,7})"
                             r"(?:、[\u30A0-\u30FF\u4E00-\u9FFF・]{1,12}[＝=](?P<second>[\u4E00-\u9FFF\u3040-\u30FF々]{2,7}))?[】）)]?$")


# A Japanese or Chinese writing credit: "文：佐藤 美咲（サイエンスライター）", "取材・文＝山田太郎", "撰文／王小明"; an
# interview's, "聞き手・構成：森下彩" (who asked and put it together).
_CJK_CREDIT = regexes.compile(r"^(?:取材・)?(?:文|文・写真|写真・文|文と写真|撰文|执笔|執筆|聞き手・構成|聞き手・文|構成・文|聞き手|構成)"
                              r"\s*[：:＝=／/]\s*"
                              r"(?P<name>[\u4E00-\u9FFF\u3040-\u30FF々・]{1,6}(?:[ \u3000][\u4E00-\u9FFF\u3040-\u30FF々]{1,6})?)"
                              r"(?:[（(][^）)]{1,20}[）)])?$")


# "聞き手・森川沙織": who asked, joined to the name by a middle dot — the name alone (not "聞き手・論説委員 佐藤武嗣", a
# rank before it, nor "聞き手・経済部", a desk).
_ASKED_BY_DOT = regexes.compile(r"^聞き手・(?P<name>[\u4E00-\u9FFF\u3040-\u30FF々]{2,4}(?:[ \u3000][\u4E00-\u9FFF\u3040-\u30FF々]{1,3})?)$")
_NOT_A_NAME_JA = regexes.compile(r"^(?:.*[部局課室班]|記者|編集委員|論説委員|特派員|解説委員|構成|写真|撮影|文)(?:[ \u3000]|$)")
_BRACKETS_AROUND = regexes.compile(r"^[（(]([^（）()]+(?:[（(][^（）()]*[）)])?)[）)]$")


# A Japanese paper's byline of a staff writer: their rank, a space, then the name ("編集委員 佐伯隆之", "記者 佐藤美咲").
# (Not the name glued before the rank, "佐藤美咲記者": "外国人記者" (foreign reporters) and "若手記者" are a story's nouns.)
_JA_STAFF_RANK = r"(?:記者|編集委員|論説委員|特派員|解説委員|客員編集委員|専門記者)"
_JA_STAFF_BYLINE = regexes.compile(r"^" + _JA_STAFF_RANK + r"[ \u3000]+(?P<name>[\u4E00-\u9FFF々]{1,4}[ \u3000]?"
                                   r"[\u4E00-\u9FFF\u3040-\u30FF々]{1,4})$")


@lru_cache(maxsize=4096)  # the same short lines are asked about from the story span, the header and the footer
def _role_byline(text: str) -> Optional[str]:
    korean = _KO_BYLINE.match(text)
    if korean:
        return korean.group("name")
    # (Set in brackets at the story's foot as well, "（取材・文／佐伯美奈）".)
    credit = _CJK_CREDIT.match(_BRACKETS_AROUND.sub(r"\1", text)) if len(text) <= 40 and not text.isascii() else None
    if credit:
        return credit.group("name").replace("\u3000", " ")
    asked = _ASKED_BY_DOT.match(text) if len(text) <= 16 else None
    if asked and not _NOT_A_NAME_JA.match(asked.group("name")):
        return asked.group("name").replace("\u3000", " ")
    staff = _JA_STAFF_BYLINE.match(text) if len(text) <= 24 and not text.isascii() else None
    if staff:
        return staff.group("name").replace("\u3000", " ")
    japanese = _JA_BYLINE.match(text) if ("＝" in text or "=" in text) and len(text) <= 40 else None
    if japanese:
        return japanese.group("name") + (", " + japanese.group("second") if japanese.group("second") else "")
    if len(text) > 100 or len(text.split()) > 8:
        return None
    for cut in _role_starts(text):
        name = _names(text[:cut].strip(" ,"))
        if name and len(name.split()) >= 2:
            return name
    return None


_GLUE_POINT = regexes.compile(rf"(?<=[{_LOWER}])(?=[{_UPPER}])|,\s*")
# (Past a word of praise or place too: "Award-winning correspondent covering …", "Kyiv-based correspondent".)
ROLE_HEAD = regexes.compile(r"(?:senior |chief |staff |political |local democracy |research |visiting |non-?resident |"
                            r"award-winning |[a-z]+-based |veteran |freelance )?(?:"
                        r"correspondents?|correspondante?|reporter(?:ka|s)?|writers?|fellow|analyst|economist|researcher|"
                        r"contributor|editors?|columnist|journalist(?:in|e)?|korrespondent(?:in)?|korespondent(?:ka)?|redakteur(?:in)?|corresponsal|"
                        r"periodista|redactora?|dziennikar(?:z|ka)|redaktor(?:ka)?|giornalista|inviat[oa]|gazeteci|"
                        r"muhabir(?:i)?|editörü?|журналист(?:ка)?|корреспондент(?:ка)?|кореспондент(?:ка)?|журналіст(?:ка)?|"
                        r"оглядач(?:ка)?|обозреватель(?:ница)?|редактор(?:ка)?|"
                        r"redacteur|verslaggever|rédact(?:eur|rice)|repórter|jornalista|redator(?:a)?|újságíró|tudósító|"
                        r"zpravodaj(?:ka)?|toimittaja|redaktør|redaktör|fact[- ]?checker|faktasjekker|faktenchecker(?:in)?|"
                        # A columnist's trade, under the name in an opinion page's box ("Seniorforsker, Center for …").
                        r"(?:senior)?forsk(?:er|are)|tutkija|forscher(?:in)?|chercheu(?:r|se)|investigador(?:a)?|"
                        r"ricercat(?:ore|rice)|badacz(?:ka)?|(?:klumme)?skribent|professor|profesor(?:a)?|professeure?|"
                        # A broadcaster's presenter, under the name on a programme's page ("ведуча програми «…»").
                        r"presenter|(?:news )?anchor|moderator(?:in)?|présentat(?:eur|rice)|presentador(?:a)?|"
                        r"conduttore|conduttrice|programledare|programleder|juontaja|prowadząc[ya]|moderátor(?:ka)?|"
                        r"műsorvezető|sunucu|ведуч(?:ий|а)|ведущ(?:ий|ая)|"
                        # A commentator's ("komentátor Denního kurýru").
                        r"commentator|commentatore|comentarista|kommentator|komentátor(?:ka)?|komentator(?:ka)?|"
                        r"publicyst(?:a|ka)|felietonist(?:a|ka)|éditorialiste)\b",
                        re.IGNORECASE)


def _role_starts(text: str) -> list[int]:
    """Where a role word starts right after a name: glued to it by copying, or after a comma."""
    if text.isascii() and not _ROLE_WORD.search(text.lower()):
        return []  # no role word anywhere (most lines): no place to try
    # (After a comma the role may open with a word or two of its beat: "Ruth Hale, Transport Correspondent".)
    return [m.start() for m in _GLUE_POINT.finditer(text) if ROLE_HEAD.match(text, m.end())
            or text[m.start()] == "," and role_line(text[m.end():])]


# What a line in ASCII holds when ROLE_HEAD finds a role in it (case aside): the words of its ASCII alternatives (the
# others hold a letter outside ASCII that no ASCII letter matches, whatever the case). Checked below.
_ROLE_WORDS = ("correspondent", "correspondant", "reporter", "writer", "fellow", "analyst", "economist", "researcher",
               "contributor", "editor", "columnist", "journalist", "korrespondent", "korespondent", "redakteur", "corresponsal", "periodista",
               "redactor", "dziennikar", "redaktor", "giornalista", "inviat", "gazeteci", "muhabir", "redacteur",
               "verslaggever", "jornalista", "redator", "zpravodaj", "toimittaja", "checker", "faktasjekker", "forsk",
               "tutkija", "forscher", "chercheu", "investigador", "ricercat", "badacz", "skribent", "profes",
               "presenter", "anchor", "moderator", "presentat", "presentador", "condutt", "programled", "juontaja",
               "sunucu", "commentat", "comentarista", "kommentator", "komentator", "publicyst", "felietonist")
_ROLE_WORD = any_of(_ROLE_WORDS)
assert all(not alternative.isascii() or any(word in alternative for word in _ROLE_WORDS) for alternative in alternatives(
    ROLE_HEAD.pattern[ROLE_HEAD.pattern.index(")?(?:") + 5:ROLE_HEAD.pattern.rindex(r")\b")]))
assert not set("\u0131\u017f\u212a") & set(ROLE_HEAD.pattern)  # (the letters IGNORECASE matches to ASCII ones)


# A reporter's role on a line of its own, under the name in a byline box, opening with the role or a word or two before
# it ("Diplomatic correspondent", "Eastern Europe correspondent", "Hessen-Korrespondent", "Corresponsal en Bruselas");
# Japanese "記者" (reporter), "特派員" (correspondent), "編集委員" (senior writer) on the line under "佐藤美咲". (Not
# "Fiona Grant Scotland correspondent": a name glued to its role is a byline.) The role's unit may follow a comma
# ("Senior Fellow, Russia and Eurasia Programme").
# ("Senior Oil Markets Correspondent": a rank before the beat's words; "Fiona Grant Scotland correspondent" is a name.)
# (Two beats joined: "Energy and trade reporter".)
_ROLE_LINE = regexes.compile(r"^(?:(?:senior|chief|deputy|principal|lead|global|acting)\s+)?(?:[^\W\d_]+\s+(?:and|&)\s+)?"
                             r"(?:[^\W\d_]+[\s-]+){0,2}?" + ROLE_HEAD.pattern + r"(?:,(?:\s+\S+){1,5}|(?:\s+\S+){0,3})$", re.IGNORECASE)
_CJK_ROLE_LINE = regexes.compile(r"^\S{0,8}?(?:記者|特派員|編集委員|論説委員|记者|特派记者)$")
_CJK_NAME = regexes.compile(r"^[\u4e00-\u9fff\u3005]{2,5}$")


def role_line(text: str) -> bool:
    """A reporter's role on a line of its own, as under a name in a byline box."""
    return len(text) <= 60 and bool(_ROLE_LINE.match(text) or _CJK_ROLE_LINE.match(text))


# "Dana Okafor Staff Writer": a name, then the reporter's rank and role, which role_line also reads as a beat of two
# words over a role ("Eastern Europe correspondent"). A rank comes before a beat, never after it, so the words before
# one are a name — unless they are a beat's own words ("Foreign Affairs Senior Correspondent").
_NAME_THEN_RANK = regexes.compile(r"^(?P<name>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,2}) (?:staff|senior|chief|contributing) "
                                  r"(?:writer|reporter|correspondent|editor|photographer|columnist)$", re.IGNORECASE)
_BEAT_NOUNS = frozenset("""affairs policy politics political east west europe european world international national
business economy economics markets finance health science defence defense security foreign diplomatic education environment
climate energy technology tech arts culture crime courts legal sports sport news digital local regional metro city music
film food travel royal social data home transport investigations features opinion house hill capitol street valley
bureau kong""".split())


def name_then_rank(text: str) -> bool:
    """Whether the line is a name then the reporter's rank and role ("Dana Okafor Staff Writer")."""
    match = _NAME_THEN_RANK.match(text) if len(text) <= 60 else None
    if not match or any(word.lower() in _BEAT_NOUNS for word in match.group("name").split()):
        return False
    # (Nor a place's: "White House Senior Correspondent", "Hong Kong Staff Writer" are beats.)
    from sitegen.analysis import lexicon as lx  # (only here: few lines end on a rank and a role)
    words = [word.casefold() for word in match.group("name").split()]
    return words[0] in lx.FIRST_NAMES or not any(
        " ".join(words[k:k + n]) in lx.GOVERNMENT_PLACES or " ".join(words[k:k + n]) in lx.COUNTRIES
        for n in (1, 2) for k in range(len(words)))


def without_role(name: str) -> str:
    """"Mihai Dumitrescu Redactor Externe" → "Mihai Dumitrescu": a byline box's name and role run together into one
    line (the role a line of its own would be); a name of two or three words is kept."""
    words = name.split()
    for k in (2, 3):
        if len(words) > k and words[k][:1].isupper() and role_line(" ".join(words[k:])):
            return " ".join(words[:k])
    return name


def name_over_role(text: str, next_text: str) -> Optional[str]:
    """"Hannah Merridew" over "Eastern Europe correspondent", "佐藤美咲" over "記者": the name of a byline set on two lines."""
    if not role_line(next_text):
        return None
    if _CJK_NAME.match(text):
        return text if _CJK_ROLE_LINE.match(next_text) else None
    name = author_name(text) if len(text.split()) <= 4 else None
    return name if name and 2 <= len(name.split()) <= 4 else None


def reporting_credit(text: str) -> Optional[str]:
    """"Reporting by A and B; Editing by C" under a wire story: the reporters (not the editor, nor who added reporting)."""
    match = _WIRE_CREDIT.match(text) if text[:12].lower().lstrip("(").startswith(("reporting", "writing")) else None
    return author_name(match.group("name")) if match else None


def is_byline_label(text: str) -> bool:
    """"Author:" on a line of its own: the name, if any, is on the next line."""
    return bool(_BYLINE_LABEL.match(text))


# (German makes a beat and its role one word: "Politikredakteur", "Wirtschaftskorrespondentin".)
_ROLE = (r"(?:(?i:correspondent|correspondante?|reporter|editor|columnist|korrespondent(?:in)?|redakteur(?:in)?|corresponsal)|"
         r"[A-ZÄÖÜ][a-zäöüß]+(?:korrespondent|redakteur)(?:in)?|"
         # Nordic compounds, written in lower case: "urheilutoimittaja" (sports reporter), "politisk journalist".
         r"[a-zäöåæø]*(?:toimittaja|journalist|redaktør|redaktör|reporteri|kirjeenvaihtaja))")
# Copying glues the name to its role ("Gareth PughLocal Democracy Reporter"): a space goes back before the role's words.
_GLUED_ROLE = regexes.compile(rf"(?<=[a-z])(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+{_ROLE}$)")
_BEAT_WORD = r"(?:[A-Z][a-z]+\s+)"
# Where the reporter is posted, after the role: "Korrespondentin in Genf", "correspondent in Kyiv", "corresponsal en Roma".
_POSTED_IN = r"(?:\s+(?:in|en|à|a|aus|at|em|w|na|v)\s+[A-ZÀ-Þ][\w-]*(?:\s+[A-ZÀ-Þ][\w-]*)?)?"
_ROLE_TAILS = [regexes.compile(r"\s+" + _BEAT_WORD * k + _ROLE + _POSTED_IN + "$") for k in (2, 1, 0)] + [
    # Hebrew and Arabic put the role first and its beat after it: "נועה כהן כתבת לענייני חוץ", "… مراسل الشؤون الدولية".
    regexes.compile(r"\s+(?:כתב|כתבת|עורך|עורכת|פרשן|פרשנית|מראיין|מראיינת|مراسل|مراسلة|محرر|محررة)(?:\s+\S+){0,3}$")]


_GLUED_WORD = regexes.compile(rf"(?<=[{_UPPER}][{_LOWER}]{{3}})(?=[{_UPPER}][{_LOWER}])|(?<=[{_LOWER}]{{4}})(?=[{_UPPER}][{_LOWER}])")


def _without_role(text: str) -> str:
    """"Fiona Grant Scotland correspondent" → "Fiona Grant": the role and the beat before it, leaving two+ words."""
    text = _GLUED_ROLE.sub(" ", text)
    for tail in _ROLE_TAILS:
        match = tail.search(text)
        if match and len(text[:match.start()].split()) >= 2:
            return text[:match.start()]
    return text


# News agencies: their name after a reporter's ("DAVID HENLEY Associated Press") is where the reporter works, and their
# copyright under a story a local site runs is the wire's, not the site's.
WIRES = r"(?:the )?(?:associated press|reuters|agence france-presse|afp|dpa|bloomberg|efe|ansa|xinhua|pa media|press association)"
WIRE_AFTER_NAME = regexes.compile(r"(?<=\w)\s+(?:,\s*)?" + WIRES + r"(?=\s+and\s|\s*,|\s*$)", re.IGNORECASE)
_WIRE_HINT = regexes.compile(r"press|reuters|afp|dpa|bloomberg|efe|ansa|xinhua|media|agence", re.IGNORECASE)
IS_WIRE = regexes.compile(WIRES + r"$", re.IGNORECASE)
_NEXT_LABEL = regexes.compile(r"\s+(?=[^\W\d_]{2,20}\s?[:：]\s)")
# A live page's shifts: "Helen Osei (now) and Mark Dunne (earlier)".
_LIVE_SHIFT = regexes.compile(r"\s*\((?:now|earlier|later|until \S+|from \S+|jetzt|zuvor|agora|antes|ahora|maintenant|"
                              r"précédemment|ora|prima|nu|eerder)\)", re.IGNORECASE)


# "By JAN NOVAK and LIESL BRANDT Continental Press": a wire feed sets the reporters' names in capitals and their
# employer after them as written; the words in ordinary case after the capitals are the employer, not a name.
_CAPITALS_THEN_EMPLOYER = regexes.compile(
    r"^(?P<names>[A-ZÀ-ÞĄ-Ż][A-ZÀ-ÞĄ-Ż'’.-]+(?:\s+(?:[A-ZÀ-ÞĄ-Ż][A-ZÀ-ÞĄ-Ż'’.-]*|and|&|,))*)\s+"
    r"(?=[A-Z][a-z])(?:[A-Z][\w'’.&-]*\s*){1,4}$")


def without_employer(text: str) -> str:
    """"LIESL BRANDT Continental Press" → "LIESL BRANDT" (the names left in capitals: the caller writes them); "John
    Harlow for the Harbour Times" → "John Harlow"."""
    cut = _FOR_OUTLET.sub("", text)
    text = cut if len(cut.split()) >= 2 else text
    if text.isupper() or not re.search(r"[A-Z]{2}", text):
        return text
    match = _CAPITALS_THEN_EMPLOYER.match(text)
    if not match or len(re.findall(r"[A-ZÀ-ÞĄ-Ż]{2,}", match.group("names"))) < 2:
        return text
    return match.group("names")


# A byline's outlet after "for", to the line's end: "… for the Observer", "… FOR THE HARBOUR TIMES".
# (Two words or more before it, and "the" or an outlet's letters after it: "Doctors for Ukraine", "Ann Lee for Congress"
# are names of causes; "Tom Reed for CNN" a byline.)
_FOR_OUTLET = regexes.compile(r"(?<=\w)\s+(?:for|FOR)\s+(?:(?:the|THE)\s+[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,4}|"
                              r"[A-Z]{2,5})$")


def is_desk_code(name: str) -> bool:
    """"TT", "TNN", "AFP": an agency's or desk's letters where a byline names a person; "Chronicle Newsroom", "Staff",
    "Redaktion": a desk named in words."""
    return bool(re.fullmatch(r"[A-Z]{2,5}", name.strip()) or _DESK_WORDS.search(name))


# A body's press office, which issues its releases: no one who writes a story, nor a desk to sign one.
_PRESS_OFFICE_WORDS = (r"press office|press team|media office|gabinete de (?:comunicación|prensa)|oficina de prensa|"
                       r"departamento de comunicación|service de presse|pressestelle|ufficio stampa|biuro prasowe")
_PRESS_OFFICE = regexes.compile(r"(?i:\b(?:%s)\b)" % _PRESS_OFFICE_WORDS)


def press_office(name: str) -> bool:
    """"Ente Público de Aguas del Levante. Gabinete de Comunicación", "Press Office": a body's press office."""
    return _PRESS_OFFICE.search(name) is not None


def without_press_office(name: str) -> Optional[str]:
    """"Ann Lee, Gabinete de Prensa" → "Ann Lee": the person named beside a press office, if one is."""
    if not press_office(name):
        return None
    parts = [part.strip() for part in re.split(r"[,;|/·]|\.\s|\s(?:and|y|et|und|e)\s", name)
             if part.strip() and not press_office(part)]
    people = [part for part in parts if author_name(part) == part]
    return people[0] if len(people) == 1 else None


def desk_alone(name: str) -> bool:
    """Whether a desk named in words is all the name holds: "Press Office", not "Dana Okafor Staff Writer"."""
    return " " in name.strip() and _DESK_WORDS.search(name) is not None and not _DESK_WORDS.sub("", name).strip(" ,|–—-")


_DESK_WORDS = regexes.compile(r"(?i:^staff$|\b(?:newsroom|news desk|newsdesk|staff (?:writers?|reporters?)|news staff|"
                              r"editorial team|editorial board|the editors|"
                              r"communications (?:office|team|unit)|" + _PRESS_OFFICE_WORDS + r"|"
                              r"redaktion|rédaction|redacción|redação|redazione|redactie|redakcja|redakce|toimitus|"
                              r"редакция|редакція)\b)")


_AT_CLOCK = regexes.compile(r"\s+[^\W\d_]{1,3}\s+\d{1,2}[.:]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?$")


# "Karin Holm (Kiev), Jonas Berg (Bryssel)": where each reporter files from, in brackets after the name, before the next.
_PLACE_FILED = regexes.compile(r"\s*\((?P<place>[^\W\d_][\w'’.-]*)(?:\s[^\W\d_][\w'’.-]*){0,2}\)(?=\s*,\s*[^\W\d_])")


# "（石原優子）", "（名古屋支社　佐々木誠）", "（记者 王伟）": a Japanese or Chinese reporter signs the story's end in brackets,
# the bureau or "reporter" before the name, in kanji (not an agency or a desk, "（共同）", "（ロイター）", "（東京新聞）"; nor
# the serial's "（おわり）", "（つづく）").
_SIGNED_IN_BRACKETS = regexes.compile(r"^[（(](?:[^\s（）()]{1,10}[\s\u3000])?(?P<name>[\u4E00-\u9FFF々]{2,4}[\u4E00-\u9FFF\u3040-\u309F々]{0,3})[）)]$")


def signed_in_brackets(text: str) -> Optional[str]:
    m = _SIGNED_IN_BRACKETS.match(text) if len(text) <= 24 else None
    name = m.group("name") if m else None
    # (A name of two characters, Chinese "王伟", only after the bureau or "reporter": two alone are mostly a desk.)
    return name if name and (len(name) >= 3 or len(m.group(0)) > len(name) + 3) and not name.startswith(CJK_AGENCIES) and not name.endswith(
        ("通信", "新聞", "社", "部", "局", "报", "網", "网")) else None


# What each one did, in brackets after the names ("Anna Weber (Text), Max Roth (Fotos)"): no place; the photographer
# is no author.
_CREDITS = frozenset("""text texte texto testo tekst foto fotos photo photos photographs grafik grafiken graphics
video videos illustration illustrationen bild bilder kamera ton schnitt recherche mitarbeit infografik""".split())


# A bulletin board's post line, "Post by PennineSkywatcher » Mon Nov 10, 2025 7:48 pm" (phpBB): its member, then its date.
# (phpBB's line in the board's language: "Δημοσίευση από …", "Beitrag von …", "Message par …", "Mensaje por …".)
_FORUM_POST_BY = regexes.compile(r"^(?:(?:post(?:ed)?\s+)?by|(?:δημοσίευση\s+)?από|(?:beitrag\s+)?von|(?:message\s+)?par|"
                                 r"(?:mensaje|mensagem)\s+por|(?:messaggio\s+)?da|(?:post\s+)?autor:?|gönderen|(?:bericht\s+)?door)"
                                 r"\s+(?P<name>[^\s»]{2,40}(?:\s[^\s»]{2,20})?)\s+»\s+\S", re.IGNORECASE)
# A member's profile beside a forum post, "Joined: Thu Mar 14, 2019 9:02 pm": when they signed up, never the post's date.
_PROFILE_DATE = regexes.compile(r"^(?:joined|member since|registered|registriert|mitglied seit|inscrit(?:e)? (?:le|depuis)|"
                                r"registrado|iscritto)\b", re.IGNORECASE)
EDITED_BY = regexes.compile(r"^edited by\b", re.IGNORECASE)


# A download's link ("Unduh PDF (312 KB)", "Download DOCX"): a file's format or size, never a person's name.
# ("プレスリリース本文（PDF：1.2MB）": the size in full-width brackets after the format.)
_FILE_LINK = regexes.compile(r"\b(?:PDF|DOCX?|XLSX?|PPTX?|ZIP|EPUB|MP3|MP4)\b|[(（]\s*(?:[A-Z]{3,4}\s*[:：,、]?\s*)?\d+(?:[.,]\d+)?\s*[KMG]i?B\s*[)）]")


def file_link(text: str) -> bool:
    """A download's link: "Unduh PDF (312 KB)", "Download DOCX", "プレスリリース本文（PDF：1.2MB）" — a short line (a
    sentence may name a PDF: "The 300-page report, released as a PDF on the regulator's website, …")."""
    return len(text) <= 60 and len(text.split()) <= 8 and bool(_FILE_LINK.search(text))


_NAME_IN_PLACE = regexes.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}(?=\s*(?:,|\band\b|&|$))")


_PLACE_DASH_NAME = regexes.compile(r"[^\W\d_][\w'’.]*\s+[-–—]\s+((?:[^\W\d_][\w'’.\-]*\s+){1,3}[^\W\d_][\w'’.\-]*)")


_TRAILING_WEEKDAY = regexes.compile(
    r"\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|"
    r"κυριακή|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|"
    r"segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|maandag|dinsdag|woensdag|donderdag|vrijdag|"
    r"zaterdag|zondag|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|pazartesi|salı|çarşamba|perşembe|"
    r"cuma|cumartesi|pazar)$", re.IGNORECASE)


def author_name(text: str) -> Optional[str]:
    """Clean a byline's name part; None when it does not look like one or more names."""
    if _FILE_LINK.search(text):
        return None
    if "(" in text:
        text = _PLACE_FILED.sub(lambda m: "" if m.group("place")[:1].isupper() and m.group("place").lower() not in _CREDITS
                                else m.group(0), _LIVE_SHIFT.sub("", text))
    if _WIRE_HINT.search(text):
        text = WIRE_AFTER_NAME.sub("", text)
    text = without_employer(text)
    if text.count(" in ") >= 2:
        # "Oliver Brandt in Brussels, Mei Lin Harcourt in London and Javier Roldán in Madrid": where each one filed.
        text = _NAME_IN_PLACE.sub("", text)
    # "Ratna Sari di 09.30", "Jan Novák v 18:05": the post's time after the name, a short word before it.
    text = _AT_CLOCK.sub("", text)
    if ":" in text or "：" in text:
        if CONTACT_LABEL.match(text):
            return None  # "Media contact: Press Office", "Contact presse : …": whom to ask, not who wrote it
        # "كتب: سامر الحلبي المصدر: الشرق اليوم …": the next label ("Source:", "Views:") ends the name.
        text = _NEXT_LABEL.split(text, maxsplit=1)[0]
    place_first = _PLACE_DASH_NAME.fullmatch(text)
    if place_first:
        # "الفيوم - ليلى الحسيني", "Reuters – Jane Doe": one word (where it was filed, or the wire) before the dash, the
        # name after it.
        text = place_first.group(1)
    text = _without_role(_AFFILIATION_CUT.split(text, maxsplit=1)[0].strip(" ,;:.-–—"))
    # "Javier Ruiz OrtegaSantander": copying glued the place (or role) to the name; a name's own inner capital
    # follows one or two letters ("McKenzie", "MacLeod", "DiCaprio").
    glued = _GLUED_WORD.search(text)
    if glued and len(text[:glued.start()].split()) >= 2:
        text = text[:glued.start()]
    # "Nora Quinn, May 18, 2025": what follows the name is a date — and the day's name before its comma: "Ελένη Παπαδάκη
    # Παρασκευή, 27 Νοεμβρίου 2026".
    # (Not a surname that is a day's name, "Jonas Freitag", "Ana Domingo": only where the name keeps two words without it.)
    dated = re.search(r",\s*(?=[^,]*\d)", text)
    if dated:
        text = text[:dated.start()]
        day = _TRAILING_WEEKDAY.search(text)
        if day and len(re.split(r"\s+(?:and|und|et|y|e|i)\s+", text[:day.start()])[-1].split()) >= 2:
            text = text[:day.start()]
    # "Tom Reyes, CNN": an acronym after the last comma is the outlet, not a second author.
    text = re.sub(r",\s*[A-Z]{2,6}$", "", text)
    if not text or len(text) > 80:
        return None
    if " " in text and _PLACE_BEFORE_JOIN.search(text):
        text = _PLACE_BEFORE_JOIN.sub("", text)  # "Rachel Whitcombe in Vilnius and Daniel Osei in Brussels": both names
    text = _PLACE_CUT.split(text, maxsplit=1)[0]
    # "Jean-Pierre Martin, envoyé spécial": keep the comma-separated pieces that are names; "Dr Marta Sienkiewicz,
    # Senior Fellow, Eurasia Security Programme": a role ends the names, and what follows it is where the role is held.
    pieces = text.split(",")
    role = next((k for k in range(1, len(pieces)) if ROLE_HEAD.match(pieces[k].strip())), None)
    if role is not None:
        pieces = pieces[:role]
    # ("Sofia Lindqvist, The Dominion Wire": no person's name starts with "The".)
    while len(pieces) > 1 and (not _names(",".join(pieces)) or _ORGANISATION.search(pieces[-1])
                               or _one_word_after_names(pieces) or pieces[-1].split()[:1] == ["The"]):
        pieces.pop()
    return _names(",".join(pieces))


def _one_word_after_names(pieces: list[str]) -> bool:
    """"Jana Keller, ARD-Hauptstadtstudio", "Ana Ruiz, Sevilla": one word after full names is the newsroom or the
    place filed from; a byline gives a person's first and last name."""
    return len(pieces[-1].split()) == 1 and all(len(p.split()) >= 2 for p in pieces[:-1])


# "Laura Chen, University Communications": after the comma a department or body, not a second author.
_ORGANISATION = regexes.compile(r"\b(?:university|universit[äéà]t?|college|institute|school|communications|office|department|ministry|"
                                r"agency|council|desk|team|bureau|service|foundation|association|press|media|group|centre|center)\b",
                                re.IGNORECASE)


_FROM_LABEL = regexes.compile(r"^(?:from|issued by|published by|von|de la part de|emitido por|da parte di)\s*:\s*(?P<rest>.*)$",
                              re.IGNORECASE)


def issuing_body(text: str, next_text: Optional[str]) -> Optional[str]:
    """"From: Ministry of Environment and Water, National Flood Agency and …": the first body a release names."""
    match = _FROM_LABEL.match(text)
    if not match:
        return None
    rest = match.group("rest") or next_text or ""
    first = re.split(r",\s*", rest, maxsplit=1)[0].strip()
    return first if 2 <= len(first.split()) <= 8 and _ORGANISATION.search(first) and first[:1].isupper() else None


# "de Andreea Munteanu", "por Lucía Vega": a byline's own "by", lower-case, before a first name and a surname (a
# surname's particle follows a first name: "Pieter de Wit").
_BY_WORD = regexes.compile(r"^(?:by|de|di|da|por|par|von|door|av|af)\s+(?=[A-ZÀ-ÞĀ-ſ][^\s,]*\s+[A-ZÀ-ÞĀ-ſ])")


def _arabic_and(text: str) -> str:
    """"ليلى الحداد ويوسف العمري": Arabic glues its "and", و, to the second name — two names of two words at least each
    (a name's own word that opens on the letter, "سامر وفيق العلي", stands between a first name and a last)."""
    words = text.split()
    if len(words) < 4 or not all(_ARABIC_WORD.fullmatch(w) for w in words):
        return text
    for k in range(2, len(words) - 1):
        if words[k].startswith("و") and len(words[k]) >= 4:
            return " ".join(words[:k]) + " and " + " ".join([words[k][1:]] + words[k + 1:])
    return text


_ARABIC_WORD = regexes.compile(r"[\u0621-\u064a\u066e-\u06d3]+")


def _names(text: str) -> Optional[str]:
    parts = [p for p in _JOINERS.split(_arabic_and(text)) if p]
    if not parts or len(parts) > 4:
        return None
    names = []
    for part in parts:
        part = _ACADEMIC_TITLE.sub("", _OFFICE.sub("", _HONORIFIC.sub("", _BY_WORD.sub("", part.strip()))))
        if len(part.split()) >= 3:
            part = _POST_NOMINALS.sub("", part)
        if part.isupper() and len(part) > 3:
            part = part.title()
        if not _NAME.match(part) or _looks_like_boilerplate(part) or re.fullmatch(r"[A-Z]{1,5}", part):
            return None  # "AP", "AFP": an agency, not a person
        names.append(part)
    return joined_names(names)


def author_list(author: str) -> list[str]:
    """"A, B and C" → ["A", "B", "C"]: the names of an author field."""
    return [n for n in re.split(r",\s*|\s+and\s+", author) if n]


def joined_names(names: list[str]) -> str:
    """["A", "B", "C"] → "A, B and C": names joined the way bylines join them."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def another_author(author: str, name: str) -> bool:
    """A byline naming someone the author found so far does not (a repeat of the same byline is no co-author)."""
    known = {n.casefold() for n in author_list(author)}
    return all(n.casefold() not in known for n in author_list(name))


# Dutch (and Afrikaans, Frisian) join two names with "en" ("Pieter de Wit en Sanne Bakker"), where Spanish and French
# put a place after it ("Ana Ruiz en Sevilla"): only the page's language tells the two apart.
EN_IS_AND = frozenset(("nl", "af", "fy"))


def names_joined_by_en(text: str) -> Optional[str]:
    """The names of a byline in a language that joins them with "en"."""
    return author_name(text.replace(" en ", " and ")) if " en " in text else None


# Languages' "and" between two names (not a place's "at", "in": "Sam Okafor at Quayside Park" is one reporter).
_AND_WORDS = frozenset("und en et y e i og och ve ile ja és dan và ir un și a ta na aur agus u oraz dhe eta va və ac "
                       "и і та".split())
# "And" in one language, a place's word in another (Slovene "in", Tagalog "at", Hausa "da"): two writers only where a
# given name opens the second ("Ana Novak in Marko Kranjc"; not "Sam Okafor at Quayside Park").
_AND_OR_WHERE = frozenset("in at da".split())


def names_joined_by_a_word(text: str) -> Optional[str]:
    """"Ayşe Demir ve Mehmet Kaya", "Aino Lehtonen ja Juho Virtanen", "Pieter van Dam en Sanne de Wit": two names of
    two to four words, each opening and ending on a capital, joined by a short lower-case word (the language's "and");
    the names as a byline gives them, "A and B". None otherwise."""
    words = text.split()
    if " and " in text or not 5 <= len(words) <= 9:
        return None
    for k in range(2, len(words) - 2):
        joiner, left, right = words[k], words[:k], words[k + 1:]
        if joiner in _AND_OR_WHERE:
            from sitegen.analysis.lexicon import FIRST_NAMES  # (imported only when asked: few bylines have such a word)
            if right[0].casefold() not in FIRST_NAMES:
                continue
        elif joiner not in _AND_WORDS:
            continue
        if not (2 <= len(left) <= 4
                and 2 <= len(right) <= 4 and all(part[0][:1].isupper() and part[-1][:1].isupper()
                                                  for part in (left, right))):
            continue
        joined = " ".join(left) + " and " + " ".join(right)
        if author_name(joined) == joined:
            return joined
    return None


# The second author's box under the first, opening with "and" in the page's language ("und Jonas Hild
# Politikredakteur", "and Tom Ashworth in Brussels", "et Léa Martin, envoyée spéciale").
_AND_AUTHOR = regexes.compile(r"^(?:and|und|en|et|y|e|i|og|och|ve|és|&)\s+(?P<rest>\S.{3,70})$", re.IGNORECASE)


def and_author(text: str) -> Optional[str]:
    """"und Jonas Hild Politikredakteur" → "Jonas Hild": a co-author's line right under a byline."""
    match = _AND_AUTHOR.match(text)
    name = author_name(match.group("rest")) if match else None
    return name if name and len(name.split()) >= 2 else None


def join_authors(author: str, name: str) -> str:
    """"A" + "B" → "A and B"; "A and B" + "C" → "A, B and C" (the way bylines join names)."""
    return joined_names(author_list(author) + author_list(name))


# "Dr Marta Sienkiewicz", "Prof. Dr. Anna Weber": a degree before the name is not part of it.
_ACADEMIC_TITLE = regexes.compile(r"^(?:(?:Dr|Prof|Professor|Professorin|Dott|Dra|Mgr)\.?\s+)+(?=\S+\s+\S)")
# A minister's or member's style around the name, as a government site prints it: "The Hon. Priya Rao MP",
# "Rt Hon Jane Doe MSP", "Mark Ellis MLA".
_HONORIFIC = regexes.compile(r"^(?:the\s+)?(?:(?:rt\.?|right)\s+)?(?:hon\.?|honourable|honorable)\s+(?=\S+\s+\S)", re.IGNORECASE)
# The office a speaker line or a statement puts before the name ("Speaker: Mayor Rosa Díaz", "Governor Alan Reyes",
# "Bürgermeisterin Anna Roth", "Primátor Ján Novák"): the office is no part of the name (two words at least follow).
_OFFICE = regexes.compile(r"^(?:(?:Deputy|Lord|Vice|First)\s+)?(?:Mayor|Governor|Premier|President|Prime Minister|Minister|"
                          r"Senator|Councillor|Councilor|Alderman|Commissioner|Ambassador|Chancellor|Secretary|"
                          r"(?:Ober)?[Bb]ürgermeister(?:in)?|Maire|Alcalde(?:sa)?|Sindac[oa]|Prefeit[oa]|Burmistrz|"
                          r"Prezydent(?:ka)?|Burgemeester|Ordfører|Borgmästare(?:n)?|Pormestari|Primátor(?:ka)?|Starosta|"
                          r"Gradonačelni(?:k|ca)|Polgármester|Primar(?:ul)?|Alcaldesa)\s+(?=[^\W\d_]\S*\s+[^\W\d_])")
_POST_NOMINALS = regexes.compile(r"(?<=\S)\s+(?:MP|MEP|MLA|MSP|MHK|MHA|MPP|KC|QC|OBE|MBE|CBE)$")


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
            "thu", "thur", "thurs", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
            "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes",
            "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "segunda-feira", "terça-feira",
            "quarta-feira", "quinta-feira", "sexta-feira", "понедельник", "вторник", "среда", "четверг", "пятница",
            "суббота", "воскресенье", "понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя",
            "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "maandag", "dinsdag", "woensdag", "donderdag",
            "vrijdag", "zaterdag", "zondag", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "niedziela",
            "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
            # (Only those no one is named: not Greek "Paraskevi", "Kyriaki".)
            "pondělí", "úterý", "středa", "čtvrtek", "pátek", "neděle", "ponedjeljak", "ponedeljak", "utorak", "srijeda",
            "sreda", "četvrtak", "petak", "subota", "nedjelja", "nedelja", "понеделник", "сряда", "четвъртък", "петък",
            "събота", "неделя", "понедељак", "уторак", "четвртак", "петак", "недеља", "pazartesi", "salı", "çarşamba",
            "perşembe", "cumartesi", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "måndag",
            "tisdag", "lördag", "söndag", "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai",
            "sunnuntai", "hétfő", "csütörtök", "péntek", "szombat", "vasárnap", "pirmadienis", "antradienis",
            "trečiadienis", "ketvirtadienis", "penktadienis", "šeštadienis", "sekmadienis", "selasa", "kamis", "jumat",
            "sabtu", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật")
# (Vietnamese weekdays are two words, "Thứ Năm": its first word alone is never a name's.)
_NOT_NAME_WORDS = set(WEEKDAYS) | {"thứ"}


def _first_name(word: str) -> bool:
    from sitegen.analysis.lexicon import FIRST_NAMES  # (only here: few names end on a weekday's word)
    return word in FIRST_NAMES


def _looks_like_boilerplate(part: str) -> bool:
    raw = part.split()
    words = [w.lower().strip(".,") for w in raw]
    # A weekday is never part of a name; a month only when alone ("April Ryan" is a name). A weekday's short form
    # starts names in some languages ("Thu Hà", "Sun Yang"): it is the weekday with a stop or comma after it, or last.
    # (Not a surname that is a weekday's word, after a first name: "Jonas Freitag", "Anna Sonntag".)
    if any(w in _NOT_NAME_WORDS and (len(w) > 5 or raw[k][-1:] in ".," or k == len(words) - 1)
           and not (k == len(words) - 1 == 1 and raw[k][:1].isupper() and raw[k][-1:] not in ".," and _first_name(words[0]))
           for k, w in enumerate(words)) or len(words) == 1 and words[0] in MONTHS:
        return True
    return part.lower() in {"admin", "staff", "editor", "editorial", "the editors", "redaktion", "rédaction",
                            "redacción", "redação", "newsroom"} or bool(re.search(r"\d", part))


def date_label(text: str, day_first: bool = False) -> Optional[tuple[Optional[str], str]]:
    """A "Date: …"/"Published …" line: (the ISO date or None when empty, what follows the label)."""
    if len(text) > 100:
        return None
    match = DATE_LABEL.match(text)
    if not match:
        return None
    rest = match.group("rest")
    if rest and not re.search(r"\d", rest):
        return None  # "Updated news from Kyiv" is not a date label
    # A label in another language than English means a day-first date ("Publié le 03/02/2025").
    day_first = day_first or not re.match(r"(?:date|published|first published|publication|posted|updated|last)\b", text, re.IGNORECASE)
    found = find_date(rest, day_first) if rest else None
    return (found[0] if found else None), rest


# Pure; a line is asked by the header, the story span (is_strong), the comments' and the footer's checks in turn.
@lru_cache(maxsize=1024)
def date_line(text: str, day_first: bool = False) -> Optional[str]:
    """The ISO date of a line that is mostly a date ("August 7, 2025 10:32 AM EDT"), or None.

    `day_first`: the page's language writes the day first, so "03/04/2025" is the 3rd of April.
    """
    if len(text) > 80 or text[:1] in "JjMmRrIi" and _PROFILE_DATE.match(text):
        return None
    found = find_date(text, day_first)
    if not found:
        return None
    iso, start, end = found
    if _FROM_UNTIL_BEFORE.search(text, 0, start) and not _LIVE_SINCE.search(text, 0, start):
        return None  # "Import ban on Russian gas from 1 January 2027": a date the sentence sets, not the page's
    period = _RANGE_TO.match(text, end)
    if period and find_date(text[period.end():].lstrip(), day_first):
        return None  # "2025年4月14日（月曜日）から2025年9月30日（火曜日）まで", "from 14 April to 30 September 2025": a period
    rest = (text[:start] + " " + text[end:]).strip()
    # What is left beside the date must be time, weekday or a label: a few short tokens.
    words = re.findall(r"[^\W\d_]{4,}", rest)
    return iso if len(words) <= 4 else None


# A period's second end after its first date (its weekday in brackets between): "… to", "… bis", "…から".
_RANGE_TO = regexes.compile(r"\s*(?:[(（][^()（）]{1,12}[)）])?\s*(?:(?:to|until|till|through|bis|au|al|hasta|até|tot|do)\s|から|至|～|〜)",
                            re.IGNORECASE)
# A preposition that makes a date part of what a sentence says (from, until, since …), after a word of its own.
_FROM_UNTIL_BEFORE = regexes.compile(r"\w\s+(?:from|until|till|since|starting|ab|bis|seit|desde|hasta|dal|fino\s+al|"
                                     r"vanaf|tot|à\s+partir\s+du|jusqu'au|depuis|od|do)\s+$", re.IGNORECASE)


# (Not a live page's label: "Live updates from 12 March 2026", "Relacja na żywo od 12.03.2026", "En direct depuis …".)
_LIVE_SINCE = regexes.compile(r"\b(?:live|updates?|updated|posted|published|ticker|liveblog|na żywo|en direct|direct|en vivo|"
                              r"ao vivo|in diretta|aktualisiert|veröffentlicht)\s+\S+\s+$", re.IGNORECASE)


# "Nov. 27, 2026 Updated Nov. 28, 2026 8:10 a.m.": the full stop closing a date line is the clock's "a.m.", not a
# sentence's end.
# ("… 10:32 a.m.", "… 19:40 h.": the Spanish and Portuguese hour's abbreviation.)
# ("Cuarte de Huerva, 05/11/2025 - 19:40 h.": the hour's "h." right after the date, on a short line; not a sentence's
# "la votación se celebró el 4 de noviembre de 2025 a las 19:40 h.")
_CLOCK_END = regexes.compile(r"\d{1,2}(?:[:.]\d\d)?\s?[ap]\.\s?m\.$", re.IGNORECASE)
_HOURS_END = regexes.compile(r"(?:\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})\s*[-–—,|·]?\s*\d{1,2}[:.]\d\d\s?h(?:rs?)?\.$", re.IGNORECASE)


def ends_with_clock(text: str) -> bool:
    return text[-1:] == "." and bool(_CLOCK_END.search(text) or len(text.split()) <= 8 and _HOURS_END.search(text))


_SECTION_LABEL = regexes.compile(r"(?i:opinion|analysis|comment|commentary|editorial|column|exclusive|explainer|interview|review|"
                                 r"live|breaking|news|world|politics|business|sport|sports|meinung|kommentar|analyse|opinión|"
                                 r"análisis|opinião|opinione|tribune|débat|opinia|komentarz|görüş|yorum|мнение|думка)")


_PAGE_KIND_END = regexes.compile(r"(?:(?:der|the|le|el|il|o|de|het)\s+)?(?:live(?:\s?blog|\s?ticker|\s?updates?)?|"
                                 r"liveblog|liveticker|newsblog|as it happened|in pictures|en direct|en vivo|ao vivo|"
                                 r"in diretta|na żywo|онлайн|онлайн-трансляція|live-ticker)", re.IGNORECASE)


def split_site_name(title: str, known: set[str], shaped: bool = True, lead_shaped: bool = True) -> tuple[str, Optional[str]]:
    """'Headline – Outlet' or 'Outlet | Headline' → ('Headline', 'Outlet'); the site name only when it looks like one
    (not `shaped`: only a name the page gives elsewhere, or a domain — a page's own <h1> is the headline, and its
    capitalized first clause, "Turvatakuuneuvottelut Brysselissä – Ukraina vaatii …", is no site's name). Not
    `lead_shaped`: the first clause goes only after a site's separator ("|") or when it is a name the page gives —
    a headline line a text copy shows keeps "Die Strohtasche – das Must-have für den Sommer" whole, as its <h1> does."""
    bracket = LENTICULAR_LABEL.match(title)
    if bracket and bracket.group(1).strip().lower().replace(" ", "") in {k.lower().replace(" ", "") for k in known}:
        # "【Outlet】Headline": the site's name in lenticular brackets heads a Japanese or Chinese title, as the page
        # names itself elsewhere. (Another label there, "【速報】", "【Q&A】", says what kind of story it is: kept.)
        return bracket.group(2).strip(), bracket.group(1).strip()
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title, None
    seps = TITLE_SEPARATORS.findall(title)
    known_lower = {k.lower().replace(" ", "") for k in known}
    last, first = parts[-1].strip(), parts[0].strip()
    if not shaped:
        named = lambda part: part.lower().replace(" ", "") in known_lower or bool(_DOMAIN.match(part))  # noqa: E731
        if named(last) and len(" ".join(parts[:-1]).split()) >= 3:
            return title[: title.rfind(seps[-1])].strip(), last
        if named(first) and len(" ".join(parts[1:]).split()) >= 3:
            return title[title.find(seps[0]) + len(seps[0]):].strip(), first
        return title, None
    # (What kind of page the headline heads, after a dash, is the headline's own end: "… gegen Russland – der Liveblog",
    # "… – live", "… – as it happened".)
    if _PAGE_KIND_END.fullmatch(last) and seps[-1].strip() in "–—-":
        return title, None
    # (A section's label on either side, "Opinion | Headline", is not the site's name.)
    if _site_like(last, seps[-1], known_lower) and len(" ".join(parts[:-1]).split()) >= 3:
        rest = title[: title.rfind(seps[-1])].strip()
        # "Headline | World | Outlet", as a browser tab shows it: the section before the site's name goes too (not a
        # part of a series, "| Day 3 |", "| Part 2 |").
        while len(parts) > 2 and seps[-2].strip() in _SITE_SEPARATORS and len(parts[-2].split()) <= 2 \
                and not any(ch.isdigit() for ch in parts[-2]) \
                and _site_like(parts[-2].strip(), seps[-2], known_lower) and len(" ".join(parts[:-2]).split()) >= 3:
            parts, seps = parts[:-1], seps[:-1]
            rest = rest[: rest.rfind(seps[-1])].strip()
        return rest, None if _SECTION_LABEL.fullmatch(last) else last
    if _site_like(first, seps[0], known_lower) and len(" ".join(parts[1:]).split()) >= 3 \
            and (lead_shaped or seps[0].strip() in _SITE_SEPARATORS or first.lower().replace(" ", "") in known_lower
                 or _DOMAIN.match(first)):
        return title[title.find(seps[0]) + len(seps[0]):].strip(), None if _SECTION_LABEL.fullmatch(first) else first
    return title, None


def without_glued_site(title: str, known: set[str]) -> str:
    """'Northstar NewsKremlin rejects …' → 'Kremlin rejects …': the site's name, known from elsewhere in the page, copied
    onto the headline with no space between them."""
    for name in sorted(known, key=len, reverse=True):
        if name and len(title) > len(name) + 10 and title.startswith(name) and title[len(name)].isupper():
            return title[len(name):]
    return title


LENTICULAR_LABEL = regexes.compile(r"^【([^】]{1,30})】(.{5,})$")
# What kind of story a bracketed label says it is ("【速報】", "【ファクトチェック】", "【独自】"): a site's section, never
# its name, whatever menu names it too.
STORY_KIND_LABELS = frozenset("速報 独自 解説 ファクトチェック 検証 インタビュー 社説 コラム 特集 動画 写真 詳報 続報 追記 号外 "
                              "注目 まとめ 連載 寄稿 評論 分析 更新 快讯 独家 解读 专访 评论 社论 特稿 视频 图集 突发 속보 단독 "
                              "해설 인터뷰 사설 칼럼 기획 영상".split())


_NAME_SMALL_WORDS = {"of", "the", "and", "for", "on", "de", "la", "le", "du", "des", "del", "der", "für"}


# "#143 — Guarantees on paper", "No. 48 – …", "Issue 12 | …": a newsletter numbers its issues in the title; the
# number is part of the title, not a site's name.
_ISSUE_NUMBER = regexes.compile(r"^(?:#\s?\d+|(?:no|nr|n°|№|issue|ausgabe|numéro|número|numero|nummer|číslo|numer)\.?\s*#?\d+(?:/\d+)?)$",
                                re.IGNORECASE)


def is_domain(text: str) -> bool:
    return bool(_DOMAIN.match(text))


def _site_like(part: str, sep: str, known_lower: set[str]) -> bool:
    words = part.split()
    if not words or len(words) > 6 or part.endswith(("?", "!", ".")) or _ISSUE_NUMBER.match(part):
        return False
    if part.lower().replace(" ", "") in known_lower or _DOMAIN.match(part):
        return True
    # (Institutes and councils: "Meridian Institute for Security Studies", "Council on Foreign Relations".)
    capitalised = all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _NAME_SMALL_WORDS for w in words)
    # "|" and "::" almost only ever separate a site name; dashes also join headline clauses.
    return capitalised and (sep.strip() in _SITE_SEPARATORS or len(words) <= 3 and sep.strip() != "/")


_SITE_SEPARATORS = frozenset({"|", "::", "·", "•", "»"})


# Every shape above needs one of these words: most lines are passed over by one search of the lower-cased text.
_PUBLISHER_CUE = any_of(literals(regexes.compile(  # (grouped by first letters to scan fast)
    r"app|follow|takip|©|\(c\)|copyright|supported by|funded by|subscribe to|privacy policy of|thanks for reading|"
    r"newsletter|part of|member of|division of|subsidiary of|del av|del af|teil |partie d|parte d|deel uit|częścią|on osa|"
    r"published in|publicado en|publié dans|veröffentlicht in|pubblicato in|subscribed|signed up|prenumererar|"
    r"abonnerer|abonnerar|geabonneerd|abonné|suscrib|suscrito|back to home|startseite|retour à l'accueil")))
# "© Riproduzione riservata", "© Tous droits réservés": the sign before the rights reserved, with no owner named.
_RIGHTS_RESERVED = regexes.compile(r"riproduzione|tutti i diritti|tous droits|todos los derechos|todos os direitos|alle rechte|"
                                   r"כל הזכויות|جميع الحقوق|版权所有|版權所有|無断転載|"
                                   r"alle rechten|all rights|wszelkie prawa|все права|усі права|всі права|alla rättigheter|"
                                   r"alle rettigheder|alle rettigheter|kaikki oikeudet|tüm hakları|toate drepturile|všechna práva")


# (In the board's language too: "Forum yazılımı XenForo®", "Forensoftware von …", "Logiciel de forum par …".)
_PLATFORM_CREDIT = regexes.compile(r"(?i)\b(?:(?:platform|software|powered|hosted|theme|built|forum|template)\s+(?:by|from)|"
                                   r"yazılımı|forensoftware(?:\s+von)?|logiciel\s+de\s+forum|software\s+de\s+foro|"
                                   r"oprogramowanie\s+forum|forumsoftware|software\s+fóra)\b")


_FOOTER_LINK = regexes.compile(r"\s+(?=(?:About|Contact|Contacts|Privacy|Terms|Imprint|Impressum|Kontakt|Datenschutz|Sitemap|"
                               r"Careers|Advertise|Help|FAQ|Cookies|Accessibility|Contacto|Contatti|Mentions|Aviso|Regulamin)"
                               r"(?:\s|$))")


# (A photographer's name, not a body's: "© The Center for Public Integrity" is the publisher.)
_SHOT_FOR = regexes.compile(r"(?!The\s)[A-ZÀ-Þ][\w’'-]+(?: [A-ZÀ-Þ][\w’'-]+){1,2} for [A-ZÀ-Þ]"
                            r"(?<!Center for [A-Z])(?<!Centre for [A-Z])(?<!Committee for [A-Z])(?<!Institute for [A-Z])"
                            r"(?<!Foundation for [A-Z])(?<!Council for [A-Z])(?<!Fund for [A-Z])(?<!Reporters Committee for [A-Z])")


def publisher_mentions(text: str) -> list[str]:
    """Outlet names a boilerplate line gives away ("Get the Ynetnews app" → "Ynetnews")."""
    out: list[str] = []
    # (Korean pages sign with a circled letter: "Copyright ⓒ 한빛방송 HBN. All rights reserved.")
    text = text.replace("ⓒ", "©").replace("Ⓒ", "©")
    lower = text.lower()
    shapes = _PUBLISHER_SHAPES if _PUBLISHER_CUE.search(lower) else []
    if "cookie" in lower or "クッキー" in text:
        shapes = shapes + _CONSENT_SHAPES
    for shape in shapes:
        for match in shape.finditer(text):
            # "… bij Olst. © Dirk Jan Kok", "… Foto: © Sílvia Poch / …": a sign after a caption's sentence or a credit's
            # label, with no year, credits the photographer.
            if re.search(r"(?:[.!?]|[^\W\d_]:)\s*(?:©|\(c\))\s*$", text[:match.start("name")]) and not re.search(r"\d{4}", match.group(0)):
                continue
            # (So does "© Mikkel Sørensen/Ledger Review" at a caption's end: the photographer, a slash, the outlet.)
            # (Not a legal form's slash: "© Erhvervsposten A/S 2026".)
            if re.match(r"/\s?[A-ZÀ-Þ][\w’'-]{2,}", text[match.end("name"):]) and not re.search(r"\d{4}", match.group(0)):
                continue
            # (And "… Monday to Thursday © Daniel Freeborn for BBR": a photographer working for the outlet.)
            if _SHOT_FOR.match(match.group("name")) and not re.search(r"\d{4}", match.group(0)):
                continue
            if _RIGHTS_RESERVED.match(text.lower(), match.start("name")):
                continue
            if _PLATFORM_CREDIT.search(text, 0, match.start("name")):
                continue  # "Community platform by XenForo® © 2010-2025 XenForo Ltd.": the software's maker, not the site
            # "PT. KabarNusa Media Digital", "ООО «…»": a legal form before the name is not the name.
            name = _LEGAL_PREFIX.sub("", match.group("name"))
            name = re.split(r"\.\s", name)[0].strip(" .,:;-")
            # "© 2026 Harbour Ledger   About   Contact   Privacy": the footer's links copied onto the copyright's line.
            name = _FOOTER_LINK.split(name, 1)[0]
            # (only a line set in capitals throughout: "© 2026 Η ΕΦΗΜΕΡΙΣ – Όλα …" writes the name so on purpose)
            if name.isupper() and text.isupper() and len(name.split()) >= 2 and not _LEGAL_FORM.search(name.lower()):
                name = name.title()  # "GET THE FOX NEWS APP" names "Fox News"
            name = _LEGAL_FORM.sub("", name).strip(" ,")  # the company, not its legal form: "DER TAGESBLICK GmbH"
            if name and name.lower() not in _NOT_PUBLISHERS and len(name) >= 2 and name not in out:
                out.append(name)  # (once a line: two shapes may read the same name, "© 2026 SIA «Baltic Daily»")
    return out


# A footer's imprint: "Harbourton Post Ltd, 4 Quay Street …", "Il Gazzettino Veneto S.p.A. – P.IVA …": the company that
# publishes, its legal form, then its address or tax number. Read only when no line names the outlet otherwise.
_IMPRINT_LINE = regexes.compile(
    r"^(?P<name>[A-ZÀ-Þ][\w.&'’-]*(?:\s+(?:(?:de|del|della|dei|degli|delle|di|da|do|dos|das|du|des|la|le|of|the|y|van|von|der)\s+)"
    r"{0,2}[A-ZÀ-Þ][\w.&'’-]*){0,3}) (?:AB|ASA|AS|A/S|ApS|Oy|Oyj|GmbH|AG|Ltd\.?|Limited|plc|LLC|Inc\.|"
    r"S\.p\.A\.|SpA|S\.r\.l\.|Srl|S\.A\.|SA|S\.L\.|SL|B\.V\.|N\.V\.|Sp\. z o\.o\.)\s*[,–—-]\s*\S")


def name_over_and_under(top: list[str], bottom: list[str]) -> Optional[str]:
    """The site's name heading the page ("Eastmarsh Standard", after a "Skip to content" link at most) and standing
    alone again in its footer, over "Part of X Media Group" and "© X Media Group Ltd": the name readers know, not
    the company's."""
    below = set(bottom)
    for text in top:
        words = text.split()
        # (One word, "Обрій", and a name in a script with no capitals, "חדשות המפרץ" — where "من نحن", "About us", is as
        # likely — only where the footer's copyright names it too.)
        cased = all(w[:1].isupper() or w in _NAME_JOINERS for w in words)
        if (2 <= len(words) <= 4 and cased or (len(words) == 1 or not cased) and len(words) <= 4
                and all(not w[:1].islower() and w[:1].isalnum() or w in _NAME_JOINERS for w in words)
                and any("©" in line and text in line for line in bottom)) and text in below \
                and not _looks_like_boilerplate(text) and text[-1:] not in ".!?:":
            return text
        # ("Morgenposten" at the top, "Morgenposten A/S" in the footer's imprint: the company of that name.)
        if len(words) == 1 and text[:1].isupper() and any(
                line.startswith(text + " ") and legal_form(line[len(text) + 1:]) for line in bottom):
            return text
    return None


_NAME_JOINERS = {"&", "de", "del", "des", "du", "la", "le", "of", "the", "and", "und", "et", "y", "do", "da", "di"}


def imprint_publisher(texts: list[str]) -> Optional[str]:
    """The company a footer's imprint names, from the bottom of the page up."""
    for text in reversed(texts):
        match = _IMPRINT_LINE.match(text) if len(text) <= 200 else None
        if match and match.group("name").lower() not in _NOT_PUBLISHERS:
            return match.group("name")
    return None


_ARTICLE = regexes.compile(r"the|le|la|les|l'|il|lo|el|los|las|de|het|der|die|das|o|a|os|as|den|det", re.IGNORECASE)
# Words that say what company owns a title (also run into one: "Mediengruppe"), or a legal form.
# A publishing house's word ("Editoriale Sponde", "Uitgeverij Noord", "Norrlands Förlag"): the masthead is preferred to
# it only when the masthead shares a word of its name (a menu's "Chi siamo" that comes back in the footer is none).
HOUSE_WORD = regexes.compile(r"editoriale|uitgeverij|förlag|forlag", re.IGNORECASE)
COMPANY_WORD = regexes.compile(r"\w*(?:media|média|mídia|medya|medien|mediji|medienhaus|group|gruppe|groupe|grupo|gruppo|groep|"
                               r"grupa|verlag)|limited|ltd|holdings?|publishing|publications|kiadó|éditions|edizioni|ediciones|"
                               r"editora|yayıncılık|wydawnictwo|vydavatelství|izdavaštvo|εκδοτική|εκδόσεις|&", re.IGNORECASE)
# The body behind a station or a site: a broadcaster ("© Harbour Community Broadcasting Inc." under "Harbour Radio") or a
# foundation ("© Fundacja FaktyCheck" under "FaktyCheck.pl") — or the one whose own press room the page is ("Fundación
# Agua Clara" over its menu's "Sala de prensa").
BEHIND_WORDS = frozenset("""broadcasting broadcasters foundation fundacja fundación fundação fondazione fondation stiftung
stichting""".split())
# Words such a body's name shares with any of its pages' menus ("About the Foundation", "Community Calendar").
GENERIC_NAME_WORDS = frozenset("community public national regional local news radio television media".split()) | BEHIND_WORDS


def legal_form(word: str) -> bool:
    """A company's legal form on its own ("Kft.", "GmbH", "AS")."""
    return bool(_LEGAL_FORM.search(" " + word))


def masthead_of(name: str, header: str, outlet_words: re.Pattern) -> bool:
    """"The Daily Meridian" over a copyright of "Meridian News & Media Limited", "The Harbour Ledger" over "Get the
    Harbour Ledger app": the page header writes the outlet's name with the mention's own words, adding only an article
    or a newspaper's word."""
    words = header.split()
    # (A one-word masthead, "Hídfő" over "© Hídfő Média Kft", when the mention is longer: its company's words.)
    if not (2 if len(name.split()) < 2 else 1) <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
        return False
    key = {w.casefold() for w in name.split() if not outlet_words.fullmatch(w) and not COMPANY_WORD.fullmatch(w)}
    folded = [w.casefold() for w in words]
    if not key or not key <= set(folded) or len(folded) == len(name.split()) and header.casefold() == name.casefold():
        return False
    return all(w in key or _ARTICLE.fullmatch(w) or outlet_words.fullmatch(w) for w in folded)


# (A blog's post line may end with its comment count: "November 30, 2026 by Jo Bell · 7 Comments", "… bởi Thu Hà — 12
# bình luận".)
_DATED_BYLINE = regexes.compile(r"\b(?P<by>by|von|par|por|di|da|door|av|przez|bởi|oleh|από)\s+(?P<name>[^\W\d_][^|·•—]{2,60}?)"
                                r"(?:\s+[·|•—–]\s*(?:\d+|no|one|leave a)\s+[^\W\d_]+(?:\s[^\W\d_]+)?)?\s*$", re.IGNORECASE)


_POST_LINE_SEPARATOR = regexes.compile(r"\s+[·•|]\s+")


def post_line(text: str, day_first: bool = False) -> Optional[tuple[str, Optional[str]]]:
    """"26 November 2026 · Dr Helen Marsh · Groundwater, Drought · 6 Comments": a blog's post line, its parts set
    between dots or bars. (The post's date, and its author when the part beside the date is a name), or None."""
    if len(text) > 160:
        return None
    parts = [part.strip() for part in _POST_LINE_SEPARATOR.split(text)]
    if len(parts) < 2 or any(len(part.split()) > 8 for part in parts):
        return None
    at = next((k for k, part in enumerate(parts) if date_line(part, day_first)), None)
    if at is None:
        return None
    # ("14.2.2025 · 4 min · Kirjoittanut Aapo Heinonen | Ehdota muutosta": a part with a byline's label is the author's,
    # wherever it sits.)
    name = next((found for part in parts if part is not parts[at] and _BYLINE.match(part) and (found := byline(part))),
                None)
    if name is None:
        # ("Published: Feb 16, 2025 · Modified: Feb 18, 2025 by Maggie Thornbury · …": the name after a date's "by".)
        name = next((found for part in parts if (found := byline_after_date(part))), None)
    # (Else the author sits beside the date; further parts are categories and counters.)
    for k in (at + 1, at - 1) if name is None else ():
        part = parts[k] if 0 <= k < len(parts) else ""
        if 2 <= len(part.split()) <= 5 and "," not in part and not any(ch.isdigit() for ch in part) \
                and not _SECTION_WORDS.search(part):
            name = byline(part) or author_name(part)
            if name:
                break
    return date_line(parts[at], day_first), name


def byline_after_date(text: str) -> Optional[str]:
    """"Posted on January 28, 2025 by Tom Becker": the name at the end of a date line."""
    match = _DATED_BYLINE.search(text)
    if match is None and not text.isascii():
        # ("2025年2月17日 5:00 文：佐伯 真理子": a Japanese or Chinese credit after the date and time.)
        credit = _CJK_CREDIT_AFTER_DATE.search(text)
        return byline(credit.group(0)) if credit else None
    if match and match.group("by").lower() == "από" and len(match.group("name").split()) < 2:
        return None  # ("Ενημερώθηκε 3 Μαΐου 2025 από Αθήνα": "from Athens"; a writer has a given name and a surname)
    if match and match.group("by").lower() == "da":
        # ("… da Giulia Ferretti", not "… da Reggio Emilia", "da Redazione Web": Italian "da" is "from" as often as
        # "by", so only a given name the lexicon knows opens a writer's name after it.)
        from sitegen.analysis.lexicon import FIRST_NAMES  # (imported only when asked: most pages never ask)
        if match.group("name").split()[0].casefold() not in FIRST_NAMES:
            return None
    return author_name(match.group("name")) if match else None


_CJK_CREDIT_AFTER_DATE = regexes.compile(r"(?<=\s)(?:记者|記者|作者|撰文|采写|文)\s*[：:／/]\s*\S.*$")


# "Shreya Rao / DC News Service / Updated: …": a slash between spaces separates too.
_NAME_BESIDE_DATE = regexes.compile(r"^(?P<name>[^·|•—–/\d]{3,60}?)\s*(?:[·|•—–]|(?<=\s)/(?=\s))\s*\S")


def name_beside_date(text: str) -> Optional[str]:
    """"Mia Tran · March 2, 2025": a name, a separator, then the date (a single word is a place: "Madrid - …")."""
    match = _NAME_BESIDE_DATE.match(text)
    name = author_name(match.group("name")) if match else None
    return name if name and len(name.split()) >= 2 else None


def name_before_date(text: str, day_first: bool = False) -> Optional[str]:
    """"Ingrid Solberg May 2, 2025": the words before a date, when they are a name."""
    found = find_date(text, day_first)
    if not found or found[1] < 4:
        return None
    prefix = text[:found[1]].strip(" ,|·•—–-")
    labelled = _BYLINE.match(prefix)
    if labelled:
        prefix = labelled.group("name")
    elif prefix.endswith((":", "：")):
        return None  # "آخر تحديث: 29/11/2026", "Zuletzt aktualisiert: …": the date's label, no name
    # "Rob Jennings, Thursday 6 February 2025": the weekday belongs to the date.
    prefix = re.sub(r"[\s,]*\b(?:%s)\.?$" % "|".join(WEEKDAYS), "", prefix, flags=re.IGNORECASE).strip(" ,|·•—–-")
    name = author_name(prefix) if prefix else None
    return name if name and len(name.split()) >= 2 else None
