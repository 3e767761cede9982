"""The tfb_* bijectors: each round-trips and its log-determinant-Jacobian is a numerical derivative's.

One table names, for every bijector tfprobr builds, typical arguments and a
test input inside its domain. Each case is built with float64 parameters and
evaluated in float64, so that central finite differences are accurate:
``inverse(forward(x)) == x``, and ``forward_log_det_jacobian(x)`` equals
``log|det J|`` of the finite-difference Jacobian (element by element for
scalar bijectors; for bijectors of vectors and matrices over the event's free
coordinates: all of a vector's, the lower triangle of a triangular matrix;
for a map into a larger space, such as the simplex, half the log-determinant
of ``t(J) J``, the volume change TFP reports).
"""

import numpy as np
import pytest
import tensorflow as tf
import tensorflow_probability as tfp
import tf_keras

import tfprobr as tp
from support import slow_except

tfb, tfd = tfp.bijectors, tfp.distributions
F64 = tf.float64


def c(*values):
    """A float64 tensor of ``values`` (a parameter of a float64 bijector)."""
    return tf.constant(values if len(values) > 1 else values[0], F64)


def _coupling(x, output_units):
    """A fixed shift-and-log-scale function of a Real NVP coupling layer."""
    shift = tf.sin(x[..., :1]) * tf.ones([output_units], x.dtype)
    return shift, 0.5 * tf.cos(x[..., :1]) * tf.ones([output_units], x.dtype)


def _made():
    return tp.layer_autoregressive(params=2, event_shape=3, hidden_units=[4], activation="tanh",
                                   dtype="float64")


def _tril(n):
    rows, cols = np.tril_indices(n)
    return list(zip(rows, cols))


