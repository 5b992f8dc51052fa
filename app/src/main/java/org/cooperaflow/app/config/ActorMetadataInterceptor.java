package org.cooperaflow.app.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.cooperaflow.app.security.CooperaFlowUser;
import org.cooperaflow.domain.shared.AuditMetadata;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Stamps every command with who sends it, from the security context, so no controller passes
 * the actor by hand. A command sent by the system (a process step, a timer) names its actor
 * itself, or becomes {@code system}.
 */
@Component
public class ActorMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            Map<String, Object> actor = new HashMap<>();
            if (authentication != null && authentication.isAuthenticated()
                    && !(authentication instanceof AnonymousAuthenticationToken)) {
                actor.put(AuditMetadata.ACTOR, authentication.getName());
                actor.put(AuditMetadata.ACTOR_ROLES,
                        String.join(",", CooperaFlowUser.rolesOf(authentication.getAuthorities())));
                if (authentication.getPrincipal() instanceof CooperaFlowUser user && user.memberState() != null) {
                    actor.put(AuditMetadata.ACTOR_MEMBER_STATE, user.memberState());
                }
                return command.andMetaData(actor);
            }
            if (!command.getMetaData().containsKey(AuditMetadata.ACTOR)) {
                actor.put(AuditMetadata.ACTOR, AuditMetadata.SYSTEM_ACTOR);
                actor.put(AuditMetadata.ACTOR_ROLES, "");
                return command.andMetaData(actor);
            }
            return command;
        };
    }
}
