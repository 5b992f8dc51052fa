package org.cooperaflow.domain.proposal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cooperaflow.domain.proposal.api.Partner;
import org.cooperaflow.domain.proposal.api.PartnerRole;
import org.cooperaflow.domain.proposal.api.ProposalDetails;
import org.cooperaflow.domain.shared.DomainRuleViolation;
import org.cooperaflow.domain.shared.MemberStates;
import org.cooperaflow.domain.shared.Modality;
import org.cooperaflow.domain.shared.Money;
import org.cooperaflow.domain.shared.ReferenceRules;

/** The rules on what a proposal may say, whatever its stage. */
public final class ProposalRules {

    private ProposalRules() {
    }

    /** Reference codes must be known and amounts in USD; a triangular project names all three roles. */
    public static void requireValidDetails(ProposalDetails details) {
        if (!MemberStates.isMemberState(details.proposer().memberState())) {
            throw new DomainRuleViolation("unknown-member-state",
                    "proposer.memberState: not an OAS member state: " + details.proposer().memberState());
        }
        for (Partner partner : details.partners()) {
            if (!MemberStates.isMemberState(partner.memberState())) {
                throw new DomainRuleViolation("unknown-member-state",
                        "partners.memberState: not an OAS member state: " + partner.memberState());
            }
        }
        ReferenceRules.requireSdgs(details.sdgs());
        ReferenceRules.requireMeasures(details.measures());
        requireUsd("requestedAmount", details.requestedAmount());
        requireUsd("coFinancing", details.coFinancing());
        if (details.durationMonths() != null && details.durationMonths() < 1) {
            throw new DomainRuleViolation("invalid-duration", "durationMonths: must be at least one month");
        }
        if (details.modality() == Modality.TRIANGULAR) {
            Set<PartnerRole> roles = details.partners().stream().map(Partner::role)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(PartnerRole.class)));
            if (!roles.containsAll(EnumSet.allOf(PartnerRole.class))) {
                throw new DomainRuleViolation("triangular-roles",
                        "partners: triangular cooperation needs a provider, a beneficiary and a facilitator");
            }
        }
    }

    /** Only states that take part in the OAS may propose or be partners. */
    public static void requireParticipatingStates(ProposalDetails details) {
        if (!MemberStates.get(details.proposer().memberState()).participates()) {
            throw new DomainRuleViolation("state-not-participating",
                    "proposer.memberState: " + details.proposer().memberState()
                            + " does not currently participate in the OAS and cannot propose");
        }
        for (Partner partner : details.partners()) {
            if (!MemberStates.get(partner.memberState()).participates()) {
                throw new DomainRuleViolation("state-not-participating",
                        "partners.memberState: " + partner.memberState()
                                + " does not currently participate in the OAS and cannot be a partner");
            }
        }
    }

    /** A submitted proposal says everything the screening needs. */
    public static void requireCompleteForSubmission(ProposalDetails details) {
        List<String> missing = new ArrayList<>();
        if (details.summary() == null || details.summary().isBlank()) {
            missing.add("summary");
        }
        if (details.modality() == null) {
            missing.add("modality");
        }
        if (details.priority() == null) {
            missing.add("priority");
        }
        if (details.requestedAmount() == null) {
            missing.add("requestedAmount");
        }
        if (details.durationMonths() == null) {
            missing.add("durationMonths");
        }
        if (details.partners().isEmpty()) {
            missing.add("partners");
        }
        if (!missing.isEmpty()) {
            throw new DomainRuleViolation("incomplete-proposal",
                    "a proposal cannot be submitted without: " + String.join(", ", missing));
        }
    }

    private static void requireUsd(String field, Money money) {
        if (money != null && !Money.USD.equals(money.currency())) {
            throw new DomainRuleViolation("currency-not-usd", field + ": proposals are expressed in USD");
        }
    }
}
