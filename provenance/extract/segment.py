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

#: Up to three of these may follow the final stop of a sentence.
_CLOSERS = "\u201d\u2019\"')]"
#: Between a boundary and the next sentence: 1 to 20 of these.
_GAP = " \t\u00a0"
_MAX_GAP = 20
#: What the next sentence may start with: an opening mark or bracket, an
#: upper-case letter or a digit. ASCII is tested with a string; any other
#: character with this pattern.
_ASCII_STARTS = frozenset("\u201c\u2018\"'([ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_SENTENCE_START = regex.compile(r"[\u201c\u2018\"'(\[\p{Lu}\p{N}]")
#: What may follow the last masked character of a quotation that ends a sentence.
_AFTER_MASK = frozenset(_CLOSERS + _GAP)
#: Masked text is looked at this many characters at a time to find where a
#: quotation's run of mask characters ends.
_RUN_CHUNK = 256


#: Abbreviations that end a company's name, and so often a sentence.
_COMPANY_ENDINGS = frozenset("co inc corp ltd bros llc plc".split())
#: Words that after a company's abbreviation open the next sentence (not
#: "Acme Co. Chairman Jane Roe said", where a title follows).
_SENTENCE_OPENERS = frozenset(
    "He She It They We I The A An This That These Those But And Yet So In On At For Its His Her Their Our".split()
)


#: Capitalized words that go on with a time ("10 a.m. Monday", "3 p.m. ET").
_AFTER_A_TIME = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday ET EST EDT CT CST CDT MT MST PT PST PDT GMT BST "
    "UTC CET CEST IST AEST AEDT JST HKT SGT Eastern Central Mountain Pacific Atlantic local Local".split()
)


def _opens_after_time(masked: str, at: int) -> bool:
    """After "a.m."/"p.m.": does a capitalized word other than a day or a
    time zone follow, opening the next sentence?"""
    rest = masked[at : at + 16].lstrip(" \t")
    if not rest or not (rest[0].isupper() or rest[0] in "\u201c\"" or rest[0] == MASK_CHAR):
        return False
    first = rest.split(None, 1)[0].rstrip(",.;:")
    return first not in _AFTER_A_TIME


def _opens_a_sentence(masked: str, at: int) -> bool:
    """Does a new sentence plainly open after ``at``: an opening quotation
    mark (or a quotation, masked) or a pronoun, determiner or conjunction?"""
    rest = masked[at : at + 12].lstrip(" \t")
    if not rest:
        return False
    if rest[0] in "\u201c\u2018\"" or rest[0] == MASK_CHAR:
        return True
    first = rest.split(None, 1)[0] if rest.split() else ""
    return first in _SENTENCE_OPENERS


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
    if word in ("a.m", "p.m") and _opens_after_time(masked, dot + 1):
        return False  # "at 10 a.m. Tan's testimony says ...": the time ends the sentence
    if "." in word.strip("."):
        return True  # U.S., a.m., D-N.M.
    if len(word) == 1 and word.isupper():
        # an initial ("George W. Bush", "senior counsel S. Prabhakaran"), but not
        # after a preposition of place: "in a post on X."
        before = masked[max(0, k - 12) : k].rstrip().rsplit(None, 1)[-1:]
        return not (before and before[0] in ("on", "in", "at", "via", "from", "to"))
    if word.isupper():
        return False  # "DR." is a broadcaster, not "Dr."
    lowered = word.lower()
    if lowered in _COMPANY_ENDINGS and _opens_a_sentence(masked, dot + 1):
        return False  # "an analyst with Brewster & Co. “If I were ...”": a company's name ends the sentence
    if lowered == "no" or lowered == "nos":
        # "No. 10", "Nos. 3 and 4"; but "The council voted no. Olsen said ..."
        return masked[dot + 1 : dot + 3].lstrip()[:1].isdigit()
    return lowered in ABBREVIATIONS


def _name_bang(masked: str, i: int) -> bool:
    """Is the "!" at ``i`` part of a name such as "E! News": a lone capital
    letter before it, a space and a capital after it?"""
    return (
        "A" <= masked[i - 1 : i] <= "Z" and not masked[i - 2 : i - 1].isalpha()
        and masked[i + 1 : i + 2] == " " and "A" <= masked[i + 2 : i + 3] <= "Z"
    )


