from __future__ import annotations

import pytest

from sitegen.cli import main
from sitegen.config import load_config
from sitegen.errors import SitegenError


def test_every_config_error_is_reported_at_once_with_its_line(tmp_path, capsys):
    (tmp_path / "sitegen.yaml").write_text(
        "title: 42\n"
        "colour: blue\n"
        "base_url: ftp://example.org/\n"
        "paths:\n"
        "  output: public\n"
        "  ouput: typo\n", encoding="utf-8")
    assert main(["build", "-C", str(tmp_path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "sitegen.yaml:1: 'title' must be a string, not int 42",
        "sitegen.yaml:2: unknown setting 'colour' — remove it or use one of: base_url, cname, description, language, paths, relative_urls, search_text, "
        "theme, title",
        "sitegen.yaml:3: base_url 'ftp://example.org/' must start with http://, https:// or /",
        "sitegen.yaml:6: unknown setting 'paths.ouput' — use one of: content, output, seeds, themes",
    ]


def test_yaml_syntax_error_in_config_names_the_line(tmp_path):
    (tmp_path / "sitegen.yaml").write_text("title: ok\ndescription: [unclosed\n", encoding="utf-8")
    with pytest.raises(SitegenError) as info:
        load_config(tmp_path)
    assert str(info.value).startswith("sitegen.yaml:")
    assert "invalid YAML" in str(info.value)


@pytest.mark.parametrize("base_url, base_path, origin", [
    ("/", "/", None),
    ("/briefing", "/briefing/", None),
    ("https://someone.github.io/briefing/", "/briefing/", "https://someone.github.io"),
    ("https://briefing.example.org", "/", "https://briefing.example.org"),
])
def test_base_url_gives_the_path_every_link_starts_with(tmp_path, base_url, base_path, origin):
    (tmp_path / "sitegen.yaml").write_text(f"base_url: {base_url}\n", encoding="utf-8")
    config = load_config(tmp_path)
    assert config.base_path == base_path
    assert config.site_origin == origin


def test_missing_config_file_means_defaults(tmp_path):
    config = load_config(tmp_path)
    assert config.base_path == "/" and config.theme == "default" and config.paths.output == "site"
