//! The bytecode format: instructions, code units and the disassembler.
//!
//! Every instruction is declared once in the [`opcodes!`] table with its operands and its
//! stack effect (values popped, values pushed); the `Op` enum, the disassembler and the
//! compiler's stack-depth tracking all derive from it. A conditional jump's effect is the
//! one on its fall-through path; the compiler states the depth at each jump target.
//!
//! This module knows nothing of the compiler (`compile.rs`) or of the interpreter
//! (`interp.rs`): a code unit is plain data (`Send + Sync`), so the cache can share it
//! between threads. Constants are kept as Rust values ([`Const`]) and become objects
//! when a code object is made from the unit.
use num_bigint::BigInt;
use std::fmt::Write;

/// Index of a constant in [`CodeUnit::consts`] (names are str constants).
pub type ConstIdx = u32;
/// A position in [`FuncCode::code`].
pub type Label = u32;

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident $( ( $($arg:ident : $aty:ty),* ) )? => [$pop:expr, $push:expr] ; )*) => {
        /// One instruction.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Op {
            $( $(#[doc = $doc])* $name $( ( $($aty),* ) )? ),*
        }

        impl Op {
            /// (values popped, values pushed) on the fall-through path.
            #[allow(unused_variables)]
            pub fn stack_effect(self) -> (u32, u32) {
                match self {
                    $( Op::$name $( ( $($arg),* ) )? => ($pop, $push) ),*
                }
            }
            /// The instruction's name.
            pub fn name(self) -> &'static str {
                match self {
                    $( Op::$name $( ( $(opcodes!(@ignore $arg)),* ) )? => stringify!($name) ),*
                }
            }
            /// The operands, for the disassembler.
            pub fn operands(self) -> Vec<u32> {
                match self {
                    $( Op::$name $( ( $($arg),* ) )? => vec![$( $($arg as u32),* )?] ),*
                }
            }
        }
    };
    (@ignore $arg:ident) => { _ };
}

