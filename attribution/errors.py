"""Exceptions raised by the library. The command line turns them into one-line messages."""


class AttributionError(Exception):
    """Base class of every error this library raises on purpose."""


class InputError(AttributionError, TypeError):
    """The text given to the library is not a str (bytes, None, a number...)."""


class LexiconError(AttributionError, ValueError):
    """A rule table (cue verbs, suffixes, non-speech markers) has a row that cannot be used."""


class PeopleError(AttributionError, ValueError):
    """A known-people file or record cannot be read."""


class GoldError(AttributionError, ValueError):
    """A gold file for evaluation cannot be read: missing, not JSON Lines, not in the evaluation format, or naming
    texts that are not under the root folder."""
