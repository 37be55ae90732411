"""The attribution rules: cue words in, claims with sources out.

The rules read the quote-masked copy of the text (see ``quotes.py``), so a
reporting verb inside a quotation never fires and a quotation is one opaque
unit to them. Around each cue word they look left for the source and right
for the reported clause, or the other way round:

* ``S CUE (that) Q`` — source before, claim after (``pre``);
* ``Q, S CUE.`` — claim before, source before the cue (``post``);
* ``Q, CUE S.`` — inverted (``inverted``);
* ``According to S, Q`` / ``Q, according to S`` (``according``); ``In her words, Q`` (``own_words``);
* ``..., adding/noting (that) Q`` — participial cue sharing the main source;
* ``S accused X of Y``, ``S thanked X for “Y”`` — a speech act judging someone,
  whose claim is whom and what for (``judgement``; thanks, praise and blame
  only with the source's words quoted); ``S expressed hope that Q``
  (``expressed``);
* quotation-only sentences after an attribution continue the same speaker
  (``follow_on``).

Every pattern is compiled with the ``regex`` module with bounded repetitions,
and every one that reads the article runs with a timeout, so no input can make
it backtrack for long. Patterns over a few dozen characters cut from it (a
word, the text right after a comma) run without one: a timed call reads the
clock, which costs more than such a match.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from operator import attrgetter
from dataclasses import dataclass

import regex

from .. import lexicons as lx
from .places import region_after_comma
from .names import NAME_WITH_LIST_RE
from .quotes import CLOSE_MARK, MASK_CHAR, OPEN_MARK, Quote
from .source_lexicons import (
    DOCUMENT_NOUNS, MEDIA_NAME_WORDS, MEDIA_NOUNS, NAME_PARTICLES, ORG_NOUNS, PERSON_NOUNS, POSSESSIVE_DETERMINERS,
    POST_NOMINALS, ROLE_WORDS,
)

TIMEOUT = 5.0

_DAY_NAMES_LIST = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAYS = r"(?:" + "|".join(_DAY_NAMES_LIST) + r")"
_MONTHS = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_PARTS_OF_DAY = r"(?:\s(?:night|morning|afternoon|evening))?"
#: (a lone capital and "!" before another capital is a name's word: "E! News")
_CAP_WORD = r"(?:\p{Lu}!(?=\s\p{Lu})|\p{Lu}[\p{L}\p{N}&.’'-]{0,30})"
_CAP_RUN = (
    r"(?:(?:the\s|The\s)?" + _CAP_WORD
    # a number inside a name goes on to another capital ("BBC Radio 4's Today", "Channel 4 News")
    # (and the lower-case joints of names in other languages: "Bild am Sonntag", "Corriere della Sera")
    + r"(?:\s(?:of\s(?:the\s)?|and\s|the\s|for\s(?:the\s)?|de\s|al-|(?:am|im|der|del|della|dello|du|des|do|da|di)\s(?=\p{Lu}))?(?:" + _CAP_WORD + r"|\d{1,3}(?:['’]s)?(?=\s\p{Lu}))){0,6})"
)

#: What a name possesses, after it: "the Bank of England's staff magazine".
_POSSESSED = r"(?:(?<=['’]s)(?:\s(?!that\s|on\s|in\s|at\s)[\p{Ll}-]{1,20}){1,2}(?![\p{L}-]))?"

_MEDIA = "|".join(sorted(lx.MEDIA_WORDS, key=len, reverse=True))
#: A media word after an outlet's name: "in a statement to People magazine".
_MEDIA_AFTER_NAME = r"(?:\s(?:" + _MEDIA + r"))?"
#: Adverbials that sit between a cue and the reported clause
#: ("said on Tuesday in a statement that ...").
_ADVERBIAL_ALTERNATIVES = (
    r"(?:(?:late|early)\s)?(?:on\s)?" + _DAYS + _PARTS_OF_DAY +
    r"|(?:last|this|next|earlier\sthis|later\sthat|late\slast|early\slast|earlier|later)\s(?:week|month|year|weekend|night|morning|afternoon|evening|spring|summer|fall|autumn|winter|" + _DAYS + r")"
    r"|on\s" + _MONTHS + r"\s\d{1,2}"
    r"|in\s" + _MONTHS + r"|in\s\d{4}"
    # ("said three hours later", "told reporters days earlier")
    r"|(?:(?:a|an|one|two|three|four|five|six|several|a\sfew|some|\d{1,3})\s)?(?:minutes?|hours?|days?|weeks?|months?|years?|moments)"
    r"\s(?:later|earlier|afterwards?|ago)(?![\p{L}-])"
    r"|only(?=\sthat\s)|however|instead|nonetheless|nevertheless|yesterday|today|tonight|earlier|later|again|also|previously|separately|recently|publicly|privately|repeatedly|afterwards?|too|then|at\sthe\stime|at\sthe\sweekend|in\sresponse|in\sreply|on\sthe\srecord"
    # ("in its 7 a.m. advisory", "in a 2,000-word statement": numbers among the words before the noun)
    r"|(?:in|during|at|via|through|on)\s(?:a|an|the|his|her|their|its)\s(?:[\p{L}\p{N}.,:-]{1,20}\s){0,3}?(?:" + lx.STATEMENT_NOUNS + r")(?![\p{L}-])"
    r"(?:\s(?:with|to|on|by|from|for|carried\sby|published\sby|published\sin|posted\son|released\sby|issued\sby|broadcast\son|aired\son|seen\sby|obtained\sby|read\sby|read\sout\sby|reviewed\sby|sent\sto|shared\swith|in)\s(?:" + _CAP_RUN + _POSSESSED + _MEDIA_AFTER_NAME + _PARTS_OF_DAY + r"|(?:the\s|a\s|an\s|his\s|her\s|their\s|its\s)?[\p{Ll}-]{1,20}(?:['’]s)?(?:\s(?!that\s)[\p{Ll}-]{1,20}){0,2}))?"
    r"|(?:published|released|posted|issued|broadcast|aired|recorded|filmed)(?=\s(?:(?:on|late|early|last|earlier|this)\s)?(?:" + _DAYS + r"|yesterday|today|tonight|overnight|week|month|year|" + _MONTHS + r")(?![\p{L}]))"
    r"|(?:by|via|over)\s(?:the\s)?(?:tele)?phone|by\s(?:e-?mail|text|video\slink)|via\s(?:video(?:\slink)?|e-?mail|a\sspokes\w+)|through\sa\sspokes\w+"
    r"|on\s" + _CAP_RUN + r"(?=\s(?:that\s|the\s|a\s|an\s|it\s|he\s|she\s|they\s|we\s|[,.]))"
    r"|on\s(?:Twitter|X|Facebook|Instagram|LinkedIn|Telegram|TikTok|YouTube|Threads|Bluesky|Truth\sSocial|social\smedia|television|state\stelevision|state\sTV|national\stelevision|radio|air|camera)"
    r"(?:,\s(?:formerly|previously)\s(?:known\sas\s|called\s)?Twitter,)?"  # "wrote on X, formerly known as Twitter, that"
    r"|to\s(?:the\s)?(?:reporters|journalists|press|media|lawmakers|supporters|parliament|Congress|the\s\p{Lu}[\p{L}-]+|" + _CAP_RUN + r")"
    r"|in\s" + _CAP_WORD + r"(?:\s" + _CAP_WORD + r")?"
    r"|(?:in|at)\sthe\s" + _CAP_WORD + r"(?:\s(?:of\s|and\s|for\s|on\s)?" + _CAP_WORD + r"){0,6}(?=\s{0,3}[,;.]|$|\sthat\s)"
    # (a phrase ends before a comma or stop, or before a pronoun opening the clause: "told reporters after the meeting he was")
    r"|(?:outside|inside|near|after|before|following|during|at|from|in|on|shortly\safter|soon\safter|moments\safter|minutes\safter)\s"
    r"(?:the\s|a\s|an\s|his\s|her\s|their\s|its\s)?(?:[\p{L}\p{N}.’'-]{1,25}\s){0,3}?[\p{L}\p{N}.’'-]{1,25}(?=\s{0,3}[,;]|\.?$|\.\s|\s(?:he|she|they|we|I)\s)"
    r"|(?:in|at|from)\sthe\s(?:capital|city|town|village|region|province|state|country|north|south|east|west|parliament|chamber|courtroom|court|hospital|port|area|border|field)"
    # how long: "has argued for months that", "has said for the first time that"
    r"|for\s(?:the\s(?:first|second|third|last)\stime|some\stime|a\s(?:long\s)?(?:while|time)|ages|(?:(?:the\s)?(?:past|last)\s)?"
    r"(?:(?:more\sthan|nearly|almost|about|at\sleast|over|well\sover)\s)?(?:a|\d{1,4}|a\sfew|several|many|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty)?\s?"
    r"(?:years?|months?|weeks?|days?|decades?|hours?|generations?))(?![\p{L}-])"
)


@lru_cache(maxsize=None)
def _adverbial() -> regex.Pattern:
    """The adverbial pattern, compiled on first use so that importing stays
    cheap. One pattern for every clause: a word test rules out most clauses
    before it runs, and patterns restricted to the branches that can start
    with each first letter matched barely faster, while compiling one per
    letter cost more than all the matching of a large batch."""
    return regex.compile(r"(?:\s{0,3},?\s{0,3}(?:" + _ADVERBIAL_ALTERNATIVES + r"))", regex.V1)


#: What follows the source of an inverted cue without belonging to it: when
#: and how the words were said ("said the farmer on Tuesday", "wrote analysts
#: at X in a note to clients", "said the coach in an interview with Y").
_SOURCE_TAIL = regex.compile(
    r"\s(?:(?:in|during|at|via|through|on)\s(?:a|an|the|his|her|their|its)\s(?:[\p{L}-]{1,20}\s){0,3}?(?:" + lx.STATEMENT_NOUNS + r")(?![\p{L}-])"
    r"(?:\s(?:with|to|on|by|from|for)\s(?:" + _CAP_RUN + r"|(?:the\s|a\s|an\s|his\s|her\s|their\s|its\s)?[\p{Ll}-]{1,20}(?:\s[\p{Ll}-]{1,20})?))?"
    r"|on\s" + _DAYS + _PARTS_OF_DAY + r"|" + _DAYS + _PARTS_OF_DAY + r"(?=\s{0,3}[,.;!?]|\s{0,3}$)"
    r"|(?:last|this|earlier\sthis|later\sthat)\s(?:week|month|year|weekend|night|morning|afternoon|evening)"
    r"|on\s(?:Twitter|X|Facebook|Instagram|LinkedIn|Telegram|TikTok|YouTube|Threads|Bluesky|social\smedia|television|radio)"
    r"|(?:yesterday|today|tonight))(?![\p{L}-])",
    regex.V1,
)

#: The words a _SOURCE_TAIL match can begin with: the pattern runs only after one.
_SOURCE_TAIL_FIRST = frozenset(
    "in during at via through on last this earlier later yesterday today tonight".split()
) | frozenset(_DAY_NAMES_LIST)

_THAT_OPENERS = (
    "in at on during to by via over from after before late earlier last this of about while when aboard outside inside near following ahead"
).split()
_THAT_SOON = regex.compile(
    r"\s{0,3},?\s{0,3}(?:(?:" + "|".join(_THAT_OPENERS) + r")\s[^,;:\u201c\u201d\x01\n]{0,100}?\s)?that\s",
)
#: First words with which a _THAT_SOON match can begin: a set lookup skips
#: the pattern for every other clause.
_THAT_SOON_FIRST = frozenset(_THAT_OPENERS + ["that"])

#: The object of "told": an outlet named with a media word ("told the
#: local radio station Kestrel FM"), a capitalized name, an audience
#: ("reporters"), a plural noun, or a pronoun.
_VIA_BRANCHES = (
    r"(?:the\s)?(?:" + _CAP_RUN + r"\s)?(?:[\p{Ll}-]{2,20}\s)?(?:" + _MEDIA + r")(?:\s(?:" + _MEDIA + r"))?\s" + _CAP_RUN,
    # "told the club's website", "told a local newspaper": a media word and no name
    # (not "told a news conference": an event, read by the audience branch below)
    r"(?:the|a|an|its|his|her|their)\s(?:[\p{L}'’-]{1,25}\s){0,2}?(?:" + _MEDIA + r")(?!\s(?:conference|briefing)s?\b)",
    _CAP_RUN + r"(?:\s(?:" + _MEDIA + r")){0,2}",
    r"(?:the\s|a\s|an\s|local\s|foreign\s)?(?:[\p{Ll}-]{1,20}\s){0,2}?(?:" + "|".join(sorted(lx.AUDIENCE_NOUNS)) + r")"
    r"(?!\s(?:conference|briefing)s?\b)"  # ("a press conference", not "a press")
    r"(?:\sof\s(?:the\s|his\s|her\s|their\s)?[\p{Ll}-]{2,20}s)?",
    r"(?:[\p{Ll}-]{1,20}\s)?\p{Ll}{2,20}s(?=\s(?:that|on|in|at|after|before|during|by|outside|there|he|she|they|it|we|I|,)\b|[,.:])",
    r"him|her|them|us|me",
)


def _via_pattern(branches: tuple[str, ...]) -> regex.Pattern:
    return regex.compile(r"\s{1,3}(" + "|".join(branches) + r")(?=[\s,.;:!?]|$)", regex.V1)


_VIA_AFTER_TOLD = _via_pattern(_VIA_BRANCHES)
#: The same without the media-word branches, which cost most of the time
#: and cannot match when no media word follows within _MEDIA_REACH.
_VIA_WITHOUT_MEDIA = _via_pattern(_VIA_BRANCHES[2:])
#: A media word of the first branch starts within this many characters (its
#: optional parts before the media word, at their longest).
_MEDIA_REACH = 300


_CUE_WORDS = sorted(
    lx.STRONG_REPORTING_VERBS | lx.WEAK_REPORTING_VERBS | lx.PARTICIPIAL_CUES | lx.QUOTE_ONLY_CUES
    | set(lx.JUDGEMENT_CUES) | {"expressed"} | lx.DOCUMENT_TEXT_CUES | lx.BACK_CUES | lx.IT_PASSIVE_CUES,
    key=len,
    reverse=True,
)
_CUE_SET = frozenset(_CUE_WORDS)
#: The cues the general rules read ("accused" is one; "thanked" only a judgement).
_FINITE_CUES = lx.STRONG_REPORTING_VERBS | lx.WEAK_REPORTING_VERBS | lx.QUOTE_ONLY_CUES
#: "Said one resident: “...”" — a cue opening its sentence, source after it.
_FRONTED_CUES = ("Said ", "Says ", "Added ", "Asked ")
_TOKEN_PUNCT = "\"'“”‘’«»,;:.!?()[]{}—–-…*/\x01•·▪●"
_PUNCT_SET = frozenset(_TOKEN_PUNCT)

#: The outlet or audience named by the phrase that frames the attribution:
#: "in an interview with X", "Speaking to X last week, she said", "who spoke to X".
#: The lead of a cue runs _INTERVIEW_VIA only when it holds one of these
#: ("interview", "speaking", "talking", "spoke", "talked", "writing in").
_INTERVIEW_VIA_WORDS = ("nterview", "king ", "spoke ", "talked ", "riting ", "omments to", "emarks to", "tatement to")
_INTERVIEW_VIA = regex.compile(
    r"(?i:in\s(?:an?|his|her|their|its)\s(?:[\p{L}\p{N}-]{1,20}\s){0,3}?interview\swith|(?:speaking|talking|spoke|talked)\s(?:to|with)"
    # "In comments to the Financial Times, the chief executive said"
    r"|in\s(?:(?:an?|his|her|their|its)\s(?:[\p{L}-]{1,20}\s)?)?(?:comments|remarks|statement)\sto"
    r"|writing\s(?:in|for))\s(" + _CAP_RUN + _POSSESSED + r"(?:\s(?:" + "|".join(sorted(lx.MEDIA_WORDS, key=len, reverse=True)) + r"))?"
    r"|(?:the\s)?(?:" + "|".join(sorted(lx.AUDIENCE_NOUNS)) + r")(?![\p{L}-]))",
    regex.V1,
)


@lru_cache(maxsize=None)
def _main_cue_after_aside() -> regex.Pattern:
    """The main cue after a participial aside: ", said", "," said", "” said"
    (compiled on first use: an alternation of every cue takes 15 ms)."""
    return regex.compile(
        r"(?<=[,\u201d\u2019\"])\s{1,3}(?:" + "|".join(sorted(_FINITE_CUES, key=len, reverse=True)) + r")(?![\p{L}-])"
    )


#: First words of the object of "to" between a cue and "that" ("said to reporters
#: that", "confirmed to the Guardian that"); any other lower-case word is a verb.
_TO_OBJECT_FIRST = frozenset(lx.AUDIENCE_NOUNS) | frozenset(
    "the a an his her their its our my your this that these those local state foreign".split()
)


def tokens(text: str, s: int, e: int) -> list[tuple[str, int, int]]:
    """Words of ``text[s:e]`` with their offsets, punctuation stripped.

    Plain string methods rather than a pattern: this runs around every cue
    and is the hottest loop of the extractor.
    """
    out: list[tuple[str, int, int]] = []
    seg = text[s:e]
    words = seg.split()
    joined = sum(map(len, words)) + len(words) - 1
    if len(seg) == joined:
        at = s
    elif words and len(seg.strip()) == joined:
        # spaces around the words only (a stretch cut at a cue or a comma)
        at = s + seg.find(words[0])
    else:
        at = -1
    if at != -1:
        # one separator between words (the usual case): offsets follow
        # from the lengths, no search needed
        append = out.append
        for tok in words:
            end = at + len(tok)
            if tok[0] in _PUNCT_SET or tok[-1] in _PUNCT_SET:
                _append_stripped(out, tok, at)
            else:
                append((tok, at, end))
            at = end + 1
        return out
    pos = 0
    find = seg.find
    for tok in words:
        i = find(tok, pos)
        pos = i + len(tok)
        if tok[0] in _PUNCT_SET or tok[-1] in _PUNCT_SET:
            _append_stripped(out, tok, s + i)
        else:
            out.append((tok, s + i, s + pos))
    return out


def _holds_a_verb(words: list[str]) -> bool:
    """Do lower-case ``words`` hold a finite verb: an auxiliary, or a past
    tense not right after an article or a possessive ("posed", but not the
    adjective of "a retired colonel", "the elected mayor")?"""
    for i, w in enumerate(words):
        if w in lx.FINITE_VERB_HINTS:
            return True
        if (w.endswith("ed") or w in lx.IRREGULAR_PAST) and w.islower() and not (
            i and (words[i - 1] in _NOUN_DETERMINERS or words[i - 1].endswith(("'s", "’s")))
        ):
            return True
    return False


def _first_word(text: str, s: int, e: int) -> str:
    """The first word of ``text[s:e]`` without its surrounding punctuation
    ("" if there is none): the word ``tokens`` gives first, but for the
    period it keeps after an abbreviation, which no verb has. Cheaper than
    all the tokens when a rule only asks what opens a clause."""
    for token in text[s:e].split():
        core = token.strip(_TOKEN_PUNCT)
        if core:
            return core
    return ""


def _append_stripped(out: list[tuple[str, int, int]], tok: str, at: int) -> None:
    """Append ``tok`` (at offset ``at``) without its surrounding punctuation,
    keeping the period of an abbreviation or an initial; nothing if it is all
    punctuation."""
    core = tok.strip(_TOKEN_PUNCT)
    if not core:
        return
    a = len(tok) - len(tok.lstrip(_TOKEN_PUNCT))
    b = a + len(core)
    if b < len(tok) and tok[b] == "." and ("." in core or core.lower() in lx.ABBREVIATIONS or (len(core) == 1 and core.isupper())):
        core += "."
        b += 1
    out.append((core, at + a, at + b))


def find_cues(masked: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of every cue word in ``masked[start:end]``, in order.

    A cue word counts when some word of the text, stripped of punctuation,
    is that cue word; then every occurrence of it between word boundaries is
    a cue. The candidates come from a set intersection on the words of the
    text with its punctuation blanked out (a few ``str.replace`` calls rather
    than stripping every distinct word), and ``str.find`` checks the few
    candidates: linear, and far faster than one alternation pattern.
    """
    region = masked[start:end]
    blanked = region
    for mark in _TOKEN_PUNCT:
        if mark in blanked:
            blanked = blanked.replace(mark, " ")
    found = []
    length = len(region)
    find = region.find
    for word in _CUE_SET.intersection(blanked.split()):
        n = len(word)
        present = False
        occurrences = []
        i = find(word)
        while i != -1:
            before = region[i - 1] if i else " "
            after = region[i + n] if i + n < length else " "
            if not (before.isalnum() or before in "’'-") and not (after.isalnum() or after in "’'-"):
                occurrences.append((start + i, start + i + n, word))
            present = present or _stands_alone(region, i, i + n)
            i = find(word, i + n)
        if present:
            found.extend(occurrences)
    for fronted in _FRONTED_CUES:
        i = region.find(fronted)
        while i != -1:
            if i == 0 or region[i - 1] in " \n\t\u201d\"":
                found.append((start + i, start + i + len(fronted) - 1, fronted[:-1]))
            i = region.find(fronted, i + 1)
    # ("In her words," is found with its comma; the cue is the words before it)
    for lead in _SOURCE_LEADS + _OWN_WORDS_LEADS if region.find(" words,") != -1 else _SOURCE_LEADS:
        cue = lead.rstrip(",")
        i = region.find(lead)
        while i != -1:
            if i == 0 or not region[i - 1].isalnum():
                found.append((start + i, start + i + len(cue), cue))
            i = region.find(lead, i + 1)
    found.sort()
    return found


#: Phrases that open a source and make what follows its claim: "according to
#: X, Q" and its literary cousin "in the words of X, Q".
_SOURCE_LEADS = ("according to", "According to", "in the words of", "In the words of", "per ", "Per ")
#: "In her words, Q": the possessive is the source, what follows the comma its claim.
_OWN_WORDS_LEADS = tuple(
    f"{first} {pronoun}{own} words,"
    for first in ("In", "in")
    for pronoun in ("his", "her", "their", "its")
    for own in ("", " own")
)

_OWN_WORDS_SET = frozenset(lead[:-1].lower() for lead in _OWN_WORDS_LEADS)

#: "put it" / "puts it": "as she put it", "“Q,” he put it".
_PUT_CUES = ("put", "puts")

#: What follows "per" when it is a rate, not a source ("per cent", "$5 per share").
#: Plural sources "per" may name without an article ("per sources", "per two people familiar").
_PER_SOURCE_NOUNS = frozenset("sources people officials persons insiders aides diplomats executives documents records".split())
_PER_UNITS = frozenset(
    """
    cent centum capita annum year years month day week hour minute second share head person
    household litre liter gallon barrel kilo kilogram pound ton tonne unit mile kilometre kilometer
    game match night visit trip ticket serving dose tablet student employee customer patient
    """.split()
)


def _stands_alone(region: str, i: int, j: int) -> bool:
    """Is ``region[i:j]`` a whole word once the punctuation around it is
    stripped (only punctuation between it and whitespace or either end)?"""
    while i > 0 and region[i - 1] in _PUNCT_SET:
        i -= 1
    if i > 0 and not region[i - 1].isspace():
        return False
    while j < len(region) and region[j] in _PUNCT_SET:
        j += 1
    return j == len(region) or region[j].isspace()


_MONTH_NAMES = frozenset(
    "Jan January Feb February March April May June July Aug August Sept Sep September Oct October Nov November Dec December".split()
)
_DAY_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_DETERMINERS = frozenset("the a an its his her their our my your this that these those".split())
#: Determiners after which a verb-like word is a noun ("the plans", "its
#: needs"); not "that", which also opens relative clauses ("that are").
_NOUN_DETERMINERS = frozenset("the a an its his her their our my your these those".split())
#: Verbs of belief whose object clause opens without "that": the subject of a
#: cue after one starts after it ("Roe believes the documents show ...").
_COMPLEMENT_VERBS = frozenset("believes thinks knows suspects feels expects".split())
#: Pronouns that can only be a subject: one of them before a cue is the whole source.
_SUBJECT_PRONOUNS = frozenset("he she they we i".split())
#: The same as written after a cue's object ("reminded staff they ..."); "it" too.
_SUBJECT_PRONOUNS_CASED = frozenset("he she they we I it".split())
_COUNT_WORDS = frozenset("one two three four five six seven eight nine ten another some several".split())
_PREPOSITIONS = frozenset("of to for by with from on in at about into over under than as".split())
#: Cues that name a thing in the source's words ("what critics called “a farce”").
_NAMING_CUES = frozenset("called calls call described describes labelled labeled branded brands".split())


def _title_cased(words: str) -> bool:
    """Are ``words`` (a quotation's text) a name: two or more words, each
    capitalized but for short function words, a year or a number being part
    of a name ("Sehat Card Plus", "Clear Tap 2030")?"""
    ws = words.rstrip(" ,.").split()
    return len(ws) >= 2 and ws[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or (len(w) <= 3 and w.islower()) for w in ws
    )


def _named_in_quotes(head: str) -> bool:
    """Does every quotation of ``head`` only name a thing ("demanding what it
    called ‘a credible plan’", "agreed the so-called ‘merger of equals’"), so
    that none of them is words reported?"""
    k = head.find(OPEN_MARK)
    if k == -1:
        return False
    while k != -1:
        before = head[:k].rstrip().rsplit(None, 1)[-1:]
        if not before or (before[0].lower() not in _NAMING_CUES and before[0].lower() != "so-called"):
            return False
        close = head.find(CLOSE_MARK, k)
        if close == -1:
            return False
        k = head.find(OPEN_MARK, close)
    return True


#: Prepositions of a phrase of place or time after a cue ("told AFP from a shelter").
_PLACE_TIME_PREPOSITIONS = frozenset("from at in on after before during outside inside near by via alongside beside beneath under below above".split())
#: Prepositions that end the audience of "told" ("told the court through an
#: interpreter") and open no reported clause after a cue.
_AUDIENCE_ENDING_PREPOSITIONS = _PREPOSITIONS | _PLACE_TIME_PREPOSITIONS | {"through"}
#: ... of them, those that open a phrase and never a claim ("to" opens
#: "vowed to avenge", "as" a clause).
#: "against" opens advice, not a claim ("cautioned against reading too much into a poll").
_PHRASE_PREPOSITIONS = (_AUDIENCE_ENDING_PREPOSITIONS - {"to", "as", "than"}) | {"against", "ahead"}
#: First words of a phrase between a cue and its colon: "said as he jailed
#: him: “...”", "said of the ruling:", "said last night:", "said simply:".
_COLON_PHRASE_OPENERS = _PLACE_TIME_PREPOSITIONS | frozenset(
    "as when while of about with through last this earlier later yesterday today tonight afterwards afterward again then".split()
)
#: Prepositions after a subject's head noun: "Data from the Labor Department".
_HEAD_ENDING_PREPOSITIONS = frozenset("from of by in on at for under".split())
#: Adverbs that date a parenthetical about the source (", now in charge of X,").
_TIME_ADVERBS = frozenset("now formerly once then still previously currently later since".split())
_PARENTHETICAL_OPENERS = frozenset(
    """
    who which whose where in on at after asked citing according when while as like although though because
    of for from with without during before since also however meanwhile too via under by
    about around roughly approximately nearly
    """.split()
)
#: Party-and-state tags after a legislator's name ("R-Texas", "D-N.Y.").
_AFFILIATION = regex.compile(r"[DRI]-[\p{Lu}][\p{L}.]{0,15}$")
#: What follows a cue that reports no clause: "said to be", "said so", "said
#: no." / "said no to the offer" (a refusal, while "said no decision had been
#: made" is a reported clause), "said nothing" (but "said nothing had been
#: decided" reports a clause whose subject is "nothing").
_NO_CLAUSE = regex.compile(
    r"\s(?:to\sbe|to\shave|of\s|about\s(?!\$|\d|one|two|three|four|five|six|seven|eight|nine|ten|half|a\s)|so\b"
    r"|(?:yes|no)(?=\s?[.,;:!?\u201d\x01]|\sto\s|$)"
    r"|nothing(?!\s(?:yet\s)?(?:had|has|have|was|is|would|will|could|can|should|may|might|must)\b)"
    r"|(?:(?:his|her|their|its|my|our)\s)?(?:goodbyes?|farewells?)\b)"
)
_COORDINATION = regex.compile(r"(?:,?\s(?:and|but|while|whereas|though|although)|;)\s{1,3}$")
_COORDINATORS = ("and", "but", "while", "whereas", "though")
_SUBORDINATORS = frozenset("if when while although though as because unless once after before since until whether".split())
#: A dateline opening the first sentence: "KYIV, Ukraine (AP) — ", "BEIRUT: ".
#: "LISBON, May 2 (Agency) - ", "SAN JOSE, Calif., June 3, 2025 /PRNewswire/ -- "
_DATELINE = regex.compile(
    r"\p{Lu}{2}[\p{Lu}\s.'’-]{0,30}(?:,\s[\p{L}\p{N}\s.,]{1,40}?)?(?:\s?\([^)\n]{1,30}\)|\s?/[^/\n]{1,30}/)?\s{0,2}(?:[-—–]{1,2}|:)\s"
)
_DATELINE_DASH = regex.compile(r"\s[-—–]{1,2}\s")
#: The dash or colon that ends a _DATELINE match lies within this many
#: characters of its start (the sum of its bounded parts).
_DATELINE_REACH = 112


def _contains_any(text: str, words) -> bool:
    """Does any of ``words`` occur in ``text``? A plain loop: these tests
    run around every cue, and ``any()`` over a generator costs a third more."""
    for word in words:
        if word in text:
            return True
    return False


def _has_any(text: str, chars: str, start: int, end: int) -> bool:
    """Does any of ``chars`` occur in ``text[start:end]``? (A necessary
    condition checked before a pattern, which costs far more to call.)"""
    find = text.find
    for ch in chars:
        if find(ch, start, end) != -1:
            return True
    return False


#: What ends the source after an inverted cue ("said the minister, who"),
#: unless a comma opens a description of the source.
_SOURCE_AFTER_STOPS = ",;:(\u201c" + MASK_CHAR


def _first_of(text: str, chars: str, start: int, end: int) -> int:
    """The first offset in ``text[start:end]`` of any of ``chars``, or -1:
    one ``str.find`` per character rather than a Python loop per offset."""
    first = -1
    find = text.find
    for ch in chars:
        k = find(ch, start, end)
        if k != -1 and (first == -1 or k < first):
            first = k
            end = k
    return first


def _and_a_verb(phrase: str) -> bool:
    """Does "and" join a lower-case word that opens no noun phrase ("a helicopter
    and rewritten its rules": a second predicate)?"""
    k = phrase.find(" and ")
    if k == -1:
        return False
    after = phrase[k + 5 :].split(None, 1)[:1]
    return bool(after) and after[0].islower() and after[0] not in _NOT_INFINITIVE


def _quoted_after_object(clause: str) -> bool:
    """Does a quotation follow the object of a naming cue, an object that holds
    an "and" ("called the decision to share code and data “exactly what the
    field needs”"), before any comma or verb?"""
    k = clause.find(OPEN_MARK)
    if k == -1 or any(ch in clause[:k] for ch in ",;:"):
        return False
    words = [w.strip(_TOKEN_PUNCT).lower() for w in clause[:k].split()]
    return 1 < len(words) <= 14 and not any(w in lx.FINITE_VERB_HINTS or w in _CUE_SET for w in words)


def _clause_head(clause: str) -> str:
    """The first stretch of a reported clause: up to a comma, a semicolon or
    a second predicate ("and", "but")."""
    end = len(clause)
    for stop in (",", ";", " and ", " but "):
        k = clause.find(stop, 0, end)
        if k != -1:
            end = k
    return clause[:end]


_NO_CLAUSE_PREFIXES = frozenset("to of ab so ye no go fa hi he th it my ou".split())


def _no_clause_possible(after: str) -> bool:
    """Can _NO_CLAUSE match ``after`` (the text right after a cue)? Its
    branches start with these two letters, and each needs more of a whole
    word after them ("to be", "about", "goodbye", "no.", "so", "yes")."""
    head = after[1:3]
    if head not in _NO_CLAUSE_PREFIXES:
        return False
    if head == "to":
        return after[4:6] == "be" or after[4:8] == "have"
    if head == "ab":
        return after[1:6] == "about"
    if head == "go":
        return after[1:8] == "goodbye"
    if head == "fa":
        return after[1:9] == "farewell"
    if head in ("hi", "he", "th", "it", "my", "ou"):
        # "said his goodbyes", "said their farewells"
        rest = after[1:].split(None, 2)
        return len(rest) > 1 and rest[0] in POSSESSIVE_DETERMINERS and rest[1].startswith(("goodbye", "farewell"))
    if head == "no":
        return after[1:8] == "nothing" or not after[3:4].isalnum()  # "not", "now": no
    if head == "so":
        return not (after[3:4].isalnum() or after[3:4] == "_")  # "some": no word boundary
    if head == "ye":
        return after[1:4] == "yes" and not after[4:5].isalnum()
    return True


def _reduced_relative(words: list[str]) -> bool:
    """Is there, among the first four of ``words``, a past participle with
    its agent ("headed by", "chaired by", "led by"): a phrase that stays with
    the noun before it ("a bench headed by the chief justice")?"""
    for k in range(min(4, len(words) - 2)):
        if words[k + 1] == "by" and (words[k].endswith("ed") or words[k] in ("led", "run", "held")):
            return True
    return False


#: "issued a statement saying Q": verbs that put out a message, and the messages.
_ISSUING_VERBS = frozenset(
    "issued issues released releases posted posts sent sends published publishes shared shares circulated "
    "distributed emailed tweeted wrote writes filed out".split()
)
_MESSAGE_NOUNS = frozenset(
    "statement statements letter note email e-mail message post tweet video memo memorandum notice release "
    "update bulletin communique communiqué advisory alert".split()
)


#: Participles by which a writer draws an inference from an event ("The yen
#: weakened, suggesting that ..."): a claim only after a cue ("Police said X,
#: indicating that Y").
_INFERENCE_PARTICIPLES = frozenset("suggesting indicating signaling signalling showing".split())
#: Words opening an embedded question: "about what the data shows." reports nothing.
_WH_WORDS = frozenset("what how why whether where when".split())
#: "repeated his claim that Q": the verbs by which a subject makes its own claim again.
_REPEATING_VERBS = frozenset(
    "repeated repeats repeating reiterated reiterates renewed renews restated restates made makes echoed echoes".split()
)


#: Words ending in "-ed" that are no past tense ("12th seed Lena Roe", "three hundred").
_ED_NON_VERBS = frozenset("seed seeds need speed creed breed greed deed bed shed steed weed feed reed red hundred sled".split())


def _verb_like(word: str) -> bool:
    """Is the lower-case ``word`` an auxiliary, an irregular past or an "-ed"
    form: the mark of a clause's verb that the clause tests look for?"""
    return word in lx.FINITE_VERB_HINTS or word in lx.IRREGULAR_PAST or (word.endswith("ed") and len(word) > 3)


def _past_tense(word: str) -> bool:
    """Does ``word`` look like a verb in the past tense ("paused", "met")?"""
    return word.islower() and ((word.endswith("ed") and word not in _ED_NON_VERBS) or word in lx.IRREGULAR_PAST)


