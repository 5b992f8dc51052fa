package org.cooperaflow.workflows.support;

import org.cooperaflow.workflows.contribution.ContributionProcess;
import org.cooperaflow.workflows.offer.OfferReviewProcess;
import org.cooperaflow.workflows.proposal.ProposalLifecycleProcess;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every timer and deadline of the processes, as ISO 8601 durations (P30D, PT5M, P3M), passed to
 * each process instance as variables when it starts, so that a deployment (or a test) can shorten
 * them. Unset, each is its process's default, written once next to the process's variables.
 */
@ConfigurationProperties("cooperaflow.timers")
public record WorkflowTimers(
        String revisionTimeout,
        String reviewReminder,
        String reviewDeadline,
        String reportingPeriod,
        String receiptReminder,
        String offerReviewDue) {

    public WorkflowTimers {
        revisionTimeout = orDefault(revisionTimeout, ProposalLifecycleProcess.Variables.DEFAULT_REVISION_TIMEOUT);
        reviewReminder = orDefault(reviewReminder, ProposalLifecycleProcess.Variables.DEFAULT_REVIEW_REMINDER);
        reviewDeadline = orDefault(reviewDeadline, ProposalLifecycleProcess.Variables.DEFAULT_REVIEW_DEADLINE);
        reportingPeriod = orDefault(reportingPeriod, ProposalLifecycleProcess.Variables.DEFAULT_REPORTING_PERIOD);
        receiptReminder = orDefault(receiptReminder, ContributionProcess.Variables.DEFAULT_RECEIPT_REMINDER);
        offerReviewDue = orDefault(offerReviewDue, OfferReviewProcess.Variables.DEFAULT_REVIEW_DUE);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
