"""Loading and decoding: a path or standard input -> decoded, clean text.

Heavy helpers are imported only when an input needs them: charset-normalizer
only when the bytes are not valid UTF-8 (or UTF-16/32 with a BOM).
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from dataclasses import dataclass

from reader import rx
from reader.errors import InputError, UsageError
from reader.textutil import clean, normalise_newlines

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import BinaryIO

DEFAULT_MAX_SIZE = 200 * 1024 * 1024
"""Refuse inputs larger than this many bytes (``--max-size`` changes it)."""

Format = str  # "txt" | "md" | "html"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_EXTENSIONS = {
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".md": "md", ".markdown": "md", ".mdown": "md", ".mkd": "md",
    ".txt": "txt", ".text": "txt",
}


@dataclass(frozen=True, slots=True)
class Document:
    """Decoded input, before any analysis."""

    name: str
    text: str
    """Decoded text, newlines normalised to LF, unsafe characters removed."""
    format: Format
    encoding: str
    warnings: tuple[str, ...] = ()


def load(source: str | os.PathLike[str], *, max_size: int = DEFAULT_MAX_SIZE,
         stdin: BinaryIO | None = None) -> Document:
    """Read ``source`` (a path, or ``"-"`` for standard input) as a Document."""
    name = os.fspath(source)
    if name == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(max_size + 1)
        if len(data) > max_size:
            raise InputError(f"standard input: larger than the limit of {_size(max_size)} (see --max-size)")
        return from_bytes(data, name="<stdin>")
    return from_bytes(read_path(name, max_size=max_size), name=name)


def read_path(path: str | os.PathLike[str], *, max_size: int = DEFAULT_MAX_SIZE) -> bytes:
    """Return the bytes of a regular file, or raise a one-line InputError."""
    path = os.fspath(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise UsageError(f"{path}: is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise UsageError(f"{path}: not a regular file (a pipe, socket or device); use '-' for a stream")
    if info.st_size > max_size:
        raise InputError(
            f"{path}: {_size(info.st_size)} is larger than the limit of {_size(max_size)} (see --max-size)"
        )
    try:
        with open(path, "rb") as handle:
            return handle.read(max_size + 1)
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def from_bytes(data: bytes, *, name: str = "<bytes>") -> Document:
    text, encoding, warnings = decode(data, name=name)
    text = clean(normalise_newlines(text))
    if not text.strip():
        raise InputError(f"{name}: {'empty file' if not data else 'no text (only whitespace or control characters)'}")
    return Document(name=name, text=text, format=sniff_format(text, name),
                    encoding=encoding, warnings=tuple(warnings))


def from_text(text: str, *, name: str = "<text>", format: Format | None = None) -> Document:
    text = clean(normalise_newlines(text))
    if not text.strip():
        raise InputError(f"{name}: no text")
    return Document(name=name, text=text, format=format or sniff_format(text, name), encoding="utf-8")


def decode(data: bytes, *, name: str = "<bytes>") -> tuple[str, str, list[str]]:
    """Decode bytes; return (text, encoding name, warnings)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            text = body.decode(encoding, errors="replace")
            bad = text.count("\ufffd") - body.decode(encoding, errors="ignore").count("\ufffd")
            warnings = [f"{name}: {bad} invalid {encoding} sequences replaced with U+FFFD"] if bad else []
            return text, encoding + ("-sig" if encoding == "utf-8" else ""), warnings
    if _looks_binary(data):
        raise InputError(f"{name}: binary data, not text (NUL bytes or a known binary signature)")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    good = sum(1 for ch in lenient if ch > "\x7f" and ch != "\ufffd")
    if good >= bad:
        # Mostly valid UTF-8 with a few broken bytes: keep UTF-8 and say so.
        return lenient, "utf-8", [f"{name}: {bad} invalid UTF-8 byte(s) replaced with U+FFFD"]
    from charset_normalizer import from_bytes as detect  # only for legacy encodings

    matches = detect(data)
    best = matches.best()
    if best is not None:
        # Where the detector cannot tell code pages apart (equal chaos and
        # coherence: "ñ" in cp1252 reads as "ń" in cp1250), take Windows-1252,
        # by far the most common legacy encoding of Web text.
        tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
        best = next((m for m in tied if "cp1252" in m.could_be_from_charset), best)
    if best is None or best.encoding is None:
        return lenient, "utf-8", [
            f"{name}: encoding could not be determined; decoded as UTF-8 with {bad} byte(s) replaced"
        ]
    encoding = codecs.lookup(best.encoding).name
    return str(best), encoding, [f"{name}: not UTF-8; decoded as {encoding} (detected)"]


_BINARY_MAGIC = (
    b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"%PDF", b"\x7fELF",
    b"\x1f\x8b", b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"RIFF", b"\x00\x00\x01\x00",
)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    return b"\x00" in head or head.startswith(_BINARY_MAGIC)


_HTML_START = rx.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
                             re.IGNORECASE | re.DOTALL)
_HTML_TAGS = rx.compile(r"</?(?:p|div|article|section|h[1-6]|ul|ol|li|br|span|a|nav|footer|header|table|main|figure)"
                        r"\b[^>]*>", re.IGNORECASE)
_MD_SIGNS = rx.compile(r"^(?:#{1,6}\s+\S|[-*+]\s+\S|>\s|\d+\.\s+\S|```|---+\s*$|\*\*\*+\s*$)"  # block marks
                       r"|\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*",  # links, bold
                       re.MULTILINE)


def sniff_format(text: str, name: str = "") -> Format:
    """Recognise HTML, Markdown or plain text by content, then by extension."""
    head = text[:8192]
    if _HTML_START.match(head) or len(_HTML_TAGS.findall(head)) >= 4:
        return "html"
    by_ext = _EXTENSIONS.get(os.path.splitext(name)[1].lower()) if name and not name.startswith("<") else None
    if by_ext == "html":
        # Named .html but holds no markup: read it as what it is.
        return "md" if _is_markdownish(head) else "txt"
    if by_ext == "md":
        return "md"
    if by_ext == "txt":
        return "txt"
    return "md" if _is_markdownish(head) else "txt"


def _is_markdownish(head: str) -> bool:
    signs = _MD_SIGNS.findall(head)
    headings = sum(1 for s in signs if s.startswith("#"))
    return headings >= 1 or len(signs) >= 3


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    size = n / 1024
    for unit in ("KB", "MB"):
        if size < 1024:
            return f"{size:.0f} {unit}"
        size /= 1024
    return f"{size:.0f} GB"
