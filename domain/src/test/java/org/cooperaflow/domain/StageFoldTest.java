package org.cooperaflow.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.cooperaflow.domain.proposal.ProjectProposal;
import org.cooperaflow.domain.proposal.ProposalStageTransitions;
import org.cooperaflow.domain.proposal.api.ProposalDraftedEvent;
import org.cooperaflow.domain.proposal.api.ProposalEvent;
import org.cooperaflow.domain.request.CooperationRequest;
import org.cooperaflow.domain.request.CooperationRequestStageTransitions;
import org.cooperaflow.domain.request.api.CooperationRequestDraftedEvent;
import org.cooperaflow.domain.request.api.CooperationRequestEvent;
import org.cooperaflow.domain.shared.AuditMetadata;
import org.cooperaflow.domain.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * One stage fold per aggregate ({@link ProposalStageTransitions}, {@link CooperationRequestStageTransitions}), which
 * the aggregate, the read models, the case readers and the dashboards' oracle all use. Every event type, found through
 * the sealed event interfaces, has a rule in its fold: a new event without one fails here, not in a read model in
 * production. And the aggregate, given an event of every type (built from the record's components, once with the
 * first and once with the last value of each choice), stands where the fold says.
 */
class StageFoldTest {

    @Test
    void everyProposalEventTypeHasARuleInTheFold() {
        assertThat(eventTypes(ProposalEvent.class)).hasSizeGreaterThan(20)
                .allSatisfy(type -> assertThat(ProposalStageTransitions.knows(type))
                        .as("a stage rule (moves, or never moves) for " + type.getSimpleName()).isTrue());
    }

    @Test
    void everyNeedEventTypeHasARuleInTheFold() {
        assertThat(eventTypes(CooperationRequestEvent.class)).hasSizeGreaterThan(5)
                .allSatisfy(type -> assertThat(CooperationRequestStageTransitions.knows(type))
                        .as("a stage rule for " + type.getSimpleName()).isTrue());
    }

    @Test
    void everyOfferEventTypeHasARuleInTheFold() {
        assertThat(eventTypes(org.cooperaflow.domain.offer.api.CooperationOfferEvent.class)).hasSize(5)
                .allSatisfy(type -> assertThat(org.cooperaflow.domain.offer.CooperationOfferStageTransitions.knows(type))
                        .as(type.getSimpleName()).isTrue());
    }

    @Test
    void theProposalStandsWhereTheFoldSaysAfterAnEventOfEveryType() throws Exception {
        assertAggregateFollowsFold(ProjectProposal.class, ProposalEvent.class, ProposalDraftedEvent.class,
                event -> ProposalStageTransitions.stageAfter((ProposalEvent) event));
    }

    @Test
    void theNeedStandsWhereTheFoldSaysAfterAnEventOfEveryType() throws Exception {
        assertAggregateFollowsFold(CooperationRequest.class, CooperationRequestEvent.class,
                CooperationRequestDraftedEvent.class,
                event -> CooperationRequestStageTransitions.stageAfter((CooperationRequestEvent) event));
    }

    private static <T> void assertAggregateFollowsFold(Class<T> aggregateType, Class<?> sealedEvents,
                                                       Class<?> firstEvent, Function<Object, Optional<?>> fold)
            throws Exception {
        AggregateModel<T> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(aggregateType);
        for (Class<?> type : eventTypes(sealedEvents)) {
            for (boolean firstChoices : List.of(true, false)) {
                T aggregate = newInstance(aggregateType);
                Object drafted = sample(firstEvent, true);
                Object event = sample(type, firstChoices);
                publish(model, aggregate, drafted);
                Object before = stageOf(aggregate);
                assertThat(before).as("the stage after the first event").isEqualTo(fold.apply(drafted).orElseThrow());
                publish(model, aggregate, event);
                assertThat(stageOf(aggregate)).as(event.toString())
                        .isEqualTo(fold.apply(event).map(Object.class::cast).orElse(before));
            }
        }
    }

    private static <T> void publish(AggregateModel<T> model, T aggregate, Object payload) {
        model.publish(GenericEventMessage.asEventMessage(payload)
                .andMetaData(MetaData.with(AuditMetadata.ACTOR, "stage-fold-test")), aggregate);
    }

    /** The concrete event types of a sealed interface, however deep its permitted subtypes go. */
    static List<Class<?>> eventTypes(Class<?> sealed) {
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            if (permitted.isSealed()) {
                types.addAll(eventTypes(permitted));
            } else {
                types.add(permitted);
            }
        }
        return types;
    }

    private static Object stageOf(Object aggregate) throws ReflectiveOperationException {
        Field stage = aggregate.getClass().getDeclaredField("stage");
        stage.setAccessible(true);
        return stage.get(aggregate);
    }

    private static <T> T newInstance(Class<T> type) throws ReflectiveOperationException {
        Constructor<T> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    /** A value of the type: each choice (enum, boolean) at its first or its last value, containers empty. */
    private static Object sample(Type type, boolean first) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return "JM";
        } else if (raw == int.class || raw == Integer.class) {
            return 1;
        } else if (raw == long.class || raw == Long.class) {
            return 1L;
        } else if (raw == boolean.class || raw == Boolean.class) {
            return first;
        } else if (raw == BigDecimal.class) {
            return BigDecimal.ONE;
        } else if (raw == Money.class) {
            return Money.usd("1.00");
        } else if (raw == LocalDate.class) {
            return LocalDate.of(2026, 1, 1);
        } else if (raw == Instant.class) {
            return Instant.parse("2026-01-01T00:00:00Z");
        } else if (raw.isEnum()) {
            Object[] values = raw.getEnumConstants();
            return first ? values[0] : values[values.length - 1];
        } else if (raw == List.class) {
            return List.of();
        } else if (raw == Set.class) {
            return Set.of();
        } else if (raw == Map.class) {
            return Map.of();
        } else if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] values = Arrays.stream(components).map(c -> sample(c.getGenericType(), first)).toArray();
            try {
                Constructor<?> canonical = raw.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                canonical.setAccessible(true);
                return canonical.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build a " + raw.getSimpleName(), e);
            }
        }
        throw new IllegalStateException("no sample of " + type + ": add one here");
    }
}
