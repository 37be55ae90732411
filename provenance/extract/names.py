"""Personal and organization names: parts, identity keys, spelling variants.

``canonical_name(resolved)`` is the cross-article identity key of a source:
titles and roles stripped ("Maj. Gen.", "Sheikh", "Deputy Labor Minister"),
case, diacritics, punctuation and the article-like particles "Al-"/"el-" folded,
so "Col. Osama Al-Assad", "Osama al Assad" and "OSAMA ASSAD" share one key. The
database uses it to keep one ``sources`` row per person or organization across
articles.

Pure functions over short strings; the only article-wide pass,
:func:`find_name_mentions`, is one precompiled ``regex`` scan.
"""

from __future__ import annotations

import bisect
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, field

import regex

from .source_lexicons import (
    ARTICLE_PARTICLES,
    HONORIFICS,
    INNER_PARTICLES,
    LEGAL_FORMS,
    NAME_PARTICLES,
    NAME_SUFFIXES_DROP,
    OFFICE_WORDS,
    ORG_NAME_WORDS,
    PERSON_NOUNS,
    ROLE_WORDS,
    TITLE_QUALIFIERS,
)

REGEX_TIMEOUT = 1.0

_PARENTHETICAL_RE = regex.compile(r"\([^()]{0,80}\)")
_WORD = r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.\-]{0,40}"
# All the words of a string in one match, as the captures of a repeated group
# (the same words ``finditer`` over _WORD finds): a timed pattern reads the
# clock on every call, and ``finditer`` calls once per word.
_ALL_WORDS_RE = regex.compile(r"(?:[^\p{L}\p{M}\p{N}]*+(" + _WORD + r"))*+")
_HYPHEN_PARTICLE_RE = regex.compile(
    r"(?<![\p{L}\p{M}])(" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + r")-(?=\p{L})",
    regex.IGNORECASE,
)


