"""`email.message`: not written yet. Importing it raises NotImplementedError, rather than
giving a Message class whose headers, folding and serialisation would differ from CPython's."""

raise NotImplementedError("corun does not support email.message yet")
