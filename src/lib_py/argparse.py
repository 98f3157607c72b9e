"""Command-line parsing with CPython 3.11's argparse interface, messages and help layout.

Parsing happens in three steps:
  1. every argv word is classified (`_classify`): an option (possibly carrying an attached value
     from `--opt=value`, `-xVALUE` or a `-abc` cluster), a plain argument, or the `--` marker;
  2. the classes are spelled as one letter each ('O', 'A', '-'), so that each action's nargs
     becomes a small regular expression over those letters (`_nargs_regex`);
  3. a walk over the words hands each option the letters it can take after it, and hands each
     run of plain words to the positionals still waiting, matched all at once against their
     joined patterns (as many of them as can match).
Help and usage are laid out by `HelpFormatter` (in `_argparse_help`).
"""

import os as _os
import re as _re
import sys as _sys

from _argparse_help import (
    ONE_OR_MORE, OPTIONAL, PARSER, REMAINDER, SUPPRESS, ZERO_OR_MORE,
    ArgumentDefaultsHelpFormatter, HelpFormatter, MetavarTypeHelpFormatter,
    RawDescriptionHelpFormatter, RawTextHelpFormatter, _refuse_overrides, _values_text,
)

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
    'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
    'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
    'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


def _label(action):
    """How an error message names an argument."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for candidate in (action.metavar, action.dest):
        if candidate is not None and candidate is not SUPPRESS:
            return candidate
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


# ---------------------------------------------------------------------------------------------
# Value holders and errors


class _ReprFields:
    """A repr listing the fields a subclass names in `_shown`, in CPython's form."""

    _shown = ()

    def __repr__(self):
        items = []
        loose = {}
        for field in self._shown:
            items.append('%s=%r' % (field, getattr(self, field)))
        for field, value in self._extra_fields():
            if field.isidentifier():
                items.append('%s=%r' % (field, value))
            else:
                loose[field] = value
        if loose:
            items.append('**%r' % (loose,))
        return '%s(%s)' % (type(self).__name__, ', '.join(items))

    def _extra_fields(self):
        return []


class Namespace(_ReprFields):
    """The object parse_args fills: one attribute per destination."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def _extra_fields(self):
        return list(self.__dict__.items())

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    """A problem with one argument (its name leads the message) or with the command line."""

    def __init__(self, argument, message):
        self.argument_name = _label(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a `type` callable; its text becomes the error message as it is."""


class FileType:
    """A `type` that opens the named file ('-' is stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return _sys.stdin.buffer if 'b' in self._mode else _sys.stdin
            if any(c in self._mode for c in 'wax'):
                return _sys.stdout.buffer if 'b' in self._mode else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as exc:
            raise ArgumentTypeError("can't open '%s': %s" % (string, exc))

    def __repr__(self):
        shown = [repr(self._mode)]
        if self._bufsize != -1:
            shown.append(repr(self._bufsize))
        for key, value in (('encoding', self._encoding), ('errors', self._errors)):
            if value is not None:
                shown.append('%s=%r' % (key, value))
        return 'FileType(%s)' % ', '.join(shown)


# ---------------------------------------------------------------------------------------------
# Actions: what happens when an argument is met


class Action(_ReprFields):
    """Base of every action. `__call__(parser, namespace, values, option_string)` does the work."""

    _shown = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
              'required', 'help', 'metavar')

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


def _grown_list(namespace, dest):
    """A fresh copy of the list held at `dest`, so a shared default list is never changed."""
    held = getattr(namespace, dest, None)
    if held is None:
        return []
    if type(held) is list:
        return held[:]
    import copy
    return copy.copy(held)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to '
                             'store, actions such as store true or store const may be more '
                             'appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg strings are not '
                             'supplying the value to append, the append const action may be '
                             'more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _grown_list(namespace, self.dest)
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _grown_list(namespace, self.dest)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, 0, default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (0 if count is None else count) + 1)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = _grown_list(namespace, self.dest)
        items.extend(values)
        setattr(namespace, self.dest, items)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, 0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, 0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version
        if text is None:
            text = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    """`--flag` sets True and a generated `--no-flag` sets False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        spellings = []
        for spelling in option_strings:
            spellings.append(spelling)
            if spelling.startswith('--'):
                spellings.append('--no-' + spelling[2:])
        super().__init__(spellings, dest, 0, None, default, type, choices, required, help,
                         metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _ChoiceLine(Action):
    """One subcommand's line in the help of a subparsers argument."""

    def __init__(self, name, aliases, help):
        shown = name if not aliases else '%s (%s)' % (name, ', '.join(aliases))
        super().__init__([], name, help=help, metavar=shown)


class _SubParsersAction(Action):
    """The subcommand argument: its first word picks a parser that takes the rest."""

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        for spelling in (name,) + tuple(aliases):
            if spelling in self._name_parser_map:
                raise ArgumentError(self, 'conflicting subparser: %s' % spelling
                                    if spelling == name else
                                    'conflicting subparser alias: %s' % spelling)
        if 'help' in kwargs:
            self._choices_actions.append(_ChoiceLine(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        chosen, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, chosen)
        sub = self._name_parser_map.get(chosen)
        if sub is None:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (chosen, ', '.join(self._name_parser_map)))
        inner, leftover = sub.parse_known_args(rest, None)
        for key, value in vars(inner).items():
            setattr(namespace, key, value)
        if leftover:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(leftover)


_ACTION_NAMES = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction, 'count': _CountAction,
    'help': _HelpAction, 'version': _VersionAction, 'parsers': _SubParsersAction,
    'extend': _ExtendAction,
}


