package org.cooperaflow.domain.request.api;

/** Every fact about a cooperation request; sealed so that projections can switch over all of them. */
public sealed interface CooperationRequestEvent permits
        CooperationRequestDraftedEvent,
        CooperationRequestSubmittedEvent,
        CooperationRequestDiagnosisBegunEvent,
        CooperationRequestValidatedEvent,
        CooperationRequestPublishedEvent,
        CooperationRequestRejectedEvent,
        CooperationRequestWithdrawnEvent,
        CooperationRequestAddressedEvent {

    String requestId();
}
