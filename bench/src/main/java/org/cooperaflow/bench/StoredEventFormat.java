package org.cooperaflow.bench;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The bytes the application writes into its event and token stores, without Spring: Axon's {@link JacksonSerializer}
 * as Axon's Spring Boot configuration builds it ({@code axon.serializer.*: jackson}: annotation revisions, a chaining
 * converter, no default typing) on the mapper the application names {@code defaultAxonObjectMapper}
 * ({@code JacksonConfiguration}): Spring Boot's Jackson defaults with {@code spring.jackson.*} of
 * {@code application.yml} (non-null properties only, no {@code is}-getters, ISO dates) and decimals written as plain
 * strings. The aggregates' snapshot mix-in is left out: nothing here writes snapshots. Keep it in step with those two
 * files, or the application reads back events that it would have written differently.
 */
final class StoredEventFormat {

    private StoredEventFormat() {
    }

    static JacksonSerializer serializer() {
        return JacksonSerializer.builder()
                .revisionResolver(new AnnotationRevisionResolver())
                .converter(new ChainingConverter(StoredEventFormat.class.getClassLoader()))
                .objectMapper(objectMapper())
                .build();
    }

    static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("decimals-as-plain-strings")
                        .addSerializer(BigDecimal.class, new JsonSerializer<BigDecimal>() {
                            @Override
                            public void serialize(BigDecimal value, JsonGenerator generator,
                                                  SerializerProvider provider) throws IOException {
                                generator.writeString(value.toPlainString());
                            }
                        }))
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
    }
}
