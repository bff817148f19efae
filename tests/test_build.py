"""The build backend's switch for the compiled build (``ATTRIBUTION_COMPILE``), without building anything."""
import importlib.util

import pytest

from conftest import ROOT


def _backend():
    spec = importlib.util.spec_from_file_location("attribution_build_backend", ROOT / "_build" / "backend.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("value, compiled", [("", False), ("0", False), ("1", True), (" 1 ", True)])
def test_compile_switch_values(monkeypatch, value, compiled):
    monkeypatch.setenv("ATTRIBUTION_COMPILE", value)
    assert _backend().compile_requested() is compiled


@pytest.mark.parametrize("value", ["yes", "true", "2"])
def test_compile_switch_refuses_other_values_and_names_them(monkeypatch, value):
    monkeypatch.setenv("ATTRIBUTION_COMPILE", value)
    with pytest.raises(ValueError, match=f"ATTRIBUTION_COMPILE='{value}'.*use 1"):
        _backend().compile_requested()


def test_compiled_editable_install_is_refused(monkeypatch):
    monkeypatch.setenv("ATTRIBUTION_COMPILE", "1")
    with pytest.raises(ValueError, match="editable install.*pip install \\."):
        _backend().get_requires_for_build_editable()


def test_compiled_wheel_asks_for_cython(monkeypatch):
    monkeypatch.setenv("ATTRIBUTION_COMPILE", "1")
    backend = _backend()
    monkeypatch.setattr(backend._setuptools, "get_requires_for_build_wheel", lambda config_settings=None: [])
    assert backend.get_requires_for_build_wheel() == [backend.CYTHON]
    assert backend.compile_requested()   # the switch is back on for the build that follows
