//! Random well-formed asyncio programs whose output is a function of the program alone.
//!
//! A program is a handful of coroutine functions and async generators and a `main` that uses
//! them: tasks created in loops and from callbacks, `sleep(0)` and timed sleeps, `gather`,
//! `wait`, `wait_for`, `timeout`, `as_completed`, `shield`, cancellation (of tasks, by timeouts,
//! caught or not), queues, locks, events, semaphores, conditions, exceptions raised and caught
//! in tasks, `TaskGroup`s, async generators, `call_soon`/`call_later` callbacks and futures set
//! by them. Every step prints a line.
//!
//! Every program ends: a function only calls or starts functions defined before it, loops are
//! bounded, and every wait that another task must end (an event, a queue, a condition, a lock)
//! is under a timeout. Timed sleeps are whole multiples of a unit. What remains
//! ambiguous is two timers falling due at the same moment; the python3 side of the comparison
//! detects that (see `aio.rs`) and the program is set aside.

use fastrand::Rng;

/// How a program is made.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Timed sleeps and timeouts are whole multiples of this many seconds.
    pub unit: f64,
    /// A delay is at most this many units (before it is stretched).
    pub max_units: u32,
    /// Each delay is stretched by up to this many units, by a hash of the tag of the task
    /// that waits, so that tasks running the same code do not wake at the same moment.
    pub spread: u32,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            unit: 0.01,
            max_units: 30,
            spread: 13,
        }
    }
}

/// One program from `rng`.
pub fn program(rng: &mut Rng, opts: Options) -> String {
    let mut g = AioGen {
        rng,
        opts,
        out: String::new(),
        indent: 0,
        funcs: Vec::new(),
        next_id: 0,
        depth: 0,
    };
    g.program();
    g.out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// `async def fN(tag)`: returns a string.
    Coro,
    /// `async def aN(tag)`: an async generator of a few strings.
    AGen,
}

struct AioGen<'r> {
    rng: &'r mut Rng,
    opts: Options,
    out: String,
    indent: usize,
    /// Functions defined so far: (name, kind).
    funcs: Vec<(String, Kind)>,
    next_id: usize,
    depth: usize,
}

/// Where a statement is being written.
#[derive(Clone, Copy)]
struct Ctx {
    /// Inside an async generator (may `yield`).
    in_agen: bool,
    /// Inside a loop (may `break`).
    in_loop: bool,
    /// The local list `tasks` exists.
    has_tasks: bool,
}

impl<'r> AioGen<'r> {
    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn lines(&mut self, block: &str) {
        for l in block.lines() {
            self.line(l);
        }
    }

    fn id(&mut self) -> usize {
        self.next_id += 1;
        self.next_id
    }

    fn chance(&mut self, percent: u8) -> bool {
        self.rng.u8(..100) < percent
    }

    /// A timed delay as Python source, a whole number of units.
    fn delay(&mut self) -> String {
        // Mostly short, now and then long enough to outlast what else is going on.
        let max = self.opts.max_units;
        let units = match self.rng.u8(..10) {
            0..=6 => self.rng.u32(1..=max / 3),
            _ => self.rng.u32(1..=max),
        };
        format!("span(tag, {units})")
    }

    /// A coroutine function or async generator defined so far, at random, of `kind`.
    fn func(&mut self, kind: Kind) -> Option<String> {
        let of: Vec<String> = self
            .funcs
            .iter()
            .filter(|(_, k)| *k == kind)
            .map(|(n, _)| n.clone())
            .collect();
        if of.is_empty() {
            None
        } else {
            Some(of[self.rng.usize(..of.len())].clone())
        }
    }

    /// A call of a coroutine function defined so far (or of a small inline one).
    fn coro_call(&mut self, tag: &str) -> String {
        match self.func(Kind::Coro) {
            Some(f) if self.chance(85) => format!("{f}({tag})"),
            _ => {
                let d = self.delay().replace("span(tag,", &format!("span({tag},"));
                format!("asyncio.sleep({d}, result={tag})")
            }
        }
    }

