package dev.gilscan.sarif;

import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Jackson set up for the java-sarif model: two-space indentation with '\n' on every platform, and
 * the properties that the model leaves out when they equal its defaults written anyway where a
 * reader should not have to know the default (a result's level, a rule's default level, the
 * results of a run without findings).
 */
final class SarifJson {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addMixIn(Result.class, AlwaysLevel.class)
            .addMixIn(ReportingConfiguration.class, AlwaysLevel.class)
            .addMixIn(Notification.class, AlwaysLevel.class)
            .addMixIn(Run.class, AlwaysResults.class)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer(printer());

    private SarifJson() {}

    static String write(Object sarif) {
        try {
            return WRITER.writeValueAsString(sarif) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the SARIF model could not be written", e);
        }
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /** Mix-in: write {@code level} even when it is the model's default, {@code warning}. */
    abstract static class AlwaysLevel {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        Object level;
    }

    /** Mix-in: write {@code results}, also when empty; GitHub requires the array. */
    abstract static class AlwaysResults {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        Object results;
    }
}
