"""Splitting raw files into articles: headline, dateline, date, body range, debris."""

import random
from types import SimpleNamespace

import pytest

import provenance.extract as extract_module
from provenance.articles import classify_line, parse_date, split_articles
from provenance.extract import extract_document, mask_spans

WEB_PAGE = """\
Storm shuts ferry routes along the northern coast

Passengers wait at the closed terminal in Kelmouth on Tuesday. (AP Photo/Jane Roe)
Short link
Updated 3 March 2021
Follow

Storm shuts ferry routes along the northern coast

  • Three routes cancelled until Thursday
  • Harbour master warns of further closures

KELMOUTH, Northland: Ferry operators cancelled all sailings on Tuesday as gale-force winds hit the coast, the harbour master said.

"We will not put crews at risk for a timetable," the harbour master told reporters.




A trawler shelters in the harbour at Kelmouth. (Northwind Wire)

Forecasters expect the wind to ease by Thursday, a spokeswoman for the weather service said.

Opinion

FACTBOX

Northern ferry network

The network carries about two million passengers a year.

Operators said refunds would be issued automatically.

--------

READ MORE: Winter storms of the past decade

--------

Local businesses said the closures would cost them thousands.


Council approves new cycle lanes after long debate

Updated 2 hours ago
Follow

Council approves new cycle lanes after long debate

BRANVILLE: The city council approved four new cycle lanes on Monday, its transport chair said.

Residents had asked for the lanes for years, according to a petition organiser.
"""


def span_of(text, fragment):
    start = text.index(fragment)
    return start, start + len(fragment)


def test_web_page_with_two_articles():
    first, second = split_articles(WEB_PAGE)
    assert first.headline == "Storm shuts ferry routes along the northern coast"
    assert WEB_PAGE[slice(*first.headline_span)] == first.headline
    assert first.dateline == "KELMOUTH, Northland"
    assert (first.date_text, first.date_iso) == ("3 March 2021", "2021-03-03")
    assert WEB_PAGE[first.start :].startswith("KELMOUTH, Northland: Ferry")
    assert WEB_PAGE[: first.end].endswith("cost them thousands.")

    assert second.headline == "Council approves new cycle lanes after long debate"
    assert second.dateline == "BRANVILLE"
    assert (second.date_text, second.date_iso) == ("2 hours ago", None)
    assert WEB_PAGE[second.start :].startswith("BRANVILLE: The city")
    assert second.end == len(WEB_PAGE.rstrip("\n"))
    assert second.debris == [span_of(WEB_PAGE, "BRANVILLE: ")]


def test_web_page_debris_inside_body():
    first, _ = split_articles(WEB_PAGE)
    debris_texts = [WEB_PAGE[start:end] for start, end in first.debris]
    assert debris_texts == [
        "KELMOUTH, Northland: ",
        "A trawler shelters in the harbour at Kelmouth. (Northwind Wire)",
        "Opinion",
        "FACTBOX",
        "Northern ferry network",
        "The network carries about two million passengers a year.",
        "--------",
        "READ MORE: Winter storms of the past decade",
        "--------",
    ]


def test_bullets_and_captions_before_the_body_are_outside_it():
    first, _ = split_articles(WEB_PAGE)
    for fragment in ("Harbour master warns", "(AP Photo/Jane Roe)", "Short link"):
        assert WEB_PAGE.index(fragment) < first.start


