//! `unittest` and its submodules, shipped inside corun in Python (`src/lib_py/unittest/`).

crate::python_module!("unittest", "unittest/__init__.py");
crate::python_module!("unittest.case", "unittest/case.py");
crate::python_module!("unittest.result", "unittest/result.py");
crate::python_module!("unittest.runner", "unittest/runner.py");
crate::python_module!("unittest.suite", "unittest/suite.py");
crate::python_module!("unittest.loader", "unittest/loader.py");
crate::python_module!("unittest.main", "unittest/main.py");
crate::python_module!("unittest.async_case", "unittest/async_case.py");
crate::python_module!("unittest.signals", "unittest/signals.py");
crate::python_module!("unittest.__main__", "unittest/__main__.py");
crate::python_module!("difflib", "difflib.py");
crate::python_module!("unittest.mock", "unittest/mock.py");
