"""`asyncio.protocols`: the protocol interfaces, gathered here under CPython's module."""

from asyncio import (BaseProtocol, Protocol, DatagramProtocol, SubprocessProtocol,
                     BufferedProtocol)

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol',
           'BufferedProtocol')
