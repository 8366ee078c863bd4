"""Issue 5: plain mode, dumped and interactive, under a real pseudo-terminal."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import replace

import pexpect
import pytest

from tests.conftest import SAMPLES, sample_file, sample_names

KZ = [sys.executable, "-m", "reader"]
# Bytes a screen reader or braille display should never receive from us.
FORBIDDEN = re.compile(r"[\x00-\x09\x0b-\x1f\x7f\x80-\x9f\u2500-\u259f\u25a0-\u25ff]")


def run(*args: str, env: dict | None = None, input: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*KZ, *args], capture_output=True, input=input, timeout=60, check=False,
                          env={**os.environ, **(env or {})})


def assert_clean(text: str, width: int) -> None:
    assert FORBIDDEN.search(text) is None, repr(FORBIDDEN.search(text))
    for line in text.split("\n"):
        assert len(line) <= width, line


@pytest.mark.parametrize("name", sample_names())
@pytest.mark.parametrize("width", [40, 79])
def test_dump_is_clean_and_wrapped(name: str, width: int) -> None:
    result = run("--plain", "--width", str(width), str(sample_file(name)))
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")
    assert_clean(text, width)
    assert "Section 1 of" in text and "Casualty figures:" in text and "Publisher notes:" in text


def test_dump_announces_sections_and_writes_sentences() -> None:
    text = run("--plain", "--width", "200", str(SAMPLES / "kazakh-party-leader.txt")).stdout.decode()
    assert "Section 1 of 4: Headline" in text
    assert "Section 4 of 4: Body" in text
    people = next(line for line in text.splitlines() if line.startswith("People: "))
    assert "Qasym-Zhomart Toqaev, also Toqaev, 5 mentions" in people
    assert "227 people killed, according to Kazakh authorities; disputed by Human rights groups." in text
    assert "Note 1, Navigation: Accessibility links" in text


def test_table_rows_are_read_with_their_column_names() -> None:
    text = run("--plain", "--width", "200", str(SAMPLES / "html-table-casualties.html")).stdout.decode()
    assert "Table with columns: Province, Deaths, Injured, Houses damaged." in text
    assert "Punjab: Deaths 118; Injured 212; Houses damaged 1,340." in text
    assert "Punjab | 118" not in text
    assert "Figure 3: 118 people killed. In paragraph 5, the table row for Punjab." in text


def test_marks_are_words_in_brackets() -> None:
    text = run("--plain", "--all", "--marks", "--width", "200",
               str(SAMPLES / "kazakh-party-leader.txt")).stdout.decode()
    assert "Almaty [place]" in text and "Nur-Otan [organisation] party" in text and "Toqaev [person]" in text


def test_piped_output_chooses_plain_by_itself() -> None:
    result = run(str(SAMPLES / "kazakh-party-leader.txt"))
    assert result.stdout.startswith(b"Article: President Toqaev")


# Textual and rich, and the standard modules whose import alone costs a
# sizeable part of Python's start-up (issue #5; issue #15 chose dataclasses,
# and with them inspect, for the model's records: benchmarks/startup.py
# measures the whole start-up against its goal).
HEAVY = ("textual", "rich", "typing", "shutil", "pathlib", "platformdirs")


def test_plain_and_json_never_import_textual_or_heavy_modules() -> None:
    sample = str(SAMPLES / "kazakh-party-leader.txt")
    code = ("import sys, io; from reader.cli import main; out = sys.stdout; sys.stdout = io.StringIO(); "
            f"main(['--plain', '--all', {sample!r}]); main(['--json', {sample!r}]); sys.stdout = out; "
            f"sys.stderr.write(repr(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.stderr.strip() == "[]"


def spawn(*args: str, env: dict | None = None) -> pexpect.spawn:
    child = pexpect.spawn(KZ[0], [*KZ[1:], *args], encoding="utf-8", timeout=20, dimensions=(24, 80),
                          env={**os.environ, "TERM": "xterm", **(env or {})})
    child.expect(r"Type h for\s+help\.")
    child.expect("> ")
    return child


def command(child: pexpect.spawn, text: str) -> str:
    child.sendline(text)
    child.expect("\r\n> ")
    return child.before.replace("\r\n", "\n")


def test_interactive_session() -> None:
    child = spawn("--plain", str(SAMPLES / "kazakh-party-leader.txt"))
    out = command(child, "j")
    assert "Section 2 of 4: Caption" in out
    out = command(child, "n")
    assert "Section 3 of 4: Lead" in out and "NUR-SULTAN" in out
    assert "Paragraph 3 of 14" in command(child, "w")
    out = command(child, "s 4")
    assert "Section 4 of 4: Body" in out
    out = command(child, "/zhanaozen")
    assert "Found 'zhanaozen' in paragraph" in out and "Zhanaozen" in out
    assert "Search ended" in command(child, "c")
    assert "227 people killed" in command(child, "figures")
    assert "Places:" in command(child, "entities")
    assert "Legal:" in command(child, "notes")
    sections = command(child, "s")
    assert "Section 1 of 4: Headline" in sections and "Section 2 of 4: Caption, 1 paragraph." in sections
    assert "(1 paragraph matches)" in command(child, "/Almaty")
    assert "Unknown command 'xyzzy'" in command(child, "xyzzy")
    assert "j: next paragraph" in command(child, "h")
    out = command(child, "r")
    assert out.rstrip().endswith("End of article.")
    assert_clean(out, 80)
    child.sendeof()
    child.expect("Goodbye.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_the_app_letters_move_the_same_way() -> None:
    """n/p sections, e mentions with per-entity counts, f figures (f N goes
    to figure N's paragraph), g N any paragraph, G the last, / and n/N."""
    child = spawn("--plain", "--width", "200", str(SAMPLES / "kazakh-party-leader.txt"))
    assert "Section 2 of 4: Caption" in command(child, "n")
    assert "Section 1 of 4: Headline" in command(child, "p")
    out = command(child, "e")
    assert "Person: Qasym-Zhomart Toqaev, mention 1 of 5 of Qasym-Zhomart Toqaev; 1 of" in out
    assert "mentions of all entities; in paragraph 1:" in out
    out = command(child, "f 2")
    assert out.startswith("Figure 2 of 4:") or "\nFigure 2 of 4:" in out
    paragraph = int(out.split("In paragraph ")[1].split(":")[0])
    assert f"Paragraph {paragraph} of 14" in command(child, "w")
    assert "Figure 1 of 4" in command(child, "F")
    out = command(child, "g 13")
    assert "Paragraph 13 of 14" in command(child, "w")
    command(child, "G")
    assert "Paragraph 14 of 14" in command(child, "w")
    assert "Give a paragraph number from 1 to 14" in command(child, "g 99")
    command(child, "g")
    first = command(child, "/nazarbaev")
    assert "Found 'nazarbaev' in paragraph" in first
    second = command(child, "n")  # the next match while the search is on, as in the app
    assert "Found 'nazarbaev' in paragraph" in second and second != first
    assert "Found 'nazarbaev'" in command(child, "N")
    command(child, "c")
    assert "Section" in command(child, "n")  # n moves by section again
    child.sendline("q")
    child.expect(pexpect.EOF)


def test_up_arrow_recalls_the_last_command_and_no_key_code_is_echoed() -> None:
    child = spawn("--plain", str(SAMPLES / "kazakh-party-leader.txt"))
    command(child, "j")
    assert "Paragraph 2 of 14" in command(child, "w")
    child.send("\x1b[A")  # Up: readline puts "w" back on the line
    child.send("\r")
    child.expect("\r\n> ")
    recalled = child.before
    assert "Paragraph 2 of 14" in recalled
    assert "Unknown command" not in recalled and "\\x1b" not in recalled and "^[" not in recalled
    child.send("\x1b[A\x1b[A\r")  # two back: "j" again
    child.expect("\r\n> ")
    assert "Paragraph 2 of 14" not in child.before and "Caption" not in child.before
    assert "Paragraph 3 of 14" in command(child, "w")
    child.sendline("q")
    child.expect(pexpect.EOF)


def test_a_line_with_key_codes_is_answered_in_words() -> None:
    from reader.plain import prompt

    assert prompt.has_key_codes("\x1b[A") and not prompt.has_key_codes("g 12")
    text = run("--plain", "--width", "200", str(SAMPLES / "kazakh-party-leader.txt")).stdout.decode()
    assert "\x1b" not in text


def test_piped_article_takes_commands_from_the_terminal() -> None:
    path = str(SAMPLES / "kazakh-party-leader.txt")
    child = pexpect.spawn("sh", ["-c", f"cat {path} | {sys.executable} -m reader --plain -"], encoding="utf-8",
                          timeout=20, dimensions=(24, 80), env={**os.environ, "TERM": "xterm"})
    child.expect(r"Type h for\s+help\.")
    child.expect("> ")
    assert "Section 3 of 4: Lead" in command(child, "s 3")
    child.sendline("q")
    child.expect(pexpect.EOF)


def test_progress_is_said_on_stderr_after_a_second() -> None:
    import io

    from reader.plain.prompt import Progress

    now = [0.0]
    stream = io.StringIO()
    progress = Progress("analysing 5.0 million characters", stream, clock=lambda: now[0])
    progress("reading the page", 0.0)
    assert stream.getvalue() == ""  # quick inputs say nothing
    now[0] = 1.5
    progress("finding entities", 0.4)
    progress("finding entities", 0.5)
    now[0] = 3.0
    progress.finish()
    assert stream.getvalue().splitlines() == [
        "kzreader: analysing 5.0 million characters: finding entities (40%)",
        "kzreader: analysing 5.0 million characters: done in 3.0 s"]


def test_interactive_quit_and_clean_bytes() -> None:
    child = spawn("--plain", "--width", "60", str(SAMPLES / "rights-report-darfur.txt"))
    transcript = command(child, "r") + command(child, "k") + command(child, "entities")
    assert_clean(transcript, 60)
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


@pytest.mark.parametrize("env", [{"TERM": "dumb"}, {"KZREADER_PLAIN": "1"}])
def test_plain_is_chosen_for_dumb_terminals(env: dict) -> None:
    child = spawn(str(SAMPLES / "kazakh-party-leader.txt"), env=env)
    child.sendline("q")
    child.expect(pexpect.EOF)


def test_the_bundled_sample_is_named_not_given_by_its_install_path() -> None:
    from reader.plain.render import source_name
    from reader.resources import sample_path

    assert source_name(str(sample_path())) == "kazakh-party-leader.txt (a bundled sample)"
    assert source_name("articles/mine.txt") == "articles/mine.txt"


def test_one_person_is_said_in_words() -> None:
    from reader.describe import figure_sentence
    from reader.model import Figure

    one = Figure(quote="A 58-year-old man was killed.", paragraph="p2", start=0, end=28, count=1, low=1, high=1,
                 category="killed", qualifier="exact", who="58-year-old man", source=None, disputed=False)
    assert figure_sentence(one) == "One 58-year-old man killed."
    assert figure_sentence(replace(one, who=None)) == "One person killed."
    assert figure_sentence(replace(one, count=3, low=3, high=3, who=None)) == "3 people killed."
