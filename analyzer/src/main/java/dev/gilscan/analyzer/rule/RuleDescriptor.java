package dev.gilscan.analyzer.rule;

import java.util.List;

/** A rule's metadata as read from its {@link Rule} annotation. */
public record RuleDescriptor(String id, String name, Severity severity, String summary,
        List<String> tags, Precision precision, String since) {

    public RuleDescriptor {
        tags = List.copyOf(tags);
    }

    /** The descriptor of a rule class; fails if the class lacks its {@link Rule} annotation. */
    public static RuleDescriptor of(Class<? extends Check> ruleClass) {
        Rule rule = ruleClass.getAnnotation(Rule.class);
        if (rule == null) {
            throw new IllegalArgumentException(ruleClass.getName() + " has no @Rule annotation");
        }
        return new RuleDescriptor(rule.id(), rule.name(), rule.severity(), rule.summary(),
                List.of(rule.tags()), rule.precision(), rule.since());
    }
}
