"""Training tfprobr's layers under tf.distribute: MirroredStrategy and MultiWorkerMirroredStrategy.

TensorFlow is already initialized in the pytest process, and logical devices and
``TF_CONFIG`` must be set before that, so each case runs tests/support/distribute_worker.py
in fresh processes, bounded in time, and compares the variables they saved.
"""

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

import tfprobr

from support import ROOT

# Every case starts worker processes that import TensorFlow.
pytestmark = pytest.mark.slow

WORKER = ROOT / "tests" / "support" / "distribute_worker.py"
TIMEOUT = 120  # seconds for all processes together; a hung collective must not hang the suite
STEPS = 40


def test_mirrored_strategy_trains_and_keeps_replicas_identical(tmp_path):
    _run_workers([("mirrored", {})], tmp_path)
    result = np.load(tmp_path / "mirrored.npz")
    assert int(result["replicas"]) == 2
    assert int(result["steps"]) == STEPS
    assert np.all(np.isfinite(result["losses"]))
    _assert_training_improved(result)
    replicas = _by_replica(result)
    assert len(replicas) == 2 and replicas[0].keys() == replicas[1].keys()
    for name, value in replicas[0].items():
        np.testing.assert_array_equal(value, replicas[1][name], err_msg=name)


def test_multi_worker_strategy_trains_and_keeps_workers_identical(tmp_path):
    ports = _free_ports(2)
    cluster = {"worker": [f"127.0.0.1:{port}" for port in ports]}
    _run_workers(
        [("multiworker", {"TF_CONFIG": json.dumps({"cluster": cluster, "task": {"type": "worker", "index": i}})})
         for i in range(2)],
        tmp_path,
    )
    workers = [np.load(tmp_path / f"worker{i}.npz") for i in range(2)]
    for result in workers:
        assert int(result["replicas"]) == 2
        assert int(result["steps"]) == STEPS
        assert np.all(np.isfinite(result["losses"]))
        _assert_training_improved(result)
    first, second = (_by_replica(result)[0] for result in workers)
    assert first.keys() == second.keys() and first
    for name, value in first.items():
        np.testing.assert_array_equal(value, second[name], err_msg=name)


def _assert_training_improved(result):
    """The posterior-mean network fits y = x @ (1, -2, 0.5) much better after training."""
    before, after = result["mse"]
    assert after < 0.5 * before, (before, after)


def _run_workers(jobs, out_dir):
    """Start one worker process per (mode, extra environment), wait for all, kill any left."""
    root = str(Path(tfprobr.__file__).resolve().parent.parent)
    base = {key: value for key, value in os.environ.items() if key != "TF_CONFIG"}
    base.update(PYTHONPATH=os.pathsep.join([root, os.environ.get("PYTHONPATH", "")]),
                TF_CPP_MIN_LOG_LEVEL="3", PYTHONWARNINGS="ignore")
    deadline = time.monotonic() + TIMEOUT
    processes = []
    try:
        for mode, extra in jobs:
            env = {**base, **extra}
            processes.append(subprocess.Popen(
                [sys.executable, str(WORKER), mode, str(out_dir)], env=env,
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
        for process in processes:
            output, _ = process.communicate(timeout=max(1.0, deadline - time.monotonic()))
            assert process.returncode == 0, output[-3000:]
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()


def _by_replica(result):
    replicas = {}
    for key in result.files:
        if "@" in key:
            name, replica = key.rsplit("@", 1)
            replicas.setdefault(int(replica), {})[name] = result[key]
    return [replicas[index] for index in sorted(replicas)]


def _free_ports(count):
    """Ports free on 127.0.0.1 now (held open together so that they differ)."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()
