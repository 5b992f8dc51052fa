package org.cooperaflow.app.config;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.math.BigDecimal;
import org.cooperaflow.domain.proposal.ProjectProposal;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Aggregates are snapshotted by their fields (they expose no getters), through a mix-in so the
 * domain carries no serialisation annotations.
 *
 * <p>Text with control characters is refused ({@link PlainTextDeserializer}).
 *
 * <p>Decimals travel as strings ("150000.00"): money and indicator values keep their exact digits
 * in every client, whatever its number type. The same mapper writes the event payloads.
 */
@Configuration(proxyBeanMethods = false)
public class JacksonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer decimalsAsStrings() {
        return builder -> builder.mixIn(ProjectProposal.class, AggregateStateMixin.class)
                .deserializerByType(String.class, new PlainTextDeserializer())
                .serializerByType(BigDecimal.class, new JsonSerializer<BigDecimal>() {
            @Override
            public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider)
                    throws IOException {
                generator.writeString(value.toPlainString());
            }
        });
    }

    /** Serialise an aggregate's state by its fields only. */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
            getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE,
            setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class AggregateStateMixin {
    }
}
