"""The ``tfprobr`` command line: thin shells over library functions."""

from __future__ import annotations

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tfprobr")
def main():
    """tfprobr: R tfprobability's Bayesian Keras layers on today's TensorFlow."""


@main.command()
@click.option("--epochs", default=300, show_default=True, type=click.IntRange(min=1),
              help="Training epochs.")
@click.option("--seed", default=1, show_default=True, type=int, help="Random seed.")
def demo(epochs, seed):
    """Fit a small Bayesian regression and print predictions with uncertainty."""
    from tfprobr.demo import run_example

    run_example(epochs=epochs, seed=seed, echo=click.echo)
