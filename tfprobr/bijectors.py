"""The "bijectors" family: ``tfb_*`` constructors of TensorFlow Probability bijectors.

A bijector is an invertible, differentiable transformation ``y = g(x)`` that
also knows the log-determinant of its Jacobian: what a change of variables
needs to turn a distribution's density into that of the transformed variable.
Each constructor is a declaration (see :mod:`tfprobr._internal.declare`): R's
formals, in R order and with R-equivalent defaults, a docstring, and in its
decorator the TFP class it builds and how its arguments convert. The methods
that apply a bijector are in :mod:`tfprobr.bijector_methods`.

A bijector called on another bijector composes the two, ``tfb_shift(3)(tfb_scale(2))``
being ``x -> 2 x + 3``; called on a distribution it transforms it. Both are
TFP's own ``__call__``, and work from R as they do in Python.

Where TensorFlow Probability 0.25 no longer has the class R tfprobability
wraps (``tfb_affine()``, ``tfb_gumbel()``, ...), the function keeps R's
formals and raises an error that names what to use instead
(:func:`tfprobr._internal.declare.removed_function`).

Values from R convert as everywhere in tfprobr: parameters (``shift``,
``scale``, ...) become ``float32`` arrays, whole numbers (``axis``,
``num_masked``, ``event_ndims``) integers, lists of bijectors lists, and R
functions (``shift_and_log_scale_fn``, ``forward_fn``, ...) are guarded for
TensorFlow's threads.
"""

from __future__ import annotations

from tfprobr._internal.config_function import TensorFlowFunction
from tfprobr._internal.convert import (
    as_bijector,
    as_bijector_list,
    as_callable,
    as_count,
    as_count_list,
    as_dtype,
    as_float,
    as_integer,
    as_integer_array,
    as_integer_vector,
    as_nonnegative_integer,
    as_parameter,
    as_shape,
)
from tfprobr._internal.declare import bijector_function, removed_function
from tfprobr._internal.docs import family_texts
from tfprobr._internal.r_defaults import REQUIRED, RInteger, RList

__all__ = [
    "tfb_absolute_value",
    "tfb_affine",
    "tfb_affine_linear_operator",
    "tfb_affine_scalar",
    "tfb_ascending",
    "tfb_batch_normalization",
    "tfb_blockwise",
    "tfb_chain",
    "tfb_cholesky_outer_product",
    "tfb_cholesky_to_inv_cholesky",
    "tfb_correlation_cholesky",
    "tfb_cumsum",
    "tfb_discrete_cosine_transform",
    "tfb_exp",
    "tfb_expm1",
    "tfb_ffjord",
    "tfb_fill_scale_tri_l",
    "tfb_fill_triangular",
    "tfb_glow",
    "tfb_gompertz_cdf",
    "tfb_gumbel",
    "tfb_gumbel_cdf",
    "tfb_identity",
    "tfb_inline",
    "tfb_invert",
    "tfb_iterated_sigmoid_centered",
    "tfb_kumaraswamy",
    "tfb_kumaraswamy_cdf",
    "tfb_lambert_w_tail",
    "tfb_masked_autoregressive_default_template",
    "tfb_masked_autoregressive_flow",
    "tfb_masked_dense",
    "tfb_matrix_inverse_tri_l",
    "tfb_matvec_lu",
    "tfb_normal_cdf",
    "tfb_ordered",
    "tfb_pad",
    "tfb_permute",
    "tfb_power_transform",
    "tfb_rational_quadratic_spline",
    "tfb_rayleigh_cdf",
    "tfb_real_nvp",
    "tfb_real_nvp_default_template",
    "tfb_reciprocal",
    "tfb_reshape",
    "tfb_scale",
    "tfb_scale_matvec_diag",
    "tfb_scale_matvec_linear_operator",
    "tfb_scale_matvec_lu",
    "tfb_scale_matvec_tri_l",
    "tfb_scale_tri_l",
    "tfb_shift",
    "tfb_shifted_gompertz_cdf",
    "tfb_sigmoid",
    "tfb_sinh",
    "tfb_sinh_arcsinh",
    "tfb_softmax_centered",
    "tfb_softplus",
    "tfb_softsign",
    "tfb_split",
    "tfb_square",
    "tfb_tanh",
    "tfb_transform_diagonal",
    "tfb_transpose",
    "tfb_weibull",
    "tfb_weibull_cdf",
]

__family__ = "bijectors"

# The texts the tfb_* constructors' docstrings share (``{tfp_class}`` is filled in by
# the declaration):
# a docstring line ``    {name}`` is filled with the text at import (see tfprobr._internal.docs).
family_texts(__name__, {
    "bijector_validate_args": """\
    validate_args : bool
        Whether to check the bijector's parameters and inputs for validity, at
        some cost in speed.""",
    "bijector_name": """\
    name : str or None
        Name prefixed to the operations this bijector creates.""",
    "bijector_returns": """\
    tfp.bijectors.{tfp_class}
        The bijector: apply it with ``tfb_forward()``, ``tfb_inverse()`` and
        their log-determinant-Jacobian siblings; called on another bijector,
        ``b(other)``, it composes the two (``other`` applied first); called on
        a distribution, it returns the transformed distribution.""",
    "removed_returns": """\
    None
        Never returns: TensorFlow Probability 0.25 no longer has
        ``tfp.bijectors.{tfp_class}``, so every call is an error that names the
        successor, ``{successor}``. The function keeps R tfprobability's
        formals, so that code written for it fails with this message rather
        than an unknown function.""",
    "lu_args": """\
    lower_upper : array-like, tensor or variable
        The LU factors in one matrix: ``L`` below the diagonal (with an
        implicit unit diagonal) and ``U`` on and above it.
    permutation : vector of int or tensor
        The row permutation, 0-based, as ``tf$linalg$lu()`` returns it.""",
})

# R defaults that name TensorFlow objects, resolved when the function is called.
_RELU = TensorFlowFunction("tensorflow", "nn.relu", "tf$nn$relu")
_FLOAT32 = TensorFlowFunction("tensorflow", "float32", "tf$float32")
_HUTCHINSON = TensorFlowFunction("tensorflow_probability", "bijectors.ffjord.trace_jacobian_hutchinson",
                                 "tfp$bijectors$ffjord$trace_jacobian_hutchinson")


@bijector_function("AbsoluteValue", {})
def tfb_absolute_value(validate_args=False, name="absolute_value"):
    """Absolute value: ``y = |x|``, element by element.

    Not one-to-one on the whole real line: the inverse of ``y`` is the pair
    ``(-y, y)`` (and ``tfb_inverse()`` returns both), and the inverse
    log-determinant-Jacobian a pair of zeros. Useful to fold a symmetric
    distribution onto the non-negative numbers.

    Parameters
    ----------
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_absolute_value() %>% tfb_forward(c(-1.5, 0, 2))
    """


@removed_function("bijectors.Affine", successor=(
    "tfb_shift(shift)(tfb_scale_matvec_tri_l(scale_tril)) (or, as the scale, tfb_scale(), "
    "tfb_scale_matvec_diag() or tfb_scale_matvec_linear_operator())"))
def tfb_affine(
    shift=None,
    scale_identity_multiplier=None,
    scale_diag=None,
    scale_tril=None,
    scale_perturb_factor=None,
    scale_perturb_diag=None,
    adjoint=False,
    validate_args=False,
    name="affine",
    dtype=None,
):
    """Affine map ``y = scale %*% x + shift`` with a structured scale (removed from TFP).

    R tfprobability built ``tfp.bijectors.Affine``, whose scale was the sum of
    a multiple of the identity, a diagonal, a lower-triangular matrix and a
    low-rank update. TensorFlow Probability replaced it by a shift composed
    with one of its scale bijectors: ``tfb_shift(shift)(tfb_scale(scale))``
    for a scalar, ``tfb_scale_matvec_diag()`` for a diagonal,
    ``tfb_scale_matvec_tri_l()`` for a triangular matrix and
    ``tfb_scale_matvec_linear_operator()`` for any other linear operator.

    Parameters
    ----------
    shift : float, array-like or None
        The shift, added to every element.
    scale_identity_multiplier : float or None
        Multiple of the identity added to the scale.
    scale_diag : array-like or None
        Diagonal added to the scale.
    scale_tril : array-like or None
        Lower-triangular matrix added to the scale.
    scale_perturb_factor : array-like or None
        Factor of a low-rank update of the scale.
    scale_perturb_diag : array-like or None
        Diagonal of the low-rank update.
    adjoint : bool
        Whether to use the scale's adjoint.
    {bijector_validate_args}
    {bijector_name}
    dtype : str or tf.DType or None
        Data type of the parameters.

    Returns
    -------
    {removed_returns}

    R Examples
    ----------
    try(tfb_affine(shift = c(0, 0), scale_diag = c(1, 2)))
    # instead:
    b <- tfb_shift(c(0, 0))(tfb_scale_matvec_diag(c(1, 2)))
    b %>% tfb_forward(c(1, 1))
    """


