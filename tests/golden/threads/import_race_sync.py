# Events the two circular modules of import_race.py use to meet half-way.
import threading

left_started = threading.Event()
right_started = threading.Event()