@pytest.mark.parametrize(
    "text,headline,dateline,date_text,date_iso,opening",
    [
        (
            "Miners walk out over pay\n\nLIMA, June 7 (Northwind Wire) - Miners at a copper pit walked out.",
            "Miners walk out over pay", "LIMA", "June 7", None, "LIMA, June 7 (Northwind Wire) - ",
        ),
        (
            "TOLEDO, Ohio (AP) — A school board voted to close two schools.",
            None, "TOLEDO, Ohio", None, None, "TOLEDO, Ohio (AP) — ",
        ),
        (
            "NEW ORLEANS -- The levee held overnight, engineers said.",
            None, "NEW ORLEANS", None, None, "NEW ORLEANS -- ",
        ),
        (
            "Bridge reopens\n\nPORT ELLIS, Sept. 14, 2022 (AFP) - Traffic resumed.",
            "Bridge reopens", "PORT ELLIS", "Sept. 14, 2022", "2022-09-14", "PORT ELLIS, Sept. 14, 2022 (AFP) - ",
        ),
        (
            "RIYADH:\xa0Officials opened a new terminal on Sunday.",
            None, "RIYADH", None, None, "RIYADH:\xa0",
        ),
        (
            "(CNN) — A volcano erupted on Friday, geologists said.",
            None, None, None, None, "(CNN) — ",
        ),
        (
            "Library extends opening hours\n\nThe town library will open on Sundays, the council said.",
            "Library extends opening hours", None, None, None, None,
        ),
    ],
)
def test_single_article_styles(text, headline, dateline, date_text, date_iso, opening):
    """The body starts at the dateline, whose opening is skipped like debris."""
    [article] = split_articles(text)
    assert article.headline == headline
    assert article.dateline == dateline
    assert article.date_text == date_text
    assert article.date_iso == date_iso
    assert article.end == len(text)
    if opening is None:
        assert article.dateline_span is None
        assert article.debris == []
        assert text[: article.start] == "Library extends opening hours\n\n"
    else:
        assert text[slice(*article.dateline_span)] == opening
        assert article.start == article.dateline_span[0]
        assert article.debris == [article.dateline_span]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "just some words",
        "A sentence. Another sentence, she said.\nA third line.",
        "UPDATE: the meeting has moved to Friday.",
        "NOTE - prices are indicative.",
    ],
)
def test_no_structure_is_one_article_over_everything(text):
    articles = split_articles(text)
    assert len(articles) == 1
    assert articles[0].dateline is None
    assert articles[0].debris == []
    assert text[articles[0].start : articles[0].end].strip() == text.strip()


@pytest.mark.parametrize(
    "line,kind",
    [
        ("", "blank"),
        ("Short link", "placeholder"),
        ("Follow", "placeholder"),
        ("Share", "placeholder"),
        ("Advertisement", "placeholder"),
        ("Updated 11 May 2019", "date_stamp"),
        ("Published: 4 min ago", "date_stamp"),
        ("Last updated on June 2, 2023 10:15 GMT", "date_stamp"),
        ("12 minutes ago", "date_stamp"),
        ("Tue 8 Oct 2024 09.00 BST", "date_stamp"),
        ("Rescuers search the rubble in the old town. (AFP)", "caption"),
        ("A man waves a flag in the square. (AP Photo/John Doe, File)", "caption"),
        ("Crowds gather outside the court. Photograph: Jane Doe/Getty Images", "caption"),
        ("FILE PHOTO: A tanker at anchor off the coast. NORTHWIND/Jane Doe/File Photo", "caption"),
        ("Image source, Getty Images", "caption"),
        ("Workers repair a pylon. Sam Lee/AFP via Getty Images", "caption"),
        ("Story continues below advertisement", "placeholder"),
        ("Copyright 2024 The Associated Press. All rights reserved.", "wire_credit"),
        ("READ MORE: How the port deal was done", "read_more"),
        ("Read more:", "placeholder"),
        ("Sign up for our morning newsletter", "read_more"),
        ("Copyright 2024 Example Media. All rights reserved.", "wire_credit"),
        ("Updated: 10:32 GMT", "date_stamp"),
        ("Pilgrims gather at the shrine. (Jane Doe/AFP)", "caption"),
        ("Also read | The week in pictures", "read_more"),
        ("--------", "separator"),
        ("* * *", "separator"),
        ("FAST FACTS", "box_label"),
        ("Fact box", "box_label"),
        ("(Reporting by Ana Lopez; Editing by Tom Grey)", "wire_credit"),
        ("By Maria Keller and Tom Birch", "byline"),
        # the writer's role under the byline
        ("Staff Writer", "byline"),
        ("Associated Press Writer", "byline"),
        ("The Writer", "headline"),
        ("  • Talks resume next week", "bullet"),
        ("- Prices up 4%", "bullet"),
        ("DAKAR, Senegal: A new bridge opened.", "dateline"),
        ("VALLETTA, Jan 3 (Northwind Wire) - Malta's parliament voted.", "dateline"),
        ("Drought hits wheat harvest across the plains", "headline"),
        ("Will the ceasefire hold?", "headline"),
        ("The river rose two metres overnight, officials said.", "text"),
        ("“We are ready,” the coach said", "text"),
        ("Mayor Jane Doe, speaking after the vote, said:", "text"),
        ("the talks, which began in May, ended without a deal", "text"),
        ("Prices rose 3%, according to a Northwind Wire/Ipsos poll.", "text"),
        ("The file was sent to prosecutors (the ministry said).", "text"),
        # Prose that starts or ends like page furniture.
        ("Related charges were filed against two others, prosecutors said.", "text"),
        ("Watch officials said the river would crest on Friday.", "text"),
        ("Listen, he said, we are not going anywhere.", "text"),
        ("Reporting by the newspaper showed the contracts were never tendered.", "text"),
        ("Copyright lawyers said the ruling would change the industry.", "text"),
        ("By Tuesday, the river had risen two metres.", "text"),
        ("The trip was sponsored by the ministry.", "text"),
        ("Published figures show unemployment rose.", "text"),
        ("Modified crops were banned in 2019, the ministry said.", "text"),
        ("follow.", "text"),
        ("The bank extended the facility (the credit line is worth $2bn)", "headline"),
    ],
)
def test_classify_line(line, kind):
    assert classify_line(line) == kind


