"""Documents referred back to: "the paper" is the study cited before it.

News names a document once in full ("a study published Monday in the journal
X", "In a statement carried by the state news agency", "A memo circulated to
House Republicans on Sunday struck a harder line") and then calls it "the
study", "the paper", "the statement", "the memo". The full mention is often no
source of its own: the document is where a source spoke ("said in its annual
report") or the subject of a sentence that reports nothing. This module finds
that mention, so a later "the report said" resolves to it, and says which
document nouns name the same kind of document ("the complaint" is the class
action filed before it, "the survey" the poll).

Pure functions of the text, like the rest of the extractor.
"""

from __future__ import annotations

import regex

from .. import lexicons as lx
from .names import REGEX_TIMEOUT

#: Nouns that may name one document: "the paper" for a study, "the survey" for a poll.
_KINDS = {
    **dict.fromkeys("study studies paper papers research trial trials analysis".split(), "study"),
    **dict.fromkeys("poll polls survey surveys".split(), "poll"),
    **dict.fromkeys("complaint lawsuit suit action petition".split(), "lawsuit"),
    **dict.fromkeys("statement statements release communique communiqué announcement".split(), "statement"),
    **dict.fromkeys("data figures statistics numbers".split(), "data"),
    **dict.fromkeys("video videos clip clips footage recording recordings".split(), "video"),
    **dict.fromkeys("post posts tweet tweets message messages".split(), "post"),
}
#: Nouns that name any document ("the document" for the affidavit before it).
ANY_DOCUMENT = frozenset("document documents".split())


def document_kind(noun: str) -> str:
    """The kind of document ``noun`` names; the noun's singular when no kind groups it."""
    return _KINDS.get(noun) or (noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun)


def same_document_kind(noun: str, other: str) -> bool:
    """Can a document called ``other`` before be called ``noun`` now?"""
    return noun in ANY_DOCUMENT or document_kind(noun) == document_kind(other)


#: What "the document" may stand for.
_WRITTEN = frozenset(
    """
    report study paper statement memo memorandum filing affidavit indictment
    complaint lawsuit letter email dossier transcript order decree notice
    proposal draft assessment review audit
    """.split()
)
#: How far back a document's full mention is looked for.
_REACH = 2500
#: Words that may follow the noun inside its post-modifier ("published Monday
#: in the journal", "released by the ministry on Sunday").
_POSTMODIFIER_WORDS = frozenset(
    "to by in on at of from for during after before with the a an its their his her this last".split()
)
#: Time words that end such a phrase as content ("released Sunday afternoon").
_TIME_WORDS = frozenset("morning afternoon evening night early late".split())
#: Determiners of a first mention: indefinite or possessive ("a statement",
#: "its annual report", "the WMO's report").
_FIRST_DETERMINERS = frozenset("a an its their his her".split())


def _nouns_for(noun: str) -> frozenset[str]:
    """The nouns a document called ``noun`` now may have been called before."""
    if noun in ANY_DOCUMENT:
        return _WRITTEN | {w + "s" for w in _WRITTEN}
    kind = document_kind(noun)
    return frozenset({noun, kind, kind + "s"} | {w for w, k in _KINDS.items() if k == kind})


_NOUN_PATTERNS: dict[str, regex.Pattern] = {}


def _noun_pattern(noun: str) -> regex.Pattern:
    pattern = _NOUN_PATTERNS.get(noun)
    if pattern is None:
        words = "|".join(sorted(_nouns_for(noun), key=len, reverse=True))
        pattern = _NOUN_PATTERNS[noun] = regex.compile(rf"(?<![\w’'-])(?:{words})(?![\w’'-])")
    return pattern


