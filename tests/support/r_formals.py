"""The R formals tfprobr mirrors (from R tfprobability 0.15.2 and R keras), as data.

Each entry: the argument names after ``object``, in R order. ``...`` is ``kwargs``.
"""

BAYESIAN = [
    "activation", "activity_regularizer", "trainable",
    "kernel_posterior_fn", "kernel_posterior_tensor_fn", "kernel_prior_fn", "kernel_divergence_fn",
    "bias_posterior_fn", "bias_posterior_tensor_fn", "bias_prior_fn", "bias_divergence_fn",
]
CONV = ["filters", "kernel_size", "strides", "padding", "data_format", "dilation_rate"]

LAYER_FORMALS = {
    "layer_dense_local_reparameterization": ["units", *BAYESIAN],
    "layer_dense_reparameterization": ["units", *BAYESIAN],
    "layer_dense_flipout": ["units", *BAYESIAN, "seed"],
    "layer_conv_1d_reparameterization": [*CONV, *BAYESIAN],
    "layer_conv_2d_reparameterization": [*CONV, *BAYESIAN],
    "layer_conv_3d_reparameterization": [*CONV, *BAYESIAN],
    "layer_conv_1d_flipout": [*CONV, *BAYESIAN],
    "layer_conv_2d_flipout": [*CONV, *BAYESIAN],
    "layer_conv_3d_flipout": [*CONV, *BAYESIAN],
    "layer_dense_variational": ["units", "make_posterior_fn", "make_prior_fn", "kl_weight",
                                "kl_use_exact", "activation", "use_bias"],
    "layer_variable": ["shape", "dtype", "activation", "initializer", "regularizer", "constraint"],
    "layer_autoregressive": ["params", "event_shape", "hidden_units", "input_order",
                             "hidden_degrees", "activation", "use_bias", "kernel_initializer",
                             "validate_args"],
}

CONV_LAYERS = sorted(name for name in LAYER_FORMALS if name.startswith("layer_conv"))


def python_formals(function):
    """The parameter names of ``function``, as R would list them (``**kwargs`` as ``...``)."""
    import inspect

    names = []
    for parameter in inspect.signature(function).parameters.values():
        names.append("..." if parameter.kind is parameter.VAR_KEYWORD else parameter.name)
    return names


def r_formals(name):
    return ["object", *LAYER_FORMALS[name], "..."]


# R tfprobability's defaults, as R code (spec: shared/spec/r-api.md section 1); no entry: required.
BAYESIAN_DEFAULTS = {
    "activation": "NULL",
    "activity_regularizer": "NULL",
    "trainable": "TRUE",
    "kernel_posterior_fn": "tfp$layers$util$default_mean_field_normal_fn()",
    "kernel_posterior_tensor_fn": "function(d) d %>% tfd_sample()",
    "kernel_prior_fn": "tfp$layers$util$default_multivariate_normal_fn",
    "kernel_divergence_fn": "function(q, p, ignore) tfd_kl_divergence(q, p)",
    "bias_posterior_fn": "tfp$layers$util$default_mean_field_normal_fn(is_singular = TRUE)",
    "bias_posterior_tensor_fn": "function(d) d %>% tfd_sample()",
    "bias_prior_fn": "NULL",
    "bias_divergence_fn": "function(q, p, ignore) tfd_kl_divergence(q, p)",
}
CONV_DEFAULTS = {"strides": "1", "padding": '"valid"', "data_format": '"channels_last"', "dilation_rate": "1"}

LAYER_DEFAULTS = {
    **{name: BAYESIAN_DEFAULTS for name in ("layer_dense_local_reparameterization",
                                            "layer_dense_reparameterization")},
    "layer_dense_flipout": {**BAYESIAN_DEFAULTS, "seed": "NULL"},
    **{f"layer_conv_{rank}d_{kind}": {**CONV_DEFAULTS, **BAYESIAN_DEFAULTS}
       for rank in (1, 2, 3) for kind in ("reparameterization", "flipout")},
    "layer_dense_variational": {"kl_weight": "NULL", "kl_use_exact": "FALSE", "activation": "NULL",
                                "use_bias": "TRUE"},
    "layer_variable": {"dtype": "NULL", "activation": "NULL", "initializer": '"zeros"',
                       "regularizer": "NULL", "constraint": "NULL"},
    "layer_autoregressive": {"event_shape": "NULL", "hidden_units": "NULL",
                             "input_order": '"left-to-right"', "hidden_degrees": '"equal"',
                             "activation": "NULL", "use_bias": "TRUE",
                             "kernel_initializer": '"glorot_uniform"', "validate_args": "FALSE"},
}
