package dev.gilscan.analyzer.model.scope;

import static dev.gilscan.analyzer.model.scope.Flags.DEF_BOUND;
import static dev.gilscan.analyzer.model.scope.Flags.DEF_COMP_CELL;
import static dev.gilscan.analyzer.model.scope.Flags.DEF_FREE_CLASS;
import static dev.gilscan.analyzer.model.scope.Flags.DEF_GLOBAL;
import static dev.gilscan.analyzer.model.scope.Flags.DEF_NONLOCAL;
import static dev.gilscan.analyzer.model.scope.Flags.DEF_PARAM;
import static dev.gilscan.analyzer.model.scope.Flags.DEF_TYPE_PARAM;

import dev.gilscan.analyzer.ast.Located;
import dev.gilscan.analyzer.ast.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The second pass of CPython 3.13's Python/symtable.c (analyze_block and its helpers): decides
 * the {@link SymbolKind} of every symbol, turns locals read by nested scopes into cells and
 * inlines list, set and dict comprehensions into their enclosing scope (PEP 709).
 *
 * <p>CPython recurses over the scopes; this runs the same steps with an explicit stack of
 * {@link Frame}s. The sets follow CPython's names: {@code bound} holds the names bound in the
 * enclosing function scopes, {@code global} those declared global, {@code free} collects the free
 * names of the children.
 */
final class Analyzer {
    private final List<ScopeError> errors;
    /** The inlined comprehensions, innermost first. */
    final List<Scope> inlined = new ArrayList<>();

    Analyzer(List<ScopeError> errors) {
        this.errors = errors;
    }

    /** The state of analyze_block for one scope. */
    private static final class Frame {
        final Scope ste;
        final @Nullable Set<String> bound;
        final Set<String> free;
        final Set<String> global;
        final Set<String> typeParams;
        final @Nullable Scope classEntry;
        final Set<String> local = new HashSet<>();
        final Set<String> newGlobal = new HashSet<>();
        final Set<String> newBound = new HashSet<>();
        final Set<String> newFree = new LinkedHashSet<>();
        final Set<String> inlinedCells = new HashSet<>();
        int next;
        @Nullable Frame child;
        boolean inlineChild;

        Frame(Scope ste, @Nullable Set<String> bound, Set<String> free, Set<String> global,
                Set<String> typeParams, @Nullable Scope classEntry) {
            this.ste = ste;
            this.bound = bound;
            this.free = free;
            this.global = global;
            this.typeParams = typeParams;
            this.classEntry = classEntry;
        }
    }

