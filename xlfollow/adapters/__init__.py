"""Adapters: the file reader and writer, live Excel (xlwings), the e-mail copy, the write lock."""
