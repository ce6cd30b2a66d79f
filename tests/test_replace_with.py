"""A finished output file never replaces a device or a pipe named as the output."""

from __future__ import annotations

import os
import stat

import pytest

from mamakilla_pos.printing.printer import PrintError, save_pdf
from mamakilla_pos.services.exports import write_bytes


def test_write_bytes_leaves_a_pipe_alone(tmp_path):
    pipe = tmp_path / "tuberia"
    os.mkfifo(pipe)
    with pytest.raises(OSError, match="no es un archivo común"):
        write_bytes(pipe, b"%PDF-1.4")
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["tuberia"]


def test_a_pdf_saved_over_a_pipe_is_refused(tmp_path):
    pipe = tmp_path / "tuberia.pdf"
    os.mkfifo(pipe)
    with pytest.raises(PrintError):
        save_pdf(b"%PDF-1.4", pipe)
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["tuberia.pdf"]


def test_a_plain_file_is_replaced_whole(tmp_path):
    target = tmp_path / "dia.pdf"
    target.write_bytes(b"old")
    write_bytes(target, b"new")
    assert target.read_bytes() == b"new"


def test_a_backup_onto_a_pipe_is_refused(tmp_path):
    from mamakilla_pos.services import backup
    from mamakilla_pos.services.errors import UserError
    from mamakilla_pos.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'shop.db'}")
    pipe = tmp_path / "copia.db"
    os.mkfifo(pipe)
    try:
        with pytest.raises(UserError, match="no es un archivo común"):
            backup.backup(store, pipe)
    finally:
        store.dispose()
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert not (tmp_path / "copia.db.partial").exists()
