//! `corun -m MODULE [arg] ...`: finds a module as `import` would (a file or package under the
//! current folder or PYTHONPATH, or a module shipped inside corun) and runs it as `__main__`,
//! with python3's `sys.argv` (the module file's full path first) and `sys.path[0]` (the current
//! folder). A package runs its `__main__` module, after its `__init__`.

use std::path::Path;
use std::rc::Rc;

use crate::eval::Interp;
use crate::runtime::modules;

/// What runs as `__main__`: its file (the path shown in tracebacks and put in `sys.argv[0]`),
/// its source and its package.
struct Main {
    path: String,
    src: String,
    package: String,
}

/// Runs the module `name` with the program's arguments `rest`; returns the exit status.
pub fn run(name: &str, rest: Vec<String>, time_opts: &crate::aio::trace::Options) -> i32 {
    let ip = Interp::new();
    *ip.script_dir.borrow_mut() = std::env::current_dir().ok();
    let found = find(&ip, name);
    let main = match found {
        Ok(Ok(m)) => m,
        Ok(Err(msg)) => {
            eprintln!("corun: {}", msg);
            return 1;
        }
        Err(e) => {
            let outcome = crate::uncaught(&ip, &e);
            crate::cli::reporter(&ip, true)(&outcome);
            let flushed = ip.flush_at_exit();
            return crate::cli::finish(&ip, outcome, flushed);
        }
    };
    let mut argv = vec![main.path.clone()];
    argv.extend(rest);
    *ip.argv.borrow_mut() = argv.clone();
    // `sys` may have been imported by a package's `__init__` before the arguments were known.
    if let Some(crate::runtime::value::Value::Module(sys)) =
        ip.modules.borrow().get(&crate::intern::intern("sys"))
    {
        let argv = argv.iter().map(|a| crate::runtime::value::Value::str(a));
        sys.set(
            crate::intern::intern("argv"),
            crate::runtime::value::Value::list(argv.collect()),
        );
    }
    time_opts.install(&ip, &main.path);
    let package = Some(main.package.as_str());
    let (outcome, flushed) = crate::run_source_in(
        &ip,
        &main.path,
        &main.path,
        &main.src,
        package,
        crate::cli::reporter(&ip, true),
    );
    crate::cli::finish(&ip, outcome, flushed)
}

/// The module to run, or the message python3 gives when there is none. The packages on the way
/// are imported (an error in one is raised).
fn find(ip: &Rc<Interp>, name: &str) -> crate::runtime::exceptions::PyResult<Result<Main, String>> {
    if name.is_empty() || name.split('.').any(|p| p.is_empty()) || name.starts_with('.') {
        return Ok(Err("Relative module names not supported".into()));
    }
    if let Some((parent, _)) = name.rsplit_once('.') {
        if let Err(e) = modules::import_dotted(ip, parent) {
            if e.is_instance(ip.exc_class(crate::runtime::exceptions::ExcKind::ImportError)) {
                let msg = crate::runtime::repr::exception_str(ip, &e.0).unwrap_or_default();
                return Ok(Err(format!(
                    "Error while finding module specification for '{}' ({}: {})",
                    name, e.0.class.qualname, msg
                )));
            }
            return Err(e);
        }
    }
    let package = |n: &str| {
        n.rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default()
    };
    if let Some(path) = modules::find_file(ip, name) {
        if path.file_name().is_some_and(|f| f == "__init__.py") {
            return run_package(ip, name, path.parent().map(|d| d.join("__main__.py")));
        }
        return Ok(read(&path, package(name)));
    }
    let main = format!("{}.__main__", name);
    if let Some(src) = modules::shipped_source(&main) {
        modules::import_dotted(ip, name)?;
        return Ok(Ok(Main {
            path: format!("<corun>/{}.py", main),
            src: src.to_string(),
            package: name.to_string(),
        }));
    }
    if let Some(src) = modules::shipped_source(name) {
        return Ok(Ok(Main {
            path: format!("<corun>/{}.py", name),
            src: src.to_string(),
            package: package(name),
        }));
    }
    Ok(Err(format!("No module named {}", name)))
}

/// `-m pkg`: the package is imported, then its `__main__.py` runs.
fn run_package(
    ip: &Rc<Interp>,
    name: &str,
    main: Option<std::path::PathBuf>,
) -> crate::runtime::exceptions::PyResult<Result<Main, String>> {
    let not_runnable = || {
        format!(
            "No module named {}.__main__; '{}' is a package and cannot be directly executed",
            name, name
        )
    };
    let Some(main) = main.filter(|m| m.is_file()) else {
        return Ok(Err(not_runnable()));
    };
    modules::import_dotted(ip, name)?;
    Ok(read(&main, name.to_string()))
}

fn read(path: &Path, package: String) -> Result<Main, String> {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    match std::fs::read_to_string(path) {
        Ok(src) => Ok(Main {
            path: abs.display().to_string(),
            src,
            package,
        }),
        Err(e) => Err(format!("can't read '{}': {}", abs.display(), e)),
    }
}
