//! The `corun` binary.

/// mimalloc, counting the bytes in use under `--max-memory` (see `corun::memory`).
#[global_allocator]
static ALLOC: corun::memory::Allocator = corun::memory::Allocator;

extern "C" {
    /// mimalloc's `mi_option_set` (the `libmimalloc-sys` bindings declare it only with their
    /// `extended` feature).
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// `mi_option_arena_eager_commit` in mimalloc's `mi_option_e`.
const MI_OPTION_ARENA_EAGER_COMMIT: std::ffi::c_int = 4;

/// By default mimalloc commits its first arena at once, and with transparent huge pages the
/// kernel then backs it with 2 MiB pages as soon as a few blocks are touched: 7 MB of resident
/// memory before the first line of a script runs. Committed on demand, a small script stays near
/// 5 MB, and larger ones are not slower for it. The option must be set before the first
/// allocation makes the arena: before `main` (the Rust runtime allocates first) and before
/// mimalloc's own initialiser, which runs at priority 101. The linker sorts `.init_array.N`
/// sections by N ahead of the plain `.init_array`, so this one runs at priority 100.
#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array.00100"]
static BEFORE_MAIN: extern "C" fn() = before_main;

#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
extern "C" fn before_main() {
    unsafe { mi_option_set(MI_OPTION_ARENA_EAGER_COMMIT, 0) };
    // Before `main`, the Rust runtime opens /dev/null on a closed standard descriptor; python3
    // makes `sys.stdout` None when descriptor 1 is closed, so note it while it still shows.
    if !corun::runtime::stdout::fd_open() {
        corun::runtime::stdout::CLOSED_AT_START.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

fn main() {
    // SAFETY: mallopt is called before any other thread exists.
    unsafe {
        // C code's own allocations (the C library's) share one arena: no 64 MiB of address
        // space reserved for the interpreter thread's, which counts under `ulimit -v`.
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
    corun::runtime::stdout::write_out_on_crash();
    // Arguments that are not UTF-8 arrive as CPython's surrogate-escaped str.
    let args: Vec<String> = std::env::args_os()
        .map(corun::surrogates::from_os)
        .collect();
    // The interpreter runs on a thread of its own, whose stack grows on demand beyond this
    // (see `corun::stack`); a smaller one will do when the address space is short.
    let mut size = corun::stack::THREAD_STACK;
    let child = loop {
        let a = args.clone();
        let spawned = std::thread::Builder::new()
            .name("corun".into())
            .stack_size(size)
            .spawn(move || corun::cli::main(a));
        match spawned {
            Ok(child) => break Ok(child),
            Err(e) if size <= 1 << 20 => break Err(e),
            Err(_) => size /= 2,
        }
    };
    let code = match child {
        Ok(child) => child.join().unwrap_or(101),
        Err(e) => {
            eprintln!("corun: cannot start the interpreter thread: {e}");
            1
        }
    };
    std::process::exit(code);
}
