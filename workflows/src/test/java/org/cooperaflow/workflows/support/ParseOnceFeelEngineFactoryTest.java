package org.cooperaflow.workflows.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cooperaflow.workflows.proposal.EligibilityDecision.Inputs.*;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.variable.Variables;
import org.cooperaflow.workflows.proposal.EligibilityDecision;
import org.junit.jupiter.api.Test;

/** The parse-once FEEL engine decides exactly as Camunda's own, and parses each expression a single time. */
class ParseOnceFeelEngineFactoryTest {

    private final ParseOnceFeelEngineFactory factory = new ParseOnceFeelEngineFactory();
    private final DmnEngine parsingOnce = engine(factory);
    private final DmnEngine stock = engine(null);

    @Test
    void everyVariationOfAProposalIsDecidedAsByCamundasEngine() {
        List<Map<String, Object>> proposals = variations();
        DmnDecision once = eligibility(parsingOnce);
        DmnDecision plain = eligibility(stock);
        for (Map<String, Object> proposal : proposals) {
            assertThat(parsingOnce.evaluateDecisionTable(once, proposal).collectEntries("reason"))
                    .as("%s", proposal)
                    .isEqualTo(stock.evaluateDecisionTable(plain, proposal).collectEntries("reason"));
        }
    }

    @Test
    void eachExpressionIsParsedOnceHoweverOftenTheDecisionIsEvaluated() {
        DmnDecision decision = eligibility(parsingOnce);
        Map<String, Object> proposal = variations().get(0);
        parsingOnce.evaluateDecisionTable(decision, proposal);
        long afterFirst = parses();
        assertThat(afterFirst).isPositive();
        for (int i = 0; i < 20; i++) {
            parsingOnce.evaluateDecisionTable(decision, proposal);
        }
        assertThat(parses()).isEqualTo(afterFirst);
    }

    @Test
    void anExpressionThatDoesNotParseFailsEveryTimeAndIsNotRemembered() {
        var feel = factory.createInstance();
        var variables = Variables.createVariables().putValue("x", 1).asVariableContext();
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> feel.evaluateSimpleUnaryTests("> > 3", "x", variables))
                    .isInstanceOf(FeelException.class);
        }
        assertThat(feel.evaluateSimpleUnaryTests("< 3", "x", variables)).isTrue();
        assertThat(feel.evaluateSimpleUnaryTests("< 3", "x",
                Variables.createVariables().putValue("x", 5).asVariableContext())).isFalse();
    }

    private long parses() {
        var feel = ((DefaultDmnEngineConfiguration) parsingOnce.getConfiguration()).getFeelEngine();
        try {
            var field = org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine.class.getDeclaredField("feelEngine");
            field.setAccessible(true);
            return ((ParseOnceFeelEngineFactory.ParseOnce) field.get(feel)).parses();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** An eligible proposal, then each criterion broken alone, then all at once. */
    private static List<Map<String, Object>> variations() {
        Map<String, Object> eligible = new HashMap<>();
        eligible.put(REQUESTED_AMOUNT, new BigDecimal("150000.00"));
        eligible.put(ACCOUNT_CEILING, new BigDecimal("250000.00"));
        eligible.put(MEASURE_COUNT, 1);
        eligible.put(SDG_COUNT, 2);
        eligible.put(DURATION_MONTHS, 18);
        List<Map<String, Object>> all = new ArrayList<>(List.of(eligible));
        all.add(with(eligible, REQUESTED_AMOUNT, new BigDecimal("250000.01")));
        all.add(with(eligible, ACCOUNT_CEILING, null));
        all.add(with(eligible, MEASURE_COUNT, 0));
        all.add(with(eligible, SDG_COUNT, 0));
        all.add(with(eligible, DURATION_MONTHS, 49));
        all.add(with(with(with(with(eligible, REQUESTED_AMOUNT, new BigDecimal("250000.01")), MEASURE_COUNT, 0),
                SDG_COUNT, 0), DURATION_MONTHS, 49));
        return all;
    }

    private static Map<String, Object> with(Map<String, Object> proposal, String input, Object value) {
        Map<String, Object> changed = new HashMap<>(proposal);
        changed.put(input, value);
        return changed;
    }

    private static DmnEngine engine(ParseOnceFeelEngineFactory feel) {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        if (feel != null) {
            configuration.setFeelEngineFactory(feel);
        }
        return configuration.buildEngine();
    }

    private static DmnDecision eligibility(DmnEngine engine) {
        try (InputStream dmn = ParseOnceFeelEngineFactoryTest.class.getClassLoader()
                .getResourceAsStream(EligibilityDecision.RESOURCE)) {
            return engine.parseDecision(EligibilityDecision.KEY, dmn);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
