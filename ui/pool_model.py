"""The open pool's tables: accounts nobody owns, and the ones the user holds from it.

Both are :class:`~ui.page_table.RowsModel` tables over the server's answers (dataclasses,
turned into dicts); a row's id (``IdRole``) is the account's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict

from sfa.sync.manager_api import Holding, PoolAccount
from ui.page_labels import label, when
from ui.page_table import Column, RowsModel
from ui.qt import QT_TRANSLATE_NOOP

_C = "PoolModel"

_POOL_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("PoolModel", "Account"), lambda r: r["name"]),
    Column(QT_TRANSLATE_NOOP("PoolModel", "Province"), lambda r: r["province"] or ""),
    Column(QT_TRANSLATE_NOOP("PoolModel", "City"), lambda r: r["city"] or ""),
    Column(
        QT_TRANSLATE_NOOP("PoolModel", "Industry"),
        lambda r: label("industry", r["industry"]) if r["industry"] else "",
    ),
    Column(QT_TRANSLATE_NOOP("PoolModel", "Territory"), lambda r: r["territory_name"] or ""),
)
_HELD_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("PoolModel", "Account"), lambda r: r["name"]),
    Column(QT_TRANSLATE_NOOP("PoolModel", "Claimed"), lambda r: when(r["claimed_at"].date())),
    Column(
        QT_TRANSLATE_NOOP("PoolModel", "Back to the pool if untouched by"),
        lambda r: when(r["returns_at"].date()),
    ),
)


class PoolModel(RowsModel):
    def __init__(self) -> None:
        super().__init__(_C, _POOL_COLUMNS)

    def set_accounts(self, accounts: Sequence[PoolAccount]) -> None:
        self.set_rows([asdict(account) for account in accounts])


class HoldingsModel(RowsModel):
    def __init__(self) -> None:
        super().__init__(_C, _HELD_COLUMNS, key="account_id")

    def set_holdings(self, holdings: Sequence[Holding]) -> None:
        self.set_rows([asdict(holding) for holding in holdings])
