"""provenance: who said what, to whom, and where a claim first appeared.

The package is a library first: ``provenance.articles`` splits raw files into
articles, ``provenance.extract`` finds attributed claims in text (pure functions,
no I/O), ``provenance.db`` stores them with sqlite-utils, and ``provenance.cli``
is a thin Click layer over those.
"""

__version__ = "0.1.0"
