"""The word lists analysis relies on, in one place so every rule can be read and argued with.

They describe English news writing in general (how a title precedes a name, which verbs report
speech), never the stories of any particular site.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from sitegen import regexes

# Verbs that report what someone said (all forms that introduce or close a quotation).
_SPEECH_STEMS = """
say said says saying tell told tells telling add added adds adding state stated states note noted notes noting
write wrote writes writing written post posted posts tweet tweeted tweets declare declared declares announce
announced announces insist insisted insists argue argued argues warn warned warns warning explain explained
explains continued continues ask asked asks reply replied replies replying answered answers respond responded responds retort retorted retorts retorting stress
stressed stresses emphasize emphasized emphasizes emphasise emphasised claim claimed claims confirm confirmed
confirms call called calls calling describe described describes describing dub dubbed dubs label labeled labelled
labels labeling labelling urge urged urges acknowledge acknowledged acknowledges admit admitted admits remark
remarked remarks recall recalled recalls suggest suggested suggests predict predicted predicts promise promised
promises vow vowed vows pledge pledged pledges concede conceded concedes counter countered counters observe
observed observes comment commented comments joke joked jokes quip quipped quips shout shouted shouts tout touted
touts complain complained complains allege alleged alleges assert asserted asserts boast boasted boasts mused
muse muses recount recounted recounts reiterate reiterated reiterates chant chanted chants chanting email emailed emails term termed terms
recommend recommended recommends accuse accused accuses accusing blame blamed blames blaming
thanked
caution cautioned cautions
remind reminded reminds remember remembered remembers
dismiss dismissed dismisses dismissing hailed branded reject rejected rejects rejecting denounce denounced denounces condemn condemned condemns
praised criticised criticized
snort snorted snorts scoff scoffed scoffs grumble grumbled grumbles mutter muttered mutters exclaim exclaimed exclaims
retort retorted retorts chuckle chuckled chuckles whisper whispered whispers interject interjected interjects
conclude concluded concludes
estimated
reaffirmed reaffirms restated restates
testified testifies
opine opined opines
roar roared roars yell yelled yells bellow bellowed bellows
""".split() + ["spoke of", "spoken of", "speaks of", "talked of", "spoke about", "spoken about", "talked about",
                # ("“…,” he goes on.": a speaker going on after words given before)
                "goes on", "went on",
                # ("while Mr Rourke shot back that the government was "…"": a retort, said. Not "hit back", "fired back":
                # "hit back at claims by X that …" quotes X.)
                "shot back", "shoots back",
                # ("while Mr Corrigan hit back that the contract had been "…"": what follows "that" is what they said.)
                "hit back that", "hits back that", "fired back that",
                # ("as Rourke's agent, Dana Ortiz, chimed in beside him: "…"": one more voice, speaking up.)
                "chimed in", "chimes in", "chipped in", "chips in", "piped up", "pipes up",
                # ("Host Jess Whitlock put it to him that "…"": a question put as a statement.)
                "put it to him that", "put it to her that", "puts it to him that", "puts it to her that",
                # ("while deputy mayor Alison Freeth defended it as "the least-bad option"": her words for it.)
                "defended it as", "defends it as",
                # ("Petrie questioned whether a splash pad would be used "more than six weeks a year"": the doubt is put
                # in the questioner's words; "questioned" alone is as often a police interview.)
                "questioned whether", "questions whether", "queried whether", "queries whether", "wondered whether",
                "wonders whether",
                # ("Sawant contended that procedural lapses "…"": not "nurses contend with "impossible workloads"".)
                "contended that", "contends that",
                # ("The ministry has maintained throughout that purchases are driven by "…"": what it holds to, in its
                # words; not "the council maintained the bridge".)
                "maintained that", "maintains that", "maintained throughout that", "maintains throughout that"] + [
                # ("MP Tony Ricci welcomed the approval as "long overdue"": what they cast the thing as are their words;
                # "welcomed" alone is as often a deed, 'welcomed the "coalition of the willing" talks'.)
                f"{verb} {thing} as" for verb in ("welcomed", "welcomes")
                for thing in ("it", "them", "the move", "the decision", "the approval", "the announcement", "the deal",
                              "the news", "the plan", "the plans", "the ruling", "the agreement", "the proposal",
                              "the report", "the changes", "the funding", "the investment", "the verdict", "the result",
                              "the budget", "the bill", "the law", "the package", "the offer", "the scheme")]
# (Speaking of a thing in quotation marks gives it in the speaker's words: 'Marchand has spoken of a "permanent
# European presence"'; "spoke" alone, "Marchand spoke at the summit", says nothing of what she said.)


def _participles(stems: list[str]) -> set[str]:
    """The -ing form of each verb whose base the stems list (a base is a stem whose -s form is listed too): "arguing",
    "insisting", "admitting", as "saying" and "adding" are listed."""
    forms = set()
    for w in stems:
        if w.endswith("ing") or not (w + "s" in stems or w + "es" in stems):
            continue
        if w.endswith("e") and not w.endswith("ee"):
            forms.add(w[:-1] + "ing")  # argue → arguing, note → noting
        elif w + w[-1] + "ed" in stems:
            forms.add(w + w[-1] + "ing")  # admit → admitting
        else:
            forms.add(w + "ing")
    return forms


SPEECH_VERBS = frozenset(_SPEECH_STEMS)
# (Kept apart: as a speech verb everywhere, "the question most people are asking: "…"" would have a speaker of its
# own; after a comma, as the subject's second action, it ends what the subject is: see quotes._find_subjects.)
SPEECH_PARTICIPLES = frozenset(_participles(_SPEECH_STEMS))


# Finite verbs that do not end in -ed: auxiliaries and irregular pasts ("said", "took"). After a subject they show it is
# one; after "and" they open a second action.
FINITE_VERBS = frozenset("""is was has had will would can could did does must may might should shall took won lost ran left grew
spent made gave built found kept led met paid sold sent spoke wrote told said became began came went got held knew
saw stood thought brought bought fought taught sat put set quit cut fell felt drove flew rode rose broke chose wore
swore hid hung lay lit meant read shut slept sang sank swam threw understood woke rang""".split())


def alternation(words) -> str:
    """A regex matching any of `words`, written as a trie ("sa(?:id|y(?:ing|s)?)"): Python's regex engine
    tries the alternatives of a flat "said|say|saying|…" one by one at every position, ten times slower.
    Longer words are tried before their prefixes, as in a longest-first alternation."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")" if len(branches) > 1 or "" in node else branches[0]
        return body + "?" if "" in node else body

    return "(?:" + emit(tree) + ")"


