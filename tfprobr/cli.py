"""The ``tfprobr`` command line: thin shells over library functions."""

from __future__ import annotations

import click

from tfprobr.demo import DEFAULT_EPOCHS


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tfprobr")
def main():
    """tfprobr: R tfprobability's Bayesian Keras layers on today's TensorFlow."""


@main.command()
@click.option("--data", type=click.Path(dir_okay=False), default=None,
              help="A CSV file with a header row (default: the built-in data set).")
@click.option("--x", "x", metavar="COL", default=None, help="Input column of --data.")
@click.option("--y", "y", metavar="COL", default=None, help="Response column of --data.")
@click.option("--epochs", default=DEFAULT_EPOCHS, show_default=True, type=click.IntRange(min=1),
              help="Training epochs.")
@click.option("--out", default="tfprobr-demo", show_default=True, type=click.Path(file_okay=False),
              help="Directory for predictions.csv and uncertainty.png.")
@click.option("--seed", default=1, show_default=True, type=int, help="Random seed.")
def demo(data, x, y, epochs, out, seed):
    """Fit a heteroscedastic Bayesian regression and show its predictive uncertainty.

    Trains local-reparameterization layers with a normal output distribution on
    the built-in data (or on columns --x and --y of --data), prints the
    held-out coverage of the 95% interval, and writes predictions.csv (x, mean,
    sd, lower, upper) and uncertainty.png into --out.
    """
    from tfprobr.demo import DemoInputError, run_demo  # imports TensorFlow when run

    try:
        run_demo(data=data, x=x, y=y, epochs=epochs, out=out, seed=seed, echo=click.echo)
    except DemoInputError as error:
        raise click.ClickException(str(error)) from None
