"""The "initializers" family: ``initializer_*`` functions that make Keras initializers.

R tfprobability's ``initializer_blockwise()``: TFP's ``BlockwiseInitializer``,
which fills consecutive blocks of a variable's last axis with different
initializers (e.g. the location and the scale parameters of a distribution
layer's input). Declared with
:func:`tfprobr._internal.declare.initializer_function`.
"""

from __future__ import annotations

from tfprobr._internal.convert import as_count_list, as_list
from tfprobr._internal.declare import initializer_function
from tfprobr._internal.r_defaults import REQUIRED

__all__ = ["initializer_blockwise"]

__family__ = "initializers"


@initializer_function("BlockwiseInitializer", {"initializers": as_list, "sizes": as_count_list})
def initializer_blockwise(initializers=REQUIRED, sizes=REQUIRED, validate_args=False):
    """Initializer that fills consecutive blocks of the last axis with different initializers.

    The last axis of the variable is cut into blocks of the given ``sizes``
    (which must add up to its length), and block ``i`` is filled by
    ``initializers[i]``. Use it where one dense layer's output holds several
    kinds of parameters, e.g. means (around 0) followed by untransformed
    scales (around a constant).

    Parameters
    ----------
    initializers : list
        The initializers, one per block: names of Keras initializers
        (``"zeros"``, ``"glorot_uniform"``) or initializer objects (R:
        ``list("zeros", "ones")``).
    sizes : vector of int
        The sizes of the blocks, positive whole numbers, as many as
        ``initializers``.
    validate_args : bool
        Whether to check, when the shape is known only at run time, that the
        sizes add up to the last dimension.

    Returns
    -------
    tfp.layers.BlockwiseInitializer
        The initializer, for a layer's ``kernel_initializer`` or
        ``bias_initializer``; called with a shape it returns a tensor.

    Examples
    --------
    >>> import tfprobr as tp
    >>> init = tp.initializer_blockwise(["zeros", "ones"], sizes=[2, 1])
    >>> init((2, 3)).numpy().tolist()
    [[0.0, 0.0, 1.0], [0.0, 0.0, 1.0]]

    R Examples
    ----------
    init <- initializer_blockwise(list("zeros", "ones"), sizes = c(2, 1))
    init(c(2, 3))
    """
