package org.cooperaflow.domain.shared;

/** One of the 17 Sustainable Development Goals. */
public record Sdg(int number, String shortNameEn, String shortNameFr) {
}
