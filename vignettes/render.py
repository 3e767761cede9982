"""Render a percent-format Python vignette to Markdown, running every cell for real.

A vignette is a ``.py`` file of cells separated by ``# %%`` lines; a cell that
starts ``# %% [markdown]`` is text (its lines without the leading ``# ``). Code
cells run in order in one namespace; what they print is shown below them, and
each matplotlib figure they leave open is saved as a PNG next to the output and
linked from it. A failing cell stops the rendering with its traceback.

Usage: python vignettes/render.py VIGNETTE.py [--out DIR]   (writes DIR/VIGNETTE.md)
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

CELL = re.compile(r"^# %%(.*)$", re.M)


def render(source: Path, out: Path) -> Path:
    """Run the vignette ``source`` and write ``out/<name>.md`` with its figures."""
    out.mkdir(parents=True, exist_ok=True)
    namespace = {"__name__": "__main__"}
    parts, figures = [], 0
    for number, (header, body) in enumerate(_cells(source.read_text()), start=1):
        if "[markdown]" in header:
            parts.append("\n".join(re.sub(r"^# ?", "", line) for line in body.splitlines()))
            continue
        parts.append(f"```python\n{body}\n```")
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(body, f"{source.name}, cell {number}", "exec"), namespace)
        if printed.getvalue().strip():
            parts.append(f"```\n{printed.getvalue().rstrip()}\n```")
        for figure_number in plt.get_fignums():
            figures += 1
            name = f"{source.stem}-figure-{figures}.png"
            plt.figure(figure_number).savefig(out / name, dpi=110, bbox_inches="tight")
            parts.append(f"![Figure {figures}]({name})")
        plt.close("all")
    target = out / f"{source.stem}.md"
    target.write_text("\n\n".join(part.strip("\n") for part in parts if part.strip()) + "\n")
    return target


def _cells(text: str):
    """``(header, body)`` per cell; text before the first ``# %%`` is ignored."""
    pieces = CELL.split(text)
    for header, body in zip(pieces[1::2], pieces[2::2]):
        if body.strip():
            yield header, body.strip("\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vignette", type=Path)
    parser.add_argument("--out", type=Path, default=Path("vignettes-rendered"))
    args = parser.parse_args()
    print(f"wrote {render(args.vignette, args.out)}")


if __name__ == "__main__":
    main()
