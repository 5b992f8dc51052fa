package org.cooperaflow.domain.request.api;

import org.axonframework.serialization.Revision;

/** A member state started a cooperation request as a draft. */
@Revision("1")
public record CooperationRequestDraftedEvent(
        String requestId,
        CooperationRequestDetails details) implements CooperationRequestEvent {
}
