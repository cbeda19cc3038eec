"""Analysis rules of stop 68, from the misses of its blind batches (411 on), each tested on strings of its own."""
from __future__ import annotations

from analysis_helpers import analyse


def _speakers(body: str, title: str = "A story") -> list:
    return [q.speaker for q in analyse(body, title=title).quotes]


def _kinds(body: str) -> dict:
    return {p.slug: p.kind for p in analyse(body).people}


def test_a_speech_word_as_the_first_part_of_a_compound_is_no_verb():
    # (From batch 414: `Gagnon said the company would publish a full post-incident review "within 14 days"` found "post"
    # the nearer speech verb, with no subject.)
    body = ('Chief executive Marta Lindqvist apologised on Monday.\n\nLindqvist said the firm would carry out a thorough '
            'post-mortem analysis "within a fortnight".\n\nThe union\'s counter-offensive, its leader Ian Breck said, was '
            '"only beginning".')
    assert _speakers(body) == ["marta-lindqvist", "ian-breck"]


def test_a_plural_noun_right_after_said_is_the_reported_clauses_subject():
    # (From batch 412: `Iyer, director general of the forum, said recalls were "a sign of a maturing industry"` read
    # "recalls" as the verb.)
    body = ('Helena Marsh, who chairs the retailers\' association, said recalls were "part of a healthy market".\n\n'
            'Dr Owen Price said claims had been "wildly overstated".')
    assert _speakers(body) == ["helena-marsh", "owen-price"]


def test_when_between_a_name_and_its_speech_verb():
    # (From batch 412: `Russia's deputy foreign minister, Pavel Sorokin, last week called the plans "…"` had no speaker;
    # so had `Yuri Lavrentyev on Friday dismissed …` opening a paragraph.)
    body = ('The plan was published in Brussels.\n\nOleg Varenko on Friday dismissed it as "a fantasy".\n\n'
            'Belarus\'s deputy defence minister, Ivan Karpuk, last week called the plans "reckless".\n\n'
            'Greta Holm, on Tuesday, described the scheme as "overdue".')
    assert _speakers(body) == ["oleg-varenko", "ivan-karpuk", "greta-holm"]


def test_quoted_as_saying_gives_the_words_to_the_one_quoted():
    # (From batch 411: `state news agencies quoted the Kremlin as saying the measures were "illegal and pointless" and
    # would "only prolong the conflict"` had no speaker.)
    body = ('Minsk reacted within the hour. The state agency Belta quoted Andrei Sivak as saying the decision was '
            '"hostile" and would "change nothing".\n\nThe agency quoted a source as saying talks were "frozen".')
    assert _speakers(body) == ["andrei-sivak", "andrei-sivak", None]


def test_a_name_opening_the_clause_after_and_then_where_they_work():
    # (From batch 414: `…, and Rory Dempsey of the campaign group Commuters Together said passengers deserved "…"` went
    # to the group.)
    body = ('Councillor Nuala Byrne called the closure "a scandal", and Kevin Rourke of the campaign group Save Our '
            'Pool said families had been "treated with contempt".')
    assert _speakers(body) == ["nuala-byrne", "kevin-rourke"]


def test_called_for_after_a_shouted_quote_is_no_attribution():
    # (From batch 412, a wrong speaker where none could be told: `One boy shouted "Build it!" before Mayor Tom
    # Reinholt called for order.` gave the shout to the mayor.)
    body = 'Her speech drew applause. One woman shouted "Shame!" before chair Alan Petrie called for quiet.'
    assert _speakers(body) == [None]
    # (The guard: the one named after the words, with no call for anything, still speaks them.)
    body = '"Order, please," called chair Alan Petrie.'
    assert _speakers(body) == ["alan-petrie"]


def test_someone_unnamed_of_a_body_reporting_before_is_the_he_after():
    # (From batch 413, a wrong speaker where none could be told: `One Bus Éireann driver, who did not want to be named,
    # said the depot was "bursting at the seams". "We're parking buses …," he said.` gave the driver's words to the
    # company, its name read as a person's: the body's name inside the description hid the unnamed subject, and so did
    # the driver's own quoted words after the verb.)
    body = ('In a statement, Bus Éireann said the works were "essential".\n\nOne Bus Éireann driver, who did not want to '
            'be named, said the depot was "full". "We are parking buses where we should not," he said.')
    assert _speakers(body) == ["bus-eireann", None, None]
    # (The guard: a name set off after the unnamed noun is the subject — his words.)
    body = ('Bus Éireann said the works were "essential".\n\nOne driver, Tom Reed, said the depot was "full". "We are '
            'parking buses where we should not," he said.')
    assert _speakers(body) == ["bus-eireann", "tom-reed", "tom-reed"]


