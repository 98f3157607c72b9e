"""argparse's help and usage layout: `HelpFormatter` and its four variants, and the markers
(`SUPPRESS`, the nargs names) that the parser shares with it. A formatter queues blocks (text,
usage, one per argument) and renders them at the end, once the widest invocation, which fixes
the help column, is known; paragraphs are filled with textwrap."""

import os as _os
import re as _re
import sys as _sys
import textwrap as _textwrap

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

def _metavars(action, fallback, count):
    """The `count` names shown for an action's values: its metavar, its choices, or `fallback`."""
    if action.metavar is not None:
        name = action.metavar
    elif action.choices is not None:
        name = '{%s}' % ','.join(str(choice) for choice in action.choices)
    else:
        name = fallback
    if isinstance(name, tuple):
        return name
    return (name,) * count


def _values_text(action, fallback):
    """The values part of an argument's usage, shaped by its nargs (`X [X ...]`, `[X]`, ...)."""
    nargs = action.nargs
    if nargs is None:
        return '%s' % _metavars(action, fallback, 1)
    if nargs == OPTIONAL:
        return '[%s]' % _metavars(action, fallback, 1)
    if nargs == ZERO_OR_MORE:
        names = _metavars(action, fallback, 1)
        if len(names) == 2:
            return '[%s [%s ...]]' % names
        return '[%s ...]' % names
    if nargs == ONE_OR_MORE:
        return '%s [%s ...]' % _metavars(action, fallback, 2)
    if nargs == REMAINDER:
        return '...'
    if nargs == PARSER:
        return '%s ...' % _metavars(action, fallback, 1)
    if nargs == SUPPRESS:
        return ''
    try:
        slots = ['%s'] * nargs
    except TypeError:
        raise ValueError('invalid nargs value') from None
    return ' '.join(slots) % _metavars(action, fallback, nargs)


def _refuse_overrides(obj, names, base):
    """A subclass method standing in for one of CPython's internals that this module does not
    have would be silently skipped: refuse it instead."""
    for name in names:
        if getattr(type(obj), name, None) is not None:
            raise NotImplementedError('argparse: overriding %s.%s in a subclass is not supported '
                                      'by corun' % (base, name))


_FORMATTER_INTERNALS = (
    '_format_usage', '_format_actions_usage', '_format_text', '_format_action',
    '_metavar_formatter', '_iter_indented_subactions', '_add_item', '_indent', '_dedent',
    '_join_parts',
)

_SPACES = _re.compile(r'\s+', _re.ASCII)
# A usage piece: a bracketed or parenthesised run up to a closer followed by a blank, or a word.
_USAGE_PIECE = _re.compile(r'\[.*?\]+(?=\s|$)|\(.*?\)+(?=\s|$)|\S+')


