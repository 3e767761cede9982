# Python vignette, in percent format: render with `python vignettes/render.py vignettes/heteroscedastic-regression.py`
# (see vignettes/heteroscedastic-regression.Rmd for the same from R).

# %% [markdown]
# # Heteroscedastic Bayesian regression from Python
#
# This vignette fits a regression whose predictions come with uncertainty of both kinds:
# how unsure the model is about its weights, and how noisy the data are. It is the Python
# counterpart of the R vignette and takes well under a minute to run.

# %%
import tfprobr as tp  # first: it makes TensorFlow use Keras 2, which TFP's layers need

import matplotlib.pyplot as plt
import numpy as np
import tf_keras

tp.set_random_seed(1)  # Python, numpy, TensorFlow and the layers' draws: a reproducible run

# %% [markdown]
# ## Data whose noise changes with x
#
# The response is `sin(x)` plus noise whose standard deviation grows from 0.05 at `x = 0`
# to 0.35 at the edges: a *heteroscedastic* regression. A model with one fixed noise level
# would be too confident at the edges and too cautious in the middle.

# %%
rng = np.random.default_rng(1)


def simulate(n):
    x = rng.uniform(-3, 3, size=(n, 1))
    return x, np.sin(x) + rng.normal(0, 0.05 + 0.1 * np.abs(x))


n = 300
x, y = simulate(n)
x_test, y_test = simulate(100)

# %% [markdown]
# ## The model
#
# Two Bayesian layers: every weight has a normal posterior with a learned mean and standard
# deviation instead of one value. The last layer has two units per output,
# `params_size_independent_normal(1)`, which `layer_independent_normal()` turns into the
# mean and the standard deviation of a normal distribution for `y`: the noise level is
# predicted too.

# %%
kl = tp.kl_divergence_fn(1 / n)
model = tp.keras_model_sequential(input_shape=1)
model = tp.layer_dense_local_reparameterization(model, units=32, activation="tanh",
                                                kernel_divergence_fn=kl)
model = tp.layer_dense_local_reparameterization(
    model, units=tp.params_size_independent_normal(1), kernel_divergence_fn=kl)
model = tp.layer_independent_normal(model, event_shape=1)

# %% [markdown]
# ### Choice 1: KL scaling
#
# Training minimises the negative evidence lower bound: the negative log-likelihood of the
# data plus the Kullback-Leibler divergence of the weights' posterior from their prior.
# Keras computes the loss per example and averages it over a batch, and `compile()` adds
# each layer's KL term to *every* batch. Dividing the KL by the number of training examples,
# `kl_divergence_fn(1 / n)`, makes both parts per-example quantities, so the bound is
# counted correctly. Without it (weight 1) the prior dominates and the model underfits with
# wide intervals; with a much smaller weight the posterior shrinks towards a point estimate
# and the weight uncertainty disappears. Do not add `model.losses` to the loss yourself:
# that counts the KL twice.

# %%
model.compile(optimizer=tf_keras.optimizers.Adam(learning_rate=0.02),
              loss=tp.negloglik)
history = model.fit(x, y, epochs=200, batch_size=32, verbose=0)
print(f"final loss: {history.history['loss'][-1]:.3f}")

# %% [markdown]
# ## Predictions with uncertainty
#
# Each call of the model draws new weights, so one prediction is one random draw.
# `predict_mc()` makes `n_samples` draws in one compiled call and returns a pandas
# DataFrame with the predictive mean, the standard deviation and quantiles per row.

# %%
grid = np.linspace(-3.5, 3.5, 200).reshape(-1, 1)
pred = tp.predict_mc(model, grid, n_samples=500)
print(pred.head(3))

# %%
fig, ax = plt.subplots(figsize=(7, 4.5))
ax.fill_between(grid[:, 0], pred["mean"] - 2 * pred["sd"], pred["mean"] + 2 * pred["sd"],
                color="steelblue", alpha=0.3, linewidth=0, label="mean ± 2 sd")
