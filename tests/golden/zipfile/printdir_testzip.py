# printdir's table, testzip, and ZipFile reprs over a file on disk.
import os
import tempfile
import zipfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with zipfile.ZipFile("report.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        print(zf)
        for i, (name, size) in enumerate([("summary.txt", 120), ("q1/sales.csv", 4000),
                                           ("q2/sales.csv", 3900), ("a-rather-long-name-"
                                            "for-a-member-of-the-archive.txt", 10)]):
            zf.writestr(zipfile.ZipInfo(name, (2024, 1 + i, 10 + i, i, 2 * i, 4 * i)),
                        ("x%d," % i) * size)
    with zipfile.ZipFile("report.zip") as zf:
        print(zf)
        zf.printdir()
        print("bad member:", zf.testzip())
        print(sum(i.file_size for i in zf.infolist()), len(zf.filelist), sorted(zf.NameToInfo))
    print(zf)
    print(os.path.getsize("report.zip") < 1000)
