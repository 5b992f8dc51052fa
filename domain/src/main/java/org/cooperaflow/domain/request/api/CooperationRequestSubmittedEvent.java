package org.cooperaflow.domain.request.api;

import org.axonframework.serialization.Revision;

/** A member state submitted a cooperation request for diagnosis. */
@Revision("1")
public record CooperationRequestSubmittedEvent(
        String requestId,
        String memberState,
        String title) implements CooperationRequestEvent {
}
