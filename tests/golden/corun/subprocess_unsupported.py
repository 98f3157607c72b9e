# Popen options corun's subprocess does not carry out are refused, not ignored.
import subprocess

for name, value in [("executable", "/bin/echo"), ("preexec_fn", print),
                    ("close_fds", False), ("pass_fds", (3,)),
                    ("start_new_session", True), ("process_group", 0), ("user", 0),
                    ("group", 0), ("extra_groups", [0]), ("umask", 0o22)]:
    try:
        subprocess.run(["true"], **{name: value})
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(subprocess.run(["true"], close_fds=True, pass_fds=[]).returncode)
