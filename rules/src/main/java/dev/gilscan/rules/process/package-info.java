/** Rules on process pools and processes (GIL2xx). */
@NullMarked
package dev.gilscan.rules.process;

import org.jspecify.annotations.NullMarked;
