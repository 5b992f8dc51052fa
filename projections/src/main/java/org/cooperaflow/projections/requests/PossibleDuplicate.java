package org.cooperaflow.projections.requests;

/** Another need that is probably the same one: who filed it, what it is called, where it stands. */
public record PossibleDuplicate(String requestId, String memberState, String title, String stage,
                                double titleSimilarity) {
}
