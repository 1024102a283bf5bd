/**
 * The project step: a project's files linked by name (definitions, re-exports) and its call
 * graph, with the callables passed on between functions.
 */
@NullMarked
package dev.gilscan.analyzer.link;

import org.jspecify.annotations.NullMarked;
