/**
 * The analyses about who runs at once and what they share, over the linked project: thread and
 * pool dispatches, thread entry points, locks held, shared state, process starts and tasks.
 */
@NullMarked
package dev.gilscan.analyzer.concurrency;

import org.jspecify.annotations.NullMarked;