@removed_function("bijectors.AffineLinearOperator",
                  successor="tfb_shift(shift)(tfb_scale_matvec_linear_operator(scale))")
def tfb_affine_linear_operator(
    shift=None,
    scale=None,
    adjoint=False,
    validate_args=False,
    name="affine_linear_operator",
):
    """Affine map ``y = scale %*% x + shift`` for a linear operator (removed from TFP).

    R tfprobability built ``tfp.bijectors.AffineLinearOperator``; TensorFlow
    Probability replaced it by a shift composed with a scale:
    ``tfb_shift(shift)(tfb_scale_matvec_linear_operator(scale))``.

    Parameters
    ----------
    shift : float, array-like or None
        The shift, added to every element.
    scale : tf.linalg.LinearOperator or None
        The scale, a linear operator.
    adjoint : bool
        Whether to use the scale's adjoint.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {removed_returns}

    R Examples
    ----------
    try(tfb_affine_linear_operator(shift = c(-1, 0, 1)))
    """


@removed_function("bijectors.AffineScalar", successor="tfb_shift(shift)(tfb_scale(scale))")
def tfb_affine_scalar(
    shift=None,
    scale=None,
    validate_args=False,
    name="affine_scalar",
):
    """Scalar affine map ``y = scale * x + shift`` (removed from TFP).

    TensorFlow Probability's ``AffineScalar`` is gone; the same transformation
    is a shift composed with a scale, ``tfb_shift(shift)(tfb_scale(scale))``
    (R tfprobability 0.15 built that composition itself, with a deprecation
    warning).

    Parameters
    ----------
    shift : float, array-like or None
        The shift, added to every element.
    scale : float, array-like or None
        The scale, multiplying every element.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {removed_returns}

    R Examples
    ----------
    try(tfb_affine_scalar(shift = 3.33, scale = 0.5))
    # instead:
    tfb_shift(3.33)(tfb_scale(0.5)) %>% tfb_forward(c(100, 1000, 10000))
    """


@bijector_function("Ascending", {})
def tfb_ascending(validate_args=False, name="ascending"):
    """Unconstrained vectors to strictly increasing ones.

    ``y[1] = x[1]`` and ``y[i] = y[i - 1] + exp(x[i])``: the last axis of the
    output is strictly increasing. Its inverse maps ordered vectors (e.g. the
    cut points of an ordinal model) to the real line.

    Parameters
    ----------
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_ascending() %>% tfb_forward(c(2, 0, 0))
    """


@bijector_function("BatchNormalization", {})
def tfb_batch_normalization(
    batchnorm_layer=None,
    training=True,
    validate_args=False,
    name="batch_normalization",
):
    """Batch normalization as an invertible transformation.

    Batch normalization as a bijector (Dinh et al., 2017): the inverse
    normalizes with the statistics of the batch (in training) or the moving
    averages of a Keras ``BatchNormalization`` layer, which the bijector owns
    and updates.

    Parameters
    ----------
    batchnorm_layer : tf_keras.layers.BatchNormalization or None
        The layer holding the statistics and the learned scale and offset;
        ``NULL`` makes a new one.
    training : bool
        Whether to normalize with the batch's statistics (and update the
        moving averages) rather than the moving averages.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    References
    ----------
    Laurent Dinh, Jascha Sohl-Dickstein and Samy Bengio. Density estimation
    using Real NVP. In *International Conference on Learning
    Representations*, 2017. https://arxiv.org/abs/1605.08803

    R Examples
    ----------
    b <- tfb_batch_normalization()
    b %>% tfb_inverse(matrix(c(1, 2, 3, 4, 5, 6), 3, 2))
    """


@bijector_function("Blockwise", {"bijectors": as_bijector_list, "block_sizes": as_count_list})
def tfb_blockwise(
    bijectors=REQUIRED,
    block_sizes=None,
    validate_args=False,
    name=None,
):
    """One bijector per block of the last axis.

    Splits the last axis of the input into consecutive blocks and applies
    the ``i``-th bijector to the ``i``-th block; the blocks are concatenated
    again.

    Parameters
    ----------
    bijectors : list of bijectors
        The bijectors, one per block (R: ``list(tfb_exp(), tfb_sigmoid())``).
        Each must keep the size of its block.
    block_sizes : vector of int or None
        Sizes of the blocks along the last axis; ``NULL`` means blocks of
        size 1.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    b <- tfb_blockwise(list(tfb_exp(), tfb_sigmoid()), block_sizes = c(2, 1))
    b %>% tfb_forward(c(0, 1, 0))
    """


@bijector_function("Chain", {"bijectors": as_bijector_list})
def tfb_chain(
    bijectors=None,
    validate_args=False,
    validate_event_size=True,
    parameters=None,
    name=None,
):
    """Composition of bijectors, the last applied first.

    ``tfb_chain(list(b1, b2))`` applies ``b2`` first, then ``b1``, as in
    function composition: the same as ``b1(b2)``. Its log-determinant-Jacobian
    is the sum of the members'.

    Parameters
    ----------
    bijectors : list of bijectors or None
        The bijectors, the last applied first (R: ``list(tfb_shift(1), tfb_exp())``).
        ``NULL`` or an empty list is the identity.
    {bijector_validate_args}
    validate_event_size : bool
        Whether to check that the bijectors do not change the event size where
        the chain's log-determinant-Jacobian would be wrong then.
    parameters : list or None
        Parameters to record on the chain (for subclasses); ``NULL`` records
        the arguments.
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    b <- tfb_chain(list(tfb_shift(-1), tfb_exp()))
    b %>% tfb_forward(c(0, 1))
    """


@bijector_function("CholeskyOuterProduct", {})
def tfb_cholesky_outer_product(validate_args=False, name="cholesky_outer_product"):
    """Cholesky factor to matrix: ``y = L %*% t(L)`` for lower-triangular ``L``.

    Maps Cholesky factors to the positive-definite matrices they factor; the
    inverse is the Cholesky decomposition.

    Parameters
    ----------
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_cholesky_outer_product() %>% tfb_forward(matrix(c(1, 2, 0, 1), 2, 2))
    """


@bijector_function("CholeskyToInvCholesky", {})
def tfb_cholesky_to_inv_cholesky(validate_args=False, name="cholesky_to_inv_cholesky"):
    """Cholesky factor of a matrix to the Cholesky factor of its inverse.

    The input is a lower-triangular matrix ``L`` with a positive diagonal,
    ``M = L @ t(L)``; the output is the lower-triangular Cholesky factor of
    ``solve(M)``. Useful to switch between covariance and precision
    parameterizations.

    Parameters
    ----------
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_cholesky_to_inv_cholesky() %>% tfb_forward(matrix(c(1, 2, 0, 1), 2, 2))
    """


@bijector_function("CorrelationCholesky", {})
def tfb_correlation_cholesky(validate_args=False, name="correlation_cholesky"):
    """Unconstrained vectors to Cholesky factors of correlation matrices.

    A vector of ``n (n - 1) / 2`` reals becomes an ``n x n`` lower-triangular
    matrix ``L`` with a positive diagonal and rows of unit length, so that
    ``L @ t(L)`` is a correlation matrix. With ``tfd_cholesky_lkj()`` it gives
    priors over correlation matrices.

    Parameters
    ----------
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_correlation_cholesky() %>% tfb_forward(c(2, 2, 1))
    """


@bijector_function("Cumsum", {"axis": as_integer})
def tfb_cumsum(axis=-1, validate_args=False, name="cumsum"):
    """Cumulative sum along one axis.

    The inverse takes differences of neighbours; the Jacobian is triangular
    with a unit diagonal, so the log-determinant is zero.

    Parameters
    ----------
    axis : int
        The axis to sum along, a negative whole number counted from the end
        (``-1``, the default, is the last axis).
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_cumsum() %>% tfb_forward(c(1, 1, 1, 1))
    """


