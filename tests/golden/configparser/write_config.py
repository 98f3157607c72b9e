# Generating a config file, writing it, and reading it back.
import configparser
import io
import os
import tempfile

cp = configparser.ConfigParser()
cp["DEFAULT"] = {"retries": "3"}
cp["service"] = {"name": "api", "motd": "line one\nline two"}
cp.add_section("empty")
cp.set("service", "port", "8000")
buf = io.StringIO()
cp.write(buf)
print(buf.getvalue(), end="")
buf = io.StringIO()
cp.write(buf, space_around_delimiters=False)
print(buf.getvalue(), end="")

d = tempfile.mkdtemp()
path = os.path.join(d, "svc.ini")
with open(path, "w") as f:
    cp.write(f)
back = configparser.ConfigParser()
print(back.read([path, os.path.join(d, "missing.ini")]) == [path])
print(back.get("service", "motd").splitlines(), back.getint("service", "retries"))
with open(path) as f:
    again = configparser.ConfigParser()
    again.read_file(f)
    print(again.sections(), again["service"]["port"])
again.read_file(["[extra]\n", "k = v\n"], source="lines")
print(again.sections())
nv = configparser.ConfigParser(allow_no_value=True)
nv.read_string("[mysqld]\nskip-bdb\nuser = mysql\n")
print(nv.get("mysqld", "skip-bdb"), nv.items("mysqld"))
buf = io.StringIO()
nv.write(buf)
print(buf.getvalue(), end="")
os.remove(path)
os.rmdir(d)
