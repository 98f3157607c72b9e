# The time module's functions and struct_time, called rightly and wrongly (clocks shown by type or comparison).
import time
try:
    print('type(time.time())', "->", repr(type(time.time())))
except Exception as e:
    print('type(time.time())', "->", type(e).__name__ + ":", e)
try:
    print('time.time(1)', "->", repr(time.time(1)))
except Exception as e:
    print('time.time(1)', "->", type(e).__name__ + ":", e)
try:
    print('time.time(x=1)', "->", repr(time.time(x=1)))
except Exception as e:
    print('time.time(x=1)', "->", type(e).__name__ + ":", e)
try:
    print('type(time.time_ns())', "->", repr(type(time.time_ns())))
except Exception as e:
    print('type(time.time_ns())', "->", type(e).__name__ + ":", e)
try:
    print('time.time_ns(1)', "->", repr(time.time_ns(1)))
except Exception as e:
    print('time.time_ns(1)', "->", type(e).__name__ + ":", e)
try:
    print('time.monotonic(1)', "->", repr(time.monotonic(1)))
except Exception as e:
    print('time.monotonic(1)', "->", type(e).__name__ + ":", e)
try:
    print('time.monotonic_ns(1)', "->", repr(time.monotonic_ns(1)))
except Exception as e:
    print('time.monotonic_ns(1)', "->", type(e).__name__ + ":", e)
try:
    print('time.perf_counter(1)', "->", repr(time.perf_counter(1)))
except Exception as e:
    print('time.perf_counter(1)', "->", type(e).__name__ + ":", e)
try:
    print('time.perf_counter_ns(x=1)', "->", repr(time.perf_counter_ns(x=1)))
except Exception as e:
    print('time.perf_counter_ns(x=1)', "->", type(e).__name__ + ":", e)
try:
    print('time.process_time(1)', "->", repr(time.process_time(1)))
except Exception as e:
    print('time.process_time(1)', "->", type(e).__name__ + ":", e)
try:
    print('time.process_time_ns(1)', "->", repr(time.process_time_ns(1)))
except Exception as e:
    print('time.process_time_ns(1)', "->", type(e).__name__ + ":", e)
try:
    print('time.sleep()', "->", repr(time.sleep()))
except Exception as e:
    print('time.sleep()', "->", type(e).__name__ + ":", e)
try:
    print('time.sleep(1, 2)', "->", repr(time.sleep(1, 2)))