@bijector_function("DiscreteCosineTransform", {"dct_type": as_integer})
def tfb_discrete_cosine_transform(validate_args=False, dct_type=2, name="dct"):
    """Discrete cosine transform of the last axis.

    The orthonormal discrete cosine transform of the last axis (of type 2,
    the default, or 3, its inverse). Being orthonormal, it keeps volumes: the
    log-determinant-Jacobian is zero.

    Parameters
    ----------
    {bijector_validate_args}
    dct_type : int
        The type of the transform, 2 or 3.
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    b <- tfb_discrete_cosine_transform()
    b %>% tfb_forward(matrix(c(0.2, 0.5, 0.9)))
    """


@bijector_function("Exp", {})
def tfb_exp(validate_args=False, name="exp"):
    """Exponential: ``y = exp(x)``.

    Maps the real line onto the positive numbers; the inverse is the natural
    logarithm. ``tfb_exp()(tfd_normal(0, 1))`` is a log-normal distribution.

    Parameters
    ----------
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    b <- tfb_exp()
    b %>% tfb_forward(c(0, 1))
    b %>% tfb_forward_log_det_jacobian(c(0, 1), event_ndims = 0)
    """


@bijector_function("Expm1", {})
def tfb_expm1(validate_args=False, name="expm1"):
    """``y = exp(x) - 1``, accurate near zero.

    Accurate near zero, where ``exp(x) - 1`` computed directly would lose
    digits; the inverse is ``log1p(y)``.

    Parameters
    ----------
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_expm1() %>% tfb_forward(c(1e-6, 1))
    """


@bijector_function("FFJORD", {
    "state_time_derivative_fn": as_callable,
    "ode_solve_fn": as_callable,
    "trace_augmentation_fn": as_callable,
    "initial_time": as_float,
    "final_time": as_float,
    "dtype": as_dtype,
})
def tfb_ffjord(
    state_time_derivative_fn=REQUIRED,
    ode_solve_fn=None,
    trace_augmentation_fn=_HUTCHINSON,
    initial_time=0,
    final_time=1,
    validate_args=False,
    dtype=_FLOAT32,
    name="ffjord",
):
    """Continuous normalizing flow (FFJORD): the solution of an ODE.

    FFJORD (Grathwohl et al., 2019): the forward transformation integrates
    ``dx/dt = state_time_derivative_fn(t, x)`` from ``initial_time`` to
    ``final_time``; the log-determinant-Jacobian integrates the trace of the
    Jacobian of that derivative, exactly or with Hutchinson's estimator.

    Parameters
    ----------
    state_time_derivative_fn : callable
        Function ``(time, state)`` that returns the derivative of the state.
    ode_solve_fn : callable or None
        Function with the signature of ``tfp.math.ode.Solver.solve`` that
        solves the ODE; ``NULL`` uses TFP's Dormand-Prince solver.
    trace_augmentation_fn : callable
        Function that makes the trace estimate of the augmented ODE. The
        default, ``trace_jacobian_hutchinson``, estimates it from random
        projections; ``tfp$bijectors$ffjord$trace_jacobian_exact`` computes it.
    initial_time : float
        Start of the integration.
    final_time : float
        End of the integration.
    {bijector_validate_args}
    dtype : str or tf.DType
        Data type of the state.
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    References
    ----------
    Will Grathwohl, Ricky T. Q. Chen, Jesse Bettencourt, Ilya Sutskever and
    David Duvenaud. FFJORD: Free-form continuous dynamics for scalable
    reversible generative models. In *International Conference on Learning
    Representations*, 2019. https://arxiv.org/abs/1810.01367

    R Examples
    ----------
    tfp <- reticulate::import("tensorflow_probability")
    tf <- reticulate::import("tensorflow")
    b <- tfb_ffjord(state_time_derivative_fn = function(t, z) tf$ones_like(z),
                    trace_augmentation_fn = tfp$bijectors$ffjord$trace_jacobian_exact)
    b %>% tfb_forward(matrix(0, 2, 3))
    """


@bijector_function("FillScaleTriL", {"diag_bijector": as_bijector, "diag_shift": as_parameter})
def tfb_fill_scale_tri_l(
    diag_bijector=None,
    diag_shift=1e-05,
    validate_args=False,
    name="fill_scale_tril",
):
    """Unconstrained vectors to lower-triangular matrices with a positive diagonal.

    Fills a vector of ``n (n + 1) / 2`` reals into a lower-triangular
    ``n x n`` matrix (as ``tfb_fill_triangular()``) and maps its diagonal
    through ``diag_bijector`` plus ``diag_shift``: the result is a valid
    Cholesky factor, the scale of a multivariate normal.

    Parameters
    ----------
    diag_bijector : bijector or None
        Bijector applied to the diagonal; ``NULL`` uses ``tfb_softplus()``.
    diag_shift : float or None
        Added to the diagonal after ``diag_bijector``, to keep it away from
        zero; ``NULL`` adds nothing.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    b <- tfb_fill_scale_tri_l(diag_bijector = tfb_exp(), diag_shift = NULL)
    b %>% tfb_forward(c(0, 0, 0))
    """


@bijector_function("FillTriangular", {})
def tfb_fill_triangular(upper=False, validate_args=False, name="fill_triangular"):
    """Vectors filled into triangular matrices.

    Fills a vector of length ``n (n + 1) / 2`` into an ``n x n`` lower (or
    upper) triangular matrix, in a clockwise spiral order; the inverse reads
    the triangle back into a vector. A pure rearrangement: the
    log-determinant-Jacobian is zero.

    Parameters
    ----------
    upper : bool
        Whether to fill the upper triangle instead of the lower.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_fill_triangular() %>% tfb_forward(1:6)
    """


@bijector_function("Glow", {
    "output_shape": as_shape,
    "num_glow_blocks": as_count,
    "num_steps_per_block": as_count,
    "coupling_bijector_fn": as_callable,
    "exit_bijector_fn": as_callable,
    "seed": as_integer,
})
def tfb_glow(
    output_shape=(32, 32, 3),
    num_glow_blocks=3,
    num_steps_per_block=32,
    coupling_bijector_fn=None,
    exit_bijector_fn=None,
    grab_after_block=None,
    use_actnorm=True,
    seed=None,
    validate_args=False,
    name="glow",
):
    """Glow: a normalizing flow for images (Kingma and Dhariwal, 2018).

    A normalizing flow for images: blocks of steps, each an activation
    normalization, an invertible 1x1 convolution and an affine coupling
    layer, with part of the image leaving the flow after each block. The
    forward direction maps a vector of latent values to an image of
    ``output_shape``.

    Parameters
    ----------
    output_shape : vector of int
        Shape of the image, ``c(height, width, channels)``; height and width
        must be divisible by ``2^num_glow_blocks``.
    num_glow_blocks : int
        Number of blocks.
    num_steps_per_block : int
        Number of steps in each block.
    coupling_bijector_fn : callable or None
        Function ``(input_shape)`` that returns the network (a Keras layer
        making a bijector from the conditioning half) of each coupling layer,
        e.g. ``tfp$bijectors$GlowDefaultNetwork``. TFP has no default for it.
    exit_bijector_fn : callable or None
        Function ``(input_shape, output_chan)`` that returns the network
        conditioning the parts that leave the flow, e.g.
        ``tfp$bijectors$GlowDefaultExitNetwork``; ``NULL`` leaves them
        unconditioned.
    grab_after_block : vector of float or None
        Fraction of the channels that leave the flow after each block;
        ``NULL`` takes half after each.
    use_actnorm : bool
        Whether to use activation normalization in each step.
    seed : int or None
        Seed of the random initialization of the 1x1 convolutions.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    References
    ----------
    Diederik P. Kingma and Prafulla Dhariwal. Glow: Generative flow with
    invertible 1x1 convolutions. In *Neural Information Processing Systems*,
    2018. https://arxiv.org/abs/1807.03039

    R Examples
    ----------
    tfp <- reticulate::import("tensorflow_probability")
    b <- tfb_glow(output_shape = c(4, 4, 1), num_glow_blocks = 1, num_steps_per_block = 1,
                  coupling_bijector_fn = tfp$bijectors$GlowDefaultNetwork)
    b %>% tfb_forward(matrix(0, 1, 16))
    """


@bijector_function("GompertzCDF", {"concentration": as_parameter, "rate": as_parameter})
def tfb_gompertz_cdf(
    concentration=REQUIRED,
    rate=REQUIRED,
    validate_args=False,
    name="gompertz_cdf",
):
    """Gompertz cumulative distribution function as a bijector.

    Maps the non-negative numbers onto ``[0, 1)``: the cumulative
    distribution function of a Gompertz distribution, with ``c`` the
    concentration.

    Parameters
    ----------
    concentration : float, array-like or tensor
        The concentration, positive.
    rate : float, array-like or tensor
        The rate, positive.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_gompertz_cdf(concentration = 1, rate = 1) %>% tfb_forward(c(0.5, 1))
    """


