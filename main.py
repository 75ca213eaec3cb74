"""Start the SFA Desk desktop app: ``python main.py`` or ``python main.py --demo``."""

from __future__ import annotations

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
