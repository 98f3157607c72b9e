# sys.exit's status becomes SystemExit's arguments as CPython sets them; the last one ends the script.
import sys
for status in [(), None, 3, 'bye', (1, 2), ([],)]:
    try:
        sys.exit(*status) if status == () else sys.exit(status)
    except SystemExit as e:
        print(repr(status), e.args, repr(e.code))
sys.exit('the end')
