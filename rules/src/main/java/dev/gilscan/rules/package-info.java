/** The built-in rules and the registry of rules. */
@NullMarked
package dev.gilscan.rules;

import org.jspecify.annotations.NullMarked;
