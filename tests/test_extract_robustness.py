"""Input that could make a regex extractor hang or crash must not."""

import pytest

from provenance.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        "\u201c" * 50_000,
        '"' * 50_000,
        "\u2018" * 20_000 + "said " * 2_000,
        "word " * 200_000,  # 1 MB with no punctuation at all
        ("He said " * 5_000),
        ("according to " * 5_000),
        "\u201ca,\u201d " * 20_000 + "he said.",
        "A, " * 100_000 + "the minister said.",
        "",
        "\n\n\n",
    ],
    ids=["curly-opens", "straight-quotes", "single-opens-and-cues", "1mb-no-punct", "repeated-cue",
         "repeated-according", "many-short-quotes", "long-comma-run", "empty", "blank-lines"],
)
def test_pathological_input_returns(text):
    claims = extract(text)
    for c in claims:
        assert text[c.claim.start : c.claim.end] == c.claim.text
        if c.source:
            assert text[c.source.start : c.source.end] == c.source.text
