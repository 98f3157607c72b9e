import time

now = time.time()
lt = time.localtime(now)
print(type(lt).__name__, len(lt), 1 <= lt.tm_mon <= 12, lt.tm_isdst in (0, 1))
print(abs(time.mktime(lt) - int(now)) < 1)
print(time.localtime(0).tm_year in (1969, 1970), time.ctime(0)[-4:] in ("1969", "1970"))
print(len(time.strftime("%H:%M:%S")), len(time.ctime()), isinstance(time.timezone, int))
print(time.strftime("%Y", time.localtime(86400 * 400)))
