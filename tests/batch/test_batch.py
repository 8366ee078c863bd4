"""Batch JSON export: one line per article, in processes, resumable, bad files as lines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.analysis import analyze
from reader.batch import paths as batch_paths
from reader.batch.pool import run_local
from reader.batch.work import (
    analyse_path,
    is_error_line,
    json_line,
    line_error,
    lines_for,
)
from reader.cli import main
from reader.export import to_dict
from tests.batch.articles import write_articles


def _run(capsys, *argv: str) -> tuple[int, list[str], str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write_articles(tmp_path / "in")
    return tmp_path / "in"


def test_each_line_is_the_single_json_plus_its_path(folder: Path, capsys) -> None:
    code, lines, err = _run(capsys, "--json", str(folder), "--jobs", "2")
    assert code == 1 and "2 of 6 articles could not be analysed" in err
    by_path = {json.loads(line)["path"]: json.loads(line) for line in lines}
    assert len(lines) == len(by_path) == 6  # notes.json is not an article ending
    for path, data in by_path.items():
        if path.endswith(("empty.txt", "binary.txt")):
            assert set(data) == {"path", "error"} and data["error"]
            continue
        single = to_dict(analyze(path))
        assert data == {"path": path} | single
        assert main(["--json", path]) == 0 and json.loads(capsys.readouterr().out) == single


def test_jobs_one_and_two_give_the_same_lines(folder: Path, capsys) -> None:
    _, one, _ = _run(capsys, "--json", str(folder), "--jobs", "1")
    _, two, _ = _run(capsys, "--json", str(folder), "--jobs", "2")
    assert sorted(one) == sorted(two) and len(one) == 6
    assert one == sorted(one, key=lambda line: batch_paths.expand([str(folder)]).index(json.loads(line)["path"]))


def test_paths_and_globs(folder: Path, capsys) -> None:
    _, lines, _ = _run(capsys, "--json", str(folder / "other" / "*.txt"), str(folder / "outlet-a" / "storm.txt"))
    assert sorted(json.loads(line)["path"] for line in lines) == [
        str(folder / "other" / "budget.txt"), str(folder / "outlet-a" / "storm.txt")]
    _, lines, _ = _run(capsys, "--json", str(folder / "**" / "storm.*"))
    assert len(lines) == 2


def test_skip_done_resumes_a_cut_run(folder: Path, tmp_path: Path, capsys) -> None:
    _, full, _ = _run(capsys, "--json", str(folder), "--jobs", "1")
    out = tmp_path / "out.jsonl"
    # A run cut off after two lines and in the middle of the third.
    out.write_text("\n".join(full[:2]) + "\n" + full[2][: len(full[2]) // 2], encoding="utf-8")
    _, rest, _ = _run(capsys, "--json", str(folder), "--skip-done", str(out))
    assert sorted(rest) == sorted(full[2:])
    out.write_text("\n".join(full) + "\n", encoding="utf-8")
    code, rest, err = _run(capsys, "--json", str(folder), "--skip-done", str(out))
    assert (code, rest, err) == (0, [], "")


def test_a_missing_path_is_a_line_and_nothing_found_is_one_line(tmp_path: Path, capsys) -> None:
    code, lines, _ = _run(capsys, "--json", str(tmp_path / "gone.txt"), str(tmp_path / "gone2.txt"))
    assert code == 1 and sorted(json.loads(line)["path"] for line in lines) == [
        str(tmp_path / "gone.txt"), str(tmp_path / "gone2.txt")]
    assert all("error" in json.loads(line) for line in lines)
    code, lines, err = _run(capsys, "--json", str(tmp_path))
    assert code == 2 and lines == [] and err.count("\n") == 1 and "is a directory" in err and str(tmp_path) in err
    code, lines, err = _run(capsys, "--ledger", str(tmp_path / "*.md"))
    assert code == 2 and lines == [] and err.count("\n") == 1 and "*.md" in err


def test_one_line_per_article_whatever_the_text(tmp_path: Path) -> None:
    # The text loses these at reading (they end lines); a file's name keeps them.
    path = tmp_path / "line\u2028separator\u2029and\x85next.txt"
    path.write_text("Three people were hurt in a fire.\n", encoding="utf-8")
    for line in (json_line(analyse_path(str(path))), line_error(str(path), "broken")):
        assert len(line.splitlines()) == 1 and "\\u2028" in line
        assert json.loads(line)["path"] == str(path)
    line = json_line(analyse_path(str(path)))
    assert not is_error_line(line) and is_error_line(line_error("x", "broken"))
    assert not is_error_line(json_line({"path": 'a","error":"b.txt', "schema": "kzreader.analysis/1"}))


def crash_on_poison(paths: list[str]) -> list[str]:
    """(A worker.) Dies, as a segfaulting parser would, on a file named poison."""
    if any("poison" in p for p in paths):
        os._exit(3)
    return lines_for(paths)


def test_a_worker_that_dies_costs_only_its_own_article(folder: Path) -> None:
    paths = batch_paths.expand([str(folder)])
    paths.insert(3, str(folder / "poison.txt"))
    lines = list(run_local(paths, crash_on_poison, line_error, jobs=2))
    got = {json.loads(line)["path"]: json.loads(line) for line in lines}
    assert len(lines) == len(got) == len(paths)
    assert got[str(folder / "poison.txt")]["error"] == "the worker process analysing it died"
    assert "error" not in got[str(folder / "outlet-a" / "storm.txt")]


_WARMED: list[int] = []


def _warm() -> None:
    _WARMED.append(os.getpid())


def warmed_by(paths: list[str]) -> list[str]:
    """(A worker.) Which process warmed up the modules this worker has."""
    return [f"{p} {_WARMED}" for p in paths]


def test_the_workers_inherit_the_main_process_warm_up(folder: Path) -> None:
    # Forked where fork exists (so also under Python 3.14, whose default on Linux is forkserver): the
    # analysis is imported and warmed up once, in the main process, not again in every worker.
    _WARMED.clear()
    paths = batch_paths.expand([str(folder)])
    lines = list(run_local(paths, warmed_by, line_error, jobs=2, warm_up=_warm))
    assert sorted(lines) == sorted(f"{p} [{os.getpid()}]" for p in paths)


def test_the_command_writes_utf8_and_no_progress_bar_when_not_a_terminal(folder: Path) -> None:
    (folder / "accents.txt").write_text("Café owner says 3 hurt in Zürich blast\n\nThree people were hurt.\n",
                                        encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "reader", "--json", str(folder / "accents.txt"), "--jobs", "2"],
                          capture_output=True, env=os.environ | {"LC_ALL": "C", "PYTHONIOENCODING": "ascii"},
                          check=True)
    assert done.stderr == b""
    assert json.loads(done.stdout.decode("utf-8"))["title"].startswith("Café owner")


def test_plain_mode_reads_one_article(folder: Path, capsys) -> None:
    code, lines, err = _run(capsys, "--plain", str(folder))
    assert code == 2 and lines == [] and err.count("\n") == 1 and "plain mode reads one article" in err
    code, lines, err = _run(capsys, "--plain", str(folder / "outlet-a" / "storm.txt"), str(folder / "x.txt"))
    assert code == 2 and lines == [] and "several articles" in err
