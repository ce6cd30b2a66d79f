"""Python modules generated from the Qt Designer forms in ``ui/`` (regenerate: ``python ui/compile.py``)."""
