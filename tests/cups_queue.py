"""The real CUPS queue ``PDF`` (cups-pdf) that printing tests send jobs to, and where its PDFs land.

Run ``sh tests/printing/cups_setup.sh`` first; :func:`skip_reason` says why
tests that need the queue are skipped when it is not there.
"""

from __future__ import annotations

import io
import os
import pwd
import shutil
import subprocess
import time
from pathlib import Path

import pypdf
import pytest

QUEUE = "PDF"
WAIT_SECONDS = 30
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")


def skip_reason() -> str | None:
    """Why the CUPS tests cannot run here, or ``None`` when the scheduler runs with a queue named PDF."""
    if shutil.which("lpstat") is None:
        return "CUPS client tools (lpstat) are not installed"
    status = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False)
    if "is running" not in status.stdout or "not running" in status.stdout:
        return "the CUPS scheduler is not running (run tests/printing/cups_setup.sh)"
    queue = subprocess.run(["lpstat", "-p", QUEUE], capture_output=True, text=True, check=False)
    if queue.returncode != 0:
        return f"there is no CUPS queue named {QUEUE} (run tests/printing/cups_setup.sh)"
    return None


def cups_pdf_output_dirs() -> list[Path]:
    """Where cups-pdf writes this user's jobs, as its configuration says, and its anonymous folder."""
    home = pwd.getpwuid(os.getuid()).pw_dir
    out, anonymous = "${HOME}/PDF", "/var/spool/cups-pdf/ANONYMOUS"
    if CUPS_PDF_CONF.exists():
        for line in CUPS_PDF_CONF.read_text(errors="replace").splitlines():
            key, _, value = line.strip().partition(" ")
            if key == "Out" and value.strip():
                out = value.strip()
            elif key == "AnonDirName" and value.strip():
                anonymous = value.strip()
    out = out.replace("${HOME}", home).replace("${USER}", pwd.getpwuid(os.getuid()).pw_name)
    return [Path(out), Path(anonymous)]


def wait_for_output(tag: str, since: float = 0.0) -> pypdf.PdfReader:
    """The PDF cups-pdf made for the job whose title holds ``tag`` (written after ``since``), once complete."""
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        for folder in cups_pdf_output_dirs():
            for path in folder.glob(f"*{tag}*.pdf") if folder.is_dir() else ():
                try:
                    if path.stat().st_mtime < since:
                        continue
                    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
                    if len(reader.pages) > 0:
                        path.unlink(missing_ok=True)
                        return reader
                except (pypdf.errors.PdfReadError, OSError, ValueError):
                    pass  # still being written
        time.sleep(0.2)
    jobs = subprocess.run(["lpstat", "-W", "all", "-o", QUEUE], capture_output=True, text=True).stdout
    pytest.fail(f"no output from cups-pdf within {WAIT_SECONDS} s in {cups_pdf_output_dirs()}; jobs:\n{jobs}")
