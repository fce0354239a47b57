//! pyaot's code generator: the typed IR to Cranelift IR, once, for two backends —
//! an object file for AOT executables (cranelift-object) and machine code in memory
//! (cranelift-jit). [`Codegen`] is generic over `cranelift_module::Module`.
//!
//! **Architecture Invariant:** generated code reaches the runtime only through the ABI
//! table (`pyaot_runtime::abi::ABI`); every imported name and signature comes from it.
mod lower;
mod pure_int;

use cranelift_codegen::ir::{types, AbiParam, UserFuncName};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::{isa, Context};
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use pyaot_frontend::ir;
use pyaot_runtime::abi::{Abi, AbiTy, ABI};
use std::collections::HashMap;

/// An internal compiler error: a bug in pyaot, never the user's fault.
#[derive(Debug)]
pub struct InternalError(pub String);

impl std::fmt::Display for InternalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "internal compiler error (a bug in pyaot): {}", self.0)
    }
}

fn ice(e: impl std::fmt::Display) -> InternalError {
    InternalError(e.to_string())
}

#[derive(Clone, Copy, Default)]
pub struct Options {
    /// Run the Cranelift verifier on every function (on in tests and debug builds).
    pub verify: bool,
}

/// A constant that lives in a slot, created once when the module starts.
#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    Str(String),
    BigInt(String),
    Bytes(Vec<u8>),
    Float(u64),
    /// A complex constant: the bits of its parts.
    Complex(u64, u64),
    /// A tuple of str constants (parameter names, keyword names).
    StrTuple(Vec<String>),
    /// A function definition's code object: its str tuples (name, qualname, file and
    /// maybe docstring; params; varnames; freevars; cellvars), `sig` and `line_flags`.
    Code([Vec<String>; 5], i64, i64),
}

/// Module-level state shared by every function being lowered.
pub(crate) struct Codegen<M: Module> {
    pub(crate) module: M,
    abi_ids: HashMap<Abi, FuncId>,
    /// The module's one data object of pointer-sized slots: globals, constants,
    /// cached builtins and default values (see `Slots`).
    slots_data: DataId,
    /// The module's data object of attribute caches, one `AttrCache` per attribute
    /// site (see `pyaot_runtime::inline_cache`), zeroed.
    caches_data: DataId,
    ncaches: u32,
    consts: Vec<ConstKey>,
    const_index: HashMap<ConstKey, u32>,
    builtins: Vec<String>,
    builtin_index: HashMap<String, u32>,
    /// First default slot of each function.
    /// First default slot of each directly called function (None: not called directly).
    default_base: Vec<Option<u32>>,
    ndefaults: u32,
    nglobals: u32,
    /// Direct entries (one I64 per parameter) and array entries of each function.
    direct_ids: Vec<FuncId>,
    array_ids: Vec<FuncId>,
    /// Unboxed versions of the pure int functions (see `pure_int`).
    fast_ids: Vec<Option<FuncId>>,
    init_id: FuncId,
    str_data: HashMap<Vec<u8>, DataId>,
    pub(crate) opts: Options,
    /// Text of the CLIF of every function, when requested.
    pub(crate) clif: Option<String>,
}

