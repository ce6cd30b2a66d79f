"""PySide6 screens and models of the till; they call services only.

Widgets never open a database session nor compute money: amounts come from
:mod:`mamakilla_pos.services.quote`, which applies the sale rules.
"""