ax.scatter(x, y, s=6, color="grey", label="data")
ax.plot(grid, pred["mean"], color="navy", linewidth=2, label="predictive mean")
ax.plot(grid, np.sin(grid), color="darkorange", linestyle="--", label="sin(x)")
ax.set(xlabel="x", ylabel="y", title="Predictive mean and mean ± 2 sd")
ax.legend(frameon=False, loc="upper left")

# %% [markdown]
# The band is narrow around `x = 0` and wide at the edges, as the noise in the data is. How
# honest is it? On new data, about 95% of the points should fall inside the 95% interval
# (`q0.025` to `q0.975`):

# %%
held = tp.predict_mc(model, x_test, n_samples=500)
inside = (y_test[:, 0] >= held["q0.025"]) & (y_test[:, 0] <= held["q0.975"])
print(f"coverage of the 95% interval on new data: {inside.mean():.0%}")

# %% [markdown]
# ### Choice 2: the two kinds of uncertainty
#
# - **Aleatoric** uncertainty is noise in the data: even a perfectly known function leaves
#   `y` scattered around `sin(x)`. The output distribution models it (its standard deviation
#   depends on `x`); more data do not make it smaller.
# - **Epistemic** uncertainty is what the model does not know about its weights: the spread
#   between passes with different weight draws. It shrinks with more data and grows away
#   from the data.
#
# For a model whose output is a distribution, `predict_mc()` combines both with the law of
# total variance: `sd**2` is the mean of the passes' variances (aleatoric) plus the variance
# of their means (epistemic). The quantiles are those of the mixture of the passes'
# distributions. A model whose last layer outputs plain values (no distribution layer) shows
# the epistemic part only, and its intervals would cover far fewer than 95% of new points.
#
# ### Choice 3: how many Monte Carlo samples
#
# The predictive mean from `n_samples` passes has a Monte Carlo error of about the spread
# between passes divided by `sqrt(n_samples)`. Compare two runs with few passes and two with
# many:

# %%
for n_samples in (10, 1000):
    a, b = (tp.predict_mc(model, grid, n_samples=n_samples)["mean"] for _ in range(2))
    print(f"n_samples = {n_samples:4d}: sd of the difference of two runs {np.std(a - b):.4f}")

# %% [markdown]
# A hundred passes (the default) are enough for means and standard deviations; use more for
# smooth curves or quantiles far in the tails. All passes run in one compiled TensorFlow
# call, so many passes are cheap: far cheaper than calling `predict()` in a loop.

# %% [markdown]
# ### Choice 4: training faster
#
# The model here trains in seconds. Larger Bayesian models cost more per step than plain
# dense ones (each call draws noise, and the local reparameterization needs a second matmul
# for the variance): an MLP 256-512-512-1 on 20,000 rows took about 2-3x the seconds per
# epoch of the same model with `Dense` layers on a 2-core CPU. Three settings matter on a
# CPU (figures from the README's performance section):
#
# - `model.compile(..., steps_per_execution=32)` runs 32 training steps per call into
#   TensorFlow. It saved up to 57% of the epoch for small models with many cheap steps, and
#   0-14% for the larger one. Callbacks and the progress bar then see every 32nd step only.
# - On a machine with few cores, let each TensorFlow operation run on one core and the
#   independent ones (the mean and variance matmuls, the noise draws, the KL terms) side by
#   side: `tf.config.threading.set_intra_op_parallelism_threads(1)`, before
#   `tp.set_random_seed()` and the first layer (TensorFlow fixes its thread pools when it
#   starts). On 2 cores that made the epochs of the larger model 0.80-0.94x as long, in
#   0.83-0.85x the CPU time, and a local reparameterization step at 1024 x 1024 (batch 4096)
#   0.88x as long. A model of plain large `Dense` layers is the exception: its one matmul per
#   step then runs on one core.
# - Leave `jit_compile` off: XLA's CPU code made these layers slower, not faster.
