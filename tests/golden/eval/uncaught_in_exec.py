# An exception from exec'd code that nobody catches.
def run(src):
    exec(src, {})


run("total = 10\nprint('total is', total)\nresult = total / 0")
