package dev.gilscan.analyzer.rule;

/** How serious a finding is; the names are SARIF's {@code level} values. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    NOTE("note");

    private final String sarifLevel;

    Severity(String sarifLevel) {
        this.sarifLevel = sarifLevel;
    }

    /** {@code error}, {@code warning} or {@code note}. */
    public String sarifLevel() {
        return sarifLevel;
    }
}
