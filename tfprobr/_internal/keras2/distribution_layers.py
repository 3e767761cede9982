"""tfprobr's distribution layer classes: TFP's distribution layers, as tfprobr subclasses.

This module imports TensorFlow; the public functions in
:mod:`tfprobr.distribution_layers` name these classes by their class names
(``"IndependentNormal"``), which the table of :mod:`tfprobr._internal.classes`
maps to this module, and import them on first use. Each
class subclasses the TFP class of the same name, so ``isinstance`` checks
against ``tfp.layers`` keep working; fixes to TFP's behaviour are made here, one
overridden method each (so far: an activity regularizer counted twice, see
:class:`_OneActivityLoss`). All are savable as whole models (``.keras``)
through :class:`tfprobr._internal.keras2.saving.ConstructorConfigMixin`: TFP's own configs pickle
``make_distribution_fn`` and cannot be loaded back.
"""

from __future__ import annotations

import tensorflow_probability as tfp
import tf_keras

from tfprobr._internal.classes import CLASSES_BY_MODULE
from tfprobr.errors import UnsavableFunctionError
from tfprobr._internal.keras2.saving import ConstructorConfigMixin

tfpl = tfp.layers

__all__ = list(CLASSES_BY_MODULE[__name__])


class _OneActivityLoss(ConstructorConfigMixin):
    """Apply an ``activity_regularizer`` once per call, not twice.

    Inside Keras' ``__call__``, TFP's distribution layers return the pair
    (distribution, tensor value), and Keras applies the activity regularizer
    to every element of its output: a ``KLDivergenceRegularizer`` added the
    same KL term twice. Only the tensor value is regularized here; it carries
    its distribution, which the regularizer uses. (Saving comes from the base
    class, which the other layers below name themselves.)
    """

    def _handle_activity_regularization(self, inputs, outputs):
        if isinstance(outputs, tuple) and len(outputs) == 2:
            outputs = outputs[1]
        super()._handle_activity_regularization(inputs, outputs)


class DistributionLambda(_OneActivityLoss, tfpl.DistributionLambda):
    """TFP's ``DistributionLambda``: a layer whose output is a distribution."""


class AutoregressiveTransform(_OneActivityLoss, tfpl.AutoregressiveTransform):
    """TFP's ``AutoregressiveTransform``: its input distribution through a masked autoregressive flow."""


class IndependentNormal(_OneActivityLoss, tfpl.IndependentNormal):
    """TFP's ``IndependentNormal``: independent normals from ``2 * prod(event_shape)`` params."""


class IndependentLogistic(_OneActivityLoss, tfpl.IndependentLogistic):
    """TFP's ``IndependentLogistic``: independent logistics from ``2 * prod(event_shape)`` params."""


class IndependentPoisson(_OneActivityLoss, tfpl.IndependentPoisson):
    """TFP's ``IndependentPoisson``: independent Poissons from ``prod(event_shape)`` log rates."""


class IndependentBernoulli(_OneActivityLoss, tfpl.IndependentBernoulli):
    """TFP's ``IndependentBernoulli``: independent Bernoullis from ``prod(event_shape)`` logits."""


class MultivariateNormalTriL(_OneActivityLoss, tfpl.MultivariateNormalTriL):
    """TFP's ``MultivariateNormalTriL``: a ``d``-variate normal from ``d + d (d + 1) / 2`` params."""


class OneHotCategorical(_OneActivityLoss, tfpl.OneHotCategorical):
    """TFP's ``OneHotCategorical``: a ``d``-category one-hot categorical from ``d`` logits."""


class CategoricalMixtureOfOneHotCategorical(_OneActivityLoss, tfpl.CategoricalMixtureOfOneHotCategorical):
    """TFP's ``CategoricalMixtureOfOneHotCategorical``, from ``k (1 + d)`` params."""


class MixtureNormal(_OneActivityLoss, tfpl.MixtureNormal):
    """TFP's ``MixtureNormal``: a mixture of independent normals."""


class MixtureLogistic(_OneActivityLoss, tfpl.MixtureLogistic):
    """TFP's ``MixtureLogistic``: a mixture of independent logistics."""


class MixtureSameFamily(_OneActivityLoss, tfpl.MixtureSameFamily):
    """TFP's ``MixtureSameFamily``: a mixture of components made by a distribution layer."""


class KLDivergenceAddLoss(ConstructorConfigMixin, tfpl.KLDivergenceAddLoss):
    """TFP's ``KLDivergenceAddLoss``: passes its input on and adds ``KL(input || b)`` to the losses."""


class KLDivergenceRegularizer(ConstructorConfigMixin, tfpl.KLDivergenceRegularizer):
    """TFP's ``KLDivergenceRegularizer``: ``KL(a || b)`` as an activity regularizer."""


class VariationalGaussianProcess(_OneActivityLoss, tfpl.VariationalGaussianProcess):
    """TFP's ``VariationalGaussianProcess``: a variational GP at the layer's inputs.

    ``unconstrained_observation_noise_variance_initializer = None`` (R's
    ``NULL``) means ``Constant(-10)``, as in R tfprobability, where TFP would
    take ``None`` as no initializer.

    Not savable as a whole model: rebuilt from its config, TFP's class creates
    its variables differently (one more than it saved), so ``get_config()``
    raises an :class:`~tfprobr.errors.UnsavableFunctionError` that says to
    save the weights; Keras' SavedModel export, which accepts that error,
    still works.
    """

    def __init__(self, *args, unconstrained_observation_noise_variance_initializer=None,
                 **kwargs):
        if unconstrained_observation_noise_variance_initializer is None:
            unconstrained_observation_noise_variance_initializer = (
                tf_keras.initializers.Constant(-10.0))
        super().__init__(
            *args,
            unconstrained_observation_noise_variance_initializer=(
                unconstrained_observation_noise_variance_initializer),
            **kwargs)

    def get_config(self):
        raise UnsavableFunctionError(
            f"Layer {self.name!r} (layer_variational_gaussian_process) cannot be saved as a "
            "whole model: TFP's VariationalGaussianProcess does not rebuild from its config. "
            "Save the weights instead, with model.save_weights(path), and to load them "
            "rebuild the model with the same code and call model.load_weights(path).")
