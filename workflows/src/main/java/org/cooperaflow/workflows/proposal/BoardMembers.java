package org.cooperaflow.workflows.proposal;

import java.util.List;

/** Who sits on the Board: the user ids of role {@code board} (the chair included), always in the same order. */
public interface BoardMembers {

    List<String> userIds();
}
