"""The docstring machinery: shared argument texts, written once, and the filler that places them.

A public function's docstring names a shared text by a line that is only
``    {name}`` (indented as a numpydoc section's entries); :func:`fill` replaces
such lines with ``BLOCKS[name]``, which carries its own indentation, and every
other ``{field}`` with the value given (``{function}`` is the function's name).
The declaration decorators (:mod:`tfprobr._internal.declare`) fill each
docstring once, at import, so ``help()``, reticulate's ``py_help()`` and the
``.Rd`` generator all read complete docstrings. Blocks never contain section
headers: a docstring writes ``Returns`` / ``-------`` itself, then the block.
"""

from __future__ import annotations

from typing import Callable

__all__ = ["BLOCKS", "fill", "fill_text", "conv_layer_doc"]


def fill(target: Callable, /, **fields: str) -> Callable:
    """Fill ``target``'s docstring in place (see the module docs) and return ``target``."""
    target.__doc__ = fill_text(target.__doc__ or "", **fields)
    return target


def fill_text(doc: str, /, **fields: str) -> str:
    """``doc`` with its block lines and then its ``{field}`` placeholders filled."""
    for name, text in BLOCKS.items():
        doc = doc.replace("    {" + name + "}", text)
    for name, text in fields.items():
        doc = doc.replace("{" + name + "}", text)
    return doc


