"""Analysis rules of stop 63, from the misses of its blind batches (347 on), each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import analyse


def _speakers(body: str, title: str = "A story", date: str | None = None) -> list:
    return [q.speaker for q in analyse(body, date=date, title=title).quotes]


def test_an_office_or_a_crews_seat_before_a_name_is_no_part_of_it():
    # (From batches 348 and 349: "Special Public Prosecutor Anjali Deshmukh told the court", "Stroke Marcus Oyelaran, a
    # senior, said", "Coxswain Lily Tran said" gave the words to "Public Prosecutor Anjali Deshmukh" and the rest.)
    body = ('Special Public Prosecutor Meera Joshi told the court the bank had "clear electronic evidence" of the '
            'payments.\n\nStroke Daniel Okafor, a senior from Leeds, said the crew had "trained for exactly that".\n\n'
            'Coxswain Hannah Price said she called for "one more push" at the bridge.')
    assert _speakers(body) == ["meera-joshi", "daniel-okafor", "hannah-price"]
    # (The review's guard: "prosecutor" stays no title of its own; "Prosecutor Jones" is who she was before.)
    jones = ('Prosecutor Jones told the court the defendant had "lied repeatedly to the police". "He has shown no '
             'remorse at all for what he did," she said.')
    assert _speakers(jones) == ["prosecutor-jones", "prosecutor-jones"]
    # A stroke at a sentence's start with no given name after it is left alone.
    assert _speakers('Stroke units at the hospital were "under pressure", Dr Ann Lee said.') == ["ann-lee"]


def test_a_bodys_name_after_its_kind_makes_no_person_of_its_last_words():
    # (From batch 347: "The human rights group Justice Forward Ireland said: "…"" went to a person "Forward Ireland".)
    body = 'The campaign group Justice Forward Wales said: "The tour should not go ahead without conditions."'
    assert _speakers(body) == [None]
    # (The review's guards: a person named after such a noun, the phrase no sentence's subject or the name no
    # speaker's there.)
    assert _speakers('Addressing the group President Cyril Ramaphosa said the country was "in the hands of its young '
                     'people now".') == ["cyril-ramaphosa"]
    assert _speakers('The charity Dr Ann Reed set up in 2010 now funds 40 clinics. Reed said it had "changed the lives '
                     'of thousands of children".') == ["ann-reed"]
    # (The review's guard, b28: a think tank's report keeps its author.)
    report = ('A report published in March by the think tank Health Futures warned that vaccination was "sliding, '
              'postcode by postcode, below safe levels".')
    assert _speakers(report) == ["health-futures"]


def test_the_plural_states_before_a_verb_is_no_speech_verb():
    # (From batch 350: "said the Upper Basin states had "not yet put anything real on the table"" went to "Upper
    # Basin".)
    body = ('Arizona\'s lead negotiator, Tomás Aguilar, said the Upper Basin states had "not yet put anything real on '
            'the table."')
    assert _speakers(body) == ["tomas-aguilar"]
    # "states" as the verb stays one: "The ministry states that …".
    assert _speakers('Priya Nair states that the plan is "fully costed".') == ["priya-nair"]


def test_someones_relative_set_off_after_two_nouns_speaks_the_words_after_their_colon():
    # (From batch 349: '"…," he said, while his wife and business partner, Kiri Paki, added: "…"' was one quotation,
    # his.)
    body = ('Contractor Tom Reed said his crews were busy. "The farmers are calling again," he said, while his wife and '
            'business partner, Ana Reed, added: "Now we just need people who want the work."')
    assert _speakers(body) == ["tom-reed", "ana-reed"]


def test_said_in_an_email_is_said_and_in_a_statement_after_a_conjunction_too():
    # (From batch 350: "The Department of National Defence said in an email that … the forces were "on track"" was no
    # one's: "email" read as the verb.)
    body = ('In a statement, opposition critic Brent Dale said the plan was "a fantasy".\n\n'
            'The Department of National Defence said in an email that recruitment had risen and that the forces were '
            '"on track" to meet their targets.')
    assert _speakers(body) == ["brent-dale", "department-of-national-defence"]
    # (From batch 348: "But Chief Loretta Ashkewe of Kaministik Lake First Nation said the province had "jumped the
    # gun"": the person opening the clause past its "But".)
    chief = 'But Chief Mary Sands of Birch River First Nation said the province had "jumped the gun."'
    assert _speakers(chief) == ["mary-sands"]


def test_an_age_in_brackets_before_a_role_keeps_the_one_named_the_subject():
    # (From batch 349: "Michael Boyle (67), a retired fisherman from Dungloe, said …. "…," he said" was no one's: the
    # fisherman taken for someone else.)
    body = ('Seán Doherty (71), a retired teacher from Dungloe, said he had waited since the autumn.\n\n'
            '"I rang every dentist in the county," he said.')
    assert _speakers(body) == ["sean-doherty"]
    # Someone else after a comma stays someone else: "At the clinic, one nurse said …".
    other = ('Seán Doherty said he had waited since the autumn. At the clinic, one nurse said the list was long.\n\n'
             '"We cannot take more," she said.')
    assert _speakers(other) == [None]


def test_asked_after_the_words_names_the_one_who_asked():
    # (From batch 350: '"Will my job be here in a year?" asked Kevin Osei, a crane operator' was no one's: no person
    # read in "asked Kevin Osei".)
    body = '"Will my job be here in a year?" asked Nadia Kowal, a crane operator with 12 years at the mill.'
    assert _speakers(body) == ["nadia-kowal"]


def test_the_one_set_off_by_role_who_spoke_to_the_paper_answers_its_transcript():
    # (From batch 350: "The museum's chief curator, Dr Farhan Qureshi, spoke to this newspaper about the restoration.
    # Edited excerpts:" gave the answers to the minister quoted most before.)
    body = ('Minister Ravi Sen opened the galleries and called the museum "a gift".\n\n"Come and see," Sen said.\n\n'
            'The museum\'s chief curator, Dr Asha Roy, spoke to this newspaper about the restoration. Edited excerpts:'
            '\n\n**Q: What was the hardest part?**\n\n**A:** Patience. Every time we opened a wall, we found a new '
            'problem.')
    assert _speakers(body) == ["ravi-sen", "ravi-sen", "asha-roy"]


def test_a_places_government_named_before_is_whom_its_spokesperson_speaks_for():
    # (From batch 348: "The Delhi government has ordered …. A Delhi government spokesperson said … "…"" was someone
    # unnamed.)
    body = ('The Lagos government has closed all schools until Friday. A Lagos government spokesperson said the '
            'decision put "the safety of children first".')
    assert _speakers(body) == ["lagos-government"]
    # Not named as a body before: someone unnamed, as before.
    alone = 'A Lagos government spokesperson said the decision put "the safety of children first".'
    assert _speakers(alone) == [None]


def test_a_given_name_then_one_of_some_people_is_a_person_and_the_he_after_them():
    # (From batch 354: "Erik Lindqvist, one of the practice's founders, said …. "…," he said" was no one's: no person
    # read, and "one of the practice's founders" taken for someone else.)
    body = ('The architects call the design "the Lantern". Erik Dahl, one of the practice\'s founders, said the name was '
            'meant to suggest openness.\n\n"A gallery should not be a fortress," he said.')
    assert _speakers(body) == [None, "erik-dahl"]
    # (The review's guard: one of some things is no person, "Hugo Boss, one of Germany's best-known fashion houses,".)
    firm = 'Hugo Boss, one of Germany\'s best-known fashion houses, said sales were "well ahead of the plan".'
    assert "hugo-boss" not in {p.slug for p in analyse(firm).people if p.kind == "person"}


def test_a_participle_after_its_noun_is_no_speech_verb_of_the_clause():
    # (From batch 354: 'He said the listings announced Monday were "largely symbolic"' was no one's: "announced" taken
    # for the verb, the listings its subject.)
    body = ('Graham Hale, a shipping analyst, told the programme that rates had risen. "We are paying for this too," he '
            'said.\n\nHe said the listings announced Monday were "largely symbolic" because most of the ships had left.')
    assert _speakers(body) == ["graham-hale", "graham-hale"]
    # The verb itself, after its subject, still reports: "The Finance Ministry announced on Monday that …".
    assert _speakers('The Finance Ministry announced on Monday that talks were "on track".') == ["finance-ministry"]


def test_a_name_modifying_the_first_sentences_subject_is_not_the_company_after_it():
    # (From batch 351: "Cook Strait ferry sailings will be cancelled …" then "In a statement, the company said: "…""
    # gave the words to "Cook Strait", the story's first sentence's subject.)
    body = ('WELLINGTON — Cook Strait ferry sailings will be cancelled for 48 hours after crews rejected a pay offer.\n\n'
            'In a statement, the company said: "We are doing everything we can to rebook passengers."')
    assert _speakers(body) == [None]
    # (The review's guard: a verb's ending reads as the verb, "Meridian Energy warns bills will rise".)
    warns = ('Meridian Energy warns bills will rise by about 8 per cent from April.\n\nIn a statement, the company said: '
             '"We know this is hard news for households already under pressure."')
    assert _speakers(warns) == ["meridian-energy"]
    # A company opening the first sentence is still the company: "Qingtian Power has put on hold …".
    company = ('Battery maker Qingtian Power has put its new plant on hold.\n\n'
               'In a statement, the company said: "We remain committed to the region."')
    assert _speakers(company) == ["qingtian-power"]


def test_a_relative_who_speaks_after_as_is_not_the_one_who_spoke_before():
    # (From batch 352: '"…," she said, as her husband shook his head and added: "For now."' gave "For now." to her.)
    body = ('Fisherman Ravi Das said the boats were safe.\n\nHis wife, Mina Das, said they had spent two nights in the '
            'shelter. "We are alive, that is enough for now," she said, as her husband shook his head and added: '
            '"For now."')
    assert _speakers(body) == ["mina-das", None]


def test_a_shared_surname_opening_a_clause_after_the_kins_is_the_other_one():
    # (From batch 353: 'his wife, Áine Madigan, calls out that "…", and Madigan, laughing, shouts back: "…"' gave his
    # words to her.)
    body = ('General Conor Walsh retired last year after forty years in uniform.\n\nFrom the hallway, his wife, Áine '
            'Walsh, calls out that "he would be gone in the morning", and Walsh, laughing, shouts back: "I would wait '
            'until the afternoon."')
    assert _speakers(body) == ["aine-walsh", "conor-walsh"]
    # (The review's guard: with no words of hers quoted before it, the surname after ", and" goes on about her.)
    going_on = ('Tom Reed has farmed near Ballarat for forty years.\n\nHis daughter, Ann Reed, studied agronomy in '
                'Melbourne, and Reed, now 24, says she came home to "bring in new ideas about soil and water".')
    assert _speakers(going_on) == ["ann-reed"]
    # (The guard kept: "His wife, Ann Reed, said …. "…," Reed said" is hers.)
    guard = ('Tom Reed farms near Ballarat.\n\nHis wife, Ann Reed, said the drought was the worst in thirty years. '
             '"We have sold half the flock," Reed said.')
    assert _speakers(guard) == ["ann-reed"]


def test_a_verb_after_a_name_before_was_is_still_the_names_verb():
    # (The what_changed guard, b56: "which Nwosu acknowledged was "disappointing"" is hers, no participle.)
    body = ('Dr Amara Obi led the study.\n\nThe trial found no change in exam results, which Obi acknowledged was '
            '"disappointing", though she said two years may have been too short.')
    assert _speakers(body) == ["amara-obi"]


def test_someone_unnamed_brought_in_after_and_or_as_one_of_many_is_no_one_named_before():
    # (From batch 355, measured on the stop's code: 'Shop owner Mohammed Irfan said …, and his neighbour, who runs a
    # flour mill, cut in: "…"' gave the neighbour's words to Irfan, wrong where none can be told.)
    body = ('Shop owner Ravi Kumar said wholesale rates had gone up "every single week" for two months, and his '
            'neighbour, who runs a flour mill, cut in: "Wheat will be next, just wait and see."')
    assert _speakers(body) == ["ravi-kumar", None]
    # His own words after ", and added:" are still his.
    assert _speakers('Shop owner Ravi Kumar said rates had gone up, and added: "Wheat will be next, just wait and '
                     'see."') == ["ravi-kumar"]
    # (From batch 357: "The fishermen are less philosophical. One, mending a net …, shrugged …. "…," he said" went to
    # the husband named in the paragraph before.)
    one = ('Her husband, Taras Holub, is sceptical. "They talk and talk in Brussels," he says.\n\nDown at the harbour '
           'wall, the fishermen are less philosophical. One, mending a net beside a boat, shrugged when asked about '
           'the talks. "I will believe it when I can fish again," he said.')
    assert _speakers(one) == ["taras-holub", None]
