# Looking up the superuser and its group in the system's databases.
import grp
import pwd

root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, root.pw_dir)
print(root == pwd.getpwnam(root.pw_name), isinstance(root, tuple), len(root), type(root).__name__)
name, _, uid, gid, *rest = root
print(name, uid, gid, len(rest))
group = grp.getgrgid(root.pw_gid)
print(group.gr_name, group.gr_gid, type(group.gr_mem).__name__, group == grp.getgrnam(group.gr_name))
print(pwd.struct_passwd, grp.struct_group, pwd.struct_passwd.n_fields)
