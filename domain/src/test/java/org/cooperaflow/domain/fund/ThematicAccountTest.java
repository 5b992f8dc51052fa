package org.cooperaflow.domain.fund;

import static org.cooperaflow.domain.shared.RuleMatchers.violates;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.cooperaflow.domain.fund.api.OpenThematicAccountCommand;
import org.cooperaflow.domain.fund.api.ThematicAccountOpenedEvent;
import org.cooperaflow.domain.shared.CidiPriority;
import org.cooperaflow.domain.shared.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ThematicAccountTest {

    static final String ID = "account-education";
    static final List<CidiPriority> EDUCATION = List.of(CidiPriority.EDUCATION);

    private FixtureConfiguration<ThematicAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ThematicAccount.class);
    }

    @Nested
    class OpenThematicAccount {

        @Test
        void opensAccountWithPrioritiesAndProjectCeiling() {
            fixture.givenNoPriorActivity()
                    .when(new OpenThematicAccountCommand(ID, "Education window", EDUCATION, Money.usd("250000.00")))
                    .expectEvents(new ThematicAccountOpenedEvent(ID, "Education window", EDUCATION,
                            Money.usd("250000.00")));
        }

        @Test
        void rejectsUnnamedAccount() {
            fixture.givenNoPriorActivity()
                    .when(new OpenThematicAccountCommand(ID, " ", EDUCATION, Money.usd("250000.00")))
                    .expectException(violates("name-required"));
        }

        @Test
        void rejectsAccountServingNoPriority() {
            fixture.givenNoPriorActivity()
                    .when(new OpenThematicAccountCommand(ID, "Education window", List.of(), Money.usd("250000.00")))
                    .expectException(violates("account-needs-priority"));
        }

        @Test
        void rejectsCeilingNotInUsd() {
            fixture.givenNoPriorActivity()
                    .when(new OpenThematicAccountCommand(ID, "Education window", EDUCATION, Money.of("1.00", "EUR")))
                    .expectException(violates("currency-not-usd"));
        }

        @Test
        void rejectsCeilingOfNothing() {
            fixture.givenNoPriorActivity()
                    .when(new OpenThematicAccountCommand(ID, "Education window", EDUCATION, Money.usd("0.00")))
                    .expectException(violates("ceiling-must-be-positive"));
        }
    }
}