def strip_accents(value: str) -> str:
    """Fold diacritics ("Macuácua" -> "Macuacua") so spellings compare equal."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=16384)
def _norm_word(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return word.strip(".'-")


def name_words(value: str, split_particles: bool = True) -> list[str]:
    """Words of a name string as written (parentheticals dropped, cut at the first comma).

    The comma cut drops appositions and party designations ("Sen. Jane Roe,
    D-N.M." -> ["Sen.", "Jane", "Roe"]). With ``split_particles`` hyphenated
    particles are split off ("Al-Assad" -> ["Al", "Assad"]) so that both
    spellings line up.
    """
    if "(" in value:
        value = _PARENTHETICAL_RE.sub(" ", value, timeout=REGEX_TIMEOUT)
    cut = value.find(",")
    if cut > 0:
        value = value[:cut]
    if split_particles and "-" in value:
        value = _HYPHEN_PARTICLE_RE.sub(r"\1 ", value, timeout=REGEX_TIMEOUT)
    return [word.rstrip("-") for word in words_of(value)]


def words_of(value: str) -> list[str]:
    """The words of ``value`` (letters, marks and digits, with inner
    apostrophes, dots and hyphens), in order."""
    return _ALL_WORDS_RE.match(value, timeout=REGEX_TIMEOUT).captures(1)


def personal_name(words: list[str]) -> tuple[list[str], list[str]]:
    """Split name words into (leading titles and roles, the name proper).

    "Deputy Labor Minister Ines Vallejo" -> (["Deputy", "Labor", "Minister"],
    ["Ines", "Vallejo"]); "Maj. Gen. Ana Roe" -> (["Maj.", "Gen."], ["Ana", "Roe"]).
    The name proper starts after the last honorific, role word or lower-case
    descriptor ("police chief") that is followed by at least one more word,
    so a surname that happens to be a role word ("Tom Major") is kept.
    """
    last_title = -1
    index = 0
    while index < len(words) - 1:
        word = words[index]
        norm = _norm_word(word)
        prefix, hyphen, rest = norm.partition("-")
        if hyphen and prefix in _TIME_PREFIXES:
            norm = rest  # "Then-President", "ex-minister"
        if norm in HONORIFICS or norm in ROLE_WORDS or norm in PERSON_NOUNS:
            last_title = index
            office_end = _office_end(words, index + 1) if word[:1].isupper() else index + 1
            if office_end > index + 1:
                # "Secretary of State", "Minister for Women and Equalities"
                last_title = office_end - 1
                index = office_end
                continue
        elif word[:1].islower() and norm not in NAME_PARTICLES and not (
            norm in INNER_PARTICLES and index and words[index - 1][:1].isupper()
        ):
            last_title = index
        index += 1
    return words[: last_title + 1], words[last_title + 1 :]


_OFFICE_CONNECTORS = frozenset({"and", "&", "of"})
#: Hyphenated prefixes that date an office: "Then-President", "ex-minister".
_TIME_PREFIXES = frozenset({"then", "ex", "former"})


def _office_end(words: list[str], start: int) -> int:
    """End of the portfolio after an office word: "of State", "of the
    Exchequer", "for Women and Equalities", "of the Joint Chiefs of Staff",
    "of the European Commission" (portfolio and organization words only);
    ``start`` when ``words[start]`` does not open one. At least one word is
    left after it for the name."""
    if start >= len(words) or _norm_word(words[start]) not in ("of", "for"):
        return start
    position = start + 1
    if position < len(words) and _norm_word(words[position]) == "the":
        position += 1
    end = start
    while position < len(words) - 1:
        word = words[position]
        norm = _norm_word(word)
        if word[:1].isupper() and (norm in OFFICE_WORDS or norm in ORG_NAME_WORDS):
            end = position + 1
        elif norm not in _OFFICE_CONNECTORS or end <= start:
            break
        position += 1
    return end


#: A country or region code ending a body's name ("UK", "USA", "EU"), not a
#: numeral after a person's name ("III").
_REGION_CODE_RE = regex.compile(r"^(?!(?:I{1,3}|IV|VI{0,3}|IX|X|JR|SR)$)\p{Lu}{2,3}$")


def is_org_name(words: list[str]) -> bool:
    """True when capitalized name words read as an organization.

    "Ministry of Health", "Acme Holdings", "The Daily Courier" are
    organizations; "Senate Majority Leader Jane Roe" is a person, because an
    office word ("Leader") is followed by a name without organization words.
    """
    if not words:
        return False
    titles, proper = personal_name(words)
    if any(_norm_word(w) in ORG_NAME_WORDS for w in proper):
        return True
    if len(words) > 1 and _REGION_CODE_RE.match(words[-1]):
        return True  # "Universities UK", "Greenpeace USA": no person's name ends in a country code
    if titles and any(_norm_word(w) in HONORIFICS or _norm_word(w) in ROLE_WORDS for w in titles):
        return False
    if _norm_word(words[0]) == "the":
        return True
    return any(_norm_word(w) in ORG_NAME_WORDS for w in words)


@lru_cache(maxsize=8192)
def display_name(value: str) -> str:
    """The name as an article would print it in full: honorifics kept, roles dropped.

    "Deputy Labor Minister Ines Vallejo" -> "Ines Vallejo" (a job description);
    "Maj. Gen. Ana Roe, the army chief" -> "Maj. Gen. Ana Roe" and "Mayor Ana
    Roe" -> "Mayor Ana Roe" (titles only); "Transport Minister Sheikh Ali Roe"
    -> "Sheikh Ali Roe" (the honorific after the job description).
    """
    words = name_words(value, split_particles=False)
    if not words:
        return value.strip()
    if is_org_name(words):
        return " ".join(words)
    titles, proper = personal_name(words)
    ranks = titles[1:] if len(titles) > 1 and _norm_word(titles[0]) in TITLE_QUALIFIERS else titles
    if all(_norm_word(w) in HONORIFICS for w in ranks):
        return " ".join(titles + proper)  # "President Ana Roe", "Maj. Gen. Ana Roe", "Police Chief Ana Roe"
    kept: list[str] = []
    for word in reversed(titles):
        norm = _norm_word(word)
        if norm in HONORIFICS and norm not in ROLE_WORDS and word[:1].isupper():
            kept.insert(0, word)
        else:
            break
    return " ".join(kept + proper)


@lru_cache(maxsize=8192)
def canonical_name(resolved: str | None) -> str:
    """Cross-article identity key of a resolved source: lower case, ASCII, no titles.

    >>> canonical_name("Maj. Gen. Ana Al-Rawi, the army chief")
    'ana rawi'
    >>> canonical_name("The Ministry of Health")
    'ministry of health'

    Titles, honorifics and roles before the name are dropped, as are
    parentheticals, appositions after a comma, the article-like particles
    "Al-"/"el-", possessive "'s" and punctuation; other particles ("bin", "Abu",
    "van", "de") are kept because they distinguish people, middle initials
    and companies' legal forms ("Inc.", "plc") are dropped because writers
    add and drop them. Descriptions of
    anonymous sources go through the same folding ("A senior official" ->
    "a senior official"); the database scopes those to their article.
    """
    if not resolved:
        return ""
    words = name_words(strip_accents(resolved))
    if not words:
        return " ".join(strip_accents(resolved).lower().split())
    if words and _norm_word(words[0]) == "the":
        words = words[1:]
    qualified_title = len(words) > 2 and _norm_word(words[0]) in TITLE_QUALIFIERS and _norm_word(words[1]) in HONORIFICS
    organization = is_org_name(words)
    dated_title = bool(words) and _norm_word(words[0]).partition("-")[0] in _TIME_PREFIXES  # "ex-Prime Minister"
    person = bool(words) and not organization and (words[0][:1].isupper() or qualified_title or dated_title)
    if person:
        _, words = personal_name(words)
    key_words = []
    for word in words:
        if "-" in word and len(words) > 1 and word.rpartition("-")[2].isalpha() and word.rpartition("-")[2].islower():
            continue  # "the Hamas-run Health Ministry", "Iran-backed": a modifier, not the name
        norm = _norm_word(word).replace(".", "").replace("'", "")
        for part in norm.split("-"):
            if part and part not in ARTICLE_PARTICLES and part not in NAME_SUFFIXES_DROP:
                key_words.append(part)
    if person and len(key_words) > 2 and len(key_words[0]) > 1:
        # middle initials come and go: "Joseph R. Biden" is "Joseph Biden"
        key_words = [key_words[0]] + [w for w in key_words[1:-1] if len(w) > 1] + [key_words[-1]]
    while organization and len(key_words) > 1 and key_words[-1] in LEGAL_FORMS:
        key_words.pop()  # "Acme Inc." is "Acme"
    return " ".join(key_words)


def edit_distance_at_most_one(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one inserted, dropped or changed letter."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def same_name_word(a: str, b: str) -> bool:
    """Two name words are one spelling: equal after folding, or (both 5+ letters)
    one letter added, dropped or changed ("Kowalsky" / "Kowalski")."""
    if a == b:
        return True
    if len(a) >= 5 and len(b) >= 5 and a[0] == b[0]:
        return edit_distance_at_most_one(a, b)
    return False


def key_words(value: str) -> list[str]:
    """The words of ``canonical_name(value)``."""
    key = canonical_name(value)
    return key.split() if key else []


@dataclass(slots=True)
class NameMention:
    """A capitalized name in the article text (whether or not it is a source)."""

    start: int
    end: int
    text: str
    words: list[str] = field(default_factory=list)
    subject: bool = False
    # the resolver's entity for this name, once it has needed it
    entity: object = None


_STOP_CAPS = frozenset(
    """
    the a an in on at but and or for if as while when after before since it he she
    they we i this that these those there here his her their its our my your
    monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec according said says asked told added however
    meanwhile also then still yet so what who how why where one two three
    """.split()
)

_CAP_TOKEN = r"\p{Lu}[\p{L}\p{M}'’.\-]{0,30}"
_PARTICLE_ALT = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
_PARTICLE_FIRST = "".join(sorted({particle[0] for particle in NAME_PARTICLES}))
# The name runs of "capitalized words, one to seven more after spaces or a
# particle" written so that the engine does not backtrack for nothing: a
# word and the spaces after it are taken whole (possessive: giving any back
# leaves a letter or a space where a space or a capital must follow), the
# particle branch (lower case) and the plain one (a capital) cannot both
# match, and the particles are only tried before one of their first letters.
# The same matches as the plain "(?:[ \t]+|[ \t]+(?:particle)(?:[ \t]+|-))"
# between tokens; a third less time on an article.
#: Heads of bodies named "X of Y" ("Bank of England", "University of Colorado",
#: "Ministry of the Interior"): after one, "of" (and "of the") joins the run.
#: No titles: "Secretary of State Jane Roe" is a title and a name.
_OF_NAME_HEADS = (
    "Bank University College Institute School Academy Ministry Department Office Bureau Council "
    "Board Court Commission Federation Association Society Chamber Museum Church Republic Union "
    "League Agency Authority Corps House".split()
)
# (the lookahead first: the lookbehind over the heads runs only before " of ")
_OF_JOIN = (
    r"(?=[ \t]++of[ \t])(?<=(?<![\p{L}\p{M}\p{N}])(?:" + "|".join(_OF_NAME_HEADS) + r"))"
    r"[ \t]++of(?:[ \t]++the)?[ \t]++(?=\p{Lu})|"
)
_NAME_RUN_RE = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}])"
    + _CAP_TOKEN
    + r"+(?:(?:"
    + _OF_JOIN
    + r"[ \t]++(?:(?=["
    + _PARTICLE_FIRST
    + r"])(?:"
    + _PARTICLE_ALT
    + r")(?:[ \t]++|-))?)"
    + _CAP_TOKEN
    + r"+){1,7}"
)
# Words that cannot make a name on their own ("Mr. Bin" is no name).
_NAME_FILLERS = HONORIFICS | NAME_PARTICLES
_NON_FINAL_ABBREVIATIONS = frozenset("jr sr st inc co corp ltd no".split())


def _ends_sentence(token: str) -> bool:
    """A capitalized word ending in a period ends the sentence unless it is an
    abbreviation: an initial ("J."), dotted ("U.S."), a title ("Col.")."""
    if not token.endswith("."):
        return False
    bare = token[:-1]
    if "." in bare or len(bare) <= 1:
        return False
    lowered = bare.lower()
    return lowered not in HONORIFICS and lowered not in _NON_FINAL_ABBREVIATIONS


_PREPOSITIONS = frozenset(
    "in at from of to for with by near into onto on across outside inside toward towards through "
    "throughout via between among around against under over about after before during above below "
    "beneath beside beyond past than like unlike despite amid within without upon".split()
)
"""Words after which a name is an object, never the subject of the sentence."""


def opens_sentence(text: str, start: int, position: int) -> bool:
    """True when at most five words stand between the last sentence break and
    ``position`` ("Club owner Jane Roe said", "Denmark's minister, Jan Roe,"),
    and the name is not the object of a preposition ("Roe, speaking in New
    York, said": New York is where, not who)."""
    window_start = max(start, position - 100)
    before = text[window_start:position]
    last = before.rsplit(None, 2)[-2:] if before[-1:].isspace() else []
    if last and last[-1].lower() in _PREPOSITIONS:
        return False
    if len(last) == 2 and last[-1] in ("and", "&") and last[0][:1].isupper():
        return False  # "Commissioner for Environment and Ecological Management": one long name
    # a name in apposition to the subject may follow a longer description
    # ("The Commissioner for Environment and Ecological Management, Hon. X,")
    reach = 8 if before.rstrip().endswith(",") and before.count(",") == 1 else 5
    cut = max(before.rfind("\n"), before.rfind(". "), before.rfind("? "), before.rfind("! "),
              before.rfind(".\" "), before.rfind(".” "), before.rfind(".’ "))
    if cut < 0 and window_start != start:
        return False
    lead = before[cut + 1 :].split()
    if len(lead) > 1 and lead[0].endswith(",") and lead[1].lower() in _PREPOSITIONS and not before.rstrip().endswith(","):
        return False  # "Reimann, of the business-friendly Free Democrats, rejected": his party, not the subject
    return len(lead) <= reach


#: A name holding a list after "of"/"for": "Department for Environment, Food and Rural Affairs".
NAME_WITH_LIST_RE = regex.compile(
    r"\b(?:of|for|on)\s\p{Lu}[\w'’-]{0,30}(?:,\s\p{Lu}[\w'’-]{0,30}){1,6}(?:\s\p{Lu}[\w'’-]{0,30}){0,3}\sand\s\p{Lu}"
)

#: Last words of a body's name that may hold an "and" ("Food and Drug Administration").
_BODY_SUFFIXES = frozenset(
    "administration department commission agency authority service services bureau council institute "
    "board office ministry committee centre center foundation association".split()
)
#: Capitalized words right before "and ", within one name.
_CAPITALIZED_BEFORE_AND = regex.compile(r"(\p{Lu}[\p{L}'’-]{1,30})(?:\s\p{Lu}[\p{L}'’-]{1,30}){0,2}\sand\s$")


def find_name_mentions(
    text: str, start: int = 0, end: int | None = None, exclude: list[tuple[int, int]] | None = None
) -> list[NameMention]:
    """Capitalized multi-word names in ``text[start:end]``, in order.

    A name is a run of capitalized words, with particles ("bin", "al-") and
    title abbreviations allowed inside, cut at a word ending a sentence and
    stripped of capitalized function words ("The", "In", "Monday"); single
    words are left out (a lone surname is read from the sources that use
    it, and most lone capitalized words open sentences). ``subject`` marks a
    name that opens its sentence, optionally after a few lower-case words
    ("club owner Jane Roe said"), which is where pronouns most often point.

    Names overlapping one of the sorted, non-overlapping spans ``exclude``
    (the sources, read on their own) are left out.
    """
    end = len(text) if end is None else end
    exclude = exclude or []
    excluded_starts = [span[0] for span in exclude]
    mentions: list[NameMention] = []
    search = _NAME_RUN_RE.search
    resume = start
    while True:
        match = search(text, resume, end, timeout=REGEX_TIMEOUT)
        if match is None:
            break
        run_start, run_end = match.span()
        resume = run_end
        if exclude:
            # a run inside an excluded span (no other starting within it)
            # holds only excluded names
            index = bisect.bisect_right(excluded_starts, run_start) - 1
            if (
                index >= 0
                and exclude[index][1] >= run_end
                and (index + 1 == len(exclude) or excluded_starts[index + 1] > run_end)
            ):
                continue
        run = match.group(0)
        words = run.split()
        if "." in run:
            for index, word in enumerate(words):
                if word[-1] == "." and _ends_sentence(word):
                    if index + 1 < len(words):
                        # "... help Mr. Trump. Mr. Trump, for his part,": the next
                        # sentence's name is read from where this one ends
                        offset = 0
                        for kept_word in words[: index + 1]:
                            offset = run.find(kept_word, offset) + len(kept_word)
                        resume = run_start + offset
                    words = words[: index + 1]
                    break
        norms = [_norm_word(word) for word in words]
        first = 0
        while first < len(words) and norms[first] in _STOP_CAPS:
            first += 1
        last = first
        # (a lower-case "the" comes only from a joining "of the": "Ministry of the Interior")
        while last < len(words) and (norms[last] not in _STOP_CAPS or words[last] == "the"):
            last += 1
        if last - first < 2 or _NAME_FILLERS.issuperset(norms[first:last]):
            continue
        kept = words[first:last]
        if kept[-1][-1] == "." and _ends_sentence(kept[-1]):
            kept[-1] = kept[-1][:-1]
        if kept[-1].endswith(("'s", "’s")) and len(kept[-1]) > 3:
            kept[-1] = kept[-1][:-2]  # "Donald Trump's campaign": the name is "Donald Trump"
        position = 0
        for word in words[:first]:
            position = run.find(word, position) + len(word)
        m_start = run_start + run.find(kept[0], position)
        position = m_start - run_start
        for word in kept:
            position = run.find(word, position) + len(word)
        m_end = run_start + position
        if _norm_word(kept[-1]) in _BODY_SUFFIXES and text.startswith("and ", m_start - 4):
            # "the Food and Drug Administration": a body's name holds its "and"
            lead = _CAPITALIZED_BEFORE_AND.search(text, max(start, m_start - 60), m_start, timeout=REGEX_TIMEOUT)
            if lead is not None and _norm_word(lead.group(1)) not in _STOP_CAPS:
                kept = lead.group(0).split()[:-1] + kept
                m_start = lead.start()
        if exclude:
            index = bisect.bisect_right(excluded_starts, m_end) - 1
            if index >= 0 and exclude[index][1] > m_start:
                continue
        mentions.append(NameMention(m_start, m_end, text[m_start:m_end], kept, opens_sentence(text, start, m_start)))
    return mentions
