"""Benchmark 4: whole-process time of ``import tfprobr`` and of ``tfprobr man --check``.

Each command runs as its own fresh Python process, interleaved round by round
with a bare interpreter (``python -c pass``) and ``import tensorflow`` for
scale. ``tfprobr man --check`` is timed when this tfprobr has the ``man``
command; otherwise the script says "not available".
Run from the repository root: ``PYTHONPATH=. python bench/import_time.py``.
"""

import os
import subprocess
import sys

from timing import interleave, report

ROUNDS = 7


def main():
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", "PYTHONWARNINGS": "ignore"}
    commands = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "import tfprobr": [sys.executable, "-c", "import tfprobr"],
        "import tensorflow": [sys.executable, "-c", "import tensorflow"],
    }
    man = [sys.executable, "-m", "tfprobr", "man", "--check"]
    if _has_man_check(env):
        commands["python -m tfprobr man --check"] = man
    cases = {name: _runner(command, env) for name, command in commands.items()}
    report("4. whole-process time, fresh Python process each", interleave(cases, rounds=ROUNDS),
           baseline="python -c pass", unit="s")
    if "python -m tfprobr man --check" not in commands:
        print("  python -m tfprobr man --check: not available (this tfprobr has no `man --check`)")


def _has_man_check(env):
    help_text = subprocess.run([sys.executable, "-m", "tfprobr", "man", "--help"], env=env,
                               capture_output=True, text=True, timeout=120)
    return help_text.returncode == 0 and "--check" in help_text.stdout


def _runner(command, env):
    def run():
        # Not check=True: `man --check` exits non-zero when man/ is stale, which
        # does not change what it costs to run.
        subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    return run


if __name__ == "__main__":
    main()
