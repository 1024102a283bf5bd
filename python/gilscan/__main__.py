"""``python -m gilscan``: the same as the ``gilscan`` command."""

import sys

from gilscan import main

sys.exit(main())
