"""Ingest: raw articles in seeds/ → Markdown with front matter in content/articles/."""
from sitegen.ingest.project import IngestResult, ingest, seed_files, was_edited

__all__ = ["IngestResult", "ingest", "seed_files", "was_edited"]