/// Where a slot is, as an index into the slots data object.
impl<M: Module> Codegen<M> {
    fn new(mut module: M, m: &ir::Module, opts: Options) -> Result<Self, InternalError> {
        let slots_data = module.declare_data("__pyaot_slots", Linkage::Local, true, false).map_err(ice)?;
        let caches_data = module.declare_data("__pyaot_caches", Linkage::Local, true, false).map_err(ice)?;
        // Only directly called functions read their defaults from slots.
        let direct: Vec<bool> =
            (0..m.functions.len()).map(|i| m.globals.iter().any(|g| g.direct == Some(ir::FuncId(i as u32)))).collect();
        let mut default_base = Vec::new();
        let mut ndefaults = 0;
        for (f, is_direct) in m.functions.iter().zip(&direct) {
            default_base.push(is_direct.then_some(ndefaults));
            if *is_direct {
                ndefaults += f.params.iter().filter(|p| p.has_default).count() as u32;
            }
        }
        let mut direct_ids = Vec::new();
        let mut array_ids = Vec::new();
        for (i, f) in m.functions.iter().enumerate() {
            let mut sig = module.make_signature();
            if !f.freevars.is_empty() {
                sig.params.push(AbiParam::new(types::I64));
            }
            for _ in &f.params {
                sig.params.push(AbiParam::new(types::I64));
            }
            sig.returns.push(AbiParam::new(types::I64));
            let name = format!("__pyaot_f{i}_{}", sanitize(&f.name));
            direct_ids.push(module.declare_function(&name, Linkage::Local, &sig).map_err(ice)?);
            let mut asig = module.make_signature();
            asig.params.push(AbiParam::new(types::I64));
            asig.params.push(AbiParam::new(types::I64));
            asig.returns.push(AbiParam::new(types::I64));
            array_ids.push(module.declare_function(&format!("__pyaot_a{i}"), Linkage::Local, &asig).map_err(ice)?);
        }
        let pure = pure_int::eligible(m);
        let mut fast_ids = Vec::new();
        for (i, f) in m.functions.iter().enumerate() {
            fast_ids.push(if pure[i] {
                let mut sig = module.make_signature();
                for _ in 0..f.params.len() + 1 {
                    sig.params.push(AbiParam::new(types::I64));
                }
                sig.returns.push(AbiParam::new(types::I64));
                sig.returns.push(AbiParam::new(types::I8));
                Some(module.declare_function(&format!("__pyaot_i{i}"), Linkage::Local, &sig).map_err(ice)?)
            } else {
                None
            });
        }
        let init_sig = module.make_signature();
        let init_id = module.declare_function("__pyaot_init", Linkage::Local, &init_sig).map_err(ice)?;
        Ok(Codegen {
            module,
            abi_ids: HashMap::new(),
            slots_data,
            caches_data,
            ncaches: 0,
            consts: Vec::new(),
            const_index: HashMap::new(),
            builtins: Vec::new(),
            builtin_index: HashMap::new(),
            default_base,
            ndefaults,
            // A dynamic module keeps its globals dict in one more slot.
            nglobals: m.globals.len() as u32 + m.dynamic as u32,
            direct_ids,
            array_ids,
            fast_ids,
            init_id,
            str_data: HashMap::new(),
            opts,
            clif: None,
        })
    }

    /// The import of an ABI function.
    pub(crate) fn abi(&mut self, f: Abi) -> Result<FuncId, InternalError> {
        if let Some(id) = self.abi_ids.get(&f) {
            return Ok(*id);
        }
        let e = &ABI[f as usize];
        let mut sig = self.module.make_signature();
        for p in e.params {
            sig.params.push(AbiParam::new(clif_ty(*p)));
        }
        if let Some(r) = e.ret {
            sig.returns.push(AbiParam::new(clif_ty(r)));
        }
        let id = self.module.declare_function(e.name, Linkage::Import, &sig).map_err(ice)?;
        self.abi_ids.insert(f, id);
        Ok(id)
    }