def at_word_start(alternatives) -> str:
    r"""r"\b(?:" + "|".join(alternatives) + ")" for alternatives that each open on a letter or digit written as itself
    ("January", r"19\d\d"), with each first character before its look back, grouped: "J(?<!\wJ)(?:anuary|une)|…".
    A pattern that opens on a character class lets the regex engine skip in C to where it can match; one that opens on a
    lookahead or a \b is tried at every character, two to ten times slower. (Exact, without IGNORECASE: at a position
    only the group of its character can match, inside it the alternatives keep their order, and \b before a word
    character is no word character before it.)"""
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        assert alternative[:1].isalnum() and alternative[:1].isascii(), alternative
        groups.setdefault(alternative[0], []).append(alternative[1:])
    return "(?:" + "|".join("%s(?<!\\w%s)(?:%s)" % (first, first, "|".join(rests)) for first, rests in groups.items()) + ")"


# Not inside a compound: "so-called" is no one calling anything. "Continued to", "continued because" and the like are
# no speech: "the bank continued to take decisions "…"", "the swaps had continued because "…"" report what goes on, in
# words someone else said; "Lopez continued in a statement" is speech. (Nor is the bare "continue", left out of the
# verbs: "flights would continue "without restrictions"".)
_GOES_ON = r"\s+(?:to|because|even|as|until|while|despite|after|for|into|through|throughout|unabated|apace|unchecked)\b"
# Nor is "state" a noun's ("told state television", "the state of the roads", "a state visit").
_STATE_NOUN = r"(?:-|\s+(?:television|tv|media|news|radio|broadcaster|agency|department|secretary|visit|funeral|budget|" \
              r"pension|school|schools|level|of)\b)"
# Nor is a conclusion reached "that …": `the company had concluded that "a cheap cargo is not worth it"` reports a
# finding in someone else's sentence; `"…," the study concluded` is the study's words.
_CONCLUDED_THAT = "".join(r"(?!(?<=%s)\s+that\b)" % w for w in ("conclude", "concluded", "concludes"))
# "Lindqvist estimated (in a note) that …", not "the income, estimated at £640,000"; "Stroud remembers MacPhee as "…"", not "Roberts
# remembers a meeting at which a man dismissed it as "…"" (whose words those are).
_ONLY_IN_SHAPE = (r"(?!(?<=estimated)(?!(?:\s+[\w’'\-]+){0,6}?\s+that\b))"
                  + "".join(r"(?!(?<=%s)(?!\s+(?:[\w’'\-]+\s+){1,4}?as\b))" % w for w in ("remember", "remembered", "remembers")))
# Nor the first part of a compound: "a full post-incident review", "the counter-offensive", "a call-out fee".
SPEECH_VERB_RE = regexes.compile(r"(?<![\w\-])" + alternation(SPEECH_VERBS) + r"\b(?!-\w)"
                                 r"(?!(?<=continues)" + _GOES_ON + r")(?!(?<=continued)" + _GOES_ON + r")"
                                 r"(?!(?<=state)" + _STATE_NOUN + r")" + _CONCLUDED_THAT + _ONLY_IN_SHAPE
                                 # (After "the", "a" or a possessive, "state" is a noun whatever follows: "the union's
                                 # state organiser, Shane Baxter, said", "the state coordinator".)
                                 + r"(?!(?<=\bthe state)|(?<=\bThe state)|(?<=\ba state)|(?<='s state)|(?<=’s state))"
                                 # ("the numbers did not add up": a sum, no words added.)
                                 + r"(?!(?<=add)\s+up\b)(?!(?<=adds)\s+up\b(?!\s+front))(?!(?<=added)\s+up\b(?!\s+front))"
                                 r"(?!(?<=adding)\s+up\b)"
                                 # ("…," Keaveney answered.", "he answered that", "she answered simply:" — not "answered
                                 # critics who called it "…"", "answered questions", "answered the phone": whom or what.)
                                 + "".join(r"(?!(?<=%s)\s+(?!(?:that|\w+ly)\b)[a-z])" % w for w in ("answered", "answers"))
                                 # ("maintained that" before a clause, a verb in its first words: "maintained that purchases
                                 # are driven by"; not "that" pointing, "Regan maintained that level of scrutiny throughout".)
                                 + "".join(r"(?!(?<=%s)(?!(?:\s+[\w'’\-]+){1,4}?\s+[\"“‘]?(?:is|are|was|were|had|has|have|would|will|"
                                           r"could|should|can|did|does|do|must|may|might|\w+ed)\b))" % w
                                           for w in ("maintained that", "maintains that"))
                                 # (Nor the noun: "The ministry's answers, in a statement, were that …".)
                                 + "(?!" + "|".join(r"(?<=%s answers)" % w for w in ("the", "his", "her", "its", "our", "their",
                                                                                    "'s", "’s")) + ")",
                                 re.IGNORECASE)

# Nouns for what someone said: "Trump's earlier statements that …" quotes Trump.
SPEECH_NOUNS = frozenset("""statement statements remark remarks words comment comments claim claims warning warnings
promise promises words message messages post posts tweet tweets address speech interview""".split())

# When, between a speaker and the speech verb: "Yuri Lavrentyev on Friday described …", "Pavel Sorokin last week
# called …" (or set off: "Sorokin, on Tuesday, called …").
WHEN_BEFORE_VERB = (r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|"
                    r"night))?|yesterday|today|last\s+(?:night|week|month)|earlier\s+(?:on\s+\w+|this\s+week|today))")

