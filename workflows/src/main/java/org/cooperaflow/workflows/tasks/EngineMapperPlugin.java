package org.cooperaflow.workflows.tasks;

import java.util.function.Function;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * A process-engine plugin that adds a MyBatis mapper of its own statements on Camunda's tables to the engine's
 * session factory, and runs it in engine commands, as Camunda runs its own statements (ADRs 0020, 0031).
 */
abstract class EngineMapperPlugin<M> extends AbstractProcessEnginePlugin {

    private final Class<M> mapperType;
    private CommandExecutor commands;

    EngineMapperPlugin(Class<M> mapperType) {
        this.mapperType = mapperType;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // an engine built again in the same JVM may share the session factory (Camunda caches it)
        org.apache.ibatis.session.Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
        if (!mybatis.hasMapper(mapperType)) {
            mybatis.addMapper(mapperType);
        }
        commands = configuration.getCommandExecutorTxRequired();
    }

    /** The work done with the mapper in one engine command. */
    <T> T withMapper(Function<M, T> work) {
        if (commands == null) {
            throw new IllegalStateException("the process engine did not install " + getClass().getSimpleName());
        }
        return commands.execute(context -> work.apply(context.getDbSqlSession().getSqlSession().getMapper(mapperType)));
    }
}
