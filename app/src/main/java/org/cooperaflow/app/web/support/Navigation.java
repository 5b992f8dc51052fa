package org.cooperaflow.app.web.support;

import java.util.ArrayList;
import java.util.List;
import org.cooperaflow.domain.access.Capability;
import org.cooperaflow.domain.access.CaseAccessPolicy;
import org.cooperaflow.domain.access.Requester;
import org.cooperaflow.domain.access.Role;
import org.springframework.stereotype.Component;

/**
 * The header's navigation: only the pages the user's roles may open, each named by a message key. A page group adds
 * its line here, with the same rule its controller asks of {@code CaseAccess}.
 */
@Component
public class Navigation {

    /** A link of the navigation: its message key, where it goes, and the path prefix that marks it current. */
    public record Item(String messageKey, String href, String section) {

        public boolean isCurrent(String path) {
            return "/".equals(section) ? "/".equals(path) || path.startsWith("/tasks/")
                    : path.equals(section) || path.startsWith(section + "/");
        }
    }

    public List<Item> itemsFor(Requester requester) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("nav.inbox", "/", "/"));
        items.add(new Item("nav.proposals", "/proposals", "/proposals"));
        items.add(new Item("nav.needs", "/needs", "/needs"));
        if (requester.has(Role.MEMBER_STATE) && requester.memberState() != null
                && CaseAccessPolicy.mayFileFor(requester, requester.memberState())) {
            items.add(new Item("nav.newProposal", "/proposals/new", "/proposals/new"));
            items.add(new Item("nav.newNeed", "/needs/new", "/needs/new"));
        }
        if (CaseAccessPolicy.may(requester, Capability.READ_DASHBOARDS)) {
            items.add(new Item("nav.dashboard", "/dashboard", "/dashboard"));
        }
        items.add(new Item("catalog.nav", "/catalog", "/catalog"));
        if (CaseAccessPolicy.may(requester, Capability.READ_FUNDS)) {
            items.add(new Item("funds.nav", "/funds", "/funds"));
        }
        if (CaseAccessPolicy.may(requester, Capability.READ_AUDIT)) {
            items.add(new Item("audit.nav", "/audit", "/audit"));
        }
        return items;
    }
}