BLOCKS = {
    # The composition target and ``...``, shared by every layer function.
    "object": """\
    object : tf_keras.Sequential, tensor, array or None
        What to compose the new layer with. ``None`` (the default) returns the
        layer; a ``Sequential`` model gets the layer added and is returned; a
        tensor, a Keras ``Input``, a numpy array or a pandas DataFrame gets the
        layer applied and the output returned.""",
    "kwargs": """\
    **kwargs : optional
        Further keyword arguments passed to the wrapped TFP layer class, such as
        ``name``, ``input_shape`` (a number or a vector, e.g. ``c(4)`` in R) or
        ``dtype``.""",
    # The Bayesian layers (tfprobr.layers).
    "units": """\
    units : int
        Dimensionality of the output space, a positive whole number (an R
        double such as ``10`` is accepted).""",
    "bayesian_args": """\
    activation : str, callable or None
        Activation function applied to the output, e.g. ``"relu"``. ``None``
        keeps the output linear.
    activity_regularizer : str, callable or None
        Regularizer function applied to the output.
    trainable : bool
        Whether the layer's variables are updated during training.
    kernel_posterior_fn : callable
        Function ``(dtype, shape, name, trainable, add_variable_fn)`` that makes
        the surrogate posterior distribution of the kernel, ``q(W)``, creating
        its variables with ``add_variable_fn``. The default, a fresh
        ``default_mean_field_normal_fn()`` per layer, is a normal distribution
        with a trainable location and scale for every weight.
    kernel_posterior_tensor_fn : callable
        Function that takes the kernel posterior and returns the tensor used as
        the kernel in the forward pass. The default draws one sample with
        ``tfd_sample()``.
    kernel_prior_fn : callable or None
        Function ``(dtype, shape, name, trainable, add_variable_fn)`` that makes
        the prior distribution of the kernel, ``p(W)``. The default,
        ``default_multivariate_normal_fn``, is a standard normal, ``N(0, 1)``,
        for every weight. ``None`` means no prior, and then no KL term is added.
    kernel_divergence_fn : callable or None
        Function of the kernel's surrogate posterior, its prior and the
        posterior sample (in that order) that computes or approximates the KL
        divergence added to the layer's losses. The default,
        ``tfd_kl_divergence(q, p)``, ignores the sample; use
        ``kl_divergence_fn(1 / n)`` to scale it by the number of training
        examples ``n``.
    bias_posterior_fn : callable or None
        Function that makes the surrogate posterior of the bias, as
        ``kernel_posterior_fn`` does for the kernel. The default,
        ``default_mean_field_normal_fn(is_singular = TRUE)``, is a point estimate
        (a trainable bias without uncertainty). ``None`` means no bias.
    bias_posterior_tensor_fn : callable
        Function that takes the bias posterior and returns the tensor used as
        the bias. The default draws one sample with ``tfd_sample()``.
    bias_prior_fn : callable or None
        Function that makes the prior distribution of the bias. The default,
        ``None``, gives the bias no prior, and so no KL term.
    bias_divergence_fn : callable or None
        Function of the bias' surrogate posterior, its prior and the posterior
        sample that computes the bias' KL divergence; by default
        ``tfd_kl_divergence(q, p)``.""",
    "conv_args": """\
    filters : int
        Number of filters, the dimensionality of the output space: a positive
        whole number (an R double such as ``16`` is accepted).
    kernel_size : int or vector of {rank} ints
        Size of the convolution window: one number for every dimension, or
        one number per dimension (``c({example_sizes})`` in R).
    strides : int or vector of {rank} ints
        Step of the convolution window, as one number or one per dimension.
        Strides other than 1 cannot be combined with a ``dilation_rate`` other
        than 1.
    padding : str
        ``"valid"`` (no padding: the output shrinks) or ``"same"`` (zero
        padding so that, with stride 1, the output has the input's size).
    data_format : str
        ``"channels_last"``, inputs of shape ``{channels_last}``, or
        ``"channels_first"``, inputs of shape ``{channels_first}``.
    dilation_rate : int or vector of {rank} ints
        Dilation of the convolution window (an "atrous" convolution), as one
        number or one per dimension.""",
    "losses_note": """\
    Once built, the layer adds the divergence of each posterior from its prior
    to its ``losses`` (one KL term for the kernel with the default
    ``bias_prior_fn = None``). Keras' ``compile()`` adds ``model.losses`` to the
    training loss of every batch, so scale the divergence with
    ``kl_divergence_fn(1 / n)``, ``n`` being the number of training examples,
    to count it once per epoch; do not add ``model.losses`` to the loss again.
    After the layer is built, the distributions are available as its
    ``kernel_posterior``, ``kernel_prior``, ``bias_posterior`` and
    ``bias_prior`` attributes.""",
    "keras3_note": """\
    Keras 3: given a Keras 3 model or input (``keras$Sequential()``,
    ``keras$Input()``), or none after ``use_keras3()``, the function builds a
    native Keras 3 layer instead (``keras.ops``, any Keras 3 backend) with the
    same arguments, variables and KL terms; there the default functions run
    natively, and other posterior, prior, divergence and tensor functions go
    through TensorFlow Probability, on Keras 3's TensorFlow backend only.""",
    "layer_returns": """\
    object
        The layer when ``object`` is ``None``, the model with the layer added
        when ``object`` is a ``Sequential`` model, otherwise the output tensor of
        the layer applied to ``object``.""",
    "reparameterization_note": """\
    The layer uses the reparameterization estimator (Kingma and Welling, 2014):
    every call draws one kernel from its posterior with
    ``kernel_posterior_tensor_fn`` and uses that kernel for every example of
    the batch. It is the cheapest estimator, but because the examples of a
    minibatch share one weight perturbation, the variance of its gradient
    estimates does not fall with the batch size the way independent draws
    would; flipout and local reparameterization have lower variance.""",
    "flipout_note": """\
    The layer uses the Flipout estimator (Wen et al., 2018), which gives each
    example of a batch its own, pseudo-independent, weight perturbation at the
    cost of about two forward passes. It samples one perturbation ``delta`` of
    the kernel around the posterior mean ``mu`` and decorrelates it across
    examples with random signs ``s`` and ``r`` (independent +1/-1 per example):

    .. code-block:: none

        outputs = activation(inputs %*% mu + ((inputs * s) %*% delta) * r + bias)

    (In the convolution layers, ``%*%`` stands for the convolution.) This
    lowers the variance of the gradient estimates compared with one kernel
    sample shared by the batch (the reparameterization estimator). It needs a
    kernel posterior that is an independent normal distribution, like the
    default ``default_mean_field_normal_fn()``.""",
    "kingma_2014": """\
    Diederik P. Kingma and Max Welling. Auto-encoding variational Bayes. In
    *International Conference on Learning Representations*, 2014.
    https://arxiv.org/abs/1312.6114""",
    "kingma_2015": """\
    Diederik P. Kingma, Tim Salimans and Max Welling. Variational dropout and
    the local reparameterization trick. In *Neural Information Processing
    Systems*, 2015. https://arxiv.org/abs/1506.02557""",
    "wen_2018": """\
    Yeming Wen, Paul Vicol, Jimmy Ba, Dustin Tran and Roger Grosse. Flipout:
    Efficient pseudo-independent weight perturbations on mini-batches. In
    *International Conference on Learning Representations*, 2018.
    https://arxiv.org/abs/1803.04386""",
    # The distribution layers and their params_size_* (tfprobr.distribution_layers).
    "ctt": """\
    convert_to_tensor_fn : callable or str
        Function that turns the layer's output distribution into the tensor
        the next layer (or Keras' metrics) sees. The default,
        ``tfp$distributions$Distribution$sample``, draws one sample per call;
        ``tfd_mean`` or ``tfd_mode`` (or the names ``"mean"``, ``"mode"``) give
        deterministic values. The loss still receives the distribution itself.""",
    "validate_args": """\
    validate_args : bool
        Whether to check the distribution's parameters for validity at some
        cost in speed. When ``FALSE`` (the default), invalid parameters may
        silently give wrong results.""",
    "event_shape": """\
    event_shape : int or sequence of int
        Shape of one draw from the distribution, e.g. ``1`` for one outcome per
        example or ``c(2, 3)`` (R) for a 2 x 3 matrix of outcomes.""",
    "mixture_event_shape": """\
    event_shape : int or sequence of int
        Shape of one draw from the distribution. The default, an empty shape
        (R: ``list()``), makes each draw a scalar.""",
    "event_size": """\
    event_size : int
        Size of one draw from the distribution (its number of dimensions or
        categories), a positive whole number.""",
    "event_size_shape": """\
    event_size : int or sequence of int
        Size of one draw from the distribution, a whole number (R
        tfprobability's name), or its shape, e.g. ``c(2, 3)`` (R) for a 2 x 3
        matrix of outcomes: the ``event_shape`` of the matching layer.""",
    "num_components": """\
    num_components : int
        Number of components of the mixture, a positive whole number.""",
    "sample_dtype": """\
    sample_dtype : str or None
        Data type of the samples, e.g. ``"int32"``. ``None`` (the default)
        uses the previous layer's data type.""",
    "distribution_layer_returns": """\
    object
        The layer when ``object`` is ``None``, the model with the layer added
        when ``object`` is a ``Sequential`` model, otherwise the distribution
        the layer outputs for ``object`` (it also behaves as a tensor, through
        ``convert_to_tensor_fn``).""",
    "kl_args": """\
    distribution_b : tfp.distributions.Distribution
        The distribution ``b`` in ``KL(a || b)``, typically a fixed prior; the
        previous layer's output distribution is ``a``.
    use_exact_kl : bool
        Whether to compute the divergence exactly (with ``tfd_kl_divergence``,
        which needs a registered closed form for the two distributions) or,
        with the default ``FALSE``, by Monte Carlo from samples of ``a``.
    test_points_reduce_axis : int, sequence of int or None
        Axes of the Monte Carlo test points to average over. ``NULL``/``None``
        (the default) averages over all of them; ``list()`` (R) or ``()`` over
        none.
    test_points_fn : callable
        Function that takes the distribution ``a`` and returns the test points
        of the Monte Carlo estimate. The default, ``tf$convert_to_tensor``,
        uses the distribution's tensor value, i.e. a sample with the default
        ``convert_to_tensor_fn``.
    weight : float or None
        Multiplier applied to the divergence of each batch member, e.g.
        ``1 / n`` for ``n`` training examples. ``None`` (the default) applies
        none.""",
    "params_size_returns": """\
    int
        The number of parameters, to be used as ``units`` of the layer before
        the distribution layer.""",
    # The tfd_* methods (tfprobr.distribution_methods).
    "method_distribution": """\
    distribution : tfp.distributions.Distribution
        The distribution, e.g. made by ``tfd_normal()`` or output by a
        distribution layer.""",
    "value": """\
    value : float, array-like or tensor
        The point(s) at which to evaluate: a number, an R vector, matrix or
        array, or a tensor. Non-tensor values are converted to the
        distribution's data type; the shape broadcasts against the
        distribution's ``batch_shape + event_shape``.""",
    "method_kwargs": """\
    **kwargs : optional
        Further arguments passed to the distribution's method, e.g. ``name``.""",
    "value_returns": """\
    tf.Tensor
        One value per point and batch member: the shape of ``value`` without
        the event dimensions, broadcast with the batch shape.""",
    "statistic_returns": """\
    tf.Tensor
        A tensor of shape ``batch_shape + event_shape``.""",
    # The tfd_* constructors (tfprobr.distributions; ``{tfp_class}`` is filled in by
    # ``distribution_function``). ``validate_args`` is the distribution layers' text.
    "allow_nan_stats": """\
    allow_nan_stats : bool
        Whether undefined statistics (e.g. the mean of a Cauchy) are returned as
        ``NaN`` (the default) or raise an error.""",
    "distribution_name": """\
    name : str or None
        Name prefixed to the operations this distribution creates.""",
    "loc": """\
    loc : float, array-like or tensor
        Location (for this distribution, the mean) of each batch member: a number,
        an R vector or array, or a tensor.""",
    "scale": """\
    scale : float, array-like or tensor
        Scale of each batch member, positive: a number, an R vector or array, or a
        tensor.""",
    "mvn_loc": """\
    loc : float, array-like or tensor or None
        Vector of means (the last axis is the event), or ``NULL`` for zeros.""",
    "logits": """\
    logits : float, array-like or tensor or None
        Log-odds (unnormalized log probabilities) of the outcomes. Give exactly one
        of ``logits`` and ``probs``.""",
    "probs": """\
    probs : float, array-like or tensor or None
        Probabilities of the outcomes, in ``[0, 1]`` (summing to 1 over the last
        axis for categorical distributions). Give exactly one of ``logits`` and
        ``probs``.""",
    "outcome_dtype": """\
    dtype : str or tf.DType
        Data type of samples, e.g. ``tf$int32`` (the default), ``tf$float32`` or
        the name ``"float32"``.""",
    "scale_identity_multiplier": """\
    scale_identity_multiplier : None
        Gone from TensorFlow Probability: kept for R tfprobability's formals,
        only ``NULL`` (the default) is accepted; add the multiplier to
        ``scale_diag`` instead.""",
    "interpolate_nondiscrete": """\
    interpolate_nondiscrete : bool
        Gone from TensorFlow Probability: kept for R tfprobability's formals,
        only ``TRUE`` (the default, TFP's behaviour today) is accepted; use
        ``force_probs_to_zero_outside_support`` instead.""",
    "optional_rate": """\
    rate : float, array-like or tensor or None
        Rate parameter, positive.""",
    "log_rate": """\
    log_rate : float, array-like or tensor or None
        Natural logarithm of the rate; give it instead of ``rate`` for numerical
        stability.""",
    "force_probs_to_zero_outside_support": """\
    force_probs_to_zero_outside_support : bool
        Whether ``log_prob`` returns minus infinity (zero probability) outside the
        support, instead of extending the formula there.""",
    "base_distribution": """\
    distribution : tfp.distributions.Distribution
        The base distribution, e.g. made by ``tfd_normal()``.""",
    "retired_returns": """\
    None
        Nothing: the function raises a ``NotImplementedError`` saying that
        ``tfp.distributions.{tfp_class}`` is gone, with its successor if any.""",
    "constructor_returns": """\
    tfp.distributions.{tfp_class}
        The distribution; read it with the ``tfd_*`` methods (``tfd_mean()``,
        ``tfd_log_prob()``, ``tfd_sample()``, ...).""",
}

