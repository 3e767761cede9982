"""The main job behind ``tfprobr demo``: a heteroscedastic Bayesian regression, end to end.

It fits ``y ~ x`` with two local-reparameterization layers and a normal output
distribution (mean and sd both depend on ``x``), the KL term scaled by the
number of training rows, then reports and draws the predictive uncertainty
from :func:`tfprobr.predict_mc`. The data are the built-in
``tfprobr/data/heteroscedastic.csv`` (made by ``scripts/make_demo_data.py``)
or two numeric columns of the user's CSV file.
"""

from __future__ import annotations

import contextlib
import os
import time
from importlib import resources
from pathlib import Path

import numpy as np

from tfprobr._internal.names import PACKAGE

DEFAULT_EPOCHS = 300
MIN_ROWS = 20
HIDDEN_UNITS = 32
HELD_OUT = 0.2  # fraction of rows kept out of training, for the coverage check
GRID_POINTS = 200
N_SAMPLES = 1000  # Monte Carlo passes for the predictions (one compiled call: cheap)
N_DRAWS = 5  # posterior draws shown in the picture
BUILTIN = "heteroscedastic.csv"
BUILTIN_DESCRIPTION = (
    "built-in heteroscedastic.csv: y = sin(x) + noise with sd 0.05 + 0.1 |x|, x ~ U(-3, 3)"
)


class DemoInputError(ValueError):
    """Bad input to the demo (file, columns, values); the message is one line for the user."""


def run_demo(data=None, x=None, y=None, epochs=DEFAULT_EPOCHS, out="tfprobr-demo", seed=1,
             echo=print) -> dict:
    """Fit the demo model, print a summary, and write ``predictions.csv`` and ``uncertainty.png``.

    Parameters
    ----------
    data : str or path, optional
        A CSV file with a header row; ``None`` uses the built-in data set.
    x, y : str, optional
        The columns of ``data`` to use as input and response (required with ``data``).
    epochs : int
        Training epochs.
    out : str or path
        Directory for the output files (created if missing).
    seed : int
        Seed of the train/held-out split, the initial weights and the sampling.
    echo : callable
        Prints one line of progress or summary.

    Returns
    -------
    dict
        ``loss`` (final training loss), ``coverage`` (fraction of held-out rows
        inside the 95% interval), ``predictions`` (the DataFrame written) and
        the paths written, ``csv`` and ``png``.
    """
    start = time.perf_counter()
    xs, ys, description, x_name, y_name = load_data(data, x, y)
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DemoInputError(f"--out {out}: cannot create the directory: {error.strerror}") from None

    import tf_keras

    import tfprobr as tp

    tf_keras.utils.set_random_seed(seed)
    held_out = np.random.default_rng(seed).permutation(len(xs)) < round(HELD_OUT * len(xs))
    train = ~held_out
    # Work in standardized units, so that one set of settings fits any data's scale.
    x_scale = Standardizer(xs[train])
    y_scale = Standardizer(ys[train])
    x_train, y_train = x_scale(xs[train]), y_scale(ys[train])
    n_train = int(train.sum())

    echo(f"data: {description}")
    echo(f"model: {x_name} -> {HIDDEN_UNITS} (local reparameterization, tanh) -> 2 (local "
         f"reparameterization) -> normal(mean, sd) of {y_name}; KL divided by {n_train} rows")
    echo(f"training on {n_train} rows ({int(held_out.sum())} held out) for {epochs} epochs...")
    model = build_model(n_train)
    history = model.fit(x_train[:, None], y_train[:, None], epochs=epochs, batch_size=32,
                        verbose=0, callbacks=[_progress(epochs, echo)])
    loss = float(history.history["loss"][-1])

    held = tp.predict_mc(model, x_scale(xs[held_out]), n_samples=N_SAMPLES)
    lower, upper = y_scale.undo(held["q0.025"]), y_scale.undo(held["q0.975"])
    inside = (ys[held_out] >= lower) & (ys[held_out] <= upper)
    coverage = float(inside.mean())

    span = xs.max() - xs.min()
    grid = np.linspace(xs.min() - 0.1 * span, xs.max() + 0.1 * span, GRID_POINTS)
    pred = tp.predict_mc(model, x_scale(grid), n_samples=N_SAMPLES)
    predictions = _predictions_frame(grid, pred, y_scale)
    draws = y_scale.undo(posterior_draws(model, x_scale(grid), N_DRAWS))
    csv_path, png_path = out / "predictions.csv", out / "uncertainty.png"
    with _written_together(out, csv_path, png_path) as (csv_temp, png_temp):
        predictions.to_csv(csv_temp, index=False)
        plot_uncertainty(png_temp, xs, ys, held_out, predictions, draws, x_name, y_name, coverage)

    echo(f"final loss {loss:.4f} (negative log-likelihood + KL per row, standardized units)")
    echo(f"held-out coverage of the 95% interval: {int(inside.sum())}/{len(inside)} = "
         f"{coverage:.1%}")
    echo(f"wrote {csv_path} ({GRID_POINTS} rows: x, mean, sd, lower, upper) and {png_path}")
    echo(f"done in {time.perf_counter() - start:.1f} s")
    return {"loss": loss, "coverage": coverage, "predictions": predictions,
            "csv": csv_path, "png": png_path}


