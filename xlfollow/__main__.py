import sys

from xlfollow.cli import main

sys.exit(main())
