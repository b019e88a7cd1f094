"""A compact map ``int key → sequence of ints`` that persists as three flat arrays.

Used for posting lists and the per-document forward index. A loaded store keeps its data in one
contiguous array (the *base*), so loading 30,000 guides is a couple of ``frombytes`` calls instead
of hundreds of thousands of small objects. Changes go to an overlay of ``array`` objects
(copy-on-write); :meth:`IntSeqStore.state` merges both into fresh flat arrays.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterator, Sequence

_EMPTY = array("i")


class IntSeqStore:
    """``int → array('i')`` with a flat, read-mostly base and a mutable overlay."""

    __slots__ = ("_base", "_keys", "_offs", "_over", "_view")

    def __init__(self) -> None:
        self._keys = array("q")  # sorted keys of the base
        self._offs = array("q", [0])  # base slice of keys[i] is data[offs[i]:offs[i + 1]]
        self._base = array("i")
        self._view = memoryview(self._base)
        self._over: dict[int, array[int]] = {}  # overlay; an empty array hides a base key

    def _base_get(self, key: int) -> memoryview | None:
        keys = self._keys
        i = bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:
            return self._view[self._offs[i] : self._offs[i + 1]]
        return None

    def get(self, key: int) -> Sequence[int]:
        """The ints stored under ``key`` (empty when absent). Do not modify the result."""
        seq = self._over.get(key)
        if seq is not None:
            return seq
        base = self._base_get(key)
        return base if base is not None else _EMPTY

    def mutable(self, key: int) -> array[int]:
        """The overlay array of ``key`` (copied from the base on first write)."""
        seq = self._over.get(key)
        if seq is None:
            base = self._base_get(key)
            seq = array("i", base) if base is not None else array("i")
            self._over[key] = seq
        return seq

    def append(self, key: int, value: int) -> None:
        """Append one int to the ints stored under ``key``."""
        seq = self._over.get(key)
        if seq is None:
            seq = self.mutable(key)
        seq.append(value)

    def put(self, key: int, values: array[int]) -> None:
        """Replace the ints stored under ``key``."""
        self._over[key] = values

    def discard(self, key: int) -> None:
        """Forget ``key``."""
        if self._base_get(key) is not None:
            self._over[key] = array("i")
        else:
            self._over.pop(key, None)

    def items(self) -> Iterator[tuple[int, Sequence[int]]]:
        """All non-empty ``(key, ints)`` pairs in key order."""
        over = self._over
        keys = sorted(set(self._keys).union(over))
        for key in keys:
            seq = self.get(key)
            if len(seq):
                yield key, seq

    def state(self) -> tuple[bytes, bytes, bytes]:
        """Flat ``(keys, offsets, data)`` bytes; also compacts this store to that state."""
        if self._over:
            keys = array("q")
            offs = array("q", [0])
            data = array("i")
            for key, seq in self.items():
                keys.append(key)
                data.extend(seq)
                offs.append(len(data))
            self._set(keys, offs, data)
        return self._keys.tobytes(), self._offs.tobytes(), self._base.tobytes()

    @classmethod
    def from_state(cls, state: tuple[bytes, bytes, bytes]) -> IntSeqStore:
        """Rebuild a store from :meth:`state`."""
        store = cls()
        keys, offs, data = array("q"), array("q"), array("i")
        keys.frombytes(state[0])
        offs.frombytes(state[1])
        data.frombytes(state[2])
        store._set(keys, offs, data)
        return store

    def _set(self, keys: array[int], offs: array[int], data: array[int]) -> None:
        self._keys, self._offs, self._base = keys, offs, data
        self._view = memoryview(data)
        self._over = {}