# ---------------------------------------------------------------------------------------------
# Containers: a parser and its groups share one table of actions


_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')


class _Container:

    def _init_container(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        if conflict_handler not in ('error', 'resolve'):
            raise ValueError('invalid conflict_resolution value: %r' % conflict_handler)
        self._registered = {}
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, obj):
        self._registered[(registry_name, value)] = obj

    def _registry_get(self, registry_name, value, default=None):
        found = self._registered.get((registry_name, value))
        if found is not None:
            return found
        if registry_name == 'action':
            return _ACTION_NAMES.get(value, default)
        if registry_name == 'type' and value is None:
            return _identity
        return default

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        if not args or len(args) == 1 and args[0][:1] not in self.prefix_chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_settings(*args, **kwargs)
        else:
            kwargs = self._option_settings(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_class = kwargs.pop('action', None)
        action_class = self._registry_get('action', action_class, action_class)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if type_func is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (type_func,))
        try:
            _values_text(action, None)
        except TypeError:
            raise ValueError('length of metavar tuple does not match nargs') from None
        return self._add_action(action)

    def _positional_settings(self, dest=None, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or (nargs == ZERO_OR_MORE
                                                     and 'default' not in kwargs):
            kwargs['required'] = True
        if dest is None:
            dest = kwargs.pop('dest', None)
        return dict(kwargs, dest=dest, option_strings=[])

    def _option_settings(self, *args, **kwargs):
        spellings = []
        long_ones = []
        for spelling in args:
            if spelling[:1] not in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (spelling, self.prefix_chars))
            spellings.append(spelling)
            if len(spelling) > 1 and spelling[1] in self.prefix_chars:
                long_ones.append(spelling)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = long_ones[0] if long_ones else spellings[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % source)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=spellings)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for spelling in action.option_strings:
            self._option_string_actions[spelling] = action
            if _NEGATIVE_NUMBER.match(spelling) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _check_conflict(self, action):
        clashes = [(spelling, self._option_string_actions[spelling])
                   for spelling in action.option_strings
                   if spelling in self._option_string_actions]
        if not clashes:
            return
        if self.conflict_handler == 'error':
            message = ('conflicting option string: %s' if len(clashes) == 1
                       else 'conflicting option strings: %s')
            raise ArgumentError(action, message % ', '.join(s for s, _ in clashes))
        for spelling, older in clashes:
            older.option_strings.remove(spelling)
            self._option_string_actions.pop(spelling, None)
            if not older.option_strings:
                older.container._remove_action(older)

    def _add_container_actions(self, other):
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError('cannot merge actions - two groups are named %r' % group.title)
            by_title[group.title] = group
        home = {}
        for group in other._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                home[action] = by_title[group.title]
        for group in other._mutually_exclusive_groups:
            copy = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                home[action] = copy
        for action in other._actions:
            home[action]._add_action(action)