# name: (arguments (a function, so that tensors are made in the test), x, event_ndims,
#        input coordinates, output coordinates). Coordinates: "flat" (every element of the
#        event), "tril" or "strict_tril" (the lower triangle of the last two axes, with or
#        without the diagonal), "drop_last" (a vector without its last element).
SCALAR_X = np.array([-1.3, -0.2, 0.4, 1.7])
POSITIVE_X = np.array([0.3, 0.9, 1.6])
UNIT_X = np.array([0.1, 0.45, 0.8])
LOWER = np.array([[1.5, 0.0], [0.7, 0.8]])
CASES = {
    "tfb_ascending": (dict, np.array([0.5, -0.3, 0.2]), 1, "flat", "flat"),
    "tfb_batch_normalization": (lambda: dict(batchnorm_layer=tf_keras.layers.BatchNormalization(
        dtype="float64"), training=False), np.array([[0.5, -0.3], [0.1, 2.0]]), 1,
                                "flat", "flat"),
    "tfb_blockwise": (lambda: dict(bijectors=[tp.tfb_exp(), tp.tfb_sigmoid()], block_sizes=[2.0, 1.0]),
                      np.array([0.5, -0.3, 0.2]), 1, "flat", "flat"),
    "tfb_chain": (lambda: dict(bijectors=[tp.tfb_shift(c(1.0)), tp.tfb_exp()]), SCALAR_X, 0,
                  "flat", "flat"),
    "tfb_cholesky_outer_product": (dict, LOWER, 2, "tril", "tril"),
    "tfb_cholesky_to_inv_cholesky": (dict, LOWER, 2, "tril", "tril"),
    "tfb_correlation_cholesky": (dict, np.array([0.4, -0.8, 1.1]), 1, "flat", "strict_tril"),
    "tfb_cumsum": (dict, np.array([0.5, -0.3, 0.2]), 1, "flat", "flat"),
    "tfb_discrete_cosine_transform": (dict, np.array([0.5, -0.3, 0.2, 0.9]), 1, "flat", "flat"),
    "tfb_exp": (dict, SCALAR_X, 0, "flat", "flat"),
    "tfb_expm1": (dict, SCALAR_X, 0, "flat", "flat"),
    "tfb_ffjord": (lambda: dict(state_time_derivative_fn=lambda t, z: -0.5 * z,
                                ode_solve_fn=tfp.math.ode.DormandPrince(rtol=1e-6, atol=1e-8).solve,
                                trace_augmentation_fn=tfb.ffjord.trace_jacobian_exact, dtype="float64"),
                   np.array([0.5]), 1, "flat", "flat"),
    "tfb_fill_scale_tri_l": (lambda: dict(diag_shift=c(1e-5)), np.array([0.5, -0.3, 0.2]), 1, "flat", "tril"),
    "tfb_fill_triangular": (dict, np.array([0.5, -0.3, 0.2]), 1, "flat", "tril"),
    "tfb_gompertz_cdf": (lambda: dict(concentration=c(0.8), rate=c(1.2)), POSITIVE_X, 0, "flat", "flat"),
    "tfb_gumbel_cdf": (lambda: dict(loc=c(0.2), scale=c(1.5)), SCALAR_X, 0, "flat", "flat"),
    "tfb_identity": (dict, SCALAR_X, 0, "flat", "flat"),
    "tfb_inline": (lambda: dict(forward_fn=tf.math.exp, inverse_fn=tf.math.log,
                                inverse_log_det_jacobian_fn=lambda y: -tf.math.log(y),
                                forward_min_event_ndims=0.0), SCALAR_X, 0, "flat", "flat"),
    "tfb_invert": (lambda: dict(bijector=tp.tfb_exp()), POSITIVE_X, 0, "flat", "flat"),
    "tfb_iterated_sigmoid_centered": (dict, np.array([0.5, -0.3]), 1, "flat", "drop_last"),
    "tfb_kumaraswamy_cdf": (lambda: dict(concentration1=c(2.0), concentration0=c(0.7)), UNIT_X, 0,
                            "flat", "flat"),
    "tfb_lambert_w_tail": (lambda: dict(shift=c(0.1), scale=c(1.3), tailweight=c(0.2)), SCALAR_X, 0,
                           "flat", "flat"),
    "tfb_masked_autoregressive_flow": (lambda: dict(shift_and_log_scale_fn=_made()),
                                       np.array([0.5, -0.3, 0.2]), 1, "flat", "flat"),
    "tfb_matrix_inverse_tri_l": (dict, LOWER, 2, "tril", "tril"),
    "tfb_matvec_lu": (lambda: dict(lower_upper=c([2.0, 1.0], [0.5, 3.0]), permutation=[1.0, 0.0]),
                      np.array([0.5, -0.3]), 1, "flat", "flat"),
    "tfb_normal_cdf": (dict, SCALAR_X, 0, "flat", "flat"),
    "tfb_pad": (dict, np.array([0.5, -0.3]), 1, "flat", "flat"),
    "tfb_permute": (lambda: dict(permutation=[2.0, 0.0, 1.0]), np.array([0.5, -0.3, 0.2]), 1,
                    "flat", "flat"),
    "tfb_power_transform": (lambda: dict(power=c(2.0)), POSITIVE_X, 0, "flat", "flat"),
    "tfb_rational_quadratic_spline": (lambda: dict(bin_widths=c(1.0, 1.0), bin_heights=c(0.5, 1.5),
                                                   knot_slopes=c(0.7), range_min=c(-1.0)),
                                      np.array([-0.7, -0.1, 0.6]), 0, "flat", "flat"),
    "tfb_rayleigh_cdf": (lambda: dict(scale=c(0.5)), POSITIVE_X, 0, "flat", "flat"),
    "tfb_real_nvp": (lambda: dict(num_masked=1.0, shift_and_log_scale_fn=_coupling),
                     np.array([0.5, -0.3, 0.2]), 1, "flat", "flat"),
    "tfb_reciprocal": (dict, POSITIVE_X, 0, "flat", "flat"),
    "tfb_reshape": (lambda: dict(event_shape_out=[2.0, 2.0]), np.array([0.5, -0.3, 0.2, 0.9]), 1,
                    "flat", "flat"),
    "tfb_scale": (lambda: dict(scale=c(-1.5)), SCALAR_X, 0, "flat", "flat"),
    "tfb_scale_matvec_diag": (lambda: dict(scale_diag=c(2.0, 0.5)), np.array([0.5, -0.3]), 1,
                              "flat", "flat"),
    "tfb_scale_matvec_linear_operator": (
        lambda: dict(scale=tf.linalg.LinearOperatorLowerTriangular(c([2.0, 0.0], [1.0, 0.5]))),
        np.array([0.5, -0.3]), 1, "flat", "flat"),
    "tfb_scale_matvec_lu": (lambda: dict(lower_upper=c([2.0, 1.0], [0.5, 3.0]), permutation=[0.0, 1.0]),
                            np.array([0.5, -0.3]), 1, "flat", "flat"),
    "tfb_scale_matvec_tri_l": (lambda: dict(scale_tril=c([2.0, 0.0], [1.0, 0.5])), np.array([0.5, -0.3]),
                               1, "flat", "flat"),
    "tfb_shift": (lambda: dict(shift=c(0.7)), SCALAR_X, 0, "flat", "flat"),
    "tfb_shifted_gompertz_cdf": (lambda: dict(concentration=c(0.8), rate=c(1.2)), POSITIVE_X, 0,
                                 "flat", "flat"),
    "tfb_sigmoid": (dict, SCALAR_X, 0, "flat", "flat"),
    "tfb_sinh": (dict, SCALAR_X, 0, "flat", "flat"),
    "tfb_sinh_arcsinh": (lambda: dict(skewness=c(0.5), tailweight=c(1.5)), SCALAR_X, 0, "flat", "flat"),
    "tfb_softmax_centered": (dict, np.array([0.5, -0.3]), 1, "flat", "flat"),
    "tfb_softplus": (lambda: dict(hinge_softness=c(0.7), low=c(0.1)), SCALAR_X, 0, "flat", "flat"),
    "tfb_softsign": (dict, SCALAR_X, 0, "flat", "flat"),
    "tfb_split": (lambda: dict(num_or_size_splits=[2.0, 1.0]), np.array([0.5, -0.3, 0.2]), 1,
                  "flat", "flat"),
    "tfb_square": (dict, POSITIVE_X, 0, "flat", "flat"),
    "tfb_tanh": (dict, SCALAR_X, 0, "flat", "flat"),
    "tfb_transform_diagonal": (lambda: dict(diag_bijector=tp.tfb_exp()), LOWER, 2, "tril", "tril"),
    "tfb_transpose": (lambda: dict(rightmost_transposed_ndims=2.0), np.array([[0.5, -0.3, 0.2],
                                                                               [0.9, 1.1, -2.0]]), 2,
                      "flat", "flat"),
    "tfb_weibull_cdf": (lambda: dict(scale=c(1.5), concentration=c(2.0)), POSITIVE_X, 0, "flat", "flat"),
}
# One of each kind stays in the quick loop: scalar, vector, triangular, into the simplex, a
# list of parts, a network-driven flow, a composition.
FAST = ("tfb_exp", "tfb_shift", "tfb_scale_matvec_tri_l", "tfb_cholesky_outer_product",
        "tfb_softmax_centered", "tfb_split", "tfb_masked_autoregressive_flow", "tfb_chain",
        "tfb_fill_scale_tri_l")
