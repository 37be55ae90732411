"""Score extracted claims against annotated (gold) documents.

Pure functions over plain dicts: no Click, no SQLite. The definitions follow the
shared gold format and scorer (``shared/eval/README.md``, ``score.py``) so that
figures printed by ``provenance eval`` are the figures anyone else gets with the
reference scorer on the same files; ``tests/test_evaluate_agreement.py`` checks
that they agree.

Gold documents: ``{"doc_id", "text", "quotes": [{"quote": [s, e], "kind",
"speaker": [s, e] | null, "speaker_text", "speaker_aliases"?, "cue"?,
"source_type"?, "anonymous"?, "via"?, "cue_is_speech"?}]}``.

System documents: ``{"doc_id", "claims": [Claim.to_dict(), ...]}`` (what
``provenance extract --format jsonl`` writes) or the older
``{"doc_id", "quotes": [{"quote", "speaker", "speaker_text", "kind"?}]}``.

Metrics, micro-averaged over all claims of all gold documents:

``claim_exact``
    claim spans equal once both are trimmed of whitespace, quotation marks and
    punctuation.
``claim_overlap``
    trimmed spans share at least ``threshold`` (0.5) of their union
    (character Jaccard); one-to-one, best overlap first.
``pair_exact`` / ``pair_overlap``
    the claim matches (exact / overlap) *and* its source is right (see
    :func:`source_correct`).
``cue_exact`` / ``cue_overlap``
    the claim matches (overlap) and the cue span equals (after trimming) /
    shares a character with the gold cue, or both have none.
``source_resolved``
    the claim matches (overlap) and the system's resolved source (else its
    mention) has the head word of the gold ``speaker_resolved`` or an alias.
``source_type``, ``anonymous``, ``source_count``, ``via``
    the claim matches (overlap) and the attribute equals the gold value (outlet
    names loosely: see :func:`_same_outlet`).

Every metric reports P = TP / system claims and R = TP / gold claims, so a
claim that is never found costs recall on every line. The cue and attribute
lines also give ``acc``: TP over the claims that were found, i.e. how often
the attribute is right when the claim itself is. A cue or attribute metric is
only computed when the gold has that field; gold claims without it are left
out of that metric, as are the system claims matched to them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

KINDS = ("direct", "indirect", "mixed")

CLAIM_METRICS = ("claim_exact", "claim_overlap", "pair_exact", "pair_overlap")
FIELD_METRICS = (
    "cue_exact",
    "cue_overlap",
    "source_resolved",
    "source_type",
    "anonymous",
    "source_count",
    "via",
)
METRICS = CLAIM_METRICS + FIELD_METRICS

#: Gold field that must be present for a metric to be scored on a claim.
METRIC_GOLD_FIELD = {
    "cue_exact": "cue",
    "cue_overlap": "cue",
    "source_resolved": "speaker_resolved",
    "source_type": "source_type",
    "anonymous": "anonymous",
    "source_count": "source_count",
    "via": "via",
}

QUOTATION_MARKS = "\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201f\u2039\u203a\u2032\u2033"
#: Characters trimmed off both ends of a span before comparing: a claim is the
#: same claim whether or not the annotator kept its quotation marks or final comma.
TRIMMED = frozenset(
    QUOTATION_MARKS + " \t\r\n\u00a0.,;:!?-\u2013\u2014\u2026()[]{}*"
)

PRONOUNS = frozenset(
    "he she they we i it you him her them us me his hers their theirs our ours "
    "my mine your himself herself themselves ourselves myself itself".split()
)
#: Words after which a source mention stops naming its head: "sources *with*
#: knowledge of ...", "an official *who* ...", "people *familiar* with ...".
POST_MODIFIERS = frozenset(
    "of with for in at from on who whom whose that which familiar close to by "
    "about according under over among between including like as and or "
    "speaking briefed involved knowledgeable".split()
)
#: Heads that are a quantity or part: "one *of* the sources" is headed by "sources".
PARTITIVES = frozenset(
    "one two three four five six seven eight nine ten some many most several few "
    "all none each any both either neither half majority number group handful "
    "dozen dozens hundreds thousands millions one-third third quarter member "
    "members part rest percent".split()
)
#: Where a source mention's head phrase ends: an apposition or title after a
#: comma or dash ("Jane Roe, a spokeswoman" -> "Jane Roe").
HEAD_PHRASE_ENDS = (",", " \u2014", "\u2014 ", " \u2013 ", " -- ", ";", ":")

WORD = re.compile(r"[^\W_](?:[\w.'\u2019&-]*[^\W_])?")
PARENTHETICAL = re.compile(r"\([^)]*\)")


# ---------------------------------------------------------------------------
# loading


class GoldFormatError(ValueError):
    """A gold or system file line that cannot be scored."""


@dataclass
class Corpus:
    """Documents read from a JSON Lines file, plus the lines that were skipped."""

    docs: dict[str, dict] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def read_jsonl(path: str | Path, require_text: bool) -> Corpus:
    """Read gold (``require_text``) or system documents keyed by ``doc_id``.

    A bad line is recorded in ``problems`` as a one-line message naming the
    file and line, and skipped: one broken document must not hide the score of
    the others.
    """
    corpus = Corpus()
    with open(path, "rb") as handle:
        for lineno, raw in enumerate(handle, 1):
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
                if not line.strip():
                    continue
                doc = _parse_line(line, require_text)
                if doc["doc_id"] in corpus.docs:
                    raise GoldFormatError(f"duplicate doc_id {doc['doc_id']!r}")
            except UnicodeDecodeError:
                corpus.problems.append(f"{path}:{lineno}: not UTF-8 text")
                continue
            except (GoldFormatError, json.JSONDecodeError) as error:
                corpus.problems.append(f"{path}:{lineno}: {error}")
                continue
            corpus.docs[doc["doc_id"]] = doc
    return corpus


def _parse_line(line: str, require_text: bool) -> dict:
    doc = json.loads(line)
    if not isinstance(doc, dict) or not isinstance(doc.get("doc_id"), (str, int)):
        raise GoldFormatError("no doc_id (a string or number)")
    if require_text:
        if not isinstance(doc.get("text"), str):
            raise GoldFormatError(f"doc {doc['doc_id']!r} has no text")
        quotes = doc.get("quotes") or []
        if not isinstance(quotes, list):
            raise GoldFormatError(f"doc {doc['doc_id']!r}: quotes is not a list")
        for number, quote in enumerate(quotes):
            if not isinstance(quote, dict) or not _is_span(quote.get("quote"), len(doc["text"])):
                raise GoldFormatError(f"doc {doc['doc_id']!r} quote {number} has no valid quote span")
        doc["quotes"] = quotes
    else:
        doc["claims"] = system_claims(doc)
    return doc


def system_claims(doc: dict) -> list[dict]:
    """The claims of a system document in the claim vocabulary, whichever shape it has.

    Entries that are not objects become claims without a span, which scoring
    counts as bad spans.
    """
    if "claims" in doc:
        claims = doc["claims"] if isinstance(doc["claims"], list) else []
        return [claim if isinstance(claim, dict) else {"claim": None} for claim in claims]
    quotes = doc.get("quotes") if isinstance(doc.get("quotes"), list) else []
    return [
        {
            "claim": quote.get("quote"),
            "source": quote.get("speaker"),
            "source_text": quote.get("speaker_text"),
            "kind": quote.get("kind"),
        }
        if isinstance(quote, dict)
        else {"claim": None}
        for quote in quotes
    ]


def extract_system(gold_docs: dict[str, dict], on_error: Callable[[str], None] | None = None) -> dict[str, dict]:
    """Run the extractor over every gold text: ``doc_id -> {"doc_id", "claims"}``.

    A document on which the extractor raises is reported through ``on_error``
    and scored as having no claims.
    """
    from .extract import extract_document

    system = {}
    for doc_id, doc in gold_docs.items():
        try:
            claims = [claim.to_dict() for _, found in extract_document(doc["text"]) for claim in found]
        except Exception as error:  # noqa: BLE001 - one bad document must not stop the evaluation
            if on_error:
                on_error(f"{doc_id}: extractor failed: {type(error).__name__}: {error}")
            claims = []
        system[doc_id] = {"doc_id": doc_id, "claims": claims}
    return system


# ---------------------------------------------------------------------------
# spans and kinds


def _is_span(value, length: int) -> bool:
    return (
        isinstance(value, (list, tuple))
        and len(value) == 2
        and all(isinstance(v, int) for v in value)
        and 0 <= value[0] <= value[1] <= length
    )


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past surrounding whitespace, quotation marks and punctuation."""
    start, end = max(start, 0), min(end, len(text))
    while start < end and text[start] in TRIMMED:
        start += 1
    while end > start and text[end - 1] in TRIMMED:
        end -= 1
    return start, end


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Characters shared by two spans over the characters in either."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    if shared <= 0:
        return 0.0
    either = (a[1] - a[0]) + (b[1] - b[0]) - shared
    return shared / either


