"""File writes that never leave half a file behind."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Union


def write_atomic(path: Path, data: Union[str, bytes, Iterable[bytes], Callable[[BinaryIO], None]]) -> None:
    """Write to a temp file beside `path`, then rename it over `path`. `data` may be a sequence of
    byte strings, written one after the other (joining them first would copy a large payload), or a
    function that writes to the open file (a payload made as it is written is never held whole)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        parts: Iterable[bytes] = (data.encode("utf-8"),)
    elif isinstance(data, (bytes, bytearray, memoryview)):
        parts = (data,)
    else:
        parts = data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            if callable(parts):
                parts(handle)
            else:
                for part in parts:
                    handle.write(part)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
