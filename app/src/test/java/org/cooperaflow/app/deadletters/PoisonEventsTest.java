package org.cooperaflow.app.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** The rule by which a read model's failing event is parked: never with what its failed handler did. */
class PoisonEventsTest {

    private final PoisonEvents poison = new PoisonEvents(Set.of("catalog"));
    private final EventMessage<String> event = GenericEventMessage.asEventMessage("payload");
    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void aFirstFailureFailsTheBatchAndItsRetryParksTheEventWithoutRunningTheHandlerAgain() throws Exception {
        IllegalStateException broken = new IllegalStateException("broken row");
        assertThatThrownBy(() -> poison.handle("catalog", event, failing(broken)))
                .isInstanceOf(PoisonEvents.RetryBatch.class).hasCause(broken);
        assertThatThrownBy(() -> poison.decide(letter(), new PoisonEvents.RetryBatch("catalog", event, broken)))
                .as("the policy lets the batch fail, so its transaction rolls back")
                .isInstanceOf(PoisonEvents.RetryBatch.class);

        assertThatThrownBy(() -> poison.handle("catalog", event, failing(broken))).isSameAs(broken);
        assertThat(calls).as("the retried batch parks the event before its handler runs").hasValue(1);
        assertThat(poison.decide(letter(), broken).shouldEnqueue()).isTrue();
        assertThat(poison.decide(letter(), broken).enqueueCause()).contains(broken);

        assertThat(poison.handle("catalog", event, () -> calls.incrementAndGet()))
                .as("remembered once: the event's next delivery runs its handler").isEqualTo(2);
    }

    @Test
    void aFailureTheDatabaseMayNotRepeatIsRetriedAndNeverParked() throws Exception {
        Exception[] passing = {new CannotGetJdbcConnectionException("no connection"),
                new CannotAcquireLockException("deadlock"),
                new RuntimeException(new SQLException("terminating connection", "57P01")),
                new RuntimeException(new SQLException("could not serialize", "40001"))};
        for (Exception failure : passing) {
            assertThatThrownBy(() -> poison.handle("catalog", event, failing(failure)))
                    .isInstanceOf(PoisonEvents.RetryBatch.class);
            assertThat(poison.handle("catalog", event, () -> "handled")).as(failure.toString()).isEqualTo("handled");
        }
        assertThat(PoisonEvents.mayPass(new SQLException("value too long", "22001"))).isFalse();
        assertThat(PoisonEvents.mayPass(new NullPointerException())).isFalse();
    }

    @Test
    void anOperatorsRetryRunsTheHandlerAndFailsPlainly() {
        IllegalStateException broken = new IllegalStateException("still broken");
        UnitOfWork<?> retry = DefaultUnitOfWork.startAndGet(event);
        try {
            retry.resources().put(DeadLetter.class.getName(), letter());
            assertThatThrownBy(() -> poison.handle("catalog", event, failing(broken))).isSameAs(broken);
            assertThatThrownBy(() -> poison.handle("catalog", event, failing(broken))).isSameAs(broken);
            assertThat(calls).hasValue(2);
        } finally {
            retry.rollback();
        }
    }

    private PoisonEvents.Handler failing(Exception failure) {
        return () -> {
            calls.incrementAndGet();
            throw failure;
        };
    }

    private DeadLetter<EventMessage<?>> letter() {
        return new GenericDeadLetter<>("case-1", event);
    }
}
