# A settings module that takes a while to build: another thread importing it meanwhile must
# wait for it rather than see it half made.
import time

print("settings: loading")
ENTRIES = {}
for i in range(5):
    ENTRIES[f"key{i}"] = i * i
    time.sleep(0.05)
READY = True
print("settings: loaded")
