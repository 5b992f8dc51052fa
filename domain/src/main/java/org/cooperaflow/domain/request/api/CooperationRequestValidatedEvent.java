package org.cooperaflow.domain.request.api;

import org.axonframework.serialization.Revision;

/** The diagnosis found a request to be a real, in-scope and new need. */
@Revision("1")
public record CooperationRequestValidatedEvent(String requestId) implements CooperationRequestEvent {
}
