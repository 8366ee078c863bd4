"""A cache of fetched pages and feeds, keyed by URL, on disk.

It lives in the platform cache directory that platformdirs names
(``~/.cache/kzreader/web`` on Linux, ``$XDG_CACHE_HOME`` when set;
``$KZREADER_CACHE_DIR/web`` when that is set), imported only when a URL or
feed is read. Each URL has two files named by the SHA-256 of the URL: the
body as it was downloaded (before decoding) and a small JSON record of what
is needed to read it again and to revalidate it (ETag, Last-Modified, media
type, charset, the address after redirects).

Writes go to a temporary file that is then renamed, so a reader never sees
half an entry; any error of the disk is ignored (a page that cannot be
cached is still read). Past ``MAX_BYTES`` the entries used longest ago are
deleted after each write.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass

CACHE_FORMAT = 1
MAX_BYTES = 256 * 1024 * 1024
"""The cache keeps at most this much; the entries read or revalidated longest ago go first."""


@dataclass(frozen=True, slots=True)
class CachedPage:
    """What the cache holds for one URL."""

    url: str
    final_url: str
    content_type: str
    charset: str | None
    etag: str | None
    last_modified: str | None
    stored_at: float
    data: bytes


def default_root() -> str:
    """``web`` in the platform cache directory, or in ``$KZREADER_CACHE_DIR``."""
    override = os.environ.get("KZREADER_CACHE_DIR")
    if override:
        return os.path.join(override, "web")
    import platformdirs  # only when a URL or feed is read

    return os.path.join(platformdirs.user_cache_dir("kzreader", appauthor=False), "web")


class PageCache:
    """Pages on disk under ``root`` (None: a cache that holds nothing)."""

    def __init__(self, root: str | None, max_bytes: int = MAX_BYTES) -> None:
        self.root = root
        self.max_bytes = max_bytes

    def _paths(self, url: str) -> tuple[str, str] | None:
        if self.root is None:
            return None
        key = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()
        base = os.path.join(self.root, key[:2], key)
        return base + ".json", base + ".body"

    def get(self, url: str) -> CachedPage | None:
        paths = self._paths(url)
        if paths is None:
            return None
        meta_path, body_path = paths
        try:
            with open(meta_path, encoding="utf-8") as handle:
                meta = json.load(handle)
            with open(body_path, "rb") as handle:
                data = handle.read()
        except (OSError, ValueError):
            return None
        if not isinstance(meta, dict) or meta.get("format") != CACHE_FORMAT or meta.get("url") != url:
            return None
        if meta.get("size") != len(data):
            return None  # a body from another write than this record
        return CachedPage(
            url=url, final_url=str(meta.get("final_url") or url), content_type=str(meta.get("content_type", "")),
            charset=meta.get("charset"), etag=meta.get("etag"), last_modified=meta.get("last_modified"),
            stored_at=float(meta.get("stored_at", 0.0)), data=data,
        )

    def put(self, page: CachedPage) -> bool:
        """Store ``page``; False when the disk refused (the cache is best effort)."""
        paths = self._paths(page.url)
        if paths is None:
            return False
        meta_path, body_path = paths
        meta = {
            "format": CACHE_FORMAT, "url": page.url, "final_url": page.final_url,
            "content_type": page.content_type, "charset": page.charset, "etag": page.etag,
            "last_modified": page.last_modified, "stored_at": page.stored_at or time.time(),
            "size": len(page.data),
        }
        try:
            os.makedirs(os.path.dirname(meta_path), exist_ok=True)
            _write_atomically(body_path, page.data)
            _write_atomically(meta_path, json.dumps(meta, ensure_ascii=False).encode("utf-8"))
        except OSError:
            return False
        self.prune(keep=meta_path)
        return True

    def prune(self, keep: str | None = None) -> int:
        """Delete the entries used longest ago until the cache fits; return how many went."""
        if self.root is None:
            return 0
        entries: list[tuple[float, int, str]] = []  # (last use, bytes, path without extension)
        total = 0
        try:
            for folder in os.scandir(self.root):
                if not folder.is_dir():
                    continue
                for entry in os.scandir(folder.path):
                    if entry.name.endswith(".json"):
                        base = entry.path[:-5]
                        size = entry.stat().st_size + _size_of(base + ".body")
                        entries.append((entry.stat().st_mtime, size, base))
                        total += size
        except OSError:
            return 0
        removed = 0
        for _, size, base in sorted(entries):
            if total <= self.max_bytes:
                break
            if keep is not None and base + ".json" == keep:
                continue
            for path in (base + ".json", base + ".body"):
                try:
                    os.unlink(path)
                except OSError:
                    pass
            total -= size
            removed += 1
        return removed

    def touch(self, url: str) -> None:
        """Mark an entry as just used (a 304 answer, an offline read): pruned last."""
        paths = self._paths(url)
        if paths is not None:
            try:
                os.utime(paths[0])
            except OSError:
                pass


def _size_of(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _write_atomically(path: str, data: bytes) -> None:
    folder = os.path.dirname(path)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
