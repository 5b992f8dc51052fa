package org.cooperaflow.domain.request.api;

import org.axonframework.serialization.Revision;

/** A proposal was recorded as addressing a published need. */
@Revision("1")
public record CooperationRequestAddressedEvent(String requestId, String proposalId) implements CooperationRequestEvent {
}
