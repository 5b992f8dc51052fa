package org.cooperaflow.app.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A date from a client: an ISO 8601 string of four-digit year, month and day ({@code "2026-11-01"}), between
 * {@value #FIRST_YEAR} and {@value #LAST_YEAR}. No number (days since 1970), no year 0 or before, no year 57467:
 * no date a cooperation project can have.
 */
public class PlausibleDateDeserializer extends StdScalarDeserializer<LocalDate> {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public PlausibleDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
        String text = parser.getText().trim();
        if (!ISO_DATE.matcher(text).matches()) {
            throw InvalidFormatException.from(parser, "is not a date such as \"2026-11-01\"", text, LocalDate.class);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidFormatException.from(parser, "is not a date that exists", text, LocalDate.class);
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw InvalidFormatException.from(parser, "must be between " + FIRST_YEAR + "-01-01 and " + LAST_YEAR
                    + "-12-31", text, LocalDate.class);
        }
        return date;
    }
}
