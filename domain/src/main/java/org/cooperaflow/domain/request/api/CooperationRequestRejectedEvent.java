package org.cooperaflow.domain.request.api;

import org.axonframework.serialization.Revision;

/** The secretariat declined to publish a request. */
@Revision("1")
public record CooperationRequestRejectedEvent(
        String requestId,
        RequestRejectionReason reason) implements CooperationRequestEvent {
}