@removed_function("bijectors.Gumbel", successor="tfb_gumbel_cdf(loc, scale)")
def tfb_gumbel(loc=0, scale=1, validate_args=False, name="gumbel"):
    """Gumbel cumulative distribution function (removed from TFP under this name).

    TensorFlow Probability renamed ``Gumbel`` to ``GumbelCDF``: use
    ``tfb_gumbel_cdf()``, which takes the same arguments.

    Parameters
    ----------
    loc : float or array-like
        The location.
    scale : float or array-like
        The scale, positive.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {removed_returns}

    R Examples
    ----------
    try(tfb_gumbel())
    tfb_gumbel_cdf() %>% tfb_forward(c(0, 1))
    """


@bijector_function("GumbelCDF", {"loc": as_parameter, "scale": as_parameter})
def tfb_gumbel_cdf(loc=0, scale=1, validate_args=False, name="gumbel_cdf"):
    """Gumbel cumulative distribution function as a bijector.

    Maps the real line onto ``(0, 1)``: the cumulative distribution function
    of a Gumbel distribution.

    Parameters
    ----------
    loc : float, array-like or tensor
        The location.
    scale : float, array-like or tensor
        The scale, positive.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_gumbel_cdf(loc = 0, scale = 1) %>% tfb_forward(c(-1, 0, 1))
    """


@bijector_function("Identity", {})
def tfb_identity(validate_args=False, name="identity"):
    """Identity: ``y = x``.

    The identity: leaves its input alone, with a log-determinant-Jacobian of
    zero.

    Parameters
    ----------
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_identity() %>% tfb_forward(c(1, 2))
    """


@bijector_function("Inline", {
    "forward_fn": as_callable,
    "inverse_fn": as_callable,
    "inverse_log_det_jacobian_fn": as_callable,
    "forward_log_det_jacobian_fn": as_callable,
    "forward_event_shape_fn": as_callable,
    "forward_event_shape_tensor_fn": as_callable,
    "inverse_event_shape_fn": as_callable,
    "inverse_event_shape_tensor_fn": as_callable,
    "forward_min_event_ndims": as_integer,
    "inverse_min_event_ndims": as_integer,
}, omit_null=("is_constant_jacobian", "forward_min_event_ndims", "inverse_min_event_ndims"))
def tfb_inline(
    forward_fn=None,
    inverse_fn=None,
    inverse_log_det_jacobian_fn=None,
    forward_log_det_jacobian_fn=None,
    forward_event_shape_fn=None,
    forward_event_shape_tensor_fn=None,
    inverse_event_shape_fn=None,
    inverse_event_shape_tensor_fn=None,
    is_constant_jacobian=None,
    validate_args=False,
    forward_min_event_ndims=None,
    inverse_min_event_ndims=None,
    name="inline",
):
    """A bijector made of the functions you give.

    A bijector whose transformations are the functions given: TensorFlow or
    Python functions, or R functions (which must then run in R's thread, not
    under a ``tf.distribute`` strategy). Give at least ``forward_fn`` or
    ``inverse_fn``, one log-determinant function and the minimum event
    dimensions.

    Parameters
    ----------
    forward_fn : callable or None
        The forward transformation, ``x -> y``.
    inverse_fn : callable or None
        The inverse transformation, ``y -> x``.
    inverse_log_det_jacobian_fn : callable or None
        ``y -> log|det J|`` of the inverse.
    forward_log_det_jacobian_fn : callable or None
        ``x -> log|det J|`` of the forward transformation.
    forward_event_shape_fn : callable or None
        Static event shape of the output, given that of the input.
    forward_event_shape_tensor_fn : callable or None
        The same, as a tensor.
    inverse_event_shape_fn : callable or None
        Static event shape of the input, given that of the output.
    inverse_event_shape_tensor_fn : callable or None
        The same, as a tensor.
    is_constant_jacobian : bool or None
        Whether the Jacobian does not depend on the input; ``NULL`` means
        ``FALSE``.
    {bijector_validate_args}
    forward_min_event_ndims : int or None
        Number of dimensions the forward transformation acts on at least (0
        for element-wise functions).
    inverse_min_event_ndims : int or None
        The same for the inverse; ``NULL`` takes ``forward_min_event_ndims``
        (and the other way round).
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tf <- reticulate::import("tensorflow")
    b <- tfb_inline(forward_fn = tf$math$exp, inverse_fn = tf$math$log,
                    inverse_log_det_jacobian_fn = function(y) -tf$math$log(y),
                    forward_min_event_ndims = 0)
    b %>% tfb_forward(c(0, 1))
    """


@bijector_function("Invert", {"bijector": as_bijector})
def tfb_invert(bijector=REQUIRED, validate_args=False, name=None):
    """The inverse of a bijector: forward and inverse swapped.

    Swaps the forward and inverse directions of ``bijector``:
    ``tfb_invert(tfb_exp())`` is the logarithm. Wrapping a masked
    autoregressive flow in it gives an inverse autoregressive flow.

    Parameters
    ----------
    bijector : bijector
        The bijector to invert.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_invert(tfb_exp()) %>% tfb_forward(c(1, 10))
    """


@bijector_function("IteratedSigmoidCentered", {})
def tfb_iterated_sigmoid_centered(validate_args=False, name="iterated_sigmoid"):
    """Unconstrained vectors to probability vectors, by stick breaking.

    A vector of ``k`` reals becomes a probability vector of ``k + 1``
    entries, by breaking off a sigmoid-scaled part of the remaining stick at
    each step; zeros map to the uniform vector. Like
    ``tfb_softmax_centered()``, with a Jacobian that is cheaper to compute.

    Parameters
    ----------
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_iterated_sigmoid_centered() %>% tfb_forward(c(0, 0))
    """


@removed_function("bijectors.Kumaraswamy",
                  successor="tfb_kumaraswamy_cdf(concentration1, concentration0)")
def tfb_kumaraswamy(
    concentration1=None,
    concentration0=None,
    validate_args=False,
    name="kumaraswamy",
):
    """Kumaraswamy transformation of the unit interval (removed from TFP under this name).

    TensorFlow Probability renamed ``Kumaraswamy`` to ``KumaraswamyCDF``:
    use ``tfb_kumaraswamy_cdf()``, which takes the same arguments.

    Parameters
    ----------
    concentration1 : float or array-like or None
        The concentration ``a``, positive.
    concentration0 : float or array-like or None
        The concentration ``b``, positive.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {removed_returns}

    R Examples
    ----------
    try(tfb_kumaraswamy(concentration1 = 2, concentration0 = 0.3))
    tfb_kumaraswamy_cdf(concentration1 = 2, concentration0 = 0.3) %>% tfb_forward(0.5)
    """


@bijector_function("KumaraswamyCDF", {"concentration1": as_parameter, "concentration0": as_parameter})
def tfb_kumaraswamy_cdf(
    concentration1=1,
    concentration0=1,
    validate_args=False,
    name="kumaraswamy_cdf",
):
    """Kumaraswamy cumulative distribution function as a bijector.

    ``y = 1 - (1 - x^a)^b``: the cumulative distribution function of a
    Kumaraswamy distribution with concentrations ``a`` (``concentration1``)
    and ``b`` (``concentration0``); it maps ``[0, 1]`` onto itself.

    Parameters
    ----------
    concentration1 : float, array-like or tensor
        The concentration ``a``, positive.
    concentration0 : float, array-like or tensor
        The concentration ``b``, positive.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_kumaraswamy_cdf(concentration1 = 2, concentration0 = 0.3) %>% tfb_forward(c(0.2, 0.5))
    """


@bijector_function("LambertWTail", {"shift": as_parameter, "scale": as_parameter,
                                     "tailweight": as_parameter})
def tfb_lambert_w_tail(
    shift=None,
    scale=None,
    tailweight=None,
    validate_args=False,
    name="lambertw_tail",
):
    """Lambert W tail transformation: heavier tails for a distribution.

    Goerg's (2015) transformation that makes a distribution's tails heavier:
    the standardized input ``u = (x - shift) / scale`` becomes
    ``u * exp(tailweight / 2 * u^2)``, shifted and scaled back. With a
    ``tailweight`` of 0 it is the identity; its inverse uses the Lambert W
    function.

    Parameters
    ----------
    shift : float, array-like or tensor or None
        The shift (location) of the standardization.
    scale : float, array-like or tensor or None
        The scale of the standardization, positive.
    tailweight : float, array-like or tensor or None
        How much heavier the tails become, non-negative.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    References
    ----------
    Georg M. Goerg. The Lambert way to Gaussianize heavy-tailed data with the
    inverse of Tukey's h transformation as a special case. *The Scientific
    World Journal*, 2015. https://arxiv.org/abs/1010.2265

    R Examples
    ----------
    b <- tfb_lambert_w_tail(shift = 0, scale = 1, tailweight = 0.2)
    b %>% tfb_forward(c(-2, 0, 2))
    """


