"""`lam-desk demo-data`: the demo network written from the command line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_cli import RunCli, fr, lam_desk  # noqa: F401 (the fixture)

from lam_desk import cli
from lam_desk.lockfile import DataFolderLock
from lam_desk.paths import AppPaths
from lam_desk.services import demo


def test_demo_data_writes_the_network_and_says_what_it_wrote(
    lam_desk: RunCli,  # noqa: F811
    tmp_path: Path,
) -> None:
    paths = AppPaths.under(tmp_path / "demo")
    done = lam_desk("demo-data", "--members", "60", "--days", "3", "--data-dir", paths.data_dir)
    assert done.code == 0, done.err
    assert done.err == ""
    lines = done.out.splitlines()
    counts = {}
    for line in lines[:-1]:
        label, _, count = line.rpartition(" ")
        counts[label.rstrip(" :\u00a0")] = int(count)
    assert counts[fr("CommandLine", "Sites")] == 10
    assert counts[fr("CommandLine", "Members")] == 60
    assert counts[fr("CommandLine", "Visits")] > 0
    assert len(counts) == len(cli._DEMO_COUNTS)
    assert str(paths.database) in lines[-1]
    con = sqlite3.connect(paths.database)
    try:
        assert con.execute("SELECT count(*) FROM member").fetchone() == (60,)
        assert con.execute("SELECT count(*) FROM member_search").fetchone()[0] >= 60
    finally:
        con.close()
    with DataFolderLock(paths.lock_file):  # released: the desk can open the folder now
        pass

    again = lam_desk("demo-data", "--data-dir", paths.data_dir)
    assert again.code == 1
    assert again.out == ""
    assert len(again.err_lines) == 1 and str(paths.database) in again.err


def test_demo_data_goes_to_the_demo_desk_s_folder_by_default(
    lam_desk: RunCli,  # noqa: F811
    tmp_path: Path,
) -> None:
    done = lam_desk("demo-data", "--members", "5", "--days", "1")
    assert done.code == 0, done.err
    databases = list((tmp_path / "home").rglob("lam_desk.sqlite3"))
    assert len(databases) == 1
    assert databases[0].parent.name == "demo"


@pytest.mark.parametrize(
    "args",
    [
        ["--members", "0"],
        ["--members", "500001"],
        ["--members", "many"],
        ["--days", "0"],
        ["--days", "731"],
        ["--days", "-3"],
    ],
)
def test_sizes_out_of_range_are_usage_errors(
    lam_desk: RunCli,  # noqa: F811
    tmp_path: Path,
    args: list[str],
) -> None:
    done = lam_desk("demo-data", *args, "--data-dir", tmp_path / "demo")
    assert done.code == 2
    assert done.out == ""
    assert len(done.err_lines) == 1
    assert args[0] in done.err
    assert not (tmp_path / "demo" / "lam_desk.sqlite3").exists()


def test_demo_data_is_refused_while_the_demo_desk_is_open(
    lam_desk: RunCli,  # noqa: F811
    tmp_path: Path,
) -> None:
    paths = AppPaths.under(tmp_path / "demo")
    paths.create()
    with DataFolderLock(paths.lock_file):
        done = lam_desk("demo-data", "--members", "5", "--days", "1", "--data-dir", paths.data_dir)
    assert done.code == 1
    assert len(done.err_lines) == 1
    assert not paths.database.exists()


def test_the_command_line_knows_the_generator_s_limits() -> None:
    assert (cli.DEMO_MAX_MEMBERS, cli.DEMO_MAX_DAYS) == (demo.MAX_MEMBERS, demo.MAX_DAYS)