def test_a_brands_one_word_name_with_a_capital_inside_is_a_bodys():
    # (From batch 411: `QuickBite, the delivery app Mr Doherty worked for, said: "We are devastated …"` had no speaker.)
    body = ('The rider, Sean Walsh, had worked for the app for a year.\n\nRideNow, the delivery app Mr Walsh worked for, '
            'said: "Our thoughts are with his family."')
    assert _speakers(body) == ["ridenow"]
    # (The guard: a name's own capital, after "Mc", "De", "La", is a person's.)
    body = 'McKenzie said: "We will appeal."'
    assert _speakers(body) != ["mckenzie"] or _kinds(body).get("mckenzie") != "organization"


def test_a_bodys_long_name_of_remits_and_a_place():
    # (From batch 414 and 412: "The Ministry of Consumer Affairs, Food and Public Distribution said" and "The Pell
    # Crossing Parks and Recreation Department said" were cut short.)
    body = ('The Ministry of Consumer Affairs, Food and Public Distribution said it was "watching prices closely".\n\n'
            'The Dunmore Parks and Recreation Department said it would "reopen the pool in spring".')
    assert _speakers(body) == ["ministry-of-consumer-affairs-food-and-public-distribution",
                               "dunmore-parks-and-recreation-department"]


def test_the_clause_after_a_dash_aside_has_its_own_subject():
    # (From batch 414: `Jensen said …  — "I'd be frustrated too," she said — and Raman said contractors would work
    # "around the clock"` gave the last words to Jensen.)
    body = ('Mayor Ingrid Solberg and engineer Tomas Brand spoke to reporters.\n\nSolberg said she understood the anger — '
            '"I would be angry too," she said — and Brand said crews would work "through the night" if needed.')
    assert _speakers(body) == ["ingrid-solberg", "tomas-brand"]


def test_a_bare_spokesperson_after_and_speaks_for_the_body_the_sentence_opened_on():
    # (From batch 414: `The Professional Darts Corporation said it was …, and a spokesperson called it "…"`.)
    body = 'The Irish Rugby Union said the crowd was a record, and a spokesperson called it "a remarkable day".'
    assert _speakers(body) == ["irish-rugby-union"]
    # (The guard: after a person, a spokesperson is no one that can be told.)
    body = 'Tom Reed said the crowd was a record, and a spokesperson called it "a remarkable day".'
    assert _speakers(body) == [None]


def test_his_reply_was_gives_the_words_to_the_one_asked():
    # (From batch 413: `… Declan Moriarty, was asked in the Dáil whether Ireland would contribute. His reply was that
    # Ireland would "look carefully at any request …"` had no speaker.)
    body = ('On Wednesday the defence minister, Sorcha Lyne, was asked whether troops would be sent. Her answer was that '
            'Ireland would "consider every request on its merits".')
    assert _speakers(body) == ["sorcha-lyne"]


def test_a_question_put_to_guests_after_an_opening_phrase_of_its_own():
    # (From batch 413: `Near the end of the episode, Raman put the same question to each guest in turn: "…?"` — the
    # opening phrase's "of" read as "a message from her son:".)
    body = ('Host Mira Dalton opened the show.\n\nTowards the end of the hour, Dalton put one question to every guest: '
            '"Would you vote for it?"')
    assert _speakers(body) == ["mira-dalton"]
    # (The guard: a message from someone, read out, is theirs — not the reader's.)
    body = ('Host Mira Dalton opened the show.\n\nAt the end of the service, Dalton read a message from her son: '
            '"I miss you."')
    assert _speakers(body) != ["mira-dalton"]


def test_asking_after_by_is_how_the_subject_spoke():
    # (From batch 412: `Anchor Ritu Malhotra opened the debate by asking whether India could "…"` had no speaker.)
    body = 'Presenter Nisha Varma began the programme by asking whether the country could "afford another winter of this".'
    assert _speakers(body) == ["nisha-varma"]


def test_a_given_name_opening_a_lead_in_is_someone_else_than_the_last_speaker():
    # (From batch 414: `"…," Darren said. Priya wasn't having it: "…"` went to Darren.)
    body = ('Two listeners called in, Gareth and Shreya.\n\n"I want it finished," Gareth said. Shreya wasn\'t buying it: '
            '"Finished on whose terms?"')
    assert _speakers(body)[1] != "gareth"


def test_a_players_position_opening_the_sentence_is_no_part_of_the_name():
    # (From batch 411: 'Wing Ruan "The Train" Pretorius barged over' made "Wing Ruan Pretorius" the speaker.)
    body = ('Lock Callum Rees scored the winner.\n\n"I just kept going," Rees said.\n\nWing Jake "The Hare" Doyle added the '
            'second. "We were flat out," Doyle said.')
    assert _speakers(body) == ["callum-rees", "jake-doyle"]


