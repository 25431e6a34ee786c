import sys

from xlfollow.cli import entry

if __name__ == "__main__":  # guarded: worker processes started with "spawn" import this module
    sys.exit(entry())
