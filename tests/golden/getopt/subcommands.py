# A git-like tool: global options, then a subcommand with options of its own.
import getopt


def main(argv):
    gopts, rest = getopt.getopt(argv, "C:v", ["verbose", "work-tree="])
    if not rest:
        return f"{gopts}: no command"
    cmd, *cargs = rest
    table = {"commit": ("m:a", ["message=", "all", "amend"]), "log": ("n:", ["oneline"])}
    if cmd not in table:
        return f"unknown command {cmd!r}"
    short, long = table[cmd]
    try:
        copts, cfiles = getopt.gnu_getopt(cargs, short, long)
    except getopt.GetoptError as e:
        return f"{cmd}: {e}"
    return f"{gopts} {cmd} {copts} {cfiles}"


for argv in [["-v", "commit", "-m", "msg", "a.py", "--all"], ["-C", "/repo", "log", "-n3", "--one"],
             ["--work-tree=/w", "log", "--oneline=1"], ["status"], ["-v"], ["commit", "-x"],
             ["--verbose", "commit", "--am"], ["commit", "--a"]]:
    print(argv, "=>", main(argv))