# What differs between the conv layers' docs: the estimator, and the shapes per rank.
_CONV_ESTIMATORS = {
    "reparameterization": ("reparameterization estimator", BLOCKS["reparameterization_note"],
                           BLOCKS["kingma_2014"]),
    "flipout": ("Flipout estimator", BLOCKS["flipout_note"], BLOCKS["wen_2018"]),
}
_CONV_SHAPES = {
    1: ("(batch, steps, channels)", "(batch, channels, steps)", "3", "16, 1"),
    2: ("(batch, rows, cols, channels)", "(batch, channels, rows, cols)", "3, 3", "8, 8, 1"),
    3: ("(batch, depth, rows, cols, channels)", "(batch, channels, depth, rows, cols)",
        "2, 2, 2", "4, 4, 4, 1"),
}

_CONV_DOC = """{rank}D convolution layer with the {estimator_title}.

    The Bayesian analogue of a {rank}D convolution (``layer_conv_{rank}d()`` in
    R keras): its kernel and bias are random variables with a learned
    (surrogate) posterior distribution instead of fixed weights, and every
    forward pass uses a draw from the posterior:

    .. code-block:: none

        kernel, bias ~ posterior
        outputs = activation(conv{rank}d(inputs, kernel) + bias)

    Inputs have shape ``{channels_last}`` (or ``{channels_first}`` with
    ``data_format = "channels_first"``).

    {estimator_note}

    {losses_note}

    {keras3_note}

    Parameters
    ----------
    {object}
    {conv_args}
    {bayesian_args}
    {kwargs}

    Returns
    -------
    {layer_returns}

    References
    ----------
    {reference}

    Examples
    --------
    >>> import tfprobr as tp
    >>> model = tp.keras_model_sequential(input_shape=[{example_input}])
    >>> model = tp.{function}(model, filters=4, kernel_size=[{example_sizes}],
    ...     activation="relu")
    >>> model.output_shape[-1]
    4

    R Examples
    ----------
    model <- keras_model_sequential(input_shape = c({example_input})) %>%
      {function}(filters = 4, kernel_size = c({example_sizes}), activation = "relu")
    model$output_shape
    """


def conv_layer_doc(rank: int, estimator: str) -> str:
    """The docstring of the ``rank``-D convolution layer with ``estimator`` (all but ``{function}``)."""
    title, note, reference = _CONV_ESTIMATORS[estimator]
    channels_last, channels_first, sizes, example_input = _CONV_SHAPES[rank]
    return fill_text(
        _CONV_DOC, rank=str(rank), estimator_title=title, estimator_note=note.strip(),
        reference=reference.strip(), channels_last=channels_last, channels_first=channels_first,
        example_sizes=sizes, example_input=example_input,
    )
