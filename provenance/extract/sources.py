"""Source characterization: type, anonymity, count, reason and resolved identity.

Given the claims of one article with their source spans already found,
:func:`characterize` fills in what the article says about each source:

- ``source_type``: named_person, anonymous_person, anonymous_group,
  organization, document_or_media, or pronoun (a bare pronoun as written);
- ``anonymous`` and ``source_count`` ("two officials" = 2, "a senior official
  and an aide" = 2, "officials" = unknown, a named person = 1, bodies and
  documents = unknown); a pronoun or back-reference takes them from what it
  refers to;
- ``anonymity_reason``: the reason the article gives ("spoke on condition of
  anonymity because ...", "who was not authorized to ..."), attached to the
  source of the sentence that gives it, or, for an article-wide statement
  ("All sources in this article spoke on condition of anonymity ..."), to
  every anonymous source without a reason of its own;
- ``source_resolved``: the fullest description of the source in the article.
  Pronouns go to the most recent compatible earlier speaker or sentence-subject
  name; surnames, first names and spelling variants to the earlier full name;
  definite descriptions ("the official", "the two sources", "the company") to
  the most recent compatible earlier mention; "one of them" / "another" /
  "the other" to a member of the group mentioned before.

``canonical_name(resolved)`` (from :mod:`provenance.extract.names`, re-exported
here) turns a resolved source into a cross-article identity key: titles
stripped, case, diacritics and "Al-" particles folded. The database keys shared
``sources`` rows (named people and organizations) on it.

Pure and linear in the article: one scan for capitalized names, one for
anonymity formulas, then one walk over source mentions and names in text
order, each looking back over the (few) entities seen so far.
"""

from __future__ import annotations

import bisect
from itertools import islice
from operator import attrgetter, itemgetter
from functools import lru_cache
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Sequence

import copy

import regex

from .. import lexicons as lx
from .names import (
    NAME_WITH_LIST_RE,
    NameMention,
    _norm_word,
    canonical_name,
    display_name,
    find_name_mentions,
    is_org_name,
    opens_sentence,
    personal_name,
    same_name_word,
    words_of,
)
from .documents import ANY_DOCUMENT, document_named_before, same_document_kind
from .places import is_country_name, region_after_comma
from .source_lexicons import (
    ARTICLE_WIDE_SUBJECTS,
    DEFINITE_DETERMINERS,
    DEMONYMS,
    DOCUMENT_NOUNS,
    FEMALE_GIVEN_NAMES,
    FEMALE_HONORIFICS,
    FEMALE_NOUNS,
    HONORIFICS,
    INNER_PARTICLES,
    MALE_GIVEN_NAMES,
    MALE_HONORIFICS,
    MALE_NOUNS,
    MEDIA_NAME_WORDS,
    MEDIA_NOUNS,
    NAME_PARTICLES,
    NUMBER_WORDS,
    ORG_NAME_WORDS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    POSSESSIVE_DETERMINERS,
    ROLE_WORDS,
    TITLE_ABBREVIATIONS,
    TITLE_QUALIFIERS,
    POST_NOMINALS,
)

if TYPE_CHECKING:
    from . import Claim

__all__ = ["characterize", "canonical_name", "describe_source", "find_anonymity_reasons", "SourceDescription"]

#: Every pattern over the article runs with this timeout; those over a few
#: hundred characters at most cut from it (the words around one name) run
#: without one, since a timed call costs a clock read, more than such a match.
REGEX_TIMEOUT = 1.0

NAMED_PERSON = "named_person"
ANONYMOUS_PERSON = "anonymous_person"
ANONYMOUS_GROUP = "anonymous_group"
ORGANIZATION = "organization"
DOCUMENT = "document_or_media"
PRONOUN = "pronoun"
PERSON_TYPES = frozenset({NAMED_PERSON, ANONYMOUS_PERSON, ANONYMOUS_GROUP})

#: Post-modifiers of place ("residents near the plant"), cutting only in lower case.
_PLACE_MODIFIERS = frozenset("near outside inside around across along behind beyond next throughout within opposite".split())
# Words after which a noun phrase's head is complete ("two sources *with* ...").
POST_MODIFIERS = frozenset(
    """
    of with for in at from on who whom whose that which familiar close to by about
    under over among between including like as speaking briefed involved
    knowledgeable based working representing privy aware and or not
    """.split()
) | _PLACE_MODIFIERS
PARTITIVE_HEADS = frozenset(
    "one two three four five six seven eight nine ten some many most several few all none "
    "each any both either neither half another other third fourth fifth "
    "dozens hundreds thousands scores handful couple number majority minority group team panel crowd".split()
)
# Nouns that describe a source the article keeps anonymous: "the official" is
# never resolved to a named person by title alone.
ANONYMOUS_SOURCE_NOUNS = frozenset(
    """
    official source person people insider diplomat aide adviser advisor analyst
    member staffer employee worker resident witness officer
    """.split()
)
ORDINAL_PARTITIVES = frozenset("another other second third fourth fifth".split())
IRREGULAR_PLURALS = frozenset("people men women children staff police folk crew personnel family".split())
GENERIC_ORG_NOUNS = frozenset("company firm group organization organisation body".split())
# Nouns that refer back to a body named before ("the agency" after "the Food and
# Drug Administration") even when the name does not contain them. Not "the
# government": it means the country's government, not the body named last.
ORG_BACKREF_NOUNS = GENERIC_ORG_NOUNS | frozenset(
    """
    agency ministry department regulator watchdog authority military army
    bank lender insurer carrier airline operator retailer manufacturer maker automaker
    carmaker drugmaker chipmaker steelmaker planemaker shipbuilder brewer giant
    developer utility charity club union party office organisation
    """.split()
)

# "the company" is a business: never a ministry, union or charity named before it.
COMMERCIAL_NOUNS = frozenset(
    """
    company firm carrier airline operator retailer manufacturer maker automaker developer
    carmaker drugmaker chipmaker steelmaker planemaker shipbuilder brewer giant
    lender insurer supplier producer distributor publisher
    """.split()
)
#: Words that mark a named body as a business: its description or its legal form.
_BUSINESS_WORDS = COMMERCIAL_NOUNS | frozenset(
    "inc corp co ltd plc llc ag sa nv gmbh incorporated corporation limited holdings".split()
)
# Modifiers by which "the parent company", "a rival firm" name another body.
_OTHER_BODY_WORDS = frozenset("parent rival other former sister new subsidiary".split())
NON_COMMERCIAL_WORDS = frozenset(
    """
    department ministry office agency council commission authority government parliament
    police court army military cabinet embassy committee union party club charity
    association federation foundation coalition alliance institute university school
    """.split()
)

#: a parenthetical ("(D., Texas)", "(NYSE: ACM)") or a ticker in angle
#: brackets, the old wire style ("Toyota Motor Corp <7203.T>")
_PARENS_RE = regex.compile(r"\([^()]{0,80}\)|<[^<>\s]{1,20}>")
_PARTY_RE = regex.compile(r"^[DRIL]-")
_PARTICLE_ALT = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
_COMPOUND_SPLIT_RE = regex.compile(
    r"\s+(?:and|&)\s+(?=(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|another|"
    r"several|some|\d{1,3})\b)",
    regex.IGNORECASE,
)
# "Jane Roe and John Doe": two names of two words or more (an organization's
# "X and Y" name is refused later by its organization words)
_NAMES_COMPOUND_RE = regex.compile(
    r"^(?P<a>(?:\p{Lu}[\p{L}\p{M}'’.\-]*\s+){1,4}\p{Lu}[\p{L}\p{M}'’\-]*)\s+(?:and|&)\s+"
    r"(?P<b>(?:\p{Lu}[\p{L}\p{M}'’.\-]*\s+){1,4}\p{Lu}[\p{L}\p{M}'’\-]*)$"
)
_BARE_COMPOUND_RE = regex.compile(r"^(?P<a>[\p{Ll}][\p{L}\-]{1,30})\s+and\s+(?P<b>[\p{Ll}][\p{L}\-]{1,30})$")
#: Words after which a name in an apposition is an object, not the source
#: ("an appointee of Jan Roe", "who represents Jan Roe").
_OBJECT_MARKERS = frozenset("of for to at with by from under on in who which whose that".split())
#: A description's name given after "named" ("a soft-spoken Slovenian named Matej Kranjc").
_NAMED_TAIL_RE = regex.compile(
    r"\bnamed\s+(?P<name>\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:(?:" + _PARTICLE_ALT + r")[\s\-]+)?\p{Lu}[\p{L}\p{M}'’.\-]*){0,4})$"
)
_APPOSITION_NAME_RE = regex.compile(
    r"^(?:(?:the|a|an)\s+)?(?:[\p{Ll}\p{N}][\p{L}\p{N}\-’']*\s+){0,4}(?P<name>\p{Lu}[\p{L}\p{M}'’.\-]*"
    r"(?:\s+(?:(?:" + _PARTICLE_ALT + r")[\s\-]+)?\p{Lu}[\p{L}\p{M}'’.\-]*){0,6})$"
)


@dataclass(slots=True)
class SourceDescription:
    """What a source mention says about its source, read from its text alone."""

    text: str
    kind: str  # pronoun | named | description | partitive | compound
    source_type: str | None
    count: int | None
    anonymous: bool
    head: str = ""
    modifiers: list[str] = field(default_factory=list)
    definite: bool = False
    plural: bool = False
    name: str = ""
    gender: str | None = None
    parts: list["SourceDescription"] = field(default_factory=list)
    group_text: str | None = None


def _words(text: str) -> list[str]:
    return list(_words_cached(text))


@lru_cache(maxsize=16384)
def _words_cached(text: str) -> tuple[str, ...]:
    # source texts, names and their parts recur within and across articles;
    # callers get a fresh list to change as they like
    return tuple(words_of(text))


def _is_small_number(word: str) -> bool:
    """A count written in one to four digits ("3", "12"): a string test, as
    each (timed) pattern call costs a clock read."""
    return 0 < len(word) <= 4 and word.isdecimal()


def _is_plural(noun: str) -> bool:
    if noun in IRREGULAR_PLURALS:
        return True
    if noun.endswith("men") and len(noun) > 5:
        return True  # "fishermen", "congressmen"
    return len(noun) > 3 and noun.endswith("s") and not noun.endswith(("ss", "us", "is"))


@lru_cache(maxsize=4096)
def _singular(noun: str) -> str:
    # cached: asked of every earlier entity's head for each description
    if noun == "people":
        return "person"
    if noun.endswith("men") and len(noun) > 4:
        return noun[:-3] + "man"
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if _is_plural(noun):
        return noun[:-1]
    return noun


#: Quotation marks that open a title or a quotation.
_OPENING_MARKS = frozenset('“"‘\'')


def _given_name_gender(proper: list[str]) -> str | None:
    """The gender a person's given name says ("Thomas Hart": "m"), if any:
    the first word of a name of two or more words."""
    if len(proper) < 2:
        return None
    given = _norm_word(proper[0])
    if given in MALE_GIVEN_NAMES:
        return "m"
    if given in FEMALE_GIVEN_NAMES:
        return "f"
    return None


def _gender_of(words: Iterable[str]) -> str | None:
    for word in words:
        norm = _norm_word(word)
        if norm in MALE_HONORIFICS or norm in MALE_NOUNS:
            return "m"
        if norm in FEMALE_HONORIFICS or norm in FEMALE_NOUNS:
            return "f"
    return None


def _first_part(text: str) -> str:
    """``text`` up to its first comma, without parentheses: "Rep. Jane Roe
    (D., Texas), chairman of ..." is "Rep. Jane Roe"."""
    if "(" in text or "<" in text:
        text = _PARENS_RE.sub(" ", text, timeout=REGEX_TIMEOUT)
    if " and " in text and "," in text:
        listed = NAME_WITH_LIST_RE.search(text, timeout=REGEX_TIMEOUT)
        if listed is not None:
            # "Minister for Planning, Development and Special Initiatives Ahsan
            # Chaudhry": the commas of a name's list are no apposition's
            comma = text.find(",", listed.end())
            return text if comma == -1 else text[:comma]
    return text.split(",", 1)[0]


def _head_phrase(text: str) -> list[str]:
    """Words up to the head noun (first comma or post-modifier cuts);
    a partitive "one of the X" reads through its "of"."""
    head_part = _first_part(text)
    words = _words(head_part)
    kept: list[str] = []
    for i, word in enumerate(words):
        norm = _norm_word(word)
        if norm in POST_MODIFIERS and kept and not (word.isupper() and len(word) > 1) and not (  # "the WHO" is a name
            norm in _PLACE_MODIFIERS and not word.islower()  # "The Outside Agency"
        ):
            if norm == "of" and _norm_word(kept[-1]) in PARTITIVE_HEADS:
                kept.append(word)
                continue
            rest = words[i + 1 :]
            if (
                norm in ("of", "for", "and") and kept[-1][:1].isupper() and len(rest) > 1 and rest[-1][:1].islower()
                and all(w[:1].isupper() for w in rest[:-1])
                and (_singular(_norm_word(rest[-1])) in PERSON_NOUNS or _norm_word(rest[-1]) in DOCUMENT_NOUNS)
            ):
                # "a Department for Education source", "Department of Correction records":
                # a body's name as a modifier
                return words
            break
        if kept and word[:1].islower() and "-" not in word and (norm.endswith("ed") or norm in lx.IRREGULAR_PARTICIPLES) and _is_known_noun(
            _norm_word(kept[-1])
        ):
            break  # a participle after the noun: "court documents unsealed Friday", "documents seen by X"
        kept.append(word)
    return kept


def _is_known_noun(word: str) -> bool:
    return (
        word in DOCUMENT_NOUNS or word in ORG_NOUNS or word in PERSON_NOUNS
        or _singular(word) in PERSON_NOUNS or word in MEDIA_NOUNS
    )


#: Kinds of body a back-reference names: "the government" is never the union
#: named before it, "the party" never the ministry; "the group" may be any.
_BODY_KINDS = {
    **dict.fromkeys(
        "government ministry department office authority agency regulator watchdog".split(), "state"
    ),
    **dict.fromkeys("military army".split(), "military"),
    # (and the words that end a company's name: "Acme Holdings", "the London Stock Exchange")
    **dict.fromkeys(
        (COMMERCIAL_NOUNS | {"bank", "exchange", "holdings", "inc", "corp", "corporation", "ltd", "plc", "llc"})
        - {"publisher"},
        "business",
    ),
    "union": "union",
    "party": "party",
    "club": "club",
    "charity": "charity",
    **dict.fromkeys("university college school institute academy".split(), "education"),
    **dict.fromkeys("hospital clinic".split(), "health"),
    **dict.fromkeys("court tribunal".split(), "court"),
    # ("the airline" is "Coastal Pacific Airways", not "Prince Rupert Airport")
    **dict.fromkeys("airways airlines".split(), "business"),
    **dict.fromkeys("airport seaport".split(), "site"),
}


def _other_kind_of_body(head: str, entity_head: str, entity_words: Iterable[str] = ()) -> bool:
    """True when a back-reference and a named body are known kinds that differ
    (the body's kind read from its head, else from the words of its name:
    "the club" is not the "University of Colorado")."""
    kind = _BODY_KINDS.get(head)
    if kind is None:
        return False
    other = _BODY_KINDS.get(entity_head)
    if other is not None:
        return kind != other
    kinds = {_BODY_KINDS[w] for w in entity_words if w in _BODY_KINDS}
    return bool(kinds) and kind not in kinds


#: Roles a company plays as often as a person ("Acme, the largest customer"):
#: an apposition with one of them does not make a lone name a person.
_PERSON_OR_BODY_NOUNS = frozenset(
    "customer client partner rival competitor buyer seller investor shareholder owner member "
    "backer bidder creditor lender supplier tenant user donor sponsor plaintiff defendant".split()
)

#: Head nouns that name a body only after certain words ("the air force",
#: "the coast guard", "the weather service"), a person or a thing otherwise
#: ("a security guard", "a church service").
_BODY_HEADS = {
    "force": frozenset("air police defence defense task border security space marine".split()),
    "guard": frozenset("coast national border republican revolutionary presidential".split()),
    "service": frozenset("weather fire ambulance health prison security intelligence secret civil postal park parks forest".split()),
}


def _common_noun_type(head: str, previous: str | None) -> str | None:
    """Type read from a lower-case head noun, or None when it is not a known one."""
    if previous == "news" and head in {"agency", "service", "channel", "site", "website", "outlet"}:
        return DOCUMENT
    if head in _BODY_HEADS and previous in _BODY_HEADS[head]:
        return ORGANIZATION  # "the air force", "the coast guard": not a person
    if head in DOCUMENT_NOUNS:
        return DOCUMENT
    if head in ORG_NOUNS:
        return ORGANIZATION
    if head in MEDIA_NOUNS:
        return DOCUMENT
    if head not in PERSON_NOUNS and _is_plural(head) and _singular(head) in ORG_NOUNS:
        return ORGANIZATION  # "rights groups", "aid agencies": bodies, unnamed but not anonymous people
    if head in PERSON_NOUNS or _singular(head) in PERSON_NOUNS:
        return ANONYMOUS_GROUP if _is_plural(head) else ANONYMOUS_PERSON
    return None


#: Words that multiply the number before them ("three hundred protesters").
_MULTIPLIERS = {"hundred": 100, "thousand": 1000}


def _count(before_head: list[str], head: str) -> int | None:
    for k, word in enumerate(before_head):
        if word in NUMBER_WORDS and word not in ORDINAL_PARTITIVES:
            number = NUMBER_WORDS[word]
            if k + 1 < len(before_head) and before_head[k + 1] in _MULTIPLIERS:
                return number * _MULTIPLIERS[before_head[k + 1]]
            if number > 1 or not _is_plural(head):
                return number
            if word in ("a", "an") and before_head[:1] == ["half"] and "dozen" in before_head:
                return 6  # "half a dozen employees"
        if _is_small_number(word):
            return int(word)
    return None if _is_plural(head) else 1


#: An acronym given in brackets after a name: "(UKMTO)".
_GIVEN_ACRONYM_RE = regex.compile(r"\((\p{Lu}[\p{Lu}&]{1,7})\)")
#: Lower-case words inside a name that its acronym skips ("Court of Arbitration for Sport": CAS).
_ACRONYM_JOINS = r"(?:[ \t]+(?:of|for|and|on|in|the|de|du|des|del|la|le|&))*[ \t]+"
#: How far back the words an acronym stands for are looked for.
_ACRONYM_REACH = 3000


def _acronym_expansion(article: "_Article", described: SourceDescription, position: int) -> str | None:
    """The words an acronym nobody was introduced by stands for, written
    earlier in the article but not as a source ("after the Court of
    Arbitration for Sport upheld an appeal, CAS said"): the last run of
    capitalized words before ``position`` whose initials spell it."""
    words = _words(described.name or described.text)
    if not _is_acronym(words):
        return None
    acronym = [w for w in words if _norm_word(w) != "the"][0].replace(".", "")
    if not acronym.isalpha() or len(acronym) > 8:
        return None
    # one pattern for every run of capitalized words, their initials compared
    # here: a pattern per acronym cost more to compile (2-5 ms) than all its matching
    text = article.text
    size = len(acronym)
    found = None
    for run in _CAPITALIZED_RUN_RE.finditer(text, max(article.start, position - _ACRONYM_REACH), position, timeout=REGEX_TIMEOUT):
        words = [(word.start(), word.end()) for word in _CAPITALIZED_WORD_RE.finditer(text, run.start(), run.end())]
        for i in range(len(words) - size + 1):
            if all(text[words[i + j][0]] == acronym[j] for j in range(size)):
                found = (words[i][0], words[i + size - 1][1])
    return text[found[0] : found[1]] if found else None


