"""Issue 4: the real `kzreader` command in tmux, read back from the screen."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid

import pytest

from tests.conftest import SAMPLES


def capture(session: str) -> str:
    return subprocess.run(["tmux", "capture-pane", "-p", "-t", session],
                          capture_output=True, text=True, check=False).stdout


def wait_for(session: str, text: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = capture(session)
        if text in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared; the screen was:\n{screen}")


@pytest.fixture
def session(tmp_path):
    assert shutil.which("tmux"), "this test drives the real command in tmux: install tmux (.ci/run does)"
    name = f"kz-{uuid.uuid4().hex[:8]}"
    parts = [sys.executable, "-m", "reader", str(SAMPLES / "kazakh-party-leader.txt")]
    command = " ".join(shlex.quote(p) for p in parts)
    env = {**os.environ, "TERM": "xterm-256color", "KZREADER_CONFIG": str(tmp_path / "none.toml")}
    env.pop("NO_COLOR", None)
    subprocess.run(["tmux", "new-session", "-d", "-s", name, "-x", "120", "-y", "40", command + "; sleep 5"],
                   check=True, env=env)
    yield name
    subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True, check=False)


def test_the_real_command_shows_headline_figures_and_notes(session: str) -> None:
    screen = wait_for(session, "DISPUTED")
    assert "President Toqaev Consolidates Power" in screen
    assert "227" in screen and "killed" in screen  # a figure row
    assert "Accessibility links" in screen  # a publisher note
    subprocess.run(["tmux", "send-keys", "-t", session, "f"], check=True)
    screen = wait_for(session, "Figure 1 of 4")
    subprocess.run(["tmux", "send-keys", "-t", session, "q"], check=True)
    time.sleep(1.5)
    assert "Casualty figures" not in capture(session)  # it quit
