/** What functions spend their time on, and the knowledge base of library calls behind it. */
@NullMarked
package dev.gilscan.rules.workload;

import org.jspecify.annotations.NullMarked;
