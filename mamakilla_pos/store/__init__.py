"""Persistence: SQLAlchemy models, the engine and session factory, migrations."""

from .engine import Store, default_url, open_store

__all__ = ["Store", "default_url", "open_store"]
