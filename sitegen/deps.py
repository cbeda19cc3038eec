"""What a page's templates read from its context, so the page is rendered again
only when something it read has changed.

A page's context is wrapped in read-only proxies that record every path the
templates follow (`topics`, 2, `title`), every length they loop over, every key
set they list. Rendering is deterministic, so a page whose recorded paths hold
the same values in a new build renders to the same bytes: it is not rendered
again. That is what lets one edited article leave the other 9,999 article
pages alone although every page gets the whole topic list for its navigation.

Anything a proxy cannot follow precisely (a method call, str() of a whole
dict, a comparison) records the whole value under that path, so the result is
conservative, never wrong. An operation a proxy does not support at all (a
value handed to json.dumps) raises; build then renders the page from the plain
context and marks it to be rendered on every build.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import io
import pickle
from collections.abc import Mapping, Sequence
from pathlib import PurePath
from typing import Any, Hashable, Iterable, Iterator, Optional

LEN = "#len"  # the length of a sequence
KEYS = "#keys"  # the keys of a mapping, in order
WHOLE = "#whole"  # the whole value below a path
_MISSING = MISSING = "#missing"
BIG = 64  # longer sequences are not tracked item by item
_LEAVES = (str, bytes, int, float, bool, type(None), _dt.date, PurePath)

Path_ = tuple  # a path: keys (str), indexes (int) and attributes (("@", name)), maybe ending in LEN/KEYS/WHOLE


class Recorder:
    """The paths one page render read."""

    __slots__ = ("paths",)

    def __init__(self) -> None:
        self.paths: dict[Path_, None] = {}  # ordered set

    def add(self, path: Path_) -> None:
        self.paths[path] = None

    def pathset(self) -> tuple:
        """((root key, (paths...)), ...): the recorded paths grouped by the context key they start at."""
        grouped: dict[str, list[Path_]] = {}
        for path in self.paths:
            grouped.setdefault(path[0], []).append(path)
        return intern(tuple((root, intern(tuple(paths))) for root, paths in grouped.items()))


_interned: dict[tuple, tuple] = {}


def intern(paths: tuple) -> tuple:
    """One object per distinct path tuple: fingerprints are memoized by identity and pickles stay small."""
    return _interned.setdefault(paths, paths)


def track_context(context: Mapping[str, Any], recorder: Recorder) -> dict[str, Any]:
    return {key: track(value, (key,), recorder) for key, value in context.items()}


def track(value: Any, path: Path_, recorder: Recorder) -> Any:
    if isinstance(value, _LEAVES):
        recorder.add(path)
        return value
    if isinstance(value, Mapping):
        return TrackedMapping(value, path, recorder)
    if isinstance(value, (list, tuple)):
        if len(value) > BIG:
            # A long list (every article, every paragraph of a topic) is read whole by the page
            # that loops over it; tracking each item would cost more than the page's render.
            recorder.add(path + (WHOLE,))
            return value
        return TrackedSequence(value, path, recorder)
    if callable(value) or not (hasattr(value, "__dict__") or hasattr(value, "__slots__")):
        recorder.add(path + (WHOLE,))
        return value
    return TrackedObject(value, path, recorder)


class _Tracked:
    __slots__ = ("_value", "_path", "_recorder")

    def __init__(self, value: Any, path: Path_, recorder: Recorder):
        self._value = value
        self._path = path
        self._recorder = recorder

    def _whole(self) -> Any:
        self._recorder.add(self._path + (WHOLE,))
        return self._value

    def __str__(self) -> str:
        return str(self._whole())

    def __repr__(self) -> str:
        return repr(self._whole())

    def __eq__(self, other: Any) -> bool:
        return self._whole() == (other._whole() if isinstance(other, _Tracked) else other)

    def __ne__(self, other: Any) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash(self._whole())

    def __reduce__(self):
        # A proxy must never be pickled or serialized in place of the value: say so loudly.
        raise TypeError("a tracked template value cannot be serialized")


class TrackedMapping(_Tracked, Mapping):
    __slots__ = ()

    def __getitem__(self, key: Hashable) -> Any:
        path = self._path + (key,)
        try:
            value = self._value[key]
        except (KeyError, TypeError):
            self._recorder.add(path)  # its absence is what the template saw
            raise
        return track(value, path, self._recorder)

    def __iter__(self) -> Iterator:
        self._recorder.add(self._path + (KEYS,))
        return iter(self._value)

    def __len__(self) -> int:
        self._recorder.add(self._path + (KEYS,))
        return len(self._value)

    def __contains__(self, key: object) -> bool:
        self._recorder.add(self._path + (KEYS,))
        return key in self._value

    __hash__ = None  # type: ignore[assignment]


class TrackedSequence(_Tracked, Sequence):
    __slots__ = ()

    def __getitem__(self, index: Any) -> Any:
        values = self._value
        if isinstance(index, slice):
            self._recorder.add(self._path + (LEN,))
            return [track(values[i], self._path + (i,), self._recorder) for i in range(*index.indices(len(values)))]
        if isinstance(index, int) and index < 0:
            self._recorder.add(self._path + (LEN,))
            index += len(values)
        path = self._path + (index,)
        try:
            value = values[index]
        except (IndexError, TypeError):
            self._recorder.add(path)
            self._recorder.add(self._path + (LEN,))
            raise
        return track(value, path, self._recorder)

    def __len__(self) -> int:
        self._recorder.add(self._path + (LEN,))
        return len(self._value)

    def __iter__(self) -> Iterator:
        self._recorder.add(self._path + (LEN,))
        for i, value in enumerate(self._value):
            yield track(value, self._path + (i,), self._recorder)

    def __contains__(self, item: object) -> bool:
        return item in self._whole()

    def __bool__(self) -> bool:
        self._recorder.add(self._path + (LEN,))
        return bool(self._value)

    __hash__ = None  # type: ignore[assignment]


class TrackedObject(_Tracked):
    """A dataclass or other object in a context (a Topic, a Person): attribute reads are tracked."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        path = self._path + (("@", name),)
        try:
            value = getattr(self._value, name)
        except AttributeError:
            self._recorder.add(path)
            raise
        if callable(value) and not isinstance(value, type):
            self._recorder.add(self._path + (WHOLE,))  # a method may read anything of the object
            return value
        return track(value, path, self._recorder)

    def __bool__(self) -> bool:
        return bool(self._whole())


