"""`asyncio.transports`: the transport interfaces, gathered here under CPython's module."""

from asyncio import (BaseTransport, ReadTransport, WriteTransport, Transport,
                     DatagramTransport, SubprocessTransport)

__all__ = ('BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport',
           'DatagramTransport', 'SubprocessTransport')
