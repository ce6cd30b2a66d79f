"""Every "DESIGN.md §N" the code cites is a numbered heading of ``docs/design.md``.

A citation names a section (``§4``), a subsection (``§4.6``), a range
(``§4.5–4.7``) or rules of a section (``§4 rule 6``, ``§4 (rules 4 and 8)``,
which are subsections 4.6, 4.4 and 4.8); a bare ``§`` in these folders means
the design too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DESIGN = ROOT / "docs" / "design.md"
SEARCHED = ("mamakilla_pos", "bench", "tests")
SUFFIXES = {".py", ".md", ".sh", ".toml", ".ui", ".mako"}

HEADING = re.compile(r"^#{2,3} (\d+)\.(\d+)?\s", re.MULTILINE)
CITATION = re.compile(
    r"§(?P<section>\d+)(?:\.(?P<sub>\d+))?"
    r"(?:\s*[–-]\s*(?:(?P<to_section>\d+)\.)?(?P<to_sub>\d+))?"
    r"(?:\s*\(?\s*rules?\s+(?P<rules>\d+(?:\s*(?:,|and|y)\s*\d+)*))?"
)


def headings(text: str) -> set[str]:
    """The numbers of the numbered headings: ``## 4. Money rules`` → ``4``, ``### 4.6 …`` → ``4.6``."""
    return {f"{section}.{sub}" if sub else section for section, sub in HEADING.findall(text)}


def cited(text: str) -> list[str]:
    """The sections a text cites, in order: ``§4.5–4.7`` → ``4.5, 4.6, 4.7``; ``§4 rule 8`` → ``4, 4.8``."""
    found: list[str] = []
    for match in CITATION.finditer(text):
        section, sub = match["section"], match["sub"]
        found.append(f"{section}.{sub}" if sub else section)
        if match["to_sub"]:
            last_section = match["to_section"] or section
            if last_section != section or sub is None:
                found.append(f"{last_section}.{match['to_sub']}")
            else:
                found += [f"{section}.{n}" for n in range(int(sub) + 1, int(match["to_sub"]) + 1)]
        if match["rules"]:
            found += [f"{section}.{n}" for n in re.findall(r"\d+", match["rules"])]
    return found


def citations() -> list[tuple[str, int, str]]:
    """Every section cited in the searched folders and the README: ``(file, line, section)``."""
    files = [ROOT / "README.md"]
    for folder in SEARCHED:
        files += [p for p in sorted((ROOT / folder).rglob("*")) if p.suffix in SUFFIXES and ".venv" not in p.parts]
    found = []
    for path in files:
        if path == Path(__file__).resolve() or not path.is_file():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
            found += [(str(path.relative_to(ROOT)), number, section) for section in cited(line)]
    return found


def test_the_reader_of_citations_reads_every_form() -> None:
    assert cited("Money (DESIGN.md §4.1).") == ["4.1"]
    assert cited("(DESIGN.md §4.5–4.7)") == ["4.5", "4.6", "4.7"]
    assert cited("DESIGN.md §4 rule 8, so") == ["4", "4.8"]
    assert cited("from DESIGN.md §4 (rules 4 and 8).") == ["4", "4.4", "4.8"]
    assert cited("(DESIGN.md §4.4, §4.8)") == ["4.4", "4.8"]
    assert cited("DESIGN.md §12: nowhere") == ["12"]
    assert "12" not in headings(DESIGN.read_text(encoding="utf-8"))
    assert headings("## 4. Money rules\n### 4.6 Refunds in steps\n## Words\n") == {"4", "4.6"}


def test_the_design_is_in_the_repository_and_says_how_it_is_cited() -> None:
    text = DESIGN.read_text(encoding="utf-8")
    first_lines = "\n".join(text.splitlines()[:10])
    assert "DESIGN.md §N" in first_lines and "test_design_citations.py" in first_lines
    assert {str(n) for n in range(1, 11)} <= headings(text)
    assert {f"4.{n}" for n in range(1, 11)} <= headings(text)


def test_every_citation_names_a_heading_of_the_design() -> None:
    found = citations()
    assert len(found) > 40, "the citations in the code were not found"
    sections = headings(DESIGN.read_text(encoding="utf-8"))
    missing = [f"{path}:{line}: §{section}" for path, line, section in found if section not in sections]
    assert missing == [], "cited sections that docs/design.md does not have:\n" + "\n".join(missing)


@pytest.mark.parametrize("document", ["design.md", "adding-a-column.md"])
def test_the_documents_link_to_files_that_exist(document: str) -> None:
    """Paths in backquotes that look like files of the checkout are there (a renamed module shows up here)."""
    path = ROOT / "docs" / document
    if not path.exists():
        pytest.skip(f"docs/{document} not written")
    text = path.read_text(encoding="utf-8")
    named = set(
        re.findall(r"`((?:mamakilla_pos|services|store|domain|documents|printing|gui|bench|tests)/[\w/.]+)`", text)
    )
    absent = []
    for name in sorted(named):
        candidates = [ROOT / name, ROOT / "mamakilla_pos" / name]
        if not any(c.exists() for c in candidates):
            absent.append(name)
    assert absent == []