    fn program(&mut self) {
        self.line("import asyncio");
        self.line("");
        self.line("");
        self.line("def span(tag, units):");
        self.line("    h = 0");
        self.line("    for c in tag:");
        self.line(&format!(
            "        h = (h * 31 + ord(c)) % {}",
            self.opts.spread
        ));
        self.line(&format!("    return (units + h) * {}", self.opts.unit));
        self.line("");
        self.line("");
        self.line("def cb(tag, *args):");
        self.line("    print('callback', tag, *args)");
        self.line("");
        self.line("");
        let n = self.rng.usize(2..7);
        for _ in 0..n {
            if self.chance(25) && !self.funcs.is_empty() {
                self.agen_def();
            } else {
                self.coro_def();
            }
            self.line("");
            self.line("");
        }
        self.main();
    }

    fn coro_def(&mut self) {
        let name = format!("f{}", self.id());
        self.line(&format!("async def {name}(tag):"));
        self.indent += 1;
        self.line(&format!("print(tag, '{name} start')"));
        self.line("tasks = []");
        let ctx = Ctx {
            in_agen: false,
            in_loop: false,
            has_tasks: true,
        };
        let guard_cancel = self.chance(30);
        if guard_cancel {
            self.line("try:");
            self.indent += 1;
        }
        let n = self.rng.usize(1..6);
        for _ in 0..n {
            self.statement(ctx);
        }
        if guard_cancel {
            self.indent -= 1;
            self.line("except asyncio.CancelledError as e:");
            self.line(&format!("    print(tag, '{name} cancelled', e.args)"));
            if self.chance(70) {
                self.line("    raise");
            } else {
                self.line(&format!("    return tag + ' {name} gave up'"));
            }
            if self.chance(40) {
                self.line("finally:");
                self.line(&format!("    print(tag, '{name} finally')"));
            }
        }
        if self.chance(15) {
            self.line("if len(tag) % 3 == 0:");
            self.line(&format!("    raise ValueError(tag + ' {name} failed')"));
        }
        self.line(&format!("print(tag, '{name} end')"));
        self.line(&format!("return tag + ' {name}'"));
        self.indent -= 1;
        self.funcs.push((name, Kind::Coro));
    }

    fn agen_def(&mut self) {
        let name = format!("a{}", self.id());
        self.line(&format!("async def {name}(tag):"));
        self.indent += 1;
        self.line("try:");
        self.indent += 1;
        let n = self.rng.usize(1..4);
        for k in 0..n {
            match self.rng.u8(..3) {
                0 => self.line("await asyncio.sleep(0)"),
                1 => {
                    let d = self.delay();
                    self.line(&format!("await asyncio.sleep({d})"));
                }
                _ => {
                    let call = self.coro_call("tag");
                    self.line(&format!("print(tag, 'in {name}:', await {call})"));
                }
            }
            self.line(&format!("yield tag + ' {name}.{k}'"));
        }
        self.indent -= 1;
        self.line("finally:");
        self.line(&format!("    print(tag, '{name} closed')"));
        self.indent -= 1;
        self.funcs.push((name, Kind::AGen));
    }

    fn main(&mut self) {
        self.line("async def main():");
        self.indent += 1;
        self.line("global q, lock, ev, sem, cond");
        let maxsize = self.rng.u8(..3);
        self.line(&format!("q = asyncio.Queue({maxsize})"));
        self.line("lock = asyncio.Lock()");
        self.line("ev = asyncio.Event()");
        let sem = self.rng.u8(1..3);
        self.line(&format!("sem = asyncio.Semaphore({sem})"));
        self.line("cond = asyncio.Condition()");
        self.line("loop = asyncio.get_running_loop()");
        self.line("tag = 'm'");
        self.line("tasks = []");
        let ctx = Ctx {
            in_agen: false,
            in_loop: false,
            has_tasks: true,
        };
        // Tasks started in a loop, then the rest.
        if self.chance(60) {
            let f = self.coro_call("f'm{i}'");
            let k = self.rng.usize(2..5);
            self.line(&format!("for i in range({k}):"));
            self.line(&format!(
                "    tasks.append(asyncio.create_task({f}, name=f'w{{i}}'))"
            ));
        }
        let n = self.rng.usize(2..9);
        for _ in 0..n {
            self.statement(ctx);
        }
        if self.chance(70) {
            self.line("res = await asyncio.gather(*tasks, return_exceptions=True)");
            self.line(
                "print('main gathered', [r if isinstance(r, str) else repr(r) for r in res])",
            );
        }
        if self.chance(70) {
            // Wait for every task still running: asyncio.run would cancel them in the order
            // of a set (by address).
            self.line("while rest := asyncio.all_tasks() - {asyncio.current_task()}:");
            self.line("    await asyncio.wait(rest)");
        }
        self.line("print('main end')");
        self.indent -= 1;
        self.line("");
        self.line("");
        self.line("asyncio.run(main())");
        self.line("print('after run')");
    }

