import fnmatch

# Many distinct patterns: each is compiled once and reused.
count = 0
for i in range(300):
    pat = f"file{i}_*.dat"
    for j in range(3):
        if fnmatch.fnmatch(f"file{i}_{j}.dat", pat):
            count += 1
print(count)
print(fnmatch.fnmatch("file7_x.dat", "file7_*.dat"), fnmatch.fnmatch("file7.dat", "file7_*.dat"))
