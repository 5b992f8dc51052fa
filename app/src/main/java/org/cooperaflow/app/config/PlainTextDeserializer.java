package org.cooperaflow.app.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import org.cooperaflow.app.http.PlainText;

/**
 * The API's door for text ({@link PlainText}): a string with control characters or half of a surrogate pair is a
 * 400 naming the field. Only the API's mapper has it: the event store's reads whatever it holds.
 */
public class PlainTextDeserializer extends StdScalarDeserializer<String> {

    public PlainTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        var problem = PlainText.problem(value);
        if (problem.isPresent()) {
            throw InvalidFormatException.from(parser, problem.get().message(), value, String.class);
        }
        return value;
    }
}
