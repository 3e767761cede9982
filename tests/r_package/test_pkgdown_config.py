"""_pkgdown.yml: the reference index has one section per family, in the package's order."""

import re

import tfprobr

from support import ROOT

CONFIG = ROOT / "_pkgdown.yml"


def _concepts():
    return re.findall(r'^\s*- has_concept\("(\w+)"\)\s*$', CONFIG.read_text(), re.MULTILINE)


def test_every_family_has_a_section_in_the_packages_order():
    families = [module.__family__ for module in tfprobr.EXPORT_MODULES]
    concepts = _concepts()
    assert [concept for concept in concepts if concept in families] == families


def test_the_verbs_have_a_section_with_the_hand_written_history_page():
    assert "verbs" in _concepts()
    assert "\\concept{verbs}" in (ROOT / "man" / "tfprobr_training_history.Rd").read_text()
