"""A desk process for the kill test: one sync cycle of a data folder, as `lam-desk sync --once`
runs it (the folder's lock, migrations, the cycle), with small pull pages, telling each page
applied on standard output so the test can kill it at a random point of a later one.

    python tests/sync/sync_runner.py DATA_DIR URL PULL_PAGE   (password: LAM_DESK_SYNC_PASSWORD)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from lam_desk.paths import AppPaths
from lam_desk.store import lock_data_folder, open_database
from lam_desk.sync.client import run_once


def main(data_dir: str, url: str, pull_page: str) -> int:
    paths = AppPaths.under(Path(data_dir))
    lock = lock_data_folder(paths)
    try:
        database = open_database(paths.database)
        try:
            summary = run_once(
                database,
                url,
                os.environ["LAM_DESK_SYNC_PASSWORD"],
                pull_page=int(pull_page),
                on_page_applied=lambda result: print("page", result.received, flush=True),
            )
        finally:
            database.close()
    finally:
        lock.release()
    print(f"pulled {summary.pulled} applied {summary.pulled_applied}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