def match_spans(
    gold: list[tuple[int, int]], system: list[tuple[int, int]], exact: bool, threshold: float = 0.5
) -> dict[int, int]:
    """Pair system spans with gold spans one-to-one: ``system index -> gold index``.

    Greedy, best pair first (ties: earlier gold, then earlier system span), so a
    duplicate system claim is a false positive rather than a second hit.
    """
    candidates = []
    for g, gold_span in enumerate(gold):
        for s, system_span in enumerate(system):
            if exact:
                if gold_span == system_span:
                    candidates.append((1.0, g, s))
            else:
                overlap = jaccard(gold_span, system_span)
                if overlap > 0 and overlap >= threshold:
                    candidates.append((overlap, g, s))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    pairs: dict[int, int] = {}
    taken_gold: set[int] = set()
    for _, g, s in candidates:
        if g not in taken_gold and s not in pairs:
            pairs[s] = g
            taken_gold.add(g)
    return pairs


def quotation_flags(text: str) -> bytearray:
    """1 for each character inside double quotation marks (the marks included).

    Paragraph by paragraph: an opening mark left open runs to the end of its
    paragraph, the newspaper convention for quotes that go on for several
    paragraphs. Curly marks open and close; straight marks toggle.
    """
    flags = bytearray(len(text))
    inside = False
    for i, char in enumerate(text):
        if char == "\n":
            inside = False
        elif char in "\u201c\u201e":
            inside = True
            flags[i] = 1
        elif char == "\u201d":
            inside = False
            flags[i] = 1
        elif char == '"':
            inside = not inside
            flags[i] = 1
        elif inside:
            flags[i] = 1
    return flags