@bijector_function("masked_autoregressive_default_template", {
    "hidden_layers": as_count_list,
    "activation": as_callable,
    "log_scale_min_clip": as_float,
    "log_scale_max_clip": as_float,
})
def tfb_masked_autoregressive_default_template(
    hidden_layers=REQUIRED,
    shift_only=False,
    activation=_RELU,
    log_scale_min_clip=-5,
    log_scale_max_clip=3,
    log_scale_clip_gradient=False,
    name=None,
    **kwargs,
):
    """TFP's template network (MADE) for a masked autoregressive flow.

    TFP's older shift-and-log-scale network for
    ``tfb_masked_autoregressive_flow()``, built on TensorFlow 1's variable
    templates (TFP deprecates it: prefer ``layer_autoregressive(params = 2)``,
    a Keras layer whose variables Keras tracks and saves). It returns a
    function of the input that gives the shift and the log scale.

    Parameters
    ----------
    hidden_layers : int or vector of int
        Number of units of each hidden layer (``c(7, 7)`` for two layers).
    shift_only : bool
        Whether to compute only a shift (a volume-preserving flow).
    activation : callable
        Activation of the hidden layers; ``tf$nn$relu`` by default.
    log_scale_min_clip : float
        Lower bound the log scale is clipped to.
    log_scale_max_clip : float
        Upper bound the log scale is clipped to.
    log_scale_clip_gradient : bool
        Whether the clipping also stops the gradient.
    name : str or None
        Name of the template.
    **kwargs : optional
        Further arguments passed to the dense layers of the network (e.g.
        ``kernel_initializer``).

    Returns
    -------
    callable
        The template: a function of ``x`` that returns ``list(shift, log_scale)``.

    References
    ----------
    Mathieu Germain, Karol Gregor, Iain Murray and Hugo Larochelle. MADE:
    Masked autoencoder for distribution estimation. In *International
    Conference on Machine Learning*, 2015. https://arxiv.org/abs/1502.03509

    R Examples
    ----------
    template <- tfb_masked_autoregressive_default_template(hidden_layers = c(7, 7))
    maf <- tfb_masked_autoregressive_flow(shift_and_log_scale_fn = template)
    maf %>% tfb_forward(matrix(0, 2, 3))
    """


@bijector_function("MaskedAutoregressiveFlow", {
    "shift_and_log_scale_fn": as_callable,
    "event_ndims": as_integer,
    "bijector_fn": as_callable,
})
def tfb_masked_autoregressive_flow(
    shift_and_log_scale_fn=REQUIRED,
    is_constant_jacobian=False,
    unroll_loop=False,
    event_ndims=RInteger(1),
    validate_args=False,
    name=None,
    bijector_fn=None,
):
    """Masked autoregressive flow: an affine autoregressive transformation.

    A masked autoregressive flow (Papamakarios et al., 2017): each coordinate
    of ``y`` is the corresponding coordinate of ``x`` scaled and shifted by
    amounts computed from the coordinates before it, by an autoregressive
    network such as ``layer_autoregressive(params = 2)``. The forward
    direction (sampling) runs one network pass per coordinate; the inverse
    (density evaluation) needs one pass. Use it in
    ``tfd_transformed_distribution()`` for a trainable density, or inverted
    (``tfb_invert()``) for an inverse autoregressive flow.

    Parameters
    ----------
    shift_and_log_scale_fn : callable or None
        Function (or Keras layer) of ``x`` that returns the shift and the log
        scale, e.g. ``layer_autoregressive(params = 2, hidden_units = c(10, 10))``
        or ``tfb_masked_autoregressive_default_template()``. ``NULL`` only
        together with ``bijector_fn``.
    is_constant_jacobian : bool
        Whether the Jacobian is constant (as for a shift-only network).
    unroll_loop : bool
        Whether to unroll the loop of the forward direction in Python (one
        network pass per coordinate, traced separately) rather than run a
        TensorFlow loop.
    event_ndims : int
        Number of dimensions of one event, 1 (vectors, the default) or more.
    {bijector_validate_args}
    {bijector_name}
    bijector_fn : callable or None
        TFP's alternative to ``shift_and_log_scale_fn``: a function of ``x``
        that returns the bijector to apply (an argument TFP added after R
        tfprobability's formals).

    Returns
    -------
    {bijector_returns}

    References
    ----------
    George Papamakarios, Theo Pavlakou and Iain Murray. Masked autoregressive
    flow for density estimation. In *Neural Information Processing Systems*,
    2017. https://arxiv.org/abs/1705.07057

    R Examples
    ----------
    made <- layer_autoregressive(params = 2, event_shape = 2, hidden_units = c(10, 10))
    maf <- tfb_masked_autoregressive_flow(shift_and_log_scale_fn = made)
    maf %>% tfb_forward(matrix(c(0.1, 0.2, 0.3, 0.4), 2, 2))
    """


@bijector_function("masked_dense", {"inputs": as_parameter, "units": as_count,
                                     "num_blocks": as_count})
def tfb_masked_dense(
    inputs=REQUIRED,
    units=REQUIRED,
    num_blocks=None,
    exclusive=False,
    kernel_initializer=None,
    reuse=None,
    name=None,
    **kwargs,
):
    """A dense layer with an autoregressive mask (TensorFlow 1 style).

    Applies a dense layer whose kernel is masked so that output block ``k``
    depends only on input blocks before ``k`` (``exclusive = TRUE``) or up
    to ``k``: the building block of MADE networks. It is TFP's TensorFlow 1
    style function, which makes its variables as it is called; prefer
    ``layer_autoregressive()`` in new code.

    Parameters
    ----------
    inputs : array-like or tensor
        The input, a matrix (R values become ``float32``).
    units : int
        Number of output units, a positive whole number.
    num_blocks : int or None
        Number of blocks the input and output are split into; ``NULL`` uses
        the input's size.
    exclusive : bool
        Whether block ``k`` of the output excludes block ``k`` of the input.
    kernel_initializer : initializer or None
        Initializer of the kernel; ``NULL`` uses Glorot's uniform.
    reuse : bool or None
        Whether to reuse the variables of a previous layer of the same name
        (TensorFlow 1 variable scopes).
    name : str or None
        Name of the layer.
    **kwargs : optional
        Further arguments passed to the dense layer (e.g. ``trainable``).

    Returns
    -------
    tf.Tensor
        The output, of ``units`` columns.

    R Examples
    ----------
    tfb_masked_dense(inputs = matrix(1:8, 2, 4), units = 6, num_blocks = 2)
    """


@bijector_function("MatrixInverseTriL", {})
def tfb_matrix_inverse_tri_l(validate_args=False, name="matrix_inverse_tril"):
    """Inverse of a lower-triangular matrix.

    The inverse of a lower-triangular matrix with a non-zero diagonal is
    lower-triangular again; the bijector is its own inverse.

    Parameters
    ----------
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_matrix_inverse_tri_l() %>% tfb_forward(matrix(c(1, 2, 0, 1), 2, 2))
    """


@bijector_function("MatvecLU", {"lower_upper": as_parameter, "permutation": as_integer_vector})
def tfb_matvec_lu(
    lower_upper=REQUIRED,
    permutation=REQUIRED,
    validate_args=False,
    name=None,
):
    """Vectors multiplied by a matrix given by its LU factors.

    ``y = P L U x`` for a matrix given by its LU factors, as
    ``tf$linalg$lu()`` returns them; the log-determinant-Jacobian is the sum
    of the logs of ``|diag(U)|``. TFP keeps this class only as a deprecated
    alias of ``ScaleMatvecLU`` (``tfb_scale_matvec_lu()``, the same
    bijector), and warns when it is built.

    Parameters
    ----------
    {lu_args}
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    b <- tfb_matvec_lu(lower_upper = matrix(c(2, 0.5, 1, 3), 2, 2), permutation = c(0, 1))
    b %>% tfb_forward(c(1, 1))
    """


