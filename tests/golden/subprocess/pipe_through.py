# Text piped through standard tools.
import subprocess

words = "pear\napple\nfig\napple\nbanana\n"
print(subprocess.run(["sort"], input=words, capture_output=True, text=True).stdout, end="")
print(subprocess.run(["sort", "-u"], input=words, capture_output=True, text=True).stdout.split())
print(subprocess.run(["tr", "a-z", "A-Z"], input=b"loud\n", capture_output=True).stdout)
print(subprocess.check_output(["cat"], input="as is\n", text=True), end="")
print(subprocess.check_output(["wc", "-l"], input=words, text=True).strip())
upper = subprocess.check_output(["tr", "a-z", "A-Z"], input=words.encode())
print(subprocess.check_output(["sort", "-r"], input=upper).decode().split())
