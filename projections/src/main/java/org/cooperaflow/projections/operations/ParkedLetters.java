package org.cooperaflow.projections.operations;

/** A processor's dead letters: the cases ({@code sequenceIdentifier}s) parked, and the events parked behind them. */
public record ParkedLetters(long cases, long letters) {

    public static final ParkedLetters NONE = new ParkedLetters(0, 0);
}
