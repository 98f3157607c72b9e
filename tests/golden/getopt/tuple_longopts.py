# Long options given as a string, a tuple or a generator, and short options with ':' and '-'.
import getopt

print(getopt.getopt(["--name=x"], "", "name="))
print(getopt.getopt(["--a", "--b"], "", ("a", "b")))
print(getopt.getopt(["--alpha"], "", (o for o in ["alpha", "beta="])))
print(getopt.getopt(["-x-"], "x:"))
print(getopt.getopt(["-x", "-y"], "x:y"))
print(getopt.getopt(["-1", "-2a"], "12:"))
try:
    getopt.getopt(["--"], "", ["-"])
    print(getopt.getopt(["---"], "", ["-"]))
except getopt.GetoptError as e:
    print(e)
