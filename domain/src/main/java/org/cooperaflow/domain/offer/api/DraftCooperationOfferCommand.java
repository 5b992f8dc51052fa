package org.cooperaflow.domain.offer.api;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start an offer of cooperation as a draft. */
public record DraftCooperationOfferCommand(@TargetAggregateIdentifier String offerId, CooperationOfferDetails details) {

    public DraftCooperationOfferCommand {
        Objects.requireNonNull(details, "details are required");
    }
}
