"""General signs that a line is page furniture, not story — each with the reason shown by --explain.

The rules describe *kinds* of boilerplate every news site has (share and app prompts, cookie
notices, comment forms, newsletter boxes, photo credits, counters, "read more" teasers) in the
languages ingest meets. They never list one outlet's strings: a new site's furniture has the
same shapes. Story text is protected by length — a long sentence is only dropped for a pattern
that cannot be story (a cookie notice, an affiliate disclaimer).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from sitegen import regexes
from sitegen.ingest.dates import find_date
from sitegen.ingest.literals import alternatives, any_in, any_of, grouped_by_opening, literals, occurs, occurs_any


def _words(*alternatives: str) -> str:
    return "|".join(alternatives)


# Prompts to share, follow, download, subscribe — short lines only (a story may say "subscribe").
_SOCIAL = regexes.compile(
    r"\b(?:" + _words(
        r"follow (?:us|\w+ on|(?:this )?publication|author)", r"like us on", r"share (?:this|on|via|by)", r"share article", r"tweet this",
        r"deel (?:dit|het|deze) (?:artikel|bericht|verhaal|pagina)",
        r"join us on", r"(?:get|download) the [\w .&'’-]{1,30} app", r"download (?:the|our) app", r"download it (?:for )?free",
        r"(?:stuur|send)(?: us)? (?:een brief|a letter)[^@]{0,50}@",  # a letters page's address
        r"google play", r"app store", r"sign up", r"sign in", r"log in", r"subscribe", r"newsletters?",
        # "Lataa KR Uutiset -sovellus …", "Ladda ner … appen", "Hent … appen", "Last ned … appen": get the app.
        r"lataa [\w .&'’-]{1,30}-sovellus", r"ladda ner [\w .&'’-]{1,30}appen", r"hent [\w .&'’-]{1,30}appen",
        r"last ned [\w .&'’-]{1,30}appen",
        r"whatsapp (?:channel|community)", r"telegram channel",
        # "Únete al canal de WhatsApp de …", "Iscriviti al canale WhatsApp di …".
        r"(?:únete|suscríbete|síguenos) (?:al|a nuestro|en nuestro) canal de (?:whatsapp|telegram)",
        r"(?:iscriviti|unisciti) al (?:nostro )?canale (?:whatsapp|telegram)",
 r"(?:tried|made) this recipe\?\s?(?=\w)",
        # A recipe blog's "Tag me on Instagram": "Επισημάνετε @despoinas.kouzina στο Instagram!", "Tag @… on Instagram".
        r"(?:tag|επισημάνετε|markiere|markieren sie|taggez|etiqueta|etiquetame|tagga|oznacz) (?:me |us |μας )?@",
        r"listen to this article", r"listen to the podcast",
        # A recipe's buttons: "Print recipe", "Printează rețeta", "Rezept drucken", "Imprimer la recette", …
        r"print (?:the )?recipe", r"printează rețeta", r"rezept drucken", r"imprimer la recette", r"imprimir (?:la )?receta",
        r"stampa (?:la )?ricetta", r"drukuj przepis", r"skriv ut receptet", r"print opskriften",
        # … and the link over the story down to the recipe card: "Jump to Recipe", "Přejít k receptu", "Zum Rezept", ….
        r"jump to (?:the )?recipe", r"přejít (?:k|na) recept(?:u)?", r"prejsť na recept", r"przejdź do przepisu",
        r"skocz do przepisu", r"zum rezept(?: springen)?", r"aller à la recette", r"(?:ir|saltar) a la receta",
        r"vai alla ricetta", r"ir para a receita", r"(?:spring|ga) naar (?:het )?recept", r"hoppa till receptet",
        r"hop til opskriften", r"chuyển đến công thức", r"in công thức",
        # The audio player's button in other languages: "Lyt til artiklen", "Artikel anhören", "Écouter l'article", …
        # "Save it to Pinterest" under a recipe: "Salvatela su Pinterest!", "Enregistrez-la sur Pinterest".
        # (The line's end: not "Users can now save it to Pinterest from any browser", a story about it.)
        r"(?:save|salvatel[ao]|salvala|salvalo|enregistrez-l[ae]|guárdal[ao]|speichern sie) (?:it |this |them )?"
        r"(?:on|to|su|sur|en|auf) pinterest(?=\s*[!.]?\s*$)",
        r"lyt til artiklen", r"lyssna på artikeln", r"hør artikkelen", r"lytt til artikkelen", r"artikel (?:an)?hören",
        r"artikel vorlesen lassen", r"écouter (?:cet |l')article", r"escuchar (?:el |este )?artículo",
        r"ascolta l'articolo", r"ouvir (?:o |este )?artigo", r"posłuchaj artykułu", r"kuuntele artikkeli",
        r"poslechnout článek", r"прослушать статью", r"послухати статтю", r"ascultă articolul", r"luister naar dit artikel",
        r"folge[n]? uns", r"jetzt abonnieren", r"newsletter abonnieren", r"suivez-nous",
        r"abonnez-vous", r"inscrivez-vous", r"síguenos", r"suscríbete", r"siga-nos", r"anmäl dig (?:för att få|här)",
        r"meld deg på (?:for å få|her)",
        r"inscreva-se", r"assine", r"apúntate", r"seguici", r"iscriviti", r"подписывайтесь", r"подпишитесь", r"(?:рассылка|розсилка) [«\"„“][^»\"”“]{2,30}[»\"”“]",
        r"підписуйтесь", r"підписуйтеся", r"підпишіться на (?:наш|нашу|наші)", r"obserwuj nas", r"zapisz się", r"dołącz do nas", r"únete a nuestro", r"rejoignez-nous",
        r"bizi takip edin", r"üzerinden takip edin",
        # Hungarian, Finnish, Danish, Romanian, Czech: "Kövesse a … a Facebookon is!", "Seuraa meitä", "Følg os på …".
        r"kövess(?:e|en|étek) (?:minket|a\b|az\b)", r"seuraa meitä", r"følg os", r"urmărește-ne", r"urmăriți-ne",
        r"abonează-te", r"abonați-vă", r"sledujte nás",
        # Croatian, Serbian, Slovenian, Dutch, Swedish, Norwegian, Estonian, Lithuanian, Latvian, Greek: "Pratite … na …".
        r"pratite (?:nas|[\w .&'’-]{1,30}) (?:i )?na (?:facebooku|instagramu|twitteru|x-u|youtubeu|tiktoku|telegramu)",
        r"sledite nas", r"пратите нас", r"spremljajte nas", r"volg ons", r"följ oss", r"følg oss", r"jälgi meid",
        r"sekite mus", r"sekojiet mums", r"ακολουθήστε μας", r"tilaa uutiskirje", r"tilmeld dig", r"google news['’]?(?:te|ten)? takip e(?:t|din)", r"הצטרפו", r"עקבו", r"تابعونا", r"اشترك",
        # "Download the … app" in more languages: Dutch, German, French, Spanish, Portuguese, Italian, Polish, Czech.
        r"download de [\w .&'’-]{1,30}-?app", r"lade (?:die|unsere) [\w .&'’-]{0,30}app", r"téléchargez (?:l'|notre )[\w .&'’-]{0,30}app",
        r"descarga (?:la|nuestra) [\w .&'’-]{0,30}app", r"baixe o (?:app|aplicativo)", r"scarica (?:l'|la )?app",
        r"pobierz aplikację", r"stáhněte si aplikaci",
        # Nordic, Finnish, Croatian, Serbian, Bulgarian, Turkish, Indonesian, Vietnamese.
        r"last ned appen", r"hent appen", r"hent (?:vår|vores) app", r"download (?:vores|vår) app", r"ladda ner appen",
        r"lataa (?:\w+ )?sovellus", r"preuzmite (?:našu )?aplikaciju", r"преузмите (?:нашу )?апликацију",
        r"изтеглете (?:нашето )?приложение", r"uygulamamızı indirin", r"unduh aplikasi", r"tải ứng dụng",
    ) + r")\b", re.IGNORECASE)
# "Share" in other languages is also an everyday verb ("Die Autos teilen sich eine Spur"): a prompt only on a short line.
_SHARE_VERB = regexes.compile(r"\b(?:teilen|partager|compartir|compartilhe|condividi|поделиться|поділитися|udostępnij|שתפו|sdílejte|sdílet|"
                              r"zdieľajte|zdieľať|"
                              r"شارك)\b", re.IGNORECASE)
_SOCIAL_NETWORKS = regexes.compile(r"\b(?:facebook|twitter|instagram|telegram|linkedin|youtube|tiktok|whatsapp|pinterest|"
                                   r"reddit|threads|bluesky|vk|mastodon|email|e-mail|print|copy link)\b", re.IGNORECASE)
# Cookie and consent notices: any length (they are long and never story).
# Japanese and Chinese write "Cookie" glued to the words around it: "…のためにCookie等を利用しています", "本网站使用Cookie".
# Korean: "이 사이트는 쿠키를 사용합니다". (Written in the script's own word, with the site or the reader's consent in
# the line: a story about cookies baked or collected, "クッキーを使用した新作パフェ", speaks of none.)
_CJK_COOKIES = regexes.compile(r"(?:Cookie|cookie|クッキー)(?:等|など)?(?:を|の)(?:利用|使用)|使用(?:Cookie|cookie)|"
                               r"(?:쿠키|cookie|Cookie)(?:를|을)? ?(?:사용|이용|수집)")
# ("…を使用しています", "…를 사용합니다": a site saying politely what it does, as a notice does; a story's "利用して",
# "사용을 중단하려던" does not.)
_CJK_WE_USE = regexes.compile(r"(?:利用|使用)(?:しています|します|しております|いたします)|(?:사용|이용|수집)(?:합니다|하고 있습니다)")
_CJK_SITE = regexes.compile(r"当サイト|本サイト|このサイト|ウェブサイト|サイトを|同意|ブラウザ|이 사이트|본 사이트|웹사이트|사이트를|동의|브라우저|"
                            r"网站|網站")
# A consent box's own words, in its heading: "Vos choix concernant l'utilisation des cookies", "Your cookie settings".
_CONSENT_WORDS = (r"choices?|choix|preferences|préférences|settings|paramètres|einstellungen|privacy|confidentialité|consent|"
                  r"consentement|datenschutz|preferencias|configuración|scelte|impostazioni|instellingen|voorkeuren|keuzes|"
                  r"ustawienia|escolhas|preferências|definições")
_COOKIES = regexes.compile(
    r"\b(?:(?:this|our) (?:web)?site uses cookies|we use cookies|uses cookies|cookie (?:policy|settings|information|"
    r"preferences|consent)|accept all|manage (?:consent|preferences)|verwendet cookies|"
    # An embedded player's placeholder: "Om deze video te bekijken, moet je cookies voor sociale media accepteren".
    # (Said to the reader: "… moet je cookies voor sociale media accepteren", "you must accept cookies to view".)
    r"(?:moet je|moet u|müssen sie|musst du|vous devez|debes|deve|devi|musisz)\b[^.]{0,60}\bcookies?\b[^.]{0,40}\b"
    r"(?:accepteren|akzeptieren|zulassen|accepter|aceptar|accettare|akceptować)|"
    r"(?:you (?:must|need to|have to)|please) (?:accept|allow|enable) (?:\w+ ){0,3}cookies to (?:view|watch|see|play)|"
    # (Its button: "Cookies accepteren", "Cookies akzeptieren".)
    r"^cookies (?:accepteren|akzeptieren|zulassen|accepter|aceptar|accettare|akceptuj)$|"
    # (A placeholder for embedded content the reader has not let load: "Empfohlener externer Inhalt", "Hier finden Sie
    # einen externen Inhalt von X, der den Artikel ergänzt …".)
    r"^empfohlener externer inhalt$|hier finden sie einen externen inhalt|"
    r"wir verwenden cookies|utilise des cookies|utilisons des cookies|utilisent des cookies|utiliza cookies|usa cookies|utilizamos cookies|usamos cookies|"
    r"используе[тм] (?:файлы )?cookie|використовує(?:мо)? (?:файли )?cookie|משתמש(?:ים)? בעוגיות|(?:עושה|עושים) שימוש בעוגיות|ملفات تعريف الارتباط|"
    r"consent to (?:the use|our use) of cookies|(?:nutzt|nutzen|verwendet|verwenden) (?:\w+ )?cookies|verwendung von cookies|"
    r"alle akzeptieren|tout accepter|aceptar todas?|aceitar todos|accetta tutti|alles accepteren|"
    r"(?:utilizza|utilizziamo|usiamo) (?:i |dei )?cookie|(?:gebruikt|gebruiken|maakt gebruik van) cookies|"
    r"używa(?:my)? (?:plików )?cookie|"
    # Nordic, Finnish, Czech, Slovak, Hungarian, Romanian, Greek: "TV Øresund bruger cookies", "… använder kakor".
    r"(?:bruger|bruker|benytter|anvender|använder|nyttjar) (?:\w+ )?(?:cookies|informasjonskapsler|kakor)|"
    r"käyttää evästeitä|käytämme evästeitä|(?:používá(?:me)?|používají) (?:soubory )?cookies?|používa(?:me)? (?:súbory )?cookies?|"
    r"(?:használ|használunk) (?:\w+ )?(?:sütiket|cookie-kat)|(?:folosește|folosim|utilizează|utilizăm) (?:\w+ )?cookie|"
    r"χρησιμοποιε[ίι]\w* cookies|"
    r"(?:paramétrer|gérer|manage|configure|customi[sz]e|configurar|gestionar|impostare|verwalten)\s+"
    r"(?:les\s+|the\s+|your\s+|my\s+|i\s+|los\s+)?cookies?\b|"
    # "We use some essential cookies", "We'd like to set additional cookies", "Cookies on the … website":
    # a site speaking of its own cookies, or the kinds a consent box offers.
    r"(?:we|this (?:web)?site|our (?:web)?site)\b[^.!?]{0,20}?\b(?:use|uses|set|sets|store|stores|place)\s+(?:\w+\s+){0,3}"
    r"cookies|cookies on (?:the|this|our)\b|(?:essential|additional|analytics|optional|necessary|functional|"
    r"marketing|advertising|third-party|performance) cookies|"
    # The consent text of the IAB framework most European sites show, in its languages; Polish "pliki cookies".
    r"(?:we and our|nosotros y nuestros|nous et nos|wir und unsere|noi e i nostri|wij en onze|my i nasi|nós e os nossos) "
    r"(?:\d+ |\w+ )?(?:partners|vendors|socios|partenaires|partner|partnerzy|parceiros)\b"
    # (… then what the box asks for: "We and our 162 vendors use cookies to …"; not a quotation, "We and our 40 vendors pay
    # more in fees than …".)
    r"(?=[^\"“”«»]{0,60}\b(?:cookies?|data|device|personali[sz]|advert|consent|store|process|traitons|utilis|"
    r"verarbeiten|speichern|usamos|utilizamos|tratamos|usiamo|trattiamo|gebruiken|verwerken|przetwarza|wykorzyst|"
    r"usamos|tratamos))|store and/or access information on a device|"
    r"(?:such as|tales como|telles que|como|wie|come|zoals|takie jak) (?:les |i |z\. ?b\. )?cookies|"
    r"(?:pliki|plików|plikami) cookies?|"
    # A consent box's heading, said to the reader: "Vos choix concernant l'utilisation des cookies", "Your cookie
    # choices", "Ihre Cookie-Einstellungen" (a line of its own, no sentence).
    # (Those words only, not "Your guide to baking cookies at home", "Your privacy is at risk from tracking cookies".)
    r"^(?:your|vos|votre|ihre|deine|sus|tus|le tue|i tuoi|uw|je|twoje|os seus|as suas|seus|suas)\s+"
    r"(?:(?:" + _CONSENT_WORDS + r")\s+(?:about|regarding|concerning|on|for|concernant|sur|zu|zur|de|sobre|sulle|sui|"
    r"over|dotyczące|relativas?\s+a)\s+(?:the\s+use\s+of\s+|l['’]utilisation\s+des\s+|les\s+|the\s+|der\s+|de\s+|los\s+|"
    r"i\s+|het\s+gebruik\s+van\s+)?cookies?|cookies?[-\s](?:" + _CONSENT_WORDS + r"))$|"
    # A site using cookies, said in more languages (Croatian, Serbian, Bulgarian, Slovenian, Lithuanian, Latvian,
    # Estonian, Finnish, Hungarian, Turkish, Norwegian, Swedish, Czech, Slovak, Romanian, Greek, Indonesian, Vietnamese).
    r"koristi(?:mo)? kolačić|(?:upotreb\w*|korištenj\w*|korišćenj\w*) kolačića|користи(?:мо)? колачић|"
    r"използва(?:ме)? бисквитки|uporablja(?:mo)? piškotk|naudoja(?:me)? slapuk|izmanto(?:jam)? sīkdatnes|"
    r"kasuta(?:b|me) küpsiseid|käyt(?:tää|ämme) evästeitä|(?:sütiket|cookie-kat) használ|çerez(?:ler)?(?:i)? kullan|çerezler aracılığıyla [^.]{0,40}işlenmektedir|çerez politikamız|"
    r"bruke?r informasjonskapsler|använder (?:kakor|cookies)|(?:používá(?:me)?|používají) (?:soubory )?cookies?|"
    r"používa(?:me)? (?:súbory )?cookies?|folose(?:ște|şte|sc|im) (?:fișiere )?cookie|χρησιμοποι\w+ cookies|"
    r"menggunakan cookie|sử dụng cookie|"
    r"(?:godkänn|acceptera|tillåt|godta|aksepter|accepter|tillat) alle?a? (?:kakor|cookies|informasjonskapsler)|"
    # A consent box's other button: "Godkänn endast nödvändiga", "Only necessary", "Nur notwendige".
    r"(?:endast|kun|bare|only|nur|uniquement|solo|apenas|alleen) (?:nödvändiga|nødvendige|necessary|notwendige|"
    r"nécessaires|necesarias|necessárias|necessari|noodzakelijke)(?: (?:kakor|cookies))?$|"
    # An embed's consent box: "Allow X content?" / "This article includes content provided by X. We ask for your
    # permission before anything is loaded …".
    r"^allow [\w .-]{1,20} content\??$|^(?:allow|accept) and continue$|(?:article|page) (?:includes|contains) content (?:provided|hosted) by|"
    r"ask for your (?:permission|consent) before anything is loaded|"
    # The same in German: "Externer Inhalt" / "An dieser Stelle finden Sie einen externen Inhalt von X, der den Artikel
    # ergänzt." / "Externen Inhalt anzeigen" / "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden."
    r"^externer inhalt$|^externe[n]? inhalte? (?:anzeigen|laden|erlauben|zulassen|akzeptieren|immer anzeigen)$|"
    r"an dieser stelle finden sie (?:einen )?(?:externen )?inhalt(?:e)? von|dass mir externe inhalte angezeigt werden|"
    # ("… von X (ehemals Twitter). Um ihn anzuzeigen, müssen Sie der Datenübertragung an den Anbieter zustimmen.")
    r"um (?:ihn|sie|diesen inhalt|den inhalt) anzuzeigen, (?:müssen sie|musst du)|"
    # A consent box's heading on a line of its own: "Your privacy choices", "We value your privacy".
    r"^(?:we value your privacy|(?:your|manage your) privacy(?: choices| settings| options| preferences)?|"
    r"privacy (?:settings|preferences|choices|cent(?:re|er))|ihre privatsphäre|votre vie privée|tu privacidad|"
    r"la tua privacy|uw privacy)[.!]?$)", re.IGNORECASE)
_AFFILIATE = regexes.compile(
    r"\b(?:affiliate (?:commissions?|links?|policy|disclosure|odkazy|odkazů|odkazov|linky|linki|linkek)|earn (?:a|an) (?:small )?(?:affiliate )?commission|"
    r"(?:an )?amazon associate|qualifying purchases|"
    r"purchase through links|supported by (?:our|its) (?:audience|readers)|may earn a commission|"
    r"provisionslinks?|liens affiliés|enlaces de afiliados|links de afiliados|comisión de afiliad[oa]s?|"
    r"política de afiliados|commission d'affiliation|se financia gracias a (?:su|sus) (?:audiencia|lectores)|"
    # (Swedish, Norwegian, Danish: "Inlägget innehåller annonslänkar", "Innlegget inneholder reklamelenker".)
    r"(?:annons|affiliate|reklam|reklame)(?:länkar|lenker|links)|link(?:i|s)? (?:di )?affiliazione|linki afiliacyjne)\b|"
    # (Japanese, the disclosure the law asks of blogs since 2023: "このブログはアフィリエイト広告を利用しています",
    # "本記事はプロモーションを含みます", "記事内に広告を含みます".)
    # (The blog or the article says it of itself: not a story's "… 投稿の冒頭で広告を含むことを明示するよう求めている".)
    # (Or "※この記事にはアフィリエイト広告が含まれています": this article says it holds them — not a report that someone's
    # did, "ブログ記事にはアフィリエイト広告が含まれていたにもかかわらず".)
    r"(?:ブログ|記事|サイト|ページ)[^。、]{0,8}(?:アフィリエイト|プロモーション|広告)(?:広告)?を(?:利用|含|掲載)|"
    r"(?:この|本|当)(?:ブログ|記事|サイト|ページ)[^。、]{0,4}(?:アフィリエイト|プロモーション|広告)(?:広告)?が含まれ(?:ています|ます)|"
    # (Greek: "Η ανάρτηση μπορεί να περιέχει συνδέσμους συνεργατών".)
    r"συνδέσμους συνεργατών|συνεργατικούς συνδέσμους|"
    # (Vietnamese: "Bài viết có thể chứa liên kết tiếp thị", affiliate links.)
    r"liên kết (?:tiếp thị|liên kết|affiliate)",
    re.IGNORECASE)
# WordPress's comments heading in the blog's language, naming the post: "12 bình luận về “…”", "3 réflexions sur « … »",
# "5 Gedanken zu „…“", "2 comentarios en «…»", "4 comentários em “…”", "7 commenti su “…”", "6 reacties op “…”".
_WP_THOUGHTS = (r"\d+ (?:bình luận|ý kiến|réflexions?|commentaires?|gedanken|kommentare?|comentarios?|comentários?|"
                # (Swedish, Norwegian and Danish: "14 svar på ”…”", "3 kommentarer til «…»".)
                r"commenti|reacties|komentarz[ey]?|komentarzy|svar|kommentarer) (?:về|sur|zu|en|em|su|op|do|på|til|till)"
                r"\s*[“\"«„‘'”]")
# The comment section and its forms; a line of this kind after the story ends the article.
COMMENTS = regexes.compile(
    r"^(?:\d+\s+)?(?:" + _words(
        r"comments?", r"leave a (?:reply|comment)", r"post a comment", r"add a comment", r"join the (?:discussion|conversation)",
        r"readers?['’]? comments", r"show comments", r"view comments", r"\d+ comments?", r"comment(?:s)? \(\d+\)",
        r"all \d+ comments", r"(?:show|view|see|read) all \d+ comments",
        r"\d+ (?:thoughts|responses|replies|reactions) (?:on|to)\b.*", _WP_THOUGHTS + r".*", r"kommentare?", r"kommentieren", r"leserkommentare", r"commentaires?", r"laisser un commentaire", r"réagir",
        # ("Réagissez ou consultez l'ensemble des contributions": the section's heading with its link to the rest.)
        r"réagissez(?: à cet article| ou (?:consultez|lisez|voyez) [^.!?]{0,40}(?:contributions|commentaires|réactions))?",
        r"\d+ contributions?",
        r"comentarios?", r"deja (?:un|tu) comentario", r"comentários?", r"deixe (?:um|uma|seu|sua) (?:resposta|comentário)",
        r"komentarze?", r"dodaj komentarz", r"skomentuj",
        r"commenti", r"lascia un commento", r"reacties", r"réactions?", r"reacciones", r"reações", r"responses",
        r"komentarzy", r"diskussion(?: \(\d+ (?:beiträge|kommentare)\))?", r"\d+ (?:commentaires|comentarios|comentários|kommentare|komentarzy|commenti|reacties)", r"комментарии", r"комментарий", r"коментарі", r"коментар",
        r"תגובות", r"הוסף תגובה", r"التعليقات", r"أضف تعليق", r"yorumlar", r"yorum yap", r"okuyucu yorumları", r"댓글",
        r"discussion about this (?:post|article|story)", r"ý kiến", r"komentar", r"kommentarer", r"σχόλια", r"bình luận", r"评论", r"टिप्पणियां", r"कमेंट्स",
        # Hungarian, Finnish, Romanian, Czech, Danish: "Hozzászólások (23)", "2 kommenttia", "Jätä kommentti".
        r"hozzászólások?", r"szólj hozzá", r"\d+ hozzászólás", r"kommentit", r"\d+ kommenttia?", r"jätä kommentti",
        # An obituary's guest book: readers' condolences under the notice.
        r"guest ?book", r"sign the guest ?book", r"online guest ?book", r"kondolenzbuch", r"livre d'or", r"libro de condolencias",
        r"comentarii", r"\d+ comentarii", r"lasă un comentariu", r"komentáře", r"diskuse", r"\d+ kommentarer?",
        r"skriv en kommentar",
        # The section's heading beside the link to its rules: "Comments: Our rules".
        r"comments?: (?:our |the )?(?:rules|house rules|community (?:rules|guidelines|standards))",
        # Bulgarian, Serbian, Croatian, Slovak, Slovene, Estonian, Latvian, Lithuanian.
        r"коментари", r"напишете коментар", r"остави коментар", r"komentari", r"komentara", r"ostavi komentar",
        r"napišite komentar", r"komentáre", r"komentarji", r"kommentaarid", r"komentāri", r"komentarai",
        # Greek in capitals drops its accents ("ΣΧΟΛΙΑ"); "Write your comment", "Leave a comment".
        r"σχολια", r"γράψτε (?:το )?σχόλιό σας", r"γράψτε (?:ένα )?σχόλιο", r"αφήστε (?:ένα |το )?σχόλιο(?: σας)?",
    ) + r")\s*[:.!]?\s*(?:\(\d+\)|(?<=[^\W\d_]) \d{1,5})?$", re.IGNORECASE)
_COMMENT_FORM = regexes.compile(
    r"\b(?:your (?:email|e-mail) address will not be published|required fields are marked|"
    r"(?:save|remember) my name|notify me of (?:follow-up|new) (?:comments|posts)|"
    r"comments? (?:are|is) (?:closed|moderated)|please (?:enter|type) your (?:comment|name)|you must be logged in|"
    # ("Join the conversation by leaving a comment below. Please keep comments respectful.")
    r"(?:by )?leaving a comment below|please keep (?:your )?comments (?:respectful|civil|polite|on[- ]topic)|"
    # Comments closed, in other languages: "Kommentarfunktionen er lukket", "Kommentarerna är stängda", "Die
    # Kommentarfunktion ist geschlossen", "Les commentaires sont fermés", "Los comentarios están cerrados", …
    r"kommentar(?:funktionen|erne|erna|feltet|er)? (?:er|är|ist|sind) (?:lukket|stängda|stengt|geschlossen|deaktiviert)|"
    r"(?:die )?kommentarfunktion ist (?:geschlossen|deaktiviert)|les commentaires sont (?:fermés|clos)|"
    r"los comentarios están cerrados|i commenti sono chiusi|os comentários estão (?:fechados|encerrados)|"
    r"komentarze (?:są )?(?:wyłączone|zamknięte)|kommentointi on (?:suljettu|päättynyt)|"
    r"por favor,? ingrese su (?:comentario|nombre)|"
    r"ihre e-mail-adresse wird nicht veröffentlicht|votre adresse e-mail ne sera pas publiée|"
    r"tu dirección de correo electrónico no será publicada|o seu endereço de email não será publicado|"
    r"por favor,? digite seu (?:comentário|nome)|digite seu (?:comentário|nome)|"
    r"ваш адрес email не будет опубликован|"
    r"sähköpostiosoitettasi ei julkaista|az e-mail címed nem kerül nyilvánosságra|"
    r"(?:το )?(?:email|e-mail|ηλεκτρονικό ταχυδρομείο) σας δεν θα δημοσιευ(?:θεί|τεί)|"
    r"din e-mail(?:adresse)? (?:vil ikke blive|bliver ikke) (?:offentliggjort|vist)|adresa (?:ta )?de e-?mail nu va fi publicată|"
    r"a hozzászólások? (?:megtekintéséhez|írásához)|jelentkezzen be a hozzászóláshoz|"
    # "You must be logged in to comment", in other languages: "Vous devez être connecté pour commenter."
    r"vous devez être (?:connecté|identifié)(?:e|·e|\(e\))? pour (?:commenter|réagir|publier un commentaire)|"
    r"sie müssen (?:sich )?(?:angemeldet|eingeloggt) sein,? um (?:zu )?kommentieren|"
    r"debes? (?:iniciar sesión|estar registrado|registrarte) para (?:comentar|dejar un comentario)|"
    r"devi (?:essere )?(?:loggato|registrato|effettuare il login|accedere) per (?:commentare|lasciare un commento)|"
    r"(?:você )?precisa (?:estar logado|fazer login|entrar) para comentar|"
    r"je moet (?:ingelogd|aangemeld) zijn om (?:te )?reageren|"
    r"musisz (?:być )?zalogowan[ya],? (?:aby|żeby) (?:dodać komentarz|komentować))\b", re.IGNORECASE)
_REPLY_BUTTON = regexes.compile(r"\b(?:reply|responder|antworten|répondre|ответить|відповісти)\b")
# A Korean portal's comment box (댓글, "comments"): "로그인 후 댓글을 남길 수 있습니다.", "삭제한 댓글은 다시 복구할 수
# 없습니다.", "댓글 수정은 작성 후 1분내에만 가능합니다.", "BEST 댓글 …", "내 댓글 모음".
# (A box's own words end politely, "…습니다.", or not at all ("내 댓글 모음"); a story's sentence ends "…밝혔다.")
_KOREAN_UI_ENDING = regexes.compile(r"(?:니다|세요)\.?$|^[^.。]{1,20}$")
_KOREAN_COMMENT_BOX = regexes.compile(r"로그인|삭제한 댓글|댓글 (?:수정|작성|입력|정렬|모음)|(?:BEST|베스트|내) 댓글|댓글을 (?:남기|남겨|입력|작성)|"
                                      r"답글과 추천")
# "Related"/"Read more" sections and inline teasers.
RELATED = regexes.compile(
    r"^(?:" + _words(
        r"related(?: [\w-]+){0,3}", r"read more", r"read also", r"see also", r"read next", r"what to read next", r"up next",
        r"more (?:from|on|stories|news|in)\b.*", r"[\w'’ -]{2,30}:\s*more (?:from|in|on) (?:this|the|our)\b.*",
        r"you (?:may|might) also like", r"recommended(?: for you| reading| reads| stories| articles)?",
        r"recommended (?:by|from) [\w .&'’-]{2,40}", r"recommendations",
        r"most (?:read|popular|viewed)(?: (?:on|in|from) [\w .&'’-]{2,40})?", r"trending(?: now)?", r"latest (?:news|stories|posts)", r"recent (?:posts|comments)",
        r"popular (?:posts|stories|articles|(?:opinion|opinions|news|sport|business) (?:articles|stories|pieces))",
        r"more opinion", r"more from opinion",
        # ("Opinions on the war in Ukraine": not a crosshead saying what they are, "Opinions on the stadium are mixed".)
        r"opinions on (?![\w'’ -]*\b(?:are|is|was|were|vary|varies|differ|differs|remain|remains|split|divided|mixed)\b)"
        r"[\w'’-]+(?: [\w'’-]+){0,4}", r"top stories", r"editor'?s picks", r"also (?:read|on|in)\b.*",
        r"mehr zum thema", r"mehr (?:aus|von|zu|über)\b.*", r"mehr [\w-]+", r"weitere (?:meldungen|nachrichten|themen)",
        r"plus d'(?:actualités|infos|articles)", r"más (?:noticias|información)", r"mais notícias",
        r"altre notizie", r"das könnte sie auch interessieren", r"auch interessant", r"lesen sie auch", r"weitere artikel",
        r"à lire aussi", r"lire aussi", r"pour en savoir plus", r"en savoir plus",
        # ("Lire aussi l'éditorial |", "Read also our analysis": the kind of piece the link is to, named.)
        r"(?:à )?lire aussi (?:l['’]|le |la |les |notre |nos )?(?:éditorial|enquête|analyse|entretien|tribune|chronique|"
        r"reportage|décryptage|portrait|récit|interview)",
        r"read (?:also|more) (?:our |the )?(?:editorial|analysis|interview|explainer|investigation|column|profile)", r"(?:à )?écouter aussi", r"écoutez aussi", r"à voir aussi", r"regardez aussi", r"escuch[ae] también", r"ascolta anche", r"sur le même sujet", r"sur le même thème", r"dans la même rubrique", r"notre sélection", r"les plus lus", r"voir aussi",
        r"lee también", r"te puede interesar", r"noticias relacionadas", r"más leídas", r"ver también",
        r"leia (?:também|mais)", r"veja (?:também|mais)", r"mais lidas", r"postage(?:m|ns) recentes?",
        r"notícias relacionadas", r"leggi anche", r"potrebbe interessarti", r"lees ook", r"meer nieuws",
        r"читайте (?:также|тоже)", r"(?:ещ[её] )?по теме", r"(?:ще|більше) на тему", r"похожие новости", r"популярное", r"читайте також", r"по темі",
        r"новини на тему", r"כתבות נוספות", r"קראו? (?:עוד|גם)", r"עוד באתר", r"אולי יעניין אותך", r"اقرأ أيض\u064b?ا\u064b?", r"الأكثر (?:قراءة|مشاهدة|تداول\u064b?ا\u064b?)", r"مقالات ذات صلة", r"مقالات أخرى(?: لل?كاتب| للمؤلف)?", r"المزيد من مقالات(?: الكاتب)?",
        # "Read more MarketDesk coverage on chips"; Vietnamese "Xem thêm", "Tin liên quan"; Hindi "ये भी पढ़ें".
        r"read more [\w .&'’-]{2,30} coverage(?: (?:on|of) [\w -]{2,30})?", r"xem thêm", r"tin liên quan", r"ये भी पढ़ें",
        # "See also" / "Read also" in more languages.
        r"zobacz (?:też|także|również)", r"ilgili haberler", r"benzer haberler", r"bunlar da ilginizi çekebilir", r"(?:prze)?czytaj (?:też|także|również|więcej)", r"baca juga", r"lihat juga",
        r"διαβάστε (?:επίσης|ακόμα|ακόμη)", r"läs (?:också|mer)", r"se også", r"les også", r"lue myös",
        r"čtěte (?:také|též)", r"přečtěte si (?:také|též)", r"citește și", r"olvassa el",
        r"pročitajte (?:i|još|također)", r"procitajte (?:i|još)", r"preberite (?:še|tudi)", r"čítajte (?:aj|tiež)",
        r"прочетете (?:още|също)", r"прочитајте (?:и|још)",
        # "Most read" and "More on this topic" in more languages.
        r"meest (?:bekeken|gelezen)", r"meer over (?:dit onderwerp|[\w-]+)", r"meistgelesen", r"meistgelesene artikel",
        r"i più letti", r"le più lette", r"lo más (?:visto|leído)", r"mais (?:vistas|vistos|lidos)", r"najczęściej czytane",
        r"najpopularniejsze", r"nejčtenější", r"najčítanejšie", r"najčitanije", r"cele mai citite", r"en çok okunanlar",
        r"legolvasottabb(?: cikkek)?", r"luetuimmat", r"mest lästa?(?: i [\w .&-]{2,30})?",
        r"mest læste?(?: i [\w .&-]{2,30})?", r"mest leste?(?: i [\w .&-]{2,30})?",
        r"fler (?:nyheter|artiklar)(?: (?:från|om|i) [\w .&-]{2,30})?", r"flere (?:nyheder|nyheter|artikler)",
        # "Related news" in more languages.
        r"související (?:zprávy|články|témata)", r"súvisiace (?:správy|články)", r"powiązane (?:artykuły|wiadomości)",
        r"povezane (?:vijesti|vesti|novice)", r"povezani članci", r"kapcsolódó (?:cikkek|hírek)", r"relaterte saker",
        r"relaterade artiklar", r"relaterede artikler", r"aiheeseen liittyvät", r"berita terkait", r"artikel terkait",
        r"ezeket (?:is )?olvasta már\?", r"ez(?:ek)? is érdekelheti?k?\??", r"ajánljuk még", r"ne hagyja ki",
        r"свързани (?:новини|статии)", r"susijusios naujienos", r"saistītās ziņas", r"相关新闻", r"相關新聞", r"関連記事", r"関連(?:ファイル|リンク)",
        r"관련 ?기사", r"עוד בנושא",
        # A programme's page: "More episodes", "Další díly".
        r"(?:more|all|previous) episodes", r"další (?:díly|epizody)", r"ďalšie (?:diely|epizódy)", r"autres épisodes",
        r"otros episodios", r"altri episodi", r"więcej odcinków", r"andere afleveringen", r"fler avsnitt",
        r"другие выпуски", r"інші випуски",
    ) + r")\s*[:.»>|-]*\s*$", re.IGNORECASE)
RELATED = grouped_by_opening(RELATED)  # (its labels grouped by first letter: the same matches, fewer tries)
# An inline teaser: a short label in capitals glued to a headline ("READ MORE: …", "VEJA  …").
_TEASER_LABEL = regexes.compile(
    r"^(?:[A-ZÀ-ÞА-ЯЁІЇЄΑ-Ω][A-ZÀ-ÞА-ЯЁІЇЄΑ-ΩΆ-Ώ'’ ]{1,24}?|(?:read|see|watch|listen|lesen|lire|leia|veja|lee|mira|leggi|"
    r"читайте|дивіться|смотрите|baca|lihat|zobacz|czytaj|przeczytaj|διαβάστε|läs|čtěte|pročitajte|procitajte|preberite|"
    r"čítajte|прочетете|прочитајте|lees|citește|citeste|lue|קראו|קרא|اقرأ)(?: \w[\w\u064b-\u065f\u0300-\u036f]*)?)"
    r"(?:\s*[:|»>]\s*|\s{2,})(?=\S)", re.IGNORECASE)  # (Arabic marks are no \w: "اقرأ أيضاً:")
_RELATIVE_WORD = regexes.compile(r"\b(?:which|who|whose|that|where|qui|que|dont|der|die|das|den|dem|który|która|które|"
                                 r"cuyo|cuya|che|cui|який|яка|что|который|которая)\b", re.IGNORECASE)
_GLUED_READ_ALSO = regexes.compile(r"^((?:à |a )?lire aussi|lesen sie auch|read also|see also|leia também|lee también|"
                                   r"leggi anche|czytaj (?:także|też)|zobacz (?:także|też)|читайте (?:также|також)|"
                                   r"lees ook|läs också|læs også|les også)\s+(?=[A-ZÀ-ÞА-ЯЁІЇЄ«\"„“])", re.IGNORECASE)
_TEASER_WORDS = regexes.compile(
    # (French sets "À" before the verb: "À lire aussi : …", "À voir aussi".)
    r"^(?:(?:à|a) lire|(?:à|a) (?:voir|écouter|ecouter|découvrir) aussi|read|see|watch|listen|more|also|related|lesen|mehr|lire|aussi|voir|leia|veja|ver|lee|mira|leggi|"
    r"guarda|читайте|смотрите|дивіться|також|также|ещё|тоже|related|trending|latest|breaking|video|photos?|gallery|"
    r"baca|lihat|zobacz|czytaj|przeczytaj|διαβάστε|läs|čtěte|pročitajte|procitajte|preberite|čítajte|прочетете|"
    r"прочитајте|lees|citește|citeste|lue|קראו|קרא|اقرأ|xem thêm|đọc thêm|"
    # (Whole phrases, not "les" or "xem" alone: French "Les enjeux : …" is no teaser's label.)
    r"les også|les mer|læs også|læs mere|loe ka|loe lisaks|skaitykite|skaityk|"
    r"прочети|pročitaj|"
    # (What a box offers "may interest you": "Te puede interesar: …", "Ti potrebbe interessare: …".)
    r"(?:también )?te puede interesar|te podría interesar|puede interesarte|ti potrebbe interessare|potrebbe interessarti|"
    r"das könnte sie auch interessieren|vous aimerez aussi|you may also like|you might also like|"
    r"watch|podcast|opinion|analysis|live|exclusive)(?!\w)", re.IGNORECASE)
# A credit's label opening a line (not "Video of giant hailstones … was filmed in Italy": a headline that opens on
# what it shows), or an agency's or picture library's name anywhere in it.
_PHOTO_CREDIT = regexes.compile(
    r"^(?:\(?\s*(?:photo|photos|photograph|photography|image source|image caption|media caption|image|images|picture|pic|"
    r"file (?:photo|image|picture)|representative (?:photo|image)|representational (?:photo|image)|"
    r"video|credit|credits|illustration|graphic|source|"
    r"foto|fotos|fot|bild|bildquelle|quelle|imagen|imagem|crédito|crédit|crédits|фото|фото:|источник|джерело|צילום|"
    r"צילומים|تصوير|الصورة|صورة)\b(?!\s+of\b)\s*(?:by|de|von|:|：|/|-|–|—)?|\(?photo by\b|ảnh\s?:"
    # Words that also open ordinary sentences ("Kuva muuttui …", "Beeld en geluid"): a credit only with its mark.
    r"|(?:beeld|kuva|fotó|zdjęcie|snímka|fotografie|screenshot|capture d['’]écran|captura de pantalla|zrzut ekranu)\s*[:/|©])"
    r"|(?:getty images|shutterstock|reuters/|/reuters|ap photo|afp via getty|/afp|\(ap\)$|\bepa\b|/ap\b|alamy|"
    # (The Turkish agency by its full name or after a slash: "Anadolu Demirspor", "Anadolu Efes" are clubs.)
    r"imago|dpa\b|sputnik|anadolu (?:agency|ajansı|ajansi)|/\s*anadolu\b|anadolu\s*/|"
    # (Or the agency's name closing the line, alone or after a photographer's: "Ali Jadallah - Anadolu", "© Anadolu".)
    r"(?:^|[-–—|©,(\[:]\s*)anadolu(?:\s+(?:photo|images|agency))?[)\]]?$|anadolu images|pool photo|via reuters|"
    r"via ap\b)", re.IGNORECASE)
# A photographer's name and the outlet or agency after a slash: "Lena Morcombe / Northshore Public Radio", "Jan Horák /
# ČTK" (a byline's place after the slash, "Emre Kaya / Güneykent", is no outlet).
# (A broadcaster's or a picture desk's: "Jane Holt / The Washington Post", "Anna Pryce / Bloomberg News" are bylines.)
_NAME_SLASH_MEDIA = regexes.compile(r"^[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){1,2} / (?:[A-ZÀ-Þ][\w&'’.-]*\s){0,4}"
                                    r"(?:Radio|TV|Television|Télévision|Fernsehen|Rundfunk|Photo|Photos|Foto|Images?|Pictures|"
                                    r"Broadcasting)\b(?:\s[A-ZÀ-Þ0-9][\w&'’.-]*){0,3}$")
NAME_CREDIT = "photo credit (a photographer and the outlet)"
# A fact-check desk's tip line, the line opening on it (not a detective's advice quoted: "… send it to our tipline and
# delete it," she said).
_TIP_LINE = regexes.compile(r"^send (?:it|them) to our (?:whatsapp |telegram |signal )?tip ?line\b(?![^.]*\b(?:said|says|told)\b)")
# How long a broadcaster keeps a clip: "Tillgänglig till 14 mars 2026", "Available until 14 March", "Verfügbar bis …",
# "Available for over a year", "Available for 29 days".
AVAILABLE_UNTIL = regexes.compile(r"^(?:available (?:until|till)|verfügbar bis|tillgänglig till|tilgængelig til|"
                                  r"tilgjengelig til|katsottavissa|disponible (?:jusqu|hasta)|beschikbaar tot|"
                                  r"dostępn[ye] do|disponibile fino|dostupné do)\b|"
                                  r"^available for (?:over |more than )?(?:a|an|one|\d+) (?:years?|months?|weeks?|days?)\.?$|"
                                  # ("この動画は2025年4月12日まで視聴できます", "이 영상은 5월 2일까지 시청할 수 있습니다")
                                  r"^この(?:動画|映像|番組)は.{1,24}まで(?:視聴|配信|公開|ご覧)[^、。「」]{0,12}(?:ます|です)。?$|"
                                  r"^이 (?:영상|동영상)[은는] .{1,24}까지 (?:시청|공개)[^,]{0,15}니다\.?$",
                                  re.IGNORECASE)
# "…, ארכיון | צילום: מרידיאן", "… | Photo: Meridian": a caption, then its credit's label and name after a bar.
_BAR_CREDIT = regexes.compile(r"\s\|\s*(?i:photo|foto|fotó|фото|צילום|תמונה|تصوير|kuva|zdjęcie|bild|image)\s*:\s*[^|:]{1,40}$")
# "(Adds Kremlin reaction in paragraph 9)", "(Updates with vote)": a wire's note on its story's new version.
_WIRE_UPDATE_NOTE = regexes.compile(r"^\((?:Adds|Updates|Recasts|Changes|Corrects|Fixes|Refiles|Rewrites|Releads|Repeats|Tops)\b[^()]*\)$")
# A short caption whose credit is an agency's name after its full stop: "…, en una imagen de archivo. EFE" (not a
# wire paragraph signed so: "…, the ministry said. AFP").
_AGENCY_AFTER_CAPTION = regexes.compile(r"\.\s(?:efe|afp|reuters|ap|ansa|pap|tass|xinhua|kyodo|yonhap|europa press|anp|belga|"
                                        r"čtk|ctk|mti|bta)$")
_SAYS_IN_CAPTION = regexes.compile(r"\b(?:said|says|told|dijo|afirmó|declaró|aseguró|sagte|erklärte|a déclaré|a dit|ha detto|"
                                   r"disse|powiedział|zei)\b")
# "Photos: In Zaporizhzhia, waiting for Geneva under the drones": a gallery's headline, not a credit ("Photo: Jo Marsh/AFP").
_GALLERY_LABEL = regexes.compile(r"^(?:photos|pictures|in pictures|video|watch|gallery)\s*:\s*", re.IGNORECASE)


def _gallery_headline(text: str) -> bool:
    label = _GALLERY_LABEL.match(text)
    if not label:
        return False
    rest = text[label.end():].split()
    return len(rest) >= 5 and sum(1 for w in rest if w[:1].islower() and w not in ("by", "and", "via", "for", "de", "von")) >= 2


# A news or photo agency's name on a line of its own sits under a picture.
_AGENCY_ONLY = regexes.compile(r"^(?:AFP|AP|EPA|EPA-EFE|Reuters|TASS|dpa|Xinhua|ANSA|EFE|PAP|UNIAN|Ukrinform|Interfax|"
                               r"RIA Novosti|Getty|Getty Images|Shutterstock|Alamy|Imago|Keystone|Anadolu|Sputnik|"
                               r"Associated Press|Agence France-Presse)\s*[.:]?$", re.IGNORECASE)
# A caption saying only that the picture is not of the event: "Representative image", "File photo", "Symbolbild".
_STOCK_CAPTION = regexes.compile(r"^(?:representative (?:image|photo|picture)|image for representation|(?:archive|file|stock) "
                                 r"(?:image|photo|picture)|symbolbild|symbolfoto|archivbild|image d'illustration|photo d'illustration|"
                                 r"imagen de archivo|foto de archivo|imagen ilustrativa|foto d'archivio|immagine di repertorio|"
                                 r"foto ilustrativa|archieffoto|ảnh minh họa|ảnh minh hoạ|资料图|资料图片|प्रतीकात्मक तस्वीर)\W*$",
                                 re.IGNORECASE)
# An author photo's alt text copied with the byline: "Jo Bell headshot", "Jo Bell profile picture", "Photo of Jo Bell" (a
# name and what the picture is). Never a headline, and no photo's credit: the line above it is no caption.
_PORTRAIT_ENDS = ("headshot", "head shot", "mugshot", "profile picture", "profile photo", "profile image", "profile pic",
                  "avatar", "portrait", "author photo", "author image", "byline photo", "byline image")
_PORTRAIT_STARTS = ("photo of ", "picture of ", "image of ", "portrait of ", "headshot of ", "portret van ", "foto van ",
                    "porträt von ", "foto von ", "bild von ", "portrait de ", "photo de ", "retrato de ", "foto de ",
                    "ritratto di ", "foto di ")
# (A name may hold a particle: "Pieter de Vries", "Anna von Berg".)
_PORTRAIT_NAME = r"(?:(?:[A-ZÀ-ÞŁŚŠŽ][\w'’.-]*|de|van|der|den|von|da|di|del|della|dos|du|la|le|ten|ter)\s+){1,4}[A-ZÀ-ÞŁŚŠŽ][\w'’-]*"
_PORTRAIT_ALT = regexes.compile(r"^(?:[A-ZÀ-ÞŁŚŠŽ][\w'’.-]*\s+){1,3}[A-ZÀ-ÞŁŚŠŽ][\w'’-]*\s+(?i:" +
                                "|".join(_PORTRAIT_ENDS) + r")$|^(?i:" + "|".join(_PORTRAIT_STARTS) + r")" + _PORTRAIT_NAME + "$")
# What a video player shows when it cannot play, or before it does: "This video can not be played", "To play this video
# you need to enable JavaScript in your browser.", "The video will auto-play soon", "Tarayıcınız video etiketini …".
# A video or audio teaser: a media label, the clip's title, its length ("Watch: Zelensky says … 02:14", "VIDEO | … 1:05").
# (The label is set off by a colon, bar or dash: "Video shows a strike on the port at 10:30" is a sentence.)
_MEDIA_TEASER = regexes.compile(r"^(?:watch|video|videos|listen|audio|vídeo|ver|schauen|regarder|guarda|видео)\s?[:|–—-]\s?"
                                r".{3,150}\s\(?\d{1,2}:\d{2}(?::\d{2})?\)?$", re.IGNORECASE)
# A player's button with the clip's length: "動画を再生する（1分58秒）", "播放视频（02:31）", "Play video (1:58)".
_CLIP_LENGTH = regexes.compile(r"(?:動画|再生|视频|視頻|播放|影片|동영상|영상|재생|(?i:\bvideo|\bvídeo|\bvidéo|\bplay\b))[^()（）]{0,20}"
                               r"[(（]\s*\d{1,2}\s?(?:分|:|min\.?)\s?\d{1,2}\s?(?:秒|s|sec\.?)?\s*[)）]$")
# The clip's title under a player, its imperative label first and no full stop: "Regarder : les images de l'échange
# à la frontière", "Watch: Ukrainian delegation leaves Geneva talks", "Assista: reservatório com o menor nível".
_WATCH_LABEL = regexes.compile(r"^(?:watch|regarder|mira|vea|assista|guarda|schauen sie|sehen sie|bekijk|kijk|obejrzyj|"
                               r"zobacz wideo|izle|смотрите|дивіться|شاهد|צפו)\s?[:|–—]\s?\S", re.IGNORECASE)
_WATCH_STARTS = ("watch", "regarder", "mira", "vea", "assista", "guarda", "schauen sie", "sehen sie", "bekijk", "kijk",
                 "obejrzyj", "zobacz wideo", "izle", "смотрите", "дивіться", "شاهد", "צפו")
# A player's caption, "Видео: Новините на Хемус ТВ, 19:00 ч.", "Video: Stormen i Göteborg", and its link to more clips,
# "Гледайте още видеа", "Watch more videos", "Weitere Videos".
# A save-for-later button and what it says when pressed: "Bookmark", "Pin this recipe for later!", "Story Saved", "You can find this story in My
# Bookmarks.Or by navigating to the user icon in the top right.", "Artikel merken", "Zapisz artykuł".
_SAVE_FOR_LATER = regexes.compile(r"(?:ajouter à (?:vos|mes) (?:sélections|favoris|articles)|bookmark(?: this)?(?: article| story| page)?|(?:story|article) saved|saved to (?:my |your )?"
                                  r"(?:bookmarks|reading list|saved articles)|(?:remove from|add to) (?:my |your )?(?:bookmarks|"
                                  r"reading list|saved articles)|you can find this (?:story|article) in (?:my|your) bookmarks\b.*|"
                                  r"(?:save|pin) (?:this )?(?:article|story|recipe|post)(?: for later)?|(?:save|pin) (?:it )?for later|read later|artikel merken|"
                                  r"artikel gemerkt|zapisz artykuł|artykuł zapisany|sauvegarder l['’]article|article sauvegardé|"
                                  r"guardar artículo|artículo guardado|salva articolo|articolo salvato)[.!]?$")
_SAVE_STARTS = ("bookmark", "story", "article", "saved", "remove", "add to", "you can find", "save", "pin", "read later", "artikel",
                "zapisz", "artykuł", "sauvegarder", "guardar", "artículo", "salva", "articolo", "ajouter")
# A blog's pointer to its other posts under the story: "If you enjoyed this post, you might also like: …", "Si te ha
# gustado esta entrada, quizá te interese también: …", "Se ti è piaciuto questo articolo, leggi anche …".
_IF_YOU_LIKED = regexes.compile(r"(?:if you (?:liked|enjoyed|loved) this (?:post|article|story|recipe|piece)|"
                                r"si te ha gustado (?:esta|este) (?:entrada|artículo|post|receta)|"
                                r"se ti è piaciut[oa] quest[oa] (?:articolo|post|ricetta)|"
                                r"si vous avez aimé cet (?:article|billet)|"
                                r"wenn (?:dir|ihnen) dieser (?:beitrag|artikel) gefallen hat|"
                                r"jeśli spodobał ci się ten (?:wpis|artykuł)|se gostou (?:deste|desta) (?:post|artigo|receita))"
                                r"[,.]?\s.*(?:also|también|anche|aussi|auch|też|também|like|interese|piacere|lire|leggi|lesen)")
_LIKED_STARTS = ("if you", "si te ha", "se ti è", "si vous avez", "wenn dir", "wenn ihnen", "jeśli spodobał", "se gostou")
VIDEO_LABEL = "a video player's label (the clip's title, or a link to more clips)"
_VIDEO_LABEL = regexes.compile(r"(?i:video|видео|відео|wideo|vidéo|vídeo|βίντεο)\s?[:|–—]\s?\S")
_MORE_VIDEOS = regexes.compile(r"(?:watch more|more|see more|гледайте още|вижте още|още|смотрите ещё|смотрите еще|більше|więcej|"
                               r"zobacz więcej|weitere|mehr|plus de|voir plus de|más|ver más|altri|meer|fler|flere|lisää|"
                               r"další|daha fazla|περισσότερα) (?:videos?|видеа|видео|відео|wideo|filmów|vidéos|vídeos|video's|"
                               r"videor|videoer|videoita|videa|videolar|βίντεο)")
_VIDEO_STARTS = ("video", "видео", "відео", "wideo", "vidéo", "vídeo", "βίντεο", "watch", "more", "see", "гледайте",
                 "вижте", "още", "смотрите", "більше", "więcej", "zobacz", "weitere", "mehr", "plus", "voir", "más", "ver",
                 "altri", "meer", "fler", "flere", "lisää", "další", "daha", "περισσότερα")
_PLAYER = regexes.compile(r"\b(?:(?:this|the) video (?:can ?not|cannot|could not|can't) be played|"
                          r"to (?:play|watch|view) this video,? (?:you need to |you must |please )?enable javascript|"
                          r"enable javascript to (?:play|watch|view)|your browser does not support (?:the )?(?:html5 )?video|"
                          # (A broadcaster's rights notice under its player: "Video unavailable in your region? Find out why.")
                          r"^(?:this )?(?:video|audio) (?:is )?(?:unavailable|not available) in your "
                          r"(?:region|country|area|location)\b|"
                          # (The audio player's, as the whole line: not a sentence quoting it.)
                          r"^your browser does not support (?:the )?(?:html5 )?audio(?: element| tag)?\.?$|"
                          r"the video will auto-?play soon|para ver este v[íi]deo (?:es necesario|debes?|hay que) activar javascript|"
                          r"tarayıcınız video etiketini desteklemiyor|ihr browser unterstützt (?:das|kein|keine) video|"
                          r"pour (?:lire|voir|regarder) cette vidéo,? (?:vous devez )?activer (?:le )?javascript|"
                          r"votre navigateur ne (?:supporte|prend) pas (?:en charge )?(?:la |les )?vidéo|"
                          r"um dieses video (?:abzuspielen|anzusehen|zu sehen),? (?:müssen sie |bitte )?javascript|"
                          # (The player's error in its place: "We apologize, but this video has failed to load.")
                          r"^(?:we apologi[sz]e,? but )?(?:this|the) video (?:has )?failed to load\.?$|"
                          # (A clip's note under its player, the whole line: "Transcript not available for this clip.")
                          r"^(?:a )?transcript (?:is )?(?:not |un)available for this (?:clip|episode|video|audio|programme|program)\.?$)",
                          re.IGNORECASE)
# Before it plays, over the ad, the whole line: "The video will start after the ad", "広告の後に動画が始まります" (not
# "YouTube said the video will start after the ad.").
_PLAYER_AD = regexes.compile(r"^(?:(?:your |the )?video will (?:start|begin|play) after (?:the |this )?(?:ad|advert|advertisement)|"
                             r"das video (?:startet|beginnt) nach der werbung|"
                             r"la vidéo (?:commence|démarre|débute)(?:ra)? après (?:la|cette) publicité|"
                             r"el v[íi]deo (?:comenzará|empezará) después del anuncio|"
                             r"広告の後に動画が(?:始まります|再生されます)|광고 후 (?:동)?영상이 재생됩니다)\s*[.!…。]?$", re.IGNORECASE)
# A sign-up box's messages, shown or not: "Invalid Email", "Something went wrong, please try again later.".
_FORM_MESSAGE = regexes.compile(r"^(?:invalid e-?mail(?: address)?|please enter a valid e-?mail(?: address)?|"
                                r"something went wrong,? please try again(?: later)?|thank you for subscribing|"
                                r"you(?:'re| are) (?:now )?subscribed|ungültige e-mail-adresse|adresse e-mail invalide|"
                                r"correo electrónico no válido|e-mail inválido|geçersiz e-posta(?: adresi)?)\W*$", re.IGNORECASE)
_FORM_STARTS = ("invalid", "please", "something", "thank", "you", "ungültige", "adresse", "correo", "e-mail", "geçersiz")
# Under a broadcaster's clip, when and where it was shown: "This report was broadcast on News at Six.", "이 영상은
# 한결방송 뉴스9에서 방송되었습니다.", "この動画は北央テレビのニュースで放送されました。"
# (The programme's name capitalized, no comma, no day: not "This segment was aired in breach of the broadcasting code,
# Ofcom found.", "この映像は今月3日、夕方のニュース番組で放送されました。")
_AIRED_NOTE = regexes.compile(r"^(?:(?i:this (?:video|clip|report|segment|story) (?:was (?:first )?|first )(?:broadcast|aired|shown) "
                              r"(?:on|in)) [A-Z0-9][^.,]{1,60}\.?|이 (?:영상|기사|리포트|보도)[은는] [^,、]{2,40}에서 방송(?:되었|됐)습니다\.?|"
                              r"この(?:動画|映像|ニュース|記事)は[^,、]{2,40}で放送(?:されました|したものです)。?)$")
_AIRED_DAY = regexes.compile(r"今月|先月|昨日|今日|\d+日|지난|어제|오늘|\d+일")
# A blog's links to the series' other posts, as a line of its own: "(Previous posts in this series: part one, part
# two, part three.)", "Read the rest of the series: …".
# (In brackets, the line closes with them; bare, no sentence goes on past the links: not "(Previous posts …) This week I
# finally got round to the wheels".)
_SERIES_LINKS = regexes.compile(r"^(?:\((?:previous|earlier|other|more) (?:posts|parts|entries|articles|episodes) in this "
                                r"series\s*:[^()]*\)\.?|(?:(?:previous|earlier|other|more) (?:posts|parts|entries|articles|"
                                r"episodes) in this series|also in this series)\s*:\s*[^.!?]*\.?|read the rest of (?:this|the) series\s*:\s*[^.!?]*\.?)$")
# "Jakob Lindqvist contributed reporting from Stockholm.": a wire-style note under the story naming who else reported.
_CONTRIBUTED = regexes.compile(r"^[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){1,3}(?:(?:,| and) [A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){1,3})*"
                               r",? contributed (?:additional )?(?:reporting|research)(?: (?:from|in) [A-ZÀ-Þ][\w ,.'’-]{0,40})?\.?$")
# "Anton Sorel in Brussels contributed to this report.", after "Okafor reported from Geneva and Vasquez from Kyiv.": the
# note under an American paper's story of who reported where.
_NAME_WHERE = r"[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){0,3}(?: (?:in|from) [A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){0,2})?"
_CONTRIBUTED_TO = regexes.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){0,2} reported from [^.]{3,100}\.\s+)?"
                                  + _NAME_WHERE + r"(?:(?:,| and) " + _NAME_WHERE + r")*,? contributed (?:reporting )?to "
                                  r"this (?:report|article|story)\.?$")
# An explainer's tip box set inside the story: "Top tip: …", "Pennywise tip: Check …", "Tipp: …".
# (Not the writer's own "One tip: if you're working on a machine this old, …", "My tip:", in the story's flow; "Our
# tip:" is the outlet's box.)
_TIP_BOX = regexes.compile(r"^(?:(?!(?:One|Another|My|Last|Final)\s)[A-Z][\w'’-]+\s+)?(?:tip|tipp)\s*[:：]\s+\S")
# An explainer's reviewer under the byline: "Reviewed by the benefits team", "Fact-checked by Jo Bell", "Medically
# reviewed by Dr Ana Ruiz".
_REVIEWED_STARTS = ("reviewed", "fact", "medically", "legally", "expertly")
_REVIEWED_BY = regexes.compile(r"^(?:(?:medically|legally|expertly|fact[- ]?)\s?)?(?:reviewed|fact[- ]?checked) by\s+[^.!?]+$",
                               re.IGNORECASE)
# "Prepared by the Eastside editorial team", "Compiled by our newsdesk": a credit to a team, which names no author.
_TEAM_STARTS = ("prepared", "compiled", "curated", "edited", "produced", "put together", "written")
_TEAM_CREDIT = regexes.compile(r"^(?:prepared|compiled|curated|edited|produced|put together|written) by (?:the |our )?"
                               r"(?:[\w&'’.-]+ ){0,4}(?:editorial (?:team|board|staff)|team|desk|newsdesk|newsroom|staff|editors)$",
                               re.IGNORECASE)
# "Figure 1. Nightly catches …", "Abb. 2: …", "Рис. 3. …": a numbered figure's caption (the figure itself did not copy).
_FIGURE_STARTS = ("figure", "fig.", "fig ", "abbildung", "abb.", "figura", "gráfico", "grafico", "graphique", "chart",
                  "рис", "рисунок", "wykres", "obrázek", "obr.", "map", "graphic", "infographic", "grafik", "karte",
                  "図", "图", "그림")
# (Japanese and Chinese "図1.", "图2：", Korean "그림 3.": the same, no space needed after the mark; or the number then an
# ideographic space, "図1　開発した膜材料の断面".)
_FIGURE_CAPTION = regexes.compile(r"^(?:(?:figure|fig\.?|abbildung|abb\.|figura|gr[áa]fico|graphique|chart|рис\.|рисунок|wykres|"
                                  r"obrázek|obr\.)\s*\d{1,2}[a-z]?\s*[.:|–—-]\s+\S|(?:図|图|그림)\s?\d{1,2}(?:\s?[.:．：、]\s?|\u3000)\S)",
                                  re.IGNORECASE)
# A portal's feedback box under every page: "Was this page helpful?", "Czy ta strona była dla Ciebie pomocna?".
_SURVEY = regexes.compile(r"^(?:was this (?:page|article|information|story|fact[- ]?check|explainer|guide) (?:helpful|useful)|"
                          r"did you find this (?:page|article|story|fact[- ]?check|explainer|guide|information) "
                          r"(?:helpful|useful)|czy ta strona była (?:dla ciebie )?pomocna|"
                          r"czy te informacje były pomocne|war diese seite hilfreich|cette page vous a-t-elle été utile|"
                          r"¿?(?:te )?(?:ha resultado|fue|es) útil esta página|questa pagina (?:ti )?è stata utile|"
                          r"bu sayfa (?:size )?yardımcı oldu mu|эта страница была полезной|чи була ця сторінка корисною|"
                          r"var (?:informationen|sidan) till hjälp|var denne siden nyttig|var siden nyttig|var informationen nyttig|"
                          r"oliko (?:tästä sivusta|tämä tieto) (?:apua|hyötyä)|was deze (?:informatie|pagina) nuttig|"
                          r"byla pro vás tato (?:informace|stránka) užitečná|czy ta informacja była pomocna|"
                          r"この(?:記事|ページ|情報)は(?:お)?役に立ちましたか|(?:这篇文章|本文|此页面|这个页面)(?:对您|对你)?有帮助吗|"
                          r"(?:這篇文章|本文|此頁面)(?:對您|對你)?有幫助嗎|이 (?:기사|페이지|정보)가 도움이 (?:되었나요|되었습니까))\s*[?？]$",
                          re.IGNORECASE)
# "Wszystkie treści publikowane w serwisie są udostępniane na licencji Creative Commons …": the site's licence.
_LICENCE = regexes.compile(r"\b(?:licen[cs]ed under (?:a |the )?creative commons|(?:na )?licencji creative commons|"
                           r"licencia creative commons|licence creative commons|lizenz creative commons|"
                           r"licenza creative commons|under a creative commons (?:attribution )?licen[cs]e)", re.IGNORECASE)
# A CMS's hit counter in the article info block: "Visite: 1284", "Hits: 312", "Aufrufe: 88".
_HIT_COUNTER = regexes.compile(r"^(?:visite|visits|hits|views|aufrufe|zugriffe|vues|visitas|lượt xem)\s*:\s*[\d.,\s]+$",
                               re.IGNORECASE)
# (A count past a thousand may have its separator: "1,284 comments", "2.310 Kommentare".)
_GALLERY_COUNTER = regexes.compile(
    r"^\d+(?:[,.]\d{3})*\s*(?:/\s*\d+\s*)?(?:view gallery|photos?|images?|pictures?|comments?|replies|responses|shares?|likes?|views?|"
    r"min(?:ute)?s? read|"
    r"fotos|bilder|kommentare|commentaires|comentarios|comentários|фото|комментари\w*|תמונות|תגובות|صور)\b",
    re.IGNORECASE)
# A gallery's place, alone on its line: "1 of 2", "2 von 5". (Not "1 / 8": a slideshow's own numbering, which the
# rules for a story told in slides read; counted as a counter here, it cost one such page its slides.)
_GALLERY_POSITION = regexes.compile(r"^\d{1,2}\s+(?:of|von|de|di|av|af|z|из|з)\s+\d{1,2}$", re.IGNORECASE)
# The link to a gallery or the comments with its count after it: "Galeria zdjęć (12)", "Bildergalerie (15)",
# "コメント（124）", "댓글 (12)".
_GALLERY_LINK = regexes.compile(r"^(?:photo gallery|gallery|galeria(?: zdjęć| de fotos)?|bildergalerie|galerie|fotogalerie|"
                                r"fotogaléria|galería(?: de fotos)?|galleria(?: fotografica)?|fotogalleria|fotogalerij|"
                                r"fotogaleri|фотогалерея|コメント|댓글|评论|評論|(?:この記事の)?(?:画像|写真)(?:を(?:みる|見る))?|フォトギャラリー|사진|图片|圖片)"
                                r"\s*[(（]\d+\s*(?:枚|장|张|張)?[)）]$", re.IGNORECASE)
# "0FãsCurtir", "12SharesShare": a count glued to a button label.
_FOLLOWERS = regexes.compile(r"^[\d.,]+\s?[KkMm]?\s+(?:followers|following|subscribers|abonnenten|abonnés|seguidores|"
                             r"follower|obserwujących|подписчик\w*|підписник\w*)$", re.IGNORECASE)
# A like button with its count: "いいね！ 124", "좋아요 37", "Likes: 1.2K", "124 likes", "Gefällt mir 12".
_LIKES = regexes.compile(r"^(?:(?:いいね[！!]?|좋아요|点赞|赞|讚|likes?|gefällt mir|j['’]aime|me gusta|mi piace|curtir|"
                         r"polub|lubię to|tykkää|gilla|vind ik leuk|beğen)\s*[:：]?\s*[\d.,]+\s?[KkMm万]?|"
                         r"[\d.,]+\s?[KkMm]?\s+(?:likes|curtidas|me gusta|mentions j['’]aime|polubień|beğeni))$", re.IGNORECASE)
_GLUED_COUNTER = regexes.compile(r"^\d+[^\W\d_]+(?:[A-ZÀ-Þ][^\W\d_]*)*$")
_ADVERT = regexes.compile(  # (between dashes too: the Newspaper theme's "- Advertisement -")
    r"^(?:[-—–]\s*)?(?:advertisements|advertisement|advertising|advert|sponsored(?: content| message)?|sponsor message|ad|ads|promoted|paid content|partner content|"
    r"story continues below(?: advertisement)?|continue reading below|scroll to continue(?: with (?:the )?content| reading)?|"
    r"anzeige|werbung|publicité|"
    # A chain's template marks each stretch of text between two ad slots: "Advertisement 2" / "Article content".
    r"article content|"
    r"publicidad|publicidade|pubblicità|advertentie|реклама|פרסומת|إعلان|skip advertisement|reklam|reklama|annons|"
    r"pub|"  # (Portuguese "PUB", the slot's label)
    r"annonse|mainos|διαφήμιση|διαφημιση|광고|広告|广告|廣告|スポンサーリンク|hirdetés|annonce|publicitate|inzerce|reklāma|reklaam|report (?:this )?ad|ad feedback|why this ad\??|"
    # Croatian, Serbian, Bosnian, Slovene, Slovak, Bulgarian, Lithuanian, Vietnamese, Indonesian, Hindi.
    r"oglas|oglasi|oglas ispod|reklamni prostor|oglasno sporočilo|inzercia|quảng cáo|iklan|विज्ञापन|"
    r"article continues (?:below|after (?:this )?advertisement)|"
    # A newsletter's "— A WORD FROM OUR SPONSOR —".
    r"[-—–\s]*(?:a )?(?:word|message) from (?:our|this week's|today's) sponsors?[-—–\s]*)(?:\s+\d{1,2})?\s*[:.]?(?:\s*[-—–])?$",
    re.IGNORECASE)
_NAV = regexes.compile(
    r"^(?:home|menu|main menu|navigation menu|site menu|hauptmenü|hauptnavigation|menu principal|menú principal|"
    r"search|close|open|(?:(?:skip|jump) to (?:the )?(?:main |site |page )?(?:content|navigation|index|search|"
    r"footer|menu)\s*)+|toggle navigation|back to top|ページの先頭へ(?:戻る)?|ページトップへ(?:戻る)?|トップへ戻る|返回顶部|맨 ?위로|"
    # A menu's or a search box's toggle, read out: "Open side navigation menu", "Close search bar".
    r"(?:open|close|toggle|show|hide) (?:the )?(?:side |main |site |mobile )?(?:navigation|nav|menu|search)"
    r"(?: (?:menu|bar|panel|box|field|drawer))?|"
    r"print|email|next|previous|prev|more|show more|load more|see more|buy now|buy this photo|order a print|"
    # A live page's foot: "You've reached the end of the live blog", "Sie haben das Ende des Liveblogs erreicht".
    r"you(?:'ve|’ve| have) reached the end of (?:the|this|our) live ?blog\.?|"
    r"sie haben das ende (?:des|dieses) live-?(?:blogs|tickers) erreicht\.?|vous (?:avez atteint|êtes arrivés?) (?:à )?la fin du direct\.?|"
    r"view all|all rights reserved\.?|privacy policy|terms of (?:use|service)|contact us|about us|imprint|impressum|"
    r"datenschutz|mentions légales|aviso legal|política de privacidade|accessibility|sitemap|rss|newsletters?|"
    r"mapa strony|mapa del sitio|mapa do site|plan du site|mappa del sito|site map|"
    r"podcasts?|video|videos|photos|live|latest|breaking news|trending|español|english|deutsch|français|"
    # "Read more" and "show more" buttons, and a newsletter box's name, in Japanese, Chinese and Korean.
    r"続きを読む|もっと見る|さらに表示|阅读全文|阅读更多|查看更多|閱讀全文|閱讀更多|더보기|더 보기|전체보기|"
    # A share row in Japanese: "Xでポスト", "Facebookでシェア", "LINEで送る", "はてなブックマーク".
    r"(?:x|twitter|facebook|line|threads|instagram|はてな)で(?:ポスト|シェア|送る|共有|ツイート)|はてなブックマーク|"
    r"この記事をシェア(?:する)?|この記事を共有(?:する)?|(?:url|リンク)をコピー(?:する)?|"
    r"(?:メールマガジン|メルマガ|뉴스레터|电子报|電子報)(?:\s*[「『“(（][^」』”)）]{1,30}[」』”)）])?|"
    r"português|русский|українська|עברית|العربية|startseite|accueil|inicio|início|главная|головна|ראשי|strona główna|"
    r"الرئيسية|stay connected|follow us|share|tweet|copy link|copied|listen|save|saved|gift (?:this )?article|"
    # (A recipe blog's Pinterest button, "Pin"; Arabic "copy link" and "share".)
    r"pin|pin it|نسخ الرابط|انسخ الرابط|مشاركة|"
    r"offrir (?:l['’]|cet )article|artikel verschenken|regala (?:l['’]articolo|este artículo)|regalar (?:el )?artículo|"
    r"oferecer (?:o )?artigo|podaruj artykuł|"
    # "Share" and "Save" alone, a button's label, in more languages ("Delen", "Dela", "Del", "Gem", "Jaa", "Sdílet").
    r"delen|deel|dela|del|gem|lyt|jaa|podijeli|dijeli|sdílet|zdieľať|megosztás|distribuie|partilhar|κοινοποίηση|bagikan|chia sẻ|"
    r"sao chép liên kết|zalo|salin tautan|kopiraj poveznicu|kopijuoti nuorodą|копирай линка|копирај линк|"
    r"kopioi linkki|kopiera länk(?:en)?|kopier lenke(?:n)?|kopiér link(?:et)?|link másolása|kopírovať odkaz|"
    r"spara|lagre|tallenna|opslaan|bewaren|uložit|uložiť|zapisz|mentés|spremi|speichern|enregistrer|guardar|"
    r"lyssna|lytt|kuuntele|luister|ascolta|écouter|escuchar|ouvir|posłuchaj|poslechnout|vypočuť|anhören|"
    r"zum inhalt springen|aller au contenu|ir al contenido|ver mais|voir plus|mehr anzeigen|"
    # A page's row of skip links, each on its line: "Aller au menu", "Aller à la recherche", "Accessibility Help".
    r"(?:aller|passer) (?:au|à la|à l'|aux) (?:menu|recherche|pied de page|navigation)(?: principale?)?|"
    r"ir (?:al|a la) (?:menú|búsqueda|buscador|pie de página|navegación)|"
    r"(?:zur|zum) (?:navigation|suche|menü|fußzeile)(?: springen)?|accessibility (?:help|links|statement)|"
    # A skip link in other languages: "Ga direct naar inhoud", "Vai al contenuto principale", "Przejdź do treści".
    r"direkt zum (?:haupt)?inhalt|zum hauptinhalt|aller au contenu principal|passer au contenu|saltar al contenido|"
    r"ir al contenido principal|ga (?:direct )?naar (?:de )?(?:hoofd)?inhoud|naar (?:de )?hoofdinhoud|"
    r"vai al contenuto(?: principale)?|ir para o conteúdo|pular para o conteúdo|przejdź do (?:treści|zawartości|stopki|menu|wyszukiwarki)|"
    r"hoppa till (?:huvud)?innehåll(?:et)?|siirry (?:pää)?sisältöön|gå til (?:hoved)?ind(?:hold|holdet)|"
    r"hopp til (?:hoved)?innhold(?:et)?|mine (?:põhi)?sisu juurde|pāriet uz (?:galveno )?saturu|pereiti prie (?:pagrindinio )?turinio|"
    r"přejít na (?:hlavní )?obsah|prejsť na (?:hlavný )?obsah|ugrás a (?:fő)?tartalomra|sari la conținut(?:ul principal)?|"
    r"içeriğe (?:geç|atla)|ana içeriğe (?:geç|atla)|μετάβαση στο (?:κύριο )?περιεχόμενο|перейти к (?:основному )?(?:содержанию|контенту)|"
    r"перейти до (?:основного )?(?:змісту|вмісту|контенту)|דלג (?:לתוכן|לתוכן המרכזי|לתוכן העיקרי)|הצהרת נגישות|"
    # (Arabic and Persian: "انتقل إلى المحتوى الرئيسي", "تخطى إلى المحتوى", "رفتن به محتوای اصلی".)
    r"(?:انتقل|انتقال|اذهب|الانتقال|تخط[ىي]|التخطي) (?:إلى|الى) (?:المحتوى|المحتويات)(?: الرئيسي)?|رفتن به (?:محتوای )?(?:اصلی|محتوا)|"
    # (Japanese, Chinese, Korean: "本文へスキップ", "メインコンテンツへスキップ", "跳到主要内容", "본문 바로가기".)
    r"(?:本文|メインコンテンツ|コンテンツ)(?:へ|に)(?:スキップ|移動)(?:する)?|跳(?:到|至|转到)(?:主要|正文)?(?:内容|正文)|"
    r"跳(?:到|至)主要內容|본문\s?바로\s?가기|본문으로\s?(?:바로\s?)?가기|"
    # (And the link beside them: "无障碍浏览" (accessible browsing).)
    r"无障碍(?:浏览|阅读|模式)?|無障礙(?:瀏覽|閱讀|模式)?|"
    r"(?:go|skip|jump) to (?:the )?comments|ir a los comentarios|zu den kommentaren|aller aux commentaires|"
    r"ir para os comentários|vai ai commenti|к комментариям|до коментарів|play now|watch now|play video|(?:tap|click) to play|"
    r"reproducir v[íi]deo|video abspielen|lire la vidéo|"
    # (A player's buttons in Arabic, Persian, Hebrew, Turkish: "تشغيل الفيديو", "پخش ویدیو", "הפעל וידאו", "Videoyu oynat".)
    r"تشغيل (?:الفيديو|المقطع)|شغّل الفيديو|پخش (?:ویدیو|ویدئو)|הפעל(?:ת)? (?:וידאו|סרטון)|videoyu oynat|video oynat)\s*[:.!]?$",
    re.IGNORECASE)
_COPYRIGHT = regexes.compile(r"(?:^©|^\(c\)\s|copyright\s*(?:©|\d{4})|\S\s*©\s*(?:19|20)\d\d\b|all rights reserved|alle rechte vorbehalten|"
                             r"tous droits réservés|todos los derechos reservados|todos os direitos reservados|"
                             r"все права защищены|всі права захищені|כל הזכויות שמורות|جميع الحقوق محفوظة|"
                             r"tutti i diritti riservati|riproduzione riservata|tous droits de reproduction réservés|"
                             r"wszelkie prawa zastrzeżone|alle rechten voorbehouden|"
                             # (Korean: "… 무단 전재와 복사, 배포 등을 금합니다", "무단전재 및 재배포 금지".)
                             r"무단\s?전재[^.]{0,30}(?:금지|금합니다)\.?\s*$)", re.IGNORECASE)
# "Zpravodajství NZA je chráněno autorským právem. Jakékoli další šíření … je zakázáno.": a notice that the content is
# protected, with what it forbids (the reuse) — not a story's sentence about copyright. (Read on lowercase text.)
_PROTECTED = regexes.compile(r"chráněn[oaéý]? autorským (?:právem|zákonem)|chránené autorským zákonom|chronione prawem autorskim|"
                             r"urheberrechtlich geschützt|auteursrechtelijk beschermd|protett[oa] dal diritto d'autore|"
                             r"protegid[oa]s? por (?:derechos de autor|direitos autorais)|protected by copyright")
# What such a notice forbids: "je zakázáno", "is prohibited", "ist untersagt".
_FORBIDDEN = regexes.compile(r"zakázán|zakázan|zabronion|prohibited|forbidden|not permitted|untersagt|nicht gestattet|verboden|"
                             r"interdit|prohibid|proibid|vietat|nicht erlaubt|not allowed")
_REUSE = regexes.compile(r"šíření|rozšiřování|kopírování|šírenie|rozpowszechnianie|kopiowanie|weiterverbreitung|vervielfältigung|"
                         r"verspreiding|verveelvoudiging|riproduzione|diffusione|reproducción|distribución|reprodução|"
                         r"distribuição|reproduction|redistribution|republication|copying")
# Every _COPYRIGHT shape holds one of these (substring tests pass most lines over before the pattern runs).
_COPYRIGHT_KEYS = ("©", "(c)", "copyright", "rights reserved", "rechte vorbehalten", "droits", "derechos", "direitos",
                   "права", "הזכויות", "الحقوق", "diritti riservati", "riproduzione riservata", "prawa zastrzeżone",
                   "rechten voorbehouden", "autorsk", "prawem autorskim", "urheberrechtlich", "auteursrechtelijk",
                   "diritto d'autore", "derechos de autor", "direitos autorais", "protected by copyright", "무단")
# A site footer's legal small print: reproduction notices, trademarks, market-data delays, registrations.
_LEGAL = regexes.compile(r"\b(?:reproduction interdite|prohibida (?:la )?reproducción|niets uit deze uitgave|"
                         r"(?:is a|are|is a registered) trademarks? of|ist ein angebot (?:der|des|von)|ohne gewähr|"
                         r"(?:quotes|data) (?:are |is )?delayed (?:by )?(?:a minimum of|at least)|testata registrata|"
                         r"registered in england|company registration|"
                         # "Використання матеріалів сайту дозволяється лише за умови гіперпосилання …": reuse on a link's terms.
                         r"(?:використан|цитуван|передрук|использовани|цитировани|перепечатк)\w* (?:будь-яких |любых )?"
                         r"(?:матеріал|материал)\w*[^.]{0,120}(?:гіперпосиланн|посиланн|гиперссылк|ссылк))", re.IGNORECASE)
# Imprint and registration lines: "Издание зарегистрировано в …", "Registered charity no. …", "Ansvarig utgivare: …",
# "ідентифікатор медіа …", "Αριθμός Μητρώου …" (each holds one of _IMPRINT_KEYS: most lines skip the pattern).
_IMPRINT_KEYS = ("зарегистрирован", "ідентифікатор", "charity", "ansvarig", "μητρώου", "édité par", "published by",
                 "herausgegeben von", "editado por", "edito da", "registered office", "licensed by ofcom")
# (And a site saying which company publishes it: "Le Veilleur est édité par la Société éditrice du Veilleur SA.")
_IMPRINT = regexes.compile(r"(?:издание|сми|сайт) зарегистрирован|ідентифікатор медіа|registered charity|charity (?:no|number)\b|"
                           r"ansvarig utgivare|αριθμός μητρώου|registered office\s*:|"
                           # ("Solway Sound is a community radio station licensed by Ofcom.": the line's own opening
                           # sentence, ending there — not "…, which is a service licensed by Ofcom, was found …".)
                           r"^(?-i:[A-Z])[\w'’&. ]{1,40} (?:is|are) (?:a |an )?(?:[a-z\-]+ ){0,3}(?:station|broadcaster|service)s? "
                           r"licensed by ofcom\.(?:\s|$)|"
                           r"^(?-i:[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*){0,4}) (?:est édité par|is published by|"
                           r"wird herausgegeben von|es editado por|è edito da) [^.]{0,60}\b(?:SA|SAS|SARL|Ltd|Limited|GmbH|AG|"
                           r"S\.A\.|S\.p\.A\.|Srl|Inc|LLC|plc|Verlag|group|groupe|gruppo|grupo|société|company)\.?$",
                           re.IGNORECASE)
# What a sign-up box says around its form: its pitch ("… στο email σας") and, once the reader has signed up, its thanks.
_SIGN_UP_HINT = regexes.compile("thank|mail|junk|spam|signed up|subscribed|σας|skrzynk")
_SIGNED_UP = regexes.compile(r"στο (?:e-?mail|inbox) σας|na (?:twoją|swoją) skrzynkę|"
                             r"\bthanks? (?:you )?for (?:signing up|subscribing|registering)|"
                             r"\b(?:welcome|confirmation) e-?mail (?:is )?on its way|\bcheck your (?:junk|spam)(?: mail)? folder|"
                             r"\byou(?:'re| are| have been) (?:now )?(?:signed up|subscribed)\b", re.IGNORECASE)
# Notices around a story, each holding one of _NOTICE_KEYS (a substring test passes most lines over): a science portal's
# "This document is subject to copyright" and "Citation: … retrieved 1 December 2026 from https://…"; a feedback
# form's prompt; imprint lines: the editor in charge, the licence, the portal's disclaimer ("Tổng biên tập:", "Số giấy
# phép", "责任编辑：", "特别声明："); a broadcaster's programme note ("Über dieses Thema berichtete … am 28. November …");
# a consent note for embedded content ("… Mehr dazu in unserer Datenschutzerklärung."); "Disclosure: …"; a
# print-edition note ("Een versie van dit artikel verscheen ook in de krant van 30 november").
_NOTICE_KEYS = ("copyright", "reproduced", "retrieved", "this form", "biên tập", "giấy phép", "责任编辑", "声明",
                "responsabile", "berichtete", "datenschutzerklärung", "privacy policy", "disclosure", "krant", "print",
                "erschien", "paru dans", "appeared in", "cc by", "creative commons", "im programm")
_NOTICES = regexes.compile(
    r"document is subject to copyright|no part may be reproduced|retrieved \d{1,2} \w+ \d{4} from|"
    # A broadcaster's wire notice: "This service may include material from AFP, … which is copyright and cannot be
    # reproduced."
    r"(?:cannot|may not) be reproduced|(?:service|site|page) may (?:include|contain) material from|"
    r"use this form if you|tổng biên tập:|số giấy phép|责任编辑|特别声明|免责声明|direttore responsabile:|"
    r"über dieses thema berichtete|dieses thema im programm:|in unserer datenschutzerklärung|see our privacy policy|(?<![\w ])disclosure:|"
    r"verscheen (?:ook )?in de krant|appeared in (?:the )?print edition|in the print edition of|"
    r"erschien (?:auch )?in der (?:gedruckten|print)|paru dans (?:l'édition|le journal) (?:papier|du)|"
    # "Cet article est paru dans l’édition du 4 avril …", "This article appeared in the April 4 edition of …", "Dieser
    # Artikel erschien in der Ausgabe vom …": the note opens its line (a story's "paru dans l’édition du 12 mai 1981"
    # or a quotation, "This story appeared in the early edition …," does not).
    r"^cet (?:article|entretien|texte) (?:est |a été )?paru dans l['’]édition\b|"
    r"^this (?:article|story) (?:first |originally )?appeared in (?:the|our) [\w ,]{0,40}edition\b|"
    r"^dieser (?:artikel|beitrag) erschien (?:zuerst |auch )?in der [\w ]{0,30}ausgabe\b|"
    # The site's licence: "Content is licensed under CC BY 4.0", "Материалы … по лицензии Creative Commons".
    r"\bcc by(?:-(?:sa|nd|nc))*(?: \d\.\d)|licen[cs]ed under (?:a |the )?creative commons|"
    r"(?:лицензи|ліцензі|lizenz|licencia|licença|licenza|licencj)\w* creative commons", re.IGNORECASE)
# "Found a typo? Select it and press Ctrl+Enter", in whatever language: the key combination says it.
_TYPO_REPORT = regexes.compile(r"\bctrl\s*\+\s*enter\b")
_PAYWALL = regexes.compile(
    r"\b(?:subscribe to (?:continue|read)|to continue reading|this (?:article|content) is (?:for|available to) subscribers|"
    r""
    r"already a subscriber|subscribers only|unlock (?:this|full) (?:article|access)|start your (?:free )?trial|"
    r"create a free account|register to (?:read|continue)|you have \d+ free articles?|exklusiv für abonnenten|"
    r"réservé aux abonnés|réservé à nos abonnés|exclusivo para suscriptores|exclusivo para assinantes|vain tilaajille|endast för prenumeranter|"
    r"kun for abonnenter|forbeholdt abonnenter|abonner for å lese|for at læse videre|prenumerera för att läsa|reservert for abonnenter|förbehållen prenumeranter|tikai abonentiem|tik prenumeratoriams|ainult tellijatele|jen pro předplatitele|csak előfizetőknek|"
    r"только для подписчиков|само за абонати|само за претплатнике|само за претплатници|μόνο για συνδρομητές|"
    r"неограничен достъп|неограничен пристап|неограничен приступ|לקריאת הכתבה המלאה|subscribe to unlock|(?:you[’']ve|you have) read your (?:last )?free article|"
    r"la suite est réservée aux abonnés|il vous reste [\d.,]+\s?% de cet article|jetzt weiterlesen mit|"
    # "Pozostało jeszcze 78% artykułu", "62% of this article remains": how much of the story the paywall hides.
    r"% of (?:this|the) (?:article|story) (?:remains|left|to read|is for subscribers)|pozosta(?:ło|je) (?:jeszcze |ci )?[\d.,]+\s?% (?:artykułu|tekstu)|noch [\d.,]+\s?% (?:des artikels|des textes)|queda(?:n)? (?:un |el )?[\d.,]+\s?% (?:del artículo|de la noticia)|resta (?:il |ancora il )?[\d.,]+\s?% dell.articolo|zbývá (?:ještě )?[\d.,]+\s?% článku|"
    r"para seguir leyendo|para continuar lendo|per continuare a leggere|"
    # A metered paywall's counter and its login prompt, the story going on under them: "Sie haben 2 von 3 kostenlosen
    # Artikeln gelesen", "Bereits Abonnent? Anmelden".
    r"you(?:[’']ve| have) read \d+ (?:of|out of) \d+ free|sie haben \d+ von \d+ (?:kostenlosen|freien|gratis)|"
    r"vous avez (?:lu|consulté) \d+ (?:sur|des) \d+ articles|has leído \d+ de \d+ artículos|hai letto \d+ (?:di|su) \d+ articoli|"
    r"przeczyta\w{1,4} \d+ z \d+ (?:darmowych|bezpłatnych)|bereits abonnent|schon abonnent|déjà abonné|"
    r"ya eres suscriptor|già abbonato|al abonnee|já é assinante|redan prenumerant|allerede abonnent|jo tilaaja|"
    # "Denna artikel är låst för dig som inte är prenumerant", "Vill du läsa vidare?": a Nordic paywall's prompt.
    r"låst för dig som inte är prenumerant|vill du läsa vidare|vil du læse videre|vil du lese videre|haluatko lukea lisää|"
    # Turkish: "Bu içeriğin devamı … abonelerine özeldir", "Haberin tamamını okumak için hemen abone olun", "Zaten abone
    # misiniz?" (said of the story itself: not "… yalnızca abonelerine özel bir kanaldan yayınlayacak").
    # ("Bu haberin devamı yalnızca abonelerimize açıktır", "… sınırsız erişim için hemen abone olun": the same offer.)
    r"(?:içeriğin|haberin|yazının) devamı [^.]{0,40}abone(?:lerine|lerimize) (?:özel|açık)\w*|"
    r"(?:haberin|içeriğin|yazının) (?:tamamını|devamını) okumak için (?:hemen )?abone ol\w*|zaten abone misiniz|"
    r"sınırsız erişim için (?:hemen )?abone olun[.!]?$)",
    re.IGNORECASE)
# A Japanese or Chinese paper's meter: "この記事は有料記事です。", "残り1180文字", "有料会員になると続きをお読みいただけます。",
# "订阅后阅读全文".
_CJK_PAYWALL = regexes.compile(r"この記事は有料記事です|残り[\d,]+文字|続きをお読みいただけます|続きを読むには|有料会員(?:限定|になると|登録)|"
                               r"この記事は会員限定|会員登録すると[^。]{0,30}(?:記事|読め)|"
                               r"订阅后(?:阅读|查看)全文|付费(?:阅读|内容|会员)|"
                               # (Korean: "이 기사는 유료회원 전용 기사입니다", "남은 기사를 읽으시려면 로그인하거나 구독해 주세요".)
                               # (The prompt's own sentence, not a story's "유료회원 전용 혜택을 확대한다".)
                               r"유료\s?회원\s?전용\s?기사입니다|유료\s?기사입니다|(?:남은|나머지)\s?기사를\s?(?:읽으|보시)[^.]{0,30}구독")
# A desk asking readers to send what it should check, by a form, WhatsApp or mail: "Send it to us on WhatsApp or through
# our tip form.", "Widzisz fałszywą informację? Zgłoś ją nam przez formularz." (A channel named and "us": not a story's
# "submit a claim through the insurer's online form".)
_TIP_REQUEST_KEY = regexes.compile(r"whatsapp|form|e-?mail|correo|courriel|modulo")
# (Said to the reader, opening its sentence, and no one's words reported: not "Readers can send their photos to us by
# email, the council said", "Schicken Sie uns Ihre Fragen per E-Mail, sagte der Bürgermeister".)
_TIP_REQUEST = regexes.compile(r"(?:^|[.?!]\s+)(?:(?:send|submit|forward|report|share)\b[^.?!]{0,40}?\b(?:to us|us on|us via|us through|us at|"
                               r"with us)\b[^.?!]{0,40}?\b(?:whatsapp|tip ?(?:form|line)|form|e-?mail)\b|"
                               # ("Have you been affected by the ferry disruption? Get in touch: text 07700 900123 or use
                               # our contact form.")
                               r"get in touch(?::|\s+with\s+us\b)[^.?!]{0,80}?\b(?:whatsapp|form|e-?mail)\b|"
                               r"\bzgłoś\b[^.?!]{0,30}?\bnam\b[^.?!]{0,30}?\b(?:formularz|whatsapp|e-?mail)|"
                               r"\b(?:schicken|senden|melden)\s+sie\s+(?:uns|es\s+uns|ihn\s+uns|sie\s+uns)\b[^.?!]{0,60}?"
                               r"\b(?:formular|whatsapp|e-?mail)|"
                               r"\b(?:envíanos|envíanoslo|mándanos|escríbenos)\b[^.?!]{0,60}?\b(?:formulario|whatsapp|correo)|"
                               r"\b(?:envoyez|signalez)-(?:nous|la-nous|le-nous)\b[^.?!]{0,60}?\b(?:formulaire|whatsapp|e-?mail|courriel)|"
                               r"\b(?:inviaci|segnalaci|mandaci)\b[^.?!]{0,60}?\b(?:modulo|whatsapp|e-?mail))")
_TIP_REPORTED = regexes.compile(r"[\"“”„«»]|\b(?:said|says|told|sagte|sagt|dijo|pidió|afirmó|a déclaré|a dit|ha detto|"
                                r"powiedział|powiedziała)\b")
TIP_REQUEST = "a request for tips (where readers send what the desk should check)"
# A Japanese desk asking readers for tips: "…検証してほしい情報を募集しています。情報提供フォームからお寄せください。"
_CJK_TIP_REQUEST = regexes.compile(r"(?:情報|ご意見|取材依頼|投稿)を募集しています|情報提供(?:フォーム|窓口)")
# Where a hard paywall says how much of the story is left unshown: the story ends there ("Il vous reste 62% de cet
# article à lire", "残り1180文字"). ("Suscríbete para seguir leyendo" heads a newsletter box inside a story too.)
_REST_HIDDEN = regexes.compile(r"[\d.,]+\s?% of (?:this|the) (?:article|story) (?:remains|left|to read|is for subscribers)|pozosta(?:ło|je) (?:jeszcze |ci )?[\d.,]+\s?% (?:artykułu|tekstu)|noch [\d.,]+\s?% (?:des artikels|des textes)|queda(?:n)? (?:un |el )?[\d.,]+\s?% (?:del artículo|de la noticia)|resta (?:il |ancora il )?[\d.,]+\s?% dell.articolo|zbývá (?:ještě )?[\d.,]+\s?% článku|il vous reste [\d.,]+\s?% de cet article|la suite est réservée aux abonnés|残り[\d,]+文字|"
                               r"続きをお読みいただけます|订阅后(?:阅读|查看)全文|"
                               r"(?:denna|den här) artikel är låst|"
                               # "Denne artikel er forbeholdt abonnenter": the whole of the rest is for subscribers.
                               r"(?:denne|den här) (?:artikel|artikkel)(?:en)? (?:er|är) (?:forbeholdt|reservert for|"
                               r"förbehållen) (?:abonnenter|prenumeranter)|this (?:article|story) is (?:reserved|only available) "
                               r"(?:for|to) subscribers|"
                               # "Abonner for å lese resten av saken", "Bliv abonnent for at læse resten", "Prenumerera för att
                               # läsa vidare": subscribe to read the rest.
                               r"abonner for å lese (?:resten|videre)|for at læse (?:resten|videre)|"
                               r"prenumerera för att läsa (?:resten|vidare)", re.IGNORECASE)


def rest_hidden(text: str) -> bool:
    return bool(_REST_HIDDEN.search(text))


# What a paywall box offers under its prompt; only read there (a story may say "per month" or "subscriptions").
_OFFER = regexes.compile(r"\b(?:cancel any ?time|digital access|unlimited access|per (?:month|year|week)|"
                         r"[$€£]\s?\d[\d.,]*\s*(?:a|per|/)\s*(?:month|week|year)|subscriptions?|(?:see|all|our) (?:the )?plans|"
                         r"(?:free )?trial|pay to read|par mois|sans engagement|abonnements?|"
                         # A plan's label and the offer's way in through an institution ("For multiple readers", "Check
                         # whether you already have access via your university").
                         r"for (?:individuals|multiple readers|organi[sz]ations|teams|businesses|students)|"
                         r"(?:already )?have access (?:via|through) your|"
                         r"suscripción|assinatura|abbonamento|abonnement|im monat|pro monat|"
                         # (The word for a subscription in more languages: Greek, Polish, Czech, Romanian, Turkish, Russian,
                         # Ukrainian, Hungarian, Swedish, Finnish.)
                         r"(?:συνδρομ|prenumerat|subskrypc|předplatn|abonament|abonelik|подписк|передплат|підписк|előfizet|"
                         r"tilaus)\w*|"
                         # (Unlimited access to all of a site, in more languages: "Αποκτήστε απεριόριστη πρόσβαση σε όλο
                         # το περιεχόμενο" — not "acceso ilimitado al metro", a story's.)
                         r"απεριόριστη πρόσβαση σε όλ\w*|acceso ilimitado a (?:todo|todos|todas|nuestr)\w*|"
                         r"acesso ilimitado a (?:todo|todos|todas|nosso)\w*|accès illimité à (?:tous|toutes|tout|nos)\b|"
                         r"accesso illimitato a (?:tutt|nostr)\w*|unbegrenzte[nmr]? zugriff auf (?:alle|unser)\w*|"
                         r"onbeperkte? toegang tot (?:al|onze)\w*|nieograniczony dostęp do (?:wszystki|cał|nasz)\w*|"
                         r"neomezený přístup ke? (?:všem|celé|naš)\w*|acces nelimitat la (?:toate|tot)\w*|"
                         r"неограниченный доступ ко? (?:всем|всему|нашим)|необмежений доступ до (?:всіх|усіх|всього|наших)|"
                         r"korlátlan hozzáférés (?:minden|az összes)|obegränsad tillgång till (?:allt|alla|vår)\w*|"
                         # (Or reading on with it: "Continue a ler com acesso ilimitado ao Diário do Tejo.")
                         r"(?:continue a ler|continúe leyendo|sigue leyendo|continuez (?:à|a) lire|continua a leggere) "
                         r"(?:com|con|avec)\b)\b",
                         re.IGNORECASE)


# A price a period: "$75 per month", "9,99 € pro Monat", "1 € / kuu".
PRICE_A_PERIOD = regexes.compile(r"(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|zł|kr\b\.?|₽|₴)|R\$\s?\d[\d.,]*)[^.!?\n]{0,25}?"
                                 r"(?:per|a|/|pro|par|al|por|im|в|на)\s*(?:maand|month|mo|week|year|jaar|monat|mois|mes|mês|"
                                 r"mese|miesiąc|месяц|місяць|woche|semaine|semana|settimana|tydzień|vecka|viikko|неделю|"
                                 r"тиждень|kk|kuukausi|kuukaudessa|mån|månad|måned|mnd|md|kuu|kuus|mėn|mėnesį|mēn|mēnesī|"
                                 r"měsíc|mesiac|hó|hónap|μήνα|μήνας|εβδομάδα|έτος|lună|luna|ay|ayda)\b", re.IGNORECASE)


def subscription_offer(text: str) -> bool:
    # (Asked of most short lines of a page: searched in their lowercase copy, two and a half times faster than under
    # IGNORECASE, but in a line holding a letter the two read apart: see FOLDS_APART.)
    if not text.isascii() and FOLDS_APART.search(text):
        return bool(_OFFER.search(text))
    return _OFFER_LOWER.search(lowercase(text)) is not None


# A newsletter box's pitch and promise: "… every evening in your mailbox", "we never share your address" (looked for
# only on lines holding one of _MAILBOX_KEYS).
_MAILBOX_KEYS = ("почт", "пошт", "переда", "share your", "sell your", "pass on your", "skrzyn", "schránk")
_MAILBOX = regexes.compile(r"в (?:вашей|твоей) почте|у (?:вашій|твоїй) пошті|на (?:вашу|твою) (?:почту|пошту)|"
                           # Polish, Czech, Slovak: "… codziennie o 6:00 w Twojej skrzynce", "… do vaší schránky" (said to the
                           # reader: not "w swojej skrzynce pocztowej", someone's letterbox).
                           r"(?:w|do) (?:twojej|twoją|waszej) skrzyn\w+|do (?:vaší|tvé|vašej|tvojej) (?:e-?mailové )?schránky|"
                           r"(?:never|won['’]t|will not|do not|don['’]t) (?:share|sell|pass on) your (?:e-?mail|address|details)|"
                           r"не передаем (?:ваш[иа]? )?(?:адрес|email|e-mail|данные)|не передаємо")
_FINE_PRINT = regexes.compile(
    r"\b(?:by (?:signing up|subscribing|clicking|continuing|registering)|terms (?:&|and) conditions apply|"
    r"no spam|unsubscribe (?:at )?any ?time|check your inbox|complete your sign-?up|become a (?:paid )?member|"
    # A board's note under an edited post: "Last edited by PolarisPaul on Fri Jan 09, 2026 10:03 pm, edited 1 time in total."
    r"edited \d+ times? in total|"
    # The same note in a board's other languages: "Zuletzt bearbeitet von …", "Dernière édition par …", "נערך לאחרונה על ידי …".
    r"zuletzt bearbeitet von|dernière édition par|última edición por|ultima modifica di|ostatnio edytowany przez|"
    r"naposledy upravil|son düzenleyen|נערך לאחרונה על ידי|"
    # A forum's welcome to guests: "Registration is free and lets you post … Register now!"
    r"registration is free|register now!|"
    # An offer's promise, set between a story's paragraphs: "… 1 euro eest. Tühista igal ajal." ("Cancel anytime.")
    r"cancel (?:any ?time|at any time)|tühista igal ajal|jederzeit kündbar|jederzeit kündigen|résiliable à tout moment|"
    r"sans engagement(?=\s*(?:[.,;!)]|$|de durée))|cancela cuando quieras|cancele quando quiser|opsig(?:es)? når som helst|säg upp när du vill|"
    r"peru milloin tahansa|zrušit kdykoliv|anuluj w dowolnym momencie|atšaukti bet kada|atcelt jebkurā laikā|"
    r"delivered (?:every|each) (?:\w+day|week|morning|evening)|we use your sign-?up|cadastre seu e-?mail|"
    r"receba (?:gratuitamente|as notícias|nossa newsletter)|a tu suscripción|підписуйтеся|"
    r"views expressed (?:here |in this)|do not necessarily reflect|are (?:the|his|her|their) (?:author'?s?'? )?own|"
    r"(?:views|opinions) (?:are|remain) (?:those|the responsibility) of the (?:authors?|contributors?|writers?)|"
    # "… reflètent le point de vue de leurs auteurs et n'engagent pas la rédaction": the same disclaimer in more languages.
    r"n'engagen?t? pas la rédaction|n’engagen?t? pas la rédaction|reflètent (?:le point de vue|l'opinion|l’opinion) de leurs? auteurs?|"
    r"no reflejan necesariamente|non riflettono necessariamente|geben nicht (?:notwendigerweise )?die meinung der redaktion|"
    # ("Les tribunes publiées engagent leurs auteurs et ne reflètent pas nécessairement la position de la rédaction.",
    # "Komentáře vyjadřují názory autorů, nikoli nutně stanovisko redakce.")
    r"ne reflètent pas nécessairement (?:la position|le point de vue|l['’]opinion) de la rédaction|"
    r"(?:vyjadřuj[eí]|vyjadruj[eú]) (?:názory?|postoje?) autor\w*,? (?:nikoli|nie) (?:nutně|nutne) (?:stanovisko|názor) redakce|"
    r"spiegeln nicht (?:notwendigerweise )?die meinung der redaktion|"
    # Croatian, Serbian, Polish, Czech, Nordic, Bulgarian: "… ne odražavaju nužno stajalište uredništva".
    r"ne odražavaju (?:nužno )?(?:stav|stajalište|stavove)|"
    # (Polish, as a column's note opens: "Tekst wyraża poglądy autora i nie musi być zgodny ze stanowiskiem redakcji.")
    r"(?:tekst|artykuł|felieton|komentarz) (?:wyraża|przedstawia) (?:wyłącznie |jedynie )?(?:poglądy|opinie|zdanie) autor\w*|не одражавају (?:нужно )?(?:став|ставове)|"
    r"nie (?:musi|muszą) odzwierciedlać|nemusí (?:nutně )?odrážet|(?:afspejler|gjenspeiler|återspeglar) ikke nødvendigvis|"
    r"återspeglar inte nödvändigtvis|не отразяват (?:непременно )?(?:позицията|мнението)|"
    # An opinion page's note that the column is its writer's view: "Klummer er udtryk for skribentens holdning",
    # "… gir uttrykk for skribentens meninger", "Åsikterna är skribentens egna", "… gibt die Meinung des Autors wieder".
    r"(?:udtryk|uttrykk) for skribentens|är skribentens egna|(?:gibt|geben) die (?:persönliche )?meinung (?:des|der) "
    r"(?:autors|autorin|verfassers|verfasserin)|"
    r"letters? to the editor|send us (?:a|your) (?:tip|story|letter)|"
    # A press council's membership under the story: "… er medlem af Danske Medier og forpligtet af Pressenævnets …".
    r"er medlem af (?:danske medier|dansk medieansvarsnævn|pressenævnet)|regulated by (?:ipso|impress)\b|"
    # A fact-check desk asking for tips: "Stuur het naar factcheck@…", "Send it to tips@…".
    r"(?:stuur|send|schicken sie|envoyez|envía|mande|skicka) (?:het|it|es|le|lo|o|den) (?:naar|to|an|à|a|till) [\w.+-]+@|delivered to your inbox|in your inbox|straight to your inbox|"
    r"у вашій поштовій скриньці|в вашем почтовом ящике|في بريدك(?: الإلكتروني)? (?:كل|يومي)|"
    # ("Die wichtigsten Nachrichten des Tages – jeden Morgen um 6 Uhr in Ihrem Postfach.", "… chaque matin dans votre
    # boîte mail": a newsletter's pitch, when and where it arrives — not "Die Rechnung lag plötzlich in ihrem Postfach".)
    r"(?:jeden (?:morgen|tag|abend|freitag|sonntag)|täglich|wöchentlich|kostenlos)\b[^.!?]{0,60}in ihr(?:em|) (?:e-mail-)?postfach|"
    r"(?:chaque (?:matin|jour|soir|semaine)|gratuitement)\b[^.!?]{0,60}dans votre boîte (?:mail|de réception)|"
    r"(?:cada (?:mañana|día|semana)|gratis)\b[^.!?]{0,60}en tu bandeja de entrada|"
    r"(?:ogni (?:mattina|giorno|settimana)|gratis)\b[^.!?]{0,60}nella tua casella (?:di posta|email)|"
    # A public broadcaster's or a paper's appeal: "Local journalism depends on listeners like you."
    r"depends on (?:listeners|readers|viewers|supporters|members) like you|"
    # ("Local journalism like this depends on you.")
    r"(?:journalism|reporting|coverage) like this depends on (?:you|your support)\b|"  # (not "Good reporting depends on you, the mayor said")
    # ("Heb je een tip …? Mail naar tips@ijsselbode.nl", "Email us at news@…".)
    r"(?:mail|email|e-mail) (?:naar|to|an|à|till|us at|ons op) [\w.+-]+@|"
    # A tip line, the newsroom's messaging number and its address in one line ("Trimite-ne-o pe WhatsApp la 0740 … sau
    # pe e-mail la verificari@…"), and a fact-checker's membership of the IFCN ("X este semnatar al Codului … (IFCN)").
    r"(?:whatsapp|telegram|viber)\b[^.]{0,80}[\w.+-]+@[\w-]+\.|"
    r"(?:signatory|signatories|semnatar\w*|signataire|firmante|unterzeichner\w*|член\w*|membre|member|miembro|mitglied|"
    r"członk\w*|üyesi|μέλος|lid)\b[^.]{0,100}(?:\bifcn\b|international fact-checking network|"
    r"internaționale de fact-checking|internacional de (?:fact-checking|verificación)|international de fact-checking)"
    # (Not the story's sentence about a fact-checker: "Full Fact, a member of the IFCN, said the figure was wrong.")
    r"(?![^.]{0,80}\b(?:said|says|found|finds|rated|concluded|reported|told|noted|dijo|afirmó|concluyó|a déclaré|"
    r"a constaté|a declarat|a constatat|sagte|stellte)\b)|"
    r"our standards:|trust principles|this is a developing story|check back (?:for|later)|"
    # ("This story is part of our series Changing Ground. Find all episodes here.")
    r"this (?:story|article|piece|report|episode|post) is (?:part|one) of (?:our|an?|the)\b[^.]{0,60}\b(?:series|project)\b"
    r"(?![^.]*\b(?:said|says|told|according)\b)|"
    r"this (?:story|article|post) (?:has been|was) (?:updated|corrected)|"
    r"en tu correo|en tu bandeja|dans votre boîte|in ihr postfach|no seu (?:e-?mail|whatsapp)|на почту|на пошту|"
    r"not responsible for the content of external (?:sites|links|websites))\b",
    re.IGNORECASE)
# A site's notes that come in story-like sentences: an opinion page's disclaimer ("Les tribunes publiées dans … n'engagent
# que leurs auteurs", "… son responsabilidad exclusiva de sus autores"), a fact-checker's methodology and corrections
# policy, a broadcaster's "Hear the full conversation on …". Read only on a line that quotes no one and reports no one's
# words: "Le maire a rappelé que les propos … n'engagent que leur auteur" is the story's.
_SITE_NOTE = regexes.compile(r"\b(?:" +
    r"n['’]engage(?:nt)? que (?:leurs?|son|sa|ses) (?:auteurs?|autrices?|auteures?)|son responsabilidad (?:exclusiva )?de (?:sus|su) autor|"
    r"es responsabilidad (?:exclusiva )?de (?:sus|su) autor|sono (?:di )?responsabilità (?:esclusiva )?dell['’]autore|"
    r"è (?:di )?responsabilità (?:esclusiva )?dell['’]autore|wyrażają (?:wyłącznie )?(?:poglądy|opinie) (?:autora|autorów|"
    r"autorki)|przedstawiają (?:wyłącznie )?(?:poglądy|opinie) (?:autora|autorów|autorki)|"
    r"são de (?:inteira |exclusiva )?responsabilidade d[oa]s? autor|é de (?:inteira |exclusiva )?responsabilidade d[oa]s? autor|"
    r"see our methodology|read our methodology|zobacz naszą metodologię|how we rate claims|our corrections policy|"
    # (Only "Hear the full … on" a programme's name: "Listen to the full interview on our podcast page" may be a
    # sentence of a story about a podcast, and is kept.)
    r"hear the full (?:conversation|interview|episode|programme|program|segment|report) on (?=(?-i:[A-Z]))"
    r")", re.IGNORECASE)
# Words that report someone's speech, in the languages the notes above are read in.
REPORTS_SPEECH = regexes.compile(r"\b(?:said|says|told|according to|insisted|stressed|added|a rappelé|rappelle|a déclaré|"
                                 r"déclare|a souligné|dijo|insistió|afirmó|subrayó|ha detto|ha ricordato|powiedział|"
                                 r"powiedziała|disse|afirmou|sagte|erklärte)\b", re.IGNORECASE)
QUOTE_MARKS = regexes.compile(r"[\"“”«»„]")
# A newsletter box's consent under its sign-up, long as it is: "We use your sign-up to provide content in ways you've
# consented to and to improve our understanding of you. … You can unsubscribe at any time."
_SIGN_UP_CONSENT = regexes.compile(r"\bwe use your sign-?up\b")
# A sign-up box's consent and promise in more languages ("Mit der Anmeldung stimmen Sie … zu", "… do vaší schránky",
# "Recibe cada semana las noticias …", "Recevez chaque matin …"): looked for only on a line holding one of the keys.
_SIGN_UP_MORE_KEYS = ("mit der anmeldung", "mit ihrer anmeldung", "en vous inscrivant", "al suscribirte", "al registrarte", "iscrivendoti",
                      "aan te melden", "zapisując się", "schránky", "skrzynki", "nella tua casella", "je inbox",
                      "uw inbox", "je mailbox", "uw mailbox", "recibe ", "receive e", "recevez", "ricevi ",
                      "erhalten sie", "ontvang ", "receba ", "otrzymuj ")
_SIGN_UP_MORE = regexes.compile(
    r"\b(?:mit (?:der|ihrer) anmeldung (?:stimmen|akzeptieren|willigen|erklären)|en vous inscrivant|al (?:suscribirte|registrarte)|"
    r"iscrivendoti|door (?:je|u) aan te melden|zapisując się|do vaší (?:e-?mailové )?schránky|do (?:twojej|swojej) skrzynki|"
    r"nella tua casella|in (?:je|uw) (?:inbox|mailbox))\b")
# What only a sign-up box's pitch says (SIGN_UP lines also hold disclaimers: "This story has been updated", "The views
# expressed …", which a subheading may stand over).
_SIGN_UP_PITCH = regexes.compile(r"newsletter|inbox|mailbox|e-?mail|subscri|sign(?:ing)? up|bolet[ií]n|correo|postfach|boîte|"
                                 r"casella|skrzynk|schránk|bandeja|abonn|suscri|iscri|inscri|anmeld|aanmeld|zapis", re.IGNORECASE)


def sign_up_pitch(text: str) -> bool:
    return bool(_SIGN_UP_PITCH.search(text) or _SIGN_UP_PROMISE.search(text.lower()))
# A newsletter box's promise, "Recibe cada semana las noticias …", "Receive every morning our briefing": ordinary
# grammar too ("El embalse recibe cada año menos agua"), so only with what a newsletter brings in the same line.
_SIGN_UP_PROMISE = regexes.compile(
    r"\b(?:recibe (?:cada|todos los|todas las|gratis)|receive (?:every|each) (?:day|week|morning|evening)|"
    r"recevez (?:chaque|tous les)|ricevi (?:ogni|tutte le)|erhalten sie (?:jeden|jede|täglich|wöchentlich)|"
    r"ontvang (?:elke|wekelijks|dagelijks)|receba (?:todos os|toda|cada)|otrzymuj (?:codziennie|co))\b.{0,80}?"
    r"\b(?:noticias|news|newsletter|bolet[ií]n|briefing|digest|nachrichten|nieuws|notícias|notizie|actualités|"
    r"informacj\w*|wiadomości|correo|e-?mail|inbox|postfach|bandeja|boîte|casella|skrzynk\w*)|"
    # ("Receba as nossas verificações todas as sextas-feiras.": our anything, every week or day.)
    r"\b(?:receive our|recibe nuestr[oa]s|receba (?:as nossas|os nossos)|recevez nos|ricevi (?:i nostri|le nostre)|"
    r"erhalten sie unsere|ontvang onze|otrzymuj nasze)\s+\w+(?:\s+\w+)?\s+(?:every|each|todos los|todas las|cada|"
    r"todas as|todos os|chaque|tous les|ogni|tutte le|jeden|jede|elke|co)\b")
# The views-expressed disclaimer in other languages, opening with its subject: "Opiniile exprimate aparțin autorilor și nu
# reprezintă neapărat …", "Die geäußerten Meinungen …", "Les opinions exprimées …". (A prefix test passes most lines over.)
_VIEWS_STARTS = ("opiniile ", "die geäußerten ", "die in diesem ", "les opinions ", "las opiniones ", "le opinioni ",
                 "as opiniões ", "de meningen ", "synspunkterne ", "åsikterna ", "الآراء ", "οι απόψεις ", "мнение автора ",
                 "думка автора ", "yazıdaki görüşler ", "yazıda yer alan görüşler ", "הדעות ")
# (In Arabic, Greek, Russian, Ukrainian, Turkish and Hebrew too, opening the line as the note does: "الآراء الواردة في هذا
# المقال …", "Οι απόψεις του αρθρογράφου …" — not a minister's "… لا تعبر بالضرورة عن موقف الحكومة" inside a sentence.)
_VIEWS_DISCLAIMER = regexes.compile(
    r"^(?:opiniile exprimate|die (?:geäußerten|in diesem \w+ geäußerten) meinungen|les opinions exprimées|"
    r"las opiniones expresadas|le opinioni espresse|as opiniões expressas|de (?:geuite|in dit \w+ geuite) meningen|"
    r"synspunkterne|åsikterna|الآراء (?:الواردة|المنشورة|المعبر عنها)|οι απόψεις (?:του|της|των) (?:αρθρογράφου|συντάκτη|"
    r"συγγραφέα|αρθρογράφων)|мнение автора|думка автора|yazıdaki görüşler|yazıda yer alan görüşler|"
    r"הדעות (?:המובעות|המובאות)) ")
# (Polish, Czech: "Opinie wyrażone w felietonach są prywatnymi poglądami autorów i nie zawsze odzwierciedlają stanowisko
# redakcji", "Názory vyjádřené v komentářích nemusí odpovídat stanovisku redakce" — the note's own words after the opening
# ones: "Opinie wyrażone w ankiecie …" opens a story's sentence too.)
_VIEWS_DISCLAIMER_PL_CS = regexes.compile(
    r"^(?:opinie wyrażone|názory vyjádřené)\b[^.]{0,120}?(?:prywatnymi poglądami|nie (?:zawsze |muszą )?odzwierciedlają|"
    r"stanowisk\w* redakcji|soukrom\w* názor|nemusí (?:nutně )?(?:odpovídat|vyjadřovat)|stanovisk\w* redakce)")
# More of a sign-up box, each holding one of _BOX_KEYS (a substring test passes most lines over): the pitch ("… nella
# tua casella di posta", "… o dia. É grátis."), the form's messages ("Please enter a valid email address!"), its terms
# ("Ao se cadastrar, você concorda …"), and a pointer to the site's section ("Veja mais notícias da região no …").
_BOX_KEYS = ("casella", "in je ", "valid", "gültig", "adresse", "válido", "geldig", "ao se", "al regist", "al suscrib",
             "inscrivant", "iscrivendoti", "aan te melden", "free", "grátis", "gratis", "gratuit", "kostenlos", "news",
             "notícias", "noticias", "nachrichten", "actualités")
_BOX_KEY = regexes.compile("|".join(re.escape(key) for key in _BOX_KEYS))
_BOX_TEXT = regexes.compile(
    r"\b(?:nella tua casella|in je (?:mailbox|inbox)|"
    # A sign-up form's messages: "Please enter a valid email address!"
    r"please (?:enter|provide|use) a valid (?:e-?mail|address)|bitte (?:gib|geben sie) eine gültige|"
    r"veuillez (?:saisir|entrer|indiquer) une adresse|introduce un (?:correo|e-?mail) válido|insira um e-?mail válido|"
    r"inserisci un(?:'| )indirizzo (?:e-?mail|email) valido|vul een geldig e-?mailadres in|"
    # The box's terms and pitch in other languages: "Ao se cadastrar, você concorda …", "… o dia. É grátis."
    r"ao se (?:cadastrar|inscrever)|al (?:registrarte|suscribirte)|en vous inscrivant|iscrivendoti|door je aan te melden|"
    r"(?:it['’]s|é|es|c['’]est|ist|è|het is) (?:free|grátis|gratis|gratuit|kostenlos|gratuito)[.!]?$|"
    # "Veja mais notícias da região no Paraná Agora.": a pointer to the site's section, not a sentence of the story.
    r"^(?:veja|leia|see|read|lea|lisez|lies) (?:mais|more|más|plus|mehr) (?:notícias|news|noticias|nachrichten|d['’]actualités)"
    r"(?: \w+){0,4} (?:no|na|on|en|auf|sur|in) [A-Z][^.]{1,40}\.?$)",
    re.IGNORECASE)
# What a story's page adds under it: corrections, the print-edition line, a newsletter's sponsor and its mailing footer.
_END_MATTER = regexes.compile(
    r"^(?:correction|corrections|clarification|editor'?s note|berichtigung|korrektur|rectificación|fe de errores|"
    r"rectificatif|erratum|errata|sprostowanie|correzione|rettifica)\s*[:：]|"
    r"\ba correction was (?:made|appended)|\ban earlier version of this (?:article|story|post|report)\b|"
    # An update note under the story: "This explainer was updated on 14 January to reflect the latest EU package."
    r"^this (?:article|story|explainer|piece|post|report|page|guide|live blog) (?:was|has been) (?:last )?updated "
    r"(?:on|at|to|with|since)\b|"
    r"\bwhen we learn of a mistake|\bappears? in print on\b|\bappeared in (?:the )?print edition|"
    r"\bappears in the (?:[\w,]+ ){0,4}print edition|"
    r"\b(?:a version of )?this (?:article|story) appeared (?:in print|on page)|"
    # A magazine's issue note: "This feature appears in the winter issue of X, on sale now."
    r"^(?:a version of )?this (?:feature|article|story|piece|essay|report|interview) (?:appears|appeared|is published|was "
    r"published|first appeared) in (?:the |our )?(?:[\w'’-]+ ){0,3}(?:issue|edition|print edition)\b|"
    r"\byou(?:'re| are) receiving this (?:e-?mail|newsletter|message)|\byou received this (?:e-?mail|newsletter|message)\b|"
    r"\bour mailing address is|"
    # A syndication scheme's credit: "This article was produced by the Local Democracy Reporting Service."
    r"^this (?:article|story|report) (?:was|is|has been) (?:produced|written|supplied|provided) (?:by|as part of|under) "
    r"(?:the |a )?(?:[\w'’-]+ ){0,4}(?:service|scheme|partnership|project|programme|program|initiative)\.?$|"

    r"\bunsubscribe from this list|\bupdate your preferences\b|\bhow you receive these e-?mails|"
    r"\bview this e-?mail in your browser",
    re.IGNORECASE)
# "Du modtager dette nyhedsbrev, fordi …", "Sie erhalten diesen Newsletter, weil …", "Vous recevez cette lettre …": a
# newsletter's footer in other languages, opening the line. (A prefix test passes most lines over.)
_RECEIVING_STARTS = ("du modtager", "sie erhalten", "du erhältst", "vous recevez", "du får", "du mottar", "je ontvangt",
                     "ricevi", "recibes", "primești", "saat tämän")
_RECEIVING = regexes.compile(r"^(?:du modtager dette|sie erhalten diesen|du erhältst diesen|vous recevez (?:cet|cette|ce)|"
                             r"du får detta|du mottar dette|je ontvangt deze|ricevi questa|recibes este|primești acest|saat tämän) "
                             r"(?:e-?mail|nyhedsbrev|newsletter|nyhetsbrev|lettre|nieuwsbrief|boletín|correo|uutiskirjeen|courriel)")
SPONSOR = "a sponsor's line"
PHOTO_CREDIT = "photo credit"
# A newsletter's sponsor slot: its label, then the sponsor's own words ("— A WORD FROM OUR SPONSOR —" / "Millbrook
# Hardware has been keeping …").
SPONSOR_LABEL = regexes.compile(r"^[-—–\s]*(?:a )?(?:word|message) from (?:our|this week's|today's) sponsors?[-—–\s]*:?$",
                                re.IGNORECASE)
COPYRIGHT = "copyright line"
_SPONSOR = regexes.compile(r"^support comes from:?$|^this (?:week'?s |week’s |month'?s |month’s )?(?:issue|newsletter|edition|email|e-mail|episode) is "
                           r"(?:supported|sponsored|brought to you|made possible) by\b|"
                           # A public broadcaster's underwriting: "Support for WKRV comes from Riverside Credit Union, …".
                           r"^support for (?-i:[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}) (?:comes|is provided) (?:from|by)\b",
                           re.IGNORECASE)
# Every _END_MATTER shape holds one of these: most lines are passed over without running the pattern.
_END_MATTER_KEYS = ("correct", "clarification", "note", "berichtigung", "korrektur", "rectifica", "fe de errores", "errat",
                    "sprostowanie", "correzione", "rettifica", "earlier version", "mistake", "print", "receiving this", "issue",
                    "mailing address", "unsubscribe", "preferences", "receive these", "received this", "in your browser", "supported by",
                    "sponsored by", "brought to you", "made possible", "support for", "support comes", "produced by", "written by",
                    "supplied by", "provided by", "produced as part", "written as part", "produced under", "updated")
_END_MATTER_HINT = regexes.compile("|".join(re.escape(key) for key in _END_MATTER_KEYS))
# Prompts to click, save or write in: "Click here to …", "Save articles to read later", "Email us at …".
_PROMPT = regexes.compile(r"\b(?:click here|tap here|hier klicken|cliquez ici|haz clic|clique aqui|clicca qui|нажмите здесь|"
                          r"save (?:articles?|this article|for later)|read(?:ing)? later|reading list|"
                          # ("Got a news tip? Contact the newsroom.": the question; not "he got a tip from a fisherman".)
                          r"got a (?:news )?(?:story|tip)(?=\?)|email us at|write to us at|contact us at|"
                          # A recipe blog's prompt under the method: "Did you make this? Tag me on Instagram …".
                          r"did you (?:make|bake|try) (?:this|it|these)|tag (?:me|us) on (?:instagram|facebook|tiktok|pinterest|x))\b",
                          re.IGNORECASE)
# A letters page's call under an opinion piece: "Do you have an opinion on the issues raised in this article? If you
# would like to submit a response of up to 300 words by email to be considered for publication …".
_LETTERS_PROMPT = regexes.compile(r"\bdo you have an opinion on the issues raised in this article\b|\b(?:submit|send us) (?:a|your) "
                                  r"(?:letter|response|reply)\b[^.]{0,80}\b(?:for publication|letters? (?:page|section))")
# An embedded post's attribution line ("— Mayor's Office (@CityMayor) March 21, 2025") and its media links.
EMBED_ATTRIBUTION = regexes.compile(r"^[—–-]\s*.{1,80}\(@\w{1,30}\)")
_EMBED_LINK = regexes.compile(r"\bpic\.twitter\.com/|\bt\.co/\w|\binstagram\.com/p/", re.IGNORECASE)
CLICK_PROMPT = "prompt to click, save or write in"
# "About the author: Margaret retired from teaching …": the box's label and its text on one line.
_ABOUT_THE_AUTHOR_INLINE = regexes.compile(r"^(?:about the (?:author|writer)|über (?:den|die) autor(?:in)?|à propos de l['’]auteure?|"
                                           r"sobre (?:el|la) autora?|sull['’]autore|sull['’]autrice|o autorze|om forfatteren|"
                                           r"om skribenten)\s*[:：–—-]\s+\S", re.IGNORECASE)
# A fact-checker's note on its method under the verdict: "How we fact-check:", "Jak weryfikujemy?", "Як ми перевіряємо:".
_FACTCHECK_METHOD = regexes.compile(r"^(?:how we (?:fact-?check|verify|check|rate)|our fact-checking methodology|"
                                    r"jak (?:weryfikujemy|sprawdzamy)|як ми (?:перевіряємо|верифікуємо)|как мы проверяем|"
                                    r"comment (?:nous vérifions|vérifions-nous)|so prüfen wir|wie wir prüfen|cómo verificamos|"
                                    r"come verifichiamo|hoe (?:wij|we) (?:checken|controleren|factchecken))\b\s*[?:.]", re.IGNORECASE)
# (The network named, and that the desk belongs to it or signed its code: not a story about the network.)
# (The desk's own standing: "X is a member of / forma parte de / est signataire de" the network, in a line with no one's
# words in it — not a story about the network, "Full Fact, a member of the IFCN, said …".)
_FACT_CHECKERS_NETWORK = regexes.compile(r"^(?![^\n]*(?:\bsaid\b|\bsays\b|[\"“”]))[^\n]*?\b(?:is|are|am|jest|est|ist|es|è|é|e)\s+"
                                         r"(?:an?\s+|un\s+|una\s+|uno\s+)?(?:(?:verified|certified|proud)\s+)?"
                                         r"(?:signator(?:y|ies)|members?|membre|miembro|membro|mitglied|sygnatariusz\w*|"
                                         r"członkiem|signataire|firmante|part)\b[^\n]{0,40}?\b(?:IFCN|EFCSN|International "
                                         r"Fact-?Checking Network|European Fact-?Checking Standards Network)\b|"
                                         r"^[^\n]*?\bforma parte de la (?:IFCN|International Fact-?Checking Network|EFCSN)\b",
                                         re.IGNORECASE)
# The outlet asking its reader to write to it, in a few languages: "Email us", "Napisz do nas", "Schreiben Sie uns".
_WRITE_TO_US = (r"(?:e-?mail|write\s+to|tell|send(?:\s+it\s+to)?)\s+us|let\s+us\s+know|napisz(?:cie)?\s+do\s+nas|"
                r"schreiben\s+sie\s+uns|schreib\s+uns|écrivez-nous|écrivez\s+nous|escr[íi]b(?:enos|anos)|scrivici|"
                r"schrijf\s+ons|stuur\s+ons|напишите\s+нам|напишіть\s+нам|skriv\s+til\s+(?:oss|os)|kirjoita\s+meille|"
                r"írj(?:on)?\s+nekünk|bize\s+yaz")
# A question to the reader, then "tell us" with no address: "Widzisz w sieci podejrzaną informację? Zgłoś ją nam – sprawdzimy."
_SAID_IN_LINE = regexes.compile(r"\b(?:said|says|asked|told)\b", re.IGNORECASE)
_TIPS_WITHOUT_ADDRESS = regexes.compile(r"^(?![\"“”«»„'‘’])[^.!?\"“”«»„]{5,120}\?\s+(?:" + _WRITE_TO_US + r"|report it to us|"
                                        r"zgłoś (?:ją|je|go|to) nam|prześlij (?:ją|je|go|to) nam|wyślij (?:ją|je|go|to) (?:nam|do nas)|"
                                        r"повідомте нам|сообщите нам|"
                                        r"melden sie (?:es|sie) uns|signalez-(?:le|la)-nous|dites-le-nous|avísanos|segnalacelo)\b",
                                        re.IGNORECASE)
# A subscription appeal in the story's box: "If you value local news, please consider a subscription …".
_SUBSCRIBE_APPEAL = regexes.compile(r"^[^\"“”'‘’]*\bplease consider (?:a |becoming a |buying a )?(?:subscri|digital subscri|membership)"
                                    r"[^\"“”]*$")
# A public broadcaster's or a paper's thanks to its funders: "Local journalism is made possible by listeners like you."
_LIKE_YOU_APPEAL = regexes.compile(r"\b(?:made possible|supported|funded|powered|paid for|sustained) (?:by|thanks to) "
                                   r"(?:listeners|readers|viewers|members|supporters|donors|subscribers|people) like you\b|"
                                   # ("Stories like this are made possible by listeners.": what the outlet makes.)
                                   r"^(?:stories|reporting|journalism|coverage|programmes|shows)(?: like this)? (?:is|are) "
                                   r"(?:made possible|supported|funded|powered) by (?:our )?(?:listeners|readers|viewers|"
                                   r"members|supporters|donors|subscribers)(?: like you)?\s*(?:[.!]|$)")
# "Know someone who keeps asking you about sanctions? Send them this.", "Share this with a friend."
_SHARE_THIS = regexes.compile(r"^(?:[^.!?\"“”]{5,100}\?\s+)?(?:send them this|send this to (?:them|a friend|someone)|"
                              r"share this (?:with (?:a friend|them|someone)|article|story|guide))\s*[.!]?$", re.IGNORECASE)
_CLICK_TO_ENLARGE = regexes.compile(r"^[※*]?\s*(?:(?:写真|画像)をクリックすると拡大(?:します|表示されます|できます)?|"
                                    r"(?:click|tap) (?:on )?(?:the |an? )?(?:photo|image|picture|thumbnail)s? to (?:enlarge|zoom|"
                                    r"see (?:it )?(?:larger|bigger|full[- ]size))|"
                                    r"klicken sie auf das bild,? um es zu vergrößern)[.。]?$", re.IGNORECASE)
# A question put to the reader, then an e-mail address in the sentence after it (see boilerplate_reason).
# (Told to write to the outlet itself: "Email us at …", "Napisz do nas na …", "Schreiben Sie uns an …" — not "Staff had
# emailed concerns to complaints@…", "The mayor, reached at …".)
_ASKS_THEN_MAIL = regexes.compile(r"^[^.!?\"“”«»„]{8,160}\?\s+(?:[^.!?@]{0,30}?\b)?(?:" + _WRITE_TO_US + r"|contact\s+us|"
                                  r"message\s+us|drop\s+us|mail\s+ons)[^.!?@]{0,80}?[\w.+-]+@[\w-]+\.[\w.]+\b", re.IGNORECASE)
_EMAIL = regexes.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
# Appeals for money or membership, in any language the site writes in.
# (Or the appeal's heading naming the outlet in quotation marks: "Поддержите «Ориентир»", "Support „The Ledger“".)
APPEAL_HEADING = _APPEAL_HEADING = regexes.compile(
    r"^(?:before you go|bevor sie gehen|avant de partir|antes de irte|(?:support|поддержите|підтримайте|unterstützen sie|"
    r"soutenez|apoya|apoie|wesprzyj|podpořte|podporte|sostieni|steun)\s+[«\"„“][^»\"”“]{2,30}[»\"”“]|"
    # ("Wesprzyj niezależny fact-checking", "Support independent journalism": the box's heading.)
    r"(?:support|wesprzyj|unterstützen sie|soutenez|apoya|apoie|sostieni|steun|podpořte)\s+(?:independent|niezależn\w+|"
    r"unabhängig\w+|indépendant\w*|independiente|independente|indipendente|onafhankelijke|nezávisl\w+)\s+"
    r"(?:journalism|fact-?checking|dziennikarstwo|journalismus|journalisme|periodismo|jornalismo|giornalismo|journalistiek|"
    r"žurnalistiku))\W*$", re.IGNORECASE)
# "Every contribution, however big or small, powers our journalism and sustains our future.": what the reader's money
# does for the outlet — not in a quotation nor told by someone ("Every donation funds our journalism and our drama
# alike, he told staff"). (Read apart from _SUPPORT, whose alternatives must stay plain words.)
_CONTRIBUTIONS_POWER = regexes.compile(r"(?<![\"“‘'])\b(?:every|each|any|your) (?:contribution|donation|gift)\b[^.!?]{0,40}"
                                       r"\b(?:powers|funds|supports|sustains) our (?:journalism|reporting|newsroom)\b"
                                       r"(?![^\"”]*\b(?:said|says|told|tells|added|adds)\b)")
_SUPPORT = regexes.compile(
    r"\b(?:become a (?:member|subscriber|supporter|patron|sustaining member|monthly donor)|support (?:independent|our|quality|local) (?:journalism|reporting|work)|"
    r"consider (?:becoming|supporting|donating|subscribing)|make a (?:donation|contribution)|make a gift (?:today|now)|"
    r"donate (?:now|today)|"
    # (A public broadcaster's pitch: "Harbor Light Public Radio is supported by listeners. Make a gift today …" — not
    # "The station is supported by listeners like Mary Walsh, who …" in a story about it.)
    r"(?:is|are) (?:supported|funded) by (?:its |our )?(?:listeners|readers|viewers|members|donors)(?=\.)|"
    r"unterstützen sie (?:uns|unabhängigen)|soutenez (?:notre|le) journalisme|apoya (?:el|nuestro) periodismo|"
    r"apoie o jornalismo|поддержите (?:нас|редакцию)|підтримайте (?:нас|редакцію)|support local news|"
    r"your (?:gift|donation|contribution|support) (?:keeps|makes|helps keep) (?:local |independent |our )?(?:journalism|news|reporting)|"

    # "Support independent journalism" in more languages: Romanian, Polish, Czech, German, Italian, Dutch, Nordic,
    # Hungarian, Ukrainian, Russian.
    r"susține(?:ți)? jurnalismul|wesprzyj (?:niezależne |lokalne )?dziennikarstwo|podpořte (?:nezávislou |naši )?žurnalistiku|"
    r"unterstützen sie (?:unabhängigen |unseren )?journalismus|sostieni il (?:nostro )?giornalismo|"
    r"steun (?:onafhankelijke |onze )?journalistiek|stöd (?:oberoende |vår )?journalistik|støtt (?:uavhengig |vår )?journalistikk|"
    r"støt (?:uafhængig |vores )?journalistik|támogassa a (?:független )?újságírást|"
    r"підтримайте (?:незалежну )?журналістику|поддержите (?:независимую )?журналистику)\b", re.IGNORECASE)
# A donation box's button ("Support us", "Поддержать нас", "Wesprzyj nas"), alone on its line.
_DONATE_BUTTON = regexes.compile(
    r"^(?:support us|support (?:our|the) (?:work|journalism|newsroom)|donate(?: now| today)?|make a donation|give now|"
    r"unterstützen sie uns|jetzt (?:spenden|unterstützen)|soutenez-nous|faire un don|faites un don|apóyanos|"
    r"haz una donación|dona ahora|apoie|doe agora|sostienici|dona ora|wesprzyj(?: nas)?|przekaż darowiznę|"
    r"поддержать(?: нас)?|пожертвовать|підтримати(?: нас)?|задонатити|dukung kami|stöd oss|ge en gåva|steun ons|"
    r"doneer(?: nu)?|υποστηρίξτε μας|"
    # The button names the outlet it asks for: "Поддержать «Вёрстку»", "Support “The Ferret”".
    r"(?:support|поддержать|підтримати|wesprzyj|sostieni|soutenir|apoiar|apoyar|unterstützen sie|steun|stöd)\s+[«\"„“][^»\"”“]{2,30}[»\"”“])"
    r"\W*$", re.IGNORECASE)
# What a donation box says above its button: the site lives on its readers, not on advertising.
APPEAL_WORDS = regexes.compile(
    r"\b(?:readers?|reader-funded|donat\w+|donors?|advertis\w+|independent|leser\w*|werbung|spende\w*|unabhängig\w*|"
    r"lecteurs?|lectrices|publicité|dons?|indépendant\w*|lectores|publicidad|donaci\w+|independiente|leitores|"
    r"publicidade|doaç\w+|lettori|pubblicità|donazion\w+|czytelnik\w*|reklam\w*|darowizn\w*|niezależn\w*|"
    r"читател\w*|реклам\w*|пожертвован\w*|независим\w*|читач\w*|незалежн\w*|pembaca|iklan|donasi|independen|"
    r"läsare|annons\w*|oberoende|"
    # The pitch says whose money the site takes, or does not: "takes no money from governments".
    r"money|geld|argent|dinero|dinheiro|soldi|pieniędzy|pieniądze|денег|деньги|грошей|гроші)\b", re.IGNORECASE)
DONATION = "membership/donation appeal"
SITE_NOTE = "the site talking about itself or to its readers"


# The buttons glued together by copying: "Support us Remind me in January".
_DONATE_BUTTON_START = grouped_by_opening(regexes.compile(_DONATE_BUTTON.pattern[:-len(r"\W*$")] + r"(?:\W|$)", re.IGNORECASE))


def opens_with_donate_button(text: str) -> bool:
    # (a sentence that opens so, "Donate to the fund before Friday.", is no row of buttons)
    if _PAY_BUTTON.fullmatch(text):
        return True  # ("Wpłać" alone; not a subheading opening on it, "Wpłać na zbiórkę dla Julki")
    if len(text) > 60 or not _DONATE_BUTTON_START.match(text):
        return False
    return is_donate_button(text) or not text.endswith((".", "!", "?"))


# A donation box's button in one word, which also opens a story's own line ("Wpłać 1,5 procent …"): only alone.
_PAY_BUTTON = regexes.compile(r"(?:wpłać|wpłacam)\s*[→›>]?", re.IGNORECASE)


def is_donate_button(text: str) -> bool:
    return len(text) <= 40 and bool(_DONATE_BUTTON.match(text))


# Every _TRAILING_CREDIT shape holds one of these (one scan of the lower-cased line passes most lines over).
_CREDIT_HINT = regexes.compile(r"photo|phot\.|foto|fotó|fotoğraf|fot\.|фото|снимк|kuva|zdjęci|credit|crédit|illustration|image|picture|screenshot|ảnh|＝|사진|写真|"
                               r"照片|licensing")
# A caption's credit at its end: "… on Aug. 7. (Illustration: The Outlet)", "… Photograph: Getty Images".
_TRAILING_CREDIT = regexes.compile(r"(?:\((?:photo|photos|illustration|image|picture|foto|fotó|fotoğraf|fotografia|fotografie|"
                                   r"фото|credit|crédit|crédito)\b[^)]*\)|"
                                   r"\b(?:photograph|photo|illustration|credit|foto|фото|снимка|kuva|zdjęcie|image|imagen|imagem|"
                                   r"bild|ảnh)\s*:\s*[^.]{2,60}\.?|"
                                   # ("… in February 2020. Picture: Valley Ledger archive": "picture" only as the last
                                   # sentence's label, never "The big picture: …" opening a paragraph.)
                                   r"(?:^|[.!?]\s+)picture\s*:\s*(?-i:[A-Z])[\w'’.&\-]*(?:\s+[\w'’.&/\-]+){0,5}\.?$|"
                                   # ("… text of the Oslo declaration. Screenshot: Meridian Verify": a fact-checker's.)
                                   r"[.!?]\s+screenshot\s*:\s*(?-i:[A-Z])[\w'’.&\-]*(?:\s+[\w'’.&/\-]+){0,5}\.?$|"
                                   r"\b(?:fot|phot)\.\s*[A-ZÀ-ÞĄ-Ż][^.]{2,60}|"
                                   # "… 2025.10.20 [한빛뉴스 자료사진]", "… REUTERS/Jane Doe/File Photo Purchase Licensing Rights"
                                   r"\[[^\]]{0,24}(?:사진|写真|照片|photo|foto)\]|/\s*file photo(?: purchase licensing rights)?|"
                                   r"\bpurchase licensing rights|\bcredit(?:\.\.\.|…)\s*[^.]{2,80}|"
                                   r"\b(?:photograph|photo|illustration)s? by [A-Z][^.]{2,60}\.?|"
                                   r"＝[^＝。]{0,20}(?:\d{1,2}日|撮影|社機から|ヘリから)[^＝。]{0,20}|"
                                   # ("…基地（資料写真）＝北斗新報社機から": a file photo, from the paper's own plane)
                                   r"[（(]資料写真[）)](?:＝[^＝。]{1,24})?)(?:,?\s*opens (?:in )?(?:a )?new (?:tab|window))?\s*$",
                                   re.IGNORECASE)  # Japanese: "…＝12日、札幌市"
# A Lithuanian caption's credit after its sentence, the photographer's name (or the author's) before the word: "… 1998
# metais. Autorės nuotr.", "… posėdyje. Mindaugo Kulbio nuotr.", "… ELTA nuotr."
_LT_CREDIT = regexes.compile(r"[.!?]\s+(?:[A-ZĄČĘĖĮŠŲŪŽ][\w’'.-]*\s){1,3}nuotr\.?$")
# A caption's credit with no "photo" word: "… lowest level in 25 years.(ACB Central Coast: Luke Bennett)" (the outlet
# and the photographer in brackets), "… Senin (30/11/2026). KABARNUSA/RIZKY PRATAMA" (outlet/photographer in capitals).
_CAPTION_CREDIT = regexes.compile(r"[.!?]\s*\((?:[A-Z][\w.&'’-]*\s){0,3}[A-Z][\w.&'’-]*:\s*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3}\)$|"
                                  # (A source's label, then a photographer and the outlet after a slash: "… am Dienstagmorgen.
                                  # (Quelle: Marc Delorme/Tagesblick)"; not "(Source: Eurostat/ECB)" after a figure.)
                                  r"[.!?]\s*\((?:Quelle|Bildquelle|Source|Fuente|Fonte|Źródło|Zdroj)\s*:\s*[A-ZÀ-Þ][\w'’-]+"
                                  r"(?:\s[A-ZÀ-Þ][\w'’-]+){1,2}\s?/[^()/]{2,40}\)$|"
                                  # (With no full stop before it, a credit's own word: "… aan de pups (Beeld: RTV Waddenkust)".)
                                  r"\s\((?:Beeld|Foto|Photo|Bild|Kuva|Zdjęcie|Fotó|Image|Picture)\s*:\s*[A-Z][^():]{1,40}\)$|"
                                  r"[.!?]\s+[A-Z][A-Z0-9.&-]{1,24}/[A-Z][A-Z'’-]+(?:\s[A-Z][A-Z'’-]+){0,3}$|"
                                  # (A Spanish paper's: the photographer's initials after a slash, "… de Orihuela. / L. V. S.")
                                  r"[.!?]\s+/\s+(?:[A-ZÀ-Þ]\.\s?){2,4}$|"
                                  # (A wire's: the agency in capitals, the photographer as written: "… 2025. MERIDIAN/Claude Vonlanthen".)
                                  r"[.!?]\s+[A-Z]{2,24}/[A-Z][a-zà-ÿ'’-]+(?:\s(?:[a-z]{1,3}\s)?[A-Z][\w'’-]+){1,3}$|"
                                  # (Or as the outlet writes its name: "… March 14, 2025. Meridian/Lukas Färber".)
                                  r"[.!?]\s+[A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+)?/[A-Z][a-zà-ÿ'’-]+(?:\s(?:[a-z]{1,3}\s)?[A-Z][\w'’-]+){1,3}$|"
                                  # "… Kabupaten Bandung Barat. (Sains Nusantara/Bagus Wicaksono)": the outlet, then its
                                  # photographer ("(AP/Reuters)", two sources, is no credit).
                                  r"[.!?]\s*\((?:[A-Z][\w.&'’-]*\s){0,3}[A-Z][\w.&'’-]*\s?/\s?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3}\)$|"
                                  # "… le 26 novembre 2026. (LUDOVIC MARIN / AFP)": the photographer in capitals, then the agency.
                                  r"[.!?]\s*\((?:[A-ZÀ-Þ][A-ZÀ-Þ'’-]+\s){1,3}/\s*[A-Z][\w.&-]{1,24}(?:\s[A-Z][\w.&-]+){0,2}\)$|"
                                  # "… Minggu (29/11/2026). (ANTARA/Dok. PVMBG)", "(ANTARA/Rizky Pratama)": the agency first, then
                                  # the photographer or the archive's owner ("(AP/Reuters)", two sources, is no credit).
                                  r"[.!?]\s*\([A-Z]{2,}[A-Z0-9.&-]*\s?/\s?(?:(?i:dok|doc|foto|photo|file|arsip|archive)\.?\s+"
                                  r"[A-Z][\w.'’-]+|[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+)+)\)$")
# "Скриншот допису. Джерело: Telegram", "Screenshot of the post. Source: X": a short caption, then where it came from.
# ("Source" in the languages of the news we ingest: the label of a caption's or a table's source.)
_SOURCE_WORDS = (r"sources?|quelle|fuentes?|fontes?|zdroj|źródło|kilde|källa|lähde|kaynak|bron|forrás|sursa|izvor|источник|"
                 r"джерело|出典|出处|来源")
_SOURCED_CAPTION = regexes.compile(r"^[^.!?]{3,80}[.!?]\s+(?:%s)\s*:\s*[^.!?:]{1,40}\.?$" % _SOURCE_WORDS, re.IGNORECASE)
# A longer caption whose source is a screenshot: "Kadr z oryginalnego nagrania … (po prawej). Źródło: zrzuty ekranu".
_SCREENSHOT_SOURCED = regexes.compile(r"^[^.!?]{3,160}[.!?]\s+(?:%s)\s*:\s*(?:zrzuty? ekranu|screenshots?|captures? d['’]écran|"
                                      r"capturas? de pantalla|bildschirmfotos?|screenshots?)\b[^.!?:]{0,30}\.?$" % _SOURCE_WORDS,
                                      re.IGNORECASE)
# "Chart: Russian seaborne crude exports, September 2025 – January 2026. Source: Commodity Ledger": a figure with no
# number, its label, what it shows and where its figures come from.
_FIGURE_SOURCED = regexes.compile(r"^(?:chart|graphic|map|infographic|grafik|karte|gr[áa]fico|graphique|wykres)\s*:\s.{3,}?[.;]\s+"
                                  r"(?:%s)\s*:" % _SOURCE_WORDS, re.IGNORECASE)
# "…喜ぶ北陸FCの森本（撮影・田中一郎）", "…（写真：共同）", "…(사진=연합뉴스)": a CJK caption's photographer or source.
# (Hebrew and Arabic close a caption the same way: "… ינואר 2026 (צילום: דניאל רוזן)", "… (تصوير: …)".)
_CJK_CREDIT = regexes.compile(r"[（(](?:撮影|写真|사진|摄影|攝影|צילום|تصوير|صورة)\s?[・:：=＝/／]\s?[^（）()]{1,30}[）)]$")
# A Chinese caption's credit, the reporter then "摄" (took it): "…试乘体验活动。记者 刘洋 摄", "（新华社记者 王鹏 摄）".
_ZH_TAKEN_BY = regexes.compile(r"(?:记者|通讯员|实习生|摄影记者|摄影)\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})?\s*摄(?:影)?\s*[）)]?$")
# A Chinese caption's source in brackets: "…多尔玛巴赫切宫。（华声国际广播画面）" (the broadcaster's footage), "（受访者供图）",
# "（资料图）", "（视频截图）", "（图/新华社）", "（图片来源：…）".
_ZH_PICTURE_CREDIT = regexes.compile(r"[（(](?:[^（）()]{0,16}(?:画面|供图|供圖|资料图|資料圖|截图|截圖)|图(?:片来源)?\s?[：:/／][^（）()]{1,20}|"
                                     r"圖(?:片來源)?\s?[：:/／][^（）()]{1,20})[）)]$")
# News agencies a Japanese or Chinese page credits in brackets (a caption's source, a story's wire).
CJK_AGENCIES = ("ロイター", "共同", "時事", "AP", "AFP", "EPA", "新華社", "新华社", "聯合", "联合", "ゲッティ", "ブルームバーグ")
# "…汐見鉄道の列車（昨年10月、浜丘市で）", "…（8日、本社ヘリから）", "…の受け入れ基地（ロイター）": a Japanese caption closes on
# when and where the photo was taken (or from where), or on the agency that took it (a sentence of the story closes on
# "。", before a wire's credit too: "…と発表した。（共同）").
# (Or the month or day, then the town: "（11月、新潟県長岡市）".)
_JA_WHEN_WHERE = regexes.compile(r"(?<!。)（(?:[^（）。]{1,14}、[^（）。]{1,16}(?:で|から)|(?:%s)[^（）。]{0,8}|"
                                 r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?、[^（）。、]{2,16}[都道府県市区町村郡]|"
                                 # (Or the day, and the time of day, then the place: "（4日午後・旭川市内）".)
                                 r"(?:\d{1,2}月)?\d{1,2}日(?:午前|午後|朝|昼|夕方|夜)?[・、][^（）。、・]{2,16}|"
                                 # ("（白山市で、6月撮影）": where and when it was taken, "撮影" closing the note.)
                                 r"[^（）。]{0,24}撮影)）$" % "|".join(CJK_AGENCIES))
# "…の担当者（同社提供）": who provided the picture, closing a short caption with no sentence's stop in it (not "…増えた
# （データは総務省提供）" closing a paragraph).
_JA_PROVIDED = regexes.compile(r"（[^（）。]{1,16}提供）$")
# "… head office on Saturday. Coastline Press": an agency named in words after the caption's last sentence.
_AGENCY_TAILS = ("Press", "Agency", "Wire", "Images", "Pictures", "Photos", "Photo")
_AGENCY_CREDIT = regexes.compile(r"[.!?]\s+(?:[A-Z][\w&'’.-]*\s){1,3}(?:" + "|".join(_AGENCY_TAILS) + r")$")
# "… seen from Riverside Park on Thursday. Jane Doe/The Outlet": the photographer's name and the outlet or agency after
# a slash, in ordinary case and without brackets, closing the caption's last sentence.
_SLASH_CREDIT = regexes.compile(r"[.!?]\s+[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+){1,3}\s?/\s?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}$")
# A broadcaster's gallery: "… seen from Nikopol [Jane Doe/Outlet]", "… [File: Reuters]" (read on lines ending in "]").
_BRACKET_CREDIT = regexes.compile(r"\s\[(?:(?i:file):\s*[^\]]{2,40}|[A-ZÀ-Þ][\w.'’-]*(?:\s[A-ZÀ-Þ][\w.'’-]*){0,3}\s*/\s*"
                                  r"[A-Z][\w.&'’ -]{1,30})\]$")
# "… bij Olst, waar sinds 2022 vluchtelingen wonen. © Dirk Jan Kok": a caption signed by its photographer (no year:
# a copyright line has one).
_SIGNED_PHOTO = regexes.compile(r"[.!?]\s*©\s*[A-ZÀ-Þ][\w'’-]+(?:\s(?:[A-ZÀ-Þ][\w'’-]+|van|de|der|den|von|da|di|du|le|la|dos|das))"
                                r"{0,4}(?:\s*/\s*[A-Za-z][\w'’ -]{1,30})?$")  # (the agency as it writes itself: "/dpa", "/epa")
_TAGS = regexes.compile(r"^(?:(?:suggested |related |more |popular )?(?:tags|topics)|filed under|categories|category|schlagwörter|themen|étiquettes|mots-clés|etiquetas|"
                        r"etiketler|anahtar kelimeler|"
                        r"temas|tag|теги|метки|теги|תגיות|الوسوم|وسوم|كلمات مفتاحية|الكلمات المفتاحية|argomenti|tag correlati|onderwerpen|trefwoorden|assuntos|"
                        r"sujets|thèmes|tematy|témata(?=\s*:\s*$)|témy(?=\s*:\s*$)|tagi|теми|мітки|(?:följ )?ämnen|(?:følg )?emner|aiheet|"
                        r"тагове|етикети|oznake|ključne riječi|štítky|značky|címkék|etichete|tunnisteet|taggar|stikkord|"
                        r"topik|kata kunci|từ khóa|žymės|žymos|raktažodžiai|temos|teemad|märksõnad|tagid|birkas|atslēgvārdi|ετικέτες)\s*:",
                        re.IGNORECASE)


# Over the story only (a memoir's "Posted in Kabul" is a subheading): "Posted in Growing Diary, No-dig", a blog post's
# categories beside its date; "More episodes of The Morning Report", a programme's link to the rest of its episodes.
HEADER_LINKS = regexes.compile(r"(?:Posted|Filed) (?:in|under) [A-Z0-9][\w'’&-]*(?: [\w'’&-]+){0,3}(?:, [A-Z0-9][\w'’&-]*"
                               r"(?: [\w'’&-]+){0,3})*$|(?i:more|all|other|previous|latest) episodes (?:of|from) "
                               r"[\w .&'’:-]{2,40}$")


def tags_label(text: str) -> bool:
    """"Tags", "Topics:", "Schlagwörter": the label over a story's tags, with its colon or without."""
    return _TAGS.match(text.strip().rstrip(":") + ":") is not None


