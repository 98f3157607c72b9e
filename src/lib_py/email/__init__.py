"""email: only `email.utils` is provided; the message classes, the parser and the MIME
classes are not."""


def _missing(what):
    raise NotImplementedError("corun's email does not support " + what)


def message_from_string(s, *args, **kws):
    _missing("email.message_from_string (email.parser)")


def message_from_bytes(s, *args, **kws):
    _missing("email.message_from_bytes (email.parser)")


def message_from_file(fp, *args, **kws):
    _missing("email.message_from_file (email.parser)")


def message_from_binary_file(fp, *args, **kws):
    _missing("email.message_from_binary_file (email.parser)")