def kind_of_span(text: str, start: int, end: int, flags: bytearray | None = None) -> str:
    """``direct`` when (nearly) every letter and digit of the span is quoted,
    ``indirect`` when none is, ``mixed`` in between."""
    flags = quotation_flags(text) if flags is None else flags
    letters = [flags[i] for i in range(max(start, 0), min(end, len(text))) if text[i].isalnum()]
    quoted = sum(letters)
    if not quoted:
        return "indirect"
    return "direct" if quoted >= 0.95 * len(letters) else "mixed"


# ---------------------------------------------------------------------------
# sources


def _normal_word(word: str) -> str:
    word = word.lower().replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    return word.strip(".'-")


def head_word(mention: str | None) -> tuple[str, int, int] | None:
    """The head word of a source mention and its offsets in ``mention``.

    "Sen. Jane Roe, D-Ore." -> "roe"; "two officials familiar with the talks"
    -> "officials"; "one of the analysts" -> "analysts"; "Mr. Doe's" -> "doe".
    Parentheticals are ignored, the head phrase ends at a comma or dash, and
    the head is the last word before a post-modifier.
    """
    if not mention:
        return None
    blanked = PARENTHETICAL.sub(lambda m: " " * len(m.group()), mention)
    phrase_end = len(blanked)
    for separator in HEAD_PHRASE_ENDS:
        position = blanked.find(separator)
        if position > 0:
            phrase_end = min(phrase_end, position)
    words = list(WORD.finditer(blanked[:phrase_end])) or list(WORD.finditer(blanked))
    if not words:
        return None
    head = None
    for word in words:
        normal = _normal_word(word.group())
        if head is not None and normal in POST_MODIFIERS:
            if normal == "of" and _normal_word(head.group()) in PARTITIVES:
                head = None
                continue
            break
        head = word
    head = head or words[-1]
    return _normal_word(head.group()), head.start(), head.end()


