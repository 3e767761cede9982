"""R functions handed to TensorFlow, guarded against TensorFlow's threads.

reticulate hands an R function to Python as a plain Python function defined in
its own ``rpytools`` package (``rpytools.call``; ``py_main_thread_func()``
wraps one in ``rpytools.thread``). R is single-threaded: when such a function
is called from any thread but R's own (the thread that started Python), R
aborts the whole process. TensorFlow does exactly that under a ``tf.distribute``
strategy, whose replicas run in threads of their own.

The converters (``convert_args()`` and ``as_callable()`` of
:mod:`tfprobr._internal.convert`) hand every argument to :func:`guard_r_function`,
so no R function reaches TensorFlow unguarded. Nothing here imports TensorFlow.
"""

from __future__ import annotations

import functools
import inspect
import sys
import threading
import types
from typing import Any, Callable

__all__ = ["is_r_function", "guard_r_function", "RFunction"]

_R_FUNCTION_MODULES = ("rpytools.call", "rpytools.thread")
# How deep to look into closures and partials for a wrapped R function
# (``reticulate::py_func()`` puts one Python function around it).
_R_FUNCTION_SEARCH_DEPTH = 3

_R_FUNCTION_ADVICE = (
    "Use the Python-side helpers instead of R functions, e.g. kl_divergence_fn(1 / n) for a "
    "divergence, normal_distribution_fn() for a distribution lambda, negloglik as a loss "
    "(see the `helpers` family: reticulate::py_help(tfprobr$kl_divergence_fn)), or build and "
    "fit the model without a distribution strategy."
)


def is_r_function(value: Any) -> bool:
    """Whether ``value`` is an R function as reticulate delivers it, or a Python wrapper around one."""
    return _is_r_function(value, _R_FUNCTION_SEARCH_DEPTH)


def guard_r_function(value: Any, name: str) -> Any:
    """Make an R function safe to hand to TensorFlow; return other values unchanged.

    Under a ``tf.distribute`` strategy (inside ``strategy.scope()``) an R
    function would be called from the replicas' threads, which aborts R: raise a
    ``ValueError`` naming the argument instead. Otherwise return the function
    wrapped in :class:`RFunction`, which raises rather than call R from a thread
    that is not R's.
    """
    if not is_r_function(value):
        return value
    if _distribution_strategy_in_use():
        raise ValueError(
            f"`{name}` is an R function, but a tf.distribute strategy is in use: TensorFlow "
            "would call it from its replica threads, and R aborts when called from a thread "
            f"other than its own. {_R_FUNCTION_ADVICE}"
        )
    return RFunction(value, name)


class RFunction:
    """An R function passed as ``name``, callable only from R's own thread.

    Called from any other thread (a ``tf.distribute`` replica, a ``tf.data``
    worker), it raises a ``RuntimeError`` naming the argument, where calling R
    would abort the R process.
    """

    def __init__(self, function: Callable, name: str):
        self.function = function
        self.name = name
        # Keras names a callable activation by its __name__.
        self.__name__ = getattr(function, "__name__", name)
        # Callers that read a function's arguments (a joint distribution gives each maker as
        # many earlier values as it takes) must see the R function's, not `self` of __call__.
        try:
            self.__signature__ = inspect.signature(function)
        except (TypeError, ValueError):  # a callable without a readable signature
            pass

    def __call__(self, *args, **kwargs):
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError(
                f"`{self.name}` is an R function, and TensorFlow called it from a thread other "
                f"than R's ({threading.current_thread().name}), as it does under a "
                "tf.distribute strategy; R would abort. " + _R_FUNCTION_ADVICE
            )
        return self.function(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<R function `{self.name}`>"


def _is_r_function(value: Any, depth: int) -> bool:
    if isinstance(value, RFunction) or not callable(value):
        return False
    if isinstance(value, functools.partial):
        return depth > 0 and _is_r_function(value.func, depth - 1)
    function = getattr(value, "__func__", value)  # a bound method's function
    if not isinstance(function, types.FunctionType):
        # A callable object: an R-defined Python class has an R __call__.
        function = getattr(type(value), "__call__", None)
        if not isinstance(function, types.FunctionType):
            return False
    if function.__module__ in _R_FUNCTION_MODULES:
        return True
    if depth == 0:
        return False
    for cell in function.__closure__ or ():
        try:
            contents = cell.cell_contents
        except ValueError:  # an empty cell
            continue
        if _is_r_function(contents, depth - 1):
            return True
    return False


def _distribution_strategy_in_use() -> bool:
    # No strategy can be active before TensorFlow is imported; do not import it here.
    tf = sys.modules.get("tensorflow")
    return tf is not None and tf.distribute.has_strategy()
