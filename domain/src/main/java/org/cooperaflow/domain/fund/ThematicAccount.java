package org.cooperaflow.domain.fund;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.cooperaflow.domain.fund.api.OpenThematicAccountCommand;
import org.cooperaflow.domain.fund.api.ThematicAccountOpenedEvent;
import org.cooperaflow.domain.shared.DomainRuleViolation;
import org.cooperaflow.domain.shared.Money;

/** A window of the fund: the priorities it serves and the most it gives one project, which eligibility reads. */
public class ThematicAccount {

    @AggregateIdentifier
    private String accountId;

    protected ThematicAccount() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public ThematicAccount(OpenThematicAccountCommand command) {
        if (command.name().isBlank()) {
            throw new DomainRuleViolation("name-required", "name: a thematic account is named");
        }
        if (command.priorities().isEmpty()) {
            throw new DomainRuleViolation("account-needs-priority",
                    "priorities: a thematic account serves at least one CIDI priority");
        }
        if (!Money.USD.equals(command.projectCeiling().currency())) {
            throw new DomainRuleViolation("currency-not-usd", "projectCeiling: the ceiling is in USD");
        }
        if (command.projectCeiling().isZero()) {
            throw new DomainRuleViolation("ceiling-must-be-positive", "projectCeiling: must be more than zero");
        }
        apply(new ThematicAccountOpenedEvent(command.accountId(), command.name(), command.priorities(),
                command.projectCeiling()));
    }

    @EventSourcingHandler
    void on(ThematicAccountOpenedEvent event) {
        accountId = event.accountId();
    }
}