@bijector_function("NormalCDF", {})
def tfb_normal_cdf(validate_args=False, name="normal"):
    """Standard normal cumulative distribution function: ``y = pnorm(x)``.

    The standard normal cumulative distribution function ``pnorm(x)``: maps
    the real line onto ``(0, 1)``; its inverse is ``qnorm(y)``.

    Parameters
    ----------
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_normal_cdf() %>% tfb_forward(c(-1, 0, 1))
    """


@removed_function("bijectors.Ordered", successor="tfb_invert(tfb_ascending())")
def tfb_ordered(validate_args=False, name="ordered"):
    """Increasing vectors to unconstrained ones (removed from TFP).

    TensorFlow Probability replaced ``Ordered`` by ``Ascending``, its
    inverse: ``tfb_invert(tfb_ascending())`` is the old bijector.

    Parameters
    ----------
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {removed_returns}

    R Examples
    ----------
    try(tfb_ordered())
    tfb_invert(tfb_ascending()) %>% tfb_forward(c(1, 2, 4))
    """


@bijector_function("Pad", {"paddings": as_integer_vector, "axis": as_integer_array})
def tfb_pad(
    paddings=RList([(0, 1)], "list(c(0, 1))"),
    mode="CONSTANT",
    constant_values=0,
    axis=None,
    validate_args=False,
    name=None,
):
    """Padding of the event with constant values.

    Adds ``paddings`` elements of value ``constant_values`` before and after
    the event's axes; the inverse cuts them off again. The default pads one
    element (0) at the end of the last axis, e.g. to turn ``k - 1`` free
    logits into ``k`` with a fixed one.

    Parameters
    ----------
    paddings : list of pairs of int
        Per padded axis, ``c(before, after)``: R ``list(c(0, 1))`` pads one
        axis with one element after.
    mode : str
        Only ``"CONSTANT"`` is supported.
    constant_values : float
        The value of the added elements.
    axis : int, vector of int or None
        The axes to pad, negative (counted from the end); ``NULL`` means the
        rightmost ``length(paddings)`` axes.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_pad() %>% tfb_forward(c(1, 2))
    """


@bijector_function("Permute", {"permutation": as_integer_vector, "axis": as_integer})
def tfb_permute(
    permutation=REQUIRED,
    axis=RInteger(-1),
    validate_args=False,
    name=None,
):
    """Permutation of the elements along one axis.

    Reorders the elements along ``axis``: output element ``i`` is input
    element ``permutation[i]``. A rearrangement, so the
    log-determinant-Jacobian is zero.

    Parameters
    ----------
    permutation : vector of int
        A permutation of ``0, ..., n - 1`` (0-based, as in TensorFlow).
    axis : int
        The axis to permute, negative (counted from the end).
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_permute(permutation = c(1, 3, 0, 2)) %>% tfb_forward(c(0, 0.3, 0.6, 0.9))
    """


@bijector_function("PowerTransform", {"power": as_parameter})
def tfb_power_transform(power=REQUIRED, validate_args=False, name="power_transform"):
    """Power transformation: ``y = (1 + c x)^(1 / c)``.

    The Box-Cox transformation's inverse for a power ``c`` > 0; with
    ``c = 0`` it is ``exp(x)``.

    Parameters
    ----------
    power : float
        The power ``c``, non-negative.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_power_transform(power = 2) %>% tfb_forward(c(1, 2, 3))
    """


@bijector_function("RationalQuadraticSpline", {
    "bin_widths": as_parameter, "bin_heights": as_parameter,
    "knot_slopes": as_parameter, "range_min": as_parameter,
})
def tfb_rational_quadratic_spline(
    bin_widths=REQUIRED,
    bin_heights=REQUIRED,
    knot_slopes=REQUIRED,
    range_min=-1,
    validate_args=False,
    name=None,
):
    """Monotone rational-quadratic spline (neural spline flows).

    A monotone spline (Durkan et al., 2019) on the interval that starts at
    ``range_min`` and is ``sum(bin_widths)`` long (the same for the heights),
    made of rational-quadratic pieces between knots; outside the interval it
    is the identity. Flexible and cheap to invert, the usual element-wise
    transformation of neural spline flows.

    Parameters
    ----------
    bin_widths : array-like or tensor
        Widths of the bins along ``x``, positive; the last axis has one per
        bin.
    bin_heights : array-like or tensor
        Heights of the bins along ``y``, positive, as many as the widths.
    knot_slopes : array-like or tensor
        Slopes at the inner knots, positive: one fewer than the bins.
    range_min : float
        Where the spline's interval starts, along both axes.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    References
    ----------
    Conor Durkan, Artur Bekasov, Iain Murray and George Papamakarios. Neural
    spline flows. In *Neural Information Processing Systems*, 2019.
    https://arxiv.org/abs/1906.04032

    R Examples
    ----------
    b <- tfb_rational_quadratic_spline(bin_widths = c(1, 1), bin_heights = c(0.5, 1.5),
                                       knot_slopes = 1)
    b %>% tfb_forward(c(-0.5, 0, 0.5))
    """


@bijector_function("RayleighCDF", {"scale": as_parameter})
def tfb_rayleigh_cdf(scale=REQUIRED, validate_args=False, name="rayleigh_cdf"):
    """Rayleigh cumulative distribution function as a bijector.

    The cumulative distribution function of a Rayleigh distribution: maps the
    non-negative numbers onto ``[0, 1)``.

    Parameters
    ----------
    scale : float, array-like or tensor
        The scale, positive.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_rayleigh_cdf(scale = 0.5) %>% tfb_forward(c(0.25, 0.77))
    """


@bijector_function("RealNVP", {
    "num_masked": as_nonnegative_integer,
    "shift_and_log_scale_fn": as_callable,
    "bijector_fn": as_callable,
})
def tfb_real_nvp(
    num_masked=REQUIRED,
    shift_and_log_scale_fn=REQUIRED,
    is_constant_jacobian=False,
    validate_args=False,
    name=None,
    bijector_fn=None,
):
    """Real NVP affine coupling layer for vectors.

    The affine coupling layer of Real NVP (Dinh et al., 2017): the first
    ``num_masked`` coordinates pass unchanged and determine, through
    ``shift_and_log_scale_fn``, the shift and scale of the others. Both
    directions need one network pass. Alternate it with ``tfb_permute()`` so
    that every coordinate gets transformed.

    Parameters
    ----------
    num_masked : int
        Number of leading coordinates that pass unchanged.
    shift_and_log_scale_fn : callable or None
        Function ``(x, output_units)`` of the passed-through coordinates that
        returns the shift and the log scale of the others, e.g.
        ``tfb_real_nvp_default_template()``. ``NULL`` only together with
        ``bijector_fn``.
    is_constant_jacobian : bool
        Whether the Jacobian is constant (as for a shift-only network).
    {bijector_validate_args}
    {bijector_name}
    bijector_fn : callable or None
        TFP's alternative to ``shift_and_log_scale_fn``: a function
        ``(x, output_units)`` that returns the bijector applied to the other
        coordinates (an argument TFP added after R tfprobability's formals).

    Returns
    -------
    {bijector_returns}

    References
    ----------
    Laurent Dinh, Jascha Sohl-Dickstein and Samy Bengio. Density estimation
    using Real NVP. In *International Conference on Learning
    Representations*, 2017. https://arxiv.org/abs/1605.08803

    R Examples
    ----------
    b <- tfb_real_nvp(num_masked = 1,
                      shift_and_log_scale_fn = tfb_real_nvp_default_template(hidden_layers = 4))
    b %>% tfb_forward(matrix(c(0.1, 0.2, 0.3, 0.4), 2, 2))
    """


@bijector_function("real_nvp_default_template", {
    "hidden_layers": as_count_list,
    "activation": as_callable,
})
def tfb_real_nvp_default_template(
    hidden_layers=REQUIRED,
    shift_only=False,
    activation=_RELU,
    name=None,
    **kwargs,
):
    """TFP's template network for a Real NVP coupling layer.

    TFP's dense shift-and-log-scale network for ``tfb_real_nvp()``, built on
    TensorFlow 1's variable templates (TFP deprecates these; a Keras network
    of your own is the modern way). It returns a function
    ``(x, output_units)`` giving the shift and the log scale.

    Parameters
    ----------
    hidden_layers : int or vector of int
        Number of units of each hidden layer (``c(7, 7)`` for two layers).
    shift_only : bool
        Whether to compute only a shift (a volume-preserving flow).
    activation : callable
        Activation of the hidden layers; ``tf$nn$relu`` by default.
    name : str or None
        Name of the template.
    **kwargs : optional
        Further arguments passed to the dense layers (e.g.
        ``activity_regularizer``).

    Returns
    -------
    callable
        The template: a function of ``(x, output_units)`` that returns
        ``list(shift, log_scale)``.

    R Examples
    ----------
    template <- tfb_real_nvp_default_template(hidden_layers = c(7, 7))
    tfb_real_nvp(num_masked = 1, shift_and_log_scale_fn = template) %>%
      tfb_forward(matrix(0, 2, 3))
    """