def _mention(span, written, text: str, blank_uses_span: bool = True) -> str | None:
    """The mention as written, from its text or else its span; None when blank.

    A gold ``speaker_text`` that is present but blank means "no speaker" even
    when a span is given (``blank_uses_span=False``); a system's blank
    ``source_text`` just means the system gave the span only.
    """
    if span and (written is None or (blank_uses_span and not str(written).strip())):
        written = text[span[0] : span[1]]
    if written is None or not str(written).strip():
        return None
    return str(written)


def source_correct(gold: dict, system: dict, text: str, pronoun_any: bool = False) -> bool:
    """Is the system's source for a matched claim the gold speaker?

    Right when both have none; or the system source span overlaps the gold
    speaker's head word; or the head words are equal ("Jane Roe" ~ "Roe",
    "two sources with knowledge" ~ "the sources"); or the system head equals
    the head of one of the gold ``speaker_aliases`` (a pronoun resolved to a
    name). With ``pronoun_any`` a gold bare pronoun accepts any source.
    """
    gold_span = gold.get("speaker")
    gold_mention = _mention(gold_span, gold.get("speaker_text"), text, blank_uses_span=False)
    system_span = system.get("source")
    if not _is_span(system_span, len(text)):
        system_span = None
    system_mention = _mention(system_span, system.get("source_text"), text)
    if gold_mention is None or system_mention is None:
        return gold_mention is None and system_mention is None
    gold_head = head_word(gold_mention)
    if gold_head is None:
        return False
    if pronoun_any and gold_head[0] in PRONOUNS and len(WORD.findall(gold_mention)) == 1:
        return True
    if system_span and gold_span:
        if text[gold_span[0] : gold_span[1]] == gold_mention:
            head_span = (gold_span[0] + gold_head[1], gold_span[0] + gold_head[2])
        else:
            head_span = (gold_span[0], gold_span[1])
        if min(system_span[1], head_span[1]) > max(system_span[0], head_span[0]):
            return True
    system_head = head_word(system_mention)
    if system_head is None:
        return False
    heads = {gold_head[0]}
    heads.update(h[0] for h in map(head_word, gold.get("speaker_aliases") or []) if h)
    return system_head[0] in heads


# ---------------------------------------------------------------------------
# cue and attributes


def _cue_right(gold: dict, system: dict, text: str, exact: bool) -> bool:
    gold_cue, system_cue = gold.get("cue"), system.get("cue")
    if not _is_span(system_cue, len(text)):
        system_cue = None
    if not gold_cue or not system_cue:
        return not gold_cue and not system_cue
    if exact:
        return trim(text, *gold_cue) == trim(text, *system_cue)
    return min(gold_cue[1], system_cue[1]) > max(gold_cue[0], system_cue[0])


def _outlet(name) -> str | None:
    if name is None:
        return None
    name = re.sub(r"[^\w&]+", " ", str(name).casefold()).strip()
    name = re.sub(r"^the ", "", name)
    return name or None


def _same_outlet(gold, system) -> bool:
    """Outlets compared loosely: case, punctuation and a leading "the" do not count,
    and one name may hold the other as whole words ("Kestrel" ~ "Kestrel news agency")."""
    gold, system = _outlet(gold), _outlet(system)
    if gold is None or system is None:
        return gold is system
    return f" {gold} " in f" {system} " or f" {system} " in f" {gold} "


def _same_resolved(gold: dict, system: dict) -> bool:
    """The resolved source names the gold's resolved speaker: equal head words, the
    gold aliases counting too. A system without a resolved name stands by its mention."""
    resolved = system.get("source_resolved") or system.get("source_text")
    if not gold.get("speaker_resolved") or not resolved:
        return not gold.get("speaker_resolved") and not resolved
    system_head = head_word(str(resolved))
    heads = {h[0] for h in map(head_word, [gold["speaker_resolved"], *(gold.get("speaker_aliases") or [])]) if h}
    return system_head is not None and system_head[0] in heads