_RELATIVE_TIME = regexes.compile(r"^(?:updated |published |posted )?(?:(?:\d+|an?|one)\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)|\d+\s*(?:h|m|min|hr|d))\s+ago$"
                                 r"|^(?:vor \d+ (?:minuten|stunden|tagen)|il y a \d+ (?:minutes|heures|jours)|"
                                 r"hace \d+ (?:minutos|horas|días)|há \d+ (?:minutos|horas|dias)|\d+ (?:минут|час\w*|дн\w*) назад|"
                                 r"\d+ (?:dakika|saat|gün) önce|\d+ (?:minut\w*|godz\w*|dni) temu|\d+ (?:minuti|ore|giorni) fa|"
                                 r"\d+ (?:minuten|uur|dagen) geleden|\d+ ?(?:분|시간|일) ?전)$",
                                 re.IGNORECASE)
_URL = regexes.compile(r"https?://\S+|\bwww\.\S+|\b[\w-]+\.(?:com|ly|me|net|org)/\S*", re.IGNORECASE)
# (The two alternatives "\s[|›»>/·•]\s" and "\s{3,}" with their first space taken out: a pattern opening with one
# class lets re skip in C the characters that cannot start a match, twice as fast on a menu's short lines.)
_CLOCK_ITEM = regexes.compile(r"(?:^|[|·•]\s*)\d{1,2}[:.h]\d\d\b")
_MENU_SEPARATORS = regexes.compile(r"\s(?:[|›»>/·•＞〉]\s|\s{2,})")  # ("＞": a Japanese breadcrumb)


