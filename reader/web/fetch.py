"""Fetch a web page with httpx and turn it into the Document a local file gives.

``fetch`` downloads (redirects followed up to a limit, connect and read
timeouts and an overall deadline, the size limit enforced while the bytes
arrive, a User-Agent naming kzreader), consults and fills the page cache
(revalidating with ETag / Last-Modified), and turns every failure into a
``WebError``: one line, for the command line to print. ``to_document``
decodes the bytes (charset from the headers, then from the content, then
reader.ingest's own detection) and builds the same Document that reading a
local file of that type builds.

httpx is imported inside ``fetch`` only: plain mode on a local file never
pays for it.
"""

from __future__ import annotations

import codecs
import re
import socket
import ssl
import time
from dataclasses import dataclass

from reader import __version__
from reader.errors import InputError, UsageError
from reader.ingest import DEFAULT_MAX_SIZE, Document, decode, sniff_format
from reader.textutil import clean, normalise_newlines
from reader.web.cache import CachedPage, PageCache, default_root

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    import httpx

USER_AGENT = f"kzreader/{__version__} (terminal news reader; +https://pypi.org/project/kzreader/)"

PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown")
"""Media types read as an article; any other ``text/*`` is read as plain text."""
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/x-rss+xml", "text/html", "text/plain", "application/octet-stream")
"""Media types a feed is accepted as (servers label feeds loosely; the parser decides)."""

_NOT_ARTICLES = ("text/css", "text/javascript", "text/csv", "text/calendar", "text/vcard", "text/xml")
_ACCEPT_PAGE = "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1"
_ACCEPT_FEED = ("application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,"
                "application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.1")
_EXTENSION_OF = {"text/html": ".html", "application/xhtml+xml": ".html", "text/markdown": ".md",
                 "text/x-markdown": ".md", "text/plain": ".txt"}
_SINGLE_BYTE = {"ascii", "iso8859-1", "cp1252"}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")


