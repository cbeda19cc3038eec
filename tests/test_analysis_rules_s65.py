"""Analysis rules of stop 65, from the misses of its blind batches (371 on), each tested on strings of its own."""
from __future__ import annotations

import ast
from pathlib import Path

from analysis_helpers import analyse


def _speakers(body: str, title: str = "A story", date: str | None = None) -> list:
    return [q.speaker for q in analyse(body, date=date, title=title).quotes]


def test_a_participle_after_a_name_that_told_someone_is_the_names_not_the_listeners():
    # (From batch 371: '"…," Steyn told the court, adding that the State was "…"' gave the second quote to the court,
    # a body the article had named: the object of "told", not the one adding.)
    body = ('The Westbury Magistrates\' Court heard the application on Monday.\n\n"My client has lived here all his '
            'life," Ruth Ndlovu told the court, adding that the State was "trying the case at the bail stage".')
    assert _speakers(body) == ["ruth-ndlovu", "ruth-ndlovu"]
    # (A regular verb did so before: the guard.)
    body = ('The Harbour Board met on Monday.\n\n"We cannot wait," Ann Kelly warned the board, adding that the plan '
            'was "long overdue".')
    assert _speakers(body) == ["ann-kelly", "ann-kelly"]


def test_the_one_asked_puts_no_question_the_one_questioning_them_does():
    # (From batch 372: 'Under questioning from Ms Whitlock, Dr Taufa was asked: "Did you tell …?"' gave the question
    # to the witness, and his answer after it kept him.)
    body = ('Prosecutor Mereana Whitlock opened the case. Engineer Sione Taufa gave evidence.\n\n'
            'Under questioning from Ms Whitlock, Dr Taufa was asked: "Did you warn the developer the bolts were too '
            'small?" "Yes. Twice, in writing," he replied.')
    assert _speakers(body) == ["mereana-whitlock", "sione-taufa"]
    # With no one questioning named, the question is no one's that can be told.
    body = 'Engineer Sione Taufa gave evidence.\n\nDr Taufa was asked: "Did you check every weld on the balcony?"'
    assert _speakers(body) == [None]
    # (The guards: the words after a sentence saying what someone was asked are their answer; so with "asked by".)
    body = ('Ukraine\'s lead negotiator, Iryna Sydorenko, spoke to reporters. She was asked what Kyiv wants.\n\n'
            '"We want to leave this building knowing who will stand with us."')
    assert _speakers(body) == ["iryna-sydorenko"]
    body = ('Engineer Sione Taufa gave evidence.\n\nDr Taufa was asked by Ms Mereana Whitlock: "Did you check every '
            'weld on the balcony?"')
    assert _speakers(body) == ["mereana-whitlock"]


def test_the_one_the_writer_put_the_point_to_answers_it():
    # (From batch 372: 'I put this to Nkechi Adeyemi-Ross, who tracks tankers. "…," she said.' was no one's.)
    body = ('I put this to Nkechi Adeyemi-Ross, who tracks tanker movements for a consultancy. "The designations are '
            'real, but the ships simply change their flag," she said.')
    assert _speakers(body) == ["nkechi-adeyemi-ross"]
    body = 'We spoke to Tom Reed, a farmer near Ballina. "It has not rained properly since March," he said.'
    assert _speakers(body) == ["tom-reed"]
    # (The guards: of two of that gender put the question to, this rule picks neither; one of the other gender is not
    # whom "he" means.)
    body = ('I put this to Tom Reed and his neighbour Sam Okafor, who farm near Ballina. "It has not rained properly '
            'since March," he said.')
    assert "put the question to" not in analyse(body).quotes[0].how
    body = 'I put this to Jane Hill, who farms near Ballina. "It has not rained properly since March," he said.'
    assert _speakers(body) == [None]


def test_a_states_service_named_with_its_place_is_whom_its_spokesperson_speaks_for():
    # (From batch 374: "A NSW Health spokesperson said …" was an unnamed speaker: "Health" reads as a portfolio's word.)
    body = 'A NSW Health spokesperson said the emergency department remained "available 24 hours a day".'
    assert _speakers(body) == ["nsw-health"]
    body = 'A Queensland Health spokeswoman said the ward was "safe and fully staffed".'
    assert _speakers(body) == ["queensland-health"]
    # (The guard: a party's spokesperson for health is no body called so.)
    assert _speakers('A Labor Health spokesperson said it was "a disgrace".') == [None]


def test_the_first_word_of_a_firms_name_glued_to_its_trade_stands_for_it():
    # (From batch 372: "Veridian Microsystems" then "Veridian said … "…"" was no one's: "Microsystems" is a trade's
    # word with a prefix glued on.)
    body = ('Veridian Microsystems will build a second plant in Kildare.\n\nVeridian said the new facility would '
            'recycle "more than 80 per cent" of the water it uses.')
    assert _speakers(body) == ["veridian-microsystems"]
    body = ('Halvard Biosystems has cut 40 jobs.\n\nHalvard said the cuts were "painful but necessary".')
    assert _speakers(body) == ["halvard-biosystems"]


