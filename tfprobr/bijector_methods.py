"""The "bijector_methods" family: ``tfb_*`` methods that apply a bijector.

``b %>% tfb_forward(x)`` computes ``y = g(x)``, ``tfb_inverse()`` goes back,
and the two log-determinant-Jacobian methods give what a change of variables
adds to a log density. Each is declared with
:func:`tfprobr._internal.declare.bijector_method_function`, which names the
method: values from R (doubles, vectors, matrices, arrays) become tensors of
the bijector's data type (``float32`` when it has none, as R tfprobability
casts them), and ``event_ndims`` a whole number.
"""

from __future__ import annotations

from tfprobr._internal.declare import bijector_method_function
from tfprobr._internal.docs import family_texts
from tfprobr._internal.r_defaults import REQUIRED

__all__ = [
    "tfb_forward",
    "tfb_inverse",
    "tfb_forward_log_det_jacobian",
    "tfb_inverse_log_det_jacobian",
]

__family__ = "bijector_methods"

# The texts the tfb_* methods' docstrings share:
# a docstring line ``    {name}`` is filled with the text at import (see tfprobr._internal.docs).
family_texts(__name__, {
    "method_bijector": """\
    bijector : tfp.bijectors.Bijector
        The bijector, e.g. made by ``tfb_exp()``.""",
    "event_ndims": """\
    event_ndims : int
        Number of rightmost dimensions of the input that make up one event, a
        whole number (at least the bijector's minimum, e.g. 0 for scalar
        bijectors, 1 for vector bijectors); the log-determinant is summed over
        them.""",
    "method_name": """\
    name : str
        Name prefixed to the operations the call creates.""",
})


@bijector_method_function("forward")
def tfb_forward(bijector=REQUIRED, x=REQUIRED, name="forward"):
    """Apply a bijector: ``y = g(x)``.

    Applies the bijector to ``x``: ``y = g(x)``, element by element for
    scalar bijectors, event by event for the others.

    Parameters
    ----------
    {method_bijector}
    x : float, array-like, list or tensor
        The input: a number, an R vector, matrix or array, or a tensor
        (a list of tensors for bijectors that take several parts).
    {method_name}

    Returns
    -------
    tf.Tensor
        ``g(x)``, of the shape the bijector gives (a list of tensors for
        ``tfb_split()``).

    Examples
    --------
    >>> import tfprobr as tp
    >>> b = tp.tfb_shift(3.33)(tp.tfb_scale(0.5))
    >>> tp.tfb_forward(b, [100, 1000, 10000]).numpy().astype("float64").round(2).tolist()
    [53.33, 503.33, 5003.33]

    R Examples
    ----------
    b <- tfb_shift(3.33)(tfb_scale(0.5))
    b %>% tfb_forward(c(100, 1000, 10000))
    """


@bijector_method_function("inverse")
def tfb_inverse(bijector=REQUIRED, y=REQUIRED, name="inverse"):
    """Apply a bijector's inverse: ``x = g^-1(y)``.

    The input ``x`` whose forward transformation is ``y``.

    Parameters
    ----------
    {method_bijector}
    y : float, array-like, list or tensor
        The output to invert: a number, an R vector, matrix or array, or a
        tensor (a list of tensors for ``tfb_split()``).
    {method_name}

    Returns
    -------
    tf.Tensor
        ``g^-1(y)`` (for ``tfb_absolute_value()``, the pair of both
        preimages).

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.tfb_inverse(tp.tfb_exp(), [1.0]).numpy().tolist()
    [0.0]

    R Examples
    ----------
    tfb_exp() %>% tfb_inverse(c(1, 10))
    """


@bijector_method_function("forward_log_det_jacobian")
def tfb_forward_log_det_jacobian(bijector=REQUIRED, x=REQUIRED, event_ndims=REQUIRED,
                                 name="forward_log_det_jacobian"):
    """Log-determinant of a bijector's Jacobian at ``x``.

    The logarithm of the absolute determinant of the Jacobian of ``g`` at
    ``x``, ``log|det dg(x)/dx|``, summed over the ``event_ndims`` rightmost
    dimensions: what a change of variables subtracts from the base log
    density.

    Parameters
    ----------
    {method_bijector}
    x : float, array-like or tensor
        The input at which to evaluate.
    {event_ndims}
    {method_name}

    Returns
    -------
    tf.Tensor
        One value per event: the shape of ``x`` without its ``event_ndims``
        rightmost dimensions.

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.tfb_forward_log_det_jacobian(tp.tfb_exp(), [0.0, 1.0], event_ndims=0).numpy().tolist()
    [0.0, 1.0]

    R Examples
    ----------
    tfb_exp() %>% tfb_forward_log_det_jacobian(c(0, 1), event_ndims = 0)
    """


@bijector_method_function("inverse_log_det_jacobian")
def tfb_inverse_log_det_jacobian(bijector=REQUIRED, y=REQUIRED, event_ndims=REQUIRED,
                                 name="inverse_log_det_jacobian"):
    """Log-determinant of the Jacobian of a bijector's inverse at ``y``.

    The logarithm of the absolute determinant of the Jacobian of the inverse
    at ``y``, ``log|det dg^-1(y)/dy|``, summed over the ``event_ndims``
    rightmost dimensions: what a change of variables adds to the base log
    density. It is minus the forward one at ``g^-1(y)``.

    Parameters
    ----------
    {method_bijector}
    y : float, array-like or tensor
        The output at which to evaluate.
    {event_ndims}
    {method_name}

    Returns
    -------
    tf.Tensor
        One value per event: the shape of ``y`` without its ``event_ndims``
        rightmost dimensions.

    Examples
    --------
    >>> import tfprobr as tp
    >>> tp.tfb_inverse_log_det_jacobian(tp.tfb_scale(2), [1.0, 3.0], event_ndims=1).numpy().round(4)
    -1.3863

    R Examples
    ----------
    tfb_scale(2) %>% tfb_inverse_log_det_jacobian(c(1, 3), event_ndims = 1)
    """
