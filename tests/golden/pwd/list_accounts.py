# Listing every account and group, as a system report would.
import grp
import pwd

users = pwd.getpwall()
groups = grp.getgrall()
with open("/etc/passwd") as f:
    names = [line.split(":")[0] for line in f if line.strip()]
print(sorted(u.pw_name for u in users) == sorted(names))
print(all(isinstance(u.pw_uid, int) and isinstance(u.pw_shell, str) for u in users))
by_gid = {g.gr_gid: g.gr_name for g in groups}
print(by_gid[0], min(by_gid), all(isinstance(g.gr_mem, list) for g in groups))
system = [u.pw_name for u in users if u.pw_uid < 1]
print(system)
