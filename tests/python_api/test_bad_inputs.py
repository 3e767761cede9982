"""Every bad input a clear error (issue 13): a catalogue across tfprobr's public API.

Each case is a call with one bad argument, as it arrives from Python or from R
through reticulate (an R double, ``NA`` as ``True``, ``NA_integer_`` as
-2147483648, ``NULL`` as ``None``, a character vector as a list of str, a matrix
of the wrong shape, NaN/Inf, an unknown string, a wrong object). It must raise
the given exception from tfprobr's own checks, with a message of at most a few
lines that names the argument and shows the value. Cases that take a model
also check that the model is left as it was; the demo's cases, that nothing is
written.
"""

import math

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

import tfprobr as tp
from tfprobr.cli import main
from tfprobr._internal.r_defaults import REQUIRED

NA_INTEGER = -2147483648  # R's NA_integer_, as reticulate delivers it (the test's own oracle)

MAX_LINES = 5


def _normal():
    return tp.tfd_normal(loc=0.0, scale=1.0)


def _model():
    return tp.layer_dense_flipout(tp.keras_model_sequential(input_shape=3), units=2)


def _x():
    return np.zeros((4, 3), "float32")


# (id, call, exception, argument named in the message, value shown in the message)
CASES = [
    # Bayesian layers: whole numbers, functions, options.
    ("units_fraction", lambda: tp.layer_dense_flipout(units=2.5), ValueError, "units", "2.5"),
    ("units_NA", lambda: tp.layer_dense_flipout(units=True), TypeError, "units", "True"),
    ("units_NA_integer", lambda: tp.layer_dense_flipout(units=NA_INTEGER), ValueError, "units", "NA"),
    ("units_NULL", lambda: tp.layer_dense_reparameterization(units=None), TypeError, "units", "None"),
    ("units_character", lambda: tp.layer_dense_flipout(units="10"), TypeError, "units", "'10'"),
    ("units_character_vector", lambda: tp.layer_dense_flipout(units=["10"]), TypeError, "units", "['10']"),
    ("units_NaN", lambda: tp.layer_dense_local_reparameterization(units=math.nan), ValueError, "units", "nan"),
    ("units_Inf", lambda: tp.layer_dense_local_reparameterization(units=math.inf), ValueError, "units", "inf"),
    ("units_zero", lambda: tp.layer_dense_flipout(units=0.0), ValueError, "units", "0.0"),
    ("units_vector", lambda: tp.layer_dense_flipout(units=[2.0, 3.0]), TypeError, "units", "[2.0, 3.0]"),
    ("units_missing", lambda: tp.layer_dense_flipout(), TypeError, "units", "layer_dense_flipout"),
    ("posterior_fn_string", lambda: tp.layer_dense_flipout(units=2, kernel_posterior_fn="normal"),
     TypeError, "kernel_posterior_fn", "'normal'"),
    ("divergence_fn_number", lambda: tp.layer_dense_flipout(units=2, kernel_divergence_fn=3.0),
     TypeError, "kernel_divergence_fn", "3.0"),
    ("activation_unknown", lambda: tp.layer_dense_flipout(units=2, activation="rleu"),
     ValueError, "activation", "'rleu'"),
    ("activation_number", lambda: tp.layer_dense_reparameterization(units=2, activation=1.0),
     TypeError, "activation", "1.0"),
    ("flipout_seed_fraction", lambda: tp.layer_conv_1d_flipout(filters=2, kernel_size=3, seed=0.5),
     ValueError, "seed", "0.5"),
    ("conv_padding_unknown", lambda: tp.layer_conv_1d_reparameterization(filters=2, kernel_size=3, padding="full"),
     ValueError, "padding", "'full'"),
    ("conv_data_format_unknown", lambda: tp.layer_conv_2d_flipout(filters=2, kernel_size=3, data_format="nchw"),
     ValueError, "data_format", "'nchw'"),
    ("conv_kernel_size_too_long", lambda: tp.layer_conv_2d_reparameterization(filters=2, kernel_size=[3.0, 3.0, 3.0]),
     ValueError, "kernel_size", "[3.0, 3.0, 3.0]"),
    ("conv_kernel_size_matrix", lambda: tp.layer_conv_2d_reparameterization(
        filters=2, kernel_size=np.array([[3.0, 3.0], [3.0, 3.0]])), ValueError, "kernel_size", "3."),
    ("conv_strides_zero", lambda: tp.layer_conv_3d_flipout(filters=2, kernel_size=2, strides=0.0),
     ValueError, "strides", "0.0"),
    ("conv_filters_NA", lambda: tp.layer_conv_3d_reparameterization(filters=True, kernel_size=2),
     TypeError, "filters", "True"),
    ("autoregressive_input_order_unknown", lambda: tp.layer_autoregressive(params=2, input_order="up"),
     ValueError, "input_order", "'up'"),
    ("autoregressive_input_order_fraction", lambda: tp.layer_autoregressive(params=2, input_order=[1.0, 2.5]),
     ValueError, "input_order[1]", "2.5"),
    ("autoregressive_hidden_degrees_unknown", lambda: tp.layer_autoregressive(params=2, hidden_degrees="uniform"),
     ValueError, "hidden_degrees", "'uniform'"),
    ("autoregressive_hidden_units_zero", lambda: tp.layer_autoregressive(params=2, hidden_units=[4.0, 0.0]),
     ValueError, "hidden_units[1]", "0.0"),
    ("autoregressive_params_NaN", lambda: tp.layer_autoregressive(params=math.nan), ValueError, "params", "nan"),
    ("dense_variational_posterior_string", lambda: tp.layer_dense_variational(
        units=2, make_posterior_fn="normal", make_prior_fn=tp.layer_variable),
     TypeError, "make_posterior_fn", "'normal'"),
    ("dense_variational_kl_weight_string", lambda: tp.layer_dense_variational(
        units=2, make_posterior_fn=tp.layer_variable, make_prior_fn=tp.layer_variable, kl_weight="a"),
     TypeError, "kl_weight", "'a'"),
    ("variable_shape_negative", lambda: tp.layer_variable(shape=-1.0), ValueError, "shape", "-1.0"),
    ("variable_shape_character", lambda: tp.layer_variable(shape="3"), TypeError, "shape", "'3'"),
    ("variable_dtype_unknown", lambda: tp.layer_variable(shape=2, dtype="float33"), TypeError, "dtype", "'float33'"),
    ("object_string", lambda: tp.layer_dense_flipout("model", units=2), TypeError, "object", "'model'"),
    ("object_character_matrix", lambda: tp.layer_dense_flipout(np.array([["a", "b"]]), units=2),
     TypeError, "object", "'a'"),
    ("object_matrix_wrong_shape", lambda: tp.layer_conv_2d_flipout(np.zeros((4, 3)), filters=2, kernel_size=3),
     ValueError, "object", "(4, 3)"),
    # Distribution layers.
    ("event_shape_negative", lambda: tp.layer_independent_normal(event_shape=-1.0), ValueError, "event_shape", "-1.0"),
    ("event_shape_character", lambda: tp.layer_independent_logistic(event_shape="2"), TypeError, "event_shape", "'2'"),
    ("event_size_NA", lambda: tp.layer_multivariate_normal_tri_l(event_size=True), TypeError, "event_size", "True"),
    ("num_components_zero", lambda: tp.layer_mixture_normal(num_components=0.0), ValueError, "num_components", "0.0"),
    ("convert_to_tensor_fn_unknown", lambda: tp.layer_independent_normal(event_shape=1, convert_to_tensor_fn="meen"),
     ValueError, "convert_to_tensor_fn", "'meen'"),
    ("make_distribution_fn_NULL", lambda: tp.layer_distribution_lambda(make_distribution_fn=None),
     TypeError, "make_distribution_fn", "None"),
    ("component_layer_string", lambda: tp.layer_mixture_same_family(num_components=2, component_layer="normal"),
     TypeError, "component_layer", "'normal'"),
    ("kl_distribution_b_string", lambda: tp.layer_kl_divergence_add_loss(distribution_b="normal"),
     TypeError, "distribution_b", "'normal'"),
    ("kl_weight_NaN", lambda: tp.layer_kl_divergence_regularizer(distribution_b=_normal(), weight=math.nan),
     ValueError, "weight", "nan"),
    ("vgp_kernel_provider_a_kernel_name", lambda: tp.layer_variational_gaussian_process(
        num_inducing_points=4, kernel_provider="ExponentiatedQuadratic"),
     TypeError, "kernel_provider", "'ExponentiatedQuadratic'"),
    ("vgp_num_inducing_points_fraction", lambda: tp.layer_variational_gaussian_process(
        num_inducing_points=2.5, kernel_provider=None), ValueError, "num_inducing_points", "2.5"),
    ("params_size_event_size_negative", lambda: tp.params_size_independent_normal(-2.0), ValueError, "event_size", "-2.0"),
    ("params_size_event_size_character", lambda: tp.params_size_one_hot_categorical("3"), TypeError, "event_size", "'3'"),
    ("params_size_num_components_fraction", lambda: tp.params_size_mixture_normal(1.5), ValueError, "num_components", "1.5"),
    ("params_size_component_NULL", lambda: tp.params_size_mixture_same_family(2, None),
     TypeError, "component_params_size", "None"),
    # Distributions.
    ("normal_loc_character", lambda: tp.tfd_normal(loc="a", scale=1.0), TypeError, "loc", "'a'"),
    ("normal_scale_missing", lambda: tp.tfd_normal(loc=0.0), TypeError, "scale", "tfd_normal"),
    ("normal_matrices_of_wrong_shapes", lambda: tp.tfd_normal(loc=np.zeros((2, 3)), scale=np.ones((3, 2))),
     ValueError, "scale", "(3, 2)"),
    ("independent_not_a_distribution", lambda: tp.tfd_independent(distribution="normal"),
     TypeError, "distribution", "'normal'"),
    ("independent_ndims_negative", lambda: tp.tfd_independent(_normal(), reinterpreted_batch_ndims=-1.0),
     ValueError, "reinterpreted_batch_ndims", "-1.0"),
    ("bernoulli_dtype_unknown", lambda: tp.tfd_bernoulli(probs=0.5, dtype="int33"), TypeError, "dtype", "'int33'"),
    ("mixture_not_a_distribution", lambda: tp.tfd_mixture_same_family(
        mixture_distribution=1.0, components_distribution=_normal()), TypeError, "mixture_distribution", "1.0"),
    ("sample_distribution_shape_fraction", lambda: tp.tfd_sample_distribution(_normal(), sample_shape=2.5),
     ValueError, "sample_shape", "2.5"),
    ("joint_model_not_a_function", lambda: tp.tfd_joint_distribution_sequential(model=[_normal(), 1.0]),
     TypeError, "model[1]", "1.0"),
    # Methods of distributions.
    ("mean_of_a_string", lambda: tp.tfd_mean("normal"), TypeError, "distribution", "'normal'"),
    ("sample_of_NULL", lambda: tp.tfd_sample(None), TypeError, "distribution", "None"),
    ("log_prob_of_a_model", lambda: tp.tfd_log_prob(_model(), 1.0), TypeError, "distribution", "Sequential"),
    ("log_prob_character_value", lambda: tp.tfd_log_prob(_normal(), ["a"]), TypeError, "value", "'a'"),
    ("sample_shape_negative", lambda: tp.tfd_sample(_normal(), sample_shape=-1.0), ValueError, "sample_shape", "-1.0"),
    ("sample_shape_fraction", lambda: tp.tfd_sample(_normal(), 2.5), ValueError, "sample_shape", "2.5"),
    ("kl_divergence_other_string", lambda: tp.tfd_kl_divergence(_normal(), "normal"), TypeError, "other", "'normal'"),
    ("cross_entropy_other_number", lambda: tp.tfd_cross_entropy(_normal(), 1.0), TypeError, "other", "1.0"),
    ("stddev_of_a_tensor", lambda: tp.tfd_stddev(np.zeros(3)), TypeError, "distribution", "array"),
    # Helpers.
    ("kl_weight_character", lambda: tp.kl_divergence_fn(weight="a"), TypeError, "weight", "'a'"),
    ("kl_weight_NaN", lambda: tp.kl_divergence_fn(weight=math.nan), ValueError, "weight", "nan"),
    ("kl_weight_NA", lambda: tp.kl_divergence_fn(weight=True), TypeError, "weight", "True"),
    ("normal_fn_event_size_zero", lambda: tp.normal_distribution_fn(event_size=0.0), ValueError, "event_size", "0.0"),
    ("normal_fn_min_scale_Inf", lambda: tp.normal_distribution_fn(min_scale=math.inf), ValueError, "min_scale", "inf"),
    ("tensor_columns_zero", lambda: tp.tensor_columns(_x(), 0.0), ValueError, "columns", "0.0"),
    ("tensor_columns_out_of_range", lambda: tp.tensor_columns(_x(), [1.0, 5.0]), ValueError, "columns", "5"),
    ("tensor_columns_character", lambda: tp.tensor_columns(_x(), ["a"]), TypeError, "columns", "'a'"),
    ("tensor_scale_character", lambda: tp.tensor_scale(_x(), scale="a"), TypeError, "scale", "'a'"),
    ("tensor_softplus_NaN", lambda: tp.tensor_softplus(_x(), shift=math.nan), ValueError, "shift", "nan"),
    ("tensor_scale_x_character", lambda: tp.tensor_scale(np.array([["a"]]), 2.0), TypeError, "x", "'a'"),
    ("set_random_seed_fraction", lambda: tp.set_random_seed(1.5), ValueError, "seed", "1.5"),
    ("set_random_seed_NA", lambda: tp.set_random_seed(True), TypeError, "seed", "True"),
    ("set_random_seed_too_large", lambda: tp.set_random_seed(2.0**32), ValueError, "seed", "4294967296"),
    ("set_random_seed_character", lambda: tp.set_random_seed("a"), TypeError, "seed", "'a'"),
    ("use_keras3_character", lambda: tp.use_keras3("yes"), TypeError, "enable", "'yes'"),
    ("negloglik_not_a_distribution", lambda: tp.negloglik(_x(), _x()), TypeError, "distribution", "array"),
    # Models and inputs.
    ("sequential_layers_number", lambda: tp.keras_model_sequential(layers=[1.0]), TypeError, "layers[0]", "1.0"),
    ("sequential_layers_character", lambda: tp.keras_model_sequential(layers=["dense"]),
     TypeError, "layers[0]", "'dense'"),
    ("sequential_input_shape_character", lambda: tp.keras_model_sequential(input_shape="3"),
     TypeError, "input_shape", "'3'"),
    ("sequential_input_shape_negative", lambda: tp.keras_model_sequential(input_shape=-3.0),
     ValueError, "input_shape", "-3.0"),
    ("sequential_batch_size_fraction", lambda: tp.keras_model_sequential(input_shape=3, batch_size=2.5),
     ValueError, "batch_size", "2.5"),
    ("keras_model_inputs_array", lambda: tp.keras_model(np.zeros(3), tp.layer_input(shape=2)),
     TypeError, "inputs", "array"),
    ("keras_model_outputs_string", lambda: tp.keras_model(tp.layer_input(shape=2), [tp.layer_input(shape=2), "y"]),
     TypeError, "outputs[1]", "'y'"),
    ("input_shape_character", lambda: tp.layer_input(shape="3"), TypeError, "shape", "'3'"),
    ("input_shape_fraction", lambda: tp.layer_input(shape=[2.0, 0.5]), ValueError, "shape[1]", "0.5"),
    ("input_no_shape", lambda: tp.layer_input(), TypeError, "shape", "layer_input"),
    ("bernoulli_layer_event_shape_NA", lambda: tp.layer_independent_bernoulli(event_shape=True),
     TypeError, "event_shape", "True"),
    ("poisson_layer_event_shape_character", lambda: tp.layer_independent_poisson(event_shape=["2"]),
     TypeError, "event_shape", "'2'"),
    ("one_hot_layer_event_size_NA_integer", lambda: tp.layer_one_hot_categorical(event_size=NA_INTEGER),
     ValueError, "event_size", "NA"),
    ("categorical_mixture_num_components_NaN", lambda: tp.layer_categorical_mixture_of_one_hot_categorical(
        event_size=2, num_components=math.nan), ValueError, "num_components", "nan"),
    ("mixture_logistic_event_shape_fraction", lambda: tp.layer_mixture_logistic(num_components=2, event_shape=1.5),
     ValueError, "event_shape", "1.5"),
    # Bijectors, their methods, the autoregressive transform and the blockwise initializer.
    ("permute_permutation_fraction", lambda: tp.tfb_permute(permutation=[1.5, 0.0]), ValueError,
     "permutation", "1.5"),
    ("permute_permutation_character", lambda: tp.tfb_permute(permutation=["1", "0"]), TypeError,
     "permutation", "'1'"),
    ("cumsum_axis_fraction", lambda: tp.tfb_cumsum(axis=0.5), ValueError, "axis", "0.5"),
    ("chain_bijectors_string", lambda: tp.tfb_chain([tp.tfb_exp(), "sigmoid"]), TypeError,
     "bijectors[1]", "'sigmoid'"),
    ("invert_bijector_distribution", lambda: tp.tfb_invert(_normal()), TypeError, "bijector", "Normal"),
    ("maf_fn_number", lambda: tp.tfb_masked_autoregressive_flow(shift_and_log_scale_fn=3.0), TypeError,
     "shift_and_log_scale_fn", "3.0"),
    ("shift_character", lambda: tp.tfb_shift("a"), TypeError, "shift", "'a'"),
    ("forward_log_det_jacobian_event_ndims_fraction",
     lambda: tp.tfb_forward_log_det_jacobian(tp.tfb_exp(), 1.0, event_ndims=0.5), ValueError,
     "event_ndims", "0.5"),
    ("forward_x_character", lambda: tp.tfb_forward(tp.tfb_exp(), "a"), TypeError, "x", "'a'"),
    ("autoregressive_transform_made_string", lambda: tp.layer_autoregressive_transform(made="made"),
     TypeError, "made", "'made'"),
    ("blockwise_sizes_NA", lambda: tp.initializer_blockwise(["zeros", "ones"], sizes=[True, 1.0]),
     TypeError, "sizes[0]", "True"),
    # R keras' functions (family "keras").
    ("dense_units_NA", lambda: tp.layer_dense(units=True), TypeError, "units", "True"),
    ("flatten_data_format_unknown", lambda: tp.layer_flatten(data_format="rows"),
     ValueError, "data_format", "'rows'"),
    ("dropout_rate_above_one", lambda: tp.layer_dropout(rate=1.5), ValueError, "rate", "1.5"),
    ("reshape_target_shape_character", lambda: tp.layer_reshape(target_shape="2, 3"),
     TypeError, "target_shape", "'2, 3'"),
    ("activation_layer_unknown", lambda: tp.layer_activation(activation="rleu"),
     ValueError, "activation", "'rleu'"),
    ("lambda_f_character", lambda: tp.layer_lambda(f="abs"), TypeError, "f", "'abs'"),
    ("concatenate_axis_fraction", lambda: tp.layer_concatenate(axis=1.5), ValueError, "axis", "1.5"),
    ("batch_normalization_axis_zero", lambda: tp.layer_batch_normalization(axis=0),
     ValueError, "axis", "0"),
    ("conv_1d_filters_NA", lambda: tp.layer_conv_1d(filters=True, kernel_size=3), TypeError, "filters", "True"),
    ("conv_2d_kernel_size_three", lambda: tp.layer_conv_2d(filters=2, kernel_size=[3, 3, 3]),
     ValueError, "kernel_size", "[3, 3, 3]"),
    ("conv_3d_strides_zero", lambda: tp.layer_conv_3d(filters=2, kernel_size=3, strides=0.0),
     ValueError, "strides", "0.0"),
    ("max_pooling_1d_pool_size_fraction", lambda: tp.layer_max_pooling_1d(pool_size=1.5),
     ValueError, "pool_size", "1.5"),
    ("max_pooling_2d_padding_unknown", lambda: tp.layer_max_pooling_2d(padding="full"),
     ValueError, "padding", "'full'"),
    ("max_pooling_3d_strides_character", lambda: tp.layer_max_pooling_3d(strides="2"),
     TypeError, "strides", "'2'"),
    ("average_pooling_1d_data_format_unknown", lambda: tp.layer_average_pooling_1d(data_format="nwc"),
     ValueError, "data_format", "'nwc'"),
    ("average_pooling_2d_pool_size_NA_integer", lambda: tp.layer_average_pooling_2d(pool_size=NA_INTEGER),
     ValueError, "pool_size", "NA"),
    ("average_pooling_3d_pool_size_two", lambda: tp.layer_average_pooling_3d(pool_size=[2, 2]),
     ValueError, "pool_size", "[2, 2]"),
    ("global_average_pooling_1d_data_format_NA", lambda: tp.layer_global_average_pooling_1d(data_format=True),
     TypeError, "data_format", "True"),
    ("global_average_pooling_2d_data_format_unknown",
     lambda: tp.layer_global_average_pooling_2d(data_format="nhwc"), ValueError, "data_format", "'nhwc'"),
    ("adam_ema_overwrite_frequency_fraction", lambda: tp.optimizer_adam(ema_overwrite_frequency=2.5),
     ValueError, "ema_overwrite_frequency", "2.5"),
    ("sgd_amsgrad", lambda: tp.optimizer_sgd(amsgrad=True), ValueError, "amsgrad", "True"),
    ("rmsprop_ema_overwrite_frequency_NA", lambda: tp.optimizer_rmsprop(ema_overwrite_frequency=True),
     TypeError, "ema_overwrite_frequency", "True"),
    ("adagrad_ema_overwrite_frequency_character", lambda: tp.optimizer_adagrad(ema_overwrite_frequency="10"),
     TypeError, "ema_overwrite_frequency", "'10'"),
    ("nadam_ema_overwrite_frequency_NaN", lambda: tp.optimizer_nadam(ema_overwrite_frequency=math.nan),
     ValueError, "ema_overwrite_frequency", "nan"),
    ("initializer_constant_character", lambda: tp.initializer_constant("half"), TypeError, "value", "'half'"),
    ("initializer_zeros_argument", lambda: tp.initializer_zeros(value=1), TypeError, "value",
     "initializer_zeros"),
    ("initializer_ones_argument", lambda: tp.initializer_ones(1), TypeError, "positional", "initializer_ones"),
    ("glorot_uniform_seed_fraction", lambda: tp.initializer_glorot_uniform(seed=1.5), ValueError, "seed", "1.5"),
    ("glorot_normal_seed_NA", lambda: tp.initializer_glorot_normal(seed=True), TypeError, "seed", "True"),
    ("random_normal_seed_character", lambda: tp.initializer_random_normal(seed="1"), TypeError, "seed", "'1'"),
    ("random_uniform_seed_NA_integer", lambda: tp.initializer_random_uniform(seed=NA_INTEGER),
     ValueError, "seed", "NA"),
    ("early_stopping_patience_negative", lambda: tp.callback_early_stopping(patience=-1.0),
     ValueError, "patience", "-1.0"),
    ("cast_to_floatx_character", lambda: tp.k_cast_to_floatx(["a", "b"]), TypeError, "x", "['a', 'b']"),
    ("constant_shape_fraction", lambda: tp.k_constant(1, shape=[2, 0.5]), ValueError, "shape[1]", "0.5"),
    ("get_weights_of_a_string", lambda: tp.get_weights("model"), TypeError, "object", "'model'"),
    ("get_weights_trainable_character", lambda: tp.get_weights(_model(), trainable="yes"),
     TypeError, "trainable", "'yes'"),
    ("set_weights_too_few", lambda: tp.set_weights(_model(), [np.zeros((3, 2))]), ValueError, "weights", "1"),
    ("save_model_hdf5_filepath_number", lambda: tp.save_model_hdf5(_model(), 3.0), TypeError, "filepath", "3.0"),
    ("load_model_hdf5_missing_file", lambda: tp.load_model_hdf5("no/such/model.h5"),
     FileNotFoundError, "filepath", "model.h5"),
    ("save_model_tf_filepath_NULL", lambda: tp.save_model_tf(_model(), None), TypeError, "filepath", "None"),
    ("load_model_tf_missing_file", lambda: tp.load_model_tf("no/such/model.keras"),
     FileNotFoundError, "filepath", "model.keras"),
    ("save_model_weights_hdf5_of_a_string", lambda: tp.save_model_weights_hdf5("model", "w.h5"),
     TypeError, "object", "'model'"),
    ("load_model_weights_hdf5_missing_file", lambda: tp.load_model_weights_hdf5(_model(), "no/such/w.h5"),
     FileNotFoundError, "filepath", "w.h5"),
]


