package org.cooperaflow.app.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Refuses text with control characters (U+0000 to U+001F but tab, line feed and carriage return, and U+007F)
 * or with half of a UTF-16 surrogate pair ({@code "\ud800"} alone). PostgreSQL cannot store U+0000 in text, and a
 * lone surrogate cannot be written as UTF-8 (it would be stored as "?"): accepted into an event, such a string
 * would stop every read model that copies it, or silently change. Refused here, the request is a 400 naming the
 * field.
 */
public class PlainTextDeserializer extends StdScalarDeserializer<String> {

    public PlainTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value == null) {
            return null;
        }
        if (value.chars().anyMatch(PlainTextDeserializer::isControl)) {
            throw InvalidFormatException.from(parser,
                    "must not contain control characters (such as U+0000)", value, String.class);
        }
        if (hasLoneSurrogate(value)) {
            throw InvalidFormatException.from(parser,
                    "must be valid Unicode text (it has half of a surrogate pair, such as \\ud800 alone)", value,
                    String.class);
        }
        return value;
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
    }

    private static boolean hasLoneSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
