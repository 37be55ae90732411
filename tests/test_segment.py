"""Sentence segmentation: sentences written for these tests, and the fast
boundary scan checked against the boundary pattern it replaces."""

import random

import pytest
import regex

from provenance.extract.quotes import MASK_CHAR, find_quotes, masked_text
from provenance.extract.segment import _boundary_end, _stop_candidates, sentences


def split(text: str) -> list[str]:
    masked = masked_text(text, find_quotes(text))
    return [text[s:e] for s, e, _ in sentences(text, masked, 0, len(text))]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The vote failed. Nobody was surprised.", ["The vote failed.", "Nobody was surprised."]),
        ("Mr. Okafor left early. Gov. Lind stayed.", ["Mr. Okafor left early.", "Gov. Lind stayed."]),
        ("The U.S. Senate voted. It rained.", ["The U.S. Senate voted.", "It rained."]),
        ("J. R. Maple spoke. Then she sat.", ["J. R. Maple spoke.", "Then she sat."]),
        # a capital letter after a lower-case word is no initial: the platform X
        ("She posted it on X. Two aides said so.", ["She posted it on X.", "Two aides said so."]),
        ("President George W. Bush spoke.", ["President George W. Bush spoke."]),
        ("He said: “It is over. We go home.” The hall emptied.", ["He said: “It is over. We go home.”", "The hall emptied."]),
        ("“We lost,” she said. “Next year.”", ["“We lost,” she said.", "“Next year.”"]),
        ("Prices rose 3.5 percent. 2024 was worse.", ["Prices rose 3.5 percent.", "2024 was worse."]),
        ("Is it done? yes it is.", ["Is it done? yes it is."]),
        ("First line.\nSecond line", ["First line.", "Second line"]),
        ("Too far apart." + " " * 21 + "Next.", ["Too far apart." + " " * 21 + "Next."]),
        ("It ended.”””” Then", ["It ended.”””” Then"]),
        # "No." is an abbreviation before a number only
        ("He lives at No. 10 with his wife.", ["He lives at No. 10 with his wife."]),
        ("Two members voted no. Drexler left.", ["Two members voted no.", "Drexler left."]),
        # a company's abbreviation ends a sentence before a quotation or a pronoun, not before a title
        ("“We sold,” said an analyst at Hale & Co. “The price was right.”",
         ["“We sold,” said an analyst at Hale & Co.", "“The price was right.”"]),
        ("The bid came from Acme Inc. It was rejected.", ["The bid came from Acme Inc.", "It was rejected."]),
        ("Acme Co. Chairman Jane Roe spoke.", ["Acme Co. Chairman Jane Roe spoke."]),
        # "a.m." and "p.m." end a sentence before a capital that is no day or time zone
        ("The panel meets at 10 a.m. Tan will testify.", ["The panel meets at 10 a.m.", "Tan will testify."]),
        ("The vote is at 10 a.m. Monday.", ["The vote is at 10 a.m. Monday."]),
        ("It opens at 9 a.m. ET daily.", ["It opens at 9 a.m. ET daily."]),
    ],
)
def test_sentences(text, expected):
    assert split(text) == expected


def test_paragraph_numbers_skip_blank_lines():
    text = "One. Two.\n\nThree."
    masked = masked_text(text, find_quotes(text))
    assert [p for _, _, p in sentences(text, masked, 0, len(text))] == [0, 0, 1]


#: The boundary as a pattern (what the scan must find): a stop or the last
#: masked character of a quotation, up to three closing marks, then 1-20
#: spaces before a capital, a digit or an opening mark; not the "!" of a
#: name ("E! News": a lone capital before it, a space and a capital after).
_BOUNDARY = regex.compile(
    r"(?:[.?]|!(?!(?<=(?:^|[^\p{L}])[A-Z]!)\ [A-Z])|" + MASK_CHAR + r")[\u201d\u2019\"')\]]{0,3}"
    r"(?=[ \t\u00a0]{1,20}[\u201c\u2018\"'(\[\p{Lu}\p{N}])"
)
_PIECES = list("ab.!?\x01 \t\u00a0\n\"')]\u201d\u2019\u201c\u2018([AZ9ÉéⅣ٣x") + [" " * 20, " " * 19, "\u201d" * 4, " E! N"]


def test_boundary_scan_agrees_with_the_pattern():
    rnd = random.Random(7)
    for _ in range(20000):
        masked = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 30)))
        start = rnd.randint(0, len(masked))
        end = rnd.randint(start, len(masked))
        expected = [(m.start(), m.end()) for m in _BOUNDARY.finditer(masked, start, end)]
        found = [(i, _boundary_end(masked, i, end)) for i in _stop_candidates(masked, start, end)]
        assert [f for f in found if f[1] != -1] == expected, repr(masked)