opcodes! {
    /// Pushes constant `c`.
    LoadConst(c: ConstIdx) => [0, 1];
    /// Pushes local `l` (UnboundLocalError when unbound).
    LoadFast(l: u32) => [0, 1];
    /// Pops into local `l`.
    StoreFast(l: u32) => [1, 0];
    /// `del` of local `l` (UnboundLocalError when unbound).
    DeleteFast(l: u32) => [0, 0];
    /// Unbinds local `l` if bound (leaving `except … as l`).
    UnbindFast(l: u32) => [0, 0];
    /// Pushes global `name` (then the builtin; NameError).
    LoadGlobal(name: ConstIdx) => [0, 1];
    /// Pops into global `name`.
    StoreGlobal(name: ConstIdx) => [1, 0];
    /// `del` of global `name` (NameError when unbound).
    DeleteGlobal(name: ConstIdx) => [0, 0];
    /// Unbinds global `name` if bound.
    UnbindGlobal(name: ConstIdx) => [0, 0];
    /// Module-level read: the namespace, then the globals, then the builtins.
    LoadName(name: ConstIdx) => [0, 1];
    /// Module-level write into the namespace.
    StoreName(name: ConstIdx) => [1, 0];
    /// Module-level `del` (NameError when unbound).
    DeleteName(name: ConstIdx) => [0, 0];
    /// Module-level unbinding, if bound.
    UnbindName(name: ConstIdx) => [0, 0];
    /// Pushes the globals dict.
    Globals => [0, 1];
    /// Pushes `locals()`: the namespace at module level, a snapshot in a function.
    Locals => [0, 1];
    Pop => [1, 0];
    Dup => [1, 2];
    /// Duplicates the top two values.
    Dup2 => [2, 4];
    /// Swaps the top two values.
    Rot2 => [2, 2];
    /// Moves the top value under the next two.
    Rot3 => [3, 3];
    /// A binary operator (`ops::BinOp` numbering).
    BinOp(op: u32) => [2, 1];
    /// An augmented assignment's operator.
    Inplace(op: u32) => [2, 1];
    /// A unary operator (`ops::UnaryOp` numbering).
    Unary(op: u32) => [1, 1];
    /// A comparison (`ops::CmpOp` numbering), as an object.
    Compare(op: u32) => [2, 1];
    Jump(target: Label) => [0, 0];
    /// Pops a value; jumps when it is false.
    PopJumpIfFalse(target: Label) => [1, 0];
    /// Pops a value; jumps when it is true.
    PopJumpIfTrue(target: Label) => [1, 0];
    /// `and`: jumps keeping the value when it is false, else pops it.
    JumpIfFalseOrPop(target: Label) => [1, 0];
    /// `or`: jumps keeping the value when it is true, else pops it.
    JumpIfTrueOrPop(target: Label) => [1, 0];
    BuildTuple(n: u32) => [n, 1];
    BuildList(n: u32) => [n, 1];
    /// From `n` key/value pairs.
    BuildDict(n: u32) => [2 * n, 1];
    /// Pops a value and a key and adds them to the dict on top (a long dict display).
    MapAdd => [2, 0];
    /// Pops a mapping and merges it into the dict on top (`**m` in a dict display).
    DictUpdate => [1, 0];
    /// Concatenates `n` strs (f-strings).
    BuildStr(n: u32) => [n, 1];
    /// An f-string field: conversion (0 none, 1 str, 2 repr, 3 ascii) and whether a
    /// format spec is on the stack above the value.
    FormatValue(conv: u32, has_spec: u32) => [1 + has_spec, 1];
    /// From start, stop and step.
    BuildSlice => [3, 1];
    GetItem => [2, 1];
    /// Pops index, object and value: `object[index] = value`.
    SetItem => [3, 0];
    DelItem => [2, 0];
    GetAttr(name: ConstIdx) => [1, 1];
    /// Pops object and value: `object.name = value`.
    SetAttr(name: ConstIdx) => [2, 0];
    /// `del o.name`: pops the object.
    DelAttr(name: ConstIdx) => [1, 0];
    /// Calls the function under `n` arguments.
    Call(n: u32) => [n + 1, 1];
    /// As `Call`, the last arguments named by str tuple constant `kw`.
    CallKw(n: u32, kw: ConstIdx) => [n + 1, 1];
    /// Calls method `name` of the object under `n` arguments (`kw` as for `CallKw`, or
    /// [`NO_KW`] for none).
    CallMethod(name: ConstIdx, n: u32, kw: ConstIdx) => [n + 1, 1];
    GetIter => [1, 1];
    /// Pushes the next item of the iterator on top, or pops the iterator and jumps.
    ForIter(exit: Label) => [1, 2];
    /// Pops a value and pushes its `n` items, the first on top.
    Unpack(n: u32) => [1, n];
    /// As `Unpack` for `a, *b, c = v`: `before` items, a list of the middle ones, then
    /// `after` items.
    UnpackEx(before: u32, after: u32) => [1, before + after + 1];
    /// Makes a function object of function `func` of the unit from `ndefaults` values,
    /// a dict of keyword-only defaults when `kwdefaults` is 1, and `ncells` cells.
    MakeFunction(func: u32, ndefaults: u32, kwdefaults: u32, ncells: u32) => [ndefaults + kwdefaults + ncells, 1];
    /// Pushes the value in the cell of cell local `l` (UnboundLocalError when empty).
    LoadCell(l: u32) => [0, 1];
    /// Pops into the cell of cell local `l`.
    StoreCell(l: u32) => [1, 0];
    /// Empties the cell of cell local `l` (UnboundLocalError when already empty).
    DeleteCell(l: u32) => [0, 0];
    /// Empties the cell of cell local `l`.
    UnbindCell(l: u32) => [0, 0];
    /// Pushes free variable `i` (NameError when its cell is empty).
    LoadFree(i: u32) => [0, 1];
    /// Pops into free variable `i`.
    StoreFree(i: u32) => [1, 0];
    /// Empties free variable `i` (NameError when already empty).
    DeleteFree(i: u32) => [0, 0];
    /// Empties free variable `i`.
    UnbindFree(i: u32) => [0, 0];
    /// Pushes the cell of cell local `l` itself.
    CellOfLocal(l: u32) => [0, 1];
    /// Pushes the cell of free variable `i` itself.
    CellOfFree(i: u32) => [0, 1];
    /// Pops a value and appends it to the list on top.
    ListAppend => [1, 0];
    /// Pops a value and adds it to the set on top.
    SetAdd => [1, 0];
    /// Pops an iterable and extends the list on top with it (`*x`). With `lone` 1, the
    /// function under the list is named in the error for a non-iterable.
    ListExtend(lone: u32) => [1, 0];
    /// Replaces the list on top with a tuple of its items.
    ListToTuple => [1, 1];
    /// Pops a value and a str name and adds them to the keywords dict on top (the called
    /// function is under the dict and the positional tuple).
    KwAdd => [2, 0];
    /// Pops a mapping and merges it into the keywords dict on top (as `KwAdd`).
    KwMerge => [1, 0];
    /// Calls the function under a positional tuple (and a keywords dict when `kw` is 1).
    CallEx(kw: u32) => [2 + kw, 1];
    /// Pops a value, yields it, and pushes what is sent back.
    Yield => [1, 1];
    /// Pops an iterable, delegates to it, and pushes its return value.
    YieldFrom => [1, 1];
    Return => [1, 0];
    /// `raise` (0: bare, 1: exception, 2: exception and cause).
    Raise(kind: u32) => [kind, 0];
    /// `assert` failed (with a message on the stack when `has_msg` is 1).
    AssertFail(has_msg: u32) => [has_msg, 0];
    /// Pushes the pending exception (a handler starts).
    FetchExc => [0, 1];
    /// Pops an `except` type; jumps unless the exception under it matches.
    ExcMatchOrJump(target: Label) => [1, 0];
    /// The exception on top is being handled (`sys.exc_info`, context of new ones).
    PushExcInfo => [0, 0];
    /// The innermost handled exception is done.
    PopExcInfo => [0, 0];
    /// Pops the exception and raises it again, unchanged (no new traceback entry).
    Reraise => [1, 0];
    /// Goes on unwinding the exception still pending.
    Unwind => [0, 0];
    /// `import name`; with `top` 1, pushes the top-level package.
    Import(name: ConstIdx, top: u32) => [0, 1];
    /// `from module import name`.
    ImportFrom(module: ConstIdx, name: ConstIdx) => [0, 1];
    /// Interactive mode: shows the value as `sys.displayhook` does.
    Display => [1, 0];
}

