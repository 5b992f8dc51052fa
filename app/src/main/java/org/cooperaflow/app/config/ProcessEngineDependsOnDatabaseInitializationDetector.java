package org.cooperaflow.app.config;

import java.util.Set;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Builds the Camunda engine only after Flyway has migrated the schema: the engine creates its
 * own tables, and Flyway refuses to start on a schema that already holds tables it did not make.
 */
public class ProcessEngineDependsOnDatabaseInitializationDetector
        extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngineFactoryBean.class);
    }
}
