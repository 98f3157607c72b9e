# vars() and locals() in class bodies see the names defined so far.
class Settings:
    width = 10
    height = 20
    snapshot = sorted(vars())
    area = width * height
    later = sorted(locals())


print(Settings.snapshot)
print(Settings.later)
print(sorted(k for k in vars(Settings) if not k.startswith("__")))
