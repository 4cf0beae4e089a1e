"""Translations of the message catalog, one module per language."""
