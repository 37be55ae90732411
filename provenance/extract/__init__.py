"""Attributed-claim extraction: pure functions from text to claim records.

Nothing here does I/O or knows about SQLite or Click, so that ``extract`` can be
mapped over millions of documents by any engine. Every span is a pair of
character offsets into the text that was passed in, end exclusive, so
``text[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter

from ..articles import Article, split_articles
from .quotes import find_quotes, masked_text, typeset_ascii_quotes
from .rules import Extractor
from .segment import sentences
from .spaces import plain_spaces
from .wrapping import unwrap

EXTRACTOR_VERSION = "0.14.0"
#: Languages (ISO 639-1) the rules and lexicons are written for. Articles identified
#: as another language are stored with their language but not extracted: English cue
#: verbs over French text find nothing true and a few false things.
EXTRACTOR_LANGUAGES = frozenset({"en"})


# slots: spans and claims are made by the thousand per megabyte, and a slotted
# dataclass is built about twice as fast
@dataclass(frozen=True, slots=True)
class Span:
    """A verifiable stretch of text: ``text[start:end]``."""

    start: int
    end: int
    text: str

    def as_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(slots=True)
class Claim:
    """One attributed claim and its source, as the article states it.

    ``kind`` is ``direct`` (inside quotation marks), ``indirect`` (reported
    speech) or ``mixed`` (reported clause with a quoted fragment).
    ``source_type`` is one of named_person, anonymous_person,
    anonymous_group, organization, document_or_media, pronoun.
    """

    claim: Span
    kind: str
    source: Span | None = None
    source_resolved: str | None = None
    source_type: str | None = None
    anonymous: bool = False
    source_count: int | None = None
    cue: Span | None = None
    via: str | None = None
    anonymity_reason: str | None = None
    confidence: float = 0.5
    rule: str = ""

    def to_dict(self) -> dict:
        """The JSON shape of the evaluation interface (offsets as lists)."""
        return {
            "claim": self.claim.as_list(),
            "claim_text": self.claim.text,
            "kind": self.kind,
            "source": self.source.as_list() if self.source else None,
            "source_text": self.source.text if self.source else None,
            "source_resolved": self.source_resolved,
            "source_type": self.source_type,
            "anonymous": self.anonymous,
            "source_count": self.source_count,
            "cue": self.cue.as_list() if self.cue else None,
            "cue_text": self.cue.text if self.cue else None,
            "via": self.via,
            "anonymity_reason": self.anonymity_reason,
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
        }


def extract(text: str, start: int = 0, end: int | None = None) -> list[Claim]:
    """Return the attributed claims found in ``text[start:end]``.

    Offsets in the result are offsets into ``text`` (not into the slice), so a
    caller can run this over one article's body inside a larger file.
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    return _extract_placed(text, start, end, text, 0)


def _find_claims(text: str, start: int, end: int) -> list:
    """The claim finder's raw claims in ``text[start:end]`` (offsets into ``text``),
    before they become Claims and their sources are characterized."""
    quotes = find_quotes(text, start, end)
    masked = masked_text(text, quotes)
    return Extractor(text, masked, quotes, sentences(text, masked, start, end)).run()


def _extract_placed(text: str, start: int, end: int, file_text: str, offset: int) -> list[Claim]:
    """Claims of ``text[start:end]``, where ``text`` is the stretch of ``file_text``
    starting at ``offset`` (perhaps with debris blanked; no-break spaces are
    read as plain ones, see :mod:`.spaces`, hard-wrapped
    paragraphs unwrapped, see :mod:`.wrapping`, and ``typewriter
    quotes'' as curly ones): their spans are made
    once, as offsets into ``file_text`` with its own text, while the claim
    finder and the characterization read ``text``."""
    from .sources import characterize

    unwrapped = unwrap(plain_spaces(text, start, end), start, end)
    text = typeset_ascii_quotes(unwrapped, start, end)
    claims = _to_claims(file_text, _find_claims(text, start, end), offset)
    if text is not unwrapped:
        _whole_typewriter_marks(claims, file_text)
    try:
        characterize(text, claims, start, end, offset=offset)
    except TimeoutError:
        # a pathological article (a megabyte of capitalized words) can exhaust
        # a characterization pattern's timeout; its claims stay valid with the
        # source as written, and the rest of the batch goes on
        for claim in claims:
            if claim.source is not None and claim.source_resolved is None:
                claim.source_resolved = text[claim.source.start - offset : claim.source.end - offset]
    return claims


