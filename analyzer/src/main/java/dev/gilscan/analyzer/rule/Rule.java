package dev.gilscan.analyzer.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * All of a rule's metadata, on the rule's class. Everything else about a rule (the SARIF rule
 * descriptor, the {@code rules} listing, the docs site, editor hovers) is generated from this and
 * from the rule's docs page {@code docs/rules/<id>.md}.
 *
 * <pre>
 * &#64;Rule(id = "GIL201", name = "process-start-without-main-guard", severity = Severity.ERROR,
 *       summary = "Process pool started while the module is imported", since = "0.1.0",
 *       precision = Precision.HIGH,
 *       tags = {"multiprocessing", "portability"})
 * public final class ProcessStartWithoutMainGuard implements Check { ... }
 * </pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Rule {
    /** {@code GIL} and three digits: {@code GIL201}. */
    String id();

    /** The pattern the rule flags, in kebab-case, read as "allow &lt;name&gt;". */
    String name();

    /** The severity findings get unless the user configures another. */
    Severity severity();

    /** One line, no trailing period. */
    String summary();

    /** Free-form tags for filtering and for SARIF {@code properties.tags}. */
    String[] tags() default {};

    /**
     * How often its findings are real problems (SARIF {@code properties.precision}); say why in
     * the rule's pull request and in docs/ci.md's table.
     */
    Precision precision();

    /** The gilscan version that introduced the rule. */
    String since();
}
