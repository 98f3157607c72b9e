"""`email.parser`: not written yet (see `email.message`)."""

raise NotImplementedError("corun does not support email.parser yet")
