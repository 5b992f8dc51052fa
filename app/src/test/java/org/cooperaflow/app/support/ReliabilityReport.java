package org.cooperaflow.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * The reliability report (README): each fault test of the suite adds its row, what it measured, to
 * {@code target/reliability-report.md}: the fault, the writes attempted and acknowledged (2xx), those lost (answered
 * 2xx without their event) and doubled (their event twice), what was left behind that belongs to nothing
 * ({@link StoreCounts#leaks}, and dead letters left after a retry), and the seconds until the application served again.
 */
public final class ReliabilityReport {

    private static final Path FILE = Path.of("target", "reliability-report.md");
    private static final String HEADER = "| fault | attempted | acknowledged | lost | doubled | leaked | recovered in s |\n"
            + "|---|---:|---:|---:|---:|---:|---:|\n";

    private ReliabilityReport() {
    }

    /** Adds a row; {@code recoveredSeconds} is null for a fault the application does not go down for. */
    public static synchronized void row(String fault, long attempted, long acknowledged, long lost, long doubled,
                                        long leaked, Double recoveredSeconds) {
        String row = String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %s |%n", fault, attempted,
                acknowledged, lost, doubled, leaked, recoveredSeconds == null ? "-" : String.format(Locale.ROOT, "%.1f", recoveredSeconds));
        System.out.print(HEADER + row);
        try {
            Files.createDirectories(FILE.getParent());
            if (!Files.exists(FILE)) {
                Files.writeString(FILE, HEADER, StandardCharsets.UTF_8);
            }
            Files.writeString(FILE, row, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
