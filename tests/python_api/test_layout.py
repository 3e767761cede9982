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


def test_the_adding_a_function_checklist_opens_the_layout_and_names_paths_that_exist():
    section = (ROOT / "README.md").read_text().split("\n## Layout\n", 1)[1]
    heading, items = section.strip().split("\n\n")[:2]
    assert heading.startswith("Adding a function")
    checklist = [heading, *items.splitlines()]
    assert [line[:3] for line in checklist[1:]] == ["1. ", "2. ", "3. ", "4. ", "5. "]
    quoted = re.findall(r"`([^`]+)`", "\n".join(checklist))
    # Paths (a template such as `R/<module>.R` has an example beside it).
    paths = [text for text in quoted if re.fullmatch(r"[\w./-]+", text) and ("/" in text or "." in text)]
    assert len(paths) >= 10
    gone = [path for path in paths if not (ROOT / path.rstrip("/")).exists()]
    assert not gone, f"the README's checklist names paths that do not exist: {gone}"
    # The declaration decorator it names is where it says.
    decorator = re.search(r"`@(\w+)\(\.\.\.\)` from `([^`]+)`", "\n".join(checklist))
    family = re.search(r"in `(tfprobr/\w+\.py)`, `@", "\n".join(checklist))
    defined = f"\ndef {decorator[1]}(" in (ROOT / decorator[2]).read_text()
    assert defined, f"{decorator[2]} does not define {decorator[1]}()"
    used = f"\n@{decorator[1]}(" in (ROOT / family[1]).read_text()
    assert used, f"{family[1]} declares nothing with @{decorator[1]}"


def test_the_two_generations_at_a_glance_name_every_internal_module_once():
    """The README's picture of _internal/: each generation's folder, then what both share."""
    section = (ROOT / "README.md").read_text().split("\n## Layout\n", 1)[1]
    picture = section.split("\n```\ntfprobr/_internal/\n", 1)[1].split("\n```", 1)[0]
    shown = {}
    place = None
    for line in picture.splitlines():
        words = line.split("#")[0].split()  # a row's comment says what the generation is
        if line[2:3] != " " and words:  # a row's first word: keras2/, keras3/ or shared
            place, words = words[0].rstrip("/"), words[1:]
        shown.setdefault(place, []).extend(words)
    internal = ROOT / "tfprobr" / "_internal"
    actual = {
        "keras2": sorted(p.stem for p in (internal / "keras2").glob("*.py") if p.stem != "__init__"),
        "keras3": sorted(p.stem for p in (internal / "keras3").glob("*.py") if p.stem != "__init__"),
        "shared": sorted(p.stem for p in internal.glob("*.py") if p.stem != "__init__"),
    }
    assert {place: sorted(names) for place, names in shown.items()} == actual
