package org.cooperaflow.app.config.camunda;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.cooperaflow.app.security.SecurityUsersProperties;
import org.junit.jupiter.api.Test;

class CamundaIdentitySyncTest {

    private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    private final CamundaIdentitySync sync = new CamundaIdentitySync(identity, new SecurityUsersProperties(List.of()));

    @Test
    void aGroupAnotherNodeWroteFirstIsFine() {
        when(identity.newGroup(anyString())).thenReturn(mock(Group.class));
        // not there when asked, there after the failed write: another node wrote it meanwhile
        when(identity.createGroupQuery().groupId(anyString()).count()).thenReturn(0L, 1L);
        doThrow(new ProcessEngineException("duplicate key")).when(identity).saveGroup(any());
        assertThatCode(() -> sync.run(null)).doesNotThrowAnyException();
    }

    @Test
    void aWriteThatFailedForAnotherReasonStopsTheStart() {
        when(identity.newGroup(anyString())).thenReturn(mock(Group.class));
        when(identity.createGroupQuery().groupId(anyString()).count()).thenReturn(0L);
        doThrow(new ProcessEngineException("connection refused")).when(identity).saveGroup(any());
        assertThatThrownBy(() -> sync.run(null)).isInstanceOf(ProcessEngineException.class)
                .hasMessage("connection refused");
    }
}