def _generated_cases():
    """One case per function of the families whose functions differ only by name: the first
    argument bad, as R sends it (a character string, or NA for a whole number)."""
    import inspect

    cases = []
    for name in tp.distribution_methods.__all__:  # not a distribution
        parameters = inspect.signature(getattr(tp, name)).parameters
        extra = {"value": 1.0} if "value" in parameters else {"other": _normal()} if "other" in parameters else {}
        cases.append((f"{name}_of_a_string", lambda name=name, extra=extra: getattr(tp, name)("normal", **extra),
                      TypeError, "distribution", "'normal'"))
    for name in tp.distributions.__all__:  # a character string for the first parameter
        parameters = inspect.signature(getattr(tp, name)).parameters
        first = next(iter(parameters))
        others = {p: _normal() if "distribution" in p else 1.0 for p, parameter in parameters.items()
                  if p != first and parameter.default is REQUIRED}
        label = "model[0]" if first == "model" else first
        cases.append((f"{name}_{first}_character",
                      lambda name=name, first=first, others=others: getattr(tp, name)(**{first: "a"}, **others),
                      TypeError, label, "'a'"))
    for name in tp.bijector_methods.__all__:  # not a bijector
        cases.append((f"{name}_of_a_string", lambda name=name: getattr(tp, name)("exp", 1.0, 0.0)
                      if "jacobian" in name else getattr(tp, name)("exp", 1.0), TypeError, "bijector", "'exp'"))
    for name in tp.bijectors.__all__:  # a misspelt argument, as R's partial matching would not bind it
        parameters = inspect.signature(getattr(tp, name)).parameters
        if "kwargs" in parameters:  # takes any name: leave out the first, required, argument instead
            cases.append((f"{name}_missing", lambda name=name: getattr(tp, name)(), TypeError,
                          next(iter(parameters)), name))
            continue
        cases.append((f"{name}_misspelt_argument", lambda name=name: getattr(tp, name)(validate=True),
                      TypeError, "'validate'", name))
    for name in [n for n in tp.__all__ if n.startswith("params_size_")]:  # NA for a whole number
        first = next(iter(inspect.signature(getattr(tp, name)).parameters))
        cases.append((f"{name}_NA", lambda name=name: getattr(tp, name)(True, 2) if "mixture" in name or
                      "categorical_mixture" in name else getattr(tp, name)(True), TypeError, first, "True"))
    return cases


