"""Write generated files (pages in ``man/``, the R package's files), owning only those marked as made.

A file is the generator's when its first line is the made-by header
(:data:`~tfprobr.rd.model.HEADER` for pages, :data:`~tfprobr.rd.rpackage.R_HEADER`
for R files, NAMESPACE and .Rbuildignore), or, for DESCRIPTION (no comments in
DCF), when it has the :data:`~tfprobr.rd.rpackage.DESCRIPTION_MARK` field. Such
files are rewritten when stale and deleted when their topic is gone (pages,
``R/*.R``); any other file (a hand-written page or R file) is never overwritten
or deleted. Each file is written atomically (a temporary file in the same
directory, then a rename), so a reader never sees half a file.

Paths are relative to the output directory: ``name.Rd`` for a ``man/``
directory, ``man/name.Rd``, ``R/layers.R``, ``NAMESPACE``, ... for a package root.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from tfprobr.rd.model import HEADER
from tfprobr.rd.rpackage import DESCRIPTION_MARK, R_HEADER

# Generated files found here but no longer generated are obsolete (deleted).
_OWNED = ("*.Rd", "man/*.Rd", "R/*.R")

__all__ = ["ManStatus", "man_status", "write_man", "is_generated"]


@dataclass
class ManStatus:
    """How a directory compares with the generated files (paths relative to it)."""

    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    obsolete: list[str] = field(default_factory=list)  # generated, topic gone
    foreign: list[str] = field(default_factory=list)  # hand-written file in the way
    current: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.missing or self.stale or self.obsolete or self.foreign)


def man_status(pages: Mapping[str, str], out: str | os.PathLike) -> ManStatus:
    """Compare ``{file name: text}`` with the directory ``out``, changing nothing."""
    out = Path(out)
    status = ManStatus()
    for filename, text in sorted(pages.items()):
        path = out / filename
        if not path.exists():
            status.missing.append(filename)
        elif not is_generated(path):
            status.foreign.append(filename)
        elif path.read_bytes() != text.encode("utf-8"):
            status.stale.append(filename)
        else:
            status.current.append(filename)
    if out.is_dir():
        status.obsolete = sorted({
            path.relative_to(out).as_posix() for pattern in _OWNED for path in out.glob(pattern)
            if path.relative_to(out).as_posix() not in pages and is_generated(path)
        })
    return status


def write_man(pages: Mapping[str, str], out: str | os.PathLike) -> ManStatus:
    """Bring ``out`` up to date with the pages; returns the status found before writing.

    Missing and stale pages are written, obsolete generated pages deleted;
    hand-written files are left as they are (and reported as ``foreign``).
    """
    out = Path(out)
    status = man_status(pages, out)
    out.mkdir(parents=True, exist_ok=True)
    for filename in status.missing + status.stale:
        (out / filename).parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(out / filename, pages[filename])
    for filename in status.obsolete:
        (out / filename).unlink()
    return status


def is_generated(path: str | os.PathLike) -> bool:
    """Whether the file's first line is a made-by header (DESCRIPTION: whether it has the mark)."""
    with open(path, "rb") as handle:
        if Path(path).name == "DESCRIPTION":
            return DESCRIPTION_MARK.encode("utf-8") in handle.read().replace(b"\n    ", b" ")
        return handle.readline().rstrip(b"\r\n") in (HEADER.encode("utf-8"), R_HEADER.encode("utf-8"))


def _write_atomically(path: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(text.encode("utf-8"))
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
