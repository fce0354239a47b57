//! The typed IR: Python's statements and expressions with every name resolved to a
//! local, a global or a builtin, and every expression annotated with an inferred type.
//! It is a tree, close to the AST, so that both codegen (Cranelift) and the bytecode VM
//! lower it with the same scope rules.
use num_bigint::BigInt;
use std::fmt;

/// Index of a function in [`Module::functions`]; 0 is the module body.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct FuncId(pub u32);
/// Index of a local in [`Function::locals`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct LocalId(pub u32);
/// Index of a global in [`Module::globals`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct GlobalId(pub u32);

/// What the compiler knows about a value's type.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Ty {
    /// Not yet constrained (inference starts here).
    Never,
    Int,
    Float,
    Bool,
    Str,
    NoneT,
    List,
    Tuple,
    Dict,
    /// Anything.
    Any,
}

impl Ty {
    /// The least type covering both.
    pub fn join(self, other: Ty) -> Ty {
        match (self, other) {
            (Ty::Never, t) | (t, Ty::Never) => t,
            (a, b) if a == b => a,
            _ => Ty::Any,
        }
    }
}

/// A whole program: the main module and every module it imports, compiled together.
/// Functions and globals of all modules share one numbering; [`Function::unit`] and
/// [`Unit::globals`] say which module each belongs to.
pub struct Module {
    /// The main module's file path, as tracebacks show it.
    pub path: String,
    pub source: String,
    pub globals: Vec<Global>,
    /// `functions[0]` is the main module's body.
    pub functions: Vec<Function>,
    /// The main module's globals live in a real dict read by name: the program uses
    /// eval, exec, compile, globals or locals (or this is code for the VM). The globals
    /// of imported modules always live in slots.
    pub dynamic: bool,
    /// `units[0]` is the main module; the others are imported modules, each compiled in.
    pub units: Vec<Unit>,
}

impl Module {
    /// Does global `g` live in the main module's dict (read by name)?
    pub fn global_in_dict(&self, g: GlobalId) -> bool {
        self.dynamic && self.units[0].globals.contains(&g.0)
    }
}

/// One module of the program.
pub struct Unit {
    /// The module's name: `__main__`, `pkg`, `pkg.mod`.
    pub name: String,
    /// The file, as tracebacks show it.
    pub path: String,
    pub source: String,
    /// Its body.
    pub body: FuncId,
    /// Its globals: a range of [`Module::globals`].
    pub globals: std::ops::Range<u32>,
    /// A package (`__init__.py`): its submodules are found in its directory.
    pub is_package: bool,
    /// The builtins an imported module's code still reads as builtins (those the compiler
    /// lowers itself; every other unbound name is a global): setting them as module
    /// attributes is refused.
    pub builtins_read: Vec<String>,
}

#[derive(Clone)]
pub struct Global {
    pub name: String,
    /// When the global is never bound, reading it falls back to this builtin.
    pub builtin_fallback: bool,
    /// The function that a top-level `def` binds here once and nothing rebinds:
    /// calls through this global may call that function directly.
    pub direct: Option<FuncId>,
}

