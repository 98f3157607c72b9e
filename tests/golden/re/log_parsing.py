# Parse web-server access log lines into fields and summarise them.
import re

LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<when>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+|-)'
)

log = """\
192.168.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.7 - - [10/Oct/2023:13:55:40 +0000] "POST /api/login HTTP/1.1" 401 -
garbage line here
10.0.0.7 - - [10/Oct/2023:13:56:01 +0000] "GET /static/app.js HTTP/2.0" 304 0
172.16.5.9 - - [10/Oct/2023:13:57:12 +0000] "DELETE /api/items/42 HTTP/1.1" 204 0
"""

by_status = {}
total = 0
for n, line in enumerate(log.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        print("line", n, "does not parse:", repr(line))
        continue
    d = m.groupdict()
    print(d["ip"], d["method"], d["path"], d["status"], d["ver"])
    by_status[d["status"]] = by_status.get(d["status"], 0) + 1
    if d["size"] != "-":
        total += int(d["size"])
    print("  span of path:", m.span("path"), "lastgroup:", m.lastgroup)
print(sorted(by_status.items()), total)
