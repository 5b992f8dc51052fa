package org.cooperaflow.domain.shared;

/**
 * Keys of the metadata that every command and event carries, so an auditor can tell who did
 * what, when and why. Set from the security context by a dispatch interceptor, copied onto
 * the events by correlation-data providers.
 */
public final class AuditMetadata {

    /** The user who caused the message. */
    public static final String ACTOR = "actor";
    /** That user's roles, comma-separated. */
    public static final String ACTOR_ROLES = "actorRoles";
    /** That user's member state, for member-state officers. */
    public static final String ACTOR_MEMBER_STATE = "actorMemberState";
    /** The comment the user typed. */
    public static final String REASON = "reason";
    /** The workflow task whose completion caused the message. */
    public static final String TASK_ID = "taskId";
    /** The process instance of that task. */
    public static final String PROCESS_INSTANCE_ID = "processInstanceId";

    /** The actor recorded when the system itself acts (a timer, a process step). */
    public static final String SYSTEM_ACTOR = "system";

    private AuditMetadata() {
    }
}
