"""`asyncio.exceptions`: asyncio's exception classes, gathered here under CPython's module."""

from asyncio import (BrokenBarrierError, CancelledError, InvalidStateError, TimeoutError,
                     IncompleteReadError, LimitOverrunError, SendfileNotAvailableError)

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError')
