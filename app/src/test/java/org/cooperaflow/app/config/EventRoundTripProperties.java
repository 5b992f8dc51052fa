package org.cooperaflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.cooperaflow.domain.fund.api.FundContributionEvent;
import org.cooperaflow.domain.fund.api.ThematicAccountEvent;
import org.cooperaflow.domain.proposal.api.ProposalEvent;
import org.cooperaflow.domain.request.api.CooperationRequestEvent;
import org.cooperaflow.domain.shared.Decimals;
import org.cooperaflow.domain.shared.Money;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every event type, with values anywhere inside the bounds the domain enforces (the largest money, indicator
 * values with every digit, any Unicode text), is written by the event store's own serializer and read back
 * unchanged: nothing the domain can record is unreadable later. Events are generated from their record components,
 * so a new event type or field is covered without touching this test.
 */
class EventRoundTripProperties {

    private static final List<Class<?>> SEALED_EVENT_TYPES = List.of(ProposalEvent.class,
            CooperationRequestEvent.class, FundContributionEvent.class, ThematicAccountEvent.class);
    /** Currencies with two and with no decimals. */
    private static final List<String> CURRENCIES = List.of("USD", "CAD", "EUR", "BRL", "MXN", "JPY", "CLP");

    /** Decimals a JSON reader refuses to read back (over a thousand digits written out). */
    private static final List<BigDecimal> UNREADABLE = List.of(new BigDecimal("1e1000"), new BigDecimal("1e-1000"),
            new BigDecimal("-9e999"), new BigDecimal("1e999999999"));

    private static ConfigurableApplicationContext context;
    private static JacksonSerializer serializer;

    /** The event store's mapper as the application builds it (application.yml and JacksonConfiguration). */
    @BeforeContainer
    static void eventStoreSerializer() {
        context = new SpringApplicationBuilder(JacksonAutoConfiguration.class, JacksonConfiguration.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run("--spring.main.banner-mode=off");
        ObjectMapper mapper = context.getBean("defaultAxonObjectMapper", ObjectMapper.class);
        serializer = JacksonSerializer.builder().objectMapper(mapper)
                .revisionResolver(new AnnotationRevisionResolver()).build();
    }

    @AfterContainer
    static void close() {
        context.close();
    }

    @Property(tries = 1000)
    void everyEventIsReadBackAsItWasWritten(@ForAll("events") Object event) {
        SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

        assertThat(isUtf8(stored.getData())).as("stored as valid UTF-8").isTrue();
        String json = new String(stored.getData(), StandardCharsets.UTF_8);
        assertThat(json).as("no U+0000, which PostgreSQL's jsonb refuses").doesNotContain("\\u0000");
        Object read = serializer.deserialize(stored);
        assertThat(read).as(json).isEqualTo(event);
    }

    /** No event type is left out: each one has instances to generate. */
    @Example
    void everyEventTypeIsGenerated() {
        for (Class<?> type : eventTypes()) {
            assertThat(record(type).sampleStream().limit(3).toList()).as(type.getSimpleName()).hasSize(3);
        }
        assertThat(eventTypes()).hasSizeGreaterThan(40);
    }

    /**
     * Each decimal field of each event at a size no reader takes back (a thousand digits): the event refuses it,
     * or, if it took it, reads it back. Deterministic, so no field is left to chance.
     */
    @Example
    void noEventTakesADecimalItCouldNotReadBack() throws Exception {
        for (Class<?> type : eventTypes()) {
            RecordComponent[] components = type.getRecordComponents();
            Object sample = record(type).sample();
            for (int i = 0; i < components.length; i++) {
                if (components[i].getType() != BigDecimal.class) {
                    continue;
                }
                for (BigDecimal unreadable : UNREADABLE) {
                    Object[] values = new Object[components.length];
                    for (int j = 0; j < components.length; j++) {
                        values[j] = components[j].getAccessor().invoke(sample);
                    }
                    values[i] = unreadable;
                    Optional<Object> event = construct(canonicalConstructor(type), Arrays.asList(values));
                    event.ifPresent(this::everyEventIsReadBackAsItWasWritten);
                }
            }
        }
    }

    @Provide
    Arbitrary<Object> events() {
        return Arbitraries.oneOf(eventTypes().stream().map(EventRoundTripProperties::record).toList());
    }

    private static List<Class<?>> eventTypes() {
        return SEALED_EVENT_TYPES.stream().flatMap(t -> Arrays.stream(t.getPermittedSubclasses()))
                .sorted(java.util.Comparator.comparing(Class::getName)).collect(Collectors.toList());
    }

    /** A record built from arbitrary components; combinations its constructor refuses are never events. */
    private static Arbitrary<Object> record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        List<Arbitrary<Object>> parts = new ArrayList<>();
        for (RecordComponent component : components) {
            parts.add(value(component.getGenericType(), component.getName()));
        }
        Constructor<?> constructor = canonicalConstructor(type);
        return Combinators.combine(parts).as(values -> construct(constructor, values))
                .filter(Optional::isPresent).map(Optional::get);
    }

