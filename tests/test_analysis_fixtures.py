"""Analysis against hand-labelled articles about other stories (tests/fixtures/analysis/*.yaml).

Precision comes first: a quote is never given to the wrong person. Each fixture's expectations
are checked one by one, so a failure names the article and the quote.
"""
from __future__ import annotations

import json

import pytest

from analysis_fixtures import FIXTURES, load_all, lost_key, score, speaker_slug
from sitegen.analysis import analyse_article

CASES = load_all()

# A blind batch's first-run failures (README 'Blind batch 14'): the fixtures are committed as labelled and
# these cases marked strict xfail, so each entry must go once a general rule fixes it.
BATCH_14_FIRST_RUN = {
    ("events", "phone-driver-jailed"): "'on the morning of March 14' (court heard, filed in November) not dated",
}

# Blind batch 15 (README 'Blind batch 15'), held the same way; its topic misses are passing mentions a
# reader does not file the article under, and its wrong speakers the first such since batch 14's last.
BATCH_15_FIRST_RUN = {
    ("topics", "b15-defence-industry-shells"): "a shell maker's results: NATO's spending target and export rules ('outside the EU and NATO'), "
                                               "'a peace deal' once, 'in talks about a joint venture', 'annual general meeting', "
                                               "'export restrictions' and one supplier 'hit by EU sanctions' file it under all three topics",
    ("topics", "b15-eu-20th-sanctions-package"): "peace-talks: 'weeks of talks with Slovakia and Hungary', 'the negotiations' and "
                                                 "'those talks' (on frozen assets) are the EU's own bargaining",
}
# Blind batch 16 (README 'Blind batch 16'): ordinary wire and broadsheet copy. Its wrong speakers are a
# 'he'/'she' or a call-sign speaker given to the nearest other name; its topic miss is NATO's own meetings
# and summit filed as peace talks.
BATCH_16_FIRST_RUN = {
}
# The probe stories written with the quotes10 fixes (README 'Quotes10'): their one miss left is a topic.
P10_PROBES = {
}
# Blind batch 17 (README 'Blind batch 17'): its wrong speakers are the first since batch 16's; each is to go by a
# general rule. Its topic misses are peace talks filed from passing mentions of the talks in front-line,
# energy, sanctions and guarantees stories.
BATCH_17_FIRST_RUN = {
    ("events", "b17-sheffield-derby"): "'Norwich on Friday 4 December' not dated (the sentence's first date, 'on Saturday', "
                                       "wins)",
    ("events", "b17-witkoff-moscow"): "'drafted in October' not dated",
    ("scare", "b17-court-riders-workers"): "'\"independent suppliers\"' (the contract's wording) listed as a quote",
}
# Blind batch 18 (README 'Blind batch 18'), measured on main after batch 17's fixes: no wrong speaker; its topic
# misses are the default topics' edges (a sanctions-evasion trial, guarantees a peace deal would bring, the talks in
# a sanctions story), its events dates in passing ("In October, …", "in early December").
BATCH_18_FIRST_RUN = {
    ("topics", "b18-geneva-framework"): "nato-guarantees: the framework's guarantee clause and NATO membership as points of "
                                        "the talks",
    ("topics", "b18-lavrov-nato-troops"): "peace-talks not found: one paragraph names a term of the talks ('envoy'); "
                                          "'settlement' and 'proposals' are none",
    ("topics", "b18-reassurance-force"): "peace-talks from 'ceasefire' and 'meeting' in seven paragraphs (nato-guarantees "
                                         "found since 'backstop' is one of its terms)",
    ("events", "b18-met-antiquities-return"): "'a ceremony in Bangkok in February' (ahead, next year) not dated",
    ("scare", "b18-geneva-framework"): "'the \"root causes\" of the conflict' (Moscow's phrase) listed as a quote",
}
# Blind batch 19 (README 'Blind batch 19'), measured on main at the end of stop 14 after all of its fixes: its two
# "wrong" speakers are the right organization under a shorter name than the label's.
BATCH_19_FIRST_RUN = {
    ("topics", "b19-lincolnshire-ukrainian-families"): "peace-talks from a refugee family's hopes for a ceasefire and the "
                                                       "talks mentioned in passing",
}
BATCH_20_FIRST_RUN = {
    ("scare", "b20-romania-measles-epidemic"): "'natural immunity' listed as a quote",
}
BATCH_21_FIRST_RUN = {
    ("scare", "b21-opinion-northfield-libraries"): "'community hubs' listed as a quote",
}
BATCH_22_FIRST_RUN = {  # (all fixed: README "Batch 22 after its fixes")
}
# Blind batch 23 (README 'Blind batch 23'), measured on main at the start of stop 16, nothing made for it.
BATCH_23_FIRST_RUN = {
}
# Blind batch 24 (README 'Blind batch 24'), measured on main at the end of stop 16 after batch 23's fixes, nothing
# made for it.
BATCH_24_FIRST_RUN: dict = {}  # (all fixed: README, "Batch 24 after its fixes")
# Blind batch 25 (README 'Blind batch 25'), measured on main at the start of stop 17, nothing made for it.
BATCH_25_FIRST_RUN: dict = {}  # (all fixed: README, "Batch 25 after its fixes")
# Blind batch 26 (README 'Blind batch 26'), measured after batch 25's fixes were merged, nothing made for it.
BATCH_26_FIRST_RUN = {
    ("events", "b26-analysis-reparations-loan-legal-road"): "'meet in Brussels on Thursday', 'this month' not dated",
    ("events", "b26-business-lanxing-zaragoza-duties"): "'later that day', 'would start in January' not dated",
    ("events", "b26-commons-vote-reassurance-force"): "'before the end of January' not dated",
    ("events", "b26-court-appeal-location-data-broker"): "'Information Commissioner's Office in 2024' not dated",
    ("events", "b26-election-night-san-aurelio-mayor"): "'a 2017 California Supreme Court ruling' not dated",
    ("events", "b26-health-northbridge-measles"): "'the Liverpool outbreak of 2024' not dated",
    ("events", "b26-obituary-chilean-seismologist"): "'in 2010', 'her 1994 memoir', 'since 1835' not dated",
    ("events", "b26-qa-deputy-minister-guarantees"): "'at the Paris summit on 6 January' not dated",
    ("events", "b26-regional-lappeenranta-border-shops"): "'lease runs out in March' (next year) not dated",
    ("events", "b26-wire-istanbul-prisoner-swap"): "'before the end of the month', 'February 2022', 'pencilled in for "
                                                   "January' not dated",
    ("scare", "b26-court-appeal-location-data-broker"): "'anonymised', the terms' word, listed as a quote",
    ("scare", "b26-election-night-san-aurelio-mayor"): "the slogan 'A city that moves' listed as a quote",
    ("scare", "b26-qa-deputy-minister-guarantees"): "a quoted question listed as a quote",
    ("scare", "b26-sport-ferreyra-transfer-saga"): "a banner's words 'Ni un euro menos' listed as a quote",
}
# Blind batch 27 (README 'Blind batch 27'), measured after batch 26's fixes were merged, nothing made for it.
BATCH_27_FIRST_RUN = {
    ("events", "b27-kiel-tram-referendum"): "'construction to begin in 2029', 'apply for federal funding' this year not "
                                            "dated",
    ("events", "b27-nz-nurses-strike"): "'members voted last month' not dated",
    ("events", "b27-qinghe-motors-earnings-call"): "'listed in Hong Kong in 2021' not dated",
    ("events", "b27-radio-interview-deputy-minister"): "'met in Paris to finalise plans' (a day after) not dated",
}
# Stop 18: the default peace-talks topic's weak terms ("meeting", "summit", "envoy", …): one alone puts no paragraph on it.
WEAK_TERMS_MISSES = {
    ("topics", "b25-analysis-frozen-assets"): "peace-talks: 'EU leaders meeting at a summit' (two weak terms) and the US "
                                              "'peace plan' in one paragraph",
}
# Blind batch 28 (README 'Blind batch 28'), measured on main a6cc57f (batches 25-27's fixes in), nothing made for it.
BATCH_28_FIRST_RUN = {
    ("events", "b28-beristain-transfer-saga"): "'the transfer window closing on Monday' not dated",
    ("events", "b28-glaciologist-obituary"): "'In the summer of 1992', 'In a 2012 interview' not dated",
    ("events", "b28-lithuania-deputy-minister-qa"): "'took Crimea in 2014', 'Vilnius summit communiqué of 2023' not dated",
    ("events", "b28-prisoner-swap-wire"): "'exchanged … on Thursday' and 'a day after' not dated",
    ("events", "b28-sandwell-measles-outbreak"): "'in early January', 'until the end of March' not dated",
    ("events", "b28-unsc-shipping-liveblog"): "'the 2022 grain deal' not dated",
    ("scare", "b28-beristain-transfer-saga"): "a banner's words and their translation listed as quotes",
    ("scare", "b28-riverton-mayoral-debate"): "the campaign slogan listed as a quote",
    ("scare", "b28-sandwell-measles-outbreak"): "the term 'red book' listed as a quote",
    ("scare", "b28-turkey-central-bank-presser"): "the report's title 'Inflation Report' listed as a quote",
}
# Blind batch 29 (README 'Blind batch 29'), measured on main with batch 28's first run and stop 18's timeline change in.
BATCH_29_FIRST_RUN = {
    ("events", "b29-analysis-reparations-loan"): "'and again in June', 'at their summit in December' not dated",
    ("events", "b29-antwerp-dockworkers-strike"): "'started on the quays in 1994' not dated",
    ("events", "b29-bradford-ward-recount"): "'pass its budget in February' (next year) not dated",
    ("events", "b29-methane-satellite-launch"): "'launched in 2016', 'first in May', 'by 2030' not dated",
    ("events", "b29-samsun-shipowners-black-sea-talks"): "'founded … in 1987', 'in June', 'before the end of the month' "
                                                         "not dated",
    ("events", "b29-valencia-astrolabe-restitution"): "'overturns a 2023 decision' not dated",
}
# Blind batch 30 (README 'Blind batch 30'): first run on main 0.757 (stop 18's fixes to 22:40 in); what differs now.
BATCH_30_FIRST_RUN = {
    ("topics", "b30-kirkenes-trawler-ban"): "sanctions: a port ban on Russian vessels named 'sanctions' in two scattered "
                                            "paragraphs only",
    ("events", "b30-cornwall-second-homes"): "'waiting list since 2021' not dated",
    ("events", "b30-demirspor-coach-sacked"): "'January transfer window', 'promoted in May', 'host … on Saturday' not dated",
    ("events", "b30-kirkenes-trawler-ban"): "'adopted a statement in April', 'revised budget in May' not dated",
    ("events", "b30-lhaaso-cosmic-rays"): "'by 2030' not dated",
    ("scare", "b30-morocco-ev-plant"): "the plant's name 'Kenitra Green Gate' listed as a quote",
}
# Blind batch 31 (README 'Blind batch 31'): first run on main 6c2d63e, accuracy 0.700; what differs.
BATCH_31_FIRST_RUN = {
    ("speakers", "b31-valsartan-recall"): "'The Medicines and Healthcare products Regulatory Agency' cut at its lowercase word",
    ("events", "b31-jasionka-hub"): "'in 2022', 'by the end of 2027', 'scheduled for December' not dated",
    ("events", "b31-madrid-admissions-trial"): "'last year', 'expected in the new year' not dated",
    ("events", "b31-pagora-data-fine"): "'in a 2024 breach' not dated",
    ("events", "b31-price-cap-analysis"): "'since early 2025' not dated",
    ("events", "b31-valsartan-recall"): "'by the end of January' not dated",
    ("scare", "b31-guarantees-interview"): "a group's name ('coalition of the willing') and a word named as a word listed as "
                                           "quotes",
    ("scare", "b31-pagora-data-fine"): "an advertising claim ('bank-grade security') listed as a quote",
}
# Blind batch 32 (README 'Blind batch 32'): first run on main 6c2d63e, accuracy 0.772; what differs after the lead's
# rules of stop 19.
BATCH_32_FIRST_RUN = {
    ("events", "b32-business-olive-oil-cooperatives"): "'after the disastrous harvests of 2023', 'begins in November' not dated",
    ("events", "b32-debate-belgian-chamber-euroclear"): "'since early 2022', 'dates from 2004' not dated",
    ("events", "b32-health-amoxicillin-shortage"): "'expected next month' (in a clause), 'in the winter of 2022' beside a month "
                                                   "not dated",
    ("events", "b32-liveblog-vilnius-reassurance-force"): "'from 2027', 'proved worthless in 2014' (beside 'December 1994') "
                                                          "not dated",
    ("events", "b32-local-kirkholme-library-closures"): "'from April', 'since 2024', 'in December', 'later that month' not dated",
    ("events", "b32-science-gansu-millet-pits"): "'by the end of 2027' beside 'in September' not dated",
    ("scare", "b32-liveblog-vilnius-reassurance-force"): "a communiqué's phrase, 'deterrent' and a banner's slogan listed as quotes",
    ("scare", "b32-local-kirkholme-library-closures"): "a report's term ('community-led reading spaces') listed as a quote",
}
# Blind batch 33 (README 'Blind batch 33'): first run on main at the end of stop 19, accuracy 0.918 (one wrong
# speaker, fixed: "Ecologistas en Acción" cut at its "en").
BATCH_33_FIRST_RUN = {
    ("events", "b33-abu-dhabi-energy-truce"): "'will meet … next Tuesday', 'broke down in August' not dated",
    ("events", "b33-live-shadow-fleet-tankers"): "'at the end of 2027', 'summit in December', 'Geneva talks on Monday' not dated",
    ("scare", "b33-analysis-sanctions-relief"): "a term ('snapback') listed as a quote",
    ("scare", "b33-eastmere-library-closures"): "a book's title listed as a quote",
}
# Blind batch 34 (README 'Blind batch 34'): first run on main f1612a1 at the start of stop 20, accuracy 0.779, one wrong
# speaker where null was possible (fixed: a pronoun after a person named by a role alone in its sentence), and two other
# wrong speakers (fixed: a country's ministry named with its remits; a surname two people named in one paragraph share).
BATCH_34_FIRST_RUN = {
    ("topics", "b34-analysis-refined-fuel-ban"): "sanctions: a ban on fuels refined from 'Russian crude' and 'the next sanctions "
                                                   "package' once: one on-topic paragraph",
    ("events", "b34-debate-dail-triple-lock"): "'pass all stages by the end of November' not dated",
    ("events", "b34-liveblog-geneva-guarantees"): "'The 1994 memorandum gave Ukraine' not dated",
    ("scare", "b34-liveblog-geneva-guarantees"): "a plan's term ('reassurance force') listed as a quote",
    ("scare", "b34-local-izmir-seafront-vote"): "a slogan's translation ('the seafront is ours') listed as a quote",
    ("scare", "b34-science-jerash-bishop-mosaic"): "a name variant ('Theodore of Gerasa') listed as a quote",
}
# Blind batch 35 (README 'Blind batch 35'): written at the end of stop 20 and measured first on the final main, accuracy
# 0.792, no wrong speaker where null was possible (its writer saw batch 34's first-run notes; see the README); its one
# wrong speaker (a he after a subject someone else reports) mended to null after the measure.
BATCH_35_FIRST_RUN = {
    ("topics", "b35-debate-commons-ottawa-reassurance"): "sanctions: the G7's frozen assets and a communique quoted in "
                                                          "one paragraph of a debate on troops",
    ("events", "b35-debate-commons-ottawa-reassurance"): "'G7 finance ministers in Paris in May' not dated",
    ("events", "b35-qa-wrobel-reassurance-force"): "'In March, Marco Rubio told European ministers' not dated",
    ("events", "b35-wire-ankara-prisoner-talks"): "'stalled in September', 'held in Istanbul in December' not dated",
    ("scare", "b35-qa-wrobel-reassurance-force"): "a coined term ('Article 5-like') listed as a quote",
    ("scare", "b35-science-karakoram-glacier-surges"): "a paper's title and a nickname listed as quotes",
}
# Blind batch 36, written as ordinary copy (stop 21): what its first run missed that the stop's rules did not mend.
BATCH_36_FIRST_RUN = {
    ("events", "b36-commons-reassurance-vote"): "'resume talks in Geneva on Monday' in a planned clause not dated",
    ("events", "b36-court-warehouse-fire-retrial"): "years as modifiers ('a 2021 fire', 'a 1963 … ruling') not dated",
    ("events", "b36-demirtas-buys-warmewerk"): "'until at least the end of 2028' not dated",
    ("events", "b36-live-istanbul-round"): "'overnight', 'this evening', 'before the end of the month' not dated",
    ("scare", "b36-eu-22nd-package"): "'shadow fleet' as a term listed as a quote",
}
# Blind batch 37, ordinary copy again, written at the end of stop 21 and measured first on its final main.
BATCH_37_FIRST_RUN = {
    ("topics", "b37-interview-tallinn-guarantees"): "peace-talks filed from 'summit', 'ceasefire' and 'meeting' in "
                                                     "answers about guarantees",
    ("events", "b37-commons-reassurance-force-vote"): "'signed the Paris declaration in January' not dated",
    ("events", "b37-interview-tallinn-guarantees"): "'since 2023' not dated",
    ("events", "b37-liveblog-twentieth-package"): "'adopted in October', 'in Miami on Friday' not dated",
    ("events", "b37-local-marlow-jail-tax"): "'built in 1978' not dated",
    ("events", "b37-sport-rovers-women-new-coach"): "'the January transfer window', 'on 22 November' after a name",
}
BATCH_38_FIRST_RUN = {
    ("events", "b38-yakima-measles-outbreak"): "'an outbreak that began in late October' inside a sentence dated 'on Monday'",
    ("scare", "b38-commons-vote-reassurance-force"): "'an American \"backstop\"' in what 'the government says' is "
                                                      "listed as its words",
}
BATCH_39_FIRST_RUN = {
    ("events", "b39-jura-maternity-nights"): "'Residents have called a demonstration … on Saturday' dated to the Saturday "
                                              "before, not the one ahead",
    ("events", "b39-novi-sad-short-course"): "'Sunday's marathon … admitted on Tuesday': one sentence, one event (Tuesday)",
    ("events", "b39-qa-reassurance-planner"): "'told the other leaders in Paris in January that Finland would …' dated to "
                                               "next January ('would')",
    ("events", "b39-seabed-plume-study"): "'in late 2022' after 'in 2024' in the same sentence not dated",
    ("events", "b39-uae-prisoner-swap"): "'had agreed \"…\" and to meet again … in November': a quotation between 'agreed' "
                                          "and the plan, dated to the November before",
    ("scare", "b39-harmon-school-closures"): "a chant ('the crowd chanted \"Save our schools!\"') listed as a quote",
}
BATCH_40_FIRST_RUN = {
    ("topics", "b40-kirkenes-shipyard-russian-trawlers"): "a port ban on Russian trawlers 'in line with EU sanctions' (the "
                                                          "word once) not filed under sanctions",
    ("events", "b40-analysis-ceasefire-monitoring"): "'drafting since early 2025', 'watched the line … from 2014' not dated",
    ("events", "b40-dail-debate-ukraine-monitoring"): "'came into force in March' not dated",
    ("events", "b40-kirkenes-shipyard-russian-trawlers"): "'a port ban Norway introduced in 2022' (a year after a noun), "
                                                          "'annual threat assessment in February' not dated",
    ("events", "b40-quebec-ticket-fees-class-action"): "'in August of that year' not dated",
    ("events", "b40-us-sanctions-chinese-refiners-wire"): "'met Russian officials in Riyadh last month' dated otherwise",
    ("scare", "b40-karatas-buys-vallardi-espresso"): "'golden power' (a law's name) listed as a quote",
}
# Blind batch 41, ordinary copy, written in the second half of stop 22 and measured first on its main (77b9c5b).
BATCH_41_FIRST_RUN = {
    ("topics", "b41-kirkenes-shipyard-layoffs"): "Norway 'has followed most of the bloc's sanctions' and barred two "
                                                 "companies: the word once, not filed under sanctions",
    ("events", "b41-analysis-secondary-tariffs-oil-buyers"): "'widened to about $19 a barrel in November' not dated",
    ("events", "b41-court-hurricane-charity-sentencing"): "'ran it until last year' not dated",
    ("events", "b41-istanbul-black-sea-shipping-talks"): "'a month after Russia quit the grain deal' (July 2023), 'hoped to "
                                                         "host a follow-up meeting \"before the end of the year\"' not dated",
    ("events", "b41-kirkenes-shipyard-layoffs"): "'by the end of the year', 'since 2011', 'dating from 1975', 'in April it "
                                                 "tightened', 'followed in March 2024' not dated",
    ("events", "b41-liveblog-eu-22nd-package-kharkiv"): "'struck Kharkiv overnight' not dated to the blog's day",
    ("events", "b41-marlow-falls-parking-library"): "'starting Feb. 1', 'in 2020', 'begin in March', 'since 2014' not dated",
    ("events", "b41-qa-kovalchuk-guarantees"): "'We were told November' not dated",
    ("scare", "b41-dutch-debate-reassurance-force"): "a placard's slogan listed as a quote",
    ("scare", "b41-tien-shan-glacier-study"): "'peak water' (a term) listed as a quote",
}
# Blind batch 42, ordinary copy, written in the second half of stop 22 and measured first on its main (16050bc).
BATCH_42_FIRST_RUN = {
    ("events", "b42-battery-plant-on-hold"): "'due to start production in 2027' and 'due to open next year': one sentence, "
                                             "one event",
    ("events", "b42-commons-frozen-assets-debate"): "'the first tranche of the loan to be paid' (this year) not dated",
    ("events", "b42-eu-sanctions-package-wire"): "'before an EU summit in June' not dated",
    ("events", "b42-kirkenes-trawler-ban"): "'adopted in June' beside 'took effect on 1 July'; 'founded in 1976' beside "
                                            "'scheduled for October': one sentence, one event",
    ("events", "b42-street-trees-heat-study"): "'300,000 street trees by 2030' not dated",
}
# Blind batch 43, ordinary copy, written at the end of stop 22 and measured once on its final code (ec311be): nothing
# made for it.
BATCH_43_FIRST_RUN = {
    ("speakers", "b43-greer-data-center-rezoning"): "'Northgate' (a company's short name) not joined to 'Northgate "
                                                    "Digital Infrastructure'",
    ("topics", "b43-kirkenes-trawler-ports"): "a port ban 'in line with the sanctions' not filed under sanctions",
    ("events", "b43-istanbul-round-live"): "'planning since early 2025' not dated",
    ("events", "b43-manitoba-measles"): "'since the outbreak began in September', 'at Morden Collegiate on Nov. 18' not dated",
    ("scare", "b43-danish-general-qa"): "'coalition of the willing' (a term) listed as a quote",
    ("scare", "b43-istanbul-marathon-record"): "'Platinum Label' (a term) listed as a quote",
}
# Blind batch 44, ordinary copy, written at the start of stop 23 (first run on 32719b9: accuracy 0.897, precision 0.953,
# none wrong where null; rules made after it, each tested on strings of its own in test_analysis_b44.py).
BATCH_44_FIRST_RUN = {
    ("events", "b44-buffalo-lake-effect-blizzard"): "'through Saturday morning' beside 'at 7 p.m. Thursday' (a second verb in "
                                                    "-s after 'and'); a day inside a quote ('my sister's wedding on "
                                                    "Saturday') not dated",
}
# Blind batch 45, ordinary copy, written during stop 23 and measured on main at 40e3b52 (accuracy 0.922, precision
# 0.990, none wrong where null); one rule after it (where a body is based is no part of its name).
BATCH_45_FIRST_RUN = {
    ("events", "b45-drought-farmers-feature"): "'the summer of 1976' not dated",
    ("events", "b45-inquest-kettleby-cyclist"): "'died at the scene on April 14', 'work would begin in March' (next year) "
                                                "not dated",
    ("events", "b45-kyiv-ceasefire-voices"): "'on Tuesday morning' not dated",
    ("scare", "b45-farrokh-profile"): "'The Salt Year' (a play's title) listed as a quote",
    ("scare", "b45-nato-rutte-guarantees"): "'backstop' (a term) listed as a quote",
}
# Blind batch 46, ordinary copy, written at the end of stop 23 and measured on lead24 at e7e2f25 (accuracy 0.773,
# precision 0.940, none wrong where null); two rules after it (an inverted verb before a body, its role and a person; a
# nickname in quotation marks inside a name).
BATCH_46_FIRST_RUN = {
    ("speakers", "b46-pow-families-feature"): "'UN Human Rights Monitoring Mission in Ukraine' cut to 'UN Human Rights "
                                              "Monitoring Mission'",
    ("events", "b46-castleford-match-report"): "'after the scan on Monday' (in a quote), 'host … on Tuesday' not dated",
    ("events", "b46-greenway-results"): "'at the annual meeting in June' not dated",
    ("events", "b46-nato-ceasefire-force"): "'next ministerial meeting in December' not dated",
    ("scare", "b46-nato-ceasefire-force"): "'backstop' (a term) listed as a quote",
}
# Blind batch 47, ordinary copy, written at the start of stop 24 and measured on main at bbdcfb8 (accuracy 0.853,
# precision 0.951; the two given where the writer put null were "a spokesman for the Usdaw union" and "a spokeswoman for
# the institute", which the fixtures' convention gives to the body: relabelled so); rules after it (see
# tests/test_analysis_b47.py).
BATCH_47_FIRST_RUN = {
    ("events", "b47-black-sea-truce"): "'higher than in April' (a comparison in a sentence dated May) not dated",
    ("events", "b47-court-council-fraud"): "'between 2019 and 2024' (a range) not dated",
    ("events", "b47-cup-final"): "'since 1985 on Saturday', 'the 1985 final', 'semi-final on Wednesday': second dates",
    ("events", "b47-energy-blackouts"): "'until at least Thursday' not dated",
    ("events", "b47-eu-sanctions-package"): "'compared with September 2025' (a comparison) not dated",
    ("events", "b47-harbour-foods-profit-warning"): "'this year' inside a quote not dated",
    ("events", "b47-heart-drug-trial"): "'before the end of the year' not dated",
    ("events", "b47-prisoner-exchange"): "'the largest swap this year', 'since 2023': second dates",
    ("events", "b47-storm-imogen"): "'on Saturday' inside a quote, 'until at least Monday' not dated",
    ("scare", "b47-council-arts-centre"): "'Save our stage' (chanted) listed as a quote",
    ("scare", "b47-energy-blackouts"): "'invincibility points' (a name for a thing) listed as a quote",
    ("scare", "b47-nato-guarantees"): "'reassurance force' (a term) listed as a quote",
}
# Blind batch 48, ordinary copy, written during stop 24 and measured once on its analysis rules (lead25 at dac3b7e):
# accuracy 0.802, precision 0.930, none wrong where null; two rules after (an article's own holder of a role before the
# gazetteer's; an acronym spelled out by the name whose initials it is), and "last night", a placard that "read".
BATCH_48_FIRST_RUN = {
    ("speakers", "b48-prisoner-swap"): "'Ukraine's Coordination Headquarters …' kept with its country, labelled without",
    ("scare", "b48-school-mergers"): "'Save our schools' (chanted) listed as a quote",
    ("scare", "b48-trophy-final"): "'We're the pride of Bramford' (sung) listed as a quote",
    ("scare", "b48-wild-bees"): "a paper's sentence-case title and 'bee-friendly' (a label) listed as quotes",
}
# Blind batch 49, ordinary copy, written at the start of stop 25 and measured before any rule was made for it: on main
# (079a725) accuracy 0.872, precision 0.972, one wrong where null ("says the mood was "…", according to one member of
# the team": the reporter's); on the stop's rules made until then (from batches 47 and 48) 0.880 / 0.982. Rules after
# it: tests/test_analysis_rules25.py. Left: second dates of a sentence, and dates inside a name or a possessive.
BATCH_49_FIRST_RUN = {
    ("events", "b49-broadsheet-security-guarantees"): "'since early 2025' not dated",
    ("events", "b49-business-penrose-results"): "'in its May Monetary Policy Report' (a month inside a name) not dated",
    ("events", "b49-council-parking"): "'from September 1', 'Marks & Spencer closed in 2024': second dates",
    ("events", "b49-regional-bridges"): "'the Boxing Day floods of 2015', \"Monday's announcement\" not dated",
    ("events", "b49-sport-deadline-day"): "'ahead of Tuesday’s home game' (a possessive weekday) not dated",
    ("events", "b49-weather-storm-fenna"): "'south-west England on Thursday': a second date",
    ("events", "b49-wire-prisoner-swap"): "'stalled in August', 'The exchange came a day after': second and relative dates",
}
# Blind batch 50, ordinary copy, written during stop 25 and measured once on its final analysis rules (7a74129):
# accuracy 0.795, precision 0.976, one wrong where null ("One angler who has fished the Itchen for 40 years said …
# "…," he said" given to a company read as a person's name); two rules after (a he or she is never a body; someone
# unnamed by what they do is who the he after them means), then two more (how someone puts it; the bank's analysts):
# accuracy 0.821, precision 1.000, none wrong where null.
BATCH_50_FIRST_RUN = {
    ("events", "b50-wire-geneva-talks"): "'first set out in March' not dated",
    ("scare", "b50-regional-ukrainian-hosts"): "'thank you' (a phrase) listed as a quote",
    ("scare", "b50-wire-geneva-talks"): "'all for all' (a formula's name), 'reassurance force' listed as quotes",
}
# Blind batch 51, written at the start of stop 26 and measured once on main (b22205a) before any rule was made for it:
# speaker precision 0.930, accuracy 0.852, two wrong where null (a dog walker's "she says" given to the woman named
# before), topic F1 0.978, events 41/45. After the stop's rules: 0.992 / 0.933, none wrong where null. What remains:
BATCH_51_FIRST_RUN = {
    ("topics", "b51-culture-eilidh-cameron"): "'herring' in two paragraphs and the headline against a minimum of three",
    ("events", "b51-health-bp-drug-alzheimers"): "'at a conference in Vienna next month' (a second date in the sentence)",
    ("events", "b51-sports-redmarsh-castleford"): "'Rovers visit Hartwell Athletic on Tuesday night before … on May 2': "
                                                  "a fixture told in the present, read as past",
    ("scare", "b51-feature-coombe-beavers"): "'ecosystem engineers' (what people like to call beavers) listed as a quote",
}
# Blind batch 52, written during stop 26 and kept sealed until measured once on its final rules (546aac1): speaker
# precision 0.957, accuracy 0.870, one wrong where null ('becalmed', a reviewer's word, given to the novelist's editor);
# topic F1 0.974; events 40/45. One rule after it (a though-clause's own unnamed subject: 'becalmed' no longer the
# editor's); what differs:
BATCH_52_FIRST_RUN = {
    ("topics", "b52-sport-harbourside-comeback"): "'promotion' missed",
    ("events", "b52-business-brightwell-profit-warning"): "'since its March update', 'annual meeting in October' not dated",
    ("events", "b52-health-irregular-bedtimes-heart"): "'fixed bedtime, in September' not dated",
    ("events", "b52-magazine-night-train-revival"): "'service from 13 December', 'application in September' not dated",
}
# Blind batch 53, written at the start of stop 27 and measured once on main (2461b50) before any rule was made for it:
# speaker precision 0.967, accuracy 0.864, two wrong where null (an unnamed woman's "she says" given to the woman named
# before), topic F1 0.978, events 37/46. After the stop's rules (tests/test_analysis_rules27.py): 1.000 / 0.973, none
# wrong where null, events 39/46. What remains:
BATCH_53_FIRST_RUN = {
    ("topics", "b53-culture-maren-holt-interview"): "'fishing': two paragraphs and the headline against a minimum of "
                                                     "three (the headline counts here, not in the label)",
    ("events", "b53-live-ceasefire-ultimatum-roundup"): "'as Russia marks Victory Day' (a holiday's date), 'talks in "
                                                        "Istanbul last month' (a second date in the sentence), 'goes to "
                                                        "ambassadors on Tuesday' (inside a quotation, after 'If')",
    ("events", "b53-magazine-repair-cafe-feature"): "'is published in May', 'another go at next month' not dated",
    ("events", "b53-regional-carran-ferry-breakdown"): "'Our last delivery came on Wednesday' (inside a quotation) not "
                                                       "dated",
    ("events", "b53-sport-castlebury-comeback"): "'if her side failed to follow it up … at home on Tuesday': a fixture "
                                                 "ahead, read as past (the conditional's past tense)",
}
# Blind batch 54, written during stop 27 and kept sealed until measured once on its final rules (e756b96): speaker
# precision 0.949, accuracy 0.837, none wrong where null, topic F1 1.000, events 43/46. Three rules after it (a body's
# name keeps the compass word it opens on, "Western Isles Ferries"; a colon after a name, a role set off and a few
# words, "Jonathan Aske, a senior fellow at …, disagreed: "…"", is that person's; "said a 34-year-old drone operator who
# asked to be identified only as Andriy" gives Andriy): 0.983 / 0.884. What differs:
BATCH_54_FIRST_RUN = {
    ("speakers", "b54-regional-island-ferry"): "'a spokesperson for NHS Western Isles' read as 'Western Isles' (the "
                                               "acronym cut from the body's name)",
    ("events", "b54-live-storm-imelda"): "'amber wind warning until 6am on Wednesday' not dated",
    ("events", "b54-markets-oil-sanctions"): "'from September 1' not dated",
}
# Blind batch 55, written at the start of stop 30 and measured once on main (d98398a) before any rule was made for it:
# speaker precision 0.990, accuracy 0.864, none wrong where null, topic F1 1.000, events 36/43. After the stop's rules
# (tests/test_analysis_rules30.py): 1.000 / 0.939, events 38/43. What remains:
BATCH_55_FIRST_RUN = {
    ("events", "b55-culture-novelist-interview"): "'reads … on May 30 and begins a UK tour in June': the second date of "
                                                  "a sentence",
    ("events", "b55-live-storm-orla"): "'Sunday's league match … has been postponed': a possessive weekday not dated",
    ("events", "b55-markets-russian-lng-ban"): "'bring forward a full ban on … imports to October' not dated",
    ("events", "b55-regional-island-ferry-breakdown"): "'would be in place \"by Monday at the latest\"': a day inside "
                                                       "a quotation",
    ("events", "b55-wire-geneva-ceasefire-talks"): "'that would hold its first meeting in April': the second date of a "
                                                   "sentence (after 'on Tuesday')",
    ("scare", "b55-court-care-home-fraud"): "'charges for \"activities\" and \"enhanced care\"' in the prosecutor's "
                                            "sentence and a rating, '\"Inadequate\"', read as speech",
}
# Blind batch 56, written during stop 30 and kept sealed until measured once on its final rules (5310a82): speaker
# precision 1.000, accuracy 0.851, none wrong where null, topic F1 1.000, events 43/44. No rule was made for it (the
# misses: a Q/A interview's unquoted answers and questions, six of them; "Cabinet member for environment Helen Marsh
# said:" read as an unnamed member; ", and manager Gary Lomax admitted"; "A year 10 pupil, Ethan, 15, said:"; bodies
# speaking through their statements named in the sentence before). What the fixture tests see:
BATCH_56_SEALED = {
    ("scare", "b56-feature-english-wine-harvest"): "a vineyard's name, '\"the Cliff\"', read as speech",
}
# Blind batch 57, written at the start of stop 31 and measured once on main (584db9f) before any rule was made for it:
# speaker precision 0.982, accuracy 0.836, none wrong where null, topic F1 0.979, events 46/51. After the stop's rules
# (tests/test_interviews.py, tests/test_analysis_rules31.py): 1.000 / 0.929. What remains:
BATCH_57_FIRST_RUN = {
    ("topics", "b57-feature-night-trains"): "climate: two paragraphs name its terms once each, in passing ('half "
                                            "climate guilt', 'a fraction of the carbon'); the rule asks more",
    ("events", "b57-council-castle-street"): "'permits would go on sale \"in the first week of March\"': a month "
                                             "inside a quotation",
    ("events", "b57-live-storm-hilde"): "'without power until Sunday' inside a quotation; 'until 06:00 on Saturday'; "
                                        "'home fixture on Saturday has been postponed' not dated",
    ("scare", "b57-court-hospice-fraud"): "a fictitious supplier's name after a comma, '\"Northdale Medical Supplies\"', "
                                          "read as the prosecutor's words",
    ("scare", "b57-health-bowel-blood-test"): "a paper's title in apposition, 'The paper, \"Cell-free DNA testing …: a "
                                              "prospective cohort study\", was published', read as speech",
}
# Blind batch 58, written during stop 31 and kept sealed until measured once on its final rules (0aab8d2): speaker
# precision 0.958, accuracy 0.863, two wrong where null (words a reporter "heard from a Finnish diplomat", given to her;
# "the daughter of one resident, 91-year-old Doreen Hale, said", given to the resident), topic F1 1.000, events 48/54.
# Four rules after it (tests/test_analysis_rules31.py, the last section): 1.000 / 0.882, none wrong where null. What
# the fixture tests see:
BATCH_58_SEALED = {
    ("events", "b58-business-sanctions-tanker-fleet"): "'which still requires formal approval by foreign ministers on "
                                                       "Thursday': a day inside a relative clause with no second one",
    ("events", "b58-council-northbridge-libraries"): "'will close by the end of September after councillors voted on "
                                                     "Wednesday night': the month of a sentence dated to its day",
    ("events", "b58-court-care-home-fraud"): "'sentenced … on Thursday, having been convicted in August': the second "
                                             "date of a sentence, after a participle",
    ("events", "b58-regional-torsa-ferry"): "'sitting on the pier in Oban on Monday': a day inside a quotation",
    ("events", "b58-roundup-energy-truce-live"): "'took effect … on Friday, the first stage of a phased ceasefire agreed "
                                                 "in Istanbul on August 7': the second date of a sentence, in apposition",
    ("events", "b58-wire-geneva-prisoner-swap"): "'the largest since the talks resumed in January, is due to begin on "
                                                 "Tuesday': the month of a sentence dated to its day",
    ("scare", "b58-broadcast-southern-vale-water"): "a plan's name, 'a turnaround plan it has branded \"Fix the Flow\"', "
                                                    "read as speech",
    ("scare", "b58-magazine-night-trains"): "a train's nickname, 'Regulars call the train \"the Moonliner\"', and "
                                            "'\"guilt-free travel\"' read as speech",
}
# Blind batch 59, written at the start of stop 32 and measured once on main (a9e0144) before any rule of the stop:
# speaker precision 0.948, accuracy 0.861, two wrong where null, topic F1 0.977, events 39/41. After the stop's rules
# (tests/test_analysis_rules32.py): one quote left, none wrong where null. What the fixture tests see:
BATCH_59_FIRST_RUN = {
    ("scare", "b59-sports-derby-late-winner"): "a crowd's chant, 'the home supporters' chant of \"We're going up\"', "
                                               "kept as unattributed words; the label lists it as no quotation",
}
# Blind batch 60, written during stop 32 and kept sealed until measured once on its rules at 6e2ac5e: speaker precision
# 0.981, accuracy 0.869, none wrong where null, topic F1 0.979, events 43/43. Rules after it (the last section of
# tests/test_analysis_rules32.py). What the fixture tests see:
BATCH_60_SEALED = {
    ("speakers", "b60-health-antibiotic-trial"): "'a Nice spokesperson' after 'The National Institute for Health and Care "
                                                 "Excellence' (never written '(Nice)'): the short form read as a body of "
                                                 "its own",
    ("topics", "b60-court-roofer-fraud"): "'fraud' in two paragraphs far apart, once as a charge ('19 counts of "
                                          "fraud'), under a headline that says 'conned': read as mentions in passing",
}
# Blind batch 61, written at the start of stop 33 and measured once on main (57ce32e) before any rule of the stop: speaker
# precision 0.964, accuracy 0.882, two wrong where null, topic F1 1.000, events 27/29. After the stop's rules
# (tests/test_analysis_rules33.py): precision 1.000, accuracy 0.970, none wrong where null. What the fixture tests see:
BATCH_61_FIRST_RUN = {
    ("events", "b61-regional-carrowby-floods"): "'from 6pm on November 24 until noon on November 25': the second date of "
                                                "a sentence",
}
# Blind batch 62, written during stop 33 and kept sealed until measured once on its rules at 2ba8d81: speaker precision
# 0.965, accuracy 0.881, none wrong where null, topic F1 0.884, events 32/35. Rules after it (the last section of
# tests/test_analysis_rules33.py): precision 1.000, accuracy 0.955. What the fixture tests see:
BATCH_62_SEALED = {
    ("topics", "b62-broadcast-reassurance-force"): "'security_guarantees' in two paragraphs, labelled; read as mentions "
                                                   "in passing",
    ("events", "b62-analysis-shadow-fleet-sanctions"): "'estimated in a January report': a month as a report's date",
    ("events", "b62-health-maternity-inspection"): "'following an unannounced visit in July': a month after 'visit in'",
    ("events", "b62-magazine-lighthouse-keepers"): "'on a Friday night in June': a month after a weekday",
    ("scare", "b62-court-landlord-fraud"): "a nickname, 'the dragon's lair', read as speech",
}
# Where a rule of stop 24 reads a sentence otherwise than its label, and the label is arguable: kept as written.
LABEL_DISAGREEMENTS = {
    # Stop 51 holds topics that ask for one paragraph (min_paragraphs: 1, the default) to the same side-share rule
    # unless the first paragraph names them: 58 decoys gone over the labelled articles (62 of the 68 such topics filed
    # from one or two paragraphs, under a headline elsewhere, were not what the labels file the story under), and these
    # five the labels want lost.
    ("topics", "b18-flu-hospital-surge"): "ae-waits: one paragraph of fourteen, under a headline about flu",
    ("topics", "b27-turin-tennis-final"): "doping: one paragraph of a match report's nine",
    ("topics", "b34-health-chihuahua-measles"): "schools: one paragraph of a measles story's ten",
    ("topics", "b43-atlas-sauropod-trackway"): "cultural-heritage: one paragraph of nine",
    ("topics", "security-guarantees"): "sanctions: one paragraph of twelve in a story on guarantees",
    # Stop 43's side-share rule (topics.covers: a topic the headline does not name needs 15% of the paragraphs) drops
    # 38 decoy topics over the labelled articles, and four the labels file the story under: these three and
    # b81-rail-dart-west-delay's project_costs (already registered for its decoy).
    ("topics", "b46-pow-families-feature"): "peace-talks: two paragraphs of fourteen (the exchanges the talks agreed)",
    ("topics", "b60-live-istanbul-talks"): "prisoners: two entries of fourteen",
    ("topics", "budget-liveblog"): "energy: two entries of fifteen",
    # Stop 50's condition rule (topics.coverage: a paragraph naming the topic only as a condition of something else,
    # "if a ceasefire is reached", "post-ceasefire force", does not count) drops 22 decoy topics over the labelled
    # articles (the talks filed beside security guarantees: a force that deploys after a ceasefire) and three the
    # labels file the story under, the same shape judged the other way:
    ("topics", "b26-commons-vote-reassurance-force"): "peace-talks: 'once a ceasefire takes effect' in the vote's "
                                                       "paragraph; one paragraph besides",
    ("topics", "b47-nato-guarantees"): "ceasefire: a framework 'once a ceasefire is in place', a force 'after a "
                                       "ceasefire'; two paragraphs besides",
    ("topics", "b60-broadcast-security-guarantees"): "talks: a force 'after any ceasefire'; the talks in two paragraphs",
    ("speakers", "b39-kuzey-heat-pump-takeover"): "'In a letter … signed by chief executive Selin Aydoğan …, the "
                                                  "Manisa-based group said … \"…\"': the group (the sentence's subject, "
                                                  "the company the story opens on), labelled its chief executive's",
    # (Stop 61: a body introducing its statement after "In a statement," is read now — under the name the article gave
    # in full, its legal form with it, where the label wrote the short one.)
    ("speakers", "b132-planning-inquiry-ennis-data-centre"): "'In a statement, Shannonside Digital said …': "
                                                             "'Shannonside Digital Ltd', as the article first names it, "
                                                             "labelled 'Shannonside Digital'",
    # (Stop 69: "the Russian delegation" is a body now, as eight labels want: this one gives its leader's words.)
    ("speakers", "b174-wire-istanbul-talks"): "'Russia's delegation, led by Deputy Foreign Minister Pavel Gromov, called "
                                              "the Ukrainian plan \"unrealistic\"': the delegation, labelled its leader's",
}
# Blind batch 63, written at the start of stop 34 and measured once on main (4c23587) before any rule of the stop: speaker
# precision 0.993, accuracy 0.921, none wrong where null, topic F1 0.889, events 34/37. After the stop's rules
# (tests/test_analysis_rules34.py): precision 1.000, accuracy 0.976, events 37/37. What the fixture tests see:
BATCH_63_FIRST_RUN = {
    ("scare", "b63-culture-interview-maren-holt"): "a short story's title, 'her short story \"Low Water\" won', read as "
                                                   "speech",
    ("scare", "b63-magazine-reassurance-base"): "'pledged … to back any ceasefire with a \"reassurance force\"': a "
                                                "term, read as the leaders' words",
}
# Blind batch 64, written during stop 34 and kept sealed until measured once on its rules at faeaa42: speaker precision
# 0.964, accuracy 0.888, three wrong where null, topic F1 0.923, events 26/27. Rules after it (the last section of
# tests/test_analysis_rules34.py): precision 1.000, accuracy 0.929, none wrong where null, topic F1 0.950. What the
# fixture tests see:
BATCH_64_SEALED = {
    ("topics", "b64-court-adviser-fraud"): "'fraud' in two paragraphs far apart under a headline that says 'spending "
                                           "clients' savings': read as mentions in passing (the label has it)",
    ("topics", "b64-regional-leddon-barrier"): "'construction' in two paragraphs far apart: the same",
    ("events", "b64-culture-interview-halloran"): "'the winner will be announced in November' after 'Last week': the "
                                                  "second date of the sentence",
    ("scare", "b64-analysis-security-guarantees"): "a word discussed as a word, 'says \"guarantee\"', read as speech",
}
# Blind batch 65, measured on main (bc327fc) before any rule of stop 35: speaker precision 0.978, accuracy 0.895, one
# wrong where null, topic F1 0.968, events 31/31. After the stop's rules (tests/test_analysis_rules35.py): precision
# 1.000, accuracy 0.994, none wrong where null. What the fixture tests see:
BATCH_65_FIRST_RUN = {
    ("topics", "b65-court-landlord-boiler-trial"): "'fraud' in two paragraphs far apart, a charge and a closing speech "
                                                   "(the label has it; see b64-court-adviser-fraud)",
}
# Blind batch 66, written during stop 35 and kept sealed until measured once on its rules at e1b05bc: speaker precision
# 0.985, accuracy 0.944, one wrong where null, topic F1 0.971, events 35/36. Rules after it (the last section of
# tests/test_analysis_rules35.py): precision 1.000, accuracy 0.994, none wrong where null (one label, "state Department of
# Public Health", written with its lower-case word, is written as the name). What the fixture tests see:
BATCH_66_SEALED = {
    ("events", "b66-health-delmar-measles"): "'an outbreak that began in January', the month of a clause inside the "
                                             "sentence",
    ("scare", "b66-analysis-security-guarantees"): "a verb discussed, 'what it would actually mean to \"guarantee\" "
                                                   "Ukraine's security', read as speech",
    ("scare", "b66-health-delmar-measles"): "a campaign's name, 'a campaign it has branded \"Shot Before Spring.\"', read "
                                            "as the department's words",
}
# Blind batch 67, measured on main (023d185) before any rule of stop 36: speaker precision 0.966, accuracy 0.883, none
# wrong where null, topic F1 1.000, events 33/35, five scare quotes listed. After the stop's rules
# (tests/test_analysis_rules36.py): precision 1.000, accuracy 0.994, events 35/35 (one of the two a label that quoted the
# body's Markdown, "*Marisol Star*", now read as the plain text it is). What the fixture tests see:
BATCH_67_FIRST_RUN = {
    ("scare", "b67-broadcast-uk-troops-guarantees"): "a term inside reported words, 'planning for a multinational "
                                                     "\"reassurance force\" was …', read as speech",
    ("scare", "b67-health-corridor-care-inspection"): "a place's name after a number, 'a 22-bed \"discharge lounge\"', "
                                                      "read as the chief executive's words",
    ("scare", "b67-live-copenhagen-guarantees-summit"): "a quoted modifier, 'offer Ukraine \"Article 5-style\" "
                                                        "guarantees', read as speech",
}
# Blind batch 68, written during stop 36 and kept sealed until measured once on its rules at 57b7c8a: speaker precision
# 0.957, accuracy 0.909, none wrong where null, topic F1 0.919, events 33/33. Rules after it (the last section of
# tests/test_analysis_rules36.py): precision 1.000, accuracy 0.988. What the fixture tests see:
BATCH_68_SEALED = {
    ('topics', 'b68-broadcast-reassurance-force'): 'security_guarantees: too few paragraphs with its terms',
    ('scare', 'b68-council-harbour-road-cycle-lane'): "'called in' listed as speech",
    ('topics', 'b68-court-care-home-fraud'): 'fraud: too few paragraphs with its terms',
    ('scare', 'b68-health-ambulance-handover-delays'): "'fit to sit' listed as speech",
    ('scare', 'b68-magazine-kyiv-guarantees'): "'assurances' listed as speech",
}
# Blind batch 69, written at the start of stop 37 and measured once on main (b20d328) before any rule of that stop:
# speaker precision 0.974, accuracy 0.870, nothing wrong where null, topic F1 0.923, events 31/33, two scare quotes
# listed. After the stop's rules (tests/test_analysis_rules37.py): see tests/fixtures/analysis/README.md. What the
# fixture tests see:
BATCH_69_FIRST_RUN = {
    ("topics", "b69-sport-ashby-county-cup"): "a match report whose topic terms ('goal', 'match') fall in three "
                                              "paragraphs far apart, read as mentions in passing",
    ("topics", "b69-wire-geneva-talks-round"): "the prisoner exchange, in the lede and two paragraphs far apart, read "
                                               "as mentions in passing",
    ("events", "b69-wire-geneva-talks-round"): "'meet again in April' beside 'on Saturday': one sentence, one event",
}
# Blind batch 70, written during stop 37 and kept sealed until measured once on its rules at d8145db: speaker precision
# 0.984, accuracy 0.829, nothing wrong where null, topic F1 0.848, events 33/35, three scare quotes listed. Rules after
# it (the last section of tests/test_analysis_rules37.py): see tests/fixtures/analysis/README.md. What the fixture
# tests see:
BATCH_70_SEALED = {
    ("topics", "b70-analysis-shadow-fleet-sanctions"): "sanctions named in scattered paragraphs of a shadow-fleet piece, "
                                                       "read as mentions in passing",
    ("topics", "b70-council-branch-library-closures"): "the council budget in scattered paragraphs of a library story",
    ("topics", "b70-markets-brightwell-profit-warning"): "a retailer's profit warning whose retail terms fall far apart",
    ("events", "b70-live-nato-ministers-guarantees"): "'adjourned on March 28' in a clause of background after a live "
                                                      "entry's time",
    ("events", "b70-sport-cup-semifinal-rennick"): "'a final against Dunmore United on May 23' beside 'on Saturday': one "
                                                   "sentence, one event",
    ("scare", "b70-council-branch-library-closures"): "a programme's name, 'the council's \"Fit for the Future\" "
                                                      "programme', read as speech",
}
# Blind batch 71, written at the start of stop 38 and measured once on main (df62071): speaker precision 0.947, accuracy
# 0.848, one wrong where null (an unnamed daughter's "she said" given to the minister named paragraphs before), topic F1
# 1.000, events 36/38, two scare quotes listed. After the stop's rules (tests/test_analysis_rules38.py): precision 0.966,
# accuracy 0.952, nothing wrong where null, events 38/38. What the fixture tests see:
BATCH_71_FIRST_RUN = {
    ("speakers", "b71-markets-russian-oil-price-cap"): "'a Treasury spokeswoman' read as the gazetteer's U.S. Treasury, "
                                                       "not 'The U.S. Treasury Department' named just before",
    ("speakers", "b71-obituary-margaret-alderton"): "her fullest name, 'Margaret Rose Alderton', given only in the "
                                                    "obituary's closing line",
    ("scare", "b71-council-fortnightly-bins"): "a campaign's name, 'Clean Streets Marbury', read as speech",
    ("scare", "b71-sport-sharks-bunker-row"): "a rule's name, the 'captain's challenge', read as speech",
}
# Blind batch 72, written during stop 38 and kept sealed until measured once on its rules at a869beb: speaker precision
# 0.992, accuracy 0.800, nothing wrong where null, topic F1 1.000, events 38/38, one scare quote listed. Rules after it
# (the last section of tests/test_analysis_rules38.py): precision 1.000, accuracy 0.931. What the fixture tests see:
BATCH_72_SEALED = {
    ("scare", "b72-council-harbour-road-cycle-lane"): "a procedure's name, to 'call in' the decision, read as speech",
}
# Blind batch 73, written at the start of stop 39 and measured once on main (db5cea4): speaker precision 0.950, accuracy
# 0.862, nothing wrong where null, topic F1 0.952, events 32/32, three scare quotes listed. After the stop's rules
# (tests/test_analysis_rules39.py): precision 1.000, accuracy 0.937, two scare quotes fewer. What the fixture tests see:
BATCH_73_FIRST_RUN = {
    ("scare", "b73-live-nato-ministers"): "a nickname diplomats give a draft, 'the porcupine paper', after 'calling "
                                          "the draft framework', read as speech",
}
# Blind batch 74, written at the start of stop 39 and kept sealed until measured once on its rules (d95046b): speaker
# precision 0.967, accuracy 0.890, two wrong where null (a nested quotation's label matched to the quote around it; an
# unnamed drinker's words after a colon given to Ken quoted before), topic F1 0.857 (five topics the rule's count
# gives, which the label overrules as not what the story is about), events 31/31, one scare quote listed. Rules after
# it (the last section of tests/test_analysis_rules39.py), the review's mends and a label edit (the quotation around the
# nested one, hers, is listed too, as a reader lists it; the nested words, no quotation sitegen lists apart, are then not
# found, not given to her): precision 1.000, accuracy 0.952, nothing wrong where null. What the fixture tests see:
BATCH_74_SEALED = {}  # (its one topic miss mended by stop 66's weighing of topics)
# Blind batch 75, written at the start of stop 40 and measured once on main (2086906): speaker precision 0.992, accuracy
# 0.890, one wrong where null (an unnamed official's words after his reported speech given to the department quoted
# before), topic F1 0.970, events 37/37, one scare quote listed. After the stop's rules (tests/test_analysis_rules40.py):
# precision 1.000, accuracy 0.951, nothing wrong where null. What the fixture tests see:
BATCH_75_FIRST_RUN = {
    ("topics", "b75-transport-northern-light-rail"): "'project costs' in three scattered paragraphs of a rail line's "
                                                     "delay ('cost $640 million more', 'the blowout'): mentions in passing "
                                                     "to the rule, what the story is about to the label",
    ("scare", "b75-markets-iron-ore-slide"): "'the \"this time is different\" argument', a saying named as a noun, read "
                                             "as speech",
}
# Blind batch 76, written during stop 40 and kept sealed until measured once on its rules (122bd1c): speaker precision
# 0.927, accuracy 0.836, two wrong where null (an interviewer's quoted question given to the singer answering it; the
# victim's father's "he said" given to the man jailed, named as a subject before), topic F1 1.000, events 37/40, five
# scare quotes listed (the same as main's: the stop's rules before the seal changed nothing here). Rules after it (the
# last section of tests/test_analysis_rules40.py): precision 1.000, accuracy 0.881, nothing wrong where null, events
# 38/40, two scare quotes. What the fixture tests see:
BATCH_76_SEALED = {
    **{("events", name): "a second date in a sentence whose first date is the event ('start in October and finish by "
                         "March 2027', 'last month from 1.7 million bpd in May'): one event a sentence"
       for name in ("b76-council-harbour-st-cycleway", "b76-markets-india-refiners-russian-crude")},
    ("scare", "b76-analysis-shadow-fleet-sanctions"): "'after \u2018going dark\u2019 \u2014 switching off the "
                                                      "transponders': a term glossed after a dash, read as speech",
    ("scare", "b76-tech-veridian-mcu-recall"): "'the pandemic-era \"chip famine\"', a term inside a noun phrase, "
                                               "read as speech",
}
# Blind batch 77 (README 'Blind batch 77'), measured once on main before any rule of stop 41. Each topic miss is a
# second topic the writer set on purpose whose terms the story names in two or three paragraphs (ministers and the
# opposition sparring in a transport story, sanctions in a markets wrap) but is not about, as the label judges it.
BATCH_77_FIRST_RUN = {
    **{("topics", name): "a second topic whose terms come up in two or three paragraphs, not what the story is about "
                         "(the label's judgement over the rule's count)"
       for name in ("b77-court-umvoti-tender-fraud",)},
    ("events", "b77-broadcast-india-peace-framework"): "'the first direct talks since February' after 'on Monday' in one "
                                                       "sentence: one event a sentence",
    ("scare", "b77-court-umvoti-tender-fraud"): "'unless the court finds \"substantial and compelling circumstances\"': "
                                                "a statute's words, read as the court's",
    ("scare", "b77-live-eu-sanctions-package"): "'tankers in Russia\u2019s \"shadow fleet\"' in a sentence sourced to a "
                                                "draft: a term, read as the draft's words",
}

# Blind batch 78 (README 'Blind batch 78'), sealed until measured once on the stop's rules (5762e5c; main's figures but
# one scare quote). Left after the rules made from it:
BATCH_78_SEALED = {
    ("events", "b78-live-istanbul-talks-prisoner-exchange"): "'following a first round on April 27' after 'Today's "
                                                             "session': one event a sentence",
    ("events", "b78-markets-sti-record-fed-bets"): "'in April' after 'on Tuesday' in one sentence: one event a sentence",
    ("events", "b78-transport-bc-ferries-breakdown"): "'until 2029' after 'in 2024' in one sentence: one event a sentence",
    ("scare", "b78-analysis-security-guarantees-fine-print"): "'security guarantees', a term in a sentence with a "
                                                              "speaker, read as speech",
    ("scare", "b78-health-nagpur-heatstroke-wards"): "'cool roof', a programme's name, read as speech",
    ("scare", "b78-transport-bc-ferries-breakdown"): "'rust bucket fleet', a nickname a group uses, read as speech",
}

# Blind batch 79 (README 'Blind batch 79'), measured once on main (d008620) before any rule of stop 42: speaker
# precision 0.966, accuracy 0.903, one wrong where null (a listener "in Co Clare" read as a person named Co Clare),
# topic F1 0.750, events 40/43, six scare quotes listed. After the stop's rules (tests/test_analysis_rules42.py):
# precision 1.000, accuracy 0.972, nothing wrong where null, three scare quotes. Left:
BATCH_79_FIRST_RUN = {
    ("events", "b79-feature-odesa-guarantees"): "'the Budapest Memorandum of 1994': a year naming a treaty, no event the "
                                                "timeline dates",
    ("events", "b79-football-kingsbridge-promotion"): "'People wrote us off in August.' inside a quotation, in May: last "
                                                      "August, which a season's calendar tells, not the words",
    ("events", "b79-retail-protea-freshway-results"): "'the six months to March 31': the end of a period, no event",
    ("scare", "b79-arts-salt-road-playwright"): "'People keep calling it a \"migrant play\"' inside an interview's "
                                                "answer: a term the answerer quotes, read as speech",
    ("scare", "b79-radio-irish-troops-ukraine"): "'the State's \"triple lock\"', a term after an owner, read as speech",
    ("scare", "b79-retail-protea-freshway-results"): "'the \"two-pot\" system', a name inside a noun phrase, read as "
                                                     "speech",
}

# Blind batch 80 (README 'Blind batch 80'), sealed until measured once on the stop's rules (1f895d5): speaker precision
# 0.952, accuracy 0.907, none wrong where null, topic F1 0.818, events 43/48, two scare quotes. After the rules made from
# it (the last section of tests/test_analysis_rules42.py): precision 1.000, accuracy 0.967. Left:
BATCH_80_SEALED = {
    **{("topics", name): "a second topic the writer set whose terms come up in two or three paragraphs, not what the "
                         "story is about (the label's judgement over the rule's count)"
       for name in ("b80-cricket-taunton-debut",)},
    ("events", "b80-agriculture-wet-spring"): "'after the wettest April on record': a month named as a record, undated",
    ("events", "b80-housing-caulfield-towers"): "'cut the cash rate in February' in a sentence that 'last week' dates",
    ("events", "b80-school-hamilton-rebuild"): "'originally due to start in January this year' after 'on Monday night' "
                                               "in one sentence: one event a sentence",
    ("events", "b80-theatre-looms-of-silence"): "'through the strike of 1982': a year after 'of', read as a name's",
    ("scare", "b80-housing-caulfield-towers"): "'new \"fast-track\" planning powers', a name inside a noun phrase, read "
                                               "as speech",
}

# Blind batch 81 (README 'Blind batch 81'), measured once on main (831e0fc) before its rules: speaker precision 0.965,
# accuracy 0.899, none wrong where null, topic F1 0.772, events 50/54, four scare quotes. After the rules made from it
# (the last section of tests/test_analysis_rules42.py): precision 1.000, accuracy 0.935. Left:
BATCH_81_FIRST_RUN = {
    ('topics', 'b81-charity-hospice-fraud-trial'): 'equestrian: terms in enough paragraphs, not what the story is about; hospice_care: terms in enough paragraphs, not what the story is about',
    ('scare', 'b81-explainer-security-guarantees'): "'security guarantees' listed as speech",
    ('scare', 'b81-music-harbour-lights-album'): "'Salt on the Window' listed as speech",
    ('topics', 'b81-rail-dart-west-delay'): 'project_costs: too few paragraphs with its terms',
    ('topics', 'b81-rugby-bulls-stormers-loftus'): 'playoff_race: too few paragraphs with its terms',
    ('events', 'b81-rugby-bulls-stormers-loftus'): "missed 2026-04-27 day 'after the scan on Monday'",
    ('topics', 'b81-tv-ambassador-triple-lock'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b81-tv-ambassador-triple-lock'): "'triple lock' listed as speech",
    ('events', 'b81-wire-eu-sanctions-geneva'): "missed 2026-02 month 'meetings in Riyadh in February'; missed 2026-04 month 'Istanbul in April'",
}

# Blind batch 82 (README 'Blind batch 82'), sealed until measured once on the stop's final rules (7840973; main 831e0fc
# the same): speaker precision 0.990, accuracy 0.951, none wrong where null, topic F1 0.760, events 39/43, three scare
# quotes. After it only its one wrong speaker was mended (a party's member after a name): precision 1.000. Left:
BATCH_82_SEALED = {
    ("events", "b82-banking-branch-closures"): "'fallen by more than 60 per cent since 2019': a year a trend runs from",
    ("events", "b82-film-bakery-documentary"): "'a lineup around the block on Sunday' inside a quotation",
    ("events", "b82-science-coral-memory"): "'the mass bleaching of early 2024', 'since 2016': years naming events",
    ("scare", "b82-briefing-reassurance-force"): "'the \"coalition of the willing\"', a group's name, read as speech",
    ("scare", "b82-wire-geneva-talks"): "'the \"line of contact\"', a term, read as speech",
}

# Blind batch 83 (README 'Blind batch 83'), measured once on main (0953085) before any rule of stop 43: speaker
# precision 0.940, accuracy 0.885, none wrong where null, topic F1 0.756, events 37/40, three scare quotes. After the
# stop's rules (tests/test_analysis_rules43.py): precision 1.000, accuracy 0.950. Left:
BATCH_83_FIRST_RUN = {
    ("topics", "b83-analysis-security-guarantees"): "security_guarantees: the writer's terms ('guarantee*', 'reassurance "
                                                    "force') in two paragraphs of a piece worded 'guard', 'security'; "
                                                    "peace_talks from three paragraphs in a row",
    ("topics", "b83-theatre-long-dry"): "drought: the play's subject, named in the headline and three paragraphs",
    ("events", "b83-analysis-security-guarantees"): "'the Budapest Memorandum of 1994': a year naming a treaty",
    ("events", "b83-farming-nebraska-flash-drought"): "'forecast … across the region on Sunday': a forecast's Sunday "
                                                      "read as the one before",
    ("events", "b83-live-geneva-talks"): "'would \"reconvene tomorrow morning\"': a day inside a quotation",
    ("scare", "b83-analysis-security-guarantees"): "'\"the backstop\"', a term, read as speech",
    ("scare", "b83-farming-nebraska-flash-drought"): "'a \"flash drought\"', a term, read as speech",
    ("scare", "b83-retail-northfield-closures"): "'its \"store of the future\"', a plan's name, read as speech",
}

# Blind batch 84 (README 'Blind batch 84'), written at the start of stop 43 and sealed until measured once on its rules
# (a3feab5): speaker precision 0.960, accuracy 0.867, none wrong where null, topic F1 0.792, events 45/48, four scare
# quotes. After it, the age opening a sentence and the day a body spoke were mended: precision 0.990, accuracy 0.891.
BATCH_84_SEALED = {
    ('events', 'b84-analysis-security-guarantees'): "missed 1994 year 'the Budapest Memorandum of 1994'",
    ('scare', 'b84-analysis-security-guarantees'): "'security guarantees' listed as speech; 'coalition of the willing' listed as speech",
    ('topics', 'b84-cricket-deshmukh-century'): 'umpiring: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b84-housing-ashgrove-estate'): "'Every secure tenant will be offered a ne' given to greater-london-council, not lewisham-council",
    ('scare', 'b84-housing-ashgrove-estate'): "'fair market deal' listed as speech",
    ('topics', 'b84-interview-hrytsenko-sanctions'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b84-interview-hrytsenko-sanctions'): "'Operation Unifier' listed as speech",
    ('events', 'b84-school-halswell-portables'): "missed 2026-01 month 'originally due to begin in January this year'; missed 2027 year 'would now not start until 2027'",
    ('topics', 'b84-tribunal-hospital-merger'): 'labour: terms in enough paragraphs, not what the story is about',
}

# Blind batch 85 (README 'Blind batch 85'), written during stop 43 and measured once on main (068aa64, the stop's first
# rules landed) before any rule for it: speaker precision 0.973, accuracy 0.941, none wrong where null, topic F1 0.970,
# events 46/49, one scare quote. After its rule (a musician's role before a name is a title): precision 1.000,
# accuracy 0.963. Left:
BATCH_85_FIRST_RUN = {
    ("events", "b85-athletics-bolton-100m"): "'the Commonwealth Games in Glasgow in July': a month ahead, not dated",
    ("events", "b85-banking-branch-closures"): "'on a 15-minute video call on Tuesday morning': the day not dated",
    ("events", "b85-opera-umlambo-premiere"): "'in the drought of 2018': a year naming an event",
    ("scare", "b85-banking-branch-closures"): "'a \"community banker\"', a label, read as speech",
}

# Blind batch 86 (README 'Blind batch 86'), written during stop 44 and measured once on main (d3bffcd) before any rule
# for it: speaker precision 0.954, accuracy 0.872, none wrong where null, topic F1 0.950, events 43/46, five scare
# quotes. After the stop's rules (an unnamed doer with where they were before the verb, "Mr Gilroy" of two Gilroys, a
# name's remits with "the", a company called by its first word, an age as an anaphor, a wordless reaction, a trade
# after a place before a name): precision 1.000, accuracy 0.915. Left:
BATCH_86_FIRST_RUN = {
    ("events", "b86-broadcast-irish-troops-reassurance-force"): "'done in Lebanon since 1978': a year of background",
    ("events", "b86-live-london-security-guarantees"): "'the Budapest Memorandum of 1994': a year naming a document",
    ("events", "b86-shipping-nhava-sheva-congestion"): "'up from 2.9 days in January': a month of a comparison",
    ("scare", "b86-ambulance-waterloo-offload-delays"): "'\"code zero\"', a term, read as speech",
    ("scare", "b86-analysis-sanctions-russian-economy"): "'\"snapback\"', a term, read as speech",
    ("scare", "b86-broadcast-irish-troops-reassurance-force"): "'\"reassurance force\"', a term, read as speech",
    ("scare", "b86-insurance-florida-homeowners-premiums"): "'\"going naked\"', a term, read as speech",
    ("scare", "b86-press-conference-queensland-flood-recovery"): "a safety campaign's slogan read as speech",
}

# Blind batch 87 (README 'Blind batch 87'), written during stop 44 and sealed until measured once on the stop's rules
# (5d6cd5d and c7ce004): speaker precision 0.919, accuracy 0.875, one wrong where null ("The family's GP wrote …"
# read as a body), topic F1 0.867, events 40/42 (main, d3bffcd, the same). After its rules (the one an outlet put its
# questions to, a GP, "New Zealander", where someone works set off after the name, a surname's first bearer, an actor
# as a she, a body the sentence before says is one): precision 1.000, accuracy 0.983. Left:
BATCH_87_SEALED = {
    ('events', 'b87-analysis-security-guarantees'): "missed 1994 year 'the Budapest Memorandum of 1994'",
    ('topics', 'b87-archaeology-offaly-ringfort'): 'road_building: terms in enough paragraphs, not what the story is about',
    ('scare', 'b87-university-job-cuts'): "'Fit for 2030' listed as speech",
}

# Blind batch 88 (README 'Blind batch 88'), written during stop 44 and measured once on main (d3bffcd) before any rule
# for it: speaker precision 0.982, accuracy 0.935, two wrong where null (a she after an unnamed bookseller, a he after
# a delivery rider in a place's scene), topic F1 0.737 (its writer set decoy topics on purpose), events 44/47. After
# the stop's rules: precision 1.000, accuracy 0.950, none wrong where null. Left:
BATCH_88_FIRST_RUN = {
    ("topics", "b88-literature-harwick-prize"): "care_work: the winner's old job in four paragraphs",
    ("topics", "b88-ports-durban-backlog"): "weather: the wind that closed the port in four paragraphs; agriculture: "
                                            "the citrus growers' two paragraphs in a row",
    ("topics", "b88-wire-istanbul-talks"): "energy: oil and gas of the sanctions in six paragraphs",
    ("events", "b88-cycling-ozark-gravel"): "'for the 2027 edition': a year ahead",
    ("events", "b88-mining-pilbara-lithium"): "'more than US$6000 in November 2022': a month of a comparison",
    ("scare", "b88-analysis-reassurance-force"): "'coalition of the willing', 'backstop': terms, read as speech",
    ("scare", "b88-live-g7-price-cap"): "'shadow fleet', a term, read as speech",
    ("scare", "b88-ports-durban-backlog"): "'congestion surcharge', a term, read as speech",
}

# Blind batch 89 (README 'Blind batch 89'), written during stop 44 and measured once on main after the stop's first
# rules landed (c7ce004): speaker precision 0.982, accuracy 0.920, none wrong where null, topic F1 0.882, events 47/50,
# three scare quotes. Left (no rule made for it in the stop):
BATCH_89_FIRST_RUN = {
    ("events", "b89-inquest-sheffield-cyclist"): "'list for improvement since 2021': a year of background",
    ("events", "b89-vineyard-marlborough-harvest"): "'in the Awatere since 1979': a year of background",
    ("scare", "b89-airport-halifax-deicing"): "'outside the carrier's control', a term, read as speech",
    ("scare", "b89-live-canada-shadow-fleet"): "'dark fleet', a term, read as speech",
    ("scare", "b89-obituary-mairead-kiely"): "a programme's name read as speech",
}

# Blind batch 90 (README 'Blind batch 90'), written at the end of stop 44 and measured once on main (2917193) before
# any rule for it: speaker precision 0.968, accuracy 0.932, none wrong where null, topic F1 0.850 (one decoy topic in
# each story, its writer said), events 50/53. After the one rule made for it (a name the analysis did not take for a
# person leading words in with a colon): precision 0.976. Left:
BATCH_90_FIRST_RUN = {
    ('events', 'b90-bakery-skipton-closure'): "missed 1927 year 'since 1927'",
    ('topics', 'b90-court-tshwane-tender'): 'water_supply: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b90-festival-ennistymon-trad'): "'respect the decision of the court' given to garda-siochana, not an-garda-siochana; 'to ensure everyone enjoys the weekend sa' given to garda-siochana, not an-garda-siochana",
    ('scare', 'b90-hockey-grain-kings-game7'): "'the Wall' listed as speech",
    ('events', 'b90-housing-woolloongabba-tower'): 'missed 2026-05-12 day "was approved by council\'s planning committee on Tuesday"',
    ('topics', 'b90-live-eu-sanctions-package'): 'energy: terms in enough paragraphs, not what the story is about',
}

# Blind batch 91 (README 'Blind batch 91'), written at the start of stop 45 and measured once on main (d33e868) before
# any rule for it: speaker precision 0.956, accuracy 0.926, none wrong where null, topic F1 0.809 (one or two decoy
# topics in each story, its writer said), events 51/56. After the stop's rules: precision 1.000, accuracy 0.993. Left:
BATCH_91_FIRST_RUN = {
    ("topics", "b91-broadcast-canada-troops"): "peace_talks: seven paragraphs of an interview on a force after a ceasefire",
    ("topics", "b91-mine-rustenburg-fall"): "labour_relations, platinum_market: three and four paragraphs",
    ("events", "b91-hospice-mallow-beds"): "'which opened in 2009': a year of background",
    ("events", "b91-netball-comets-blaze"): "'the following day': a day after another date, not dated",
    ("events", "b91-orchestra-severn-conductor"): "'on 14 November': a later month of the year not dated; 'since "
                                                  "2011' a year of background",
    ("scare", "b91-cheesemaker-trademark-trial"): "a campaign's slogan read as speech",
    ("scare", "b91-live-paris-guarantees"): "'backstop', a term, read as speech",
    ("scare", "b91-wildfire-fort-kessock"): "a fire's code read as speech",
    ("scare", "b91-wire-geneva-talks"): "'reassurance force', a term, read as speech",
}

# Blind batch 92 (README 'Blind batch 92'), written at the start of stop 45 and measured once on main (d33e868) before
# any rule for it: speaker precision 0.973, accuracy 0.931, none wrong where null, topic F1 0.971, events 46/48. After
# the stop's rules: precision 1.000, accuracy 0.992. Left:
BATCH_92_FIRST_RUN = {
    ("topics", "b92-broadcast-ottawa-sanctions"): "peace_talks: four paragraphs (the headline's and three more)",
    ("events", "b92-heatwave-delhi-red-alert"): "'since Tuesday' inside a quotation, not dated",
    ("events", "b92-marathon-halifax-short-course"): "'Sunday's Harbourfront Marathon': a weekday's possessive not dated",
    ("scare", "b92-museum-wroxeter-helmet"): "'Roman', a word in scare quotes, read as speech",
}

# Blind batches 93 and 94 (README 'Blind batch 93', 'Blind batch 94'), written during stop 45 and measured once on the
# stop's first rules (f66c391) before any rule for them: 93 speaker precision 0.975, accuracy 0.923, topic F1 0.971,
# events 45/49; 94 precision 0.981, accuracy 0.924, topic F1 0.977, events 49/58; none wrong where null in either.
# After the rules made for them: 93 precision 0.992, accuracy 0.958; 94 1.000, 0.985. Left:
BATCH_93_FIRST_RUN = {
    ("events", "b93-brewery-paarl-klipvlei"): "'the February budget': a month as a noun's word, not dated",
    ("events", "b93-council-ashwell-baths"): "'The pool will close on September 30.': a later date of the year not dated",
    ("events", "b93-dentist-walgett-last-dentist"): "'That was 1995.': a year of background",
}
BATCH_94_FIRST_RUN = {
    ("events", "b94-analysis-price-cap"): "'over the course of 2025': a year of background",
    ("events", "b94-broadcast-ottawa-guarantees"): "'two days after …': a day counted from another, not dated",
    ("events", "b94-canal-rideau-skateway"): "'did not open at all in 2023': a year of background",
    ("events", "b94-landslide-chamoli-village"): "'last year' inside a quotation, not dated",
    ("events", "b94-live-paris-guarantees"): "'the 1994 Budapest Memorandum': a year naming a document; 'the following "
                                             "day' not dated",
    ("events", "b94-strike-philadelphia-nurses"): "'to meet on Thursday': a weekday ahead, not dated",
    ("events", "b94-surfing-bells-wildcard"): "'she missed most of 2025': a year of background",
    ("events", "b94-vaccine-dengue-trial"): "'and March 2025': the second month of a range not dated",
    ("scare", "b94-canal-rideau-skateway"): "a nickname read as speech",
    ("scare", "b94-prison-durban-remand"): "'the oven', a nickname, read as speech",
    ("scare", "b94-strike-philadelphia-nurses"): "a bill's name read as speech",
}

# Blind batch 95 (README 'Blind batch 95'), written at the end of stop 45 and measured once on main (81dc9da) before any
# rule for it: speaker precision 0.969, accuracy 0.899, none wrong where null, topic F1 0.927, events 47/47. After the
# rules made for it ("Olympian Tom Reddan": the word no part of his name; "Asked about the deciding leg, in which
# Visscher had been left waiting on 40, he said:" — the question's own clause names no one answering): precision 0.992,
# accuracy 0.919. Left:
BATCH_95_FIRST_RUN = {
    ("speakers", "b95-tribunal-betwa-sand-mining"): "'Shivalik Minerals Pvt Ltd' with its legal form in the name",
    ("topics", "b95-analysis-reassurance-force"): "peace_talks: a paragraph naming two of its terms",
}

BATCH_96_FIRST_RUN = {
    ('events', 'b96-broadcast-ireland-ukraine-mission'): "missed 1978 year 'first deployed to southern Lebanon with the United Nations Interim Force in 1978' (and 1 more)",
    ('topics', 'b96-coroner-coral-reach-drowning'): 'tourism: terms in enough paragraphs, not what the story is about',
    ('topics', 'b96-landslide-coromandel-slip'): 'weather: terms in enough paragraphs, not what the story is about',
    ('topics', 'b96-lighthouse-gullhaven-point'): 'fisheries: terms in enough paragraphs, not what the story is about',
    ('events', 'b96-snooker-crucible-final'): "missed 1985 year 'the best final frame here since 1985'",
    ('scare', 'b96-wire-geneva-round'): "'Geneva track' listed as speech",
}

BATCH_97_FIRST_RUN = {
    ('events', 'b97-analysis-guarantee-word'): "missed 1994 year 'a reference to the Budapest Memorandum of 1994'",
    ('topics', 'b97-broadcast-shadow-fleet'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b97-bushfire-wattle-creek'): 'bushfire: too few paragraphs with its terms',
    ('scare', 'b97-glacier-athabasca'): "'peak water' listed as speech",
    ('events', 'b97-inquest-cumberland-gate'): "missed 2026-01 month 'commissioned a safety review of the junction in January' (and 1 more)",
    ('topics', 'b97-wire-geneva-round-three'): 'grain_shipping: terms in enough paragraphs, not what the story is about',
    ('events', 'b97-wire-geneva-round-three'): "missed 2026-02 month 'appointed as special envoy in February' (and 1 more)",
}

BATCH_98_FIRST_RUN = {
    ('scare', 'b98-analysis-reassurance-force'): "'reassurance force' listed as speech; 'backstop' listed as speech",
    ('events', 'b98-ballet-mokoena-giselle'): "missed 2025-11 month 'There was a week in November'",
    ('scare', 'b98-broadcast-canada-battle-group'): "'The Briefing' listed as speech",
    ('events', 'b98-curling-lakehead-title'): "missed 2026-11 month 'in Sweden in November'; missed 1891 year 'founded in 1891'; missed 2030 year 'Asked about the 2030 Winter Olympics'",
    ('topics', 'b98-extradition-limerick-crypto'): 'crypto_market: terms in enough paragraphs, not what the story is about',
    ('events', 'b98-extradition-limerick-crypto'): "missed 1983 year 'dates from 1983'",
    ('scare', 'b98-extradition-limerick-crypto'): "'VaultCoin' listed as speech",
    ('scare', 'b98-heatwave-adelaide-nights'): "'Extreme' listed as speech",
    ('events', 'b98-salmon-fraser-sockeye'): "missed 2026-08-04 day 'had counted about 610,000 sockeye by Tuesday'",
}

BATCH_99_FIRST_RUN = {
    ('topics', 'b99-climbing-blue-mountains-ledge-rescue'): 'rescue_operation: too few paragraphs with its terms',
    ('scare', 'b99-flood-ethekwini-informal-settlements'): "'eMgodini' listed as speech",
    ('topics', 'b99-hurling-munster-final-cork'): 'supporters: terms in enough paragraphs, not what the story is about',
    ('events', 'b99-hurling-munster-final-cork'): "missed 2018 year 'first Munster senior hurling title since 2018'",
    ('speakers', 'b99-jazz-blue-lantern-closing'): "'exploring all options' given to department-of-cultural-affairs-and-special-events, not citys-department-of-cultural-affairs-and-special-events",
    ('topics', 'b99-jazz-blue-lantern-closing'): 'landmark_status: terms in enough paragraphs, not what the story is about',
    ('events', 'b99-libel-phantom-tower-trial'): "missed 2025-11 month 'At a preliminary hearing in November'",
    ('topics', 'b99-live-paris-security-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b99-live-paris-security-guarantees'): "missed 2025-03 month 'was launched in London last March' (and 1 more)",
    ('events', 'b99-veterinary-southland-rural-vets'): "missed 2026-07-05 day 'I got home at 2am on Sunday'",
}

BATCH_100_FIRST_RUN = {
    ('topics', 'b100-apiary-boland-hive-thefts'): 'fruit_farming: terms in enough paragraphs, not what the story is about',
    ('events', 'b100-bowls-cooroy-creek-pennant'): "missed 1986 year 'handing the club its first pennant title since 1986'",
    ('topics', 'b100-brassband-thornley-main-finals'): 'mining_heritage: terms in enough paragraphs, not what the story is about',
    ('events', 'b100-brassband-thornley-main-finals'): "missed 2026-10-17 day 'The national finals take place at the Royal Albert Hall in London on 17 October.'",
    ('scare', 'b100-brassband-thornley-main-finals'): "'bag pack' listed as speech",
    ('events', 'b100-cricket-vidarbha-into-final'): "missed 2026-03-01 day 'starting on March 1' (and 1 more)",
    ('scare', 'b100-harbour-kilmacreen-silting'): "'Ros Álainn' listed as speech",
    ('topics', 'b100-optician-east-coast-eye-van'): 'roads: terms in enough paragraphs, not what the story is about',
}

BATCH_101_FIRST_RUN = {
    ('topics', 'b101-custody-cell-death-fai'): 'child_custody: terms in enough paragraphs, not what the story is about',
    ('scare', 'b101-custody-cell-death-fai'): "'rousing' listed as speech",
    ('events', 'b101-cycling-mayo-stage'): "missed 2026-05-10 day 'The race finishes in Castlebar on Sunday'",
    ('events', 'b101-ferry-cook-strait-drift'): "missed 2011 year 'on the Cook Strait run since 2011'",
    ('events', 'b101-hospice-pictou-beds'): 'missed 2026-03-18 day "the facility\'s board announced Wednesday"',
    ('scare', 'b101-hospice-pictou-beds'): "'Light Up a Life' listed as speech",
    ('topics', 'b101-museum-khmer-return'): 'art_market: terms in enough paragraphs, not what the story is about',
    ('events', 'b101-rugby-club-final'): "missed 1997 year 'first national club title since 1997'",
    ('events', 'b101-storm-cyclone-tarang'): "missed 2026-05-12 day 'by Tuesday night' (and 1 more)",
    ('scare', 'b101-storm-cyclone-tarang'): "'very severe cyclonic storm' listed as speech",
    ('scare', 'b101-wire-geneva-round-two'): "'all for all' listed as speech",
}

BATCH_102_FIRST_RUN = {
    ('topics', 'b102-broadcast-neutrality-demining'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b102-broadcast-neutrality-demining'): "'triple lock' listed as speech",
    ('topics', 'b102-earthquake-chamoli'): 'relief: too few paragraphs with its terms',
    ('topics', 'b102-fishery-killybegs-mackerel'): 'eu_norway_dispute: terms in enough paragraphs, not what the story is about',
    ('events', 'b102-fraud-sunrise-income-trial'): "missed 2022-10 month 'between March 2018 and October 2022'",
    ('events', 'b102-hockey-ridgebacks-game7'): 'missed 1998 year "It was the Ridgebacks\' first Game 7 win since 1998, the last season they won the league titl',
    ('topics', 'b102-live-paris-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b102-rowingclub-penrose-fire'): "'committed to restoring this treasured st' given to department-of-parks-and-recreation, not citys-department-of-parks-and-recreation",
    ('topics', 'b102-rowingclub-penrose-fire'): 'youth_rowing: terms in enough paragraphs, not what the story is about',
    ('topics', 'b102-theatre-albion-playhouse'): 'new_writing: terms in enough paragraphs, not what the story is about',
    ('events', 'b102-theatre-albion-playhouse'): "missed 1912 year 'opened as a music hall in 1912'",
    ('topics', 'b102-wire-geneva-round'): 'security_guarantees: too few paragraphs with its terms',
}

BATCH_103_FIRST_RUN = {
    ('scare', 'b103-ambulance-tewkesbury-inquest'): "'amber' listed as speech",
    ('events', 'b103-festival-kozhikode'): "missed 2026-12-04 day 'from December 4 to 8'",
    ('scare', 'b103-festival-kozhikode'): "'Salt and Memory' listed as speech",
    ('topics', 'b103-golf-highveld-classic'): 'family: terms in enough paragraphs, not what the story is about',
    ('events', 'b103-swimming-desrochers-record'): "missed 2026-07 month 'Commonwealth Games in Glasgow in July'",
    ('scare', 'b103-swimming-desrochers-record'): "'the Metronome' listed as speech",
}

BATCH_104_FIRST_RUN = {
    ('scare', 'b104-analysis-guarantees'): "'security guarantees' listed as speech; 'assurances' listed as speech",
    ('events', 'b104-forestry-merritt-mill'): "missed 2026-03 month 'will permanently close its sawmill in Merritt in March'",
    ('scare', 'b104-inquiry-maternity'): "'board to ward assurance' listed as speech",
    ('events', 'b104-tornado-cedar-bluff'): "missed 2026-04-17 day 'Cedar Bluff schools will remain closed through Friday'",
}

BATCH_105_FIRST_RUN = {
    ('events', 'b105-broadcast-canada-reassurance-force'): 'missed 2015 year "we\'ve trained more than 40,000 of them since 2015"',
    ('topics', 'b105-coroners-tully-quad-bike-inquest'): 'working_holiday_visas: terms in enough paragraphs, not what the story is about',
    ('topics', 'b105-live-paris-security-guarantees'): 'australian_politics, peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b105-live-paris-security-guarantees'): "'reassurance force' listed as speech",
    ('events', 'b105-poet-morwenna-pascoe-salt-hours'): "missed 1987 year 'a crab fisherman who drowned off Newlyn in 1987'",
    ('scare', 'b105-poet-morwenna-pascoe-salt-hours'): "'Salt Hours' listed as speech",
    ('topics', 'b105-skiing-club-field-early-snow'): 'club_field_funding: too few paragraphs with its terms',
}

BATCH_106_FIRST_RUN = {
    ('topics', 'b106-appeal-planner-retrial'): 'council_governance: terms in enough paragraphs, not what the story is about; urban_development: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b106-brewery-blue-hollow'): "'grateful to Asheville for 14 unforgettab' given to blue-hollow, not blue-hollow-brewing-co",
    ('events', 'b106-brewery-blue-hollow'): "missed 2026-06 month 'will close its downtown taproom at the end of June'",
    ('scare', 'b106-brewery-blue-hollow'): "'Ridge Runner' listed as speech",
    ('events', 'b106-equestrian-badminton'): "missed 2026-08 month 'ahead of the European Championships in August'",
    ('scare', 'b106-nursinghome-dunedin-audit'): "'enhanced care' listed as speech",
}

BATCH_107_FIRST_RUN = {
    ('topics', 'b107-broadcast-dunmore-ukraine'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b107-broadcast-dunmore-ukraine'): "missed 2026-05-17 day 'Capital Hill Weekly* on Sunday' (and 1 more)",
    ('scare', 'b107-canal-rideau-lock'): "'wet test' listed as speech",
    ('events', 'b107-novelist-sheehy-interview'): "missed 1847 year 'is set in 1847 on a remote Clare headland'",
    ('scare', 'b107-novelist-sheehy-interview'): "'the brick' listed as speech",
    ('events', 'b107-sentencing-almshouse-fraud'): "missed 2024-09 month 'between April 2019 and September 2024'",
    ('events', 'b107-vineyard-marlborough-vintage'): "missed 2026-03 month 'a wet, humid March' (and 1 more)",
    ('scare', 'b107-vineyard-marlborough-vintage'): '"cat\'s pee on a gooseberry bush" listed as speech',
}

BATCH_108_FIRST_RUN = {
    ('topics', 'b108-probate-hartley-cottage-will'): 'cottage_life: terms in enough paragraphs, not what the story is about',
    ('topics', 'b108-sandstorm-free-state-n1'): 'drought: terms in enough paragraphs, not what the story is about',
    ('events', 'b108-sandstorm-free-state-n1'): "missed 2026-05-10 day 'warning for damaging winds on Sunday'",
}

BATCH_109_FIRST_RUN = {
    ('topics', 'b109-analysis-reassurance-force'): 'peace_talks: too few paragraphs with its terms',
    ('scare', 'b109-analysis-reassurance-force'): "'coalition of the willing' listed as speech",
    ('topics', 'b109-bailhearing-care-home-fraud'): 'care_sector: terms in enough paragraphs, not what the story is about',
    ('topics', 'b109-bloodbank-winter-shortage'): 'health_system, power_cuts: terms in enough paragraphs, not what the story is about',
    ('events', 'b109-frost-orange-growers'): "missed 1967 year 'since the station opened in 1967' (and 1 more)",
    ('topics', 'b109-live-eu-sanctions-package'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b109-piggery-swine-fever-kohima'): 'culling: terms in enough paragraphs, not what the story is about',
    ('events', 'b109-piggery-swine-fever-kohima'): "missed 2021 year 'the worst in the district since 2021'",
    ('scare', 'b109-surfing-jbay-qualifier'): "'Impossibles' listed as speech",
}

BATCH_110_FIRST_RUN = {
    ('events', 'b110-analysis-guarantees-meaning'): "missed 1994 year 'Okafor pointed to the Budapest Memorandum of 1994'",
    ('scare', 'b110-live-geneva-day-one'): "'shadow fleet' listed as speech",
    ('topics', 'b110-optometry-pune-school-screening'): 'education: terms in enough paragraphs, not what the story is about',
    ('events', 'b110-optometry-pune-school-screening'): "missed 2020 year 'since the Covid-19 lockdowns of 2020'",
    ('events', 'b110-rowingregatta-merriwether-women'): 'missed 1998 year "It was the program\'s first title at the regatta since 1998."',
    ('speakers', 'b110-tribunalappeal-hamilton-bakery'): "'disappointed' given to golden-crust-bakeries-ltd, not golden-crust (and 1 more)",
}

BATCH_111_FIRST_RUN = {
    ('topics', 'b111-analysis-guarantees-on-paper'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b111-blizzard-manitoba-april'): "missed 2026-04-17 day 'before it moves off into Ontario on Friday'",
    ('topics', 'b111-broadcast-thornbury-ukraine'): 'australian_politics, peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b111-bus-cape-town-routes'): 'local_politics: terms in enough paragraphs, not what the story is about',
    ('scare', 'b111-bus-cape-town-routes'): "'the long way round' listed as speech",
    ('events', 'b111-dairyfarm-cork-derogation'): "missed 2026-01-01 day 'took full effect on 1 January'",
    ('scare', 'b111-inquestverdict-truro-ambulance'): "'release to respond' listed as speech",
    ('scare', 'b111-jazzsinger-delphine-moss'): "'the quiet storm of Bronzeville' listed as speech",
    ('topics', 'b111-physio-dunedin-concussion'): 'rugby: terms in enough paragraphs, not what the story is about',
    ('scare', 'b111-physio-dunedin-concussion'): "'bundled care' listed as speech",
    ('events', 'b111-triathlonclub-bellarine-40'): "missed 2026-08-25 day 'councillors voted last Tuesday to restore one of the lanes'",
}

BATCH_112_FIRST_RUN = {
    ('events', 'b112-analysis-security-guarantees'): "missed 2026-05-13 day 'which ended on 13 May'",
    ('topics', 'b112-broadcast-canada-reassurance-force'): 'sanctions: too few paragraphs with its terms',
    ('scare', 'b112-heatwave-nagpur-vidarbha'): "'Nautapa' listed as speech",
    ('topics', 'b112-live-shadow-fleet-sanctions'): 'shipping: terms in enough paragraphs, not what the story is about; peace_talks: too few paragraphs with its terms',
    ('events', 'b112-marathon-cedar-valley-record'): "missed 2011 year 'breaking a course record that had stood since 2011' (and 1 more)",
    ('topics', 'b112-pharmacyrecall-amlodipine-mixup'): 'retail_business: terms in enough paragraphs, not what the story is about',
    ('topics', 'b112-sculptor-nuala-keane-bog-oak'): 'peatlands: terms in enough paragraphs, not what the story is about',
    ('events', 'b112-tenancy-bristol-hmo-repayment'): "missed 2024-12 month 'between September 2022 and December 2024'",
    ('events', 'b112-vineyard-barossa-vine-pull'): "missed 2020 year 'from 2020 until they were lifted in March 2024'",
}

BATCH_113_FIRST_RUN = {
    ('scare', 'b113-airportstrike-or-tambo'): "'no work, no pay' listed as speech",
    ('topics', 'b113-climbing-panchachuli-rescue'): 'weather: terms in enough paragraphs, not what the story is about',
    ('scare', 'b113-curling-brier-final'): "'the Steelworkers' listed as speech",
    ('speakers', 'b113-custody-jail-death-trial'): "'I just want somebody to say his name' given to darnell-hayes, not loretta-hayes",
    ('events', 'b113-novelist-orla-devaney'): "missed 2026-07 month 'It was longlisted for the Booker Prize in July' (and 1 more)",
}

BATCH_114_FIRST_RUN = {
    ('scare', 'b114-beekeeping-alberta-losses'): "'dead-out season' listed as speech",
    ('scare', 'b114-chess-junior-girls-title'): "'the endgame girl' listed as speech",
    ('speakers', 'b114-kayak-ramsey-sound'): "'always tell someone where you're going' given to st-davids-rnli, not rnli",
    ('scare', 'b114-wire-geneva-talks'): "'Geneva grid' listed as speech",
}

BATCH_115_FIRST_RUN = {
    ('events', 'b115-broadcast-sunday-agenda'): "missed 2026-05-15 day 'the measures announced on Friday'",
    ('events', 'b115-hailstorm-centurion'): "missed 2026-01-22 day 'forecast for Gauteng on Thursday'",
    ('topics', 'b115-live-paris-guarantees'): 'irish_neutrality: too few paragraphs with its terms',
    ('topics', 'b115-opticians-pune-consumer'): 'retail_expansion: terms in enough paragraphs, not what the story is about',
    ('topics', 'b115-sailing-block-island-rescue'): 'weather: terms in enough paragraphs, not what the story is about',
    ('events', 'b115-sheepfarm-wagga-trial'): "missed 2025-03-09 day 'discovered the sheep were missing on March 9, 2025'",
}

# Blind batches 116–119 (stop 49), measured once on main ca12cf1f; what is left after the stop's rules.
BATCH_116_FIRST_RUN = {
    ('topics', 'b116-football-rovers-sack-manager'): 'relegation: too few paragraphs with its terms',
}

BATCH_117_FIRST_RUN = {
    ('events', 'b117-cricket-harris-shield-eight-wickets'): "missed 2013 year 'have not won the Shield since 2013'",
    ('topics', 'b117-housing-cork-ballyvolane-depot'): 'traffic: terms in enough paragraphs, not what the story is about',
    ('events', 'b117-inquest-pothole-cyclist'): "missed 2025-01-22 day 'routine inspection on 22 January'",
    ('events', 'b117-mining-rustenburg-sit-in'): "missed 2025-08-22 day 'called both parties to a meeting on Friday'",
    ('scare', 'b117-mining-rustenburg-sit-in'): "'Sekgweng 2030' listed as speech",
    ('topics', 'b117-police-winnipeg-copper-thefts'): 'scrap_metal_industry: terms in enough paragraphs, not what the story is about',
    ('events', 'b117-wildlife-stoat-motuhinau-island'): "missed 2011 year 'declared pest-free in 2011'",
    ('scare', 'b117-wildlife-stoat-motuhinau-island'): "'Predator Free 2050' listed as speech",
    ('events', 'b117-wire-geneva-second-round'): "missed 2026-05-21 day 'hold a second round of talks in Geneva on May 21'",
}

BATCH_118_FIRST_RUN = {
    ('events', 'b118-analysis-guarantees-arithmetic'): "missed 1994 year 'repeats the mistake of 1994'",
    ('scare', 'b118-analysis-guarantees-arithmetic'): "'multinational force Ukraine' listed as speech",
    ('topics', 'b118-fisheries-gulf-snapper-cut'): 'marine_science: terms in enough paragraphs, not what the story is about',
    ('events', 'b118-fisheries-gulf-snapper-cut'): "missed 2025-12 month 'a stock assessment published in December'",
    ('events', 'b118-retail-pembertons-closures'): "missed 1911 year 'since 1911'; missed 2026-08 month 'will close 38 of its 61 stores by the end of August'",
    ('topics', 'b118-theatre-salt-accounts'): 'fishing: terms in enough paragraphs, not what the story is about',
    ('events', 'b118-tribunal-cement-cartel'): "missed 2019-03 month 'met at least 11 times between March 2019 and January 2023'; missed 2023-01 month 'between March 2019 and January 2023'",
    ('events', 'b118-wire-geneva-ceasefire-round'): "missed 2026-05-13 day 'agreed to an agenda on Wednesday evening'",
    ('scare', 'b118-wire-geneva-ceasefire-round'): "'coalition of the willing' listed as speech",
}

BATCH_119_FIRST_RUN = {
    ('topics', 'b119-analysis-oil-sanctions-squeeze'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b119-coroner-tongariro-tramper'): "'the best one-day walk in New Zealand' listed as speech",
    ('scare', 'b119-live-paris-security-guarantees'): "'triple lock' listed as speech",
    ('events', 'b119-music-amapiano-streaming-record'): "missed 2021 year 'a loop he shared with Ndlovu in 2021'",
    ('scare', 'b119-music-amapiano-streaming-record'): "'Ekhaya' listed as speech; 'Sparks' listed as speech",
    ('topics', 'b119-profile-harney-county-vet'): 'ranching: terms in enough paragraphs, not what the story is about',
    ('topics', 'b119-tennis-rome-morrissey-quarterfinal'): 'crowd_behaviour: terms in enough paragraphs, not what the story is about',
    ('scare', 'b119-transit-calgary-lrt-delay'): "'Project Keystone' listed as speech",
}


# Blind batches 120–123 (stop 49's second wave), measured once on main e98a4919; what is left after the rules.
BATCH_120_FIRST_RUN = {
    ('events', 'b120-dairy-opening-milk-price'): "missed 2026-07-01 day 'from July 1'",
    ('topics', 'b120-shipping-cork-rotterdam'): 'brexit_politics: terms in enough paragraphs, not what the story is about; driver_shortage: terms in enough paragraphs, not what the story is about',
    ('events', 'b120-shipping-cork-rotterdam'): "missed 2026-01-21 day 'its operator announced on Wednesday'",
    ('scare', 'b120-shipping-cork-rotterdam'): "'land bridge' listed as speech",
}

BATCH_121_FIRST_RUN = {
    ('scare', 'b121-ballet-napier-aftershock'): "'Art Deco capital of the world' listed as speech",
    ('events', 'b121-broadcast-india-host-talks'): "missed 2026-06-01 day 'on Monday night debated'",
    ('events', 'b121-bushfire-wattle-flat'): "missed 2026-01-14 day 'until midnight on Wednesday'",
    ('scare', 'b121-live-paris-security-guarantees'): "'reassurance force' listed as speech",
    ('scare', 'b121-museum-stolen-landscape'): "'the Ghost' listed as speech",
    ('events', 'b121-quarry-brackenlow-extension'): "missed 2051 year 'keep extracting stone there until 2051'",
    ('events', 'b121-sentencing-credit-union-theft'): "missed 2022-12 month 'between January 2014 and December 2022'",
    ('events', 'b121-supermarket-basket-hamilton'): 'missed 2022 year "the Commerce Commission\'s 2022 market study"',
}

BATCH_122_FIRST_RUN = {
    ('topics', 'b122-ambulance-mayo-response-times'): 'farming: terms in enough paragraphs, not what the story is about',
    ('events', 'b122-analysis-price-cap-shadow-fleet'): "missed 2022 year 'introduced at the end of 2022'",
    ('events', 'b122-appeal-court-makhanda-water-tender'): "missed 2020-03 month 'between October 2019 and March 2020'",
    ('scare', 'b122-appeal-court-makhanda-water-tender'): "'ghost tankers' listed as speech",
    ('events', 'b122-broadcast-canada-sanctions-desrosiers'): "missed 2026-05-15 day 'to be published in the Canada Gazette on Friday'",
    ('speakers', 'b122-college-lakeshore-polytechnic-cuts'): "'restore integrity' given to refugees-and-citizenship-canada, not immigration-refugees-and-citizenship-canada",
    ('events', 'b122-earthquake-seddon-marlborough'): "missed 2013 year 'the 2013 quakes'; missed 2026-02-12 day 'would remain closed until at least Thursday'",
    ('events', 'b122-opera-tosca-aoife-brennan'): "missed 2026-06-04 day 'tours to Cork Opera House on June 4'",
}

BATCH_123_FIRST_RUN = {
    ('scare', 'b123-broadcast-australia-shadow-fleet'): "'shadow fleet' listed as speech",
    ('topics', 'b123-bus-strike-halifax-transit'): 'healthcare: terms in enough paragraphs, not what the story is about',
    ('topics', 'b123-heatwave-delhi-red-alert'): 'labour_rights: terms in enough paragraphs, not what the story is about; power_supply: terms in enough paragraphs, not what the story is about',
    ('events', 'b123-interview-aroha-whaanga-reid'): "missed 2026-11 month 'six-week survey in Fiordland in November'",
    ('topics', 'b123-jazz-blue-lantern-reopens'): 'fire_safety: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b123-jazz-blue-lantern-reopens'): "'almost exactly' given to blue-lantern, not theo-rampersad",
    ('events', 'b123-jazz-blue-lantern-reopens'): "missed 2026-05-31 day 'youth jam series on May 31'",
    ('topics', 'b123-rowing-marsh-ellery-returns'): 'olympics: terms in enough paragraphs, not what the story is about',
}


# Blind batches 124–127 (stop 49's third wave), sealed: written while the second wave's rules were made, measured once
# on those rules (db8398a3); nothing made for them but one guard (an interview's answers not the one quoted most when
# the paper names whom it spoke with). What is left:
BATCH_124_SEALED = {
    ('events', 'b124-analysis-reassurance-force'): "missed 1994 year 'Under the Budapest Memorandum of 1994'",
    ('topics', 'b124-ballet-review-the-salt-road'): 'labour_history: terms in enough paragraphs, not what the story is about',
    ('events', 'b124-broadcast-ireland-ukraine-demining'): "missed 2026-05-18 day 'a meeting of EU foreign ministers in Brussels on Monday'",
    ('scare', 'b124-broadcast-ireland-ukraine-demining'): "'triple lock' listed as speech",
    ('events', 'b124-coroner-inquest-striding-edge'): "missed 2026-05-07 day 'an inquest at Cockermouth heard on Thursday'",
    ('topics', 'b124-council-budget-whanganui-rates'): 'aquatic_facilities: terms in enough paragraphs, not what the story is about; water_infrastructure: terms in enough paragraphs, not what the story is about',
    ('topics', 'b124-fishing-northern-cod-cut'): 'marine_science: terms in enough paragraphs, not what the story is about',
    ('events', 'b124-kindergarten-tahunanui-closure'): "missed 2026-05-08 day 'told families in a letter on Friday'",
    ('scare', 'b124-railway-badlapur-ac-local-protest'): "'Mission Punctuality' listed as speech",
}

BATCH_125_SEALED = {
    ('events', 'b125-broadcast-canada-trainers'): "missed 2026-07 month 'unlikely before the NATO summit in July'",
    ('speakers', 'b125-folk-festival-burren-roots'): "'largely without incident' given to garda, not gardai",
    ('scare', 'b125-forestry-oregon-harvest'): "'paper forest' listed as speech",
    ('scare', 'b125-fraud-trial-ubuntu-freight'): "'Sunrise Advisory Services' listed as speech",
}

BATCH_126_SEALED = {
    ('scare', 'b126-airport-bhubaneswar-checkin-glitch'): "'CUTE' listed as speech",
    ('topics', 'b126-cyclone-ines-bowen'): 'flooding: terms in enough paragraphs, not what the story is about',
    ('scare', 'b126-cyclone-ines-bowen'): "'catastrophe' listed as speech",
    ('events', 'b126-interview-q-and-a-deep-sea-biologist'): "missed 2026-07 month 'meets again in Kingston in July'",
    ('scare', 'b126-interview-q-and-a-deep-sea-biologist'): "'the gummy bear' listed as speech",
    ('topics', 'b126-live-security-guarantees'): 'neutrality: too few paragraphs with its terms',
    ('topics', 'b126-pharmacy-leitrim-closure'): 'health_policy: terms in enough paragraphs, not what the story is about',
    ('scare', 'b126-pharmacy-leitrim-closure'): "'rural pharmacy allowance' listed as speech",
    ('events', 'b126-squash-cape-town-classic'): "missed 2026-06-01 day 'next published on June 1'",
    ('events', 'b126-winery-naramata-freeze-recovery'): "missed 2026-10-12 day 'until Oct. 12'",
}

BATCH_127_SEALED = {
    ('scare', 'b127-broadcast-seized-assets'): "'Hill Talk' listed as speech",
    ('topics', 'b127-employment-tribunal-forklift-whistleblower'): 'logistics_industry: terms in enough paragraphs, not what the story is about',
    ('events', 'b127-film-festival-malabar-golden-kite'): "missed 2025 year 'up from 8,900 in 2025'",
    ('scare', 'b127-film-festival-malabar-golden-kite'): "'Xonali' listed as speech",
    ('scare', 'b127-profile-q-and-a-okonjo-ocean-sound'): "'the library' listed as speech",
    ('events', 'b127-swimming-mahlangu-record'): "missed 2026-07 month 'at the Commonwealth Games in Glasgow in July'; missed 2019 year 'which had stood since 2019'",
}

# Blind batches 128–131 (stop 50), measured once on main a59fc643; what is left after the stop's rules.
BATCH_128_FIRST_RUN = {
    ('topics', 'b128-broadcast-canada-reassurance-troops'): "peace_talks: 'if ceasefire holds' in the headline, no article "
    "before it (the condition rule keeps to 'if a ceasefire …': 'If talks fail' is the talks' own)",
    ('events', 'b128-analysis-guarantees-hard-questions'): "missed 1994 year 'Under the Budapest Memorandum of 1994'",
    ('topics', 'b128-flood-warning-similkameen-snowmelt'): 'heat: terms in enough paragraphs, not what the story is about',
    ('topics', 'b128-mayor-q-and-a-okoro-budget-bridge'): 'elections: terms in enough paragraphs, not what the story is about',
    ('events', 'b128-mayor-q-and-a-okoro-budget-bridge'): "missed 2026-10 month 'The contractor has told us October'",
    ('scare', 'b128-wire-geneva-round-ends'): "'energy truce' listed as speech",
}

BATCH_129_FIRST_RUN = {
    ('topics', 'b129-airline-results-summit-pacific-q1'): 'fuel_costs: terms in enough paragraphs, not what the story is about',
    ('topics', 'b129-author-interview-q-and-a-clodagh-mannion'): 'grief: terms in enough paragraphs, not what the story is about',
    ('events', 'b129-fraud-trial-credit-union-manager'): "missed 2023-03 month 'between January 2016 and March 2023'",
    ('scare', 'b129-fraud-trial-credit-union-manager'): "'the quiet ones' listed as speech",
    ('topics', 'b129-heatwave-delhi-red-alert'): 'water_supply: terms in enough paragraphs, not what the story is about',
    ('scare', 'b129-heatwave-delhi-red-alert'): "'cool shelters' listed as speech",
    ('topics', 'b129-theatre-review-the-salt-year'): 'coastal_erosion: terms in enough paragraphs, not what the story is about; housing: terms in enough paragraphs, not what the story is about',
    ('events', 'b129-theatre-review-the-salt-year'): "missed 2026-06-20 day 'which opened on Wednesday and runs until 20 June'",
    ('topics', 'b129-wind-farm-ridgeback-approval'): 'farming: terms in enough paragraphs, not what the story is about',
}

BATCH_130_FIRST_RUN = {
    ('events', 'b130-coach-q-and-a-rotorua-geysers'): "missed 2026-07 month 'The playoffs begin in the second week of July'",
    ('speakers', 'b130-cricket-hyderabad-hawks-varma-century'): "'unacceptable in a game watched by famili' given to imran-qureshi, not deccan-t20-league",
    ('topics', 'b130-licensing-hearing-hamilton-bottle-store'): 'education: terms in enough paragraphs, not what the story is about',
    ('topics', 'b130-mining-results-karralyn-gold-downgrade'): 'weather: terms in enough paragraphs, not what the story is about',
}

BATCH_131_FIRST_RUN = {
    ('topics', 'b131-broadcast-canada-sanctions'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b131-inquiry-hearing-water-board'): 'procurement: too few paragraphs with its terms',
    ('scare', 'b131-inquiry-hearing-water-board'): "'Project Clearwater' listed as speech",
    ('events', 'b131-scientist-q-and-a-thwaites'): "missed 2026-10 month 'We go back in October'",
}

# Blind batches 132–135 (stop 50's second wave), measured once on d953f6ce (the first wave's rules in); what is left after the stop's rules.
BATCH_132_FIRST_RUN = {
    ('events', 'b132-chef-q-and-a-aoife-brennan'): "missed 2020 year 'have nearly doubled since 2020'",
    ('topics', 'b132-insurer-results-suraksha-general'): 'health_insurance: terms in enough paragraphs, not what the story is about; motor_insurance: terms in enough paragraphs, not what the story is about',
    ('scare', 'b132-opera-premiere-the-shaking-ground'): "'Lullaby for Ahuriri' listed as speech",
    ('events', 'b132-port-strike-durban-dockworkers'): "missed 2026-06-05 day 'the Labour Court in Durban on Friday'",
    ('events', 'b132-school-closure-millbrook-elementary'): "missed 2016 year 'fallen 14 per cent since 2016'; missed 1958 year 'The current brick building dates from 1958.'",
    ('events', 'b132-storm-damage-ada-tornado'): "missed 2026-05-01 day 'classes were canceled through Friday'; missed 1999 year 'deadliest tornado in the county since 1999'",
    ('topics', 'b132-wire-istanbul-talks-sanctions'): 'oil_markets: terms in enough paragraphs, not what the story is about',
    ('events', 'b132-wire-istanbul-talks-sanctions'): "missed 2026-06 month 'before a summit of EU leaders in June'",
}

BATCH_133_FIRST_RUN = {
    ('events', 'b133-art-auction-callander-record'): "missed 1957 year 'painted in 1957'",
    ('topics', 'b133-athlete-q-and-a-mokoena-comrades'): 'education: terms in enough paragraphs, not what the story is about',
    ('topics', 'b133-bridge-repairs-winnipeg-carlyle-street'): 'transit: terms in enough paragraphs, not what the story is about',
    ('topics', 'b133-broadcast-ottawa-russia-sanctions-list'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b133-bushfire-east-gippsland-too-late-to-leave'): 'weather: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b133-extradition-hearing-cork-crypto-brooklyn'): "'improved on paper but not in practice' given to aoife-brennan, not martha-quinlan-reyes",
    ('topics', 'b133-postal-strike-christmas-walkouts'): 'christmas: terms in enough paragraphs, not what the story is about; small_business: terms in enough paragraphs, not what the story is about',
    ('events', 'b133-postal-strike-christmas-walkouts'): "missed 2026-12-08 day 'and Tuesday 8 December'",
}

BATCH_134_FIRST_RUN = {
    ('topics', 'b134-broadcast-canada-reassurance-force'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b134-comedy-festival-fremantle-carnival'): "missed 2027-03-26 day 'The 2027 festival will open on March 26'",
    ('speakers', 'b134-council-meeting-nelson-waterfront-parking'): "'This isn't over' given to aroha-paewai, not gemma-hurst",
    ('speakers', 'b134-farmer-q-and-a-saskatchewan-canola'): "'About two-thirds. We started on April 28' given to lorna-hiebert, not dale-hiebert; 'We've had 11 millimetres of rain in the ' given to lorna-hiebert, not dale-hiebert; 'I cut my canola acres by about a quarter' given to lorna-hiebert, not dale-hiebert; 'I believe they're working on it.' given to lorna-hiebert, not dale-hiebert; 'I tell him the truth, which is that' given to lorna-hiebert, not dale-hiebert; 'Come back at harvest' given to lorna-hiebert, not dale-hiebert; 'Then we'll know if I'm a genius or an id' given to lorna-hiebert, not dale-hiebert",
    ('events', 'b134-hailstorm-denver-suburbs'): "missed 2026-05-08 day 'More storms were possible Friday afternoon'",
    ('scare', 'b134-hailstorm-denver-suburbs'): "'storm chasers' listed as speech",
    ('speakers', 'b134-live-eu-shadow-fleet-sanctions'): "'It's a good day's work' given to o-riordain, not nessa-o-riordain; 'Not a perfect one, but a good one.' given to o-riordain, not nessa-o-riordain",
    ('speakers', 'b134-surfing-bundoran-atlantic-open'): "'a disgrace that surfers have had to put ' given to clean-seas-donegal, not rory-devlin",
    ('events', 'b134-surfing-bundoran-atlantic-open'): "missed 2026-05-08 day 'sampling showed the water was safe for bathing by Friday'",
}

BATCH_135_FIRST_RUN = {
    ('events', 'b135-analysis-guarantee-gap'): "missed 2014 year 'the promises of the Budapest Memorandum collapsed in 2014'",
    ('scare', 'b135-analysis-guarantee-gap'): "'security guarantees' listed as speech; 'backstop' listed as speech",
    ('topics', 'b135-broadcast-canada-mission'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b135-cold-snap-polar-blast'): "missed 2026-05-10 day 'forecast to arrive on Sunday'",
    ('scare', 'b135-housing-estate-orchard-bank'): "'the painters' listed as speech",
    ('speakers', 'b135-rugby-league-stingrays-rams'): "'look at the footage' given to rams, not western-rams; 'Best thirty bucks I've spent all year.' given to illawarra-stingrays, not null",
    ('events', 'b135-sentencing-navan-road-cyclist'): "missed 2026-02 month 'pleaded guilty in February at Dublin Circuit Criminal Court'",
    ('events', 'b135-shipping-results-atlantic-ferry'): "missed 2026-03 month 'Revenue for the year to the end of March rose 4 per cent'; missed 2026-05-22 day 'on the register on May 22'",
}

# Blind batches 136–139 (stop 50's third wave), sealed: written while the second wave's rules were made, measured once on b0fddc38 (the stop's analysis rules all in); nothing made for them.
BATCH_136_SEALED = {
    ('scare', 'b136-analysis-reassurance-force'): "'coalition of the willing' listed as speech",
    ('topics', 'b136-athletics-perth-sprinter'): 'schooling: terms in enough paragraphs, not what the story is about',
    ('events', 'b136-athletics-perth-sprinter'): "missed 2026-02-20 day 'had sold out by Friday afternoon'",
    ('events', 'b136-broadcast-canada-shadow-fleet'): "missed 2026-03-12 day 'a meeting of G7 finance officials in Paris on March 12'",
    ('scare', 'b136-musician-q-and-a-kiri-aldridge'): "'Low Tide' listed as speech",
    ('events', 'b136-parole-hearing-tauranga-dairy'): "missed 2024 year 'drug treatment programme in 2024'",
    ('events', 'b136-rail-strike-pennine-drivers'): "missed 2026-01-20 day 'will walk out on 20, 21 and 22 January'",
}

BATCH_137_SEALED = {
    ('speakers', 'b137-broadcast-canada-russia-sanctions'): "'Lists don't stop missiles.' given to olga-shevchuk, not dmytro-kowal",
    ('topics', 'b137-cycling-farrelly-giro-stage'): 'local_community: terms in enough paragraphs, not what the story is about',
    ('events', 'b137-cycling-farrelly-giro-stage'): "missed 2026-05-18 day 'first rest day on Monday'; missed 2026-05-19 day 'individual time trial on Tuesday'",
    ('topics', 'b137-cyclone-warning-odisha-arnab'): 'fisheries: terms in enough paragraphs, not what the story is about',
    ('events', 'b137-cyclone-warning-odisha-arnab'): "missed 2026-05-23 day 'between Puri and Paradip on Saturday evening'",
    ('scare', 'b137-inquest-cavan-slurry-death'): "'Stay Out, Stay Alive' listed as speech",
    ('topics', 'b137-live-paris-security-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b137-miner-results-northcrest-copper'): "'supercycle' listed as speech; 'Project Nighthawk' listed as speech",
    ('events', 'b137-nurse-q-and-a-toledo-er'): "missed 1999 year 'in Toledo since 1999'",
    ('events', 'b137-wire-istanbul-prisoner-swap'): "missed 1994 year 'Budapest Memorandum of 1994'",
}

BATCH_138_SEALED = {
    ('topics', 'b138-basketball-comets-edge-tidewater'): 'injury: terms in enough paragraphs, not what the story is about',
    ('topics', 'b138-broadcast-ireland-ceasefire-monitors'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b138-frost-damage-okanagan-cherries'): "missed 1961 year 'has grown apricots near Lake Country since 1961'; missed 2026-05-22 day 'could dip below freezing again on Friday'",
    ('events', 'b138-mayor-q-and-a-dayton-harlow'): "missed 2026-07 month 'We start a new recruit class in July'",
    ('scare', 'b138-mayor-q-and-a-dayton-harlow'): "'the Wolf Creek giveaway' listed as speech",
    ('topics', 'b138-tribunal-ruling-bus-driver-whistleblower'): 'bus_services: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b138-tribunal-ruling-bus-driver-whistleblower'): "'the tribunal is satisfied he was right t' given to gary-holroyd, not sandra-okafor",
}

BATCH_139_SEALED = {
    ('events', 'b139-ambulance-strike-rosters'): "missed 2026-02-19 day 'has invited both sides to talks on Thursday'",
    ('scare', 'b139-ambulance-strike-rosters'): "'life-or-limb' listed as speech",
    ('scare', 'b139-analysis-sanctions-slow-leak'): "'military Keynesianism' listed as speech",
    ('events', 'b139-broadcast-neutrality-demining'): "missed 2026-02 month 'after a round in February ended without agreement'",
    ('topics', 'b139-chef-q-and-a-ammini'): 'restaurant_award: too few paragraphs with its terms',
    ('events', 'b139-coroners-court-bristol-cyclist'): "missed 2026-01 month 'work began in January'",
    ('events', 'b139-live-ottawa-guarantees'): "missed 2026-03 month 'follows a first session held in Paris in March'",
    ('scare', 'b139-live-ottawa-guarantees'): "'reassurance force' listed as speech",
    ('events', 'b139-orchestra-tour-sinfonia-asia'): "missed 2026-06-07 day 'finishing in Taipei on 7 June'",
    ('topics', 'b139-sailing-hobart-line-honours'): 'safety_at_sea: terms in enough paragraphs, not what the story is about; weather: terms in enough paragraphs, not what the story is about',
    ('events', 'b139-sailing-hobart-line-honours'): "missed 2025-12-26 day 'The race began on Boxing Day on Sydney Harbour'",
    ('scare', 'b139-sailing-hobart-line-honours'): "'Tiger' listed as speech",
    ('topics', 'b139-wire-geneva-talks'): 'security_guarantees: too few paragraphs with its terms',
}

# Blind batches 140–143 (stop 50's fourth wave), sealed: written while the third wave was measured, measured once on f9afe338 (the stop's analysis rules all in); nothing made for them.
BATCH_140_SEALED = {
    ('speakers', 'b140-bakers-strike-gauteng-bread'): "'unaffordable in the current economic cli' given to sunveld, not sunveld-bakeries; 'above inflation and fair' given to sunveld, not sunveld-bakeries",
    ('speakers', 'b140-blizzard-manitoba-highway-closures'): "'We had operators who couldn't see their ' given to reeve-kelly-wiebe, not kelly-wiebe",
    ('scare', 'b140-blizzard-manitoba-highway-closures'): "'storm of the century' listed as speech",
    ('topics', 'b140-poetry-prize-kowhai-wellington'): 'publishing: terms in enough paragraphs, not what the story is about',
    ('scare', 'b140-wire-geneva-talks-second-day'): "'non-paper' listed as speech",
}

BATCH_141_SEALED = {
    ('speakers', 'b141-river-flooding-suir-carrick'): "'You can't get cover, you can't get a gra' given to power, not breda-power (a rule "
    "making 'Breda Power' a person by 'Ms Power' elsewhere was dropped after review: 'Drax Power' and 'Dr Power')",
    ('speakers', 'b141-broadcast-corrigan-seat-at-table'): "'will not hold' given to european-union, not niamh-corrigan; 'There's a real sense here that the EU ri' given to daly, not ciaran-daly; 'Several ministers have said privately' given to daly, not ciaran-daly",
    ('events', 'b141-broadcast-corrigan-seat-at-table'): "missed 2025-01 month 'since she became minister in January 2025'",
    ('events', 'b141-choir-competition-shillong-final'): "missed 2026-07 month 'in Tallinn, Estonia, in July'",
    ('events', 'b141-court-staff-strike-registry-walkout'): "missed 2026-08 month 'whose case was adjourned to August'",
    ('scare', 'b141-farmer-q-and-a-waikato-drought'): "'medium-scale adverse event' listed as speech",
    ('speakers', 'b141-hospital-parking-townsville-fee-hike'): "'a disgrace' given to townsville-les-whitford, not les-whitford",
    ('events', 'b141-hospital-parking-townsville-fee-hike'): "missed 2026-02-25 day 'more than 4,000 signatures by Wednesday afternoon'",
    ('events', 'b141-live-ottawa-guarantees'): "missed 2026-06-09 day 'talks in Geneva on June 9'",
    ('scare', 'b141-planning-tribunal-observatory-student-block'): "'The Yard' listed as speech",
    ('events', 'b141-river-flooding-suir-carrick'): "missed 2026-01-23 day 'from 9pm on Friday'",
    ('topics', 'b141-supermarket-results-haldens-profit'): 'price_war: terms in enough paragraphs, not what the story is about; wages: terms in enough paragraphs, not what the story is about',
}

BATCH_142_SEALED = {
    ('speakers', 'b142-brewer-results-thornbury-profit-fall'): "'a hammer blow for Doncaster' given to gmb, not gmb-union",
    # (Stop 62: the absolute phrase "with the GMB union warning …" now names the body, as the analysis names it
    # elsewhere — without its kind, "the IG Metall union" being IG Metall; the label keeps "union", as b142's.)
    ('speakers', 'b193-bin-strike-dundee'): "'well into the autumn' given to gmb, not gmb-union",
    ('scare', 'b142-brewer-results-thornbury-profit-fall'): "'Zero Oak' listed as speech",
    ('speakers', 'b142-dance-festival-ennis-set-returns'): "'largely without incident' given to garda-siochana, not an-garda-siochana",
    ('events', 'b142-dust-storm-delhi-ncr'): "missed 2026-05-13 day 'Temperatures touched 44.6 degrees Celsius at Safdarjung on Wednesday.'",
    ('scare', 'b142-economist-q-and-a-kowhai-bank-holt'): "'Dr Sunshine' listed as speech",
    ('topics', 'b142-motorsport-kellaway-wet-win-symmons-plains'): 'weather: terms in enough paragraphs, not what the story is about',
    ('scare', 'b142-wire-geneva-talks-end-without-ceasefire'): "'energy truce' listed as speech",
}

BATCH_143_SEALED = {
    ('speakers', 'b143-activist-q-and-a-menindee-darling'): "'improved markedly' given to darling-basin-authority, not murray-darling-basin-authority",
    ('scare', 'b143-bin-strike-sheffield-talks-collapse'): "'Fit for Future' listed as speech",
    ('events', 'b143-broadcast-winnipeg-diaspora-talks'): 'missed 2026-05-10 day "in Winnipeg\'s North End on Sunday"',
    ('topics', 'b143-insurer-results-totara-half-year'): 'climate_risk: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b143-museum-theft-thanjavur-nataraja'): "'The burglars appear to have known exactl' given to superintendent-of-police-r-senthilvel, not r-senthilvel; 'extend all support' given to district-collector-deepa-varadarajan, not deepa-varadarajan",
    ('events', 'b143-squash-winelands-open-final'): "missed 2026-07 month 'Commonwealth Games in Glasgow in July'",
    ('events', 'b143-tornado-chickasha-oklahoma'): "missed 2026-05-08 day 'possible across the southern Plains on Friday'",
    ('topics', 'b143-tram-extension-luas-finglas'): 'costs: terms in enough paragraphs, not what the story is about',
}

# Blind batches 144–147 (stop 51's first wave), measured once on main 9dd6864a: speaker accuracy 0.931, 0.887, 0.831, 0.871 (precision 0.982, 0.990, 0.939, 0.917), none wrong where null; topic F1 0.857, 0.809, 0.778, 0.944. After the stop's rules (tests/test_analysis_rules51.py) and the review's mends: accuracy 0.954, 0.925, 0.860, 0.947, topic F1 0.857, 0.950, 0.778, 0.944. Left:
BATCH_144_FIRST_RUN = {
    ('topics', 'b144-broadcast-canada-sanctions'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b144-bus-route-cuts-holme-valley'): "missed 1998 year 'which has run between Holmfirth, Hinchliffe Mill and Holmbridge since 1998'",
    ('scare', 'b144-live-paris-guarantees'): "'triple lock' listed as speech",
    ('topics', 'b144-rowing-barrington-nationals'): 'weather: terms in enough paragraphs, not what the story is about',
    ('events', 'b144-sentencing-hearing-hamilton-cyclist'): "missed 2025-11 month 'having pleaded guilty in November to driving with excess blood alcohol causing death'; missed 2017 year 'had a previous drink-driving conviction from 2017'",
}

BATCH_145_FIRST_RUN = {
    ('scare', 'b145-art-auction-tapsell-record'): "'Sunday painter' listed as speech",
    ('events', 'b145-hailstorm-tarrant-county'): "missed 2026-05-07 day 'another round of severe storms was possible Thursday'",
    ('scare', 'b145-hailstorm-tarrant-county'): "'storm chasers' listed as speech",
    ('speakers', 'b145-mining-results-cordillera-copper'): "'on schedule' given to cordillera-copper-corp, not cordillera-copper",
}

BATCH_146_FIRST_RUN = {
    ('topics', 'b146-broadcast-canada-troops-ukraine'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b146-cleaners-strike-toronto-towers'): 'commercial_property: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b146-cleaners-strike-toronto-towers'): "'fair and competitive' given to brightpath, not brightpath-facility-services; 'price the company out of the market.' given to brightpath, not brightpath-facility-services; 'We value our employees and we want them ' given to brightpath, not brightpath-facility-services; 'operating normally' given to lakeshore, not lakeshore-realty-trust",
    ('events', 'b146-cleaners-strike-toronto-towers'): "missed 2026-05-11 day 'resume talks on Monday'",
    ('scare', 'b146-farmer-q-and-a-tutira-rebuild'): "'the Lake' listed as speech",
    ('events', 'b146-golf-kingsbarns-amateur-leads'): "missed 2019 year 'since the event began in 2019'",
    ('topics', 'b146-live-paris-guarantees-summit'): 'australian_defence: terms in enough paragraphs, not what the story is about',
    ('scare', 'b146-live-paris-guarantees-summit'): "'coalition of the willing' listed as speech; 'reassurance force' listed as speech",
    ('topics', 'b146-school-meals-eastern-cape'): 'procurement: terms in enough paragraphs, not what the story is about',
    ('scare', 'b146-wire-geneva-round-ends'): "'Geneva line' listed as speech",
}

BATCH_147_FIRST_RUN = {
    ('scare', 'b147-analysis-sanctions-relief-bargaining'): "'snapback' listed as speech",
    ('events', 'b147-book-fair-delhi-record-footfall'): "missed 2019 year 'the English translation of her 2019 novel'",
    ('topics', 'b147-broadcast-canada-shadow-fleet-sanctions'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b147-broadcast-canada-shadow-fleet-sanctions'): "'a lot of sanctions and very little enfor' given to liberal-government, not derek-mallory",
    ('scare', 'b147-novelist-q-and-a-orla-geraghty'): "'the bard of the Burren' listed as speech",
    ('speakers', 'b147-speed-cameras-dublin-council-vote'): "'welcomes any measure that reduces speeds' given to garda-siochana, not an-garda-siochana",
    ('scare', 'b147-utility-results-cascadia-power'): "'public safety power shutoffs' listed as speech",
}

# Blind batches 148–151 (stop 51's second wave), written while the first wave's rules were made, measured once on 30aa0482 (those rules and the first review's mends in): speaker accuracy 0.944, 0.900, 0.881, 0.937 (precision 0.992, 0.962, 0.957, 0.982), none wrong where null; topic F1 0.811, 0.923, 0.895, 0.947. After the second wave's rules (tests/test_analysis_rules51.py, its last section): accuracy 0.944, 0.938, 0.937, 0.953. Left:
BATCH_148_FIRST_RUN = {
    ('scare', 'b148-analysis-reassurance-force'): "'coalition of the willing' listed as speech",
    ('topics', 'b148-brewer-results-harbourline'): 'alcohol_trends: terms in enough paragraphs, not what the story is about',
    ('events', 'b148-brewer-results-harbourline'): "missed 2026-12 month 'close its brewery in Geelong by December'",
    ('topics', 'b148-coach-q-and-a-pomare'): 'contract: terms in enough paragraphs, not what the story is about; discipline: terms in enough paragraphs, not what the story is about',
    ('topics', 'b148-firefighters-strike-johannesburg'): 'municipal_finance: terms in enough paragraphs, not what the story is about',
    ('scare', 'b148-firefighters-strike-johannesburg'): "'no work, no pay' listed as speech",
    ('speakers', 'b148-flash-flood-missouri-creek'): "'wedged against a tree roughly a half-mil' given to highway-patrol, not missouri-state-highway-patrol",
    ('events', 'b148-flash-flood-missouri-creek'): "missed 2026-05-06 day 'more storms were possible Wednesday'",
    ('topics', 'b148-opera-premiere-salt-road'): 'arts_funding: terms in enough paragraphs, not what the story is about; migration_history: terms in enough paragraphs, not what the story is about',
}

BATCH_149_FIRST_RUN = {
    ('events', 'b149-analysis-reassurance-force'): "missed 1994 year 'the Budapest Memorandum of 1994'",
    ('topics', 'b149-bail-hearing-christchurch-bond-fraud'): 'air_travel: terms in enough paragraphs, not what the story is about',
    ('events', 'b149-broadcast-australia-ceasefire-observers'): "missed 2026-05-14 day 'Talks between Russian and Ukrainian delegations in Geneva broke up on Thursday'",
    ('events', 'b149-bushfire-heathcote-homes-lost'): "missed 2026-03-06 day 'forecast a top of 39 degrees in Bendigo on Friday'",
    ('topics', 'b149-poet-q-and-a-orla-keaveney'): 'the_sea: terms in enough paragraphs, not what the story is about',
    ('events', 'b149-tennis-rourke-rome-semifinal'): 'missed 2026-05-15 day "in Friday\'s semifinal"',
}

BATCH_150_FIRST_RUN = {
    ('topics', 'b150-analysis-sanctions-grind'): 'energy: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b150-broadcast-canada-sanctions'): "'futile and self-defeating' given to russian-embassy, not russian-embassy-in-ottawa",
    ('speakers', 'b150-bus-drivers-strike-bengaluru'): "'Adequate arrangements have been made' given to bengaluru-metropolitan-transport-corporation, not bmtc",
    ('scare', 'b150-bus-drivers-strike-bengaluru'): "'surge' listed as speech; 'no work, no pay' listed as speech",
    ('events', 'b150-comedy-festival-melbourne-halfway'): "missed 2026-04-19 day 'runs until 19 April'",
    ('topics', 'b150-coroners-inquiry-kahurangi-crossing'): 'weather: terms in enough paragraphs, not what the story is about',
    ('events', 'b150-live-paris-guarantees'): "missed 2026-05-19 day 'I’ll be bringing proposals to Cabinet on Tuesday.'",
    ('events', 'b150-scientist-q-and-a-juneau-floods'): "missed 2011 year 'has studied the basin since 2011'",
    ('scare', 'b150-scientist-q-and-a-juneau-floods'): "'jökulhlaup' listed as speech",
    ('speakers', 'b150-shipping-results-harwick'): "'in line with the board's expectations' given to harwick, not harwick-maritime",
    ('events', 'b150-snowstorm-halifax-digout'): "missed 2026-01-28 day 'schools would remain closed on Wednesday'; missed 2026-01-30 day 'another system could bring 15 to 25 centimetres on Friday'",
    ('scare', 'b150-snowstorm-halifax-digout'): "'Snowpocalypse 2026' listed as speech",
    ('topics', 'b150-water-meters-replacement-row'): 'leaks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b150-water-meters-replacement-row'): "'smart' listed as speech",
}

BATCH_151_FIRST_RUN = {
    ('events', 'b151-analysis-security-guarantees'): "missed 2025 year 'drawing up security guarantees for Kyiv since early 2025'; missed 1994 year 'referring to the Budapest Memorandum of 1994'",
    ('scare', 'b151-analysis-security-guarantees'): "'backstop' listed as speech",
    ('scare', 'b151-chef-q-and-a-aoife-ni-bhriain'): "'Salt & Smoke' listed as speech",
    ('events', 'b151-marathon-townsville-strand-heat'): "missed 2027-05-02 day 'The 2027 race will be held on May 2'",
    ('events', 'b151-refuse-collectors-strike-dunedin'): "missed 2026-04-23 day 'plan to march through the Octagon on Thursday afternoon'",
    ('events', 'b151-volcano-alert-mount-spurr'): "missed 1992-08 month 'In August of that year, ash fell on Anchorage'; missed 2026-04 month 'Seismic activity has increased steadily since April'",
}

# Blind batches 152–155 (stop 51's third wave), sealed: written while the second wave's rules were made, measured once on a3cad219 (those rules in): speaker accuracy 0.900, 0.993, 0.907, 0.901 (precision 0.981, 1.000, 0.981, 0.991), none wrong where null; topic F1 0.914, 0.850, 0.667, 0.872. Nothing made for them. What the code misses:
BATCH_152_SEALED = {
    ('events', 'b152-bank-results-sahyadri-q4'): "missed 2026-03-31 day 'for the quarter ended March 31, 2026'",
    ('topics', 'b152-farmer-q-and-a-cork-dairy'): 'weather: terms in enough paragraphs, not what the story is about',
    ('events', 'b152-farmer-q-and-a-cork-dairy'): "missed 2007 year 'Ireland has had the derogation since 2007'",
    ('speakers', 'b152-ferry-fares-cook-strait'): "'We have deliberately protected our contr' given to cook-strait, not strait-link",
    ('speakers', 'b152-rugby-league-good-friday-derby'): "'Joe is in good spirits' given to ashworth-rovers, not calderbridge-knights",
    ('events', 'b152-rugby-league-good-friday-derby'): "missed 2026-04-06 day 'before travelling to Thornbury on Monday'",
}

BATCH_153_SEALED = {
    ('topics', 'b153-broadcast-australia-monitors'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b153-folk-festival-swaledale'): "missed 1987 year 'held in Reeth every August since 1987'",
    ('events', 'b153-historian-q-and-a-johnstown'): "missed 2026-05-12 day 'comes out Tuesday from Harrow & Pike'; missed 1889-05-31 day 'Then on May 31, 1889, after a night of torrential rain, the dam gave way'; missed 1881 year 'which had been founded only in 1881'; missed 1913 year 'Possibly the 1913 Dayton flood'",
    ('events', 'b153-teachers-strike-nsw'): "missed 2026-05-23 day 'hold a meeting of its state council on May 23'",
    ('topics', 'b153-telecom-results-sarvatra'): 'five_g: terms in enough paragraphs, not what the story is about',
}

BATCH_154_SEALED = {
    ('topics', 'b154-architect-q-and-a-maren-solberg'): 'fire_safety: terms in enough paragraphs, not what the story is about; housing: terms in enough paragraphs, not what the story is about',
    ('events', 'b154-architect-q-and-a-maren-solberg'): "missed 2008 year 'the firm she founded in 2008'",
    ('topics', 'b154-cold-snap-otago-southland-snow'): 'transport_disruption: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b154-cold-snap-otago-southland-snow'): "'until at least Friday morning' given to nz-transport-agency, not nz-transport-agency-waka-kotahi",
    ('topics', 'b154-hurling-clare-stun-limerick'): 'hurling: too few paragraphs with its terms',
    ('topics', 'b154-licensing-hearing-cork-late-bar'): 'policing: terms in enough paragraphs, not what the story is about; licensing: too few paragraphs with its terms',
    ('speakers', 'b154-photography-award-majuli-series'): "'I have never seen my house so big' given to rekha-sanghvi, not junali-pegu",
    ('topics', 'b154-porters-strike-calder-valley'): 'outsourcing: terms in enough paragraphs, not what the story is about; patient_care: terms in enough paragraphs, not what the story is about',
}

BATCH_155_SEALED = {
    ('speakers', 'b155-live-paris-security-guarantees'): "'at an advanced stage' given to elysee, not elysee-palace; 'align their contributions' given to elysee, not elysee-palace",
    ('topics', 'b155-planning-inquiry-meath-data-centre'): 'water_supply: terms in enough paragraphs, not what the story is about',
    ('topics', 'b155-security-guards-strike-gauteng-cape'): 'healthcare: terms in enough paragraphs, not what the story is about',
    ('events', 'b155-security-guards-strike-gauteng-cape'): "missed 2026-05-15 day 'a meeting at the CCMA on Friday'",
    ('scare', 'b155-security-guards-strike-gauteng-cape'): "'no work, no pay' listed as speech",
    ('events', 'b155-wildfire-smoke-winnipeg'): 'missed 2023 year "2023 remains Canada\'s worst wildfire season on record"',
}

# Blind batches 156–159 (stop 51's fourth wave), sealed: written while the third wave was measured, measured once on main 018d553c (every rule of the stop in): speaker accuracy 0.878, 0.939, 0.947, 0.889 (precision 0.916, 0.979, 0.982, 0.957), one wrong where null (batch 159: 'One supporter watching training from the grass bank was already counting down the days. "…," he said', given to the captain named before; mended: a progressive after someone unnamed makes them the scene's one); topic F1 0.848, 0.737, 0.947, 0.821. Nothing else made for them. What the code misses:
BATCH_156_SEALED = {
    ('topics', 'b156-arson-trial-castlemaine-hardware'): 'local_business: terms in enough paragraphs, not what the story is about',
    ('events', 'b156-ferry-terminal-wellington'): "missed 2028 year 'pushed back to late 2028'",
    ('speakers', 'b156-hailstorm-denver'): "'stopped at the first sign of lightning' given to promoter-front-range-live, not front-range-live",
    ('topics', 'b156-live-eu-sanctions'): 'shipping: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b156-nurse-q-and-a-durban'): "'I tell the young ones that this job will' given to sister-mkhize, not thandeka-mkhize; 'My mother was a domestic worker' given to sister-mkhize, not thandeka-mkhize; 'The machines, obviously. But mostly the ' given to sister-mkhize, not thandeka-mkhize; 'Quiet until it isn't.' given to sister-mkhize, not thandeka-mkhize; 'Of course. In 2008 I had the forms fille' given to sister-mkhize, not thandeka-mkhize; 'Give us the people.' given to sister-mkhize, not thandeka-mkhize; 'In 2030, if they let me.' given to sister-mkhize, not thandeka-mkhize",
    ('speakers', 'b156-pharma-results-lismore'): "'on track' given to lismore, not lismore-biologics",
    ('events', 'b156-poetry-festival-kolkata'): "missed 2027-01-15 day 'will be held from January 15 to 17, 2027'",
    ('events', 'b156-postal-strike-atlantic-canada'): "missed 2024 year 'the strike of late 2024'",
    ('topics', 'b156-rowing-mayflower-eights'): 'university_sport: terms in enough paragraphs, not what the story is about',
}

BATCH_157_SEALED = {
    ('topics', 'b157-broadcast-canada-sanctions-list'): 'enforcement: terms in enough paragraphs, not what the story is about; peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b157-carmaker-results-sahyadri-motors'): 'electric_vehicles: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b157-cycling-tour-of-the-waikato'): "'as hard as anything I've done in Europe' given to third-placed-sophie-marchant, not sophie-marchant; 'Sleep, my nan's boil-up and then back on' given to aroha-tawhiri, not mere-tawhiri",
    ('events', 'b157-cycling-tour-of-the-waikato'): "missed 2026-09 month 'the under-23 world championships in September'",
    ('topics', 'b157-defamation-case-kerry-councillor-podcast'): 'local_politics: terms in enough paragraphs, not what the story is about; planning: terms in enough paragraphs, not what the story is about',
    ('events', 'b157-heatwave-rio-grande-valley'): "missed 1998 year 'broke a May record that had stood since 1998'",
    ('topics', 'b157-sculptor-q-and-a-tess-varga'): 'fishing_industry: terms in enough paragraphs, not what the story is about',
}

BATCH_158_SEALED = {
    ('events', 'b158-broadcast-canada-child-deportation-sanctions'): 'missed 2014 year "in connection with Russia\'s war against Ukraine since 2014"',
    ('speakers', 'b158-flash-flood-millers-ford'): "'didn't have time to be scared.' given to roy-ellison, not marcus-webb",
    ('scare', 'b158-flash-flood-millers-ford'): "'trained' listed as speech",
    ('events', 'b158-insurer-results-laurentian-shield'): "missed 2026-02 month 'claims from the February ice storm in Ontario and Quebec'",
    ('events', 'b158-school-closures-delhi-heatwave'): "missed 2026-05-13 day 'close for summer vacation from May 13'",
}

BATCH_159_SEALED = {
    ('topics', 'b159-analysis-what-guarantee-means'): 'peace_talks: terms in enough paragraphs, not what the story is about; sanctions: terms in enough paragraphs, not what the story is about',
    ('events', 'b159-analysis-what-guarantee-means'): "missed 1994 year 'Thornquist points to the Budapest Memorandum of 1994'",
    ('topics', 'b159-broadcast-canada-troops-ukraine'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b159-golf-highveld-open-playoff'): "missed 2024 year 'he missed much of 2024 with a wrist injury'",
    ('speakers', 'b159-retailer-results-maple-and-main'): "'largely absorbed' given to maple-main-inc, not maple-main",
    ('events', 'b159-water-charges-excess-use-fees'): "missed 2027-01 month 'will face charges from January'",
    ('scare', 'b159-wire-istanbul-round'): "'Istanbul framework' listed as speech",
}

# Blind batches 160–163 (stop 52's wave), sealed: written by helpers that read none of the project, measured once on main 3a503db5: speaker accuracy 0.985, 0.859, 0.902, 0.874 (precision 1.000, 0.920, 0.974, 0.952), a wrong speaker where none can be told in 161 (an inquest's unnamed witness, 'he told the inquest', given to the coroner), 162 (a colleague's shout after 'she said, as a colleague beside her shouted:', given to her) and 163 (a fan 'wearing a Stormriders jersey', his 'he said' given to the team); all three mended; topic F1 0.872, 0.889, 0.882, 0.927. What the code misses:
BATCH_160_SEALED = {
    ('topics', 'b160-airline-merger-coralwing-redgum'): 'aviation_jobs: terms in enough paragraphs, not what the story is about; regional_towns: terms in enough paragraphs, not what the story is about',
    ('scare', 'b160-analysis-reassurance-force'): "'reassurance force' listed as speech; 'coalition of the willing' listed as speech; 'backstop' listed as speech",
    ('topics', 'b160-broadcast-ireland-ukraine-mission'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b160-nurses-pay-strike-ballot'): "missed 2026-07-13 day 'The formal ballot will open on 1 June and close on 13 July.'",
    ('scare', 'b160-opera-review-tosca-wharf'): "'Vissi d’arte' listed as speech; 'E lucevan le stelle' listed as speech",
    ('events', 'b160-tribunal-chicken-cartel'): "missed 2025-01 month 'between March 2022 and January 2025'",
    ('events', 'b160-wildfire-larch-valley-evacuation'): "missed 2026-05-15 day 'at a briefing in Edmonton Friday morning'",
    ('events', 'b160-wire-geneva-talks'): "missed 2026-07 month 'before a NATO summit in July'; missed 2023 year 'helped broker a prisoner swap between the two countries in 2023'",
}

BATCH_161_SEALED = {
    ('topics', 'b161-broadcast-irish-troops-ukraine'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b161-broadcast-irish-troops-ukraine'): "missed 1978 year 'That is what we have done in Lebanon since 1978.'; missed 2026-04 month 'published in April'",
    ('topics', 'b161-film-festival-halifax-lighthouse-doc'): 'lighthouses: terms in enough paragraphs, not what the story is about',
    ('scare', 'b161-film-festival-halifax-lighthouse-doc'): "'the Bouncer' listed as speech",
    ('speakers', 'b161-rail-fares-coastway-rise'): "'We have held these fares flat for two ye' given to coastway, not coastway-rail",
    ('events', 'b161-rail-fares-coastway-rise'): 'missed 2025 year "a pay deal that ended last year\'s strikes by conductors"',
    ('scare', 'b161-rail-fares-coastway-rise'): "'super off-peak' listed as speech",
    ('events', 'b161-scientist-q-and-a-monsoon-forecasting'): "missed 2002-07 month 'In 2002, a long break in July turned'",
}

BATCH_162_SEALED = {
    ('events', 'b162-analysis-security-guarantees'): "missed 1994 year 'That history dates to the Budapest Memorandum of 1994'",
    ('scare', 'b162-analysis-security-guarantees'): "'coalition of the willing' listed as speech",
    ('events', 'b162-art-auction-marlowe'): "missed 1961 year 'who died in relative obscurity in 1961'; missed 2026-05-14 day 'The sale continues on Thursday with works on paper.'",
    ('speakers', 'b162-bank-fine-liffey-mutual'): "'fully accepts the findings' given to liffey-mutual, not liffey-mutual-bank",
    ('topics', 'b162-chef-interview-arsenault'): 'housing: terms in enough paragraphs, not what the story is about',
    ('events', 'b162-fraud-trial-ubuntu-yield'): "missed 2022-11 month 'when the Financial Sector Conduct Authority issued a public warning'",
    ('scare', 'b162-fraud-trial-ubuntu-yield'): "'Forex Arbitrage Programme' listed as speech",
}

BATCH_163_SEALED = {
    ('events', 'b163-athlete-q-and-a-keisha-okafor'): "missed 2018 year 'the first American woman to win the race since 2018'",
    ('speakers', 'b163-bus-routes-wellington-network'): "'confident' given to operator-harbour-city-buses, not harbour-city-buses",
    ('events', 'b163-planning-appeal-killinghall-homes'): "missed 2027 year 'start work on site in spring 2027'",
}

# Blind batches 164–167 (stop 52's second wave): written by helpers that read none of the project, measured once on 77730f4c (the first wave's rules in, mended after review): speaker accuracy 0.868, 0.941, 0.946, 0.934 (precision 0.938, 0.960, 0.972, 0.982), one wrong where null (batch 164: a reviewer's line '– a line Raghavan says she has printed out', given to the novelist; mended); topic F1 0.857, 0.938, 0.791, 0.938. Rules made from them: see tests/test_analysis_rules52.py. What the code misses:
BATCH_164_FIRST_RUN = {
    ('scare', 'b164-brewery-sale-hollow-pine'): "'craft' listed as speech",
    ('events', 'b164-employment-tribunal-forklift-whistleblower'): "missed 2024-09-03 day 'the first of them on 3 September 2024'",
    ('scare', 'b164-employment-tribunal-forklift-whistleblower'): "'the Red Book' listed as speech",
    ('events', 'b164-junior-doctors-england-strike'): "missed 2026-05-31 day 'end at 7am on 31 May'; missed 2024-07 month 'and July 2024'",
    ('events', 'b164-landslide-thames-slip'): "missed 2026-05-09 day 'at the civic centre on Saturday at 10am'",
    ('scare', 'b164-landslide-thames-slip'): "'the Big Wall' listed as speech",
    ('topics', 'b164-live-paris-guarantees-summit'): 'irish_neutrality: too few paragraphs with its terms',
    ('scare', 'b164-novelist-q-and-a-meenakshi-raghavan'): "'on purpose' listed as speech",
    ('topics', 'b164-theatre-opening-braamfontein-playhouse'): 'urban_regeneration: too few paragraphs with its terms',
}

BATCH_165_FIRST_RUN = {
    ('scare', 'b165-broadcast-canada-shadow-fleet-sanctions'): "'shadow fleet' listed as speech; 'Capital Report' listed as speech",
    ('events', 'b165-bus-drivers-strike-leeds-pay'): "missed 2026-02-20 day 'which will run until Friday 20 February'",
    ('events', 'b165-live-paris-security-guarantees'): "missed 2026-03-12 day 'a meeting between US and Russian envoys in Riyadh last Thursday'",
    ('events', 'b165-snowstorm-nova-scotia-noreaster'): "missed 2026-02-01 day 'Another system could bring 10 to 15 centimetres to the region on Sunday'",
    ('scare', 'b165-snowstorm-nova-scotia-noreaster'): "'weather bomb' listed as speech",
    ('topics', 'b165-swimming-trials-adelaide-200-free'): 'olympics: terms in enough paragraphs, not what the story is about',
}

BATCH_166_FIRST_RUN = {
    ('topics', 'b166-basketball-final-westbrook-comeback'): 'schools: terms in enough paragraphs, not what the story is about',
    ('topics', 'b166-coastal-erosion-wexford-cliffs'): 'housing: terms in enough paragraphs, not what the story is about; storms: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b166-coastal-erosion-wexford-cliffs'): "'engaging with the local authority' given to office-of-public-works, not opw; 'technically, environmentally and economi' given to office-of-public-works, not opw",
    ('topics', 'b166-licensing-hearing-dockside-terrace'): 'policing: terms in enough paragraphs, not what the story is about; noise: too few paragraphs with its terms',
    ('speakers', 'b166-surgeon-q-and-a-robotic-heart'): "'just a very expensive pair of hands' given to narayanan-iyer, not kavitha-raman",
    ('events', 'b166-university-strike-clydeside-job-cuts'): "missed 2026-02-16 day 'began a three-week strike on Monday'",
}

BATCH_167_FIRST_RUN = {
    ('topics', 'b167-broadcast-india-russian-oil-sanctions'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b167-diplomat-interview-samoa-envoy'): "'Pacific family' listed as speech",
    ('events', 'b167-library-cuts-kowhai-coast'): "missed 2026-12-19 day 'will shut on December 19'",
    ('events', 'b167-sentencing-cork-credit-union-theft'): "missed 2022-11 month 'between January 2014 and November 2022'",
}

# Blind batches 168–171 (stop 52's third wave), sealed: written while the second wave was measured, measured once on b5bdf326 (every rule of the stop in): speaker accuracy 0.862, 0.938, 0.879, 0.855 (precision 0.981, 1.000, 0.990, 0.949), a wrong speaker where none can be told in 168 ('His passenger, a software professional who did not want to be named, disagreed: "…"', read as the cab driver's words going on) and 171 ('One long-time local, watching from the cliff top, reckoned …. "…," he said', given to the judge named before); both mended; topic F1 0.905, 0.938, 0.813, 0.944. Nothing else made for them. What the code misses:
BATCH_168_SEALED = {
    ('events', 'b168-darts-final-pike-o2'): 'missed 2024 year \'Van Eijk, the 2024 world champion, was gracious in defeat.\'; missed 2026-12 month "Bookmakers immediately cut Pike\'s odds for the World Championship at Alexandra Palace in December"',
    ('topics', 'b168-insurer-profits-southern-cross'): 'natural_disasters: terms in enough paragraphs, not what the story is about',
    ('topics', 'b168-live-paris-guarantees-summit'): 'australian_politics: terms in enough paragraphs, not what the story is about',
    ('events', 'b168-rail-strike-metrorail-urwu'): "missed 2026-05-07 day 'Ntuli said the union would march to Parliament on Thursday'; missed 2026-05-06 day 'had invited both parties to a meeting on Wednesday'",
}

BATCH_169_SEALED = {
    ('scare', 'b169-broadcast-canada-troops-ukraine'): "'boots on the ground' listed as speech",
    ('events', 'b169-fintech-collapse-fernpay-liquidation'): "missed 2026-02 month 'as recently as February'",
    ('events', 'b169-firefighters-pay-strike-ballot'): "missed 2026-03-04 day 'closes on 4 March'",
    ('events', 'b169-lacrosse-chesapeake-state-title'): "missed 2009 year 'its first conference title since 2009'",
    ('scare', 'b169-live-paris-security-guarantees'): "'coalition of the willing' listed as speech",
    ('events', 'b169-orchestra-tour-highveld-europe'): "missed 2026-05-15 day 'Laeiszhalle on 15 May'",
    ('events', 'b169-school-meals-nashik-eggs'): "missed 2026-02-24 day 'the district administration announced on Tuesday'",
    ('scare', 'b169-wire-geneva-ceasefire-talks'): "'freeze-and-verify' listed as speech",
}

BATCH_170_SEALED = {
    ('topics', 'b170-analysis-what-guarantees-mean'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b170-analysis-what-guarantees-mean'): "'security guarantees' listed as speech; 'multinational reassurance force' listed as speech; 'coalition of the willing' listed as speech",
    ('events', 'b170-archivist-interview-dasgupta-signs-off'): "missed 1978 year 'destroyed in a flood in 1978'",
    ('topics', 'b170-broadcast-achterberg-sunday-edition'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b170-king-tides-brisbane-bayside-flooding'): "missed 2026-01-05 day 'when the tide peaks again on Monday morning'; missed 2024-01 month 'the highest reading since January 2024'",
    ('events', 'b170-midwives-walkout-meras-first-strike'): "missed 2026-06-10 day 'and June 10'",
    ('topics', 'b170-poetry-prize-ni-bhriain-haverty'): 'publishing: terms in enough paragraphs, not what the story is about',
    ('events', 'b170-refuse-strike-sheffield-bins'): "missed 2026-03 month 'an overtime ban that began in March'",
    ('scare', 'b170-refuse-strike-sheffield-bins'): "'waste collection, recycling and reloading officer' listed as speech",
}

BATCH_171_SEALED = {
    ('events', 'b171-cleaners-strike-toronto'): "missed 2011 year 'during a 2011 strike in the same buildings'; missed 2026-11-04 day 'run out of paper towels by Wednesday'",
    ('events', 'b171-dairy-merger-munster-co-ops'): "missed 1927 year 'an independent co-op since 1927'",
    ('speakers', 'b171-ferry-timetable-cook-strait'): "'It's not the end of the world' given to hemi-walker, not greg-sutherland",
    ('events', 'b171-frost-punjab-crops'): "missed 2013-01 month 'the cold spell of January 2013'",
    ('scare', 'b171-frost-punjab-crops'): "'pala' listed as speech",
    ('scare', 'b171-planning-inquiry-harrogate-homes'): "'Crimple Meadows garden village' listed as speech",
    ('topics', 'b171-sommelier-q-and-a-cape-town'): 'food: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b171-surf-contest-bells-beach'): "'put the Surf Coast back on the map' given to organisers-southern-swell-events, not southern-swell-events",
    ('events', 'b171-surf-contest-bells-beach'): "missed 2026-04-01 day 'put on hold for three days from Wednesday'",
}

# Blind batches 172–175 (stop 52's fourth wave): written while the third wave was registered, measured once on 06e97e62 (every rule of the stop before them in): speaker accuracy 0.871, 0.878, 0.953, 0.893 (precision 0.990, 0.908, 0.973, 0.970), one wrong where null (batch 174: 'One resident walking his dog past the fenced-off site was less impressed. "…," he said', given to the councillor named before; mended); topic F1 0.919, 0.780, 0.933, 0.821. Rules made from them: see tests/test_analysis_rules52.py. What the code misses:
BATCH_172_FIRST_RUN = {
    ('events', 'b172-analysis-guarantees-arithmetic'): "missed 2026-02 month 'roughly half what military planners told ministers in February would be needed'; missed 1994 year 'the Budapest Memorandum of 1994'",
    ('topics', 'b172-assault-trial-fortitude-valley'): 'assault: too few paragraphs with its terms',
    ('topics', 'b172-bank-merger-sahyadri-coromandel'): 'stock_market: terms in enough paragraphs, not what the story is about',
    ('events', 'b172-blizzard-red-river-valley'): "missed 1991 year 'the Halloween blizzard of 1991'; missed 2026-02-20 day 'could bring more snow on Friday'; missed 2026-02-24 day 'temperatures to climb above freezing by Feb. 24'",
    ('speakers', 'b172-broadcast-canada-tankers-mission'): "'economically meaningless and politically' given to russian-embassy, not russian-embassy-in-ottawa",
    ('scare', 'b172-broadcast-canada-tankers-mission'): "'shadow fleet' listed as speech",
    ('events', 'b172-library-reopening-thomond-street'): "missed 1906 year 'a red-brick Carnegie building that opened in 1906'",
    ('scare', 'b172-live-geneva-round-two'): "'energy truce' listed as speech",
    ('topics', 'b172-paramedics-strike-wales'): 'pay: too few paragraphs with its terms',
    ('events', 'b172-paramedics-strike-wales'): "missed 2026-01-19 day 'I did a 14-hour shift on Monday and saw three patients'",
    ('scare', 'b172-paramedics-strike-wales'): "'red' listed as speech; 'amber' listed as speech",
    ('events', 'b172-winemaker-interview-central-otago'): "missed 2025-10-03 day 'a season that began with a brutal frost on the night of October 3'",
}

BATCH_173_FIRST_RUN = {
    ('events', 'b173-astronaut-q-and-a-kavya-raghunathan'): "missed 2028 year 'is planned for 2028'",
    ('scare', 'b173-astronaut-q-and-a-kavya-raghunathan'): "'the closet' listed as speech",
    ('topics', 'b173-custody-hearing-cork-jewellery-robbery'): 'retail_business: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b173-custody-hearing-cork-jewellery-robbery'): "'ongoing and at an advanced stage' given to garda-siochana, not an-garda-siochana",
    ('events', 'b173-custody-hearing-cork-jewellery-robbery'): "missed 2026-05-06 day 'on Oliver Plunkett Street on May 6'",
    ('speakers', 'b173-dance-award-chicago-footwork-choreographer'): "'more than 340 nominations from 38 states' given to marian-castell, not castell-foundation",
    ('events', 'b173-drought-restrictions-alberta-town'): "missed 2026-05-08 day 'starting Friday'; missed 2024 year 'during the 2024 drought'",
    ('events', 'b173-golf-open-highveld-mokoena'): "missed 1974 year 'dates back to 1974'",
    ('events', 'b173-lecturers-strike-nz-universities'): "missed 2026-04 month 'talks broke down last month'",
    ('topics', 'b173-retailer-collapse-harbourline'): 'jobs: terms in enough paragraphs, not what the story is about',
    ('events', 'b173-retailer-collapse-harbourline'): "missed 2023 year 'who joined the company in 2023'",
    ('topics', 'b173-tram-extension-edinburgh-north-south'): 'council_politics: terms in enough paragraphs, not what the story is about; transport_funding: terms in enough paragraphs, not what the story is about',
    ('events', 'b173-tram-extension-edinburgh-north-south'): "missed 2026-06 month 'a vote of the full council in June'",
}

BATCH_174_FIRST_RUN = {
    ('events', 'b174-analysis-shadow-fleet-squeeze'): "missed 2026-03 month 'fell to 2.9 million barrels a day in March'; missed 2022-02 month 'since the full-scale invasion began in February 2022'",
    ('events', 'b174-broadcast-istanbul-talks-resume'): "missed 2023 year 'has been a prisoner of war since 2023'",
    ('topics', 'b174-heritage-listing-swindon-water-tower'): 'water_supply: terms in enough paragraphs, not what the story is about',
    ('events', 'b174-heritage-listing-swindon-water-tower'): "missed 1968 year 'built in 1968'; missed 2009 year 'redundant since 2009'",
    ('events', 'b174-misconduct-hearing-waikato-gp'): "missed 2023-03 month 'between March 2023 and August 2024'; missed 2024-08 month 'between March 2023 and August 2024'",
    ('events', 'b174-river-flood-lismore-evacuation'): "missed 2026-02-25 day 'forecast to peak at about 11.2 metres early on Wednesday morning'",
    ('speakers', 'b174-telecom-merger-vayulink-nakshatra'): "'credit positive' given to brokerage-kotwal-securities, not kotwal-securities; 'higher bills and worse service, particul' given to voice-bharat, not consumer-voice-bharat",
}

BATCH_175_FIRST_RUN = {
    ('speakers', 'b175-airline-results-laurentian-q1'): "'Our summer schedule is the largest' given to laurentian-air-inc, not laurentian-air",
    ('scare', 'b175-airline-results-laurentian-q1'): "'Aurora' listed as speech",
    ('scare', 'b175-council-tax-banding-error'): "'Check My Band' listed as speech",
    ('topics', 'b175-extradition-case-jeweller-sethi'): 'jewellery_trade: terms in enough paragraphs, not what the story is about',
    ('topics', 'b175-folk-festival-whanganui-fortieth'): 'weather: terms in enough paragraphs, not what the story is about',
    ('topics', 'b175-historian-interview-women-of-1923'): 'civil_war: too few paragraphs with its terms',
    ('scare', 'b175-historian-interview-women-of-1923'): "'revisionist' listed as speech",
    ('events', 'b175-live-paris-guarantees-summit'): "missed 2026-04-29 day 'in Brussels on April 29'",
}

# Blind batches 176–179 (stop 52's fifth wave), sealed: written while the fourth wave was measured, measured once on 4b44b0e8 (every rule of the stop in): speaker accuracy 0.906, 0.953, 0.947, 0.993 (precision 0.967, 1.000, 0.973, 0.992), none wrong where null; topic F1 0.864, 0.938, 0.848, 0.884. Nothing made for them. What the code misses:
BATCH_176_SEALED = {
    ('scare', 'b176-analysis-security-guarantees'): "'coalition of the willing' listed as speech",
    ('speakers', 'b176-cyclone-odisha-tarang'): "'Our target is zero casualty.' given to special-relief-commissioner, not pradeep-kumar-sahoo",
    ('scare', 'b176-cyclone-odisha-tarang'): "'Tarang' listed as speech",
    ('topics', 'b176-hurling-final-munster-clare-limerick'): 'attendance: terms in enough paragraphs, not what the story is about',
    ('events', 'b176-potter-interview-cheticamp'): "missed 1976 year 'since 1976'",
    ('scare', 'b176-potter-interview-cheticamp'): "'brume' listed as speech; 'Fifty Years of Fire' listed as speech",
    ('topics', 'b176-sculpture-unveiling-galway-salmon'): 'river_ecology: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b176-sculpture-unveiling-galway-salmon'): "'a gift to the next hundred years of this' given to galway-declan-furey, not declan-furey; 'as much a meeting point as Eyre Square' given to galway-declan-furey, not declan-furey",
    ('events', 'b176-wire-geneva-talks'): "missed 2026-05-13 day 'collapsed on Wednesday'",
}

BATCH_177_SEALED = {
    ('scare', 'b177-analysis-guarantees-credibility'): "'backstop' listed as speech",
    ('scare', 'b177-choir-competition-galway-youth'): "'An Raibh Tú ag an gCarraig' listed as speech",
    ('events', 'b177-live-canada-sanctions'): "missed 2026-02-25 day 'taking effect on Wednesday'",
    ('scare', 'b177-live-canada-sanctions'): "'shadow fleet' listed as speech",
    ('events', 'b177-vet-q-and-a-summer-heat'): "missed 2009 year 'small-animal practice in Naas, Co Kildare, since 2009'",
    ('scare', 'b177-vet-q-and-a-summer-heat'): "'seven-second test' listed as speech",
}

BATCH_178_SEALED = {
    ('topics', 'b178-lecturers-ballot-tesu-strike-vote'): 'exams: terms in enough paragraphs, not what the story is about',
    ('events', 'b178-lecturers-ballot-tesu-strike-vote'): "missed 2026-08-25 day 'close on 25 August'",
    ('scare', 'b178-luthier-interview-ennistymon-fiddles'): "'il Maestro' listed as speech",
    ('topics', 'b178-parking-wardens-body-cameras'): 'parking_charges: terms in enough paragraphs, not what the story is about; privacy: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b178-parking-wardens-body-cameras'): "'a minute longer than necessary' given to civil, not open-streets",
    ('scare', 'b178-parking-wardens-body-cameras'): "'Operation Safe Kerb' listed as speech",
    ('events', 'b178-rowing-final-queens-cup'): 'missed 2022 year "had won every Queen\'s Cup since 2022"; missed 2026-04 month \'to be held in April\'',
    ('topics', 'b178-shipping-merger-nordvik-straits-orient'): 'antitrust: terms in enough paragraphs, not what the story is about',
    ('events', 'b178-storm-surge-halifax-leandra'): "missed 2003 year 'hurricane Juan in 2003'",
    ('scare', 'b178-storm-surge-halifax-leandra'): "'the moat' listed as speech",
    ('events', 'b178-tenancy-dispute-newtown-mould'): "missed 2025-09 month 'until last September'",
}

BATCH_179_SEALED = {
    ('topics', 'b179-boxing-bout-east-london-title'): 'rematch: too few paragraphs with its terms',
    ('topics', 'b179-heat-record-sri-ganganagar'): 'public_health: too few paragraphs with its terms',
    ('speakers', 'b179-heat-record-sri-ganganagar'): "'very likely continue' given to india-meteorological-departments, not india-meteorological-department",
    ('topics', 'b179-insurer-collapse-sunbelt-coastal'): 'hurricanes: terms in enough paragraphs, not what the story is about',
    ('scare', 'b179-insurer-collapse-sunbelt-coastal'): "'insurer of last resort' listed as speech",
    ('events', 'b179-licensing-appeal-galway-venue'): "missed 2019 year 'night-time economy since 2019'",
    ('topics', 'b179-train-drivers-strike-northway'): 'commuters: terms in enough paragraphs, not what the story is about',
    ('events', 'b179-train-drivers-strike-northway'): "missed 2026-06-01 day 'followed by an overtime ban from 1 June'",
    ('scare', 'b179-train-drivers-strike-northway'): "'Flexible Rostering Framework' listed as speech",
}

# Blind batches 180–183 (stop 53's first wave), sealed: written by helpers that read none of the project, measured once on main 91131ed2 before any rule of the stop: speaker accuracy 0.924, 0.912, 0.820, 0.838 (precision 0.991, 1.000, 0.971, 0.916), one wrong where null (183: 'she' after "One of a group of Mr Furlong's supporters … said" given to the solicitor quoted before; mended); topic F1 0.867, 0.818, 0.766, 0.818. What the code still misses:
BATCH_180_SEALED = {
    ('topics', 'b180-ballet-premiere-salt-garden'): 'flooding: terms in enough paragraphs, not what the story is about',
    ('events', 'b180-ballet-premiere-salt-garden'): "missed 1953 year 'about the 1953 North Sea flood'",
    ('events', 'b180-broadcast-canada-troops-backstop'): "missed 2026-05-21 day 'return to Geneva on Thursday'",
    ('scare', 'b180-broadcast-canada-troops-backstop'): "'The Sunday Table' listed as speech",
    ('topics', 'b180-harassment-tribunal-queenstown-restaurant'): 'hospitality: terms in enough paragraphs, not what the story is about',
    ('topics', 'b180-security-guards-strike-bengaluru'): 'technology: terms in enough paragraphs, not what the story is about',
    ('scare', 'b180-sinkhole-lakeland-street'): "'catastrophic ground cover collapse' listed as speech",
}

BATCH_181_SEALED = {
    ('events', 'b181-analysis-shadow-fleet'): "missed 2026-04 month 'oil and gas revenues for April had come in'",
    ('topics', 'b181-bus-cleaners-strike-manchester'): 'bus_services: terms in enough paragraphs, not what the story is about',
    ('topics', 'b181-grocer-takeover-harvest-lane'): 'competition_regulation: terms in enough paragraphs, not what the story is about; farm_suppliers: terms in enough paragraphs, not what the story is about',
    ('topics', 'b181-photography-prize-tide-line'): 'fishing_industry: terms in enough paragraphs, not what the story is about',
    ('scare', 'b181-wire-geneva-talks'): "'reassurance force' listed as speech",
}

BATCH_182_SEALED = {
    ('topics', 'b182-cartoonist-interview-nambiar'): 'press_freedom: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b182-cartoonist-interview-nambiar'): "'That was my best review' given to leela-nambiar, not sudhir-nambiar",
    ('events', 'b182-kayak-championship-penrith-upset'): 'missed 2026-05-12 day "I\'ll be back on the water on Tuesday"',
    ('events', 'b182-opera-festival-killaloe-lost-score'): "missed 2026-05-12 day 'its organisers announced yesterday'; missed 1868 year 'written by Thomas Aherne in 1868'",
    ('topics', 'b182-town-twinning-waimate-kamiyama'): 'council_spending: terms in enough paragraphs, not what the story is about; education: terms in enough paragraphs, not what the story is about',
    ('events', 'b182-town-twinning-waimate-kamiyama'): "missed 2027 year 'each year from 2027'",
    ('events', 'b182-volcano-ash-spurr-anchorage'): 'missed 2026-05-15 day \'until at least midday Friday\'; missed 2026-05-16 day "her sister\'s wedding on Saturday"',
    ('events', 'b182-wire-geneva-energy-truce'): "missed 1994 year 'Budapest Memorandum of 1994'",
}

BATCH_183_SEALED = {
    ('topics', 'b183-analysis-sanctions-squeeze'): 'shipping: terms in enough paragraphs, not what the story is about',
    ('events', 'b183-craft-fair-whanganui'): "missed 2026-05-09 day 'drew close to 3000 visitors to its new home at the racecourse on Saturday'; missed 1994 year 'who has had a stall at every fair since 1994'",
    ('topics', 'b183-crossing-guards-toledo'): 'police: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b183-crossing-guards-toledo'): "'painful but necessary' given to office-of-management-and-budget, not citys-office-of-management-and-budget",
    ('scare', 'b183-live-ottawa-guarantees'): "'Ottawa Framework for a Durable Peace' listed as speech",
    ('events', 'b183-polo-cup-kurrajong'): "missed 2017 year 'for the first time since 2017'",
    ('topics', 'b183-toymaker-collapse-hollins-pike'): 'toys: terms in enough paragraphs, not what the story is about',
    ('events', 'b183-toymaker-collapse-hollins-pike'): "missed 1952 year 'founded in 1952 by Arthur Hollins and Stanley Pike'",
    ('scare', 'b183-toymaker-collapse-hollins-pike'): "'Toy of the Year' listed as speech",
}

# Blind batches 184–187 (stop 53's second wave), measured once on 07e41f63 (the first wave's rules in): speaker accuracy 0.878, 0.908, 0.879, 0.934 (precision 0.948, 0.974, 0.972, 0.982), one wrong where null (185: "Another commuter, who declined to give his name, backed the drivers:" read as the nurse named before; mended); topic F1 0.872, 0.850, 0.914, 0.895. What the code still misses:
BATCH_184_FIRST_RUN = {
    ('events', 'b184-analysis-ukraine-backstop'): "missed 1994 year 'Under the Budapest Memorandum of 1994'",
    ('scare', 'b184-analysis-ukraine-backstop'): "'assurances' listed as speech",
    ('topics', 'b184-broadcast-canada-troops-offer'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b184-hockey-final-ipt-shootout'): "'the Wall' listed as speech",
    ('topics', 'b184-sitar-recital-kolkata-golden-jubilee'): 'young_audiences: terms in enough paragraphs, not what the story is about',
    ('events', 'b184-wildfire-smoke-twin-cities-alert'): "missed 2023-06 month 'since June 2023'",
}

BATCH_185_FIRST_RUN = {
    ('events', 'b185-analysis-ukraine-security-guarantees'): "missed 1994 year 'Ukrainians still remember the Budapest memorandum of 1994'",
    ('events', 'b185-brewery-closure-la-crosse'): 'missed 2026-08 month "will close its 118-year-old brewery on the city\'s North Side by the end of August"',
    ('topics', 'b185-broadcast-nz-russia-sanctions'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b185-drink-driving-case-cork-farmer'): 'farming: terms in enough paragraphs, not what the story is about',
    ('scare', 'b185-midwife-q-and-a-telangana'): "'Lakshmi akka' listed as speech",
    ('events', 'b185-puppet-festival-winnipeg-bison'): "missed 2026-05-22 day 'over nine days starting May 22'",
}

BATCH_186_FIRST_RUN = {
    ('speakers', 'b186-bank-job-cuts-harbourline'): "'well above the award' given to harbourline, not harbourline-bank",
    ('scare', 'b186-bank-job-cuts-harbourline'): "'Hal' listed as speech",
    ('events', 'b186-bus-lane-fines-great-north-rd'): 'missed 2025-09 month "approved by Auckland Transport\'s board in September 2025"',
    ('topics', 'b186-dockers-ballot-liverpool-terminal'): 'retail: terms in enough paragraphs, not what the story is about',
    ('events', 'b186-hail-damage-tarrant-county'): "missed 2026-05-01 day 'another round of severe storms was possible on Friday'",
    ('scare', 'b186-hail-damage-tarrant-county'): "'storm chasers' listed as speech",
    ('scare', 'b186-live-anniversary-sanctions'): "'shadow fleet' listed as speech; 'coalition of the willing' listed as speech",
}

BATCH_187_FIRST_RUN = {
    ('events', 'b187-broadcast-canada-troops-guarantee'): "missed 2015 year 'We have been there since 2015'",
    ('events', 'b187-chef-q-and-a-aoife-brennan'): "missed 2026-07-01 day 'The VAT cut on July 1 will help'",
    ('scare', 'b187-chef-q-and-a-aoife-brennan'): "'queen of the offcut' listed as speech",
    ('topics', 'b187-cleaners-pay-sandton'): 'transport: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b187-cleaners-pay-sandton'): "'The company has always valued its employ' given to bright-horizon, not bright-horizon-cleaning-services",
    ('events', 'b187-frost-damage-niagara-vineyards'): "missed 2026-05-19 day 'swept through the region early Tuesday'",
    ('topics', 'b187-poetry-slam-lalbagh'): 'language: terms in enough paragraphs, not what the story is about; water_supply: terms in enough paragraphs, not what the story is about',
    ('events', 'b187-poetry-slam-lalbagh'): "missed 2026-09 month 'in New Delhi in September'",
    ('events', 'b187-softball-series-blacktown'): 'missed 2026-02-28 day "6-1 victory in Saturday\'s opener"; missed 2028 year \'build-up to the 2028 Los Angeles Olympics\'',
    ('events', 'b187-wire-geneva-prisoner-swap'): "missed 2026-05-16 day 'could begin as early as Saturday'",
}

# Blind batches 188–191 (stop 53's third wave), sealed: written while the second wave was measured, measured once on 22e21bec (every rule of the stop before it in): speaker accuracy 0.899, 0.949, 0.890, 0.935 (precision 1.000, 1.000, 0.935, 0.990), none wrong where null; topic F1 0.914, 0.930, 0.919, 0.844. What the code still misses:
BATCH_188_SEALED = {
    ('scare', 'b188-junior-doctors-ballot-strike-mandate'): "'full pay restoration' listed as speech",
    ('events', 'b188-rowing-derby-iron-cove'): "missed 2015 year 'first derby win since 2015'; missed 1992 year 'won silver at the 1992 Barcelona Olympics'",
    ('topics', 'b188-sculptor-q-and-a-salt-and-iron'): 'shipping: terms in enough paragraphs, not what the story is about',
    ('events', 'b188-speed-humps-mornington'): "missed 2026-07 month 'installed during the July school holidays'",
}

BATCH_189_SEALED = {
    ('events', 'b189-analysis-shadow-fleet-sanctions'): "missed 2022-12 month 'since the G7 oil price cap was introduced in December 2022'",
    ('topics', 'b189-coroners-inquest-cyclist-crook-junction'): 'cycling: too few paragraphs with its terms',
    ('events', 'b189-coroners-inquest-cyclist-crook-junction'): "missed 2017 year 'has been the subject of complaints since at least 2017'",
    ('events', 'b189-flash-flood-bellingen-rescues'): "missed 2022 year 'with premiums in parts of the shire having doubled since 2022'",
    ('events', 'b189-hurling-semi-final-limerick-kilkenny'): "missed 2015 year 'a first Liam MacCarthy Cup since 2015'; missed 1973 year 'she had been at every Limerick final since 1973'",
    ('topics', 'b189-live-paris-security-guarantees'): 'australian_contribution: too few paragraphs with its terms',
    ('events', 'b189-supermarket-fine-halletts-scanner-overcharges'): "missed 2026-01 month 'and January 2026'",
    ('scare', 'b189-teachers-walkout-gqeberha-gang-violence'): "'the shooting range' listed as speech",
}

BATCH_190_SEALED = {
    ('topics', 'b190-analysis-eu-sanctions-oil'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b190-broadcast-canada-shadow-fleet'): "'shadow fleet' listed as speech",
    ('events', 'b190-bushfire-warning-grampians'): "missed 2026-01-18 day 'until midnight on Sunday'",
    ('scare', 'b190-bushfire-warning-grampians'): "'Extreme' listed as speech",
    ('events', 'b190-film-festival-jury-malabar-award'): "missed 2026-05-12 day 'We signed the result sheet at 11 pm on Tuesday.'",
    ('scare', 'b190-live-paris-reassurance-force'): "'backstop' listed as speech",
    ('topics', 'b190-netball-test-proteas-silver-ferns'): 'attendance: terms in enough paragraphs, not what the story is about',
    ('events', 'b190-nurse-q-and-a-icu-night-shift'): "missed 2026-05-12 day 'Ahead of International Nurses Day on Tuesday'",
    ('events', 'b190-wire-geneva-monitoring-plan'): "missed 2026-05-11 day 'talks that resumed in Geneva on May 11'",
}

BATCH_191_SEALED = {
    ('events', 'b191-choir-tour-dunedin-youth-choir-europe'): "missed 2026-07-11 day 'fly out on Saturday'",
    ('events', 'b191-fraud-appeal-sca-procurement-boss'): "missed 2021 year 'flagged in a 2021 forensic report'",
    ('scare', 'b191-live-india-russian-oil-sanctions'): "'shadow fleet' listed as speech",
    ('topics', 'b191-storm-damage-storm-brid-west-coast'): 'farming: terms in enough paragraphs, not what the story is about',
}

# Blind batches 192–195 (stop 53's fourth wave), sealed: written while the third wave was measured, measured once on 4da4d963 (every rule of the stop before it in): speaker accuracy 0.883, 0.921, 0.862, 0.925 (precision 0.981, 0.991, 0.960, 0.991), one wrong where null (194: "One man wading through knee-deep water on Mill Road with a terrier in his arms summed up the mood" then "he said" given to the councillor; mended); topic F1 0.909, 0.944, 0.865, 0.977. What the code still misses:
BATCH_192_SEALED = {
    ('topics', 'b192-broadcast-canada-force'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b192-broadcast-canada-force'): "missed 2015 year 'under Operation Unifier since 2015'; missed 2026-05-15 day 'was shelled again on Friday'",
    ('events', 'b192-bus-shelter-row-thirsk'): 'missed 1987 year "built by volunteers from the town\'s Rotary club in 1987"; missed 2026-05-08 day "waiting at the stop during Friday\'s downpour"',
    ('events', 'b192-hailstorm-lakewood'): "missed 2026-05-21 day 'more severe storms were possible on Thursday afternoon'",
    ('events', 'b192-live-london-guarantees'): "missed 1994 year 'Budapest Memorandum of 1994'",
    ('speakers', 'b192-nurses-strike-nz'): "'deeply worried' given to voice-aotearoa, not patient-voice-aotearoa",
    ('events', 'b192-nurses-strike-nz'): "missed 2026-04-18 day 'Last Saturday night we had nine patients'",
    ('events', 'b192-poetry-festival-karoo-word'): "missed 2027-04-30 day 'will run from 30 April to 3 May 2027'",
    ('events', 'b192-retailer-closure-cassidys'): "missed 1931 year 'has traded in Limerick since 1931'",
}

BATCH_193_SEALED = {
    ('events', 'b193-airline-merger-karoo-skylink'): "missed 2026-09 month 'The companies expect the deal to close by September'",
    ('events', 'b193-beekeeper-interview-tolaga-bay'): "missed 1998 year 'She has not worn gloves, she says, since 1998'",
    ('events', 'b193-bin-strike-dundee'): 'missed 2009 year "the first full stoppage of the city\'s bin service since 2009"; missed 2026-04 month \'backdated to April\'',
    ('scare', 'b193-jazz-awards-blue-lantern'): "'Salt Lines' listed as speech",
    ('speakers', 'b193-live-eu-sanctions-package'): "'a strong signal at an important moment' given to european-union, not ukraines-foreign-ministry",
    ('scare', 'b193-wildfire-slave-lake'): "'crowning' listed as speech",
}

BATCH_194_SEALED = {
    ('scare', 'b194-bank-results-sable-interim'): "'Sable Go' listed as speech",
    ('topics', 'b194-broadcast-canada-trainers-offer'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b194-broadcast-canada-trainers-offer'): "missed 2015 year 'since 2015 under Operation Unifier'",
    ('topics', 'b194-live-paris-guarantees-summit'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b194-live-paris-guarantees-summit'): "'coalition of the willing' listed as speech; 'triple lock' listed as speech",
}

BATCH_195_SEALED = {
    ('scare', 'b195-broadcast-edmonton-ukrainians-geneva'): "'Nothing About Ukraine Without Ukraine' listed as speech",
    ('events', 'b195-bus-drivers-ballot-northlink'): "missed 2026-06-08 day 'opens on Monday 18 May and closes on 8 June'",
    ('topics', 'b195-historian-q-and-a-1951-waterfront'): 'book_publishing: terms in enough paragraphs, not what the story is about',
    ('events', 'b195-historian-q-and-a-1951-waterfront'): "missed 1951-02-21 day 'on 21 February the government declared a state of emergency'; missed 1951-07-15 day 'the dispute ended on 15 July'; missed 1951-09 month 'called a snap election in September'",
    ('scare', 'b195-mine-expansion-hazaribagh-hearing'): "'Kanhari 2.0' listed as speech",
    ('events', 'b195-snowfall-calgary-may-storm'): 'missed 2026-05-05 day \'had fallen at Calgary International Airport by 9 a.m. Tuesday\'; missed 1986 year \'the so-called "Victoria Day blizzard" of 1986\'',
}

# Blind batches 196–199 (stop 53's fifth wave), sealed: written while the fourth wave was measured, measured once on 65d345c3 (every rule of the stop before it in): speaker accuracy 0.961, 0.953, 0.942, 0.945 (precision 1.000, 0.965, 0.975, 0.991), two wrong where null (197: "one festival-goer from Castlebar summed up the mood" and "one long-time Wellington supporter wearing a faded premiership jersey had no complaints", each then a he or she said; mended); topic F1 0.923, 0.933, 0.889, 1.000. What the code still misses:
BATCH_196_SEALED = {
    ('scare', 'b196-analysis-security-guarantees'): "'security guarantees' listed as speech",
    ('events', 'b196-broadcast-nz-ceasefire-mission'): "missed 2022 year 'at various times since 2022'",
    ('events', 'b196-hurling-final-munster'): 'missed 1995 year "I\'ve been coming to Munster finals since 1995"',
    ('topics', 'b196-luthier-q-and-a-lunenburg'): 'forestry: terms in enough paragraphs, not what the story is about; online_sales: terms in enough paragraphs, not what the story is about',
    ('scare', 'b196-luthier-q-and-a-lunenburg'): "'La Marée' listed as speech",
    ('events', 'b196-midwives-strike-queensland'): "missed 2026-05-08 day 'whose planned caesarean was moved from Wednesday to Friday'",
}

BATCH_197_SEALED = {
    ('events', 'b197-analysis-europe-reassurance-force'): "missed 2026-05-07 day 'most recently on Thursday'",
    ('scare', 'b197-analysis-europe-reassurance-force'): "'coalition of the willing' listed as speech; 'backstop' listed as speech",
    ('events', 'b197-cyclone-warning-odisha-paradip'): "missed 2026-05-17 day 'near Paradip on the night of May 17'; missed 1999 year 'the 1999 super cyclone'",
    ('scare', 'b197-cyclone-warning-odisha-paradip'): "'zero casualty' listed as speech",
    ('events', 'b197-film-festival-clew-bay-wrack-line'): "missed 2027-04-28 day 'will run from April 28th to May 2nd'; missed 2027-05-02 day 'will run from April 28th to May 2nd'",
    ('scare', 'b197-film-festival-clew-bay-wrack-line'): "'The Wrack Line' listed as speech; 'Zima' listed as speech",
    ('topics', 'b197-nurses-ballot-nzno-strike-vote'): 'patient_safety: terms in enough paragraphs, not what the story is about',
    ('events', 'b197-rugby-league-final-lyrebirds-drought'): "missed 1995 year 'claim their first title since 1995'",
    ('speakers', 'b197-winemaker-interview-swartland-chenin'): "'Come on a Saturday. Bring a jersey' given to thandi, not lindiwe-sebata",
    ('events', 'b197-winemaker-interview-swartland-chenin'): "missed 2026-04-28 day 'outside Riebeek-Kasteel on Tuesday'",
}

BATCH_198_SEALED = {
    ('events', 'b198-analysis-russia-oil-sanctions'): "missed 2026-11 month 'ahead of the midterm elections in November'",
    ('events', 'b198-broadcast-former-envoy-geneva'): "missed 2022-02 month 'Canada has sanctioned since February 2022'",
    ('events', 'b198-dance-festival-bengaluru-nrityotsava'): "missed 2025 year 'up from ₹60 lakh in 2025'",
    ('scare', 'b198-dance-festival-bengaluru-nrityotsava'): "'Roots and Routes' listed as speech",
    ('speakers', 'b198-drought-sa-farmers-sell-stock'): "'working closely with the South Australia' given to department-of-agriculture, not federal-department-of-agriculture",
    ('events', 'b198-drought-sa-farmers-sell-stock'): "missed 1967 year 'the lowest total for that period since 1967'",
    ('scare', 'b198-fraud-trial-credit-union-manager'): "'the Rainy Day account' listed as speech",
    ('events', 'b198-insurer-results-crestmark-q1-loss'): "missed 2020 year 'its first quarterly loss since 2020'",
    ('events', 'b198-netball-final-kahu-win'): "missed 2017 year 'since the league was restructured in 2017'",
    ('events', 'b198-rail-strike-commuters-stranded'): "missed 2026-05-11 day 'Cape Town–Khayelitsha lines since Monday'",
}

BATCH_199_SEALED = {
    ('scare', 'b199-analysis-security-guarantees'): "'coalition of the willing' listed as speech",
    ('events', 'b199-broadcast-nz-ukraine-mission'): "missed 2022 year 'since 2022 under a deployment known as'",
    ('scare', 'b199-ferry-cuts-coastal-link'): "'service stabilization plan' listed as speech",
    ('scare', 'b199-live-russian-oil-sanctions'): "'shadow fleet' listed as speech",
    ('events', 'b199-tech-layoffs-nexora'): "missed 2021 year 'who joined the company in 2021'",
    ('scare', 'b199-tech-layoffs-nexora'): "'Project Lighthouse' listed as speech; 'bench' listed as speech",
}

# Blind batches 200–203 (stop 53's sixth wave), sealed: measured once on main 06dd9f20 (every rule of the stop before it in): speaker accuracy 0.889, 0.898, 0.944, 0.889 (precision 1.000, 0.982, 0.981, 0.907), two wrong where null (202: "Officials described trade with India as \"…,\" he reported" given to the correspondent; "…\", a line Brennock says she has stuck to the fridge" given to her; mended); topic F1 0.906, 0.829, 0.829, 0.865. What the code still misses:
BATCH_200_SEALED = {
    ('topics', 'b200-analysis-sanctions-oil-squeeze'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b200-badminton-final-deccan-open'): "missed 2026-03-15 day 'at the Gachibowli Indoor Stadium on Sunday'",
    ('scare', 'b200-broadcast-australia-sanctions-wedgetail'): "'reassurance force' listed as speech",
    ('events', 'b200-comedy-festival-melbourne-awards'): "missed 2026-04-19 day 'closes today after nearly four weeks'",
    ('events', 'b200-dentists-dispute-medical-card'): "missed 2026-06-01 day 'withdrawals would begin from June 1'; missed 2010 year 'before the cuts of 2010'",
    ('scare', 'b200-dentists-dispute-medical-card'): "'Smile agus Sláinte' listed as speech",
    ('events', 'b200-live-paris-security-guarantees'): "missed 1994 year 'the Budapest Memorandum of 1994'",
    ('scare', 'b200-live-paris-security-guarantees'): "'triple lock' listed as speech",
    ('events', 'b200-manslaughter-verdict-christchurch'): "missed 2025-09-15 day 'He died in hospital two days later, on September 15'",
    ('topics', 'b200-sculptor-interview-lacasse'): 'fishing_industry: terms in enough paragraphs, not what the story is about; shipbuilding: terms in enough paragraphs, not what the story is about',
    ('events', 'b200-tornado-oklahoma-wyndell'): "missed 2026-05-06 day 'canceled classes through at least Wednesday'",
}

BATCH_201_SEALED = {
    ('topics', 'b201-analysis-oil-sanctions'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b201-brewery-merger-ironbark-saltwater'): "'as soon as the board had approved the de' given to ale-co, not saltwater-ale-co",
    ('events', 'b201-broadcast-ireland-monitors'): "missed 2026-05-27 day 'an agreement to meet again on May 27'; missed 1978 year 'We have been in south Lebanon since 1978.'",
    ('scare', 'b201-broadcast-ireland-monitors'): "'triple lock' listed as speech",
    ('scare', 'b201-cheesemaker-q-and-a-west-cork'): "'the stinky one' listed as speech",
    ('topics', 'b201-defamation-ruling-tauranga-blogger'): 'council_governance: terms in enough paragraphs, not what the story is about; property_development: terms in enough paragraphs, not what the story is about',
    ('events', 'b201-firefighters-ballot-strike-vote'): 'missed 2003 year "The last national firefighters\' strikes, in 2002 and 2003"',
    ('events', 'b201-hockey-semi-final-punjab-odisha'): 'missed 2026-05-20 day "in Wednesday\'s final"',
    ('scare', 'b201-live-security-summit'): "'backstop' listed as speech",
    ('events', 'b201-pothole-compensation-winnipeg'): "missed 2026-03-01 day 'drivers whose claims were rejected since March 1'",
}

BATCH_202_SEALED = {
    ('topics', 'b202-airline-profits-skyvahan-record'): 'fuel_costs: terms in enough paragraphs, not what the story is about',
    ('events', 'b202-airline-profits-skyvahan-record'): "missed 2026-03-31 day 'for the financial year ended March 31, 2026'; missed 2026-12 month 'take delivery of its first wide-body jets from December'",
    ('scare', 'b202-analysis-guarantees-that-bind'): "'United States contribution' listed as speech",
    ('scare', 'b202-frost-warning-niagara-vineyards'): "'helicopter nights' listed as speech",
    ('events', 'b202-golf-championship-highveld-playoff'): 'missed 2026-05-09 day "Saturday\'s third round was suspended for almost three hours"',
    ('events', 'b202-live-ottawa-sanctions-day'): 'missed 2026-03 month "first signalled at the G7 foreign ministers\' meeting in March"',
    ('topics', 'b202-novelist-interview-aoife-brennock'): 'emigration: terms in enough paragraphs, not what the story is about; housing: terms in enough paragraphs, not what the story is about',
    ('scare', 'b202-novelist-interview-aoife-brennock'): "'the funeral book' listed as speech",
    ('scare', 'b202-tram-delays-route-96-fault'): "'TramWatch' listed as speech",
    ('topics', 'b202-wire-geneva-round-ends'): 'energy_strikes: terms in enough paragraphs, not what the story is about',
}

BATCH_203_SEALED = {
    ('events', 'b203-junior-doctors-strike-june-walkout'): "missed 2026-06-05 day 'before Friday 5 June'",
    ('events', 'b203-live-ottawa-security-guarantees'): "missed 2026-07 month 'before the NATO summit in July'",
    ('topics', 'b203-rowing-championship-st-catharines'): 'weather: terms in enough paragraphs, not what the story is about',
    ('events', 'b203-rowing-championship-st-catharines'): "missed 2026-08-10 day 'conclude with the under-23 finals on Monday'",
    ('scare', 'b203-rowing-championship-st-catharines'): "'the Dungeon' listed as speech",
    ('events', 'b203-wire-geneva-talks'): "missed 2026-02 month 'a round in Istanbul collapsed in February'",
}

# Blind batches 204–207 (stop 54's first wave), sealed: measured once on main 113227d7: speaker accuracy 0.892, 0.847, 0.883, 0.969 (precision 0.962, 0.970, 0.920, 0.982), two wrong where null (204: "A ski patroller at nearby Loveland Ski Area, who asked not to be named …, said …. \"…,\" she said" given to the ski area, read as a person; "one fan in a homemade hawk mask was close to tears. \"…,\" he said" given to the captain named before; mended); topic F1 0.914, 0.816, 0.700, 0.824. What the code still misses:
BATCH_204_SEALED = {
    ('events', 'b204-broadcast-whitfield-ukraine-force'): "missed 2022-02 month 'since February 2022'",
    ('scare', 'b204-broadcast-whitfield-ukraine-force'): "'reassurance force' listed as speech",
    ('events', 'b204-live-paris-guarantees-summit'): "missed 1994 year 'since the Budapest Memorandum of 1994'",
    ('scare', 'b204-live-paris-guarantees-summit'): "'triple lock' listed as speech; 'coalition of the willing' listed as speech",
    ('topics', 'b204-negligence-claim-soweto-birth-injury'): 'health_finances: terms in enough paragraphs, not what the story is about; medical_negligence: too few paragraphs with its terms',
}

BATCH_205_SEALED = {
    ('scare', 'b205-analysis-sanctions-oil-scorecard'): "'shadow fleet' listed as speech",
    ('speakers', 'b205-bail-hearing-durban-tender-fraud'): "'co-operated fully with the investigation' given to municipality, not ethekwini-municipality",
    ('events', 'b205-broadcast-canada-sanctions-interview'): 'missed 2014 year "in connection with Russia\'s war against Ukraine since 2014"',
    ('speakers', 'b205-chemicals-results-brazos-polymer'): "'confident in the long-term fundamentals' given to brazos-polymer-corp, not brazos-polymer",
    ('scare', 'b205-chemicals-results-brazos-polymer'): "'Project Keystone' listed as speech",
    ('topics', 'b205-live-paris-guarantees-summit'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b205-museum-reopening-galway-seaboard'): 'heritage_boats: terms in enough paragraphs, not what the story is about',
    ('topics', 'b205-tree-felling-row-christchurch-planes'): 'footpaths: terms in enough paragraphs, not what the story is about',
    ('events', 'b205-wire-geneva-round-ends'): "missed 2026-05-02 day 'a swap that took place on May 2'",
}

BATCH_206_SEALED = {
    ('topics', 'b206-analysis-eu-sanctions-shadow-fleet'): 'shipping: terms in enough paragraphs, not what the story is about',
    ('topics', 'b206-bike-lane-row-hamilton-dunmore-street'): 'local_business: terms in enough paragraphs, not what the story is about; road_safety: terms in enough paragraphs, not what the story is about',
    ('topics', 'b206-broadcast-ireland-defence-forces-ukraine'): 'neutrality: too few paragraphs with its terms',
    ('scare', 'b206-broadcast-ireland-defence-forces-ukraine'): "'triple lock' listed as speech",
    ('scare', 'b206-coroner-inquiry-cornwall-ambulance-delay'): "'cohorting' listed as speech",
    ('topics', 'b206-folk-festival-kilbrack-trad-weekend'): 'traffic: terms in enough paragraphs, not what the story is about',
    ('events', 'b206-folk-festival-kilbrack-trad-weekend'): "missed 1986 year 'first held in a single pub in 1986'; missed 2027-04-30 day 'will run from April 30 to May 3, 2027'",
    ('scare', 'b206-folk-festival-kilbrack-trad-weekend'): "'The Kilbrack Forty' listed as speech",
    ('topics', 'b206-landslide-coromandel-waiharakeke-slip'): 'infrastructure: terms in enough paragraphs, not what the story is about',
    ('events', 'b206-landslide-coromandel-waiharakeke-slip'): "missed 2026-05-03 day 'until 6pm on Sunday'",
    ('topics', 'b206-live-ukraine-guarantees-london-summit'): 'australian_politics: terms in enough paragraphs, not what the story is about',
    ('scare', 'b206-live-ukraine-guarantees-london-summit'): "'reassurance force' listed as speech",
    ('events', 'b206-pharma-takeover-corvane-lumisept'): 'missed 2026-05-05 day "a 48% premium to Lumisept\'s closing price on Tuesday"',
    ('topics', 'b206-volleyball-final-malabar-thunder-title'): 'kerala_sport: terms in enough paragraphs, not what the story is about; league_business: terms in enough paragraphs, not what the story is about',
    ('events', 'b206-volleyball-final-malabar-thunder-title'): "missed 2026-03-21 day 'were crowned champions of the Premier Spike League (PSL) on Saturday night'",
}

BATCH_207_SEALED = {
    ('topics', 'b207-airport-staff-ballot-bristol'): 'air_travel: terms in enough paragraphs, not what the story is about',
    ('events', 'b207-analysis-guarantees'): "missed 1994 year 'the Budapest Memorandum of 1994'",
    ('scare', 'b207-analysis-guarantees'): "'security guarantees' listed as speech; 'reassurance force' listed as speech",
    ('topics', 'b207-ballet-premiere-aftershock'): 'earthquake_history: terms in enough paragraphs, not what the story is about',
    ('scare', 'b207-broadcast-canada-troops'): "'Sunday Front Page' listed as speech",
    ('topics', 'b207-dust-storm-phoenix'): 'aviation: terms in enough paragraphs, not what the story is about',
    ('scare', 'b207-dust-storm-phoenix'): "'Pull Aside, Stay Alive' listed as speech",
    ('events', 'b207-embezzlement-trial-thukela-ridge'): "missed 2026-05-14 day 'adjourned the matter to Thursday'",
    ('scare', 'b207-florist-q-and-a-woodstock'): "'the Lion's Head' listed as speech",
    ('scare', 'b207-live-eu-sanctions'): "'shadow fleet' listed as speech",
    ('scare', 'b207-telecom-fine-kea'): "'Kea Max' listed as speech",
}

# Blind batches 208–211 (stop 54's second wave), sealed: measured once on 754cae9f (wave 1's rules in): speaker accuracy 0.859, 0.897, 0.963, 0.919 (precision 0.943, 1.000, 0.983, 0.971), one wrong where null (211: "MacPhee told residents the company was \"…,\" prompting one man at the back of the hall to shout: \"…\"" read as the rest of MacPhee's split quotation; mended); topic F1 0.766, 0.842, 0.914, 0.842. What the code still misses:
BATCH_208_SEALED = {
    ('topics', 'b208-blizzard-buffalo-lake-effect'): 'road_travel: terms in enough paragraphs, not what the story is about',
    ('topics', 'b208-broadcast-ireland-ceasefire-monitors'): 'peace_talks: terms in enough paragraphs, not what the story is about; neutrality: too few paragraphs with its terms',
    ('events', 'b208-literary-festival-hooghly-closes'): "missed 2022 year 'the highest since the festival began in 2022'",
    ('topics', 'b208-live-australia-russia-sanctions'): 'peace_talks: terms in enough paragraphs, not what the story is about; shipping: terms in enough paragraphs, not what the story is about',
    ('topics', 'b208-logistics-merger-umgeni-karoo'): 'jobs: terms in enough paragraphs, not what the story is about; markets: terms in enough paragraphs, not what the story is about',
    ('topics', 'b208-parking-meter-row-thirroul'): 'small_business: terms in enough paragraphs, not what the story is about',
    ('events', 'b208-parking-meter-row-thirroul'): "missed 2009 year 'coin-operated machines that had been in place since 2009'",
    ('scare', 'b208-parking-meter-row-thirroul'): "'the ghost meters' listed as speech",
    ('scare', 'b208-postal-workers-strike-canada-post'): "'modernization plan' listed as speech",
    ('scare', 'b208-softball-final-hutt-valley'): "'the elevator' listed as speech",
    ('scare', 'b208-tribunal-appeal-courier-holiday-pay'): "'delivery partners' listed as speech; 'partner vehicles' listed as speech",
    ('topics', 'b208-violinist-interview-saoirse-delaney'): 'traditional_music: terms in enough paragraphs, not what the story is about',
}

BATCH_209_SEALED = {
    ('events', 'b209-art-fair-cape-town'): "missed 2026-05-09 day 'it had sold out its stand by Saturday afternoon'; missed 2027-05-06 day 'will run from May 6 to May 9, 2027'",
    ('topics', 'b209-broadcast-canada-troops'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b209-gardener-q-and-a-glenmoran'): 'biodiversity: terms in enough paragraphs, not what the story is about',
    ('topics', 'b209-heatwave-north-india'): 'labour: terms in enough paragraphs, not what the story is about; power_supply: terms in enough paragraphs, not what the story is about',
    ('topics', 'b209-live-paris-guarantees'): 'australia: terms in enough paragraphs, not what the story is about',
    ('scare', 'b209-wire-geneva-talks'): "'coalition of the willing' listed as speech",
}

BATCH_210_SEALED = {
    ('scare', 'b210-airline-takeover-indus-skyroute'): "'mega-mergers' listed as speech",
    ('topics', 'b210-broadcast-australia-surveillance-aircraft'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b210-croquet-championship-christchurch'): "missed 2022 year 'junior membership had risen by a third since 2022'",
    ('events', 'b210-hailstorm-gauteng'): "missed 2026-11-19 day 'more thunderstorms were likely on Thursday afternoon'",
    ('scare', 'b210-live-paris-security-guarantees'): "'Paris Declaration on the Security of Ukraine' listed as speech",
    ('scare', 'b210-school-merger-ashford-millbrook'): "'Admirals' listed as speech; 'Millers' listed as speech",
    ('scare', 'b210-street-festival-pune-peth-utsav'): "'zero-waste' listed as speech",
}

BATCH_211_SEALED = {
    ('scare', 'b211-analysis-security-guarantees'): "'security guarantees' listed as speech",
    ('scare', 'b211-blacksmith-q-and-a-whanganui'): "'cherry' listed as speech",
    ('events', 'b211-bushfire-toodyay'): "missed 2026-04-16 day 'Toodyay District High School will remain closed on Thursday'",
    ('topics', 'b211-fraud-sentencing-limpopo-cfo'): 'drought: terms in enough paragraphs, not what the story is about',
    ('topics', 'b211-junior-doctors-ballot-england'): 'waiting_lists: terms in enough paragraphs, not what the story is about',
    ('scare', 'b211-junior-doctors-ballot-england'): "'pay restoration' listed as speech",
    ('speakers', 'b211-sailing-regatta-kinsale'): "'The crew were in the water for less than' given to kinsale-rnli, not rnli",
}

# Blind batches 212–215 (stop 54's third wave), sealed: measured once on de9cfe96 (waves 1–2's rules in): speaker accuracy 0.933, 0.906, 0.869, 0.922 (precision 0.979, 1.000, 0.971, 0.971), none wrong where null; topic F1 0.867, 0.848, 0.938, 0.889. What the code still misses:
BATCH_212_SEALED = {
    ('topics', 'b212-broadcast-pretoria-offer'): 'sa_foreign_policy: terms in enough paragraphs, not what the story is about',
    ('topics', 'b212-handball-final-jaipur'): 'indian_railways: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b212-insurer-merger-northvale'): "'material job losses in customer-facing r' given to laurentian, not laurentian-mutual-assurance; 'unanimously recommended' given to prairie-shield, not prairie-shield-insurance-corp",
    ('events', 'b212-potter-interview-seagrove'): "missed 1976 year 'four times a year since 1976'",
    ('scare', 'b212-sculpture-trail-otago-harbour'): "'Container' listed as speech",
    ('events', 'b212-train-drivers-ballot-sydney'): "missed 2026-06-03 day 'closes on June 3'",
}

BATCH_213_SEALED = {
    ('topics', 'b213-beekeeper-q-and-a-waikato'): 'honey_prices: terms in enough paragraphs, not what the story is about; varroa: terms in enough paragraphs, not what the story is about',
    ('events', 'b213-broadcast-canada-troops'): "missed 2026-07 month 'before the NATO summit in July'",
    ('events', 'b213-cold-snap-calgary-may-snow'): "missed 1967 year 'a daily record set in 1967'",
    ('topics', 'b213-jazz-festival-joburg-winter'): 'weather: terms in enough paragraphs, not what the story is about',
    ('events', 'b213-live-geneva-day-one'): "missed 2026-03-03 day 'the Istanbul round collapsed on March 3'",
    ('scare', 'b213-retailer-results-hartwell-pine'): "'Porchlight' listed as speech",
}

BATCH_214_SEALED = {
    ('events', 'b214-analysis-guarantees-without-plan'): "missed 2025-03 month 'first issued in March 2025'",
    ('scare', 'b214-analysis-guarantees-without-plan'): "'backstop' listed as speech",
    ('scare', 'b214-brewery-takeover-cascade-hollow'): "'Fog Bank' listed as speech",
    ('speakers', 'b214-broadcast-tanaiste-neutrality'): "'Ireland's experience in peacekeeping and' given to embassy-of-ukraine, not embassy-of-ukraine-in-ireland",
    ('events', 'b214-nurses-ballot-health-nz'): "missed 2026-06-01 day 'broke down for a third time on Monday'; missed 2026-06-16 day 'close on 16 June'",
    ('scare', 'b214-nurses-ballot-health-nz'): "'Safe Staffing Saves Lives' listed as speech",
}

BATCH_215_SEALED = {
    ('events', 'b215-book-awards-salt-ledger'): "missed 2026-10 month 'with both editions expected by October'",
    ('events', 'b215-broadcast-geneva-monitors'): 'missed 2023 year "who served as Australia\'s ambassador to Poland until 2023"',
    ('events', 'b215-chef-q-and-a-lumbre'): "missed 2026-10-06 day 'On Tuesday, Oct. 6, the 38-year-old chef opens her first restaurant'",
    ('scare', 'b215-chef-q-and-a-lumbre'): "'the burnt one' listed as speech",
    ('events', 'b215-drought-declaration-maranoa'): "missed 2026-05-04 day 'Agriculture Minister Tom Kearsley announced on Monday'",
    ('events', 'b215-firefighters-strike-joburg'): "missed 2026-07-17 day 'on Friday, according to the union'",
    ('speakers', 'b215-speed-camera-row-memorial-ave'): "'a crash history that speaks for itself' given to nz-transport-agency-waka-kotahi, not nzta",
    ('events', 'b215-telco-results-ardmore'): "missed 2026-09 month 'in the three months to the end of September'",
}

# Blind batches 216–219 (stop 54's fourth wave), sealed: measured once on 1fb2dc33 (every rule of the stop before it in): speaker accuracy 0.839, 0.938, 0.956, 0.956 (precision 0.971, 1.000, 0.991, 0.967), none wrong where null; topic F1 0.976, 0.919, 0.848, 0.913. What the code still misses:
BATCH_216_SEALED = {
    ('events', 'b216-broadcast-india-russian-oil-sanctions'): "missed 2022 year 'India began buying large volumes of discounted Russian crude in 2022'",
    ('events', 'b216-bus-drivers-ballot-perth'): "missed 2026-06-08 day 'closes on June 8'",
    ('scare', 'b216-bus-drivers-ballot-perth'): "'Fair Go for Drivers' listed as speech",
    ('events', 'b216-craft-fair-hebden-bridge'): "missed 2026-05-10 day 'had sold out by Sunday lunchtime'",
    ('scare', 'b216-dairy-takeover-kaimai'): "'Pure Pasture' listed as speech",
    ('events', 'b216-stonemason-interview-clare'): "missed 1987 year 'an award first presented in 1987'",
}

BATCH_217_SEALED = {
    ('events', 'b217-hail-damage-brisbane'): "missed 2025-11-21 day 'a further line of storms was possible on Friday'",
    ('scare', 'b217-hail-damage-brisbane'): "'storm chasers' listed as speech",
    ('topics', 'b217-negligence-inquest-mayo-sepsis'): 'criminal_trial: terms in enough paragraphs, not what the story is about',
    ('events', 'b217-negligence-inquest-mayo-sepsis'): "missed 2026-04-28 day 'an inquest in Castlebar heard on Tuesday'; missed 2025-01-13 day 'by ambulance at 9.40pm on January 13th'",
    ('events', 'b217-winemaker-q-and-a-castellanos'): "missed 2025-09-04 day 'We picked our first pinot on Sept. 4'; missed 2020 year 'We lost our entire 2020 crop to smoke taint'",
}

BATCH_218_SEALED = {
    ('scare', 'b218-car-park-charges-whangarei-saturday'): "'pay by plate' listed as speech",
    ('topics', 'b218-heat-warning-delhi-red-alert'): 'schools: terms in enough paragraphs, not what the story is about',
    ('scare', 'b218-heat-warning-delhi-red-alert'): "'warm night' listed as speech",
    ('speakers', 'b218-luthier-interview-huon-pine'): "'When the timber runs out' given to astrid-lindqvist, not peg-lindqvist",
    ('events', 'b218-luthier-interview-huon-pine'): "missed 2015 year 'toured with two Lindqvist guitars since 2015'",
    ('events', 'b218-mining-merger-thaba-lebowa'): "missed 2011 year 'spun out of a larger diversified miner in 2011'",
    ('events', 'b218-netball-semi-final-thunderbirds-kingfishers'): "missed 2026-05-17 day 'Ellis Park Arena in Johannesburg on Sunday'",
}

BATCH_219_SEALED = {
    ('topics', 'b219-analysis-indian-refiners-russian-oil'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b219-bank-results-mopane-earnings'): "'aware of the matter and engaging with th' given to reserve-banks-banking-regulator, not prudential-authority",
    ('speakers', 'b219-broadcast-irish-troops-ukraine-ceasefire'): "'a provocation dressed up as humanitarian' given to department-of-foreign-affairs, not russian-embassy-in-dublin",
    ('events', 'b219-broadcast-irish-troops-ukraine-ceasefire'): "missed 2026-03 month 'published in March found 54% of voters'",
    ('events', 'b219-custody-hearing-kelowna-border-collie'): "missed 2024 year 'since the province changed its family law in 2024'",
    ('events', 'b219-falconer-q-and-a-marlborough-karearea'): 'missed 2019 year \'which since 2019 has placed rehabilitated New Zealand falcons\'; missed 2026-06 month "in June we\'ll decide with the vets"',
    ('scare', 'b219-paramedics-strike-nsw-walkout'): "'ramping' listed as speech",
    ('speakers', 'b219-river-flooding-davenport-mississippi'): "'This is a slow-moving event.' given to weather-services-quad-cities-office, not national-weather-service; 'Navigation on this stretch will remain s' given to corps, not us-army-corps-of-engineers",
    ('scare', 'b219-river-flooding-davenport-mississippi'): "'hundred-year flood' listed as speech",
    ('topics', 'b219-squash-championship-tauranga-nationals'): 'facilities: terms in enough paragraphs, not what the story is about; olympics: terms in enough paragraphs, not what the story is about',
    ('topics', 'b219-wire-eu-shadow-fleet-sanctions'): 'hungary_slovakia_veto: terms in enough paragraphs, not what the story is about',
}

# Blind batches 220–223 (stop 54's fifth wave), sealed: measured once on e537bf2e (every rule of the stop before it in): speaker accuracy 0.861, 0.978, 0.914, 0.961 (precision 0.927, 0.992, 0.971, 1.000), none wrong where null; topic F1 0.927, 0.811, 0.900, 0.757. What the code still misses:
BATCH_220_SEALED = {
    ('speakers', 'b220-cleaners-ballot-northgate'): "'disappointed' given to brightstone-facilities-ltd, not brightstone-facilities; 'We have tabled a fair offer of a 4.5% in' given to brightstone-facilities-ltd, not brightstone-facilities",
    ('scare', 'b220-cleaners-ballot-northgate'): "'the Northgate gap' listed as speech",
    ('events', 'b220-organ-builder-interview-bergeron'): 'missed 1889 year "the restoration of the 1889 organ at St. Brendan\'s Church in Halifax"',
    ('scare', 'b220-perjury-trial-tender-official'): "'green file' listed as speech",
    ('speakers', 'b220-retail-takeover-pinecrest'): "'no plans to close stores as a result of ' given to pinecrest-grocers-inc, not pinecrest",
    ('scare', 'b220-street-art-festival-christchurch'): "'heron special' listed as speech",
}

BATCH_221_SEALED = {
    ('topics', 'b221-analysis-europe-backstop'): 'security_guarantees: too few paragraphs with its terms',
    ('events', 'b221-bike-share-launch-pune'): "missed 2019 year 'was wound up in 2019'",
    ('events', 'b221-broadcast-pretoria-offer'): "missed 2026-05-13 day 'prepare to meet in Geneva on Wednesday'",
    ('topics', 'b221-coastal-erosion-skipsea-chalets'): 'tourism: terms in enough paragraphs, not what the story is about',
    ('scare', 'b221-coroner-findings-sounds-kayaker'): "'Make the Call' listed as speech",
    ('topics', 'b221-photography-prize-water-queues'): 'drought: terms in enough paragraphs, not what the story is about',
}

BATCH_222_SEALED = {
    ('topics', 'b222-broadcast-canada-russia-sanctions'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b222-dust-storm-phoenix-haboob'): "missed 2026-05-14 day 'another round of storms was possible Thursday afternoon'",
    ('speakers', 'b222-employment-tribunal-care-whistleblower'): "'We are disappointed with the outcome' given to thistlebrae-care-ltd, not thistlebrae-care",
    ('events', 'b222-employment-tribunal-care-whistleblower'): "missed 2024-08 month 'She was suspended in August'",
    ('topics', 'b222-opera-premiere-drowned-orchard'): 'drought: terms in enough paragraphs, not what the story is about',
    ('scare', 'b222-opera-premiere-drowned-orchard'): "'water aria' listed as speech",
    ('events', 'b222-pilots-ballot-sable-airways'): "missed 2023 year 'had not received an increase since 2023'",
    ('speakers', 'b222-table-tennis-final-nationals'): "'I'm not a wall, I'm just stubborn' given to suresh-pillai, not karthik-subramanian",
}

BATCH_223_SEALED = {
    ('topics', 'b223-broadcast-australia-ceasefire-monitors'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b223-bushfire-recovery-wattle-flat'): 'insurance: terms in enough paragraphs, not what the story is about',
    ('scare', 'b223-folk-music-awards-galway'): "'The Salt Road Home' listed as speech",
    ('topics', 'b223-motorcycle-race-north-west-200'): 'weather: terms in enough paragraphs, not what the story is about',
    ('topics', 'b223-sentencing-hearing-rugby-treasurer'): 'rugby: terms in enough paragraphs, not what the story is about',
    ('events', 'b223-sentencing-hearing-rugby-treasurer'): "missed 2024-08 month 'Tulloch was arrested in August that year'",
    ('scare', 'b223-shepherd-q-and-a-idaho'): "'fuel reduction' listed as speech",
}

# Blind batches 224–227 (stop 55's first wave), sealed: measured once on a3b93f55 (main at the stop's start): speaker accuracy 0.936, 0.902, 0.886, 0.853 (precision 0.990, 1.000, 0.960, 0.980); two wrong where null in 226 (an orchardist in Narkanda, a trade no list held, then "he said" given to the minister named before; "A first-year engineering student standing beside him put it more simply:" read as the student leader's quote going on), both mended; topic F1 0.923, 0.963, 0.750, 0.919. What the code still misses:
BATCH_224_SEALED = {
    ('events', 'b224-curling-final-duluth-extra-end'): "missed 2026-03-01 day 'with the last stone of an extra end on Sunday night'",
    ('speakers', 'b224-glassblower-interview-lunenburg'): "'You will burn yourself many times.' given to jonah-whitford, not henrik-aas",
    ('events', 'b224-glassblower-interview-lunenburg'): "missed 1997 year 'a furnace that has been burning, with only a few interruptions, since 1997'; missed 2022 year 'my fuel bill has doubled since 2022'",
    ('scare', 'b224-glassblower-interview-lunenburg'): "'Ebb' listed as speech",
    ('events', 'b224-landslide-mandi-tharoli'): "missed 2023 year 'We saw this again and again in the monsoon of 2023.'; missed 2026-08-01 day 'for Mandi, Kullu and Shimla districts till Saturday'",
    ('scare', 'b224-postal-workers-strike-sapo'): "'no work, no pay' listed as speech",
}

BATCH_225_SEALED = {
    ('events', 'b225-allotment-row-foxley-lane-rules'): "missed 1985 year 'at Foxley Lane since 1985'",
    ('scare', 'b225-baker-q-and-a-supreme-pie'): "'Nana's Sunday Roast' listed as speech",
    ('events', 'b225-choir-festival-durban-school-choir'): "missed 2026-07-05 day 'which ran from July 2 to July 5'",
    ('scare', 'b225-choir-festival-durban-school-choir'): "'Nkosi Sikelel' iAfrika' listed as speech",
    ('events', 'b225-licensing-hearing-galway-late-bar'): "missed 2019 year 'since it was bought in 2019'",
    ('scare', 'b225-live-paris-guarantees-summit'): "'Ukraine's long-term security architecture' listed as speech",
    ('events', 'b225-refuse-collectors-ballot-christchurch'): "missed 2023 year 'had not had a pay rise since 2023'",
}

BATCH_226_SEALED = {
    ('events', 'b226-analysis-guarantee-politics'): "missed 1994 year 'the Budapest Memorandum of 1994'",
    ('scare', 'b226-analysis-guarantee-politics'): "'coalition of the willing' listed as speech",
    ('events', 'b226-bridge-closure-rochester'): "missed 2026-05-15 day 'will close to all traffic at 6 a.m. Friday'",
    ('events', 'b226-broadcast-canada-troops-ukraine'): "missed 2022-02 month 'since February 2022'",
    ('speakers', 'b226-burglary-sentencing-hamilton'): "'That one bit of footage cracked it open ' given to jayden-riley, not hemi-walker",
    ('topics', 'b226-comedy-festival-melbourne-awards'): 'teaching: terms in enough paragraphs, not what the story is about; ticket_sales: terms in enough paragraphs, not what the story is about',
    ('topics', 'b226-lecturers-strike-vaal-ridge'): 'student_exams: terms in enough paragraphs, not what the story is about',
    ('scare', 'b226-lecturers-strike-vaal-ridge'): "'no work, no pay' listed as speech",
    ('scare', 'b226-pharma-results-marlowe'): "'BRIGHTWATER-3' listed as speech",
    ('scare', 'b226-saddler-interview-kilcullen'): "'the Cave' listed as speech; 'the Curragh Close-Contact' listed as speech",
}

BATCH_227_SEALED = {
    ('events', 'b227-airport-takeover-fenland-calder-ridge'): "missed 1994 year 'was an RAF base until 1994'",
    ('scare', 'b227-airport-takeover-fenland-calder-ridge'): "'put up or shut up' listed as speech",
    ('events', 'b227-art-auction-lena-marsh-record'): "missed 1958 year 'A 1958 canvas by the Abstract Expressionist painter Lena Marsh'",
    ('scare', 'b227-art-auction-lena-marsh-record'): "'Tidewater No. 4' listed as speech",
    ('topics', 'b227-broadcast-canada-sanctions-deported-children'): 'peace_talks: terms in enough paragraphs, not what the story is about; security_guarantees: terms in enough paragraphs, not what the story is about',
    ('scare', 'b227-broadcast-canada-sanctions-deported-children'): "'The Briefing' listed as speech",
    ('events', 'b227-cyclone-recovery-cassowary-coast'): "missed 2011 year 'since Cyclone Yasi in 2011'",
    ('events', 'b227-kabaddi-final-haryana-hammers'): "missed 2024 year 'and to Kolkata in 2024'",
    ('events', 'b227-miners-ballot-letsatsi-platinum'): "missed 2026-02 month 'Mediation and Arbitration (CCMA) in February'",
    ('scare', 'b227-wire-geneva-round-ends'): "'all for all' listed as speech",
}

# Blind batches 228–231 (stop 55's second wave), sealed: measured once on 1d5638a9 (wave 1's rules in): speaker accuracy 0.956, 0.952, 0.956, 0.957 (precision 1.000, 0.991, 1.000, 1.000), none wrong where null; topic F1 1.000, 0.958, 0.882, 0.857. What the code still misses:
BATCH_228_SEALED = {
    ('events', 'b228-beekeeper-interview-leitrim-black-bee'): "missed 2012 year 'only the wet summer of 2012 was worse'",
    ('events', 'b228-drink-driving-sentencing-kilrush-crash'): "missed 2025-12-27 day 'outside the town on December 27th last'; missed 2019 year 'for speeding, dating from 2019'",
    ('events', 'b228-flood-warning-york-ouse'): "missed 2026-05-16 day 'likely to peak at about 4.2 metres above normal levels on Saturday'; missed 2015-12 month 'again in December 2015'",
    ('scare', 'b228-hockey-final-odisha-shootout'): "'The Great Wall of Sundargarh' listed as speech",
    ('events', 'b228-library-hours-row-kingston-sundays'): "missed 2018 year 'last expanded in 2018'",
    ('events', 'b228-quilt-show-oamaru-tide-lines'): "missed 2026-05-01 day 'When it started raining on Friday night'",
}

BATCH_229_SEALED = {
    ('scare', 'b229-cobbler-q-and-a-little-italy'): "'fast fashion' listed as speech",
    ('events', 'b229-coroner-inquest-kepler-track-tramper'): "missed 2025-07-07 day 'upgraded its warning for Fiordland from orange to red at 11.42am on 7 July'",
    ('scare', 'b229-live-paris-security-guarantees'): "'reassurance force' listed as speech",
    ('events', 'b229-school-uniform-row-durban-blazer'): "missed 2026-10 month 'whose daughter writes her matric exams in October'",
    ('events', 'b229-surf-lifesaving-carnival-coolum'): 'missed 2026-04-18 day "scrap Saturday\'s surf boat finals"',
}

BATCH_230_SEALED = {
    ('events', 'b230-cycle-path-row-wellington'): "missed 2026-05-05 day 'taken after a four-hour debate on Tuesday night'",
    ('events', 'b230-film-festival-kochi'): "missed 2018 year 'A documentary on the 2018 Kerala floods'",
    ('topics', 'b230-fraud-trial-pretoria-meters'): 'water_supply: terms in enough paragraphs, not what the story is about',
    ('topics', 'b230-insurer-results-northwind'): 'wildfires: terms in enough paragraphs, not what the story is about',
    ('events', 'b230-thatcher-interview-clare'): "missed 1989 year 'from about 2,500 in 1989'",
}

BATCH_231_SEALED = {
    ('topics', 'b231-analysis-reassurance-force-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b231-analysis-reassurance-force-guarantees'): "missed 1994 year 'They remember the Budapest Memorandum of 1994'",
    ('topics', 'b231-brass-band-contest-kelderby-regionals'): 'mining_heritage: terms in enough paragraphs, not what the story is about',
    ('events', 'b231-brass-band-contest-kelderby-regionals'): "missed 2026-03-08 day 'after winning the North of England Regional Championships on Sunday'; missed 1898 year 'was formed in 1898 by miners at the village pit'; missed 2026-10-10 day 'at the Royal Albert Hall on 10 October'",
}

# Blind batches 232–235 (stop 55's third wave), sealed: measured once on 4f88fecf (waves 1–2's rules in): speaker accuracy 0.919, 0.964, 0.918, 0.910 (precision 1.000, 0.991, 0.991, 0.967), none wrong where null; topic F1 0.872, 1.000, 0.706, 0.914. What the code still misses:
BATCH_232_SEALED = {
    ('topics', 'b232-car-boot-sale-ban-ashmere'): 'traffic: terms in enough paragraphs, not what the story is about',
    ('events', 'b232-car-boot-sale-ban-ashmere'): "missed 1987 year 'to a field outside Ashmere since 1987'",
    ('topics', 'b232-farrier-interview-curragh'): 'horse_racing: terms in enough paragraphs, not what the story is about',
    ('events', 'b232-farrier-interview-curragh'): "missed 2026-09 month 'is launching a new apprenticeship scheme in September'",
    ('events', 'b232-firefighters-ballot-scotland'): "missed 2026-06-08 day 'close on June 8'",
    ('scare', 'b232-live-brussels-guarantees'): "'reassurance force' listed as speech",
    ('events', 'b232-orchid-show-whanganui'): "missed 2026-05-03 day 'runs until 4pm on Sunday'",
    ('topics', 'b232-rowing-head-race-swan'): 'weather: terms in enough paragraphs, not what the story is about',
    ('events', 'b232-rowing-head-race-swan'): "missed 2026-07-18 day 'the national head race final in Adelaide on July 18'",
    ('events', 'b232-wire-geneva-second-round'): "missed 2026-05-18 day 'Technical groups will meet on Monday'",
}

BATCH_233_SEALED = {
    ('events', 'b233-avalanche-warning-himachal-kashmir'): "missed 2026-03-05 day 'valid till 5 pm on Thursday'",
    ('events', 'b233-broadcast-sanctioned-ship-durban'): "missed 2023 year 'echoes a 2023 dispute over a Russian vessel'",
    ('scare', 'b233-broadcast-sanctioned-ship-durban'): "'active non-alignment' listed as speech",
    ('events', 'b233-gaelic-football-final-gaelic-park'): "missed 2011 year 'first senior title since 2011'",
    ('speakers', 'b233-live-canada-eu-russia-sanctions'): "'new measures targeting Russia's energy r' given to claire-beaudoin, not global-affairs-canada",
    ('scare', 'b233-recycling-centre-row-kaiwhero'): "'tip shop' listed as speech",
}

BATCH_234_SEALED = {
    ('topics', 'b234-analysis-who-shoots-back'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b234-analysis-who-shoots-back'): "'backstop' listed as speech",
    ('scare', 'b234-blacksmith-interview-cape-breton'): "'Old Bertha' listed as speech",
    ('events', 'b234-boxing-title-fight-moana-castaneda'): 'missed 2026-09 month "We\'re looking at September"',
    ('topics', 'b234-broadcast-irish-ceasefire-mission'): 'neutrality: too few paragraphs with its terms',
    ('events', 'b234-sand-sculpture-festival-chandrabhaga'): "missed 2026-05-01 day 'especially on Friday evening when more than 40,000 people came'",
    ('events', 'b234-teachers-strike-scotland'): "missed 2023-01 month 'the first national strike in the sector since January 2023'; missed 2026-05-20 day 'two further strike days on 19 and 20 May'",
    ('topics', 'b234-telecom-results-sanchar-mobile'): 'five_g: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b234-telecom-results-sanchar-mobile'): "'no plans to raise equity in the near ter' given to sanchar-mobile-ltd, not sanchar-mobile",
    ('events', 'b234-telecom-results-sanchar-mobile'): "missed 2026-03-31 day 'for the quarter ended March 31, 2026'; missed 2026-08 month 'has scheduled the auction for August'",
    ('topics', 'b234-theft-trial-burial-society'): 'burial_societies: terms in enough paragraphs, not what the story is about',
}

BATCH_235_SEALED = {
    ('events', 'b235-analysis-refiners-russian-crude'): "missed 2026-04 month '1.3 million barrels a day in April'",
    ('topics', 'b235-golf-open-carolina-coastal'): 'wetlands: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b235-kite-festival-blouberg-whale'): "'I just held the string' given to nomsa-dlamini, not amahle-dlamini",
    ('events', 'b235-kite-festival-blouberg-whale'): "missed 2011 year 'since the event was first held in 2011'",
    ('events', 'b235-mining-takeover-sekhukhune-platinum'): "missed 2026-05-11 day 'a 31% premium to its closing price on Monday'",
}

# Blind batches 236–238 (stop 55's fourth wave), sealed: measured once on 091ae303 (every rule of the stop before it in): speaker accuracy 0.959, 0.860, 0.958 (precision 0.991, 0.912, 0.992); one wrong where null in 238 ("Residents in Wellington's Mt Cook say they are being "…"" given to the suburb, read as a name past the possessive place; mended); topic F1 0.857, 0.875, 0.903. What the code still misses:
BATCH_236_SEALED = {
    ('events', 'b236-bank-staff-strike-corrib-bank'): "missed 1970 year 'the six-month dispute of 1970'",
    ('events', 'b236-brewery-results-northshore-q1'): "missed 1958 year 'brewed there since 1958'",
    ('topics', 'b236-broadcast-canada-monitoring-force'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b236-broadcast-canada-monitoring-force'): "'The Weekend House' listed as speech",
    ('events', 'b236-dust-storm-far-west-nsw'): "missed 2026-02-12 day 'another front on Thursday'",
    ('topics', 'b236-fraud-sentencing-pension-administrator'): 'mining_industry: terms in enough paragraphs, not what the story is about',
    ('topics', 'b236-live-brussels-sanctions-summit'): 'energy: terms in enough paragraphs, not what the story is about',
    ('scare', 'b236-squash-final-national-championship'): "'the Coimbatore curl' listed as speech",
    ('topics', 'b236-wire-geneva-talks-second-day'): 'sanctions: terms in enough paragraphs, not what the story is about',
}

BATCH_237_SEALED = {
    ('speakers', 'b237-analysis-europe-security-guarantee'): "'Deterrence that depends on a decision in' given to helen-ashcroft, not tomasz-wierzbicki",
    ('events', 'b237-canoe-slalom-penrith-world-cup'): "missed 2026-09 month 'in Tacen, Slovenia, in September'",
    ('topics', 'b237-inquest-verdict-care-home-choking'): 'mining: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b237-inquest-verdict-care-home-choking'): "'deeply regrets' given to vale-care, not calder-vale-care; 'We have accepted every one of the corone' given to calder-vale-care-ltd, not calder-vale-care",
    ('scare', 'b237-live-eu-sanctions-package'): "'shadow fleet' listed as speech",
    ('topics', 'b237-pedestrian-crossing-row-ballincollig'): 'schools: terms in enough paragraphs, not what the story is about',
    ('events', 'b237-pedestrian-crossing-row-ballincollig'): "missed 2009 year 'has stood there in his hi-vis coat since 2009'",
    ('scare', 'b237-pedestrian-crossing-row-ballincollig'): "'the lollipop crossing' listed as speech",
    ('speakers', 'b237-rail-takeover-hunter-coast'): "'I've been catching the 6.42 for 14 years' given to dempsey, not col-dempsey",
    ('topics', 'b237-sea-fog-casco-bay'): 'fishing: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b237-sea-fog-casco-bay'): "'every fog protocol we have' given to ferrys-operator, not harbor-islands-ferry-co; 'The safety of our passengers and crew is' given to ferrys-operator, not harbor-islands-ferry-co",
    ('speakers', 'b237-wire-istanbul-prisoner-swap'): "'Turkey will continue to offer every faci' given to turkish-ministry, not turkeys-foreign-ministry; 'before the summer.' given to turkish-ministry, not turkeys-foreign-ministry",
}

BATCH_238_SEALED = {
    ('events', 'b238-basket-weaver-q-and-a-somerset-willow'): "missed 1986 year 'making baskets on the Somerset Levels since 1986'",
    ('scare', 'b238-basket-weaver-q-and-a-somerset-willow'): "'the Withy Shed' listed as speech",
    ('events', 'b238-broadcast-canada-trainers'): "missed 2015 year 'the training mission Canada ran from 2015'",
    ('scare', 'b238-broadcast-canada-trainers'): "'international security operations' listed as speech",
    ('events', 'b238-bus-drivers-ballot-melbourne'): "missed 2026-05-27 day 'Voting opens on Monday and closes on 27 May.'",
    ('events', 'b238-hurling-final-tipperary-kilkenny'): "missed 2019 year 'for the first time since 2019'",
    ('events', 'b238-jazz-weekend-durban-bluff'): "missed 2026-05-01 day 'was released on Friday'",
    ('topics', 'b238-live-sanctions-package'): 'shipping: terms in enough paragraphs, not what the story is about',
    ('events', 'b238-live-sanctions-package'): "missed 2026-12-31 day 'exemption for existing pipeline contracts until 31 December'",
    ('topics', 'b238-mudslide-himachal-village'): 'monsoon_weather: terms in enough paragraphs, not what the story is about',
    ('events', 'b238-parking-permit-row-wellington'): "missed 2026-06-12 day 'stays open until 12 June'",
}

# Blind batches 239–242 (stop 56's first wave), sealed: measured once on main 3435e40d: speaker accuracy 0.908, 0.948, 0.931, 0.943 (precision 1.000, 0.991, 1.000, 0.991); one wrong where null in 240 (an unnamed shopper's "she said" given to "Coastal Fresh, a family-owned business", read as a person; mended); topic F1 1.000, 0.936, 0.824, 0.909. What the code still misses:
BATCH_239_SEALED = {
    ('scare', 'b239-aviation-denver-runway-incursion'): "'Category A' listed as speech",
    ('events', 'b239-energy-upington-solar-battery'): "missed 2008 year 'driven most load shedding since 2008'",
    ('scare', 'b239-inquest-cyclist-junction'): "'road traffic collision' listed as speech",
    ('events', 'b239-school-rototuna-classrooms'): "missed 2022 year 'more than double since 2022'",
}

BATCH_240_SEALED = {
    ('events', 'b240-feature-salisbury-guarantee'): "missed 1994 year 'the Budapest Memorandum of 1994'",
    ('events', 'b240-hospital-ravenport-er'): "missed 2026-02-04 day 'Nova Scotia Health announced Wednesday'",
    ('scare', 'b240-hospital-ravenport-er'): "'Keep our ER open' listed as speech",
    ('events', 'b240-music-monsoon-protocol'): "missed 2026-01-31 day 'Kolkata on January 31'",
    ('scare', 'b240-music-monsoon-protocol'): "'Tenant' listed as speech",
    ('topics', 'b240-police-townsville-ram-raid'): 'small_business: terms in enough paragraphs, not what the story is about',
    ('scare', 'b240-radio-demining-neutrality'): "'triple lock' listed as speech",
    ('events', 'b240-retail-pemberton-lowe'): "missed 2026-06 month 'close 14 of its 38 shops by the end of June'; missed 1891 year 'founded in Leeds in 1891'",
    ('events', 'b240-rugby-highlanders-chiefs'): "missed 2026-07 month 'ahead of the July internationals'; missed 2026-04-21 day 'We spent Tuesday doing nothing else.'",
    ('events', 'b240-science-meerkat-lighthouse'): "missed 2026-08 month '40 hours of observing time in August'",
    ('events', 'b240-tribunal-kgosi-merger'): "missed 2026-04-24 day 'the dates of their visits by Friday'",
}

BATCH_241_SEALED = {
    ('events', 'b241-banking-sahyadri-cooperative-rbi'): "missed 2027-01-07 day 'until January 7, 2027'",
    ('topics', 'b241-books-vance-salt-almanac'): 'fishing: terms in enough paragraphs, not what the story is about',
    ('events', 'b241-books-vance-salt-almanac'): "missed 2026-07 month 'it was longlisted in July for the Carraway Prize for fiction'",
    ('topics', 'b241-climate-wexford-coastal-erosion'): 'storms: terms in enough paragraphs, not what the story is about',
    ('events', 'b241-climate-wexford-coastal-erosion'): "missed 2026-09 month 'due to be finalised by September'; missed 2010 year 'has had to be moved inland twice since 2010'",
    ('scare', 'b241-climate-wexford-coastal-erosion'): "'managed retreat' listed as speech",
    ('topics', 'b241-court-nqabara-water-tenders'): 'water_supply: terms in enough paragraphs, not what the story is about',
    ('events', 'b241-election-thunder-bay-mayor'): 'missed 2026-10-26 day "unseating incumbent Ray Castellan in Monday\'s municipal election"',
    ('topics', 'b241-farming-southland-milk-forecast'): 'banking: terms in enough paragraphs, not what the story is about',
    ('events', 'b241-farming-southland-milk-forecast'): "missed 2026-06-01 day 'for the season starting on June 1'",
    ('scare', 'b241-football-kilbride-thistle-comeback'): "'the Barn' listed as speech",
    ('topics', 'b241-ports-durban-backlog'): 'retail: terms in enough paragraphs, not what the story is about; weather: terms in enough paragraphs, not what the story is about',
    ('scare', 'b241-profile-derkach-guarantees'): "'Promises' listed as speech",
}

BATCH_242_SEALED = {
    ('topics', 'b242-film-neelambari-iffi'): 'music: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b242-inquiry-te-awanui-water'): "'on its last legs' given to hemi-ratana, not graeme-pinfold",
    ('scare', 'b242-insurance-bc-wildfire-premiums'): "'FireSmart discount' listed as speech",
    ('events', 'b242-space-kestrel-orbit'): "missed 2026-03 month 'Its first rocket broke apart 40 seconds after lift-off in March'",
}

# Blind batches 243–246 (stop 56's second wave), sealed: measured once on bae48af5 (wave 1's rules in): speaker accuracy 0.951, 0.942, 0.898, 0.956 (precision 1.000, 0.991, 0.963, 0.991); one wrong where null in 245 (an unnamed spectator's "he said" given to "Tournament organiser Coastal Golf Events", read as a person, past the spectator's who-clause naming a golfer's group; mended); topic F1 0.818, 0.884, 0.800, 0.923. What the code still misses:
BATCH_243_SEALED = {
    ('topics', 'b243-ambulance-gloucester-nine-hour-wait'): 'falls_in_elderly: terms in enough paragraphs, not what the story is about; hospital_handover: terms in enough paragraphs, not what the story is about',
    ('topics', 'b243-council-kestrel-falls-short-term-rentals'): 'tourism: terms in enough paragraphs, not what the story is about',
    ('topics', 'b243-explainer-security-guarantees'): 'nato_membership: terms in enough paragraphs, not what the story is about; peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b243-explainer-security-guarantees'): "'coalition of the willing' listed as speech",
    ('events', 'b243-ferry-cook-strait-power-loss'): "missed 2026-05-14 day 'sailings on the Kaitiaki Spirit were cancelled until at least Thursday'",
    ('topics', 'b243-magistrates-bendigo-asbestos-dumping'): 'waterways: terms in enough paragraphs, not what the story is about',
}

BATCH_244_SEALED = {
    ('scare', 'b244-bus-dales-route-74'): "'Save the 74' listed as speech",
    ('topics', 'b244-netball-thunderbirds-comeback'): 'ladder: terms in enough paragraphs, not what the story is about',
    ('events', 'b244-nursing-canterbury-strike'): "missed 2026-04-30 day 'Last Thursday I had eight patients on a night shift'",
    ('topics', 'b244-zoning-kingston-johnson-street'): 'heritage: terms in enough paragraphs, not what the story is about',
    ('scare', 'b244-zoning-kingston-johnson-street'): "'the Johnson Street wall' listed as speech",
}

BATCH_245_SEALED = {
    ('scare', 'b245-airport-severnside'): "'climate emergency' listed as speech",
    ('events', 'b245-byelection-whanganui'): "missed 2026-02 month 'resigned in February to take up a job in the private sector'",
    ('topics', 'b245-dairy-milk-price'): 'farm_incomes: too few paragraphs with its terms',
    ('scare', 'b245-drought-marathwada'): "'Jalyukt Shivar' listed as speech",
    ('events', 'b245-live-geneva-guarantees'): "missed 2015 year 'In 2015 we signed agreements in Minsk'",
    ('topics', 'b245-podcast-neutrality'): 'neutrality: too few paragraphs with its terms',
    ('topics', 'b245-sentencing-water-tender'): 'local_government: terms in enough paragraphs, not what the story is about; water_supply: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b245-telecom-norvale-outage'): "'equivalent to five days of service' given to norvale, not norvale-communications",
}

BATCH_246_SEALED = {
    ('events', 'b246-coroner-emergency-wait-inquest'): "missed 2024-08-22 day 'collapsed in the waiting room of Western Plains Regional Hospital on 22 August 2024'",
    ('speakers', 'b246-live-shadow-fleet-sanctions'): "'tighten the net around Russia's war econ' given to cypriot-presidency, not cypriot-presidency-of-the-eu-council",
    ('events', 'b246-live-shadow-fleet-sanctions'): "missed 2025-12-03 day 'designating 27 ships on 3 December last year'",
    ('scare', 'b246-live-shadow-fleet-sanctions'): "'shadow fleet' listed as speech",
    ('scare', 'b246-pensions-kiwisaver-gender-gap'): "'motherhood penalty' listed as speech",
    ('events', 'b246-schools-pit-latrines-mqanduli'): "missed 2021 year 'at least nine times since 2021'",
}

# Blind batches 247–250 (stop 56's third wave), sealed: measured once on d05269c4 (the first two waves' rules and the first review's in): speaker accuracy 0.910, 0.926, 0.939, 0.922 (precision 0.969, 0.961, 0.991, 0.969); none wrong where null; topic F1 0.864, 0.821, 0.927, 0.977. What the code still misses:
BATCH_247_SEALED = {
    ('speakers', 'b247-boxing-nolan-european-title'): "'start first thing this week, if not toni' given to gerry-brennan, not siobhan-keane",
    ('events', 'b247-boxing-nolan-european-title'): "missed 2026-09 month 'which she hopes to stage in September'",
    ('scare', 'b247-boxing-nolan-european-title'): "'The Crumlin Kid' listed as speech",
    ('events', 'b247-explainer-security-guarantees'): "missed 1994 year 'We had a piece of paper in 1994'; missed 2026-05-20 day 'due back in Geneva on 20 May'",
    ('scare', 'b247-explainer-security-guarantees'): "'coalition of the willing' listed as speech",
    ('topics', 'b247-hospital-nagpur-doctors-strike'): 'policing: terms in enough paragraphs, not what the story is about',
    ('scare', 'b247-housing-hamilton-modular'): "'NIMBYs' listed as speech",
    ('topics', 'b247-inquest-leeds-cyclist'): 'haulage_industry: terms in enough paragraphs, not what the story is about',
    ('topics', 'b247-interview-ukraine-ambassador'): 'neutrality: too few paragraphs with its terms',
    ('events', 'b247-interview-ukraine-ambassador'): "missed 2026-05-07 day 'When we meet at the embassy in Dublin on Thursday'",
    ('events', 'b247-shipping-durban-port-backlog'): "missed 2026-02 month 'in a letter to the transport minister in February'",
    ('topics', 'b247-wire-geneva-talks'): 'security_guarantees: too few paragraphs with its terms',
}

BATCH_248_SEALED = {
    ('scare', 'b248-fraud-trial-ubuntu-ridge'): "'returns' listed as speech",
    ('speakers', 'b248-motorway-harbour-bridge-closures'): "'a once-in-a-generation fix' given to nz-transport-agency, not nz-transport-agency-waka-kotahi",
    ('scare', 'b248-parish-council-plough-pub'): "'asset of community value' listed as speech",
    ('speakers', 'b248-radio-nz-sanctions-interview'): "'theatre for a Western audience' given to russian-embassy, not russian-embassy-in-wellington",
    ('topics', 'b248-retail-maple-main-closures'): 'ecommerce: terms in enough paragraphs, not what the story is about',
    ('scare', 'b248-retail-maple-main-closures'): "'Boxing Week' listed as speech",
    ('topics', 'b248-vaccines-maharashtra-hpv'): 'cancer_treatment: terms in enough paragraphs, not what the story is about; misinformation: terms in enough paragraphs, not what the story is about',
    ('events', 'b248-vaccines-maharashtra-hpv'): "missed 2022 year 'which the World Health Organization has endorsed since 2022'",
}

BATCH_249_SEALED = {
    ('scare', 'b249-employment-tribunal-freshcrate'): "'gross misconduct' listed as speech",
    ('events', 'b249-fintech-khatapay-series-c'): "missed 2023 year 'had taken four loans through the app since 2023'",
    ('scare', 'b249-jazz-mokoena-festival'): "'Ntlabathi's Walk' listed as speech",
    ('scare', 'b249-mayoral-race-duluth-debate'): "'Homes for Duluth' listed as speech",
    ('events', 'b249-podcast-canada-troops'): "missed 2015 year 'Canada has been doing the training piece since 2015'",
}

BATCH_250_SEALED = {
    ('events', 'b250-airline-northern-routes'): "missed 2026-06-28 day 'will end on June 28'",
    ('speakers', 'b250-brewing-vermont-trademark'): "'disappointed by the court's decision' given to alder-peak, not alder-peak-beverage-group",
    ('speakers', 'b250-cycling-manipur-sprint-record'): "'I knew I was in good shape, but I didn't' given to khumanthem-linthoi, not khumanthem-linthoi-chanu; 'My coach just told me, go hard from the ' given to khumanthem-linthoi, not khumanthem-linthoi-chanu",
    ('events', 'b250-cycling-manipur-sprint-record'): "missed 2019 year 'had stood since 2019'",
    ('events', 'b250-live-istanbul-talks'): "missed 2026-03 month 'agreed at the second round of talks in March'; missed 2022 year 'whose son has been held since 2022'",
    ('scare', 'b250-live-istanbul-talks'): "'technical groups' listed as speech",
    ('scare', 'b250-tv-canada-trainers-ukraine'): "'reassurance force' listed as speech",
    ('events', 'b250-wire-eu-sanctions-istanbul'): "missed 2026-02 month 'resumed direct contacts in February'",
}

# Blind batches 251–254 (stop 56's fourth wave), sealed: measured once on c6235cb7 (every rule of the stop before it in, both reviews' narrowings too): speaker accuracy 0.953, 0.844, 0.947, 0.924 (precision 0.982, 0.981, 1.000, 0.982); none wrong where null; topic F1 0.930, 0.766, 0.909, 0.800. What the code still misses:
BATCH_251_SEALED = {
    ('topics', 'b251-court-emfuleni-water-tender-trial'): 'water_supply: terms in enough paragraphs, not what the story is about',
    ('scare', 'b251-interview-ukraine-envoy-delhi'): "'the orchestra' listed as speech",
    ('events', 'b251-rail-ottawa-lrt-axle-cracks'): "missed 2021 year 'including two derailments in 2021'",
}

BATCH_252_SEALED = {
    ('topics', 'b252-analysis-shadow-fleet'): 'shipping: terms in enough paragraphs, not what the story is about',
    ('events', 'b252-aviation-winnipeg-near-miss'): "missed 2025-01-14 day 'at the time of the incident on Jan. 14, 2025'; missed 2019 year 'other incursions at Canadian airports since 2019'",
    ('events', 'b252-broadcast-canada-sanctions'): 'missed 2026-05-09 day "She spoke with Dana Whitfield, host of CKRN\'s"',
    ('topics', 'b252-cricket-plunket-final'): 'pitch: terms in enough paragraphs, not what the story is about',
    ('topics', 'b252-energy-rajasthan-heatwave'): 'heatwave: terms in enough paragraphs, not what the story is about; solar_storage: terms in enough paragraphs, not what the story is about',
    ('topics', 'b252-inquest-cyclist-junction'): 'council: terms in enough paragraphs, not what the story is about',
    ('events', 'b252-inquest-cyclist-junction'): "missed 2019 year 'at least four collisions since 2019'",
    ('scare', 'b252-live-paris-guarantees'): "'coalition of the willing' listed as speech",
    ('topics', 'b252-music-halloway-reunion'): 'touring: terms in enough paragraphs, not what the story is about',
    ('events', 'b252-music-halloway-reunion'): "missed 2026-06-12 day 'due June 12 on the Atlanta indie label Cinderblock Records'; missed 2026-07-09 day 'opens at the Tabernacle in Atlanta on July 9'",
    ('topics', 'b252-planning-oranmore-homes'): 'traffic: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b252-property-sydney-auctions'): "'We just decided we weren't going home wi' given to mei-lin-carter, not josh-carter",
    ('events', 'b252-property-sydney-auctions'): "missed 2026-05-09 day 'scheduled to go under the hammer on Saturday'",
    ('events', 'b252-schools-soshanguve-classrooms'): "missed 2019 year 'has almost doubled since 2019'",
    ('scare', 'b252-schools-soshanguve-classrooms'): "'the ghost classrooms' listed as speech",
}

BATCH_253_SEALED = {
    ('events', 'b253-banking-branch-closures'): "missed 2026-10 month 'by the end of October'",
    ('scare', 'b253-banking-branch-closures'): "'community banking hubs' listed as speech",
    ('scare', 'b253-climate-nagpur-heat'): "'thanda ghar' listed as speech",
    ('events', 'b253-farming-nitrates-gort'): "missed 2028 year 'It is due to expire at the end of 2028'",
    ('scare', 'b253-hurling-clare-waterford'): "'square ball' listed as speech",
    ('scare', 'b253-live-rome-summit'): "'reassurance force' listed as speech",
    ('events', 'b253-ports-halifax-strike'): "missed 2024 year 'as it did during the 2024 rail and port disputes'",
    ('topics', 'b253-theatre-lantern-bristol'): 'tobacco_industry: terms in enough paragraphs, not what the story is about',
    ('scare', 'b253-theatre-lantern-bristol'): "'The Salt Road' listed as speech; 'pay what you decide' listed as speech",
}

BATCH_254_SEALED = {
    ('topics', 'b254-books-shearing-shed'): 'farming: terms in enough paragraphs, not what the story is about',
    ('topics', 'b254-health-pune-dengue'): 'hospital_capacity: terms in enough paragraphs, not what the story is about; monsoon: terms in enough paragraphs, not what the story is about',
    ('topics', 'b254-housing-parramore-rezoning'): 'transport: terms in enough paragraphs, not what the story is about',
    ('events', 'b254-live-london-summit'): "missed 1994 year 'The Budapest Memorandum of 1994'",
    ('events', 'b254-retail-halbrooks-closures'): "missed 1921 year 'founded in Columbus in 1921'",
    ('topics', 'b254-roads-n85-crash'): 'local_politics: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b254-roads-n85-crash'): "'particularly road users who may have das' given to garda-siochana, not an-garda-siochana",
    ('events', 'b254-tennis-marsden-rome'): "missed 2026-05-13 day 'reach the quarter-finals of the Italian Open on Wednesday night'",
    ('topics', 'b254-trial-ekurhuleni-tenders'): 'housing: terms in enough paragraphs, not what the story is about',
    ('topics', 'b254-tv-capital-report'): 'peace_talks: terms in enough paragraphs, not what the story is about',
}

# Blind batches 255–258 (stop 57's first wave), sealed: measured once on 2fa8d10e: speaker accuracy 0.913, 0.864, 0.939,
# 0.972 (precision 0.957, 0.931, 0.947, 1.000); none wrong where null; topic F1 0.909, 0.811, 0.821, 0.757. What the
# code still misses:
BATCH_255_SEALED = {
    ('scare', 'b255-analysis-security-guarantees'): "'backstop' listed as speech",
    ('topics', 'b255-court-solar-fraud-trial'): 'renewable_energy: terms in enough paragraphs, not what the story is about; retirement_savings: terms in enough paragraphs, not what the story is about',
    ('topics', 'b255-culture-market-theatre-play'): 'food: terms in enough paragraphs, not what the story is about',
    ('scare', 'b255-health-telangana-heatstroke'): "'Shield from the Sun' listed as speech",
    ('events', 'b255-markets-inflation-selloff'): "missed 2026-02 month 'highest level since February'",
    ('events', 'b255-sport-calder-rovers-wembley'): 'missed 2026-05-10 day "in Sunday\'s League Two play-off semi-final second leg"',
    ('topics', 'b255-tech-lumenfold-dpc-fine'): 'data_protection: too few paragraphs with its terms',
    ('events', 'b255-tech-lumenfold-dpc-fine'): "missed 2023 year 'as early as 2023'",
}

BATCH_256_SEALED = {
    ('scare', 'b256-inquest-leeds-cyclist'): "'the Squeeze' listed as speech; 'road traffic collision' listed as speech",
    ('topics', 'b256-live-brussels-sanctions-package'): 'shadow_fleet: terms in enough paragraphs, not what the story is about',
    ('topics', 'b256-planning-cork-apartments'): 'transport: terms in enough paragraphs, not what the story is about',
    ('scare', 'b256-podcast-sanctions-squeeze'): "'work' listed as speech",
    ('topics', 'b256-science-hudson-bay-polar-bears'): 'sea_ice: too few paragraphs with its terms',
    ('events', 'b256-science-hudson-bay-polar-bears'): "missed 1980 year 'using satellite data collected beginning in 1980'; missed 2025-06-18 day 'in 2025 the ice broke up on June 18'",
}

BATCH_257_SEALED = {
    ('events', 'b257-cricket-hawks-vipers'): 'missed 2026-07 month "India A\'s tour of England in July"; missed 2026-04-06 day \'take on Warangal Warriors at the same venue on Monday\'',
    ('speakers', 'b257-environment-cedar-fork-pfas'): "'Protecting residents' health is our firs' given to michigan-department-of-environment, not michigan-department-of-environment-great-lakes-and-energy; 'We will continue sampling until we under' given to michigan-department-of-environment, not michigan-department-of-environment-great-lakes-and-energy; 'three years longer than it should have' given to ron-bakker, not tom-kessler",
    ('topics', 'b257-film-long-paddock'): 'drought: terms in enough paragraphs, not what the story is about',
    ('topics', 'b257-hospital-limerick-trolleys'): 'staffing: terms in enough paragraphs, not what the story is about',
    ('events', 'b257-interview-lytvyn-delhi'): "missed 2024-09 month 'took up the post in September 2024'",
    ('scare', 'b257-live-vienna-talks'): "'coalition of the willing' listed as speech",
    ('topics', 'b257-rail-settle-carlisle'): 'weather: terms in enough paragraphs, not what the story is about',
    ('scare', 'b257-rail-settle-carlisle'): "'England's most scenic railway' listed as speech",
    ('speakers', 'b257-tribunal-karoo-fresh'): "'remains confident' given to karoo-fresh-holdings, not karoo-fresh; 'on terms that are fair to all stakeholde' given to karoo-fresh-holdings, not karoo-fresh",
}

BATCH_258_SEALED = {
    ('events', 'b258-farming-limestone-coast-drought'): "missed 2006 year 'worse than anything they have seen since 2006'",
    ('scare', 'b258-farming-limestone-coast-drought'): "'green drought' listed as speech",
    ('topics', 'b258-football-castlebridge-relegation'): 'manager_future: too few paragraphs with its terms; relegation_battle: too few paragraphs with its terms',
    ('events', 'b258-opinion-shadow-fleet'): "missed 2022-12 month 'the price cap introduced by the G7 in December 2022'",
    ('topics', 'b258-ports-durban-backlog'): 'exports: terms in enough paragraphs, not what the story is about; weather: terms in enough paragraphs, not what the story is about',
    ('topics', 'b258-theatre-salt-ledger'): 'labour_rights: terms in enough paragraphs, not what the story is about; literature: terms in enough paragraphs, not what the story is about',
    ('events', 'b258-weather-storm-orla-warning'): "missed 2026-02-05 day 'until 9am on Thursday'",
}

# Blind batches 259–262 (stop 57's second wave), sealed: measured once on 43d45112 (the first wave's rules in, before
# their review): speaker accuracy 0.875, 0.963, 0.893, 0.950 (precision 0.979, 0.975, 0.978, 1.000); none wrong where
# null; topic F1 0.773, 0.718, 0.973, 0.909. What the code still misses:
BATCH_259_SEALED = {
    ('topics', 'b259-analysis-reassurance-force'): 'peace_talks: terms in enough paragraphs, not what the story is about; us_policy: terms in enough paragraphs, not what the story is about',
    ('topics', 'b259-books-salt-year-keaveney'): 'emigration: terms in enough paragraphs, not what the story is about',
    ('events', 'b259-broadcast-canada-troops-ukraine'): "missed 2026-03 month 'broke down in March'",
    ('topics', 'b259-housing-inner-west-towers'): 'rental_market: terms in enough paragraphs, not what the story is about',
    ('topics', 'b259-inquiry-hospital-outage'): 'workforce: terms in enough paragraphs, not what the story is about',
    ('topics', 'b259-live-eu-sanctions-package'): 'energy: terms in enough paragraphs, not what the story is about',
    ('topics', 'b259-mining-kinosew-nickel-deal'): 'environment: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b259-mining-kinosew-nickel-deal'): "'Money comes and goes.' given to elder-samuel-koostachin, not samuel-koostachin; 'I hope the young people are right.' given to elder-samuel-koostachin, not samuel-koostachin",
    ('events', 'b259-mining-kinosew-nickel-deal'): "missed 2028 year 'begin construction in 2028'",
    ('topics', 'b259-shipping-durban-port-queues'): 'labour: terms in enough paragraphs, not what the story is about',
    ('events', 'b259-shipping-durban-port-queues'): "missed 2022 year 'in 2022 it was the floods'",
}

BATCH_260_SEALED = {
    ('events', 'b260-buses-bristol-route-cuts'): "missed 2024 year 'more than £20 million in bus funding since 2024'",
    ('events', 'b260-explainer-security-guarantees'): "missed 1994 year 'Under the Budapest Memorandum of 1994'",
    ('scare', 'b260-explainer-security-guarantees'): "'security guarantees' listed as speech",
    ('topics', 'b260-festival-dingle-feile-na-mara'): 'weather: terms in enough paragraphs, not what the story is about',
    ('topics', 'b260-hockey-northstars-overtime'): 'player_safety: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b260-insurance-suraksha-claims'): "'follows all regulatory guidelines in let' given to suraksha-shield, not suraksha-shield-general-insurance; 'significant share' given to suraksha-shield, not suraksha-shield-general-insurance",
    ('speakers', 'b260-live-geneva-talks'): "'in good faith, but without illusions' given to roman-tkachuk, not gennady-orlov",
    ('topics', 'b260-podcast-borderlines-sanctions'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b260-podcast-borderlines-sanctions'): "missed 2014 year 'more than 3,000 individuals and entities since 2014'",
    ('scare', 'b260-podcast-borderlines-sanctions'): "'Borderlines' listed as speech",
    ('topics', 'b260-schools-gauteng-mergers'): 'budget: terms in enough paragraphs, not what the story is about; scholar_transport: terms in enough paragraphs, not what the story is about',
    ('topics', 'b260-sentencing-tauranga-builder'): 'construction: terms in enough paragraphs, not what the story is about',
    ('topics', 'b260-space-kestrel-satellite'): 'bushfires: terms in enough paragraphs, not what the story is about; startup_funding: terms in enough paragraphs, not what the story is about',
    ('topics', 'b260-wire-eu-shadow-fleet-sanctions'): 'energy: terms in enough paragraphs, not what the story is about; peace_talks: terms in enough paragraphs, not what the story is about',
}

BATCH_261_SEALED = {
    ('scare', 'b261-ambulance-mayo-wait'): "'purple' listed as speech; 'red' listed as speech",
    ('events', 'b261-by-election-wattle-creek'): "missed 2026-11-28 day 'The state election is due on November 28.'",
    ('scare', 'b261-by-election-wattle-creek'): "'democracy sausage' listed as speech",
    ('events', 'b261-ferries-loch-ardnish'): "missed 2026-04 month 'had been due to start sailing between Lochboisdale and Mallaig in April'",
    ('speakers', 'b261-interview-former-envoy'): "'confused sanctions with strategy' given to long-winter, not elise-tremblay-novak",
    ('events', 'b261-interview-former-envoy'): "missed 2026-05-05 day 'The day before, Defence Minister Paul Garneau said'",
    ('events', 'b261-live-paris-guarantees'): "missed 1994 year 'the Budapest Memorandum of 1994'",
    ('scare', 'b261-live-paris-guarantees'): "'triple lock' listed as speech",
    ('speakers', 'b261-netball-harriers-falcons'): "'a moderate sprain' given to bay-harriers, not hawkes-bay-harriers",
    ('events', 'b261-tourism-bow-valley'): "missed 2023 year 'closed to private vehicles since 2023'",
    ('scare', 'b261-wildlife-hassan-tigress'): "'queen of the forest' listed as speech",
}

BATCH_262_SEALED = {
    ('events', 'b262-cycling-fife-classic'): "missed 1998 year 'the first Scottish rider to win the race since 1998'",
    ('events', 'b262-drought-yorke-peninsula'): "missed 2026-05-19 day 'announced by the state government on Tuesday'; missed 2026-04 month 'April was the driest on record for parts of the peninsula'",
    ('scare', 'b262-fire-service-saskatoon-hall'): "'Growth Plan to Half a Million' listed as speech",
    ('events', 'b262-fisheries-west-coast-lobster'): "missed 2018 year 'recalled the 2018 season'; missed 2026-11-15 day 'The small-scale season is due to open on 15 November.'",
    ('topics', 'b262-radio-ireland-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b262-radio-ireland-guarantees'): "missed 2018 year 'who served as ambassador in Moscow until 2018'; missed 1978 year 'We have been doing peacekeeping in Lebanon since 1978.'; missed 2026-05-19 day 'a memo could go to Cabinet as early as Tuesday'",
    ('topics', 'b262-telecoms-sampark-tariff-hike'): 'consumer_impact: too few paragraphs with its terms',
}

# Blind batches 263–266 (stop 57's third wave), sealed: measured once on 96d0931e (every rule of the stop but the second
# review's narrowings): speaker accuracy 0.948, 0.894, 0.932, 0.915 (precision 0.992, 0.958, 0.974, 1.000); two wrong
# where null in 265 (an unnamed woman 'filling up a battered Lada' read past, her 'she says' given to a woman named
# before; mended); topic F1 0.902, 0.978, 0.947, 0.837. What the code still misses:
BATCH_263_SEALED = {
    ('events', 'b263-analysis-ireland-security-guarantees'): "missed 2026-07 month 'the Nato summit in Ankara in July'",
    ('topics', 'b263-broadcast-canada-trainers-ceasefire'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b263-commodities-turmeric-record-prices'): 'exports: terms in enough paragraphs, not what the story is about',
    ('events', 'b263-cybersecurity-iowa-hospital-ransomware'): "missed 2024 year 'at least a dozen U.S. hospitals since 2024'",
    ('events', 'b263-golf-amateur-course-record-clare'): "missed 1998 year 'the previous course record had stood since 1998'",
    ('topics', 'b263-live-australia-shadow-fleet-sanctions'): 'shipping: terms in enough paragraphs, not what the story is about',
    ('events', 'b263-live-australia-shadow-fleet-sanctions'): "missed 2026-05-11 day 'the government announced on Monday night'",
    ('topics', 'b263-magistrates-pub-karaoke-noise'): 'pub_trade: terms in enough paragraphs, not what the story is about',
}

BATCH_264_SEALED = {
    ('topics', 'b264-fatal-accident-inquiry-montrose-forklift'): 'timber_trade: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b264-fatal-accident-inquiry-montrose-forklift'): "'fully implemented' given to esk-timber-handling-ltd, not esk-timber-handling; 'Our thoughts remain with Callum's family' given to esk-timber-handling-ltd, not esk-timber-handling; 'We have learned hard lessons' given to esk-timber-handling-ltd, not esk-timber-handling",
    ('events', 'b264-heritage-ballinasloe-market-house'): "missed 1760 year 'was built around 1760'; missed 2003 year 'It has been vacant since 2003.'",
    ('scare', 'b264-heritage-ballinasloe-market-house'): "'Teach an Mhargaidh' listed as speech",
    ('events', 'b264-hurling-tipperary-limerick'): "missed 2026-06-07 day 'The Munster final is fixed for Sunday, June 7'",
    ('scare', 'b264-jazz-hemi-walker-interview'): "'Mō Nana' listed as speech",
}

BATCH_265_SEALED = {
    ('scare', 'b265-interview-kovalchuk-guarantees'): "'steel porcupine' listed as speech",
    ('events', 'b265-motorways-m6-tunnel-delay'): "missed 2026-12 month 'has been pushed back to December'",
    ('scare', 'b265-motorways-m6-tunnel-delay'): "'toll cap' listed as speech",
    ('events', 'b265-rowing-summer-eights-headship'): "missed 2023 year 'the headship they have held since 2023'",
}

BATCH_266_SEALED = {
    ('topics', 'b266-athletics-potchefstroom-mokoena-100m'): 'commonwealth_games: terms in enough paragraphs, not what the story is about',
    ('topics', 'b266-coastguard-newfoundland-longliner-rescue'): 'fisheries: terms in enough paragraphs, not what the story is about',
    ('events', 'b266-coastguard-newfoundland-longliner-rescue'): "missed 1998 year 'built in 1998'",
    ('topics', 'b266-dairy-brackenfold-milk-price-cut'): 'farm_incomes: too few paragraphs with its terms',
    ('topics', 'b266-extradition-london-jeweller-mehra'): 'prison_conditions: terms in enough paragraphs, not what the story is about',
    ('scare', 'b266-opinion-ireland-security-guarantees'): "'coalition of the willing' listed as speech",
    ('topics', 'b266-railfreight-stb-merger-hearing'): 'agriculture: terms in enough paragraphs, not what the story is about; labor: terms in enough paragraphs, not what the story is about',
}

# Blind batches 267–270 (stop 58's first wave), sealed: measured once on 46689ab4: speaker accuracy 0.906, 0.929, 0.931,
# 0.924 (precision 0.967, 1.000, 0.965, 0.970); one wrong where null in 267 (a friend the inquest heard, 'one of the
# friends who was with Jayden that day', read past, his 'He told the inquest' given to the boy who died; mended); topic
# F1 0.895, 0.791, 0.884, 0.882. What the code still misses:
BATCH_267_SEALED = {
    ('events', 'b267-borough-council-bin-collections'): "missed 2026-09-01 day 'will come into force on 1 September'",
    ('speakers', 'b267-broadcast-canada-troops-offer'): "'occupation under a peacekeeping flag' given to russian-embassy, not russian-embassy-in-ottawa",
    ('topics', 'b267-coroner-river-drowning'): 'local_council: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b267-cycling-barossa-classic'): "'need to have a look at it' given to sarah-okonedo, not brett-cavanagh",
    ('topics', 'b267-ferries-quadra-cancellations'): 'labour: terms in enough paragraphs, not what the story is about',
    ('events', 'b267-pharmacy-medicine-shortages'): "missed 2026-01 month 'in the first three weeks of January'; missed 2026-01-26 day 'A mother came in on Monday'",
}

BATCH_268_SEALED = {
    ('scare', 'b268-airports-senate-wait-times'): "'queue creep' listed as speech",
    ('scare', 'b268-colleges-maharashtra-fee-cap'): "'capitation fees' listed as speech",
    ('scare', 'b268-employment-tribunal-forklift-whistleblower'): "'Darren's crusade' listed as speech",
    ('scare', 'b268-explainer-security-guarantees'): "'security guarantees' listed as speech",
    ('topics', 'b268-gas-network-offaly-biomethane'): 'farming: terms in enough paragraphs, not what the story is about',
    ('scare', 'b268-gas-network-offaly-biomethane'): "'the gas farm' listed as speech",
    ('topics', 'b268-listed-building-hilltown-baths'): 'housing: terms in enough paragraphs, not what the story is about',
    ('topics', 'b268-oceanography-tasmania-deep-warming'): 'research_voyage: terms in enough paragraphs, not what the story is about',
    ('topics', 'b268-opera-umlambo-owomileyo'): 'arts_funding: terms in enough paragraphs, not what the story is about; drought: terms in enough paragraphs, not what the story is about',
    ('topics', 'b268-podcast-sanctions-long-table'): 'shipping: terms in enough paragraphs, not what the story is about',
    ('events', 'b268-wire-istanbul-prisoner-swap'): "missed 2026-03-03 day 'the first face-to-face round since March 3'",
}

BATCH_269_SEALED = {
    ('topics', 'b269-immigration-appeal-leicester-chef'): 'restaurants: terms in enough paragraphs, not what the story is about',
    ('topics', 'b269-interview-dovhan-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b269-live-paris-guarantees-summit'): "'coalition of the willing' listed as speech",
    ('scare', 'b269-sailing-poor-knights-rescue'): "'Pōkarekare Ana' listed as speech",
    ('scare', 'b269-supermarkets-pantrymart-big-drop'): "'discount' listed as speech; 'the ramp' listed as speech",
    ('speakers', 'b269-television-saltmarsh-axed'): "'incredibly difficult' given to northgate, not northgate-tv; 'the realities of drama budgets right now' given to northgate, not northgate-tv; 'We are enormously proud of the show' given to northgate, not northgate-tv; 'in conversation' given to northgate, not northgate-tv",
    ('events', 'b269-television-saltmarsh-axed'): 'missed 2026-05-03 day "its biggest audience yet for Sunday night\'s finale"',
    ('scare', 'b269-wildlife-vulture-poisoning'): "'muthi' listed as speech",
}

BATCH_270_SEALED = {
    ('events', 'b270-drought-western-victoria'): "missed 2006 year 'He has not sold so many sheep in a single season since 2006.'",
    ('events', 'b270-fire-service-kurow-brigade'): "missed 2022 year 'had shrunk from 18 active members in 2022'",
    ('events', 'b270-live-australia-sanctions'): "missed 2022 year 'has fallen by more than 90 per cent since 2022'",
    ('events', 'b270-mortgages-nz-ocr-cut'): "missed 2026-06 month 'had been dreading their refix in June'",
    ('topics', 'b270-opinion-uk-guarantee'): 'parliament: terms in enough paragraphs, not what the story is about',
    ('scare', 'b270-opinion-uk-guarantee'): "'reassurance force' listed as speech",
    ('scare', 'b270-vineyards-swartland-harvest'): "'Ou Stok' listed as speech",
}

# Blind batches 271–274 (stop 58's second wave), sealed: measured once on 7432fe4e (the first wave's rules before their
# review): speaker accuracy 0.919, 0.901, 0.940, 0.962 (precision 0.924, 1.000, 0.980, 0.991); three wrong where null in
# 271 (an official 'who did not wish to be named', a judge's words told 'according to' the coach, a teenager's 'I'm
# sorry' after 'Asked by the judge whether he …'; all mended); topic F1 0.947, 0.941, 0.789, 0.976. What the code still
# misses:
BATCH_271_SEALED = {
    ('events', 'b271-credit-unions-mayo-merger'): "missed 2010 year 'more than 400 in 2010'",
    ('speakers', 'b271-hockey-ironhawks-game7'): "'the largest in club history' given to brandon-ironhawks, not ironhawks",
    ('events', 'b271-hockey-ironhawks-game7'): 'missed 2009 year "the franchise\'s first playoff series win since 2009"',
    ('events', 'b271-hospice-pietermaritzburg-unit'): "missed 1991 year 'since it opened in 1991'",
    ('scare', 'b271-robotics-toledo-team'): "'autonomous' listed as speech",
    ('topics', 'b271-trams-melbourne-stopwork'): 'industrial_action: too few paragraphs with its terms',
    ('speakers', 'b271-trams-melbourne-stopwork'): "'window dressing' given to tram-and-bus-union, not rail-tram-and-bus-union",
}

BATCH_272_SEALED = {
    ('scare', 'b272-apprenticeships-pune-auto-parts'): "'Karigar 2.0' listed as speech",
    ('speakers', 'b272-live-paris-security-guarantees'): "'robust and credible security guarantees' given to elysee, not elysee-palace; 'accelerated in the coming weeks' given to elysee, not elysee-palace",
    ('events', 'b272-volcanoes-ruapehu-alert-level'): "missed 1996 year 'Larger eruptions in 1995 and 1996'",
}

BATCH_273_SEALED = {
    ('scare', 'b273-bakeries-goa-poders'): "'poi' listed as speech",
    ('speakers', 'b273-bushfires-kellerton'): "'wouldn't do it again for quids' given to dempsey, not col-dempsey",
    ('scare', 'b273-dementia-care-ontario-waits'): "'alternate level of care' listed as speech; 'the Avenue' listed as speech",
    ('topics', 'b273-feature-shadow-fleet'): 'maritime_safety: too few paragraphs with its terms',
    ('events', 'b273-interview-raghunathan'): "missed 2012 year 'the Jackson-Vanik amendment on its books until 2012'",
    ('events', 'b273-live-paris-guarantees'): "missed 1994 year 'a reference to the 1994 Budapest Memorandum'",
    ('topics', 'b273-toll-roads-north-coast'): 'public_transport: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b273-toll-roads-north-coast'): "'subject to a full public participation p' given to south-african-national-roads-agency, not sanral",
    ('scare', 'b273-toll-roads-north-coast'): "'the daylight robbery gate' listed as speech",
}

BATCH_274_SEALED = {
    ('events', 'b274-ambulance-service-southern-lakes-strike'): "missed 2025 year 'to 37 minutes in 2025'",
    ('events', 'b274-darts-barraclough-world-title'): 'missed 1991 year "She\'s had the same kitchen since 1991"',
    ('topics', 'b274-insider-trading-caldera-trial'): 'clinical_trials: terms in enough paragraphs, not what the story is about',
    ('events', 'b274-insider-trading-caldera-trial'): "missed 2025-09-17 day 'Caldera disclosed the results on Sept. 17'",
    ('events', 'b274-lighthouses-cape-marrow'): 'missed 2026-04-11 day "We\'ve got a working bee on Saturday"',
    ('scare', 'b274-opinion-security-guarantee'): "'assurances' listed as speech",
    ('events', 'b274-orchards-ceres-hailstorm'): "missed 2026-03-23 day 'begin visiting affected farms on Monday'",
    ('events', 'b274-pensions-scheme-carrigdown'): "missed 2009 year 'closed to new entrants since 2009'",
    ('events', 'b274-radio-furlong-neutrality'): "missed 2026-04 month 'planning meetings in Paris and London in April'",
}

# Blind batches 275–278 (stop 58's third wave), sealed: measured once on d735fd1c (the second wave's rules before their
# review): speaker accuracy 0.985, 0.948, 0.840, 0.961 (precision 1.000, 1.000, 0.960, 1.000); none wrong where null;
# topic F1 0.810, 0.870, 0.811, 0.971. No rule was made for them. What the code still misses:
BATCH_275_SEALED = {
    ('topics', 'b275-broadcast-boots-not-brochures'): 'canadian_military: terms in enough paragraphs, not what the story is about; peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b275-cable-cars-shimla-ropeway'): 'tourism: terms in enough paragraphs, not what the story is about',
    ('topics', 'b275-glaciers-denman-retreat'): 'research_funding: terms in enough paragraphs, not what the story is about; sea_level: too few paragraphs with its terms',
    ('events', 'b275-glaciers-denman-retreat'): "missed 2026-12 month 'aboard the Nuyina in December'",
    ('scare', 'b275-glaciers-denman-retreat'): "'Rapid grounding-line retreat of Denman Glacier, East Antarctica' listed as speech",
    ('topics', 'b275-live-shadow-fleet-sanctions'): 'shipping: terms in enough paragraphs, not what the story is about',
    ('scare', 'b275-midwifery-rural-shortage'): "'the last women standing' listed as speech",
    ('events', 'b275-pawnbrokers-glasgow-boom'): "missed 1921 year 'lent money against jewellery since 1921'; missed 2025-10 month 'for the first time in October'",
    ('topics', 'b275-sculpture-zoo-lake-kudu'): 'park_security: terms in enough paragraphs, not what the story is about',
}

BATCH_276_SEALED = {
    ('events', 'b276-brass-band-calder-bridge'): "missed 2026-10-10 day 'finals in Cheltenham on 10 October'; missed 1898 year 'founded in 1898'; missed 1987 year 'last qualified for the finals in 1987'",
    ('scare', 'b276-canals-freight-west-coast-canal'): "'least available depth' listed as speech",
    ('events', 'b276-earthquakes-cook-strait'): "missed 2013 year 'the 2013 Seddon earthquake'",
    ('scare', 'b276-earthquakes-cook-strait'): "'slow slip' listed as speech",
    ('events', 'b276-energy-retail-kestrel-accc'): "missed 2023-07 month 'between July 2023'; missed 2025-03 month 'and March 2025'",
    ('scare', 'b276-energy-retail-kestrel-accc'): "'loyalty discount' listed as speech",
    ('scare', 'b276-explainer-security-guarantees'): "'backstop' listed as speech",
    ('topics', 'b276-parish-budget-drainage'): 'libraries: terms in enough paragraphs, not what the story is about',
    ('scare', 'b276-parish-budget-drainage'): "'Operation Dry Feet' listed as speech",
    ('topics', 'b276-podcast-sanctions-long-game'): 'podcasting: terms in enough paragraphs, not what the story is about',
}

BATCH_277_SEALED = {
    ('topics', 'b277-ballet-school-galway-saved'): 'housing_development: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b277-ballet-school-galway-saved'): "'We thought we’d get maybe forty or fifty' given to saoirse-brennan, not aoife-brennan",
    ('events', 'b277-ballet-school-galway-saved'): "missed 1984 year 'founded by Deirdre Whelan in 1984'; missed 2026-09 month 'who leaves for London in September'",
    ('topics', 'b277-bus-depot-armley-objections'): 'electric_buses: terms in enough paragraphs, not what the story is about; school_safety: terms in enough paragraphs, not what the story is about',
    ('topics', 'b277-corruption-trial-durban-tanker-tender'): 'water_supply: terms in enough paragraphs, not what the story is about',
    ('scare', 'b277-live-ottawa-shadow-fleet'): "'flag-hopping' listed as speech",
    ('topics', 'b277-mangroves-gulf-dieback-recovery'): 'fisheries: terms in enough paragraphs, not what the story is about',
    ('events', 'b277-mangroves-gulf-dieback-recovery'): "missed 2015 year 'mangroves killed in late 2015'; missed 2022 year 'replanting seedlings near Karumba since 2022'",
}

BATCH_278_SEALED = {
    ('events', 'b278-hailstorm-ekurhuleni'): "missed 2026-05-13 day 'received more than 3,800 claims by Wednesday morning'; missed 2026-05-15 day 'further thunderstorms were possible on Friday'",
}

# Blind batches 279–282 (stop 59's first wave), sealed: measured once on 73cf9da0 (main at the stop's start): speaker
# accuracy 0.951, 0.941, 0.886, 0.923 (precision 0.992, 0.991, 0.990, 0.971); none wrong where null; topic F1 0.936,
# 0.837, 0.941, 0.877. What the code still misses:
BATCH_279_SEALED = {
    ('scare', 'b279-analysis-europe-guarantee-troops'): "'backstop capability' listed as speech",
}

BATCH_280_SEALED = {
    ('events', 'b280-choir-soweto-little-lions'): "missed 2026-07 month 'Eisteddfod in Wales in July'",
    ('events', 'b280-darts-shaw-belfast-win'): "missed 2026-02-05 day 'the opening night in Cardiff on February 5'",
    ('events', 'b280-heatwave-delhi-red-alert'): "missed 2026-05-16 day 'parts of west Uttar Pradesh till Saturday'; missed 2026-05-10 day '23 patients with heatstroke since Sunday'",
    ('topics', 'b280-licensing-hearing-galway-venue'): 'live_music: terms in enough paragraphs, not what the story is about; noise_complaints: too few paragraphs with its terms',
    ('topics', 'b280-live-eu-sanctions-package'): 'shipping: terms in enough paragraphs, not what the story is about',
    ('events', 'b280-tramways-melbourne-fleet-delay'): "missed 2031 year 'will keep running at least until 2031'",
}

BATCH_281_SEALED = {
    ('scare', 'b281-feature-security-guarantees'): "'Peace?' listed as speech",
    ('events', 'b281-interview-ceasefire-monitor'): "missed 1958 year 'Ireland has sent peacekeepers abroad since 1958'",
    ('scare', 'b281-interview-ceasefire-monitor'): "'the rulebook' listed as speech",
    ('scare', 'b281-street-art-verdun-heron'): "'Grand-père Héron' listed as speech",
    ('events', 'b281-university-senate-biometric-attendance'): "missed 2026-05-11 day 'announced a protest march to the administrative block on Monday'",
}

BATCH_282_SEALED = {
    ('scare', 'b282-drought-karoo-disaster'): "'Day Zero' listed as speech",
    ('speakers', 'b282-film-festival-clew-bay'): "'It's the first time I've been offered a ' given to maire, not aine-ni-fhlatharta; 'I rang my mother from the car park' given to maire, not aine-ni-fhlatharta",
    ('events', 'b282-fire-authority-station-closures'): "missed 2026-09 month 'will shut by the end of September'",
    ('topics', 'b282-live-talks-sanctions'): 'oil_imports: terms in enough paragraphs, not what the story is about',
    ('topics', 'b282-netball-comets-kestrels'): 'finals_race: terms in enough paragraphs, not what the story is about',
    ('events', 'b282-netball-comets-kestrels'): "missed 2026-05-11 day 'after scans on Monday'; missed 2024 year 'missed most of the 2024 season'",
    ('scare', 'b282-opinion-guarantees-cost'): "'coalition of the willing' listed as speech",
    ('speakers', 'b282-pension-funds-private-credit'): "'The board has directed staff to conduct ' given to pension-system, not prairie-state-teachers-pension-system",
    ('topics', 'b282-radio-nz-guarantees'): 'defence_capacity: terms in enough paragraphs, not what the story is about',
}

# Blind batches 283–286 (stop 59's second wave), sealed: measured once on 410d5326 (the first wave's rules before their
# review): speaker accuracy 0.963, 0.959, 0.921, 0.947 (precision 0.975, 0.992, 0.936, 0.983); one wrong where null in
# 283 (an unnamed companion's "he said" given to the woman named before; mended); topic F1 0.773, 0.848, 0.878, 0.833.
# What the code still misses:
BATCH_283_SEALED = {
    ('topics', 'b283-analysis-sanctions-package-bite'): 'oil_trade: terms in enough paragraphs, not what the story is about; peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b283-borough-council-brook-street-car-park'): "missed 1987 year 'has run a haberdashery on Brook Street since 1987'",
    ('topics', 'b283-broadcast-pretoria-hosting-offer'): 'trade: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b283-credit-unions-dayton-merger-wave'): "'a normal part of a healthy, competitive ' given to national-credit-union-administration, not ncua",
    ('events', 'b283-credit-unions-dayton-merger-wave'): "missed 2009 year 'chief executive since 2009'",
    ('scare', 'b283-credit-unions-dayton-merger-wave'): "'character loans' listed as speech",
    ('speakers', 'b283-employment-tribunal-forklift-whistleblower'): "'We are disappointed with the decision' given to strathcarron-logistics-ltd, not strathcarron-logistics",
    ('scare', 'b283-employment-tribunal-forklift-whistleblower'): "'protected disclosures' listed as speech",
    ('topics', 'b283-opera-te-ra-pouri-premiere'): 'pandemic_history: terms in enough paragraphs, not what the story is about; te_reo: terms in enough paragraphs, not what the story is about',
    ('events', 'b283-opera-te-ra-pouri-premiere'): "missed 1918 year 'telling the story of the 1918 influenza pandemic'",
    ('topics', 'b283-squash-chennai-nationals-upset'): 'youth_sport: terms in enough paragraphs, not what the story is about',
}

BATCH_284_SEALED = {
    ('topics', 'b284-explainer-security-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b284-jazz-club-blue-lantern'): 'real_estate: too few paragraphs with its terms',
    ('scare', 'b284-jazz-club-blue-lantern'): "'Last Set on Clark' listed as speech",
    ('topics', 'b284-lawn-bowls-district-fours'): 'club_facilities: terms in enough paragraphs, not what the story is about',
    ('events', 'b284-lawn-bowls-district-fours'): "missed 1996 year 'the first major title for the small Caloundra club since 1996'",
    ('events', 'b284-light-rail-halifax-harbour-line'): "missed 2016 year 'since 2016'",
    ('scare', 'b284-light-rail-halifax-harbour-line'): "'the train to nowhere' listed as speech",
    ('topics', 'b284-live-eu-sanctions-package'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b284-live-eu-sanctions-package'): "'shadow fleet' listed as speech",
    ('events', 'b284-magistrates-court-village-hall'): "missed 2025-10 month 'and October 2025'",
    ('events', 'b284-optometry-child-myopia'): "missed 2016 year 'in a similar group examined in 2016'",
    ('events', 'b284-podcast-canadian-troops'): 'missed 1994 year "That\'s what Ukrainians remember about 1994"',
    ('events', 'b284-regional-council-rates-bus'): "missed 2026-11 month 'report back by November'",
}

BATCH_285_SEALED = {
    ('topics', 'b285-bus-lanes-douglas-road'): 'local_business: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b285-feature-reassurance-force'): "'Ask the politicians — we’ll be ready eit' given to taras-lysenko, not tom-ashworth",
    ('events', 'b285-hockey-india-netherlands-pro-league'): "missed 2026-08 month 'ahead of the World Cup in Belgium and the Netherlands in August'",
    ('events', 'b285-interview-kravets-dublin'): "missed 2026-05-13 day 'Kravets flies to Lisbon on Wednesday'",
    ('speakers', 'b285-live-shadow-fleet-sanctions'): "'illegal' given to russian-embassy-in-canberra, not russian-embassy; 'an unfriendly act that will not go unans' given to russian-embassy-in-canberra, not russian-embassy",
    ('events', 'b285-photography-prize-albion-portrait'): "missed 2019 year 'Its headline sponsor since 2019'",
}

BATCH_286_SEALED = {
    ('events', 'b286-ambulance-service-mayo-response-times'): "missed 2026-05-05 day 'Last Tuesday night I sat outside the hospital'",
    ('scare', 'b286-ambulance-service-mayo-response-times'): "'purple' listed as speech",
    ('events', 'b286-frost-free-state-crops'): "missed 2007 year 'the lowest May reading at the station since 2007'; missed 2026-05-10 day 'We issued a warning on Sunday'",
    ('topics', 'b286-grocery-prices-ohio-beef-coffee'): 'beef_supply: terms in enough paragraphs, not what the story is about',
    ('events', 'b286-grocery-prices-ohio-beef-coffee'): "missed 2026-04 month 'Grocery prices rose 0.6% in April'",
    ('scare', 'b286-grocery-prices-ohio-beef-coffee'): "'bean night.' listed as speech",
    ('events', 'b286-literary-festival-kovalam-closes'): "missed 2026-01-18 day 'drew to a close on Sunday'",
    ('scare', 'b286-port-authority-annacis-expansion'): "'smart gate' listed as speech",
    ('topics', 'b286-radio-nz-ceasefire-observers'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b286-rail-strike-pennine-guards'): 'passenger_safety: terms in enough paragraphs, not what the story is about',
    ('topics', 'b286-sentencing-hearing-durban-tankers'): 'flood_recovery: terms in enough paragraphs, not what the story is about; water_supply: terms in enough paragraphs, not what the story is about',
}

# Blind batches 287–290 (stop 59's third wave), sealed: measured once on 1ee790bb (the second wave's rules after their
# review): speaker accuracy 0.902, 0.992, 0.919, 0.955 (precision 0.931, 1.000, 0.982, 0.982); one wrong where null in
# 287 (an anonymous lift operator's words given to the resort company "the operator" would mean elsewhere) and one in
# 289 (an inquest's unnamed nurse's "she said" given to the dead man's wife; both mended); topic F1 0.884, 0.773, 0.800,
# 0.829. What the code still misses:
BATCH_287_SEALED = {
    ('topics', 'b287-broadcast-gauthier-sanctions'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b287-broadcast-gauthier-sanctions'): "missed 2014 year 'occupied parts of Ukraine since 2014'",
    ('topics', 'b287-gondola-lift-revelstoke'): 'weather: terms in enough paragraphs, not what the story is about',
    ('events', 'b287-high-court-appeal-nashik-chemist'): "missed 2023 year 'against a 2023 judgment of the Nashik sessions court'",
    ('scare', 'b287-high-court-appeal-nashik-chemist'): "'Onconil' listed as speech",
    ('topics', 'b287-hurling-clare-waterford'): 'refereeing: terms in enough paragraphs, not what the story is about',
    ('topics', 'b287-maternity-unit-wyeford'): 'nhs_staffing: terms in enough paragraphs, not what the story is about',
    ('events', 'b287-maternity-unit-wyeford'): "missed 2026-05-09 day 'marched through Wyeford on Saturday'",
    ('topics', 'b287-sculpture-trail-achill'): 'tourism: too few paragraphs with its terms',
    ('speakers', 'b287-sculpture-trail-achill'): "'a lament, but a noisy one' given to dubliner-cian-moriarty, not cian-moriarty; 'Strange would be ignoring it' given to dubliner-cian-moriarty, not cian-moriarty",
}

BATCH_288_SEALED = {
    ('topics', 'b288-bail-hearing-johannesburg-tender'): 'water_supply: terms in enough paragraphs, not what the story is about',
    ('topics', 'b288-brass-band-thornbury-centenary'): 'fundraising: terms in enough paragraphs, not what the story is about; mining_heritage: terms in enough paragraphs, not what the story is about',
    ('topics', 'b288-bushfire-gippsland'): 'evacuation: terms in enough paragraphs, not what the story is about; heatwave: terms in enough paragraphs, not what the story is about',
    ('events', 'b288-bushfire-gippsland'): "missed 2026-01-10 day 'until midnight on Saturday'",
    ('events', 'b288-city-council-boise-rentals'): "missed 2018 year 'since 2018'",
    ('topics', 'b288-explainer-security-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b288-live-eu-sanctions'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b288-podcast-former-envoy'): 'security_guarantees: too few paragraphs with its terms',
    ('events', 'b288-podcast-former-envoy'): "missed 2022-02 month 'full-scale invasion in February 2022'",
    ('scare', 'b288-podcast-former-envoy'): "'snapback' listed as speech",
    ('events', 'b288-tram-extension-luas-finglas'): "missed 2027 year 'construction to begin in 2027'; missed 2031 year 'pencilled in for 2031'",
    ('scare', 'b288-veterinary-southland-shortage'): "'fly-in, fly-out' listed as speech",
}

BATCH_289_SEALED = {
    ('events', 'b289-cricket-hollis-retirement'): "missed 2024 year 'kept him out for most of 2024'; missed 2023 year 'Rangitoto, who retired in 2023'",
    ('topics', 'b289-inquest-emergency-wait'): 'staffing: terms in enough paragraphs, not what the story is about',
    ('scare', 'b289-inquest-emergency-wait'): "'Code Yellow' listed as speech",
    ('topics', 'b289-interview-berube-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b289-interview-berube-guarantees'): "missed 2014 year 'rounds of talks come and go since 2014'",
    ('topics', 'b289-poetry-prize-umthombo-award'): 'education: terms in enough paragraphs, not what the story is about; language: terms in enough paragraphs, not what the story is about',
    ('topics', 'b289-supermarket-merger-freshway-maple'): 'food_prices: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b289-supermarket-merger-freshway-maple'): "'efficiencies of scale' given to canadas-competition-bureau, not freshway-foods",
}

BATCH_290_SEALED = {
    ('events', 'b290-licensing-appeal-kowhai-tavern'): "missed 2024 year 'late-night disorder complaints in 2024'",
    ('speakers', 'b290-opinion-reassurance-force'): "'legitimate targets' given to ministry-of-defence, not kremlin",
    ('events', 'b290-opinion-reassurance-force'): "missed 1994 year 'The Budapest Memorandum of 1994'",
    ('scare', 'b290-opinion-reassurance-force'): "'smart casual' listed as speech",
    ('events', 'b290-road-tolls-sydney-cap'): "missed 2027 year 'due to open in 2027'",
    ('topics', 'b290-rugby-sevens-ballymore-final'): 'crowds: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b290-theatre-revival-salt-road'): "'one of the most significant productions' given to baxter, not baxter-theatre",
    ('events', 'b290-theatre-revival-salt-road'): "missed 2026-06-27 day 'runs until 27 June'",
    ('events', 'b290-transit-board-fare-vote'): "missed 2019 year 'the first fare increase since 2019'",
}

# Blind batches 291–294 (stop 59's fourth wave, measurement only), sealed: measured once on 03e7a10f (main at the stop's
# end, every rule of the stop in): speaker accuracy 0.943, 0.960, 0.971, 0.909 (precision 0.972, 1.000, 1.000, 0.966);
# three wrong where null in 291 (an artisan brought in as "A karigar, or artisan," then "he said", given to the trader
# named before; "Hungary's minister … he said" on a live page given to Estonia's minister; mended at stop 60);
# topic F1 0.889, 0.857, 0.773, 0.917. What the code still misses:
BATCH_291_SEALED = {
    ('events', 'b291-camogie-final'): "missed 2024 year 'the 2024 decider'",
    ('topics', 'b291-folk-festival-ennis'): 'tourism: terms in enough paragraphs, not what the story is about',
    ('events', 'b291-frost-damage-orchards'): "missed 1921 year 'since 1921'",
    ('topics', 'b291-gold-prices-akshaya'): 'consumer_demand: terms in enough paragraphs, not what the story is about',
    ('topics', 'b291-live-sanctions-vote'): 'energy: terms in enough paragraphs, not what the story is about',
    ('events', 'b291-shire-council-dog-park'): "missed 2019 year 'since 2019'",
    ('topics', 'b291-small-claims-court-sofa'): 'consumer: too few paragraphs with its terms',
}

BATCH_292_SEALED = {
    ('scare', 'b292-currency-exchange-airport'): "'0% commission' listed as speech",
    ('scare', 'b292-cyclone-odisha'): "'zero casualty' listed as speech",
    ('scare', 'b292-hearing-aids-pune'): "'Sunoo' listed as speech",
    ('topics', 'b292-live-sanctions-summit'): 'energy: terms in enough paragraphs, not what the story is about',
    ('topics', 'b292-monorail-las-vegas'): 'tourism: terms in enough paragraphs, not what the story is about',
    ('events', 'b292-monorail-las-vegas'): "missed 2026-05-13 day 'officials announced Wednesday'",
    ('events', 'b292-podcast-frozen-assets'): "missed 2022-07 month 'first opened in July 2022'",
    ('topics', 'b292-wire-geneva-talks'): 'sanctions: terms in enough paragraphs, not what the story is about',
}

BATCH_293_SEALED = {
    ('topics', 'b293-bakery-chain-receivership'): 'jobs: terms in enough paragraphs, not what the story is about',
    ('scare', 'b293-bakery-chain-receivership'): "'Pie of the Month' listed as speech",
    ('topics', 'b293-coroners-inquest-canal-death'): 'cycling: terms in enough paragraphs, not what the story is about',
    ('topics', 'b293-handball-national-championship'): 'laval_lynx: terms in enough paragraphs, not what the story is about',
    ('topics', 'b293-interview-former-negotiator'): 'india_diplomacy: terms in enough paragraphs, not what the story is about',
    ('scare', 'b293-interview-former-negotiator'): "'what can be lived with' listed as speech; 'guarantees' listed as speech",
    ('topics', 'b293-live-security-guarantees-summit'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b293-sandstorm-rajasthan-flights'): 'aviation: terms in enough paragraphs, not what the story is about; casualties: terms in enough paragraphs, not what the story is about',
}

BATCH_294_SEALED = {
    ('speakers', 'b294-ambulance-ramping-adelaide'): "'fix ramping' given to government, not tom-nicolaidis",
    ('events', 'b294-comic-festival-toronto'): "missed 2022 year 'up from $190 in 2022'",
    ('events', 'b294-fuel-prices-delhi-hike'): "missed 2024-03 month 'the first increase since March 2024'",
    ('events', 'b294-live-istanbul-summit'): "missed 2026-05-15 day 'before the sides leave on Friday'",
    ('speakers', 'b294-night-buses-philadelphia-owl'): "'remain open to a sustainable solution' given to us-senate, not republican-leaders-in-the-state-senate",
    ('topics', 'b294-opinion-sanctions-fatigue'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b294-radio-morning-ireland-guarantees'): 'security_guarantees: too few paragraphs with its terms',
    ('topics', 'b294-rowing-regatta-henley-qualifiers'): 'weather: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b294-rowing-regatta-henley-qualifiers'): "'We were up at the 1,500.' given to oxford-brookes, not david-ilori",
    ('events', 'b294-rowing-regatta-henley-qualifiers'): 'missed 1987 year "the first dead heat in the men\'s eights final since 1987"',
}

# Blind batches 295–298 (stop 60's first wave), sealed: first runs on 03e7a10f (main at the stop's start but for its
# tidy commit 5ff2aff8, whose outputs are the same): speaker accuracy 0.986, 0.966, 0.904, 0.934 (precision 0.984,
# 1.000, 0.957, 0.983); three wrong where null (295: "One longtime resident, leaning on the rail of the afternoon
# sailing, put it more bluntly. \"…,\" he said"; 297: "Another traveller, a woman returning from a hen party in
# Kraków, was less forgiving." and "One woman walking her dog …, a scarf pulled up over her nose, put it more
# bluntly.", each given to the one named before; mended this stop); topic F1 0.919, 0.870, 0.889, 0.889. What the code
# still misses:
BATCH_295_SEALED = {
    ('scare', 'b295-dental-waiting-lists-hse-orthodontic'): "'Smile agus Sláinte' listed as speech",
    ('events', 'b295-wool-auction-chinese-buyers-return'): "missed 2026-04-07 day 'On Tuesday morning we had three or four active bidders'",
}

BATCH_296_SEALED = {
    ('events', 'b296-choir-competition-shillong'): "missed 2014 year 'founded the choir in 2014'",
    ('scare', 'b296-egg-prices-bird-flu'): "'egg surcharge' listed as speech",
    ('events', 'b296-landslide-a83'): "missed 2007 year 'since 2007'",
    ('scare', 'b296-live-russia-sanctions'): "'shadow fleet' listed as speech",
    ('scare', 'b296-magistrates-court-fly-tipping'): "'man with a van' listed as speech",
    ('topics', 'b296-podcast-stalled-talks'): 'sanctions: terms in enough paragraphs, not what the story is about',
    ('events', 'b296-podcast-stalled-talks'): "missed 2022 year 'took part in the 2022 negotiations in Istanbul'",
    ('scare', 'b296-podcast-stalled-talks'): "'coalition of the willing' listed as speech",
    ('topics', 'b296-tram-extension-luas-finglas'): 'housing: terms in enough paragraphs, not what the story is about',
    ('topics', 'b296-water-board-mbombela-outage'): 'electricity: terms in enough paragraphs, not what the story is about; infrastructure_crime: terms in enough paragraphs, not what the story is about',
}

BATCH_297_SEALED = {
    ('topics', 'b297-airport-strike-dublin-ground-staff'): 'pay: terms in enough paragraphs, not what the story is about',
    ('events', 'b297-feature-chernihiv-guarantees'): "missed 2025 year 'led by Britain and France since early 2025'",
    ('scare', 'b297-feature-chernihiv-guarantees'): "'backstop' listed as speech",
    ('scare', 'b297-film-festival-salt-roads-cannes'): "'Soutpad' listed as speech",
    ('speakers', 'b297-planning-appeal-kinsale-ridge'): "'deeply disappointed' given to harbourview-homes-ltd, not harbourview-homes; 'This site was zoned for residential deve' given to harbourview-homes-ltd, not harbourview-homes; 'Refusals like this one are exactly why I' given to harbourview-homes-ltd, not harbourview-homes",
    ('events', 'b297-school-board-four-day-week'): "missed 2026-06 month 'hold information sessions for families in June'",
    ('scare', 'b297-school-board-four-day-week'): "'Flex Fridays' listed as speech",
    ('events', 'b297-wildfire-smoke-winnipeg-haze'): "missed 2026-05-16 day 'a chance of rain on Saturday'",
    ('scare', 'b297-wildfire-smoke-winnipeg-haze'): "'smoke season' listed as speech",
}

BATCH_298_SEALED = {
    ('topics', 'b298-cycle-lanes-hamilton-king-street'): 'parking: terms in enough paragraphs, not what the story is about; provincial_politics: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b298-cycle-lanes-hamilton-king-street'): "'at least give us loading zones that actu' given to king-east-business-association, not rosa-lombardi",
    ('topics', 'b298-harbour-authority-kaipara-dredging'): 'forestry: terms in enough paragraphs, not what the story is about',
    ('events', 'b298-ice-storm-memphis-outages'): "missed 2026-02-08 day 'until Sunday, maybe longer'",
    ('scare', 'b298-jazz-festival-durban-bayside'): "'Umoya Wami' listed as speech; 'community pass' listed as speech",
    ('events', 'b298-live-geneva-day-two'): "missed 2026-04-23 day 'since the last round on 23 April'",
    ('scare', 'b298-live-geneva-day-two'): "'line of contact' listed as speech",
    ('scare', 'b298-mental-health-beds-townsville'): "'access block' listed as speech; 'code yellow' listed as speech",
    ('events', 'b298-radio-canada-sanctions-enforcement'): "missed 2014 year 'since 2014'",
    ('scare', 'b298-rice-harvest-nalgonda-paddy'): "'tarugu' listed as speech",
    ('topics', 'b298-sailing-race-marblehead-monhegan'): 'weather: terms in enough paragraphs, not what the story is about',
    ('topics', 'b298-wire-geneva-talks-sanctions'): 'energy: terms in enough paragraphs, not what the story is about',
}

# Blind batches 299–302 (stop 60's second wave), sealed: first runs on c08035c8 (the first wave's rules before their
# review): speaker accuracy 0.966, 0.956, 0.955, 0.954 (precision 0.992, 0.967, 1.000, 1.000); none wrong where null;
# topic F1 0.800, 0.944, 0.829, 0.829. What the code still misses:
BATCH_299_SEALED = {
    ('events', 'b299-analysis-security-guarantees'): "missed 1994 year 'Budapest Memorandum of 1994'",
    ('scare', 'b299-analysis-security-guarantees'): "'assurances' listed as speech",
    ('events', 'b299-bus-lane-bengaluru-orr'): "missed 2026-05-08 day 'the city traffic police announced on Friday'",
    ('topics', 'b299-cancer-screening-northland-pharmacies'): 'pharmacy: terms in enough paragraphs, not what the story is about',
    ('scare', 'b299-cancer-screening-northland-pharmacies'): "'Kit at the Counter' listed as speech",
    ('events', 'b299-dairy-prices-wisconsin-milk'): "missed 2026-01 month 'down from more than $2 in January'",
    ('topics', 'b299-inquest-verdict-quays-cyclist'): 'haulage_industry: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b299-inquest-verdict-quays-cyclist'): "'with Ms Brennan's family and friends' given to kilbride-haulage-ltd, not kilbride-haulage",
    ('events', 'b299-inquest-verdict-quays-cyclist'): "missed 2021 year 'on a list for upgrades since 2021'",
    ('topics', 'b299-live-russia-sanctions'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b299-wire-geneva-talks'): 'prisoner_exchange: terms in enough paragraphs, not what the story is about',
}

BATCH_300_SEALED = {
    ('scare', 'b300-explainer-eu-oil-sanctions'): "'shadow fleet' listed as speech",
    ('events', 'b300-fraud-trial-dublin-solicitor'): 'missed 2019 year "she had sold her late mother\'s house in Clontarf in 2019"',
    ('speakers', 'b300-rail-strike-sydney-trains'): "'a fair offer that deals with rostering' given to tram-and-bus-union, not bronwyn-keats",
    ('speakers', 'b300-regional-assembly-karnataka-groundwater'): "'an anti-farmer law dressed up as conserv' given to ashwath-gowda, not r-ashwath-gowda; 'The government has brought this Bill in ' given to ashwath-gowda, not r-ashwath-gowda; 'citizen-friendly and largely online' given to board, not bengaluru-water-supply-and-sewerage-board",
}

BATCH_301_SEALED = {
    ('scare', 'b301-book-fair-joburg-record-crowds'): "'Read Where You Are' listed as speech",
    ('events', 'b301-custody-hearing-pune-finance-firm'): "missed 2026-02-24 day 'till February 24'",
    ('topics', 'b301-feature-archive-of-promises'): 'troop_deployment: terms in enough paragraphs, not what the story is about',
    ('scare', 'b301-feature-archive-of-promises'): "'archive of promises' listed as speech",
    ('events', 'b301-interview-kovalchuk-ottawa'): "missed 2026-02 month 'In February, the Russian delegation would not even discuss'",
    ('topics', 'b301-library-board-sunday-closures'): 'city_finances: terms in enough paragraphs, not what the story is about',
    ('topics', 'b301-snowstorm-midlands-standstill'): 'farming: terms in enough paragraphs, not what the story is about; power_outages: terms in enough paragraphs, not what the story is about',
    ('events', 'b301-snowstorm-midlands-standstill'): "missed 2026-01-08 day 'will remain closed on Thursday'",
    ('events', 'b301-wire-geneva-round-ends'): "missed 2026-03 month 'in Riyadh in March'",
}

BATCH_302_SEALED = {
    ('topics', 'b302-hospice-funding-whanganui-beds'): 'fundraising: terms in enough paragraphs, not what the story is about',
    ('events', 'b302-live-ottawa-security-guarantees'): "missed 2026-03-31 day 'a preparatory session in Paris on March 31'",
    ('topics', 'b302-opera-season-cyclone-premiere'): 'cyclone: terms in enough paragraphs, not what the story is about',
    ('events', 'b302-opera-season-cyclone-premiere'): "missed 1974-12-25 day 'the cyclone that destroyed Darwin on Christmas Day 1974'",
    ('scare', 'b302-opera-season-cyclone-premiere'): "'Under 35' listed as speech",
    ('scare', 'b302-port-authority-chennai-channel'): "'Sagarmala' listed as speech",
    ('events', 'b302-radio-costigan-neutrality'): "missed 2014 year 'every EU sanctions measure against Russia since 2014'",
    ('scare', 'b302-surf-contest-jbay-professor'): "'the Professor' listed as speech",
    ('topics', 'b302-timber-exports-bc-lumber-duties'): 'mill_jobs: terms in enough paragraphs, not what the story is about',
    ('events', 'b302-timber-exports-bc-lumber-duties'): "missed 2026-11 month 'before the U.S. midterm elections in November'",
    ('scare', 'b302-timber-exports-bc-lumber-duties'): "'Lumber VI' listed as speech",
    ('topics', 'b302-tornado-calloway-ef3'): 'religion: terms in enough paragraphs, not what the story is about',
}

# Blind batches 303–306 (stop 60's third wave), sealed: first runs on 6c39b28c (both reviews' fixes in): speaker
# accuracy 0.914, 0.984, 0.924, 0.930 (precision 0.964, 0.991, 0.948, 0.990); one wrong where null in 305 ("One woman
# near the end of it said:" given to College Green, 'it' read as a body; mended), an interview's answers given to a
# minister quoted before ('spoke with The Ledger's Rachel Tam') and a gallery Q&A's to its founder ('Sithole, 38, spoke
# to us'), both mended; topic F1 0.933, 0.889, 0.889, 0.903. What the code still misses:
BATCH_303_SEALED = {
    ('scare', 'b303-broadcast-cape-town-venue'): "'The Briefing' listed as speech",
    ('scare', 'b303-ferry-strike-saltee-line'): "'two on, two off' listed as speech",
    ('topics', 'b303-gallery-opening-kgotla-threadbare'): 'education: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b303-gas-prices-ontario-refinery'): "'progressing safely' given to ontario, not lakehead-refining",
    ('scare', 'b303-gas-prices-ontario-refinery'): "'price lock' listed as speech",
    ('scare', 'b303-measles-outbreak-keystone-county'): "'natural immunity' listed as speech",
}

BATCH_304_SEALED = {
    ('topics', 'b304-county-commission-data-center-rezoning'): 'water_use: terms in enough paragraphs, not what the story is about',
    ('events', 'b304-hip-replacements-west-waiting-lists'): "missed 2025-05 month 'has risen by 18 per cent since May 2025'; missed 2026-01 month 'the opening of a dedicated surgical hub in Galway in January'",
    ('events', 'b304-rugby-sevens-singapore-final'): "missed 2019 year 'have not won the Singapore title since 2019'",
    ('topics', 'b304-sentencing-hearing-water-tender-fraud'): 'water_supply: terms in enough paragraphs, not what the story is about',
    ('topics', 'b304-typhoon-talisay-luzon'): 'disaster_aid: too few paragraphs with its terms',
}

BATCH_305_SEALED = {
    ('scare', 'b305-feature-reassurance-force'): "'peacekeepers' listed as speech",
    ('events', 'b305-literary-festival-jaipur-translation'): "missed 2026-09-01 day 'registrations for the 2027 edition would open on September 1'",
    ('scare', 'b305-literary-festival-jaipur-translation'): "'Ghazal After Midnight' listed as speech",
    ('topics', 'b305-live-eu-sanctions-package'): 'energy: terms in enough paragraphs, not what the story is about',
    ('scare', 'b305-marathon-london-tarus'): "'fastest marathon dressed as a vegetable' listed as speech",
    ('events', 'b305-taxi-licences-nta-dublin'): "missed 2026-06-01 day 'will take effect from June 1st'",
}

BATCH_306_SEALED = {
    ('events', 'b306-dust-storm-delhi'): "missed 2026-05-08 day 'more thunderstorm activity over north-west India on Friday'",
    ('events', 'b306-gp-shortage-te-kuiti'): "missed 2024 year 'had increased every year since 2024'",
    ('events', 'b306-inquest-adjourned-a36-cyclist'): "missed 2026-09-08 day 'provisionally listed for September 8'",
    ('scare', 'b306-inquest-adjourned-a36-cyclist'): "'Slow Down on the A36' listed as speech",
    ('topics', 'b306-level-crossing-ballinacarrig'): 'agriculture: terms in enough paragraphs, not what the story is about',
    ('topics', 'b306-live-eu-sanctions'): 'energy: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b306-live-eu-sanctions'): "'respond in a way that it considers appro' given to european-union, not russias-foreign-ministry",
    ('events', 'b306-opinion-guarantees'): "missed 2023 year 'who commanded British forces in Estonia until 2023'",
    ('scare', 'b306-radio-irish-monitors'): "'reassurance force' listed as speech",
    ('events', 'b306-wheat-exports-kansas'): "missed 2022 year 'still well below their 2022 peak'",
}

# Blind batches 307–310 (stop 61's first wave), sealed: first runs on b1ae8bca (main at the stop's start): speaker
# accuracy 0.976, 0.980, 0.929, 0.923 (precision 0.991, 0.992, 0.967, 0.975); one wrong where null in 309 ('An executive
# at one of the three airlines that serve the airport, who spoke on condition of anonymity, said:' given to the airport;
# mended); topic F1 0.757, 0.875, 0.889, 0.936. What the code still misses:
BATCH_307_SEALED = {
    ('events', 'b307-analysis-security-guarantees'): "missed 1994 year 'the Budapest Memorandum of 1994'",
    ('events', 'b307-broadcast-canada-shadow-fleet'): "missed 2015 year 'since 2015 under Operation Unifier'",
    ('topics', 'b307-bus-routes-halifax-redesign'): 'accessibility: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b307-copper-prices-record-high'): "'as long as it takes' given to mines-main-union, not sindicato-no-1",
    ('events', 'b307-cycling-tour-ras-chonnacht'): "missed 2026-05-19 day 'a city-centre circuit race in Galway on Tuesday'",
    ('topics', 'b307-fraud-trial-kgotso-water-meters'): 'water_supply: terms in enough paragraphs, not what the story is about',
    ('scare', 'b307-fraud-trial-kgotso-water-meters'): "'smart' listed as speech",
    ('topics', 'b307-live-eu-sanctions-package'): 'energy_prices: terms in enough paragraphs, not what the story is about; shipping: terms in enough paragraphs, not what the story is about',
    ('topics', 'b307-parish-council-ashcombe-streetlights'): 'council_budget: terms in enough paragraphs, not what the story is about',
}

BATCH_308_SEALED = {
    ('topics', 'b308-custody-appeal-perth-relocation'): 'emigration: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b308-dairy-prices-blackwater-cut'): "'a sustained weakening in butter and chee' given to co-ops-board, not blackwater-dairies",
    ('events', 'b308-dairy-prices-blackwater-cut'): "missed 2026-01 month 'down from 49 cent in January'",
    ('events', 'b308-explainer-security-guarantees'): "missed 2014 year 'annexation of Crimea in 2014'",
    ('scare', 'b308-explainer-security-guarantees'): "'backstop' listed as speech; 'snapback' listed as speech",
    ('events', 'b308-harbour-board-mooring-fees'): "missed 1998 year 'moored in the inner harbour since 1998'",
    ('events', 'b308-opera-season-clyde-opera'): "missed 2026-09-18 day 'opens on 18 September'; missed 2023 year 'frozen at £9.2 million since 2023'",
    ('topics', 'b308-podcast-canada-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b308-podcast-canada-guarantees'): "'reassurance force' listed as speech",
}

BATCH_309_SEALED = {
    ('scare', 'b309-airport-expansion-cascade-runway-vote'): "'Cascade 2040' listed as speech",
    ('topics', 'b309-employment-tribunal-distillery-whistleblower'): 'cask_investment: terms in enough paragraphs, not what the story is about',
    ('topics', 'b309-feature-troops-training-for-peace'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b309-feature-troops-training-for-peace'): "missed 1994 year 'the Budapest Memorandum of 1994'; missed 2026-04-23 day 'by video link from Kyiv last Thursday'",
    ('scare', 'b309-interview-ukraine-envoy-new-delhi'): "'two-line formula' listed as speech",
    ('events', 'b309-landslide-mandi-village-buried'): "missed 2025-08-16 day 'will remain closed till Saturday'",
    ('events', 'b309-library-closures-whanganui-branches'): "missed 2026-06-30 day 'will shut their doors on 30 June'",
    ('topics', 'b309-live-eu-sanctions-shadow-fleet'): 'energy: terms in enough paragraphs, not what the story is about',
}

BATCH_310_SEALED = {
    ('events', 'b310-ambulance-delays-mayo'): "missed 2025 year 'in just 41 per cent of cases during 2025'",
    ('scare', 'b310-ambulance-delays-mayo'): "'stacking' listed as speech",
    ('events', 'b310-chess-olympiad-india-squad'): "missed 2024 year 'at the 2024 edition in Budapest'",
    ('scare', 'b310-cycle-lanes-sydney-road'): "'Copenhagen cut' listed as speech",
    ('events', 'b310-hailstorm-denver-suburbs'): "missed 2026-05-07 day 'another round of severe storms was possible Thursday'",
    ('events', 'b310-live-reassurance-force'): "missed 2022 year 'military assistance to Ukraine since 2022'",
    ('events', 'b310-opinion-sanctions-fatigue'): 'missed 2024 year "who ran the Foreign Office\'s sanctions unit until 2024"',
    ('speakers', 'b310-radio-irish-monitoring-mission'): "'deeply grateful for Ireland's steadfast ' given to embassy-of-ukraine, not embassy-of-ukraine-in-dublin; 'every contribution to a monitoring missi' given to embassy-of-ukraine, not embassy-of-ukraine-in-dublin",
}

# Blind batches 311–314 (stop 61's second wave), sealed: first runs on c67892c6 (the first wave's rules in): speaker
# accuracy 0.941, 0.885, 0.917, 0.973 (precision 0.982, 0.941, 0.973, 1.000); one wrong where null in 312 ('One of Mr
# Ashgrove's supporters in the gallery, who declined to give her name, was less restrained outside. "…," she said' given
# to the journalist named before; mended); topic F1 0.850, 0.867, 0.889, 0.870. What the code still misses:
BATCH_311_SEALED = {
    ('topics', 'b311-analysis-security-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b311-coffee-prices-karnataka'): "missed 2026-04-21 day 'down from ₹23,500 on April 21'",
    ('events', 'b311-drought-kansas-wheat'): "missed 2025-10-01 day 'since Oct. 1'",
    ('topics', 'b311-hurling-final-munster'): 'attendance: terms in enough paragraphs, not what the story is about; refereeing: terms in enough paragraphs, not what the story is about',
    ('events', 'b311-live-geneva-talks'): "missed 2023 year 'her nephew had been missing since 2023'",
}

BATCH_312_SEALED = {
    ('topics', 'b312-libel-case-ashgrove-harbour-ledger'): 'housing_market: terms in enough paragraphs, not what the story is about; defamation: too few paragraphs with its terms',
    ('scare', 'b312-surfing-contest-vic-bay-classic'): "'the Professor' listed as speech",
    ('scare', 'b312-town-hall-budget-carver-springs'): "'Otters' listed as speech",
}

BATCH_313_SEALED = {
    ('events', 'b313-e-scooters-cork-extension'): 'missed 2026-03-09 day "to be discussed at Monday\'s full meeting of Cork City Council"; missed 2026-04-01 day \'the new rules would take effect from April 1\'',
    ('scare', 'b313-e-scooters-cork-extension'): "'reaction test' listed as speech",
    ('topics', 'b313-fire-service-cuts-night-crews'): 'budget_cuts: too few paragraphs with its terms',
    ('events', 'b313-fire-service-cuts-night-crews'): "missed 2026-06-12 day 'closes on 12 June'",
    ('events', 'b313-nickel-smelter-kalgoorlie'): "missed 2026-03-31 day 'from March 31, blaming a collapse in global nickel prices'",
    ('scare', 'b313-nickel-smelter-kalgoorlie'): "'care and maintenance' listed as speech",
    ('events', 'b313-squash-open-mokoena-final'): 'missed 2026-03-27 day \'in the semi-finals of the Cape Town Squash Open on Friday night\'; missed 2026-03-29 day "in Sunday\'s final at the Sea Point Sports Centre"',
}

BATCH_314_SEALED = {
    ('topics', 'b314-king-tides-charleston'): 'sea_level_rise: too few paragraphs with its terms',
    ('scare', 'b314-king-tides-charleston'): "'sunny-day flooding' listed as speech",
    ('topics', 'b314-planning-appeal-coln-ashby-homes'): 'flooding: terms in enough paragraphs, not what the story is about',
    ('topics', 'b314-speed-cameras-harrow-mills'): 'vandalism: terms in enough paragraphs, not what the story is about; road_safety: too few paragraphs with its terms',
    ('events', 'b314-speed-cameras-harrow-mills'): "missed 2026-06 month 'report back in June'",
}

# Blind batches 315–318 (stop 61's third wave), sealed: first runs on 68be740c (before both reviews): speaker accuracy
# 0.898, 0.918, 0.960, 0.888 (precision 0.943, 0.990, 1.000, 0.971); a wrong speaker where none can be told in 315
# ("'…,' said one Tide supporter" given to the team, taken for a person) and 318 ('One guest, who said she had queued …,
# hugged the photographer. "…," she told her' given to the photographer named before), both mended; topic F1 0.963,
# 0.947, 0.824, 0.864. What the code still misses:
BATCH_315_SEALED = {
    ('events', 'b315-broadcast-ireland-ukraine-mission'): "missed 1960 year 'a rule dating back to 1960'",
    ('scare', 'b315-broadcast-ireland-ukraine-mission'): "'triple lock' listed as speech",
    ('topics', 'b315-cattle-prices-roma-restockers'): 'weather: terms in enough paragraphs, not what the story is about',
    ('scare', 'b315-cattle-prices-roma-restockers'): "'restocker rally' listed as speech",
    ('scare', 'b315-maternity-unit-wairoa-births'): "'the whare' listed as speech",
    ('scare', 'b315-sculpture-prize-salt-memory'): "'Salt Memory' listed as speech",
}

BATCH_316_SEALED = {
    ('events', 'b316-explainer-eu-sanctions'): "missed 2022-02 month 'the full-scale invasion of Ukraine began in February 2022'",
    ('events', 'b316-frost-central-otago'): "missed 2025-10-10 day 'another frost was possible on Friday night'",
    ('scare', 'b316-frost-central-otago'): "'the lake' listed as speech",
    ('scare', 'b316-live-london-guarantees'): "'reassurance force' listed as speech; 'peacekeepers' listed as speech",
    ('events', 'b316-podcast-world-desk'): "missed 1958 year 'sending peacekeepers abroad since 1958'",
    ('scare', 'b316-school-board-whitmore'): "'transition listening sessions' listed as speech",
    ('speakers', 'b316-taxi-strike-dublin'): "'without incident' given to garda-siochana, not an-garda-siochana",
}

BATCH_317_SEALED = {
    ('events', 'b317-hockey-final-kenora-allan-cup'): 'missed 1998 year "the club\'s first Allan Cup since 1998"',
    ('topics', 'b317-interview-sanctions-economist'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b317-live-paris-guarantees-summit'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b317-sandstorm-rajasthan'): "'aandhi' listed as speech",
    ('topics', 'b317-wire-geneva-talks-resume'): 'sanctions: terms in enough paragraphs, not what the story is about; security_guarantees: terms in enough paragraphs, not what the story is about',
}

BATCH_318_SEALED = {
    ('topics', 'b318-dementia-care-galway-day-centre'): 'staffing: terms in enough paragraphs, not what the story is about',
    ('events', 'b318-dementia-care-galway-day-centre'): "missed 2026-05-05 day 'families were told at a meeting on May 5'",
    ('scare', 'b318-dementia-care-galway-day-centre'): "'the Professor' listed as speech",
    ('topics', 'b318-drink-driving-case-taupo-cyclist'): 'cycling_safety: terms in enough paragraphs, not what the story is about',
    ('events', 'b318-drink-driving-case-taupo-cyclist'): "missed 2011 year 'a previous conviction for drink-driving from 2011'",
    ('scare', 'b318-opinion-security-guarantees'): "'coalition of the willing' listed as speech",
    ('topics', 'b318-parking-charges-pune-arterial-roads'): 'local_business: terms in enough paragraphs, not what the story is about',
    ('events', 'b318-radio-hartigan-ukraine-troops'): "missed 1978 year 'We have had troops in Lebanon since 1978'",
    ('scare', 'b318-tornado-halstead-kansas'): "'tornado emergency' listed as speech",
    ('topics', 'b318-wool-auction-emi-rally'): 'china_trade: terms in enough paragraphs, not what the story is about',
}

# Blind batches 319–322 (stop 61's fourth wave), sealed: first runs on f8083d30 (both reviews' fixes in): speaker
# accuracy 0.944, 0.930, 0.922, 0.938 (precision 0.971, 0.975, 0.953, 0.981); none wrong where null; an interview's
# answers given to the festival director quoted before ('Bell, 38, spoke to the Ledger … The conversation has been
# edited for length'; mended) and another's to an analyst quoted before, the minister it opens on taken for no one
# ('OTTAWA — Serhiy Hnatiuk has spent …'; left); topic F1 0.950, 0.789, 0.971, 0.895. What the code still misses:
BATCH_319_SEALED = {
    ('events', 'b319-dairy-exports-record-july-china-slump'): "missed 2026-07 month 'dairy exports hit a record for the month of July'",
    ('topics', 'b319-hurling-semifinal-kilkenny-edge-clare'): 'injuries: terms in enough paragraphs, not what the story is about; hurling: too few paragraphs with its terms',
}

BATCH_320_SEALED = {
    ('topics', 'b320-custody-hearing-dublin-port-cigarettes'): 'ports_trade: terms in enough paragraphs, not what the story is about',
    ('events', 'b320-explainer-security-guarantees'): "missed 1994 year 'the Budapest Memorandum of 1994'",
    ('speakers', 'b320-heat-record-delhi-safdarjung'): "'severe heatwave conditions are very like' given to imd, not india-meteorological-department",
    ('topics', 'b320-podcast-frozen-conflict'): 'sanctions: terms in enough paragraphs, not what the story is about',
    ('events', 'b320-podcast-frozen-conflict'): "missed 1953 year 'has not had a shooting war since 1953'",
}

BATCH_321_SEALED = {
    ('events', 'b321-library-funding-toledo-branches'): "missed 2026-07 month 'slated to close in July'",
}

BATCH_322_SEALED = {
    ('topics', 'b322-cycling-classic-dales'): 'weather: terms in enough paragraphs, not what the story is about',
    ('events', 'b322-cycling-classic-dales'): "missed 2026-04-10 day 'We looked at the forecast on Friday night'",
    ('scare', 'b322-opinion-guarantees-teeth'): "'coalition of the willing' listed as speech",
    ('scare', 'b322-school-uniforms-pretoria-supplier'): "'wrong' listed as speech",
    ('topics', 'b322-wine-harvest-marlborough'): 'frost: terms in enough paragraphs, not what the story is about',
}

# Blind batches 323–326 (stop 61's fifth wave, for measurement only), sealed: first runs on a849c5ab (the stop's final
# main): speaker accuracy 0.972, 0.893, 0.910, 0.971 (precision 0.984, 0.989, 0.990, 0.983); one wrong where null in 323
# ('A National Disaster Response Force commander in Kendrapara said …. "…," he said' given to the neighbour quoted
# before: four words between 'A' and the noun read as no one unnamed; left — allowing four took a name's apposition for
# someone unnamed in batch 109); topic F1 0.882, 0.857, 0.813, 0.870. What the code still misses:
BATCH_323_SEALED = {
    ('topics', 'b323-embezzlement-trial-thembalethu-cfo-ghost-contractors'): 'local_government: terms in enough paragraphs, not what the story is about',
    ('topics', 'b323-hospital-waiting-times-trolley-record-may'): 'health_staffing: terms in enough paragraphs, not what the story is about',
    ('events', 'b323-metro-delays-line-1-signal-failure'): "missed 2026-04-22 day 'follows a Line 1 closure on April 22'",
    ('events', 'b323-storm-surge-cyclone-varsha-odisha'): 'missed 1999 year "the area worst hit in 1999\'s"',
}

BATCH_324_SEALED = {
    ('speakers', 'b324-coal-mine-kwezi'): "'uneconomic to extract' given to thaba, not thaba-resources",
    ('events', 'b324-coal-mine-kwezi'): "missed 2026-12 month 'in Mpumalanga by December'; missed 1978 year 'mined at Kwezi since 1978'",
    ('scare', 'b324-cycle-hire-melbourne'): "'Melbike' listed as speech",
    ('events', 'b324-dental-fluoride-harlan-falls'): "missed 2026-11 month 'on the November ballot'",
    ('events', 'b324-drought-restrictions-auckland'): "missed 2026-05-11 day 'from Monday 11 May'",
    ('events', 'b324-podcast-sanctions-peace'): "missed 2022-02 month 'invasion of Ukraine in February 2022'",
    ('topics', 'b324-tennis-final-rome-reeve'): 'rankings: terms in enough paragraphs, not what the story is about',
}

BATCH_325_SEALED = {
    ('events', 'b325-bridge-tolls-riverside-link'): "missed 2009 year 'under the concession deed signed with Meridia in 2009'",
    ('topics', 'b325-live-canberra-sanctions-day'): 'peace_talks: too few paragraphs with its terms',
    ('speakers', 'b325-midwife-shortage-te-kuiti'): "'We are not closing, we are pausing' given to health-new-zealands-waikato-group, not mereana-tipene",
    ('events', 'b325-orchestra-tour-red-river-europe'): "missed 2026-10-26 day 'closes in Berlin on Oct. 26'",
    ('topics', 'b325-stalking-case-cork-sentence'): 'workplace: terms in enough paragraphs, not what the story is about',
    ('events', 'b325-stalking-case-cork-sentence'): "missed 2025-03 month 'stalking the woman between August 2024 and March 2025'",
}

BATCH_326_SEALED = {
    ('topics', 'b326-allotment-rents-norwich-rise'): 'pensioners: terms in enough paragraphs, not what the story is about',
    ('topics', 'b326-heavy-snow-tasmania-highlands'): 'tourism: terms in enough paragraphs, not what the story is about',
    ('events', 'b326-heavy-snow-tasmania-highlands'): "missed 1983 year 'the coldest May temperature there since 1983'; missed 2026-05-28 day 'would remain closed on Thursday'",
    ('events', 'b326-opinion-ireland-neutrality-guarantees'): "missed 2019 year 'In his 2019 book on the Emergency'",
    ('topics', 'b326-perjury-trial-mbombela-water-boss'): 'water_supply: terms in enough paragraphs, not what the story is about',
    ('events', 'b326-poetry-festival-kolkata-sponsorship'): "missed 1974 year 'who read from his 1974 collection'",
    ('topics', 'b326-pothole-repairs-pittsburgh-blitz'): 'city_budget: terms in enough paragraphs, not what the story is about',
    ('scare', 'b326-pothole-repairs-pittsburgh-blitz'): "'cold patch' listed as speech",
    ('events', 'b326-radio-canada-sanctions-enforcement'): "missed 2014 year 'Russian individuals and entities since 2014'",
    ('scare', 'b326-radio-canada-sanctions-enforcement'): "'agricultural equipment' listed as speech",
}

# Stop 62's blind analysis batches 327-338, sealed (three waves; first runs: 327-330 on main 4521c1a9: 0.985, 0.955,
# 0.969, 0.954, one wrong where null in 328 and 329, mended; 331-334 on 6156f06e: 0.948, 0.924, 0.969, 0.974; 335-338 on
# 43ab993a: 0.930, 0.896, 0.933, 0.925, one wrong where null in 336, mended). What the final code still misses is listed
# per batch.
BATCH_327_SEALED = {
    ('events', 'b327-analysis-security-guarantees'): "missed 1994 year 'the Budapest Memorandum of 1994'",
    ('events', 'b327-broadcast-canada-trainers'): "missed 2026-05-14 day 'meet in Brussels on Thursday'",
    ('events', 'b327-cancer-screening-karnataka-hpv'): "missed 2026-05-08 day 'Prakash Hanumanthaiah announced on Friday'",
    ('events', 'b327-opera-season-severn-opera'): "missed 2023 year 'had been frozen at £4.1m since 2023'",
}

BATCH_328_SEALED = {
    ('topics', 'b328-copper-prices-record-chile-strike'): 'labour_dispute: terms in enough paragraphs, not what the story is about',
    ('events', 'b328-copper-prices-record-chile-strike'): "missed 2026-03 month 'rose 14 per cent in March from a year earlier'",
    ('events', 'b328-explainer-security-guarantees'): "missed 1994 year 'Budapest Memorandum of 1994'",
    ('scare', 'b328-explainer-security-guarantees'): "'assurances' listed as speech",
    ('events', 'b328-flash-floods-tasman-emergency'): "missed 2026-05-07 day 'remains in place until 9am on Thursday'; missed 2026-05-08 day 'would stay closed until at least Friday'",
    ('events', 'b328-library-cuts-london-branches'): "missed 2026-09 month 'cut Sunday hours at the central library from September'",
    ('scare', 'b328-podcast-dispatch-ukraine-talks'): "'The Dispatch' listed as speech; 'reassurance force' listed as speech",
}

BATCH_329_SEALED = {
    ('events', 'b329-fishing-quotas-west-coast-lobster'): "missed 2026-11-15 day 'opens on 15 November'",
    ('events', 'b329-landslide-chamoli-highway'): "missed 2026-05-16 day 'remain suspended until at least Saturday'",
    ('events', 'b329-rail-strike-sydney-trains'): "missed 2026-05-22 day 'for 48 hours from Friday 22 May'",
}

BATCH_330_SEALED = {
    ('scare', 'b330-ambulance-delays-inquest'): "'amber' listed as speech; 'rapid release' listed as speech",
    ('topics', 'b330-bribery-probe-pune-engineer'): 'real_estate: terms in enough paragraphs, not what the story is about',
    ('topics', 'b330-ferry-cancellations-cook-strait'): 'freight: terms in enough paragraphs, not what the story is about',
    ('events', 'b330-ferry-cancellations-cook-strait'): "missed 2026-05-20 day 'resume a limited timetable on Wednesday'",
    ('scare', 'b330-ferry-cancellations-cook-strait'): "'State Highway 1 on water' listed as speech",
    ('topics', 'b330-heatwave-texas'): 'power_grid: terms in enough paragraphs, not what the story is about',
    ('scare', 'b330-live-ottawa-guarantees'): "'backstop' listed as speech",
    ('topics', 'b330-opinion-sanctions-leaking'): 'oil_market: terms in enough paragraphs, not what the story is about; peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b330-parking-fines-galway'): 'retail: terms in enough paragraphs, not what the story is about',
    ('topics', 'b330-wool-auction-fine-merino'): 'china_demand: terms in enough paragraphs, not what the story is about',
    ('events', 'b330-wool-auction-fine-merino'): "missed 2026-05-07 day 'to close at 1318 cents a kilogram clean on Thursday'",
}

BATCH_331_SEALED = {
    ('events', 'b331-analysis-reassurance-force'): "missed 1994 year 'the Budapest Memorandum of 1994'",
    ('topics', 'b331-broadcast-refiners-russian-crude'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b331-hailstorm-calgary-northeast'): 'missed 2026-06-14 day \'By Sunday morning, the streets of Taradale\'; missed 2026-06-16 day "we\'re opening a drive-through claims centre on Tuesday"',
    ('events', 'b331-live-canada-shadow-fleet'): 'missed 2026-06 month "before the G7 leaders\' summit in June"',
    ('speakers', 'b331-tax-evasion-trial-car-wash-owner'): "'remain a priority for our special agents' given to criminal-investigation, not irs-criminal-investigation",
    ('scare', 'b331-tax-evasion-trial-car-wash-owner'): "'the green book' listed as speech",
}

BATCH_332_SEALED = {
    ('events', 'b332-cyclone-warning-odisha'): "missed 2026-05-16 day 'likely to cross the coast between Puri and Gopalpur on Saturday evening'",
    ('scare', 'b332-cyclone-warning-odisha'): "'Vayuna' listed as speech",
    ('events', 'b332-playground-closure-armley'): "missed 2026-05-12 day 'had gathered more than 1,200 signatures by Tuesday evening'",
    ('speakers', 'b332-squash-open-chennai'): "'Ishita pushed me all the way' given to chloe-tan, not chloe-tan-wei-ling",
}

BATCH_333_SEALED = {
    ('topics', 'b333-feature-kharkiv-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b333-ferry-fare-rise-salish-coast'): "missed 2026-04-28 day 'Salish Coast Ferries announced Tuesday'",
    ('topics', 'b333-film-festival-deccan'): 'censorship: too few paragraphs with its terms',
    ('topics', 'b333-interview-former-envoy-sanctions'): 'canadian_politics: terms in enough paragraphs, not what the story is about',
    ('events', 'b333-live-australia-sanctions-istanbul'): "missed 2026-05-11 day 'imposed by the European Union on Monday'; missed 2026-03 month 'met in Geneva in March'",
    ('topics', 'b333-rugby-sevens-singapore'): 'olympics: terms in enough paragraphs, not what the story is about',
    ('events', 'b333-volcanic-ash-bali-flights'): "missed 2026-05-07 day 'had been offered were on May 7'",
    ('scare', 'b333-volcanic-ash-bali-flights'): "'known event' listed as speech",
}

BATCH_334_SEALED = {
    ('events', 'b334-ballet-premiere-glass-orchard'): 'missed 1987 year "I\'ve been coming here since 1987"',
    ('scare', 'b334-frost-damage-central-otago'): "'Ridgeline' listed as speech; 'Black Tuesday frost' listed as speech",
    ('topics', 'b334-radio-nz-ukraine-force'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b334-surfing-contest-jbay'): "missed 2019 year 'held at Jeffreys Bay since 2019'",
    ('scare', 'b334-surfing-contest-jbay'): "'the Dolphin' listed as speech",
    ('events', 'b334-timber-tariffs-bc-mills'): "missed 2026-03-09 day 'the new rates would take effect on March 9'; missed 1982 year 'dates back to 1982'",
    ('events', 'b334-toll-road-severnside'): "missed 2041 year 'The concession runs until 2041'",
}

BATCH_335_SEALED = {
    ('events', 'b335-analysis-reassurance-force'): "missed 1994 year 'the Budapest Memorandum of 1994'",
    ('events', 'b335-cocoa-prices-slide'): "missed 2026-05-13 day 'Cocoa futures fell to their lowest level in 18 months on Wednesday'",
    ('events', 'b335-cycle-lane-row-halifax'): "missed 2026-05-26 day 'at its May 26 meeting'",
    ('speakers', 'b335-darts-final-blackpool'): "'Pay the mortgage off.' given to jordy-veenstra, not callum-brierley",
    ('speakers', 'b335-drink-driving-case-durban'): "'My daughter was coming home from her wai' given to ayanda-mkhize, not thandiwe-mkhize; 'He drank, he drove, and she is in the gr' given to ayanda-mkhize, not thandiwe-mkhize",
    ('speakers', 'b335-live-canberra-sanctions'): "'illegitimate unilateral measures' given to russian-embassy-in-canberra, not russian-embassy; 'only hurt Australian exporters' given to russian-embassy-in-canberra, not russian-embassy",
    ('topics', 'b335-poetry-slam-bengaluru'): 'languages: terms in enough paragraphs, not what the story is about; water_crisis: terms in enough paragraphs, not what the story is about',
    ('events', 'b335-poetry-slam-bengaluru'): "missed 2017 year 'organised by the Open Mic Collective since 2017'",
    ('topics', 'b335-rates-revaluation-nelson'): 'housing_market: terms in enough paragraphs, not what the story is about',
    ('topics', 'b335-stroke-unit-tullamore'): 'ambulance_service: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b335-stroke-unit-tullamore'): "'based on clinical evidence' given to health-service-executive, not hse; 'ensure every patient is treated in the r' given to health-service-executive, not hse",
    ('topics', 'b335-wire-geneva-talks-adjourn'): 'prisoners: terms in enough paragraphs, not what the story is about',
}

BATCH_336_SEALED = {
    ('topics', 'b336-burglary-spree-tauranga-teens'): 'youth_justice: terms in enough paragraphs, not what the story is about',
    ('topics', 'b336-chess-olympiad-india-squads'): 'uzbekistan: terms in enough paragraphs, not what the story is about',
    ('events', 'b336-chess-olympiad-india-squads'): "missed 2026-09-11 day 'to be held in Tashkent, Uzbekistan from September 11'",
    ('events', 'b336-dog-park-dispute-wattle-reserve'): "missed 2026-06-01 day 'six-month trial starting on June 1'; missed 2019 year 'overturning a 2019 decision'",
    ('topics', 'b336-hospice-funding-glenmorven'): 'fundraising: terms in enough paragraphs, not what the story is about; nhs_pay: terms in enough paragraphs, not what the story is about',
    ('events', 'b336-lithium-mine-val-dor'): "missed 2028 year 'scheduled for the second half of 2028'",
    ('scare', 'b336-lithium-mine-val-dor'): "'NordCell' listed as speech",
    ('topics', 'b336-live-eu-sanctions-package'): 'energy: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b336-river-flooding-maitland-hunter'): "'We'll lose most of the silage.' given to sam-whitelaw, not jess-whitelaw",
    ('events', 'b336-taxi-licences-nta-vehicle-age'): "missed 2019 year 'compared with more than 14,500 in 2019'",
    ('scare', 'b336-taxi-licences-nta-vehicle-age'): "'car condition' listed as speech",
}

BATCH_337_SEALED = {
    ('scare', 'b337-cyber-fraud-arrest-digital-arrest-racket'): "'digital arrest' listed as speech; 'mule accounts' listed as speech",
    ('events', 'b337-dust-storm-delhi-ncr'): 'missed 2026-05-06 day "issued an \'orange\' alert for Delhi till Wednesday"',
    ('scare', 'b337-dust-storm-delhi-ncr'): "'orange' listed as speech; 'severe' listed as speech",
    ('speakers', 'b337-e-scooter-ban-limerick-streets'): "'engage with and educate' given to garda-siochana, not an-garda-siochana",
}

BATCH_338_SEALED = {
    ('topics', 'b338-blizzard-prairies-may'): 'roads: terms in enough paragraphs, not what the story is about',
    ('events', 'b338-blizzard-prairies-may'): "missed 1986 year 'the most snow the city has seen in a single May storm since 1986'",
    ('scare', 'b338-bypass-plans-satara'): "'Our land, our right' listed as speech",
    ('topics', 'b338-choir-tour-wellington-youth'): 'fundraising: terms in enough paragraphs, not what the story is about',
    ('scare', 'b338-coroner-findings-bristol-cyclist'): "'prevention of future deaths' listed as speech",
    ('events', 'b338-live-ottawa-guarantees'): "missed 1994 year 'a pointed reference to the Budapest Memorandum of 1994'",
    ('topics', 'b338-night-tube-elizabeth-line'): 'night_economy: too few paragraphs with its terms',
    ('speakers', 'b338-night-tube-elizabeth-line'): "'connect hundreds of thousands more Londo' given to tfl, not transport-for-london",
    ('events', 'b338-night-tube-elizabeth-line'): "missed 2026-09-04 day 'with the first overnight service due to leave on Friday 4 September'",
    ('topics', 'b338-nurse-pay-deal-victoria'): 'hospital_services: terms in enough paragraphs, not what the story is about',
    ('topics', 'b338-opinion-sanctions-leaking'): 'peace_talks: terms in enough paragraphs, not what the story is about; shipping: terms in enough paragraphs, not what the story is about',
    ('topics', 'b338-radio-irish-minister-sanctions'): 'aviation_leasing: terms in enough paragraphs, not what the story is about',
}

# Stop 62's fourth wave, batches 339-342, sealed; first runs on ccca6771 (after the third review): 0.978, 0.959, 0.878,
# 0.912; one wrong where null in 341 ('…, and one EU official … described her as "…"' given to the department quoted
# first), mended. What the final code still misses is listed per batch.
BATCH_339_SEALED = {
    ('events', 'b339-analysis-guarantee-question'): "missed 1994 year 'the Budapest Memorandum of 1994'",
    ('topics', 'b339-assault-trial-octagon-bar'): 'nightlife_safety: terms in enough paragraphs, not what the story is about; student_life: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b339-handball-final-fahy-twomey'): "'be back next year with a better left han' given to dubliner-niamh-carty, not niamh-carty",
    ('scare', 'b339-ice-storm-southwest-missouri'): "'Icemageddon' listed as speech",
    ('topics', 'b339-parking-levy-kurrajong-bay'): 'local_business: terms in enough paragraphs, not what the story is about; public_transport: terms in enough paragraphs, not what the story is about',
    ('events', 'b339-parking-levy-kurrajong-bay'): "missed 1999 year 'Perth has had one since 1999'",
}

BATCH_340_SEALED = {
    ('events', 'b340-metro-fares-wmata'): "missed 2026-07-01 day 'starting July 1'",
    ('events', 'b340-podcast-inside-track'): 'missed 2026-05-14 day \'ahead of the next round in Geneva on Thursday\'; missed 2021 year "served as Ireland\'s ambassador to Poland until 2021"',
    ('topics', 'b340-sandstorm-broken-hill'): 'aviation: terms in enough paragraphs, not what the story is about',
}

BATCH_341_SEALED = {
    ('topics', 'b341-ambulance-station-llanidloes'): 'farming: terms in enough paragraphs, not what the story is about',
    ('events', 'b341-ambulance-station-llanidloes'): "missed 2026-05-12 day 'packed into a community hall in Llanidloes on Tuesday night'",
    ('events', 'b341-heat-dome-texas'): "missed 2026-05-16 day 'peak near 108 on Saturday'; missed 1998 year 'breaking the daily record of 99 set in 1998'",
    ('scare', 'b341-heat-dome-texas'): "'omega block' listed as speech",
    ('topics', 'b341-interview-sanctions-envoy'): 'neutrality: terms in enough paragraphs, not what the story is about; peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b341-interview-sanctions-envoy'): "missed 2025-12 month 'The member states reaffirmed that in December'",
    ('topics', 'b341-jewellery-heist-rosebank'): 'retail: terms in enough paragraphs, not what the story is about',
}

BATCH_342_SEALED = {
    ('events', 'b342-airport-curfew-sydney'): "missed 2026-05-18 day 'Daniel Orsini, on Monday'",
    ('scare', 'b342-airport-curfew-sydney'): "'shoulder' listed as speech",
    ('scare', 'b342-radio-irish-troops'): "'Ireland's Contribution to Post-Ceasefire Stability in Ukraine' listed as speech",
    ('speakers', 'b342-timber-fire-sale-cariboo'): "'reduce debt, protect jobs where we can a' given to cariboo-ridge, not cariboo-ridge-forest-products",
    ('events', 'b342-vet-shortage-barmer'): "missed 2026-07 month 'the examination will be held in July'",
}

# Stop 62's fifth wave, batches 343-346, for measurement only, sealed; first runs on the stop's final code ccd4d208:
# 0.898, 0.976, 0.977, 0.984, none wrong where null. What the final code misses is listed per batch.
BATCH_343_SEALED = {
    ('topics', 'b343-broadcast-irish-neutrality'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b343-broadcast-irish-neutrality'): "'Every time I hear the word ceasefire' given to siobhan-keaveney, not olha-savchuk; 'My husband is still in Kharkiv.' given to siobhan-keaveney, not olha-savchuk",
    ('events', 'b343-ferry-timetable-inis-meain'): "missed 2026-06-01 day 'takes effect on 1 June'",
    ('topics', 'b343-fraud-appeal-mothlabeng'): 'local_government: terms in enough paragraphs, not what the story is about; water_supply: terms in enough paragraphs, not what the story is about',
    ('events', 'b343-hail-damage-tarrant'): "missed 2026-05-14 day 'another round of severe weather on Thursday'",
    ('events', 'b343-hockey-final-harvesters'): "missed 2009 year 'first league title since 2009'",
    ('scare', 'b343-live-paris-summit'): "'coalition of the willing' listed as speech",
    ('speakers', 'b343-rice-prices-riverina'): "'Harvest was good, about 11 tonnes a hect' given to priya-raman, not gavin-pettigrew; 'Costs went up and the price came down.' given to priya-raman, not gavin-pettigrew; 'Drought support helps, I won't pretend i' given to priya-raman, not gavin-pettigrew",
    ('topics', 'b343-wire-geneva-talks'): 'security_guarantees: too few paragraphs with its terms',
}

BATCH_344_SEALED = {
    ('events', 'b344-avalanche-revelstoke-skiers'): "missed 2026-02-23 day 'delayed until Monday morning because of high winds'",
    ('events', 'b344-choir-festival-brecon-riga-girls'): "missed 2026-07-07 day 'fly home to Latvia on Tuesday'",
    ('topics', 'b344-explainer-security-guarantees'): 'nato: terms in enough paragraphs, not what the story is about',
    ('scare', 'b344-explainer-security-guarantees'): "'coalition of the willing' listed as speech; 'backstop' listed as speech",
    ('topics', 'b344-live-eu-sanctions-package'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b344-mental-health-beds-cairns-closure'): 'emergency_departments: terms in enough paragraphs, not what the story is about',
    ('topics', 'b344-motor-racing-madras-rain-win'): 'race_safety: terms in enough paragraphs, not what the story is about; weather: terms in enough paragraphs, not what the story is about',
}

BATCH_345_SEALED = {
    ('topics', 'b345-bin-collection-waimara-fortnightly'): 'council_finances: terms in enough paragraphs, not what the story is about',
    ('topics', 'b345-cycling-tour-riverina-vassallo'): 'road_safety: terms in enough paragraphs, not what the story is about',
    ('topics', 'b345-feature-boots-on-the-ground'): 'military_deployment: terms in enough paragraphs, not what the story is about; peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b345-feature-boots-on-the-ground'): "missed 2026-02 month 'Since the first round of direct talks with Russia in February'",
    ('events', 'b345-grain-exports-prairie-backlog'): "missed 2014 year 'when a similar backlog prompted Ottawa to impose minimum volume requirements'",
    ('scare', 'b345-grain-exports-prairie-backlog'): "'the bottleneck' listed as speech",
    ('topics', 'b345-interview-beaudoin-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b345-monsoon-kerala-onset'): "missed 2025-05-24 day 'Last year the monsoon reached Kerala on May 24'",
    ('topics', 'b345-pharmacy-closures-lincolnshire-villages'): 'rural_transport: terms in enough paragraphs, not what the story is about',
    ('topics', 'b345-rail-electrification-barak-valley'): 'monsoon_weather: terms in enough paragraphs, not what the story is about; sanctions: terms in enough paragraphs, not what the story is about',
    ('topics', 'b345-stabbing-trial-limerick-takeaway'): 'nightlife: terms in enough paragraphs, not what the story is about',
    ('scare', 'b345-wire-geneva-round-ends'): "'coalition of the willing' listed as speech",
}

BATCH_346_SEALED = {
    ('scare', 'b346-arson-inquest-leigh-letterbox-fire'): "'prevention of future deaths' listed as speech",
    ('scare', 'b346-bushfire-grampians-halls-gap'): "'Extreme' listed as speech",
    ('events', 'b346-oil-refinery-lake-charles-closure'): "missed 2026-09-30 day 'will stop processing crude at its 68-year-old refinery here by Sept. 30'",
    ('events', 'b346-speed-limit-cut-hamilton-30kmh'): "missed 2024 year 'The pilot ran through 2024'",
    ('speakers', 'b346-tram-strike-luas-drivers'): "'as many services as possible' given to may, not metrolinc-ireland",
    ('events', 'b346-tram-strike-luas-drivers'): "missed 2026-05-29 day 'A second stoppage is planned for Friday, 29 May'",
}

# Stop 63's first wave, batches 347-350, sealed; first runs on main 38504c38: 0.959, 0.923, 0.946, 0.904, none wrong
# where null (WRONG: 'Public Prosecutor', 'Stroke', 'Coxswain' read into names, a 'while' clause's relative, 'the Upper
# Basin states had', a curator's transcript given to the minister). What the stop's code misses is listed per batch.
BATCH_347_SEALED = {
    ('events', 'b347-airport-strike-sydney-ground-crew'): "missed 2019 year 'domestic terminals since 2019'; missed 2026-05-16 day 'rebooked on a flight on Saturday'",
    ('topics', 'b347-analysis-reassurance-force'): 'defence_spending: too few paragraphs with its terms',
    ('scare', 'b347-analysis-reassurance-force'): "'coalition of the willing' listed as speech",
    ('scare', 'b347-broadcast-ireland-neutrality'): "'reassurance force' listed as speech",
    ('scare', 'b347-library-closures-north-calderbrook'): "'community-managed' listed as speech",
    ('events', 'b347-orchestra-tour-aisling-china'): "missed 2026-10-27 day 'closes in Beijing on October 27th'",
    ('topics', 'b347-rugby-semifinal-harriers-rams'): 'discipline: terms in enough paragraphs, not what the story is about',
    ('events', 'b347-rugby-semifinal-harriers-rams'): "missed 2026-06-27 day 'in the final at Ngā Puna Park on June 27'",
    ('scare', 'b347-tax-fraud-sentencing-durban-vat'): "'risk engine' listed as speech",
}

BATCH_348_SEALED = {
    ('scare', 'b348-ambulance-delays-lancashire-nine-hour-wait'): "'corridor care' listed as speech",
    ('topics', 'b348-drug-trial-verdict-port-botany-cocaine'): 'fruit_trade: terms in enough paragraphs, not what the story is about',
    ('events', 'b348-lithium-mine-kaministik-lake-ontario'): "missed 2028 year 'the raw material for lithium-ion batteries, in 2028'",
    ('scare', 'b348-rowing-regatta-cedar-lake-spring'): "'power 10' listed as speech",
    ('events', 'b348-school-zoning-kowhai-grove-college'): "missed 2027 year 'The change will apply to students starting Year 9 from 2027'",
    ('events', 'b348-wire-geneva-ceasefire-talks'): "missed 2026-05-13 day 'the prisoner exchange agreed in principle on Wednesday'",
}

BATCH_349_SEALED = {
    ('speakers', 'b349-dental-shortage-donegal'): "'actively engaging' given to health-service-executive, not hse",
    ('events', 'b349-dental-shortage-donegal'): "missed 2015 year 'held contracts under the Dental Treatment Services Scheme (DTSS) in 2015'",
    ('events', 'b349-interview-marta-kuzyk'): "missed 2019 year 'arriving in Kyiv in 2019'",
    ('events', 'b349-landslide-kinnaur'): "missed 2025-08-19 day 'by Tuesday afternoon'; missed 2025-08-22 day 'Shimla districts till Friday'",
    ('topics', 'b349-parking-fees-hobart-council'): 'public_transport: terms in enough paragraphs, not what the story is about; retail: terms in enough paragraphs, not what the story is about',
    ('events', 'b349-parking-fees-hobart-council'): "missed 2019 year 'for the first time since 2019'",
}

BATCH_350_SEALED = {
    ('topics', 'b350-corruption-inquiry-nelson-mandela-bay-pipeline'): 'local_politics: terms in enough paragraphs, not what the story is about; water_supply: terms in enough paragraphs, not what the story is about',
    ('events', 'b350-drought-arizona-colorado-river-cuts'): "missed 2027-01 month 'projected to fall below 1,030 feet by January'; missed 2026 year 'replace the ones that expire at the end of 2026'",
    ('scare', 'b350-drought-arizona-colorado-river-cuts'): "'Tier 2b' listed as speech; 'the canary in the canal' listed as speech",
    ('events', 'b350-hospice-funding-toowoomba-beds'): "missed 2026-06 month 'will close four of its 12 beds from next month'",
    ('events', 'b350-opinion-guarantee-without-soldiers'): "missed 1994 year 'Consider the Budapest Memorandum of 1994'",
    ('topics', 'b350-radio-canada-troops-ukraine'): 'military_recruitment: terms in enough paragraphs, not what the story is about; peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b350-radio-canada-troops-ukraine'): "missed 2017 year 'Canada has been leading in Latvia since 2017'",
    ('events', 'b350-sailing-race-lambay-round'): "missed 2026-05-16 day 'We looked at the forecast very carefully on Saturday morning'",
    ('events', 'b350-steel-tariffs-hamilton-surtax'): "missed 2026-12-15 day 'with the first review due by Dec. 15'",
    ('scare', 'b350-steel-tariffs-hamilton-surtax'): "'Steel Shield' listed as speech",
}

# Stop 63's second wave, batches 351-354, sealed; first runs on c71d7870 (after the first wave's rules): 0.947, 0.921,
# 0.922, 0.915, none wrong where null (WRONG: 'the company' given to a place modifying the first sentence's noun, a
# husband's 'For now.' to his wife, a surname after ', and' to the kin named before it). What the stop's code misses is
# listed per batch.
BATCH_351_SEALED = {
    ('scare', 'b351-analysis-security-guarantees-europe'): "'snapback' listed as speech",
    ('events', 'b351-ballet-premiere-glass-orchard'): "missed 1947 year 'during the harsh winter of 1947'",
    ('events', 'b351-cocoa-prices-chocolate-makers'): "missed 2024-12 month 'their highest level since December 2024'",
    ('events', 'b351-hurling-final-clare-munster'): "missed 1998 year 'for the first time since 1998'",
    ('speakers', 'b351-live-geneva-talks-day-two'): "'India has consistently called for dialog' given to ministry-of-external-affairs, not indias-ministry-of-external-affairs",
    ('events', 'b351-live-geneva-talks-day-two'): "missed 2022 year 'discounted Russian crude since 2022'",
    ('events', 'b351-pension-fraud-trial-mineworkers-fund'): "missed 2023-08 month 'between March 2019 and August 2023'",
}

BATCH_352_SEALED = {
    ('events', 'b352-cancer-waiting-times-scotland'): "missed 2026-06-30 day 'in the three months to June 30'; missed 2012 year 'has not been met nationally since 2012'",
    ('topics', 'b352-cycle-lanes-harrow-st'): 'local_business: terms in enough paragraphs, not what the story is about; parking: terms in enough paragraphs, not what the story is about',
    ('events', 'b352-explainer-security-guarantees'): "missed 2026-07 month 'before the NATO summit in July'",
    ('topics', 'b352-manslaughter-verdict-limerick'): 'alcohol: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b352-manslaughter-verdict-limerick'): "'acknowledge the dignity and patience' given to garda-siochana, not an-garda-siochana",
    ('topics', 'b352-podcast-pause-not-peace'): 'sanctions: terms in enough paragraphs, not what the story is about',
}

BATCH_353_SEALED = {
    ('scare', 'b353-earthquake-humboldt'): "'ShakeAlert' listed as speech",
    ('scare', 'b353-feature-paper-umbrellas'): "'coalition of the willing' listed as speech",
    ('topics', 'b353-insider-trading-case-kgotso'): 'mining: terms in enough paragraphs, not what the story is about',
    ('topics', 'b353-interview-irish-general-ukraine'): 'neutrality: too few paragraphs with its terms',
    ('events', 'b353-interview-irish-general-ukraine'): "missed 1978 year 'We have had soldiers in Lebanon since 1978.'",
    ('scare', 'b353-maternity-unit-closure-alnmoor'): "'community hub' listed as speech",
    ('events', 'b353-rates-rise-rbnz-ocr'): "missed 2023-05 month 'its first increase since May 2023'",
}

BATCH_354_SEALED = {
    ('speakers', 'b354-aluminium-smelter-kestrel-point'): "'progressively transition to renewable en' given to southern-cross, not southern-cross-aluminium",
    ('events', 'b354-planning-fraud-inquiry-naas-rezoning'): "missed 2026-05-19 day 'would resume on May 19th'",
    ('events', 'b354-storm-surge-outer-banks'): "missed 2026-03-05 day 'with the Thursday morning high tide'",
    ('events', 'b354-triathlon-taupo-debut-win'): 'missed 2023 year \'only took up triathlon in 2023\'; missed 2026-03-13 day "I\'ve got a biomechanics exam on Friday"',
}

# Stop 63's third wave, batches 355-358, for measurement, sealed; first runs on the stop's rules (35ed7589, before the
# two mends below): 0.929, 0.945, 0.929, 0.942; a wrong speaker where none can be told in 355 (a neighbour's
# words after ', and his neighbour, …, cut in:' given to the shop owner) and 357 ('One, mending a net, shrugged. "…," he
# said' given to the husband named before), both mended. What the stop's code misses is listed per batch.
BATCH_355_SEALED = {
    ('scare', 'b355-analysis-europe-guarantees'): "'coalition of the willing' listed as speech",
    ('scare', 'b355-broadcast-canada-lng-envoy'): "'The Weekly Briefing' listed as speech",
    ('events', 'b355-bus-strike-halifax-transit'): 'missed 2012 year "shut down the city\'s buses since 2012"; missed 2026-05-18 day \'rally outside City Hall on Monday\'',
    ('events', 'b355-choir-tour-cork-carnegie'): "missed 2026-03 month 'a wet Saturday in March'",
    ('events', 'b355-footbridge-closure-palmerston-north'): "missed 2026-05-21 day 'extraordinary meeting next Thursday'",
    ('topics', 'b355-money-laundering-sentencing-bank-manager'): 'banking: terms in enough paragraphs, not what the story is about',
    ('events', 'b355-rice-prices-fci-stocks'): "missed 2026-04 month 'forecast in April'",
    ('topics', 'b355-tornado-kansas-town'): 'disaster_relief: terms in enough paragraphs, not what the story is about',
    ('events', 'b355-wire-geneva-talks-sanctions'): "missed 2026-04 month 'follow two rounds in April'",
}

BATCH_356_SEALED = {
    ('topics', 'b356-arson-verdict-rugby-clubrooms'): 'rugby_competition: terms in enough paragraphs, not what the story is about',
    ('events', 'b356-arson-verdict-rugby-clubrooms'): "missed 1962 year 'Our honours boards went back to 1962'",
    ('topics', 'b356-cold-snap-canterbury-snow'): 'road_closures: terms in enough paragraphs, not what the story is about',
    ('events', 'b356-cold-snap-canterbury-snow'): "missed 2026-05-27 day 'snow settled as low as 200 metres above sea level in parts of South Canterbury on Wednesday morning'; missed 2026-05-29 day 'A second burst of cold air is due from Friday night'; missed 1993 year 'the coldest late-May spell in the region since 1993'",
    ('topics', 'b356-explainer-security-guarantees'): 'peace_talks: too few paragraphs with its terms',
    ('events', 'b356-explainer-security-guarantees'): "missed 2014 year 'we got Crimea in 2014'",
    ('scare', 'b356-hospital-parking-aire-valley'): "'ParkSmart' listed as speech",
    ('topics', 'b356-podcast-istanbul-waiting-room'): 'security_guarantees: too few paragraphs with its terms',
    ('events', 'b356-school-meals-eastern-cape'): "missed 1994 year 'This programme has existed since 1994'",
}

BATCH_357_SEALED = {
    ('events', 'b357-airport-delays-gatwick'): "missed 2026-05-18 day 'rebooked on a flight on Monday'",
    ('topics', 'b357-dog-licence-fees-increase'): 'animal_welfare: terms in enough paragraphs, not what the story is about; farming: terms in enough paragraphs, not what the story is about',
    ('events', 'b357-dog-licence-fees-increase'): "missed 2026-05-05 day 'announced by the Government yesterday'; missed 2012 year 'first increase in the annual fee since 2012'",
    ('topics', 'b357-feature-odesa-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b357-fraud-tribunal-nkanyezi-tankers'): 'water_supply: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b357-gp-closures-horsham'): "'The Government is committed to making it' given to department-of-health, not federal-department-of-health-disability-and-ageing",
    ('scare', 'b357-live-montreal-sanctions'): "'shadow fleet' listed as speech",
    ('topics', 'b357-mudslide-meghalaya'): 'rainfall: terms in enough paragraphs, not what the story is about',
}

BATCH_358_SEALED = {
    ('topics', 'b358-copper-tariffs-safeguard-duty'): 'cable_industry: terms in enough paragraphs, not what the story is about',
    ('events', 'b358-hailstorm-pretoria-east'): "missed 2025-11-21 day 'set up in Menlyn and Garsfontein from Friday'",
    ('scare', 'b358-hailstorm-pretoria-east'): "'Hailmageddon' listed as speech",
    ('topics', 'b358-live-london-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b358-live-london-guarantees'): "'dark fleet' listed as speech",
    ('topics', 'b358-opinion-irish-neutrality'): 'domestic_politics: terms in enough paragraphs, not what the story is about; peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b358-opinion-irish-neutrality'): "'we were neutral' listed as speech",
    ('events', 'b358-procurement-inquiry-clearwater'): "missed 2025-08 month 'who left the department in August 2025'",
    ('topics', 'b358-radio-hartigan-monitoring'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b358-rowing-marathon-thames-hundred'): 'records: terms in enough paragraphs, not what the story is about; river_safety: terms in enough paragraphs, not what the story is about',
    ('scare', 'b358-rowing-marathon-thames-hundred'): "'The Reluctant Heron' listed as speech",
    ('topics', 'b358-scooter-licensing-denver'): 'accessibility: terms in enough paragraphs, not what the story is about; city_politics: terms in enough paragraphs, not what the story is about',
    ('scare', 'b358-zoning-appeal-westboro-tower'): "'the Richmond Road monolith' listed as speech",
}


# Stop 64: a topic with fewer than half the on-topic paragraphs of the article's leading topic, named by neither the
# headline nor the first paragraph, is a side of a story about something else (topics.verdicts). Over all the
# labelled articles that filed 413 fewer topics the labels do not want (338 registered misses mended) and lost these,
# a topic the labels want that the story gives much less room than its main one.
# Stop 65: a hyphenated topic term ("night-economy", "cost-of-living") matches as the phrase of its parts; before, it
# matched nothing at all. Over the labelled articles 8 topics the labels want came, one they do not want went (b245);
# these four they do not want came with them (the term in two or more paragraphs of a side of the story).
HYPHEN_TERM_TOPICS = {
}

# Stop 66: a story's topics weighed by how much of it each holds (topics.stake), in place of the leading-topic rule of
# thumb. Over the labelled articles 335 registered topic misses mended; these 134 came (a topic the weighing drops that
# the labels want, or one it keeps that they do not): topic F1 0.915 → 0.928 over all of them.
# (Mended by a rule of stop 66 that its second review withdrew: "Stillwater Health" … "Stillwater said".)
TRADE_WORD_WITHDRAWN = {
    ('speakers', 'b326-mental-health-app-stillwater-lawsuit'): "'has never sold user data and never will' given to stillwater, not stillwater-health; 'was removed as soon as we identified the' given to stillwater, not stillwater-health",
}
STAKE_TOPICS = {
    ('topics', 'b100-wildfire-whitecourt-evacuation'): 'evacuation: a side of a story about something else: it holds 0.43 of it, 0.45 needed (2 of its 15 paragraphs; 7 of its leading topic; named in its headline)',
    ('topics', 'b101-ferry-cook-strait-drift'): 'maritime_safety: a side of a story about something else: it holds 0.44 of it, 0.45 needed (4 of its 18 paragraphs; 7 of its leading topic; not named in its headline)',
    ('topics', 'b105-broadcast-canada-reassurance-force'): 'security_guarantees: a side of a story about something else: it holds 0.34 of it, 0.45 needed (3 of its 17 paragraphs; 7 of its leading topic; not named in its headline)',
    ('topics', 'b110-tribunalappeal-hamilton-bakery'): 'human_rights: a side of a story about something else: it holds 0.34 of it, 0.45 needed (3 of its 15 paragraphs; 8 of its leading topic; not named in its headline)',
    ('topics', 'b111-blizzard-manitoba-april'): 'power_outages: a side of a story about something else: it holds 0.44 of it, 0.45 needed (2 of its 16 paragraphs; 6 of its leading topic; named in its headline)',
    ('topics', 'b112-analysis-security-guarantees'): 'peace_talks: a side of a story about something else: it holds 0.28 of it, 0.45 needed (3 of its 18 paragraphs; 10 of its leading topic; not named in its headline)',
    ('topics', 'b114-midwifery-cavan-profile'): 'staffing_shortages: a side of a story about something else: it holds 0.41 of it, 0.45 needed (3 of its 16 paragraphs; 5 of its leading topic; not named in its headline)',
    ('topics', 'b115-planning-knocknacarra'): 'planning_decision: a side of a story about something else: it holds 0.43 of it, 0.45 needed (4 of its 15 paragraphs; 9 of its leading topic; not named in its headline)',
    ('topics', 'b119-broadcast-canada-tanker-sanctions'): 'security_guarantees: a side of a story about something else: it holds 0.43 of it, 0.45 needed (2 of its 15 paragraphs; 7 of its leading topic; named in its headline)',
    ('topics', 'b121-sentencing-credit-union-theft'): 'theft_fraud: a side of a story about something else: it holds 0.44 of it, 0.45 needed (4 of its 14 paragraphs; 10 of its leading topic; not named in its headline)',
    ('topics', 'b124-lacrosse-hopkins-double-overtime'): 'ncaa_tournament: a side of a story about something else: it holds 0.39 of it, 0.45 needed (3 of its 13 paragraphs; 7 of its leading topic; not named in its headline)',
    ('topics', 'b125-forestry-oregon-harvest'): 'wildlife: a side of a story about something else: it holds 0.42 of it, 0.45 needed (2 of its 14 paragraphs; 9 of its leading topic; named in its headline)',
    ('topics', 'b130-broadcast-ireland-sanctions-loopholes'): 'security_guarantees: a side of a story about something else: it holds 0.39 of it, 0.45 needed (3 of its 15 paragraphs; 6 of its leading topic; not named in its headline)',
    ('topics', 'b132-port-strike-durban-dockworkers'): 'shipping: a side of a story about something else: it holds 0.35 of it, 0.45 needed (3 of its 14 paragraphs; 8 of its leading topic; not named in its headline)',
    ('topics', 'b134-farmer-q-and-a-saskatchewan-canola'): 'canola_tariffs: a side of a story about something else: it holds 0.44 of it, 0.45 needed (2 of its 16 paragraphs; 6 of its leading topic; named in its headline)',
    ('topics', 'b145-teacher-q-and-a-laois'): 'artificial_intelligence: a side of a story about something else: it holds 0.38 of it, 0.45 needed (2 of its 16 paragraphs; 11 of its leading topic; named in its headline)',
    ('topics', 'b145-wire-geneva-talks'): 'security_guarantees: a side of a story about something else: it holds 0.30 of it, 0.45 needed (3 of its 17 paragraphs; 9 of its leading topic; not named in its headline)',
    ('topics', 'b163-planning-appeal-killinghall-homes'): 'planning_appeal: a side of a story about something else: it holds 0.43 of it, 0.45 needed (2 of its 14 paragraphs; 8 of its leading topic; named in its headline)',
    ('topics', 'b163-teachers-ballot-wales-strike'): 'teacher_pay: a side of a story about something else: it holds 0.43 of it, 0.45 needed (2 of its 14 paragraphs; 8 of its leading topic; named in its headline)',
    ('topics', 'b164-wire-geneva-talks'): 'security_guarantees: a side of a story about something else: it holds 0.41 of it, 0.45 needed (4 of its 18 paragraphs; 8 of its leading topic; not named in its headline)',
    ('topics', 'b168-hailstorm-denver-metro'): 'insurance: a side of a story about something else: it holds 0.39 of it, 0.45 needed (4 of its 15 paragraphs; 12 of its leading topic; not named in its headline)',
    ('topics', 'b173-analysis-sanctions-running-out-of-road'): 'energy_markets: filed, the labels do not: 5 paragraphs',
    ('topics', 'b173-live-paris-guarantees-summit'): 'peace_talks: filed, the labels do not: paragraphs in a row tell of it',
    ('topics', 'b183-avalanche-aoraki'): 'rescue: a side of a story about something else: it holds 0.34 of it, 0.45 needed (3 of its 15 paragraphs; 8 of its leading topic; not named in its headline)',
    ('topics', 'b187-wire-geneva-prisoner-swap'): 'prisoners: a side of a story about something else: it holds 0.40 of it, 0.45 needed (2 of its 15 paragraphs; 10 of its leading topic; named in its headline)',
    ('topics', 'b189-fisherman-interview-petty-harbour-cod'): 'outport_decline: a side of a story about something else: it holds 0.35 of it, 0.45 needed (3 of its 19 paragraphs; 6 of its leading topic; not named in its headline)',
    ('topics', 'b193-broadcast-india-russian-oil'): 'sanctions: a side of a story about something else: it holds 0.26 of it, 0.45 needed (2 of its 13 paragraphs; 7 of its leading topic; not named in its headline)',
    ('topics', 'b193-wildfire-slave-lake'): 'evacuation: a side of a story about something else: it holds 0.38 of it, 0.45 needed (3 of its 14 paragraphs; 7 of its leading topic; not named in its headline)',
    ('topics', 'b195-live-paris-security-guarantees'): 'neutrality: a side of a story about something else: it holds 0.38 of it, 0.45 needed (3 of its 16 paragraphs; 6 of its leading topic; not named in its headline)',
    ('topics', 'b199-broadcast-nz-ukraine-mission'): 'security_guarantees: a side of a story about something else: it holds 0.39 of it, 0.45 needed (3 of its 18 paragraphs; 5 of its leading topic; not named in its headline)',
    ('topics', 'b20-ft-snapback-sanctions'): 'peace-talks: a side of a story about something else: it holds 0.29 of it, 0.45 needed (2 of its 11 paragraphs; 7 of its leading topic; not named in its headline)',
    ('topics', 'b200-library-closure-kelmscott'): 'council_budget: a side of a story about something else: it holds 0.39 of it, 0.45 needed (2 of its 18 paragraphs; 8 of its leading topic; named in its headline)',
    ('topics', 'b207-market-relocation-kilbrack'): 'pedestrianisation: filed, the labels do not: 4 paragraphs',
    ('topics', 'b210-analysis-shadow-fleet-sanctions'): 'sanctions: a side of a story about something else: it holds 0.40 of it, 0.45 needed (2 of its 15 paragraphs; 10 of its leading topic; named in its headline)',
    ('topics', 'b216-analysis-frozen-assets-ottawa'): 'sanctions: a side of a story about something else: it holds 0.34 of it, 0.45 needed (3 of its 17 paragraphs; 7 of its leading topic; not named in its headline)',
    ('topics', 'b229-bank-takeover-maritime-shore'): 'competition: a side of a story about something else: it holds 0.42 of it, 0.45 needed (4 of its 19 paragraphs; 7 of its leading topic; not named in its headline)',
    ('topics', 'b229-chamber-music-festival-lough-gill'): 'arts_funding: a side of a story about something else: it holds 0.27 of it, 0.45 needed (3 of its 16 paragraphs; 14 of its leading topic; not named in its headline)',
    ('topics', 'b231-planning-tribunal-locke-street-tower'): 'housing: a side of a story about something else: it holds 0.31 of it, 0.45 needed (3 of its 15 paragraphs; 10 of its leading topic; not named in its headline)',
    ('topics', 'b236-bin-collection-row-three-weekly'): 'council_finances: a side of a story about something else: it holds 0.44 of it, 0.45 needed (3 of its 14 paragraphs; 5 of its leading topic; not named in its headline)',
    ('topics', 'b239-theatre-salt-field-premiere'): 'arts_funding: a side of a story about something else: it holds 0.31 of it, 0.45 needed (3 of its 15 paragraphs; 10 of its leading topic; not named in its headline)',
    ('topics', 'b240-radio-demining-neutrality'): 'security_guarantees: a side of a story about something else: it holds 0.43 of it, 0.45 needed (2 of its 15 paragraphs; 7 of its leading topic; named in its headline)',
    ('topics', 'b248-wire-geneva-talks'): 'security_guarantees: a side of a story about something else: it holds 0.44 of it, 0.45 needed (4 of its 18 paragraphs; 7 of its leading topic; not named in its headline)',
    ('topics', 'b255-health-telangana-heatstroke'): 'gig_work: a side of a story about something else: it holds 0.44 of it, 0.45 needed (4 of its 16 paragraphs; 8 of its leading topic; not named in its headline)',
    ('topics', 'b257-interview-lytvyn-delhi'): 'sanctions: a side of a story about something else: it holds 0.40 of it, 0.45 needed (2 of its 16 paragraphs; 9 of its leading topic; named in its headline)',
    ('topics', 'b263-analysis-ireland-security-guarantees'): 'irish_neutrality: a side of a story about something else: it holds 0.36 of it, 0.45 needed (3 of its 17 paragraphs; 6 of its leading topic; not named in its headline)',
    ('topics', 'b264-astronomy-kendal-comet'): 'amateur_science: a side of a story about something else: it holds 0.30 of it, 0.45 needed (3 of its 16 paragraphs; 10 of its leading topic; not named in its headline)',
    ('topics', 'b264-jazz-hemi-walker-interview'): 'festivals: a side of a story about something else: it holds 0.35 of it, 0.45 needed (3 of its 16 paragraphs; 7 of its leading topic; not named in its headline)',
    ('topics', 'b27-radio-interview-deputy-minister'): 'peace-talks: a side of a story about something else: it holds 0.43 of it, 0.45 needed (3 of its 11 paragraphs; 7 of its leading topic; not named in its headline)',
    ('topics', 'b272-apprenticeships-pune-auto-parts'): 'automotive: a side of a story about something else: it holds 0.42 of it, 0.45 needed (2 of its 16 paragraphs; 7 of its leading topic; named in its headline)',
    ('topics', 'b272-public-inquiry-sorrel-creek-wildfire'): 'evacuation: a side of a story about something else: it holds 0.38 of it, 0.45 needed (2 of its 16 paragraphs; 11 of its leading topic; named in its headline)',
    ('topics', 'b274-pensions-scheme-carrigdown'): 'industrial_relations: a side of a story about something else: it holds 0.44 of it, 0.45 needed (3 of its 14 paragraphs; 5 of its leading topic; not named in its headline)',
    ('topics', 'b274-puppetry-nonna-rosa'): 'arts_funding: a side of a story about something else: it holds 0.42 of it, 0.45 needed (3 of its 13 paragraphs; 6 of its leading topic; not named in its headline)',
    ('topics', 'b275-pawnbrokers-glasgow-boom'): 'cost_of_living: a side of a story about something else: it holds 0.35 of it, 0.45 needed (3 of its 14 paragraphs; 8 of its leading topic; not named in its headline)',
    ('topics', 'b276-pharmacies-rural-closures'): 'medicine_prices: a side of a story about something else: it holds 0.33 of it, 0.45 needed (3 of its 15 paragraphs; 9 of its leading topic; not named in its headline)',
    ('topics', 'b279-broadcast-ireland-ukraine-mission'): 'neutrality: a side of a story about something else: it holds 0.44 of it, 0.45 needed (4 of its 16 paragraphs; 8 of its leading topic; not named in its headline)',
    ('topics', 'b279-county-council-rural-bus-cuts'): 'council_budget: a side of a story about something else: it holds 0.42 of it, 0.45 needed (4 of its 17 paragraphs; 8 of its leading topic; not named in its headline)',
    ('topics', 'b279-ferries-quadra-breakdown'): 'healthcare_access: a side of a story about something else: it holds 0.40 of it, 0.45 needed (3 of its 14 paragraphs; 6 of its leading topic; not named in its headline)',
    ('topics', 'b279-live-g7-price-cap'): 'frozen_assets: a side of a story about something else: it holds 0.35 of it, 0.45 needed (3 of its 16 paragraphs; 7 of its leading topic; not named in its headline)',
    ('topics', 'b28-imatra-border-regional'): 'nato-guarantees: a side of a story about something else: it holds 0.41 of it, 0.45 needed (2 of its 9 paragraphs; 4 of its leading topic; not named in its headline)',
    ('topics', 'b282-drought-karoo-disaster'): 'livestock: a side of a story about something else: it holds 0.40 of it, 0.45 needed (3 of its 14 paragraphs; 6 of its leading topic; not named in its headline)',
    ('topics', 'b282-film-festival-clew-bay'): 'arts_funding: a side of a story about something else: it holds 0.42 of it, 0.45 needed (2 of its 13 paragraphs; 10 of its leading topic; named in its headline)',
    ('topics', 'b285-school-trustees-rural-closures'): 'school_budget: a side of a story about something else: it holds 0.44 of it, 0.45 needed (3 of its 14 paragraphs; 5 of its leading topic; not named in its headline)',
    ('topics', 'b290-radio-neutrality-guarantees'): 'security_guarantees: a side of a story about something else: it holds 0.44 of it, 0.45 needed (2 of its 14 paragraphs; 7 of its leading topic; named in its headline)',
    ('topics', 'b290-snowstorm-calgary-may'): 'power_outages: a side of a story about something else: it holds 0.42 of it, 0.45 needed (2 of its 14 paragraphs; 9 of its leading topic; named in its headline)',
    ('topics', 'b294-fuel-prices-delhi-hike'): 'transport_strike: a side of a story about something else: it holds 0.34 of it, 0.45 needed (1 of its 11 paragraphs; 6 of its leading topic; named in its headline)',
    ('topics', 'b294-night-buses-philadelphia-owl'): 'transit_budget: a side of a story about something else: it holds 0.44 of it, 0.45 needed (3 of its 12 paragraphs; 6 of its leading topic; not named in its headline)',
    ('topics', 'b296-egg-prices-bird-flu'): 'bird_flu: a side of a story about something else: it holds 0.44 of it, 0.45 needed (3 of its 18 paragraphs; 13 of its leading topic; named in its headline)',
    ('topics', 'b30-guarantees-interview'): 'peace-talks: a side of a story about something else: it holds 0.27 of it, 0.45 needed (2 of its 12 paragraphs; 7 of its leading topic; not named in its headline)',
    ('topics', 'b302-opinion-india-invoices'): 'sanctions: a side of a story about something else: it holds 0.39 of it, 0.45 needed (3 of its 18 paragraphs; 5 of its leading topic; not named in its headline)',
    ('topics', 'b304-explainer-sanctions-relief'): 'peace_talks: a side of a story about something else: it holds 0.38 of it, 0.45 needed (4 of its 16 paragraphs; 12 of its leading topic; not named in its headline)',
    ('topics', 'b304-road-tolls-cauldwell-bridge'): 'bridge_repairs: a side of a story about something else: it holds 0.37 of it, 0.45 needed (3 of its 13 paragraphs; 8 of its leading topic; not named in its headline)',
    ('topics', 'b31-madrid-admissions-trial'): 'bribery: a side of a story about something else: it holds 0.20 of it, 0.45 needed (1 of its 9 paragraphs; 4 of its leading topic; not named in its headline)',
    ('topics', 'b310-radio-irish-monitoring-mission'): 'neutrality: a side of a story about something else: it holds 0.40 of it, 0.45 needed (3 of its 17 paragraphs; 5 of its leading topic; not named in its headline)',
    ('topics', 'b314-art-auction-marrable-record'): 'women_artists: a side of a story about something else: it holds 0.31 of it, 0.45 needed (1 of its 15 paragraphs; 7 of its leading topic; named in its headline)',
    ('topics', 'b315-broadcast-ireland-ukraine-mission'): 'security_guarantees: a side of a story about something else: it holds 0.44 of it, 0.45 needed (2 of its 16 paragraphs; 6 of its leading topic; named in its headline)',
    ('topics', 'b32-court-podcast-defamation'): 'defamation: a side of a story about something else: it holds 0.35 of it, 0.45 needed (1 of its 9 paragraphs; 7 of its leading topic; named in its headline)',
    ('topics', 'b327-housing-benefit-accommodation-supplement'): 'budget: filed, the labels do not: 4 paragraphs',
    ('topics', 'b328-manslaughter-trial-bellville-wall'): 'workplace_safety: a side of a story about something else: it holds 0.39 of it, 0.45 needed (2 of its 18 paragraphs; 8 of its leading topic; named in its headline)',
    ('topics', 'b329-landslide-chamoli-highway'): 'rescue: a side of a story about something else: it holds 0.40 of it, 0.45 needed (3 of its 14 paragraphs; 6 of its leading topic; not named in its headline)',
    ('topics', 'b33-marathon-course-short'): 'sponsorship: a side of a story about something else: it holds 0.31 of it, 0.45 needed (2 of its 9 paragraphs; 9 of its leading topic; not named in its headline)',
    ('topics', 'b330-radio-nz-sanctions'): 'ceasefire_monitoring: a side of a story about something else: it holds 0.44 of it, 0.45 needed (3 of its 14 paragraphs; 5 of its leading topic; not named in its headline)',
    ('topics', 'b334-dialysis-unit-nashik'): 'kidney_disease: a side of a story about something else: it holds 0.45 of it, 0.45 needed (4 of its 17 paragraphs; 7 of its leading topic; not named in its headline)',
    ('topics', 'b343-analysis-shadow-fleet'): 'energy_exports: a side of a story about something else: it holds 0.44 of it, 0.45 needed (4 of its 16 paragraphs; 8 of its leading topic; not named in its headline)',
    ('topics', 'b343-hail-damage-tarrant'): 'insurance: a side of a story about something else: it holds 0.43 of it, 0.45 needed (2 of its 14 paragraphs; 8 of its leading topic; named in its headline)',
    ('topics', 'b351-analysis-security-guarantees-europe'): 'peace_talks: a side of a story about something else: it holds 0.40 of it, 0.45 needed (4 of its 16 paragraphs; 10 of its leading topic; not named in its headline)',
    ('topics', 'b353-rates-rise-rbnz-ocr'): 'inflation: a side of a story about something else: it holds 0.38 of it, 0.45 needed (3 of its 14 paragraphs; 7 of its leading topic; not named in its headline)',
    ('topics', 'b354-gallery-extension-dundee-keiller'): 'planning_decision: a side of a story about something else: it holds 0.33 of it, 0.45 needed (3 of its 15 paragraphs; 9 of its leading topic; not named in its headline)',
    ('topics', 'b356-gold-mine-nikanaw-lake'): 'indigenous_agreements: a side of a story about something else: it holds 0.42 of it, 0.45 needed (2 of its 16 paragraphs; 7 of its leading topic; named in its headline)',
    ('topics', 'b360-profile-dovzhenko'): 'irish_neutrality: a side of a story about something else: it holds 0.44 of it, 0.45 needed (4 of its 21 paragraphs; 6 of its leading topic; not named in its headline)',
    ('topics', 'b361-appeal-credit-union-manager'): 'financial_crime: a side of a story about something else: it holds 0.32 of it, 0.45 needed (3 of its 14 paragraphs; 11 of its leading topic; not named in its headline)',
    ('topics', 'b362-panel-delhi-peace'): 'sanctions: a side of a story about something else: it holds 0.41 of it, 0.45 needed (2 of its 17 paragraphs; 7 of its leading topic; named in its headline)',
    ('topics', 'b364-library-closure-ashworth-cuts'): 'council_budget: a side of a story about something else: it holds 0.42 of it, 0.45 needed (2 of its 15 paragraphs; 8 of its leading topic; named in its headline)',
    ('topics', 'b367-swimming-gqeberha-african-record'): 'records: a side of a story about something else: it holds 0.43 of it, 0.45 needed (2 of its 15 paragraphs; 7 of its leading topic; named in its headline)',
    ('topics', 'b377-ai-chips-vyom-silicon-funding'): 'startup_funding: a side of a story about something else: it holds 0.28 of it, 0.45 needed (1 of its 18 paragraphs; 10 of its leading topic; named in its headline)',
    ('topics', 'b38-geneva-talks-live-blog'): 'nato-guarantees: a side of a story about something else: it holds 0.39 of it, 0.45 needed (2 of its 10 paragraphs; 4 of its leading topic; not named in its headline)',
    ('topics', 'b38-halden-town-fa-cup-upset'): 'club-finances: a side of a story about something else: it holds 0.39 of it, 0.45 needed (2 of its 10 paragraphs; 4 of its leading topic; not named in its headline)',
    ('topics', 'b381-wire-istanbul-ceasefire-map'): 'sanctions: a side of a story about something else: it holds 0.34 of it, 0.45 needed (3 of its 15 paragraphs; 8 of its leading topic; not named in its headline)',
    ('topics', 'b41-tien-shan-glacier-study'): 'water-supply: a side of a story about something else: it holds 0.34 of it, 0.45 needed (2 of its 8 paragraphs; 8 of its leading topic; not named in its headline)',
    ('topics', 'b43-istanbul-round-live'): 'nato-guarantees: a side of a story about something else: it holds 0.32 of it, 0.45 needed (2 of its 9 paragraphs; 8 of its leading topic; not named in its headline)',
    ('topics', 'b43-roofer-fraud-sentencing'): 'consumer-protection: a side of a story about something else: it holds 0.44 of it, 0.45 needed (3 of its 10 paragraphs; 8 of its leading topic; not named in its headline)',
    ('topics', 'b46-greenway-results'): 'sales: a side of a story about something else: it holds 0.44 of it, 0.45 needed (3 of its 10 paragraphs; 8 of its leading topic; not named in its headline)',
    ('topics', 'b48-geneva-talks'): 'energy: a side of a story about something else: it holds 0.34 of it, 0.45 needed (3 of its 13 paragraphs; 10 of its leading topic; not named in its headline)',
    ('topics', 'b49-broadsheet-security-guarantees'): 'talks: a side of a story about something else: it holds 0.37 of it, 0.45 needed (3 of its 13 paragraphs; 8 of its leading topic; not named in its headline)',
    ('topics', 'b49-wire-prisoner-swap'): 'talks: a side of a story about something else: it holds 0.41 of it, 0.45 needed (3 of its 12 paragraphs; 7 of its leading topic; not named in its headline)',
    ('topics', 'b50-magazine-kharkiv-grid'): 'reconstruction: a side of a story about something else: it holds 0.39 of it, 0.45 needed (3 of its 15 paragraphs; 6 of its leading topic; not named in its headline)',
    ('topics', 'b50-sport-okafor-double'): 'promotion: a side of a story about something else: it holds 0.44 of it, 0.45 needed (2 of its 16 paragraphs; 6 of its leading topic; named in its headline)',
    ('topics', 'b50-wire-geneva-talks'): 'security: a side of a story about something else: it holds 0.39 of it, 0.45 needed (3 of its 15 paragraphs; 6 of its leading topic; not named in its headline)',
    ('topics', 'b51-court-hospice-treasurer'): 'fraud: a side of a story about something else: it holds 0.39 of it, 0.45 needed (3 of its 13 paragraphs; 7 of its leading topic; not named in its headline)',
    ('topics', 'b51-regional-barra-ferry'): 'tourism: a side of a story about something else: it holds 0.44 of it, 0.45 needed (3 of its 12 paragraphs; 6 of its leading topic; not named in its headline)',
    ('topics', 'b52-business-brightwell-profit-warning'): 'jobs: a side of a story about something else: it holds 0.37 of it, 0.45 needed (2 of its 11 paragraphs; 4 of its leading topic; not named in its headline)',
    ('topics', 'b53-business-halden-profit-warning'): 'retail: a side of a story about something else: it holds 0.44 of it, 0.45 needed (3 of its 12 paragraphs; 6 of its leading topic; not named in its headline)',
    ('topics', 'b54-analysis-security-guarantees'): 'nato: a side of a story about something else: it holds 0.42 of it, 0.45 needed (3 of its 13 paragraphs; 6 of its leading topic; not named in its headline)',
    ('topics', 'b54-feature-night-bakery'): 'costs: a side of a story about something else: it holds 0.27 of it, 0.45 needed (2 of its 11 paragraphs; 9 of its leading topic; not named in its headline)',
    ('topics', 'b55-culture-novelist-interview'): 'prizes: a side of a story about something else: it holds 0.42 of it, 0.45 needed (3 of its 13 paragraphs; 6 of its leading topic; not named in its headline)',
    ('topics', 'b56-sport-saltmarsh-comeback'): 'injury: a side of a story about something else: it holds 0.40 of it, 0.45 needed (3 of its 14 paragraphs; 6 of its leading topic; not named in its headline)',
    ('topics', 'b57-sport-cup-semifinal'): 'injury: a side of a story about something else: it holds 0.35 of it, 0.45 needed (2 of its 12 paragraphs; 4 of its leading topic; not named in its headline)',
    ('topics', 'b59-broadcast-shadow-fleet-sanctions'): 'energy: a side of a story about something else: it holds 0.41 of it, 0.45 needed (3 of its 12 paragraphs; 7 of its leading topic; not named in its headline)',
    ('topics', 'b60-sport-redmarsh-portley'): 'injuries: a side of a story about something else: it holds 0.34 of it, 0.45 needed (2 of its 13 paragraphs; 4 of its leading topic; not named in its headline)',
    ('topics', 'b63-analysis-shadow-fleet-sanctions'): 'sanctions: a side of a story about something else: it holds 0.44 of it, 0.45 needed (4 of its 13 paragraphs; 11 of its leading topic; not named in its headline)',
    ('topics', 'b64-analysis-security-guarantees'): 'nato: a side of a story about something else: it holds 0.39 of it, 0.45 needed (3 of its 15 paragraphs; 6 of its leading topic; not named in its headline)',
    ('topics', 'b67-analysis-shadow-fleet-enforcement'): 'sanctions: a side of a story about something else: it holds 0.40 of it, 0.45 needed (3 of its 11 paragraphs; 9 of its leading topic; not named in its headline)',
    ('topics', 'b72-analysis-shadow-fleet-sanctions'): 'sanctions: a side of a story about something else: it holds 0.44 of it, 0.45 needed (3 of its 12 paragraphs; 6 of its leading topic; not named in its headline)',
    ('topics', 'b77-live-eu-sanctions-package'): 'frozen_assets: a side of a story about something else: it holds 0.38 of it, 0.45 needed (3 of its 14 paragraphs; 7 of its leading topic; not named in its headline)',
    ('topics', 'b78-science-isle-of-may-puffins'): 'climate: a side of a story about something else: it holds 0.36 of it, 0.45 needed (4 of its 17 paragraphs; 12 of its leading topic; not named in its headline)',
    ('topics', 'b80-startup-cinderpath'): 'venture_funding: a side of a story about something else: it holds 0.36 of it, 0.45 needed (3 of its 15 paragraphs; 7 of its leading topic; not named in its headline)',
    ('topics', 'b81-music-harbour-lights-album'): 'bereavement: a side of a story about something else: it holds 0.43 of it, 0.45 needed (2 of its 15 paragraphs; 7 of its leading topic; named in its headline)',
    ('topics', 'b84-housing-ashgrove-estate'): 'regeneration: a side of a story about something else: it holds 0.41 of it, 0.45 needed (2 of its 15 paragraphs; 9 of its leading topic; named in its headline)',
    ('topics', 'b91-netball-comets-blaze'): 'match_result: a side of a story about something else: it holds 0.44 of it, 0.45 needed (3 of its 14 paragraphs; 5 of its leading topic; not named in its headline)',
    ('topics', 'b94-live-paris-guarantees'): 'irish_neutrality: a side of a story about something else: it holds 0.34 of it, 0.45 needed (3 of its 20 paragraphs; 6 of its leading topic; not named in its headline)',
    ('topics', 'b95-velodrome-geelong-reprieve'): 'council_spending: a side of a story about something else: it holds 0.36 of it, 0.45 needed (3 of its 12 paragraphs; 10 of its leading topic; not named in its headline)',
    ('topics', 'ecb-holds-rates'): 'markets: a side of a story about something else: it holds 0.34 of it, 0.45 needed (2 of its 13 paragraphs; 4 of its leading topic; not named in its headline)',
    ('topics', 'glacier-feature'): 'tourism: a side of a story about something else: it holds 0.41 of it, 0.45 needed (4 of its 14 paragraphs; 12 of its leading topic; not named in its headline)',
    ('topics', 'grocer-profit-warning'): 'markets: a side of a story about something else: it holds 0.43 of it, 0.45 needed (2 of its 14 paragraphs; 8 of its leading topic; named in its headline)',
    ('topics', 'markets-yen'): 'stocks: a side of a story about something else: it holds 0.22 of it, 0.45 needed (2 of its 13 paragraphs; 11 of its leading topic; not named in its headline); rates: a side of a story about something else: it holds 0.22 of it, 0.45 needed (2 of its 13 paragraphs; 11 of its leading topic; not named in its headline)',
}

LEADING_TOPIC_LOSSES = {
    ('topics', 'ae-waits-winter'): 'politics: 2 paragraphs, against 7 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'airline-takeover'): 'competition: 3 paragraphs, against 8 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'ar-glasses-launch'): 'privacy: 2 paragraphs, against 7 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b105-dentalclinic-ngcobo-no-dentist'): 'health_staffing: 3 paragraphs, against 11 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b107-canal-rideau-lock'): 'local_business: 3 paragraphs, against 8 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b107-live-eu-sanctions'): 'shadow_fleet: 3 paragraphs, against 8 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b112-vineyard-barossa-vine-pull'): 'exports: 3 paragraphs, against 10 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b115-choir-harbourlight'): 'anniversary: 3 paragraphs, against 11 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b115-hailstorm-centurion'): 'insurance_claims: 3 paragraphs, against 8 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b116-farming-nitrates-derogation'): 'water_quality: 3 paragraphs, against 8 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b117-live-paris-security-guarantees'): 'irish_neutrality: 3 paragraphs, against 7 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b127-wildfire-birch-hollow-evacuation'): 'evacuation: 3 paragraphs, against 9 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b139-broadcast-neutrality-demining'): 'neutrality: 3 paragraphs, against 7 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b145-broadcast-canada-shadow-fleet'): 'security_guarantees: 3 paragraphs, against 7 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b147-speed-cameras-dublin-council-vote'): 'road_safety: 2 paragraphs, against 9 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b160-tribunal-chicken-cartel'): 'food_prices: 2 paragraphs, against 7 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b165-farmer-interview-kerry-dairy-wet-spring'): 'weather: 3 paragraphs, against 9 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b190-live-paris-reassurance-force'): 'irish_neutrality: 3 paragraphs, against 10 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b198-broadcast-former-envoy-geneva'): 'sanctions: 3 paragraphs, against 7 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b20-dw-rutte-interview'): 'peace-talks: 2 paragraphs, against 6 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b220-wire-geneva-talks'): 'security_guarantees: 3 paragraphs, against 8 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b228-library-hours-row-kingston-sundays'): 'municipal_budget: 4 paragraphs, against 10 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b229-live-paris-security-guarantees'): 'irish_neutrality: 3 paragraphs, against 9 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b23-explainer-sticking-points'): 'sanctions: 2 paragraphs, against 5 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b232-king-tide-charleston'): 'sea_level_rise: 4 paragraphs, against 11 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b235-analysis-refiners-russian-crude'): 'sanctions: 3 paragraphs, against 13 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b239-wire-istanbul-round-ends'): 'security_guarantees: 3 paragraphs, against 7 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b24-explainer-peace-plan'): 'nato-guarantees: 2 paragraphs, against 5 of its leading topic, and neither its headline nor its first paragraph names it; sanctions: 2 paragraphs, against 5 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b25-interview-deputy-minister'): 'peace-talks: 3 paragraphs, against 7 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b250-pharmacy-kilbrack-closure'): 'rural_services: 3 paragraphs, against 10 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b251-live-g7-halifax-sanctions'): 'frozen_assets: 3 paragraphs, against 9 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b253-wire-geneva-talks'): 'sanctions: 3 paragraphs, against 7 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b255-analysis-security-guarantees'): 'peace_talks: 4 paragraphs, against 13 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b261-by-election-wattle-creek'): 'hospital: 4 paragraphs, against 9 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b261-live-paris-guarantees'): 'irish_neutrality: 4 paragraphs, against 9 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b265-interview-kovalchuk-guarantees'): 'security_guarantees: 4 paragraphs, against 9 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b27-kiel-tram-referendum'): 'city-finances: 2 paragraphs, against 5 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b272-choir-ikhwezi-soweto'): 'fundraising: 4 paragraphs, against 11 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b272-cruise-ships-hobart-cap'): 'air_pollution: 4 paragraphs, against 10 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b272-volcanoes-ruapehu-alert-level'): 'ski_season: 4 paragraphs, against 11 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b29-interview-stetsenko-guarantees'): 'peace-talks: 2 paragraphs, against 5 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b29-samsun-shipowners-black-sea-talks'): 'sanctions: 2 paragraphs, against 5 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b294-ambulance-ramping-adelaide'): 'health_funding: 3 paragraphs, against 7 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b30-lhaaso-cosmic-rays'): 'research-funding: 2 paragraphs, against 5 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b342-king-tide-honolulu'): 'sea_level_rise: 4 paragraphs, against 9 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b358-zoning-appeal-westboro-tower'): 'housing: 3 paragraphs, against 7 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b36-analysis-reparations-loan'): 'peace-talks: 2 paragraphs, against 5 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b38-analysis-frozen-assets-belgium'): 'peace-talks: 2 paragraphs, against 5 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b46-castleford-match-report'): 'injuries: 2 paragraphs, against 5 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b46-council-school-closures'): 'council-budget: 2 paragraphs, against 7 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b46-storm-orla-warning'): 'travel: 2 paragraphs, against 5 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b48-school-mergers'): 'budget: 2 paragraphs, against 6 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b49-business-penrose-results'): 'jobs: 2 paragraphs, against 6 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b50-broadcaster-prisoner-swap'): 'abuse: 3 paragraphs, against 7 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b51-feature-coombe-beavers'): 'farming: 3 paragraphs, against 9 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b52-broadcast-nato-guarantees'): 'troops: 3 paragraphs, against 8 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b53-broadcast-reassurance-force-paris'): 'nato: 3 paragraphs, against 7 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b53-magazine-repair-cafe-feature'): 'waste: 2 paragraphs, against 7 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b56-regional-brennford-floods'): 'insurance: 3 paragraphs, against 7 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b59-culture-novelist-interview'): 'caring: 3 paragraphs, against 8 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b60-council-library-closures'): 'budget: 2 paragraphs, against 6 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b60-regional-uist-ferry'): 'tourism: 2 paragraphs, against 7 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b64-wire-geneva-talks'): 'sanctions: 2 paragraphs, against 7 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b89-choir-langa-voices'): 'fundraising: 4 paragraphs, against 10 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b91-wire-geneva-talks'): 'security_guarantees: 4 paragraphs, against 13 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'b96-orchestra-mumbai-philharmonia'): 'arts_funding: 3 paragraphs, against 9 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'chip-plant'): 'jobs: 2 paragraphs, against 5 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'cup-final'): 'fans: 2 paragraphs, against 7 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'longread-lithium'): 'farming: 2 paragraphs, against 6 of its leading topic, and neither its headline nor its first paragraph names it',
    ('topics', 'wire-cyclone'): 'aid: 2 paragraphs, against 6 of its leading topic, and neither its headline nor its first paragraph names it',
}

# Stop 64's first wave, batches 359-362, sealed; first runs on main 3f32f4e0: speaker accuracy 0.918, 0.898, 0.967,
# 0.926, none wrong where null; topic F1 0.882, 0.930, 0.833, 0.900 (0.903, 0.927, 0.882, 0.947 with the stop's leading-
# topic rule alone). After the stop's rules: 0.918, 0.932, 0.967, 0.949. What the stop's code misses is listed per
# batch.
BATCH_359_SEALED = {
    ('topics', 'b359-aviation-halifax-runway'): 'winter_weather: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b359-aviation-halifax-runway'): "'a serious risk of collision' given to transportation-safety-board, not transportation-safety-board-of-canada",
    ('speakers', 'b359-property-sarjapur-refund'): "'The delays were caused by factors beyond' given to vanshika-developers-pvt-ltd, not vanshika-developers",
    ('topics', 'b359-radio-irish-troops'): 'neutrality: too few paragraphs with its terms',
    ('speakers', 'b359-rugby-stormers-bulls'): "'I just saw the ball hanging there and th' given to wing-lwazi-ntuli, not lwazi-ntuli",
    ('events', 'b359-rugby-stormers-bulls'): 'missed 2026-05-18 day "he\'ll be assessed again on Monday"',
    ('events', 'b359-startup-hoofprint-cork'): "missed 2021 year 'founded in 2021'",
    ('topics', 'b359-theatre-high-water-mark'): 'arts_funding: too few paragraphs with its terms',
}

BATCH_360_SEALED = {
    ('topics', 'b360-mental-health-teen-social-ban'): 'social_media: too few paragraphs with its terms',
    ('events', 'b360-mental-health-teen-social-ban'): "missed 2026-03 month 'carried out in March by researchers'",
    ('scare', 'b360-mental-health-teen-social-ban'): "'high or very high' listed as speech",
    ('events', 'b360-music-mokoena-album'): "missed 2006 year 'his first album of new material since 2006'",
    ('speakers', 'b360-retail-harlow-finch-closures'): "'about customers, not creditors' given to stonebridge-capital-partners, not harlow-finch-markets",
    ('topics', 'b360-tribunal-paramedic-age'): 'healthcare: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b360-tribunal-paramedic-age'): "'We take our obligations to every member ' given to severnside-patient-transport-ltd, not severnside-patient-transport",
    ('events', 'b360-wire-geneva-round'): "missed 2022 year 'since the full-scale invasion in 2022'",
}

BATCH_361_SEALED = {
    ('events', 'b361-ai-gp-triage-rollout'): "missed 2021 year 'which was founded in 2021'",
    ('scare', 'b361-books-salt-road-wihongi'): "'Tūī Review' listed as speech",
    ('topics', 'b361-energy-prices-default-market-offer'): 'renewables: terms in enough paragraphs, not what the story is about',
    ('events', 'b361-energy-prices-default-market-offer'): "missed 2026-03 month 'extended in the March budget'",
    ('events', 'b361-ferries-cook-strait-power-loss'): "missed 2026-05-08 day 'a full report by Friday'",
    ('topics', 'b361-vaccines-maharashtra-hpv-drive'): 'education: terms in enough paragraphs, not what the story is about',
    ('topics', 'b361-wire-shadow-fleet-tankers'): 'oil_markets: terms in enough paragraphs, not what the story is about; peace_talks: terms in enough paragraphs, not what the story is about',
}

BATCH_362_SEALED = {
    ('scare', 'b362-analysis-guarantee-troops'): "'coalition of the willing' listed as speech",
    ('topics', 'b362-cycling-ashworth-giro'): 'injury: terms in enough paragraphs, not what the story is about',
    ('events', 'b362-cycling-ashworth-giro'): 'missed 2026-05-11 day "After Monday\'s rest day"',
    ('topics', 'b362-film-tide-keeper-cannes'): 'language: terms in enough paragraphs, not what the story is about',
    ('scare', 'b362-live-brussels-assets'): "'shadow fleet' listed as speech",
}

# Stop 64's second wave, batches 363-366, sealed; first runs on ebb2e566 (the first wave's rules after their review):
# speaker accuracy 0.931, 0.874, 0.919, 0.881, two wrong where null in 366 (a heckler's words before a name, a
# passenger's after ', as a passenger … asked:', given to the one named), both mended; topic F1 0.944, 0.889, 0.833,
# 0.914 (on main 3f32f4e0: 0.919, 0.894, 0.789, 0.889). After the stop's rules: 0.947, 0.926, 0.919, 0.937. What the
# stop's code misses is listed per batch.
BATCH_363_SEALED = {
    ('topics', 'b363-disability-dunedin-carer-hours'): 'employment: terms in enough paragraphs, not what the story is about',
    ('events', 'b363-factbox-security-guarantees'): "missed 1994 year 'We had the Budapest Memorandum in 1994'",
    ('events', 'b363-netball-comets-sirens-semifinal'): 'missed 2026-05-13 day \'in a tense semi-final at Ellis Park Arena on Wednesday night\'; missed 2026-05-17 day "in Sunday\'s final in Bloemfontein"',
    ('scare', 'b363-wire-istanbul-talks'): "'special military operation' listed as speech",
    ('events', 'b363-zoning-pickett-data-center'): "missed 1938 year 'whose family has farmed along State Route 42 since 1938'",
    ('scare', 'b363-zoning-pickett-data-center'): "'planned industrial' listed as speech",
}

BATCH_364_SEALED = {
    ('topics', 'b364-banking-fees-for-dead-customers'): 'court_penalty: too few paragraphs with its terms',
    ('events', 'b364-hockey-muskies-double-overtime'): "missed 1998 year 'have not won the league title since 1998'",
    ('topics', 'b364-magistrates-water-tanker-bail'): 'water_supply: terms in enough paragraphs, not what the story is about',
    ('topics', 'b364-nursing-strike-pay-talks'): 'staffing: terms in enough paragraphs, not what the story is about',
    ('topics', 'b364-phone-in-irish-troops-ukraine'): 'radio: terms in enough paragraphs, not what the story is about',
    ('scare', 'b364-phone-in-irish-troops-ukraine'): "'Boots on the Ground?' listed as speech",
    ('events', 'b364-poetry-kaveri-prize-interview'): "missed 2020 year 'who taught English at a government college in Tiruchirappalli until 2020'",
}

BATCH_365_SEALED = {
    ('topics', 'b365-backgrounder-security-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b365-cycling-lanes-douglas-road'): 'local_business: terms in enough paragraphs, not what the story is about',
    ('scare', 'b365-cycling-lanes-douglas-road'): "'Ride for Douglas Road' listed as speech",
    ('topics', 'b365-dance-nadi'): 'rivers: terms in enough paragraphs, not what the story is about',
    ('events', 'b365-dance-nadi'): "missed 2026-10 month 'invited to a festival in Singapore in October'",
    ('topics', 'b365-fraud-trial-summit-crest'): 'investment_schemes: terms in enough paragraphs, not what the story is about',
    ('scare', 'b365-live-paris-summit'): "'shadow fleet' listed as speech",
    ('topics', 'b365-pharmacy-birch-falls'): 'provincial_politics: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b365-recycling-hamilton-glass'): "'No one is losing their job because of th' given to hamilton, not enviroloop",
    ('topics', 'b365-satellites-emberline'): 'wildfires: terms in enough paragraphs, not what the story is about',
}

BATCH_366_SEALED = {
    ('topics', 'b366-comedy-festival-opening'): 'cancellation: too few paragraphs with its terms',
    ('events', 'b366-comedy-festival-opening'): "missed 1993 year 'which began in 1993'",
    ('events', 'b366-golf-harbor-pines'): "missed 2023-08 month 'his first PGA Tour victory since August 2023'",
    ('scare', 'b366-q-and-a-irish-neutrality'): "'none of the above' listed as speech",
    ('events', 'b366-wire-geneva-talks'): "missed 2026-05-13 day 'agreed in principle on Wednesday'",
}


# Stop 64, after its reviews: the leading-topic rule leaves the lede to the second paragraph under a short first one and
# weighs no topic against a backdrop in four paragraphs of five, which files these side topics again (topic F1 over all
# the labelled articles the same, 0.916); and "Wing" and "Lock" stay given names (Cantonese ones), no positions.
STOP_64_REVIEWED = {
    ('speakers', 'b256-rugby-stormers-bulls-derby'): "'Honestly, the forwards did all the hard ' given to wing-sibusiso-dlamini, not sibusiso-dlamini; 'He's too humble. That second try was pur' given to lock-ruan-koekemoer, not ruan-koekemoer",
}

# Stop 64's third wave, batches 367-370, for measurement, sealed; first runs on the stop's final rules (f030dd0f):
# speaker accuracy 0.967, 0.928, 0.930, 0.962, none wrong where null; topic F1 0.909, 0.909, 0.974, 0.944. After the
# measurement only 'Fr' and 'Adv' were made titles ('Fr Pádraig Nestor', 'Adv Thandiwe Mokoena'): 0.984 and 0.970 for
# 367 and 370. What the stop's code misses is listed per batch.
BATCH_367_SEALED = {
    ('topics', 'b367-council-vote-hamilton-cycleway'): 'rates: terms in enough paragraphs, not what the story is about',
    ('events', 'b367-council-vote-hamilton-cycleway'): "missed 2019 year 'We have been talking about this path since 2019'",
    ('events', 'b367-fuel-prices-petrol-diesel-cut'): "missed 2026-01-16 day 'the Ministry of Petroleum and Natural Gas announced on Friday'",
    ('topics', 'b367-maternity-kendal-births-suspended'): 'staffing: too few paragraphs with its terms',
    ('scare', 'b367-quantum-sydney-logical-qubit'): "'logical qubit' listed as speech",
    ('speakers', 'b367-swimming-gqeberha-african-record'): "'Sleep. And maybe a burger, if Coach isn'' given to lindiwe-mokoena, not naledi-mokoena",
    ('events', 'b367-swimming-gqeberha-african-record'): "missed 2019 year 'the mark that had stood since 2019'",
}

BATCH_368_SEALED = {
    ('topics', 'b368-dairy-gippsland-milk-price'): 'global_markets: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b368-dairy-gippsland-milk-price'): "'closely monitoring farmgate prices' given to department-of-agriculture-fisheries-and-forestry, not federal-department-of-agriculture-fisheries-and-forestry",
    ('events', 'b368-dairy-gippsland-milk-price'): "missed 2024 year 'cut their herd by 40 cows since 2024'",
    ('scare', 'b368-dairy-gippsland-milk-price'): "'step-ups' listed as speech",
    ('topics', 'b368-dementia-care-pune-day-centre'): 'health_policy: terms in enough paragraphs, not what the story is about',
    ('events', 'b368-dementia-care-pune-day-centre'): "missed 2025 year 'In our survey last year'",
    ('events', 'b368-festival-saltwater-folk'): "missed 2026-05-12 day 'announced its lineup at a packed launch party on Tuesday night'",
    ('topics', 'b368-live-paris-guarantees'): 'australian_defence: terms in enough paragraphs, not what the story is about',
    ('events', 'b368-radio-phone-in-neutrality'): "missed 1978 year 'keeping the peace in south Lebanon since 1978'",
}

BATCH_369_SEALED = {
    ('events', 'b369-architecture-thunder-bay-library'): "missed 2022 year 'when it was first approved in 2022'",
    ('speakers', 'b369-batteries-hosur-gigafactory'): "'designed for zero liquid discharge' given to vajra-cells-ltd, not vajra-cells",
    ('scare', 'b369-batteries-hosur-gigafactory'): "'Project Shakti' listed as speech",
    ('events', 'b369-ferries-puget-sound-breakdowns'): "missed 2029 year 'calls for the first vessel to be delivered in 2029'",
    ('scare', 'b369-small-claims-wedding-photos'): "'do-over' listed as speech",
    ('events', 'b369-surfing-snapper-wildcard'): "missed 2026-03-22 day 'in the final of the Superbank Open at Snapper Rocks on Sunday'",
    ('scare', 'b369-surfing-snapper-wildcard'): "'the Coolie Kid' listed as speech",
    ('events', 'b369-wool-napier-sale'): "missed 2019 year 'her gangs had shrunk from six to three since 2019'",
}

BATCH_370_SEALED = {
    ('speakers', 'b370-fintech-tijori-pay-funding'): "'running ahead of the loan books' given to nilgiri-capital, not karan-mehta",
    ('topics', 'b370-hospice-guelph-maple-wing'): 'fundraising: too few paragraphs with its terms',
    ('events', 'b370-inquest-verdict-leeds-scaffolder'): 'missed 2026-05-11 day "four-day inquest at Wakefield Coroner\'s Court on Monday"',
    ('events', 'b370-timber-merritt-sawmill'): "missed 2026-05-12 day 'the company announced Tuesday'",
    ('scare', 'b370-timber-merritt-sawmill'): "'fibre gap' listed as speech",
}

# Blind analysis batches 371-374 (stop 65, sealed): written by helpers that read none of the project; first runs on main
# 5cfc2ecc: speaker accuracy 0.975, 0.908, 0.970, 0.950, none wrong where null; topic F1 0.930, 0.973, 1.000, 0.882.
# Entries: what the stop's rules still miss.
BATCH_371_SEALED = {
    ('topics', 'b371-bail-hearing-water-tender'): 'water_supply: terms in enough paragraphs, not what the story is about',
    ('events', 'b371-gallery-milwaukee-bank-vault'): 'missed 2026-09-19 day "Starting Saturday, it will hold other people\'s art."',
    ('events', 'b371-news-analysis-paris-framework'): "missed 1994 year 'under the Budapest Memorandum of 1994'",
}

BATCH_372_SEALED = {
    ('speakers', 'b372-lacrosse-ironhawks-overtime'): "'being evaluated for an upper-body injury' given to victoria-tide, not tide",
    ('events', 'b372-school-zoning-cedar-valley'): "missed 2026-03-20 day 'by mail by March 20'",
    ('scare', 'b372-steel-newcastle-furnace'): "'care and maintenance' listed as speech",
}

BATCH_373_SEALED = {
    ('events', 'b373-coaches-driver-shortage-school-trips'): "missed 2026-09 month 'moved its Year 6 trip to London to September'",
    ('scare', 'b373-cotton-south-plains-dry-planting'): "'White gold' listed as speech",
    ('scare', 'b373-palliative-care-pune-morphine-shortage'): "'opiophobia' listed as speech",
    ('events', 'b373-podcast-interview-former-ambassador-geneva'): "missed 2021 year 'ambassador in Kyiv until 2021'",
}

BATCH_374_SEALED = {
    ('topics', 'b374-cloud-stratacore-outage'): 'aviation: terms in enough paragraphs, not what the story is about',
    ('scare', 'b374-cloud-stratacore-outage'): "'US-East-2' listed as speech",
    ('topics', 'b374-employment-tribunal-racking'): 'workplace_safety: terms in enough paragraphs, not what the story is about',
    ('events', 'b374-rail-strike-irish-rail'): "missed 2026-05-20 day 'A second stoppage is planned for Wednesday, May 20.'; missed 2026-05-08 day 'invited both sides to exploratory talks on Friday'",
}

# Blind analysis batches 375-378 (stop 65, sealed): written by helpers that read none of the project; first runs on main
# 5cfc2ecc: speaker accuracy 0.955, 0.878, 0.933, 0.963, none wrong where null; on the stop's first rules
# (7af3885e-ff919946, made before these were read) the same. Entries: what the stop's rules still miss.
BATCH_375_SEALED = {
    ('topics', 'b375-apps-tallyo-data-breach'): 'personal_finance: terms in enough paragraphs, not what the story is about; regulation: terms in enough paragraphs, not what the story is about',
    ('events', 'b375-bus-lanes-riccarton-rd'): "missed 2026-07-01 day 'seven days a week, from July 1'",
    ('scare', 'b375-live-london-guarantees-summit'): "'reassurance force' listed as speech",
    ('events', 'b375-power-cuts-soweto-load-shedding'): "missed 2026-01-23 day 'would publish an updated outlook on Friday'",
    ('events', 'b375-shipping-nhava-sheva-freight'): "missed 2026-04-10 day 'was told last Friday that the rate had changed'",
}

BATCH_376_SEALED = {
    ('events', 'b376-cybersecurity-swan-coastal-water'): "missed 2026-04 month 'through a compromised contractor account in April'",
    ('topics', 'b376-feature-sheffield-waiting-room'): 'security_guarantees: too few paragraphs with its terms',
    ('scare', 'b376-feature-sheffield-waiting-room'): "'the waiting room' listed as speech",
    ('topics', 'b376-live-paris-guarantees-summit'): 'peace_talks: terms in enough paragraphs, not what the story is about; irish_neutrality: too few paragraphs with its terms',
    ('scare', 'b376-live-paris-guarantees-summit'): "'triple lock' listed as speech",
    ('topics', 'b376-photography-prize-inis-oirr'): 'islands: terms in enough paragraphs, not what the story is about',
    ('scare', 'b376-planning-appeal-ashcombe-glebe'): "'grey belt' listed as speech",
    ('topics', 'b376-rugby-league-ravens-golden-point'): 'judiciary: terms in enough paragraphs, not what the story is about',
    ('events', 'b376-taxis-chicago-fare-vote'): "missed 2012-01 month 'their first increase since January 2012'",
    ('scare', 'b376-taxis-chicago-fare-vote'): "'ghost cars' listed as speech",
    ('events', 'b376-wheat-punjab-procurement-heat'): "missed 2026-03 month 'in parts of the Malwa belt in March'; missed 2022-05 month 'banned wheat exports in May that year'",
    ('topics', 'b376-wire-geneva-round-ends'): 'sanctions: too few paragraphs with its terms; security_guarantees: too few paragraphs with its terms',
}

BATCH_377_SEALED = {
    ('scare', 'b377-airports-pearson-yvr-scanners'): "'Express Screening' listed as speech",
    ('topics', 'b377-opinion-guarantee-without-honour'): 'uk_parliament: terms in enough paragraphs, not what the story is about',
    ('scare', 'b377-opinion-guarantee-without-honour'): "'reassurance force' listed as speech; 'we haven't decided' listed as speech",
    ('topics', 'b377-panel-discussion-toronto-guarantees'): 'peace_talks: too few paragraphs with its terms',
    ('speakers', 'b377-theatre-review-the-salt-road'): "'Somebody had to be the adult.' given to callum-birtles, not danny",
    ('topics', 'b377-wire-geneva-round-ends'): 'security_guarantees: too few paragraphs with its terms',
}

BATCH_378_SEALED = {
    ('topics', 'b378-ambulance-delays-adelaide-ramping'): 'hospital_capacity: terms in enough paragraphs, not what the story is about',
    ('scare', 'b378-ambulance-delays-adelaide-ramping'): "'priority one' listed as speech",
    ('topics', 'b378-ferry-strike-fundy-crossing'): 'tourism: terms in enough paragraphs, not what the story is about',
    ('events', 'b378-jazz-festival-lakeshore'): "missed 2024 year 'whose 2024 album'",
    ('scare', 'b378-jazz-festival-lakeshore'): "'Blue in Green' listed as speech; 'pay what you can' listed as speech",
    ('scare', 'b378-live-eu-summit-sanctions'): "'Europe tightens the screws' listed as speech",
    ('topics', 'b378-podcast-canada-guarantees'): 'podcast: terms in enough paragraphs, not what the story is about',
    ('events', 'b378-school-closures-eastern-cape-floods'): "missed 2026-06-15 day 'will remain closed until at least Monday'; missed 2026-08 month 'write their trial exams in August'",
    ('scare', 'b378-school-closures-eastern-cape-floods'): "'mud schools' listed as speech",
    ('topics', 'b378-startups-funding-slump'): 'government_policy: terms in enough paragraphs, not what the story is about',
    ('topics', 'b378-tribunal-decision-courier-driver'): 'driver_fatigue: too few paragraphs with its terms',
    ('events', 'b378-wire-geneva-talks'): "missed 2026-05-15 day 'expected to discuss the proposed 21st sanctions package on Friday'",
}

# Blind analysis batches 379-382 (stop 65, sealed, for measurement): written by helpers that read none of the project;
# first runs on the stop's rules (2cf551a0 and the second review's mends) 0.948, 0.963, 0.986, 0.968 — the
# same on main 5cfc2ecc; then three mends of their wrong speakers (on behalf of, Consumer Affairs Victoria, a 'when'
# clause). Entries: what the stop's rules still miss.
BATCH_379_SEALED = {
    ('scare', 'b379-live-paris-security-guarantees'): "'reassurance force' listed as speech",
    ('topics', 'b379-radio-interview-marchand-ukraine-mission'): 'peace_talks: terms in enough paragraphs, not what the story is about',
}

BATCH_380_SEALED = {
    ('events', 'b380-cancer-screening-alberta'): "missed 2026-04-27 day 'the province announced Monday'",
    ('scare', 'b380-coffee-prices-dublin'): "'Flat White Index' listed as speech",
    ('topics', 'b380-marathon-glasgow'): 'weather: terms in enough paragraphs, not what the story is about',
    ('events', 'b380-marathon-glasgow'): "missed 2009 year 'the first Scottish winner since 2009'; missed 2027-04-25 day 'the 2027 race will take place on April 25'",
    ('topics', 'b380-sentencing-tshwane-water'): 'water_supply: terms in enough paragraphs, not what the story is about',
    ('topics', 'b380-smartphones-keeping-longer'): 'right_to_repair: too few paragraphs with its terms',
    ('topics', 'b380-tv-debate-triple-lock'): 'peace_talks: terms in enough paragraphs, not what the story is about',
}

BATCH_381_SEALED = {
    ('events', 'b381-basketball-final-herons-thunder'): "missed 2019 year 'for the first time since 2019'",
    ('topics', 'b381-book-prize-salt-orchard'): 'agriculture: terms in enough paragraphs, not what the story is about',
    ('scare', 'b381-book-prize-salt-orchard'): "'The Salt Orchard' listed as speech; 'The Understudies' listed as speech",
    ('topics', 'b381-court-appeal-water-tanker-tender'): 'local_government: terms in enough paragraphs, not what the story is about; water_services: terms in enough paragraphs, not what the story is about',
    ('events', 'b381-opinion-reassurance-force'): "missed 1994 year 'the Budapest Memorandum of 1994'",
    ('events', 'b381-talkback-kellaway-ukraine-force'): "missed 2026-04-20 day 'telling Melbourne talkback radio on Monday'",
    ('topics', 'b381-zoning-dispute-koala-rise'): 'koalas: terms in enough paragraphs, not what the story is about',
}

BATCH_382_SEALED = {
    ('topics', 'b382-beef-exports-april-record'): 'drought: terms in enough paragraphs, not what the story is about',
    ('events', 'b382-beef-exports-april-record'): "missed 2026-04 month 'a record for the month of April'",
    ('events', 'b382-nurses-pay-kerala-strike-notice'): "missed 2026-05-05 day 'announced on Tuesday'",
    ('scare', 'b382-nurses-pay-kerala-strike-notice'): "'white angels' listed as speech",
    ('scare', 'b382-podcast-transcript-dispatch-weekly'): "'coalition of the willing' listed as speech",
}

# Blind batches 383–386, stop 66's first wave (sealed; first runs on main 9aa3005a): speaker accuracy 0.876, 0.944,
# 0.899, 0.940, none wrong where null; topic F1 0.909, 0.905, 0.938, 0.968 (on the stop's weighing of topics, written
# before them: 0.938, 0.878, 1.000, 0.968). After the stop's rules: 0.979, 0.976, 0.899, 0.962. What the fixture tests
# see:
BATCH_383_SEALED = {
    ('topics', 'b383-analysis-security-guarantees'): 'peace_talks: too few paragraphs with its terms',
    ('events', 'b383-coroner-findings-quad-bike'): "missed 2024-08-14 day 'death on 14 August 2024'",
    ('events', 'b383-lithium-mt-dalgety-restart'): "missed 2026-07 month 'resume mining in July'; missed 2022 year 'from its 2022 peak'",
    ('topics', 'b383-museum-reopening-kimberley'): 'mining_industry: terms in enough paragraphs, not what the story is about',
    ('events', 'b383-museum-reopening-kimberley'): "missed 1973 year 'which opened in 1973'",
    ('events', 'b383-radio-phone-in-irish-troops'): "missed 1978 year 'in Lebanon since 1978'",
    ('events', 'b383-tram-extension-luas-finglas'): "missed 2033 year 'will have to wait until 2033 for the first trams'",
}

BATCH_384_SEALED = {
    ('topics', 'b384-jazz-review-mokoena-marabi-room'): 'new_album: too few paragraphs with its terms',
    ('events', 'b384-jazz-review-mokoena-marabi-room'): "missed 2020 year 'during the hard lockdown of 2020'",
    ('scare', 'b384-jazz-review-mokoena-marabi-room'): "'Gogo's Hands' listed as speech",
    ('topics', 'b384-live-lancaster-house-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b384-port-strike-montreal-longshore'): "missed 2026-05-26 day 'resume talks in Montreal on Tuesday'",
    ('scare', 'b384-port-strike-montreal-longshore'): "'smart gates' listed as speech",
    ('topics', 'b384-quantum-silicon-error-correction'): 'semiconductors: terms in enough paragraphs, not what the story is about',
    ('topics', 'b384-tv-hustings-wellington-central'): 'sanctions: too few paragraphs with its terms; security_guarantees: too few paragraphs with its terms',
}

BATCH_385_SEALED = {
    ('events', 'b385-editorial-guarantees-price-tag'): "missed 2022 year 'and of 2022, when it was forced'",
    ('scare', 'b385-editorial-guarantees-price-tag'): "'coalition of the willing' listed as speech",
    ('events', 'b385-golf-open-sandhu-playoff'): "missed 2025 year 'was cut to 54 holes last year'",
    ('speakers', 'b385-road-tolls-sydney-cap'): "'supports measures that make tolling fair' given to harbourlink, not harbourlink-motorways",
    ('events', 'b385-road-tolls-sydney-cap'): "missed 2026-11-26 day 'announced by the NSW government on Thursday'",
    ('scare', 'b385-road-tolls-sydney-cap'): "'congestion levy' listed as speech",
    ('events', 'b385-satellites-methane-startup'): "missed 2026-12-04 day 'We turned the instruments on Friday morning'",
    ('scare', 'b385-satellites-methane-startup'): "'super-emitter' listed as speech",
    ('scare', 'b385-sculpture-prize-salt-road'): "'Salt Road' listed as speech",
}

BATCH_386_SEALED = {
    ('events', 'b386-bridge-repairs-te-awa-kowhai'): "missed 2026-09 month 'reopen the bridge to light vehicles in September'",
    ('topics', 'b386-magistrates-court-tanker-tender-bail'): 'water_supply: terms in enough paragraphs, not what the story is about',
    ('events', 'b386-robotics-strawberry-picker'): "missed 2027 year 'hopes to begin commercial sales in 2027'",
    ('scare', 'b386-studio-interview-former-envoy'): "'coalition of the willing' listed as speech",
    ('speakers', 'b386-sugar-prices-queensland-cane'): "'confident in the long-term outlook for t' given to miller-pioneer-valley-milling, not pioneer-valley-milling",
}

# Blind batches 387–390, stop 66's second wave (sealed; first runs on the stop's first-wave rules and weighing of
# topics): speaker accuracy 0.975, 0.949, 0.944, 0.957, none wrong where null; topic F1 0.882, 0.800, 1.000, 0.938 (main
# 9aa3005a: 0.914, 0.880, 0.968, 0.903). After the stop's rules: 0.975, 0.957, 0.944, 0.964. What the fixture tests see:
BATCH_387_SEALED = {
    ('scare', 'b387-allotments-brindle-lane'): "'starter plots' listed as speech",
    ('scare', 'b387-cocoa-chocolate-makers'): "'shrinkflation' listed as speech",
    ('events', 'b387-dance-review-tidewrack'): "missed 2024 year 'lost its multi-annual funding from the Arts Council in 2024'",
    ('events', 'b387-ferry-cuts-inis-meain'): "missed 2026-11-01 day 'The new timetable is due to take effect on November 1st'",
    ('topics', 'b387-high-court-ruling-lake-buffer'): 'real_estate: too few paragraphs with its terms',
    ('topics', 'b387-live-london-ministers'): 'sanctions: too few paragraphs with its terms',
    ('events', 'b387-live-london-ministers'): "missed 2026-03-17 day 'the Paris summit on 17 March'",
    ('events', 'b387-netball-kestrels-comeback'): "missed 2019 year 'a losing run at the venue that stretched back to 2019'",
    ('events', 'b387-semiconductors-corvane-arizona'): "missed 2029 year 'by two years, to 2029'",
    ('topics', 'b387-wire-geneva-talks'): 'sanctions: too few paragraphs with its terms; security_guarantees: too few paragraphs with its terms',
}

BATCH_388_SEALED = {
    ('events', 'b388-column-guarantees-neutrality'): "missed 1994 year 'the Budapest Memorandum of 1994'",
    ('topics', 'b388-cycling-classic-pennine'): 'crash_safety: terms in enough paragraphs, not what the story is about',
    ('topics', 'b388-fertility-clinics-success-rates'): 'public_health_funding: terms in enough paragraphs, not what the story is about',
    ('topics', 'b388-film-review-kaayal'): 'environment: terms in enough paragraphs, not what the story is about; malayalam_cinema: too few paragraphs with its terms',
    ('events', 'b388-film-review-kaayal'): "missed 2019 year 'won a state award in 2019'",
    ('scare', 'b388-film-review-kaayal'): "'Kaayal' listed as speech; 'Ottamaram' listed as speech",
    ('topics', 'b388-licensing-hearing-newcastle-late-trading'): 'night_economy: terms in enough paragraphs, not what the story is about; alcohol_violence: too few paragraphs with its terms',
    ('topics', 'b388-live-g7-oil-sanctions'): 'frozen_assets: too few paragraphs with its terms',
    ('events', 'b388-rail-fares-commuter-increase'): "missed 2024-12 month 'took effect in December 2024'",
    ('topics', 'b388-salmon-farming-bc-transition'): 'jobs: terms in enough paragraphs, not what the story is about',
    ('events', 'b388-salmon-farming-bc-transition'): "missed 2015 year 'the worst she had seen since 2015'",
    ('topics', 'b388-wire-istanbul-talks'): 'prisoner_exchange: too few paragraphs with its terms',
}

BATCH_389_SEALED = {
    ('speakers', 'b389-comic-festival-cape-town-panels'): "'It took me four months and most of my sa' given to cosplayer-ayesha-davids, not ayesha-davids",
    ('speakers', 'b389-darts-final-blackpool-reid'): "'the strongest in the event's history' given to organisers-northern-darts-promotions, not northern-darts-promotions",
    ('scare', 'b389-live-eu-package-g7-london'): "'shadow fleet' listed as speech",
    ('events', 'b389-wire-geneva-second-round'): "missed 2026-05-27 day 'meet again in Geneva on May 27'",
}

BATCH_390_SEALED = {
    ('events', 'b390-beach-closures-sydney-black-balls'): "missed 2026-01-24 day 'will remain closed until at least Saturday'",
    ('events', 'b390-choir-contest-ammanford'): "missed 1986 year 'for the first time since 1986'",
    ('events', 'b390-copper-mining-northern-cape'): "missed 2029 year 'which the company is targeting for 2029'",
    ('topics', 'b390-light-rail-tucson-vote'): 'small_business: terms in enough paragraphs, not what the story is about',
    ('topics', 'b390-news-analysis-reassurance-force'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b390-news-analysis-reassurance-force'): "'Budapest lesson' listed as speech",
    ('events', 'b390-ransomware-hyderabad-hospitals'): "missed 2026-06-06 day 'in the early hours of June 6'",
}

# Blind batches 391–394, stop 66's third wave, for measurement (sealed; first runs on the stop's rules after the first
# review, cbb3bd69): speaker accuracy 0.926, 0.936, 0.925, 0.972, one wrong where null (an unnamed official's words
# after a colon went on as the correspondent's quote before, mended); topic F1 0.865, 0.963, 0.950, 0.973 (main
# 9aa3005a: 0.889, 0.963, 0.927, 1.000). After the stop's rules: 0.926, 0.943, 0.925, 0.972. What the fixture tests see:
BATCH_391_SEALED = {
    ('topics', 'b391-cloud-outage-stratonet-mumbai'): 'aviation: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b391-cloud-outage-stratonet-mumbai'): "'We deeply regret the disruption this cau' given to stratonet, not stratonet-cloud; 'A full root-cause report will be publish' given to stratonet, not stratonet-cloud",
    ('topics', 'b391-hurling-final-clare-munster'): 'supporters: terms in enough paragraphs, not what the story is about',
    ('events', 'b391-hurling-final-clare-munster'): "missed 1998 year 'for the first time since 1998'",
    ('topics', 'b391-opera-festival-lantern-keeper'): 'weather: terms in enough paragraphs, not what the story is about',
    ('topics', 'b391-radio-interview-irish-monitors'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b391-radio-interview-irish-monitors'): "missed 2019 year 'south Lebanon until 2019'",
    ('topics', 'b391-wire-geneva-third-round'): 'prisoner_exchange: terms in enough paragraphs, not what the story is about',
    ('events', 'b391-wire-geneva-third-round'): "missed 2026-05-12 day 'was completed on Tuesday at a crossing on the Belarusian border'",
}

BATCH_392_SEALED = {
    ('events', 'b392-fintech-app-paisapatra'): "missed 2026-01 month 'have tested the app since January'",
    ('topics', 'b392-jury-verdict-health-trust'): 'health_services: terms in enough paragraphs, not what the story is about',
    ('events', 'b392-live-paris-guarantees'): "missed 2026-04-28 day 'a meeting of defence ministers in London on April 28'",
    ('scare', 'b392-midwife-shortage-portlaoise'): "'maternity escalation protocol' listed as speech",
    ('events', 'b392-sailing-regatta-gulf-classic'): 'missed 2026-10-01 day "Entries for next year\'s race open on October 1"',
    ('scare', 'b392-sailing-regatta-gulf-classic'): "'Velocity' listed as speech; 'Little Bird' listed as speech",
    ('events', 'b392-wool-prices-merino-rally'): "missed 2024 year 'during the drought of 2024'",
}

BATCH_393_SEALED = {
    ('events', 'b393-dairy-exports-first-quarter'): "missed 2015 year 'He pointed to the 2015 abolition of EU milk quotas'",
    ('speakers', 'b393-data-breach-borealis-pharmacy'): "'no evidence' given to borealis, not borealis-health",
    ('topics', 'b393-gp-waiting-times-regional-nsw'): 'health_workforce: too few paragraphs with its terms',
    ('speakers', 'b393-gp-waiting-times-regional-nsw'): "'investing record amounts' given to health-department, not federal-health-department; 'These things take time to flow through' given to health-department, not federal-health-department",
    ('events', 'b393-live-london-guarantees-summit'): "missed 2026-04-16 day 'last met in Rome on 16 April'",
    ('events', 'b393-marathon-result-durban'): "missed 2026-05-16 day 'on Saturday with the medical team'; missed 2026-07 month 'ahead of the Commonwealth Games in Glasgow in July'",
    ('topics', 'b393-podcast-interview-sanctions-relief'): 'peace_talks: too few paragraphs with its terms',
    ('scare', 'b393-tram-delays-kolkata-esplanade'): "'tram walk' listed as speech; 'Chitralekha' listed as speech",
    ('events', 'b393-tribunal-ruling-forklift-whistleblower'): "missed 2024-07 month 'struck a racking unit in July that year'",
    ('scare', 'b393-tribunal-ruling-forklift-whistleblower'): "'Speak Up' listed as speech",
}

BATCH_394_SEALED = {
    ('speakers', 'b394-airport-expansion-cork-terminal'): "'incompatible with Ireland's climate comm' given to national-trust-for-ireland, not an-taisce",
    ('events', 'b394-airport-expansion-cork-terminal'): "missed 2030 year 'be completed by 2030'",
    ('scare', 'b394-airport-expansion-cork-terminal'): "'Cork 2030' listed as speech",
    ('events', 'b394-call-in-show-canada-troops-ukraine'): 'missed 2026-05-14 day "Whitford said Thursday\'s show would hear from veterans"; missed 2015 year \'the Canadian military training mission in Ukraine that began in 2015\'',
    ('scare', 'b394-call-in-show-canada-troops-ukraine'): "'a worried grandmother' listed as speech",
    ('events', 'b394-explainer-ukraine-security-guarantees'): "missed 1994 year 'shaped by the Budapest Memorandum of 1994'",
    ('scare', 'b394-explainer-ukraine-security-guarantees'): "'security guarantees' listed as speech",
    ('topics', 'b394-speed-limits-geelong-40kmh'): 'road_safety: too few paragraphs with its terms',
    ('events', 'b394-theatre-opening-marlowe-chicago'): "missed 1926 year 'a 1926 movie palace that closed in 1985'",
}

# Blind batches 395–398, stop 67's first wave (sealed; first runs on main f702f12d): speaker accuracy 0.927, 0.958,
# 0.961, 0.923, none wrong where null; topic F1 0.848, 0.947, 1.000, 0.857. After the stop's rules: 0.927, 0.986, 0.953,
# 0.958 (in 397 a company now goes by the fuller name the article gave it first, 'Arogya Rapid Response Private
# Limited', where the label writes the short one). What the fixture tests see:
BATCH_395_SEALED = {
    ('topics', 'b395-analysis-europe-guarantee-troops'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b395-bus-fares-pune-hike'): "missed 2026-12 month 'would join the fleet by December'",
    ('scare', 'b395-bus-fares-pune-hike'): "'Yatri Pass' listed as speech",
    ('topics', 'b395-employment-tribunal-warehouse-cancer'): 'cancer_care: terms in enough paragraphs, not what the story is about',
    ('scare', 'b395-employment-tribunal-warehouse-cancer'): "'Return to Work - Standard Template' listed as speech",
    ('speakers', 'b395-hospital-strike-steenhoven-pretoria'): "'dangerous' given to steenhoven-provincial-hospital, not health-and-allied-workers-union-of-south-africa",
    ('topics', 'b395-live-eu-sanctions-package'): 'oil_prices: terms in enough paragraphs, not what the story is about',
    ('topics', 'b395-radio-phone-in-irish-troops-ukraine'): 'irish_neutrality: too few paragraphs with its terms',
    ('topics', 'b395-sculpture-trail-lunenburg-waterfront'): 'fisheries: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b395-smart-meters-ohio-opt-out-fee'): "'In most cases, the customer's old meter ' given to buckeye-valley, not buckeye-valley-electric",
    ('events', 'b395-smart-meters-ohio-opt-out-fee'): "missed 2027 year 'by the end of 2027'",
}

BATCH_396_SEALED = {
    ('speakers', 'b396-chip-plant-dholera-vyom'): "'India is no longer just a consumer of ch' given to union-minister-of-state-for-electronics, not meenakshi-iyer",
    ('events', 'b396-chip-plant-dholera-vyom'): "missed 2023 year 'at least four chip companies since 2023'",
    ('topics', 'b396-fraud-appeal-halloran-superannuation'): 'retirement_savings: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b396-fraud-appeal-halloran-superannuation'): "'a calculated betrayal of people who trus' given to fairweather, not judge-fairweather",
    ('events', 'b396-squash-final-marsh-sandhu'): "missed 2026-06 month 'Marsh next plays at the Toronto Classic in June'",
    ('topics', 'b396-tv-interview-fortin-reassurance-force'): 'defence_spending: terms in enough paragraphs, not what the story is about',
    ('scare', 'b396-tv-interview-fortin-reassurance-force'): "'reassurance force' listed as speech; 'The Weekly Brief' listed as speech",
}

BATCH_397_SEALED = {
    ('speakers', 'b397-ambulance-waits-bengaluru-108'): "'the principal factors' given to arogya-rapid-response-private-limited, not arogya-rapid-response; 'We have recruited 140 additional drivers' given to arogya-rapid-response-private-limited, not arogya-rapid-response",
    ('scare', 'b397-ambulance-waits-bengaluru-108'): "'golden hour' listed as speech",
    ('scare', 'b397-coroner-report-tongariro-tramper'): "'New Zealand's best day walk' listed as speech",
    ('speakers', 'b397-live-australia-russia-sanctions'): "'illegitimate unilateral restrictions' given to russian-embassy-in-canberra, not russian-embassy; 'only harm Australian interests' given to russian-embassy-in-canberra, not russian-embassy",
    ('events', 'b397-live-australia-russia-sanctions'): "missed 2025 year 'has been working since early 2025'",
    ('scare', 'b397-live-australia-russia-sanctions'): "'shadow fleet' listed as speech",
    ('events', 'b397-podcast-panel-canada-guarantees'): "missed 2026-07 month 'recorded ahead of the NATO summit in Ankara in July'",
    ('events', 'b397-timber-prices-nz-log-exports'): "missed 2026-03 month 'postponed a harvest planned for March'",
    ('scare', 'b397-timber-prices-nz-log-exports'): "'slash' listed as speech",
}

BATCH_398_SEALED = {
    ('speakers', 'b398-basketball-league-thunderhawks-salary-scheme'): "'accepts the league's findings in full' given to thunderhawks, not des-moines-thunderhawks",
    ('events', 'b398-basketball-league-thunderhawks-salary-scheme'): "missed 2026-03 month 'and March 2026 for public events'",
    ('topics', 'b398-battery-plant-belleville-pause'): 'employment: too few paragraphs with its terms',
    ('speakers', 'b398-battery-plant-belleville-pause'): "'in close contact with the company' given to science-and-economic-development-canada, not innovation-science-and-economic-development-canada",
    ('topics', 'b398-explainer-security-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b398-nickel-mining-kambalda-restart'): 'indonesia: terms in enough paragraphs, not what the story is about',
    ('topics', 'b398-road-works-ecclesall-road'): 'water_supply: terms in enough paragraphs, not what the story is about',
    ('events', 'b398-road-works-ecclesall-road'): "missed 2026-05-12 day 'by Tuesday evening'",
    ('topics', 'b398-sentencing-hearing-credit-union-theft'): 'financial_crime: too few paragraphs with its terms',
    ('topics', 'b398-wire-geneva-round-ends'): 'security_guarantees: too few paragraphs with its terms',
    ('scare', 'b398-wire-geneva-round-ends'): "'reassurance force' listed as speech",
}

# Blind batches 399–402, stop 67's second wave (sealed; written while the first wave's rules were made, first runs on
# main f702f12d, the same on those rules): speaker accuracy 0.917, 0.938, 0.906, 0.924, one wrong where null (401: a
# grandmother's words after 'Tipoki's grandmother … had the last word.' given to Tipoki; mended); topic F1 0.941, 0.947,
# 0.938, 0.941. After the stop's rules: 0.942, 0.953, 0.913, 0.962. What the fixture tests see:
BATCH_399_SEALED = {
    ('topics', 'b399-data-centre-invercargill'): 'water: terms in enough paragraphs, not what the story is about',
    ('scare', 'b399-grain-harvest-oklahoma-wheat'): "'Old Faithful' listed as speech",
    ('topics', 'b399-maternity-review-shannonside'): 'staffing: terms in enough paragraphs, not what the story is about',
    ('events', 'b399-school-meals-breakfast-aided'): "missed 2026-05-08 day 'School Education Minister R. Thangavel announced on Friday'",
}

BATCH_400_SEALED = {
    ('events', 'b400-airport-tax-passenger-levy-budget'): "missed 2009 year 'introduced in 2009'",
    ('events', 'b400-gold-price-record-aud'): "missed 2026-03 month 'was briefly challenged in March'",
    ('speakers', 'b400-live-shadow-fleet-sanctions'): "'the largest single action against the sh' given to commonwealth-and-development-office, not foreign-commonwealth-and-development-office",
    ('events', 'b400-live-shadow-fleet-sanctions'): "missed 2026-05-22 day 'return to the stalled 21st package on Friday'",
    ('scare', 'b400-mental-health-beds-christchurch-ed-waits'): "'the ward' listed as speech",
    ('topics', 'b400-opera-season-burning-river-premiere'): 'environment: terms in enough paragraphs, not what the story is about',
    ('events', 'b400-opera-season-burning-river-premiere'): "missed 1969 year 'the 1969 Cuyahoga River fire'; missed 2026-10-16 day 'will premiere Oct. 16'",
    ('scare', 'b400-opera-season-burning-river-premiere'): "'Otello' listed as speech",
    ('topics', 'b400-q-and-a-savchuk-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b400-q-and-a-savchuk-guarantees'): "'triple lock' listed as speech",
    ('scare', 'b400-tv-panel-sunday-ledger-troops'): "'The Sunday Ledger' listed as speech",
}

BATCH_401_SEALED = {
    ('events', 'b401-cyber-breach-crestline-health'): "missed 2026-04 month 'in a ransomware attack last month'",
    ('topics', 'b401-feature-reassurance-force'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b401-feature-reassurance-force'): "'coalition of the willing' listed as speech",
    ('speakers', 'b401-live-shadow-fleet-sanctions'): "'economic banditry' given to russian-embassy, not russian-embassy-in-canberra; 'only prolong the conflict and harm ordin' given to russian-embassy, not russian-embassy-in-canberra",
    ('speakers', 'b401-metro-extension-blue-line-delay'): "'realistic and final' given to montreal, not societe-de-transport-de-montreal",
    ('events', 'b401-metro-extension-blue-line-delay'): "missed 2032 year 'will not open before 2032'",
    ('scare', 'b401-metro-extension-blue-line-delay'): "'the ghost line' listed as speech",
    ('topics', 'b401-radio-debate-neutrality-ukraine-force'): 'neutrality: too few paragraphs with its terms',
    ('events', 'b401-tribunal-finding-poultry-cartel'): "missed 2025-01 month 'raided their offices in January 2025'",
    ('events', 'b401-wine-exports-china-rebound'): "missed 1952 year 'grown grapes near Renmark since 1952'",
}

BATCH_402_SEALED = {
    ('events', 'b402-bus-lanes-denver-federal'): "missed 2026-03 month 'after the March blizzard'",
    ('topics', 'b402-call-in-show-irish-neutrality'): 'neutrality: too few paragraphs with its terms',
    ('events', 'b402-flood-barriers-hebden-bridge'): "missed 2015-12-26 day 'since the floods of Boxing Day 2015'; missed 2026-12 month 'Work is due to be completed by December'",
    ('events', 'b402-live-paris-security-guarantees'): "missed 2022 year 'training support Australia has provided since 2022'; missed 2026-07 month 'before the NATO summit in July'",
    ('scare', 'b402-live-paris-security-guarantees'): "'security guarantees' listed as speech",
    ('topics', 'b402-nurse-recruitment-kochi-germany'): 'language_training: too few paragraphs with its terms',
    ('events', 'b402-nurse-recruitment-kochi-germany'): "missed 2026-08 month 'would be completed by August'",
    ('scare', 'b402-robot-delivery-logan-footpaths'): "'eskies on wheels' listed as speech",
}

# Blind batches 403–406, stop 67's third wave, for measurement (sealed; first runs on main f702f12d: speaker accuracy
# 0.931, 0.963, 0.933, 0.913; on the stop's rules after two reviews, 5d5bfd46: 0.938, 0.963, 0.933, 0.913), one wrong
# where null (406: 'a man in a Whitfield T-shirt shouted' gave the words to a 'Whitfield T-shirt'; mended); topic F1
# 0.927, 0.903, 0.971, 0.909. After the stop's rules: 0.931, 0.963, 0.958, 0.929. What the fixture tests see:
BATCH_403_SEALED = {
    ('speakers', 'b403-appeal-ruling-tender-conviction'): "'An accused person is entitled to a fair ' given to van-der-merwe, not pieter-van-der-merwe; 'The State's case rested almost entirely ' given to van-der-merwe, not pieter-van-der-merwe",
    ('speakers', 'b403-darts-championship-blackpool-masters'): "'Blackpool has once again shown why it is' given to organisers-matchplay-events, not matchplay-events",
    ('events', 'b403-darts-championship-blackpool-masters'): "missed 2019 year 'who had not won a ranking title since 2019'",
    ('events', 'b403-film-premiere-kaagaz-ki-nao'): "missed 1993 year 'set in Mumbai in the weeks after the 1993 serial blasts'",
    ('topics', 'b403-hospice-closure-yarmouth'): 'health_funding: too few paragraphs with its terms',
    ('events', 'b403-hospice-closure-yarmouth'): "missed 2026-05-04 day 'its board announced Monday'",
    ('topics', 'b403-quantum-chip-corvane-halcyon'): 'semiconductors: terms in enough paragraphs, not what the story is about',
    ('topics', 'b403-studio-debate-neutrality-ukraine'): 'irish_neutrality: too few paragraphs with its terms',
}

BATCH_404_SEALED = {
    ('topics', 'b404-bail-ruling-water-meter-tender'): 'corruption: too few paragraphs with its terms',
    ('topics', 'b404-cycle-lanes-windsor-street-vote'): 'parking: terms in enough paragraphs, not what the story is about; small_business: terms in enough paragraphs, not what the story is about',
    ('scare', 'b404-cycle-lanes-windsor-street-vote'): "'Windsor Street experiment' listed as speech",
    ('speakers', 'b404-hockey-league-kowalchuk-suspension'): "'Good kids don't skate the length of the ' given to moose-jaw-miners, not karen-olafson",
    ('events', 'b404-music-festival-harrowdown-storm'): "missed 2009 year 'since 2009'",
    ('scare', 'b404-opinion-guarantee-nobody-honours'): "'coalition of the willing' listed as speech",
    ('events', 'b404-payments-app-chillar-pay-outage'): "missed 2026-08-14 day 'full root-cause analysis by Friday'",
}

BATCH_405_SEALED = {
    ('events', 'b405-drone-deliveries-skerry-air-galway'): "missed 2026-08 month 'on a single Saturday in August'",
    ('topics', 'b405-live-london-guarantees-summit'): 'peace_talks: terms in enough paragraphs, not what the story is about',
}

BATCH_406_SEALED = {
    ('events', 'b406-boxing-bout-whitfield-echeverria'): 'missed 2026-05-08 day "showed up to Friday\'s weigh-in"; missed 2026-10 month \'in Philadelphia in October\'',
    ('speakers', 'b406-chatbot-launch-juniper'): "'takes accuracy extremely seriously' given to halcyon, not halcyon-labs",
    ('scare', 'b406-chatbot-launch-juniper'): "'Handoff' listed as speech; 'hallucinate' listed as speech",
    ('events', 'b406-fraud-trial-ubuntu-yield'): "missed 2023 year 'investment scheme that collapsed in 2023'",
    ('topics', 'b406-light-rail-winnipeg-delay'): 'commuting: terms in enough paragraphs, not what the story is about; public_private: terms in enough paragraphs, not what the story is about',
    ('scare', 'b406-poetry-prize-alder'): "'Batter and Brine' listed as speech; 'new working-class wave' listed as speech",
    ('topics', 'b406-steel-prices-chinese-exports'): 'trade_policy: too few paragraphs with its terms',
    ('scare', 'b406-vaccine-clinics-pune-hpv'): "'WhatsApp medicine' listed as speech; 'PMC Care' listed as speech",
    ('scare', 'b406-wire-geneva-talks'): "'framework text' listed as speech",
}

# Blind batches 407–410, stop 67's fourth wave (sealed; first runs on main f702f12d and on the stop's rules then,
# cbf3aaab, alike): speaker accuracy 0.938, 0.959, 0.926, 0.942, one wrong where null (407: a reply to a question put to
# someone unnamed given to an advocate named two paragraphs up; mended); topic F1 0.933, 0.941, 0.914, 0.914. After the
# stop's rules: 0.959, 0.959, 0.926, 0.964. What the fixture tests see:
BATCH_407_SEALED = {
    ('events', 'b407-comedy-festival-mum-said-no'): "missed 2026-05-24 day 'runs until May 24'",
    ('topics', 'b407-hurling-semi-final-limerick-kilkenny'): 'crowd_trouble: terms in enough paragraphs, not what the story is about; refereeing: terms in enough paragraphs, not what the story is about',
    ('events', 'b407-hurling-semi-final-limerick-kilkenny'): "missed 2015 year 'who have not lifted the Liam MacCarthy Cup since 2015'; missed 2026-07-26 day 'in the decider at Croke Park on July 26'",
}

BATCH_408_SEALED = {
    ('topics', 'b408-cocoa-prices-kerala-growers'): 'chocolate_industry: terms in enough paragraphs, not what the story is about',
    ('scare', 'b408-cocoa-prices-kerala-growers'): "'shrinkflation' listed as speech",
    ('events', 'b408-fibre-rollout-mill-run-county'): "missed 2026-12-31 day 'to every home and business in the county by Dec. 31'",
    ('topics', 'b408-hospital-parking-corio-bay-fees'): 'health_workforce: terms in enough paragraphs, not what the story is about',
    ('events', 'b408-orchestra-tour-saskatoon-sinfonia-europe'): "missed 2026-09-14 day 'opens in Berlin on Sept. 14'; missed 2026-10-03 day 'closes in Tallinn, Estonia, on Oct. 3'",
    ('events', 'b408-tv-debate-neutrality-clash'): "missed 1958 year 'the tradition of this State since 1958'",
    ('scare', 'b408-tv-debate-neutrality-clash'): "'reassurance force' listed as speech",
}

BATCH_409_SEALED = {
    ('events', 'b409-drone-ban-mumbai-police'): "missed 2026-06-03 day 'will be in force from May 5 to June 3'",
    ('events', 'b409-library-fines-sudbury-board'): "missed 2026-06-01 day 'starting June 1'",
    ('scare', 'b409-library-fines-sudbury-board'): "'fine-free' listed as speech",
    ('topics', 'b409-live-london-guarantees-summit'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b409-live-london-guarantees-summit'): "'sabotaging the peace process' given to kremlin, not dmitri-arkhipov; 'logistics hubs and training' given to bst-polands-defence-ministry, not polands-defence-ministry",
    ('events', 'b409-live-london-guarantees-summit'): "missed 1994 year 'the Budapest Memorandum of 1994'",
    ('scare', 'b409-netball-final-kereru-title'): "'the Wall' listed as speech",
    ('topics', 'b409-tribunal-award-mabula-reinstatement'): 'mining: terms in enough paragraphs, not what the story is about',
    ('topics', 'b409-wool-exports-china-slump'): 'china: terms in enough paragraphs, not what the story is about',
    ('events', 'b409-wool-exports-china-slump'): "missed 2026-06 month 'a trade mission to India and Vietnam in June'",
}

BATCH_410_SEALED = {
    ('topics', 'b410-art-theft-ballykeel-house'): 'tourism: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b410-art-theft-ballykeel-house'): "'following a definite line of inquiry' given to garda-siochana, not an-garda-siochana",
    ('speakers', 'b410-bus-strike-regina-transit'): "'I'm walking. It's 45 minutes, but I'm wa' given to aisha-karim, not jordan-bighead",
    ('topics', 'b410-explainer-lifting-russia-sanctions'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b410-fraud-sentencing-oxygen-tender'): 'health: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b410-lithium-mine-mt-tindale'): "'inevitable' given to banksia-securities, not tom-vidler",
    ('scare', 'b410-talkback-kiwi-troops-ukraine'): "'Hard Questions' listed as speech",
}

# Blind batches 411–414, stop 68's first wave (sealed; first runs on main b3937d68: speaker accuracy 0.940, 0.929,
# 0.955, 0.867; one wrong where null each in 412 and 413, both mended), topic F1 0.903, 0.865, 0.850, 0.878. After the
# stop's rules: 0.978, 0.979, 0.977, 0.941, none wrong where null. What the fixture tests see:
BATCH_411_SEALED = {
    ('topics', 'b411-barley-exports-china-dry-autumn'): 'drought: too few paragraphs with its terms',
    ('scare', 'b411-hospital-discharge-christchurch-2am'): "'bed block' listed as speech",
    ('topics', 'b411-inquest-adjourned-leicester-rider'): 'road_safety: too few paragraphs with its terms',
    ('scare', 'b411-phone-scam-westerville-grandparent'): "'safe word' listed as speech",
    ('topics', 'b411-radio-interview-irish-troops-ukraine'): 'neutrality: too few paragraphs with its terms',
}

BATCH_412_SEALED = {
    ('topics', 'b412-cattle-prices-wagga'): 'rainfall: terms in enough paragraphs, not what the story is about',
    ('events', 'b412-cattle-prices-wagga'): "missed 2023-02 month 'its highest level since February 2023'",
    ('topics', 'b412-cycling-time-trial-enniscorthy'): 'cycling: too few paragraphs with its terms',
    ('events', 'b412-eye-clinic-waits-fife'): "missed 2024-03 month 'up from 610 in March 2024'",
    ('events', 'b412-folk-festival-margaree'): "missed 2026-05-08 day 'artistic director Siobhan MacIsaac announced Friday'",
    ('scare', 'b412-folk-festival-margaree'): "'The Kitchen' listed as speech",
    ('topics', 'b412-live-eu-sanctions'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b412-live-eu-sanctions'): "missed 2026-04-02 day 'first proposed by the European Commission on April 2nd'",
    ('topics', 'b412-port-congestion-durban'): 'weather: terms in enough paragraphs, not what the story is about',
    ('scare', 'b412-port-congestion-durban'): "'gateway to southern Africa' listed as speech",
    ('topics', 'b412-skate-park-plan-riverside'): 'noise: terms in enough paragraphs, not what the story is about',
    ('scare', 'b412-skate-park-plan-riverside'): "'Friends of Quiet Riverside' listed as speech",
}

BATCH_413_SEALED = {
    ('topics', 'b413-ambulance-handover-hobart-ramping'): 'hospital_beds: terms in enough paragraphs, not what the story is about',
    ('topics', 'b413-bus-depot-ballincollig-objections'): 'electric_buses: terms in enough paragraphs, not what the story is about',
    ('topics', 'b413-library-volunteers-joza-makhanda'): 'municipal_budget: terms in enough paragraphs, not what the story is about',
    ('scare', 'b413-library-volunteers-joza-makhanda'): "'read with us' listed as speech",
    ('speakers', 'b413-live-eu-sanctions-package'): "'This decision shows that Europe's patien' given to kremlin, not ukraines-foreign-ministry",
    ('events', 'b413-live-eu-sanctions-package'): 'missed 2026-05-21 day "We\'ll be back on Thursday"',
    ('scare', 'b413-olive-harvest-wairarapa-bumper-crop'): "'liquid gold' listed as speech",
    ('topics', 'b413-opinion-neutrality-not-indifference'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b413-podcast-roundtable-fault-lines-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b413-podcast-roundtable-fault-lines-guarantees'): "missed 1994 year 'He recalled the Budapest Memorandum of 1994'",
    ('scare', 'b413-podcast-roundtable-fault-lines-guarantees'): "'assurances' listed as speech; 'guarantees' listed as speech",
    ('topics', 'b413-sentencing-remarks-rowing-club-treasurer'): 'rowing: terms in enough paragraphs, not what the story is about',
    ('scare', 'b413-sentencing-remarks-rowing-club-treasurer'): "'equipment reserve' listed as speech",
    ('events', 'b413-solar-farm-madison-county-vote'): "missed 2021 year 'before a 2021 state law gave counties more say'",
}

BATCH_414_SEALED = {
    ('events', 'b414-bridge-closure-arrowhead-avenue'): "missed 2026-04 month 'a special inspection in April'; missed 1996 year 'last rehabilitated in 1996'",
    ('topics', 'b414-cloud-outage-borealis'): 'banking: terms in enough paragraphs, not what the story is about',
    ('events', 'b414-cloud-outage-borealis'): "missed 2022-07 month 'since the Rogers network outage of July 2022'",
    ('scare', 'b414-cloud-outage-borealis'): "'blast radius' listed as speech",
    ('events', 'b414-darts-final-midlands-open'): "missed 2019 year 'the first nine-dart finish in a ranking final since 2019'",
    ('topics', 'b414-explainer-security-guarantees'): 'nato_membership: terms in enough paragraphs, not what the story is about',
    ('topics', 'b414-film-festival-jury-makhanda-golden-aloe'): 'lesotho: terms in enough paragraphs, not what the story is about',
    ('topics', 'b414-live-eu-sanctions-package'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b414-midwife-strike-nationwide-walkout'): 'maternity_care: terms in enough paragraphs, not what the story is about',
    ('events', 'b414-rice-prices-kolkata-markets'): "missed 2024-10 month 'removed curbs on non-basmati rice exports in October 2024'",
}

# Blind batches 415–418, stop 68's second wave, written while the first wave's rules were made (sealed; first runs on
# main b3937d68: 0.930, 0.950, 0.888, 0.965, none wrong where null; on the first wave's rules then: 0.938, 0.950, 0.888,
# 0.965); topic F1 0.971, 0.909, 0.867, 0.974. After the stop's rules: 0.938, 0.975, 0.936, 0.979. What the fixture
# tests see:
BATCH_415_SEALED = {
    ('scare', 'b415-ai-translation-alder-county-court'): "'failure to appear' listed as speech; 'failure to be seen' listed as speech",
    ('scare', 'b415-choir-competition-ikhwezi'): "'Jesu, meine Freude' listed as speech",
    ('events', 'b415-hockey-playoff-ironmen-game6'): "missed 2011 year 'have not won the league title since 2011'",
    ('topics', 'b415-live-paris-security-summit'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b415-parking-app-wellington-double-charge'): "missed 2026-02-27 day 'pushed out by our vendor late on Friday night'",
    ('speakers', 'b415-tea-exports-west-asia-demand'): "'barely breaking even' given to sharma, not prabir-sen-sharma; 'Volumes look good on paper, but the aver' given to sharma, not prabir-sen-sharma; 'Exports alone cannot fix that' given to sharma, not prabir-sen-sharma",
}

BATCH_416_SEALED = {
    ('topics', 'b416-art-biennale-venice-shweshwe-pavilion'): 'textiles: terms in enough paragraphs, not what the story is about',
    ('events', 'b416-netball-test-ferns-level-series'): "missed 2026-05-13 day 'deciding third test in Hamilton on Wednesday'",
    ('scare', 'b416-netball-test-ferns-level-series'): "'The Octopus' listed as speech",
    ('topics', 'b416-pharmacy-prescriptions-nova-scotia-strep'): 'doctor_shortage: terms in enough paragraphs, not what the story is about',
    ('events', 'b416-pharmacy-prescriptions-nova-scotia-strep'): "missed 2026-05-05 day 'the province announced Tuesday'",
    ('speakers', 'b416-steel-plant-odisha-blast-furnace'): "'does not release a single litre of proce' given to mahanadi-steel-ltd, not mahanadi-steel",
    ('events', 'b416-talkback-nz-reassurance-force'): "missed 2026-05-13 day 'telling talkback listeners on Wednesday morning'",
    ('topics', 'b416-tribunal-claim-galway-chef-dismissal'): 'food_safety: terms in enough paragraphs, not what the story is about',
    ('scare', 'b416-tribunal-claim-galway-chef-dismissal'): "'senior chef de partie' listed as speech",
}

BATCH_417_SEALED = {
    ('topics', 'b417-airport-queues-pearson-security'): 'labour: terms in enough paragraphs, not what the story is about',
    ('scare', 'b417-airport-queues-pearson-security'): "'CATSA Plus' listed as speech",
    ('topics', 'b417-book-launch-salt-road'): 'healthcare: terms in enough paragraphs, not what the story is about',
    ('topics', 'b417-coffee-exports-karnataka-robusta'): 'weather: terms in enough paragraphs, not what the story is about',
    ('events', 'b417-coffee-exports-karnataka-robusta'): "missed 2026-12-30 day 'from December 30'",
    ('scare', 'b417-coffee-exports-karnataka-robusta'): "'deforestation-free' listed as speech",
    ('topics', 'b417-fraud-verdict-vaal-ridge-meters'): 'electricity: terms in enough paragraphs, not what the story is about',
    ('events', 'b417-fraud-verdict-vaal-ridge-meters'): "missed 2021-11 month 'between March 2019 and November 2021'",
    ('scare', 'b417-vaccine-uptake-gaya-hpv'): "'sterilisation injection' listed as speech",
    ('scare', 'b417-wire-istanbul-talks'): "'special military operation' listed as speech",
}

BATCH_418_SEALED = {
    ('scare', 'b418-chip-export-ban-india'): "'Trusted Compute Partnership' listed as speech",
    ('topics', 'b418-column-sanctions-leak'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b418-hospice-appeal-pietermaritzburg'): "'Light a Candle for Siyanakekela' listed as speech",
    ('events', 'b418-jazz-club-closure-blue-lantern'): 'missed 2026-05-31 day "confirmed that the club\'s last night will be May 31"',
    ('scare', 'b418-magistrates-fine-flytipping'): "'Caught on Camera' listed as speech",
}

# Blind batches 419–422, stop 68's third wave, for measurement (sealed; first runs on main b3937d68: 0.929, 0.922,
# 0.941, 0.935, none wrong where null; on the stop's rules after two reviews: 0.936, 0.922, 0.941, 0.943); topic F1
# 0.973, 0.824, 0.933, 1.000. What the fixture tests see:
BATCH_419_SEALED = {
    ('events', 'b419-analysis-security-guarantees'): "missed 1994 year 'The memory of 1994 hangs over all of this.'",
    ('scare', 'b419-analysis-security-guarantees'): "'coalition of the willing' listed as speech",
    ('scare', 'b419-council-housing-waitlist-limerick'): "'Housing for All' listed as speech",
    ('topics', 'b419-rowing-head-race-head-of-the-swan'): 'weather: terms in enough paragraphs, not what the story is about',
    ('events', 'b419-rowing-head-race-head-of-the-swan'): 'missed 2009 year "had not won the men\'s open head race since 2009"; missed 2032 year \'ahead of the Brisbane 2032 Olympics\'',
}

BATCH_420_SEALED = {
    ('events', 'b420-dental-deserts-western-kansas'): "missed 2019 year 'up from seven in 2019'",
    ('scare', 'b420-dental-deserts-western-kansas'): "'dental deserts' listed as speech",
    ('scare', 'b420-employment-ruling-security-guards'): "'Zero Tolerance on Desertion' listed as speech",
    ('topics', 'b420-feature-guarantees-zaporizhzhia'): 'education: terms in enough paragraphs, not what the story is about',
    ('topics', 'b420-golf-qualifier-kloofwater-teen'): 'education: terms in enough paragraphs, not what the story is about',
    ('events', 'b420-golf-qualifier-kloofwater-teen'): "missed 2026-03-18 day 'at Kloofwater Golf Estate on Wednesday'; missed 2026-03-23 day 'He has a history test on Monday'",
    ('topics', 'b420-library-renovation-regina-elmwood'): 'children: terms in enough paragraphs, not what the story is about',
    ('events', 'b420-library-renovation-regina-elmwood'): "missed 1962 year 'built in 1962'",
    ('topics', 'b420-satellite-broadband-arunachal-villages'): 'education: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b420-satellite-broadband-arunachal-villages'): "'I watched a biology lecture from a teach' given to ananya-raghavan, not jennifer-yobin; 'It was like she was in the room' given to ananya-raghavan, not jennifer-yobin",
    ('scare', 'b420-satellite-broadband-arunachal-villages'): "'Sky Setu' listed as speech",
    ('scare', 'b420-theatre-strike-west-end-crews'): "'changeover' listed as speech",
    ('topics', 'b420-timber-exports-log-slump'): 'china_economy: terms in enough paragraphs, not what the story is about; employment: terms in enough paragraphs, not what the story is about',
    ('scare', 'b420-timber-exports-log-slump'): "'cut and ship' listed as speech",
}

BATCH_421_SEALED = {
    ('topics', 'b421-dance-school-leeds-studio-eviction'): 'property_development: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b421-live-eu-sanctions-shadow-fleet'): "'only strengthen our resolve' given to kremlin, not yegor-valetsky",
    ('scare', 'b421-opinion-ireland-security-guarantees'): "'coalition of the willing' listed as speech",
    ('topics', 'b421-payments-fraud-invoice-scam-retiree'): 'scam_regulation: too few paragraphs with its terms',
    ('scare', 'b421-payments-fraud-invoice-scam-retiree'): "'hi Mum' listed as speech",
    ('speakers', 'b421-tv-interview-canada-troops-ukraine'): "'Even on the ground. We have led a battle' given to marc-andre-tessier, not chantal-dufresne",
}

BATCH_422_SEALED = {
    ('speakers', 'b422-coroner-verdict-corrib-kayaker'): "'out for an hour, back for the match' given to declan-rourke, not cian-fahy",
    ('scare', 'b422-light-rail-delay-halifax-harbourside'): "'substantial completion' listed as speech",
    ('scare', 'b422-sculpture-unveiling-sea-point-tidewalker'): "'Ons het teruggekom – We came back – Sibuyile' listed as speech",
    ('speakers', 'b422-vaccine-hesitancy-bahraich-mr-drive'): "'Islam teaches us to protect life.' given to maulana-abdul-qadir-rizvi, not abdul-qadir-rizvi",
    ('events', 'b422-vaccine-hesitancy-bahraich-mr-drive'): "missed 2026-05-10 day 'addressed a meeting of parents on Sunday along with district officials'",
    ('scare', 'b422-vaccine-hesitancy-bahraich-mr-drive'): "'family planning injection' listed as speech",
}

# Blind batches 423–426, written after stop 68's merge (sealed; first runs on main 95d804ad: speaker accuracy 0.951,
# 0.871, 0.961, 0.984, none wrong where null; topic F1 0.903, 0.927, 0.875, 0.872). After stop 69's rules: 0.951,
# 0.936, 0.961, 0.992. What the fixture tests see:
BATCH_423_SEALED = {
    ('scare', 'b423-ai-grading-harlan-falls-pilot'): "'GradeAssist' listed as speech",
    ('speakers', 'b423-canola-prices-wa-growers'): "'Ninety per cent of my canola is already ' given to bec-harnett, not tom-kessel; 'If Canada gets a clean run through its s' given to lyndall-ferris, not bec-harnett; 'Chinese crushers have been noticeably mo' given to lyndall-ferris, not bec-harnett",
    ('events', 'b423-canola-prices-wa-growers'): "missed 2026-01 month 'up from $760 in January'",
    ('topics', 'b423-feature-ennis-guarantees'): 'peace_talks: too few paragraphs with its terms',
    ('events', 'b423-feature-ennis-guarantees'): "missed 1994 year 'Budapest Memorandum of 1994'",
    ('speakers', 'b423-opera-premiere-drowned-village'): "'We started this in lockdown, in 2021' given to elin-haf-roberts, not imogen-sayer",
    ('topics', 'b423-radio-phone-in-prairie-troops'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b423-radio-phone-in-prairie-troops'): "missed 2017 year 'in Latvia since 2017'",
    ('topics', 'b423-wire-eu-sanctions-geneva'): 'energy_markets: terms in enough paragraphs, not what the story is about',
}

BATCH_424_SEALED = {
    ('topics', 'b424-drone-delivery-north-dallas'): 'airspace_safety: terms in enough paragraphs, not what the story is about',
    ('scare', 'b424-drone-delivery-north-dallas'): "'beyond visual line of sight' listed as speech",
    ('events', 'b424-hurling-league-st-fintans-final'): "missed 1998 year 'for the first time since 1998'",
    ('scare', 'b424-live-geneva-prisoner-swap'): "'Istanbul framework' listed as speech",
    ('topics', 'b424-poetry-slam-soweto-champion'): 'arts_funding: terms in enough paragraphs, not what the story is about',
    ('topics', 'b424-salmon-farms-macquarie-harbour'): 'jobs: terms in enough paragraphs, not what the story is about',
    ('events', 'b424-salmon-farms-macquarie-harbour'): "missed 2026-07-31 day 'until July 31'",
    ('events', 'b424-tram-fares-luas-increase'): "missed 2023 year 'fares were last increased in 2023'",
    ('scare', 'b424-tv-debate-russian-oil-panel'): "'strategic autonomy' listed as speech",
}

BATCH_425_SEALED = {
    ('events', 'b425-chip-factory-arden-tulsa'): "missed 2026-01 month 'pushed back the start of production by a year in January'",
    ('topics', 'b425-copper-smelter-boorabin-rescue'): 'government_assistance: too few paragraphs with its terms',
    ('topics', 'b425-podcast-interview-kowalchuk-sanctions'): 'peace_talks: too few paragraphs with its terms',
    ('topics', 'b425-sentencing-appeal-seleka-sca'): 'water_supply: terms in enough paragraphs, not what the story is about',
    ('events', 'b425-sentencing-appeal-seleka-sca'): "missed 2019 year 'tender awarded in 2019'",
    ('topics', 'b425-theatre-closure-harcourt-carlisle'): 'arts_funding: too few paragraphs with its terms',
    ('events', 'b425-theatre-closure-harcourt-carlisle'): "missed 1914 year 'which has staged everything from music hall to Shakespeare since 1914'",
}

BATCH_426_SEALED = {
    ('topics', 'b426-explainer-security-guarantees'): 'peace_talks: too few paragraphs with its terms',
    ('scare', 'b426-explainer-security-guarantees'): "'assurances' listed as speech",
    ('topics', 'b426-fraud-trial-water-utility'): 'water_services: terms in enough paragraphs, not what the story is about',
    ('topics', 'b426-maternity-waits-kootenay'): 'road_travel: terms in enough paragraphs, not what the story is about',
    ('topics', 'b426-metro-strike-bengaluru'): 'it_industry: terms in enough paragraphs, not what the story is about',
    ('events', 'b426-metro-strike-bengaluru'): "missed 2017 year 'has not been revised since 2017'; missed 2026-05-15 day 'for conciliation talks on Friday'",
    ('topics', 'b426-wool-auction-merino'): 'china_trade: terms in enough paragraphs, not what the story is about',
    ('events', 'b426-wool-auction-merino'): "missed 2026-05-19 day 'selling resuming in Melbourne and Fremantle on Tuesday'",
}

# Blind batches 427–430, stop 69's first wave written during the stop (sealed; first runs on main 95d804ad: speaker
# accuracy 0.940, 0.910, 0.953, 0.942, none wrong where null; topic F1 0.903, 0.950, 0.923, 0.938). After the stop's
# rules: 0.955, 0.949, 0.959, 0.978. What the fixture tests see:
BATCH_427_SEALED = {
    ('topics', 'b427-airport-strike-philadelphia'): 'holiday_travel: terms in enough paragraphs, not what the story is about; wheelchair_access: terms in enough paragraphs, not what the story is about',
    ('events', 'b427-analysis-security-guarantees'): "missed 1994 year 'a reference to the 1994 memorandum'",
    ('topics', 'b427-hospital-beds-sault-ste-marie'): 'nurse_staffing: terms in enough paragraphs, not what the story is about',
    ('scare', 'b427-hospital-beds-sault-ste-marie'): "'alternate level of care' listed as speech; 'hallway medicine' listed as speech",
    ('events', 'b427-phone-recycling-johannesburg'): "missed 2026-12 month 'across Gauteng by December'",
    ('scare', 'b427-phone-recycling-johannesburg'): "'urban mining' listed as speech",
    ('events', 'b427-rowing-championship-ruataniwha'): "missed 2026-09 month 'national sculling trials in September'",
}

BATCH_428_SEALED = {
    ('topics', 'b428-ai-camera-sh1-phone-trial'): 'privacy: too few paragraphs with its terms',
    ('events', 'b428-ai-camera-sh1-phone-trial'): "missed 2027 year 'rolled out across the state highway network from 2027'",
    ('events', 'b428-bus-strike-table-bay-transit'): "missed 2026-05-07 day 'meet at the CCMA in Cape Town on Thursday'",
    ('scare', 'b428-inquest-ruling-margaret-ashby'): "'category two' listed as speech; 'rapid release' listed as speech",
    ('speakers', 'b428-live-eu-sanctions-package'): "'reached agreement on a robust package' given to european-union, not cypriot-eu-presidency",
    ('events', 'b428-netball-semi-final-hawks-surge'): "missed 2026-05-10 day 'in a tense semi-final in Napier on Sunday'; missed 2024 year 'missed most of the 2024 season'",
    ('topics', 'b428-nurse-shortage-galway-beds'): 'overcrowding: too few paragraphs with its terms',
    ('events', 'b428-tv-panel-canada-troops-ukraine'): "missed 2026-07 month 'summit in Ankara in July'",
    ('scare', 'b428-tv-panel-canada-troops-ukraine'): "'reassurance force' listed as speech",
}

BATCH_429_SEALED = {
    ('topics', 'b429-appeal-court-facebook-defamation'): 'local_government: terms in enough paragraphs, not what the story is about',
    ('topics', 'b429-art-exhibition-salt-and-iron'): 'mining: terms in enough paragraphs, not what the story is about',
    ('events', 'b429-art-exhibition-salt-and-iron'): "missed 1981 year 'first exhibited in a church hall in Soweto in 1981'",
    ('speakers', 'b429-cloud-migration-sahyadri-bank-outage'): "'performed as designed throughout the mig' given to meghdoot, not meghdoot-cloud-services; 'working closely with the bank's technolo' given to meghdoot, not meghdoot-cloud-services",
    ('events', 'b429-cricket-final-panthers-title'): "missed 2019 year 'first title since 2019'",
    ('scare', 'b429-live-ottawa-guarantees'): "'Operation Lodestar' listed as speech",
    ('topics', 'b429-podcast-panel-sanctions-relief'): 'podcasting: terms in enough paragraphs, not what the story is about',
}

BATCH_430_SEALED = {
    ('speakers', 'b430-call-in-show-canada-troops'): "'remains committed to a just and lasting ' given to marcus-belanger, not global-affairs-canada",
    ('scare', 'b430-chip-shortage-lima-plant'): "'chip crunch' listed as speech",
    ('events', 'b430-choir-tour-dunedin-llangollen'): "missed 1998 year 'since the choir was founded in 1998'",
    ('scare', 'b430-choir-tour-dunedin-llangollen'): "'Pōkarekare Ana' listed as speech",
    ('events', 'b430-ferry-route-rosslare-gijon'): "missed 2023 year 'a Cork-based operator founded in 2023'; missed 2027 year 'to Bilbao or Santander, from 2027'",
    ('events', 'b430-live-eu-sanctions-package'): "missed 2026-05-22 day 'published in the Official Journal on Friday'",
    ('topics', 'b430-timber-mill-merritt-closure'): 'trade_duties: too few paragraphs with its terms',
    ('events', 'b430-vaccine-centre-pune-hpv'): "missed 2026-12-31 day 'Our target is 50,000 girls by December 31'; missed 2026-08 month 'two more centres in Hadapsar and Aundh by August'",
    ('topics', 'b430-wire-geneva-talks-resume'): 'oil_markets: terms in enough paragraphs, not what the story is about',
}

# Blind batches 431–434, stop 69's second wave, for measurement (sealed; first runs on main 95d804ad: 0.951, 0.962,
# 0.912, 0.963, none wrong where null; topic F1 0.938, 0.952, 0.973, 0.909 — the same on the stop's rules of the time,
# which mended none of their misses). After the stop's last rules: 0.959, 0.962, 0.934, 0.963. What the fixture tests
# see:
BATCH_431_SEALED = {
    ('events', 'b431-boxing-final-nationals'): "missed 2026-07 month 'expected to be held in July'",
    ('topics', 'b431-feature-zaporizhzhia-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b431-pool-reopening-hillside'): 'council_finance: terms in enough paragraphs, not what the story is about',
}

BATCH_432_SEALED = {
    ('topics', 'b432-gp-surgery-invergordon-closure'): 'gp_recruitment: too few paragraphs with its terms',
    ('topics', 'b432-live-london-guarantees-summit'): 'sanctions: too few paragraphs with its terms',
    ('scare', 'b432-live-london-guarantees-summit'): "'backstop' listed as speech",
    ('events', 'b432-opinion-irish-sanctions'): "missed 2025 year 'passed through Irish waters in 2025'",
    ('events', 'b432-road-closures-karori-tunnel'): "missed 2026-05-22 day 'starting on May 22'",
    ('speakers', 'b432-robot-surgery-remote-gallbladder'): "'within the next two to three years, depe' given to veridian, not veridian-surgical",
    ('scare', 'b432-theatre-festival-pune-rangdarshan'): "'The Salt Road' listed as speech",
}

BATCH_433_SEALED = {
    ('topics', 'b433-phone-in-neutrality'): 'neutrality: too few paragraphs with its terms',
    ('scare', 'b433-phone-in-neutrality'): "'reassurance force' listed as speech",
}

BATCH_434_SEALED = {
    ('scare', 'b434-ambulance-times-wales-record'): "'red' listed as speech; 'amber' listed as speech",
    ('topics', 'b434-chatbot-law-minnesota-minors'): 'courts: terms in enough paragraphs, not what the story is about',
    ('events', 'b434-chatbot-law-minnesota-minors'): "missed 2025 year 'pointing to a 2025 Supreme Court ruling'",
    ('scare', 'b434-chatbot-law-minnesota-minors'): "'AI girlfriends' listed as speech",
    ('scare', 'b434-copper-mine-tahtsa-expansion'): "'one project, one review' listed as speech",
    ('speakers', 'b434-custody-case-auckland-relocation'): "'deeply attached to both parents' given to riaan-du-plessis, not office-of-the-family-advocate",
    ('topics', 'b434-dance-premiere-salt-lines'): 'fisheries: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b434-dance-premiere-salt-lines'): "'Supporting work that keeps our classical' given to tarangini-dance-collective, not vaayu-textiles",
    ('events', 'b434-dance-premiere-salt-lines'): "missed 1988 year 'reviewing performances in the city since 1988'; missed 2026-08 month 'at the NCPA in Mumbai in August'",
    ('events', 'b434-port-strike-chennai'): "missed 2026-05-08 day 'had been convened in New Delhi on Friday'",
    ('topics', 'b434-tv-interview-keating-neutrality'): 'neutrality: too few paragraphs with its terms',
    ('scare', 'b434-tv-interview-keating-neutrality'): "'triple lock' listed as speech",
}

# Blind batches 435–438, stop 69's third wave, for measurement, written after the second's rules and the first review
# (sealed; first runs on main 95d804ad: 0.924, 0.902, 0.957, 0.948, none wrong where null; topic F1 0.839, 0.882, 0.971,
# 1.000; on the stop's rules then: 0.939, 0.902, 0.957, 0.948 — no rule made for their misses). What the fixture tests
# see:
BATCH_435_SEALED = {
    ('events', 'b435-ferry-delays-sunshine-coast'): "missed 2029 year 'due to be replaced in 2029'",
    ('topics', 'b435-library-opening-nelson'): 'flood_recovery: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b435-library-opening-nelson'): "'the woven form of a hīnaki' given to architects-kowhai-studio, not kowhai-studio",
    ('events', 'b435-live-paris-summit'): "missed 2026-05-06 day 'a meeting of defence ministers in Brussels on 6 May'",
    ('scare', 'b435-live-paris-summit'): "'triple lock' listed as speech; 'coalition of the willing' listed as speech",
    ('topics', 'b435-opera-tour-traviata'): 'arts_funding: too few paragraphs with its terms',
    ('topics', 'b435-profile-guarantees-archivist'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('topics', 'b435-radio-interview-shadow-fleet'): 'oil_prices: terms in enough paragraphs, not what the story is about',
    ('scare', 'b435-rugby-league-final-drovers'): "'the Fridge' listed as speech",
    ('events', 'b435-tribunal-ruling-bakery-merger'): "missed 2025-11 month 'ran for six weeks from November 2025'",
    ('topics', 'b435-wire-geneva-round'): 'security_guarantees: too few paragraphs with its terms',
}

BATCH_436_SEALED = {
    ('topics', 'b436-coffee-imports-canada-prices'): 'prices: terms in enough paragraphs, not what the story is about',
    ('events', 'b436-coffee-imports-canada-prices'): "missed 2025-03 month 'than in March 2025'",
    ('topics', 'b436-data-leak-stridewell-fitness-app'): 'fitness_tech: terms in enough paragraphs, not what the story is about',
    ('scare', 'b436-data-leak-stridewell-fitness-app'): "'buckets' listed as speech",
    ('topics', 'b436-gp-shortage-murrumbarra'): 'rural_health: too few paragraphs with its terms',
    ('events', 'b436-gp-shortage-murrumbarra'): "missed 2023 year 'recruit a replacement since 2023'",
    ('scare', 'b436-gp-shortage-murrumbarra'): "'Distribution Priority Area' listed as speech",
    ('events', 'b436-live-ottawa-security-guarantees'): "missed 1994 year 'The Budapest Memorandum of 1994'; missed 2023 year 'in the Donetsk region since 2023'",
    ('events', 'b436-netball-grand-final-kahu-flyers'): "missed 2019 year 'for the first time since 2019'",
    ('topics', 'b436-tram-extension-norwood'): 'local_business: terms in enough paragraphs, not what the story is about',
}

BATCH_437_SEALED = {
    ('topics', 'b437-chip-plant-arizona'): 'federal_grants: terms in enough paragraphs, not what the story is about',
    ('events', 'b437-chip-plant-arizona'): "missed 2029 year 'until 2029'",
    ('events', 'b437-opinion-irish-neutrality'): "missed 1994 year 'the Budapest Memorandum of 1994'",
    ('events', 'b437-podcast-interview-shadow-fleet'): "missed 2026-01-30 day 'Australia followed a day later'",
    ('scare', 'b437-rail-strike-transnet'): "'no work, no pay' listed as speech",
    ('events', 'b437-wire-istanbul-talks'): "missed 2026-06 month 'ready to meet again in June'",
}

BATCH_438_SEALED = {
    ('events', 'b438-bus-shelters-hallbridge'): "missed 2026-05-05 day 'by Tuesday evening'",
    ('events', 'b438-rates-rebate-marrowbie'): "missed 2026-08 month 'on notices issued in August'",
    ('events', 'b438-wool-prices-four-year-high'): "missed 2026-05-06 day 'rising 38 cents on Wednesday'",
}

# Blind batches 439–442 (stop 70's first wave), sealed: written by helpers that read none of the project, first run on
# 0e3d3d17 (stop 69's rules, main at the stop's start): speaker accuracy 0.899, 0.926, 0.977, 0.943, one wrong where
# null (440: 'On the Hill, one Cork supporter in his seventies wept openly. "…," he said' given to the goalkeeper named
# before; mended); topic F1 1.000, 1.000, 0.971, 1.000. After the stop's rules: 0.971, 0.978, 0.992, 0.967. What the
# code still misses:
BATCH_439_SEALED = {
    ('speakers', 'b439-ai-hiring-talentsift-age-lawsuit'): "'strongly disputes' given to talentsift-inc, not talentsift; 'regularly audited for adverse impact' given to talentsift-inc, not talentsift; 'Our technology helps employers consider ' given to talentsift-inc, not talentsift",
    ('scare', 'b439-ai-hiring-talentsift-age-lawsuit'): "'culture fit' listed as speech",
    ('events', 'b439-hospital-merger-sault-ste-marie'): "missed 2026-05-08 day 'approved by both boards on Friday'; missed 2014 year 'diagnostic imaging service since 2014'",
    ('events', 'b439-rowing-final-pryce-single-sculls'): "missed 2026-03-30 day 'The championships conclude on Monday'",
}

BATCH_440_SEALED = {
    ('speakers', 'b440-bus-strike-mumbai-best'): "'no direct contractual relationship' given to brihanmumbai-electric-supply-and-transport, not best; 'We have asked the operators to resolve t' given to brihanmumbai-electric-supply-and-transport, not best",
    ('scare', 'b440-chip-tariffs-commerce'): "'build here, ship here' listed as speech",
    ('events', 'b440-gp-closures-wagga'): "missed 2026-05-06 day 'its owners announced on Wednesday'; missed 2025-05 month 'since May last year'",
    ('scare', 'b440-gp-closures-wagga'): "'GP deserts' listed as speech",
    ('events', 'b440-hurling-final-cork-limerick'): "missed 2005 year 'for the first time since 2005'",
    ('events', 'b440-salmon-quotas-fraser-sockeye'): "missed 1990 year 'in its 1990 Sparrow decision'",
    ('speakers', 'b440-tv-debate-india-mediator'): "'values India's voice' given to ministry-of-external-affairs, not ukrainian-embassy-in-new-delhi",
}

BATCH_441_SEALED = {
    ('scare', 'b441-data-centre-midrand-approval'): "'closed-loop' listed as speech",
    ('events', 'b441-maternity-unit-riverside-closure'): "missed 2026-11 month 'will stay shut until at least November'",
    ('scare', 'b441-maternity-unit-riverside-closure'): "'temporarily' listed as speech",
    ('topics', 'b441-podcast-panel-foreign-desk'): 'security_guarantees: too few paragraphs with its terms',
    ('scare', 'b441-theatre-review-salt-road'): "'family gathers after a funeral' listed as speech",
}

BATCH_442_SEALED = {
    ('speakers', 'b442-dance-festival-durban'): "'an estimated R28 million' given to municipality, not ethekwini-municipality",
    ('events', 'b442-live-security-guarantees'): "missed 2026-04-28 day 'a gathering of defence ministers in Paris on April 28'",
    ('events', 'b442-studio-interview-sanctions-lawyer'): "missed 2014 year 'on the Special Economic Measures Act in 2014'",
    ('speakers', 'b442-tribunal-appeal-courier'): "'disappointed' given to swiftline, not swiftline-couriers; 'considering all options, including a fur' given to swiftline, not swiftline-couriers",
    ('scare', 'b442-vaccine-clinic-pune'): "'Kavach for Her' listed as speech",
}

# Blind batches 443–446 (stop 70's second wave), sealed: written while the first wave's rules were made, first run on
# 0e3d3d17: speaker accuracy 0.913, 0.915, 0.897, 0.914 (on the first wave's rules then: 0.921, 0.915, 0.905, 0.914),
# one wrong where null in 443 ('Tremblay closed the show by reading a text message from a listener in Halifax: "…"'
# given to the host) and one in 444 ('A nurse …, who asked not to be named, said … "…", while Carys Lloyd … said' given
# to Lloyd), both mended; topic F1 0.909, 0.976, 0.929, 0.941. After the stop's rules: 0.976, 0.923, 0.905, 0.957. What
# the code still misses:
BATCH_443_SEALED = {
    ('speakers', 'b443-ai-chatbot-privacy-probe'): "'intends to introduce modernized privacy ' given to science-and-economic-development-canada, not innovation-science-and-economic-development-canada",
    ('events', 'b443-bin-strike-glasgow'): "missed 2026-05-12 day 'broke down on Tuesday night'",
    ('topics', 'b443-call-in-show-sanctions-after-peace'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b443-call-in-show-sanctions-after-peace'): "missed 2014 year 'more than 3,000 individuals and entities since 2014'",
    ('scare', 'b443-explainer-security-guarantees'): "'coalition of the willing' listed as speech",
    ('topics', 'b443-lamb-prices-record-farmgate'): 'sheep_flock: terms in enough paragraphs, not what the story is about',
    ('topics', 'b443-opera-review-flying-dutchman'): 'stage_design: terms in enough paragraphs, not what the story is about',
    ('scare', 'b443-opera-review-flying-dutchman'): "'Die Frist ist um' listed as speech; 'Eurotrash' listed as speech",
    ('events', 'b443-rail-fares-ac-hike'): "missed 2026-05-05 day 'the Ministry of Railways announced on Tuesday'",
    ('events', 'b443-rugby-final-varsity-cup'): "missed 2022 year 'first Varsity Cup title since 2022'",
    ('events', 'b443-wire-istanbul-talks'): "missed 2026-06 month 'before a meeting of Group of Seven leaders in June'",
}

BATCH_444_SEALED = {
    ('topics', 'b444-analysis-security-guarantees'): 'peace_talks: too few paragraphs with its terms',
    ('events', 'b444-analysis-security-guarantees'): "missed 1994 year 'the 1994 Budapest Memorandum'; missed 2026-06 month 'agreed only to meet again in June'",
    ('speakers', 'b444-hospital-parking-fines'): "'not a valid exemption' given to gwen-pritchard, not clearbay-parking",
    ('events', 'b444-hospital-parking-fines'): "missed 2008 year 'largely free since 2008'",
    ('speakers', 'b444-poetry-prize-kaveri'): "'Honestly, I am still in shock' given to rukmini-iyer, not anjali-deshmukh; 'Because I live in two languages' given to rukmini-iyer, not anjali-deshmukh",
    ('events', 'b444-poetry-prize-kaveri'): "missed 2023 year 'who was ill through much of 2023'",
}

BATCH_445_SEALED = {
    ('scare', 'b445-ambulance-delays-christchurch'): "'purple' listed as speech; 'red' listed as speech; 'orange' listed as speech",
    ('topics', 'b445-drone-rules-wildfires'): 'wildfires: terms in enough paragraphs, not what the story is about',
    ('events', 'b445-drone-rules-wildfires'): "missed 2023 year 'the record-breaking one of 2023'",
    ('scare', 'b445-drone-rules-wildfires'): "'emergency airspace' listed as speech",
    ('topics', 'b445-employment-tribunal-distillery'): 'whisky_industry: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b445-employment-tribunal-distillery'): "'We have always taken our regulatory obli' given to doherty-lang, not glenbrae-distillers",
    ('scare', 'b445-employment-tribunal-distillery'): "'highly effective' listed as speech",
    ('speakers', 'b445-film-premiere-mumbai'): "'a Bombay that is disappearing' given to co-star-naina-bhatia, not naina-bhatia; 'prayed to every god in Maharashtra' given to co-star-naina-bhatia, not naina-bhatia",
    ('scare', 'b445-opinion-hollow-guarantee'): "'assurances' listed as speech",
    ('events', 'b445-tram-strike-melbourne'): "missed 2026-03 month 'including a 48-hour stoppage in March'",
}

BATCH_446_SEALED = {
    ('topics', 'b446-custody-hearing-delhi-hc-toronto'): 'emigration: terms in enough paragraphs, not what the story is about',
    ('topics', 'b446-dairy-exports-us-tariffs-bite'): 'trade_tariffs: too few paragraphs with its terms',
    ('events', 'b446-golf-major-strand-augusta'): "missed 2025 year 'spend the 2025 season on the Korn Ferry Tour'",
    ('events', 'b446-live-paris-guarantees-summit'): "missed 2026-04-15 day 'a round of Russia–Ukraine talks in Istanbul on April 15'",
    ('scare', 'b446-live-paris-guarantees-summit'): "'coalition of the willing' listed as speech; 'reassurance force' listed as speech",
    ('events', 'b446-radio-debate-neutrality-row'): 'missed 1978 year "We\'ve served in Lebanon since 1978"',
}

# Blind batches 447–450 (stop 70's third wave, for measurement), sealed: written while the second wave's rules were
# made, first run on 0e3d3d17: speaker accuracy 0.912, 0.946, 0.882, 0.971 (on the stop's rules: 0.912, 0.946, 0.896,
# 0.971), none wrong where null; topic F1 0.966, 0.839, 0.963, 0.914. Before the merge nothing was made for them but one bug they
# showed (a body's full name running past its sentence's full stop); after it, two rules from their wrong speakers (a
# live entry's bare time before "Back to Mr Dowling, who …"; an interview "We asked researcher X, …, what" or "Our
# correspondent … has been speaking to Dr X") gave 0.925, 0.946, 0.924, 0.971. What the code still misses:
BATCH_447_SEALED = {
    ('events', 'b447-netball-final-harriers-extra-time'): "missed 2026-07-26 day 'in an extra-time thriller in Christchurch on Sunday night'",
    ('scare', 'b447-salmon-exports-record-year'): "'Irish organic' listed as speech",
    ('speakers', 'b447-talkback-aussie-troops-ukraine'): "'If we want the Americans and the Europea' given to bronwyn-keele, not raj",
    ('speakers', 'b447-theatre-premiere-salt-river-lullaby'): "'I was too scared to notice' given to ma-rosie, not chanel-adams",
    ('scare', 'b447-theatre-premiere-salt-river-lullaby'): "'the long goodbye' listed as speech",
    ('topics', 'b447-wire-geneva-ceasefire-talks'): 'security_guarantees: terms in enough paragraphs, not what the story is about',
}

BATCH_448_SEALED = {
    ('topics', 'b448-book-prize-salt-ledger'): 'translation: terms in enough paragraphs, not what the story is about',
    ('topics', 'b448-data-centre-millbrook-township'): 'property_tax: terms in enough paragraphs, not what the story is about',
    ('scare', 'b448-metro-strike-montreal'): "'Pas de métro sans nous' listed as speech",
    ('topics', 'b448-profile-sanctions-envoy'): 'estonia: terms in enough paragraphs, not what the story is about',
    ('scare', 'b448-profile-sanctions-envoy'): "'shadow fleet' listed as speech",
    ('topics', 'b448-rowing-regatta-karapiro'): 'weather: terms in enough paragraphs, not what the story is about',
    ('events', 'b448-rowing-regatta-karapiro'): "missed 1998 year 'set by a combined Waikato crew in 1998'",
    ('events', 'b448-street-lighting-severn-vale'): "missed 2025-10 month 'since October 2025'",
    ('scare', 'b448-tribunal-award-karoo-components'): "'unprotected' listed as speech",
    ('topics', 'b448-wheat-exports-abares-forecast'): 'drought: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b448-wheat-exports-abares-forecast'): "'You put the seed in the ground and you h' given to mathers, not col-mathers; 'We've had a couple of showers' given to mathers, not col-mathers",
    ('events', 'b448-wheat-exports-abares-forecast'): "missed 2019 year 'since the drought of 2019'",
    ('scare', 'b448-wheat-exports-abares-forecast'): "'green drought' listed as speech",
}

BATCH_449_SEALED = {
    ('events', 'b449-cyber-attack-trans-deccan-logistics'): "missed 2026-05-11 day 'to be back by Monday'",
    ('topics', 'b449-magistrates-sentence-ballarat-hit-run'): 'cycling: terms in enough paragraphs, not what the story is about',
    ('events', 'b449-opinion-guarantees-cost'): "missed 2022 year 'immobilised in Europe since 2022'",
    ('scare', 'b449-pool-closure-keighley-baths'): "'swim-in' listed as speech",
    ('scare', 'b449-surfing-final-piha-pro'): "'the Mangle' listed as speech",
    ('events', 'b449-timber-exports-bc-lumber-duties'): "missed 2026-06-01 day 'for six weeks starting June 1'",
}

BATCH_450_SEALED = {
    ('topics', 'b450-cocoa-exports-ghana-slump'): 'illegal_mining: terms in enough paragraphs, not what the story is about',
    ('topics', 'b450-explainer-ukraine-security-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b450-explainer-ukraine-security-guarantees'): "missed 1994 year 'the Budapest Memorandum of 1994'",
    ('scare', 'b450-explainer-ukraine-security-guarantees'): "'coalition of the willing' listed as speech; 'backstop' listed as speech",
    ('topics', 'b450-gp-shortage-westport-books-closed'): 'rural_health: too few paragraphs with its terms',
    ('scare', 'b450-hurling-semi-final-limerick-galway'): "'running game' listed as speech",
    ('speakers', 'b450-rates-rise-rba-cash-rate'): "'Inflation has been more persistent than ' given to reserve-bank, not reserve-bank-of-australia",
    ('events', 'b450-tram-extension-edinburgh-north-south'): "missed 2029 year 'construction beginning no earlier than 2029'",
}

# Blind analysis batches 451-454 (stop 70's fourth wave, written after its merge, for measurement; first runs on
# c5da33e1: 0.928, 0.956, 0.941, 0.910, none wrong where null). What the code still misses:
BATCH_451_SEALED = {
    ('scare', 'b451-bin-collections-fortnightly-rubbish'): "'bin police' listed as speech",
    ('topics', 'b451-canola-exports-china-tariffs'): 'crop_planning: terms in enough paragraphs, not what the story is about; electric_vehicles: terms in enough paragraphs, not what the story is about',
    ('events', 'b451-coroner-inquest-pothole-cyclist'): "missed 2025-09-03 day 'online form on 3 September'",
    ('scare', 'b451-coroner-inquest-pothole-cyclist'): "'category two' listed as speech",
    ('topics', 'b451-feature-paper-promises'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b451-feature-paper-promises'): "'Guarantees' listed as speech",
    ('events', 'b451-ferry-strike-cook-strait-easter'): "missed 2026-04-03 day 'walk off the job for 48 hours from 6am on Friday'; missed 2023 year 'since 2023'",
    ('topics', 'b451-hospital-discharge-long-stay-patients'): 'aged_care: terms in enough paragraphs, not what the story is about; disability: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b451-hospital-discharge-long-stay-patients'): "'thousands of additional transition care ' given to department-of-health-disability-and-ageing, not federal-department-of-health-disability-and-ageing",
    ('events', 'b451-hospital-discharge-long-stay-patients'): "missed 2025-12-31 day 'in the 12 months to December 31'",
    ('events', 'b451-opera-review-traviata-leeds'): "missed 2026-06-03 day 'from 3 June'",
    ('scare', 'b451-opera-review-traviata-leeds'): "'Sempre libera' listed as speech",
    ('topics', 'b451-radio-interview-neutrality-ukraine'): 'sanctions: too few paragraphs with its terms',
    ('events', 'b451-radio-interview-neutrality-ukraine'): 'missed 1978 year "We\'ve been in south Lebanon since 1978"',
    ('events', 'b451-rugby-sevens-blitzboks-singapore'): "missed 2026-05-12 day 'We will scan him on Tuesday'",
    ('topics', 'b451-wire-geneva-talks'): 'sanctions: too few paragraphs with its terms',
}

BATCH_452_SEALED = {
    ('scare', 'b452-bus-strike-bengaluru-bmtc'): "'Chalo Vidhana Soudha' listed as speech",
    ('speakers', 'b452-dental-waits-lincolnshire'): "'the distress that long waits cause' given to icb, not nhs-lincolnshire-integrated-care-board",
    ('events', 'b452-dental-waits-lincolnshire'): "missed 2025-04 month 'up from 31,200 in April 2025'",
    ('scare', 'b452-dental-waits-lincolnshire'): "'unit of dental activity' listed as speech",
    ('scare', 'b452-drone-delivery-ohio-prescriptions'): "'SkyScript' listed as speech",
    ('topics', 'b452-film-festival-malabar-uppu'): 'censorship: too few paragraphs with its terms',
    ('events', 'b452-lamb-prices-southland-flock'): "missed 2026-03 month 'Stats NZ figures released in March'",
    ('events', 'b452-library-funding-hamilton-sundays'): "missed 2026-07-01 day 'ending Sunday hours at all but three locations from July 1'",
    ('events', 'b452-tv-debate-neutrality-ukraine-force'): "missed 2026-05-03 day 'published on May 3 found 41 per cent'",
}

BATCH_453_SEALED = {
    ('events', 'b453-coffee-prices-kodagu-robusta'): "missed 2026-04-14 day 'against ₹12,400 on April 14'",
    ('topics', 'b453-data-breach-cardinal-crest'): 'health_insurance: terms in enough paragraphs, not what the story is about',
    ('topics', 'b453-employment-appeal-whatsapp-dismissal'): 'horticulture: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b453-employment-appeal-whatsapp-dismissal'): "'disappointed' given to kowhai-fresh-ltd, not kowhai-fresh; 'The company acted in good faith during a' given to kowhai-fresh-ltd, not kowhai-fresh",
    ('topics', 'b453-live-ottawa-guarantees-summit'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b453-live-ottawa-guarantees-summit'): "'backstop' listed as speech",
    ('topics', 'b453-opinion-guarantees-on-the-cheap'): 'defence_spending: too few paragraphs with its terms',
    ('events', 'b453-opinion-guarantees-on-the-cheap'): "missed 1994 year 'the Budapest Memorandum of 1994'",
    ('topics', 'b453-playground-plan-ballincollig-deferral'): 'traffic: terms in enough paragraphs, not what the story is about',
    ('events', 'b453-playground-plan-ballincollig-deferral'): "missed 2021 year 'campaigning for the facility since 2021'",
    ('scare', 'b453-podcast-interview-price-cap-sieve'): "'shadow fleet' listed as speech",
}

BATCH_454_SEALED = {
    ('topics', 'b454-ai-chatbot-ask-spokie'): 'utility_bills: terms in enough paragraphs, not what the story is about',
    ('topics', 'b454-gp-closures-sutherland'): 'rural_transport: terms in enough paragraphs, not what the story is about',
    ('topics', 'b454-poetry-festival-guwahati'): 'censorship: terms in enough paragraphs, not what the story is about',
    ('topics', 'b454-profile-red-pen'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b454-speed-cameras-sh2'): "'point-to-point' listed as speech",
    ('events', 'b454-tram-strike-luas'): "missed 2026-05-14 day 'will stop for 48 hours from 4am on Thursday'",
    ('events', 'b454-wire-istanbul-round-three'): "missed 2026-05-21 day 'the next session would open in Istanbul on May 21'",
}

# Blind analysis batches 455-458 (stop 71's first wave; first runs on 34b5938e: 0.908, 0.961, 0.950, 0.917, none wrong
# where null; 0.915, 0.969, 0.986, 0.939 on the stop's rules). What the code still misses:
BATCH_455_SEALED = {
    ('topics', 'b455-barley-prices-rajasthan-mandis'): 'brewing: terms in enough paragraphs, not what the story is about',
    ('topics', 'b455-chip-export-controls-older-tools'): 'export_controls: too few paragraphs with its terms',
    ('scare', 'b455-chip-export-controls-older-tools'): "'small yard, high fence' listed as speech",
    ('topics', 'b455-explainer-security-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b455-ferry-timetable-kangaroo-island-winter-cuts'): "missed 2023 year 'a 40 per cent rise in fuel and crew costs since 2023'",
    ('events', 'b455-hurling-final-galway-limerick'): 'missed 2017 year "It is the county\'s first Liam MacCarthy Cup since 2017"',
    ('topics', 'b455-live-eu-sanctions-package'): 'energy: terms in enough paragraphs, not what the story is about',
    ('topics', 'b455-magistrates-hearing-water-tanker-bail'): 'water_supply: terms in enough paragraphs, not what the story is about',
    ('topics', 'b455-talk-radio-irish-troops-ukraine'): 'neutrality: too few paragraphs with its terms',
    ('topics', 'b455-theatre-review-the-salt-house'): 'weather: terms in enough paragraphs, not what the story is about',
    ('events', 'b455-theatre-review-the-salt-house'): "missed 2026-09 month 'tours to Plymouth and Exeter in September'",
    ('speakers', 'b455-wire-geneva-second-round'): "'businesslike' given to russias-delegation, not arkady-voronin; 'completely detached from reality' given to russias-delegation, not arkady-voronin",
}

BATCH_456_SEALED = {
    ('events', 'b456-cancer-screening-lung-regional-gap'): "missed 2026-04 month 'had enrolled by the end of April'",
    ('events', 'b456-inquest-findings-mayo-ambulance-delay'): "missed 2024 year 'additional paramedics since 2024'",
    ('scare', 'b456-inquest-findings-mayo-ambulance-delay'): "'Charlie' listed as speech",
    ('scare', 'b456-music-festival-soweto-gates-closed'): "'Golden Circle' listed as speech",
    ('events', 'b456-tv-interview-canada-trainers-ukraine'): "missed 2015 year 'Ukrainian soldiers since 2015'",
}

BATCH_457_SEALED = {
    ('events', 'b457-mental-health-beds-gauteng-shortage'): "missed 2016 year 'the Life Esidimeni tragedy of 2016'; missed 2027 year 'The rest will follow in 2027'",
    ('topics', 'b457-netball-final-kestrels-first-title'): 'attendance: terms in enough paragraphs, not what the story is about; netball: too few paragraphs with its terms',
    ('events', 'b457-netball-final-kestrels-first-title'): "missed 2024 year 'a miserable 2024 season'",
    ('scare', 'b457-planning-appeal-sumner-apartments'): "'high density residential' listed as speech",
    ('events', 'b457-podcast-debate-neutral-ireland-ukraine'): "missed 1978 year 'where Irish troops have been deployed since 1978'",
    ('scare', 'b457-podcast-debate-neutral-ireland-ukraine'): "'triple lock' listed as speech",
    ('topics', 'b457-rice-prices-monsoon-export-jitters'): 'weather: terms in enough paragraphs, not what the story is about',
    ('scare', 'b457-rice-prices-monsoon-export-jitters'): "'below normal' listed as speech",
    ('topics', 'b457-satellite-launch-tawhiri-1-mahia'): 'weather_forecasting: terms in enough paragraphs, not what the story is about',
}

BATCH_458_SEALED = {
    ('events', 'b458-ambulance-handover-gloucester-delays'): 'missed 2026-01-01 day "nine hours in an ambulance on New Year\'s Day"; missed 2026-02 month \'for the first time in February\'',
    ('scare', 'b458-ambulance-handover-gloucester-delays'): "'Home First' listed as speech",
    ('scare', 'b458-crypto-fraud-baobab-coin-bail'): "'team leader' listed as speech",
    ('scare', 'b458-housing-plan-halifax-rail-lands'): "'gentle density' listed as speech",
    ('events', 'b458-olive-oil-prices-spain-rebound'): "missed 2025-01 month 'a peak of $13.20 in January 2025'",
    ('scare', 'b458-olive-oil-prices-spain-rebound'): "'liquid gold' listed as speech",
    ('events', 'b458-opinion-guarantee-promise'): "missed 1994 year 'Budapest Memorandum of 1994'",
    ('scare', 'b458-opinion-guarantee-promise'): "'backstop' listed as speech",
    ('topics', 'b458-sentencing-hearing-hamilton-crash'): 'rugby: terms in enough paragraphs, not what the story is about',
    ('events', 'b458-sentencing-hearing-hamilton-crash'): "missed 2026-02 month 'pleaded guilty in February'",
    ('scare', 'b458-sentencing-hearing-hamilton-crash'): "'the Beast' listed as speech",
    ('events', 'b458-wire-istanbul-talks'): "missed 2026-05-16 day 'to be carried out on Saturday'",
}

# Blind analysis batches 459-462 (stop 71's second wave; first runs on e61abe5c: 0.933, 0.957, 0.964, 0.889, one wrong
# where null in 460 ('was told each time by a shift supervisor to "crack on"', given to the one told; mended); 0.933,
# 0.965, 0.964, 0.913 on the stop's final rules). What the code still misses:
BATCH_459_SEALED = {
    ('events', 'b459-coroner-findings-tongariro-tramper'): "missed 2024-07-15 day 'shortly after first light on 15 July'",
    ('scare', 'b459-coroner-findings-tongariro-tramper'): "'AlpineCheck' listed as speech",
    ('topics', 'b459-film-review-baarish-ka-hisaab'): 'banking: terms in enough paragraphs, not what the story is about',
    ('topics', 'b459-gp-appointments-connacht-survey'): 'gp_workforce: too few paragraphs with its terms',
    ('events', 'b459-metro-fares-gautrain-increase'): "missed 2026-06-01 day 'announced on Monday'",
    ('scare', 'b459-metro-fares-gautrain-increase'): "'Commuter Saver' listed as speech",
    ('topics', 'b459-phone-scam-tauranga-safe-account'): 'banking: terms in enough paragraphs, not what the story is about',
    ('events', 'b459-phone-scam-tauranga-safe-account'): "missed 2026-06-03 day 'on 27 May and 3 June'",
    ('events', 'b459-rugby-league-stingrays-comeback'): "missed 2026-05-09 day 'host the Rams again on Saturday'",
}

BATCH_460_SEALED = {
    ('events', 'b460-cricket-test-bridgetown'): "missed 2010 year 'in the Caribbean since 2010'",
    ('events', 'b460-dental-care-rajasthan-vacancies'): "missed 2023 year 'on contract since 2023'",
    ('events', 'b460-employment-tribunal-faulty-brakes'): "missed 2024-10 month 'dismissed in October 2024'",
    ('topics', 'b460-ev-chargers-denver-curbside'): 'housing: terms in enough paragraphs, not what the story is about',
    ('events', 'b460-jazz-festival-clonakilty'): "missed 2026-05-02 day 'at the front door on Saturday'",
    ('topics', 'b460-live-london-guarantees-summit'): 'australian_defence: terms in enough paragraphs, not what the story is about',
    ('topics', 'b460-profile-halyna-ostapchuk'): 'legal_profession: terms in enough paragraphs, not what the story is about; security_guarantees: too few paragraphs with its terms',
}

BATCH_461_SEALED = {
    ('topics', 'b461-custody-hearing-perth-relocation'): 'child_abduction: too few paragraphs with its terms',
    ('events', 'b461-drone-rules-faa-beyond-sight'): "missed 2024 year 'ordered the agency to act in a 2024 law'",
    ('events', 'b461-parking-fees-dunedin-council'): "missed 2019 year 'the first increase since 2019'",
}

BATCH_462_SEALED = {
    ('events', 'b462-airport-strike-dublin-baggage-handlers'): "missed 2026-05-21 day 'Further stoppages are planned for 14 May and 21 May'; missed 2022 year 'had not had a pay increase since 2022'",
    ('topics', 'b462-call-in-show-irish-troops-ukraine'): 'irish_neutrality: too few paragraphs with its terms',
    ('events', 'b462-dance-review-tidewater-lowlands'): 'missed 2026-05-07 day "In a talk before Thursday\'s premiere"; missed 2026-06 month \'which tours to Leeds, Salford and Glasgow in June\'',
    ('events', 'b462-hospice-funding-kawartha-beds'): "missed 2025 year 'announced in the 2025 budget'",
    ('speakers', 'b462-salmon-prices-record-high'): "'extremely challenging' given to te-tai, not te-tai-ocean-farms",
    ('topics', 'b462-wire-geneva-round-ends'): 'security_guarantees: too few paragraphs with its terms',
}

# Blind analysis batches 463-466 (stop 71's third wave, for measurement; first runs on fd966a53: 0.923, 0.969, 0.955,
# 0.950, one wrong where null in 463 ('said IT staff had warned managers about unpatched servers "for at least two
# years."', given to 'IT staff' made a body; mended); 0.938, 0.969, 0.955, 0.957 on the stop's final rules). What the
# code still misses:
BATCH_463_SEALED = {
    ('scare', 'b463-book-launch-district-six'): "'whites only' listed as speech",
    ('topics', 'b463-feature-shadow-fleet-deal'): 'sanctions: too few paragraphs with its terms',
    ('speakers', 'b463-feature-shadow-fleet-deal'): "'led the world' given to commonwealth-and-development-office, not foreign-commonwealth-and-development-office; 'continue to work with allies to choke of' given to commonwealth-and-development-office, not foreign-commonwealth-and-development-office",
    ('topics', 'b463-ferry-delays-rosslare'): 'weather: terms in enough paragraphs, not what the story is about',
    ('scare', 'b463-hospital-parking-hebbal'): "'unofficial fees' listed as speech",
    ('events', 'b463-inquest-verdict-a470-cyclist'): "missed 2019 year 'four serious collisions at the junction since 2019'",
    ('scare', 'b463-live-ottawa-guarantees'): "'reassurance force' listed as speech; 'coalition of the willing' listed as speech",
    ('topics', 'b463-ransomware-port-halvern'): 'policing: terms in enough paragraphs, not what the story is about',
    ('topics', 'b463-school-zones-calgary-30'): 'policing: terms in enough paragraphs, not what the story is about',
    ('scare', 'b463-talkback-whose-war'): "'Whose War Is It Anyway?' listed as speech",
    ('scare', 'b463-wool-prices-napier-sale'): "'pound for a pound' listed as speech",
}

BATCH_464_SEALED = {
    ('events', 'b464-gp-fees-regional-victoria'): "missed 2026-03 month 'to $49.60 in March this year'",
    ('events', 'b464-playground-works-island-bay'): "missed 2025-12 month 'was due to be completed in December'",
    ('topics', 'b464-theatre-opening-royal-albion'): 'fishing: terms in enough paragraphs, not what the story is about; heritage_restoration: too few paragraphs with its terms',
    ('scare', 'b464-theatre-opening-royal-albion'): "'The Herring Girls' listed as speech",
    ('scare', 'b464-tram-works-harcourt-street'): "'Open as usual' listed as speech",
}

BATCH_465_SEALED = {
    ('events', 'b465-barley-exports-prairie-record'): "missed 2020 year 'In 2020, Beijing imposed duties'",
    ('events', 'b465-cancer-waits-scotland-record'): "missed 2012 year 'has not been met across Scotland since 2012'",
    ('topics', 'b465-data-centre-meath-refusal'): 'planning: too few paragraphs with its terms',
    ('events', 'b465-data-centre-meath-refusal'): "missed 2028 year 'until 2028'",
    ('topics', 'b465-film-festival-malabar-opening'): 'fishing: terms in enough paragraphs, not what the story is about',
    ('topics', 'b465-phone-in-limerick-neutrality'): 'neutrality: too few paragraphs with its terms',
    ('events', 'b465-phone-in-limerick-neutrality'): "missed 2026-03 month 'for the Sunday Chronicle in March'",
    ('scare', 'b465-profile-larysa-bondar'): "'Article 5-like' listed as speech; 'reassurance force' listed as speech",
    ('topics', 'b465-rail-fares-keystone-hike'): 'ridership: terms in enough paragraphs, not what the story is about',
    ('events', 'b465-rates-rise-ocr-hike'): "missed 2026-08 month 'rolls over in August'",
    ('events', 'b465-rowing-final-wendouree'): 'missed 2026-09 month \'World Championships in September\'; missed 2019 year "had not won the women\'s title since 2019"',
}

BATCH_466_SEALED = {
    ('events', 'b466-beef-prices-factory-quotes'): "missed 2026-02 month 'a peak of €7.40 at the end of February'",
    ('scare', 'b466-beef-prices-factory-quotes'): "'Friday surprises' listed as speech",
    ('events', 'b466-bus-strike-manchester'): "missed 2026-06-02 day 'and 2 June unless an agreement is reached'",
    ('events', 'b466-chip-plant-ohio-delay'): "missed 2029 year 'in central Ohio until 2029'; missed 2026 year 'originally promised to begin production in 2026'",
    ('speakers', 'b466-jazz-awards-joburg'): "'the reason half of us picked up an instr' given to sipho-ntuli, not thandeka-mokoena",
    ('events', 'b466-library-funding-halifax-hours'): "missed 2026-05-13 day 'more than 6,000 signatures by Wednesday night'",
    ('scare', 'b466-library-funding-halifax-hours'): "'the Sunday shutdown' listed as speech",
    ('events', 'b466-magistrates-sentence-footy-treasurer'): "missed 2024-08 month 'between March 2021 and August 2024'",
    ('events', 'b466-netball-final-kestrels'): "missed 2019 year 'first ANZ Premiership title since 2019'",
    ('events', 'b466-podcast-panel-sanctions-debate'): "missed 2014 year 'piled on Russia since 2014'",
    ('topics', 'b466-vaccine-clinic-pune-hpv'): 'cancer_screening: terms in enough paragraphs, not what the story is about',
}

# Blind analysis batches 467–470 (stop 72's wave, sealed; first runs on cb37400e, stop 71's main: 0.992, 0.851, 0.944,
# 0.909). What still differs after the stop's rules:
BATCH_467_SEALED = {
    ('topics', 'b467-analysis-ukraine-guarantees'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('scare', 'b467-analysis-ukraine-guarantees'): "'reassurance force' listed as speech; 'backstop' listed as speech",
    ('topics', 'b467-bail-hearing-melbourne-adviser'): 'retirement_savings: terms in enough paragraphs, not what the story is about; fraud: too few paragraphs with its terms',
    ('topics', 'b467-bus-fares-nelson-mandela-bay'): 'municipal_politics: terms in enough paragraphs, not what the story is about',
    ('topics', 'b467-copper-prices-record'): 'labour_dispute: terms in enough paragraphs, not what the story is about',
    ('topics', 'b467-cycling-classic-brennan'): 'irish_sport: terms in enough paragraphs, not what the story is about',
    ('events', 'b467-cycling-classic-brennan'): "missed 1992 year 'the first Irish rider to finish on the podium of the race since 1992'",
    ('topics', 'b467-ferry-strike-waiheke'): 'commuting: terms in enough paragraphs, not what the story is about',
    ('scare', 'b467-ferry-strike-waiheke'): "'lifeline' listed as speech",
    ('topics', 'b467-hospital-merger-dayton'): 'healthcare_prices: terms in enough paragraphs, not what the story is about',
    ('scare', 'b467-smart-glasses-bengaluru'): "'Drishti One' listed as speech",
}

BATCH_468_SEALED = {
    ('topics', 'b468-cyber-attack-belden-county'): 'emergency_services: terms in enough paragraphs, not what the story is about',
    ('topics', 'b468-feature-promise-on-paper'): 'military_training: terms in enough paragraphs, not what the story is about',
    ('topics', 'b468-live-eu-sanctions-package'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b468-live-eu-sanctions-package'): "'Every time Europe hesitates, Moscow hear' given to morning-ireland, not iryna-savchuk",
    ('speakers', 'b468-sugar-exports-quota'): "'on a pro-rata basis' given to ministry-of-consumer-affairs-food-and-public-distribution, not directorate-of-sugar-and-vegetable-oils",
    ('events', 'b468-tv-debate-canadian-troops'): "missed 2014 year 'since 2014'",
}

BATCH_469_SEALED = {
    ('events', 'b469-chip-shortage-ridgeway-idles-plant'): "missed 2021 year 'The industry promised after 2021'",
    ('scare', 'b469-chip-shortage-ridgeway-idles-plant'): "'just-in-time' listed as speech",
    ('speakers', 'b469-dementia-care-ennis-willow-wing'): "'left for long periods without meaningful' given to health-information-and-quality-authority, not hiqa; 'not adequate to meet the assessed needs ' given to health-information-and-quality-authority, not hiqa",
    ('events', 'b469-dementia-care-ennis-willow-wing'): "missed 2026-03-03 day 'unannounced inspection of Ardán House on March 3'",
    ('topics', 'b469-flood-defences-westport-stopbank'): 'local_rates: terms in enough paragraphs, not what the story is about',
    ('topics', 'b469-live-london-guarantees-summit'): 'peace_talks: terms in enough paragraphs, not what the story is about',
    ('events', 'b469-live-london-guarantees-summit'): "missed 2027 year 'until at least the end of 2027'",
    ('events', 'b469-poetry-festival-shillong-pine-hills'): "missed 2026-11-12 day 'will be held from November 12 to 14'",
    ('events', 'b469-rail-upgrade-transpennine-closure'): "missed 2026-05-04 day 'Work at Ravensthorpe was due to finish at 5am on Monday'",
    ('events', 'b469-rugby-sevens-blitzboks-singapore'): "missed 2018 year 'a first overall title since 2018'",
    ('topics', 'b469-tribunal-appeal-head-chef-whistleblower'): 'food_safety: terms in enough paragraphs, not what the story is about; hospitality_business: terms in enough paragraphs, not what the story is about',
    ('events', 'b469-tribunal-appeal-head-chef-whistleblower'): "missed 2026-04-30 day 'on Thursday Judge Peter Landry dismissed the appeal in full'",
    ('topics', 'b469-wire-geneva-talks-adjourn'): 'security_guarantees: too few paragraphs with its terms',
}

BATCH_470_SEALED = {
    ('scare', 'b470-explainer-security-guarantees'): "'security guarantees' listed as speech",
    ('topics', 'b470-live-shadow-fleet-sanctions'): 'oil_markets: terms in enough paragraphs, not what the story is about',
    ('scare', 'b470-live-shadow-fleet-sanctions'): "'shadow fleet' listed as speech",
    ('scare', 'b470-phone-in-irish-troops-ukraine'): "'triple lock' listed as speech",
    ('topics', 'b470-robot-taxis-austin-probe'): 'cycling_safety: terms in enough paragraphs, not what the story is about',
    ('speakers', 'b470-robot-taxis-austin-probe'): "'Safety is the foundation of everything w' given to lumen, not lumen-mobility",
    ('events', 'b470-robot-taxis-austin-probe'): "missed 2017 year 'under a 2017 state law'",
    ('events', 'b470-squash-open-manchester'): "missed 2026-05-18 day 'in the world rankings published on Monday'",
    ('topics', 'b470-vaccine-rollout-hpv-maharashtra'): 'education: terms in enough paragraphs, not what the story is about',
}

# Blind analysis batches 471–474 (stop 72's second wave, sealed, written after its first merge; first runs on a37f36a2:
# 0.962, 0.901, 0.948, 0.893). What still differs after the stop's rules:
BATCH_471_SEALED = {
    ('topics', 'b471-dairy-exports-april-record'): 'china_trade: terms in enough paragraphs, not what the story is about',
    ('events', 'b471-dairy-exports-april-record'): "missed 2026-04 month 'Dairy exports hit a record $2.4 billion in April'",
    ('scare', 'b471-live-paris-summit-shadow-fleet'): "'shadow fleet' listed as speech",
    ('scare', 'b471-measles-outbreak-malappuram'): "'Mission Indradhanush' listed as speech",
    ('scare', 'b471-parking-permits-bristol-emissions'): "'called in' listed as speech",
    ('scare', 'b471-satellite-broadband-nunavut'): "'basic service' listed as speech",
    ('scare', 'b471-sentencing-hearing-water-tender-fraud'): "'Operation Clean Tap' listed as speech",
    ('scare', 'b471-tv-interview-frozen-assets'): "'The Ledger' listed as speech",
}

BATCH_472_SEALED = {
    ('scare', 'b472-analysis-what-a-guarantee-means'): "'security guarantees' listed as speech; 'steel porcupine' listed as speech",
    ('topics', 'b472-gp-shortage-moree'): 'rural_health: too few paragraphs with its terms',
    ('scare', 'b472-gp-shortage-moree'): "'GP deserts' listed as speech",
    ('topics', 'b472-metro-strike-philadelphia'): 'commuter_disruption: too few paragraphs with its terms',
    ('events', 'b472-metro-strike-philadelphia'): 'missed 2016 year "the first strike on the city\'s rail system since 2016"',
    ('topics', 'b472-podcast-interview-former-diplomat'): 'canadian_defence: terms in enough paragraphs, not what the story is about',
    ('topics', 'b472-ransomware-mangawhero-council'): 'local_government: terms in enough paragraphs, not what the story is about; privacy: too few paragraphs with its terms',
    ('topics', 'b472-theatre-review-salt-road'): 'forced_removals: too few paragraphs with its terms',
    ('topics', 'b472-wheat-prices-prairie-seeding'): 'farm_income: too few paragraphs with its terms',
    ('events', 'b472-wheat-prices-prairie-seeding'): "missed 2026-03 month 'In its March seeding intentions report'",
}

BATCH_473_SEALED = {
    ('topics', 'b473-ai-chatbot-elmford'): 'municipal_permits: terms in enough paragraphs, not what the story is about',
    ('scare', 'b473-ai-chatbot-elmford'): "'Ask Elmford' listed as speech",
    ('topics', 'b473-bus-lanes-galway'): 'local_business: terms in enough paragraphs, not what the story is about',
    ('topics', 'b473-employment-tribunal-brewery'): 'craft_beer_industry: terms in enough paragraphs, not what the story is about',
    ('events', 'b473-live-paris-guarantees'): "missed 2026-06-04 day 'a meeting of defence ministers in Brussels on 4 June'",
    ('topics', 'b473-rowing-regatta-roodeplaat'): 'weather: terms in enough paragraphs, not what the story is about',
}

BATCH_474_SEALED = {
    ('scare', 'b474-flood-barriers-westport'): "'wrong side of the wall' listed as speech",
    ('speakers', 'b474-fraud-appeal-chit-fund'): "'continue efforts to trace the remaining ' given to economic-offences-wing, not pune-polices-economic-offences-wing",
    ('scare', 'b474-fraud-appeal-chit-fund'): "'Gold Plus Monthly' listed as speech",
    ('events', 'b474-nurse-pay-manitoba'): 'missed 1991 year "the first strike vote among the province\'s nurses since 1991"',
    ('events', 'b474-olive-oil-prices-growers'): "missed 2024-01 month 'a peak of almost €9 in January 2024'",
    ('scare', 'b474-olive-oil-prices-growers'): "'Australian style' listed as speech",
}

# Blind analysis batches 475–478 (stop 72's third wave, sealed, for measurement; first runs on 2c2225eb, the stop's
# final rules but two: 0.948, 0.958, 0.943, 0.976). What still differs:
BATCH_475_SEALED = {
    ('topics', 'b475-cricket-final-vidarbha-title'): 'womens_sport: terms in enough paragraphs, not what the story is about',
    ('scare', 'b475-feature-odesa-guarantees'): "'backstop' listed as speech",
    ('events', 'b475-ferry-cancellations-aran-islands'): "missed 2026-05-10 day 'has cancelled all scheduled sailings since Sunday'; missed 2026-05-13 day 'My mother had a consultant appointment on Wednesday'",
    ('topics', 'b475-podcast-interview-sanctions-economist'): 'oil_revenue: terms in enough paragraphs, not what the story is about',
    ('events', 'b475-podcast-interview-sanctions-economist'): "missed 2026-01 month 'had widened sharply since January'",
    ('topics', 'b475-rates-rise-sarb-repo-hike'): 'fuel_price: terms in enough paragraphs, not what the story is about; inflation: terms in enough paragraphs, not what the story is about',
    ('events', 'b475-rates-rise-sarb-repo-hike'): "missed 2023-05 month 'its first increase since May 2023'",
    ('topics', 'b475-wool-exports-china-slump'): 'china_trade: terms in enough paragraphs, not what the story is about',
}

BATCH_476_SEALED = {
    ('scare', 'b476-ai-tutors-ontario-pilot'): "'Tutorly' listed as speech",
    ('topics', 'b476-dementia-care-mayo-day-centre'): 'family_carers: too few paragraphs with its terms',
    ('scare', 'b476-film-review-the-salt-road'): "'Some roads only go one way' listed as speech",
    ('topics', 'b476-library-funding-dunedin-cuts'): 'council_budget: too few paragraphs with its terms',
    ('speakers', 'b476-tram-strike-manchester-drivers'): "'significant disruption' given to greater-manchester, not transport-for-greater-manchester",
}

BATCH_477_SEALED = {
    ('topics', 'b477-copper-prices-mcx-record'): 'currency: terms in enough paragraphs, not what the story is about',
    ('events', 'b477-opinion-guarantee-cannot-cash'): "missed 1994 year 'the 1994 document in which Ukraine gave up'",
    ('events', 'b477-pothole-repairs-palmerston-north'): "missed 2027 year 'money set aside for resurfacing in 2027'",
    ('topics', 'b477-rowing-final-harlan-state'): 'college_sports: too few paragraphs with its terms',
    ('events', 'b477-rowing-final-harlan-state'): "missed 1998 year 'first national title since 1998'",
    ('events', 'b477-satellite-launch-kotare-1'): "missed 2026-04-21 day 'at 11.42pm on Tuesday'",
    ('scare', 'b477-satellite-launch-kotare-1'): "'the shoebox' listed as speech",
}

BATCH_478_SEALED = {
    ('topics', 'b478-book-festival-loch-fyne'): 'fishing_industry: terms in enough paragraphs, not what the story is about',
    ('events', 'b478-call-in-show-irish-troops-ukraine'): 'missed 1958 year "We\'ve been doing this since 1958"',
    ('events', 'b478-coffee-prices-roasters-brace'): "missed 2025-11-01 day 'another increase will take effect on Nov. 1'",
    ('events', 'b478-explainer-ukraine-security-guarantees'): "missed 1994 year 'Budapest Memorandum of 1994'",
    ('speakers', 'b478-flood-defences-westport-stopbanks'): "'We've been at the table from the start' given to ngati-waewae, not hemi-pokai",
    ('topics', 'b478-fraud-sentencing-water-tender'): 'water_services: terms in enough paragraphs, not what the story is about',
    ('topics', 'b478-robotaxis-halcyon-sacramento'): 'emergency_services: terms in enough paragraphs, not what the story is about; robotaxis: too few paragraphs with its terms',
    ('speakers', 'b478-robotaxis-halcyon-sacramento'): "'better recognize and yield to emergency ' given to halcyon, not halcyon-mobility",
}


FIRST_RUN_MISSES = {**BATCH_14_FIRST_RUN, **BATCH_15_FIRST_RUN, **BATCH_16_FIRST_RUN, **BATCH_17_FIRST_RUN, **BATCH_18_FIRST_RUN,
                    **BATCH_19_FIRST_RUN, **BATCH_20_FIRST_RUN, **BATCH_21_FIRST_RUN, **BATCH_22_FIRST_RUN, **BATCH_23_FIRST_RUN,
                    **BATCH_24_FIRST_RUN, **BATCH_25_FIRST_RUN, **BATCH_26_FIRST_RUN, **BATCH_27_FIRST_RUN, **BATCH_28_FIRST_RUN, **BATCH_29_FIRST_RUN,
                    **BATCH_30_FIRST_RUN, **BATCH_31_FIRST_RUN, **BATCH_32_FIRST_RUN, **BATCH_33_FIRST_RUN, **BATCH_34_FIRST_RUN, **BATCH_35_FIRST_RUN,
                    **BATCH_36_FIRST_RUN, **BATCH_37_FIRST_RUN, **BATCH_38_FIRST_RUN, **BATCH_39_FIRST_RUN, **BATCH_40_FIRST_RUN, **BATCH_41_FIRST_RUN, **BATCH_42_FIRST_RUN, **BATCH_43_FIRST_RUN, **BATCH_44_FIRST_RUN, **BATCH_45_FIRST_RUN, **BATCH_46_FIRST_RUN, **BATCH_47_FIRST_RUN,
                    **BATCH_48_FIRST_RUN, **BATCH_49_FIRST_RUN, **BATCH_50_FIRST_RUN, **BATCH_51_FIRST_RUN, **BATCH_52_FIRST_RUN, **BATCH_53_FIRST_RUN, **BATCH_54_FIRST_RUN, **BATCH_55_FIRST_RUN, **BATCH_56_SEALED, **BATCH_57_FIRST_RUN, **BATCH_58_SEALED, **BATCH_59_FIRST_RUN, **BATCH_60_SEALED, **BATCH_61_FIRST_RUN, **BATCH_62_SEALED, **BATCH_63_FIRST_RUN, **BATCH_64_SEALED, **BATCH_65_FIRST_RUN, **BATCH_66_SEALED, **BATCH_67_FIRST_RUN, **BATCH_68_SEALED, **BATCH_69_FIRST_RUN, **BATCH_70_SEALED, **BATCH_71_FIRST_RUN, **BATCH_72_SEALED, **BATCH_73_FIRST_RUN, **BATCH_74_SEALED, **BATCH_75_FIRST_RUN, **BATCH_76_SEALED, **BATCH_77_FIRST_RUN, **BATCH_78_SEALED, **BATCH_79_FIRST_RUN, **BATCH_80_SEALED, **BATCH_81_FIRST_RUN, **BATCH_82_SEALED, **BATCH_83_FIRST_RUN, **BATCH_84_SEALED, **BATCH_85_FIRST_RUN, **BATCH_86_FIRST_RUN, **BATCH_87_SEALED, **BATCH_88_FIRST_RUN, **BATCH_89_FIRST_RUN, **BATCH_90_FIRST_RUN, **BATCH_91_FIRST_RUN, **BATCH_92_FIRST_RUN, **BATCH_93_FIRST_RUN, **BATCH_94_FIRST_RUN, **BATCH_95_FIRST_RUN, **BATCH_96_FIRST_RUN, **BATCH_97_FIRST_RUN, **BATCH_98_FIRST_RUN, **BATCH_99_FIRST_RUN, **BATCH_100_FIRST_RUN, **BATCH_101_FIRST_RUN, **BATCH_102_FIRST_RUN, **BATCH_103_FIRST_RUN, **BATCH_104_FIRST_RUN, **BATCH_105_FIRST_RUN, **BATCH_106_FIRST_RUN, **BATCH_107_FIRST_RUN, **BATCH_108_FIRST_RUN, **BATCH_109_FIRST_RUN, **BATCH_110_FIRST_RUN, **BATCH_111_FIRST_RUN, **BATCH_112_FIRST_RUN, **BATCH_113_FIRST_RUN, **BATCH_114_FIRST_RUN, **BATCH_115_FIRST_RUN, **BATCH_116_FIRST_RUN, **BATCH_117_FIRST_RUN, **BATCH_118_FIRST_RUN, **BATCH_119_FIRST_RUN, **BATCH_120_FIRST_RUN, **BATCH_121_FIRST_RUN, **BATCH_122_FIRST_RUN, **BATCH_123_FIRST_RUN, **BATCH_124_SEALED, **BATCH_125_SEALED, **BATCH_126_SEALED, **BATCH_127_SEALED, **BATCH_128_FIRST_RUN, **BATCH_129_FIRST_RUN, **BATCH_130_FIRST_RUN, **BATCH_131_FIRST_RUN, **BATCH_132_FIRST_RUN, **BATCH_133_FIRST_RUN, **BATCH_134_FIRST_RUN, **BATCH_135_FIRST_RUN, **BATCH_136_SEALED, **BATCH_137_SEALED, **BATCH_138_SEALED, **BATCH_139_SEALED, **BATCH_140_SEALED, **BATCH_141_SEALED, **BATCH_142_SEALED, **BATCH_143_SEALED, **BATCH_144_FIRST_RUN, **BATCH_145_FIRST_RUN, **BATCH_146_FIRST_RUN, **BATCH_147_FIRST_RUN, **BATCH_148_FIRST_RUN, **BATCH_149_FIRST_RUN, **BATCH_150_FIRST_RUN, **BATCH_151_FIRST_RUN, **BATCH_152_SEALED, **BATCH_153_SEALED, **BATCH_154_SEALED, **BATCH_155_SEALED, **BATCH_156_SEALED, **BATCH_157_SEALED, **BATCH_158_SEALED, **BATCH_159_SEALED, **BATCH_160_SEALED, **BATCH_161_SEALED, **BATCH_162_SEALED, **BATCH_163_SEALED, **BATCH_164_FIRST_RUN, **BATCH_165_FIRST_RUN, **BATCH_166_FIRST_RUN, **BATCH_167_FIRST_RUN, **BATCH_168_SEALED, **BATCH_169_SEALED, **BATCH_170_SEALED, **BATCH_171_SEALED, **BATCH_172_FIRST_RUN, **BATCH_173_FIRST_RUN, **BATCH_174_FIRST_RUN, **BATCH_175_FIRST_RUN, **BATCH_176_SEALED, **BATCH_177_SEALED, **BATCH_178_SEALED, **BATCH_179_SEALED, **BATCH_180_SEALED, **BATCH_181_SEALED, **BATCH_182_SEALED, **BATCH_183_SEALED, **BATCH_184_FIRST_RUN, **BATCH_185_FIRST_RUN, **BATCH_186_FIRST_RUN, **BATCH_187_FIRST_RUN, **BATCH_188_SEALED, **BATCH_189_SEALED, **BATCH_190_SEALED, **BATCH_191_SEALED, **BATCH_192_SEALED, **BATCH_193_SEALED, **BATCH_194_SEALED, **BATCH_195_SEALED, **BATCH_196_SEALED, **BATCH_197_SEALED, **BATCH_198_SEALED, **BATCH_199_SEALED, **BATCH_200_SEALED, **BATCH_201_SEALED, **BATCH_202_SEALED, **BATCH_203_SEALED, **BATCH_204_SEALED, **BATCH_205_SEALED, **BATCH_206_SEALED, **BATCH_207_SEALED, **BATCH_208_SEALED, **BATCH_209_SEALED, **BATCH_210_SEALED, **BATCH_211_SEALED, **BATCH_212_SEALED, **BATCH_213_SEALED, **BATCH_214_SEALED, **BATCH_215_SEALED, **BATCH_216_SEALED, **BATCH_217_SEALED, **BATCH_218_SEALED, **BATCH_219_SEALED, **BATCH_220_SEALED, **BATCH_221_SEALED, **BATCH_222_SEALED, **BATCH_223_SEALED, **BATCH_224_SEALED, **BATCH_225_SEALED, **BATCH_226_SEALED, **BATCH_227_SEALED, **BATCH_228_SEALED, **BATCH_229_SEALED, **BATCH_230_SEALED, **BATCH_231_SEALED, **BATCH_232_SEALED, **BATCH_233_SEALED, **BATCH_234_SEALED, **BATCH_235_SEALED, **BATCH_236_SEALED, **BATCH_237_SEALED, **BATCH_238_SEALED, **BATCH_239_SEALED, **BATCH_240_SEALED, **BATCH_241_SEALED, **BATCH_242_SEALED, **BATCH_243_SEALED, **BATCH_244_SEALED, **BATCH_245_SEALED, **BATCH_246_SEALED, **BATCH_247_SEALED, **BATCH_248_SEALED, **BATCH_249_SEALED, **BATCH_250_SEALED, **BATCH_251_SEALED, **BATCH_252_SEALED, **BATCH_253_SEALED, **BATCH_254_SEALED, **BATCH_255_SEALED, **BATCH_256_SEALED, **BATCH_257_SEALED, **BATCH_258_SEALED, **BATCH_259_SEALED, **BATCH_260_SEALED, **BATCH_261_SEALED, **BATCH_262_SEALED, **BATCH_263_SEALED, **BATCH_264_SEALED, **BATCH_265_SEALED, **BATCH_266_SEALED, **BATCH_267_SEALED, **BATCH_268_SEALED, **BATCH_269_SEALED, **BATCH_270_SEALED, **BATCH_271_SEALED, **BATCH_272_SEALED, **BATCH_273_SEALED, **BATCH_274_SEALED, **BATCH_275_SEALED, **BATCH_276_SEALED, **BATCH_277_SEALED, **BATCH_278_SEALED, **BATCH_279_SEALED, **BATCH_280_SEALED, **BATCH_281_SEALED, **BATCH_282_SEALED, **BATCH_283_SEALED, **BATCH_284_SEALED, **BATCH_285_SEALED, **BATCH_286_SEALED, **BATCH_287_SEALED, **BATCH_288_SEALED, **BATCH_289_SEALED, **BATCH_290_SEALED, **BATCH_291_SEALED, **BATCH_292_SEALED, **BATCH_293_SEALED, **BATCH_294_SEALED, **BATCH_295_SEALED, **BATCH_296_SEALED, **BATCH_297_SEALED, **BATCH_298_SEALED, **BATCH_299_SEALED, **BATCH_300_SEALED, **BATCH_301_SEALED, **BATCH_302_SEALED, **BATCH_303_SEALED, **BATCH_304_SEALED, **BATCH_305_SEALED, **BATCH_306_SEALED, **BATCH_307_SEALED, **BATCH_308_SEALED, **BATCH_309_SEALED, **BATCH_310_SEALED, **BATCH_311_SEALED, **BATCH_312_SEALED, **BATCH_313_SEALED, **BATCH_314_SEALED, **BATCH_315_SEALED, **BATCH_316_SEALED, **BATCH_317_SEALED, **BATCH_318_SEALED, **BATCH_319_SEALED, **BATCH_320_SEALED, **BATCH_321_SEALED, **BATCH_322_SEALED, **BATCH_323_SEALED, **BATCH_324_SEALED, **BATCH_325_SEALED, **BATCH_326_SEALED, **BATCH_327_SEALED, **BATCH_328_SEALED, **BATCH_329_SEALED, **BATCH_330_SEALED, **BATCH_331_SEALED, **BATCH_332_SEALED, **BATCH_333_SEALED, **BATCH_334_SEALED, **BATCH_335_SEALED, **BATCH_336_SEALED, **BATCH_337_SEALED, **BATCH_338_SEALED, **BATCH_339_SEALED, **BATCH_340_SEALED, **BATCH_341_SEALED, **BATCH_342_SEALED, **BATCH_343_SEALED, **BATCH_344_SEALED, **BATCH_345_SEALED, **BATCH_346_SEALED, **BATCH_347_SEALED, **BATCH_348_SEALED, **BATCH_349_SEALED, **BATCH_350_SEALED, **BATCH_351_SEALED, **BATCH_352_SEALED, **BATCH_353_SEALED, **BATCH_354_SEALED, **BATCH_355_SEALED, **BATCH_356_SEALED, **BATCH_357_SEALED, **BATCH_358_SEALED, **BATCH_359_SEALED, **BATCH_360_SEALED, **BATCH_361_SEALED, **BATCH_362_SEALED, **BATCH_363_SEALED, **BATCH_364_SEALED, **BATCH_365_SEALED, **BATCH_366_SEALED, **BATCH_367_SEALED, **BATCH_368_SEALED, **BATCH_369_SEALED, **BATCH_370_SEALED, **BATCH_371_SEALED, **BATCH_372_SEALED, **BATCH_373_SEALED, **BATCH_374_SEALED, **BATCH_375_SEALED, **BATCH_376_SEALED, **BATCH_377_SEALED, **BATCH_378_SEALED, **BATCH_379_SEALED, **BATCH_380_SEALED, **BATCH_381_SEALED, **BATCH_382_SEALED, **BATCH_383_SEALED, **BATCH_384_SEALED, **BATCH_385_SEALED, **BATCH_386_SEALED, **BATCH_387_SEALED, **BATCH_388_SEALED, **BATCH_389_SEALED, **BATCH_390_SEALED, **BATCH_391_SEALED, **BATCH_392_SEALED, **BATCH_393_SEALED, **BATCH_394_SEALED, **BATCH_395_SEALED, **BATCH_396_SEALED, **BATCH_397_SEALED, **BATCH_398_SEALED, **BATCH_399_SEALED, **BATCH_400_SEALED, **BATCH_401_SEALED, **BATCH_402_SEALED, **BATCH_403_SEALED, **BATCH_404_SEALED, **BATCH_405_SEALED, **BATCH_406_SEALED, **BATCH_407_SEALED, **BATCH_408_SEALED, **BATCH_409_SEALED, **BATCH_410_SEALED, **BATCH_411_SEALED, **BATCH_412_SEALED, **BATCH_413_SEALED, **BATCH_414_SEALED, **BATCH_415_SEALED, **BATCH_416_SEALED, **BATCH_417_SEALED, **BATCH_418_SEALED, **BATCH_419_SEALED, **BATCH_420_SEALED, **BATCH_421_SEALED, **BATCH_422_SEALED, **BATCH_423_SEALED, **BATCH_424_SEALED, **BATCH_425_SEALED, **BATCH_426_SEALED, **BATCH_427_SEALED, **BATCH_428_SEALED, **BATCH_429_SEALED, **BATCH_430_SEALED, **BATCH_431_SEALED, **BATCH_432_SEALED, **BATCH_433_SEALED, **BATCH_434_SEALED, **BATCH_435_SEALED, **BATCH_436_SEALED, **BATCH_437_SEALED, **BATCH_438_SEALED, **BATCH_439_SEALED, **BATCH_440_SEALED, **BATCH_441_SEALED, **BATCH_442_SEALED, **BATCH_443_SEALED, **BATCH_444_SEALED, **BATCH_445_SEALED, **BATCH_446_SEALED, **BATCH_447_SEALED, **BATCH_448_SEALED, **BATCH_449_SEALED, **BATCH_450_SEALED, **BATCH_451_SEALED, **BATCH_452_SEALED, **BATCH_453_SEALED, **BATCH_454_SEALED, **BATCH_455_SEALED, **BATCH_456_SEALED, **BATCH_457_SEALED, **BATCH_458_SEALED, **BATCH_459_SEALED, **BATCH_460_SEALED, **BATCH_461_SEALED, **BATCH_462_SEALED, **BATCH_463_SEALED, **BATCH_464_SEALED, **BATCH_465_SEALED, **BATCH_466_SEALED, **BATCH_467_SEALED, **BATCH_468_SEALED, **BATCH_469_SEALED, **BATCH_470_SEALED, **BATCH_471_SEALED, **BATCH_472_SEALED, **BATCH_473_SEALED, **BATCH_474_SEALED, **BATCH_475_SEALED, **BATCH_476_SEALED, **BATCH_477_SEALED, **BATCH_478_SEALED, **WEAK_TERMS_MISSES, **P10_PROBES, **LABEL_DISAGREEMENTS, **LEADING_TOPIC_LOSSES, **STOP_64_REVIEWED, **HYPHEN_TERM_TOPICS, **STAKE_TOPICS, **TRADE_WORD_WITHDRAWN}


# Each article's analysis, made once for the checks that read it: analysis is a pure function of the article, its
# topics and its people (test_analysing_an_article_twice_gives_the_same_result holds it to that), so a second run would
# only repeat the first.
_ANALYSED: dict = {}


def _analyse(case):
    if case.name not in _ANALYSED:
        _ANALYSED[case.name] = analyse_article(case.article, case.topics, case.people)
    return _ANALYSED[case.name]


# Quoted names that only meaning tells from someone's words: `to station a "reassurance force"` inside the Kremlin's
# sentence reads like `deserves a "dignified peace"` inside Trump's. (A term named by "call" or used as a noun with no
# speaker around it, `has taken to calling "cashgate"`, is told by quotes._term_not_words.)
KNOWN_SCARE_QUOTE_MISSES = {
    ("scare", "security-guarantees"): "'reassurance force', a plan's term inside the Kremlin's sentence, given to the Kremlin",
}

# What each labelled article is checked for, and what a failure of each says.
KINDS = ("speakers", "topics", "events", "scare")

# The quotes each article's analysis gives no speaker though the label has one (tests/fixtures/tools/lost_speakers.py
# writes it). A quote lost that it does not list fails the article's test: a rule that takes a right speaker away,
# where the kinds above see only a wrong one. One that gets its speaker back passes; the tool then shrinks the file.
LOST = json.loads((FIXTURES / "lost_speakers.json").read_text(encoding="utf-8"))


def _failures(case) -> dict:
    """What of the article's labels the analysis misses, by kind (an empty value where it meets them)."""
    result = _analyse(case)
    found = score([case], lambda c: result)
    topics = sorted(result.topics)
    return {
        "speakers": [(q.expected_text, q.expected_speaker, q.speaker) for q in found.wrong_speakers()],
        "topics": [] if topics == sorted(case.expect["topics"]) else [("found", topics, "labelled", sorted(case.expect["topics"]))],
        "events": found.missed_events,
        "scare": found.scare_quotes_listed,
        "lost": sorted({lost_key(q.expected_text) for q in found.lost_speakers()} - set(LOST.get(case.name, ()))),
    }


# One test an article, not one a kind: some 4,900 articles checked four ways were 19,000 test items, whose bookkeeping
# was most of the suite's time. A registered miss (FIRST_RUN_MISSES, KNOWN_SCARE_QUOTE_MISSES) must still happen, as a
# strict xfail did: a miss a rule mends fails the test with "mended: ('kind', 'article')" for
# tests/fixtures/tools/unregister.py to take out of the registry.
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_article_comes_out_as_labelled(case):
    failures = _failures(case)
    registered = {**FIRST_RUN_MISSES, **KNOWN_SCARE_QUOTE_MISSES}
    unexpected = [f"{kind}: {failures[kind]}" for kind in KINDS if failures[kind] and (kind, case.name) not in registered]
    mended = [f"mended: ('{kind}', '{case.name}') — {registered[(kind, case.name)]}" for kind in KINDS
              if not failures[kind] and (kind, case.name) in registered]
    lost = [f"lost (a speaker the label gives, now none): {failures['lost']}"] if failures["lost"] else []
    assert not unexpected and not mended and not lost, f"{case.name}:\n" + "\n".join(unexpected + mended + lost)


@pytest.mark.xfail(("all", "") in FIRST_RUN_MISSES, strict=True,
                   reason=FIRST_RUN_MISSES.get(("all", ""), ""))
def test_most_quotes_get_their_speaker_and_none_is_invented():
    found = score(CASES, _analyse)
    assert found.wrong_where_null() == 0
    assert found.quote_recall() >= 0.95
    assert found.speaker_recall() >= 0.9, [(q.fixture, q.expected_text) for q in found.quotes
                                            if q.expected_speaker and q.speaker != q.expected_speaker]


def test_every_quote_says_why_it_has_its_speaker():
    for case in CASES:
        for quote in _analyse(case).quotes:
            assert quote.how, quote
            if quote.speaker:
                assert quote.speaker_name and quote.speaker_name in quote.how or "→" in quote.how


def test_fixture_speakers_are_written_as_names_not_slugs():
    for case in CASES:
        for item in case.expect.get("quotes") or ():
            name = item.get("speaker")
            assert name is None or (name[0].isupper() and speaker_slug(name) != name), (case.name, name)


def test_a_label_spelling_the_gazetteer_merges_is_that_person():
    # The analysis merges spelling variants into one person, so a label that follows its article's spelling
    # ("Sergey Lavrov", "Volodymyr Zelenskyy") is scored against the gazetteer's person, not a person of its own.
    from analysis_fixtures import default_people

    people = default_people()
    assert speaker_slug("Sergey Lavrov", people) == "sergei-lavrov"
    assert speaker_slug("Volodymyr Zelenskyy", people) == "volodymyr-zelensky"
    assert speaker_slug("Olena Zelenskyy", people) == "olena-zelenskyy"  # another first name: someone else
    assert speaker_slug("Jane Doe", people) == "jane-doe"


def test_a_label_with_a_leading_the_is_the_same_speaker():
    # "The European Commission" (as the article wrote it) and "European Commission" name one speaker, and the analysis
    # keeps "the" in a description it shows as a name ("the foreign ministry in Moscow").
    assert speaker_slug("The European Commission") == speaker_slug("European Commission") == "european-commission"
    assert speaker_slug("the foreign ministry in Moscow") == "foreign-ministry-in-moscow"


def test_analysing_an_article_twice_gives_the_same_result():
    # (What lets _analyse keep one analysis per article: a second, after the others, is equal to the first — on one
    # fixture in twenty, of every batch's kind, which is enough to show state left behind from one article to the next.)
    for case in CASES[::20]:
        assert analyse_article(case.article, case.topics, case.people) == _analyse(case), case.name
