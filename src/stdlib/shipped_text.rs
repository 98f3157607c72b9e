//! Text and file-name modules written in Python and shipped inside corun (`src/lib_py/`):
//! string handling built on `re` and `os`, none of it hot enough to want native code.

crate::python_module!("fnmatch", "fnmatch.py");
crate::python_module!("glob", "glob.py");
crate::python_module!("shlex", "shlex.py");
crate::python_module!("keyword", "keyword.py");
crate::python_module!("html", "html/__init__.py");
crate::python_module!("html.entities", "html/entities.py");
crate::python_module!("html._entity_table", "html/_entity_table.py");
crate::python_module!("html.parser", "html/parser.py");
crate::python_module!("_markupbase", "_markupbase.py");
crate::python_module!("string", "string.py");
crate::python_module!("csv", "csv.py");
crate::python_module!("tempfile", "tempfile.py");