@pytest.mark.parametrize(
    "text,expected",
    [
        ("11 February 2020", "2020-02-11"),
        ("February 11, 2020", "2020-02-11"),
        ("Feb. 11, 2020 10:32 a.m. ET", "2020-02-11"),
        ("Tuesday 3rd March 2015", "2015-03-03"),
        ("2019-12-31", "2019-12-31"),
        ("March 4", None),
        ("5 sec ago", None),
        ("31 February 2020", None),
        ("yesterday", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


# Paragraphs that carry claims (each must land in a body, outside debris) and
# debris lines (each must stay out of claims). Written for these tests.
CLAIM_PARAGRAPHS = [
    "The plant will close in June, a company spokesman said.",
    "“We did everything we could,” said the fire chief.",
    "According to two officials, the vote was delayed by a week.",
    "Prices rose sharply in March, the statistics office said on Friday",
    "She added: “Nobody expected the river to rise so fast.”",
    "“It is too early to say,” the minister told reporters. “We will know more tomorrow.”",
    "Residents, who asked not to be named, told the newspaper they had been warned.",
    "(The figures, the ministry said, were provisional.)",
    "“The talks are over,” he said",
    "Related charges were filed against two others, prosecutors said.",
    "Published figures show unemployment rose, the minister said.",
    "By Tuesday, the river had risen two metres, engineers said.",
    "Watch officials said the river would crest on Friday.",
]
DEBRIS_LINES = [
    "A crowd gathers outside the town hall on Monday. (Northwind Wire)",
    "Firefighters inspect the damage. (AP Photo/Sam Lee)",
    "Short link",
    "Follow",
    "Share",
    "READ MORE: Earlier coverage of the dispute",
    "--------",
    "Advertisement",
    "(Reporting by Ana Lopez; Editing by Tom Grey)",
]
HEADLINES = [
    "Factory to close with loss of 300 jobs",
    "River bursts banks after week of rain",
    "Minister defends delayed vote",
]
DATELINES = ["LONDON: ", "OSLO, May 2 (Northwind Wire) - ", "SPRINGFIELD, Ill. — ", ""]


def random_page(rng):
    """A text of 1-3 articles with debris between and inside them, and what it holds."""
    parts = []
    claims = []
    debris = []
    for _ in range(rng.randint(1, 3)):
        headline = rng.choice(HEADLINES)
        parts.append(headline)
        if rng.random() < 0.5:
            for line in rng.sample(DEBRIS_LINES[:5], 2):
                parts.append(line)
                debris.append(line)
            parts.append("Updated 4 April 2022")
            parts.append(headline)
        paragraphs = rng.sample(CLAIM_PARAGRAPHS, rng.randint(2, 5))
        opening = rng.choice(DATELINES)
        for index, paragraph in enumerate(paragraphs):
            parts.append(opening + paragraph if index == 0 else paragraph)
            claims.append(paragraph)
            if index and rng.random() < 0.4:
                line = rng.choice(DEBRIS_LINES)
                parts.append(line)
                debris.append(line)
    separator = rng.choice(["\n\n", "\n", "\n\n\n"])
    return separator.join(parts) + "\n", claims, debris


@pytest.mark.parametrize("seed", range(60))
def test_claims_stay_in_bodies_and_debris_stays_out(seed):
    text, claims, debris = random_page(random.Random(seed))
    articles = split_articles(text)
    position = 0
    for paragraph in claims:
        start = text.index(paragraph, position)
        end = start + len(paragraph)
        position = end
        owners = [a for a in articles if a.start <= start and end <= a.end]
        assert owners, f"claim paragraph outside every body: {paragraph!r}"
        assert not any(s < end and start < e for s, e in owners[0].debris), paragraph
    for line in set(debris):
        for start in _all_indexes(text, line):
            end = start + len(line)
            for article in articles:
                if article.start <= start and end <= article.end:
                    assert (start, end) in article.debris, line


def _all_indexes(text, fragment):
    start = text.find(fragment)
    while start != -1:
        yield start
        start = text.find(fragment, start + 1)


def test_mask_spans_keeps_offsets_and_newlines():
    text = "Keep this.\nDrop\nthis line.\nKeep too."
    start, end = span_of(text, "Drop\nthis line.")
    masked = mask_spans(text, [(start, end)])
    assert len(masked) == len(text)
    assert masked == "Keep this.\n    \n          \nKeep too."


def test_extract_document_hides_debris_from_the_extractor(monkeypatch):
    seen = []

    def fake_find_claims(text, start, end):
        seen.append(text[start:end])
        quote_start = text.index("“") + 1
        quote_end = text.index("”", quote_start)
        return [
            SimpleNamespace(start=quote_start, end=quote_end, kind="direct", source=None, cue=None,
                            via=None, confidence=0.9, rule="fake")
        ]

    monkeypatch.setattr(extract_module, "_find_claims", fake_find_claims)
    text = (
        "Dam repairs begin\n\nPORTVILLE: “Work starts now,\n\n"
        "Workers at the dam. (Northwind Wire)\n\nand ends in May,” the engineer said.\n"
    )
    [(article, [claim])] = extract_document(text)
    caption = span_of(text, "Workers at the dam. (Northwind Wire)")
    assert article.debris == [span_of(text, "PORTVILLE: "), caption]
    # The extractor sees the article's body only, debris blanked, offsets intact.
    assert seen == [mask_spans(text, article.debris)[article.start : article.end]]
    assert "(Northwind Wire)" not in seen[0]
    # Span texts are re-read from the file text, so they can be checked against it.
    assert claim.claim.text == text[claim.claim.start : claim.claim.end]
    assert "Workers at the dam" in claim.claim.text


def test_repeated_headline_opens_an_article_without_dateline():
    text = (
        "Orchard owners count frost damage\n\nGrowers lost half the crop, the growers' union said.\n\n\n"
        "Museum buys lost painting\nShare\n\nMuseum buys lost painting\n\n"
        "The museum paid a record sum, its director said.\n"
    )
    first, second = split_articles(text)
    assert first.headline == "Orchard owners count frost damage"
    assert text[first.start : first.end] == "Growers lost half the crop, the growers' union said."
    assert second.headline == "Museum buys lost painting"
    assert second.headline_span == span_of(text, "Museum buys lost painting")
    assert text[second.start : second.end] == "The museum paid a record sum, its director said."


def test_headline_with_byline_opens_an_article():
    text = (
        "Rail strike called off\nBy Ana Lopez\n\nUnions cancelled the strike, their leaders said.\n\n"
        "A quiet subheading\n\nTalks will resume in May, the ministry said.\n\n"
        "New stadium approved\nBy Tom Grey\n\nThe council backed the plan, officials said.\n"
    )
    first, second = split_articles(text)
    assert first.headline == "Rail strike called off"
    assert text[first.start : first.end].endswith("resume in May, the ministry said.")
    assert second.headline == "New stadium approved"
    assert text[second.start :].startswith("The council backed")


def test_paragraph_without_period_is_body_not_header():
    text = (
        "Talks stall\n\nThe union rejected the offer, its leader said on Monday\n\n"
        "Workers will vote next week.\n\nDocks reopen\n\nKELPORT: Cranes moved again, port staff said\n"
    )
    first, second = split_articles(text)
    assert first.headline == "Talks stall"
    assert text[first.start :].startswith("The union rejected")
    assert text[: first.end].endswith("vote next week.")
    assert second.headline == "Docks reopen"
    assert text[second.start :] == "KELPORT: Cranes moved again, port staff said\n"
    last = split_articles("Workers will vote.\n\nThe union rejected the offer, its leader said")[0]
    assert last.end == len("Workers will vote.\n\nThe union rejected the offer, its leader said")


DEBRIS_WITH_SPEECH = """\
Dam repairs to start next month

“We will rebuild,” the mayor said at the scene. (AP Photo/Jane Roe)
Updated 9 May 2023
Share

Dam repairs to start next month

PORTVILLE, Eastland: Repairs to the cracked dam will start in June, the water board said on Tuesday.

Residents said the reservoir had been low for weeks.

“Officials said it would hold,” one farmer told reporters, pointing at the wall. (Northwind Wire)

READ MORE: Minister says the dam “is safe”, engineers disagree

FAST FACTS

The dam in numbers

Engineers said the wall is 40 metres high.

“We have a plan and the money to carry it out,” the board chairwoman said.
"""


def test_real_extractor_finds_claims_in_body_and_none_in_debris():
    [(article, claims)] = extract_document(DEBRIS_WITH_SPEECH)
    assert article.dateline == "PORTVILLE, Eastland"
    assert claims, "the body's claims were lost"
    for claim in claims:
        for span in (claim.claim, claim.source, claim.cue):
            if span is None:
                continue
            assert article.start <= span.start and span.end <= article.end
            assert not any(s < span.end and span.start < e for s, e in article.debris), span
            assert DEBRIS_WITH_SPEECH[span.start : span.end] == span.text
    texts = [claim.claim.text for claim in claims]
    assert any("Repairs to the cracked dam" in text for text in texts)
    assert any("We have a plan" in text for text in texts)


def test_captions_with_credits_and_subheadings_in_a_body_yield_no_claims():
    text = (
        "Walking pneumonia cases rise\n\n"
        "Cases of walking pneumonia have doubled this autumn, health officials said on Monday.\n\n"
        "Experts say the bug spreads easily in crowded classrooms (stock image)\n\n"
        "Neighbors said the clinic was overwhelmed. (WRDX photo)\n\n"
        "Farmer Ruth Ingham says she lost most of her herd overnight. (ABC Far North: Jessica Trang)\n\n"
        "Sen. Jane Roe said she was worried on Wednesday. Kent Maddox/Getty Images\n\n"
        "These are the schools parents say could close next\n\n"
        "The district said it would add nurses at every school.\n\n"
        "Prices rose sharply in March, the statistics office said on Friday"
    )
    [(article, claims)] = extract_document(text)
    assert [(c.claim.text, c.source.text) for c in claims] == [
        ("Cases of walking pneumonia have doubled this autumn", "health officials"),
        ("it would add nurses at every school", "The district"),
        # (a paragraph that lost its final stop is no subheading)
        ("Prices rose sharply in March", "the statistics office"),
    ]


def test_lines_of_a_hard_wrapped_paragraph_are_no_subheadings():
    """A wrapped paragraph's line that ends without a stop looks like a
    subheading to the line classifier; it is prose when the paragraph goes on."""
    text = (
        "Water limits ordered\n\n"
        "Residents will be barred from watering lawns more than twice a week,\n"
        "county officials said on Wednesday, as the reservoir kept falling.\n\n"
        "He said he had already let 40 acres go fallow and estimated the cut\n"
        "would cost his farm between $60,000 and $80,000 this season.\n\n"
        "The drought is the product of two warm winters with little snow in the\n"
        "Tamsin Range, which feeds the lake through the Merrin River, said Paul\n"
        "Okafor-Lind, a hydrologist at the state university.\n\n"
        "Quiet streets after the ban\n"
        "Most lawns were brown by Friday, and the county said it would fine no one.\n"
    )
    [(article, claims)] = extract_document(text)
    assert [(c.claim.text.replace("\n", " "), c.source.text.replace("\n", " ")) for c in claims] == [
        ("Residents will be barred from watering lawns more than twice a week", "county officials"),
        ("he had already let 40 acres go fallow", "He"),
        ("the cut would cost his farm between $60,000 and $80,000 this season", "He"),
        (
            "The drought is the product of two warm winters with little snow in the Tamsin Range, which feeds "
            "the lake through the Merrin River",
            "Paul Okafor-Lind, a hydrologist at the state university",
        ),
        ("it would fine no one", "the county"),
    ]
    # (a subheading over a paragraph written on one line stays debris)
    assert text[article.debris[-1][0] : article.debris[-1][1]] == "Quiet streets after the ban"


def test_a_transcript_keeps_one_article_and_its_sound_bites_are_the_labels_claims():
    """Speaker labels in capitals before a quotation that fills the line are
    no datelines (each would open an article and be blanked): the sound bite
    is the labelled speaker's. A dateline before a quotation with its
    attribution stays a dateline."""
    text = (
        "Derailment forces evacuations\n\n"
        "ANCHOR: Good evening. A freight train left the tracks tonight.\n\n"
        'CHIEF RENATA SOLIS, CALDER FALLS FIRE DEPARTMENT: "We have one car that is leaking."\n\n'
        "REPORTER: Solis says crews have ruled out any risk of an explosion.\n\n"
        'SOLIS: "I am not going to guess at a cause."\n'
    )
    [(article, claims)] = extract_document(text)
    assert [(c.claim.text, c.source.text) for c in claims] == [
        ("We have one car that is leaking.", "CHIEF RENATA SOLIS, CALDER FALLS FIRE DEPARTMENT"),
        ("crews have ruled out any risk of an explosion", "Solis"),
        ("I am not going to guess at a cause.", "SOLIS"),
    ]
    [(article, claims)] = extract_document('NEW DELHI: "We will win," the minister said on Monday.\n')
    assert article.dateline == "NEW DELHI"
    assert [(c.claim.text, c.source.text) for c in claims] == [("We will win,", "the minister")]


def test_a_fact_check_is_one_article_and_its_claim_is_signed_after_a_dash():
    """"OUR RATING:" is a fact check's label, no dateline opening a second
    article; the claim is the one signed on the next line, after a dash, by
    a speaker whose description may open in lower case."""
    text = (
        "FACT CHECK\n"
        "Did violent crime in Ridgeport double?\n\n"
        "THE CLAIM: \u201cViolent crime in Ridgeport has doubled.\u201d\n"
        "\u2014 state Sen. Walter Brandt, in a campaign video\n\n"
        "OUR RATING: Mostly False\n\n"
        "State records show crime fell, the analyst said.\n"
    )
    [(article, claims)] = extract_document(text)
    assert [(c.claim.text, c.source.text) for c in claims] == [
        ("Violent crime in Ridgeport has doubled.", "state Sen. Walter Brandt"),
        ("State records show crime fell", "the analyst"),
    ]


def test_an_interview_question_is_no_subheading():
    text = (
        "Seed bank chief on a near miss\n\n"
        "The director spoke to us on Monday.\n\n"
        "Q: Some farmers say the repository has been neglected. Is that fair?\n\n"
        "A: It is a fair feeling.\n"
    )
    [(article, claims)] = extract_document(text)
    assert [(c.claim.text, c.source.text) for c in claims] == [("the repository has been neglected", "Some farmers")]


# Lines for the shortcuts taken before the patterns run (tails, first characters).
SHORTCUT_LINES = [
    "Rescuers search the collapsed bridge on Friday. (Harbor Press)",
    "Rescuers search the collapsed bridge on Friday, said the chief: " + "the work goes on " * 8 + "(AP Photo/Jane Doe)",
    "The mayor said: " + "we will rebuild every home on the river " * 4 + "by next spring.",
    "FILE PHOTO: " + "a long caption about a crane over the docks " * 4,
    "Photo: " + "x" * 150 + " Photo: Ana Roe",
    "The bridge, seen from the hill. Picture: Ana Roe/Getty Images",
    "Dockers wait at the gate. REUTERS/Jan Doe/File Photo",
    "Farmer Ruth Ingham says she lost her herd. (ABC Far North: Jessica Trang)",
    "Neighbors said the clerk was a fixture of the area. (WRDX photo)",
    "Sen. Jane Roe spoke on Wednesday. Kent Maddox/Getty Images",
    "He said the figure was 40 (up from 30).",
    "A ship leaves port" + " " * 3 + "via Getty Images",
    "NEWPORT, Wales (Harbor Press) - The council met on Monday.",
    "US officials said the talks would resume.",
    "A. spokesman said so.",
    "(HPN) — The council met.",
    "N'DJAMENA, Chad — Rain fell.",
    "UPDATE: the road is open.",
    "-- end --",
    "• first point of the summary",
]


@pytest.mark.parametrize("line", SHORTCUT_LINES)
def test_caption_shortcut_finds_what_the_caption_pattern_finds(line):
    from provenance import articles

    assert articles._is_caption(line) == bool(articles.CAPTION.search(line))


@pytest.mark.parametrize("line", SHORTCUT_LINES)
def test_dateline_shortcut_finds_what_the_dateline_patterns_find(line):
    from provenance import articles

    direct = articles.DATELINE.match(line)
    if direct and set(direct["place"].strip(".").replace("-", " ").split()) & articles.NOT_PLACES:
        direct = None
    direct = direct or articles.AGENCY_DATELINE.match(line)
    found = articles.match_dateline(line)
    assert (found.group() if found else None) == (direct.group() if direct else None)
