package org.cooperaflow.projections.cases;

/**
 * What a list shows of a case in one line: its kind, its title (a proposal's, need's or offer's title; a contribution's
 * contributor type), its stage or status, and the member state it belongs to (none for a contribution).
 */
public record CaseHeadline(String id, Kind kind, String title, String stage, String memberState) {

    /** The kinds of case a task can belong to. */
    public enum Kind { PROPOSAL, COOPERATION_REQUEST, CONTRIBUTION, OFFER }
}