def load_data(data=None, x=None, y=None):
    """The demo's data: ``(x, y, description, x_name, y_name)``, or a one-line DemoInputError."""
    import pandas as pd

    if data is None:
        if x is not None or y is not None:
            raise DemoInputError("--x and --y name columns of a --data file; give --data too")
        frame = pd.read_csv(resources.files(PACKAGE).joinpath("data", BUILTIN).open())
        return frame["x"].to_numpy(float), frame["y"].to_numpy(float), BUILTIN_DESCRIPTION, "x", "y"
    if x is None or y is None:
        raise DemoInputError("with --data, name the input and response columns with --x and --y")
    path = Path(data)
    if not path.is_file():
        raise DemoInputError(f"--data {path}: no such file")
    try:
        frame = pd.read_csv(path)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise DemoInputError(f"--data {path}: cannot read it as CSV: {reason}") from None
    for option, column in (("--x", x), ("--y", y)):
        if column not in frame.columns:
            known = ", ".join(map(str, frame.columns))
            raise DemoInputError(f"{option} '{column}' is not a column of {path}; its columns are: {known}")
    values = [_numeric_column(frame[column], option, column, path)
              for option, column in (("--x", x), ("--y", y))]
    complete = ~(np.isnan(values[0]) | np.isnan(values[1]))
    if complete.sum() < MIN_ROWS:
        raise DemoInputError(
            f"--data {path} has {int(complete.sum())} rows with both '{x}' and '{y}'; the demo "
            f"needs at least {MIN_ROWS}"
        )
    if np.ptp(values[0][complete]) == 0:
        raise DemoInputError(f"--x column '{x}' of {path} has one value only; it cannot predict '{y}'")
    dropped = len(frame) - int(complete.sum())
    description = f"{path}, columns '{x}' -> '{y}', {int(complete.sum())} rows" + (
        f" ({dropped} with missing values dropped)" if dropped else "")
    return values[0][complete], values[1][complete], description, str(x), str(y)


def build_model(n_train: int):
    """The heteroscedastic regression: its mean and sd both depend on ``x``."""
    import tf_keras

    import tfprobr as tp

    kl = tp.kl_divergence_fn(1 / n_train)
    model = tp.keras_model_sequential(input_shape=1)
    model = tp.layer_dense_local_reparameterization(model, units=HIDDEN_UNITS, activation="tanh",
                                                    kernel_divergence_fn=kl)
    model = tp.layer_dense_local_reparameterization(
        model, units=tp.params_size_independent_normal(1), kernel_divergence_fn=kl)
    model = tp.layer_independent_normal(model, event_shape=1)
    model.compile(optimizer=tf_keras.optimizers.Adam(0.02), loss=tp.negloglik)
    return model


def posterior_draws(model, x: np.ndarray, n_draws: int) -> np.ndarray:
    """Predictive means of ``n_draws`` networks whose weights are drawn once each from the posterior.

    A local-reparameterization pass draws independent noise per row, so a pass
    over a grid is not one smooth function; here each draw samples the weights
    themselves and applies them to all rows. Returns shape ``(n_draws, rows)``.
    """
    import tensorflow as tf

    *dense_layers, output_layer = model.layers
    curves = []
    for _ in range(n_draws):
        hidden = tf.constant(x.reshape(-1, 1), tf.float32)
        for layer in dense_layers:
            kernel = layer.kernel_posterior.sample()
            bias = layer.bias_posterior.sample() if layer.bias_posterior is not None else 0.0
            hidden = layer.activation(tf.matmul(hidden, kernel) + bias)
        curves.append(output_layer(hidden).mean().numpy()[:, 0])
    return np.stack(curves)


