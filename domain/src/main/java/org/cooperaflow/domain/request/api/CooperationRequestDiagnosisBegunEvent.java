package org.cooperaflow.domain.request.api;

import org.axonframework.serialization.Revision;

/** The secretariat began diagnosing a request. */
@Revision("1")
public record CooperationRequestDiagnosisBegunEvent(String requestId) implements CooperationRequestEvent {
}
