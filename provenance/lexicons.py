"""Word lists the extractor is built from, as named constants.

Everything here comes from general knowledge of how English-language news
attributes speech (wire style guides, the PARC / PolNeAR annotation manuals),
never from a particular article. Keep entries lowercase; the patterns that use
them match case-insensitively where that is safe.
"""

from __future__ import annotations

#: Finite reporting verbs that introduce a claim in any position
#: ("X said Q", "Q, X said", "Q, said X"). Said/says/told are by far the most
#: frequent; the rest are the wire-copy synonyms.
STRONG_REPORTING_VERBS = frozenset(
    """
    said says say tells tell told added adds add noted stated explained explains explain
    insisted insists insist argued argues argue claimed contended contends contend
    asserted asserts assert recalled recalls remarked warn admit acknowledge concede opined opines
    acknowledged acknowledges admitted admits conceded concedes cautioned cautions
    warned warns stressed stresses emphasized emphasised emphasizes emphasises
    reiterated reiterates declared declares announced announces confirmed confirms
    revealed reveals disclosed discloses testified testifies alleged alleges allege
    predicted predicts vowed vows pledged pledges promised promises assured assures
    complained complains conceded observed observes suggested suggests indicated
    indicates underlined underscored underscores retorted quipped joked boasted
    lamented told reported reports estimated estimates projected projects forecast
    forecasts recommended recommends speculated concluded concludes agreed agrees
    denied denies disputed disputes charged charges accused accuses explained
    continued wrote hinted mentioned recounted recounts repeated repeats
    asked asks wondered shouted yelled screamed whispered laughed sighed exclaimed muttered pleaded
    interjected interjects
    """.split()
)

#: Reporting verbs that also have ordinary non-speech uses ("police found a
#: body", "the company announced a plan"). They count only when followed by a
#: clause ("that ...", a finite verb) or a quotation, never by a bare object.
WEAK_REPORTING_VERBS = frozenset(
    """
    wrote writes tweeted posted maintained maintains replied replies responded responds
    texted texts emailed emails e-mailed e-mails messaged messages answered answers
    fears feared fear hopes hoped hope reckons reckoned reckon suspects suspected doubts doubted doubt
    worries worried worry accepted accepts held objected
    countered counters continued put puts claimed heard submitted submits
    found finds show shows showed estimated estimates projected projects
    forecast forecasts predicted predicts recommended recommends concluded concludes
    agreed agrees denied denies disputed disputes charged charges accused accuses
    continued hinted mentioned indicated indicates suggested suggests signaled signalled signals mused
    revealed reveals disclosed discloses announced announces confirmed confirms
    warned warns promised promises pledged pledges vowed vows reported reports
    acknowledged acknowledges admitted admits alleged alleges allege believes believe
    believed thinks think thought expects expect expected understands understand
    reminded reminds remind informed informs notified notifies demanded ruled assessed assesses
    claim claims estimate note notes report predict suggest maintain point points pointed
    counter deny complain recall reveal confirm announce testify observe agree respond dispute
    states radioed radios advised advises
    """.split()
)

#: Cues that may name whom the source addressed before a "that" clause
#: ("warned investors that ...", "reminded jurors that ..."): the object is
#: the audience, not part of the claim.
ADDRESSEE_CUES = frozenset(
    """
    warned warns warn reminded reminds remind assured assures assure promised promises
    informed informs notified notifies advised advises
    warning reminding assuring promising informing notifying advising
    """.split()
)

#: Strong cues that as often take a plain object ("added a third goal",
#: "noted the time"): a claim only when what follows reads as a clause.
OBJECT_TAKING_CUES = frozenset(
    """
    added noted explained stressed emphasized emphasised underlined underscored recalled argued reiterated
    explain explains stress stresses emphasize emphasizes emphasise emphasises underline underlines
    underscore underscores recall recalls reiterate reiterates add adds
    declared declares declare recounted recounts repeated repeats
    conceded concedes
    """.split()
)

#: Nouns ending in "-ly", which is otherwise read as an adverb before a cue
#: ("The family said", not "She firmly said").
LY_NOUNS = frozenset("family ally assembly daily weekly monthly rally supply monopoly tally anomaly reply bully homily".split())
#: What a company or body does besides speaking, in the sentence that reports
#: it: "Acme said its profit fell and *cut* its forecast" ends the claim.
OWN_ACTION_VERBS = frozenset(
    """
    cut raised lowered trimmed slashed lifted hiked boosted reaffirmed reiterated affirmed maintained kept
    narrowed withdrew suspended scrapped named appointed unveiled launched set upgraded downgraded
    """.split()
)
#: Common irregular past-tense verbs: with the auxiliaries of FINITE_VERB_HINTS
#: and "-ed" words, the marks of a clause ("noted the economy grew").
#: Past participles without "-ed" that open a phrase after a noun ("documents
#: seen by X", "a statement given to police") or after a comma (", flanked by").
IRREGULAR_PARTICIPLES = frozenset("seen written shown given made sent brought known drawn taken held driven found".split())

