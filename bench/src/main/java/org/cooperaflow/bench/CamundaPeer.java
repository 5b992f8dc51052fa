package org.cooperaflow.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The peer of CooperaFlow's task completions: Camunda alone, as CooperaFlow configures it (full history, job
 * executor on), with a process of one user task, on the same PostgreSQL server in a database of its own. Instances are
 * started first, then their tasks completed by the given number of clients: the rate a bare engine completes a task
 * at, with nothing of CooperaFlow's (no HTTP, no commands, no events, no decision).
 */
final class CamundaPeer {

    private CamundaPeer() {
    }

    /** Tasks completed per second, and the latencies of the completions. */
    static Drain.Result completions(String serverUrl, String password, int instances, int clients) throws Exception {
        try (Connection admin = DriverManager.getConnection(serverUrl + "postgres", "postgres", password);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS camunda_peer");
            statement.execute("CREATE DATABASE camunda_peer");
        }
        ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setProcessEngineName("camunda-peer")
                .setJdbcUrl(serverUrl + "camunda_peer")
                .setJdbcUsername("postgres")
                .setJdbcPassword(password)
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcMaxActiveConnections(clients + 4)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(true)
                .buildProcessEngine();
        try {
            BpmnModelInstance process = Bpmn.createExecutableProcess("peer").camundaHistoryTimeToLive(180)
                    .startEvent().userTask("task").camundaCandidateGroups("secretariat").endEvent().done();
            engine.getRepositoryService().createDeployment().addModelInstance("peer.bpmn", process).deploy();
            for (int i = 0; i < instances; i++) {
                engine.getRuntimeService().startProcessInstanceByKey("peer", "case-" + i);
            }
            Queue<String> tasks = new ConcurrentLinkedQueue<>();
            for (Task task : engine.getTaskService().createTaskQuery().processDefinitionKey("peer").list()) {
                tasks.add(task.getId());
            }
            return Drain.of(tasks, clients, task -> engine.getTaskService().complete(task));
        } finally {
            engine.close();
            try (Connection admin = DriverManager.getConnection(serverUrl + "postgres", "postgres", password);
                 Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS camunda_peer");
            }
        }
    }
}