# Cheap substring gates before the long patterns, which would otherwise run on every paragraph.
# A share bar copied from a page: its buttons' labels glued together ("FacebookXEmail", "Compartir en FacebookCompartir
# en Twitter"), so no word boundary separates them.
# (Every alternative opens with a plain character, none with a group, \b or a look-behind: then re skips in C the
# places no alternative can start at, instead of trying all of them at every character — findall 2.5 times faster.)
_SHARE_BUTTON = regexes.compile(r"facebook|twitter|instagram|telegram|linkedin|youtube|tiktok|whatsapp|pinterest|reddit|"
                                r"bluesky|mastodon|flipboard|messenger|e-?mail|print|copy link|copiar (?:link|enlace)|"
                                r"link kopieren|copier le lien|share (?:on|en|sur|auf) |compartir (?:on|en|sur|auf) |"
                                r"partager (?:on|en|sur|auf) |teilen (?:on|en|sur|auf) |"
                                r"save(?: this (?:story|article))?|gift(?: this)? article|share|teilen|merken|partager|listen|"
                                r"udostępnij|kopiuj link|skopiuj link|compartilhar|condividi|paylaş|ブックマーク|シェア|リンクをコピー|印刷|分享|收藏|"
                                r"ポスト|はてなブックマーク|はてブ|ツイート|скопіювати посилання|скопировать ссылку|копировать ссылку|"
                                r"kopírovat odkaz|copia (?:il )?link|kopieer (?:de )?link|bağlantıyı kopyala|"
                                # The networks in Arabic, Cyrillic and Hebrew letters, glued as the Latin ones are
                                # ("فيسبوكتويترواتسابتيليغرام").
                                r"فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تيليغرام|تلغرام|تليجرام|إنستغرام|انستغرام|يوتيوب|"
                                r"фейсбук|твиттер|телеграм|вконтакте|одноклассники|פייסבוק|טוויטר|וואטסאפ|טלגרם|"
                                # Hebrew buttons: "share on" (its "on" a prefix of the network's name), send by mail, save
                                # the article, enlarge the text.
                                r"שיתוף ב|שיתוף|שליחה במייל|שמירת כתבה|הגדלת טקסט|"
                                r"x(?:(?<=\bx)\b|(?<=[a-z]x)(?=[a-z]|\b))", re.IGNORECASE)  # ("…FacebookXEmail…", lowercased)
