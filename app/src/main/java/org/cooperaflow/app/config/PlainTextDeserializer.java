package org.cooperaflow.app.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;

/**
 * Refuses text with control characters (U+0000 to U+001F but tab, line feed and carriage return,
 * and U+007F). PostgreSQL cannot store U+0000 in text: accepted into an event, such a string
 * would stop every read model that copies it. Refused here, the request is a 400 naming the field.
 */
public class PlainTextDeserializer extends StdScalarDeserializer<String> {

    public PlainTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value != null && value.chars().anyMatch(PlainTextDeserializer::isControl)) {
            throw InvalidFormatException.from(parser,
                    "must not contain control characters (such as U+0000)", value, String.class);
        }
        return value;
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
    }
}