class WebError(InputError):
    """A URL could not be read: the message is the one line to show (exit 1)."""


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How to fetch: limits and whether the network may be used at all."""

    max_size: int = DEFAULT_MAX_SIZE
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    """Seconds without a byte from the server before giving up."""
    total_timeout: float = 120.0
    """Seconds for the whole download (a server trickling bytes forever)."""
    max_redirects: int = 10
    offline: bool = False
    """Read only the cache; never touch the network."""
    use_cache: bool = True
    cache_root: str | None = None
    """Where the cache lives (None: the platform cache directory)."""


@dataclass(frozen=True, slots=True)
class Page:
    """A downloaded (or cached) resource, not yet decoded."""

    url: str
    final_url: str
    content_type: str
    charset: str | None
    data: bytes
    from_cache: bool = False


def open_cache(options: FetchOptions) -> PageCache:
    if not options.use_cache:
        return PageCache(None)
    return PageCache(options.cache_root or default_root())


# -- fetching -------------------------------------------------------------------


def fetch(url: str, options: FetchOptions | None = None, *, kind: str = "page") -> Page:
    """Download ``url`` (``kind`` "page" or "feed" decides the accepted types)."""
    options = options or FetchOptions()
    url = _check_url(url)
    cache = open_cache(options)
    cached = cache.get(url)
    if options.offline:
        if cached is None:
            raise WebError(f"{url}: not in the cache (--offline reads only pages read before)")
        cache.touch(url)
        return _from_cache(url, cached, kind)
    import httpx

    try:
        return _download(httpx, url, options, kind, cache, cached)
    except WebError:
        raise
    except httpx.TooManyRedirects:
        raise WebError(f"{url}: too many redirects (more than {options.max_redirects})") from None
    except httpx.ConnectTimeout:
        raise WebError(f"{url}: could not connect within {options.connect_timeout:g} s (timeout)") from None
    except httpx.TimeoutException:
        raise WebError(f"{url}: the server sent nothing for {options.read_timeout:g} s (timeout)") from None
    except httpx.InvalidURL as exc:
        raise UsageError(f"{url}: not a valid web address ({_one_line(exc)})") from None
    except httpx.HTTPError as exc:
        raise WebError(f"{url}: {_network_reason(exc)}") from None


def _check_url(url: str) -> str:
    stripped = url.strip()
    # No whitespace, control or bidi character: a link from a feed is untrusted text.
    if not stripped.isprintable() or " " in stripped or not stripped.lower().startswith(("http://", "https://")):
        raise UsageError(f"{_one_line(url)[:200]}: not a web address (give an http:// or https:// URL)")
    return stripped


def _download(httpx, url: str, options: FetchOptions, kind: str, cache: PageCache,
              cached: CachedPage | None) -> Page:
    headers = {"User-Agent": USER_AGENT, "Accept": _ACCEPT_FEED if kind == "feed" else _ACCEPT_PAGE}
    if cached is not None:
        if cached.etag:
            headers["If-None-Match"] = cached.etag
        if cached.last_modified:
            headers["If-Modified-Since"] = cached.last_modified
    timeout = httpx.Timeout(options.read_timeout, connect=options.connect_timeout)
    deadline = time.monotonic() + options.total_timeout
    with httpx.Client(follow_redirects=True, max_redirects=options.max_redirects, timeout=timeout,
                      headers=headers) as client, client.stream("GET", url) as response:
        if response.status_code == 304 and cached is not None:
            cache.touch(url)
            return _from_cache(url, cached, kind)
        if response.status_code >= 400:
            reason = _one_line(response.reason_phrase or "")
            raise WebError(f"{url}: HTTP {response.status_code}{' ' + reason if reason else ''}")
        if response.status_code >= 300:
            raise WebError(f"{url}: HTTP {response.status_code} redirect without a usable Location")
        content_type, charset = _media_type(response.headers.get("content-type", ""))
        _check_type(url, content_type, kind)
        data = _read_limited(url, response, options, deadline)
        final_url = str(response.url)
        etag = response.headers.get("etag")
        last_modified = response.headers.get("last-modified")
    cache.put(CachedPage(url=url, final_url=final_url, content_type=content_type, charset=charset, etag=etag,
                         last_modified=last_modified, stored_at=time.time(), data=data))
    return Page(url=url, final_url=final_url, content_type=content_type, charset=charset, data=data)


def _read_limited(url: str, response: httpx.Response, options: FetchOptions, deadline: float) -> bytes:
    limit = options.max_size
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit and not response.headers.get("content-encoding"):
        raise _too_large(url, limit, int(declared))
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > limit:
            raise _too_large(url, limit)
        if time.monotonic() > deadline:
            raise WebError(f"{url}: the download took longer than {options.total_timeout:g} s (timeout)")
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(url: str, limit: int, size: int | None = None) -> WebError:
    what = f"{_size(size)} is larger" if size is not None else "larger"
    return WebError(f"{url}: {what} than the limit of {_size(limit)} (see --max-size)")


def _from_cache(url: str, cached: CachedPage, kind: str) -> Page:
    _check_type(url, cached.content_type, kind)
    return Page(url=cached.url, final_url=cached.final_url, content_type=cached.content_type,
                charset=cached.charset, data=cached.data, from_cache=True)


def _media_type(header: str) -> tuple[str, str | None]:
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return media.strip().lower(), charset


def _check_type(url: str, content_type: str, kind: str) -> None:
    if not content_type:
        return  # no type given: the content decides, as for a file without an extension
    if kind == "feed":
        if content_type in FEED_TYPES or content_type.endswith("+xml") or content_type.startswith("text/"):
            return
        raise WebError(f"{url}: type {content_type[:60]} is not a feed (RSS or Atom)")
    if (content_type in PAGE_TYPES or content_type.startswith("text/")) and content_type not in _NOT_ARTICLES:
        return
    hint = " (a feed? use --feed)" if content_type in FEED_TYPES or content_type.endswith("+xml") else ""
    raise WebError(f"{url}: type {content_type[:60]} is neither HTML nor text{hint}")


def _network_reason(exc: BaseException) -> str:
    """Name what went wrong below HTTP: the name, the connection, TLS."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    for error in seen:
        if isinstance(error, socket.gaierror):
            return "host not found (no such name)"
        if isinstance(error, ConnectionRefusedError):
            return "connection refused"
        if isinstance(error, ssl.SSLCertVerificationError):
            return f"TLS error: certificate not trusted ({_one_line(error.verify_message or error)})"
        if isinstance(error, ssl.SSLError):
            reason = _one_line(error.reason or error).replace("_", " ").lower()
            return f"TLS error ({reason}{': not an https server?' if 'wrong version' in reason else ''})"
    text = " ".join(_one_line(e) for e in seen)
    for needle, reason in (("Name or service not known", "host not found (no such name)"),
                           ("nodename nor servname", "host not found (no such name)"),
                           ("Temporary failure in name resolution", "host not found (name lookup failed)"),
                           ("Connection refused", "connection refused"),
                           ("CERTIFICATE_VERIFY_FAILED", "TLS error: certificate not trusted"),
                           ("SSL", "TLS error")):
        if needle in text:
            return reason
    name = type(exc).__name__
    detail = _one_line(exc)
    return f"network error ({name}{': ' + detail[:120] if detail else ''})"


