"""``receipt NUMBER --pdf FILE``: a reprint (COPIA) of a sale or refund note as PDF (DESIGN.md §7)."""

from __future__ import annotations

import pytest
from helpers import pdf_text


def first_number(cli, kind: str) -> str:  # type: ignore[no-untyped-def]
    return str(cli.scalar(f"SELECT MIN(number) FROM sales WHERE kind = '{kind}' AND series = 'B001'"))


def test_a_sale_and_a_refund_note_as_copies(cli):
    cli.ok("demo")
    sale, refund = first_number(cli, "sale"), first_number(cli, "refund")
    target = cli.cwd / "copia.pdf"
    result = cli.ok("receipt", sale, "--pdf", target)
    assert str(target) in result.out and result.err == ""
    text = pdf_text(target)
    assert "COPIA" in text and "NOTA DE VENTA" in text and sale in text
    assert "Reimpresa el" in text and "(línea de comandos)" in text

    done = cli.proc("receipt", refund, "--pdf", target)
    assert done.code == 0, done.err
    text = pdf_text(target)
    assert "COPIA" in text and "NOTA DE DEVOLUCIÓN" in text and refund in text
    assert "NOTA DE VENTA" not in text


@pytest.mark.parametrize("target", ["missing-folder/x.pdf", "."])
def test_a_file_that_cannot_be_written_is_one_line_and_exit_1(cli, target):
    cli.ok("demo")
    result = cli("receipt", first_number(cli, "sale"), "--pdf", cli.cwd / target)
    assert result.code == 1
    assert len(result.err_lines) == 1 and result.err_lines[0].startswith("error: "), result.err
    assert "Traceback" not in result.err


def test_an_unknown_number_is_one_line_and_exit_1(cli):
    cli.ok("demo")
    target = cli.cwd / "x.pdf"
    done = cli.proc("receipt", "B001-999999", "--pdf", target)
    assert done.code == 1
    assert done.err_lines == ["error: no existe la nota B001-999999"]
    assert not target.exists()


def test_without_pdf_it_is_a_usage_error(cli):
    result = cli("receipt", "B001-000001")
    assert result.code == 2 and "usage" in result.err
