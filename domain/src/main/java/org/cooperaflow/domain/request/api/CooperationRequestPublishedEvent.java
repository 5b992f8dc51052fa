package org.cooperaflow.domain.request.api;

import org.axonframework.serialization.Revision;

/** A need was published in the needs catalog. */
@Revision("1")
public record CooperationRequestPublishedEvent(String requestId) implements CooperationRequestEvent {
}