def _identity(value):
    return value


class _ArgumentGroup(_Container):
    """A titled section of the help; its actions live in the parser's table too."""

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        self._init_container(description, kwargs['prefix_chars'], kwargs['argument_default'],
                             kwargs['conflict_handler'])
        self.title = title
        self._group_actions = []
        # Share the parser's tables so an action added here is seen by the parser.
        self._registered = container._registered
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which at most one (or, when required, exactly one) may be given."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ---------------------------------------------------------------------------------------------
# The parser


# CPython's parser internals: a subclass overriding one would be silently skipped here.
_PARSER_INTERNALS = (
    '_parse_known_args', '_parse_optional', '_get_option_tuples', '_get_values',
    '_match_argument', '_match_arguments_partial', '_get_nargs_pattern',
    '_read_args_from_files',
)


def _nargs_regex(action):
    """The pattern, over one letter per word, of what an action can take."""
    nargs = action.nargs
    if nargs is None:
        pattern = '(-*A-*)'
    elif nargs == OPTIONAL:
        pattern = '(-*A?-*)'
    elif nargs == ZERO_OR_MORE:
        pattern = '(-*[A-]*)'
    elif nargs == ONE_OR_MORE:
        pattern = '(-*A[A-]*)'
    elif nargs == REMAINDER:
        pattern = '([-AO]*)'
    elif nargs == PARSER:
        pattern = '(-*A[-AO]*)'
    elif nargs == SUPPRESS:
        pattern = '(-*-*)'
    else:
        pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
    if action.option_strings:
        # An option never takes the `--` marker.
        pattern = pattern.replace('-*', '').replace('-', '')
    return pattern


_COMPILED = {}


def _compiled(pattern):
    """Patterns are few and reused for every word: compile each once."""
    found = _COMPILED.get(pattern)
    if found is None:
        found = _COMPILED[pattern] = _re.compile(pattern)
    return found


def _arity_error(action):
    nargs = action.nargs
    if nargs is None:
        return 'expected one argument'
    if nargs == OPTIONAL:
        return 'expected at most one argument'
    if nargs == ONE_OR_MORE:
        return 'expected at least one argument'
    return ('expected %s argument' if nargs == 1 else 'expected %s arguments') % nargs


class _Word:
    """One classified argv word. kind: 'O' option, 'A' plain argument, '-' the `--` marker."""

    __slots__ = ('text', 'kind', 'action', 'spelling', 'attached')

    def __init__(self, text, kind, action=None, spelling=None, attached=None):
        self.text = text
        self.kind = kind
        self.action = action
        self.spelling = spelling
        self.attached = attached