_CAPITALIZED_WORD = r"\p{Lu}[\p{Ll}\p{M}'’\-]+"
_CAPITALIZED_WORD_RE = regex.compile(_CAPITALIZED_WORD)
#: A run of capitalized words, joined by the small words a body's name holds.
_CAPITALIZED_RUN_RE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}]){_CAPITALIZED_WORD}(?:{_ACRONYM_JOINS}{_CAPITALIZED_WORD})*(?![\p{{L}}\p{{M}}\p{{N}}])"
)


def _is_acronym(words: list[str]) -> bool:
    content = [w.replace(".", "") for w in words if _norm_word(w) != "the"]
    return (
        len(content) == 1
        and len(content[0]) >= 2
        and content[0].isupper()
        and content[0].lower() not in {"mp", "mep"}
    )


#: Quantifiers that stand for a group named before when they are the whole subject.
_BARE_QUANTIFIERS = frozenset(
    "several some many most both few two three four five six seven eight nine ten".split()
)


#: How far back (in characters) a bare quantifier's group may have been mentioned.
_BARE_QUANTIFIER_REACH = 300


def _partitive(norms: list[str]) -> tuple[int | None, int] | None:
    """(count, index where the group description starts) of a partitive mention:
    "one of the officials", "two of them", "another", "the other", "a third"."""
    if not norms:
        return None
    bare = norms[1:] if norms[0] in {"the", "a"} and len(norms) == 2 else norms
    if len(bare) == 1 and bare[0] in ORDINAL_PARTITIVES | {"one", "others"}:
        return (None if bare[0] == "others" else 1), len(norms)
    if len(norms) == 1 and norms[0] in _BARE_QUANTIFIERS or (
        len(norms) == 2 and norms[0] in ("all", "a") and norms[1] in _BARE_QUANTIFIERS
    ):
        # "Several said ...", "Two said ...", "All three said ...": members of a group named before
        return NUMBER_WORDS.get(norms[-1]), len(norms)
    offset = 1 if norms[0] in {"the", "a"} and len(norms) > 2 and norms[1] in PARTITIVE_HEADS else 0
    if norms[offset] in PARTITIVE_HEADS and len(norms) > offset + 1 and norms[offset + 1] == "of":
        word = norms[offset]
        count = 1 if word in ORDINAL_PARTITIVES else NUMBER_WORDS.get(word)
        return count, offset + 2
    return None


def describe_source(text: str) -> SourceDescription:
    """Read a source mention as written: its type, count, head and modifiers.

    This looks at the mention alone; :func:`characterize` then resolves it
    against the rest of the article (a "he", "the official" or "Roe" takes
    its type and count from what it refers to). Readings are cached: news
    repeats its mentions ("he", "the official", surnames) endlessly, so the
    returned reading is shared and must not be changed.
    """
    return _describe_cached(text)


#: First words of a description, never of a name with post-nominal letters.
_NOT_NAME_LEADS = frozenset("a an the one two three four five several some many another other".split())
#: Post-nominal letters or a bracketed party and constituency after a name.
_NAME_TAIL_RE = regex.compile(
    r"(?<=\p{Lu}[\p{L}'’-]+),?\s(?:" + "|".join(sorted(POST_NOMINALS)) + r")$"
    r"|(?<=\p{Lu}[\p{L}'’-]+)\s\((?:[^()]{1,40})\)$"
)
#: Members of a party or a house, in the plural: "House Republicans said".
_PARTY_MEMBERS = frozenset(
    "democrats republicans conservatives liberals tories mps tds meps msps senators lawmakers legislators "
    "progressives moderates socialists greens".split()
)


def _describe_reading(written: str, reading: str) -> SourceDescription:
    """The description of ``reading`` (the mention rewritten so the rules read
    it right), with the mention's text as ``written``."""
    described = _describe(reading)
    described.text = written
    return described


_TURNED_RE = regex.compile(r"(?<=\p{Ll}) turned (?=\p{Ll})")


#: Last words of a document's name ("... Reporting Survey", "... Peace Index").
_DOCUMENT_NAME_ENDS = frozenset("survey report index census poll audit assessment outlook bulletin review study".split())
#: A nickname in quotation marks between a given name and a surname.
_NICKNAME_RE = regex.compile(r"(?<=\p{Lu}[\p{L}\p{M}'’\-]*)\s+[“\"][^”\"]{1,30}[”\"]\s+(?=\p{Lu})")


def _describe(text: str) -> SourceDescription:
    """An uncached, fresh reading (callers inside this module may change it)."""
    stripped = text.strip(" \t\n,.;:—–-\"'“”‘’")
    if ("“" in stripped or '"' in stripped) and _NICKNAME_RE.search(stripped, timeout=REGEX_TIMEOUT):
        # "Dana “Dazzle” Whitcombe": the nickname is no part of the name
        described = copy.copy(_describe(_NICKNAME_RE.sub(" ", stripped, timeout=REGEX_TIMEOUT)))
        described.text = stripped
        return described
    if " turned " in stripped and _TURNED_RE.search(stripped, timeout=REGEX_TIMEOUT):
        # "striker turned pundit Gary Hollins": one role became another, as in
        # "lawyer-turned-politician"; no verb of a clause
        return _describe_reading(stripped, _TURNED_RE.sub("-turned-", stripped, timeout=REGEX_TIMEOUT))
    tail = _NAME_TAIL_RE.search(stripped, timeout=REGEX_TIMEOUT) if stripped.endswith((")", "D", "P", "C", "E", "A")) else None
    if tail is not None:
        before = stripped[: tail.start()].rsplit(",", 1)[-1].split()
        if len(before) < 2 or not before[-2][:1].isupper() or _norm_word(before[0]) in _NOT_NAME_LEADS:
            tail = None  # "one senior Conservative MP": the letters are the noun
    if tail is not None:
        # "Conor Tierney TD", "Jane Roe MP", "Councillor Alan Marchetti (Con,
        # Riverside)": letters or a party after a name are no part of it
        return _describe_reading(stripped, stripped[: tail.start()])
    lowered = _norm_word(stripped)
    if lowered in PERSON_PRONOUNS:
        gender, count = PERSON_PRONOUNS[lowered]
        return SourceDescription(
            stripped, "pronoun", PRONOUN, count, False, head=lowered, gender=gender,
            plural=lowered in {"they", "them", "we"},
        )

    appositive = _appositive_name(stripped)
    if appositive is not None:
        if appositive.source_type == DOCUMENT and appositive.kind == "named":
            # "A memo written by the purchasing director, Gloria Benning": the
            # name is the author's; the source is the memo as described
            noun = next((w for w in appositive.modifiers if w in DOCUMENT_NOUNS), None)
            if noun is not None:
                appositive = copy.copy(appositive)
                appositive.kind, appositive.name, appositive.head, appositive.gender = "description", None, noun, None
        return appositive

    portfolio = _portfolio_holder(stripped)
    if portfolio is not None:
        return portfolio

    compound = _compound(stripped)
    if compound is not None:
        return compound

    apposition = _apposition_words(stripped)
    trailing = _trailing_person_name(stripped)
    if trailing is not None:
        trailing.text = stripped
        trailing.modifiers += apposition
        return trailing

    office_holder = _office_holder(stripped)
    if office_holder is not None:
        office_holder.modifiers += apposition
        return office_holder

    words = _head_phrase(stripped)
    if not words:
        return SourceDescription(stripped, "description", None, None, False)
    words = _body_name_before_noun(stripped, words)
    norms = [_norm_word(w) for w in words]

    partitive = _partitive(norms)
    if partitive is not None:
        count, rest = partitive
        group_text = " ".join(words[rest:]) or None
        plural = count is None or count > 1
        described = SourceDescription(
            stripped, "partitive", ANONYMOUS_GROUP if plural else ANONYMOUS_PERSON, count, True,
            plural=plural, group_text=group_text, definite=True,
        )
        if group_text:
            inner = _describe(group_text)
            described.head, described.modifiers = inner.head, inner.modifiers
            if inner.source_type in {ORGANIZATION, DOCUMENT}:
                described.source_type, described.anonymous, described.count = inner.source_type, False, None
        described.modifiers = described.modifiers + apposition
        described.gender = _gender_of(apposition)
        return described

    head_word, head = words[-1], norms[-1]
    before = norms[:-1]
    known_common = _common_noun_type(head, before[-1] if before else None)
    if known_common is None and before == ["the"] and (head.endswith(("man", "woman")) or head in DEMONYMS):
        known_common = ANONYMOUS_PERSON  # "the Dutchwoman", "the Frenchman", "the Spaniard"
    counted = _count(before[:1], head) if before and before[0] in NUMBER_WORDS else None
    if head in _PARTY_MEMBERS and len(words) <= 3 and before[:1] != ["the"] and all(
        w[:1].isupper() for w in words[1 if counted else 0 :]
    ):
        # "Democrats", "House Republicans", "two Tory MPs": members of a party or a
        # house, unnamed (not a person's two-word name, nor the party itself)
        count = counted
        return SourceDescription(
            stripped, "description", ANONYMOUS_GROUP, count, True, head=head, modifiers=apposition, plural=True,
        )
    counted = _count(before, head) if known_common is None and len(words) == 2 and head_word[:1].isupper() else None
    if counted is not None and (counted > 1 and _is_plural(head) or counted == 1 and head in DEMONYMS):
        # "Two Americans", "Three Democrats", "One Briton": people counted, not a name
        return SourceDescription(
            stripped, "description", ANONYMOUS_GROUP if counted > 1 else ANONYMOUS_PERSON, counted, True,
            head=head, modifiers=apposition, plural=counted > 1, gender=_gender_of(apposition),
        )
    if known_common is None and len(words) == 2 and head_word[:1].isupper() and before[0] in _GROUP_QUANTIFIERS and _is_plural(head):
        # "Many Republicans", "Some Democrats": an unnamed part of a group, not a name
        return SourceDescription(
            stripped, "description", ANONYMOUS_GROUP, None, True,
            head=head, modifiers=apposition, plural=True, gender=_gender_of(apposition),
        )
    # A capitalized head after other words is a name ("The Ministry of Energy");
    # alone it may just open the sentence ("Police said").
    capitalized_name = (head_word[:1].isupper() or _particle_name(head_word)) and (
        not (
            known_common is not None
            and (
                len(words) == 1
                or head_word.isupper()
                or not words[-2][:1].isupper()
                or (before[-1] in DEFINITE_DETERMINERS and known_common in PERSON_TYPES)
            )
        )
        # "the Office for Budget Responsibility", "the Ministry of Defence": a
        # body's name goes on through its connector
        or (known_common == ORGANIZATION and len(words) > 1 and _has_org_name_tail(stripped, head_word))
    )
    if not capitalized_name:
        source_type = known_common or (ANONYMOUS_GROUP if _is_plural(head) else ANONYMOUS_PERSON)
        anonymous = source_type in {ANONYMOUS_PERSON, ANONYMOUS_GROUP}
        return SourceDescription(
            stripped, "description", source_type,
            _count(before, head) if anonymous else None, anonymous,
            head=head,
            modifiers=[w for w in before if w not in DEFINITE_DETERMINERS and w not in {"a", "an"}] + apposition,
            definite=bool(before) and (before[0] in DEFINITE_DETERMINERS or before[0] in POSSESSIVE_DETERMINERS),
            plural=_is_plural(head),
            gender=_gender_of(words + apposition),
        )
    described = _describe_name(stripped, words)
    if apposition and described.source_type == NAMED_PERSON and not described.modifiers:
        # "Mare Nostra, an Italian charity": a two-word name the apposition calls a body
        if (
            _common_noun_type(apposition[-1], None) in {ORGANIZATION, DOCUMENT} and apposition[-1] not in PERSON_NOUNS
            # ("Kelvin Banda, a 34-year-old drill operator": an age says a person)
            and not any(w.endswith("year-old") or w.isdigit() for w in apposition)
        ):
            described.source_type, described.count = _common_noun_type(apposition[-1], None), None
    if apposition and described.source_type == ORGANIZATION and apposition[-1] in MEDIA_NOUNS:
        # "The Wireline, a technology news site": an outlet, as its apposition says
        described.source_type = DOCUMENT
    elif (
        apposition and described.source_type == DOCUMENT and apposition[-1] not in MEDIA_NOUNS
        and _common_noun_type(apposition[-1], None) == ORGANIZATION
    ):
        # "The Memory Action Network, a patient advocacy group": a body, as its apposition says
        described.source_type = ORGANIZATION
    if described.source_type in (None, ORGANIZATION) and apposition and (
        apposition[0].isdigit() and len(apposition) == 1 or any(w.endswith("year-old") for w in apposition)
    ):
        # "Olena, 67", "Haskins, a 51-year-old citrus grower": an age says a person
        described.source_type, described.count = NAMED_PERSON, 1
    if described.source_type is None and apposition:
        # "Acme, a chemicals maker" / "Roe, a retired judge": the apposition tells
        appositive_type = _common_noun_type(apposition[-1], None)
        if appositive_type in {ORGANIZATION, DOCUMENT}:
            described.source_type = appositive_type
        elif (
            appositive_type in PERSON_TYPES and _singular(apposition[-1]) not in _PERSON_OR_BODY_NOUNS
            or appositive_type is None and apposition[-1] in _TITLE_WORDS  # "Jones, the club's captain"
        ):
            described.source_type, described.count = NAMED_PERSON, 1
    described.modifiers = described.modifiers + apposition
    if described.gender is None:
        described.gender = _gender_of(apposition)
    return described


_APPOSITION_RE = regex.compile(r"^[^,]{1,120},\s*(?:(?:the|a|an|one|its|his|her|their)\s+)?([^,()]{1,80})")
#: A place or a body after a name: "of Leeds", "from the University of Leeds".
_PLACE_TAIL_RE = regex.compile(
    r"\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.\-]*"
    # ("of the Lakeshore Institute for Cancer Research in Toronto")
    r"(?:\s+(?:of\s+|for\s+|and\s+|in\s+|at\s+)?\p{Lu}[\p{L}\p{M}'’.\-]*){0,6}$"
)
_CONNECTORS = frozenset("of for and & on in the de du des".split())


def _apposition_words(text: str) -> list[str]:
    """Lower-cased words of the apposition after the first comma ("X, a military
    commander" -> ["military", "commander"]); party designations are skipped."""
    if "," not in text:
        return []
    match = _APPOSITION_RE.match(text, timeout=REGEX_TIMEOUT)
    if not match or _PARTY_RE.match(match.group(1)):
        return []
    phrase = _head_phrase(match.group(1))
    if len(phrase) > 6:
        # its head noun last, however long the name before it ("a former Occupational
        # Safety and Health Administration official")
        phrase = phrase[:5] + phrase[-1:]
    return [_norm_word(w) for w in phrase]


_TRAILING_NAME_RE = regex.compile(
    r"(?:^|\s)(?P<lead>[\p{Ll}][\p{L}\-’']*)\s+(?P<name>(?:\p{Lu}[\p{L}'’.\-]*\s+){0,4}\p{Lu}[\p{L}\p{M}'’\-]*"
    r"(?:\s+(?:(?:" + _PARTICLE_ALT + r")[\s\-]+)?\p{Lu}[\p{L}\p{M}'’\-]*){1,5})$"
)
_PREPOSITION_RE = regex.compile(r"\b(?:of|for|at|with|from|by|to|in|on)\b")
_NOT_DESCRIPTORS = frozenset(
    "of for at with from by to in on about and or the a an as than who whose which that said told".split()
)


def _trailing_person_name(text: str) -> SourceDescription | None:
    """"army chief of staff Maj. Gen. Jan Roe": a description holding a
    preposition and ending in a person's name is that person (unless the name
    is the preposition's object: "a spokesman for Senator Jan Roe")."""
    head_part = _first_part(text)
    head_part = head_part.strip()
    if not head_part[-1:].isalpha() or not _PREPOSITION_RE.search(head_part, timeout=REGEX_TIMEOUT):
        return None
    match = _TRAILING_NAME_RE.search(head_part, timeout=REGEX_TIMEOUT)
    if not match or match.group("lead") in _NOT_DESCRIPTORS:
        return None
    lead = _norm_word(match.group("lead"))
    before_lead = head_part[: match.start("lead")].split()[-1:]
    if (_common_noun_type(lead, None) == DOCUMENT or (lead in MEDIA_NOUNS and lead not in {"agency", "program", "programme"})) and (
        not before_lead or _norm_word(before_lead[0]) in _DETERMINER_WORDS
    ):
        # "a study in the journal Nature Medicine": the name is the journal's (but
        # "director of economic statistics Liz Roe" names the director)
        return None
    head = _head_phrase(head_part)
    if head and _common_noun_type(_norm_word(head[-1]), None) in {ORGANIZATION, DOCUMENT}:
        return None  # "a study published in ...": the mention is the study
    first = head_part.split(None, 1)[0]
    if (
        _common_noun_type(lead, None) == ORGANIZATION and first[:1].isupper()
        and _norm_word(first) not in _DETERMINER_WORDS and _norm_word(first) not in _TITLE_WORDS
    ):
        return None  # "Lorraine Coyle of the campaign group Health Voice": the name is the group's
    prefix = head_part[: match.start("name")]
    if not _PREPOSITION_RE.search(prefix, timeout=REGEX_TIMEOUT):
        return None  # plain "club owner Jane Roe" is read by the general path
    name_words_ = _words(match.group("name"))
    if is_org_name(name_words_) or _is_acronym(name_words_):
        return None
    titles, proper = personal_name(name_words_)
    if len(proper) < 2 and not titles:
        return None
    lead_words = _words(prefix)
    return SourceDescription(
        text, "named", NAMED_PERSON, 1, False, head=_norm_word(name_words_[-1]), name=match.group("name"),
        modifiers=[_norm_word(w) for w in lead_words],
        gender=_gender_of(lead_words + name_words_) or _given_name_gender(proper),
    )


def _body_name_before_noun(text: str, head_words: list[str]) -> list[str]:
    """The words up to the head noun when a body's name with "of" stands
    before it ("A Department of Health and Social Care spokesperson"): the
    head phrase would stop at the "of" and read "A Department"."""
    words = _words(_first_part(text))
    if len(words) <= len(head_words) + 1 or not words[-1].islower() or not head_words[-1][:1].isupper():
        return head_words  # "The United Nations agency for Palestinian refugees": the head is "agency"
    last = _norm_word(words[-1])
    if last not in PERSON_NOUNS or last in {"of", "for"}:
        return head_words
    middle = words[len(head_words) : -1]
    if _norm_word(middle[0]) not in ("of", "for") or not any(w[:1].isupper() for w in middle) or not all(
        w[:1].isupper() or _norm_word(w) in ("of", "for", "and", "the", "&") for w in middle
    ):
        return head_words  # "Allies of the minister": the head is "Allies"
    return words