# Swedish, Indonesian, Russian, Ukrainian and Greek buttons ("DelaSparaLyssna", "Bagikan:WhatsApp…"): looked for only
# on lines holding one of their names (_MORE_BUTTON_HINT), so the common pattern stays short.
_MORE_BUTTON_HINT = regexes.compile("dela|spara|lyssna|bagikan|salin link|поделит|скопировать|поділит|скопіювати|κοινοποίηση")
_SHARE_BUTTON_MORE = regexes.compile(_SHARE_BUTTON.pattern + r"|dela|spara|lyssna|kopiera länk|"
                                     r"bagikan|salin link|поделиться|"
                                     r"скопировать ссылку|поділитися|скопіювати посилання|κοινοποίηση", re.IGNORECASE)
# A comment counter glued into the bar ("…Kopiuj link3 komentarze"): looked for only on lines with a digit.
_SHARE_COUNT = regexes.compile(r"\d+\s*(?:comments?|komentarz\w*|comentarios?|comentários?|commenti|kommentare?|"
                               r"commentaires?|yorum\w*|reacties)\b", re.IGNORECASE)
_DIGIT = regexes.compile(r"\d")
_LETTERS = regexes.compile(r"[^\W\d_]{2,}")
# A part that every match of an alternative of _SHARE_BUTTON_MORE (and so of _SHARE_BUTTON) holds, for each of them
# ("mail" of "e-?mail", the glued "x"): a line holding none has no button (checked below, alternative by alternative).
_BUTTON_KEYS = ("facebook", "twitter", "instagram", "telegram", "linkedin", "youtube", "tiktok", "whatsapp", "pinterest",
                "reddit", "bluesky", "mastodon", "flipboard", "messenger", "mail", "print", "copy link", "copia",
                "link kopieren", "copier le lien", "share", "compartir", "partager", "teilen", "save", "gift", "merken",
                "listen", "udostępnij", "kopiuj link", "compartilhar", "condividi", "paylaş", "ブックマーク", "シェア",
                "リンクをコピー", "印刷", "分享", "收藏", "ポスト", "はてブ", "ツイート", "скопіювати посилання",
                "скопировать ссылку", "копировать ссылку", "kopírovat odkaz", "kopieer", "bağlantıyı kopyala", "x", "dela",
                "spara", "lyssna", "kopiera länk", "bagikan", "salin link", "поделиться", "поділитися", "κοινοποίηση",
                "فيسبوك", "فيس بوك", "تويتر", "واتساب", "واتس اب", "تيليغرام", "تلغرام", "تليجرام", "إنستغرام", "انستغرام",
                "يوتيوب", "фейсбук", "твиттер", "телеграм", "вконтакте", "одноклассники", "פייסבוק", "טוויטר", "וואטסאפ",
                "טלגרם", "שיתוף", "שליחה במייל", "שמירת כתבה", "הגדלת טקסט")