# -- fingerprints -------------------------------------------------------------


def value_at(root: Any, path: Path_, start: int = 0) -> Any:
    """What `path[start:]` reads in `root`, in a form that pickles."""
    value = root
    for i in range(start, len(path)):
        step = path[i]
        kind = type(value)
        if kind is dict and type(step) is str and step[:1] != "#":  # the common case, first
            value = value.get(step, _MISSING)
        elif step == LEN:
            try:
                return ("#len", len(value))
            except TypeError:
                return _MISSING
        elif step == KEYS:
            try:
                return ("#keys", tuple(value))
            except TypeError:
                return _MISSING
        elif step == WHOLE:
            return ("#whole", value)
        elif type(step) is tuple:
            value = getattr(value, step[1], _MISSING)
        elif isinstance(value, Mapping):
            value = value.get(step, _MISSING)
        elif isinstance(value, (list, tuple)) and type(step) is int:
            value = value[step] if -len(value) <= step < len(value) else _MISSING
        else:
            return _MISSING
        if value is _MISSING:
            return _MISSING
    return value if isinstance(value, _LEAVES) else ("#whole", value)


def digest(paths: tuple[Path_, ...], root: Any, lists: Optional[dict] = None,
           items: Optional["ItemDigests"] = None) -> bytes:
    """A digest of the values `paths` read in `root` (paths include the root key first).

    A long list read whole counts by its own digest, memoized in `lists` by identity: the
    article list of a topic is read by the topic's page, the home page and every page that
    lists the topics, and pickling it again for each cost more than the rest of the check."""
    values = [value_at(root, path, 1) for path in paths]
    for n, value in enumerate(values):
        if type(value) is tuple and value[0] == "#whole" and type(value[1]) in (list, tuple) and len(value[1]) > BIG:
            values[n] = ("#whole-list", _list_digest(value[1], lists, items))
    try:
        data = pickle.dumps(values, protocol=5)
    except Exception:  # something that does not pickle: never equal, always rendered again
        return b"unpicklable"
    return hashlib.blake2b(data, digest_size=16).digest()