# TFP 0.25 no longer has these classes: each call is an error naming the successor.
REMOVED = {
    "tfb_affine": "tfb_shift(shift)(tfb_scale_matvec_tri_l(scale_tril))",
    "tfb_affine_linear_operator": "tfb_shift(shift)(tfb_scale_matvec_linear_operator(scale))",
    "tfb_affine_scalar": "tfb_shift(shift)(tfb_scale(scale))",
    "tfb_gumbel": "tfb_gumbel_cdf(loc, scale)",
    "tfb_kumaraswamy": "tfb_kumaraswamy_cdf(concentration1, concentration0)",
    "tfb_ordered": "tfb_invert(tfb_ascending())",
    "tfb_scale_tri_l": "tfb_fill_scale_tri_l(diag_bijector, diag_shift)",
    "tfb_weibull": "tfb_weibull_cdf(scale, concentration)",
}
# Not bijections, or functions rather than bijectors: tested on their own below.
OWN_TESTS = ("tfb_absolute_value", "tfb_glow", "tfb_masked_dense",
             "tfb_masked_autoregressive_default_template", "tfb_real_nvp_default_template")


def test_the_table_covers_every_bijector_constructor():
    assert sorted([*CASES, *REMOVED, *OWN_TESTS]) == sorted(tp.bijectors.__all__)


