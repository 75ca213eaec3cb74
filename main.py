"""Start the SFA Desk desktop app: ``python main.py`` or ``python main.py --demo``."""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    # Search documents are built on worker processes (sfa.store.search_backfill), started
    # with "spawn": each re-imports this file, so nothing but this guard may run here, and
    # in a frozen bundle freeze_support() turns such a start into the worker it is.
    multiprocessing.freeze_support()
    from ui.app import main

    sys.exit(main())
