"""What every window and dialog needs, passed in rather than kept in module globals."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.store.store import Store


@dataclass
class UiContext:
    store: Store
    lang: str

    @property
    def chinese(self) -> bool:
        return self.lang.startswith("zh")
