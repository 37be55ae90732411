"""Quotation marks: find the quoted stretches of a text and mask them.

Quotes are found paragraph by paragraph (a line is a paragraph), so an
unbalanced mark can never swallow the rest of an article: at worst it runs to
the end of its own paragraph, which is also the newspaper convention for a
quote that continues into the next paragraph (an opening mark on each
paragraph, a closing mark only on the last), and in a line longer than a
paragraph it is ignored.

Single curly quotes are the primary marks in British copy, so they are quotes
too when they open at a word boundary; the closing single mark is the same
character as the apostrophe, so a closer must be followed by a non-letter
("don’t" never closes a quote) and a plural possessive ("the players’ union")
is skipped when a better closer follows.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

DOUBLE_OPENERS = "\u201c\u201e\u00ab\u201f"
DOUBLE_CLOSERS = "\u201d\u00bb"
#: The filler that replaces quoted text in the masked copy: not a word
#: character, not whitespace, not punctuation any pattern looks for.
MASK_CHAR = "\x01"
OPEN_MARK = "\u201c"
#: Every character that may open a quotation.
_MARKS = "\u201c\u201e\u00ab\u201f\"\u2018'"
#: An opening mark with no closing mark in its paragraph is taken to quote the
#: rest of the paragraph (the multi-paragraph convention) only when that rest
#: is paragraph-sized; in a longer line (text with its newlines stripped) it
#: is a stray mark, so that it cannot hide the attributions after it.
UNCLOSED_REACH = 700
CLOSE_MARK = "\u201d"


@dataclass
class Quote:
    """One quoted stretch: marks at ``open`` and ``close`` (``close`` is None
    when the quote runs to the end of its paragraph), content in
    ``[inner_start, inner_end)``. ``continues`` is True when the next
    paragraph opens a continuation of the same quote."""

    open: int
    close: int | None
    inner_start: int
    inner_end: int
    continues: bool = False
    continued_from: int | None = None

    @property
    def end(self) -> int:
        return self.close + 1 if self.close is not None else self.inner_end


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _opens_between(line: str, a: int, b: int, straight: bool = False) -> bool:
    """Is there an opening single mark at a word start in ``line[a:b]``?"""
    mark = "'" if straight else "\u2018"
    k = line.find(mark, a, b)
    while k != -1:
        if (k == 0 or line[k - 1].isspace()) and k + 1 < len(line) and line[k + 1].isalnum():
            return True
        if not straight:
            return False
        k = line.find(mark, k + 1, b)
    return False


def _find_single_closer(line: str, i: int, straight: bool) -> int:
    """Index of the mark closing a single-quote opened at ``i``, or -1."""
    mark = "'" if straight else "\u2019"
    best = -1
    j = line.find(mark, i + 1)
    while j != -1:
        after = line[j + 1] if j + 1 < len(line) else ""
        before = line[j - 1]
        if not _is_word(after) and not before.isspace():
            # "the players’ union": a possessive, unless nothing better follows
            if before in "sS" and after == " " and j + 2 < len(line) and line[j + 2].islower():
                if best == -1:
                    best = j
            else:
                if best != -1 and _opens_between(line, best + 1, j, straight):
                    return best  # a new quotation opened: the possessive was the closer
                return j
        j = line.find(mark, j + 1)
    return best


def _mark_offsets(text: str, start: int, end: int) -> list[int]:
    """Offsets of every opening-mark candidate in ``text[start:end]``, in
    order: ``str.find`` per mark character over the whole text, far cheaper
    than a pattern search from each position the scan resumes at."""
    found = []
    find = text.find
    for mark in _MARKS:
        k = find(mark, start, end)
        while k != -1:
            found.append(k)
            k = find(mark, k + 1, end)
    found.sort()
    return found


def _scan_line(line: str, base: int, quotes: list[Quote], marks: list[int]) -> None:
    """Find the quotes of one paragraph; ``marks`` are the offsets in
    ``line`` of its opening-mark candidates."""
    n = len(line)
    i = 0
    while i < n:
        nxt_mark = bisect_left(marks, i)
        if nxt_mark == len(marks):
            return
        i = marks[nxt_mark]
        ch = line[i]
        if ch in DOUBLE_OPENERS:
            closer = "\u00bb" if ch == "\u00ab" else "\u201d"
            j = line.find(closer, i + 1)
            if j == -1 and closer == "\u201d":
                # typed straight closer after a curly opener
                j = line.find('"', i + 1)
            if j == -1:
                if n - i > UNCLOSED_REACH:
                    i += 1  # a stray mark in a long paragraph: not a quotation
                    continue
                quotes.append(Quote(base + i, None, base + i + 1, base + n))
                return
            quotes.append(Quote(base + i, base + j, base + i + 1, base + j))
            i = j + 1
            continue
        if ch == '"':
            prev = line[i - 1] if i else " "
            nxt = line[i + 1] if i + 1 < n else ""
            if _is_word(prev) and (not nxt or nxt.isspace()):
                i += 1  # a stray closer: ignore it rather than open a quote
                continue
            j = line.find('"', i + 1)
            if j == -1:
                j = line.find("\u201d", i + 1)
            if j == -1:
                if n - i > UNCLOSED_REACH:
                    i += 1
                    continue
                if nxt and not nxt.isspace():
                    quotes.append(Quote(base + i, None, base + i + 1, base + n))
                return
            quotes.append(Quote(base + i, base + j, base + i + 1, base + j))
            i = j + 1
            continue
        if ch == "\u2018" or ch == "'":
            prev = line[i - 1] if i else " "
            nxt = line[i + 1] if i + 1 < n else ""
            if not _is_word(prev) and nxt and not nxt.isspace() and (ch == "\u2018" or _is_word(nxt)):
                j = _find_single_closer(line, i, straight=ch == "'")
                if j != -1:
                    quotes.append(Quote(base + i, base + j, base + i + 1, base + j))
                    i = j + 1
                    continue
                # a quotation running on into the next paragraph
                opens_paragraph = ch == "\u2018" or (
                    (i == 0 or line[i - 2 : i] in (": ", ". ", "? ", "! ")) and nxt.isupper()
                )
                if opens_paragraph and 10 < n - i <= UNCLOSED_REACH:
                    quotes.append(Quote(base + i, None, base + i + 1, base + n))
                    return
        i += 1


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[Quote]:
    """Quoted stretches of ``text[start:end]`` in order, offsets into ``text``."""
    end = len(text) if end is None else end
    quotes: list[Quote] = []
    marks = _mark_offsets(text, start, end)
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        first = bisect_left(marks, pos)
        # a paragraph without a quotation mark has no quote
        if line_end > pos and first < len(marks) and marks[first] < line_end:
            last = bisect_left(marks, line_end, first)
            _scan_line(text[pos:line_end], pos, quotes, [k - pos for k in marks[first:last]])
        pos = line_end + 1
    # link multi-paragraph quotes: an unclosed quote followed by a paragraph
    # that opens with a quotation mark
    for k, q in enumerate(quotes[:-1]):
        if q.close is None:
            nxt = quotes[k + 1]
            between = text[q.inner_end : nxt.open]
            if between.strip() == "" and "\n" in between:
                q.continues = True
                nxt.continued_from = k
    return quotes


def typeset_ascii_quotes(text: str, start: int = 0, end: int | None = None) -> str:
    """``text`` with the typewriter convention of double quotation marks, two
    grave accents to open and two apostrophes to close (``Q,'' she said),
    read as curly marks in ``text[start:end]``: `` becomes a space and “, ''
    becomes ” and a space. The same length, so every offset stays an offset
    into the original.

    Newswire archives, TeX and corpora tokenized in the Penn Treebank style
    write quotations this way. Two apostrophes are read as a closing mark only
    in a text that opens a quotation with grave accents, where they close one.
    """
    end = len(text) if end is None else end
    if text.find("``", start, end) == -1:
        return text
    stretch = text[start:end].replace("``", " \u201c").replace("''", "\u201d ")
    return text[:start] + stretch + text[end:]


def masked_text(text: str, quotes: list[Quote]) -> str:
    """A copy of ``text`` with every quote's content replaced by MASK_CHAR and
    its marks normalized to “ ”, so attribution patterns never match inside a
    quotation. Same length as ``text``: offsets carry over unchanged."""
    parts: list[str] = []
    pos = 0
    for q in quotes:
        parts.append(text[pos : q.open])
        parts.append(OPEN_MARK)
        parts.append(MASK_CHAR * (q.inner_end - q.inner_start))
        pos = q.inner_end
        if q.close is not None:
            parts.append(CLOSE_MARK)
            pos = q.close + 1
    parts.append(text[pos:])
    out = "".join(parts)
    assert len(out) == len(text)
    return out
