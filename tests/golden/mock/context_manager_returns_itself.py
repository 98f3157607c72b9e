"""A mock connection used as its own context manager, as file and socket objects are."""
from unittest.mock import MagicMock


def fetch(conn, query):
    with conn as c:
        c.execute(query)
        return c.fetchall()


conn = MagicMock()
conn.__enter__.return_value = conn
conn.fetchall.return_value = [(1, 'a'), (2, 'b')]
print(fetch(conn, 'select 1'))
print(conn.mock_calls)
conn.execute.assert_called_once_with('select 1')
print(conn.__enter__.call_count, conn.__exit__.call_count)
child = MagicMock()
child.method.return_value = child
print(child.method().method() is child)
print(child.mock_calls)
