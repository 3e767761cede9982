"""The R package files generated with man/: DESCRIPTION, NAMESPACE, R/ wrappers, .Rbuildignore."""

import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner

import tfprobr as tp
from tfprobr.cli import main
from tfprobr.rd import generate_package, man_status, write_man
from tfprobr.rd.rpackage import DESCRIPTION_MARK, R_HEADER, read_hand_written

from support import ROOT
from support.rscript import require_rscript

FAMILY_FILES = ["R/distribution-layers.R", "R/distribution-methods.R", "R/distributions.R",
                "R/helpers.R", "R/layers.R", "R/models.R", "R/predict.R", "R/verbs.R",
                "R/bijectors.R", "R/bijector-methods.R", "R/initializers.R", "R/keras-functions.R"]


@pytest.fixture(scope="module")
def files():
    return generate_package(ROOT)


@pytest.fixture
def package_root(tmp_path):
    """An empty package root with the project's pyproject.toml and its hand-written R files."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    (tmp_path / "R").mkdir()
    for path in (ROOT / "R").glob("*.R"):
        if path.read_text().splitlines()[0] != R_HEADER:
            shutil.copy(path, tmp_path / "R")
    return tmp_path


def test_the_committed_package_files_are_current(files):
    status = man_status(files, ROOT)
    assert status.ok, f"run `python -m tfprobr man`: {status}"
    assert set(FAMILY_FILES) | {"DESCRIPTION", "NAMESPACE", ".Rbuildignore"} <= set(files)


def test_one_r_file_per_family_module_with_a_wrapper_per_function(files):
    wrappers = {}
    for path in FAMILY_FILES:
        text = files[path]
        assert text.startswith(R_HEADER + "\n")
        # (\w+: an S3 method's name has dots; a generic's body is UseMethod().)
        for name in re.findall(r"^(\w+) <- (?:structure\()?function\((?!.*UseMethod)", text,
                               re.MULTILINE):
            # Each wrapper is a tfprobr_python_function that knows its Python name.
            assert re.search(rf"^{name} <- structure\(function\((.|\n)*?\) \{{\n  call_python\(\"{name}\"\)"
                             rf"\n\}}, class = c\(\"tfprobr_python_function\", \"function\"\), "
                             rf"python_name = \"{name}\"\)$", text, re.MULTILINE), name
            wrappers[name] = path
    hand = read_hand_written(ROOT / "R").defined
    methods = {name for name in tp.__all__ if hasattr(getattr(tp, name), "r_method")}
    assert set(wrappers) == set(tp.__all__) - hand - methods
    assert wrappers["layer_dense_local_reparameterization"] == "R/layers.R"
    assert wrappers["tfd_normal"] == "R/distributions.R"


def test_a_verb_is_an_s3_method_that_sends_r_values_exactly_and_shapes_the_result(files):
    verbs = files["R/verbs.R"]
    assert re.search(r"^fit\.tf_keras\.src\.engine\.training\.Model <- function\(\n  object,\n  x = NULL,"
                     r"(.|\n)*?\) \{\n  value <- call_python\(\"fit_model\", exact = TRUE\)\n"
                     r"  invisible\(new_training_history\(value\)\)\n\}", verbs, re.MULTILINE)
    assert '{\n  call_python("compile_model", exact = TRUE)\n  invisible(object)\n}' in verbs
    assert '{\n  call_python("predict_model", exact = TRUE)\n}' in verbs
    # tfprobr's own generic, with the model first (generics' evaluate() takes x first).
    assert '\nevaluate <- function(object, ...) UseMethod("evaluate")\n' in verbs
    namespace = files["NAMESPACE"].splitlines()
    for generic in ("compile", "fit", "evaluate", "predict"):
        assert f"S3method({generic},tf_keras.src.engine.training.Model)" in namespace
    assert {"importFrom(generics,compile)", "export(compile)", "importFrom(generics,fit)",
            "export(fit)", "export(evaluate)", "importFrom(stats,predict)"} <= set(namespace)
    assert "export(predict)" not in namespace and "export(fit_model)" not in namespace


def test_description_names_version_dependencies_and_python_side(files):
    text = files["DESCRIPTION"]
    fields = dict(re.findall(r"^([\w/@]+):\s*((?:.|\n(?= ))*)", text, re.MULTILINE))
    assert fields["Package"] == "tfprobr" and fields["Version"] == tp.__version__
    assert re.split(r",\s*", fields["Imports"].strip()) == ["reticulate", "magrittr", "generics", "graphics", "stats"]
    assert re.split(r",\s*", fields["Suggests"].strip()) == [
        "testthat (>= 3.0.0)", "knitr", "rmarkdown", "withr"]
    assert fields["VignetteBuilder"] == "knitr" and fields["Config/testthat/edition"] == "3"
    system = " ".join(fields["SystemRequirements"].split())
    for pin in ("tfprobr 0.1.0", "tensorflow 2.21.0", "tf-keras 2.21.0",
                "tensorflow-probability 0.25.0"):
        assert pin in system
    assert DESCRIPTION_MARK in " ".join(text.split("\n    "))


def test_the_license_is_one_spdx_string_that_description_spells_for_r(files):
    import tomllib

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    # A TOML table ({ text = ... }) makes setuptools >= 77 print a deprecation box on
    # every install; the SPDX string needs setuptools 77 to build.
    assert pyproject["project"]["license"] == "Apache-2.0"
    assert "setuptools>=77" in pyproject["build-system"]["requires"]
    assert "License: Apache License (== 2.0)\n" in files["DESCRIPTION"]


def test_namespace_exports_wrappers_and_reads_the_hand_written_tags(files):
    lines = files["NAMESPACE"].splitlines()
    assert lines[0] == R_HEADER
    assert "export(layer_dense_local_reparameterization)" in lines
    assert 'export("%>%")' in lines and "export(install_tfprobr)" in lines
    assert "S3method(r_to_py,tfprobr_python_function)" in lines
    assert "importFrom(reticulate,r_to_py)" in lines
    assert lines[2:] == sorted(lines[2:])


def test_rbuildignore_keeps_the_python_side_out_and_testthat_in(files):
    patterns = [re.compile(line, re.IGNORECASE) for line in files[".Rbuildignore"].splitlines()[1:]]

    def ignored(path):
        return any(pattern.search(path) for pattern in patterns)

    for path in (".venv", "tfprobr", "pyproject.toml", "tests/conftest.py", "tests/python_api",
                 "tests/python_api/test_saving.py", "tests/r_package/test_rd_package.py", "tests/support",
                 "tests/support/check_rd.R", "bench", "scripts", "docs", ".ci", "vignettes/render.py",
                 "vignettes/heteroscedastic-regression.py", "tfprobr/__pycache__"):
        assert ignored(path), path
    for path in ("DESCRIPTION", "NAMESPACE", "R", "R/layers.R", "man", "tests/testthat",
                 "tests/testthat.R", "tests/testthat/test-layers.R", "vignettes",
                 "vignettes/heteroscedastic-regression.Rmd"):
        assert not ignored(path), path


def test_hand_written_tags_export_and_take_the_place_of_a_wrapper(package_root):
    (package_root / "R" / "hand.R").write_text(
        "#' @importFrom generics fit compile\n"
        "\n"
        "# A comment, then tags directly above the assignment\n"
        "#' @export\n"
        "tfd_mean <- function(distribution, ...) NULL\n"
        "\n"
        "#' @exportS3Method fit tf_keras.src.engine.training.Model\n"
        "fit.tf_keras.src.engine.training.Model <- function(object, ...) NULL\n"
        "helper <- function() NULL\n"
        "\n"
        "# roxygen2's re-export form: a bare pkg::name\n"
        "#' @export\n"
        "generics::compile\n")
    files = generate_package(package_root)
    namespace = files["NAMESPACE"].splitlines()
    assert "export(tfd_mean)" in namespace
    assert "S3method(fit,tf_keras.src.engine.training.Model)" in namespace
    assert {"importFrom(generics,fit)", "importFrom(generics,compile)"} <= set(namespace)
    assert "export(helper)" not in namespace
    assert "export(compile)" in namespace
    assert "tfd_mean <- " not in files["R/distribution-methods.R"]
    assert "tfd_mode <- structure(function" in files["R/distribution-methods.R"]
    assert "man/tfd_mean.Rd" in files  # its page is still generated


def test_a_tag_not_above_an_assignment_fails_naming_the_file(package_root):
    (package_root / "R" / "bad.R").write_text("#' @export\nprint('x')\n")
    with pytest.raises(ValueError, match=r"bad\.R: tags not directly above"):
        generate_package(package_root)


def test_check_lists_a_stale_r_file_and_leaves_hand_written_files_alone(package_root):
    runner = CliRunner()
    root = str(package_root)
    hand_page = package_root / "man" / "install_tfprobr.Rd"
    hand_page.parent.mkdir()
    hand_page.write_text("% Written by hand\n\\name{install_tfprobr}\n")
    result = runner.invoke(main, ["man", "--root", root, "--check"])
    assert result.exit_code != 0 and "R/layers.R: missing" in result.output
    assert "DESCRIPTION: missing" in result.output and "NAMESPACE: missing" in result.output
    assert runner.invoke(main, ["document", "--root", root]).exit_code == 0
    assert runner.invoke(main, ["man", "--root", root, "--check"]).exit_code == 0
    layers = package_root / "R" / "layers.R"
    layers.write_text(layers.read_text().replace('call_python("layer_dense_flipout")', "NULL"))
    result = runner.invoke(main, ["man", "--root", root, "--check"])
    assert result.exit_code != 0 and "R/layers.R: stale" in result.output
    assert "install_tfprobr" not in result.output and "zzz.R" not in result.output
    assert runner.invoke(main, ["man", "--root", root]).exit_code == 0
    assert hand_page.read_text().startswith("% Written by hand")
    assert (package_root / "R" / "zzz.R").read_text() == (ROOT / "R" / "zzz.R").read_text()


def test_generated_r_files_of_removed_modules_are_deleted(package_root, files):
    write_man(files, package_root)
    (package_root / "R" / "gone.R").write_text(R_HEADER + "\ngone <- function() NULL\n")
    assert write_man(generate_package(package_root), package_root).obsolete == ["R/gone.R"]
    assert not (package_root / "R" / "gone.R").exists()


WRAPPER_FORMALS_SCRIPT = r"""
args <- commandArgs(trailingOnly = TRUE)
env <- new.env()
for (file in list.files(file.path(args[1], "R"), full.names = TRUE)) sys.source(file, env)
bad <- character()
# A usage as R code; \method{generic}{class} is the S3 method's function, generic.class.
usage_text <- function(x) {
  if (identical(attr(x, "Rd_tag"), "\\method"))
    return(paste0(unlist(x[[1]]), ".", unlist(x[[2]])))
  if (is.list(x)) paste(vapply(x, usage_text, ""), collapse = "") else as.character(x)
}
for (page in list.files(file.path(args[1], "man"), "\\.Rd$", full.names = TRUE)) {
  rd <- tools::parse_Rd(page)
  usage <- rd[sapply(rd, attr, "Rd_tag") == "\\usage"]
  if (!length(usage)) next
  for (call in as.list(parse(text = usage_text(usage[[1]])))) {
  # An object's usage (`tf`, `tfp`) is its bare name: it must exist, it has no formals.
  if (is.symbol(call)) {
    if (!exists(as.character(call), env, inherits = FALSE)) bad <- c(bad, paste(call, "is not defined;"))
    cat("checked", as.character(call), "\n")
    next
  }
  name <- as.character(call[[1]])
  shown <- as.list(call)[-1]
  if (is.null(names(shown))) names(shown) <- rep("", length(shown))
  if (!exists(name, env, inherits = FALSE)) { bad <- c(bad, paste(name, "has no R function;")); next }
  fn <- get(name, env)
  formals_ <- formals(fn)
  # A usage formal without default parses as a bare name (or `...`); match.call would differ.
  shown_names <- ifelse(names(shown) == "", vapply(shown, deparse, ""), names(shown))
  shown_defaults <- lapply(seq_along(shown), function(i) if (names(shown)[i] == "") quote(expr = ) else shown[[i]])
  names(shown_defaults) <- shown_names
  # as.character()/unname(): a function without formals has NULL where the usage has empty vectors.
  if (!identical(as.character(names(formals_)), as.character(shown_names)) ||
      !identical(unname(lapply(formals_, deparse)), unname(lapply(shown_defaults, deparse)))) {
    bad <- c(bad, name)
  }
  cat("checked", name, "\n")
  }
}
cat("MISMATCH:", bad, "\n")
"""


@pytest.mark.slow
def test_every_wrapper_has_exactly_the_formals_of_its_usage(tmp_path):
    require_rscript()
    script = tmp_path / "formals.R"
    script.write_text(WRAPPER_FORMALS_SCRIPT)
    result = subprocess.run(["Rscript", "--vanilla", str(script), str(ROOT)],
                            capture_output=True, text=True, check=True)
    checked = re.findall(r"^checked (\S+)", result.stdout, re.MULTILINE)
    methods = {name: getattr(tp, name).r_method.name for name in tp.__all__
               if hasattr(getattr(tp, name), "r_method")}
    assert {methods.get(name, name) for name in tp.__all__} <= set(checked)
    assert "install_tfprobr" in checked  # hand-written functions too
    assert "fit.tf_keras.src.engine.training.Model" in checked  # and S3 methods
    assert result.stdout.strip().splitlines()[-1] == "MISMATCH:", result.stdout[-2000:]
