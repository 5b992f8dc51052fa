package org.cooperaflow.domain.proposal.api;

/** The secretariat's finding on a progress report. */
public enum ReportReview {
    ACCEPT,
    REQUEST_CHANGES
}
