# sys.warnoptions is empty without -W; a program sets its own filters then.
import sys
import warnings

print(sys.warnoptions)
if not sys.warnoptions:
    warnings.simplefilter("ignore")
warnings.warn("silenced")
print("quiet")