def test_rued_and_lamented_say_the_words_after_them():
    # (From batch 374: 'Warriors captain Mohammed Irfan Baig rued "two or three soft dismissals"' was no one's.)
    body = 'Warriors captain Mohammed Irfan Baig rued "two or three soft dismissals" in the middle overs.'
    assert _speakers(body) == ["mohammed-irfan-baig"]
    body = 'Coach Dana Reyes lamented "a second half we will not talk about again".'
    assert _speakers(body) == ["dana-reyes"]


def test_an_answer_running_over_paragraphs_goes_on_under_the_interview_question():
    # (From batch 372: an interview's answer whose quotation runs on into a second paragraph lost its speaker there.)
    body = ('Aino Lehtovaara takes over the orchestra in June.\n\nWe spoke to Lehtovaara between rehearsals.\n\n'
            '**What surprised you about Melbourne?**\n\n"How loud the audiences are. In Helsinki people hold their '
            'breath."\n\n**Why open with a new work?**\n\n"Because an orchestra that only plays dead Europeans is a '
            'museum.\n\n"Beethoven will still be there in the second half. I promise."')
    assert _speakers(body) == ["aino-lehtovaara"] * 3


def test_has_taken_to_calling_is_the_subjects_word_for_it():
    # (From batch 372: 'Fiona Marchbank, has taken to calling the approach "sanctions by press release"' was no one's.)
    body = ('The Liberal Democrats\' Treasury spokesperson, Fiona Marchbank, has taken to calling the approach '
            '"sanctions by press release", which is unkind.')
    assert _speakers(body) == ["fiona-marchbank"]


def test_a_name_something_is_known_by_inside_a_place_is_nobodys_words():
    # (From batch 374: 'the restructure, known inside the company as "Project Streamline",' was the asker's words.)
    body = ('Ms Rebecca Thornley asked why the restructure, known inside the company as "Project Streamline", had '
            'removed only one post.\n\nThe lane, known locally as "the Gauntlet", is narrow, Tom Reed said.')
    assert analyse(body).quotes == ()


def test_a_body_given_as_the_source_is_the_company_that_then_speaks():
    # (From batch 52 after the rule above: the ferry's nickname no longer made its operator a speaker, and "the company"
    # went to the island the first sentence names after "Islanders on".)
    body = ('Islanders on Inishcorran, off the Donegal coast, face three weeks without a car ferry.\n\nThe ferry, '
            'known locally as "the Old Lady", was withdrawn after inspectors found corrosion, according to Corran '
            'Ferries, which operates the route.\n\n"We apologise unreservedly to islanders," the company said.')
    assert _speakers(body) == ["corran-ferries"]


def test_no_module_of_sitegen_binds_a_name_twice():
    # (Stop 65 found a second `_WAS_ASKED` further down quotes.py silently replacing the first for every caller: the
    # answer after "She was asked what Kyiv wants." lost its speaker. A name set again from itself, `X = f(X)`, is
    # allowed: that wraps the first, on purpose.)
    twice = []
    for path in sorted((Path(__file__).resolve().parent.parent / "sitegen").rglob("*.py")):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            names, wraps = [], set()
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    elements = target.elts if isinstance(target, ast.Tuple) else [target]
                    names += [e.id for e in elements if isinstance(e, ast.Name)]
                wraps = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names.append(node.name)
            for name in names:
                if name in seen and name not in wraps:
                    twice.append(f"{path.name}:{node.lineno}: {name} (first at line {seen[name]})")
                seen[name] = node.lineno
    assert twice == []


def test_a_thing_done_again_on_a_second_date_is_an_event_of_each():
    # (From batches 372 and 374: "raised concerns in November 2023 and again in January 2024" gave the first month only.)
    events = analyse('The engineer said he had raised concerns in November 2023 and again in January 2024.\n\n'
                     'The council met on Monday and again on Thursday.', date="2026-05-14").events
    assert [(e.date, e.precision) for e in events] == [("2023-11", "month"), ("2024-01", "month"),
                                                       ("2026-05-11", "day"), ("2026-05-14", "day")]


def test_a_trades_word_means_a_body_quoted_further_back_only_when_it_is_of_that_trade():
    # (Found at stop 65 probing "the company told the ASX": "the airline" went to a mining company quoted before, the
    # one body of the article, because a name with no trade's word fitted any trade.)
    body = ('Halden Resources reported a loss on Monday. The company said the quarter had been "extraordinarily '
            'difficult".\n\nQantas said fares would rise. The airline told investors that demand was "very strong".')
    assert _speakers(body) == ["halden-resources", None]
    # (The guard: a body the article calls an airline is the one "the airline" means further on.)
    body = ('Skybridge, the regional airline, said the quarter had been "exceptional".\n\n'
            'Fuel prices rose again in May.\n\nThe airline said demand was "very strong".')
    assert _speakers(body) == ["skybridge", "skybridge"]


