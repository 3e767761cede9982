"""The README's layout table matches the tree: every module is named, every named path exists."""

import re

from support import ROOT


def _layout_rows():
    readme = (ROOT / "README.md").read_text()
    section = readme.split("\n## Layout\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return [(re.findall(r"`([^`]+)`", row.split(" | ")[0]), row) for row in rows]


def test_every_module_of_the_package_is_in_the_layout_table():
    rows = _layout_rows()
    named = {path for paths, _ in rows for path in paths}
    missing = []
    for module in sorted((ROOT / "tfprobr").rglob("*.py")):
        path = module.relative_to(ROOT).as_posix()
        folder = module.parent.relative_to(ROOT).as_posix() + "/"
        in_folder_row = any(folder in paths and f"`{module.name}`" in row for paths, row in rows)
        if path not in named and not in_folder_row:
            missing.append(path)
    assert not missing, f"README's layout table does not name: {missing}"


def test_every_path_in_the_layout_table_exists():
    rows = _layout_rows()
    assert len(rows) > 20
    gone = [path for paths, _ in rows for path in paths
            if "/" in path or "." in path
            if not (ROOT / path.rstrip("/")).exists()]
    assert not gone, f"README's layout table names paths that do not exist: {gone}"