def document_named_before(text: str, start: int, position: int, noun: str) -> tuple[int, int] | None:
    """The span of the last full mention before ``position`` (not before
    ``start``) of a document ``noun`` can refer to: "a statement carried by
    the state news agency" for "the statement", "a study published Monday" for
    "the paper"; None when the text names none.

    A full mention opens with an indefinite or possessive determiner ("a",
    "its", "the WMO's") at most six words before the noun, and runs through a
    participle phrase after it ("released Sunday afternoon", "circulated to
    House Republicans on Sunday"), which ends at punctuation, at "that", at a
    cue or at another verb.
    """
    window_start = max(start, position - _REACH)
    found = list(_noun_pattern(noun).finditer(text, window_start, position, timeout=REGEX_TIMEOUT))
    for match in reversed(found):
        opening = _determiner_before(text, max(window_start, match.start() - 80), match.start())
        if opening is not None:
            return opening, _postmodifier_end(text, match.end(), position)
    return None


def _determiner_before(text: str, lower: int, noun_start: int) -> int | None:
    """Where the determiner of a first mention opens, within six plain words
    before the noun at ``noun_start``; None when another determiner, a
    punctuation mark or a line end comes first."""
    before = text[lower:noun_start]
    words = before.split(" ")
    # (the last item is the empty string before the noun)
    if len(words) < 2 or words[-1] != "":
        return None
    at = noun_start - 1
    plain = words[-8:-1]
    for k in range(len(plain) - 1, -1, -1):
        word = plain[k]
        at -= len(word)
        if "\n" in word:
            # a determiner opening the paragraph ("\n\nA memo circulated ...")
            tail = word.rsplit("\n", 1)[1]
            return at + len(word) - len(tail) if tail.lower() in _FIRST_DETERMINERS else None
        if not word or word[-1:] in ",;:()\"“”—.!?":
            return None  # (a stop: "devoted their editorials to it. Quotations from ... papers")
        lower_word = word.lower()
        if lower_word in _FIRST_DETERMINERS or (word[:1].isupper() and word.endswith(("’s", "'s"))):
            return at
        # (a "the" inside a name is no determiner: "its State of the Global Climate report")
        if lower_word in ("the", "this", "that", "these", "those") and not (k and plain[k - 1] == "of") or lower_word in _CUE_WORDS:
            return None
        at -= 1
    return None


def _postmodifier_end(text: str, end: int, limit: int) -> int:
    """The end of the participle phrase after a document noun ending at
    ``end`` ("released Sunday afternoon", "published Monday in the journal
    Pediatric Sleep Medicine"), or ``end`` when none follows."""
    rest = text[end : min(limit, end + 200)]
    if not rest.startswith(" "):
        return end
    tokens = rest[1:].split(" ")[:14]
    first = tokens[0].rstrip(",.;:")
    if not (first.endswith("ed") and first.islower() or first in lx.IRREGULAR_PARTICIPLES or first in ("by", "from")):
        return end
    last = end
    position = end + 1
    after_determiner = False
    for k, token in enumerate(tokens):
        word = token.split("\n", 1)[0]
        bare = word.rstrip(",.;:—)")
        if k:
            if not bare or bare in ("that", "which", "who") or bare in _CUE_WORDS:
                break
            # a lower-case word ends the phrase ("... on Sunday struck a harder
            # line"), unless a determiner opened a noun ("by the state news agency")
            if bare[:1].islower() and bare not in _POSTMODIFIER_WORDS and bare not in _TIME_WORDS and not after_determiner:
                break
        if bare not in _POSTMODIFIER_WORDS:
            last = position + len(bare)
        if bare in _TIME_WORDS:
            break
        after_determiner = bare in _DETERMINERS or (after_determiner and bare[:1].islower())
        if bare != token:
            break  # punctuation or a line end ends the phrase
        position += len(token) + 1
    return last


_DETERMINERS = frozenset("the a an its their his her this".split())


#: Cue words, which end a participle phrase ("a study published Monday found").
_CUE_WORDS = lx.STRONG_REPORTING_VERBS | lx.WEAK_REPORTING_VERBS | lx.PARTICIPIAL_CUES
