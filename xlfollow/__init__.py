"""xlfollow: goal follow-up in Excel. Validates status workbooks, colours the status cells, rolls
up green/yellow/red per perspective, goal and committee, and writes summary sheets."""

__version__ = "0.1.0"