pub struct Function {
    /// The module it belongs to: an index into [`Module::units`].
    pub unit: u32,
    pub name: String,
    pub qualname: String,
    /// 1-based line of the `def` (the module body: 1).
    pub line: u32,
    /// Parameters, in order; each is also the local with the same index.
    pub params: Vec<Param>,
    pub locals: Vec<Local>,
    pub body: Vec<Stmt>,
    pub ret_ty: Ty,
    /// Is this the module body?
    pub is_module: bool,
    /// Does the body take a `locals()` snapshot (so its locals must stay boxed)?
    pub uses_locals: bool,
    pub kind: FnKind,
    /// Contains `yield`: calling it makes a generator.
    pub is_generator: bool,
    /// Names captured from enclosing functions: `Var::Free(i)` is `freevars[i]`, and the
    /// function object's closure holds one cell per name, in this order.
    pub freevars: Vec<String>,
    /// Of `params`: how many are positional-only, and how many keyword-only (these
    /// follow the positional ones); then `*args` and `**kwargs` when present.
    pub posonly: u32,
    pub kwonly: u32,
    pub varargs: bool,
    pub varkw: bool,
    /// The docstring (`__doc__`): a str constant as the first statement of a def.
    pub doc: Option<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum FnKind {
    Module,
    Function,
    Lambda,
    /// A class body: it runs once and returns its namespace.
    Class,
    Comprehension,
}

impl Function {
    /// Positional parameters (positional-only included).
    pub fn argcount(&self) -> usize {
        self.params.len() - self.kwonly as usize - self.varargs as usize - self.varkw as usize
    }
    /// `co_varnames`: the parameters, then the other locals that are not cells, in the
    /// order they were met (the hidden locals of the lowering excluded).
    pub fn varnames(&self) -> Vec<String> {
        let nparams = self.params.len();
        let mut out: Vec<String> = self.params.iter().map(|p| p.name.clone()).collect();
        for l in &self.locals[nparams.min(self.locals.len())..] {
            if !l.cell && is_python_name(&l.name) {
                out.push(l.name.clone());
            }
        }
        out
    }
    /// `co_cellvars`: the locals captured by inner functions.
    pub fn cellvars(&self) -> Vec<String> {
        self.locals.iter().filter(|l| l.cell && is_python_name(&l.name)).map(|l| l.name.clone()).collect()
    }
    /// `co_flags` as CPython 3.11 sets them: OPTIMIZED | NEWLOCALS, VARARGS, VARKEYWORDS,
    /// NESTED (defined inside a function), GENERATOR.
    pub fn co_flags(&self) -> u32 {
        let mut f = 0x1 | 0x2;
        if self.varargs {
            f |= 0x4;
        }
        if self.varkw {
            f |= 0x8;
        }
        if self.qualname.contains("<locals>") {
            f |= 0x10;
        }
        if self.is_generator {
            f |= 0x20;
        }
        f
    }
    /// The signature packed for the runtime (`func::Sig`): argcount, positional-only
    /// and keyword-only counts, and the flags.
    pub fn packed_sig(&self) -> i64 {
        let flags = self.varargs as i64 | (self.varkw as i64) << 1 | (self.is_generator as i64) << 2;
        self.argcount() as i64 | (self.posonly as i64) << 16 | (self.kwonly as i64) << 32 | flags << 48
    }
}

pub struct Param {
    pub name: String,
    pub has_default: bool,
}

pub struct Local {
    pub name: String,
    pub ty: Ty,
    /// Captured by an inner function: the local holds a cell and the value lives in it.
    pub cell: bool,
    /// Bound by an assignment expression (`:=`) somewhere, not only by statements.
    pub walrus: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Var {
    Local(LocalId),
    Global(GlobalId),
    /// A name captured from an enclosing function: index into [`Function::freevars`].
    Free(u32),
}

#[derive(Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub line: u32,
}

#[derive(Debug)]
pub enum StmtKind {
    Expr(Expr),
    /// `t1 = t2 = value`
    Assign {
        targets: Vec<Target>,
        value: Expr,
    },
    AugAssign {
        target: Target,
        op: BinOp,
        value: Expr,
    },
    If {
        cond: Expr,
        then: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        cond: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Target,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `for v in range(start, stop, step)` where all three are ints and `v` is an int local.
    ForRange {
        var: Var,
        start: Expr,
        stop: Expr,
        step: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    Break,
    Continue,
    Return(Option<Expr>),
    Pass,
    Delete(Vec<Target>),
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<Handler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `def` of function `func`: evaluates defaults, makes the function object, binds `var`.
    FuncDef {
        func: FuncId,
        var: Var,
        defaults: Vec<Expr>,
        /// Defaults of keyword-only parameters.
        kwdefaults: Vec<(String, Expr)>,
        /// The cells the function captures, one per [`Function::freevars`] name: a cell
        /// local of this function or one of its own free variables.
        closure: Vec<Var>,
        /// Applied innermost (last) first; evaluated before the defaults.
        decorators: Vec<Expr>,
    },
    /// `class`: evaluates the decorators and bases, runs body function `body` (which
    /// returns the namespace), makes the class and binds `var`.
    ClassDef {
        name: String,
        body: FuncId,
        var: Var,
        bases: Vec<Expr>,
        keywords: Vec<(String, Expr)>,
        closure: Vec<Var>,
        decorators: Vec<Expr>,
    },
    /// An expression statement of interactive (`compile(…, 'single')`) code: its value
    /// is shown as `sys.displayhook` does. Only the VM sees this.
    Display(Expr),
}

#[derive(Debug)]
pub struct Handler {
    pub ty: Option<Expr>,
    pub name: Option<Var>,
    pub body: Vec<Stmt>,
    pub line: u32,
}

#[derive(Debug)]
pub enum Target {
    Var(Var),
    Subscript {
        obj: Expr,
        index: Expr,
    },
    Attr {
        obj: Expr,
        name: String,
    },
    /// `a, b = …` and `[a, b] = …`; with a starred target (`a, *b, c = …`), its position:
    /// that target receives a list of the items between the others.
    Unpack(Vec<Target>, Option<usize>),
}

#[derive(Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: Ty,
    pub line: u32,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    MatMul,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

#[derive(Debug)]
pub enum FPart {
    Lit(String),
    Value { value: Expr, conv: Conversion, spec: Option<Expr> },
}

#[derive(Debug)]
pub enum ExprKind {
    None,
    /// `...`: the Ellipsis singleton.
    Ellipsis,
    Bool(bool),
    /// An int literal that fits 63 bits.
    SmallInt(i64),
    BigInt(BigInt),
    Float(f64),
    /// An imaginary literal (`2j`): real and imaginary parts.
    Complex(f64, f64),
    Str(String),
    /// A bytes literal.
    Bytes(Vec<u8>),
    Load(Var),
    Builtin(String),
    /// `import module` (absolute name): the module, imported on first use; with `top`,
    /// the top-level package of a dotted name (what `import a.b` binds to `a`).
    Import {
        module: String,
        top: bool,
    },
    /// `from module import name`: the attribute, else the submodule `module.name`,
    /// else ImportError.
    ImportFrom {
        module: String,
        name: String,
    },
    BinOp {
        op: BinOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    Unary {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a < b <= c`: each operand evaluated once, short-circuit.
    Compare {
        first: Box<Expr>,
        rest: Vec<(CmpOp, Expr)>,
    },
    /// `and` (true) / `or` (false), returning the deciding operand.
    BoolOp {
        and: bool,
        values: Vec<Expr>,
    },
    IfExp {
        cond: Box<Expr>,
        then: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// A generic call; `kwargs` are keyword arguments after the positional ones.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        kwargs: Vec<(String, Expr)>,
    },
    /// A call of a known module-level function with its arguments bound at compile
    /// time: one per parameter, `None` taking the parameter's default.
    CallDirect {
        func: FuncId,
        global: GlobalId,
        args: Vec<Option<Expr>>,
    },
    /// A list or set comprehension adding `value` to the collection it builds (CPython's
    /// LIST_APPEND / SET_ADD): no method lookup. Evaluates to None.
    CompAdd {
        set: bool,
        obj: Box<Expr>,
        value: Box<Expr>,
    },
    CallMethod {
        obj: Box<Expr>,
        name: String,
        args: Vec<Expr>,
        kwargs: Vec<(String, Expr)>,
    },
    Attr {
        obj: Box<Expr>,
        name: String,
    },
    Subscript {
        obj: Box<Expr>,
        index: Box<Expr>,
    },
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// A dict display: `k: v` items (`Some(k)`) and `**m` items (`None`), built in the
    /// order [`dict_steps`] gives.
    Dict(Vec<(Option<Expr>, Expr)>),
    FString(Vec<FPart>),
    /// A function object (lambdas, comprehension bodies): as `FuncDef` without binding.
    MakeFunction {
        func: FuncId,
        defaults: Vec<Expr>,
        kwdefaults: Vec<(String, Expr)>,
        closure: Vec<Var>,
    },
    /// The cell of a cell local or free variable (not its value).
    CellRef(Var),
    /// A call with `*` or `**` arguments: `args` makes a tuple, `kwargs` a dict.
    CallEx {
        func: Box<Expr>,
        args: Box<Expr>,
        kwargs: Option<Box<Expr>>,
    },
    /// The keyword arguments of a `CallEx`: `name=value` items and `**mapping` (None).
    KwArgs(Vec<(Option<String>, Expr)>),
    /// `*x` inside a list or tuple display.
    Star(Box<Expr>),
    /// `var := value`: binds the variable, and is the value.
    NamedExpr {
        var: Var,
        value: Box<Expr>,
    },
    /// `yield value`: the value sent back.
    Yield(Option<Box<Expr>>),
    /// `yield from iterable`: the sub-generator's return value.
    YieldFrom(Box<Expr>),
    /// `globals()`: the running code's globals dict.
    Globals,
    /// `locals()`: a snapshot of the function's bound locals as a new dict (at module
    /// level, the namespace the code runs in).
    Locals,
}

/// One step of building a dict display (indices into its items).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DictStep {
    /// Evaluate these `k: v` items, then insert them in order (CPython's BUILD_MAP).
    Build(std::ops::Range<usize>),
    /// Evaluate and insert these `k: v` items one at a time (BUILD_MAP 0, then MAP_ADD).
    Add(std::ops::Range<usize>),
    /// Evaluate this `**m` item and merge `m` into the dict (DICT_UPDATE).
    Update(usize),
}

/// How a dict display with these items is built, as CPython 3.11's compiler does it
/// (`compiler_dict`): the `k: v` items between `**` items in runs evaluated before any
/// is inserted, except that a run reaching 17 items has those 17 inserted as they are
/// evaluated (so long displays keep few values alive). Steps cover every item in order.
pub fn dict_steps(items: &[(Option<Expr>, Expr)]) -> Vec<DictStep> {
    /// CPython's STACK_USE_GUIDELINE: a run of more than 30 / 2 items is built item by item.
    const RUN_MAX: usize = 30 / 2;
    let mut steps = Vec::new();
    let mut start = 0;
    for (i, (k, _)) in items.iter().enumerate() {
        if k.is_none() {
            if start < i {
                steps.push(DictStep::Build(start..i));
            }
            steps.push(DictStep::Update(i));
            start = i + 1;
        } else if i - start > RUN_MAX {
            steps.push(DictStep::Add(start..i + 1));
            start = i + 1;
        }
    }
    if start < items.len() {
        steps.push(DictStep::Build(start..items.len()));
    }
    steps
}

impl Expr {
    pub fn new(kind: ExprKind, ty: Ty, line: u32) -> Expr {
        Expr { kind, ty, line }
    }
}

impl fmt::Display for Module {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, g) in self.globals.iter().enumerate() {
            writeln!(f, "global g{i} {}{}", g.name, if g.direct.is_some() { " (direct)" } else { "" })?;
        }
        for (i, func) in self.functions.iter().enumerate() {
            let params: Vec<String> =
                func.params.iter().enumerate().map(|(j, p)| format!("{}: {:?}", p.name, func.locals[j].ty)).collect();
            writeln!(f, "\nfn f{i} {}({}) -> {:?}", func.qualname, params.join(", "), func.ret_ty)?;
            for (j, l) in func.locals.iter().enumerate().skip(func.params.len()) {
                writeln!(f, "  local l{j} {}: {:?}", l.name, l.ty)?;
            }
            for s in &func.body {
                writeln!(f, "  {s:?}")?;
            }
        }
        Ok(())
    }
}

/// A name Python code can spell (not one of the lowering's hidden locals, `.with3`).
fn is_python_name(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c == '_' || c.is_alphabetic())
}