def test_a_name_and_one_verb_of_its_own_then_a_comma_speak_the_words_after():
    # (A known miss since stop 62: 'Mr. Mehrotra offered, "We will pay everyone in full."' was no one's.)
    body = ('Priya Mehrotra runs the firm. Mr. Mehrotra offered, "We will pay everyone in full."\n\n'
            'Tom Reed shrugged, "It is what it is, and we will start again."')
    assert _speakers(body) == ["priya-mehrotra", "tom-reed"]
    # (The guard: "was" and a participle say what was done to them, no words of theirs.)
    assert _speakers('Tom Reed was injured, "The water rose fast and nobody could get out."') == [None]


def test_the_one_who_spoke_to_the_paper_right_over_the_questions_answers_them():
    # (From batch 376: "Keaveney spoke to the Sentinel the morning after the ceremony." right over the questions; the
    # answers went to the judge quoted most before.)
    body = ('A photograph of a woman hauling a currach up a slipway has won the Atlantic Light Prize.\n\nRóisín '
            'Keaveney, 31, from Clifden, was named the winner on Thursday night.\n\n"None of us could stop coming back '
            'to this one," the chair of the judges, Fergal Dunne, said. "It has a patience most photography has '
            'lost."\n\nKeaveney spoke to the Sentinel the morning after the ceremony.\n\n'
            '**Did you expect to win this time?**\n\nHonestly, no. I had written a little speech the last time and '
            'never got to use it.\n\n**Why black and white?**\n\nBecause the island in October is black and white. I '
            'tried colour for the first few weeks.')
    quotes = analyse(body).quotes
    assert [q.speaker for q in quotes] == ["fergal-dunne", "fergal-dunne", "roisin-keaveney", "roisin-keaveney"]


def test_a_callers_given_name_is_theirs_not_a_gazetteer_persons_of_that_surname():
    # (From batch 376: "Graham, a retired army warrant officer from Palmerston North, said …" on a talkback show was
    # Lindsey Graham of the gazetteer, whom the article never names; "Heather, from Levin, said" was no one.)
    body = ('Host Mere Tait took calls on sanctions.\n\nGraham, a retired army warrant officer from Palmerston North, '
            'said he had served with observer missions.\n\n"We were in Bougainville, we were in the Sinai," Graham '
            'said.\n\nTwo callers clashed on air. Sione, from Porirua, said the country "should be proud to stand with a small country", while '
            'Heather, from Levin, said the Government should "look after Kiwis first".')
    # (Stop 68: "Sione" is a given name the lexicon knows now, and the caller who said it speaks.)
    assert _speakers(body) == ["graham", "sione", "heather"]
    # (The guard: named in full, the surname is his.)
    body = ('Senator Lindsey Graham visited Kyiv on Monday.\n\n"We will not abandon Ukraine," Graham said.')
    assert _speakers(body) == ["lindsey-graham"]


def test_a_characters_given_name_right_after_the_words_is_a_person():
    # (From batch 129 after the rule above: "'You can't sell a view,' Ruth tells him." had been an organization Ruth.)
    body = ("Her son Tom wants to sell the house. 'You can't sell a view,' Ruth tells him. 'You can only lose it.'")
    assert _speakers(body) == ["ruth", "ruth"]
    assert {p.slug: p.kind for p in analyse(body).people}["ruth"] == "person"
    # (And the given name of two sharing a surname, "Aoife and Clodagh Nyhan", is that full name's.)
    body = ('Aoife and Clodagh Nyhan of Carrigmore Rowing Club beat a fancied crew on Sunday.\n\nHer sister was having '
            'none of it. "She has never done what she was told in her life," Clodagh said, laughing.')
    assert _speakers(body) == ["clodagh-nyhan"]


def test_a_sentence_opening_on_another_name_does_not_go_on_with_the_last_speaker():
    # (From batch 377: 'The Conservatives' Nigel Ashworth, meanwhile, wants "…"' went on from the Liberal Democrat quoted
    # in the sentence before; a name set off by "meanwhile" was no cue of a person either.)
    body = ('The Liberal Democrats\' spokesperson, Fiona MacRae, has called for a vote, describing the approach as '
            '"government by press release". The Conservatives\' Nigel Ashworth, meanwhile, wants "a clear exit plan '
            'before a single boot goes in".')
    assert _speakers(body) == ["fiona-macrae", None]
    assert _speakers('Tom Reed, meanwhile, said the plan was "a clear exit plan before a single boot goes in".') \
        == ["tom-reed"]


