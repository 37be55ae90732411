"""Hard-wrapped paragraphs are read as one paragraph, with every offset kept."""

import pytest

from provenance.extract import extract
from provenance.extract.wrapping import unwrap

WRAPPED = (
    "WASHINGTON - The central bank is likely to hold interest\n"
    "rates steady next month, two bank officials said on Thursday, as\n"
    "inflation remains stubbornly above the bank's 2% target.\n"
    "\n"
    '"We are not in a hurry," Governor Ruth Kimball told a\n'
    'conference in Frankfurt. "The data will guide us."\n'
    "\n"
    "Deputy Governor Tomas Berg said in a separate appearance\n"
    'that he saw "no urgency" to cut rates, adding that the labor\n'
    "market remained strong.\n"
)


@pytest.mark.parametrize(
    "text, joined",
    [
        # wrapped at one width, broken inside sentences: one paragraph
        ("The central bank is likely to hold interest rates steady\nnext month, two officials said.", True),
        # one paragraph a line, each ending with a stop: left alone
        ("The bank held rates steady on Thursday, as expected.\nOfficials said inflation was too high still.", False),
        # a headline or byline over the body: too short to be a wrapped line
        ("Bank holds rates\nThe central bank is likely to hold interest rates steady next month.", False),
        # list items keep their lines
        ("- The central bank is likely to hold interest rates steady\n- next month, two officials said on Thursday", False),
        ("1. The central bank is likely to hold interest rates steady\n2. next month, two officials said on Thursday", False),
        # lines of very different lengths are not a fixed width
        ("The central bank is likely to hold rates\nsteady next month, two officials said on Thursday, as inflation remains above\nthe target", False),
        ("No newline at all in this text, so nothing to do.", False),
    ],
)
def test_unwrap_joins_only_hard_wrapped_paragraphs(text, joined):
    assert unwrap(text) == (text.replace("\n", " ") if joined else text)


def test_unwrap_keeps_blank_lines_between_paragraphs():
    paragraphs = WRAPPED.split("\n\n")
    assert unwrap(WRAPPED) == "\n\n".join(p.rstrip("\n").replace("\n", " ") for p in paragraphs[:-1]) + "\n\n" + (
        paragraphs[-1].rstrip("\n").replace("\n", " ") + "\n"
    )


def test_claims_of_a_wrapped_article_span_its_lines_with_offsets_into_the_original():
    claims = extract(WRAPPED)
    got = [(c.claim.text, c.source.text, c.cue.text if c.cue else None, c.via) for c in claims]
    assert got == [
        ("The central bank is likely to hold interest\nrates steady next month", "two bank officials", "said", None),
        ("We are not in a hurry,", "Governor Ruth Kimball", "told", "a conference"),
        ("The data will guide us.", "Governor Ruth Kimball", None, None),
        ('he saw "no urgency" to cut rates', "Deputy Governor Tomas Berg", "said", None),
        ("the labor\nmarket remained strong", "Deputy Governor Tomas Berg", "adding", None),
    ]
    for claim in claims:
        assert WRAPPED[claim.claim.start : claim.claim.end] == claim.claim.text


def test_blank_lines_are_what_the_pattern_finds():
    import random

    import regex

    from provenance.extract.wrapping import _blank_lines

    pattern = regex.compile(r"\n[ \t\u00a0]*\n")
    rnd = random.Random(8)
    pieces = ["\n", "\n", " ", "\t", "\u00a0", "\r", "x", "Ab. ", "\n\n", " \n"]
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        start = rnd.randint(0, len(text))
        end = rnd.randint(start, len(text))
        assert _blank_lines(text, start, end) == [m.span() for m in pattern.finditer(text, start, end)], repr(text)
