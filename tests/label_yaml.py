"""Reading the labels' YAML: thousands of files, read again by every test module that collects them."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

# libyaml reads the labels about ten times faster than the pure-Python parser (collecting the suite took two minutes,
# most of it here) and gives the same values on every label (checked over all of them, stop 63); a label it cannot
# read is read again by the pure parser, for its usual message.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    try:
        return yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError:
        return yaml.safe_load(text)


def read_yaml(path: Path) -> Any:
    return load_yaml(path.read_text(encoding="utf-8"))
