"""`importlib.metadata`: what is known of the installed distributions. corun has no
site-packages and reads no distribution metadata, so it finds no distribution: `version()`
and the other look-ups by name raise `PackageNotFoundError`, `distributions()` is empty and
`entry_points()` finds none. `EntryPoint` and `EntryPoints` work as CPython's for entry points
a program makes itself."""

import re as _re
import warnings as _warnings

__all__ = [
    'Distribution', 'DistributionFinder', 'PackageMetadata', 'PackageNotFoundError',
    'distribution', 'distributions', 'entry_points', 'files', 'metadata',
    'packages_distributions', 'requires', 'version',
]


class PackageNotFoundError(ModuleNotFoundError):
    """No distribution of this name is installed."""

    def __str__(self):
        return f"No package metadata was found for {self.name}"

    @property
    def name(self):
        (name,) = self.args
        return name


class EntryPoint:
    """An object a distribution names for others to load: `value` is `module:attr [extras]`."""

    _pattern = _re.compile(
        r'(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$')

    def __init__(self, name, value, group):
        vars(self).update(name=name, value=value, group=group)

    def __setattr__(self, name, value):
        raise AttributeError("EntryPoint objects are immutable.")

    def _match(self):
        return self._pattern.match(self.value)

    @property
    def module(self):
        return self._match().group('module')

    @property
    def attr(self):
        return self._match().group('attr')

    @property
    def extras(self):
        found = self._match().group('extras') or ''
        return _re.findall(r'\w+', found)

    def load(self):
        """The object the value names: its module imported, then its attributes followed."""
        match = self._match()
        obj = __import__(match.group('module'), fromlist=['_'])
        for part in filter(None, (match.group('attr') or '').split('.')):
            obj = getattr(obj, part)
        return obj

    def matches(self, **params):
        return all(getattr(self, k) == v for k, v in params.items())

    def _key(self):
        return self.name, self.value, self.group

    def __eq__(self, other):
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __iter__(self):
        return iter((self.name, self))

    def __reduce__(self):
        return self.__class__, self._key()

    def __repr__(self):
        return (f'EntryPoint(name={self.name!r}, value={self.value!r}, '
                f'group={self.group!r})')


class EntryPoints(list):
    """Entry points, selectable by their attributes and indexable by name."""

    __slots__ = ()

    def __getitem__(self, name):
        if isinstance(name, int):
            _warnings.warn("Accessing entry points by index is deprecated. "
                           "Cast to tuple if needed.", DeprecationWarning, stacklevel=2)
            return super().__getitem__(name)
        try:
            return next(iter(self.select(name=name)))
        except StopIteration:
            raise KeyError(name)

    def select(self, **params):
        return EntryPoints(ep for ep in self if ep.matches(**params))

    @property
    def names(self):
        return {ep.name for ep in self}

    @property
    def groups(self):
        return {ep.group for ep in self}


class SelectableGroups(dict):
    """The entry points by group (what `entry_points()` without arguments gives)."""

    @classmethod
    def load(cls, eps):
        groups = {}
        for ep in sorted(eps, key=lambda ep: ep.group):
            groups.setdefault(ep.group, EntryPoints()).append(ep)
        return cls(groups)

    @property
    def groups(self):
        return set(self)

    @property
    def names(self):
        return {ep.name for eps in self.values() for ep in eps}

    def select(self, **params):
        if not params:
            return self
        return EntryPoints(ep for eps in self.values() for ep in eps).select(**params)


class PackageMetadata:
    """The metadata of a distribution (a mapping of its fields)."""


class Distribution:
    """An installed distribution: none can be found here."""

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError("A distribution name is required.")
        raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        if kwargs.get('context') is not None and kwargs.keys() - {'context'}:
            raise ValueError("cannot accept context and kwargs")
        return iter(())

    @staticmethod
    def at(path):
        raise NotImplementedError("importlib.metadata distributions read from a path")


class DistributionFinder:
    """Finds distributions (on `sys.meta_path`); corun's finds none."""

    class Context:
        name = None

        def __init__(self, **kwargs):
            vars(self).update(kwargs)

    def find_distributions(self, context=Context()):
        return iter(())


def distribution(distribution_name):
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    return distribution(distribution_name).metadata


def version(distribution_name):
    return distribution(distribution_name).version


def files(distribution_name):
    return distribution(distribution_name).files


def requires(distribution_name):
    return distribution(distribution_name).requires


def entry_points(**params):
    return SelectableGroups.load(()).select(**params)


def packages_distributions():
    return {}
