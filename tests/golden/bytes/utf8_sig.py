# Files written by some editors start with a UTF-8 byte order mark.
data = "name,city\nAnn,Zürich\n".encode("utf-8-sig")
print(data[:3], data.decode("utf-8-sig").splitlines(), data.decode("utf-8")[0] == "\ufeff")
print(b"no bom".decode("utf-8-sig"), "".encode("utf_8_sig"), b"\xef\xbb\xbf".decode("UTF-8-SIG") == "")
try:
    b"\xef\xbb\xbf\xff".decode("utf-8-sig")
except UnicodeDecodeError as e:
    print(e)
