"""The claim finder's shortcuts around its patterns (checks that skip a
pattern, windows that narrow a search) must give what the full pattern
gives. Random strings built from the words the patterns
look for, plus phrases written for these tests."""

import random

from provenance.extract import rules

_GLUE = ["", " ", " ", " ", "  ", ", ", "\u00a0", "\t"]


def _random_texts(seed: int, count: int, words: str):
    """Random strings of ``words`` (and quotation and mask characters) with
    random spacing, and a random [start, end) in each."""
    vocabulary = words.split() + ["\u201d", ",", ".", "\x01"]
    rnd = random.Random(seed)
    for _ in range(count):
        text = "".join(rnd.choice(_GLUE) + rnd.choice(vocabulary) for _ in range(rnd.randint(0, 10)))
        text += rnd.choice(_GLUE)
        start = rnd.randint(0, len(text))
        yield text, start, rnd.randint(start, len(text))


_AND_THAT_WORDS = "and but or also that x thatx band"
_CLAUSE_TAIL_WORDS = "and but urged said later also without while not giving despite as in a at the band following x"
_PREFILTER_WORDS = "to be have of about so yes no nothing goodbye some not who which in and while though ; KYIV (AP) — - D- R- Texas N.Y. x"


def _span(match):
    return None if match is None else match.span()


def test_search_windows_find_what_a_full_search_finds():
    for text, start, end in _random_texts(2, 20000, _AND_THAT_WORDS):
        window = rules._and_that_window(text, start, end)
        expected = [m.span() for m in rules._AND_THAT.finditer(text, start, end)] if " that " in text[start:end] else []
        assert ([m.span() for m in rules._AND_THAT.finditer(text, *window)] if window else []) == expected, repr(text)
    for text, start, end in _random_texts(3, 20000, _CLAUSE_TAIL_WORDS):
        window = rules._clause_tail_window(text, start, end, text[start:end])
        expected_tail = rules._CLAUSE_TAIL.search(text, start, end)
        found = rules._CLAUSE_TAIL.search(text, *window) if window else None
        assert (found and found.start()) == (expected_tail and expected_tail.start()), repr(text)


def test_pattern_prefilters_never_skip_a_match():
    for text, start, end in _random_texts(4, 20000, _PREFILTER_WORDS):
        if rules._NO_CLAUSE.match(text):
            assert rules._no_clause_possible(text), repr(text)
        if rules._NOT_APPOSITION.match(text):
            assert text.startswith(rules._NOT_APPOSITION_FIRST), repr(text)
        if rules._COORDINATION.search(text):
            assert ";" in text or any(word in text for word in rules._COORDINATORS), repr(text)
        if rules._DATELINE.match(text, start, end):
            assert rules._has_any(text, "-—–:", start, min(end, start + rules._DATELINE_REACH)), repr(text)


_TOLD_WORDS = "the local radio station news agency Kestrel FM Daily Planet reporters a him her us that on, told x State TV channel"


def test_object_of_told_without_the_media_branch_when_no_media_word_follows():
    for text, start, end in _random_texts(5, 20000, _TOLD_WORDS):
        media_near = any(text.find(word, start, min(end, start + rules._MEDIA_REACH)) != -1 for word in rules.lx.MEDIA_WORDS)
        pattern = rules._VIA_AFTER_TOLD if media_near else rules._VIA_WITHOUT_MEDIA
        assert _span(pattern.match(text, start, end)) == _span(rules._VIA_AFTER_TOLD.match(text, start, end)), repr(text)


def test_first_of_finds_the_first_stop_a_scan_finds():
    for text, start, end in _random_texts(4, 20000, "said the minister ; : ( \u201c who a"):
        chars = rules._SOURCE_AFTER_STOPS
        expected = next((k for k in range(start, end) if text[k] in chars), -1)
        assert rules._first_of(text, chars, start, end) == expected, repr(text)


_SENTENCE_ENDS = (". ", "! ", "? ", '." ', '!" ', '?" ', ".\u201d ", "!\u201d ", "?\u201d ", ".\u2019 ", "!\u2019 ", "?\u2019 ")


def test_sentence_start_is_after_the_last_sentence_end():
    from provenance.extract.sources import _sentence_start

    def one_end_at_a_time(text, lo, position):
        start = max(lo, text.rfind("\n", lo, position) + 1)
        for end in _SENTENCE_ENDS:
            k = text.rfind(end, start, position)
            if k != -1 and k + len(end) > start:
                start = k + len(end)
        return start

    for text, lo, position in _random_texts(5, 20000, "He said . ! ? \" \u201d \u2019 \n x. ok"):
        assert _sentence_start(text, lo, position) == one_end_at_a_time(text, lo, position), repr(text)



def test_all_sentence_breaks_in_one_match_are_the_breaks_finditer_finds():
    from provenance.extract import sources

    for text, start, end in _random_texts(7, 20000, "He said . ! ? \" \u201d \u2019 \u201c \n x. Ok 9 the"):
        expected = [m.span() for m in sources._SENTENCE_BREAK_RE.finditer(text, start, end)]
        assert sources._ALL_SENTENCE_BREAKS_RE.match(text, start, end).spans(1) == expected, repr(text)


def test_title_lead_test_never_skips_a_match():
    words = "said on to the The CNN ABC's NBC’s State Union \u201c x 's’s"
    for text, start, end in _random_texts(9, 20000, words):
        if rules._TITLE_LEAD.fullmatch(text, start, end):
            assert rules._may_lead_title(text, start, end), repr(text[start:end])
    for lead in (" the ", " on ABC's ", " to CNN’s ", " on Fox News's "):
        assert rules._TITLE_LEAD.fullmatch(lead) and rules._may_lead_title(lead, 0, len(lead))
