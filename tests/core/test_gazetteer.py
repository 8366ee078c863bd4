"""The gazetteer: generated at build time into package data, loaded from the package."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from reader.analysis import gazetteer as gz

ROOT = Path(__file__).resolve().parents[2]


def _builder():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "tools" / "build_gazetteer.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_package_data_is_what_the_script_builds_from_the_installed_libraries() -> None:
    assert Path(gz.DATA_FILE).read_bytes() == gz.to_bytes(_builder().build())


def test_loads_names_of_each_kind() -> None:
    g = gz.gazetteer()
    assert "Kazakhstan" in g.countries and "Kazakhstan" in g.places
    assert "Almaty" in g.places and "almaty" not in g.places  # case-sensitive
    assert "Kazakh" in g.groups and "Kazakh" not in g.places  # a people, not a place
    assert g.country_ids.get("US") == g.country_ids.get("United States") is not None
    assert g.country_ids.get("Britain") == g.country_ids.get("United Kingdom") != g.country_ids.get("US")
    assert g.country_ids.get("Atlantis") is None and 42 not in g.places


def test_bytes_round_trip_and_a_truncated_file_is_refused() -> None:
    built = gz.Gazetteer(places=gz.KeySet.of(["Oldtown"]), countries=gz.KeySet.of(["Freedonia"]),
                         groups=gz.KeySet.of(["Freedonian"]), country_ids=gz.KeyMap.of({"Freedonia": 3}))
    data = gz.to_bytes(built)
    back = gz.from_bytes(data)
    assert "Oldtown" in back.places and "Freedonian" in back.groups and back.country_ids.get("Freedonia") == 3
    with pytest.raises(ValueError):
        gz.from_bytes(data[:-8])


def test_the_wheel_ships_the_data_file() -> None:
    """Hatch ships every file of the package directory not ignored by git."""
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert not any(Path(gz.DATA_FILE).match(pattern) for pattern in ignored)
    assert Path(gz.DATA_FILE).parent == ROOT / "reader" / "analysis"