    fn block(&mut self, ctx: Ctx, min: usize, max: usize) {
        self.indent += 1;
        self.depth += 1;
        let n = self.rng.usize(min..=max);
        for _ in 0..n {
            self.statement(ctx);
        }
        self.line("pass");
        self.depth -= 1;
        self.indent -= 1;
    }

    fn statement(&mut self, ctx: Ctx) {
        let k = self.id();
        let t = format!("tag + '.{k}'");
        let pick = if self.depth >= 2 {
            self.rng.u8(..6)
        } else {
            self.rng.u8(..30)
        };
        match pick {
            0 => {
                self.line(&format!("print(tag, 'yield {k}')"));
                self.line("await asyncio.sleep(0)");
            }
            1 => {
                let d = self.delay();
                self.line(&format!("print(tag, 'sleep {k}', {d})"));
                self.line(&format!("await asyncio.sleep({d})"));
                self.line(&format!("print(tag, 'woke {k}')"));
            }
            2 => {
                let call = self.coro_call(&t);
                self.lines(&format!(
                    "try:\n    print(tag, 'got {k}', await {call})\nexcept Exception as e:\n    print(tag, 'failed {k}', repr(e))"
                ));
            }
            3 if ctx.has_tasks => {
                let call = self.coro_call(&t);
                let named = if self.chance(70) {
                    format!(", name='t{k}'")
                } else {
                    String::new()
                };
                self.line(&format!("tasks.append(asyncio.create_task({call}{named}))"));
                self.line(&format!("print(tag, 'started {k}', len(tasks))"));
            }
            4 if ctx.has_tasks => self.cancel(k),
            5 => self.queue(k),
            6 => self.gather(k, &t),
            7 => self.wait_for(k, &t),
            8 => self.timeout_block(k, ctx),
            9 => self.wait(k, ctx),
            10 => self.lock(k, ctx),
            11 => self.event(k),
            12 => self.semaphore(k, ctx),
            13 => self.raise_caught(k, ctx),
            14 => self.task_group(k, &t),
            15 => self.agen_use(k, &t),
            16 => self.callbacks(k, &t),
            17 => self.future(k),
            18 => self.shield(k, &t),
            19 => self.as_completed(k, &t),
            20 => self.condition(k),
            21 => {
                self.line(&format!(
                    "print(tag, 'current {k}', asyncio.current_task().get_name())"
                ));
            }
            22 => {
                let n = self.rng.u8(1..4);
                self.line(&format!("for j in range({n}):"));
                let inner = Ctx {
                    in_loop: true,
                    ..ctx
                };
                self.indent += 1;
                self.line(&format!("print(tag, 'loop {k}', j)"));
                // Each time round is another task's worth of tags and delays.
                self.line("tag = tag + '/' + str(j)");
                self.indent -= 1;
                self.block(inner, 1, 2);
            }
            23 if ctx.in_loop => {
                self.line("if j == 1:");
                self.line(&format!("    print(tag, 'break {k}')"));
                self.line("    break");
            }
            24 if ctx.in_agen => {
                self.line(&format!("yield tag + ' y{k}'"));
            }
            25 => {
                self.line("try:");
                self.block(ctx, 1, 2);
                self.line("finally:");
                self.line(&format!("    print(tag, 'finally {k}')"));
            }
            26 => {
                self.line("try:");
                self.block(ctx, 1, 2);
                self.line("except asyncio.CancelledError:");
                self.line(&format!("    print(tag, 'cancel seen {k}')"));
                self.line("    raise");
            }
            _ => {
                self.line(&format!("print(tag, 'step {k}')"));
            }
        }
    }

