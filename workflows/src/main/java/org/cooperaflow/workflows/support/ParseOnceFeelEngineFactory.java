package org.cooperaflow.workflows.support;

import camundajar.impl.scala.util.Either;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.feel.FeelEngine.Configuration;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.FeelEngine$;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper.CompositeValueMapper;

/**
 * Camunda's FEEL engine, parsing each decision table's expressions once instead of at every evaluation.
 *
 * <p>Camunda 7 hands the FEEL engine the text of every input entry and input expression each time a decision
 * is evaluated, and the engine parses it anew (camunda/feel-scala#1149): a profile of task completions showed
 * the eligibility decision's parsing taking half of the request threads' time. The parsed tree is immutable,
 * so it is kept per expression text and evaluated against each evaluation's variables exactly as before; only
 * successful parses are kept (a failure is parsed, and reported, again), and at most {@link #LIMIT} of them:
 * the texts come from the deployed decisions, a bounded set.
 */
public class ParseOnceFeelEngineFactory extends ScalaFeelEngineFactory {

    static final int LIMIT = 10_000;

    @Override
    public FeelEngine createInstance() {
        return new ScalaFeelEngine(customFunctionProviders) {
            @Override
            protected org.camunda.feel.FeelEngine buildFeelEngine(CustomFunctionTransformer functions,
                                                                  CompositeValueMapper valueMapper) {
                // as FeelEngine.Builder builds it for Camunda: external functions off, the default clock
                return new ParseOnce(functions, valueMapper);
            }
        };
    }

    /** The FEEL engine with its two parse methods remembered. */
    static final class ParseOnce extends org.camunda.feel.FeelEngine {

        private final Map<String, Either<Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
        private final Map<String, Either<Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();
        private final AtomicLong parses = new AtomicLong();

        ParseOnce(CustomFunctionTransformer functions, CompositeValueMapper valueMapper) {
            super(functions, valueMapper, new Configuration(false), FeelEngine$.MODULE$.defaultClock());
        }

        @Override
        public Either<Failure, ParsedExpression> parseExpression(String expression) {
            return parsedOnce(expressions, expression, text -> {
                parses.incrementAndGet();
                return super.parseExpression(text);
            });
        }

        @Override
        public Either<Failure, ParsedExpression> parseUnaryTests(String expression) {
            return parsedOnce(unaryTests, expression, text -> {
                parses.incrementAndGet();
                return super.parseUnaryTests(text);
            });
        }

        /** How many texts were parsed so far: each remembered one once, each failing one every time. */
        long parses() {
            return parses.get();
        }

        private static Either<Failure, ParsedExpression> parsedOnce(
                Map<String, Either<Failure, ParsedExpression>> parsed, String text,
                Function<String, Either<Failure, ParsedExpression>> parse) {
            Either<Failure, ParsedExpression> known = parsed.get(text);
            if (known != null) {
                return known;
            }
            Either<Failure, ParsedExpression> result = parse.apply(text);
            if (result.isRight() && parsed.size() < LIMIT) {
                parsed.putIfAbsent(text, result);
            }
            return result;
        }
    }
}
