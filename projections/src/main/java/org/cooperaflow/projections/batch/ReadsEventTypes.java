package org.cooperaflow.projections.batch;

/**
 * A read model whose handler takes every event message and decides by the event's type, without reading its
 * payload, whether to read it at all. Telling the processor the same answer lets it skip the other events before a
 * batch is made: they are not handled, their cases' rows are not loaded, and their payloads are not read (ADR 0029).
 * The handler must still skip what it does not read: the answer is a filter in front of it, not instead of it.
 */
public interface ReadsEventTypes {

    /** Whether events of this payload type change the read model. */
    boolean reads(Class<?> payloadType);
}