FIELD_CHECKS: dict[str, Callable[[dict, dict, str], bool]] = {
    "cue_exact": lambda g, s, text: _cue_right(g, s, text, exact=True),
    "cue_overlap": lambda g, s, text: _cue_right(g, s, text, exact=False),
    "source_resolved": lambda g, s, text: _same_resolved(g, s),
    "source_type": lambda g, s, text: g.get("source_type") == s.get("source_type"),
    "anonymous": lambda g, s, text: bool(g.get("anonymous")) == bool(s.get("anonymous")),
    "source_count": lambda g, s, text: g.get("source_count") == s.get("source_count"),
    "via": lambda g, s, text: _same_outlet(g.get("via"), s.get("via")),
}


# ---------------------------------------------------------------------------
# scoring


@dataclass
class Count:
    """True positives, system claims and gold claims of one metric; plus the
    number of matched claims the metric was checked on (for ``acc``)."""

    tp: int = 0
    n_sys: int = 0
    n_gold: int = 0
    n_matched: int = 0

    def as_dict(self, with_accuracy: bool) -> dict:
        precision = self.tp / self.n_sys if self.n_sys else 0.0
        recall = self.tp / self.n_gold if self.n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result = {
            "p": round(precision, 4),
            "r": round(recall, 4),
            "f1": round(f1, 4),
            "tp": self.tp,
            "n_sys": self.n_sys,
            "n_gold": self.n_gold,
        }
        if with_accuracy:
            result["acc"] = round(self.tp / self.n_matched, 4) if self.n_matched else None
        return result


@dataclass
class DocAlignment:
    """How one document's system claims line up with its gold claims."""

    doc_id: str
    text: str
    gold: list[dict]
    system: list[dict]
    exact: dict[int, int]
    overlap: dict[int, int]
    kept_gold: list[bool]
    kept_system: list[bool]
    bad_spans: int


def align(
    gold_doc: dict,
    system_doc: dict | None,
    kind: str = "all",
    threshold: float = 0.5,
    speech_only: bool = False,
) -> DocAlignment:
    """Match one document's claims and decide which count under ``kind``.

    Gold claims count by their gold kind. A system claim matched to a gold
    claim counts when that gold claim does; an unmatched one by its own kind
    (or, when it gives none, the kind its quotation marks imply). With
    ``speech_only``, gold claims marked ``"cue_is_speech": false`` are optional.
    """
    text = gold_doc["text"]
    gold = gold_doc.get("quotes") or []
    system, bad_spans = [], 0
    for claim in system_claims(system_doc) if system_doc else []:
        if _is_span(claim.get("claim"), len(text)):
            system.append(claim)
        else:
            bad_spans += 1
    gold_spans = [trim(text, *q["quote"]) for q in gold]
    system_spans = [trim(text, *c["claim"]) for c in system]
    overlap = match_spans(gold_spans, system_spans, exact=False, threshold=threshold)
    exact = match_spans(gold_spans, system_spans, exact=True)

    kept_gold = [
        not (speech_only and q.get("cue_is_speech") is False) and kind in ("all", q.get("kind"))
        for q in gold
    ]
    flags = None
    kept_system = []
    for s, claim in enumerate(system):
        if s in overlap:
            kept_system.append(kept_gold[overlap[s]])
        elif kind == "all":
            kept_system.append(True)
        else:
            own_kind = claim.get("kind")
            if own_kind not in KINDS:
                flags = quotation_flags(text) if flags is None else flags
                own_kind = kind_of_span(text, *claim["claim"], flags=flags)
            kept_system.append(own_kind == kind)
    return DocAlignment(
        gold_doc["doc_id"], text, gold, system, exact, overlap, kept_gold, kept_system, bad_spans
    )


def _annotated_fields(gold_docs: dict[str, dict]) -> set[str]:
    present = set()
    for doc in gold_docs.values():
        for quote in doc.get("quotes") or []:
            present.update(quote)
    return present