# Words that may sit between a speaker and the speech verb: "Rubio also said", "he had said".
AUXILIARIES = frozenset("""also later recently previously repeatedly reportedly publicly privately once then again
has had have was is were would will could might may did does do then further earlier quickly simply bluntly
flatly firmly already still now just nonetheless nevertheless meanwhile however instead likewise separately
subsequently""".split())

# Capitalized titles that precede a name: "Foreign Minister Sergei Lavrov", "Sen. Lindsey Graham".
TITLE_WORDS = frozenset("""president vice prime minister secretary general chancellor senator sen rep representative
supervisor selectman selectwoman trustee assemblyman assemblywoman assemblymember delegate member councilmember
governor gov mayor spokesperson spokesman spokeswoman ambassador envoy special deputy chief director commissioner
king queen pope prince princess crown mr mrs ms dr fr adv gen adm admiral colonel col lt lieutenant captain capt sergeant maj brig brigadier cpl corporal
sgt judge justice chairman chairwoman chair ceo cfo foreign defense defence finance interior press state attorney
speaker leader premier commander officer adviser advisor aide analyst professor prof rabbi father sheikh emir grandmaster
former acting high national security economy trade energy health head senior assistant executive founder
congressman congresswoman lawmaker mp msp mep mla minister-president secretary-general commander-in-chief field marshal
economic affairs homeland intelligence treasury commerce agriculture education labor labour transport
infrastructure culture justice immigration veterans environment development digital councillor councilor
councilman councilwoman alderman alderwoman superintendent sheriff inspector detective chairperson dean rector
provost bishop archbishop cardinal imam coach manager chef treasurer magistrate additional
cllr cr coun det insp supt dci dsi gda ch sir dame cmdr comrade alhaji alhaja hajiya mallam pastor reverend coroner
taoiseach tánaiste cathaoirleach kaumātua kaumatua pc pcso dc ds constable comptroller auditor recorder lord lady baroness baron viscount earl rev revd
mec mpp mna soprano tenor baritone contralto mezzo-soprano conductor composer pianist violinist cellist guitarist
choreographer editor correspondent collector sarpanch tehsildar headteacher headmaster headmistress
ustad comdt pte cdr lieut corporator administrator defender clerk assessor registrar ombudsman
capitaine commandant adjudant sergent caporal commissaire capitán teniente colonnello maresciallo leutnant
justices""".split())

# "Asked by", "pressed again by": the one who puts a question comes next (any case of the verb's first letter).
ASKED_BY = r"\b(?i:pressed|asked|challenged|questioned|interrupted|pushed|interviewed|quizzed)\s+(?:again\s+|later\s+)?by\s+"

# Letters after a name ("Judge Jason Taylor KC", "Tom Reed MP"): honours, ranks at the bar, seats held.
POST_NOMINALS = frozenset("KC QC SC BL MP MEP MSP MLA TD OBE MBE CBE KBE DBE JP".split())

# Lowercase nouns that mark the name after them as a person: "war blogger Yuri Podolyaka".
ROLE_NOUNS = frozenset("""president minister secretary spokesperson spokesman spokeswoman aide adviser advisor envoy
headteacher headmaster headmistress principal
ambassador official blogger analyst journalist reporter correspondent anchor host lawmaker senator congressman
congresswoman economist professor researcher expert actor actress author writer commentator diplomat general
commander chief head director founder ceo chairman chairwoman candidate activist lawyer attorney prosecutor judge
mayor governor leader negotiator representative colonel officer soldier veteran resident pensioner student teacher
doctor nurse farmer worker mother father wife husband son daughter brother sister chancellor premier king queen
prince minister-president coach player singer artist photographer historian scientist engineer banker investor
entrepreneur businessman businesswoman billionaire oligarch tycoon politician deputy mp speaker strategist
pollster columnist editor producer director-general secretary-general executive engineer owner manager
councillor councilor researcher physician surgeon survivor witness victim neighbour neighbor shopkeeper driver
coroner
captain skipper midfielder striker defender goalkeeper keeper winger flanker flyhalf fly-half scrum-half scrumhalf fullback full-back halfback playmaker substitute forecaster meteorologist referee plaintiff defendant chef critic mechanic
electrician plumber carpenter baker butcher landlord tenant cashier waiter waitress pilot chair chairperson
treasurer organiser organizer campaigner boss
advocate counsel barrister solicitor magistrate registrar ombudsman convenor convener
protester demonstrator voter passenger shopper traveller traveler commuter villager holidaymaker tourist visitor
bystander medic paramedic fighter gunner sniper serviceman servicewoman conscript recruit patient
backbencher frontbencher peer senator-elect congressman-elect commissioner inspector superintendent
presenter interviewer moderator newsreader broadcaster pundit poet playwright gp
commandant grandmaster assistant""".split())

# Nouns for an unnamed speaker: "a spokeswoman said", "one engineer said". After one, "she said" is that
# unnamed person, not the last person named.
PERSON_NOUNS = ROLE_NOUNS | frozenset("""man woman person people resident residents official officials source sources
ratepayer ratepayers renter renters parishioner parishioners islander islanders steward stewards usher ushers
caretaker janitor barmaid lifeguard bouncer volunteers marshal marshals groundsman spectators punters churchgoer churchgoers
mourners attendees concertgoer picketer
spokesperson spokeswoman spokesman member members insider insiders negotiator delegate delegates witness
participant patient voter passenger shopper fan supporter parent customer protester demonstrator traveller
traveler commuter villager holidaymaker tourist visitor bystander client reader listener viewer
operator medic paramedic fighter gunner sniper volunteer serviceman servicewoman conscript recruit
counterpart colleague predecessor successor deputy opponent rival academic accountant architect athlete auditor barman
barrister bartender boy broker builder bureaucrat cabbie caregiver carer claimant clerk complainant contractor
counsellor courier curator cyclist dealer dentist detainee detective employee evacuee firefighter fisherman foreman
fundraiser girl grocer grower homeowner hostage householder imam inmate jockey juror landlady landowner lecturer
lobbyist magistrate mediator midwife migrant miner monk motorist nun paratrooper pedestrian pharmacist priest prisoner
psychiatrist psychologist publican pupil rabbi refugee retailer retiree sailor sergeant shareholder shepherd
shipbroker solicitor specialist spectator staffer stallholder steelworker surveyor swimmer taxpayer technician
therapist trader trucker umpire vendor vicar wholesaler teammate team-mate classmate flatmate housemate compatriot
friend mate pal buddy surfer agent deckhand crewman docker stevedore longshoreman labourer laborer farmhand busker
rancher grazier stockman cattleman angler attendee onlooker heckler passer-by punter pilgrim mourner worshipper hiker widow
widower fisher fishers fisherwoman""".split())


