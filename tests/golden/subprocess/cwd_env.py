import os
import subprocess
import tempfile

with tempfile.TemporaryDirectory() as d:
    open(os.path.join(d, "b.txt"), "w").close()
    open(os.path.join(d, "a.txt"), "w").close()
    print(subprocess.run(["ls"], cwd=d, capture_output=True, text=True).stdout.split())
    r = subprocess.run("pwd", shell=True, cwd=d, capture_output=True, text=True)
    print(r.stdout.strip() == os.path.realpath(d))
env = {"PATH": os.environ["PATH"], "GREETING": "hello"}
print(subprocess.run(["sh", "-c", "echo $GREETING"], env=env, capture_output=True).stdout)
print(subprocess.run(["sh", "-c", "echo [$HOME]"], env={"PATH": "/bin:/usr/bin"},
                     capture_output=True).stdout)
os.environ["CORUN_TEST_VAR"] = "inherited"
print(subprocess.check_output("echo $CORUN_TEST_VAR", shell=True))
print(subprocess.run(["env"], env={}, capture_output=True).stdout)
