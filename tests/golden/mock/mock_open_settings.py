"""A settings loader and its tests, with the file system mocked out."""
import unittest
from unittest.mock import mock_open, patch, call, MagicMock


def load_settings(path):
    settings = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            key, _, value = line.partition('=')
            settings[key.strip()] = value.strip()
    return settings


def first_line(path):
    with open(path, encoding='utf-8') as f:
        return f.readline().rstrip('\n')


def save(path, items):
    with open(path, 'w') as f:
        for k, v in items:
            f.write(f'{k}={v}\n')


def checksum(path):
    with open(path, 'rb') as f:
        return sum(f.read()) % 256


class SettingsTest(unittest.TestCase):
    DATA = "# comment\nhost = example.org\nport=8080\n\ndebug = yes\n"

    def test_iterates_lines(self):
        m = mock_open(read_data=self.DATA)
        with patch('builtins.open', m):
            s = load_settings('app.ini')
        self.assertEqual(s, {'host': 'example.org', 'port': '8080', 'debug': 'yes'})
        m.assert_called_once_with('app.ini')

    def test_readline_and_data_resets(self):
        m = mock_open(read_data='one\ntwo\n')
        with patch('builtins.open', m):
            self.assertEqual(first_line('x'), 'one')
            self.assertEqual(first_line('x'), 'one')
        self.assertEqual(m.call_count, 2)
        self.assertEqual(m.call_args_list, [call('x', encoding='utf-8')] * 2)

    def test_write(self):
        m = mock_open()
        with patch('builtins.open', m):
            save('out.txt', [('a', 1), ('b', 2)])
        handle = m()
        handle.write.assert_has_calls([call('a=1\n'), call('b=2\n')])
        self.assertEqual(handle.write.call_count, 2)
        print(m.mock_calls[:3])

    def test_bytes(self):
        m = mock_open(read_data=b'\x01\x02\xff')
        with patch('builtins.open', m):
            self.assertEqual(checksum('b.bin'), 2)

    def test_read_sizes_and_readlines(self):
        m = mock_open(read_data='abc\ndef\nghi')
        f = m('z')
        self.assertEqual(f.read(2), 'ab')
        self.assertEqual(f.readline(), 'c\n')
        self.assertEqual(f.readlines(), ['def\n', 'ghi'])
        self.assertEqual(f.read(), '')
        f2 = m('z')
        self.assertEqual(list(f2), ['abc\n', 'def\n', 'ghi'])
        f3 = m('z')
        self.assertEqual(next(f3), 'abc\n')
        self.assertEqual(f3.readlines(), ['def\n', 'ghi'])

    def test_return_value_wins(self):
        m = mock_open(read_data='data')
        m.return_value.read.return_value = 'override'
        self.assertEqual(m().read(), 'override')

    def test_spec(self):
        m = mock_open()
        f = m()
        with self.assertRaises(AttributeError):
            f.no_such_method
        print(type(f.closed).__name__)
        print(hasattr(f, 'fileno'), hasattr(f, 'getvalue'))

    def test_existing_mock(self):
        base = MagicMock()
        m = mock_open(base, read_data='x')
        self.assertIs(m, base)
        self.assertEqual(base().read(), 'x')


if __name__ == '__main__':
    unittest.main(verbosity=2)