def plural(noun: str) -> str:
    """"resident" → "residents", "fisherman" → "fishermen", "deputy" → "deputies"."""
    if noun.endswith(("man", "woman")):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


# "students", "fishermen": what several people are ("Students Aisling Moran and Cian Ó Sé", "one of the protesters").
PERSON_PLURALS = frozenset(plural(noun) for noun in PERSON_NOUNS)
# Nouns of people that name things as often ("a guest house", "a diner two blocks from the mill", "a camper van", "a
# donor country"): someone unnamed only as a sentence's subject ("One guest, who said she had queued …, hugged …").
SUBJECT_ONLY_PERSON_NOUNS = frozenset("guest diner patron donor camper".split())

# A name is not a person's when one of these words is in it: "Alfa Bank", "White House", "World War II".
ORG_WORDS = frozenset("""house ministry commission union council bank university institute times post news agency
party parliament congress senate court forces army navy cup day war street island region oblast republic states
kingdom nations organization organisation group company inc ltd corp office department service fund association
foundation committee assembly center centre airport store play images awards award policy overview network
television radio journal review magazine club league federation alliance summit conference forum treaty agreement
accords act bill law square road avenue palace tower bridge river sea ocean mountains valley city county province district
airlines airways motors systems technologies capital partners media press times tribune herald gazette daily weekly
courier chronicle telegraph sentinel dispatch bulletin inquirer edition show podcast hour
channel online app apps games school college academy church mosque temple cathedral hospital museum gallery library
stadium arena hotel restaurant market exchange index stocks energy oil gas petroleum pipeline project program
programme initiative mission plan strategy doctrine declaration charter constitution gate hill hall base station
media twitter facebook instagram telegram youtube google apple microsoft amazon administration authority embassy
consulate secretariat presidency bureau corporation coalition regulator brigade battalion regiment division corps
squadron platoon battery utilities utility police constabulary headquarters holdings infirmary clinic
hospice directorate inn pub cafe café bakery brewery distillery pharmacy surgery garage
building co-op co-operative cooperative creamery hydro area resort atelier ateliers workshop
workshops studio studios local services solutions
developers builders contractors industries realty properties logistics foods pharmaceuticals minerals
enterprises associates consultants labs therapeutics freight wireless telecom communications investments
devices semiconductor semiconductors biotech couriers
""".split())  # ("the Lester B. Pearson Building", "Manitoba Hydro", "Loveland Ski Area")
# Ireland's counties, written "Co Clare", "Co. Kerry": a place, not someone named Co (a surname too: "Zaldy Co").
IRISH_COUNTIES = frozenset("""antrim armagh carlow cavan clare cork derry donegal down dublin fermanagh galway kerry kildare
kilkenny laois leitrim limerick longford louth mayo meath monaghan offaly roscommon sligo tipperary tyrone waterford
westmeath wexford wicklow""".split())


def irish_county(first: str, second: str) -> bool:
    """"Co Clare", "Co. Kerry": a county of Ireland."""
    return first.rstrip(".") == "Co" and second.lower() in IRISH_COUNTIES

# Words of ORG_WORDS that are common surnames too: a person's name may end in one after a title or a first name.
SURNAME_ORG_WORDS = frozenset("hall hill church".split())

# Capitalized words that start sentences or headlines but are never part of a name.
CAPITALIZED_STOPWORDS = frozenset("""the a an one in on at but and or as if when while after before since under during
despite meanwhile however according speaking asked for from to with by of this that these those it he she they we
i you his her their our my its your some many most both even still yet also then now today yesterday tomorrow
last next earlier later why what who how where there here such every each other another only just no not yes so
thus instead although though because unless until once get follow read see photo written please more less over
into about against between among without within upon via per than like unlike amid across along around beyond
toward towards whether either neither nor all any few several much very well again already ever never always often
sometimes perhaps maybe indeed just first second third new old former top senior key big small major minor
breaking exclusive live update updated watch listen related advertisement subscribe share click beside besides
behind below above near inside outside throughout underneath alongside opposite except
ask tell meet imagine consider remember take let look""".split())  # (imperatives opening a sentence: "Ask John Pascoe …")
# Verbs that open a question, capitalized: "Are Irish troops going to Ukraine?" names no one "Are Irish". (Not "Will",
# "Can", "Do": given names and surnames too.)
QUESTION_OPENERS = frozenset("is are was were does did has have had should could would must shall".split())

# Words of CAPITALIZED_STOPWORDS and CALENDAR_WORDS that are surnames too ("Rob Key", "Theresa May", "John Major"):
# right after another name's word they end it; alone ("Key told Sky Sports") they are that person, when the article
# named them in full (never "May", a month).
SURNAME_STOPWORDS = frozenset("key major small more may".split())
SURNAME_STOPWORDS_ALONE = SURNAME_STOPWORDS - {"may"}
# Given names that are also a month's or a preposition's word ("Jan Egeland", "Per Aasland"): before a surname they
# open a name; elsewhere ("Jan 5", "Per capita") they stay what they are.
GIVEN_NAME_STOPWORDS = frozenset("jan per".split())

# Abbreviated titles written with a period: "Sen. Paul Whitman", "Dr. Ben Adler".
TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr sen rep gov gen lt col capt sgt prof adm maj brig cpl rev st cllr cr coun det insp "
                                # (A priest, "Fr Pádraig Nestor"; an advocate in South Africa, "Adv Thandiwe Mokoena".)
                                "supt cmdr gda fr adv".split())

