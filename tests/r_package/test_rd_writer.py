"""man/: atomic writes, the made-by ownership rule, stale detection, idempotence, the CLI."""

import pytest
from click.testing import CliRunner

from tfprobr.cli import main
from tfprobr.rd import HEADER, generate, man_status, write_man

from support import ROOT


@pytest.fixture(scope="module")
def pages():
    return generate()


def test_writing_twice_changes_nothing_and_is_byte_identical(pages, tmp_path):
    write_man(pages, tmp_path)
    first = {path.name: path.read_bytes() for path in tmp_path.iterdir()}
    status = write_man(generate(), tmp_path)
    assert status.ok and not (status.missing or status.stale)
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == first
    assert set(first) == set(pages)  # no temporary files left behind


def test_stale_and_missing_pages_are_found_without_changing_anything(pages, tmp_path):
    write_man(pages, tmp_path)
    stale, missing = sorted(pages)[:2]
    (tmp_path / stale).write_text(HEADER + "\nold\n")
    (tmp_path / missing).unlink()
    status = man_status(pages, tmp_path)
    assert (status.stale, status.missing, status.ok) == ([stale], [missing], False)
    assert (tmp_path / stale).read_text() == HEADER + "\nold\n"
    assert not (tmp_path / missing).exists()


def test_hand_written_pages_are_never_overwritten_or_deleted(pages, tmp_path):
    own = "% A page written by hand\n\\name{x}\n"
    taken = sorted(pages)[0]
    (tmp_path / "hand_written.Rd").write_text(own)
    (tmp_path / taken).write_text(own)
    status = write_man(pages, tmp_path)
    assert status.foreign == [taken]
    assert (tmp_path / "hand_written.Rd").read_text() == own
    assert (tmp_path / taken).read_text() == own


def test_generated_pages_of_removed_topics_are_deleted(pages, tmp_path):
    (tmp_path / "gone.Rd").write_text(HEADER + "\n\\name{gone}\n")
    assert write_man(pages, tmp_path).obsolete == ["gone.Rd"]
    assert not (tmp_path / "gone.Rd").exists()


@pytest.mark.slow
def test_cli_check_fails_listing_stale_and_missing_pages(tmp_path):
    runner = CliRunner()
    (tmp_path / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text())
    root = str(tmp_path)
    out = tmp_path / "man"
    result = runner.invoke(main, ["man", "--root", root, "--check"])
    assert result.exit_code != 0
    assert "man/layer_dense_local_reparameterization.Rd: missing" in result.output
    assert not out.exists()
    assert runner.invoke(main, ["man", "--root", root]).exit_code == 0
    (out / "tfd_sample.Rd").write_text(HEADER + "\n")
    result = runner.invoke(main, ["man", "--root", root, "--check"])
    assert result.exit_code != 0 and "man/tfd_sample.Rd: stale" in result.output
    assert runner.invoke(main, ["man", "--root", root]).exit_code == 0
    assert runner.invoke(main, ["man", "--root", root, "--check"]).exit_code == 0


def test_committed_man_is_current(pages):
    status = man_status(pages, ROOT / "man")
    assert status.ok, f"run `python -m tfprobr man`: {status}"