def _list_digest(items: Any, memo: Optional[dict], item_digests: Optional["ItemDigests"] = None) -> bytes:
    found = memo.get(id(items)) if memo is not None else None
    if found is not None:
        return found[1]
    try:
        if item_digests is None:
            item_digests = ItemDigests()
        value = hashlib.blake2b(item_digests.joined(items), digest_size=16).digest()
    except Exception:  # does not pickle: never equal
        value = b"unpicklable" + id(items).to_bytes(8, "little")
    if memo is not None:
        memo[id(items)] = (items, value)  # the list is kept alive, so its id stays its own
    return value


class ItemDigests:
    """Digests of the items of long lists, by identity, kept from one build to the next.

    The article lists that topic, list and home pages read whole are new lists in every build,
    but pages.site_pages gives an unchanged article the same view object again: after a
    one-article edit, 9,999 of 10,000 items are known, and the list's digest is a join of
    theirs instead of pickling the whole list (most of a warm rebuild's dependency checks).
    Items are never changed once made (page values are read-only), and each is kept alive
    while remembered, so its id cannot be reused by another object."""

    def __init__(self) -> None:
        self._known: dict[int, tuple[Any, bytes]] = {}
        self._named: dict[int, bytes] = {}  # id → the item's name, see name()
        self._named_items: list = []  # the named items, kept alive while named, so their ids stay theirs
        self._seen: set[int] = set()
        # (context key, id(value), id(paths)) → (value, paths, digest): a page context's shared root, digested
        # (see Fingerprints.root); kept to the next build for the values a build reused (a person's view
        # made of the same articles), so their pages are checked without walking their lists again.
        self._roots: dict[tuple, tuple] = {}
        self._roots_seen: set[tuple] = set()

    def of(self, item: Any, inside: Optional[dict] = None) -> bytes:
        """The item's digest; `inside` (id → digest), the digests of the values inside items (see _ItemPickler),
        kept by the caller while those values are alive (while it reads one list)."""
        key = id(item)
        self._seen.add(key)
        named = self._named.get(key)
        if named is not None:
            return named
        found = self._known.get(key)
        if found is None:
            found = self._known[key] = (item, _digest(item, {} if inside is None else inside, self._named))
        return found[1]

    def joined(self, items: Iterable) -> bytes:
        """The digests of `items` one after the other (of() for each, in one loop: a one-article edit
        joins 100,000 of them)."""
        known, named, seen = self._known, self._named, self._seen
        inside: dict = {}  # the digests of what the items hold (see _ItemPickler), while the list is read
        parts = []
        for item in items:
            key = id(item)
            found = named.get(key)
            if found is None:
                seen.add(key)
                digested = known.get(key)
                if digested is None:
                    digested = known[key] = (item, _digest(item, inside, named))
                found = digested[1]
            parts.append(found)
        return b"".join(parts)

    def name(self, item: Any, name: bytes) -> None:
        """Give `item` (a value never changed once made) a name that stands for its content, made by
        whoever made the item from what it holds, so that only items of equal content share it (an
        article view's: a hash of its own values and of its topics; a view made of one: that name and
        what it adds). The name is its digest, and stands for it in the digest of each item holding it,
        with no pickling: a process that did not make the last build's views (a one-off build)
        pickled all of them again, most of a one-article edit's dependency checks. Kept while the
        item is, like a digest."""
        self._named[id(item)] = name
        self._named_items.append(item)

    def name_all(self, items: list, names: list) -> None:
        """name() for each item with its name, in one go."""
        self._named.update(zip(map(id, items), names))
        self._named_items.extend(items)

    def root(self, key: str, value: Any, paths: tuple, make) -> bytes:
        """The digest of what `paths` read of `value` (a context root), `make()` when not known."""
        memo_key = (key, id(value), id(paths))
        self._roots_seen.add(memo_key)
        found = self._roots.get(memo_key)
        if found is None:
            found = self._roots[memo_key] = (value, paths, make())  # (kept alive: their ids stay theirs)
        return found[2]

    def forget_unused(self) -> None:
        """Drop what the build that just ended did not look at (edited articles' old views)."""
        self._known = {key: value for key, value in self._known.items() if key in self._seen}
        self._roots = {key: value for key, value in self._roots.items() if key in self._roots_seen}
        self._roots_seen = set()
        self._named, self._named_items = {}, []  # (named again by the build that makes or reuses them)
        self._seen = set()