class ArgumentParser(_ReprFields, _Container):
    """Turns a command line into a Namespace, with CPython's help and error texts."""

    _shown = ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help')

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        _refuse_overrides(self, _PARSER_INTERNALS, 'ArgumentParser')
        self._init_container(description, prefix_chars, argument_default, conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else ''
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        self.register('type', None, _identity)
        lead = '-' if '-' in prefix_chars else prefix_chars[0]
        if add_help:
            self.add_argument(lead + 'h', lead * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._get_positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action_class = self._registry_get('action', kwargs.pop('action', 'parsers'), None)
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    # -- output ---------------------------------------------------------------------------

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file if file is not None else _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file if file is not None else _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            if file is None:
                file = _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))

    # -- parsing --------------------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and action.default is not SUPPRESS:
                if not hasattr(namespace, action.dest):
                    setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                extras = self._run(namespace, args)
            except ArgumentError as exc:
                self.error(str(exc))
        else:
            extras = self._run(namespace, args)
        if hasattr(namespace, _UNRECOGNIZED_ARGS_ATTR):
            extras.extend(getattr(namespace, _UNRECOGNIZED_ARGS_ATTR))
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
        return namespace, extras

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Options first, with every positional set aside; then the words left over are given
        to the positionals, with the options set aside."""
        positionals = self._get_positional_actions()
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                                % action.nargs)
        for group in self._mutually_exclusive_groups:
            if any(action in positionals for action in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in mutuallyExclusiveGroup')
        own_usage = self.usage
        if own_usage is None:
            # Errors of either pass show the whole usage, not that of the pass.
            self.usage = self.format_usage()[len('usage: '):]
        try:
            kept = [(action, action.nargs, action.default) for action in positionals]
            for action in positionals:
                action.nargs = SUPPRESS
                action.default = SUPPRESS
            try:
                namespace, words = self.parse_known_args(args, namespace)
            finally:
                for action, nargs, default in kept:
                    action.nargs = nargs
                    action.default = default
            relaxed = [(action, action.required) for action in self._get_optional_actions()]
            relaxed += [(group, group.required) for group in self._mutually_exclusive_groups]
            for holder, _ in relaxed:
                holder.required = False
            try:
                namespace, extras = self.parse_known_args(words, namespace)
            finally:
                for holder, required in relaxed:
                    holder.required = required
        finally:
            self.usage = own_usage
        return namespace, extras

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _expand_files(self, words):
        out = []
        for word in words:
            if not word or word[0] not in self.fromfile_prefix_chars:
                out.append(word)
                continue
            try:
                with open(word[1:]) as handle:
                    found = []
                    for line in handle.read().splitlines():
                        found.extend(self.convert_arg_line_to_args(line))
            except OSError as exc:
                self.error(str(exc))
            out.extend(self._expand_files(found))
        return out

    def _classify(self, text):
        """A _Word for one argv word (before any `--`)."""
        prefixes = self.prefix_chars
        if not text or text[0] not in prefixes:
            return _Word(text, 'A')
        table = self._option_string_actions
        if text in table:
            return _Word(text, 'O', table[text], text)
        if len(text) == 1:
            return _Word(text, 'A')
        if '=' in text:
            spelling, value = text.split('=', 1)
            if spelling in table:
                return _Word(text, 'O', table[spelling], spelling, value)
        candidates = self._prefix_matches(text)
        if len(candidates) > 1:
            self.error('ambiguous option: %s could match %s'
                       % (text, ', '.join(c[1] for c in candidates)))
        if candidates:
            action, spelling, value = candidates[0]
            return _Word(text, 'O', action, spelling, value)
        if _NEGATIVE_NUMBER.match(text) and not self._has_negative_number_optionals:
            return _Word(text, 'A')
        if ' ' in text:
            return _Word(text, 'A')
        return _Word(text, 'O')

    def _prefix_matches(self, text):
        """(action, spelling, attached value) for each option `text` may abbreviate."""
        prefixes = self.prefix_chars
        found = []
        if text[1] in prefixes:
            if not self.allow_abbrev:
                return found
            head, _, value = text.partition('=')
            value = value if '=' in text else None
            for spelling, action in self._option_string_actions.items():
                if spelling.startswith(head):
                    found.append((action, spelling, value))
        else:
            short, rest = text[:2], text[2:]
            for spelling, action in self._option_string_actions.items():
                if spelling == short:
                    found.append((action, spelling, rest))
                elif spelling.startswith(text):
                    found.append((action, spelling, None))
        return found

    def _run(self, namespace, argv):
        if self.fromfile_prefix_chars is not None:
            argv = self._expand_files(argv)
        words = []
        after_marker = False
        for text in argv:
            if after_marker:
                words.append(_Word(text, 'A'))
            elif text == '--':
                after_marker = True
                words.append(_Word(text, '-'))
            else:
                words.append(self._classify(text))
        letters = ''.join(word.kind for word in words)

        rivals = {}
        for group in self._mutually_exclusive_groups:
            for member in group._group_actions:
                rivals.setdefault(member, []).extend(
                    other for other in group._group_actions if other is not member)

        seen = set()
        seen_set = set()
        waiting = self._get_positional_actions()
        extras = []

        def apply(action, texts, spelling=None):
            seen.add(action)
            value = self._convert(action, texts)
            if value is not action.default:
                seen_set.add(action)
                for other in rivals.get(action, ()):
                    if other in seen_set:
                        raise ArgumentError(action, 'not allowed with argument %s'
                                            % _label(other))
            if value is not SUPPRESS:
                action(self, namespace, value, spelling)

        def feed_positionals(at):
            """Give the waiting positionals as many words from `at` as they can match."""
            for count in range(len(waiting), 0, -1):
                found = _compiled(''.join(_nargs_regex(a) for a in waiting[:count])).match(
                    letters, at)
                if found is None:
                    continue
                for action, taken in zip(waiting[:count], found.groups()):
                    apply(action, [w.text for w in words[at:at + len(taken)]])
                    at += len(taken)
                del waiting[:count]
                break
            return at

        def take_option(at):
            word = words[at]
            action, spelling, attached = word.action, word.spelling, word.attached
            if action is None:
                extras.append(word.text)
                return at + 1
            pending = []
            while True:
                if attached is None:
                    found = _compiled(_nargs_regex(action)).match(letters, at + 1)
                    if found is None:
                        raise ArgumentError(action, _arity_error(action))
                    taken = len(found.group(1))
                    pending.append((action, [w.text for w in words[at + 1:at + 1 + taken]],
                                    spelling))
                    at += 1 + taken
                    break
                wants = _compiled(_nargs_regex(action)).match('A')
                if wants is None:
                    raise ArgumentError(action, _arity_error(action))
                wants = len(wants.group(1))
                if wants == 0 and spelling[1] not in self.prefix_chars and attached != '':
                    # A cluster such as -xvf: the next letter is another short option.
                    pending.append((action, [], spelling))
                    spelling = spelling[0] + attached[0]
                    attached = attached[1:] or None
                    following = self._option_string_actions.get(spelling)
                    if following is None:
                        raise ArgumentError(action, 'ignored explicit argument %r'
                                            % (spelling[1:] + (attached or '')))
                    action = following
                    continue
                if wants == 1:
                    pending.append((action, [attached], spelling))
                    at += 1
                    break
                raise ArgumentError(action, 'ignored explicit argument %r' % attached)
            for action, texts, spelling in pending:
                apply(action, texts, spelling)
            return at

        at = 0
        places = [i for i, word in enumerate(words) if word.kind == 'O']
        ahead = 0  # index in `places` of the first option at or after `at`
        while ahead < len(places):
            next_option = places[ahead]
            if at < next_option:
                reached = feed_positionals(at)
                if reached > at:
                    at = reached
                else:
                    extras.extend(w.text for w in words[at:next_option])
                    at = next_option
            if at == next_option:
                at = take_option(at)
            while ahead < len(places) and places[ahead] < at:
                ahead += 1
        at = feed_positionals(at)
        extras.extend(w.text for w in words[at:])

        missing = []
        for action in self._actions:
            if action in seen:
                continue
            if action.required:
                missing.append(_label(action))
            elif (action.default is not None and isinstance(action.default, str)
                  and hasattr(namespace, action.dest)
                  and action.default is getattr(namespace, action.dest)):
                setattr(namespace, action.dest, self._get_value(action, action.default))
        if missing:
            self.error('the following arguments are required: %s' % ', '.join(missing))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_set for a in group._group_actions):
                names = [_label(a) for a in group._group_actions if a.help is not SUPPRESS]
                self.error('one of the arguments %s is required' % ' '.join(names))
        return extras

    def _convert(self, action, texts):
        """The value an action receives for the words it took."""
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in texts:
            texts = list(texts)
            texts.remove('--')
        if not texts and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not texts and nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else texts
            self._check_value(action, value)
            return value
        if len(texts) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, texts[0])
            self._check_value(action, value)
            return value
        if nargs == REMAINDER:
            return [self._get_value(action, text) for text in texts]
        if nargs == PARSER:
            values = [self._get_value(action, text) for text in texts]
            self._check_value(action, values[0])
            return values
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._get_value(action, text) for text in texts]
        for value in values:
            self._check_value(action, value)
        return values

    def _get_value(self, action, text):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, '%r is not callable' % (convert,))
        try:
            return convert(text)
        except ArgumentTypeError as exc:
            raise ArgumentError(action, str(exc))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, text))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, ', '.join(map(repr, action.choices))))
