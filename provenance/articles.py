"""Raw file text -> articles: split, skip web debris, find headline, dateline, date.

Pure functions, no I/O. Offsets are always offsets into the original file text.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Article:
    """One article inside a raw text file.

    ``start``/``end`` delimit the body (the part claims are extracted from);
    ``headline_span`` points at the headline in the same file text.
    ``debris`` lists ``(start, end)`` spans inside the body that are web page
    furniture (photo captions, "Read more" lines, fact boxes): never claims.
    """

    start: int
    end: int
    headline: str | None = None
    headline_span: tuple[int, int] | None = None
    dateline: str | None = None
    date_text: str | None = None
    date_iso: str | None = None
    debris: list[tuple[int, int]] = field(default_factory=list)

    def body(self, text: str) -> str:
        """The article's body as it stands in the file text (debris included)."""
        return text[self.start : self.end]


def split_articles(text: str) -> list[Article]:
    """Split a file's text into articles; a file with no structure is one article."""
    return [Article(start=0, end=len(text))]
