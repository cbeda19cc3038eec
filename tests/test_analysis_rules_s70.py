"""Analysis rules of stop 70, from the misses of its blind batches (439 on), each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import analyse


def _speakers(body: str, title: str = "A story") -> list:
    return [q.speaker for q in analyse(body, title=title).quotes]


def test_someone_unnamed_who_wept_is_the_he_after():
    # (From batch 440: 'On the Hill, one Cork supporter in his seventies wept openly. "…," he said' went to the
    # goalkeeper named in the paragraph before — a wrong speaker where none can be told.)
    body = ('"We were magnificent," said captain Tom Reilly.\n\n'
            'Outside the ground, one Galway supporter in a maroon scarf wept openly. "I never thought I would see it," '
            'he said.\n\nOne woman sobbed. "Thirty years," she said.')
    assert _speakers(body) == ["tom-reilly", None, None]


def test_words_after_a_clause_of_another_before_a_colon_are_theirs():
    # (From batch 440: `"…," Lehane told the crowd, before goalkeeper Rory Sheehan grabbed the microphone and roared:
    # "…"` was read as one quotation split around Lehane's attribution.)
    body = ('Captain Dara Quinn lifted the trophy. "This one is for the town," Quinn told the crowd, before goalkeeper '
            'Sean Tully grabbed the microphone and roared: "Nobody is going to work tomorrow!"\n\n'
            '"It is over," Quinn said, before Mark Doyle yelled: "Not yet it isn\'t!"')
    assert _speakers(body) == ["dara-quinn", "sean-tully", "dara-quinn", "mark-doyle"]


def test_the_speaker_going_on_after_before_he_keeps_the_words():
    # (The guard: the one speaker, going on after "before he …".)
    body = '"We tried," Quinn said, before he added: "And we will try again."'
    assert set(_speakers(body)) == {"quinn"}


def test_she_who_went_further_then_words_in_her_paragraph_are_hers():
    # (From batch 439: `She went further when we spoke a second time. "The tankers themselves are the easy part. …`,
    # over three paragraphs, had no speaker: a past no -ed ends, then a clause of when.)
    body = ('Dr Ruth Abara studies shipping at a London institute.\n\n'
            'She went further when we spoke again. "The ships are the easy part.\n\n'
            '"The money is harder."')
    assert _speakers(body) == ["ruth-abara", "ruth-abara"]


def test_the_answers_of_an_interview_a_masthead_says_it_held():
    # (From batch 439: "The Ledger spoke with Mehra shortly after the vote." over a Q&A gave the answers to the nurses'
    # leader quoted before.)
    body = ('"This is about care," said Dr Ana Mehra, who will lead the merged hospital.\n\n'
            'Joan Kowal, who leads the nurses\' union, called the plan "a merger in disguise".\n\n'
            '"We have heard this before," she said.\n\n'
            'The Ledger spoke with Mehra shortly after the vote.\n\n'
            '**Q: Will either emergency department close?**\n\n'
            '**A:** No. Both stay open. I have said it to the staff.\n\n'
            '**Q: Where do the savings come from?**\n\n'
            '**A:** Duplicate back-office functions. We have two of everything.')
    assert _speakers(body)[-2:] == ["ana-mehra", "ana-mehra"]


def test_words_of_a_doubt_put_by_questioning_whether():
    # (From batch 439: `Petrie questioned whether a splash pad would be used "more than six weeks a year"` had no
    # speaker.)
    body = ('Councillor Ann Petrie voted against the plan.\n\n'
            'During the debate, Petrie questioned whether the pool would be used "more than a month a year".')
    assert _speakers(body) == ["ann-petrie"]


def test_police_questioned_someone_is_no_speech():
    # (The guard: "questioned" alone is an interview by the police, no words of theirs.)
    body = 'Police questioned a man about the "suspicious package" found at the station.'
    assert _speakers(body) in ([], [None])


def test_a_body_named_after_a_preposition_that_said_in_a_statement():
    # (From batch 439: "The collection is published by Tamarind House, which said in a statement that the first print
    # run had "nearly sold out"" had no speaker.)
    body = ('The novel is published by Lantern Yard, which said in a statement that the first printing had '
            '"all but sold out" before the launch.')
    assert _speakers(body) == ["lantern-yard"]


def test_a_caller_known_by_a_given_name_and_a_town_is_the_he_after():
    # (From batch 439: "The first caller, Declan from Mullingar, a retired Army sergeant, said …" then '"…," he said'
    # had no speaker: no person for a given name alone, and the sergeant set off after the town read as someone else.)
    body = ('"What do you make of it?" the presenter asked.\n\n'
            'The first caller, Declan from Mullingar, a retired Army sergeant, said he had served in Lebanon.\n\n'
            '"We held the line for years," he said.')
    assert _speakers(body)[1:] == ["declan"]


def test_a_department_of_health_disability_and_ageing_is_one_body():
    # (From batch 440: "The Department of Health, Disability and Ageing said the incentives were "…"" had no speaker:
    # ageing no remit a list held.)
    body = ('The Department of Health, Aged Care and Sport said the new incentives were "the largest investment in '
            'general practice in a generation".')
    assert _speakers(body) == ["department-of-health-aged-care-and-sport"]


def test_a_paragraph_of_quotation_after_someone_quick_to_share_the_credit():
    # (From batch 440: "Twomey was quick to share the credit with his backroom team …" then two paragraphs of
    # quotation had no speaker.)
    body = ('"I thought it was gone," manager Pat Rowe said afterwards.\n\n'
            'Rowe was quick to share the credit with his backroom team and with the senior players who had carried '
            'the squad through two hard years.\n\n'
            '"People will talk about the goal. But the work was done on wet winter nights.\n\n'
            '"This is for every supporter who stood on a terrace."')
    assert _speakers(body) == ["pat-rowe"] * 3


def test_a_retired_rank_in_brackets_before_the_name_after_the_quote():
    # (From batch 440: `"…," said Maj Gen (retd) Harjit Singh Sandhu, a defence analyst` had no speaker.)
    body = '"Peacekeepers there are a fantasy," said Brig (retd) Anil Mehta Rao, a defence analyst.'
    assert _speakers(body) == ["anil-mehta-rao"]


def test_a_body_set_off_with_what_kind_it_is_then_calls_it():
    # (From batch 441: "The Digital Infrastructure Council, an industry body, said South Africa had become …, and called
    # the approval "…"" gave the words to South Africa.)
    body = ('The Cloud Builders Forum, an industry body, said Kenya had become the region\'s main hub since 2019, and '
            'called the approval "a vote of confidence in Nairobi".')
    assert _speakers(body) == ["cloud-builders-forum"]


def test_welcomed_the_approval_as_casts_it_in_their_words():
    # (From batch 442: "Local federal MP Tony Ricci welcomed the approval as "long overdue"" was no quotation at all.)
    body = 'Local MP Jane Ricci welcomed the decision as "long overdue", and said she would keep pressing for more.'
    assert _speakers(body) == ["jane-ricci"]


def test_welcomed_alone_quotes_no_one():
    # (The guard: "welcomed" with a name in quotation marks after it is a deed.)
    body = 'Foreign Minister Ann Lee welcomed the "coalition of the willing" to London on Tuesday.'
    assert "ann-lee" not in _speakers(body)


def test_he_stopped_briefly_to_tell_reporters():
    # (From batch 442: "Jonathan Ashcombe has arrived at Lancaster House. He stopped briefly to tell reporters that any
    # guarantees had to be "…"" had no speaker.)
    body = ('Defence Secretary Tom Ashby has arrived. He stopped briefly to tell reporters that any guarantee had to be '
            '"credible on day one".')
    assert _speakers(body) == ["tom-ashby"]


def test_he_declined_to_tell_reporters_gives_no_words():
    # (The guard: what someone declined to tell is no words of theirs.)
    body = ('Defence Secretary Tom Ashby has arrived. He declined to tell reporters whether the plan was "dead".')
    assert _speakers(body) != ["tom-ashby"]


def test_a_short_paragraph_goes_on_an_open_quotation():
    # (From batch 442: `Adeyemi said: ¶ "I'm not trying to bring anyone down. … ¶ "Today somebody did."` — the short
    # last paragraph had no speaker.)
    body = ('Speaking outside the court, Samuel Ade said:\n\n'
            '"I am not trying to bring anyone down. I wanted somebody to admit it.\n\n'
            '"Today somebody did."')
    assert _speakers(body) == ["samuel-ade", "samuel-ade"]


def test_someone_of_a_firm_a_place_before_its_kind():
    # (From batch 439: "His attorney, Danielle Ruiz of the Oakland firm Ruiz & Partners, called the software "…"" had no
    # speaker.)
    body = ('The plaintiff, Ray Okoye, sued the company.\n\n'
            'His attorney, Dana Ruiz of the Oakland firm Ruiz & Partners, called the software "a black box".')
    assert _speakers(body) == ["dana-ruiz"]


def test_before_adding_goes_on_with_the_speaker_before():
    # (From batch 441: `Brennan said she was "cautiously hopeful", before adding: "…"` — the second words had no
    # speaker.)
    body = ('Foreign Minister Aoife Ryan arrived early.\n\n'
            'Asked whether she expected a deal today, Ryan said she was "cautiously hopeful", before adding: '
            '"I have been cautiously hopeful in this building before."')
    assert _speakers(body) == ["aoife-ryan", "aoife-ryan"]


def test_a_company_spokesperson_after_a_body_set_off_with_a_which_clause():
    # (From batch 440: "Halcyon Semiconductor, which broke ground on a plant outside Phoenix in March 2025, welcomed the
    # decision. A company spokesperson said Halcyon was "…"" had no speaker, other companies named before.)
    body = ('Brightwater Devices, a maker of sensors, said the company could not switch suppliers.\n\n'
            'Kestrel Semiconductor, which broke ground on a plant outside Phoenix in March 2025, welcomed the '
            'decision. A company spokesperson said Kestrel was "proud to be part of it."')
    speakers = _speakers(body)
    assert speakers == ["kestrel-semiconductor"]
    assert "brightwater-devices" not in {p.slug for p in analyse(body).people if p.kind == "person"}


def test_words_someone_unnamed_said_before_a_while_clause_of_anothers():
    # (From batch 444, a wrong speaker where none can be told: "A nurse …, who asked not to be named, said the system had
    # been "a shambles from day one", while Carys Lloyd, a union representative, said …" gave the nurse's words to Lloyd —
    # "asked" in the anonymity clause read as the quote sitting in a who-clause of speech.)
    body = ('Staff say they are affected too. A porter at the hospital, who asked not to be named, said the new permits '
            'had been "a shambles from day one", while Ann Lloyd, a union representative, said staff were "parking in '
            'lay-bys".')
    assert _speakers(body) == [None, "ann-lloyd"]


def test_a_message_the_host_reads_from_a_listener_is_the_listeners():
    # (From batch 443, a wrong speaker where none can be told: "Tremblay closed the show by reading a text message from a
    # listener in Halifax: "…"" gave the listener's words to the host.)
    body = ('"I am torn," host Dana Ross said as she opened the show.\n\n'
            'Ross closed the show by reading a text message from a listener in Halifax: "Peace first, then we will see."')
    assert _speakers(body) == ["dana-ross", None]


def test_the_one_told_after_he_is_no_subject_for_the_next_he():
    # (From batch 443: `"…," he told Tremblay.` made the host the subject; "Tremblay asked him what …. ¶ "…," he said"
    # then gave the caller's answer to the host.)
    body = ('"I am torn," host Dana Ross said as she opened the show.\n\n'
            'The first caller, Bohdan from Edmonton, said his grandparents came from Lviv.\n\n'
            '"Sanctions are the only language they understand," he told Ross.\n\n'
            'Ross asked him what a peace deal would have to contain.\n\n'
            '"Russian troops out. Every prisoner home," he said.')
    assert _speakers(body) == ["dana-ross", "bohdan", "bohdan"]


def test_a_given_name_set_off_with_what_they_do_is_a_person():
    # (From batch 443: "Linda, who farms near Brandon, Man., said she was "tired of paying for a war"" had no speaker.)
    body = 'Not everyone agreed. Linda, who farms near Brandon, Man., said she was "tired of paying for a war".'
    assert _speakers(body) == ["linda"]


def test_she_after_someone_a_show_heard_from():
    # (From batch 443: "The show also heard from Oksana Petrenko-Wilson, a spokesperson for …. She said … but warned
    # against "…"" had no speaker.)
    body = ('"I am torn," host Dana Ross said.\n\n'
            'The show also heard from Olena Petrenko, a spokesperson for the Ukrainian Canadian Congress. She said the '
            'community was hopeful but warned against "a peace that is just a pause."')
    assert _speakers(body) == ["dana-ross", "olena-petrenko"]


def test_the_reviews_guards():
    # (From the stop's review: each was right, or rightly no one's, before the rules above.)
    # A short reply after a closed quotation is no one's to tell, not the asker's going on.
    assert _speakers('"Do you regret it?" asked interviewer Tom Hale.\n\n"No."') == ["tom-hale", None]
    assert _speakers('"We lost the vote," Ann Lee said.\n\n"Shame!"') == ["ann-lee", None]
    # "answered" takes things as often as words: the critics' words, an advert's.
    assert "paul-grant" not in _speakers('Paul Grant answered critics who called the bill "a disaster".')
    assert "ann-doyle" not in _speakers('Ann Doyle answered a job advert seeking "a reliable, discreet driver".')
    # "welcomed … as" a clause of time: someone else's words.
    assert "paul-grant" not in _speakers('Paul Grant welcomed the decision as the crowd outside chanted "Lock him up".')
    # A pronoun sitting or speaking to someone: the words may be put to them.
    assert _speakers('Ann Lee called the helpline.\n\nShe spoke to a nurse. "Go to A&E now."') == [None]
    assert "tom-hale" not in _speakers('Tom Hale was in the dock.\n\nHe sat in silence as the charges were read. "You are charged."')
    # "was quick to praise" someone: not the one praised.
    assert "tom-hale" not in _speakers('Pat Rowe was quick to praise captain Tom Hale.\n\n"Tom is the heart of the team."')
    # An aside closed before the words, after "before".
    body = ('Judge Helen Carr jailed Tom Hale for ten years, before his lawyer Ruth Kelly lodged an appeal, calling the '
            'crime "cowardly".')
    assert "ruth-kelly" not in _speakers(body)


def test_what_the_he_of_a_sentence_is_fronted_makes_no_one_else():
    # (From batch 446: "Gareth Pryce has watched them for most of his working life. A retired harbour pilot who spent 31
    # years guiding vessels into Dover, he now keeps a logbook …" then “…,” he says — read as someone unnamed, no
    # speaker; and "A tanker with no visible name, he says, drifted …" likewise.)
    body = ('Gareth Pryce has watched them for most of his life. A retired harbour pilot who spent 31 years in Dover, '
            'he now keeps a logbook.\n\n“You get a feel for it,” he says.\n\n'
            'Pryce flips to a page dated 14 January. A tanker with no visible name, he says, drifted for six hours.\n\n'
            '“That is what keeps me up at night,” he says.')
    assert _speakers(body) == ["gareth-pryce", "gareth-pryce"]


def test_a_thing_announced_is_no_one_told():
    # (From batch 446: "The Swiss foreign ministry said a venue would be announced "in the coming days."" had no
    # speaker: the passive read as words told to someone.)
    body = 'No date was set. The Swiss foreign ministry said a venue would be announced "in the coming days."'
    assert _speakers(body) == ["swiss-foreign-ministry"]


def test_a_short_title_inside_a_who_clause_and_contended():
    # (From batch 446: `Jacobs, who performed songs …, including "Pata Pata", told the audience: "…"` had no speaker; so
    # had an advocate who "contended that" — "contended" alone withdrawn after the review: "nurses contend with".)
    body = ('Leah Jacobs drew large crowds. Jacobs, who performed songs associated with Miriam Makeba, including "Pata '
            'Pata", told the audience: "Mama Africa belongs to all of us."\n\n'
            'Advocate Vikram Sethi appeared for the father. Sethi contended that it was "a clear case of wrongful '
            'removal".')
    assert _speakers(body) == ["leah-jacobs", "vikram-sethi"]


def test_a_bodys_full_name_ends_with_its_sentence():
    # (From batch 449: "… a contract with the Department of Rural and Community Development. The current contract …"
    # then "A spokesperson for the Department said" gave the words to "Department of Rural and Community Development.
    # The", the full stop read as an abbreviation's.)
    body = ('The service is funded under a contract with the Department of Rural and Community Development. The '
            'contract expires in December.\n\nA spokesperson for the Department said the Minister was "aware of the '
            'concerns" raised by islanders.')
    assert _speakers(body) == ["department-of-rural-and-community-development"]


def test_the_second_reviews_guards():
    # (From the stop's second review: each was right, or rightly no one's, before the rules above.)
    assert _speakers('Ann Lee paused before saying: "I have nothing more to say."') == ["ann-lee"]
    assert _speakers('Tom Hale was sacked after calling his manager "a clown".') == ["tom-hale"]
    body = 'Ann Lee said Tom Hale had told her he would quit, before adding: "I believe him."'
    assert "tom-hale" not in _speakers(body)
    assert _speakers('Tom Hale said nurses contend daily with "impossible workloads".') == ["tom-hale"]
    assert _speakers('Ann Lee welcomed the ruling as a "victory for common sense".') == ["ann-lee"]
    body = ('Ann Lee runs the shop.\n\nLee said she had not heard from Mary Hale since March. She said the debt had '
            'never been "repaid".')
    assert "mary-hale" not in _speakers(body)
    body = 'The builder, Persimmon from York, said it would fix the defects "at no cost".'
    assert "persimmon" not in {p.slug for p in analyse(body).people if p.kind == "person"}
    assert _speakers('Head of Robotics Ann Lee said the arm was "nearly ready".') != [None]
    body = ('Tom Hale and his wife, Ann Hale, were on the boat. A coastguard officer, he said, radioed them at dawn.\n\n'
            '"You need to turn back now," she told them.')
    assert "ann-hale" not in _speakers(body)
    body = ('Storm Darragh, which hit the coast on Saturday, flooded the warehouse. A company spokesperson said staff '
            'were "safe and well".')
    assert "storm-darragh" not in _speakers(body)
    assert _speakers('Ann Lee lost her husband in 2019.\n\nShe took a long breath. "I still set two places."') == ["ann-lee"]


def test_a_live_entry_turning_back_to_mr_someone_at_a_bare_time():
    # (From batches 444 and 447: "**15.45** Back to Mr Madden, who spoke to us briefly …. Asked whether …, he said:
    # "…"" gave his words to the last man named before — the bold time reads as a bare "15.45" in the plain text, with
    # no dash after it, and a courtesy title stood before the name.)
    body = ('**9.00am** Ireland\'s foreign minister, Ciarán Dowling, arrived early.\n\n'
            '**2.10pm** From Kyiv, the deputy foreign minister, Bohdan Kravets, welcomed the deal. "Every tanker '
            'counts," he wrote on X.\n\n'
            '**3.00pm** Back to Mr Dowling, who has been holding a press conference. Asked about frozen assets, he said '
            'the Government was "open to every lawful option".')
    assert _speakers(body) == ["bohdan-kravets", "ciaran-dowling"]


def test_an_interview_the_paper_asked_or_its_reporter_held():
    # (From batch 449, wrong speakers: "We asked cyber security researcher Anand Iyer, founder of …, what the attack tells
    # us." and "Our Europe Correspondent, Fergal Quinn, has been speaking to Dr Anneke Vos, a sanctions specialist …,
    # about whether … Here's a short extract." over questions and quoted answers gave the answers to someone quoted
    # before.)
    body = ('The company said it had restored most systems. "We are confident," said chief executive Rohan Kulkarni.\n\n'
            'We asked security researcher Anand Iyer, founder of the firm RedShift Labs, what the attack tells us.\n\n'
            '**Why are logistics companies being targeted?**\n\n'
            '"Because downtime is expensive and very visible. I see it every week."\n\n'
            '**Should companies pay?**\n\n'
            '"Paying does not guarantee you get your data back."')
    assert _speakers(body) == ["rohan-kulkarni", "anand-iyer", "anand-iyer"]
    body = ('"It will work," said the minister, Ciaran Dunne.\n\n'
            'Our Europe correspondent, Fergal Quinn, has been speaking to Dr Anneke Vos, a sanctions specialist at the '
            'University of Amsterdam, about whether this package is any different. Here\'s a short extract.\n\n'
            '**Is this package any different?**\n\n'
            '"In one respect, yes. The shipping measures go after the tankers themselves."\n\n'
            '**Will it work?**\n\n'
            '"Not on its own. Sanctions are slow."')
    assert _speakers(body) == ["ciaran-dunne", "anneke-vos", "anneke-vos"]


def test_the_third_reviews_guards():
    # (A side question put to someone else right over the questions leaves the one spoken to; "We asked him and
    # team-mate X" is no interview with X alone.)
    questions = ('\n\n**Where are you living now?**\n\n"With my sister. I\'m grateful, but it\'s not home."\n\n'
                 '**Will you go back?**\n\n"I don\'t know. I can\'t think about it yet."')
    body = ('Sarah Lynch lost her home in the floods last winter. We spoke to her in Athlone.\n\nWe also asked local TD '
            'Paul Murphy about her case. He said he had raised it in the Dáil.' + questions)
    assert _speakers(body) == ["sarah-lynch", "sarah-lynch"]
    body = ('Striker Troy Parrott scored twice on Saturday. "I\'m buzzing," he said afterwards.\n\nWe asked him and '
            'team-mate Evan Ferguson how the squad is feeling.\n\n**How is the squad?**\n\n"Confident. We know what we '
            'have to do."\n\n**And Portugal?**\n\n"They are very good. We respect them."')
    assert "evan-ferguson" not in _speakers(body)