def _holds_cue_verb(words: list[str]) -> bool:
    """Is one of ``words`` a cue word read as a verb? After a determiner it
    is a noun ("said of his point guard", "spoke of the report")."""
    for k, word in enumerate(words):
        if word in _CUE_SET and not (k and words[k - 1].lower() in _NOUN_DETERMINERS):
            return True
    return False


_ADVERBIAL_STARTS = frozenset(
    """
    on in at during via through by over to from last this next earlier later late early yesterday today
    tonight again also previously separately recently publicly privately repeatedly afterwards afterward
    however instead nonetheless nevertheless aboard only
    published released posted issued broadcast aired recorded filmed
    too then outside inside near after before following shortly soon moments minutes for Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday
    hours days weeks months years
    """.split()
)
#: Prepositions of a fronted phrase of time ("After the vote,"; not "while", whose
#: noun phrase is a clause's subject: "while a rival group, NetLab, argued").
_TIME_PREPOSITIONS = frozenset("after before following during since until amid".split())
#: Words before "after"/"before" in a fronted phrase of time ("Hours after the vote,").
_BEFORE_A_TIME_WORD = frozenset("hours days minutes weeks months years moments shortly soon just right long".split())
#: Last words of a fronted phrase of distance or time ("Ninety miles east,").
_DISTANCE_ENDS = frozenset("east west north south away later earlier ago apart upstream downstream inland offshore".split())
#: "said three hours later": a count opens an adverbial only before a unit of time.
_COUNTS_BEFORE_TIME = frozenset("a an one two three four five six several some few".split())
_TIME_UNITS = frozenset("minute minutes hour hours day days week weeks month months year years moments".split())
#: Auxiliaries of a passive: "were dismissed", "was warned", "was arrested and charged" (one predicate).
_PASSIVE_AUXILIARIES = frozenset("was were been being is are be".split())
#: Cues only when "that" follows them.
_THAT_ONLY_CUES = frozenset("held objected".split())
#: "The commissioner disclosed this while speaking with journalists": "this" is
#: the sentence before, news the paper led with and attributes after (a house
#: style of West African and South Asian papers). The words that may follow
#: "this" there: a setting or a time, never a noun ("said this week") or a verb
#: ("said this was untrue").
_BACK_REFERRING_CUES = frozenset("disclosed stated said revealed announced confirmed".split())
_SETTING_AFTER_THIS = frozenset(
    "while when in at on during after before to through via yesterday today".split()
)
#: Words after which a cue word is a noun: prepositions (not "to", which makes an
#: infinitive) and participles that take an object.
_BEFORE_A_NOUN = frozenset("of for by with from on in at about into over under than amid despite citing after following".split())
#: Auxiliaries after a plural noun: a cue word before one is that noun ("signals were").
_PLURAL_AUXILIARIES = tuple(f" {w} " for w in "were are have had will would could can may might must should".split())
#: ", and threatening to ...", " and adding ...": a second participle of the source's.
_SECOND_PARTICIPLE = regex.compile(r",?[ \t]and[ \t](\p{Ll}{3,20}ing)\b(?:[ \t](to)[ \t])?")
#: Words that end the agent of "quoted as saying by X" ("during a meeting", "on Wednesday").
_AGENT_ENDS = frozenset("during at in on after before when while as who which".split())
#: "spent the better part of two years" before a participle: its subject's time spent saying it.
_SPENT_TIME = regex.compile(
    r"\bspen(?:t|ds?|ding)(?:[ \t]+[\w'’-]+){0,6}?[ \t]+(?:years|months|weeks|days|hours|decades|minutes|time|"
    r"year|month|week|day|season|summer|winter|campaign|career)$"
)
#: Cue words that as often take a plain object ("when he heard it", "found a body").
_OBJECT_VERB_CUES = frozenset("heard hears read reads found finds show shows showed put puts".split())
#: One-word objects of a verb, after which nothing is reported ("they have found three").
_BARE_OBJECTS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands "
    "nothing none everything something it them this".split()
)
#: Participles by which a document shows something ("data showing that ...").
_EVIDENCE_PARTICIPLES = frozenset("showing suggesting indicating saying stating finding concluding".split())
#: Words of a short phrase after a participle ("published last week", "released on Monday").
_PHRASE_AFTER_PARTICIPLE = frozenset("last this on in week month year monday tuesday wednesday thursday friday saturday sunday".split())
#: Prepositions after a thing's noun that place it ("service across Ottawa").
_PLACE_PREPOSITIONS = frozenset("across around near over through throughout within along".split())
#: Words opening a subordinate clause whose subject a participle after it may share.
_SUBORDINATE_OPENERS = (" that ", " after ", " when ", " because ", " since ", " before ", " until ", " once ")
#: Subordinators of a clause telling when the source spoke, between the cue and its "that".
_WHEN_SPEAKING = ("as ", "when ", "while ", "upon ")
_NP_START = regex.compile(r"\s{0,3}(?:the|a|an|its|his|her|their|one|two|three|four|five|several|some|many|both|\p{Lu})")


def _titled_name_start(masked: str, p: int, se: int) -> bool:
    """Whether ``masked[p:se]`` opens with a lower-case job title and a
    name ("said meteorologist Ana Roe", "said state epidemiologist Ana Roe")."""
    words = masked[p : min(se, p + 80)].split(None, 4)
    for i, word in enumerate(words[:4]):
        if word[:1].isupper():
            return i > 0
        if not word.isalpha() or word in _PREPOSITIONS or word in _ADVERBIAL_STARTS or word in lx.PRE_CUE_FILLERS:
            return False
    return False


_AND_THAT = regex.compile(r",?\s(?:and|but|or)\s(?:also\s)?that\s")


def _and_that_window(masked: str, p: int, se: int) -> tuple[int, int] | None:
    """The stretch of ``masked[p:se]`` where _AND_THAT matches can lie, or
    None if there are none: " that " must be there, and every match is an
    "and", "but", "or" or "also" and one space before a "that", starting at
    most 11 characters before it and ending 5 after it."""
    if masked.find(" that ", p, se) == -1:
        return None
    first = last = -1
    k = masked.find("that", p, se)
    while k != -1:
        if masked[k - 4 : k - 1] in ("and", "but") or masked[k - 3 : k - 1] == "or" or masked[k - 5 : k - 1] == "also":
            if first == -1:
                first = k
            last = k
        k = masked.find("that", k + 4, se)
    if first == -1:
        return None
    return max(p, first - 11), min(se, last + 5)
    k = masked.find("that", p, se)
    while k != -1:
        if masked[k - 4 : k - 1] in ("and", "but") or masked[k - 3 : k - 1] == "or" or masked[k - 5 : k - 1] == "also":
            return True
        k = masked.find("that", k + 4, se)
    return False


#: Words every _BUT_DECLINED match contains: the pattern runs only where one is.
_BUT_DECLINED_WORDS = ("declined", "refused", "not", "gave", "given", "provided", "offered", "nothing")
_BUT_DECLINED = regex.compile(
    r",?\s(?:but|and|though|although)\s"
    # (the source named again: ", though the spokesperson would not say how many")
    r"(?:(?:he|she|they|it|the\s\p{Ll}+)\s)?"
    r"(?:(?:declined|refused)\sto\s|(?:did|would|could)\snot\s(?:say|comment|elaborate|identify|name"
    r"|discuss|specify|disclose|answer|respond|explain"
    # ("would not give details", but "would not give up the seats" is the claim's)
    r"|(?:give|provide)\s(?:details|further|any|more|specifics|a\s(?:reason|timeline|date|figure|breakdown)|figures|numbers|an\sestimate))"
    r"|(?:(?:has|have|had)\s)?(?:gave|given|provided|offered)\sno"
    # ("but he said nothing about whether the budget would be extended")
    r"|(?:said|says|would\ssay)\snothing)"
)
#: Where a reported clause ends and the reporter's narrative resumes:
#: a second predicate of the speaker ("... and urged both sides to meet") or,
#: right after a quotation, a subordinate clause ("‘...’ despite a late goal").
_CLAUSE_TAIL = regex.compile(
    r",?\s(?:and|but)\s(?:also\s|later\s|then\s)?(?:urged|called|demanded|repeated|asked|appealed|criticized|criticised"
    r"|praised|thanked|welcomed|rejected|dismissed|defended|accused|warned|vowed|pledged|promised|insisted|added|said"
    r"|noted|argued|stressed|declined|refused|announced|described|cautioned|expressed|acknowledged|ordered|adjourned)\b"
    # (after a quotation closed by its comma the comma is masked: "“Q,” without naming")
    r"|(?:,|(?<=[\u201d]))\s(?:without|while\snot)\s(?:giving|elaborating|providing|offering|citing|saying|specifying|explaining"
    r"|naming|identifying|mentioning|disclosing|detailing)"
    # (not "since": "had been “one striker short” since the sale of ..." is how
    # long the claim held, still the claim's)
    r"|(?<=[\u201d])[,]?\s(?P<sub>despite|after|before|as|when|while|following|amid|because|although|though|in\sa|at\sthe)\s"
)
#: Words every match of each _CLAUSE_TAIL branch contains, to skip the
#: pattern (and its timeout) where it cannot match.
_TAIL_VERBS = (
    "urged called demanded repeated asked appealed criticized criticised praised thanked welcomed rejected dismissed "
    "defended accused warned vowed pledged promised insisted added said noted argued stressed declined refused "
    "announced described cautioned expressed acknowledged ordered adjourned"
).split()
#: "X said its profit fell and cut its forecast": a second predicate of the
#: source, told by the body's own "its"/"their" after a verb of what bodies do.
_OWN_ACTION = regex.compile(
    r",?\s(?:and|but)\s(?:also\s)?(?:" + "|".join(sorted(lx.OWN_ACTION_VERBS)) + r")\s(its|their)\s"
)
_NOT_INFINITIVE = frozenset(
    "a an the this that these those his her its their our my your some any all no every each "
    "more most such what which".split()
)


#: Adverbs between "As" and a passive cue: "As first reported by X".
_AS_REPORTED_ADVERBS = frozenset("first previously originally earlier exclusively widely initially".split())
_AS_REPORTED_CUES = frozenset("reported revealed disclosed announced stated noted confirmed".split())


def _unopened(masked: str, s: int, close: int) -> bool:
    """Whether the bracket at ``close`` has no opening bracket in ``masked[s:close]``."""
    opening = "(" if masked[close] == ")" else "["
    return masked.count(opening, s, close) <= masked.count(masked[close], s, close)


def _to_infinitive(clause: str) -> bool:
    """Whether ``clause`` (the text after a cue) opens with "to" and a verb:
    "agreed to pause the fighting", not "agreed to a pause", "to Russia's demands"
    or "to 5%"."""
    if not clause.startswith(" to "):
        return False
    following = clause[4:24].split(None, 1)[:1]
    if not following:
        return False
    word = following[0]
    return word[:1].islower() and word.strip(_TOKEN_PUNCT).lower() not in _NOT_INFINITIVE


#: "X reported that Q, citing unnamed sources": whom the outlet relied on, in
#: the reporter's voice (", citing weak demand", the source's reason, stays).
_CITING_SOURCES = regex.compile(
    r",\s(?:citing|quoting)\s(?:(?:unnamed|anonymous|senior|several|multiple|two|three|four|five|a|an|one|people|sources?)\s){0,3}"
    r"(?:people|persons?|sources?|officials?|diplomats?|insiders?|executives?|aides?|documents?|data|a\sreport|reports?)\b"
    # "announced that it would cut 640 jobs, citing slower demand": the reason given,
    # in the reporter's words
    r"|,\s(?:citing)\s"
    # (or a quotation closed by its comma, which the masked text hides: "“Q,” citing a report")
    r"|(?<=[\u201d])\s(?:citing)\s"
)
#: "X said it would create “thousands of jobs,” a claim disputed by economists",
#: "... — a phrase that spread quickly online": the reporter's comment on the
#: words, in apposition to them, is no part of the claim.
_SUMMARY_APPOSITION = regex.compile(
    r"(?:,|(?<=" + regex.escape(CLOSE_MARK) + r")|\s[—–-]{1,2})\s(?:a|an)\s(?:\p{Ll}+\s)?(?:claim|charge|assertion|allegation|accusation|contention|view|figure"
    r"|estimate|forecast|prediction|characterization|characterisation|description|phrase|remark|comment|statement"
    r"|sentiment|position|stance|message|promise|pledge|warning|argument|line|refrain|theme)"
    r"\s(?:that|which|echoed|shared|disputed|denied|rejected|contested|challenged|repeated|questioned|made|also|critics|some|many|others)\b"
    # "..., “... holding the scarf,” a reference to the targets who got away": what the words allude to
    r"|(?:,|(?<=" + regex.escape(CLOSE_MARK) + r"))\s(?:a|an)\s(?:\p{Ll}+\s){0,2}(?:reference|allusion|nod|jab|dig|swipe)\s(?:to|at)\b"
    # "the situation remained “conducive,” a term officials use for calm": what the word means
    r"|(?:,|(?<=" + regex.escape(CLOSE_MARK) + r"))\s(?:a|an)\s(?:\p{Ll}+\s)?(?:term|word|euphemism|phrase|expression)\s"
    r"(?:that|which|used|officials|often|commonly|widely|for|coined|borrowed|the)\b"
    # "said it would buy back shares, a move welcomed by investors": the reporter's
    # comment on what the source did or announced
    r"|,\s(?:a|an)\s(?:\p{Ll}+\s)?(?:move|step|decision|development|shift|reversal|blow|boost|setback)\s"
    r"(?:that|which|to|for|likely|expected|widely|seen|aimed|designed|intended|\p{Ll}+ed)\b"
)
#: What every _SUMMARY_APPOSITION match contains: the pattern runs only where one is.
_SUMMARY_APPOSITION_OPENINGS = (", a ", ", an ", CLOSE_MARK + " a ", CLOSE_MARK + " an ", "— a ", "– a ", "- a ", "— an ", "– an ", "- an ")
#: "X said Q, sending its shares down 8%": what the words did to the market,
#: in the reporter's voice.
_MARKET_REACTION = regex.compile(
    r",\s(?:sending|pushing|driving|knocking|dragging|lifting)\s(?:its|their|the\scompany's|the\scompany’s)\s(?:shares|stock)\s"
)
#: First words of a reported clause whose subject could itself own the
#: "its" of _OWN_ACTION ("she said the company cut jobs and raised its prices").
_OWNING_SUBJECT_STARTS = frozenset("the a an it they this that these those another one some".split())
_TAIL_AFTER_QUOTE = tuple(
    "despite after before as when while following amid since because although though in at".split()
)


_TAIL_VERB_PREFIXES = tuple(_TAIL_VERBS)
_TAIL_ADVERBS = ("also", "later", "then")


def _tail_verb_follows(piece: str) -> bool:
    """Does one of _TAIL_VERBS follow an "and" or a "but" in ``piece``,
    perhaps after "also", "later" or "then"? What the first _CLAUSE_TAIL
    branch needs: one ``startswith`` per conjunction, not a search of the
    whole clause per verb."""
    for conjunction in ("and", "but"):
        k = piece.find(conjunction)
        while k != -1:
            # a space, an adverb, a space and the longest verb fit in 21 characters
            after = piece[k + 3 : k + 24].split(None, 2)
            if after and (
                after[0].startswith(_TAIL_VERB_PREFIXES)
                or (after[0] in _TAIL_ADVERBS and len(after) > 1 and after[1].startswith(_TAIL_VERB_PREFIXES))
            ):
                return True
            k = piece.find(conjunction, k + 3)
    return False


#: After a quotation, what always turns from the words to the narrative
#: ("‘nowhere near good enough’ despite a 2-1 win").
_CONCESSIVE_TAILS = frozenset("despite although though amid".split())
#: The words of the statement nouns ("post", "statement", "conference").
_STATEMENT_NOUN_WORDS = frozenset(lx.STATEMENT_NOUNS.replace("|", " ").split())


def _narrative_after_quote(masked: str, word: str, start: int, end: int, comma: bool) -> bool:
    """Does the subordinator ``word`` right after a quotation (its phrase
    ``masked[start:end]``) take up the reporter's narrative, so that the claim
    ends at the quotation? Always after a concession; after "after" or
    "following", when a clause follows ("after the pair collided", "after
    saving two match points"), not a noun ("after a players-only meeting");
    after "in a"/"at the", when it names the occasion ("in a post on X");
    after the others, when a comma closes the quotation (“tea, soup and
    company,” as she took the stand) or a new attribution follows (", while
    the union said ..."). Otherwise the phrase is part of what was said
    ("‘bittersweet’ because of the drama", "“a sound like thunder” before
    flames rose")."""
    if word in _CONCESSIVE_TAILS:
        return True
    words = [w.strip(_TOKEN_PUNCT).lower() for w in masked[start : min(end, start + 200)].split()]
    if word in ("after", "following"):
        if words and words[0].endswith("ing") and words[0] not in ("morning", "evening", "meeting", "hearing", "briefing", "ruling", "building"):
            return True
        for w in words[1:10]:
            if w in ("that", "which", "who", "whose"):
                return False  # "after years of cuts that made their jobs harder": a noun and its relative clause
            if _verb_like(w):
                return True
        return False
    if word.startswith(("in", "at")):
        return any(w in _STATEMENT_NOUN_WORDS for w in words[:3])
    # (a new attribution: not a verb with an object, "when he heard it")
    return comma or any(w in _CUE_SET and w not in _OBJECT_VERB_CUES for w in words)


def _clause_tail_window(masked: str, a: int, b: int, piece: str) -> tuple[int, int] | None:
    """The stretch of ``masked[a:b]`` (which is ``piece``) where a
    _CLAUSE_TAIL match can lie, or None if it cannot match at all.

    Each branch needs a word of its own: "and"/"but" with one of its verbs,
    a comma with "without"/"while", or a closing mark (possibly the one just
    before ``a``) followed by a subordinator. A match starts at most two
    characters before such a word and ends well within 40 after it, so the
    search (the slowest pattern per character) runs over that stretch only,
    with the same leftmost match.
    """
    first: int | None = None
    last = -1
    words: list[str] = []
    if _tail_verb_follows(piece):
        words += ["and", "but"]
    if ("," in piece or CLOSE_MARK in piece) and ("without" in piece or "while" in piece):
        words += ["without", "while"]
    for word in words:
        k = masked.find(word, a, b)
        if k != -1:
            first = k - 2 if first is None else min(first, k - 2)
            last = max(last, masked.rfind(word, a, b))
    k = masked.find(CLOSE_MARK, max(a - 1, 0), b)
    while k != -1:
        j = k + 2 if masked.startswith(",", k + 1) else k + 1
        # one whitespace character, then the subordinator
        if masked.startswith(_TAIL_AFTER_QUOTE, j + 1):
            first = k + 1 if first is None else min(first, k + 1)
            last = max(last, k)
        k = masked.find(CLOSE_MARK, k + 1, b)
    if first is None:
        return None
    return max(a, first), min(b, last + 40)


_NOT_APPOSITION = regex.compile(
    r"(?:who|which|whose|adding|noting|saying|according|speaking|in\s|at\s|on\s|during|as\s|after|before|because"
    r"|but|and\s(?:added|said|noted)|when|while|told|referring)"
)
#: The word right before a cue that reports nothing ("declined to say", "did
#: not say", "was told"); "have" / "has" / "had" only after one of
#: _BLOCKING_BEFORE_PERFECT ("would not have said").
_BLOCKING_WORDS = frozenset("to not never be been being is was are were am nor neither have has had having".split())
#: "went on to say": a "to" before the cue that does not block it.
_GO_ON = frozenset("went goes go going".split())
_PERFECT_AUXILIARIES = frozenset(("have", "has", "had"))
_MODALS = frozenset("would could will can did does do might may".split())
_NEGATIVE_SUBJECTS = frozenset("neither none nobody".split())
#: First words of a subject that says nothing: "Neither side said", "No one said".
_DENYING_STARTS = tuple(f"{word} " for w in ("neither", "none", "nobody", "no", "few") for word in (w, w.capitalize())) + (
    # "Not everyone in the industry believes ...", "though few said they had decided":
    # the writer's observation, no one's claim
    "Not everyone ", "not everyone ", "Not everybody ", "not everybody ", "Not all ", "not all ",
)


def _negative_subject(words: list[str]) -> bool:
    """Whether ``words`` end with a subject that denies the cue after it:
    "neither", "none", "nobody", "no one"."""
    last = words[-1].strip(_TOKEN_PUNCT).lower()
    if last in _NEGATIVE_SUBJECTS:
        return True
    return last == "one" and len(words) > 1 and words[-2].strip(_TOKEN_PUNCT).lower() == "no"
_BLOCKING_BEFORE_PERFECT = frozenset("to not never could would might may should must will".split())
#: The literal start of every _NOT_APPOSITION branch.
_NOT_APPOSITION_FIRST = tuple(
    "who which whose adding noting saying according speaking in at on during as after before because but and when while told referring".split()
)
#: (the role words of the last branch hold no article: "head of research at",
#: not "values the company at")
_APPOSITION_TAIL = regex.compile(
    r"(?:the|a|an|its|his|her|their)\s|\d|(?:(?!(?:the|a|an)\s)[a-z][a-z-]{0,19}\s){1,3}(?:of|at|for)\s"
)


@dataclass
class RawClaim:
    """A claim as the rules find it, before it becomes a ``Claim``."""

    start: int
    end: int
    kind: str
    source: tuple[int, int] | None
    cue: tuple[int, int] | None
    via: str | None
    confidence: float
    rule: str
    sentence: int = 0