assert all(any(key in alternative for key in _BUTTON_KEYS) for alternative in alternatives(_SHARE_BUTTON_MORE.pattern))
_BUTTON_KEY = any_of(_BUTTON_KEYS)


MENU_ROW = "menu or breadcrumb (items between separators)"
NEXT_ARTICLE = "a link to the next or previous article"
SIGN_UP = "sign-up or disclaimer fine print"
PROMPT = "social/app/newsletter prompt"
STARS = "a rating in stars"
AUTHOR_PHOTO = "an author photo's alt text (a name and the word for the picture)"
_SHARE_ON = regexes.compile(r"\b(?:share|compartir|partager|teilen|condividi|compartilhar|udostępnij|paylaş) (?:on|en|sur|auf|su|no|w|na)\b")
# "Оценка: ★★★★☆", "Rating ★★★☆☆": a review's score in stars, a box beside it.
_STARS = regexes.compile(r"[★☆]{3,}")
# "Temps de lecture : 4min", "Lesezeit: ca. 3 Minuten", "Lesezeit: 3 Min.", "6 min read", "6 min de lecture": how long
# the story takes to read, not part of it.
_READING_TIME = regexes.compile(r"^(?:(?:temps de lecture|reading time|read time|lesezeit|tiempo de lectura|tempo de leitura|"
                                r"tempo di lettura|leestijd|czas czytania|время чтения|час читання|okuma süresi|timp de lectură|lukuaika|"
                                r"doba čtení|olvasási idő|läsningstid|læsetid|lesetid|lecture|lettura|leitura|lectura|"
                                # Bulgarian, Serbian, Croatian, Estonian, Latvian, Lithuanian, Greek
                                r"време за четене|време читања|vrijeme čitanja|lugemisaeg|lasīšanas laiks|skaitymo laikas|"
                                r"χρόνος ανάγνωσης)\s*:?\s*"
                                r"(?:ca\.\s*|~\s*)?\d{1,3}\s*(?:min\w*|minut\w*|мин\w*|хв\w*|dakika|dk|λεπτ\w*)\.?"
                                r"|\d{1,3}[\s-]*min(?:ute)?s?\.? read"
                                r"|\d+\s*(?:min|minutes?)\.?\s+(?:de lecture|de leitura|de lectura|di lettura|lesezeit|leestijd)"
                                # "Artykuł przeczytasz w 6 minut", "Ten tekst przeczytasz w 5 minut", "Přečtete za 4 minuty", "Read in 5 minutes"
                                r"|(?:(?:ten )?(?:artykuł|tekst) )?przeczytasz w (?:ok\.\s*|około\s*)?\d{1,3}\s*min\w*|(?:(?:článek|text) si )?přečtete za \d{1,3}\s*min\w*|prečítate za \d{1,3}\s*min\w*|"
                                r"read in \d{1,3}\s*min\w*)$",
                                re.IGNORECASE)