def test_an_interviewee_set_off_by_who_then_speaking_to_the_paper():
    # (From batch 414: "Director Palesa Mokhethi, 34, who was born in Mokhotlong …, spoke to the Mercury after the
    # ceremony." over the questions: the answers went to the jury's head, named before.)
    body = ('The jury chair, Helen Ward, praised the winner. "It is a brave film," Ward said.\n\nDirector Thandi Khumalo, '
            '41, who grew up in Gqeberha, spoke to the Courier after the ceremony. The interview has been edited for '
            'length.\n\n**Why make this film now?**\n\nBecause the river is dying and nobody was filming it. I had to do '
            'it before it was gone.\n\n**Your cast had never acted before.**\n\nNone of them had. I think that is why '
            'they are so good.\n\n**What comes next?**\n\nI am going home to sleep for a week, and then I will write '
            'again.')
    assert _speakers(body) == ["helen-ward"] + ["thandi-khumalo"] * 3


def test_common_given_names_the_lexicon_lacked():
    # (From batches 411–414: "said Wagga agent Brett Cusack", "Anchor Ritu Malhotra" and others had no person, as
    # "Brett", "Ritu" and other common given names were unknown.)
    body = ('"Prices are up," said Gundagai agent Brett Hollis.\n\n"It has been a long year," said Radhika Menon.')
    assert _speakers(body) == ["brett-hollis", "radhika-menon"]


def test_a_short_title_word_between_a_given_name_and_a_surname_is_part_of_the_name():
    # (From batch 415: "Prabir Sen Sharma, secretary-general of the Indian Tea Association, said" gave the words to
    # "Sharma", "Sen" read as a senator's title.)
    body = ('Rahul Sen Gupta, secretary of the growers\' association, said prices were "barely covering costs".\n\n'
            'Republican Sen Ted Cruz said the bill was "a disaster".')
    assert _speakers(body) == ["rahul-sen-gupta", "ted-cruz"]


def test_a_provinces_department_keeps_its_place_in_its_name():
    # (From batch 415: "the Gauteng Department of Sport, Arts, Culture and Recreation" lost its province.)
    body = ('The Western Cape Department of Cultural Affairs, Arts and Sport said the museum was "a treasure of the '
            'province".')
    assert _speakers(body) == ["western-cape-department-of-cultural-affairs-arts-and-sport"]


def test_a_tribunals_adjudicator_finding_is_theirs():
    # (From batch 416: "adjudication officer Declan Moriarty found that the hotel had "failed entirely" …" had no
    # speaker.)
    body = ('In a decision published on Monday, adjudication officer Grainne Walsh found that the employer had "ignored '
            'every warning" and that the dismissal was "unfair".')
    assert _speakers(body) == ["grainne-walsh", "grainne-walsh"]


def test_a_sentence_adverb_between_a_body_and_its_verb():
    # (From batch 418: "The Department of Foreign Affairs nonetheless insists that Irish enforcement is "…"".)
    body = 'The Department of Health nevertheless insists that waiting times are "falling steadily".'
    assert _speakers(body) == ["department-of-health"]


def test_a_bodys_trade_opening_the_sentence_before_its_name():
    # (From batch 418: "Rural supplier Kōwhai Rural Supplies donated tools …. A company spokesperson said it was "…"".)
    body = ('The council said 38 farms had signed up.\n\nFarm retailer Totara Farm Supplies donated the fencing. A company '
            'spokesperson said it was "glad to help".')
    assert _speakers(body) == ["totara-farm-supplies"]
    # (The guard: residents "of" a place are no company: "the company" then stays untold.)
    body = ('Residents of Gabriola Island complained about the cancelled sailings.\n\n"We apologise," the company said.')
    assert _speakers(body) == [None]


def test_a_sum_added_is_no_speech():
    # (From batch 417: `… while deputy mayor Sue Pemberton said delaying until spring would add $600,000 to the bill
    # "for no good reason"` took "add" for the nearer speech verb.)
    body = 'Deputy mayor Ana Lopes said waiting until autumn would add $400,000 to the cost "for no good reason".'
    assert _speakers(body) == ["ana-lopes"]


def test_callers_known_only_by_the_name_they_gave():
    # (From batch 417: "Another caller, who identified himself only as Tom, …, called the argument "a fig leaf"", and a
    # caller "who gave her name as Bernadette" whose words followed in the next paragraph, had no speaker.)
    body = ('The first caller, a woman who gave her name as Siobhan from Athlone, said her brother had served '
            'abroad.\n\n"He came home every time, thank God."\n\nAnother caller, who identified himself only as Declan, '
            'a retired teacher, called the whole debate "a distraction".')
    assert _speakers(body) == ["siobhan", "declan"]
