//! The front end: source text → tokens (logos) → layout (NEWLINE/INDENT/DEDENT) → AST (chumsky).

pub mod ast;
pub mod checks;
mod future;
pub mod layout;
pub mod lexer;
pub mod parser;
pub mod span;
pub mod visit;
mod warnings;

use span::Span;

/// Which of CPython's syntax exceptions a syntax error is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Input nested too deeply for CPython's compiler ("maximum recursion depth exceeded
    /// during compilation") or for its parser (a MemoryError): not syntax errors, and shown
    /// as a bare headline.
    RecursionError,
    MemoryError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
            SyntaxErrorKind::MemoryError => "MemoryError",
        }
    }

    /// Whether CPython reports this as a syntax error, with a place in the source.
    pub fn is_syntax_error(self) -> bool {
        !matches!(
            self,
            SyntaxErrorKind::RecursionError | SyntaxErrorKind::MemoryError
        )
    }
}

/// A syntax error found before anything runs: CPython's exception name and message
/// (`expected an indented block after function definition on line 7`), and where it is.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    /// Where the error is reported (CPython's line, and the offending token where there is one).
    pub span: Span,
    /// True when the text is only incomplete: more lines could still make it valid (an open
    /// bracket, a block header with no body yet, a trailing backslash, an open triple-quoted
    /// string). The REPL uses this to ask for a continuation line.
    pub incomplete: bool,
    /// The SyntaxWarnings CPython gives before it reaches the error, each with the offset
    /// whose line it names.
    pub warnings: Vec<(u32, String)>,
}

impl SyntaxError {
    pub fn new(kind: SyntaxErrorKind, msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.into(),
            span,
            incomplete: false,
            warnings: Vec::new(),
        }
    }
}

/// Parses a whole source file (or one REPL entry) into a module: the one entry point of the
/// front end. The error is CPython's exception type and message, located where CPython reports it.
pub fn parse_module(src: &str) -> Result<ast::Module, SyntaxError> {
    let mut m = parser::parse_module(src)?;
    future::apply(&mut m, src);
    Ok(m)
}

/// Parses source for `ast.parse`: as `parse_module`, without the compiler's checks
/// (`checks::check_context`).
pub fn parse_tree(src: &str) -> Result<ast::Module, SyntaxError> {
    let mut m = parser::parse_checked(src, None)?;
    future::apply(&mut m, src);
    Ok(m)
}

/// Parses one REPL entry: a module in which `await` may stand at the top level.
pub fn parse_entry(src: &str) -> Result<ast::Module, SyntaxError> {
    let mut m = parser::parse_module_with(src, true)?;
    future::apply(&mut m, src);
    Ok(m)
}
