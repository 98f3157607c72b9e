# time.strptime parses as datetime's strptime and gives a struct_time.
import time
print(time.strptime('2024-03-05 14:07', '%Y-%m-%d %H:%M'))
print(time.strptime('Tue Mar  5 14:07:00 2024'))
print(time.strptime("31/12/1999", "%d/%m/%Y").tm_yday)
t = time.strptime("2023-07-14T08:30:05", "%Y-%m-%dT%H:%M:%S")
print(time.strftime("%A %d %B %Y, %H:%M", t), time.mktime(t) > 0)
try: time.strptime('x', '%Y')
except ValueError as e: print(e)
try: time.strptime(5)
except TypeError as e: print(e)
try: time.strptime("2024", 5)
except TypeError as e: print(e)
