# Ways to spell short options: attached values, clusters ending in a value, '=' forms,
# single-dash long options and their prefixes, and words that only look like options.
import argparse, sys
sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog='c')
p.add_argument('-v', action='count', default=0)
p.add_argument('-f')
p.add_argument('-q', action='store_true')
p.add_argument('-long', dest='lng')
p.add_argument('rest', nargs='*')
for argv in (['-x=1'], ['-vfFILE'], ['-fv'], ['-vvq'], ['-vqf', 'x'], ['-f=a=b'], ['-lon', 'L'], ['-longX'], ['-l', 'z'], ['-vx'], ['-qvz'], ['--', '-v'], ['-f', '--'], ['-f', '-v'], ['-f-1'], ['a', '-', 'b']):
    try:
        print(argv, p.parse_known_args(argv))
    except SystemExit as e:
        print('exit', e.code)
