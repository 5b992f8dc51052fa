package org.cooperaflow.domain.shared;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches the domain exception of a named rule, for {@code expectException(...)} in fixture tests. */
public final class RuleMatchers {

    private RuleMatchers() {
    }

    public static Matcher<DomainRuleViolation> violates(String rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainRuleViolation violation) {
                return rule.equals(violation.rule()) && !(violation instanceof IllegalTransition);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a violation of rule ").appendValue(rule);
            }
        };
    }

    public static Matcher<DomainRuleViolation> illegalTransition() {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(DomainRuleViolation violation) {
                return violation instanceof IllegalTransition;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an illegal transition");
            }
        };
    }
}