    // Slot layout: [globals | defaults | builtins | consts], indexes in words.
    pub(crate) fn global_slot(&self, g: ir::GlobalId) -> u32 {
        g.0
    }
    /// The slot of a dynamic module's globals dict.
    pub(crate) fn dict_slot(&self) -> u32 {
        self.nglobals - 1
    }
    /// The slot of default `i` of `f`, when `f` is called directly.
    pub(crate) fn default_slot(&self, f: ir::FuncId, i: u32) -> Option<u32> {
        Some(self.nglobals + self.default_base[f.0 as usize]? + i)
    }
    pub(crate) fn builtin_slot(&mut self, name: &str) -> u32 {
        let i = match self.builtin_index.get(name) {
            Some(i) => *i,
            None => {
                let i = self.builtins.len() as u32;
                self.builtins.push(name.to_string());
                self.builtin_index.insert(name.to_string(), i);
                i
            }
        };
        self.nglobals + self.ndefaults + i
    }
    /// Builtin slots are numbered as they are met, so constants come after a fixed
    /// ceiling of builtin slots.
    fn const_slot(&mut self, k: ConstKey) -> u32 {
        let i = match self.const_index.get(&k) {
            Some(i) => *i,
            None => {
                let i = self.consts.len() as u32;
                self.consts.push(k.clone());
                self.const_index.insert(k, i);
                i
            }
        };
        self.nglobals + self.ndefaults + MAX_BUILTINS + i
    }
    pub(crate) fn str_const(&mut self, s: &str) -> u32 {
        self.const_slot(ConstKey::Str(s.to_string()))
    }
    pub(crate) fn bytes_const(&mut self, b: &[u8]) -> u32 {
        self.const_slot(ConstKey::Bytes(b.to_vec()))
    }
    pub(crate) fn bigint_const(&mut self, digits: String) -> u32 {
        self.const_slot(ConstKey::BigInt(digits))
    }
    pub(crate) fn float_const(&mut self, x: f64) -> u32 {
        self.const_slot(ConstKey::Float(x.to_bits()))
    }
    pub(crate) fn complex_const(&mut self, re: f64, im: f64) -> u32 {
        self.const_slot(ConstKey::Complex(re.to_bits(), im.to_bits()))
    }
    pub(crate) fn str_tuple_const(&mut self, items: Vec<String>) -> u32 {
        for s in &items {
            self.str_const(s);
        }
        self.const_slot(ConstKey::StrTuple(items))
    }
    /// The code object of function `f` of `m`.
    pub(crate) fn code_const(&mut self, m: &pyaot_frontend::ir::Module, f: &pyaot_frontend::ir::Function) -> u32 {
        let mut strs = vec![f.name.clone(), f.qualname.clone(), m.units[f.unit as usize].path.clone()];
        strs.extend(f.doc.clone());
        let parts =
            [strs, f.params.iter().map(|p| p.name.clone()).collect(), f.varnames(), f.freevars.clone(), f.cellvars()];
        for t in &parts {
            self.str_tuple_const(t.clone());
        }
        let line_flags = f.line as i64 | (f.co_flags() as i64) << 32;
        self.const_slot(ConstKey::Code(parts, f.packed_sig(), line_flags))
    }
    fn total_slots(&self) -> u32 {
        self.nglobals + self.ndefaults + MAX_BUILTINS + self.consts.len() as u32
    }

    /// The data object holding `s` (NUL-terminated), shared by equal constants.
    fn str_bytes(&mut self, s: &[u8]) -> Result<DataId, InternalError> {
        if let Some(d) = self.str_data.get(s) {
            return Ok(*d);
        }
        let name = format!("__pyaot_s{}", self.str_data.len());
        let id = self.module.declare_data(&name, Linkage::Local, false, false).map_err(ice)?;
        let mut desc = DataDescription::new();
        let mut bytes = s.to_vec();
        bytes.push(0);
        desc.define(bytes.into_boxed_slice());
        self.module.define_data(id, &desc).map_err(ice)?;
        self.str_data.insert(s.to_vec(), id);
        Ok(id)
    }

    fn define(&mut self, id: FuncId, ctx: &mut Context) -> Result<(), InternalError> {
        if self.opts.verify {
            cranelift_codegen::verify_function(&ctx.func, self.module.isa())
                .map_err(|e| InternalError(format!("Cranelift verifier: {e}\n{}", ctx.func.display())))?;
        }
        if let Some(out) = &mut self.clif {
            out.push_str(&ctx.func.display().to_string());
            out.push('\n');
        }
        self.module.define_function(id, ctx).map_err(|e| InternalError(format!("{e:?}\n{}", ctx.func.display())))?;
        self.module.clear_context(ctx);
        Ok(())
    }

