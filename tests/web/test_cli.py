"""The real ``kzreader`` command on URLs and feeds: output, and one line for every failure."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from reader.plain.feed import FeedSession, item_line, run_feed_plain
from reader.web.feeds import load_feed
from tests.web.server import FIXTURES, UNKNOWN_HOST, refused_url


def kzreader(*args: str, cache: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KZREADER_CACHE_DIR": cache, "TERM": "dumb", "KZREADER_CONFIG": os.devnull}
    return subprocess.run([sys.executable, "-m", "reader", *args], check=False, capture_output=True, text=True, env=env,
                          timeout=timeout, stdin=subprocess.DEVNULL)


@pytest.fixture
def cache(tmp_path) -> str:
    return str(tmp_path / "cli-cache")


def assert_one_line_failure(result: subprocess.CompletedProcess[str], expected: str, status: int = 1) -> None:
    assert result.returncode == status, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kzreader: ") and expected in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_json_of_a_url_is_the_analysis_of_the_page(server, cache):
    result = kzreader("--json", server.url("/article.html"), cache=cache)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "kzreader.analysis/1" and data["source"] == server.url("/article.html")
    assert data["title"].startswith("Bridge collapse in river town kills seven")
    assert any(f["category"] == "killed" and f["count"] == 7 for f in data["figures"])


def test_plain_dump_of_a_url(server, cache):
    result = kzreader("--plain", server.url("/report.txt"), cache=cache)
    assert result.returncode == 0, result.stderr
    assert "Article: Storm floods coastal villages; four dead" in result.stdout


CASES = [
    ("/missing", [], "HTTP 404 Not Found"),
    ("/error.html", [], "HTTP 500 Internal Server Error"),
    ("/loop-a", [], "too many redirects (more than 10)"),
    ("/image.png", [], "type image/png is neither HTML nor text"),
    ("/huge.html?mb=3", ["--max-size", "1M"], "larger than the limit of 1 MB (see --max-size)"),
    ("/slow.html?delay=4", ["--timeout", "0.5"], "the server sent nothing for 0.5 s (timeout)"),
]


@pytest.mark.parametrize(("path", "extra", "message"), CASES, ids=[c[0] for c in CASES])
def test_failures_are_one_line_and_status_1(server, cache, path, extra, message):
    assert_one_line_failure(kzreader("--json", *extra, server.url(path), cache=cache), message)


def test_refused_and_unknown_host(cache):
    assert_one_line_failure(kzreader("--plain", refused_url(), cache=cache), "connection refused")
    assert_one_line_failure(kzreader("--json", UNKNOWN_HOST, cache=cache), "host not found")


def test_offline_reads_the_cache_and_a_miss_is_one_line(server, cache):
    url = server.url("/article.html?offline-cli")
    assert kzreader("--json", url, cache=cache).returncode == 0
    again = kzreader("--json", "--offline", url, cache=cache)
    assert again.returncode == 0 and json.loads(again.stdout)["title"].startswith("Bridge collapse")
    assert "read from the cache" in again.stderr
    assert_one_line_failure(kzreader("--json", "--offline", server.url("/report.txt?never"), cache=cache),
                            "not in the cache")


def test_json_feed_prints_the_list(server, cache):
    result = kzreader("--json", "--feed", server.url("/rss.xml"), cache=cache)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "kzreader.feed/1" and len(data["items"]) == 5
    assert data["items"][0] == {
        "n": 1, "title": "Bridge collapse in river town kills seven, officials say",
        "link": server.url("/article.html"), "date": "2026-03-03T08:15:00Z",
        "source": "Valley Courier & Friends: Top stories",
        "summary": "Seven people were killed and at least 22 injured when a road bridge collapsed on Tuesday.",
    }


def test_feed_from_a_file_piped_lists_every_item(cache):
    result = kzreader("--feed", str(FIXTURES / "atom.xml"), "--width", "200", cache=cache)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Feed: Steppe Daily — world. 3 items."
    assert lines[1] == ("1 of 3: Warehouse fire in Karaganda: three dead <update>. Steppe Daily — world. "
                        "2026-03-03 02:30 UTC.")
    assert "Summary: Three people died and five were hurt in a warehouse fire on Wednesday." in lines


def test_feed_failures_are_one_line(server, cache, tmp_path):
    assert_one_line_failure(kzreader("--feed", server.url("/not-a-feed.html"), cache=cache),
                            "not an RSS or Atom feed")
    assert_one_line_failure(kzreader("--feed", server.url("/image.png"), cache=cache), "is not a feed")
    assert_one_line_failure(kzreader("--feed", str(tmp_path / "none.xml"), cache=cache), "no such file", status=2)
    assert_one_line_failure(kzreader("--feed", str(FIXTURES / "rss.xml"), "x.txt", cache=cache),
                            "either PATH or --feed", status=2)


def test_bad_timeout_is_a_usage_error(cache):
    result = kzreader("--timeout", "soon", "x.txt", cache=cache)
    assert result.returncode == 2 and "not a number of seconds" in result.stderr


# -- the interactive plain feed session (streams in place of a terminal) ------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def session_output(feed, commands: str, options=None) -> str:
    out = Terminal()
    FeedSession(feed, 100, False, options, Terminal(commands), out).loop()
    return out.getvalue()


def test_plain_session_lists_then_opens_item_n_and_comes_back(server, options):
    feed = load_feed(server.url("/rss.xml"), options)
    text = session_output(feed, "o 1\nt\nq\no 4\nq\nl 5\nq\n", options)
    assert "Feed: Valley Courier & Friends: Top stories. 5 items." in text
    assert "1 of 5: Bridge collapse in river town kills seven, officials say." in text
    assert f"Fetching {server.url('/article.html')}" in text
    assert "Article: Bridge collapse in river town kills seven, officials say" in text
    assert text.count("Back to the feed.") == 2
    assert "Article: Council meeting moved to Thursday" in text  # item 4 has no link: its summary
    assert text.rstrip().endswith("Goodbye.")
    assert "5 of 5: Page that went missing." in text.split("feed> ")[-2]


def test_plain_session_item_that_fails_says_why_and_stays(server, options):
    feed = load_feed(server.url("/rss.xml"), options)
    text = session_output(feed, "o 5\no 9\nx\n", options)
    assert "Could not open it: " in text and "HTTP 404 Not Found" in text
    assert "Give an item number from 1 to 5, for example o 1." in text
    assert "Unknown command 'x'. Type h for help." in text
    assert text.rstrip().endswith("Goodbye.")  # Ctrl-D (end of input) quits


def test_plain_session_pages_a_long_feed(options):
    from reader.web.feeds import parse_feed
    from tests.web.bigfeed import rss

    feed = parse_feed(rss(45))
    text = session_output(feed, "l\nl\nl\n")
    assert "20 of 45:" in text and "25 more: type l to list them." in text
    assert "40 of 45:" in text and "45 of 45:" in text and "No more items." in text


def test_item_line_reads_in_words(options):
    from reader.web.feeds import FeedItem

    item = FeedItem(title="T", link=None, date="2026-03-03T08:15:00Z", source="S")
    assert item_line(2, 7, item) == "2 of 7: T. S. 2026-03-03 08:15 UTC."


def test_run_feed_plain_piped_prints_everything(server, options):
    feed = load_feed(server.url("/rdf.xml"), options)
    out = io.StringIO()
    assert run_feed_plain(feed, None, options, stdin=io.StringIO(), stdout=out) == 0
    assert out.getvalue().splitlines() == [  # wrapped at 79 columns
        "Feed: Regional Bulletin (RSS 1.0). 1 item.",
        "1 of 1: Bridge collapse in river town kills seven. Regional Bulletin (RSS 1.0).",
        "2026-03-03 08:15 UTC.",
        "Summary: Seven killed, 22 injured.",
        f"Address: {server.url('/article.html')}",
    ]


def test_plain_start_up_on_a_local_file_imports_no_web_library(tmp_path):
    code = ("import sys; from reader.cli import main; main(['--plain', '--all', sys.argv[1]]); "
            "print(sorted(m for m in ('httpx', 'feedparser', 'reader.web.fetch', 'reader.web.feeds', 'platformdirs')"
            " if m in sys.modules), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code, str(FIXTURES / "report.txt")], check=False,
                            capture_output=True, text=True,
                            env={**os.environ, "TERM": "dumb"})
    assert result.returncode == 0 and result.stderr.strip() == "[]"


def test_plain_feed_prompt_on_a_real_terminal(server, cache):
    """The real command under a pseudo-terminal: the list, o N, q back to the list, q to quit."""
    import pexpect

    env = {**os.environ, "TERM": "xterm", "KZREADER_CACHE_DIR": cache, "KZREADER_CONFIG": os.devnull}
    child = pexpect.spawn(sys.executable, ["-m", "reader", "--plain", "--feed", server.url("/rss.xml")],
                          encoding="utf-8", timeout=30, dimensions=(40, 120), env=env)
    try:
        child.expect(r"Feed: Valley Courier & Friends: Top stories\. 5 items\.")
        child.expect(r"5 of 5: Page that went missing\.")
        child.expect("feed> ")
        child.sendline("o 2")
        child.expect("Article: Storm floods coastal villages; four dead")
        child.expect("\r\n> ")
        child.sendline("q")
        child.expect("Back to the feed.")
        child.expect("feed> ")
        child.sendline("q")
        child.expect("Goodbye.")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0


def spawn_app(*args: str, cache: str):
    import pexpect

    env = {**os.environ, "TERM": "xterm-256color", "KZREADER_CACHE_DIR": cache, "KZREADER_CONFIG": os.devnull,
           "TEXTUAL_ANIMATIONS": "none"}
    env.pop("NO_COLOR", None)
    return pexpect.spawn(sys.executable, ["-m", "reader", *args], encoding="utf-8", timeout=60,
                         dimensions=(30, 110), env=env)


@pytest.mark.parametrize("args", [["/missing"], ["--feed", "/image.png"]], ids=["page", "feed"])
def test_app_mode_failures_are_one_line_before_any_screen(server, cache, args):
    import pexpect

    args = [server.url(a) if a.startswith("/") else a for a in args]
    child = spawn_app(*args, cache=cache)
    child.expect(pexpect.EOF)
    child.close()
    output = child.before.strip()
    assert child.exitstatus == 1
    assert len(output.splitlines()) == 1 and output.startswith("kzreader: ") and "Traceback" not in output
    assert "\x1b[" not in output  # the app never started


def test_app_opens_on_the_feed_list_and_quits(server, cache):
    import pexpect

    child = spawn_app("--feed", server.url("/rss.xml"), cache=cache)
    try:
        child.expect("Police detain 41 protesters")  # the third item's title on screen
        child.send("q")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0