class HelpFormatter:
    """Lays out usage and help. Blocks are queued as (kind, payload) and rendered at the end,
    once the widest invocation (which fixes the help column) is known."""

    __module__ = 'argparse'

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        _refuse_overrides(self, _FORMATTER_INTERNALS, 'HelpFormatter')
        if width is None:
            width = self._terminal_columns() - 2
        self._prog = prog
        self._step = indent_increment
        self._width = width
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))
        self._blocks = []
        self._depth = 0
        self._widest = 0
        self._section_open = None

    @staticmethod
    def _terminal_columns():
        try:
            columns = int(_os.environ['COLUMNS'])
        except (KeyError, ValueError):
            columns = 0
        if columns > 0:
            return columns
        try:
            return _os.get_terminal_size(1).columns or 80
        except (AttributeError, ValueError, OSError):
            return 80

    # -- building -------------------------------------------------------------------------

    def start_section(self, heading):
        self._section_open = (heading, [])

    def end_section(self):
        heading, items = self._section_open
        self._section_open = None
        self._blocks.append(('section', (heading, items)))

    def _queue(self, kind, payload):
        if self._section_open is not None:
            self._section_open[1].append((kind, payload))
        else:
            self._blocks.append((kind, payload))

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._queue('text', text)

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._queue('usage', (usage, list(actions), list(groups), prefix))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        indent = self._step if self._section_open is not None else 0
        names = [self._format_action_invocation(action)]
        names.extend(self._format_action_invocation(sub) for sub in self._children(action))
        self._widest = max(self._widest, max(len(name) for name in names) + indent)
        self._queue('action', action)

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    # -- rendering ------------------------------------------------------------------------

    def format_help(self):
        pieces = []
        for kind, payload in self._blocks:
            if kind == 'section':
                pieces.append(self._render_section(*payload))
            else:
                pieces.append(self._render_item(kind, payload, 0))
        text = ''.join(pieces)
        if text:
            text = _re.sub('\n\n\n+', '\n\n', text).strip('\n') + '\n'
        return text

    def _render_section(self, heading, items):
        body = ''.join(self._render_item(kind, payload, self._step) for kind, payload in items)
        if not body:
            return ''
        title = '' if heading is SUPPRESS or heading is None else '%s:\n' % heading
        return '\n' + title + body + '\n'

    def _render_item(self, kind, payload, indent):
        if kind == 'text':
            return self._render_text(payload, indent)
        if kind == 'usage':
            return self._render_usage(*payload, indent)
        return self._render_action(payload, indent)

    def _render_text(self, text, indent):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        width = max(self._width - indent, 11)
        return self._fill_text(text, width, ' ' * indent) + '\n\n'

    def _help_column(self):
        return min(self._widest + 2, self._max_help_position)

    def _render_action(self, action, indent):
        column = self._help_column()
        help_width = max(self._width - column, 11)
        room = column - indent - 2
        name = self._format_action_invocation(action)
        out = []
        if not action.help:
            out.append(' ' * indent + name + '\n')
        else:
            lines = self._split_lines(self._expand_help(action), help_width)
            if len(name) <= room:
                out.append(' ' * indent + name.ljust(room) + '  ' + lines[0] + '\n')
            else:
                out.append(' ' * indent + name + '\n')
                out.append(' ' * column + lines[0] + '\n')
            for line in lines[1:]:
                out.append(' ' * column + line + '\n')
        for sub in self._children(action):
            out.append(self._render_action(sub, indent + self._step))
        return ''.join(out)

    def _children(self, action):
        subactions = getattr(action, '_get_subactions', None)
        return subactions() if subactions is not None else []

    def _format_action_invocation(self, action):
        if not action.option_strings:
            shown = _metavars(action, self._get_default_metavar_for_positional(action), 1)
            if len(shown) != 1:
                raise ValueError('too many values to unpack (expected 1)')
            return shown[0]
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        values = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join('%s %s' % (spelling, values) for spelling in action.option_strings)

    def _expand_help(self, action):
        fields = dict(vars(action), prog=self._prog)
        for key in list(fields):
            value = fields[key]
            if value is SUPPRESS:
                del fields[key]
            elif hasattr(value, '__name__'):
                fields[key] = value.__name__
        if fields.get('choices') is not None:
            fields['choices'] = ', '.join(str(choice) for choice in fields['choices'])
        return self._get_help_string(action) % fields

    # -- usage ----------------------------------------------------------------------------

    def _render_usage(self, usage, actions, groups, prefix, indent):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            text = usage % {'prog': self._prog}
        elif not actions:
            text = self._prog
        else:
            text = self._composed_usage(prefix, actions, groups, indent)
        return '%s%s\n\n' % (prefix, text)

    def _usage_text(self, actions, groups):
        """The usage text of `actions` (in order). An exclusive group whose members stand next
        to one another is drawn with brackets and bars; these marks are words of their own
        until the tidying below glues them to their neighbours."""
        marks = {}
        grouped = set()
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError('empty group %r' % (group,))
            try:
                first = actions.index(members[0])
            except ValueError:
                continue
            last = first + len(members)
            if actions[first:last] != members:
                continue
            grouped.update(id(member) for member in members)
            opener, closer = ('(', ')') if group.required else ('[', ']')
            marks[first] = marks[first] + ' ' + opener if first in marks else opener
            marks[last] = marks[last] + closer if last in marks else closer
            for i in range(first + 1, last):
                marks[i] = '|'
        words = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                words.append(None)
                if marks.get(i) == '|':
                    del marks[i]
                elif marks.get(i + 1) == '|':
                    del marks[i + 1]
                continue
            if not action.option_strings:
                part = self._format_args(action, self._get_default_metavar_for_positional(action))
                if id(action) in grouped and part[:1] == '[' and part[-1:] == ']':
                    part = part[1:-1]
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    part = '%s %s' % (action.option_strings[0], self._format_args(
                        action, self._get_default_metavar_for_optional(action)))
                if not action.required and id(action) not in grouped:
                    part = '[%s]' % part
            words.append(part)
        for i in sorted(marks, reverse=True):
            words.insert(i, marks[i])
        text = ' '.join(word for word in words if word is not None)
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', '', text)
        text = _re.sub(r'\(([^|]*)\)', r'\1', text)
        return text.strip()

    def _composed_usage(self, prefix, actions, groups, indent):
        options = [a for a in actions if a.option_strings]
        plain = [a for a in actions if not a.option_strings]
        whole = ' '.join(t for t in (self._prog, self._usage_text(options + plain, groups)) if t)
        width = self._width - indent
        if len(prefix) + len(whole) <= width:
            return whole
        opt_text = self._usage_text(options, groups)
        pos_text = self._usage_text(plain, groups)
        opt_parts = _USAGE_PIECE.findall(opt_text)
        pos_parts = _USAGE_PIECE.findall(pos_text)
        # Texts the piece pattern cannot cut back into themselves fail as CPython's do.
        if ' '.join(opt_parts) != opt_text or ' '.join(pos_parts) != pos_text:
            raise AssertionError()

        def fill(parts, margin, first_margin=None):
            rows = []
            row = []
            used = (first_margin if first_margin is not None else margin) - 1
            for part in parts:
                if row and used + 1 + len(part) > width:
                    rows.append(row)
                    row = []
                    used = margin - 1
                row.append(part)
                used += len(part) + 1
            if row:
                rows.append(row)
            lines = [' ' * margin + ' '.join(row) for row in rows]
            if first_margin is not None and lines:
                lines[0] = lines[0][margin:]
            return lines

        if len(prefix) + len(self._prog) <= 0.75 * width:
            margin = len(prefix) + len(self._prog) + 1
            if opt_parts:
                lines = fill([self._prog] + opt_parts, margin, len(prefix))
                lines.extend(fill(pos_parts, margin))
            elif pos_parts:
                lines = fill([self._prog] + pos_parts, margin, len(prefix))
            else:
                lines = [self._prog]
        else:
            margin = len(prefix)
            lines = fill(opt_parts + pos_parts, margin)
            if len(lines) > 1:
                lines = fill(opt_parts, margin) + fill(pos_parts, margin)
            lines = [self._prog] + lines
        return '\n'.join(lines)

    # -- hooks the formatter classes (and user subclasses) change ---------------------------

    def _format_args(self, action, default_metavar):
        return _values_text(action, default_metavar)

    def _split_lines(self, text, width):
        return _textwrap.wrap(_SPACES.sub(' ', text).strip(), width)

    def _fill_text(self, text, width, indent):
        return _textwrap.fill(_SPACES.sub(' ', text).strip(), width, initial_indent=indent,
                              subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written."""

    __module__ = 'argparse'

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text as written."""

    __module__ = 'argparse'

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds each argument's default to its help."""

    __module__ = 'argparse'

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names values by their type (`int`, `str`)."""

    __module__ = 'argparse'

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__