def _office_holder(text: str) -> SourceDescription | None:
    """"Secretary of State Ana Roe", "Minister for Women and Equalities Ana
    Roe": an office named with "of"/"for" before a person's name. The head
    phrase would stop at the "of" and read only "Secretary"."""
    head_part = _first_part(text)
    if " of " not in head_part and " for " not in head_part and " to " not in head_part:
        return None
    words = _words(head_part)
    if words and words[0].endswith(("'s", "’s")) and words[0][:1].isupper():
        words = words[1:]  # "Kazakhstan's Ambassador to China Nurlan Seitkali": the state's office
    if not words or not words[0][:1].isupper():
        return None
    if len(words) > 1 and _norm_word(words[0]) == "the" and _norm_word(words[1]) in ORG_NOUNS:
        return None  # "The Office of the Superintendent of Financial Institutions": a body, no office holder
    titles, proper = personal_name(words)
    last_body_word = max((i for i, w in enumerate(proper) if is_org_name([w])), default=-1)
    if 0 <= last_body_word <= len(proper) - 3:
        # "Deputy Minister of Investment for Investor Services Abdulrahman Al-Shehri",
        # "Officer-in-Charge of Tongi West Police Station Mohammad Anwar Hossain": the
        # body's name ends the office, the person's name follows it
        titles, proper = words[: len(titles) + last_body_word + 1], proper[last_body_word + 1 :]
    connector = next((i for i, w in enumerate(titles) if _norm_word(w) in ("of", "for")), None)
    if connector is None and len(words) > 4:
        # "Ambassador to China Nurlan Seitkali": an envoy's posting, then the name
        to = next((i for i, w in enumerate(words) if w == "to"), None)
        if to is not None and to > 0 and _norm_word(words[to - 1]) in ("ambassador", "envoy", "representative") and words[to + 1][:1].isupper():
            titles, proper = words[: to + 2], words[to + 2 :]
            connector = to
    if connector is None or connector + 1 >= len(titles) or not proper:
        return None
    office = _norm_word(titles[connector - 1]) if connector else ""
    titled_after = any(
        _norm_word(w) in HONORIFICS or _norm_word(w) in ROLE_WORDS or _norm_word(w) in PERSON_NOUNS
        for w in titles[connector + 1 :]
    )
    if not all(w[:1].isupper() for w in titles[:connector]):
        return None  # "a spokesman for the Department of Health" is not a title
    if not (office in HONORIFICS or office in ROLE_WORDS) and not (
        # "Bank of Japan Governor Ana Roe": a body's office before the name
        titled_after and len(proper) >= 2
        and all(
            w[:1].isupper() or _norm_word(w) in ("the", "of", "for", "and") or _norm_word(w) in PERSON_NOUNS
            or _norm_word(w) in ROLE_WORDS
            for w in titles
        )
    ):
        return None
    if not all(w[:1].isupper() or _norm_word(w) in NAME_PARTICLES for w in proper):
        return None
    if is_org_name(proper) or _is_acronym(proper):
        return None
    return SourceDescription(
        text, "named", NAMED_PERSON, 1, False, head=_norm_word(proper[-1]), name=" ".join(words),
        gender=_gender_of(words),
    )


def _portfolio_holder(text: str) -> SourceDescription | None:
    """"Work and Pensions Secretary Ana Roe", "shadow health and social care
    secretary Ana Roe": a portfolio joined by "and" before an office and a
    full name is one person's title, not two sources (the head phrase would
    stop at the "and" and read only "work")."""
    head_part = _first_part(text)
    if " and " not in head_part and " & " not in head_part:
        return None
    words = _words(head_part)
    titles, proper = personal_name(words)
    if len(proper) < 2 or len(titles) < 3 or not all(w[:1].isupper() or _norm_word(w) in NAME_PARTICLES for w in proper):
        return None
    office = _norm_word(titles[-1])
    if not (office in HONORIFICS or office in ROLE_WORDS):
        return None
    norms = [_norm_word(w) for w in titles]
    joins = [i for i, n in enumerate(norms) if n in ("and", "&")]
    if not joins or joins[0] == 0 or any(
        # "the mayor and police chief Ana Roe": two offices, two people
        norms[i - 1] in ROLE_WORDS or norms[i - 1] in HONORIFICS or norms[i - 1] in PERSON_NOUNS for i in joins
    ):
        return None
    if any(n in _OBJECT_MARKERS or n in {"a", "an"} for n in norms):
        return None  # "a spokesman for health and safety": not a title
    if is_org_name(proper) or _is_acronym(proper):
        return None
    return SourceDescription(
        text, "named", NAMED_PERSON, 1, False, head=_norm_word(proper[-1]), name=" ".join(words),
        gender=_gender_of(words),
    )


def _particle_name(word: str) -> bool:
    """"al-Jolani", "el-Sisi", "bin-Laden": a name behind a lower-case particle."""
    particle, hyphen, rest = word.partition("-")
    return bool(hyphen) and particle.lower() in NAME_PARTICLES and rest[:1].isupper()


def _is_name_descriptor(word: str) -> bool:
    lowered = word.lower().replace("’", "'")
    return lowered.endswith(("'s", "-based", "-born", "-owned", "-backed", "-led")) or lowered.endswith("s'")


#: Words that title a person: "the Chancellor" holds an office, "Jones, the
#: club's captain" is someone.
_TITLE_WORDS = HONORIFICS | ROLE_WORDS


def _describe_name(text: str, words: list[str]) -> SourceDescription:
    """A mention whose head is capitalized: a person, body or outlet by name.
    Lower-case words before the name describe it ("terminal operator Acme",
    "club owner Jane Roe", "Dutch broadcaster X")."""
    norms = [_norm_word(w) for w in words]
    name_start = len(words) - 1
    while name_start > 0 and norms[name_start - 1] not in DEFINITE_DETERMINERS and (
        words[name_start - 1][:1].isupper() or norms[name_start - 1] in NAME_PARTICLES
        or (
            (norms[name_start - 1] in _CONNECTORS or norms[name_start - 1] in INNER_PARTICLES)
            and name_start >= 2 and words[name_start - 2][:1].isupper()
            and norms[name_start - 2] not in DEFINITE_DETERMINERS
        )
    ):
        name_start -= 1
    # "Ohio-based Acme Systems", "Chicago's Jane Roe", "Sinn Féin's Mary Lou McDonald":
    # the name starts after the last descriptor word
    last_descriptor = max((k for k in range(name_start, len(words) - 1) if _is_name_descriptor(words[k])), default=-1)
    body_name = _norm_word(words[-1]) in ORG_NAME_WORDS
    if last_descriptor >= 0 and not (
        # "The Supporters' Trust", "the Workers' Party": a plural possessive inside a body's
        # name; "The Alzheimer's Association": a possessive after "the" (no name takes "the")
        (words[last_descriptor].endswith(("s'", "s’")) or (name_start > 0 and norms[name_start - 1] == "the"))
        and body_name
    ) and not (last_descriptor > name_start and body_name):  # "Perry County Sheriff's Office"
        name_start = last_descriptor + 1
    descriptors = [n for n in norms[:name_start] if n not in DEFINITE_DETERMINERS]
    name_part = words[name_start:]
    name_text = " ".join(name_part)
    descriptor_head = descriptors[-1] if descriptors else None
    head = norms[-1]
    the_name = name_start > 0 and norms[name_start - 1] == "the"

    def named(source_type: str | None, count: int | None = None, name: str = name_text, **extra) -> SourceDescription:
        return SourceDescription(text, "named", source_type, count, False, head=head, name=name,
                                 modifiers=descriptors, **extra)

    if (descriptor_head in MEDIA_NOUNS and descriptor_head not in {"agency", "program", "programme"}) or (
        descriptor_head == "agency" and "news" in descriptors
    ):
        return named(DOCUMENT)
    if _is_media_name(name_part):
        return named(DOCUMENT, name=_full_org_name(text, name_part))
    if descriptor_head in ORG_NOUNS and (
        descriptor_head not in PERSON_NOUNS
        # "Media regulator Ofcom": a one-word name after a noun for a body or a person
        or len(name_part) == 1 and _norm_word(name_part[0]) not in HONORIFICS
    ) and not (_norm_word(name_part[0]) in _TITLE_WORDS and len(name_part) > 2):
        # (but "association President Carla Jimenez" is the association's president)
        # ("The state Office of Emergency Services": the name reads on through "of")
        return named(ORGANIZATION, name=_full_org_name(text, name_part))
    if len(name_part) > 1 and _norm_word(name_part[-1]) in _DOCUMENT_NAME_ENDS and not (
        personal_name(name_part)[0] or _given_name_gender(name_part) is not None
    ):
        # "the Uniform Crime Reporting Survey", "the Global Peace Index": a document's name
        return named(DOCUMENT, name=_full_org_name(text, name_part))
    if (
        _is_acronym(name_part) and not (the_name and _norm_word(name_part[-1]) in _TITLE_WORDS)  # ("the DIG": an office)
        or is_org_name(name_part) or " & " in text.split(",", 1)[0]
    ):
        # ("Stats & Information", "Procter & Gamble": no person's name holds "&")
        return named(ORGANIZATION, name=_full_org_name(text, name_part))
    if len(name_part) > 1 and is_country_name(name_text):
        return named(ORGANIZATION)  # "Saudi Arabia", "New Zealand": a state, not a first and last name
    titles, proper = personal_name(name_part)
    gender = _gender_of(words)
    if the_name and _norm_word(name_part[-1]) in _TITLE_WORDS and not _is_media_name(name_part):
        # "the Chancellor", "The Prime Minister": an office, written with capitals
        return named(NAMED_PERSON, 1, name=f"{words[name_start - 1]} {name_text}", gender=gender)
    if the_name and not titles:
        # "The Harbour Watch": people are not "the"-named
        return named(ORGANIZATION, name=_full_org_name(text, name_part))
    if (
        not titles and len(proper) >= 2 and _is_acronym(proper[:1]) and _norm_word(proper[0]) not in HONORIFICS
        and (len(proper[0].replace(".", "")) >= 3 or proper[0] in ("UN", "EU"))
    ):
        # "NHS England", "UN Women": a body's acronym opens its name ("JK Rowling",
        # "TJ Watt": two letters are a person's initials)
        return named(ORGANIZATION, name=_full_org_name(text, name_part))
    if not titles and len(proper) >= 2 and _norm_word(proper[-1]) in _NOT_PERSON_TAILS:
        return named(None, gender=gender)  # "Election Day", "the Tribeca Festival": a day or an event, no one
    if titles or len(proper) >= 2 or (descriptor_head and (descriptor_head in PERSON_NOUNS or descriptor_head in HONORIFICS)):
        return named(NAMED_PERSON, 1, gender=gender or _given_name_gender(proper))
    # a lone capitalized word ("Roe", "Acme"): decided by what it refers to
    return named(None, gender=gender)


#: Last words of capitalized names that are days and events, not people.
_NOT_PERSON_TAILS = frozenset(
    "day eve week weekend festival games cup olympics championship championships summit forum expo".split()
)

_ORG_NAME_TAIL_RE = regex.compile(
    r"^(?:\s+(?:of|for|and|&|on|in|de|du|des)(?:\s+the)?\s+\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]*){0,5}){1,3}"
)


def _has_org_name_tail(text: str, head_word: str) -> bool:
    """Whether capitalized words joined by "of", "for", ... follow ``head_word``
    in ``text`` ("Office| for Budget Responsibility")."""
    at = text.find(head_word)
    return at != -1 and _ORG_NAME_TAIL_RE.match(text[at + len(head_word) :], timeout=REGEX_TIMEOUT) is not None


def _find_word(text: str, word: str, start: int) -> int:
    """Offset of ``word`` in ``text`` from ``start`` as a whole word (not
    "Co" inside "Coast"), or -1."""
    at = text.find(word, start)
    while at != -1 and (
        at > 0 and text[at - 1].isalnum() or at + len(word) < len(text) and text[at + len(word)].isalnum()
    ):
        at = text.find(word, at + 1)
    return at


def _full_org_name(text: str, name_part: list[str]) -> str:
    """An organization's name read on through its connectors: "Department of
    Health and Social Care", not just "Department"."""
    first = _find_word(text, name_part[0], 0)
    # (the last word after the others: "Co" in "Central Coast Power Co" is the last one)
    last = _find_word(text, name_part[-1], first + sum(len(w) + 1 for w in name_part[:-1])) if first >= 0 else -1
    if first < 0 or last < 0:
        return " ".join(name_part)
    if text[max(0, first - 4) : first].lower() == "the ":
        first -= 4  # "The Refugee Council" is the body's name
    end = last + len(name_part[-1])
    tail = _ORG_NAME_TAIL_RE.match(text[end:], timeout=REGEX_TIMEOUT)
    if tail:
        end += tail.end()
    return text[first:end]


#: Words that make a "Network" a broadcaster's.
_BROADCAST_WORDS = frozenset("news broadcast broadcasting television tv radio cable sports media channel".split())


def _is_media_name(words: list[str]) -> bool:
    """"The Daily Courier", "Channel 9 News", "Press Agency": an outlet's name."""
    if len(words) < 2 or _has_person_title(words):
        return False
    norms = [_norm_word(w) for w in words]
    if norms[-1] == "agency":
        return "news" in norms or "press" in norms
    if norms[-1] in ("network", "networks"):
        # "Fox News Network", "the Sinclair Broadcast Network"; not "the Thai Cannabis
        # Future Network", an advocacy group
        return any(n in _BROADCAST_WORDS for n in norms[:-1])
    return norms[-1] in MEDIA_NAME_WORDS


_describe_cached = lru_cache(maxsize=8192)(_describe)


@lru_cache(maxsize=8192)
def _describe_name_cached(text: str, words: tuple[str, ...]) -> SourceDescription:
    """A shared reading of a name in running text (read, never changed)."""
    return _describe_name(text, list(words))


def _has_person_title(words: list[str]) -> bool:
    return any(_norm_word(w) in HONORIFICS for w in words[:-1])


def _appositive_name(text: str) -> SourceDescription | None:
    """"Her chief of staff, Jane Roe" / "The chair of the panel, the broadcaster
    Jane Roe": a description followed by the name of the one it describes."""
    if "," not in text:
        return None
    if " and " in text and NAME_WITH_LIST_RE.search(text, timeout=REGEX_TIMEOUT):
        return None  # "the Department for Digital, Culture, Media and Sport": one name
    before, after = text.split(",", 1)
    if before[-1:].isalpha() and before.rsplit(None, 1)[-1][:1].isupper() and region_after_comma(after.split(",", 1)[0]):
        # "Union leaders at the plant in Dayton, Ohio": a city and its state
        rest = after.split(",", 1)
        if len(rest) == 1:
            return None
        before, after = before + "," + rest[0], rest[1]
    after = after.split(",")[0].strip()
    match = _APPOSITION_NAME_RE.match(after, timeout=REGEX_TIMEOUT)
    if not match:
        # "The winner, 19-year-old Jane Roe of Leeds": the name before its place
        place = _PLACE_TAIL_RE.search(after, timeout=REGEX_TIMEOUT)
        if place is not None:
            match = _APPOSITION_NAME_RE.match(after[: place.start()], timeout=REGEX_TIMEOUT)
            if match and len(_words(match.group("name"))) < 2:
                match = None
    if not match:
        # "the principal cellist, a soft-spoken Slovenian named Matej Kranjc"
        match = _NAMED_TAIL_RE.search(after, timeout=REGEX_TIMEOUT) if " named " in after else None
    if not match or _PARTY_RE.match(match.group("name")):
        return None
    if any(_norm_word(w) in _OBJECT_MARKERS for w in after[: match.start("name")].split()):
        return None  # "The judge, an appointee of President Jan Roe": the name is not the judge
    before_words = _head_phrase(before)
    if not before_words:
        return None
    first = _norm_word(before_words[0])
    is_description = before_words[-1][:1].islower() or first in DEFINITE_DETERMINERS or first in POSSESSIVE_DETERMINERS or first in {"a", "an"}
    if not is_description:
        return None
    name = match.group("name")
    if len(_words(name)) < 2:
        before_type = _common_noun_type(_norm_word(before_words[-1]), None)
        if before_type not in PERSON_TYPES:
            return None
        described = _describe(name)
        described.source_type, described.count = NAMED_PERSON, 1
    else:
        described = _describe(name)
    if described.kind != "named" or described.source_type not in {NAMED_PERSON, ORGANIZATION, DOCUMENT}:
        return None
    before_type = _common_noun_type(_norm_word(before_words[-1]), None)
    if described.source_type == NAMED_PERSON and before_type in {ORGANIZATION, DOCUMENT} and not _has_person_title(_words(name)):
        # "The charity, Open Harbour": the description says what the name is
        described.source_type, described.count = before_type, None
    qualifier = after[: match.start("name")].split()[-1:]
    if (
        qualifier and qualifier[0] in TITLE_QUALIFIERS and described.source_type == NAMED_PERSON
        and _norm_word(_words(name)[0]) in HONORIFICS
    ):
        described.name = qualifier[0] + " " + described.name  # "the bill's sponsor, state Rep. Jane Roe"
    described.text = text
    described.modifiers = described.modifiers + [_norm_word(w) for w in _words(before)]
    if described.gender is None:
        described.gender = _gender_of(_words(before))
    return described


#: First words of an apposition that describes every part of a compound source.
_GROUP_APPOSITION_OPENERS = frozenset("both all each who together".split())


def _one_body_name(text: str) -> bool:
    """Is ``text`` one capitalized name of a body with "and" inside it, ending in
    a word that names bodies ("Immigration and Customs Enforcement", "Food and
    Drug Administration"), with no given name of a person in it?"""
    words = _words(text)
    if not words or _norm_word(words[-1]) not in ORG_NAME_WORDS:
        return False
    content = [w for w in words if _norm_word(w) not in ("and", "of", "for", "the", "&")]
    return all(w[:1].isupper() for w in content) and not any(
        # (no person's title or given name: "Detective Inspector Sarah Quill of the ... Group")
        _norm_word(w) in _TITLE_WORDS or _norm_word(w) in MALE_GIVEN_NAMES or _norm_word(w) in FEMALE_GIVEN_NAMES
        for w in content
    )


def _compound(text: str) -> SourceDescription | None:
    """"a senior official and an aide", "police and witnesses": several sources."""
    if "," in text:
        head, rest = text.split(",", 1)
        if (" and " in head or "&" in head) and _norm_word(rest.split()[0] if rest.split() else "") in _GROUP_APPOSITION_OPENERS:
            # "Jane Roe and Tom Varga, both lawyers for the family": the pair, described
            described = _compound(head)
            if described is not None:
                described.text = text
            return described
        # "Jane Roe, a researcher and the study's author": an apposition, one person
        return None
    if " and " in text and _one_body_name(text):
        # "U.S. Immigration and Customs Enforcement": one body's name
        name = text[4:] if text.lower().startswith("the ") else text
        return SourceDescription(
            text, "named", ORGANIZATION, None, False, head=_norm_word(_words(text)[-1]), name=name,
        )
    if " and " not in text and "&" not in text:
        return None
    parts = _COMPOUND_SPLIT_RE.split(text, timeout=REGEX_TIMEOUT)
    if len(parts) < 2:
        bare = _BARE_COMPOUND_RE.match(text, timeout=REGEX_TIMEOUT) or _NAMES_COMPOUND_RE.match(text, timeout=REGEX_TIMEOUT)
        if not bare:
            return None
        parts = [bare.group("a"), bare.group("b")]
    described = [_describe(part) for part in parts]
    if any(p.kind not in {"description", "partitive", "named"} or p.source_type is None for p in described):
        return None
    if all(p.source_type in {ORGANIZATION, DOCUMENT} for p in described):
        return None
    counts = [1 if p.source_type == NAMED_PERSON else p.count for p in described]
    total = None if any(c is None for c in counts) else sum(counts)
    anonymous = any(p.anonymous or p.source_type == ORGANIZATION for p in described)
    return SourceDescription(
        text, "compound", ANONYMOUS_GROUP if anonymous else NAMED_PERSON, total, anonymous,
        head=described[-1].head, plural=True, parts=described,
        modifiers=[m for p in described for m in p.modifiers + [p.head]],
    )