# Words that may stand before a name without being part of it: "Democrat Susan Harlow", "Russian Vladimir Putin".
# A party's member, as a person is one: "a Minneapolis Democrat", "a Texas Republican" (no name).
PARTY_MEMBERS = frozenset("democrat republican tory conservative liberal socialist".split())
AFFILIATIONS = PARTY_MEMBERS | frozenset("""democratic labour labor green
independent centrist progressive communist nationalist american british english scottish welsh irish french german
italian spanish portuguese dutch belgian swiss austrian polish czech slovak hungarian romanian bulgarian greek
turkish russian ukrainian belarusian georgian armenian azerbaijani kazakh chinese japanese korean indian pakistani
afghan iranian iraqi syrian israeli palestinian lebanese jordanian egyptian saudi emirati qatari african nigerian
kenyan ethiopian south north canadian mexican brazilian argentine argentinian chilean colombian venezuelan cuban
australian european western eastern swedish norwegian danish finnish estonian latvian lithuanian moldovan serbian
croatian bosnian albanian slovenian veteran rookie vietnamese thai indonesian filipino malaysian taiwanese peruvian
ecuadorian uruguayan paraguayan bolivian moroccan algerian tunisian libyan sudanese somali ghanaian senegalese
icelandic spaniard briton swede dane finn pole turk scot serb croat frenchman frenchwoman englishman englishwoman dutchman
dutchwoman irishman irishwoman scotsman scotswoman welshman welshwoman kiwi zealander
hawaiian samoan tongan fijian jamaican zimbabwean zambian ugandan tanzanian rwandan cameroonian ivorian malian
bangladeshi nepali singaporean mongolian uzbek kyrgyz tajik maltese cypriot montenegrin macedonian kosovan
olympian paralympian""".split())  # (the nouns: "the Spaniard Carlos Moyano")

# Family names of Chinese, Korean and Vietnamese people, written before the given name: "Wei Haoran" … "Wei said".
# (Only common ones that are neither an English word nor a Western first name: "Long", "Song", "Lee", "Park", "Sun",
# "Tang", "Tan", "Pan", "Kim" are not here — "Sun Microsystems", "Park Avenue", "the Tang Dynasty".)
FAMILY_NAMES_FIRST = frozenset("""wang li zhang liu chen yang huang zhao wu zhou xu zhu hu guo lin gao luo zheng liang
xie han feng deng cao peng zeng xiao tian dong yuan cai jiang yu du cheng wei su lu ren shen yao jin qian
xue lei hou duan hao shao mao qiu qin meng choi kang cho yoon jang lim seo kwon hwang ahn nguyen
tran pham hoang phan vu vo bui ngo duong tan ng ong goh teo koh chua chan wong yeo tay toh chia chong leong yap quek
seah heng loh lau tsang cheung kwok yeung tse ang chew""".split())

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
CALENDAR_WORDS = frozenset(MONTHS + WEEKDAYS + ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                                  "oct", "nov", "dec"))

PREPOSITIONS = frozenset("""with to by of for against on about at from into onto toward towards between among
without within upon via over under behind beside besides near than like unlike amid across along around beyond
including and or versus vs whom alongside amongst amidst despite except opposite""".split())

# Words after a company's name that say only that it is one: "Lanxing Holdings Ltd", "Andina Copper Corp".
COMPANY_SUFFIXES = "Ltd|Limited|plc|PLC|Inc|Corp|Corporation|Group|Holdings|AG|SA|SE|NV|BV|GmbH|LLC|LLP|Cooperative|Co-operative"
# The kinds of business "the company" may stand for: the head words of a company's description ("the operator Western
# Isles Marine Services", "a developer, Coastline Living"). No person's noun: see DOER.
BUSINESS_KINDS = frozenset("""company firm group corporation business carrier airline airlines bank lender maker manufacturer
carmaker planemaker chipmaker drugmaker producer exporter operator retailer insurer depository developer housebuilder
supplier contractor publisher""".split())
# A doer's noun no role list holds ("composer", "novelist", "historian", "postman"), by its ending; not the words of that
# shape that are no one ("water", "after", "government"), nor a business's kind ("the operator", "a developer").
DOER_ENDINGS = "er|or|ist|ian|man|woman|smith|wright"  # ("silversmith", "playwright")
_NOT_DOERS = frozenset("""number other order water river border summer winter quarter sector error floor door corner power
paper letter matter manner chapter register counter meter metre centre center theater theatre monitor motor factor
mirror harbour harbor tower shelter cluster cancer fever weather further either neither rather whether together however
ever never after later former another offer answer computer guardian median german roman human""".split())
DOER = r"(?!(?:%s)\b)[a-z]{2,}(?:%s)\b" % ("|".join(sorted(_NOT_DOERS | PREPOSITIONS | BUSINESS_KINDS)), DOER_ENDINGS)
# Of those, the endings that name a trade or a calling with no thing of that shape beside it ("an orchardist", "a
# technician"; "-er" has "a trailer", "a sticker"), not a list's name ("a checklist") nor a pass ("an assist").
TRADE_NOUN = r"(?!(?:%s|assist|\w*list)\b)[a-z]{3,}(?:ist|ian)(?![\w\-’'])" % "|".join(sorted(_NOT_DOERS))
_DOER_WORD = regexes.compile(DOER)


def doer_noun(word: str) -> bool:
    """Whether a lowercase word names what someone does: "composer", "winemaker", "postman"."""
    return _DOER_WORD.fullmatch(word) is not None

# Words that open a phrase set before a sentence's subject ("Outside the plant gate, Ramona Wilke has run …", "In
# 2019, after the flood, …", "Despite the rain, …"): the subject comes after the phrase's comma.
OPENING_WORDS = frozenset("""On In At After Before Since By During Last This Earlier Later Until For Over Within When As
Years Months Weeks Days Two Three Four Five Back Out Down Up Outside Inside Once Across Along Amid Among Around Behind
Beside Beyond Despite From Near Through Throughout Under Unlike Like With Without While Although Though Because Ahead
Away Elsewhere Overnight Upon""".split())

