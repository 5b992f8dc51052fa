package org.cooperaflow.workflows.tasks;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.Select;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A user's open tasks, a page at a time, and the cases they belong to, in statements that find a task's candidate
 * groups with {@code EXISTS} (ADR 0031): what "open to a user" means is written here once, for the API's inbox, the
 * inbox page and its list of cases, and a case's tasks on the funds pages and in the demo. Also the open tasks of a
 * case whoever may act on them, for the case's own views, and the business keys of the tasks' processes (ADR 0033).
 *
 * <p>Camunda's task query asks the same thing with a left join of the identity links and {@code DISTINCT} over the
 * joined rows, so PostgreSQL sorts and de-duplicates every open task of the user's groups before it can take a page:
 * with 10,000 open tasks, 25 ms of the inbox's page. With {@code EXISTS} it walks the tasks in the page's order
 * ({@code ACT_IDX_TASK_CREATE}) and stops at the page's end; the count still reads them all. The statements ask what
 * {@link TaskInbox} asked Camunda's query (active tasks assigned to the user, or not assigned and a candidate of one
 * of their groups; of one kind; of one case), as {@code TaskPagesTest} holds them to it.
 */
@Component
public class TaskPages extends EngineMapperPlugin<TaskPages.Mapper> {

    /** The statements, on Camunda's tables (no table prefix: CooperaFlow's engine uses none). */
    public interface Mapper {

        String OPEN_TO_USER = " WHERE RES.SUSPENSION_STATE_ = 1 AND (RES.ASSIGNEE_ = #{user}"
                + "<if test='groups.size() > 0'> OR (RES.ASSIGNEE_ IS NULL AND EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK I"
                + " WHERE I.TASK_ID_ = RES.ID_ AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN"
                + "<foreach item='group' collection='groups' open='(' separator=',' close=')'>#{group}</foreach>"
                + "))</if>)";

        String OF_CASE = "EXISTS (SELECT 1 FROM ACT_RU_EXECUTION E WHERE E.ID_ = RES.PROC_INST_ID_"
                + " AND E.BUSINESS_KEY_ = #{caseId})";

        String OF_KIND_AND_CASE = "<if test='key != null'> AND RES.TASK_DEF_KEY_ = #{key}</if>"
                + "<if test='caseId != null'> AND " + OF_CASE + "</if>";

        String OLDEST_FIRST = " ORDER BY RES.CREATE_TIME_ ASC, RES.ID_ ASC";

        /** The tasks, oldest first; all of them when {@code size} is null. */
        @Select("<script>SELECT RES.* FROM ACT_RU_TASK RES" + OPEN_TO_USER + OF_KIND_AND_CASE + OLDEST_FIRST
                + "<if test='size != null'> LIMIT #{size} OFFSET #{first}</if></script>")
        @ResultMap("org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.taskResultMap")
        List<Task> tasks(@Param("user") String user, @Param("groups") Collection<String> groups,
                         @Param("key") String taskDefinitionKey, @Param("caseId") String caseId,
                         @Param("first") long first, @Param("size") Integer size);

        @Select("<script>SELECT COUNT(*) FROM ACT_RU_TASK RES" + OPEN_TO_USER + OF_KIND_AND_CASE + "</script>")
        long count(@Param("user") String user, @Param("groups") Collection<String> groups,
                   @Param("key") String taskDefinitionKey, @Param("caseId") String caseId);

        /** The business keys of the processes of the tasks, in the order of their oldest task. */
        @Select("<script>SELECT E.BUSINESS_KEY_ FROM ACT_RU_TASK RES JOIN ACT_RU_EXECUTION E ON E.ID_ = RES.PROC_INST_ID_"
                + OPEN_TO_USER + " AND E.BUSINESS_KEY_ &lt;&gt; ''"
                + " GROUP BY E.BUSINESS_KEY_ ORDER BY MIN(RES.CREATE_TIME_) ASC, E.BUSINESS_KEY_ ASC</script>")
        List<String> cases(@Param("user") String user, @Param("groups") Collection<String> groups);

        /** Every task of a case's processes, whoever may act on it and whether or not it is suspended; oldest first. */
        @Select("SELECT RES.* FROM ACT_RU_TASK RES WHERE " + OF_CASE + OLDEST_FIRST)
        @ResultMap("org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.taskResultMap")
        List<Task> ofCase(@Param("caseId") String caseId);

        /** The business key of each of these process instances, by its id ({@code id}, {@code businessKey}). */
        @Select("<script>SELECT ID_ AS \"id\", BUSINESS_KEY_ AS \"businessKey\" FROM ACT_RU_EXECUTION WHERE ID_ IN"
                + "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>")
        List<Map<String, String>> businessKeys(@Param("ids") Collection<String> processInstanceIds);
    }

    /** A page of tasks and how many there are in all. */
    record Page(List<Task> tasks, long total) {
    }

    public TaskPages() {
        super(Mapper.class);
    }

    /**
     * The user's open tasks, oldest first (then by id), {@code size} of them from {@code first}: those assigned to
     * them, and those nobody claimed that one of their groups is a candidate for; of one kind and one case where
     * those are given (null for any).
     */
    Page page(Actor actor, String taskDefinitionKey, String caseId, long first, int size) {
        String key = blankToNull(taskDefinitionKey);
        String ofCase = blankToNull(caseId);
        List<String> groups = List.copyOf(actor.groups());
        return withMapper(mapper -> new Page(mapper.tasks(actor.userId(), groups, key, ofCase, first, size),
                mapper.count(actor.userId(), groups, key, ofCase)));
    }

    /** All the user's open tasks of a case (of any case when it is null), oldest first. */
    List<Task> all(Actor actor, String caseId) {
        String ofCase = blankToNull(caseId);
        return withMapper(mapper -> mapper.tasks(actor.userId(), List.copyOf(actor.groups()), null, ofCase, 0, null));
    }

    /** The cases of the user's open tasks, in the order of each case's oldest task; processes without one left out. */
    List<String> cases(Actor actor) {
        return withMapper(mapper -> mapper.cases(actor.userId(), List.copyOf(actor.groups())));
    }

    /**
     * The open tasks of a case, whoever may act on them, oldest first. Camunda's task query by business key asked the
     * same through its general query: half the samples of {@code GET /api/proposals/{id}} (ADR 0033).
     */
    List<Task> ofCase(String caseId) {
        return withMapper(mapper -> mapper.ofCase(caseId));
    }

    /** The business key of each of these process instances; blank for one without, none for one that ended. */
    Map<String, String> businessKeys(Set<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> keys = new HashMap<>();
        withMapper(mapper -> mapper.businessKeys(processInstanceIds)).forEach(row -> keys.put(row.get("id"),
                row.get("businessKey") == null ? "" : row.get("businessKey")));
        return keys;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
