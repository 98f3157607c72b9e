import subprocess

p = subprocess.Popen(["sleep", "10"])
print(p.poll())
p.kill()
print(p.wait(), p.returncode, p.poll())
p = subprocess.Popen(["sleep", "10"])
p.terminate()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
p.send_signal(2)
print(p.wait())
p.kill()  # already gone: nothing happens
print(p.returncode)
try:
    subprocess.check_call(["sh", "-c", "kill -9 $$"])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.run(["sh", "-c", "kill -TERM $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e, e.returncode)
print(str(subprocess.CalledProcessError(-64, ["x"])))
p = subprocess.Popen(["sleep", "10"])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("still running:", e)
p.kill()
print(p.wait())