def _whole_typewriter_marks(claims: list[Claim], file_text: str) -> None:
    """Claim spans that hold one character of a two-character typewriter mark
    (`` or '') hold all of it: a mixed claim ends with its quotation's closing
    mark, which is two apostrophes in the file."""
    for claim in claims:
        start, end = claim.claim.start, claim.claim.end
        if file_text[end - 1 : end + 1] == "''":
            end += 1
        if file_text[start - 1 : start + 1] == "``":
            start -= 1
        if (start, end) != (claim.claim.start, claim.claim.end):
            claim.claim = Span(start, end, file_text[start:end])


# A claim has up to three spans and an article a dozen claims: spans are
# filled through their slots, which is the frozen dataclass's ``__init__``
# without its call to ``object.__setattr__`` per field (tests check the two agree).
_new_span = Span.__new__
_set_start, _set_end, _set_text = Span.start.__set__, Span.end.__set__, Span.text.__set__


def _span(text: str, pair: tuple[int, int] | None, offset: int) -> Span | None:
    if pair is None:
        return None
    start, end = pair[0] + offset, pair[1] + offset
    span = _new_span(Span)
    _set_start(span, start)
    _set_end(span, end)
    _set_text(span, text[start:end])
    return span


_by_span = attrgetter("start", "end")


def _to_claims(text: str, found: list, offset: int = 0) -> list[Claim]:
    """RawClaims -> Claims, in text order, one per claim span; raw offsets
    moved by ``offset`` into ``text``, which span texts are read from."""
    claims: list[Claim] = []
    last = None
    for raw in sorted(found, key=_by_span):
        start, end = raw.start, raw.end
        # sorted by span: a claim whose span was taken follows the one taken
        if end <= start or (start, end) == last:
            continue
        last = (start, end)
        source, cue = raw.source, raw.cue
        # positional, in field order: a dataclass ``__init__`` matches keyword
        # arguments by name, which doubles the cost of the call
        claims.append(
            Claim(
                _span(text, last, offset),
                raw.kind,
                None if source is None else _span(text, source, offset),
                None,  # source_resolved
                None,  # source_type
                False,  # anonymous
                None,  # source_count
                None if cue is None else _span(text, cue, offset),
                raw.via,
                None,  # anonymity_reason
                raw.confidence,
                raw.rule,
            )
        )
    return claims


def extract_document(text: str) -> list[tuple[Article, list[Claim]]]:
    """Split a raw file's text into articles and extract each one's claims.

    Claims never cross article boundaries (a pronoun in the second article does
    not resolve to a speaker of the first); offsets stay offsets into ``text``.
    Each article's debris (captions, "Read more" lines, fact boxes) is blanked
    out before extraction, so it can never become a claim or a source.
    """
    articles = split_articles(text)
    # One masked copy for the whole file (articles never overlap), and each
    # article extracted from its own slice: the extractor copies the text it is
    # given, so passing the whole file per article would make a file of many
    # articles quadratic.
    masked = mask_spans(text, [span for article in articles for span in article.debris])
    # Span texts are read from the file text, so a span that straddles blanked
    # debris (a quote running past a caption) still satisfies
    # ``text[start:end] == span.text`` for the text callers hold.
    results = []
    for article in articles:
        body = masked[article.start : article.end]
        results.append((article, _extract_placed(body, 0, len(body), text, article.start)))
    return results


def mask_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """A copy of ``text`` with every character of ``spans`` but newlines blanked.

    Spaces keep every offset valid, and kept newlines keep paragraph breaks, so
    a quote cannot run from one side of a removed caption into the other.
    """
    if not spans:
        return text
    pieces = []
    position = 0
    for start, end in sorted(spans):
        start = max(start, position)
        pieces.append(text[position:start])
        # every line of the span as spaces of its length (not a test per character)
        pieces.append("\n".join(" " * len(line) for line in text[start:end].split("\n")))
        position = max(position, end)
    pieces.append(text[position:])
    return "".join(pieces)
