"""Analysis rules of stop 61, from the misses of its blind batches (307 on) and the interviews left unmended by stop
60, each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import analyse


def _speakers(body: str, title: str = "A story", date: str | None = None) -> list:
    return [q.speaker for q in analyse(body, date=date, title=title).quotes]


_OPENS_ON_ANOTHER = (
    'OTTAWA — Oksana Hrytsenko has spent the past week in meetings on Parliament Hill, bringing the same message to '
    'every room. Ms. Hrytsenko, who has sat in on several rounds of talks, says a ceasefire without a guarantee is a '
    'pause.\n\nDefence Minister Marc-André Leduc told reporters that Canada would "do its part" and would not "write '
    'a blank cheque".\n\nThe interview has been edited and condensed.\n\n')


def test_an_interviews_answers_are_not_given_to_someone_quoted_before_when_the_piece_opens_on_another():
    # (From batch 305's misreading, before stop 60's "spoke with" rule: with no sentence saying whom the writer spoke
    # to, the answers went to the minister quoted twice before the questions, not to the one the piece opens on.)
    bold = ('**Is a ceasefire this year realistic?**\n\nIt is possible. I would not yet say realistic. The Russians have '
            'learned to use the word ceasefire in every meeting.\n\n**What does Ukraine need?**\n\nSomething that costs '
            'the guarantor if it fails. I think the Budapest Memorandum cost nobody anything.')
    # (The answers, unquoted, are quotations only where someone is told to speak them.)
    assert _speakers(_OPENS_ON_ANOTHER + bold) == ["marc-andre-leduc", "marc-andre-leduc"]
    # Quoted answers under plain questions too.
    plain = ('Is a ceasefire this year realistic?\n\n"It is possible. I would not yet say realistic."\n\n'
             'What does Ukraine need?\n\n"Something that costs the guarantor if it fails."')
    assert _speakers(_OPENS_ON_ANOTHER + plain)[2:] == [None, None]
    # A piece opening on something, not someone ("The talks in Geneva …"), is the interview of the one quoted.
    opens_on_talks = ("The talks in Geneva ended without a deal on Thursday, and the mood in Kyiv is grim.\n\n"
                      'Defence Minister Marc-André Leduc told reporters that Canada would "do its part" and would not '
                      '"write a blank cheque". "We are ready," he said.\n\nThe interview has been edited.\n\n')
    assert _speakers(opens_on_talks + bold)[3:] == ["marc-andre-leduc", "marc-andre-leduc"]
    assert _speakers(opens_on_talks + plain)[3:] == ["marc-andre-leduc", "marc-andre-leduc"]


def test_a_surname_fronted_with_for_leaves_the_next_he_untold_not_the_last_speakers():
    # (From batch 310: "led by GM Arjun Iyer …. For Iyer, leading the team on top board is the fulfilment of a childhood
    # ambition. He said: "…"" went to the captain quoted before, Iyer never being taken for a person.)
    body = ("The squad will be led by GM Arjun Iyer, with GMs Karthik Venkatesh and Rohan Deshpande.\n\n"
            "Vikram Bhatia said the team would hold a camp in July. \"We will work on stamina,\" Bhatia said.\n\n"
            "For Iyer, leading the team is the fulfilment of a childhood ambition. He said: \"It is something I dreamed "
            "about when I was eight.\"")
    assert _speakers(body) == ["vikram-bhatia", None]
    # (The review's: a brand named after someone is no one to give the he to either — "For Nichols, …" after Harvey
    # Nichols was taken for a person, and the chief executive's words with it.)
    body = ('Harvey Nichols reported a fall in sales. "Trading conditions in luxury retail remain extremely tough," said '
            'chief executive Tom Reed.\n\nFor Nichols, the results are a setback. He said: "We expect the second half of '
            'the year to be much better for us."')
    assert "harvey-nichols" not in _speakers(body)
    # A place or a club fronted so leaves the he to the one named before: "For Kerry, …".
    body = ('Kerry manager Jack O\'Connor named his team on Friday. "We are ready for whatever comes at us this weekend," '
            'said Paul Murphy.\n\nFor Kerry, the game is a chance to end a long wait. He said: "Nobody in the county has '
            'forgotten the last final we lost."')
    assert _speakers(body) == ["paul-murphy", "paul-murphy"]


def test_someone_unnamed_whose_clause_names_a_body_is_not_that_body():
    # (From batch 309: "An executive at one of the three airlines that serve the airport, who spoke on condition of
    # anonymity …, said: "…"" went to the airport named before.)
    named = "Cascade Regional Airport director Marcus Delgado said the plan was sound.\n\n"
    for who in ("An executive at one of the three airlines that serve the airport, who spoke on condition of anonymity "
                "because the company had not taken a public position",
                "A pilot at one of the carriers that use the airport, who asked not to be named because the company had "
                "not taken a position"):
        assert _speakers(named + who + ', said: "We will put bigger planes on it."') == [None], who
    # The subject of a clause is still the speaker: "in what the judge called "…"".
    body = ("Judge Rachel Adeyemi sentenced him on Friday.\n\nA former fund manager who diverted £38 million was jailed "
            "for nine years, in what the judge called \"a sustained and cynical betrayal\".")
    assert _speakers(body) == ["rachel-adeyemi"]


def test_a_bodys_announcement_that_the_subject_responds_to_is_not_what_speaks():
    # (From batch 309: "The Russian embassy in Canberra has responded to Australia's announcement, calling the new
    # listings "illegal and counterproductive"" went to Australia.)
    body = ("**10.45pm** – The Russian embassy in Canberra has responded to Australia's announcement, calling the new "
            "listings \"illegal and counterproductive\".")
    assert _speakers(body) == ["russian-embassy-in-canberra"]
    # The document as the subject is its owner's still.
    body = "Thames Water's statement said the leak was \"under control\"."
    assert _speakers(body) == ["thames-water"]


def test_a_persons_thing_as_the_subject_of_a_clause_after_and_is_about_them():
    # (From batch 309: "Back on Salisbury Plain, the light is going and Pryce's company is packing up for the night. She
    # is philosophical …. ¶ "…," she says" went to the Ukrainian quoted two paragraphs before; "Salisbury Plain, the
    # light is going" had made a person of the plain.)
    body = ("On a grey morning on Salisbury Plain, Major Eleanor Pryce, 38, is explaining her job.\n\n\"It is hard,\" she says.\n\n"
            "In Kharkiv, Oksana Melnyk, 44, says she has stopped following the talks.\n\n"
            "\"I want them there,\" she says.\n\n"
            "Back on Salisbury Plain, the light is going and Pryce's company is packing up for the night. She is "
            "philosophical about the months ahead.\n\n"
            "\"If we do our job properly, nothing happens,\" she says with a shrug.")
    result = analyse(body, title="A story")
    assert [q.speaker for q in result.quotes] == ["eleanor-pryce", "oksana-melnyk", "eleanor-pryce"]
    assert "salisbury-plain" not in {p.slug for p in result.people}


def test_a_clause_of_anothers_after_while_is_theirs_not_the_first_verbs():
    # (From batch 309: "UCC cox Ronan Barry called the win "a statement of intent", while coach Emma Dineen played it
    # down as "a good day's work, nothing more"" gave both to Barry.)
    body = ("UCC cox Ronan Barry called the win \"a statement of intent\", while coach Emma Dineen played it down as "
            "\"a good day's work, nothing more\".")
    assert _speakers(body) == ["ronan-barry", "emma-dineen"]
    # Not cast as the quote by them: whose words they are is not told.
    body = ("UCC cox Ronan Barry called the win \"a statement of intent\", while coach Emma Dineen was thinking of "
            "\"the next regatta\".")
    assert _speakers(body)[1] is None


def test_someone_unnamed_in_a_place_who_was_less_restrained_is_no_one_named():
    # (From batch 312: "One of Mr Ashgrove's supporters in the gallery, who declined to give her name, was less
    # restrained outside. "…," she said" went to the journalist named in the paragraph before.)
    before = "Kirsty Mallon sat behind her legal team and did not speak to reporters.\n\n"
    for who in ("One of Mr Ashgrove's supporters in the gallery, who declined to give her name,",
                "One of the supporters in the gallery", "A neighbour in the street"):
        body = before + who + ' was less restrained outside. "He has built half of western Sydney," she said.'
        assert _speakers(body) == [None], who
    # A verb of another kind leaves the she to the one named: "… in the gallery was Mallon's sister".
    body = before + '"It has been a long week," she said.'
    assert _speakers(body) == ["kirsty-mallon"]


def test_an_abbreviated_rank_is_no_part_of_the_name():
    # (From batch 313: "Comdt Aoife Brennan" was a person of that name.)
    for rank in ("Comdt", "Pte", "Cdr", "Lieut"):
        body = f'"They ask very practical questions," says {rank} Aoife Brennan, who trains the unit.'
        assert _speakers(body) == ["aoife-brennan"], rank


def test_two_bodies_joined_by_and_are_two_and_a_head_both_share_tells_neither():
    # (From batch 312: "applied to Arts Council England and Hull City Council for help. The city council said …" went
    # to a body called "Arts Council England and Hull City Council".)
    body = ('Tranmer said the theatre had applied to Arts Council England and Hull City Council for help. The city '
            'council said in a statement that it had "explored every option".')
    result = analyse(body, title="A story")
    assert [q.speaker for q in result.quotes] == [None]
    assert not any(" and " in p.name for p in result.people)
    # One body's name that holds an "and" stays whole: "the Department for Business and Trade".
    body = ('The Department for Business and Trade published the figures. The department said it had "acted quickly".')
    assert _speakers(body) == ["department-for-business-and-trade"]


def test_a_relatives_words_after_a_clause_of_theirs_are_not_the_first_speakers():
    # (From batch 311: '"Ask me again after harvest," he said, and his uncle laughed: "He says that every year."' and
    # '"…," Lindiwe Dube said, as her husband added: "She means I got engaged."' were one quotation each, the first
    # speaker's.)
    body = ('Marlon Heitkamp farms 3,000 acres near Dodge City.\n\nHeitkamp\'s nephew, Tyler Heitkamp, 26, said he was '
            'glad he came home. "Ask me again after harvest," he said, and his uncle laughed: "He says that every year."')
    assert _speakers(body) == ["tyler-heitkamp", None]
    body = ('"We got engaged at table six," Lindiwe Dube said, as her husband added: "She means I got engaged."')
    assert _speakers(body) == ["lindiwe-dube", None]
    # Someone unnamed so too: ", as a man beside her added:".
    body = ('"We got engaged at table six," Lindiwe Dube said, as a man beside her added: "She means I got engaged."')
    assert _speakers(body) == ["lindiwe-dube", None]


def test_a_body_that_introduces_its_statement_after_an_opening_phrase_speaks_the_paragraph_under_it():
    # (From batch 314: "In a statement after the sale, Fairleigh & Crane said:" / "We are delighted to have played a
    # part …" (a paragraph of quotation) was no one's: the opening phrase hid the statement that makes a name a body's.)
    quote = ('"We are delighted to have played a part in bringing her the recognition she deserves, and we hope to see the '
             'work on public display."')
    for lead in ("In a statement after the sale, Fairleigh & Crane said:", "In its statement, Fairleigh & Crane said:"):
        assert _speakers("The painting sold for a record sum.\n\n" + lead + "\n\n" + quote) == ["fairleigh-crane"], lead
    # Not after another opening phrase: "After the sale, Fairleigh & Crane said:" is as before (no evidence of a body).
    assert _speakers("The painting sold.\n\nAfter the sale, Tom Reed said:\n\n" + quote) == ["tom-reed"]


def test_review_guards_of_stop_61():
    # (Helper review 1's cases, each a regression of a rule above before it was narrowed.)
    # Two bodies split only where the part after "and" is a name of its own, not a body's word.
    assert _speakers('Lecturers at the University and College Union voted to strike. The union said members were '
                     '"angry at years of real-terms pay cuts".') == ["university-and-college-union"]
    assert _speakers('The Glenwood Bank and Trust Company has collapsed. The company said depositors would be '
                     '"protected up to the federal limit".') == ["glenwood-bank-and-trust-company"]
    # A body's statement after "the", a connective or a comma is still the subject.
    assert _speakers('But the Treasury\'s statement said the figures were "provisional and subject to revision next '
                     'month".') == ["treasury"]
    assert _speakers('The minister welcomed the report, but the BBC\'s statement called it "a partial and misleading '
                     'account of events".') == ["bbc"]
    # A while-clause set off inside the sentence, which goes on after it, is no clause of the quote's.
    assert _speakers('Speaking to reporters in Cork, Tom Reed said, while his wife Ann Lee stood beside him, that he was '
                     '"innocent of every charge and will prove it".') == ["tom-reed"]
    # A relative's clause that only describes, with no verb of speaking, leaves the colon to the one the sentence opens on.
    assert _speakers('Thabo Nkosi lost his job in March, and his wife now works two shifts: "I feel useless sitting at '
                     'home while she does everything for us."') == ["thabo-nkosi"]


def test_a_spokeswomans_she_in_the_paragraph_after_is_her_bodys():
    # (From batch 308: "A spokeswoman for Dental Health Services Victoria said priority was given to children. "…," she
    # said" was no one's; "Services Victoria" was a person, "Dental Health" read as a title.)
    body = ("Tom Aldridge said the minister had been promising action.\n\nA spokeswoman for the Charity Commission said it "
            "had opened a case.\n\n\"We are looking at the accounts of the trust very carefully indeed,\" she said.")
    assert _speakers(body) == ["charity-commission"]
    # Not a he after a spokeswoman.
    assert _speakers(body.replace("she said", "he said")) == [None]
    body = ("A spokesperson for Dental Health Services Victoria said priority was given to children.\n\n\"Anyone in pain "
            "or with swelling should contact their local clinic straight away,\" she said.")
    assert _speakers(body) == ["dental-health-services-victoria"]


def test_a_teams_short_name_before_its_peoples_role_is_no_surname():
    # (From batch 315: "Millom Tide beat Hensingham Hornets …. 'I've waited …,' said one Tide supporter …. Tide captain
    # Liam Fell dedicated the win …, calling it '…'" gave both to "Millom Tide", taken for a person.)
    body = ("Millom Tide beat Hensingham Hornets 24-18 on Saturday.\n\n'I have waited my whole adult life for this,' said "
            "one Tide supporter, his face painted in blue.\n\nTide captain Liam Fell dedicated the win to the town, "
            "calling it 'for everyone who kept the club going when there were only fifteen of us', while Hornets skipper "
            "Danny Hodgson said his side would 'be back next year'.")
    result = analyse(body, title="A story")
    assert [q.speaker for q in result.quotes] == [None, "liam-fell", "danny-hodgson"]
    # (The team whose skipper is named is no person; "one Tide supporter" still reads "Tide" as a surname used alone —
    # as "One Mokoena supporter" must, of a politician.)
    assert "hensingham-hornets" not in {p.slug for p in result.people if p.kind == "person"}


def test_a_clause_of_anothers_after_a_quotation_and_and_is_not_the_first_speakers():
    # (From batch 315: 'Desrosiers said they were "the point of the piece," and Okonkwo-Fraser agreed, calling them
    # "the places where the land talks back."' went to Desrosiers.)
    body = ('Paul Desrosiers chaired the jury. Adaeze Okonkwo-Fraser won the prize.\n\nAsked about the cracks, Desrosiers '
            'said they were "the point of the piece," and Okonkwo-Fraser agreed, calling them "the places where the land '
            'talks back."')
    assert _speakers(body)[1] != "paul-desrosiers"
    body = ('Adaeze Okonkwo-Fraser won the prize.\n\nDesrosiers said it was fine, and Okonkwo-Fraser agreed, calling them '
            '"the places where the land talks back."')
    assert _speakers(body) == ["adaeze-okonkwo-fraser"]


def test_a_guest_and_a_corporator():
    # (From batch 318: "One guest, who said she had queued at the same post office for years, hugged the photographer.
    # "…," she told her." went to the photographer named before; "Corporator Rohini Jagtap" was a person of that name.)
    body = ('Cape Town photographer Leah Adams said the shortlist showed "how much is happening outside the big '
            'galleries".\n\nOne guest, who said she had queued at the same post office for years, hugged the photographer '
            'after the ceremony. "You have put us on the wall where we belong," she told her.')
    assert _speakers(body) == ["leah-adams", None]
    assert _speakers('Corporator Rohini Jagtap called the new charges "reasonable for the arterial roads".') == ["rohini-jagtap"]


def test_an_adjective_a_title_list_holds_opening_a_bodys_name_is_part_of_it():
    # (From batch 315: "The National Disaster Response Force (NDRF) said" gave a person "Disaster Response Force",
    # titled "National".)
    body = ('The National Disaster Response Force (NDRF) said it had deployed 24 teams across the state and that its '
            'personnel had "rescued 112 people from flooded villages" overnight.')
    result = analyse(body, title="A story")
    assert [q.speaker for q in result.quotes] == ["national-disaster-response-force"]
    assert [p.kind for p in result.people if p.slug == "national-disaster-response-force"] == ["organization"]
    # A title before a person's name is still theirs: "National Security Adviser Jake Sullivan".
    assert _speakers('National Security Adviser Jake Sullivan said the talks were "constructive and useful in every '
                     'way".') == ["jake-sullivan"]


def test_mr_and_the_surname_of_the_one_woman_so_named_is_not_her():
    # (From batch 318: "Bernadette Folan, 71, has cared for her husband, Tom, …. The centre, she said, is "…"" then "Mr
    # Folan, a retired teacher, …" made her a Mr, and none of her five quotes was hers.)
    body = ("Bernadette Folan, 71, has cared for her husband, Tom, since he was diagnosed in 2021. The centre, she said, "
            "is \"the only reason I'm still standing\".\n\n\"Tom goes in at half nine and he comes home at four,\" she "
            "said.\n\nMr Folan, a retired secondary school teacher, no longer always recognises his wife, she said.\n\n"
            "\"He sings in there. He doesn't sing at home any more,\" she said.")
    assert _speakers(body) == ["bernadette-folan"] * 3


def test_one_of_a_teams_supporters_after_the_verb_is_no_one_named():
    # (From batch 315: "'I've waited my whole adult life for this,' said one Tide supporter" went to "Millom Tide".)
    body = ("Millom Tide ended a 31-year wait for the cup on Saturday. Tide led 18-6 at half-time.\n\n'I have waited my "
            "whole adult life for this,' said one Tide supporter, his face painted in blue.\n\nTide captain Liam Fell "
            "dedicated the win to the town, calling it 'for everyone who kept the club going when there were only "
            "fifteen of us'.")
    assert _speakers(body) == [None, "liam-fell"]
    # A role is no person's noun of a team's: "said a Labour spokesman" is read as before (someone unnamed, by the
    # spokesman rule, not by this one).
    result = analyse('"We were robbed in the final minute," said a Labour spokesman.', title="A story")
    assert result.quotes[0].how.startswith("an unnamed speaker")


def test_review_2_guards_of_stop_61():
    # (Helper review 2's cases, each a regression of a rule above before it was narrowed.)
    # A spokeswoman's body is the she of the paragraph after only where her sentence ends her paragraph, naming no one.
    body = ("A spokeswoman for Tusla said it could not comment on individual cases. The girl's mother said she had begged "
            "for help.\n\n\"I rang them every week for two years and nobody ever came out to see us,\" she said.")
    assert _speakers(body) != ["tusla"]
    body = ("A spokeswoman for the Charity Commission said that the trust's founder, Mary Walsh, had been contacted.\n\n"
            "\"Nobody from the commission has ever phoned me or written to me about any of this,\" she said.")
    assert _speakers(body) != ["charity-commission"]
    # A person's aide, adviser or spokesman after their surname keeps them a person.
    result = analyse("Kemi Badenoch visited Leeds on Monday to launch the campaign. Badenoch aide Tom Reed said the visit "
                     "had gone well.", title="A story")
    assert "kemi-badenoch" in {p.slug for p in result.people}
    # The same speaker going on after "and" is theirs still.
    body = ('Tom Reed said the plans were "a betrayal of everyone who has lived in this town all their lives," and Reed '
            'added, calling them "the worst decision this council has made in a generation".')
    assert _speakers(body) == ["tom-reed", "tom-reed"]


def test_a_bodys_shares_are_not_its_name_and_a_participle_is_the_clauses_subjects():
    # (From batch 320: "Shares of Sierra Ridge Mining, a Nevada-based producer, rose 6%. In a statement, the company
    # said …" gave "Shares of Sierra Ridge Mining"; "The IMD issued a "red alert" for Delhi and … west Uttar Pradesh,
    # warning that "…"" gave Uttar Pradesh.)
    body = ('The rally has been a windfall for miners. Shares of Sierra Ridge Mining, a Nevada-based producer, rose 6% on '
            'Thursday. In a statement, the company said it was "accelerating development" at two sites.')
    assert _speakers(body) == ["sierra-ridge-mining"]
    body = ('The India Meteorological Department (IMD) said temperatures would rise.\n\nThe IMD issued a "red alert" for '
            'Delhi and large parts of Haryana, Punjab and west Uttar Pradesh, warning that "severe heatwave conditions are '
            'very likely to continue" for the next four to five days.')
    assert _speakers(body) == ["india-meteorological-department"]
    body = ('Reed said it was fine.\n\nOfcom fined the broadcaster, GB News, calling its coverage "a serious breach of the '
            'rules on impartiality".')
    assert _speakers(body) == ["ofcom"]
    # A name set off before its participle is the subject still: "Tom Reed, the coach, praised his side, calling …".
    body = ('Reed said it was fine.\n\nTom Reed, the coach, praised his side, calling the win "the best performance of '
            'the season by a distance".')
    assert _speakers(body) == ["tom-reed"]


def test_the_one_who_spoke_to_the_paper_in_a_paragraph_saying_the_conversation_was_edited_answers():
    # (From batch 319: "Bell, 38, spoke to the Ledger before the show. The conversation has been edited for length."
    # over bold questions: the answers went to the festival director quoted before.)
    body = ('"We sold out shows on a Tuesday afternoon, which I did not think was possible," festival director Dana '
            'Whitfield said.\n\nThe closing gala was hosted by Marcus Bell, the Detroit-born comic. Bell, 38, spoke to the '
            'Ledger before the show. The conversation has been edited for length.\n\n**What keeps bringing you back?**\n\n'
            'Honestly? The crowds. Chicago audiences are smart, and I love them.\n\n**What has changed?**\n\n'
            'Everybody is filming. I used to be able to work out a bit for six months.')
    assert _speakers(body)[-2:] == ["marcus-bell", "marcus-bell"]
    # Without the note, a paper in small letters tells no one but the one the piece opens on — unless the sentence ends
    # the paragraph right over the questions (stop 65, from batch 376: "Keaveney spoke to the Sentinel the morning after
    # the ceremony." over the questions, whose labels give her the answers).
    assert _speakers(body.replace(" The conversation has been edited for length.", ""))[-2:] == ["marcus-bell"] * 2
    assert "marcus-bell" not in _speakers(body.replace(" The conversation has been edited for length.",
                                                       " The festival runs until Sunday."))[-2:]


def test_what_changed_guards_of_stop_61():
    # (Labelled articles whose right speakers a rule above lost before it was narrowed, read with what_changed.)
    # A he of her own sentence that is someone else's leaves "Ms Whitfield" hers.
    body = ("Thomas Eyre, 41, died at the junction.\n\nMr Eyre's partner, Rosa Whitfield, told the hearing he had been a "
            "careful and experienced cyclist.\n\nCoroner Helen Marchbank said the junction was dangerous. \"It was a case "
            "of a road layout that left no margin for error,\" Ms Marchbank said.\n\nSpeaking outside court, Ms Whitfield "
            "said the family welcomed the findings. \"It won't bring Tom back, but it might mean someone else's partner "
            "comes home,\" she said.")
    assert _speakers(body)[-1] == "rosa-whitfield"
    # A role set off before the name is no subject and verb of its own: "France's armed forces minister, Élodie …".
    body = ("**9.05am** — The session has wrapped up. France's armed forces minister, Élodie Marchand, opened the closing "
            "press conference with this:\n\n\"We have agreed on the architecture. What remains is for Russia to agree to "
            "stop shooting, and that is not in our hands.\"")
    assert _speakers(body) == ["elodie-marchand"]
    # "with" makes the one after it the participle's subject.
    body = ("The Coalition voted against the bill, with the opposition's housing spokesman, Liberal senator James "
            "Hartigan, describing the rent cap as \"Soviet-style price control dressed up as policy\". He said it would "
            "scare off investors.")
    assert _speakers(body) == ["james-hartigan"]


def test_a_name_opening_its_paragraph_past_a_wires_dateline_is_a_sentences_subject():
    # (From batch 321: "OTTAWA — Serhiy Hnatiuk has spent most of the past two years on airplanes. As deputy foreign
    # minister responsible for security guarantees, he arrived …" made no person of him — a dateline was no sentence's
    # start — and his interview's answers went to an analyst quoted before them.)
    body = ('OTTAWA — Serhiy Hnatiuk has spent most of the past two years on airplanes. As deputy foreign minister '
            'responsible for security guarantees, he arrived in the capital on Monday.\n\n"We are not naive about any of '
            'this," he said.')
    assert _speakers(body) == ["serhiy-hnatiuk"]
    assert _speakers(body.replace("OTTAWA — ", "KYIV (Reuters) - ")) == ["serhiy-hnatiuk"]


def test_someone_unnamed_of_a_body_with_a_name_of_four_words_is_no_one_named():
    # (From batch 323, measured last: "A National Disaster Response Force commander in Kendrapara said …. "…," he said"
    # went to the neighbour quoted before.)
    body = ('Her neighbour, Ramesh Swain, said the shelter had been "packed like a train" but people went. "After the last '
            'big one, nobody here argues," he said.\n\nA National Disaster Response Force commander in Kendrapara said his '
            'teams had rescued 140 people. "Most of them were people who went back for their livestock," he said.')
    assert _speakers(body)[-1] is None
    # Four words in small letters are a name's apposition still: "Lottering, a former Springbok surfing team member".
    body = ('Grant Lottering coaches at North Beach.\n\nLottering, a former Springbok surfing team member who runs a surf '
            'school, said the backhand was the best he had coached.\n\n"Kids from Durban grow up surfing beach breaks," '
            'he said.')
    assert _speakers(body) == ["grant-lottering"]