    fn cancel(&mut self, k: usize) {
        let msg = if self.chance(30) {
            format!("'stop {k}'")
        } else {
            String::new()
        };
        match self.rng.u8(..3) {
            0 => {
                self.lines(&format!(
                    "if tasks:\n    print(tag, 'cancel {k}', tasks[-1].cancel({msg}))\n    await asyncio.sleep(0)\n    print(tag, 'after cancel {k}', tasks[-1].done(), tasks[-1].cancelled())"
                ));
            }
            1 => {
                self.lines(&format!(
                    "if tasks:\n    victim = tasks.pop(0)\n    victim.cancel({msg})\n    try:\n        print(tag, 'awaited victim {k}', await victim)\n    except asyncio.CancelledError as e:\n        print(tag, 'victim cancelled {k}', e.args)\n    except Exception as e:\n        print(tag, 'victim failed {k}', repr(e))"
                ));
            }
            _ => {
                let d = self.delay();
                self.lines(&format!(
                    "if tasks:\n    asyncio.get_running_loop().call_later({d}, tasks[-1].cancel)\n    print(tag, 'cancel later {k}')"
                ));
            }
        }
    }

    fn queue(&mut self, k: usize) {
        let d = self.delay();
        match self.rng.u8(..5) {
            0 => self.lines(&format!(
                "try:\n    await asyncio.wait_for(q.put(tag + ' item{k}'), {d})\n    print(tag, 'put {k}', q.qsize())\nexcept TimeoutError:\n    print(tag, 'put timed out {k}')"
            )),
            1 => self.lines(&format!(
                "try:\n    print(tag, 'get {k}', await asyncio.wait_for(q.get(), {d}))\n    q.task_done()\nexcept TimeoutError:\n    print(tag, 'get timed out {k}')"
            )),
            2 => self.lines(&format!(
                "try:\n    q.put_nowait(tag + ' now{k}')\n    print(tag, 'put_nowait {k}')\nexcept asyncio.QueueFull:\n    print(tag, 'full {k}')"
            )),
            3 => self.lines(&format!(
                "try:\n    print(tag, 'get_nowait {k}', q.get_nowait())\n    q.task_done()\nexcept asyncio.QueueEmpty:\n    print(tag, 'empty {k}')"
            )),
            _ => self.lines(&format!(
                "try:\n    await asyncio.wait_for(q.join(), {d})\n    print(tag, 'joined {k}')\nexcept TimeoutError:\n    print(tag, 'join timed out {k}', q.qsize())"
            )),
        }
    }

    fn gather(&mut self, k: usize, t: &str) {
        let n = self.rng.usize(1..4);
        let calls: Vec<String> = (0..n)
            .map(|i| self.coro_call(&format!("{t} + '.{i}'")))
            .collect();
        let rex = self.chance(50);
        self.lines(&format!(
            "try:\n    res = await asyncio.gather({}, return_exceptions={})\n    print(tag, 'gathered {k}', [r if isinstance(r, str) else repr(r) for r in res])\nexcept Exception as e:\n    print(tag, 'gather failed {k}', repr(e))",
            calls.join(", "),
            if rex { "True" } else { "False" }
        ));
    }

    fn wait_for(&mut self, k: usize, t: &str) {
        let call = self.coro_call(t);
        let d = self.delay();
        self.lines(&format!(
            "try:\n    print(tag, 'wait_for {k}', await asyncio.wait_for({call}, {d}))\nexcept TimeoutError:\n    print(tag, 'wait_for timed out {k}')\nexcept Exception as e:\n    print(tag, 'wait_for failed {k}', repr(e))"
        ));
    }

