"""The HTML reference manual: an index grouped by family, one page per topic, links that resolve."""

import re
from pathlib import Path

import pytest

import tfprobr as tp
from tfprobr.rd.manual import build_html
from tfprobr.rd.pages import build_pages


@pytest.fixture(scope="module")
def manual(tmp_path_factory):
    out = tmp_path_factory.mktemp("manual")
    build_html(build_pages(), out)
    return out


def test_index_lists_every_topic_under_its_family(manual):
    index = (manual / "index.html").read_text()
    for module in tp.EXPORT_MODULES:
        heading = index.index(f'<h2 id="{module.__family__}">')
        following = index.find("<h2", heading + 1)
        section = index[heading:following if following > 0 else None]
        for name in module.__all__:
            assert f'href="{name}.html"' in section


def test_every_local_link_resolves(manual):
    links = {
        (page.name, target)
        for page in manual.glob("*.html")
        for target in re.findall(r'(?:href|src)="([^"#:]+)"', page.read_text())
    }
    assert links
    assert {(page, target) for page, target in links if not (manual / target).is_file()} == set()


def test_topic_page_shows_usage_and_arguments(manual):
    page = (manual / "layer_dense_local_reparameterization.html").read_text()
    assert "kernel_posterior_tensor_fn = function(d) d %&gt;% tfd_sample()," in page
    assert "<tr><th><code>units</code></th>" in page
    assert '<a href="tfd_sample.html"><code>tfd_sample()</code></a>' in page


def test_pdf_manual_is_built_by_r(tmp_path):
    from tfprobr.rd.manual import build_pdf, can_build_pdf

    if not can_build_pdf():
        pytest.skip("the PDF manual needs R and pdfLaTeX")
    pdf = build_pdf(build_pages(), tmp_path / "tfprobr.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_index_orders_families_as_the_package_exports_them(manual):
    import tfprobr

    index = (manual / "index.html").read_text()
    positions = [index.index(f'<h2 id="{module.__family__}">') for module in tfprobr.EXPORT_MODULES]
    assert positions == sorted(positions)
