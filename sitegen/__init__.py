"""sitegen: a static briefing-site generator."""

__version__ = "0.1.0"
