/**
 * Scopes and symbols of one module, exactly as CPython 3.13's {@code symtable} module sees them.
 *
 * <p>{@link SymbolTable#build} runs CPython's two passes over a module's syntax tree: the first
 * collects what each scope does with each name (binds it, reads it, declares it {@code global}
 * or {@code nonlocal}, takes it as a parameter, imports it, annotates it), the second decides
 * where each name lives ({@link SymbolKind}: local, global, free, cell) and inlines list, set and
 * dict comprehensions into their enclosing scope (PEP 709). The result is a tree of
 * {@link Scope}s, each with its {@link Symbol}s, their {@link Binding}s and uses;
 * {@link SymbolTable#resolve} follows a name to the symbol it reads at run time.
 *
 * <p>Scope and symbol names are CPython's: the module is {@code top}, a lambda {@code lambda}, a
 * generator expression {@code genexpr}; private names in a class are mangled ({@code __x} in
 * {@code class C} is {@code _C__x}); implicit names start with a dot ({@code .0} is the iterator
 * a generator expression receives, {@code .type_params}, {@code .generic_base}, {@code .defaults}
 * and {@code .kwdefaults} belong to the scopes of PEP 695 generics). {@link SymbolsJson} writes
 * the canonical form that scripts/symtable-conformance.sh compares with CPython's.
 *
 * @see <a href="https://docs.python.org/3.13/library/symtable.html">The symtable module</a>
 * @see <a href="https://docs.python.org/3.13/reference/executionmodel.html#naming-and-binding">
 *     Naming and binding</a>
 */
@NullMarked
package dev.gilscan.analyzer.model.scope;

import org.jspecify.annotations.NullMarked;
