"""A small stand-in for pyperf, enough to run pyperformance's benchmark scripts unmodified.

bench/pyperformance puts this folder first on PYTHONPATH for both corun and CPython, so both run
the same harness. A `Runner` runs each benchmark function a fixed number of loops in this one
process (no worker processes, no calibration of its own, no statistics) and reports on stderr:

    pyperf-stub: NAME loops=N seconds=S

where S is the time of the timed section (what the benchmark's own timer measured for
`bench_time_func`, the loop around the calls otherwise).

Options it takes from the command line, after or among the benchmark's own:
    --loops N               run every benchmark function N times (default 1)
    --loops NAME=N,NAME=N   per benchmark name; names not listed run once
    --calibrate SECONDS     instead: double the loops, from 1, until one timed run takes at
                            least SECONDS, and report that count (used by bench/pyperformance
                            under CPython to pick the loops both interpreters then run)

It uses only `sys` and `time` (and `asyncio` or `subprocess` when a benchmark asks for them),
and no argparse: `Runner.argparser` is a small recorder of `add_argument` calls whose parser
knows positionals (with `nargs` "?", "*" or "+"), `--long`/`-s` options with a value or
`store_true`/`store_false`/`append`, `type`, `default`, `choices` and `dest`.
"""

import sys
import time

perf_counter = time.perf_counter

__version__ = "0.0-stub"
VERSION = (0, 0)


def python_implementation():
    impl = getattr(sys, "implementation", None)
    name = getattr(impl, "name", None)
    return name.lower() if isinstance(name, str) else "corun"


def python_has_jit():
    return False


class Namespace:
    def __init__(self, **kwargs):
        for key in kwargs:
            setattr(self, key, kwargs[key])

    def __repr__(self):
        items = ", ".join("%s=%r" % (k, v) for k, v in sorted(vars(self).items()))
        return "Namespace(%s)" % items


class _Argument:
    def __init__(self, names, kwargs):
        self.names = names
        self.optional = names[0].startswith("-")
        dest = kwargs.get("dest")
        if dest is None:
            if self.optional:
                longs = [n for n in names if n.startswith("--")]
                dest = (longs[0] if longs else names[0]).lstrip("-")
            else:
                dest = names[0]
            dest = dest.replace("-", "_")
        self.dest = dest
        self.action = kwargs.get("action", "store")
        self.nargs = kwargs.get("nargs")
        self.type = kwargs.get("type")
        self.choices = kwargs.get("choices")
        if "default" in kwargs:
            self.default = kwargs["default"]
        elif self.action == "store_true":
            self.default = False
        elif self.action == "store_false":
            self.default = True
        elif self.nargs in ("*",) and not self.optional:
            self.default = []
        else:
            self.default = None
        self.required = (not self.optional) and self.nargs not in ("?", "*")

    def takes_value(self):
        return self.action in ("store", "append")

    def convert(self, parser, text):
        value = text
        if self.type is not None:
            try:
                value = self.type(text)
            except (TypeError, ValueError):
                parser.error("argument %s: invalid value: %r" % ("/".join(self.names), text))
        if self.choices is not None and value not in self.choices:
            choices = ", ".join(repr(c) for c in self.choices)
            parser.error(
                "argument %s: invalid choice: %r (choose from %s)"
                % ("/".join(self.names), value, choices)
            )
        return value