def score(
    gold_docs: dict[str, dict],
    system_docs: dict[str, dict],
    kind: str = "all",
    threshold: float = 0.5,
    pronoun_any: bool = False,
    speech_only: bool = False,
) -> dict:
    """P/R/F1 of every metric for one ``kind`` (``all`` or one of KINDS).

    Returns ``{metric: {"p", "r", "f1", "tp", "n_sys", "n_gold", "acc"?}}``
    plus ``kind``, ``n_docs`` and counts of what could not be scored. Metrics
    whose gold field is never annotated are absent.
    """
    annotated = _annotated_fields(gold_docs)
    field_metrics = [m for m in FIELD_METRICS if METRIC_GOLD_FIELD[m] in annotated]
    counts = {m: Count() for m in CLAIM_METRICS + tuple(field_metrics)}
    notes = {
        "system_docs_not_in_gold": sum(1 for d in system_docs if d not in gold_docs),
        "gold_docs_missing_in_system": 0,
        "system_claims_with_bad_span": 0,
    }
    for doc_id in sorted(gold_docs):
        if doc_id not in system_docs:
            notes["gold_docs_missing_in_system"] += 1
        doc = align(gold_docs[doc_id], system_docs.get(doc_id), kind, threshold, speech_only)
        notes["system_claims_with_bad_span"] += doc.bad_spans
        n_gold = sum(doc.kept_gold)
        n_sys = sum(doc.kept_system)
        for name in CLAIM_METRICS:
            counts[name].n_gold += n_gold
            counts[name].n_sys += n_sys
        for matching, claim_metric, pair_metric in (
            (doc.exact, "claim_exact", "pair_exact"),
            (doc.overlap, "claim_overlap", "pair_overlap"),
        ):
            for s, g in matching.items():
                if doc.kept_gold[g] and doc.kept_system[s]:
                    counts[claim_metric].tp += 1
                    if source_correct(doc.gold[g], doc.system[s], doc.text, pronoun_any):
                        counts[pair_metric].tp += 1
        for name in field_metrics:
            _count_field(counts[name], name, doc)
    result = {
        name: count.as_dict(with_accuracy=name in FIELD_METRICS) for name, count in counts.items()
    }
    result.update(kind=kind, threshold=threshold, pronoun_any=pronoun_any, speech_only=speech_only)
    result["n_docs"] = len(gold_docs)
    result.update(notes)
    return result


def _count_field(count: Count, metric: str, doc: DocAlignment) -> None:
    """Tally one cue/attribute metric: gold claims lacking the field do not count,
    nor do the system claims matched to them."""
    gold_field = METRIC_GOLD_FIELD[metric]
    check = FIELD_CHECKS[metric]
    annotated = [doc.kept_gold[g] and gold_field in q for g, q in enumerate(doc.gold)]
    count.n_gold += sum(annotated)
    for s in range(len(doc.system)):
        if not doc.kept_system[s]:
            continue
        g = doc.overlap.get(s)
        if g is None:
            count.n_sys += 1
        elif annotated[g]:
            count.n_sys += 1
            count.n_matched += 1
            count.tp += check(doc.gold[g], doc.system[s], doc.text)


def evaluate(
    gold_docs: dict[str, dict],
    system_docs: dict[str, dict],
    kinds: Iterable[str] = ("all",) + KINDS,
    **options,
) -> dict:
    """Scores for several kinds at once: ``{"overall"?: ..., "by_kind": {kind: ...}}``."""
    result: dict = {"by_kind": {}}
    for kind in kinds:
        scores = score(gold_docs, system_docs, kind=kind, **options)
        if kind == "all":
            result["overall"] = scores
        else:
            result["by_kind"][kind] = scores
    return result


