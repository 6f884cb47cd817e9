package dev.dunning.rules.pipeline;

import dev.dunning.rules.facts.PolicyParameter;
import dev.dunning.rules.request.Account;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * For one account, each parameter name's most specific setting that applies to its region. A declaration without a
 * value sets nothing, so a value set for a province still applies to a city that only declares the parameter.
 */
final class ParameterSelection {
    private ParameterSelection() {
    }

    static Collection<PolicyParameter> forAccount(List<PolicyParameter> parameters, Account account) {
        BinaryOperator<PolicyParameter> mostSpecific =
                BinaryOperator.maxBy(Comparator.comparingInt(PolicyParameter::specificity));
        return List.copyOf(parameters.stream().filter(p -> p.value() != null && p.appliesTo(account))
                .collect(Collectors.toMap(PolicyParameter::name, p -> p, mostSpecific)).values());
    }
}
