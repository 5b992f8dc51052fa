package org.cooperaflow.domain.request.api;

import org.axonframework.serialization.Revision;

/** A member state withdrew its request. */
@Revision("1")
public record CooperationRequestWithdrawnEvent(String requestId) implements CooperationRequestEvent {
}
