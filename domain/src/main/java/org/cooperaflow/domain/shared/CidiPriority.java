package org.cooperaflow.domain.shared;

/**
 * The sectoral priorities of the CIDI ministerial processes (Strategic Plan for Partnership for
 * Integral Development), against which the Board reports the alignment of projects.
 */
public enum CidiPriority {
    SOCIAL_DEVELOPMENT,
    EDUCATION,
    ECONOMIC_DIVERSIFICATION,
    SCIENCE_AND_TECHNOLOGY,
    DEMOCRATIC_INSTITUTIONS,
    SUSTAINABLE_TOURISM,
    SUSTAINABLE_DEVELOPMENT_AND_ENVIRONMENT,
    CULTURE
}