def _stop_candidates(masked: str, start: int, end: int) -> list[int]:
    """Offsets in [start, end) of every character that may end a sentence,
    in order: each stop, and the last masked character of each quotation
    when a closing mark or a space follows it. ``str.find`` for a few
    characters is far cheaper than running a pattern at every character."""
    found = []
    find = masked.find
    for stop in ".!?":
        i = find(stop, start, end)
        while i != -1:
            if not (stop == "!" and _name_bang(masked, i)):
                found.append(i)
            i = find(stop, i + 1, end)
    i = find(MASK_CHAR, start, end)
    while i != -1:
        run_end = _mask_run_end(masked, i, end)
        if run_end < end and masked[run_end] in _AFTER_MASK:
            found.append(run_end - 1)
        i = find(MASK_CHAR, run_end, end)
    found.sort()
    return found


def _mask_run_end(masked: str, i: int, end: int) -> int:
    """The end of the run of mask characters starting at ``i`` (at most ``end``)."""
    while i < end:
        chunk = masked[i : min(end, i + _RUN_CHUNK)]
        rest = chunk.lstrip(MASK_CHAR)
        i += len(chunk) - len(rest)
        if rest:
            break
    return i


def _boundary_end(masked: str, i: int, line_end: int) -> int:
    """End of the sentence whose final stop is at ``i`` (past up to three
    closing marks), or -1 when what follows does not open a sentence: 1 to
    20 spaces, then a capital, a digit, or an opening mark or bracket."""
    j = i + 1
    while j < line_end and j - i <= 3 and masked[j] in _CLOSERS:
        j += 1
    # four closing marks: the boundary pattern allows three
    if j < line_end and masked[j] in _CLOSERS:
        return -1
    k = j
    while k < line_end and masked[k] in _GAP:
        k += 1
    if k == j or k - j > _MAX_GAP or k >= line_end:
        return -1
    ch = masked[k]
    if ch in _ASCII_STARTS or (ch > "\x7f" and _SENTENCE_START.match(ch)):
        return j
    return -1


#: Cues that attribute the quotation before them when they end the sentence
#: after a capitalized speaker ("“Why now?” Roe asked.").
_TRAILING_CUES = frozenset(
    "said says asked asks told tells added adds replied replies shouted wondered insisted recalled "
    "explained continued wrote writes answered responded".split()
)


#: Words opening a phrase of how or when after "Roe said,".
_TRAILING_PHRASE_OPENERS = frozenset("as while when before after then and but".split())


def _attribution_follows(masked: str, k: int, line_end: int) -> bool:
    """Whether ``masked[k:]`` is a short attribution closing the sentence of
    the quotation before it: one to eight capitalized words, a cue, at most
    four more words and a stop ("Roe asked reporters.", "Mr. Roe said.")."""
    stop = masked.find(".", k, min(line_end, k + 120))
    while stop != -1 and _is_abbreviation(masked, stop):
        stop = masked.find(".", stop + 1, min(line_end, k + 120))
    if stop == -1:
        return False
    words = masked[k:stop].split()
    # (a long title before the name: "Italian Ecological Transition Minister Lucia Ferrante asked")
    for index, word in enumerate(words[:9]):
        bare = word.strip(",;:")
        if bare.lower() in _TRAILING_CUES:
            if 0 < index and word.endswith(",") and index + 1 < len(words) and MASK_CHAR not in masked[k:stop]:
                # "“Gas is $4.19!” Tillery said, pausing as the crowd booed.": how or
                # when the quotation was said, however long
                after = words[index + 1].lower()
                return after in _TRAILING_PHRASE_OPENERS or (after.endswith("ing") and after.isalpha() and len(after) > 4)
            return 0 < index and len(words) - index - 1 <= 4 and "that" not in words and MASK_CHAR not in masked[k:stop]
        if not bare[:1].isupper():
            return False
    return False


def sentences(text: str, masked: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, end, paragraph_number) of each sentence in ``text[start:end]``,
    whitespace trimmed, in order."""
    out: list[tuple[int, int, int]] = []
    stops = _stop_candidates(masked, start, end)
    stop_count = len(stops)
    next_stop = 0
    para = 0
    pos = start
    while pos < end:
        nl = masked.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        if line_end == pos:
            # an empty line (between paragraphs): no sentence, no stop
            pos += 1
            continue
        seg_start = pos
        before = len(out)
        while next_stop < stop_count and stops[next_stop] < line_end:
            i = stops[next_stop]
            next_stop += 1
            boundary = _boundary_end(masked, i, line_end)
            if boundary == -1:
                continue
            ch = masked[i]
            if ch == ".":
                if _is_abbreviation(masked, i):
                    continue
            elif ch == MASK_CHAR:
                if text[i] not in ".!?":
                    continue
                if _attribution_follows(masked, boundary, line_end):
                    continue  # "“Why now?” Roe asked reporters.": one sentence
            _append(out, masked, seg_start, boundary, para)
            seg_start = boundary
        _append(out, masked, seg_start, line_end, para)
        # a line with any sentence in it (anything but spaces) is a paragraph
        if len(out) > before:
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
