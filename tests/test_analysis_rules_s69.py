"""Analysis rules of stop 69, from the misses of its blind batches (423 on), each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import analyse


def _speakers(body: str, title: str = "A story") -> list:
    return [q.speaker for q in analyse(body, title=title).quotes]


def _kinds(body: str) -> dict:
    return {p.slug: p.kind for p in analyse(body).people}


def test_a_paragraph_of_quotation_after_a_reported_sentence_that_quotes_a_few_words():
    # (From batch 424: `St Fintan's manager Seán Mulrooney said the title had been built on "hard nights in the rain"
    # and paid tribute to a panel …` then two paragraphs of his quotation had no speaker.)
    body = ('Coach Orla Brennan said the win had been built on "a lot of cold mornings" and paid tribute to a squad '
            'that had lost three of its best players to injury during the season.\n\n"Nobody gave us a chance in March. We were too young, they said.\n\n'
            '"But these girls never stop running."')
    assert _speakers(body) == ["orla-brennan"] * 3


def test_no_quotation_after_a_reported_sentence_naming_someone_else_after_the_quote():
    # (The guard: the sentence goes on to someone else, whose words the next paragraph may be.)
    body = ('Ms Dunne said the delay was "baffling", coming only weeks after Transport Minister Eoin Walsh promised '
            'the commuters of the northern suburbs faster and more frequent trains.\n\n'
            '"We were told the line would open in spring."')
    assert _speakers(body) == ["dunne", None]


def test_a_clause_of_time_after_a_partial_quote_names_no_speaker():
    # (From batch 424: `Ms Reddin said the timing of the announcement was "baffling", coming only weeks after the
    # Government restated its commitment …` gave the word to the Government.)
    body = ('"Fares are a tax on commuters," said the group\'s spokeswoman, Aine Kelly.\n\n'
            'Ms Kelly said the timing was "bizarre", coming days after the Department of Transport restated its '
            'climate targets.\n\n'
            '"Sure ye will," Kehoe replied, a few minutes after the final whistle, as Tobin said "we\'ll be back".')
    assert _speakers(body)[:2] == ["aine-kelly", "aine-kelly"]


def test_he_after_a_man_named_in_passing_is_not_his():
    # (Batch 423's `For growers like Tom Kessel, who farms near Esperance, the timing is awkward. "…," he said` went to
    # the analyst named two paragraphs up; a rule giving it to the man named in passing with a who-clause of his own was
    # withdrawn after the second review — it gave a detective's words to the victim, "The attack on Mary Byrne, who was
    # 34, happened outside a takeaway. "…," she said". The words stay with the subject before.)
    body = ('"This was a senseless killing," said Detective Inspector Kim Ashdown.\n\nThe attack on Mary Byrne, who was '
            '34, happened outside a takeaway. "We need witnesses to come forward," she said.')
    assert _speakers(body) == ["kim-ashdown", "kim-ashdown"]


def test_he_after_a_man_named_in_passing_stays_with_a_man_subject_before():
    # (The guard: a subject whose given name says he is a man stays the he.)
    body = ('"Prices are up," said the analyst, Peter Ashdown.\n\n'
            'For farmers like David Okoro the rally came late. "It will not last," he said.')
    assert _speakers(body)[1] in ("peter-ashdown", None)


def test_she_stays_with_the_one_a_pronoun_of_the_paragraph_goes_on_with():
    # (The guard of the rule above, from stop 46's batch 174: "Under cross-examination, she agreed …. Asked by tribunal
    # chair Gwen Aperahama why …, she replied: "…"" is the witness's answer, not the chair's.)
    body = ('The panel also heard from nurse Tui Hohepa, who said she had raised concerns twice.\n\n'
            '"I rang the practice twice," Hohepa said.\n\n'
            'Under questioning, she agreed the doses were legal. Asked by panel chair Helen Marsh why she had not gone '
            'to the ministry, she replied: "I thought that was the practice\'s job."')
    assert _speakers(body)[-1] == "tui-hohepa"


def test_someone_unnamed_after_at_is_where_the_one_named_works():
    # (From batch 424: `Jo Prentice, who chairs the patient group at one of the pilot surgeries, said … "…," she said`
    # had no speaker: "one of the pilot" read as someone unnamed speaking.)
    body = ('Jo Prentice, who chairs the patient group at one of the pilot surgeries, said the trial had gone well. '
            '"People are now seen in two days," she said.')
    assert _speakers(body) == ["jo-prentice"]


def test_someone_unnamed_with_whom_a_clip_was_recorded_still_speaks():
    # (The guard, from stop 60's batch 378: "a clip recorded with a Ukrainian soldier who asked that his name not be
    # used. "…," he says" is the soldier's, no one's to name.)
    body = ('"The worst outcome is a symbolic force," said analyst Luc Tremblay.\n\n'
            'Later, the host plays a clip recorded with a Ukrainian soldier who asked that his name not be used.\n\n'
            '"We don\'t need anyone to fight for us," he says in the clip.')
    assert _speakers(body) == ["luc-tremblay", None]


def test_the_company_after_two_with_legal_forms_is_no_ones():
    # (Batch 424's "The station's owner, Kereru Downs Ltd, said …. "…," the company said" has no speaker: a rule making a
    # legal form fit "the company" was withdrawn after the second review — "Acme Plc was bought by Palmer Capital Ltd.
    # "We are delighted," the company said" went to Acme, "the bank said" after "Kilbride Foods Ltd owes … AIB" to
    # Kilbride.)
    body = ('Kilbride Foods Ltd owes more than two million euro to AIB, the court heard. "We will pursue every cent," the '
            'bank said.')
    assert _speakers(body) == [None]


def test_a_body_that_says_what_it_will_do_then_the_company_said():
    # (From batch 424: `Southern Reach Seafoods said it would comply with the order. "…," the company said` had no
    # speaker: a name of three words no given name opens, speaking as a body does.)
    body = ('Dr Ravi Mehta said the cut was "welcome but late".\n\n'
            'Northern Cape Seafoods said it would appeal the ruling. "We were given no warning," the company said.')
    assert _speakers(body) == ["ravi-mehta", "northern-cape-seafoods"]


def test_a_role_without_its_article_then_the_name_after_the_quote():
    # (From batch 424: `"So who decided he was ready for that slope?" asked counsel assisting the coroner, Sarah Ngata.`)
    body = ('The station manager gave evidence.\n\n'
            '"So who signed off on his training?" asked counsel assisting the coroner, Hana Whitu.')
    assert _speakers(body) == ["hana-whitu"]


def test_a_body_called_by_the_first_word_of_its_name_and_trade():
    # (From batch 426: "Ardan Payroll Services, which processes wages …, said …" then `Ardan said it expected … and advised
    # clients to make "alternative arrangements"` gave the words to a body called "Ardan"; so a spokeswoman of the
    # company after "SkyLink said" and "SkyLink Ground Services" earlier.)
    body = ('Corrib Payroll Services, which pays 1,900 employers, said it had detected "unusual activity".\n\n'
            'Corrib said it expected its systems back by Tuesday and advised clients to make "other arrangements".\n\n'
            'Corrib said the claim was "simply unsustainable". A company spokeswoman said: "We remain at the table."')
    assert _speakers(body) == ["corrib-payroll-services"] * 4


def test_the_network_is_the_one_network_named_before():
    # (From batch 424: "The network said in a statement that patients … would "always be able to phone or walk in"" after
    # "the Soar Valley Primary Care Network" had no speaker.)
    body = ('The change was agreed by the Avon Vale Primary Care Network on May 6.\n\n'
            'Margaret Hill, 74, said she had "never sent an email in my life".\n\n'
            'The network said in a statement that patients would "always be able to phone".')
    assert _speakers(body) == ["margaret-hill", "avon-vale-primary-care-network"]


def test_we_asked_someone_to_explain_over_an_interviews_questions():
    # (From batch 424: "We asked Dr Nikhil Varma, a GP partner …, to explain the change." over bold questions gave the
    # answers to the patient quoted before.)
    body = ('Not everyone is convinced. Margaret Hill, 74, said she had "never sent an email in my life".\n\n'
            '"Do I just not get ill?" she said.\n\n'
            'We asked Dr Sunil Rao, a GP partner and clinical lead for the network, to explain the change. The '
            'interview has been edited for length.\n\n'
            '**Why get rid of the phone line?**\n\n'
            'Because it doesn\'t work for anyone. I watched 300 people ring in ten minutes.\n\n'
            '**Critics say this is rationing.**\n\n'
            'I understand why people feel that. But we are adding appointments.')
    assert _speakers(body)[-2:] == ["sunil-rao", "sunil-rao"]


def test_he_past_a_paragraph_that_tells_of_his_first_win():
    # (From batch 430: `… Lawson said. ¶ It was his first Championship Tour win since … ¶ "…," he said` had no speaker.)
    body = ('"I can\'t really put it into words," Jack Tamihana said.\n\n'
            'It was his first title since Raglan in 2024, a drought that included a knee operation.\n\n'
            '"There were days when I wondered if I\'d get back," he said.')
    assert _speakers(body) == ["jack-tamihana", "jack-tamihana"]


def test_and_someone_agreed_that_gives_the_partial_quote_to_them():
    # (From batch 430: `"…," Roux said, and Isaacs agreed that any revenue should be "ring-fenced for Kalk Bay"` went to
    # Roux.)
    body = ('Fatima Isaacs chairs the residents\' association. Shop owner Gideon Roux runs a cafe on the harbour.\n\n'
            '"Nobody has told us where the money goes," Roux said, and Isaacs agreed that the revenue should be '
            '"kept in the village".')
    assert _speakers(body) == ["gideon-roux", "fatima-isaacs"]


def test_a_trade_capitalized_to_open_the_sentence_is_no_part_of_the_name():
    # (From batches 429 and 430: "Librarian Mereana Walsh", "Restaurateur Gideon Roux" were the speakers' names.)
    body = ('Restaurateur Gideon Roux, who owns a seafood restaurant, said parking was a mess. "Nobody has told us '
            'where the money goes," Roux said.\n\nLibrarian Aroha Walsh said the branch was busy. "We are the warm room," '
            'Walsh said.')
    assert _speakers(body) == ["gideon-roux", "aroha-walsh"]


def test_a_body_named_by_its_first_word_after_its_partners():
    # (From batch 427: "AeroServ Partners" … `AeroServ said in a statement that it had made "a fair and competitive offer"`
    # gave the words to a body called "AeroServ".)
    body = ('Workers employed by AeroLift Partners walked out on Monday.\n\n'
            'AeroLift said in a statement that it had made "a fair offer".')
    assert _speakers(body) == ["aerolift-partners"]


def test_a_transit_operator_is_a_body_and_the_company_said_colon_is_its():
    # (From batch 428: "Table Bay Transit has urged the union …. In a statement issued on Monday night, the company
    # said:" over a paragraph of quotation had no speaker — "Table Bay Transit" read as a person.)
    body = ('"This is not an offer," the union leader said.\n\n'
            'Harbour City Transit has urged the union to suspend the strike. In a statement issued on Monday, the company '
            'said:\n\n"The company has tabled an offer that is above inflation."')
    assert _speakers(body)[-1] == "harbour-city-transit"


def test_a_countrys_delegation_speaks_as_a_body():
    # (From batch 428: `The Russian delegation said in a statement that the Ukrainian proposals were "a basis for further
    # work"` had no speaker.)
    body = ('Savchuk spoke first.\n\nThe Russian delegation said in a statement that the proposals were "a basis for '
            'further work".')
    assert _speakers(body) == ["russian-delegation"]


def test_the_studio_is_the_one_whose_name_ends_in_studios():
    # (From batch 428: "Saffron Reel Studios, which produced the film, said … "…," the studio said" had no speaker.)
    body = ('The film opened on Friday.\n\nMonsoon Lane Studios, which produced the film, said in a statement that '
            'bookings had doubled. "The response has been overwhelming," the studio said.')
    assert _speakers(body) == ["monsoon-lane-studios"]


def test_her_statement_reads_colon_is_hers():
    # (From batch 428: "Foreign Minister Claire Donnelly has announced targeted sanctions …. Her statement reads:" over a
    # paragraph of quotation had no speaker.)
    body = ('Foreign Minister Claire Dalton has announced sanctions on 48 people. Her statement reads:\n\n'
            '"This war continues to cost innocent lives every day."')
    assert _speakers(body) == ["claire-dalton"]
    # (The guard: with two people named before it, whose statement it is cannot be told.)
    body = 'Anne Kerr wrote to Mary Lowe last week. Her statement reads:\n\n"This war continues to cost lives."'
    assert _speakers(body) == [None]


def test_a_delegation_led_by_someone_is_the_delegation():
    # (Labels of eight earlier batches give such words to the delegation, "led by …" or not — one, stop 46's batch 174,
    # to its leader; a rule for that was tried and withdrawn.)
    body = ("Russia's delegation, led by Deputy Foreign Minister Pavel Gromov, called the plan \"unrealistic\".")
    assert _speakers(body) == ["russias-delegation"]


def test_a_person_then_the_post_they_hold_at_a_body_is_the_subject():
    # (From stop 59's batch 371: "Yuri Malakhov, the deputy foreign minister leading Russia's delegation, has told
    # Russian state television that Moscow came to Geneva "in good faith"" went to the delegation.)
    body = ('The Kremlin has dismissed it.\n\nYuri Malakhov, the deputy minister heading the Foreign Ministry, has told '
            'reporters that Moscow came "in good faith".\n\n'
            'Gennady Voronin, the Kremlin aide who led Moscow\'s delegation, said a truce must address what he called '
            '"the root causes of the conflict".')
    assert _speakers(body) == ["yuri-malakhov", "gennady-voronin"]
    assert _kinds(body)["gennady-voronin"] == "person"


def test_a_note_from_one_delegation_is_no_ones():
    # (From stop 22's batch 59: "An internal briefing note from one European delegation … describes the US position as
    # "helpful but deliberately imprecise"" went to a "European delegation".)
    body = ('11:15 – An internal briefing note from one European delegation, seen by reporters, describes the plan as '
            '"helpful but deliberately imprecise".')
    assert _speakers(body) == [None]


def test_one_operator_of_a_named_body_is_someone_unnamed():
    # (From stop 29's batch 76, after "Transit" ended bodies' names: "One Bellmere Transit operator, who spoke on
    # condition of anonymity, said …. "…," the operator said" went to a body "One Bellmere Transit".)
    body = ('Another rider was more pointed.\n\nOne Harbour Transit operator, who spoke on condition of anonymity, said '
            'drivers had trained on simulators. "Some of us have never driven the real line," the operator said.')
    assert _speakers(body) == [None]


def test_a_conversation_with_this_newspaper_names_who_answers():
    # (From batch 433: "In a brief conversation with this newspaper after the ceremony, Ms Raghavan spoke about the book"
    # over "Q:"/"A:" gave the answers to the judge quoted before.)
    body = ('"It is a book about salt," said jury chair Arvind Mehta. "And about the people who make it."\n\n'
            'In a brief conversation with this newspaper after the ceremony, Ms Lakshmi Iyer spoke about the book.\n\n'
            '**Q: How long did the novel take to write?**\n\n'
            'A: Eleven years, if you count the years I spent pretending I was not writing it.\n\n'
            '**Q: What will you do with the prize money?**\n\n'
            'A: Pay off my home loan first.')
    assert _speakers(body)[-2:] == ["lakshmi-iyer", "lakshmi-iyer"]


def test_a_live_entrys_time_zone_is_no_part_of_a_bodys_name():
    # (From batch 431: "**7.10am AEST** Ukraine's foreign ministry said … "as a first-order issue"" was given to "AEST
    # Ukraine's foreign ministry".)
    body = ('**6.45am AEST** Moscow has responded.\n\n**7.10am AEST** Ukraine\'s foreign ministry said in a post on X '
            'that its delegation would raise the issue "as a first-order issue" at today\'s session.')
    assert _speakers(body) == ["ukraines-foreign-ministry"]


def test_a_company_by_the_first_word_of_its_name_and_its_trade():
    # (From batch 432: "Veridian Surgical" … "Veridian said …" gave the words to a body called "Veridian".)
    body = ('The robot was built by Norvane Surgical, a Boston firm.\n\n'
            'Norvane said it expected approval "within the next two to three years".')
    assert _speakers(body) == ["norvane-surgical"]


def test_guards_from_the_review_of_stop_69():
    # (A helper's review of the rules above, about 360 probes: each of these had gone wrong and is guarded here.)
    # A paragraph of quotation left open runs on to the one whose attribution names someone else.
    body = ('Opposition spokeswoman Kate Doyle said the figures were "fiddled" and demanded an inquiry into the way the '
            'department had compiled them over the past three years.\n\n"These figures were audited twice.\n\n'
            '"There is nothing to hide," said Finance Minister Paschal Donohoe.')
    assert _speakers(body) == ["kate-doyle", "paschal-donohoe", "paschal-donohoe"]
    # A sentence that goes on to someone else after its few quoted words hands the next paragraph to no one.
    body = ('Opposition spokeswoman Kate Doyle said the figures were "fiddled" and demanded an inquiry, a charge the '
            'government has flatly denied in a statement issued on Monday night.\n\n"These figures were audited twice."')
    assert _speakers(body) == ["kate-doyle", None]
    # "since" or "until" inside the speaker's own description is no clause of time.
    assert _speakers('"He was a gentle giant," his friend since childhood Mark Ryan said.') == ["mark-ryan"]
    # (But a clause of time opening right after the words, the comma inside them, is one: the Kremlin's.)
    assert _speakers('The Kremlin said it would answer "within days," after American envoy Steve Witkoff confirmed he '
                     'would travel to Moscow.') == ["kremlin"]
    # A man named as the one the sentence is about, not a subject of his own, is no "he".
    body = ('Cllr Nguyen said the budget was "a disgrace".\n\nThe cuts were signed off by chief executive David Ellis in '
            'March. "It was decided behind closed doors," he said.')
    assert _speakers(body) == ["nguyen", "nguyen"]
    # "Her statement reads:" after she read someone else's out is not hers.
    body = ('Prosecutor Jane Ryan read a statement from the victim\'s mother to the court. Her statement reads:\n\n'
            '"Not a day goes by when I do not think of my son."')
    assert _speakers(body) == [None]
    # A person who led a delegation is no body.
    body = ('Foreign Minister Sergei Lavrov, who led the Russian delegation, said the talks were useful. "We will meet '
            'again," the delegation said.')
    assert _kinds(body).get("sergei-lavrov") == "person" and "foreign-minister-sergei-lavrov" not in _kinds(body)
    # A delegation's spokesperson named beside it is who speaks (from the labelled pages, after "delegation" became a
    # body's word).
    body = ('A spokesperson for the Ukrainian delegation, Oksana Hrytsenko, declined to discuss details but said Kyiv '
            'would "not accept any arrangement that rewards aggression".')
    assert _speakers(body) == ["oksana-hrytsenko"]
    # "an Oireachtas committee" still wrote its report.
    assert _speakers('A report from an Oireachtas committee described the plan as "a mess".') == ["oireachtas-committee"]


def test_guards_from_the_second_review_of_stop_69():
    # A paragraph left open after a reported sentence runs on to the next paragraph's attribution, whoever — no one
    # when that one cannot be told.
    a = ('Union organiser Tom Hegarty said the offer was "an insult" and demanded the company return to the table '
         'before the strike spread to its other depots in Cork and Limerick.')
    assert _speakers(a + '\n\n"We have offered 4 per cent over two years.\n\n"That is a fair offer," a spokeswoman '
                         'said.') == ["tom-hegarty", None, None]
    # Nor is a closed one after a sentence bringing in someone who may answer.
    body = ('Judge Ruth Adams said the defendant\'s conduct was "cynical" and sentenced him to four years in prison '
            'with the final two years of that sentence suspended.\n\n"I am sorry for what I did."')
    assert _speakers(body) == ["ruth-adams", None]
    # A surname that opens a company's name with a trade people's names end in too is the person's.
    body = ('Workers at Byrne Cargo Services walked out on Monday.\n\nByrne, the union\'s shop steward, said the '
            'strike was "a last resort".')
    assert "byrne-cargo-services" not in _speakers(body)
    # "The network" is no "Network Rail".
    body = ('Network Rail said the line would reopen on Monday. Sky News first reported the closure. The network said '
            'its story was "accurate".')
    assert _speakers(body) == [None]
    # "Her statement reads:" after her family released one is not hers.
    body = ('The family of Sarah Hill, who died in the crash, released a statement through gardaí. Her statement '
            'reads:\n\n"She was the light of our lives."')
    assert _speakers(body) == [None]
    # A man whose surname is Transit is a man.
    assert _kinds('Former footballer Ian Transit said the plan was "a joke". "Nobody asked the fans," he said.') \
        .get("ian-transit") == "person"