    /// Lowers every function, then the init function and the slots.
    fn compile(&mut self, m: &ir::Module) -> Result<(), InternalError> {
        let mut ctx = self.module.make_context();
        let mut fbc = FunctionBuilderContext::new();
        for i in 0..m.functions.len() {
            lower::lower_function(self, m, i, &mut ctx, &mut fbc)?;
            let id = self.direct_ids[i];
            self.define(id, &mut ctx)?;
            lower::lower_array_entry(self, m, i, &mut ctx, &mut fbc)?;
            let id = self.array_ids[i];
            self.define(id, &mut ctx)?;
            if let Some(id) = self.fast_ids[i] {
                pure_int::lower_fast(self, m, i, &mut ctx, &mut fbc)?;
                let body = ctx.func.clone();
                ctx.inline(pure_int::SelfInliner { body: &body, index: id.as_u32() }).map_err(ice)?;
                self.define(id, &mut ctx)?;
            }
        }
        if self.builtins.len() as u32 > MAX_BUILTINS {
            return Err(InternalError("too many distinct builtins".into()));
        }
        // Each module's file and source text (for the lines traceback frames show), and
        // what `import` needs of the imported ones.
        let units: Vec<lower::UnitSlots> = m
            .units
            .iter()
            .map(|u| lower::UnitSlots {
                file: self.str_const(&u.path),
                source: self.str_const(&u.source),
                name: self.str_const(&u.name),
                names: self.str_tuple_const(
                    m.globals[u.globals.start as usize..u.globals.end as usize]
                        .iter()
                        .map(|g| g.name.clone())
                        .collect(),
                ),
                builtins_read: self.str_tuple_const(u.builtins_read.clone()),
                body: u.body,
                first_global: self.global_slot(ir::GlobalId(u.globals.start)),
                is_package: u.is_package,
            })
            .collect();
        lower::lower_init(self, &mut ctx, &mut fbc, &units, m.dynamic)?;
        let id = self.init_id;
        self.define(id, &mut ctx)?;
        let mut desc = DataDescription::new();
        desc.define_zeroinit(8 * self.total_slots() as usize);
        desc.set_align(8);
        self.module.define_data(self.slots_data, &desc).map_err(ice)?;
        let mut desc = DataDescription::new();
        desc.define_zeroinit(ATTR_CACHE_SIZE * self.ncaches.max(1) as usize);
        desc.set_align(8);
        self.module.define_data(self.caches_data, &desc).map_err(ice)?;
        Ok(())
    }

    fn module_body(&self) -> FuncId {
        self.direct_ids[0]
    }
}

/// Bytes of one attribute site's cache.
pub(crate) const ATTR_CACHE_SIZE: usize = std::mem::size_of::<pyaot_runtime::inline_cache::AttrCache>();

/// Room for distinct builtins per module (their slots precede the constants).
const MAX_BUILTINS: u32 = 256;

fn sanitize(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).collect()
}

pub(crate) fn clif_ty(t: AbiTy) -> types::Type {
    match t {
        AbiTy::V | AbiTy::I64 | AbiTy::Ptr => types::I64,
        AbiTy::I32 => types::I32,
        AbiTy::F64 => types::F64,
    }
}

fn isa_for(pic: bool) -> Result<std::sync::Arc<dyn isa::TargetIsa>, InternalError> {
    let mut flags = settings::builder();
    flags.set("opt_level", "speed").map_err(ice)?;
    flags.set("is_pic", if pic { "true" } else { "false" }).map_err(ice)?;
    flags.set("preserve_frame_pointers", "true").map_err(ice)?;
    flags.set("enable_verifier", "false").map_err(ice)?;
    let isa_builder = cranelift_native::builder().map_err(ice)?;
    isa_builder.finish(settings::Flags::new(flags)).map_err(ice)
}