# ---------------------------------------------------------------------------
# anonymity reasons

_REASON_TAIL = r"[^\n.;:!?,—–\"“”()]{1,200}(?:\.(?=\p{L})[^\n.;:!?,—–\"“”()]{0,200}){0,3}"
_ANONYMITY_RE = regex.compile(
    r"(?:"
    r"(?:on|under)\s+(?:the\s+)?(?:condition|conditions|grounds|promise)\s+(?:of|that)\s+"
    r"(?:anonymity|not\s+being\s+(?:named|identified)|(?:he|she|they|his|her|their)\s+(?:name\s+)?(?:not\s+be|remain|go)\s+\w+)"
    r"|(?:request(?:ed|ing|s)?|ask(?:ed|ing|s)?\s+for|sought|seeking|grant(?:ed|ing)?|given|insist(?:ed|ing)\s+on|demand(?:ed|ing))\s+anonymity"
    r"|(?:ask(?:ed|ing|s)?|request(?:ed|ing|s)?|prefer(?:red|ring|s)?|want(?:ed|ing|s)?)\s+(?:not\s+to\s+be|that\s+(?:he|she|they|his|her|their)\s+(?:name\s+)?not\s+be)\s+(?:named|identified|quoted)(?:\s+by\s+name)?"
    r"|(?:declin(?:ed|ing|es)|refus(?:ed|ing|es)|did\s+not\s+want|does\s+not\s+want|didn['’]t\s+want)\s+to\s+be\s+(?:named|identified|quoted\s+by\s+name)"
    r"|(?:would\s+)?only\s+speak\s+anonymously|spoke\s+anonymously|speaking\s+anonymously"
    r"|(?:gave|give|gives|giving|provided|providing|used|using)\s+only\s+(?:(?:their|his|her)\s+)?(?:first|given)\s+names?"
    r"|(?:identified|named)\s+only\s+by\s+(?:(?:their|his|her)\s+)?(?:first|given)\s+names?"
    r")"
    r"(?P<reason>\s*,?\s*(?:(?:because|as|since|given\s+that|due\s+to|owing\s+to|citing|for\s+fear|fearing|out\s+of\s+fear|in\s+order\s+to|discussing|describing|speaking\s+about"
    r"|under\s+(?:the\s+)?ground\s+rules|in\s+(?:keeping|line|accordance)\s+with)\b"
    + _REASON_TAIL
    + r"|to\s+(?-i:\p{Ll})"
    + _REASON_TAIL
    + r"|for\s+(?-i:\p{Ll})"
    + _REASON_TAIL
    + r"))?"
    r"|(?P<unauthorized>(?<=\b(?:who|that)\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)not\s+"
    r"(?:authori[sz]ed|permitted|allowed|cleared|empowered)\s+to\s+" + _REASON_TAIL + ")",
    regex.IGNORECASE,
)
# A reason clause ends where the sentence goes back to its cue ("..., said the aide").
_REASON_END_RE = regex.compile(
    r"\s+(?:said|says|told|added|explained|confirmed|noted|warned|stated|wrote|insisted|argued)\b"
)
_ANONYMITY_HINT_RE = regex.compile(
    r"[Aa]nonym|\b(?:first|given) names?\b|\bbe(?:ing)?\s+(?:named|identified|quoted)|\bnot\s+(?:be\b|authori[sz]ed|permitted|allowed|cleared|empowered)"
)
_ARTICLE_WIDE_RE = regex.compile(r"(?:" + "|".join(ARTICLE_WIDE_SUBJECTS) + r")", regex.IGNORECASE)
_SENTENCE_BREAK_RE = regex.compile(r"[.!?][\"'”’]?\s+(?=[\"“‘'\p{Lu}])|\n")
# Every _SENTENCE_BREAK_RE match of a stretch in one match, as the captures of
# group 1 (only a stop or a newline can open a break; other characters are
# skipped whole): one timed call instead of one per ``finditer`` step.
_ALL_SENTENCE_BREAKS_RE = regex.compile(r"(?:[^.!?\n]++|(" + _SENTENCE_BREAK_RE.pattern + r")|[.!?])*+")


# Every match of _ANONYMITY_RE holds one of these (folded as its IGNORECASE
# folds): a window without any cannot hold a formula.
_FORMULA_WORDS = (
    "condition", "grounds", "promise", "anonym", "named", "identified", "quoted",
    "authori", "permitted", "allowed", "cleared", "empowered", "first", "given",
)
# Every match of _ANONYMITY_HINT_RE holds one of these, and none holds a full
# stop: the hint pattern only needs to read the sentences that have one.
_HINT_ANCHORS = ("nonym", "named", "identified", "quoted", "not", "first name", "given name")
_NOT_HINT_WORDS = ("be", "authori", "permitted", "allowed", "cleared", "empowered")


