"""No-break and other typographic spaces are read as plain spaces, with every offset kept."""

import pytest

from provenance.extract import extract
from provenance.extract.spaces import plain_spaces

ARTICLE = (
    "The port will close for a week, two harbor officials said on Thursday.\n\n"
    "“We have no choice,” Mayor Ana Duarte told reporters. “The cranes are failing.”\n\n"
    "According to a city report, repairs will cost $4 million.\n\n"
    "Dr. Kwame Osei, a structural engineer, said that the pier had been unsafe for years."
)


def _claims(text):
    return [
        (c.claim.start, c.claim.end, c.kind, c.source and (c.source.start, c.source.end), c.source_resolved, c.via)
        for c in extract(text)
    ]


@pytest.mark.parametrize(
    "space",
    [
        "\u00a0",  # no-break space, from web pages
        "\u202f",  # narrow no-break space
        "\u2009",  # thin space
        "\u2007",  # figure space
        "\u3000",  # ideographic space
    ],
)
def test_an_article_spaced_with_typographic_spaces_gives_the_claims_of_its_plain_text(space):
    plain = _claims(ARTICLE)
    assert len(plain) == 5
    spaced = ARTICLE.replace(" ", space)
    got = _claims(spaced)
    # the same claims, sources and outlets; span texts are the file's own
    assert [g[:4] + g[5:] for g in got] == [p[:4] + p[5:] for p in plain]
    assert [g[4].replace(space, " ") for g in got] == [p[4] for p in plain]
    for claim in extract(spaced):
        assert claim.claim.text == spaced[claim.claim.start : claim.claim.end]


@pytest.mark.parametrize(
    "text, start, end, expected",
    [
        ("Mr.\u00a0Ruiz said\u00a0so.", 0, None, "Mr. Ruiz said so."),
        # only the stretch asked for changes
        ("a\u00a0b\u00a0c", 2, None, "a\u00a0b c"),
        ("a\u00a0b\u00a0c", 0, 2, "a b\u00a0c"),
        # zero-width and other format characters are not spaces
        ("said\u200bthat", 0, None, "said\u200bthat"),
    ],
)
def test_plain_spaces_replaces_only_typographic_spaces_in_the_stretch(text, start, end, expected):
    assert plain_spaces(text, start, end) == expected
    assert len(plain_spaces(text, start, end)) == len(text)


def test_plain_spaces_returns_a_text_without_typographic_spaces_itself():
    text = "Officials said the port would close."
    assert plain_spaces(text) is text
