package dev.gilscan.sarif;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Result;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An earlier SARIF report read as a baseline: its results by their {@value
 * SarifReport#FINGERPRINT_KEY} fingerprint. Which findings are known comes from the
 * fingerprints; with {@code --baseline-mode keep} the results themselves are written again, as
 * {@code absent}, when nothing this run found has their fingerprint (SARIF 2.1.0 §3.27.24).
 */
public final class Baseline {
    /** No baseline: nothing is known. */
    public static final Baseline NONE = new Baseline(Map.of());

    private static final ObjectReader RESULT = SarifJson.MAPPER.readerFor(Result.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The results with a fingerprint, by it, in the report's order; the first of a repeat. */
    private final Map<String, JsonNode> results;

    private Baseline(Map<String, JsonNode> results) {
        this.results = Collections.unmodifiableMap(results);
    }

    /** The fingerprints of the baseline's results. */
    public Set<String> fingerprints() {
        return results.keySet();
    }

    /**
     * Reads a SARIF 2.1.0 log; results without a {@value SarifReport#FINGERPRINT_KEY}
     * fingerprint are skipped.
     *
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if it is not a SARIF 2.1.0 log, or a result with a
     *     fingerprint is not a SARIF result
     */
    public static Baseline read(Path sarifFile) throws IOException {
        JsonNode root;
        try {
            root = SarifJson.MAPPER.readTree(Files.readAllBytes(sarifFile));
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(sarifFile.toString(), null, "no such baseline file");
        } catch (JsonProcessingException e) {
            String reason = e.getOriginalMessage();
            int detail = reason.indexOf(" (");
            throw new IllegalArgumentException(sarifFile + " is not a SARIF log: not JSON ("
                    + (detail > 0 ? reason.substring(0, detail) : reason) + " at line "
                    + e.getLocation().getLineNr() + ")", e);
        }
        if (root == null || !root.path("runs").isArray()) {
            throw new IllegalArgumentException(
                    sarifFile + " is not a SARIF log: no \"runs\" array");
        }
        if (!"2.1.0".equals(root.path("version").asText())) {
            throw new IllegalArgumentException(sarifFile + " is not a SARIF 2.1.0 log: version "
                    + root.path("version"));
        }
        Map<String, JsonNode> results = new LinkedHashMap<>();
        for (JsonNode run : root.path("runs")) {
            JsonNode list = run.path("results");
            if (!list.isMissingNode() && !list.isArray()) {
                throw new IllegalArgumentException(sarifFile + " is not a SARIF log: \"results\""
                        + " is not an array");
            }
            int index = 0;
            for (JsonNode result : list) {
                JsonNode fingerprint = result.path("partialFingerprints")
                        .path(SarifReport.FINGERPRINT_KEY);
                if (fingerprint.isTextual()) {
                    try {
                        RESULT.readValue(result);
                    } catch (IOException | RuntimeException e) {
                        throw new IllegalArgumentException(sarifFile + " is not a SARIF log:"
                                + " result " + index + " is not a SARIF result", e);
                    }
                    results.putIfAbsent(fingerprint.asText(), result);
                }
                index++;
            }
        }
        return new Baseline(results);
    }

    /**
     * The results of the baseline that this run would have found but did not: their rule is one
     * of {@code rules} (the report's), their file is one of {@code checked} (artifact URIs as the
     * report writes them), and no finding has their fingerprint. Each is the baseline's result
     * with {@code baselineState} {@code absent}, without its rule index (the report sets its
     * own) and fixes (the code they would change is gone).
     */
    List<Result> absent(Set<String> found, Set<String> rules, Set<String> checked) {
        List<Result> absent = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : results.entrySet()) {
            if (found.contains(e.getKey())) {
                continue;
            }
            Result result;
            try {
                result = RESULT.readValue(e.getValue());
            } catch (IOException ex) {
                throw new IllegalStateException("read before, when the baseline was read", ex);
            }
            String uri = uri(result);
            if (!rules.contains(result.getRuleId()) || uri == null || !checked.contains(uri)) {
                continue;
            }
            result.setRuleIndex(null);
            result.setRule(null);
            result.setFixes(null);
            result.setBaselineState(Result.BaselineState.ABSENT);
            absent.add(result);
        }
        return absent;
    }

    /** The URI of the result's file: its first location's. */
    private static @Nullable String uri(Result result) {
        if (result.getLocations() == null || result.getLocations().isEmpty()) {
            return null;
        }
        Location first = result.getLocations().get(0);
        PhysicalLocation physical = first.getPhysicalLocation();
        ArtifactLocation artifact = physical == null ? null : physical.getArtifactLocation();
        return artifact == null || artifact.getUri() == null ? null : artifact.getUri();
    }
}
