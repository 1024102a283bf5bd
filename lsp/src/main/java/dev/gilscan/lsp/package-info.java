/** The language server behind {@code gilscan server}. */
@NullMarked
package dev.gilscan.lsp;

import org.jspecify.annotations.NullMarked;
