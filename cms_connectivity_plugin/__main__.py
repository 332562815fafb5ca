"""``python -m cms_connectivity_plugin``: see :mod:`cms_connectivity_plugin.cli`."""

import sys

from .cli import main

sys.exit(main())
