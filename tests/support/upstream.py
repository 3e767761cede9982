"""Tests of upstream (TFP, tf_keras) bugs that tfprobr works around.

Mark such a test ``@pytest.mark.upstream_bug`` and end it with
:func:`assert_upstream_bug`: when an upgrade fixes the bug, the test fails
saying so, and names the workaround that can go.
"""


def assert_upstream_bug(still_broken: bool, bug: str, workaround: str) -> None:
    assert still_broken, f"upstream fixed: {bug}. Remove the workaround: {workaround}"