DETERMINERS = frozenset("the a an his her their its our my your this that these those".split())

# (Irish "Ó", "Ní", "Nic", "Uí" are written capitalized: "Seán Ó Briain", "Mr Ó Briain". Portuguese "do" as "da" and
# "dos": "Maria do Carmo Teixeira".)
NAME_PARTICLES = frozenset("von van der den de da do del della di du le la bin ibn ben al el ter ten dos das st ó ní nic uí".split())

# The head nouns of a speaker that is an organization or a group speaking as one: "India's foreign
# ministry said", "Nomura analysts wrote", "the Bank of England said".
# Time zones a live page stamps its entries with ("13:10 BST", "11.02am AEST"), as an alternation.
TIME_ZONES = (r"AEST|AEDT|ACST|AWST|NZST|NZDT|GMT|BST|UTC|CET|CEST|EET|EEST|MSK|IST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|"
              r"JST|KST|SAST|WAT|EAT")

ORG_HEADS = frozenset("""ministry ministries office department bank analysts economists strategists researchers
military army navy government agency committee council company party authority commission treasury police
prosecutors union court embassy cabinet presidency secretariat administration federation association
organisation organisations organization organizations institute foundation bureau parliament senate congress
corporation firm board regulator watchdog coalition alliance campaign service forces command kremlin group
airline airlines university hospital staff chamber carmaker planemaker chipmaker drugmaker
maker manufacturer operator college utilities utility trust society charity fund confederation force constabulary
ltd plc inc llc limited headquarters holdings infirmary clinic hospice mission consulate airport club lender insurer
depository district diocese archdiocese division school church centre center forum partnership co-op cooperative co-operative hydro
register registry inspectorate directorate observatory tribunal festival league
review journal gazette herald tribune chronicle unit delegation""".split())
# Words "the …" stands for a body named before by ("The network said" after "the Soar Valley Primary Care Network"),
# though they open bodies' own names as often ("Network Rail", "Studio Ghibli"): no ORG_HEADS, which no body's name
# may open on.
ANAPHOR_ONLY_HEADS = frozenset("network studio".split())

# Anonymous speakers: "an official", "sources said". Shown as the article words them, never given a slug.
ANONYMOUS_HEADS = frozenset("""official officials source sources spokesperson spokesman spokeswoman diplomat
diplomats person people insider insiders aide aides member members negotiator negotiators analyst economist
expert experts executive executives officer officers employee employees resident residents witness witnesses
lawmaker lawmakers""".split())

# Gender a title or role noun gives a person (for he/she): "Ms. Pryce", "the spokeswoman". (Not "chairman": British
# papers write it of women too, "club chairman Pauline Hearn … she said".)
FEMININE = frozenset("""ms mrs miss madam dame lady spokeswoman chairwoman congresswoman businesswoman
councilwoman alderwoman actress queen princess mother wife daughter sister woman baroness""".split())
MASCULINE = frozenset("""mr sir lord spokesman congressman businessman councilman alderman king
prince father husband son brother man""".split())

# Capitals and countries that stand for governments ("Beijing said", "Russia said"): one word that
# is no organization's name, so analysis names no speaker for it rather than a place.
GOVERNMENT_PLACES = frozenset("""washington moscow beijing kyiv kiev london paris berlin brussels tokyo seoul pyongyang
tehran jerusalem ankara delhi islamabad kabul baghdad damascus riyadh cairo canberra ottawa taipei minsk warsaw rome
madrid vienna budapest caracas havana doha beirut amman tripoli khartoum nairobi pretoria brasilia hanoi manila
jakarta bangkok russia china ukraine iran israel india pakistan japan germany france britain turkey syria iraq
taiwan korea canada mexico brazil egypt qatar poland hungary belarus venezuela cuba afghanistan yemen lebanon
gaza europe america africa asia""".split())


