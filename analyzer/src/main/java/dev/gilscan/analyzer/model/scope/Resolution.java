package dev.gilscan.analyzer.model.scope;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link SymbolTable#resolve} found for a name: {@code len} in {@code def f(): len(x)} is
 * {@code (BUILTIN, null)}, {@code x} is {@code (GLOBAL, <module symbol x>)} if the module binds it.
 *
 * @param kind where the variable is
 * @param symbol the symbol of the scope that holds the variable: the name's own scope's for
 *     {@link ResolutionKind#LOCAL}, the binding enclosing scope's for
 *     {@link ResolutionKind#ENCLOSING}, the module's for {@link ResolutionKind#GLOBAL} (null when
 *     the module never mentions the name but provides it implicitly, like {@code __name__}, or may
 *     through {@code from m import *}); null for {@link ResolutionKind#BUILTIN} and
 *     {@link ResolutionKind#UNRESOLVED}
 */
public record Resolution(ResolutionKind kind, @Nullable Symbol symbol) {
    public Resolution {
        Objects.requireNonNull(kind, "kind");
    }
}