def evaluate_files(
    gold_path: str | Path,
    system_path: str | Path | None = None,
    kind: str = "all",
    errors: bool = False,
    on_problem: Callable[[str], None] | None = None,
    **options,
) -> dict:
    """Score a system file, or the extractor when ``system_path`` is None, on a gold file.

    ``kind="all"`` scores all kinds together and each kind apart; one kind scores
    only that kind. Unreadable lines and extractor failures go to ``on_problem``
    and the rest is scored. The result is :func:`evaluate`'s, plus ``gold``,
    ``system`` (path or ``"provenance <version>"``), ``problems`` (the count
    of lines skipped and documents the extractor failed on), and ``errors`` if asked.
    """
    from .extract import EXTRACTOR_VERSION

    problems: list[str] = []

    def report(message: str) -> None:
        problems.append(message)
        if on_problem:
            on_problem(message)

    gold = read_jsonl(gold_path, require_text=True)
    for problem in gold.problems:
        report(problem)
    if system_path is None:
        system_docs = extract_system(gold.docs, on_error=report)
        system_name = f"provenance extractor {EXTRACTOR_VERSION}"
    else:
        system = read_jsonl(system_path, require_text=False)
        for problem in system.problems:
            report(problem)
        system_docs = system.docs
        system_name = str(system_path)
    kinds = ("all",) + KINDS if kind == "all" else (kind,)
    result = evaluate(gold.docs, system_docs, kinds=kinds, **options)
    result.update(gold=str(gold_path), system=system_name, problems=len(problems))
    if errors:
        result["errors"] = list_errors(gold.docs, system_docs, kind=kind, **options)
    return result


