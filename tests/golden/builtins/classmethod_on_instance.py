# Building default tables from an existing dict: class methods reached through an instance.
defaults = {"colour": "red"}
table = defaults.fromkeys(["a", "b"], 0)
print(table, table is defaults, defaults)
print({}.fromkeys("xy"), {}.fromkeys(range(3), []))


class Settings(dict):
    pass


s = Settings(debug=True)
fresh = s.fromkeys(["debug", "verbose"], False)
print(fresh, type(fresh).__name__, type(Settings.fromkeys("a")).__name__)
print(b"".fromhex("4142"), (0).from_bytes(b"\x01\x00", "little"), (1.5).fromhex("0x1p3"))
