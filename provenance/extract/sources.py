"""Source characterization: type, anonymity, count, reason and resolved identity.

Given the claims of one article with their source spans already found, fill in
what the article says about each source. Pure: no I/O.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import Claim


def characterize(text: str, claims: list["Claim"], start: int = 0, end: int | None = None) -> None:
    """Fill source_resolved, source_type, anonymous, source_count and
    anonymity_reason on ``claims`` (in place), from the article ``text[start:end]``."""
    for claim in claims:
        if claim.source is not None and claim.source_resolved is None:
            claim.source_resolved = claim.source.text
