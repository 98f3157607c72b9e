//! The `corun` binary.

/// Small objects (strings, lists, frames of coroutines) come and go at a high rate; mimalloc
/// serves them faster than the system allocator.
#[global_allocator]
static ALLOC: MiMalloc = MiMalloc;

/// mimalloc's blocks are whole machine words in size on word-aligned pages, so any request
/// aligned to at most a word goes to plain `mi_malloc` (its fast path reclaims freed blocks);
/// only larger alignments take the aligned entry points.
struct MiMalloc;

const WORD: usize = std::mem::size_of::<usize>();

unsafe impl std::alloc::GlobalAlloc for MiMalloc {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= WORD {
            libmimalloc_sys::mi_malloc(layout.size()) as *mut u8
        } else {
            libmimalloc_sys::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= WORD {
            libmimalloc_sys::mi_zalloc(layout.size()) as *mut u8
        } else {
            libmimalloc_sys::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        libmimalloc_sys::mi_free(ptr as *mut std::ffi::c_void);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        let p = ptr as *mut std::ffi::c_void;
        if layout.align() <= WORD {
            libmimalloc_sys::mi_realloc(p, new_size) as *mut u8
        } else {
            libmimalloc_sys::mi_realloc_aligned(p, new_size, layout.align()) as *mut u8
        }
    }
}

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