class Rules:
    """Extraction state for one article: text, masked text, quotes, sentences."""

    def __init__(self, text: str, masked: str, quotes: list[Quote], sentences: list[tuple[int, int, int]]):
        self.text = text
        self.masked = masked
        self.quotes = quotes
        self.sentences = sentences
        self.quote_opens = [q.open for q in quotes]
        self.claims: list[RawClaim] = []
        # opening marks of quoted programme titles: never a follow-on quotation
        self.titles: set[int] = set()

    # ------------------------------------------------------------------ helpers

    def quotes_starting(self, s: int, e: int) -> list[Quote]:
        """Quotes whose opening mark lies in [s, e)."""
        return self.quotes[bisect_left(self.quote_opens, s) : bisect_left(self.quote_opens, e)]

    def quotes_in(self, s: int, e: int) -> list[Quote]:
        return [q for q in self.quotes_starting(s, e) if q.inner_end <= e]

    def trim(self, s: int, e: int) -> tuple[int, int]:
        """Shrink [s, e) past spaces, commas, final stops and dashes."""
        m = self.masked
        while s < e and (m[s].isspace() or m[s] in ",;:—–-•·▪●"):
            s += 1
        while e > s and (m[e - 1].isspace() or m[e - 1] in ",;:.—–-" or (m[e - 1] in ")]" and _unopened(m, s, e - 1))):
            e -= 1  # a bracket closing what opened before the span: "(The ministry said X.)"
        return s, e

    def kind_and_span(self, s: int, e: int) -> tuple[str, int, int] | None:
        """Classify the claim region [s, e): one quotation -> direct (the
        span inside the marks); text with quotations -> mixed; else indirect."""
        s, e = self.trim(s, e)
        if e <= s:
            return None
        inside = self.quotes_in(s, e + 1)
        if not inside:
            return "indirect", s, e
        outside = self.masked[s:e]
        for q in inside:
            lo, hi = max(q.open, s), min(q.end, e)
            outside = outside[: lo - s] + " " * (hi - lo) + outside[hi - s :]
        rest = outside.strip(" ,.;:—–-!?\u201c\u201d\"'")
        if not rest.strip(_TOKEN_PUNCT + " \t"):
            q = inside[0] if len(inside) == 1 else None
            if q is not None:
                return "direct", q.inner_start, q.inner_end
            return "direct", inside[0].inner_start, inside[-1].inner_end
        return "mixed", s, e

    def words(self, s: int, e: int) -> list[tuple[str, int, int]]:
        return tokens(self.masked, s, e)

    def frame_end(self, ss: int, limit: int) -> int | None:
        """Just past the comma that closes an opening phrase which sets the
        scene of the attribution ("Asked whether ..., she said" / "When
        pressed, he said" / "Speaking to reporters, she said"), or None when
        the sentence at ``ss`` does not open with one before ``limit``."""
        m = self.masked
        head = m[ss : ss + 40].split(None, 2)
        if not head:
            return None
        first = head[0].lower()
        if first in ("when", "if", "once") and len(head) > 1:
            first = head[1].rstrip(",").lower()
        if first not in lx.ATTRIBUTION_FRAME_PARTICIPLES:
            return None
        stop = min(limit, ss + 250)
        comma = m.find(",", ss, stop)
        # or a comma inside the closing quotation: 'Asked about the “surge,” she said'
        close = m.find(CLOSE_MARK, ss, comma if comma != -1 else stop)
        while close != -1:
            if self.text[close - 1] == ",":
                return close + 1
            close = m.find(CLOSE_MARK, close + 1, comma if comma != -1 else stop)
        return comma + 1 if comma != -1 else None

    # ------------------------------------------------------------------ sources

    def source_before(self, ss: int, cs: int) -> tuple[int, int] | None:
        """The subject of the cue at ``cs``: the noun phrase that ends right
        before it in the sentence starting at ``ss``."""
        m = self.masked
        ss = self._past_dateline(ss, cs)
        left_end = cs
        while left_end > ss and m[left_end - 1].isspace():
            left_end -= 1
        if left_end <= ss:
            return None
        if m[left_end - 1] == ",":
            return self._appositive_source(ss, left_end - 1)
        if m[left_end - 1] == CLOSE_MARK and self.text[left_end - 2 : left_end - 1] == "," and left_end - 2 > ss:
            # "The minister, calling the report “nonsense,” said": the comma inside the quotation
            # closes the aside; the subject is before it
            subject = self._appositive_source(ss, left_end - 1)
            if subject is not None and subject[1] < left_end - 2:
                return subject
        if m[left_end - 1] in "—–" or m.endswith(" -", ss, left_end):
            # "The fire chief — a 30-year veteran — said": the subject is before the aside
            opening = m.rfind(m[left_end - 1], max(ss, left_end - 150), left_end - 1)
            if opening > ss:
                subject = self.source_before(ss, opening)
                if subject is not None:
                    return subject
        # "Jane Roe, the party leader, has said": only auxiliaries and adverbs
        # between the apposition's comma and the cue
        comma = m.rfind(",", max(ss, left_end - 40), left_end)
        if comma != -1:
            between = m[comma + 1 : left_end].split()
            # (and a time phrase: "Jane Roe, the chairman, (had) last week warned")
            timed = _ends_with_time_phrase(between)
            if timed:
                between = between[:-2]
            if (between or timed) and all(w in _APPOSITION_TO_CUE or (w.endswith("ly") and w.islower()) for w in between):
                before = m[max(ss, comma - 30) : comma].split()
                if between == ["then"] and before and _past_tense(before[-1]):
                    return None  # "She paused, then added": a second predicate, no subject here
                return self._appositive_source(ss, comma)
        # a subject is never longer than this: bounds the work per cue
        window = max(ss, left_end - 250)
        # (one slice of the window: an ``rfind`` without bounds to parse costs half as much)
        stretch = m[window:left_end]
        seg_start = window + _last_stop(stretch)
        rp = stretch.rfind(")")
        if rp != -1 and seg_start <= window + rp:
            lp = stretch.rfind("(", 0, rp)
            if lp != -1 and window + lp < seg_start:
                # "Acme Corp. (NYSE: ACM) said": a stop inside parentheses
                # (a ticker, a gloss) is no boundary of the subject
                seg_start = window + _last_stop(stretch[:lp])
        if m[seg_start - 1 : seg_start] == "," and " and " in stretch[seg_start - window :]:
            seg_start = _name_list_start(m, window, seg_start, left_end)
        if seg_start == left_end and m[left_end - 1] == CLOSE_MARK:
            opening = stretch.rfind(OPEN_MARK)
            lead_in = stretch[:opening].rstrip() if opening != -1 else ""
            if lead_in and lead_in[-1] not in ",:;" and self.text[left_end - 2 : left_end - 1] not in ",.!?…—-":
                # "A blogger who posts under the name “Sever” claimed": a quoted
                # name ends the subject, no quotation before the cue
                seg_start = window + _last_stop(stretch[:opening])
        nickname_end = seg_start - window - 1
        while nickname_end >= 0 and stretch[nickname_end] == " ":
            nickname_end -= 1
        if nickname_end > 0 and stretch[nickname_end] == CLOSE_MARK:
            # "Sen. Ramon “Monching” Esguerra said": a quoted nickname inside the name
            opening = stretch.rfind(OPEN_MARK, 0, nickname_end)
            nickname = self.text[window + opening + 1 : window + nickname_end].split() if opening > 0 else []
            before = stretch[:opening].split()[-1:] if opening > 0 else []
            if (
                1 <= len(nickname) <= 3 and all(w[:1].isupper() for w in nickname) and before and before[0][:1].isupper()
                and stretch[opening - 1] == " " and stretch[seg_start - window :].lstrip()[:1].isupper()
            ):
                seg_start = window + _last_stop(stretch[:opening])
        return self._clean_np(seg_start, left_end)

    def _clean_np(self, s: int, e: int) -> tuple[int, int] | None:
        """The noun phrase ending at ``e``, past subordinators and clause
        openers, without the auxiliaries and adverbs before a cue."""
        words = self.words(s, e)
        # lowercased once, sliced in step with ``words``; an acronym keeps its
        # capitals so that "the WHO" or "the US" is not read as a pronoun
        low = [w if w.isupper() and len(w) > 1 else w.lower() for w, _, _ in words]
        if "may" in low:
            for i in range(1, len(low)):
                if low[i] == "may" and words[i][0] == "May" and low[i - 1] in _BEFORE_MONTH:
                    low[i] = "May"  # "a survey published in May found": the month, not the modal
        n = len(low)
        cut = 0
        # most phrases hold none of the words either loop below looks for: one
        # set test in C skips the loop
        for i, lw in enumerate(low) if not _NP_CUT_WORDS.isdisjoint(low) else ():
            if lw not in _NP_CUT_WORDS:
                continue  # most words: one set lookup, not the four tests below
            if lw == "and" or lw == "or":
                # "officials and an aide" is one source; "and he said" and a
                # stretch opening with "and" (", and the government said") start a clause
                if i == 0 or (i + 1 < n and low[i + 1] in lx.PRONOUN_SOURCES):
                    cut = i + 1
                elif i >= 2 and any(
                    _past_tense(words[j][0]) and low[j - 1] not in _DETERMINERS
                    and (j == i - 1 and words[j - 1][0][:1].islower() or j < i - 1 and (low[j + 1] in _DETERMINERS or low[j + 1] in _OBJECT_COUNTS or low[j + 1][:1].isdigit()))
                    for j in range(1, i)
                ):
                    # "after the game ended and officials said", "Police arrested two
                    # men and prosecutors said": a clause before "and", then the subject
                    cut = i + 1
            elif lw in lx.CLAUSE_OPENERS and i < n - 1 and not (lw == "as" and i and low[i - 1] in _NAMING_BEFORE_AS) and not (
                i and low[i - 1] in _DETERMINERS  # "The earlier report said"
            ) and not (
                # "a specialist who worked there until last year said": a phrase
                # of the relative clause, no clause of its own
                lw in _PREPOSITIONAL_OPENERS and ("who" in low[:i] or "which" in low[:i])
                and not any(_past_tense(w) or w in lx.FINITE_VERB_HINTS for w in low[i + 1 :])
            ) and not (
                # "a former prosecutor now in private practice": where the person is now
                lw in ("now", "later", "once", "still") and i and low[i + 1] in _PREPOSITIONS
                and low[i - 1].isalpha() and low[i - 1] not in _NP_CUT_WORDS
            ) and not (
                # "A ranger who spoke on condition of anonymity because he was not
                # authorised to speak said": a reason inside the subject's relative clause
                lw in _REASON_SUBORDINATORS and "who" in low[1:min(i, 5)]
                # (whose clause has its own verb: "because he fears" before the cue is
                # the reason's subject and its verb)
                and any(_verb_like(w) for w in low[i + 2 :])
            ):
                cut = i + 1  # (but "a worker identified only as Ahmed" is one subject)
            elif (lw == "who" or lw == "that") and 0 < i == n - 1:
                # "residents who say": the antecedent is the source
                words, low = words[:i], low[:i]
                k = i
                while k > 0 and i - k < 4:
                    pw = low[k - 1]
                    if pw.endswith("ing") or pw in _PREPOSITIONS or pw in lx.CLAUSE_OPENERS:
                        break
                    k -= 1
                cut = max(cut, k)
                break
        words, low = words[cut:], low[cut:]
        if low and (low[-1] in ("and", "but", "or") or low[-1] in ("then", "has", "have", "had") and len(low) > 1 and low[-2] in ("and", "but")):
            return None  # "... and said", "... and then said", "... and has said": a second predicate, no subject here
        for i, lw in enumerate(low) if not _NP_RELATIVE_WORDS.isdisjoint(low) else ():
            if lw not in _NP_RELATIVE_WORDS:
                continue
            if (lw == "which" or lw == "that" and i > 0 or lw == "whom") and i + 1 < len(low) and (
                _opens_subject(words[i + 1][0]) and not (
                    # "The union that represents the crew said": a verb and its object
                    i + 2 < len(low) and low[i + 2] in _NOUN_DETERMINERS and low[i + 1] not in _NOUN_DETERMINERS
                    and words[i + 1][0].islower()
                    # "A lawsuit that parents filed last year said": the relative clause has its verb
                    or lw == "that" and any(_past_tense(w) for w in low[i + 2 :])
                )
                # "a move that immigration advocates said would ...": a noun-noun subject
                or (len(low) - i <= 4 and (low[-1] in PERSON_NOUNS or low[-1] in ORG_NOUNS))
            ):
                words, low = words[i + 1 :], low[i + 1 :]  # "the plan that supporters said would ..."
                break
            if i > 0 and lw in ("who", "which", "whose", "whom"):
                if low[i - 1] in _PREPOSITIONS:
                    words, low = words[i + 1 :], low[i + 1 :]  # "a meeting at which residents warned"
                else:
                    words, low = words[:i], low[:i]  # "a pediatrician who was not involved"
                break
            if lw in ("what", "how", "whether"):
                words, low = words[i + 1 :], low[i + 1 :]  # "into what he described as"
                break
        # "they were in Beirut and the other said": a new subject after a clause
        # (most phrases hold no verb: one set test in C skips both loops)
        has_verb = not lx.FINITE_VERB_HINTS.isdisjoint(low)
        for i in range(len(low) - 1, -1, -1) if has_verb else ():
            # (after a determiner or a possessive a noun: "familiar with the company's plans said")
            if low[i] in lx.FINITE_VERB_HINTS and not (i and (low[i - 1] in _NOUN_DETERMINERS or low[i - 1].endswith(("'s", "’s")))):
                if low[i] in _COMPLEMENT_VERBS:
                    if i + 1 < len(low):
                        # "Roe believes the documents (will) show": the subject of the clause
                        words, low = words[i + 1 :], low[i + 1 :]
                    break
                if i == len(low) - 1 and low[i] in lx.PRE_CUE_FILLERS:
                    continue  # "will" in "the documents will show": the cue's own auxiliary
                for j in range(i + 1, len(low) - 1):
                    if low[j] in ("and", "but", "or"):
                        words, low = words[j + 1 :], low[j + 1 :]
                        break
                break
        while low:
            if len(low) > 2 and _ends_with_time_phrase(low) and not (
                # ("An analysis released last spring found": when the analysis came out)
                low[-3].endswith("ed") or low[-3] in lx.IRREGULAR_PARTICIPLES
            ):
                del words[-2:], low[-2:]  # "The chairman (had) last week warned": when, not who
            elif (
                low[-1] in lx.PRE_CUE_FILLERS
                # any manner adverb: "The mayor quietly said"
                or (len(low) > 1 and low[-1].endswith("ly") and low[-1] not in lx.LY_NOUNS and words[-1][0].islower())
                # "The governor and the mayor both said"
                or (len(low) > 1 and low[-1] in ("both", "all", "each"))
            ):
                words.pop()
                low.pop()
            else:
                break
        if words and words[-1][0] in _DAY_NAMES and not (
            # ("A poll released Thursday found": when the poll came out)
            (participle := low[-3] if len(low) > 3 and low[-2] == "on" else low[-2] if len(low) > 2 else "")
            and (participle.endswith("ed") or participle in lx.IRREGULAR_PARTICIPLES) and participle.islower()
        ):
            words.pop()
            low.pop()
            if low and low[-1] == "on":
                words.pop()
                low.pop()
        if len(low) > 2 and not POSSESSIVE_DETERMINERS.isdisjoint(low[1:]) and low[0] in _NOUN_DETERMINERS:
            # "a decision its president called “a last resort”": a relative clause
            # without "that"; a possessive after a noun opens its subject
            for i in range(len(low) - 2, 1, -1):
                if low[i] in POSSESSIVE_DETERMINERS and words[i - 1][0].islower() and low[i - 1] not in _PREPOSITIONS and (
                    low[i - 1] not in _NOUN_DETERMINERS and low[i - 1] not in ("and", "or")
                    and not low[i - 1].endswith(("ing", "ed"))  # "accused of poisoning her neighbor"
                ):
                    words, low = words[i:], low[i:]
                    break
        if len(low) > 1 and (low[-1] in _SUBJECT_PRONOUNS or low[-1] == "it" and low[-2] not in _PREPOSITIONS) and low[-2] not in ("and", "or"):
            # a subject pronoun ends no noun phrase: what comes before it is a
            # fronted phrase ("In a speech last month he said", "After the vote they said")
            words, low = words[-1:], low[-1:]
        elif low and low[0] in _PREPOSITIONS:
            # a fronted phrase without its comma: "In a statement to the court
            # the lawyer said" — the subject opens with the first determiner
            # that does not follow a preposition
            for i in range(2, len(low) - 1):
                if low[i] in _NOUN_DETERMINERS and low[i - 1] not in _PREPOSITIONS and low[i - 1] not in _DETERMINERS:
                    words, low = words[i:], low[i:]
                    break
        if not words or len(words) > 18:
            return None
        previous = ""
        for lw in low if has_verb else ():
            if lw in lx.FINITE_VERB_HINTS and previous not in _NOUN_DETERMINERS and not previous.endswith(("'s", "’s")):
                return None  # "boats that are poorly maintained": not a subject
            previous = lw
        last = words[-1][0]
        if low[-1] in _DETERMINERS or low[-1] in _PREPOSITIONS or (last.islower() and last.endswith("ly") and last not in lx.LY_NOUNS):
            return None
        if low[0] in ("what", "how", "whether", "why", "where", "when", "if", "there") or (
            low[0] in _PREPOSITIONS and not (len(low) > 2 and low[1] in ("least", "most"))  # "At least four witnesses"
            and not (len(low) > 2 and low[0] == "up" and low[1] == "to")
        ):
            return None
        if low[0] in ("which", "who", "whom", "that") and len(words) > 1 and not (
            # "that person", "that official", "That review": a demonstrative before the source's noun
            low[0] == "that" and len(low) == 2 and (low[1] in PERSON_NOUNS or low[1] in DOCUMENT_NOUNS or low[1] in ORG_NOUNS)
        ):
            return None  # object relative: "which the company estimates"
        if len(words) == 1 and low[0] in ("who", "what") and words[0][0][:1].isupper():
            return None  # "Who says the economy is recovering?": a question, no source
        if len(low) > 1 and low[0].endswith("ing") and words[0][0].islower() and (
            low[1] in _DETERMINERS or low[1][:1].isdigit()
            # ("halting production on dozens of projects", not "striking workers at the plant")
            or len(low) > 2 and not low[1].endswith("s") and low[2] in _PREPOSITIONS
        ):
            return None  # a participle clause: "beating the increase analysts had expected"
        if len(words) == 1 and low[0] in ("this", "that", "these", "those"):
            return None
        return words[0][1], words[-1][2]

    def _relative_to_cue(self, parts: list[tuple[int, int]]) -> bool:
        """Join to a relative clause among ``parts`` every part after it when
        none reads as a clause of its own: "The documents, which include
        reports, emails and minutes, show" (not "The bill, which ..., now goes
        to the Senate, where X said"). Whether parts were dropped."""
        for j in range(1, len(parts) - 1):
            opening = self.words(*parts[j])[:1]
            if opening and opening[0][0].lower() in ("who", "which", "whose"):
                listed = [[w.lower() for w, _, _ in self.words(*part)] for part in parts[j + 1 :]]
                if all(
                    ws and len(ws) <= 10 and ws[0] not in _PARENTHETICAL_OPENERS
                    # (a subjunctive "be" goes on with the relative clause: "who asked that
                    # only her first name, Hawa, be used")
                    and not any((w in lx.FINITE_VERB_HINTS and w != "be") or w in lx.IRREGULAR_PAST for w in ws)
                    for ws in listed
                ):
                    del parts[j + 1 :]
                    return True
                return False
        return False

    def _drop_trailing_parentheticals(self, parts: list[tuple[int, int]]) -> None:
        """Drop the parentheticals that end ``parts``: ", speaking on condition
        ...,", ", who ...,"."""
        if len(parts) > 2:
            agent = self.masked[parts[-2][0] : parts[-2][1]]
            if (
                agent.split(None, 1)[:1] in (["in"], ["through"]) and " by " in agent
                and self._is_name(*self.trim(*parts[-1]))
            ):
                # "The ministry, in a statement signed by its spokesman, Ade Bello,
                # said": the name is the signer's, inside the aside
                del parts[-2:]
        while len(parts) > 1:
            if self.masked[parts[-2][0] : parts[-2][1]].rstrip().endswith(OPEN_MARK):
                # ", nicknamed “The Cat” by supporters,": a quotation inside the
                # parenthetical splits it in two; read it whole
                parts[-2:] = [(parts[-2][0], parts[-1][1])]
                continue
            ws = self.words(*parts[-1])
            first = ws[0][0].lower() if ws else ""
            if first == "and" and len(ws) > 1 and ws[1][0].lower() in ("who", "whose"):
                first = ws[1][0].lower()  # "A city analyst who ..., and who requested anonymity ..., said"
            if not ws or first.endswith("ing") or first in _PARENTHETICAL_OPENERS or (
                # ", SAN,", ", QC,": letters after the name
                len(ws) == 1 and ws[0][0] in POST_NOMINALS
            ) or (
                # ", visibly upset,", ", quoted by X,", ", known as “The Cat”,"
                ws[0][0].islower() and (first.endswith(("ly", "ed")) or first in lx.IRREGULAR_PARTICIPLES)
                # (but ", retired Army Col. Brent Haskell,": an adjective before a titled name)
                and not (len(ws) > 2 and all(w[:1].isupper() for w, _, _ in ws[1:]))
            ) or (
                # ", both of whom ...,", ", many of them young people ...,"
                len(ws) > 2 and ws[1][0] == "of" and (ws[2][0] in ("whom", "which") or (ws[2][0] == "them" and len(ws) > 3))
            ) or (
                # ", now in charge of the club,", ", formerly at the bank,"
                first in _TIME_ADVERBS and len(ws) > 1 and ws[1][0] in _PARENTHETICAL_OPENERS
            ):
                parts.pop()
                continue
            break

    def _appositive_source(self, ss: int, comma: int) -> tuple[int, int] | None:
        """``Jane Doe, the minister, said`` / ``The official, who ..., said``:
        the comma before the cue closes an apposition or a parenthetical."""
        parts = self._comma_parts(ss, comma)
        if not parts:
            return None
        self._relative_to_cue(parts)
        self._drop_trailing_parentheticals(parts)
        if len(parts) > 2 and self._relative_to_cue(parts):
            # "Another worker, who gave only her first name, Amina, because she
            # feared retaliation, said": the reason dropped, the relative clause
            # runs over the name to the cue
            self._drop_trailing_parentheticals(parts)
        head = self._clean_np(*parts[-1])
        if head is None:
            return None
        start = head[0]
        # walk back over appositions: "Rep. Jane Roe, R-Ohio, a member of the panel,"
        k = len(parts) - 1
        current = head
        while k > 0 and len(parts) - k < 3:
            opening = self.words(*parts[k - 1])[:2]
            if opening and opening[0][0].endswith("ing") and opening[0][0][:1].isupper():
                break  # "Testifying before a committee in London, Mark Roe said": a fronted phrase
            if len(opening) == 1 and (opening[0][0].lower() in _DISCOURSE_ADVERBS or opening[0][0].lower() in lx.ATTRIBUTION_FRAME_PARTICIPLES):
                break  # "However, a senior party member said", "Contacted, the director said": no apposition
            subordinate = len(opening) == 2 and (opening[0][0].lower() in _SUBORDINATORS or opening[0][0].lower() == "where")
            if subordinate and any(
                w.islower() and (w.endswith(("s", "ed")) or w in lx.FINITE_VERB_HINTS or w in lx.IRREGULAR_PAST)
                for w, _, _ in self.words(*parts[k - 1])[2:]
            ):
                # "At the pier, where the coast guard brings migrants ashore, a man said": a
                # clause of its own (but "while Clara Nguyen, a lawmaker, said": the name)
                break
            prev = self._clean_np(*parts[k - 1])
            if prev is not None and k > 1 and self.masked[prev[0] : prev[1]].isdigit():
                # "Jane Roe, 45, a teacher,": the age sits between a name and its description
                name = self._clean_np(*parts[k - 2])
                if name is not None and self._looks_like_apposition(name, prev) and self._looks_like_apposition(name, current):
                    start = name[0]
                    current = name
                    k -= 2
                    continue
            if prev is None or not self._looks_like_apposition(prev, current):
                break
            lead = [w.lower() for w, _, _ in self.words(*parts[k - 1])[:3]]
            if lead and lead[0] in _BEFORE_A_TIME_WORD:
                lead = lead[1:]  # "Hours after the announcement,"
            if (
                len(lead) > 1 and lead[0] in _TIME_PREPOSITIONS and lead[1] in _DETERMINERS
                and self.masked[prev[0] : prev[1]].rsplit(None, 1)[-1].lower() not in PERSON_NOUNS
            ):
                break  # "After the announcement, Elsie Crane, the singer, said": when, not who
            if k >= 2 and (self.masked[parts[k - 2][0] : parts[k - 2][1]].rsplit(None, 1) or [""])[-1] in _PLACE_NOUNS:
                break  # "from the capital, Juba, the WHO representative, Dr. Roe, said": Juba names the capital
            start = prev[0]
            current = prev
            k -= 1
            if subordinate:
                break  # "The bill went to the Senate, where Jane Roe, D-Md., said": nothing before "where"
        return start, head[1]

    def _looks_like_apposition(self, a: tuple[int, int], b: tuple[int, int]) -> bool:
        """Are two comma-separated noun phrases one source ("Jane Doe, the
        minister" / "the minister, Jane Doe" / "Jane Doe, 52" / "Sen. Jane
        Doe, R-Ohio" / "one victim, an elderly widow")?"""
        wa, wb = self.words(*a), self.words(*b)
        # (a description may be longer: "A memo written by the county's purchasing
        # director at the time, Gloria Benning,")
        if not wa or not wb or len(wa) > (14 if wa[0][0].lower() in _DETERMINERS else 10):
            return False
        if len(wb) > 14 and not (
            # "Haskins, a 51-year-old citrus grower and developer from Lake Wales making
            # his first run for office,": a short name may carry a long description
            len(wb) <= 20 and len(wa) <= 4 and wb[0][0].lower() in ("a", "an", "the")
            and all(w[:1].isupper() for w, _, _ in wa)
        ):
            return False
        if _holds_cue_verb([w for w, _, _ in wa]) or any(w in lx.FINITE_VERB_HINTS for w, _, _ in wa):
            # (a cue word after a determiner is a noun: "A report released Monday by
            # the Keystone Center, a think tank,")
            return False  # "The group said the order set “...,” while a rival, NetLab,": a clause, no apposition
        a_name = wa[-1][0][:1].isupper() or wa[-1][0].rpartition("-")[2][:1].isupper()  # "al-Jolani"
        b_name = wb[-1][0][:1].isupper() and wb[0][0][:1].isupper()
        b_first = wb[0][0].lower()
        b_desc = b_first in _DETERMINERS or wb[0][0][:1].isdigit() or wb[0][0][:1].islower() or (
            # "N. Kannan, Deputy Director General of Meteorology": a capitalized title
            a_name and b_first in ROLE_WORDS and len(wb) > 1 and any(w.lower() in ("of", "at", "for") for w, _, _ in wb)
        ) or (
            # "Jane Doe, Kelly Roe's lawyer": a possessive description
            wb[-1][0][:1].islower() and any(self._possessive(w, e) for w, _, e in wb[:-1])
        )
        a_desc = wa[0][0].lower() in _DETERMINERS or wa[0][0].lower() in _COUNT_WORDS or (
            # "ERCOT's chief executive, Pablo Vegas", "Donald Trump's campaign manager,
            # Kellyanne Conway": a name's possessive opens a description
            wa[-1][0][:1].islower() and any(self._possessive(w, e) for w, _, e in wa[:-1])
        )
        affiliation = len(wb) <= 2 and wb[0][0][1:2] == "-" and bool(_AFFILIATION.match(wb[0][0]))
        return (a_name and (b_desc or affiliation)) or (a_desc and (b_name or b_desc))

    def _possessive(self, word: str, end: int) -> bool:
        """Is the token ``word`` ending at ``end`` a possessive: "Kelly Roe's",
        or a plural's "Greyfriars' founder", whose apostrophe the token lost?"""
        return word.endswith(("'s", "’s")) or (word.endswith("s") and self.masked[end : end + 1] in ("'", "’"))

    def _comma_parts(self, s: int, e: int, dashes: bool = False) -> list[tuple[int, int]]:
        """The non-blank stretches of [s, e) between commas, semicolons,
        colons, closing marks and quotations (and, with ``dashes``, dashes
        between spaces)."""
        m = self.masked
        find = m.find
        # a parenthesis is one piece: "Rep. Jane Roe (D., Texas), chairman of ..."
        bracketed = []
        i = find("(", s, e)
        while i != -1:
            close = find(")", i, e)
            if close == -1:
                break
            bracketed.append((i, close))
            i = find("(", close, e)
        # a name holding a list: "Minister for Planning, Development and Special Initiatives"
        listed = (
            [match.span() for match in NAME_WITH_LIST_RE.finditer(m, s, e, timeout=TIMEOUT)]
            if find(" and ", s, e) != -1 and (find(" for ", s, e) != -1 or find(" of ", s, e) != -1)
            else ()
        )
        if listed:
            bracketed = bracketed + listed
        breaks = []
        for mark in ",;:\u201d":
            i = find(mark, s, e)
            while i != -1:
                if not (mark == "," and m[i - 1 : i].isdigit() and m[i + 1 : i + 2].isdigit()) and not (
                    bracketed and any(a < i < b for a, b in bracketed)
                ) and not (mark == "," and _place_comma(m, i, e)):
                    breaks.append((i, i + 1))  # (not the comma of "9,000", nor of "Dayton, Ohio")
                i = find(mark, i + 1, e)
        i = find(MASK_CHAR, s, e)
        while i != -1:
            # a whole quotation is one break
            run_end = e - len(m[i:e].lstrip(MASK_CHAR))
            breaks.append((i, run_end))
            i = find(MASK_CHAR, run_end, e)
        if dashes:
            for mark in "-—–":
                i = find(mark, s, e)
                while i != -1:
                    if m[i - 1 : i] == " " and m[i + 1 : i + 2] == " ":
                        breaks.append((i, i + 1))
                    i = find(mark, i + 1, e)
        breaks.sort()
        parts = []
        k = s
        for a, b in breaks:
            if a > k:
                parts.append((k, a))
            k = b
        if e > k:
            parts.append((k, e))
        return [p for p in parts if m[p[0] : p[1]].strip()]

    def source_after(self, ce: int, se: int) -> tuple[int, int] | None:
        """The source of an inverted cue: ``..., said the spokesman, who ...``."""
        m = self.masked
        end = se
        k = _first_of(m, _SOURCE_AFTER_STOPS, ce, se)
        while k != -1:
            if m[k] == ",":
                rest = m[k + 1 : k + 40].lstrip().lower()
                if not (rest.startswith(_NOT_APPOSITION_FIRST) and _NOT_APPOSITION.match(rest)) and _looks_like_apposition_tail(rest):
                    # "said Jane Doe, the minister, ...": the description is hers
                    k = _first_of(m, _SOURCE_AFTER_STOPS, k + 1, se)
                    continue
                name = _FIRST_NAME_AFTER.match(m, k, se, timeout=TIMEOUT)
                if name and name.group("role") and any(
                    w in _PREPOSITIONS or w in _NOT_ROLE_WORDS or w.endswith("ing") for w in name.group("role").split()
                ):
                    name = None  # "said the official, in Kabul": a place, no name
                if name and self._describes_person(m[ce:k].split()) and (
                    name.group(1) not in _DAY_NAMES and name.group(1) not in _MONTH_NAMES
                    and name.group(0).rstrip(",.; ").rsplit(None, 1)[-1].lower() not in ORG_NOUNS
                ):
                    # "added his daughter, Kiara, 12", "said the striker, Luis Romero.":
                    # the name the description goes by
                    k = _first_of(m, _SOURCE_AFTER_STOPS, k + 1, se)
                    end = k if k != -1 else se
                    break
            end = k
            break
        s, e = self.trim(ce, end)
        if e <= s:
            return None
        words = self.words(s, e)
        if not words:
            return None
        for i, (w, _, _) in enumerate(words):
            if i > 0 and w.lower() in ("who", "which", "whose", "that"):
                words = words[:i]
                break
            if i > 0 and w.lower() in ("while", "when", "after", "before") and i + 1 < len(words) and (
                words[i + 1][0].endswith("ing") or words[i + 1][0] == "asked"
            ):
                words = words[:i]  # "said the prime minister while addressing a ceremony"
                break
        if len(words) > 16:
            first_comma = m.find(",", s, e)
            if first_comma == -1:
                return None
            words = self.words(s, first_comma)
        if len(words) > 1 and any(w[0] in _SOURCE_TAIL_FIRST for w in words[1:]):
            tail = _SOURCE_TAIL.search(m, words[0][2], words[-1][2], timeout=TIMEOUT)
            if tail is not None:
                words = [w for w in words if w[2] <= tail.start()]
        if not words:
            return None
        return s, words[-1][2]

    def _describes_person(self, words: list[str]) -> bool:
        """Does an inverted source's description name a person's role ("the
        spokesman for the Defence Forces", "her longtime collaborator", "the
        union's secretary general"), so that a name after its comma is theirs?"""
        if not words:
            return False
        lowered = [w.strip(_TOKEN_PUNCT).lower() for w in words]
        if lowered[-1] in PERSON_NOUNS or any(w in PERSON_NOUNS for w in lowered[1:]):
            return True
        # a common noun after a determiner or possessive: "her longtime collaborator"
        return words[-1].islower() and lowered[-1] not in ORG_NOUNS and (
            lowered[0] in _NOUN_DETERMINERS or lowered[0].endswith(("'s", "’s"))
        )

    # ------------------------------------------------------------------ claims

    def cut(self, claim: RawClaim, end: int) -> None:
        """End ``claim`` at ``end`` (a second attribution starts there) and
        classify what is left again; drop it if nothing is left."""
        if end >= claim.end:
            return  # nothing to cut (and a quotation's inside is no longer its quotation)
        ks = self.kind_and_span(claim.start, end)
        if ks is None or (ks[0] != "direct" and len(self.masked[ks[1] : ks[2]].split(None, 1)) < 2):
            self.claims.remove(claim)
            return
        claim.kind, claim.start, claim.end = ks

    def add(
        self,
        region: tuple[int, int],
        *,
        source: tuple[int, int] | None,
        cue: tuple[int, int] | None,
        via: str | None,
        confidence: float,
        rule: str,
        sentence: int,
    ) -> RawClaim | None:
        """Classify ``region`` and record it as a claim, unless nothing (or a
        single word outside quotation marks) is left of it."""
        ks = self.kind_and_span(*region)
        if ks is None:
            return None
        kind, s, e = ks
        # fewer than two words: split no further than the second
        if kind != "direct" and len(self.masked[s:e].split(None, 1)) < 2:
            return None
        m = self.masked
        if source is not None and m.count("(", *source) > m.count(")", *source):
            # "Gov. Jane Roe (D)", "(D-Calif.)": the bracket the source opened closes with it
            for closing in (")", ".)"):
                if m.startswith(closing, source[1]):
                    source = (source[0], source[1] + len(closing))
                    break
        claim = RawClaim(s, e, kind, source, cue, via, confidence, rule, sentence)
        self.claims.append(claim)
        return claim


#: What leads to a programme's title after a cue: " on ABC's ", " the ".
_TITLE_LEAD = regex.compile(r"\s(?:(?:on|to)\s)?(?:the|((?:\p{Lu}[\p{L}.&-]{0,20}\s){0,2}\p{Lu}[\p{L}.&]{0,20}(?:'s|’s)))\s")
#: Words between an apposition's closing comma and its cue ("Jane Roe, the
#: leader, has long said"); not modals: "The deal, signed in May, will add".
_APPOSITION_TO_CUE = frozenset(
    "has have had also later previously earlier since then once already long "
    "today yesterday tonight now recently again separately publicly formally officially jointly".split()
)
#: Subordinators that open an adverbial clause after a closing attribution.
_TRAILING_SUBORDINATORS = frozenset("as while amid after before because despite although though even following".split())
#: Who asks the questions at a briefing: not a source of claims.
_PRESS_ASKERS = frozenset("reporter reporters journalist journalists correspondent correspondents interviewer".split())
#: Cues of where a poll puts someone ("found X with 48%").
_STANDING_CUES = frozenset("show shows showed found finds find".split())
#: Cues of what documents and data show: a cue inside their claim is part of it.
_EVIDENCE_CUES = frozenset("show shows showed found finds revealed reveals".split())
_EVIDENCE_NOUNS = frozenset(
    "images photos photographs pictures videos results numbers research tests scans maps charts tallies "
    "accounts logs receipts invoices returns".split()
)


def _may_lead_title(masked: str, p: int, k: int) -> bool:
    """Can ``_TITLE_LEAD`` fully match ``masked[p:k]``? Only if it ends in
    "the", "'s" or "’s" and one more character (a cheap test that spares the
    pattern after most cues: a quotation right after "said")."""
    return masked.endswith(("the", "'s", "’s"), p, k - 1)


_NAMING_BEFORE_AS = frozenset("identified only known named name".split())  # ("who gave his name as Mohamed")
#: The words at which ``_clean_np`` may cut the start of a noun phrase: "and",
#: "or", clause openers, and "who"/"that" (a relative clause before the cue).
_NP_CUT_WORDS = frozenset({"and", "or", "who", "that"}) | lx.CLAUSE_OPENERS
#: Words after "call" that make it no naming in someone's words.
_CALL_PARTICLES = frozenset("for on off up out in back itself himself herself themselves ourselves myself".split())
#: Words before "states" that make it a noun ("member states", "other states").
_STATE_NOUN_BEFORE = frozenset(
    """
    the these those all both other several some many few most member neighbouring neighboring
    southern northern eastern western coastal island nation sovereign frontline rogue failed
    individual remaining participating red blue swing battleground border
    """.split()
)
#: Words before "May" that make it the month.
_BEFORE_MONTH = frozenset("in on since last until by from of early late mid this next".split())
#: Count words that open a verb's object ("arrested two men").
_OBJECT_COUNTS = frozenset("two three four five six seven eight nine ten several some more dozens hundreds".split())
#: Clause openers that are as often prepositions ("until last year").
_PREPOSITIONAL_OPENERS = frozenset("until till since after before".split())
#: Sentence adverbs that open a sentence before its subject and a comma.
_DISCOURSE_ADVERBS = frozenset(
    "however meanwhile still instead separately also moreover furthermore nevertheless nonetheless "
    "similarly likewise elsewhere later earlier overall previously indeed now yet".split()
)
#: Finite verbs that may take up a subject after its relative clause ("... was arrested").
_MAIN_CLAUSE_VERBS = frozenset("was were is are has have had will would could can may might must should".split())
#: Nouns of a time phrase before a cue ("last week warned").
_TIME_NOUNS = frozenset("week month year weekend night morning afternoon evening spring summer autumn fall winter".split())


def _ends_with_time_phrase(words: list[str]) -> bool:
    """Do lower-case ``words`` end with "last week", "this month", "earlier this year"...?"""
    return len(words) > 1 and words[-1] in _TIME_NOUNS and words[-2] in ("last", "this", "earlier")
#: Relative and interrogative words inside a noun phrase ("the plan that
#: supporters said", "a meeting at which", "into what he described as").
_NP_RELATIVE_WORDS = frozenset("which that whom who whose what how whether".split())
_TITLE_SMALL_WORDS = frozenset("of the a an and in on for to at with".split())
_PARTICIPLE_FOLLOWERS = frozenset(
    "in by on at last this earlier with under to from for late yesterday today overnight "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
#: Auxiliaries a reported clause with no subject opens with: "a move
#: supporters said *would* save money" is a relative clause.
_GAP_VERBS = frozenset("would will could can may might should must was were is are had has have".split())
#: The main verb resuming a sentence after such a relative clause ("... would
#: save money *was* dropped"), unless it has a subject of its own before it.
_MAIN_VERB_AUXILIARIES = frozenset("was were is are has have had will would".split())
_NOT_BEFORE_MAIN_VERB = frozenset(
    "he she it they we i you who which that there and or but if when because while as since than what".split()
)
#: Plural nouns that may be a bare subject ("the plan that supporters said"):
#: agent endings, and the usual collective nouns.
_AGENT_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "als")
_BARE_SUBJECTS = frozenset("people police authorities staff critics experts".split())


def _opens_subject(word: str) -> bool:
    """Can ``word`` begin the subject of an object relative clause ("the plan
    that *the council* said would ...", "a man *they* said had ...") rather
    than be its verb ("the firm that *owns* the site")?"""
    lowered = word.lower()
    return (
        lowered in _NOUN_DETERMINERS
        or lowered in _SUBJECT_PRONOUNS
        or lowered in _COUNT_WORDS
        or lowered in _BARE_SUBJECTS
        or word[:1].isupper()
        or word[:1].isdigit()
        or (lowered.endswith(_AGENT_ENDINGS) and len(lowered) > 5)
        or (lowered.endswith("s") and lowered[:-1] in PERSON_NOUNS)
    )


#: The cues that head a sentence's main clause after a relative clause.
_MAIN_CUES = frozenset("said says told tells added argued insisted warned".split())
_PERSONAL_SUBJECTS = frozenset("he she they it we i".split())


#: First words of what may follow a cue without being a reported clause.
_MANNER_PREPOSITIONS = frozenset("of to with amid among without despite through over under".split())
_MANNER_FIRST_LETTERS = frozenset(word[0] for word in _MANNER_PREPOSITIONS)
_TOLD_CUES = frozenset(("told", "tells", "tell", "telling", "informed", "briefed"))


#: Verb-like words that, right after a cue, are the nouns of its object.
_NOUN_FIRST_HINTS = frozenset("plans needs wants remains".split())


def _head_words(head: str) -> set[str]:
    """The first words of a clause, lowercased, for the finite-verb test;
    a capitalized word after the first is a name ("in May"), never a modal."""
    words = head.split()[:8]
    found = {
        w.strip(_TOKEN_PUNCT).lower() for i, w in enumerate(words)
        if i == 0 or not w.strip(_TOKEN_PUNCT)[:1].isupper() and words[i - 1].lower() not in _NOUN_DETERMINERS
    }  # (after "the" or "its" a noun: "reported the plans", "its needs")
    if words and words[0].lower() in _NOUN_FIRST_HINTS and words[0].lower() not in [w.lower() for w in words[1:]]:
        found.discard(words[0].lower())  # "announced plans to hire": the noun, not the verb
    return found


_ADVERBIAL_OPENERS = _PREPOSITIONS | frozenset("during after before since until amid despite following last this earlier later".split())


def _fronted_adverbial(lead: str) -> bool:
    """Is ``lead``, the words before a source, only a fronted phrase of time or
    place ("On Sunday,", "At the hearing in August, which lasted six
    hours,"), with no clause of its own that could be a claim?"""
    words = lead.split()
    if not words or not words[0][:1].isupper() or words[0].lower() not in _ADVERBIAL_OPENERS:
        return False
    phrase = lead.rstrip(" ,")
    for k in (lead.find(", which "), lead.find(", where "), lead.find(", when ")):
        if k != -1:
            phrase = lead[:k]  # (a relative clause on the phrase's noun tells about it)
            break
    # one phrase, no comma inside: "In Kenya, prices rise every year" holds a clause
    words = phrase.split()
    if words[0].lower() in ("about", "over", "under", "around", "at", "up", "nearly", "almost") and any(
        w[:1].isdigit() or w.lower() in _COUNT_WORDS for w in words[1:3]
    ):
        return False  # "About 200 of them children, officials said": a count is what was said
    return "," not in phrase and len(words) <= 8 and not any(_verb_like(w.strip(_TOKEN_PUNCT).lower()) for w in words[1:])


def _subject_then_verb(head: str) -> bool:
    """Does ``head`` open with a short noun phrase and then its verb ("the row
    erupted after ..."), with no preposition or subordinator before the verb
    ("victory after Smith conceded" is an object and a clause of time)?"""
    words = [w.strip(_TOKEN_PUNCT).lower() for w in head.split()[:6]]
    for w in words[1:]:
        if w in _PREPOSITIONS or w in _SUBORDINATORS:
            return False
        if _verb_like(w):
            return True
    return False


_FRONTED_CLAUSE_AUXILIARIES = frozenset(
    "could would will can may might must should shall had has have was were is are did does do".split()
)


def _fronted_phrase_then_clause(rest: str) -> bool:
    """Does ``rest`` open with a short phrase, a comma and a clause ("under
    the federal traffic law, the impounding period could be extended")?"""
    comma = rest.find(",", 0, 80)
    if comma == -1 or len(rest[:comma].split()) > 8:
        return False
    return _reads_as_clause(rest[comma + 1 :]) and _subject_then_verb(rest[comma + 1 :])


def _opens_with_count(rest: str) -> bool:
    """Does ``rest`` open with an approximate count ("about $210 million of
    the deposits exceeded ...", "over 40 people were hurt"), the subject of
    the clause rather than a preposition's phrase?"""
    words = rest.split(None, 3)
    if len(words) > 2 and (words[0].lower(), words[1].lower()) in (("at", "least"), ("at", "most"), ("up", "to")):
        words = words[1:]  # "said at least 1,100 homes and 240 buildings had been destroyed"
    return (
        len(words) > 1 and words[0].lower() in ("about", "around", "over", "under", "nearly", "almost", "some", "least", "most", "to")
        and (words[1][:1].isdigit() or words[1][:1] in "$£€¥" or words[1].lower() in _COUNT_WORDS)
    )


def _opens_with_past_verb(phrase: str) -> bool:
    """Does ``phrase`` open with a lower-case verb in the past ("took notice of
    a report"), which no subject does?"""
    first = phrase.split(None, 1)[:1]
    return bool(first) and first[0].islower() and first[0] in lx.IRREGULAR_PAST and first[0] not in lx.IRREGULAR_PARTICIPLES


#: A speaker's label in a transcript: names and titles in capitals, perhaps a
#: description after a comma ("GWEN FARLEY, RESIDENT", "GOV. LYDIA MARSH").
_TRANSCRIPT_LABEL = regex.compile(r"\p{Lu}[\p{Lu}.'’&-]*(?:,?\s\p{Lu}[\p{Lu}.'’&-]*){0,9}")
#: Labels in capitals that are no speaker ("THE CLAIM:", "UPDATE:").
_TRANSCRIPT_NOT_SPEAKERS = frozenset(
    """
    CLAIM UPDATE UPDATED BREAKING NOTE QUOTE WATCH READ MORE RELATED ALSO PHOTO VIDEO CORRECTION
    CLARIFICATION EDITOR'S EDITOR’S FACT CHECK VERDICT RATING HEADLINE SUMMARY Q A WHAT WHY HOW WHEN WHERE
    SOURCE SOURCES TRANSCRIPT CAPTION SLOGAN SIGN TITLE
    """.split()
)
#: A participle and its agent after a noun: ", seen by", ", obtained by", ", released by".
_PARTICIPLE_BY = regex.compile(r"(?:\p{Ll}+ed|seen|shown|given|written|sent|drawn|taken)\sby\s")
#: Cues that advise against doing something ("warned parents against ...").
_WARNING_CUES = frozenset("warned warns warn cautioned cautions caution".split())


def _warned_against(text: str, ce: int) -> bool:
    """Does a warning at ``ce`` advise against doing something ("warned
    parents against demanding antibiotics", "warned members against what he
    called ...", "warned against hype"), with at most a short object before
    "against"?"""
    k = text.find(" against ", ce, ce + 50)
    if len(text[ce:k].split()) > 3 or " that " in text[ce : k + 1]:
        return False
    after = text[k + 9 : k + 80].split()[:8]
    if not after:
        return False
    # (what they warn against is advice, gerund or noun: "against hype", "against “fake
    # drives”"; but "warned the move against Iran would backfire" holds a clause)
    return after[0].endswith("ing") or after[0].lower() in ("what", "any") or not any(
        w.strip(_TOKEN_PUNCT).lower() in lx.FINITE_VERB_HINTS for w in after
    )


def _before_participle(phrase: str) -> str:
    """``phrase`` up to a comma and a participle describing its noun ("in its
    latest survey (REM), published last week" -> "in its latest survey (REM)")."""
    comma = phrase.find(", ")
    while comma != -1:
        word = phrase[comma + 2 : comma + 40].split(None, 1)[:1]
        if word and word[0].islower() and (word[0].endswith("ed") or word[0] in lx.IRREGULAR_PARTICIPLES):
            return phrase[:comma]
        comma = phrase.find(", ", comma + 2)
    return phrase


