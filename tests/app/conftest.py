from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _quiet_environment(monkeypatch, tmp_path):
    """Deterministic app: no user keymap, no animations, no cursor blink."""
    monkeypatch.setenv("KZREADER_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    monkeypatch.delenv("NO_COLOR", raising=False)
    from textual.widgets import Input

    monkeypatch.setattr(Input, "cursor_blink", False, raising=False)