def plot_uncertainty(path, xs, ys, held_out, predictions, draws, x_name, y_name, coverage):
    """Data, predictive mean, a band of +-2 sd and a few posterior draws, as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    grid, mean, sd = predictions["x"], predictions["mean"], predictions["sd"]
    fig, ax = plt.subplots(figsize=(8, 5.2), dpi=120)
    ax.fill_between(grid, mean - 2 * sd, mean + 2 * sd, color="#9ecae1", alpha=0.6,
                    linewidth=0, label="mean ± 2 sd (both kinds of uncertainty)")
    for position, curve in enumerate(draws):
        ax.plot(grid, curve, color="#6a51a3", linewidth=0.8, alpha=0.7,
                label="posterior draws (mean of one weight sample)" if position == 0 else None)
    ax.scatter(xs[~held_out], ys[~held_out], s=9, color="#525252", alpha=0.55, linewidths=0,
               label="training rows")
    ax.scatter(xs[held_out], ys[held_out], s=16, facecolors="none", edgecolors="#d94801",
               linewidths=0.9, label="held-out rows")
    ax.plot(grid, mean, color="#08519c", linewidth=2, label="predictive mean")
    ax.set_xlabel(x_name)
    ax.set_ylabel(y_name)
    ax.set_title(f"Bayesian heteroscedastic regression: held-out coverage of the 95% interval "
                 f"{coverage:.1%}", fontsize=10)
    ax.grid(alpha=0.25)
    fig.legend(loc="lower center", ncol=3, fontsize=8, frameon=False)
    fig.tight_layout(rect=(0, 0.1, 1, 1))
    fig.savefig(path)
    plt.close(fig)


class Standardizer:
    """``(v - mean) / sd`` with the mean and sd of the training values, and its inverse."""

    def __init__(self, values: np.ndarray):
        self.mean, self.sd = float(np.mean(values)), float(np.std(values)) or 1.0

    def __call__(self, values) -> np.ndarray:
        return ((np.asarray(values, dtype=float) - self.mean) / self.sd).astype("float32")

    def undo(self, values) -> np.ndarray:
        return np.asarray(values, dtype=float) * self.sd + self.mean


def _numeric_column(column, option, name, path) -> np.ndarray:
    import pandas as pd

    values = pd.to_numeric(column, errors="coerce")
    bad = values.isna() & column.notna()
    if bad.any():
        row = int(np.argmax(bad.to_numpy()))
        raise DemoInputError(
            f"{option} column '{name}' of {path} must be numeric; data row {row + 1} has "
            f"{column.iloc[row]!r}"
        )
    values = values.to_numpy(float)
    if len(values) and np.isnan(values).all():
        raise DemoInputError(f"{option} column '{name}' of {path} has no values")
    if np.isinf(values).any():
        row = int(np.argmax(np.isinf(values)))
        raise DemoInputError(
            f"{option} column '{name}' of {path} has an infinite value ({values[row]}) in data row {row + 1}")
    return values


@contextlib.contextmanager
def _written_together(out, *paths):
    """Temporary files next to ``paths``, renamed to them only when all were written."""
    temps = [path.with_name(f".{path.stem}-{os.getpid()}.tmp{path.suffix}") for path in paths]
    try:
        yield temps
        for temp, path in zip(temps, paths):
            os.replace(temp, path)
    except OSError as error:
        raise DemoInputError(f"--out {out}: cannot write the results: {error.strerror or error}") from None
    finally:
        for temp in temps:
            with contextlib.suppress(OSError):
                temp.unlink()


def _predictions_frame(grid, pred, y_scale):
    import pandas as pd

    return pd.DataFrame({
        "x": grid,
        "mean": y_scale.undo(pred["mean"]),
        "sd": pred["sd"].to_numpy() * y_scale.sd,
        "lower": y_scale.undo(pred["q0.025"]),
        "upper": y_scale.undo(pred["q0.975"]),
    })


def _progress(epochs: int, echo):
    """A Keras callback printing the loss ten times during training."""
    import tf_keras

    def report(epoch, logs):
        if (epoch + 1) % max(1, epochs // 10) == 0 or epoch + 1 == epochs:
            echo(f"  epoch {epoch + 1:4d}/{epochs}  loss {logs['loss']:.4f}")

    return tf_keras.callbacks.LambdaCallback(on_epoch_end=report)