FORUM_CLOCK = "the forum's clock (today's date, not the post's)"


def forum_clock(text: str) -> bool:
    """"It is currently Sat Feb 07, 2026 10:02 am": a forum's clock over its threads, in the board's language."""
    return _FORUM_NOW.match(text) is not None

# A forum's clock over its threads (phpBB's "It is currently Sat Feb 07, 2026 10:02 am", in the board's language).
_FORUM_NOW = regexes.compile(r"^(?:it is currently|fecha actual|aktuelle zeit|nous sommes le|data attuale|oggi è il|"
                             r"τρέχουσα ώρα|jest teraz|şu an|het is nu|agora são|aktuální čas)\b", re.IGNORECASE)
# "#Ukraine #Peace", "#OutletApp — get the news first": a hashtag opens it (not "#143 — …", an issue's number; not "# Heading";
# not a sentence that opens on one).
_HASHTAG_OPENING = regexes.compile(r"#[^\W\d_]")
# "Follow all the Severnside Athletic news on our dedicated team page", "Join the conversation in our Facebook group":
# the site's own pages, opening the line (not a parish council's "join the conversation on our community page" inside
# someone's words).
_OWN_PAGES_PROMPT = regexes.compile(r"(?:join the (?:conversation|discussion|debate) (?:in|on) our [\w .&'’-]{0,30}"
                                    r"(?:group|page|forum|community|channel|server|comments)|"
                                    r"follow all (?:the|our) [\w .&'’-]{1,40} (?:news|coverage|updates) on our|"
                                    # ("Pin it for later! Save this post to your “Soil” board.": Pinterest's.)
                                    r"pin (?:it|this)(?: post| recipe)? for later!)")
# A blog's like button and author-archive link: "Like this:", "Like Loading...", "View all of Jane Doe's posts."
# (WordPress.com's, translated: "Thích bài này:" / "Thích Đang tải...", "J'aime ceci :", "Curtir isso:", "Me gusta esto:".)
_BLOG_BUTTONS = regexes.compile(r"^(?:like this:?|like loading\W*|(?:thích bài này|j['’]aime ceci|curtir isso|me gusta esto|"
                                r"gefällt mir|mi piace|líbí se mi to|páči sa mi to|lubię to|vind ik leuk|gilla detta|synes godt om|"
                                r"معجب بهذه|נהנה מהפוסט)\s?:?|(?:σας|μου) αρέσει(?: αυτό)?\s?[:!]?|"
                                # (and its "Be the first to like this.")
                                r"(?:be the first to like this|soyez le premier à aimer (?:ceci|cela)|sei der erste, dem dies gefällt|"
                                r"sé el primero en decir que te gusta|seja o primeiro a curtir (?:isso|este post)|"
                                r"sii il primo a cui piace questo elemento|كن أول المعجبين بهذه التدوينة|كن أول من يعجب بهذا)\W*|"
                                r"(?:thích|j['’]aime|curtir|me gusta|gefällt mir|mi piace|to se mi líbí|páči sa mi|lubię|vind-ik-leuk|gilla|"
                                r"synes godt om)\s+"
                                r"(?:đang tải|chargement|carregando|cargando|wird geladen|caricamento|načítání|načítava sa|wczytywanie|"
                                r"laden|laddar|indlæser)\W*|view all (?:of )?[\w .'’-]{2,40}(?:'s|’s)? (?:posts|articles)\.?)$",
                                re.IGNORECASE)
# A share button's label with the note a screen reader gets, in the blog's language: "Click to share on Facebook (Opens
# in new window)", "Klikněte pro sdílení na Facebooku (Otevře se v novém okně)".
_NEW_WINDOW = regexes.compile(r"\((?:opens in (?:a )?new window|otevře se v novém okně|otvorí sa v novom okne|otwiera się w nowym oknie|"
                              r"s['’]ouvre dans une nouvelle fenêtre|se abre en una (?:ventana nueva|nueva ventana)|"
                              r"wird in (?:einem )?neuen fenster geöffnet|si apre in una nuova finestra|abre (?:numa|em uma) nova janela|"
                              r"opent in een nieuw venster|öppnas i ett nytt fönster|åbner i et nyt vindue)\)$", re.IGNORECASE)


# A programme's page sends readers to the recording, at the line's start: "Listen to the full report …", "Celou
# reportáž si poslechněte …" (not "Anyone who takes the time to listen to the full report will see …").
_LISTEN_PROMPT = regexes.compile(r"^(?:(?:listen to|hear) the (?:full|whole|entire) (?:report|programme|program|episode)|"
                                 r"(?:celou reportáž|celý rozhovor|celý pořad) si (?:poslechněte|můžete poslechnout)|"
                                 r"(?:celú reportáž|celý rozhovor) si (?:vypočujte|môžete vypočuť)|"
                                 r"hören sie (?:den ganzen|das ganze|die ganze)|écoutez (?:le reportage|l'intégralité|l'entretien)|"
                                 r"escuche? (?:el reportaje|la entrevista) complet[oa]|ascolta (?:il servizio|l'intervista) complet[oa]|"
                                 r"posłuchaj (?:całej rozmowy|całego reportażu))\b", re.IGNORECASE)
# "… by pressing play above": the player the page had there.
_PRESS_PLAY = regexes.compile(r"\b(?:press|pressing|hit|hitting|click|clicking|tap|tapping) play (?:above|below)\b")
# "Loading chart…", "Wird geladen …", "Cargando...": where a chart, a map or a player would have been.
_LOADING = regexes.compile(r"^(?:loading|wird geladen|lädt|chargement(?: en cours)?|cargando|carregando|caricamento(?: in corso)?|"
                           r"ładowanie|načítání|načítá se|загрузка|завантаження|جار[ٍ]? التحميل|جار[ٍ]? تحميل|"
                           r"読み込み中|加载中|로딩 중)(?:\s+[^\W\d_]+)?\s*(?:\.\.\.|…)$", re.IGNORECASE)


def _glued_share_bar(lower: str) -> bool:
    counters = 0
    if _DIGIT.search(lower):
        lower, counters = _SHARE_COUNT.subn(" ", lower)
    elif not _BUTTON_KEY.search(lower):
        return False  # no counter and no button: no bar (one scan, where the patterns below take three)
    buttons = _SHARE_BUTTON_MORE if _MORE_BUTTON_HINT.search(lower) else _SHARE_BUTTON
    found = buttons.findall(lower)
    return len(found) + counters >= 2 and not _LETTERS.search(buttons.sub(" ", lower))


_COOKIE_KEYS = ("cookie", "クッキー", "쿠키", "עוגיות", "الارتباط", "accept all", "manage consent", "manage preferences", "akzeptieren",
                "kolačić", "колачић", "бисквитки", "piškotk", "slapuk", "sīkdatn", "küpsis", "eväst", "çerez",
                "informasjonskapsl", "kakor", "nödvändiga", "nødvendige", "only necessary", "notwendige", "nécessaires",
                "necesarias", "necessárias", "necessari", "noodzakelijke",
                "accepter", "aceptar", "aceitar", "accetta", "accepteren",
                # "Wij en onze 142 partners verwerken persoonsgegevens": the consent box's partner line names no cookie.
                "we and our", "wij en onze", "nous et nos", "wir und unsere", "noi e i nostri", "nosotros y nuestros",
                "my i nasi", "nós e os nossos", "content?", "content provided", "content hosted", "and continue",
                "before anything is loaded",
                # A consent box's heading ("Your privacy choices"), an embed's consent box in German ("Externer Inhalt").
                "privacy", "privatsphäre", "vie privée", "privacidad", "extern", "an dieser stelle finden", "anzuzeigen, m",
                # A consent box that speaks of personal data, not cookies (see _PERSONAL_DATA).
                "personal data", "osobow", "personenbezogen", "personnelles", "datos personales", "dati personali",
                "údaj", "dados pessoais", "persoonsgegevens", "personuppgift", "personoplysning", "personopplysning",
                "henkilöt", "személyes adat")
_COOKIE_KEY = regexes.compile("|".join(re.escape(key) for key in _COOKIE_KEYS))  # one scan instead of one per key
# "zanim klikniesz „Przejdź do serwisu”, zapoznaj się z informacjami dotyczącymi przetwarzania Twoich danych
# osobowych …": a consent box about the processing of personal data, which names its button in quotation marks (a
# story about data protection quotes no button).
_PERSONAL_DATA = regexes.compile(r"personal data|dan\w* osobow\w*|personenbezogen\w* daten|donn[ée]es personnelles|datos "
                                 r"personales|dati personali|osobn\w+ údaj\w*|dados pessoais|persoonsgegevens|personuppgift|"
                                 r"personoplysning|personopplysning|henkilöt\w+|személyes adat")
# Whatever its language, a consent notice names its button in quotation marks ("Kliknutím na „Souhlasím“ souhlasíte…",
# "By clicking “Accept all”…", "En cliquant sur « Accepter »…"): a line about cookies that quotes a label of a word or
# three is one.
# (Four or five words only after a verb of clicking: "Klikając „Akceptuję i przechodzę do serwisu”", not a slogan,
# "under its slogan “Every Box Builds a Leader”", nor a button a story is about, "the “Continue to the home page” button".)
_QUOTED_LABEL = r"[„“\"«‚‘]\s?(?=[^\W\d_])(?![a-zß-ÿ])[\w'’-]+(?:\s[^\W\d_][\w'’-]*){%s}\s?[“”\"»‘’]"  # (capitalized)
_QUOTED_BUTTON = regexes.compile(_QUOTED_LABEL % "0,2" + r"|(?i:click\w*|klik\w*|cliqu\w*|clic|klick\w*|puls\w*|cliccando|tap\w*)\s+"
                                 r"(?:\w+\s+){0,2}?" + _QUOTED_LABEL % "3,4")
_AFFILIATE_KEYS = ("affiliate", "アフィリエイト", "プロモーション", "広告を", "συνδέσμους συνεργατών", "συνεργατικούς", "commission", "qualifying purchases", "amazon associate", "purchase through", "supported by", "afiliad", "affiliés", "provision",
                   "se financia", "länkar", "lenker", "reklam", "annons", "affiliazione", "afiliacyjne", "liên kết")


# The separators of a post line's parts: "Published: … · by … · 8 Comments" (layout reads them too).
POST_LINE_PARTS = regexes.compile(r"\s[·•|]\s")
_GLUED = regexes.compile(r"(?<=[a-z])(?=[A-Z])")
_GLUE_SEAM = regexes.compile(r"[a-z][A-Z]")  # where _GLUED splits
_SENTENCE_MARK = regexes.compile(r"[.!?,;:]")  # what a row of menu items has none of


def _glued_labels(text: str) -> bool:
    """"Skip to contentSkip to site index", "HomeFerry watchCouncilIsland diaryPodcastArchiveAbout": link
    labels a copy glued together, each a navigation label, or four and more short ones (a menu)."""
    if not _GLUE_SEAM.search(text):
        return False  # nothing glued: one part (a search from a class skips ahead in C; the split tries every place)
    parts = _GLUED.split(text)
    if len(parts) >= 4 and all(len(part.split()) <= 3 for part in parts) and not _SENTENCE_MARK.search(text):
        return True
    return len(parts) > 1 and all(_NAV.match(part) for part in parts)


_WIDE_GAP = regexes.compile(r"\s{2,}")


def spaced_menu(raw: str, words: int) -> bool:
    """"Markets  Economy  Energy  Tech": a menu laid out as inline blocks, copied with wide gaps between its items —
    three or more short capitalized items, nothing like a sentence. (Read from the raw line: cleaning closes the gaps.)"""
    if "  " not in raw or words > 12 or _SENTENCE_MARK.search(raw):
        return False
    parts = _WIDE_GAP.split(raw.strip())
    return len(parts) >= 3 and all(len(part.split()) <= 3 and part[:1].isupper() for part in parts)


# "Residents can check their flood risk and sign up for free warnings online." reports; a prompt speaks to the reader.
_PLAIN_VERBS = {"sign up", "sign in", "log in", "subscribe"}
_STORES = {"app store", "google play"}
_TO_THE_READER = regexes.compile(r"\b(?:you|your|our|us|we)\b|!|(?:^|[.?]\s+)(?:sign|log|subscribe)")  # or an imperative


_SUBSCRIBED_TO = regexes.compile(r"newsletter|briefing|bulletin|digest|inbox|e-?mail|updates|\bour\b|\bfree\b|podcast|alerts? from|"
                                 r"deliver|readers|enter your|your address|every (?:week|day|morning|saturday|sunday)|today")
# (What the advice has the reader sign up for is a thing in small letters: "Sign up for the alerts, …" — not a named
# newsletter, "Sign up for The Valley Times Morning Read.".)
_SIGN_UP_FOR_A_THING = regexes.compile(r"Sign up for (?:the |a |an )?[a-z]")


def _social_prompt(text: str, lower: str, words: int) -> bool:
    match = _SOCIAL.search(lower) if _SOCIAL_OCCURS.search(lower) else None
    if match is None:
        return False
    if words >= 15 and match.group(0) == "sign up" and ". " in lower and not _SUBSCRIBED_TO.search(lower) \
            and _SIGN_UP_FOR_A_THING.match(text):
        # ("Sign up for the alerts, know where your sandbags are and talk to your neighbours. The first hour of a flood
        # is decided …": advice the story gives, sentences on — not the site's "Sign up for our newsletter".)
        return False
    if words >= 10 and match.group(0).lower() in _PLAIN_VERBS and len(_SOCIAL.findall(lower)) == 1:
        return bool(_TO_THE_READER.search(lower))
    if words >= 12 and match.group(0) in _STORES and len(_SOCIAL.findall(lower)) == 1 and not _TO_THE_READER.search(lower):
        # ("Apple's app store charges developers up to 30 percent, the court heard on Tuesday.": a story about the
        # stores names them as the page's download prompt does, in a sentence of its own that says nothing to the reader.)
        return False
    # (A sentence of twenty words or more that names "a" network's channel once, saying nothing to the reader, is the
    # story's: "A reverse image search shows that the screenshot first appeared on a Telegram channel that …" — not
    # the site's own, "Únete al canal de WhatsApp de La Voz del Segura …".)
    if words >= 20 and lower.endswith((" a ", " an "), 0, match.start()) and len(_SOCIAL.findall(lower)) == 1 \
            and not _TO_THE_READER.search(lower):
        return False
    return True


# Searched in boilerplate_reason's lowercase copy of the line: re's IGNORECASE folds the case of every character
# it compares, which made these long alternations two to four times slower — they were a third of the time
# ingest spends on a text dump.
def _for_lowercase(pattern: re.Pattern) -> re.Pattern:
    """The same case-insensitive pattern, compiled for text already in lowercase (see lowercase())."""
    literal = re.sub(r"\\.", "", pattern.pattern)  # (\S, \W are classes, not capitals)
    assert pattern.flags & re.IGNORECASE and literal == literal.lower(), pattern.pattern
    return regexes.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def lowercase(text: str) -> str:
    """text.lower() as re's IGNORECASE compares letters: "İ" is "i" (str.lower() makes it "i" and a combining dot)."""
    return (text.replace("\u0130", "i") if "\u0130" in text else text).lower()


# The letters IGNORECASE reads as another letter than their lowercase() for the patterns searched in a lowercase copy
# only where a line holds none of them (subscription_offer, the gate of _SITE_NOTE): "ſ" is an "s" to IGNORECASE and
# stays "ſ" in lowercase, "ı" is an "i", "µ" a "μ", "ς" a "σ", "ϱ" a "ρ", "ᲀ"–"ᲅ" (old Cyrillic forms) "в", "д", "о",
# "с", "т"; "ͅ" and "ι" an "ι", "ϐ" a "β", "ϖ" a "π", "ϵ" an "ε".
# A line holding one of them is searched with the case-insensitive pattern itself, so what is found is the same;
# tests/test_ingest_speed_equivalence.py checks every code point against the letters of those patterns.
FOLDS_APART = regexes.compile("[\u00b5\u0131\u017f\u0345\u03c2\u03d0\u03d6\u03f1\u03f5\u1c80-\u1c85\u1fbe]")
_OFFER_LOWER = _for_lowercase(_OFFER)
# Every alternative of _SITE_NOTE holds one of these (in the lowercase copy): a line without any is no site note.
_SITE_NOTE_KEYS = ("auteur", "autrice", "autor", "methodology", "metodologi", "rate claims", "corrections policy", "hear the full")
_SITE_NOTE_KEY = any_in(_SITE_NOTE_KEYS)


(_FINE_PRINT, _SOCIAL, _PHOTO_CREDIT, _SHARE_VERB, _PAYWALL, _LEGAL, _SUPPORT, _PROMPT, _SOCIAL_NETWORKS, _EMBED_LINK,
 _SHARE_BUTTON, _SHARE_BUTTON_MORE, _SHARE_COUNT) = (
    _for_lowercase(p) for p in (_FINE_PRINT, _SOCIAL, _PHOTO_CREDIT, _SHARE_VERB, _PAYWALL, _LEGAL, _SUPPORT, _PROMPT,
                                _SOCIAL_NETWORKS, _EMBED_LINK, _SHARE_BUTTON, _SHARE_BUTTON_MORE, _SHARE_COUNT))

# The phrase families boilerplate_reason searches a line of forty words or fewer for, as one scan: nineteen lines in
# twenty hold none of them, and are passed over once instead of nine times.
_PHRASES = occurs_any((_FINE_PRINT, _PAYWALL, _LEGAL, _SUPPORT, _SOCIAL, _PROMPT, _SHARE_VERB, _SOCIAL_NETWORKS, _SHARE_ON))
# Only asked whether they occur in a line: looked for from their rarest letters (literals.occurs), half the time.
_SOCIAL_OCCURS = occurs(_SOCIAL)
_FINE_PRINT, _PAYWALL, _LEGAL, _SUPPORT = (occurs(p) for p in (_FINE_PRINT, _PAYWALL, _LEGAL, _SUPPORT))

# Labels and the comment form's lines, matched in the same lowercase copy (copies: the originals also read text as written).
(_NAV_LOWER, _ADVERT_LOWER, _STOCK_CAPTION_LOWER, _BLOG_BUTTONS_LOWER, _TAGS_LOWER, _COMMENT_FORM_LOWER,
 _DONATE_BUTTON_LOWER) = (_for_lowercase(p) for p in (_NAV, _ADVERT, _STOCK_CAPTION, _BLOG_BUTTONS, _TAGS, _COMMENT_FORM,
                                                        _DONATE_BUTTON))
# Lists of labels, matched at the start of most short lines: their alternatives grouped by first letter (same matches).
_NAV_LOWER, _ADVERT_LOWER, _TAGS_LOWER = (grouped_by_opening(p) for p in (_NAV_LOWER, _ADVERT_LOWER, _TAGS_LOWER))
# Every substring gate of boilerplate_reason at once: nine lines in ten of a page hold none of their keys, and then one
# scan passes them all over (and a few `in` tests for the keys of common letters only: literals.any_in).
# (Batch 25's: a download link's file, a speech's delivery note, a newsletter footer's and a views disclaimer's openings.)
# An article's audio player: "Artikel anhören · 7 Min.", "Écouter l'article", "Ascolta l'articolo".
_AUDIO_KEYS = ("artikel anhören", "vorlesen lassen", "artikel beluisteren", "artikel voorlezen", "couter l", "couter cet",
               "escuchar el art", "escuchar este art", "ascolta l", "ascolta questo", "ouvir o artigo", "ouvir este artigo",
               "posłuchaj artykułu", "слушать статью", "слухати статтю", "audioversion", "audio version", "version audio",
               "this audio")
_AUDIO_PLAYER = regexes.compile(r"\b(?:artikel (?:anhören|vorlesen lassen|beluisteren|voorlezen)|[ée]couter (?:l['’]|cet )article|"
                                r"escuchar (?:el|este) artículo|ascolta (?:l['’]|questo )articolo|ouvir (?:o|este) artigo|"
                                r"posłuchaj artykułu|слушать статью|слухати статтю|"
                                # (Its note on how the voice was made: "Diese Audioversion wurde künstlich generiert.")
                                # (A line of its own: not "Die Audioversion wurde künstlich erzeugt, sagt die Polizei.")
                                r"^(?:diese |die )?audioversion (?:wurde|ist) (?:künstlich|automatisch|maschinell|mit ki|"
                                r"mithilfe künstlicher intelligenz) (?:generiert|erzeugt|erstellt)\W*$|"
                                r"^this audio(?: version)? (?:was|is|has been) (?:generated|produced|created|read) "
                                r"(?:automatically|artificially|by ai|using ai|with ai|by artificial intelligence)\W*$|"
                                r"^(?:cette|la) version audio (?:a été|est) (?:générée|produite|créée) (?:automatiquement|"
                                r"artificiellement|par (?:une |l['’])?(?:ia|intelligence artificielle))\W*$)")
_DELIVERY_KEYS = ("delivery", "gesprochene", "prononcé", "pronunciado", "testo pronunciato", "gesproken", "talade ordet",
                  "wygłoszonym", "puhetta")
_ANY_KEY = any_in(_COOKIE_KEYS + _AFFILIATE_KEYS + _MAILBOX_KEYS + _BOX_KEYS + _COPYRIGHT_KEYS + _NOTICE_KEYS + _IMPRINT_KEYS
                  + _END_MATTER_KEYS + literals(_SIGN_UP_HINT) + literals(_CREDIT_HINT)
                  + ("pdf", "kb)", "mb)") + _DELIVERY_KEYS + _RECEIVING_STARTS + tuple(v.strip() for v in _VIEWS_STARTS)
                  + _SIGN_UP_MORE_KEYS + _AUDIO_KEYS + ("ctrl",))
# Substring gates as one scan each: a generator of `key in lower` tests cost more than the scan.
_MAILBOX_KEY, _COPYRIGHT_KEY, _NOTICE_KEY, _IMPRINT_KEY, _SIGN_UP_MORE_KEY, _AUDIO_KEY = (
    any_of(keys) for keys in (_MAILBOX_KEYS, _COPYRIGHT_KEYS, _NOTICE_KEYS, _IMPRINT_KEYS, _SIGN_UP_MORE_KEYS, _AUDIO_KEYS))
# The other gates of literal strings, grouped the same way (each is only asked whether it occurs).
_BOX_KEY, _END_MATTER_HINT, _MORE_BUTTON_HINT, _SIGN_UP_HINT, _CREDIT_HINT = (
    any_of(literals(p)) for p in (_BOX_KEY, _END_MATTER_HINT, _MORE_BUTTON_HINT, _SIGN_UP_HINT, _CREDIT_HINT))
# The two notices a line of any length may be (cookie consent, an affiliate disclaimer), asked of every story
# paragraph: their keys of common letters only ("noi e i nostri", "annons") found by `in` (literals.any_in), which
# makes the scan of a paragraph a fifth cheaper; and both key sets as one gate for a line of more than sixty words, which
# can be nothing else (boilerplate_reason).
_COOKIE_KEY, _AFFILIATE_KEY = any_in(literals(_COOKIE_KEY)), any_in(_AFFILIATE_KEYS)
_LONG_NOTICE_KEY = any_in(_COOKIE_KEYS + _AFFILIATE_KEYS)

# _PHOTO_CREDIT in three parts, for speed only: the label at the start (one anchored match), the agencies anywhere (all
# but one open with a letter, which lets re skip to the places they can start) and "epa" alone, behind a substring test.
_CREDIT_LABEL, _CREDIT_AGENCY = _PHOTO_CREDIT.pattern.split(r"|(?:getty images", 1)
_CREDIT_LABEL, _CREDIT_AGENCY = regexes.compile(_CREDIT_LABEL), regexes.compile(
    "(?:getty images" + _CREDIT_AGENCY.replace(r"|\bepa\b", "", 1))
_CREDIT_EPA = regexes.compile(r"\bepa\b")
assert _CREDIT_AGENCY.pattern.count("epa") == 0 and _CREDIT_LABEL.pattern.startswith("^")


# "Source: …" in any language under a chart, a ranking or a table, full stop or not ("Fuente: Boletín Hidrológico,
# Ministerio …."; "Zdroj: Asociace …"): the colon says it is a label, whatever follows.
_SOURCE_LINE = regexes.compile(r"^(?:%s)\s*[:：]\s*\S" % _SOURCE_WORDS, re.IGNORECASE)


# A picture carousel's caption, its place in the row first: "Item 1 of 3 Ukrainian negotiators arrive …", "[1/3]Members …".
_CAROUSEL_CAPTION = regexes.compile(r"^(?:item \d{1,2} of \d{1,2}|\[\d{1,2}/\d{1,2}\])\s*\S")
# A link to the page in another language: "English version", "Versión en inglés", "Read this in English".
_LANGUAGE_VERSION = regexes.compile(r"^(?:english version|read (?:this|it|the story) in english|in english|englische version|"
                                    r"deutsche version|version (?:anglaise|française|en anglais|en français)|"
                                    r"versi[oó]n en (?:ingl[eé]s|español)|versione (?:inglese|in inglese|italiana)|"
                                    r"vers[aã]o em (?:ingl[eê]s|portugu[eê]s)|wersja angielska|english edition)\W*$")


def _photo_credit(lower: str) -> bool:
    """_PHOTO_CREDIT.search(lower), faster."""
    return bool(_CREDIT_LABEL.match(lower) or _CREDIT_AGENCY.search(lower) or "epa" in lower and _CREDIT_EPA.search(lower)
                # (Lithuanian puts the word after the photographer's name: "Rimantas Valaitis / Mindaugo Kulbio nuotr.")
                or lower.endswith(("nuotr.", "nuotr", "nuotrauka")))


# "Download PDF", "PDF herunterladen", "Descarcă raportul (PDF, 240 KB)": a button or link to the page as a file, in
# any language a verb of downloading beside the file's kind or size. (Read on lowercase text.)
_DOWNLOAD = regexes.compile(
    r"(?:^|\W)(?:download|downloaden|herunterladen|télécharger|telecharger|descargar|descarregar|baixar|scarica|scaricare|"
    r"pobierz|descarcă|descarca|stáhnout|stiahnuť|ladda ner|last ned|hent|lataa|letöltés|скачать|завантажити|"
    r"изтегли|indir|save as)(?:\W|$)")
# Over a speech's text: "Check against delivery", "Es gilt das gesprochene Wort", "Seul le prononcé fait foi".
_DELIVERY_NOTE = regexes.compile(r"^\W*(?:check against delivery|(?:please )?check (?:the )?speech against delivery|"
                                 r"es gilt das gesprochene wort|seul le prononcé fait foi|(?:sólo|solo) (?:vale|es válido) lo "
                                 r"pronunciado|cotejar con (?:el )?discurso pronunciado|fa fede (?:solo )?il testo pronunciato|"
                                 r"het gesproken woord geldt|alleen het gesproken woord geldt|det talade ordet gäller|"
                                 r"sprawdzić z wygłoszonym|tarkistettava puhetta vastaan)\W*$")
_FILE_KIND = regexes.compile(r"\bpdf\b|\(\s*(?:pdf,\s*)?[\d.,]+\s*[km]b\s*\)")


# A notice that the page needs JavaScript, shown when it is off: "JavaScript scheint in Ihrem Browser deaktiviert zu
# sein.", "Please enable JavaScript to view this page.", "Um … nutzen zu können, empfehlen wir Ihnen Javascript … zu
# aktivieren." (Read on lowercase text holding "javascript".)
_SCRIPT_OFF = regexes.compile(r"\b(?:enable|enabled|activate|turn on|switch on|disabled|deactivated|turned off|aktivier\w*|aktiver\w*|"
                              r"deaktiviert|einschalten|ausgeschaltet|activer|activez|désactivé|habilit\w*|activ[ae]r?|"
                              r"desactivado|desativado|ativ[ae]r?|attiva\w*|disattivat\w*|włącz\w*|wyłączon\w*|inschakel\w*|"
                              r"uitgeschakeld|включит\w*|отключ\w*|увімкн\w*|aktiv[eé]r\w*|povol\w*)\b")
# The same in Chinese, Japanese, Korean, where the browser is named beside it: "请开启浏览器的JavaScript功能以观看视频。",
# "ブラウザのJavaScriptを有効にしてください", "브라우저의 JavaScript를 활성화해 주세요".
_CJK_SCRIPT_OFF = regexes.compile(r"(?:浏览器|瀏覽器|ブラウザ|브라우저).{0,12}javascript|javascript.{0,16}(?:开启|启用|打开|開啟|啟用|"
                                  r"有効|활성화|켜)")
# (Asked of the reader, which a story about JavaScript is not: "请…", "…してください", "…해 주세요".)
_CJK_REQUEST = regexes.compile(r"请|請|ください|下さい|주세요|주십시오|하십시오")
# A forum's or a site's notice to a reader on an old browser: "You are using an out of date browser. It may not display
# this or other websites correctly.", "You should upgrade or use an alternative browser."
_OLD_BROWSER = regexes.compile(r"^(?:you are using an? (?:out[- ]of[- ]date|outdated|old|unsupported) (?:web )?browser|"
                               r"you should upgrade or use an alternative browser|your (?:web )?browser is (?:out[- ]of[- ]date|"
                               r"outdated|not supported|no longer supported)|sie (?:verwenden|nutzen) einen (?:veralteten|"
                               r"nicht unterstützten) browser|ihr browser ist veraltet|vous utilisez un navigateur (?:obsolète|"
                               r"dépassé|non pris en charge)|votre navigateur (?:est obsolète|n'est plus)|(?:estás|está) "
                               r"(?:usando|utilizando) un navegador (?:obsoleto|desactualizado|antiguo)|"
                               r"(?:używasz|korzystasz z) (?:przestarzałej|nieaktualnej) przeglądarki)")
# A breadcrumb trail's label, with or without the trail: "You are here: Home » News", "Sie befinden sich hier:".
_YOU_ARE_HERE = regexes.compile(r"^(?:you are here|sie (?:befinden sich|sind) hier|vous êtes ici|usted está aquí|está aquí|"
                                r"estás aquí|sei qui|ti trovi (?:qui|in)|jesteś tutaj|znajdujesz się (?:tutaj|w)|u bent hier|"
                                r"u bevindt zich hier|você está aqui|du är här|du er her|olet tässä|вы здесь|ви тут)\s*(?:[:：]|$)")
# (Each pattern's first words, as a substring gate: most lines start with none of them.)
_YOU_ARE_HERE_STARTS = ("you are", "sie ", "vous", "usted", "está", "estás", "sei ", "ti trovi", "jesteś", "znajdujesz",
                        "u be", "você", "du ", "olet", "вы ", "ви ")
# A link to the article before or after this one, alone or glued to its title: "Next article", "Previous post: …",
# "… Read iPhone MessagesNext article", "Nächster Artikel".
_NEXT_ARTICLE = regexes.compile(r"^(?:next|previous|prev|older|newer) (?:article|post|story)\b|"
                                r"^(?:nächster|vorheriger|voriger) (?:artikel|beitrag)\b|^(?:article|post) (?:suivant|précédent)\b|"
                                # (Italian, Spanish, Portuguese, Dutch: "Articolo precedente", "Entrada anterior", the
                                # label alone or before a colon — not "Entrada anterior al estadio fue cerrada …".)
                                r"^(?:(?:articolo|post) (?:precedente|successivo)|(?:artículo|entrada) (?:anterior|siguiente)|"
                                r"(?:artigo|post) (?:anterior|seguinte)|(?:vorige|volgende) (?:artikel|bericht))(?:\s*[:»›>]|\W*$)")
