package org.cooperaflow.workflows.tasks;

import java.util.List;

/** A field of a task's {@code data}: its name, type, whether it is required, and for which outcomes. */
public record TaskField(String name, String type, boolean required, List<String> outcomes, String description) {
}
