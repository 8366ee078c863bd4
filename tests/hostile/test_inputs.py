"""Issue 6: broken and hostile input, in every mode: a clear line, or clean output."""

from __future__ import annotations

import codecs
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from reader.analysis import analyze
from reader.ingest import load
from tests.hostile.invariants import assert_nothing_lost

KZ = [sys.executable, "-m", "reader"]
UNSAFE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069]")
RUSSIAN = ("Президент страны заявил во вторник, что правительство проведёт реформу пенсионной системы. "
           "По словам министра финансов, расходы бюджета вырастут на треть. Оппозиция назвала план "
           "непродуманным и потребовала общественного обсуждения. Жители столицы вышли на улицы с плакатами.")
FRENCH = "Le président a déclaré mercredi que la réforme serait adoptée. « Nous irons jusqu'au bout », a-t-il ajouté."


def run(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "TERM": "xterm"}
    return subprocess.run([*KZ, *args], capture_output=True, input=input, timeout=120, env=env)


def bad_files(tmp: Path) -> dict[str, tuple[str, int, str]]:
    """name -> (path, exit status, words the one-line error must contain)."""
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "blank.txt").write_bytes(b"  \n\t\n   \r\n")
    (tmp / "nul.txt").write_bytes(b"some text\x00\x00\x01binary")
    (tmp / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with zipfile.ZipFile(tmp / "archive.zip", "w") as archive:
        archive.writestr("a.txt", "hello " * 100)
    os.mkfifo(tmp / "fifo")
    (tmp / "dir").mkdir()
    return {
        "missing": (str(tmp / "nope.txt"), 2, "no such file"),
        "directory": (str(tmp / "dir"), 2, "is a directory"),
        "fifo": (str(tmp / "fifo"), 2, "not a regular file"),
        "device": ("/dev/null", 2, "not a regular file"),
        "empty": (str(tmp / "empty.txt"), 1, "empty file"),
        "whitespace": (str(tmp / "blank.txt"), 1, "no text"),
        "nul bytes": (str(tmp / "nul.txt"), 1, "binary"),
        "png": (str(tmp / "image.png"), 1, "binary"),
        "zip": (str(tmp / "archive.zip"), 1, "binary"),
    }


CASES = ["missing", "directory", "fifo", "device", "empty", "whitespace", "nul bytes", "png", "zip"]


@pytest.mark.parametrize("mode", [["--json"], ["--plain"], ["--plain", "--all"], []])
@pytest.mark.parametrize("case", CASES)
def test_bad_input_gets_one_line_and_an_exit_status(tmp_path: Path, case: str, mode: list[str]) -> None:
    path, status, words = bad_files(tmp_path)[case]
    result = run(*mode, path)
    stderr = result.stderr.decode()
    assert result.returncode == status, stderr
    assert stderr.count("\n") == 1 and stderr.startswith("kzreader: ") and words in stderr
    assert path in stderr and "Traceback" not in stderr
    assert result.stdout == b""


def test_permission_denied_is_one_line(tmp_path: Path, monkeypatch) -> None:
    # As root a chmod cannot stop a read, so make the open itself refuse.
    from reader.cli import main
    from reader.errors import InputError

    target = tmp_path / "secret.txt"
    target.write_text("text")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("reader.ingest.open", refuse, raising=False)  # the module's open, not the builtin
    with pytest.raises(InputError, match="permission denied"):
        load(target)
    assert main(["--json", str(target)]) == 1


def test_usage_errors_exit_2_with_one_line() -> None:
    result = run("--width", "abc", "x")
    assert result.returncode == 2 and result.stderr.decode().count("\n") == 1


def test_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Word " * 2000)
    result = run("--json", "--max-size", "1K", str(big))
    assert result.returncode == 1 and "larger than the limit" in result.stderr.decode()
    assert run("--json", "--max-size", "1M", str(big)).returncode == 0


ENCODINGS = [
    ("utf-8", b"", "Kazakh: \u049a\u0430\u0437\u0430\u049b\u0441\u0442\u0430\u043d. " + FRENCH),
    ("utf-8-sig", b"", FRENCH),
    ("utf-16-le", codecs.BOM_UTF16_LE, RUSSIAN),
    ("utf-16-be", codecs.BOM_UTF16_BE, RUSSIAN),
    ("cp1251", b"", RUSSIAN),
    ("koi8-r", b"", RUSSIAN),
    ("latin-1", b"", FRENCH),
    # Spanish in Windows-1252: "\u00f1" must not come back as cp1250's "\u0144"
    ("cp1252", b"", "El Ej\u00e9rcito inform\u00f3 que el frente de Carlos Pati\u00f1o atac\u00f3 en Popay\u00e1n, "
                    "\u201cuna emboscada\u201d seg\u00fan el Ministerio."),
]


@pytest.mark.parametrize("encoding, bom, text", ENCODINGS)
def test_encodings_decode_to_the_same_text(tmp_path: Path, encoding: str, bom: bytes, text: str) -> None:
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(bom + f"A Headline About Events Here\n\n{text}\n".encode(encoding))
    document = load(path)
    assert text in document.text
    data = json.loads(run("--json", str(path)).stdout)
    assert any(text in p["text"] for p in data["paragraphs"])


def test_invalid_utf8_in_the_middle_is_replaced_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    text = "Caf\u00e9 owners said the police came.\n\nIt was \u201cquiet\u201d \xff\xfe then loud.\n"
    path.write_bytes(text.encode("utf-8", "surrogateescape").replace(b"\\xff", b"")
                     .replace("\xff\xfe".encode(), b"\xff\xfe"))
    result = run("--json", str(path))
    assert result.returncode == 0
    assert "invalid UTF-8" in result.stderr.decode()
    data = json.loads(result.stdout)
    assert "Caf\u00e9" in json.dumps(data, ensure_ascii=False)
    assert "\ufffd" in json.dumps(data, ensure_ascii=False)


def test_mixed_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "endings.txt"
    path.write_bytes(b"Headline Of Mixed Endings Story\r\n\r\nFirst paragraph here.\rSecond one.\n\nThird.\r\n")
    document = load(path)
    assert "\r" not in document.text
    article = analyze(document)
    assert_nothing_lost(document, article)
    assert [p.text for p in article.paragraphs][-1] == "Third."


HOSTILE = ("Hostile Headline For Testing Purposes\n\n"
           "TOWN -- Police said 3 people were killed. \x1b[2J\x1b[31mRED\x1b[0m \x1b]0;pwned title\x07 "
           "\x1b]52;c;aGVsbG8=\x07 \x1b]8;;http://evil.example/\x1b\\link\x1b]8;;\x1b\\ \x9b31mC1\x85x "
           "\u202eevil\u202c \u2066iso\u2069 [bold]not bold[/bold] [link=http://evil]x[/link] "
           "[@click=app.quit]quit[/] [$accent]accent[/] tab\there form\ffeed.\n")
MARKUP = ["[bold]not bold[/bold]", "[link=http://evil]x[/link]", "[@click=app.quit]quit[/]", "[$accent]accent[/]"]


def test_hostile_text_is_stripped_in_json_and_markup_is_data(tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    result = run("--json", str(path))
    assert result.returncode == 0
    data = json.loads(result.stdout)
    text = " ".join(p["text"] for p in data["paragraphs"])
    assert UNSAFE.search(text) is None
    assert "pwned" not in text and "aGVsbG8" not in text and "evil.example" not in text
    for markup in MARKUP:
        assert markup in text
    assert "link" in text and "RED" in text  # the visible text of a hyperlink or colour stays


@pytest.mark.parametrize("args", [["--plain", "--all"], ["--plain", "--all", "--marks"]])
def test_hostile_text_is_clean_in_plain_mode(tmp_path: Path, args: list[str]) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    out = run(*args, "--width", "70", str(path)).stdout.decode()
    assert UNSAFE.search(out) is None
    assert "[@click=app.quit]quit[/]" in out.replace("\n", " ")


def test_hard_text(tmp_path: Path) -> None:
    text = ("Hard Text Headline Goes Here\n\n"
            + "x" * 3000 + " https://example.org/" + "a" * 500 + "\n\n"
            + "Combining e\u0301 and \u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8"
            + " and \U0001F600\U0001F469\u200d\U0001F4BB"
            + " and \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 and \u049a\u0430\u0437\u0430\u049b"
            + " zero\u200bwidth\ttab\fform.\n")
    path = tmp_path / "hard.txt"
    path.write_text(text, encoding="utf-8")
    document = load(path)
    article = analyze(document)
    assert_nothing_lost(document, article)
    out = run("--plain", "--all", "--width", "40", str(path)).stdout.decode()
    assert UNSAFE.search(out) is None
    assert all(len(line) <= 40 for line in out.splitlines())
    assert "x" * 40 in out  # the long word is wrapped, not cut away


def test_malformed_html(tmp_path: Path) -> None:
    deep = "<div>" * 10000 + "Deep text survives here." + "</div>" * 3
    html = ("<html><body><h1>Malformed Page Headline Here</h1><p>Unclosed paragraph with &amp; and &eacute; "
            "<b>bold <i>nested</p><script>var s = 'The ministry said 40 people were killed in the script.';</script>"
            "<style>p { content: 'Officials said 9 were detained in the style'; }</style>" + deep + "<p>Tail.")
    path = tmp_path / "bad.html"
    path.write_text(html, encoding="utf-8")
    result = run("--json", str(path))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    everything = json.dumps(data, ensure_ascii=False)
    assert "in the script" not in everything and "in the style" not in everything
    assert "Unclosed paragraph with & and \u00e9" in everything
    assert data["figures"] == []