/// Compiles a module to an object file that defines `main`.
pub fn compile_object(m: &ir::Module, opts: Options) -> Result<Vec<u8>, InternalError> {
    let isa = isa_for(true)?;
    let builder = cranelift_object::ObjectBuilder::new(isa, "pyaot_program", cranelift_module::default_libcall_names())
        .map_err(ice)?;
    let module = cranelift_object::ObjectModule::new(builder);
    let mut cg = Codegen::new(module, m, opts)?;
    cg.compile(m)?;
    // `int main(int argc, char **argv) { return rt_main(argc, argv, module_body); }`
    let mut sig = cg.module.make_signature();
    sig.params.push(AbiParam::new(types::I32));
    sig.params.push(AbiParam::new(types::I64));
    sig.returns.push(AbiParam::new(types::I32));
    let main_id = cg.module.declare_function("main", Linkage::Export, &sig).map_err(ice)?;
    let mut ctx = cg.module.make_context();
    let mut fbc = FunctionBuilderContext::new();
    lower::lower_c_main(&mut cg, &mut ctx, &mut fbc, sig)?;
    cg.define(main_id, &mut ctx)?;
    let product = cg.module.finish();
    product.emit().map_err(ice)
}

/// The CLIF text of every function of the module.
pub fn emit_clif(m: &ir::Module) -> Result<String, InternalError> {
    let isa = isa_for(true)?;
    let builder = cranelift_object::ObjectBuilder::new(isa, "pyaot_program", cranelift_module::default_libcall_names())
        .map_err(ice)?;
    let module = cranelift_object::ObjectModule::new(builder);
    let mut cg = Codegen::new(module, m, Options { verify: true })?;
    cg.clif = Some(String::new());
    cg.compile(m)?;
    Ok(cg.clif.take().unwrap_or_default())
}

/// The function a dynamic module's init calls first: it links the bytecode VM behind
/// eval/exec/compile. Defined by `pyaot-vm` (in the VM archive, and in the compiler for
/// the JIT), not by the runtime, so it is not in the ABI table.
pub const VM_INIT_SYMBOL: &str = "pyaot_vm_init";

/// Compiles a module in memory and runs it with `args` as `sys.argv`; returns the exit
/// status. `extra` are symbols outside the ABI table (the VM's init, [`VM_INIT_SYMBOL`]).
pub fn jit_run(
    m: &ir::Module,
    opts: Options,
    args: Vec<String>,
    extra: &[(&str, *const u8)],
) -> Result<i32, InternalError> {
    let isa = isa_for(false)?;
    let mut builder = cranelift_jit::JITBuilder::with_isa(isa, cranelift_module::default_libcall_names());
    for (name, addr) in extra {
        builder.symbol(*name, *addr);
    }
    for e in ABI {
        builder.symbol(e.name, (e.addr)());
    }
    for (name, addr) in pyaot_runtime::abi::data_symbols() {
        builder.symbol(name, addr);
    }
    let module = cranelift_jit::JITModule::new(builder);
    let mut cg = Codegen::new(module, m, opts)?;
    cg.compile(m)?;
    cg.module.finalize_definitions().map_err(ice)?;
    let body = cg.module.get_finalized_function(cg.module_body());
    // SAFETY: `body` was just compiled with the signature `extern "C" fn() -> V`, and the
    // JIT module (which owns the code) lives until the program has finished running.
    let body: extern "C" fn() -> pyaot_runtime::Value = unsafe { std::mem::transmute(body) };
    let status = pyaot_runtime::program::run_main(args, body);
    // The code must outlive every call into it; the process exits right after.
    std::mem::forget(cg);
    Ok(status)
}

pub(crate) fn user_name(id: FuncId) -> UserFuncName {
    UserFuncName::user(0, id.as_u32())
}
