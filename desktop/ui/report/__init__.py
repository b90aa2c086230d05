"""The supervisor's period report in the window (desktop.report is the Qt-free core)."""
