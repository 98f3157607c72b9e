# Layered settings: system, user and command line files merged in order.
import configparser

system = """
[ui]
theme = light
font size = 12
[net]
proxy = none
"""
user = """
[ui]
theme = dark
[plugins]
enabled = git, lint
"""
cp = configparser.ConfigParser()
cp.read_string(system, "system.ini")
cp.read_string(user, "user.ini")
cp.read_dict({"net": {"proxy": "http://proxy:3128", "timeout": 5}}, source="cli")
for section in cp.sections():
    for key, value in cp.items(section):
        print(f"{section}.{key} = {value}")
plugins = [p.strip() for p in cp["plugins"]["enabled"].split(",")]
print(plugins, cp["net"].getint("timeout"))
