"""The tabs of Ajustes that edit the shop's settings, one module a tab; ``settings_dialog`` assembles them.

Each tab is a :class:`~.page.SettingsPage`: it lists the settings it edits
(``fields``) and reads what was typed (``values``); the dialog saves them
together.
"""