IRREGULAR_PAST = frozenset(
    """
    grew fell rose lost won took made went came saw knew thought found gave became left
    felt brought began kept held wrote stood heard meant met ran paid sold built spent
    drove bought chose broke fought hid led sent shot spoke stole struck swore taught
    threw understood wore cut hit put set shut quit spread told said got did
    laid paid sat lay rode woke bore drew flew forgave froze hung sank sought slept spun swung tore wept withdrew
    beat bit bled clung dealt dug fed fled forbade forgot knelt leapt lent lit overcame overtook oversaw
    rang sang shone shrank slid sped sprang stuck stung strode swept swam undercut underwent upheld withheld wound
    shook
    """.split()
)

#: Past tenses that are never participles: after a noun they can only be
#: its finite verb ("the economy grew 2%", not "the contract signed in May").
SIMPLE_PAST_ONLY = frozenset(
    """
    grew rose fell hid took went came saw knew gave began ran drove broke chose wrote stole threw
    wore spoke forgot flew drew withdrew sank shrank swam sang overtook
    """.split()
)

#: Belief verbs are attributions in the PARC sense but weaker evidence of a
#: claim; they are only accepted with an explicit "that" or a quotation.
BELIEF_VERBS = frozenset(
    """
    believes believe believed thinks think thought expects expect expected understands understand
    fears feared fear hopes hoped hope reckons reckoned reckon suspects suspected doubts doubted doubt
    worries worried worry accepted accepts
    """.split()
)

#: Participial cues hang off a main clause and share its source:
#: "..., adding that ...", "..., noting ...".
PARTICIPIAL_CUES = frozenset(
    """
    adding noting saying explaining telling suggesting indicating describing
    underlining stressing emphasizing emphasising warning arguing insisting
    claiming accusing calling asserting cautioning recalling acknowledging
    admitting conceding predicting pointing writing alleging maintaining contending
    declaring stating concluding finding ruling asking showing observing
    estimating reiterating confirming revealing complaining lamenting boasting
    hinting projecting forecasting testifying recounting
    """.split()
)

#: "called the plan "a disaster"" is an attribution only with a quotation.
QUOTE_ONLY_CUES = frozenset(
    "called calling calls call described describes describing dismissed dismisses branded brands labelled labeled hailed termed".split()
)

#: What a written text says: "“Closed until further notice,” the sign read",
#: "The letter reads: “...”". A cue only when its subject is a document.
DOCUMENT_TEXT_CUES = frozenset("read reads".split())

#: Speech acts that judge someone for something: the claim is whom they judge
#: and for what ("accused the board of negligence", "thanked the council for its
#: “unwavering support”"), with the preposition each takes.
JUDGEMENT_CUES = {
    **dict.fromkeys("accused accuses".split(), ("of",)),
    **dict.fromkeys("congratulated congratulates".split(), ("on", "for")),
    **dict.fromkeys(
        """
        thanked thanks praised praises blamed blames criticized criticised criticizes criticises
        commended commends faulted faults lauded lauds
        """.split(),
        ("for",),
    ),
}

#: "expressed gratitude to X for Y", "expressed hope that Y": the feeling
#: voiced, after which the claim follows.
EXPRESSED_FEELINGS = frozenset(
    "gratitude thanks appreciation hope confidence concern regret doubt doubts optimism".split()
)

#: Cue forms that are more often nouns ("the remarks", "the states", "calls
#: for"): a claim only with an explicit "that" or a quotation.
NOUNLIKE_CUES = frozenset(
    """
    remarks notes note states reports report claims claim charges charge projects forecasts forecast
    estimates estimate calls shows counters promise promises pledge pledges vow vows reply replies
    dispute disputes stress stresses counter recall
    """.split()
)

#: Manner-of-speaking verbs: cues only for a quotation ("“Why now?” she asked").
QUOTE_MANNER_CUES = frozenset(
    "asked asks wondered shouted yelled screamed whispered laughed sighed exclaimed muttered pleaded "
    "repeated repeats".split()
)

#: Verbs that report speech only with "back": "“Q,” she shot back", "he hit back at critics".
BACK_CUES = frozenset("shot fired hit".split())

#: Verbs that report only in the passive with "It" and their source: "It is
#: learnt from sources in the board that ...".
IT_PASSIVE_CUES = frozenset("learnt learned".split())

