package org.cooperaflow.app.config.camunda;

import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.cooperaflow.app.security.SecurityUsersProperties;
import org.cooperaflow.domain.access.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Mirrors the user directory into Camunda's identity tables at start: one Camunda group per
 * role, one user per configured user with their memberships. Camunda's webapps (signed in
 * through Spring Security) look the user up there, and Admin shows who holds which role.
 * Passwords stay in the user directory: the Camunda copies get a random one nobody knows.
 */
@Component
public class CamundaIdentitySync implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CamundaIdentitySync.class);

    private final IdentityService identityService;
    private final SecurityUsersProperties users;

    public CamundaIdentitySync(IdentityService identityService, SecurityUsersProperties users) {
        this.identityService = identityService;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Role role : Role.values()) {
            ensureGroup(role.id());
        }
        ensureGroup(Groups.CAMUNDA_ADMIN);
        for (SecurityUsersProperties.UserEntry entry : users.users()) {
            ensureUser(entry.username());
            for (String role : entry.roles()) {
                ensureMembership(entry.username(), role);
            }
            // Camunda's webapps send a deployment without an administrator to their set-up page
            if (entry.roles().contains(Role.ADMIN.id())) {
                ensureMembership(entry.username(), Groups.CAMUNDA_ADMIN);
            }
        }
    }

    private void ensureGroup(String id) {
        BooleanSupplier exists = () -> identityService.createGroupQuery().groupId(id).count() > 0;
        if (!exists.getAsBoolean()) {
            tolerateConcurrentStart(exists, () -> {
                Group group = identityService.newGroup(id);
                group.setName(id);
                group.setType("WORKFLOW");
                identityService.saveGroup(group);
            });
        }
    }

    private void ensureUser(String id) {
        BooleanSupplier exists = () -> identityService.createUserQuery().userId(id).count() > 0;
        if (!exists.getAsBoolean()) {
            tolerateConcurrentStart(exists, () -> {
                User user = identityService.newUser(id);
                user.setFirstName(id);
                user.setLastName("");
                user.setPassword(UUID.randomUUID().toString());
                identityService.saveUser(user);
            });
        }
    }

    private void ensureMembership(String userId, String groupId) {
        BooleanSupplier exists = () -> identityService.createUserQuery().userId(userId).memberOfGroup(groupId)
                .count() > 0;
        if (!exists.getAsBoolean()) {
            tolerateConcurrentStart(exists, () -> identityService.createMembership(userId, groupId));
        }
    }

    /**
     * Another node starting at the same moment may have written the same row first: a failed write is fine when
     * the row is there now, and any other failure (the database gone, a bad name) stops the start.
     */
    private static void tolerateConcurrentStart(BooleanSupplier writtenMeanwhile, Runnable write) {
        try {
            write.run();
        } catch (ProcessEngineException e) {
            if (!writtenMeanwhile.getAsBoolean()) {
                throw e;
            }
            log.debug("Identity already written by another node: {}", e.getMessage());
        }
    }
}
