package org.cooperaflow.projections.alignment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The annual alignment report. A proposal counts in the year of its first submission (basis
 * SUBMITTED) or of its approval (basis APPROVED). {@code requestedUsd} sums requests made in USD;
 * {@code approvedUsd} sums approvals (always USD). A proposal with several measures or SDGs counts
 * under each of them. Aligned: the proposal names a CIDI priority, and either that priority is one
 * of the priorities of the thematic account it asks for, or, when it asks for no account, it
 * names at least one action-plan measure. {@code needsAddressedThroughOffers}: the needs that proposals started from
 * the match of a published offer addressed, counted once each in the year such a proposal was first approved (whatever
 * the basis): how the offers align the agency's cooperation with the member states' needs.
 */
public record AlignmentReport(int year, String basis, Figures total, Figures aligned, BigDecimal alignedShare,
                              List<Group> byMeasure, List<Group> byPriority, List<Group> bySdg,
                              long needsAddressedThroughOffers) {

    /** Number of proposals and their amounts. */
    public record Figures(long proposals, String requestedUsd, String approvedUsd) {
    }

    /** One measure, priority or SDG ({@code key}; "NONE" for proposals without a priority). */
    public record Group(String key, Figures figures) {
    }
}
