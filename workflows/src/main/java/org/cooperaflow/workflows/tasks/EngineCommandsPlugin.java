package org.cooperaflow.workflows.tasks;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * A process-engine plugin that runs its own engine commands, joining the caller's transaction as the engine's
 * services do (ADRs 0020, 0030, 0031).
 */
abstract class EngineCommandsPlugin extends AbstractProcessEnginePlugin {

    private CommandExecutor commands;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        commands = configuration.getCommandExecutorTxRequired();
    }

    /** The engine's executor of commands; the engine must have installed this plugin. */
    CommandExecutor commands() {
        if (commands == null) {
            throw new IllegalStateException("the process engine did not install " + getClass().getSimpleName());
        }
        return commands;
    }
}
