package org.cooperaflow.app.config;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.cooperaflow.domain.proposal.ProjectProposal;
import org.cooperaflow.workflows.tasks.StrictJson;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Two mappers with one format. The API's ({@code @Primary}) reads clients' JSON strictly ({@link StrictJson}:
 * no coercion, no duplicate keys or trailing content, dates as ISO strings within a plausible range). Axon's
 * ({@code defaultAxonObjectMapper}, the name Axon looks for) writes and reads the stored events and snapshots,
 * leniently: what the store holds stays readable whatever the door refuses later.
 *
 * The API's alone refuses text with control characters or half a surrogate pair ({@link PlainTextDeserializer}):
 * an event that holds such text, however it got in, is still read.
 *
 * <p>Both: aggregates are snapshotted by their fields (they expose no getters), through a mix-in so the domain
 * carries no serialisation annotations; decimals travel as strings ("150000.00"), so money and indicator values keep
 * their exact digits in every client, whatever its number type.
 */
@Configuration(proxyBeanMethods = false)
public class JacksonConfiguration {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer sharedJsonFormat() {
        return builder -> builder.mixIn(ProjectProposal.class, AggregateStateMixin.class)
                .serializerByType(BigDecimal.class, new JsonSerializer<BigDecimal>() {
            @Override
            public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider)
                    throws IOException {
                generator.writeString(value.toPlainString());
            }
        });
    }

    /** The API's mapper: MVC bodies, task data, problem responses. */
    @Bean
    @Primary
    ObjectMapper objectMapper(Jackson2ObjectMapperBuilder builder) {
        ObjectMapper mapper = StrictJson.apply(builder.build());
        mapper.registerModule(new SimpleModule("api-doors")
                .addDeserializer(LocalDate.class, new PlausibleDateDeserializer())
                .addDeserializer(String.class, new PlainTextDeserializer()));
        return mapper;
    }

    /** The event store's mapper (events, snapshots, tokens): the same format, read leniently. */
    @Bean
    ObjectMapper defaultAxonObjectMapper(Jackson2ObjectMapperBuilder builder) {
        return builder.build();
    }

    /** Serialise an aggregate's state by its fields only. */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
            getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE,
            setterVisibility = JsonAutoDetect.Visibility.NONE)
    abstract static class AggregateStateMixin {
    }
}
