"""Fetching pages from a real local HTTP server: success, charsets, every failure, the cache."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

from reader.analysis import analyze
from reader.errors import InputError
from reader.export import to_dict
from reader.ingest import load
from reader.web import is_url
from reader.web.fetch import USER_AGENT, FetchOptions, WebError, fetch, fetch_document
from tests.web.server import FIXTURES, UNKNOWN_HOST, LocalServer, refused_url


def test_is_url_only_for_http_and_https():
    assert is_url("https://example.org/a") and is_url("HTTP://example.org/")
    assert not is_url("article.html") and not is_url("ftp://example.org/") and not is_url("-")


def test_page_reads_as_the_same_file_read_locally(server, options):
    fetched = fetch_document(server.url("/article.html"), options)
    local = load(FIXTURES / "article.html")
    assert (fetched.text, fetched.format, fetched.encoding) == (local.text, local.format, local.encoding)
    remote_analysis, local_analysis = to_dict(analyze(fetched)), to_dict(analyze(local))
    remote_analysis.pop("source"), local_analysis.pop("source")
    assert remote_analysis == local_analysis
    assert remote_analysis["title"].startswith("Bridge collapse")


def test_plain_text_page(server, options):
    document = fetch_document(server.url("/report.txt"), options)
    assert document.format == "txt" and "KESTRA BAY" in document.text


def test_user_agent_names_kzreader_and_its_version(server, options):
    fetch(server.url("/report.txt"), options)
    agent = server.hits("/report.txt")[-1]["User-Agent"]
    assert agent == USER_AGENT and agent.startswith("kzreader/0.")


def test_redirect_followed_and_final_address_named(server, options):
    document = fetch_document(server.url("/moved"), options)
    assert document.name == server.url("/article.html")
    assert "Tessa River" in document.text


def test_charset_from_headers_wrong_label_falls_back_to_content(server, options):
    document = fetch_document(server.url("/wrong-charset.html"), options)
    assert "Begoña Muñoz" in document.text and "“They were peaceful,”" in document.text
    assert any("not valid utf-8 as the headers say" in w for w in document.warnings)


def test_latin1_label_on_utf8_bytes_reads_utf8(server, options):
    document = fetch_document(server.url("/latin-label.html"), options)
    assert "Begoña Muñoz" in document.text and document.encoding == "utf-8"
    assert any("the page is UTF-8" in w for w in document.warnings)


def test_charset_from_the_page_meta_when_headers_have_none(server, options):
    document = fetch_document(server.url("/meta-charset.html"), options)
    assert document.encoding == "cp1251" and "КАРАГАНДА" in document.text and not document.warnings


def test_unknown_charset_label_is_ignored_with_a_warning(server, options):
    document = fetch_document(server.url("/unknown-charset.html"), options)
    assert "Tessa River" in document.text
    assert any("unknown charset" in w for w in document.warnings)


def test_no_content_type_is_read_by_content(server, options):
    assert fetch_document(server.url("/no-type"), options).format == "html"


# -- failures: one line each, WebError (an InputError: the CLI prints it, exit 1) ----------------

FAILURES = [
    ("/missing", {}, "HTTP 404 Not Found"),
    ("/error.html", {}, "HTTP 500 Internal Server Error"),
    ("/loop-a", {"max_redirects": 5}, "too many redirects (more than 5)"),
    ("/image.png", {}, "type image/png is neither HTML nor text"),
    ("/document.pdf", {}, "type application/pdf is neither HTML nor text"),
    ("/rss.xml", {}, "type application/rss+xml is neither HTML nor text (a feed? use --feed)"),
    ("/broken.xml", {}, "type text/xml is neither HTML nor text (a feed? use --feed)"),
    ("/huge.html?mb=4", {"max_size": 1024 * 1024}, "larger than the limit of 1 MB"),
    ("/huge-declared.html", {"max_size": 1024 * 1024}, "50 MB is larger than the limit of 1 MB"),
    ("/slow.html?delay=3", {"read_timeout": 0.5}, "the server sent nothing for 0.5 s (timeout)"),
    ("/trickle.html?seconds=3", {"total_timeout": 0.5}, "the download took longer than 0.5 s"),
    ("/empty.html", {}, "empty page"),
]


@pytest.mark.parametrize(("path", "changes", "message"), FAILURES, ids=[f[0] for f in FAILURES])
def test_failure_is_one_clear_line(server, options, path, changes, message):
    url = server.url(path)
    with pytest.raises(WebError) as caught:
        fetch_document(url, replace(options, **changes))
    text = str(caught.value)
    assert message in text and text.startswith(url) and "\n" not in text


def test_huge_download_stops_at_the_limit_not_at_the_end(server, options):
    import time

    start = time.perf_counter()
    with pytest.raises(WebError):
        fetch_document(server.url("/huge.html?mb=400"), replace(options, max_size=64 * 1024))
    assert time.perf_counter() - start < 5  # 400 MB would take far longer to arrive


def test_refused_port(options):
    with pytest.raises(WebError, match="connection refused$"):
        fetch_document(refused_url(), options)


def test_unknown_host(options):
    with pytest.raises(WebError, match=r"kzreader-test\.invalid/article\.html: host not found"):
        fetch_document(UNKNOWN_HOST, options)


def test_tls_untrusted_certificate(options):
    tls = LocalServer(tls=True).start()
    try:
        with pytest.raises(WebError, match=r"TLS error: certificate not trusted \(self-signed certificate\)"):
            fetch_document(tls.url("/article.html"), options)
    finally:
        tls.stop()


def test_tls_to_a_plain_http_server(server, options):
    with pytest.raises(WebError, match="TLS error"):
        fetch_document(server.url("/article.html").replace("http://", "https://"), options)


def test_not_a_web_address_is_a_usage_error(options):
    with pytest.raises(InputError) as caught:
        fetch_document("http://exa mple.org/", options)
    assert caught.value.exit_code == 2


# -- the cache --------------------------------------------------------------------------------


def test_cache_revalidates_with_etag_and_serves_the_304(server, options):
    url = server.url("/rss.xml?feed=revalidate")
    before = len(server.hits("/rss.xml"))
    first = fetch(url, options, kind="feed")
    second = fetch(url, options, kind="feed")
    hits = server.hits("/rss.xml")[before:]
    assert len(hits) == 2
    assert "If-None-Match" not in hits[0] and hits[1]["If-None-Match"].startswith('"')
    assert hits[1]["If-Modified-Since"] == "Tue, 03 Mar 2026 10:00:00 GMT"
    assert not first.from_cache and second.from_cache and second.data == first.data


def test_offline_reads_a_page_read_before_and_never_the_network(server, options):
    url = server.url("/article.html")
    online = fetch_document(url, options)
    before = len(server.hits("/article.html"))
    offline = fetch_document(url, replace(options, offline=True))
    assert offline.text == online.text and len(server.hits("/article.html")) == before
    assert any("read from the cache" in w for w in offline.warnings)


def test_offline_miss_is_one_line(server, options):
    url = server.url("/report.txt?never-fetched")
    with pytest.raises(WebError, match=r"not in the cache \(--offline reads only pages read before\)$"):
        fetch_document(url, replace(options, offline=True))


def test_offline_works_for_a_host_that_no_longer_exists(options, tmp_path):
    from reader.web.cache import CachedPage, PageCache

    PageCache(options.cache_root).put(CachedPage(
        url=UNKNOWN_HOST, final_url=UNKNOWN_HOST, content_type="text/html", charset="utf-8", etag=None,
        last_modified=None, stored_at=0.0, data=(FIXTURES / "article.html").read_bytes()))
    assert "Tessa River" in fetch_document(UNKNOWN_HOST, replace(options, offline=True)).text


def test_cache_is_keyed_by_url_and_lives_under_the_cache_dir(server, options):
    fetch(server.url("/report.txt?a"), options)
    fetch(server.url("/article.html?b"), options)
    files = [name for _, _, names in os.walk(options.cache_root) for name in names]
    assert sorted(n.rsplit(".", 1)[1] for n in files) == ["body", "body", "json", "json"]


def test_default_cache_root_follows_the_platform_cache_dir(monkeypatch, tmp_path):
    from reader.web.cache import default_root

    monkeypatch.setenv("KZREADER_CACHE_DIR", str(tmp_path / "c"))
    assert default_root() == str(tmp_path / "c" / "web")


def test_a_corrupt_cache_entry_is_a_miss(server, options):
    from reader.web.cache import PageCache

    url = server.url("/report.txt?corrupt")
    fetch(url, options)
    cache = PageCache(options.cache_root)
    paths = cache._paths(url)
    assert paths is not None and cache.get(url) is not None
    with open(paths[1], "ab") as body:
        body.write(b"more")
    assert cache.get(url) is None


def test_fetch_options_defaults_are_bounded():
    defaults = FetchOptions()
    assert 0 < defaults.connect_timeout <= defaults.read_timeout < defaults.total_timeout
    assert defaults.max_redirects == 10


def test_cache_keeps_to_its_size_and_drops_the_entries_used_longest_ago(tmp_path):
    from reader.web.cache import CachedPage, PageCache

    cache = PageCache(str(tmp_path / "c"), max_bytes=25_000)

    def page(n: int) -> CachedPage:
        return CachedPage(url=f"https://example.test/{n}", final_url=f"https://example.test/{n}",
                          content_type="text/html", charset=None, etag=None, last_modified=None, stored_at=0.0,
                          data=b"x" * 10_000)

    for n in range(3):
        cache.put(page(n))
        meta = cache._paths(f"https://example.test/{n}")
        assert meta is not None
        os.utime(meta[0], (1_000_000 + n, 1_000_000 + n))  # written in turn, a second apart
    # Three 10 KB entries do not fit in 25 KB: the first written went when the third came.
    assert cache.get("https://example.test/0") is None
    assert cache.get("https://example.test/1") is not None and cache.get("https://example.test/2") is not None
    cache.touch("https://example.test/1")  # read again: now the most recently used
    cache.put(page(3))
    assert cache.get("https://example.test/2") is None
    assert cache.get("https://example.test/1") is not None and cache.get("https://example.test/3") is not None