def _hint_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of ``text[start:end]`` between full stops that hold a hint anchor, in order."""
    found: set[tuple[int, int]] = set()
    for anchor in _HINT_ANCHORS:
        position = text.find(anchor, start, end)
        while position >= 0:
            sentence_end = text.find(".", position, end)
            sentence_end = end if sentence_end < 0 else sentence_end
            if anchor == "not" and not text[position + 3 : sentence_end].lstrip().startswith(_NOT_HINT_WORDS):
                # "not" is common; its hints go on with one of a few words
                position = text.find(anchor, position + 3, end)
                continue
            found.add((text.rfind(".", start, position) + 1 or start, sentence_end))
            position = text.find(anchor, sentence_end, end)
    return sorted(found)


def _anonymity_hints(text: str, start: int, end: int) -> Iterable[regex.Match]:
    """``_ANONYMITY_HINT_RE.finditer(text, start, end)``, reading only the sentences
    that can hold a hint (a match never crosses the full stops between them)."""
    for sentence_start, sentence_end in _hint_sentences(text, start, end):
        yield from _ANONYMITY_HINT_RE.finditer(text, sentence_start, sentence_end, timeout=REGEX_TIMEOUT)


@dataclass(slots=True)
class AnonymityStatement:
    """Where an article says why a source is anonymous."""

    start: int
    end: int
    reason: str | None
    article_wide: bool
    sentence_start: int
    sentence_end: int


def _sentence_bounds(text: str, position: int, start: int, end: int) -> tuple[int, int]:
    window_start = max(start, position - 600)
    sentence_start = window_start if window_start > start else start
    breaks = _ALL_SENTENCE_BREAKS_RE.match(text, window_start, position, timeout=REGEX_TIMEOUT).ends(1)
    if breaks:
        sentence_start = breaks[-1]
    following = _SENTENCE_BREAK_RE.search(text, position, min(end, position + 600), timeout=REGEX_TIMEOUT)
    sentence_end = following.start() + 1 if following else min(end, position + 600)
    return sentence_start, sentence_end


def find_anonymity_reasons(text: str, start: int = 0, end: int | None = None) -> list[AnonymityStatement]:
    """Every anonymity formula in ``text[start:end]`` with the reason it gives.

    The reason is the clause after the formula ("because the talks are
    private", "to discuss the matter candidly", "for fear of reprisals"), or
    the formula itself when it is the reason ("not authorized to speak
    publicly"). A formula with no reason ("declined to be named") still marks
    its source anonymous but yields ``reason=None``.
    """
    end = len(text) if end is None else end
    statements: list[AnonymityStatement] = []
    matches = []
    searched_to = start
    # the full pattern is costly; run it only around the words every formula contains
    for hint in _anonymity_hints(text, start, end):
        window_start = max(searched_to, hint.start() - 90, start)
        if hint.end() <= searched_to:
            continue
        window_end = min(end, hint.end() + 320)
        folded = text[window_start:window_end].casefold()
        if not any(word in folded for word in _FORMULA_WORDS):
            continue  # "could not be reached": no formula around this hint
        match = _ANONYMITY_RE.search(text, window_start, window_end, timeout=REGEX_TIMEOUT)
        if match is None or match.start() > hint.end():
            continue
        matches.append(match)
        searched_to = match.end()
    for match in matches:
        if match.group("unauthorized"):
            reason = match.group("unauthorized")
        else:
            reason = match.group("reason")
        if reason:
            reason = _REASON_END_RE.split(reason, maxsplit=1)[0].strip(" ,\t\n")
        sentence_start, sentence_end = _sentence_bounds(text, match.start(), start, end)
        lead = text[sentence_start : match.start()]
        article_wide = bool(_ARTICLE_WIDE_RE.search(lead, timeout=REGEX_TIMEOUT)) and not _has_single_subject(lead)
        statements.append(AnonymityStatement(match.start(), match.end(), reason or None, article_wide,
                                             sentence_start, sentence_end))
    return statements


def _has_single_subject(lead: str) -> bool:
    return bool(_SAID_RE.search(lead, timeout=REGEX_TIMEOUT))


_SAID_RE = regex.compile(r"\b(?:said|says|told)\b")


# ---------------------------------------------------------------------------
# entities and resolution


@dataclass(eq=False, slots=True)
class Entity:
    """One source (or named thing) of the article, however many times mentioned."""

    resolved: str
    source_type: str | None
    anonymous: bool
    count: int | None
    plural: bool
    head: str
    words: set[str]
    keys: list[str]
    first: int
    gender: str | None = None
    speaker_pos: int = -1
    subject_pos: int = -1
    any_pos: int = -1
    reason: str | None = None
    parent: "Entity | None" = None
    parts: list["Entity"] = field(default_factory=list)
    acronym: str = ""
    # where a named entity was first written: its neighbourhood gives description
    # words and gender, read only when a back-reference or pronoun needs them
    mention_span: tuple[int, int] | None = None
    context_read: bool = False
    # named as the subject opening a sentence ("Acme reported ...")
    opened_sentence: bool = False

    def touch(self, position: int, speaker: bool = False, subject: bool = False) -> None:
        # comparisons, not max(): called for every mention of every entity
        if position > self.any_pos:
            self.any_pos = position
        if speaker and position > self.speaker_pos:
            self.speaker_pos = position
        if subject and position > self.subject_pos:
            self.subject_pos = position

    @property
    def salience(self) -> int:
        """Position of the last mention that a pronoun may point back to."""
        return self.speaker_pos if self.speaker_pos > self.subject_pos else self.subject_pos

    def is_person(self) -> bool:
        return self.source_type in PERSON_TYPES and not self.plural

    def inherited_reason(self) -> str | None:
        entity: Entity | None = self
        while entity is not None:
            if entity.reason:
                return entity.reason
            entity = entity.parent
        return None


def _initials(words: Iterable[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper() and _norm_word(w) != "the")


def _hyphen_initials(words: Iterable[str]) -> str:
    """Initials that count each capitalized part of a hyphenated word
    ("Inter-Services Public Relations": ISPR)."""
    return _initials(part for word in words for part in word.split("-"))


@lru_cache(maxsize=16384)
def _name_initials(name: str) -> str:
    """``_initials`` of a name string (an entity's acronym key)."""
    return _initials(_words_cached(name))


@lru_cache(maxsize=4096)
def _name_hyphen_initials(name: str) -> str:
    """``_hyphen_initials`` of a name string with a hyphen, else "" (its
    second acronym key: "Inter-Services Public Relations" is also the ISPR)."""
    return _hyphen_initials(_words_cached(name)) if "-" in name else ""


@lru_cache(maxsize=16384)
def _name_norms(name: str) -> frozenset[str]:
    """The normalized words of a name string, with the nouns its abbreviated
    titles stand for ("Sen. Jane Roe" is "the senator" and "the lawmaker")."""
    words = {_norm_word(w) for w in _words_cached(name)}
    for word in [w for w in words if w in TITLE_ABBREVIATIONS]:
        words.update(TITLE_ABBREVIATIONS[word])
    return frozenset(words)


def _key_words(name: str) -> list[str]:
    return list(_key_words_cached(name))


@lru_cache(maxsize=16384)
def _key_words_cached(name: str) -> tuple[str, ...]:
    key = canonical_name(name)
    return tuple(key.split()) if key else ()


@lru_cache(maxsize=16384)
def _name_lookup(name: str) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """What :meth:`_Article.match_name` looks a name up by: its key words, those
    of them that are not particles (all of them when all are), and the
    acronym it may be ("" if none). Names recur within and across articles."""
    keys = _key_words_cached(name)
    content = tuple(k for k in keys if k not in NAME_PARTICLES) or keys
    acronym = name.replace(".", "").strip()
    if acronym.startswith(("The ", "the ")):
        acronym = acronym[4:]  # "the FDA" as "The FDA"
    if not (acronym.isupper() and 2 <= len(acronym) <= 8 and " " not in acronym):
        acronym = ""
    return keys, content, acronym


# REVERSE: anchored at the end, so the engine does not try every start position
_DESCRIPTION_BEFORE_RE = regex.compile(r"([\p{Ll}][\p{L}’'\- ]{0,80}),?\s*$", regex.REVERSE)
_DESCRIPTION_TRAILERS = " \t\n,’'-"
_NOT_LETTERS = frozenset(".!?;:()[]{}\"“”0123456789")
_DESCRIPTION_AFTER_RE = regex.compile(r",\s+(?:the|a|an|who\s+is|its|their)\s+([^,.;]{1,70})")
_DESCRIPTION_AFTER_OPENINGS = ("the", "a", "who", "its", "their")
# "he said", "she told": a pronoun used as a speaker, the surest sign of who it is
_PRONOUN_CUES = ("said", "says", "added", "told", "explained", "noted", "wrote", "insisted", "argued", "warned", "stressed")
_PRONOUN_ADVERBS = ("also", "later", "then")


def _pronoun_before_cue(folded: str) -> bool:
    """Whether a cue verb in ``folded`` (case-folded, as the pattern folds case)
    has "he" or "she" before it, perhaps with an adverb between: most windows
    name their speaker, and _GENDERED_PRONOUN_RE need not run."""
    for cue in _PRONOUN_CUES:
        position = folded.find(cue)
        while position >= 0:
            before = folded[:position].rstrip()
            for adverb in _PRONOUN_ADVERBS:
                if before.endswith(adverb):
                    before = before[: -len(adverb)].rstrip()
                    break
            if before.endswith("he"):
                return True
            position = folded.find(cue, position + 1)
    return False


_GENDERED_PRONOUN_RE = regex.compile(
    r"\b(?:(he)|(she))\s+(?:" + "|".join(a + r"\s+" for a in _PRONOUN_ADVERBS) + r")?(?:" + "|".join(_PRONOUN_CUES) + r")\b",
    regex.IGNORECASE,
)
# a name's own cue, then the first personal pronoun of its sentence ("Kranjc said, when I met him")
_OWN_CLAUSE_PRONOUN_RE = regex.compile(
    r"\s*,?\s*(?:" + "|".join(_PRONOUN_CUES) + r")\b(?P<between>[^.\n\u201c\u201d\"]{0,60}?)\b(?P<pronoun>he|him|she)\b",
    regex.IGNORECASE,
)
# the first personal or "its" pronoun after a lone name tells a surname from a company name
_LONE_NAME_PRONOUN_RE = regex.compile(r"\b(?:(he|his|him|she|her|hers)|its)\b", regex.IGNORECASE)
_WHICH_AFTER_NAME_RE = regex.compile(r",\s*which\b")
_PERSON_AFTER_NAME_RE = regex.compile(r",\s*(?:who\b|\d{1,3},)")
_FIRST_NAME_BEFORE_RE = regex.compile(r"(?:first\s+names?|identified\s+(?:only\s+)?as|named\s+only\s+as)[,:]?\s*$")
_GENDERED_OPENING_RE = regex.compile(r"\s*(?:He|She|His|Her)\b")
_EPITHET_RE = regex.compile(r"[\p{L}\d]+-(?:time|times|year-old|nominated|winning|born)$|defending$|reigning$")
_RELATIVE_ANTECEDENT_RE = regex.compile(r"(?:^|[.;:!?\n]\s*)([^,.;:!?\n]{2,100}),\s*$")
# "... drew criticism from X, who said": the object of by/from, tried first
_OBJECT_ANTECEDENT_RE = regex.compile(r"\b(?:by|from)\s+([^,.;:!?\n]{2,100}),\s*$")
# "... by her daughter, Jane Roe, who said": a name in apposition before the comma
_APPOSITIVE_ANTECEDENT_RE = regex.compile(r",\s+(\p{Lu}[^,.;:!?\n]{1,60}),\s*$")
_REPORT_CUE_RE = regex.compile(r"\breport", regex.IGNORECASE)


class _Article:
    """Resolution state for one article."""

    def __init__(self, text: str, start: int, end: int, outlets: set[str], offset: int = 0):
        self.text = text
        self.start = start
        self.end = end
        # where ``text`` starts in the text the claims' spans point into
        self.offset = offset
        self.entities: list[Entity] = []
        self.outlets = outlets
        self.key_index: dict[str, list[Entity]] = {}
        self.pending: list[NameMention] = []
        self.acronym_index: dict[str, list[Entity]] = {}
        # named entities by the initial of their last name word, in the order
        # they were made: the candidates for a spelling variant of a name
        self.initial_index: dict[str, list[Entity]] = {}
        # whether some entity has parts ("a senior official and an aide")
        self.has_compounds = False

    # -- creating entities -------------------------------------------------
    def new_entity(self, described: SourceDescription, position: int, source_type: str | None) -> Entity:
        resolved = described.text
        keys: list[str] = []
        acronym = ""
        if described.kind == "named":
            resolved = display_name(described.name or described.text) if source_type == NAMED_PERSON else (
                described.name or described.text
            )
            keys = _key_words(described.name or described.text)
            acronym = _name_initials(described.name)
            words = {*described.modifiers, described.head, *keys, *_name_norms(described.name)}
        else:
            words = {*described.modifiers, described.head}
        words.discard("")
        # positional, in field order: a dataclass ``__init__`` matches keyword
        # arguments by name, which doubles the cost of the call (one per source)
        entity = Entity(
            resolved,
            source_type,
            source_type in {ANONYMOUS_PERSON, ANONYMOUS_GROUP},  # anonymous
            1 if source_type == NAMED_PERSON and not described.plural else described.count,  # count
            described.plural,
            described.head,
            words,
            keys,
            position,  # first
            described.gender,
        )
        if "(" in described.text and source_type == ORGANIZATION:
            # "the United Kingdom Maritime Trade Operations (UKMTO) agency": the
            # acronym the article gives, which later mentions use
            given = _GIVEN_ACRONYM_RE.search(described.text, timeout=REGEX_TIMEOUT)
            if given:
                acronym = given.group(1)
        entity.acronym = acronym
        self.entities.append(entity)
        self.index(entity)
        return entity

    def add_name_mention(self, mention: NameMention, inside_claim) -> None:
        """A capitalized name in running text: an entity pronouns and short names
        can point to. A name that opens its sentence outside any claim's content
        is a subject, which pronouns may refer back to."""
        if not mention.subject or inside_claim(mention.start):
            # only sentence subjects are pronoun antecedents; other names are
            # read when a short name, title or acronym asks for them
            self.pending.append(mention)
            return
        entity = self.promote(mention, match=True)
        if entity is not None:
            entity.touch(mention.start, subject=entity.source_type == NAMED_PERSON)
            entity.opened_sentence = True

    def promote(self, mention: NameMention, match: bool = False) -> Entity | None:
        """The entity of a name written in the text (created on first need)."""
        if mention.entity is not None:
            return mention.entity
        described = _describe_name_cached(mention.text, tuple(mention.words))
        if self.text[max(0, mention.start - 4) : mention.start].lower() == "the ":
            described = _after_the(described, mention.text, tuple(mention.words))
        entity = None
        if match:
            # a short name ("Mr. Trump") may be a name written in full before, not as a source
            short = _is_short_name(_words(described.name))
            entity = self.match_name(described.name, mention.start, prefer_speakers=False, pending=short)
        if entity is None and described.source_type is None:
            return None
        if entity is None:
            entity = self.new_entity(described, mention.start, described.source_type)
            entity.mention_span = (mention.start, mention.end)
        else:
            self.enrich(entity, described)
        entity.touch(mention.start)
        mention.entity = entity
        return entity

    def pending_names(self, position: int | None = None) -> Iterable[NameMention]:
        """Names in the text not yet read, most recent first (all when ``position`` is None)."""
        for mention in reversed(self.pending):
            if mention.entity is None and (position is None or mention.start < position):
                yield mention

    def read_context(self, entity: Entity) -> None:
        """Description words and gender from around an entity's first written name."""
        if entity.context_read or entity.mention_span is None:
            return
        entity.context_read = True
        start, end = entity.mention_span
        entity.words |= self.context_words(start, end)
        if entity.source_type == NAMED_PERSON and entity.gender is None:
            entity.gender = self.gender_in_own_clause(end) or self.gender_after(end)

    def context_words(self, start: int, end: int) -> set[str]:
        """Description words next to a name ("the country's foreign minister, X",
        "X, the commander of ..."), for later back-references."""
        words: set[str] = set()
        before = self.text[max(self.start, start - 90) : start]
        # the description ends in a letter, perhaps followed by quote marks,
        # hyphens, spaces and a comma: a name after a full stop, a digit or a
        # bracket has none, and the (slow) reverse pattern is not run
        match = before.rstrip(_DESCRIPTION_TRAILERS)[-1:] not in _NOT_LETTERS and _DESCRIPTION_BEFORE_RE.search(before)
        if match:
            described = [_norm_word(w) for w in _words(match.group(1))]
            if described and (described[-1] in _NOT_DESCRIPTORS or described[-1] in lx.STRONG_REPORTING_VERBS):
                # "An Energy Department spokesperson told Fox News Digital", "a spokesman for
                # Jane Roe": a verb or a preposition ends no description of the name after it
                described = []
            words |= set(described[-3:])
            # "The Commissioner for Environment and Ecological Management, X": the
            # office heads the description, further back than its last words
            words |= {w for w in described[:-3] if w in ROLE_WORDS or w in HONORIFICS}
        after = self.text[end : min(self.end, end + 80)]
        match = (
            after[:1] == ","
            and after[1:].lstrip().startswith(_DESCRIPTION_AFTER_OPENINGS)
            and _DESCRIPTION_AFTER_RE.match(after)
        )
        if match:
            words |= {_norm_word(w) for w in _words(match.group(1))[:6]}
        return words

    def gender_in_own_clause(self, position: int) -> str | None:
        """The gender of the first subject or object pronoun in the sentence of a
        name's own cue ("Kranjc said, when I met him", "Roe told me that she ..."):
        a speaker's sentence speaks of the speaker first (a possessive, "changed
        her serve", is as often someone else's). None when another name comes
        before the pronoun."""
        match = _OWN_CLAUSE_PRONOUN_RE.match(self.text, position, min(self.end, position + 120), timeout=REGEX_TIMEOUT)
        if match is None or any(w[:1].isupper() and w != "I" for w in match.group("between").split()):
            return None
        return "m" if match.group("pronoun").lower() in ("he", "him") else "f"

    def gender_after(self, position: int, width: int = 200, pattern: regex.Pattern = None) -> str | None:
        """The gender of the first matching pronoun shortly after a mention, if any."""
        window = self.text[position : min(self.end, position + width)]
        if pattern is None and not _pronoun_before_cue(window.casefold()):
            return None
        match = (pattern or _GENDERED_PRONOUN_RE).search(window)
        if not match:
            return None
        return "m" if match.group(1) else "f"

    def enrich(self, entity: Entity, described: SourceDescription) -> None:
        if described.kind == "named" and entity.source_type in {NAMED_PERSON, ORGANIZATION, DOCUMENT, None}:
            candidate_keys = _key_words(described.name or described.text)
            # (an acronym the description gave keeps the description: "the ... (UKMTO) agency")
            given = entity.acronym and not entity.keys and _is_acronym(_words(described.name or described.text))
            if len(candidate_keys) > len(entity.keys) and not given:
                entity.keys = candidate_keys
                entity.resolved = (
                    display_name(described.name) if entity.source_type == NAMED_PERSON else described.name
                )
                entity.acronym = _name_initials(described.name)
                self.index(entity)
            if entity.source_type is None and described.source_type is not None:
                entity.source_type = described.source_type
                entity.count = described.count
        entity.words |= set(described.modifiers)
        if entity.gender is None:
            entity.gender = described.gender

    # -- matching ----------------------------------------------------------
    def match_name(
        self, name: str, position: int, prefer_speakers: bool = True, fuzzy: bool = True, pending: bool = True
    ) -> Entity | None:
        """The earlier entity a name (full, short, variant spelling or acronym) refers to.

        Exact and short-name matches come from an index of name words; only
        when there are none are the (few) named entities compared for
        one-letter spelling variants.
        """
        key_tuple, content, acronym = _name_lookup(name)
        if not key_tuple:
            return None
        keys = list(key_tuple)  # (compared with the entities' lists of keys)
        candidates: dict[int, Entity] = {}
        # (the latest few of each bucket: an article naming hundreds of Smiths
        # would otherwise compare every Smith with every other)
        for key in content:
            for entity in self.key_index.get(key, ())[-_MATCH_REACH:]:
                candidates[id(entity)] = entity
        if acronym:
            for entity in self.acronym_index.get(acronym, ())[-_MATCH_REACH:]:
                candidates[id(entity)] = entity
        if candidates or not fuzzy:
            pool = candidates.values()
        else:
            last = keys[-1]
            # (the index holds every entity whose last name word has this initial;
            # an entity whose name has grown since may no longer qualify)
            pool = [e for e in self.initial_index.get(last[:1], ())[-_MATCH_REACH:] if e.keys[-1][:1] == last[:1]
                    and abs(len(e.keys[-1]) - len(last)) <= 1]
        best: tuple[int, int, int] | None = None
        best_entity: Entity | None = None
        for entity in pool:
            if entity.first >= position:
                continue
            quality = _name_match_quality(keys, entity.keys)
            # (a description has an acronym only when the article gives one: "the ... (UKMTO) agency")
            if quality == 0 and acronym and (len(entity.keys) > 1 or not entity.keys) and (
                entity.acronym == acronym or _name_hyphen_initials(entity.resolved) == acronym
            ):
                quality = 2
            if quality == 0:
                continue
            # ("Haskell" is Judge Loretta Haskell rather than Nora Haskell-Reyes, quoted since:
            # the surname first, then who has spoken)
            surname = 1 if quality == 2 and entity.keys and keys[-1] == entity.keys[-1] else 0
            rank = (quality, surname, 1 if prefer_speakers and entity.speaker_pos >= 0 else 0, entity.any_pos)
            if best is None or rank > best:
                best, best_entity = rank, entity
        if best_entity is None and pending:
            best_entity = self.match_pending_name(key_tuple, acronym, position, fuzzy)
        return best_entity

    def match_pending_name(self, keys: tuple[str, ...], acronym: str, position: int, fuzzy: bool) -> Entity | None:
        """A name written earlier in the text (not a source) that ``keys`` refer to
        (a tuple: compared with the shared, cached tuples of the names)."""
        best_rank: tuple[bool, int, int] | None = None
        best_mention = None
        for mention in islice(self.pending_names(position), _PENDING_REACH):
            mention_keys = _key_words_cached(mention.text)
            if not mention_keys:
                continue
            quality = _name_match_quality(keys, mention_keys) if fuzzy or set(keys) & set(mention_keys) else 0
            if quality == 0 and acronym and len(mention_keys) > 1 and acronym in (
                _initials(mention.words), _hyphen_initials(mention.words)
            ):
                quality = 2  # (“Inter-Services Public Relations” is the ISPR)
            if quality == 0:
                continue
            # the fullest form of the name wins ("Mr. Trump" is "Donald J. Trump",
            # written earlier, not "Mr. Trump" written since), then the latest
            rank = (quality >= 2, len(mention_keys) if quality >= 2 else 0, quality)
            if best_rank is None or rank > best_rank:
                best_rank, best_mention = rank, mention
                if quality == 3 and len(keys) > 1:
                    break  # a full name written as before
        return self.promote(best_mention) if best_mention is not None else None

    def index(self, entity: Entity) -> None:
        for key in entity.keys:
            bucket = self.key_index.setdefault(key, [])
            if entity not in bucket:
                bucket.append(entity)
        if entity.acronym and len(entity.acronym) >= 2:
            bucket = self.acronym_index.setdefault(entity.acronym, [])
            if entity not in bucket:
                bucket.append(entity)
            hyphenated = _name_hyphen_initials(entity.resolved)
            if hyphenated:
                bucket = self.acronym_index.setdefault(hyphenated, [])
                if entity not in bucket:
                    bucket.append(entity)
        if entity.keys:
            bucket = self.initial_index.setdefault(entity.keys[-1][:1], [])
            if entity not in bucket:
                bucket.append(entity)
                if entity is not self.entities[-1]:
                    # an older entity whose name grew ("Roe" -> "Jane Roe-Smith"):
                    # kept in the order the entities were made, which breaks ties
                    order = {id(e): i for i, e in enumerate(self.entities)}
                    bucket.sort(key=lambda e: order[id(e)])

    def match_description(self, described: SourceDescription, position: int) -> Entity | None:
        """The most recent earlier entity a definite description can refer to."""
        head = described.head
        singular_head = _singular(head)
        modifiers = {m for m in described.modifiers if m not in NUMBER_WORDS and not _is_small_number(m)}
        number = _count(described.modifiers, head) if described.modifiers else None
        candidates: list[tuple[int, int, Entity]] = []
        bare = not described.modifiers
        # "the social media giant", "the London-based lender": a company's epithet
        epithet = head in COMMERCIAL_NOUNS and not set(described.modifiers) & _OTHER_BODY_WORDS
        head_type = _common_noun_type(head, None)
        # "the premier's office" is the premier's, not "the Financial Accountability Office"
        possessors = {
            _norm_word(w[:-2]) for w in described.text.split()[:-1] if w.endswith(("'s", "’s")) and len(w) > 3
        } if "s " in described.text else set()
        for entity in self._all_entities():
            if entity.first >= position or entity.parts:
                continue
            if possessors and not possessors <= entity.words:
                continue
            if not entity.context_read:
                self.read_context(entity)
            # the head is a word of the entity's, its head, or that head's singular
            entity_head = entity.head
            head_match = (
                head in entity.words or head == entity_head or singular_head == entity_head
                or _singular(entity_head) in (head, singular_head)
                # "the researchers", "the authors" for "Scientists at Kingsbridge University"
                or head in _RESEARCH_NOUNS and entity_head in _RESEARCH_NOUNS and entity_head != "team"
            )
            if not head_match:
                if (
                    (bare or epithet) and head in ORG_BACKREF_NOUNS and entity.source_type == ORGANIZATION
                    # a named body; a description only between non-commercial ones
                    # ("the military" for "Jordan's army", not "the lender" for "the carmaker")
                    and (entity.keys or (
                        head not in COMMERCIAL_NOUNS and entity.head not in COMMERCIAL_NOUNS
                        # (and of one known kind: "the ministry" is not the "prosecutors" or "police" of before)
                        and _BODY_KINDS.get(head, head) == _BODY_KINDS.get(entity.head)
                    ))
                    and not (head in COMMERCIAL_NOUNS and entity.words & NON_COMMERCIAL_WORDS)
                    and not _other_kind_of_body(head, entity.head, entity.words)
                ):
                    candidates.append((0, entity.any_pos, entity))
                continue
            if described.plural != entity.plural and entity.source_type in {ANONYMOUS_PERSON, ANONYMOUS_GROUP}:
                continue
            if entity.plural and not described.plural and entity.source_type == DOCUMENT:
                continue  # "The filing" is not the "court filings" cited before
            if described.plural and number not in (None, entity.count) and entity.count is not None:
                continue
            type_ok = (
                entity.source_type in PERSON_TYPES if head_type in PERSON_TYPES
                # "the former president" is a person, never the paper named before it
                else entity.source_type not in {ORGANIZATION, DOCUMENT} if head in ROLE_WORDS or head in HONORIFICS
                else entity.source_type == head_type or head_type is None
                # "Vale's label, Northstar Records ... according to the label": the
                # body was called by that very noun, whatever the noun's usual type
                or (head_type == DOCUMENT and entity.source_type == ORGANIZATION and head in entity.words)
            )
            if not type_ok:
                continue
            missing = len(modifiers - entity.words)
            if modifiers and missing == len(modifiers) and head_type == ORGANIZATION and not entity.keys and entity.words - {entity.head}:
                continue  # "the e-commerce giant" is not "the social media giant"
            candidates.append((2 if missing == 0 else 1, entity.any_pos, entity))
        if not candidates:
            if bare and head in ORG_BACKREF_NOUNS:
                return self.pending_body(position, head)
            return None
        # a body a bare "the company" may mean: one that was a speaker or opened a
        # sentence ("Acme reported ...") before one named inside a source ("an analyst at X")
        best = max(candidates, key=lambda c: (c[0], c[0] > 0 or c[2].salience >= 0 or c[2].opened_sentence, c[1]))
        if best[0] == 0:
            # "the union" after "the Screen Crafts Workers Union" named in passing: that
            # body, before another one that spoke
            named = self.pending_with_head(head, position)
            if named is not None:
                return named
        if best[0] == 0 and head in COMMERCIAL_NOUNS and best[2].words.isdisjoint(_BUSINESS_WORDS):
            # "the company" after "chip equipment maker Veltrane Systems ... The Dow
            # Jones Industrial Average fell": the business, not an index or a place
            business = self.pending_business(position)
            if business is not None:
                return business
        return best[2]

    def _all_entities(self) -> list[Entity]:
        # a list, not a generator: it is walked on every pronoun and description
        if not self.has_compounds:
            return self.entities
        return [member for entity in self.entities for member in (entity, *entity.parts)]

    def match_pronoun(self, described: SourceDescription, position: int, exclude: Entity | None = None) -> Entity | None:
        pronoun = described.head
        pool = [e for e in self._all_entities() if e.first < position and e is not exclude]
        if pronoun in {"he", "him", "his", "she", "her", "i", "who"}:
            wanted = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}.get(pronoun)
            people = []
            for entity in pool:
                # a single person once a speaker or a sentence subject (salience >= 0)
                if entity.source_type in PERSON_TYPES and not entity.plural and (
                    entity.speaker_pos >= 0 or entity.subject_pos >= 0
                ):
                    if wanted is not None and not entity.context_read:
                        self.read_context(entity)  # its gender, read on first need
                    if wanted is None or entity.gender is None or entity.gender == wanted:
                        people.append(entity)
            return max(people, key=lambda e: e.salience, default=None)
        if pronoun in {"they", "them", "we"}:
            # "they" points at one of the last few speakers: a group quoted long
            # before, with others quoted since, is not who "they" are
            recent = sorted((e for e in pool if e.speaker_pos >= 0), key=lambda e: e.speaker_pos, reverse=True)[:3]
            groups = [e for e in recent if e.plural and e.source_type in PERSON_TYPES]
            best = max(groups, key=lambda e: e.salience, default=None)
            if best is None:
                bodies = [e for e in recent[:2] if e.source_type == ORGANIZATION]
                best = max(bodies, key=lambda e: e.any_pos, default=None)
            if best is None and not recent:
                best = self.pending_body(position)
            return best
        bodies = [e for e in pool if e.source_type in {ORGANIZATION, DOCUMENT}]
        return max(bodies, key=lambda e: e.any_pos, default=None) or self.pending_body(position)

    def pending_business(self, position: int) -> Entity | None:
        """The most recent body named in the text before ``position`` that its
        description or its legal form says is a business ("chip equipment
        maker Veltrane Systems", "Acme Holdings Ltd")."""
        for mention in islice(self.pending_names(position), _PENDING_REACH):
            if is_org_name(mention.words) and not (
                {_norm_word(w) for w in mention.words} | self.context_words(mention.start, mention.end)
            ).isdisjoint(_BUSINESS_WORDS):
                return self.promote(mention)
        return None

    def pending_force(self, position: int) -> Entity | None:
        """The police force named most recently before ``position`` ("West
        Yorkshire Police", "the Eastport Police Department"), within reach."""
        for mention in islice(self.pending_names(position), _PENDING_REACH):
            norms = [_norm_word(w) for w in mention.words]
            if "police" in norms and norms[-1] in ("police", "department", "service", "force", "constabulary"):
                return self.promote(mention)
        return None

    def pending_with_head(self, head: str, position: int) -> Entity | None:
        """The most recent body named before ``position`` whose name holds
        ``head`` ("Union" for "the union"), within reach."""
        for mention in islice(self.pending_names(position), _PENDING_REACH):
            if is_org_name(mention.words) and head in {_norm_word(w) for w in mention.words}:
                return self.promote(mention)
        return None

    def pending_body(self, position: int, head: str | None = None) -> Entity | None:
        """The most recent organization named in the text before ``position``
        (of the kind of body ``head`` names, when the name says its kind:
        "the club" is not the "University of Colorado")."""
        kind = _BODY_KINDS.get(head) if head else None
        found = None
        for mention in self.pending_names(position):
            # (not a place that stands for a body: "above Wall Street estimates")
            if is_org_name(mention.words) and _norm_word(mention.words[-1]) not in _SEAT_WORDS:
                if _is_media_name(mention.words) or _norm_word(" ".join(mention.words)) in self.outlets:
                    continue  # (nor the paper that reported it: "first reported by The Wall Street Journal")
                if kind is not None:
                    kinds = {_BODY_KINDS[w] for w in map(_norm_word, mention.words) if w in _BODY_KINDS}
                    if kinds and kind not in kinds:
                        continue
                if found is None:
                    found = mention
                    if mention.subject or not _in_one_sentence(self.text, mention.end, position):
                        break
                elif not _in_one_sentence(self.text, mention.end, position):
                    break  # (no subject body opens the sentence: the nearest one)
                elif mention.subject:
                    # "Acme Robotics raised $48 million from Orchard Ventures and Banyan
                    # Partners, the company said": the sentence's subject, not a body named in it
                    found = mention
                    break
        return self.promote(found) if found is not None else None

    def group_for_partitive(self, described: SourceDescription, position: int) -> Entity | None:
        """The group "one of the X" / "another" / "one of them" picks a member from."""
        if described.group_text:
            inner = _describe(described.group_text)
            if inner.kind == "pronoun":
                return self.match_pronoun(inner, position)
            inner.definite = True
            return self.match_description(inner, position) if inner.kind != "named" else self.match_name(inner.name, position)
        # "another", "the other", "a third": the group the previous member came from
        members = [e for e in self._all_entities() if e.parent is not None and e.first < position]
        if members:
            return max(members, key=lambda e: e.first).parent
        return self.latest_group(position)

    def latest_group(self, position: int) -> Entity | None:
        """The group of people mentioned most recently before ``position``."""
        # (a bare "Some" or "Several" names no group others can be part of)
        groups = [e for e in self._all_entities() if e.plural and e.first < position and e.source_type in PERSON_TYPES and e.head]
        return max(groups, key=lambda e: e.any_pos, default=None)


def _in_one_sentence(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold no sentence end (a stop and a space, or a line break)?"""
    return text.find("\n", start, end) == -1 and all(text.find(stop, start, end) == -1 for stop in (". ", "? ", "! "))


def _name_match_quality(keys: Sequence[str], entity_keys: Sequence[str]) -> int:
    """3: same name; 2: the short name's words all found in the full name;
    1: the same, allowing one-letter spelling variants; 0: different names."""
    if not entity_keys:
        return 0
    if keys == entity_keys:
        return 3
    content = [k for k in keys if k not in NAME_PARTICLES] or keys
    # every match below pairs the first content word with an entity word of
    # the same initial: most names of an article are ruled out here
    initial = content[0][:1]
    for entity_key in entity_keys:
        if entity_key[:1] == initial:
            break
    else:
        return 0
    if all(k in entity_keys for k in content):
        return 2
    if len(keys) == len(entity_keys) and all(same_name_word(a, b) for a, b in zip(keys, entity_keys)):
        return 1
    if len(content) <= len(entity_keys) and all(any(same_name_word(k, e) for e in entity_keys) for k in content):
        return 1
    return 0


def _definite_group_text(resolved: str) -> str:
    """"two sources close to X" -> "the two sources close to X" (for "one of ...")."""
    words = resolved.split()
    if not words:
        return resolved
    first = words[0].lower()
    if first in {"a", "an"}:
        return "the " + " ".join(words[1:])
    if first in DEFINITE_DETERMINERS:
        return resolved
    if words[0][:1].isupper() and first not in PERSON_NOUNS and first not in NUMBER_WORDS:
        return "the " + resolved if first not in {"allies"} and not words[0].isupper() else resolved
    return "the " + resolved[0].lower() + resolved[1:]


# events (position, 0 for a source / 1 for a name, item): sources first at a position
_EVENT_ORDER = itemgetter(0, 1)


def characterize(
    text: str, claims: list["Claim"], start: int = 0, end: int | None = None, offset: int = 0
) -> None:
    """Fill source_resolved, source_type, anonymous, source_count and
    anonymity_reason on ``claims`` (in place), from the article ``text[start:end]``.

    Claims without a source span are left alone. Claims sharing one source
    span share one reading of it. The claims' spans are offsets into a larger
    text in which ``text`` starts at ``offset`` (0: into ``text`` itself);
    whatever is read is read from ``text``.
    """
    end = len(text) if end is None else end
    spans: dict[tuple[int, int], list] = {}
    for claim in claims:
        if claim.source is not None:
            spans.setdefault((claim.source.start - offset, claim.source.end - offset), []).append(claim)
    if not spans:
        return
    outlets = {_norm_word(c.via) for c in claims if c.via}
    article = _Article(text, start, end, outlets, offset)

    claim_ranges = sorted((c.claim.start - offset, c.claim.end - offset) for c in claims)
    claim_starts = [r[0] for r in claim_ranges]
    span_keys = sorted(spans)

    def inside_claim(position: int) -> bool:
        # claims seldom nest more than a few deep: look at the last few starting before
        index = bisect.bisect_right(claim_starts, position) - 1
        for candidate in range(index, max(-1, index - 4), -1):
            if claim_ranges[candidate][0] <= position < claim_ranges[candidate][1]:
                return True
        return False

    events: list[tuple[int, int, object]] = []
    if any(_needs_context(describe_source(text[k[0] : k[1]])) for k in span_keys):
        mentions = [
            mention for mention in find_name_mentions(text, start, end, exclude=span_keys)
            # “Nine Months and a Bicycle”: a title in quotation marks, no one's name
            if not (text[mention.start - 1 : mention.start] in _OPENING_MARKS and mention.start > start)
        ]
        mentions += _lone_surname_subjects(text, start, end, mentions, span_keys)
        for mention in mentions:
            events.append((mention.start, 1, mention))
    for key in span_keys:
        events.append((key[0], 0, key))
    events.sort(key=_EVENT_ORDER)

    span_entity: dict[tuple[int, int], tuple[SourceDescription, Entity | None]] = {}
    for position, _, item in events:
        if isinstance(item, NameMention):
            article.add_name_mention(item, inside_claim)
            continue
        key = item
        source_text = text[key[0] : key[1]]
        described = describe_source(source_text)
        entity = _resolve(article, described, key, spans[key])
        if entity is not None:
            # (an agent named in passing, "hailed by one critic as “...”", is not
            # who the next "he" is about)
            entity.touch(position, speaker=any(c.rule not in _PASSING_RULES for c in spans[key]))
        span_entity[key] = (described, entity)

    _name_office_holders(article, span_entity)

    # a reason is only ever given to an anonymous entity a claim points at:
    # articles citing none skip the scan for anonymity formulas
    article_reason = None
    if any(entity is not None and entity.anonymous for _, entity in span_entity.values()):
        statements = find_anonymity_reasons(text, start, end)
        _apply_reasons(article, statements, span_entity)
        article_reason = next((s.reason for s in statements if s.article_wide and s.reason), None)

    for key, (described, entity) in span_entity.items():
        for claim in spans[key]:
            _fill(claim, described, entity, article_reason, text[key[0] : key[1]])


#: "the 29-year-old", "The 64-year-old grandmother": a person told by age.
_AGED_DESCRIPTION = regex.compile(r"(?i)the\s(\d{1,3})-year-old(?:\s\p{Ll}+)?$")
_NAME_RUN = r"\p{Lu}[\p{L}\p{M}'’.-]{0,30}(?:\s\p{Lu}[\p{L}\p{M}'’.-]{0,30}){0,3}"


def _person_of_age(article: "_Article", age: str, position: int) -> "Entity | None":
    """The person whose age the article gave before ``position`` ("Rhys
    Maddocks, 29,", "Maddocks (29)", "29-year-old Rhys Maddocks"), the latest
    of them, whom "the 29-year-old" refers back to."""
    pattern = regex.compile(
        rf"(?P<name>{_NAME_RUN}),?\s\(?{age}\)?(?=[,)\s.;])|(?<!\d){age}-year-old\s(?:\p{{Ll}}+\s){{0,3}}(?P<after>{_NAME_RUN})"
    )
    found = None
    for found in pattern.finditer(article.text, article.start, position, timeout=REGEX_TIMEOUT):
        pass
    if found is None:
        return None
    return article.match_name(found.group("name") or found.group("after"), position)


def _lone_surname_subjects(
    text: str, start: int, end: int, mentions: list[NameMention], exclude: list[tuple[int, int]]
) -> list[NameMention]:
    """"Marchetti shook her head. “...,” she said.": a person's surname alone
    opening a sentence, after the full name was written, is the subject the
    next pronoun points back to, though no claim has it as its source. (Lone
    capitalized words are left out of the name mentions, as most open
    sentences; a surname already written in full is a name.)"""
    surnames: dict[str, int] = {}
    for mention in mentions:
        if len(mention.words) < 2:
            continue
        last = mention.words[-1]
        if len(last) > 2 and last[:1].isupper() and last[1:].islower() and (
            _describe_name_cached(mention.text, tuple(mention.words)).source_type == NAMED_PERSON
        ):
            surnames.setdefault(last, mention.end)
    if not surnames:
        return []
    taken = sorted([(m.start, m.end) for m in mentions] + list(exclude))
    found = []
    for surname, after in surnames.items():
        k = text.find(surname, after, end)
        while k != -1:
            e = k + len(surname)
            whole = not text[k - 1 : k].isalnum() and not text[e : e + 1].isalnum() and text[e : e + 2] not in ("'s", "’s")
            index = bisect.bisect_right(taken, (k, len(text))) - 1
            inside = index >= 0 and taken[index][1] > k
            # (not part of a longer name: no capitalized word right before or after it)
            before_word = text[max(start, k - 30) : k].split()[-1:]
            after_word = text[e : e + 30].split()[:1]
            if (
                whole and not inside
                and not (before_word and before_word[0][:1].isupper() and not before_word[0].endswith((".", ",", ":")))
                and not (after_word and after_word[0][:1].isupper())
                and (
                    opens_sentence(text, start, k)
                    # "When a teacher asked whether ..., Marchetti shook her head": after a fronted clause
                    or before_word and before_word[0].endswith(",") and after_word and after_word[0].islower()
                    and (after_word[0].endswith("ed") or after_word[0] in lx.IRREGULAR_PAST)
                )
            ):
                found.append(NameMention(k, e, surname, [surname], True))
            k = text.find(surname, e, end)
    return found


_EMBEDDED_NAME_RE = regex.compile(
    r"\b(?:for|at|of|by|with)\s+(?P<the>the\s+)?(?P<name>\p{Lu}[\p{L}\p{M}'’.\-]{0,30}"
    r"(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}'’.\-]{0,30}){0,6})"
)


#: Words of an office's title that name no one ("the Prime Minister", "the Foreign Secretary").
_OFFICE_QUALIFIERS = frozenset(
    "prime foreign home interior defence defense finance health education justice supreme first".split()
)
_GENERIC_WORDS = (
    HONORIFICS | ROLE_WORDS | PERSON_NOUNS | ORG_NOUNS | DOCUMENT_NOUNS | MEDIA_NOUNS | TITLE_QUALIFIERS
    | _OFFICE_QUALIFIERS
)
_DETERMINER_WORDS = DEFINITE_DETERMINERS | POSSESSIVE_DETERMINERS | {"a", "an"}


@lru_cache(maxsize=8192)
def is_proper_name(resolved: str) -> bool:
    """Whether a resolved source names someone the same way in any article
    ("Jane Roe", "the Federal Reserve", "Downing Street"), rather than
    describing someone only its own article identifies ("the president",
    "The Chancellor", "the company", "Police")."""
    words = [w for w in resolved.split() if _norm_word(w) not in _DETERMINER_WORDS]
    if len(words) > 1 and words[-1][:1].islower() and _singular(_norm_word(words[-1])) in _GENERIC_WORDS:
        words = words[1:]  # "Rights groups" opening a sentence: its capital is the sentence's
    return any(w[:1].isupper() and _norm_word(w) not in _GENERIC_WORDS for w in words) or any(
        not w[:1].isalpha() for w in words
    )


_FIRST = attrgetter("first")
#: How many entities sharing a name word, and how many names written before,
#: a name is compared with: far more than any article has, and a bound on the
#: work for a text that names thousands.
_MATCH_REACH = 32
_PENDING_REACH = 400
#: How far after "the mayor of X" the article may name its mayor ("Mayor Jane Roe").
_OFFICE_NAME_REACH = 1500


def _name_office_holders(article: _Article, span_entity: dict) -> None:
    """"The mayor of Lindenhaven said ..." and, a paragraph on, "Mayor Jane
    Roe said ...": an office holder introduced before the name the article
    gives her takes that name (the office has one holder)."""
    people: list[Entity] | None = None  # named people by first mention, made when first needed
    done: set[int] = set()
    for key, (described, entity) in span_entity.items():
        if (
            entity is None or id(entity) in done or entity.source_type != NAMED_PERSON or entity.keys
            or described.kind != "description" or not _holds_an_office(described)
        ):
            continue
        done.add(id(entity))
        if people is None:
            people = sorted((e for e in article.entities if e.source_type == NAMED_PERSON and e.keys), key=_FIRST)
            firsts = [e.first for e in people]
        for person in people[bisect.bisect_right(firsts, key[0]) :]:
            if person.first >= key[0] + _OFFICE_NAME_REACH:
                break
            if described.head in person.words and not _office_of_another(article, person, described.head):
                entity.resolved = person.resolved
                break


_OFFICE_PREPOSITIONS = frozenset("for to of with at by from under".split())


def _office_of_another(article: _Article, person: Entity, office: str) -> bool:
    """Does the office word come in ``person``'s mention only after a
    preposition ("a spokeswoman for the mayor, Amira Khan")? Then the
    person serves the office holder and is not one."""
    words = [w.strip(",.;:").lower() for w in article.text[person.mention_span[0] : person.mention_span[1]].split()]
    places = [k for k, w in enumerate(words) if w == office]
    return bool(places) and all(
        any(w in _OFFICE_PREPOSITIONS for w in words[max(0, k - 3) : k]) for k in places
    )


#: Words that take an unnamed part of a group named after them ("Many Republicans").
_GROUP_QUANTIFIERS = frozenset("many some several most few other all".split())


def _partitive_word(text: str) -> str:
    """"another", "the other", "a third": the words that pick the member."""
    words = text.split()
    return words[0] if words[0].lower() not in {"the", "a"} else " ".join(words[:2])


def _last_single_member(article: _Article, position: int) -> Entity | None:
    """The latest source introduced as "one X" and belonging to no group named
    before it, which "another" or "the other" then continues."""
    latest = max(
        (e for e in article._all_entities() if e.first < position and e.source_type in PERSON_TYPES),
        key=lambda e: e.first, default=None,
    )
    if latest is None or latest.plural or latest.parent is not None:
        return None
    words = latest.resolved.split(None, 1)
    if len(words) < 2 or words[0].lower() != "one":
        return None
    return latest


def _register_embedded_names(article: _Article, source_text: str, position: int) -> None:
    """"a spokesman for Acme", "a report by the Water Agency", "Jane Roe of Acme
    Capital": the body named inside a source can be referred to later ("the
    company", "the agency"), so it becomes an entity too (not a speaker)."""
    if " " not in source_text:
        return
    for name, described in _embedded_names(source_text):
        if article.match_name(name, position + 1, pending=False) is not None:
            continue
        source_type = described.source_type or ORGANIZATION
        entity = article.new_entity(described, position, source_type)
        entity.touch(position)


#: "Donald Trump's campaign manager, Kellyanne Conway": the name whose possessive opens a description.
_POSSESSOR_NAME_RE = regex.compile(r"(?P<name>(?:\p{Lu}[\p{L}\p{M}.\-]{0,30}\s+){0,4}\p{Lu}[\p{L}\p{M}.\-]{0,30})['’]s\s+\p{Ll}")


@lru_cache(maxsize=4096)
def _embedded_names(source_text: str) -> tuple[tuple[str, SourceDescription], ...]:
    """The names inside a source text with their readings (shared: read, never changed)."""
    found = []
    possessor = _POSSESSOR_NAME_RE.match(source_text, timeout=REGEX_TIMEOUT) if "s " in source_text else None
    if possessor is not None:
        words = _words(possessor.group("name"))
        if len(words) > 1:  # (a lone word is read from the sources that use it)
            found.append((possessor.group("name"), _describe_name(possessor.group("name"), words)))
    for match in _EMBEDDED_NAME_RE.finditer(source_text, timeout=REGEX_TIMEOUT):
        name = match.group("name").rstrip(".,")
        words = _words(name)
        if not words or _norm_word(words[0]) in PERSON_PRONOUNS:
            continue
        described = _describe_name(name, words)
        if match.group("the"):
            described = _after_the(described, name, tuple(words))
        found.append((name, described))
    return tuple(found)


_NAME_AFTER_RE = regex.compile(
    r",\s+(?P<name>(?:\p{Lu}[\p{L}\p{M}'’.\-]*\s+){1,5}\p{Lu}[\p{L}\p{M}'’\-]*)\s*,"
)


#: "The U.N. agency for Palestinian refugees, known as UNRWA, said": the name it goes by.
_KNOWN_AS_RE = regex.compile(
    r",\s+(?:(?:also|better|widely|commonly|formally)\s+)?known\s+as\s+"
    r"(?P<name>(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}\p{N}'’.&\-]*\s+){0,5}\p{Lu}[\p{L}\p{M}\p{N}'’&\-]*)\s*,"
)


def _name_after(article: _Article, end: int) -> SourceDescription | None:
    """The name in an apposition right after a description the span finder
    cut short: "The press secretary, Jane Roe, said" -> Jane Roe; "The U.N.
    agency for Palestinian refugees, known as UNRWA, said" -> UNRWA."""
    stop = min(article.end, end + 80)
    if not article.text.startswith(",", end):
        return None
    if article.text.startswith(("known as ", "also known as ", "better known as ", "widely known as ", "commonly known as ", "formally known as "), end + 2):
        match = _KNOWN_AS_RE.match(article.text, end, stop, timeout=REGEX_TIMEOUT)
        return _describe(match.group("name")) if match else None
    if not article.text[end + 1 : stop].lstrip()[:1].isupper():
        return None  # the apposition opens with its comma and a capital
    match = _NAME_AFTER_RE.match(article.text, end, stop, timeout=REGEX_TIMEOUT)
    if not match:
        return None
    described = _describe(match.group("name"))
    if described.kind != "named" or described.source_type not in {NAMED_PERSON, ORGANIZATION}:
        return None
    return described


def _is_short_name(words: list[str]) -> bool:
    """One name word, titles aside ("Mr. Trump", "Sen. Roe", "Kessel"): a
    short form that may stand for a fuller name written elsewhere."""
    return len(personal_name(words)[1]) < 2


def _needs_context(described: SourceDescription) -> bool:
    """Whether resolving a mention may need names written elsewhere in the text:
    pronouns, back-references, lone names. Articles citing only full names and
    indefinite descriptions skip the name scan."""
    if described.kind in {"pronoun", "partitive", "compound"}:
        return True
    if described.kind == "named":
        words = _words(described.name)
        return described.source_type is None or _is_short_name(words) or _is_acronym(words)
    # (and a bare "police": the force named before)
    return described.definite or described.head in GENERIC_ORG_NOUNS or described.head == "police"


@lru_cache(maxsize=8192)
def _has_letter(text: str) -> bool:
    return any(char.isalpha() for char in text)


def _resolve(article: _Article, described: SourceDescription, key: tuple[int, int], claims: list) -> Entity | None:
    position = key[0]
    if not _has_letter(described.text):
        return None  # punctuation handed over as a source: nothing to resolve
    if described.kind != "pronoun" and not (described.kind == "named" and described.source_type in {ORGANIZATION, DOCUMENT}):
        # (an organization's own name holds no other body: "Office for National Statistics")
        _register_embedded_names(article, article.text[key[0] : key[1]], position)
    if described.kind == "pronoun":
        if described.head == "which" or described.head == "who":
            entity = _relative_antecedent(article, position)
            if entity is not None:
                return entity
        entity = article.match_pronoun(described, position)
        if described.head in {"he", "she"}:
            subject = _previous_subject(article, position, described.gender)
            if subject is not None and (
                entity is None or entity.salience < subject[0] or _reports(article.text, *subject)
            ):
                named = _subject_entity(article, *subject)
                if named is not None:
                    article.read_context(named)
                    if described.gender is None or named.gender in (None, described.gender):
                        entity = named
        elif described.head == "it":
            body = _previous_body_subject(article, position)
            if body is not None and (entity is None or entity.speaker_pos < body[0] or entity.source_type == DOCUMENT):
                # (a body named inside that subject, or a document cited after it,
                # is not what "it" goes on about)
                entity = body[1]
            same_sentence = _body_earlier_in_sentence(article, position)
            if same_sentence is not None and (entity is None or entity.any_pos < same_sentence[0]):
                # "Shares of the company fell 8% after it said ...": the body of its own sentence
                entity = same_sentence[1]
        if (
            entity is not None and described.head in {"he", "she"} and entity.keys
            and any(c.cue is not None and c.cue.text.lower() in _ANSWER_CUES for c in claims)
            and _asked_just_before(article.text, position, entity.keys[-1])
        ):
            # "“How many?” asked Sen. Roe. “Seventeen,” he replied": the one asked answers
            other = article.match_pronoun(described, position, exclude=entity)
            if other is not None:
                entity = other
        if entity is not None and entity.gender is None and described.gender in {"m", "f"}:
            entity.gender = described.gender
        return entity

    if described.kind == "named":
        entity = article.match_name(described.name or described.text, position)
        if entity is not None:
            article.enrich(entity, described)
            return entity
        expansion = _acronym_expansion(article, described, position)
        if expansion is not None:
            entity = article.new_entity(described, position, ORGANIZATION)
            entity.resolved = expansion
            entity.mention_span = key
            return entity
        source_type = described.source_type
        if source_type is None:
            source_type = _lone_name_type(article, described, claims)
        elif source_type == ORGANIZATION and _norm_word(described.name) in article.outlets:
            source_type = DOCUMENT
        elif source_type == NAMED_PERSON and _untitled_name_of_a_body(article, described, claims):
            source_type, described = ORGANIZATION, _as_body(described)
        entity = article.new_entity(described, position, source_type)
        entity.mention_span = key
        return entity

    if described.kind == "partitive":
        group = article.group_for_partitive(described, position)
        if (
            group is not None and not described.group_text and position - group.any_pos > _BARE_QUANTIFIER_REACH
            and _norm_word(described.text.split()[-1]) in _BARE_QUANTIFIERS
        ):
            group = None  # "Several said": the people of the sentence before, not a group quoted long ago
        entity = article.new_entity(described, position, described.source_type)
        single = None if described.group_text else _last_single_member(article, position)
        if single is not None and (group is None or single.first > group.any_pos):
            # "One large investor said ...; another said ...": another investor
            entity.resolved = f"{_partitive_word(described.text).lower()} {single.resolved.split(None, 1)[1]}"
            return entity
        entity.parent = group
        if group is not None and (not described.group_text or described.group_text.lower() in {"them", "those", "these"}):
            partitive_word = _partitive_word(described.text)
            # "One of them" is one of the group's people: "the diplomat" later
            entity.head = _singular(group.head)
            entity.words = entity.words | group.words | {entity.head}
            entity.resolved = f"{partitive_word.lower()} of {_definite_group_text(group.resolved)}"
        return entity

    if described.kind == "compound":
        entity = article.new_entity(described, position, described.source_type)
        for part in described.parts:
            sub = None
            if part.kind == "named":
                sub = article.match_name(part.name, position)
            elif part.definite:
                sub = article.match_description(part, position)
            if sub is None:
                sub = article.new_entity(part, position, part.source_type)
            entity.parts.append(sub)
            article.has_compounds = True
        if all(sub.source_type == NAMED_PERSON and sub.keys for sub in entity.parts):
            # "The mayor and the fire chief said", each named before: two named people
            entity.source_type, entity.anonymous = NAMED_PERSON, False
            entity.count = len(entity.parts)
            entity.resolved = " and ".join(sub.resolved for sub in entity.parts)
        return entity

    # a description
    aged = _AGED_DESCRIPTION.match(described.text, timeout=REGEX_TIMEOUT)
    if aged is not None:
        entity = _person_of_age(article, aged.group(1), position)
        if entity is not None:
            return entity
    named = _name_after(article, key[1])
    if named is not None and described.source_type in {ANONYMOUS_PERSON, ORGANIZATION}:
        entity = article.match_name(named.name, position) or article.new_entity(named, position, named.source_type)
        entity.words |= set(described.modifiers) | {described.head}
        return entity
    if described.head == "police" and described.modifiers and not set(described.modifiers) <= {"the"}:
        # "Riverton police said" before or after "the Riverton Police Department"
        # is named: that force
        written = article.text[key[0] : key[1]]
        place = written[: written.lower().rfind("police")].strip()
        if place.lower().startswith("the "):
            place = place[4:]
        if place and place[:1].isupper() and len(place) < 40:
            force = regex.search(
                rf"(?<![\p{{L}}])(?:the\s+)?{regex.escape(place)}\s+Police(?:\s+(?:Department|Service|Force))?(?![\p{{L}}])",
                article.text[article.start : article.end], timeout=REGEX_TIMEOUT,
            )
            if force is not None and force.group().rstrip().endswith(("Department", "Service", "Force")):
                entity = article.new_entity(described, position, ORGANIZATION)
                entity.resolved = force.group()
                return entity
    if described.head == "police" and set(described.modifiers) <= {"the"}:
        # "police said" after "the Eastport Police Department said": that force
        forces = [
            e for e in article._all_entities()
            if e.first < position and e.source_type == ORGANIZATION and e.keys and "police" in e.words
            # (a force, not the Police Federation or a police union)
            and e.head in ("police", "department", "service", "force", "constabulary")
        ]
        if forces:
            force = max(forces, key=lambda e: e.any_pos)
            force.touch(position)
            return force
        named_force = article.pending_force(position)
        if named_force is not None:
            return named_force
    if described.definite or described.head in GENERIC_ORG_NOUNS and not described.modifiers:
        entity = article.match_description(described, position)
        if entity is None and described.definite and described.source_type == ANONYMOUS_PERSON:
            entity = _person_back_reference(article, described, position)
        if entity is None and described.definite and described.source_type == DOCUMENT and described.head:
            entity = _document_back_reference(article, described, position)
        if entity is not None:
            entity.words |= set(described.modifiers)
            return entity
    entity = article.new_entity(described, position, _description_type(described))
    if described.plural and not described.modifiers and not described.definite and described.text.isalpha():
        # a bare "Diplomats" after "three diplomats": the same people, count unknown
        same = [e for e in article._all_entities() if e is not entity and e.plural and e.head == described.head]
        if same:
            entity.resolved = max(same, key=lambda e: e.any_pos).resolved
    if described.count == 1 and not described.definite and described.head:
        # "One diplomat" after "three diplomats": a member of that group
        plural_head = described.head + "s"
        # (not "A senior State Department official" after "two U.S. officials":
        # words the group lacks make someone new)
        own_words = {w for w in described.modifiers if w not in NUMBER_WORDS}
        groups = [
            e for e in article._all_entities()
            if e is not entity and e.plural and (e.head == plural_head or plural_head in e.words)
            and own_words <= e.words
        ]
        if groups:
            entity.parent = max(groups, key=lambda e: e.any_pos)
    return entity


#: Nouns for the people who did a study, which stand for one another.
_RESEARCH_NOUNS = frozenset("researchers scientists authors team".split())


def _document_back_reference(article: _Article, described: SourceDescription, position: int) -> Entity | None:
    """The document a definite description ("the paper", "the complaint",
    "the statement") refers back to: the last document source of its kind
    ("a study published Monday ... found" for "the paper", "The proposed
    class action" for "the complaint"), or else a full mention that was no
    source ("said in a statement released Sunday", "A memo circulated to ...
    struck a harder line"), whose words become the resolved name. A
    description with a name or a possessive in it is a full mention itself."""
    if any(m[:1].isupper() or m.endswith(("'s", "’s")) for m in described.text.split()[1:]):
        return None  # "The National Transportation Safety Board report" names the report in full
    head = described.head
    if head in ANY_DOCUMENT and described.modifiers:
        return None  # "the consultation document" is a document of its own kind
    earlier = [
        e for e in article._all_entities()
        if e.source_type == DOCUMENT and e.first < position and e.head and same_document_kind(head, e.head)
        and (described.plural or not e.plural)  # ("The filing" is not the "court filings" cited before)
    ]
    entity = max(earlier, key=lambda e: e.any_pos, default=None)
    if entity is not None:
        # (a document that was a source before one only mentioned: "the paper" is
        # the trial the article reports, not a study it cites in passing)
        entity.touch(position)
        return entity
    span = document_named_before(article.text, article.start, position, head)
    if span is None:
        return None
    entity = article.new_entity(described, position, DOCUMENT)
    entity.resolved = article.text[span[0] : span[1]]
    return entity


#: Rules whose source is named in passing, inside another subject's sentence.
_PASSING_RULES = frozenset({"passive_naming"})


#: Offices with one holder at a time: "the president" names a person as
#: surely as a name does ("the official", "the spokesman" do not).
SINGLE_HOLDER_OFFICES = frozenset(
    """
    president premier chancellor pope king queen emperor monarch sultan emir mayor
    governor secretary-general director-general attorney-general chairman
    chairwoman ceo taoiseach
    """.split()
)
#: Heads that name a single office only with a qualifier: "the defence
#: secretary", "the foreign minister", "the chief executive" (not "a
#: secretary", "the minister", "the executive").
_QUALIFIED_OFFICES = {"secretary": None, "minister": None, "executive": frozenset({"chief"})}
#: Modifiers that leave an office unqualified: "the deputy minister" is one of several.
_NOT_PORTFOLIOS = frozenset("former ex deputy junior senior assistant another other".split())


def _description_type(described: SourceDescription) -> str | None:
    """The type of a source known by a description that refers to no one
    named before: as written, except that "the president", "the foreign
    minister" (an office with one holder) identify a person, not an anonymous
    source."""
    if described.source_type == ANONYMOUS_PERSON and _holds_an_office(described):
        return NAMED_PERSON
    return described.source_type


def _holds_an_office(described: SourceDescription) -> bool:
    """A definite, singular description of an office with one holder (a
    possessive is definite too: "Kenya's president", "the club's chairman")."""
    if described.plural or described.count not in (None, 1):
        return False
    if not described.definite and not described.text.split(None, 1)[0].endswith(("'s", "’s")):
        return False
    head = described.head
    if head in SINGLE_HOLDER_OFFICES:
        return True
    if head in _QUALIFIED_OFFICES:
        needed = _QUALIFIED_OFFICES[head]
        if needed is None:
            return any(m not in _NOT_PORTFOLIOS and m not in _DETERMINER_WORDS for m in described.modifiers)
        return not needed.isdisjoint(described.modifiers)
    return False


#: Last words of places that stand for a body ("Downing Street", "Scotland
#: Yard"): named as sources, never what "the company" or "the agency" means.
_SEAT_WORDS = frozenset("street yard palace".split())

#: Lower-case nouns that stand for a person in focus ("the youngster said").
_EPITHET_NOUNS = frozenset(
    "youngster rookie newcomer debutant underdog favourite favorite challenger incumbent titleholder "
    "holder runner-up winner loser finalist".split()
)


def _person_back_reference(article: _Article, described: SourceDescription, position: int) -> Entity | None:
    """"the mayor" when a "Mayor Jane Roe" appears in the article; "the
    31-year-old", "the Frenchwoman": the person in focus. Nouns that name
    anonymous sources ("the official", "the source") never do this."""
    head = described.head
    if head in ANONYMOUS_SOURCE_NOUNS:
        return None
    for mention in list(article.pending_names()):
        if any(_norm_word(word) == head for word in mention.words):
            article.promote(mention)
    for entity in article.entities:
        article.read_context(entity)
    titled = [e for e in article.entities if e.source_type == NAMED_PERSON and head in e.words]
    if titled:
        before = [e for e in titled if e.first < position]
        return max(before, key=lambda e: e.any_pos) if before else min(titled, key=lambda e: e.first)
    if (head in PERSON_NOUNS or head in HONORIFICS or head in ROLE_WORDS) and not any(
        _EPITHET_RE.match(word) for word in described.modifiers
    ):
        # "the president" with no President So-and-so in the article stays a
        # description; "the 24-time champion", "the defending champion" is someone's epithet
        return None
    written = described.text.split()[-1] if described.text.split() else ""
    if (
        written[:1].islower() and "-" not in written and head not in _EPITHET_NOUNS
        and not any(_EPITHET_RE.match(word) for word in described.modifiers)
    ):
        # an unknown lower-case noun ("the factory", "the studio") is no epithet of a
        # person; demonyms ("the Dutchwoman") and ages ("the 31-year-old") are
        return None
    subject = _previous_subject(article, position, described.gender)
    if subject is not None and subject[1].kind == "named":
        # "Vandermeer was gracious in defeat. “...,” the Dutchwoman said": the
        # person the sentence before is about, before the most quoted one
        named = _subject_entity(article, *subject)
        if named is not None and (described.gender is None or named.gender in (None, described.gender)):
            return named
    people = [
        e for e in article.entities
        if e.source_type == NAMED_PERSON and not e.plural and e.salience >= 0 and e.first < position
        and (described.gender is None or e.gender in (None, described.gender))
    ]
    return max(people, key=lambda e: e.salience, default=None)


#: Prepositions that open a sentence with its setting before the subject.
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_POSSESSIVE_GENDER = {"his": "m", "her": "f"}
_FRONTED_OPENERS = frozenset(
    """
    in at on during after before earlier later speaking addressing back now today meanwhile asked
    since while when as despite with without for from under inside outside across throughout
    within once amid following upon over
    """.split()
)


def _previous_subject(
    article: _Article, position: int, gender: str | None, depth: int = 0
) -> tuple[int, SourceDescription] | None:
    """Where the previous sentence starts and the person the description
    opening it names ("The bank's governor has signalled caution. In a speech
    he said ..."): the subject of the sentence before is the likeliest
    antecedent of a pronoun, even when it was never quoted. A sentence whose
    subject is the same pronoun passes the question on to the one before it
    ("Swift did not say. Asked about it, she laughed. “...,” she said")."""
    text = article.text
    lo = max(article.start, position - 400)
    here = _sentence_start(text, lo, position)
    paragraph_start = text.rfind("\n", lo, position) + 1
    if paragraph_start and here > paragraph_start and text[paragraph_start : paragraph_start + 1] in ('"', "\u201c", "\u2018"):
        # "“A. B,” she said": the sentence of the pronoun opens with the quotation
        here = paragraph_start
        while here > lo and text[here - 1].isspace():
            here -= 1
    elif here > paragraph_start:
        # "Roe lost. ‘A. B,’ the Dutchwoman said": the sentence opens with the
        # quotation the sentence splitter cut inside
        opening = _open_quotation(text, paragraph_start, here)
        if opening is not None:
            here = opening
            while here > lo and text[here - 1].isspace():
                here -= 1
    bounds = _sentence_before(text, lo, here)
    if bounds is None:
        return None
    sentence_start, here = bounds
    # "In a speech on Saturday, the candidate laid out her plan."
    start = _past_fronted_phrase(text, sentence_start, here)
    words = text[start : min(here, start + 80)].split()
    paragraph = text[text.rfind("\n", lo, start) + 1 : start]
    if paragraph.count("\u201c") > paragraph.count("\u201d") or paragraph.count('"') % 2:
        return None  # a sentence inside a quotation is the speaker's, not the narrative's
    opener = words[0].lower() if words else ""
    if depth < 2 and gender is not None and (
        _PRONOUN_GENDER.get(opener) == gender
        or len(words) > 1 and not words[1].endswith(",") and _POSSESSIVE_GENDER.get(opener) == gender
    ):
        # ("His only road start ended badly": "his" is about who the sentence
        # before is; "Her neighbor, Fatima, nodded" names someone else)
        return _previous_subject(article, sentence_start, gender, depth + 1)
    if words and words[0].lower() in _INVERTED_SUBJECT_OPENERS:
        inverted = _inverted_subject(text, start, here, gender)
        if inverted is not None:
            return inverted
    if len(words) >= 2 and words[0][:1].isupper() and words[0].lower() not in _NOT_NAME_OPENERS:
        # "Stam dismissed the call. “...,” he said": a person named as the subject
        name: list[str] = []
        relative = False
        for index, word in enumerate(words[:4]):
            if not word[:1].isupper():
                break
            if word[-1:] in ",;:":
                # "Vandermeer, who had served for the match, was gracious": the
                # subject of the main clause, whose verb comes after the relative one
                # (or "Swift, 35, did not say": an age between the name and its verb,
                # or "Carter, asked about the loss, shrugged": a participial aside)
                # (or "Lisowski, a freshman making his fourth start, threw": an apposition)
                relative = word[-1] == "," and index + 1 < len(words) and (
                    words[index + 1].lower() in ("who", "whose", "a", "an", "the")
                    # ("Butt, when contacted, neither confirmed nor denied"): an aside of time
                    or words[index + 1].lower() in ("when", "while", "after", "before", "though", "although")
                    # ("Reimann, of the Free Democrats, rejected the criticism"): his party
                    or words[index + 1].lower() == "of"
                    or words[index + 1].rstrip(",").isdigit()
                    or words[index + 1].lower() in lx.ATTRIBUTION_FRAME_PARTICIPLES
                    # ("Whitaker, campaigning in South Florida, dismissed the poll")
                    or words[index + 1].endswith("ing") and words[index + 1].islower()
                )
                if relative:
                    name.append(word[:-1])
                break
            if word.endswith(("'s", "’s")) and gender is not None and index + 1 < len(words) and words[index + 1][:1].islower():
                # "Doyle's equaliser was his first goal ..., and he dedicated it":
                # the one whose thing the sentence is about
                name.append(word[:-2])
                relative = True
                break
            name.append(word)
        verb = words[len(name)].rstrip(".,;:!?").lower() if 0 < len(name) < len(words) else ""
        if name and (
            relative or verb.endswith("ed") or verb in lx.IRREGULAR_PAST or verb in lx.FINITE_VERB_HINTS
            or verb in lx.STRONG_REPORTING_VERBS
        ):
            described = describe_source(" ".join(name))
            if described.kind == "named" and described.source_type in (NAMED_PERSON, None):
                return start, described
        return None
    if len(words) >= 3 and (words[0].lower() == "the" or words[0].lower() in POSSESSIVE_DETERMINERS) and words[1].endswith(","):
        # "His neighbor, Fatima, nodded.": the name the description goes by
        comma = text.find(",", start)
        close = text.find(",", comma + 1, min(here, comma + 60))
        if close != -1:
            described = describe_source(text[start:close])
            if described.kind == "named" and described.source_type == NAMED_PERSON and (
                gender is None or described.gender in (None, gender)
            ):
                return start, described
    if len(words) < 2 or words[0].lower() != "the":
        return None  # an indefinite subject ("A reporter asked her ...") brings someone new, not the speaker
    subject = _opening_subject(words)
    if subject is None:
        return None
    described = describe_source(" ".join(subject))
    if (
        described.kind != "description" or described.source_type != ANONYMOUS_PERSON or described.plural
        or not (
            described.head in ROLE_WORDS or described.head in HONORIFICS or described.head in PERSON_NOUNS
            or _common_noun_type(described.head, None) == ANONYMOUS_PERSON
        )
        or (gender is not None and described.gender not in (None, gender))
    ):
        return None
    return start, described


#: Words opening a sentence whose subject comes after its verb ("Among the
#: dead was Jane Roe, 34", "Also on the stage were ...").
_INVERTED_SUBJECT_OPENERS = frozenset(("among", "also"))


def _inverted_subject(text: str, start: int, end: int, gender: str | None) -> tuple[int, SourceDescription] | None:
    """The person named after "was" in a sentence that puts its subject last
    ("Among those who lost their jobs was Sandra Bailey, 58, a gilder."): the
    one the article has just introduced, whom the next "she" is about."""
    verb = text.find(" was ", start, end)
    if verb == -1:
        return None
    name: list[str] = []
    for word in text[verb + 5 : min(end, verb + 85)].split()[:5]:
        bare = word.rstrip(",;:.")
        if not bare[:1].isupper():
            break
        name.append(bare)
        if bare != word:
            break
    if not name:
        return None
    described = describe_source(" ".join(name))
    if described.kind != "named" or described.source_type != NAMED_PERSON or (
        gender is not None and described.gender not in (None, gender)
    ):
        return None
    return verb + 5, described


def _opening_subject(words: list[str]) -> list[str] | None:
    """The words of the description opening a sentence ("The bank's governor
    has signalled ..."), up to its verb; None when no verb comes within seven
    words or an apposition follows it ("The governor, ...": read as a source
    elsewhere). A relative clause after a comma ends it ("The striker, who
    joined in the summer, has scored ...")."""
    subject: list[str] = []
    for index, word in enumerate(words[:7]):
        bare = word.rstrip(",;:")
        low = bare.lower()
        if subject and (
            low in lx.FINITE_VERB_HINTS or low in lx.STRONG_REPORTING_VERBS or low in lx.PRE_CUE_FILLERS or low in lx.IRREGULAR_PAST
            or (low.endswith("ly") and low not in lx.LY_NOUNS) or (low.endswith("ed") and bare[:1].islower())
        ):
            return subject
        subject.append(bare)
        if bare != word:
            if word.endswith(",") and index + 1 < len(words) and words[index + 1].lower() in ("who", "whose"):
                return subject
            return None
    return None


def _sentence_before(text: str, lo: int, here: int) -> tuple[int, int] | None:
    """(start, end) of the sentence before the one starting at ``here``, its
    start past white space; None if it does not start after ``lo``. A
    sentence opening its paragraph has the one ending the paragraph before."""
    while here > lo and text[here - 1].isspace():
        here -= 1
    if here <= lo:
        return None
    start = _sentence_start(text, lo, here - 1)
    while start < here and text[start].isspace():
        start += 1
    return start, here


def _past_fronted_phrase(text: str, start: int, end: int) -> int:
    """Where the subject of the sentence ``text[start:end]`` may start: past a
    fronted phrase and its comma ("In a speech on Saturday, the candidate ...")."""
    first = text[start : min(end, start + 30)].split(None, 1)[:1]
    if not first or first[0].lower() not in _FRONTED_OPENERS:
        return start
    comma = text.find(",", start, min(end, start + 120))
    if comma == -1:
        return start
    start = comma + 1
    while start < end and text[start].isspace():
        start += 1
    return start


#: Cues of an answer: its speaker is not the one who just asked.
_ANSWER_CUES = frozenset("replied replies answered answers responded responds".split())


def _asked_just_before(text: str, position: int, key: str) -> bool:
    """Did the one named by ``key`` (a name's last word, lower-cased) ask the
    question just before ``position`` ("“How many?” asked Sen. Roe.")?"""
    window = text[max(0, position - 300) : position]
    k = max(window.rfind(" asked "), window.rfind(" asks "))
    if k == -1:
        return False
    # (the asker is named within a few words of "asked", before the paragraph ends)
    line_end = window.find("\n", k)
    asking = window[max(0, k - 80) : min(k + 80, line_end if line_end != -1 else len(window))]
    return key in {w.strip(",.;:\u201c\u201d\"'") for w in asking.lower().split()}


def _previous_body_subject(article: _Article, position: int) -> tuple[int, Entity] | None:
    """Where the sentence before starts and the body its subject names, when
    that subject is a description of an organization ("The Eastern Republic's
    military command denied responsibility. In a post, it said ..."): the
    likeliest antecedent of "it", before a name inside the subject or a
    document quoted further back."""
    text = article.text
    lo = max(article.start, position - 400)
    bounds = _sentence_before(text, lo, _sentence_start(text, lo, position))
    if bounds is None:
        return None
    start = _past_fronted_phrase(text, *bounds)
    words = text[start : min(bounds[1], start + 100)].split()
    if not words or words[0].lower() != "the":
        return None
    subject = _opening_subject(words)
    if subject is None:
        return None
    described = describe_source(" ".join(subject))
    if described.source_type != ORGANIZATION or described.plural:
        return None
    entity = None
    if described.kind == "named":
        entity = article.match_name(described.name or described.text, start + 1)
    elif described.definite:
        entity = article.match_description(described, start + 1)
    if entity is None:
        entity = article.new_entity(described, start, ORGANIZATION)
    entity.touch(start, subject=True)
    return start, entity


_NOT_NAME_OPENERS = frozenset(
    "the a an in on at but and or if as while when after before since it he she they we i this that these those "
    "there here his her their its our my your however meanwhile also then still yet so what who how why where".split()
)


def _open_quotation(text: str, start: int, end: int) -> int | None:
    """Where the quotation still open at ``end`` opened, within ``text[start:end]``
    (one paragraph), or None. A ’ closes only where no letter follows it (else
    it is an apostrophe); straight marks are paired by their count."""
    if "\u201c" not in text[start:end] and "\u2018" not in text[start:end]:
        # straight marks open and close alike: an odd count leaves the last one open
        return text.rfind('"', start, end) if text.count('"', start, end) % 2 else None
    depth = 0
    opened = None
    for mark in _QUOTE_MARK_RE.finditer(text, start, end, timeout=REGEX_TIMEOUT):
        if mark.group() in "\u201c\u2018":
            if depth == 0:
                opened = mark.start()
            depth += 1
        else:
            depth = max(0, depth - 1)
    return opened if depth else None


_QUOTE_MARK_RE = regex.compile("[\u201c\u2018\u201d]|\u2019(?!\\p{L})")


def _reports(text: str, start: int, described: SourceDescription) -> bool:
    """Is the subject found by :func:`_previous_subject` the speaker of its
    sentence ("Mr. Roe said that Mr. Kessel had ...")? A pronoun after it
    goes on with the speaker, not with the people the speaker talked about."""
    end = start + len(described.text)
    after = text[end : end + 24].split(None, 1)
    return bool(after) and after[0].lower() in lx.STRONG_REPORTING_VERBS


def _subject_entity(article: _Article, start: int, described: SourceDescription) -> Entity | None:
    """The entity of a sentence subject found by :func:`_previous_subject`
    (an earlier mention of the same description, or a new one; for a name,
    the person it names, or None)."""
    if described.kind == "named":
        entity = article.match_name(described.name or described.text, start + 1)
        if entity is None and (described.source_type == NAMED_PERSON and described.modifiers or described.source_type is None and (
            " its " not in article.text[start : article.text.find(".", start, start + 200)]  # "Acme cut its forecast."
        )):
            # "His neighbor, Fatima, nodded.": a person the description introduces;
            # "Stam dismissed the call. “...,” he said": a lone name never written
            # before, a person (only "he", "she" and epithets ask for it)
            entity = article.new_entity(described, start, NAMED_PERSON)
        if entity is None or entity.source_type != NAMED_PERSON:
            return None
    else:
        entity = article.match_description(described, start + 1) if described.definite else None
    if entity is None:
        entity = article.new_entity(described, start, described.source_type)
    entity.touch(start, subject=True)
    return entity


#: Abbreviations only written before a name: a period after one ends no sentence.
_TITLE_ABBREVIATIONS = frozenset("mr mrs ms messrs dr prof gen lt col maj capt sgt cpl adm gov sen rep rev fr st hon".split())


def _title_stop(text: str, dot: int) -> bool:
    """Is the period at ``dot`` that of a title ("Mr.") or an initial ("R.")?"""
    before = text[max(0, dot - 8) : dot].rsplit(None, 1)
    word = before[-1].lstrip("\"“‘('") if before else ""
    return (len(word) == 1 and word.isupper()) or word.lower() in _TITLE_ABBREVIATIONS


def _sentence_start(text: str, lo: int, position: int) -> int:
    """Where the sentence holding ``position`` starts (``lo`` at the latest):
    after a line break or after a full stop, question or exclamation mark
    (and its closing quotation mark) followed by a space."""
    start = max(lo, text.rfind("\n", lo, position) + 1)
    # the last end of each length, without a loop (this runs per pronoun and
    # per candidate subject), in one slice (an ``rfind`` without bounds to
    # parse costs half as much); two ends cannot overlap, as each has its
    # only space last
    stretch = text[start:position]
    rfind = stretch.rfind
    k = max(rfind(". "), rfind("! "), rfind("? "))
    while k > 0 and stretch[k] == "." and _title_stop(stretch, k):
        # "Mr. Roe said that Mr. Kessel had ...": a title's period ends no sentence
        k = max(rfind(". ", 0, k), rfind("! ", 0, k), rfind("? ", 0, k))
    closed = max(
        rfind('." '), rfind('!" '), rfind('?" '),
        rfind(".\u201d "), rfind("!\u201d "), rfind("?\u201d "),
        rfind(".\u2019 "), rfind("!\u2019 "), rfind("?\u2019 "),
    )
    sentence_start = start
    if k != -1:
        sentence_start = max(sentence_start, start + k + 2)
    if closed != -1:
        sentence_start = max(sentence_start, start + closed + 3)
    return sentence_start


def _relative_antecedent(article: _Article, position: int) -> Entity | None:
    """"X, which said ..." / "X, who said ...": X is the noun phrase just before the comma."""
    before = article.text[max(article.start, position - 120) : position]
    match = (
        _OBJECT_ANTECEDENT_RE.search(before)
        or _RELATIVE_ANTECEDENT_RE.search(before)
        or _APPOSITIVE_ANTECEDENT_RE.search(before)
    )
    if not match:
        return None
    described = describe_source(match.group(1))
    if described.kind == "pronoun" or (described.source_type is None and described.kind != "named"):
        return None
    if article.text.startswith("who", position) and (
        described.source_type == DOCUMENT
        or described.kind == "description" and described.source_type != ORGANIZATION
        and described.head not in PERSON_NOUNS and _singular(described.head) not in PERSON_NOUNS
    ):
        # "Peter Onyango, 64, a fisherman from the shores of Lake Victoria, who said":
        # "who" is a person, the one the appositions describe
        person = _person_named_just_before(article, position)
        if person is not None:
            return person
    if described.kind == "named":
        entity = article.match_name(described.name, position)
        if entity is not None and not (
            # "the Intergovernmental Panel on Climate Change, which": not the
            # shorter "Climate Change" found inside it
            len(described.name) > len(entity.resolved) + 3 and described.name.endswith(entity.resolved)
        ):
            return entity
        source_type = described.source_type
        if source_type is None:
            # a lone name the description cannot type: "from Kessel, who said" is
            # a person, "from Republicans, who said" (a plural of a party or
            # nationality) and "from Acme, which said" are bodies
            plural_demonym = described.head.endswith("s") and described.head[:-1] in DEMONYMS
            who = article.text.startswith("who", position)
            source_type = NAMED_PERSON if who and not plural_demonym else ORGANIZATION
        return article.new_entity(described, position, source_type)
    if described.definite:
        entity = article.match_description(described, position)
        if entity is not None:
            return entity
    return article.new_entity(described, position, _description_type(described))


def _person_named_just_before(article: _Article, position: int) -> Entity | None:
    """The person named in the 150 characters before ``position``, latest first
    (an entity, or a name written in passing)."""
    people = [
        e for e in article._all_entities()
        if e.source_type == NAMED_PERSON and e.keys and 0 < position - e.any_pos <= 150
    ]
    if people:
        return max(people, key=lambda e: e.any_pos)
    for mention in islice(article.pending_names(position), 4):
        if position - mention.start > 150:
            break
        if describe_source(mention.text).source_type == NAMED_PERSON:
            return article.promote(mention)
    return None


#: "the company", "the bank": a body described earlier in the sentence of an "it".
_BODY_IN_SENTENCE_RE = regex.compile(
    r"(?<![\p{L}])the\s+(?:[\p{Ll}-]+\s+)?(?:company|firm|bank|group|carrier|airline|retailer|lender|insurer|"
    r"carmaker|automaker|drugmaker|utility|government|ministry|agency|council|union|club|team|charity)(?![\p{L}])"
)


def _body_earlier_in_sentence(article: _Article, position: int) -> tuple[int, Entity] | None:
    """The body described by a common noun earlier in the sentence of the "it"
    at ``position`` ("Shares of the company fell after it said"), as
    (position, entity), or None."""
    start = max(article.start, position - 160)
    stretch = article.text[start:position]
    stop = max(stretch.rfind(". "), stretch.rfind("\n"), stretch.rfind("? "), stretch.rfind("! "))
    found = None
    for found in _BODY_IN_SENTENCE_RE.finditer(stretch, stop + 1 if stop != -1 else 0, timeout=REGEX_TIMEOUT):
        pass
    if found is None:
        return None
    at = start + found.start()
    described = describe_source(found.group())
    entity = article.match_description(described, at) or article.new_entity(described, at, ORGANIZATION)
    return at, entity


#: Cues only a person is the subject of.
_PERSONAL_CUES = frozenset(
    "asked asks shouted yelled screamed whispered laughed sighed exclaimed muttered pleaded joked quipped "
    "recalled recalls wondered".split()
)
_FIRST_PERSON_RE = regex.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my)\b")


def _untitled_name_of_a_body(article: _Article, described: SourceDescription, claims: list) -> bool:
    """"Rio Tinto said its profit fell", "Acme Trust Fund, which runs ..., said":
    a name of two or more words with no title, no descriptor and no gender whose
    claim opens with "its", or followed by ", which", is a body (a person's claim
    would say "his" or "her", and a person is "who")."""
    if described.gender is not None or described.modifiers or not claims:
        return False
    # the claim is read first: few open with "its", and the name's titles
    # need a pass over its words
    first = claims[0].claim.text.split(None, 1)[:1]
    source = claims[0].source
    if not (first and first[0].lower() in ("its", "it’s") and claims[0].kind == "indirect") and not (
        source is not None and _WHICH_AFTER_NAME_RE.match(article.text, source.end - article.offset, timeout=REGEX_TIMEOUT)
    ):
        return False
    titles, _ = personal_name(_words(described.name or described.text))
    return not titles


def _after_the(described: SourceDescription, name: str, words: tuple[str, ...]) -> SourceDescription:
    """The reading of a name written after "the" ("with the White Helmets"):
    people are not called "the" (unless titled: "the Rev. Al Sharpton"), so a
    name read as a person's is a body's; the name itself stays as written."""
    if described.source_type not in (NAMED_PERSON, None):
        return described
    with_the = _describe_name_cached("the " + name, ("the", *words))
    return _as_body(described) if with_the.source_type == ORGANIZATION else described


def _as_body(described: SourceDescription) -> SourceDescription:
    """A copy of a reading of a name, as an organization (readings are cached and shared)."""
    body = copy.copy(described)
    body.source_type, body.count = ORGANIZATION, None
    return body


def _lone_name_type(article: _Article, described: SourceDescription, claims: list) -> str:
    """A single capitalized word nobody was introduced by: an outlet when the article
    cites it as one, a person when a personal pronoun follows it, else an organization."""
    name = _norm_word(described.name)
    if name in article.outlets:
        return DOCUMENT
    for claim in claims:
        if claim.cue is not None and _REPORT_CUE_RE.search(
            article.text[claim.cue.start - article.offset : claim.cue.end - article.offset], timeout=REGEX_TIMEOUT
        ):
            return DOCUMENT
    if described.gender is not None:
        return NAMED_PERSON
    for claim in claims:
        # bodies issue statements; people ask, shout, joke and say "I"
        if claim.cue is not None and claim.cue.text.lower() in _PERSONAL_CUES:
            return NAMED_PERSON
        # "Kessel, who has coached the team since 2019, said", "Kessel, 45, said"
        if claim.source is not None and _PERSON_AFTER_NAME_RE.match(
            article.text, claim.source.end - article.offset, timeout=REGEX_TIMEOUT
        ):
            return NAMED_PERSON
        if claim.kind == "direct" and _FIRST_PERSON_RE.search(claim.claim.text, timeout=REGEX_TIMEOUT):
            return NAMED_PERSON
        if claim.via is not None and claim.via.lower() in ("reporters", "journalists", "the press"):
            return NAMED_PERSON  # "“...,” Varga told reporters": a person at a microphone
    if claims and claims[0].source is not None:
        start = claims[0].source.start - article.offset
        if _FIRST_NAME_BEFORE_RE.search(article.text, max(article.start, start - 40), start, timeout=REGEX_TIMEOUT):
            return NAMED_PERSON  # "who gave only her first name, Maria,"
        position = claims[0].source.end - article.offset
        window = article.text[position : min(article.end, position + 160)]
        # the pronoun must speak of the name: in its paragraph, or opening the next
        # one; "its" first ("Acme said its profit ...") says a body
        paragraph = window.find("\n")
        if paragraph != -1 and not _GENDERED_OPENING_RE.match(window, paragraph):
            window = window[:paragraph]
        match = _LONE_NAME_PRONOUN_RE.search(window)
        if match is not None and match.group(1):
            return NAMED_PERSON
    return ORGANIZATION


# The subject of a sentence that only states anonymity ("They asked not to be named ...").
_STATEMENT_SUBJECT_RE = regex.compile(
    r"\s*([^,]{1,80}?)\s*(?:,|\b(?:who|spoke|speaking|asked|requested|declined|had|have|has|did|would|"
    r"were|was|insisted|agreed|talked)\b)"
)


def _apply_reasons(article: _Article, statements: list[AnonymityStatement], span_entity: dict) -> None:
    """Attach each anonymity statement to the source of its sentence."""
    if not statements:
        return
    keys = sorted(span_entity)
    for statement in statements:
        if statement.article_wide or statement.reason is None:
            continue
        in_sentence = [k for k in keys if statement.sentence_start <= k[0] < statement.sentence_end]
        before = [k for k in in_sentence if k[0] <= statement.start]
        after = [k for k in in_sentence if k[0] > statement.start]
        target: Entity | None = None
        if before:
            target = span_entity[before[-1]][1]
        elif after:
            target = span_entity[after[0]][1]
        else:
            lead = article.text[statement.sentence_start : statement.end]
            subject = _STATEMENT_SUBJECT_RE.match(lead, timeout=REGEX_TIMEOUT)
            if subject and _norm_word(subject.group(1)) in ("both", "all", "each", "all of them", "both of them"):
                # "Both requested anonymity, citing ...": the group they make up
                target = article.latest_group(statement.start)
            elif subject:
                described = describe_source(subject.group(1))
                if described.kind == "pronoun":
                    target = article.match_pronoun(described, statement.start)
                elif described.kind == "description":
                    target = article.match_description(described, statement.start)
                elif described.kind == "named":
                    target = article.match_name(described.name, statement.start + 1)
        if target is not None and target.reason is None:
            target.reason = statement.reason


def _fill(
    claim, described: SourceDescription, entity: Entity | None, article_reason: str | None, source_text: str
) -> None:
    if described.kind == "pronoun":
        claim.source_type = PRONOUN
        if entity is None:
            claim.source_resolved = claim.source_resolved or described.text or source_text
            claim.anonymous = False
            claim.source_count = described.count if described.head != "it" else None
            return
    else:
        claim.source_type = (entity.source_type if entity is not None else None) or described.source_type
    if entity is None:
        claim.source_resolved = claim.source_resolved or described.text or source_text
        claim.anonymous = described.anonymous
        claim.source_count = described.count
        return
    claim.source_resolved = entity.resolved
    claim.anonymous = entity.anonymous
    claim.source_count = entity.count if entity.source_type in PERSON_TYPES else None
    if entity.source_type == NAMED_PERSON and not entity.plural:
        claim.source_count = 1
    if entity.anonymous:
        claim.anonymity_reason = entity.inherited_reason() or article_reason
