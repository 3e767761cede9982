"""tfprobr demo: end to end on the built-in data and on a user's CSV, and its one-line errors."""

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from tfprobr.cli import main


def run(*args):
    return CliRunner().invoke(main, ["demo", *map(str, args)])


@pytest.fixture
def user_csv(tmp_path):
    rng = np.random.default_rng(3)
    size = rng.uniform(10, 50, 60)
    frame = pd.DataFrame({"id": range(60), "size": size,
                          "price": 3 * size + rng.normal(0, size / 5)})
    path = tmp_path / "houses.csv"
    frame.to_csv(path, index=False)
    return path


@pytest.mark.slow
def test_builtin_data_gives_honest_intervals_and_both_files(tmp_path):
    result = run("--out", tmp_path)
    assert result.exit_code == 0, result.output
    assert "built-in heteroscedastic.csv" in result.output
    assert "epoch  300/300" in result.output
    coverage = float(result.output.split("95% interval: ")[1].split("= ")[1].split("%")[0])
    assert coverage >= 85  # 80 held-out rows: 95% +- 2.4% (one standard error)
    predictions = pd.read_csv(tmp_path / "predictions.csv")
    # Honest, not merely wide: inside the data's range (x in -3..3) the predictive sd is near the
    # noise sd the data were made with (0.05 + 0.1 |x|; measured 1.23 times it) and grows with |x|.
    inside = predictions[predictions["x"].abs() < 3]
    true_sd = 0.05 + 0.1 * inside["x"].abs()
    assert 0.7 < inside["sd"].mean() / true_sd.mean() < 1.6
    assert inside["sd"][inside["x"].abs() > 2.5].mean() > 2 * inside["sd"][inside["x"].abs() < 0.5].mean()
    assert list(predictions.columns) == ["x", "mean", "sd", "lower", "upper"]
    assert len(predictions) == 200 and (predictions["sd"] > 0).all()
    assert (predictions["lower"] < predictions["mean"]).all()
    assert (predictions["mean"] < predictions["upper"]).all()
    assert (tmp_path / "uncertainty.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.slow
def test_user_csv_columns_are_used_on_their_scale(tmp_path, user_csv):
    result = run("--data", user_csv, "--x", "size", "--y", "price", "--epochs", 20,
                 "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "'size' -> 'price', 60 rows" in result.output
    predictions = pd.read_csv(tmp_path / "out" / "predictions.csv")
    assert predictions["x"].min() < 10 and predictions["x"].max() > 50
    assert 0 < predictions["mean"].median() < 200  # back on the price scale
    assert (tmp_path / "out" / "uncertainty.png").exists()


@pytest.mark.slow
def test_rows_with_missing_values_are_dropped_and_counted(tmp_path, user_csv):
    frame = pd.read_csv(user_csv)
    frame.loc[[1, 4], "price"] = np.nan
    frame.to_csv(user_csv, index=False)
    result = run("--data", user_csv, "--x", "size", "--y", "price", "--epochs", 2,
                 "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "58 rows (2 with missing values dropped)" in result.output


def _one_line_error(result, *fragments):
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in lines[0]


def test_missing_file_is_one_line(tmp_path):
    _one_line_error(run("--data", tmp_path / "nope.csv", "--x", "a", "--y", "b"),
                    "nope.csv", "no such file")


def test_unknown_column_is_named(user_csv):
    _one_line_error(run("--data", user_csv, "--x", "size", "--y", "cost"),
                    "'cost'", "id, size, price")


def test_non_numeric_values_are_named(user_csv):
    frame = pd.read_csv(user_csv).astype({"size": object})
    frame.loc[7, "size"] = "big"
    frame.to_csv(user_csv, index=False)
    _one_line_error(run("--data", user_csv, "--x", "size", "--y", "price"),
                    "'size'", "numeric", "row 8", "'big'")


def test_too_few_rows_is_one_line(user_csv):
    pd.read_csv(user_csv).head(5).to_csv(user_csv, index=False)
    _one_line_error(run("--data", user_csv, "--x", "size", "--y", "price"),
                    "5 rows", "at least 20")


def test_a_constant_input_column_is_one_line(user_csv):
    frame = pd.read_csv(user_csv)
    frame["size"] = 1.0
    frame.to_csv(user_csv, index=False)
    _one_line_error(run("--data", user_csv, "--x", "size", "--y", "price"), "'size'", "one value")


def test_data_needs_both_columns(user_csv):
    _one_line_error(run("--data", user_csv, "--x", "size"), "--x and --y")


def test_columns_need_data():
    _one_line_error(run("--x", "size", "--y", "price"), "--data")


def test_a_file_that_is_not_csv_is_one_line(tmp_path):
    path = tmp_path / "binary.csv"
    path.write_bytes(b"\xff\xfe\x00\x01" * 50)
    _one_line_error(run("--data", path, "--x", "a", "--y", "b"), "binary.csv")
