"""`python -m json.tool`: validates and pretty-prints JSON read from a file or stdin. Its command
line is read here by hand, with argparse's usage, help and error texts."""

import json
import sys

_USAGE = """\
usage: python -m json.tool [-h] [--sort-keys] [--no-ensure-ascii]
                           [--json-lines]
                           [--indent INDENT | --tab | --no-indent | --compact]
                           [infile] [outfile]
"""

_HELP = _USAGE + """
A simple command line interface for json module to validate and pretty-print
JSON objects.

positional arguments:
  infile             a JSON file to be validated or pretty-printed
  outfile            write the output of infile to outfile

options:
  -h, --help         show this help message and exit
  --sort-keys        sort the output of dictionaries alphabetically by key
  --no-ensure-ascii  disable escaping of non-ASCII characters
  --json-lines       parse input using the JSON Lines format. Use with --no-
                     indent or --compact to produce valid JSON Lines output.
  --indent INDENT    separate items with newlines and use this number of
                     spaces for indentation
  --tab              separate items with newlines and use tabs for indentation
  --no-indent        separate items with spaces rather than newlines
  --compact          suppress all whitespace separation (most compact)
"""

_INDENT_OPTIONS = ('--indent', '--tab', '--no-indent', '--compact')
_INDENT_NAMES = {'--indent': '--indent INDENT'}


def _error(message):
    sys.stderr.write(_USAGE)
    sys.stderr.write(f'python -m json.tool: error: {message}\n')
    sys.exit(2)


def _parse(argv):
    opts = {'sort_keys': False, 'ensure_ascii': True, 'json_lines': False,
            'indent': 4, 'compact': False}
    positional = []
    unknown = []
    chosen = None
    i = 0
    only_positional = False
    while i < len(argv):
        a = argv[i]
        i += 1
        if only_positional or a == '-' or not a.startswith('-'):
            positional.append(a)
            continue
        if a == '--':
            only_positional = True
            continue
        value = None
        if a.startswith('--') and '=' in a:
            a, value = a.split('=', 1)
        if a in ('-h', '--help'):
            sys.stdout.write(_HELP)
            sys.exit(0)
        if a in _INDENT_OPTIONS:
            if chosen is not None and chosen != a:
                _error(f'argument {_INDENT_NAMES.get(a, a)}: not allowed with '
                       f'argument {_INDENT_NAMES.get(chosen, chosen)}')
            chosen = a
        if a == '--sort-keys':
            opts['sort_keys'] = True
        elif a == '--no-ensure-ascii':
            opts['ensure_ascii'] = False
        elif a == '--json-lines':
            opts['json_lines'] = True
        elif a == '--indent':
            if value is None:
                if i >= len(argv) or (argv[i].startswith('-') and argv[i] != '-'
                                      and not argv[i][1:].isdigit()):
                    _error('argument --indent: expected one argument')
                value = argv[i]
                i += 1
            try:
                opts['indent'] = int(value)
            except ValueError:
                _error(f"argument --indent: invalid int value: '{value}'")
        elif a == '--tab':
            opts['indent'] = '\t'
        elif a == '--no-indent':
            opts['indent'] = None
        elif a == '--compact':
            opts['compact'] = True
        else:
            unknown.append(a if value is None else f'{a}={value}')
    if len(positional) > 2:
        unknown.extend(positional[2:])
    if unknown:
        _error('unrecognized arguments: ' + ' '.join(unknown))
    return opts, positional


def main():
    opts, positional = _parse(sys.argv[1:])
    infile = positional[0] if positional else '-'
    outfile = positional[1] if len(positional) > 1 else None
    if infile == '-':
        lines = sys.stdin.read().splitlines(keepends=True)
    else:
        try:
            with open(infile, encoding='utf-8') as f:
                lines = f.read().splitlines(keepends=True)
        except OSError as e:
            _error(f"argument infile: can't open '{infile}': {e}")
    dump_args = {'sort_keys': opts['sort_keys'], 'indent': opts['indent'],
                 'ensure_ascii': opts['ensure_ascii']}
    if opts['compact']:
        dump_args['indent'] = None
        dump_args['separators'] = ',', ':'
    try:
        if opts['json_lines']:
            objs = (json.loads(line) for line in lines)
        else:
            objs = (json.loads(''.join(lines)),)
        out = []
        for obj in objs:
            out.append(json.dumps(obj, **dump_args) + '\n')
    except ValueError as e:
        raise SystemExit(e)
    if outfile is None:
        sys.stdout.write(''.join(out))
    else:
        with open(outfile, 'w', encoding='utf-8') as f:
            f.write(''.join(out))


if __name__ == '__main__':
    main()
