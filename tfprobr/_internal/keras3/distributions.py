"""What a Keras 3 distribution layer's output means: a distribution's parameters, and their math.

A Keras 3 layer cannot return a ``tfd.Distribution`` (Keras 3 checks that
every output is a tensor, on every backend). tfprobr's Keras 3 distribution
layers therefore return their input, the distribution's parameters, unchanged,
and the layer is the description of the distribution: its class and config
(``event_shape``, ``num_components``, ...) say how parameters become a
distribution, exactly as in the Keras 2 class of the same name. This module
holds that meaning, written with ``keras.ops`` so that it runs on every Keras
backend (TensorFlow, JAX, torch):

* :class:`Family` and its subclasses: per family, the parameter layout and the
  log-likelihood, mean, variance and (where the event is one number) the
  cumulative distribution function, as TFP defines them for the Keras 2 layer
  of the same name; on the TensorFlow backend, :meth:`Family.tfp` builds the
  very TFP distribution the Keras 2 layer would;
* :class:`ParamsDistribution`: a family with a batch of parameters, the
  object ``negloglik``, the ``tfd_*`` methods and ``predict_mc()`` work with;
* :func:`tag` and :func:`distribution_of`: how a parameter tensor is found to
  be a layer's output. A layer tags its output with itself, the way Keras 3
  tags a tensor with its mask (an attribute, or an entry keyed by the
  tensor's identity that lives as long as the tensor); Keras may hand a loss a
  new tensor object holding the same values (a dtype conversion), so the
  layer also records itself as its thread's latest head, which a loss that
  finds no tag uses when the parameter count agrees.

Nothing here imports TensorFlow; :meth:`Family.tfp` imports TFP, on the
TensorFlow backend only.
"""

from __future__ import annotations

import math
import threading
import weakref
import numpy as np

__all__ = [
    "Family", "IndependentNormalFamily", "IndependentLogisticFamily",
    "IndependentBernoulliFamily", "IndependentPoissonFamily", "OneHotCategoricalFamily",
    "MultivariateNormalTriLFamily", "MixtureFamily", "LambdaFamily",
    "ParamsDistribution", "tag", "distribution_of", "params_size",
]

_LOG_2PI = math.log(2 * math.pi)


def _ops():
    from keras import ops

    return ops


def _backend() -> str:
    import keras

    return keras.backend.backend()


class Family:
    """How ``params_size`` parameters per example make one distribution (batched over the rest).

    Subclasses define :meth:`params_size` and the math; ``event_shape`` is the
    shape of one draw. All methods take parameters of shape ``batch + (P,)``.
    """

    event_shape: tuple = ()
    # Whether cdf() exists (a continuous distribution of single numbers per output).
    has_cdf = False

    def params_size(self) -> int:
        raise NotImplementedError

    def log_prob(self, params, y):
        raise NotImplementedError

    def mean(self, params):
        raise NotImplementedError

    def variance(self, params):
        raise NotImplementedError

    def cdf(self, params, y):
        raise NotImplementedError(f"{type(self).__name__} has no cdf()")

    def tfp(self, params):
        """The TFP distribution the Keras 2 layer builds from ``params`` (TensorFlow backend only)."""
        raise NotImplementedError

    def _batch_event(self, params, values):
        """``values`` (batch + (n,)) reshaped to batch + event_shape."""
        ops = _ops()
        return ops.reshape(values, (*_batch_shape(params), *self.event_shape))

    def _sum_event(self, values):
        ops = _ops()
        for _ in self.event_shape:
            values = ops.sum(values, axis=-1)
        return values


def _batch_shape(params) -> tuple:
    ops = _ops()
    shape = ops.shape(params)[:-1]
    # A symbolic batch size (None while tracing) is taken from the tensor itself.
    return tuple(-1 if size is None else size for size in shape)


def _event_size(event_shape: tuple) -> int:
    return int(np.prod(event_shape, dtype=np.int64))


def _like(y, params):
    ops = _ops()
    return ops.cast(ops.convert_to_tensor(y), params.dtype)


