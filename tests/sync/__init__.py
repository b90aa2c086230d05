"""Sync: the head-office server, the protocol end to end, and the tools their tests share."""
