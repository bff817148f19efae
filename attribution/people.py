"""Known people: names the dictionary does not know, stage names, and their aliases.

A people file is CSV (columns ``name, aliases, role, organization``; aliases separated by ``|`` or ``;``) or JSON (a
list of objects with the same keys; ``aliases`` a list or a string).
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from .errors import PeopleError
from .tokenize import _VARIANT_CHARS, _VARIANTS


@dataclass(frozen=True)
class Person:
    canonical: str
    aliases: tuple = ()
    role: str | None = None
    organization: str | None = None


def _split_aliases(value):
    if value is None:
        return ()
    if isinstance(value, (list, tuple)):
        return tuple(str(v).strip() for v in value if str(v).strip())
    text = str(value)
    for sep in ("|", ";", "；", "、"):
        text = text.replace(sep, "|")
    return tuple(a.strip() for a in text.split("|") if a.strip())


def fold(s):
    """``s`` with small katakana vowels written full size (one foreign name spelt two ways in one article: ディヴィット,
    デイヴィット) and kanji variants in their standard form (山﨑, 山崎); ``s`` itself (no copy) when it has none."""
    if "ィ" in s or "ェ" in s or "ォ" in s or "ァ" in s or "ゥ" in s:
        # str.replace five times is much faster than str.translate on a long Japanese text
        s = s.replace("ィ", "イ").replace("ェ", "エ").replace("ォ", "オ").replace("ァ", "ア").replace("ゥ", "ウ")
    if _VARIANT_CHARS is not None and _VARIANT_CHARS.search(s):
        s = s.translate(_VARIANTS)   # 山﨑 and 山崎, 髙橋 and 高橋: one name in two writings (data/variants.tsv)
    return s


class People:
    """A set of known people, matched in text by canonical name or alias (spaces inside a name are optional)."""

    def __init__(self, persons=()):
        self.persons = []
        self._alias = {}
        self._by_first = {}
        self._folded = {}   # alias -> alias with small katakana vowels written full size
        for p in persons:
            self.add(p)

    def add(self, person):
        if not isinstance(person, Person):
            person = self._from_mapping(person)
        self.persons.append(person)
        for alias in (person.canonical, *person.aliases):
            key = "".join(alias.split())
            self._alias[key] = person
            folded = fold(alias)
            self._folded[alias] = folded
            if folded is not alias:
                self._alias["".join(folded.split())] = person
            for first in {alias[0], folded[0]}:
                self._by_first.setdefault(first, []).append(alias)
                self._by_first[first].sort(key=len, reverse=True)

    @staticmethod
    def _from_mapping(row):
        if not isinstance(row, dict):
            raise PeopleError(f"a known person must be an object with a 'name', got {row!r}")
        name = (row.get("name") or row.get("canonical") or "").strip()
        if not name:
            raise PeopleError(f"a known person needs a non-empty 'name' (or 'canonical'), got {row!r}")
        return Person(name, _split_aliases(row.get("aliases")), (row.get("role") or None),
                      (row.get("organization") or row.get("org") or None))

    @classmethod
    def load(cls, path):
        """Read a CSV or JSON people file; :class:`PeopleError` names the file and what is wrong."""
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise PeopleError(f"cannot read people file {path}: {exc}") from None
        try:
            if p.suffix.lower() == ".json" or text.lstrip().startswith(("[", "{")):
                data = json.loads(text)
                if isinstance(data, dict):
                    data = data.get("people", [data])
                if not isinstance(data, list):
                    raise PeopleError(f"people file {path}: expected a JSON list of people")
                return cls(data)
            rows = list(csv.DictReader(io.StringIO(text)))
            if rows and "name" not in rows[0] and "canonical" not in rows[0]:
                raise PeopleError(f"people file {path}: the CSV needs a 'name' column "
                                  f"(columns: name, aliases, role, organization); found {list(rows[0])}")
            return cls(rows)
        except json.JSONDecodeError as exc:
            raise PeopleError(f"people file {path} is not valid JSON: {exc}") from None
        except PeopleError as exc:
            if str(path) in str(exc):
                raise
            raise PeopleError(f"people file {path}: {exc}") from None

    def aliases(self):
        """Every canonical name and alias, as written."""
        return [a for group in self._by_first.values() for a in group]

    def canonical(self, name):
        p = self.person(name)
        return p.canonical if p else None

    def person(self, name):
        key = "".join(name.split())
        p = self._alias.get(key)
        if p is None:
            folded = fold(key)
            if folded is not key:
                p = self._alias.get(folded)
        return p

    def match_at(self, text, pos):
        """(end, Person) of the longest known name starting at ``pos``, or None. Small and full-size katakana
        vowels are not told apart (ディヴィット matches デイヴィット)."""
        for alias in self._by_first.get(text[pos], ()):
            if text.startswith(alias, pos) or fold(text[pos:pos + len(alias)]) == self._folded[alias]:
                return pos + len(alias), self._alias["".join(alias.split())]
        return None
