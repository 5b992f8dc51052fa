package org.cooperaflow.app.config;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.cooperaflow.workflows.support.CaseLocks;
import org.springframework.stereotype.Component;

/**
 * Takes the target aggregate's case lock before the command is handled, inside the command's transaction (the
 * command bus attaches it before any interceptor runs): the database lock always comes before Axon's in-memory
 * aggregate lock, which Axon releases when the unit of work ends, possibly before an outer transaction commits.
 * A command that creates its aggregate names no target and needs no lock (ADR 0009).
 *
 * <p>Being a bean is what registers it: Axon's {@code InterceptorAutoConfiguration} gives the command bus every
 * {@code MessageHandlerInterceptor<CommandMessage<?>>} bean. Registering it again by hand made every command take
 * its lock twice (a second database round trip); {@code AxonWiringIT} counts the locks.
 */
@Component
public class CaseLockingCommandInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final CaseLocks caseLocks;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    public CaseLockingCommandInterceptor(CaseLocks caseLocks) {
        this.caseLocks = caseLocks;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        String target = target(unitOfWork.getMessage());
        if (target != null) {
            caseLocks.lock(target);
        }
        return interceptorChain.proceed();
    }

    private String target(CommandMessage<?> command) {
        try {
            return targets.resolveTarget(command).getIdentifier();
        } catch (IllegalArgumentException noTarget) {
            return null;
        }
    }
}
