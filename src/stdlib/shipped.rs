//! Standard modules written wholly in Python and shipped inside corun (`src/lib_py/`): their
//! logic is Python calling Python, and none of it is hot enough to want native code.

crate::python_module!("copy", "copy.py");
crate::python_module!("__future__", "__future__.py");
crate::python_module!("textwrap", "textwrap.py");
crate::python_module!("argparse", "argparse.py");
crate::python_module!("_argparse_help", "_argparse_help.py");
crate::python_module!("pprint", "pprint.py");
crate::python_module!("fractions", "fractions.py");
crate::python_module!("numbers", "numbers.py");
crate::python_module!("decimal", "decimal.py");
crate::python_module!("statistics", "statistics.py");
crate::python_module!("array", "array.py");
crate::python_module!("pathlib", "pathlib.py");
crate::python_module!("json.tool", "json_tool.py");
crate::python_module!("_sysinfo", "_sysinfo.py");
crate::python_module!("collections.abc", "collections_abc.py");
crate::python_module!("socket", "socket.py");
crate::python_module!("selectors", "selectors.py");
crate::python_module!("asyncio.streams", "_asyncio_streams.py");
crate::python_module!("_corun_code", "_corun_code.py");
crate::python_module!("threading", "threading.py");
crate::python_module!("queue", "queue.py");
crate::python_module!("concurrent", "concurrent/__init__.py");
crate::python_module!("concurrent.futures", "concurrent/futures.py");
crate::python_module!("_collections_user", "_collections_user.py");
crate::python_module!("ssl", "ssl.py");
crate::python_module!("pickle", "pickle.py");
crate::python_module!("copyreg", "copyreg.py");
crate::python_module!("_codecs", "_codecs.py");
crate::python_module!("_pickle", "_pickle.py");
crate::python_module!("codecs", "codecs.py");
crate::python_module!("urllib", "urllib/__init__.py");
crate::python_module!("urllib.parse", "urllib/parse.py");
crate::python_module!("http", "http/__init__.py");