class ArgumentParser:
    """Records `add_argument` calls and parses a command line by them."""

    def __init__(self, prog="run_benchmark.py"):
        self.prog = prog
        self._arguments = []

    def add_argument(self, *names, **kwargs):
        if not names:
            raise TypeError("add_argument() needs a name")
        arg = _Argument(list(names), kwargs)
        self._arguments.append(arg)
        return arg

    def add_argument_group(self, *args, **kwargs):
        return self

    def set_defaults(self, **kwargs):
        for arg in self._arguments:
            if arg.dest in kwargs:
                arg.default = kwargs[arg.dest]

    def error(self, message):
        sys.stderr.write("%s: error: %s\n" % (self.prog, message))
        raise SystemExit(2)

    def _option(self, name):
        for arg in self._arguments:
            if arg.optional and name in arg.names:
                return arg
        return None

    def parse_args(self, argv=None):
        if argv is None:
            argv = sys.argv[1:]
        ns = Namespace()
        for arg in self._arguments:
            default = arg.default
            if isinstance(default, str) and arg.type is not None and arg.takes_value():
                default = arg.type(default)
            if arg.action == "append" and isinstance(default, list):
                default = list(default)
            setattr(ns, arg.dest, default)
        positionals = []
        i = 0
        only_positionals = False
        while i < len(argv):
            word = argv[i]
            i += 1
            if only_positionals or not word.startswith("-") or word == "-":
                positionals.append(word)
                continue
            if word == "--":
                only_positionals = True
                continue
            name, eq, inline = word.partition("=")
            arg = self._option(name)
            if arg is None:
                self.error("unrecognized arguments: %s" % word)
            if arg.action == "store_true":
                setattr(ns, arg.dest, True)
            elif arg.action == "store_false":
                setattr(ns, arg.dest, False)
            else:
                if eq:
                    text = inline
                elif i < len(argv):
                    text = argv[i]
                    i += 1
                else:
                    self.error("argument %s: expected one argument" % name)
                value = arg.convert(self, text)
                if arg.action == "append":
                    current = getattr(ns, arg.dest)
                    setattr(ns, arg.dest, (current or []) + [value])
                else:
                    setattr(ns, arg.dest, value)
        self._bind_positionals(ns, positionals)
        return ns

    def _bind_positionals(self, ns, words):
        args = [a for a in self._arguments if not a.optional]
        for index, arg in enumerate(args):
            # Words the positionals after this one need at least.
            later = sum(1 for a in args[index + 1 :] if a.required)
            free = len(words) - later
            if arg.nargs in ("*", "+"):
                take = max(free, 0)
                if arg.nargs == "+" and take < 1:
                    self.error("the following arguments are required: %s" % arg.dest)
                setattr(ns, arg.dest, [arg.convert(self, w) for w in words[:take]])
                words = words[take:]
            elif arg.nargs == "?":
                if free > 0:
                    setattr(ns, arg.dest, arg.convert(self, words[0]))
                    words = words[1:]
            else:
                if not words:
                    self.error("the following arguments are required: %s" % arg.dest)
                setattr(ns, arg.dest, arg.convert(self, words[0]))
                words = words[1:]
        if words:
            self.error("unrecognized arguments: %s" % " ".join(words))


def _parse_loops(parser, text):
    """`N` for every benchmark, or `NAME=N,NAME=N`."""
    if "=" not in text:
        try:
            return int(text), {}
        except ValueError:
            parser.error("--loops: not a number: %r" % text)
    table = {}
    for item in text.split(","):
        name, _, count = item.rpartition("=")
        try:
            table[name] = int(count)
        except ValueError:
            parser.error("--loops: not a number in %r" % item)
    return 1, table


class Runner:
    def __init__(self, values=None, processes=None, loops=None, add_cmdline_args=None, **kwargs):
        self.metadata = {}
        self.argparser = ArgumentParser()
        self.args = None
        self._default_loops = 1
        self._loops = {}
        self._calibrate = None

    def parse_args(self, args=None):
        if self.args is not None:
            return self.args
        parser = self.argparser
        parser.add_argument("--loops", dest="_stub_loops", default=None)
        parser.add_argument("--calibrate", dest="_stub_calibrate", type=float, default=None)
        ns = parser.parse_args(args)
        if ns._stub_loops is not None:
            self._default_loops, self._loops = _parse_loops(parser, ns._stub_loops)
        self._calibrate = ns._stub_calibrate
        del ns._stub_loops
        del ns._stub_calibrate
        self.args = ns
        return ns

    def _measure(self, name, timed):
        """Runs `timed(loops)`, which returns the seconds the timed section took."""
        self.parse_args()
        if self._calibrate is not None:
            loops = 1
            while True:
                seconds = timed(loops)
                if seconds >= self._calibrate or loops >= 1 << 30:
                    break
                loops *= 2
        else:
            loops = self._loops.get(name, self._default_loops)
            seconds = timed(loops)
        sys.stderr.write("pyperf-stub: %s loops=%d seconds=%.6f\n" % (name, loops, seconds))
        return None

    def bench_func(self, name, func, *args, inner_loops=None, metadata=None):
        def timed(loops):
            t0 = perf_counter()
            for _ in range(loops):
                func(*args)
            return perf_counter() - t0

        return self._measure(name, timed)

    def bench_time_func(self, name, time_func, *args, inner_loops=None, metadata=None):
        return self._measure(name, lambda loops: time_func(loops, *args))

    def bench_async_func(
        self, name, func, *args, inner_loops=None, metadata=None, loop_factory=None
    ):
        import asyncio

        async def main(loops):
            t0 = perf_counter()
            for _ in range(loops):
                await func(*args)
            return perf_counter() - t0

        def timed(loops):
            if loop_factory is None:
                return asyncio.run(main(loops))
            loop = loop_factory()
            try:
                return loop.run_until_complete(main(loops))
            finally:
                loop.close()

        return self._measure(name, timed)

    def bench_command(self, name, command):
        import subprocess

        def timed(loops):
            t0 = perf_counter()
            for _ in range(loops):
                subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            return perf_counter() - t0

        return self._measure(name, timed)