class _Independent(Family):
    """Independent distributions over an event shape: ``per_element`` parameters per element."""

    per_element = 1
    tfp_layer = ""  # the class of tfp.layers that builds the TFP distribution

    def __init__(self, event_shape=()):
        self.event_shape = tuple(int(size) for size in event_shape)

    def params_size(self) -> int:
        return self.per_element * _event_size(self.event_shape)

    def tfp(self, params):
        import tensorflow_probability as tfp

        return getattr(tfp.layers, self.tfp_layer).new(params, self.event_shape)


class _LocScale(_Independent):
    """Independent location-scale distributions: locations first, then softplus scales."""

    has_cdf = True
    per_element = 2

    def loc_scale(self, params):
        ops = _ops()
        n = _event_size(self.event_shape)
        loc = self._batch_event(params, params[..., :n])
        scale = ops.softplus(self._batch_event(params, params[..., n:]))
        return loc, scale

    def log_prob(self, params, y):
        loc, scale = self.loc_scale(params)
        return self._sum_event(self._log_density(loc, scale, _like(y, params)))

    def mean(self, params):
        return self.loc_scale(params)[0]

    def cdf(self, params, y):
        loc, scale = self.loc_scale(params)
        return self._cdf((_like(y, params) - loc) / scale)


class IndependentNormalFamily(_LocScale):
    """TFP's ``IndependentNormal``: ``Normal(loc, softplus(s))`` per event element."""

    tfp_layer = "IndependentNormal"

    def _log_density(self, loc, scale, y):
        ops = _ops()
        z = (y - loc) / scale
        return -0.5 * z * z - ops.log(scale) - 0.5 * _LOG_2PI

    def variance(self, params):
        scale = self.loc_scale(params)[1]
        return scale * scale

    def _cdf(self, z):
        ops = _ops()
        return 0.5 * (1.0 + ops.erf(z / math.sqrt(2.0)))


class IndependentLogisticFamily(_LocScale):
    """TFP's ``IndependentLogistic``: ``Logistic(loc, softplus(s))`` per event element."""

    tfp_layer = "IndependentLogistic"

    def _log_density(self, loc, scale, y):
        ops = _ops()
        z = (y - loc) / scale
        return -z - 2.0 * ops.softplus(-z) - ops.log(scale)

    def variance(self, params):
        scale = self.loc_scale(params)[1]
        return (math.pi * scale) ** 2 / 3.0

    def _cdf(self, z):
        return _ops().sigmoid(z)


class IndependentBernoulliFamily(_Independent):
    """TFP's ``IndependentBernoulli``: a logit per event element."""

    tfp_layer = "IndependentBernoulli"

    def log_prob(self, params, y):
        ops = _ops()
        logits = self._batch_event(params, params)
        y = _like(y, params)
        return self._sum_event(y * logits - ops.softplus(logits))

    def mean(self, params):
        return _ops().sigmoid(self._batch_event(params, params))

    def variance(self, params):
        p = self.mean(params)
        return p * (1.0 - p)


class IndependentPoissonFamily(_Independent):
    """TFP's ``IndependentPoisson``: a log rate per event element."""

    tfp_layer = "IndependentPoisson"

    def log_prob(self, params, y):
        ops = _ops()
        log_rate = self._batch_event(params, params)
        y = _like(y, params)
        return self._sum_event(y * log_rate - ops.exp(log_rate) - _lgamma(y + 1.0))

    def mean(self, params):
        return _ops().exp(self._batch_event(params, params))

    variance = mean


class OneHotCategoricalFamily(Family):
    """TFP's ``OneHotCategorical``: ``event_size`` logits; a draw is a one-hot vector."""

    def __init__(self, event_size):
        self.event_size = int(event_size)
        self.event_shape = (self.event_size,)

    def params_size(self) -> int:
        return self.event_size

    def log_prob(self, params, y):
        ops = _ops()
        return ops.sum(_like(y, params) * ops.log_softmax(params, axis=-1), axis=-1)

    def mean(self, params):
        return _ops().softmax(params, axis=-1)

    def variance(self, params):
        p = self.mean(params)
        return p * (1.0 - p)

    def tfp(self, params):
        import tensorflow_probability as tfp

        return tfp.layers.OneHotCategorical.new(params, self.event_size)


