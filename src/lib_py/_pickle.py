"""`_pickle`: the names CPython's pickler classes and exceptions are pickled under; they are
`pickle`'s own."""

from pickle import (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler, dump,
                    dumps, load, loads)