class _Records(dict):
    """type → whether it is a dataclass (a Topic, a Person: shared by many views, pickled once by its digest)."""

    def __missing__(self, kind: type) -> bool:
        self[kind] = found = hasattr(kind, "__dataclass_fields__")
        return found


_RECORDS = _Records()


def _digest(item: Any, inside: dict, named: Mapping[int, bytes] = {}) -> bytes:
    sink = io.BytesIO()
    _ItemPickler(sink, item, inside, named).dump(item)
    return hashlib.blake2b(sink.getbuffer(), digest_size=16).digest()


class _ItemPickler(pickle.Pickler):
    """Pickles an item with each dict or dataclass inside it stood for by its own digest: the items of a list
    share values (the article view inside each of 55,000 quotes' source views at 10,000 articles, the topics
    of every article view), which pickled whole again for every item were most of the dependency checks of
    a one-article edit (3 times this, in one process). A digest stands for the whole content of what it
    digests, so equal digests still mean equal items. Those digests are remembered in `inside` by identity
    for as long as the caller keeps it, not with the items': a cold build's person pages hold 110,000 such
    values, which remembered to the end of the build were 10 MB more at its peak."""

    def __init__(self, sink, root: Any, inside: dict, named: Mapping[int, bytes]):
        super().__init__(sink, protocol=5)
        self._root = root
        self._inside = inside
        self._named = named  # id → a value's name: see ItemDigests.name

    def persistent_id(self, obj: Any) -> Optional[bytes]:
        kind = type(obj)
        if (kind is dict or _RECORDS[kind]) and obj is not self._root:
            found = self._inside.get(id(obj))
            if found is None:
                named = self._named.get(id(obj))
                found = self._inside[id(obj)] = named if named is not None else _digest(obj, self._inside, self._named)
            return found
        return None


class Fingerprints:
    """Digests of context roots, memoized for roots shared by many pages (the topic list, `site`)."""

    def __init__(self, items: Optional[ItemDigests] = None) -> None:
        self._lists: dict[int, tuple] = {}  # id → (long list, its digest), see digest()
        self._items = items if items is not None else ItemDigests()

    def root(self, key: str, value: Any, paths: tuple[Path_, ...]) -> bytes:
        """Memoized by identity of the value and the paths (in the ItemDigests: kept between a Builder's builds)."""
        return self._items.root(key, value, paths, lambda: digest(paths, value, self._lists, self._items))

    def page(self, context: Mapping[str, Any], pathset: tuple, own: frozenset = frozenset()) -> bytes:
        """The digests of what a page read, root by root in pathset order (16 bytes each);
        a root the context no longer has digests as missing. Roots in `own` hold values of this
        page alone: not memoized (keeping them alive would keep every rendered page in memory)."""
        return b"".join(digest(paths, context.get(key, _MISSING), self._lists, self._items) if key in own
                        else self.root(key, context.get(key, _MISSING), paths) for key, paths in pathset)


def whole_pathset(context: Mapping[str, Any]) -> tuple:
    """The pathset of a page that depends on every value of its context."""
    return intern(tuple((key, intern(((key, WHOLE),))) for key in context))


def changed_roots(pathset: tuple, old: bytes, new: bytes) -> list[str]:
    return [key for n, (key, _) in enumerate(pathset) if old[16 * n:16 * n + 16] != new[16 * n:16 * n + 16]]
