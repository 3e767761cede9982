"""The end-to-end example behind ``tfprobr demo``: build, train, predict with uncertainty."""

from __future__ import annotations

import numpy as np


def run_example(epochs: int = 300, seed: int = 1, n: int = 200, echo=print) -> dict:
    """Fit ``y = sin(x) + noise`` with two chained local-reparameterization layers.

    Returns the final training loss and the predictive mean and sd at a few
    points, computed from 50 stochastic forward passes.
    """
    import tensorflow as tf

    import tfprobr as tp

    tf.keras.utils.set_random_seed(seed)
    rng = np.random.default_rng(seed)
    x = rng.uniform(-3, 3, size=(n, 1)).astype("float32")
    y = (np.sin(x) + rng.normal(0, 0.1, size=(n, 1))).astype("float32")

    kl = tp.kl_divergence_fn(1 / n)
    model = tp.keras_model_sequential(input_shape=1)
    model = tp.layer_dense_local_reparameterization(model, units=32, activation="relu",
                                                    kernel_divergence_fn=kl)
    model = tp.layer_dense_local_reparameterization(model, units=1, kernel_divergence_fn=kl)
    model.compile(optimizer=tf.keras.optimizers.Adam(0.02), loss="mse")
    echo(f"Training on {n} rows for {epochs} epochs...")
    history = model.fit(x, y, epochs=epochs, batch_size=50, verbose=0,
                        callbacks=[_progress(epochs, echo)])
    grid = np.linspace(-3, 3, 7, dtype="float32").reshape(-1, 1)
    passes = np.stack([model(grid).numpy() for _ in range(50)])
    mean, sd = passes.mean(axis=0)[:, 0], passes.std(axis=0)[:, 0]
    echo("     x   sin(x)     mean       sd")
    for xi, mi, si in zip(grid[:, 0], mean, sd):
        echo(f"{xi:6.2f} {np.sin(xi):8.3f} {mi:8.3f} {si:8.3f}")
    loss = history.history["loss"][-1]
    echo(f"final loss {loss:.4f}")
    return {"loss": loss, "x": grid[:, 0], "mean": mean, "sd": sd}


def _progress(epochs: int, echo):
    """A Keras callback printing the loss ten times during training."""
    import tf_keras

    def report(epoch, logs):
        if (epoch + 1) % max(1, epochs // 10) == 0 or epoch + 1 == epochs:
            echo(f"  epoch {epoch + 1:4d}/{epochs}  loss {logs['loss']:.4f}")

    return tf_keras.callbacks.LambdaCallback(on_epoch_end=report)
