"""Desktop search: search-as-you-type over guides and technical FAQ (pure Python, no Qt).

Danish-aware: case, accents and æ/ø/å spelled ae/oe/aa or a/o; snowball stemming; prefixes of the
unfinished last word; compound parts ("lægeskift" → læge + skift); typos of one or two letters;
guide and municipality synonyms; ranking by field, match quality, coverage and local usage.
"""

from .index import SearchIndex
from .model import FIELDS, DocKind, SearchDoc, SearchHit, doc_from_faq, doc_from_guide

__all__ = [
    "FIELDS",
    "DocKind",
    "SearchDoc",
    "SearchHit",
    "SearchIndex",
    "doc_from_faq",
    "doc_from_guide",
]