def _reads_as_clause(head: str) -> bool:
    """Does the start of what follows a cue read as a clause rather than an
    object: a subject pronoun, an auxiliary, a past-tense verb after its first word?"""
    words = [w.strip(_TOKEN_PUNCT) for w in head.split()[:8]]
    if not words:
        return False
    lowered = [w.lower() for w in words]
    if lowered[0] in _PERSONAL_SUBJECTS or lowered[0] in ("there", "this", "these", "those"):
        return True
    return any(
        _verb_like(w)
        for w in lowered[1:]
    ) or _named_subject_verb(head)


#: Cues that as often take a noun object as a clause ("recalled a farmer's wife").
_OBJECT_TAKING_CUES = frozenset("recalled recalls recall remembered remembers mentioned mentions cited cites".split())


def _relative_then_verb(clause: str) -> bool:
    """Does ``clause`` open with a short noun phrase, its relative clause set
    off by commas, and then a verb ("the new boundary, which follows the
    road, was wrong")? A clause, though its first stretch reads as an object."""
    aside = clause.find(", wh", 0, 80)
    if aside == -1 or not clause.startswith(("which ", "who "), aside + 2):
        return False
    close = clause.find(",", aside + 2, aside + 200)
    return close != -1 and any(_verb_like(w.strip(_TOKEN_PUNCT).lower()) for w in clause[close + 1 :].split()[:2])


def _object_then_relative(head: str) -> bool:
    """Does a short noun phrase with no verb open ``head`` and a relative
    pronoun follow it ("a farmer's wife who refused ...")? An object then,
    not the subject of a reported clause."""
    words = [w.strip(_TOKEN_PUNCT).lower() for w in head.split()[:7]]
    for i, w in enumerate(words):
        if w in ("who", "whom", "which"):
            return 1 <= i <= 5 and words[0] in _NOUN_DETERMINERS | {"a", "an"}
        if w in lx.FINITE_VERB_HINTS or w in lx.IRREGULAR_PAST or (i and w.endswith("ed")):
            return False
    return False


def _doing(head: str) -> bool:
    """Does the clause open with someone doing something ("Whitaker turning
    toward the officer", "him walking away", "the officer shouting"): what
    a video or a photo shows?"""
    words = [w.strip(_TOKEN_PUNCT) for w in head.split()[:4]]
    if len(words) < 2:
        return False
    if words[0][:1].isupper() or words[0].lower() in ("him", "her", "them"):
        return words[1].endswith("ing") and words[1].islower()
    if words[0].lower() in _NOUN_DETERMINERS:
        return len(words) > 2 and words[2].endswith("ing") and words[2].islower()
    # "store-brand snacks gaining market share": a plural noun and its doing
    return any(
        words[k].endswith("ing") and words[k].islower() and len(words[k - 1]) > 3 and words[k - 1].endswith("s")
        for k in (1, 2) if k < len(words)
    )


#: Where a poll finds someone: "Alvarez with 48% support", "Hendricks ahead by
#: 1 point", "Labour on 31 per cent": a small clause, what the poll found.
_STANDING = regex.compile(
    r"(?:\p{Lu}[\p{L}’'.-]*\s){1,3}(?:"
    r"(?:with|at|on)\s(?:about\s|around\s|nearly\s|just\s|only\s)?\d{1,3}(?:\.\d)?\s?(?:%|per\s?cent|percent|points?)"
    r"|(?:ahead|behind|leading|trailing)\sby\s(?:about\s|nearly\s|just\s|only\s)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s)"
    r")"
)


def _adds_a_clause(head: str) -> bool:
    """Does what follows "adding" read as a clause ("adding he would resign",
    "adding China welcomes more imports") rather than a thing added ("adding
    10 to 14 days to voyages")?"""
    if _reads_as_clause(head) or not _head_words(head).isdisjoint(lx.FINITE_VERB_HINTS):
        return True
    words = head.split()[:2]
    # a name and a verb in the present: "China welcomes"
    return len(words) == 2 and words[0][:1].isupper() and words[1].islower() and words[1].endswith("s") and not words[1].endswith("ss")


def _named_subject_verb(head: str) -> bool:
    """Does the clause open with a name or pronoun and a past-tense verb
    ("Gale added a lethal dose ...", "they hid the money"), or with a noun
    phrase and a verb that can only be a simple past? A clause then,
    though it holds none of the auxiliaries a weak cue asks for."""
    words = head.split()[:4]
    for i in range(1, len(words)):
        word = words[i].strip(_TOKEN_PUNCT)
        before = words[i - 1].strip(_TOKEN_PUNCT)
        if word.endswith("ed") and word.islower() and (before[:1].isupper() or before.lower() in _PERSONAL_SUBJECTS):
            return i == 1 or words[0][:1].isupper()
    if words and words[0].lower() in _NOUN_DETERMINERS:
        # "the economy grew 2%", "the company hid the defects"
        return any(w.strip(_TOKEN_PUNCT) in lx.SIMPLE_PAST_ONLY for w in words[2:4])
    # "U.S. producer prices rose more than expected": a verb that can only be a simple past
    return any(w.strip(_TOKEN_PUNCT) in lx.SIMPLE_PAST_ONLY for w in words[1:4])


def _strip_preposition(phrase: str) -> str:
    return phrase[3:] if phrase.startswith(("on ", "to ")) else phrase


def _addressee(phrase: str) -> str | None:
    """The outlet or audience of "to X" after a cue ("confirmed to the
    Guardian", "said to reporters"), or None ("said to loud applause")."""
    phrase = phrase.strip(" ,.;:!?")
    if not phrase.startswith("to ") or len(phrase) < 5:
        return None
    target = phrase[3:]
    for k, word in enumerate(target.split()):
        if k and word in _ADVERBIAL_STARTS:
            target = " ".join(target.split()[:k])  # "to reporters on Monday"
            break
    head = target[4:] if target.startswith("the ") else target
    if head[:1].isupper() or head.rsplit(None, 1)[-1] in lx.AUDIENCE_NOUNS:
        return _without_full_stop(target)
    return None


def _without_full_stop(name: str) -> str:
    """``name`` without the sentence's full stop ("told Kestrel." -> "Kestrel"),
    keeping the period of an abbreviation ("U.S.", "Co.")."""
    if not name.endswith("."):
        return name
    last = name.rsplit(None, 1)[-1][:-1]
    acronym = len(last) > 1 and last.isupper()  # "broadcaster DR." is not "Dr."
    if "." in last or (last.lower() in lx.ABBREVIATIONS and not acronym) or (len(last) == 1 and last.isupper()):
        return name
    return name[:-1]


def _last_word(text: str) -> tuple[str, bool]:
    """The last word of ``text`` without its punctuation ("" if there is
    none) and whether it is the only word: all a rule needs to know of the
    words before a source, without stripping every one of them."""
    # the last three words decide unless punctuation stands alone among
    # them: no need to split a long lead into all its words
    tail = text.rsplit(None, 2)
    if tail:
        last = tail[-1].strip(_TOKEN_PUNCT)
        if last:
            if len(tail) == 1:
                return last, True
            if tail[-2].strip(_TOKEN_PUNCT):
                return last, False
    last = ""
    for token in reversed(text.split()):
        word = token.strip(_TOKEN_PUNCT)
        if word:
            if last:
                return last, False
            last = word
    return last, bool(last)


#: ", Kiara," / ", Kiara.": a single name after a description of a person.
#: ", Kiara," / ", Luis Romero.": the name a description of a person goes by
_FIRST_NAME_AFTER = regex.compile(
    r",\s{1,3}(?P<role>(?:[\p{Ll}-]{3,20}\s){1,2})?(\p{Lu}[\p{Ll}'’\-]{1,30})(?:\s\p{Lu}[\p{L}'’\-]{1,30}){0,3}\s{0,3}(?:[,.;]|$)"
)
#: Lowercase words that are no role before a name ("said the official, and Roe ...").
_NOT_ROLE_WORDS = frozenset("and but who which whose where when while then also now the a an his her their its our".split())


_NEWS_EVENT = regex.compile(
    r"\b(?:at|during|in)\s((?:a|an|the|his|her|their|its)\s(?:[\p{L}-]{1,20}\s){0,2}?(?:news|press)\s(?:conference|briefing))\b"
)


def _news_event(phrase: str) -> str | None:
    """The news conference or briefing a source spoke at ("said at a news
    briefing"): like "told a news conference", the audience of the words."""
    if "news" not in phrase and "press" not in phrase:
        return None
    match = _NEWS_EVENT.search(phrase, timeout=TIMEOUT)
    return match.group(1) if match else None


#: The outlet that carried a statement: "in a statement carried by X".
_CARRIED_BY = regex.compile(r"\b(?:carried|published|broadcast|aired|run|released|issued)\sby\s(.{2,80})$")


def _closing_on_comma(text: str, masked: str, start: int, end: int) -> int:
    """The next closing mark in [start, end) with a comma inside it and a space
    after it ("“reckless,” said"), or -1."""
    closing = masked.find(CLOSE_MARK + " ", start, end)
    while closing != -1 and text[closing - 1 : closing] != ",":
        closing = masked.find(CLOSE_MARK + " ", closing + 2, end)
    return closing


def _relative_clause_end(text: str, masked: str, start: int, end: int) -> int | None:
    """The comma in ``masked[start:end]`` after which the main clause goes on
    with its verb (", resigned on Monday", ", was published", ", has since
    ..."), or None. A quotation that closes on the comma ("who called the
    plan “reckless,” said ...") ends the relative clause after its mark."""
    comma = masked.find(", ", start, end)
    closing = _closing_on_comma(text, masked, start, end)
    while comma != -1 or closing != -1:
        inside = closing != -1 and (comma == -1 or closing < comma)
        at = closing if inside else comma
        words = masked[at + 2 : min(end, at + 40)].split(None, 2)
        if words and words[0].islower() and words[0].endswith("ly") and len(words) > 1:
            words = words[1:]  # ", quickly resigned"
        first = words[0].rstrip(",.;:") if words else ""
        if first.islower() and (first in lx.FINITE_VERB_HINTS or first in lx.IRREGULAR_PAST or first.endswith("ed")):
            return at + 1 if inside else at
        if inside:
            closing = _closing_on_comma(text, masked, closing + 2, end)
        else:
            comma = masked.find(", ", comma + 2, end)
    return None


def _looks_like_apposition_tail(rest: str) -> bool:
    """After "said Jane Doe," does a description follow ("the minister")?"""
    return bool(_APPOSITION_TAIL.match(rest))


#: First words of what follows "Q, S said," that show the sentence goes on
#: with a subordinate or participial phrase, not with more of the claim.
_CONTINUATION_STOP = frozenset(
    """
    who which whose whom a an citing adding noting saying explaining warning although though
    while as because since after before with without in on at for from to including despite
    amid following during when where whereas if unless until than referring according
    speaking declining requesting asking urging calling describing but and or so yet
    his her their its
    """.split()
)


#: First words of an apposition after a subject ("Jane Roe, a spokeswoman for ...,").
_APPOSITION_OPENERS = frozenset("a an the its his her their our".split())

#: What may follow a passive participle with no object: "charged with", "... and charged."
_PASSIVE_FOLLOWERS = frozenset("with of in over for by after on at".split()) | {""}

#: Cues by which a later source in the sentence tells the reported speech
#: before it as its own account ("A told B that Q, the agency said"), unlike
#: "a charge the firm denies" or "the newspaper reported" (an outlet's via).
_RETELLING_CUES = frozenset("said says say told added stated".split())


def _belief_clause(head: str) -> bool:
    """Does what follows a belief verb without "that" open a clause: a
    subject of at most four words and then its verb ("the deal will close",
    "he is one of ...")? A verb further on, or after a relative word, belongs
    to the object's own clause ("feared retaliation from a company that has sued")."""
    for dash in (" - ", " \u2014 ", " \u2013 "):
        k = head.find(dash)
        close = head.find(dash, k + 3) if k != -1 else -1
        if close != -1:
            head = head[:k] + head[close + 2 :]  # "the first wave - driven by energy - has run"
    for i, word in enumerate(head.split()[:10]):
        w = word.strip(_TOKEN_PUNCT).lower()
        if w in ("that", "who", "which", "whose", "where"):
            return False
        if i and i < 6 and (w in lx.FINITE_VERB_HINTS or w in lx.SIMPLE_PAST_ONLY):
            return True
        if i >= 6 and w in _AUXILIARIES:
            return True  # "the first wave of post-pandemic inflation has run its course"
    return False


#: Verbs that end a clause's opening only while their complement is still to come.
_COMPLEMENT_AWAITING = frozenset("is was are were be been will would could should can may might must".split())
#: Auxiliaries that, after a long noun phrase, make it a clause's subject.
_AUXILIARIES = (_COMPLEMENT_AWAITING - {"be", "been"}) | {"has", "have", "had"}


def _put_habit(masked: str, ss: int, cs: int) -> int:
    """The length of "liked to ", "used to " or "would " before "put it" at
    ``cs`` ("as she liked to put it"), 0 if none: the source comes before it."""
    for habit in ("liked to ", "likes to ", "used to ", "loved to ", "would "):
        if masked.endswith(habit, ss, cs) and masked[cs - len(habit) - 1 : cs - len(habit)] == " ":
            return len(habit)
    return 0


def _described_as(clause: str) -> bool:
    """Does ``clause`` (what follows "described") read "X as Y", X a short
    noun phrase with no verb ("the man as about 6 feet tall")?"""
    k = clause.find(" as ", 0, 80)
    if k == -1:
        return False
    obj = [w.strip(_TOKEN_PUNCT).lower() for w in clause[:k].split()]
    after = [w.strip(_TOKEN_PUNCT).lower() for w in clause[k + 4 :].split()[:8]]
    if any(_past_tense(w) and w not in lx.IRREGULAR_PARTICIPLES for w in after[1:]) and not any(
        w in ("a", "an", "being", "having") for w in after[:1]
    ):
        return False  # "described scenes of panic as fighters in trucks entered the town": "as" opens a clause
    return 0 < len(obj) <= 6 and not any(
        w in lx.FINITE_VERB_HINTS or w in _CUE_SET or w in _PREPOSITIONS and w != "of" for w in obj
    ) and "," not in clause[:k] and len(after) >= 1


def _name_list_start(masked: str, window: int, seg_start: int, left_end: int) -> int:
    """Where a subject starts whose name holds a list ("Officials at the
    Department for Environment, Food and Rural Affairs said"): the commas of
    a list of capitalized words ending in "and ..." after "of"/"for" are no
    stops. ``seg_start`` (after a comma) if the subject holds no such list."""
    words = masked[seg_start:left_end].split()
    if words and words[-1].startswith("(") and words[-1].endswith(")"):
        words = words[:-1]  # "... Rural Affairs (Defra)": the acronym given in brackets
    if not words or not all(w[:1].isupper() or w in ("and", "of", "the") for w in words) or "and" not in words:
        return seg_start
    comma = seg_start - 1
    while comma > window:
        before = masked.rfind(",", window, comma)
        chunk = masked[before + 1 if before != -1 else window : comma].split()
        if len(chunk) == 1 and chunk[0][:1].isupper():
            comma = before  # "Digital, Culture, Media and Sport": one more item of the list
            continue
        if len(chunk) >= 2 and chunk[-1][:1].isupper() and chunk[-2] in ("of", "for", "on"):
            return before + 1 if before != -1 else window
        return seg_start
    return seg_start


def _place_comma(text: str, comma: int, end: int | None = None) -> bool:
    """Is the comma at ``comma`` the one between a city and its state, province
    or country ("Dayton, Ohio", "Cambridge, Mass.")? A capitalized word before
    it, and such a name after it that ends ``text[:end]`` or is followed by a comma."""
    end = len(text) if end is None else end
    if not (text[comma + 1 : comma + 2] == " " and text[comma + 2 : comma + 3].isupper() and text[comma - 1 : comma].isalpha()):
        return False
    start = text.rfind(" ", max(0, comma - 40), comma) + 1
    if not text[start : start + 1].isupper():
        return False
    tail = text[comma + 1 : min(end, comma + 30)]
    stop = tail.find(",")
    tail = tail if stop == -1 else tail[:stop]
    if len(tail.split()) > 3 or (stop == -1 and comma + 30 < end):
        return False
    return region_after_comma(tail)


def _last_stop(stretch: str) -> int:
    """Where the subject before a cue may start in ``stretch`` (the text
    before the cue): past the last comma, semicolon, colon, quotation or
    dash. The last stop of each kind is one ``rfind`` per mark and no loop
    (this runs for every cue); a mark not found gives -1 + 1, the start."""
    rfind = stretch.rfind
    last = len(stretch) - 1
    comma = rfind(",")
    while comma > 0 and (
        # "a survey of 2,000 voters": a digit group, no stop
        (stretch[comma - 1 : comma].isdigit() and stretch[comma + 1 : comma + 2].isdigit())
        # "the plant in Dayton, Ohio": a city and its state or country
        or _place_comma(stretch, comma)
    ):
        comma = rfind(",", 0, comma)
    start = max(
        comma + 1,
        rfind(";") + 1,
        rfind(":") + 1,
        rfind(CLOSE_MARK) + 1,
        rfind(OPEN_MARK) + 1,
        rfind(MASK_CHAR) + 1,
        # a bare dash counts only before the stretch's last character
        rfind("—", 0, last) + 1,
        rfind("–", 0, last) + 1,
    )
    spaced = max(rfind(" — "), rfind(" – "), rfind(" - "))
    if spaced != -1 and spaced + 3 > start:
        start = spaced + 3
    doubled = rfind(" -- ")  # a typewriter dash: "... /PRNewswire/ -- Acme said"
    if doubled != -1 and doubled + 4 > start:
        start = doubled + 4
    return start


#: Subordinators whose clause, after an unquoted claim and its interrupting
#: attribution, still belongs to the claim.
_REASON_SUBORDINATORS = frozenset("because since unless so whether".split())


def _continuation(masked: str, p: int, se: int, before: str = "") -> bool:
    """Does the sentence continue the claim after ``p`` (", he said, and ...")?

    ``before`` is the claim text in front of the attribution: when it is
    already a whole clause ("Rates fell, according to X, well below ...")
    only "and"/"but" continue it; an opening fragment ("The plan,", "If
    they win,") always needs the rest of the sentence.
    """
    rest = masked[p:se].lstrip()
    if not rest.startswith(","):
        return False
    rest = rest[1:].lstrip()
    ws = tokens(rest, 0, min(len(rest), 60))
    if not ws:
        return False
    w = ws[0][0]
    if w.lower() in ("and", "but", "then") and len(ws) > 1 and (ws[1][0].lower() in _CUE_SET or ws[1][0] == "then"):
        return False  # "“Q,” she said, and added: “R”": the speaker's second predicate
    if before and MASK_CHAR in before and not before.strip(" ,.;:!?\t" + OPEN_MARK + CLOSE_MARK + MASK_CHAR) and OPEN_MARK not in rest[:2]:
        # "“Q,” he says, and taps a wheel": after a whole quotation, what follows
        # the attribution unquoted is the reporter's narration
        return False
    if (
        w.lower() in ("and", "but") and len(ws) > 2 and ws[1][0].lower() in ("he", "she", "they")
        and ws[2][0].lower() in ("did", "declined", "refused", "gave", "offered", "provided")
    ):
        return False  # "Q, he wrote, but he did not say how many": the reporter's narration
    if w.lower() in ("and", "but") and len(rest) > len(w) + 2:
        # (but "The failure destroyed no samples, according to a review, but the
        # review found that ...": a clause attributed on its own)
        return not (
            before and not _opening_fragment(before) and len(ws) > 3 and any(
                t.lower() in _CUE_SET and ws[i - 1][0].lower() not in _PASSIVE_AUXILIARIES
                and (t.lower() in _SAY_FORMS or i + 1 < len(ws) and ws[i + 1][0].lower() == "that")
                for i, (t, _, _) in enumerate(ws[2:8], 2)
            )
        )
    if before and MASK_CHAR not in before and w.lower() in _REASON_SUBORDINATORS and len(ws) > 2:
        # "That matters, economists say, because expectations ...": the reason is
        # theirs; "It is unclear, the official said, whether ...": the complement
        return True
    if (
        w.lower() in _TIME_SUBORDINATORS and before and MASK_CHAR not in before and len(ws) > 2
        and not ws[1][0].endswith("ing") and _subject_then_verb(rest[len(w) :])
    ):
        # "The talks resumed, they said, after the bank's lawyers warned that ...":
        # a clause of time with its own subject and verb goes on with the claim
        # (not "she said, after meeting the minister", when she said it)
        return True
    if (
        w.lower() == "to" and before and MASK_CHAR not in before and len(ws) > 2 and ws[1][0].islower()
        and ws[1][0] not in _NOT_INFINITIVE and ws[1][0] not in ("applause", "laughter", "dismay")
        # (a verb, not a plural or an adjective: "to general surprise")
        and not ws[1][0].endswith(("s", "al", "ic", "ous", "ful", "ive", "ed"))
    ):
        # "The association needs at least 48 pilots, she estimates, to keep up with
        # traffic": the purpose goes on with the claim
        return True
    if w.lower() == "only" and len(ws) > 2 and ws[1][0] == "to" and before and MASK_CHAR not in before:
        return True  # "Murder rates had fallen before, she noted, only to climb again": the clause's outcome
    if w.lower() in ("is", "are", "was", "were") and before and MASK_CHAR not in before and len(ws) > 1:
        # "Among those the president has approached, according to one of the people
        # briefed, is Jane Roe": the clause's verb comes after the attribution
        return True
    if (
        w.lower() in _CONTRAST_SUBORDINATORS and before and MASK_CHAR not in before and len(ws) > 2
        and _subject_then_verb(rest[len(w) :]) and not any(t.lower() in _CUE_SET for t, _, _ in ws[2:8])
    ):
        # (but "the company said, though it insisted that ...": a second attribution)
        # "Revenue rose 72%, he said, while losses narrowed ...", "An increase was
        # possible, one of them said, though a pause was “not on the table”": the
        # contrast is the source's, as "but" would be
        return True
    if before and MASK_CHAR not in before and not _opening_fragment(before) and (
        # "GDP grew 1.2 percent, the authority said, with oil activities contracting
        # 5.8 percent": an absolute phrase of the claim's, not how the source spoke
        w.lower() == "with" and any(t.endswith("ing") and t.islower() for t, _, _ in ws[2:10])
    ):
        return True
    if w.lower() in _POSSESSIVE_OPENERS and before and MASK_CHAR not in before and _opening_fragment(before):
        return True  # "Still, she said, her team's data showed ...": the subject of the clause, not "her voice breaking"
    if w.lower() in _CONTINUATION_STOP or w.endswith("ing"):
        return False
    if (
        len(ws) <= 6 and rest.rstrip().endswith((".", "!", "?")) and ws[-1][0].strip(_TOKEN_PUNCT).lower() in _CUE_SET
        and not (len(ws) > 1 and ws[-2][0].lower() in _PASSIVE_AUXILIARIES)  # (", were dismissed.": a passive)
    ):
        return False  # "“Q,” she said, the newspaper reported.": a second attribution
    if (
        len(ws) > 1 and ws[1][0] == "by" and w.islower() and (w.endswith("ed") or w in lx.IRREGULAR_PARTICIPLES)
        and (not before or MASK_CHAR in before or not _opening_fragment(before))
    ):
        return False  # "“Q,” she said, flanked by mayors": a participial phrase on the speaker
    if before and not _opening_fragment(before):
        return False
    return True


#: Subordinators of time that may open a clause going on with a claim after its attribution.
_TIME_SUBORDINATORS = frozenset("after before until since".split())
#: Subordinators of contrast that go on with a claim after its attribution ("..., he said, while losses narrowed").
_CONTRAST_SUBORDINATORS = frozenset("while though although whereas".split())
#: Subordinators that make the source after them the subject of a clause of
#: time, reason or condition, not of an attribution.
_CLAUSE_SUBORDINATORS = _SUBORDINATORS - {"as", "whether"}
#: "a copy of which", "some of whom": a relative clause opening with a partitive.
_RELATIVE_AFTER_OF = regex.compile(r"(?:\w+\s){1,3}of\s(?:which|whom)\s")
#: Subordinators after which a clause is the source's though the one before is the writer's.
_CONCESSIVE_OPENERS = ("although", "though", "whereas")
#: Nouns of places whose name may follow in apposition ("the capital, Juba,").
_PLACE_NOUNS = frozenset("capital city town village province region state country district county island port".split())


#: Possessive determiners: after a quotation and its attribution they open the
#: reporter's narration ("“Q,” she said, her voice breaking"); after the opening
#: of a clause, its subject.
_POSSESSIVE_OPENERS = frozenset("his her their its".split())


#: First words of a quotation that continue the clause before an interrupting
#: attribution rather than open one of their own.
_CONTINUING_PREPOSITIONS = frozenset("in on at with without for from into to by like until through".split())


def _first_quoted_word(text: str, masked: str, start: int, end: int) -> str:
    """The first word inside the quotation opening at or after ``start``
    (within a few characters), or ""."""
    k = masked.find(OPEN_MARK, start, min(end, start + 4))
    if k == -1:
        return ""
    words = text[k + 1 : k + 24].split(None, 1)
    return words[0].strip(",;:") if words else ""


#: Words that open the subject of a condition by inversion ("Had the cancer
#: been ...", "Were it not for ...", "Should they win ...").
_INVERTED_SUBJECT_STARTS = frozenset("the a an it they he she we i this that his her their its there".split())


def _opening_fragment(before: str) -> bool:
    """Is ``before`` (the claim text in front of an attribution) only the
    opening of a clause ("The plan,", "If they win,"), not a whole one?"""
    words = [t.strip(_TOKEN_PUNCT).lower() for t in before.split()]
    # ("What is clear, analysts say, is that ...": a free relative is a subject)
    # ("Had the cancer been found sooner, he said, it ...": a condition, by inversion)
    opens_subordinate = bool(words) and (
        words[0] in _SUBORDINATORS or words[0] in ("what", "whatever", "whoever")
        or (words[0] in ("had", "were", "should") and len(words) > 2 and words[1] in _INVERTED_SUBJECT_STARTS)
    )
    if words and words[-1] in _COMPLEMENT_AWAITING:
        return True  # "It was, he said, “the worst day”": the verb's complement follows
    has_verb = any(t in lx.FINITE_VERB_HINTS or t in lx.IRREGULAR_PAST or (t.endswith("ed") and len(t) > 4) for t in words)
    return opens_subordinate or not (has_verb or len(words) >= 8)


#: First words of a short adverbial between "and" and a cue ("and at one point
#: warned", "and later said", "and on Tuesday told"); the adverbs may stand alone.
_ADVERBS_AFTER_AND = frozenset("later also again once eventually finally separately repeatedly earlier subsequently".split())
_ADVERBIALS_AFTER_AND = _ADVERBS_AFTER_AND | frozenset("at on in last".split())


#: Nouns that end a phrase of time between "and" and a cue ("at one point", "on
#: that day"): those of a time phrase before a cue, and a few more.
_TIME_PHRASE_ENDS = _TIME_NOUNS | frozenset("point time times day stage".split())


def _is_time_word(word: str) -> bool:
    """Does ``word`` end a phrase of time ("at one point", "on Tuesday", "in 2019")?"""
    return word.lower() in _TIME_PHRASE_ENDS or word in _DAY_NAMES or word in _MONTH_NAMES or word.isdigit()


#: Judging cues whose object is a charge, reported even in the writer's words
#: ("accused the board of negligence"); thanks, praise and blame are claims
#: only with the source's own words quoted.
_ACCUSING_CUES = frozenset(("accused", "accuses"))

#: Cues that with "to" and a verb report an undertaking, not a claim (in the gold
#: sets none of 21 is annotated; "vowed to avenge his death" is, half the time).
_UNDERTAKING_CUES = frozenset("agreed agree agrees promised promise promises threatened threaten threatens".split())

#: "agreed (Monday) to <verb>": an infinitive after "agreed", a time phrase between at most.
_AGREED_TO = regex.compile(r"(?:\s(?:on\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|last\s(?:week|month|year)))?\sto\s(?!the\s|a\s|an\s|his\s|her\s|their\s|its\s|this\s|that\s)\p{Ll}")


#: Nouns after which a quotation is a name, not words someone said ("the slogan
#: “Rock-Solid Since 1923”", "a sign reading “Closed”").
_NAMING_NOUNS = frozenset("slogan slogans motto mottos headline headlines banner banners reading titled entitled dubbed nicknamed hashtag caption".split())


#: Words of a request for anonymity before its reason ("asked not to be named because").
_ANONYMITY_WORDS = frozenset("named identified anonymity anonymous anonymously authorized authorised".split())


#: ", and" / ", but" / ";" after the quoted words of a naming cue.
_NAMING_CONJUNCTION = regex.compile(r",?\s(?:and|but)\s|;\s")
#: ", and" / ", but" / ";" that may end what a judging cue reports.
_JUDGEMENT_CLAUSE_END = regex.compile(r",\s(?:and|but)\s|;\s")


#: Things that carry a slogan ("signs that said “...”"), not a claim.
_SLOGAN_CARRIERS = frozenset(
    "sign signs banner banners placard placards poster posters shirt shirts t-shirts sticker stickers billboard billboards".split()
)


#: "and" and a verb only a speaker does, after a reported clause: the
#: source's second act, not part of what was said ("said Q and urged voters to").
_SECOND_ACT = regex.compile(
    r",?\s(?:and|but)\s(?:then\s)?(?:questioned|wondered|urged|praised|thanked|criticized|criticised|blamed|vowed|pledged|appealed|directed|instructed|adjourned)(?![\p{L}-])"
)


#: After "It was stated" / "It is learnt": the source after "in"/"from"/"by", then "that".
_IT_PASSIVE_SOURCE = regex.compile(r"\s(?:in|from|by)\s((?:(?:the|a|an|his|her|their|its)\s)?[^,;:\x01\u201c\u201d]{1,100}?)\sthat\s")



#: Signs that open an amount of money: an amount is never a speaker.
_CURRENCY_SIGNS = frozenset("$€£¥₹₩₦")
#: "said little about", "said nothing of", "said little in public": no claim, whatever
#: follows ("said much of the money" is one, and so is "said little had changed").
_SAID_LITTLE = ("little", "nothing")


#: What one says that is a rite, not a claim ("said Mass", "said grace", "said prayers").
_SAID_RITUALS = frozenset("Mass mass grace prayers Kaddish kaddish".split())
_SAY_FORMS = frozenset("say says said saying".split())
_SAID_RITUAL_STARTS = tuple(" " + w for w in _SAID_RITUALS)


#: Words before a verb in -ing whose object a noun-like cue then is ("and
#: writing notes", "by making claims", "is issuing forecasts"); after a
#: determiner the -ing word is a noun ("The filing claims that ...").
_BEFORE_A_GERUND = frozenset("and or by while after before without of for was were is are been be not".split())


_claim_end = attrgetter("end")
#: Gestures that stand for a cue before a quotation in features ("Maarsen laughs. “Q”").
_BEAT_VERBS = frozenset(
    """
    laughs laughed smiles smiled shrugs shrugged nods nodded sighs sighed grins grinned chuckles chuckled
    winces winced exhales exhaled frowns frowned shakes shook smirks smirked beams beamed scoffs scoffed
    snorts snorted
    """.split()
)
#: "on condition of anonymity" and its variants right after a cue and its audience.
_ANONYMITY_TERMS = regex.compile(r"[^.;:\x01“”]{0,30}?\bon\s(?:the\s)?condition\s(?:of\sanonymity|that)")
#: A signature after a quotation: a dash and a name, up to a comma, a bracket or the line's end.
_DASH_SIGNATURE = regex.compile(
    # (a lower-case descriptor may open it: "— state Sen. Walter Brandt", "— former Gov. Ana Ruiz")
    r"[ \t]{0,3}(?:—|–|--|-(?=\s))[ \t]{0,3}((?:(?:state|former|then|retired|outgoing|incoming)[ \t])?\p{Lu}[^,;(\n]{0,80}?)[ \t]*(?:[,;(]|$)"
)


