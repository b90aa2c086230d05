"""Head office's sync server: enrols laptops, takes their changes, hands out everyone's changes.

The server keeps nothing in the process: every request reads and writes the database, so several
server processes can run behind one PostgreSQL database (or one SQLite file on one machine).
"""
