# Help laid out at several widths: COLUMNS read when the parser formats, a formatter with its
# own max_help_position and width, long option names pushing help to the next line.
import argparse
import os


def build(**kw):
    p = argparse.ArgumentParser(prog="convert-images-to-thumbnails", description="Convert a directory of images into thumbnails of a chosen size, keeping the aspect ratio of each picture and writing them in the format asked for.", **kw)
    p.add_argument("inputs", nargs="+", help="image files or directories to scan recursively for images")
    p.add_argument("-s", "--size", type=int, default=128, help="the size in pixels of the longer side of each thumbnail")
    p.add_argument("--format", choices=["png", "jpeg", "webp"], default="png", help="the file format of the thumbnails")
    p.add_argument("--a-really-long-option-name-for-testing", action="store_true", help="short")
    p.add_argument("-q", action="store_true", help="quiet")
    p.add_argument("--output-directory", metavar="DIRECTORY", help="where to write the thumbnails; created if it does not exist")
    return p


for cols in ("120", "80", "60", "40", "25"):
    os.environ["COLUMNS"] = cols
    print("=== COLUMNS", cols)
    build().print_help()

os.environ["COLUMNS"] = "80"
print("=== max_help_position=40")
build(formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40)).print_help()
print("=== width=50, indent_increment=4")
build(formatter_class=lambda prog: argparse.HelpFormatter(prog, indent_increment=4, width=50)).print_help()
