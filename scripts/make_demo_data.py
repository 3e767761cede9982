"""Regenerate tfprobr/data/heteroscedastic.csv, the data set of ``tfprobr demo``.

400 rows, deterministic (numpy's default_rng(2024)):

    x ~ Uniform(-3, 3)
    y = sin(x) + e,  e ~ Normal(0, sd = 0.05 + 0.1 * |x|)

so the noise grows from 0.05 in the middle to 0.35 at the edges.

Usage (from the repository root): python scripts/make_demo_data.py
"""

from pathlib import Path

import numpy as np

N, SEED = 400, 2024


def main() -> None:
    rng = np.random.default_rng(SEED)
    x = rng.uniform(-3, 3, size=N)
    y = np.sin(x) + rng.normal(0, 0.05 + 0.1 * np.abs(x))
    path = Path(__file__).resolve().parent.parent / "tfprobr" / "data" / "heteroscedastic.csv"
    lines = ["x,y"] + [f"{a:.6f},{b:.6f}" for a, b in zip(x, y)]
    path.write_text("\n".join(lines) + "\n")
    print(f"wrote {N} rows to {path}")


if __name__ == "__main__":
    main()
