"""Pure domain objects: no I/O, no database, no clock."""
