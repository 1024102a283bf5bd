/**
 * The semantic model: imports, qualified names, values, execution contexts, the project and its
 * call graph.
 */
@NullMarked
package dev.gilscan.analyzer.semantic;

import org.jspecify.annotations.NullMarked;