#: Cues whose claim may be an infinitive: "vowed to rebuild", "promised to resign".
INFINITIVE_CUES = frozenset("vowed vows pledged pledges promised promises threatened threatens agreed agrees".split())

#: The addressee of "told": the audience words that are not capitalized.
AUDIENCE_NOUNS = frozenset(
    """
    reporters journalists analysts investors lawmakers legislators parliament
    senators delegates shareholders supporters students parents residents
    voters viewers listeners readers members staff employees workers
    colleagues officials diplomats attendees participants audience crowd
    board committee court jury panel council hearing conference summit
    newspaper paper broadcaster television radio channel magazine agency media press tv
    newspapers broadcasters outlets networks
    program programme podcast outlet station network website newsletter
    commons house senate assembly congress
    police investigators detectives prosecutors jurors judge magistrate inquiry tribunal
    judges justices bench commission mps councillors councilors donors fans customers clients followers
    rally meeting gathering forum vigil congregation seminar symposium convention
    """.split()
)

#: Words that mark the object of "told X" as a medium, not a person.
MEDIA_WORDS = frozenset(
    "television tv radio newspaper news agency channel magazine broadcaster network website podcast daily "
    "programme program show station paper tabloid outlet newsletter".split()
)

#: "said in a statement", "told X in an interview": the genre of the utterance.
STATEMENT_NOUNS = (
    "statement|joint statement|written statement|interview|telephone interview|phone interview|"
    "radio interview|television interview|tv interview|letter|open letter|note|email|e-mail|"
    "text message|message|post|blog post|tweet|video|video message|speech|address|televised address|"
    "briefing|news briefing|press briefing|news conference|press conference|news release|"
    "press release|report|filing|court filing|memo|memorandum|op-ed|column|editorial|podcast|"
    "broadcast|call|conference call|phone call|hearing|testimony|sermon|remarks|comments|"
    "response|reply|appearance|meeting|event|rally|ceremony|session|visit|debate|"
    "advisory|update|bulletin|notice|announcement|newsletter|presentation|submission"
)

#: Participles that open a sentence with the setting of the attribution, not
#: its content: the question put to the source ("Asked whether ..., she said")
#: or the occasion ("Speaking to reporters, he said"). Such an opening phrase
#: is never part of the claim.
ATTRIBUTION_FRAME_PARTICIPLES = frozenset(
    """
    asked pressed questioned quizzed challenged queried speaking talking responding
    replying answering writing testifying addressing commenting contacted reached approached
    """.split()
)

#: Heads of phrases that after "according to" are not sources.
NON_SOURCE_ACCORDING = frozenset(
    "plan plans schedule script tradition custom expectations expectation design form instructions rules law".split()
)

#: Abbreviations that end in a period without ending a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt sgt cpl pvt adm brig cmdr gov sen rep
    rev fr st jr sr inc corp co ltd bros no nos vs etc approx est dept univ assn
    ave blvd rd mt ft jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues
    wed thu thur thurs fri sat sun op fig vol p pp ed eds al gov’t hon sta sto ste
    supt insp det cdr spc pfc atty sec cllr coun
    """.split()
)

#: Words that end a subject noun phrase scan: clause subordinators and
#: conjunctions after which a new subject starts ("..., but officials said").
CLAUSE_OPENERS = frozenset(
    """
    but and so yet while whereas although though because since after before
    when whenever if unless until as once where however meanwhile still also
    instead moreover nonetheless nevertheless then now later earlier separately afterwards afterward
    subsequently
    """.split()
)

#: Auxiliaries, modals and adverbs that sit between a subject and its cue
#: ("officials have previously said", "he also told").
PRE_CUE_FILLERS = frozenset(
    """
    has have had is was were are be been also previously earlier later once again
    repeatedly publicly privately recently separately further then initially first
    would will could can may might should must did does do reportedly subsequently
    himself herself themselves itself already still now yesterday today only
    simply flatly firmly quickly immediately jointly long here there
    often always never just sometimes frequently routinely usually since
    """.split()
)

#: Finite verb forms that mark the start of a clause (used to tell a reported
#: clause from a bare object: "confirmed the deal" vs "confirmed the deal was off").
FINITE_VERB_HINTS = frozenset(
    """
    is are was were be been being has have had will would could can may might
    should must shall does did do isn't aren't wasn't weren't hasn't haven't
    hadn't won't wouldn't couldn't can't cannot shouldn't mustn't doesn't didn't
    don't remains remained needs needed plans planned wants wanted
    believes thinks knows suspects feels expects
    """.split()
)

PRONOUN_SOURCES = frozenset("he she they it we i you who which".split())
