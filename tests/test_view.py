"""The highlighted view (attribution view, attribution.render, a ledger in a notebook), read as a person reads it:
in a real headless browser (Chromium from the Debian package, driven by Playwright; no browser download)."""
import os
import pathlib
import re
import shutil

import pytest

import attribution
from attribution.view import PALETTE, TEXT_COLOUR, colour

from conftest import FIXTURES
from test_cli import run

CHROMIUM = os.environ.get("ATTRIBUTION_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


def _luminance(hex_colour):
    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    f = lambda c: c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4   # noqa: E731
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b)


@pytest.mark.parametrize("background", PALETTE)
def test_text_on_every_highlight_meets_wcag_aa(background):
    hi, lo = sorted((_luminance(background), _luminance(TEXT_COLOUR)), reverse=True)
    assert (hi + 0.05) / (lo + 0.05) >= 4.5


def test_a_speakers_colour_is_stable():
    assert colour("宮坂学") == colour("宮坂学") and colour(None) is None
    assert len({colour(n) for n in ("宮坂学", "木村靖", "筆者", "森田健一", "佐伯由美")}) >= 3


def test_the_page_escapes_everything_and_forbids_loading_anything():
    text = (FIXTURES / "view" / "hostile.txt").read_text(encoding="utf-8")
    page = attribution.render(attribution.extract(text, doc='"><script>x</script>.txt'))
    assert "<script>window.__pwned" not in page and "<img" not in page and '"><script>x' not in page
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    assert page.count("<script>") == 1 and "src=" not in page.split("<body>")[0]


def test_a_notebook_shows_the_highlighted_article_and_keeps_the_table():
    ledger = attribution.extract((FIXTURES / "press_conference.txt").read_text(encoding="utf-8"), doc="p.txt")
    html = ledger._repr_html_()
    assert html.count('class="q ') == len(ledger.quotes) and "<table>" in html and "<details>" in html


pw = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install playwright)")
needs_browser = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium (apt-get install chromium)")


@pytest.fixture(scope="module")
def browser():
    with pw.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture()
def page_of(browser, tmp_path):
    """Writes the page with the real command, opens it; returns (page, ledger, requests, dialogs)."""
    opened = []

    def open_page(*paths, extra=()):
        out = tmp_path / "report.html"
        r = run("view", *map(str, paths), "-o", str(out), *extra)
        assert r.returncode == 0, r.stderr
        page = browser.new_page(viewport={"width": 1000, "height": 1400})
        requests, dialogs = [], []
        page.on("request", lambda req: requests.append(req.url))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(out.as_uri())
        page.wait_for_load_state("load")
        opened.append(page)
        ledgers = [attribution.extract(pathlib.Path(p).read_text(encoding="utf-8"), doc=str(p)) for p in paths]
        return page, attribution.merge(ledgers), requests, dialogs, out
    yield open_page
    for p in opened:
        p.close()


@needs_browser
def test_every_quote_is_highlighted_with_its_speakers_name(page_of, tmp_path):
    page, ledger, requests, _dialogs, out = page_of(FIXTURES / "press_conference.txt", FIXTURES / "interview.txt")
    quotes = page.locator(".q:not(.ns)")
    assert quotes.count() == len(ledger.quotes)
    labels = quotes.locator(".lbl").all_inner_texts()
    assert labels == [q.speaker or "?" for q in ledger.quotes]
    first = ledger.quotes[0]
    q = quotes.first
    assert (int(q.get_attribute("data-start")), int(q.get_attribute("data-end"))) == (first.start, first.end)
    assert q.get_attribute("data-speaker") == first.speaker
    assert page.locator("nav li").count() == 2   # a contents list for several articles
    assert requests == [out.as_uri()]             # nothing fetched but the page itself
    page.screenshot(path=str(tmp_path / "view.png"), full_page=True)
    assert (tmp_path / "view.png").stat().st_size > 10_000


@needs_browser
def test_focus_shows_who_said_it_and_why(page_of):
    page, ledger, *_ = page_of(FIXTURES / "press_conference.txt")
    tip = page.locator(".q:not(.ns)").first.locator(".tip")
    assert not tip.is_visible()
    page.keyboard.press("Tab")
    for _ in range(10):   # past the speaker buttons to the first quote
        if page.evaluate("document.activeElement.classList.contains('q')"):
            break
        page.keyboard.press("Tab")
    assert tip.is_visible()
    q = ledger.quotes[0]
    assert q.speaker in tip.inner_text() and f"rule: {q.rule}" in tip.inner_text()


@needs_browser
def test_choosing_a_speaker_shows_only_their_quotes(page_of):
    page, ledger, *_ = page_of(FIXTURES / "press_conference.txt")
    name = ledger.quotes[0].speaker
    page.locator(f'button[data-pick="{name}"]').click()
    visible = [x for x in page.locator(".q .lbl").all() if x.is_visible()]
    assert len(visible) == len([q for q in ledger.quotes if q.speaker == name])
    assert {x.inner_text() for x in visible} == {name}
    page.locator('button[data-pick="*"]').first.click()
    assert len([x for x in page.locator(".q .lbl").all() if x.is_visible()]) == len(ledger.quotes)


@needs_browser
def test_a_hostile_article_runs_nothing_and_shows_its_characters(page_of):
    page, ledger, requests, dialogs, out = page_of(FIXTURES / "view" / "hostile.txt")
    assert page.evaluate("window.__pwned === undefined")
    assert dialogs == [] and requests == [out.as_uri()] and page.locator("img").count() == 0
    text = page.locator(".text").inner_text()
    assert "<script>window.__pwned = 1</script>" in text and 'onerror="window.__pwned=2"' in text


@needs_browser
def test_spans_that_are_not_speech_are_shown_muted_with_all(page_of):
    page, ledger, *_ = page_of(FIXTURES / "nonspeech.txt", extra=("--all",))
    muted = page.locator(".q.ns")
    assert muted.count() == len(ledger.nonspeech) > 0
    assert muted.first.locator(".lbl").inner_text() == ledger.nonspeech[0].kind


def test_extract_to_an_html_file_writes_the_view(tmp_path):
    out = tmp_path / "page.html"
    assert run("extract", str(FIXTURES / "press_conference.txt"), "-o", str(out)).returncode == 0
    assert 'class="attribution-doc"' in out.read_text(encoding="utf-8")


@needs_browser
def test_quotes_from_the_ledger_database_as_a_page(browser, tmp_path):
    db = tmp_path / "ledger.sqlite"
    assert run("index", str(FIXTURES / "press_conference.txt"), "--db", str(db)).returncode == 0
    out = tmp_path / "q.html"
    r = run("quotes", "--db", str(db), "--speaker", "大川", "--format", "html", "-o", str(out))
    assert r.returncode == 0, r.stderr
    page = browser.new_page()
    page.goto(out.as_uri())
    items = page.locator(".records li")
    assert items.count() == 2
    assert items.locator(".lbl").all_inner_texts() == ["大川誠一", "大川誠一"]
    assert "press_conference.txt" in items.first.locator(".where").inner_text()
    assert "という質問に対し" in items.nth(1).inner_text()   # the sentence around the quote
    page.close()