class MultivariateNormalTriLFamily(Family):
    """TFP's ``MultivariateNormalTriL``: ``d`` means, then a lower-triangular scale factor.

    The ``d (d + 1) / 2`` scale parameters fill the triangle in TFP's
    ``fill_triangular`` order; the diagonal is ``softplus(.) + 1e-5``.
    """

    _DIAG_SHIFT = 1e-5

    def __init__(self, event_size):
        self.event_size = int(event_size)
        self.event_shape = (self.event_size,)
        d = self.event_size
        # Position in the parameter vector of each lower-triangle entry, row-major:
        # TFP's fill_triangular reads [x[d:], reversed(x)] row by row.
        order = np.concatenate([np.arange(d * (d + 1) // 2)[d:],
                                np.arange(d * (d + 1) // 2)[::-1]]).reshape(d, d)
        self._rows, self._cols = np.tril_indices(d)
        self._take = order[self._rows, self._cols]

    def params_size(self) -> int:
        d = self.event_size
        return d + d * (d + 1) // 2

    def loc_tril(self, params):
        ops = _ops()
        d = self.event_size
        loc = params[..., :d]
        entries = ops.take(params[..., d:], self._take, axis=-1)
        # Scatter the entries into a d x d matrix with a one-hot placement tensor.
        place = np.zeros((len(self._take), d, d), dtype="float32")
        place[np.arange(len(self._take)), self._rows, self._cols] = 1.0
        tril = ops.einsum("...k,kij->...ij", entries, ops.cast(place, params.dtype))
        eye = np.eye(d, dtype="float32")
        diagonal = ops.diagonal(tril, axis1=-2, axis2=-1)
        new_diagonal = ops.softplus(diagonal) + self._DIAG_SHIFT
        tril = tril + (new_diagonal - diagonal)[..., None] * ops.cast(eye, params.dtype)
        return loc, tril

    def log_prob(self, params, y):
        ops = _ops()
        loc, tril = self.loc_tril(params)
        centred = _like(y, params) - loc
        tril, centred = _broadcast(tril, centred)
        z = ops.solve_triangular(tril, centred[..., None], lower=True)[..., 0]
        log_det = ops.sum(ops.log(ops.diagonal(tril, axis1=-2, axis2=-1)), axis=-1)
        return -0.5 * ops.sum(z * z, axis=-1) - log_det - 0.5 * self.event_size * _LOG_2PI

    def mean(self, params):
        return self.loc_tril(params)[0]

    def variance(self, params):
        ops = _ops()
        tril = self.loc_tril(params)[1]
        return ops.sum(tril * tril, axis=-1)

    def tfp(self, params):
        import tensorflow_probability as tfp

        return tfp.layers.MultivariateNormalTriL.new(params, self.event_size)


def _broadcast(tril, centred):
    """``tril`` (batch, d, d) and ``centred`` (batch', d) broadcast to one batch shape.

    By adding zeros, so that it works with batch sizes known only when the step runs.
    """
    ops = _ops()
    centred = centred + ops.zeros_like(tril[..., 0])
    return tril + ops.zeros_like(centred)[..., None], centred


class MixtureFamily(Family):
    """TFP's ``MixtureSameFamily`` layer: ``k`` mixture logits, then ``k`` components' parameters.

    ``component`` is the family of one component. ``MixtureNormal``,
    ``MixtureLogistic`` and ``CategoricalMixtureOfOneHotCategorical`` are this
    with a fixed component family.
    """

    def __init__(self, num_components, component: Family, tfp_new=None):
        self.num_components = int(num_components)
        self.component = component
        self.event_shape = component.event_shape
        self.has_cdf = component.has_cdf
        self._tfp_new = tfp_new

    def params_size(self) -> int:
        return self.num_components * (1 + self.component.params_size())

    def split(self, params):
        """Mixture log-weights (batch, k) and component parameters (batch, k, P)."""
        ops = _ops()
        k = self.num_components
        log_weights = ops.log_softmax(params[..., :k], axis=-1)
        components = ops.reshape(params[..., k:], (*_batch_shape(params), k,
                                                    self.component.params_size()))
        return log_weights, components

    def _per_component(self, y, params):
        """``y`` with an axis for the components, in front of its event axes."""
        ops = _ops()
        return ops.expand_dims(_like(y, params), axis=-1 - len(self.event_shape))

    def log_prob(self, params, y):
        ops = _ops()
        log_weights, components = self.split(params)
        log_probs = self.component.log_prob(components, self._per_component(y, params))
        return ops.logsumexp(log_weights + log_probs, axis=-1)

    def _weights(self, log_weights):
        ops = _ops()
        weights = ops.exp(log_weights)
        return ops.reshape(weights, (*ops.shape(weights), *([1] * len(self.event_shape))))

    def mean(self, params):
        ops = _ops()
        log_weights, components = self.split(params)
        return ops.sum(self._weights(log_weights) * self.component.mean(components),
                       axis=-1 - len(self.event_shape))

    def variance(self, params):
        ops = _ops()
        log_weights, components = self.split(params)
        weights = self._weights(log_weights)
        axis = -1 - len(self.event_shape)
        means = self.component.mean(components)
        second = ops.sum(weights * (self.component.variance(components) + means * means), axis=axis)
        mean = ops.sum(weights * means, axis=axis)
        return second - mean * mean

    def cdf(self, params, y):
        ops = _ops()
        log_weights, components = self.split(params)
        cdfs = self.component.cdf(components, self._per_component(y, params))
        return ops.sum(self._weights(log_weights) * cdfs, axis=-1 - len(self.event_shape))

    def tfp(self, params):
        if self._tfp_new is None:
            raise NotImplementedError("this mixture has no TFP counterpart")
        return self._tfp_new(params)


class LambdaFamily(Family):
    """A ``make_distribution_fn``'s distribution: TFP on the TensorFlow backend only."""

    def __init__(self, make_distribution_fn):
        self.make_distribution_fn = make_distribution_fn

    def params_size(self):
        return None  # any

    def log_prob(self, params, y):
        distribution = self.tfp(params)
        import tensorflow as tf

        return distribution.log_prob(tf.cast(y, distribution.dtype))

    def mean(self, params):
        return self.tfp(params).mean()

    def variance(self, params):
        return self.tfp(params).variance()

    def tfp(self, params):
        return self.make_distribution_fn(params)


def params_size(class_name: str, *arguments) -> int:
    """The number of parameters of tfprobr's distribution layer ``class_name`` (pure Python).

    ``arguments`` in the order of TFP's ``params_size`` static methods; the same
    numbers as those, without TensorFlow,
    so that the ``params_size_*`` functions work on every Keras backend.
    """
    if class_name == "MixtureSameFamily":
        num_components, component_params_size = arguments
        return num_components * (1 + component_params_size)
    family = {
        "IndependentNormal": IndependentNormalFamily,
        "IndependentLogistic": IndependentLogisticFamily,
        "IndependentPoisson": IndependentPoissonFamily,
        "IndependentBernoulli": IndependentBernoulliFamily,
        "OneHotCategorical": OneHotCategoricalFamily,
        "MultivariateNormalTriL": MultivariateNormalTriLFamily,
        "MixtureNormal": lambda num_components, event_shape=(): MixtureFamily(
            num_components, IndependentNormalFamily(event_shape)),
        "MixtureLogistic": lambda num_components, event_shape=(): MixtureFamily(
            num_components, IndependentLogisticFamily(event_shape)),
        "CategoricalMixtureOfOneHotCategorical": lambda event_size, num_components: MixtureFamily(
            num_components, OneHotCategoricalFamily(event_size)),
    }[class_name](*arguments)
    return family.params_size()


class ParamsDistribution:
    """A distribution as a family and a batch of its parameters, on any Keras backend.

    What ``negloglik``, the ``tfd_*`` methods and ``predict_mc()`` get from a
    Keras 3 distribution layer's output: ``log_prob``, ``prob``, ``mean``,
    ``variance``, ``stddev`` and, for continuous families with one number
    per output, ``cdf``; each returns a backend tensor. On the TensorFlow
    backend, :meth:`as_tfp` gives the full TFP distribution.
    """

    def __init__(self, family: Family, params, layer=None):
        self.family = family
        self.params = params
        self.layer = layer
        self.event_shape = family.event_shape

    @property
    def dtype(self):
        return self.params.dtype

    @property
    def batch_shape(self):
        return tuple(_ops().shape(self.params)[:-1])

    def log_prob(self, value):
        return self.family.log_prob(self.params, value)

    def prob(self, value):
        return _ops().exp(self.log_prob(value))

    def mean(self):
        return self.family.mean(self.params)

    def variance(self):
        return self.family.variance(self.params)

    def stddev(self):
        return _ops().sqrt(self.variance())

    def cdf(self, value):
        return self.family.cdf(self.params, value)

    def as_tfp(self):
        return self.family.tfp(self.params)

    def best(self):
        """The TFP distribution on the TensorFlow backend (all its methods), else ``self``."""
        if _backend() == "tensorflow":
            try:
                return self.as_tfp()
            except NotImplementedError:
                pass
        return self

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        raise NotImplementedError(
            f"{name}() of a Keras 3 {type(self.family).__name__.removesuffix('Family')} "
            f"distribution is available on the TensorFlow backend only (through TFP), not on "
            f"{_backend()!r}; here: log_prob, prob, mean, variance, stddev"
            + (", cdf" if self.family.has_cdf else "")
        )

    def __repr__(self):
        return (f"<tfprobr ParamsDistribution {type(self.family).__name__} params "
                f"{tuple(_ops().shape(self.params))}>")


# --- Which layer made a tensor ------------------------------------------------------------------

_ATTRIBUTE = "_tfprobr_distribution_layer"
_TAGS: dict = {}  # id(tensor) -> layer, for tensors without attributes (e.g. JAX arrays)
_LATEST = threading.local()


def tag(tensor, layer) -> None:
    """Record that ``tensor`` holds the parameters of ``layer``'s distribution."""
    _LATEST.layer = layer
    try:
        setattr(tensor, _ATTRIBUTE, layer)
        return
    except (AttributeError, TypeError):
        pass
    try:
        weakref.finalize(tensor, _TAGS.pop, id(tensor), None)
    except TypeError:
        return  # neither an attribute nor a weak reference: the latest-head record serves
    _TAGS[id(tensor)] = layer


def tagged_layer(tensor):
    """The layer that tagged ``tensor``, or ``None``."""
    layer = getattr(tensor, _ATTRIBUTE, None)
    return layer if layer is not None else _TAGS.get(id(tensor))


def distribution_of(value, name: str = "distribution", *, latest: bool = False):
    """``value`` as a :class:`ParamsDistribution` if it is a Keras 3 distribution layer's output, else ``None``.

    ``value`` may be the output tensor itself (found by its tag) or the pair
    ``(params, layer)`` (R: ``list(params, layer)``). With ``latest``, a
    tensor without a tag is matched to its thread's latest distribution layer
    if that layer's parameter count is the tensor's last dimension (how a
    loss finds its model's head when Keras hands it a converted tensor).
    """
    if isinstance(value, (tuple, list)) and len(value) == 2 and _is_distribution_layer(value[1]):
        return value[1].distribution(value[0])
    if not _is_backend_tensor(value):
        return None
    layer = tagged_layer(value)
    if layer is None and latest:
        candidate = getattr(_LATEST, "layer", None)
        if candidate is not None and _fits(candidate, value):
            layer = candidate
    return None if layer is None else layer.distribution(value)


def _fits(layer, tensor) -> bool:
    size = layer.family.params_size()
    shape = tuple(_ops().shape(tensor))
    return bool(shape) and (size is None or shape[-1] == size)


def _is_distribution_layer(value) -> bool:
    return hasattr(value, "family") and hasattr(value, "distribution")


def _is_backend_tensor(value) -> bool:
    import sys

    if "keras" not in sys.modules or not hasattr(value, "shape") or not hasattr(value, "dtype"):
        return False
    return not isinstance(value, np.ndarray)


def _lgamma(x):
    """``log(Gamma(x))`` on the active backend (``keras.ops`` has no lgamma)."""
    backend = _backend()
    if backend == "tensorflow":
        import tensorflow as tf

        return tf.math.lgamma(x)
    if backend == "jax":
        import jax

        return jax.scipy.special.gammaln(x)
    if backend == "torch":
        import torch

        return torch.lgamma(x)
    raise NotImplementedError(f"log-gamma on the {backend} backend")

