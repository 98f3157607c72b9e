# Loads an application's XML configuration from a file, edits it and writes it back.
import os
import tempfile
import xml.etree.ElementTree as ET

CONFIG = """<config version="3">
  <server host="0.0.0.0" port="8080">
    <tls enabled="true"><cert>/etc/app/cert.pem</cert></tls>
  </server>
  <database driver="postgres">
    <option name="pool">10</option>
    <option name="timeout">30</option>
  </database>
  <features>
    <feature name="search" enabled="yes"/>
    <feature name="beta-ui" enabled="no"/>
    <feature name="export" enabled="yes"/>
  </features>
</config>
"""

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "app.xml")
    with open(path, "w") as f:
        f.write(CONFIG)
    tree = ET.parse(path)
    root = tree.getroot()
    server = root.find("server")
    print("listen:", server.get("host"), int(server.get("port")))
    print("tls:", server.find("tls").get("enabled") == "true", server.findtext("tls/cert"))
    options = {o.get("name"): int(o.text) for o in root.iterfind("database/option")}
    print("db:", root.find("database").get("driver"), options)
    print("enabled:", [f.get("name") for f in root.findall("features/feature[@enabled='yes']")])
    print("disabled:", [f.get("name") for f in root.findall(".//feature[@enabled!='yes']")])

    # Turn beta-ui on, add a feature, bump the version and save.
    root.find("features/feature[@name='beta-ui']").set("enabled", "yes")
    ET.SubElement(root.find("features"), "feature", name="audit", enabled="no")
    root.set("version", str(int(root.get("version")) + 1))
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path) as f:
        saved = f.read()
    print(saved.splitlines()[0])
    again = ET.parse(path).getroot()
    print("version:", again.get("version"), [f.get("name") + "=" + f.get("enabled")
                                           for f in again.iter("feature")])
    with open(path, "rb") as f:
        print("from file object:", ET.parse(f).getroot().find("server").attrib)