def format_report(result: dict) -> str:
    """The human-readable report of :func:`evaluate_files`: F1 overview, detailed table(s)."""
    overall = result.get("overall") or next(iter(result["by_kind"].values()))
    lines = [
        f"{result['gold']}: {overall['n_docs']} documents, "
        f"{overall['claim_overlap']['n_gold']} gold claims, "
        f"{overall['claim_overlap']['n_sys']} system claims ({result['system']})",
        "",
    ]
    if "overall" in result:
        lines += [format_overview(result), "", "all kinds"]
    else:
        lines.append(f"kind {overall['kind']}")
    lines.append(format_table(overall))
    for note in ("system_docs_not_in_gold", "gold_docs_missing_in_system", "system_claims_with_bad_span"):
        if overall.get(note):
            lines.append(f"note: {note.replace('_', ' ')}: {overall[note]}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# errors


def _context(text: str, start: int, end: int, width: int) -> str:
    """The claim in its surroundings, on one line, the claim between ⟦ ⟧."""
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    marked = before + "\u27e6" + text[start:end] + "\u27e7" + after
    return ("\u2026" if start > width else "") + _one_line(marked) + ("\u2026" if end + width < len(text) else "")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def list_errors(
    gold_docs: dict[str, dict],
    system_docs: dict[str, dict],
    kind: str = "all",
    threshold: float = 0.5,
    pronoun_any: bool = False,
    speech_only: bool = False,
    width: int = 60,
) -> list[dict]:
    """Missed gold claims, spurious system claims and found claims with the wrong source.

    Each error: ``{"doc_id", "error": "missed" | "spurious" | "wrong_source",
    "claim": [s, e], "kind", "gold_source", "system_source", "context"}``, in
    document order. Matching is the overlap rule of ``claim_overlap``.
    """
    errors = []
    for doc_id in sorted(gold_docs):
        doc = align(gold_docs[doc_id], system_docs.get(doc_id), kind, threshold, speech_only)
        matched_gold = {g: s for s, g in doc.overlap.items()}
        found = []
        for g, quote in enumerate(doc.gold):
            if not doc.kept_gold[g]:
                continue
            gold_source = _mention(
                quote.get("speaker"), quote.get("speaker_text"), doc.text, blank_uses_span=False
            )
            s = matched_gold.get(g)
            if s is None:
                found.append(("missed", quote["quote"], quote.get("kind"), gold_source, None))
                continue
            claim = doc.system[s]
            if not source_correct(quote, claim, doc.text, pronoun_any):
                system_source = _mention(claim.get("source"), claim.get("source_text"), doc.text)
                found.append(("wrong_source", quote["quote"], quote.get("kind"), gold_source, system_source))
        for s, claim in enumerate(doc.system):
            if doc.kept_system[s] and s not in doc.overlap:
                system_source = _mention(claim.get("source"), claim.get("source_text"), doc.text)
                found.append(("spurious", claim["claim"], claim.get("kind"), None, system_source))
        for error, span, claim_kind, gold_source, system_source in sorted(found, key=lambda e: e[1][0]):
            errors.append(
                {
                    "doc_id": doc_id,
                    "error": error,
                    "claim": list(span),
                    "kind": claim_kind,
                    "gold_source": gold_source,
                    "system_source": system_source,
                    "context": _context(doc.text, span[0], span[1], width),
                }
            )
    return errors


# ---------------------------------------------------------------------------
# presentation

METRIC_LABELS = {
    "claim_exact": "claim exact",
    "claim_overlap": "claim overlap",
    "pair_exact": "claim+source exact",
    "pair_overlap": "claim+source overlap",
    "cue_exact": "cue exact",
    "cue_overlap": "cue overlap",
    "source_resolved": "resolved source",
    "source_type": "source type",
    "anonymous": "anonymous",
    "source_count": "source count",
    "via": "via outlet",
}


def format_table(scores: dict) -> str:
    """One kind's metrics as a fixed-width table."""
    lines = [
        f"{'metric':<21} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'sys':>5} {'gold':>5} {'acc':>6}"
    ]
    for metric in METRICS:
        if metric not in scores:
            continue
        row = scores[metric]
        accuracy = row.get("acc")
        lines.append(
            f"{METRIC_LABELS[metric]:<21} {row['p']:>6.3f} {row['r']:>6.3f} {row['f1']:>6.3f} "
            f"{row['tp']:>5} {row['n_sys']:>5} {row['n_gold']:>5} "
            + (f"{accuracy:>6.3f}" if accuracy is not None else "")
        )
    return "\n".join(line.rstrip() for line in lines)


OVERVIEW_F1 = {
    "claim_exact": "claim=",
    "claim_overlap": "claim~",
    "pair_exact": "pair=",
    "pair_overlap": "pair~",
    "cue_overlap": "cue~",
}
OVERVIEW_ACCURACY = {
    "source_resolved": "resolv",
    "source_type": "type",
    "anonymous": "anon",
    "source_count": "count",
    "via": "via",
}


def format_overview(result: dict) -> str:
    """One row per kind: F1 of finding claims, sources and cues, then how often each
    attribute is right on the claims found. Shows at a glance where the extractor is weak.
    """
    rows = ([("all", result["overall"])] if "overall" in result else []) + list(result["by_kind"].items())
    f1_metrics = [m for m in OVERVIEW_F1 if m in rows[0][1]]
    accuracy_metrics = [m for m in OVERVIEW_ACCURACY if m in rows[0][1]]
    f1_width = 7 * len(f1_metrics)
    lines = [
        f"{'':<9}{'F1 (= exact, ~ overlap)':<{f1_width}}  "
        + ("accuracy on found claims" if accuracy_metrics else ""),
        f"{'kind':<9}"
        + "".join(f"{OVERVIEW_F1[m]:>7}" for m in f1_metrics)
        + "  "
        + "".join(f"{OVERVIEW_ACCURACY[m]:>7}" for m in accuracy_metrics)
        + f"{'gold':>7}{'sys':>6}",
    ]
    for kind, scores in rows:
        accuracies = [scores[m].get("acc") for m in accuracy_metrics]
        lines.append(
            f"{kind:<9}"
            + "".join(f"{scores[m]['f1']:>7.3f}" for m in f1_metrics)
            + "  "
            + "".join(f"{a:>7.3f}" if a is not None else f"{'-':>7}" for a in accuracies)
            + f"{scores['claim_overlap']['n_gold']:>7}{scores['claim_overlap']['n_sys']:>6}"
        )
    return "\n".join(line.rstrip() for line in lines)


def format_errors(errors: list[dict]) -> str:
    """Errors one per block: what went wrong, the sources, the context."""
    blocks = []
    for error in errors:
        sources = []
        if error["gold_source"] is not None or error["error"] != "spurious":
            sources.append(f"gold source: {error['gold_source'] or '-'}")
        if error["system_source"] is not None or error["error"] == "wrong_source":
            sources.append(f"system source: {error['system_source'] or '-'}")
        blocks.append(
            f"{error['error'].upper()} {error['kind'] + ' ' if error['kind'] else ''}{error['doc_id']}"
            f"[{error['claim'][0]}:{error['claim'][1]}]"
            + (f"  ({'; '.join(sources)})" if sources else "")
            + f"\n    {error['context']}"
        )
    return "\n".join(blocks)
