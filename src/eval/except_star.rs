//! `try … except*`: each clause takes the part of the exception (group) it matches, in order;
//! what no clause handled and what the clauses raised are raised again afterwards, with the
//! group structure CPython gives them.

use crate::eval::suspend::exec_block_async;
use crate::eval::sync::{chain_context, eval, exec_block, store_name, unbind};
use crate::eval::{Ctl, Frame, Interp};
use crate::runtime::exception_group::StarState;
use crate::runtime::exceptions::{Exc, PyResult};
use crate::runtime::value::Value;
use crate::syntax::ast::ExceptHandler;

/// Runs the `except*` clauses of a try statement for the exception `e` (sync path).
pub fn handle_star(
    ip: &Interp,
    f: &mut Frame,
    handlers: &[ExceptHandler],
    e: Exc,
) -> PyResult<Ctl> {
    ip.traceback_here(&e);
    let mut st = StarState::new(e);
    for h in handlers {
        let Some(t) = &h.typ else {
            continue;
        };
        let tv = eval(ip, f, t)?;
        let Some(m) = clause_match(ip, f, h, &mut st, tv)? else {
            continue;
        };
        let outer = f.handling.replace(m.clone());
        // The clause handles its part of the group (`sys.exc_info()`, `__context__`).
        ip.enter_handler(&m);
        let r = exec_block(ip, f, &h.body);
        ip.leave_handler(&m);
        f.handling = outer;
        clause_done(ip, f, h, &mut st, &m, r)?;
    }
    finish(ip, st)
}

/// The same on the suspend path: a clause's body may await.
pub async fn handle_star_async(
    ip: &Interp,
    f: &mut Frame<'_>,
    handlers: &[ExceptHandler],
    e: Exc,
) -> PyResult<Ctl> {
    ip.traceback_here(&e);
    let mut st = StarState::new(e);
    for h in handlers {
        let Some(t) = &h.typ else {
            continue;
        };
        let tv = crate::eval::suspend::eval_maybe(ip, f, t).await?;
        let Some(m) = clause_match(ip, f, h, &mut st, tv)? else {
            continue;
        };
        let outer = f.handling.replace(m.clone());
        ip.enter_handler(&m);
        let r = exec_block_async(ip, f, &h.body).await;
        ip.leave_handler(&m);
        f.handling = outer;
        clause_done(ip, f, h, &mut st, &m, r)?;
    }
    finish(ip, st)
}

fn clause_match(
    ip: &Interp,
    f: &mut Frame,
    h: &ExceptHandler,
    st: &mut StarState,
    tv: Value,
) -> PyResult<Option<Exc>> {
    let Some(m) = st.match_clause(ip, &tv)? else {
        return Ok(None);
    };
    if let Some(n) = &h.name {
        store_name(ip, f, n.id, n.scope, Value::Exception(m.0.clone()))?;
    }
    Ok(Some(m))
}

fn clause_done(
    ip: &Interp,
    f: &mut Frame,
    h: &ExceptHandler,
    st: &mut StarState,
    m: &Exc,
    r: PyResult<Ctl>,
) -> PyResult<()> {
    if let Some(n) = &h.name {
        unbind(ip, f, n.id, n.scope);
    }
    if let Err(inner) = r {
        ip.traceback_here(&inner);
        st.raised(chain_context(inner, m));
    }
    Ok(())
}

fn finish(ip: &Interp, st: StarState) -> PyResult<Ctl> {
    match st.finish(ip)? {
        Some(e) => Err(e),
        None => Ok(Ctl::Normal),
    }
}
