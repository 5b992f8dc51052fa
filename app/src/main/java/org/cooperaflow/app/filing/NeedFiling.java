package org.cooperaflow.app.filing;

import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.cooperaflow.app.access.CaseAccess;
import org.cooperaflow.app.api.NotFoundException;
import org.cooperaflow.app.api.requests.CooperationRequestBody;
import org.cooperaflow.domain.request.api.DraftCooperationRequestCommand;
import org.cooperaflow.domain.request.api.SubmitCooperationRequestCommand;
import org.cooperaflow.domain.request.api.WithdrawCooperationRequestCommand;
import org.cooperaflow.projections.requests.CooperationRequestCase;
import org.cooperaflow.projections.requests.CooperationRequestCaseReader;
import org.springframework.stereotype.Service;

/** A member-state officer's steps on their state's cooperation needs, for the API and the pages alike. */
@Service
public class NeedFiling {

    private final CommandGateway commandGateway;
    private final CooperationRequestCaseReader reader;
    private final CaseAccess access;

    public NeedFiling(CommandGateway commandGateway, CooperationRequestCaseReader reader, CaseAccess access) {
        this.commandGateway = commandGateway;
        this.reader = reader;
        this.access = access;
    }

    /** Drafts a new need; answers its id. */
    public String draft(CooperationRequestBody body) {
        access.requireMayFileFor(body.memberState());
        String id = UUID.randomUUID().toString();
        commandGateway.sendAndWait(new DraftCooperationRequestCommand(id, body.toDetails()));
        return id;
    }

    public void submit(String id) {
        officerStep(id, new SubmitCooperationRequestCommand(id));
    }

    public void withdraw(String id) {
        officerStep(id, new WithdrawCooperationRequestCommand(id));
    }

    /** The need, if the signed-in user may see it; otherwise it does not exist for them (404). */
    public CooperationRequestCase visible(String id) {
        return access.visible(read(id));
    }

    /** As the pages open a need: another state's draft is forbidden (403), not absent. */
    public CooperationRequestCase openable(String id) {
        return access.openable(read(id));
    }

    private CooperationRequestCase read(String id) {
        return reader.read(id).orElseThrow(() -> new NotFoundException("no cooperation request " + id));
    }

    private void officerStep(String id, Object command) {
        access.requireOwner(visible(id));
        commandGateway.sendAndWait(command);
    }
}
