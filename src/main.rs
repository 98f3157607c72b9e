//! The `corun` binary.

/// Small objects (strings, lists, frames of coroutines) come and go at a high rate; mimalloc
/// serves them faster than the system allocator.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // The interpreter runs on a thread with a large stack: Python recursion is bounded by the
    // recursion limit long before this native stack could overflow, in debug builds too.
    let child = std::thread::Builder::new()
        .name("corun".into())
        .stack_size(1 << 30)
        .spawn(move || corun::cli::main(args))
        .expect("spawn the interpreter thread");
    let code = child.join().unwrap_or(101);
    std::process::exit(code);
}