class Extractor(Rules):
    """Runs the rules over every sentence of one article."""

    def run(self) -> list[RawClaim]:
        self.pending: dict[int, tuple] = {}
        if not self.sentences:
            return self.claims
        cues = find_cues(self.masked, self.sentences[0][0], self.sentences[-1][1])
        # one walk over the cues and the sentences together (both in order):
        # each cue is read in the sentence holding its start
        sentence_list = self.sentences
        si, count = 0, len(sentence_list)
        for cs, ce, word in cues:
            while si < count and sentence_list[si][1] <= cs:
                si += 1
            if si == count:
                break
            ss, se, _para = sentence_list[si]
            if cs < ss or ce > se:
                continue
            lw = word.lower()
            try:
                if lw.startswith("according"):
                    self.according(si, ss, se, cs, ce)
                elif lw in _OWN_WORDS_SET:
                    self.own_words(si, ss, se, cs, ce)
                elif lw == "per " or lw == "per":
                    # ", per a memo seen by X." / "Per the report, ...": a source, not a rate
                    if self._per_source(ss, cs, ce, se):
                        self.according(si, ss, se, cs, ce - 1)
                elif lw.startswith("in the words"):
                    # set off by commas or opening the sentence, never inside a clause
                    if cs == ss or self.masked[ss:cs].rstrip().endswith(","):
                        self.according(si, ss, se, cs, ce)
                elif lw in lx.PARTICIPIAL_CUES:
                    self.participial(si, ss, se, cs, ce, lw)
                elif lw == "expressed":
                    self.expressed(si, ss, se, cs, ce)
                elif lw in lx.DOCUMENT_TEXT_CUES:
                    if self._document_reads(ss, cs):
                        self.finite(si, ss, se, cs, ce, lw)
                elif lw in lx.JUDGEMENT_CUES and (self.judgement(si, ss, se, cs, ce, lw) or lw not in _FINITE_CUES):
                    continue  # ("thanked" is a cue only for whom and what for)
                else:
                    self.finite(si, ss, se, cs, ce, lw)
            except TimeoutError:
                continue
        self.dash_attributions()
        self.transcript_labels()
        self.follow_on()
        self.merge_continued_quotes()
        # "asked", "shouted": cues for quotations only ("asked the minister" reports nothing)
        self.claims = [
            c for c in self.claims
            if c.kind == "direct" or c.cue is None or self.masked[c.cue[0] : c.cue[1]].lower() not in lx.QUOTE_MANNER_CUES
        ]
        # "“Why were no alerts sent?” a reporter asked": the press's question claims nothing
        self.claims = [c for c in self.claims if not self._press_question(c)]
        return self.claims

    def dash_attributions(self) -> None:
        """“Q” — Premier Dale Hoskins: a quotation set off on its own (a pull
        quote, a fact check's claim, an embedded post) and signed after a dash
        with its speaker's name, perhaps a comma and where it was said."""
        m = self.masked
        starts = [s for s, _, _ in self.sentences]
        for q in self.quotes:
            if q.close is None:
                continue
            k = q.close + 1
            line_end = m.find("\n", k)
            line_end = len(m) if line_end == -1 else line_end
            if not m[k:line_end].strip() and line_end < len(m):
                # the signature on the next line
                k, line_end = line_end + 1, m.find("\n", line_end + 1)
                line_end = len(m) if line_end == -1 else line_end
            if not _has_any(m, "—–-", k, min(line_end, k + 5)):
                continue  # (most quotations: no dash after them, and no pattern to run)
            signed = _DASH_SIGNATURE.match(m, k, line_end, timeout=TIMEOUT)
            if signed is None:
                continue
            name = signed.group(1).split()
            if not 1 <= len(name) <= 8 or any(
                not (w[:1].isupper() or w in ("of", "the", "for", "and", "de", "al", "bin") or i == 0 and len(name) > 1)
                for i, w in enumerate(name)
            ) or any(w.strip(_TOKEN_PUNCT).lower() in _CUE_SET for w in name):
                continue
            if any(c.start <= q.inner_start < c.end for c in self.claims):
                continue  # the quotation is already a claim
            si = max(0, bisect_left(starts, q.inner_start + 1) - 1)
            self.claims.append(
                RawClaim(q.inner_start, q.inner_end, "direct", self.trim(*signed.span(1)), None, None, 0.7,
                         "dash_attribution", si)
            )

    def transcript_labels(self) -> None:
        """GWEN FARLEY, RESIDENT: “Q”: a quotation after a speaker's label in
        capitals at the start of its line, as broadcast transcripts and
        stories written from them set their sound bites."""
        m = self.masked
        starts = [s for s, _, _ in self.sentences]
        for q in self.quotes:
            colon = m.rfind(":", max(0, q.open - 80), q.open)
            if colon == -1 or m[colon + 1 : q.open].strip():
                continue  # (most quotations: no colon right before them)
            line_start = m.rfind("\n", 0, colon) + 1
            label = m[line_start:colon].strip()
            if not _TRANSCRIPT_LABEL.fullmatch(label, timeout=TIMEOUT) or not _TRANSCRIPT_NOT_SPEAKERS.isdisjoint(
                label.replace(",", " ").split()
            ):
                continue
            if any(c.start <= q.inner_start < c.end for c in self.claims):
                continue  # the quotation is already a claim
            source_start = line_start + len(m[line_start:colon]) - len(m[line_start:colon].lstrip())
            si = max(0, bisect_left(starts, q.inner_start + 1) - 1)
            self.claims.append(
                RawClaim(q.inner_start, q.inner_end, "direct", (source_start, source_start + len(label)), None, None,
                         0.7, "transcript_label", si)
            )

    def _beat(self, ss: int, se: int) -> tuple[int, int] | None:
        """The subject of a sentence that is only a speaker's gesture ("Maarsen
        laughs.", "Asked about it, Carrera shrugged.", "She shakes her head."),
        which news features put before a quotation instead of a cue; None for
        any other sentence. The subject is a pronoun, a full name, a surname
        named before with its first name, or "the" and a person's noun."""
        m = self.masked
        if se - ss > 160 or _has_any(m, OPEN_MARK + MASK_CHAR + ";:", ss, se):
            return None
        comma = m.rfind(",", ss, se)
        start = ss if comma == -1 else comma + 1
        words = self.words(start, se)
        verb = next((i for i, (w, _, _) in enumerate(words[:4]) if w.lower() in _BEAT_VERBS), None)
        if verb is None or verb == 0 or len(words) - verb > 4:
            return None
        if words[verb][0].lower() in ("shakes", "shook") and (len(words) < verb + 3 or words[verb + 2][0].lower() != "head"):
            return None  # "The quake shook the city": only a head is shaken as a gesture
        subject = words[:verb]
        first = subject[0][0]
        if len(subject) == 1 and first.lower() in ("he", "she"):
            return subject[0][1], subject[0][2]
        if len(subject) == 2 and first.lower() == "the" and subject[1][0].lower() in PERSON_NOUNS:
            return subject[0][1], subject[-1][2]
        if not all(w[:1].isupper() for w, _, _ in subject) or len(subject) > 3:
            return None
        if len(subject) == 1 and not self._named_before(first, start):
            return None  # ("Prices shrugged", a lone capital, is no one named)
        return subject[0][1], subject[-1][2]

    def _named_before(self, surname: str, before: int) -> bool:
        """Is ``surname`` written before ``before`` after a capitalized first name?"""
        k = self.masked.rfind(" " + surname, 0, before)
        while k != -1:
            previous = self.masked[max(0, k - 30) : k].split()[-1:]
            if previous and previous[0][:1].isupper() and previous[0][-1:].isalpha():
                return True
            k = self.masked.rfind(" " + surname, 0, k)
        return False

    def _press_question(self, claim: RawClaim) -> bool:
        """Is ``claim`` a question a reporter (or the writer) asked?"""
        if claim.cue is None or claim.source is None:
            return False
        if self.masked[claim.cue[0] : claim.cue[1]].lower() not in ("asked", "asks", "asking"):
            return False
        words = self.masked[claim.source[0] : claim.source[1]].lower().split()
        return bool(words) and (words[-1] in _PRESS_ASKERS or words == ["i"] or words == ["we"])

    def merge_continued_quotes(self) -> None:
        """A quotation over several paragraphs (an opening mark on each, a
        closing mark on the last) is one claim, attributed wherever the
        article attributes any of its paragraphs."""
        chains: list[list[Quote]] = []
        for k, q in enumerate(self.quotes):
            if q.continued_from is not None and chains and chains[-1][-1] is self.quotes[q.continued_from]:
                chains[-1].append(q)
            elif q.continues:
                chains.append([q])
        for chain in chains:
            if len(chain) < 2:
                continue
            lo, hi = chain[0].inner_start, chain[-1].inner_end
            members = [c for c in self.claims if c.kind == "direct" and lo <= c.start and c.end <= hi]
            if not members:
                continue
            attributed = [c for c in members if c.cue is not None] or members
            keep = attributed[0]
            self.claims = [c for c in self.claims if c not in members]
            keep.start, keep.end = lo, hi
            self.claims.append(keep)

    # ------------------------------------------------------------ guards

    def _blocked(self, ss: int, cs: int, ce: int, se: int) -> bool:
        """Cues that report nothing: "declined to say", "did not say",
        "was told", "is said to be"."""
        # only the last two words before the cue matter
        if self._past_go_on(ss, cs) != cs:
            return False  # "went on to say": the subject says it
        before = self.masked[max(ss, cs - 40) : cs].split()
        if len(before) > 1 and before[-1].endswith("ly") and before[-1].islower() and before[-1] not in lx.LY_NOUNS:
            before.pop()  # "is widely said", "was quietly told"
        if before:
            p1 = before[-1].strip(_TOKEN_PUNCT).lower()
            if p1 in _BLOCKING_WORDS and not (p1 in _PERFECT_AUXILIARIES and len(before) > 1):
                return True
            if p1.endswith(("n't", "n’t", "'d", "’d")):
                return True  # "didn't say"; "I'd say", a hedge in the writer's voice
            if p1 in _PERFECT_AUXILIARIES and len(before) > 1 and before[-2].strip(_TOKEN_PUNCT).lower() in _BLOCKING_BEFORE_PERFECT:
                return True
            if p1 in _MODALS and len(before) > 1 and _negative_subject(before[:-1]):
                return True  # "Neither would say", "no one could say"
        after = self.masked[ce : min(se, ce + 12)]
        if _no_clause_possible(after) and _NO_CLAUSE.match(after) and not after.startswith(" no one"):
            return True
        return False

    def _past_go_on(self, ss: int, cs: int) -> int:
        """Where the subject of a cue ends: before "went on to" in "Roe went
        on to say", else at the cue."""
        if not self.masked.endswith(" on to ", ss, cs):
            return cs
        before = self.masked[max(ss, cs - 20) : cs].split()
        if len(before) > 2 and before[-3].lower() in _GO_ON:
            return self.masked.rfind(before[-3], ss, cs)
        return cs

    def _inside_claim(self, si: int, pos: int) -> RawClaim | None:
        for c in reversed(self.claims):
            if c.sentence != si:
                break
            if c.start <= pos < c.end and c.rule.startswith(("pre", "according_front", "participial")):
                return c
            if c.start <= pos < c.end and c.rule == "post" and c.cue is not None and c.cue[1] <= pos:
                return c  # "Still, she said, the data showed that ...": her claim goes on past her cue
        return None

    def _coordinated(self, ss: int, src_start: int) -> int | None:
        """Offset of the conjunction joining a second attribution to the first
        ("One source said X and the other said Y"), or None."""
        before = self.masked[max(ss, src_start - 12) : src_start]
        if ";" not in before and not any(word in before for word in _COORDINATORS):
            return None  # every _COORDINATION match has one of them
        m = _COORDINATION.search(before)
        if m:
            return max(ss, src_start - 12) + m.start()
        return None

    def _contrasted_clause(self, ss: int, host: RawClaim, src: tuple[int, int], ce: int) -> bool:
        """Is the cue ending at ``ce`` a second source's "that" clause set
        against what a document shows ("Police data show that 6,000 were
        killed, while rights groups estimate that the toll is higher")?
        Only after a comma or semicolon and its conjunction: "Minutes show Roe
        and two managers agreed to ..." is what the minutes show."""
        conj = self._coordinated(ss, src[0])
        return (
            conj is not None and conj > host.start and self.masked[conj] in ",;"
            and self.masked.startswith(" that ", ce)
        )

    def _aside_before_that(self, p: int, se: int) -> int | None:
        """Where the clause starts after an aside set off by commas between a
        cue and its "that" ("claimed, without evidence, that ...", "told
        worshippers in Kisumu, weeks before the election, that ..."), or None."""
        m = self.masked
        k = m.find(", that ", p + 2, min(se, p + 120))
        if k == -1:
            return None
        aside = m[p + 2 : k].split()
        if (
            len(aside) > 16 or any(ch in m[p + 2 : k] for ch in ",;:" + OPEN_MARK + CLOSE_MARK + MASK_CHAR)
            or _first_word(m, k + 7, min(se, k + 37)).lower() in lx.FINITE_VERB_HINTS
        ):
            return None
        return k + 7

    def _as_reported_by(self, si: int, ss: int, se: int, cs: int, ce: int) -> bool:
        """"As first reported by X, Q": the passive of "As X reported, Q" (the
        source after "by", the claim after its comma). True if it was one."""
        m = self.masked
        if m[cs:ce].lower() not in _AS_REPORTED_CUES:
            return False  # "As expected by analysts, rates rose": a forecast, not a report
        lead = m[ss:cs].split()
        if not lead or lead[0].lower() != "as" or len(lead) > 2 or (
            len(lead) == 2 and lead[1].lower() not in _AS_REPORTED_ADVERBS
        ):
            return False
        comma = m.find(",", ce + 4, min(se, ce + 90))
        if comma == -1 or not m[comma + 1 : se].strip(" .") or OPEN_MARK in m[ce:comma] or MASK_CHAR in m[ce:comma]:
            return False
        src = self.trim(ce + 4, comma)
        if src[1] <= src[0] or not self.words(*src):
            return False
        self.add((comma + 1, se), source=src, cue=(cs, ce), via=None, confidence=0.75, rule="as_reported", sentence=si)
        return True

    # ------------------------------------------------------------ the clause after a cue

    def _clause_start(self, ce: int, se: int, lw: str) -> tuple[int, str | None, bool]:
        """Where the reported clause starts after the cue, the outlet or
        audience (``via``), and whether "that" introduced it."""
        m = self.masked
        p = ce
        via = None
        if lw in ("told", "tells", "tell", "telling", "informed", "briefed"):
            # one slice and ``in`` per word: cheaper than a bounded ``find`` each
            media_near = _contains_any(m[p : min(se, p + _MEDIA_REACH)], lx.MEDIA_WORDS)
            v = (_VIA_AFTER_TOLD if media_near else _VIA_WITHOUT_MEDIA).match(m, p, se, timeout=TIMEOUT)
            if v:
                if v.group(1).lower() not in ("him", "her", "them", "us", "me"):
                    via = _without_full_stop(v.group(1))
                    # "told BBC Radio 4's Today programme that", "told IOM staff that":
                    # the rest of the name or the audience, up to a near "that"
                    # ("told a bench headed by the chief justice that": a reduced relative)
                    k = m.find(" that ", v.end(), min(se, v.end() + 64))
                    rest = m[v.end() : k].split() if k != -1 else ()
                    if (
                        rest
                        and (len(rest) <= 4 and k - v.end() <= 40 or len(rest) <= 8 and _reduced_relative(rest))
                        and rest[0] not in _ADVERBIAL_STARTS and rest[0].lower() not in _ADVERBIAL_STARTS
                        and not any(ch in m[v.end() : k] for ch in ",;:" + OPEN_MARK + MASK_CHAR)
                    ):
                        return k + 6, m[v.start(1) : k], True
                elif v.group(1).lower() == "her":
                    # "told her lawyer that ...": "her" is a possessive, the addressee a noun phrase
                    k = m.find(" that ", v.end(), min(se, v.end() + 40))
                    rest = m[v.end() : k].split() if k != -1 else ()
                    if rest and len(rest) <= 3 and all(w.isalpha() and w.islower() for w in rest):
                        return k + 6, m[v.start(1) : k], True
                p = v.end()
            else:
                # "told a packed town hall that ...": any short object before "that"
                k = m.find(" that ", p, min(se, p + 80))
                obj = m[p:k].split()
                if (
                    k != -1 and not any(ch in m[p:k] for ch in ",;:" + OPEN_MARK + MASK_CHAR)
                    and (len(obj) <= 7 or len(obj) <= 10 and _reduced_relative(obj))
                ):
                    via = m[p:k].strip()
                    for i in range(1, len(obj) - 1):
                        if obj[i] in ("in", "on", "at", "during") and (
                            obj[i + 1][:1].isdigit() or obj[i + 1] in _DAY_NAMES or obj[i + 1].rstrip(".") in _MONTH_NAMES
                        ):
                            via = " ".join(obj[:i])  # "told a Senate committee in 2011 that": when is no part of whom
                            break
                    return k + 6, via, True
        elif lw in lx.ADDRESSEE_CUES:
            # "warned investors (on Monday) that ...", "reminded staff they ...": a
            # short object before the clause is the audience
            ws = self.words(p, min(se, p + 60))[:8]
            clause = None
            for i, (word, w_start, w_end) in enumerate(ws[1:] if ws and ws[0][0] != "that" else (), 1):
                if word == "that" and m.startswith(" that ", w_start - 1):
                    after = m[w_end : w_end + 24].split(None, 1)
                    if not (after and after[0].lower() in lx.FINITE_VERB_HINTS):
                        clause = (i, w_end + 1, True)
                    break
                if word in _SUBJECT_PRONOUNS_CASED:
                    clause = (i, w_start, False)
                    break
            if clause is not None and not any(ch in m[p : clause[1]] for ch in ",;:" + OPEN_MARK + MASK_CHAR):
                audience = ws[: clause[0]]
                if any(word in ("against", "about", "of", "over") for word, _, _ in audience):
                    # "warning priests against chatbots that imitate ...": what they were warned of
                    return ce, None, False
                for j, (word, _, _) in enumerate(audience):
                    if word in _ADVERBIAL_STARTS or word.lower() in _ADVERBIAL_STARTS:
                        audience = audience[:j]
                        break
                if audience and len(audience) <= 5:
                    return clause[1], m[audience[0][1] : audience[-1][2]], clause[2]
        adverbials_from = p
        for _ in range(6):
            # cheap test first: most cues are followed directly by the clause
            first = m[p : p + 24].lstrip(" ,").split(" ", 1)[0].rstrip(",.;:")
            if first not in _ADVERBIAL_STARTS and first.lower() not in _ADVERBIAL_STARTS and not (
                (first in _COUNTS_BEFORE_TIME or first.isdigit())
                and not _TIME_UNITS.isdisjoint(m[p : p + 40].split()[1:3])
            ):
                break
            if first == "at" and m[p : p + 14].split()[1:2] in (["least"], ["most"]):
                break  # "said at least 40 families had fled": a number, the clause's subject
            if first == "then" and m.startswith(",", p) and _NP_START.match(m, p + 7, se, timeout=TIMEOUT):
                break  # "in an email to Dana Kolb, then a vice president": who she was then
            a = _adverbial().match(m, p, se, timeout=TIMEOUT)
            if not a or a.end() == p:
                break
            if first in _TIME_SUBORDINATORS and m.startswith(",", p) and _subject_then_verb(m[p : a.end()].lstrip(" ,")[len(first) :]):
                break  # "Prices rose, she said, after the storm hit": a clause of the claim, not when she spoke
            if first in _TIME_SUBORDINATORS and _first_word(m, a.start() + len(first) + 2, a.end()).lower() in lx.PARTICIPIAL_CUES:
                break  # "“Q,” he answered, before adding that R": his next cue, not when he spoke
            if via is None and "interview" in m[a.start() : a.end()]:
                iv = _INTERVIEW_VIA.search(m, a.start(), a.end(), timeout=TIMEOUT)
                if iv:
                    via = _without_full_stop(iv.group(1))
            elif via is None and " by " in m[a.start() : a.end()]:
                # "said in a statement carried by the state news agency": the agency passed it on
                carrier = _CARRIED_BY.search(m, a.start(), a.end(), timeout=TIMEOUT)
                if carrier:
                    via = _without_full_stop(carrier.group(1).strip(" ,"))
            elif via is None and lw not in _TOLD_CUES:
                via = _addressee(m[a.start() : a.end()]) or _news_event(m[a.start() : a.end()])
            p = a.end()
        if p > adverbials_from and via is None:
            tail = m[p:se].split()
            if tail and len(tail) <= 5 and all(w[:1].isupper() for w in tail) and not m[p:se].rstrip().endswith("?"):
                # "testified in Los Angeles Superior Court.": the rest of the place's name
                p = se
        if via is not None and p > adverbials_from and m[p : p + 2].strip()[:1].isupper():
            # "in a statement carried by the state news agency Kazinform that",
            # "in an interview with the newspaper Le Monde that": the name after
            # the outlet's description is the rest of the via, not the claim
            k = m.find(" that ", p, min(se, p + 50))
            name = m[p:k].split() if k != -1 else ()
            if name and len(name) <= 4 and all(w[:1].isupper() and w.strip(_TOKEN_PUNCT) == w for w in name):
                via = via + " " + " ".join(name)
                p = k
        if m[p : p + 8].lstrip().startswith(_WHEN_SPEAKING):
            # "told reporters as she left the ministry that ...": when she spoke,
            # then her clause
            k = m.find(" that ", p, min(se, p + 90))
            between = m[p:k].split() if k != -1 else ()
            if (
                2 <= len(between) <= 10 and not any(ch in m[p:k] for ch in ",;:" + OPEN_MARK + MASK_CHAR)
                and _first_word(m, k + 6, min(se, k + 30)).lower() not in lx.FINITE_VERB_HINTS
            ):
                return k + 6, via, True
        if m.startswith(" that ", p) and p + 6 <= se:
            # the usual "said that ...": what the pattern below would match
            that_end = p + 6
        elif m.startswith(" that, ", p) and p + 7 < se:
            # "said that, if the rain continues, the dam could fail": an aside opens the clause
            return p + 7, via, True
        elif m.startswith(", ", p) and (aside_end := self._aside_before_that(p, se)) is not None:
            return aside_end, via, True
        else:
            opening = m[p : p + 30].lstrip().lstrip(",").split(None, 1)
            t = (
                _THAT_SOON.match(m, p, se, timeout=TIMEOUT)
                if opening and opening[0] in _THAT_SOON_FIRST and "that" in m[p : p + 130]
                else None
            )
            if t and (opening[0] in ("while", "when") or opening[0] in _TIME_SUBORDINATORS) and not (
                _CUE_SET.isdisjoint(words := [w.strip(_TOKEN_PUNCT).lower() for w in m[p : t.end()].split()])
                and lx.PARTICIPIAL_CUES.isdisjoint(words)
            ):
                # "Q, one said, while another cautioned that R", "after X warned that R": R is the
                # other's; "“Q,” he answered, before adding that R": R is his next claim
                t = None
            if not t:
                return p, via, False
            if opening[0] == "to" and len(opening) > 1 and opening[1][:1].islower() and opening[1].split(None, 1)[0] not in _TO_OBJECT_FIRST:
                return p, via, False  # "agreed to hear a challenge to a law that ...": an infinitive, no clause
            if opening[0] != "that" and _past_tense(_first_word(m, t.end(), min(se, t.end() + 30))):
                return p, via, False  # ", after a round of cuts in March that affected 300 people": a relative clause
            that_end = t.end()
        if _first_word(m, that_end, min(se, that_end + 30)).lower() in lx.FINITE_VERB_HINTS:
            if p > adverbials_from:
                # "said in a memo that was leaked to reporters that ...": the first
                # "that" opens a relative clause on the adverbial's noun
                second = m.find(" that ", that_end, min(se, that_end + 120))
                if second != -1 and not any(ch in m[that_end:second] for ch in ",;:" + OPEN_MARK + MASK_CHAR):
                    return second + 6, via, True
            return that_end - 5, via, False
        return that_end, via, True

    # ------------------------------------------------------------ handlers

    def finite(self, si: int, ss: int, se: int, cs: int, ce: int, lw: str) -> None:
        m = self.masked
        if lw in lx.IT_PASSIVE_CUES:
            if lw in ("learned", "learnt") and m.startswith(" that ", ce) and m[max(ss, cs - 6) : cs].split()[-1:] in (["has"], ["have"]):
                self._outlet_learned(si, ss, se, cs, ce)
                return  # "NHK has learned that ...": what a newsroom found out and reports
            self._it_passive(si, ss, se, cs, ce, m[max(ss, cs - 14) : cs].split()[-2:])
            return  # "It is learnt from sources in the board that ...", never "she learned"
        if lw in lx.BACK_CUES:
            if not m.startswith(" back", ce) or m[ce + 5 : ce + 6].isalpha():
                return  # "shot dead", "hit a record": no speech
            ce, lw = ce + 5, "replied"  # "“Q,” she shot back": a reply
        # the two words before the cue, read once for the tests below
        before_cue = m[max(ss, cs - 14) : cs].split()[-2:] if cs > ss else []
        previous = before_cue[-1].lower() if before_cue else ""
        if previous in ("that", "which") and len(before_cue) == 2 and before_cue[0].lower() in _SLOGAN_CARRIERS:
            return  # "signs that said “Homes for Teachers”": a slogan, not a claim
        if previous in _BEFORE_A_NOUN:
            return  # "citing fear for relatives", "amid claims of fraud": a noun after a preposition
        if previous in ("must", "should") or previous == "to" and len(before_cue) == 2 and before_cue[0].lower() in (
            "have", "has", "had", "need", "needs", "needed"
        ):
            return  # "applicants must show that ...", "will have to prove": what must be done, not a claim
        if previous in _PASSIVE_AUXILIARIES and (lw.endswith("ed") or lw in ("learnt", "learned")) and self._it_passive(si, ss, se, cs, ce, before_cue):
            return
        if (
            previous in _PASSIVE_AUXILIARIES or (
                # "Pertussis is often called the “100-day cough”": an adverb inside a passive naming
                lw in lx.QUOTE_ONLY_CUES and len(before_cue) == 2 and before_cue[0].lower() in _PASSIVE_AUXILIARIES
                and previous in lx.PRE_CUE_FILLERS and previous not in _PASSIVE_AUXILIARIES
            )
        ) and lw.endswith("ed") and not m.startswith(" by ", ce):
            return  # "The concerns ... were dismissed", "he was warned": a passive, its subject no speaker
        if lw in _BACK_REFERRING_CUES and m.startswith(" this", ce) and (
            m[ce + 5 : ce + 6] in (".", ",")
            or m[ce + 5 : ce + 6] == " " and _first_word(m, ce + 6, min(se, ce + 20)).lower() in _SETTING_AFTER_THIS
        ) and self._refers_back(si, ss, se, cs, ce):
            return
        if lw in _THAT_ONLY_CUES and not m.startswith(" that ", ce):
            return  # "The bench held that ...", "objected that ...": not "held talks", "objected to the plan"
        if (lw in lx.BELIEF_VERBS or lw in ("advised", "advises")) and _first_word(m, ce, min(se, ce + 20)).lower() in _PREPOSITIONS:
            return  # "because he fears for his safety", "a hall she advised on": no clause
        if lw[-1] == "s" and previous not in ("he", "she", "it") and m.startswith(_PLURAL_AUXILIARIES, ce):
            return  # "Storm signals were raised", "Reports have emerged": a plural noun, the subject
        if cs == ss and m[cs].isupper():
            self._fronted(si, ss, se, cs, ce)
            return
        if lw in lx.NOUNLIKE_CUES and not m[ce:se].strip(" .!?;:,") and not _has_any(m, "," + MASK_CHAR, ss, cs):
            # "... for every billing on public works projects.": a noun ends the
            # sentence ("Q, the bank projects." has its claim before a comma)
            return
        if lw in lx.NOUNLIKE_CUES and m.startswith(", ", ce) and _PARTICIPLE_BY.match(m, ce + 2, min(se, ce + 40)):
            return  # "An internal briefing note, seen by The Herald, states ...": the noun and its participle
        if lw in lx.NOUNLIKE_CUES:
            before = m[max(ss, cs - 24) : cs].split()
            if before and before[-1].lower() in _NOUN_DETERMINERS:
                if len(before) > 1 and before[-1].lower() in POSSESSIVE_DETERMINERS and before[-2].lower() in _REPEATING_VERBS:
                    # "Trump repeated his claim that the vote was rigged": his own claim
                    self._repeated_claim(si, ss, se, cs, ce, m.rfind(before[-2], ss, cs))
                return  # "the report", "his claim": a noun, and no subject before it
            if before and _past_tense(before[-1]) and before[-1] not in _APPOSITION_TO_CUE:
                return  # "she rejected claims that ...": the object of a verb, not a verb
            if (
                len(before) > 1 and before[-1].islower() and before[-1].endswith("ing") and len(before[-1]) > 4
                and (before[-2].lower() in _BEFORE_A_GERUND or before[-2].endswith(("ly", ",")))
            ):
                return  # "shaking his head and writing notes", "is making claims": a participle's object
        if lw in lx.QUOTE_ONLY_CUES and m.startswith(" by ", ce) and self._passive_naming(si, ss, se, cs, ce):
            return
        after_cue = self._after_manner(ce, se, lw)
        habit = _put_habit(m, ss, cs) if lw in _PUT_CUES else 0
        if not habit and self._blocked(ss, cs, after_cue, se):
            return
        if lw in lx.BELIEF_VERBS and self._in_anonymity_reason(ss, cs):
            return  # "A juror who asked not to be named because she feared harassment said ...": her reason
        if lw in _SAY_FORMS and m.startswith(_SAID_RITUAL_STARTS, ce) and _first_word(m, ce, min(se, ce + 20)) in _SAID_RITUALS:
            return  # "The Rev. Galvin said Mass in the parking lot", "said grace": a rite, not a claim
        if lw in _UNDERTAKING_CUES and _AGREED_TO.match(m, ce, se, timeout=TIMEOUT):
            # "The airline agreed Monday to acquire a rival", "The province has promised to
            # hire 1,200 nurses": a deal or an undertaking, not words reported
            return
        if lw in lx.QUOTE_ONLY_CUES and self._names_a_title(ce, se):
            return  # "which the White House has branded the “Homes Within Reach” plan": a name, no claim
        if lw in lx.QUOTE_ONLY_CUES and m.startswith((" himself ", " herself ", " themselves ", " itself "), ce):
            return  # "an electrician who describes himself as an independent": who he is, no claim
        if lw == "demanded" and m.startswith(" to ", ce):
            return  # "demanded to know why ...": a question asked, no claim
        if lw in _WARNING_CUES and m.find(" against ", ce, ce + 50) != -1 and _warned_against(m, ce):
            return  # "He warned members against what he called “chest-thumping”": advice, no claim
        if m.startswith((" on anonymity", " anonymity", " not to be ", " to remain anonymous", " for anonymity"), ce):
            return  # "who insisted on anonymity", "who asked not to be named": why the source is unnamed
        if lw in _PUT_CUES and not m.startswith(" it", ce):
            return
        if lw in _PUT_CUES:
            ce += 3
        if lw.endswith("ed") and m.startswith(" to ", ce) and self._participle_to(ce, se):
            return  # "the number of rapes reported to the police was unchanged": a participle on its noun
        if lw.endswith("ed") and m[max(ss, cs - 2) : cs] == ", " and self._participial_aside(ce, se):
            return  # "The plan, announced in May, would cut 400 jobs": a participle on the subject
        if lw == "states":
            before = m[max(ss, cs - 30) : cs].split()
            # (not after a comma: "A note, seen by The Herald, states that ...")
            prev = before[-1].strip(_TOKEN_PUNCT) if before and not before[-1].endswith(",") else ""
            if prev and (prev[:1].isupper() or prev[:1].isdigit() or prev.lower() in _STATE_NOUN_BEFORE or prev.lower() in _OBJECT_COUNTS):
                return  # "in five states", "Gulf states", "member states": the noun
        if lw in ("point", "points", "pointed"):
            if not m.startswith(" out", ce):
                return  # "pointed to", "a point": only "pointed out" reports
            ce += 4
        weak = lw in lx.WEAK_REPORTING_VERBS
        nounlike = lw in lx.NOUNLIKE_CUES
        quote_only = lw in lx.QUOTE_ONLY_CUES
        left = m[ss:cs].rstrip()
        conf = 0.6 if weak or nounlike else 0.8

        # inverted: "“Q,” said the spokesman." / "Q, said the minister."
        if left and left[-1] == "," and not quote_only and self._inverted_interruption(si, ss, se, cs, ce, left):
            return
        if left and left[-1] in ",\u201d" and not quote_only and self._inverted(ss, cs, ce, se, left, si):
            return

        if m.startswith(" by ", ce) and self._as_reported_by(si, ss, se, cs, ce):
            return
        # ("as she liked to put it": she)
        adverbial_at = self._adverbial_after_and(ss, cs)
        src = None if adverbial_at is not None else self.source_before(ss, cs - habit if habit else self._past_go_on(ss, cs))
        if src is not None and m.startswith(_DENYING_STARTS, src[0]):
            return  # "Neither side said when ...", "No official said ...": nothing was said
        if src is not None and m.startswith(",", ce) and (comma := m.find(",", src[0], src[1])) != -1:
            src = self._interrupting_source(ss, src, comma, ce, se)
        if src is not None and _opens_with_past_verb(m[src[0] : min(src[1], src[0] + 30)]):
            # "The court also took notice of a report by the administration, submitted
            # in a separate case": a verb opens no subject; the cue is a participle
            return
        if src is None:
            if lw in lx.BELIEF_VERBS:
                return
            src = self._conjoined_source(si, ss, adverbial_at if adverbial_at is not None else cs, ce, se)
            if src is None:
                return
        else:
            if (
                nounlike and not lw.endswith("s") and not self._plural_subject(src, cs)
                # ("but it forecast that ...": a pronoun is a subject, its cue a verb)
                and m[src[0] : src[1]].lower() not in ("he", "she", "it", "they", "we", "i")
                # ("Economists surveyed by X had forecast that": a verb after its auxiliary)
                and m[max(ss, cs - 8) : cs].rsplit(None, 1)[-1:] not in (["had"], ["have"], ["has"], ["would"], ["will"])
            ):
                return  # "..., nearly double the original estimate."
            host = self._inside_claim(si, cs)
            if host is not None and self._relative_claim_ends(host, src):
                host = None
            weak_cue = lw in lx.WEAK_REPORTING_VERBS and lw not in lx.STRONG_REPORTING_VERBS
            if (
                host is not None and host.cue is not None and m[host.cue[0] : host.cue[1]].lower() in _EVIDENCE_CUES
                # (but "Investigators found a crack ..., it said." is what it said)
                and not (host.start < src[0] and self._trailing_attribution(ss, src, ce, se))
                and not self._contrasted_clause(ss, host, src, ce)
            ):
                return  # "Minutes show Roe and two managers agreed to ...": what the minutes show
            if host is not None:
                conj = self._coordinated(ss, src[0])
                if conj is None or conj < host.start:
                    if host.start >= src[0] or not self._trailing_attribution(ss, src, ce, se):
                        return
                else:
                    if weak_cue and not (
                        m.startswith((" that ", ":"), ce) or OPEN_MARK in m[ce : min(se, ce + 4)] or _reads_as_clause(m[ce:se])
                    ):
                        return  # "This year, they say, they have found three": an object, no second claim
                    if host.rule == "post" and host.source is not None and not m[host.cue[1] : conj].strip(" ,"):
                        conj = host.source[0]  # "Q, he said, and the senator said ...": his claim ends before him
                    self.cut(host, conj)

        p, via, has_that = self._clause_start(max(ce, after_cue), se, lw)
        if via is None and after_cue > ce:
            via = _addressee(m[ce:after_cue])
        title_end = self._show_title(p, se)
        if title_end is not None:
            # "told CNN's “State of the Union” on Sunday": the programme, not a claim
            title = _strip_preposition(self.text[p:title_end].strip()).replace(".\u201d", "\u201d").replace('."', '"')
            via = (via + " " if via else "") + title
            p, _, has_that = self._clause_start(title_end, se, "said")
        rest = m[p:se].lstrip()
        rest_at = se - len(rest)
        if p > ce and not has_that and m[ce:p].strip(" ,") in ("then", "and then") and _first_word(m, p, se) in _CUE_SET:
            # "“Q,” she said, then added: “R”": her second predicate, not the claim of "said"
            rest = m[ce:se].lstrip()
            rest_at = se - len(rest)
        if (
            not has_that and rest[:1] not in (":", OPEN_MARK) and m.find("condition", ce, min(se, ce + 60)) != -1
            and _ANONYMITY_TERMS.match(m, ce, min(se, ce + 60), timeout=TIMEOUT)
        ):
            # "said on condition of anonymity because they were not authorized to speak",
            # "told this newspaper on condition of anonymity as ...": why unnamed, no clause
            # (but "told X, on condition of anonymity as he was not authorised, that Q": Q)
            k = m.find(", that ", ce, se)
            if k != -1 and MASK_CHAR not in m[ce:k]:
                p, has_that = k + 7, True
                rest, rest_at = m[p:se], p
            else:
                rest = ""
        if via is not None and lw in _TOLD_CUES and not has_that and rest.startswith(("of ", "about ")):
            rest = ""  # "told Reuters of the plan": what was talked about, not what was said
        elif via is not None and lw in _TOLD_CUES and not has_that and rest.startswith("to ") and rest[3:4].islower() and (
            _first_word(rest, 3, 30).lower() not in _NOUN_DETERMINERS
        ):
            return  # "told jurors to expect closing arguments": an instruction, not a claim
        elif not has_that and rest.startswith(("as much ", "as much.", "as much,")):
            rest = ""  # "She said as much in a letter": what she said is told elsewhere
        elif not has_that and lw.startswith("insist") and rest.startswith(("on ", "upon ")):
            rest = ""  # "then insists on conditions the other cannot accept": a demand, not words
        if not has_that and rest and rest[0] not in ",:" and len(rest.split()) < 2 and MASK_CHAR not in rest:
            rest = rest.lstrip(_TOKEN_PUNCT.replace(".", "") + "\u2019").lstrip()
            if len(rest.split()) < 2:
                word = rest.strip(" .!?").lower()
                if weak and via is None and (word[:1].isdigit() or word in _BARE_OBJECTS):
                    return  # "they have found three": the verb's object, no attribution
                rest = ""  # "told Danish broadcaster DR.": nothing is reported after the cue
        lead = m[ss : src[0]]
        last_lead, lone_lead = _last_word(lead)
        if last_lead.lower() in _WH_WORDS and not rest.strip(" .!?"):
            return  # "We asked her about what the data shows.": a question, no claim
        lead_is_as = lone_lead and last_lead.lower() == "as"
        lead_has_claim = (MASK_CHAR in lead or bool(lead.strip(_TOKEN_PUNCT + " \t"))) and not lead_is_as
        if lead_has_claim and lead[:1].isalpha():
            # "Asked whether ..., she said, “Q”": the question is not the claim
            frame = self.frame_end(ss, src[0])
            lead_has_claim = frame is None or MASK_CHAR in m[frame : src[0]] or bool(m[frame : src[0]].strip(_TOKEN_PUNCT + " \t"))

        if via is None and cs - src[1] > 12 and m.find("ed ", src[1], cs) != -1:
            # "The official, quoted by the state news agency, said"
            between = m[src[1] : cs]
            for lead_in in (", quoted by ", ", cited by ", ", quoted in ", ", interviewed by "):
                k = between.find(lead_in)
                if k != -1:
                    outlet = between[k + len(lead_in) :].split(",", 1)[0].strip()
                    if outlet and len(outlet.split()) <= 8:
                        via = outlet
                    break
        # "Speaking to X, she said" / "She, speaking to X, said"
        if via is None and (
            _contains_any(m[ss:cs], _INTERVIEW_VIA_WORDS)
        ):
            iv = _INTERVIEW_VIA.search(m, ss, cs, timeout=TIMEOUT)
            if iv:
                via = _without_full_stop(iv.group(1))

        if rest and lw in ("told", "tells") and rest[0] not in ",:.!?" and lead_has_claim:
            audience = self._trailing_audience(rest, lead)
            if audience:
                # (after a via cut short, the rest of its name: "told television | station KTVQ")
                via, rest = audience if via is None else via + " " + audience, ""

        if rest.startswith(",") and MASK_CHAR in lead:
            # "“This,” she said, pointing at the map, “is where it happened.”":
            # a participle phrase between the halves of a quotation
            k = rest.find(OPEN_MARK, 1, 90)
            aside = rest[1:k].split() if k != -1 else ()
            if (
                aside and len(aside) <= 8 and aside[0].endswith("ing") and aside[0].islower()
                and aside[-1].endswith(",")
                and not any(
                    w.strip(_TOKEN_PUNCT).lower() in _CUE_SET and not (w == "pointing" and aside[i + 1 : i + 2] != ["out"])
                    for i, w in enumerate(aside)
                )
            ):
                comma = rest.rfind(",", 0, k)
                rest_at += comma
                rest = rest[comma:]
        if via is None and lw in ("told", "tells") and ":" in rest[:60]:
            # "The judge told the defendant: “...”": whom the source addressed
            colon = rest.find(":")
            addressee = rest[:colon].strip()
            after = rest[colon + 1 :].lstrip()
            if (
                addressee and len(addressee.split()) <= 6 and OPEN_MARK not in addressee and MASK_CHAR not in addressee
                and after[:1] in (OPEN_MARK, MASK_CHAR)
            ):
                via, rest = addressee, rest[colon:]
                rest_at = se - len(rest)
        elif ":" in rest[:60] and not has_that and not rest.startswith(":"):
            # "posted on Instagram after the final whistle: “...”": a phrase of
            # time or place between the cue and its colon
            colon = rest.find(":")
            phrase = rest[:colon].split()
            after = rest[colon + 1 :].lstrip()
            if (
                phrase and len(phrase) <= 6
                and (phrase[0].lower() in _COLON_PHRASE_OPENERS or (len(phrase) == 1 and phrase[0].endswith("ly")))
                and not any(ch in rest[:colon] for ch in ",;" + OPEN_MARK + MASK_CHAR) and after[:1] in (OPEN_MARK, MASK_CHAR)
            ):
                rest = rest[colon:]
                rest_at = se - len(rest)
        phrase_dropped = False
        if (
            MASK_CHAR in lead and lead_has_claim and not has_that and rest
            and m[ss : src[0]].rstrip().endswith((",", CLOSE_MARK))
            and (
                rest.split(None, 1)[0].lower() in _PLACE_TIME_PREPOSITIONS
                # "“...,” one wrote, in a comment that had been liked 40,000 times"
                or rest.startswith("that ") and _first_word(m, rest_at + 5, se).lower() in lx.FINITE_VERB_HINTS
                # "“...,” he said postgame, still grinning", "“...,” he wrote Feb. 9.": no clause
                # follows (but "In her memoir, “Title,” she recalled the early days": an object)
                or not rest.startswith(("that ", ",", ":", OPEN_MARK)) and MASK_CHAR not in rest and not _reads_as_clause(rest)
                and rest.split(None, 1)[0].lower() not in _NOUN_DETERMINERS
            )
        ):
            # "“We ran,” she told AFP from a shelter where families were housed.":
            # where and when she spoke, not what she said
            rest = ""
        elif (
            not has_that and rest and MASK_CHAR not in rest
            and rest.split(None, 1)[0].lower() in _PHRASE_PREPOSITIONS and not _reads_as_clause(_before_participle(rest))
            and not _opens_with_count(rest) and not _fronted_phrase_then_clause(rest)
        ):
            rest = ""  # "The witness testified from behind a screen.": where, and no clause
            phrase_dropped = True
        if rest.startswith(":") or (rest.startswith(",") and rest[1:].lstrip().startswith(OPEN_MARK)):
            body = rest_at + 1
            if rest.startswith(",") and last_lead.lower() == "as" and lw in _PUT_CUES and MASK_CHAR not in lead:
                # "The reform was, as the minister put it, “a leap in the dark.”": the
                # quotation is how the source put it; the words before it are the writer's
                close = m.find(CLOSE_MARK, body, se)
                end = close + 1 if close != -1 else se  # (", and stayed 40 years" is the writer's)
                self.add((body, end), source=src, cue=(cs, ce), via=via, confidence=0.8, rule="as_put", sentence=si)
                return
            if rest.startswith(",") and lead_has_claim and src[0] > ss:
                if MASK_CHAR not in m[ss : src[0]] and (
                    _opening_fragment(m[self._region_start(ss, src[0]) : src[0]])
                    # "It arrived, she says, “in one piece”": the quotation goes on with the clause
                    or _first_quoted_word(self.text, m, body, se) in _CONTINUING_PREPOSITIONS
                ):
                    # "The plan, she said, “is dead.”": one clause around the attribution
                    self._post(si, ss, se, src, (cs, ce), via, p, weak, conf, whole_sentence=True)
                    return
                # interrupted quotation: "“A,” she said, “B.”" — both halves are hers
                self._post(si, ss, se, src, (cs, ce), via, p, weak, conf, allow_continuation=False)
                self.add((body, se), source=src, cue=(cs, ce), via=via, confidence=0.8, rule="interrupted", sentence=si)
                return
            if not m[body:se].strip(" ."):
                if not quote_only:
                    self.pending[si] = (src, (cs, ce), via)
                return
            self.add((body, se), source=src, cue=(cs, ce), via=via, confidence=0.85, rule="pre_colon", sentence=si)
            return

        # (a semicolon after the cue ends the attribution: "Q, a spokeswoman said; the ...")
        if not rest or rest[0] in ".!?;" or (rest[0] == "," and not has_that):
            if quote_only or (MASK_CHAR not in lead and not rest.strip(" ?") and m[ce:se + 1].rstrip().endswith("?")):
                return  # "What did he say?": a question about the words, not a claim
            # "As X reported, Q."
            if lead_is_as and rest.startswith(","):
                self.add((rest_at + 1, se), source=src, cue=(cs, ce), via=via,
                         confidence=0.75, rule="as_reported", sentence=si)
                return
            if lead_is_as and lw in _PUT_CUES and MASK_CHAR in lead and not rest.strip(" .!?"):
                # "“Q,” as she put it.": the quotation is how she put it
                self._post(si, ss, se, src, (cs, ce), via, p, weak, conf)
                return
            if not lead_has_claim:
                if not rest or rest[0] in ".!?":
                    self.pending[si] = (src, (cs, ce), via)
                elif (
                    rest[0] == "," and p > ce and not quote_only and not nounlike
                    and _subject_then_verb(rest[1:]) and _reads_as_clause(rest[1:])
                    # (a modal or an auxiliary: "the day the verdict came" is a phrase)
                    and not _FRONTED_CLAUSE_AUXILIARIES.isdisjoint(w.lower() for w in rest[1:].split()[:6])
                    and _CUE_SET.isdisjoint(w.strip(_TOKEN_PUNCT).lower() for w in rest[1:].split()[:4])
                ):
                    # "said under the federal traffic law, the impounding period
                    # could be extended": a fronted phrase, then the clause
                    self._add_clause(si, rest_at + 1, se, src, (cs, ce), via, "pre", conf)
                return
            if last_lead.lower() in ("and", "but", "while", "as", "because", "after") and not (
                # "The decision, as one analyst put it, was ...": an aside like ", one analyst said,"
                last_lead.lower() == "as" and rest.startswith(",") and lead.rstrip()[:-2].rstrip().endswith(",")
                and lead.rstrip()[:-2].rstrip(" ,").rpartition(" ")[2].lower() not in lx.FINITE_VERB_HINTS
            ) and not (
                # "The talks stalled, as Reuters reported.": the clause before is what was reported
                last_lead.lower() == "as" and not rest.strip(" .!?") and lead.rstrip()[:-2].rstrip().endswith(",")
                and MASK_CHAR not in lead and lw not in lx.BELIEF_VERBS  # (not "as traders had expected")
            ):
                return
            if phrase_dropped and MASK_CHAR not in lead and _fronted_adverbial(lead):
                return  # "At the hearing in August, which lasted six hours, Roe testified for ...": when, not what
            if last_lead.lower() in _PREPOSITIONS and last_lead.lower() != "as" and lead.rstrip().endswith(" " + last_lead):
                return  # "the identities of the people who posted them": the object of a preposition
            if lw in ("show", "shows", "showed") and not self._shows_evidence(src):
                return  # "..., a theme that dominated sports talk shows": a noun, no evidence showing
            self._post(si, ss, se, src, (cs, ce), via, p, weak or nounlike, conf)
            return

        # "“Q,” she said as police moved in." / "“Q,” he shouted while ...": after
        # a quotation, a subordinate clause tells when, and the quotation is the claim
        if MASK_CHAR in lead and not has_that and src[0] > ss and m[ss:src[0]].rstrip().endswith((",", CLOSE_MARK)):
            first = rest.split(None, 1)[0].lower() if rest else ""
            if first in _SUBORDINATORS or lw in lx.QUOTE_MANNER_CUES:
                self._post(si, ss, se, src, (cs, ce), via, p, weak or nounlike, conf, allow_continuation=False)
                # "“A,” he said when asked about it, “B.”": B is his too
                k = m.find(OPEN_MARK, rest_at, min(se, rest_at + 120))
                if k != -1 and m[rest_at:k].rstrip().endswith(",") and MASK_CHAR not in m[rest_at:k]:
                    self.add((k, se), source=src, cue=(cs, ce), via=via, confidence=0.8, rule="interrupted", sentence=si)
                return
        # pre: "S said (that) Q"
        if lw in lx.QUOTE_MANNER_CUES:
            return

        clause = m[p:se]
        # the first stretch of the clause, up to a comma or a second predicate
        head = _clause_head(clause)
        if quote_only and OPEN_MARK not in head and lw in ("described", "describes") and _described_as(clause):
            pass  # "Neighbors described him as a fixture of the block": a judgement, unquoted
        elif quote_only and (
            OPEN_MARK not in head and not _quoted_after_object(clause) or _first_word(m, p, se).lower() in _CALL_PARTICLES
        ):
            return  # (not "called for “urgent action”", "calls itself “Save Our Park”")
        if lw in ("call", "calls"):
            # "Locals call the tower “the pencil”": a habitual name, not a judgement
            # ("Critics call the plan “a giveaway”")
            k = m.find(OPEN_MARK, p, se)
            named = self.text[k + 1 : k + 40].split()
            if named and (named[0].lower() == "the" or named[0][:1].isupper()):
                return
        if nounlike and not has_that and OPEN_MARK not in head and not self._plural_subject_verb(src, cs, lw, head):
            return
        told_without_audience = lw in ("told", "tells", "tell") and via is None
        if (
            (weak or told_without_audience or lw in _OBJECT_TAKING_CUES) and not has_that and OPEN_MARK not in head
            and _object_then_relative(head)
        ):
            return  # "recalled a farmer's wife who refused ...": an object and its relative clause
        if (weak or told_without_audience) and not has_that and (OPEN_MARK not in head or _named_in_quotes(head)):
            # (a quotation that only names a thing is no clause: "wrote to the board
            # demanding what it called ‘a credible plan’")
            ws = _head_words(head)
            infinitive = lw in lx.INFINITIVE_CUES and _to_infinitive(clause)
            if not infinitive and not (
                ws & lx.FINITE_VERB_HINTS or _named_subject_verb(head)
                # "Figures show the office lost track of them": what evidence shows is a clause
                # (read past "and": "show Fitzgerald and two managers agreed")
                or lw in ("show", "shows", "showed") and (_reads_as_clause(clause.split(",", 1)[0]) or _doing(head))
                # "The poll found Alvarez with 48% support", "showed Hendricks ahead by 1 point"
                or lw in _STANDING_CUES and _STANDING.match(head.strip(), timeout=TIMEOUT) is not None
                # "The lawsuit alleges the auditors ignored warnings": an allegation is a clause
                or lw in ("alleges", "alleged", "allege") and _reads_as_clause(clause.split(",", 1)[0])
                # "An insider claimed the row erupted after ...", not "claimed victory after Smith conceded"
                or lw in ("claimed", "claims", "claim") and _subject_then_verb(clause.split(",", 1)[0])
            ):
                return
            if lw in lx.BELIEF_VERBS and not _belief_clause(head):
                return  # "they feared retaliation from a company that has sued ...": an object
        if not has_that and OPEN_MARK in clause:
            lead_words = clause[: clause.index(OPEN_MARK)].split()
            if lead_words and lead_words[-1].strip(":,").lower() in _NAMING_NOUNS and not _reads_as_clause(" ".join(lead_words)):
                # "NASA posted the first image with a one-word caption: “Hello.”": a
                # caption, not a claim; but a caption of a sentence or more is the
                # poster's own words ("posted a photo with the caption: “You were unreal tonight.”")
                q = next((q for q in self.quotes_starting(p + clause.index(OPEN_MARK), se)), None)
                if q is not None and lead_words[-1].strip(":,").lower() == "caption" and len(self.text[q.inner_start : q.inner_end].split()) >= 3:
                    self.add((q.open, q.end), source=src, cue=(cs, ce), via=via, confidence=0.6,
                             rule="caption", sentence=si)
                return
        if (
            lw in lx.OBJECT_TAKING_CUES and not has_that and OPEN_MARK not in head and not _reads_as_clause(head)
            and not _relative_then_verb(clause)
        ):
            return  # "The team added a third goal in stoppage time."
        if lw in ("recommend", "recommends", "recommended") and not has_that and not _reads_as_clause(head):
            return  # "recommends “personnel solutions” in five cases": a thing advised, no claim
        if last_lead.lower() in ("what", "how", "whether", "why"):
            if last_lead.lower() == "what" and lw in _NAMING_CUES and rest.startswith(OPEN_MARK):
                # "convicted of what prosecutors called “a campaign of terror”":
                # the quoted words are the source's
                close = m.find(CLOSE_MARK, rest_at, se)
                if close != -1:
                    self.add((rest_at, close + 1), source=src, cue=(cs, ce), via=via, confidence=0.7,
                             rule="what_called", sentence=si)
            return
        if m.endswith((" who", " that"), src[1], cs - 1) and not has_that and OPEN_MARK not in head:
            # "A witness who testified last week told the court that ...": the cue
            # of a relative clause is part of the subject of the main cue after it
            if {w.strip(_TOKEN_PUNCT).lower() for w in head.split()} & _MAIN_CUES:
                return
        if m.endswith((" who", " that"), src[1], cs - 1) and OPEN_MARK not in head:
            # "A man who said he was an officer was arrested": the claim ends where
            # the main clause's verb takes up the subject again
            se = self._main_verb_after_relative(p, se)
        if lw in ("show", "shows", "showed") and not has_that and not self._shows_evidence(src):
            return  # "Cole showed no emotion as ...": a person shows, data report
        if not has_that and lw in _SAY_FORMS and (opening := clause.lstrip().split(None, 2)[:2]) and opening[0] in _SAID_LITTLE and (
            len(opening) < 2 or opening[1].lower() not in lx.FINITE_VERB_HINTS
        ):
            return  # "Leaders have said little about how they intend to ...": nothing said
        # (a clause of more than six words is never short: its words are not read)
        if not has_that and lw in ("said", "says", "say") and OPEN_MARK not in clause and len(clause.split(None, 6)) <= 6:
            cw = [w.strip(_TOKEN_PUNCT).lower() for w in clause.split()]
            short = len(cw) <= 3 or len(cw) <= 6 and (
                cw[0] in ("little", "much", "something", "anything", "few", "more", "less")
                or cw[:2] in (["a", "word"], ["a", "few"], ["a", "thing"], ["a", "lot"])
            )
            if cw and short and cw[0] != "to" and not any(
                w in lx.FINITE_VERB_HINTS or w in lx.IRREGULAR_PAST or w.endswith("ed") or w in _PERSONAL_SUBJECTS for w in cw
            ):
                return  # "Nobody said a word.", "She said little.": no clause
        if not has_that:
            src, se = self._relative_clause(ss, src, p, se, clause)
        rule = "pre_that" if has_that else ("pre_quote_only" if quote_only and OPEN_MARK in clause else "pre")
        if rule == "pre_quote_only":
            # "Critics called the plan “a disaster,” and the mayor has since dropped
            # it": what they called it ends where a clause of the writer's begins
            se = self._naming_end(p, se)
        if rule != "pre_quote_only":
            # "He said the contact had been “minimal” and questioned why ...": the
            # source's own second act ends the claim
            second_act = (
                _SECOND_ACT.search(m, p, se, timeout=TIMEOUT)
                if m.find(" and ", p, se) != -1 or m.find(" but ", p, se) != -1
                else None
            )
            if second_act is not None and second_act.start() > p:
                se = second_act.start()

        self._add_clause(si, p, se, src, (cs, ce), via, rule, conf)

    def _naming_end(self, p: int, se: int) -> int:
        """Where the object and the quoted words of a naming cue ("called",
        "described ... as") end: before ", and" or ", but" and a clause with a
        subject of its own after the last quotation, else ``se``."""
        m = self.masked
        close = m.rfind(CLOSE_MARK, p, se)
        if close == -1:
            return se
        conj = _NAMING_CONJUNCTION.search(m, close, se, timeout=TIMEOUT)
        if conj is None or not _reads_as_clause(m[conj.end() : se]):
            return se
        return conj.start()

    def _passive_naming(self, si: int, ss: int, se: int, cs: int, ce: int) -> bool:
        """"His Lear was hailed by one critic as “the performance of a
        generation”": the quotation is the agent's words. True if it applied."""
        m = self.masked
        before = m[max(ss, cs - 8) : cs].split()
        if not before or before[-1].lower() not in ("was", "were", "been", "being", "is", "are"):
            return False
        as_at = m.find(" as ", ce + 4, min(se, ce + 90))
        if as_at == -1 or not m.startswith(OPEN_MARK, as_at + 4):
            return False
        agent = self._clean_np(ce + 4, as_at)
        close = m.find(CLOSE_MARK, as_at + 5, se)
        if agent is None or close == -1 or _has_any(m, ",;:" + OPEN_MARK + MASK_CHAR, ce + 4, as_at):
            return False
        self.add((as_at + 4, close + 1), source=agent, cue=(cs, ce), via=None, confidence=0.7, rule="passive_naming", sentence=si)
        return True

    def _main_verb_after_relative(self, p: int, se: int) -> int:
        """Where, in a claim reported inside a relative clause on the subject
        ("A man who said he was an officer was arrested"), the main clause's
        verb follows: the first finite verb after the claim's own whose word
        before is a noun, not a pronoun, an auxiliary or a joint ("she had to
        ..." goes on with the claim). ``se`` if there is none."""
        words = self.words(p, se)
        seen = False
        for i, (w, s, _) in enumerate(words):
            lw = w.lower()
            if not (lw in _MAIN_CLAUSE_VERBS or (w.islower() and _past_tense(lw))):
                continue
            if not seen:
                seen = True
                continue
            prev = words[i - 1][0]
            low = prev.lower()
            if (
                low in _SUBJECT_PRONOUNS or low in _NOUN_DETERMINERS or low in lx.FINITE_VERB_HINTS
                or low in ("that", "who", "which", "to", "not", "never", "and", "or", "but", "him", "them", "me", "us")
                or low.endswith("ly") or not prev[-1:].isalpha()
            ):
                continue
            return s
        return se

    def _repeated_claim(self, si: int, ss: int, se: int, cs: int, ce: int, verb_at: int) -> None:
        """"X repeated his claim that Q": the subject of the repeating verb
        makes the claim, when a "that" clause follows the noun."""
        if not self.masked.startswith(" that ", ce):
            return
        src = self.source_before(ss, verb_at)
        if src is None:
            return
        self._add_clause(si, ce + 6, se, src, (cs, ce), None, "pre_that", 0.6)

    def _names_a_title(self, ce: int, se: int) -> bool:
        """Is the only quotation after a naming cue a title in title case ("branded
        the “Homes Within Reach” plan", "branded its campaign “Fair in the Air”"),
        a name given to something rather than words judging it?"""
        quotes = list(self.quotes_starting(ce, se))
        if len(quotes) != 1 or quotes[0].open - ce > 40:
            return False
        words = self.text[quotes[0].inner_start : quotes[0].inner_end].rstrip(" ,").split()
        if words and words[-1][-1:] == "." and words[-1][:1].isupper() and quotes[0].inner_end >= se - 1:
            # (the sentence's own stop inside the marks: branded the package the “Backbone Act.”)
            words[-1] = words[-1][:-1]
        if words[-1:] and words[-1][-1:] in ".!?":
            return False
        return _title_cased(" ".join(words))

    def _per_source(self, ss: int, cs: int, ce: int, se: int) -> bool:
        """Is "per" at ``cs`` a source lead ("..., per a memo seen by X.",
        "Per the filing, ...") rather than a rate ("$5 per share")? It opens
        the sentence or follows a comma, and a determiner or a name follows it."""
        m = self.masked
        if cs != ss and not m[ss:cs].rstrip().endswith(","):
            return False
        following = m[ce : ce + 40].split(None, 2)
        if not following:
            return False
        first = following[0].strip(_TOKEN_PUNCT)
        if first.lower() in _PER_UNITS or (
            # ("per capita income"; but "per a person familiar with the buy": a rate has no article)
            len(following) > 1 and following[1].strip(_TOKEN_PUNCT).lower() in _PER_UNITS and first.lower() not in ("a", "an")
        ):
            return False
        return (
            first.lower() in ("a", "an", "the", "its", "his", "her", "their") or first[:1].isupper()
            # "per two sources familiar with the conversation", "per several people briefed"
            or (first.lower() in _COUNT_WORDS or first.lower() == "multiple") and len(following) > 1
            and ((noun := following[1].strip(_TOKEN_PUNCT).lower()) in PERSON_NOUNS or noun in _PER_SOURCE_NOUNS)
            or first.lower() in _PER_SOURCE_NOUNS
            # "per league sources", "per team officials"
            or len(following) > 1 and following[1].strip(_TOKEN_PUNCT).lower() in _PER_SOURCE_NOUNS
        )

    def _document_reads(self, ss: int, cs: int) -> bool:
        """Is "read(s)" at ``cs`` what a document says ("“...,” the letter
        reads", "The sign read: “...”"), not someone reading ("He read the
        statement")? Its subject must be a written text."""
        src = self.source_before(ss, cs)
        return src is not None and self._last_word_of(src) in DOCUMENT_NOUNS

    def _shows_evidence(self, src: tuple[int, int]) -> bool:
        """Is the subject of "show(s)" a document, data or images ("Figures
        show ...", "Footage showed ...")?"""
        last = self._last_word_of(src)
        return last in DOCUMENT_NOUNS or last in _EVIDENCE_NOUNS

    def _last_word_of(self, src: tuple[int, int]) -> str:
        """The head noun of a source span, lower-cased: its last word, or the
        word before a participle and its agent ("Documents reviewed by X")."""
        words = self.masked[src[0] : src[1]].split()
        for k in range(len(words) - 2, 0, -1):
            if words[k] == "by" and (words[k - 1].endswith("ed") or words[k - 1] in lx.IRREGULAR_PARTICIPLES):
                return words[k - 2].strip(_TOKEN_PUNCT).lower() if k > 1 else ""
        for k in range(1, len(words)):
            if words[k] in ("of", "for") and words[k - 1][:1].isupper() and k + 1 < len(words) and words[k + 1][:1].isupper():
                continue  # "Bureau of Labor Statistics data": the "of" of a name
            if (words[k] in _HEAD_ENDING_PREPOSITIONS and k < len(words) - 1) or (words[k].endswith("ed") and words[k].islower()):
                # "Data from the Labor Department", "Figures released under ...": the noun before
                return words[k - 1].strip(_TOKEN_PUNCT).lower()
        return words[-1].strip(_TOKEN_PUNCT).lower() if words else ""

    def _show_title(self, p: int, se: int) -> int | None:
        """The end of a programme's title in quotation marks right after a
        cue ("told CNN's “State of the Union”", "said on ABC's “This Week”",
        "told the “Today” show", "said on “Meet the Press”"), or None: a
        short run of capitalized words after a possessive name or "on", or
        after "the" and before "show"."""
        m = self.masked
        k = m.find(OPEN_MARK, p, min(se, p + 30))
        if k == -1:
            return None
        before = m[max(0, p - 6) : p].rstrip()
        # every _TITLE_LEAD match ends in "the", "'s" or "’s" and one space
        lead = _TITLE_LEAD.fullmatch(m, p, k, timeout=TIMEOUT) if _may_lead_title(m, p, k) else None
        possessive = (
            (k - p <= 1 and before.endswith(("'s", "’s")))
            or (lead is not None and lead.group(1) is not None)
            or m[p:k] == " on "  # "said in an interview on “Meet the Press”"
        )
        if not possessive and not (lead is not None or (k - p <= 1 and before.endswith(" the"))):
            return None
        quotes = self.quotes_starting(k, k + 1)
        if not quotes or quotes[0].close is None:
            return None
        words = self.text[quotes[0].inner_start : quotes[0].inner_end].strip(" .,!?").split()
        if not 0 < len(words) <= 6 or not all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words):
            return None
        end = quotes[0].end
        tail = m[end : end + 12].split(None, 1)
        if tail and tail[0].rstrip(".,") in ("show", "program", "programme", "podcast", "series"):
            self.titles.add(k)
            return m.index(tail[0], end) + len(tail[0].rstrip(".,"))
        # what follows a programme is the occasion or the clause, never its verb
        # ("said Labour's “Green Deal” would fail": the clause's subject)
        nxt = tail[0] if tail and end < se else ""
        if possessive and (not nxt.strip(".,;:!?") or nxt[:1] in ",;." or nxt in _ADVERBIAL_STARTS or nxt == "that"):
            self.titles.add(k)
            return end
        return None

    def _relative_clause(self, ss: int, src: tuple[int, int], p: int, se: int, clause: str) -> tuple[tuple[int, int], int]:
        """The source and the end of a reported clause that is a relative
        clause of the sentence ("The plan, which officials said would cost
        $2 billion, was approved"; "a move supporters said would save money
        was dropped"): the clause ends where the main sentence resumes.
        ``(src, se)`` unchanged otherwise."""
        m = self.masked
        lead = m[ss : src[0]].rstrip()
        if lead.endswith((", which", ", that", ", whom", ", where")):
            # (", where the report found Q, the mayor said ...": the place's clause)
            k = m.find(",", p, se)
            return src, (k if k != -1 else se)
        words = clause.split(None, 4)
        if not words or words[0] not in _GAP_VERBS:
            return src, se
        # a clause with no subject of its own: the source is the subject of a
        # relative clause, and the noun phrase it hangs on opens the sentence
        ws = self.words(*src)
        low = [w.lower() for w, _, _ in ws]
        if len(ws) < 2 or any(t.strip(_TOKEN_PUNCT).lower() in lx.FINITE_VERB_HINTS for t in lead.split()):
            return src, se
        start = None
        if m[: src[0]].rstrip().endswith((" that", " which", " whom")):
            start = 0  # "the plan that city officials said would ...": the subject as found
        for i in range(len(ws) - 2, 0, -1) if start is None else ():
            if low[i] in ("that", "which", "whom"):
                start = i + 1  # "a move that immigration advocates said would ..."
                break
        for i in range(len(ws) - 1, 0, -1) if start is None else ():
            if low[i] in _NOUN_DETERMINERS:
                start = i  # "a plan the mayor said would ..."
                break
        k = len(ws)
        while k > 0 and ws[k - 1][0][:1].isupper():
            k -= 1
        if start is None and 0 < k < len(ws):
            start = k  # "a plan Jane Roe said would ..."
        if start is None and (low[-1].endswith(_AGENT_ENDINGS) or low[-1] in _BARE_SUBJECTS) and ws[-2][0][:1].islower():
            start = len(ws) - 1  # "a move supporters said would ..."
        if start is None:
            return src, se
        # the main sentence's verb after the relative clause's own verb group
        cw = self.words(p, se)
        i = 0
        while i < len(cw) and cw[i][0].lower() in lx.FINITE_VERB_HINTS:
            i += 1
        end = se
        for j in range(i + 1, len(cw)):
            if cw[j][0].lower() in _MAIN_VERB_AUXILIARIES and cw[j - 1][0].lower() not in _NOT_BEFORE_MAIN_VERB:
                end = cw[j][1]
                break
        return (ws[start][1], src[1]), end

    def _after_manner(self, ce: int, se: int, lw: str) -> int:
        """Past what the cue is about or how it was said, when that is no
        reported clause: "she said of the plan (that ...)", "he said with a
        smile", "she said to loud applause". Where the clause (or, without
        one, the rest of the sentence) starts; ``ce`` when nothing is skipped."""
        m = self.masked
        if m[ce + 1 : ce + 2] not in _MANNER_FIRST_LETTERS:
            return ce
        first = m[ce + 1 : ce + 9].split(" ", 1)[0]
        if first not in _MANNER_PREPOSITIONS or not m.startswith(" ", ce) or lw in _TOLD_CUES:
            return ce
        if lw not in lx.STRONG_REPORTING_VERBS or lw in lx.WEAK_REPORTING_VERBS:
            return ce  # "heard of him", "warned of job losses": no attribution about something
        if first == "to" and (lw in lx.INFINITIVE_CUES or m.startswith((" to be ", " to have "), ce)):
            return ce
        stop = min(se, ce + 120)
        for mark in (",", ";", ":", OPEN_MARK, MASK_CHAR):
            k = m.find(mark, ce, stop)
            if k != -1:
                stop = k
        k = m.find(" that ", ce, stop)
        if _holds_cue_verb(m[ce : k if k != -1 else stop].split()):
            return ce  # "accused of fraud told the jury that ...": another cue, another attribution
        if k != -1:
            return k  # "said of the plan that it ...": the clause follows
        if stop == min(se, ce + 120) and stop < se:
            return ce  # a long stretch: not a short phrase of manner
        return stop

    def _trailing_attribution(self, ss: int, src: tuple[int, int], ce: int, se: int) -> bool:
        """"A said Q, the newspaper reported.": an attribution after a comma
        that ends the sentence closes the claim before it (which the ``post``
        rule then cuts there), instead of being read as part of it."""
        m = self.masked
        before = m[ss : src[0]].rstrip()
        if not before.endswith((",", CLOSE_MARK)):
            return False
        after = m[ce:se]
        if after.startswith((" that ", ":")):
            return False  # "Still, she said, the data showed that the herds were back.": a clause follows
        if after.startswith(", ") and (_first_word(m, ce, se).endswith("ing") or _first_word(m, ce, se) in _TRAILING_SUBORDINATORS):
            # "..., the specialist said, speaking on condition of anonymity ...",
            # "..., three diplomats said, as governments struggle with ...": the main
            # clause's adverbial after the attribution, however long
            after = ""
        return MASK_CHAR not in after and OPEN_MARK not in after and len(after.split()) <= 6 and (
            not after or after.rstrip().endswith((".", "!", "?"))
        )

    def _trailing_audience(self, rest: str, lead: str) -> str | None:
        """"“Q,” she told a packed hall in the city.": the short object that
        ends the sentence after "told" is the audience (up to a preposition),
        when what precedes the source is a claim (a quotation or a clause)."""
        if any(ch in rest for ch in ",;:" + OPEN_MARK + MASK_CHAR):
            return None
        words = rest.rstrip(" .!?").split()
        if not words or len(words) > 6 or {w.lower() for w in words} & lx.FINITE_VERB_HINTS:
            return None
        if MASK_CHAR not in lead and not {w.strip(_TOKEN_PUNCT).lower() for w in lead.split()} & lx.FINITE_VERB_HINTS:
            return None
        k = next((i for i, w in enumerate(words) if w.lower() in _AUDIENCE_ENDING_PREPOSITIONS), len(words))
        return " ".join(words[:k]) or None

    def _plural_subject_verb(self, src: tuple[int, int], cs: int, lw: str, head: str) -> bool:
        """Is a noun-like cue's base form a verb here ("unions claim the cuts
        are ...", "they estimate the cost will ...")? Its subject ends right
        before it and is plural or a pronoun, and a clause follows."""
        if lw.endswith("s"):
            # "Reed claims the company misled ...": a singular agent, then a
            # clause with a subject of its own (not "Insurance claims have risen")
            last = self.masked[src[0] : src[1]].rsplit(None, 1)[-1]
            low = last.lower()
            agent = (
                last[:1].isupper() or low in ("he", "she", "it", "who", "which")  # ("her manager, who claims she ...")
                or low in PERSON_NOUNS or low in ORG_NOUNS or low in DOCUMENT_NOUNS
            )
            first, _, rest = head.strip().partition(" ")
            first = first.lower()
            between = self.masked[src[1] : cs].strip()
            # (a relative clause may stand between: "The clip, which X has reviewed, shows")
            near = src[1] >= cs - 20 or (between.startswith((", which ", ", who ")) and between.endswith(","))
            if not near or not agent or not rest or first in lx.FINITE_VERB_HINTS or first in lx.IRREGULAR_PAST or first.endswith("ed"):
                return False  # "Insurance claims jumped after ...": the verb of "claims" the noun
            if lw == "shows" and _doing(head.strip()):
                return True  # "The video shows him walking away"
            return any(
                _verb_like(w)
                for w in _head_words(rest)
            )
        if not self._plural_subject(src, cs):
            return False
        words = _head_words(head)
        return bool(words & lx.FINITE_VERB_HINTS)

    def _plural_subject(self, src: tuple[int, int], cs: int) -> bool:
        """Does the subject ``src`` end right before the cue at ``cs`` in a
        plural noun or a plural or first-person pronoun (what a base-form
        verb agrees with)?"""
        if src[1] < cs - 20:
            return False
        last = self.masked[src[0] : src[1]].rsplit(None, 1)[-1].lower()
        return last in ("they", "we", "i", "you") or (
            last.endswith("s") and not last.endswith(("ss", "'s", "’s")) and last[:1].isalpha()
        )

    def _fronted(self, si: int, ss: int, se: int, cs: int, ce: int) -> None:
        """"Said one resident: “Q”" / "Added the minister, “Q”"."""
        m = self.masked
        colon = -1
        for mark in (":", ","):
            k = m.find(mark, ce, min(se, ce + 150))
            if k != -1 and (colon == -1 or k < colon):
                colon = k
        if colon == -1 or OPEN_MARK not in m[colon : colon + 4]:
            return
        src = self.trim(ce, colon)
        if not self.words(*src) or len(self.words(*src)) > 14:
            return
        if m[cs:ce].lower() == "asked":
            return  # "Asked about X, she said": a question to the source, handled by the main cue
        self.add((colon + 1, se), source=src, cue=(cs, ce), via=None, confidence=0.8, rule="fronted", sentence=si)

    def _inverted_interruption(self, si: int, ss: int, se: int, cs: int, ce: int, left: str) -> bool:
        """"The decision, said the mayor, was final": an inverted attribution
        between a clause's subject and its verb; the whole sentence is the
        source's claim. True if it applied."""
        m = self.masked
        if MASK_CHAR in left or _has_any(m, ",;", ss, ss + len(left) - 1):
            return False  # (one subject before the attribution, no clause of its own)
        if m[cs:ce].lower() not in lx.STRONG_REPORTING_VERBS:
            return False  # (not "One memorandum, read aloud to the jury, described ...")
        src = self.source_after(ce, se)
        if src is None or not m.startswith(", ", src[1]):
            return False
        first = m[src[0] : src[1]].split(None, 1)[0]
        if first.islower() and first not in _NOUN_DETERMINERS and first not in _COUNT_WORDS:
            return False  # an adverb or a preposition opens no source
        end = self._past_apposition(src[1], se)  # (past "Jane Roe, a senior analyst,")
        verb = _first_word(m, end + 1, min(se, end + 30))
        if not (verb in lx.FINITE_VERB_HINTS or verb.islower() and _past_tense(verb)):
            return False
        if not self._names_a_speaker(src):
            return False
        self.add((self._region_start(ss, cs), se), source=src, cue=(cs, ce), via=None, confidence=0.75,
                 rule="inverted_interruption", sentence=si)
        return True

    def _inverted(self, ss: int, cs: int, ce: int, se: int, left: str, si: int) -> bool:
        """Handle "“Q,” said S." and "Q, said S."; True if it applied."""
        m = self.masked
        if m.startswith(" that ", ce):
            return False  # "The indictment, unsealed on Monday, alleges that ...": a clause follows
        src = self.source_after(ce, se)
        if src is not None and not lx.FINITE_VERB_HINTS.isdisjoint(w.lower() for w, _, _ in self.words(*src)):
            # "The minister, calling the report “nonsense,” said the figures were
            # wrong": a clause follows the cue, not its source
            src = None
        if src is None:
            return False
        if (
            not (left.endswith(CLOSE_MARK) or left.endswith(CLOSE_MARK + ","))
            and (m[cs:ce].lower() in lx.OBJECT_TAKING_CUES or m[cs:ce].lower() in lx.WEAK_REPORTING_VERBS)
            and (
                not self._names_a_speaker(src) or _and_a_verb(m[src[0] : src[1]])
                # ("Gentry's agent, Terrence Vail, confirmed the deal to ESPN": the object, and whom it was told)
                or m[src[0] : src[1]].split()[:1] in (["the"], ["a"], ["an"]) and " to " in m[src[0] : src[1]]
                and self._last_word_of((src[0], m.find(" to ", src[0], src[1]))) not in PERSON_NOUNS
            )
        ):
            # "the group has replaced its boats, added a helicopter and ...": a second
            # predicate and its object, not "added a spokesman"
            return False
        after = src[1]
        via = None
        # "said S in an interview", "said S, a former minister, in an interview"
        tail_at = after + 1 if m.startswith(", ", after) else after
        tail = (
            _SOURCE_TAIL.match(m, tail_at, se, timeout=TIMEOUT)
            if m.startswith(" ", tail_at) and m[tail_at + 1 : tail_at + 12].split(" ", 1)[0].rstrip(",.;:") in _SOURCE_TAIL_FIRST
            else None
        )
        if tail is not None:
            # "said the coach in an interview with Radio X": the outlet is the via
            if "interview" in tail.group():
                iv = _INTERVIEW_VIA.search(m, tail.start(), tail.end(), timeout=TIMEOUT)
                if iv:
                    via = _without_full_stop(iv.group(1))
            else:
                via = _news_event(tail.group())
            after = tail.end()
        after_src = m[after:se].strip()
        quote_before = left.endswith(CLOSE_MARK) or left.endswith(CLOSE_MARK + ",")
        if quote_before and left.endswith(CLOSE_MARK):
            opening = left.rfind(OPEN_MARK)
            lead_in = m[ss : ss + opening].rstrip() if opening != -1 else ""
            if lead_in and lead_in[-1] not in ",:;" and self.text[ss + len(left) - 2 : ss + len(left) - 1] not in ",.!?…—-":
                # "A blogger who posts under the name “Sever” claimed ...": a quoted
                # name inside the subject, no quotation the cue attributes
                return False
            aside = lead_in.rfind(", ")
            opener = lead_in[aside + 2 :].split(None, 1)[:1] if aside != -1 else []
            if opener and lead_in[-1] not in ",:;" and (opener[0] in ("who", "which", "whose") or opener[0].endswith("ing")):
                # "Smith, who called the ruling “a victory,” told the paper that ...":
                # the quotation closes an aside on the subject, not a quoted claim
                return False
        if not quote_before:
            # "Q, said S" needs a clause before the comma, not an apposition
            # ("“Q,” Jane Doe, the minister, told Kestrel")
            if CLOSE_MARK in left and left.lstrip().startswith(OPEN_MARK):
                return False  # (but "The leak was “stopped and capped” by noon, said X" is a clause)
            parts = self._comma_parts(ss, ss + len(left) - 1)
            if not parts:
                return False
            if CLOSE_MARK in left:
                # a quotation inside a clause does not divide it as a comma does
                joined = parts[:1]
                for a, b in parts[1:]:
                    if _has_any(m, ",;:", joined[-1][1], a):
                        joined.append((a, b))
                    else:
                        joined[-1] = (joined[-1][0], b)
                parts = joined
            last = parts[-1]
            last_words = [w.lower() for w, _, _ in self.words(*last)]
            first_has_verb = any(
                w in lx.FINITE_VERB_HINTS for w in (x.lower() for x, _, _ in self.words(*parts[0]))
            )
            if len(parts) > 1 and last_words and (
                last_words[0].endswith("ing")
                # ("..., which makes oil cheaper, said X" after a whole clause: a relative on its object)
                or last_words[0] in ("who", "which", "whose") and not first_has_verb
                # "The lawsuit, filed Monday in federal court, says Q": a participle's aside
                or (
                    (last_words[0].endswith("ed") or last_words[0] in lx.IRREGULAR_PARTICIPLES)
                    and len(last_words) > 1 and (last_words[1] in _PARTICIPLE_FOLLOWERS or last_words[1].capitalize() in _DAY_NAMES)
                    and not first_has_verb
                )
            ):
                return False  # "Three officials, speaking on condition ..., said Q": a parenthetical after the subject
            verbs = _holds_a_verb(last_words)
            # (the verbs of a relative clause closing an apposition are no verbs
            # of a clause: "Jane Roe, a doctor who was not involved in the study,")
            relative_at = next((i for i, w in enumerate(last_words) if w in ("who", "whose", "which")), None)
            own_verbs = verbs if relative_at is None else _holds_a_verb(last_words[:relative_at])
            if relative_at == 0 and first_has_verb:
                own_verbs = verbs = True  # "Q was supported by a weaker dollar, which makes oil cheaper, said X"
            if len(parts) > 1 and not own_verbs and last_words and (
                last_words[0] in _APPOSITION_OPENERS or self._is_name(*parts[-2])
            ):
                # "Jane Roe, a spokeswoman for the city, said the mayor ...", "John
                # Roe, head of research at X, said ...": a subject and its apposition
                return False
            clause_like = len(last_words) > 4 or verbs
            src_lower = [w if w[:1].isupper() else w.lower() for w, _, _ in self.words(*src)]
            if not clause_like or _holds_a_verb(src_lower):
                # ("Brent Haskell, a retired colonel, said the purchases posed a risk": a
                # clause after the cue, not its source)
                return False
            relative = after_src.split(" ", 1)[0].lower() in ("who", "which", "whose")
            if after_src and after_src[0] not in ".!?," and not relative or not (
                _NP_START.match(m, ce, se, timeout=TIMEOUT) or _titled_name_start(m, ce, se)
            ):
                return False
        region_end = ss + len(left)
        region_start = self._region_start(ss, region_end)
        self.add((region_start, region_end), source=src, cue=(cs, ce), via=via,
                 confidence=0.85 if quote_before else 0.7, rule="inverted", sentence=si)
        if quote_before:
            self._second_half(si, after, se, src, (cs, ce), via)
        return True

    def _is_name(self, s: int, e: int) -> bool:
        """Is ``text[s:e]`` a capitalized name of up to five words ("John Roe",
        "Sheikh Ali bin Said")?"""
        words = [w for w, _, _ in self.words(s, e)]
        return 0 < len(words) <= 5 and words[0][:1].isupper() and words[-1][:1].isupper() and all(
            w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words
        )

    def _second_half(self, si: int, p: int, se: int, src: tuple[int, int], cue: tuple[int, int], via: str | None) -> None:
        """"“A,” said S, “B.”": the quotation after an inverted attribution
        (and the source's apposition) is the same speaker's, with the same cue."""
        m = self.masked
        k = m.find(OPEN_MARK, p, min(se, p + 150))
        if k == -1 or not m[p:k].rstrip().endswith(",") or MASK_CHAR in m[p:k]:
            return
        if any(w.lower() in _CUE_SET for w, _, _ in self.words(p, k)):
            return  # "“A,” said S, who added, “B.”": that cue attributes it
        self.add((k, se), source=src, cue=cue, via=via, confidence=0.8, rule="interrupted", sentence=si)

    def _relative_claim_ends(self, host: RawClaim, src: tuple[int, int]) -> bool:
        """"Asked about a report ..., which claimed that Q, Ding said R": the claim
        of a relative clause ends at the comma before the main clause's subject.
        Cuts ``host`` there; True if it did."""
        m = self.masked
        if host.source is None or m[host.source[0] : host.source[1]].lower() not in ("which", "who") or host.start >= src[0]:
            return False
        left = m[host.start : src[0]].rstrip()
        end = host.start + len(left)
        if left.endswith(","):
            comma = end - 1
        elif left.endswith(CLOSE_MARK) and self.text[end - 2 : end - 1] == ",":
            comma = end - 2  # ("... in “debt traps,” Ding said")
        else:
            return False
        self.cut(host, comma)
        return True

    def _outlet_learned(self, si: int, ss: int, se: int, cs: int, ce: int) -> None:
        """"NHK has learned that Q", "The Daily Courier has learned that Q": a news
        outlet's own report; a person who "has learned that" her post was cut
        reports nothing."""
        src = self.source_before(ss, cs)
        if src is None:
            return
        words = [w for w, _, _ in self.words(*src)]
        if not any(w.lower() in MEDIA_NAME_WORDS or w.lower() in MEDIA_NOUNS for w in words) and not (
            len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 5
        ):
            return
        self._add_clause(si, ce + 6, se, src, (cs, ce), None, "outlet_learned", 0.7)

    def _it_passive(self, si: int, ss: int, se: int, cs: int, ce: int, before_cue: list[str]) -> bool:
        """"It was stated in the petition that Q", "It is learnt from sources
        in the board that Q": the passive names its source after "in",
        "from" or "by". True if it applied."""
        if len(before_cue) != 2 or before_cue[0] not in ("It", "it") or self.masked[ss:cs].split()[:1] not in (["It"], ["it"]):
            return False
        match = _IT_PASSIVE_SOURCE.match(self.masked, ce, min(se, ce + 160), timeout=TIMEOUT)
        if match is None:
            return False
        src = self.trim(*match.span(1))
        if src[1] <= src[0]:
            return False
        # the phrase's first noun names a source: "the petition", "sources in the
        # board", "officials" (not "in the basement")
        nouns = [w.lower() for w, _, _ in self.words(*src) if w.lower() not in _DETERMINERS][:3]
        if not any(n in DOCUMENT_NOUNS or n in ORG_NOUNS or n in PERSON_NOUNS for n in nouns[:1]):  # (plurals included)
            return False
        self._add_clause(si, match.end(), se, src, (cs, ce), None, "it_passive", 0.6)
        return True

    def _in_anonymity_reason(self, ss: int, cs: int) -> bool:
        """Is the cue at ``cs`` the verb of a stated reason for anonymity
        ("... asked not to be named because she feared reprisals")?"""
        words = [w.lower() for w, _, _ in self.words(max(ss, cs - 90), cs)]
        if len(words) < 3 or words[-2] not in ("because", "as", "since") or words[-1] not in lx.PRONOUN_SOURCES:
            return False
        return any(w in _ANONYMITY_WORDS for w in words[-9:-2])

    def _interrupting_source(self, ss: int, src: tuple[int, int], comma: int, ce: int, se: int) -> tuple[int, int]:
        """The source of an attribution that interrupts its claim's clause
        between subject and verb ("The payments, Tomas Iglesias, a lawyer for
        the trustee, argued, were bonuses"): the apposition walk took the
        clause's subject ("The payments") as the source's first part; the verb
        after the cue's comma shows it belongs to the claim. ``src`` as it was
        otherwise."""
        m = self.masked
        after = _first_word(m, ce + 1, min(se, ce + 30)).lower()
        if src[0] != self._region_start(ss, src[1]) or after not in lx.FINITE_VERB_HINTS:
            return src
        rest = self.trim(comma + 1, src[1])
        if rest[1] <= rest[0] or not m[rest[0] : rest[0] + 1].isupper():
            return src  # ("The chairman, who ..., said, ...": one source)
        return rest

    def _adverbial_after_and(self, ss: int, cs: int) -> int | None:
        """Where a short adverbial between "and"/"but" and the cue starts
        ("overruled several objections and at one point warned ...", "denied
        the report and later said ..."), or None: the cue then has no subject
        of its own, and shares the sentence's."""
        window = self.masked[max(ss, cs - 40) : cs]
        if " and " not in window and " but " not in window:
            return None  # (most cues: no "and" before them, and no words to split)
        words = self.words(max(ss, cs - 40), cs)[-5:]
        for i in range(len(words) - 2, -1, -1):
            if words[i][0].lower() in ("and", "but"):
                adverbial = [w for w, _, _ in words[i + 1 :]]
                if (
                    1 <= len(adverbial) <= 4 and adverbial[0].lower() in _ADVERBIALS_AFTER_AND
                    and not _has_any(self.masked, ",;:" + OPEN_MARK + MASK_CHAR, words[i][2], cs)
                    and (
                        len(adverbial) == 1 and adverbial[0].lower() in _ADVERBS_AFTER_AND
                        # ("at one point", "on Tuesday", "last week"; not "on Sunday prosecutors")
                        or len(adverbial) > 1 and _is_time_word(adverbial[-1])
                    )
                    and i > 0  # (something before "and": "And later said" has no first predicate)
                ):
                    return words[i + 1][1]
                return None
        return None

    def _conjoined_source(self, si: int, ss: int, cs: int, ce: int, se: int) -> tuple[int, int] | None:
        """"X denied that A and said B": a cue after "and"/"but" with no
        subject of its own shares the previous claim's source."""
        words = self.words(max(ss, cs - 30), cs)
        if words and words[-1][0].lower() == "then":
            if len(words) > 1 and words[-2][0].lower() in ("and", "but"):
                words = words[:-1]  # "He paused and then said"
            elif len(words) > 1 and _past_tense(words[-2][0]) and self.masked[ss : words[-1][1]].rstrip().endswith(","):
                # "She paused, then added": the comma stands for "and"
                comma = self.masked.rindex(",", ss, words[-1][1])
                words = words[:-1] + [("and", comma, comma + 1)]
            else:
                return None
        elif len(words) > 1 and words[-1][0].lower() in ("has", "have", "had") and words[-2][0].lower() in ("and", "but"):
            if any(c.sentence == si and c.start < cs < c.end for c in self.claims[-3:]):
                return None  # "said it had launched a review and had notified the regulator": the claim's own verbs
            words = words[:-1]  # "took over two years ago and has told investors": a perfect
        if not words or words[-1][0].lower() not in ("and", "but"):
            return None
        if (
            len(words) > 2 and _past_tense(words[-2][0]) and "," not in self.masked[words[-2][2] : words[-1][1]]
            and any(w.lower() in _PASSIVE_AUXILIARIES for w, _, _ in words[-5:-2])
            and _first_word(self.masked, ce, min(se, ce + 20)).lower() in _PASSIVE_FOLLOWERS
        ):
            return None  # "a man had been arrested and charged with murder": a second participle
        for c in reversed(self.claims):
            if c.sentence != si:
                break
            if c.source is not None:
                if c.start < cs < c.end or c.end > words[-1][1]:
                    self.cut(c, words[-1][1])
                if c.rule == "according" and c.start < c.source[0]:
                    # "It has lined up $1.5 billion, according to a filing, and said it
                    # would ...": the second verb is the subject's, not the filing's
                    subject = self._sentence_subject(ss, c.source[0])
                    if subject is not None and subject[1] <= c.end:
                        return subject
                return c.source
        relative = self.masked.rfind(", who ", ss, words[-1][1])
        if relative != -1 and not _has_any(self.masked, ",;:" + OPEN_MARK + MASK_CHAR, relative + 6, words[-1][1]):
            # "... by its chief executive, Diane Roe, who took over two years ago and has
            # told investors ...": the relative clause's second verb, "who" its subject
            return relative + 2, relative + 5
        subject = self._sentence_subject(ss, cs)
        if subject is not None and not self._names_a_speaker(subject):
            # "Lumora shares fell after the software company reported slowing growth
            # and said ...": the speaker of the clause "and" goes on with
            nearer = self._subordinate_subject(ss, words[-1][1], subject[1])
            if nearer is not None:
                return nearer
        return subject

    def _retold(self, c: RawClaim, start: int, end: int) -> bool:
        """Whether the claim ``c``, reported speech inside the stretch
        [start, end) that a later attribution in its sentence covers ("A told
        B that Q, the agency said", "..., according to X"), is only the later
        source's account of it: no words of A's reached the page, so the whole
        stretch is the later source's claim. A quotation would be A's own
        words, passed on, and keeps A as its source; but what someone found
        or what something showed is no one's words, quoted or not
        ("Investigators found a crack with “signs of fatigue,” it said")."""
        if c.cue is None or c.start <= start:
            return False
        cue = self.masked[c.cue[0] : c.cue[1]].lower()
        if cue in _EVIDENCE_CUES or (c.rule == "participial" and cue in _EVIDENCE_PARTICIPLES and c.source is not None and c.source[0] > start):
            # ("told officials to hold back a report showing that Q, according to a memo":
            # the report inside the memo's account)
            return True
        return c.kind == "indirect" and MASK_CHAR not in self.masked[start:end]

    def _post(self, si, ss, se, src, cue, via, p, weak, conf, allow_continuation=True, whole_sentence=False) -> None:
        """"Q, S said." — the claim precedes its source."""
        m = self.masked
        if m[src[0] : src[1]].lower() in ("which", "who", "whose"):
            # "The suit names the bank, which denied wrongdoing.", "It ran the so-called
            # “Vault” campaign, which promised yields": a relative clause, no attribution
            return
        if any(w[:1] in _CURRENCY_SIGNS or w.endswith("%") for w in m[src[0] : src[1]].split()) or (
            m[max(ss, src[0] - 6) : src[0]].endswith(" that ")
        ):
            # "earned $1.88 a share, short of the $2.05 analysts had forecast", "a 6% rise
            # that economists had predicted": the cue's object is the amount before its
            # subject, a relative clause, no attribution
            return
        if (m[max(ss, src[0] - 12) : src[0]].rsplit(None, 1) or [""])[-1] in _CLAUSE_SUBORDINATORS:
            # "Officials knew for months before they told residents": a clause of time, no
            # attribution (but "where he has been held since, the court said" is one)
            return
        region_start = self._region_start(ss, src[0])
        region_end = src[0]
        if m.endswith(" as ", ss, src[0]) and m[ss : src[0] - 4].rstrip()[-1:] in (",", CLOSE_MARK, '"', "\u201d"):
            # "The talks stalled, as Reuters reported", "“Q,” as she put it": up to the comma
            region_end -= 3
        if whole_sentence or allow_continuation and _continuation(m, p, se, m[region_start:region_end]):
            region_end = se
        elif allow_continuation and MASK_CHAR not in m[region_start:region_end]:
            # "She has no plans to retire, although her knees, she admits, have
            # opinions ...": the subject of a concessive clause, whose verb follows
            lead = m[region_start:region_end]
            k, opener = max((lead.rfind(f", {w} "), w) for w in _CONCESSIVE_OPENERS)
            if k != -1 and _continuation(m, p, se, lead[k + len(opener) + 3 :]):
                region_start, region_end = region_start + k + len(opener) + 3, se
        for c in reversed(self.claims):
            if c.sentence != si:
                break
            if c.end > region_start and c.start < src[0]:
                if c.rule == "what_called" and c.source is not None:
                    # "It ended deals over what she called “billing irregularities”, she
                    # said": the quoted words are part of her claim, as when "she said"
                    # comes first; someone else's naming stays a claim of its own
                    if m[c.source[0] : c.source[1]].lower() == m[src[0] : src[1]].lower():
                        self.claims.remove(c)
                    continue
                cue_word = m[cue[0] : cue[1]].lower()
                reported = cue_word.startswith("report")
                if cue_word in _RETELLING_CUES and self._retold(c, region_start, src[0]):
                    # "Survivors told rescuers that the boat had capsized, the
                    # agency said": the whole sentence is the agency's claim
                    self.claims.remove(c)
                    break
                # "A said Q, the newspaper reported": keep the first-hand claim,
                # and the outlet that reported it is its via
                self.cut(c, min(c.end, src[0]))
                if c.via is None and reported:
                    c.via = m[src[0] : src[1]]
                return
        kind_span = self.kind_and_span(region_start, region_end)
        if kind_span and kind_span[0] == "indirect" and weak:
            conf = 0.5
        self.add((region_start, region_end), source=src, cue=cue, via=via,
                 confidence=0.9 if kind_span and kind_span[0] == "direct" else conf, rule="post", sentence=si)

    def _past_dateline(self, ss: int, end: int) -> int:
        """Where the sentence at ``ss`` starts past a dateline ("SAN JOSE,
        Calif., June 3 /Wire/ -- "), ``ss`` if it has none."""
        # a dateline opens with two capitals: test them before the pattern
        m = self.masked
        if not (m[ss : ss + 1].isupper() and m[ss + 1 : ss + 2].isupper() and _has_any(m, "-—–:", ss, min(end, ss + _DATELINE_REACH))):
            return ss
        dateline = _DATELINE.match(m, ss, end, timeout=TIMEOUT)
        return dateline.end() if dateline else ss

    def _region_start(self, ss: int, region_end: int) -> int:
        """Where a claim that precedes its attribution begins: the sentence
        start, past a conjunction that only links it to the previous one."""
        ss = self._past_dateline(ss, region_end)
        frame = self.frame_end(ss, region_end) if self.masked[ss : ss + 1].isalpha() else None
        if frame is not None and self.masked[frame:region_end].strip():
            ss = frame
        head = self.masked[ss : min(region_end, ss + 40)].split(None, 2)
        if len(head) > 2 and head[0] in ("But", "And", "Yet", "So"):
            return self.masked.index(head[1], ss + len(head[0]))
        return ss

    def _add_clause(self, si, p, se, src, cue, via, rule, conf) -> None:
        """Add the reported clause [p, se), split at "and that" into claims."""
        if src is not None:
            for c in reversed(self.claims):
                if c.sentence != si:
                    break
                if c.cue is not None and src[0] < c.cue[1] and c.cue[0] < src[1]:
                    return  # "Roe said in a video posted Monday ...": "posted" has no subject of its own
        m = self.masked
        pieces = []
        k = p
        window = _and_that_window(m, p, se)
        # a clause without a subject ("a move that critics said would fail and
        # that others ...") is a relative clause: "and that" opens the next one
        opening = m[p : p + 12].split(None, 1)
        gap = bool(opening) and opening[0] in _GAP_VERBS
        for sp in _AND_THAT.finditer(m, window[0], window[1], timeout=TIMEOUT) if window else ():
            if gap:
                se = sp.start()
                break
            pieces.append((k, sp.start()))
            k = sp.end()
        semicolon = m.find("; ", k, se)
        if semicolon != -1:
            se = semicolon  # "Some said they backed the strike; others worried": a new clause
        pieces.append((k, se))
        last = m[k:se]
        # every _BUT_DECLINED match contains one of these words: skip the pattern without them
        cut = (
            _BUT_DECLINED.search(m, k, se, timeout=TIMEOUT)
            if (" but " in last or " and " in last or "though " in last)
            and any(word in last for word in _BUT_DECLINED_WORDS)
            else None
        )
        if cut:
            pieces[-1] = (k, cut.start())
        j = m.find(", and ", pieces[-1][0], pieces[-1][1])
        while j != -1:
            # "Neighbors said she visited new mothers into her eighties, and she
            # campaigned against ...": a new clause of a person, the narrative's
            follow = [w.strip(_TOKEN_PUNCT) for w in m[j + 6 : j + 40].split(None, 2)]
            if len(follow) > 1 and follow[0] in ("he", "she", "they", "we") and (
                _past_tense(follow[1]) or follow[1] in lx.FINITE_VERB_HINTS or follow[1].endswith("s") and follow[1].islower()
            ):
                pieces[-1] = (pieces[-1][0], j)
                break
            j = m.find(", and ", j + 6, pieces[-1][1])
        j = m.find(CLOSE_MARK + " and ", pieces[-1][0], pieces[-1][1])
        if j != -1 and self.text[j - 1 : j] == ",":
            # "objected that it had been “asked and answered,” and the judge sustained
            # the objection": after a quotation closed by its comma, a new subject
            # and its verb are the narrative's
            follow = [w.strip(_TOKEN_PUNCT).lower() for w in m[j + 6 : j + 60].split()[:4]]
            if len(follow) > 2 and follow[0] in ("the", "a", "an", "his", "her", "their", "its") and any(
                _past_tense(w) for w in follow[2:4]
            ):
                pieces[-1] = (pieces[-1][0], j + 1)
        j = m.find(", as ", pieces[-1][0], pieces[-1][1])
        if j != -1:
            # "The RSF says it has seized the town, as aid agencies warn that ...":
            # another source's claim, not "as Reuters reported" (which is this one's)
            after = m[j + 5 : min(pieces[-1][1], j + 80)].split()[:7]
            cue_at = next((i for i, w in enumerate(after) if w in _CUE_SET), None)
            if cue_at is not None and 0 < cue_at <= 5 and after[cue_at + 1 : cue_at + 2] == ["that"]:
                pieces[-1] = (pieces[-1][0], j)
        for lead in (", in what ", ", what ", ", which "):
            # "vowed to fight on after ..., in what one campaigner branded ‘...’",
            # "said ... the decision, which he called “reckless”": the relative
            # naming something is an attribution of its own
            j = m.find(lead, pieces[-1][0], pieces[-1][1])
            if j == -1:
                continue
            after = [w.lower() for w in m[j + len(lead) : j + len(lead) + 50].split()[:5]]
            if lead == ", which ":
                # (a subject, a naming cue, and a quotation that ends the clause)
                naming = next((i for i, w in enumerate(after) if w in _NAMING_CUES), None)
                if naming is None or naming == 0 or after[naming - 1] in _BLOCKING_WORDS:
                    continue
                opening = m.find(after[naming], j + len(lead)) + len(after[naming]) + 1
                closing = m.find(CLOSE_MARK, opening, pieces[-1][1] + 1)
                if not m.startswith(OPEN_MARK, opening) or closing == -1 or m[closing + 1 : pieces[-1][1]].strip(" .,!?"):
                    continue
            elif not _holds_cue_verb(after):
                continue
            pieces[-1] = (pieces[-1][0], j)
            break
        piece = m[pieces[-1][0] : pieces[-1][1]]
        window = (
            _clause_tail_window(m, pieces[-1][0], pieces[-1][1], piece)
            if (" and " in piece or " but " in piece or CLOSE_MARK in piece or ", with" in piece)
            else None
        )
        tail = None
        for found in _CLAUSE_TAIL.finditer(m, window[0], window[1], timeout=TIMEOUT) if window else ():
            if found.group("sub") is None or _narrative_after_quote(
                m, found.group("sub"), found.end(), pieces[-1][1],
                # (a comma closing the quotation, inside its marks or after them)
                found.group().startswith(",") or self.text[found.start() - 2 : found.start() - 1] == ",",
            ):
                tail = found
                break
        if tail:
            pieces[-1] = (pieces[-1][0], tail.start())
        if ", citing " in piece or ", quoting " in piece or CLOSE_MARK + " citing " in piece:
            citing = _CITING_SOURCES.search(m, pieces[-1][0], pieces[-1][1], timeout=TIMEOUT)
            if citing and m[citing.start()] != "," and self.text[citing.start() - 2 : citing.start()] not in (",\u201d", ",\""):
                citing = None  # "called it “a threat” citing ...": no comma closing the quotation
            if citing:
                pieces[-1] = (pieces[-1][0], citing.start())
                piece = m[pieces[-1][0] : pieces[-1][1]]
        if _contains_any(piece, _SUMMARY_APPOSITION_OPENINGS):
            comment = _SUMMARY_APPOSITION.search(m, pieces[-1][0], pieces[-1][1], timeout=TIMEOUT)
            if comment:
                pieces[-1] = (pieces[-1][0], comment.start())
                piece = m[pieces[-1][0] : pieces[-1][1]]
        if ", " in piece and (" shares " in piece or " stock " in piece):
            reaction = _MARKET_REACTION.search(m, pieces[-1][0], pieces[-1][1], timeout=TIMEOUT)
            if reaction:
                pieces[-1] = (pieces[-1][0], reaction.start())
                piece = m[pieces[-1][0] : pieces[-1][1]]
        if not tail and " and " in piece and (" its " in piece or " their " in piece):
            first = piece.split(None, 1)[:1]
            if first and first[0].islower() and first[0] not in _OWNING_SUBJECT_STARTS:
                own = _OWN_ACTION.search(m, pieces[-1][0], pieces[-1][1], timeout=TIMEOUT)
                # the owner is the source's: "its profit ... cut its", "sales ... cut its",
                # not "its members met and set their agenda"
                if own and own.group(1) == (first[0] if first[0] in ("its", "their") else "its"):
                    pieces[-1] = (pieces[-1][0], own.start())
        if src is not None and (
            m[src[0] : src[1]].lower() in ("who", "which") or m.startswith("whose ", src[0])
        ) and m[: src[0]].rstrip().endswith(","):
            # "The minister, who said that taxes would rise, resigned": the
            # relative clause ends where the main clause's verb follows a comma
            end = _relative_clause_end(self.text, m, pieces[-1][0], pieces[-1][1])
            if end is not None:
                pieces[-1] = (pieces[-1][0], end)
        for a, b in pieces:
            c = self.add((a, b), source=src, cue=cue, via=via, confidence=conf, rule=rule, sentence=si)
            if c is not None and c.kind == "direct":
                c.confidence = max(c.confidence, 0.85)

    def _participle_to(self, ce: int, se: int) -> bool:
        """Is the cue ending at ``ce``, before "to", a participle on the noun before
        it, the sentence's verb right after whom it was addressed to ("rapes
        reported to the police was unchanged"), rather than a cue, its audience
        and a clause ("explained to reporters the plan was dead")?"""
        words = self.masked[ce + 4 : min(se, ce + 50)].split()[:4]
        verb = next((i for i, w in enumerate(words) if w in lx.FINITE_VERB_HINTS), None)
        return verb is not None and 0 < verb and not any(w in _NOUN_DETERMINERS for w in words[1:verb])

    def _participial_aside(self, ce: int, se: int) -> bool:
        """Is the cue ending at ``ce`` (right after a comma) a participle set off
        by commas on the subject, the sentence's verb coming after the second
        comma ("The plan, announced in May, would cut 400 jobs")?"""
        m = self.masked
        k = m.find(", ", ce, min(se, ce + 60))
        if k == -1 or _has_any(m, OPEN_MARK + MASK_CHAR, ce, k) or m.find(" that ", ce, k + 1) != -1:
            return False
        # (a phrase of when or by whom between: "The payments, the lawyer argued, were" is an attribution)
        phrase = _first_word(m, ce, k).lower()
        return (phrase in _PREPOSITIONS or phrase in ("last", "earlier", "this")) and (
            _first_word(m, k + 2, min(se, k + 30)).lower() in lx.FINITE_VERB_HINTS
        )

    def _refers_back(self, si: int, ss: int, se: int, cs: int, ce: int) -> bool:
        """"Fourteen suspects were arrested. The police spokesman disclosed this
        in a statement": the sentence before is the source's report, unless it
        has an attribution of its own, or the sentence goes on to a quotation
        ("He said this on Tuesday: ...")."""
        m = self.masked
        if si == 0 or ":" in m[ce:se] or self.sentences[si - 1][2] < self.sentences[si][2] - 1:
            return False
        src = self.source_before(ss, cs)
        if src is None or m[src[0] : src[1]].lower() in ("it", "this", "that"):
            return False
        ps, pe, _ = self.sentences[si - 1]
        if any(c.start < pe and ps < c.end for c in self.claims) or _has_any(m, OPEN_MARK + MASK_CHAR, ps, pe):
            return False
        end = len(m[ps:pe].rstrip().rstrip(".")) + ps
        self.add((ps, end), source=src, cue=(cs, ce), via=None, confidence=0.6, rule="refers_back", sentence=si)
        return True

    def judgement(self, si: int, ss: int, se: int, cs: int, ce: int, lw: str) -> bool:
        """"S thanked X for Y", "S accused X of Y": the claim is "X for Y"
        (whom the source judges and why). True if it applied."""
        m = self.masked
        if self._blocked(ss, cs, ce, se) or not self._judged(ce, se, lx.JUDGEMENT_CUES[lw]):
            return False  # "thanked them, saying ...", "blamed for the delays": no one judged
        src = self.source_before(ss, cs)
        if src is None:
            # "said the breach was preventable and accused the company of ...": the source of "said"
            src = self._conjoined_source(si, ss, cs, ce, se)
        if src is None or m.startswith(_DENYING_STARTS, src[0]):
            return False
        end = self._narrative_end(ce, se)
        second = m.find(" and ", ce, end)
        while second != -1:
            if _first_word(m, second + 5, end).lower() in _CUE_SET:
                end = second  # "she thanked her colleagues for their support and said ...": her next act
                break
            second = m.find(" and ", second + 5, end)
        conj = _JUDGEMENT_CLAUSE_END.search(m, ce, end, timeout=TIMEOUT)
        if conj is not None and _reads_as_clause(m[conj.end() : end]):
            end = conj.start()  # "accused Roe of lying, and one post called it ...": a clause of the writer's
        comma = m.find(", ", ce, end) if lw not in _ACCUSING_CUES else -1
        while comma != -1:
            word = _first_word(m, comma + 2, min(end, comma + 30))
            if word.islower() and word.endswith("ing") and len(word) > 4:
                end = comma  # "blamed Eskom for the crisis, pointing to ...": the writer's participle
                break
            comma = m.find(", ", comma + 2, end)
        if lw not in _ACCUSING_CUES and (
            (MASK_CHAR not in m[ce:end] and OPEN_MARK not in m[ce:end])
            # (or only a name in quotes: "praised the government for continuing the “Sehat Card Plus” scheme")
            or all(_title_cased(self.text[q.inner_start : q.inner_end]) for q in self.quotes_starting(ce, end))
        ):
            # "Republicans blamed the administration for the shortage", "she thanked
            # her colleagues for their support": a judgement told in the writer's
            # words reports no claim; "thanked the Kingdom for the “efforts ...”" quotes one
            return True
        self.add((ce + 1, end), source=src, cue=(cs, ce), via=None, confidence=0.6,
                 rule="judgement", sentence=si)
        return True

    def _narrative_end(self, p: int, se: int) -> int:
        """Where the claim in [p, se) ends when a quotation in it is followed by
        the reporter's narrative ("accused Marek of ‘driving like he had nothing
        to lose’ after the pair collided"): past the quotation; else ``se``."""
        m = self.masked
        k = m.find(CLOSE_MARK, p, se)
        while k != -1:
            rest = m[k + 1 : se].lstrip(", ")
            word = rest.split(None, 1)[0].lower() if rest else ""
            if word in _TAIL_AFTER_QUOTE:
                start = k + 1 + (len(m[k + 1 : se]) - len(rest)) + len(word)
                comma = m.startswith(",", k + 1) or self.text[k - 1 : k] == ","
                if _narrative_after_quote(m, word, start, se, comma):
                    return k + 1
            k = m.find(CLOSE_MARK, k + 1, se)
        return se

    def _judged(self, p: int, se: int, prepositions: tuple[str, ...] = ("of",)) -> bool:
        """Does ``masked[p:se]`` name whom a judgement is about and what for,
        after the first of its ``prepositions`` ("the company of training its
        chatbot on pirated books", "the council for its support")?"""
        m = self.masked
        stop = min(se, p + 100)
        at = length = -1
        for preposition in prepositions:
            k = m.find(f" {preposition} ", p, stop)
            if k != -1 and (at == -1 or k < at):
                at, length = k, len(preposition) + 2
        if at == -1 or not m[at + length : se].strip(" .!?"):
            return False
        target = m[p:at].split()
        return (
            1 <= len(target) <= 8 and target[0].lower() not in ("that", "to", "as")
            and not any(ch in m[p:at] for ch in ",;:" + OPEN_MARK + MASK_CHAR)
            and not {w.lower() for w in target} & lx.FINITE_VERB_HINTS
        )

    def expressed(self, si: int, ss: int, se: int, cs: int, ce: int) -> None:
        """"S expressed gratitude to X for Y" (the claim: "X for Y") and "S
        expressed hope that Y" (the claim: Y); the cue is the verb and the feeling."""
        m = self.masked
        words = m[ce : min(se, ce + 60)].split(None, 4)
        i = 1 if words and words[0].lower() in ("his", "her", "their", "its", "our", "my") else 0
        if i < len(words) and words[i].lower() in ("deep", "sincere", "profound", "cautious", "strong", "growing"):
            i += 1
        if i >= len(words) or words[i].lower().rstrip(",.") not in lx.EXPRESSED_FEELINGS:
            return
        cue_end = m.find(words[i], ce) + len(words[i])
        rest = m[cue_end:se]
        if rest.startswith(" that "):
            start = cue_end + 6
        elif rest.startswith(" to ") and " for " in m[cue_end : min(se, cue_end + 100)]:
            start = cue_end + 4  # "to the council for its support": whom, and for what
        elif rest.startswith((" for ", " over ", " about ")):
            start = m.find(" ", cue_end + 1) + 1  # "concern over the delays": the delays
        else:
            return
        if self._blocked(ss, cs, ce, se):
            return
        src = self.source_before(ss, cs)
        if src is None:
            return
        self._add_clause(si, start, se, src, (cs, cue_end), None, "expressed", 0.6)

    def participial(self, si: int, ss: int, se: int, cs: int, ce: int, lw: str) -> None:
        """"..., adding that Q" / "..., with Labour calling it “Q”": the
        participle shares the main clause's source unless it has its own."""
        m = self.masked
        left = m[ss:cs].rstrip()
        if lw == "saying" and left.endswith(" as") and (" quoted " in left[-80:] or " cited " in left[-80:]):
            self._quoted_as_saying(si, ss, se, cs, ce, left)
            return
        if lw == "saying" and not left.endswith(",") and self._issued_saying(si, ss, se, cs, ce):
            return
        comma_in_quote = left.endswith(CLOSE_MARK) and self.text[ss + len(left) - 2 : ss + len(left) - 1] == ","
        # after a comma or "and", and after a comma and "before"/"then": "“Q,” he
        # answered, before adding that R"
        joined = left.endswith((",", " and", ", before", ", after", ", while", ", then", " and then")) or comma_in_quote
        own_subject = None
        prev = None
        last_comma = max(left.rfind(","), left.rfind(CLOSE_MARK))
        tail = [w for w, _, _ in self.words(ss + last_comma + 1, cs)]
        with_at = ss + last_comma
        if tail and tail[0].lower() == "with" and 1 < len(tail) <= 6:
            own_subject = self._clean_np(self.words(ss + last_comma + 1, cs)[1][1], ss + len(left))
        elif not joined and lw in _EVIDENCE_PARTICIPLES and (
            not m[ce:se].lstrip().startswith(OPEN_MARK)  # (a sign saying “Closed” shows a word, no claim)
            # (not inside a claim: "he said the defense would present evidence showing that ...")
            and self._inside_claim(si, cs) is None
            and (document := self._document_before(ss, cs)) is not None
        ):
            # "pointing to figures published last week showing that ...", "cited data
            # showing that ...": what the document shows
            own_subject = document
            with_at = cs
        elif not joined and _SPENT_TIME.search(left[-80:], timeout=TIMEOUT):
            # "Arriaga has spent the better part of two years insisting that ...":
            # the subject spent the time saying it
            own_subject = self._sentence_subject(ss, cs)
            if own_subject is None:
                return
            with_at = cs
        elif not joined:
            # "with A insisting Q and B accusing him of R": B's own participle,
            # after A's claim
            k = left.rfind(" and ")
            subject = left[k + 5 :].split() if k != -1 else []
            host = self._inside_claim(si, ss + k) if subject and len(subject) <= 6 else None
            if (
                host is None or host.cue is None or not m[host.cue[0] : host.cue[1]].endswith("ing")
                or subject[0].lower() not in _NOUN_DETERMINERS and not subject[0][:1].isupper()
                or any(ch in left[k:] for ch in ",;:" + OPEN_MARK + MASK_CHAR)
            ):
                return
            own_subject = self._clean_np(ss + k + 5, ss + len(left))
            with_at = ss + k
        if own_subject is not None:
            src = own_subject
            # "A warned that Q, with B saying R": Q ends before "with"
            for c in reversed(self.claims):
                if c.sentence != si:
                    break
                if c.start < with_at < c.end:
                    self.cut(c, with_at)
                    break
        else:
            prev = None
            for c in reversed(self.claims):
                if c.sentence != si:
                    break
                if c.source is not None:
                    prev = c
                    break
            if prev is not None:
                src = prev.source
                if prev.end > cs and prev.start < cs:
                    self.cut(prev, cs)
            else:
                if lw in _INFERENCE_PARTICIPLES:
                    return  # "The yen weakened, suggesting that ...": the writer's inference from an event
                src = self._sentence_subject(ss, cs)
                if src is None:
                    return
                if not self._names_a_speaker(src):
                    # "Service could halt after the union ... issued strike notice,
                    # saying ...": a sentence about a thing; the speaker is the
                    # subject of the clause the participle follows
                    nearer = self._subordinate_subject(ss, ss + len(left), src[1])
                    if nearer is not None:
                        src = nearer
        p = ce
        if lw == "pointing":
            if not m[ce:se].startswith(" out"):
                return
            p = ce + 4
        if m[p:se].lstrip().startswith(":"):
            p = m.index(":", p) + 1
            self._add_clause(si, p, se, src, (cs, ce), None, "participial", 0.7)
            return
        if lw == "asking" and not m[p:se].lstrip(" ,").startswith(OPEN_MARK):
            return  # "asking for a recount", "asking whether ...": a request or a question, no claim
        p, via, has_that = self._clause_start(p, se, lw)
        second = _SECOND_PARTICIPLE.search(m, p, se, timeout=TIMEOUT)
        if second is not None and (second.group(1) in lx.PARTICIPIAL_CUES or second.group(2)):
            # "warning MPs that Q and threatening to throw one out": the source's
            # second act, after its claim
            se = second.start()
        clause = m[p:se]
        opening = clause.lstrip(" ,").split(None, 1)
        if not has_that and opening and opening[0] in lx.STRONG_REPORTING_VERBS:
            return  # "Roe, writing in Foreign Affairs, argued that ...": the main cue comes next
        if prev is None and own_subject is None:
            # "The minister, calling the report “nonsense,” said ...": the participle
            # is an aside between the subject and the main cue, and ends before it
            main = _main_cue_after_aside().search(m, p, se, timeout=TIMEOUT)
            if main is not None:
                se = main.start()
                clause = m[p:se]
        head = _clause_head(clause)
        if lw == "accusing" and OPEN_MARK not in head and self._judged(ce, se):
            # "..., accusing the company of training its chatbot on pirated books"
            self.add((ce + 1, se), source=src, cue=(cs, ce), via=None, confidence=0.6, rule="participial", sentence=si)
            return
        if lw in ("calling", "describing", "accusing") and OPEN_MARK not in head:
            return
        colon = clause.find(":" + " " + OPEN_MARK)
        if not has_that and colon != -1 and len(clause[:colon].split()) <= 5 and MASK_CHAR not in clause[:colon]:
            # "adding with a smile: “But I’ll take it.”": how it was added, then the words
            self._add_clause(si, p + colon + 2, se, src, (cs, ce), via, "participial", 0.7)
            return
        if lw == "adding" and not has_that and OPEN_MARK not in head and not _adds_a_clause(head):
            return  # "..., adding 10 to 14 days to voyages": what was added is a thing, not words
        if lw in ("writing", "telling") and not has_that and via is None and OPEN_MARK not in head and not _adds_a_clause(head):
            return  # "shaking his head and writing notes on a pad", "telling jokes": a thing, not words
        if not has_that and lw not in ("saying", "adding", "telling", "writing") and OPEN_MARK not in head:
            ws = _head_words(head)
            # ("alleging the chain systematically failed to pay them": an allegation is a clause)
            if not (ws & lx.FINITE_VERB_HINTS or lw in ("alleging", "claiming") and _reads_as_clause(head)):
                return
        self._add_clause(si, p, se, src, (cs, ce), via, "participial", 0.65)

    def _issued_saying(self, si: int, ss: int, se: int, cs: int, ce: int) -> bool:
        """"The union posted a statement on its website saying Q": whoever
        issued the message says Q. The issuing verb's own claim, if it made
        one (the message itself), gives way. True if it applied."""
        words = self.words(max(ss, cs - 100), cs)
        k = len(words) - 1
        while k >= 0 and len(words) - k <= 6 and words[k][0].lower() not in _MESSAGE_NOUNS:
            k -= 1
        if k < 0 or len(words) - k > 6:
            return False
        j = k - 1
        while j > 0 and k - j <= 3 and words[j][0].lower() not in _NOUN_DETERMINERS:
            j -= 1
        if j < 1 or k - j > 3 or words[j - 1][0].lower() not in _ISSUING_VERBS:
            return False
        if _has_any(self.masked, ",;:" + OPEN_MARK + MASK_CHAR, words[j][1], cs):
            return False
        verb_at = words[j - 1][1]
        if words[j - 1][0].lower() == "out" and j > 1 and words[j - 2][0].lower() in ("put", "puts", "sent", "sends"):
            verb_at = words[j - 2][1]
        src = None
        for c in reversed(self.claims):
            if c.sentence != si:
                break
            if c.cue is not None and c.cue[0] == verb_at and c.source is not None:
                src = c.source
                self.claims.remove(c)
                break
        if src is None:
            src = self.source_before(ss, verb_at)
        if src is None:
            return False
        p, via, _ = self._clause_start(ce, se, "saying")
        self._add_clause(si, p, se, src, (cs, ce), via, "participial", 0.7)
        return True

    def _quoted_as_saying(self, si: int, ss: int, se: int, cs: int, ce: int, left: str) -> None:
        """"He was quoted as saying Q" (source before) and "The agency quoted
        the minister as saying Q" (source between, the quoting outlet as via)."""
        words = self.words(max(ss, cs - 200), cs)
        if len(words) < 3:
            return
        verb = words[-2]
        before = words[-3]
        via = None
        if words[-1][0].lower() != "as":
            return
        if before[0].lower() in ("was", "were", "is", "are", "been", "being") and verb[0].lower() in ("quoted", "cited"):
            src = self.source_before(ss, before[1])
        elif (by := self._quoted_by(ss, words)) is not None:
            # "Roe was quoted by the state news agency as saying": the agency passed it on
            k, src = by
            via = self.masked[words[k + 2][1] : words[-1][1]].strip() or None
        else:
            k = len(words) - 3
            while k >= 0 and words[k][0].lower() not in ("quoted", "cited"):
                k -= 1
            if k < 0:
                return
            src = self._clean_np(words[k][2], words[-1][1])
            outlet = self.source_before(ss, words[k][1])
            if outlet is not None:
                via = self.masked[outlet[0] : outlet[1]]
        if src is None:
            return
        m = self.masked
        lead = m[ss : src[0]].rstrip()
        if m.startswith(" by ", ce) and MASK_CHAR in lead and lead.endswith((",", CLOSE_MARK)):
            # "“Q,” Seo was quoted as saying by a senior official during a meeting":
            # the quotation before is the claim, the one who relayed it the via
            agent = self.words(ce + 4, se)
            end = next((i for i, (w, _, _) in enumerate(agent) if w.lower() in _AGENT_ENDS), len(agent))
            via = m[agent[0][1] : agent[end - 1][2]] if end else via
            self._post(si, ss, se, src, (cs, ce), via, ce, False, 0.8, allow_continuation=False)
            return
        p, _, has_that = self._clause_start(ce, se, "saying")
        self._add_clause(si, p, se, src, (cs, ce), via, "quoted_as_saying", 0.75)

    def _quoted_by(self, ss: int, words: list) -> tuple[int, tuple[int, int] | None] | None:
        """For "S was quoted by X as", the index of "quoted" and the subject S
        before its auxiliary; None when the words before "as" are not so."""
        for k in range(len(words) - 3, 0, -1):
            if words[k][0].lower() in ("quoted", "cited"):
                if words[k + 1][0] != "by" or words[k - 1][0].lower() not in ("was", "were", "is", "are", "been", "being"):
                    return None
                return k, self.source_before(ss, words[k - 1][1])
        return None

    def _document_before(self, ss: int, cs: int) -> tuple[int, int] | None:
        """The document right before a participle at ``cs`` ("figures published
        last week", "data", "a report"): a document noun, perhaps followed by a
        short participle phrase, with up to three determiners or adjectives before it."""
        ws = self.words(max(ss, cs - 90), cs)
        for k in range(len(ws) - 1, max(-1, len(ws) - 6), -1):
            word = ws[k][0].lower()
            if word in DOCUMENT_NOUNS or word in _EVIDENCE_NOUNS:
                after = [w.lower() for w, _, _ in ws[k + 1 :]]
                if not after or (after[0].endswith("ed") or after[0] in lx.IRREGULAR_PARTICIPLES) and all(
                    w in _PHRASE_AFTER_PARTICIPLE or w[:1].isdigit() for w in after[1:]
                ):
                    break
                return None
        else:
            return None
        start = k
        while start > 0 and k - start < 3:
            before = ws[start - 1][0]
            if before.lower() in _PREPOSITIONS or not before[:1].islower() or _verb_like(before.lower()) or before.lower() in _CUE_SET:
                break
            start -= 1
            if before.lower() in _NOUN_DETERMINERS:
                break  # "hold back a report showing": the phrase opens with its article
        return ws[start][1], ws[-1][2]

    def _names_a_speaker(self, src: tuple[int, int]) -> bool:
        """Does the noun phrase at ``src`` name someone who can speak: a
        person or a body ("the union ...", "Acme", "she"), not a thing ("Bus
        service across Ottawa", "The exchanges")?"""
        ws = self.words(*src)
        end = src[1]
        for k in range(1, len(ws) - 1):
            if ws[k][0] in _PLACE_PREPOSITIONS:
                end = ws[k - 1][2]  # "Bus service across Ottawa": the service
                break
        head = self._last_word_of((src[0], end))
        last = next((w for w, _, e in reversed(ws) if e <= end and w.lower() == head), "")
        return (
            head in PERSON_NOUNS or head in ORG_NOUNS or head in lx.PRONOUN_SOURCES
            or last[:1].isupper() or head in DOCUMENT_NOUNS or head in ROLE_WORDS  # ("the mayor")
        )

    def _subordinate_subject(self, ss: int, end: int, after: int) -> tuple[int, int] | None:
        """The subject of the last subordinate clause in ``[ss, end)`` (after
        ``after``), when it names a speaker: "the union representing 2,900
        workers" in "... after the union representing 2,900 workers issued
        notice", "the Speaker, Sir Graham Pocock" in "so noisy that the
        Speaker, Sir Graham Pocock, was forced to intervene"."""
        m = self.masked
        best, opener = -1, ""
        for word in _SUBORDINATE_OPENERS:
            k = m.rfind(word, after, end)
            if k > best:
                best, opener = k, word
        if best == -1:
            return None
        start = best + len(opener)
        ws = self.words(start, end)
        for i, (word, _, _) in enumerate(ws[:12]):
            if i and word.islower() and _verb_like(word) and word not in ("by", "to"):
                break
        else:
            return None
        if ws[0][0].lower() not in _NOUN_DETERMINERS and not ws[0][0][:1].isupper():
            return None
        subject = (start, ws[i - 1][2])
        if MASK_CHAR in m[subject[0] : subject[1]] or not self._names_a_speaker(subject):
            return None
        return subject

    def _sentence_subject(self, ss: int, cs: int) -> tuple[int, int] | None:
        """The subject of the sentence's main clause: the first comma- or
        dash-separated part that is not a dateline or an introductory phrase."""
        dash = (
            _DATELINE_DASH.search(self.masked, ss, min(cs, ss + 90), timeout=TIMEOUT)
            if _has_any(self.masked, "-—–", ss, min(cs, ss + 90))
            else None
        )
        if dash:
            ss = dash.end()
        parts = self._comma_parts(ss, cs, dashes=True)
        for index, part in enumerate(parts):
            ws = self.words(*part)
            if not ws:
                continue
            first = ws[0][0]
            text = self.masked[part[0] : part[1]]
            if (
                not any(ch.islower() for ch in text)
                # ("WASHINGTON (Reuters)": a dateline; but "Sen. Cal Pruitt (R-Wyo.) used")
                or "(" in text and not any(ch.islower() for ch in text[: text.index("(")])
                or first.lower() in _PARENTHETICAL_OPENERS
                or first.lower() in _PREPOSITIONS
                or first.lower() in lx.CLAUSE_OPENERS
                # (a number, not an ordinal: "12th seed Lena Hofmann beat ... and said")
                or first[:1].isdigit() and not first.lower().endswith(("st", "nd", "rd", "th"))
                or first.rstrip(".") in _MONTH_NAMES
                # "Ninety miles east,", "Two days later,", "A few blocks away,": where or when
                or len(ws) <= 5 and ws[-1][0].lower() in _DISTANCE_ENDS
                # ("Speaking to reporters," but not "Housing minister Jane Roe has resigned"
                # nor "Ding declined to comment": a name, then its verb)
                or first.lower().endswith("ing") and not any(w.lower() in lx.FINITE_VERB_HINTS for w, _, _ in ws[1:])
                and not (len(ws) > 1 and ws[1][0].islower() and (ws[1][0].endswith("ed") or ws[1][0] in lx.IRREGULAR_PAST))
            ):
                if first.lower() in _PREPOSITIONS or first.lower() in _PARENTHETICAL_OPENERS:
                    # "In later life he campaigned ..., telling": a short fronted
                    # phrase without its comma, then a pronoun subject and its verb
                    for k in range(2, min(len(ws) - 1, 6)):
                        if ws[k][0] in _SUBJECT_PRONOUNS_CASED and ws[k][0] != "it" and (
                            ws[k + 1][0].endswith("ed") or ws[k + 1][0].lower() in lx.IRREGULAR_PAST
                            or ws[k + 1][0].lower() in lx.FINITE_VERB_HINTS
                        ):
                            return ws[k][1], ws[k][2]
                continue
            subject = self._subject_np(part)
            if subject is not None and subject[1] == ws[-1][2] and index + 2 < len(parts):
                # "The Chairman of the association, Bishop Felix Roe, condemned ...": the
                # subject's verb comes after its apposition
                following = self._subject_np(parts[index + 1])
                verb = self.words(*parts[index + 2])[:1]
                if (
                    following is not None and verb and verb[0][0].islower() and _verb_like(verb[0][0])
                    and self._looks_like_apposition(subject, following)
                ):
                    return subject[0], following[1]
            return subject
        return None

    def _subject_np(self, part: tuple[int, int]) -> tuple[int, int] | None:
        """The subject at the start of a clause: words up to the first verb-like word."""
        ws = self.words(*part)
        end = None
        for i, (w, s, e) in enumerate(ws):
            lw = w.lower()
            if i > 0 and (
                lw in lx.FINITE_VERB_HINTS
                or (lw in lx.STRONG_REPORTING_VERBS or lw in lx.WEAK_REPORTING_VERBS) and not (
                    # "A city staff report released last week recommended": the noun, then its verb
                    lw in DOCUMENT_NOUNS and i + 1 < len(ws) and _verb_like(ws[i + 1][0].lower())
                )
                or (not w[:1].isupper() and (
                    (lw.endswith("ed") and lw not in _ED_NON_VERBS) or (lw.endswith("ly") and lw not in lx.LY_NOUNS)
                    or lw in lx.IRREGULAR_PAST or lw in lx.DOCUMENT_TEXT_CUES  # "He met the players and told"
                ))
                # "The ministry on Thursday confirmed ...": the day is no part of the subject
                or (lw == "on" and i + 1 < len(ws) and ws[i + 1][0] in _DAY_NAMES)
                # "He lives in London and said": a subject pronoun is the whole subject
                or (i == 1 and ws[0][0].lower() in _SUBJECT_PRONOUNS)
                or (i > 1 and w in _DAY_NAMES)
            ):
                break
            end = e
            # (a long subject is a name with its titles: "Fraternal Order of
            # Police Lodge 44 President Mike Kaczmarek urged")
            # ("The Chairman of the Christian Association of Nigeria in Ogun State")
            if i > 6 and (i > 14 or not (w[:1].isupper() or w[:1].isdigit() or lw in ("of", "the", "and", "for", "in", "at"))):
                return None
        if end is None:
            return None
        return ws[0][1], end

    def _past_apposition(self, e: int, se: int) -> int:
        """Where a short apposition after a source ending at ``e`` closes
        ("according to his agent, Miriam Sachs, because ..."): its comma, or
        ``e`` when none follows."""
        m = self.masked
        if not m.startswith(", ", e):
            return e
        k = m.find(",", e + 2, min(se, e + 60))
        if k == -1:
            return e
        words = m[e + 2 : k].split()
        if not 1 <= len(words) <= 5 or not words[0][:1].isupper() or any(
            w.lower() in lx.FINITE_VERB_HINTS or w.lower() in _CUE_SET for w in words
        ):
            return e
        return k

    def according(self, si: int, ss: int, se: int, cs: int, ce: int) -> None:
        m = self.masked
        s = ce
        while s < se and m[s].isspace():
            s += 1
        # the source runs to the next comma, bracket or quotation (a source
        # is never longer than the window)
        limit = min(se, s + 300)
        e = limit
        for mark in (",", ";", "(", ")", OPEN_MARK, MASK_CHAR):
            k = m.find(mark, s, e)
            if k != -1:
                e = k
        if e == limit and limit < se:
            return
        src = self.trim(s, e)
        ws = self.words(*src)
        if not ws or len(ws) > 22:
            return
        # "according to plan", "according to their schedule": the idiom; "according
        # to the mission plan" is a document
        if ws[0][0].lower() in lx.NON_SOURCE_ACCORDING or len(ws) > 1 and ws[1][0].lower() in lx.NON_SOURCE_ACCORDING and (
            ws[0][0].lower() in ("its", "their", "his", "her", "our", "the")
        ):
            return
        # "Q, according to X, a security analyst in Amman." ends the sentence: one source
        # (a bullet before "According to" is no claim before it)
        if m[ss:cs].strip(" \t•·▪●*-–—") and m[e : e + 1] == "," and _APPOSITION_TAIL.match(m[e + 1 : se].lstrip(), timeout=TIMEOUT):
            tail = m[e + 1 : se]
            if "," not in tail and OPEN_MARK not in tail and not any(
                t.strip(_TOKEN_PUNCT).lower() in lx.FINITE_VERB_HINTS for t in tail.split()
            ):
                e = se
                src = self.trim(s, e)
        lead_words = self.words(ss, cs)
        lead_lower = [w.lower() for w, _, _ in lead_words]
        lead_quoted = MASK_CHAR in m[ss:cs]
        if not lead_quoted and (
            not lead_words or all(w in lx.CLAUSE_OPENERS for w in lead_lower)
            # "The official said that, according to X, Q": X's claim opens the reported clause
            or (len(lead_lower) >= 2 and lead_lower[-1] == "that" and lead_lower[-2] in _CUE_SET)
            # "No recording exists, and according to court filings, the memo was lost":
            # a new clause after the comma and "and" opens with the attribution
            or (
                len(lead_lower) > 2 and lead_lower[-1] in ("and", "but") and m.startswith(", ", e)
                and m[ss:cs].rstrip()[: -len(lead_lower[-1])].rstrip().endswith(",")
            )
        ):
            region = (e, se)
            rule = "according_front"
            if m.startswith(", ", e):
                # "According to the lawsuit, filed in May in Ohio, the bank ...":
                # a participle phrase describing the source is no part of the claim
                first, second = (m[e + 2 : e + 40].split(" ", 2) + ["", ""])[:2]
                k = m.find(",", e + 2, min(se, e + 100))
                if (
                    k != -1 and first.islower() and (first.endswith("ed") or first in lx.IRREGULAR_PARTICIPLES)
                    and second.lower() in _PARTICIPLE_FOLLOWERS
                ):
                    region = (k + 1, se)
                elif k != -1 and (
                    first in ("who", "which", "whose")
                    # ("According to a letter, a copy of which is available with X, ...")
                    or _RELATIVE_AFTER_OF.match(m, e + 2, k, timeout=TIMEOUT) is not None
                ) and OPEN_MARK not in m[e + 2 : k]:
                    # "According to Smith, who spoke at a rally, the plan ...": the
                    # relative clause describes the source
                    region = (k + 1, se)
        elif lead_lower in (["this", "is"], ["that", "is"], ["this", "was"], ["that", "was"], ["this", "is", "all"]):
            if si == 0:
                return
            ps, pe, _ = self.sentences[si - 1]
            region = (ps, pe)
            rule = "according_back"
        else:
            region_end = cs
            if _continuation(m, e, se, m[ss:cs]) or _continuation(m, self._past_apposition(e, se), se, m[ss:cs]):
                region_end = se
            region = (self._region_start(ss, cs), region_end)
            rule = "according"
            for c in reversed(self.claims):
                if c.sentence != si:
                    break
                if c.end > region[0] and c.start < cs:
                    if self._retold(c, region[0], cs):
                        # "Survivors told rescuers that the boat had capsized,
                        # according to the agency": the agency's claim
                        self.claims.remove(c)
                        break
                    # "“Q,” the ministry said, according to X": the claim is the
                    # ministry's, and X passed it on
                    if c.via is None and c.source is not None:
                        c.via = m[src[0] : src[1]]
                    if c.end > cs:
                        # "S said Q, according to X": Q ends before "according"
                        self.cut(c, len(m[:cs].rstrip().rstrip(",").rstrip()))
                    return
        via = None
        if m.find("spoke ", *src) != -1 or m.find("talked ", *src) != -1:
            # "according to a person who spoke to X": X is the outlet, not part of the source
            iv = _INTERVIEW_VIA.search(m, src[0], src[1], timeout=TIMEOUT)
            if iv:
                via = _without_full_stop(iv.group(1))
                who = m.rfind(" who ", src[0], iv.start() + 1)
                if who != -1:
                    src = self.trim(src[0], who)
        self.add(region, source=src, cue=(cs, ce), via=via, confidence=0.8, rule=rule, sentence=si)

    def own_words(self, si: int, ss: int, se: int, cs: int, ce: int) -> None:
        """"In her words, Norway is “escalating tensions”": the possessive is the
        source and the clause after the comma its claim, when the phrase opens
        the sentence or follows a clause's comma."""
        m = self.masked
        if m[ss:cs].strip() and not m[ss:cs].rstrip().endswith((",", ";", " and", " but")):
            return
        pronoun_start = cs + 3
        pronoun_end = m.find(" ", pronoun_start)
        self.add((ce + 1, se), source=(pronoun_start, pronoun_end), cue=(cs, ce), via=None, confidence=0.7,
                 rule="own_words", sentence=si)

    # ------------------------------------------------------------ follow-on quotes

    def _quoted_subhead(self, q: Quote) -> bool:
        """Is the quotation a line of its own whose words end without a stop
        ("‘Second-class citizens’"): a subheading quoting a phrase of the story,
        where a quotation told as its own paragraph ends its sentence ("“That
        ends now.”")?"""
        text = self.text
        line_start = text.rfind("\n", 0, q.open) + 1
        line_end = text.find("\n", q.end)
        line_end = len(text) if line_end == -1 else line_end
        if text[line_start : q.open].strip() or text[q.end : line_end].strip():
            return False
        inner = text[q.inner_start : q.inner_end].rstrip()
        return bool(inner) and inner[-1] not in ".!?…,;:—–-" and len(inner.split()) <= 8

    def follow_on(self) -> None:
        """Quotations no rule attributed, right after an attribution: the same
        speaker goes on ("“A,” she said. “B.”" and quote-only paragraphs)."""
        by_sentence: dict[int, list[RawClaim]] = {}
        for c in self.claims:
            by_sentence.setdefault(c.sentence, []).append(c)
        last = None  # (source, cue, via, sentence index, paragraph, explicit colon)
        # the quotes opening in each sentence, by one walk over both (in order)
        quotes, qi, quote_count = self.quotes, 0, len(self.quotes)
        for si, (ss, se, para) in enumerate(self.sentences):
            # (most sentences have no claim: one shared empty tuple, replaced
            # by a list when a claim is added)
            found = by_sentence.get(si, ())
            while qi < quote_count and quotes[qi].open < ss:
                qi += 1
            first_quote = qi
            while qi < quote_count and quotes[qi].open < se:
                qi += 1
            for q in quotes[first_quote:qi] if qi > first_quote else ():
                if q.open in self.titles or any(c.start <= q.inner_start < c.end or q.inner_start <= c.start < q.end for c in found):
                    continue
                if last is None:
                    continue
                source, cue, via, lsi, lpara, colon = last
                ok_distance = (para == lpara and si - lsi <= 3) or (
                    para == lpara + 1 and (colon or q.continued_from is not None or si - lsi == 1)
                )
                if not ok_distance:
                    continue
                rest = (self.masked[ss : q.open] + self.masked[q.end : se]).strip(" .,;:!?—–-")
                inner_words = len(self.text[q.inner_start : q.inner_end].split())
                same_sentence_tail = bool(found) and q.open > max(c.end for c in found)
                if rest and not same_sentence_tail:
                    continue
                lead = self.masked[max(ss, q.open - 24) : q.open].split()
                if lead and lead[-1].lower().rstrip(",:") in _NAMING_NOUNS:
                    continue  # "a copy of an advertisement with the slogan “Rock-Solid Since 1923.”": a name
                if same_sentence_tail:
                    # "“A,” Mertz said, holding up an ad. “B.”": the speaker of this
                    # sentence goes on, not the one before it
                    tail_of = max(found, key=_claim_end)
                    if tail_of.source is not None:
                        source, cue, via = tail_of.source, tail_of.cue, tail_of.via
                if inner_words < 3 and not rest == "":
                    continue
                if inner_words < 2 and not (
                    # "“Not this one,” she says. “Thursday.”": a one-word sentence of hers
                    para == lpara and not rest and self.text[q.inner_end - 1 : q.inner_end] in (".", "!", "?")
                ):
                    continue
                first = self.text[q.inner_start : q.inner_start + 1]
                if not (first.isupper() or first.isdigit() or q.continued_from is not None):
                    continue
                if para != lpara and not rest and self._quoted_subhead(q):
                    continue  # "‘Deeply concerned’" on a line of its own: a subheading, no one's words
                claim = RawClaim(start=q.inner_start, end=q.inner_end, kind="direct", source=source,
                                 cue=cue if colon else None, via=via if colon else None,
                                 confidence=0.75, rule="colon_quote" if colon else "follow_on", sentence=si)
                self.claims.append(claim)
                found = [*found, claim]
                by_sentence[si] = found
                colon = False
                last = (source, cue, via, si, para, False)
            if si in self.pending:
                src, cue, via = self.pending[si]
                last = (src, cue, via, si, para, True)
            elif found:
                c = max(found, key=_claim_end)
                if c.source is not None and self.masked[c.source[0] : c.source[1]].lower() in ("who", "which"):
                    # "“Q,” said Jane Roe, who said she ran. “R”": the one named, not her relative clause
                    named = [d for d in found if d.source is not None and d.source[1] <= c.source[0]]
                    if named:
                        c = max(named, key=_claim_end)
                elif c.source is not None:
                    # "“Q,” said Alfredo Ruiz, 58, a vineyard worker who said R. “S”": the one
                    # the whole source names, not the antecedent of its relative clause
                    outer = [
                        d for d in found if d is not c and d.source is not None
                        and d.source[0] <= c.source[0] and c.source[1] <= d.source[1] and d.source != c.source
                    ]
                    if outer:
                        c = max(outer, key=_claim_end)
                if c.source is not None:
                    last = (c.source, c.cue, c.via, si, para, False)
            elif (beat := self._beat(ss, se)) is not None:
                # "Maarsen laughs. “He says that every time.”": who acted speaks next
                last = (beat, None, None, si, para, False)
            elif last is not None and para != last[4] and not last[5]:
                last = None
