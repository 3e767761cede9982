"""Where R tfprobability's own tests found tfprobr behaving differently, fixed for both languages.

* a scalar given to a ``tfd_*`` method gives a scalar (an R vector of length 1
  arrives in Python as a scalar, so R's ``c(0.25)`` is one too);
* R values beside a float64 tensor make a float64 distribution (alone they stay float32);
* a TFP distribution property is a ``convert_to_tensor_fn``, as TFP takes it, and saves.
"""

import numpy as np
import pytest
import tensorflow as tf
import tensorflow_probability as tfp
import tf_keras

import tfprobr as tp
from tfprobr.errors import UnsavableFunctionError

pytestmark = pytest.mark.filterwarnings("ignore:You are saving your model as an HDF5 file")

METHODS = ["tfd_quantile", "tfd_prob", "tfd_log_prob", "tfd_cdf", "tfd_log_cdf",
           "tfd_survival_function", "tfd_log_survival_function"]


@pytest.mark.parametrize("method", METHODS)
def test_a_scalar_value_gives_a_scalar(method):
    normal = tp.tfd_normal(0, 1)
    assert getattr(tp, method)(normal, 0.25).shape == ()
    assert getattr(tp, method)(normal, np.float64(0.25)).shape == ()
    assert getattr(tp, method)(normal, [0.25, 0.5]).shape == (2,)
    assert getattr(tp, method)(normal, np.array([[0.25]])).shape == (1, 1)


def test_a_quantile_of_a_scalar_is_the_number():
    assert float(tp.tfd_quantile(tp.tfd_normal(0, 1), 0.5)) == 0.0


def _cholesky_of_an_r_matrix():
    m = np.asfortranarray([[2.0, 0.5, 0.0], [0.5, 2.0, 0.0], [0.0, 0.0, 1.0]])  # an R matrix
    return tf.linalg.cholesky(m)  # a float64 tensor


def test_r_numbers_beside_a_float64_tensor_make_a_float64_distribution():
    scale_tril = _cholesky_of_an_r_matrix()
    d = tp.tfd_multivariate_normal_tri_l(loc=[1.0, 2.0, 3.0], scale_tril=scale_tril)
    assert d.dtype == tf.float64
    assert tp.tfd_log_prob(d, [1.0, 2.0, 3.0]).dtype == tf.float64
    assert tp.tfd_normal([0.0, 1.0], tf.constant(1.0, tf.float64)).dtype == tf.float64


def test_r_numbers_alone_stay_float32():
    m = np.asfortranarray([[1.0, 0.0], [0.5, 1.0]])
    assert tp.tfd_multivariate_normal_tri_l(loc=[1.0, 2.0], scale_tril=m).dtype == tf.float32
    assert tp.tfd_normal([0.0, 1.0], 1.0).dtype == tf.float32
    # A float32 tensor beside R values: float32 as before.
    assert tp.tfd_normal([0.0, 1.0], tf.constant(1.0)).dtype == tf.float32


def _bernoulli_model(convert_to_tensor_fn):
    tf_keras.utils.set_random_seed(4)
    model = tp.keras_model_sequential(input_shape=2)
    model = tp.layer_dense(model, units=1)
    return tp.layer_independent_bernoulli(model, event_shape=1,
                                          convert_to_tensor_fn=convert_to_tensor_fn)


def test_a_tfp_distribution_property_is_a_convert_to_tensor_fn():
    model = _bernoulli_model(tfp.distributions.Bernoulli.logits)
    x = np.array([[1.0, 2.0]], "float32")
    logits = model.layers[0](x).numpy()
    np.testing.assert_allclose(tf.convert_to_tensor(model(x)).numpy(), logits)


@pytest.mark.slow
@pytest.mark.parametrize("filename", ["model.keras", "model.h5"])
def test_a_model_with_a_property_convert_to_tensor_fn_saves_and_loads(tmp_path, filename):
    model = _bernoulli_model(tfp.distributions.Bernoulli.logits)
    x = np.array([[1.0, 2.0]], "float32")
    path = str(tmp_path / filename)
    model.save(path)
    loaded = tf_keras.models.load_model(path)
    np.testing.assert_allclose(tf.convert_to_tensor(loaded(x)).numpy(),
                               tf.convert_to_tensor(model(x)).numpy())




def test_another_property_is_used_as_tfp_uses_it_but_cannot_be_saved(tmp_path):
    # Its getter is what TFP would call; a model file cannot name it.
    model = _bernoulli_model(property(lambda d: d.mean()))
    x = np.array([[1.0, 2.0]], "float32")
    assert tf.convert_to_tensor(model(x)).shape == (1, 1)
    with pytest.raises(UnsavableFunctionError, match="convert_to_tensor_fn"):
        model.save(str(tmp_path / "model.keras"))