# First names that, in news copy, are a man's or a woman's with next to no exceptions: evidence for he/she when the
# article gives no other ("Tom Reed said …" then "she said" is not his). Names borne by both are left out.
MALE_FIRST_NAMES = frozenset("""john james robert michael william david richard thomas charles daniel matthew mark
marc andré andre karl
paul steven andrew joshua kevin brian george edward ronald timothy jason jeffrey ryan gary jacob nicholas eric
jonathan stephen larry justin scott brandon benjamin samuel gregory frank patrick raymond jack dennis peter henry
tom tim steve mike dave jim bob joe ben sam harry oliver charlie luke adam simon martin ian neil graham keith
stuart colin nigel clive barry alan philip rupert hugh ahmed mohammed muhammad ali hassan omar vladimir sergei
dmitry ivan igor pierre jean-luc hans klaus jurgen giovanni marco luca carlos juan jose pedro diego
oleksandr oleksiy andriy andrii mykola mykhailo mykhaylo volodymyr vasyl yuriy yuri serhiy serhii dmytro petro pavlo
taras bohdan ihor yevhen yevgeny evgeny vitaliy vitaly valeriy valery viktor anatoliy anatoly oleg mikhail alexei
alexey aleksei andrei nikolai konstantin grigory maxim denys ruslan artem kyrylo kirill rustem arseniy stanislav
yaroslav wolfgang helmut gerhard friedrich heinrich dieter horst manfred uwe jens sven johannes matthias markus
stefan tobias florian lukas maximilian sebastian christoph ulrich rolf armin francois françois jacques philippe
alain michel emmanuel nicolas olivier laurent thierry didier gerard gérard bernard yves benoit benoît julien
mathieu guillaume antoine arnaud etienne étienne javier xavier miguel antonio manuel francisco rafael fernando alejandro
jorge luis pablo sergio alberto ricardo eduardo enrique andres andrés raul raúl joao joão tiago giuseppe giorgio
matteo alessandro francesco stefano paolo massimo fabio lorenzo riccardo piotr pawel paweł krzysztof tomasz
marcin michal michał jakub wojciech andrzej zbigniew jaroslaw jarosław mateusz lukasz łukasz petr jiri jiří
vaclav václav mehmet mustafa ahmet recep emre murat hakan kemal kerem burak yusuf ibrahim khalid abdullah mahmoud
hamid karim youssef tariq faisal nabil walid hussein mohammad mohamed rahul amit vikram arjun sanjay rajesh suresh
ramesh anil sunil narendra rohit ajay anders erik henrik magnus pieter willem geert jeroen maarten gareth rhys
callum liam ethan aidan alistair alastair angus duncan fergus hamish malcolm rory kieran declan seamus niall
conor darren wayne craig warren trevor derek roger geoffrey nathan aaron kyle sean shane ewan euan nick rishi
keir donald josé jesús lars nils knut tor bjorn björn jürgen kenneth ruaridh jukka matti mikko juha pekka heikki
antti jonas joost emeka chinedu kwame tunde hiroshi kenji per
zoltan zoltán tomas tomás søren soren istvan istván laszlo lászló gabor gábor attila bence levente janos jános miklos
miklós ferenc sandor sándor tibor matej matěj ondrej ondřej radek pavel lukáš marek oleksii yurii kostiantyn arvid leif
johan mikkel rasmus kasper kaan cem arda oguz oğuz selim hamza bilal ravi rohan takeshi haruto sipho thabo kofi chidi
seun owen dylan evan huw iwan aled emyr gethin dafydd alun ieuan osian fraser ruairi cillian oisin eoin cathal padraig
ronan darragh finlay lachlan archie alfie freddie theo leo arthur hugo toby felix rufus barnaby giles hector dominic jeremy
julian marcus oscar quentin reuben seth vincent wesley zachary elliot arun
colm cormac ciaran ciarán oisín pádraig séamus fionn brendan cian donal dónal eamon éamon fergal fiachra lorcan odhran
padraic ruairí tadhg tiernan douglas gerald ralph roy eugene russell bobby louis johnny howard stanley leonard gordon
alasdair desmond dion wiremu rawiri hemi
seán diarmuid feargal naoise senan peadar
joseph christopher anthony alexander jerry tyler walter noah harold carl bryan billy bruce gabriel elijah
randy lucas aiden caden jayden grayson connor gavin graeme dermot
mick micky paddy jimmy ted teddy andy tony danny robbie matt pete davy ron earl
josh kai jake joel cody glenn glen bernie ollie harvey doug greg phil nate
brett kian ruan caleb isaac levi adrian albert anton boris calvin damian damien eamonn edwin geoff iain jamal jared
jarrod jerome joaquin jonah kurt leon mario mateo maurice nathaniel noel rodney terence tristan zach benny
themba bongani mandla sipho oluwaseun sione viliami rangi
anand deepak vivek vijay manoj ashok karan nikhil varun siddharth aarav ishaan farhan imran samir joris sander bram
thijs oskar bogdan siyabonga kagiso tshepo obinna tane gideon gennady""".split())
FEMALE_FIRST_NAMES = frozenset("""bernadette colette geraldine rosemary winifred philomena noreen veronica monica mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy
mereana aroha anahera
betty margaret sandra ashley dorothy kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca
sharon laura cynthia amy kathleen angela shirley anna brenda pamela emma nicole helen samantha katherine christine
debra rachel carolyn janet catherine maria heather diane julie joyce victoria kelly christina lauren joan evelyn
olivia judith megan cheryl martha andrea hannah jacqueline gloria teresa ann sara janice julia marie madison grace
judy theresa beverly denise marilyn amber danielle rose brittany diana abigail natalie jane lucy sophie chloe
charlotte alice claire fiona gillian jenny kate katie louise lucinda priya ruth sally susie tracey wendy yvonne helena
anne anna fatima aisha olga natalia svetlana irina elena ursula ingrid giulia francesca carmen lucia sofia
olena oksana iryna halyna nataliya tetiana tetyana tatiana tatyana yulia yuliya yelena lyudmila liudmyla svitlana
kateryna ekaterina yekaterina mariya mariia viktoriya anastasia anastasiya daria darya alina polina larysa larisa
valentyna valentina nadiya nadezhda olha hanna katrin katharina petra monika sabine claudia birgit heike
annalena susanne anja silke isabelle nathalie valerie valérie sylvie celine céline aurelie aurélie brigitte
chantal francoise françoise helene hélène agnes agnès veronique véronique segolene ségolène isabel pilar
beatriz raquel giorgia chiara federica alessandra silvia simona paola elisa agnieszka katarzyna malgorzata
małgorzata magdalena joanna ewa zofia dorota beata tereza lenka kadri margit mette sanna astrid karin
birgitta annelies ayse ayşe fatma zeynep elif leyla layla amira yasmin yasmine leila rania mariam maryam samira
nadia anjali sunita deepa lakshmi neha pooja kavita natasha gemma hayley kirsty harriet eleanor esther maureen
doreen eileen siobhan niamh aoife moira jacinda kamala pauline edith irene sheila joanne nataliia natalya
marta sigrid kerstin ulla annika liisa aino ilse greta elke dagmar zuzana ivana milena jelena dragana ifeoma
chidinma ngozi ananya meera rhona morag eilidh mairead bronwen carys rhiannon kirsten tove signe solveig marit
ragnhild linnea freja ebba elin hanne inês
marguerite ines inés zsofia zsófia eszter katalin ágnes reka réka anna-lena frida malin merve ebru selin aylin noor
kavya aiko sakura thandi nomvula amara chiamaka adaeze
ciara orla sinead sinéad grainne gráinne caoimhe roisin róisín isla mhairi shona ailsa bethan cerys ffion gwen nia sian
siân eleri glenda lorraine tracy imogen philippa rosalind felicity araminta beatrix clementine ottilie tilly freya maisie
esme elsie mabel siobhán saoirse aisling clodagh dervla eimear maeve máiréad neasa nuala doris jean lena
áine aine síle sile orlaith méabh meabh deirdre bríd brid bridget máire maire órla muireann ailbhe
frances kathryn sophia isabella kayla lori jenna jill jodie kristin leanne tiffany whitney erin
tara molly bethany zoe ella mia ava nora zoey ellie maya naomi leah audrey caroline phoebe poppy kirstie penelope
maggie meg peggy bella lily jess jessie becky ellen nicola beth liz lizzie annie sue jackie vicky mandy carly kylie
rachael sonia tanya anita vera nina zara keira rosie
alison amelia caitlin clara colleen eva josephine paula tamsin tessa vanessa thandeka palesa lerato ayesha priyanka
ngaire ritu radhika aditi divya shreya nisha tanvi riya sneha swati rekha geeta savita usha asha zainab amina dina sanne
femke lotte anouk lindiwe nomsa zanele nthabiseng wanjiru njeri akinyi moana losana mele""".split())
# (Not the given names that are as often a place's, a body's or a thing's word: Virginia, Chelsea, Shannon, Jordan,
# Austin, Hunter, Christian, Harper, Ruby, Ivy.)
# First names borne by men and women alike in news copy (Dutch and Polish "Jan", English "Jan"): a name's evidence, no
# gender's.
# (Kristen: a man's in Estonia; Alexis and Courtney, a Greek prime minister's and an England lock's; Stevie Nicks
# and Gerry Hughes.)
SHARED_FIRST_NAMES = frozenset("jan jamie kristen alexis courtney terry jesse stevie gerry alex dana kiran ayanda".split())
FIRST_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES | SHARED_FIRST_NAMES


