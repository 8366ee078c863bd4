"""--scheduler: the same per-article function as a Dask bag gives the same lines."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from reader.cli import main
from tests.batch.articles import write_articles

distributed = pytest.importorskip("distributed", reason="the test extra installs dask[distributed]")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=logging.ERROR) as local:
        yield local


def test_a_local_cluster_gives_the_lines_of_the_local_run(cluster, tmp_path: Path, capsys) -> None:
    write_articles(tmp_path)
    for n in range(30):  # more than one partition
        (tmp_path / "more" / f"{n:02d}.txt").parent.mkdir(exist_ok=True)
        (tmp_path / "more" / f"{n:02d}.txt").write_text(
            f"Fire in block {n}\n\nFirefighters said {n + 2} people were hurt in a fire in Orlen on Friday.\n",
            encoding="utf-8")
    assert main(["--json", str(tmp_path), "--jobs", "2"]) == 1
    local = capsys.readouterr().out.splitlines()
    assert main(["--json", str(tmp_path), "--scheduler", cluster.scheduler_address]) == 1
    captured = capsys.readouterr()
    on_dask = captured.out.splitlines()
    assert len(local) == 36 and sorted(on_dask) == sorted(local)
    assert "2 of 36 articles could not be analysed" in captured.err
    assert sum("error" in json.loads(line) for line in on_dask) == 2


def test_the_ledger_on_dask_is_the_local_ledger(cluster, tmp_path: Path, capsys) -> None:
    write_articles(tmp_path)
    main(["--ledger", str(tmp_path), "--jobs", "1"])
    local = capsys.readouterr().out
    main(["--ledger", str(tmp_path), "--scheduler", cluster.scheduler_address])
    assert capsys.readouterr().out == local and local.count("\r\n") > 3


def test_an_unreachable_scheduler_is_one_line(tmp_path: Path, capsys) -> None:
    import dask

    write_articles(tmp_path)
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        assert main(["--json", str(tmp_path), "--scheduler", "tcp://127.0.0.1:9"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and "Dask scheduler" in captured.err
