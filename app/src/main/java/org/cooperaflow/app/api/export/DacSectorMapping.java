package org.cooperaflow.app.api.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.cooperaflow.domain.shared.CidiPriority;

/**
 * The OECD DAC purpose code of each CIDI priority, from the versioned resource {@value #RESOURCE}; a priority
 * without a code, or a code that is not five digits, stops the start.
 */
public final class DacSectorMapping {

    static final String RESOURCE = "/iati/cidi-priority-dac-sectors.properties";

    private final String version;
    private final Map<CidiPriority, String> codes = new EnumMap<>(CidiPriority.class);

    private DacSectorMapping(Properties properties) {
        version = properties.getProperty("version");
        if (version == null || version.isBlank()) {
            throw new IllegalStateException(RESOURCE + " names no version");
        }
        for (CidiPriority priority : CidiPriority.values()) {
            String code = properties.getProperty(priority.name());
            if (code == null || !code.matches("\\d{5}")) {
                throw new IllegalStateException(RESOURCE + " has no DAC 5-digit code for " + priority);
            }
            codes.put(priority, code);
        }
    }

    public static DacSectorMapping load() {
        try (InputStream in = DacSectorMapping.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            Properties properties = new Properties();
            properties.load(in);
            return new DacSectorMapping(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String version() {
        return version;
    }

    public Optional<String> sector(CidiPriority priority) {
        return Optional.ofNullable(priority).map(codes::get);
    }
}