# Glued to the end of a teaser's title, in its capital: "… Read iPhone MessagesNext article".
_NEXT_ARTICLE_GLUED = regexes.compile(r"(?<=[a-z])(?:Next|Previous|Older|Newer) (?:article|post|story)$")
# (Said to the reader, which a story about JavaScript is not: "your browser", "Bitte …", "Ihrem Browser". In more
# languages than _TO_THE_READER, which also reads imperatives of English prompts.)
_READER_ADDRESSED = regexes.compile(r"\b(?:your|you|please|ihr\w*|sie|bitte|votre|vous|veuillez|su navegador|tu navegador|por favor|"
                            r"per favore|il tuo|proszę|twoja|twojej|uw|je browser|ваш\w*|пожалуйста)\b")
# (And about the page in front of the reader: "to view this page", "diese Website", "ce site".)
_PAGE_WORD = regexes.compile(r"\b(?:page|site|website|web ?site|seite|webseite|website|browser|navigateur|navegador|"
                             r"sito|pagina|página|strona|stránk\w*|sivu\w*|webbplats\w*|nettsted\w*|функци\w*|сайт\w*)\b")
# A search box's prompt or placeholder: "Geben Sie Ihre Suchbegriffe ein", "Enter your search terms", "Suchbegriff
# eingeben", "Search for:", "Type to search", "Rechercher sur le site".
_SEARCH_PROMPT = regexes.compile(r"^(?:geben sie (?:ihre?n? )?such\w* ein|such\w* eingeben|enter (?:your )?(?:search|keywords?)\b.{0,20}|"
                                 r"search (?:for|this site|the site|our site)\b.{0,12}|type (?:here )?to search|what are you looking for\??|"
                                 r"rechercher(?: sur le site)?|saisissez votre recherche|introduzca (?:su|el) término de búsqueda|"
                                 r"buscar en (?:el sitio|la web)|cerca nel sito|wpisz (?:szukan\w*|fraz\w*)|zoeken naar|"
                                 r"zoekterm invoeren|поиск по сайту)\W*$")
_SEARCH_STARTS = ("geben", "such", "enter", "search", "type", "what are", "recherch", "saisiss", "introduzca", "buscar",
                  "cerca", "wpisz", "zoek", "поиск")
# A row of the page's own tools: "Diese Seite drucken Diese Seite per Email verschicken.", "Print this page Email this
# page", "Imprimer cette page", "Artikel drucken".
_PAGE_TOOLS = regexes.compile(r"^(?:(?:diese seite|seite|artikel|beitrag|this page|this article|page|article|cette page|l'article|"
                              r"esta página|questa pagina) ?(?:drucken|print|imprimer|imprimir|stampa(?:re)?|"
                              r"(?:per )?e-?mail (?:verschicken|versenden|senden)|weiterempfehlen|empfehlen|teilen|"
                              r"envoyer par e-?mail|enviar por e-?mail)|(?:print|email|e-mail|share) (?:this|the) (?:page|article|story)|"
                              r"imprimer (?:cette page|l'article)|envoyer (?:cette page|l'article)(?: par e-?mail)?)"
                              r"(?:[\s.|·•]+(?:diese seite|seite|artikel|beitrag|this page|this article|page|article|cette page|"
                              r"l'article|esta página|questa pagina)? ?(?:drucken|print|imprimer|imprimir|stampa(?:re)?|"
                              r"(?:per )?e-?mail (?:verschicken|versenden|senden)|weiterempfehlen|empfehlen|teilen|"
                              r"envoyer par e-?mail|enviar por e-?mail|(?:print|email|e-mail|share) (?:this|the) (?:page|article|story)))*"
                              r"\W*$")
# Government sites' note under a PDF's link: "To view PDF files you need Adobe Reader", in any language.
_PDF_READER = regexes.compile(r"adobe\s*(?:acrobat\s*)?reader|acrobat\s*reader")
# (… telling the reader to get it: not a story about a flaw in Adobe Reader.)
_PDF_READER_NEEDED = regexes.compile(r"\b(?:need|needed|require[ds]?|download|install|free of charge|herunterladen|"
                                     r"benötigen|télécharger|nécessaire|descargar|necesita|scaricare|necessario|"
                                     r"pobierz|wymagany)|必要|ダウンロード|下载|需要")
# The same in Japanese and Chinese: "このページを印刷する" (print this page), "打印本页".
_CJK_PAGE_TOOLS = regexes.compile(r"^(?:この(?:ページ|記事)を|ページを|記事を)?印刷(?:する)?$|^(?:打印|列印)(?:本页|此页|本文|本頁|此頁)?$")
_TOOLS_STARTS = ("diese", "seite", "artikel", "beitrag", "this", "page", "article", "cette", "l'art", "esta", "questa",
                 "print", "email", "e-mail", "share", "imprimer", "envoyer")
# The opening of a data-protection notice: "The administrator of your personal data will be …", "Der Verantwortliche für
# die Verarbeitung Ihrer personenbezogenen Daten ist …".
_DATA_NOTICE = regexes.compile(r"^(?:the (?:administrator|controller) of your personal data|verantwortliche?r? für die "
                               r"verarbeitung (?:ihrer|der) (?:personenbezogenen )?daten|le responsable du traitement de vos données|"
                               r"el responsable del tratamiento de (?:sus|los) datos|administratorem (?:twoich|pani|pana) danych)")


# A live page's notice about itself: it has ended ("This live blog has now closed", "Ця стрічка завершена"), or it
# updates by itself ("Ce direct est actualisé automatiquement", "This page refreshes automatically").
LIVE_NOTICE = "a live page's notice (ended, or updates itself)"
AGE_NOTICE = "the page's age notice (how old the article is, not when it was published)"
# "This article is more than 1 month old", "This story was published over 2 years ago", "Dieser Artikel ist älter als
# ein Jahr", "Cet article date de plus d'un an", "Dit artikel is meer dan een jaar oud": a warning over old pages, set where
# headlines stand, in words that share nothing with the story. A number of days, weeks, months or years, or "a/one".
_AGE_KEY = regexes.compile(r"\b(?:article|story|post|page|artikel|artikeln|beitrag|artículo|articolo|artigo|artykuł)\b")
_AGE_AMOUNT = r"(?:\d{1,2}|a|an|one|two|three|ein(?:em|en)?|zwei|drei|un|une|uno|una|um|uma|een|één|twee|drie|jeden)"
_AGE_NOTICE = regexes.compile(
    r"^this (?:article|story|post|page) (?:is|was (?:published|written|first published)|has been published) "
    r"(?:more than|over|older than|at least) (?:\d{1,2}|a|an|one|two|three) (?:days?|weeks?|months?|years?)(?: old| ago)?[.!]?$|"
    r"^(?:dieser|der) (?:artikel|beitrag) ist (?:älter als|mehr als|über) " + _AGE_AMOUNT + r" (?:tage?n?|wochen?|monate?n?|jahre?n?)(?: alt)?[.!]?$|"
    r"^cet article (?:a|date de|a été publié il y a) plus d['’]?\s?(?:\d+|un|une) ?(?:jours?|semaines?|mois|ans?)[.!]?$|"
    r"^(?:este|el) (?:artículo|artigo) (?:tiene|tem|fue publicado hace|foi publicado há) más de " + _AGE_AMOUNT
    + r" (?:días?|semanas?|mes(?:es)?|años?)[.!]?$|"
    r"^(?:este|o) artigo (?:tem|foi publicado há) mais de " + _AGE_AMOUNT + r" (?:dias?|semanas?|m[eê]s(?:es)?|anos?)[.!]?$|"
    r"^questo articolo (?:ha|è stato pubblicato) più di " + _AGE_AMOUNT + r" (?:giorni|settimane|mesi|anno|anni)(?: fa)?[.!]?$|"
    r"^(?:dit|het) artikel is (?:meer dan|ouder dan) " + _AGE_AMOUNT + r" (?:dagen|weken|maanden?|jaar)(?: oud)?[.!]?$|"
    r"^(?:denna |den här )?artikel(?:n)? är (?:mer än|över|äldre än) (?:\d+|ett|en|två) (?:dagar|veckor|månader|år)(?: gammal)?[.!]?$|"
    r"^ten artykuł (?:ma|jest starszy niż) (?:ponad |więcej niż )?(?:\d+ )?(?:rok|lata|lat|miesiąc|miesiące|miesięcy)[.!]?$")
_LIVE_NOTICE_KEY = regexes.compile(r"live|blog|direct|diretta|relacj|стрічк|трансляц|лент|ticker|page|seite")
_LIVE_NOTICE = regexes.compile(
    r"^this blog (?:has (?:now )?(?:ended|closed)|is (?:now )?closed)[.!]?$|"
    r"\b(?:this (?:live ?blog|live page|live coverage|live feed) (?:has (?:now )?(?:ended|closed|finished)|is (?:now )?"
    r"(?:closed|over))|(?:this|the) (?:live ?blog|page|live page) (?:updates|refreshes|is updated) automatically|"
    r"^ende des (?:live-?blogs|live-?tickers|tickers)(?: für heute)?[.!](?:\s+morgen geht es hier weiter[.!]?)?$|"
    r"^morgen geht es hier weiter[.!]?$|"
    r"(?:dieser|der) (?:live-?blog|live-?ticker|ticker) (?:ist beendet|wurde beendet|ist geschlossen|"
    r"aktualisiert sich automatisch|wird automatisch aktualisiert)|diese seite (?:aktualisiert sich|wird) automatisch(?: aktualisiert)?|"
    r"ce direct est (?:(?:désormais|maintenant|à présent) )?(?:terminé|clos)(?=[.!,]|\s*$)|ce direct est (?:actualisé|mis à jour) automatiquement|"
    r"este directo (?:ha (?:finalizado|terminado)|se actualiza automáticamente)|"
    r"questa diretta (?:è (?:terminata|conclusa)|si aggiorna automaticamente)|relacja (?:na żywo )?(?:została )?zakończona|"
    r"ця стрічка (?:завершена|закрита|оновлюється автоматично)|трансляція (?:завершена|закінчилася)|"
    r"эта (?:лента|трансляция) (?:завершена|закончилась|обновляется автоматически)|трансляция (?:завершена|закончилась)|"
    # A pointer to the earlier days' coverage: "Die Ereignisse vom Vortag können Sie in unserem Liveblog vom Donnerstag
    # nachlesen.", "You can read yesterday's live blog here.", "Retrouvez notre direct d'hier."
    r"in unserem (?:live-?blog|live-?ticker|ticker) (?:vom|von) [\w.]+ (?:nachlesen|lesen|finden)|"
    r"^ältere einträge [^.]{0,60}finden sie im (?:live-?blog|live-?ticker|ticker) (?:vom|von) [\w.]+|"
    r"^(?:you can )?(?:read|follow|catch up (?:on|with)|find) (?:our |all )?(?:yesterday['’]s|the previous day['’]s|last night['’]s) "
    r"(?:live ?blog|live coverage|live updates|live page)|"
    r"^(?:you can )?(?:read|find|catch up (?:on|with)) our (?:live ?blog|live coverage|live updates|live page) (?:from|of) "
    r"yesterday\b|"
    r"^(?:retrouvez|relisez) notre direct (?:d['’]hier|de la veille)|^rileggi la diretta di ieri)")


CODE = "code or data shown as text (a script's text the page let through)"


def code_like(text: str) -> bool:
    """A script's or a data blob's text ('"}, "hasCustomJumpLinkMessage": false, …'): keys and braces, not sentences.
    (A browser shows a script's tail as text when a string in it holds "</script>".)"""
    if text.count('":') + text.count("':") + text.count("=>") < 3 and text.count("{") < 3:
        return False
    return sum(text.count(mark) for mark in '{}[]":;=\\') * 12 >= len(text)


# A study's reference, set in a box under a university's or a science desk's story: its authors by initials and
# surname, the year in brackets, then the title and the journal's volume and pages or the DOI ("J. Haverkamp, L. Otten
# (2025). Thinner but tougher: … Reports 18(4), 211–229.").
_CITATION = regexes.compile(r"^(?:(?:[A-Z]\.\s?)+[A-Z][\w'’\-]+|[A-Z][\w'’\-]+,?\s(?:[A-Z]\.\s?)+)(?:,?\s(?:&\s|and\s|et al\.?)?"
                            r"(?:(?:[A-Z]\.\s?)+|[a-z]{1,3}\s)*[A-Z][\w'’\-]+(?:,?\s(?:[A-Z]\.\s?)+)?)*,?\s(?:et al\.?\s)?"
                            r"\((?:19|20)\d{2}\)\.\s")
_CITATION_TAIL = regexes.compile(r"\b\d+\s?\(\d+\)|\bdoi\b|\b\d+[–-]\d+\.?$|\bpp?\.\s?\d", re.IGNORECASE)


# A radio page's line under its headline, "Heard on Daybreak Desk"; a public radio caption's toggle, "… hide caption".
# (A programme's name: "Heard on Daybreak Desk", "As heard on Morning Edition"; not a story's "Heard on Main Street".)
_HEARD_ON = regexes.compile(r"(?:[Aa]s\s+)?[Hh]eard\s+on\s+(?=.*\b(?:Desk|Show|Hour|Programme|Program|Edition|Today|Tonight|"
                            r"Breakfast|Drive|Mornings?|Evening|Weekend|Live|FM|AM|Radio|Podcast|Report|Magazine|Extra|Daily|"
                            r"Briefing)\b)(?:[A-Z][\w'’&.-]*\s?){1,5}")
# ("Now playing: Drive with Sam Okafor", no sentence: not a theatre round-up's "Now playing: Hamlet, at the Globe.")
_NOW_PLAYING = regexes.compile(r"(?:now playing|on air now|jetzt läuft)\s*[:·|]\s*[^.!?]*[^.!?\s]$", re.IGNORECASE)
_CAPTION_TOGGLE = regexes.compile(r"\s(?:hide|toggle|show)\s+caption$", re.IGNORECASE)


# "Media contact: Press Office", "Press enquiries: …", "Contact presse : …": whom a press release says to ask.
# (The label opens the line and is no more than that: "Contact tracing: what we know" is a heading, "Police enquiries:
# officers confirmed …" a paragraph.)
CONTACT_LABEL = regexes.compile(r"(?:(?:press|media|news)\s+(?:contacts?|enquiries|inquiries|queries|office)|"
                                r"contacts?(?:\s+(?:presse|press|média|media|de\s+prensa|stampa|for\s+(?:the\s+)?media))?|"
                                r"kontakte?|pressekontakt|contacto(?:\s+de\s+prensa)?|contatto(?:\s+stampa)?)\s*[:：]",
                                re.IGNORECASE)
CONTACT_LINE = "a press office's contact line"
# "If you have been affected by any of the issues in this story, …", "If you or someone you know has been affected by the
# issues raised in this article, …": where the outlet points readers for help, under a hard story.
_SUPPORT_LINE = regexes.compile(r"If you(?: or someone you know)?(?:['’]ve| have| has| are| were)? (?:been )?affected by "
                                r"(?:any of )?the (?:issues|topics|subjects|themes|matters)(?: raised| discussed| covered| "
                                r"mentioned)? in (?:this|the) (?:story|article|report|programme|program|episode|piece|feature)\b")
SUPPORT_LINE = "a support line (where readers affected by the story are pointed for help)"


# An embedded post's placeholder, the whole line: "Post auf X ansehen" / "Inhalte von Drittanbietern werden erst nach
# Ihrer Zustimmung geladen.", "View post on X", "Third-party content is only loaded with your consent." (Its own reason,
# not a consent box's: a story line between two of them is no part of one.)
_EMBED_PLACEHOLDER = regexes.compile(
    r"(?:(?:view|see) (?:this )?(?:post|tweet) on (?:x|twitter|instagram|facebook|threads|bluesky)|"
    r"(?:post|beitrag|tweet) auf (?:x|twitter|instagram|facebook|threads|bluesky) ansehen|"
    r"inhalte von drittanbietern (?:werden|wird) erst nach ihrer zustimmung geladen|"
    r"third[- ]party content (?:is|will be) (?:only )?(?:loaded|shown|displayed) (?:only )?(?:after|with|once you give) "
    r"your consent)[.!]?", re.IGNORECASE)
# A reader poll's label before its question: "Sonda: Czy Polska powinna …?", "Poll: Should the council …?".
_POLL_WORD = (r"(?:(?:quick |reader |our |today's )?poll|sonda|ankieta|umfrage|sondage|sondaggio|encuesta|enquete|"
              r"enquête|опитування|опрос|anket|kysely|omröstning|afstemning|avstemning|peiling|δημοσκόπηση)")
POLL_LABEL = regexes.compile(_POLL_WORD + r"\s*[:：]\s*\S[^.!]*\?$", re.IGNORECASE)
POLL_LABEL_ALONE = regexes.compile(_POLL_WORD + r"\s*[:：]?$", re.IGNORECASE)  # ("Sonda" over its question)


# (A link's words open the line: "Read about our methodology", "Jak oceniamy? Poznaj …", "Découvrez notre méthodologie";
# not a survey's own note, "Our methodology: we surveyed 1,000 adults online …".)
_METHOD_LINK_OPENS = regexes.compile(r"(?:read|see|learn|find out|how we|poznaj|jak |zobacz|przeczytaj|lire|lisez|"
                                     r"découvrez|notre méthod|mehr|lesen|erfahren|so prüfen|lee |conoce|cómo |leia|"
                                     r"saiba|come |leggi|scopri|lees|hoe we|читайте|узнайте|як ми|дізнайтеся)")
_OUR_METHOD = regexes.compile(r"\b(?:our|nasz[aąeę]?|notre|unsere?|nuestra|nossa|la nostra|onze|vår|vores|naši|наш[аиуе]?)\s+"
                              r"(?:[\w\-]+\s+)?(?:methodology|metodologi[aęię]|méthodologie|methodik|metodología|metodologia|"
                              r"methodologie|metodologi|методологи\w*)\b")
_LEFT_RIGHT_ENDS = regexes.compile(r"\((?:left|right)\)\s*(?:[.;:]|$)")
# "Läs också mitt inlägg om höstplantering av lökar.", "Read my post on pruning plums": a blogger pointing to another
# post of theirs, under or inside the story.
_READ_MY_STARTS = ("read", "see", "läs", "lesen", "lies", "lire", "à lire", "czytaj", "przeczytaj", "lees", "læs", "les ")
_READ_MY_POST = regexes.compile(
    r"(?:read|see|läs|lesen sie|lies|lire|à lire|czytaj|przeczytaj|lees|læs|les)(?:\s+(?:also|too|också|även|auch|aussi|"
    r"też|także|ook|også))?\s+(?:my|mitt|mina|min|meinen|meine|mein|mon|ma|mes|mój|moje|moim|mijn|mit|mine)\s+"
    r"(?:earlier\s+|previous\s+|tidigare\s+|old\s+)?(?:posts?|article|piece|blog ?posts?|inlägg|artikel|artikeln|beitrag|"
    r"blogbeitrag|billet|articles?|artykuł|wpis|bericht|blogpost|innlegg|indlæg)\b")


# A line of a paywall or a donation box, opening on what it says (not a story's sentence holding the words: "Netflix
# said this content is exclusive to subscribers in the US", "Redaktor naczelny podkreśla: działamy dzięki wpłatom …"):
# "This article is exclusive to subscribers", "Działamy dzięki darowiznom czytelników. …", "We rely on donations from
# readers like you."
_PITCH_OPENS = regexes.compile(r"(?![^\n]*\b(?:said|says|told|tells|mówi|powiedział\w*|sagt|sagte)\b)"
                               r"(?:this (?:article|content|story) is exclusive to (?:subscribers|members)\W*$|"
                               r"działamy dzięki (?:darowiznom|wpłatom|wsparciu) (?:czytelników|darczyńców|naszych czytelników)|"
                               r"we (?:rely|depend) on (?:donations|the support|the generosity) (?:from|of) (?:our )?readers"
                               r"(?: like you)?[.!])", re.IGNORECASE)
# Under a public body's downloads, in any language: "PDF形式のファイルをご利用するためには、「Adobe(R) Reader」が必要です。…",
# "To view PDF files you need Adobe Acrobat Reader, which you can download free".
_PDF_READER_NOTE = regexes.compile(r"(?:PDF|ＰＤＦ)[^。.!?]{0,60}Adobe(?:\s*\(R\)|®)?\s*(?:Acrobat\s*)?Reader|"
                                   r"Adobe(?:\s*\(R\)|®)?\s*(?:Acrobat\s*)?Reader[^。.!?]{0,80}(?:PDF|ＰＤＦ|無償|無料|free|"
                                   r"kostenlos|gratuit)", re.IGNORECASE)
# Under a German interview: "Das Interview wurde schriftlich autorisiert." (the interviewee approved the text).
_AUTHORISED = regexes.compile(r"(?:das |dieses )?interview (?:wurde|ist) (?:schriftlich |nachträglich )?autorisiert\.?",
                              re.IGNORECASE)


