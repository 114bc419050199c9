"""Paper with names on it never stays in the temporary folder."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from lam_desk.ui.pdf_printing import removed_on_failure, sweep_temporary_pdfs, temporary_pdf


def test_a_document_that_fails_to_render_leaves_no_file() -> None:
    path = temporary_pdf("essai")
    assert path.exists() and path.name.startswith("lam-desk-essai-")

    def write() -> Path:
        path.write_bytes(b"%PDF-1.4 half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        removed_on_failure(path, write)()
    assert not path.exists()


def test_documents_left_by_a_crash_are_swept_at_the_next_start(tmp_path: Path) -> None:
    old = tmp_path / "lam-desk-bilan-abc.pdf"
    fresh = tmp_path / "lam-desk-reservation-def.pdf"
    other = tmp_path / "someone-else.pdf"
    for path in (old, fresh, other):
        path.write_bytes(b"%PDF-1.4")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    os.utime(other, (two_hours_ago, two_hours_ago))
    assert sweep_temporary_pdfs(folder=tmp_path) == 1
    assert not old.exists() and fresh.exists() and other.exists()
