"""Version of the geotext distribution (``geotext-fr`` on PyPI)."""

__version__ = "0.1.0.dev0"