    private static Constructor<?> canonicalConstructor(Class<?> type) {
        try {
            return type.getDeclaredConstructor(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
    }

    private static Optional<Object> construct(Constructor<?> constructor, List<Object> values) {
        try {
            return Optional.of(constructor.newInstance(values.toArray()));
        } catch (InvocationTargetException refused) {
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Arbitrary<Object> value(Type type, String name) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                return value(arguments[0], name).list().ofMaxSize(4).map(l -> (Object) l);
            }
            if (Set.class.isAssignableFrom(raw)) {
                return value(arguments[0], name).set().ofMaxSize(4).map(s -> (Object) s);
            }
            if (Map.class.isAssignableFrom(raw)) {
                Class<?> keyType = (Class<?>) arguments[0];
                // the format leaves out null map values (as null fields), and no event of the domain holds one
                Arbitrary<Object> keys = value(keyType, name).filter(java.util.Objects::nonNull);
                Arbitrary<Object> values = value(arguments[1], name).filter(java.util.Objects::nonNull);
                Arbitrary<Map<Object, Object>> map = Arbitraries.maps(keys, values).ofMaxSize(6);
                return keyType.isEnum()
                        ? map.map(m -> (Object) (m.isEmpty() ? new HashMap<>() : new EnumMap((Map) m)))
                        : map.map(m -> (Object) new LinkedHashMap<>(m));
            }
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return text().injectNull(0.05).map(s -> s);
        }
        if (raw == Money.class) {
            return money().injectNull(0.05);
        }
        if (raw == BigDecimal.class) {
            return decimal().injectNull(0.05).map(d -> d);
        }
        if (raw == int.class || raw == Integer.class) {
            Arbitrary<Integer> ints = Arbitraries.integers().between(-1_000_000, 1_000_000);
            return (raw == int.class ? ints : ints.injectNull(0.05)).map(i -> i);
        }
        if (raw == long.class || raw == Long.class) {
            return Arbitraries.longs().map(l -> l);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return Arbitraries.of(true, false).map(b -> b);
        }
        if (raw == LocalDate.class) {
            return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2199, 12, 31).toEpochDay())
                    .map(day -> (Object) LocalDate.ofEpochDay(day)).injectNull(0.05);
        }
        if (raw == Instant.class) {
            return Arbitraries.longs().between(0, Instant.parse("2199-12-31T23:59:59Z").toEpochMilli())
                    .map(ms -> (Object) Instant.ofEpochMilli(ms));
        }
        if (raw.isEnum()) {
            return Arbitraries.of((Object[]) raw.getEnumConstants()).injectNull(0.05);
        }
        if (raw == Object.class) {
            return Arbitraries.oneOf(text().map(s -> (Object) s), Arbitraries.integers().map(i -> (Object) i),
                    Arbitraries.of(true, false).map(b -> (Object) b));
        }
        if (raw.isRecord()) {
            return record(raw).injectNull(0.05);
        }
        throw new IllegalStateException("no generator for " + type + " (" + name + "): add one");
    }

    /** Any Unicode text the API lets in: no control characters but tab and line breaks, no half surrogate pairs. */
    private static Arbitrary<String> text() {
        Arbitrary<String> any = Arbitraries.integers().between(0x20, 0x10FFFF)
                .filter(cp -> !(cp >= 0xD800 && cp <= 0xDFFF) && cp != 0x7F)
                .map(cp -> new String(Character.toChars(cp)))
                .list().ofMaxSize(60).map(chars -> String.join("", chars));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, any),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", " ", "\t\n\r", "=1+1", "\"quoted\" and \\back\\slashes",
                        "مرحبا 你好 🎉 e\u0301")),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofLength(20_000)));
    }

    /**
     * Decimals at every size the domain keeps (up to fifteen digits before the point and ten after it), and now and
     * then one of a thousand digits: no value object or event may take it, or it would be written unreadable.
     */
    private static Arbitrary<BigDecimal> decimal() {
        Arbitrary<BigDecimal> kept = Arbitraries.integers().between(0, Decimals.MAX_RATE_DECIMALS).flatMap(scale ->
                Arbitraries.bigDecimals().between(new BigDecimal("-999999999999999"), new BigDecimal("999999999999999"))
                        .ofScale(scale));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(10, kept), net.jqwik.api.Tuple.of(1, Arbitraries.of(UNREADABLE)));
    }

    private static Arbitrary<Object> money() {
        return Arbitraries.of(CURRENCIES).flatMap(currency -> {
            int decimals = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
            BigDecimal largest = new BigDecimal("999999999999999.99").setScale(decimals, java.math.RoundingMode.DOWN);
            return Arbitraries.bigDecimals().between(BigDecimal.ZERO, largest)
                    .ofScale(decimals).map(amount -> (Object) new Money(amount, currency));
        });
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

}
