package dev.dunning.rules.compiler;

import java.util.Set;
import java.util.Collections;
import dev.dunning.rules.decision.MatchedRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.api.core.ast.DecisionNode;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionTableEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;

/**
 * The compiled DMN models of a rule set. Thread-safe: each evaluation gets its own context, and the rows it matched
 * are collected by a listener registered once, into a list owned by the evaluating thread.
 */
public final class DecisionTables {
    private final DMNRuntime runtime;
    private final Map<String, DMNModel> modelsByName = new HashMap<>();
    private final Map<String, String> rowSources;
    private final ThreadLocal<List<MatchedRow>> matched = new ThreadLocal<>();

    DecisionTables(DMNRuntime runtime) {
        this.runtime = runtime;
        runtime.getModels().forEach(model -> modelsByName.put(model.getName(), model));
        this.rowSources = rowSources(runtime);
        runtime.addListener(new RowListener());
    }

    /** Evaluates every decision of the model named {@code modelName}; matched rows are appended to {@code rows}. */
    public DMNResult evaluate(String modelName, Map<String, Object> inputs, List<MatchedRow> rows) {
        DMNModel model = model(modelName);
        DMNContext context = runtime.newContext();
        inputs.forEach(context::set);
        matched.set(rows);
        try {
            return runtime.evaluateAll(model, context);
        } finally {
            matched.remove();
        }
    }

    /** The ids of every decision-table row of every model. */
    public Set<String> rowIds() {
        return Collections.unmodifiableSet(rowSources.keySet());
    }

    private DMNModel model(String modelName) {
        DMNModel model = modelsByName.get(modelName);
        if (model == null) {
            throw new IllegalArgumentException("The rule set has no DMN model named '" + modelName + "'");
        }
        return model;
    }

    private static Map<String, String> rowSources(DMNRuntime runtime) {
        Map<String, String> sources = new HashMap<>();
        for (DMNModel model : runtime.getModels()) {
            for (DecisionNode node : model.getDecisions()) {
                if (node.getDecision().getExpression() instanceof DecisionTable table) {
                    for (DecisionRule rule : table.getRule()) {
                        sources.put(rule.getId(), rule.getDescription());
                    }
                }
            }
        }
        return sources;
    }

    private final class RowListener implements DMNRuntimeEventListener {
        @Override
        public void afterEvaluateDecisionTable(AfterEvaluateDecisionTableEvent event) {
            List<MatchedRow> rows = matched.get();
            if (rows == null) {
                return;
            }
            List<Integer> selected = event.getSelected();
            List<String> ids = event.getSelectedIds();
            for (int i = 0; i < selected.size(); i++) {
                String id = i < ids.size() ? ids.get(i) : null;
                rows.add(new MatchedRow(event.getDecisionName(), selected.get(i), id, rowSources.get(id)));
            }
        }
    }

}