    fn timeout_block(&mut self, k: usize, ctx: Ctx) {
        let d = self.delay();
        self.line("try:");
        self.indent += 1;
        self.line(&format!("async with asyncio.timeout({d}):"));
        self.block(ctx, 1, 3);
        self.line(&format!("print(tag, 'in time {k}')"));
        self.indent -= 1;
        self.line("except TimeoutError:");
        self.line(&format!("    print(tag, 'timed out {k}')"));
    }

    fn wait(&mut self, k: usize, ctx: Ctx) {
        if !ctx.has_tasks {
            return self.line(&format!("print(tag, 'no wait {k}')"));
        }
        let when = ["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"][self.rng.usize(..3)];
        let timeout = if self.chance(50) {
            format!(", timeout={}", self.delay())
        } else {
            String::new()
        };
        self.lines(&format!(
            "if tasks:\n    done, pending = await asyncio.wait(tasks, return_when=asyncio.{when}{timeout})\n    print(tag, 'wait {k}', sorted(x.get_name() for x in done), sorted(x.get_name() for x in pending))"
        ));
    }

    fn lock(&mut self, k: usize, ctx: Ctx) {
        let d = self.delay();
        self.line("try:");
        self.indent += 1;
        self.line(&format!("async with asyncio.timeout({d}):"));
        self.indent += 1;
        self.line("async with lock:");
        self.indent += 1;
        self.line(&format!("print(tag, 'locked {k}', lock.locked())"));
        self.indent -= 1;
        self.block(ctx, 0, 1);
        self.indent -= 2;
        self.line("except TimeoutError:");
        self.line(&format!("    print(tag, 'lock timed out {k}')"));
    }

    fn event(&mut self, k: usize) {
        let d = self.delay();
        match self.rng.u8(..3) {
            0 => self.lines(&format!("ev.set()\nprint(tag, 'set {k}')")),
            1 => self.lines(&format!("ev.clear()\nprint(tag, 'clear {k}')")),
            _ => self.lines(&format!(
                "try:\n    await asyncio.wait_for(ev.wait(), {d})\n    print(tag, 'event seen {k}')\nexcept TimeoutError:\n    print(tag, 'event timed out {k}')"
            )),
        }
    }

    fn semaphore(&mut self, k: usize, ctx: Ctx) {
        self.line("async with sem:");
        self.indent += 1;
        self.line(&format!("print(tag, 'sem {k}', sem.locked())"));
        self.indent -= 1;
        self.block(ctx, 0, 1);
        self.line(&format!("print(tag, 'sem released {k}')"));
    }

    fn raise_caught(&mut self, k: usize, ctx: Ctx) {
        self.line("try:");
        self.indent += 1;
        self.line(&format!("print(tag, 'risky {k}')"));
        if self.chance(50) {
            self.line("await asyncio.sleep(0)");
        }
        self.line(&format!("raise KeyError(tag + ' {k}')"));
        self.indent -= 1;
        self.line("except KeyError as e:");
        self.line(&format!("    print(tag, 'caught {k}', e)"));
        if self.chance(30) {
            self.block(ctx, 1, 1);
        }
    }

    fn task_group(&mut self, k: usize, t: &str) {
        let n = self.rng.usize(1..4);
        self.line("try:");
        self.indent += 1;
        self.line("async with asyncio.TaskGroup() as tg:");
        self.indent += 1;
        for i in 0..n {
            let call = self.coro_call(&format!("{t} + '.{i}'"));
            self.line(&format!("tg.create_task({call})"));
        }
        self.line(&format!("print(tag, 'group started {k}')"));
        if self.chance(40) {
            self.line("await asyncio.sleep(0)");
        }
        self.indent -= 1;
        self.line(&format!("print(tag, 'group done {k}')"));
        self.indent -= 1;
        self.line("except* Exception as eg:");
        self.line(&format!(
            "    print(tag, 'group failed {k}', sorted(repr(x) for x in eg.exceptions))"
        ));
    }

