"""Raw file text -> articles: split, skip web debris, find headline, dateline, date.

Pure functions, no I/O. Offsets are always offsets into the original file text.

Text saved from a news web page is more than the article: photo captions
ending in an agency credit, share-button labels ("Follow", "Short Url"),
"Updated ..." stamps, fact boxes, "Read more" links, separator rules, the
headline printed twice, summary bullets. A file may also hold several
articles one after the other. The rules here work line by line:

* each line is classified (:func:`classify_line`): blank, a dateline opening
  a body ("SANTIAGO, March 4 (AFP) - ..."), one of several kinds of
  debris, a bullet, a headline-like line, or ordinary text;
* a *header* is a run of lines that are blank, debris, bullets or
  headline-like; an article starts after the header at the top of the file,
  at every dateline, and after any header that repeats a headline or stamps a
  date under one (how web pages introduce the next story);
* an article's body runs from its first line to the last text line before the
  next article's header; debris lines inside it are reported in
  :attr:`Article.debris` so that extraction skips them.

A text with no recognisable structure is one article covering all of it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from functools import lru_cache

import regex

# Every pattern here runs over untrusted text: bounded repetitions plus this
# timeout (seconds) mean no input line can hang the splitter.
TIMEOUT = 1.0

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s{1,3})"
_ORDINAL = r"(?:st|nd|rd|th)?"

DATE_PATTERNS = [
    # 11 February 2020, Tue 11 Feb 2020
    regex.compile(
        rf"(?i)\b{_WEEKDAY}?(?P<day>\d{{1,2}}){_ORDINAL}\s{{1,3}}(?P<month>{_MONTH})\s{{1,3}}(?P<year>\d{{4}})\b"
    ),
    # February 11, 2020, Feb. 11 2020
    regex.compile(
        rf"(?i)\b{_WEEKDAY}?(?P<month>{_MONTH})\s{{1,3}}(?P<day>\d{{1,2}}){_ORDINAL},?\s{{1,3}}(?P<year>\d{{4}})\b"
    ),
    # 2020-02-11
    regex.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
]
# A date written without its year ("March 4"): kept as text, never guessed.
YEARLESS_DATE = regex.compile(
    rf"(?i)\b(?:(?:{_MONTH})\s{{1,3}}\d{{1,2}}{_ORDINAL}|\d{{1,2}}{_ORDINAL}\s{{1,3}}(?:{_MONTH}))\b"
)
CLOCK_TIME = regex.compile(
    r"(?i)^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,5})?$"
)
# A word of prose beside a date: the line is more than a date.
_PROSE_WORD = regex.compile(r"[a-z]{4,}")
RELATIVE_TIME = regex.compile(
    r"(?i)^(?:about\s)?(?:\d{1,4}|an?|one)\s{1,3}(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?|years?)\s{1,3}ago$"
)

# "Updated 11 February 2020", "Published: 5 min ago", "Last updated on ...".
DATE_STAMP = regex.compile(
    r"(?i)^(?:last\s)?(?:updated|published|posted|modified|first\spublished)(?:\s(?:on|at))?\s{0,3}:?\s{0,3}(?P<when>.{1,80})$"
)

# Publishing-agency names that stand alone in parentheses after a dateline or
# close a photo caption. Generic wire services and photo credits, not outlets
# of any particular text.
_CREDIT_WORDS = (
    r"AP|AFP|Getty(?:\sImages)?|EPA(?:-EFE)?|Xinhua|Anadolu|Bloomberg|UPI|"
    r"Associated\sPress|Agence\sFrance-Presse|dpa|Kyodo|Yonhap|Shutterstock|Alamy|"
    r"SPA|WAM|KUNA|IRNA|Handout|handout|Pool|POOL|Courtesy|courtesy|Supplied|supplied|"
    r"File|file|Photo|photo|Image|image|Picture|picture|Credit|credit"
)
CAPTION = regex.compile(
    # The credit opens the parenthesis ("(AP Photo/Jane Doe)", "(File photo)") or
    # closes it after a slash ("(Jane Doe/AFP)"); a parenthesis that merely
    # mentions a photo or a credit line is prose.
    rf"(?:\(\s{{0,3}}(?:{_CREDIT_WORDS})\b[^()\n]{{0,80}}\)"
    # Any short capitalized name in parentheses after the caption's last
    # sentence is its credit: "... at the harbour. (Northwind Wire)".
    rf"|(?<=[.!?][\"”’]?\s{{1,3}})\((?:[A-Z][\w&'’.\-]{{0,20}}\s?){{1,4}}\)"
    # ... or an outlet and a photographer: "... overnight. (ABC Far North: Jessica Trang)"
    rf"|(?<=[.!?][\"”’]?\s{{1,3}})\((?:[A-Z][\w&'’.\-]{{0,20}}\s?){{1,5}}:\s?(?:[A-Z][\w'’.\-]{{0,20}}\s?){{1,4}}\)"
    # A parenthesis ending in the word for a picture: "(WRDX photo)", "(stock image)".
    rf"|\([^()\n]{{1,60}}\s(?:photo|Photo|image|Image|picture|Picture)\)"
    # A photographer and an agency after the caption's last sentence: "Kent Maddox/Getty Images".
    rf"|(?<=[.!?][\"”’]?\s{{1,3}})(?:[A-Z][\w'’.\-]{{0,20}}\s){{1,3}}?[A-Z][\w'’.\-]{{0,20}}\s?/\s?(?:{_CREDIT_WORDS}|Reuters)"
    rf"|\([^()\n]{{1,80}}/\s?(?:{_CREDIT_WORDS})\)"
    rf"|\b(?:Photograph|Photo|Image|Picture|Illustration|Credit)s?:\s{{0,3}}[^.!?\n]{{1,80}}"
    # Wire photo credits without brackets: "AGENCY/Jane Doe/File Photo", "via Getty Images".
    rf"|\b(?:[A-Z]{{2,12}}|Getty\sImages)\s?/\s?[A-Z][\w .'’/\-]{{0,60}}[\w'’]"
    rf"|\bvia\sGetty\sImages)\s{{0,3}}$"
    # Labels that open a caption line: "FILE PHOTO: ...", "Image source, ...".
    rf"|^(?:FILE\sPHOTO|FILE|Image\s(?:source|caption)|Media\scaption|Video\scaption)\s{{0,3}}[:,\-–—]"
)
# Longest stretch a caption's closing credit can cover (every branch of CAPTION
# but the line-opening labels is bounded and ends the line): the search starts
# this far from the end, so a long paragraph is not scanned from its start.
CAPTION_TAIL_CHARS = 120
# The words of the "Photo: ..." branch (case-sensitive, as in CAPTION).
CAPTION_LABELS = ("Photo", "Image", "Picture", "Illustration", "Credit")

# Whole lines that are page furniture: share buttons, navigation, ads.
PLACEHOLDERS = frozenset(
    """
    short url|short link|follow|following|opinion|share|share this|share this article|
    share on facebook|share on twitter|share on whatsapp|share via email|tweet|email|
    print|comments|comment|advertisement|advertising|sponsored|sponsored content|
    subscribe|sign up|listen|listen to this article|save|save article|copy link|
    link copied|related|related articles|related stories|related coverage|most read|
    most popular|trending|trending now|skip to content|skip to main content|menu|
    home|close|back to top|loading|play video|watch|video|gallery|photos|font size|
    text size|whatsapp|facebook|twitter|linkedin|telegram|reddit|read more|also read|
    see also
    """.replace("\n", "").replace("    ", "").split("|")
)
PLACEHOLDER_STRIP = "·•|:.…-–— \t\xa0"
# Lower-casing never shortens a string, so a longer line is no placeholder.
PLACEHOLDER_MAX_CHARS = max(map(len, PLACEHOLDERS))

# A link label needs its separator ("Read more:", "Watch |"): "Related charges
# were filed" and "Listen, he said" are prose.
READ_MORE = regex.compile(
    r"(?i)^(?:read\smore|also\sread|read\salso|see\salso|more\son\sthis(?:\sstory)?|"
    r"related(?:\s(?:stories|articles|coverage|content|reading|links?))?|recommended(?:\sreading)?|"
    r"watch|listen|more)\s{0,3}(?::|\||>|»|[-–—]\s)"
    r"|^(?i:click\shere)\b"
    r"|^(?i:sign\sup|subscribe)\b.{0,80}\b(?i:newsletters?|alerts?|updates|briefing)\b"
)
SEPARATOR = regex.compile(r"^[\s\-–—_=*•~#.·+]{3,200}$")
# Characters a separator or a bullet line can open with (besides white space).
SEPARATOR_CHARS = frozenset("-–—_=*•~#.·+")
WIRE_CREDIT = regex.compile(
    r"(?i)^\(?\s{0,3}(?:additional\s)?(?:reporting|writing|editing|compiled|produced)\sby\b"
)
# How short an unbracketed credit line without ";" is ("Reporting by Ana
# Lopez"); longer ones are sentences ("Reporting by the paper showed ...").
WIRE_CREDIT_MAX_WORDS = 8
COPYRIGHT = regex.compile(
    r"(?i)^(?:©|\(c\)\s|copyright\s(?:©|\(c\)|\d{4}))|\ball\srights\sreserved\.?$"
)
# Short lines announcing an advert ("Story continues below advertisement").
ADVERT = regex.compile(r"(?i)\badvertisement\b|\bsponsored\b")
ADVERT_MAX_WORDS = 8
BYLINE_MAX_WORDS = 12
BYLINE = regex.compile(
    r"^(?:By|BY)\s{1,3}[A-Z][\w.'’\-]{0,30}"
    r"(?:\s{1,3}(?:[A-Z][\w.'’\-]{0,30}|and|&)|,\s{1,3}[A-Z][\w.'’\-]{0,30}){0,8}"
    r"(?:\s{0,3}\|\s{0,3}[^.!?]{0,60})?$"
)
#: The line under a byline that gives the writer's role: "Staff Writer",
#: "Associated Press Writer", "AP Business Writer", "Special Correspondent".
STAFF_ROLE_ENDINGS = ("writer", "writers", "reporter", "reporters", "correspondent", "correspondents")
STAFF_ROLE = regex.compile(
    r"^(?!(?:The|A|An|Our|My)\s)(?:[A-Z][\w.&'’\-]{0,20}\s{1,3}){0,4}(?:Writer|Reporter|Correspondent)s?\s*$"
)
# First letters each family of lines can start with (lower case), checked
# before the pattern itself.
DATE_STAMP_OPENINGS = ("upd", "pub", "pos", "mod", "fir", "las")
READ_MORE_OPENINGS = ("read", "also", "see", "more", "rela", "reco", "watc", "list", "clic", "sign", "subs")
WIRE_CREDIT_OPENINGS = ("rep", "add", "wri", "edi", "com", "pro")
CAPTION_OPENINGS = ("FILE", "Image", "Media", "Video")
# Labels opening a boxed aside (a fact box), which holds a title and a short
# text that belong to the page, not to the article's reporting.
BOX_LABEL = regex.compile(
    r"(?i)^(?:fast\s?facts?|fact\s?box|fact\s?file|key\sfacts|quick\sfacts|at\sa\sglance|did\syou\sknow\??)\s{0,3}:?$"
)
BULLET = regex.compile(r"^\s{0,12}(?:[•●▪◦‣∙·*]|[-–—](?=\s))\s{1,4}\S")
BULLET_CHARS = frozenset("•●▪◦‣∙·*-–—")

_PLACE_WORD = r"[A-Z][A-Z'’.\-]{0,25}[A-Z.]"
_REGION = r"[A-Z][A-Za-z.'’\-]{0,25}(?:\s[A-Z][A-Za-z.'’\-]{0,25}){0,3}"
# A dateline: an upper-case place, optional regions ("AL-WADIAH, Yemen",
# "SALEM, Ore."), an optional date and agency, then ":" or a dash.
DATELINE = regex.compile(
    rf"""^(?P<dateline>
        (?P<place>{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,4}})
        (?P<region>(?:,\s(?!{_MONTH}\s\d)(?:{_REGION})){{0,2}})
        (?:,?\s(?P<date>{_MONTH}\s\d{{1,2}}(?:,\s\d{{4}})?|\d{{1,2}}\s{_MONTH}(?:\s\d{{4}})?))?
        (?:\s?\((?P<agency>[A-Z][\w.&'’\s\-]{{0,40}})\))?
    )
    \s{{0,3}}(?::|—|–|--|-)\s{{0,3}}(?=[\p{{Lu}}\p{{N}}"“‘'])""",
    regex.VERBOSE,
)
_ASCII_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_PLACE_SECOND_CHARS = _ASCII_UPPER | frozenset("'’.-")
# "(CNN) — ..." opens a body with an agency and no place.
AGENCY_DATELINE = regex.compile(
    r"^\((?P<agency>[A-Z][\w.&'’\-]{1,30})\)\s{0,3}(?:—|–|--|-)\s{0,3}(?=\S)"
)
# Upper-case words that open a line with a colon or dash without being a
# place: labels of the page, and speaker labels in transcripts.
NOT_PLACES = frozenset(
    """UPDATE UPDATED BREAKING EXCLUSIVE ANALYSIS OPINION EDITORIAL COMMENT WATCH
    NOTE CORRECTION CLARIFICATION PHOTOS PHOTO VIDEO FILE FACTBOX FASTFACT FACT
    RELATED READ MORE ALSO SEE LIVE UPDATES TIMELINE EXPLAINER INTERVIEW REVIEW
    EDITOR'S EDITOR’S Q A TOPLINE WARNING ALERT URGENT FLASH NEWS
    REPORTER ANCHOR CORRESPONDENT HOST NARRATOR INTERVIEWER MODERATOR RATING VERDICT CLAIM""".split()
)

# A quotation closed by its own punctuation ("..., ” he said") is speech in a
# body paragraph whose final period was lost, not a headline.
QUOTED_SPEECH = regex.compile(r"[,.!?…][\"”’]\s")

# Longest line that can be a bare date ("Tuesday 11 February 2020 10:32 GMT");
# the cheap length test spares the date patterns every body paragraph.
DATE_LINE_MAX_CHARS = 60

# Longest line taken for a headline; longer lines are body text.
HEADLINE_MAX_WORDS = 25
HEADLINE_MAX_CHARS = 220

DEBRIS_KINDS = frozenset(
    {"caption", "placeholder", "date_stamp", "read_more", "separator", "wire_credit",
     "byline", "box_label"}
)
HEADER_KINDS = DEBRIS_KINDS | {"blank", "bullet", "headline"}


@dataclass
class Article:
    """One article inside a raw text file.

    ``start``/``end`` delimit the body (the part claims are extracted from);
    ``headline_span`` points at the headline in the same file text.
    ``debris`` lists ``(start, end)`` spans inside the body that are web page
    furniture (photo captions, "Read more" lines, fact boxes) or the opening
    dateline itself (``dateline_span``): never claims.
    """

    start: int
    end: int
    headline: str | None = None
    headline_span: tuple[int, int] | None = None
    dateline: str | None = None
    date_text: str | None = None
    date_iso: str | None = None
    debris: list[tuple[int, int]] = field(default_factory=list)
    dateline_span: tuple[int, int] | None = None

    def body(self, text: str) -> str:
        """The article's body as it stands in the file text (debris included)."""
        return text[self.start : self.end]


@dataclass(slots=True)
class Line:
    """A line of the file: its stripped extent and what it looks like."""

    start: int
    end: int
    text: str
    kind: str


def parse_date(text: str) -> str | None:
    """ISO date (``YYYY-MM-DD``) of the first full date in ``text``, else None.

    Only dates that state a year are parsed: "March 4" or "5 sec ago" depend
    on when the page was saved, which the text does not say.
    """
    if sum(char.isdecimal() for char in text) < 4:
        return None  # every pattern wants a four-digit year
    for pattern in DATE_PATTERNS:
        match = pattern.search(text, timeout=TIMEOUT)
        if not match:
            continue
        month = match["month"].rstrip(".").lower()
        month_number = int(month) if month.isdigit() else MONTHS.get(month)
        try:
            return datetime.date(int(match["year"]), month_number, int(match["day"])).isoformat()
        except (TypeError, ValueError):
            continue
    return None


def looks_like_date(text: str) -> bool:
    """Whether a whole line is a date or a relative time ("3 hours ago")."""
    text = text.strip()
    # every pattern wants a digit, except "an hour ago"
    if not text.lower().endswith("ago") and not any(char.isdecimal() for char in text):
        return False
    if RELATIVE_TIME.match(text, timeout=TIMEOUT):
        return True
    for pattern in [*DATE_PATTERNS, YEARLESS_DATE]:
        match = pattern.search(text, timeout=TIMEOUT)
        # A date plus a clock time or zone at most ("Feb 11, 2020 10:32 GMT").
        if match and len(text) - len(match.group()) <= 20 and not _PROSE_WORD.search(
            text[: match.start()] + text[match.end() :], timeout=TIMEOUT
        ):
            return True
    return False


def _date_stamp(line: str) -> str | None:
    """The "when" of a date stamp line ("Updated 5 sec ago" -> "5 sec ago"), else None.

    The stamp must hold a date or a time: "Published figures show ..." is prose.
    """
    stamp = DATE_STAMP.match(line, timeout=TIMEOUT)
    if not stamp:
        return None
    when = stamp["when"].strip()
    if looks_like_date(when) or CLOCK_TIME.match(when, timeout=TIMEOUT):
        return when
    return None


#: Marks opening a quotation right after a label: a transcript's sound bite.
_SPEECH_OPENERS = ('"', "\u201c", "\u2018", "'")


# Small on purpose: it serves the splitter asking again for the few lines of a
# file it opens articles with, not lines seen in earlier files.
@lru_cache(maxsize=32)
def match_dateline(line: str):
    """The dateline match opening ``line``, or None (see ``DATELINE``); the
    match is shared between callers, which only read it."""
    # The place opens with two of [A-Z'’.-] and the agency with "(": most
    # lines (quotes, "A spokesman ...") are ruled out before any pattern runs.
    if line[:1] != "(" and not (line[:1] in _ASCII_UPPER and line[1:2] in _PLACE_SECOND_CHARS):
        return None
    match = DATELINE.match(line, timeout=TIMEOUT)
    if match:
        # a place is capitals, quote marks, dots and hyphens between spaces
        words = set(match["place"].strip(".").replace("-", " ").split())
        if words & NOT_PLACES:
            return None
        if (
            line[match.end() : match.end() + 1] in _SPEECH_OPENERS and line[: match.end()].rstrip().endswith(":")
            and line.rstrip().endswith(('"', "\u201d", "\u2019", "'"))
        ):
            # "GWEN FARLEY, RESIDENT: “...”": a transcript's speaker label before a
            # sound bite that fills the line (not "NEW DELHI: “...,” the minister said")
            return None
        return match
    return AGENCY_DATELINE.match(line, timeout=TIMEOUT)


def _ends_like_sentence(text: str) -> bool:
    core = text.rstrip("\"'”’»)] \t\xa0")
    return not core or core[-1] in ".,;:"


def _at_most_words(text: str, count: int) -> bool:
    """Has ``text`` at most ``count`` words? Splitting stops after ``count``
    of them, so a long paragraph is not cut into all its words; asked only
    after the cheaper tests of a line kind, as most lines are prose that
    fails those."""
    return len(text.split(maxsplit=count)) <= count


def classify_line(text: str) -> str:
    """What a stripped line looks like.

    One of ``blank``, ``dateline`` (opens a body), the debris kinds
    (``caption``, ``placeholder``, ``date_stamp``, ``read_more``, ``separator``,
    ``wire_credit``, ``byline``, ``box_label``), ``bullet``, ``headline``
    (short, no closing punctuation) or ``text``.
    """
    if not text:
        return "blank"
    # Cheap tests on the first characters and the length decide which patterns
    # can match at all: most lines are body paragraphs that match none, and
    # each timed regex call has a fixed cost.
    first = text[0]
    symbol = not first.isalnum()
    bare = text.strip(PLACEHOLDER_STRIP)
    # Buttons and labels are capitalised; "follow." ending a paragraph is prose.
    if (
        len(bare) <= PLACEHOLDER_MAX_CHARS and bare.lower() in PLACEHOLDERS and not first.islower()
    ) or (not bare and len(text) < 3):
        return "placeholder"
    if (
        not _ends_like_sentence(text)
        and _at_most_words(text, ADVERT_MAX_WORDS)
        and ADVERT.search(text, timeout=TIMEOUT)
    ):
        return "placeholder"
    if symbol and (first in SEPARATOR_CHARS or first.isspace()) and SEPARATOR.match(text, timeout=TIMEOUT):
        return "separator"
    if len(text) <= 20 and BOX_LABEL.match(text, timeout=TIMEOUT):
        return "box_label"
    lowered = text[:4].lower()
    if len(text) <= 110 and (
        (lowered.startswith(DATE_STAMP_OPENINGS) and _date_stamp(text))
        or (len(text) <= DATE_LINE_MAX_CHARS and looks_like_date(text))
    ):
        return "date_stamp"
    # (match_dateline's own first test, made before its cache is asked: lines
    # such as "A spokesman ..." or "I ..." would hash the whole line and push
    # the few datelines of the file out of the small cache)
    if (first == "(" or (first in _ASCII_UPPER and text[1:2] in _PLACE_SECOND_CHARS)) and match_dateline(text):
        return "dateline"
    if (
        text[-1] == ")"
        or "/" in text
        or ":" in text
        or "Getty" in text
        or text.startswith(CAPTION_OPENINGS)
    ) and _is_caption(text):
        return "caption"
    if lowered.startswith(READ_MORE_OPENINGS) and READ_MORE.match(text, timeout=TIMEOUT):
        return "read_more"
    if (
        lowered.lstrip("( ").startswith(WIRE_CREDIT_OPENINGS)
        and WIRE_CREDIT.match(text, timeout=TIMEOUT)
        and (first == "(" or ";" in text or _at_most_words(text, WIRE_CREDIT_MAX_WORDS))
    ) or ((first in "©(" or lowered[:3] in ("cop", "all") or "reserved" in text)
          and COPYRIGHT.search(text, timeout=TIMEOUT)):
        return "wire_credit"
    if text[:3] in ("By ", "BY ") and _at_most_words(text, BYLINE_MAX_WORDS) and BYLINE.match(text, timeout=TIMEOUT):
        return "byline"
    if text.rstrip().lower().endswith(STAFF_ROLE_ENDINGS) and _at_most_words(text, 5) and STAFF_ROLE.match(text, timeout=TIMEOUT):
        return "byline"  # "Staff Writer", "Associated Press Writer" under the byline
    if symbol and (first in BULLET_CHARS or first.isspace()) and BULLET.match(text, timeout=TIMEOUT):
        return "bullet"
    if (
        len(text) <= HEADLINE_MAX_CHARS
        and not _ends_like_sentence(text)
        and not text[0].islower()
        # (an interview's question: "Q: Some farmers say ... Is that fair?")
        and not text.startswith(("Q: ", "Q. "))
        and _at_most_words(text, HEADLINE_MAX_WORDS)
        and not QUOTED_SPEECH.search(text, timeout=TIMEOUT)
    ):
        return "headline"
    return "text"


def _is_caption(text: str) -> bool:
    """``CAPTION.search(text)``, run only where one of its branches can match.

    Paragraphs with a colon or a slash are common; a credit is not. Only the
    opening label is read at the start of the line; every other branch lies
    in the last ``CAPTION_TAIL_CHARS`` and needs its own character or word
    there (lookbehinds and ``\b`` still see what precedes the search start).
    """
    if text.startswith(CAPTION_OPENINGS) and CAPTION.match(text, timeout=TIMEOUT):
        return True
    tail_start = max(0, len(text) - CAPTION_TAIL_CHARS)
    tail = text[tail_start:]
    if not (
        ")" in text[-4:]
        or "/" in tail
        or "Getty" in tail
        or (":" in tail and any(label in tail for label in CAPTION_LABELS))
    ):
        return False
    return bool(CAPTION.search(text, tail_start, timeout=TIMEOUT))


def split_lines(text: str) -> list[Line]:
    """Every line of ``text`` with surrounding spaces trimmed, classified."""
    lines = []
    append = lines.append
    position = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            # the first character kept is the first that is not white space
            # (found without the copy ``raw.lstrip()`` would make)
            start = position + raw.find(stripped[0])
            append(Line(start, start + len(stripped), stripped, classify_line(stripped)))
        else:
            # about half the lines of a file are blank: nothing to classify
            append(Line(position, position, "", "blank"))
        position += len(raw) + 1
    return lines


def _header_start(lines: list[Line], index: int, floor: int) -> int:
    """First index of the run of header lines ending just before ``index``."""
    while index > floor and lines[index - 1].kind in HEADER_KINDS:
        index -= 1
    return index


def _introduces_article(headlines: list[str], stamped: bool) -> bool:
    """Whether a header run opens a new article rather than sitting in a body,
    from the texts of its headline lines and whether it holds a date stamp or
    a byline.

    Pages print the headline twice (over the photo and over the text) or put
    a date stamp or a byline under it; a lone subheading or caption inside a
    body does neither.
    """
    if len(headlines) != len(set(headlines)):
        return True
    return bool(headlines) and stamped


def _body_starts(lines: list[Line]) -> list[int]:
    """Indexes of the lines where article bodies begin.

    An article begins at the first line that is not a header line, then at
    every dateline and after every header run (the header lines since the
    last other line) that introduces one. The run's headlines and stamps are
    gathered in the same pass, since a body has a run (a blank line) before
    every paragraph and most hold no headline at all.
    """
    starts: list[int] = []
    headlines: list[str] = []  # of the header run before the current line
    stamped = False
    for i, line in enumerate(lines):
        kind = line.kind
        if kind in HEADER_KINDS:
            if kind == "headline":
                headlines.append(line.text)
            elif kind == "date_stamp" or kind == "byline":
                stamped = True
            continue
        if not starts or kind == "dateline" or (headlines and _introduces_article(headlines, stamped)):
            starts.append(i)
        if headlines:
            headlines = []
        stamped = False
    return starts


_QUOTE_MARKS = ('"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "``")


def _wrapped_prose(text: str, lines: list[Line], index: int, soft: set[int]) -> bool:
    """Whether the headline-like line ``lines[index]`` is a line of a
    hard-wrapped paragraph (``soft``: the newlines inside such paragraphs):
    "He said he had already let 40 acres go fallow and estimated the cut" is
    short and ends without a stop only because the paragraph was broken there.
    A block of two lines may be a subheading over a paragraph written on one
    line, so it counts only when the next line goes on in lower case."""
    line = lines[index]
    before = text.rfind("\n", 0, line.start)
    after = text.find("\n", line.end)
    if before in soft:
        return True
    if after not in soft:
        return False
    following = lines[index + 1] if index + 1 < len(lines) else None
    return following is not None and (
        following.text[:1].islower() or text.find("\n", following.end) in soft
    )


def _debris_spans(lines: list[Line], text: str = "") -> list[tuple[int, int]]:
    """Spans of the debris lines among ``lines`` (a body of ``text``), boxes included."""
    spans = []
    in_box = False
    soft: set[int] | None = None
    for index, line in enumerate(lines):
        if line.kind == "blank":
            continue
        if line.kind == "box_label":
            in_box = True
        elif in_box:
            # A box holds a title and one paragraph (or a list of bullets);
            # the first text paragraph closes it.
            if line.kind not in ("headline", "bullet") and line.kind not in DEBRIS_KINDS:
                in_box = False
            spans.append((line.start, line.end))
            continue
        if line.kind in DEBRIS_KINDS:
            spans.append((line.start, line.end))
        elif line.kind == "headline" and "," not in line.text and not any(mark in line.text for mark in _QUOTE_MARKS):
            # a subheading or a linked headline inside the body ("These are the
            # software names analysts say could surprise"): no claim of the
            # article, as no headline is (one with a quotation or a comma may be
            # a paragraph that lost its final stop, "Prices rose, the office
            # said", and stays; so does a line of a hard-wrapped paragraph)
            if text:
                if soft is None:
                    # (imported here: the extract package imports this module)
                    from .extract.wrapping import soft_breaks

                    soft = set(soft_breaks(text, lines[0].start, lines[-1].end))
                if _wrapped_prose(text, lines, index, soft):
                    continue
            spans.append((line.start, line.end))
    return spans


def _choose_headline(header: list[Line], top_of_file: bool) -> int | None:
    """Index in ``header`` of the article's headline, or None.

    A headline printed twice is the headline. Otherwise the top of a file
    starts with it, while between two articles the line nearest the body is
    taken: what comes before it may be the previous article's last paragraph
    with its final period lost.
    """
    indexes = [i for i, line in enumerate(header) if line.kind == "headline"]
    if not indexes:
        return None
    texts = [header[i].text for i in indexes]
    repeated = [i for i in indexes if texts.count(header[i].text) > 1]
    if repeated:
        return repeated[0]
    return indexes[0] if top_of_file else indexes[-1]


def _leading_body_lines(header: list[Line], headline: int | None) -> int:
    """Index in ``header`` where lines that belong to the body begin.

    Headline-like lines after the last headline, bullet or debris line are a
    standfirst or a paragraph whose period was lost: body, not header.
    """
    index = len(header)
    headline_text = header[headline].text if headline is not None else None
    while index > 0 and header[index - 1].kind in ("blank", "headline") and (
        header[index - 1].text != headline_text
    ):
        index -= 1
    while index < len(header) and header[index].kind == "blank":
        index += 1
    return index


def _date(header: list[Line], dateline_date: str | None) -> tuple[str | None, str | None]:
    """The date as written (a stamp in the header, else the dateline's) and in ISO."""
    date_text = dateline_date
    for line in header:
        if line.kind == "date_stamp":
            date_text = _date_stamp(line.text) or line.text
            break
    return date_text, parse_date(date_text) if date_text else None


def _trim_end(lines: list[Line], start: int, limit: int) -> int:
    """One past the last line in ``lines[start:limit]`` that is neither blank nor debris."""
    while limit > start + 1 and lines[limit - 1].kind in DEBRIS_KINDS | {"blank"}:
        limit -= 1
    return limit


def split_articles(text: str) -> list[Article]:
    """Split a file's text into articles; a file with no structure is one article."""
    lines = split_lines(text)
    starts = _body_starts(lines)
    if not starts:
        return [Article(start=0, end=len(text))]
    # For each article: where its header begins, its headline, its first body line.
    layouts = []
    for number, start_index in enumerate(starts):
        floor = starts[number - 1] + 1 if number else 0
        header_start = _header_start(lines, start_index, floor)
        header = lines[header_start:start_index]
        headline = _choose_headline(header, top_of_file=number == 0)
        body_start = header_start + _leading_body_lines(header, headline)
        if number and headline is not None:
            # Lines above the headline belong to the previous article's body.
            header_start += headline
            headline = 0
        layouts.append((header_start, headline, body_start, start_index))
    articles = []
    for number, (header_start, headline, body_start, start_index) in enumerate(layouts):
        limit = layouts[number + 1][0] if number + 1 < len(layouts) else len(lines)
        body_end = _trim_end(lines, body_start, limit)
        body = lines[body_start:body_end]
        header = lines[header_start:body_start]
        article = Article(start=body[0].start, end=body[-1].end, debris=_debris_spans(body, text))
        if headline is not None:
            chosen = header[headline]
            article.headline = chosen.text
            article.headline_span = (chosen.start, chosen.end)
        opening = match_dateline(lines[start_index].text) if lines[start_index].kind == "dateline" else None
        if opening:
            groups = opening.groupdict()
            if groups.get("place"):
                article.dateline = (groups["place"] + (groups.get("region") or "")).strip()
            dateline_date = groups.get("date")
            # "SANTIAGO, March 4 (AFP) - " says where the story was filed,
            # not what anyone said: the first sentence (and claim) starts after it.
            opening_start = lines[start_index].start
            article.dateline_span = (opening_start, opening_start + opening.end())
            article.debris.insert(0, article.dateline_span)
        else:
            dateline_date = None
        article.date_text, article.date_iso = _date(lines[header_start:start_index], dateline_date)
        articles.append(article)
    return articles