@bijector_function("Reciprocal", {})
def tfb_reciprocal(validate_args=False, name="reciprocal"):
    """Reciprocal: ``y = 1 / x``.

    Its own inverse, on the non-zero numbers; ``tfb_reciprocal()(tfd_gamma(...))``
    is an inverse-gamma distribution.

    Parameters
    ----------
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_reciprocal() %>% tfb_forward(c(1, 2, 4))
    """


@bijector_function("Reshape", {"event_shape_out": as_integer_vector,
                                "event_shape_in": as_integer_vector})
def tfb_reshape(
    event_shape_out=REQUIRED,
    event_shape_in=(-1,),
    validate_args=False,
    name=None,
):
    """Reshaping of the event.

    Changes the shape of the rightmost dimensions from ``event_shape_in`` to
    ``event_shape_out``, keeping the batch dimensions in front; one entry of
    either may be ``-1``, inferred from the other. A rearrangement: the
    log-determinant-Jacobian is zero.

    Parameters
    ----------
    event_shape_out : vector of int
        The event shape of the output, e.g. ``c(1, -1)``.
    event_shape_in : vector of int
        The event shape of the input; ``c(-1)``, the default, is a vector of
        any length.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_reshape(event_shape_out = c(2, 2)) %>% tfb_forward(c(1, 2, 3, 4))
    """


@bijector_function("Scale", {"scale": as_parameter, "log_scale": as_parameter})
def tfb_scale(scale=None, log_scale=None, validate_args=False, name="scale"):
    """Scaling: ``y = scale * x``.

    Multiplies element-wise by ``scale`` (or ``exp(log_scale)``); the
    log-determinant-Jacobian is ``log|scale|`` per element.

    Parameters
    ----------
    scale : float, array-like or tensor or None
        The scale, non-zero. Give exactly one of ``scale`` and ``log_scale``.
    log_scale : float, array-like or tensor or None
        The natural logarithm of a positive scale.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_scale(scale = 1.5) %>% tfb_forward(c(1, 2))
    """


@bijector_function("ScaleMatvecDiag", {"scale_diag": as_parameter, "dtype": as_dtype})
def tfb_scale_matvec_diag(
    scale_diag=REQUIRED,
    adjoint=False,
    validate_args=False,
    name="scale_matvec_diag",
    dtype=None,
):
    """Vectors multiplied by a diagonal matrix.

    Multiplies the last axis by the diagonal matrix ``diag(scale_diag)``,
    i.e. element-wise by ``scale_diag``, as a vector bijector (its
    log-determinant-Jacobian is summed over the vector).

    Parameters
    ----------
    scale_diag : array-like or tensor
        The diagonal, non-zero.
    adjoint : bool
        Whether to multiply by the adjoint (for a real diagonal, the same).
    {bijector_validate_args}
    {bijector_name}
    dtype : str or tf.DType or None
        Data type of the scale; ``NULL`` takes that of ``scale_diag``.

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_scale_matvec_diag(scale_diag = c(2, 20)) %>% tfb_forward(c(1, 1))
    """


@bijector_function("ScaleMatvecLinearOperator", {})
def tfb_scale_matvec_linear_operator(
    scale=REQUIRED,
    adjoint=False,
    validate_args=False,
    name="scale_matvec_linear_operator",
):
    """Vectors multiplied by a linear operator.

    Multiplies vectors by ``scale``, any TensorFlow linear operator (diagonal,
    triangular, low-rank update, block, ...), which also provides the
    log-determinant.

    Parameters
    ----------
    scale : tf.linalg.LinearOperator
        The matrix, a linear operator such as
        ``tf$linalg$LinearOperatorDiag(c(1, 2, 3))``.
    adjoint : bool
        Whether to multiply by the operator's adjoint.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tf <- reticulate::import("tensorflow")
    scale <- tf$linalg$LinearOperatorDiag(c(1, 2, 3))
    tfb_scale_matvec_linear_operator(scale) %>% tfb_forward(c(1, 1, 1))
    """


@bijector_function("ScaleMatvecLU", {"lower_upper": as_parameter, "permutation": as_integer_vector})
def tfb_scale_matvec_lu(
    lower_upper=REQUIRED,
    permutation=REQUIRED,
    validate_args=False,
    name=None,
):
    """Vectors multiplied by a matrix given by its LU factors.

    ``y = P L U x`` for a matrix given by its LU factors, as
    ``tf$linalg$lu()`` returns them; the log-determinant-Jacobian is the sum
    of the logs of ``|diag(U)|``. Made trainable (a variable for
    ``lower_upper``), it is Glow's invertible 1x1 convolution.

    Parameters
    ----------
    {lu_args}
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    b <- tfb_scale_matvec_lu(lower_upper = matrix(c(2, 0.5, 1, 3), 2, 2), permutation = c(0, 1))
    b %>% tfb_forward(c(1, 1))
    """


@bijector_function("ScaleMatvecTriL", {"scale_tril": as_parameter, "dtype": as_dtype})
def tfb_scale_matvec_tri_l(
    scale_tril=REQUIRED,
    adjoint=False,
    validate_args=False,
    name="scale_matvec_tril",
    dtype=None,
):
    """Vectors multiplied by a lower-triangular matrix.

    Multiplies vectors by a lower-triangular matrix with a non-zero
    diagonal (e.g. a Cholesky factor); the log-determinant-Jacobian is the
    sum of the logs of its absolute diagonal.

    Parameters
    ----------
    scale_tril : array-like or tensor
        The lower-triangular matrix (entries above the diagonal are ignored).
    adjoint : bool
        Whether to multiply by the transpose instead.
    {bijector_validate_args}
    {bijector_name}
    dtype : str or tf.DType or None
        Data type of the scale; ``NULL`` takes that of ``scale_tril``.

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    b <- tfb_scale_matvec_tri_l(scale_tril = matrix(c(2, 2, 0, 2), 2, 2))
    b %>% tfb_forward(c(1, 2))
    """


@removed_function("bijectors.ScaleTriL",
                  successor="tfb_fill_scale_tri_l(diag_bijector, diag_shift)")
def tfb_scale_tri_l(
    diag_bijector=None,
    diag_shift=1e-05,
    validate_args=False,
    name="scale_tril",
):
    """Unconstrained vectors to scale matrices (removed from TFP under this name).

    TensorFlow Probability renamed ``ScaleTriL`` to ``FillScaleTriL``: use
    ``tfb_fill_scale_tri_l()``, which takes the same arguments.

    Parameters
    ----------
    diag_bijector : bijector or None
        Bijector applied to the diagonal.
    diag_shift : float or None
        Added to the diagonal.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {removed_returns}

    R Examples
    ----------
    try(tfb_scale_tri_l())
    tfb_fill_scale_tri_l() %>% tfb_forward(c(0, 0, 0))
    """


@bijector_function("Shift", {"shift": as_parameter})
def tfb_shift(shift=REQUIRED, validate_args=False, name="shift"):
    """Shift: ``y = x + shift``.

    Adds ``shift`` element-wise; the log-determinant-Jacobian is zero.
    Composed with a scale, ``tfb_shift(shift)(tfb_scale(scale))``, it is the
    affine map ``scale * x + shift``.

    Parameters
    ----------
    shift : float, array-like or tensor
        The shift, added to every element.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    # an affine transformation that scales by 0.5 and then shifts by 3.33
    b <- tfb_shift(3.33)(tfb_scale(0.5))
    b %>% tfb_forward(c(100, 1000, 10000))
    """


@bijector_function("ShiftedGompertzCDF", {"concentration": as_parameter, "rate": as_parameter})
def tfb_shifted_gompertz_cdf(
    concentration=REQUIRED,
    rate=REQUIRED,
    validate_args=False,
    name="shifted_gompertz_cdf",
):
    """Shifted Gompertz cumulative distribution function as a bijector.

    ``y = (1 - exp(-rate * x)) * exp(-exp(-rate * x) / c)``, with ``c`` the
    concentration: the cumulative distribution function of a shifted Gompertz
    distribution, which maps the non-negative numbers onto ``[0, 1)``.

    Parameters
    ----------
    concentration : float, array-like or tensor
        The concentration ``c``, positive.
    rate : float, array-like or tensor
        The rate, positive.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_shifted_gompertz_cdf(concentration = 1, rate = 1) %>% tfb_forward(c(0.5, 1))
    """


