"""The Linux bundle: packaging/build.sh builds it, and the bundled program runs without Python.

Slow (the build takes about half a minute on two cores), so it runs only when
``MAMAKILLA_BUILD_BUNDLE=1`` is set, as ``.ci/run`` does.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import tomllib
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NAME = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
BUILD_TIMEOUT = 900
RUN_TIMEOUT = 120

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("MAMAKILLA_BUILD_BUNDLE") != "1", reason="set MAMAKILLA_BUILD_BUNDLE=1 to build the bundle"
    ),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="build.sh builds the Linux bundle"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory, request) -> Path:
    """Build the bundle once for this module; the path of its program."""
    dist = tmp_path_factory.mktemp("dist")
    work = tmp_path_factory.mktemp("work")
    env = dict(os.environ, PYTHON=sys.executable, DIST_DIR=str(dist), WORK_DIR=str(work))
    started = time.monotonic()
    done = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build.sh")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    took = time.monotonic() - started
    assert done.returncode == 0, f"build.sh failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    program = dist / NAME / NAME
    assert program.is_file() and os.access(program, os.X_OK)
    # Say how long the build took: CI has a time budget for the whole run.
    size = sum(p.stat().st_size for p in (dist / NAME).rglob("*") if p.is_file() and not p.is_symlink()) / 2**20
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if reporter is not None and capture is not None:
        with capture.global_and_fixture_disabled():
            reporter.write_line(f"\nbundle built in {took:.0f} s: {program.parent} ({size:.0f} MB)")
    return program


def _env(home: Path) -> dict[str, str]:
    """A bare environment, as on a shop's computer: no Python, no venv, offscreen Qt."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }


def _run(program: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args], env=_env(home), capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False
    )


def test_the_bundled_program_fills_the_demo_shop_and_verifies_it(bundle, tmp_path):
    url = f"sqlite:///{tmp_path / 'b.db'}"
    demo = _run(bundle, tmp_path, "--db", url, "demo")
    assert demo.returncode == 0, demo.stderr
    assert "Tienda de demostración lista" in demo.stdout
    verify = _run(bundle, tmp_path, "--db", url, "verify")
    assert verify.returncode == 0, verify.stderr
    assert "íntegra" in verify.stdout


def test_the_bundled_program_writes_a_pdf_with_the_shipped_fonts(bundle, tmp_path):
    url = f"sqlite:///{tmp_path / 'b.db'}"
    assert _run(bundle, tmp_path, "--db", url, "demo").returncode == 0
    pdf = tmp_path / "day.pdf"
    report = _run(bundle, tmp_path, "--db", url, "report", "day", date.today().isoformat(), "--pdf", str(pdf))
    assert report.returncode == 0, report.stderr
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"DejaVuSans" in data


def test_the_bundled_till_starts_and_keeps_running(bundle, tmp_path):
    url = f"sqlite:///{tmp_path / 'b.db'}"
    assert _run(bundle, tmp_path, "--db", url, "demo").returncode == 0
    till = subprocess.Popen(
        [str(bundle), "--db", url], env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        time.sleep(6)
        alive = till.poll() is None
    finally:
        till.terminate()
        try:
            _out, err = till.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            till.kill()
            _out, err = till.communicate()
    assert alive, f"the till stopped by itself (status {till.returncode}):\n{err[-3000:]}"
    assert "Traceback" not in err, err[-3000:]


def test_the_bundle_holds_its_files_and_no_unused_qt(bundle):
    internal = bundle.parent / "_internal"
    package = internal / "mamakilla_pos"
    for relative in (
        "store/migrations/env.py",
        "store/migrations/script.py.mako",
        "resources/fonts/DejaVuSans.ttf",
        "resources/fonts/DejaVuSans-Bold.ttf",
        "resources/help/guia.html",
        "resources/help/guide_en.html",
        "resources/help/guide_fr.html",
        "resources/icons/mamakilla.svg",
        "resources/icons/LICENSE.txt",
    ):
        assert (package / relative).is_file(), relative
    shipped = {p.name for p in (package / "store" / "migrations" / "versions").glob("*.py")}
    versions = ROOT / "mamakilla_pos" / "store" / "migrations" / "versions"
    in_source = {p.name for p in versions.glob("*.py") if p.stem != "__init__"}
    assert shipped == in_source
    images = package / "resources" / "help" / "img"
    assert {p.relative_to(images) for p in images.rglob("*.png")} == {
        p.relative_to(ROOT / "resources" / "help" / "img") for p in (ROOT / "resources" / "help" / "img").rglob("*.png")
    }
    names = [p.name for p in internal.rglob("*")]
    for unused in ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D", "Qt6Multimedia", "libqgtk3"):
        assert not [n for n in names if unused in n], unused
