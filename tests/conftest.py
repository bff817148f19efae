import pathlib

import pytest

import attribution

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def extractor():
    return attribution.Extractor()


@pytest.fixture(scope="session")
def fixture_text():
    def read(name):
        return (FIXTURES / name).read_text(encoding="utf-8")
    return read


def pytest_report_header(config):
    from attribution.cli import build_kind
    return f"attribution build: {build_kind()}"
