# Using a ConfigParser as a mapping of mappings.
import configparser

cp = configparser.ConfigParser()
cp["DEFAULT"] = {"ServerAliveInterval": "45", "Compression": "yes", "CompressionLevel": "9"}
cp["forge.example"] = {}
cp["forge.example"]["User"] = "hg"
cp["topsecret.server.example"] = {}
top = cp["topsecret.server.example"]
top["Port"] = "50022"
top["ForwardX11"] = "no"
print(list(cp), len(cp), "forge.example" in cp, "nope" in cp)
print(dict(cp["forge.example"]))
print(top["port"], top.get("ForwardX11"), top.getboolean("forwardx11"), top.getint("port"))
print(top.get("missing"), top.get("missing", "dflt"), top.getint("missing", 7))
print(top.name, top.parser is cp, repr(top))
print("compression" in top, "Compression" in top, len(top))
del top["port"]
print(list(top))
try:
    del top["port"]
except KeyError as e:
    print("KeyError:", e)
try:
    cp["nosuch"]
except KeyError as e:
    print("KeyError:", e)
try:
    top["bad"] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del cp["DEFAULT"]
except ValueError as e:
    print("ValueError:", e)
del cp["forge.example"]
print(cp.sections())
cp["topsecret.server.example"] = {"only": "this"}
print(dict(cp["topsecret.server.example"]))
print(cp.remove_section("topsecret.server.example"), cp.remove_section("x"))
print(cp.remove_option("DEFAULT", "compression"), cp.remove_option("DEFAULT", "compression"))
print(cp.defaults())
