import import_race_sync as sync

EARLY = "left early"
sync.left_started.set()
sync.right_started.wait()
import import_race_right

LATE = "left late"
