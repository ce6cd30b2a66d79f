"""Entry point of the bundled program: the ``mamakilla-pos`` command (the till when given no command)."""

import sys

from mamakilla_pos.cli import main

if __name__ == "__main__":
    sys.exit(main())