CASES += _generated_cases()


def _assert_clear(error, exception, argument, value):
    message = str(error.value)
    assert error.type is exception, f"{error.type.__name__}: {message}"
    assert argument in message, message
    assert value in message, message
    assert len(message.splitlines()) <= MAX_LINES, message
    # Raised by tfprobr's own checks, not from deep inside Keras or TFP.
    frames = [entry.path for entry in error.traceback]
    assert "tfprobr" in str(frames[-1]), f"raised in {frames[-1]}"


@pytest.mark.parametrize("call, exception, argument, value",
                         [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_bad_input_gets_a_clear_error(call, exception, argument, value):
    with pytest.raises(Exception) as error:
        call()
    _assert_clear(error, exception, argument, value)


# Bad layers for a model: the model must be left as it was.
MODEL_CASES = [
    ("units_NA", lambda model: tp.layer_dense_flipout(model, units=True), TypeError, "units", "True"),
    ("activation_unknown", lambda model: tp.layer_dense_reparameterization(model, units=2, activation="rleu"),
     ValueError, "activation", "'rleu'"),
    ("wrong_input_rank", lambda model: tp.layer_conv_2d_flipout(model, filters=2, kernel_size=3),
     ValueError, "object", "(None, 2)"),
    ("distribution_layer_too_few_params", lambda model: tp.layer_multivariate_normal_tri_l(model, event_size=3),
     ValueError, "object", "(None, 2)"),
    ("keras_dense_units_NA", lambda model: tp.layer_dense(model, units=True), TypeError, "units", "True"),
    ("keras_reshape_does_not_fit", lambda model: tp.layer_reshape(model, target_shape=[4, 4]),
     ValueError, "object", "(None, 2)"),
    # R keras' verbs (tfprobr.verbs; R's NA arrives there as NaN).
    ("compile_run_eagerly_NA", lambda model: tp.compile_model(model, run_eagerly=math.nan),
     TypeError, "run_eagerly", "NA"),
    ("fit_epochs_fraction", lambda model: tp.fit_model(model, _x(), np.zeros((4, 2)), epochs=2.5),
     ValueError, "epochs", "2.5"),
    ("evaluate_rows_differ", lambda model: tp.evaluate_model(model, _x(), np.zeros((3, 2))),
     ValueError, "`y` has 3", "`x` has 4"),
    ("predict_text", lambda model: tp.predict_model(model, ["a", "b"]), TypeError, "`x`", "'a'"),
]


@pytest.mark.parametrize("call, exception, argument, value",
                         [case[1:] for case in MODEL_CASES], ids=[case[0] for case in MODEL_CASES])
def test_bad_layer_leaves_the_model_unchanged(call, exception, argument, value):
    model = _model()
    layers, weights = list(model.layers), [w.numpy() for w in model.weights]
    with pytest.raises(Exception) as error:
        call(model)
    _assert_clear(error, exception, argument, value)
    assert model.layers == layers
    assert all(np.array_equal(w.numpy(), before) for w, before in zip(model.weights, weights))
    assert model(_x()).shape == (4, 2)


# The demo: (id, CSV text or None, arguments, option named, value shown)
DEMO_CASES = [
    ("missing_file", None, ["--data", "{tmp}/nope.csv", "--x", "a", "--y", "b"], "--data", "nope.csv"),
    ("missing_column", "a,b\n" + "1,2\n" * 30, ["--x", "a", "--y", "c"], "--y", "'c'"),
    ("non_numeric", "a,b\n" + "1,2\n" * 30 + "x,3\n", ["--x", "a", "--y", "b"], "--x", "'x'"),
    ("empty_file", "", ["--x", "a", "--y", "b"], "--data", "data.csv"),
    ("header_only", "a,b\n", ["--x", "a", "--y", "b"], "--data", "0 rows"),
    ("all_NaN", "a,b\n" + "1,\n" * 30, ["--x", "a", "--y", "b"], "--y", "'b'"),
    ("infinite", "a,b\n" + "1,2\n2,3\n" * 15 + "inf,3\n", ["--x", "a", "--y", "b"], "--x", "inf"),
    ("x_without_data", None, ["--x", "a", "--y", "b"], "--data", "--x"),
    ("out_under_a_file", "a,b\n" + "".join(f"{i},{2 * i}\n" for i in range(30)),
     ["--x", "a", "--y", "b", "--out", "{tmp}/data.csv/out"], "--out", "data.csv/out"),
    ("epochs_zero", None, ["--epochs", "0"], "--epochs", "0"),
]


@pytest.mark.parametrize("text, args, option, value", [case[1:] for case in DEMO_CASES],
                         ids=[case[0] for case in DEMO_CASES])
def test_bad_demo_input_is_a_short_error_and_writes_nothing(tmp_path, text, args, option, value):
    if text is not None:
        (tmp_path / "data.csv").write_text(text)
        args = ["--data", str(tmp_path / "data.csv"), *args]
    args = [arg.format(tmp=tmp_path) for arg in args]
    if "--out" not in args:
        args += ["--out", str(tmp_path / "out")]
    result = CliRunner().invoke(main, ["demo", *args])
    assert result.exit_code != 0 and "Traceback" not in result.output, result.output
    assert option in result.output and value in result.output, result.output
    assert len(result.output.strip().splitlines()) <= MAX_LINES, result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.slow
def test_demo_writes_both_files_or_neither(tmp_path, monkeypatch):
    """A failure while writing the picture leaves no predictions.csv behind."""
    from tfprobr import demo

    def fail(path, *args):
        path.write_bytes(b"half a picture")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(demo, "plot_uncertainty", fail)
    result = CliRunner().invoke(main, ["demo", "--epochs", "1", "--out", str(tmp_path)])
    assert result.exit_code != 0
    assert "No space left on device" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_catalogue_covers_every_public_function():
    import inspect

    source = inspect.getsource(inspect.getmodule(test_catalogue_covers_every_public_function))
    generated = {case[0].split("_of_a_string")[0] for case in CASES} | {
        name for name in tp.__all__ if any(case[0].startswith(name + "_") for case in CASES)}
    covered = {name for name in tp.__all__ if f"tp.{name}(" in source} | (generated & set(tp.__all__))
    # predict_mc's bad inputs are the subject of test_predict_mc.py.
    assert set(tp.__all__) - covered == {"predict_mc"}


def test_catalogue_size():
    # Counted in the report of issue 13.
    assert len(CASES) + len(MODEL_CASES) + len(DEMO_CASES) >= 150
