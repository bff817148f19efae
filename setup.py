"""Extension modules for the compiled build; everything else is in pyproject.toml.

With ``ATTRIBUTION_COMPILE=1`` (see ``_build/backend.py`` and the README) the modules on the extraction's hot path
are compiled with Cython from the same ``.py`` sources; otherwise the package is pure Python.
"""
import os
import sys

from setuptools import setup

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_build"))
from backend import compile_requested

#: the modules every extraction runs through, compiled as they are (no Cython-only syntax)
HOT_MODULES = ("tokenize", "quotes", "cues", "mentions", "entities", "people", "attribute", "turns", "extractor", "ledger")


def extensions():
    if not compile_requested():
        return []
    from Cython.Build import cythonize
    return cythonize([f"attribution/{name}.py" for name in HOT_MODULES], build_dir="build/cython", quiet=True,
                     compiler_directives={"language_level": 3, "binding": False})


setup(ext_modules=extensions())
