"""The "initializers" family: initializer_blockwise fills each block of the last axis with its own initializer."""

import numpy as np
import pytest
import tensorflow_probability as tfp
import tf_keras

import tfprobr as tp


def test_blockwise_fills_consecutive_blocks_with_their_initializers():
    # As R sends list("zeros", "ones", initializer_constant(3)) and c(2, 1, 2).
    init = tp.initializer_blockwise(["zeros", "ones", tf_keras.initializers.Constant(3.0)],
                                    sizes=[2.0, 1.0, 2.0])
    assert isinstance(init, tfp.layers.BlockwiseInitializer) and init.sizes == [2, 1, 2]
    values = init((4, 5)).numpy()
    np.testing.assert_array_equal(values, np.tile([0.0, 0.0, 1.0, 3.0, 3.0], (4, 1)))


def test_blockwise_initializes_a_layers_kernel():
    layer = tf_keras.layers.Dense(3, kernel_initializer=tp.initializer_blockwise(["ones", "zeros"], [1, 2]))
    layer.build((None, 2))
    np.testing.assert_array_equal(layer.kernel.numpy(), [[1.0, 0.0, 0.0], [1.0, 0.0, 0.0]])


def test_sizes_that_do_not_add_up_to_the_last_axis_fail():
    with pytest.raises(ValueError, match="sum\\(sizes\\)"):
        tp.initializer_blockwise(["zeros", "ones"], sizes=[2.0, 2.0])((3, 3))
