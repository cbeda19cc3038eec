"""An article file's front matter is the same bytes whichever YAML emitter writes it.

frontmatter.dump takes libyaml's emitter for ordinary metadata (it is several times faster) and the
pure-Python one for what libyaml writes differently. If the two ever disagreed on a file ingest wrote,
the next ingest would see a changed file and rewrite (or refuse to touch) articles nobody edited.
"""
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from sitegen import frontmatter


def _pure_python(meta: dict) -> str:
    text = yaml.dump(meta, Dumper=frontmatter._Dumper, sort_keys=False, allow_unicode=True,
                     default_flow_style=False, width=100000)
    return f"---\n{text}---\n"


# Punctuation that decides plain against quoted scalars, typographic marks, CJK, emoji, NEL and newlines.
_TRICKY = st.text(alphabet=st.sampled_from(list(" \t\r!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~aZ09é–—“”‘’«»\u00a0\u200b\u3000日\n\x85\u2028\ufeff😀")),
                  max_size=12)
_VALUES = st.one_of(_TRICKY, st.lists(_TRICKY, max_size=3), st.none(), st.booleans(), st.integers(), st.text(max_size=40),
                    st.lists(st.text(max_size=20), max_size=3), st.dates(), st.lists(st.dictionaries(_TRICKY, _TRICKY, max_size=2), max_size=2))
_KEYS = st.one_of(st.sampled_from(["title", "author", "date", "topics", "source_sha256", "x-y"]), _TRICKY)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(st.dictionaries(_KEYS, _VALUES, max_size=6))
def test_front_matter_bytes_do_not_depend_on_the_emitter(meta):
    assert frontmatter.dump(meta, "") == _pure_python(meta)


def test_metadata_that_libyaml_would_escape_is_written_as_before():
    meta = {"title": "Talks resume 🇺🇦 in Geneva", "author": "A\u2028B", "topics": ["a\nb"]}
    text = frontmatter.dump(meta, "Body.")
    assert text.startswith("---\ntitle: Talks resume 🇺🇦 in Geneva\n")
    assert frontmatter.parse(text, "x.md")[0] == meta


def test_a_list_set_twice_is_written_as_the_representer_writes_it():
    """frontmatter._nodes builds ingest's metadata without the representer; a list object set under two keys is one
    the representer writes with an anchor and an alias, so it is left to the representer."""
    topics = ["sanctions", "peace-talks"]
    meta = {"title": "Talks resume", "date": "2026-12-04", "author": None, "title_inferred": True, "n": 3,
            "topics": topics, "again": topics, "empty": []}
    assert frontmatter.dump(meta, "Body.") == _pure_python(meta) + "\nBody.\n"
    assert "&id001" in frontmatter.dump(meta, "")