    /** symtable_analyze. */
    void analyze(Scope top) {
        ArrayDeque<Frame> stack = new ArrayDeque<>();
        Frame root = new Frame(top, null, new LinkedHashSet<>(), new HashSet<>(), new HashSet<>(),
                null);
        begin(root);
        stack.push(root);
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            if (frame.child != null) {
                childDone(frame, frame.child);
                frame.child = null;
            }
            if (frame.next < frame.ste.children.size()) {
                Frame child = childFrame(frame, frame.ste.children.get(frame.next++));
                frame.child = child;
                begin(child);
                stack.push(child);
            } else {
                end(frame);
                stack.pop();
            }
        }
    }

    /** analyze_child_block: the child's sets are copies of this scope's. */
    private Frame childFrame(Frame parent, Scope entry) {
        Scope classEntry = null;
        if (entry.canSeeClassScope) {
            classEntry = parent.ste.kind() == ScopeKind.CLASS ? parent.ste : parent.classEntry;
        }
        entry.classEntry = classEntry;
        // all list, set and dict comprehensions are inlined, except in annotation scopes of classes
        parent.inlineChild = entry.comprehension && !entry.generator
                && !parent.ste.canSeeClassScope;
        return new Frame(entry, copy(parent.newBound), new LinkedHashSet<>(),
                copy(parent.newGlobal), copy(parent.typeParams), classEntry);
    }

    private static Set<String> copy(Set<String> set) {
        return set.isEmpty() ? new HashSet<>() : new HashSet<>(set);
    }

    /** analyze_block, up to the children. */
    private void begin(Frame f) {
        Scope ste = f.ste;
        if (ste.kind() == ScopeKind.CLASS) {
            // class bindings are not visible in nested functions
            f.newGlobal.addAll(f.global);
            if (f.bound != null) {
                f.newBound.addAll(f.bound);
            }
        }
        for (Symbol symbol : ste.symbols.values()) {
            analyzeName(f, symbol);
        }
        if (ste.kind() != ScopeKind.CLASS) {
            if (Collector.isFunctionLike(ste.kind())) {
                f.newBound.addAll(f.local);
            }
            if (f.bound != null) {
                f.newBound.addAll(f.bound);
            }
            f.newGlobal.addAll(f.global);
        } else {
            f.newBound.add("__class__");
            f.newBound.add("__classdict__");
        }
    }

    /** After one child: inline it if it is a comprehension, collect its free names. */
    private void childDone(Frame f, Frame child) {
        if (!child.ste.linked) {
            return; // CPython 3.13 never analyzes these annotation scopes; nothing flows back
        }
        if (f.inlineChild) {
            inlineComprehension(f, child.ste, child.free);
            child.ste.inlined = true;
            inlined.add(child.ste);
        }
        f.newFree.addAll(child.free);
    }

    /** analyze_block, after the children. */
    private void end(Frame f) {
        Scope ste = f.ste;
        boolean spliced = false;
        for (Scope child : ste.children) {
            spliced |= child.inlined;
        }
        if (spliced) {
            List<Scope> children = new ArrayList<>();
            for (Scope child : ste.children) {
                if (child.inlined) {
                    children.addAll(child.children);
                } else {
                    children.add(child);
                }
            }
            ste.children = children;
        }
        if (Collector.isFunctionLike(ste.kind())) {
            analyzeCells(f);
        } else if (ste.kind() == ScopeKind.CLASS) {
            ste.needsClassCell = f.newFree.remove("__class__");
            ste.needsClassDict = f.newFree.remove("__classdict__");
        }
        updateSymbols(f, ste.kind() == ScopeKind.CLASS || ste.canSeeClassScope);
        f.free.addAll(f.newFree);
    }

    /** analyze_name: the kind of one symbol from its flags and the enclosing scopes. */
    private void analyzeName(Frame f, Symbol symbol) {
        String name = symbol.name();
        int flags = symbol.flags;
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                error("name '" + name + "' is nonlocal and global", symbol);
            }
            symbol.kind = SymbolKind.GLOBAL_EXPLICIT;
            f.global.add(name);
            if (f.bound != null) {
                f.bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (f.bound == null) {
                error("nonlocal declaration not allowed at module level", symbol);
            } else if (!f.bound.contains(name)) {
                error("no binding for nonlocal '" + name + "' found", symbol);
            } else if (f.typeParams.contains(name)) {
                error("nonlocal binding not allowed for type parameter '" + name + "'", symbol);
            }
            symbol.kind = SymbolKind.FREE;
            f.free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            symbol.kind = SymbolKind.LOCAL;
            f.local.add(name);
            f.global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) {
                f.typeParams.add(name);
            } else {
                f.typeParams.remove(name);
            }
            return;
        }
        // an annotation scope of a class reads a name the class binds from the class namespace
        // (and the globals), not from an enclosing function
        if (f.classEntry != null) {
            Symbol inClass = f.classEntry.symbols.get(name);
            int classFlags = inClass == null ? 0 : inClass.flags;
            if ((classFlags & DEF_GLOBAL) != 0) {
                symbol.kind = SymbolKind.GLOBAL_EXPLICIT;
                return;
            }
            if ((classFlags & DEF_BOUND) != 0 && (classFlags & DEF_NONLOCAL) == 0) {
                symbol.kind = SymbolKind.GLOBAL_IMPLICIT;
                return;
            }
        }
        if (f.bound != null && f.bound.contains(name)) {
            symbol.kind = SymbolKind.FREE;
            f.free.add(name);
            return;
        }
        symbol.kind = SymbolKind.GLOBAL_IMPLICIT;
    }

    /** inline_comprehension: the comprehension's symbols join the enclosing scope's. */
    private void inlineComprehension(Frame f, Scope comp, Set<String> compFree) {
        Scope ste = f.ste;
        for (Symbol symbol : comp.symbols.values()) {
            if ((symbol.flags & DEF_PARAM) != 0) {
                continue; // the iterator argument .0
            }
            String name = symbol.name();
            SymbolKind kind = symbol.kind;
            if (kind == SymbolKind.CELL || (symbol.flags & DEF_COMP_CELL) != 0) {
                f.inlinedCells.add(name);
            }
            Symbol existing = ste.symbols.get(name);
            // __class__ is never free through a class scope
            if (kind == SymbolKind.FREE && ste.kind() == ScopeKind.CLASS
                    && name.equals("__class__")) {
                kind = SymbolKind.GLOBAL_IMPLICIT;
                compFree.remove(name);
                symbol.kind = kind;
            }
            if (existing == null) {
                Symbol copy = new Symbol(name, ste);
                copy.flags = symbol.flags;
                copy.kind = kind;
                ste.symbols.put(name, copy);
            } else if ((existing.flags & DEF_BOUND) != 0 && ste.kind() != ScopeKind.CLASS
                    && !isFreeInAnyChild(comp, name)) {
                // a free name of the comprehension that is local outside is simply local now
                compFree.remove(name);
            }
        }
    }

    private static boolean isFreeInAnyChild(Scope entry, String name) {
        for (Scope child : entry.children) {
            Symbol symbol = child.symbols.get(name);
            if (child.linked && symbol != null && symbol.kind == SymbolKind.FREE) {
                return true;
            }
        }
        return false;
    }

    /** analyze_cells: a local that a child reads is a cell. */
    private static void analyzeCells(Frame f) {
        for (Symbol symbol : f.ste.symbols.values()) {
            String name = symbol.name();
            if (symbol.kind == SymbolKind.LOCAL
                    && (f.newFree.contains(name) || f.inlinedCells.contains(name))) {
                symbol.kind = SymbolKind.CELL;
                f.newFree.remove(name);
            }
        }
    }

    /** update_symbols: marks inlined cells, adds the free names that pass through. */
    private static void updateSymbols(Frame f, boolean classFlag) {
        Scope ste = f.ste;
        if (!f.inlinedCells.isEmpty()) {
            for (Symbol symbol : ste.symbols.values()) {
                if (f.inlinedCells.contains(symbol.name())) {
                    symbol.flags |= DEF_COMP_CELL;
                }
            }
        }
        for (String name : f.newFree) {
            Symbol existing = ste.symbols.get(name);
            if (existing != null) {
                // a free variable of a method named like a local or global of the class
                if (classFlag) {
                    existing.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if (f.bound != null && !f.bound.contains(name)) {
                continue; // a global
            }
            Symbol passing = new Symbol(name, ste);
            passing.kind = SymbolKind.FREE;
            ste.symbols.put(name, passing);
        }
    }

    private void error(String message, Symbol symbol) {
        errors.add(new ScopeError(message, where(symbol)));
    }

    /** Where to report a directive error: the declaring statement, else the scope. */
    private static Span where(Symbol symbol) {
        Scope scope = symbol.scope();
        if (scope.directives != null && scope.directives.containsKey(symbol.name())) {
            return scope.directives.get(symbol.name());
        }
        return scope.node() instanceof Located located ? located.span() : Span.ascii(1, 0, 1, 0);
    }
}
