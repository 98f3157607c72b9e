import time

import import_race_sync as sync

EARLY = "right early"
sync.right_started.set()
sync.left_started.wait()
# By now the other thread waits for this module to finish: importing the module it is in
# the middle of would close the circle, so this import takes it half made.
time.sleep(0.5)
import import_race_left

SAW_LEFT_LATE = hasattr(import_race_left, "LATE")
LATE = "right late"
