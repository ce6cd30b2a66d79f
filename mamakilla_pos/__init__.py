"""Mama Killa POS: point of sale for the Mama Killa bag-and-accessory workshop."""

__version__ = "0.1.0"
