package org.cooperaflow.domain.proposal.api;

/** Every fact about a project proposal; sealed so that projections can switch over all of them. */
public sealed interface ProposalEvent permits
        ProposalDraftedEvent,
        ProposalDraftUpdatedEvent,
        ProposalSubmittedEvent,
        ProposalScreeningBegunEvent,
        ProposalScreenedEvent,
        ProposalResubmittedEvent,
        ProposalWithdrawnEvent,
        EligibilityAssessedEvent,
        EligibilityConfirmedEvent,
        ProposalFoundIneligibleEvent,
        BoardReviewOpenedEvent,
        BoardVoteCastEvent,
        BoardReviewRoundClosedEvent,
        ProposalApprovedEvent,
        ProposalRejectedEvent,
        ProposalReturnedForRevisionEvent,
        FundsAllocatedToProposalEvent,
        ProposalFundedEvent,
        ProjectStartedEvent,
        ProgressReportSubmittedEvent,
        ProgressReportAcceptedEvent,
        ProgressReportChangesRequestedEvent,
        FinalEvaluationCompletedEvent,
        ProposalSuspendedEvent,
        ProposalResumedEvent,
        BoardChairRemindedEvent,
        ProgressReportOverdueEvent {

    String proposalId();
}
