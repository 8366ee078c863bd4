"""A real HTTP server on localhost for the web tests (no mocking of httpx).

It serves the pages and feeds in tests/fixtures/web ("{{BASE}}" in a file
becomes the server's own address) and the misbehaving answers the fetcher
must survive: slow, trickling, huge, mislabelled, looping, failing.
"""

from __future__ import annotations

import hashlib
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "web"

# path -> (fixture file, Content-Type header)
FILES = {
    "/article.html": ("article.html", "text/html; charset=utf-8"),
    "/report.txt": ("report.txt", "text/plain; charset=utf-8"),
    "/no-type": ("article.html", ""),
    "/wrong-charset.html": ("protest-cp1252.html", "text/html; charset=utf-8"),
    "/latin-label.html": ("protest-utf8.html", "text/html; charset=iso-8859-1"),
    "/meta-charset.html": ("fire-cp1251.html", "text/html"),
    "/unknown-charset.html": ("article.html", "text/html; charset=x-no-such-charset"),
    "/rss.xml": ("rss.xml", "application/rss+xml; charset=utf-8"),
    "/atom.xml": ("atom.xml", "application/atom+xml"),
    "/rdf.xml": ("rdf.xml", "application/rdf+xml"),
    "/broken.xml": ("broken.xml", "text/xml"),
    "/feed-as-text.xml": ("rss.xml", "text/plain"),
}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: LocalServer

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        self.server.record(parts.path, dict(self.headers.items()))
        route = getattr(self, "route_" + parts.path.strip("/").replace("-", "_").replace(".", "_"), None)
        if parts.path in FILES:
            name, ctype = FILES[parts.path]
            self.send_file(name, ctype)
        elif route is not None:
            route(query)
        else:
            self.send_body(b"<html><body><h1>Not found</h1></body></html>", "text/html", status=404)

    # -- helpers ------------------------------------------------------------------

    def send_body(self, body: bytes, ctype: str, *, status: int = 200, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_file(self, name: str, ctype: str) -> None:
        body = (FIXTURES / name).read_bytes().replace(b"{{BASE}}", self.server.base.encode())
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        last_modified = "Tue, 03 Mar 2026 10:00:00 GMT"
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_body(body, ctype, headers={"ETag": etag, "Last-Modified": last_modified})

    def send_chunked(self, chunks, ctype: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            for chunk in chunks:
                self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    # -- routes -------------------------------------------------------------------

    def route_slow_html(self, query: dict[str, str]) -> None:
        """Headers at once, then nothing for ``delay`` seconds (a read timeout)."""
        body = (FIXTURES / "article.html").read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.flush()
        time.sleep(float(query.get("delay", "3")))
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def route_trickle_html(self, query: dict[str, str]) -> None:
        """The article in small pieces over ``seconds`` seconds (slow, never silent for long)."""
        body = (FIXTURES / "article.html").read_bytes()
        pieces = 20
        pause = float(query.get("seconds", "2")) / pieces
        size = len(body) // pieces + 1

        def chunks():
            for start in range(0, len(body), size):
                time.sleep(pause)
                yield body[start:start + size]

        self.send_chunked(chunks(), "text/html; charset=utf-8")

    def route_huge_html(self, query: dict[str, str]) -> None:
        """``mb`` megabytes of paragraphs, chunked (no Content-Length to refuse early)."""
        megabytes = int(query.get("mb", "5"))
        paragraph = b"<p>" + b"Words of a very long page that never seems to end. " * 20 + b"</p>\n"
        count = megabytes * 1024 * 1024 // len(paragraph) + 1
        head = b"<!DOCTYPE html><html><body><article><h1>Huge</h1>\n"
        self.send_chunked((head, *(paragraph for _ in range(count))), "text/html")

    def route_huge_declared_html(self, query: dict[str, str]) -> None:
        """A Content-Length over the limit: refused before the body is read."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(50 * 1024 * 1024))
        self.end_headers()
        try:
            self.wfile.write(b"<p>" + b"x" * 65536)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def route_loop_a(self, query: dict[str, str]) -> None:
        self.send_body(b"", "text/html", status=302, headers={"Location": "/loop-b"})

    def route_loop_b(self, query: dict[str, str]) -> None:
        self.send_body(b"", "text/html", status=302, headers={"Location": "/loop-a"})

    def route_moved(self, query: dict[str, str]) -> None:
        self.send_body(b"", "text/html", status=301, headers={"Location": "/article.html"})

    def route_error_html(self, query: dict[str, str]) -> None:
        self.send_body(b"<html><body><h1>Internal Server Error</h1></body></html>", "text/html", status=500)

    def route_image_png(self, query: dict[str, str]) -> None:
        self.send_body(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")

    def route_document_pdf(self, query: dict[str, str]) -> None:
        self.send_body(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "application/pdf")

    def route_empty_html(self, query: dict[str, str]) -> None:
        self.send_body(b"", "text/html")

    def route_not_a_feed_html(self, query: dict[str, str]) -> None:
        self.send_file("article.html", "text/html; charset=utf-8")

    def route_big_feed_xml(self, query: dict[str, str]) -> None:
        from tests.web.bigfeed import rss

        self.send_body(rss(int(query.get("items", "10000")), self.server.base), "application/rss+xml")


class LocalServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, tls: bool = False) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        scheme = "http"
        if tls:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(FIXTURES / "selfsigned.pem", FIXTURES / "selfsigned.key")
            self.socket = context.wrap_socket(self.socket, server_side=True)
            scheme = "https"
        self.base = f"{scheme}://127.0.0.1:{self.server_address[1]}"
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    def handle_error(self, request, client_address) -> None:
        """A client that hangs up (a timeout, a refused download) is expected here: stay quiet."""

    def record(self, path: str, headers: dict[str, str]) -> None:
        with self._lock:
            self.requests.append((path, headers))

    def hits(self, path: str) -> list[dict[str, str]]:
        with self._lock:
            return [headers for p, headers in self.requests if p == path]

    def url(self, path: str) -> str:
        return self.base + path

    def start(self) -> LocalServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


def refused_url() -> str:
    """An address on this machine where nothing listens (the port was just freed)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/article.html"


UNKNOWN_HOST = "http://kzreader-test.invalid/article.html"
"""A name that can never resolve (.invalid is reserved, RFC 2606)."""
