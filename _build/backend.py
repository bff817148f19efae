"""The build backend: setuptools, plus Cython for the compiled build that ``ATTRIBUTION_COMPILE=1`` asks for.

    pip install .                           pure Python (any platform, no compiler)
    ATTRIBUTION_COMPILE=1 pip install .     the hot modules compiled with Cython: the same code, the same records,
                                            about a sixth faster; needs a C compiler and the Python headers

An editable install (``pip install -e .``) is always pure Python: compiled modules would sit beside the ``.py`` files
and take precedence over them, so edits would silently not run. Asking for both is refused with a message.
"""
import os

from setuptools import build_meta as _setuptools

ENV = "ATTRIBUTION_COMPILE"
CYTHON = "Cython>=3.0"


def compile_requested():
    """Whether ``ATTRIBUTION_COMPILE`` asks for the compiled build (1) or not (0 or unset)."""
    value = os.environ.get(ENV, "").strip()
    if value not in ("", "0", "1"):
        raise ValueError(f"{ENV}={value!r}: use 1 for the compiled build, 0 or unset for pure Python")
    return value == "1"


def get_requires_for_build_wheel(config_settings=None):
    if not compile_requested():
        return _setuptools.get_requires_for_build_wheel(config_settings)
    # setuptools runs setup.py to collect its own needs; Cython is not there yet, so that run leaves compiling out
    os.environ[ENV] = "0"
    try:
        return _setuptools.get_requires_for_build_wheel(config_settings) + [CYTHON]
    finally:
        os.environ[ENV] = "1"


def get_requires_for_build_editable(config_settings=None):
    if compile_requested():
        raise ValueError(f"{ENV}=1 with an editable install (pip install -e): the compiled modules would shadow the "
                         f".py files you edit. Use 'pip install .' for the compiled build, or unset {ENV}.")
    return _setuptools.get_requires_for_build_editable(config_settings)


get_requires_for_build_sdist = _setuptools.get_requires_for_build_sdist
prepare_metadata_for_build_wheel = _setuptools.prepare_metadata_for_build_wheel
prepare_metadata_for_build_editable = _setuptools.prepare_metadata_for_build_editable
build_wheel = _setuptools.build_wheel
build_editable = _setuptools.build_editable
build_sdist = _setuptools.build_sdist
