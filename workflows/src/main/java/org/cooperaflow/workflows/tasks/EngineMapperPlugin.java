package org.cooperaflow.workflows.tasks;

import java.util.function.Function;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * A process-engine plugin that adds a MyBatis mapper of its own statements on Camunda's tables to the engine's
 * session factory, and runs it in engine commands, as Camunda runs its own statements (ADRs 0020, 0031).
 */
abstract class EngineMapperPlugin<M> extends EngineCommandsPlugin {

    private final Class<M> mapperType;

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
        super.postInit(configuration);
    }

    /** The work done with the mapper in one engine command. */
    <T> T withMapper(Function<M, T> work) {
        return commands().execute(context -> work.apply(context.getDbSqlSession().getSqlSession().getMapper(mapperType)));
    }
}