@bijector_function("Sigmoid", {})
def tfb_sigmoid(validate_args=False, name="sigmoid"):
    """Logistic sigmoid: ``y = 1 / (1 + exp(-x))``.

    The logistic sigmoid: maps the real line onto ``(0, 1)``; its inverse is
    the logit.

    Parameters
    ----------
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_sigmoid() %>% tfb_forward(c(-1, 0, 1))
    """


@bijector_function("Sinh", {})
def tfb_sinh(validate_args=False, name="sinh"):
    """Hyperbolic sine: ``y = sinh(x)``.

    The hyperbolic sine, a bijection of the real line with heavier tails than
    the identity.

    Parameters
    ----------
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_sinh() %>% tfb_forward(c(-1, 0, 1))
    """


@bijector_function("SinhArcsinh", {"skewness": as_parameter, "tailweight": as_parameter})
def tfb_sinh_arcsinh(
    skewness=None,
    tailweight=None,
    validate_args=False,
    name="SinhArcsinh",
):
    """Sinh-arcsinh transformation: adjustable skewness and tail weight.

    Jones and Pewsey's (2009) transformation,
    ``y = sinh((asinh(x) + skewness) * tailweight) * m``: applied to a normal
    variable it gives a distribution with adjustable skewness and tail weight.
    TFP's factor ``m = 2 / sinh(asinh(2) * tailweight)`` keeps the points
    ``-2`` and ``2`` where they are when the skewness is 0. With the defaults
    (skewness 0, tail weight 1) it is the identity.

    Parameters
    ----------
    skewness : float, array-like or tensor or None
        The skewness; ``NULL`` means 0.
    tailweight : float, array-like or tensor or None
        The tail weight, positive; ``NULL`` means 1. Above 1 the tails get
        heavier.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    References
    ----------
    M. C. Jones and Arthur Pewsey. Sinh-arcsinh distributions. *Biometrika*
    96(4), 2009. https://doi.org/10.1093/biomet/asp053

    R Examples
    ----------
    tfb_sinh_arcsinh(skewness = 0.5, tailweight = 2) %>% tfb_forward(c(-1, 0, 1))
    """


@bijector_function("SoftmaxCentered", {})
def tfb_softmax_centered(validate_args=False, name="softmax_centered"):
    """Unconstrained vectors to probability vectors, by a softmax with a fixed 0.

    Maps a vector of ``k`` reals to a probability vector of ``k + 1``
    entries, by appending a 0 and taking the softmax; the inverse is the
    log-ratio to the last entry.

    Parameters
    ----------
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_softmax_centered() %>% tfb_forward(log(c(2, 3, 4)))
    """


@bijector_function("Softplus", {"hinge_softness": as_parameter, "low": as_parameter})
def tfb_softplus(
    hinge_softness=None,
    low=None,
    validate_args=False,
    name="softplus",
):
    """Softplus: ``y = log(1 + exp(x))``.

    Maps the real line onto the positive numbers, close to the identity for
    large ``x``: the usual way to make an unconstrained parameter a positive
    scale. With ``hinge_softness`` ``c`` it computes ``c log(1 + exp(x / c))``,
    plus ``low``.

    Parameters
    ----------
    hinge_softness : float, array-like or tensor or None
        How soft the hinge at 0 is, non-zero; ``NULL`` means 1. Near 0 it
        approaches ``max(x, 0)``.
    low : float, array-like or tensor or None
        Lower bound added to the output; ``NULL`` means 0.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_softplus() %>% tfb_forward(c(-1, 0, 1))
    """


@bijector_function("Softsign", {})
def tfb_softsign(validate_args=False, name="softsign"):
    """Softsign: ``y = x / (1 + |x|)``.

    Maps the real line onto ``(-1, 1)``, with polynomial rather than
    exponential tails (compare ``tfb_tanh()``).

    Parameters
    ----------
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_softsign() %>% tfb_forward(c(-1, 0, 1))
    """


@bijector_function("Split", {"num_or_size_splits": as_integer_array, "axis": as_integer})
def tfb_split(num_or_size_splits=REQUIRED, axis=-1, validate_args=False, name="split"):
    """Splitting of the event into a list of parts.

    The forward direction returns a list of tensors, the inverse
    concatenates such a list. A rearrangement: the log-determinant-Jacobian
    is zero. With ``tfb_blockwise()`` or a joint distribution it routes parts
    of a vector to different transformations.

    Parameters
    ----------
    num_or_size_splits : int or vector of int
        A number of equal parts, or the sizes of the parts (one of them may be
        -1, the rest).
    axis : int
        The axis to split, negative (counted from the end).
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_split(num_or_size_splits = c(2, 1)) %>% tfb_forward(c(1, 2, 3))
    """


@bijector_function("Square", {})
def tfb_square(validate_args=False, name="square"):
    """Square: ``y = x^2`` for non-negative ``x``.

    The square, a bijection of the non-negative numbers; the inverse is the
    square root.

    Parameters
    ----------
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_square() %>% tfb_forward(c(1, 2, 3))
    """


@bijector_function("Tanh", {})
def tfb_tanh(validate_args=False, name="tanh"):
    """Hyperbolic tangent: ``y = tanh(x)``.

    The hyperbolic tangent; the same as ``2 sigmoid(2 x) - 1`` but computed
    more stably. Squashes a Gaussian policy's actions into a box, for
    example.

    Parameters
    ----------
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_tanh() %>% tfb_forward(c(-1, 0, 1))
    """


@bijector_function("TransformDiagonal", {"diag_bijector": as_bijector})
def tfb_transform_diagonal(diag_bijector=REQUIRED, validate_args=False, name="transform_diagonal"):
    """A bijector applied to the diagonal of matrices.

    Transforms the diagonal of the last two axes with ``diag_bijector`` and
    leaves the other entries alone, e.g. ``tfb_exp()`` to make the diagonal of
    a triangular matrix positive.

    Parameters
    ----------
    diag_bijector : bijector
        The bijector applied to the diagonal.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_transform_diagonal(tfb_exp()) %>% tfb_forward(diag(2))
    """


@bijector_function("Transpose", {"perm": as_integer_vector,
                                  "rightmost_transposed_ndims": as_nonnegative_integer})
def tfb_transpose(
    perm=None,
    rightmost_transposed_ndims=None,
    validate_args=False,
    name="transpose",
):
    """Transposition of the event's rightmost axes.

    Permutes the rightmost axes of the event; give either the permutation or
    the number of rightmost axes to reverse. A rearrangement: the
    log-determinant-Jacobian is zero.

    Parameters
    ----------
    perm : vector of int or None
        Permutation of the rightmost ``length(perm)`` axes, 0-based (e.g.
        ``c(1, 0)`` swaps the last two).
    rightmost_transposed_ndims : int or None
        Number of rightmost axes to reverse, when ``perm`` is ``NULL``.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_transpose(rightmost_transposed_ndims = 2) %>% tfb_forward(matrix(1:6, 2, 3))
    """


@removed_function("bijectors.Weibull", successor="tfb_weibull_cdf(scale, concentration)")
def tfb_weibull(scale=1, concentration=1, validate_args=False, name="weibull"):
    """Weibull cumulative distribution function (removed from TFP under this name).

    TensorFlow Probability renamed ``Weibull`` to ``WeibullCDF``: use
    ``tfb_weibull_cdf()``, which takes the same arguments.

    Parameters
    ----------
    scale : float or array-like
        The scale, positive.
    concentration : float or array-like
        The concentration ``k``, positive.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {removed_returns}

    R Examples
    ----------
    try(tfb_weibull(1.5, 2))
    tfb_weibull_cdf(1.5, 2) %>% tfb_forward(c(0, 0.1, 0.2))
    """


@bijector_function("WeibullCDF", {"scale": as_parameter, "concentration": as_parameter})
def tfb_weibull_cdf(scale=1, concentration=1, validate_args=False, name="weibull_cdf"):
    """Weibull cumulative distribution function as a bijector.

    The cumulative distribution function of a Weibull distribution with
    concentration ``k``: maps the non-negative numbers onto ``[0, 1)``.

    Parameters
    ----------
    scale : float, array-like or tensor
        The scale, positive.
    concentration : float, array-like or tensor
        The concentration ``k``, positive.
    {bijector_validate_args}
    {bijector_name}

    Returns
    -------
    {bijector_returns}

    R Examples
    ----------
    tfb_weibull_cdf(scale = 1.5, concentration = 2) %>% tfb_forward(c(0, 0.1, 0.2))
    """
