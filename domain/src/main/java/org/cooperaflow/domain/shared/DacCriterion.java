package org.cooperaflow.domain.shared;

/** The OECD DAC evaluation criteria (2019), each rated 1-6 in a project's final evaluation. */
public enum DacCriterion {
    RELEVANCE,
    COHERENCE,
    EFFECTIVENESS,
    EFFICIENCY,
    IMPACT,
    SUSTAINABILITY
}