except Exception as e:
    print('time.sleep(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('time.sleep(x=1)', "->", repr(time.sleep(x=1)))
except Exception as e:
    print('time.sleep(x=1)', "->", type(e).__name__ + ":", e)
try:
    print("time.sleep('a')", "->", repr(time.sleep('a')))
except Exception as e:
    print("time.sleep('a')", "->", type(e).__name__ + ":", e)
try:
    print('time.sleep(-1)', "->", repr(time.sleep(-1)))
except Exception as e:
    print('time.sleep(-1)', "->", type(e).__name__ + ":", e)
try:
    print('time.sleep(0)', "->", repr(time.sleep(0)))
except Exception as e:
    print('time.sleep(0)', "->", type(e).__name__ + ":", e)
try:
    print('time.sleep(None)', "->", repr(time.sleep(None)))
except Exception as e:
    print('time.sleep(None)', "->", type(e).__name__ + ":", e)
try:
    print('time.gmtime(0)', "->", repr(time.gmtime(0)))
except Exception as e:
    print('time.gmtime(0)', "->", type(e).__name__ + ":", e)
try:
    print('time.gmtime(0, 1)', "->", repr(time.gmtime(0, 1)))
except Exception as e:
    print('time.gmtime(0, 1)', "->", type(e).__name__ + ":", e)
try:
    print('time.gmtime(x=0)', "->", repr(time.gmtime(x=0)))
except Exception as e:
    print('time.gmtime(x=0)', "->", type(e).__name__ + ":", e)
try:
    print("time.gmtime('a')", "->", repr(time.gmtime('a')))
except Exception as e:
    print("time.gmtime('a')", "->", type(e).__name__ + ":", e)
try:
    print('time.gmtime(None).tm_year > 2000', "->", repr(time.gmtime(None).tm_year > 2000))
except Exception as e:
    print('time.gmtime(None).tm_year > 2000', "->", type(e).__name__ + ":", e)
try:
    print('type(time.localtime())', "->", repr(type(time.localtime())))
except Exception as e:
    print('type(time.localtime())', "->", type(e).__name__ + ":", e)
try:
    print('time.localtime(1, 2)', "->", repr(time.localtime(1, 2)))
except Exception as e:
    print('time.localtime(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('time.localtime(secs=1)', "->", repr(time.localtime(secs=1)))
except Exception as e:
    print('time.localtime(secs=1)', "->", type(e).__name__ + ":", e)
try:
    print("time.localtime('x')", "->", repr(time.localtime('x')))
except Exception as e:
    print("time.localtime('x')", "->", type(e).__name__ + ":", e)
try:
    print('time.mktime()', "->", repr(time.mktime()))
except Exception as e:
    print('time.mktime()', "->", type(e).__name__ + ":", e)
try:
    print('time.mktime(1)', "->", repr(time.mktime(1)))
except Exception as e:
    print('time.mktime(1)', "->", type(e).__name__ + ":", e)
try:
    print('time.mktime(1, 2)', "->", repr(time.mktime(1, 2)))
except Exception as e:
    print('time.mktime(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('time.mktime(t=1)', "->", repr(time.mktime(t=1)))
except Exception as e:
    print('time.mktime(t=1)', "->", type(e).__name__ + ":", e)
try:
    print('time.mktime((2020,1,1,0,0,0,0,1,0)) > 0', "->", repr(time.mktime((2020,1,1,0,0,0,0,1,0)) > 0))
except Exception as e:
    print('time.mktime((2020,1,1,0,0,0,0,1,0)) > 0', "->", type(e).__name__ + ":", e)
try:
    print('time.strftime()', "->", repr(time.strftime()))
except Exception as e:
    print('time.strftime()', "->", type(e).__name__ + ":", e)
try:
    print('time.strftime(1)', "->", repr(time.strftime(1)))
except Exception as e:
    print('time.strftime(1)', "->", type(e).__name__ + ":", e)
try:
    print("time.strftime('%Y', (2020,1,1,0,0,0,0,1,0))", "->", repr(time.strftime('%Y', (2020,1,1,0,0,0,0,1,0))))
except Exception as e:
    print("time.strftime('%Y', (2020,1,1,0,0,0,0,1,0))", "->", type(e).__name__ + ":", e)
try:
    print("time.strftime('%Y', (2020,1,1,0,0,0,0,1,0), 3)", "->", repr(time.strftime('%Y', (2020,1,1,0,0,0,0,1,0), 3)))
except Exception as e:
    print("time.strftime('%Y', (2020,1,1,0,0,0,0,1,0), 3)", "->", type(e).__name__ + ":", e)
try:
    print("time.strftime(format='%Y')", "->", repr(time.strftime(format='%Y')))
except Exception as e:
    print("time.strftime(format='%Y')", "->", type(e).__name__ + ":", e)
try:
    print("time.strftime('%Y', 5)", "->", repr(time.strftime('%Y', 5)))
except Exception as e:
    print("time.strftime('%Y', 5)", "->", type(e).__name__ + ":", e)
try:
    print('time.asctime((2020,1,1,0,0,0,0,1,0))', "->", repr(time.asctime((2020,1,1,0,0,0,0,1,0))))
except Exception as e:
    print('time.asctime((2020,1,1,0,0,0,0,1,0))', "->", type(e).__name__ + ":", e)
try:
    print('time.asctime(1, 2)', "->", repr(time.asctime(1, 2)))
except Exception as e:
    print('time.asctime(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print('time.asctime(5)', "->", repr(time.asctime(5)))
except Exception as e:
    print('time.asctime(5)', "->", type(e).__name__ + ":", e)
try:
    print('time.asctime(t=5)', "->", repr(time.asctime(t=5)))
except Exception as e:
    print('time.asctime(t=5)', "->", type(e).__name__ + ":", e)
try:
    print('time.ctime(0) == time.asctime(time.localtime(0))', "->", repr(time.ctime(0) == time.asctime(time.localtime(0))))
except Exception as e:
    print('time.ctime(0) == time.asctime(time.localtime(0))', "->", type(e).__name__ + ":", e)
try:
    print('time.ctime(1, 2)', "->", repr(time.ctime(1, 2)))
except Exception as e:
    print('time.ctime(1, 2)', "->", type(e).__name__ + ":", e)
try:
    print("time.ctime('x')", "->", repr(time.ctime('x')))
except Exception as e:
    print("time.ctime('x')", "->", type(e).__name__ + ":", e)
try:
    print('time.ctime(secs=1)', "->", repr(time.ctime(secs=1)))
except Exception as e:
    print('time.ctime(secs=1)', "->", type(e).__name__ + ":", e)
try:
    print('time.struct_time()', "->", repr(time.struct_time()))
except Exception as e:
    print('time.struct_time()', "->", type(e).__name__ + ":", e)
try:
    print('time.struct_time((1,2,3,4,5,6,7,8,9))', "->", repr(time.struct_time((1,2,3,4,5,6,7,8,9))))
except Exception as e:
    print('time.struct_time((1,2,3,4,5,6,7,8,9))', "->", type(e).__name__ + ":", e)
try:
    print('time.struct_time((1,2,3,4,5,6,7,8,9), 1)', "->", repr(time.struct_time((1,2,3,4,5,6,7,8,9), 1)))
except Exception as e:
    print('time.struct_time((1,2,3,4,5,6,7,8,9), 1)', "->", type(e).__name__ + ":", e)
try:
    print('time.struct_time(5)', "->", repr(time.struct_time(5)))
except Exception as e:
    print('time.struct_time(5)', "->", type(e).__name__ + ":", e)
try:
    print('time.struct_time(sequence=(1,2,3,4,5,6,7,8,9))', "->", repr(time.struct_time(sequence=(1,2,3,4,5,6,7,8,9))))
except Exception as e:
    print('time.struct_time(sequence=(1,2,3,4,5,6,7,8,9))', "->", type(e).__name__ + ":", e)
try:
    print('time.struct_time(x=(1,2,3,4,5,6,7,8,9))', "->", repr(time.struct_time(x=(1,2,3,4,5,6,7,8,9))))
except Exception as e:
    print('time.struct_time(x=(1,2,3,4,5,6,7,8,9))', "->", type(e).__name__ + ":", e)
try:
    print('time.struct_time((1,2))', "->", repr(time.struct_time((1,2))))
except Exception as e:
    print('time.struct_time((1,2))', "->", type(e).__name__ + ":", e)
try:
    print('time.struct_time((1,2,3,4,5,6,7,8,9), dict=None)', "->", repr(time.struct_time((1,2,3,4,5,6,7,8,9), dict=None)))
except Exception as e:
    print('time.struct_time((1,2,3,4,5,6,7,8,9), dict=None)', "->", type(e).__name__ + ":", e)
try:
    print('time.struct_time(sequence=(1,2,3,4,5,6,7,8,9,10,11,12))', "->", repr(time.struct_time(sequence=(1,2,3,4,5,6,7,8,9,10,11,12))))
except Exception as e:
    print('time.struct_time(sequence=(1,2,3,4,5,6,7,8,9,10,11,12))', "->", type(e).__name__ + ":", e)
try:
    print('time.struct_time([1,2,3,4,5,6,7,8,9], {})', "->", repr(time.struct_time([1,2,3,4,5,6,7,8,9], {})))
except Exception as e:
    print('time.struct_time([1,2,3,4,5,6,7,8,9], {})', "->", type(e).__name__ + ":", e)
try:
    print('time.struct_time(range(9))', "->", repr(time.struct_time(range(9))))
except Exception as e:
    print('time.struct_time(range(9))', "->", type(e).__name__ + ":", e)
try:
    print("time.strftime('%Y', None)", "->", repr(time.strftime('%Y', None)))
except Exception as e:
    print("time.strftime('%Y', None)", "->", type(e).__name__ + ":", e)
try:
    print('time.asctime(None)', "->", repr(time.asctime(None)))
except Exception as e:
    print('time.asctime(None)', "->", type(e).__name__ + ":", e)
try:
    print('time.asctime(tuple(time.gmtime(0)))', "->", repr(time.asctime(tuple(time.gmtime(0)))))
except Exception as e:
    print('time.asctime(tuple(time.gmtime(0)))', "->", type(e).__name__ + ":", e)
try:
    print('time.gmtime(1.5)', "->", repr(time.gmtime(1.5)))
except Exception as e:
    print('time.gmtime(1.5)', "->", type(e).__name__ + ":", e)
try:
    print("time.gmtime(float('nan'))", "->", repr(time.gmtime(float('nan'))))
except Exception as e:
    print("time.gmtime(float('nan'))", "->", type(e).__name__ + ":", e)
try:
    print('time.gmtime(10**30)', "->", repr(time.gmtime(10**30)))
except Exception as e:
    print('time.gmtime(10**30)', "->", type(e).__name__ + ":", e)
try:
    print('time.localtime(None).tm_year > 2000', "->", repr(time.localtime(None).tm_year > 2000))
except Exception as e:
    print('time.localtime(None).tm_year > 2000', "->", type(e).__name__ + ":", e)
try:
    print('time.sleep(0.0)', "->", repr(time.sleep(0.0)))
except Exception as e:
    print('time.sleep(0.0)', "->", type(e).__name__ + ":", e)
try:
    print('time.sleep(True)', "->", repr(time.sleep(True)))
except Exception as e:
    print('time.sleep(True)', "->", type(e).__name__ + ":", e)
try:
    print("time.sleep(float('nan'))", "->", repr(time.sleep(float('nan'))))
except Exception as e:
    print("time.sleep(float('nan'))", "->", type(e).__name__ + ":", e)
try:
    print('time.sleep(10**30)', "->", repr(time.sleep(10**30)))
except Exception as e:
    print('time.sleep(10**30)', "->", type(e).__name__ + ":", e)
try:
    print('time.monotonic() <= time.monotonic()', "->", repr(time.monotonic() <= time.monotonic()))
except Exception as e:
    print('time.monotonic() <= time.monotonic()', "->", type(e).__name__ + ":", e)
try:
    print('time.perf_counter_ns() <= time.perf_counter_ns()', "->", repr(time.perf_counter_ns() <= time.perf_counter_ns()))
except Exception as e:
    print('time.perf_counter_ns() <= time.perf_counter_ns()', "->", type(e).__name__ + ":", e)
try:
    print('type(time.process_time())', "->", repr(type(time.process_time())))
except Exception as e:
    print('type(time.process_time())', "->", type(e).__name__ + ":", e)
try:
    print('type(time.process_time_ns())', "->", repr(type(time.process_time_ns())))
except Exception as e:
    print('type(time.process_time_ns())', "->", type(e).__name__ + ":", e)
try:
    print('type(time.monotonic_ns())', "->", repr(type(time.monotonic_ns())))
except Exception as e:
    print('type(time.monotonic_ns())', "->", type(e).__name__ + ":", e)
try:
    print('type(time.perf_counter())', "->", repr(type(time.perf_counter())))
except Exception as e:
    print('type(time.perf_counter())', "->", type(e).__name__ + ":", e)
try:
    print('time.mktime(time.localtime(1000)) == 1000', "->", repr(time.mktime(time.localtime(1000)) == 1000))
except Exception as e:
    print('time.mktime(time.localtime(1000)) == 1000', "->", type(e).__name__ + ":", e)
try:
    print('time.mktime((1,2))', "->", repr(time.mktime((1,2))))
except Exception as e:
    print('time.mktime((1,2))', "->", type(e).__name__ + ":", e)
try:
    print("time.strftime('%Y-%m-%d', time.gmtime(86400 * 365))", "->", repr(time.strftime('%Y-%m-%d', time.gmtime(86400 * 365))))
except Exception as e:
    print("time.strftime('%Y-%m-%d', time.gmtime(86400 * 365))", "->", type(e).__name__ + ":", e)
try:
    print("time.strftime('%Y', (1,2))", "->", repr(time.strftime('%Y', (1,2))))
except Exception as e:
    print("time.strftime('%Y', (1,2))", "->", type(e).__name__ + ":", e)
try:
    print("time.strftime(b'%Y')", "->", repr(time.strftime(b'%Y')))
except Exception as e:
    print("time.strftime(b'%Y')", "->", type(e).__name__ + ":", e)
