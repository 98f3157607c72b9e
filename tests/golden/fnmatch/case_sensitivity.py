import fnmatch

# On POSIX fnmatch does not fold case, exactly as fnmatchcase.
pairs = [("Makefile", "makefile"), ("Makefile", "M*"), ("photo.JPG", "*.jpg"),
         ("photo.JPG", "*.JPG"), ("ABC", "[a-c]*"), ("abc", "[A-C]*")]
for name, pat in pairs:
    print(f"{name!r:12} {pat!r:10} fnmatch={fnmatch.fnmatch(name, pat)} "
          f"fnmatchcase={fnmatch.fnmatchcase(name, pat)}")
