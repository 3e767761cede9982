"""tfprobr's own samplers (tfprobr/_internal/sampling.py): the distribution of their draws."""

import numpy as np
import pytest


@pytest.mark.slow
@pytest.mark.parametrize("shape", [[1000, 400], [3, 7], [1]])
def test_standard_normal_draws_have_the_standard_normal_moments(shape):
    import tensorflow as tf

    from tfprobr._internal import sampling

    draws = np.concatenate([
        sampling.standard_normal(shape, tf.constant([seed, 1])).numpy().ravel()
        for seed in range(min(1000, max(1, 400_000 // int(np.prod(shape)))))
    ]).astype(np.float64)
    n = draws.size
    # Each statistic's deviation in standard errors (moments of N(0, 1): 0, 1, 0, 3).
    z_scores = {
        "mean": draws.mean() * np.sqrt(n),
        "variance": (np.mean(draws ** 2) - 1) / np.sqrt(2 / n),
        "third moment": np.mean(draws ** 3) / np.sqrt(15 / n),
        "fourth moment": (np.mean(draws ** 4) - 3) / np.sqrt(96 / n),
        "P(|z| > 2)": (np.mean(np.abs(draws) > 2) - 0.04550026) / np.sqrt(0.0455 * 0.9545 / n),
    }
    assert all(abs(z) < 5 for z in z_scores.values()), z_scores


def test_standard_normal_keeps_shape_and_dtype_inside_a_function():
    import tensorflow as tf

    from tfprobr._internal import sampling

    @tf.function
    def draw(rows):
        return [sampling.standard_normal(tf.stack([rows, 3]), tf.constant([1, 2]), dtype)
                for dtype in (tf.float16, tf.float32, tf.float64)]

    for draws, dtype in zip(draw(tf.constant(5)), (tf.float16, tf.float32, tf.float64)):
        assert draws.shape == (5, 3) and draws.dtype == dtype
        assert np.all(np.isfinite(draws.numpy()))


def test_random_signs_are_fair_and_independent():
    import tensorflow as tf

    from tfprobr._internal import sampling

    signs = sampling.random_signs([2001, 33], tf.constant([3, 4]), tf.float64).numpy()
    assert signs.shape == (2001, 33) and signs.dtype == np.float64
    assert set(np.unique(signs)) == {-1.0, 1.0}
    flat = signs.ravel()
    n = flat.size
    assert abs(flat.mean()) * np.sqrt(n) < 5
    # Neighbours within a random word and across words are uncorrelated.
    for lag in (1, 2, 31, 32, 33):
        assert abs(np.mean(flat[:-lag] * flat[lag:])) * np.sqrt(n - lag) < 5, lag


def test_samplers_repeat_with_the_seed_and_differ_without():
    import tensorflow as tf

    from tfprobr._internal import sampling

    for sample in (sampling.standard_normal, sampling.random_signs):
        first = sample([50, 4], tf.constant([7, 8])).numpy()
        np.testing.assert_array_equal(first, sample([50, 4], tf.constant([7, 8])).numpy())
        assert not np.array_equal(first, sample([50, 4], tf.constant([7, 9])).numpy())
