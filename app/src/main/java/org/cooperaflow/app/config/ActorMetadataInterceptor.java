package org.cooperaflow.app.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.cooperaflow.app.security.CooperaFlowUser;
import org.cooperaflow.domain.shared.AuditMetadata;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Stamps every command with who sends it, from the security context, so no controller passes
 * the actor by hand. A command sent by a process step names its actor itself (ProcessCommandSender),
 * even when the step runs inside a user's request (the process moves on synchronously when a task
 * is completed); any other command without a signed-in user is the {@code system}'s.
 *
 * <p>Being a bean is what registers it: Axon's {@code InterceptorAutoConfiguration} gives the command gateway every
 * {@code MessageDispatchInterceptor<CommandMessage<?>>} bean, and every command is sent through the gateway.
 */
@Component
public class ActorMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            if (command.getMetaData().containsKey(AuditMetadata.ACTOR)) {
                // a process step names its actor itself, even when it runs inside a user's request
                return command;
            }
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            Map<String, Object> actor = new HashMap<>();
            if (CooperaFlowUser.isSignedIn(authentication)) {
                actor.put(AuditMetadata.ACTOR, authentication.getName());
                actor.put(AuditMetadata.ACTOR_ROLES,
                        String.join(",", CooperaFlowUser.rolesOf(authentication.getAuthorities())));
                if (authentication.getPrincipal() instanceof CooperaFlowUser user && user.memberState() != null) {
                    actor.put(AuditMetadata.ACTOR_MEMBER_STATE, user.memberState());
                }
                return command.andMetaData(actor);
            }
            actor.put(AuditMetadata.ACTOR, AuditMetadata.SYSTEM_ACTOR);
            actor.put(AuditMetadata.ACTOR_ROLES, "");
            return command.andMetaData(actor);
        };
    }
}