def _one_line(value: object) -> str:
    return " ".join(clean(str(value)).split())


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.0f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n} bytes"


# -- decoding -------------------------------------------------------------------


def fetch_document(url: str, options: FetchOptions | None = None) -> Document:
    """Fetch ``url`` and read it as a local file of its type would be read."""
    return to_document(fetch(url, options, kind="page"))


def to_document(page: Page) -> Document:
    name = page.final_url
    text, encoding, warnings = decode_page(page.data, page.charset, name=name)
    text = clean(normalise_newlines(text))
    if not text.strip():
        raise WebError(f"{name}: {'empty page' if not page.data else 'no text in the page'}")
    if page.from_cache:
        warnings.append(f"{name}: read from the cache")
    hint = _EXTENSION_OF.get(page.content_type, "")
    return Document(name=name, text=text, format=sniff_format(text, "page" + hint if hint else name),
                    encoding=encoding, warnings=tuple(warnings))


def decode_page(data: bytes, declared: str | None, *, name: str) -> tuple[str, str, list[str]]:
    """Decode with the charset the headers declare, else the one the content
    declares (``<meta charset>``, the XML declaration), else as reader.ingest
    decodes a file. A declaration the bytes contradict is not trusted."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in data[:8192]:
        return decode(data, name=name)  # a BOM wins over any label; NUL bytes: ingest refuses binary
    warnings: list[str] = []
    for label, where in ((declared, "the headers"), (_content_charset(data), "the page")):
        codec = _codec(label)
        if label and codec is None:
            warnings.append(f"{name}: unknown charset {_one_line(label)[:40]!r} in {where}; ignored")
            continue
        if codec is None:
            continue
        if codec in _SINGLE_BYTE and not data.isascii() and _is_utf8(data):
            warnings.append(f"{name}: {where} say {label} but the page is UTF-8; read as UTF-8")
            return data.decode("utf-8"), "utf-8", warnings
        try:
            return data.decode(codec), codec, warnings
        except UnicodeDecodeError:
            warnings.append(f"{name}: the page is not valid {label} as {where} say")
    text, encoding, more = decode(data, name=name)
    return text, encoding, warnings + more


def _content_charset(data: bytes) -> str | None:
    head = data[:4096]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    # As browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean Windows-1252.
    return "cp1252" if name in _SINGLE_BYTE else name


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
