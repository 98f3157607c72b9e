# Helper package for resources_files.py: templates shipped beside the code.
GREETING_FILE = "greeting.txt"
