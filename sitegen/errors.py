"""One error type for every user mistake, and a report that collects them.

A user-facing error always reads `path:line: what is wrong — what to do`, so an
editor can jump to the place; sitegen never shows a traceback for bad input.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union


@dataclass(frozen=True)
class Problem:
    path: str
    line: Optional[int]
    message: str
    hint: str = ""
    severity: str = "error"  # "error" | "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        label = "warning: " if self.severity == "warning" else ""
        hint = f" — {self.hint}" if self.hint else ""
        return f"{where}: {label}{self.message}{hint}"


class SitegenError(Exception):
    """A user mistake (or several) that stops the current command."""

    def __init__(self, problems: Union[Problem, list[Problem], tuple[Problem, ...]]):
        self.problems = tuple(problems) if isinstance(problems, (list, tuple)) else (problems,)
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def at(cls, path: Union[str, Path], line: Optional[int], message: str, hint: str = "") -> "SitegenError":
        return cls(Problem(str(path), line, message, hint))


@dataclass
class Report:
    """Collects problems so a command can show all of them at once."""

    problems: list[Problem] = field(default_factory=list)

    def error(self, path, line, message, hint="") -> None:
        self.problems.append(Problem(str(path), line, message, hint, "error"))

    def warning(self, path, line, message, hint="") -> None:
        self.problems.append(Problem(str(path), line, message, hint, "warning"))

    def extend(self, problems) -> None:
        self.problems.extend(problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise SitegenError(self.errors)


def display_path(path: Union[str, Path], root: Optional[Path] = None) -> str:
    """A path as the user should read it: relative to the project when inside it."""
    path = Path(path)
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return str(path)
