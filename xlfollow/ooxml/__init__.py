"""The file format (Office Open XML): the zip package and its parts, relationships and content
types, sheet bytes, styles, new parts, notes, the check after writing and the atomic save. Used by
the readers and the writers alike; imports no adapter."""
