package org.cooperaflow.workflows.tasks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.springframework.stereotype.Component;

/**
 * The candidates (groups and users) of a page of open tasks in two statements, each list sorted as Java sorts.
 * Camunda's API reads a task's identity links one task at a time, so an inbox page of 50 tasks cost 50 queries. This
 * reads Camunda's runtime tables with a MyBatis mapper added to the engine's own session factory, in an engine
 * command, as Camunda reads them itself (ADR 0020).
 */
@Component
public class TaskCandidates extends EngineMapperPlugin<TaskCandidates.Mapper> {

    /** The candidates of one task, each list sorted. */
    public record Candidates(List<String> groups, List<String> users) {
    }

    /** The two statements, on Camunda's tables (no table prefix: CooperaFlow's engine uses none). */
    public interface Mapper {

        @Select({"<script>SELECT ID_ FROM ACT_RU_TASK WHERE ID_ IN",
                "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>"})
        List<String> open(@Param("ids") Collection<String> ids);

        @Select({"<script>SELECT TASK_ID_ AS task, GROUP_ID_ AS grp, USER_ID_ AS usr FROM ACT_RU_IDENTITYLINK",
                "WHERE TYPE_ = 'candidate' AND TASK_ID_ IN",
                "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>"})
        List<Map<String, Object>> candidates(@Param("ids") Collection<String> ids);
    }

    public TaskCandidates() {
        super(Mapper.class);
    }

    /**
     * The candidates of each of these tasks that is still open; a task that ended since it was listed (the process
     * completes or deletes tasks in its own transactions) is left out.
     */
    public Map<String, Candidates> of(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        return withMapper(mapper -> {
            Map<String, List<String>> groups = new HashMap<>();
            Map<String, List<String>> users = new HashMap<>();
            for (String open : mapper.open(taskIds)) {
                groups.put(open, new ArrayList<>());
                users.put(open, new ArrayList<>());
            }
            for (Map<String, Object> link : mapper.candidates(taskIds)) {
                String task = (String) link.get("task");
                if (link.get("grp") != null && groups.containsKey(task)) {
                    groups.get(task).add((String) link.get("grp"));
                }
                if (link.get("usr") != null && users.containsKey(task)) {
                    users.get(task).add((String) link.get("usr"));
                }
            }
            Map<String, Candidates> candidates = new HashMap<>();
            groups.forEach((task, ofTask) -> candidates.put(task, new Candidates(ofTask.stream().sorted().toList(),
                    users.get(task).stream().sorted().toList())));
            return candidates;
        });
    }
}