def test_a_spokesperson_of_a_name_the_article_says_which_of_speaks_for_that_body():
    # (From batch 375: "Environment Canterbury, which runs the region's buses, welcomed …. "…," an Environment Canterbury
    # spokesperson said" was an unnamed speaker: "Environment" reads as a portfolio's word.)
    body = ('Environment Canterbury, which runs the region\'s Metro bus network, welcomed the decision. "Faster, more '
            'reliable journeys are the biggest thing we can offer," an Environment Canterbury spokesperson said.')
    assert _speakers(body) == ["environment-canterbury"]


def test_a_hyphenated_term_finds_its_words_with_or_without_the_hyphen():
    # (From batch 376: a topic's term "mental-health" found nothing at all, not even "mental-health" in the headline: the
    # text's words are read apart at a hyphen, and the term was looked up as one word.)
    from sitegen.analysis.topics import topic_matches
    from sitegen.model import Topic
    topic = Topic(slug="mental-health", title="Mental health", description="", terms=("mental-health", "cease-fire*"))
    assert topic_matches("Youth mental-health wait-lists still growing", topic) == ("mental-health",)
    assert topic_matches("Mental health services are stretched", topic) == ("mental-health",)
    assert topic_matches("The cease-fires held overnight", topic) == ("cease-fire*",)
    assert topic_matches("The health of the economy is mental", topic) == ()


def test_the_second_reviews_guards_for_given_names_and_other_names_opening():
    # (A given name alone is no famous namesake the article writes in full; "Storm Babet was" opens on no one.)
    body = ('"I voted for Mark Carney and I would do it again," Mark says, stacking chairs in the hall.')
    assert "mark-carney" not in _speakers(body)
    body = ('Maria, 40, said she had fled Mariupol with her two children. "We lost everything," Maria said.\n\n'
            'Maria Zakharova later dismissed the reports.')
    assert "maria-zakharova" not in _speakers(body)
    body = ('"We lost everything," said Mary Hill. Storm Babet was "the worst thing I have seen in forty years of '
            'farming".')
    assert _speakers(body) == ["mary-hill", "mary-hill"]


def test_the_third_waves_wrong_speakers_are_no_ones_or_the_right_ones():
    # (From batch 379: a statement read "on behalf of his partner, Leah Morgan:" is hers, not the solicitor's who reads
    # it; on behalf of someone not named, no one's that can be told.)
    body = ('The inquest ended on Friday.\n\nOutside court, the family\'s solicitor, Naomi Fenwick, read a statement on '
            'behalf of his partner, Leah Morgan:\n\n"Dan loved this city and he loved his bike, and we miss him."')
    assert _speakers(body) == ["leah-morgan"]
    body = body.replace("his partner, Leah Morgan:", "the family:")
    assert _speakers(body) == [None]
    # (From batch 379: "Consumer Affairs Victoria said …" after "Fair Rent Victoria" was that other body's short name.)
    body = ('Fair Rent Victoria said the cap was "overdue".\n\nConsumer Affairs Victoria said in a statement that it '
            'would publish guidance, and urged renters to "check every increase notice carefully" in the meantime.')
    assert _speakers(body) == ["fair-rent-victoria", "consumer-affairs-victoria"]
    # (From batch 380: words inside a clause "when" opens on someone named are not the main clause's speaker's.)
    body = ('Aoife Brennan and Ciarán Mulvey clashed on the programme.\n\nWhen Ms Brennan interrupted to insist that '
            '"nobody is dropping anything at all", Mr Mulvey shot back: "You already have."')
    # (Stop 70: "interrupted to insist" is her insisting — her words, as the batch's label gives them.)
    assert _speakers(body) in ([None, "ciaran-mulvey"], ["aoife-brennan", "ciaran-mulvey"])


def test_the_last_mends_guards():
    # ("As Priya Natarajan … put it in evidence to the committee: "…"": the colon gives her the words; a "when"
    # clause's rule is only for words a main clause follows.)
    body = ('The reason is enforcement. As Priya Natarajan of the Kingsway Energy Institute put it in evidence to the '
            'committee last month: "Sanctions on paper are cheap. Sanctions at sea cost money."')
    assert _speakers(body) == ["priya-natarajan"]
    # ("Warriors captain Mohammed Irfan Baig rued "…"": a team and a role before the name.)
    assert _speakers('Warriors captain Mohammed Irfan Baig rued "two or three soft dismissals" in the middle overs.') \
        == ["mohammed-irfan-baig"]
    # (A name diplomats have taken to calling a thing is no one's words.)
    body = ('Diplomats have taken to calling the arrangement — two delegations, a Swiss chair and U.S. observers in an '
            'adjoining room — the "Geneva format." The delegations met twice.')
    assert analyse(body).quotes == ()
