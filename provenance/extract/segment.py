"""Sentence segmentation over the quote-masked text.

Boundaries are looked for only outside quotations (the masked copy hides the
periods inside them), so a quoted passage of several sentences stays inside
the sentence that attributes it. A quotation that itself ends a sentence
("... everything.” Next sentence") is a boundary when the next word starts a
sentence. Lines are paragraphs: no sentence crosses a newline.
"""

from __future__ import annotations

import regex

from ..lexicons import ABBREVIATIONS
from .quotes import MASK_CHAR

_TIMEOUT = 5.0
_BOUNDARY = regex.compile(
    r"(?:[.!?]|" + MASK_CHAR + r")[\u201d\u2019\"')\]]{0,3}(?=[ \t\u00a0]{1,20}[\u201c\u2018\"'(\[\p{Lu}\p{N}])"
)


def _is_abbreviation(masked: str, dot: int) -> bool:
    # the word before the period: up to 20 letters, apostrophes, periods and
    # hyphens (a plain loop: this runs at every period of the corpus)
    k = dot
    lowest = max(0, dot - 20)
    while k > lowest and (masked[k - 1].isalpha() or masked[k - 1] in "’'.-"):
        k -= 1
    if k == dot:
        return False
    word = masked[k:dot]
    if "." in word.strip("."):
        return True  # U.S., a.m., D-N.M.
    if len(word) == 1 and word.isupper():
        return True  # an initial
    if word.isupper():
        return False  # "DR." is a broadcaster, not "Dr."
    return word.lower() in ABBREVIATIONS


def sentences(text: str, masked: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, end, paragraph_number) of each sentence in ``text[start:end]``,
    whitespace trimmed, in order."""
    out: list[tuple[int, int, int]] = []
    para = 0
    pos = start
    while pos < end:
        nl = masked.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        seg_start = pos
        for m in _BOUNDARY.finditer(masked, pos, line_end, timeout=_TIMEOUT):
            ch = masked[m.start()]
            if ch == ".":
                if _is_abbreviation(masked, m.start()):
                    continue
            elif ch == MASK_CHAR:
                inner = text[m.start()]
                if inner not in ".!?":
                    continue
            _append(out, masked, seg_start, m.end(), para)
            seg_start = m.end()
        _append(out, masked, seg_start, line_end, para)
        if line_end > pos and masked[pos:line_end].strip():
            para += 1
        pos = line_end + 1
    return out


#: Longer "sentences" (lists, tables, text without punctuation) are cut into
#: pieces of at most this many characters, which bounds the work any rule
#: does around one cue and keeps extraction linear in the input size.
MAX_SENTENCE = 2000


def _append(out: list, masked: str, s: int, e: int, para: int) -> None:
    while s < e and masked[s].isspace():
        s += 1
    while e > s and masked[e - 1].isspace():
        e -= 1
    while e - s > MAX_SENTENCE:
        cut = masked.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
        if cut == -1:
            cut = s + MAX_SENTENCE
        out.append((s, cut, para))
        s = cut
        while s < e and masked[s].isspace():
            s += 1
    if e > s:
        out.append((s, e, para))