@pytest.mark.parametrize("name", slow_except(sorted(CASES), *FAST))
def test_bijector_round_trips_and_its_log_det_jacobian_is_the_numerical_one(name):
    arguments, x, event_ndims, in_coords, out_coords = CASES[name]
    bijector = getattr(tp, name)(**arguments())
    x = tf.constant(x, F64)

    y = tp.tfb_forward(bijector, x)
    np.testing.assert_allclose(_flat(tp.tfb_inverse(bijector, y)), _flat(x), rtol=1e-6, atol=1e-8)

    fldj = tp.tfb_forward_log_det_jacobian(bijector, x, event_ndims=event_ndims)
    ildj = tp.tfb_inverse_log_det_jacobian(bijector, y,
                                           event_ndims=bijector.forward_event_ndims(event_ndims))
    if event_ndims == 0:
        step = 1e-6
        derivative = (bijector.forward(x + step) - bijector.forward(x - step)) / (2 * step)
        expected = np.log(np.abs(derivative.numpy()))
    else:
        expected = _log_volume(bijector, x, in_coords, out_coords)
    # A constant Jacobian gives one value for all events.
    expected = np.reshape(expected, -1)
    np.testing.assert_allclose(np.broadcast_to(np.reshape(fldj, -1), expected.shape), expected,
                               rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(np.broadcast_to(np.reshape(ildj, -1), expected.shape), -expected,
                               rtol=1e-5, atol=1e-6)


# The scalar bijectors' closed forms at the table's arguments: the arguments reach TFP's
# class as the documented parameters (the round trip alone would not notice a swap).
def _norm_cdf(x):
    from math import erf

    return 0.5 * (1 + np.vectorize(erf)(x / np.sqrt(2)))


CLOSED_FORMS = {
    "tfb_chain": lambda x: np.exp(x) + 1,
    "tfb_exp": np.exp,
    "tfb_expm1": np.expm1,
    "tfb_gompertz_cdf": lambda x: 1 - np.exp(-0.8 * (np.exp(1.2 * x) - 1)),
    "tfb_gumbel_cdf": lambda x: np.exp(-np.exp(-(x - 0.2) / 1.5)),
    "tfb_identity": lambda x: x,
    "tfb_inline": np.exp,
    "tfb_invert": np.log,
    "tfb_kumaraswamy_cdf": lambda x: 1 - (1 - x ** 2.0) ** 0.7,
    "tfb_normal_cdf": _norm_cdf,
    "tfb_power_transform": lambda x: (1 + 2 * x) ** 0.5,
    "tfb_rayleigh_cdf": lambda x: 1 - np.exp(-(x / 0.5) ** 2 / 2),
    "tfb_reciprocal": lambda x: 1 / x,
    "tfb_scale": lambda x: -1.5 * x,
    "tfb_shift": lambda x: x + 0.7,
    "tfb_shifted_gompertz_cdf": lambda x: (1 - np.exp(-1.2 * x)) * np.exp(-np.exp(-1.2 * x) / 0.8),
    "tfb_sigmoid": lambda x: 1 / (1 + np.exp(-x)),
    "tfb_sinh": np.sinh,
    "tfb_sinh_arcsinh": lambda x: np.sinh((np.arcsinh(x) + 0.5) * 1.5) * 2 / np.sinh(np.arcsinh(2) * 1.5),
    "tfb_softplus": lambda x: 0.7 * np.log1p(np.exp(x / 0.7)) + 0.1,
    "tfb_softsign": lambda x: x / (1 + np.abs(x)),
    "tfb_square": np.square,
    "tfb_tanh": np.tanh,
    "tfb_weibull_cdf": lambda x: 1 - np.exp(-(x / 1.5) ** 2.0),
}


@pytest.mark.parametrize("name", slow_except(sorted(CLOSED_FORMS), "tfb_gumbel_cdf", "tfb_softplus"))
def test_scalar_bijector_computes_its_closed_form(name):
    arguments, x, *_ = CASES[name]
    bijector = getattr(tp, name)(**arguments())
    np.testing.assert_allclose(tp.tfb_forward(bijector, tf.constant(x, F64)), CLOSED_FORMS[name](x),
                               rtol=1e-10)


def _log_volume(bijector, x, in_coords, out_coords):
    """``log|det J|`` of the central-difference Jacobian over the free coordinates of one event.

    Events along a leading batch axis are taken one at a time. For a map into a
    larger space, half the log-determinant of ``t(J) J``.
    """
    x = x.numpy()
    if in_coords == "flat" and x.ndim > 1 and x.shape[0] > 1 and bijector.forward_min_event_ndims == 1:
        return np.array([_log_volume(bijector, tf.constant(row[None], F64), in_coords, out_coords)
                         for row in x])
    free = _coordinates(x, in_coords)
    step = 1e-6
    columns = []
    for i in range(free.size):
        shifted = [free.copy(), free.copy()]
        shifted[0][i] += step
        shifted[1][i] -= step
        outputs = [_coordinates(_flat_parts(bijector.forward(tf.constant(_event(s, x, in_coords), F64))),
                                out_coords) for s in shifted]
        columns.append((outputs[0] - outputs[1]) / (2 * step))
    jacobian = np.stack(columns, axis=1)
    if jacobian.shape[0] == jacobian.shape[1]:
        return np.linalg.slogdet(jacobian)[1]
    return 0.5 * np.linalg.slogdet(jacobian.T @ jacobian)[1]


def _coordinates(value, kind):
    value = np.asarray(value)
    if kind == "flat":
        return value.reshape(-1).copy()
    if kind == "drop_last":  # a probability vector: the last element is 1 minus the others
        return value.reshape(-1)[:-1].copy()
    n = value.shape[-1]
    rows, cols = np.tril_indices(n, k=-1 if kind == "strict_tril" else 0)
    return value[..., rows, cols].reshape(-1).copy()


def _event(free, like, kind):
    if kind == "flat":
        return free.reshape(like.shape)
    event = np.zeros(like.shape)
    rows, cols = np.tril_indices(like.shape[-1])
    event[..., rows, cols] = free
    return event


def _flat_parts(value):
    """A tensor, or the concatenation of a list of parts (``tfb_split()``), as one numpy array."""
    if isinstance(value, (list, tuple)):
        return np.concatenate([np.reshape(part, -1) for part in value])
    return value.numpy()


def _flat(value):
    return _flat_parts(value).reshape(-1)


@pytest.mark.parametrize("name", sorted(REMOVED))
def test_a_class_tfp_removed_is_an_error_naming_the_successor(name):
    with pytest.raises(NotImplementedError, match=r"TensorFlow Probability 0\.25 no longer has") as error:
        getattr(tp, name)()
    assert REMOVED[name] in str(error.value)
    assert f"{name}()" in str(error.value)


def test_a_removed_function_still_binds_its_r_formals():
    with pytest.raises(TypeError, match=r"^tfb_gumbel\(\): got an unexpected keyword argument 'location'"):
        tp.tfb_gumbel(location=1)


def test_the_successor_of_a_renamed_class_takes_the_same_arguments():
    x = tf.constant([0.0, 0.1, 0.2])
    np.testing.assert_allclose(tp.tfb_forward(tp.tfb_weibull_cdf(1.5, 2), x),
                               -np.expm1(-((x.numpy() / 1.5) ** 2)), rtol=1e-6)
    ordered = tp.tfb_invert(tp.tfb_ascending())
    np.testing.assert_allclose(tp.tfb_forward(ordered, [1.0, 2.0, 4.0]), [1.0, 0.0, np.log(2.0)],
                               atol=1e-6)


def test_absolute_value_inverts_to_both_preimages():
    bijector = tp.tfb_absolute_value()
    assert tp.tfb_forward(bijector, -1.5).numpy() == 1.5
    negative, positive = tp.tfb_inverse(bijector, 1.5)
    assert (negative.numpy(), positive.numpy()) == (-1.5, 1.5)


@pytest.mark.slow
def test_glow_round_trips_a_small_image():
    bijector = tp.tfb_glow(output_shape=[4.0, 4.0, 1.0], num_glow_blocks=1.0, num_steps_per_block=1.0,
                           coupling_bijector_fn=tfb.GlowDefaultNetwork, seed=1.0)
    z = tf.random.stateless_normal([2, 16], seed=[1, 2])
    image = tp.tfb_forward(bijector, z)
    assert image.shape == (2, 4, 4, 1)
    np.testing.assert_allclose(tp.tfb_inverse(bijector, image), z, atol=1e-4)


def test_masked_dense_masks_blocks_autoregressively():
    inputs = np.arange(8.0).reshape(2, 4)  # an R matrix arrives as a float64 array
    outputs = tp.tfb_masked_dense(inputs=inputs, units=6.0, num_blocks=2.0, exclusive=True)
    assert outputs.shape == (2, 6) and outputs.dtype == tf.float32
    # Exclusive: the first output block sees no input block, so it is the (zero) bias.
    np.testing.assert_array_equal(outputs[:, :3], np.zeros((2, 3)))


@pytest.mark.parametrize("template", ["tfb_masked_autoregressive_default_template",
                                      "tfb_real_nvp_default_template"])
def test_tfp_template_networks_drive_their_flows(template):
    network = getattr(tp, template)(hidden_layers=[7.0, 7.0])
    if template == "tfb_masked_autoregressive_default_template":
        flow = tp.tfb_masked_autoregressive_flow(shift_and_log_scale_fn=network)
    else:
        flow = tp.tfb_real_nvp(num_masked=1.0, shift_and_log_scale_fn=network)
    x = tf.constant([[0.3, -0.2, 0.5]])
    np.testing.assert_allclose(tp.tfb_inverse(flow, tp.tfb_forward(flow, x)), x, atol=1e-5)


# --- R values, composition, transformation ---------------------------------------------------

def test_r_values_build_float32_bijectors():
    # As reticulate delivers c(2, 20), 1L-less whole numbers and list(c(0, 1)).
    assert tp.tfb_scale_matvec_diag(scale_diag=[2.0, 20.0]).dtype == tf.float32
    assert tp.tfb_permute(permutation=[1.0, 3.0, 0.0, 2.0], axis=-1.0).permutation.numpy().tolist() == [
        1, 3, 0, 2]
    assert tp.tfb_pad(paddings=[[0.0, 1.0]], axis=-1.0).forward([1.0, 2.0]).shape == (3,)
    assert tp.tfb_cumsum(axis=-1.0).forward([1.0, 1.0]).numpy().tolist() == [1.0, 2.0]


def test_methods_take_r_values_as_tensors_of_the_bijectors_type():
    y = tp.tfb_forward(tp.tfb_exp(), [0.0, 1.0])                  # no dtype of its own: float32
    assert y.dtype == tf.float32
    assert tp.tfb_forward(tp.tfb_shift(c(1.0)), [1.0]).dtype == tf.float64  # the bijector's
    matrix = np.asfortranarray([[1.0, 2.0], [3.0, 4.0]])           # an R matrix
    np.testing.assert_allclose(tp.tfb_forward(tp.tfb_square(), matrix), matrix ** 2)
    assert tp.tfb_forward_log_det_jacobian(tp.tfb_exp(), [0.0, 1.0], event_ndims=1.0).numpy() == 1.0
    # A list of parts stays a list (the inverse of a split); nested numbers are one tensor.
    parts = tp.tfb_forward(tp.tfb_split([2.0, 1.0]), [1.0, 2.0, 3.0])
    assert tp.tfb_inverse(tp.tfb_split([2.0, 1.0]), parts).numpy().tolist() == [1.0, 2.0, 3.0]
    assert tp.tfb_forward(tp.tfb_pad(), [[1.0, 2.0], [3.0, 4.0]]).shape == (2, 3)


def test_readme_affine_example_gives_its_printed_values():
    # R tfprobability's README: b <- tfb_shift(3.33)(tfb_scale(0.5)); b %>% tfb_forward(c(100, 1000, 10000))
    b = tp.tfb_shift(3.33)(tp.tfb_scale(0.5))
    y = tp.tfb_forward(b, [100.0, 1000.0, 10000.0])
    assert y.dtype == tf.float32
    np.testing.assert_allclose(y, [53.33, 503.33, 5003.33], rtol=1e-6)


def test_a_bijector_called_on_a_bijector_composes_them_as_a_chain():
    composed = tp.tfb_shift(1.0)(tp.tfb_exp())
    chained = tp.tfb_chain([tp.tfb_shift(1.0), tp.tfb_exp()])
    x = [0.0, 0.5]
    np.testing.assert_allclose(tp.tfb_forward(composed, x), tp.tfb_forward(chained, x))
    np.testing.assert_allclose(tp.tfb_forward(composed, x), np.exp(x) + 1, rtol=1e-6)


def test_a_bijector_called_on_a_distribution_transforms_it():
    log_normal = tp.tfb_exp()(tp.tfd_normal(0.0, 1.0))
    assert isinstance(log_normal, tfd.TransformedDistribution)
    expected = tfd.LogNormal(0.0, 1.0).log_prob([0.5, 2.0])
    np.testing.assert_allclose(tp.tfd_log_prob(log_normal, [0.5, 2.0]), expected, rtol=1e-6)


def test_discrete_cosine_transform_round_trips_an_r_column_matrix():
    x = np.asfortranarray(np.array([[0.2], [0.7], [0.4]]))
    b = tp.tfb_discrete_cosine_transform()
    np.testing.assert_allclose(tp.tfb_inverse(b, tp.tfb_forward(b, x)), x, atol=1e-6)


@pytest.mark.slow
def test_a_masked_autoregressive_flow_of_layer_autoregressive_trains():
    flow = tfd.TransformedDistribution(
        distribution=tfd.Sample(tp.tfd_normal(0.0, 1.0), [2]),
        bijector=tp.tfb_masked_autoregressive_flow(
            shift_and_log_scale_fn=tp.layer_autoregressive(params=2, hidden_units=[10.0, 10.0])))
    data = tf.random.stateless_normal([200, 2], seed=[3, 4]) * [0.5, 2.0] + [1.0, -1.0]
    optimizer = tf.optimizers.Adam(0.05)
    losses = []
    for _ in range(30):
        with tf.GradientTape() as tape:
            loss = -tf.reduce_mean(flow.log_prob(data))
        variables = flow.trainable_variables
        optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables))
        losses.append(float(loss))
    assert variables and losses[-1] < losses[0] - 0.3
    assert tp.tfd_sample(flow, 3).shape == (3, 2)