# Cached: a page repeats its short furniture lines ("Share", "Advertisement", a menu's items) and a site's pages repeat
# each other's (a quarter of the lines judged in the labelled text dumps were judged just before), and the header's and
# the dek's rules ask again about lines line_info judged. (It is pure: what it returns depends on its arguments alone.)
# (4,096 lines, not 1,024: pages of one site share their menus and footers a few pages apart; of the 32,000 lines a
# run of the labelled text dumps judges, 8,700 were judged before instead of 5,800. A few MB at most.)
@lru_cache(maxsize=4096)
def boilerplate_reason(text: str, words: int) -> Optional[str]:
    """Why this line is furniture whatever its place in the page, or None."""
    if code_like(text):
        return CODE
    if words <= 80 and "(" in text[:160] and text[1:2] in ". ,abcdefghijklmnopqrstuvwxyz" and _CITATION.match(text) \
            and _CITATION_TAIL.search(text):
        return "a study's reference (its authors, year, journal)"
    if words <= 60 and text[:6] == "If you" and _SUPPORT_LINE.match(text):
        return SUPPORT_LINE
    if words <= 12 and ":" in text and text[:1] in "MmPpCcKkNn" and CONTACT_LABEL.match(text):
        return CONTACT_LINE
    if words <= 12 and text[:1] in "VvSsPpBbTtIi" and _EMBED_PLACEHOLDER.fullmatch(text.strip()):
        return "an embedded post's placeholder (not loaded)"
    if words <= 8 and text[:1] in "AaHhNnOoJj" and (_HEARD_ON.fullmatch(text.strip()) or _NOW_PLAYING.match(text)):
        return "a radio page's programme line (where the story was aired, or what is on air)"
    if words <= 60 and text.endswith(("caption", "Caption")) and _CAPTION_TOGGLE.search(text):
        return "photo caption (with its 'hide caption' toggle)"
    if words <= 8 and text[:1] in "DdIi" and _AUTHORISED.fullmatch(text.strip()):
        return "an interview's note that its text was authorised"
    if "Adobe" in text and len(text) <= 300 and _PDF_READER_NOTE.search(text):
        return "a note on the reader a PDF download needs"
    if words <= 30 and text[:1] in "TtDdWw" and _PITCH_OPENS.match(text):
        # (The paywall's own prompt as such: the offer under it is read as its box's, "Get unlimited access …".)
        return "paywall prompt" if text[:1] in "Tt" else "a donation box's line (what the outlet lives on)"
    lower = lowercase(text)
    if words > 60 and not _LONG_NOTICE_KEY.search(lower):
        # (Most of a story's paragraphs: on a line this long only the cookie and affiliate notices below are looked
        # for, each behind its keys, and it holds none of either. One scan instead of two.)
        return None
    keyed = words > 60 or _ANY_KEY.search(lower)  # False: no line of the key-gated checks can match
    if keyed and _COOKIE_KEY.search(lower) and (_COOKIES.search(text) or _CJK_COOKIES.search(text) and ("ookie" in text or _CJK_SITE.search(text) and _CJK_WE_USE.search(text))
                                      or ("cookie" in lower and words <= 60 or _PERSONAL_DATA.search(lower))
                                      and _QUOTED_BUTTON.search(text)):
        return "cookie/consent notice"
    # (Not a blog's post line with the note as one of its parts: "Published: Feb 16, 2025 · … by Maggie Thornbury · This
    # post may contain affiliate links · 42 Comments" holds the post's date and author.)
    if keyed and _AFFILIATE_KEY.search(lower) and _AFFILIATE.search(text) and not (
            words <= 40 and len(POST_LINE_PARTS.split(text)) >= 3 and _DIGIT.search(text)):
        return "affiliate disclaimer"
    if words > 60:
        return None  # long running text: only the two notices above are ever that long
    phrased = words > 40 or _PHRASES.search(lower)  # False: none of _PHRASES' families can match below
    if words <= 40 and (phrased and _PAYWALL.search(lower) or not text.isascii() and (
            "有料" in text or "残り" in text or "続き" in text or "会員" in text or "订阅" in text or "付费" in text
            or "유료" in text or "구독" in text) and _CJK_PAYWALL.search(text)):
        return "paywall prompt"
    if words <= 60 and ("募集" in text and _CJK_TIP_REQUEST.search(text) or words <= 30 and _TIP_REQUEST_KEY.search(lower)
                        and _TIP_REQUEST.search(lower) and not _TIP_REPORTED.search(lower)):
        return TIP_REQUEST
    # (A sentence: "## Ce direct est terminé" set as the last entry's headline is the entry's, kept.)
    if words <= 20 and text.rstrip()[-1:] in ".!" and _LIVE_NOTICE_KEY.search(lower) and _LIVE_NOTICE.search(lower):
        return LIVE_NOTICE
    if words <= 14 and _AGE_KEY.search(lower) and _AGE_NOTICE.match(lower.strip()):
        return AGE_NOTICE
    if words <= 3 and _GLUED_COUNTER.match(text):
        return "social counter (a number glued to a button label)"
    if words <= 3 and _FOLLOWERS.match(text):
        return "social counter (followers)"
    if words <= 4 and _LIKES.match(text):
        return "social counter (likes)"
    if words <= 8 and (_GALLERY_COUNTER.match(text) or text[-1:] in ")）" and _GALLERY_LINK.match(text)) \
            or words <= 3 and _GALLERY_POSITION.match(text):
        return "gallery/comment counter"
    if words <= 12 and _ADVERT_LOWER.match(lower):
        return "advertising label"
    # "Advertisement · Scroll to continue": the ad slot's labels copied onto one line.
    if words <= 8 and ("·" in lower or "|" in lower) and all(
            _ADVERT_LOWER.match(part.strip()) for part in re.split(r"[·|]", lower)):
        return "advertising label"
    if words <= 8 and (_NAV_LOWER.match(lower) or _glued_labels(text)):
        return "navigation/button label"
    if keyed and words <= 8 and _DELIVERY_NOTE.match(lower):
        return "a speech's delivery note (the text may differ from what was said)"
    if keyed and words <= 10 and ("pdf" in lower or "kb)" in lower or "mb)" in lower) and _DOWNLOAD.search(lower) \
            and _FILE_KIND.search(lower):
        return "download link (a file of the page)"
    if words <= 16 and ("video" in lower or "vídeo" in lower or "vidéo" in lower or "audio" in lower
                        or "transcript" in lower) and _PLAYER.search(text):
        return "a video player's text (shown when it cannot play)"
    if words <= 12 and ("video" in lower or "vídeo" in lower or "vidéo" in lower or "動画" in text or "영상" in text) \
            and _PLAYER_AD.match(text):
        return "a video player's text (the clip starts after the ad)"
    if words <= 30 and text.rstrip(")")[-1:].isdigit() and _MEDIA_TEASER.match(text):
        return "video or audio teaser (a clip's title and length)"
    if words <= 12 and text[-1:] in ")）" and _CLIP_LENGTH.search(text):
        return "a video player's label (play, and the clip's length)"
    if words <= 20 and lower.startswith(_WATCH_STARTS) and text[-1:] not in ".!?" and _WATCH_LABEL.match(text):
        return "video teaser (a clip's title under its label)"
    if words <= 10 and lower.startswith(_FORM_STARTS) and _FORM_MESSAGE.match(text):
        return "a sign-up form's message"
    if words <= 6 and ("min" in lower or "мин" in lower or "хв" in lower or "dk" in lower or "dakika" in lower
                       or "λεπτ" in lower) and _READING_TIME.match(text):
        return "reading time"
    # (A rating's line may say more, opening on its stars: "★★★★★ 4.8 từ 56 lượt đánh giá", "4.8 from 56 votes".)
    if (words <= 6 and ("★" in text or "☆" in text) or words <= 12 and text[:1] in "★☆" and _DIGIT.search(text)) \
            and _STARS.search(text):
        return STARS
    if words <= 16 and ("broadcast" in lower or "aired" in lower or "shown" in lower or "방송" in text or "放送" in text) \
            and _AIRED_NOTE.match(text) and not _AIRED_DAY.search(text):
        return "where the clip was broadcast (under its player)"
    if words <= 40 and "series" in lower and _SERIES_LINKS.match(lower):
        return "links to the series' other posts"
    if words <= 60 and lower.startswith("the local democracy reporting service is a partnership"):
        # (A syndicated local-government story's note on the scheme that paid for it, opening its line: not "Councillors
        # heard that the Local Democracy Reporting Service is a partnership that …".)
        return "the reporting scheme's note (who paid for the story)"
    if words <= 40 and "contributed" in lower and (_CONTRIBUTED.match(text) or _CONTRIBUTED_TO.match(text)):
        return "reporting note (who else reported)"
    if words <= 60 and ("tip:" in lower or "tipp:" in lower or "tip :" in lower) and _TIP_BOX.match(text):
        return "a tip box beside the story"
    if words <= 12 and lower.startswith(_REVIEWED_STARTS) and _REVIEWED_BY.match(text):
        return "a reviewer's credit (who checked the piece, not who wrote it)"
    if words <= 14 and ("odolog" in lower or "methodik" in lower) and _METHOD_LINK_OPENS.match(lower) \
            and _OUR_METHOD.search(lower) and not QUOTE_MARKS.search(text):
        return "a link to the fact-checker's method"  # ("Jak oceniamy? Poznaj naszą metodologię.", "Read our methodology")
    if words <= 20 and lower.startswith(_READ_MY_STARTS) and _READ_MY_POST.match(lower):
        return "link to another post (the writer's own)"
    if words <= 45 and "(left)" in lower and "(right)" in lower and _LEFT_RIGHT_ENDS.search(lower):
        # "The same field, near Auriga, on 14 October (left) and 22 January (right).": where each thing stands in the
        # picture, which only its caption tells (not a sentence going on after them: "Duncan Smith (left) and Róisín
        # Shortall (right) both called for …").
        return "photo caption (what stands left and right in the picture)"
    if words <= 45 and lower.startswith(_FIGURE_STARTS) and (_FIGURE_CAPTION.match(text) or _FIGURE_SOURCED.match(text)):
        return "a figure's caption"
    if words <= 9 and lower.startswith(_TEAM_STARTS) and _TEAM_CREDIT.match(text):
        return "a team's credit (it names no author)"
    if words <= 10 and text[-1:] in "?？" and _SURVEY.match(text):
        return "a feedback survey's question"
    if words <= 60 and "creative commons" in lower and _LICENCE.search(text):
        return "the site's licence (footer)"
    if words <= 7 and (lower.endswith(_PORTRAIT_ENDS) or lower.startswith(_PORTRAIT_STARTS)) and _PORTRAIT_ALT.match(text):
        return AUTHOR_PHOTO
    if words <= 25 and _photo_credit(lower) and not _sentence_with_verb(text, words) and not _gallery_headline(text):
        return PHOTO_CREDIT
    if words <= 9 and " / " in text and _NAME_SLASH_MEDIA.match(text):
        return NAME_CREDIT  # "Lena Morcombe / Northshore Public Radio": the photographer and the outlet that owns it
    # (After the credit: "VİDEO: Anadolu Ajansı" credits the clip to an agency.)
    if words <= 20 and lower.startswith("send ") and _TIP_LINE.match(lower):
        return "sign-up or disclaimer fine print"  # ("Send it to our WhatsApp tipline and we will look into it.")
    if words <= 7 and lower.startswith("available for") and AVAILABLE_UNTIL.match(text):
        return "how long the broadcaster keeps the clip"  # ("Available for over a year", under a player or apart)
    if words <= 12 and ("動画" in text or "映像" in text or "番組" in text or "영상" in text) and AVAILABLE_UNTIL.match(text):
        return "how long the broadcaster keeps the clip"
    if words <= 12 and lower.startswith(_VIDEO_STARTS) and (_VIDEO_LABEL.match(text) or _MORE_VIDEOS.fullmatch(lower)):
        return VIDEO_LABEL
    if text[:1] == "(" and text[-1:] == ")" and _WIRE_UPDATE_NOTE.match(text):
        return "the wire's note on what this version of the story changed"
    if words <= 16 and text[-1:].isalpha() and _AGENCY_AFTER_CAPTION.search(lower) and not _SAYS_IN_CAPTION.search(lower):
        return "photo caption with its credit (an agency's name after it)"
    # (After the credits: "Quelle: dpa" under a photo is its credit, which makes the line above it a caption.)
    if words <= 12 and (":" in text[:12] or "：" in text[:12]) and _SOURCE_LINE.match(text):
        return "source line (under a chart, a ranking or a table)"
    if words <= 60 and (lower[:5] == "item " or text[:1] == "[") and _CAROUSEL_CAPTION.match(lower):
        return "photo caption (an item of a picture carousel)"
    if words <= 5 and ("vers" in lower or "english" in lower or "edition" in lower or "wersja" in lower) \
            and _LANGUAGE_VERSION.match(lower):
        return "link to the page in another language"
    if words <= 3 and _AGENCY_ONLY.match(text):
        return "photo credit (an agency's name alone)"
    if words <= 3 and _HIT_COUNTER.match(text):
        return "hit counter"
    if words <= 4 and _STOCK_CAPTION_LOWER.match(lower):
        return "photo caption that only says the picture is a stock one"
    if words <= 30 and (words <= 3 or "comment" in lower or "komment" in lower or "coment" in lower or "publi" in lower
                        or "koment" in lower or "reageren" in lower
                        or not lower.isascii() and ("julkais" in lower or "hozzászól" in lower or "nyilvános" in lower)
                        or "offentlig" in lower
                        or "опубликован" in lower or "required" in lower or "logged" in lower or "ingrese" in lower) \
            and _COMMENT_FORM_LOWER.search(lower):
        return "comment form"
    # (A reply button's word only on a short line: not "… had received no reply by the time of publication.")
    if (words <= 3 or words <= 8 and ("comment" in lower or "koment" in lower or "komment" in lower or "coment" in lower)) \
            and _REPLY_BUTTON.search(lower):
        return "comment form"
    if words <= 12 and "댓글" in text and _KOREAN_COMMENT_BOX.search(text) and _KOREAN_UI_ENDING.search(text):
        return "comment form"
    if words <= 60 and "privacy policy" in lower and ("agree" in lower or "terms" in lower):
        return "comment form" if "comment" in lower else "terms/privacy fine print"
    if words <= 40 and (_SITE_NOTE_KEY.search(lower) or not text.isascii() and FOLDS_APART.search(text)) \
            and _SITE_NOTE.search(text) and not QUOTE_MARKS.search(text) and not REPORTS_SPEECH.search(text):
        return "note about the site (its disclaimer, method or programme)"
    if words <= 70 and "sign" in lower and _SIGN_UP_CONSENT.search(lower):
        return "terms/privacy fine print"
    if words <= 40 and (phrased and _FINE_PRINT.search(lower) or keyed and _SIGN_UP_MORE_KEY.search(lower) and (_SIGN_UP_MORE.search(lower) or _SIGN_UP_PROMISE.search(lower))
                        or keyed and (_SIGN_UP_HINT.search(lower) and _SIGNED_UP.search(text)
                                                               or _MAILBOX_KEY.search(lower) and _MAILBOX.search(lower)
                                                               or _BOX_KEY.search(lower) and _BOX_TEXT.search(text))
                        or keyed and lower.startswith(_VIEWS_STARTS) and _VIEWS_DISCLAIMER.match(lower)
                        or lower[:1] in "on" and _VIEWS_DISCLAIMER_PL_CS.match(lower)):
        return SIGN_UP
    if words <= 14 and text[:2] in ("FT", "HT", "AE") and _RESULT_LINE.match(text):
        return "a results ticker's score line"
    if words <= 30 and phrased and _social_prompt(text, lower, words) or words <= 10 and phrased and _SHARE_VERB.search(lower) \
            or words <= 30 and lower[:1] in "fjp" and _OWN_PAGES_PROMPT.match(lower):
        return PROMPT
    # A share bar copied with spaces between its buttons ("Partager sur Facebook Partager sur X Copier le lien 5
    # commentaires") is as much a bar as a glued one: nothing but button labels and a counter is left either way.
    # (Past six words a bar must open with a button: one anchored match passes most lines over.)
    # (Under a label, "Partager l'article sur les réseaux sociaux : Partager sur Facebook Partager sur X Partager sur
    # WhatsApp", a bar runs longer: buttons named "share on …" again and again, and no sentence's end.)
    if words <= 12 and phrased and len(_SOCIAL_NETWORKS.findall(lower)) >= 2 \
            or words <= 20 and phrased and lower[-1:].isalnum() and len(_SHARE_ON.findall(lower)) >= 3 \
            or (words <= 6 or words <= 14 and _SHARE_BUTTON.match(lower)) and _glued_share_bar(lower) \
            or (words <= 3 or words <= 5 and not lower.isascii()) and _SHARE_BUTTON.fullmatch(lower):
        # (a CJK line counts a word per two characters: "はてなブックマーク" is five)
        return "social network links"
    if len(text) <= 80 and text[:1] == "#" and _HASHTAG_OPENING.match(text) \
            and (text.count("#") >= 2 or text.rstrip()[-1:] not in ".!?。"):  # (not "#MeToo campaigners said ….")
        return "hashtags (a social-media prompt or tags)"
    if words <= 8 and keyed and _AUDIO_KEY.search(lower) and _AUDIO_PLAYER.search(lower):
        return "an article's audio player"
    if words <= 6 and _READING_TIME.match(text):
        return "reading time"
    if words <= 14 and forum_clock(text):
        return FORUM_CLOCK
    if words <= 25 and _LISTEN_PROMPT.match(text) or words <= 30 and "play" in lower and _PRESS_PLAY.search(lower):
        return PROMPT
    if words <= 4 and text[-1] in ".…" and _LOADING.match(text):
        return "the placeholder of a chart or player that did not load"
    if words <= 10 and _BLOG_BUTTONS_LOWER.match(lower):
        return "blog buttons (likes, the author's archive)"
    if words <= 30 and lower.startswith(_LIKED_STARTS) and _IF_YOU_LIKED.match(lower):
        return "a pointer to another post (if you liked this one …)"
    if words <= 25 and lower.startswith(_SAVE_STARTS) and _SAVE_FOR_LATER.match(lower):
        return "a save-for-later button and its messages"
    if words <= 14 and text[-1] == ")" and _NEW_WINDOW.search(text):
        return "a share button (its label for screen readers)"
    if words <= 25 and keyed and _COPYRIGHT_KEY.search(lower) and _COPYRIGHT.search(text):
        return COPYRIGHT
    if words <= 40 and keyed and _COPYRIGHT_KEY.search(lower) and _PROTECTED.search(lower) and _REUSE.search(lower) \
            and _FORBIDDEN.search(lower):
        return COPYRIGHT
    if words <= 40 and (phrased and _LEGAL.search(lower) or keyed and (_NOTICE_KEY.search(lower) and _NOTICES.search(text)
                                                          or _IMPRINT_KEY.search(lower) and _IMPRINT.search(text))):
        return "legal small print (site footer)"
    if keyed and words <= 20 and "ctrl" in lower and _TYPO_REPORT.search(lower):
        return "a prompt to report a typo (select it, press Ctrl+Enter)"
    if EMBED_ATTRIBUTION.match(text):
        return "attribution of an embedded social-media post"
    if "/" in lower and _EMBED_LINK.search(lower):  # (each of its links has a slash)
        return "embedded social-media post"
    if words <= 45 and keyed and _END_MATTER_HINT.search(lower):
        if _END_MATTER.search(text):
            return "end matter (a correction, the print edition, a newsletter's mailing footer)"
        if _SPONSOR.search(text):
            return SPONSOR
    if words <= 45 and keyed and lower.startswith(_RECEIVING_STARTS) and _RECEIVING.match(lower):
        return "end matter (a correction, the print edition, a newsletter's mailing footer)"
    if words <= 20 and phrased and _PROMPT.search(lower) \
            or words <= 60 and ("opinion" in lower or "publication" in lower) and _LETTERS_PROMPT.search(lower):
        return CLICK_PROMPT
    if words <= 15 and "@" in text and _EMAIL.search(text):
        return "contact line (an e-mail address)"
    if words <= 90 and _ABOUT_THE_AUTHOR_INLINE.match(text):
        return "about the author (bio line)"  # ("About the author: Margaret retired from teaching in 2015 and …")
    if words <= 60 and _FACTCHECK_METHOD.match(text):
        return "the fact-checker's note on how it checks"  # ("Jak weryfikujemy? Każdą wypowiedź sprawdzamy …")
    if words <= 45 and ("IFCN" in text or "EFCSN" in text or "Fact-Checking" in text or "Fact-checking" in text) \
            and _FACT_CHECKERS_NETWORK.search(text):
        # ("Lupa Datos forma parte de la International Fact-Checking Network (IFCN).": the desk's standing under every
        # check.)
        return "the fact-checker's note on the network it belongs to"
    if words <= 25 and "?" in text and _TIPS_WITHOUT_ADDRESS.match(text) and not _SAID_IN_LINE.search(text):
        return CLICK_PROMPT  # ("Widzisz w sieci podejrzaną informację? Zgłoś ją nam – sprawdzimy.")
    if words <= 60 and _SUBSCRIBE_APPEAL.search(text):
        return DONATION  # ("Reporting like this is made possible by Courier subscribers. … please consider a subscription")
    if words <= 30 and ("like you" in lower or "made possible" in lower) and _LIKE_YOU_APPEAL.search(lower):
        return DONATION  # ("Local journalism is made possible by listeners like you.", over "Donate today"; "Stories like
        # this are made possible by listeners. … Become a monthly supporter today.")
    if words <= 25 and _SHARE_THIS.match(text):
        return CLICK_PROMPT  # ("Know someone who keeps asking you about sanctions? Send them this.")
    if words <= 12 and _CLICK_TO_ENLARGE.match(text):
        return CLICK_PROMPT  # ("※写真をクリックすると拡大します", under a photo)
    if words <= 40 and "@" in text and "?" in text[:160] and _ASKS_THEN_MAIL.match(text):
        # "Widzisz w sieci treść, którą powinniśmy sprawdzić? Napisz do nas na zglos@…": a question to the reader, then
        # where to write — the outlet asking for tips, under any story.
        return CLICK_PROMPT
    if words <= 60 and (phrased and _SUPPORT.search(lower) or "our " in lower and _CONTRIBUTIONS_POWER.search(lower)) or words <= 4 and (_APPEAL_HEADING.match(text) or _DONATE_BUTTON_LOWER.match(lower)):
        return DONATION
    if words <= 45 and (keyed and _CREDIT_HINT.search(lower) and _TRAILING_CREDIT.search(text)
                        or (text[-1] == ")" or text[-1].isupper() or "/" in text[-40:]) and _CAPTION_CREDIT.search(text)
                        or text[-1] == "]" and _BRACKET_CREDIT.search(text)
                        or "/" in text and _SLASH_CREDIT.search(text)
                        or "|" in text and _BAR_CREDIT.search(text)
                        or text.endswith(_AGENCY_TAILS) and _AGENCY_CREDIT.search(text)
                        or "©" in text and _SIGNED_PHOTO.search(text)
                        or text[-1] in "）)" and (_CJK_CREDIT.search(text) or _JA_WHEN_WHERE.search(text)
                                                 or len(text) <= 60 and "。" not in text and _JA_PROVIDED.search(text)
                                                 or _ZH_PICTURE_CREDIT.search(text))
                        or text[-1] in "摄影）)" and _ZH_TAKEN_BY.search(text)
                        or text.endswith(("nuotr.", "nuotr")) and _LT_CREDIT.search(text)
                        or words <= 15 and ". " in text and ":" in text and _SOURCED_CAPTION.search(text)
                        or words <= 30 and ". " in text and ":" in text and _SCREENSHOT_SOURCED.search(text)):
        return "photo caption with its credit"
    if words <= 30 and _TAGS_LOWER.match(lower):
        return "tag list"
    if words <= 6 and _RELATIVE_TIME.match(text):
        return "relative timestamp"
    if ("/" in text or "www." in lower) and _URL.search(text):  # (every URL has one of them)
        rest = _URL.sub("", text)
        if len(rest.split()) <= 12:
            return "link line (mostly a URL)"
    if words <= 12 and len(_MENU_SEPARATORS.findall(text)) >= 2 and not (
            _CLOCK_ITEM.search(text) and find_date(text, True)):
        # (Not a dateline of items, its place, date and clock: "Cieza | 07·05·25 | 08:15 | Actualizado a las 13:40".)
        return MENU_ROW
    # (Last: a line the families above name keeps their reason, which the page's boxes are judged by.)
    if words <= 16 and lower.startswith(_YOU_ARE_HERE_STARTS) and _YOU_ARE_HERE.match(lower):
        return "breadcrumb trail (\"you are here\")"
    if words <= 25 and ("artic" in lower or "artí" in lower or "artikel" in lower or "post" in lower or "beitrag" in lower
                        or "entrada" in lower or "artigo" in lower or "bericht" in lower) \
            and (_NEXT_ARTICLE.search(lower) or _NEXT_ARTICLE_GLUED.search(text)):
        return NEXT_ARTICLE
    if words <= 40 and "javascript" in lower and (_SCRIPT_OFF.search(lower) and _READER_ADDRESSED.search(lower)
                                                   and _PAGE_WORD.search(lower) and " said" not in lower
                                                   or not text.isascii() and len(text) <= 60
                                                   and _CJK_SCRIPT_OFF.search(lower) and _CJK_REQUEST.search(text)):
        return "a notice that the page needs JavaScript"
    if words <= 30 and ("browser" in lower or "navega" in lower or "navigat" in lower or "przegl" in lower) \
            and _OLD_BROWSER.match(lower):
        return "a notice that the reader's browser is out of date"
    if words <= 8 and lower.startswith(_SEARCH_STARTS) and _SEARCH_PROMPT.match(lower):
        return "a search box's prompt"
    if words <= 60 and "reader" in lower and "pdf" in lower and _PDF_READER.search(lower) and _PDF_READER_NEEDED.search(lower):
        return "a note on the reader PDF files need"  # "PDF形式のファイルをご覧いただく場合には、Adobe Acrobat Readerが必要です。"
    if words <= 14 and lower.startswith(_TOOLS_STARTS) and _PAGE_TOOLS.match(lower) \
            or len(text) <= 12 and ("印" in text or "打" in text) and _CJK_PAGE_TOOLS.match(text):
        return "the page's tools (print, send by e-mail)"
    if words <= 80 and ("data" in lower or "daten" in lower or "donn" in lower or "datos" in lower or "danych" in lower) \
            and _DATA_NOTICE.match(lower):
        return "a data-protection notice"
    return None


# Copying glues the commenter's name to the time ("Serkan45 dakika önce"): the number needs no word boundary before it.
_WHEN_AT_END = regexes.compile(r"(?:(?<!\d)\d+|\b(?:an?|one))\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago$|"
                               r"\bvor \d+ (?:minuten|stunden|tagen|wochen)$|\bil y a \d+ (?:minutes|heures|jours|semaines)$|"
                               r"\bhace \d+ (?:minutos|horas|días|semanas)$|\bhá \d+ (?:minutos|horas|dias|semanas)$|"
                               r"(?<!\d)\d+ (?:минут\w*|час\w*|дн\w*|недел\w*) назад$|"
                               r"(?<!\d)\d+ (?:saniye|dakika|saat|gün|hafta|ay) önce$|(?<!\d)\d+ (?:minut\w*|godz\w*|dni|dzień) temu$|"
                               r"(?<!\d)\d+ (?:minuti|ore|giorni|settimane) fa$|(?<!\d)\d+ (?:minuten|uur|dagen|weken) geleden$|"
                               r"(?<!\d)\d+ ?(?:분|시간|일) ?전$", re.IGNORECASE)


# The words each alternative of _WHEN_AT_END ends on, as written there (checked below): a line ending on none of them is
# passed over by a look at its last characters, before the pattern is searched from every one of them.
_WHEN_ENDS = ("ago$", "(?:minuten|stunden|tagen|wochen)$", "(?:minutes|heures|jours|semaines)$",
              "(?:minutos|horas|días|semanas)$", "(?:minutos|horas|dias|semanas)$", "назад$", "önce$", "temu$", "fa$",
              "geleden$", "전$")
assert all(alternative.endswith(_WHEN_ENDS) for alternative in alternatives(_WHEN_AT_END.pattern))
_WHEN_ENDING = regexes.compile("|".join(_WHEN_ENDS), _WHEN_AT_END.flags)


def ends_with_relative_time(text: str) -> bool:
    """"filmfan88 2 days ago": a commenter's name and when. (Every such ending holds a number near the end but "an hour
    ago": a line with neither is passed over before the pattern, which would search it from every character; so is a
    line whose last word is none of the pattern's. Those words are nine characters at most, a line break after them.)"""
    return (text[-3:].lower() == "ago" or _digit_near_end(text)) and _WHEN_ENDING.search(text, len(text) - 12) is not None \
        and bool(_WHEN_AT_END.search(text))


_ASCII_DIGIT = regexes.compile(r"[0-9]")


def _digit_near_end(text: str) -> bool:
    """A digit (str.isdigit) among the last 24 characters. In ASCII text only 0-9 are digits, and one search in C finds
    them ten times faster than a loop over the characters; other text may hold superscripts and the like."""
    if text.isascii():
        return _ASCII_DIGIT.search(text, len(text) - 24) is not None
    return any(map(str.isdigit, text[-24:]))


def without_relative_time(text: str) -> str:
    """"By Priya Nair 5 hours ago" → "By Priya Nair": the line without the age it ends on."""
    return _WHEN_AT_END.sub("", text).rstrip(" ·•|,-–—")


def is_comments_start(text: str) -> bool:
    # "23 thoughts on “<the headline>”": WordPress names the post in the comments' heading, however long.
    return (len(text) <= 60 or len(text) <= 250 and _THOUGHTS_ON.match(text) is not None) and bool(COMMENTS.match(text))


_THOUGHTS_ON = regexes.compile(r"^\d+ (?:thoughts|responses|replies|reactions|comments) (?:on|to) [“\"«„‘']|^" + _WP_THOUGHTS,
                         re.IGNORECASE)


# A match report's data box under the story (line-ups, scorers, referee): what follows is the sheet, not the story.
MATCH_SHEET = regexes.compile(r"^(?:ficha técnica|ficha del partido|match facts|match details|(?:team )?line-?ups|alineaciones|aufstellungen?|"
                              r"formazioni|tabellino|fiche technique|composition des équipes|składy|maç künyesi|kadrolar|"
                              r"ficha de jogo|fichas? do jogo|escalações|"
                              # (A report's stats box: "Match stats", "Statistiken", "Estadísticas del partido".)
                              r"match stat(?:istic)?s|key stats|statistiche(?: della partita)?|estadísticas(?: del partido)?|"
                              r"(?:spiel)?statistiken|statistiques(?: du match)?)\W*$", re.IGNORECASE)


# Boxes a page sets after the story and nothing of the story follows: the author's bio, how to cite the piece.
AFTER_STORY_BOX = regexes.compile(r"^(?:about the authors?|about the writer|über (?:den|die) autor(?:in|en)?|à propos de l'auteure?|"
                                  r"sobre (?:el|la|o|a) autora?|sobre (?:los|las|os|as) autor(?:es|as)|à propos des auteur(?:e)?s|"
                                  r"sugli autori|o autorach|sull'autrice|sull'autore|o autor(?:ze|ce)|об авторе|про автора|"
                                  r"tentang (?:penulis|pengarang)|o autoru|o autorici|o autorze|om forfatteren|om skribenten|"
                                  r"kirjoittajasta|apie autorių|за автора|σχετικά με τον συγγραφέα|για τον συγγραφέα|về tác giả|yazar hakkında|(?:نبذة )?عن الكاتب|عن المؤلف|על הכותב|על הכותבת|"
                                  # (A broadcaster's box about the show the story is from: "About the programme".)
                                  r"about (?:the|this) (?:programme|program|show|podcast|series)|عن البرنامج|über die sendung|"
                                  r"à propos de l'émission|sobre el programa|sobre o programa|informazioni sul programma|o programie|"
                                  r"про програму|о программе|"
                                  # ("The one who wrote this article", "About the writer" in Japanese, Chinese, Korean.)
                                  r"この記事を書いた人|この記事の(?:筆者|執筆者|著者)|執筆者(?:紹介|プロフィール)?|筆者(?:紹介|プロフィール)|"
                                  r"著者(?:紹介|プロフィール)|記者(?:紹介|プロフィール)|作者简介|关于作者|作者簡介|關於作者|기자 소개|기자 프로필|"
                                  r"cite this(?: [\w-]+){0,2}|how to cite(?: this(?: [\w-]+)?)?|suggested citation|zitiervorschlag|"
                                  r"comment citer(?: cet article)?|cómo citar(?: este artículo)?|jak cytować|"
                                  # (A fact-check's box on how it rates claims: "Metodologia: Jak oceniamy informacje",
                                  # "How we rate claims", "判定基準について".)
                                  r"(?:methodology|metodologia|metodología|méthodologie|methodik)(?:\s*:\s*[^.]{0,40})?|"
                                  r"how we (?:rate|check|fact-check|work)(?: [\w-]+){0,2}|(?:判定|評価)基準(?:について)?)\W*$",
                                  re.IGNORECASE)


# What a press release sets under its text for journalists, not readers: notes to editors, the press office's contact
# and the end mark ("###", "-ENDS-", "-30-"). The notes may run on after a colon on the same line ("Hinweis für
# Redaktionen: Ein Foto … finden Sie in unserer Mediathek.").
_PRESS_NOTES = regexes.compile(
    r"^(?:(?:notes?|information) (?:to|for) (?:the )?editors?|for editors|"
    r"hinweise? (?:für|an) (?:die )?redaktion(?:en)?|notes? (?:aux|à la|pour les) (?:rédactions?|rédacteurs|journalistes)|"
    r"notas? (?:para|a) (?:los |las )?(?:editores|redactores|redacciones|medios)|nota (?:per la|alla) redazione|"
    r"note per (?:i )?redattori|noot voor (?:de )?redactie|notas? (?:aos|para os) editores|nota (?:à|para a) redação|"
    r"informacja dla redakcji|"
    # Greek, Russian, Ukrainian: "Σημείωση προς τους συντάκτες", "Примечание для редакторов", "Примітка для редакторів".
    r"(?:σημείωση|σημειώσεις) (?:προς|για) (?:τους |τις )?(?:συντάκτες|συντακτες|σύνταξη|μέσα ενημέρωσης)|"
    r"примечани[ея] для (?:редакторов|редакций|редакции)|примітк[аи] для (?:редакторів|редакцій|редакції))"
    # ("Noot voor de redactie (niet voor publicatie)": what the notes are for, in brackets after the label, or after a
    # comma: "Noot voor de redactie, niet voor publicatie: voor meer informatie …".)
    r"(?:\s*\([^()]{3,40}\)|,\s*[^,:：()]{3,40}(?=\s*[:：]))?\s*(?:[:：](?:\s*\S.*)?)?$", re.IGNORECASE)
_PRESS_CONTACT = regexes.compile(
    r"^(?:media (?:contacts?|enquiries|inquiries)|press (?:contacts?|enquiries|inquiries|office)|for (?:further |more )?"
    r"media (?:enquiries|inquiries|information)|pressekontakt|pressestelle|kontakt für (?:die )?medien|"
    r"contacts? (?:presse|médias?)|service de presse|contactos? (?:de|para) (?:prensa|medios)|(?:oficina|gabinete) de prensa|"
    r"contatt[io] (?:stampa|per la stampa)|ufficio stampa|perscontact|persvoorlichting|conta(?:c)?tos? (?:de|para a|com a) "
    r"imprensa|assessoria de imprensa|kontakt dla mediów|biuro prasowe|"
    r"informa(?:ções|ción|tion|tions|zioni|cje) (?:para|for|pour|per|dla) (?:a |la |the |les? |los )?"
    r"(?:imprensa|prensa|press|presse|stampa|mediów|media|medios)|"
    # Korean, Japanese, Chinese: "미디어 문의", "報道関係者のお問い合わせ先", "媒体联系人".
    # Indonesian and Malay: "Kontak Media", "Kontak Pers", "Hubungan Media".
    r"kontak (?:media|pers)|hubungan media|"
    # Greek, Russian, Ukrainian: "Γραφείο Τύπου", "Για περισσότερες πληροφορίες", "Пресс-служба".
    r"γραφείο τύπου|για περισσότερες πληροφορίες|επικοινωνία με τον τύπο|пресс-служба|контакты для (?:сми|прессы)|"
    r"пресслужба|прес-служба|контакти для (?:змі|преси)|"
    # Hebrew: "לפרטים נוספים" (for further details), "דוברות" (the spokesperson's office), "קשר לתקשורת".
    r"לפרטים נוספים|דוברות|(?:ליצירת )?קשר לתקשורת|"
    r"(?:미디어|언론|보도|홍보) ?문의|(?:報道関係者(?:の|様)?|本件に関する)お問い合わせ(?:先)?|媒体联系(?:人|方式)?|新闻联络人?)"
    r"\s*(?:[:：](?:\s*\S.*)?)?$"
    r"|^(?:#\s?#\s?#|[-–—]\s*(?:ends?|30|selesai|fin|انتهى)\s*[-–—]|ends)$", re.IGNORECASE)  # (Indonesian "-selesai-", Arabic "-انتهى-")


# "About Calder Foods", "Über die Calder GmbH", "À propos de Calder", "한빛셀 소개", "カルダーについて", "关于卡尔德",
# "نبذة عن شركة …", "אודות מכון …": the heading
# of the company's standard description under a release.
_ABOUT_COMPANY = regexes.compile(
    r"^(?:about|über|à propos d(?:e|u|es|')|acerca de|sobre|informazioni su|over|om|o společnosti|o firmie|о компании|"
    r"про компанію|hakkında|tentang|apie|o nama|o nás|o nas|за нас|о нама|om oss|tietoa|meist|par mums|"
    r"نبذة عن|حول|σχετικά με|אודות)\s*\S.{0,50}$|^\S.{0,30}?\s?(?:소개|について|会社概要)$|^关于\S.{0,20}$", re.IGNORECASE)


def about_the_company(text: str) -> bool:
    return len(text) <= 60 and len(text.split()) <= 8 and bool(_ABOUT_COMPANY.match(text))


def press_notes(text: str) -> bool:
    """"Notes to editors", "Hinweis für Redaktionen: …": a press release's notes for journalists start here."""
    return len(text) <= 600 and bool(_PRESS_NOTES.match(text))


def press_contact(text: str) -> bool:
    """"Media contact", "Pressestelle", "###": a press release's text has ended."""
    return len(text) <= 200 and bool(_PRESS_CONTACT.match(text))


# "FT Penrith Athletic 3-2 Castleford Wanderers": a results ticker's line (full time, half time, after extra time).
_RESULT_LINE = regexes.compile(r"^(?:FT|HT|AET)\s+[^,;.]{2,50}?\s\d{1,3}\s?[-–]\s?\d{1,3}\s+[^,;.!?]{2,50}$")
_TEAMS_THEN_LABEL = regexes.compile(r"^[^:]{2,40}\s(?:v|vs\.?)\s[^:]{2,40}:\s*")
# "HARWICK TOWN: Whitlow; Price, Farrant, Okafor, Bell; Doyle, …": a side's line-up opening a match sheet with no
# label over it: the side's name in capitals (its formation after it), a colon, then nine names or more set apart by
# commas and by the semicolons between the lines of the formation, a substitute's name and minute in brackets,
# "(Hartnell 46)" — not "The full Cabinet: …, Simon Harris (Tánaiste), …".
_LINE_UP_NAME = r"(?:(?:van|von|de|da|di|der|den|del|dos|le|la)\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}(?:\s\([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?\s\d{1,3}\))?"
# (The unused substitutes may close the line: "… Chowdhury (Benn 70), Price. Subs not used: Vale, Kirk, Ashby.")
LINE_UP = regexes.compile(rf"^(?:[A-Z][\w'’.&-]*\s?){{1,4}}(?:\(\d(?:-\d){{2,4}}\))?:\s*{_LINE_UP_NAME}(?=[^;]*;)(?:[,;]\s*{_LINE_UP_NAME}){{8,}}"
                          rf"(?:\.?\s+(?:Subs?|Substitutes|Replacements|Bench|Unused subs?)(?:\s+not\s+used)?:\s*{_LINE_UP_NAME}"
                          rf"(?:,\s*{_LINE_UP_NAME})*)?\.?$")
# "Harbourside Town 2 (Pask 17, Okafor 89) Marshfield Rovers 1 (Moss 35)": the result over a match sheet, each side's
# scorers and their minutes in brackets.
SCORE_LINE = regexes.compile(r"^(?:[A-Z][\w'’.&-]*\s){1,4}\d{1,3}\s\([^()]{2,80}\d\)\s(?:[A-Z][\w'’.&-]*\s){1,4}\d{1,3}"
                             r"(?:\s\([^()]{2,80}\d\))?$")
# The article a copied page's sheet label may carry: "IL TABELLINO", "LA FICHA TÉCNICA", "THE LINE-UPS".
_SHEET_ARTICLE = regexes.compile(r"^(?:il|la|le|les|the|el|los|las|die|o|a|os|as) ", re.IGNORECASE)


# A German interview's or commentary's box about its guest or writer, "Zur Person", over their bio: the story's end only
# where the bio is all that follows but furniture (in a court report the same words open the defendant's part).
# (Ukrainian and Russian papers set the same box as "Довідка", "Справка".)
ABOUT_THE_PERSON = regexes.compile(r"^(?:zur person|довідка|справка)\W*$", re.IGNORECASE)


def is_story_end_label(text: str, copied: bool = False) -> bool:
    """A match sheet's or an after-story box's label. In copied text the sheet's label may carry its article (saved
    HTML keeps its sheet in a box of its own, which the labels of HTML pages have counted as story)."""
    if copied and _SHEET_ARTICLE.match(text):
        text = _SHEET_ARTICLE.sub("", text, 1)
        return len(text) <= 40 and bool(MATCH_SHEET.match(text))
    teams = _TEAMS_THEN_LABEL.match(text) if copied and ": " in text else None
    if teams:  # ("Ashworth Rovers v Kelsey Town: match details": the sheet's label after the fixture it is for)
        return bool(MATCH_SHEET.match(text[teams.end():]))
    return len(text) <= 40 and bool(MATCH_SHEET.match(text) or AFTER_STORY_BOX.match(text))


def is_related_heading(text: str) -> bool:
    return len(text) <= 60 and bool(RELATED.match(text))


# Japanese and Chinese pages link another story under a bracketed label: "【関連】Headline", "【相关阅读】Headline" (or
# over the links, alone on its line: "【関連記事】").
_CJK_TEASER = regexes.compile(r"[【\[［](?:関連(?:記事|ニュース)?|あわせて読みたい|合わせて読みたい|こちらも(?:おすすめ|読まれています)?|"
                              r"相关(?:阅读|新闻|报道)?|相關(?:閱讀|新聞|報導)?|延伸(?:阅读|閱讀))[】\]］](?:\s*\S|$)")


def teaser_reason(text: str, sentence_like: bool) -> Optional[str]:
    """An inline link to another story: "READ MORE: …", "VEJA  Headline…" (a label, then a headline without a full stop)."""
    if text[:1] in "【[［" and _CJK_TEASER.match(text):
        return "link to another story (a bracketed label: 【関連】)"
    match = _TEASER_LABEL.match(text)
    if not match:
        glued = _GLUED_READ_ALSO.match(text)
        # ("À lire aussi Le plafonnement du prix du pétrole russe, une arme émoussée ?": the label glued to the title it
        # links to, no colon between, the title no sentence.)
        # (A title, not a sentence pointing the reader on: "See also The Guardian's report, which found …".)
        rest = text[glued.end():].rstrip() if glued else ""
        if glued and 3 <= len(rest.split()) <= 14 and not rest.endswith((".", "!", ":", "”", '"', "»", ")", "“")) \
                and not _RELATIVE_WORD.search(rest):
            return f"link to another story (label {glued.group(1)!r})"
        return None
    head = match.group(0)
    label = head.strip().strip(":|»>").strip()
    rest = text[match.end():].rstrip()
    known_label = bool(_TEASER_WORDS.match(label))  # "Read more", "Veja", "Lesen Sie"…
    colon = ":" in head
    if len(rest.split()) < 3 or rest.endswith((".", "…")) and not known_label:
        return None
    teaser = (
        known_label and colon
        or known_label and label.isupper() and not sentence_like
        or label.isupper() and len(label.split()) <= 3 and "  " in head and not sentence_like  # "VEJA  Headline"
        or head.rstrip().endswith(("|", "»", ">"))
        or label.isupper() and colon and not rest.endswith((".", "!", "?", "”", '"'))
    )
    return f"link to another story (label {label!r})" if teaser else None


def _sentence_with_verb(text: str, words: int) -> bool:
    # "Photographers from Getty Images were at the scene." is story, not a credit line.
    return words >= 8 and text.rstrip().endswith((".", "!", "?")) and not text.lstrip().startswith("(")
