"""Printable leaflets: shipped designs, page geometry, QR codes, fonts, and Qt painting.

Everything here except `render` is plain Python (no Qt), so the store, the CLI's argument checks
and head office can use it without a display; `render` paints with QPainter for PDF export,
printing and preview alike.
"""
