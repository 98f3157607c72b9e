# Reads a pyproject.toml the way build tools do: project metadata, dependencies, tool tables.
import tomllib

PYPROJECT = '''
[build-system]
requires = ["setuptools>=61.0", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "example-pkg"
version = "0.4.2"
description = "A small example package"
readme = "README.md"
requires-python = ">=3.8"
license = {text = "MIT"}
authors = [
  {name = "Ada Lovelace", email = "ada@example.org"},
  {name = "Alan Turing"},
]
classifiers = [
    "Programming Language :: Python :: 3",
    "Operating System :: OS Independent",
]
dependencies = [
  "requests >= 2.28",
  'tomli; python_version < "3.11"',
]

[project.optional-dependencies]
test = ["pytest>=7", "coverage[toml]"]

[project.scripts]
example = "example_pkg.cli:main"

[tool.black]
line-length = 88
target-version = ['py311']
include = '\\.pyi?$'

[tool.pytest.ini_options]
minversion = "6.0"
addopts = "-ra -q"
testpaths = [
    "tests",
    "integration",
]
'''

meta = tomllib.loads(PYPROJECT)
proj = meta["project"]
print(f"{proj['name']} {proj['version']} ({proj['license']['text']})")
print("backend:", meta["build-system"]["build-backend"])
for a in proj["authors"]:
    print("author:", a["name"], "<" + a.get("email", "?") + ">")
for dep in proj["dependencies"]:
    name, _, marker = dep.partition(";")
    print("dep:", name.strip(), "| marker:", marker.strip() or "-")
for extra, deps in proj["optional-dependencies"].items():
    print("extra", extra, deps)
for tool, conf in meta["tool"].items():
    print("tool", tool, conf)
print("entry points:", proj["scripts"])