    fn agen_use(&mut self, k: usize, t: &str) {
        let Some(a) = self.func(Kind::AGen) else {
            return self.line(&format!("print(tag, 'no agen {k}')"));
        };
        match self.rng.u8(..3) {
            0 => self.lines(&format!(
                "async for x in {a}({t}):\n    print(tag, 'agen {k}', x)"
            )),
            1 => self.lines(&format!(
                "print(tag, 'agen list {k}', [x async for x in {a}({t})])"
            )),
            _ => self.lines(&format!(
                "g = {a}({t})\nprint(tag, 'anext {k}', await anext(g, 'done'))\nawait g.aclose()\nprint(tag, 'aclosed {k}')"
            )),
        }
    }

    fn callbacks(&mut self, k: usize, t: &str) {
        let d = self.delay();
        match self.rng.u8(..4) {
            0 => self.line(&format!(
                "asyncio.get_running_loop().call_soon(cb, 'soon {k}', tag)"
            )),
            1 => self.line(&format!(
                "asyncio.get_running_loop().call_later({d}, cb, 'later {k}', tag)"
            )),
            2 => {
                let call = self.coro_call(t);
                self.line(&format!(
                    "asyncio.get_running_loop().call_soon(lambda: asyncio.ensure_future({call}))"
                ));
            }
            _ => {
                let call = self.coro_call(t);
                self.line(&format!(
                    "asyncio.get_running_loop().call_later({d}, lambda: asyncio.get_running_loop().create_task({call}))"
                ));
            }
        }
        self.line(&format!("print(tag, 'scheduled {k}')"));
    }

    fn future(&mut self, k: usize) {
        let d = self.delay();
        let set = match self.rng.u8(..3) {
            0 => format!("call_soon(fut.set_result, 'r{k}')"),
            1 => format!("call_later({d}, fut.set_result, 'r{k}')"),
            _ => format!("call_later({d}, fut.set_exception, OSError('e{k}'))"),
        };
        self.lines(&format!(
            "fut = asyncio.get_running_loop().create_future()\nasyncio.get_running_loop().{set}\ntry:\n    print(tag, 'future {k}', await fut)\nexcept OSError as e:\n    print(tag, 'future failed {k}', e)"
        ));
    }

    fn shield(&mut self, k: usize, t: &str) {
        let call = self.coro_call(t);
        let d = self.delay();
        self.lines(&format!(
            "try:\n    print(tag, 'shielded {k}', await asyncio.wait_for(asyncio.shield({call}), {d}))\nexcept TimeoutError:\n    print(tag, 'shield timed out {k}')\nexcept Exception as e:\n    print(tag, 'shield failed {k}', repr(e))"
        ));
    }

    fn as_completed(&mut self, k: usize, t: &str) {
        let n = self.rng.usize(1..4);
        // Tasks, made here in order: given coroutines, as_completed makes their tasks in the
        // order of a set (by address), so CPython itself starts them in no fixed order.
        let calls: Vec<String> = (0..n)
            .map(|i| {
                let c = self.coro_call(&format!("{t} + '.{i}'"));
                format!("asyncio.create_task({c})")
            })
            .collect();
        let timeout = if self.chance(40) {
            format!(", timeout={}", self.delay())
        } else {
            String::new()
        };
        self.lines(&format!(
            "try:\n    for c in asyncio.as_completed([{}]{timeout}):\n        print(tag, 'completed {k}', await c)\nexcept TimeoutError:\n    print(tag, 'as_completed timed out {k}')\nexcept Exception as e:\n    print(tag, 'as_completed failed {k}', repr(e))",
            calls.join(", ")
        ));
    }

    fn condition(&mut self, k: usize) {
        let d = self.delay();
        if self.chance(50) {
            self.lines(&format!(
                "async with cond:\n    cond.notify_all()\n    print(tag, 'notified {k}')"
            ));
        } else {
            self.lines(&format!(
                "try:\n    async with cond:\n        await asyncio.wait_for(cond.wait(), {d})\n        print(tag, 'condition {k}')\nexcept TimeoutError:\n    print(tag, 'condition timed out {k}')"
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programs_are_deterministic_and_end_with_run() {
        for seed in 0..20 {
            let a = program(&mut Rng::with_seed(seed), Options::default());
            let b = program(&mut Rng::with_seed(seed), Options::default());
            assert_eq!(a, b);
            assert!(a.contains("asyncio.run(main())"), "{a}");
        }
    }
}
