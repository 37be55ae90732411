"""Hard-wrapped paragraphs: lines broken at a fixed width, read as one paragraph.

Plain-text news (wire feeds, email bulletins, archives converted from print)
often breaks every line at 70-80 characters and separates paragraphs with a
blank line. The extractor reads a newline as a paragraph break, so a wrapped
paragraph would split sentences, sources and quotations at every line end.
:func:`unwrap` turns the newlines inside such a paragraph into spaces: the
same length, so every offset into the text stays an offset into the original.
"""

from __future__ import annotations

import regex

#: A line of a wrapped paragraph (all but its last) is about this long.
MIN_WRAPPED = 40
MAX_WRAPPED = 110
#: Lines broken at one width differ by less than a long word or two.
MAX_SPREAD = 35
#: Ends of a line that also end a paragraph written one to a line.
_PARAGRAPH_ENDS = tuple(".!?:;\"'”’)]")
#: List items and bullets, which keep their own lines.
_ITEM = regex.compile(r"[ \t]*+(?:[•*\-–—●·▪>|#]|\d{1,3}[.)][ \t])")


def unwrap(text: str, start: int = 0, end: int | None = None) -> str:
    """``text`` with the line breaks inside hard-wrapped paragraphs of
    ``text[start:end]`` replaced by spaces (the rest unchanged).

    A block between blank lines is hard-wrapped when it has two or more
    lines, every line but the last is 40-110 characters long and within 35
    characters of the others, no line is a list item, and at least half of
    its line breaks fall inside a sentence (a line that does not end with a
    stop, colon or closing mark). Paragraphs written one to a line end every
    line with a stop and vary in length, so they are left alone.
    """
    breaks = soft_breaks(text, start, end)
    if not breaks:
        return text
    chars = list(text)
    for position in breaks:
        chars[position] = " "
    return "".join(chars)


def soft_breaks(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Positions of the newlines inside the hard-wrapped paragraphs of
    ``text[start:end]`` (see :func:`unwrap`), in order."""
    end = len(text) if end is None else end
    breaks: list[int] = []
    if text.find("\n", start, end) == -1:
        return breaks
    block_start = start
    for blank_start, blank_end in _blank_lines(text, start, end):
        _soft_breaks(text, block_start, blank_start, breaks)
        block_start = blank_end
    _soft_breaks(text, block_start, end, breaks)
    return breaks


def _blank_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The blank lines of ``text[start:end]`` in order, as (start, end) from a
    newline to the next one with only spaces, tabs or no-break spaces
    between them: what ``regex`` finds for ``\\n[ \\t\\u00a0]*\\n``, with
    ``str.find``. (Every article has a dozen; a timed pattern would read the
    process clock at each.)"""
    spans = []
    find = text.find
    i = find("\n", start, end)
    while i != -1:
        j = find("\n", i + 1, end)
        if j == -1:
            break
        if text[i + 1 : j].strip(" \t\u00a0"):
            i = j  # a line with text: the next blank line starts at its end
        else:
            spans.append((i, j + 1))
            i = find("\n", j + 1, end)
    return spans


def _soft_breaks(text: str, start: int, end: int, breaks: list[int]) -> None:
    """Add the newlines of the block ``text[start:end]`` to ``breaks`` when
    the block is a hard-wrapped paragraph."""
    while end > start and text[end - 1] in "\n \t":
        end -= 1  # the block's own trailing line break
    block = text[start:end]
    if "\n" not in block:
        return
    lines = block.split("\n")
    wrapped = [line.rstrip() for line in lines[:-1]]
    lengths = [len(line) for line in wrapped]
    if min(lengths) < MIN_WRAPPED or max(lengths) > MAX_WRAPPED or max(lengths) - min(lengths) > MAX_SPREAD:
        return
    if any(_ITEM.match(line, timeout=5) for line in lines):
        return
    inside = sum(1 for line in wrapped if not line.endswith(_PARAGRAPH_ENDS))
    if inside * 2 < len(wrapped):
        return
    position = start
    for line in lines[:-1]:
        position += len(line)
        breaks.append(position)
        position += 1
