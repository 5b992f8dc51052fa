package org.cooperaflow.domain.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the domain's reference-data CSV files (RFC 4180, first line a header). */
final class ReferenceCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    private ReferenceCsv() {
    }

    static List<String[]> rows(String resource) {
        InputStream in = ReferenceCsv.class.getResourceAsStream("/org/cooperaflow/domain/" + resource);
        if (in == null) {
            throw new IllegalStateException("missing reference data " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<String[]> rows = new ArrayList<>();
            for (CSVRecord record : FORMAT.parse(reader)) {
                rows.add(record.values());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
