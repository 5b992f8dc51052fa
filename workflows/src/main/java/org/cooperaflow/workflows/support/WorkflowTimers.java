package org.cooperaflow.workflows.support;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every timer and deadline of the processes, as ISO 8601 durations (P30D, PT5M, P3M), passed to
 * each process instance as variables when it starts, so tests and the demo can shorten them.
 */
@ConfigurationProperties("cooperaflow.timers")
public record WorkflowTimers(
        String revisionTimeout,
        String reviewReminder,
        String reviewDeadline,
        String reportingPeriod,
        String receiptReminder) {

    public WorkflowTimers {
        revisionTimeout = orDefault(revisionTimeout, "P30D");
        reviewReminder = orDefault(reviewReminder, "P10D");
        reviewDeadline = orDefault(reviewDeadline, "P14D");
        reportingPeriod = orDefault(reportingPeriod, "P3M");
        receiptReminder = orDefault(receiptReminder, "P30D");
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