/// A constant of a code unit.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    /// A complex constant: real and imaginary parts.
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    /// A tuple of strs (keyword names, parameter names).
    StrTuple(Vec<String>),
    /// The builtin called this (e.g. `range` for counted loops).
    Builtin(String),
}

/// Where an error raised inside a protected range goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Landing {
    /// The first instruction of the handler or cleanup code.
    pub target: Label,
    /// The stack depth it expects (deeper values are released).
    pub depth: u32,
}

/// The `kw` operand of a call without keyword arguments.
pub const NO_KW: ConstIdx = u32::MAX;

/// No landing: errors leave the function.
pub const NO_LANDING: u32 = u32::MAX;

/// One function (or the module body) in bytecode.
#[derive(Clone, Debug)]
pub struct FuncCode {
    /// The module it belongs to (an index into [`CodeUnit::files`]).
    pub unit: u32,
    pub name: String,
    pub qualname: String,
    /// Parameter names (the first locals).
    pub params: Vec<String>,
    /// Names of all locals, parameters first.
    pub locals: Vec<String>,
    /// The locals that are cells (captured by inner functions).
    pub cells: Vec<u32>,
    /// Names of the free variables (the closure's order).
    pub freevars: Vec<String>,
    /// The signature packed as `ir::Function::packed_sig`.
    pub sig: i64,
    /// What its code object shows (`f.__code__`, `f.__doc__`).
    pub doc: Option<String>,
    pub line: u32,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub flags: u32,
    pub code: Vec<Op>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    /// Landing of each instruction: an index into `landings`, or [`NO_LANDING`].
    pub landing: Vec<u32>,
    pub landings: Vec<Landing>,
    /// The deepest the value stack gets.
    pub max_stack: u32,
    pub is_module: bool,
}

/// What `compile` produces from one source text: the module body and its functions.
#[derive(Clone, Debug)]
pub struct CodeUnit {
    /// The file of each module the unit holds (one for eval/exec code; a whole
    /// program holds every module it imports), as tracebacks show it.
    pub files: Vec<String>,
    /// "exec", "eval" or "single".
    pub mode: String,
    pub consts: Vec<Const>,
    /// `funcs[0]` is the module body.
    pub funcs: Vec<FuncCode>,
}

impl CodeUnit {
    /// A listing of every function, for `--emit=bytecode` and the golden tests.
    pub fn disassemble(&self) -> String {
        let mut out = String::new();
        for (i, f) in self.funcs.iter().enumerate() {
            let _ = writeln!(
                out,
                "fn {i} {}({}) locals={} max_stack={}",
                f.qualname,
                f.params.join(", "),
                f.locals.len(),
                f.max_stack
            );
            let mut last_line = 0;
            for (pc, op) in f.code.iter().enumerate() {
                let line = f.lines[pc];
                let line_col = if line != last_line { format!("{line:>4}") } else { "    ".into() };
                last_line = line;
                let operands: Vec<String> =
                    op.operands().iter().map(|o| if *o == NO_KW { "-".to_string() } else { o.to_string() }).collect();
                let mut text = format!("{line_col} {pc:>5} {:<18} {}", op.name(), operands.join(" "));
                if let Some(note) = self.note(f, *op) {
                    let _ = write!(text, "  ({note})");
                }
                if f.landing[pc] != NO_LANDING {
                    let l = f.landings[f.landing[pc] as usize];
                    let _ = write!(text, "  ! {}@{}", l.target, l.depth);
                }
                let _ = writeln!(out, "{}", text.trim_end());
            }
            out.push('\n');
        }
        out
    }

    fn note(&self, f: &FuncCode, op: Op) -> Option<String> {
        let c = |i: ConstIdx| self.consts.get(i as usize).map(|c| format!("{c:?}"));
        match op {
            Op::LoadConst(i) | Op::LoadGlobal(i) | Op::StoreGlobal(i) | Op::DeleteGlobal(i) => c(i),
            Op::UnbindGlobal(i) | Op::LoadName(i) | Op::StoreName(i) | Op::DeleteName(i) | Op::UnbindName(i) => c(i),
            Op::GetAttr(i) | Op::SetAttr(i) | Op::DelAttr(i) | Op::Import(i, _) | Op::CallKw(_, i) => c(i),
            Op::ImportFrom(_, i) => c(i),
            Op::CallMethod(i, _, _) => c(i),
            Op::LoadFast(l) | Op::StoreFast(l) | Op::DeleteFast(l) | Op::UnbindFast(l) => {
                f.locals.get(l as usize).cloned()
            }
            Op::MakeFunction(i, _, _, _) => self.funcs.get(i as usize).map(|f| f.qualname.clone()),
            _ => None,
        }
    }
}