# A romanized given name of two syllables, the second in small letters: "Min-jun", "Seo-yeon", "Xiao-ming" — no
# list holds them all. (Not a prefix a body's name opens on: "Anti-corruption Commission", "Co-operative Bank".)
# (Each part one syllable of the romanization, a vowel's run between at most two consonants and an n, m or ng: not
# "Sea-life", "Go-kart", "Drive-in", "Tip-top".)
_SYLLABLE = r"[bcdfghjklmnpqrstwxyz]{0,2}[aeiouy]{1,3}(?:ng|n|m)?"
_SYLLABLE_GIVEN_NAME = regexes.compile(r"(?i:%s)-%s" % (_SYLLABLE, _SYLLABLE))
_HYPHENED_PREFIXES = frozenset("""anti pro non co cross self multi inter intra pan post pre ex semi re sub trans ultra neo
socio euro afro mid all well over under off out""".split())


def given_name(word: str) -> bool:
    """Whether a word is a given name: one the lexicon knows, with its accents or without them ("Mairéad", "Seán"), or
    of the shape of a romanized one ("Min-jun")."""
    lower = word.lower()
    return lower in FIRST_NAMES or not lower.isascii() and unaccented(lower) in FIRST_NAMES \
        or word[:1].isupper() and _SYLLABLE_GIVEN_NAME.fullmatch(word) is not None \
        and word.split("-", 1)[0].lower() not in _HYPHENED_PREFIXES


def unaccented(word: str) -> str:
    """The word without its accents ("María" → "Maria"), as the lexicon of given names spells them."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def first_name_gender(first: str) -> Optional[str]:
    """"m" or "f" for a common first name; a hyphenated one by its parts when those known agree ("Marc-André",
    "Anne-Marie"; not "Jean-Pierre", whose "Jean" is a woman's name in English)."""
    word = first.lower()
    if word in MALE_FIRST_NAMES or word in FEMALE_FIRST_NAMES or "-" not in word:
        return "m" if word in MALE_FIRST_NAMES else "f" if word in FEMALE_FIRST_NAMES else None
    # (Every part known: "Jean-Luc", one part a woman's name in English and the other unknown, tells nothing.)
    parts = word.split("-")
    if not all(part in MALE_FIRST_NAMES or part in FEMALE_FIRST_NAMES for part in parts):
        return None
    genders = {"m" if part in MALE_FIRST_NAMES else "f" for part in parts}
    return genders.pop() if len(genders) == 1 else None


# The world's countries and a few regions by their usual English names (their last word, lower case): a name a story's
# first sentence opens on that is one of these is a place, whatever "the company" after it needs.
COUNTRIES = frozenset("""afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina
burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti
dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece
grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica
japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein
lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco
mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria macedonia norway
oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa
senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan
tajikistan tanzania thailand togo tonga tunisia turkey türkiye turkmenistan tuvalu uganda ukraine uruguay uzbekistan
vanuatu vatican venezuela vietnam yemen zambia zimbabwe britain england scotland wales europe africa asia america
crimea gaza kosovo""".split())

# The usual names of a country's people that do not open on the country's name: "French" is France's.
DEMONYMS = {"french": "france", "british": "britain", "english": "england", "welsh": "wales", "scottish": "scotland",
            "scots": "scotland", "irish": "ireland", "swiss": "switzerland", "greek": "greece", "turkish": "turkey",
            "danish": "denmark", "swedish": "sweden", "finnish": "finland", "polish": "poland", "spanish": "spain",
            "dutch": "netherlands", "norwegian": "norway", "belgian": "belgium", "czech": "czechia", "slovak": "slovakia",
            "portuguese": "portugal", "filipino": "philippines", "thai": "thailand", "lebanese": "lebanon",
            "peruvian": "peru", "afghan": "afghanistan", "kazakh": "kazakhstan", "korean": "korea", "korea": "korea",
            "us": "america", "uk": "britain"}
_COUNTRIES_LONGEST_FIRST = sorted(COUNTRIES, key=lambda c: (-len(c), c))  # ("Nigerian": Nigeria's, not Niger's)


def country_of(word: str) -> Optional[str]:
    """The country a word names or whose people it names ("Hungary", "Hungarian" → "hungary"), or None."""
    w = word.lower()
    if w in COUNTRIES or w in DEMONYMS:
        return DEMONYMS.get(w, w)
    for c in _COUNTRIES_LONGEST_FIRST:
        stem = c if w.startswith(c) else c[:-1] if len(c) >= 5 and w.startswith(c[:-1]) else None
        if stem and w[len(stem):] in ("", "an", "ian", "n", "ese", "i", "ic"):  # ("German", "Hungarian", "Iraqi")
            return c
    return None
