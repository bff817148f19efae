"""attribution: who said what in Japanese news text.

>>> import attribution
>>> ledger = attribution.extract("東京都副知事の宮坂学氏は「協力したい」と述べた。")  # doctest: +SKIP
>>> [(q.speaker, q.quote) for q in ledger.quotes]                                # doctest: +SKIP
[('宮坂学', '協力したい')]
"""
from .attribute import SIEVE
from .errors import AttributionError, GoldError, InputError, LexiconError, PeopleError
from .extractor import Extractor, extract, merge
from .ledger import Ledger, Mention, Quote, Speaker
from .lexicon import Lexicon
from .people import People, Person
from .quotes import find_quotes
from .reader import read_text
from .view import render

__all__ = ["extract", "Extractor", "merge", "Ledger", "Quote", "Speaker", "Mention", "People", "Person", "Lexicon",
           "find_quotes", "read_text", "render", "SIEVE", "AttributionError", "GoldError", "InputError", "LexiconError", "PeopleError"]
__version__ = "0.1.0"
